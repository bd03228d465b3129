using Ctg.Participation.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class MunicipalityConfiguration : IEntityTypeConfiguration<Municipality>
{
    public void Configure(EntityTypeBuilder<Municipality> builder)
    {
        builder.ToTable("Municipalities");
        builder.Property(m => m.InseeCode).HasMaxLength(5).IsFixedLength().IsRequired();
        builder.HasIndex(m => m.InseeCode).IsUnique();
        builder.Property(m => m.Name).HasMaxLength(120).IsRequired();
        builder.HasOne(m => m.Convention).WithMany(c => c.Municipalities)
            .HasForeignKey(m => m.ConventionId).OnDelete(DeleteBehavior.Restrict);
    }
}
