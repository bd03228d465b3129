using Ctg.Participation.Governance;
using Ctg.Participation.Indicators;
using Ctg.Participation.Referential;
using Ctg.Participation.Reporting;

namespace Ctg.Participation.Tests.Reporting;

/// <summary>Report views built by hand, large enough to span several pages.</summary>
internal static class ReportSamples
{
    public static AnnualReportView Large(int meetings = 120, bool transmitted = true)
    {
        var objectives = Tableau2.Objectives.Select(o => new ObjectiveSection(o.Number, o.Title,
            o.Functions.Select(f => new FunctionSection(f.Number, f.Title, f.Actions,
                f.Lines.Select(l => new LineSection(l.Code, l.Kind, l.Label, l.ByNature, l.ByNature
                    ? [new IndicatorEntry(new IndicatorDefinition("test." + l.Code, l.Label, f.Number, "Journal", "…", IndicatorUnit.Count) { ReferentialLine = l.Code },
                        new IndicatorValue(4) { Breakdown = [new("PMI", 3), new("Juriste", 1)] })]
                    : [])).ToList(),
                [],
                [new ReportHighlight(f.Number, new DateTimeOffset(2026, 10, 1, 9, 0, 0, TimeSpan.Zero), "Réunion tenue", "Copil d'automne", "Comité de pilotage (Copil)")])).ToList(),
            new ReportText("<p>Analyse de l'objectif " + o.Number + ".</p>", "Camille Martin", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)))).ToList();
        var meetingLines = Enumerable.Range(1, meetings).Select(i => new MeetingLine(new DateTimeOffset(2026, 1, 1, 14, 0, 0, TimeSpan.Zero).AddDays(i * 2),
            MeetingKind.GroupeDeTravail, $"Réunion numéro {i}", "Groupe de travail Parentalité", 4, 3, 100 + i, 97 + i, i % 2 == 0 ? 2 : 1, 1)).ToList();
        var longText = "<p>" + string.Join(' ', Enumerable.Repeat("Une concertation très suivie par les élus et les partenaires.", 80)) + "</p><ul><li>Première leçon</li></ul>";
        var view = new AnnualReportView("alpes-d-azur", "CTG Alpes d'Azur", "Communauté de communes Alpes d'Azur", new DateOnly(2023, 1, 1), new DateOnly(2027, 12, 31),
            2026, AnnualReports.DueDate(2026), new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.Zero), objectives,
            Tableau2.Fiche17.Select(l => new LineSection(l.Code, l.Kind, l.Label, l.ByNature, [])).ToList(), [],
            new ReportText(longText, "Camille Martin", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero)), meetingLines, [], []);
        return transmitted ? view with { Version = 2, TransmittedAt = new DateTimeOffset(2026, 12, 3, 10, 0, 0, TimeSpan.Zero), TransmittedBy = "Camille Martin" } : view;
    }
}
