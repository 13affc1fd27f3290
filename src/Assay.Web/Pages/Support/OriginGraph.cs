using Assay.Analysis.Story;

namespace Assay.Web.Pages.Support;

/// <summary>Origin → via → outlet laid out in three columns for SVG, boxes and bands sized by claims, so an origin many
/// outlets rest on stands out.</summary>
public sealed class OriginGraph
{
    /// <summary>Drawing width.</summary>
    public const double Width = 960;

    /// <summary>Box width.</summary>
    public const double BoxWidth = 14;

    /// <summary>The label of a claim that came straight from its origin to the outlet.</summary>
    public const string Direct = "(direct)";

    private static readonly double[] Columns = [290, 540, 760];

    private OriginGraph(IReadOnlyList<GraphNode> nodes, IReadOnlyList<GraphEdge> edges, double height)
    {
        Nodes = nodes;
        Edges = edges;
        Height = height;
    }

    /// <summary>The boxes.</summary>
    public IReadOnlyList<GraphNode> Nodes { get; }

    /// <summary>The bands.</summary>
    public IReadOnlyList<GraphEdge> Edges { get; }

    /// <summary>Drawing height.</summary>
    public double Height { get; }

    /// <summary>The graph of the <paramref name="top"/> origins with most claims in <paramref name="picture"/>.</summary>
    public static OriginGraph Build(StoryPicture picture, int top = 25)
    {
        ArgumentNullException.ThrowIfNull(picture);
        var claims = picture.Propositions.SelectMany(p => p.Claims).DistinctBy(c => c.Claim.Ref).ToList();
        var keep = claims.GroupBy(c => c.Origin.Id, StringComparer.Ordinal).OrderByDescending(g => g.Count()).Take(top)
            .Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        // One origin id can carry several spellings of its name; the box takes the commonest.
        var names = claims.GroupBy(c => c.Origin.Id, StringComparer.Ordinal).ToDictionary(
            g => g.Key, g => g.GroupBy(c => c.Origin.Name, StringComparer.Ordinal).OrderByDescending(n => n.Count()).First().Key, StringComparer.Ordinal);
        var paths = claims.Where(c => keep.Contains(c.Origin.Id)).Select(c => (
            Origin: names[c.Origin.Id],
            Via: c.Claim.Claim.Via.Count == 0 ? Direct : string.Join(" ← ", c.Claim.Claim.Via),
            Outlet: c.Claim.Outlet ?? "(unknown outlet)")).ToList();

        var columns = new[]
        {
            Count(paths.Select(p => p.Origin)),
            Count(paths.Select(p => p.Via)),
            Count(paths.Select(p => p.Outlet)),
        };
        var total = Math.Max(1, paths.Count);
        const double Gap = 10;
        const double Scale = 520;
        var nodes = new Dictionary<(int, string), GraphNode>();
        var height = 40.0;
        for (var col = 0; col < 3; col++)
        {
            var y = 20.0;
            foreach (var (label, count) in columns[col])
            {
                var h = Math.Max(12, Scale * count / total);
                nodes[(col, label)] = new GraphNode(col, label, count, Columns[col], y, h);
                y += h + Gap;
            }

            height = Math.Max(height, y + 10);
        }

        var edges = new List<GraphEdge>();
        var outUsed = new Dictionary<(int, string), double>();
        var inUsed = new Dictionary<(int, string), double>();
        foreach (var (col, links) in new[]
                 {
                     (0, paths.GroupBy(p => (p.Origin, p.Via)).Select(g => (From: g.Key.Origin, To: g.Key.Via, N: g.Count()))),
                     (1, paths.GroupBy(p => (p.Via, p.Outlet)).Select(g => (From: g.Key.Via, To: g.Key.Outlet, N: g.Count()))),
                 })
        {
            foreach (var (from, to, n) in links.OrderBy(l => nodes[(col + 1, l.To)].Y))
            {
                var a = nodes[(col, from)];
                var b = nodes[(col + 1, to)];
                var wa = a.Height * n / a.Claims;
                var wb = b.Height * n / b.Claims;
                var ya = a.Y + outUsed.GetValueOrDefault((col, from)) + (wa / 2);
                var yb = b.Y + inUsed.GetValueOrDefault((col + 1, to)) + (wb / 2);
                outUsed[(col, from)] = outUsed.GetValueOrDefault((col, from)) + wa;
                inUsed[(col + 1, to)] = inUsed.GetValueOrDefault((col + 1, to)) + wb;
                edges.Add(new GraphEdge(from, to, n, a.X + BoxWidth, ya, b.X, yb, Math.Max(1, Math.Min(wa, wb))));
            }
        }

        return new OriginGraph([.. nodes.Values], edges, height);
    }

    private static List<(string Label, int Count)> Count(IEnumerable<string> labels) =>
        [.. labels.GroupBy(l => l, StringComparer.Ordinal).Select(g => (g.Key, g.Count())).OrderByDescending(x => x.Item2).ThenBy(x => x.Key, StringComparer.Ordinal)];
}
