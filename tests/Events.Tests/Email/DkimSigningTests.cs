using System.Security.Cryptography;
using Events.Core.Email;
using Events.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using MimeKit;
using MimeKit.Cryptography;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Security;

namespace Events.Tests.Email;

/// <summary>DKIM: a message signed with the configured key verifies against its public key, and stops verifying once changed.</summary>
public sealed class DkimSigningTests : IDisposable
{
    private readonly RSA _key = RSA.Create(2048);
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "events-dkim-" + Guid.NewGuid().ToString("N"));

    public DkimSigningTests()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(KeyPath, _key.ExportRSAPrivateKeyPem());
    }

    private string KeyPath => Path.Combine(_folder, "dkim.pem");

    private DkimOptions Options => new() { Domain = "events.example.org", Selector = "mail2030", PrivateKeyPath = KeyPath };

    public void Dispose()
    {
        _key.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private sealed class TestKeyLocator(RSA key) : IDkimPublicKeyLocator
    {
        public List<(string Domain, string Selector)> Asked { get; } = [];

        public AsymmetricKeyParameter LocatePublicKey(string methods, string domain, string selector, CancellationToken cancellationToken = default)
        {
            Asked.Add((domain, selector));
            return PublicKeyFactory.CreateKey(key.ExportSubjectPublicKeyInfo());
        }

        public Task<AsymmetricKeyParameter> LocatePublicKeyAsync(string methods, string domain, string selector, CancellationToken cancellationToken = default) =>
            Task.FromResult(LocatePublicKey(methods, domain, selector, cancellationToken));
    }

    private static MimeMessage Message()
    {
        var message = EmailMessage.Create(new MailboxAddress("Ana", "ana@example.org"), "Su plaza está confirmada: Foro de protección",
            "<p>Su inscripción está confirmada.</p>", "Su inscripción está confirmada.\n");
        MailHeaders.ApplySite(message, new SmtpOptions { FromAddress = "news@events.example.org" });
        return message;
    }

    private static bool Verifies(MimeMessage message, TestKeyLocator locator)
    {
        var index = message.Headers.IndexOf(HeaderId.DkimSignature);
        Assert.True(index >= 0, "No DKIM-Signature header.");
        return new DkimVerifier(locator).Verify(message, message.Headers[index]);
    }

    [Fact]
    public void SignedMessage_VerifiesWithThePublicKey_AndATamperedBodyDoesNot()
    {
        var message = Message();
        new DkimSigning(Options).Sign(message);
        var locator = new TestKeyLocator(_key);

        Assert.True(Verifies(message, locator));
        Assert.Equal([("events.example.org", "mail2030")], locator.Asked);
        var signature = message.Headers[HeaderId.DkimSignature];
        Assert.Contains("c=relaxed/relaxed", signature, StringComparison.Ordinal);
        Assert.Contains("auto-submitted", signature, StringComparison.OrdinalIgnoreCase);

        var textPart = message.BodyParts.OfType<TextPart>().First(p => p.IsPlain);
        textPart.Text = "Su inscripción está cancelada.\n";
        Assert.False(Verifies(message, locator));
    }

    [Fact]
    public void ChangedSubject_NoLongerVerifies()
    {
        var message = Message();
        new DkimSigning(Options).Sign(message);

        message.Subject = "Something else";

        Assert.False(Verifies(message, new TestKeyLocator(_key)));
    }

    [Fact]
    public async Task MessageWrittenByTheApp_IsSigned_AndVerifiesAsWritten()
    {
        var drop = Path.Combine(_folder, "mail");
        using var app = new EventsApp(new()
        {
            ["Smtp:DropDirectory"] = drop, ["Smtp:FromAddress"] = "news@events.example.org",
            ["Smtp:Dkim:Domain"] = "events.example.org", ["Smtp:Dkim:Selector"] = "mail2030", ["Smtp:Dkim:PrivateKeyPath"] = KeyPath,
        });
        var ev = await PreviewSeed.EventAsync(app);
        var ana = await ContentLanguageSeed.RegisterAsync(app, ev.Id, "Ana", "es");
        using (var scope = app.Services.CreateScope())
        {
            await scope.ServiceProvider.GetRequiredService<IRegistrationEmailJobs>().SendAsync(ana.Id, EmailKind.Confirmed, CancellationToken.None);
        }

        var written = Assert.Single(ContentLanguageSeed.Take(drop));

        Assert.True(Verifies(written, new TestKeyLocator(_key)));
    }
}
