"""Where a build's memory goes over time: python benchmarks/memory_trace.py [--every S] -- COMMAND…

Runs COMMAND and prints, every S seconds (default 2), the proportional set size (PSS) of each process
of its tree (the build, then its forked workers) and their sum, then the largest sum seen and when.
The benchmark reports only that peak; this shows which stage and which worker makes it.

    python benchmarks/memory_trace.py -- python build.py --root /tmp/big-project
"""
from __future__ import annotations

import argparse
import subprocess
import sys
import time

from measure import pss_kb, descendants


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--every", type=float, default=2.0, help="seconds between samples")
    parser.add_argument("command", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    command = args.command[1:] if args.command[:1] == ["--"] else args.command
    if not command:
        parser.error("give the command to trace after --")
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL)
    start, peak = time.perf_counter(), (0, 0.0, [])
    while process.poll() is None:
        sizes = [pss_kb(pid) // 1024 for pid in descendants(process.pid)]
        elapsed = time.perf_counter() - start
        print(f"{elapsed:7.1f} s  {sum(sizes):6d} MB  per process: {sizes}", flush=True)
        if sum(sizes) > peak[0]:
            peak = (sum(sizes), elapsed, sizes)
        time.sleep(args.every)
    print(f"peak {peak[0]} MB at {peak[1]:.1f} s, per process: {peak[2]}; exit code {process.returncode}")
    sys.exit(process.returncode)


if __name__ == "__main__":
    main()
