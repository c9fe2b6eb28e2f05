using System.Text.Encodings.Web;
using System.Text.Unicode;
using Events.Core.FollowUps;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace Events.Core.Email.Templates;

/// <summary>Renders an <see cref="EmailView"/> outside any request: the Razor template for HTML, <see cref="EmailText"/> for plain text.</summary>
public static class EmailRenderer
{
    // Accented letters stay as they are (the mail is UTF-8), so a French or Spanish message reads in its source too.
    internal static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);

    private static readonly IServiceProvider Services = new ServiceCollection()
        .AddSingleton<ILoggerFactory>(NullLoggerFactory.Instance)
        .AddSingleton(Encoder)
        .BuildServiceProvider();

    public static RenderedEmail Render(EmailView view) => new(view.Subject, Html(view), EmailText.Render(view));

    public static string Html(EmailView view)
    {
        using var renderer = new HtmlRenderer(Services, NullLoggerFactory.Instance);
        var parameters = ParameterView.FromDictionary(new Dictionary<string, object?> { [nameof(EmailTemplate.View)] = view });
        // The template has no asynchronous work: the dispatcher runs it inline and the task is complete on return.
        return renderer.Dispatcher.InvokeAsync(() => renderer.BeginRenderingComponent<EmailTemplate>(parameters).ToHtmlString())
            .GetAwaiter().GetResult();
    }
}
