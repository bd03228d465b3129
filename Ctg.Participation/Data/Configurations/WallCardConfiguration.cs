using Ctg.Participation.Walls;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class WallCardConfiguration : IEntityTypeConfiguration<WallCard>
{
    public void Configure(EntityTypeBuilder<WallCard> builder)
    {
        builder.ToTable("WallCards");
        builder.Property(c => c.OrderKey).HasMaxLength(200).IsRequired();
        builder.Property(c => c.Html).HasMaxLength(WallLimits.CardInputLength * 2).IsRequired();
        builder.Property(c => c.Link).HasMaxLength(WallLimits.LinkLength + 100);
        builder.Property(c => c.Colour).HasMaxLength(20).IsRequired();
        builder.Property(c => c.AuthorId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(60).IsRequired();
        builder.Property(c => c.HiddenById).HasMaxLength(450);
        builder.Property(c => c.HiddenReason).HasMaxLength(WallLimits.HideReasonLength);
        builder.Property(c => c.ImageFileName).HasMaxLength(64);
        builder.Property(c => c.ImageAlt).HasMaxLength(WallLimits.ImageAltLength);
        builder.HasIndex(c => new { c.ColumnId, c.OrderKey });
        builder.HasIndex(c => c.WallId);
        builder.HasIndex(c => c.CreatedAt); // indicators: cards created in a period
        builder.HasOne(c => c.Wall).WithMany().HasForeignKey(c => c.WallId).OnDelete(DeleteBehavior.Cascade);
        // Columns are never deleted while cards live in them; the wall's cascade removes both.
        builder.HasOne(c => c.Column).WithMany().HasForeignKey(c => c.ColumnId).OnDelete(DeleteBehavior.Restrict);
    }
}

public sealed class WallReactionConfiguration : IEntityTypeConfiguration<WallReaction>
{
    public void Configure(EntityTypeBuilder<WallReaction> builder)
    {
        builder.ToTable("WallReactions");
        // One reaction of each kind per person and card.
        builder.HasKey(r => new { r.CardId, r.UserId, r.Kind });
        builder.Property(r => r.Kind).HasMaxLength(10);
        builder.HasOne(r => r.Card).WithMany(c => c.Reactions).HasForeignKey(r => r.CardId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(r => r.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}

public sealed class WallCommentConfiguration : IEntityTypeConfiguration<WallComment>
{
    public void Configure(EntityTypeBuilder<WallComment> builder)
    {
        builder.ToTable("WallComments");
        builder.Property(c => c.Text).HasMaxLength(WallLimits.CommentLength).IsRequired();
        builder.Property(c => c.AuthorId).HasMaxLength(450).IsRequired();
        builder.Property(c => c.AuthorName).HasMaxLength(60).IsRequired();
        builder.HasOne(c => c.Card).WithMany(c => c.Comments).HasForeignKey(c => c.CardId).OnDelete(DeleteBehavior.Cascade);
    }
}
