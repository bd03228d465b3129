using System.Net;
using System.Text;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.PlanActions.PlanScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.PlanActions;

public sealed class PlanImportTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private const string Import = Plan + "/import";

    /// <summary>A real-shaped plan: 20 fiches, multi-line quoted texts, French dates, one row whose target is not a number.</summary>
    private static string PlanCsv(int firstNumber, int badRowIndex)
    {
        var csv = new StringBuilder();
        csv.Append("numero;titre;axe;diagnostic;finalite;objectifs_operationnels;public_cible;modalites;date_debut;date_echeance;services;partenaires;resultats_attendus;statut;avancement;indicateur;valeur_reference;cible\r\n");
        string[] axes = ["Petite enfance", "Enfance-jeunesse", "Parentalité", "Animation de la vie sociale", "Accès aux droits et inclusion numérique"];
        for (var i = 0; i < 20; i++)
        {
            var target = i == badRowIndex ? "beaucoup" : "6";
            csv.Append($"{firstNumber + i};\"Fiche importée {firstNumber + i} ; structurer la coopération\";{axes[i % axes.Length]};")
                .Append("\"La CTG est insuffisamment identifiée.\nLes constats partagés :\n- une connaissance limitée ; \"\"cloisonnement\"\"\";")
                .Append("Faire du chargé de coopération le pivot de la gouvernance;\"- Structurer les instances\n- Développer l'observation\";")
                .Append("Élus locaux;Animation des instances;01/09/2024;31/12/2027;Chargée de coopération CTG;Caf des Alpes-Maritimes | CPAM des Alpes-Maritimes;")
                .Append($"Une gouvernance clarifiée;en cours;{i * 5};Nombre d'instances animées;2;{target}\r\n");
        }
        return csv.ToString();
    }

    [Fact]
    public async Task A_plan_of_twenty_fiches_is_previewed_with_its_bad_row_then_nineteen_are_imported_on_confirmation()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var first = 8_000; // Numbers of their own: the demo plan and the other tests of this class stay below.
        var conventionId = await QueryAsync(factory, db => db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync());
        int Count(Ctg.Participation.Data.PortalDbContext db) => db.PlanActions.Count(a => a.ConventionId == conventionId && a.Number >= first && a.Number < first + 20);

        var uploaded = await UploadAsync(coordinator, Import, "plan.csv", Utf8WithBom(PlanCsv(first, badRowIndex: 6)));

        Assert.True(uploaded.IsRedirect, $"{uploaded.Status} {uploaded.ErrorText}");
        var preview = await coordinator.GetAsync(uploaded.Location!);
        var text = PageText(preview);
        // The header is line 1 and every fiche spans four lines (its texts hold three line breaks): the seventh fiche starts on line 26.
        Assert.Contains("19 ligne(s) valide(s), 1 ligne(s) rejetée(s)", text);
        Assert.Matches(@"Lignes rejetées\s+Ligne\s+Motif\s+26\s+la cible doit être un nombre\.", text);
        Assert.Equal(0, await QueryAsync(factory, db => Task.FromResult(Count(db))));

        var confirmed = await coordinator.SubmitAsync(uploaded.Location!, new Dictionary<string, string> { ["import"] = uploaded.Location!.Split("import=")[1] }, handler: "Confirmer");

        Assert.True(confirmed.IsRedirect, confirmed.ErrorText);
        Assert.Contains("19 fiches actions importées", PageText(await coordinator.FollowAsync(confirmed)));
        Assert.Equal(19, await QueryAsync(factory, db => Task.FromResult(Count(db))));
        var imported = await QueryAsync(factory, db => db.PlanActions.Include(a => a.Partners).Include(a => a.Indicators).SingleAsync(a => a.ConventionId == conventionId && a.Number == first));
        Assert.Equal("Fiche importée " + first + " ; structurer la coopération", imported.Title);
        Assert.Equal("La CTG est insuffisamment identifiée.\nLes constats partagés :\n- une connaissance limitée ; \"cloisonnement\"", imported.Diagnostic);
        Assert.Equal(new DateOnly(2027, 12, 31), imported.DueDate);
        Assert.Equal(2, imported.Partners.Count);
        Assert.Equal(6m, Assert.Single(imported.Indicators).Target);
        Assert.False(await QueryAsync(factory, db => db.PlanActions.AnyAsync(a => a.ConventionId == conventionId && a.Number == first + 6)));

        // Confirming the same import twice stores nothing more.
        var again = await coordinator.PostAsync(uploaded.Location!.Split('?')[0] + "?handler=Confirmer",
            new Dictionary<string, string> { ["import"] = uploaded.Location!.Split("import=")[1] }, (await coordinator.GetAsync(Import)).AntiforgeryToken);
        Assert.Equal(HttpStatusCode.OK, again.Status);
        Assert.Contains("expiré ou a déjà été confirmé", PageText(again));
        Assert.Equal(19, await QueryAsync(factory, db => Task.FromResult(Count(db))));
    }

    [Fact]
    public async Task Reimporting_existing_fiche_numbers_rejects_them_and_a_comma_separated_file_without_bom_is_read()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var number = await CreateFicheAsync(factory, coordinator, "Fiche déjà saisie dans le portail");
        var csv = "numero,titre,axe,date_debut,date_echeance,avancement\n"
                  + $"{number},Une autre fiche,Parentalité,01/01/2025,01/01/2026,10\n"
                  + $"{number + 1},\"Fiche sans axe, rejetée\",,01/01/2025,01/01/2026,10\n"
                  + $"{number + 2},Fiche à l'envers,Parentalité,01/01/2026,01/01/2025,150\n";

        var uploaded = await UploadAsync(coordinator, Import, "plan.csv", Encoding.UTF8.GetBytes(csv));

        Assert.Equal(HttpStatusCode.OK, uploaded.Status);
        var text = PageText(uploaded);
        Assert.Contains($"la fiche action n° {number} existe déjà dans le plan", text);
        Assert.Contains("choisissez l'axe de la CTG", text);
        Assert.Contains("l'échéance ne peut pas précéder la date de début", text);
        Assert.Contains("l'avancement est un pourcentage entier entre 0 et 100", text);
        Assert.DoesNotContain("Importer les", text);
        Assert.Equal("Fiche déjà saisie dans le portail", await QueryAsync(factory, db => db.PlanActions.Where(a => a.Number == number).Select(a => a.Title).SingleAsync()));
        Assert.False(await QueryAsync(factory, db => db.PendingImports.AnyAsync(p => p.FileName == "plan.csv" && p.Content.Contains("Fiche à l'envers"))));
    }

    [Fact]
    public async Task The_template_and_the_export_are_semicolon_separated_utf8_with_bom()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var number = await CreateFicheAsync(factory, coordinator, "=Fiche exportée; avec séparateur");

        var template = await coordinator.Http.GetByteArrayAsync(Plan + "?handler=Modele");
        var export = await coordinator.Http.GetByteArrayAsync(Plan + "?handler=Export");

        Assert.Equal(Encoding.UTF8.GetPreamble(), template[..3]);
        Assert.StartsWith("numero;titre;axe;", Encoding.UTF8.GetString(template[3..]));
        Assert.Equal(Encoding.UTF8.GetPreamble(), export[..3]);
        var exported = Encoding.UTF8.GetString(export[3..]);
        Assert.Contains($"{number};\"'=Fiche exportée; avec séparateur\";Parentalité;", exported);
        Assert.Contains("1;Ouvrir un relais petite enfance itinérant;Petite enfance;", exported);
    }
}
