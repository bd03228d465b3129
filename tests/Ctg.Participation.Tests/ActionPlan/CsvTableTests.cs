using System.Text;
using Ctg.Participation.ActionPlan;
using Ctg.Participation.Csv;

namespace Ctg.Participation.Tests.ActionPlan;

public sealed class CsvTableTests
{
    [Fact]
    public void A_semicolon_file_with_bom_quoted_separators_doubled_quotes_and_line_breaks_is_read_with_each_records_first_line()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes("numero;titre\r\n1;\"Un; \"\"deux\"\"\r\ntrois\"\r\n2;simple\r\n")).ToArray();

        var table = CsvTable.Parse(CsvTable.Decode(bytes)!);

        Assert.Equal(';', table.Separator);
        Assert.Equal(["numero", "titre"], table.Header);
        Assert.Equal(2, table.Records.Count);
        Assert.Equal("Un; \"deux\"\r\ntrois", table.Get(table.Records[0], "titre"));
        Assert.Equal(2, table.Records[0].Line);
        Assert.Equal(4, table.Records[1].Line);
    }

    [Fact]
    public void A_comma_file_without_bom_is_read_and_headers_match_without_accents_or_case()
    {
        var table = CsvTable.Parse("Numéro,Titre\n7,\"a, b\"");

        Assert.Equal(',', table.Separator);
        Assert.Equal("7", table.Get(table.Records[0], "numero"));
        Assert.Equal("a, b", table.Get(table.Records[0], "TITRE"));
    }

    [Fact]
    public void An_unclosed_quote_is_refused_and_bytes_that_are_not_utf8_are_read_as_windows_1252()
    {
        Assert.Throws<FormatException>(() => CsvTable.Parse("a;b\n1;\"open"));
        Assert.Equal("aéb", CsvTable.Decode([0x61, 0xE9, 0x62]));
    }
}

public sealed class ActionRulesTests
{
    private static readonly IReadOnlySet<int> Axes = new HashSet<int> { 1 };
    private static readonly IReadOnlySet<int> Partners = new HashSet<int> { 5 };

    [Fact]
    public void A_complete_fiche_passes_and_keeps_its_line_breaks()
    {
        var (values, problems) = ActionRules.Check(new ActionInput
        {
            Number = "17", Title = "Structurer la fonction de chargé(e) de coopération", AxisId = 1, Diagnostic = "Constats :\r\n- un\r\n- deux",
            StartDate = "01/09/2024", DueDate = "2027-12-31", Progress = "40 %", PartnerIds = [5], Status = PlanActionStatus.InProgress,
        }, Axes, Partners);

        Assert.Empty(problems);
        Assert.Equal("Constats :\n- un\n- deux", values!.Diagnostic);
        Assert.Equal(40, values.Progress);
        Assert.Equal(new DateOnly(2024, 9, 1), values.StartDate);
    }

    [Fact]
    public void Every_problem_of_a_fiche_is_reported_on_its_field()
    {
        var (values, problems) = ActionRules.Check(new ActionInput
        {
            Number = "x", Title = " ", AxisId = 2, StartDate = "2026-05-01", DueDate = "2026-04-01", Progress = "101", PartnerIds = [6],
        }, Axes, Partners);

        Assert.Null(values);
        Assert.Equal(
            [nameof(ActionInput.Number), nameof(ActionInput.Title), nameof(ActionInput.AxisId), nameof(ActionInput.DueDate), nameof(ActionInput.Progress), nameof(ActionInput.PartnerIds)],
            problems.Select(p => p.Field));
    }

    [Fact]
    public void Late_means_past_due_and_neither_done_nor_abandoned()
    {
        var today = new DateOnly(2026, 11, 23);
        Assert.True(new PlanAction { DueDate = today.AddDays(-1), Status = PlanActionStatus.InProgress }.IsLate(today));
        Assert.False(new PlanAction { DueDate = today.AddDays(-1), Status = PlanActionStatus.Done }.IsLate(today));
        Assert.False(new PlanAction { DueDate = today.AddDays(-1), Status = PlanActionStatus.Abandoned }.IsLate(today));
        Assert.False(new PlanAction { DueDate = today, Status = PlanActionStatus.InProgress }.IsLate(today));
    }
}
