using Assay.Core.Sources;

namespace Assay.Analysis.Story;

/// <summary>The first source of an attribution chain: claims that share an origin are one voice, not corroboration.</summary>
/// <param name="Id">Comparison key ("source:south-korea-nis", "outlet:yonhap", "anonymous:a senior official@outlet:ap news",
/// "unnamed:reports@outlet:reuters").</param>
/// <param name="Name">Readable name ("National Intelligence Service (South Korea)").</param>
/// <param name="Type">Kind of source at the root.</param>
public sealed record Origin(string Id, string Name, SourceType Type)
{
    /// <summary>The id of an outlet as an origin ("Yonhap News Agency" → "outlet:yonhap"): what its uncredited claims
    /// resolve to.</summary>
    public static string OutletId(string outlet)
    {
        ArgumentNullException.ThrowIfNull(outlet);
        return "outlet:" + Names.OutletKey(outlet);
    }
}
