using Ctg.Participation.Data;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Accounts;

/// <summary>The communes a person may say they live in: those of the department's CTGs, by name.</summary>
public sealed class MunicipalityOptions(PortalDbContext db)
{
    public async Task<List<SelectListItem>> ListAsync(CancellationToken ct)
    {
        var communes = await db.Municipalities.AsNoTracking().OrderBy(m => m.Name)
            .Select(m => new SelectListItem(m.Name + " (" + m.InseeCode + ")", m.InseeCode)).ToListAsync(ct);
        communes.Insert(0, new SelectListItem("Je préfère ne pas le dire", ""));
        return communes;
    }

    public Task<bool> ExistsAsync(string inseeCode, CancellationToken ct) =>
        db.Municipalities.AnyAsync(m => m.InseeCode == inseeCode, ct);
}
