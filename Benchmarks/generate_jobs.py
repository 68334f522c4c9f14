#!/usr/bin/env python3
"""Writes N synthetic batch jobs (CSV) drawn from the built-in catalog, with a fixed seed.

Usage: python3 Benchmarks/generate_jobs.py N [--bad-percent P] > jobs.csv
Columns: job_id, hardware, count, hours, region, utilization, user (a pass-through column).
With --bad-percent P, floor(N * P / 100) rows, evenly spread (see `is_bad`), are made to
fail, in turn: an unknown hardware name, a negative duration, a count that is no number
and an extra field. Each is still one line, so the output has one row per input row.
"""
import argparse, csv, random, sys
from pathlib import Path

BAD_KINDS = ("hardware", "hours", "count", "fields")


def is_bad(index, percent):
    """Whether row `index` (from 0) is one of the failing rows at `percent` % bad."""
    return (index + 1) * percent // 100 > index * percent // 100


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("rows", type=int)
    parser.add_argument("--bad-percent", type=int, default=0, help="the whole percentage of rows made to fail")
    args = parser.parse_args()
    data = Path(__file__).resolve().parents[1] / "Data"
    with open(data / "hardware.csv", newline="") as f:
        accelerators = [row["name"] for row in csv.DictReader(f) if row["kind"] != "cpu"]
    with open(data / "regions.csv", newline="") as f:
        regions = [row["id"] for row in csv.DictReader(f)]

    rng = random.Random(20261123)
    out = sys.stdout
    out.write("job_id,hardware,count,hours,region,utilization,user\n")
    lines, bad = [], 0
    for i in range(args.rows):
        cells = [str(i), rng.choice(accelerators), str(rng.choice((1, 2, 4, 8))), str(rng.randint(1, 4000) / 10),
                 rng.choice(regions), str(rng.randint(30, 100) / 100), f"user{rng.randint(1, 500)}"]
        if args.bad_percent and is_bad(i, args.bad_percent):
            kind = BAD_KINDS[bad % len(BAD_KINDS)]
            bad += 1
            if kind == "hardware":
                cells[1] = "Z9000 NOSUCH"
            elif kind == "hours":
                cells[3] = "-1"
            elif kind == "count":
                cells[2] = "many"
            else:
                cells.append("extra")
        lines.append(",".join(cells) + "\n")
        if len(lines) == 100_000:
            out.write("".join(lines))
            lines.clear()
    out.write("".join(lines))


if __name__ == "__main__":
    main()
