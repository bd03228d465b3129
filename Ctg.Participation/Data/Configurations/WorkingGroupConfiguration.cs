using Ctg.Participation.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class WorkingGroupConfiguration : IEntityTypeConfiguration<WorkingGroup>
{
    public void Configure(EntityTypeBuilder<WorkingGroup> builder)
    {
        builder.ToTable("WorkingGroups");
        builder.Property(g => g.Name).HasMaxLength(150).IsRequired();
        builder.Property(g => g.Slug).HasMaxLength(80).IsRequired();
        builder.Property(g => g.Description).HasMaxLength(4000);
        builder.HasIndex(g => new { g.ConventionId, g.Slug }).IsUnique();
        builder.HasOne(g => g.Convention).WithMany(c => c.WorkingGroups)
            .HasForeignKey(g => g.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(g => g.Axes).WithMany(a => a.WorkingGroups).UsingEntity("WorkingGroupAxes");
    }
}

public sealed class WorkingGroupMemberConfiguration : IEntityTypeConfiguration<WorkingGroupMember>
{
    public void Configure(EntityTypeBuilder<WorkingGroupMember> builder)
    {
        builder.ToTable("WorkingGroupMembers");
        builder.HasKey(m => new { m.WorkingGroupId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne(m => m.WorkingGroup).WithMany(g => g.Members)
            .HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany()
            .HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
