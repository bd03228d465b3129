using Ctg.Participation.Routing;
using Ctg.Participation.Web.Common;
using Microsoft.AspNetCore.Authorization;

namespace Ctg.Participation.Web.Routing;

/// <summary>Opening a working group's page: its members, or those who may read its CTG's back-office.</summary>
public sealed record WorkingGroupRequirement : IAuthorizationRequirement;

/// <summary>The group comes from the route values "ctg" and "group"; the rule itself lives in <see cref="GroupDesk"/>.</summary>
public sealed class WorkingGroupHandler(GroupDesk groups) : AuthorizationHandler<WorkingGroupRequirement>
{
    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, WorkingGroupRequirement requirement)
    {
        if (context.Resource is not HttpContext http || http.GetRouteValue("ctg") is not string ctg || http.GetRouteValue("group") is not string slug) return;
        var group = await groups.FindAsync(ctg, slug, http.RequestAborted);
        // An unknown group is refused like a forbidden one: nobody learns which groups exist.
        if (group is not null && await groups.CanOpenAsync(group.Id, group.ConventionId, context.User.Actor(), http.RequestAborted))
        {
            context.Succeed(requirement);
        }
    }
}
