#!/usr/bin/env python3
"""Writes N synthetic batch jobs (CSV) drawn from the built-in catalog, with a fixed seed.

Usage: python3 Benchmarks/generate_jobs.py N > jobs.csv
Columns: job_id, hardware, count, hours, region, utilization, user (a pass-through column).
"""
import csv, random, sys
from pathlib import Path

data = Path(__file__).resolve().parents[1] / "Data"
with open(data / "hardware.csv", newline="") as f:
    accelerators = [row["name"] for row in csv.DictReader(f) if row["kind"] != "cpu"]
with open(data / "regions.csv", newline="") as f:
    regions = [row["id"] for row in csv.DictReader(f)]

count = int(sys.argv[1])
rng = random.Random(20261123)
out = sys.stdout
out.write("job_id,hardware,count,hours,region,utilization,user\n")
lines = []
for i in range(count):
    lines.append(f"{i},{rng.choice(accelerators)},{rng.choice((1, 2, 4, 8))},{rng.randint(1, 4000) / 10},"
                 f"{rng.choice(regions)},{rng.randint(30, 100) / 100},user{rng.randint(1, 500)}\n")
    if len(lines) == 100_000:
        out.write("".join(lines))
        lines.clear()
out.write("".join(lines))
