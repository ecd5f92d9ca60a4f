#!/usr/bin/env bash
# Search benchmarks (issue 7): the static bundle, the tantivy index, the Pagefind library and
# the Pagefind CLI on the same generated archive; then query latency and bytes fetched.
#
#   bench/search.sh                  N=10000, 5 runs each
#   SIZES="10000 100000" RUNS=5 WORK=/dev/shm/kroniek-search bench/search.sh
#
# WORK is where archives, bundles and indexes go (100,000 articles take ~3 GiB: use /dev/shm and
# delete it after). The Pagefind CLI runs under `prlimit --as=$PF_AS` (default 12 GiB of address
# space) and `timeout $PF_TIMEOUT` (default 1800 s), so that running out of memory at 100,000
# articles ends that run and not the machine; PFLIB_RUNS=0 skips the Pagefind library.
#
# Needs: release builds of the search example, kroniek and bench/pagefind-lib (built here when
# missing), node and npm (Pagefind's CLI is installed into bench/.work/pagefind-cli), GNU time.
# Prints Markdown rows: wall seconds and peak RSS (MiB) per run, then output size.
set -euo pipefail
here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work=${WORK:-$here/.work}
sizes=${SIZES:-10000}
runs=${RUNS:-5}
pf_as=${PF_AS:-12G}
pf_timeout=${PF_TIMEOUT:-1800}
target=${CARGO_TARGET_DIR:-$root/target}
mkdir -p "$work"
cd "$root"
cargo build --release -q -p kroniek-bench-gen -p kroniek-cli
cargo build --release -q -p kroniek-search --example search_bench
pflib_target=${PFLIB_TARGET:-$target/pagefind-lib}
[ "${PFLIB_RUNS:-1}" = 0 ] || (cd bench/pagefind-lib && CARGO_TARGET_DIR="$pflib_target" cargo build --release -q)
pfdir="$here/.work/pagefind-cli"
if [ ! -x "$pfdir/node_modules/.bin/pagefind" ]; then
    mkdir -p "$pfdir"
    (cd "$pfdir" && echo '{"name":"pf","private":true}' > package.json && npm install -s pagefind)
fi
gen="$target/release/kroniek-bench-gen"
kroniek="$target/release/kroniek"
bench="$target/release/examples/search_bench"
pflib="$pflib_target/release/kroniek-bench-pagefind-lib"
pfcli="$pfdir/node_modules/.bin/pagefind"

measure() { # label command...: one row per run, with the load average before it
    local label=$1; shift
    for run in $(seq "$runs"); do
        local load; load=$(cut -d' ' -f1 /proc/loadavg)
        if ! /usr/bin/time -f "%e %M" -o "$work/time.txt" "$@" > "$work/out.txt" 2>&1; then
            echo "| $label | run $run | failed: $(tail -n 2 "$work/out.txt" | tr '\n' ' ' | cut -c1-160) ($(tail -n 1 "$work/time.txt")) | load $load |"
            continue
        fi
        read -r wall rss < "$work/time.txt"
        echo "| $label | run $run | ${wall} s | $((rss / 1024)) MiB | load $load | $(tail -n 1 "$work/out.txt" | tr '\n' ' ') |"
    done
}

for n in $sizes; do
    archive="$work/n$n/kroniek"
    [ -d "$archive" ] || { rm -rf "$work/n$n"; "$gen" --articles "$n" --out "$work/n$n" --format kroniek --format hugo > /dev/null; }
    site="$work/site-$n"
    if [ ! -d "$site" ]; then
        echo "kroniek build (the site Pagefind's CLI indexes), bundle included:"
        runs=1 measure "kroniek build" "$kroniek" build "$archive" --out "$site"
    fi
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
    [ -d "$work/pflib-$n" ] && echo "| | size | $(du -sm "$work/pflib-$n" | cut -f1) MiB, $(find "$work/pflib-$n" -type f | wc -l) files |"
    for run in $(seq "${PFCLI_RUNS:-$runs}"); do
        rm -rf "$site/pagefind"
        runs=1 measure "Pagefind CLI on the built site (prlimit --as=$pf_as, timeout ${pf_timeout}s)" \
            prlimit --as="$(numfmt --from=iec "$pf_as")" timeout "$pf_timeout" "$pfcli" --site "$site" --output-subdir pagefind
    done
    [ -d "$site/pagefind" ] && echo "| | size | $(du -sm "$site/pagefind" | cut -f1) MiB, $(find "$site/pagefind" -type f | wc -l) files |"
    echo
    echo "query latency (tantivy, 1,000 queries, index already built), $runs runs:"
    for run in $(seq "$runs"); do
        echo "run $run, load $(cut -d' ' -f1 /proc/loadavg): $("$bench" "$archive" queries "$work/tantivy-$n" 1000)"
    done
    echo "bytes fetched, first and second query (kroniek client, then Pagefind's client on the CLI's bundle):"
    node "$here/search-client.mjs" "$work/bundle-$n" "revolutie" "staking"
    [ -d "$site/pagefind" ] && node "$here/pagefind-client.mjs" "$site/pagefind" nl "revolutie" "staking"
done
