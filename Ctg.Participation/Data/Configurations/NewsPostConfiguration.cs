using Ctg.Participation.News;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class NewsPostConfiguration : IEntityTypeConfiguration<NewsPost>
{
    public void Configure(EntityTypeBuilder<NewsPost> builder)
    {
        builder.ToTable("NewsPosts");
        builder.Property(p => p.Title).HasMaxLength(CtgNews.TitleMax).IsRequired();
        builder.Property(p => p.BodyHtml).HasMaxLength(CtgNews.BodyMax).IsRequired();
        builder.Property(p => p.ImageFile).HasMaxLength(100);
        builder.Property(p => p.ImageContentType).HasMaxLength(50);
        builder.Property(p => p.ImageAlt).HasMaxLength(CtgNews.AltMax);
        // The public list: a CTG's published posts, newest first.
        builder.HasIndex(p => new { p.ConventionId, p.IsPublished, p.PublishedAt });
        builder.HasOne<Conventions.Convention>().WithMany().HasForeignKey(p => p.ConventionId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Accounts.PortalUser>().WithMany().HasForeignKey(p => p.AuthorId).OnDelete(DeleteBehavior.SetNull);
    }
}
