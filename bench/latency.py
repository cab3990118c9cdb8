"""The latency row of `make bench`: a steady stream of files renamed into incoming/, and for each one the
time from its rename to its arrival on `sluicectl follow --json` (committed, then read back from the store
and sent to a client: committed and queryable). Both ends are stamped with time.monotonic() in this
process; the store's received_at is wall-clock and taken at claim time, so it is not used."""
import json, os, shutil, subprocess, sys, tempfile, threading, time


def measure(bin_dir, config, seeds, gen_corpus, rate, seconds, tmp_root):
    """Runs sluiced with `config`, renames rate*seconds files at `rate` per second, returns a dict with
    the latencies (µs, in an HdrHistogram), how many arrived, and the daemon's peak RSS."""
    from hdrh.histogram import HdrHistogram
    n = int(rate * seconds)
    root = tempfile.mkdtemp(prefix="bench-latency-", dir=tmp_root)
    stage, spool, state = (os.path.join(root, x) for x in ("stage", "spool", "state"))
    incoming = os.path.join(spool, "incoming")
    for d in (incoming, state):
        os.makedirs(d)
    subprocess.run([sys.executable, gen_corpus, seeds, stage, str(n + 1)], check=True)
    names = sorted(os.listdir(stage))
    log = open(os.path.join(root, "sluiced.log"), "w")
    daemon = subprocess.Popen([os.path.join(bin_dir, "sluiced"), "--config", config, "--spool", spool, "--state", state],
                              stdout=subprocess.DEVNULL, stderr=log, start_new_session=True)
    follow = None
    try:
        wait_ready(bin_dir, state, daemon, log.name)
        deadline = time.monotonic() + 60
        follow = subprocess.Popen([os.path.join(bin_dir, "sluicectl"), "--state", state, "follow", "--since", "0", "--json"],
                                  stdout=subprocess.PIPE, stderr=subprocess.DEVNULL)
        renamed, arrived = {}, {}
        first = threading.Event()

        def reader():
            for line in follow.stdout:
                t = time.monotonic()
                try:
                    name = json.loads(line).get("source_name")
                except ValueError:
                    continue
                arrived[name] = t
                first.set()

        threading.Thread(target=reader, daemon=True).start()
        # One warm-up file: the pipeline has run once and follow is connected before the clock starts.
        os.rename(os.path.join(stage, names[0]), os.path.join(incoming, names[0]))
        while not first.wait(0.1):
            if daemon.poll() is not None or follow.poll() is not None or time.monotonic() > deadline:
                raise RuntimeError(f"the warm-up file never showed up on follow (see {log.name})")
        arrived.pop(names[0], None)
        work = names[1:]
        t0 = time.monotonic()
        for i, name in enumerate(work):
            pause = t0 + i / rate - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            renamed[name] = time.monotonic()
            os.rename(os.path.join(stage, name), os.path.join(incoming, name))
        sent = time.monotonic() - t0
        deadline = time.monotonic() + 120
        while sum(1 for x in work if x in arrived) < len(work) and time.monotonic() < deadline and daemon.poll() is None:
            time.sleep(0.05)
        hist = HdrHistogram(1, 600_000_000, 3)
        for name in work:
            if name in arrived:
                hist.record_value(max(1, int((arrived[name] - renamed[name]) * 1e6)))
        peak = 0
        with open(f"/proc/{daemon.pid}/status") as fh:
            for line in fh:
                if line.startswith("VmHWM:"):
                    peak = int(line.split()[1]) / 1024
        return {
            "files": len(work), "arrived": sum(1 for x in work if x in arrived), "rate": rate,
            "achieved_rate": len(work) / sent if sent > 0 else 0,
            "p50_ms": hist.get_value_at_percentile(50) / 1000, "p99_ms": hist.get_value_at_percentile(99) / 1000,
            "max_ms": hist.get_max_value() / 1000, "peak_rss_mb": peak,
        }
    finally:
        for p in (follow, daemon):
            if p is not None and p.poll() is None:
                p.terminate()
                try:
                    p.wait(30)
                except subprocess.TimeoutExpired:
                    p.kill()
        shutil.rmtree(root, ignore_errors=True)


def wait_ready(bin_dir, state, daemon, log_name, timeout=60):
    """Waits until sluiced itself answers `status` (sluicectl answers from the store when it is down)."""
    deadline = time.monotonic() + timeout
    while True:
        out = subprocess.run([os.path.join(bin_dir, "sluicectl"), "--state", state, "status", "--json"],
                             capture_output=True, text=True).stdout
        try:
            if json.loads(out).get("daemon"):
                return
        except ValueError:
            pass
        if daemon.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"sluiced did not start (see {log_name})")
        time.sleep(0.1)
