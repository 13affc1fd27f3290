using System.Text.RegularExpressions;
using Assay.Core.Articles;

namespace Assay.Extraction.Reading;

/// <summary>Recognises one line of an article's head (byline, date, kind marker, "Key: value") and applies it.</summary>
internal static partial class HeaderLine
{
    private static readonly HashSet<string> NameParticles =
        new(["and", "&", "de", "del", "der", "van", "von", "al", "bin", "la", "le", "du", "da", "dos", "di", "in", "for", "of", "the", "to", "on", "staff", "reporter", "reporters", "writer", "writers", "correspondent", "correspondents", "editor", "with", "team", "live", "desk", "bureau", "newsroom", "region", "oblast", "province", "city", "district"], StringComparer.Ordinal);

    /// <summary>Applies <paramref name="line"/> to <paramref name="draft"/> when it is a head line; false leaves the draft untouched.</summary>
    public static bool TryApply(ArticleDraft draft, string line, bool apply = true)
    {
        line = line.Trim();
        if (line.Length == 0)
        {
            return true;
        }

        if (line.Length > 160)
        {
            return false;
        }

        if (KindMarkers.FromLabel(line) is { } kind)
        {
            if (apply && kind != ArticleKind.News)
            {
                draft.Kind ??= kind;
            }

            return true;
        }

        if (KeyValue().Match(line) is { Success: true } field)
        {
            return ApplyField(draft, field.Groups["key"].Value.ToLowerInvariant(), field.Groups["value"].Value.Trim(), apply);
        }

        if (TryByline(line, out var byline, out var bylineDate))
        {
            if (apply)
            {
                draft.Byline ??= byline;
                if (bylineDate is { } date)
                {
                    draft.Published ??= date;
                }
            }

            return true;
        }

        if (DateText.IsDateLine(line, out var published, out var isUpdate))
        {
            if (apply)
            {
                SetDate(draft, published, isUpdate);
            }

            return true;
        }

        return false;
    }

    /// <summary>True for a line with a Published/Updated label and a date, which is metadata wherever it stands.</summary>
    public static bool IsLabelledDate(string line) =>
        DateLabel().IsMatch(line) && DateText.IsDateLine(line, out _, out _);

    /// <summary>True when <paramref name="line"/> could be a headline: short, one line, not a sentence.</summary>
    public static bool IsTitleLike(string line)
    {
        line = line.Trim();
        if (line.Length is < 3 or > 200 || line[^1] is '.' or ',' or ';' or ':' || !line.Any(char.IsLetter))
        {
            return false;
        }

        return line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 25;
    }

    private static bool ApplyField(ArticleDraft draft, string key, string value, bool apply)
    {
        if (value.Length == 0)
        {
            return true;
        }

        if (!apply)
        {
            return true;
        }

        switch (key)
        {
            case "title" or "headline":
                draft.Title ??= value;
                break;
            case "outlet" or "publisher" or "publication":
                draft.Outlet ??= value;
                break;
            case "source":
                if (UrlText.Clean(value) is { } sourceUrl)
                {
                    draft.Url ??= sourceUrl;
                }
                else
                {
                    draft.Outlet ??= value;
                }

                break;
            case "author" or "authors" or "byline" or "by":
                draft.Byline ??= value;
                break;
            case "url" or "link" or "original url" or "canonical":
                draft.Url ??= UrlText.Clean(value);
                break;
            case "language" or "lang" or "locale":
                draft.Language ??= LanguageTag.Normalise(value);
                break;
            case "kind" or "type" or "section" or "category":
                if (KindMarkers.FromLabel(value) is { } kind)
                {
                    draft.Kind ??= kind;
                }

                break;
            default:
                if (DateText.Parse(value) is { } date)
                {
                    SetDate(draft, date, key.Contains("updated", StringComparison.Ordinal) || key.Contains("modified", StringComparison.Ordinal));
                }

                break;
        }

        return true;
    }

    private static void SetDate(ArticleDraft draft, DateOnly date, bool isUpdate)
    {
        if (isUpdate)
        {
            draft.Updated ??= date;
        }
        else
        {
            draft.Published ??= date;
        }
    }

    private static bool TryByline(string line, out string byline, out DateOnly? date)
    {
        byline = string.Empty;
        date = null;
        var match = Byline().Match(line);
        if (!match.Success)
        {
            return false;
        }

        var parts = match.Groups["rest"].Value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var name = parts.Length > 0 ? parts[0] : string.Empty;
        if (name.Length == 0 || name[^1] == '.' && !Initial().IsMatch(name))
        {
            return false;
        }

        var words = name.Split([' ', ','], StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 12)
        {
            return false;
        }

        foreach (var word in words)
        {
            if (!char.IsUpper(word[0]) && !NameParticles.Contains(word))
            {
                return false;
            }
        }

        foreach (var part in parts.AsSpan(1))
        {
            date ??= DateText.Parse(part);
        }

        byline = name;
        return true;
    }

    [GeneratedRegex("^(?:by|BY|By)\\s+(?:the\\s+)?(?<rest>\\p{Lu}.*)$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Byline();

    [GeneratedRegex("\\b\\p{Lu}\\.$", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex Initial();

    [GeneratedRegex(
        "^(?<key>title|headline|outlet|publisher|publication|source|authors?|byline|date|dated|published|publication date|date published|posted|updated|last updated|modified|url|link|original url|canonical|language|lang|locale|kind|type|section|category)\\s*:\\s*(?<value>.*)$",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex KeyValue();

    [GeneratedRegex("^\\W*(?:published|posted|updated|last updated|first published)\\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 1000)]
    private static partial Regex DateLabel();
}
