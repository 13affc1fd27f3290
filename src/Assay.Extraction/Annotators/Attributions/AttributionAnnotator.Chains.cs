using System.Collections.Frozen;
using System.Runtime.InteropServices;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Core.Text;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

public sealed partial class AttributionAnnotator
{
    // Summary lists credit figures without a verb: "State Department: more than 10,000 sent" names its source
    // before a colon, "Killed: 17 (prosecutor general)" in a closing parenthesis. The label must name a body or
    // a kind of source, so that "Killed:" or "Verdict:" credit no one.
    private static void AddListLabel(AnnotatedDocument d, int sentence, int first, int end, FirstIndexes at, List<AttributionSpan> found)
    {
        var tokens = d.Tokens;
        var span = d.Sentences[sentence];
        if (!HasQuantityIn(d, span, at.Quantity))
        {
            return;
        }

        for (var k = first + 1; k < end && k - first <= 7; k++)
        {
            if (tokens[k].Kind != TokenKind.Punctuation)
            {
                continue;
            }

            // A quantity in the sentence starting after the colon: one inside the rest of the sentence.
            if (d.Text[tokens[k].Start] == ':' && k + 1 < end && HasQuantityIn(d, new TextSpan(tokens[k].End, span.End), at.Quantity))
            {
                AddLabel(d, sentence, at, new Phrase(first, k, new TextSpan(tokens[first].Start, tokens[k - 1].End)), tokens[k], new TextSpan(tokens[k].End, span.End), "label", found);
            }

            break;
        }

        // "17 (prosecutor general)" at the end of the sentence.
        var close = end - 1;
        while (close > first && tokens[close].Kind == TokenKind.Punctuation && d.Text[tokens[close].Start] is '.' or ';')
        {
            close--;
        }

        if (found.Count > 0 || d.Text[tokens[close].Start] != ')')
        {
            return;
        }

        var open = close - 1;
        while (open > first && d.Text[tokens[open].Start] != '(' && close - open <= 7)
        {
            open--;
        }

        if (open > first && open + 1 < close && d.Text[tokens[open].Start] == '(' && HasQuantityIn(d, new TextSpan(span.Start, tokens[open].Start), at.Quantity))
        {
            AddLabel(d, sentence, at, new Phrase(open + 1, close, new TextSpan(tokens[open + 1].Start, tokens[close - 1].End)), tokens[open], new TextSpan(span.Start, tokens[open].Start), "parenthetical", found);
        }
    }

    // Runs for every sentence without an attribution: a loop rather than a capturing lambda (whose closure would be
    // allocated on every call, found or not). Quantities are in text order, so the scan starts at the sentence's
    // first (<paramref name="from"/>, see <see cref="FirstIndexes"/>) and stops past the span.
    private static bool HasQuantityIn(AnnotatedDocument d, TextSpan span, int from)
    {
        var quantities = CollectionsMarshal.AsSpan(d.Quantities);
        for (var i = from; i < quantities.Length; i++)
        {
            var q = quantities[i].Span;
            if (q.Start < span.Start)
            {
                continue;
            }

            if (q.Start > span.End)
            {
                return false;
            }

            if (span.Contains(q))
            {
                return true;
            }
        }

        return false;
    }

    private static void AddLabel(AnnotatedDocument d, int sentence, FirstIndexes at, Phrase label, Token cue, TextSpan scope, string name, List<AttributionSpan> found)
    {
        // "The latest toll from the governor:" names the figures, then who gave them.
        for (var k = label.First + 1; k + 1 < label.End; k++)
        {
            if ((d.Tokens[k].Is(d.Text, "from") || d.Tokens[k].Is(d.Text, "by")) && FigureNounLookup.Contains(d.Tokens[k - 1].Chars(d.Text)))
            {
                label = new Phrase(k + 1, label.End, new TextSpan(d.Tokens[k + 1].Start, label.Span.End));
                break;
            }
        }

        var words = WordsOf(d, label);
        var mentions = MentionsIn(d, label.Span, at.Mention);
        if ((mentions.Length == 0 && !SourceClassifier.HasSourceWord(words)) || !IsPlausibleSource(words, mentions))
        {
            return;
        }

        if (Make(d, sentence, at, new TextSpan(cue.Start, cue.End), new AttributionCue(AttributionRole.Self, null, name), label, scope) is { } attribution)
        {
            found.Add(attribution);
        }
    }

    // "The ambassador rejected the claims, telling the council they were lies": a participle after a comma shares
    // the subject of the verb before it.
    private static void ShareMainSubject(AnnotatedDocument d, int first, List<AttributionSpan> found)
    {
        for (var k = 1; k < found.Count; k++)
        {
            var a = found[k];
            var cueWord = d.Text.AsSpan(a.Cue.Start, a.Cue.Length);
            var at = IndexOfToken(d, a.Cue.Start);
            if (!cueWord.EndsWith("ing", StringComparison.Ordinal) || at <= first || !IsComma(d, d.Tokens[at - 1]) || a.SourceSpan.Start > a.Cue.Start)
            {
                continue;
            }

            AttributionSpan? main = null;
            for (var j = found.Count - 1; j >= 0 && main is null; j--)
            {
                var b = found[j];
                main = b.Cue.End <= a.Cue.Start && b.SourceSpan.Start < b.Cue.Start && !ReferenceEquals(a, b) ? b : null;
            }

            if (main is not null)
            {
                found[k] = a with { Source = main.Source, SourceSpan = main.SourceSpan, SourceActor = main.SourceActor, SourceType = main.SourceType, Via = main.Via };
            }
        }
    }

    private static int IndexOfToken(AnnotatedDocument d, int offset)
    {
        var tokens = d.Tokens;
        var (lo, hi) = (0, tokens.Count - 1);
        while (lo <= hi)
        {
            var mid = (lo + hi) / 2;
            if (tokens[mid].Start < offset)
            {
                lo = mid + 1;
            }
            else
            {
                hi = mid - 1;
            }
        }

        return lo;
    }

    // "Park said the agency had detected 1,500 workers" and "The NIS estimated that ..., the lawmaker said": a
    // statement reported inside someone else's words belongs to its own speaker, and the reporter is a via. A denial
    // keeps the denier ("X rejected figures cited by Y"), and a finding inside an "according to" credit is the
    // credited party's own work ("journalists identified 90,000 names, according to a tally by Y").
    private static void NestReportedSpeech(AnnotatedDocument d, int sentence, List<AttributionSpan> found)
    {
        if (found.Count < 2)
        {
            return;
        }

        var sentenceSpan = d.Sentences[sentence];
        for (var k = 0; k < found.Count; k++)
        {
            // A clause of its own covers only what follows its subject.
            if (OpensOwnClause(d, found[k]) && found[k].Scope.Start < found[k].SourceSpan.Start && found[k].Scope.End > found[k].SourceSpan.Start)
            {
                found[k] = found[k] with { Scope = new TextSpan(found[k].SourceSpan.Start, found[k].Scope.End) };
            }
        }

        // "After X reported that ..., Y found no evidence that ...": a speaker inside an opening adverbial clause speaks
        // only up to the comma that closes it; the main clause's speaker is not reporting X's words.
        for (var k = 0; k < found.Count; k++)
        {
            for (var m = 0; m < found.Count; m++)
            {
                if (m != k && FrontedClauseEnd(d, sentenceSpan, found[k], found[m]) is var comma and > 0
                    && found[k].Scope.End > comma && found[k].Scope.Start < comma)
                {
                    found[k] = found[k] with { Scope = new TextSpan(found[k].Scope.Start, comma) };
                }
            }
        }

        for (var k = 0; k < found.Count; k++)
        {
            var inner = found[k];
            if (inner.CueName.StartsWith("self:", StringComparison.Ordinal))
            {
                continue;
            }

            foreach (var outer in found)
            {
                if (ReferenceEquals(outer, inner) || outer.Stance == Stance.Denied || outer.CueName.StartsWith("self:", StringComparison.Ordinal))
                {
                    continue;
                }

                var content = ContentOf(d, sentenceSpan, outer);
                if (!content.Contains(inner.Cue) || !content.Contains(inner.SourceSpan) || SameParty(inner, outer) || OpensOwnClause(d, inner)
                    || FrontedClauseEnd(d, sentenceSpan, outer, inner) > 0 || InLaterOwnClause(found, outer, inner))
                {
                    continue;
                }

                if (IsCreditPreposition(outer.CueName) && FindingVerbs.Contains(inner.CueName))
                {
                    found.RemoveAt(k);
                    k--;
                    break;
                }

                // "the JCS said 20,000, up from 13,000 estimated by the agency": each stands in the other's words,
                // so neither reports the other.
                var back = ContentOf(d, sentenceSpan, inner);
                if (back.Contains(outer.Cue) && back.Contains(outer.SourceSpan) && !ClosesSentence(d, sentenceSpan, outer))
                {
                    continue;
                }

                // "..., a revision that officials said reflected a second wave": a subject and its verb cover only
                // what follows the subject, not the figures before it.
                var start = Math.Max(inner.SourceSpan.Start < inner.Cue.Start ? inner.SourceSpan.Start : inner.Scope.Start, content.Start);
                var end = Math.Min(inner.Scope.End, content.End);
                found[k] = inner with
                {
                    Via = [outer.Source, .. outer.Via, .. inner.Via],

                    // Words passed on by a news outlet are reported, whoever first said them.
                    Stance = inner.Stance ?? (outer.SourceType == SourceType.Media ? Stance.Reported : null),
                    Scope = end > start ? new TextSpan(start, end) : content,
                    CueName = Suffixed(inner.CueName, "+nested"),
                };
                break;
            }
        }
    }

    // "X put the dead in the thousands, and Y said ...", "..., where local officials put ...", "..., hours after Y
    // said ...": a subject opening a coordinated clause, a relative clause on a place or a trailing adverbial clause
    // speaks in its own right, not inside the first speaker's words.
    private static bool OpensOwnClause(AnnotatedDocument d, AttributionSpan inner)
    {
        if (inner.SourceSpan.Start >= inner.Cue.Start)
        {
            return false;
        }

        var at = IndexOfToken(d, inner.SourceSpan.Start);
        if (at < 1)
        {
            return false;
        }

        var before = d.Tokens[at - 1];
        return before.Is(d.Text, "where")
            || ((before.Is(d.Text, "and") || before.Is(d.Text, "but")) && at >= 2 && IsComma(d, d.Tokens[at - 2]))
            || inner.CueName.Contains(OwnClauseMark, StringComparison.Ordinal) || TrailingClauseStart(d, inner) >= 0;
    }

    // "The Kremlin rejected reports that ..., hours after Seoul's spy agency said ...": a speaker whose subject and
    // verb open a trailing adverbial clause ("hours after", "a day after", "as", "while") states that clause in its own
    // right. The attributions before the clause cover only what comes before its comma, and the clause's speaker
    // covers the clause from its subject on; the clause's cue is marked "+own-clause".
    private static void SplitTrailingClauses(AnnotatedDocument d, int sentence, List<AttributionSpan> found)
    {
        if (found.Count < 2)
        {
            return;
        }

        for (var k = 0; k < found.Count; k++)
        {
            var inner = found[k];
            var clause = TrailingClauseStart(d, inner);
            if (clause < 0 || !d.Sentences[sentence].Contains(clause))
            {
                continue;
            }

            var split = false;
            for (var m = 0; m < found.Count; m++)
            {
                var outer = found[m];
                if (m != k && outer.Cue.End <= clause && outer.Scope.Start < clause && outer.Scope.End > clause)
                {
                    found[m] = outer with { Scope = new TextSpan(outer.Scope.Start, clause) };
                    split = true;
                }
            }

            if (split)
            {
                var start = Math.Max(inner.Scope.Start, inner.SourceSpan.Start);
                found[k] = inner with
                {
                    Scope = inner.Scope.End > start ? new TextSpan(start, inner.Scope.End) : inner.Scope,
                    CueName = Suffixed(inner.CueName, OwnClauseMark),
                };
            }
        }
    }

    // Where the trailing adverbial clause that <paramref name="a"/>'s subject opens starts: the comma before its
    // subordinator, with the words of time that may lead it (", hours after", ", a day after", ", even as", ",
    // while"). -1 when the subject opens no such clause.
    private static int TrailingClauseStart(AnnotatedDocument d, AttributionSpan a)
    {
        if (a.SourceSpan.Start >= a.Cue.Start || !a.CueName.Contains("verb:", StringComparison.Ordinal))
        {
            return -1;
        }

        var at = IndexOfToken(d, a.SourceSpan.Start);
        if (at >= 2 && IsComma(d, d.Tokens[at - 1]) && IsParticipleCue(d, a))
        {
            // "Seoul reporting what it had confirmed, Washington reporting what it assessed had arrived": a subject
            // with a participle after a comma opens a clause of its own.
            return d.Tokens[at - 1].Start;
        }

        if (at < 2 || !TrailingSubordinators.Contains(d.Tokens[at - 1].Chars(d.Text)))
        {
            return -1;
        }

        var k = at - 2;
        while (k > 0 && at - 2 - k < 3 && (ClauseLeads.Contains(d.Tokens[k].Chars(d.Text)) || d.Tokens[k].Kind == TokenKind.Number))
        {
            k--;
        }

        return IsComma(d, d.Tokens[k]) ? d.Tokens[k].Start : -1;
    }

    // "Seoul reporting what it had confirmed, Washington reporting what it assessed had arrived": words inside a later
    // speaker's own clause are that speaker's, not reported by the speaker before the clause.
    private static bool InLaterOwnClause(List<AttributionSpan> found, AttributionSpan outer, AttributionSpan inner)
    {
        foreach (var other in found)
        {
            if (!ReferenceEquals(other, outer) && !ReferenceEquals(other, inner) && other.CueName.Contains(OwnClauseMark, StringComparison.Ordinal)
                && other.Scope.Start >= outer.Cue.End && other.Scope.Contains(inner.Cue) && other.Scope.Contains(inner.SourceSpan))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsParticipleCue(AnnotatedDocument d, AttributionSpan a)
    {
        var verb = d.Tokens[IndexOfToken(d, a.Cue.Start)];
        return verb.Kind == TokenKind.Word && verb.Chars(d.Text).EndsWith("ing", StringComparison.OrdinalIgnoreCase);
    }

    private const string OwnClauseMark = "+own-clause";

    private static readonly WordSet TrailingSubordinators = new(["after", "before", "as", "while", "whereas", "when", "since"], StringComparer.OrdinalIgnoreCase);

    // Words of time or degree that lead a trailing subordinator: "hours after", "a day after", "shortly before", "even as".
    private static readonly WordSet ClauseLeads = new(
        ["a", "an", "few", "several", "hours", "hour", "days", "day", "weeks", "week", "months", "month", "minutes", "moments",
         "shortly", "soon", "just", "only", "even", "long", "two", "three"],
        StringComparer.OrdinalIgnoreCase);

    // The comma that closes the opening adverbial clause "outer" speaks in, when "main" is the subject right after it:
    // "Nearly two months after South Korean media reported that ..., the institute has found no evidence ...". Zero
    // when the sentence does not open that way.
    private static int FrontedClauseEnd(AnnotatedDocument d, TextSpan sentence, AttributionSpan outer, AttributionSpan main)
    {
        if (outer.SourceSpan.Start >= outer.Cue.Start || main.SourceSpan.Start >= main.Cue.Start || main.SourceSpan.Start <= outer.Cue.End)
        {
            return 0;
        }

        // The subordinator opens the sentence, up to four words in ("Nearly two months after", "Days before"), and
        // comes before the outer speaker with no comma between.
        var first = IndexOfToken(d, sentence.Start);
        var subject = IndexOfToken(d, outer.SourceSpan.Start);
        var opens = false;
        for (var t = first; t >= 0 && t < subject && t <= first + 4 && !opens; t++)
        {
            var token = d.Tokens[t];
            if (IsComma(d, token))
            {
                return 0;
            }

            opens = Subordinators.Contains(d.Text.AsSpan(token.Start, token.Length));
        }

        if (!opens)
        {
            return 0;
        }

        // The main speaker follows the first comma after the outer cue, at most a "the" between them.
        var at = IndexOfToken(d, main.SourceSpan.Start);
        var comma = IndexOfToken(d, outer.Cue.End);
        while (comma >= 0 && comma < at && !IsComma(d, d.Tokens[comma]))
        {
            comma++;
        }

        return comma >= 0 && comma < at && at - comma <= 2 && (at - comma == 1 || d.Tokens[comma + 1].Is(d.Text, "the"))
            ? d.Tokens[comma].Start
            : 0;
    }

    private static readonly WordSet Subordinators = new(["after", "before", "since", "when", "while", "although", "though", "once", "until"], StringComparer.OrdinalIgnoreCase);

    // "..., the lawmaker said." after a comma at the end of the sentence: the speaker frames everything before.
    private static bool ClosesSentence(AnnotatedDocument d, TextSpan sentence, AttributionSpan a)
    {
        if (!a.CueName.StartsWith("verb:", StringComparison.Ordinal) || a.SourceSpan.Start >= a.Cue.Start)
        {
            return false;
        }

        var after = d.Text.AsSpan(a.Cue.End, sentence.End - a.Cue.End).Trim(" \t\r\n.!?\"\u201D*_".AsSpan());
        var before = d.Text.AsSpan(sentence.Start, a.SourceSpan.Start - sentence.Start).TrimEnd(" \t\r\n\"\u201D".AsSpan());
        return (after.IsEmpty || IsParenthetical(d, sentence, a)) && before.EndsWith(",", StringComparison.Ordinal);
    }

    // "The agency now estimates that 12,000 are there, the lawmakers said, up from 3,000 last month": a subject and
    // its verb set off by commas inside the sentence close the clause before them, as they would at its end.
    private static bool IsParenthetical(AnnotatedDocument d, TextSpan sentence, AttributionSpan a)
    {
        if (!a.CueName.StartsWith("verb:", StringComparison.Ordinal) || a.SourceSpan.Start >= a.Cue.Start)
        {
            return false;
        }

        var after = d.Text.AsSpan(a.Cue.End, sentence.End - a.Cue.End).TrimStart(" \t\"\u201D".AsSpan());
        var before = d.Text.AsSpan(sentence.Start, a.SourceSpan.Start - sentence.Start).TrimEnd(" \t\r\n\"\u201D".AsSpan());
        return after.StartsWith(",", StringComparison.Ordinal) && before.EndsWith(",", StringComparison.Ordinal);
    }

    // "The NIS speaks of 12,000; the Pentagon says 11,000": a cue covers only its own clause between semicolons.
    private static void ClipToClauses(AnnotatedDocument d, int sentence, List<AttributionSpan> found)
    {
        if (found.Count == 0 || d.Text.IndexOf(';', d.Sentences[sentence].Start, d.Sentences[sentence].Length) < 0)
        {
            return;
        }

        for (var k = 0; k < found.Count; k++)
        {
            var a = found[k];
            var clause = WithinClause(d.Text, d.Sentences[sentence], a.Cue.Start);
            var start = Math.Max(a.Scope.Start, clause.Start);
            var end = Math.Min(a.Scope.End, clause.End);
            if (end > start)
            {
                found[k] = a with { Scope = new TextSpan(start, end) };
            }
        }
    }

    // The reported words: after "X said", before "..., said X" or "..., according to X", after an opening "According to X,".
    private static TextSpan ContentOf(AnnotatedDocument d, TextSpan sentence, AttributionSpan a)
    {
        var opening = d.Text.AsSpan(sentence.Start, Math.Min(a.Cue.Start, a.SourceSpan.Start) - sentence.Start).Trim(" \t\r\n\"\u201C*_-\u2014".AsSpan()).IsEmpty;
        var last = Math.Max(a.Cue.End, a.SourceSpan.End);
        var closing = d.Text.AsSpan(last, sentence.End - last).Trim(" \t\r\n.,;:!?\"\u201D*_".AsSpan()).IsEmpty || IsParenthetical(d, sentence, a);
        var anchor = Math.Min(a.Cue.Start, a.SourceSpan.Start);
        if (a.SourceSpan.Start >= a.Cue.End)
        {
            return WithinClause(d.Text, opening ? new TextSpan(a.SourceSpan.End, sentence.End) : new TextSpan(sentence.Start, a.Cue.Start), anchor);
        }

        return WithinClause(d.Text, closing ? new TextSpan(sentence.Start, a.SourceSpan.Start) : new TextSpan(a.Cue.End, sentence.End), anchor);
    }

    // Clips the span to the clause between semicolons around <paramref name="anchor"/>: "X says 12,000; Y says 11,000".
    private static TextSpan WithinClause(string text, TextSpan span, int anchor)
    {
        var (start, end) = (span.Start, span.End);
        var at = Math.Clamp(anchor, start, end);
        var before = at > start ? text.LastIndexOf(';', at - 1, at - start) : -1;
        var after = at < end ? text.IndexOf(';', at, end - at) : -1;
        start = before >= 0 ? before + 1 : start;
        end = after >= 0 ? after : end;
        return new TextSpan(start, Math.Max(start, end));
    }

    private static bool SameParty(AttributionSpan a, AttributionSpan b) =>
        a.Source.Equals(b.Source, StringComparison.OrdinalIgnoreCase) || (a.SourceActor is not null && a.SourceActor == b.SourceActor);

    private static bool IsCreditPreposition(string cueName) => cueName.StartsWith("according-to", StringComparison.Ordinal) || cueName.StartsWith("based-on", StringComparison.Ordinal);
}
