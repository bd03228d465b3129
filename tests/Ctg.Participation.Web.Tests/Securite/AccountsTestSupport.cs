using System.Net;
using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.Security;
using Ctg.Participation.Testing;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Securite;

/// <summary>Accounts made for one test (so lockouts and password changes touch nothing else), browsers with visible cookies.</summary>
internal static class AccountsTestSupport
{
    public const string Password = "une phrase assez longue 42";

    public static async Task<PortalUser> CreateConfirmedAccountAsync(PortalFactory factory, string? email = null)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var now = DateTimeOffset.UtcNow;
        var user = new PortalUser
        {
            Email = email ?? $"compte.{Guid.NewGuid():N}@exemple.test", DisplayName = "Compte de test", EmailConfirmed = true,
            CreatedAt = now, LastSeenAt = now,
        };
        user.UserName = user.Email;
        var created = await users.CreateAsync(user, Password);
        Assert.True(created.Succeeded, string.Join(", ", created.Errors.Select(e => e.Description)));
        await users.AddToRoleAsync(user, PortalRoles.Resident);
        return user;
    }

    /// <summary>A browser whose cookies the test can read and replay elsewhere.</summary>
    public static (PortalClient Client, CookieContainer Cookies) Browser(PortalFactory factory, string? userAgent = null)
    {
        var cookies = new CookieContainer();
        var http = factory.CreateDefaultClient(new Uri("https://localhost"), new CookieContainerHandler(cookies));
        if (userAgent is not null) http.DefaultRequestHeaders.UserAgent.ParseAdd(userAgent);
        return (new PortalClient(http), cookies);
    }

    /// <summary>A GET that carries only the given Cookie header (a stolen or replayed cookie).</summary>
    public static async Task<HttpResponseMessage> ReplayAsync(PortalFactory factory, string cookieHeader, string url = "/compte")
    {
        using var http = factory.CreateDefaultClient(new Uri("https://localhost"));
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Cookie", cookieHeader);
        return await http.SendAsync(request);
    }

    public static async Task<List<SecurityEvent>> JournalOfAsync(PortalFactory factory, string userId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().SecurityEvents.AsNoTracking()
            .Where(e => e.UserId == userId).OrderBy(e => e.Id).ToListAsync();
    }

    public static Dictionary<string, string> Credentials(string email, string password) =>
        new() { ["Input.Email"] = email, ["Input.Password"] = password };
}
