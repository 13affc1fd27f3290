using Xunit;

namespace Assay.Testing;

/// <summary>A fact that drives Chromium: skipped with a visible reason where no Chromium is installed, run (and failing
/// if it is absent) under CI, where scripts/test installs Debian's package.</summary>
public sealed class BrowserFactAttribute : FactAttribute
{
    /// <summary>Sets the skip reason from <see cref="Chromium.SkipReason"/>.</summary>
    public BrowserFactAttribute()
    {
        if (Chromium.SkipReason is { } reason)
        {
            Skip = reason;
        }
    }
}
