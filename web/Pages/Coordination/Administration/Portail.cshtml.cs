using Ctg.Participation.Conventions;
using Ctg.Participation.Images;
using Ctg.Participation.Portal;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Ctg.Participation.Web.Pages.Coordination.Administration;

/// <summary>The department's identity: name, editor, contact, host, colour and logos, set by an administrator.</summary>
[Authorize(Policy = ConventionPermissions.Administer)]
[RequestSizeLimit(8 * ImageStore.MaxBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = 8 * ImageStore.MaxBytes)]
public sealed class PortailModel(PortalIdentityService identities) : PageModel
{
    [BindProperty] public IdentityInput Input { get; set; } = new();
    [BindProperty] public IFormFile? CafLogo { get; set; }
    [BindProperty] public IFormFile? DepartmentLogo { get; set; }
    [BindProperty] public List<IFormFile> EpciLogos { get; set; } = [];

    public PortalIdentity Identity { get; private set; } = default!;

    public sealed class IdentityInput
    {
        public string? Name { get; set; }
        public string? Department { get; set; }
        public string? Editor { get; set; }
        public string? PublicationDirector { get; set; }
        public string? ContactMail { get; set; }
        public string? PostalAddress { get; set; }
        public string? Host { get; set; }
        public string? PrimaryColour { get; set; }
        public bool RemoveCafLogo { get; set; }
        public bool RemoveDepartmentLogo { get; set; }
        public bool RemoveEpciLogos { get; set; }
    }

    public async Task OnGetAsync()
    {
        // The form shows what the administrator stored; values from configuration or the demo show as placeholders.
        var stored = await identities.StoredAsync(HttpContext.RequestAborted);
        Input = new IdentityInput
        {
            Name = stored.GetValueOrDefault(PortalIdentityKeys.Name),
            Department = stored.GetValueOrDefault(PortalIdentityKeys.Department),
            Editor = stored.GetValueOrDefault(PortalIdentityKeys.Editor),
            PublicationDirector = stored.GetValueOrDefault(PortalIdentityKeys.PublicationDirector),
            ContactMail = stored.GetValueOrDefault(PortalIdentityKeys.ContactMail),
            PostalAddress = stored.GetValueOrDefault(PortalIdentityKeys.PostalAddress),
            Host = stored.GetValueOrDefault(PortalIdentityKeys.Host),
            PrimaryColour = stored.GetValueOrDefault(PortalIdentityKeys.PrimaryColour),
        };
        Identity = await identities.GetAsync(HttpContext.RequestAborted);
    }

    public async Task<IActionResult> OnPostAsync()
    {
        var opened = new List<Stream>();
        PortalIdentityService.LogoUpload? Upload(IFormFile? file)
        {
            if (file is null || file.Length == 0) return null;
            var stream = file.OpenReadStream();
            opened.Add(stream);
            return new PortalIdentityService.LogoUpload(stream, file.Length);
        }
        try
        {
            var changes = new PortalIdentityService.Changes
            {
                Name = Input.Name, Department = Input.Department, Editor = Input.Editor, PublicationDirector = Input.PublicationDirector,
                ContactMail = Input.ContactMail, PostalAddress = Input.PostalAddress, Host = Input.Host, PrimaryColour = Input.PrimaryColour,
                RemoveCafLogo = Input.RemoveCafLogo, RemoveDepartmentLogo = Input.RemoveDepartmentLogo, RemoveEpciLogos = Input.RemoveEpciLogos,
                CafLogo = Upload(CafLogo), DepartmentLogo = Upload(DepartmentLogo),
                EpciLogos = EpciLogos.Select(Upload).OfType<PortalIdentityService.LogoUpload>().ToList(),
            };
            var errors = await identities.SaveAsync(changes, HttpContext.RequestAborted);
            if (errors.Count == 0)
            {
                TempData["Message"] = "L'identité du portail est enregistrée.";
                return RedirectToPage("/Coordination/Administration/Portail");
            }
            foreach (var (field, message) in errors)
            {
                var key = field is nameof(CafLogo) or nameof(DepartmentLogo) or nameof(EpciLogos) ? field : "Input." + field;
                ModelState.AddModelError(key, message);
            }
        }
        finally
        {
            foreach (var stream in opened) await stream.DisposeAsync();
        }
        Identity = await identities.GetAsync(HttpContext.RequestAborted);
        return Page();
    }
}
