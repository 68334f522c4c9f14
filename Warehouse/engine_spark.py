"""The Spark (local mode) side of equivalence.py: runs the exported script statement by
statement, normalises every spelling with footprint_key, and estimates every job with
footprint_estimate."""
import tempfile
import time

from pyspark.sql import SparkSession


def run(script_path, jobs_path, spellings, inputs):
    """(keys of the spellings, {row_id: (status, energy_kwh, co2e_kg)}, timings)."""
    spark = (SparkSession.builder.master("local[2]").appName("footprint-equivalence")
             .config("spark.ui.enabled", "false")
             .config("spark.sql.warehouse.dir", tempfile.mkdtemp(prefix="footprint-spark-")).config("spark.sql.shuffle.partitions", "4").getOrCreate())
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter()
    with open(script_path, encoding="utf-8") as handle:
        # Statements end with ";\n"; Spark literals escape their line breaks, so none is inside one.
        for statement in handle.read().split(";\n"):
            code = "\n".join(line for line in statement.splitlines() if not line.startswith("--")).strip()
            if code:
                spark.sql(code)
    load = time.perf_counter() - started
    spark.createDataFrame([(i, s["spelling"]) for i, s in enumerate(spellings)], "position LONG, spelling STRING") \
        .createOrReplaceTempView("spellings")
    keys = [row[0] for row in spark.sql("SELECT footprint_key(spelling) FROM spellings ORDER BY position").collect()]
    schema = ", ".join(["row_id STRING"] + [f"{name} {'STRING' if name in ('hardware', 'cpu', 'region', 'location') else 'DOUBLE'}"
                                            for name in inputs])
    spark.read.csv(jobs_path, header=True, schema=schema).createOrReplaceTempView("jobs")
    started = time.perf_counter()
    rows = spark.sql(
        f"SELECT row_id, e.status, e.energy_kwh, e.co2e_kg FROM "
        f"(SELECT row_id, footprint_estimate({', '.join(inputs)}) AS e FROM jobs)").collect()
    query = time.perf_counter() - started
    spark.stop()
    return keys, {row[0]: (row[1], row[2], row[3]) for row in rows}, {"load": load, "query": query}
