using Ctg.Participation.Cooperation;
using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Cooperation.Journal;
using Ctg.Participation.Cooperation.Schemes;
using Ctg.Participation.Referential;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

internal static class StoredDocumentMapping
{
    /// <summary>An optional file owned by its row: four columns prefixed with the property's name.</summary>
    public static void Map<T>(OwnedNavigationBuilder<T, StoredDocument> document) where T : class
    {
        document.Property(d => d.FileName).HasMaxLength(120);
        document.Property(d => d.ContentType).HasMaxLength(100);
        document.Property(d => d.StoredName).HasMaxLength(60);
    }
}

public sealed class CooperationEntryConfiguration : IEntityTypeConfiguration<CooperationEntry>
{
    public void Configure(EntityTypeBuilder<CooperationEntry> builder)
    {
        builder.ToTable("CooperationEntries");
        builder.Property(e => e.Note).HasMaxLength(CooperationJournal.NoteMax);
        // The journal page and every indicator read one CTG's entries of a period, by kind or not.
        builder.HasIndex(e => new { e.ConventionId, e.Date });
        builder.HasIndex(e => new { e.ConventionId, e.Kind, e.Date });
        builder.HasOne(e => e.Convention).WithMany().HasForeignKey(e => e.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(e => e.Nature).WithMany().HasForeignKey(e => e.NatureId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Governance.Meeting>().WithMany().HasForeignKey(e => e.MeetingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<ActionPlan.PlanAction>().WithMany().HasForeignKey(e => e.ActionId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Routing.Routing>().WithMany().HasForeignKey(e => e.RoutingId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<SharedDiagnostic>().WithMany().HasForeignKey(e => e.DiagnosticId).OnDelete(DeleteBehavior.SetNull);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(e => e.AuthorId).OnDelete(DeleteBehavior.SetNull);
        builder.OwnsOne(e => e.Attachment, StoredDocumentMapping.Map);
        builder.HasMany(e => e.Partners).WithOne().HasForeignKey(p => p.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Axes).WithOne().HasForeignKey(a => a.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(e => e.Municipalities).WithOne().HasForeignKey(m => m.EntryId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CooperationEntryPartnerConfiguration : IEntityTypeConfiguration<CooperationEntryPartner>
{
    public void Configure(EntityTypeBuilder<CooperationEntryPartner> builder)
    {
        builder.ToTable("CooperationEntryPartners");
        builder.HasKey(p => new { p.EntryId, p.PartnerId });
        builder.HasIndex(p => p.PartnerId);
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CooperationEntryAxisConfiguration : IEntityTypeConfiguration<CooperationEntryAxis>
{
    public void Configure(EntityTypeBuilder<CooperationEntryAxis> builder)
    {
        builder.ToTable("CooperationEntryAxes");
        builder.HasKey(a => new { a.EntryId, a.AxisId });
        builder.HasIndex(a => a.AxisId);
        builder.HasOne(a => a.Axis).WithMany().HasForeignKey(a => a.AxisId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CooperationEntryMunicipalityConfiguration : IEntityTypeConfiguration<CooperationEntryMunicipality>
{
    public void Configure(EntityTypeBuilder<CooperationEntryMunicipality> builder)
    {
        builder.ToTable("CooperationEntryMunicipalities");
        builder.HasKey(m => new { m.EntryId, m.MunicipalityId });
        builder.HasIndex(m => m.MunicipalityId);
        builder.HasOne(m => m.Municipality).WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class CooperationNatureConfiguration : IEntityTypeConfiguration<CooperationNature>
{
    public void Configure(EntityTypeBuilder<CooperationNature> builder)
    {
        builder.ToTable("CooperationNatures");
        builder.Property(n => n.Department).HasMaxLength(3).IsRequired();
        builder.Property(n => n.Label).HasMaxLength(CooperationNatures.LabelMax).IsRequired();
        builder.HasIndex(n => new { n.Department, n.Kind, n.Label }).IsUnique();
    }
}

public sealed class SharedDiagnosticConfiguration : IEntityTypeConfiguration<SharedDiagnostic>
{
    public void Configure(EntityTypeBuilder<SharedDiagnostic> builder)
    {
        builder.ToTable("SharedDiagnostics");
        builder.Property(d => d.Title).HasMaxLength(SharedDiagnostics.TitleMax).IsRequired();
        builder.Property(d => d.PublicSummary).HasMaxLength(SharedDiagnostics.SummaryMax);
        builder.HasIndex(d => new { d.ConventionId, d.Status, d.ValidatedOn });
        builder.HasOne(d => d.Convention).WithMany().HasForeignKey(d => d.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.OwnsOne(d => d.Document, StoredDocumentMapping.Map);
        builder.HasMany(d => d.Axes).WithOne().HasForeignKey(a => a.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Municipalities).WithOne().HasForeignKey(m => m.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Partners).WithOne().HasForeignKey(p => p.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Meetings).WithOne().HasForeignKey(m => m.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(d => d.Surveys).WithOne().HasForeignKey(s => s.DiagnosticId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DiagnosticAxisConfiguration : IEntityTypeConfiguration<DiagnosticAxis>
{
    public void Configure(EntityTypeBuilder<DiagnosticAxis> builder)
    {
        builder.ToTable("SharedDiagnosticAxes");
        builder.HasKey(a => new { a.DiagnosticId, a.AxisId });
        builder.Property(a => a.FindingsHtml).HasMaxLength(SharedDiagnostics.FindingsMax);
        builder.HasOne(a => a.Axis).WithMany().HasForeignKey(a => a.AxisId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DiagnosticMunicipalityConfiguration : IEntityTypeConfiguration<DiagnosticMunicipality>
{
    public void Configure(EntityTypeBuilder<DiagnosticMunicipality> builder)
    {
        builder.ToTable("SharedDiagnosticMunicipalities");
        builder.HasKey(m => new { m.DiagnosticId, m.MunicipalityId });
        builder.HasOne(m => m.Municipality).WithMany().HasForeignKey(m => m.MunicipalityId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DiagnosticPartnerConfiguration : IEntityTypeConfiguration<DiagnosticPartner>
{
    public void Configure(EntityTypeBuilder<DiagnosticPartner> builder)
    {
        builder.ToTable("SharedDiagnosticPartners");
        builder.HasKey(p => new { p.DiagnosticId, p.PartnerId });
        builder.HasOne(p => p.Partner).WithMany().HasForeignKey(p => p.PartnerId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DiagnosticMeetingConfiguration : IEntityTypeConfiguration<DiagnosticMeeting>
{
    public void Configure(EntityTypeBuilder<DiagnosticMeeting> builder)
    {
        builder.ToTable("SharedDiagnosticMeetings");
        builder.HasKey(m => new { m.DiagnosticId, m.MeetingId });
        builder.HasOne<Governance.Meeting>().WithMany().HasForeignKey(m => m.MeetingId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class DiagnosticSurveyConfiguration : IEntityTypeConfiguration<DiagnosticSurvey>
{
    public void Configure(EntityTypeBuilder<DiagnosticSurvey> builder)
    {
        builder.ToTable("SharedDiagnosticSurveys");
        builder.HasKey(s => new { s.DiagnosticId, s.SurveyId });
        builder.HasOne<Surveys.Survey>().WithMany().HasForeignKey(s => s.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class PolicySchemeConfiguration : IEntityTypeConfiguration<PolicyScheme>
{
    public void Configure(EntityTypeBuilder<PolicyScheme> builder)
    {
        builder.ToTable("PolicySchemes");
        builder.Property(s => s.Department).HasMaxLength(3).IsRequired();
        builder.Property(s => s.Name).HasMaxLength(PolicySchemes.NameMax).IsRequired();
        builder.HasIndex(s => new { s.Department, s.Name }).IsUnique();
    }
}

public sealed class PlanActionSchemeConfiguration : IEntityTypeConfiguration<PlanActionScheme>
{
    public void Configure(EntityTypeBuilder<PlanActionScheme> builder)
    {
        builder.ToTable("PlanActionSchemes");
        builder.HasKey(t => new { t.ActionId, t.SchemeId });
        builder.HasIndex(t => t.SchemeId);
        builder.HasOne<ActionPlan.PlanAction>().WithMany().HasForeignKey(t => t.ActionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(t => t.Scheme).WithMany().HasForeignKey(t => t.SchemeId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class ReferentialNoteConfiguration : IEntityTypeConfiguration<ReferentialNote>
{
    public void Configure(EntityTypeBuilder<ReferentialNote> builder)
    {
        builder.ToTable("ReferentialNotes");
        builder.Property(n => n.LineCode).HasMaxLength(20).IsRequired();
        builder.Property(n => n.Text).HasMaxLength(ReferentialNotes.TextMax).IsRequired();
        builder.HasIndex(n => new { n.ConventionId, n.Year, n.LineCode });
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(n => n.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(n => n.WrittenById).OnDelete(DeleteBehavior.SetNull);
    }
}
