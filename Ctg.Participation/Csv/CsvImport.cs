using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Spreadsheets;

namespace Ctg.Participation.Csv;

/// <summary>
/// The preview-then-confirm flow every CSV import of a CTG shares (action plan, directory): the file is checked and
/// read, kept server-side with its preview (<see cref="PendingImports"/>), and its valid rows are stored only when the
/// coordinator confirms, all in one transaction, after reading the kept file again. A subclass says which columns it
/// needs and turns the rows into entities with a French reason for each row it rejects.
/// </summary>
public abstract class CsvImport<TRow>(PortalDbContext db, ConventionAccess access, PendingImports pending) : ICsvImport where TRow : class
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
    public async Task<(Guid? PendingId, ImportPreview Preview)> PreviewAsync(int conventionId, Actor actor, string fileName, byte[] bytes, CancellationToken ct = default)
    {
        if (!await access.CanManageAsync(actor.UserId, actor.Roles, conventionId, ct)) return (null, ImportPreview.Failed(Denied));
        if (bytes.Length == 0) return (null, ImportPreview.Failed("Choisissez un fichier CSV ou XLSX."));
        if (bytes.Length > PendingImports.MaxBytes) return (null, ImportPreview.Failed("Le fichier dépasse 2 Mo."));
        string text;
        if (XlsxTableReader.LooksLikeXlsx(bytes)) text = XlsxPrefix + Convert.ToBase64String(bytes); // kept as uploaded: rows keep their sheet numbers
        else if (CsvTable.Decode(bytes, out var encodingError) is { } decoded) text = decoded;
        else return (null, ImportPreview.Failed(encodingError!));
        var (preview, _) = await ReadAsync(conventionId, text, ct);
        if (!preview.CanConfirm) return (null, preview);
        return (await pending.KeepAsync(conventionId, Kind, actor.UserId, fileName, text, ct), preview);
    }

    /// <summary>The preview of a file kept earlier, for the confirmation page.</summary>
    public async Task<ImportPreview?> PendingPreviewAsync(int conventionId, Actor actor, Guid id, CancellationToken ct = default)
    {
        var kept = await pending.FindAsync(id, conventionId, Kind, actor.UserId, ct);
        return kept is null ? null : (await ReadAsync(conventionId, kept.Content, ct)).Preview;
    }

    /// <summary>Imports the valid rows of the kept file in one transaction; returns how many were stored, or a French error.</summary>
    public async Task<(int Imported, string? Error)> ConfirmAsync(int conventionId, Actor actor, Guid id, CancellationToken ct = default)
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

    /// <summary>How an XLSX upload is kept in <see cref="PendingImport.Content"/> (text): its bytes in base64 after this prefix.</summary>
    private const string XlsxPrefix = "xlsx;base64,";

    private async Task<(ImportPreview Preview, List<TRow> Rows)> ReadAsync(int conventionId, string text, CancellationToken ct)
    {
        CsvTable table;
        if (text.StartsWith(XlsxPrefix, StringComparison.Ordinal))
        {
            var (read, error) = XlsxTableReader.Read(Convert.FromBase64String(text[XlsxPrefix.Length..]), MaxRows);
            if (read is null) return (ImportPreview.Failed(error!), []);
            table = read;
        }
        else
        {
            try { table = CsvTable.Parse(text); }
            catch (FormatException e) { return (ImportPreview.Failed(e.Message), []); }
        }
        var missing = RequiredColumns.Where(c => !table.HasColumn(c)).ToList();
        if (missing.Count > 0)
            return (ImportPreview.Failed($"Ligne 1 (en-tête) : colonne(s) manquante(s) : {string.Join(", ", missing)}. Partez du modèle à télécharger."), []);
        if (table.Records.Count > MaxRows)
            return (ImportPreview.Failed($"Ligne {table.Records[MaxRows].Line} : le fichier dépasse {MaxRows:N0} lignes après l'en-tête ({table.Records.Count:N0} lignes) ; découpez-le en plusieurs fichiers."), []);
        var (preview, rows) = await ReadRowsAsync(conventionId, table, ct);
        return (preview with { Notices = FormulaNotices(table) }, rows);
    }

    /// <summary>Cells that hold a formula (or text that looks like one): never evaluated, imported as their text — said before confirming.</summary>
    private static IReadOnlyList<ImportRejection> FormulaNotices(CsvTable table) =>
        table.Records.SelectMany(r => r.Fields.Select((f, i) => (r.Line, Column: i, Field: f.Trim())))
            .Where(x => x.Field.StartsWith('='))
            .Take(50)
            .Select(x => new ImportRejection(x.Line,
                $"colonne « {(x.Column < table.Header.Count ? table.Header[x.Column] : Spreadsheets.XlsxTableWriter.ColumnName(x.Column))} » : la formule « {x.Field} » n'est pas calculée ; son texte est importé tel quel."))
            .ToList();
}

/// <summary>The two steps of a file import, whatever the rows: what the import pages call.</summary>
public interface ICsvImport
{
    /// <summary>Reads and checks the file, keeps it server-side, and returns its preview (and its id when it can be confirmed).</summary>
    Task<(Guid? PendingId, ImportPreview Preview)> PreviewAsync(int conventionId, Actor actor, string fileName, byte[] bytes, CancellationToken ct = default);

    /// <summary>The preview of a kept file, or null when it is not this person's or has expired.</summary>
    Task<ImportPreview?> PendingPreviewAsync(int conventionId, Actor actor, Guid id, CancellationToken ct = default);

    /// <summary>Stores every valid row of the kept file at once; the number stored, or a French error.</summary>
    Task<(int Imported, string? Error)> ConfirmAsync(int conventionId, Actor actor, Guid id, CancellationToken ct = default);
}
