using Ctg.Participation.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PartnerConfiguration : IEntityTypeConfiguration<Partner>
{
    public void Configure(EntityTypeBuilder<Partner> builder)
    {
        builder.ToTable("Partners");
        builder.Property(p => p.Name).HasMaxLength(200).IsRequired();
        builder.HasIndex(p => p.Name).IsUnique();
    }
}

public sealed class ConventionPartnerConfiguration : IEntityTypeConfiguration<ConventionPartner>
{
    public void Configure(EntityTypeBuilder<ConventionPartner> builder)
    {
        builder.ToTable("ConventionPartners");
        builder.HasKey(cp => new { cp.ConventionId, cp.PartnerId });
        builder.HasOne(cp => cp.Convention).WithMany(c => c.Partners)
            .HasForeignKey(cp => cp.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(cp => cp.Partner).WithMany(p => p.Conventions)
            .HasForeignKey(cp => cp.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
