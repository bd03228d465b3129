using System.Globalization;

namespace Ctg.Participation.Bench.Seeding;

/// <summary>
/// Sizes of the generated department. Defaults are the department scale (seeds/004: 13 CTGs, 190 chargés de
/// coopération); <see cref="Small"/> divides the volumes by 100 for tests.
/// </summary>
public sealed record SeedOptions
{
    public int Seed { get; init; } = 42;
    public int Ctgs { get; init; } = 13;
    public int Coordinators { get; init; } = 190;
    public int Residents { get; init; } = 50_000;
    public int Proposals { get; init; } = 100_000;
    public int Supports { get; init; } = 1_000_000;
    public int Comments { get; init; } = 200_000;
    public int Initiatives { get; init; } = 3_000;
    public int Walls { get; init; } = 50;
    public int Cards { get; init; } = 20_000;
    public int Surveys { get; init; } = 200;
    public int SurveyResponses { get; init; } = 300_000;
    public int Meetings { get; init; } = 2_000;
    /// <summary>Journal de coopération entries across the department (about 35 a year per officer team of a CTG).</summary>
    public int JournalEntries { get; init; } = 20_000;

    /// <summary>"Today" for the generated history: fixed, so that one seed always gives the same rows.</summary>
    public DateTimeOffset Until { get; init; } = new(2026, 11, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>Years of history before <see cref="Until"/>.</summary>
    public int Years { get; init; } = 3;

    public DateTimeOffset Since => Until.AddYears(-Years);

    public static readonly SeedOptions Default = new();

    /// <summary>1/100 of the volumes (the same 13 CTGs and 190 coordinators): seconds, for a test.</summary>
    public static readonly SeedOptions Small = new()
    {
        Residents = 500, Proposals = 1_000, Supports = 10_000, Comments = 2_000, Initiatives = 30, Walls = 3, Cards = 200,
        Surveys = 2, SurveyResponses = 3_000, Meetings = 20, JournalEntries = 200,
    };

    /// <summary>Reads --small then any explicit size (--residents 1000 …) from the command line.</summary>
    public static SeedOptions Parse(IReadOnlyList<string> args)
    {
        var options = args.Contains("--small") ? Small : Default;
        int Int(string name, int fallback)
        {
            var i = IndexOf(args, name);
            return i >= 0 && i + 1 < args.Count ? int.Parse(args[i + 1].Replace("_", "", StringComparison.Ordinal), CultureInfo.InvariantCulture) : fallback;
        }
        return options with
        {
            Seed = Int("--seed", options.Seed),
            Ctgs = Int("--ctgs", options.Ctgs),
            Coordinators = Int("--coordinators", options.Coordinators),
            Residents = Int("--residents", options.Residents),
            Proposals = Int("--proposals", options.Proposals),
            Supports = Int("--supports", options.Supports),
            Comments = Int("--comments", options.Comments),
            Initiatives = Int("--initiatives", options.Initiatives),
            Walls = Int("--walls", options.Walls),
            Cards = Int("--cards", options.Cards),
            Surveys = Int("--surveys", options.Surveys),
            SurveyResponses = Int("--responses", options.SurveyResponses),
            Meetings = Int("--meetings", options.Meetings),
            JournalEntries = Int("--journal-entries", options.JournalEntries),
        };
    }

    private static int IndexOf(IReadOnlyList<string> args, string name)
    {
        for (var i = 0; i < args.Count; i++) if (args[i] == name) return i;
        return -1;
    }
}
