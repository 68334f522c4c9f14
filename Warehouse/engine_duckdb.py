"""The DuckDB side of equivalence.py: loads the exported script, normalises every
spelling with footprint_key, fills footprint_jobs and estimates every job through the
footprint_estimates view and through the per-row footprint_estimate macro."""
import time

import duckdb

from queries import ESTIMATES, KEYS, by_job, column_types


def run(script_path, jobs_path, spellings, inputs):
    """(keys of the spellings, {method: {job_id: (status, energy_kwh, co2e_kg)}}, timings)."""
    connection = duckdb.connect()
    started = time.perf_counter()
    with open(script_path, encoding="utf-8") as handle:
        connection.execute(handle.read())
    timings = {"load": time.perf_counter() - started}
    connection.execute("CREATE TABLE spellings (position BIGINT, spelling VARCHAR)")
    connection.executemany("INSERT INTO spellings VALUES (?, ?)", [(i, s["spelling"]) for i, s in enumerate(spellings)])
    keys = [row[0] for row in connection.execute(KEYS).fetchall()]
    columns = ", ".join(f"'{name}': '{kind}'" for name, kind in column_types(inputs, "VARCHAR", "DOUBLE"))
    connection.execute(f"INSERT INTO footprint_jobs SELECT * FROM read_csv('{jobs_path}', header = true, columns = {{{columns}}})")
    results = {}
    started = time.perf_counter()
    results["view"] = by_job(connection.execute(ESTIMATES).fetchall())
    timings["view"] = time.perf_counter() - started
    arguments = ", ".join(f"{name} := j.{name}" for name in inputs)
    started = time.perf_counter()
    results["macro"] = by_job(connection.execute(
        f"SELECT j.job_id, e.status, e.energy_kwh, e.co2e_kg FROM "
        f"(SELECT j.job_id, footprint_estimate({arguments}) AS e FROM footprint_jobs AS j) AS j").fetchall())
    timings["macro"] = time.perf_counter() - started
    return keys, results, timings
