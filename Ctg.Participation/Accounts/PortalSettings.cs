using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Accounts;

/// <summary>Deployment-wide settings that administrators change at run time.</summary>
public sealed class PortalSettings(PortalDbContext db)
{
    public async Task<bool> IsStaffTwoFactorRequiredAsync(CancellationToken ct = default)
    {
        var value = await db.PortalSettings.AsNoTracking()
            .Where(s => s.Key == PortalSettingKeys.StaffTwoFactorRequired).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return value == "true";
    }

    public async Task SetStaffTwoFactorRequiredAsync(bool required, CancellationToken ct = default)
    {
        var setting = await db.PortalSettings.FindAsync([PortalSettingKeys.StaffTwoFactorRequired], ct);
        if (setting is null)
        {
            setting = new PortalSetting { Key = PortalSettingKeys.StaffTwoFactorRequired };
            db.PortalSettings.Add(setting);
        }
        setting.Value = required ? "true" : "false";
        await db.SaveChangesAsync(ct);
    }
}
