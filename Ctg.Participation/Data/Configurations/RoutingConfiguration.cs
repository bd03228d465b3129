using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class RoutingConfiguration : IEntityTypeConfiguration<Routing.Routing>
{
    public void Configure(EntityTypeBuilder<Routing.Routing> builder)
    {
        builder.ToTable("Routings");
        builder.Property(r => r.Message).HasMaxLength(RoutingRules.MessageMax);
        builder.Property(r => r.Answer).HasMaxLength(RoutingRules.AnswerMax);
        // The desk reads a CTG's routings; a public page reads one contribution's; a group page its own.
        builder.HasIndex(r => r.ConventionId);
        builder.HasIndex(r => new { r.ContributionKind, r.ContributionId });
        // One open routing of an item per group, even when two coordinators route it at the same moment. A hand-back
        // (status 3) closes the routing, so the item may be routed to that group again. Quoted for SQLite and PostgreSQL.
        builder.HasIndex(r => new { r.ContributionKind, r.ContributionId, r.WorkingGroupId }).IsUnique()
            .HasFilter($"\"Status\" <> {(int)RoutingStatus.HandedBack}")
            .HasDatabaseName("IX_Routings_OpenPerGroup");
        builder.HasIndex(r => new { r.WorkingGroupId, r.RoutedAt });
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(r => r.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.WorkingGroup).WithMany().HasForeignKey(r => r.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RoutingAxisConfiguration : IEntityTypeConfiguration<RoutingAxis>
{
    public void Configure(EntityTypeBuilder<RoutingAxis> builder)
    {
        builder.ToTable("RoutingAxes");
        builder.HasKey(x => new { x.RoutingId, x.AxisId });
        builder.HasOne<Routing.Routing>().WithMany(r => r.Axes).HasForeignKey(x => x.RoutingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Axis).WithMany().HasForeignKey(x => x.AxisId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class RoutingEventConfiguration : IEntityTypeConfiguration<RoutingEvent>
{
    public void Configure(EntityTypeBuilder<RoutingEvent> builder)
    {
        builder.ToTable("RoutingEvents");
        builder.Property(e => e.Text).HasMaxLength(RoutingRules.AnswerMax);
        builder.HasIndex(e => e.RoutingId);
        builder.HasIndex(e => new { e.Step, e.At }); // indicators: answers given in a period
        builder.HasOne(e => e.Routing).WithMany(r => r.Events).HasForeignKey(e => e.RoutingId).OnDelete(DeleteBehavior.Cascade);
        // The history keeps the step when an account is deleted; it then reads "Ancien participant".
        builder.HasOne(e => e.Actor).WithMany().HasForeignKey(e => e.ActorId).OnDelete(DeleteBehavior.SetNull);
    }
}
