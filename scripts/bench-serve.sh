#!/usr/bin/env bash
# Load test of `parley serve` on loopback with wrk: requests per second and latency percentiles for
# the events list over a store of N synthetic events (made by `parley bench-store`), one incident,
# and POST /api/extract.
#
#   scripts/bench-serve.sh [EVENTS=100000] [SECONDS=10] [CONNECTIONS=32] [THREADS=2]
#
# Repeated requests are answered from the server's response cache; the "random offset" line asks
# pages that are mostly not cached yet, so it measures the store queries and the JSON encoding.
# Builds with -c release. Needs wrk (apt-get install wrk). The store is kept in .build-bench-serve/.
set -euo pipefail
cd "$(dirname "$0")/.."
EVENTS=${1:-100000}; DURATION=${2:-10}; CONNS=${3:-32}; THREADS=${4:-2}
command -v wrk >/dev/null || { echo "bench-serve: wrk is not installed (apt-get install wrk)"; exit 1; }
swift build -c release --product parley >/dev/null
BIN=$(swift build -c release --show-bin-path)/parley
DIR=.build-bench-serve
mkdir -p "$DIR"
if [ ! -f "$DIR/bench.sqlite" ] || [ "$(cat "$DIR/events" 2>/dev/null)" != "$EVENTS" ]; then
  "$BIN" bench-store --articles 1000 --events "$EVENTS" --folder "$DIR" | grep -E "^(ingest|bulk)"
  echo "$EVENTS" > "$DIR/events"
fi
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --store "$DIR/bench.sqlite" --port "$PORT" 2>"$DIR/serve.log" &
SERVER=$!
trap 'kill $SERVER 2>/dev/null; wait 2>/dev/null' EXIT
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -sf "$BASE/api/health" >/dev/null && break; sleep 0.1; done
echo "store: $(curl -sf "$BASE/api/health")"
INCIDENT=$(curl -sf "$BASE/api/incidents?limit=1&offset=500" | python3 -c 'import json,sys; print(json.load(sys.stdin)["items"][0]["incident_id"])')
cat > "$DIR/extract.lua" <<'LUA'
wrk.method = "POST"
wrk.headers["Content-Type"] = "text/plain"
wrk.body = "OTTAWA, March 4 (Wire) -- The foreign ministers of Canada and Japan met in Ottawa on Monday to discuss trade and fisheries, the ministry said. \"We agreed to meet again in Tokyo next month,\" the Canadian minister told reporters. Japan also protested a missile launch by North Korea."
LUA
cat > "$DIR/pages.lua" <<'LUA'
math.randomseed(os.time())
request = function()
  return wrk.format("GET", "/api/events?offset=" .. math.random(0, 99950))
end
LUA
run() {
  local name=$1; shift
  local out
  out=$(wrk -t"$THREADS" -c"$CONNS" -d"${DURATION}s" --latency "$@")
  local rps p50 p99
  rps=$(echo "$out" | awk '/Requests\/sec/ {print $2}')
  p50=$(echo "$out" | awk '$1=="50%" {print $2}')
  p99=$(echo "$out" | awk '$1=="99%" {print $2}')
  local errors
  errors=$(echo "$out" | awk '/Non-2xx/ {print $NF}')
  local socket
  socket=$(echo "$out" | awk -F': ' '/Socket errors/ {print $2}')
  printf "%-44s %10s req/s   p50 %8s   p99 %8s   non-2xx %s%s\n" "$name" "$rps" "$p50" "$p99" "${errors:-0}" \
    "${socket:+   socket errors: $socket}"
}
echo "load: $(uptime | sed 's/.*load average: //')"
echo "wrk: $THREADS threads, $CONNS connections, ${DURATION} s each, loopback"
run "GET /api/events (50 rows, no filter)"        "$BASE/api/events"
run "GET /api/events?country=FRA&type=AID"        "$BASE/api/events?country=FRA&type=AID"
run "GET /api/events?offset=1000"                 "$BASE/api/events?offset=1000"
run "GET /api/events?offset=random (uncached)"  -s "$DIR/pages.lua" "$BASE/api/events"
run "GET /api/incidents/{id}"                     "$BASE/api/incidents/$INCIDENT"
run "POST /api/extract (one short article)"       -s "$DIR/extract.lua" "$BASE/api/extract"
