using System.Net;
using System.Text.Json;

namespace Events.Tests.Infrastructure;

public static class HttpAssertions
{
    /// <summary>Asserts a 400 ValidationProblem and returns its field names.</summary>
    public static async Task<string[]> AssertValidationProblemAsync(this HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"Expected 400, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var json = JsonDocument.Parse(body);
        Assert.Equal(400, json.RootElement.GetProperty("status").GetInt32());
        return json.RootElement.GetProperty("errors").EnumerateObject().Select(p => p.Name).ToArray();
    }
}
