#!/usr/bin/env bash
# Search benchmarks (issue 7): the static bundle, the tantivy index, the Pagefind library and
# the Pagefind CLI on the same generated archive; then query latency and bytes fetched.
#
#   bench/search.sh                  N=10000, 3 runs each
#   SIZES="10000 100000" RUNS=5 bench/search.sh
#
# Needs: release builds of the search example, kroniek and bench/pagefind-lib (built here when
# missing), node and npm (Pagefind's CLI is installed into bench/.work/pagefind-cli), GNU time.
# Prints Markdown rows: wall seconds and peak RSS (MiB) per run, then output size.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work="$here/.work"
sizes=${SIZES:-10000}
runs=${RUNS:-3}
target=${CARGO_TARGET_DIR:-$root/target}
mkdir -p "$work"
cd "$root"
cargo build --release -q -p kroniek-bench-gen -p kroniek-cli
cargo build --release -q -p kroniek-search --example search_bench
pflib_target=${PFLIB_TARGET:-$target/pagefind-lib}
(cd bench/pagefind-lib && CARGO_TARGET_DIR="$pflib_target" cargo build --release -q)
if [ ! -x "$work/pagefind-cli/node_modules/.bin/pagefind" ]; then
    mkdir -p "$work/pagefind-cli"
    (cd "$work/pagefind-cli" && echo '{"name":"pf","private":true}' > package.json && npm install -s pagefind)
fi
gen="$target/release/kroniek-bench-gen"
kroniek="$target/release/kroniek"
bench="$target/release/examples/search_bench"
pflib="$pflib_target/release/kroniek-bench-pagefind-lib"
pfcli="$work/pagefind-cli/node_modules/.bin/pagefind"

measure() { # label command...: one row per run
    local label=$1; shift
    for run in $(seq "$runs"); do
        /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1 || { echo "| $label | failed |"; cat "$work/out.txt" >&2; return; }
        read -r wall rss < "$work/time.txt"
        echo "| $label | run $run | ${wall} s | $((rss / 1024)) MiB | $(tail -n 1 "$work/out.txt" | tr '\n' ' ') |"
    done
}

for n in $sizes; do
    archive="$work/n$n/kroniek"
    [ -d "$archive" ] || { rm -rf "$work/n$n"; "$gen" --articles "$n" --out "$work/n$n" --format kroniek --format hugo > /dev/null; }
    site="$work/site-$n"
    [ -d "$site" ] || "$kroniek" build "$archive" --out "$site" > /dev/null 2>&1
    echo "### $n articles"
    rm -rf "$work/bundle-$n"; measure "kroniek static bundle" "$bench" "$archive" bundle "$work/bundle-$n"
    echo "| | size | $(du -sm "$work/bundle-$n/search" | cut -f1) MiB, $(find "$work/bundle-$n/search" -type f | wc -l) files |"
    for run in $(seq "$runs"); do
        rm -rf "$work/tantivy-$n"; runs=1 measure "tantivy index" "$bench" "$archive" tantivy "$work/tantivy-$n"
    done
    echo "| | size | $(du -sm "$work/tantivy-$n" | cut -f1) MiB |"
    # The library takes minutes and gigabytes: PFLIB_RUNS (default 1) runs.
    for run in $(seq "${PFLIB_RUNS:-1}"); do
        rm -rf "$work/pflib-$n"; runs=1 measure "Pagefind library (add_custom_record)" "$pflib" "$archive" "$work/pflib-$n"
    done
    echo "| | size | $(du -sm "$work/pflib-$n" | cut -f1) MiB, $(find "$work/pflib-$n" -type f | wc -l) files |"
    for run in $(seq "$runs"); do
        rm -rf "$site/pagefind"; runs=1 measure "Pagefind CLI on the built site" "$pfcli" --site "$site" --output-subdir pagefind
    done
    echo "| | size | $(du -sm "$site/pagefind" | cut -f1) MiB, $(find "$site/pagefind" -type f | wc -l) files |"
    echo
    echo "query latency (tantivy, 1,000 queries, index already built):"
    "$bench" "$archive" queries "$work/tantivy-$n" 1000
    echo "bytes fetched, first and second query (kroniek client, then Pagefind's client on the CLI's bundle):"
    node "$here/search-client.mjs" "$work/bundle-$n" "revolutie" "staking"
    node "$here/pagefind-client.mjs" "$site/pagefind" nl "revolutie" "staking"
done
