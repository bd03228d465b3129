using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;
using PdfSharp.UniversalAccessibility;

namespace Ctg.Participation.Reporting.Pdf;

/// <summary>
/// A cursor down tagged A4 pages (PDF/UA structure through PDFsharp's UAManager): headings, paragraphs, lists and
/// tables become structure elements; the running header, the « page n sur N » footer, rules and repeated table headers
/// are artifacts. Table rows are never split across pages and a table's header row is drawn again at the top of each
/// page it continues on. PDFsharp only lets the current page be drawn on, so the total page count comes from a first
/// pass (<see cref="AnnualReportPdf"/> renders twice).
/// </summary>
internal sealed class TaggedPdfLayout : IDisposable
{
    public const double Left = 50, Right = 545, Top = 78, Bottom = 780;
    private const double CellPad = 4;

    private static readonly XBrush Ink = new XSolidBrush(XColor.FromArgb(0x1e, 0x1e, 0x1e));
    private static readonly XBrush Muted = new XSolidBrush(XColor.FromArgb(0x4a, 0x4a, 0x4a));
    private static readonly XBrush HeaderFill = new XSolidBrush(XColor.FromArgb(0xe8, 0xed, 0xf5));
    private static readonly XPen Rule = new(XColor.FromArgb(0x9a, 0xa5, 0xb1), 0.5);

    private readonly PdfDocument document;
    private readonly StructureBuilder structure;
    private readonly string runningHeader;
    private readonly int? totalPages;
    private XGraphics? graphics;
    private PdfPage? page;
    private double y;

    public TaggedPdfLayout(string title, string runningHeader, int? totalPages)
    {
        document = new PdfDocument();
        document.Info.Title = title;
        document.Info.Creator = "Ctg.Participation";
        document.Info.Author = "Ctg.Participation";
        document.Info.Subject = title;
        document.Options.CompressContentStreams = true;
        var ua = UAManager.ForDocument(document);
        ua.SetDocumentLanguage("fr-FR");
        structure = ua.StructureBuilder;
        this.runningHeader = runningHeader;
        this.totalPages = totalPages;
    }

    public int PageCount { get; private set; }

    public double Y => y;

    public XGraphics Graphics => graphics ?? throw new InvalidOperationException("No page yet.");

    public void NewPage(bool runningHeaderShown = true)
    {
        graphics?.Dispose();
        page = document.AddPage();
        page.Size = PageSize.A4;
        graphics = XGraphics.FromPdfPage(page);
        PageCount++;
        structure.BeginArtifact();
        if (runningHeaderShown)
        {
            graphics.DrawString(runningHeader, ReportFonts.Regular(8), Muted, new XRect(Left, 34, Right - Left, 12), XStringFormats.TopLeft);
            graphics.DrawLine(Rule, Left, 50, Right, 50);
        }
        var footer = $"page {PageCount} sur {totalPages?.ToString() ?? "?"}";
        graphics.DrawString(footer, ReportFonts.Regular(8), Muted, new XRect(Left, 806, Right - Left, 12), XStringFormats.TopRight);
        structure.End();
        y = Top;
    }

    public void MoveTo(double top) => y = top;

    public void Skip(double points) => y += points;

    public void Begin(PdfGroupingElementTag tag) => structure.BeginElement(tag);

    public void End() => structure.End();

    /// <summary>A heading, kept on the same page as at least <paramref name="keepWithNext"/> points of what follows.</summary>
    public void Heading(PdfBlockLevelElementTag level, string text, double size, double keepWithNext = 60)
    {
        var font = ReportFonts.Bold(size);
        var lines = Wrap(text, font, Right - Left);
        var height = lines.Count * LineHeight(size);
        if (y + height + keepWithNext > Bottom) NewPage();
        y += size * 0.6;
        structure.BeginElement(level);
        foreach (var line in lines) DrawLine(line, font, Ink, Left);
        structure.End();
        y += size * 0.3;
    }

    /// <summary>A paragraph; when it does not fit, it goes on at the top of the next page (one P per page part).</summary>
    public void Paragraph(string text, double size = 10, bool bold = false, bool muted = false, double indent = 0, double after = 4)
    {
        var font = bold ? ReportFonts.Bold(size) : ReportFonts.Regular(size);
        var lines = Wrap(text, font, Right - Left - indent);
        structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
        foreach (var line in lines)
        {
            if (y + LineHeight(size) > Bottom)
            {
                structure.End();
                NewPage();
                structure.BeginElement(PdfBlockLevelElementTag.Paragraph);
            }
            DrawLine(line, font, muted ? Muted : Ink, Left + indent);
        }
        structure.End();
        y += after;
    }

    /// <summary>A bulleted list; each item stays whole on one page.</summary>
    public void List(IReadOnlyList<string> items, double size = 9.5)
    {
        var font = ReportFonts.Regular(size);
        structure.BeginElement(PdfBlockLevelElementTag.List);
        foreach (var item in items)
        {
            var lines = Wrap(item, font, Right - Left - 14);
            if (y + lines.Count * LineHeight(size) > Bottom) NewPage();
            structure.BeginElement(PdfBlockLevelElementTag.ListItem);
            structure.BeginElement(PdfBlockLevelElementTag.Label);
            Graphics.DrawString("•", font, Ink, new XPoint(Left + 3, y + size));
            structure.End();
            structure.BeginElement(PdfBlockLevelElementTag.ListBody);
            foreach (var line in lines) DrawLine(line, font, Ink, Left + 14);
            structure.End();
            structure.End();
        }
        structure.End();
        y += 4;
    }

    public sealed record Column(string Header, double Width);

    /// <summary>
    /// A table (Table → THead/TBody → TR → TH/TD). Cells hold text; "\n" starts a new line in a cell. A row that does not
    /// fit on the page starts the next one, after the header row drawn again (as an artifact: it is the same header).
    /// </summary>
    public void Table(IReadOnlyList<Column> columns, IReadOnlyList<IReadOnlyList<string>> rows, double size = 8.5)
    {
        var headerFont = ReportFonts.Bold(size);
        var cellFont = ReportFonts.Regular(size);
        var headerCells = columns.Select(c => CellLines(c.Header, headerFont, c.Width)).ToList();
        var headerHeight = RowHeight(headerCells, size);
        var firstRowHeight = rows.Count == 0 ? 0 : RowHeight(columns.Select((c, i) => CellLines(rows[0][i], cellFont, c.Width)).ToList(), size);
        if (y + headerHeight + firstRowHeight > Bottom) NewPage();

        structure.BeginElement(PdfBlockLevelElementTag.Table);
        structure.BeginElement(PdfBlockLevelElementTag.TableHeadRowGroup);
        structure.BeginElement(PdfBlockLevelElementTag.TableRow);
        DrawRow(columns, headerCells, headerFont, size, header: true, tagged: true);
        structure.End();
        structure.End();

        structure.BeginElement(PdfBlockLevelElementTag.TableBodyRowGroup);
        foreach (var row in rows)
        {
            var cells = columns.Select((c, i) => CellLines(row[i], cellFont, c.Width)).ToList();
            var height = RowHeight(cells, size);
            if (y + height > Bottom)
            {
                NewPage();
                structure.BeginArtifact();
                DrawRow(columns, headerCells, headerFont, size, header: true, tagged: false);
                structure.End();
            }
            structure.BeginElement(PdfBlockLevelElementTag.TableRow);
            DrawRow(columns, cells, cellFont, size, header: false, tagged: true);
            structure.End();
        }
        structure.End();
        structure.End();
        y += 8;
    }

    private void DrawRow(IReadOnlyList<Column> columns, IReadOnlyList<IReadOnlyList<string>> cells, XFont font, double size, bool header, bool tagged)
    {
        var height = RowHeight(cells, size);
        var top = y;
        // Background and rules are decoration: artifacts, outside the cells' marked content.
        if (tagged) structure.BeginArtifact();
        if (header) Graphics.DrawRectangle(HeaderFill, Left, top, columns.Sum(c => c.Width), height);
        Graphics.DrawLine(Rule, Left, top + height, Left + columns.Sum(c => c.Width), top + height);
        if (tagged) structure.End();

        var x = Left;
        for (var i = 0; i < columns.Count; i++)
        {
            if (tagged)
            {
                structure.BeginElement(header ? PdfBlockLevelElementTag.TableHeaderCell : PdfBlockLevelElementTag.TableDataCell);
                if (header) structure.CurrentStructureElement.TableAttributes.Elements.SetName("/Scope", "/Column");
            }
            var lineY = top + CellPad;
            foreach (var line in cells[i])
            {
                Graphics.DrawString(line, font, Ink, new XPoint(x + CellPad, lineY + size));
                lineY += LineHeight(size);
            }
            if (tagged) structure.End();
            x += columns[i].Width;
        }
        y = top + height;
    }

    private IReadOnlyList<string> CellLines(string text, XFont font, double width)
    {
        var lines = text.Split('\n').SelectMany(part => Wrap(part, font, width - 2 * CellPad)).ToList();
        return lines.Count == 0 ? [""] : lines;
    }

    private static double RowHeight(IReadOnlyList<IReadOnlyList<string>> cells, double size) =>
        cells.Max(c => c.Count) * LineHeight(size) + 2 * CellPad;

    private static double LineHeight(double size) => size * 1.4;

    private void DrawLine(string line, XFont font, XBrush brush, double x)
    {
        Graphics.DrawString(line, font, brush, new XPoint(x, y + font.Size));
        y += LineHeight(font.Size);
    }

    /// <summary>Words wrapped to the width; a word wider than the line (a long link) is cut where it overflows.</summary>
    public List<string> Wrap(string text, XFont font, double width)
    {
        var lines = new List<string>();
        var line = "";
        foreach (var word in text.Split([' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Measure(candidate, font) > width)
            {
                lines.Add(line);
                line = word;
            }
            else line = candidate;
            while (line.Length > 1 && Measure(line, font) > width)
            {
                var cut = line.Length - 1;
                while (cut > 1 && Measure(line[..cut], font) > width) cut--;
                lines.Add(line[..cut]);
                line = line[cut..];
            }
        }
        if (line.Length > 0) lines.Add(line);
        return lines;
    }

    private double Measure(string text, XFont font) => Graphics.MeasureString(text, font).Width;

    public byte[] Save()
    {
        graphics?.Dispose();
        graphics = null;
        using var output = new MemoryStream();
        document.Save(output, closeStream: false);
        return output.ToArray();
    }

    public void Dispose()
    {
        graphics?.Dispose();
        document.Dispose();
    }
}
