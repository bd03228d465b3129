namespace Ctg.Participation.Jobs;

/// <summary>
/// Who runs a background job now, across every instance on the same database. A row per job name; the holder keeps
/// it until <see cref="ExpiresAt"/>, after which any instance may take it (a crashed holder blocks no one for long).
/// </summary>
public class JobLease
{
    public string Name { get; set; } = "";
    public string Holder { get; set; } = "";
    public DateTimeOffset ExpiresAt { get; set; }
}

/// <summary>
/// One digest mail per person per day, across instances and interrupted runs: written (unique) before the mail goes
/// out, so a second runner, or a run resumed after a crash, never sends it again.
/// </summary>
public class DigestDelivery
{
    public long Id { get; set; }
    public string UserId { get; set; } = "";
    public DateOnly Day { get; set; }
    public DateTimeOffset ClaimedAt { get; set; }

    /// <summary>Null while the mail is being sent; a claim without it was interrupted (the items go out in the next digest).</summary>
    public DateTimeOffset? SentAt { get; set; }
}
