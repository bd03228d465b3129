using Ctg.Participation.ActionPlan;
using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Plan;

/// <summary>
/// Imports an existing plan from CSV in two steps: the upload is kept server-side and previewed (valid rows, rejected
/// rows with their line and reason); nothing is stored until the coordinator confirms, then all valid rows at once.
/// </summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
[RequestSizeLimit(PendingImports.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ConventionDirectory directory, IAuthorizationService authorization, ActionPlanCsv csv)
    : ImportPage(directory, authorization, csv)
{
    protected override string ImportPageName => "/Coordination/Plan/Import";
    protected override string ListPageName => "/Coordination/Plan/Index";

    protected override string Imported(int count) => count == 1 ? "1 fiche action importée." : $"{count} fiches actions importées.";
}
