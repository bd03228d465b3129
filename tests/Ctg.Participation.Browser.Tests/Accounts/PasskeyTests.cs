using Ctg.Participation.Accounts;
using Ctg.Participation.Browser.Tests.Infrastructure;
using Ctg.Participation.Data;
using Ctg.Participation.Security;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace Ctg.Participation.Browser.Tests.Accounts;

/// <summary>
/// Passkeys end to end in Chromium, with a virtual authenticator (DevTools protocol, WebAuthn domain) standing in for
/// a phone or a security key: add one on /compte/cles-d-acces, sign in with it, rename it, remove it.
/// </summary>
public sealed class PasskeyTests(BrowserPortal portal) : IClassFixture<BrowserPortal>
{
    private const string Password = "une phrase assez longue 42";

    [Fact]
    public async Task A_resident_adds_a_passkey_signs_in_with_it_renames_and_removes_it()
    {
        var email = $"cle.{Guid.NewGuid():N}@exemple.test";
        await CreateAccountAsync(email);
        // WebAuthn needs a domain (never an IP address) as relying party: the same server, by its loopback name.
        var baseUrl = new UriBuilder(portal.BaseUrl) { Host = "localhost" }.Uri.ToString().TrimEnd('/');
        var page = await portal.NewPageAsync(baseUrl);
        var devtools = await page.Context.NewCDPSessionAsync(page);
        await devtools.SendAsync("WebAuthn.enable");
        await devtools.SendAsync("WebAuthn.addVirtualAuthenticator", new Dictionary<string, object>
        {
            ["options"] = new Dictionary<string, object>
            {
                ["protocol"] = "ctap2", ["transport"] = "internal", ["hasResidentKey"] = true,
                ["hasUserVerification"] = true, ["isUserVerified"] = true, ["automaticPresenceSimulation"] = true,
            },
        });

        await page.GotoAsync("/compte/connexion");
        await page.GetByLabel("Adresse électronique").FillAsync(email);
        await page.Locator("#Input_Password").FillAsync(Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
        await page.LeftAsync("/compte/connexion");

        await page.GotoAsync("/compte/cles-d-acces");
        await page.AssertAccessibleAsync();
        await page.GetByLabel("Nom de la clé").FillAsync("Ordinateur de test");
        await page.GetByRole(AriaRole.Button, new() { Name = "Créer la clé sur cet appareil" }).ClickAsync();
        await Assertions.Expect(page.GetByText("« Ordinateur de test » est ajoutée")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".cles")).ToContainTextAsync("Ordinateur de test");
        await page.AssertAccessibleAsync();
        await Screenshots.TakeAsync(page, "cles-d-acces");
        await page.GotoAsync("/compte");
        await page.AssertAccessibleAsync();
        await Screenshots.TakeAsync(page, "compte");

        // Signed out, the passkey alone signs in: no address, no password.
        await page.GotoAsync("/compte/deconnexion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Me déconnecter" }).ClickAsync();
        await page.LeftAsync("/compte/deconnexion");
        await page.GotoAsync("/compte/connexion");
        await page.GetByRole(AriaRole.Button, new() { Name = "Utiliser une clé d'accès" }).ClickAsync();
        await page.LeftAsync("/compte/connexion");
        await page.GotoAsync("/compte");
        await Assertions.Expect(page.GetByText(email)).ToBeVisibleAsync();

        await page.GotoAsync("/compte/cles-d-acces");
        await page.GetByLabel("Nouveau nom").FillAsync("Portable du bureau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Renommer" }).ClickAsync();
        await Assertions.Expect(page.Locator(".cles")).ToContainTextAsync("Portable du bureau");
        await page.GetByRole(AriaRole.Button, new() { Name = "Retirer « Portable du bureau »" }).ClickAsync();
        await Assertions.Expect(page.GetByText("Aucune clé d'accès pour l'instant.")).ToBeVisibleAsync();

        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var user = await db.Users.SingleAsync(u => u.Email == email);
        var kinds = await db.SecurityEvents.Where(e => e.UserId == user.Id).Select(e => e.Kind).ToListAsync();
        Assert.Single(kinds, SecurityEventKinds.PasskeyAdded);
        Assert.Single(kinds, SecurityEventKinds.PasskeyRemoved);
        Assert.Equal(2, kinds.Count(k => k == SecurityEventKinds.SignInSucceeded));
    }

    [Fact]
    public async Task An_administrator_filters_the_security_journal()
    {
        var page = await portal.NewPageAsync();
        await page.GotoAsync("/compte/connexion");
        await Screenshots.TakeAsync(page, "connexion");
        await page.GetByLabel("Adresse électronique").FillAsync("admin@ctg-demo.test");
        await page.Locator("#Input_Password").FillAsync(Ctg.Participation.Demo.DemoAccounts.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Se connecter", Exact = true }).ClickAsync();
        await page.LeftAsync("/compte/connexion");

        await page.GotoAsync("/coordination/administration/journal-securite");
        await page.GetByLabel("Événement", new() { Exact = true }).SelectOptionAsync(SecurityEventKinds.SignInSucceeded);
        await page.GetByRole(AriaRole.Button, new() { Name = "Filtrer" }).ClickAsync();
        await Assertions.Expect(page.Locator("table.journal-securite")).ToContainTextAsync("admin@ctg-demo.test");
        await Assertions.Expect(page.Locator("table.journal-securite")).ToContainTextAsync("Connexion réussie");
        await page.AssertAccessibleAsync();
        await Screenshots.TakeAsync(page, "journal-securite");
    }

    private async Task CreateAccountAsync(string email)
    {
        await using var scope = portal.Factory.Services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<PortalUser>>();
        var now = DateTimeOffset.UtcNow;
        var user = new PortalUser { UserName = email, Email = email, DisplayName = "Clé T.", EmailConfirmed = true, CreatedAt = now, LastSeenAt = now };
        Assert.True((await users.CreateAsync(user, Password)).Succeeded);
        await users.AddToRoleAsync(user, PortalRoles.Resident);
    }
}
