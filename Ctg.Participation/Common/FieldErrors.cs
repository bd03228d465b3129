namespace Ctg.Participation.Common;

/// <summary>
/// The one shape a feature service answers a form with: French messages keyed by the input's property name ("" for
/// the form as a whole). The web side puts each beside its field (<c>ModelState.AddErrors</c>).
/// </summary>
public sealed class FieldErrors : Dictionary<string, string>
{
    public bool Any => Count > 0;

}

/// <summary>One problem with a field, in French. Field is the input's property name ("" for the form as a whole).</summary>
public sealed record FieldProblem(string Field, string Message);
