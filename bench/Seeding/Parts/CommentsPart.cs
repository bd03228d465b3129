using Ctg.Participation.Proposals;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// Exactly the comment count planned for each published proposal, in time order; about one in four answers an earlier
/// comment (one level deep, as the portal allows), a few are hidden by moderation.
/// </summary>
public sealed class CommentsPart : ISeedPart
{
    public string Name => "Comments";

    public string Run(SeedContext context)
    {
        var world = context.World;
        var random = context.Random;
        var until = context.Options.Until;
        var id = 0;
        var topLevel = new List<int>();
        var times = new List<DateTimeOffset>();
        foreach (var proposal in world.Proposals)
        {
            if (proposal.Comments == 0) continue;
            var ctg = world.Ctgs[proposal.Ctg];
            times.Clear();
            for (var j = 0; j < proposal.Comments; j++) times.Add(context.Between(proposal.PublishedAt, until));
            times.Sort();
            topLevel.Clear();
            foreach (var at in times)
            {
                int? parent = topLevel.Count > 0 && random.NextDouble() < 0.25 ? topLevel[random.Next(topLevel.Count)] : null;
                var hidden = random.NextDouble() < 0.01;
                context.Insert(new Comment
                {
                    Id = ++id, ProposalId = proposal.Id, ParentId = parent, AuthorId = ProposalsPart.Resident(context, ctg),
                    BodyHtml = "<p>" + System.Net.WebUtility.HtmlEncode(context.Pick(Texts.Comments)) + "</p>", CreatedAt = at,
                    EditedAt = random.NextDouble() < 0.03 ? at.AddMinutes(5) : null,
                    Moderation = hidden ? ModerationState.Hidden : ModerationState.Visible,
                    ModerationReason = hidden ? "Message hors sujet." : null,
                });
                if (parent is null) topLevel.Add(id);
            }
        }
        return $"{id} comments";
    }
}
