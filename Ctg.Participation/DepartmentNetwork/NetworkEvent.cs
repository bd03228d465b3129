namespace Ctg.Participation.DepartmentNetwork;

/// <summary>
/// A temps de partage of the department's network (Tableau 2, 3.2: « temps de partage d'information et de
/// régulation entre les coopérateurs »): a rencontre or a formation, organised by the Caf. Coordinators register;
/// a Caf advisor or an administrator records who attended, which is what each CTG's 3.2 figures count.
/// </summary>
public class NetworkEvent
{
    public int Id { get; set; }
    public NetworkEventKind Kind { get; set; }
    public string Title { get; set; } = "";
    public DateTimeOffset StartsAt { get; set; }
    public string Place { get; set; } = "";
    public string Description { get; set; } = "";
    public string? CreatedById { get; set; }
    public DateTimeOffset CreatedAt { get; set; }

    public List<NetworkEventRegistration> Registrations { get; set; } = [];
}

public class NetworkEventRegistration
{
    public int EventId { get; set; }
    public NetworkEvent? Event { get; set; }
    public string UserId { get; set; } = "";
    public DateTimeOffset RegisteredAt { get; set; }

    /// <summary>Null until a Caf advisor or an administrator records attendance.</summary>
    public bool? Attended { get; set; }
    public DateTimeOffset? AttendanceRecordedAt { get; set; }
}

public enum NetworkEventKind
{
    Rencontre = 0,
    Formation = 1,
}

public static class NetworkEventKinds
{
    public static readonly IReadOnlyList<NetworkEventKind> All = [NetworkEventKind.Rencontre, NetworkEventKind.Formation];

    public static string Label(this NetworkEventKind kind) => kind switch
    {
        NetworkEventKind.Rencontre => "Rencontre",
        NetworkEventKind.Formation => "Formation",
        _ => kind.ToString(),
    };
}
