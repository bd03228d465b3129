namespace Ctg.Participation.Csv;

/// <summary>A rejected CSV row: its line in the file and why, in French.</summary>
public sealed record ImportRejection(int Line, string Reason);

/// <summary>A row that would be imported: its line and a short description for the preview.</summary>
public sealed record ImportAccepted(int Line, string Summary);

/// <summary>
/// What an import would do, shown before anything is stored: the valid rows, the rejected ones with their line and
/// reason, or an error about the whole file. Every CSV import of the portal (plan, directory) returns this.
/// </summary>
public sealed record ImportPreview(IReadOnlyList<ImportAccepted> Accepted, IReadOnlyList<ImportRejection> Rejected, string? FileError = null)
{
    public static ImportPreview Failed(string error) => new([], [], error);

    /// <summary>What the person should know before confirming, by line (a formula imported as its text).</summary>
    public IReadOnlyList<ImportRejection> Notices { get; init; } = [];
    public bool CanConfirm => FileError is null && Accepted.Count > 0;
}
