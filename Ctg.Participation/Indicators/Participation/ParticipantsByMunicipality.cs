using Ctg.Participation.Data;
using Ctg.Participation.Initiatives.Indicators;
using Ctg.Participation.Proposals.Indicators;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Indicators.Participation;

/// <summary>
/// Distinct participating residents per commune of one CTG, and per 1,000 inhabitants: one query, the UNION of
/// (account, commune) pairs grouped by commune. A resident who contributed about two communes counts in both. The public
/// view applies statistical secrecy to each line (the count and the rate derived from it).
/// </summary>
public sealed class ParticipantsByMunicipality(PortalDbContext db, StatisticalSecrecy secrecy)
{
    public sealed record Line(string InseeCode, string Name, int Population, int? Participants, string ParticipantsText, decimal? PerThousand, string PerThousandText);

    /// <summary>One commune's raw count of distinct participants.</summary>
    public sealed record CommuneCount(string InseeCode, string Name, int Population, int Participants);

    private static readonly IndicatorDefinition PeopleCount = new("participants-commune", "Habitants ayant participé", "4.1", "", "", IndicatorUnit.Count, CountsPeople: true);

    public async Task<IReadOnlyList<Line>> ComputeAsync(IndicatorScope scope, bool isPublic, CancellationToken ct = default) =>
        Present(await CountAsync(scope, ct), isPublic);

    /// <summary>The raw count of participants per commune (what a snapshot stores; never shown as such to the public).</summary>
    public async Task<IReadOnlyList<CommuneCount>> CountAsync(IndicatorScope scope, CancellationToken ct = default)
    {
        if (scope.ConventionId is not { } convention) return [];
        var (start, end) = (scope.Start, scope.End);
        var proposals = db.Proposals.AsNoTracking().InScope(scope);
        var authors = db.Proposals.AsNoTracking().PublishedDuring(scope).Where(p => p.AuthorId != null)
            .SelectMany(p => p.Municipalities, (p, m) => new { UserId = p.AuthorId!, m.MunicipalityId });
        // From the proposals in scope to their comments and supports (ProposalId indexes), as in ParticipantsQuery.
        var commenters = from p in proposals
                         join c in db.Comments.AsNoTracking() on p.Id equals c.ProposalId
                         where c.AuthorId != null && c.CreatedAt >= start && c.CreatedAt < end
                         from m in p.Municipalities
                         select new { UserId = c.AuthorId!, m.MunicipalityId };
        var supporters = from p in proposals
                         join s in db.Supports.AsNoTracking() on p.Id equals s.ProposalId
                         where s.UserId != null && s.CreatedAt >= start && s.CreatedAt < end
                         from m in p.Municipalities
                         select new { UserId = s.UserId!, m.MunicipalityId };
        var declarants = db.CitizenInitiatives.AsNoTracking().InScope(scope)
            .Where(i => i.AuthorId != null && i.CreatedAt >= start && i.CreatedAt < end)
            .SelectMany(i => i.Municipalities, (i, m) => new { UserId = i.AuthorId!, m.MunicipalityId });

        var counts = await authors.Union(commenters).Union(supporters).Union(declarants)
            .GroupBy(x => x.MunicipalityId)
            .Select(g => new { MunicipalityId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.MunicipalityId, x => x.Count, ct);

        var communes = await db.Municipalities.AsNoTracking()
            .Where(m => m.ConventionId == convention && (scope.MunicipalityId == null || m.Id == scope.MunicipalityId))
            .OrderBy(m => m.Name)
            .Select(m => new { m.Id, m.InseeCode, m.Name, m.Population })
            .ToListAsync(ct);
        return communes.Select(m => new CommuneCount(m.InseeCode, m.Name, m.Population, counts.GetValueOrDefault(m.Id))).ToList();
    }

    /// <summary>Raw counts as shown: a line of 1 to threshold − 1 people reads « moins de 11 » in the public view.</summary>
    public IReadOnlyList<Line> Present(IReadOnlyList<CommuneCount> counts, bool isPublic) => counts.Select(m =>
    {
        var count = m.Participants;
        decimal? rate = m.Population > 0 ? Math.Round(1000m * count / m.Population, 2) : null;
        var hidden = isPublic && secrecy.IsSuppressed(PeopleCount, IndicatorValue.Of(count));
        return hidden
            ? new Line(m.InseeCode, m.Name, m.Population, null, secrecy.SmallCountLabel, null, secrecy.SmallCountLabel)
            : new Line(m.InseeCode, m.Name, m.Population, count, IndicatorFormat.Text(IndicatorUnit.Count, count), rate, IndicatorFormat.Text(IndicatorUnit.PerThousandInhabitants, rate));
    }).ToList();
}
