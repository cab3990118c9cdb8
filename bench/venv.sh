#!/bin/sh
# Makes the Python venv of `make bench` (inotify_simple for the Python peer, hdrhistogram for latency
# percentiles) once, and prints the python to run bench/run.py with: the venv's, or python3 when the venv
# or PyPI is not available (run.py then skips the rows that need them and says so).
# Usage: bench/venv.sh DIR
dir=$1
if [ ! -f "$dir/.ready" ]; then
  { python3 -m venv "$dir" &&
    "$dir/bin/pip" install -q --disable-pip-version-check inotify_simple hdrhistogram &&
    touch "$dir/.ready"; } >&2 || echo "bench: could not set up $dir (python3-venv, PyPI); rows that need it are skipped" >&2
fi
if [ -x "$dir/bin/python" ]; then echo "$dir/bin/python"; else echo python3; fi
