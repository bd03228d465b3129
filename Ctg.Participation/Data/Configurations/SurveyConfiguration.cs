using Ctg.Participation.Surveys;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class SurveyConfiguration : IEntityTypeConfiguration<Survey>
{
    public void Configure(EntityTypeBuilder<Survey> builder)
    {
        builder.ToTable("Surveys");
        builder.Property(s => s.Title).HasMaxLength(200).IsRequired();
        builder.Property(s => s.Introduction).HasMaxLength(4000).IsRequired();
        builder.Ignore(s => s.EndsAt);
        // The public list of open surveys and the coordination list per CTG.
        builder.HasIndex(s => new { s.Status, s.OpensAt });
        builder.HasIndex(s => new { s.ConventionId, s.Status });
        builder.HasOne(s => s.Convention).WithMany().HasForeignKey(s => s.ConventionId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(s => s.Axis).WithMany().HasForeignKey(s => s.AxisId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class SurveyQuestionConfiguration : IEntityTypeConfiguration<Question>
{
    public void Configure(EntityTypeBuilder<Question> builder)
    {
        builder.ToTable("SurveyQuestions");
        builder.Property(q => q.Label).HasMaxLength(500).IsRequired();
        builder.Property(q => q.Help).HasMaxLength(1000);
        builder.Property(q => q.Min).HasPrecision(18, 4);
        builder.Property(q => q.Max).HasPrecision(18, 4);
        builder.HasIndex(q => new { q.SurveyId, q.Position });
        builder.HasOne(q => q.Survey).WithMany(s => s.Questions).HasForeignKey(q => q.SurveyId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyQuestionChoiceConfiguration : IEntityTypeConfiguration<QuestionChoice>
{
    public void Configure(EntityTypeBuilder<QuestionChoice> builder)
    {
        builder.ToTable("SurveyQuestionChoices");
        builder.Property(c => c.Label).HasMaxLength(300).IsRequired();
        builder.HasIndex(c => new { c.QuestionId, c.IsRow, c.Position });
        builder.HasOne<Question>().WithMany(q => q.Choices).HasForeignKey(c => c.QuestionId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class SurveyResponseConfiguration : IEntityTypeConfiguration<SurveyResponse>
{
    public void Configure(EntityTypeBuilder<SurveyResponse> builder)
    {
        builder.ToTable("SurveyResponses");
        builder.Property(r => r.BrowserToken).HasMaxLength(64);
        builder.Property(r => r.CompletionToken).HasMaxLength(64).IsRequired();
        // One response per account and per browser, decided by the database even for two requests at once
        // (NULLs are distinct: anonymous responses have no account, signed-in ones no browser token).
        builder.HasIndex(r => new { r.SurveyId, r.UserId }).IsUnique();
        builder.HasIndex(r => new { r.SurveyId, r.BrowserToken }).IsUnique();
        builder.HasIndex(r => r.CompletionToken).IsUnique();
        // Export in id order and the indicator of completed responses in a period.
        builder.HasIndex(r => new { r.SurveyId, r.Status, r.Id });
        builder.HasIndex(r => new { r.Status, r.CompletedAt });
        builder.HasOne(r => r.Survey).WithMany().HasForeignKey(r => r.SurveyId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class SurveyAnswerConfiguration : IEntityTypeConfiguration<SurveyAnswer>
{
    public void Configure(EntityTypeBuilder<SurveyAnswer> builder)
    {
        builder.ToTable("SurveyAnswers");
        builder.Property(a => a.TextValue).HasMaxLength(5000);
        // Results: GROUP BY choice (and matrix row) per question, scale values, averages and distinct respondents are
        // all read from this one covering index, never from the table (300,000 responses: see README, Performance).
        builder.HasIndex(a => new { a.QuestionId, a.ChoiceId, a.RowId, a.NumberValue, a.ResponseId });
        // Export (all values of a response) and the commune of a response.
        builder.HasIndex(a => new { a.ResponseId, a.QuestionId });
        // Routing desk: flagged answers.
        builder.HasIndex(a => new { a.FlaggedAt });
        // Results: the latest free texts of a survey read from the text answers of its questions only, without a table
        // lookup per answer to test TextValue (a survey's choice and scale answers outnumber its texts ten to one).
        builder.HasIndex(a => new { a.QuestionId, a.Id }).HasFilter("\"TextValue\" IS NOT NULL");
        builder.HasOne(a => a.Response).WithMany().HasForeignKey(a => a.ResponseId).OnDelete(DeleteBehavior.Cascade);
        // Answers keep questions alive: the builder refuses to delete a question that has answers; Restrict backs it.
        builder.HasOne<Question>().WithMany().HasForeignKey(a => a.QuestionId).OnDelete(DeleteBehavior.Restrict);
    }
}
