using Ctg.Participation.ActionPlan;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class PlanActionNoteConfiguration : IEntityTypeConfiguration<PlanActionNote>
{
    public void Configure(EntityTypeBuilder<PlanActionNote> builder)
    {
        builder.ToTable("PlanActionNotes");
        builder.Property(n => n.Text).HasMaxLength(ActionRules.NoteMax).IsRequired();
        // The public page reads public notes of a plan's fiches, newest first.
        builder.HasIndex(n => new { n.ActionId, n.IsPublic, n.WrittenOn });
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(n => n.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
