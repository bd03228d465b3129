using System.Text;
using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using UglyToad.PdfPig;

namespace Ctg.Participation.Tests.Governance;

public sealed class MeetingCalendarAndPdfTests
{
    [Fact]
    public void Calendar_lines_fold_at_75_octets_without_splitting_an_accented_letter()
    {
        var output = new StringBuilder();
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("éàç", 60));

        MeetingCalendar.Line(output, line);

        var physical = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(physical.Length > 1);
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.All(physical.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.Equal(line, string.Concat(physical.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void Calendar_text_escapes_backslash_semicolon_comma_and_newlines()
    {
        Assert.Equal(@"a\\b\; c\, d\ne", MeetingCalendar.Escape("a\\b; c, d\r\ne"));
        Assert.Equal("20260310T130000Z", MeetingCalendar.Utc(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.FromHours(1))));
    }

    [Fact]
    public void A_long_report_breaks_into_pages_and_keeps_every_line_and_accent()
    {
        var convention = new ConventionSummary(1, "alpes-d-azur", "CTG Alpes d'Azur", "CC Alpes d'Azur", "06", ConventionStatus.Signee, new(2023, 1, 1), new(2027, 12, 31));
        var meetings = Enumerable.Range(1, 120).Select(i => new AnnualReports.MeetingLine(new DateTimeOffset(2026, 1, 1, 14, 0, 0, TimeSpan.Zero).AddDays(i * 2),
            MeetingKind.GroupeDeTravail, $"Réunion numéro {i}", "Groupe de travail Parentalité", 4, 3, 6, 4, 1, 1)).ToList();
        var indicator = (new IndicatorDefinition("gouvernance.copil.reunions", "Réunions du comité de pilotage tenues", "1.1", "Portail", "…", IndicatorUnit.Count),
            IndicatorValue.Of(3));
        var longText = "<p>" + string.Join(' ', Enumerable.Repeat("Une concertation très suivie par les élus et les partenaires.", 80)) + "</p><ul><li>Première leçon</li></ul>";
        var report = new AnnualReports.Report(convention, 2026, AnnualReports.DueDate(2026), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero),
            [indicator], meetings, [], [], longText, "Camille Martin", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero));

        using var pdf = PdfDocument.Open(AnnualReportPdf.Write(report));
        var pages = pdf.GetPages().ToList();
        var text = string.Join("\n", pages.Select(p => p.Text));

        Assert.True(pages.Count >= 5, $"{pages.Count} pages");
        Assert.Contains("Réunions du comité de pilotage tenues : 3", text);
        Assert.Contains("À transmettre à la Caf au plus tard le 31 janvier 2027.", text);
        Assert.All(Enumerable.Range(1, 120), i => Assert.Contains($"Réunion numéro {i} ", text));
        Assert.Contains("• Première leçon", text);
        Assert.All(pages, p => Assert.All(p.Letters, l => Assert.InRange(l.StartBaseLine.Y, 50, 800)));
        Assert.All(pages, p => Assert.All(p.Letters, l => Assert.InRange(l.EndBaseLine.X, 50, 545)));
    }
}
