using Events.Core.Audit;
using Events.Web.Localization;

namespace Events.Tests.Audit;

public sealed class AuditTextsTests
{
    [Fact]
    public void EveryAuditAction_HasItsOwnNameInEnglishFrenchAndSpanish()
    {
        var catalog = new StringCatalog();
        var missing = new List<string>();
        foreach (var action in Enum.GetNames<AuditAction>())
        {
            var names = new[] { "en", "fr", "es" }.Select(language => catalog.Find("@Audit." + action, language)).ToList();
            if (names.Any(string.IsNullOrWhiteSpace) || names[1] == names[0] || names[2] == names[0])
            {
                missing.Add($"{action}: {string.Join(" | ", names)}");
            }
        }
        Assert.Empty(missing);
    }
}
