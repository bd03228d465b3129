namespace Ctg.Participation.Accounts;

/// <summary>A deployment-wide setting an administrator changes at run time (kept in the database, not in files).</summary>
public class PortalSetting
{
    public string Key { get; set; } = "";
    public string Value { get; set; } = "";
}

public static class PortalSettingKeys
{
    /// <summary>"true" when every staff account must sign in with a second factor.</summary>
    public const string StaffTwoFactorRequired = "security.staff-two-factor-required";
}
