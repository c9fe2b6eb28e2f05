using Events.Core.Content;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.Localization;

namespace Events.Web.Localization;

/// <summary>
/// <c>&lt;content-text value="@text" /&gt;</c>: an event's own text in the reader's language, marked with its
/// language and, where no translation exists and the original is shown, a visible "(in English)".
/// </summary>
[HtmlTargetElement("content-text", TagStructure = TagStructure.WithoutEndTag)]
public sealed class ContentTextTagHelper(IStringLocalizer<SharedResource> texts) : TagHelper
{
    public LocalizedText? Value { get; set; }

    public override void Process(TagHelperContext context, TagHelperOutput output)
    {
        output.TagName = null;
        if (Value is null || string.IsNullOrEmpty(Value.Text))
        {
            output.SuppressOutput();
            return;
        }
        output.Content.AppendHtml($"<span lang=\"{Value.Language}\">");
        output.Content.Append(Value.Text);
        output.Content.AppendHtml("</span>");
        if (Value.IsFallback)
        {
            output.Content.AppendHtml(" <span class=\"in-language\">");
            output.Content.Append(texts["@InLanguage." + Value.Language]);
            output.Content.AppendHtml("</span>");
        }
    }
}

/// <summary>The reader's language for event content: the page's own (cookie, <c>?lang=</c>, browser).</summary>
public static class ReaderLanguage
{
    public static string Current => CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;

    public static ContentReader For(Core.Events.Event evt) => ContentReader.For(evt, Current);
}
