using Ctg.Participation.Common;
using Ctg.Participation.Proposals;
using Ctg.Participation.Text;

namespace Ctg.Participation.Tests.Proposals;

public sealed class ProposalRulesTests
{
    [Theory]
    [InlineData(ProposalStatus.Deposee, ProposalStatus.AEtude, true)]
    [InlineData(ProposalStatus.AEtude, ProposalStatus.Orientee, true)]
    [InlineData(ProposalStatus.Orientee, ProposalStatus.NonRetenue, true)]
    [InlineData(ProposalStatus.Retenue, ProposalStatus.Realisee, true)]
    [InlineData(ProposalStatus.Deposee, ProposalStatus.Realisee, false)]
    [InlineData(ProposalStatus.NonRetenue, ProposalStatus.Realisee, false)]
    [InlineData(ProposalStatus.Realisee, ProposalStatus.Deposee, false)]
    public void Status_moves_only_along_the_workflow(ProposalStatus from, ProposalStatus to, bool allowed) =>
        Assert.Equal(allowed, ProposalStatuses.CanMove(from, to));

    [Fact]
    public void Only_kept_and_not_kept_require_an_answer()
    {
        var needing = ProposalStatuses.All.Where(ProposalStatuses.RequiresAnswer).ToList();
        Assert.Equal([ProposalStatus.Retenue, ProposalStatus.NonRetenue], needing);
    }

    [Fact]
    public void Author_may_edit_until_the_first_support_or_comment()
    {
        var proposal = new Proposal { AuthorId = "a" };
        Assert.True(proposal.CanBeEditedBy("a"));
        Assert.False(proposal.CanBeEditedBy("b"));
        proposal.SupportCount = 1;
        Assert.False(proposal.CanBeEditedBy("a"));
        proposal.SupportCount = 0;
        proposal.CommentCount = 1;
        Assert.False(proposal.CanBeEditedBy("a"));
    }

    [Fact]
    public void Assisted_entry_is_owned_by_the_coordinator_who_typed_it_and_shows_the_residents_name()
    {
        var proposal = new Proposal { IsAssisted = true, EnteredById = "coord", AssistedAuthorName = "Marcel D." };
        Assert.True(proposal.IsOwnedBy("coord"));
        Assert.Equal("Marcel D.", proposal.DisplayAuthor(null));
    }

    [Fact]
    public void Deleted_author_shows_as_former_participant() =>
        Assert.Equal("Ancien participant", new Proposal().DisplayAuthor(null));

    [Fact]
    public void Comment_is_editable_by_its_author_for_fifteen_minutes()
    {
        var written = new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
        var comment = new Comment { AuthorId = "a", CreatedAt = written };
        Assert.True(comment.CanBeEditedBy("a", written.AddMinutes(15)));
        Assert.False(comment.CanBeEditedBy("a", written.AddMinutes(16)));
        Assert.False(comment.CanBeEditedBy("b", written.AddMinutes(1)));
    }

    [Fact]
    public void Title_loses_markup_on_write()
    {
        var title = PortalText.PlainText("<script>alert(1)</script>Un <b onmouseover=\"x()\">banc</b> <img src=x onerror=alert(1)>");
        Assert.Equal("Un banc", title);
    }

    [Fact]
    public void Search_text_ignores_case_and_accents() =>
        Assert.Equal("creche a l'ecole", PortalText.ForSearch("  Crèche  À l'École "));

    [Theory]
    [InlineData("n-importe-quoi", "1000", "x", ProposalSort.Recent, 20)]
    [InlineData("plus-soutenues", "50", "12_7", ProposalSort.MostSupported, 50)]
    [InlineData(null, "-3", "12_abc", ProposalSort.Recent, 20)]
    public void Unknown_query_values_fall_back_to_defaults(string? sort, string size, string after, ProposalSort expectedSort, int expectedSize)
    {
        var query = ProposalQuery.Parse("<script>", "axe'--", null, "inconnu", "  ", sort, size, after);
        Assert.Equal(expectedSort, query.Sort);
        Assert.Equal(expectedSize, query.PageSize);
        Assert.Null(query.Ctg);
        Assert.Null(query.Axe);
        Assert.Null(query.Status);
        Assert.Null(query.Text);
        Assert.Equal(after == "12_7" ? new ProposalCursor(12, 7) : null, query.After);
    }
}
