namespace Ctg.Participation.Walls;

/// <summary>The wall's limits, in one place: the hub, the pages and the tests read them here.</summary>
public static class WallLimits
{
    public const int CardTextLength = 2000;

    /// <summary>Raw input before sanitising: generous for markup, but bounded so that sanitising stays cheap.</summary>
    public const int CardInputLength = 8000;
    public const int LinkLength = 500;
    public const int ColumnTitleLength = 80;
    public const int WallTitleLength = 120;
    public const int CommentLength = 500;
    public const int CommentsPerCard = 50;
    public const int CardsPerWall = 2000;
    public const int ColumnsPerWall = 30;
    public const int SubmissionNoteLength = 1000;
    public const int HideReasonLength = 300;
    public const int ImageAltLength = 200;

    /// <summary>Order keys longer than this are rebalanced (the whole column gets short, evenly spaced keys).</summary>
    public const int OrderKeyRebalanceLength = 24;

    /// <summary>A client further behind than this gets the whole wall instead of the changes since.</summary>
    public const int MaxChangesReplayed = 500;
}
