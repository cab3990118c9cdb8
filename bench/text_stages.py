#!/usr/bin/env python3
"""Per-stage CPU cost of the text pipeline: `perf record` around `sluicectl tag --benchmark`.

    bench/text_stages.py [--bin .build/release/sluicectl] [--rounds N] FILE...

Runs `sluicectl tag FILE... --benchmark N` under `perf record -e cpu-clock -g` (no hardware counters
needed), then attributes every sample taken inside `ArticleTagger.parse` to the first stage found on its
stack (libcld2's own frames carry no usable stack: their samples count as CLD2). The one-time setup
(gazetteer, CLDR tables) runs in an untimed first pass and is left out. Prints each stage's share and
µs per article (the share of the CPU time per article that sluicectl reports). Shares are stable from
run to run; the absolute CPU time moves with the load of a shared machine (see docs/tagging.md, "Cost").
"""
import argparse
import collections
import re
import subprocess
import sys
import tempfile

# (stage, a piece of the mangled Swift symbol of its entry point). First match on the stack wins.
STAGES = [
    ("decode", "DecoderV6decode"),
    ("metadata", "MetadataSplitter"),
    ("paragraphs", "DocumentV4text"),
    ("language evidence (scan)", "LanguageDetectorV8evidence2of"),
    ("language decisions", "LanguageDetectorV6decide"),
    ("language (kept text)", "articleLanguage"),
    ("boilerplate", "BoilerplateStripperV5strip"),
    ("title", "HeadlineDetectorV5title"),
    ("entities", "EntityTaggerV3tag"),
    ("dates", "DateExtractorV7extract"),
    ("topics", "TopicClassifierV8classify"),
    ("story signature (weekdays)", "WeekdayFinderV8weekdays"),
]


def stacks(data):
    out = subprocess.run(["perf", "script", "-i", data, "-F", "ip,sym", "--no-demangle"],
                         capture_output=True, text=True, check=True).stdout
    current = []
    for line in out.split("\n"):
        line = line.strip()
        if not line:
            if current:
                yield current
                current = []
            continue
        parts = line.split(None, 1)
        current.append(parts[1] if len(parts) > 1 else "?")
    if current:
        yield current


def main():
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--bin", default=".build/release/sluicectl")
    parser.add_argument("--rounds", type=int, default=200)
    parser.add_argument("files", nargs="+")
    args = parser.parse_args()
    with tempfile.NamedTemporaryFile(suffix=".perf") as data:
        run = subprocess.run(["perf", "record", "-q", "-e", "cpu-clock", "-F", "2000", "-g", "-o", data.name,
                              args.bin, "tag", "--benchmark", str(args.rounds), *args.files],
                             capture_output=True, text=True)
        if run.returncode != 0:
            sys.exit(f"perf record failed: {run.stderr.strip()}")
        print(run.stdout.strip())
        match = re.search(r"\(([0-9.]+) ms CPU\)", run.stdout)
        cpu_us = float(match.group(1)) * 1000 if match else 0.0
        counts = collections.Counter()
        total = 0
        for stack in stacks(data.name):
            if "cld2" in stack[0].lower():
                counts["CLD2 (libcld2)"] += 1
                total += 1
                continue
            if not any("ArticleTaggerV5parse" in f for f in stack) or any("once_slow" in f for f in stack):
                continue
            total += 1
            for name, pattern in STAGES:
                if any(pattern in f for f in stack):
                    counts[name] += 1
                    break
            else:
                counts["other (joining, results)"] += 1
    if total == 0:
        sys.exit("no samples inside ArticleTagger.parse")
    for name in ["CLD2 (libcld2)"] + [s[0] for s in STAGES] + ["other (joining, results)"]:
        share = counts[name] / total
        print(f"{name:28s} {share * 100:5.1f}%  {share * cpu_us:6.0f} µs")
    print(f"{'total':28s} 100.0%  {cpu_us:6.0f} µs")


if __name__ == "__main__":
    main()
