namespace Assay.Web.Services;

/// <summary>How much of the store a kept picture covers.</summary>
/// <param name="Claims">Claims the picture was built from.</param>
/// <param name="StoreClaims">Claims in the store when it was built.</param>
public sealed record PictureScope(int Claims, int StoreClaims)
{
    /// <summary>True when the picture was built from the newest claims only.</summary>
    public bool Partial => Claims < StoreClaims;
}
