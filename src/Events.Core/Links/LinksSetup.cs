namespace Events.Core.Links;

public static class LinksSetup
{
    /// <summary>Both hosts: the web looks links up, the worker writes them into emails; they must share the secret.</summary>
    public static IServiceCollection AddPersonalLinks(this IServiceCollection services)
    {
        services.AddOptions<LinkOptions>().BindConfiguration(LinkOptions.Section)
            .Validate(LinkOptions.IsValid, $"Links:Secret must be base64 of at least {LinkOptions.MinSecretBytes} bytes.").ValidateOnStart();
        services.AddSingleton<LinkSecret>();
        services.AddSingleton<PersonalLinks>();
        services.AddScoped<LinkReplacement>();
        services.AddScoped<PersonalDataExport>();
        return services;
    }
}
