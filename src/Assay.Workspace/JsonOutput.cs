using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Unicode;

namespace Assay.Workspace;

/// <summary>How every front end writes JSON: indented, non-ASCII kept readable.</summary>
public static class JsonOutput
{
    /// <summary>The writer options shared by the CLI's and the web app's JSON.</summary>
    public static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The writer options of files handed to other tools (STIX, MISP, ClaimReview, JSON Lines): indented, every
    /// script readable, but &lt;, &gt;, &amp; and quotes escaped, so article text stays inert when a record is pasted
    /// into a web page (ClaimReview is meant for a script element) or opened in a browser.</summary>
    public static readonly JsonWriterOptions ExportOptions = new()
    {
        Indented = true,
        Encoder = JavaScriptEncoder.Create(UnicodeRanges.All),
    };
}
