using System.Globalization;
using Ctg.Participation.Bench.Seeding;

namespace Ctg.Participation.Bench;

/// <summary>Benchmarks, never tests: see bench/README.md. (Not "Program", which is the portal's entry point.)</summary>
public static class BenchProgram
{
    private const string Usage = """
        Usage: dotnet run -c Release --project bench -- <command> [options]
          walls       --clients 100,500,1000 [--messages 50]   (clients run in a child process: walls-clients)
          seed        --database <path.db> [--seed 42] [--small] [--ctgs 13 --coordinators 190 --residents 50000 --proposals 100000
                      --supports 1000000 --comments 200000 --initiatives 3000 --walls 50 --cards 20000 --surveys 200 --responses 300000 --meetings 2000]
          http        --database <path.db> [--pages all|public|back-office --connections 32 --duration 10s --threads 2 --port 5391 --cache on|off|both]
          plans       --database <path.db>
          indicators  --database <path.db> [--ctg <slug>] [--runs 5]
          surveys     [--responses 300000]
        """;

    public static async Task<int> Main(string[] args)
    {
        if (args.Length == 0)
        {
            Console.Error.WriteLine(Usage);
            return 1;
        }
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        switch (args[0])
        {
            case "walls":
                var clients = Option(args, "--clients", "100,500,1000").Split(',').Select(int.Parse).ToList();
                var messages = int.Parse(Option(args, "--messages", "50"));
                await WallBenchmark.RunAsync(clients, messages);
                return 0;
            case "walls-clients":
                return await WallBenchmark.RunClientsAsync(args[1], int.Parse(args[2]), int.Parse(args[3]), int.Parse(args[4]));
            case "seed":
                var options = SeedOptions.Parse(args);
                Console.WriteLine($"Seeding {Database(args)} (seed {options.Seed}) …");
                var started = System.Diagnostics.Stopwatch.StartNew();
                var timings = DataGenerator.Run(Database(args), options, Console.Out);
                Console.WriteLine();
                Console.WriteLine($"| part | seconds | rows |");
                Console.WriteLine("| --- | ---: | --- |");
                foreach (var t in timings) Console.WriteLine($"| {t.Name} | {t.Elapsed.TotalSeconds:F1} | {t.Summary} |");
                Console.WriteLine($"| **total** | **{started.Elapsed.TotalSeconds:F1}** | {new FileInfo(Database(args)).Length / 1024.0 / 1024.0:F0} MB |");
                return 0;
            case "http":
                return await Ctg.Participation.Bench.Http.HttpBenchmark.RunAsync(Database(args), int.Parse(Option(args, "--connections", "32")),
                    Option(args, "--duration", "10s"), int.Parse(Option(args, "--threads", "2")), int.Parse(Option(args, "--port", "5391")),
                    int.Parse(Option(args, "--deep", "250")), Ctg.Participation.Bench.Http.HttpBenchmark.CacheSettings(Option(args, "--cache", "on")),
                    Option(args, "--pages", "all") is ("all" or "public" or "back-office") and var pages
                        ? pages : throw new ArgumentException("--pages is all, public or back-office"));
            case "plans":
                return await Ctg.Participation.Bench.Http.QueryPlans.RunAsync(Database(args), int.Parse(Option(args, "--deep", "250")));
            case "indicators":
                return await Ctg.Participation.Bench.Indicators.IndicatorBenchmark.RunAsync(Database(args),
                    Array.IndexOf(args, "--ctg") >= 0 ? Option(args, "--ctg", "") : null, int.Parse(Option(args, "--runs", "5")));
            case "surveys":
                await SurveyBenchmark.RunAsync(int.Parse(Option(args, "--responses", "300000")));
                return 0;
            default:
                Console.Error.WriteLine(Usage);
                return 1;
        }
    }

    private static string Option(string[] args, string name, string fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : fallback;
    }

    private static string Database(string[] args) => Option(args, "--database", "") is { Length: > 0 } path ? path : throw new ArgumentException("--database <path.db> is required");
}
