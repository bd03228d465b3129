using Ctg.Participation.Accounts;

namespace Ctg.Participation.Tests.Accounts;

public sealed class DisplayNamesTests
{
    [Fact]
    public void Spaces_and_control_characters_are_tidied() =>
        Assert.Equal("Camille R.", DisplayNames.Normalize("  Camille \t\u0007  R. "));

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Camille \"R\"")]
    [InlineData("voir https://pirate.example")]
    [InlineData("javascript:alert(1)")]
    public void Markup_and_links_are_refused(string name) => Assert.NotNull(DisplayNames.Problem(name));

    [Theory]
    [InlineData("Camille R.")]
    [InlineData("Éloïse d'Entraunes")]
    [InlineData("RPE Haut-Var (Nadia)")]
    public void Ordinary_names_pass(string name) => Assert.Null(DisplayNames.Problem(name));
}
