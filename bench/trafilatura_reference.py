#!/usr/bin/env python3
"""Times trafilatura on the HTML pages of a mirror: the reference for bench/import.sh.

    PYTHON_WITH_TRAFILATURA bench/trafilatura_reference.py DIR [RUNS]

Extracts the main text of every .html page under DIR with trafilatura.extract() and its
default settings, in one process (so on one core), RUNS times (default 5), and prints the median wall time and milliseconds per page. Install
trafilatura into a virtual environment first (`python3 -m venv V && V/bin/pip install
trafilatura lxml_html_clean`); it is not a dependency of kroniek.
"""

import os
import statistics
import sys
import time

import trafilatura


def main():
    folder = sys.argv[1]
    runs = int(sys.argv[2]) if len(sys.argv) > 2 else 5
    pages = []
    for dirpath, _, names in os.walk(folder):
        for name in sorted(names):
            if name.endswith((".html", ".htm")):
                with open(os.path.join(dirpath, name), "rb") as f:
                    pages.append(f.read())
    walls = []
    empty = 0
    for _ in range(runs):
        start = time.perf_counter()
        empty = sum(1 for page in pages if not trafilatura.extract(page))
        walls.append(time.perf_counter() - start)
    wall = statistics.median_low(walls)
    print(f"trafilatura {trafilatura.__version__}: {len(pages)} pages in {wall:.2f} s "
          f"(median of {runs}), {wall * 1000 / len(pages):.2f} ms per page, "
          f"{len(pages) / wall:.0f} pages/s, {empty} without text")


if __name__ == "__main__":
    main()
