namespace Ctg.Participation.Accounts;

/// <summary>
/// A feature's share of "download my data". Each feature that stores something about a person registers one;
/// the export gathers them all, so a new feature never touches the account pages.
/// </summary>
public interface IPersonalDataSource
{
    /// <summary>Name of the section in the JSON document, e.g. "compte" or "propositions".</summary>
    string Section { get; }

    /// <summary>
    /// The entities whose rows about the person this section exports. A test checks that every entity carrying an
    /// author or a user is covered by one source, so a new feature cannot forget "download my data".
    /// </summary>
    IReadOnlyCollection<Type> Covers { get; }

    Task<object?> CollectAsync(string userId, CancellationToken ct);
}
