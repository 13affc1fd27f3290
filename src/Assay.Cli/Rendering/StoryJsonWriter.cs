using System.Text;
using System.Text.Json;
using Assay.Analysis.Story;
using Assay.Cli.Commands;
using Assay.Cli.Story;
using Assay.Workspace;

namespace Assay.Cli.Rendering;

/// <summary>JSON for <c>assay story</c> and <c>assay proposition</c>: snake_case objects, claims by reference.</summary>
internal static class StoryJsonWriter
{
    /// <summary>The selected propositions (summaries), the contradictions among them, suggestions and copies.</summary>
    public static string Story(StoryPicture picture, IReadOnlyList<Proposition> view, PropositionCredibility? credibility = null)
    {
        ArgumentNullException.ThrowIfNull(picture);
        ArgumentNullException.ThrowIfNull(view);
        var shown = view.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        return Write(w =>
        {
            w.WriteStartObject();
            w.WriteNumber("claims", picture.ClaimCount);
            w.WriteNumber("propositions_total", picture.Propositions.Count);
            w.WriteNumber("ungrouped_claims", picture.Ungrouped);
            w.WriteStartArray("propositions");
            foreach (var p in view)
            {
                WriteProposition(w, p, withClaims: false, credibility);
            }

            w.WriteEndArray();
            WriteContradictions(w, picture.Contradictions.Where(c => shown.Contains(c.PropositionId) || shown.Contains(c.OtherPropositionId)));
            w.WriteStartArray("suggested_merges");
            foreach (var s in picture.Suggestions)
            {
                w.WriteStartObject();
                w.WriteString("proposition", s.PropositionId);
                w.WriteString("other_proposition", s.OtherPropositionId);
                w.WriteString("claim", s.Claim.ToString());
                w.WriteString("other_claim", s.OtherClaim.ToString());
                w.WriteNumber("similarity", Math.Round(s.Similarity, 4));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteStartArray("derived_from");
            foreach (var link in picture.Derived)
            {
                WriteLink(w, link);
            }

            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>One proposition with every claim and its contradictions.</summary>
    public static string Proposition(
        Proposition proposition, IReadOnlyList<ClaimContradiction> contradictions, StoryPicture picture, PropositionCredibility? credibility = null)
    {
        ArgumentNullException.ThrowIfNull(proposition);
        ArgumentNullException.ThrowIfNull(contradictions);
        return Write(w => WriteProposition(w, proposition, withClaims: true, credibility, w => WriteContradictions(w, contradictions)));
    }

    private static void WriteProposition(
        Utf8JsonWriter w, Proposition p, bool withClaims, PropositionCredibility? credibility, Action<Utf8JsonWriter>? more = null)
    {
        w.WriteStartObject();
        w.WriteString("id", p.Id);
        w.WriteString("label", p.Label);
        if (credibility is not null)
        {
            var suggestion = credibility.Suggest(p);
            w.WriteStartObject("admiralty");
            w.WriteString("code", credibility.Code(p));
            w.WriteNumber("credibility", suggestion.Digit);
            w.WriteString("reason", suggestion.Reason);
            w.WriteEndObject();
        }

        w.WriteString("event", EnumNames.Of(p.Event));
        w.WriteString("subject", p.Subject.Label);
        w.WriteString("subject_key", p.Subject.Key);
        w.WriteString("scope", p.Subject.ScopeLabel.Length == 0 ? null : p.Subject.ScopeLabel);
        if (p.Figure is { } f)
        {
            w.WriteStartObject("figure");
            ExtractionJsonWriter.WriteNumber(w, "low", f.Low);
            ExtractionJsonWriter.WriteNumber(w, "high", f.High);
            w.WriteEndObject();
        }
        else
        {
            w.WriteNull("figure");
        }

        w.WriteString("statement", p.Statement);
        w.WriteNumber("origins", p.Origins.Count);
        w.WriteNumber("effective_sources", Math.Round(p.EffectiveSources, 3));
        w.WriteNumber("mentions", p.Mentions);
        w.WriteNumber("outlets", p.Outlets);
        w.WriteString("first_seen", NullIfEmpty(Formats.Date(p.FirstSeen)));
        w.WriteString("last_seen", NullIfEmpty(Formats.Date(p.LastSeen)));
        w.WriteBoolean("contested", p.Contested);
        w.WriteBoolean("refuted", p.Refuted);
        w.WriteBoolean("rests_on_refuted", p.RestsOnRefuted);
        ExtractionJsonWriter.WriteStrings(w, "notes", p.Notes);
        ExtractionJsonWriter.WriteStrings(w, "joins", p.Joins);
        w.WriteStartArray("origin_list");
        foreach (var o in p.Origins)
        {
            w.WriteStartObject();
            w.WriteString("id", o.Id);
            w.WriteString("name", o.Name);
            w.WriteString("type", EnumNames.Of(o.Type));
            w.WriteEndObject();
        }

        w.WriteEndArray();
        w.WriteStartArray("claims");
        foreach (var member in p.Claims)
        {
            if (!withClaims)
            {
                w.WriteStringValue(member.Claim.Ref.ToString());
                continue;
            }

            var c = member.Claim;
            w.WriteStartObject();
            w.WriteString("ref", c.Ref.ToString());
            w.WriteNumber("article_id", c.Ref.ArticleId);
            w.WriteString("outlet", c.Outlet);
            w.WriteString("published", NullIfEmpty(Formats.Date(c.Published)));
            w.WriteString("as_of", NullIfEmpty(Formats.Date(member.AsOf)));
            w.WriteString("role", member.Role switch { ClaimRole.Supports => "supports", ClaimRole.Contradicts => "contradicts", _ => "withholds" });
            w.WriteString("source", c.Claim.Source);
            ExtractionJsonWriter.WriteStrings(w, "via", c.Claim.Via);
            w.WriteString("origin", member.Origin.Id);
            w.WriteString("origin_name", member.Origin.Name);
            w.WriteString("stance", EnumNames.Of(c.Claim.Stance));
            w.WriteNumber("certainty", Math.Round(c.Claim.Certainty, 4));
            ListingJsonWriter.WriteQuantity(w, c.Quantity);

            w.WriteString("text", c.Claim.Text);
            w.WriteNumber("start", c.Claim.Span.Start);
            w.WriteNumber("end", c.Claim.Span.End);
            if (member.DerivedFrom is { } link)
            {
                w.WritePropertyName("derived_from");
                WriteLink(w, link);
            }

            w.WriteEndObject();
        }

        w.WriteEndArray();
        more?.Invoke(w);
        w.WriteEndObject();
    }

    private static void WriteContradictions(Utf8JsonWriter w, IEnumerable<ClaimContradiction> contradictions)
    {
        w.WriteStartArray("contradictions");
        foreach (var c in contradictions)
        {
            w.WriteStartObject();
            w.WriteString("kind", c.Kind == ContradictionKind.Stance ? "stance" : "figures");
            w.WriteString("proposition", c.PropositionId);
            w.WriteString("claim", c.Claim.ToString());
            w.WriteString("other_proposition", c.OtherPropositionId);
            w.WriteString("other_claim", c.OtherClaim.ToString());
            w.WriteString("reason", c.Reason);
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    private static void WriteLink(Utf8JsonWriter w, DerivedLink link)
    {
        w.WriteStartObject();
        w.WriteNumber("article_id", link.ArticleId);
        w.WriteNumber("from_article_id", link.FromArticleId);
        w.WriteNumber("similarity", Math.Round(link.Similarity, 4));
        w.WriteString("reason", link.Reason);
        w.WriteEndObject();
    }

    private static string Write(Action<Utf8JsonWriter> write)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, ExtractionJsonWriter.Options))
        {
            write(writer);
        }

        return Encoding.UTF8.GetString(stream.ToArray());
    }

    private static string? NullIfEmpty(string s) => s.Length == 0 ? null : s;
}
