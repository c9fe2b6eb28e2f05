using Events.Core.Accounts;
using Events.Core.Forums;

namespace Events.Core.Teams;

internal sealed class TeamMemberConfiguration : IEntityTypeConfiguration<TeamMember>
{
    public void Configure(EntityTypeBuilder<TeamMember> builder)
    {
        builder.HasIndex(m => new { m.EventId, m.UserId });
        builder.HasIndex(m => new { m.ForumId, m.UserId });
        builder.HasOne<Event>().WithMany().HasForeignKey(m => m.EventId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Forum>().WithMany().HasForeignKey(m => m.ForumId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<AppUser>().WithMany().HasForeignKey(m => m.UserId).OnDelete(DeleteBehavior.Cascade);
        builder.ToTable(t => t.HasCheckConstraint("CK_TeamMembers_OneTeam", "(\"ForumId\" IS NULL) <> (\"EventId\" IS NULL)"));
    }
}
