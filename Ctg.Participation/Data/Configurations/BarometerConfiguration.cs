using Ctg.Participation.Barometers;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class BarometerConfiguration : IEntityTypeConfiguration<Barometer>
{
    public void Configure(EntityTypeBuilder<Barometer> builder)
    {
        builder.ToTable("Barometers");
        // One barometer of each kind per CTG and year, even when two coordinators launch it at the same moment.
        builder.HasIndex(b => new { b.ConventionId, b.Kind, b.Year }).IsUnique();
        builder.HasIndex(b => b.SurveyId).IsUnique();
        builder.HasOne(b => b.Convention).WithMany().HasForeignKey(b => b.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(b => b.Survey).WithMany().HasForeignKey(b => b.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Surveys.Question>().WithMany().HasForeignKey(b => b.VisibilityQuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Surveys.Question>().WithMany().HasForeignKey(b => b.AppreciationQuestionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(b => b.LaunchedById).OnDelete(DeleteBehavior.SetNull);
    }
}
