#!/usr/bin/env bash
# The live room benchmark: the real web app (Release, SQLite, its in-process job server) on CPU 0, one Node load
# generator on CPU 1; then the raw Kestrel WebSocket floor on CPU 0 against the same generator. One size at a time,
# each on a fresh database. Usage: bench/room/run.sh [sizes, default 1000]   e.g. bench/room/run.sh 1000,5000,10000
# Environment: ROUNDS (20), WARMUP (10 at least: warm-up goes on, 20 s to 2 min, until three rounds in a row without background JIT), VOTES (1000 voters at most), IN_FLIGHT (64), SOURCES (4 loopback source
# addresses), PORT (5181), FLOOR_PORT (5182), SKIP_BUILD=1, KEEP=1 (keep the data folders), FLOOR=0 (the product only:
# before/after comparisons of one change, the floor measured once beside them), STATEFUL=1 (clients with stateful
# reconnect, to measure its cost; the attendee page goes without it, staff pages use it; implies CLIENT=signalr),
# CLIENT=signalr (the Node SignalR library as the clients, instead of its protocol over bare sockets parsed as the floor's).
set -euo pipefail
sizes=${1:-1000}
root=$(cd "$(dirname "$0")/../.." && pwd)
here="$root/bench/room"
port=${PORT:-5181}
floor_port=${FLOOR_PORT:-5182}
rounds=${ROUNDS:-20}
warmup=${WARMUP:-10}
in_flight=${IN_FLIGHT:-64}
export SOURCES=${SOURCES:-4} CLK_TCK=$(getconf CLK_TCK)

# Two sockets per connection on one machine (client and server ends), in two processes: 10,000 need far more than 1,024.
# Each process holds its own end only, so 10,000 attendees need a little over 10,000 descriptors in each; where the hard
# limit is lower than 65,536 (a container without CAP_SYS_RESOURCE) the hard limit is taken.
ulimit -n 65536 2>/dev/null || ulimit -n "$(ulimit -Hn)"
echo "# open-file limit: $(ulimit -n)" >&2

if [[ -z ${SKIP_BUILD:-} ]]; then
  dotnet build "$root/src/Events.Web" -c Release -v q -nologo | grep -E " error |rror\(s\)" || true
  dotnet build "$root/bench/Events.Bench.Floor" -c Release -v q -nologo | grep -E " error |rror\(s\)" || true
fi
[[ -d $here/node_modules ]] || (cd "$here" && npm ci --no-audit --no-fund --ignore-scripts)

out=$(mktemp -d /tmp/events-room.XXXXXX)
server=""
stop_server() {
  if [[ -n $server ]]; then kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; server=""; fi
}
trap 'stop_server; [[ -n ${KEEP:-} ]] || rm -rf "$out"/data-*' EXIT

wait_for() { # url, seconds, log
  for _ in $(seq 1 "$2"); do
    curl -fs -o /dev/null "$1" && return 0
    kill -0 "$server" 2>/dev/null || { echo "the server stopped; its log: $3" >&2; tail -20 "$3" >&2; return 1; }
    sleep 1
  done
  echo "no answer from $1" >&2; return 1
}

{
  echo "# Live room benchmark, $(date -u '+%Y-%m-%d %H:%M') UTC, $(nproc) cores, $(. /etc/os-release; echo "$PRETTY_NAME"), $(dotnet --version) SDK, node $(node --version)"
  echo "# load average at start: $(cut -d' ' -f1-3 /proc/loadavg); server on CPU 0, load generator on CPU 1; $rounds rounds after at least $warmup warm-up (more until the tiered JIT is quiet)"
} | tee "$out/header.txt"

for n in ${sizes//,/ }; do
  data="$out/data-$n"
  mkdir -p "$data/mail"
  # The web app as the README runs it (SQLite, in-process job server, drop-folder email), in an environment of its
  # own ("Benchmark": not Development's pages, and Production refuses the drop folder), with the demo accounts printed (the administrator publishes the event) and the per-address limit on public writes raised:
  # here every registrant comes from a handful of loopback addresses.
  (cd "$root/src/Events.Web" && exec env ASPNETCORE_ENVIRONMENT=Benchmark ASPNETCORE_URLS="http://127.0.0.1:$port" \
    Site__BaseUrl="http://127.0.0.1:$port" Database__DataDirectory="$data" Smtp__DropDirectory="$data/mail" \
    Demo__Enabled=true Accounts__RequireTwoFactorForOrganisers=false RateLimits__PublicWritesPerMinute=1000000 \
    Logging__LogLevel__Default=Warning \
    taskset -c 0 dotnet bin/Release/net10.0/Events.Web.dll) > "$data/server.log" 2>&1 &
  server=$!
  wait_for "http://127.0.0.1:$port/health/ready" 180 "$data/server.log"
  password=$(grep -oP 'Administrator \(creates forums\): \S+\s+password: \K\S+' "$data/server.log" | tail -1)
  taskset -c 1 node --max-old-space-size=8192 "$here/product.js" --base "http://127.0.0.1:$port" --pid "$server" --n "$n" --rounds "$rounds" \
    --warmup "$warmup" --votes "${VOTES:-1000}" --inFlight "$in_flight" --mail "$data/mail" --adminPassword "$password" \
    --out "$out/product-$n.json" > /dev/null
  stop_server
  size=$(node -e "console.log(require('$out/product-$n.json').messageBytes)")
  [[ ${FLOOR:-1} != 0 ]] || continue

  (exec taskset -c 0 dotnet "$root/bench/Events.Bench.Floor/bin/Release/net10.0/Events.Bench.Floor.dll" \
    --urls "http://127.0.0.1:$floor_port") > "$data/floor.log" 2>&1 &
  server=$!
  wait_for "http://127.0.0.1:$floor_port/count" 60 "$data/floor.log"
  taskset -c 1 node --max-old-space-size=8192 "$here/floor.js" --url "ws://127.0.0.1:$floor_port/ws" --pid "$server" --n "$n" --rounds "$rounds" \
    --warmup "$warmup" --size "$size" --inFlight "$in_flight" --out "$out/floor-$n.json" > /dev/null
  stop_server
done

echo
node "$here/report.js" "$out" | tee "$out/table.md"
echo
echo "# figures: $out (product-N.json, floor-N.json, table.md); load average at the end: $(cut -d' ' -f1-3 /proc/loadavg)"
