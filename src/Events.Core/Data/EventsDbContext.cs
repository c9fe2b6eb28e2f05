using Events.Core.Accounts;
using Events.Core.Agenda;
using Events.Core.Interpretation;
using Events.Core.Live;
using Events.Core.Readings;
using Events.Core.Speakers;
using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Event = Events.Core.Events.Event;

namespace Events.Core.Data;

/// <summary>The one database of the product. Provider-specific subclasses only carry their migrations.</summary>
public class EventsDbContext(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>The Data Protection key ring, shared by every web instance (sign-in and antiforgery cookies).</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();
    public DbSet<Forums.Forum> Forums => Set<Forums.Forum>();
    public DbSet<Forums.Booking> Bookings => Set<Forums.Booking>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<AgendaItem> AgendaItems => Set<AgendaItem>();
    public DbSet<AgendaPerson> AgendaPeople => Set<AgendaPerson>();
    public DbSet<Speaker> Speakers => Set<Speaker>();
    public DbSet<InterpretationChannel> Channels => Set<InterpretationChannel>();
    public DbSet<Reading> Readings => Set<Reading>();
    public DbSet<Teams.TeamMember> TeamMembers => Set<Teams.TeamMember>();
    public DbSet<Registration> Registrations => Set<Registration>();
    public DbSet<RegistrationQuestion> RegistrationQuestions => Set<RegistrationQuestion>();
    public DbSet<RegistrationAnswer> RegistrationAnswers => Set<RegistrationAnswer>();
    public DbSet<EmailDelivery> EmailDeliveries => Set<EmailDelivery>();
    public DbSet<Question> Questions => Set<Question>();
    public DbSet<QuestionVote> QuestionVotes => Set<QuestionVote>();
    public DbSet<AskerBlock> AskerBlocks => Set<AskerBlock>();
    public DbSet<LiveConnection> LiveConnections => Set<LiveConnection>();
    public DbSet<LiveInstance> LiveInstances => Set<LiveInstance>();
    public DbSet<FollowUps.FollowUpDraft> FollowUps => Set<FollowUps.FollowUpDraft>();
    public DbSet<Briefing.Interpreter> Interpreters => Set<Briefing.Interpreter>();
    public DbSet<Glossary.GlossaryTerm> GlossaryTerms => Set<Glossary.GlossaryTerm>();
    public DbSet<Audit.AuditEntry> AuditEntries => Set<Audit.AuditEntry>();
    public DbSet<Polls.Poll> Polls => Set<Polls.Poll>();
    public DbSet<Polls.PollChoice> PollChoices => Set<Polls.PollChoice>();
    public DbSet<Polls.PollAnswer> PollAnswers => Set<Polls.PollAnswer>();
    public DbSet<Captions.CaptionLine> CaptionLines => Set<Captions.CaptionLine>();

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        configurationBuilder.Properties<DateTime>().HaveConversion<UtcDateTimeConverter>();
        configurationBuilder.Properties<Enum>().HaveConversion<string>().HaveMaxLength(32);
        configurationBuilder.Properties<Translations>().HaveConversion<TranslationsConverter, TranslationsComparer>();
    }

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(EventsDbContext).Assembly);
    }
}
