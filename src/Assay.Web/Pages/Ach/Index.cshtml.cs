using System.Text.RegularExpressions;
using Assay.Analysis.Ach;
using Assay.Storage;
using Assay.Web.Services;
using Assay.Workspace.Ach;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Assay.Web.Pages.Ach;

/// <summary>ACH: the matrices, and one matrix with its ratings editable, its scores, diagnosticity and sensitivity; every
/// change is an ACH decision in the history, as the <c>assay ach</c> commands record it.</summary>
public sealed partial class IndexModel(StoreSession session) : PageModel
{
    /// <summary>Every matrix in force.</summary>
    public IReadOnlyList<AchState> Matrices { get; private set; } = [];

    /// <summary>The matrix shown, when a name was given.</summary>
    public AchState? State { get; private set; }

    /// <summary>Its scores and sensitivity.</summary>
    public AchAnalysis? Analysis { get; private set; }

    /// <summary>What the last post did, or null.</summary>
    [TempData]
    public string? Message { get; set; }

    /// <summary>The list, or one matrix; 404 when there is no matrix of that name.</summary>
    public IActionResult OnGet(string? name)
    {
        Matrices = AchLoader.Load(session.Store);
        if (string.IsNullOrWhiteSpace(name))
        {
            return Page();
        }

        State = Matrices.FirstOrDefault(s => s.Matrix.Name == name);
        if (State is null)
        {
            return NotFound();
        }

        Analysis = AchScorer.Analyse(State.Matrix);
        return Page();
    }

    /// <summary>Starts a matrix (<c>ach-new</c>).</summary>
    public IActionResult OnPostNew(string? matrix, string? title, string? note)
    {
        var name = matrix?.Trim() ?? string.Empty;
        if (!ValidName().IsMatch(name))
        {
            return Bad("Name the matrix with letters, digits, '-' or '_' (up to 64).");
        }

        if (AchLoader.Load(session.Store).Any(s => s.Matrix.Name == name))
        {
            return Bad($"An ACH matrix '{name}' already exists.");
        }

        var d = AchSteps.New(session.Store, name, Blank(title), Blank(note));
        Message = $"Created {name} (decision #{d.Id}).";
        return Redirect(Href(name));
    }

    /// <summary>Adds a hypothesis (<c>ach-hypothesis</c>).</summary>
    public IActionResult OnPostHypothesis(string name, string? text)
    {
        if (Find(name) is not { } state)
        {
            return NotFound();
        }

        if (Blank(text) is not { } hypothesis)
        {
            return Bad("Give the hypothesis's text.");
        }

        var d = AchSteps.Hypothesis(session.Store, name, hypothesis, null);
        Message = $"Added {state.NextHypothesisId} (decision #{d.Id}).";
        return Redirect(Href(name));
    }

    /// <summary>Adds an evidence item (<c>ach-evidence</c>).</summary>
    public IActionResult OnPostEvidence(string name, string? text, string? credibility, string? relevance, string? type)
    {
        if (Find(name) is not { } state)
        {
            return NotFound();
        }

        if (Blank(text) is not { } body)
        {
            return Bad("Give the evidence's text.");
        }

        var item = new AchEvidence(state.NextEvidenceId, body)
        {
            Credibility = AchWeights.TryParse(credibility, out var c) ? c : AchWeight.Medium,
            Relevance = AchWeights.TryParse(relevance, out var r) ? r : AchWeight.Medium,
            Type = Blank(type) ?? "OSINT",
        };
        var d = AchSteps.Evidence(session.Store, name, item, null);
        Message = $"Added {item.Id} (decision #{d.Id}).";
        return Redirect(Href(name));
    }

    /// <summary>Rates the cells of one evidence row that changed (<c>ach-rate</c>, one decision for the row).</summary>
    public IActionResult OnPostRate(string name, string? evidence)
    {
        if (Find(name) is not { } state)
        {
            return NotFound();
        }

        var matrix = state.Matrix;
        if (evidence is null || matrix.FindEvidence(evidence) is not { } item)
        {
            return Bad($"No evidence '{evidence}' in {name}.");
        }

        var cells = new List<(string Hypothesis, AchRating Rating)>();
        foreach (var h in matrix.Hypotheses)
        {
            var posted = Request.Form["rating-" + h.Id].ToString();
            if (string.IsNullOrWhiteSpace(posted))
            {
                continue;
            }

            if (!AchRatings.TryParse(posted, out var rating))
            {
                return Bad($"'{posted}' is not a rating: use CC, C, N, I, II or NA.");
            }

            if (matrix.Rating(item.Id, h.Id) != rating)
            {
                cells.Add((h.Id, rating));
            }
        }

        if (cells.Count > 0)
        {
            var d = AchSteps.Rate(session.Store, name, item.Id, cells, null);
            Message = $"Rated {item.Id}: {string.Join(", ", cells.Select(c => $"{c.Hypothesis} {c.Rating.Format()}"))} (decision #{d.Id}).";
        }

        return Redirect(Href(name) + "#row-" + item.Id);
    }

    /// <summary>The page of a matrix.</summary>
    public static string Href(string name) => "/ach/" + Uri.EscapeDataString(name);

    private AchState? Find(string name) => AchLoader.Load(session.Store).FirstOrDefault(s => s.Matrix.Name == name);

    private BadRequestObjectResult Bad(string detail) =>
        BadRequest(new ProblemDetails { Status = StatusCodes.Status400BadRequest, Title = "Bad input", Detail = detail });

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    [GeneratedRegex("^[A-Za-z0-9_-]{1,64}$")]
    private static partial Regex ValidName();
}
