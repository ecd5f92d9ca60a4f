#!/usr/bin/env bash
# Times `kroniek build` on synthetic archives and prints the result as a Markdown table.
#
#   bench/build.sh                      N = 1000 and 10000, 5 runs each
#   SIZES="1000" RUNS=3 bench/build.sh  other sizes or run counts
#   PEERS=1 bench/build.sh              also time Hugo and Zola on the same articles
#                                       (when `hugo` / `zola` are on PATH)
#   KRONIEK=path/to/kroniek bench/build.sh   time that binary instead of building one
#
# Archives are generated once per size, seed and generator source, and cached under
# bench/.work/ (gitignored). Cargo's target folder is honoured (CARGO_TARGET_DIR or config).
# Exit status: 0 when every requested timing ran, 1 when one was skipped or failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work="$here/.work"
sizes=${SIZES:-"1000 10000"}
runs=${RUNS:-5}
seed=${SEED:-1}
peers=${PEERS:-0}
status=0

note() { printf '%s\n' "$*" >&2; }

# GNU time measures wall time and peak RSS; Debian ships it as the package `time`.
if [ ! -x /usr/bin/time ]; then
    note "installing GNU time (Debian package 'time')"
    sudo=""
    [ "$(id -u)" = 0 ] || sudo="sudo"
    $sudo apt-get install -y time >&2 || { $sudo apt-get update >&2 && $sudo apt-get install -y time >&2; }
fi

cd "$root"
target=$(cargo metadata --format-version 1 --no-deps 2>/dev/null |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p' || true)
target=${target:-${CARGO_TARGET_DIR:-$root/target}}
generator="$target/release/kroniek-bench-gen"

note "building the generator (release) in $target"
cargo build --release -p kroniek-bench-gen >&2
# KRONIEK=/path/to/kroniek times that binary instead of building one.
if [ -n "${KRONIEK:-}" ]; then
    kroniek=$KRONIEK
else
    kroniek="$target/release/kroniek"
    note "building kroniek (release)"
    if ! cargo build --release -p kroniek-cli >&2; then
        note "warning: kroniek-cli did not build; its timings are skipped"
    fi
fi
if [ ! -x "$kroniek" ]; then
    note "warning: $kroniek does not exist; its timings are skipped"
fi

# The cache key: the generator's sources, so a changed generator regenerates the archives.
fingerprint=$(cat "$here/generator/Cargo.toml" $(find "$here/generator/src" -type f | LC_ALL=C sort) |
    sha256sum | cut -c1-16)
formats=(--format kroniek)
suffix=""
if [ "$peers" = 1 ]; then
    formats=(--format kroniek --format hugo --format zola)
    suffix="-peers"
fi

# archive N: the cached archive folder for N articles (generated when missing or stale).
archive() {
    local n=$1 dir="$work/n$1-s$seed$suffix"
    if [ "$(cat "$dir.stamp" 2>/dev/null)" != "$fingerprint" ]; then
        rm -rf "$dir" "$dir.stamp"
        mkdir -p "$work"
        note "generating $n articles in $dir"
        "$generator" --articles "$n" --seed "$seed" --out "$dir" "${formats[@]}" >&2
        echo "$fingerprint" >"$dir.stamp"
    fi
    printf '%s\n' "$dir"
}

# median: the middle value of the numbers on standard input (the lower one of two).
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'
}

rows=()
# measure TOOL N OUT COMMAND...: RUNS timed runs into a fresh OUT, one table row.
measure() {
    local tool=$1 n=$2 out=$3
    shift 3
    local walls="" rss="" i log="$work/$tool-$n.log" times="$work/$tool-$n.time"
    for ((i = 1; i <= runs; i++)); do
        rm -rf "$out"
        if ! /usr/bin/time -f '%e %M' -o "$times" "$@" >"$log" 2>&1; then
            note "error: $tool on $n articles failed (run $i); last lines of $log:"
            tail -n 20 "$log" >&2
            rows+=("| $tool | $n | failed | failed |")
            status=1
            return
        fi
        read -r wall kib <"$times"
        walls+="$wall"$'\n'
        rss+="$kib"$'\n'
    done
    local wall_median rss_median
    wall_median=$(printf '%s' "$walls" | median)
    rss_median=$(printf '%s' "$rss" | median | awk '{ printf "%.1f", $1 / 1024 }')
    rows+=("| $tool | $n | $wall_median | $rss_median |")
    rm -rf "$out"
}

for n in $sizes; do
    dir=$(archive "$n")
    source_dir="$dir"
    [ "$peers" = 1 ] && source_dir="$dir/kroniek"
    if [ -x "$kroniek" ]; then
        measure kroniek "$n" "$work/out-kroniek-$n" "$kroniek" build "$source_dir" --out "$work/out-kroniek-$n"
    else
        rows+=("| kroniek | $n | skipped | skipped |")
        status=1
    fi
    if [ "$peers" = 1 ]; then
        if command -v hugo >/dev/null; then
            measure hugo "$n" "$work/out-hugo-$n" \
                hugo --source "$dir/hugo" --destination "$work/out-hugo-$n" --quiet
        else
            note "warning: hugo is not on PATH; skipped"
            rows+=("| hugo | $n | skipped | skipped |")
        fi
        if command -v zola >/dev/null; then
            measure zola "$n" "$work/out-zola-$n" \
                zola --root "$dir/zola" build --output-dir "$work/out-zola-$n"
        else
            note "warning: zola is not on PATH; skipped"
            rows+=("| zola | $n | skipped | skipped |")
        fi
    fi
done

echo "Median of $runs runs, $(nproc) cores, seed $seed, $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo 'no commit')."
echo
echo "| tool | articles | wall time (s) | peak RSS (MiB) |"
echo "| --- | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
exit "$status"
