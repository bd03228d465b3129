using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class ProposalConfiguration : IEntityTypeConfiguration<Proposal>
{
    public void Configure(EntityTypeBuilder<Proposal> builder)
    {
        builder.ToTable("Proposals");
        builder.Property(p => p.Title).HasMaxLength(200).IsRequired();
        builder.Property(p => p.BodyHtml).IsRequired();
        builder.Property(p => p.SearchText).IsRequired();
        builder.Property(p => p.AssistedAuthorName).HasMaxLength(60);
        builder.Property(p => p.ImageFile).HasMaxLength(60);
        builder.Property(p => p.ImageContentType).HasMaxLength(40);
        builder.Property(p => p.Answer).HasMaxLength(5000);
        builder.Property(p => p.WithdrawalReason).HasMaxLength(1000);
        builder.Property(p => p.ModerationReason).HasMaxLength(1000);
        // A resent form finds the proposal it already made.
        builder.HasIndex(p => p.SubmissionKey).IsUnique();
        // Keyset pages of the three sorts, within a CTG or across all.
        builder.HasIndex(p => new { p.SupportCount, p.Id });
        builder.HasIndex(p => new { p.CommentCount, p.Id });
        builder.HasIndex(p => new { p.ConventionId, p.Id });
        // « Most supported » and « most commented » within a CTG: walked backwards from the top, a page reads its rows
        // only, instead of sorting every proposal of the CTG.
        builder.HasIndex(p => new { p.ConventionId, p.SupportCount, p.Id });
        builder.HasIndex(p => new { p.ConventionId, p.CommentCount, p.Id });
        builder.HasIndex(p => new { p.Status, p.Id });
        builder.HasIndex(p => new { p.ConventionId, p.PublishedAt }); // indicators: proposals of a CTG published in a period
        // A CTG's proposals at one status (the coordinators' "à l'étude" view), counted and paged without reading the CTG's other rows.
        builder.HasIndex(p => new { p.ConventionId, p.Status, p.Id });
        // The routing desk's stubs (every routable proposal of a CTG: id and publication date) read from the index alone.
        builder.HasIndex(p => new { p.ConventionId, p.Moderation, p.WithdrawnAt, p.PublishedAt });
        builder.HasOne(p => p.Convention).WithMany().HasForeignKey(p => p.ConventionId).OnDelete(DeleteBehavior.Restrict);
        // Deleting an account keeps its proposals, shown as "Ancien participant".
        builder.HasOne(p => p.Author).WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(p => p.EnteredBy).WithMany().HasForeignKey(p => p.EnteredById).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ProposalMunicipalityConfiguration : IEntityTypeConfiguration<ProposalMunicipality>
{
    public void Configure(EntityTypeBuilder<ProposalMunicipality> builder)
    {
        builder.ToTable("ProposalMunicipalities");
        builder.HasKey(x => new { x.ProposalId, x.MunicipalityId });
        builder.HasIndex(x => x.MunicipalityId);
        builder.HasOne<Proposal>().WithMany(p => p.Municipalities).HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Municipality).WithMany().HasForeignKey(x => x.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProposalAxisConfiguration : IEntityTypeConfiguration<ProposalAxis>
{
    public void Configure(EntityTypeBuilder<ProposalAxis> builder)
    {
        builder.ToTable("ProposalAxes");
        builder.HasKey(x => new { x.ProposalId, x.AxisId });
        builder.HasIndex(x => x.AxisId);
        builder.HasOne<Proposal>().WithMany(p => p.Axes).HasForeignKey(x => x.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(x => x.Axis).WithMany().HasForeignKey(x => x.AxisId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class ProposalStatusChangeConfiguration : IEntityTypeConfiguration<ProposalStatusChange>
{
    public void Configure(EntityTypeBuilder<ProposalStatusChange> builder)
    {
        builder.ToTable("ProposalStatusChanges");
        builder.Property(h => h.Answer).HasMaxLength(5000);
        builder.HasIndex(h => h.ProposalId);
        builder.HasIndex(h => new { h.To, h.ChangedAt }); // indicators: decisions taken in a period
        builder.HasOne(h => h.Proposal).WithMany(p => p.StatusChanges).HasForeignKey(h => h.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(h => h.ChangedBy).WithMany().HasForeignKey(h => h.ChangedById).OnDelete(DeleteBehavior.SetNull);
    }
}
