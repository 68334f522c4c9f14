#!/usr/bin/env python3
"""Build Data/instances.csv (and Data/curation/SOURCES-instances.md) from the reference
tables copied into Data/curation/inputs/ (from ../shared/reference-data).

Plain python3, standard library only.  Run from anywhere, after build_hardware.py:

    python3 Data/curation/build_instances.py

Rows:
- every GPU/accelerator instance type of instances/gpu_instances.csv whose accelerator is
  in Data/hardware.csv (the others are left out, each model with its reason, in
  instance_models.csv: the build fails on a model that file does not mention);
- the CPU-only families most used for ML data work (FAMILIES below) from the Cloud Carbon
  Footprint 2026 instance lists, where their CPU model is in Data/hardware.csv.

Accelerator and CPU models are resolved to hardware ids by instance_models.csv (by
provider, then for every provider), then by the source's join key into the datasheet
table, then by the model's name without vendor words and parentheses compared with the
hardware table's ids, names and aliases (lower case, letters and digits only).

Output schema:
    id,provider,instance_type,accelerator,accelerator_count,vcpus,cpu,memory_gb,year,source
"""

from __future__ import annotations

import csv
import io
import re
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
INPUTS = HERE.parent / "inputs"
OUT_CSV = REPO / "Data" / "instances.csv"
OUT_MD = HERE.parent / "SOURCES-instances.md"
HEADER = ["id", "provider", "instance_type", "accelerator", "accelerator_count", "vcpus", "cpu",
          "memory_gb", "year", "source"]

GPU_FILE = "instances/gpu_instances.csv"
CCF_AWS = "cloud-carbon-footprint/ccf-coefficients/data/aws-instances-latest-2026.csv"
CCF_GCP = "cloud-carbon-footprint/ccf-coefficients/data/gcp-instances-latest-2026.csv"
# CPU-only families: general purpose, compute and memory optimised, current and previous generation.
FAMILIES = {
    "aws": ["m5", "c5", "r5", "m6i", "c6i", "r6i", "m6a", "c6a", "r6a", "m7i", "c7i", "r7i",
            "m7a", "c7a", "m6g", "c6g", "m7g", "c7g", "r7g"],
    "gcp": ["n1-standard", "n1-highmem", "n1-highcpu", "n2-standard", "n2-highmem", "n2-highcpu",
            "n2d-standard", "n2d-highmem", "n2d-highcpu", "c2-standard", "c2d-standard", "c2d-highmem",
            "c2d-highcpu", "c3-standard", "c3-highmem", "c3-highcpu", "c3d-standard", "c3d-highmem",
            "c3d-highcpu", "e2-standard", "e2-highmem", "e2-highcpu", "n4-standard", "n4-highmem",
            "n4-highcpu", "c4-standard", "c4-highmem", "c4-highcpu", "t2d-standard"],
}
VENDOR_WORDS = re.compile(r"^(NVIDIA|Nvidia|Google|AMD|AWS|Intel|Habana|Qualcomm)\s+")


def key(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def read(relative: str) -> list[dict[str, str]]:
    with open(INPUTS / relative, newline="", encoding="utf-8") as handle:
        return list(csv.DictReader(handle))


def hardware_index() -> tuple[dict[str, str], dict[str, dict[str, str]]]:
    """Normalised id/name/alias -> id, and id -> row, of Data/hardware.csv."""
    with open(REPO / "Data" / "hardware.csv", newline="", encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    names: dict[str, str] = {}
    for row in rows:
        for name in [row["id"], row["name"], *[a for a in row["aliases"].split("|") if a]]:
            names.setdefault(key(name), row["id"])
    return names, {row["id"]: row for row in rows}


class Resolver:
    """Model names to hardware ids (see the module's docstring)."""

    def __init__(self) -> None:
        self.names, self.rows = hardware_index()
        self.mapped: dict[tuple[str, str, str], tuple[str, str]] = {}
        with open(HERE.parent / "instance_models.csv", newline="", encoding="utf-8") as handle:
            for row in csv.DictReader(handle):
                if row["hardware"] and row["hardware"] not in self.rows:
                    sys.exit(f"instance_models.csv: '{row['hardware']}' is not an id of Data/hardware.csv")
                self.mapped[(row["field"], row["provider"], row["model"])] = (row["hardware"], row["reason"])

    def resolve(self, field: str, provider: str, model: str, join_key: str = "") -> tuple[str | None, str]:
        """(hardware id, how), id None when left out, '' when not found."""
        for scope in (provider, "*"):
            if (field, scope, model) in self.mapped:
                hardware, reason = self.mapped[(field, scope, model)]
                return (hardware or None), reason
        for candidate in (join_key, re.sub(r"\(.*?\)", "", model).strip()):
            for text in (candidate, VENDOR_WORDS.sub("", candidate)):
                if text and key(text) in self.names:
                    return self.names[key(text)], "name"
        return "", "unresolved"


def number(text: str) -> str:
    value = float(text)
    return str(int(value)) if value == int(value) else f"{value:g}"


def gpu_rows(resolver: Resolver, report: dict) -> list[list[str]]:
    rows, missing = [], set()
    for row in read(GPU_FILE):
        provider, model = row["provider"], row["accelerator_model"]
        accelerator, how = resolver.resolve("accelerator", provider, model, row["datasheet_tdp_model"])
        if accelerator == "":
            missing.add(model)
            continue
        if accelerator is None:
            report["left_out"][(model, how)] += 1
            continue
        if not row["accelerator_count"]:
            report["left_out"][(model, f"{row['instance_type']}: accelerator count not published")] += 1
            continue
        cpu = ""
        if row["cpu_model"]:
            found, _ = resolver.resolve("cpu", provider, row["cpu_model"])
            if found and resolver.rows[found]["kind"] == "cpu":
                cpu = found
            else:
                report["cpu_unresolved"][row["cpu_model"]] += 1
        rows.append([
            f"{provider}:{row['instance_type']}", provider, row["instance_type"], accelerator,
            number(row["accelerator_count"]), row["vcpus"], cpu,
            number(row["memory_gib"]) if row["memory_gib"] else "", row["as_of"][:4],
            f"{GPU_FILE}: {row['source']}",
        ])
    if missing:
        sys.exit("accelerator models neither in Data/hardware.csv nor in instance_models.csv: "
                 + "; ".join(sorted(missing)))
    return rows


def cpu_rows(resolver: Resolver, report: dict) -> list[list[str]]:
    rows = []
    specs = [("aws", CCF_AWS, "Instance Type", "vCPUs", "Memory (GiB)", "Platform CPU Name"),
             ("gcp", CCF_GCP, "Instance Type", "Instance vCPU", "Instance Memory", "CPU Name")]
    for provider, path, name_col, vcpu_col, memory_col, cpu_col in specs:
        for row in read(path):
            name = row[name_col].strip()
            family = name.split(".")[0] if provider == "aws" else name.rsplit("-", 1)[0]
            if family not in FAMILIES[provider]:
                continue
            cpu, _ = resolver.resolve("cpu", provider, row[cpu_col].strip())
            if not cpu or resolver.rows[cpu]["kind"] != "cpu":
                report["cpu_only_left_out"][(provider, family, row[cpu_col].strip())] += 1
                continue
            rows.append([
                f"{provider}:{name}", provider, name, "", "", row[vcpu_col].strip(), cpu,
                number(row[memory_col]), "2026",
                f"ccf-coefficients {Path(path).name} (Apache-2.0): vcpus, memory, cpu",
            ])
    return rows


def main() -> None:
    resolver = Resolver()
    report = {"left_out": Counter(), "cpu_unresolved": Counter(), "cpu_only_left_out": Counter()}
    rows = gpu_rows(resolver, report) + cpu_rows(resolver, report)
    ids = Counter(key(row[0]) for row in rows)
    duplicates = [name for name, count in ids.items() if count > 1]
    if duplicates:
        sys.exit(f"duplicate instance ids: {duplicates}")
    rows.sort(key=lambda row: (row[1], row[2]))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(HEADER)
    writer.writerows(rows)
    OUT_CSV.write_text(out.getvalue(), encoding="utf-8")
    OUT_MD.write_text(markdown(rows, report), encoding="utf-8")
    print(f"wrote {OUT_CSV} ({len(rows)} rows)")


def markdown(rows: list[list[str]], report: dict) -> str:
    by_provider = Counter((row[1], "accelerator" if row[3] else "CPU only") for row in rows)
    lines = [
        "# Sources of Data/instances.csv",
        "",
        "Generated by `build_instances.py`; do not edit by hand.",
        "",
        "- GPU and accelerator instance types: `inputs/instances/gpu_instances.csv` (facts compiled in 2026",
        "  from the sources in `inputs/instances/sources.csv`: Karpenter, cluster-autoscaler, ec2instances.info,",
        "  Cyclenerd, SkyPilot, XPK, gpuhunt, Cluster Toolkit, provider documentation; each row's `source`",
        "  names the ones it took its figures from). `memory_gb` is the memory **as published** (AWS, Azure",
        "  and Lambda publish GiB, GCP and OCI 'GB'; see the input's README, caveat 5). Fractional",
        "  `accelerator_count` is a partial GPU (the instance's share of one device). TPU slice rows carry",
        "  chips and no host figures.",
        "- CPU-only families: the Cloud Carbon Footprint 2026 instance lists (`ccf-coefficients`,",
        "  Apache-2.0): vCPUs, memory and the platform CPU.",
        "",
        "| Provider | Kind | Instance types |",
        "|---|---|---|",
    ]
    for (provider, kind), count in sorted(by_provider.items()):
        lines.append(f"| {provider} | {kind} | {count} |")
    lines += ["", "## Left out: accelerators without a power figure in Data/hardware.csv", "",
              "| Model | Rows | Reason |", "|---|---|---|"]
    for (model, reason), count in sorted(report["left_out"].items()):
        lines.append(f"| {model} | {count} | {reason} |")
    lines += ["", "## Host CPUs not counted (model not in Data/hardware.csv or only a family named)", "",
              "| CPU as published | Rows |", "|---|---|"]
    for model, count in sorted(report["cpu_unresolved"].items()):
        lines.append(f"| {model} | {count} |")
    lines += ["", "## CPU-only rows left out (CPU not in Data/hardware.csv)", "",
              "| Provider | Family | CPU | Rows |", "|---|---|---|---|"]
    for (provider, family, cpu), count in sorted(report["cpu_only_left_out"].items()):
        lines.append(f"| {provider} | {family} | {cpu} | {count} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    main()
