using System.Text;
using Events.Core.FollowUps;
using Microsoft.AspNetCore.Html;

namespace Events.Web.Reports;

/// <summary>
/// A horizontal bar chart as inline SVG: drawn on the server, no script, styled by attributes (the CSP allows no
/// inline styles), with a title and description for screen readers. The page shows the same numbers in a table.
/// </summary>
public static class SvgBarChart
{
    private const int LabelWidth = 180;
    private const int BarArea = 360;
    private const int Row = 26;

    public static HtmlString Render(string id, string title, string description, IReadOnlyList<(string Label, decimal Value)> bars)
    {
        var max = bars.Count == 0 ? 0 : bars.Max(b => b.Value);
        var height = Math.Max(1, bars.Count) * Row + 8;
        var width = LabelWidth + BarArea + 60;
        var svg = new StringBuilder();
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" aria-labelledby=\"{id}-title {id}-desc\" viewBox=\"0 0 {width} {height}\" width=\"100%\" height=\"{height}\" class=\"chart\">");
        svg.Append(CultureInfo.InvariantCulture, $"<title id=\"{id}-title\">{Html.Encode(title)}</title>");
        svg.Append(CultureInfo.InvariantCulture, $"<desc id=\"{id}-desc\">{Html.Encode(description)}</desc>");
        for (var i = 0; i < bars.Count; i++)
        {
            var (label, value) = bars[i];
            var y = i * Row + 4;
            var length = max == 0 ? 0 : (int)Math.Round(BarArea * value / max);
            var shown = value.ToString("0.####", CultureInfo.InvariantCulture);
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth - 8}\" y=\"{y + 15}\" text-anchor=\"end\" font-size=\"13\" fill=\"#222\">{Html.Encode(label)}</text>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<rect x=\"{LabelWidth}\" y=\"{y}\" width=\"{length}\" height=\"{Row - 8}\" fill=\"#1f5fbf\"><title>{Html.Encode(label)}: {shown}</title></rect>");
            svg.Append(CultureInfo.InvariantCulture,
                $"<text x=\"{LabelWidth + length + 6}\" y=\"{y + 15}\" font-size=\"13\" fill=\"#222\">{shown}</text>");
        }
        svg.Append("</svg>");
        return new HtmlString(svg.ToString());
    }
}
