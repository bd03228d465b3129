using Ctg.Participation.Conventions;

namespace Ctg.Participation.Accounts;

/// <summary>A chargé(e) de coopération's assignment to one CTG. Checked on every request, so removal bites at once.</summary>
public class CoordinatorAssignment
{
    public string UserId { get; set; } = "";
    public PortalUser? User { get; set; }
    public int ConventionId { get; set; }
    public Convention? Convention { get; set; }
    public DateTimeOffset AssignedAt { get; set; }
}
