#!/usr/bin/env python3
"""Body-text quality of kroniek's HTML import on a public news benchmark, next to trafilatura.

    bench/news_benchmark.py AEB_DIR [--trafilatura PYTHON] [--repeat N] [--reference NAME ...]

AEB_DIR is a checkout of the Scrapinghub article-extraction-benchmark (html/*.html.gz,
ground-truth.json, evaluate.py). It is third-party data: keep it outside the repository and
never commit it. The script

1. unpacks the 181 pages into bench/.work/news/html/ (gitignored);
2. runs kroniek's import on every page (the `news_text` example of kroniek-import, release
   build) and writes the recovered body text as bench/.work/news/output/kroniek.json — the body
   is every section heading, paragraph, list item, quotation and sub-heading, then the works
   and notes; not the title, subtitle, kicker or byline (the benchmark's articleBody leaves the
   headline out too);
3. with --trafilatura PYTHON (a Python with trafilatura installed), runs trafilatura.extract()
   with the settings the benchmark's own runner uses (include_comments=False) on the same pages
   and times it (one process, one core, median of --repeat passes);
4. copies the published outputs named by --reference (e.g. trafilatura rs_trafilatura
   dom_smoothie) from AEB_DIR/output/ as published_<name>.json, to check the scoring;
5. scores every output with the benchmark's own evaluate.py, run from AEB_DIR as a tool:
   F1, precision and recall over 4-word shingles, averaged per page.

With --repeat N, kroniek's and trafilatura's time per page is the median of N passes over all
pages, on one thread.
"""

import argparse
import gzip
import os
import shutil
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(HERE)
WORK = os.path.join(HERE, ".work", "news")

TRAFILATURA_RUNNER = r"""
import json, os, statistics, sys, time
import trafilatura
html_dir, out, repeat = sys.argv[1], sys.argv[2], int(sys.argv[3])
pages = {}
for name in sorted(os.listdir(html_dir)):
    if name.endswith(".html"):
        with open(os.path.join(html_dir, name), encoding="utf8") as f:
            pages[name[:-5]] = f.read()
output = {k: {"articleBody": trafilatura.extract(v, include_comments=False) or ""} for k, v in pages.items()}
with open(out, "w", encoding="utf8") as f:
    json.dump({"version": trafilatura.__version__, "output": output}, f)
times = []
for _ in range(repeat if repeat > 1 else 0):
    start = time.perf_counter()
    for v in pages.values():
        trafilatura.extract(v, include_comments=False)
    times.append((time.perf_counter() - start) * 1000 / len(pages))
if times:
    print(f"trafilatura {trafilatura.__version__}: {statistics.median(times):.2f} ms per page "
          f"(median of {repeat} passes, one process)", file=sys.stderr)
"""


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("aeb_dir")
    parser.add_argument("--trafilatura", metavar="PYTHON")
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--reference", nargs="*", default=[])
    args = parser.parse_args()
    aeb = os.path.abspath(args.aeb_dir)
    for needed in ("html", "ground-truth.json", "evaluate.py"):
        if not os.path.exists(os.path.join(aeb, needed)):
            sys.exit(f"error: {aeb} has no {needed}; is it the article-extraction-benchmark?")

    html_dir = os.path.join(WORK, "html")
    out_dir = os.path.join(WORK, "output")
    shutil.rmtree(out_dir, ignore_errors=True)
    os.makedirs(html_dir, exist_ok=True)
    os.makedirs(out_dir)
    src = os.path.join(aeb, "html")
    for name in sorted(os.listdir(src)):
        if name.endswith(".html.gz"):
            target = os.path.join(html_dir, name[:-3])
            if not os.path.exists(target):
                with gzip.open(os.path.join(src, name), "rb") as f, open(target, "wb") as g:
                    g.write(f.read())
    shutil.copy(os.path.join(aeb, "ground-truth.json"), os.path.join(WORK, "ground-truth.json"))

    subprocess.run(["cargo", "build", "--release", "-q", "-p", "kroniek-import", "--example", "news_text"],
                   cwd=ROOT, check=True)
    target = os.environ.get("CARGO_TARGET_DIR", os.path.join(ROOT, "target"))
    binary = os.path.join(target, "release", "examples", "news_text")
    subprocess.run([binary, html_dir, os.path.join(out_dir, "kroniek.json"), str(args.repeat)], check=True)

    if args.trafilatura:
        subprocess.run([args.trafilatura, "-c", TRAFILATURA_RUNNER, html_dir,
                        os.path.join(out_dir, "trafilatura.json"), str(args.repeat)], check=True)
    for name in args.reference:
        shutil.copy(os.path.join(aeb, "output", name + ".json"),
                    os.path.join(out_dir, f"published_{name}.json"))

    sys.stdout.flush()
    subprocess.run([sys.executable, os.path.join(aeb, "evaluate.py"), "--n-bootstrap", "200"],
                   cwd=WORK, check=True)


if __name__ == "__main__":
    main()
