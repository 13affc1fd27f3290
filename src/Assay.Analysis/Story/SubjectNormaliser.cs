using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using System.Text;
using Assay.Core.Articles;
using Assay.Core.Claims;
using Assay.Core.Sources;
using Assay.Extraction.Annotators.Actors;
using Assay.Extraction.Pipeline;

namespace Assay.Analysis.Story;

/// <summary>Normalises what claims count and where: nationality to an actor id, nouns to a canonical form
/// (Data/subject-nouns.tsv), places to actor ids.</summary>
/// <remarks>Counted phrases are few and repeat, so each distinct phrase is resolved once and cached.</remarks>
public sealed class SubjectNormaliser
{
    private static readonly string[] Prepositions = ["to", "in", "into", "inside", "at", "near", "across", "on", "within", "throughout"];
    private static readonly string[] PlaceSuffixes = [" region", " oblast", " province", " area", " front"];
    private static readonly string[] Sides = ["east", "west", "north", "south", "east and south", "north-east", "north-west", "south-east", "south-west", "northeast", "northwest", "southeast", "southwest", "border", "border regions", "border region", "border areas", "territory", "soil", "interior"];
    private static readonly string[] IncrementWords = ["additional", "extra", "more", "further", "new", "fresh", "another"];
    private static readonly string[] IncrementLeads = ["a further ", "another ", "an additional ", "an extra ", "further "];
    private static readonly string[] CasualtyWords = ["killed", "wounded", "dead", "injured", "captured", "missing", "deaths"];

    private readonly ActorAnnotator _actors = new(ActorLexicon.Default);
    private readonly ActorLexicon _lexicon = ActorLexicon.Default;
    private readonly Dictionary<string, string> _nouns = LoadNouns();
    private readonly ConcurrentDictionary<string, (string? Nationality, string NationalityText, string Noun)> _phrases = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, (string Key, string Label)> _places = new(StringComparer.Ordinal);

    /// <summary>The shared instance over the built-in lexicons.</summary>
    public static SubjectNormaliser Default { get; } = new();

    /// <summary>The subject of a claim: its counted figure's noun, or else its theme; its scope, or else its location.</summary>
    public Subject Of(StoryClaim claim)
    {
        ArgumentNullException.ThrowIfNull(claim);
        // The key is built from the lower-cased phrase; the label keeps the phrase as written ("North Korean troops").
        var written = (claim.Quantity?.Counted ?? claim.Claim.Theme ?? "").Trim();
        var phrase = written.ToLowerInvariant();
        var increment = StripIncrement(ref phrase);
        phrase = phrase.TrimStart();
        written = AsWritten(claim, written[^phrase.Length..]);
        var (nationality, nationalityText, noun) = Phrase(phrase);
        increment |= StripIncrement(ref noun);

        increment |= LedByIncrement(claim);
        var stated = nationality is not null;
        if (nationalityText.Length > 0 && nationalityText.Length <= written.Length)
        {
            nationalityText = written[..nationalityText.Length];
        }

        if (nationality is null && UsesAgentAsNationality(claim.Claim.Event) && claim.Claim.Agent is { } agent
            && _lexicon.TryGet(agent, out var actor) && actor.Kind == ActorKind.State)
        {
            nationality = actor.Id;
            nationalityText = actor.Name;
            stated = false;
        }

        var key = nationality is null ? noun : nationality + " " + noun;
        var nounText = WrittenNoun(written, noun);
        var label = nationalityText.Length == 0 ? nounText : nationalityText + " " + nounText;
        var (scopeKey, scopeLabel) = Place(claim.Quantity?.Scope ?? claim.Claim.Location);
        return new Subject(key.Trim(), label.Trim(), scopeKey, scopeLabel) { Nationality = nationality ?? "", NationalityStated = stated, Noun = noun, Increment = increment };
    }

    /// <summary>The canonical noun as the phrase spells it when the phrase ends with it ("Storm Corps"), else the
    /// canonical noun itself ("troops" for "soldiers").</summary>
    /// <remarks>A noun that opens the phrase may be capitalised only because it opens a sentence, so it stays as the
    /// canonical noun.</remarks>
    private static string WrittenNoun(string written, string noun) =>
        noun.Length > 0 && written.Length > noun.Length && written[^(noun.Length + 1)] == ' '
            && written.EndsWith(noun, StringComparison.OrdinalIgnoreCase)
            ? written[^noun.Length..]
            : noun;

    /// <summary>The phrase spelled as the claim's sentence spells it, when the stored phrase lost its capitals
    /// ("north korean soldiers" in "… 10,000 North Korean soldiers …"); the phrase itself otherwise.</summary>
    private static string AsWritten(StoryClaim claim, string phrase)
    {
        var text = claim.Claim.Text;
        if (phrase.Length == 0 || text.Length < phrase.Length || phrase.Any(char.IsUpper))
        {
            return phrase;
        }

        // Look after the figure first: the counted words follow it ("12,000 North Korean troops").
        var from = claim.Quantity is { } q ? Math.Clamp(q.Span.Start - claim.Claim.Span.Start, 0, text.Length) : 0;
        var at = text.IndexOf(phrase, from, StringComparison.OrdinalIgnoreCase);
        if (at < 0)
        {
            at = text.IndexOf(phrase, StringComparison.OrdinalIgnoreCase);
        }

        return at < 0 ? phrase : text.Substring(at, phrase.Length);
    }

    /// <summary>Takes a leading "additional", "more", "further"… off the phrase; true when there was one.</summary>
    private static bool StripIncrement(ref string phrase)
    {
        foreach (var word in IncrementWords)
        {
            if (phrase.Length > word.Length + 1 && phrase.StartsWith(word + " ", StringComparison.Ordinal))
            {
                phrase = phrase[(word.Length + 1)..];
                return true;
            }
        }

        return false;
    }

    /// <summary>True when the words just before the figure make it an addition ("a further 1,000").</summary>
    private static bool LedByIncrement(StoryClaim claim)
    {
        if (claim.Quantity is not { } q)
        {
            return false;
        }

        var end = q.Span.Start - claim.Claim.Span.Start;
        if (end <= 0 || end > claim.Claim.Text.Length)
        {
            return false;
        }

        var before = claim.Claim.Text.AsSpan(Math.Max(0, end - 16), Math.Min(16, end));
        foreach (var lead in IncrementLeads)
        {
            if (before.EndsWith(lead, StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Nationality actor, its words as written, and the canonical noun of a counted phrase.</summary>
    internal (string? Nationality, string NationalityText, string Noun) Phrase(string phrase) =>
        _phrases.GetOrAdd(phrase.Trim().ToLowerInvariant(), ResolvePhrase);

    /// <summary>Key and label of a place phrase ("to Russia" → "russia", "Russia").</summary>
    internal (string Key, string Label) Place(string? place)
    {
        if (string.IsNullOrWhiteSpace(place))
        {
            return ("", "");
        }

        return _places.GetOrAdd(place.Trim(), ResolvePlace);
    }

    // Deployments and deliveries are the agent's own troops and goods; casualties and strikes are someone else's.
    private static bool UsesAgentAsNationality(EventType type) => type is EventType.Deploy or EventType.Train or EventType.Supply;

    private (string? Nationality, string NationalityText, string Noun) ResolvePhrase(string phrase)
    {
        if (phrase.Length == 0)
        {
            return (null, "", "");
        }

        string? nationality = null;
        var nationalityText = "";
        var rest = phrase;
        foreach (var mention in Mentions(TitleCase(phrase)))
        {
            if (mention.Span.Start == 0 && mention.Kind == ActorKind.State)
            {
                nationality = mention.ActorId;
                nationalityText = phrase[..mention.Span.End];
                rest = phrase[mention.Span.End..].Trim();
            }

            break;
        }

        return (nationality, nationalityText, CanonicalNoun(rest));
    }

    private (string Key, string Label) ResolvePlace(string place)
    {
        var label = place;
        foreach (var preposition in Prepositions)
        {
            if (label.Length > preposition.Length + 1 && label.StartsWith(preposition + " ", StringComparison.OrdinalIgnoreCase))
            {
                label = label[(preposition.Length + 1)..].Trim();
                break;
            }
        }

        // A claim's location may already be an actor id ("russia").
        if (_lexicon.TryGet(label, out var byId))
        {
            return (byId.Id, byId.Name);
        }

        var region = label;
        foreach (var mention in Mentions(label))
        {
            if (mention.Kind == ActorKind.State && mention.Span.Length >= label.Length - 4)
            {
                return (mention.ActorId, mention.ActorName);
            }

            // "Russia's Far East", "the Russian Far East" and "the Far East" are one region; "Russia's east" and
            // "Ukraine's east" are not, so a bare side of a country keeps the country.
            if (mention.Kind == ActorKind.State && label.AsSpan(0, mention.Span.Start).Trim().ToString() is "" or "the" or "The")
            {
                var rest = label[mention.Span.End..];
                rest = rest.StartsWith("'s ", StringComparison.Ordinal) || rest.StartsWith("\u2019s ", StringComparison.Ordinal) ? rest[3..]
                    : rest.StartsWith(' ') ? rest[1..]
                    : "";
                if (rest.Trim() is { Length: > 0 } named && !Array.Exists(Sides, side => named.Equals(side, StringComparison.OrdinalIgnoreCase)))
                {
                    region = named;
                }
            }

            break;
        }

        var key = region.ToLowerInvariant();
        if (key.StartsWith("the ", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        foreach (var suffix in PlaceSuffixes)
        {
            if (key.EndsWith(suffix, StringComparison.Ordinal) && key.Length > suffix.Length)
            {
                key = key[..^suffix.Length];
                break;
            }
        }

        return (key.Trim(), label);
    }

    private string CanonicalNoun(string noun)
    {
        if (noun.Length == 0)
        {
            return "";
        }

        if (_nouns.TryGetValue(noun, out var whole))
        {
            return whole;
        }

        // "soldiers killed": the victims' noun, then the casualty word.
        var words = noun.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var last = words[^1];
        if (words.Length > 1 && Array.IndexOf(CasualtyWords, last) >= 0)
        {
            var head = string.Join(' ', words[..^1]);
            var canonicalHead = _nouns.TryGetValue(head, out var h) ? h : head;
            var casualty = _nouns.TryGetValue(last, out var c) ? c : last;
            return canonicalHead + " " + casualty;
        }

        return _nouns.TryGetValue(last, out var byLast) && words.Length <= 2 ? byLast : noun;
    }

    private List<Mention> Mentions(string text)
    {
        var document = new AnnotatedDocument(Article.FromText(text));
        _actors.Annotate(document);
        return document.Mentions;
    }

    private static string TitleCase(string phrase)
    {
        var builder = new StringBuilder(phrase.Length);
        var start = true;
        foreach (var c in phrase)
        {
            builder.Append(start ? char.ToUpperInvariant(c) : c);
            start = c is ' ' or '-';
        }

        return builder.ToString();
    }

    private static Dictionary<string, string> LoadNouns()
    {
        const string name = "Assay.Analysis.Data.subject-nouns.tsv";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Data file '{name}' is not embedded.");
        using var reader = new StreamReader(stream);
        var nouns = new Dictionary<string, string>(StringComparer.Ordinal);
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }

            var fields = line.Split('\t');
            if (fields.Length != 2)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture, $"{name}: expected phrase<TAB>canonical, got '{line}'."));
            }

            nouns[fields[0].Trim()] = fields[1].Trim();
        }

        return nouns;
    }
}
