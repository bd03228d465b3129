using Ctg.Participation.Text;

namespace Ctg.Participation.Tests.Text;

public sealed class SlugsTests
{
    [Theory]
    [InlineData("Accès aux droits et inclusion numérique", "acces-aux-droits-et-inclusion-numerique")]
    [InlineData("Enfance-jeunesse", "enfance-jeunesse")]
    [InlineData("  Pays d'Azur — été ", "pays-d-azur-ete")]
    public void French_labels_become_url_names(string label, string slug) => Assert.Equal(slug, Slugs.From(label));
}
