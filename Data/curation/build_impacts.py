#!/usr/bin/env python3
"""Build Footprint's impact tables (water, embodied, equivalents, serving).

Reads the reference data copied into Data/curation/inputs/ (from
<workspace>/shared/reference-data; see MANIFEST.sha256) and writes five CSV tables into Data/:

    water_onsite.csv   on-site WUE (default / provider / region)
    water_offsite.csv  off-site water intensity of electricity per country
    embodied.csv       embodied emissions of accelerators and hosts
    equivalents.csv    "that is like ..." constants, g CO2e per unit
    serving.csv        published energy per inference request

Every table is validated after it is written (header, unique ids, positive
numbers, 4-digit year, non-empty source, encoding / line ends). The script
exits with status 1 on the first group of violations.

Curation decisions and their reasons are documented in SOURCES-impacts.md
next to this file. Standard library only.
"""

import csv
import io
import re
import sys
from decimal import Decimal, ROUND_HALF_EVEN
from pathlib import Path

HERE = Path(__file__).resolve()
DATA_DIR = HERE.parents[1]
REF = HERE.parent / "inputs"  # copies of ../shared/reference-data (MANIFEST.sha256)

ERRORS = []


def fail(msg):
    ERRORS.append(msg)


# ---------------------------------------------------------------- helpers

def read_csv(rel, skip_first_line=False):
    path = REF / rel
    with open(path, encoding="utf-8", newline="") as fh:
        text = fh.read()
    if text.startswith("\ufeff"):
        text = text[1:]
    if skip_first_line:
        text = text.split("\n", 1)[1]
    # keep_default_na is a pandas notion; csv never turns "NA" into null,
    # which matters for Namibia (ISO alpha-2 "NA").
    return list(csv.DictReader(io.StringIO(text)))


def num(value, places=None):
    """Plain decimal string (no exponent, no trailing zeros)."""
    d = value if isinstance(value, Decimal) else Decimal(str(value).strip())
    if places is not None:
        d = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_EVEN)
    s = format(d.normalize(), "f")
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return s


def one(rows, **match):
    hits = [r for r in rows if all(r.get(k) == v for k, v in match.items())]
    if len(hits) != 1:
        raise SystemExit(f"expected exactly one reference row for {match}, got {len(hits)}")
    return hits[0]


# ------------------------------------------------------------ water on-site

PROVIDER_IDS = {"AWS": "aws", "Google": "gcp", "Microsoft": "azure"}
ALLOWED_PROVIDERS = {"aws", "gcp", "azure", "oci", "alibaba", "ibm",
                     "ovhcloud", "scaleway", "coreweave"}


ONSITE_CITES = {
    "aws": "AWS Sustainability, AWS cloud page ({year} WUE; secondary transcription, verify), "
           "https://sustainability.aboutamazon.com/products-services/aws-cloud",
    "azure": "Microsoft datacenter efficiency reporting, FY{yy} (Jul {prev}-Jun {year}) as quoted "
             "in trade press, https://datacenters.microsoft.com/sustainability/efficiency/",
}


def build_water_onsite():
    src = read_csv("water/onsite_wue.csv")
    rows = []

    fb = one(src, provider="Industry", scope="global")
    rows.append(["default", "unknown", num(fb["value"]), fb["year"],
                 "industry-average WUE commonly attributed to the LBNL 2016 US Data Center "
                 "Energy Usage Report; fallback when provider and region are unknown "
                 "(low confidence)"])

    # Provider rows: newest fleet-wide value that the provider itself
    # published (low-confidence rows are third-party estimates or unseen
    # statements and are not used).
    for name, pid in PROVIDER_IDS.items():
        cands = [r for r in src if r["provider"] == name and r["scope"] == "global"
                 and r["confidence"] != "low"]
        if not cands:
            continue  # e.g. Google publishes no WUE metric
        best = max(cands, key=lambda r: int(r["year"]))
        y = int(best["year"])
        cite = ONSITE_CITES[pid].format(year=y, prev=y - 1, yy=str(y)[2:])
        rows.append(["provider", pid, num(best["value"]), best["year"],
                     f"fleet-wide on-site WUE, newest provider-published value; {cite}"])

    # Region rows: only published per-region values (AWS 2024). Continent
    # aggregates (AMER/EMEA/APAC) are deliberately not mapped to regions.
    for r in src:
        if r["scope"] != "region":
            continue
        pid = PROVIDER_IDS[r["provider"]]
        cite = ONSITE_CITES[pid].format(year=r["year"])
        rows.append(["region", f"{pid}:{r['region_code']}", num(r["value"]), r["year"],
                     f"{r['region_name']} on-site WUE; {cite}"])
    return ["scope", "id", "wue_l_per_kwh", "year", "source"], rows


# ----------------------------------------------------------- water off-site

ISO3_TO_ISO2 = {
    "ARG": "AR", "AUS": "AU", "AUT": "AT", "BEL": "BE", "BGR": "BG", "BRA": "BR",
    "CAN": "CA", "CHE": "CH", "CHL": "CL", "CHN": "CN", "CYP": "CY", "CZE": "CZ",
    "DEU": "DE", "DNK": "DK", "ESP": "ES", "EST": "EE", "FIN": "FI", "FRA": "FR",
    "GBR": "GB", "GRC": "GR", "HUN": "HU", "IDN": "ID", "IND": "IN", "IRL": "IE",
    "ISL": "IS", "ITA": "IT", "JPN": "JP", "KOR": "KR", "LTU": "LT", "LUX": "LU",
    "LVA": "LV", "MEX": "MX", "MLT": "MT", "MYS": "MY", "NLD": "NL", "NOR": "NO",
    "NZL": "NZ", "POL": "PL", "PRT": "PT", "ROU": "RO", "RUS": "RU", "SVK": "SK",
    "SVN": "SI", "SWE": "SE", "THA": "TH", "TUR": "TR", "TWN": "TW", "UKR": "UA",
    "USA": "US", "NAM": "NA", "WOR": "WORLD",
}

EWIF_YEAR = "2020"
EWIF_SOURCE = ("EcoLogits (GenAI Impact) electricity_mixes.csv, column wue, MPL-2.0, "
               "https://github.com/genai-impact/ecologits; WRI 2020 method, reservoir-hydro "
               "evaporation counted; no data year given, 2020 = method vintage")


def build_water_offsite():
    compiled = read_csv("water/offsite_ewif.csv")
    upstream = read_csv("water/upstream/ecologits_electricity_mixes.csv")

    # Cross-check our alpha-3 -> alpha-2 table against carbontracker's
    # OWID-derived table (alpha-2 + alpha-3 per row).
    ct = {r["Code"]: r["alpha-2"] for r in read_csv("carbontracker/carbon-intensities.csv")}
    for a3, a2 in ISO3_TO_ISO2.items():
        if a3 in ct and ct[a3] != a2:
            fail(f"water_offsite: ISO mapping {a3}->{a2} disagrees with carbontracker ({ct[a3]})")

    comp = {r["key"]: r["value"] for r in compiled
            if r["kind"] == "country" and r["year"] == "" and "EcoLogits" in r["source"]}
    up = {r["name"]: r["wue"] for r in upstream}
    for k in set(comp) & set(up):
        if Decimal(comp[k]) != Decimal(up[k]):
            fail(f"water_offsite: {k} compiled {comp[k]} != upstream {up[k]}")
    merged = dict(up)
    merged.update({k: v for k, v in comp.items() if k not in merged})

    rows = []
    for a3 in sorted(merged, key=lambda k: ISO3_TO_ISO2.get(k, k)):
        if a3 not in ISO3_TO_ISO2:
            fail(f"water_offsite: no alpha-2 mapping for {a3}")
            continue
        src = EWIF_SOURCE + ("; world average (EcoLogits code WOR)" if a3 == "WOR" else "")
        rows.append([ISO3_TO_ISO2[a3], num(merged[a3]), EWIF_YEAR, src])
    # Per-fuel rows (coal, gas, ...) and the Li et al. U.S. row are not
    # country factors of this basis and are excluded (see SOURCES-impacts.md).
    return ["id", "ewif_l_per_kwh", "year", "source"], rows, len(comp), len(up)


# ----------------------------------------------------------------- embodied

def build_embodied():
    src = read_csv("embodied/embodied_factors.csv")
    a100 = one(src, item="NVIDIA A100 GPU (per GPU)")
    apollo = one(src, item="HPE Apollo 6500 Gen10 Plus server (8 GPU slots, excl. GPUs)")
    h100 = one(src, item="NVIDIA H100 80GB GPU (per GPU, from HGX H100 PCF summary)")
    p5 = one(src, item="AWS p5.48xlarge host excluding GPUs (BoaviztAPI estimate)")
    ccf_gpu = one(src, item="CCF add-on per GPU card")
    bloom_total = one(src, item="BLOOM training run total embodied (1,082,990 GPU-hours)")

    def cite(r):
        return f"{r['source']}, {r['source_url']}"

    rows = []
    a100_variants = [
        ("nvidia-a100-sxm4-40gb", "NVIDIA A100 SXM4 40GB"),
        ("nvidia-a100-sxm4-80gb", "NVIDIA A100 SXM4 80GB"),
        ("nvidia-a100-pcie-40gb", "NVIDIA A100 PCIe 40GB"),
        ("nvidia-a100-pcie-80gb", "NVIDIA A100 PCIe 80GB"),
    ]
    for hid, name in a100_variants:
        note = ("per-GPU A100 estimate (BLOOM used A100 SXM4 80GB); "
                if hid == "nvidia-a100-sxm4-80gb" else
                "generic per-GPU A100 estimate applied to this variant (source does not "
                "distinguish memory size or form factor); ")
        rows.append([hid, name, "device", num(a100["value"]), num(a100["lifetime_years"]),
                     num(a100["utilization"]), "1", a100["year"],
                     note + "authors' rough estimate, 6-year life at 85% use; " + cite(a100)])
    rows.append(["nvidia-h100-sxm5-80gb", "NVIDIA H100 SXM5 80GB", "device",
                 num(h100["value"]), num(h100["lifetime_years"]), num(h100["utilization"]),
                 "1", h100["year"],
                 "per-GPU share of NVIDIA HGX H100 (SXM5) product carbon footprint summary; "
                 "3-year life and time-share amortization as in EcoLogits; " + cite(h100)])
    rows.append(["default-gpu", "Unknown GPU/accelerator (fallback)", "device",
                 num(a100["value"]), num(a100["lifetime_years"]), num(a100["utilization"]),
                 "1", a100["year"],
                 "fallback = BLOOM A100 figure (150 kg, 6 y, 0.85): paired with default-host it "
                 "reproduces the published BLOOM embodied total; 150 kg also equals Cloud Carbon "
                 "Footprint's generic GPU add-on (which uses 4 y); " + cite(a100)])
    rows.append(["host-8gpu-hpe-apollo-6500", "HPE Apollo 6500 Gen10 Plus, 8 GPU slots, excl. GPUs",
                 "host", num(apollo["value"]), num(apollo["lifetime_years"]),
                 num(apollo["utilization"]), num(apollo["gpus_sharing_item"]), apollo["year"],
                 "estimate based on comparable HPE server LCA, as used for BLOOM (Jean Zay, "
                 "8x A100 SXM4 80GB per node); " + cite(apollo)])
    rows.append(["host-8gpu-hgx-h100", "AWS p5.48xlarge host (HGX H100 8-GPU), excl. GPUs",
                 "host", num(p5["value"]), num(p5["lifetime_years"]), num(p5["utilization"]),
                 num(p5["gpus_sharing_item"]), p5["year"],
                 "BoaviztAPI estimate via EcoLogits, allocated per GPU (x GPUs used/8), 3-year "
                 "life; " + cite(p5)])
    rows.append(["default-host", "Unknown GPU host (fallback, 8 GPUs)", "host",
                 num(apollo["value"]), num(apollo["lifetime_years"]),
                 num(apollo["utilization"]), num(apollo["gpus_sharing_item"]), apollo["year"],
                 "fallback = BLOOM HPE Apollo 6500 figure: a real 8-GPU server, peer-reviewed "
                 "and checked against BLOOM's 11.2 t; between CCF's GPU-less base server "
                 "(1000 kg) and the BoaviztAPI p5 host (5700 kg); " + cite(apollo)])

    # Cross-checks against published numbers.
    if Decimal(ccf_gpu["value"]) != Decimal(a100["value"]):
        fail("embodied: CCF GPU add-on no longer equals the A100 figure; revisit default-gpu")
    gpu_hours = Decimal(1082990)
    hours = Decimal(a100["lifetime_years"]) * 8760 * Decimal(a100["utilization"])
    per_gpu_kg = Decimal(a100["value"]) + Decimal(apollo["value"]) / Decimal(apollo["gpus_sharing_item"])
    total_t = gpu_hours * per_gpu_kg / hours / 1000
    if abs(total_t - Decimal(bloom_total["value"])) > Decimal("0.05"):
        fail(f"embodied: BLOOM check gives {total_t:.3f} t, expected {bloom_total['value']} t")
    g_per_gpu_hour = per_gpu_kg * 1000 / hours
    header = ["id", "name", "kind", "embodied_kg", "lifetime_years", "utilization",
              "devices_per_host", "year", "source"]
    return header, rows, (total_t, g_per_gpu_hour)


# -------------------------------------------------------------- equivalents

KM_PER_MILE = Decimal("1.609344")
G_PER_T = Decimal(1000000)


def build_equivalents():
    eq = {r["id"]: r for r in read_csv("equivalents/equivalents.csv")}
    ga = {r["variable"]: r["value"] for r in read_csv("green-algorithms/referenceValues.csv",
                                                       skip_first_line=True)}
    # Green Algorithms values in the compiled table must match the raw file.
    for cid, var in [("ga_car_eu_km", "passengerCar_EU_perkm"), ("ga_tree_month", "tree_month"),
                     ("ga_flight_par_lon", "flight_PAR-LON"), ("ga_flight_par_dub", "flight_PAR-DUB"),
                     ("ga_flight_ny_sf", "flight_NY-SF"), ("ga_flight_nyc_mel", "flight_NYC-MEL"),
                     ("ga_netflix_hour", "streaming_netflix_perhour")]:
        if Decimal(eq[cid]["value"]) != Decimal(ga[var].strip()):
            fail(f"equivalents: {cid} {eq[cid]['value']} != Green Algorithms {var} {ga[var]}")

    GA = ("Green Algorithms project (Lannelongue, Grealey, Inouye), green-algorithms-tool "
          "data/v3.0 referenceValues.csv, CC BY 4.0")
    EPA = ("US EPA Greenhouse Gas Equivalencies Calculator, Calculations and References "
           "(2024 vintage), public domain")
    STRUBELL = "Strubell, Ganesh, McCallum, ACL 2019, Table 1 (arXiv 1906.02243)"

    mile = eq["epa_vehicle_mile_2024"]
    rows = [
        ["car_km_us", "Kilometres driven by an average US gasoline passenger vehicle",
         num(Decimal(mile["value"]) / KM_PER_MILE, 3), "km", mile["year"],
         f"{EPA}; 393 g per mile / 1.609344 km per mile (EPA publishes no per-km value)"],
        ["car_km_eu", "Kilometres driven by an average EU car",
         num(eq["ga_car_eu_km"]["value"]), "km", eq["ga_car_eu_km"]["year"],
         f"{GA}; passengerCar_EU_perkm (EEA / UK BEIS 2019 factors)"],
        ["flight_par_lon", "Economy flight Paris-London (one passenger)",
         num(eq["ga_flight_par_lon"]["value"]), "flight", eq["ga_flight_par_lon"]["year"],
         f"{GA}; flight_PAR-LON from carbonfootprint.com calculator; direction not stated, "
         "likely one way"],
        ["flight_par_dub", "Economy flight Paris-Dublin (one passenger)",
         num(eq["ga_flight_par_dub"]["value"]), "flight", eq["ga_flight_par_dub"]["year"],
         f"{GA}; flight_PAR-DUB; the GA web calculator uses this trip below half a NY-SF "
         "flight; likely one way"],
        ["flight_ny_sf", "Economy flight New York-San Francisco (one passenger)",
         num(eq["ga_flight_ny_sf"]["value"]), "flight", eq["ga_flight_ny_sf"]["year"],
         f"{GA}; flight_NY-SF from carbonfootprint.com calculator; likely one way"],
        ["flight_nyc_mel", "Economy flight New York-Melbourne (one passenger)",
         num(eq["ga_flight_nyc_mel"]["value"]), "flight", eq["ga_flight_nyc_mel"]["year"],
         f"{GA}; flight_NYC-MEL from carbonfootprint.com calculator; likely one way"],
        ["smartphone_charge", "Smartphones charged",
         num(eq["epa_smartphone_charge_2024"]["value"]), "charge",
         eq["epa_smartphone_charge_2024"]["year"],
         f"{EPA}; 1.24e-5 t CO2 per charge (CO2 only, delivered electricity incl. T&D losses)"],
        ["tree_month", "Months of CO2 uptake by one tree",
         num(eq["ga_tree_month"]["value"]), "tree-month", eq["ga_tree_month"]["year"],
         f"{GA}; tree_month (= treeYear 11000 g / 12)"],
        ["person_year_world", "Annual emissions of an average person (world)",
         num(Decimal(eq["strubell_human_life_year"]["value"]) * G_PER_T), "person-year",
         eq["strubell_human_life_year"]["year"], f"{STRUBELL}; 5.0 t (11023 lbs) per person-year"],
        ["person_year_us", "Annual emissions of an average American",
         num(Decimal(eq["strubell_american_life_year"]["value"]) * G_PER_T), "person-year",
         eq["strubell_american_life_year"]["year"], f"{STRUBELL}; 16.4 t (36156 lbs) per person-year"],
        ["netflix_hour", "Hours of Netflix video streaming",
         num(eq["ga_netflix_hour"]["value"]), "hour", eq["ga_netflix_hour"]["year"],
         f"{GA}; streaming_netflix_perhour (Carbon Brief factcheck); low confidence"],
    ]
    return ["id", "label", "g_co2e_per_unit", "unit", "year", "source"], rows


# ------------------------------------------------------------------ serving

def build_serving():
    src = {r["id"]: r for r in read_csv("inference-energy/per_inference_figures.csv")}
    rows = []

    def cite(r):
        return f"{r['source']}, {r['source_url']}"

    b = src["bloom_api_energy"]
    n = Decimal(src["bloom_api_requests"]["value"])
    wh = Decimal(b["value"]) * 1000 / n
    rows.append(["bloom-api", "BLOOM 176B via API (16x A100 40GB, GCP us-central1)", num(wh, 2),
                 "node", b["year"],
                 f"914 kWh / 230768 requests over 18 days; GPU+CPU+RAM via CodeCarbon, no PUE, "
                 f"no embodied; {cite(b)}"])

    for sid, r in src.items():
        if not sid.startswith("phd_"):
            continue
        if r["unit"] != "kWh" or r["per"] != "1000 inferences":
            fail(f"serving: unexpected unit for {sid}")
            continue
        # kWh per 1000 inferences == Wh per inference (numerically identical)
        rows.append([sid.replace("_", "-"), f"Power Hungry Processing mean: {r['task']}",
                     num(r["value"]), "node", r["year"],
                     f"mean over models, kWh per 1000 inferences = Wh per inference; node energy "
                     f"via CodeCarbon, batch size 1, one A100-SXM4-80GB of an 8-GPU AWS node; "
                     f"{r['notes']}; {cite(r)}"])

    picks = [
        ("google_gemini_median_prompt_energy", "google-gemini-median-prompt",
         "Gemini Apps median text prompt", "datacentre",
         "full serving stack incl. host, idle capacity and PUE overhead (58% TPU/25% host/"
         "10% idle/8% overhead)"),
        ("openai_chatgpt_query_energy", "openai-chatgpt-query", "ChatGPT average query",
         "unknown", "informal blog figure, boundary and method not published; low confidence"),
        ("li2023_gpt3_request_energy", "li2023-gpt3-request",
         "GPT-3 request (page of text), assumed", "node",
         "assumed server energy used in Making AI Less Thirsty; low confidence"),
        ("jegham2025_gpt4o_short", "jegham2025-gpt4o-short-query", "GPT-4o short query",
         "datacentre", "inferred from API latency/throughput with assumed hardware and PUE; "
         "low confidence"),
    ]
    for sid, oid, name, boundary, note in picks:
        r = src[sid]
        if r["unit"] != "Wh":
            fail(f"serving: {sid} is not in Wh")
            continue
        rows.append([oid, name, num(r["value"]), boundary, r["year"], f"{note}; {cite(r)}"])
    return ["id", "name", "wh_per_request", "boundary", "year", "source"], rows


# ---------------------------------------------------------------- writing

def write_table(name, header, rows):
    path = DATA_DIR / name
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    w.writerows(rows)
    path.parent.mkdir(parents=True, exist_ok=True)
    with open(path, "w", encoding="utf-8", newline="") as fh:
        fh.write(buf.getvalue())
    return path


YEAR_RE = re.compile(r"^\d{4}$")
NUM_RE = re.compile(r"^\d+(\.\d+)?$")


def validate(path, header, numeric, key=lambda r: r["id"], extra=None):
    raw = path.read_bytes()
    if raw.startswith(b"\xef\xbb\xbf"):
        fail(f"{path.name}: has BOM")
    if b"\r" in raw:
        fail(f"{path.name}: contains CR")
    if not raw.endswith(b"\n"):
        fail(f"{path.name}: no final LF")
    text = raw.decode("utf-8")
    reader = csv.reader(io.StringIO(text))
    got = next(reader)
    if got != header:
        fail(f"{path.name}: header {got} != {header}")
        return 0
    rows = [dict(zip(header, r)) for r in reader]
    seen = set()
    for i, r in enumerate(rows, start=2):
        if len(r) != len(header) or any(v is None for v in r.values()):
            fail(f"{path.name}:{i}: wrong field count")
            continue
        k = key(r)
        if not r["id"]:
            fail(f"{path.name}:{i}: empty id")
        if k in seen:
            fail(f"{path.name}:{i}: duplicate id {k}")
        seen.add(k)
        for col in numeric:
            v = r[col]
            if not NUM_RE.match(v) or Decimal(v) <= 0:
                fail(f"{path.name}:{i}: {col}={v!r} is not a positive plain decimal")
        if not YEAR_RE.match(r["year"]):
            fail(f"{path.name}:{i}: bad year {r['year']!r}")
        if not r["source"].strip():
            fail(f"{path.name}:{i}: empty source")
        if extra:
            extra(path.name, i, r)
    return len(rows)


def check_onsite(name, i, r):
    if r["scope"] not in ("default", "provider", "region"):
        fail(f"{name}:{i}: bad scope {r['scope']}")
    if r["scope"] == "default" and r["id"] != "unknown":
        fail(f"{name}:{i}: default row must have id unknown")
    if r["scope"] == "provider" and r["id"] not in ALLOWED_PROVIDERS:
        fail(f"{name}:{i}: unknown provider id {r['id']}")
    if r["scope"] == "region":
        prov, _, region = r["id"].partition(":")
        if prov not in ALLOWED_PROVIDERS or not region:
            fail(f"{name}:{i}: region id must be provider:region, got {r['id']}")


def check_offsite(name, i, r):
    if not (re.match(r"^[A-Z]{2}$", r["id"]) or r["id"] == "WORLD"):
        fail(f"{name}:{i}: id {r['id']} is not ISO alpha-2 or WORLD")


def check_embodied(name, i, r):
    if r["kind"] not in ("device", "host"):
        fail(f"{name}:{i}: bad kind {r['kind']}")
    if NUM_RE.match(r["utilization"]) and Decimal(r["utilization"]) > 1:
        fail(f"{name}:{i}: utilization > 1")
    if not r["devices_per_host"].isdigit():
        fail(f"{name}:{i}: devices_per_host must be an integer")
    elif r["kind"] == "device" and r["devices_per_host"] != "1":
        fail(f"{name}:{i}: device rows need devices_per_host 1")
    if r["kind"] == "device" and not re.match(r"^(default-gpu|[a-z0-9]+(-[a-z0-9]+)+)$", r["id"]):
        fail(f"{name}:{i}: device id {r['id']} is not a hardware slug")
    if r["kind"] == "host" and not r["id"].startswith(("host-", "default-host")):
        fail(f"{name}:{i}: host id {r['id']} must start with host-")


def check_slug(name, i, r):
    if not re.match(r"^[a-z0-9]+([_-][a-z0-9]+)*$", r["id"]):
        fail(f"{name}:{i}: id {r['id']} is not a slug")


def check_serving(name, i, r):
    check_slug(name, i, r)
    if r["boundary"] not in ("gpu", "node", "datacentre", "lifecycle", "unknown"):
        fail(f"{name}:{i}: bad boundary {r['boundary']}")


def main():
    h, on = build_water_onsite()
    p_on = write_table("water_onsite.csv", h, on)
    n_on = validate(p_on, h, ["wue_l_per_kwh"], key=lambda r: (r["scope"], r["id"]),
                    extra=check_onsite)
    if sum(1 for r in on if r[0] == "default") != 1:
        fail("water_onsite.csv: need exactly one default row")

    h, off, n_comp, n_up = build_water_offsite()
    p_off = write_table("water_offsite.csv", h, off)
    n_off = validate(p_off, h, ["ewif_l_per_kwh"], extra=check_offsite)
    if not any(r[0] == "WORLD" for r in off):
        fail("water_offsite.csv: WORLD row missing")

    h, emb, (bloom_t, g_gpu_h) = build_embodied()
    p_emb = write_table("embodied.csv", h, emb)
    n_emb = validate(p_emb, h, ["embodied_kg", "lifetime_years", "utilization", "devices_per_host"],
                     extra=check_embodied)
    for d in ("default-gpu", "default-host"):
        if sum(1 for r in emb if r[0] == d) != 1:
            fail(f"embodied.csv: need exactly one {d} row")

    h, eqv = build_equivalents()
    p_eq = write_table("equivalents.csv", h, eqv)
    n_eq = validate(p_eq, h, ["g_co2e_per_unit"], extra=check_slug)

    h, srv = build_serving()
    p_srv = write_table("serving.csv", h, srv)
    n_srv = validate(p_srv, h, ["wh_per_request"], extra=check_serving)

    # Worked example from water/README.md (Li et al. 2023, U.S. average row).
    e_it = Decimal(1287000)
    onsite_l = e_it * Decimal("0.55")
    offsite_l = e_it * Decimal("1.17") * Decimal("3.142")
    total_ml = (onsite_l + offsite_l) / 1000000
    if abs(total_ml - Decimal("5.439")) > Decimal("0.0005"):
        fail(f"GPT-3 water check gives {total_ml} million L, expected 5.439")

    scopes = {s: sum(1 for r in on if r[0] == s) for s in ("default", "provider", "region")}
    print(f"water_onsite.csv   {n_on} rows ({scopes['default']} default, "
          f"{scopes['provider']} provider, {scopes['region']} region)")
    print(f"water_offsite.csv  {n_off} rows (compiled {n_comp} / upstream {n_up} EcoLogits keys)")
    print(f"embodied.csv       {n_emb} rows ({sum(1 for r in emb if r[2] == 'device')} device, "
          f"{sum(1 for r in emb if r[2] == 'host')} host)")
    print(f"equivalents.csv    {n_eq} rows")
    print(f"serving.csv        {n_srv} rows")
    print(f"check GPT-3 water: on-site {onsite_l / 1000000:.3f} + off-site "
          f"{offsite_l / 1000000:.3f} = {total_ml:.3f} million L")
    print(f"check BLOOM embodied: {bloom_t:.2f} t ({g_gpu_h:.2f} g per GPU-hour)")

    if ERRORS:
        for e in ERRORS:
            print("ERROR:", e, file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
