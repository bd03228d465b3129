using System.Text.Json;
using Ctg.Participation.Walls;

namespace Ctg.Participation.Web.Walls;

/// <summary>
/// What the wall's script must know of the hub, generated from the hub itself so that there is one source of truth:
/// method and event names (nameof), the operation statuses, the message size limit. The page writes it into a data-
/// attribute; wwwroot/js/murs/contract.mjs reads it. Renaming a hub method renames it for the browser too.
/// </summary>
public static class WallHubContract
{
    public static object For(WallHubOptions options) => new
    {
        hub = WallsWebExtensions.HubPath,
        maxMessageBytes = options.MaximumReceiveMessageSize,
        // A refusal that is not about the change itself (the database is away for a moment): the script keeps the
        // change queued and sends it again, instead of dropping it like a refusal by a rule.
        temporaryRefusals = new[] { Ctg.Participation.Web.Extensions.DatabaseOutageExtensions.HubMessage, WallBoard.BusyMessage },
        statuses = new
        {
            applied = WallOperationResult.Applied,
            alreadyApplied = WallOperationResult.AlreadyApplied,
            conflict = WallOperationResult.Conflict,
        },
        methods = new
        {
            join = nameof(WallHub.Join),
            since = nameof(WallHub.Since),
            addColumn = nameof(WallHub.AddColumn),
            renameColumn = nameof(WallHub.RenameColumn),
            moveColumn = nameof(WallHub.MoveColumn),
            addCard = nameof(WallHub.AddCard),
            editCard = nameof(WallHub.EditCard),
            moveCard = nameof(WallHub.MoveCard),
            deleteCard = nameof(WallHub.DeleteCard),
            toggleReaction = nameof(WallHub.ToggleReaction),
            addComment = nameof(WallHub.AddComment),
            hideCard = nameof(WallHub.HideCard),
            sendUp = nameof(WallHub.SendUp),
        },
        events = new
        {
            changed = nameof(IWallClient.Changed),
            presence = nameof(IWallClient.Presence),
            presenceChanged = nameof(IWallClient.PresenceChanged),
        },
        limits = new
        {
            cardText = WallLimits.CardTextLength,
            cardInput = WallLimits.CardInputLength,
            link = WallLimits.LinkLength,
            columnTitle = WallLimits.ColumnTitleLength,
            comment = WallLimits.CommentLength,
            imageAlt = WallLimits.ImageAltLength,
            imageBytes = Ctg.Participation.Images.ImageStore.MaxBytes,
        },
        colours = CardColours.All.Select(c => new { id = c, label = CardColours.Label(c) }),
        reactions = ReactionKinds.All.Select(k => new { id = k, label = ReactionKinds.Label(k) }),
    };

    public static string Json(WallHubOptions options) => JsonSerializer.Serialize(For(options));
}
