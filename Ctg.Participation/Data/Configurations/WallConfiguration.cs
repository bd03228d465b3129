using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class WallConfiguration : IEntityTypeConfiguration<Wall>
{
    public void Configure(EntityTypeBuilder<Wall> builder)
    {
        builder.ToTable("Walls");
        builder.Property(w => w.Slug).HasMaxLength(80).IsRequired();
        builder.Property(w => w.Title).HasMaxLength(WallLimits.WallTitleLength).IsRequired();
        builder.Property(w => w.LastSequence).IsConcurrencyToken();
        builder.HasIndex(w => new { w.ThematicNetworkId, w.Slug }).IsUnique();
        builder.HasOne(w => w.ThematicNetwork).WithMany().HasForeignKey(w => w.ThematicNetworkId).OnDelete(DeleteBehavior.Cascade);
    }
}
