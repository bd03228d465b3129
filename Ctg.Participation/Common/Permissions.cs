using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Common;

/// <summary>Who a permission is for; the web host turns each kind into one policy shape, written once.</summary>
public enum PermissionRule
{
    /// <summary>Any signed-in account.</summary>
    SignedIn,

    /// <summary>A staff account of one of the roles, with two-factor authentication.</summary>
    Staff,

    /// <summary>Staff who may read the CTG the page passes as its resource.</summary>
    ReadsConvention,

    /// <summary>Staff who manage the CTG the page passes as its resource.</summary>
    ManagesConvention,

    /// <summary>A member of the working group the page passes as its resource (or the CTG's staff).</summary>
    WorkingGroupMember,
}

/// <summary>
/// One permission a feature contributes: its policy name (« feature.verb », in English, lower case), who it is for, and
/// the roles it needs where the rule names roles. Pages and hubs name the policy; the host builds it from this.
/// </summary>
public sealed record Permission(string Name, PermissionRule Rule, IReadOnlyList<string> Roles)
{
    public static Permission SignedIn(string name) => new(name, PermissionRule.SignedIn, []);
    public static Permission Staff(string name, IReadOnlyList<string> roles) => new(name, PermissionRule.Staff, roles);
    public static Permission ReadsConvention(string name, IReadOnlyList<string> roles) => new(name, PermissionRule.ReadsConvention, roles);
    public static Permission ManagesConvention(string name, IReadOnlyList<string> roles) => new(name, PermissionRule.ManagesConvention, roles);
    public static Permission WorkingGroupMember(string name) => new(name, PermissionRule.WorkingGroupMember, []);
}

/// <summary>The permissions one feature declared, as its <c>Add…()</c> registered them.</summary>
public sealed record FeaturePermissions(string Feature, IReadOnlyList<Permission> Permissions);

public static class PermissionsRegistration
{
    /// <summary>Declares a feature's permissions; the web host makes a policy of each (one loop, one shape per rule).</summary>
    public static IServiceCollection AddPermissions(this IServiceCollection services, string feature, IReadOnlyList<Permission> permissions) =>
        services.AddSingleton(new FeaturePermissions(feature, permissions));
}
