namespace Events.Core.Email;

/// <summary>
/// <c>Smtp:Dkim</c>: when all three are set, every outgoing message is signed, so receivers accept mail sent directly
/// rather than through a relay that signs for us. The key is a PEM file (PKCS#1 or PKCS#8 RSA private key).
/// </summary>
public sealed class DkimOptions
{
    public string? Domain { get; set; }
    public string? Selector { get; set; }
    public string? PrivateKeyPath { get; set; }

    public bool IsEnabled =>
        !string.IsNullOrWhiteSpace(Domain) && !string.IsNullOrWhiteSpace(Selector) && !string.IsNullOrWhiteSpace(PrivateKeyPath);
}
