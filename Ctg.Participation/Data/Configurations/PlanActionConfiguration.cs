using Ctg.Participation.ActionPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PlanActionConfiguration : IEntityTypeConfiguration<PlanAction>
{
    public void Configure(EntityTypeBuilder<PlanAction> builder)
    {
        builder.ToTable("PlanActions");
        builder.HasIndex(a => new { a.ConventionId, a.Number }).IsUnique();
        // The desk's query: late or blocked fiches of one CTG.
        builder.HasIndex(a => new { a.ConventionId, a.Status, a.DueDate });
        builder.Property(a => a.Title).HasMaxLength(ActionRules.TitleMax).IsRequired();
        foreach (var text in new[] { nameof(PlanAction.Diagnostic), nameof(PlanAction.Finality), nameof(PlanAction.OperationalObjectives),
                     nameof(PlanAction.TargetAudience), nameof(PlanAction.Modalities), nameof(PlanAction.Services), nameof(PlanAction.ExpectedResults) })
        {
            builder.Property<string?>(text).HasMaxLength(ActionRules.LongTextMax);
        }
        builder.HasOne(a => a.Convention).WithMany().HasForeignKey(a => a.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(a => a.Axis).WithMany().HasForeignKey(a => a.AxisId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(a => a.Partners).WithOne().HasForeignKey(p => p.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Indicators).WithOne(i => i.Action).HasForeignKey(i => i.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(a => a.Notes).WithOne().HasForeignKey(n => n.ActionId).OnDelete(DeleteBehavior.Cascade);
        // An alert to the Copil may concern a fiche; it outlives the fiche.
        builder.HasMany<Routing.CopilAlert>().WithOne().HasForeignKey(a => a.ActionId).OnDelete(DeleteBehavior.SetNull);
    }
}
