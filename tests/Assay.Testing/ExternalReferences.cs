using System.Text.RegularExpressions;

namespace Assay.Testing;

/// <summary>Finds what would make a page or an SVG reach outside itself.</summary>
public static partial class ExternalReferences
{
    /// <summary>Inside a tag, any src or href that is not a fragment; anywhere, any url() that is not one.</summary>
    [GeneratedRegex(@"<[^>]*\b(?:src|href)\s*=\s*(?:""(?!#)|'(?!#)|(?![""'#]))|url\(\s*(?:""(?!#)|'(?!#)|(?![""'#]))", RegexOptions.IgnoreCase)]
    public static partial Regex Pattern();
}
