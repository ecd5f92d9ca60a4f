#!/usr/bin/env bash
# Load-tests `kroniek serve` on loopback with wrk and prints a Markdown table.
#
#   bench/serve.sh                 the demo archive, 10 s per case
#   ARCHIVE=dir bench/serve.sh     another archive
#   DURATION=5s CONNECTIONS=32 bench/serve.sh
#
# Bounded: each wrk run lasts DURATION and talks only to 127.0.0.1; the server is stopped at the
# end. Needs wrk (Debian package `wrk`) and a release build of kroniek.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
duration=${DURATION:-10s}
connections=${CONNECTIONS:-64}
kroniek=${KRONIEK:-$root/target/release/kroniek}

command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 1; }
[ -x "$kroniek" ] || (cd "$root" && cargo build --release -p kroniek-cli >&2)

log=$(mktemp)
trap 'kill "$server" 2>/dev/null || true; rm -f "$log"' EXIT
if [ -n "${ARCHIVE:-}" ]; then
    "$kroniek" serve "$ARCHIVE" --port 0 2>"$log" &
else
    (cd "$(mktemp -d)" && exec "$kroniek" serve --port 0) 2>"$log" &
fi
server=$!
for _ in $(seq 1 600); do
    grep -q "serving on" "$log" && break
    sleep 0.1
done
base=$(sed -n 's/.*serving on \(http:[^ ]*\).*/\1/p' "$log" | head -1)
[ -n "$base" ] || { cat "$log" >&2; exit 1; }

front="${base}"
article="${base}$(curl -s "${base}api/articles" | python3 -c 'import json,sys; print(json.load(sys.stdin)[0]["url"].lstrip("/"))')"

echo "| page | encoding | requests/s | p50 | p99 |"
echo "|---|---|---:|---:|---:|"
for page in front article; do
    url=${!page}
    for encoding in identity br gzip; do
        out=$(wrk -t2 -c"$connections" -d"$duration" --latency -H "Accept-Encoding: $encoding" "$url")
        rps=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
        p50=$(awk '$1 == "50%" {print $2}' <<<"$out")
        p99=$(awk '$1 == "99%" {print $2}' <<<"$out")
        echo "| $page | $encoding | $rps | $p50 | $p99 |"
    done
done
