#!/usr/bin/env bash
# Runs every fuzz target in turn for $1 seconds (default 60), niced, one at a time; stops at the
# first crash (libFuzzer exits non-zero and leaves the input in artifacts/<target>/).
set -euo pipefail
cd "$(dirname "$0")"
seconds="${1:-60}"
# Every target needs its features: import_text/import_html `import`, search_query `search`.
for target in $(cargo +nightly fuzz list); do
  mkdir -p "corpus/$target"
  echo "== $target: ${seconds}s"
  nice -n 15 cargo +nightly fuzz run -O --features "${KRONIEK_FUZZ_FEATURES:-import,search}" "$target" "corpus/$target" "seeds/$target" -- \
    -max_total_time="$seconds" -rss_limit_mb=2048 -timeout=10 -print_final_stats=1
done
