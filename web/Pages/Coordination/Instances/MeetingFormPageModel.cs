using System.Globalization;
using Ctg.Participation.Conventions;
using Ctg.Participation.Governance;
using Ctg.Participation.Routing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace Ctg.Participation.Web.Pages.Coordination.Instances;

/// <summary>What the planning and editing pages share: the bound form, its options, and turning it into the library's input.</summary>
public abstract class MeetingFormPageModel(ConventionDirectory directory, IAuthorizationService authorization, MeetingPlanner book, RoutableKeys keys)
    : InstancesPageModel(directory, authorization)
{
    public sealed class InputModel
    {
        public MeetingKind? Kind { get; set; }
        public string? Title { get; set; }
        public string? Starts { get; set; }
        public string? Ends { get; set; }
        public string? Place { get; set; }
        public int? GovernanceBodyId { get; set; }
        public int? WorkingGroupId { get; set; }
        public List<int> PartnerIds { get; set; } = [];
        public string? People { get; set; }
        public string? Agenda { get; set; }
        public List<string> Contributions { get; set; } = [];
    }

    public const string LocalFormat = MeetingForms.LocalFormat;

    [BindProperty] public InputModel Input { get; set; } = new();
    public MeetingPlanner.FormOptions Options { get; private set; } = default!;
    public abstract string SubmitLabel { get; }

    protected MeetingPlanner Book => book;

    protected async Task<bool> LoadFormAsync(string ctg)
    {
        if (!await LoadConventionAsync(ctg)) return false;
        Options = await book.OptionsAsync(Convention.Id, HttpContext.RequestAborted);
        return true;
    }

    /// <summary>The library's input, or null when the post is forged (400) or a date cannot be read (error beside it).</summary>
    protected (bool Forged, MeetingPlanner.Input? Input) ReadInput()
    {
        if (Input.Kind is { } kind && !Enum.IsDefined(kind)) return (true, null);
        var contributions = Input.Contributions.Select(keys.Parse).ToList();
        if (contributions.Any(c => c is null)) return (true, null);
        var starts = ParseLocal(Input.Starts, "Starts", "Indiquez la date et l'heure de début (jj/mm/aaaa hh:mm).");
        var ends = ParseLocal(Input.Ends, "Ends", "Indiquez la date et l'heure de fin (jj/mm/aaaa hh:mm).");
        if (!ModelState.IsValid) return (false, null);
        return (false, new MeetingPlanner.Input(Input.Kind, Input.Title, starts, ends, Input.Place, Input.GovernanceBodyId, Input.WorkingGroupId,
            Input.PartnerIds, Input.People, Input.Agenda, contributions!));
    }

    protected void Fill(MeetingPlanner.Input input)
    {
        Input = new InputModel
        {
            Kind = input.Kind, Title = input.Title, Starts = input.Starts?.ToString(LocalFormat, CultureInfo.InvariantCulture),
            Ends = input.Ends?.ToString(LocalFormat, CultureInfo.InvariantCulture), Place = input.Place, GovernanceBodyId = input.GovernanceBodyId,
            WorkingGroupId = input.WorkingGroupId, PartnerIds = [.. input.PartnerIds], People = input.People, Agenda = input.Agenda,
            Contributions = input.Contributions.Select(keys.KeyOf).ToList(),
        };
    }

    private DateTime? ParseLocal(string? value, string field, string message)
    {
        var (parsed, local) = MeetingForms.ParseLocal(value);
        if (parsed == MeetingForms.Parsed.Invalid) ModelState.AddModelError($"Input.{field}", message);
        return local;
    }
}
