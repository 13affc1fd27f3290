using System.Text;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Actors;

/// <summary>Finds capitalised names the lexicon does not know, where the words around them say what they are.</summary>
/// <remarks>
/// A run of capitalised words (with initials, hyphens and particles such as "von der") not covered by a lexicon
/// match becomes a candidate only when framed: after a title ("Gen.", "President", "military journalist") it is
/// a person with cue "candidate:title"; before an apposition with a role (", a member of") it is a person with
/// cue "candidate:context"; before a verb of saying or after "according to" it is an unknown source with cue
/// "candidate:context". Leading function words ("However", "In") are dropped, as is a sentence-initial adverb in
/// -ly ("Similarly"), so a name beginning "Kelly" at the very start of a sentence is missed.
/// </remarks>
internal ref struct NameCandidateFinder
{
    private const int MaxRoleDistance = 5;
    private readonly ActorLexicon _lexicon;
    private readonly AnnotatedDocument _document;
    private readonly ReadOnlySpan<char> _text;
    private readonly ReadOnlySpan<ActorToken> _tokens;
    private readonly ReadOnlySpan<bool> _covered;

    public NameCandidateFinder(ActorLexicon lexicon, AnnotatedDocument document, ReadOnlySpan<ActorToken> tokens, ReadOnlySpan<bool> covered)
    {
        _lexicon = lexicon;
        _document = document;
        _text = document.Text;
        _tokens = tokens;
        _covered = covered;
    }

    private readonly NameCues Cues => _lexicon.Cues;

    public readonly void FindAll()
    {
        var i = 0;
        while (i < _tokens.Length)
        {
            if (!IsCapitalised(i))
            {
                i++;
                continue;
            }

            var end = RunEnd(i);
            Consider(i, end);
            i = end;
        }
    }

    private readonly void Consider(int runStart, int runEnd)
    {
        // Where the sentence starts is looked up only for a leading adverb, which few runs have.
        var s = runStart;
        while (s < runEnd && (Cues.IsFunction(Word(s)) || (s == runStart && IsAdverb(Word(s)) && IsSentenceInitial(runStart))))
        {
            s = NextWord(s, runEnd);
        }

        if (s >= runEnd)
        {
            return;
        }

        // English names end in their head noun: "Foreign Ministry" and "People Power Party" are organisations,
        // which become candidates only as sources and keep their words whole.
        var last = Word(runEnd - 1);
        if (Cues.IsOrgNoun(last) || Cues.IsFunction(last))
        {
            if (FollowedBySpeech(runEnd) || PrecededByAccordingTo(runStart) || PrecededByRoleFor(runStart))
            {
                Add(s, runEnd, ActorKind.Unknown, "candidate:context");
            }

            return;
        }

        var titled = false;
        while (s < runEnd && Cues.IsTitle(Word(s)))
        {
            titled = true;
            s = NextWord(s, runEnd);
        }

        if (s >= runEnd || !char.IsUpper(Word(s)[0]) || !HasLetters(s, runEnd))
        {
            return;
        }

        if (!titled && runStart > 0 && _tokens[runStart - 1].IsWord && _tokens[runStart].Gap is 1 or 2 && !_covered[runStart - 1]
            && Cues.IsTitle(Word(runStart - 1)))
        {
            titled = true;
        }

        ActorKind kind;
        string cue;
        if (titled)
        {
            (kind, cue) = (ActorKind.Person, "candidate:title");
        }
        else if (FollowedByRole(runEnd))
        {
            (kind, cue) = (ActorKind.Person, "candidate:context");
        }
        else if (FollowedBySpeech(runEnd) || PrecededByAccordingTo(runStart) || PrecededByRoleFor(runStart))
        {
            (kind, cue) = (ActorKind.Unknown, "candidate:context");
        }
        else
        {
            return;
        }

        Add(s, runEnd, kind, cue);
    }

    private readonly void Add(int s, int runEnd, ActorKind kind, string cue)
    {
        var start = _tokens[s].Start;
        var end = _tokens[runEnd - 1].End;
        var written = _document.Text[start..end];
        var name = Normalise(written);
        _document.Mentions.Add(new Mention(new TextSpan(start, end), written, UnknownId(name), name, kind, null, cue));
    }

    // Extends a run of capitalised words over initials ("V."), title abbreviations ("Gen."), hyphens
    // ("Jae-myung"), inner apostrophes ("O'Brien") and particles ("von der Leyen").
    private readonly int RunEnd(int i)
    {
        var last = i;
        while (true)
        {
            var n = last + 1;
            if (n >= _tokens.Length || _covered[n])
            {
                break;
            }

            var t = _tokens[n];
            if (!t.IsWord && t.Gap == 0)
            {
                var c = _text[t.Start];
                var word = Word(last);
                if (c == '.' && (word.Length == 1 || Cues.IsTitle(word)) && IsCapitalised(n + 1) && _tokens[n + 1].Gap == 1)
                {
                    last = n + 1;
                    continue;
                }

                if ((c == '-' || ActorTokenizer.IsApostrophe(c)) && n + 1 < _tokens.Length && _tokens[n + 1].IsWord && _tokens[n + 1].Gap == 0
                    && !_covered[n + 1] && !(ActorTokenizer.IsApostrophe(c) && Word(n + 1) is "s"))
                {
                    last = n + 1;
                    continue;
                }

                break;
            }

            if (t.IsWord && t.Gap == 1)
            {
                if (IsCapitalised(n))
                {
                    last = n;
                    continue;
                }

                if (Cues.IsParticle(Word(n)))
                {
                    var m = n;
                    while (m + 1 < _tokens.Length && _tokens[m + 1].IsWord && _tokens[m + 1].Gap == 1 && Cues.IsParticle(Word(m + 1)))
                    {
                        m++;
                    }

                    if (IsCapitalised(m + 1) && _tokens[m + 1].Gap == 1)
                    {
                        last = m + 1;
                        continue;
                    }
                }
            }

            break;
        }

        return last + 1;
    }

    private readonly bool IsCapitalised(int i) =>
        i < _tokens.Length && _tokens[i].IsWord && !_covered[i] && char.IsUpper(_text[_tokens[i].Start]);

    private readonly ReadOnlySpan<char> Word(int i) => _text.Slice(_tokens[i].Start, _tokens[i].Length);

    private readonly int NextWord(int i, int end)
    {
        i++;
        while (i < end && !_tokens[i].IsWord)
        {
            i++;
        }

        return i;
    }

    private readonly bool HasLetters(int from, int end)
    {
        var letters = 0;
        for (var i = from; i < end; i++)
        {
            foreach (var c in Word(i))
            {
                if (char.IsLetter(c) && ++letters > 1)
                {
                    return true;
                }
            }
        }

        return false;
    }

    private static bool IsAdverb(ReadOnlySpan<char> word) => word.Length > 4 && word.EndsWith("ly", StringComparison.Ordinal);

    // ", a member of", ", spokesman for", ", the ministry's spokeswoman".
    private readonly bool FollowedByRole(int end)
    {
        if (end >= _tokens.Length || _text[_tokens[end].Start] != ',' || _tokens[end].IsWord)
        {
            return false;
        }

        var words = 0;
        for (var i = end + 1; i < _tokens.Length && words < MaxRoleDistance; i++)
        {
            var t = _tokens[i];
            if (!t.IsWord)
            {
                if (ActorTokenizer.IsApostrophe(_text[t.Start]) || _text[t.Start] == '-')
                {
                    continue;
                }

                return false;
            }

            var word = Word(i);
            if (Cues.IsRole(word) && !char.IsUpper(word[0]))
            {
                return true;
            }

            if (words == 0 && !(word is "a" or "an" or "the" or "former" or "senior") && !_covered[i])
            {
                return false;
            }

            words++;
        }

        return false;
    }

    private readonly bool FollowedBySpeech(int end)
    {
        var i = end;
        if (i < _tokens.Length && _tokens[i].IsWord && Word(i) is "has" or "had" or "also" or "later")
        {
            i++;
        }

        return i < _tokens.Length && _tokens[i].IsWord && _tokens[i].Gap == 1 && Cues.IsSpeech(Word(i));
    }

    // "a spokesman for Rosatom", "an analyst at Greywater".
    private readonly bool PrecededByRoleFor(int start) =>
        start >= 2 && _tokens[start - 1].IsWord && _tokens[start - 2].IsWord && Word(start - 1) is "for" or "at" or "of"
        && !_covered[start - 2] && Cues.IsRole(Word(start - 2));

    private readonly bool PrecededByAccordingTo(int start) =>
        start >= 2 && _tokens[start - 1].IsWord && _tokens[start - 2].IsWord
        && Word(start - 1) is "to" && Word(start - 2).Equals("according", StringComparison.OrdinalIgnoreCase);

    // Uses the sentence annotator's spans when present; otherwise a sentence starts the text, follows a line
    // break or follows . ! ? (opening quotes and markup in between are ignored).
    private readonly bool IsSentenceInitial(int i)
    {
        var sentences = _document.Sentences;
        if (sentences.Count > 0)
        {
            var index = _document.SentenceIndexAt(_tokens[i].Start);
            if (index < 0)
            {
                return false;
            }

            var sentenceStart = sentences[index].Start;
            for (var k = i - 1; k >= 0 && _tokens[k].Start >= sentenceStart; k--)
            {
                if (_tokens[k].IsWord)
                {
                    return false;
                }
            }

            return true;
        }

        for (var k = i; ; k--)
        {
            if (k == 0 || _tokens[k].Gap >= 2)
            {
                return true;
            }

            var previous = _tokens[k - 1];
            if (previous.IsWord)
            {
                return false;
            }

            var c = _text[previous.Start];
            if (c is '.' or '!' or '?')
            {
                return true;
            }

            if (c is not ('"' or '\u201C' or '\u2018' or '\'' or '*' or '#' or '(' or '[' or '_' or '-' or '\u2014' or '\u2013' or '>'))
            {
                return false;
            }
        }
    }

    private static string Normalise(string written)
    {
        if (!written.AsSpan().ContainsAny('\n', '\r', '\t'))
        {
            return written;
        }

        var sb = new StringBuilder(written.Length);
        foreach (var c in written)
        {
            sb.Append(char.IsWhiteSpace(c) ? ' ' : c);
        }

        return sb.ToString();
    }

    // "unknown:" and a slug of the name (letters and digits in lower case, every other run one hyphen), written
    // into one buffer so a candidate costs one string for its id rather than a builder and two copies.
    private static string UnknownId(string name)
    {
        const string Prefix = "unknown:";
        var buffer = name.Length <= 120 ? stackalloc char[Prefix.Length + 120] : new char[Prefix.Length + name.Length];
        Prefix.CopyTo(buffer);
        var length = Prefix.Length;
        foreach (var c in name)
        {
            if (char.IsLetterOrDigit(c))
            {
                buffer[length++] = char.ToLowerInvariant(c);
            }
            else if (length > Prefix.Length && buffer[length - 1] != '-')
            {
                buffer[length++] = '-';
            }
        }

        while (length > Prefix.Length && buffer[length - 1] == '-')
        {
            length--;
        }

        return new string(buffer[..length]);
    }
}
