using Ctg.Participation.Cooperation.Diagnostics;
using Ctg.Participation.Cooperation.Journal;

namespace Ctg.Participation.Bench.Seeding.Parts;

/// <summary>
/// The cooperation officers' own work: the department's natures (the defaults of every kind), journal entries spread
/// over the period in proportion to each CTG's officers, each with one or two partners of the CTG, an axis, often a
/// commune and sometimes a meeting; and three shared diagnostics per CTG (one validated in Copil, one under way, one
/// being prepared) with partners in every role and findings per axis.
/// </summary>
public sealed class CooperationPart : ISeedPart
{
    public string Name => "Cooperation";

    // How often each kind is logged: expertises, relays and advice are daily work; network supports are rare.
    private static readonly double[] KindWeights = [0.08, 0.16, 0.05, 0.08, 0.05, 0.10, 0.08, 0.14, 0.12, 0.03, 0.05, 0.06];

    public string Run(SeedContext context)
    {
        var world = context.World;
        var options = context.Options;
        var random = context.Random;
        if (world.Ctgs.Count == 0) return "no CTG";

        var natureId = 0;
        var natures = new Dictionary<CooperationKind, List<int>>();
        foreach (var kind in CooperationKinds.All)
        {
            natures[kind] = [];
            var position = 0;
            foreach (var label in kind.DefaultNatures())
            {
                context.Insert(new CooperationNature { Id = ++natureId, Department = "06", Kind = kind, Label = label, Position = ++position });
                natures[kind].Add(natureId);
            }
        }

        var shares = AccountsPart.Apportion(options.JournalEntries, world.Ctgs.Select(c => (double)Math.Max(1, c.Coordinators.Count)).ToArray());
        int entryId = 0, diagnosticId = 0;
        var since = DateOnly.FromDateTime(options.Since.UtcDateTime);
        var days = DateOnly.FromDateTime(options.Until.UtcDateTime).DayNumber - since.DayNumber;
        for (var c = 0; c < world.Ctgs.Count; c++)
        {
            var ctg = world.Ctgs[c];
            for (var n = 0; n < shares[c]; n++)
            {
                var kind = CooperationKinds.All[SurveyAnswerDraws.Weighted(random, KindWeights)];
                var entry = new CooperationEntry
                {
                    Id = ++entryId, ConventionId = ctg.Id, Date = since.AddDays(random.Next(days)), Kind = kind, NatureId = context.Pick(natures[kind]),
                    Note = random.NextDouble() < 0.6 ? Texts.Sentences[random.Next(Texts.Sentences.Length)] : null,
                    MeetingId = ctg.Meetings.Count > 0 && kind is CooperationKind.Expertise or CooperationKind.ConseilElus && random.NextDouble() < 0.5 ? context.Pick(ctg.Meetings) : null,
                    AuthorId = ctg.Coordinators.Count > 0 ? world.Coordinators[context.Pick(ctg.Coordinators)] : null,
                    CreatedAt = options.Until,
                };
                context.Insert(entry);
                if (ctg.Partners.Count > 0)
                {
                    var first = context.Pick(ctg.Partners);
                    context.Insert(new CooperationEntryPartner { EntryId = entry.Id, PartnerId = first });
                    var second = context.Pick(ctg.Partners);
                    if (second != first && random.NextDouble() < 0.3) context.Insert(new CooperationEntryPartner { EntryId = entry.Id, PartnerId = second });
                }
                if (ctg.Axes.Count > 0) context.Insert(new CooperationEntryAxis { EntryId = entry.Id, AxisId = context.Pick(ctg.Axes).Id });
                if (random.NextDouble() < 0.5) context.Insert(new CooperationEntryMunicipality { EntryId = entry.Id, MunicipalityId = ctg.Municipalities[ctg.PickMunicipality(random)].Id });
            }

            foreach (var status in new[] { DiagnosticStatus.ValideEnCopil, DiagnosticStatus.EnCours, DiagnosticStatus.EnPreparation })
            {
                var started = since.AddDays(random.Next(Math.Max(1, days - 200)));
                var diagnostic = new SharedDiagnostic
                {
                    Id = ++diagnosticId, ConventionId = ctg.Id, Title = $"Diagnostic {(status == DiagnosticStatus.ValideEnCopil ? "territorial" : "thématique")} n° {diagnosticId}",
                    Scope = status == DiagnosticStatus.ValideEnCopil ? DiagnosticScope.Territorial : DiagnosticScope.Thematique, Status = status, StartedOn = started,
                    ValidatedOn = status == DiagnosticStatus.ValideEnCopil ? started.AddDays(120 + random.Next(60)) : null,
                    PublicSummary = status == DiagnosticStatus.ValideEnCopil ? Texts.Sentences[random.Next(Texts.Sentences.Length)] : null,
                    CreatedAt = options.Until, UpdatedAt = options.Until,
                };
                context.Insert(diagnostic);
                foreach (var axis in ctg.Axes.Where(_ => random.NextDouble() < 0.4))
                    context.Insert(new DiagnosticAxis { DiagnosticId = diagnostic.Id, AxisId = axis.Id, FindingsHtml = Texts.Paragraphs(random, 1) });
                foreach (var partner in ctg.Partners.Where(_ => random.NextDouble() < 0.3))
                    context.Insert(new DiagnosticPartner { DiagnosticId = diagnostic.Id, PartnerId = partner, Role = (DiagnosticPartnerRole)random.Next(3) });
            }
        }
        return $"{entryId:N0} journal entries, {diagnosticId} diagnostics, {natureId} natures";
    }
}
