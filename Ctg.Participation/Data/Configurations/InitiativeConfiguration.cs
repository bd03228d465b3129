using Ctg.Participation.Initiatives;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class InitiativeConfiguration : IEntityTypeConfiguration<CitizenInitiative>
{
    public void Configure(EntityTypeBuilder<CitizenInitiative> builder)
    {
        builder.ToTable("CitizenInitiatives");
        builder.Property(i => i.Name).HasMaxLength(150).IsRequired();
        builder.Property(i => i.DescriptionHtml).IsRequired();
        builder.Property(i => i.CarrierName).HasMaxLength(80).IsRequired();
        builder.Property(i => i.Contact).HasMaxLength(300).IsRequired();
        builder.Property(i => i.RefusalReason).HasMaxLength(1000);
        // The public list (validated, newest first) and the review queue (per CTG, oldest first).
        builder.HasIndex(i => new { i.Status, i.CreatedAt });
        builder.HasIndex(i => new { i.ConventionId, i.Status });
        builder.HasIndex(i => new { i.ConventionId, i.ReviewedAt }); // indicators: initiatives validated in a period
        builder.HasOne(i => i.Convention).WithMany().HasForeignKey(i => i.ConventionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(i => i.Axis).WithMany().HasForeignKey(i => i.AxisId).OnDelete(DeleteBehavior.Restrict);
        // Deleting an account keeps the initiative: the association still carries it under its public name.
        builder.HasOne(i => i.Author).WithMany().HasForeignKey(i => i.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(i => i.ReviewedById).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class InitiativeMunicipalityConfiguration : IEntityTypeConfiguration<InitiativeMunicipality>
{
    public void Configure(EntityTypeBuilder<InitiativeMunicipality> builder)
    {
        builder.ToTable("InitiativeMunicipalities");
        builder.HasKey(x => new { x.InitiativeId, x.MunicipalityId });
        builder.HasIndex(x => x.MunicipalityId);
        builder.HasOne<CitizenInitiative>().WithMany(i => i.Municipalities).HasForeignKey(x => x.InitiativeId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
