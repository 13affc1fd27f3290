using Assay.Core.Articles;
using Assay.Core.Sources;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;
using Assay.Testing;

namespace Assay.Extraction.Tests.Annotators.Actors;

public sealed class ActorSeedTests
{
    private static List<Mention> Annotate()
    {
        var document = new AnnotatedDocument(Article.FromText(File.ReadAllText(SharedData.SeedArticle)));
        new ActorAnnotator(ActorLexicon.Default).Annotate(document);
        return document.Mentions;
    }

    [SharedDataFact]
    public void Annotate_SeedArticle_ResolvesMetonymsToStates()
    {
        // Given the founding example article
        // When its actors are annotated
        var mentions = Annotate();

        // Then capitals, the Kremlin and the DPRK resolve to their states
        Assert.Contains(mentions, m => m.Text == "Pyongyang" && m.ActorId == "north-korea" && m.Cue == "capital:Pyongyang");
        Assert.Contains(mentions, m => m.Text == "the Kremlin" && m.ActorId == "russia" && m.Cue == "metonym:the Kremlin");
        Assert.Contains(mentions, m => m.Text == "Seoul" && m.ActorId == "south-korea");
        Assert.Contains(mentions, m => m.Text == "Moscow" && m.ActorId == "russia");
        Assert.Contains(mentions, m => m.Text == "the DPRK" && m.ActorId == "north-korea");
        Assert.Contains(mentions, m => m.Text == "Washington" && m.ActorId == "united-states");
        Assert.Contains(mentions, m => m.Text == "the Russian Federation" && m.ActorId == "russia");
    }

    [SharedDataFact]
    public void Annotate_SeedArticle_ResolvesOrganisationsAsWholePhrases()
    {
        // Given the founding example article
        // When its actors are annotated
        var mentions = Annotate();

        // Then the NIS and the KPA are each one mention of the organisation, acronym included
        var nis = Assert.Single(mentions, m => m.Text.StartsWith("South Korea's National Intelligence Service", StringComparison.Ordinal));
        Assert.Equal("South Korea's National Intelligence Service (NIS)", nis.Text);
        Assert.Equal("south-korea-nis", nis.ActorId);
        Assert.Equal("south-korea", nis.Country);
        Assert.Contains(mentions, m => m.Text == "the Korean People's Army (KPA)" && m.ActorId == "north-korea-kpa" && m.Country == "north-korea");
        Assert.Contains(mentions, m => m.Text == "the NIS" && m.ActorId == "south-korea-nis");
        Assert.Contains(mentions, m => m.Text == "Bloknot" && m.Kind == ActorKind.Media && m.Country == "russia");
        Assert.Contains(mentions, m => m.Text == "NATO" && m.Kind == ActorKind.Alliance);
    }

    [SharedDataFact]
    public void Annotate_SeedArticle_FindsPersons()
    {
        // Given the founding example article
        // When its actors are annotated
        var mentions = Annotate();

        // Then known leaders resolve and unknown named commentators become person candidates
        Assert.Contains(mentions, m => m.Text == "Kim Jong Un" && m.ActorId == "kim-jong-un");
        Assert.Contains(mentions, m => m.Text == "Vladimir Putin" && m.ActorId == "vladimir-putin");
        Assert.Contains(mentions, m => m.Text == "Aleksandr Pylev" && m.Kind == ActorKind.Person && m.Cue == "candidate:title"
            && m.ActorId == "unknown:aleksandr-pylev");
        Assert.Contains(mentions, m => m.Text == "Aleksander Sladkov" && m.Kind == ActorKind.Person && m.Cue == "candidate:context");
    }

    [SharedDataFact]
    public void Annotate_SeedArticle_KeepsMentionsOrderedAndApart()
    {
        // Given the founding example article
        // When its actors are annotated
        var mentions = Annotate();

        // Then mentions are in text order, never overlap, and carry the text they cover
        var text = File.ReadAllText(SharedData.SeedArticle);
        for (var i = 1; i < mentions.Count; i++)
        {
            Assert.True(mentions[i - 1].Span.End <= mentions[i].Span.Start, $"{mentions[i - 1].Text} overlaps {mentions[i].Text}");
        }

        Assert.All(mentions, m => Assert.Equal(m.Text, m.Span.Slice(text)));
        Assert.DoesNotContain(mentions, m => m.Text is "Similarly" or "Nevertheless");
    }
}
