using System.Reflection;
using System.Text.RegularExpressions;
using Ctg.Participation.Common;
using Ctg.Participation.Testing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Declarations;

/// <summary>
/// Each feature declares its permissions in one place (its <c>…Permissions.Declared</c>, registered by its
/// <c>Add…()</c>); the host makes one policy of each. These tests fail when a page or a hub names a policy nobody
/// declared, or when a permission is written somewhere but not declared.
/// </summary>
public sealed partial class DeclaredPermissionsTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private IReadOnlyList<FeaturePermissions> Declared() => factory.Services.GetServices<FeaturePermissions>().ToList();

    private HashSet<string> DeclaredNames() => Declared().SelectMany(f => f.Permissions).Select(p => p.Name).ToHashSet();

    [Fact]
    public void Every_permission_name_in_the_library_is_declared_once_by_its_feature_in_one_style()
    {
        var declared = Declared();
        var all = declared.SelectMany(f => f.Permissions.Select(p => (f.Feature, p.Name))).ToList();
        Assert.Equal(all.Count, all.Select(p => p.Name).Distinct().Count());
        foreach (var (feature, name) in all)
        {
            Assert.Matches($"^{Regex.Escape(feature)}\\.[a-z]+(-[a-z]+)*$", name);
        }

        // Every public constant of a …Permissions class (but its feature key) is a policy name, and must be declared.
        var constants = typeof(Actor).Assembly.GetTypes()
            .Where(t => t.IsClass && t.IsAbstract && t.IsSealed && t.Name.EndsWith("Permissions", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Public | BindingFlags.Static).Where(f => f.IsLiteral && f.FieldType == typeof(string) && f.Name != "Feature")
                .Select(f => (Where: $"{t.Name}.{f.Name}", Name: (string)f.GetRawConstantValue()!)))
            .ToList();
        Assert.NotEmpty(constants);
        var names = DeclaredNames();
        Assert.All(constants, c => Assert.True(names.Contains(c.Name), $"{c.Where} (« {c.Name} ») is not declared by any feature."));
    }

    [Fact]
    public async Task The_host_has_a_policy_for_every_declared_permission()
    {
        var provider = factory.Services.GetRequiredService<IAuthorizationPolicyProvider>();
        foreach (var name in DeclaredNames())
        {
            Assert.True(await provider.GetPolicyAsync(name) is not null, $"No policy for « {name} ».");
        }
    }

    [Fact]
    public void Every_policy_a_page_or_a_hub_names_is_declared()
    {
        var names = DeclaredNames();
        // Attributes and folder conventions end up in the endpoints' metadata.
        var endpoints = factory.Services.GetRequiredService<EndpointDataSource>().Endpoints;
        Assert.NotEmpty(endpoints);
        var used = endpoints.SelectMany(e => e.Metadata.OfType<IAuthorizeData>().Select(a => (Endpoint: e.DisplayName, a.Policy)))
            .Where(u => !string.IsNullOrEmpty(u.Policy)).ToList(); // an empty policy is the default one (signed in)
        Assert.NotEmpty(used);
        Assert.All(used, u => Assert.True(names.Contains(u.Policy!), $"{u.Endpoint} names « {u.Policy} », which no feature declared."));

        // Imperative checks (AuthorizeAsync(User, resource, "…")) name policies in code: a literal must be declared too.
        foreach (var file in WebSources())
        {
            foreach (Match m in LiteralPolicy().Matches(File.ReadAllText(file)))
            {
                Assert.True(names.Contains(m.Groups["name"].Value), $"{Path.GetFileName(file)} names « {m.Groups["name"].Value} », which no feature declared.");
            }
        }
    }

    private static IEnumerable<string> WebSources()
    {
        var web = SourceTree.Web;
        return Directory.EnumerateFiles(web, "*.cs", SearchOption.AllDirectories)
            .Concat(Directory.EnumerateFiles(web, "*.cshtml", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"));
    }

    [GeneratedRegex("(?:(?<!\\w)Policy\\s*=\\s*|AuthorizeAsync\\([^;]*?,\\s*)\"(?<name>[^\"]+)\"")]
    private static partial Regex LiteralPolicy();
}
