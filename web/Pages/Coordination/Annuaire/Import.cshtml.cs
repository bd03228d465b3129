using Ctg.Participation.Conventions;
using Ctg.Participation.Csv;
using Ctg.Participation.ServiceDirectory;
using Ctg.Participation.Web.Pages.Coordination.Plan;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Annuaire;

/// <summary>Imports directory entries from CSV: preview kept server-side, then the valid rows at once on confirmation.</summary>
[Authorize(Policy = ConventionPermissions.ManageBackOffice)]
[RequestSizeLimit(PendingImports.MaxBytes + 64 * 1024)]
public sealed class ImportModel(ConventionDirectory directory, IAuthorizationService authorization, ServiceDirectoryCsv csv)
    : ImportPage(directory, authorization, csv)
{
    protected override string ImportPageName => "/Coordination/Annuaire/Import";
    protected override string ListPageName => "/Coordination/Annuaire/Index";

    protected override string Imported(int count) => $"{count} service(s) importé(s) dans l'annuaire.";
}
