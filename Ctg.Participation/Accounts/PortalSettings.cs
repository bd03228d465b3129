using Ctg.Participation.Data;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Accounts;

/// <summary>
/// Deployment-wide settings that administrators change at run time. One instance per request: the staff two-factor
/// rule, asked by each back-office policy the request meets (two or three times a page), is read once per request
/// (never kept longer, so a change holds on every instance at the next request).
/// </summary>
public sealed class PortalSettings(PortalDbContext db)
{
    private bool? _staffTwoFactorRequired;

    public async Task<bool> IsStaffTwoFactorRequiredAsync(CancellationToken ct = default)
    {
        if (_staffTwoFactorRequired is { } known) return known;
        var value = await db.PortalSettings.AsNoTracking()
            .Where(s => s.Key == PortalSettingKeys.StaffTwoFactorRequired).Select(s => s.Value).FirstOrDefaultAsync(ct);
        return (_staffTwoFactorRequired = value == "true").Value;
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
        _staffTwoFactorRequired = required;
    }
}
