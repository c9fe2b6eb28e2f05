#!/usr/bin/env bash
# The registration benchmark, pinned as the room benchmark: the server on CPU 0, the people registering (a process of
# their own) on CPU 1. Arguments go to the program: --count, --in-flight, --capacity, --warmup, --postgres "<connection>".
set -euo pipefail
cd "$(dirname "$0")/.."
[ "${SKIP_BUILD:-0}" = 1 ] || dotnet build -c Release bench/Events.Bench.Registrations -v quiet -nologo >/dev/null
dll=bench/Events.Bench.Registrations/bin/Release/net10.0/Events.Bench.Registrations.dll
if command -v taskset >/dev/null && [ "$(nproc)" -ge 2 ]; then
  exec taskset -c 0 dotnet "$dll" --client-cpu 1 "$@"
fi
exec dotnet "$dll" "$@"
