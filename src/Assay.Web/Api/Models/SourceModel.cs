using System.Text.Json.Serialization;

namespace Assay.Web.Api.Models;

/// <summary>One origin's track record, as <c>assay sources --json</c> shows it.</summary>
/// <remarks>
/// <c>id</c>: The origin id to grade it by; null for a source whose claims joined no proposition.<br/>
/// <c>grade</c>: The analyst's Admiralty letter in force, or null.<br/>
/// <c>reliability</c>: Learned reliability: the mean of its Beta distribution (ungraded starts from F, 0.5).<br/>
/// <c>reliability_9_0</c>: The 90% credible interval of the reliability.<br/>
/// <c>interval_score</c>: Mean interval score of its figures against resolved values, relative (lower is better).
/// </remarks>
public sealed record SourceModel(
    string Source,
    string? Id,
    string Type,
    bool Grouped,
    string? Grade,
    string? GradeName,
    double Reliability,
    double ReliabilitySd,
    double Alpha,
    double Beta,
    [property: JsonPropertyName("reliability_90")] IReadOnlyList<double> Reliability90,
    int Claims,
    int Resolved,
    int Hits,
    int Misses,
    double? IntervalScore,
    int Scored,
    int Articles,
    int Outlets,
    DateOnly? First,
    DateOnly? Last);
