using System.Collections.Concurrent;

namespace Ctg.Participation.Indicators;

/// <summary>
/// One computation of a scope's snapshot at a time in this instance. When a dashboard's figures are older than
/// SnapshotHours (or were never computed), every visitor arriving in that second would compute the same catalogue
/// (about a second each at department scale) side by side: the first computes, the others wait for it and read what it
/// stored. Another instance may compute the same scope once more; both results are right and the newest is kept.
/// </summary>
public sealed class IndicatorSnapshotGate
{
    // One entry per scope: the department (key 0, no CTG has that id) and each CTG; a few dozen at most.
    private readonly ConcurrentDictionary<int, SemaphoreSlim> _scopes = new();

    public async Task<IDisposable> EnterAsync(int? conventionId, CancellationToken ct)
    {
        var scope = _scopes.GetOrAdd(conventionId ?? 0, _ => new SemaphoreSlim(1, 1));
        await scope.WaitAsync(ct);
        return new Exit(scope);
    }

    private sealed class Exit(SemaphoreSlim scope) : IDisposable
    {
        private int _done;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _done, 1) == 0) scope.Release();
        }
    }
}
