using System.Collections.Frozen;
using System.Globalization;
using Assay.Core.Time;
using Assay.Extraction.Lexicons;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Times;

/// <summary>The data files behind time reading: months, weekdays, relative expressions and relation words.</summary>
internal sealed class TimeLexicon
{
    private TimeLexicon()
    {
        Months = new WordMap<MonthName>(
            LexiconFile.Read("time-months.tsv").Select(r =>
                KeyValuePair.Create(r.Fields[0], new MonthName(int.Parse(r.Fields[1], CultureInfo.InvariantCulture), r.Fields[2] == "yes"))),
            StringComparer.OrdinalIgnoreCase);
        Weekdays = new WordMap<int>(
            LexiconFile.Read("time-weekdays.tsv").Select(r => KeyValuePair.Create(r.Fields[0], int.Parse(r.Fields[1], CultureInfo.InvariantCulture))),
            StringComparer.OrdinalIgnoreCase);
        Seasons = new WordMap<int>(
            LexiconFile.Read("time-seasons.tsv").Select(r => KeyValuePair.Create(r.Fields[0], int.Parse(r.Fields[1], CultureInfo.InvariantCulture))),
            StringComparer.OrdinalIgnoreCase);
        Relative = PhraseLexicon.Load("time-relative.tsv", static f =>
            new RelativeTime(Enum.Parse<TimeUnit>(f[1], ignoreCase: true), int.Parse(f[2], CultureInfo.InvariantCulture)));

        // The words of each relative phrase as the phrase lexicon tokenises them, to know which phrases are one word
        // long and which words come second in the others.
        var tokens = new List<Token>();
        var singles = new List<string>();
        var seconds = new List<string>();
        foreach (var (_, fields) in LexiconFile.Read("time-relative.tsv"))
        {
            var phrase = fields[0];
            tokens.Clear();
            Tokenizer.Tokenize(phrase, 0, phrase.Length, tokens);
            if (tokens.Count == 1)
            {
                singles.Add(phrase[tokens[0].Start..tokens[0].End]);
            }
            else
            {
                seconds.Add(phrase[tokens[1].Start..tokens[1].End]);
            }
        }

        RelativeSingles = new WordSet(singles, StringComparer.OrdinalIgnoreCase);
        RelativeSeconds = new WordSet(seconds, StringComparer.OrdinalIgnoreCase);
        Relations = PhraseLexicon.Load("time-relations.tsv", static f => Enum.Parse<TimeRelation>(f[1]));
        var starts = Relative.FirstWords
            .Concat(LexiconFile.Read("time-months.tsv").Select(r => r.Fields[0]))
            .Concat(LexiconFile.Read("time-weekdays.tsv").Select(r => r.Fields[0]))
            .Concat(LexiconFile.Read("time-seasons.tsv").Select(r => r.Fields[0]))
            .Concat(["the", "past", "last", "next", "this"])
            .ToFrozenSet(StringComparer.OrdinalIgnoreCase);
        StartWords = starts;
    }

    /// <summary>The lexicon read from the embedded data files, loaded once.</summary>
    public static TimeLexicon Default { get; } = new();

    /// <summary>Month names and abbreviations.</summary>
    public WordMap<MonthName> Months { get; }

    /// <summary>Weekday names with ISO numbers.</summary>
    public WordMap<int> Weekdays { get; }

    /// <summary>Season names with the month each begins in.</summary>
    public WordMap<int> Seasons { get; }

    /// <summary>Relative expressions.</summary>
    public PhraseLexicon<RelativeTime> Relative { get; }

    // Relative phrases of one word, and the second words of the longer ones.
    private WordSet RelativeSingles { get; }

    private WordSet RelativeSeconds { get; }

    /// <summary>The longest relative expression starting at token <paramref name="index"/> and ending by
    /// <paramref name="limit"/>, as <see cref="PhraseLexicon{T}"/>'s MatchForward reads it; the number of tokens, or 0.</summary>
    /// <remarks>"the", "this" and "last" start many phrases, which the lexicon tries one by one, while the word after
    /// them seldom continues any. A phrase matches only if it is one word long or the next token is some phrase's
    /// second word, so the lexicon is asked only then.</remarks>
    public int MatchRelative(string text, ReadOnlySpan<Token> tokens, int index, int limit, out RelativeTime value)
    {
        value = default;
        if (index >= limit || tokens[index].Kind != TokenKind.Word)
        {
            return 0;
        }

        var next = index + 1;
        var mayMatch = RelativeSingles.Contains(tokens[index].Chars(text))
            || (next < limit && tokens[next].Kind == TokenKind.Word && RelativeSeconds.Contains(tokens[next].Chars(text)));
        return mayMatch ? Relative.MatchForward(text, tokens, index, limit, out value) : 0;
    }
    /// <summary>The words a time expression can start with, for <see cref="WordClasses"/>: a first word of a relative
    /// expression, a month, weekday or season name, or one of the modifiers "the", "past", "last", "next", "this".</summary>
    public FrozenSet<string> StartWords { get; }

    /// <summary>Relation words before a time expression.</summary>
    public PhraseLexicon<TimeRelation> Relations { get; }
}
