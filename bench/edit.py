#!/usr/bin/env python3
"""Times a one-article edit under `kroniek serve`, from the save to the reloaded page.

    bench/edit.py ARCHIVE [--runs 5] [--which middle|newest] [--kroniek PATH]

Starts `kroniek serve ARCHIVE --port 0` (loopback only), listens to the live-reload event
stream as an open page does, then edits one article RUNS times the way `sed -i` saves (a
temporary file renamed over the old one), each time renaming one of its `##` headings. For
each edit it records:

- end to end: from just before the save to the reloaded page fetched with the new heading in
  it (the debounce window, the rebuild, the swap, the `reload` event and the page's GET);
- the server's own "built N files in M ms" figure (the rebuild and the swap);
- the CPU time the server's threads spent during the edit, and the time they waited for a
  core (Linux schedstat): on a machine shared with other work the wall times above include
  that wait, the CPU time does not.

Prints both per run and their medians. Bounded: RUNS edits, each waiting at most EDIT_WAIT s
(--edit-wait, default 30; an edit in a large archive on a loaded machine can take longer); the
server is stopped at the end and the article is restored. Talks only to 127.0.0.1.
"""

import argparse
import http.client
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import threading
import time


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("archive", type=pathlib.Path)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--which", choices=["middle", "newest"], default="middle")
    parser.add_argument("--edit-wait", type=float, default=30)
    root = pathlib.Path(__file__).resolve().parent.parent
    parser.add_argument("--kroniek", default=str(root / "target/release/kroniek"))
    args = parser.parse_args()

    log_lines = []
    built = threading.Condition()
    server = subprocess.Popen(
        [args.kroniek, "serve", str(args.archive), "--port", "0"],
        stderr=subprocess.PIPE,
        text=True,
    )

    def read_log():
        for line in server.stderr:
            with built:
                log_lines.append(line.rstrip("\n"))
                built.notify_all()

    threading.Thread(target=read_log, daemon=True).start()
    try:
        port = wait_for(built, log_lines, re.compile(r"serving on http://127\.0\.0\.1:(\d+)/"), 0, 600)
        port = int(port.group(1))
        first = next(l for l in log_lines if l.startswith("built "))
        print(f"first build: {first}")
        source, url = pick_article(args.archive, port, args.which)
        print(f"editing {source.relative_to(args.archive)} ({url})")
        original = source.read_text(encoding="utf-8")
        events = open_events(port, args.edit_wait)
        ends, builds, cpus, waits, rebuild_cpus = [], [], [], [], []
        try:
            for run in range(args.runs):
                text = source.read_text(encoding="utf-8")
                heading = re.search(r"^## (.+)$", text, re.M)
                new_heading = f"Bewerkt {run} {time.time_ns()}"
                edited = text[: heading.start(1)] + new_heading + text[heading.end(1) :]
                seen = len(log_lines)
                cpu_before = schedstat(server.pid)
                started = time.perf_counter()
                save_like_sed(source, edited)
                wait_for_event(events, "reload")
                page = get(port, url)
                elapsed = (time.perf_counter() - started) * 1000
                cpu_after = schedstat(server.pid)
                cpu = (cpu_after[0] - cpu_before[0]) / 1e6
                waited = (cpu_after[1] - cpu_before[1]) / 1e6
                rebuild_cpu = (cpu_after[2] - cpu_before[2]) / 1e6
                if new_heading not in page:
                    sys.exit(f"run {run}: the reloaded page does not show the edit")
                line = wait_for(built, log_lines, re.compile(r"built \d+ files in (\d+) ms"), seen, args.edit_wait)
                ends.append(elapsed)
                builds.append(int(line.group(1)))
                cpus.append(cpu)
                waits.append(waited)
                rebuild_cpus.append(rebuild_cpu)
                print(f"run {run}: end to end {elapsed:.1f} ms, server {line.group(1)} ms, "
                      f"CPU {cpu:.1f} ms (rebuild thread {rebuild_cpu:.1f} ms), "
                      f"waiting for a core {waited:.1f} ms")
        finally:
            save_like_sed(source, original)
        print(f"median of {args.runs}: end to end {statistics.median(ends):.1f} ms "
              f"({min(ends):.1f}–{max(ends):.1f}), server {statistics.median(builds)} ms "
              f"({min(builds)}–{max(builds)}), CPU {statistics.median(cpus):.1f} ms "
              f"({min(cpus):.1f}–{max(cpus):.1f}), rebuild thread {statistics.median(rebuild_cpus):.1f} ms "
              f"({min(rebuild_cpus):.1f}–{max(rebuild_cpus):.1f}), waiting for a core "
              f"{statistics.median(waits):.1f} ms")
    finally:
        server.terminate()
        server.wait(timeout=30)


def schedstat(pid):
    """(ns on a core, ns waiting for one) summed over the process's threads, and the ns on a
    core of the thread that rebuilds (the edit's own sequential work)."""
    on_cpu = waiting = rebuild = 0
    for task in pathlib.Path(f"/proc/{pid}/task").iterdir():
        try:
            fields = (task / "schedstat").read_text().split()
            name = (task / "comm").read_text().strip()
        except OSError:
            continue  # a thread that just ended
        on_cpu += int(fields[0])
        waiting += int(fields[1])
        if name == "kroniek-rebuild":
            rebuild += int(fields[0])
    return on_cpu, waiting, rebuild


def wait_for(condition, lines, pattern, start, timeout):
    deadline = time.monotonic() + timeout
    with condition:
        while True:
            for line in lines[start:]:
                found = pattern.search(line)
                if found:
                    return found
            left = deadline - time.monotonic()
            if left <= 0:
                sys.exit("timed out; the server said:\n" + "\n".join(lines[-20:]))
            condition.wait(left)


def pick_article(archive, port, which):
    """An article source and its URL: the newest one (in every feed and the front page), or
    one in the middle of the archive (on one series page only)."""
    import json

    listing = json.loads(get(port, "/api/articles"))
    record = listing[0] if which == "newest" else listing[len(listing) // 2]
    series, slug = record["series"], record["slug"]
    source = archive / "content" / series / f"{slug}.md"
    if not source.is_file():
        sys.exit(f"cannot find the source of {record['url']}")
    return source, record["url"]


def save_like_sed(path, text):
    """Writes `text` to a temporary file beside `path` and renames it over `path`."""
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".sed")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


def open_events(port, wait):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=wait)
    connection.request("GET", "/__kroniek/events", headers={"Accept": "text/event-stream"})
    response = connection.getresponse()
    wait_for_event(response, "state")
    return response


def wait_for_event(response, name):
    while True:
        line = response.fp.readline()
        if not line:
            sys.exit("the event stream closed")
        if line.decode().strip() == f"event: {name}":
            return


def get(port, path):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    connection.request("GET", path)
    body = connection.getresponse().read().decode("utf-8")
    connection.close()
    return body


if __name__ == "__main__":
    main()
