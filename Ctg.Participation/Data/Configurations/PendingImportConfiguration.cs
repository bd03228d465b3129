using Ctg.Participation.Csv;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PendingImportConfiguration : IEntityTypeConfiguration<PendingImport>
{
    public void Configure(EntityTypeBuilder<PendingImport> builder)
    {
        builder.ToTable("PendingImports");
        builder.Property(p => p.Kind).HasMaxLength(20).IsRequired();
        builder.Property(p => p.FileName).HasMaxLength(200);
        builder.Property(p => p.UserId).IsRequired();
        builder.HasIndex(p => p.CreatedAt);
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(p => p.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(p => p.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
