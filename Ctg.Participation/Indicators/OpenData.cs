using System.Globalization;
using System.Text.Json;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Indicators;

/// <summary>
/// The open data files: the indicators by CTG and year (public view, statistical secrecy applied) and the public
/// contributions (published, visible proposals and validated initiatives) without any personal data: no author, no
/// contact, no free text but the title. Written as they are read, in keyset batches, so memory does not grow with
/// the department.
/// </summary>
public sealed class OpenData(PortalDbContext db, IndicatorReport report, StatisticalSecrecy secrecy, TimeProvider clock)
{
    public const int BatchSize = 500;

    /// <summary>Department-wide rows carry this CTG code.</summary>
    public const string DepartmentCode = "departement";

    public sealed record IndicatorRow(int Year, string Ctg, string CtgName, IndicatorReport.Figure Figure);

    public sealed record Contribution(string Type, int Id, string Title, string Ctg, string CtgName, IReadOnlyList<string> Communes,
        IReadOnlyList<string> CommuneNames, IReadOnlyList<string> Axes, string Status, int? Supports, DateTimeOffset PublishedAt, string Url);

    /// <summary>The years the indicator file covers: from the earliest CTG period start (at most six years back) to this year.</summary>
    public async Task<IReadOnlyList<int>> YearsAsync(CancellationToken ct = default)
    {
        var thisYear = clock.GetUtcNow().Year;
        var first = await db.Conventions.Select(c => (DateOnly?)c.PeriodStart).MinAsync(ct);
        var from = Math.Clamp(first?.Year ?? thisYear, thisYear - 5, thisYear);
        return Enumerable.Range(from, thisYear - from + 1).ToList();
    }

    /// <summary>Indicators for each year, for each CTG then for the department; public figures only.</summary>
    public async IAsyncEnumerable<IndicatorRow> IndicatorRowsAsync(int? year, [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var conventions = await db.Conventions.AsNoTracking().OrderBy(c => c.Name).Select(c => new { c.Id, c.Slug, c.Name }).ToListAsync(ct);
        var years = year is { } y ? [y] : await YearsAsync(ct);
        var today = DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);
        foreach (var each in years)
        {
            var from = new DateOnly(each, 1, 1);
            var to = each == today.Year ? today : new DateOnly(each, 12, 31);
            foreach (var convention in conventions)
            {
                foreach (var figure in await report.ComputeCurrentAsync(new IndicatorScope(convention.Id, from, to), isPublic: true, ct))
                {
                    yield return new IndicatorRow(each, convention.Slug, convention.Name, figure);
                }
            }
            foreach (var figure in await report.ComputeCurrentAsync(new IndicatorScope(null, from, to), isPublic: true, ct))
            {
                yield return new IndicatorRow(each, DepartmentCode, "Ensemble du département", figure);
            }
        }
    }

    public async Task WriteIndicatorsCsvAsync(int? year, TextWriter writer, CancellationToken ct = default)
    {
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync("annee;ctg;ctg_nom;objectif;code;libelle;unite;valeur;secret_statistique;detail".AsMemory(), ct);
        await foreach (var row in IndicatorRowsAsync(year, ct))
        {
            var f = row.Figure;
            var cells = new[]
            {
                row.Year.ToString(CultureInfo.InvariantCulture), row.Ctg, row.CtgName, f.Definition.Objective, f.Definition.Code,
                f.Definition.Label, IndicatorFormat.UnitCode(f.Definition.Unit), IndicatorFormat.Invariant(f.Current),
                f.CurrentSuppressed ? secrecy.SmallCountLabel : "", f.CurrentDetail ?? "",
            };
            await writer.WriteLineAsync(string.Join(';', cells.Select(Cell)).AsMemory(), ct);
            await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    public async Task WriteIndicatorsJsonAsync(int? year, Stream stream, CancellationToken ct = default)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("schema", "/donnees-ouvertes#indicateurs");
        json.WriteNumber("seuil_secret_statistique", secrecy.Threshold);
        json.WriteStartArray("indicateurs");
        await foreach (var row in IndicatorRowsAsync(year, ct))
        {
            var f = row.Figure;
            json.WriteStartObject();
            json.WriteNumber("annee", row.Year);
            json.WriteString("ctg", row.Ctg);
            json.WriteString("ctg_nom", row.CtgName);
            json.WriteString("objectif", f.Definition.Objective);
            json.WriteString("code", f.Definition.Code);
            json.WriteString("libelle", f.Definition.Label);
            json.WriteString("unite", IndicatorFormat.UnitCode(f.Definition.Unit));
            if (f.Current is { } value) json.WriteNumber("valeur", value); else json.WriteNull("valeur");
            if (f.CurrentSuppressed) json.WriteString("secret_statistique", secrecy.SmallCountLabel); else json.WriteNull("secret_statistique");
            if (f.CurrentDetail is { } detail) json.WriteString("detail", detail); else json.WriteNull("detail");
            json.WriteEndObject();
            await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    /// <summary>Published, visible, not withdrawn proposals, then validated initiatives, each by ascending id (keyset).</summary>
    public async IAsyncEnumerable<Contribution> ContributionsAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken ct = default)
    {
        var last = 0;
        while (true)
        {
            var after = last;
            var batch = await db.Proposals.AsNoTracking()
                .Where(p => p.PublishedAt != null && p.WithdrawnAt == null && p.Moderation == ModerationState.Visible && p.Id > after)
                .OrderBy(p => p.Id).Take(BatchSize)
                .Select(p => new
                {
                    p.Id, p.Title, Ctg = p.Convention!.Slug, CtgName = p.Convention.Name, p.Status, p.SupportCount, PublishedAt = p.PublishedAt!.Value,
                    Communes = p.Municipalities.OrderBy(m => m.Municipality!.Name).Select(m => new { m.Municipality!.InseeCode, m.Municipality.Name }).ToList(),
                    Axes = p.Axes.OrderBy(a => a.Axis!.Position).Select(a => a.Axis!.Name).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(ct);
            foreach (var p in batch)
            {
                yield return new Contribution("proposition", p.Id, p.Title, p.Ctg, p.CtgName, p.Communes.Select(c => c.InseeCode).ToList(),
                    p.Communes.Select(c => c.Name).ToList(), p.Axes, ProposalStatuses.Label(p.Status), p.SupportCount, p.PublishedAt, $"/propositions/{p.Id}");
            }
            if (batch.Count < BatchSize) break;
            last = batch[^1].Id;
        }

        last = 0;
        while (true)
        {
            var after = last;
            var batch = await db.CitizenInitiatives.AsNoTracking()
                .Where(i => i.Status == InitiativeStatus.Validated && i.Id > after)
                .OrderBy(i => i.Id).Take(BatchSize)
                .Select(i => new
                {
                    i.Id, i.Name, Ctg = i.Convention!.Slug, CtgName = i.Convention.Name, Axis = i.Axis!.Name, i.ReviewedAt, i.CreatedAt,
                    Communes = i.Municipalities.OrderBy(m => m.Municipality!.Name).Select(m => new { m.Municipality!.InseeCode, m.Municipality.Name }).ToList(),
                })
                .AsSplitQuery()
                .ToListAsync(ct);
            foreach (var i in batch)
            {
                yield return new Contribution("initiative", i.Id, i.Name, i.Ctg, i.CtgName, i.Communes.Select(c => c.InseeCode).ToList(),
                    i.Communes.Select(c => c.Name).ToList(), [i.Axis], InitiativeLabels.Status(InitiativeStatus.Validated), null, i.ReviewedAt ?? i.CreatedAt, $"/initiatives/{i.Id}");
            }
            if (batch.Count < BatchSize) break;
            last = batch[^1].Id;
        }
    }

    public async Task WriteContributionsCsvAsync(TextWriter writer, CancellationToken ct = default)
    {
        writer.NewLine = "\r\n";
        await writer.WriteLineAsync("type;id;titre;ctg;ctg_nom;communes_insee;communes;axes;statut;soutiens;date_publication;url".AsMemory(), ct);
        var written = 0;
        await foreach (var c in ContributionsAsync(ct))
        {
            var cells = new[]
            {
                c.Type, c.Id.ToString(CultureInfo.InvariantCulture), c.Title, c.Ctg, c.CtgName, string.Join('|', c.Communes),
                string.Join('|', c.CommuneNames), string.Join('|', c.Axes), c.Status, c.Supports?.ToString(CultureInfo.InvariantCulture) ?? "",
                c.PublishedAt.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), c.Url,
            };
            await writer.WriteLineAsync(string.Join(';', cells.Select(Cell)).AsMemory(), ct);
            if (++written % 100 == 0) await writer.FlushAsync(ct);
        }
        await writer.FlushAsync(ct);
    }

    public async Task WriteContributionsJsonAsync(Stream stream, CancellationToken ct = default)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("schema", "/donnees-ouvertes#contributions");
        json.WriteStartArray("contributions");
        var written = 0;
        await foreach (var c in ContributionsAsync(ct))
        {
            json.WriteStartObject();
            json.WriteString("type", c.Type);
            json.WriteNumber("id", c.Id);
            json.WriteString("titre", c.Title);
            json.WriteString("ctg", c.Ctg);
            json.WriteString("ctg_nom", c.CtgName);
            WriteArray(json, "communes_insee", c.Communes);
            WriteArray(json, "communes", c.CommuneNames);
            WriteArray(json, "axes", c.Axes);
            json.WriteString("statut", c.Status);
            if (c.Supports is { } s) json.WriteNumber("soutiens", s); else json.WriteNull("soutiens");
            json.WriteString("date_publication", c.PublishedAt.ToOffset(TimeSpan.Zero).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
            json.WriteString("url", c.Url);
            json.WriteEndObject();
            if (++written % 100 == 0) await json.FlushAsync(ct);
        }
        json.WriteEndArray();
        json.WriteEndObject();
        await json.FlushAsync(ct);
    }

    private static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (var v in values) json.WriteStringValue(v);
        json.WriteEndArray();
    }

    /// <summary>Quoted when needed; a leading = + - @ is neutralised so a spreadsheet never runs it as a formula.</summary>
    public static string Cell(string value)
    {
        if (value.Length > 0 && "=+-@\t\r".Contains(value[0])) value = "'" + value;
        return value.IndexOfAny([';', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"") + "\"" : value;
    }
}
