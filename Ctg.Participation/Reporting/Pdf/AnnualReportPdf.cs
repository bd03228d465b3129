using Ctg.Participation.Governance;
using Ctg.Participation.Referential;
using PdfSharp.UniversalAccessibility;
using static Ctg.Participation.Reporting.Pdf.TaggedPdfLayout;

namespace Ctg.Participation.Reporting.Pdf;

/// <summary>
/// The bilan annuel as a tagged PDF a Caf can file: a cover (CTG, period, transmission date), then Tableau 2 objective by
/// objective — each function's actions, a table of its suivi and évaluation lines with values and breakdown by nature,
/// its highlights — and the officer's text per objective; Fiche 17, the synthesis and the annexes (meetings, decisions,
/// initiatives) follow. Written with PDFsharp (MIT) and the embedded DejaVu Sans: no browser at run time.
/// </summary>
public static class AnnualReportPdf
{
    private static readonly Column[] IndicatorColumns =
        [new("Référence", 72), new("Indicateur", 190), new("Valeur", 68), new("Détail par nature", 165)];

    public static byte[] Write(AnnualReportView view)
    {
        // First pass only counts the pages, so that every footer can say « page n sur N ».
        int pages;
        using (var counting = Render(view, totalPages: null)) pages = counting.PageCount;
        using var layout = Render(view, pages);
        return layout.Save();
    }

    private static TaggedPdfLayout Render(AnnualReportView view, int? totalPages)
    {
        var title = $"Bilan annuel {view.Year} — {view.ConventionName}";
        var layout = new TaggedPdfLayout(title, $"{view.ConventionName} — bilan annuel {view.Year}", totalPages);
        Cover(layout, view);

        layout.NewPage();
        foreach (var objective in view.Objectives)
        {
            layout.Begin(PdfGroupingElementTag.Section);
            layout.Heading(PdfBlockLevelElementTag.Heading2, $"Objectif {objective.Number} — {objective.Title}", 15, keepWithNext: 120);
            foreach (var function in objective.Functions) Function(layout, function);
            layout.Heading(PdfBlockLevelElementTag.Heading3, $"Analyse de l'objectif {objective.Number}", 12);
            Text(layout, objective.Text, "L'analyse de cet objectif n'est pas rédigée.");
            layout.End();
        }

        layout.Begin(PdfGroupingElementTag.Section);
        layout.Heading(PdfBlockLevelElementTag.Heading2, "Fiche action 17 — coordination et animation de la CTG", 15, keepWithNext: 120);
        layout.Table(IndicatorColumns, view.Fiche17.SelectMany(LineRows).ToList());
        if (view.OtherIndicators.Count > 0)
        {
            layout.Heading(PdfBlockLevelElementTag.Heading3, "Autres indicateurs de participation", 12);
            layout.Table(IndicatorColumns, view.OtherIndicators.Select(i => Row("—", i)).ToList());
        }
        layout.End();

        layout.Begin(PdfGroupingElementTag.Section);
        layout.Heading(PdfBlockLevelElementTag.Heading2, "Synthèse de la chargée ou du chargé de coopération", 15);
        Text(layout, view.Synthesis, "La synthèse n'est pas rédigée.");
        layout.End();

        Annexes(layout, view);
        return layout;
    }

    private static void Cover(TaggedPdfLayout layout, AnnualReportView view)
    {
        layout.NewPage(runningHeaderShown: false);
        layout.MoveTo(170);
        layout.Paragraph("Convention territoriale globale", 13, muted: true);
        layout.Heading(PdfBlockLevelElementTag.Heading1, $"Bilan annuel {view.Year}", 28, keepWithNext: 0);
        layout.Paragraph(view.ConventionName, 18, bold: true, after: 2);
        layout.Paragraph(view.Epci, 12, muted: true, after: 30);
        layout.Paragraph($"Période de la convention : {ReportFormat.Period(view.PeriodStart, view.PeriodEnd)}.", 11);
        layout.Paragraph($"Année du bilan : {ReportFormat.Period(new DateOnly(view.Year, 1, 1), new DateOnly(view.Year, 12, 31))}.", 11);
        layout.Paragraph(view.TransmittedAt is { } sent
            ? $"Transmis à la Caf le {ReportFormat.Date(sent)} par {view.TransmittedBy} (version {view.Version})."
            : $"Version de travail du {ReportFormat.Date(view.ProducedAt)}, non transmise à la Caf.", 11, bold: true);
        layout.Paragraph($"À transmettre à la Caf au plus tard le {ReportFormat.Date(view.DueOn)}.", 11);
        layout.Skip(30);
        layout.Paragraph("Indicateurs de suivi et d'évaluation de l'activité du chargé de coopération (référentiel national, Tableau 2) " +
                         "et de la fiche action 17, calculés par le portail sur l'année civile.", 9, muted: true);
    }

    private static void Function(TaggedPdfLayout layout, FunctionSection function)
    {
        layout.Heading(PdfBlockLevelElementTag.Heading3, $"{function.Number} — {function.Title}", 12, keepWithNext: 90);
        layout.Paragraph("Actions : " + function.Actions, 9, muted: true);
        layout.Table(IndicatorColumns, function.Lines.SelectMany(LineRows).Concat(function.Others.Select(i => Row("—", i))).ToList());
        layout.Paragraph("Faits marquants", 10, bold: true, after: 2);
        if (function.Highlights.Count == 0) layout.Paragraph("Aucun fait marquant enregistré pour cette fonction.", 9.5, muted: true);
        else layout.List(function.Highlights.Select(Highlight).ToList());
    }

    internal static string Highlight(ReportHighlight h) =>
        $"{ReportFormat.Date(h.At)} — {h.Kind}{(h.Nature is null ? "" : $" ({h.Nature})")} : {h.Text}";

    private static IEnumerable<IReadOnlyList<string>> LineRows(LineSection line)
    {
        var reference = $"{line.Code}\n{(line.Kind == LineKind.Suivi ? "suivi" : "évaluation")}";
        var note = line.Note is { } n ? $"Appréciation : {ReportFormat.Shorten(n.Text, 900)}" : null;
        if (line.Indicators.Count == 0)
        {
            yield return [reference, line.Label, note is null ? "non mesuré" : "qualitatif", note ?? ""];
            yield break;
        }
        for (var i = 0; i < line.Indicators.Count; i++)
        {
            var row = Row(reference, line.Indicators[i]);
            yield return i == 0 && note is not null ? [row[0], row[1], row[2], row[3].Length == 0 ? note : row[3] + "\n" + note] : row;
        }
    }

    private static IReadOnlyList<string> Row(string reference, IndicatorEntry entry)
    {
        var details = ReportFormat.Breakdown(entry.Value).ToList();
        if (entry.Value.Detail is { } detail) details.Insert(0, detail);
        return [reference, entry.Definition.Label, ReportFormat.Value(entry.Definition, entry.Value), string.Join('\n', details)];
    }

    private static void Text(TaggedPdfLayout layout, ReportText text, string missing)
    {
        var paragraphs = ReportFormat.Paragraphs(text.Html);
        if (paragraphs.Count == 0) layout.Paragraph(missing, 10, muted: true);
        foreach (var p in paragraphs) layout.Paragraph(p, 10);
        if (text.UpdatedAt is { } at && paragraphs.Count > 0)
            layout.Paragraph($"Rédigé par {text.UpdatedBy}, modifié en dernier le {ReportFormat.Date(at)}.", 8.5, muted: true);
    }

    private static void Annexes(TaggedPdfLayout layout, AnnualReportView view)
    {
        layout.Begin(PdfGroupingElementTag.Section);
        layout.Heading(PdfBlockLevelElementTag.Heading2, "Annexes", 15);
        layout.Heading(PdfBlockLevelElementTag.Heading3, "Réunions tenues", 12);
        if (view.Meetings.Count == 0) layout.Paragraph("Aucune réunion tenue cette année.", 10, muted: true);
        else
            layout.Table([new("Date", 82), new("Réunion", 175), new("Instance", 110), new("Participation", 128)],
                view.Meetings.Select(m => (IReadOnlyList<string>)[ReportFormat.Date(m.StartsAt), m.Title, $"{m.Kind.Label()}{(m.HeldBy is null ? "" : "\n" + m.HeldBy)}",
                    $"{ReportFormat.Attendance(m.Invited, m.Present, m.Excused, m.Absent)}\nPartenaires : {m.PartnersPresent} sur {m.PartnersInvited}"]).ToList());

        layout.Heading(PdfBlockLevelElementTag.Heading3, "Décisions et suivi", 12);
        if (view.Decisions.Count == 0) layout.Paragraph("Aucune décision cette année.", 10, muted: true);
        else
            layout.Table([new("Date", 82), new("Décision", 175), new("État", 70), new("Responsable, échéance, dernier suivi", 168)],
                view.Decisions.Select(d => (IReadOnlyList<string>)[ReportFormat.Date(d.TakenAt), $"{d.Text}\nRéunion : {d.Meeting}", d.Status.Label(),
                    string.Join('\n', new[] { d.Responsible, d.DueOn is { } due ? "Échéance : " + ReportFormat.Date(due) : null,
                        d.LastNote is null ? null : "Suivi : " + ReportFormat.Shorten(d.LastNote, 300) }.OfType<string>())]).ToList());

        layout.Heading(PdfBlockLevelElementTag.Heading3, "Initiatives citoyennes orientées", 12);
        if (view.Initiatives.Count == 0) layout.Paragraph("Aucune initiative orientée cette année.", 10, muted: true);
        else
            layout.Table([new("Date", 82), new("Initiative", 200), new("Groupe de travail", 140), new("État", 73)],
                view.Initiatives.Select(i => (IReadOnlyList<string>)[ReportFormat.Date(i.RoutedAt), i.Initiative, i.WorkingGroup, i.Status.Label()]).ToList());
        layout.End();
    }
}
