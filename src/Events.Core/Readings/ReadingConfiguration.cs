namespace Events.Core.Readings;

internal sealed class ReadingConfiguration : IEntityTypeConfiguration<Reading>
{
    public void Configure(EntityTypeBuilder<Reading> builder) => builder.Ignore(r => r.Link);
}
