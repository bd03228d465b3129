using Ctg.Participation.Accounts;
using Ctg.Participation.Proposals;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Ctg.Participation.Data.Configurations;

public sealed class ProposalSupportConfiguration : IEntityTypeConfiguration<Support>
{
    public void Configure(EntityTypeBuilder<Support> builder)
    {
        builder.ToTable("ProposalSupports");
        // One support per account per proposal, decided by the database even for two requests at once.
        builder.HasIndex(s => new { s.ProposalId, s.UserId }).IsUnique();
        builder.HasIndex(s => s.UserId);
        builder.HasIndex(s => s.CreatedAt); // indicators: supports given in a period
        builder.HasOne(s => s.Proposal).WithMany().HasForeignKey(s => s.ProposalId).OnDelete(DeleteBehavior.Cascade);
        // A deleted account's support stays, anonymous, so the published count does not change.
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(s => s.UserId).OnDelete(DeleteBehavior.SetNull);
    }
}

public sealed class ProposalFollowConfiguration : IEntityTypeConfiguration<ProposalFollow>
{
    public void Configure(EntityTypeBuilder<ProposalFollow> builder)
    {
        builder.ToTable("ProposalFollows");
        builder.HasKey(f => new { f.ProposalId, f.UserId });
        builder.HasIndex(f => f.UserId);
        builder.HasOne(f => f.Proposal).WithMany().HasForeignKey(f => f.ProposalId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<PortalUser>().WithMany().HasForeignKey(f => f.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
