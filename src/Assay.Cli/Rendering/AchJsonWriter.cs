using System.Text;
using System.Text.Json;
using Assay.Analysis.Ach;
using Assay.Cli.Ach;
using Assay.Workspace.Ach;

namespace Assay.Cli.Rendering;

/// <summary>ACH matrices as JSON: a matrix with every score and finding, or the list of matrices.</summary>
internal static class AchJsonWriter
{
    /// <summary>The matrix, each hypothesis's scores, each item's fields, ratings (null when not yet rated),
    /// diagnosticity and sensitivity, and the leaders under every mode.</summary>
    public static string Matrix(AchMatrix matrix, AchAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(matrix);
        ArgumentNullException.ThrowIfNull(analysis);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("name", matrix.Name);
            w.WriteString("title", matrix.Title);
            w.WriteString("notes", matrix.Notes);
            w.WriteString("classification", matrix.Classification);
            w.WriteString("mode", Mode(analysis.Mode));
            Ids(w, "leaders", analysis.Leaders);
            w.WriteStartObject("leaders_by_mode");
            foreach (var mode in Enum.GetValues<AchScoreMode>())
            {
                Ids(w, Mode(mode), analysis.LeadersUnder(mode));
            }

            w.WriteEndObject();
            w.WriteStartArray("hypotheses");
            foreach (var (h, s) in matrix.Hypotheses.Zip(analysis.Hypotheses))
            {
                w.WriteStartObject();
                w.WriteString("id", h.Id);
                w.WriteString("text", h.Text);
                w.WriteNumber("inconsistency", s.Inconsistency);
                w.WriteNumber("weighted", Math.Round(s.Weighted, 6));
                w.WriteNumber("posterior", Math.Round(s.Posterior, 6));
                w.WriteBoolean("leader", analysis.Leaders.Contains(h.Id));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("evidence");
            foreach (var (e, s) in matrix.Evidence.Zip(analysis.Evidence))
            {
                w.WriteStartObject();
                w.WriteString("id", e.Id);
                w.WriteString("text", e.Text);
                w.WriteString("credibility", e.Credibility.Format());
                w.WriteString("relevance", e.Relevance.Format());
                w.WriteString("type", e.Type);
                if (e.Date is { } date)
                {
                    w.WriteString("date", date);
                }
                else
                {
                    w.WriteNull("date");
                }

                w.WriteString("code", e.Code);
                w.WriteString("notes", e.Notes);
                w.WriteString("link", e.Link);
                w.WriteBoolean("flagged", e.Flagged);
                w.WriteString("proposition", e.PropositionId);
                w.WriteString("origin", e.OriginId);
                w.WriteNumber("weight", Math.Round(s.Weight, 6));
                w.WriteNumber("diagnosticity", Math.Round(s.Diagnosticity, 6));
                w.WriteBoolean("leader_changes_without", s.LeaderChangesWithout);
                w.WriteBoolean("leader_changes_reversed", s.LeaderChangesReversed);
                w.WriteStartObject("ratings");
                foreach (var h in matrix.Hypotheses)
                {
                    w.WriteString(h.Id, matrix.Rating(e.Id, h.Id)?.Format());
                }

                w.WriteEndObject();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartObject("sensitivity");
            Ids(w, "leader_changes_without", [.. analysis.DecisiveItems]);
            Ids(w, "leader_changes_reversed", [.. analysis.FlippingItems]);
            w.WriteEndObject();
            w.WriteEndObject();
        });
    }

    /// <summary>The matrices with their sizes and weighted leaders.</summary>
    public static string List(IReadOnlyList<AchState> states)
    {
        ArgumentNullException.ThrowIfNull(states);
        return Write(w =>
        {
            w.WriteStartArray();
            foreach (var s in states)
            {
                var m = s.Matrix;
                w.WriteStartObject();
                w.WriteString("name", m.Name);
                w.WriteString("title", m.Title);
                w.WriteNumber("hypotheses", m.Hypotheses.Count);
                w.WriteNumber("evidence", m.Evidence.Count);
                w.WriteNumber("rated", m.Ratings.Count);
                w.WriteNumber("cells", m.Hypotheses.Count * m.Evidence.Count);
                Ids(w, "leaders", AchScorer.Leaders(m, AchScoreMode.Weighted));
                w.WriteNumber("decision", s.Root);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        });
    }

    /// <summary>The mode's name as the CLI takes it.</summary>
    public static string Mode(AchScoreMode mode) => mode switch
    {
        AchScoreMode.Inconsistency => "inconsistency",
        AchScoreMode.Likelihood => "likelihood",
        _ => "weighted",
    };

    private static void Ids(Utf8JsonWriter w, string name, IEnumerable<string> ids)
    {
        w.WriteStartArray(name);
        foreach (var id in ids)
        {
            w.WriteStringValue(id);
        }

        w.WriteEndArray();
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ExtractionJsonWriter.Options))
        {
            body(w);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
