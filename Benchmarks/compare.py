#!/usr/bin/env python3
"""The batch task in footprint, Polars and DuckDB, measured side by side (not run in CI).

Usage: python3 Benchmarks/compare.py [--rows N ...] [--rounds 5] [--reference BINARY] [--no-build]

For each size (default 1,000,000 rows; add `--rows 10000000` for 10M) the script writes the
job file with a fixed seed (Benchmarks/generate_jobs.py), builds the release binary
(`swift build -c release --static-swift-stdlib`), makes a virtual environment with Polars and
DuckDB (.build/compare-venv), then runs the three tools in turn (A B C A B C ..., `--rounds`
rounds), each a fresh process, twice per round: writing a new file and replacing an existing
one. It prints per tool and case the median wall time, the median CPU time (user + sys, from
the process's rusage) and the largest peak RSS, and the ratios of the peers' medians to
footprint's. The peers join the jobs with the hardware, region, grid and PUE tables of Data/
and apply the formula, without footprint's validation or name resolution.

`--reference BINARY` also runs another footprint binary (such as a build of main) on the same
file and stops unless both outputs are byte-identical.
"""
import argparse, os, statistics, subprocess, sys, tempfile, time
from pathlib import Path

root = Path(__file__).resolve().parents[1]
data = root / "Data"

POLARS = f"""
import polars as pl, sys
data = {str(data)!r}
hw = pl.scan_csv(f"{{data}}/hardware.csv", schema_overrides={{"max_power_watts": pl.Float64}}).select(pl.col("name").alias("hardware"), "max_power_watts")
rg = pl.scan_csv(f"{{data}}/regions.csv").select(pl.col("id").alias("region"), "provider", "grid_zone")
gz = (pl.scan_csv(f"{{data}}/grids.csv", infer_schema_length=0).filter(pl.col("basis") == "lifecycle")
      .select(pl.col("id").alias("grid_zone"), pl.col("intensity_g_per_kwh").cast(pl.Float64)))
pu = pl.scan_csv(f"{{data}}/pue.csv", schema_overrides={{"pue": pl.Float64}})
region_pue = pu.filter(pl.col("scope") == "region").select(pl.col("id").alias("region"), pl.col("pue").alias("region_pue"))
provider_pue = pu.filter(pl.col("scope") == "provider").select(pl.col("id").alias("provider"), pl.col("pue").alias("provider_pue"))
default_pue = pu.filter(pl.col("scope") == "default").select(pl.col("pue").alias("default_pue"))
jobs = pl.scan_csv(sys.argv[1])
pue = pl.coalesce("region_pue", "provider_pue", "default_pue")
energy = pl.col("max_power_watts") * pl.col("count") * pl.col("utilization") * pl.col("hours") * pue / 1000
(jobs.join(hw, on="hardware", how="left").join(rg, on="region", how="left").join(gz, on="grid_zone", how="left")
     .join(region_pue, on="region", how="left").join(provider_pue, on="provider", how="left").join(default_pue, how="cross")
     .select(*jobs.collect_schema().names(), energy.alias("energy_kwh"),
             (energy * pl.col("intensity_g_per_kwh") / 1000).alias("co2e_kg"), "intensity_g_per_kwh", pue.alias("pue"))
     .sink_csv(sys.argv[2]))
"""

DUCKDB = f"""
import duckdb, sys
data = {str(data)!r}
duckdb.connect().execute(f\"\"\"
COPY (
  WITH hw AS (SELECT name, max_power_watts FROM read_csv('{{data}}/hardware.csv')),
       rg AS (SELECT id, provider, grid_zone FROM read_csv('{{data}}/regions.csv')),
       gz AS (SELECT id, CAST(intensity_g_per_kwh AS DOUBLE) AS intensity_g_per_kwh
              FROM read_csv('{{data}}/grids.csv', all_varchar=true) WHERE basis = 'lifecycle'),
       pu AS (SELECT scope, id, pue FROM read_csv('{{data}}/pue.csv')),
       j AS (SELECT * FROM read_csv('{{sys.argv[1]}}')),
       m AS (SELECT j.*, hw.max_power_watts, gz.intensity_g_per_kwh AS intensity,
                    coalesce(pr.pue, pp.pue, (SELECT pue FROM pu WHERE scope = 'default')) AS p
             FROM j LEFT JOIN hw ON hw.name = j.hardware
                    LEFT JOIN rg ON rg.id = j.region
                    LEFT JOIN gz ON gz.id = rg.grid_zone
                    LEFT JOIN pu pr ON pr.scope = 'region' AND pr.id = j.region
                    LEFT JOIN pu pp ON pp.scope = 'provider' AND pp.id = rg.provider)
  SELECT * EXCLUDE (max_power_watts, intensity, p),
         max_power_watts * count * utilization * hours * p / 1000 AS energy_kwh,
         max_power_watts * count * utilization * hours * p / 1000 * intensity / 1000 AS co2e_kg,
         intensity AS intensity_g_per_kwh, p AS pue
  FROM m
) TO '{{sys.argv[2]}}' (HEADER)\"\"\")
"""


def run(command):
    """Runs `command` with no output; returns wall seconds, CPU seconds and peak RSS in MB."""
    start = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    _, status, usage = os.wait4(process.pid, 0)
    wall = time.perf_counter() - start
    error = process.stderr.read().decode(errors="replace")
    process.stderr.close()
    if os.waitstatus_to_exitcode(status) != 0:
        sys.exit(f"failed: {' '.join(command)}\n{error}")
    return wall, usage.ru_utime + usage.ru_stime, usage.ru_maxrss / 1024


def venv_python():
    """The Python of .build/compare-venv, made with Polars and DuckDB if needed."""
    venv = root / ".build" / "compare-venv"
    python = venv / "bin" / "python"
    if not python.exists():
        subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True)
    if subprocess.run([str(python), "-c", "import polars, duckdb"], capture_output=True).returncode != 0:
        subprocess.run([str(python), "-m", "pip", "install", "--quiet", "polars", "duckdb"], check=True)
    return str(python)


def versions(python):
    """The peers' versions, as the venv has them."""
    return subprocess.run([python, "-c", "import polars, duckdb; print(f'Polars {polars.__version__}, DuckDB {duckdb.__version__}')"],
                          capture_output=True, text=True, check=True).stdout.strip()


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--rows", type=int, action="append", help="job rows (repeat for several sizes; default 1000000)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--reference", help="another footprint binary whose output must be byte-identical")
    parser.add_argument("--no-build", action="store_true", help="use the release binary as it is")
    arguments = parser.parse_args()
    if not arguments.no_build:
        subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--product", "footprint"], cwd=root, check=True,
                       stdout=subprocess.DEVNULL)
    binary = str(root / ".build" / "release" / "footprint")
    python = venv_python()
    print(f"{versions(python)}; {os.cpu_count()} CPUs; load average {os.getloadavg()[0]:.2f} at start")
    for rows in arguments.rows or [1_000_000]:
        with tempfile.TemporaryDirectory() as work:
            jobs = f"{work}/jobs.csv"
            with open(jobs, "w") as out:
                subprocess.run([sys.executable, str(root / "Benchmarks" / "generate_jobs.py"), str(rows)], stdout=out, check=True)
            if arguments.reference:
                run([arguments.reference, "batch", jobs, "--output", f"{work}/reference.csv"])
                run([binary, "batch", jobs, "--output", f"{work}/check.csv"])
                if subprocess.run(["cmp", "-s", f"{work}/reference.csv", f"{work}/check.csv"]).returncode != 0:
                    sys.exit(f"footprint's output differs from {arguments.reference}'s")
                print(f"{rows:,} rows: output byte-identical to {arguments.reference}'s")
                for name in ("reference.csv", "check.csv"):
                    os.remove(f"{work}/{name}")
            tools = {
                "footprint": lambda output: [binary, "batch", jobs, "--output", output],
                "polars": lambda output: [python, "-c", POLARS, jobs, output],
                "duckdb": lambda output: [python, "-c", DUCKDB, jobs, output],
            }
            results = {(tool, case): [] for tool in tools for case in ("new", "replace")}
            for _ in range(arguments.rounds):
                for tool, command in tools.items():
                    output = f"{work}/{tool}.csv"
                    if os.path.exists(output):
                        os.remove(output)
                    results[(tool, "new")].append(run(command(output)))
                    results[(tool, "replace")].append(run(command(output)))
            size = os.path.getsize(jobs) / 1e6
            print(f"\n{rows:,} rows ({size:.0f} MB), {arguments.rounds} rounds, load average {os.getloadavg()[0]:.2f} at end")
            print(f"{'tool':<10} {'output':<8} {'wall (median)':>14} {'CPU (median)':>13} {'peak RSS':>9} {'wall ratio':>11}")
            for case in ("new", "replace"):
                base = statistics.median(r[0] for r in results[("footprint", case)])
                for tool in tools:
                    runs = results[(tool, case)]
                    wall = statistics.median(r[0] for r in runs)
                    cpu = statistics.median(r[1] for r in runs)
                    rss = max(r[2] for r in runs)
                    print(f"{tool:<10} {case:<8} {wall:12.3f} s {cpu:11.3f} s {rss:6.0f} MB {wall / base:10.2f}x")


if __name__ == "__main__":
    main()
