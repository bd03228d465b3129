using Ctg.Participation.Initiatives;

namespace Ctg.Participation.Web.Initiatives;

/// <summary>The declaration form. Its rules live in <see cref="InitiativeSubmission"/>.</summary>
public sealed class InitiativeInput
{
    public string? Name { get; set; }
    public string? Description { get; set; }
    public CarrierKind CarrierKind { get; set; }
    public string? CarrierName { get; set; }
    public List<int> MunicipalityIds { get; set; } = [];
    public int? AxisId { get; set; }
    public List<InitiativeNeeds> Needs { get; set; } = [];
    public string? Contact { get; set; }

    public InitiativeSubmission.Draft ToDraft(int conventionId) =>
        new(Name, Description, CarrierKind, CarrierName, conventionId, MunicipalityIds, AxisId,
            Needs.Aggregate(InitiativeNeeds.None, (all, need) => all | need), Contact);
}
