using System.Text.Json;

namespace Ctg.Participation.Walls;

/// <summary>Entities to views, and views to and from the JSON a <see cref="WallChange"/> stores.</summary>
public static class WallViewMapping
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static ColumnView ToView(this WallColumn column) => new(column.Id, column.Title, column.OrderKey);

    /// <summary>A hidden or deleted card shows nothing of its content: the text stays in the database for the trace only.</summary>
    public static CardView ToView(this WallCard card, bool sentUp)
    {
        var hidden = card.HiddenAt is not null;
        var blank = hidden || card.IsDeleted;
        var reactions = ReactionKinds.All.ToDictionary(k => k, k => blank ? 0 : card.Reactions.Count(r => r.Kind == k));
        var comments = blank
            ? []
            : card.Comments.OrderBy(c => c.CreatedAt).ThenBy(c => c.Id).Select(c => new CommentView(c.Id, c.AuthorName, c.Text, c.CreatedAt)).ToList();
        return new CardView(card.Id, card.ColumnId, card.OrderKey, blank ? "" : card.Html, blank ? null : card.Link, card.Colour,
            card.AuthorName, card.Version, card.IsDeleted, hidden, reactions, comments, sentUp,
            blank || card.ImageFileName is null ? null : ImageUrl(card.WallId, card.Id, card.Version),
            blank || card.ImageFileName is null ? null : card.ImageAlt ?? DefaultImageAlt(card.AuthorName));
    }

    /// <summary>
    /// Where the image is served. The version is in the query so that a replaced image gets a new address and no
    /// browser or proxy keeps showing the old one.
    /// </summary>
    public static string ImageUrl(int wallId, int cardId, int version) => $"/murs/{wallId}/cartes/{cardId}/image?v={version}";

    public static string DefaultImageAlt(string authorName) => $"Image jointe à la carte de {authorName}";

    public static WallChangeView ToView(this WallChange change) => change.Kind switch
    {
        WallChangeKinds.Column => new(change.Sequence, change.Kind, JsonSerializer.Deserialize<ColumnView>(change.Payload, Json), null),
        _ => new(change.Sequence, change.Kind, null, JsonSerializer.Deserialize<CardView>(change.Payload, Json)),
    };

    public static string ToPayload(object view) => JsonSerializer.Serialize(view, view.GetType(), Json);
}
