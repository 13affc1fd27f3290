using System.Buffers;
using System.Text;
using System.Text.RegularExpressions;
using Assay.Core.Articles;
using Assay.Core.Text;

namespace Assay.Extraction.Reading;

/// <summary>Metadata and body blocks gathered by a format reader, turned into an <see cref="Article"/> by one
/// shared set of rules (boilerplate removal, broken-paragraph joining, outlet and kind fallbacks).</summary>
internal sealed partial class ArticleDraft
{
    private readonly List<BodyBlock> _body = [];
    private readonly List<string> _captions = [];

    public string? Title { get; set; }

    public string? Outlet { get; set; }

    public string? Byline { get; set; }

    public DateOnly? Published { get; set; }

    public DateOnly? Updated { get; set; }

    public string? Url { get; set; }

    /// <summary>BCP 47 language tag the source states, already normalised by <see cref="LanguageTag"/>.</summary>
    public string? Language { get; set; }

    /// <summary>The kind stated by the source (a marker, a header, metadata); null leaves it to the fallbacks.</summary>
    public ArticleKind? Kind { get; set; }

    public int BodyCount => _body.Count;

    public void AddBody(string text, BlockRole role)
    {
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            _body.Add(new BodyBlock(trimmed, role));
        }
    }

    public void AddCaption(string caption)
    {
        var trimmed = caption.Trim();
        if (trimmed.Length > 0)
        {
            _captions.Add(trimmed);
        }
    }

    /// <summary>Builds the article, or fails when no body text is left.</summary>
    public ReadResult Finish(string location)
    {
        var blocks = DropBoilerplate();
        blocks = DropPullQuotes(blocks);
        blocks = JoinBrokenParagraphs(blocks);
        if (blocks.Count == 0)
        {
            return ReadResult.Fail(location, $"{location}: no article text found");
        }

        var text = new StringBuilder();
        var spans = new List<TextSpan>(blocks.Count);
        foreach (var block in blocks)
        {
            if (text.Length > 0)
            {
                text.Append("\n\n");
            }

            spans.Add(new TextSpan(text.Length, text.Length + block.Text.Length));
            text.Append(block.Text);
        }

        var title = Title is null ? null : CollapseSpaces(Title);
        var kind = Kind;
        if (title is not null && KindMarkers.FromTitle(title, out var cleanTitle) is { } titled)
        {
            kind ??= titled;
            title = cleanTitle;
        }

        var fromUrl = OutletDirectory.FromUrl(Url);
        var outlet = Outlet
            ?? (fromUrl is { Known: true } ? fromUrl.Name : null)
            ?? OutletFromDateline(blocks[0].Text)
            ?? OutletDirectory.FindByName(Byline)
            ?? OutletDirectory.FindByName(BylineAffiliation(Byline))
            ?? fromUrl?.Name
            ?? InstitutionOf(BylineAffiliation(Byline));
        kind ??= fromUrl?.KindHint ?? ArticleKind.News;

        // An official statement with no outlet is published by the body that issues it.
        outlet ??= kind == ArticleKind.Statement ? Byline : null;

        return ReadResult.Ok(location, new Article(text.ToString(), spans)
        {
            Title = string.IsNullOrWhiteSpace(title) ? null : title,
            Outlet = outlet,
            Byline = Byline,
            Published = Published ?? Updated,
            Url = Url,
            Language = Language,
            Kind = kind.Value,
            Captions = _captions.ToArray(),
            Location = location,
        });
    }

    /// <summary>The part of a byline after its last comma, "Institute for Conflict Assessment" of "Rebecca Stanhope,
    /// Institute for Conflict Assessment": where a think tank's or a research group's paper names its author's home.</summary>
    internal static string? BylineAffiliation(string? byline)
    {
        if (string.IsNullOrWhiteSpace(byline))
        {
            return null;
        }

        var comma = byline.LastIndexOf(',');
        return comma > 0 && comma < byline.Length - 1 ? byline[(comma + 1)..].Trim() : null;
    }

    /// <summary>The affiliation as the publisher of a paper that names no outlet: only a body's name (capitalised, two
    /// to eight words, with a word such as "Institute", "Centre" or "University"), never a title ("Senior Fellow"), a
    /// place ("Seoul") or a date.</summary>
    internal static string? InstitutionOf(string? affiliation)
    {
        if (string.IsNullOrEmpty(affiliation) || !char.IsUpper(affiliation[0]) || affiliation.AsSpan().IndexOfAnyInRange('0', '9') >= 0)
        {
            return null;
        }

        var words = affiliation.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length is < 2 or > 8)
        {
            return null;
        }

        foreach (var word in words)
        {
            if (InstitutionWords.Contains(word.TrimEnd('.', ')')))
            {
                return affiliation;
            }
        }

        return null;
    }

    private static readonly HashSet<string> InstitutionWords = new(StringComparer.Ordinal)
    {
        "Institute", "Institution", "Center", "Centre", "Council", "Foundation", "University", "College", "Academy",
        "School", "Society", "Association", "Forum", "Observatory", "Laboratory", "Programme", "Program", "Initiative",
        "Project", "Trust", "Fund", "Endowment", "Corporation", "Consortium", "Network", "Group",
    };

    private static readonly SearchValues<char> OtherAsciiSpaces = SearchValues.Create("\t\n\r\f\v");

    /// <summary>True for "Related article: …", "Read more: …" and similar links to other pages.</summary>
    public static bool IsRelatedLink(string text) => RelatedLink().IsMatch(text);

    /// <summary>Collapses runs of ASCII whitespace to one space; other characters (NBSP, thin space) stay as they are.</summary>
    /// <remarks>Leading and trailing whitespace goes. Every block of every article passes through here, and most
    /// need nothing done: those come back as they are, without a copy.</remarks>
    public static string CollapseSpaces(string text)
    {
        if (text.Length == 0
            || (text[0] != ' ' && text[^1] != ' ' && text.AsSpan().IndexOfAny(OtherAsciiSpaces) < 0 && !text.Contains("  ", StringComparison.Ordinal)))
        {
            return text;
        }

        var rented = ArrayPool<char>.Shared.Rent(text.Length);
        var length = 0;
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (c is ' ' or '\t' or '\n' or '\r' or '\f' or '\v')
            {
                pendingSpace = length > 0;
                continue;
            }

            if (pendingSpace)
            {
                rented[length++] = ' ';
                pendingSpace = false;
            }

            rented[length++] = c;
        }

        var collapsed = new string(rented, 0, length);
        ArrayPool<char>.Shared.Return(rented);
        return collapsed;
    }

    private List<BodyBlock> DropBoilerplate()
    {
        var kept = new List<BodyBlock>(_body.Count);
        foreach (var block in _body)
        {
            if (IsRelatedLink(block.Text))
            {
                continue;
            }

            if (KindMarkers.IsOpinionDisclaimer(block.Text))
            {
                Kind ??= ArticleKind.Opinion;
                continue;
            }

            kept.Add(block with { Text = CollapseSpaces(block.Text) });
        }

        return kept;
    }

    private static List<BodyBlock> DropPullQuotes(List<BodyBlock> blocks)
    {
        // A pull quote repeats a sentence the body already has; keeping it would count that claim twice.
        return blocks.FindAll(b => b.Role != BlockRole.Quote || !blocks.Exists(other =>
            other.Role != BlockRole.Quote && other.Text.Length > b.Text.Length
            && other.Text.Contains(b.Text.Trim('"', '“', '”', '\'', '‘', '’', ' '), StringComparison.Ordinal)));
    }

    private static List<BodyBlock> JoinBrokenParagraphs(List<BodyBlock> blocks)
    {
        var joined = new List<BodyBlock>(blocks.Count);
        foreach (var block in blocks)
        {
            if (joined.Count > 0 && block.Role == BlockRole.Paragraph && joined[^1].Role == BlockRole.Paragraph
                && EndsMidSentence(joined[^1].Text) && char.IsLower(block.Text[0]))
            {
                joined[^1] = joined[^1] with { Text = joined[^1].Text + " " + block.Text };
            }
            else
            {
                joined.Add(block);
            }
        }

        return joined;
    }

    private static bool EndsMidSentence(string text) =>
        text[^1] is not ('.' or '!' or '?' or '…' or ':' or ';' or '"' or '”' or '’' or '\'' or ')' or ']');

    private static string? OutletFromDateline(string firstParagraph)
    {
        var match = Dateline().Match(firstParagraph);
        if (!match.Success)
        {
            return null;
        }

        var agency = (match.Groups["agency"].Success ? match.Groups["agency"] : match.Groups["slashed"]).Value.Trim();
        return agency switch
        {
            "AP" => "Associated Press",
            "Yonhap" or "YONHAP" => "Yonhap",
            _ => agency,
        };
    }

    [GeneratedRegex("^\\W*(?:related(?:\\s+articles?|\\s+stories|\\s+story|\\s+content)?|read\\s+(?:more|also)|see\\s+also|also\\s+read|more\\s+on\\s+this(?:\\s+story)?)\\s*[:\\-–—|]",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex RelatedLink();

    // "SEOUL, Oct 18 (Yonhap) --" and TASS's "MOSCOW, October 21. /TASS/."
    [GeneratedRegex("^[\\p{L}\\d .,'’/]{2,60}?(?:\\((?<agency>\\p{Lu}[\\p{L} .&]{1,30})\\)\\s*[-–—]|/(?<slashed>\\p{Lu}{2,10})/)",
        RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Dateline();
}
