using Ctg.Participation.Indicators;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class IndicatorSnapshotConfiguration : IEntityTypeConfiguration<IndicatorSnapshot>
{
    public void Configure(EntityTypeBuilder<IndicatorSnapshot> builder)
    {
        builder.ToTable("IndicatorSnapshots");
        // A CTG's snapshots go with it; the department's have no CTG.
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(s => s.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.Content).IsRequired();
        // The dashboards read the newest snapshot of a scope and period; the job purges by age.
        builder.HasIndex(s => new { s.ConventionId, s.From, s.ComputedAt });
        builder.HasIndex(s => s.ComputedAt);
    }
}
