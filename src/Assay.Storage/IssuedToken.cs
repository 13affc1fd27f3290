namespace Assay.Storage;

/// <summary>A token just issued: the only time its secret is known, since the store keeps its hash alone.</summary>
/// <param name="Id">The token's id, used to revoke it.</param>
/// <param name="UserName">The user it signs in.</param>
/// <param name="Secret">The token itself ("assay_" and 43 base64url characters); show it once.</param>
public sealed record IssuedToken(long Id, string UserName, string Secret)
{
    /// <inheritdoc/>
    public override string ToString() => $"IssuedToken {{ Id = {Id}, UserName = {UserName} }}";
}
