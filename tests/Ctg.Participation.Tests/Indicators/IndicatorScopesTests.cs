using Ctg.Participation.Conventions;
using Ctg.Participation.Data;
using Ctg.Participation.Indicators;
using Ctg.Participation.Tests.Support;
using Ctg.Participation.PublicContent;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Ctg.Participation.Tests.Indicators;

public sealed class IndicatorScopesTests
{
    private static async Task<IndicatorScopes.Resolution> ResolveAsync(IndicatorScopes.Filter filter, int? fixedConvention = null)
    {
        await using var database = await TestDatabase.CreateAsync();
        return await database.RunAsync(sp => new IndicatorScopes(sp.GetRequiredService<PortalDbContext>(), database.Clock).ResolveAsync(filter, fixedConvention));
    }

    [Fact]
    public async Task Without_filters_the_scope_is_the_whole_department_over_the_current_year_to_date()
    {
        var resolution = await ResolveAsync(new(null, null, null, null, null));
        Assert.Equal(new IndicatorScope(null, new DateOnly(2026, 1, 1), new DateOnly(2026, 11, 23)), resolution.Scope);
    }

    [Fact]
    public async Task A_ctg_axis_and_commune_of_that_ctg_give_a_scope_with_their_ids()
    {
        var resolution = await ResolveAsync(new("alpes-d-azur", "2026-01-01", "31/03/2026", "parentalite", "06099"));
        Assert.True(resolution.IsValid, string.Join(" ", resolution.Errors.Values));
        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31)), (resolution.Scope!.From, resolution.Scope.To));
        Assert.NotNull(resolution.Scope.ConventionId);
        Assert.NotNull(resolution.Scope.AxisId);
        Assert.NotNull(resolution.Scope.MunicipalityId);
    }

    [Theory]
    [InlineData("alpes-d-azur", "2026-06-01", "2026-05-31", null, null, "au", "La date de fin doit être postérieure ou égale à la date de début.")]
    [InlineData("alpes-d-azur", "pas une date", null, null, null, "du", "La date de début n'est pas valide : saisissez une date au format jj/mm/aaaa.")]
    [InlineData("ctg-inconnue", null, null, null, null, "ctg", "Cette CTG n'existe pas. Choisissez une CTG de la liste.")]
    [InlineData("alpes-d-azur", null, null, "axe-inconnu", null, "axe", "Cet axe n'est pas un axe de la CTG CTG de la Communauté de communes Alpes d'Azur.")]
    [InlineData("pays-de-grasse", null, null, null, "06099", "commune", "Cette commune n'est pas couverte par la CTG CTG de la Communauté d'agglomération du Pays de Grasse.")]
    [InlineData(null, null, null, "parentalite", null, "axe", "Les axes sont propres à chaque CTG : choisissez d'abord une CTG.")]
    public async Task Bad_filters_give_a_french_message_beside_the_field_and_no_scope(string? ctg, string? du, string? au, string? axe, string? commune, string field, string message)
    {
        var resolution = await ResolveAsync(new(ctg, du, au, axe, commune));
        Assert.Null(resolution.Scope);
        Assert.False(resolution.IsValid);
        Assert.Equal(message, resolution.Errors[field]);
    }

    [Fact]
    public async Task The_ctgs_axes_and_communes_are_read_once_then_again_after_a_change_or_a_minute()
    {
        await using var database = await TestDatabase.CreateAsync();
        // A catalogue of its own, not registered as a listener of writes: only Changed and its age make it read again.
        var territory = new TerritoryCatalogue(database.Clock);
        Task<IndicatorScopes.Resolution> ResolveAsync(string axis) => database.RunAsync(sp =>
            new IndicatorScopes(sp.GetRequiredService<PortalDbContext>(), database.Clock, territory).ResolveAsync(new("alpes-d-azur", null, null, axis, null)));
        Task AddAxisAsync(string slug) => database.RunAsync(async sp =>
        {
            var db = sp.GetRequiredService<PortalDbContext>();
            var convention = await db.Conventions.Where(c => c.Slug == "alpes-d-azur").Select(c => c.Id).FirstAsync();
            db.Axes.Add(new Axis { ConventionId = convention, Name = slug, Slug = slug, Position = 99 });
            await db.SaveChangesAsync();
        });

        Assert.Contains(IndicatorScopes.Fields.Axe, (await ResolveAsync("jardins")).Errors.Keys);
        await AddAxisAsync("jardins");
        Assert.Contains(IndicatorScopes.Fields.Axe, (await ResolveAsync("jardins")).Errors.Keys);
        territory.Changed([PublicPages.Everything]);
        Assert.True((await ResolveAsync("jardins")).IsValid);

        await AddAxisAsync("potagers");
        Assert.False((await ResolveAsync("potagers")).IsValid);
        database.Clock.Advance(TerritoryCatalogue.MaxAge);
        Assert.True((await ResolveAsync("potagers")).IsValid);
    }

    [Fact]
    public void The_previous_period_has_the_same_length_and_ends_the_day_before()
    {
        var scope = new IndicatorScope(1, new DateOnly(2026, 1, 1), new DateOnly(2026, 3, 31));
        Assert.Equal((new DateOnly(2025, 10, 3), new DateOnly(2025, 12, 31)), (scope.Previous().From, scope.Previous().To));
    }
}
