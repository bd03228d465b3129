using Ctg.Participation.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class ThematicNetworkConfiguration : IEntityTypeConfiguration<ThematicNetwork>
{
    public void Configure(EntityTypeBuilder<ThematicNetwork> builder)
    {
        builder.ToTable("ThematicNetworks");
        builder.Property(n => n.Name).HasMaxLength(150).IsRequired();
        builder.Property(n => n.Slug).HasMaxLength(80).IsRequired();
        builder.Property(n => n.Description).HasMaxLength(4000);
        builder.HasIndex(n => new { n.ConventionId, n.Slug }).IsUnique();
        builder.HasOne(n => n.Convention).WithMany(c => c.ThematicNetworks)
            .HasForeignKey(n => n.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(n => n.Axis).WithMany()
            .HasForeignKey(n => n.AxisId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class NetworkMembershipConfiguration : IEntityTypeConfiguration<NetworkMembership>
{
    public void Configure(EntityTypeBuilder<NetworkMembership> builder)
    {
        builder.ToTable("NetworkMemberships");
        builder.HasKey(m => new { m.ThematicNetworkId, m.UserId });
        builder.HasIndex(m => m.UserId);
        builder.HasOne(m => m.ThematicNetwork).WithMany(n => n.Members)
            .HasForeignKey(m => m.ThematicNetworkId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany()
            .HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
