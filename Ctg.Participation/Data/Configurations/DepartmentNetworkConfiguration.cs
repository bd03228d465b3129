using Ctg.Participation.DepartmentNetwork;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class SharedSupportConfiguration : IEntityTypeConfiguration<SharedSupport>
{
    public void Configure(EntityTypeBuilder<SharedSupport> builder)
    {
        builder.ToTable("SharedSupports");
        builder.Property(s => s.Title).HasMaxLength(SupportLibrary.TitleMax).IsRequired();
        builder.Property(s => s.Axes).HasMaxLength(2000).IsRequired();
        builder.Property(s => s.FileName).HasMaxLength(120).IsRequired();
        builder.Property(s => s.UploadedByName).HasMaxLength(200).IsRequired();
        builder.Ignore(s => s.AxisNames);
        // T2-3.2-b counts a CTG's supports in a period.
        builder.HasIndex(s => new { s.OriginConventionId, s.CreatedAt });
        builder.HasIndex(s => s.CreatedAt);
        builder.HasOne(s => s.OriginConvention).WithMany().HasForeignKey(s => s.OriginConventionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(s => s.UploadedById).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class SharedSupportFileConfiguration : IEntityTypeConfiguration<SharedSupportFile>
{
    public void Configure(EntityTypeBuilder<SharedSupportFile> builder)
    {
        builder.ToTable("SharedSupportFiles");
        builder.HasKey(f => f.SupportId);
        builder.Property(f => f.Content).IsRequired();
        builder.HasOne<SharedSupport>().WithOne().HasForeignKey<SharedSupportFile>(f => f.SupportId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class NetworkEventConfiguration : IEntityTypeConfiguration<NetworkEvent>
{
    public void Configure(EntityTypeBuilder<NetworkEvent> builder)
    {
        builder.ToTable("NetworkEvents");
        builder.Property(e => e.Title).HasMaxLength(NetworkEvents.TitleMax).IsRequired();
        builder.Property(e => e.Place).HasMaxLength(NetworkEvents.PlaceMax).IsRequired();
        builder.Property(e => e.Description).HasMaxLength(NetworkEvents.DescriptionMax).IsRequired();
        builder.HasIndex(e => e.StartsAt);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(e => e.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class NetworkEventRegistrationConfiguration : IEntityTypeConfiguration<NetworkEventRegistration>
{
    public void Configure(EntityTypeBuilder<NetworkEventRegistration> builder)
    {
        builder.ToTable("NetworkEventRegistrations");
        builder.HasKey(r => new { r.EventId, r.UserId });
        builder.HasIndex(r => r.UserId);
        builder.HasOne(r => r.Event).WithMany(e => e.Registrations).HasForeignKey(r => r.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
