using System.Net;
using Ctg.Participation.Data;
using Ctg.Participation.Testing;
using Ctg.Participation.Walls;
using Ctg.Participation.Web.Walls;
using Microsoft.AspNetCore.Http.Connections;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.SignalR.Client;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Murs;

/// <summary>The real host, a wall on the first network of Alpes d'Azur, and signed-in SignalR clients.</summary>
public class WallHubFixture : PortalFactory
{
    public const string Member = "membre.reseau@ctg-demo.test";
    public const string Coordinator = "coordination.alpes-d-azur@ctg-demo.test";
    public const string Resident = "habitant@ctg-demo.test";
    public const string OtherCoordinator = "coordination.pays-de-grasse@ctg-demo.test";

    private readonly Dictionary<string, string> cookies = new();

    public WallHubFixture()
    {
        Settings["Walls:OperationsPerTenSeconds"] = "1000";
        Settings["Walls:ImageDirectory"] = ImageFolder;
    }

    /// <summary>The walls' image folder of this host, inside its own temporary folder.</summary>
    public string ImageFolder => Path.Combine(Folder, "murs");

    /// <summary>Opens a new wall on the member's network (each test its own, so tests do not see each other's cards).</summary>
    public async Task<WallDirectory.WallPlace> NewWallAsync(bool isPublic = false)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var network = await db.ThematicNetworks.Where(n => n.Convention!.Slug == "alpes-d-azur").OrderBy(n => n.Id)
            .Select(n => new { n.Slug }).FirstAsync();
        var directory = scope.ServiceProvider.GetRequiredService<WallDirectory>();
        var place = await directory.FindNetworkAsync("alpes-d-azur", network.Slug);
        return await directory.CreateAsync(place!, "Mur d'essai " + Guid.NewGuid().ToString("N")[..6], isPublic);
    }

    public async Task<T> InScopeAsync<T>(Func<PortalDbContext, Task<T>> query)
    {
        using var scope = Services.CreateScope();
        return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    /// <summary>A started hub connection carrying the session cookie of this account (null: signed out).</summary>
    public async Task<HubConnection> ConnectAsync(string? email)
    {
        var cookie = email is null ? null : await SessionCookieAsync(email);
        var connection = new HubConnectionBuilder()
            .WithUrl(new Uri(new Uri("https://localhost"), WallsWebExtensions.HubPath), options =>
            {
                options.HttpMessageHandlerFactory = _ => Server.CreateHandler();
                options.Transports = HttpTransportType.LongPolling;
                if (cookie is not null) options.Headers["Cookie"] = cookie;
            })
            .Build();
        await connection.StartAsync();
        return connection;
    }

    private async Task<string> SessionCookieAsync(string email)
    {
        if (cookies.TryGetValue(email, out var known)) return known;
        var container = new CookieContainer();
        var http = new HttpClient(new CookieContainerHandler(container) { InnerHandler = Server.CreateHandler() })
        {
            BaseAddress = new Uri("https://localhost"),
        };
        using var client = new PortalClient(http);
        await client.SignInAsync(email);
        var header = container.GetCookieHeader(new Uri("https://localhost"));
        cookies[email] = header;
        return header;
    }
}
