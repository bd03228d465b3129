using System.Net;
using Ctg.Participation.Testing;


namespace Ctg.Participation.ScaleOut.Tests
{
    /// <summary>
    /// Two instances (one PostgreSQL database, one Redis) with the production sign-in budget of 20 attempts a minute per
    /// address, for the account security checks that must hold across instances.
    /// </summary>
    public sealed class TwoLimitedInstances : IAsyncLifetime
    {
        public PortalInstance A { get; private set; } = null!;
        public PortalInstance B { get; private set; } = null!;
        private string database = "";

        public Task InitializeAsync()
        {
            database = new Npgsql.NpgsqlConnectionStringBuilder(TestServers.Postgres) { Database = "ctg_accounts_" + Guid.NewGuid().ToString("N") }.ToString();
            var shared = new Dictionary<string, string?>
            {
                ["Database:Provider"] = "Postgres",
                ["ConnectionStrings:Default"] = database,
                ["Redis:Configuration"] = TestServers.Redis,
                ["Redis:Prefix"] = "ctg-test-" + Guid.NewGuid().ToString("N")[..8],
                ["RateLimits:AccountAttemptsPerMinute"] = "20",
                // The shared budget is what is checked here, not the circuit: a Redis call slowed by a loaded machine must
                // not trip it (the instances would then count apart, as they should while Redis is away).
                ["Redis:OperationTimeoutMs"] = "5000",
            };
            A = new PortalInstance(shared);
            _ = A.Services;
            shared["Mail:PickupDirectory"] = A.Mailbox.Folder;
            B = new PortalInstance(shared);
            _ = B.Services;
            return Task.CompletedTask;
        }

        public async Task DisposeAsync()
        {
            await B.DisposeAsync();
            await A.DisposeAsync();
            using var connection = new Npgsql.NpgsqlConnection(TestServers.Postgres);
            await connection.OpenAsync();
            await using var drop = connection.CreateCommand();
            drop.CommandText = $"DROP DATABASE IF EXISTS \"{new Npgsql.NpgsqlConnectionStringBuilder(database).Database}\" WITH (FORCE)";
            Npgsql.NpgsqlConnection.ClearAllPools();
            await drop.ExecuteNonQueryAsync();
        }
    }

    /// <summary>A session ended on one instance is refused by the other at once; the sign-in budget is shared.</summary>
    public sealed class AccountSecurityScaleOutTests(TwoLimitedInstances portal) : IClassFixture<TwoLimitedInstances>
    {
        private static readonly Uri Site = new("https://localhost");

        [Fact]
        public async Task A_cookie_signed_out_on_instance_A_is_refused_by_instance_B_on_its_next_request()
        {
            var cookies = new CookieContainer();
            using var onA = portal.A.ClientWith(cookies);
            using var onB = portal.B.ClientWith(cookies);
            await onA.SignInAsync("habitant@ctg-demo.test");
            var stolen = cookies.GetCookieHeader(Site);
            Assert.Equal(HttpStatusCode.OK, (await onB.GetAsync("/compte")).Status);

            var signedOut = await onA.SubmitAsync("/compte/deconnexion", new Dictionary<string, string>());
            Assert.True(signedOut.IsRedirect);

            using var replay = new HttpClient(portal.B.Server.CreateHandler()) { BaseAddress = Site };
            using var request = new HttpRequestMessage(HttpMethod.Get, "/compte");
            request.Headers.Add("Cookie", stolen);
            using var answer = await replay.SendAsync(request);
            Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
            Assert.Contains("/compte/connexion", answer.Headers.Location?.OriginalString);
        }

        [Fact]
        public async Task Twenty_sign_in_attempts_a_minute_hold_across_both_instances()
        {
            using var onA = portal.A.ClientWith(new CookieContainer());
            using var onB = portal.B.ClientWith(new CookieContainer());
            var formA = await onA.GetAsync("/compte/connexion");
            var formB = await onB.GetAsync("/compte/connexion");
            var fields = new Dictionary<string, string> { ["Input.Email"] = "personne@exemple.test", ["Input.Password"] = "pas le bon" };
            // The other tests of this class sign in from the same address within the minute: they spend part of the
            // budget. Counted per instance, 21 alternating attempts would all pass (about 10 on each); shared, the 21st
            // is refused at the latest.
            // The budget is a one-minute window aligned on the clock's minutes: 21 attempts that straddle two windows would
            // all pass. Begin early in a window (at most half a minute's wait), so the attempts fit in it.
            var intoWindow = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds() % 60_000;
            if (intoWindow > 25_000) await Task.Delay(TimeSpan.FromMilliseconds(60_000 - intoWindow + 250));
            var accepted = 0;
            for (var attempt = 1; attempt <= 21; attempt++)
            {
                var page = attempt % 2 == 0
                    ? await onA.PostAsync("/compte/connexion", fields, formA.AntiforgeryToken)
                    : await onB.PostAsync("/compte/connexion", fields, formB.AntiforgeryToken);
                if (page.Status == HttpStatusCode.TooManyRequests) break;
                Assert.True(page.Status == HttpStatusCode.OK, $"Attempt {attempt} answered {(int)page.Status}");
                accepted++;
            }
            Assert.InRange(accepted, 1, 20);

            var refusedA = await onA.PostAsync("/compte/connexion", fields, formA.AntiforgeryToken);
            var refusedB = await onB.PostAsync("/compte/connexion", fields, formB.AntiforgeryToken);

            Assert.Equal(HttpStatusCode.TooManyRequests, refusedA.Status);
            Assert.Equal(HttpStatusCode.TooManyRequests, refusedB.Status);
            Assert.Contains("Trop de demandes", refusedB.Html);
        }
    }
}
