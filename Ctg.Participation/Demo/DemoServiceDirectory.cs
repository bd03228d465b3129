using Ctg.Participation.Data;
using Ctg.Participation.ServiceDirectory;
using Microsoft.EntityFrameworkCore;

namespace Ctg.Participation.Demo;

/// <summary>Ten directory entries for the Alpes d'Azur CTG, seeded once when its directory is empty.</summary>
public static class DemoServiceDirectory
{
    public static async Task SeedAsync(PortalDbContext db, TimeProvider clock, CancellationToken ct = default)
    {
        var convention = await db.Conventions.Where(c => c.Slug == DemoActionPlan.ConventionSlug).Select(c => new { c.Id }).FirstOrDefaultAsync(ct);
        if (convention is null || await db.FamilyServices.AnyAsync(s => s.ConventionId == convention.Id, ct)) return;
        var communes = await db.Municipalities.Where(m => m.ConventionId == convention.Id).ToDictionaryAsync(m => m.Name, m => m.Id, ct);
        var axes = await db.Axes.Where(a => a.ConventionId == convention.Id).ToDictionaryAsync(a => a.Name, a => a.Id, ct);
        var now = clock.GetUtcNow();
        (string Name, FamilyServiceKind Kind, string Commune, string? Axis, string Address, string? Phone, string? Hours, WheelchairAccess Wheelchair)[] entries =
        [
            ("Crèche Les P'tits Montagnards", FamilyServiceKind.Creche, "Puget-Théniers", "Petite enfance", "2 avenue Alexandre Barety", "04 93 05 00 01", "Du lundi au vendredi, 7 h 30 – 18 h 30", WheelchairAccess.Yes),
            ("Relais petite enfance itinérant Alpes d'Azur", FamilyServiceKind.RelaisPetiteEnfance, "Puget-Théniers", "Petite enfance", "Maison de services, place de la Mairie", "04 93 05 00 02", "Mardi et jeudi, 9 h – 12 h ; permanences itinérantes le mercredi", WheelchairAccess.Yes),
            ("Multi-accueil Guillaumes", FamilyServiceKind.Creche, "Guillaumes", "Petite enfance", "Route de Valberg", "04 93 05 00 03", "Du lundi au vendredi, 8 h – 18 h", WheelchairAccess.Unknown),
            ("Accueil de loisirs du Haut-Var", FamilyServiceKind.AccueilDeLoisirs, "Guillaumes", "Enfance-jeunesse", "École communale", null, "Mercredis et vacances scolaires", WheelchairAccess.No),
            ("Accueil de loisirs de la vallée du Var", FamilyServiceKind.AccueilDeLoisirs, "Villars-sur-Var", "Enfance-jeunesse", "Salle polyvalente", "04 93 05 00 05", "Vacances scolaires, 8 h – 18 h", WheelchairAccess.Yes),
            ("Lieu d'accueil enfants-parents Les Petits Pas", FamilyServiceKind.LieuAccueilEnfantsParents, "Puget-Théniers", "Parentalité", "Salle des associations", null, "Samedi, 9 h 30 – 12 h", WheelchairAccess.Yes),
            ("Espace de vie sociale de Roquestéron", FamilyServiceKind.EspaceDeVieSociale, "Roquestéron", "Animation de la vie sociale", "Place de la Fontaine", "04 93 05 00 07", "Lundi, mercredi et vendredi après-midi", WheelchairAccess.Unknown),
            ("France services Puget-Théniers", FamilyServiceKind.FranceServices, "Puget-Théniers", "Accès aux droits et inclusion numérique", "Maison de services, place de la Mairie", "04 93 05 00 08", "Du lundi au vendredi, 9 h – 12 h et 13 h 30 – 17 h", WheelchairAccess.Yes),
            ("Point numérique de Beuil", FamilyServiceKind.PointNumerique, "Beuil", "Accès aux droits et inclusion numérique", "Mairie", null, "Jeudi matin", WheelchairAccess.No),
            ("Caf des Alpes-Maritimes — permanence", FamilyServiceKind.InstitutionPartenaire, "Puget-Théniers", null, "France services, place de la Mairie", "32 30", "Sur rendez-vous, le premier mardi du mois", WheelchairAccess.Yes),
        ];
        foreach (var e in entries)
        {
            var service = new FamilyService();
            FamilyServiceRules.Apply(service, new FamilyServiceInput
            {
                Name = e.Name, Kind = e.Kind, MunicipalityId = communes[e.Commune], AxisId = e.Axis is null ? null : axes[e.Axis], Address = e.Address,
                Phone = e.Phone, OpeningHours = e.Hours, Wheelchair = e.Wheelchair, Website = e.Kind == FamilyServiceKind.InstitutionPartenaire ? "https://www.caf.fr" : null,
            }, convention.Id, now);
            db.FamilyServices.Add(service);
        }
        await db.SaveChangesAsync(ct);
    }
}
