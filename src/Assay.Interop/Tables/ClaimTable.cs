using Assay.Analysis.Story;
using Assay.Storage;
using Assay.Workspace;

namespace Assay.Interop.Tables;

/// <summary>The claims table: the claim CSV's columns (<see cref="ClaimCsv"/>, the same cells as <c>assay claims --csv</c>)
/// followed by where the picture put the claim.</summary>
internal static class ClaimTable
{
    // Descriptions of ClaimCsv's own columns, by name: a column added there and not here fails loudly.
    private static readonly Dictionary<string, string> Described = new(StringComparer.Ordinal)
    {
        ["published"] = "Publication date of the article (yyyy-mm-dd); empty when unknown.",
        ["outlet"] = "Who published the article.",
        ["article_id"] = "The article's id in the store.",
        ["claim_id"] = "The claim's id within its article (\"c3\"); with article_id it names the claim (\"12/c3\").",
        ["source"] = "Who the claim is credited to, as written, or the outlet itself.",
        ["source_type"] = "Kind of source (government, intelligence, military, official, anonymous, media, eyewitness, expert, outlet…).",
        ["via"] = "Intermediaries between the source and the outlet, nearest the outlet first, separated by \"; \".",
        ["stance"] = "How the source holds the statement: asserted, reported, speculated, confirmed, denied or refuted.",
        ["certainty"] = "0..1: how strongly the text commits to the statement after hedges and stance (not how likely it is true).",
        ["event"] = "Event type of the claim (deploy, casualty, combat, supply…).",
        ["agent"] = "Who acts (actor id), when found.",
        ["theme"] = "What is acted on or moved (\"troops\"), when found.",
        ["location"] = "Where, when found.",
        ["quantity_low"] = "Lower bound of the claim's figure; empty when none was stated (\"up to 12,000\").",
        ["quantity_high"] = "Upper bound of the claim's figure; empty when none was stated (\"more than 1,000\").",
        ["qualifier"] = "How the figure was qualified: exact, approximate, at_least, more_than, up_to, less_than, range, vague.",
        ["counted"] = "The thing the figure counts (\"troops\").",
        ["scope"] = "Where the count applies (\"in Russia\"), when stated.",
        ["time"] = "The time the claim refers to, as resolved (\"2024-10\").",
        ["text"] = "The evidence sentence as written.",
    };

    private static readonly TableColumn[] Own =
    [
        new("proposition_id", "The proposition the claim joins (\"p12.c3\"); empty when the picture left it ungrouped."),
        new("role", "How the claim bears on that proposition: supports, contradicts, or withholds (the source has not acknowledged or confirmed it)."),
        new("origin_id", "The claim's origin after following its attribution chain and copy links (\"source:south-korea-nis\")."),
        new("origin", "The origin's readable name."),
    ];

    public static IReadOnlyList<TableColumn> Columns { get; } =
        [.. ClaimCsv.Header.Select(h => new TableColumn(h, Described[h])), .. Own];

    private static readonly HashSet<string> Numeric = new(StringComparer.Ordinal) { "article_id", "certainty", "quantity_low", "quantity_high" };

    public static IEnumerable<object?[]> Rows(InteropSnapshot snapshot)
    {
        var members = new Dictionary<ClaimRef, (Proposition Proposition, PropositionClaim Member)>();
        foreach (var p in snapshot.Picture.Propositions)
        {
            foreach (var member in p.Claims)
            {
                members.TryAdd(member.Claim.Ref, (p, member));
            }
        }

        foreach (var article in snapshot.Articles)
        {
            var e = article.Extraction;
            foreach (var claim in e.Claims.OrderBy(c => new ClaimRef(article.Stored.Id, c.Id)))
            {
                var quantity = claim.QuantityIndex is { } qi && qi < e.Quantities.Count ? e.Quantities[qi] : null;
                var time = claim.TimeIndex is { } ti && ti < e.Times.Count ? e.Times[ti] : null;
                var stored = new StoredClaim(article.Stored.Id, article.Stored.Title, article.Stored.Outlet, article.Stored.Published, claim, quantity, time);
                var cells = ClaimCsv.Row(stored);
                var row = new object?[Columns.Count];
                for (var i = 0; i < cells.Length; i++)
                {
                    row[i] = Numeric.Contains(ClaimCsv.Header[i]) ? TableCells.Number(cells[i]) : TableCells.Text(cells[i]);
                }

                if (members.TryGetValue(new ClaimRef(article.Stored.Id, claim.Id), out var m))
                {
                    row[cells.Length] = m.Proposition.Id;
                    row[cells.Length + 1] = EnumNames.Of(m.Member.Role);
                    row[cells.Length + 2] = m.Member.Origin.Id;
                    row[cells.Length + 3] = m.Member.Origin.Name;
                }

                yield return row;
            }
        }
    }
}
