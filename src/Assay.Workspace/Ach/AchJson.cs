using System.Text.Json;
using System.Text.Json.Serialization;
using Assay.Analysis.Ach;

namespace Assay.Workspace.Ach;

/// <summary>The JSON kept in <c>ach-evidence</c> and <c>ach-import</c> decisions: compact, named fields, nulls left out.</summary>
public static class AchJson
{
    private static readonly JsonSerializerOptions Options = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingDefault,
    };

    /// <summary>An evidence item without its id (the id is given by its place in the history).</summary>
    public static string Evidence(AchEvidence evidence) => JsonSerializer.Serialize(ItemOf(evidence), Options);

    /// <summary>Reads an item written by <see cref="Evidence(AchEvidence)"/>, giving it <paramref name="id"/>.</summary>
    public static AchEvidence ReadEvidence(string json, string id) =>
        EvidenceOf(JsonSerializer.Deserialize<Item>(json, Options) ?? throw new JsonException("empty evidence"), id);

    /// <summary>A whole matrix, ids and ratings included, without its name.</summary>
    public static string Matrix(AchMatrix matrix)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        var body = new Body(
            matrix.Title,
            matrix.Notes,
            matrix.Classification,
            [.. matrix.Hypotheses.Select(h => new Column(h.Id, h.Text))],
            [.. matrix.Evidence.Select(e => ItemOf(e) with { Id = e.Id })],
            [.. matrix.Evidence.SelectMany(e => matrix.Hypotheses
                .Select(h => (e, h, r: matrix.Rating(e.Id, h.Id)))
                .Where(x => x.r is not null)
                .Select(x => new Cell(x.e.Id, x.h.Id, x.r!.Value.Format())))]);
        return JsonSerializer.Serialize(body, Options);
    }

    /// <summary>Reads a matrix written by <see cref="Matrix(AchMatrix)"/> and names it <paramref name="name"/>.</summary>
    public static AchMatrix ReadMatrix(string json, string name)
    {
        var body = JsonSerializer.Deserialize<Body>(json, Options) ?? throw new JsonException("empty matrix");
        var matrix = new AchMatrix
        {
            Name = name,
            Title = body.Title,
            Notes = body.Notes,
            Classification = body.Classification,
            Hypotheses = [.. (body.Hypotheses ?? []).Select(h => new AchHypothesis(h.Id, h.Text))],
            Evidence = [.. (body.Evidence ?? []).Select(e => EvidenceOf(e, e.Id ?? ""))],
        };
        foreach (var cell in body.Ratings ?? [])
        {
            matrix = matrix.WithRating(cell.Evidence, cell.Hypothesis, AchRatings.Parse(cell.Rating));
        }

        return matrix;
    }

    private static Item ItemOf(AchEvidence e)
    {
        ArgumentNullException.ThrowIfNull(e);
        return new Item(null, e.Text, e.Credibility.Format(), e.Relevance.Format(), e.Type, e.Date, e.Code, e.Notes, e.Link, e.Flagged, e.PropositionId, e.OriginId);
    }

    private static AchEvidence EvidenceOf(Item item, string id) => new(id, item.Text)
    {
        Credibility = AchWeights.TryParse(item.Credibility, out var c) ? c : AchWeight.Medium,
        Relevance = AchWeights.TryParse(item.Relevance, out var r) ? r : AchWeight.Medium,
        Type = item.Type ?? "OSINT",
        Date = item.Date,
        Code = item.Code,
        Notes = item.Notes,
        Link = item.Link,
        Flagged = item.Flagged,
        PropositionId = item.Proposition,
        OriginId = item.Origin,
    };

    private sealed record Item(
        string? Id, string Text, string? Credibility, string? Relevance, string? Type, DateTimeOffset? Date,
        string? Code, string? Notes, string? Link, bool Flagged, string? Proposition, string? Origin);

    private sealed record Column(string Id, string Text);

    private sealed record Cell(string Evidence, string Hypothesis, string Rating);

    private sealed record Body(
        string? Title, string? Notes, string? Classification, List<Column>? Hypotheses, List<Item>? Evidence, List<Cell>? Ratings);
}
