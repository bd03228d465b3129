using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Initiatives;
using Ctg.Participation.Proposals;
using Ctg.Participation.Routing;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Tests.Indicators;

/// <summary>
/// Hand-made data on top of the demo department (which has CTGs, communes, axes and groups but no contribution):
/// the CTG under test is Alpes d'Azur, the period is the first half of 2026, and every helper says exactly what it adds.
/// </summary>
public sealed class IndicatorData(PortalDbContext db)
{
    public static readonly DateOnly From = new(2026, 1, 1);
    public static readonly DateOnly To = new(2026, 6, 30);
    public static readonly DateTimeOffset InPeriod = new(2026, 3, 1, 10, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset BeforePeriod = new(2025, 12, 31, 23, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset AfterPeriod = new(2026, 7, 1, 0, 0, 0, TimeSpan.Zero);

    public int Ctg { get; private set; }
    public int OtherCtg { get; private set; }
    public int Parenting { get; private set; }
    public int YouthAxis { get; private set; }
    public int PugetTheniers { get; private set; }
    public int Beuil { get; private set; }
    public int Group { get; private set; }
    public int Network { get; private set; }
    public int NetworkAxis { get; private set; }

    public IndicatorScope Scope => new(Ctg, From, To);

    public static async Task<IndicatorData> LoadAsync(PortalDbContext db)
    {
        var data = new IndicatorData(db);
        data.Ctg = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).SingleAsync();
        data.OtherCtg = await db.Conventions.Where(c => c.Slug == "pays-de-grasse").Select(c => c.Id).SingleAsync();
        data.Parenting = await db.Axes.Where(a => a.ConventionId == data.Ctg && a.Slug == "parentalite").Select(a => a.Id).SingleAsync();
        data.YouthAxis = await db.Axes.Where(a => a.ConventionId == data.Ctg && a.Slug == "enfance-jeunesse").Select(a => a.Id).SingleAsync();
        data.PugetTheniers = await db.Municipalities.Where(m => m.InseeCode == "06099").Select(m => m.Id).SingleAsync();
        data.Beuil = await db.Municipalities.Where(m => m.InseeCode == "06016").Select(m => m.Id).SingleAsync();
        data.Group = await db.WorkingGroups.Where(g => g.ConventionId == data.Ctg).Select(g => g.Id).FirstAsync();
        var network = await db.ThematicNetworks.Where(n => n.ConventionId == data.Ctg && n.AxisId != null).Select(n => new { n.Id, n.AxisId }).FirstAsync();
        (data.Network, data.NetworkAxis) = (network.Id, network.AxisId!.Value);
        return data;
    }

    public async Task<string> UserAsync(string name)
    {
        var user = new PortalUser
        {
            Id = Guid.NewGuid().ToString(), UserName = $"{name}-{Guid.NewGuid():N}@test.example", Email = $"{name}-{Guid.NewGuid():N}@test.example",
            DisplayName = name, CreatedAt = InPeriod, LastSeenAt = InPeriod,
        };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user.Id;
    }

    public async Task<Proposal> ProposalAsync(DateTimeOffset? publishedAt, ProposalStatus status = ProposalStatus.Deposee, string? author = null,
        int? ctg = null, int? axis = null, int? commune = null, bool withdrawn = false)
    {
        var conventionId = ctg ?? Ctg;
        var proposal = new Proposal
        {
            ConventionId = conventionId, AuthorId = author, IsAssisted = author is null, Title = "Proposition", BodyHtml = "<p>Texte</p>",
            SubmissionKey = Guid.NewGuid(), Status = status, CreatedAt = publishedAt ?? InPeriod, PublishedAt = publishedAt,
            WithdrawnAt = withdrawn ? publishedAt : null,
        };
        proposal.Axes.Add(new ProposalAxis { AxisId = axis ?? (conventionId == Ctg ? Parenting : await db.Axes.Where(a => a.ConventionId == conventionId).Select(a => a.Id).FirstAsync()) });
        proposal.Municipalities.Add(new ProposalMunicipality { MunicipalityId = commune ?? (conventionId == Ctg ? PugetTheniers : await db.Municipalities.Where(m => m.ConventionId == conventionId).Select(m => m.Id).FirstAsync()) });
        db.Proposals.Add(proposal);
        await db.SaveChangesAsync();
        return proposal;
    }

    /// <summary>The decision (kept or not) taken <paramref name="days"/> after publication.</summary>
    public async Task DecideAsync(Proposal proposal, double days, ProposalStatus decision = ProposalStatus.Retenue)
    {
        db.ProposalStatusChanges.Add(new ProposalStatusChange { ProposalId = proposal.Id, From = ProposalStatus.AEtude, To = decision, Answer = "Réponse", ChangedAt = proposal.PublishedAt!.Value.AddDays(days) });
        proposal.Status = decision;
        await db.SaveChangesAsync();
    }

    public async Task CommentAsync(Proposal proposal, string author, DateTimeOffset at)
    {
        db.Comments.Add(new Comment { ProposalId = proposal.Id, AuthorId = author, BodyHtml = "<p>Oui</p>", CreatedAt = at });
        await db.SaveChangesAsync();
    }

    public async Task SupportAsync(Proposal proposal, string user, DateTimeOffset at)
    {
        db.Supports.Add(new Ctg.Participation.Proposals.Support { ProposalId = proposal.Id, UserId = user, CreatedAt = at });
        await db.SaveChangesAsync();
    }

    public async Task<CitizenInitiative> InitiativeAsync(DateTimeOffset createdAt, InitiativeStatus status, string? author = null, DateTimeOffset? reviewedAt = null,
        int? ctg = null, int? axis = null, int? commune = null)
    {
        var conventionId = ctg ?? Ctg;
        var initiative = new CitizenInitiative
        {
            ConventionId = conventionId, AuthorId = author, Name = "Initiative", DescriptionHtml = "<p>Texte</p>", CarrierName = "Association",
            AxisId = axis ?? (conventionId == Ctg ? Parenting : await db.Axes.Where(a => a.ConventionId == conventionId).Select(a => a.Id).FirstAsync()),
            Contact = "contact@example.org", Status = status, CreatedAt = createdAt, ReviewedAt = status == InitiativeStatus.AwaitingReview ? null : reviewedAt ?? createdAt,
        };
        initiative.Municipalities.Add(new InitiativeMunicipality { MunicipalityId = commune ?? (conventionId == Ctg ? PugetTheniers : await db.Municipalities.Where(m => m.ConventionId == conventionId).Select(m => m.Id).FirstAsync()) });
        db.CitizenInitiatives.Add(initiative);
        await db.SaveChangesAsync();
        return initiative;
    }

    /// <summary>Routes a contribution to the CTG's first working group; answered at <paramref name="answeredAt"/> if given.</summary>
    public async Task RouteAsync(ContributionKind kind, int id, DateTimeOffset routedAt, DateTimeOffset? answeredAt = null, int? ctg = null)
    {
        var conventionId = ctg ?? Ctg;
        // Routing an item again goes to another group of the CTG: one open routing per item and group (unique index).
        var group = await db.WorkingGroups.Where(g => g.ConventionId == conventionId
                && !db.Routings.Any(r => r.WorkingGroupId == g.Id && r.ContributionKind == kind && r.ContributionId == id))
            .OrderBy(g => g.Id != Group).ThenBy(g => g.Id).Select(g => g.Id).FirstAsync();
        var routing = new Ctg.Participation.Routing.Routing
        {
            ConventionId = conventionId, ContributionKind = kind, ContributionId = id, WorkingGroupId = group, RoutedAt = routedAt,
            Status = answeredAt is null ? RoutingStatus.Routed : RoutingStatus.Answered, Answer = answeredAt is null ? null : "Réponse",
        };
        routing.Events.Add(new RoutingEvent { Step = RoutingStep.Routed, At = routedAt });
        if (answeredAt is { } at) routing.Events.Add(new RoutingEvent { Step = RoutingStep.Answered, At = at, Text = "Réponse" });
        db.Routings.Add(routing);
        await db.SaveChangesAsync();
    }

    public async Task AlertAsync(DateTimeOffset raisedAt, DateTimeOffset? closedAt = null, int? ctg = null)
    {
        db.CopilAlerts.Add(new CopilAlert { ConventionId = ctg ?? Ctg, Subject = "Blocage", Reason = "Raison", RaisedAt = raisedAt, ClosedAt = closedAt, Resolution = closedAt is null ? null : "Suite" });
        await db.SaveChangesAsync();
    }

    public async Task<int> WallAsync(int? network = null)
    {
        var wall = new Wall { ThematicNetworkId = network ?? Network, Slug = "mur-" + Guid.NewGuid().ToString("N")[..8], Title = "Mur", CreatedAt = InPeriod };
        db.Walls.Add(wall);
        await db.SaveChangesAsync();
        db.WallColumns.Add(new WallColumn { WallId = wall.Id, Title = "Idées", OrderKey = "a0", CreatedAt = InPeriod });
        await db.SaveChangesAsync();
        return wall.Id;
    }

    public async Task CardAsync(int wallId, string author, DateTimeOffset at, bool deleted = false)
    {
        var column = await db.WallColumns.Where(c => c.WallId == wallId).Select(c => c.Id).FirstAsync();
        db.WallCards.Add(new WallCard { WallId = wallId, ColumnId = column, OrderKey = "a" + Guid.NewGuid().ToString("N")[..6], Html = "<p>Carte</p>", AuthorId = author, AuthorName = "Auteur", CreatedAt = at, UpdatedAt = at, IsDeleted = deleted });
        await db.SaveChangesAsync();
    }

    public static StatisticalSecrecy Secrecy(int threshold = 11) => new(Options.Create(new IndicatorOptions { SmallCountThreshold = threshold }));
}
