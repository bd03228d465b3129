using System.IO.Compression;
using System.Text;

namespace Ctg.Participation.Cooperation;

/// <summary>
/// Tells what a file really is from its first bytes (and, for office files, from the entries of their zip), and
/// refuses one whose content is not what its extension says: a renamed executable or script never gets stored.
/// </summary>
public static class DocumentCheck
{
    public const long MaxBytes = 10 * 1024 * 1024;

    public const string Accepted = "PDF, ODT, ODS, DOCX, XLSX, PNG ou JPEG";

    private static readonly Dictionary<string, string> Types = new(StringComparer.OrdinalIgnoreCase)
    {
        [".pdf"] = "application/pdf",
        [".png"] = "image/png",
        [".jpg"] = "image/jpeg",
        [".jpeg"] = "image/jpeg",
        [".odt"] = "application/vnd.oasis.opendocument.text",
        [".ods"] = "application/vnd.oasis.opendocument.spreadsheet",
        [".docx"] = "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        [".xlsx"] = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    };

    /// <summary>The media type of a file whose content matches its extension, or a French reason to refuse it.</summary>
    public static (string? ContentType, string? Problem) Inspect(string fileName, byte[] content)
    {
        if (content.Length == 0) return (null, "Le fichier est vide.");
        if (content.Length > MaxBytes) return (null, $"Le fichier dépasse {MaxBytes / (1024 * 1024)} Mo.");
        var extension = Path.GetExtension(fileName);
        if (!Types.TryGetValue(extension, out var type)) return (null, $"Ce type de fichier n'est pas accepté ({Accepted}).");
        var matches = extension.ToLowerInvariant() switch
        {
            ".pdf" => StartsWith(content, "%PDF-"u8),
            ".png" => StartsWith(content, [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]),
            ".jpg" or ".jpeg" => StartsWith(content, [0xFF, 0xD8, 0xFF]),
            ".odt" or ".ods" => ZipHasMimetype(content, type),
            ".docx" => ZipHasEntry(content, "word/document.xml"),
            ".xlsx" => ZipHasEntry(content, "xl/workbook.xml"),
            _ => false,
        };
        return matches ? (type, null) : (null, $"Le contenu du fichier ne correspond pas à son extension « {extension} ».");
    }

    /// <summary>A file name safe to show and to offer back: no folders, no control characters, at most 120 characters.</summary>
    public static string CleanName(string fileName)
    {
        var name = Path.GetFileName(fileName.Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('"' or '/' or ':' or '<' or '>' or '|' or '*' or '?')).ToArray()).Trim();
        if (name.Length > 120) name = name[^120..];
        return name.Length == 0 ? "document" : name;
    }

    private static bool StartsWith(byte[] content, ReadOnlySpan<byte> signature) => content.AsSpan().StartsWith(signature);

    private static ZipArchive? OpenZip(byte[] content)
    {
        if (!StartsWith(content, "PK\u0003\u0004"u8)) return null;
        try { return new ZipArchive(new MemoryStream(content, writable: false), ZipArchiveMode.Read); }
        catch (InvalidDataException) { return null; }
    }

    private static bool ZipHasEntry(byte[] content, string entry)
    {
        using var zip = OpenZip(content);
        return zip?.GetEntry(entry) is not null;
    }

    private static bool ZipHasMimetype(byte[] content, string type)
    {
        using var zip = OpenZip(content);
        var entry = zip?.GetEntry("mimetype");
        if (entry is null || entry.Length > 200) return false;
        using var reader = new StreamReader(entry.Open(), Encoding.ASCII);
        return reader.ReadToEnd().Trim() == type;
    }
}
