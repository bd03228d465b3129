using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Writer;

namespace Ctg.Participation.Governance;

/// <summary>
/// The bilan annuel as a PDF, with PdfPig's writer and the embedded DejaVu Sans (French accents). PdfPig places text
/// at a point and nothing more, so this class wraps lines to the page width and starts a new page when one is full.
/// </summary>
public static class AnnualReportPdf
{
    private const double Margin = 56, Bottom = 56;
    private static readonly Lazy<byte[]> Font = new(LoadFont);

    public static byte[] Write(AnnualReports.Report report)
    {
        var builder = new PdfDocumentBuilder();
        builder.DocumentInformation.Title = $"Bilan annuel {report.Year} — {report.Convention.Name}";
        builder.DocumentInformation.Producer = "Ctg.Participation";
        var layout = new Layout(builder, builder.AddTrueTypeFont(Font.Value));

        // Cover.
        layout.Skip(120);
        layout.Paragraph("Convention territoriale globale", 14);
        layout.Paragraph(report.Convention.Name, 22);
        layout.Skip(12);
        layout.Paragraph($"Bilan annuel {report.Year}", 28);
        layout.Skip(24);
        layout.Paragraph($"Produit le {ReportFormat.Date(report.ProducedAt)}.", 12);
        layout.Paragraph($"À transmettre à la Caf au plus tard le {ReportFormat.Date(report.DueOn)}.", 12);
        if (report.UpdatedAt is { } updated) layout.Paragraph($"Texte modifié en dernier par {report.UpdatedBy} le {ReportFormat.Date(updated)}.", 10);

        layout.NewPage();
        layout.Heading("Indicateurs");
        foreach (var (definition, value) in report.Indicators)
        {
            layout.Paragraph($"{definition.Objective} — {definition.Label} : {ReportFormat.Value(definition, value)}{(value.Detail is null ? "" : $" ({value.Detail})")}", 11);
            layout.Paragraph("Source : " + definition.Source, 8, indent: 12);
        }
        if (report.Indicators.Count == 0) layout.Paragraph("Aucun indicateur n'est enregistré.", 11);

        layout.Heading("Réunions tenues");
        if (report.Meetings.Count == 0) layout.Paragraph("Aucune réunion tenue cette année.", 11);
        foreach (var m in report.Meetings)
        {
            layout.Paragraph($"{ReportFormat.Date(m.StartsAt)} — {m.Kind.Label()} — {m.Title}{(m.HeldBy is null ? "" : " (" + m.HeldBy + ")")}", 11);
            layout.Paragraph($"Partenaires présents : {m.PartnersPresent} sur {m.PartnersInvited} invités. Invités : {m.Invited} dont {m.Present} présents, {m.Excused} excusés, {m.Absent} absents.", 9, indent: 12);
        }

        layout.Heading("Décisions et suivi");
        if (report.Decisions.Count == 0) layout.Paragraph("Aucune décision cette année.", 11);
        foreach (var d in report.Decisions)
        {
            layout.Paragraph($"{ReportFormat.Date(d.TakenAt)} — {d.Text} — {d.Status.Label()}", 11);
            var details = new List<string>();
            if (d.Responsible is not null) details.Add("Responsable : " + d.Responsible);
            if (d.DueOn is { } due) details.Add("Échéance : " + ReportFormat.Date(due));
            if (d.LastNote is not null) details.Add("Dernier suivi : " + d.LastNote);
            details.Add("Réunion : " + d.Meeting);
            layout.Paragraph(string.Join(". ", details), 9, indent: 12);
        }

        layout.Heading("Initiatives citoyennes orientées");
        if (report.Initiatives.Count == 0) layout.Paragraph("Aucune initiative orientée cette année.", 11);
        foreach (var i in report.Initiatives)
        {
            layout.Paragraph($"{ReportFormat.Date(i.RoutedAt)} — {i.Initiative} → {i.WorkingGroup} ({i.Status.Label()})", 11);
        }

        layout.Heading("Analyse de la chargée ou du chargé de coopération");
        var paragraphs = ReportFormat.Paragraphs(report.TextHtml);
        if (paragraphs.Count == 0) layout.Paragraph("Texte non rédigé.", 11);
        foreach (var p in paragraphs) layout.Paragraph(p, 11);

        return builder.Build();
    }

    private static byte[] LoadFont()
    {
        using var stream = typeof(AnnualReportPdf).Assembly.GetManifestResourceStream("Ctg.Participation.Governance.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The DejaVu Sans font is not embedded in the assembly.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    /// <summary>A cursor down A4 pages: wraps words to the width, breaks pages at the bottom margin.</summary>
    private sealed class Layout(PdfDocumentBuilder builder, PdfDocumentBuilder.AddedFont font)
    {
        private PdfPageBuilder page = builder.AddPage(PageSize.A4);
        private double y = 842 - Margin; // A4 is 595 × 842 points

        private double Width => page.PageSize.Width - 2 * Margin;

        public void NewPage()
        {
            page = builder.AddPage(PageSize.A4);
            y = page.PageSize.Height - Margin;
        }

        public void Skip(double points) => y -= points;

        public void Heading(string text)
        {
            if (y - 60 < Bottom) NewPage();
            Skip(10);
            Paragraph(text, 16);
            Skip(4);
        }

        public void Paragraph(string text, double size, double indent = 0)
        {
            var lineHeight = size * 1.35;
            foreach (var line in Wrap(text, size, Width - indent))
            {
                if (y - lineHeight < Bottom) NewPage();
                y -= lineHeight;
                page.AddText(line, size, new PdfPoint(Margin + indent, y), font);
            }
            y -= size * 0.4;
        }

        private IEnumerable<string> Wrap(string text, double size, double width)
        {
            var line = "";
            foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                var candidate = line.Length == 0 ? word : line + " " + word;
                if (line.Length > 0 && Measure(candidate, size) > width)
                {
                    yield return line;
                    line = word;
                }
                else line = candidate;
                // A single word wider than the line (a long link) is cut where it overflows.
                while (Measure(line, size) > width && line.Length > 1)
                {
                    var cut = line.Length - 1;
                    while (cut > 1 && Measure(line[..cut], size) > width) cut--;
                    yield return line[..cut];
                    line = line[cut..];
                }
            }
            if (line.Length > 0) yield return line;
        }

        private double Measure(string text, double size)
        {
            var letters = page.MeasureText(text, size, new PdfPoint(0, 0), font);
            return letters.Count == 0 ? 0 : letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
        }
    }
}
