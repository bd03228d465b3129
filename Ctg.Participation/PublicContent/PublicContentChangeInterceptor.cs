using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging;

namespace Ctg.Participation.PublicContent;

/// <summary>
/// Collects the tags of the public pages that a SaveChanges touches (from the features' <see cref="PublicContentRule"/>s)
/// and evicts them once the data is committed: right after SaveChanges, or at the commit of the surrounding
/// transaction (evicting before the commit would let a concurrent visitor cache the old page again). A second
/// eviction a moment later covers a visitor whose page was being rendered from the old data during the commit.
/// The <see cref="IPublicContentListener"/>s hear the same tags at the same two moments.
/// </summary>
public sealed class PublicContentChangeInterceptor(IEnumerable<PublicContentRule> rules, IPublicContentEviction eviction,
    IEnumerable<IPublicContentListener> listeners, ILogger<PublicContentChangeInterceptor> logger) : SaveChangesInterceptor, IDbTransactionInterceptor
{
    /// <summary>How long after the first eviction the second one runs.</summary>
    public static TimeSpan SecondEvictionDelay { get; set; } = TimeSpan.FromSeconds(2);

    private readonly ILookup<Type, PublicContentRule> _rules = rules.ToLookup(r => r.EntityType);
    private readonly ConditionalWeakTable<DbContext, HashSet<string>> _pending = new();
    private readonly IPublicContentListener[] _listeners = [.. listeners];

    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Collect(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Collect(eventData.Context);
        return result;
    }

    public override async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) await FlushAsync(context);
        return result;
    }

    public override int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context && context.Database.CurrentTransaction is null) FlushAsync(context).GetAwaiter().GetResult();
        return result;
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) await FlushAsync(context);
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) FlushAsync(context).GetAwaiter().GetResult();
    }

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context) _pending.Remove(context);
    }

    /// <summary>Tags named by hand for a write the change tracker does not see.</summary>
    public Task TouchAsync(DbContext context, IEnumerable<string> tags)
    {
        lock (_pending) Pending(context).UnionWith(tags);
        return context.Database.CurrentTransaction is null ? FlushAsync(context) : Task.CompletedTask;
    }

    private void Collect(DbContext? context)
    {
        if (context is null) return;
        foreach (var entry in context.ChangeTracker.Entries())
        {
            if (entry.State is not (EntityState.Added or EntityState.Modified or EntityState.Deleted)) continue;
            var rules = _rules[entry.Entity.GetType()];
            if (!rules.Any()) continue;
            lock (_pending)
            {
                var pending = Pending(context);
                foreach (var rule in rules)
                {
                    if (entry.State == EntityState.Modified && rule.OnlyWhenChanged.Count > 0
                        && !rule.OnlyWhenChanged.Any(name => entry.Property(name).IsModified)) continue;
                    pending.UnionWith(rule.TagsFor(entry.Entity));
                }
            }
        }
    }

    private HashSet<string> Pending(DbContext context) => _pending.GetValue(context, _ => new HashSet<string>(StringComparer.Ordinal));

    private async Task FlushAsync(DbContext context)
    {
        string[] tags;
        lock (_pending)
        {
            if (!_pending.TryGetValue(context, out var pending) || pending.Count == 0) return;
            tags = [.. pending];
            _pending.Remove(context);
        }
        await EvictAsync(tags);
        _ = Task.Run(async () =>
        {
            await Task.Delay(SecondEvictionDelay);
            await EvictAsync(tags);
        });
    }

    private async Task EvictAsync(string[] tags)
    {
        foreach (var listener in _listeners)
        {
            try
            {
                listener.Changed(tags);
            }
            catch (Exception ex)
            {
                logger.LogWarning(ex, "A listener of public content failed on {Tags}", string.Join(", ", tags));
            }
        }
        try
        {
            await eviction.EvictAsync(tags);
        }
        catch (Exception ex)
        {
            // The write is committed: never turn it into an error page. The cache store logs and recovers on its own.
            logger.LogWarning(ex, "Public pages {Tags} could not be evicted", string.Join(", ", tags));
        }
    }
}
