using System.Collections.Concurrent;
using System.Data.Common;
using Ctg.Participation.Data;
using Ctg.Participation.Testing;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Web.Tests.Propositions;

/// <summary>
/// The real host with an EF Core command interceptor that records every SQL command sent while serving a request
/// marked with <see cref="Header"/>: what one page costs the database, without counting other requests or start-up.
/// </summary>
public sealed class QueryCountingPortal : PortalFactory
{
    public const string Header = "X-Test-Query-Log";

    private readonly SqlCommandLog log = new();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services =>
        {
            services.AddHttpContextAccessor();
            services.AddSingleton(log);
            services.ConfigureDbContext<PortalDbContext>((provider, options) =>
                options.AddInterceptors(new SqlCommandInterceptor(provider.GetRequiredService<IHttpContextAccessor>(), log)));
        });
    }

    /// <summary>GETs the URL through a client of this host and returns its status and the SQL commands it sent.</summary>
    public async Task<(System.Net.HttpStatusCode Status, IReadOnlyList<string> Commands)> CommandsOfAsync(PortalClient client, string url)
    {
        var key = Guid.NewGuid().ToString("N");
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add(Header, key);
        using var response = await client.Http.SendAsync(request);
        await response.Content.ReadAsStringAsync();
        return (response.StatusCode, log.Take(key));
    }

    public sealed class SqlCommandLog
    {
        private readonly ConcurrentDictionary<string, ConcurrentQueue<string>> commands = new();

        public void Add(string key, string sql) => commands.GetOrAdd(key, _ => new()).Enqueue(sql);

        public IReadOnlyList<string> Take(string key) => commands.TryRemove(key, out var queue) ? [.. queue] : [];
    }

    private sealed class SqlCommandInterceptor(IHttpContextAccessor http, SqlCommandLog log) : DbCommandInterceptor
    {
        private void Record(DbCommand command)
        {
            if (http.HttpContext?.Request.Headers[Header].ToString() is { Length: > 0 } key) log.Add(key, command.CommandText);
        }

        public override InterceptionResult<DbDataReader> ReaderExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<object> ScalarExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<object> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<object>> ScalarExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<object> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }

        public override InterceptionResult<int> NonQueryExecuting(DbCommand command, CommandEventData eventData, InterceptionResult<int> result)
        {
            Record(command);
            return result;
        }

        public override ValueTask<InterceptionResult<int>> NonQueryExecutingAsync(DbCommand command, CommandEventData eventData,
            InterceptionResult<int> result, CancellationToken cancellationToken = default)
        {
            Record(command);
            return ValueTask.FromResult(result);
        }
    }
}
