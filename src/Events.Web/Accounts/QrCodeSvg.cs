using QRCoder;

namespace Events.Web.Accounts;

/// <summary>A QR code as an SVG element for inline use: shapes and fill attributes only, nothing the CSP would block.</summary>
public static class QrCodeSvg
{
    public static string For(string text)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        using var svg = new SvgQRCode(data);
        return svg.GetGraphic(6, "#000000", "#ffffff", drawQuietZones: true, sizingMode: SvgQRCode.SizingMode.ViewBoxAttribute);
    }

    /// <summary>The key in groups of four, as authenticator apps show it.</summary>
    public static string Grouped(string key) =>
        string.Join(' ', key.ToLowerInvariant().Chunk(4).Select(c => new string(c)));
}
