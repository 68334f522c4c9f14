#!/usr/bin/env python3
"""Start-up of single commands against Python's bare start-up, measured in the same run.

Usage: python3 Benchmarks/startup.py FOOTPRINT_BINARY [RUNS]   (default 200 runs)
Runs `python3 -S -c pass`, `footprint estimate` of a named job and `footprint regions` over all
locations in turn (A B C A B C ...), each a fresh process, and prints the median and minimum wall
time of each and the ratios of the medians to Python's. Speed is measured here, not in tests.
"""
import os, subprocess, statistics, sys, time

binary = sys.argv[1]
runs = int(sys.argv[2]) if len(sys.argv) > 2 else 200
commands = {
    "python3 -S -c pass": [sys.executable, "-S", "-c", "pass"],
    "footprint estimate": [binary, "estimate", "--hardware", "A100 SXM4 80GB", "--count", "8",
                           "--hours", "72", "--region", "aws:us-east-1"],
    "footprint regions --limit 0": [binary, "regions", "--hardware", "H100 SXM5 80GB", "--count", "8",
                                    "--hours", "100", "--limit", "0"],
}
times = {name: [] for name in commands}
for _ in range(runs):
    for name, command in commands.items():
        start = time.perf_counter()
        subprocess.run(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
        times[name].append((time.perf_counter() - start) * 1000)
python_median = statistics.median(times["python3 -S -c pass"])
print(f"{runs} runs each, alternating; load average {os.getloadavg()[0]:.2f}")
for name, values in times.items():
    median = statistics.median(values)
    print(f"{name:<28} median {median:6.2f} ms  min {min(values):6.2f} ms  {median / python_median:5.2f}x python")
