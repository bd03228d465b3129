using Ctg.Participation.Common;
using Ctg.Participation.Text;

namespace Ctg.Participation.Proposals;

/// <summary>Length rules of a proposal's texts and the normalised text its free-text search compares.</summary>
public static class ProposalText
{
    public const int TitleMin = 5;
    public const int TitleMax = 150;
    public const int BodyMin = 15;
    public const int BodyMax = 10_000;
    public const int CommentMin = 2;
    public const int CommentMax = 5_000;
    public const int ReasonMin = 5;
    public const int ReasonMax = 1_000;

    public static string SearchTextOf(string title, string bodyHtml) =>
        PortalText.ForSearch(title + " " + PortalHtmlSanitizer.VisibleText(bodyHtml));
}
