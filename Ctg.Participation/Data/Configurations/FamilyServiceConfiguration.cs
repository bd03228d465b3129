using Ctg.Participation.ServiceDirectory;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class FamilyServiceConfiguration : IEntityTypeConfiguration<FamilyService>
{
    public void Configure(EntityTypeBuilder<FamilyService> builder)
    {
        builder.ToTable("FamilyServices");
        builder.Property(s => s.Name).HasMaxLength(FamilyServiceRules.NameMax).IsRequired();
        builder.Property(s => s.SortKey).HasMaxLength(FamilyServiceRules.NameMax).IsRequired();
        builder.Property(s => s.SearchText).HasMaxLength(4_000).IsRequired();
        builder.Property(s => s.Address).HasMaxLength(FamilyServiceRules.ShortMax);
        builder.Property(s => s.Phone).HasMaxLength(30);
        builder.Property(s => s.Email).HasMaxLength(254);
        builder.Property(s => s.Website).HasMaxLength(FamilyServiceRules.ShortMax);
        builder.Property(s => s.OpeningHours).HasMaxLength(FamilyServiceRules.TextMax);
        builder.Property(s => s.Accessibility).HasMaxLength(FamilyServiceRules.TextMax);
        // The directory's sort and keyset, with and without each filter.
        builder.HasIndex(s => new { s.SortKey, s.Id });
        builder.HasIndex(s => new { s.MunicipalityId, s.SortKey });
        builder.HasIndex(s => new { s.Kind, s.SortKey });
        builder.HasIndex(s => new { s.ConventionId, s.SortKey });
        builder.HasIndex(s => s.AxisId);
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(s => s.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Municipality).WithMany().HasForeignKey(s => s.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Axis).WithMany().HasForeignKey(s => s.AxisId).OnDelete(DeleteBehavior.SetNull);
    }
}
