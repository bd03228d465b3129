using System.Text;
using Ctg.Participation.Governance;

namespace Ctg.Participation.Tests.Governance;

public sealed class MeetingCalendarAndPdfTests
{
    [Fact]
    public void Calendar_lines_fold_at_75_octets_without_splitting_an_accented_letter()
    {
        var output = new StringBuilder();
        var line = "DESCRIPTION:" + string.Concat(Enumerable.Repeat("éàç", 60));

        MeetingCalendar.Line(output, line);

        var physical = output.ToString().Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.True(physical.Length > 1);
        Assert.All(physical, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.All(physical.Skip(1), l => Assert.StartsWith(" ", l));
        Assert.Equal(line, string.Concat(physical.Select((l, i) => i == 0 ? l : l[1..])));
    }

    [Fact]
    public void Calendar_text_escapes_backslash_semicolon_comma_and_newlines()
    {
        Assert.Equal(@"a\\b\; c\, d\ne", MeetingCalendar.Escape("a\\b; c, d\r\ne"));
        Assert.Equal("20260310T130000Z", MeetingCalendar.Utc(new DateTimeOffset(2026, 3, 10, 14, 0, 0, TimeSpan.FromHours(1))));
    }
}
