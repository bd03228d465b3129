using Ctg.Participation.Reporting;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class ReportSubmissionConfiguration : IEntityTypeConfiguration<ReportSubmission>
{
    public void Configure(EntityTypeBuilder<ReportSubmission> builder)
    {
        builder.ToTable("ReportSubmissions");
        // One number per version: two coordinators clicking « Transmettre » at once cannot both create version 2.
        builder.HasIndex(s => new { s.AnnualReportId, s.Number }).IsUnique();
        builder.Property(s => s.Answer).HasMaxLength(ReportWorkflow.CommentMax);
        builder.Property(s => s.ReviewComment).HasMaxLength(ReportWorkflow.CommentMax);
        builder.Property(s => s.SnapshotJson).IsRequired();
        builder.Property(s => s.Pdf).IsRequired();
        builder.HasOne(s => s.AnnualReport).WithMany(r => r.Submissions).HasForeignKey(s => s.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(s => s.SubmittedBy).WithMany().HasForeignKey(s => s.SubmittedById).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne(s => s.ReviewedBy).WithMany().HasForeignKey(s => s.ReviewedById).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class AnnualReportTextConfiguration : IEntityTypeConfiguration<AnnualReportText>
{
    public void Configure(EntityTypeBuilder<AnnualReportText> builder)
    {
        builder.ToTable("AnnualReportTexts");
        builder.HasIndex(t => new { t.AnnualReportId, t.Objective }).IsUnique();
        builder.Property(t => t.Objective).HasMaxLength(8).IsRequired();
        builder.Property(t => t.TextHtml).IsRequired();
        builder.HasOne<Governance.AnnualReport>().WithMany(r => r.ObjectiveTexts).HasForeignKey(t => t.AnnualReportId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.UpdatedBy).WithMany().HasForeignKey(t => t.UpdatedById).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ReportReminderConfiguration : IEntityTypeConfiguration<ReportReminder>
{
    public void Configure(EntityTypeBuilder<ReportReminder> builder)
    {
        builder.ToTable("ReportReminders");
        builder.HasIndex(r => new { r.ConventionId, r.Year, r.Day }).IsUnique();
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(r => r.ConventionId).OnDelete(DeleteBehavior.Cascade);
    }
}
