using System.IO.Compression;
using System.Text;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Cooperation;

public sealed class CooperationJournalTests
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF");

    private static async Task<(IReadOnlyList<FieldProblem> Problems, int Entries, int Partners)> AddAsync(
        Tests.Support.TestDatabase database, CooperationWorld w, Action<JournalEntryInput, int> fill, UploadedFile? file = null)
    {
        return await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var nature = await CooperationWorld.NatureAsync(db, CooperationKind.Expertise, "PMI");
            var input = new JournalEntryInput { Date = "2026-11-20", Kind = "Expertise", NatureId = nature };
            fill(input, nature);
            var (journal, _, _, _) = CooperationWorld.Services(sp, database.Clock);
            var (_, problems) = await journal.AddAsync(w.Summary(db), w.Actor, input, file);
            return (problems, await db.Set<CooperationEntry>().CountAsync(), await db.Partners.CountAsync());
        });
    }

    [Fact]
    public async Task A_complete_entry_is_stored_with_its_links_and_a_partner_created_on_the_spot_joins_the_ctg()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;

        var (problems, entries, partners) = await AddAsync(database, w, (i, _) =>
        {
            i.PartnerIds = [w.PartnerA1];
            i.NewPartnerName = "Maison des solidarités départementales";
            i.NewPartnerKind = PartnerKind.Departement;
            i.AxisIds = [w.AxisA];
            i.MunicipalityIds = [w.CommuneA];
            (i.MeetingId, i.ActionId, i.RoutingId) = (w.Meeting, w.Action, w.Routing);
            i.Note = "  La PMI a présenté ses permanences.  ";
        }, new UploadedFile("compte-rendu.pdf", Pdf));

        Assert.Empty(problems);
        Assert.Equal(1, entries);
        await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var entry = await db.Set<CooperationEntry>().Include(e => e.Partners).ThenInclude(p => p.Partner).SingleAsync();
            Assert.Equal(new[] { "Association Les Petits Pas", "Maison des solidarités départementales" }, entry.Partners.Select(p => p.Partner!.Name).Order());
            Assert.Equal("La PMI a présenté ses permanences.", entry.Note);
            Assert.Equal("application/pdf", entry.Attachment!.ContentType);
            var created = entry.Partners.Single(p => p.Partner!.Kind == PartnerKind.Departement).PartnerId;
            Assert.True(await db.ConventionPartners.AnyAsync(cp => cp.ConventionId == w.Ctg && cp.PartnerId == created));
        });
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "no date", "Date" }, { "bad date", "Date" }, { "future", "Date" }, { "before period", "Date" }, { "no kind", "Kind" }, { "no nature", "NatureId" },
        { "nature of another kind", "NatureId" }, { "partner of another ctg", "PartnerIds" }, { "meeting of another ctg", "MeetingId" },
        { "fiche of another ctg", "ActionId" }, { "routing of another ctg", "RoutingId" }, { "axis of another ctg", "AxisIds" },
        { "new partner without type", "NewPartnerKind" }, { "exe renamed pdf", "Attachment" },
    };

    [Theory]
    [MemberData(nameof(BadInputs))]
    public async Task Bad_input_is_refused_beside_its_field_and_nothing_is_stored(string mistake, string field)
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        var otherAxis = await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Axes.Where(a => a.ConventionId == w.OtherCtg).Select(a => a.Id).FirstAsync());
        var partnersBefore = await database.RunAsync(sp => sp.GetRequiredService<PortalDbContext>().Partners.CountAsync());
        UploadedFile? file = mistake == "exe renamed pdf" ? new UploadedFile("rapport.pdf", [0x4D, 0x5A, 0x90, 0x00, 0x03]) : null;

        var (problems, entries, partners) = await AddAsync(database, w, (i, nature) =>
        {
            switch (mistake)
            {
                case "no date": i.Date = ""; break;
                case "bad date": i.Date = "31/02/2026"; break;
                case "future": i.Date = "2026-11-24"; break;
                case "before period": i.Date = "2023-12-31"; break;
                case "no kind": i.Kind = null; break;
                case "no nature": i.NatureId = null; break;
                case "nature of another kind": i.Kind = "RelaisCafPartenaire"; break;
                case "partner of another ctg": i.PartnerIds = [w.OtherPartner]; break;
                case "meeting of another ctg": i.MeetingId = w.OtherMeeting; break;
                case "fiche of another ctg": i.ActionId = w.OtherAction; break;
                case "routing of another ctg": i.RoutingId = w.OtherRouting; break;
                case "axis of another ctg": i.AxisIds = [otherAxis]; break;
                case "new partner without type": (i.NewPartnerName, i.PartnerIds) = ("Nouveau partenaire sans type", [w.PartnerA1]); break;
            }
        }, file);

        Assert.Contains(problems, p => p.Field == field);
        Assert.Equal(0, entries);
        Assert.Equal(partnersBefore, partners);
    }

    [Fact]
    public async Task A_coordinator_of_another_ctg_cannot_write_in_this_journal()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        var problems = await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            db.CoordinatorAssignments.Add(new Ctg.Participation.Accounts.CoordinatorAssignment { UserId = w.UserId, ConventionId = w.OtherCtg });
            await db.SaveChangesAsync();
            var (journal, _, _, _) = CooperationWorld.Services(sp, database.Clock);
            var nature = await CooperationWorld.NatureAsync(db, CooperationKind.Expertise, "PMI");
            var (_, p) = await journal.AddAsync(w.Summary(db), new(w.UserId, [Ctg.Participation.Accounts.PortalRoles.Coordinator]),
                new JournalEntryInput { Date = "2026-11-20", Kind = "Expertise", NatureId = nature }, null);
            return p;
        });
        Assert.Equal(CooperationJournal.Denied, Assert.Single(problems).Message);
    }

    [Fact]
    public async Task The_csv_export_follows_the_filters_and_names_the_referential_line()
    {
        var (database, w) = await CooperationWorld.CreateAsync();
        await using var _ = database;
        await AddAsync(database, w, (i, _) => i.AxisIds = [w.AxisA]);
        await AddAsync(database, w, (i, _) => { i.AxisIds = [w.AxisB]; i.Note = "=HYPERLINK(\"x\")"; });
        var csv = await database.RunAsync(async sp =>
        {
            var (journal, _, _, _) = CooperationWorld.Services(sp, database.Clock);
            using var output = new MemoryStream();
            await using (var table = new Ctg.Participation.Csv.CsvTableWriter(output, Ctg.Participation.Csv.CsvConventions.People))
            {
                await journal.ExportAsync(w.Ctg, new JournalFilter(null, null, CooperationKind.Expertise, w.AxisB, null, null), table);
                await table.CompleteAsync();
            }
            return System.Text.Encoding.UTF8.GetString(output.ToArray());
        });
        var lines = csv.TrimStart('\uFEFF').Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        Assert.StartsWith("20/11/2026;Expertise mobilisée;T2-1.1-b;PMI;;Parentalité;", lines[1]);
        Assert.Contains("'=HYPERLINK", lines[1]);
    }

    [Fact]
    public void A_file_is_accepted_only_when_its_content_is_what_its_extension_says()
    {
        static byte[] Zip(string entry, string content)
        {
            using var buffer = new MemoryStream();
            using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
            {
                using var writer = new StreamWriter(zip.CreateEntry(entry).Open());
                writer.Write(content);
            }
            return buffer.ToArray();
        }

        Assert.Equal("application/pdf", DocumentCheck.Inspect("a.pdf", Pdf).ContentType);
        Assert.NotNull(DocumentCheck.Inspect("a.docx", Zip("word/document.xml", "<w/>")).ContentType);
        Assert.NotNull(DocumentCheck.Inspect("a.odt", Zip("mimetype", "application/vnd.oasis.opendocument.text")).ContentType);
        Assert.Null(DocumentCheck.Inspect("a.ods", Zip("mimetype", "application/vnd.oasis.opendocument.text")).ContentType);
        Assert.Null(DocumentCheck.Inspect("a.xlsx", Zip("word/document.xml", "<w/>")).ContentType);
        Assert.Null(DocumentCheck.Inspect("a.png", Pdf).ContentType);
        Assert.Contains("n'est pas accepté", DocumentCheck.Inspect("a.exe", Pdf).Problem);
        Assert.Equal("rapport.pdf", DocumentCheck.CleanName("..\\..\\rapport.pdf"));
    }
}
