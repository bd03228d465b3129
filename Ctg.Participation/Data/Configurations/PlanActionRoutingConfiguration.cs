using Ctg.Participation.ActionPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PlanActionRoutingConfiguration : IEntityTypeConfiguration<PlanActionRouting>
{
    public void Configure(EntityTypeBuilder<PlanActionRouting> builder)
    {
        builder.ToTable("PlanActionRoutings");
        builder.HasKey(l => new { l.ActionId, l.RoutingId });
        builder.HasIndex(l => l.RoutingId);
        builder.HasOne<PlanAction>().WithMany().HasForeignKey(l => l.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Routing.Routing>().WithMany().HasForeignKey(l => l.RoutingId).OnDelete(DeleteBehavior.Cascade);
    }
}
