using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class ProposalCommentConfiguration : IEntityTypeConfiguration<Comment>
{
    public void Configure(EntityTypeBuilder<Comment> builder)
    {
        builder.ToTable("ProposalComments");
        builder.Property(c => c.BodyHtml).IsRequired();
        builder.Property(c => c.ModerationReason).HasMaxLength(1000);
        builder.HasIndex(c => new { c.ProposalId, c.CreatedAt });
        builder.HasIndex(c => c.AuthorId);
        builder.HasIndex(c => c.CreatedAt); // indicators: comments written in a period
        builder.HasOne(c => c.Proposal).WithMany().HasForeignKey(c => c.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.Author).WithMany().HasForeignKey(c => c.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
