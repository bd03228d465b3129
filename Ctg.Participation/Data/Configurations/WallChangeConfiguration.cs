using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class WallChangeConfiguration : IEntityTypeConfiguration<WallChange>
{
    public void Configure(EntityTypeBuilder<WallChange> builder)
    {
        builder.ToTable("WallChanges");
        builder.Property(c => c.Kind).HasMaxLength(10).IsRequired();
        builder.Property(c => c.Payload).IsRequired();
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.HasIndex(c => new { c.WallId, c.Sequence }).IsUnique();
        builder.HasOne<Wall>().WithMany().HasForeignKey(c => c.WallId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WallOperationConfiguration : IEntityTypeConfiguration<WallOperation>
{
    public void Configure(EntityTypeBuilder<WallOperation> builder)
    {
        builder.ToTable("WallOperations");
        builder.Property(o => o.UserId).HasMaxLength(450).IsRequired();
        // A resent operation id is found here and never applied twice.
        builder.HasIndex(o => new { o.WallId, o.OperationId }).IsUnique();
        builder.HasOne<Wall>().WithMany().HasForeignKey(o => o.WallId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WallCardSubmissionConfiguration : IEntityTypeConfiguration<WallCardSubmission>
{
    public void Configure(EntityTypeBuilder<WallCardSubmission> builder)
    {
        builder.ToTable("WallCardSubmissions");
        builder.Property(s => s.SubmittedById).HasMaxLength(450).IsRequired();
        builder.Property(s => s.SubmittedByName).HasMaxLength(60).IsRequired();
        builder.Property(s => s.TextAsSent).HasMaxLength(WallLimits.CardInputLength).IsRequired();
        builder.Property(s => s.Note).HasMaxLength(WallLimits.SubmissionNoteLength);
        builder.HasIndex(s => s.CardId).IsUnique();
        builder.HasIndex(s => new { s.ConventionId, s.SubmittedAt });
        builder.HasOne(s => s.Wall).WithMany().HasForeignKey(s => s.WallId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.Card).WithMany().HasForeignKey(s => s.CardId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(s => s.ConventionId).OnDelete(DeleteBehavior.Restrict);
    }
}
