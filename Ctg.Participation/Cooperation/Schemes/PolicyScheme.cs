namespace Ctg.Participation.Cooperation.Schemes;

/// <summary>
/// A public-policy scheme a fiche action may serve (SPPE, CLS, SDSF, PEDT, contrat de ville, convention
/// d'objectifs…), one list per department kept by an administrator. Fiche 17's « niveau d'articulation entre
/// dispositifs » counts the actions that serve two or more.
/// </summary>
public class PolicyScheme
{
    public int Id { get; set; }
    public string Department { get; set; } = "";
    /// <summary>Plain text, short: « SPPE », « Contrat local de santé (CLS) ».</summary>
    public string Name { get; set; } = "";
    public bool Archived { get; set; }
}

/// <summary>A fiche action (ActionPlan.PlanAction) tagged with a scheme it serves.</summary>
public class PlanActionScheme
{
    public int ActionId { get; set; }
    public int SchemeId { get; set; }
    public PolicyScheme? Scheme { get; set; }
}
