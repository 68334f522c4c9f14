"""The Postgres side of equivalence.py: loads the exported script into the server that
libpq's environment names (PGHOST, PGUSER, PGDATABASE: run_postgres.sh starts a throwaway
one), normalises every spelling with footprint_key, copies the jobs into footprint_jobs and
estimates them all through the set-returning function footprint_estimates()."""
import time

import psycopg

from queries import ESTIMATES, KEYS, by_job, column_types


def run(script_path, jobs_path, spellings, inputs):
    """(keys of the spellings, {"function": {job_id: (status, energy_kwh, co2e_kg)}}, timings)."""
    with psycopg.connect(autocommit=True) as connection:
        started = time.perf_counter()
        with open(script_path, encoding="utf-8") as handle:
            # Without parameters psycopg sends the script as one simple query: many statements.
            connection.execute(handle.read())
        timings = {"load": time.perf_counter() - started}
        connection.execute("CREATE TEMPORARY TABLE spellings (position BIGINT, spelling TEXT)")
        with connection.cursor().copy("COPY spellings FROM STDIN") as copy:
            for position, spelling in enumerate(spellings):
                copy.write_row((position, spelling["spelling"]))
        keys = [row[0] for row in connection.execute(KEYS).fetchall()]
        columns = ", ".join(name for name, _ in column_types(inputs, "", ""))
        with open(jobs_path, "rb") as jobs, \
                connection.cursor().copy(f"COPY footprint_jobs ({columns}) FROM STDIN WITH (FORMAT csv, HEADER true)") as copy:
            while block := jobs.read(1 << 16):
                copy.write(block)
        started = time.perf_counter()
        results = {"function": by_job(connection.execute(ESTIMATES + "()").fetchall())}
        timings["function"] = time.perf_counter() - started
    return keys, results, timings
