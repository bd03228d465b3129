using Ctg.Participation.Web.Extensions;

var builder = WebApplication.CreateBuilder(new WebApplicationOptions
{
    Args = args,
    ContentRootPath = PortalContentRoot.Locate(),
});
builder.AddPortal();

var app = builder.Build();
await app.PreparePortalAsync();
app.UsePortal();
app.MapPortal();
app.Run();

/// <summary>Visible to WebApplicationFactory in the integration and browser tests.</summary>
public partial class Program;
