#!/usr/bin/env python3
"""Build Data/hardware.csv (and Data/curation/SOURCES-hardware.md) from the
reference tables copied into Data/curation/inputs/ (from ../shared/reference-data).

Plain python3, standard library only.  Run from anywhere:

    python3 Data/curation/build_hardware.py

Only facts (names, watts, memory, core counts) are taken from the reference
tables; no code from the referenced projects is used.

Output schema (one row per device):
    id,name,aliases,kind,vendor,max_power_watts,memory_gb,cores,threads,year,source

The program that reads the table matches names after lower-casing and
dropping every non-alphanumeric character, so the script asserts that every
id, name and alias is unique under that normalisation across the whole file
and exits non-zero otherwise.
"""

from __future__ import annotations

import csv
import io
import math
import re
import sys
import unicodedata
from collections import defaultdict
from pathlib import Path

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
REF = HERE.parent / "inputs"  # copies of ../shared/reference-data (MANIFEST.sha256)
OUT_CSV = REPO / "Data" / "hardware.csv"
OUT_MD = REPO / "Data" / "curation" / "SOURCES-hardware.md"

HEADER = ["id", "name", "aliases", "kind", "vendor", "max_power_watts",
          "memory_gb", "cores", "threads", "year", "source"]

MIN_W, MAX_W = 1.0, 1000.0           # plausible CPU TDP window (W)
ACCEL_MAX_W = 2000.0                 # plausible per-device accelerator window

# ---------------------------------------------------------------- source labels
# label, year (vintage of the figure / snapshot year of the table)
SRC = {
    "ds": ("accelerators/datasheet_tdp.csv", None),    # year per product, below
    "mlco2": ("ML CO2 Impact gpus.csv (MIT)", 2026),   # snapshot d0d3ee5a, last edit 2026-02-26
    "ga_gpu": ("Green Algorithms TDP_gpu.csv (CC BY 4.0)", 2025),  # v3.0, 2025-02-05
    "ga_cpu": ("Green Algorithms TDP_cpu.csv (CC BY 4.0)", 2025),
    "cc": ("CodeCarbon cpu_power.csv (MIT)", 2026),    # README: last change 2026-04-13
    "ct": ("CarbonTracker cpu_power.csv (MIT)", 2024),  # README: added 2024-09-19
    "ark": ("CodeCarbon intel_cpu_ark_dataset.csv (MIT)", 2025),      # scraped 2025
    "amd_srv": ("CodeCarbon amd_cpu_server_dataset.csv (MIT)", 2025),
    "amd_dsk": ("CodeCarbon amd_cpu_desktop_dataset.csv (MIT)", 2025),
    "inst": ("instances/gpu_instances.csv", 2026),
    "patterson": ("Patterson et al. 2021 (arXiv:2104.10350) via ML CO2 Impact gpus.csv (MIT)", 2021),
    "ga22_cpu": ("Green Algorithms v2.2 TDP_cpu.csv (CC BY 4.0)", 2022),
    "spec": ("SPECpower_ssj2008 results list via ccf-coefficients SPECpower-2026-03-09.csv (Apache-2.0)", 2026),
    "ccf_aws": ("ccf-coefficients aws-instances-cpus.csv (Apache-2.0)", 2026),
    "manual": ("Data/curation/hardware_manual.csv", None),
}
MANUAL_ROWS = HERE.parent / "hardware_manual.csv"        # hand-curated rows (parts in no reference table)
MANUAL_ALIASES = HERE.parent / "hardware_aliases.csv"    # extra spellings for existing rows
MANUAL_CORES = HERE.parent / "hardware_cores.csv"        # core counts for rows no table covers

CONFLICTS: list[dict] = []     # every resolved conflict (device, values, chosen, reason, group)
NOTES: dict[str, list] = defaultdict(list)   # other cleaning actions, by category


def conflict(group, device, values, chosen, reason):
    CONFLICTS.append(dict(group=group, device=device, values=values,
                          chosen=chosen, reason=reason))


# ---------------------------------------------------------------- helpers
def norm(s: str) -> str:
    """The program's matching key: lower-case, keep only [a-z0-9]."""
    return re.sub(r"[^a-z0-9]", "", s.lower())


def slug(s: str) -> str:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()
    s = re.sub(r"[^a-z0-9]+", "-", s.lower()).strip("-")
    return re.sub(r"-{2,}", "-", s)


def clean(s: str) -> str:
    """Trim, NFKC (turns NBSP into a space), drop zero-width and (R)/(TM) marks,
    collapse whitespace."""
    s = re.sub(r"[®™©\u200b]", "", s)          # before NFKC, which would turn ™ into "TM"
    s = unicodedata.normalize("NFKC", s)
    s = re.sub(r"\((R|TM|C)\)", "", s, flags=re.I)
    return re.sub(r"\s+", " ", s).strip()


def num(s):
    """Parse a plain number; None for empty/NaN/unk/garbage."""
    if s is None:
        return None
    s = str(s).strip()
    if re.fullmatch(r"\d+(\.\d+)?", s):
        return float(s)
    return None


def fmt(x):
    if x is None:
        return ""
    if isinstance(x, float) and x.is_integer():
        return str(int(x))
    if isinstance(x, float):
        return ("%.3f" % x).rstrip("0").rstrip(".")
    return str(x)


def read_csv(path: Path, skip_meta_row=False):
    text = path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(io.StringIO(text)))
    if skip_meta_row:
        rows = rows[1:]
    return rows


# ================================================================ ACCELERATORS
# Year of each datasheet figure = publication year of the cited vendor
# datasheet / announcement edition (the product's launch year).
DS_YEAR = {
    "H100 SXM5 80GB": 2022, "H100 PCIe 80GB": 2022, "H100 NVL 94GB": 2023,
    "H200 SXM 141GB": 2024, "H200 NVL 141GB": 2024,
    "GH200 Grace Hopper Superchip": 2023, "B100": 2024, "B200": 2024,
    "GB200 (Blackwell GPU in NVL72)": 2024, "B300": 2025,
    "A100 SXM4 40GB": 2020, "A100 SXM4 80GB": 2020, "A100 PCIe 40GB": 2020,
    "A100 PCIe 80GB": 2021, "L40S": 2023, "L40": 2022, "L4": 2023, "A40": 2020,
    "A30": 2021, "A10": 2021, "A16": 2021, "A2": 2021,
    "V100 SXM2 16GB/32GB": 2018, "V100 PCIe 16GB/32GB": 2018,
    "V100S PCIe 32GB": 2019, "T4": 2018, "RTX 6000 Ada": 2022,
    "RTX PRO 6000 Blackwell Server Edition": 2025, "GeForce RTX 5090": 2025,
    "GeForce RTX 4090": 2022, "GeForce RTX 4080": 2022,
    "Instinct MI300X": 2023, "Instinct MI300A": 2023, "Instinct MI325X": 2024,
    "Instinct MI350X": 2025, "Instinct MI355X": 2025, "Instinct MI250X": 2021,
    "Instinct MI250": 2021, "Instinct MI210": 2022, "Instinct MI100": 2020,
    "Gaudi 2 (HL-225H)": 2022, "Gaudi 3 (HL-325L)": 2024, "Gaudi 3 (HL-338)": 2024,
    "Data Center GPU Max 1550": 2023, "Data Center GPU Max 1100": 2023,
}


# Launch year of accelerators whose figure comes from a compiled table (ML CO2 Impact,
# Green Algorithms) rather than a dated datasheet: `year` is the product's launch year,
# not the snapshot year of the table (NVIDIA/AMD/Google launch announcements).
LAUNCH_YEAR = {
    "nvidia-a10g": 2021, "nvidia-jetson-agx-xavier": 2018, "amd-radeon-rx-480": 2016,
    "nvidia-geforce-gtx-1660-gigabyte-oc": 2019, "nvidia-geforce-gtx-1080-ti": 2017,
    "nvidia-geforce-gtx-1080": 2016, "nvidia-geforce-gtx-750": 2014, "nvidia-geforce-gtx-titan-x": 2015,
    "nvidia-quadro-k6000": 2013, "nvidia-quadro-p6000": 2016, "nvidia-geforce-rtx-2080-ti": 2018,
    "nvidia-geforce-rtx-2080": 2018, "nvidia-quadro-rtx-8000": 2018, "nvidia-tesla-k40c": 2013,
    "nvidia-tesla-k80": 2014, "nvidia-tesla-m40-24gb": 2015, "nvidia-tesla-p100-pcie-16gb": 2016,
    "nvidia-tesla-p40": 2016, "nvidia-tesla-p4": 2016, "nvidia-titan-rtx": 2018, "nvidia-titan-v": 2017,
    "nvidia-titan-x-pascal": 2016, "nvidia-titan-xp": 2017, "nvidia-geforce-rtx-3080": 2020,
    "nvidia-geforce-rtx-3080-ti": 2021, "nvidia-geforce-rtx-3090": 2020, "nvidia-rtx-a5000": 2021,
    "nvidia-rtx-a6000": 2020, "google-tpu-v2": 2017, "google-tpu-v3": 2018, "google-tpu-v4": 2021,
}


def G(id, name, vendor, kind="gpu", ds=None, mlco2=(), ga=(), aliases=(),
      memory=None, memory_reason=None, power=None):
    """Accelerator spec.  ds: datasheet model; mlco2/ga: row names in those
    tables (their spellings become aliases); aliases: extra spellings
    (nvidia-smi names, cloud names); memory: override with reason;
    power: explicit resolution (watts, source-key, reason)."""
    return dict(id=id, name=name, vendor=vendor, kind=kind, ds=ds,
                mlco2=list(mlco2), ga=list(ga), aliases=list(aliases),
                memory=memory, memory_reason=memory_reason, power=power)


ACCEL = [
    # ---------------- NVIDIA data-centre (datasheet rows)
    G("nvidia-h100-sxm5-80gb", "H100 SXM5 80GB", "NVIDIA", ds="H100 SXM5 80GB", mlco2=["H100 SXM"],
      aliases=["NVIDIA H100 80GB HBM3", "H100 80GB HBM3", "H100 SXM5", "H100 SXM 80GB", "h100-80gb-sxm",
               "H100 80GB SXM", "H100-SXM5-80GB", "nvidia-h100-mega-80gb"]),
    G("nvidia-h100-pcie-80gb", "H100 PCIe 80GB", "NVIDIA", ds="H100 PCIe 80GB",
      aliases=["NVIDIA H100 PCIe", "H100 PCIe", "h100-80gb-pcie", "H100 80GB PCIe", "H100-PCIE-80GB"]),
    G("nvidia-h100-nvl-94gb", "H100 NVL 94GB", "NVIDIA", ds="H100 NVL 94GB", mlco2=["H100 NVL"],
      aliases=["NVIDIA H100 NVL", "h100-94gb-nvl"]),
    G("nvidia-h200-sxm-141gb", "H200 SXM 141GB", "NVIDIA", ds="H200 SXM 141GB",
      aliases=["NVIDIA H200", "H200 SXM", "H200 SXM5 141GB", "h200-141gb-sxm"]),
    G("nvidia-h200-nvl-141gb", "H200 NVL 141GB", "NVIDIA", ds="H200 NVL 141GB",
      aliases=["NVIDIA H200 NVL", "H200 NVL", "h200-141gb-nvl"]),
    G("nvidia-gh200-superchip", "GH200 Grace Hopper Superchip", "NVIDIA", kind="gpu",
      ds="GH200 Grace Hopper Superchip",
      aliases=["GH200", "NVIDIA GH200", "NVIDIA GH200 480GB", "GH200 96GB"]),
    G("nvidia-b100", "B100", "NVIDIA", ds="B100", aliases=["HGX B100", "B100 SXM"]),
    G("nvidia-b200", "B200", "NVIDIA", ds="B200",
      aliases=["NVIDIA B200 180GB", "B200 SXM", "B200 180GB", "HGX B200", "DGX B200"]),
    G("nvidia-gb200", "GB200 Blackwell GPU (NVL72)", "NVIDIA", ds="GB200 (Blackwell GPU in NVL72)",
      aliases=["GB200", "NVIDIA GB200", "GB200 NVL72"]),
    G("nvidia-b300", "B300", "NVIDIA", ds="B300", aliases=["HGX B300", "B300 SXM", "B300 288GB"]),
    G("nvidia-a100-sxm4-40gb", "A100 SXM4 40GB", "NVIDIA", ds="A100 SXM4 40GB",
      aliases=["NVIDIA A100-SXM4-40GB", "a100-40gb-sxm", "A100 40GB SXM", "A100 SXM 40GB"]),
    G("nvidia-a100-sxm4-80gb", "A100 SXM4 80GB", "NVIDIA", ds="A100 SXM4 80GB", mlco2=["A100 SXM4 80 GB"],
      aliases=["a100-80gb-sxm", "NVIDIA A100-SXM4-80GB", "A100 80GB SXM", "A100 SXM 80GB"]),
    G("nvidia-a100-pcie-40gb", "A100 PCIe 40GB", "NVIDIA", ds="A100 PCIe 40GB",
      mlco2=["A100 PCIe 40/80GB"], ga=["NVIDIA A100 40GB PCIe"],
      aliases=["NVIDIA A100-PCIE-40GB", "a100-40gb-pcie", "A100 40GB PCIe"]),
    G("nvidia-a100-pcie-80gb", "A100 PCIe 80GB", "NVIDIA", ds="A100 PCIe 80GB",
      mlco2=["A100 PCIe 40/80GB"], ga=["NVIDIA A100 80GB PCIe"],
      aliases=["a100-80gb-pcie", "A100 80GB PCIe", "NVIDIA A100-PCIE-80GB"]),
    G("nvidia-l40s", "L40S", "NVIDIA", ds="L40S", mlco2=["L40S"], aliases=["NVIDIA L40S", "L40S 48GB"]),
    G("nvidia-l40", "L40", "NVIDIA", ds="L40", aliases=["NVIDIA L40", "L40 48GB"]),
    G("nvidia-l4", "L4", "NVIDIA", ds="L4", mlco2=["L4"], aliases=["NVIDIA L4", "L4 24GB"]),
    G("nvidia-a40", "A40", "NVIDIA", ds="A40", aliases=["NVIDIA A40", "A40 48GB"]),
    G("nvidia-a30", "A30", "NVIDIA", ds="A30", aliases=["NVIDIA A30", "A30 24GB"]),
    G("nvidia-a10", "A10", "NVIDIA", ds="A10", aliases=["NVIDIA A10", "A10 24GB"]),
    G("nvidia-a16", "A16", "NVIDIA", ds="A16", aliases=["NVIDIA A16", "A16 64GB"]),
    G("nvidia-a2", "A2", "NVIDIA", ds="A2", aliases=["NVIDIA A2", "A2 16GB"]),
    G("nvidia-v100-sxm2-16gb", "V100 SXM2 16GB", "NVIDIA", ds="V100 SXM2 16GB/32GB",
      mlco2=["Tesla V100-SXM2-16GB"], memory=16.0,
      memory_reason="datasheet row covers the 16 GB and 32 GB SKUs (memory 32); split into one row per SKU",
      aliases=["Tesla V100 SXM2 16GB", "NVIDIA Tesla V100-SXM2-16GB"]),
    G("nvidia-v100-sxm2-32gb", "V100 SXM2 32GB", "NVIDIA", ds="V100 SXM2 16GB/32GB",
      mlco2=["Tesla V100-SXM2-32GB"],
      aliases=["Tesla V100 SXM2 32GB", "NVIDIA Tesla V100-SXM2-32GB"]),
    G("nvidia-v100-pcie-16gb", "V100 PCIe 16GB", "NVIDIA", ds="V100 PCIe 16GB/32GB",
      mlco2=["Tesla V100-PCIE-16GB"], memory=16.0,
      memory_reason="datasheet row covers the 16 GB and 32 GB SKUs (memory 32); split into one row per SKU",
      aliases=["Tesla V100 PCIe 16GB", "NVIDIA Tesla V100-PCIE-16GB"]),
    G("nvidia-v100-pcie-32gb", "V100 PCIe 32GB", "NVIDIA", ds="V100 PCIe 16GB/32GB",
      aliases=["Tesla V100-PCIE-32GB", "Tesla V100 PCIe 32GB", "NVIDIA Tesla V100-PCIE-32GB"]),
    G("nvidia-v100s-pcie-32gb", "V100S PCIe 32GB", "NVIDIA", ds="V100S PCIe 32GB", ga=["NVIDIA Tesla V100S"],
      aliases=["Tesla V100S-PCIE-32GB", "V100S", "Tesla V100S", "Tesla V100S PCIe 32GB"]),
    G("nvidia-t4", "T4", "NVIDIA", ds="T4", mlco2=["T4"], ga=["NVIDIA Tesla T4"],
      aliases=["Tesla T4", "NVIDIA T4", "nvidia-tesla-t4", "T4 16GB"]),
    G("nvidia-rtx-6000-ada", "RTX 6000 Ada", "NVIDIA", ds="RTX 6000 Ada",
      aliases=["NVIDIA RTX 6000 Ada Generation", "RTX 6000 Ada Generation"]),
    G("nvidia-rtx-pro-6000-blackwell-server-edition", "RTX PRO 6000 Blackwell Server Edition", "NVIDIA",
      ds="RTX PRO 6000 Blackwell Server Edition",
      aliases=["NVIDIA RTX PRO 6000 Blackwell Server Edition", "RTX PRO 6000 BSE"]),
    G("nvidia-geforce-rtx-5090", "GeForce RTX 5090", "NVIDIA", ds="GeForce RTX 5090",
      aliases=["NVIDIA GeForce RTX 5090", "RTX 5090"]),
    G("nvidia-geforce-rtx-4090", "GeForce RTX 4090", "NVIDIA", ds="GeForce RTX 4090", mlco2=["RTX 4090"],
      aliases=["NVIDIA GeForce RTX 4090"]),
    G("nvidia-geforce-rtx-4080", "GeForce RTX 4080", "NVIDIA", ds="GeForce RTX 4080",
      aliases=["NVIDIA GeForce RTX 4080", "RTX 4080"]),
    # ---------------- AMD Instinct (GPUs)
    G("amd-instinct-mi300x", "Instinct MI300X", "AMD", ds="Instinct MI300X",
      aliases=["MI300X", "AMD Instinct MI300X OAM"]),
    G("amd-instinct-mi300a", "Instinct MI300A", "AMD", ds="Instinct MI300A", aliases=["MI300A"]),
    G("amd-instinct-mi325x", "Instinct MI325X", "AMD", ds="Instinct MI325X",
      aliases=["MI325X", "AMD Instinct MI325X OAM"]),
    G("amd-instinct-mi350x", "Instinct MI350X", "AMD", ds="Instinct MI350X", aliases=["MI350X"]),
    G("amd-instinct-mi355x", "Instinct MI355X", "AMD", ds="Instinct MI355X", aliases=["MI355X"]),
    G("amd-instinct-mi250x", "Instinct MI250X", "AMD", ds="Instinct MI250X", aliases=["MI250X"]),
    G("amd-instinct-mi250", "Instinct MI250", "AMD", ds="Instinct MI250", aliases=["MI250"]),
    G("amd-instinct-mi210", "Instinct MI210", "AMD", ds="Instinct MI210", aliases=["MI210"]),
    G("amd-instinct-mi100", "Instinct MI100", "AMD", ds="Instinct MI100", aliases=["MI100"]),
    # ---------------- Intel
    G("intel-gaudi-2-hl-225h", "Gaudi 2 HL-225H", "Intel", kind="accelerator", ds="Gaudi 2 (HL-225H)",
      aliases=["Gaudi 2", "Intel Gaudi 2", "Habana Gaudi2", "HL-225H"]),
    G("intel-gaudi-3-hl-325l-oam", "Gaudi 3 HL-325L OAM", "Intel", kind="accelerator", ds="Gaudi 3 (HL-325L)",
      aliases=["Gaudi 3 OAM", "Intel Gaudi 3 OAM", "HL-325L", "Habana Gaudi3 OAM"]),
    G("intel-gaudi-3-hl-338-pcie", "Gaudi 3 HL-338 PCIe", "Intel", kind="accelerator", ds="Gaudi 3 (HL-338)",
      aliases=["Gaudi 3 PCIe", "Intel Gaudi 3 PCIe", "HL-338", "Habana Gaudi3 PCIe"]),
    G("intel-data-center-gpu-max-1550", "Data Center GPU Max 1550", "Intel", ds="Data Center GPU Max 1550",
      aliases=["GPU Max 1550", "Max 1550"]),
    G("intel-data-center-gpu-max-1100", "Data Center GPU Max 1100", "Intel", ds="Data Center GPU Max 1100",
      aliases=["GPU Max 1100", "Max 1100"]),
    # ---------------- rows only in ML CO2 Impact / Green Algorithms
    G("nvidia-a10g", "A10G", "NVIDIA", mlco2=["A10G"],
      aliases=["NVIDIA A10G", "A10G 24GB", "NVIDIA A10G 24GB", "AWS A10G", "A10G Tensor Core"], memory=24.0,
      power=(300.0, "vantage",
             "the A10G is an AWS-specific variant, not the 150 W A10: nvidia-smi on AWS g5 reports a 300 W "
             "power limit (ec2instances.info measurement, cited in instances/README.md, caveat 1); ML CO2 "
             "Impact's 150 W is the A10 datasheet figure copied onto the A10G row. 300 W (the enforced "
             "maximum) is used, consistent with maximum board power for every GPU row"),
      memory_reason="ML CO2 Impact row has one comma missing: its memory cell holds the URL and the "
                    "24 sits one column early; 24 GB taken from that shifted cell"),
    G("nvidia-jetson-agx-xavier", "Jetson AGX Xavier", "NVIDIA", mlco2=["AGX Xavier"],
      ga=["NVIDIA Jetson AGX Xavier"]),
    G("amd-radeon-rx-480", "Radeon RX 480", "AMD", mlco2=["AMD RX480"], ga=["AMD RX480"], aliases=["RX480"]),
    G("nvidia-geforce-gtx-1660-gigabyte-oc", "GeForce GTX 1660 (Gigabyte OC)", "NVIDIA",
      mlco2=["GIGABYTE GTX 1660 OC"], aliases=["NVIDIA GeForce GTX 1660", "GeForce GTX 1660", "GTX 1660"]),
    G("nvidia-geforce-gtx-1080-ti", "GeForce GTX 1080 Ti", "NVIDIA", mlco2=["GTX 1080 Ti"],
      ga=["NVIDIA GTX 1080 Ti"], aliases=["NVIDIA GeForce GTX 1080 Ti"]),
    G("nvidia-geforce-gtx-1080", "GeForce GTX 1080", "NVIDIA", mlco2=["GTX 1080"], ga=["NVIDIA GTX 1080"],
      aliases=["NVIDIA GeForce GTX 1080"]),
    G("nvidia-geforce-gtx-750", "GeForce GTX 750", "NVIDIA", mlco2=["GTX 750"],
      aliases=["NVIDIA GeForce GTX 750"], memory=None,
      memory_reason="ML CO2 Impact says 24 GB; the card ships with 1 or 2 GB, so left empty",
      power=(55.0, "mlco2-readme",
             "ML CO2 Impact's row is wrong in several columns (250 W, 1111 TFLOPS, 24 GB; see "
             "mlco2-impact/README.md); its own cited source (techpowerup GTX 750 page) and the README "
             "give ~55 W for the card")),
    G("nvidia-geforce-gtx-titan-x", "GeForce GTX TITAN X", "NVIDIA", mlco2=["GTX TITAN X"],
      ga=["NVIDIA GTX TITAN X"], aliases=["NVIDIA GeForce GTX TITAN X", "GTX TITAN X Maxwell"]),
    G("nvidia-quadro-k6000", "Quadro K6000", "NVIDIA", mlco2=["Quadro K6000"]),
    G("nvidia-quadro-p6000", "Quadro P6000", "NVIDIA", mlco2=["Quadro P6000"]),
    G("nvidia-geforce-rtx-2080-ti", "GeForce RTX 2080 Ti", "NVIDIA", mlco2=["RTX 2080 Ti"],
      ga=["NVIDIA RTX 2080 Ti"], aliases=["NVIDIA GeForce RTX 2080 Ti"]),
    G("nvidia-geforce-rtx-2080", "GeForce RTX 2080", "NVIDIA", mlco2=["RTX 2080"], ga=["NVIDIA RTX 2080"],
      aliases=["NVIDIA GeForce RTX 2080"]),
    G("nvidia-quadro-rtx-8000", "Quadro RTX 8000", "NVIDIA", mlco2=["RTX 8000"]),
    G("nvidia-tesla-k40c", "Tesla K40c", "NVIDIA", mlco2=["Tesla K40c"]),
    G("nvidia-tesla-k80", "Tesla K80", "NVIDIA", mlco2=["Tesla K80"], ga=["NVIDIA Tesla K80"], memory=24.0,
      memory_reason="the 300 W figure is for the whole dual-GPU K80 board, whose memory is 2 x 12 GB; "
                    "ML CO2 Impact's 12 GB is per GPU die"),
    G("nvidia-tesla-m40-24gb", "Tesla M40 24GB", "NVIDIA", mlco2=["Tesla M40 24GB"], memory=24.0,
      memory_reason="ML CO2 Impact names the 24 GB card but gives memory 12 (the 12 GB SKU); the "
                    "name wins"),
    G("nvidia-tesla-p100-pcie-16gb", "Tesla P100 PCIe 16GB", "NVIDIA", mlco2=["Tesla P100"],
      ga=["NVIDIA Tesla P100", "NVIDIA Tesla P100 PCIe"],
      aliases=["Tesla P100-PCIE-16GB", "Tesla P100 PCIe", "P100 PCIe 16GB"]),
    G("nvidia-tesla-p40", "Tesla P40", "NVIDIA", mlco2=["Tesla P40"]),
    G("nvidia-tesla-p4", "Tesla P4", "NVIDIA", ga=["NVIDIA Tesla P4"], memory=8.0,
      memory_reason="not in the power tables; 8 GB per instances/gpu_instances.csv (NVIDIA Tesla P4 8GB)"),
    G("nvidia-titan-rtx", "TITAN RTX", "NVIDIA", mlco2=["Titan RTX"]),
    G("nvidia-titan-v", "TITAN V", "NVIDIA", mlco2=["Titan V"], ga=["NVIDIA Titan V"]),
    G("nvidia-titan-x-pascal", "TITAN X (Pascal)", "NVIDIA", mlco2=["TITAN X Pascal"],
      ga=["NVIDIA TITAN X Pascal"]),
    G("nvidia-titan-xp", "TITAN Xp", "NVIDIA", mlco2=["Titan Xp"]),
    G("nvidia-geforce-rtx-3080", "GeForce RTX 3080", "NVIDIA", mlco2=["RTX 3080"],
      aliases=["NVIDIA GeForce RTX 3080"]),
    G("nvidia-geforce-rtx-3080-ti", "GeForce RTX 3080 Ti", "NVIDIA", mlco2=["RTX 3080 TI"],
      aliases=["NVIDIA GeForce RTX 3080 Ti"]),
    G("nvidia-geforce-rtx-3090", "GeForce RTX 3090", "NVIDIA", mlco2=["RTX 3090"],
      aliases=["NVIDIA GeForce RTX 3090"]),
    G("nvidia-rtx-a5000", "RTX A5000", "NVIDIA", mlco2=["RTX A5000"]),
    G("nvidia-rtx-a6000", "RTX A6000", "NVIDIA", mlco2=["RTX A6000"]),
    # ---------------- Google TPUs (no published TDP: estimates)
    G("google-tpu-v2", "TPU v2", "Google", kind="tpu", mlco2=["TPUv2 Chip"], ga=["TPU v2"],
      aliases=["TPUv2", "Google TPU v2", "TPU v2 chip", "tpu-v2"], memory=16.0,
      memory_reason="ML CO2 Impact gives 64 GB, which is a 4-chip board; per chip 16 GB HBM "
                    "(instances/gpu_instances.csv), matching the per-chip power",
      power=(221.0, "patterson",
             "no TDP and, unlike v3/v4, no Google-measured maximum is published for v2 (none in the "
             "reference data), so this is the one TPU row that is not a maximum: ML CO2 Impact's 221 W "
             "is the measured average per chip from Patterson et al. 2021, the primary source Green "
             "Algorithms also cites; Green Algorithms v3.0's 280 W (v2) / 220 W (v3) are that paper's "
             "v3/v2 pair transposed, and v2.2's 250/200 W are press estimates")),
    G("google-tpu-v3", "TPU v3", "Google", kind="tpu", mlco2=["TPUv3 Chip"], ga=["TPU v3"],
      aliases=["TPUv3", "Google TPU v3", "TPU v3 chip", "tpu-v3", "TPU v3 pod"], memory=32.0,
      memory_reason="ML CO2 Impact gives 128 GB, which is a 4-chip board; per chip 32 GB HBM "
                    "(instances/gpu_instances.csv)",
      power=(262.0, "gcpdoc",
             "hardware rows carry maximum power (GPU rows are maximum board power); Google publishes "
             "measured per-chip power for v3 as min/mean/max 123/220/262 W (cloud.google.com/tpu/docs/v3), "
             "so the maximum 262 W is used; Patterson et al. 2021's 283 W (via ML CO2 Impact) is a measured "
             "average of a different set-up, and Green Algorithms' 220 W equals Google's mean",
             "123/220/262")),
    G("google-tpu-v4", "TPU v4", "Google", kind="tpu", ga=["TPU v4"],
      aliases=["TPUv4", "Google TPU v4", "TPU v4 chip", "tpu-v4", "ct4p-hightpu-4t", "TPU v4 pod"],
      memory=32.0,
      memory_reason="not in Green Algorithms; 32 GB HBM per chip from instances/gpu_instances.csv",
      power=(192.0, "gcpdoc",
             "hardware rows carry maximum power; Google publishes measured per-chip power for v4 as "
             "min/mean/max 90/170/192 W (cloud.google.com/tpu/docs/v4), so the maximum 192 W is used; "
             "Green Algorithms' 170 W is Google's mean",
             "90/170/192")),
]

# Source spellings never used as aliases because they are ambiguous between
# rows with different figures (the program will suggest candidates instead).
AMBIGUOUS_SOURCE_NAMES = {
    "A100 PCIe 40/80GB": "ML CO2 Impact merges the 40 GB (250 W) and 80 GB (300 W) PCIe cards",
    "V100 SXM2 16GB/32GB": "datasheet row for two SKUs; split into two rows",
    "V100 PCIe 16GB/32GB": "datasheet row for two SKUs; split into two rows",
    "Tesla P100": "P100 exists as PCIe (250 W) and SXM2 (300 W); the sources mean the PCIe card",
    "NVIDIA Tesla P100": "as above (Green Algorithms cites the PCIe datasheet)",
    "NVIDIA Tesla V100": "Green Algorithms' generic V100 row (300 W) does not say SXM2 or PCIe",
    "Gaudi 3": "OAM (900 W) and PCIe (600 W) cards",
    "Gaudi 3 (HL-325L)": None, "Gaudi 3 (HL-338)": None,   # kept: specific
}
# Generic / non-device source rows that are skipped entirely.
SKIPPED_GPU_ROWS = {
    ("ga_gpu", "Any"): "Green Algorithms placeholder (200 W default), not a device",
    ("ga_gpu", "NVIDIA Tesla V100"): "generic V100 (300 W) without form factor; the SXM2 rows carry 300 W "
                                     "and the PCIe rows 250 W per the datasheet",
}
SKIPPED_CPU_ROWS = {"Any"}


def load_accelerators():
    ds_rows = list(csv.DictReader(io.StringIO(
        (REF / "accelerators" / "datasheet_tdp.csv").read_text(encoding="utf-8"))))
    ds = {r["model"]: r for r in ds_rows}

    ml_rows = read_csv(REF / "mlco2-impact" / "gpus.csv")
    ml_hdr = [h.strip() for h in ml_rows[0]]
    ml = {}
    ml_cpu = []
    for r in ml_rows[1:]:
        if not r:
            continue
        d = dict(zip(ml_hdr, r))
        if d["type"].strip() == "cpu":
            ml_cpu.append(d)
        else:
            ml[d["name"].strip()] = d

    ga_rows = read_csv(REF / "green-algorithms" / "TDP_gpu.csv", skip_meta_row=True)
    ga_hdr = ga_rows[0]
    ga = {}
    for r in ga_rows[1:]:
        if not r:
            continue
        d = dict(zip(ga_hdr, r))
        ga[d["model"].strip()] = d

    # v2.2 table: only consulted to document the TPU disagreement
    v22 = read_csv(REF / "green-algorithms" / "green-algorithms-tool-v2.2" / "TDP_gpu.csv", skip_meta_row=True)
    ga_v22 = {r[0].strip(): dict(zip(v22[0], r)) for r in v22[1:] if r}

    used = {("ds", k): False for k in ds}
    used.update({("mlco2", k): False for k in ml})
    used.update({("ga_gpu", k): False for k in ga})
    for key in SKIPPED_GPU_ROWS:
        if key in used:
            used[key] = True
            NOTES["skipped accelerator rows"].append(f"{SRC[key[0]][0]}: `{key[1]}` ({SKIPPED_GPU_ROWS[key]})")

    out = []
    for spec in ACCEL:
        vals = []          # (source key, watts)
        aliases = []       # source spellings first, then nvidia-smi / cloud spellings
        mem_cands = []     # (source, GB)
        ds_row = None
        if spec["ds"]:
            ds_row = ds[spec["ds"]]
            used[("ds", spec["ds"])] = True
            vals.append(("ds", float(ds_row["max_power_watts"])))
            mem_cands.append(("ds", num(ds_row["memory_gb"])))
            aliases.append(spec["ds"])
        for n in spec["mlco2"]:
            d = ml[n]
            used[("mlco2", n)] = True
            vals.append(("mlco2", float(d["tdp_watts"])))
            mem_cands.append(("mlco2", num(d.get("memory"))))
            aliases.append(n)
        for n in spec["ga"]:
            d = ga[n]
            used[("ga_gpu", n)] = True
            vals.append(("ga_gpu", float(d["TDP"])))
            aliases.append(n)

        aliases += spec["aliases"]

        # ---- power
        label_of = {"ds": "datasheet", "mlco2": "ML CO2 Impact", "ga_gpu": "Green Algorithms"}
        distinct = sorted({v for _, v in vals})
        if spec["power"]:
            watts, src_key, reason = spec["power"][:3]
            shown = [f"{label_of[s]} {fmt(v)}" for s, v in vals]
            if src_key in ("patterson", "gcpdoc"):
                for n in spec["ga"]:
                    if n in ga_v22:
                        shown.append(f"Green Algorithms v2.2 {fmt(float(ga_v22[n]['TDP']))}")
            conflict("accelerator", spec["name"], shown, fmt(watts), reason)
        elif ds_row is not None:
            watts, src_key = float(ds_row["max_power_watts"]), "ds"
            if len(distinct) > 1:
                conflict("accelerator", spec["name"],
                         [f"{label_of[s]} {fmt(v)}" for s, v in vals], fmt(watts),
                         _ds_reason(spec))
        else:
            if len(distinct) != 1:
                sys.exit(f"unresolved accelerator conflict for {spec['name']}: {vals}")
            watts = distinct[0]
            src_key = vals[0][0]
        if not (0 < watts <= ACCEL_MAX_W):
            sys.exit(f"implausible accelerator power {watts} for {spec['name']}")

        # ---- memory
        mem = None
        for s, m in mem_cands:
            if m is not None:
                mem = m
                break
        if spec["memory_reason"] is not None:
            src_vals = [f"{label_of[s]} {fmt(m)}" for s, m in mem_cands if m is not None]
            if spec["id"] == "nvidia-a10g":
                src_vals = ["ML CO2 Impact (memory cell holds a URL)"]
            if spec["memory"] != mem:
                conflict("accelerator memory", spec["name"], src_vals or ["(none)"],
                         fmt(spec["memory"]) or "empty", spec["memory_reason"])
            mem = spec["memory"]

        # ---- source / year
        if src_key == "ds":
            cite = ds_row["source"].split(":")[0].strip()
            extra = ", press figure" if ds_row["confidence"] == "press" else ""
            source = f"{cite} (accelerators/datasheet_tdp.csv{extra})"
            year = DS_YEAR[spec["ds"]]
        elif src_key == "patterson":
            source, year = SRC["patterson"]
            source = f"estimate, measured AVERAGE per chip (no maximum published for this TPU): {source}"
        elif src_key == "mlco2-readme":
            source, year = ("techpowerup figure cited by ML CO2 Impact (see mlco2-impact/README.md)", 2026)
        elif src_key == "gcpdoc":
            source, year = (f"maximum of Google's measured per-chip power (min/mean/max {spec['power'][3]} W), "
                            f"cloud.google.com/tpu/docs/{spec['id'].rsplit('-', 1)[1]} via "
                            "instances/gpu_instances.csv notes", None)
        elif src_key == "vantage":
            source, year = ("nvidia-smi power limit 300 W measured on AWS g5 by ec2instances.info (Vantage), "
                            "per instances/README.md; memory: ML CO2 Impact gpus.csv (MIT)", None)
        else:
            srcs = []
            for s, _ in vals:
                if s not in srcs:
                    srcs.append(s)
            source = "; ".join(SRC[s][0] for s in srcs)
            year = SRC[srcs[0]][1]
            if spec["kind"] == "tpu":
                source = "estimate: " + source

        if spec["id"] in LAUNCH_YEAR:
            year = LAUNCH_YEAR[spec["id"]]
        if year is None:
            sys.exit(f"no year for {spec['id']}")

        # ambiguous spellings never become aliases
        aliases = [a for a in aliases if a not in AMBIGUOUS_SOURCE_NAMES
                   or AMBIGUOUS_SOURCE_NAMES[a] is None]
        out.append(dict(id=spec["id"], name=spec["name"], aliases=aliases, kind=spec["kind"],
                        vendor=spec["vendor"], watts=watts, memory=mem, cores=None, threads=None,
                        year=year, source=source))

    missing = [k for k, v in used.items() if not v]
    if missing:
        sys.exit(f"accelerator source rows not mapped to any output row: {missing}")
    for a, why in AMBIGUOUS_SOURCE_NAMES.items():
        if why:
            NOTES["ambiguous spellings not used as aliases"].append(f"`{a}`: {why}")
    return out, ml_cpu


def _ds_reason(spec):
    if spec["id"].startswith("nvidia-v100"):
        return ("ML CO2 Impact has the V100 SXM2 and PCIe figures the wrong way round "
                "(SXM2-16GB 250 W, PCIe-16GB 300 W); the NVIDIA V100 datasheet gives SXM2 300 W, "
                "PCIe 250 W")
    if spec["id"] == "nvidia-a100-pcie-80gb":
        return ("ML CO2 Impact lists one 'A100 PCIe 40/80GB' row at 250 W; the 80 GB PCIe card is a "
                "300 W part (NVIDIA product brief; Green Algorithms agrees)")
    return "vendor datasheet preferred over compiled tables"


# ================================================================ CPUs
INTEL_FAM = r"(Xeon|Core|Pentium|Celeron|Atom|Itanium|Quark|Mobile)\b"
AMD_FAM = r"(EPYC|Ryzen|Athlon|Opteron|Phenom|Sempron|Turion|Duron|FX-|PRO\b|Mobile\b|Dual-Core\b|A\d{1,2}\b|E\d\b)"

# Xeon Phi "Knights Corner" parts are PCIe coprocessor cards, not host CPUs.
PHI_COPROCESSOR = re.compile(r"^Xeon Phi (3\d\w+|5\d{3}\w*|71\d{2}\w*|SE10\w*)$")


# Launch year of the Knights Corner cards the Intel ARK scrape does not list: the x100 family
# launched in November 2012 (SE10P/SE10X, with the Stampede system) and was extended in June
# 2013 (31S1P with the 3120/5120D/7120 cards); 3110X/7110P/7110X get the family's 2012.
PHI_YEAR = {"Xeon Phi SE10P": 2012, "Xeon Phi SE10X": 2012, "Xeon Phi 31S1P": 2013,
            "Xeon Phi 3110X": 2012, "Xeon Phi 7110P": 2012, "Xeon Phi 7110X": 2012}


def canon_cpu(raw: str):
    """-> (vendor, display name, matching key).  Display names drop the vendor
    word when the rest starts with a family name (Xeon Gold 6248, EPYC 7763);
    bare model numbers keep it (AMD 3015e, Intel N100)."""
    s = clean(raw)
    if s.startswith("ARM"):   # generic ARM row: keep CodeCarbon's string as is
        return "Unknown", s, norm(s)
    s = re.sub(r"^(AMD )?\d+th Gen (AMD )?", "AMD ", s)            # "7th Gen AMD PRO A10-..."
    s = re.sub(r"\s*\(\d+M Cache.*$", "", s)                        # Optane bundle noise
    s = re.sub(r"\s+(with|and)\s+(Radeon|Near Silent|Wraith).*$", "", s)
    s = re.sub(r"\s+APU\b", "", s)
    s = re.sub(r"\s+SoC$", "", s)
    s = re.sub(r"\s*\(OEM Only\)", "", s)
    s = re.sub(r"\s+Processor\b", "", s)
    s = re.sub(r"^(Intel )?Xeon Phi Coprocessor ", lambda m: (m.group(1) or "") + "Xeon Phi ", s)
    s = re.sub(r"\b(Core i\d) processor ", r"\1 ", s)
    s = re.sub(r"\s+Microsoft Surface Edition$", "", s)
    s = re.sub(r"\s+(Extreme Edition|X-series)$", "", s)
    s = re.sub(r"^(AMD )?FX (\d)", lambda m: (m.group(1) or "") + "FX-" + m.group(2), s)
    s = re.sub(r"\bE5-2630v4\b", "E5-2630 v4", s)
    s = re.sub(r"\s+", " ", s).strip()
    if s.startswith("Intel "):
        v, rest = "Intel", s[6:]
    elif s.startswith("AMD "):
        v, rest = "AMD", s[4:]
    elif s.startswith("Apple "):
        v, rest = "Apple", s[6:]
    elif re.match(INTEL_FAM, s):
        v, rest = "Intel", s
    elif re.match(r"Rasp?berry Pi", s):
        return "Raspberry Pi", "Raspberry Pi 4", norm("Raspberry Pi 4")
    elif s.startswith("ARM"):
        return "Unknown", s, norm(s)
    else:  # CodeCarbon's brand-less rows are AMD parts (see codecarbon/README.md)
        v, rest = "AMD", s
    rest = rest.strip()
    # Clock-named Intel parts ("Celeron 2.20") would collide with model
    # numbers ("Celeron 220") once punctuation is dropped: add the unit.
    if v == "Intel" and re.search(r"(^|\s)\d\.\d+[A-Z]?$", rest):
        rest = rest + " GHz"
    # "Opteron X2 170" (dual-core Opteron 170, 110 W) vs "Opteron X2170" (APU, 25 W)
    m = re.match(r"^Opteron X2 (\d{3}( HE)?)$", rest)
    if m:
        rest = "Dual-Core Opteron " + m.group(1)
    fam = INTEL_FAM if v == "Intel" else AMD_FAM if v == "AMD" else None
    name = rest if (fam and re.match(fam, rest)) else f"{v} {rest}"
    return v, name, norm(f"{v} {rest}")


class Cpu:
    def __init__(self, key, vendor, name):
        self.key, self.vendor, self.name = key, vendor, name
        self.members = []            # (src, raw, watts, name_candidate, noisy)
        self.watts = None
        self.src = None
        self.year = None
        self.cores = None
        self.threads = None
        self.cores_src = None
        self.scrape = None
        self.launch = None           # (year, source key) of the product launch, where a table gives it

    def add(self, src, raw, watts, name, noisy):
        self.members.append((src, raw, watts, name, noisy))


def note_once(cat, text):
    if text not in NOTES[cat]:
        NOTES[cat].append(text)


def parse_tdp(raw_name, t):
    t = t.strip()
    v = num(t)
    if v is not None:
        return v, None
    m = re.fullmatch(r"(\d+)\.(\d+\.\d+)", t)            # "27.29.5" = range 27-29.5
    if m:
        lo, hi = float(m.group(1)), float(m.group(2))
        note_once("malformed TDP cells read as ranges (upper bound kept)",
            f"`{raw_name}`: `{t}` read as {fmt(lo)}-{fmt(hi)} W, kept {fmt(hi)} W (maximum power)")
        return hi, (lo, hi)
    return None, None


def load_vendor_scrapes():
    """key -> dict(tdp=, cores=, threads=, src=) from CodeCarbon's cpu_dataset_builder."""
    out = {}
    d = REF / "codecarbon" / "cpu_dataset_builder"
    for r in csv.DictReader(io.StringIO((d / "intel_cpu_ark_dataset.csv").read_text(encoding="utf-8-sig"))):
        v, name, key = canon_cpu(r["cpu_name"])
        out.setdefault(key, dict(tdp=num(r["tdp"]), cores=_int(r["total_cores"]), threads=None, src="ark",
                                 launch=_launch_year(r["launch_date"])))
    for fn, src in (("amd_cpu_server_dataset.csv", "amd_srv"), ("amd_cpu_desktop_dataset.csv", "amd_dsk")):
        for r in csv.DictReader(io.StringIO((d / fn).read_text(encoding="utf-8-sig"))):
            v, name, key = canon_cpu(r["Name"])
            tdp = num(re.sub(r"W$", "", (r.get("Default TDP") or "").strip()))
            out.setdefault(key, dict(tdp=tdp, cores=_int(r["# of CPU Cores"]),
                                     threads=_int(r["# of Threads"]), src=src,
                                     launch=_launch_year(r.get("Launch Date"))))
    return out


def _launch_year(s):
    """Intel ARK "Q2'25" / "04'16" -> 2025 / 2016; AMD "10/10/2024", "04/2020" -> 2024 / 2020."""
    s = (s or "").strip()
    m = re.fullmatch(r"(?:Q[1-4]|\d\d)'(\d\d)", s)
    if m:
        return 2000 + int(m.group(1))
    m = re.search(r"(?:^|/)((?:19|20)\d\d)$", s)
    return int(m.group(1)) if m else None


def _int(s):
    s = (s or "").strip()
    return int(s) if re.fullmatch(r"\d+", s) else None


SHORT = {"cc": "CodeCarbon", "ct": "CarbonTracker", "ga_cpu": "Green Algorithms", "mlco2": "ML CO2 Impact",
         "ark": "CodeCarbon Intel ARK scrape", "amd_srv": "CodeCarbon AMD server scrape",
         "amd_dsk": "CodeCarbon AMD desktop scrape"}


def per_src_of(ms):
    per_src = {}
    for m in ms:
        per_src.setdefault(m[0], [])
        if m[2] not in per_src[m[0]]:
            per_src[m[0]].append(m[2])
    return per_src


def shown_single(per_src):
    return [f"{SHORT[s]} " + ", ".join(fmt(w) for w in ws) for s, ws in per_src.items()]


def resolve_cpu(g, scrapes):
    """Pick one TDP for a merged CPU from all its member rows (CodeCarbon,
    CarbonTracker, Green Algorithms, ML CO2 Impact).  Rules, in order:
      0. the vendor-spec scrape (ARK / AMD pages) value x when the preferred
         row holds floor(x) (cpu_power.csv lost the decimals);
      1. the value that equals CodeCarbon's vendor-spec scrape;
      2. if the values are x and floor(x), x (decimals were truncated);
      3. the value of the preferred row: CodeCarbon's row whose raw spelling
         needed no clean-up (then file order), else CarbonTracker, else
         Green Algorithms, else ML CO2 Impact.
    Every disagreement is recorded as a conflict."""
    ms = g.members
    prio = {"cc": 0, "ct": 1, "ga_cpu": 2, "mlco2": 3}
    best = min(range(len(ms)), key=lambda i: (prio[ms[i][0]], ms[i][4], "+" in ms[i][3], i))
    g.name = ms[best][3]
    d_src, d_w = ms[best][0], ms[best][2]
    vals = sorted({m[2] for m in ms})
    per_src = per_src_of(ms)
    shown = shown_single(per_src)
    if len(per_src.get("cc", [])) > 1:
        group = "cpu:cc-dup"
    elif "ct" in per_src and per_src["ct"] != per_src.get("cc"):
        group = "cpu:ct"
    elif "ga_cpu" in per_src:
        group = "cpu:ga"
    else:
        group = "cpu:mlco2"
    sc = g.scrape
    if sc and sc["tdp"] is not None and not sc["tdp"].is_integer() and math.floor(sc["tdp"]) == d_w:
        conflict("cpu:scrape" if len(vals) == 1 else group, g.name,
                 shown + [f"{SHORT[sc['src']]} {fmt(sc['tdp'])}"], fmt(sc["tdp"]),
                 "CodeCarbon's cpu_power.csv has the vendor-spec figure with its decimals cut off")
        return sc["tdp"], sc["src"]
    if len(vals) == 1:
        return d_w, d_src
    if sc and sc["tdp"] is not None and sc["tdp"] in vals:
        w = sc["tdp"]
        src = min((m for m in ms if m[2] == w), key=lambda m: prio[m[0]])[0]
        conflict(group, g.name, shown + [f"{SHORT[sc['src']]} {fmt(w)}"], fmt(w),
                 "agrees with the vendor-spec scrape in CodeCarbon's cpu_dataset_builder")
        return w, src
    frac = [w for w in vals if not w.is_integer()]
    if len(vals) == 2 and len(frac) == 1 and min(vals) == math.floor(frac[0]):
        w = frac[0]
        src = min((m for m in ms if m[2] == w), key=lambda m: prio[m[0]])[0]
        conflict(group, g.name, shown, fmt(w), "the other value is this one with its decimals cut off")
        return w, src
    reason = {
        "cpu:cc-dup": "value of the CodeCarbon row whose spelling needed no clean-up",
        "cpu:ct": "CodeCarbon's table is the newer, maintained copy of the same data",
        "cpu:ga": "CodeCarbon (larger, newer, maintained table) preferred over Green Algorithms",
        "cpu:mlco2": "CodeCarbon (larger, newer, maintained table) preferred over ML CO2 Impact",
    }[group]
    if group == "cpu:ct" and "ga_cpu" in per_src and per_src["ga_cpu"] != [d_w]:
        reason += "; Green Algorithms' figure is overruled for the same reason"
    if d_src != "cc":
        reason = f"preferred source {SHORT[d_src]} kept"
    conflict(group, g.name, shown, fmt(d_w), reason)
    return d_w, d_src


def load_cpus(ml_cpu_rows, accel_rows):
    scrapes = load_vendor_scrapes()
    groups: dict[str, Cpu] = {}
    redirect: dict[str, str] = {}     # key of a folded brand-less row -> key of its family row
    phi = {}

    def get(key, v, name):
        if key not in groups:
            groups[key] = Cpu(key, v, name)
        return groups[key]

    def is_noisy(raw, name, v):
        if raw != re.sub(r"\s+", " ", raw.strip()) or re.search(r"[^\x20-\x7e]", raw):
            return True
        c = clean(raw)
        return not (c == name or c == f"{v} {name}")

    # ---------------- CodeCarbon (primary)
    cc_rows = read_csv(REF / "codecarbon" / "cpu_power.csv")[1:]
    n_cc = len(cc_rows)
    dropped = []
    for raw, t in cc_rows:
        w, _ = parse_tdp(raw, t)
        if w is None or not (MIN_W <= w <= MAX_W):
            dropped.append((raw, t))
            continue
        v, name, key = canon_cpu(raw)
        if PHI_COPROCESSOR.match(name):
            phi.setdefault(name, []).append(("cc", raw, w))
            continue
        get(key, v, name).add("cc", raw, w, name, is_noisy(raw, name, v))
    for raw, t in dropped:
        NOTES["CPU rows dropped (TDP outside 1-1000 W or unreadable)"].append(f"`{raw}` ({t} W)")

    # ---------------- brand-less AMD numbers -> the family row they abbreviate
    fam_groups = [g for g in groups.values() if g.vendor == "AMD" and not g.name.startswith("AMD ")]
    for key in list(groups):
        g = groups[key]
        if not g.name.startswith("AMD "):
            continue
        tok = g.name[4:]
        tdps = {m[2] for m in g.members}
        cands = []
        for f in fam_groups:
            base = re.sub(r"\s*\(\d+W\)$", "", f.name)
            if base.endswith(" " + tok):
                cands.append(f)
        if not cands:
            NOTES["brand-less AMD rows kept as their own row"].append(
                f"`{tok}` ({'/'.join(fmt(x) for x in tdps)} W): no family row ends with this number")
            continue
        same = [f for f in cands if {m[2] for m in f.members} & tdps]
        if not same:
            NOTES["brand-less AMD rows kept as their own row"].append(
                f"`{g.name[4:]}` ({'/'.join(fmt(x) for x in tdps)} W): family rows "
                + ", ".join(f"`{f.name}`" for f in cands) + " have another TDP")
            continue
        target = max(same, key=lambda f: len(f.name))
        for m in g.members:
            target.add(m[0], m[1], m[2], target.name, True)
        del groups[key]
        redirect[key] = target.key
        NOTES["brand-less AMD rows merged into the family row with the same TDP"].append(
            f"`{tok}` -> `{target.name}`")

    # ---------------- CodeCarbon-internal duplicates (resolved at the end)
    n_dup_groups = sum(1 for g in groups.values() if len(g.members) > 1)
    n_dup_rows = sum(len(g.members) - 1 for g in groups.values())

    # ---------------- CarbonTracker (older copy of the same table)
    ct_rows = read_csv(REF / "carbontracker" / "cpu_power.csv")[1:]
    n_ct_new = 0
    seen_ct = set()
    for raw, t in ct_rows:
        if (raw, t) in seen_ct:
            NOTES["CarbonTracker exact duplicate rows ignored"].append(f"`{raw}`")
            continue
        seen_ct.add((raw, t))
        w, _ = parse_tdp(raw, t)
        if w is None or not (MIN_W <= w <= MAX_W):
            continue
        v, name, key = canon_cpu(raw)
        if PHI_COPROCESSOR.match(name):
            phi.setdefault(name, []).append(("ct", raw, w))
            continue
        key = redirect.get(key, key)
        if key in groups:
            groups[key].add("ct", raw, w, name, is_noisy(raw, name, v))
        else:
            get(key, v, name).add("ct", raw, w, name, is_noisy(raw, name, v))
            n_ct_new += 1
            NOTES["models added from CarbonTracker"].append(f"`{raw}` ({fmt(w)} W)")

    # ---------------- Green Algorithms TDP_cpu.csv (adds n_cores)
    ga_rows = read_csv(REF / "green-algorithms" / "TDP_cpu.csv", skip_meta_row=True)
    ga_hdr = ga_rows[0]
    n_ga_new = n_ga_cores = 0
    for r in ga_rows[1:]:
        if not r:
            continue
        d = dict(zip(ga_hdr, r))
        raw = d["model"]
        if raw.strip() in SKIPPED_CPU_ROWS:
            NOTES["skipped CPU rows"].append(f"Green Algorithms TDP_cpu.csv: `{raw.strip()}` (placeholder)")
            continue
        w = num(d["TDP"])
        cores = _int(d["n_cores"])
        lookup = raw.strip()
        if lookup == "AMD 7552":
            lookup = "AMD EPYC 7552"   # its source link is the EPYC 7002 datasheet
        v, name, key = canon_cpu(lookup)
        if PHI_COPROCESSOR.match(name):
            phi.setdefault(name, []).append(("ga_cpu", raw, w, cores))
            continue
        key = redirect.get(key, key)
        if key in groups:
            g = groups[key]
            g.add("ga_cpu", raw, w, name, is_noisy(raw, name, v))
        else:
            g = get(key, v, name)
            g.add("ga_cpu", raw, w, name, is_noisy(raw, name, v))
            n_ga_new += 1
            NOTES["models added from Green Algorithms"].append(f"`{raw.strip()}` ({fmt(w)} W)")
        if cores:
            g.cores, g.cores_src = cores, "ga_cpu"
            n_ga_cores += 1
        ry = _int(d.get("Release_year"))
        if ry and 1990 <= ry <= 2030:
            g.launch = (ry, "ga_cpu")

    # ---------------- ML CO2 Impact CPU rows (8)
    ML_CPU_MAP = {   # their links name the exact SKU
        "Intel Xeon E5-2699": ("Intel Xeon E5-2699 v3", "the row's link is the E5-2699 v3 ARK page"),
        "Intel Xeon E5-2650": ("Intel Xeon E5-2650 v4", "the row's link is the E5-2650 v4 ARK page"),
    }
    for d in ml_cpu_rows:
        raw = d["name"].strip()
        w = float(d["tdp_watts"])
        target, why = ML_CPU_MAP.get(raw, (raw, None))
        v, name, key = canon_cpu(target)
        g = groups[key]
        if why:
            # the raw spelling names another (real) model or is ambiguous: no alias
            v2, name2, key2 = canon_cpu(raw)
            other = groups.get(key2)
            note = (f"ML CO2 Impact `{raw}` ({fmt(w)} W) mapped to `{g.name}` ({why}); "
                    f"not used as an alias because ")
            other_w = other.members[0][2] if other else None
            note += (f"`{other.name}` ({fmt(other_w)} W) is a different chip"
                     if other else "it is ambiguous between v3 and v4")
            NOTES["ML CO2 Impact CPU rows"].append(note)
            if other and other_w != w:
                conflict("cpu:mlco2", other.name,
                         [f"CodeCarbon {fmt(other_w)}", f"ML CO2 Impact `{raw}` {fmt(w)}"],
                         fmt(other_w),
                         f"ML CO2 Impact's row is really the {g.name} ({why}); CodeCarbon's "
                         f"{g.name} row agrees ({'/'.join(fmt(m[2]) for m in g.members if m[0] == 'cc')} W)")
            g.members.append(("mlco2", None, w, name, True))
        else:
            g.add("mlco2", raw, w, name, True)

    # ---------------- one TDP per CPU
    for g in groups.values():
        g.scrape = scrapes.get(g.key) or next(
            (scrapes[k] for k, t in redirect.items() if t == g.key and k in scrapes), None)
        g.watts, g.src = resolve_cpu(g, scrapes)
        # year = product launch year where a vendor scrape (Intel ARK / AMD pages) or Green
        # Algorithms' Release_year gives it; otherwise the publication year of the dataset
        # version the TDP comes from (see SOURCES-hardware.md)
        if g.scrape and g.scrape.get("launch"):
            g.year, g.year_src = g.scrape["launch"], g.scrape["src"]
        elif g.launch:
            g.year, g.year_src = g.launch
        else:
            g.year, g.year_src = SRC[g.src][1], None

    # ---------------- cores / threads from the vendor-spec scrapes
    n_scr = 0
    for g in groups.values():
        sc = g.scrape
        if not sc:
            continue
        if sc["cores"] and g.cores and sc["cores"] != g.cores:
            conflict("cpu cores", g.name, [f"Green Algorithms {g.cores}",
                                           f"{SRC[sc['src']][0].split(' (')[0]} {sc['cores']}"],
                     str(sc["cores"]), "vendor-spec scrape preferred over the hand-compiled table")
            g.cores, g.cores_src = sc["cores"], sc["src"]
        elif sc["cores"] and not g.cores:
            g.cores, g.cores_src = sc["cores"], sc["src"]
            n_scr += 1
        if sc["threads"] and not g.threads:
            g.threads = sc["threads"]
        if g.cores and g.threads and g.threads < g.cores:
            g.threads = None

    # ---------------- more core counts, for rows no table above covers
    n_more = fill_more_cores(groups)

    # ---------------- Xeon Phi coprocessors -> accelerators
    phi_rows = []
    for name, ms in sorted(phi.items()):
        ws = sorted({m[2] for m in ms})
        if len(ws) != 1:
            sys.exit(f"Xeon Phi conflict {name}: {ms}")
        cores = next((m[3] for m in ms if len(m) > 3 and m[3]), None)
        sc = scrapes.get(norm("Intel " + name))
        if not cores and sc:
            cores = sc["cores"]
        srcs = []
        for m in ms:
            if m[0] not in srcs:
                srcs.append(m[0])
        primary = "cc" if "cc" in srcs else srcs[0]
        ordered = [primary] + [s for s in srcs if s != primary]
        source = "; ".join(SRC[s][0] for s in ordered)
        if cores and "ga_cpu" not in srcs and sc:
            source += f"; cores: {SRC[sc['src']][0]}"
        phi_rows.append(dict(
            id=slug("intel " + name), name=name, aliases=[clean(m[1]) for m in ms], kind="accelerator",
            vendor="Intel", watts=ws[0], memory=None, cores=cores, threads=None,
            year=(sc or {}).get("launch") or PHI_YEAR[name], source=source))
        NOTES["reclassified as accelerators"].append(f"`{name}`")

    stats = dict(n_cc=n_cc, n_dup_groups=n_dup_groups, n_dup_rows=n_dup_rows, n_ct_new=n_ct_new,
                 n_ga_new=n_ga_new, n_ga_cores=n_ga_cores, n_scr_cores=n_scr, n_dropped=len(dropped),
                 n_phi=len(phi_rows), n_more=dict(n_more))

    rows = []
    for g in groups.values():
        if not (MIN_W <= g.watts <= MAX_W):
            sys.exit(f"bad CPU watts {g.name} {g.watts}")
        aliases = [clean(m[1]) for m in g.members if m[1]]
        srcs = [g.src]
        source = SRC[g.src][0]
        if g.cores and g.cores_src and g.cores_src != g.src:
            source += f"; cores: {SRC[g.cores_src][0]}"
        rows.append(dict(id=slug(g.name if g.name.startswith(g.vendor + " ") or g.vendor == "Unknown"
                                 else f"{g.vendor} {g.name}"),
                         name=g.name, aliases=aliases, kind="cpu", vendor=g.vendor, watts=g.watts,
                         memory=None, cores=g.cores, threads=g.threads, year=g.year, source=source))
    return rows, phi_rows, stats


def fill_more_cores(groups):
    """Core counts for CPU rows that still lack one, in order: Green Algorithms v2.2
    TDP_cpu.csv (n_cores), the SPECpower_ssj2008 result list (# Cores Per Chip, only when
    every result for that CPU agrees), and ccf-coefficients aws-instances-cpus.csv for
    Intel Xeons (vCPUs per socket / 2 threads per core)."""
    missing = {k: g for k, g in groups.items() if not g.cores}
    n = defaultdict(int)
    # Green Algorithms v2.2 (older release of the same table; a few models v3.0 dropped)
    rows = read_csv(REF / "green-algorithms" / "green-algorithms-tool-v2.2" / "TDP_cpu.csv", skip_meta_row=True)
    hdr = rows[0]
    for r in rows[1:]:
        if not r:
            continue
        d = dict(zip(hdr, r))
        c = _int(d.get("n_cores"))
        v, name, key = canon_cpu(d["model"])
        if c and key in missing and not missing[key].cores:
            missing[key].cores, missing[key].cores_src = c, "ga22_cpu"
            n["ga22_cpu"] += 1
    # SPECpower_ssj2008 results: CPU Description, # Cores Per Chip, # Threads Per Core
    spec = defaultdict(set)
    for d in csv.DictReader(io.StringIO((REF / "cloud-carbon-footprint" / "ccf-coefficients" / "data" /
                                         "SPECpower-2026-03-09.csv").read_text(encoding="utf-8-sig"))):
        desc = clean(d["CPU Description"])
        desc = re.sub(r"\s*@.*$", "", desc)
        desc = re.sub(r",.*$", "", desc)
        desc = re.sub(r"\s+\d+(\.\d+)?\s*GHz.*$", "", desc)
        desc = re.sub(r"\bCPU\b", "", desc)
        v, name, key = canon_cpu(desc)
        c, t = _int(d["# Cores Per Chip"]), _int(d["# Threads Per Core"])
        if c:
            spec[key].add((c, t))
    for key, vals in sorted(spec.items()):
        g = missing.get(key)
        if not g or g.cores:
            continue
        cores = {c for c, _ in vals}
        if len(cores) != 1:
            NOTES["SPECpower core counts not used (results disagree)"].append(
                f"`{g.name}`: " + "/".join(str(c) for c in sorted(cores)))
            continue
        g.cores, g.cores_src = cores.pop(), "spec"
        n["spec"] += 1
    # AWS platform table: vCPUs per socket on the largest instance; Intel Xeons on AWS run
    # two threads per core, so cores = vCPUs per socket / 2.  (Not used for AMD: AWS does
    # not expose every core of the EPYC 7571, so the division undercounts there.)
    for d in csv.DictReader(io.StringIO((REF / "cloud-carbon-footprint" / "ccf-coefficients" / "data" /
                                         "aws-instances-cpus.csv").read_text(encoding="utf-8-sig"))):
        if not d["CPU Name"].startswith("Xeon"):
            continue
        v, name, key = canon_cpu("Intel " + d["CPU Name"])
        g = missing.get(key)
        per = _int(d["Total Number of vCPU per socket"])
        if g and not g.cores and per and per % 2 == 0:
            g.cores, g.cores_src = per // 2, "ccf_aws"
            g.threads = per
            n["ccf_aws"] += 1
    return n


# ================================================================ hand-curated additions
def _manual_csv(path):
    return list(csv.DictReader(io.StringIO(path.read_text(encoding="utf-8"))))


def apply_manual(rows):
    """Rows, aliases and core counts curated by hand in Data/curation/ (parts and spellings
    no reference table has).  Every row states its source and year; estimates say so."""
    by_id = {r["id"]: r for r in rows}
    added = []
    for d in _manual_csv(MANUAL_ROWS):
        if d["id"] in by_id:
            sys.exit(f"hardware_manual.csv: id {d['id']} already built from the reference tables")
        if not d["source"].strip() or not d["year"].strip():
            sys.exit(f"hardware_manual.csv: {d['id']} needs source and year")
        r = dict(id=d["id"], name=d["name"], aliases=[a for a in d["aliases"].split("|") if a],
                 kind=d["kind"], vendor=d["vendor"], watts=float(d["max_power_watts"]),
                 memory=num(d["memory_gb"]), cores=_int(d["cores"]), threads=_int(d["threads"]),
                 year=int(d["year"]), source=d["source"].strip() + " (Data/curation/hardware_manual.csv)")
        rows.append(r)
        by_id[r["id"]] = r
        added.append(r)
        NOTES["rows added by hand (hardware_manual.csv)"].append(
            f"`{r['name']}` ({fmt(r['watts'])} W): {d['source'].strip()}")
    manual_aliases = []
    for d in _manual_csv(MANUAL_ALIASES):
        if d["id"] not in by_id:
            sys.exit(f"hardware_aliases.csv: unknown id {d['id']}")
        by_id[d["id"]]["aliases"].append(d["alias"])
        manual_aliases.append((d["id"], d["alias"]))
    for d in _manual_csv(MANUAL_CORES):
        r = by_id.get(d["id"])
        if r is None:
            sys.exit(f"hardware_cores.csv: unknown id {d['id']}")
        if r["cores"]:
            sys.exit(f"hardware_cores.csv: {d['id']} already has cores {r['cores']} from a reference table")
        r["cores"] = int(d["cores"])
        r["threads"] = _int(d["threads"])
        r["source"] += f"; cores: {d['source'].strip()} (Data/curation/hardware_cores.csv)"
        NOTES["core counts added by hand (hardware_cores.csv)"].append(
            f"`{r['name']}`: {d['cores']} cores — {d['source'].strip()}")
    return added, manual_aliases


def check_manual_aliases(rows, manual_aliases):
    """A hand-written alias must survive alias hygiene (unique across rows)."""
    keys = {}
    for r in rows:
        for k in [norm(r["id"]), norm(r["name"])] + [norm(a) for a in r["aliases"]]:
            keys[k] = r["id"]
    bad = [(i, a) for i, a in manual_aliases if keys.get(norm(clean(a))) != i]
    for i, a in bad:
        print(f"ERROR hardware_aliases.csv: `{a}` for {i} is ambiguous or another row's name", file=sys.stderr)
    return not bad


# ================================================================ alias hygiene
def finalise_aliases(rows):
    """Within a row: drop aliases equal (normalised) to its id/name or to an
    earlier alias.  Across rows: an alias that normalises to another row's
    id/name, or to an alias of another row, is ambiguous and dropped."""
    owners = defaultdict(set)      # key -> {row index} for id/name
    for i, r in enumerate(rows):
        for k in {norm(r["id"]), norm(r["name"])}:
            owners[k].add(i)
    clash = {k: v for k, v in owners.items() if len(v) > 1}
    if clash:
        for k, v in clash.items():
            print(f"ERROR id/name collision {k}: {[rows[i]['id'] for i in v]}", file=sys.stderr)
        sys.exit(1)
    for r in rows:
        seen = {norm(r["id"]), norm(r["name"])}
        out = []
        for a in r["aliases"]:
            a = clean(a)
            k = norm(a)
            if not k or k in seen:
                continue
            seen.add(k)
            out.append(a)
        r["aliases"] = out
    alias_owners = defaultdict(set)
    for i, r in enumerate(rows):
        for a in r["aliases"]:
            alias_owners[norm(a)].add(i)
    dropped = []
    for i, r in enumerate(rows):
        keep = []
        for a in r["aliases"]:
            k = norm(a)
            if k in owners and i not in owners[k]:
                other = rows[next(iter(owners[k]))]
                dropped.append(f"`{a}` (of `{r['name']}`): is the name of `{other['name']}`")
            elif len(alias_owners[k]) > 1:
                others = [rows[j]["name"] for j in sorted(alias_owners[k]) if j != i]
                dropped.append(f"`{a}` (of `{r['name']}`): also an alias of " +
                               ", ".join(f"`{o}`" for o in others))
            else:
                keep.append(a)
        r["aliases"] = keep
    NOTES["aliases dropped as ambiguous across rows"].extend(dropped)
    return len(dropped)


def validate(rows):
    errors = []
    seen = {}
    kinds = {"gpu", "tpu", "accelerator", "cpu"}
    for r in rows:
        if not re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*", r["id"]):
            errors.append(f"bad id {r['id']}")
        if r["kind"] not in kinds:
            errors.append(f"bad kind {r['id']}")
        if not (r["watts"] and r["watts"] > 0):
            errors.append(f"bad watts {r['id']}")
        if not (isinstance(r["year"], int) and 1990 <= r["year"] <= 2030):
            errors.append(f"bad year {r['id']}")
        if not r["source"]:
            errors.append(f"no source {r['id']}")
        if not r["vendor"]:
            errors.append(f"no vendor {r['id']}")
        if r["kind"] == "cpu" and r["memory"] is not None:
            errors.append(f"cpu with memory {r['id']}")
        keys = [norm(r["id"]), norm(r["name"])] + [norm(a) for a in r["aliases"]]
        for k in set(keys):
            if not k:
                errors.append(f"empty key in {r['id']}")
            if k in seen and seen[k] != r["id"]:
                errors.append(f"normalised key {k!r} in both {seen[k]} and {r['id']}")
            seen[k] = r["id"]
        if any("|" in a for a in r["aliases"]):
            errors.append(f"'|' inside alias {r['id']}")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        errors.append("duplicate ids")
    for name in ("A100 SXM4 80GB", "H100 SXM5 80GB"):
        if name not in {r["name"] for r in rows}:
            errors.append(f"missing canonical name {name}")
    for bad in ("a100", "v100", "h100", "p100"):
        if bad in seen:
            errors.append(f"ambiguous short key {bad!r} present")
    return errors


def write_csv(rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(HEADER)
    for r in rows:
        w.writerow([r["id"], r["name"], "|".join(r["aliases"]), r["kind"], r["vendor"], fmt(r["watts"]),
                    fmt(r["memory"]), fmt(r["cores"]), fmt(r["threads"]), str(r["year"]), r["source"]])
    OUT_CSV.parent.mkdir(parents=True, exist_ok=True)
    OUT_CSV.write_bytes(buf.getvalue().encode("utf-8"))


# ================================================================ markdown
MD_HEAD = """\
<!-- Generated by Data/curation/build_hardware.py; edit the script, not this file. -->
## Hardware power table (`Data/hardware.csv`)

Built by `python3 Data/curation/build_hardware.py` from the read-only reference tables in
`../shared/reference-data/`. Only facts (model names, watts, memory, core counts) are
taken; no code. `max_power_watts` is the maker's TDP / maximum board power per device.
Every row is a **maximum**: GPU rows are maximum board power; TPU v3 and v4 use the maximum
of Google's measured per-chip power (min/mean/max 123/220/262 W and 90/170/192 W); TPU v2 is
the one exception (no maximum is published: Patterson et al.'s measured average, 221 W, says
so in its `source`). Rows marked `estimate` in `source` state their method.

`year` means:
- accelerators: the product's launch (datasheet / announcement) year, for every row;
- CPUs: the launch year where Intel ARK or AMD's product pages (CodeCarbon's
  `cpu_dataset_builder` scrapes) or Green Algorithms' `Release_year` give it; otherwise (about
  2,150 older or OEM CPUs) the **publication year of the dataset version the TDP was taken
  from** — CodeCarbon `cpu_power.csv` 2026 (last change 2026-04-13), CarbonTracker 2024,
  Green Algorithms 2025 — i.e. the vintage of the figure, not the product year and not the
  date it was read here;
- hand-curated rows (`hardware_manual.csv`): the product's launch / announcement year.

Hand-curated inputs (in this repository, read by the script): `hardware_manual.csv` (parts no
reference table has; each row's `source` names the vendor document or the estimate's method),
`hardware_aliases.csv` (spellings people paste: GCP accelerator types and console names,
nvidia-smi / rocm-smi names; each with its origin; the build fails if one is ambiguous), and
`hardware_cores.csv` (core counts no table has).

### Sources

| source (in reference-data) | licence | attribution | vintage | used for |
| --- | --- | --- | --- | --- |
| `accelerators/datasheet_tdp.csv` | facts compiled by hand from vendor publications (NVIDIA, AMD, Intel datasheets, product briefs, announcements) | the vendor document named in each row's `source` | per row: 2018-2025 (datasheet/launch year); `press` rows are announcement figures to re-check against datasheets | power and memory of 45 data-centre accelerators; preferred over every other table |
| `mlco2-impact/gpus.csv` (github.com/mlco2/impact @ d0d3ee5a, 2026-03-09) | MIT | "ML CO2 Impact calculator data (Lacoste, Luccioni, Schmidt, Dandres; github.com/mlco2/impact), MIT licence" | snapshot 2026 (last edit 2026-02-26); TPU rows: Patterson et al. 2021 | GPUs/TPUs not in the datasheet table, memory, spellings as aliases; its 8 CPU rows as aliases/cross-check |
| `green-algorithms/TDP_gpu.csv`, `TDP_cpu.csv` (GreenAlgorithms/green-algorithms-tool @ 30df2fee, data v3.0, 2025-02-05); `green-algorithms-tool-v2.2/TDP_gpu.csv` consulted for the TPU conflict only | CC BY 4.0 | "Green Algorithms project (Lannelongue, Grealey, Inouye; University of Cambridge), green-algorithms-tool, CC BY 4.0" (https://creativecommons.org/licenses/by/4.0/); changed: names normalised, merged with other tables | 2025 | GPU/TPU power, CPU power and `n_cores`, spellings as aliases |
| `codecarbon/cpu_power.csv` (mlco2/codecarbon @ b05965e4, v3.3.0) | MIT ("Copyright (c) 2019 Mila, BCG Gamma, CometML, Haverford College"; "(c) 2023 Code Carbon NGO") | "CodeCarbon (github.com/mlco2/codecarbon), MIT licence" | 2026 (README: last change 2026-04-13) | the bulk of the CPU rows |
| `codecarbon/cpu_dataset_builder/*.csv` (same commit) | MIT (as above) | as above | scraped 2025 from Intel ARK / AMD product pages | core counts (Intel), core and thread counts (AMD), and as tie-breaker in TDP conflicts |
| `carbontracker/cpu_power.csv` (saintslab/carbontracker @ 70e5a026) | MIT ("Copyright (c) 2020 Lasse F. Wolff Anthony & Benjamin Kanding") | "CarbonTracker (github.com/saintslab/carbontracker), MIT licence" | 2024 (added to CarbonTracker 2024-09-19; an older copy of CodeCarbon's table) | older spellings as aliases, TDP cross-check |
| `instances/gpu_instances.csv`, `instances/README.md` | compiled in 2026 from the sources in `instances/sources.csv` | see that file | 2026 | memory per chip of TPU v2/v3/v4 and Tesla P4; Google's measured TPU v3/v4 min/mean/max (notes column); the A10G's 300 W nvidia-smi limit (README caveat 1); GCP accelerator type names checked against it |
| `green-algorithms/green-algorithms-tool-v2.2/TDP_cpu.csv` | CC BY 4.0 (as above) | as above | 2022 | core counts missing from v3.0 |
| `cloud-carbon-footprint/ccf-coefficients/data/SPECpower-2026-03-09.csv` (ccf-coefficients @ b0032d92) | Apache-2.0 (SPEC results are public) | "SPECpower_ssj2008 results, via Cloud Carbon Footprint ccf-coefficients, Apache-2.0" | 2026 list | core counts (cores per chip, only where every result agrees); Ampere Altra core counts |
| `cloud-carbon-footprint/ccf-coefficients/data/aws-instances-cpus.csv`, `aws-instances-latest-2026.csv`, `gcp-instances-latest-2026.csv`, `output/coefficients-aws-use.csv` | Apache-2.0 | "Cloud Carbon Footprint ccf-coefficients, Apache-2.0" | 2026 | AWS Xeon core counts (vCPUs per socket / 2), cloud CPU core counts in `hardware_manual.csv` / `hardware_cores.csv`, the Graviton power estimate |

Left out, because no vendor figure exists and no defensible estimate could be made from the
reference data: TPU v5e, v5p, v6e (Trillium) and TPU7x (Ironwood) (Google publishes no
per-chip power; the instances table has none), AWS Trainium, Trainium2, Inferentia,
Inferentia2 (no published chip power), NVIDIA GB300 (only press figures), Google Axion and
Azure Cobalt 100 (no TDP, no CCF coefficient), Xeon Platinum 8481C (no TDP, core count
uncertain). Spellings of these stay unknown rather than resolving to a wrong part.

`cloud-carbon-footprint/` GPU figures are not used: its GPU "max watts" (e.g. A100 407 W,
K80/V100/P100 306 W, T4 71 W) are Teads modelled figures with an overhead, not board TDPs.

Facts such as a TDP are generally not copyrightable, but compiled tables may carry database
rights in some jurisdictions; the attributions above are kept for that reason and to
satisfy CC BY 4.0.
"""


def write_md(stats, counts, n_alias_drop):
    lines = [MD_HEAD]
    lines.append("### Counts\n")
    lines.append(f"- rows: {counts['total']} — " + ", ".join(f"{k} {v}" for k, v in counts["kinds"].items()))
    lines.append(f"- CodeCarbon `cpu_power.csv`: {stats['n_cc']} rows read; {stats['n_dropped']} dropped "
                 f"(TDP outside 1-1000 W); {stats['n_dup_rows']} rows folded into {stats['n_dup_groups']} "
                 f"others as normalised duplicates (their spellings kept as aliases); {stats['n_phi']} "
                 f"Xeon Phi coprocessor cards moved to accelerators")
    lines.append(f"- CarbonTracker added {stats['n_ct_new']} models; Green Algorithms added "
                 f"{stats['n_ga_new']} models and core counts for {stats['n_ga_cores']}; the CodeCarbon "
                 f"vendor scrapes gave core counts for {stats['n_scr_cores']} more")
    lines.append(f"- aliases dropped as ambiguous across rows: {n_alias_drop}")
    lines.append(f"- conflicts resolved: {len(CONFLICTS)}\n")
    lines.append("### Cleaning rules\n")
    lines.append("""\
- Names: trimmed, NFKC-normalised (no-break spaces), `®`/`™` and zero-width characters
  removed. CPU display names drop the vendor word when a family name follows
  (`Intel Xeon Gold 6248` -> `Xeon Gold 6248`, id `intel-xeon-gold-6248`); bare model numbers
  keep it (`AMD 3015e`, `Intel N100`). Marketing noise is stripped from the display name and
  the raw spelling kept as an alias: `6th/7th Gen`, `APU`, `Processor`, `(OEM Only)`,
  `Microsoft Surface Edition`, `Extreme Edition`, `X-series`, `with Radeon ... Graphics`,
  `with Near Silent Thermal Solution`, `(9M Cache ...) includes Intel Optane Memory`.
  TDP variants written in the name (`Phenom II X4 945 (125W)` / `(95W)`) stay separate rows.
- Clock-named Intel parts (`Celeron 2.20`, `Pentium 4 HT 3.0E`) get ` GHz` appended, because
  `Celeron 2.20` and `Celeron 220` are different chips that the program's punctuation-blind
  matching would otherwise confuse; CodeCarbon's `Opteron X2 170` (dual-core Opteron 170,
  110 W) is named `Dual-Core Opteron 170` to keep it apart from the `Opteron X2170` APU (25 W).
- Vendor: from the name (Xeon/Core/Pentium/Celeron/Atom/Itanium/Quark -> Intel;
  EPYC/Ryzen/Athlon/Opteron/Phenom/Sempron/Turion/FX/A-/E-series -> AMD). CodeCarbon's
  brand-less rows (`1075T`, `6272`, `B57`) are AMD parts per its README; when an AMD
  family row ends with the same model number and has the same TDP, the bare spelling
  becomes an alias of that row (longest family name wins), otherwise it is kept as
  `AMD <number>`. `ARMv8 Processor rev 0 (v8l)` (CodeCarbon's generic 30 W ARM row) is kept
  with vendor `Unknown`; `Rasberry Pi 4` (sic) becomes `Raspberry Pi 4`.
- Duplicates: rows whose names normalise equal (lower-case, alphanumerics only) after the
  clean-up become one row. When their TDPs differ, the rule is, in order: (1) the value that
  matches CodeCarbon's own vendor-spec scrape (`cpu_dataset_builder`, Intel ARK / AMD pages,
  2025); (2) if one value is the other with its decimals cut off (4 vs 4.5), the one with
  decimals; (3) otherwise CodeCarbon over CarbonTracker, Green Algorithms and ML CO2 Impact,
  and within CodeCarbon the row with the cleanest spelling. Every such case is listed below.
- Xeon Phi Knights Corner parts (3100/5100/7100/SE10 series) are PCIe coprocessor cards, so
  they are `accelerator` rows, not CPUs; the bootable Knights Landing Xeon Phi 72xx stay CPUs.
- `memory_gb` is empty for CPUs; `threads` only where a source gives it (AMD scrapes);
  `cores` from Green Algorithms `n_cores`, else the CodeCarbon vendor scrapes.
- Aliases: the spellings of every source table, nvidia-smi device names (`NVIDIA
  A100-SXM4-80GB`, `NVIDIA H100 80GB HBM3`, `Tesla V100-SXM2-16GB`, ...) and common cloud
  spellings. Within a row, aliases that normalise equal to the id, the name or an earlier
  alias are dropped; across rows, an alias equal to another row's id/name or shared by two
  rows is dropped as ambiguous (listed below). Short names that cover several variants
  (`A100`, `V100`, `H100`, `P100`, `Gaudi 3`, `A100 PCIe 40/80GB`) are never aliases.
- Per-board figures: `Tesla K80` (300 W) and `A16` (250 W) are boards carrying 2 and 4 GPUs;
  nvidia-smi lists each GPU as its own device with the same name, so a count taken from
  nvidia-smi must be divided by 2 / 4 for these rows. `GH200` is the whole superchip
  (CPU + GPU + memory, up to 1000 W).
""")
    lines.append("### Conflicts resolved\n")
    lines.append("One bullet each: device — values per source — chosen value — reason.\n")
    order = ["accelerator", "accelerator memory", "cpu:cc-dup", "cpu:scrape", "cpu:ct", "cpu:ga", "cpu:mlco2",
             "cpu cores"]
    titles = {"accelerator": "Accelerator power", "accelerator memory": "Accelerator memory (GB)",
              "cpu:cc-dup": "CPU: duplicates inside CodeCarbon cpu_power.csv (W)",
              "cpu:scrape": "CPU: CodeCarbon cpu_power.csv vs CodeCarbon's own vendor-spec scrape (W)",
              "cpu:ct": "CPU: CarbonTracker vs CodeCarbon (W)",
              "cpu:ga": "CPU: Green Algorithms vs CodeCarbon (W)",
              "cpu:mlco2": "CPU: ML CO2 Impact vs CodeCarbon (W)",
              "cpu cores": "CPU core counts"}
    for grp in order:
        cs = [c for c in CONFLICTS if c["group"] == grp]
        if not cs:
            continue
        lines.append(f"#### {titles[grp]} ({len(cs)})\n")
        for c in sorted(cs, key=lambda c: c["device"].lower()):
            lines.append(f"- **{c['device']}** — {'; '.join(c['values'])} — chosen **{c['chosen']}** — "
                         f"{c['reason']}.")
        lines.append("")
    lines.append("### Other clean-up actions\n")
    for cat in sorted(NOTES):
        items = NOTES[cat]
        lines.append(f"<details><summary>{cat} ({len(items)})</summary>\n")
        for it in items:
            lines.append(f"- {it}")
        lines.append("\n</details>\n")
    OUT_MD.write_text("\n".join(lines).rstrip() + "\n", encoding="utf-8")


# ================================================================ main
def main():
    accel, ml_cpu = load_accelerators()
    cpus, phi, stats = load_cpus(ml_cpu, accel)
    accel = accel + phi
    accel.sort(key=lambda r: (r["vendor"].lower(), r["name"].lower()))
    cpus.sort(key=lambda r: (r["vendor"].lower(), r["name"].lower()))
    rows = accel + cpus
    added, manual_aliases = apply_manual(rows)
    rows.sort(key=lambda r: (r["kind"] == "cpu", r["vendor"].lower(), r["name"].lower()))
    n_alias_drop = finalise_aliases(rows)
    if not check_manual_aliases(rows, manual_aliases):
        return 1
    errors = validate(rows)
    if errors:
        for e in errors[:50]:
            print("ERROR", e, file=sys.stderr)
        print(f"{len(errors)} validation errors", file=sys.stderr)
        return 1
    write_csv(rows)
    kinds = {}
    for k in ("gpu", "tpu", "accelerator", "cpu"):
        kinds[k] = sum(1 for r in rows if r["kind"] == k)
    counts = dict(total=len(rows), kinds=kinds)
    write_md(stats, counts, n_alias_drop)
    n_acc = kinds["gpu"] + kinds["tpu"] + kinds["accelerator"]
    print(f"wrote {OUT_CSV.relative_to(REPO)}: {len(rows)} rows")
    print(f"  accelerators {n_acc} (gpu {kinds['gpu']}, tpu {kinds['tpu']}, accelerator {kinds['accelerator']})")
    print(f"  cpus {kinds['cpu']}")
    by = defaultdict(int)
    for c in CONFLICTS:
        by[c["group"]] += 1
    print(f"  conflicts resolved: {len(CONFLICTS)} (" + ", ".join(f"{k} {v}" for k, v in sorted(by.items())) + ")")
    print(f"  CodeCarbon rows {stats['n_cc']}, dropped {stats['n_dropped']}, normalised duplicates folded "
          f"{stats['n_dup_rows']}; added from CarbonTracker {stats['n_ct_new']}, Green Algorithms {stats['n_ga_new']}")
    print(f"  aliases dropped as ambiguous: {n_alias_drop}")
    print("  normalised keys unique: OK")
    if n_acc < 80 or kinds["cpu"] < 4000:
        print("ERROR: coverage below target (80 accelerators / 4000 CPUs)", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
