using Microsoft.Extensions.Options;

namespace Ctg.Participation.Cooperation;

public sealed class CooperationOptions
{
    public const string Section = "Cooperation";

    /// <summary>Folder of the journal's and diagnostics' files; the host resolves it against its content root.</summary>
    public string DocumentDirectory { get; set; } = "data/cooperation";
}

/// <summary>Writes checked files under random names and reads them back; the database row says whose they are.</summary>
public sealed class DocumentStore(IOptions<CooperationOptions> options)
{
    private string Folder => options.Value.DocumentDirectory;

    /// <summary>Checks the content (<see cref="DocumentCheck"/>) and stores it; returns the document or a French problem.</summary>
    public async Task<(StoredDocument? Document, string? Problem)> SaveAsync(string fileName, byte[] content, CancellationToken ct = default)
    {
        var (type, problem) = DocumentCheck.Inspect(fileName, content);
        if (type is null) return (null, problem);
        Directory.CreateDirectory(Folder);
        var stored = Guid.NewGuid().ToString("N") + Path.GetExtension(fileName).ToLowerInvariant();
        await File.WriteAllBytesAsync(Path.Combine(Folder, stored), content, ct);
        return (new StoredDocument { FileName = DocumentCheck.CleanName(fileName), ContentType = type, StoredName = stored, Length = content.Length }, null);
    }

    /// <summary>The stored file's stream, or null when it is gone.</summary>
    public Stream? Open(StoredDocument document)
    {
        // The stored name is ours (a GUID and an extension), never a path from the request.
        if (document.StoredName.IndexOfAny(['/', '\\']) >= 0) return null;
        var path = Path.Combine(Folder, document.StoredName);
        return File.Exists(path) ? File.OpenRead(path) : null;
    }

    public void Delete(StoredDocument? document)
    {
        if (document is null || document.StoredName.IndexOfAny(['/', '\\']) >= 0) return;
        var path = Path.Combine(Folder, document.StoredName);
        if (File.Exists(path)) File.Delete(path);
    }
}
