using System.Text;
using Ctg.Participation.Csv;
using Ctg.Participation.Spreadsheets;

namespace Ctg.Participation.Tests.Spreadsheets;

/// <summary>The portal's one CSV writer: quoting, the one formula-injection rule, and the two conventions (people, open data).</summary>
public sealed class CsvTableWriterTests
{
    public static TheoryData<string, TableCell, string, string> Cells => new()
    {
        // case, cell, for people, for open data
        { "plain text", TableCell.Text("Crèche des Oliviers"), "Crèche des Oliviers", "Crèche des Oliviers" },
        { "separator quoted", TableCell.Text("a;b"), "\"a;b\"", "\"a;b\"" },
        { "comma left alone", TableCell.Text("a, b"), "a, b", "a, b" },
        { "quotes doubled", TableCell.Text("il a dit \"oui\""), "\"il a dit \"\"oui\"\"\"", "\"il a dit \"\"oui\"\"\"" },
        { "line break quoted", TableCell.Text("un\ndeux"), "\"un\ndeux\"", "\"un\ndeux\"" },
        { "formula =", TableCell.Text("=SOMME(A1:A9)"), "'=SOMME(A1:A9)", "'=SOMME(A1:A9)" },
        { "formula +", TableCell.Text("+33 4 93"), "'+33 4 93", "'+33 4 93" },
        { "formula -", TableCell.Text("-2+3"), "'-2+3", "'-2+3" },
        { "formula @", TableCell.Text("@SUM(1)"), "'@SUM(1)", "'@SUM(1)" },
        { "formula tab", TableCell.Text("\t=1"), "'\t=1", "'\t=1" },
        { "formula full-width =", TableCell.Text("＝1+1"), "'＝1+1", "'＝1+1" },
        { "formula and separator", TableCell.Text("=A1;B1"), "\"'=A1;B1\"", "\"'=A1;B1\"" },
        { "code keeps its zero", TableCell.Code("06099"), "06099", "06099" },
        { "decimal", TableCell.Of(81.8m), "81,8", "81.8" },
        { "negative number is not a formula", TableCell.Of(-3m), "-3", "-3" },
        { "integer", TableCell.Of(1200), "1200", "1200" },
        { "empty number", TableCell.Of((decimal?)null), "", "" },
        { "date", TableCell.Of(new DateOnly(2027, 1, 15)), "15/01/2027", "2027-01-15" },
        { "instant in Paris, winter", TableCell.Of(new DateTimeOffset(2026, 11, 10, 9, 19, 0, TimeSpan.Zero)), "10/11/2026 10:19", "2026-11-10T10:19:00+01:00" },
        { "instant in Paris, summer", TableCell.Of(new DateTimeOffset(2026, 7, 1, 22, 30, 0, TimeSpan.Zero)), "02/07/2026 00:30", "2026-07-02T00:30:00+02:00" },
    };

    [Theory]
    [MemberData(nameof(Cells))]
    public void Each_cell_is_written_by_the_one_rule(string @case, TableCell cell, string people, string openData)
    {
        Assert.True(people == CsvTableWriter.Field(CsvTableWriter.Format(cell, CsvConventions.People)), @case + " (people)");
        Assert.True(openData == CsvTableWriter.Field(CsvTableWriter.Format(cell, CsvConventions.OpenData)), @case + " (open data)");
    }

    [Fact]
    public async Task A_file_has_a_bom_semicolons_crlf_and_reads_back_with_the_import_reader()
    {
        using var output = new MemoryStream();
        await using (var csv = new CsvTableWriter(output, CsvConventions.People))
        {
            await csv.WriteHeaderAsync([new("Commune"), new("Valeur"), new("Note")]);
            await csv.WriteRowAsync([TableCell.Code("06099"), TableCell.Of(2.5m), TableCell.Text("ligne ; \"une\"\ndeux")]);
            await csv.CompleteAsync();
        }
        var bytes = output.ToArray();
        Assert.Equal(new byte[] { 0xEF, 0xBB, 0xBF }, bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes[3..]);
        Assert.StartsWith("Commune;Valeur;Note\r\n06099;2,5;", text);

        var table = CsvTable.Parse(CsvTable.Decode(bytes)!);
        Assert.Equal("06099", table.Get(table.Records[0], "commune"));
        Assert.Equal("2,5", table.Get(table.Records[0], "valeur"));
        Assert.Equal("ligne ; \"une\"\ndeux", table.Get(table.Records[0], "note"));
    }

    [Fact]
    public void Windows_1252_is_detected_when_the_bytes_are_not_utf8_and_an_unknown_encoding_names_its_line()
    {
        var latin = Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
        Assert.Equal("titre\nÉté à l'école — 15 €", CsvTable.Decode(CodePages(latin, "titre\nÉté à l'école — 15 €")));
        Assert.Equal("titre\nÉté", CsvTable.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("titre\nÉté")]));

        Assert.Null(CsvTable.Decode([.. Encoding.ASCII.GetBytes("a;b\n1;2\n"), 0x81, 0x41], out var error));
        Assert.Equal("Ligne 3 : l'encodage du fichier n'est pas reconnu (ni UTF-8 ni Windows-1252). Enregistrez-le en « CSV UTF-8 » ou en XLSX.", error);
        Assert.Null(CsvTable.Decode(Encoding.Unicode.GetBytes("a;b\n"), out error));
        Assert.StartsWith("Ligne 1 :", error);
    }

    private static byte[] CodePages(Encoding encoding, string text) => encoding.GetBytes(text);

    static CsvTableWriterTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
}
