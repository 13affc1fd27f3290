using Assay.Core.Articles;
using Assay.Extraction.Lexicons;

namespace Assay.Extraction.Reading;

/// <summary>Names the outlet behind a web host, from the embedded Lexicons/outlets.tsv.</summary>
internal static class OutletDirectory
{
    private static readonly Lazy<Dictionary<string, OutletEntry>> Entries = new(Load);

    /// <summary>The outlet for <paramref name="url"/>'s host: a known name, else the bare host; null without a host.</summary>
    public static OutletEntry? FromUrl(string? url)
    {
        var host = UrlText.Host(url);
        if (host is null)
        {
            return null;
        }

        return Find(host) ?? new OutletEntry(host, null, Known: false);
    }

    /// <summary>The known outlet for <paramref name="host"/> or one of its parent domains, else null.</summary>
    public static OutletEntry? Find(string host)
    {
        var key = host.ToLowerInvariant().TrimEnd('.');
        if (key.StartsWith("www.", StringComparison.Ordinal))
        {
            key = key[4..];
        }

        while (true)
        {
            if (Entries.Value.TryGetValue(key, out var entry))
            {
                return entry;
            }

            var dot = key.IndexOf('.', StringComparison.Ordinal);
            if (dot < 0 || key.IndexOf('.', dot + 1) < 0)
            {
                return null;
            }

            key = key[(dot + 1)..];
        }
    }

    /// <summary>The known outlet whose name is <paramref name="name"/> ("TASS", "Reuters"), ignoring case and a leading "the".</summary>
    public static string? FindByName(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return null;
        }

        var key = name.Trim();
        if (key.StartsWith("the ", StringComparison.OrdinalIgnoreCase))
        {
            key = key[4..];
        }

        return Names.Value.TryGetValue(key, out var outlet) ? outlet : null;
    }

    private static readonly Lazy<Dictionary<string, string>> Names = new(() =>
    {
        var names = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var entry in Entries.Value.Values)
        {
            var name = entry.Name.StartsWith("The ", StringComparison.Ordinal) ? entry.Name[4..] : entry.Name;
            names.TryAdd(name, entry.Name);
        }

        return names;
    });

    private static Dictionary<string, OutletEntry> Load()
    {
        var entries = new Dictionary<string, OutletEntry>(StringComparer.Ordinal);
        foreach (var (_, fields) in LexiconFile.Read("outlets.tsv"))
        {
            if (fields.Length < 2 || fields[0].Length == 0 || fields[1].Length == 0)
            {
                continue;
            }

            ArticleKind? hint = fields.Length > 2 ? KindMarkers.FromLabel(fields[2]) : null;
            entries[fields[0].ToLowerInvariant()] = new OutletEntry(fields[1], hint, Known: true);
        }

        return entries;
    }
}
