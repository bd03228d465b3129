using Ctg.Participation.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Proposals;
using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// The network's events: the Caf (advisors, administrators) plans a rencontre or a formation; coordinators register
/// themselves (and may withdraw before it starts); once it has started, the Caf records who attended. Every rule
/// refuses with a French message and stores nothing.
/// </summary>
public sealed class NetworkEvents(PortalDbContext db, TimeProvider clock)
{
    public const int TitleMin = 5, TitleMax = 200, PlaceMax = 200, DescriptionMax = 4_000;

    public sealed record Draft(NetworkEventKind? Kind, string? Title, DateOnly? Day, TimeOnly? Time, string? Place, string? Description);

    public sealed record Outcome(int? Id, FieldErrors Errors);

    public sealed record Summary(int Id, NetworkEventKind Kind, string Title, DateTimeOffset StartsAt, string Place, int Registered, int Attended, bool IsRegistered);

    public sealed record Participant(string UserId, string DisplayName, string Ctgs, bool? Attended);

    public sealed record Detail(int Id, NetworkEventKind Kind, string Title, DateTimeOffset StartsAt, string Place, string Description,
        IReadOnlyList<Participant> Participants, bool IsRegistered, bool HasStarted);

    public async Task<Outcome> CreateAsync(NetworkActor actor, Draft draft, CancellationToken ct = default)
    {
        var errors = new FieldErrors();
        if (!actor.IsOrganiser) { errors[""] = "Seuls la Caf et les administrateurs organisent les temps du réseau."; return new(null, errors); }
        if (draft.Kind is not { } kind || !Enum.IsDefined(kind)) errors[nameof(Draft.Kind)] = "Choisissez rencontre ou formation.";
        var title = PortalText.PlainText(draft.Title);
        if (title.Length is < TitleMin or > TitleMax) errors[nameof(Draft.Title)] = $"Le titre doit compter entre {TitleMin} et {TitleMax} caractères.";
        if (draft.Day is not { } day) errors[nameof(Draft.Day)] = "Indiquez la date (jj/mm/aaaa).";
        else if (day.Year < 2000 || day.Year > 2100) errors[nameof(Draft.Day)] = "Indiquez une date plausible.";
        if (draft.Time is null) errors[nameof(Draft.Time)] = "Indiquez l'heure de début (hh:mm).";
        var place = PortalText.PlainText(draft.Place);
        if (place.Length is < 2 or > PlaceMax) errors[nameof(Draft.Place)] = $"Indiquez le lieu (entre 2 et {PlaceMax} caractères).";
        var description = Surveys.Forms.FormValidator.Normalize(draft.Description ?? "");
        if (description.Length > DescriptionMax) errors[nameof(Draft.Description)] = $"La description doit compter au plus {DescriptionMax:N0} caractères.";
        if (errors.Any) return new(null, errors);

        var startsAt = SurveyDates.StartOf(draft.Day!.Value).Add(draft.Time!.Value.ToTimeSpan());
        var item = new NetworkEvent
        {
            Kind = draft.Kind!.Value, Title = title, StartsAt = startsAt, Place = place, Description = description,
            CreatedById = actor.UserId, CreatedAt = clock.GetUtcNow(),
        };
        db.NetworkEvents.Add(item);
        await db.SaveChangesAsync(ct);
        return new(item.Id, errors);
    }

    /// <summary>Upcoming events first (soonest first), then past ones (latest first).</summary>
    public async Task<IReadOnlyList<Summary>> ListAsync(string userId, CancellationToken ct = default)
    {
        var rows = await db.NetworkEvents.AsNoTracking()
            .Select(e => new Summary(e.Id, e.Kind, e.Title, e.StartsAt, e.Place, e.Registrations.Count, e.Registrations.Count(r => r.Attended == true),
                e.Registrations.Any(r => r.UserId == userId)))
            .ToListAsync(ct);
        var now = clock.GetUtcNow();
        return rows.Where(e => e.StartsAt >= now).OrderBy(e => e.StartsAt)
            .Concat(rows.Where(e => e.StartsAt < now).OrderByDescending(e => e.StartsAt)).ToList();
    }

    public async Task<Detail?> FindAsync(int id, string userId, CancellationToken ct = default)
    {
        var item = await db.NetworkEvents.AsNoTracking().Where(e => e.Id == id)
            .Select(e => new { e.Id, e.Kind, e.Title, e.StartsAt, e.Place, e.Description }).FirstOrDefaultAsync(ct);
        if (item is null) return null;
        var people = await db.NetworkEventRegistrations.AsNoTracking().Where(r => r.EventId == id)
            .Join(db.Users, r => r.UserId, u => u.Id, (r, u) => new { r.UserId, u.DisplayName, r.Attended, r.RegisteredAt })
            .OrderBy(p => p.DisplayName).ToListAsync(ct);
        var ids = people.Select(p => p.UserId).ToList();
        var ctgs = await db.CoordinatorAssignments.AsNoTracking().Where(a => ids.Contains(a.UserId))
            .Select(a => new { a.UserId, a.Convention!.Name }).ToListAsync(ct);
        var participants = people.Select(p => new Participant(p.UserId, p.DisplayName,
            string.Join(", ", ctgs.Where(c => c.UserId == p.UserId).Select(c => c.Name).Order()), p.Attended)).ToList();
        return new Detail(item.Id, item.Kind, item.Title, item.StartsAt, item.Place, item.Description, participants,
            ids.Contains(userId), item.StartsAt <= clock.GetUtcNow());
    }

    /// <summary>A coordinator registers themselves; null when done, else why not.</summary>
    public async Task<string?> RegisterAsync(NetworkActor actor, int eventId, CancellationToken ct = default)
    {
        if (!actor.IsCoordinator) return "L'inscription est réservée aux chargés de coopération.";
        var item = await db.NetworkEvents.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.StartsAt }).FirstOrDefaultAsync(ct);
        if (item is null) return "Ce temps du réseau n'existe pas.";
        if (item.StartsAt <= clock.GetUtcNow()) return "Ce temps du réseau a déjà commencé : les inscriptions sont closes.";
        if (await db.NetworkEventRegistrations.AnyAsync(r => r.EventId == eventId && r.UserId == actor.UserId, ct)) return null;
        db.NetworkEventRegistrations.Add(new NetworkEventRegistration { EventId = eventId, UserId = actor.UserId, RegisteredAt = clock.GetUtcNow() });
        try
        {
            await db.SaveChangesAsync(ct);
        }
        catch (DbUpdateException)
        {
            // The same person registered twice at once (two tabs): the primary key kept one registration.
            db.ChangeTracker.Clear();
        }
        return null;
    }

    public async Task<string?> WithdrawAsync(NetworkActor actor, int eventId, CancellationToken ct = default)
    {
        var item = await db.NetworkEvents.AsNoTracking().Where(e => e.Id == eventId).Select(e => new { e.StartsAt }).FirstOrDefaultAsync(ct);
        if (item is null) return "Ce temps du réseau n'existe pas.";
        if (item.StartsAt <= clock.GetUtcNow()) return "Ce temps du réseau a déjà commencé : l'inscription ne peut plus être retirée.";
        await db.NetworkEventRegistrations.Where(r => r.EventId == eventId && r.UserId == actor.UserId).ExecuteDeleteAsync(ct);
        return null;
    }

    /// <summary>Records who attended among those registered (the others are marked absent). Null when done.</summary>
    public async Task<string?> RecordAttendanceAsync(NetworkActor actor, int eventId, IReadOnlyCollection<string> attended, CancellationToken ct = default)
    {
        if (!actor.IsOrganiser) return "Seuls la Caf et les administrateurs enregistrent les présences.";
        var item = await db.NetworkEvents.Include(e => e.Registrations).FirstOrDefaultAsync(e => e.Id == eventId, ct);
        if (item is null) return "Ce temps du réseau n'existe pas.";
        if (item.StartsAt > clock.GetUtcNow()) return "Les présences s'enregistrent une fois le temps du réseau commencé.";
        if (attended.Any(id => item.Registrations.All(r => r.UserId != id))) return "Cochez seulement des personnes inscrites.";
        var now = clock.GetUtcNow();
        foreach (var registration in item.Registrations)
        {
            registration.Attended = attended.Contains(registration.UserId);
            registration.AttendanceRecordedAt = now;
        }
        await db.SaveChangesAsync(ct);
        return null;
    }
}
