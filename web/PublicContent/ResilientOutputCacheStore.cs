using Ctg.Participation.PublicContent;
using Microsoft.AspNetCore.OutputCaching;

namespace Ctg.Participation.Web.PublicContent;

/// <summary>
/// The shared (Redis) output cache, never a reason for a page to fail or wait: while Redis is away every lookup is a
/// miss, every store is skipped, and a request waits at most <c>OutputCache:RedisTimeoutMs</c>. An eviction that could
/// not reach Redis leaves copies that may be stale once it returns: every cached public page is then dropped, retried
/// in the background until Redis answers, so nobody reads a page older than a change made during the outage.
/// </summary>
public sealed class ResilientOutputCacheStore(IOutputCacheStore inner, Func<bool> isAvailable, TimeSpan timeout,
    ILogger<ResilientOutputCacheStore> logger) : IOutputCacheStore
{
    private int _flushing;

    public async ValueTask<byte[]?> GetAsync(string key, CancellationToken cancellationToken)
    {
        if (!isAvailable() || Volatile.Read(ref _flushing) == 1) return null;
        try
        {
            return await inner.GetAsync(key, cancellationToken).AsTask().WaitAsync(timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Output cache unavailable ({Reason}): page computed afresh", ex.GetBaseException().Message);
            return null;
        }
    }

    public async ValueTask SetAsync(string key, byte[] value, string[]? tags, TimeSpan validFor, CancellationToken cancellationToken)
    {
        if (!isAvailable() || Volatile.Read(ref _flushing) == 1) return;
        try
        {
            await inner.SetAsync(key, value, tags, validFor, cancellationToken).AsTask().WaitAsync(timeout, cancellationToken);
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning("Output cache unavailable ({Reason}): page not kept", ex.GetBaseException().Message);
        }
    }

    public async ValueTask EvictByTagAsync(string tag, CancellationToken cancellationToken)
    {
        try
        {
            if (!isAvailable()) throw new InvalidOperationException("Redis is not connected");
            await inner.EvictByTagAsync(tag, cancellationToken).AsTask().WaitAsync(timeout, cancellationToken);
        }
        catch (Exception ex)
        {
            logger.LogWarning("Eviction of {Tag} did not reach the output cache ({Reason}): every public page will be dropped once it answers",
                tag, ex.GetBaseException().Message);
            StartFlush();
        }
    }

    private void StartFlush()
    {
        if (Interlocked.Exchange(ref _flushing, 1) == 1) return;
        _ = Task.Run(async () =>
        {
            while (true)
            {
                try
                {
                    if (isAvailable())
                    {
                        await inner.EvictByTagAsync(PublicPages.Everything, CancellationToken.None).AsTask().WaitAsync(timeout * 10);
                        Volatile.Write(ref _flushing, 0);
                        logger.LogInformation("Output cache back: every public page dropped after the missed evictions");
                        return;
                    }
                }
                catch (Exception ex)
                {
                    logger.LogDebug(ex, "Output cache still unavailable");
                }
                await Task.Delay(TimeSpan.FromSeconds(1));
            }
        });
    }
}
