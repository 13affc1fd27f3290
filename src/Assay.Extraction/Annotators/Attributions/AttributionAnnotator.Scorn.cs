using System.Collections.Frozen;
using Assay.Extraction.Pipeline;

namespace Assay.Extraction.Annotators.Attributions;

// Cues that credit only with a word of scorn after them: "described reports of the deployment as fake".
public sealed partial class AttributionAnnotator
{
    // How many tokens after a "-scorned" cue its word of scorn may stand: "described reports of North Korea's troop
    // deployment to the Kursk region as \"fake\"".
    private const int ScornReach = 16;

    // Words that call a report untrue: the complement of "described reports of ... as".
    private static readonly WordSet ScornLookup = new(FrozenSet.Create(StringComparer.OrdinalIgnoreCase,
        "fake", "false", "untrue", "baseless", "groundless", "fabricated", "fabrication", "fabrications", "lie", "lies", "nonsense",
        "rubbish", "fiction", "fantasy", "fantasies", "hoax", "propaganda", "provocation", "absurd", "disinformation",
        "misinformation", "invention", "smear", "slander"));

    // Whether a word of scorn follows within the clause, a few words on: "as \"fake\"", "a fabrication", "as lies".
    private static bool ScornAhead(AnnotatedDocument d, int from, int end)
    {
        var tokens = d.Tokens;
        for (var k = from; k < end && k - from < ScornReach; k++)
        {
            var t = tokens[k];
            if (t.Kind == TokenKind.Punctuation && d.Text[t.Start] is ';' or ':' or '.' or '?' or '!')
            {
                return false;
            }

            if (t.Kind == TokenKind.Word && ScornLookup.Contains(t.Chars(d.Text)))
            {
                return true;
            }
        }

        return false;
    }
}
