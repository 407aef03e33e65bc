#!/usr/bin/env bash
# Browser test of the web page: builds a store from examples/, starts `parley serve` on a free
# loopback port, loads each view in headless Chromium, checks what the DOM shows, saves screenshots.
#
#   Tests/browser/run.sh            (after `swift build`; screenshots go to Tests/browser/out/, git-ignored)
#
# Exits 0 with a "skipped" line when Chromium is not installed and cannot be (apt-get install chromium).
set -uo pipefail
cd "$(dirname "$0")/../.."
OUT=Tests/browser/out
mkdir -p "$OUT"

# PARLEY_CHROMIUM names the browser (empty: none); PARLEY_BROWSER_INSTALL=0 forbids the apt-get install.
CHROME=${PARLEY_CHROMIUM-$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)}
if [ -z "$CHROME" ] && [ "${PARLEY_BROWSER_INSTALL:-1}" = 1 ] && [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
  echo "browser test: installing chromium with apt-get"
  (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium) >/dev/null 2>&1
  CHROME=$(command -v chromium || true)
fi
if [ -z "$CHROME" ]; then
  echo "browser test: skipped (no chromium; install it with 'apt-get install chromium')"
  exit 0
fi

BIN=$(swift build --show-bin-path)/parley
[ -x "$BIN" ] || { echo "browser test: $BIN missing; run 'swift build' first"; exit 1; }

TMP=$(mktemp -d)
SERVER=""
cleanup() { [ -n "$SERVER" ] && kill "$SERVER" 2>/dev/null; wait 2>/dev/null; rm -rf "$TMP"; }
trap cleanup EXIT

"$BIN" ingest examples --store "$TMP/store.sqlite" >"$TMP/ingest.log" 2>&1 || { cat "$TMP/ingest.log"; exit 1; }
PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
"$BIN" serve --store "$TMP/store.sqlite" --host 127.0.0.1 --port "$PORT" 2>"$TMP/serve.log" &
SERVER=$!
BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do curl -sf "$BASE/api/health" >/dev/null && break; sleep 0.1; done
curl -sf "$BASE/api/health" >/dev/null || { echo "browser test: server did not start"; cat "$TMP/serve.log"; exit 1; }

# Ids for the views that need one, read from the API.
json() { python3 -c "import json,sys; d=json.load(sys.stdin); print($1)"; }
ARTICLE=$(curl -sf "$BASE/api/articles?limit=1" | json 'd["items"][0]["article"]')
ACTOR=$(curl -sf "$BASE/api/actors?limit=1" | json 'd["items"][0]["actor"]')
ACTOR_URL=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$ACTOR")
TYPE=$(curl -sf "$BASE/api/events?limit=1" | json 'd["items"][0]["type"]')

failures=0
# check NAME URL WIDTH HEIGHT TEXT...: the page at URL must reach data-state="$STATE" (ready) and show every TEXT.
check() {
  local name=$1 url=$2 w=$3 hgt=$4 state=${STATE:-ready}; shift 4
  local dom="$OUT/$name.html"
  "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$w,$hgt" \
    --virtual-time-budget=10000 --dump-dom "$url" >"$dom" 2>/dev/null
  "$CHROME" --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size="$w,$hgt" \
    --virtual-time-budget=10000 --screenshot="$OUT/$name.png" "$url" >/dev/null 2>&1
  local missing=()
  grep -q "data-state=\"$state\"" "$dom" || missing+=("data-state=$state")
  for text in "$@"; do grep -qF -- "$text" "$dom" || missing+=("$text"); done
  if [ ${#missing[@]} -eq 0 ]; then
    echo "ok   $name"
  else
    echo "FAIL $name: missing ${missing[*]} (see $dom)"
    failures=$((failures + 1))
  fi
}

check timeline        "$BASE/#/timeline"                          1280 800 "Timeline of events by PLOVER type" '<rect class="bar"' 'class="legend"'
check timeline-week   "$BASE/#/timeline?by=week"                  1280 800 "in " '<rect class="bar"'
check events-filtered "$BASE/#/events?type=$TYPE&sort=-date"      1280 800 "<h1>Events</h1>" "class=\"chip q" ">$TYPE<" 'name="type"'
check events-actor    "$BASE/#/events?actor=$ACTOR_URL"           1280 800 ">$ACTOR<"
check network         "$BASE/#/network"                           1280 800 "Actor network" '<line class="edge quad' '<g class="node"'
check map             "$BASE/#/map"                               1280 800 "Where events took place" 'class="graticule"' 'class="land"' ' places, '
check actor           "$BASE/#/actor/$ACTOR_URL"                  1280 800 "<h1>$ACTOR</h1>" "events</h2>"
check article         "$BASE/#/article/$ARTICLE"                  1280 800 'class="hl ' 'hl-entity' 'hl-trigger' 'hl-time' 'data-actor="'
check article-phone   "$BASE/#/article/$ARTICLE"                  390  844 'hl-entity'
check events-phone    "$BASE/#/events"                            390  844 'table class="responsive events"'
# A bad filter in a shared URL shows the API's message instead of a broken page.
STATE=error check bad-filter "$BASE/#/events?from=2018-02-30"     1280 800 "parameter 'from'" 'class="error"'

echo "browser test: screenshots in $OUT/"
if [ $failures -gt 0 ]; then echo "browser test: $failures failed"; exit 1; fi
echo "browser test: all views ok"
