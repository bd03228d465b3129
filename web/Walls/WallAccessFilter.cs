using System.Reflection;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR;
using Microsoft.Extensions.Options;

namespace Ctg.Participation.Web.Walls;

/// <summary>
/// Runs before every wall hub method: reads the caller's rights on the wall named by the first argument from the
/// database (so a member removed from the network is refused on their very next call), applies the per-connection
/// rate limit to changes, and turns refusals into a HubException whose French message the page shows. The
/// connection stays open: one refused call never ends it.
/// </summary>
public sealed class WallAccessFilter(IOptions<WallHubOptions> options) : IHubFilter
{
    private const string LimiterKey = "wall-rate-limiter";

    public async ValueTask<object?> InvokeMethodAsync(HubInvocationContext invocation, Func<HubInvocationContext, ValueTask<object?>> next)
    {
        var right = invocation.HubMethod.GetCustomAttribute<WallRightAttribute>()?.Right
            ?? throw new HubException("Cette action n'existe pas.");
        if (invocation.HubMethodArguments.Count == 0 || invocation.HubMethodArguments[0] is not int wallId)
        {
            throw new HubException("Précisez le mur.");
        }

        var user = invocation.Context.User;
        var userId = user?.Identity?.IsAuthenticated == true ? user.FindFirstValue(ClaimTypes.NameIdentifier) : null;
        var roles = user?.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList() ?? [];
        var access = invocation.ServiceProvider.GetRequiredService<WallAccess>();
        var permit = await access.PermitAsync(wallId, userId, roles, invocation.Context.ConnectionAborted);
        if (permit is null || !permit.CanRead) throw new HubException("Ce mur n'existe pas ou vous n'y avez pas accès.");
        if (!permit.Allows(right))
        {
            throw new HubException(right == WallRight.Moderate
                ? "Seule la coordination de la CTG peut masquer une carte."
                : "Seuls les membres du groupe réseau et la coordination de la CTG peuvent modifier ce mur. Rien n'a été enregistré.");
        }
        if (right >= WallRight.Write)
        {
            using var lease = Limiter(invocation.Context).AttemptAcquire();
            if (!lease.IsAcquired)
            {
                throw new HubException("Trop de modifications en peu de temps : patientez quelques secondes puis réessayez. Rien n'a été enregistré.");
            }
        }

        invocation.ServiceProvider.GetRequiredService<WallCaller>().Permit = permit;
        try
        {
            return await next(invocation);
        }
        catch (WallRuleException refused)
        {
            throw new HubException(refused.Message);
        }
    }

    public Task OnDisconnectedAsync(HubLifetimeContext context, Exception? exception, Func<HubLifetimeContext, Exception?, Task> next)
    {
        if (context.Context.Items.Remove(LimiterKey, out var limiter)) (limiter as IDisposable)?.Dispose();
        return next(context, exception);
    }

    /// <summary>One limiter per connection, kept in the connection's items (not in static state).</summary>
    private RateLimiter Limiter(HubCallerContext connection)
    {
        if (connection.Items.TryGetValue(LimiterKey, out var existing) && existing is RateLimiter limiter) return limiter;
        limiter = new FixedWindowRateLimiter(new FixedWindowRateLimiterOptions
        {
            PermitLimit = options.Value.OperationsPerTenSeconds, Window = TimeSpan.FromSeconds(10), QueueLimit = 0,
        });
        connection.Items[LimiterKey] = limiter;
        return limiter;
    }
}
