namespace Assay.Web.Api.Models;

/// <summary>Why a decision is undone (optional).</summary>
public sealed record UndoRequest(string? Note);
