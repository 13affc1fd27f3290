using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>Finds the states, organisations and persons an article names, resolving aliases and metonyms
/// ("Pyongyang", "the DPRK", "the Kremlin") to one actor, and reports unknown capitalised names that a title or
/// context marks as a person or source.</summary>
/// <remarks>
/// Mentions are added in text order and never overlap; where forms compete the longest wins
/// ("South Korea's National Intelligence Service" over "South Korea"). Matching is case-sensitive, so "us" and
/// "chad" in lower case name nobody. A following parenthesised acronym of the same actor joins the mention
/// ("Korean People's Army (KPA)"). The text is tokenised once into a pooled buffer; each word costs one
/// dictionary probe, and a match walks a token trie rather than trying forms one by one.
/// </remarks>
public sealed class ActorAnnotator : IAnnotator
{
    private static readonly IComparer<Mention> ByStart = Comparer<Mention>.Create(static (a, b) => a.Span.Start.CompareTo(b.Span.Start));
    private readonly ActorLexicon _lexicon;

    /// <summary>Creates the annotator over <paramref name="lexicon"/>.</summary>
    public ActorAnnotator(ActorLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        _lexicon = lexicon;
    }

    /// <inheritdoc/>
    public string Name => "actors";

    /// <inheritdoc/>
    public void Annotate(AnnotatedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var text = document.Text;
        if (text.Length == 0)
        {
            return;
        }

        var tokenBuffer = ArrayPool<ActorToken>.Shared.Rent(text.Length + 1);
        var coveredBuffer = ArrayPool<bool>.Shared.Rent(text.Length + 1);
        try
        {
            var count = ActorTokenizer.Tokenize(text, tokenBuffer);
            var tokens = new ReadOnlySpan<ActorToken>(tokenBuffer, 0, count);
            var covered = new Span<bool>(coveredBuffer, 0, count);
            covered.Clear();
            var first = document.Mentions.Count;
            MatchLexicon(document, tokens, covered);
            var known = document.Mentions.Count;
            new NameCandidateFinder(_lexicon, document, tokens, covered).FindAll();
            if (document.Mentions.Count > known)
            {
                // Candidates fill gaps between lexicon matches, so one sort restores text order.
                document.Mentions.Sort(first, document.Mentions.Count - first, ByStart);
            }

            BodyResolver.ResolveAll(document, _lexicon, tokens);
        }
        finally
        {
            ArrayPool<ActorToken>.Shared.Return(tokenBuffer);
            ArrayPool<bool>.Shared.Return(coveredBuffer);
        }
    }

    private void MatchLexicon(AnnotatedDocument document, ReadOnlySpan<ActorToken> tokens, Span<bool> covered)
    {
        var text = document.Text.AsSpan();
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            var root = token.IsWord ? _lexicon.Find(text.Slice(token.Start, token.Length)) : null;
            if (root is null || !TryWalk(root, text, tokens, i, i, out var pattern, out var startToken, out var endToken))
            {
                i++;
                continue;
            }

            if (pattern.Actor is { } actor)
            {
                endToken = AbsorbAcronym(actor, text, tokens, endToken);
                var start = tokens[startToken].Start;
                var end = tokens[endToken - 1].End;
                document.Mentions.Add(new Mention(
                    new TextSpan(start, end), pattern.Spelled(text[start..end]), actor.Id, actor.Name, actor.Kind, actor.Country, pattern.Cue));
                covered[startToken..endToken].Fill(true);
            }

            i = endToken;
        }
    }

    // Follows the text down the trie as far as it goes, then accepts the deepest pattern whose conditions hold,
    // so the longest form wins and a rejected long form falls back to a shorter one.
    private bool TryWalk(PatternNode node, ReadOnlySpan<char> text, ReadOnlySpan<ActorToken> tokens, int at, int last,
        [NotNullWhen(true)] out ActorPattern? pattern, out int startToken, out int endToken)
    {
        var next = last + 1;
        if (next < tokens.Length && tokens[next].Gap != 3)
        {
            var t = tokens[next];
            var word = text.Slice(t.Start, t.Length);
            var child = node.Next(!t.IsWord && ActorTokenizer.IsApostrophe(word[0]) ? "'" : word, t.Gap != 0);
            if (child is not null && TryWalk(child, text, tokens, at, next, out pattern, out startToken, out endToken))
            {
                return true;
            }
        }

        foreach (var candidate in node.Terminals)
        {
            if (Accepts(candidate, text, tokens, at, next, out startToken))
            {
                pattern = candidate;
                endToken = next;
                return true;
            }
        }

        pattern = null;
        startToken = endToken = at;
        return false;
    }

    private bool Accepts(ActorPattern pattern, ReadOnlySpan<char> text, ReadOnlySpan<ActorToken> tokens, int at, int end, out int startToken)
    {
        startToken = at;
        var hasThe = at > 0 && tokens[at].Gap is 1 or 2 && IsThe(text, tokens[at - 1]);
        if (pattern.LeadingThe == LeadingThe.Required && !hasThe)
        {
            return false;
        }

        if (hasThe && pattern.LeadingThe != LeadingThe.None)
        {
            startToken = at - 1;
        }

        if (pattern.Given && FollowedBySurname(text, tokens, end))
        {
            return false;
        }

        // "pro-Russian forces" are not the Russian armed forces; the bare demonym still matches.
        return !(pattern.Adjectival && at >= 2 && tokens[at].Gap == 0 && text[tokens[at - 1].Start] == '-'
            && tokens[at - 2].IsWord && tokens[at - 1].Gap == 0);
    }

    private static bool IsThe(ReadOnlySpan<char> text, ActorToken token) =>
        token.IsWord && text.Slice(token.Start, token.Length).Equals("the", StringComparison.OrdinalIgnoreCase);

    // "Jordan Peterson" is a person; "Jordan said" and "Jordan and Israel" are the state.
    private bool FollowedBySurname(ReadOnlySpan<char> text, ReadOnlySpan<ActorToken> tokens, int next)
    {
        if (next >= tokens.Length || tokens[next].Gap != 1 || !tokens[next].IsWord)
        {
            return false;
        }

        var word = text.Slice(tokens[next].Start, tokens[next].Length);
        return char.IsUpper(word[0]) && !_lexicon.Cues.IsFunction(word) && _lexicon.Find(word) is null;
    }

    // "National Intelligence Service (NIS)": the acronym in brackets names the same actor and joins the mention.
    private int AbsorbAcronym(Actor actor, ReadOnlySpan<char> text, ReadOnlySpan<ActorToken> tokens, int end)
    {
        if (end + 2 >= tokens.Length || text[tokens[end].Start] != '(' || tokens[end].IsWord || tokens[end].Gap is 0 or 3
            || !tokens[end + 1].IsWord || tokens[end + 1].Gap != 0 || text[tokens[end + 2].Start] != ')' || tokens[end + 2].Gap != 0)
        {
            return end;
        }

        var node = _lexicon.Find(text.Slice(tokens[end + 1].Start, tokens[end + 1].Length));
        if (node is null)
        {
            return end;
        }

        foreach (var pattern in node.Terminals)
        {
            if (pattern.Actor == actor && pattern.LeadingThe != LeadingThe.Required)
            {
                return end + 3;
            }
        }

        return end;
    }
}
