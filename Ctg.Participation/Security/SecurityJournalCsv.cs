using System.Text;
using Ctg.Participation.Csv;

namespace Ctg.Participation.Security;

/// <summary>The journal as a `;` separated file for a spreadsheet (UTF-8 with BOM, French headers, formula-safe fields).</summary>
public static class SecurityJournalCsv
{
    public static string Write(IEnumerable<SecurityJournalQuery.Line> lines, TimeZoneInfo zone)
    {
        var csv = new StringBuilder("\uFEFFdate;evenement;compte;auteur;reseau;detail\r\n");
        foreach (var line in lines)
        {
            csv.Append(CsvTable.Quote(TimeZoneInfo.ConvertTime(line.OccurredAt, zone).ToString("yyyy-MM-dd HH:mm:ss"))).Append(';')
                .Append(CsvTable.Quote(line.KindLabel)).Append(';')
                .Append(CsvTable.Quote(line.UserEmail ?? line.UserId)).Append(';')
                .Append(CsvTable.Quote(line.ActorEmail)).Append(';')
                .Append(CsvTable.Quote(line.NetworkPrefix)).Append(';')
                .Append(CsvTable.Quote(line.Detail)).Append("\r\n");
        }
        return csv.ToString();
    }
}
