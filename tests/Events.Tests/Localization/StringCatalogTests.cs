using Events.Web.Localization;

namespace Events.Tests.Localization;

public sealed class StringCatalogTests
{
    [Fact]
    public void AKeyInTwoTables_StopsTheStart_NamingBothPlaces()
    {
        var error = Assert.Throws<InvalidDataException>(() => new StringCatalog(
        [
            ("agenda.tsv", "# key\ten\tfr\tes\nSave\tSave\tEnregistrer\tGuardar\n"),
            ("speakers.tsv", "Save\tSave\tEnregistrer\tGuardar\n"),
        ]));

        Assert.Equal("speakers.tsv:1: the key 'Save' is already in agenda.tsv:2.", error.Message);
    }

    [Theory]
    [InlineData("Save\tSave\tEnregistrer\n")]
    [InlineData("Save\tSave\t \tGuardar\n")]
    public void ARowWithoutEveryLanguage_StopsTheStart(string row)
    {
        var error = Assert.Throws<InvalidDataException>(() => new StringCatalog([("common.tsv", row)]));

        Assert.StartsWith("common.tsv:1: expected a key and a text for each of en, fr, es", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Find_GivesTheLanguagesText_AndRecordsAKeyNoTableHas()
    {
        var catalog = new StringCatalog([("common.tsv", "@Role.Panellist\tPanellist\tPanéliste\tPanelista\r\n")]);

        Assert.Equal("Panéliste", catalog.Find("@Role.Panellist", "fr"));
        Assert.Equal("Panelista", catalog.Find("@Role.Panellist", "es"));
        Assert.Null(catalog.Find("Role.Panellist", "fr"));
        Assert.Equal(["Role.Panellist"], catalog.Missing);
    }

    [Fact]
    public void TheShippedTables_Load()
    {
        var catalog = new StringCatalog();

        Assert.Equal("Programme", catalog.Find("Agenda", "fr"));
    }
}
