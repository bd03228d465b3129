namespace Ctg.Participation.Bench.Seeding;

/// <summary>
/// One feature's share of the generated department. Parts run in <see cref="DataGenerator.Parts"/> order; a part reads
/// what earlier parts left in <see cref="SeedContext.World"/> (ids of CTGs, communes, accounts…) and adds its own.
/// To seed a new feature, add one class and one line in that list.
/// </summary>
public interface ISeedPart
{
    string Name { get; }

    /// <summary>Inserts this part's rows through <see cref="SeedContext.Insert"/>; returns a short summary ("1,000 rows").</summary>
    string Run(SeedContext context);
}
