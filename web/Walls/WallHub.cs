using Ctg.Participation.Walls;
using Microsoft.AspNetCore.SignalR;

namespace Ctg.Participation.Web.Walls;

/// <summary>
/// The live wall. Thin: <see cref="WallAccessFilter"/> has checked the caller's rights on the wall (first argument of
/// every method) before any method runs; each method hands the call to <see cref="WallBoard"/> and pushes the stored
/// changes to everyone on the wall. No state lives here: presence is in <see cref="WallPresence"/>, changes in the database.
/// </summary>
public sealed class WallHub(WallCaller caller, WallBoard board, WallReader reader, WallPresence presence, WallPresenceBroadcaster presenceDeltas) : Hub<IWallClient>
{
    private const string JoinedWallsKey = "walls-joined";

    public static string Group(int wallId) => "mur:" + wallId;

    /// <summary>Joins the wall's group (again, after a reconnect) and returns what the client missed since <paramref name="lastSequence"/>.</summary>
    [WallRight(WallRight.Read)]
    public async Task<WallSync> Join(int wallId, long lastSequence)
    {
        await Groups.AddToGroupAsync(Context.ConnectionId, Group(wallId));
        var name = caller.Permit.UserId is null ? "Visiteur" : caller.Permit.DisplayName;
        var people = await presence.JoinAsync(wallId, Context.ConnectionId, name);
        // The newcomer gets the whole list; the others, a delta gathered with other arrivals (not N lists for N joins).
        await Clients.Caller.Presence(wallId, people);
        if (Joined().Add(wallId)) presenceDeltas.Joined(wallId, new WallPresent(WallPresence.PublicId(Context.ConnectionId), name));
        return await reader.SinceAsync(wallId, lastSequence, Context.ConnectionAborted) ?? throw new HubException("Ce mur n'existe plus.");
    }

    [WallRight(WallRight.Read)]
    public async Task<WallSync> Since(int wallId, long lastSequence) =>
        await reader.SinceAsync(wallId, lastSequence, Context.ConnectionAborted) ?? throw new HubException("Ce mur n'existe plus.");

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> AddColumn(int wallId, Guid operationId, string title) =>
        Publish(wallId, board.AddColumnAsync(caller.Permit, operationId, title, Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> RenameColumn(int wallId, Guid operationId, int columnId, string title) =>
        Publish(wallId, board.RenameColumnAsync(caller.Permit, operationId, columnId, title, Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> MoveColumn(int wallId, Guid operationId, int columnId, int? previousId, int? nextId) =>
        Publish(wallId, board.MoveColumnAsync(caller.Permit, operationId, columnId, previousId, nextId, Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> AddCard(int wallId, Guid operationId, int columnId, string text, string? link, string? colour) =>
        Publish(wallId, board.AddCardAsync(caller.Permit, operationId, columnId, new WallCardInput(text, link, colour), Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> EditCard(int wallId, Guid operationId, int cardId, int expectedVersion, string text, string? link, string? colour) =>
        Publish(wallId, board.EditCardAsync(caller.Permit, operationId, cardId, expectedVersion, new WallCardInput(text, link, colour), Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> MoveCard(int wallId, Guid operationId, int cardId, int columnId, int? previousId, int? nextId) =>
        Publish(wallId, board.MoveCardAsync(caller.Permit, operationId, cardId, columnId, previousId, nextId, Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> DeleteCard(int wallId, Guid operationId, int cardId, int expectedVersion) =>
        Publish(wallId, board.DeleteCardAsync(caller.Permit, operationId, cardId, expectedVersion, Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> ToggleReaction(int wallId, Guid operationId, int cardId, string kind) =>
        Publish(wallId, board.ToggleReactionAsync(caller.Permit, operationId, cardId, kind, Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> AddComment(int wallId, Guid operationId, int cardId, string text) =>
        Publish(wallId, board.AddCommentAsync(caller.Permit, operationId, cardId, text, Context.ConnectionAborted));

    [WallRight(WallRight.Moderate)]
    public Task<WallOperationResult> HideCard(int wallId, Guid operationId, int cardId, string reason) =>
        Publish(wallId, board.HideCardAsync(caller.Permit, operationId, cardId, reason, Context.ConnectionAborted));

    [WallRight(WallRight.Write)]
    public Task<WallOperationResult> SendUp(int wallId, Guid operationId, int cardId, string? note) =>
        Publish(wallId, board.SendUpAsync(caller.Permit, operationId, cardId, note, Context.ConnectionAborted));

    public override async Task OnDisconnectedAsync(Exception? exception)
    {
        foreach (var wallId in Joined())
        {
            await presence.LeaveAsync(wallId, Context.ConnectionId);
            presenceDeltas.Left(wallId, WallPresence.PublicId(Context.ConnectionId));
        }
        await base.OnDisconnectedAsync(exception);
    }

    /// <summary>Newly applied changes go to everyone on the wall; a resent operation gets its answer again, pushed to no one.</summary>
    private async Task<WallOperationResult> Publish(int wallId, Task<WallOperationResult> operation)
    {
        var result = await operation;
        if (result.Status == WallOperationResult.Applied && result.Changes.Count > 0)
        {
            await Clients.Group(Group(wallId)).Changed(result.Changes);
        }
        return result;
    }

    private HashSet<int> Joined()
    {
        if (Context.Items.TryGetValue(JoinedWallsKey, out var value) && value is HashSet<int> walls) return walls;
        walls = [];
        Context.Items[JoinedWallsKey] = walls;
        return walls;
    }
}
