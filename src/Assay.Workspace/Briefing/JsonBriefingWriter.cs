using System.Text;
using System.Text.Json;
using Assay.Analysis.Briefing;
using Assay.Workspace;
using BriefingModel = Assay.Analysis.Briefing.Briefing;

namespace Assay.Workspace.Briefing;

/// <summary>Writes a briefing as JSON: snake_case keys, judgments with band, probability, confidence, origins and refs.</summary>
public static class JsonBriefingWriter
{
    /// <summary>The briefing as indented JSON.</summary>
    /// <exception cref="BriefingLintException">A sentence puts likelihood and confidence together.</exception>
    public static string Write(BriefingModel briefing)
    {
        ArgumentNullException.ThrowIfNull(briefing);
        EstimativeLint.Enforce(briefing.Sentences());
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, JsonOutput.Options))
        {
            w.WriteStartObject();
            w.WriteString("title", briefing.Title);
            w.WriteString("as_of", IsoDates.Format(briefing.AsOf));
            w.WriteString("since", briefing.Since is { } s ? IsoDates.Format(s) : null);
            w.WriteStartArray("key_judgments");
            foreach (var j in briefing.KeyJudgments)
            {
                w.WriteStartObject();
                w.WriteString("proposition", j.PropositionId);
                w.WriteString("band", j.Band.Value);
                w.WriteString("term", j.Band.Term);
                w.WriteString("range", j.Band.Range);
                w.WriteNumber("probability", Math.Round(j.Probability, 4));
                w.WriteString("confidence", j.Confidence.Value);
                w.WriteNumber("independent_origins", j.Origins.Count);
                w.WriteNumber("mentions", j.Mentions);
                w.WriteNumber("outlets", j.Outlets);
                w.WriteBoolean("single_source", j.SingleSource);
                if (j.Credibility is { } digit)
                {
                    w.WriteNumber("credibility", digit);
                }
                else
                {
                    w.WriteNull("credibility");
                }

                Sentence(w, "judgment", j.Judgment);
                Sentence(w, "confidence_statement", j.ConfidenceStatement);
                Sentences(w, "notes", j.Notes);
                Origins(w, j.Origins);
                w.WriteStartArray("contradicting_origins");
                foreach (var o in j.Contradicting)
                {
                    w.WriteStringValue(o.Name);
                }

                w.WriteEndArray();
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Sentences(w, "resolved", briefing.Resolved);
            w.WriteStartArray("sourcing");
            foreach (var row in briefing.Sourcing)
            {
                w.WriteStartObject();
                w.WriteString("proposition", row.PropositionId);
                w.WriteNumber("independent_origins", row.Origins.Count);
                w.WriteNumber("mentions", row.Mentions);
                w.WriteNumber("outlets", row.Outlets);
                w.WriteBoolean("single_source", row.SingleSource);
                Sentences(w, "sentences", row.Sentences);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("estimates");
            foreach (var e in briefing.Estimates)
            {
                w.WriteStartObject();
                w.WriteString("subject", e.Series.Describe());
                w.WriteString("key", e.Series.Key);
                w.WriteNumber("claims", e.Series.ClaimCount);
                w.WriteNumber("origins", e.Series.OriginCount);
                Sentences(w, "sentences", e.Sentences);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            Sentences(w, "contradictions", briefing.Contradictions);
            Sentences(w, "changes", briefing.Changes);
            Sentences(w, "gaps", briefing.Gaps);
            w.WriteStartArray("alternatives");
            foreach (var a in briefing.Alternatives)
            {
                w.WriteStartObject();
                w.WriteString("matrix", a.Matrix.Matrix);
                w.WriteString("leader", a.Matrix.Leader);
                Sentences(w, "sentences", a.Sentences);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("claims_cited");
            foreach (var c in briefing.Cited)
            {
                w.WriteStartObject();
                w.WriteString("ref", c.Ref.ToString());
                w.WriteString("outlet", c.Outlet);
                w.WriteString("published", c.Published is { } p ? IsoDates.Format(p) : null);
                w.WriteString("source", c.Source);
                w.WriteString("text", c.Text);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void Origins(Utf8JsonWriter w, IReadOnlyList<SourcingOrigin> origins)
    {
        w.WriteStartArray("origins");
        foreach (var o in origins)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Origin.Id);
            w.WriteString("name", o.Origin.Name);
            w.WriteString("type", EnumNames.Of(o.Origin.Type));
            w.WriteString("grade", o.Grade);
            w.WriteNumber("reliability", Math.Round(o.Reliability, 4));
            w.WriteNumber("mentions", o.Mentions);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void Sentences(Utf8JsonWriter w, string name, IEnumerable<BriefingSentence> sentences)
    {
        w.WriteStartArray(name);
        foreach (var s in sentences)
        {
            Sentence(w, null, s);
        }

        w.WriteEndArray();
    }

    private static void Sentence(Utf8JsonWriter w, string? name, BriefingSentence s)
    {
        if (name is null)
        {
            w.WriteStartObject();
        }
        else
        {
            w.WriteStartObject(name);
        }

        w.WriteString("text", s.Text);
        if (s.Structural)
        {
            w.WriteBoolean("structural", true);
        }

        w.WriteStartArray("refs");
        foreach (var r in s.Refs)
        {
            w.WriteStringValue(r.ToString());
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
