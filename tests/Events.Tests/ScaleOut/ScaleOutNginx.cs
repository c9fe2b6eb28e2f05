using System.Globalization;

namespace Events.Tests.ScaleOut;

/// <summary>nginx as the reverse proxy in front of the web instances: sticky by client address, WebSockets passed through.</summary>
internal static class ScaleOutNginx
{
    public static string? Binary() =>
        new[] { "/usr/sbin/nginx", "/usr/local/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists);

    /// <summary>The README's configuration, with every path inside <paramref name="directory"/> so it runs unprivileged and leaves nothing behind.</summary>
    public static string Config(string directory, int listenPort, IEnumerable<int> upstreamPorts)
    {
        var servers = string.Concat(upstreamPorts.Select(p => string.Create(CultureInfo.InvariantCulture, $"        server 127.0.0.1:{p};\n")));
        return $$"""
            worker_processes 1;
            daemon off;
            pid {{directory}}/nginx.pid;
            error_log {{directory}}/error.log warn;
            events { worker_connections 1024; }
            http {
                access_log off;
                client_body_temp_path {{directory}}/client_body;
                proxy_temp_path {{directory}}/proxy;
                fastcgi_temp_path {{directory}}/fastcgi;
                uwsgi_temp_path {{directory}}/uwsgi;
                scgi_temp_path {{directory}}/scgi;
                map $http_upgrade $connection_upgrade { default upgrade; '' close; }
                upstream events {
                    # SignalR's negotiate and the connection that follows must reach the same instance.
                    hash $remote_addr consistent;
            {{servers}}    }
                server {
                    listen 127.0.0.1:{{listenPort}};
                    location / {
                        proxy_pass http://events;
                        proxy_http_version 1.1;
                        proxy_set_header Upgrade $http_upgrade;
                        proxy_set_header Connection $connection_upgrade;
                        proxy_set_header Host $host;
                        proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;
                        proxy_set_header X-Forwarded-Proto $scheme;
                        proxy_read_timeout 1h;
                        proxy_buffering off;
                    }
                }
            }
            """;
    }
}
