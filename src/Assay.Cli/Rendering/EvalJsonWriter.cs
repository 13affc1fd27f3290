using System.Text;
using System.Text.Json;
using Assay.Cli.Commands;
using Assay.Extraction.Evaluation;
using Assay.Workspace;

namespace Assay.Cli.Rendering;

/// <summary>The JSON of <c>assay eval --json</c>: totals, targets, per-story scores, every finding and input error.</summary>
/// <remarks>Keys are snake_case; ratios are rounded to four decimals; <c>findings</c> is never limited.</remarks>
internal static class EvalJsonWriter
{
    /// <summary>The whole evaluation as one object.</summary>
    public static string ToJson(CorpusEvaluation evaluation)
    {
        ArgumentNullException.ThrowIfNull(evaluation);
        using var stream = new MemoryStream();
        using (var w = new Utf8JsonWriter(stream, ExtractionJsonWriter.Options))
        {
            w.WriteStartObject();
            w.WriteString("gold_dir", evaluation.Folder);
            WriteSheet(w, evaluation.Total);
            w.WriteBoolean("targets_met", evaluation.TargetsMet);
            w.WriteStartArray("targets");
            foreach (var t in evaluation.Targets)
            {
                w.WriteStartObject();
                w.WriteString("name", t.Target.Name);
                w.WriteString("field", EnumNames.Of(t.Target.Field));
                w.WriteString("metric", EnumNames.Of(t.Target.Metric));
                w.WriteNumber("minimum", t.Target.Minimum);
                w.WriteNumber("value", Math.Round(t.Value, 4));
                w.WriteBoolean("met", t.Met);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("stories");
            foreach (var (story, sheet) in evaluation.Stories)
            {
                w.WriteStartObject();
                w.WriteString("story", story);
                WriteSheet(w, sheet);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("findings");
            foreach (var f in evaluation.Findings)
            {
                WriteFinding(w, f);
            }

            w.WriteEndArray();
            w.WriteStartArray("errors");
            foreach (var p in evaluation.Problems)
            {
                w.WriteStartObject();
                w.WriteString("file", p.File);
                w.WriteString("message", p.Message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static void WriteSheet(Utf8JsonWriter w, ScoreSheet sheet)
    {
        w.WriteNumber("articles", sheet.Articles);
        w.WriteNumber("gold_quantities", sheet.GoldQuantities);
        w.WriteNumber("predicted_quantities", sheet.PredictedQuantities);
        w.WriteNumber("matched", sheet.MatchedPairs);
        w.WriteStartObject("fields");
        foreach (var field in Enum.GetValues<EvalField>())
        {
            var s = sheet[field];
            w.WriteStartObject(EnumNames.Of(field));
            w.WriteNumber("precision", Math.Round(s.Precision, 4));
            w.WriteNumber("recall", Math.Round(s.Recall, 4));
            w.WriteNumber("f1", Math.Round(s.F1, 4));
            w.WriteNumber("tp", s.TruePositives);
            w.WriteNumber("fp", s.FalsePositives);
            w.WriteNumber("fn", s.FalseNegatives);
            w.WriteEndObject();
        }

        w.WriteEndObject();
        w.WriteStartObject("accuracy");
        WriteAccuracy(w, "source", sheet.SourceAccuracy);
        WriteAccuracy(w, "stance", sheet.StanceAccuracy);
        w.WriteEndObject();
    }

    private static void WriteAccuracy(Utf8JsonWriter w, string name, Accuracy accuracy)
    {
        w.WriteStartObject(name);
        w.WriteNumber("value", Math.Round(accuracy.Value, 4));
        w.WriteNumber("correct", accuracy.Correct);
        w.WriteNumber("total", accuracy.Total);
        w.WriteEndObject();
    }

    private static void WriteFinding(Utf8JsonWriter w, EvaluationFinding f)
    {
        w.WriteStartObject();
        w.WriteString("article", f.Article);
        w.WriteString("story", f.Story);
        if (f.Offset is { } offset)
        {
            w.WriteNumber("offset", offset);
        }
        else
        {
            w.WriteNull("offset");
        }

        w.WriteString("text", f.Text);
        w.WriteString("kind", EnumNames.Of(f.Kind));
        w.WriteStartArray("fields");
        foreach (var d in f.Differences)
        {
            w.WriteStartObject();
            w.WriteString("field", EnumNames.Of(d.Field));
            w.WriteString("expected", d.Expected);
            w.WriteString("got", d.Got);
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteEndObject();
    }
}
