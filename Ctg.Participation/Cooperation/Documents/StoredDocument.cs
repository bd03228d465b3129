namespace Ctg.Participation.Cooperation;

/// <summary>
/// A file attached to a journal entry or a diagnostic, owned by its row (an EF Core owned type): the name the
/// person gave it, the kind its content proved to be, and the random name it is stored under.
/// </summary>
public class StoredDocument
{
    /// <summary>The original file name, cleaned (plain text, shown and offered back on download).</summary>
    public string FileName { get; set; } = "";

    /// <summary>The media type found by <see cref="DocumentCheck"/>, not the one the browser claimed.</summary>
    public string ContentType { get; set; } = "";

    /// <summary>Random name in the documents folder; never derived from user input.</summary>
    public string StoredName { get; set; } = "";

    public long Length { get; set; }
}
