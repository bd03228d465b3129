using Ctg.Participation.Conventions;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class GovernanceBodyConfiguration : IEntityTypeConfiguration<GovernanceBody>
{
    public void Configure(EntityTypeBuilder<GovernanceBody> builder)
    {
        builder.ToTable("GovernanceBodies");
        builder.Property(b => b.Name).HasMaxLength(150).IsRequired();
        builder.Property(b => b.Description).HasMaxLength(4000);
        builder.HasOne(b => b.Convention).WithMany(c => c.GovernanceBodies)
            .HasForeignKey(b => b.ConventionId).OnDelete(DeleteBehavior.Cascade);
    }
}
