using Assay.Extraction.Annotators.Attributions;
using Assay.Extraction.Annotators.Events;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Claims;

public sealed partial class ClaimAnnotator
{
    /// <summary>Cue of a claim whose event lost the agent found for it because that party is the one speaking of the
    /// event ("Washington reporting what it assessed had arrived" tells of an arrival, not of Washington arriving).</summary>
    public const string SpeakerNotAgentCue = "agent:speaker-not-agent";

    private static readonly WordSet SubjectPronounLookup = new(["it", "they", "its", "their", "itself", "themselves"], StringComparer.OrdinalIgnoreCase);

    // The event's agent is the subject of a speech cue standing between it and the trigger, and either "what" is what
    // the event happens to ("reporting what it assessed had arrived") or the cue is a participle whose clause names no
    // one acting ("Seoul reporting that troops had arrived"): the party speaks of the event, it does not act in it. A
    // party that speaks of its own act names itself again ("Pyongyang, saying it had sent no one") and keeps it.
    private static bool SpeakerIsNotAgent(AnnotatedDocument d, int sentence, EventSpan evt, List<AttributionSpan> atts)
    {
        if (evt.Agent is not { } agent || evt.AgentCue is not null || !d.Sentences[sentence].Contains(evt.Trigger))
        {
            return false;
        }

        foreach (var a in atts)
        {
            if (a.Narrow || a.SourceSpan.End > a.Cue.Start || a.Cue.End > evt.Trigger.Start || !NamesActor(d, a, agent))
            {
                continue;
            }

            var words = WordsBetween(d, sentence, a.Cue.Start, evt.Trigger.Start, out var what, out var pronoun);
            if (words >= 0 && (what || (IsParticiple(d, a) && !pronoun)))
            {
                return true;
            }
        }

        return false;
    }

    // Whether a mention of the actor (or of a body of that state) stands in the attribution's source.
    private static bool NamesActor(AnnotatedDocument d, AttributionSpan a, string actor)
    {
        for (var i = d.FirstMentionFrom(a.SourceSpan.Start); i < d.Mentions.Count && d.Mentions[i].Span.Start < a.SourceSpan.End; i++)
        {
            var m = d.Mentions[i];
            if (m.Span.End <= a.SourceSpan.End && (m.ActorId == actor || m.Country == actor))
            {
                return true;
            }
        }

        return false;
    }

    // The number of words from the cue to the trigger, whether "what" is among them and whether a pronoun is; -1 when
    // a clause boundary (a semicolon, a colon or a comma) stands between them.
    private static int WordsBetween(AnnotatedDocument d, int sentence, int from, int to, out bool what, out bool pronoun)
    {
        what = pronoun = false;
        var words = 0;
        var tokens = d.Tokens;
        var range = d.SentenceTokens(sentence);
        for (var k = range.Start.Value; k < range.End.Value && tokens[k].Start < to; k++)
        {
            var t = tokens[k];
            if (t.Start < from)
            {
                continue;
            }

            if (t.Kind == TokenKind.Punctuation && d.Text[t.Start] is ';' or ':' or ',')
            {
                return -1;
            }

            if (t.Kind == TokenKind.Word)
            {
                what |= t.Is(d.Text, "what");
                pronoun |= SubjectPronounLookup.Contains(t.Chars(d.Text));
                words++;
            }
        }

        return words;
    }

    private static bool IsParticiple(AnnotatedDocument d, AttributionSpan a)
    {
        var cue = d.Text.AsSpan(a.Cue.Start, a.Cue.Length);
        var space = cue.IndexOf(' ');
        return (space < 0 ? cue : cue[..space]).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }
}
