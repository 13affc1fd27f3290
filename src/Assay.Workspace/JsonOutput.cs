using System.Text.Encodings.Web;
using System.Text.Json;

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
}
