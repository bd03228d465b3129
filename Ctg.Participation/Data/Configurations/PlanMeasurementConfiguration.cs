using Ctg.Participation.ActionPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PlanMeasurementConfiguration : IEntityTypeConfiguration<PlanMeasurement>
{
    public void Configure(EntityTypeBuilder<PlanMeasurement> builder)
    {
        builder.ToTable("PlanMeasurements");
        builder.Property(m => m.Value).HasPrecision(18, 4);
        builder.HasIndex(m => new { m.IndicatorId, m.MeasuredOn });
    }
}
