using System.Net;
using Ctg.Participation.Governance;
using Ctg.Participation.Testing;
using Microsoft.EntityFrameworkCore;
using static Ctg.Participation.Web.Tests.Instances.MeetingScenario;
using static Ctg.Participation.Web.Tests.Propositions.ProposalScenario;

namespace Ctg.Participation.Web.Tests.Instances;

public sealed class MeetingTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task A_copil_planned_and_attended_through_the_pages_moves_the_governance_indicators()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var form = await CopilFormAsync(factory, "Copil d'automne " + Guid.NewGuid().ToString("N")[..6]);
        var from = DateOnly.FromDateTime(MeetingRules.FromLocal(DateTime.Parse(form["Input.Starts"])).UtcDateTime);
        var before = await IndicatorsAsync(factory, from);

        var planned = await PlanAsync(coordinator, form);
        Assert.True(planned.IsRedirect, planned.ErrorText);
        var id = MeetingIdIn(planned.Location!);
        var invitees = await QueryAsync(factory, db => db.MeetingInvitees.Where(i => i.MeetingId == id).OrderBy(i => i.Id)
            .Select(i => new { i.Id, i.PartnerId }).ToListAsync());
        Assert.Equal(3, invitees.Count);
        var partners = invitees.Where(i => i.PartnerId != null).ToList();
        var person = invitees.Single(i => i.PartnerId == null);

        var attended = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string>
        {
            [$"presence[{partners[0].Id}]"] = "Present", [$"presence[{partners[1].Id}]"] = "Absent", [$"presence[{person.Id}]"] = "Present",
        }, handler: "Presences");
        Assert.True(attended.IsRedirect, attended.ErrorText);
        var decided = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string>
        {
            ["Decision.Text"] = "Ouvrir un relais petite enfance itinérant", ["Decision.Responsible"] = "Caf", ["Decision.DueOn"] = "2027-03-01",
        }, handler: "Decision");
        Assert.True(decided.IsRedirect, decided.ErrorText);
        var decision = await QueryAsync(factory, db => db.Decisions.Where(d => d.MeetingId == id).Select(d => d.Id).SingleAsync());
        var done = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string>
        {
            ["decisionId"] = decision.ToString(), ["status"] = "Done", ["note"] = "Le relais a démarré ses tournées.",
        }, handler: "Suivi");
        Assert.True(done.IsRedirect, done.ErrorText);

        var after = await IndicatorsAsync(factory, from);
        Assert.Equal(before["gouvernance.copil.reunions"] + 1, after["gouvernance.copil.reunions"]);
        Assert.Equal(before["gouvernance.reunions"] + 1, after["gouvernance.reunions"]);
        Assert.Equal(before["gouvernance.partenaires.mobilises"] + 1, after["gouvernance.partenaires.mobilises"]);
        Assert.Equal(before["gouvernance.decisions.prises"] + 1, after["gouvernance.decisions.prises"]);
        Assert.Equal(before["gouvernance.decisions.realisees"] + 1, after["gouvernance.decisions.realisees"]);
        Assert.NotNull(after["gouvernance.partenaires.taux-presence"]);
        var page = WebUtility.HtmlDecode((await coordinator.GetAsync($"{Meetings}/{id}")).Html);
        Assert.Contains("Ouvrir un relais petite enfance itinérant — réalisée", page);
    }

    [Fact]
    public async Task A_decision_about_a_fiche_action_shows_on_both_and_a_fiche_outside_the_plan_is_refused()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var planned = await PlanAsync(coordinator, await CopilFormAsync(factory, "Copil du plan " + Guid.NewGuid().ToString("N")[..6]));
        Assert.True(planned.IsRedirect, planned.ErrorText);
        var id = MeetingIdIn(planned.Location!);
        var action = await QueryAsync(factory, db => db.PlanActions.Where(a => a.Convention!.Slug == "alpes-d-azur").OrderBy(a => a.Number)
            .Select(a => new { a.Id, a.Number }).FirstAsync());
        var before = await QueryAsync(factory, db => db.Decisions.CountAsync());

        var refused = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string>
        {
            ["Decision.Text"] = "Relancer la fiche sur un autre plan", ["Decision.PlanActionId"] = "999999",
        }, handler: "Decision");
        Assert.Equal(HttpStatusCode.OK, refused.Status);
        Assert.Contains("Choisissez une fiche action du plan de cette CTG.", refused.FieldError("Decision_PlanActionId"));
        Assert.Equal(before, await QueryAsync(factory, db => db.Decisions.CountAsync()));

        var decided = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string>
        {
            ["Decision.Text"] = "Accélérer la fiche du LAEP itinérant", ["Decision.PlanActionId"] = action.Id.ToString(),
        }, handler: "Decision");
        Assert.True(decided.IsRedirect, decided.ErrorText);

        Assert.Contains($"concerne la <a href=\"/coordination/alpes-d-azur/plan/{action.Number}\">fiche action n° {action.Number}",
            WebUtility.HtmlDecode((await coordinator.GetAsync($"{Meetings}/{id}")).Html));
        Assert.Contains("Accélérer la fiche du LAEP itinérant",
            WebUtility.HtmlDecode((await coordinator.GetAsync($"/coordination/alpes-d-azur/plan/{action.Number}")).Html));
    }

    [Fact]
    public async Task A_meeting_ending_before_it_starts_is_refused_beside_the_end_field_and_nothing_is_stored()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var form = await CopilFormAsync(factory, "Copil à l'envers");
        form["Input.Ends"] = Local(DateTime.Parse(form["Input.Starts"]).AddHours(-1));
        var count = await QueryAsync(factory, db => db.Meetings.CountAsync());

        var page = await PlanAsync(coordinator, form);

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Equal("Erreur : La fin de la réunion doit être postérieure à son début.", page.FieldError("Input.Ends"));
        Assert.Equal(count, await QueryAsync(factory, db => db.Meetings.CountAsync()));
    }

    [Fact]
    public async Task A_body_of_another_ctg_is_refused_and_a_forged_contribution_is_a_bad_request()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var form = await CopilFormAsync(factory, "Copil forgé");
        form["Input.GovernanceBodyId"] = (await QueryAsync(factory, db => db.GovernanceBodies.Where(b => b.Convention!.Slug == "pays-de-grasse").Select(b => b.Id).FirstAsync())).ToString();

        var page = await PlanAsync(coordinator, form);
        Assert.Equal("Erreur : Cette instance n'appartient pas à cette CTG.", page.FieldError("Input.GovernanceBodyId"));

        form["Input.GovernanceBodyId"] = (await QueryAsync(factory, db => db.GovernanceBodies.Where(b => b.Convention!.Slug == "alpes-d-azur").Select(b => b.Id).FirstAsync())).ToString();
        form["Input.Contributions"] = "sondage-12";
        Assert.Equal(HttpStatusCode.BadRequest, (await PlanAsync(coordinator, form)).Status);
        Assert.Equal(HttpStatusCode.NotFound, (await coordinator.GetAsync($"{Meetings}/999999")).Status);
    }

    [Fact]
    public async Task Attendance_for_someone_not_invited_to_this_meeting_is_refused_and_nothing_is_stored()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var planned = await PlanAsync(coordinator, await CopilFormAsync(factory, "Copil des présences"));
        var id = MeetingIdIn(planned.Location!);
        var own = await QueryAsync(factory, db => db.MeetingInvitees.Where(i => i.MeetingId == id).Select(i => i.Id).FirstAsync());
        var foreign = await QueryAsync(factory, db => db.MeetingInvitees.Where(i => i.MeetingId != id).Select(i => i.Id).FirstAsync());

        var page = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string>
        {
            [$"presence[{own}]"] = "Present", [$"presence[{foreign}]"] = "Present",
        }, handler: "Presences");

        Assert.Equal(HttpStatusCode.OK, page.Status);
        Assert.Contains("n'est pas invitée à cette réunion", WebUtility.HtmlDecode(page.ErrorText));
        Assert.Equal(AttendanceStatus.NotRecorded, await QueryAsync(factory, db => db.MeetingInvitees.Where(i => i.Id == own).Select(i => i.Attendance).SingleAsync()));
        var forged = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string> { [$"presence[{own}]"] = "Peut-être" }, handler: "Presences");
        Assert.Equal(HttpStatusCode.BadRequest, forged.Status);
    }

    [Fact]
    public async Task Minutes_are_sanitised_when_written()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var id = MeetingIdIn((await PlanAsync(coordinator, await CopilFormAsync(factory, "Copil du compte rendu"))).Location!);

        var saved = await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string>
        {
            ["minutes"] = "<p>Le Copil <strong>valide</strong> le plan.</p><script>alert(1)</script><img src=x onerror=alert(2)>",
        }, handler: "CompteRendu");

        Assert.True(saved.IsRedirect, saved.ErrorText);
        Assert.Equal("<p>Le Copil <strong>valide</strong> le plan.</p>", await QueryAsync(factory, db => db.Meetings.Where(m => m.Id == id).Select(m => m.MinutesHtml).SingleAsync()));
    }

    [Fact]
    public async Task Editing_a_meeting_keeps_the_attendance_of_those_still_invited_and_bumps_its_calendar_revision()
    {
        using var coordinator = await SignedInAsync(factory, Coordinator);
        var form = await CopilFormAsync(factory, "Copil à déplacer");
        var id = MeetingIdIn((await PlanAsync(coordinator, form)).Location!);
        var partners = form["Input.PartnerIds"].Split(',');
        var kept = await QueryAsync(factory, db => db.MeetingInvitees.Where(i => i.MeetingId == id && i.PartnerId == int.Parse(partners[0])).Select(i => i.Id).SingleAsync());
        Assert.True((await coordinator.SubmitAsync($"{Meetings}/{id}", new Dictionary<string, string> { [$"presence[{kept}]"] = "Present" }, handler: "Presences")).IsRedirect);

        var edit = await coordinator.GetAsync($"{Meetings}/{id}/modifier");
        Assert.Equal(HttpStatusCode.OK, edit.Status);
        Assert.Contains("value=\"Salle du conseil, Puget-Théniers\"", WebUtility.HtmlDecode(edit.Html));
        form["Input.PartnerIds"] = partners[0];
        form["Input.Place"] = "Visioconférence";
        form["Input.Starts"] = Local(DateTime.Parse(form["Input.Starts"]).AddDays(-1));
        form["Input.Ends"] = Local(DateTime.Parse(form["Input.Ends"]).AddDays(-1));
        var fields = form.SelectMany(f => f.Value.Split(',').Select(v => new KeyValuePair<string, string>(f.Key, v))).ToList();
        fields.Add(new("__RequestVerificationToken", edit.AntiforgeryToken!));
        using var response = await coordinator.Http.PostAsync($"{Meetings}/{id}/modifier", new FormUrlEncodedContent(fields));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);

        var meeting = await QueryAsync(factory, db => db.Meetings.Where(m => m.Id == id)
            .Select(m => new { m.Place, m.Revision, Partners = m.Invitees.Where(i => i.PartnerId != null).Select(i => new { i.Id, i.Attendance }).ToList() }).SingleAsync());
        Assert.Equal(("Visioconférence", 1), (meeting.Place, meeting.Revision));
        Assert.Equal(kept, Assert.Single(meeting.Partners).Id);
        Assert.Equal(AttendanceStatus.Present, meeting.Partners[0].Attendance);
        Assert.Contains("SEQUENCE:1", await coordinator.Http.GetStringAsync($"{Meetings}.ics"));
    }
}
