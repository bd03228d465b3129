using Ctg.Participation.Accounts;
using Ctg.Participation.Data;
using Ctg.Participation.DepartmentNetwork;
using Ctg.Participation.Tests.Support;
using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.DepartmentNetwork;

/// <summary>The department wall: a wall without thematic network, opened once, with the network's rules.</summary>
public sealed class DepartmentWallTests
{
    [Fact]
    public async Task The_department_wall_is_opened_once_and_only_coordinators_and_the_caf_use_it()
    {
        await using var database = await TestDatabase.CreateAsync();
        var wallId = await database.RunAsync(sp => new DepartmentWall(sp.GetRequiredService<PortalDbContext>(), database.Clock).EnsureAsync());
        Assert.Equal(wallId, await database.RunAsync(sp => new DepartmentWall(sp.GetRequiredService<PortalDbContext>(), database.Clock).EnsureAsync()));

        async Task<WallPermit> PermitAsync(string email, params string[] roles) => (await database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var user = await db.Users.Where(u => u.Email == email).Select(u => u.Id).SingleAsync();
            return await new WallAccess(db).PermitAsync(wallId, user, roles);
        }))!;

        var member = await PermitAsync("membre.reseau@ctg-demo.test", PortalRoles.Resident);
        Assert.False(member.CanRead || member.CanWrite || member.CanModerate);
        var coordinator = await PermitAsync("coordination.pays-de-grasse@ctg-demo.test", PortalRoles.Coordinator);
        Assert.True(coordinator.CanRead && coordinator.CanWrite);
        Assert.False(coordinator.CanModerate);
        Assert.Equal(0, coordinator.ConventionId);
        var advisor = await PermitAsync("conseiller.caf@ctg-demo.test", PortalRoles.CafAdvisor);
        Assert.True(advisor.CanRead && advisor.CanWrite && advisor.CanModerate);
        var anonymous = (await database.RunAsync(sp => new WallAccess(sp.GetRequiredService<PortalDbContext>()).PermitAsync(wallId, null, [])))!;
        Assert.False(anonymous.CanRead);
    }
}
