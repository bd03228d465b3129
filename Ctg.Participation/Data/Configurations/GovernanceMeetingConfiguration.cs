using Ctg.Participation.Governance;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> builder)
    {
        builder.ToTable("Meetings");
        builder.Property(m => m.Title).HasMaxLength(MeetingRules.TitleMax).IsRequired();
        builder.Property(m => m.Place).HasMaxLength(MeetingRules.PlaceMax).IsRequired();
        builder.Property(m => m.Agenda).HasMaxLength(MeetingRules.AgendaMax).IsRequired();
        builder.Property(m => m.MinutesHtml).IsRequired();
        // Lists and indicators read a CTG's meetings by date (keyset on StartsAt, Id); the department-wide figures by kind.
        builder.HasIndex(m => new { m.ConventionId, m.StartsAt, m.Id });
        builder.HasIndex(m => new { m.Kind, m.StartsAt });
        builder.HasOne(m => m.Convention).WithMany().HasForeignKey(m => m.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(m => m.GovernanceBody).WithMany().HasForeignKey(m => m.GovernanceBodyId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(m => m.WorkingGroup).WithMany().HasForeignKey(m => m.WorkingGroupId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(m => m.CreatedById).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class MeetingInviteeConfiguration : IEntityTypeConfiguration<MeetingInvitee>
{
    public void Configure(EntityTypeBuilder<MeetingInvitee> builder)
    {
        builder.ToTable("MeetingInvitees");
        builder.Property(i => i.Name).HasMaxLength(MeetingRules.NameMax);
        builder.HasIndex(i => i.MeetingId);
        // "Partners mobilised / new partners" look up a partner's presences.
        builder.HasIndex(i => new { i.PartnerId, i.Attendance });
        builder.HasOne(i => i.Meeting).WithMany(m => m.Invitees).HasForeignKey(i => i.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(i => i.Partner).WithMany().HasForeignKey(i => i.PartnerId).OnDelete(DeleteBehavior.Restrict);
        // A deleted account's invitation is removed with it: attendance of people is not an indicator.
        builder.HasOne(i => i.User).WithMany().HasForeignKey(i => i.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class MeetingContributionConfiguration : IEntityTypeConfiguration<MeetingContribution>
{
    public void Configure(EntityTypeBuilder<MeetingContribution> builder)
    {
        builder.ToTable("MeetingContributions");
        builder.HasKey(c => new { c.MeetingId, c.ContributionKind, c.ContributionId });
        builder.HasOne<Meeting>().WithMany(m => m.Contributions).HasForeignKey(c => c.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DecisionConfiguration : IEntityTypeConfiguration<Decision>
{
    public void Configure(EntityTypeBuilder<Decision> builder)
    {
        builder.ToTable("Decisions");
        builder.Property(d => d.Text).HasMaxLength(MeetingRules.DecisionMax).IsRequired();
        builder.Property(d => d.Responsible).HasMaxLength(MeetingRules.NameMax);
        builder.HasIndex(d => d.MeetingId);
        builder.HasIndex(d => d.DoneAt);
        builder.HasOne(d => d.Meeting).WithMany(m => m.Decisions).HasForeignKey(d => d.MeetingId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<ActionPlan.PlanAction>().WithMany().HasForeignKey(d => d.PlanActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasIndex(d => d.PlanActionId);
    }
}

public sealed class DecisionFollowUpConfiguration : IEntityTypeConfiguration<DecisionFollowUp>
{
    public void Configure(EntityTypeBuilder<DecisionFollowUp> builder)
    {
        builder.ToTable("DecisionFollowUps");
        builder.Property(f => f.Note).HasMaxLength(MeetingRules.DecisionMax).IsRequired();
        builder.HasIndex(f => f.DecisionId);
        builder.HasOne<Decision>().WithMany(d => d.FollowUps).HasForeignKey(f => f.DecisionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(f => f.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class AnnualReportConfiguration : IEntityTypeConfiguration<AnnualReport>
{
    public void Configure(EntityTypeBuilder<AnnualReport> builder)
    {
        builder.ToTable("AnnualReports");
        builder.HasIndex(r => new { r.ConventionId, r.Year }).IsUnique();
        builder.Property(r => r.TextHtml).IsRequired();
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(r => r.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.UpdatedBy).WithMany().HasForeignKey(r => r.UpdatedById).OnDelete(DeleteBehavior.SetNull);
    }
}
