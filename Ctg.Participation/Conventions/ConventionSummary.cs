using System.Linq.Expressions;

namespace Ctg.Participation.Conventions;

public sealed record ConventionSummary(int Id, string Slug, string Name, string Epci, string Department, ConventionStatus Status,
    DateOnly PeriodStart, DateOnly PeriodEnd)
{
    public static readonly Expression<Func<Convention, ConventionSummary>> Projection = c =>
        new ConventionSummary(c.Id, c.Slug, c.Name, c.Epci, c.Department, c.Status, c.PeriodStart, c.PeriodEnd);
}
