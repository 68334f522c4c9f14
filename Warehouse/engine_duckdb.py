"""The DuckDB side of equivalence.py: loads the exported script, normalises every
spelling with footprint_key, and estimates every job with footprint_estimate."""
import time

import duckdb


def run(script_path, jobs_path, spellings, inputs):
    """(keys of the spellings, {row_id: (status, energy_kwh, co2e_kg)}, timings)."""
    connection = duckdb.connect()
    started = time.perf_counter()
    with open(script_path, encoding="utf-8") as handle:
        connection.execute(handle.read())
    load = time.perf_counter() - started
    connection.execute("CREATE TABLE spellings (position BIGINT, spelling VARCHAR)")
    connection.executemany("INSERT INTO spellings VALUES (?, ?)", [(i, s["spelling"]) for i, s in enumerate(spellings)])
    keys = [row[0] for row in connection.execute("SELECT footprint_key(spelling) FROM spellings ORDER BY position").fetchall()]
    types = {name: "VARCHAR" if name in ("hardware", "cpu", "region", "location") else "DOUBLE" for name in inputs}
    columns = ", ".join(f"'{name}': '{kind}'" for name, kind in {"row_id": "VARCHAR", **types}.items())
    connection.execute(f"CREATE TABLE jobs AS SELECT * FROM read_csv('{jobs_path}', header = true, columns = {{{columns}}})")
    arguments = ", ".join(f"{name} := j.{name}" for name in inputs)
    started = time.perf_counter()
    rows = connection.execute(
        f"SELECT j.row_id, e.status, e.energy_kwh, e.co2e_kg FROM "
        f"(SELECT j.row_id, footprint_estimate({arguments}) AS e FROM jobs AS j) AS j").fetchall()
    query = time.perf_counter() - started
    return keys, {row[0]: (row[1], row[2], row[3]) for row in rows}, {"load": load, "query": query}
