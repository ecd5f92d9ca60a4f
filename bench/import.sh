#!/usr/bin/env bash
# Times `kroniek import` on a generated site mirror and prints pages per second as a Markdown
# table: text and HTML pages, on one core and on all, as a dry run and writing the sources.
#
#   bench/import.sh                       2,000 pages of each format, 5 runs per row
#   PAGES=500 RUNS=3 bench/import.sh      another size or run count
#   KRONIEK=path/to/kroniek bench/import.sh   time that binary instead of building one
#   TRAFILATURA=venv/bin/python bench/import.sh  also time trafilatura on the same HTML pages
#                                         (a Python with trafilatura installed; see
#                                         bench/trafilatura_reference.py)
#
# The mirror comes from bench/scraped_mirror.py (python3, standard library only); it is
# generated once per size, seed and generator source and cached under bench/.work/
# (gitignored). Cargo's target folder is honoured (CARGO_TARGET_DIR or config).
# "One core" is RAYON_NUM_THREADS=1: kroniek imports on rayon's pool and nothing else.
# Exit status: 0 when every row ran, 1 when one failed.
set -euo pipefail

here=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
root=$(cd "$here/.." && pwd)
work="$here/.work"
pages=${PAGES:-2000}
runs=${RUNS:-5}
seed=${SEED:-1}
cores=$(nproc)
status=0

note() { printf '%s\n' "$*" >&2; }

cd "$root"
target=$(cargo metadata --format-version 1 --no-deps 2>/dev/null |
    sed -n 's/.*"target_directory":"\([^"]*\)".*/\1/p' || true)
target=${target:-${CARGO_TARGET_DIR:-$root/target}}
if [ -n "${KRONIEK:-}" ]; then
    kroniek=$KRONIEK
else
    kroniek="$target/release/kroniek"
    note "building kroniek (release) in $target"
    cargo build --release -p kroniek-cli >&2 || note "warning: kroniek-cli did not build"
fi
if [ ! -x "$kroniek" ]; then
    note "error: $kroniek does not exist"
    exit 1
fi

# The mirror, regenerated when the generator changes.
fingerprint=$(sha256sum "$here/scraped_mirror.py" | cut -c1-16)
mirror="$work/mirror-p$pages-s$seed"
if [ "$(cat "$mirror.stamp" 2>/dev/null)" != "$fingerprint" ]; then
    rm -rf "$mirror" "$mirror.stamp"
    mkdir -p "$work"
    note "generating $pages text and $pages HTML pages in $mirror"
    python3 "$here/scraped_mirror.py" --pages "$pages" --seed "$seed" --out "$mirror"
    echo "$fingerprint" >"$mirror.stamp"
fi

# median: the middle value of the numbers on standard input (the lower one of two).
median() {
    sort -g | awk '{ v[NR] = $1 } END { if (NR) print v[int((NR + 1) / 2)] }'
}

now() { date +%s%N; }

rows=()
# measure FORMAT THREADS MODE: RUNS timed imports of the FORMAT pages, one table row.
measure() {
    local format=$1 threads=$2 mode=$3 i walls="" log="$work/import-$1-$2-${3// /-}.log"
    local into
    rm -rf "$work"/import-archive-*
    for ((i = 1; i <= runs; i++)); do
        # A fresh archive each run: the mirror's kroniek.toml, no content. Runs do not reuse
        # one folder: right after deleting thousands of files, ext4's inode allocator spends
        # longer looking for free inodes than kroniek spends writing.
        into="$work/import-archive-$i"
        mkdir -p "$into/content"
        cp "$mirror/kroniek.toml" "$into/"
        local flags=()
        [ "$mode" = "dry run" ] && flags=(--dry-run)
        local start end
        start=$(now)
        if ! RAYON_NUM_THREADS=$threads "$kroniek" import "$mirror/$format" --into "$into" "${flags[@]}" \
            >/dev/null 2>"$log"; then
            note "error: importing the $format pages failed (run $i); last lines of $log:"
            tail -n 20 "$log" >&2
            rows+=("| $format | $mode | $threads | failed | failed | failed |")
            status=1
            return
        fi
        end=$(now)
        walls+="$(awk -v s="$start" -v e="$end" 'BEGIN { printf "%.3f", (e - s) / 1e9 }')"$'\n'
    done
    local wall
    wall=$(printf '%s' "$walls" | median)
    rows+=("$(awk -v f="$format" -v m="$mode" -v t="$threads" -v w="$wall" -v n="$pages" \
        'BEGIN { printf "| %s | %s | %d | %.2f | %.0f | %.2f |", f, m, t, w, n / w, w * t * 1000 / n }')")
    rm -rf "$work"/import-archive-*
}

for format in text html; do
    measure "$format" 1 "dry run"
    measure "$format" "$cores" "dry run"
    measure "$format" "$cores" "write"
done

echo "$pages pages per format, median of $runs runs, $cores cores ($(uname -m)), seed $seed, $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo 'no commit')."
echo
echo "| pages | mode | threads | wall time (s) | pages/s | ms per page per thread |"
echo "| --- | --- | ---: | ---: | ---: | ---: |"
printf '%s\n' "${rows[@]}"
if [ -n "${TRAFILATURA:-}" ]; then
    echo
    "$TRAFILATURA" "$here/trafilatura_reference.py" "$mirror/html" "$runs" || status=1
fi
exit "$status"
