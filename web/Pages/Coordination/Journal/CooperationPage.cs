using Ctg.Participation.ActionPlan;
using Ctg.Participation.Common;
using Ctg.Participation.Conventions;
using Ctg.Participation.Cooperation;
using Ctg.Participation.Web.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Journal;

/// <summary>
/// What every cooperation page (journal, diagnostics, referential) does first: find the CTG by its slug and learn
/// whether the reader may change it. The page's [Authorize] policy already requires reading rights; handlers that
/// write check <see cref="CanManage"/> (and the services check again).
/// </summary>
public abstract class CooperationPage(ConventionDirectory directory, IAuthorizationService authorization) : PageModel
{
    public ConventionSummary Convention { get; private set; } = default!;
    public bool CanManage { get; private set; }

    protected async Task<bool> LoadConventionAsync(string ctg)
    {
        var convention = await directory.FindSummaryAsync(ctg, HttpContext.RequestAborted);
        if (convention is null) return false;
        Convention = convention;
        CanManage = (await authorization.AuthorizeAsync(User, new ConventionResource(convention.Id), ConventionPermissions.ManageBackOffice)).Succeeded;
        return true;
    }


    /// <summary>Reads an uploaded file, refusing one over the size limit before it is read into memory.</summary>
    protected async Task<(Ctg.Participation.Cooperation.Journal.UploadedFile? File, string? Problem)> ReadUploadAsync(IFormFile? file)
    {
        if (file is null || file.Length == 0) return (null, null);
        if (file.Length > DocumentCheck.MaxBytes) return (null, $"Le fichier dépasse {DocumentCheck.MaxBytes / (1024 * 1024)} Mo.");
        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, HttpContext.RequestAborted);
        return (new Ctg.Participation.Cooperation.Journal.UploadedFile(file.FileName, buffer.ToArray()), null);
    }

    /// <summary>A stored document sent back as a download (never inline: it is whatever a person uploaded).</summary>
    protected IActionResult Download(StoredDocument? document, DocumentStore store)
    {
        if (document is null) return NotFound();
        var stream = store.Open(document);
        if (stream is null) return NotFound();
        return File(stream, document.ContentType, document.FileName);
    }
}

/// <summary>A group of checkboxes (partners, axes, communes…): rendered by _Cases.cshtml.</summary>
public sealed record CasesModel(string Name, string Legend, IReadOnlyList<Ctg.Participation.Cooperation.Journal.CooperationJournal.Choice> Choices,
    IReadOnlyCollection<int> Selected, string? Error, string? Empty = null);
