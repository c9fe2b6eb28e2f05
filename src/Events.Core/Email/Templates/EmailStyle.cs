namespace Events.Core.Email.Templates;

/// <summary>
/// The template's inline styles: mail clients drop or rewrite style sheets, so every element carries its own.
/// Colours keep their contrast when a client inverts them for dark mode; the style sheet in the head refines them where honoured.
/// </summary>
internal static class EmailStyle
{
    public const string Font = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";
    public const string Body = "margin:0;padding:0;width:100%;background-color:#eef1f5;";
    public const string Outer = "width:100%;background-color:#eef1f5;";
    public const string Card = "width:100%;max-width:600px;background-color:#ffffff;border:1px solid #d5dbe3;border-radius:6px;";
    public const string Header = Font + "padding:20px 24px;background-color:#1d3b6e;color:#ffffff;border-radius:6px 6px 0 0;";
    public const string Title = Font + "margin:0;font-size:22px;line-height:1.3;font-weight:bold;color:#ffffff;";
    public const string Cell = Font + "padding:20px 24px;font-size:16px;line-height:1.5;color:#1f2933;";
    public const string Paragraph = "margin:0 0 14px 0;";
    public const string Message = "margin:0 0 14px 0;white-space:pre-line;";
    public const string Heading = Font + "margin:22px 0 8px 0;font-size:18px;line-height:1.3;color:#1d3b6e;";
    public const string SessionTitle = Font + "margin:0 0 6px 0;font-size:17px;line-height:1.3;color:#1f2933;";
    public const string Note = "margin:0 0 14px 0;padding:10px 14px;border-left:4px solid #1d3b6e;background-color:#f2f5fa;";
    public const string Facts = "width:100%;margin:0 0 14px 0;background-color:#f2f5fa;border-radius:4px;";
    public const string FactLabel = Font + "padding:2px 12px 2px 0;font-size:14px;color:#4a5563;vertical-align:top;";
    public const string FactValue = Font + "padding:2px 0;font-size:15px;color:#1f2933;vertical-align:top;";
    public const string ButtonCell = "border-radius:4px;background-color:#1d4ed8;";
    public const string Button = Font + "display:inline-block;padding:12px 24px;font-size:16px;font-weight:bold;line-height:1.2;color:#ffffff;text-decoration:none;border-radius:4px;";
    public const string Warning = "margin:0 0 14px 0;font-size:14px;color:#8a4b00;";
    public const string Link = "color:#1d4ed8;text-decoration:underline;";
    public const string Small = "margin:0 0 10px 0;font-size:14px;color:#4a5563;";
    public const string Table = "width:100%;border-collapse:collapse;margin:0 0 14px 0;";
    public const string Th = Font + "padding:6px 8px 6px 0;font-size:13px;text-align:left;color:#4a5563;border-bottom:1px solid #d5dbe3;";
    public const string Td = Font + "padding:6px 8px 6px 0;font-size:14px;vertical-align:top;color:#1f2933;border-bottom:1px solid #e5e9ef;";
    public const string List = "margin:0 0 14px 0;padding-left:22px;";
    public const string Footer = Font + "padding:16px 24px;font-size:12px;line-height:1.5;color:#4a5563;border-top:1px solid #d5dbe3;";

    /// <summary>For the clients that honour a style sheet: dark colours and a narrow-screen padding.</summary>
    public const string Sheet = """
        :root{color-scheme:light dark;supported-color-schemes:light dark}
        a{word-break:break-word}
        @media (max-width:480px){.cell{padding:16px!important}.button a{display:block!important;text-align:center!important}
        .fact td{display:block!important;padding:0!important}.fact td+td{padding-bottom:6px!important}}
        @media (prefers-color-scheme:dark){
        body,.outer{background-color:#111418!important}
        .card{background-color:#1b1f24!important;border-color:#3a424d!important}
        .cell,.cell td,.cell th,.footer{color:#e6e9ee!important}
        .small,.fact td:first-child{color:#b8c0cc!important}
        .footer{border-color:#3a424d!important}
        .facts,.note{background-color:#252b33!important}
        .heading{color:#9ec1ff!important}
        .link{color:#9ec1ff!important}
        .warning{color:#ffc46b!important}
        }
        """;
}
