using System.Globalization;

namespace Ctg.Participation.Csv;

/// <summary>
/// How numbers and dates are written in a CSV file. Files for people follow what a French spreadsheet reads without an
/// import dialog (`,` decimals, jj/mm/aaaa); open data follows its Table Schema (`.` decimals, ISO 8601 dates), as
/// data.gouv.fr expects. Both are UTF-8 with a BOM and `;` separated.
/// </summary>
public sealed record CsvConventions(string Name, char Separator, CultureInfo NumberCulture, string DateFormat, string InstantFormat)
{
    /// <summary>For people: « 81,8 », « 15/01/2027 », « 15/01/2027 09:30 » (Paris time).</summary>
    public static readonly CsvConventions People = new("people", ';', PortalCulture.French, "dd/MM/yyyy", "dd/MM/yyyy HH:mm");

    /// <summary>For open data: « 81.8 », « 2027-01-15 », « 2027-01-15T09:30:00+01:00 » (Paris time with its offset).</summary>
    public static readonly CsvConventions OpenData = new("open-data", ';', CultureInfo.InvariantCulture, "yyyy-MM-dd", "yyyy-MM-dd'T'HH:mm:sszzz");

    public string Number(decimal value) => value.ToString(NumberCulture);
}
