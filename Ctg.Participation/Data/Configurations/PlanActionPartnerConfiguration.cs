using Ctg.Participation.ActionPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PlanActionPartnerConfiguration : IEntityTypeConfiguration<PlanActionPartner>
{
    public void Configure(EntityTypeBuilder<PlanActionPartner> builder)
    {
        builder.ToTable("PlanActionPartners");
        builder.HasKey(p => new { p.ActionId, p.PartnerId });
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}
