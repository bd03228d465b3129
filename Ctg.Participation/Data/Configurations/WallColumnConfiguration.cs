using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class WallColumnConfiguration : IEntityTypeConfiguration<WallColumn>
{
    public void Configure(EntityTypeBuilder<WallColumn> builder)
    {
        builder.ToTable("WallColumns");
        builder.Property(c => c.Title).HasMaxLength(WallLimits.ColumnTitleLength).IsRequired();
        // Compared ordinally in code (FractionalKey.Comparer); SQLite's default collation is binary too.
        builder.Property(c => c.OrderKey).HasMaxLength(200).IsRequired();
        builder.HasIndex(c => new { c.WallId, c.OrderKey });
        builder.HasOne(c => c.Wall).WithMany().HasForeignKey(c => c.WallId).OnDelete(DeleteBehavior.Cascade);
    }
}
