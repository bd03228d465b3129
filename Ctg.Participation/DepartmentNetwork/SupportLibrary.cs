using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// The network's library of shared supports: sharing one (checked by <see cref="SupportFileCheck"/>, nothing stored
/// unless everything is right), listing them with filters, and opening one for download. A coordinator shares for one
/// of their own CTGs; the Caf (advisors, administrators) for any CTG or for the whole department.
/// </summary>
public sealed class SupportLibrary(PortalDbContext db, TimeProvider clock)
{
    public const int TitleMin = 5, TitleMax = 200;

    public sealed record Upload(string? Title, SupportKind? Kind, int? OriginConventionId, IReadOnlyList<string> Axes, string? FileName, Stream? Content, long Length);

    public sealed record Outcome(int? Id, FieldErrors Errors);

    public sealed record Filter(SupportKind? Kind = null, string? Axis = null, int? ConventionId = null);

    public sealed record Item(int Id, string Title, SupportKind Kind, string? OriginName, IReadOnlyList<string> Axes, string FileName, SupportFileType FileType,
        long FileSize, string UploadedByName, DateTimeOffset CreatedAt);

    public sealed record Download(byte[] Content, string ContentType, string FileName);

    /// <summary>The CTGs this person may name as origin: their own for a coordinator, every one for the Caf.</summary>
    public async Task<IReadOnlyList<(int Id, string Name)>> OriginChoicesAsync(NetworkActor actor, CancellationToken ct = default)
    {
        var query = db.Conventions.AsNoTracking();
        if (!actor.IsOrganiser) query = query.Where(c => db.CoordinatorAssignments.Any(a => a.ConventionId == c.Id && a.UserId == actor.UserId));
        return (await query.OrderBy(c => c.Name).Select(c => new { c.Id, c.Name }).ToListAsync(ct)).Select(c => (c.Id, c.Name)).ToList();
    }

    /// <summary>The department's axis names (every CTG has its own axes, mostly with the same names).</summary>
    public async Task<IReadOnlyList<string>> AxisNamesAsync(CancellationToken ct = default) =>
        await db.Axes.AsNoTracking().Select(a => a.Name).Distinct().OrderBy(n => n).ToListAsync(ct);

    public async Task<Outcome> ShareAsync(NetworkActor actor, Upload upload, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!actor.IsMember) { errors[""] = "Seuls les chargés de coopération et la Caf partagent des supports du réseau."; return new(null, errors); }

        var title = PortalText.PlainText(upload.Title);
        if (title.Length is < TitleMin or > TitleMax) errors[nameof(Upload.Title)] = $"Le titre doit compter entre {TitleMin} et {TitleMax} caractères.";
        if (upload.Kind is not { } kind || !Enum.IsDefined(kind)) errors[nameof(Upload.Kind)] = "Choisissez le type de support.";

        var origins = await OriginChoicesAsync(actor, ct);
        if (upload.OriginConventionId is { } origin)
        {
            if (origins.All(o => o.Id != origin)) errors[nameof(Upload.OriginConventionId)] = actor.IsOrganiser ? "Choisissez une CTG de la liste." : "Choisissez une de vos CTG.";
        }
        else if (!actor.IsOrganiser)
        {
            errors[nameof(Upload.OriginConventionId)] = "Choisissez la CTG dont vient ce support.";
        }

        var known = await AxisNamesAsync(ct);
        var axes = upload.Axes.Select(a => a.Trim()).Where(a => a.Length > 0).Distinct().ToList();
        if (axes.Any(a => !known.Contains(a))) errors[nameof(Upload.Axes)] = "Choisissez les axes dans la liste.";

        SupportFileType? type = null;
        byte[]? bytes = null;
        if (upload.Content is null || string.IsNullOrEmpty(upload.FileName)) errors["File"] = $"Joignez le fichier du support ({SupportFileCheck.AcceptedList}, 20 Mo au plus).";
        else if (upload.Length > SupportFileCheck.MaxBytes) errors["File"] = "Le fichier dépasse 20 Mo. Choisissez un fichier plus léger.";
        else
        {
            bytes = await ReadAtMostAsync(upload.Content, SupportFileCheck.MaxBytes + 1, ct);
            var check = SupportFileCheck.Check(upload.FileName, bytes);
            if (check.Type is null) errors["File"] = check.Error!;
            type = check.Type;
        }
        if (errors.Any) return new(null, errors);

        var uploader = await db.Users.Where(u => u.Id == actor.UserId).Select(u => u.DisplayName).FirstOrDefaultAsync(ct) ?? "";
        var support = new SharedSupport
        {
            Title = title, Kind = upload.Kind!.Value, OriginConventionId = upload.OriginConventionId,
            Axes = axes.Count == 0 ? "" : SharedSupport.AxisSeparator + string.Join(SharedSupport.AxisSeparator, axes) + SharedSupport.AxisSeparator,
            FileName = SupportFileCheck.CleanFileName(upload.FileName, type!.Value), FileType = type.Value, FileSize = bytes!.Length,
            UploadedById = actor.UserId, UploadedByName = uploader, CreatedAt = clock.GetUtcNow(),
        };
        db.SharedSupports.Add(support);
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await db.SaveChangesAsync(ct);
        db.SharedSupportFiles.Add(new SharedSupportFile { SupportId = support.Id, Content = bytes });
        await db.SaveChangesAsync(ct);
        await transaction.CommitAsync(ct);
        return new(support.Id, errors);
    }

    private static async Task<byte[]> ReadAtMostAsync(Stream stream, long limit, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length >= limit) break;
        }
        return buffer.ToArray();
    }

    public async Task<IReadOnlyList<Item>> ListAsync(Filter filter, CancellationToken ct = default)
    {
        var query = db.SharedSupports.AsNoTracking();
        if (filter.Kind is { } kind) query = query.Where(s => s.Kind == kind);
        if (filter.ConventionId is { } c) query = query.Where(s => s.OriginConventionId == c);
        if (!string.IsNullOrWhiteSpace(filter.Axis))
        {
            var token = SharedSupport.AxisSeparator + filter.Axis.Trim() + SharedSupport.AxisSeparator;
            query = query.Where(s => s.Axes.Contains(token));
        }
        var rows = await query.OrderByDescending(s => s.CreatedAt).ThenByDescending(s => s.Id).Take(500)
            .Select(s => new { s.Id, s.Title, s.Kind, Origin = s.OriginConvention == null ? null : s.OriginConvention.Name, s.Axes, s.FileName, s.FileType, s.FileSize, s.UploadedByName, s.CreatedAt })
            .ToListAsync(ct);
        return rows.Select(s => new Item(s.Id, s.Title, s.Kind, s.Origin, s.Axes.Split(SharedSupport.AxisSeparator, StringSplitOptions.RemoveEmptyEntries),
            s.FileName, s.FileType, s.FileSize, s.UploadedByName, s.CreatedAt)).ToList();
    }

    public async Task<Download?> OpenAsync(int id, CancellationToken ct = default)
    {
        var support = await db.SharedSupports.AsNoTracking().Where(s => s.Id == id).Select(s => new { s.FileName, s.FileType }).FirstOrDefaultAsync(ct);
        if (support is null) return null;
        var content = await db.SharedSupportFiles.AsNoTracking().Where(f => f.SupportId == id).Select(f => f.Content).FirstOrDefaultAsync(ct);
        return content is null ? null : new Download(content, SupportFileCheck.ContentType(support.FileType), support.FileName);
    }
}
