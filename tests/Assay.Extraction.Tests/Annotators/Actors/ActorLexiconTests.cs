using Assay.Core.Sources;
using Assay.Extraction.Annotators.Actors;

namespace Assay.Extraction.Tests.Annotators.Actors;

public sealed class ActorLexiconTests
{
    private static readonly ActorLexicon Lexicon = ActorLexicon.Default;

    [Fact]
    public void Default_States_AreTheUnMemberStates()
    {
        // Given the shipped lexicon
        // When its states are counted
        var states = Lexicon.Actors.Where(a => a.Kind == ActorKind.State).ToList();

        // Then there is one per UN member state, each its own country
        Assert.Equal(193, states.Count);
        Assert.Equal(193, Lexicon.StateCount);
        Assert.All(states, s => Assert.Equal(s.Id, s.Country));
    }

    [Theory]
    [InlineData("north-korea", "North Korea")]
    [InlineData("south-korea", "South Korea")]
    [InlineData("russia", "Russia")]
    [InlineData("ukraine", "Ukraine")]
    [InlineData("united-states", "United States")]
    [InlineData("united-kingdom", "United Kingdom")]
    [InlineData("china", "China")]
    [InlineData("japan", "Japan")]
    [InlineData("cote-divoire", "Côte d'Ivoire")]
    [InlineData("sao-tome-and-principe", "São Tomé and Príncipe")]
    [InlineData("timor-leste", "Timor-Leste")]
    [InlineData("dr-congo", "Democratic Republic of the Congo")]
    [InlineData("tuvalu", "Tuvalu")]
    public void TryGet_MemberState_ReturnsState(string id, string name)
    {
        // Given a member state's id
        // When it is looked up
        var found = Lexicon.TryGet(id, out var actor);

        // Then the state comes back under its canonical name
        Assert.True(found);
        Assert.Equal(name, actor!.Name);
        Assert.Equal(ActorKind.State, actor.Kind);
    }

    [Fact]
    public void Default_Ids_AreUniqueSlugs()
    {
        // Given every actor
        var ids = Lexicon.Actors.Select(a => a.Id).ToList();

        // Then ids are unique lower-case slugs
        Assert.Equal(ids.Count, ids.Distinct(StringComparer.Ordinal).Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void Default_OrganisationsAndPersons_BelongToKnownStates()
    {
        // Given every non-state actor with a country
        var owned = Lexicon.Actors.Where(a => a.Kind != ActorKind.State && a.Country is not null).ToList();

        // Then that country is a state of the lexicon
        Assert.NotEmpty(owned);
        Assert.All(owned, a => Assert.True(
            Lexicon.TryGet(a.Country!, out var state) && state.Kind == ActorKind.State, $"{a.Id} belongs to unknown state {a.Country}"));
    }

    [Fact]
    public void Default_Organisations_AreAtLeast120_WithSourceTypes()
    {
        // Given the organisations, outlets and alliances
        var organisations = Lexicon.Actors.Where(a => a.Kind is ActorKind.Organisation or ActorKind.Media or ActorKind.Alliance).ToList();

        // Then there are enough of them and each says what kind of source it is
        Assert.True(Lexicon.OrganisationCount >= 120, $"only {Lexicon.OrganisationCount} organisations");
        Assert.Equal(organisations.Count, Lexicon.OrganisationCount);
        Assert.All(organisations, o => Assert.NotNull(o.SourceType));
    }

    [Theory]
    [InlineData("south-korea-nis", ActorKind.Organisation, "south-korea", SourceType.Intelligence)]
    [InlineData("us-dod", ActorKind.Organisation, "united-states", SourceType.Military)]
    [InlineData("north-korea-kpa", ActorKind.Organisation, "north-korea", SourceType.Military)]
    [InlineData("yonhap", ActorKind.Media, "south-korea", SourceType.Media)]
    [InlineData("isw", ActorKind.Organisation, "united-states", SourceType.Expert)]
    [InlineData("nato", ActorKind.Alliance, null, SourceType.Government)]
    [InlineData("kim-jong-un", ActorKind.Person, "north-korea", SourceType.Government)]
    public void TryGet_KnownActor_CarriesKindCountryAndSource(string id, ActorKind kind, string? country, SourceType source)
    {
        // Given a well-known actor's id
        // When it is looked up
        Assert.True(Lexicon.TryGet(id, out var actor));

        // Then its kind, country and source type are those of the lexicon
        Assert.Equal(kind, actor.Kind);
        Assert.Equal(country, actor.Country);
        Assert.Equal(source, actor.SourceType);
    }

    [Fact]
    public void TryGet_UnknownId_ReturnsFalse()
    {
        // Given an id no actor has
        // When it is looked up
        var found = Lexicon.TryGet("atlantis", out _);

        // Then nothing is found
        Assert.False(found);
    }
}
