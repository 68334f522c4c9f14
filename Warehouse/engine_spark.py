"""The Spark (local mode) side of equivalence.py: runs the exported script statement by
statement, normalises every spelling with footprint_key, fills footprint_jobs and
estimates every job through the footprint_estimates view."""
import tempfile
import time

from pyspark.sql import SparkSession

from queries import ESTIMATES, KEYS, by_job, column_types


def run(script_path, jobs_path, spellings, inputs):
    """(keys of the spellings, {"view": {job_id: (status, energy_kwh, co2e_kg)}}, timings).
    Spark's warehouse lives in a temporary folder, removed when the run ends."""
    with tempfile.TemporaryDirectory(prefix="footprint-spark-") as warehouse:
        spark = (SparkSession.builder.master("local[2]").appName("footprint-equivalence")
                 .config("spark.ui.enabled", "false")
                 .config("spark.sql.warehouse.dir", warehouse)
                 .config("spark.sql.shuffle.partitions", "4").getOrCreate())
        try:
            return _estimate(spark, script_path, jobs_path, spellings, inputs)
        finally:
            spark.stop()


def _estimate(spark, script_path, jobs_path, spellings, inputs):
    """run()'s work in the session `spark`."""
    spark.sparkContext.setLogLevel("ERROR")
    started = time.perf_counter()
    with open(script_path, encoding="utf-8") as handle:
        # Statements end with ";\n"; Spark literals escape their line breaks, so none is inside one.
        # Split on "\n" only: splitlines() would also break at the packed tables' separators.
        for statement in handle.read().split(";\n"):
            code = "\n".join(line for line in statement.split("\n") if not line.startswith("--")).strip()
            if code:
                spark.sql(code)
    timings = {"load": time.perf_counter() - started}
    spark.createDataFrame([(i, s["spelling"]) for i, s in enumerate(spellings)], "position LONG, spelling STRING") \
        .createOrReplaceTempView("spellings")
    keys = [row[0] for row in spark.sql(KEYS).collect()]
    schema = ", ".join(f"{name} {kind}" for name, kind in column_types(inputs, "STRING", "DOUBLE"))
    spark.read.csv(jobs_path, header=True, schema=schema).write.insertInto("footprint_jobs")
    started = time.perf_counter()
    results = {"view": by_job(spark.sql(ESTIMATES).collect())}
    timings["view"] = time.perf_counter() - started
    return keys, results, timings
