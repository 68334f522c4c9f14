#!/usr/bin/env python3
"""The batch task in DuckDB and pandas, for comparison with `footprint batch` (not run in CI).

Usage: python3 Benchmarks/compare.py JOBS.csv FOOTPRINT_BINARY
Needs `pip install duckdb pandas`. Each tool joins the jobs with the hardware, region, grid
and PUE tables of Data/, applies the formula and writes a CSV; the script prints wall time
and peak RSS of each run (a fresh process each, via /usr/bin/time) and the ratios.
"""
import subprocess, sys, tempfile
from pathlib import Path

data = Path(__file__).resolve().parents[1] / "Data"
jobs, binary = sys.argv[1], sys.argv[2]

PREPARE = f"""
import duckdb, sys
con = duckdb.connect()
con.execute(f\"\"\"
COPY (
  WITH hw AS (SELECT name, max_power_watts FROM read_csv('{data}/hardware.csv', all_varchar=false)),
       rg AS (SELECT id, provider, grid_zone, intensity_g_per_kwh AS published FROM read_csv('{data}/regions.csv')),
       gz AS (SELECT id, intensity_g_per_kwh FROM read_csv('{data}/grids.csv')),
       pu AS (SELECT scope, id, pue FROM read_csv('{data}/pue.csv'))
  SELECT j.*,
         hw.max_power_watts * j.count * j.utilization * j.hours
           * coalesce(pr.pue, pp.pue, pd.pue) / 1000 AS energy_kwh,
         hw.max_power_watts * j.count * j.utilization * j.hours
           * coalesce(pr.pue, pp.pue, pd.pue) / 1000 * coalesce(rg.published, gz.intensity_g_per_kwh) / 1000 AS co2e_kg,
         coalesce(rg.published, gz.intensity_g_per_kwh) AS intensity_g_per_kwh,
         coalesce(pr.pue, pp.pue, pd.pue) AS pue
  FROM read_csv('{{sys.argv[1]}}') j
  JOIN hw ON hw.name = j.hardware
  JOIN rg ON rg.id = j.region
  JOIN gz ON gz.id = rg.grid_zone
  LEFT JOIN pu pr ON pr.scope = 'region' AND pr.id = j.region
  LEFT JOIN pu pp ON pp.scope = 'provider' AND pp.id = rg.provider
  JOIN pu pd ON pd.scope = 'default'
  ORDER BY j.job_id
) TO '{{sys.argv[2]}}' (HEADER)\"\"\")
"""

PANDAS = f"""
import pandas as pd, sys
j = pd.read_csv(sys.argv[1])
hw = pd.read_csv('{data}/hardware.csv', usecols=['name', 'max_power_watts'])
rg = pd.read_csv('{data}/regions.csv', usecols=['id', 'provider', 'grid_zone', 'intensity_g_per_kwh']).rename(columns={{'intensity_g_per_kwh': 'published'}})
gz = pd.read_csv('{data}/grids.csv', usecols=['id', 'intensity_g_per_kwh'], keep_default_na=False)
pu = pd.read_csv('{data}/pue.csv')
m = j.merge(hw, left_on='hardware', right_on='name', how='left')
m = m.merge(rg, left_on='region', right_on='id', how='left')
m = m.merge(gz.rename(columns={{'id': 'zone_id'}}), left_on='grid_zone', right_on='zone_id', how='left')
region_pue = pu[pu.scope == 'region'].set_index('id').pue
provider_pue = pu[pu.scope == 'provider'].set_index('id').pue
default_pue = float(pu[pu.scope == 'default'].pue.iloc[0])
m['pue'] = m.region.map(region_pue).fillna(m.provider.map(provider_pue)).fillna(default_pue)
m['intensity_g_per_kwh'] = m.published.fillna(pd.to_numeric(m.intensity_g_per_kwh, errors='coerce'))
m['energy_kwh'] = m.max_power_watts * m['count'] * m.utilization * m.hours * m.pue / 1000
m['co2e_kg'] = m.energy_kwh * m.intensity_g_per_kwh / 1000
m[list(j.columns) + ['energy_kwh', 'co2e_kg', 'intensity_g_per_kwh', 'pue']].to_csv(sys.argv[2], index=False)
"""


def timed(command):
    with tempfile.NamedTemporaryFile() as report:
        subprocess.run(["/usr/bin/time", "-f", "%e %M", "-o", report.name] + command, check=True,
                       stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        wall, rss = Path(report.name).read_text().split()[-2:]
        return float(wall), int(rss) / 1024


with tempfile.TemporaryDirectory() as work:
    results = {
        "footprint": timed([binary, "batch", jobs, "--output", f"{work}/f.csv"]),
        "duckdb": timed([sys.executable, "-c", PREPARE, jobs, f"{work}/d.csv"]),
        "pandas": timed([sys.executable, "-c", PANDAS, jobs, f"{work}/p.csv"]),
    }
base = results["footprint"][0]
for name, (wall, rss) in results.items():
    print(f"{name:>9}: {wall:6.2f} s wall, peak RSS {rss:6.1f} MB, {wall / base:5.2f}x footprint's time")
