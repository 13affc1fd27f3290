using Assay.Core.Claims;
using Assay.Core.Sources;

namespace Assay.Storage.Tests;

/// <summary>What a claim in <see cref="ExtractionSamples.Simple"/> says; a quantity is added when
/// <see cref="Counted"/> is set.</summary>
internal sealed record SampleClaim(
    string Source,
    EventType Event = EventType.Deploy,
    Stance Stance = Stance.Asserted,
    string? Theme = null,
    string? Counted = null,
    SourceType Type = SourceType.Official,
    IReadOnlyList<string>? Via = null);
