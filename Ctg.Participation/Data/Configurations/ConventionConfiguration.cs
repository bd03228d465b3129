using Ctg.Participation.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class ConventionConfiguration : IEntityTypeConfiguration<Convention>
{
    public void Configure(EntityTypeBuilder<Convention> builder)
    {
        builder.ToTable("Conventions");
        builder.Property(c => c.Slug).HasMaxLength(80).IsRequired();
        builder.HasIndex(c => c.Slug).IsUnique();
        builder.Property(c => c.Name).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Epci).HasMaxLength(200).IsRequired();
        builder.Property(c => c.EpciSiren).HasMaxLength(9);
        builder.Property(c => c.Department).HasMaxLength(3).IsRequired();
        builder.Property(c => c.Summary).HasMaxLength(4000);
    }
}
