using System.IO.Compression;
using System.Text;
using Ctg.Participation.Demo;
using Ctg.Participation.DepartmentNetwork;

namespace Ctg.Participation.Tests.DepartmentNetwork;

public sealed class SupportFileCheckTests
{
    private static byte[] Zip(params (string Name, string Content, bool Stored)[] entries)
    {
        using var buffer = new MemoryStream();
        using (var zip = new ZipArchive(buffer, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var (name, content, stored) in entries)
            {
                using var stream = zip.CreateEntry(name, stored ? CompressionLevel.NoCompression : CompressionLevel.Optimal).Open();
                stream.Write(Encoding.UTF8.GetBytes(content));
            }
        }
        return buffer.ToArray();
    }

    private static string ContentTypes(string main) =>
        $"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Override PartName=\"/main.xml\" ContentType=\"{main}\"/></Types>";

    private static readonly byte[] Docx = Zip(("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"), false), ("word/document.xml", "<w/>", false));
    private static readonly byte[] Xlsx = Zip(("[Content_Types].xml", ContentTypes("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"), false), ("xl/workbook.xml", "<x/>", false));
    private static readonly byte[] Odt = Zip(("mimetype", "application/vnd.oasis.opendocument.text", true), ("content.xml", "<o/>", false));
    private static readonly byte[] Ods = Zip(("mimetype", "application/vnd.oasis.opendocument.spreadsheet", true), ("content.xml", "<o/>", false));

    [Fact]
    public void Real_files_of_every_accepted_type_pass_with_their_type()
    {
        Assert.Equal(SupportFileType.Pdf, SupportFileCheck.Check("bilan.PDF", DemoFiles.Pdf("Bilan")).Type);
        Assert.Equal(SupportFileType.Png, SupportFileCheck.Check("infographie.png", DemoFiles.Png()).Type);
        Assert.Equal(SupportFileType.Jpeg, SupportFileCheck.Check("photo.jpeg", [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10]).Type);
        Assert.Equal(SupportFileType.Docx, SupportFileCheck.Check("trame.docx", Docx).Type);
        Assert.Equal(SupportFileType.Xlsx, SupportFileCheck.Check("tableau.xlsx", Xlsx).Type);
        Assert.Equal(SupportFileType.Odt, SupportFileCheck.Check("trame.odt", Odt).Type);
        Assert.Equal(SupportFileType.Ods, SupportFileCheck.Check("tableau.ods", Ods).Type);
    }

    [Theory]
    [InlineData("png-renamed.pdf")]
    [InlineData("pdf-renamed.png")]
    [InlineData("xlsx-renamed.docx")]
    [InlineData("ods-renamed.odt")]
    [InlineData("odt-renamed.xlsx")]
    [InlineData("docx-renamed.ods")]
    [InlineData("pdf-renamed.jpg")]
    public void A_file_that_is_not_what_its_extension_says_is_refused_in_french(string name)
    {
        var content = name.Split('-')[0] switch
        {
            "png" => DemoFiles.Png(),
            "pdf" => DemoFiles.Pdf("x"),
            "xlsx" => Xlsx,
            "ods" => Ods,
            "odt" => Odt,
            _ => Docx,
        };
        var result = SupportFileCheck.Check(name, content);
        Assert.Null(result.Type);
        Assert.Contains("ne correspond pas à son extension", result.Error);
    }

    [Fact]
    public void A_zip_without_the_declared_type_or_a_broken_zip_is_refused()
    {
        Assert.Null(SupportFileCheck.Check("faux.odt", Zip(("content.xml", "<o/>", false), ("mimetype", "application/vnd.oasis.opendocument.text", true))).Type);
        Assert.Null(SupportFileCheck.Check("faux.docx", Zip(("word/document.xml", "<w/>", false))).Type);
        Assert.Null(SupportFileCheck.Check("faux.docx", [.. "PK\u0003\u0004"u8, 1, 2, 3]).Type);
    }

    [Fact]
    public void Other_extensions_empty_and_oversized_files_are_refused()
    {
        Assert.Contains("n'est pas accepté", SupportFileCheck.Check("script.exe", [0x4D, 0x5A]).Error);
        Assert.Contains("n'est pas accepté", SupportFileCheck.Check("page.html", "<html>"u8.ToArray()).Error);
        Assert.Contains("vide", SupportFileCheck.Check("vide.pdf", []).Error);
        var big = new byte[SupportFileCheck.MaxBytes + 1];
        "%PDF-"u8.CopyTo(big);
        Assert.Contains("20 Mo", SupportFileCheck.Check("gros.pdf", big).Error);
        var limit = new byte[SupportFileCheck.MaxBytes];
        "%PDF-"u8.CopyTo(limit);
        Assert.Equal(SupportFileType.Pdf, SupportFileCheck.Check("juste.pdf", limit).Type);
    }

    [Fact]
    public void The_download_name_keeps_the_uploaded_name_without_folders_and_with_the_proved_extension()
    {
        Assert.Equal("trame bilan.pdf", SupportFileCheck.CleanFileName(@"C:\Users\x\trame bilan.PDF", SupportFileType.Pdf));
        Assert.Equal("ab.jpg", SupportFileCheck.CleanFileName("../a\"b\u0001.jpeg", SupportFileType.Jpeg));
        Assert.Equal("support.png", SupportFileCheck.CleanFileName("...png", SupportFileType.Png));
    }
}
