using Assay.Core.Claims;
using Assay.Core.Quantities;

namespace Assay.Extraction.Evaluation;

/// <summary>A predicted quantity with the claim that carries it and that claim's resolved time.</summary>
internal readonly record struct PredictedQuantity(Quantity Quantity, Claim? Claim, string? Time);
