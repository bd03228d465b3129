using System.Net;

namespace Ctg.Participation.Security;

/// <summary>
/// Appends to the security journal. Every feature that signs people in, changes what an account may do or exports
/// personal data calls it (a later OpenID Connect sign-in too). The caller passes the client address; the journal
/// keeps only its network prefix.
/// </summary>
public interface ISecurityJournal
{
    Task RecordAsync(string kind, string? userId, IPAddress? client, string? detail = null, string? actorId = null, CancellationToken ct = default);
}
