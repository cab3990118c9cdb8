#!/usr/bin/env python3
"""`make bench` / `make bench-smoke`: sluice against the C floor and the Python and shell peers, in one run.

Usage: bench/run.py --bin RELEASE_BIN_DIR [--smoke] [--out bench/results]
The reference ingesters and the driver live outside the repository, in ../shared/bench (or
$SLUICE_BENCH_SHARED). Rows, sizes and how each is measured: docs/bench.md. Sizes can be changed with
BENCH_BURST_N, BENCH_BACKLOG_N (comma-separated), BENCH_BACKLOG_ALL_MAX, BENCH_SHELL_N,
BENCH_LATENCY_RATE, BENCH_LATENCY_SECONDS, BENCH_QUERY_N."""
import argparse, datetime, glob, hashlib, json, os, re, shutil, subprocess, sys, time

REPO = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
WORK = os.path.join(REPO, ".build-bench")
SEEDS = os.path.join(REPO, "seeds")
TEXTS = [SEEDS, os.path.join(REPO, "Tests", "SluiceTextTests", "DevSet")]
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))

TARGETS = {
    "raw_vs_floor": 0.6, "full_vs_floor": 0.3, "backlog_rss_mb": 64, "latency_p99_ms": 20, "search_p99_ms": 50,
}


def env_int(name, default):
    return int(os.environ.get(name, default))


def log(msg):
    print(f"bench: {msg}", file=sys.stderr, flush=True)


class Bench:
    def __init__(self, bin_dir, smoke):
        self.bin = os.path.abspath(bin_dir)
        self.smoke = smoke
        self.rows = []          # throughput rows: dicts with scenario, ingester, files, files_per_s, peak_rss_mb
        self.extra = {}         # latency, query, stages
        self.notes = []
        self.shared = os.environ.get("SLUICE_BENCH_SHARED", os.path.join(os.path.dirname(REPO), "shared", "bench"))
        if not os.path.exists(os.path.join(self.shared, "drive.py")):
            self.note(f"reference ingesters not found at {self.shared} (set SLUICE_BENCH_SHARED to the shared/bench "
                      "directory): burst and backlog rows skipped, sluice's own rows only")
            self.shared = None
        self.python = sys.executable
        os.makedirs(WORK, exist_ok=True)
        self.tmp = os.path.join(WORK, "tmp")
        os.makedirs(self.tmp, exist_ok=True)
        self.configs = {mode: self.write_config(mode) for mode in ("raw", "full")}

    def note(self, text):
        log(text)
        self.notes.append(text)

    def write_config(self, mode):
        path = os.path.join(WORK, f"sluiced-{mode}.toml")
        with open(path, "w") as fh:
            fh.write(f'# make bench: {mode} mode, both cores\ntagging = {"false" if mode == "raw" else "true"}\n'
                     'workers = 2\nbatch-size = 256\nbatch-window = "20ms"\nlog-level = "warning"\n')
        return path

    # --- ingesters -------------------------------------------------------------------------------

    def ingesters(self, n, include_peers=True):
        """(name, command, done-cmd) for drive.py; commands use drive.py's {incoming}, {spool}, {state}."""
        done = os.path.join(REPO, "bench", "done.sh")
        out = []
        floor = self.floor()
        if floor:
            out.append(("floor (C)", f"{floor} {{incoming}} {{state}}/journal", f"{done} {n} {{spool}}"))
        for mode in ("raw", "full"):
            out.append((f"sluiced {mode}", f"{self.bin}/sluiced --config {self.configs[mode]} --spool {{spool}} --state {{state}}",
                        f"{done} {n} {{spool}} {{state}}/sluice.db"))
        if include_peers:
            if self.has_module("inotify_simple"):
                out.append(("python inotify_simple", f"{self.python} {self.shared}/peer_inotify_simple.py {{incoming}} {{state}}/peer.db",
                            f"{done} {n} {{spool}}"))
            else:
                self.note("python peer skipped: inotify_simple is not installed (make bench installs it into .build-bench/venv)")
        return out

    def floor(self):
        path = os.path.join(WORK, "floor")
        src = os.path.join(self.shared, "floor.c")
        if not os.path.exists(path) or os.path.getmtime(path) < os.path.getmtime(src):
            if subprocess.run(["gcc", "-O2", "-o", path, src]).returncode != 0:
                self.note("floor skipped: gcc could not build floor.c")
                return None
        return path

    def has_module(self, name):
        return subprocess.run([self.python, "-c", f"import {name}"], stderr=subprocess.DEVNULL).returncode == 0

    def drive(self, scenario, name, cmd, done_cmd, n, backlog):
        args = [self.python, os.path.join(self.shared, "drive.py"), "--n", str(n), "--name", name.replace(" ", "_"),
                "--cmd", cmd, "--done-cmd", done_cmd, "--seeds", SEEDS, "--timeout", str(max(300, n / 100))]
        if backlog:
            args.append("--backlog")
        log(f"{scenario}: {name}, {n} files")
        r = subprocess.run(args, capture_output=True, text=True, env=dict(os.environ, DRIVE_TMP=self.tmp))
        row = {"scenario": scenario, "ingester": name, "files": n, "ok": False}
        m = re.search(r"seconds=([\d.]+) files_per_s=(\d+) peak_rss_mb=([\d.]+)", r.stdout)
        if m and "TIMEOUT" not in r.stderr and "exited early" not in r.stderr:
            row.update(ok=True, seconds=float(m.group(1)), files_per_s=int(m.group(2)), peak_rss_mb=float(m.group(3)))
        else:
            row["error"] = (r.stderr.strip() or r.stdout.strip() or f"drive.py exit {r.returncode}").splitlines()[-1]
            self.note(f"{scenario} / {name}: {row['error']}")
        self.rows.append(row)
        return row

    # --- rows ------------------------------------------------------------------------------------

    def burst(self, n):
        if not self.shared:
            return
        try:
            queue = int(open("/proc/sys/fs/inotify/max_queued_events").read())
        except (OSError, ValueError):
            queue = None
        if queue and n > queue:
            self.note(f"a burst of {n:,} files can overflow the inotify queue (fs.inotify.max_queued_events = {queue:,}): "
                      "the floor and the Python peer do not rescan on IN_Q_OVERFLOW and then never finish (TIMEOUT); "
                      "sluiced rescans incoming/")
        for name, cmd, done in self.ingesters(n, include_peers=not self.smoke):
            self.drive(f"burst {n:,}", name, cmd, done, n, backlog=False)
        if not self.smoke:
            self.shell_peer(env_int("BENCH_SHELL_N", 300))

    def shell_peer(self, n):
        if not (shutil.which("inotifywait") and shutil.which("sqlite3")):
            self.note("shell peer skipped: inotifywait or sqlite3 missing (scripts/install-deps --bench installs them)")
            return
        self.drive(f"burst {n:,}", "shell inotifywait+sqlite3", f"bash {self.shared}/peer_inotifywait.sh {{incoming}} {{state}}",
                   f"{os.path.join(REPO, 'bench', 'done.sh')} {n} {{spool}}", n, backlog=False)

    def backlog(self, sizes):
        if not self.shared:
            return
        all_max = env_int("BENCH_BACKLOG_ALL_MAX", 20000)
        for n in sizes:
            skipped = []
            for name, cmd, done in self.ingesters(n):
                if n > all_max and name not in ("floor (C)", "sluiced raw"):
                    skipped.append(name)
                    continue
                self.drive(f"backlog {n:,}", name, cmd, done, n, backlog=True)
            if skipped:
                self.note(f"backlog {n:,}: {', '.join(skipped)} not run (only the floor and sluiced raw above "
                          f"BENCH_BACKLOG_ALL_MAX={all_max} files, to stay within the time budget)")

    def latency(self, rate, seconds):
        import latency
        if not self.has_module("hdrh"):
            self.note("latency row skipped: the hdrhistogram module is missing (make bench installs it into .build-bench/venv)")
            return
        gen = os.path.join(self.shared, "gen_corpus.py") if self.shared else None
        if not gen:
            self.note("latency row skipped: gen_corpus.py not found")
            return
        for mode in ("raw", "full"):
            log(f"latency: sluiced {mode}, {rate} files/s for {seconds} s")
            try:
                self.extra[f"latency_{mode}"] = latency.measure(self.bin, self.configs[mode], SEEDS, gen, rate, seconds, self.tmp)
            except Exception as e:  # a failed row is reported, the others still run
                self.note(f"latency / sluiced {mode}: {e}")

    def query(self, n):
        tool = os.path.join(self.bin, "sluice-bench")
        texts = sum((["--texts", t] for t in TEXTS), [])
        key = hashlib.sha256()
        for f in sorted(glob.glob(os.path.join(REPO, "Sources", "SluiceStore", "*.swift")) +
                        [os.path.join(REPO, "Sources", "sluice-bench", f) for f in ("BenchCorpus.swift", "BulkLoad.swift")] +
                        sorted(glob.glob(os.path.join(TEXTS[1], "*.txt")))):
            key.update(open(f, "rb").read())
        key = key.hexdigest()[:12]
        state = os.path.join(WORK, f"query-{n}-{key}")
        for old in glob.glob(os.path.join(WORK, "query-*")):
            if not old.endswith(key):
                shutil.rmtree(old, ignore_errors=True)   # built by other store code: GBs of disk, useless now
        os.makedirs(state, exist_ok=True)
        store, made = os.path.join(state, "sluice.db"), os.path.join(state, "load.json")
        if os.path.exists(made):
            load = json.load(open(made))
            log(f"query: reusing the store of {n:,} entries in {state} (built in {load['seconds']:.0f} s)")
        else:
            log(f"query: bulk-loading {n:,} entries into {store} (kept for the next run)")
            r = subprocess.run([tool, "bulk-load", "--store", store, "--count", str(n)] + texts, capture_output=True, text=True)
            if r.returncode != 0:
                self.note(f"query: bulk-load failed: {r.stderr.strip()[-300:]}")
                return
            load = json.loads(r.stdout)
            load["built"] = datetime.datetime.utcnow().isoformat() + "Z"
            json.dump(load, open(made, "w"))
        log("query: timing search, list --entity, show")
        r = subprocess.run([tool, "query", "--store", store] + texts, capture_output=True, text=True)
        if r.returncode != 0:
            self.note(f"query: timing failed: {r.stderr.strip()[-300:]}")
            return
        q = json.loads(r.stdout)
        res = {"entries": q["entries"], "load": load, "db_gb": os.path.getsize(store) / 1e9,
               "few_hits": sum(1 for h in q["search_hits"] if h < 20), "queries": len(q["search_hits"])}
        for kind in ("search", "entity", "show"):
            res[kind] = percentiles(q[kind])
        slowest = max(range(len(q["search"])), key=lambda i: q["search"][i])
        res["slowest_search"] = {"query": q["search_queries"][slowest], "ms": q["search"][slowest] / 1000}
        # What an operator sees: the sluicectl binary (daemon down, so it reads the store itself).
        cli = []
        for query in q["search_queries"][:20]:
            t = time.monotonic()
            subprocess.run([os.path.join(self.bin, "sluicectl"), "--state", state, "search", "--json"] + query.split(),
                           stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            cli.append((time.monotonic() - t) * 1e6)
        res["cli_search"] = percentiles(cli)
        self.extra["query"] = res

    def stages(self):
        log("stages: parse, tag, commit per article")
        r = subprocess.run([os.path.join(self.bin, "sluice-bench"), "stages", "--scratch", self.tmp] +
                           sum((["--texts", t] for t in TEXTS), []), capture_output=True, text=True)
        if r.returncode != 0:
            self.note(f"stages failed: {r.stderr.strip()[-300:]}")
            return
        self.extra["stages"] = json.loads(r.stdout)

    # --- report ----------------------------------------------------------------------------------

    def report(self, out_dir, started, load_before):
        lines = [f"# make bench{' -smoke' if self.smoke else ''} — {started:%Y-%m-%d %H:%M} UTC", "",
                 f"Commit {git('rev-parse', '--short', 'HEAD')}{' (+ local changes)' if git('status', '--porcelain', '--untracked-files=no') else ''}; "
                 f"{os.cpu_count()} CPUs; load average {load_before:.1f} at the start, {os.getloadavg()[0]:.1f} at the end "
                 "(a shared machine: compare the ratios, not the absolute numbers).", ""]
        lines += ["| scenario | ingester | files | files/s | × floor | peak RSS MB |", "|---|---|---|---|---|---|"]
        for row in self.rows:
            floor = next((r for r in self.rows if r["scenario"] == row["scenario"] and r["ingester"] == "floor (C)" and r["ok"]), None)
            if not row["ok"]:
                lines.append(f"| {row['scenario']} | {row['ingester']} | {row['files']:,} | failed: {row['error']} | | |")
                continue
            ratio = f"{row['files_per_s'] / floor['files_per_s']:.2f}" if floor else "–"
            lines.append(f"| {row['scenario']} | {row['ingester']} | {row['files']:,} | {row['files_per_s']:,} | {ratio} | {row['peak_rss_mb']:.0f} |")
        lines.append("")
        lat = [(m, self.extra[f"latency_{m}"]) for m in ("raw", "full") if f"latency_{m}" in self.extra]
        if lat:
            lines += ["| latency: rename → on `follow` | files | achieved files/s | p50 ms | p99 ms | max ms | peak RSS MB |",
                      "|---|---|---|---|---|---|---|"]
            for m, l in lat:
                lost = "" if l["arrived"] == l["files"] else f" ({l['files'] - l['arrived']} never arrived)"
                lines.append(f"| sluiced {m} | {l['files']:,}{lost} | {l['achieved_rate']:.0f} | {l['p50_ms']:.1f} | {l['p99_ms']:.1f} | {l['max_ms']:.1f} | {l['peak_rss_mb']:.0f} |")
            lines.append("")
        q = self.extra.get("query")
        if q:
            lines += [f"| query on {q['entries']:,} entries ({q['db_gb']:.1f} GB, built in {q['load']['seconds']:.0f} s) | p50 ms | p99 ms | max ms |",
                      "|---|---|---|---|"]
            for kind, label in (("search", "search (in-process, 100 queries, 20 hits)"), ("entity", "list --entity (in-process)"),
                                ("show", "show (in-process)"), ("cli_search", "search via the sluicectl binary (20 queries)")):
                p = q[kind]
                lines.append(f"| {label} | {p['p50_ms']:.1f} | {p['p99_ms']:.1f} | {p['max_ms']:.1f} |")
            lines += ["", f"{q['few_hits']} of {q['queries']} search queries found fewer than 20 hits; slowest: `{q['slowest_search']['query']}` "
                      f"{q['slowest_search']['ms']:.0f} ms.", ""]
        s = self.extra.get("stages")
        if s:
            lines += ["| stage (one core, release) | µs per article (commit: elapsed, and CPU; the rest is waiting for fsync) |", "|---|---|",
                      f"| parse, raw mode (decode, metadata, title) | {s['parse_us']:.0f} |",
                      f"| tag, full text pipeline | {s['tag_us']:.0f} |",
                      f"| commit per file, raw (batches of {s['batch']}, fsync, FTS5) | {s['commit_raw_us']:.0f} (CPU {s['commit_raw_cpu_us']:.0f}) |",
                      f"| commit per file, full (+ tags JSON, entity index, stories) | {s['commit_full_us']:.0f} (CPU {s['commit_full_cpu_us']:.0f}) |",
                      "", f"({s['articles']} articles of {s['average_bytes']:,} bytes on average.)", ""]
        lines += self.targets()
        if self.notes:
            lines += ["Notes:", ""] + [f"- {n}" for n in self.notes] + [""]
        text = "\n".join(lines)
        print(text)
        os.makedirs(out_dir, exist_ok=True)
        name = "SMOKE" if self.smoke else "LATEST"
        with open(os.path.join(out_dir, f"{name}.md"), "w") as fh:
            fh.write(text)
        data = {"started": started.isoformat() + "Z", "smoke": self.smoke, "rows": self.rows, **self.extra, "notes": self.notes}
        for fname in (f"{name}.json", f"{started:%Y%m%dT%H%M%S}{'-smoke' if self.smoke else ''}.json"):
            with open(os.path.join(out_dir, fname), "w") as fh:
                json.dump(data, fh, indent=1)

    def targets(self):
        def best(scenario_prefix, ingester):
            return [r for r in self.rows if r["scenario"].startswith(scenario_prefix) and r["ingester"] == ingester and r["ok"]]

        def ratio(ingester, scenario_prefix="burst"):
            out = []
            for r in best(scenario_prefix, ingester):
                f = next((x for x in self.rows if x["scenario"] == r["scenario"] and x["ingester"] == "floor (C)" and x["ok"]), None)
                if f:
                    out.append(r["files_per_s"] / f["files_per_s"])
            return min(out) if out else None

        def mark(ok):
            return "–" if ok is None else ("met" if ok else "**missed**")

        lines = ["| target | measured | |", "|---|---|---|"]
        raw, full = ratio("sluiced raw"), ratio("sluiced full")
        lines.append(f"| raw mode ≥ {TARGETS['raw_vs_floor']}× floor files/s (burst) | {fmt(raw, '{:.2f}×')} | {mark(None if raw is None else raw >= TARGETS['raw_vs_floor'])} |")
        peer = next(iter(best("burst", "python inotify_simple")), None)
        rawrow = next(iter(best("burst", "sluiced raw")), None)
        ahead = None if not (peer and rawrow) else rawrow["files_per_s"] / peer["files_per_s"]
        lines.append(f"| raw mode ahead of the Python peer (burst) | {fmt(ahead, '{:.2f}× the peer')} | {mark(None if ahead is None else ahead > 1)} |")
        lines.append(f"| full mode ≥ {TARGETS['full_vs_floor']}× floor files/s (burst) | {fmt(full, '{:.2f}×')} | {mark(None if full is None else full >= TARGETS['full_vs_floor'])} |")
        big = [r for r in self.rows if r["scenario"].startswith("backlog") and r["ingester"].startswith("sluiced") and r["ok"]]
        if big:
            top = max(r["files"] for r in big)
            rss = max(r["peak_rss_mb"] for r in big if r["files"] == top)
            lines.append(f"| backlog peak RSS ≤ {TARGETS['backlog_rss_mb']} MB at 200,000 | {rss:.0f} MB at {top:,} | {mark(rss <= TARGETS['backlog_rss_mb'] if top >= 200000 else None)} |")
        for m in ("raw", "full"):
            l = self.extra.get(f"latency_{m}")
            if l:
                lines.append(f"| p99 drop → queryable ≤ {TARGETS['latency_p99_ms']} ms at 500 files/s ({m}) | {l['p99_ms']:.1f} ms | {mark(l['p99_ms'] <= TARGETS['latency_p99_ms'] and l['arrived'] == l['files'])} |")
        q = self.extra.get("query")
        if q:
            lines.append(f"| search p99 ≤ {TARGETS['search_p99_ms']} ms at 1,000,000 | {q['search']['p99_ms']:.1f} ms at {q['entries']:,} | "
                         f"{mark(q['search']['p99_ms'] <= TARGETS['search_p99_ms'] if q['entries'] >= 1000000 else None)} |")
        return lines + ["", "(– : not measured at the target's size in this run.)", ""]


def fmt(v, pattern):
    return "–" if v is None else pattern.format(v)


def percentiles(samples_us):
    """p50/p99/max in ms through an HdrHistogram (exact order statistics when hdrhistogram is missing)."""
    try:
        from hdrh.histogram import HdrHistogram
        h = HdrHistogram(1, 600_000_000, 3)
        for v in samples_us:
            h.record_value(max(1, int(v)))
        return {"p50_ms": h.get_value_at_percentile(50) / 1000, "p99_ms": h.get_value_at_percentile(99) / 1000,
                "max_ms": h.get_max_value() / 1000, "n": len(samples_us)}
    except ImportError:
        s = sorted(samples_us)
        return {"p50_ms": s[len(s) // 2] / 1000, "p99_ms": s[min(len(s) - 1, int(len(s) * 0.99))] / 1000,
                "max_ms": s[-1] / 1000, "n": len(s)}


def git(*args):
    return subprocess.run(["git", "-C", REPO] + list(args), capture_output=True, text=True).stdout.strip()


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--bin", required=True, help="the release build's bin directory (swift build -c release --show-bin-path)")
    ap.add_argument("--smoke", action="store_true", help="1,000 files, burst only: sluiced raw, full and the floor")
    ap.add_argument("--out", default=os.path.join(REPO, "bench", "results"))
    a = ap.parse_args()
    for exe in ("sluiced", "sluicectl") + (() if a.smoke else ("sluice-bench",)):
        if not os.access(os.path.join(a.bin, exe), os.X_OK):
            sys.exit(f"bench: {a.bin}/{exe} is missing; run `swift build -c release` first")
    started = datetime.datetime.utcnow()
    load_before = os.getloadavg()[0]
    b = Bench(a.bin, a.smoke)
    t = time.monotonic()
    if a.smoke:
        b.burst(1000)
    else:
        b.burst(env_int("BENCH_BURST_N", 10000))
        b.backlog([int(x) for x in os.environ.get("BENCH_BACKLOG_N", "20000,200000").split(",")])
        b.latency(env_int("BENCH_LATENCY_RATE", 500), env_int("BENCH_LATENCY_SECONDS", 30))
        b.query(env_int("BENCH_QUERY_N", 100000))
        b.stages()
    b.note(f"bench ran {time.monotonic() - t:.0f} s")
    b.report(a.out, started, load_before)
    failed = [r for r in b.rows if not r["ok"] and r["ingester"].startswith("sluiced")]
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
