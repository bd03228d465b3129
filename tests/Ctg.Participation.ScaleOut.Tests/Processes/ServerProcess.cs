using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Ctg.Participation.ScaleOut.Tests.Processes;

/// <summary>Helpers to run the real servers of a department as child processes of the test, on loopback.</summary>
public static class ServerProcess
{
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public static bool IsRoot => Environment.UserName == "root";

    /// <summary>Starts a process whose output goes to <paramref name="log"/> (kept for the failure message).</summary>
    public static Process Start(string file, IEnumerable<string> arguments, string log, string? workingDirectory = null,
        IDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(file)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        if (environment is not null) foreach (var (key, value) in environment) info.Environment[key] = value;
        var process = new Process { StartInfo = info };
        var writer = TextWriter.Synchronized(new StreamWriter(log, append: true) { AutoFlush = true });
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) writer.WriteLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) writer.WriteLine(e.Data); };
        process.Exited += (_, _) => { try { writer.Flush(); } catch (ObjectDisposedException) { } };
        process.EnableRaisingEvents = true;
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    /// <summary>Runs a command to its end (bounded) and fails with its output when it fails.</summary>
    public static async Task RunAsync(string file, IEnumerable<string> arguments, TimeSpan timeout)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in arguments) info.ArgumentList.Add(argument);
        using var process = Process.Start(info)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cancel = new CancellationTokenSource(timeout);
        await process.WaitForExitAsync(cancel.Token);
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', info.ArgumentList)} failed ({process.ExitCode}): {await output} {await error}");
        }
    }

    public static async Task WaitForPortAsync(int port, TimeSpan timeout)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (true)
        {
            try
            {
                using var client = new TcpClient();
                await client.ConnectAsync(IPAddress.Loopback, port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    public static void Kill(Process? process)
    {
        if (process is null) return;
        try
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
                process.WaitForExit(10_000);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }
}

/// <summary>A redis-server of the test's own (not the shared one), so that it can be killed and started again.</summary>
public sealed class RedisProcess(string folder) : IDisposable
{
    private Process? process;

    public int Port { get; } = ServerProcess.FreePort();

    public string Configuration => $"127.0.0.1:{Port}";

    public bool IsRunning => process is { HasExited: false };

    public async Task StartAsync()
    {
        process = ServerProcess.Start("redis-server",
            ["--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--dir", folder],
            Path.Combine(folder, "redis.log"));
        await ServerProcess.WaitForPortAsync(Port, TimeSpan.FromSeconds(10));
    }

    /// <summary>As an outage: SIGKILL, no goodbye to the clients.</summary>
    public void Kill()
    {
        ServerProcess.Kill(process);
        process = null;
    }

    public void Dispose() => Kill();
}

/// <summary>
/// A PostgreSQL cluster of the test's own (initdb in its temporary folder), so that restarting it disturbs no other
/// test. Runs as the postgres user when the tests run as root, like scripts/test-servers.sh.
/// </summary>
public sealed class PostgresCluster(string folder) : IAsyncDisposable
{
    private string Data => Path.Combine(folder, "pg");

    public int Port { get; } = ServerProcess.FreePort();

    public string ConnectionString(string database) => $"Host=127.0.0.1;Port={Port};Username=ctg;Database={database}";

    private static string Bin => Directory.GetDirectories("/usr/lib/postgresql")
        .Select(d => Path.Combine(d, "bin")).Where(Directory.Exists)
        .OrderBy(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var v) ? v : 0).LastOrDefault()
        ?? throw new InvalidOperationException("PostgreSQL binaries not found under /usr/lib/postgresql (apt-get install postgresql).");

    private Task PgAsync(string tool, params string[] arguments)
    {
        var command = new List<string>();
        if (ServerProcess.IsRoot) command.AddRange(["-u", "postgres", "--", Path.Combine(Bin, tool)]);
        command.AddRange(arguments);
        return ServerProcess.RunAsync(ServerProcess.IsRoot ? "runuser" : Path.Combine(Bin, tool), ServerProcess.IsRoot ? command : arguments, TimeSpan.FromSeconds(90));
    }

    public async Task InitAsync()
    {
        Directory.CreateDirectory(folder);
        if (ServerProcess.IsRoot) await ServerProcess.RunAsync("chown", ["postgres", folder], TimeSpan.FromSeconds(10));
        await PgAsync("initdb", "-D", Data, "-U", "ctg", "--auth=trust", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
        await StartAsync();
    }

    public Task StartAsync() => PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(folder, "postgres.log"), "-w", "-t", "60",
        "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "start");

    public Task StopAsync() => PgAsync("pg_ctl", "-D", Data, "-m", "fast", "-w", "-t", "60", "stop");

    public Task RestartAsync() => PgAsync("pg_ctl", "-D", Data, "-l", Path.Combine(folder, "postgres.log"), "-m", "fast", "-w", "-t", "60",
        "-o", $"-p {Port} -k {folder} -c listen_addresses=127.0.0.1 -c fsync=off", "restart");

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        catch (Exception)
        {
            // Already stopped.
        }
    }
}
