namespace Ctg.Participation.PublicContent;

/// <summary>
/// The tags of the cached public pages. A page carries the tags of what it shows; a write evicts the tags of what it
/// changed (declared per feature with <see cref="PublicContentFeature.AddPublicContent{TEntity}"/>), so an anonymous
/// visitor never reads a page older than the last change. <see cref="Everything"/> is on every cached page.
/// </summary>
public static class PublicPages
{
    public const string Everything = "public";
    public const string Home = "accueil";
    public const string Proposals = "propositions";
    public const string CtgPages = "ctg";
    public const string Directory = "annuaire";
    public const string Surveys = "enquetes";
    public const string Initiatives = "initiatives";
    public const string Networks = "reseaux";
    public const string Indicators = "indicateurs";
    public const string OpenData = "donnees-ouvertes";

    /// <summary>Every proposal's own page (what changes them all: routing, display names).</summary>
    public const string ProposalPages = "propositions-fiches";
    public const string InitiativePages = "initiatives-fiches";

    /// <summary>One proposal's page (its lists carry <see cref="Proposals"/>).</summary>
    public static string Proposal(int id) => "proposition:" + id;

    /// <summary>One initiative's page (its list carries <see cref="Initiatives"/>).</summary>
    public static string Initiative(int id) => "initiative:" + id;

    /// <summary>What residents read about a CTG's life: its page, the home page and the figures.</summary>
    public static readonly string[] CtgLife = [Home, CtgPages, Indicators, OpenData];
}
