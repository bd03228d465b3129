using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class ProposalReportConfiguration : IEntityTypeConfiguration<Report>
{
    public void Configure(EntityTypeBuilder<Report> builder)
    {
        builder.ToTable("ProposalReports");
        builder.Property(r => r.TargetKey).HasMaxLength(20).IsRequired();
        // One report per person per content (TargetKey is never null, unlike CommentId).
        builder.HasIndex(r => new { r.TargetKey, r.ReporterId }).IsUnique();
        builder.HasIndex(r => new { r.ResolvedAt, r.ProposalId });
        builder.HasIndex(r => r.ReporterId);
        builder.HasOne(r => r.Proposal).WithMany().HasForeignKey(r => r.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Comment).WithMany().HasForeignKey(r => r.CommentId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.Reporter).WithMany().HasForeignKey(r => r.ReporterId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ProposalModerationDecisionConfiguration : IEntityTypeConfiguration<ModerationDecision>
{
    public void Configure(EntityTypeBuilder<ModerationDecision> builder)
    {
        builder.ToTable("ProposalModerationDecisions");
        builder.Property(d => d.Reason).HasMaxLength(1000).IsRequired();
        builder.HasIndex(d => d.ProposalId);
        builder.HasOne<Proposal>().WithMany().HasForeignKey(d => d.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(d => d.DecidedBy).WithMany().HasForeignKey(d => d.DecidedById).OnDelete(DeleteBehavior.SetNull);
    }
}
