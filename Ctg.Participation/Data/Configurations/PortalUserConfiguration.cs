using Ctg.Participation.Accounts;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PortalUserConfiguration : IEntityTypeConfiguration<PortalUser>
{
    public void Configure(EntityTypeBuilder<PortalUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(60).IsRequired();
        builder.Property(u => u.MunicipalityInseeCode).HasMaxLength(5);
        // The inactivity sweep reads the oldest LastSeenAt first.
        builder.HasIndex(u => u.LastSeenAt);
    }
}

public sealed class CoordinatorAssignmentConfiguration : IEntityTypeConfiguration<CoordinatorAssignment>
{
    public void Configure(EntityTypeBuilder<CoordinatorAssignment> builder)
    {
        builder.ToTable("CoordinatorAssignments");
        builder.HasKey(a => new { a.UserId, a.ConventionId });
        builder.HasIndex(a => a.ConventionId);
        builder.HasOne(a => a.User).WithMany()
            .HasForeignKey(a => a.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Convention).WithMany()
            .HasForeignKey(a => a.ConventionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PortalSettingConfiguration : IEntityTypeConfiguration<PortalSetting>
{
    public void Configure(EntityTypeBuilder<PortalSetting> builder)
    {
        builder.ToTable("PortalSettings");
        builder.HasKey(s => s.Key);
        builder.Property(s => s.Key).HasMaxLength(100);
        builder.Property(s => s.Value).HasMaxLength(1000).IsRequired();
    }
}
