using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;

namespace Ctg.Participation.Csv;

/// <summary>
/// The preview-then-confirm flow every CSV import of a CTG shares (action plan, directory): the file is checked and
/// read, kept server-side with its preview (<see cref="PendingImports"/>), and its valid rows are stored only when the
/// coordinator confirms, all in one transaction, after reading the kept file again. A subclass says which columns it
/// needs and turns the rows into entities with a French reason for each row it rejects.
/// </summary>
public abstract class CsvImport<TRow>(PortalDbContext db, ConventionAccess access, PendingImports pending) where TRow : class
{
    public const int MaxRows = 2_000;

    protected PortalDbContext Db { get; } = db;

    /// <summary>The kind under which the file is kept (<see cref="PendingImports"/> constants).</summary>
    protected abstract string Kind { get; }

    /// <summary>The French message for a person who may not import into this CTG.</summary>
    protected abstract string Denied { get; }

    protected abstract IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>Reads the rows of a parsed file: the preview (accepted and rejected rows) and the entities to store.</summary>
    protected abstract Task<(ImportPreview Preview, List<TRow> Rows)> ReadRowsAsync(int conventionId, CsvTable table, CancellationToken ct);

    /// <summary>Reads an upload, keeps it server-side and returns its preview with the id to confirm it.</summary>
    public async Task<(Guid? PendingId, ImportPreview Preview)> PreviewAsync(int conventionId, ProposalAnswers.Actor actor, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return (null, ImportPreview.Failed(Denied));
        if (bytes.Length == 0) return (null, ImportPreview.Failed("Choisissez un fichier CSV."));
        if (bytes.Length > PendingImports.MaxBytes) return (null, ImportPreview.Failed("Le fichier dépasse 2 Mo."));
        var text = CsvTable.Decode(bytes);
        if (text is null) return (null, ImportPreview.Failed("Le fichier n'est pas encodé en UTF-8 : enregistrez-le en « CSV UTF-8 »."));
        var (preview, _) = await ReadAsync(conventionId, text, ct);
        if (!preview.CanConfirm) return (null, preview);
        return (await pending.KeepAsync(conventionId, Kind, actor.UserId, fileName, text, ct), preview);
    }

    /// <summary>The preview of a file kept earlier, for the confirmation page.</summary>
    public async Task<ImportPreview?> PendingPreviewAsync(int conventionId, ProposalAnswers.Actor actor, Guid id, CancellationToken ct = default)
    {
        var kept = await pending.FindAsync(id, conventionId, Kind, actor.UserId, ct);
        return kept is null ? null : (await ReadAsync(conventionId, kept.Content, ct)).Preview;
    }

    /// <summary>Imports the valid rows of the kept file in one transaction; returns how many were stored, or a French error.</summary>
    public async Task<(int Imported, string? Error)> ConfirmAsync(int conventionId, ProposalAnswers.Actor actor, Guid id, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return (0, Denied);
        var kept = await pending.FindAsync(id, conventionId, Kind, actor.UserId, ct);
        if (kept is null) return (0, "Cet import a expiré ou a déjà été confirmé : déposez le fichier à nouveau.");
        await using var transaction = await Db.Database.BeginTransactionAsync(ct);
        // Read again inside the transaction: a row that became invalid since the preview is rejected, not duplicated.
        var (preview, rows) = await ReadAsync(conventionId, kept.Content, ct);
        if (!preview.CanConfirm) return (0, preview.FileError ?? "Aucune ligne valide à importer.");
        Db.Set<TRow>().AddRange(rows);
        Db.PendingImports.Remove(kept);
        await Db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return (rows.Count, null);
    }

    private async Task<(ImportPreview Preview, List<TRow> Rows)> ReadAsync(int conventionId, string text, CancellationToken ct)
    {
        CsvTable table;
        try { table = CsvTable.Parse(text); }
        catch (FormatException e) { return (ImportPreview.Failed(e.Message), []); }
        var missing = RequiredColumns.Where(c => !table.HasColumn(c)).ToList();
        if (missing.Count > 0)
            return (ImportPreview.Failed($"Colonne(s) manquante(s) dans la ligne d'en-tête : {string.Join(", ", missing)}. Partez du modèle à télécharger."), []);
        if (table.Records.Count > MaxRows) return (ImportPreview.Failed($"Le fichier dépasse {MaxRows:N0} lignes."), []);
        return await ReadRowsAsync(conventionId, table, ct);
    }
}
