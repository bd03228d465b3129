using System.Net;
using Ctg.Participation.Governance;
using Ctg.Participation.Testing;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Instances.MeetingScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Instances;

/// <summary>Cancelling a meeting, what calendars then say of it, the attendance export and the report's indicators as XLSX.</summary>
public sealed class GovernanceFilesTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task The_report_indicators_xlsx_reads_back_with_codes_as_text_and_values_as_numbers()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var year = DateTime.UtcNow.Year;
        using var response = await coordinator.Http.GetAsync($"/coordination/alpes-d-azur/bilan/{year}?handler=Xlsx");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(["Objectif", "Code", "Indicateur", "Valeur"], rows[0].Elements<Cell>().Take(4).Select(c => c.InnerText));
        var copil = rows.Single(r => r.Elements<Cell>().ElementAt(1).InnerText == "gouvernance.copil.reunions").Elements<Cell>().ToList();
        Assert.Equal(CellValues.InlineString, copil[0].DataType!.Value);
        Assert.Equal("1.1", copil[0].InnerText);
        Assert.Null(copil[3].DataType);
        var expected = (await IndicatorsAsync(factory, new DateOnly(year, 1, 1)))["gouvernance.copil.reunions"];
        Assert.Equal(expected, decimal.Parse(copil[3].CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture));

        using var ods = await coordinator.Http.GetAsync($"/coordination/alpes-d-azur/bilan/{year}?handler=Xlsx&format=ods");
        Assert.Equal("application/vnd.oasis.opendocument.spreadsheet", ods.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_cancelled_meeting_reads_annulee_and_its_calendar_event_is_cancelled_with_url_and_last_modified()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var planned = await PlanAsync(coordinator, await CopilFormAsync(factory, "Copil à annuler", hoursAgo: -48));
        Assert.True(planned.IsRedirect, planned.ErrorText);
        var id = MeetingIdIn(planned.Location!);
        var page = $"{Meetings}/{id}";
        var before = await QueryAsync(factory, db => db.Meetings.Where(m => m.Id == id).Select(m => new { m.Revision, m.UpdatedAt }).SingleAsync());

        // No reason: refused beside the field, nothing stored.
        var refused = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["motif"] = " " }, handler: "Annuler");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Indiquez pourquoi la réunion est annulée", refused.Html);
        Assert.Null(await QueryAsync(factory, db => db.Meetings.Where(m => m.Id == id).Select(m => m.CancelledAt).SingleAsync()));

        // A Caf advisor reads but cannot cancel.
        using var advisor = await SignedInAsync(factory, CafAdvisor);
        var forged = await advisor.PostAsync($"{page}?handler=Annuler", new Dictionary<string, string> { ["motif"] = "Forgé" }, (await advisor.GetAsync(page)).AntiforgeryToken);
        Assert.True(forged.Status == HttpStatusCode.Forbidden || (forged.IsRedirect && forged.Location!.Contains("/compte/acces-refuse")), forged.Status.ToString());
        Assert.Null(await QueryAsync(factory, db => db.Meetings.Where(m => m.Id == id).Select(m => m.CancelledAt).SingleAsync()));

        var cancelled = await coordinator.SubmitAsync(page, new Dictionary<string, string> { ["motif"] = "Le quorum ne sera pas atteint" }, handler: "Annuler");
        Assert.True(cancelled.IsRedirect, cancelled.ErrorText);
        var shown = WebUtility.HtmlDecode((await coordinator.GetAsync(page)).Html);
        Assert.Contains("Copil à annuler (annulée)", shown);
        Assert.Contains("Le quorum ne sera pas atteint", shown);
        var after = await QueryAsync(factory, db => db.Meetings.Where(m => m.Id == id).Select(m => new { m.Revision, m.UpdatedAt }).SingleAsync());
        Assert.Equal(before.Revision + 1, after.Revision);

        var ics = await coordinator.Http.GetStringAsync($"{Meetings}.ics");
        var calendar = Ical.Net.Calendar.Load(ics)!;
        var cancelledEvent = calendar.Events.Single(e => e.Summary == "Copil à annuler");
        Assert.Equal("CANCELLED", cancelledEvent.Status);
        Assert.Equal(after.Revision, cancelledEvent.Sequence);
        Assert.Equal($"http://localhost:5000{page}", cancelledEvent.Url!.ToString());
        Assert.Equal(after.UpdatedAt.UtcDateTime.ToString("yyyyMMddHHmmss"), cancelledEvent.LastModified!.AsUtc.ToString("yyyyMMddHHmmss"));
        Assert.Equal(after.UpdatedAt.UtcDateTime.ToString("yyyyMMddHHmmss"), cancelledEvent.DtStamp!.AsUtc.ToString("yyyyMMddHHmmss"));
        Assert.Contains("Réunion annulée : Le quorum ne sera pas atteint", cancelledEvent.Description);
        Assert.All(calendar.Events.Where(e => e.Summary != "Copil à annuler"), e => Assert.Equal("CONFIRMED", e.Status));
    }

    [Fact]
    public async Task The_attendance_export_reads_back_with_real_dates_in_paris_time()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var planned = await PlanAsync(coordinator, await CopilFormAsync(factory, "Copil des présences"));
        Assert.True(planned.IsRedirect, planned.ErrorText);
        var id = MeetingIdIn(planned.Location!);
        var meeting = await QueryAsync(factory, db => db.Meetings.Where(m => m.Id == id).Select(m => new { m.StartsAt, Invitees = m.Invitees.Count }).SingleAsync());
        Assert.True(meeting.Invitees > 0);

        using var response = await coordinator.Http.GetAsync($"{Meetings}/presences.xlsx?annee={MeetingRules.ToLocal(meeting.StartsAt).Year}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var rows = document.WorkbookPart!.WorksheetParts.Single().Worksheet.Descendants<Row>().ToList();
        Assert.Equal(["Date", "Réunion", "Type", "Instance ou groupe", "Invité", "Partenaire", "Présence", "Annulée"], rows[0].Elements<Cell>().Select(c => c.InnerText));
        var mine = rows.Skip(1).Where(r => r.Elements<Cell>().ElementAt(1).InnerText == "Copil des présences").ToList();
        Assert.Equal(meeting.Invitees, mine.Count);
        var date = mine[0].Elements<Cell>().First();
        Assert.Null(date.DataType);
        Assert.Equal(MeetingRules.ToLocal(meeting.StartsAt), DateTime.FromOADate(double.Parse(date.CellValue!.Text, System.Globalization.CultureInfo.InvariantCulture)));

        using var anonymous = factory.CreatePortalClient();
        Assert.NotEqual(HttpStatusCode.OK, (await anonymous.Http.GetAsync($"{Meetings}/presences.csv")).StatusCode);
        using var csv = await coordinator.Http.GetAsync($"{Meetings}/presences.csv?annee=abc");
        Assert.Equal(HttpStatusCode.BadRequest, csv.StatusCode);
    }
}
