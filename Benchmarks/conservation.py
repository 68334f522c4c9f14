#!/usr/bin/env python3
"""Conservation benchmark: `footprint batch` keeps every row, in order, however many fail.

For each size, writes that many synthetic jobs with --bad-percent of them made to fail
(Benchmarks/generate_jobs.py, fixed seed), runs the release `footprint batch` on them and
checks the output: exactly one row per input row, in input order (job_id 0, 1, 2...), with
status `error` exactly on the failing rows and `ok` on the others. Prints the wall time
and peak RSS of each run, and fails (exit 1) on any row lost, added, moved or mislabelled.

Usage: python3 Benchmarks/conservation.py [--bad-percent P] [ROWS...]   (default: 1 %, 1000000 10000000)
"""
import argparse, csv, subprocess, sys, tempfile
from pathlib import Path

root = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(root / "Benchmarks"))
from generate_jobs import is_bad  # noqa: E402


def check(output, rows, percent):
    """The problems of `output` for `rows` input rows at `percent` % bad (empty when none)."""
    problems, count = [], 0
    with open(output, newline="") as f:
        reader = csv.reader(f)
        header = next(reader)
        if header[0] != "job_id" or header[-2:] != ["status", "error"]:
            return [f"unexpected header {header}"]
        for index, row in enumerate(reader):
            count += 1
            expected = "error" if is_bad(index, percent) else "ok"
            if row[0] != str(index) or row[-2] != expected:
                problems.append(f"output row {index}: job_id {row[0]}, status {row[-2]}, expected job_id {index}, status {expected}")
                if len(problems) == 10:
                    break
    if count != rows and len(problems) < 10:
        problems.append(f"{count:,} output rows for {rows:,} input rows")
    return problems


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--bad-percent", type=int, default=1)
    parser.add_argument("rows", type=int, nargs="*", default=[1_000_000, 10_000_000])
    args = parser.parse_args()
    subprocess.run(["swift", "build", "-c", "release", "--product", "footprint"], cwd=root, check=True, stdout=subprocess.DEVNULL)
    binary = Path(subprocess.run(["swift", "build", "-c", "release", "--show-bin-path"], cwd=root, check=True,
                                 capture_output=True, text=True).stdout.strip()) / "footprint"
    failed = False
    with tempfile.TemporaryDirectory() as work:
        jobs, output, timing = Path(work, "jobs.csv"), Path(work, "out.csv"), Path(work, "time")
        for rows in args.rows:
            with open(jobs, "w") as f:
                subprocess.run([sys.executable, str(root / "Benchmarks/generate_jobs.py"), str(rows),
                                "--bad-percent", str(args.bad_percent)], check=True, stdout=f)
            bad = rows * args.bad_percent // 100
            with open(jobs, "rb") as f:  # warm the page cache, so the time is the tool's, not the disk's
                while f.read(1 << 20):
                    pass
            run = subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", str(timing), str(binary), "batch", str(jobs),
                                  "--output", str(output)], capture_output=True, text=True)
            wall, rss = timing.read_text().split()[-2:]
            expected_code = 65 if bad else 0
            problems = check(output, rows, args.bad_percent)
            if run.returncode != expected_code:
                problems.append(f"exit {run.returncode}, expected {expected_code}")
            print(f"{rows:>10,} rows, {bad:,} bad: {float(wall):.1f} s wall, peak RSS {int(rss) / 1024:.1f} MB; "
                  + ("every row kept, in order, the bad ones with status error" if not problems else "FAILED"))
            print("    " + run.stderr.strip().splitlines()[-1])
            for problem in problems:
                print("    " + problem)
            failed = failed or bool(problems)
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
