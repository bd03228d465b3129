using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;

namespace Ctg.Participation.Indicators;

/// <summary>
/// Turns what a visitor typed in the filters (a CTG slug, two dates, an axis slug, a commune INSEE code) into an
/// <see cref="IndicatorScope"/>, or into French messages by field. With any message there is no scope at all, so
/// nothing is computed on half-understood filters. The CTGs, axes and communes come from the territory kept in memory
/// (<see cref="TerritoryCatalogue"/>): every dashboard request needs them.
/// </summary>
public sealed class IndicatorScopes(PortalDbContext db, TimeProvider clock, TerritoryCatalogue? territory = null)
{
    private readonly TerritoryCatalogue _territory = territory ?? new TerritoryCatalogue(clock);

    public sealed record Filter(string? Ctg, string? Du, string? Au, string? Axe, string? Commune);

    public sealed record Option(string Value, string Label);

    /// <summary>The CTG chosen, by id, slug and name; null for the whole department.</summary>
    public sealed record ConventionChoice(int Id, string Slug, string Name);

    public sealed record Resolution(
        IndicatorScope? Scope,
        IReadOnlyDictionary<string, string> Errors,
        ConventionChoice? Convention,
        DateOnly From,
        DateOnly To,
        IReadOnlyList<Option> Conventions,
        IReadOnlyList<Option> Axes,
        IReadOnlyList<Option> Municipalities)
    {
        public bool IsValid => Scope is not null;
    }

    /// <summary>Field names of <see cref="Resolution.Errors"/>: the names of the query-string parameters.</summary>
    public static class Fields
    {
        public const string Ctg = "ctg";
        public const string Du = "du";
        public const string Au = "au";
        public const string Axe = "axe";
        public const string Commune = "commune";
    }

    /// <summary>The default period: the current calendar year up to today.</summary>
    public (DateOnly From, DateOnly To) DefaultPeriod()
    {
        var today = PortalTime.Today(clock);
        return (new DateOnly(today.Year, 1, 1), today);
    }

    /// <summary>
    /// Resolves the filter. <paramref name="fixedConventionId"/> pins the CTG (the back-office of one CTG), in which
    /// case the "ctg" parameter is ignored.
    /// </summary>
    public async Task<Resolution> ResolveAsync(Filter filter, int? fixedConventionId = null, CancellationToken ct = default)
    {
        var errors = new Dictionary<string, string>();
        var known = await _territory.GetAsync(db, ct);
        var conventions = known.Conventions.Select(c => new ConventionChoice(c.Id, c.Slug, c.Name)).ToList();

        ConventionChoice? convention = null;
        if (fixedConventionId is { } pinned)
        {
            convention = conventions.FirstOrDefault(c => c.Id == pinned);
        }
        else if (!string.IsNullOrWhiteSpace(filter.Ctg))
        {
            convention = conventions.FirstOrDefault(c => c.Slug == filter.Ctg.Trim());
            if (convention is null) errors[Fields.Ctg] = "Cette CTG n'existe pas. Choisissez une CTG de la liste.";
        }

        var (defaultFrom, defaultTo) = DefaultPeriod();
        var from = ParseDate(filter.Du, defaultFrom, Fields.Du, "de début", errors);
        var to = ParseDate(filter.Au, defaultTo, Fields.Au, "de fin", errors);
        if (!errors.ContainsKey(Fields.Du) && !errors.ContainsKey(Fields.Au))
        {
            if (to < from) errors[Fields.Au] = "La date de fin doit être postérieure ou égale à la date de début.";
            else if (to.DayNumber - from.DayNumber > 366 * 10) errors[Fields.Au] = "Choisissez une période de dix ans au plus.";
        }

        var axes = convention is null ? [] : known.AxesOf(convention.Id).ToList();
        var communes = (convention is null ? known.Municipalities : known.MunicipalitiesOf(convention.Id)).ToList();

        int? axisId = null;
        if (!string.IsNullOrWhiteSpace(filter.Axe))
        {
            if (convention is null)
            {
                if (!errors.ContainsKey(Fields.Ctg)) errors[Fields.Axe] = "Les axes sont propres à chaque CTG : choisissez d'abord une CTG.";
            }
            else if (axes.FirstOrDefault(a => a.Slug == filter.Axe.Trim()) is { } axis) axisId = axis.Id;
            else errors[Fields.Axe] = $"Cet axe n'est pas un axe de la CTG {convention.Name}.";
        }

        int? municipalityId = null;
        if (!string.IsNullOrWhiteSpace(filter.Commune) && !errors.ContainsKey(Fields.Ctg))
        {
            if (communes.FirstOrDefault(m => m.InseeCode == filter.Commune.Trim()) is { } commune) municipalityId = commune.Id;
            else errors[Fields.Commune] = convention is null
                ? "Cette commune n'est pas couverte par une CTG du département."
                : $"Cette commune n'est pas couverte par la CTG {convention.Name}.";
        }

        var scope = errors.Count == 0 && (fixedConventionId is null || convention is not null)
            ? new IndicatorScope(convention?.Id, from, to, axisId, municipalityId)
            : null;
        return new Resolution(scope, errors, convention, from, to,
            conventions.Select(c => new Option(c.Slug, c.Name)).ToList(),
            axes.Select(a => new Option(a.Slug, a.Name)).ToList(),
            communes.Select(m => new Option(m.InseeCode, m.Name)).ToList());
    }

    private static DateOnly ParseDate(string? text, DateOnly fallback, string field, string which, Dictionary<string, string> errors)
    {
        if (string.IsNullOrWhiteSpace(text)) return fallback;
        if (DateOnly.TryParseExact(text.Trim(), ["yyyy-MM-dd", "dd/MM/yyyy"], System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var date)
            && date.Year is >= 2000 and <= 2100)
        {
            return date;
        }
        errors[field] = $"La date {which} n'est pas valide : saisissez une date au format jj/mm/aaaa.";
        return fallback;
    }
}
