using System.IO.Compression;
using System.Text;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>The file types the library accepts.</summary>
public enum SupportFileType
{
    Pdf = 0,
    Odt = 1,
    Docx = 2,
    Ods = 3,
    Xlsx = 4,
    Png = 5,
    Jpeg = 6,
}

/// <summary>
/// Is the file what its extension says? The content decides: the magic bytes of a PDF, PNG or JPEG; for the zip-based
/// office formats, the archive must open and name its type where the format says — the first entry « mimetype » of
/// an OpenDocument file, the main part in « [Content_Types].xml » of an Office Open XML file. A renamed file (a PNG
/// called .pdf, a .docx that is really a spreadsheet, an executable) is refused with a French message.
/// </summary>
public static class SupportFileCheck
{
    public const long MaxBytes = 20 * 1024 * 1024;

    /// <summary>What we read of an entry that names a type: a few kilobytes in any honest file, so a bomb stops here.</summary>
    private const int MaxTypeEntryBytes = 256 * 1024;

    public const string AcceptedList = "PDF, ODT, DOCX, ODS, XLSX, PNG ou JPEG";

    public sealed record Result(SupportFileType? Type, string? Error);

    public static SupportFileType? TypeOfExtension(string? fileName) => Path.GetExtension(fileName ?? "").ToLowerInvariant() switch
    {
        ".pdf" => SupportFileType.Pdf,
        ".odt" => SupportFileType.Odt,
        ".docx" => SupportFileType.Docx,
        ".ods" => SupportFileType.Ods,
        ".xlsx" => SupportFileType.Xlsx,
        ".png" => SupportFileType.Png,
        ".jpg" or ".jpeg" => SupportFileType.Jpeg,
        _ => null,
    };

    public static string ContentType(SupportFileType type) => type switch
    {
        SupportFileType.Pdf => "application/pdf",
        SupportFileType.Odt => "application/vnd.oasis.opendocument.text",
        SupportFileType.Docx => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        SupportFileType.Ods => "application/vnd.oasis.opendocument.spreadsheet",
        SupportFileType.Xlsx => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        SupportFileType.Png => "image/png",
        SupportFileType.Jpeg => "image/jpeg",
        _ => "application/octet-stream",
    };

    public static string Extension(SupportFileType type) => type switch
    {
        SupportFileType.Jpeg => ".jpg",
        _ => "." + type.ToString().ToLowerInvariant(),
    };

    public static string Label(SupportFileType type) => type switch
    {
        SupportFileType.Jpeg => "JPEG",
        _ => type.ToString().ToUpperInvariant(),
    };

    public static Result Check(string? fileName, ReadOnlySpan<byte> content)
    {
        if (TypeOfExtension(fileName) is not { } expected)
            return new(null, $"Ce type de fichier n'est pas accepté : choisissez un fichier {AcceptedList}.");
        if (content.Length == 0) return new(null, "Le fichier envoyé est vide.");
        if (content.Length > MaxBytes) return new(null, "Le fichier dépasse 20 Mo. Choisissez un fichier plus léger.");
        var matches = expected switch
        {
            SupportFileType.Pdf => content.StartsWith("%PDF-"u8),
            SupportFileType.Png => content.StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            SupportFileType.Jpeg => content.StartsWith((byte[])[0xFF, 0xD8, 0xFF]),
            SupportFileType.Odt => OpenDocumentIs(content, "application/vnd.oasis.opendocument.text"),
            SupportFileType.Ods => OpenDocumentIs(content, "application/vnd.oasis.opendocument.spreadsheet"),
            SupportFileType.Docx => OfficeOpenXmlIs(content, "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"),
            SupportFileType.Xlsx => OfficeOpenXmlIs(content, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"),
            _ => false,
        };
        return matches
            ? new(expected, null)
            : new(null, $"Ce fichier n'est pas un vrai fichier {Label(expected)} : son contenu ne correspond pas à son extension. Enregistrez-le de nouveau au bon format puis réessayez.");
    }

    private static bool IsZip(ReadOnlySpan<byte> content) => content.StartsWith("PK\u0003\u0004"u8);

    private static bool OpenDocumentIs(ReadOnlySpan<byte> content, string mimeType)
    {
        if (!IsZip(content)) return false;
        // The OpenDocument format puts « mimetype » first, so a reader can tell the type without unzipping the rest.
        return ReadZipEntry(content, "mimetype", mustBeFirst: true) is { } text && text.Trim() == mimeType;
    }

    private static bool OfficeOpenXmlIs(ReadOnlySpan<byte> content, string mainContentType)
    {
        if (!IsZip(content)) return false;
        return ReadZipEntry(content, "[Content_Types].xml", mustBeFirst: false) is { } xml
            && xml.Contains($"ContentType=\"{mainContentType}\"", StringComparison.Ordinal);
    }

    private static string? ReadZipEntry(ReadOnlySpan<byte> content, string name, bool mustBeFirst)
    {
        try
        {
            using var archive = new ZipArchive(new MemoryStream(content.ToArray(), writable: false), ZipArchiveMode.Read);
            var entry = mustBeFirst ? archive.Entries.FirstOrDefault() : archive.GetEntry(name);
            if (entry is null || entry.FullName != name || entry.Length > MaxTypeEntryBytes) return null;
            using var stream = entry.Open();
            var buffer = new byte[MaxTypeEntryBytes + 1];
            var read = 0;
            int n;
            while (read < buffer.Length && (n = stream.Read(buffer, read, buffer.Length - read)) > 0) read += n;
            return read > MaxTypeEntryBytes ? null : Encoding.UTF8.GetString(buffer, 0, read);
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    /// <summary>
    /// The name offered on download: the uploaded name without its folders or control characters, cut to a sensible
    /// length, with the extension of the type the content proved.
    /// </summary>
    public static string CleanFileName(string? uploaded, SupportFileType type)
    {
        var name = Path.GetFileNameWithoutExtension((uploaded ?? "").Replace('\\', '/').Split('/').Last());
        var clean = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '<' or '>' or ':' or '*' or '?' or '|')).ToArray()).Trim(' ', '.');
        if (clean.Length == 0) clean = "support";
        if (clean.Length > 100) clean = clean[..100];
        return clean + Extension(type);
    }
}
