using Ctg.Participation.Routing;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class RoutingAlertConfiguration : IEntityTypeConfiguration<CopilAlert>
{
    public void Configure(EntityTypeBuilder<CopilAlert> builder)
    {
        builder.ToTable("CopilAlerts");
        builder.Property(a => a.Subject).HasMaxLength(CopilAlerts.SubjectMax).IsRequired();
        builder.Property(a => a.Reason).HasMaxLength(CopilAlerts.TextMax).IsRequired();
        builder.Property(a => a.Resolution).HasMaxLength(CopilAlerts.TextMax);
        builder.HasIndex(a => new { a.ConventionId, a.RaisedAt });
        builder.HasIndex(a => new { a.ConventionId, a.ClosedAt }); // indicators: alerts closed in a period
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(a => a.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.RaisedBy).WithMany().HasForeignKey(a => a.RaisedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(a => a.ClosedById).OnDelete(DeleteBehavior.SetNull);
    }
}
