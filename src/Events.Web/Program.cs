using Events.Core.Jobs;
using Events.Web.Audit;
using Events.Web.Calendar;
using Events.Web.Forums;
using Events.Web.Health;
using Events.Web.Jobs;
using Events.Web.Live;
using Events.Web.Localization;
using Events.Web.Public;
using Events.Web.Registrations;

var builder = WebApplication.CreateBuilder(args);
// Static assets from the build's manifest in every environment run from a build (tests too): its compressed
// variants are in obj/, found only through this manifest. A no-op once published.
builder.WebHost.UseStaticWebAssets();

builder.Services.AddEventsData(builder.Configuration);
// First hosted service: the database is migrated before the key ring, the job server or anything else reads it.
builder.Services.AddStartupTasks();
builder.Services.AddRequestAuditActor();
builder.Services.AddEventsJobs(builder.Configuration, runServer: builder.Configuration.GetValue("Jobs:RunServerInWeb", true));
builder.Services.AddApiErrors();
builder.Services.AddAccounts();
builder.Services.AddSiteLocalization();
builder.Services.AddRateLimits();
builder.Services.AddOpenApi();
builder.Services.AddRazorPages(o => o.Conventions.AuthorizeFolder("/Organiser", Policies.Organiser).AuthorizePage("/Organiser/New", Policies.Administrator));
builder.Services.AddRegistrations();
builder.Services.AddAgendaAndSpeakers();
builder.Services.AddLive(builder.Configuration);
builder.Services.AddHealth(builder.Configuration);
builder.Services.AddHardening();
builder.Services.AddSiteAssets();

var app = builder.Build();

if (await AdminCommands.TryRunAsync(app, args))
{
    return;
}

app.UseHardening();
app.UseApiErrors();
app.UseSecurityHeaders();
app.UseCompressedPages();
app.UseNoStore();
app.UseSiteLocalization();
app.UseRouting();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseAntiforgery();

app.MapSiteAssets();
app.MapHealth();
app.MapApiDocument();
app.MapAccountEndpoints();
app.MapPublicEvents();
app.MapCalendarFeed();
app.MapOrganiserApi();
app.MapRegistrations();
app.MapForums();
app.MapSiteAudit();
app.MapJobsDashboard();
app.MapLive();
app.MapRazorPages().WithStaticAssets();

app.Run();

public partial class Program;
