using System.Collections.Frozen;
using System.Globalization;
using System.Text;
using Assay.Core.Quantities;
using Assay.Extraction.Lexicons;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Quantities;

/// <summary>The data files behind quantity reading: number words, qualifiers, vague counts, counted nouns.</summary>
internal sealed class QuantityLexicon
{
    private QuantityLexicon()
    {
        var numbers = new Dictionary<string, NumberWord>(StringComparer.OrdinalIgnoreCase);
        foreach (var (_, f) in LexiconFile.Read("numbers.tsv"))
        {
            var kind = Enum.Parse<NumberWordKind>(f[2], ignoreCase: true);
            numbers[f[0]] = new NumberWord(
                double.Parse(f[1], CultureInfo.InvariantCulture),
                kind,
                Ascii.IsValid(f[0]) ? (kind == NumberWordKind.Suffix ? "suffix:" : "word:") + f[0].ToLowerInvariant() : null);
        }

        Numbers = new WordMap<NumberWord>(numbers, StringComparer.OrdinalIgnoreCase);
        Qualifiers = PhraseLexicon.Load("quantity-qualifiers.tsv", static f => Enum.Parse<QuantityQualifier>(f[1]));
        Vague = PhraseLexicon.Load("quantity-vague.tsv", static f => new VagueBounds(
            double.Parse(f[1], CultureInfo.InvariantCulture), double.Parse(f[2], CultureInfo.InvariantCulture)));
        CountedHeads = PhraseLexicon.Load("counted-heads.tsv", static _ => true);
        Casualties = PhraseLexicon.Load("counted-casualty.tsv", static f => f[1]);
        Generic = Set("counted-generic.tsv", StringComparer.OrdinalIgnoreCase);
        Whole = PhraseLexicon.Load("counted-whole.tsv", static f => Enum.Parse<WholeCue>(f[1], ignoreCase: true));
        FigureStartWords =
        [
            .. Vague.FirstWords,
            .. numbers.Where(p => p.Value.Kind != NumberWordKind.Suffix).Select(p => p.Key),
            "a", "an", "half",
        ];
        FigureStarts = new WordSet(FigureStartWords, StringComparer.OrdinalIgnoreCase);
        Stop = Set("counted-stop.tsv", StringComparer.OrdinalIgnoreCase);
        Designators = Set("quantity-designators.tsv", StringComparer.Ordinal);
        Names = LexiconFile.Read("quantity-names.tsv").Select(r => r.Fields[0]).ToArray();
    }

    /// <summary>The lexicon read from the embedded data files, loaded once.</summary>
    public static QuantityLexicon Default { get; } = new();

    /// <summary>Number words and digit suffixes.</summary>
    public WordMap<NumberWord> Numbers { get; }

    /// <summary>Qualifier phrases before a figure.</summary>
    public PhraseLexicon<QuantityQualifier> Qualifiers { get; }

    /// <summary>Vague counts with their bounds.</summary>
    public PhraseLexicon<VagueBounds> Vague { get; }

    /// <summary>Head nouns of counted phrases.</summary>
    public PhraseLexicon<bool> CountedHeads { get; }

    /// <summary>Casualty words ("dead", "injured", "killed or wounded") with the label each stands for.</summary>
    public PhraseLexicon<string> Casualties { get; }

    /// <summary>Words that make a figure the size of a whole force ("army", "active-duty", "at home"), with where each stands.</summary>
    public PhraseLexicon<WholeCue> Whole { get; }

    /// <summary>Nouns that give way to a casualty word ("people", "others").</summary>
    public WordSet Generic { get; }

    /// <summary>Every word a figure in words can start with: vague counts, number words, "a", "an", "half".</summary>
    public WordSet FigureStarts { get; }

    /// <summary>The words of <see cref="FigureStarts"/>, for <see cref="WordClasses"/>.</summary>
    public string[] FigureStartWords { get; }

    /// <summary>Function words that end a counted or scope phrase.</summary>
    public WordSet Stop { get; }

    /// <summary>Capitalised words that make the following figure a label.</summary>
    public WordSet Designators { get; }

    /// <summary>Names that start with a figure.</summary>
    public string[] Names { get; }

    private static WordSet Set(string file, StringComparer comparer) =>
        new(LexiconFile.Read(file).Select(r => r.Fields[0]), comparer);
}
