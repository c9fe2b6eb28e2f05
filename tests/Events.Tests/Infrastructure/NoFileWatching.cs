using System.Runtime.CompilerServices;

namespace Events.Tests.Infrastructure;

internal static class NoFileWatching
{
    /// <summary>
    /// Hundreds of test hosts each watching their config and content files exhaust the user's inotify instances (128 on
    /// Debian); nothing in a test edits those files, so hosts neither reload configuration nor watch with inotify.
    /// </summary>
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
