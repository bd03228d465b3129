using System.Globalization;
using System.Text.Json;
using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Spreadsheets;
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
        var today = PortalTime.Today(clock);
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

    /// <summary>The indicators as a table (open data CSV: `.` decimals; or XLSX/ODS), columns from the Table Schema.</summary>
    public async Task WriteIndicatorsAsync(int? year, ITableWriter table, CancellationToken ct = default)
    {
        await table.WriteHeaderAsync(Columns(OpenDataSchemas.IndicatorSchema(secrecy.Threshold)), ct);
        await foreach (var row in IndicatorRowsAsync(year, ct))
        {
            var f = row.Figure;
            await table.WriteRowAsync(
            [
                TableCell.Of(row.Year), TableCell.Code(row.Ctg), TableCell.Text(row.CtgName), TableCell.Code(f.Definition.Objective), TableCell.Code(f.Definition.Code),
                TableCell.Text(f.Definition.Label), TableCell.Code(IndicatorFormat.UnitCode(f.Definition.Unit)), TableCell.Of(f.Current),
                TableCell.Text(f.CurrentSuppressed ? secrecy.SmallCountLabel : ""), TableCell.Text(f.CurrentDetail),
            ], ct);
        }
    }

    private static IReadOnlyList<TableColumn> Columns(TableSchema schema) =>
        schema.Fields.Select(f => new TableColumn(f.Name, f.Type == "string" ? 24 : 12)).ToList();

    public async Task WriteIndicatorsJsonAsync(int? year, Stream stream, CancellationToken ct = default)
    {
        await using var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = false });
        json.WriteStartObject();
        json.WriteString("schema", "/donnees-ouvertes/schemas/indicateurs.json");
        json.WriteString("licence", TableSchema.LicenceTitle);
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

    /// <summary>The contributions as a table (open data CSV: ISO dates; or XLSX/ODS); INSEE codes stay text.</summary>
    public async Task WriteContributionsAsync(ITableWriter table, CancellationToken ct = default)
    {
        await table.WriteHeaderAsync(Columns(OpenDataSchemas.ContributionSchema), ct);
        await foreach (var c in ContributionsAsync(ct))
        {
            await table.WriteRowAsync(
            [
                TableCell.Code(c.Type), TableCell.Of(c.Id), TableCell.Text(c.Title), TableCell.Code(c.Ctg), TableCell.Text(c.CtgName),
                TableCell.Code(string.Join('|', c.Communes)), TableCell.Text(string.Join('|', c.CommuneNames)), TableCell.Text(string.Join('|', c.Axes)),
                TableCell.Text(c.Status), TableCell.Of(c.Supports), TableCell.Of(ParisDay(c.PublishedAt)), TableCell.Code(c.Url),
            ], ct);
        }
    }

    /// <summary>The civil day in Paris of an instant: a proposal published at 00:30 in Paris is of that day, not the UTC one before.</summary>
    public static DateOnly ParisDay(DateTimeOffset at) => PortalTime.DayOf(at);

    public async Task WriteContributionsJsonAsync(Stream stream, CancellationToken ct = default)
    {
        await using var json = new Utf8JsonWriter(stream);
        json.WriteStartObject();
        json.WriteString("schema", "/donnees-ouvertes/schemas/contributions.json");
        json.WriteString("licence", TableSchema.LicenceTitle);
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
            json.WriteString("date_publication", ParisDay(c.PublishedAt).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
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
}
