using Ctg.Participation.Accounts;
using Ctg.Participation.Conventions;
using Ctg.Participation.Notifications;
using Ctg.Participation.Proposals;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Data;

/// <summary>
/// The one DbContext. Each entity is configured by its own IEntityTypeConfiguration in Data/Configurations; feature
/// services reach their tables through the sets below. Data-protection keys live here too, so that sign-in cookies
/// survive a restart and are shared by every instance on the same database.
/// </summary>
public class PortalDbContext(DbContextOptions<PortalDbContext> options)
    : IdentityDbContext<PortalUser>(options), IDataProtectionKeyContext
{
    public DbSet<Convention> Conventions => Set<Convention>();
    public DbSet<Municipality> Municipalities => Set<Municipality>();
    public DbSet<Axis> Axes => Set<Axis>();
    public DbSet<WorkingGroup> WorkingGroups => Set<WorkingGroup>();
    public DbSet<WorkingGroupMember> WorkingGroupMembers => Set<WorkingGroupMember>();
    public DbSet<ThematicNetwork> ThematicNetworks => Set<ThematicNetwork>();
    public DbSet<NetworkMembership> NetworkMemberships => Set<NetworkMembership>();
    public DbSet<GovernanceBody> GovernanceBodies => Set<GovernanceBody>();
    public DbSet<Partner> Partners => Set<Partner>();
    public DbSet<ConventionPartner> ConventionPartners => Set<ConventionPartner>();
    public DbSet<CoordinatorAssignment> CoordinatorAssignments => Set<CoordinatorAssignment>();
    public DbSet<PortalSetting> PortalSettings => Set<PortalSetting>();
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Walls.Wall> Walls => Set<Walls.Wall>();
    public DbSet<Walls.WallColumn> WallColumns => Set<Walls.WallColumn>();
    public DbSet<Walls.WallCard> WallCards => Set<Walls.WallCard>();
    public DbSet<Walls.WallReaction> WallReactions => Set<Walls.WallReaction>();
    public DbSet<Walls.WallComment> WallComments => Set<Walls.WallComment>();
    public DbSet<Walls.WallChange> WallChanges => Set<Walls.WallChange>();
    public DbSet<Walls.WallOperation> WallOperations => Set<Walls.WallOperation>();
    public DbSet<Walls.WallCardSubmission> WallCardSubmissions => Set<Walls.WallCardSubmission>();
    public DbSet<Proposal> Proposals => Set<Proposal>();
    public DbSet<ProposalStatusChange> ProposalStatusChanges => Set<ProposalStatusChange>();
    public DbSet<Support> Supports => Set<Support>();
    public DbSet<ProposalFollow> ProposalFollows => Set<ProposalFollow>();
    public DbSet<Comment> Comments => Set<Comment>();
    public DbSet<Report> Reports => Set<Report>();
    public DbSet<ModerationDecision> ModerationDecisions => Set<ModerationDecision>();
    public DbSet<Notification> Notifications => Set<Notification>();
    public DbSet<NotificationPreference> NotificationPreferences => Set<NotificationPreference>();
    public DbSet<Initiatives.CitizenInitiative> CitizenInitiatives => Set<Initiatives.CitizenInitiative>();
    public DbSet<Routing.Routing> Routings => Set<Routing.Routing>();
    public DbSet<Routing.RoutingEvent> RoutingEvents => Set<Routing.RoutingEvent>();
    public DbSet<Routing.CopilAlert> CopilAlerts => Set<Routing.CopilAlert>();
    public DbSet<Governance.Meeting> Meetings => Set<Governance.Meeting>();
    public DbSet<Governance.MeetingInvitee> MeetingInvitees => Set<Governance.MeetingInvitee>();
    public DbSet<Governance.MeetingContribution> MeetingContributions => Set<Governance.MeetingContribution>();
    public DbSet<Governance.Decision> Decisions => Set<Governance.Decision>();
    public DbSet<Governance.DecisionFollowUp> DecisionFollowUps => Set<Governance.DecisionFollowUp>();
    public DbSet<Governance.AnnualReport> AnnualReports => Set<Governance.AnnualReport>();
    public DbSet<Reporting.ReportSubmission> ReportSubmissions => Set<Reporting.ReportSubmission>();
    public DbSet<Reporting.AnnualReportText> AnnualReportTexts => Set<Reporting.AnnualReportText>();
    public DbSet<Reporting.ReportReminder> ReportReminders => Set<Reporting.ReportReminder>();
    public DbSet<Jobs.JobLease> JobLeases => Set<Jobs.JobLease>();
    public DbSet<Indicators.IndicatorSnapshot> IndicatorSnapshots => Set<Indicators.IndicatorSnapshot>();
    public DbSet<Jobs.DigestDelivery> DigestDeliveries => Set<Jobs.DigestDelivery>();
    public DbSet<Surveys.Survey> Surveys => Set<Surveys.Survey>();
    public DbSet<Surveys.Question> SurveyQuestions => Set<Surveys.Question>();
    public DbSet<Surveys.QuestionChoice> SurveyQuestionChoices => Set<Surveys.QuestionChoice>();
    public DbSet<Surveys.SurveyResponse> SurveyResponses => Set<Surveys.SurveyResponse>();
    public DbSet<Surveys.SurveyAnswer> SurveyAnswers => Set<Surveys.SurveyAnswer>();
    public DbSet<ActionPlan.PlanAction> PlanActions => Set<ActionPlan.PlanAction>();
    public DbSet<ActionPlan.PlanActionPartner> PlanActionPartners => Set<ActionPlan.PlanActionPartner>();
    public DbSet<ActionPlan.PlanIndicator> PlanIndicators => Set<ActionPlan.PlanIndicator>();
    public DbSet<ActionPlan.PlanMeasurement> PlanMeasurements => Set<ActionPlan.PlanMeasurement>();
    public DbSet<ActionPlan.PlanActionNote> PlanActionNotes => Set<ActionPlan.PlanActionNote>();
    public DbSet<ActionPlan.PlanActionRouting> PlanActionRoutings => Set<ActionPlan.PlanActionRouting>();
    public DbSet<Csv.PendingImport> PendingImports => Set<Csv.PendingImport>();
    public DbSet<ServiceDirectory.FamilyService> FamilyServices => Set<ServiceDirectory.FamilyService>();
    public DbSet<News.NewsPost> NewsPosts => Set<News.NewsPost>();
    public DbSet<Accounts.UserSession> UserSessions => Set<Accounts.UserSession>();
    public DbSet<Security.SecurityEvent> SecurityEvents => Set<Security.SecurityEvent>();
    public DbSet<Barometers.Barometer> Barometers => Set<Barometers.Barometer>();
    public DbSet<DepartmentNetwork.SharedSupport> SharedSupports => Set<DepartmentNetwork.SharedSupport>();
    public DbSet<DepartmentNetwork.SharedSupportFile> SharedSupportFiles => Set<DepartmentNetwork.SharedSupportFile>();
    public DbSet<DepartmentNetwork.NetworkEvent> NetworkEvents => Set<DepartmentNetwork.NetworkEvent>();
    public DbSet<DepartmentNetwork.NetworkEventRegistration> NetworkEventRegistrations => Set<DepartmentNetwork.NetworkEventRegistration>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PortalDbContext).Assembly);
        if (Database.ProviderName == PortalDatabase.NpgsqlProviderName)
        {
            // Fractional order keys compare byte by byte (SQLite's default collation); PostgreSQL needs it said.
            builder.Entity<Walls.WallColumn>().Property(c => c.OrderKey).UseCollation("C");
            builder.Entity<Walls.WallCard>().Property(c => c.OrderKey).UseCollation("C");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset; store it as UTC ticks (a long) on every provider so that
        // "older than", "latest first" and keyset pagination run in the database, and the same queries run on PostgreSQL.
        configurationBuilder.Properties<DateTimeOffset>().HaveConversion<UtcTicksConverter>();
        configurationBuilder.Properties<DateTimeOffset?>().HaveConversion<UtcTicksConverter>();
    }
}
