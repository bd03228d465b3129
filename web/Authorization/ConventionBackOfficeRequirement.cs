using System.Security.Claims;
using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Web.Authorization;

/// <summary>Access to one CTG's back-office, for reading or for changing it.</summary>
public sealed record ConventionBackOfficeRequirement(bool Manage) : IAuthorizationRequirement;

/// <summary>
/// Which CTG: a page passes the route value "ctg" (its slug) through the HttpContext; a hub or a service passes a
/// <see cref="ConventionResource"/>. The rule itself lives in <see cref="ConventionAccess"/>.
/// </summary>
public sealed class ConventionBackOfficeHandler(ConventionAccess access, PortalDbContext db)
    : AuthorizationHandler<ConventionBackOfficeRequirement>
{
    public const string RouteKey = "ctg";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, ConventionBackOfficeRequirement requirement)
    {
        int? conventionId = context.Resource switch
        {
            ConventionResource resource => resource.ConventionId,
            HttpContext http when http.GetRouteValue(RouteKey) is string slug =>
                await db.Conventions.Where(c => c.Slug == slug).Select(c => (int?)c.Id).FirstOrDefaultAsync(http.RequestAborted),
            _ => null,
        };
        var userId = context.User.FindFirstValue(ClaimTypes.NameIdentifier);
        var roles = context.User.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();

        if (conventionId is null)
        {
            // Unknown CTG: those who may see every CTG get through to the page's 404; others are refused without
            // learning whether it exists.
            var allowedEverywhere = requirement.Manage ? ConventionPermissions.AllConventionsManagers : ConventionPermissions.AllConventionsReaders;
            if (roles.Any(allowedEverywhere.Contains)) context.Succeed(requirement);
            return;
        }

        var allowed = requirement.Manage
            ? await access.CanManageAsync(userId, roles, conventionId.Value)
            : await access.CanReadAsync(userId, roles, conventionId.Value);
        if (allowed) context.Succeed(requirement);
    }
}

/// <summary>A CTG named by id, for checks made outside a page (hubs, services).</summary>
public sealed record ConventionResource(int ConventionId);
