using Ctg.Participation.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class AxisConfiguration : IEntityTypeConfiguration<Axis>
{
    public void Configure(EntityTypeBuilder<Axis> builder)
    {
        builder.ToTable("Axes");
        builder.Property(a => a.Name).HasMaxLength(150).IsRequired();
        builder.Property(a => a.Slug).HasMaxLength(80).IsRequired();
        builder.HasIndex(a => new { a.ConventionId, a.Slug }).IsUnique();
        builder.HasOne(a => a.Convention).WithMany(c => c.Axes)
            .HasForeignKey(a => a.ConventionId).OnDelete(DeleteBehavior.Cascade);
    }
}
