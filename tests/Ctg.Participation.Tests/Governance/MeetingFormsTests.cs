using Ctg.Participation.Governance;

namespace Ctg.Participation.Tests.Governance;

public sealed class MeetingFormsTests
{
    [Theory]
    [InlineData(null, MeetingForms.Parsed.Empty)]
    [InlineData("  ", MeetingForms.Parsed.Empty)]
    [InlineData("2027-03-01", MeetingForms.Parsed.Valid)]
    [InlineData("01/03/2027", MeetingForms.Parsed.Invalid)]
    [InlineData("2027-02-30", MeetingForms.Parsed.Invalid)]
    [InlineData("demain", MeetingForms.Parsed.Invalid)]
    public void A_due_date_is_read_as_the_date_field_sends_it(string? text, MeetingForms.Parsed expected)
    {
        var (parsed, day) = MeetingForms.ParseDueOn(text);
        Assert.Equal(expected, parsed);
        Assert.Equal(expected == MeetingForms.Parsed.Valid ? new DateOnly(2027, 3, 1) : null, day);
    }

    [Theory]
    [InlineData("2026-12-03T14:00", MeetingForms.Parsed.Valid)]
    [InlineData("", MeetingForms.Parsed.Empty)]
    [InlineData("1999-12-03T14:00", MeetingForms.Parsed.Invalid)]
    [InlineData("2026-12-03 14:00", MeetingForms.Parsed.Invalid)]
    public void A_start_or_end_is_a_local_time_between_2000_and_2100(string text, MeetingForms.Parsed expected)
    {
        var (parsed, local) = MeetingForms.ParseLocal(text);
        Assert.Equal(expected, parsed);
        if (expected == MeetingForms.Parsed.Valid) Assert.Equal(new DateTime(2026, 12, 3, 14, 0, 0), local);
        else Assert.Null(local);
    }

    [Fact]
    public void Attendance_is_read_by_invitee_and_status()
    {
        var attendance = MeetingForms.ParseAttendance([new("12", "Present"), new("15", "Excused"), new("17", "NotRecorded")]);
        Assert.NotNull(attendance);
        Assert.Equal(AttendanceStatus.Present, attendance[12]);
        Assert.Equal(AttendanceStatus.Excused, attendance[15]);
        Assert.Equal(AttendanceStatus.NotRecorded, attendance[17]);
        Assert.Empty(MeetingForms.ParseAttendance(null)!);
    }

    [Theory]
    [InlineData("douze", "Present")]
    [InlineData("12", "Peut-être")]
    [InlineData("12", "99")]
    public void A_forged_attendance_form_is_refused_whole(string key, string value) =>
        Assert.Null(MeetingForms.ParseAttendance([new("3", "Absent"), new(key, value)]));
}
