"""The SQL every engine of equivalence.py runs after loading the exported script."""

NAMES = ("hardware", "cpu", "region", "location")

# Swift's key of every spelling, through the exported normaliser.
KEYS = "SELECT footprint_key(spelling) FROM spellings ORDER BY position"

# Every job of footprint_jobs through the exported view (Postgres: add "()", a set-returning function).
ESTIMATES = "SELECT job_id, status, energy_kwh, co2e_kg FROM footprint_estimates"


def column_types(inputs, text, double):
    """(name, SQL type) of footprint_jobs' columns, job_id first, in an engine's type names."""
    return [("job_id", text)] + [(name, text if name in NAMES else double) for name in inputs]


def by_job(rows):
    """{job_id: (status, energy_kwh, co2e_kg)} of (job_id, status, energy_kwh, co2e_kg) rows."""
    return {row[0]: (row[1], row[2], row[3]) for row in rows}
