#!/usr/bin/env python3
"""Build Footprint's location tables from the shared reference data.

Outputs (all UTF-8 without BOM, LF line ends, RFC 4180 quoting):
  Data/grids.csv    grid zones: WORLD, countries, sub-national zones
  Data/regions.csv  cloud regions -> grid zone (+ provider-published intensity)
  Data/pue.csv      PUE: default / per provider / per region

Plain python3, standard library only. Reference data are read from
Data/curation/inputs/ (copies of ../shared/reference-data, see MANIFEST.sha256).
Every rule listed in the curation brief is validated; the script exits
non-zero on any violation. See SOURCES-locations.md for sources and the
reasoning behind every manual decision encoded below.
"""

import csv
import io
import json
import re
import sys
from collections import Counter, defaultdict
from pathlib import Path

HERE = Path(__file__).resolve()
REF = HERE.parent / "inputs"  # copies of ../shared/reference-data (MANIFEST.sha256)
GR = REF / "grids-and-regions"
OUT = HERE.parents[1]  # .../Data

ERRORS = []
NOTES = []


def err(msg):
    ERRORS.append(msg)


def note(msg):
    NOTES.append(msg)


def read_csv(path, skip_lines=0):
    """Read a CSV into a list of dicts. Values are kept as strings: no
    NA/null guessing (Namibia's ISO code is the literal string 'NA')."""
    with open(path, encoding="utf-8-sig", newline="") as f:
        for _ in range(skip_lines):
            f.readline()
        return list(csv.DictReader(f))


def fmt(x, nd=2):
    """Plain decimal, rounded to nd places, trailing zeros stripped."""
    s = f"{round(float(x), nd):.{nd}f}"
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    if s in ("-0", ""):
        s = "0"
    return s


def norm(s):
    return re.sub(r"[^a-z0-9]", "", s.lower())


def write_csv(path, header, rows):
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\n", quoting=csv.QUOTE_MINIMAL)
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    data = buf.getvalue()
    with open(path, "w", encoding="utf-8", newline="") as f:
        f.write(data)


# ---------------------------------------------------------------------------
# Static curation knowledge (documented in SOURCES-locations.md)
# ---------------------------------------------------------------------------

CONTINENTS = {
    "Africa": """DZ AO BJ BW BF BI CM CV CF TD KM CG CI CD DJ EG GQ ER SZ ET GA GM
        GH GN GW KE LS LR LY MG MW ML MR MU MA MZ NA NE NG RE RW SH ST SN SC SL
        SO ZA SS SD TZ TG TN UG EH ZM ZW""",
    "Asia": """AF AM AZ BH BD BT BN KH CN GE HK IN ID IR IQ IL JP JO KZ KW KG LA
        LB MO MY MV MN MM NP KP OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM
        AE UZ VN YE""",
    "Europe": """AL AT BY BE BA BG HR CY CZ DK EE FO FI FR DE GI GR HU IS IE IT XK
        LV LT LU MT MD ME NL MK NO PL PT RO RU RS SK SI ES SE CH UA GB""",
    "North America": """AG AW BS BB BZ BM VG CA KY CR CU DM DO SV GL GD GP GT HT
        HN JM MQ MX MS NI PA PR KN LC PM VC TT TC US VI""",
    "South America": "AR BO BR CL CO EC FK GF GY PY PE SR UY VE",
    "Oceania": "AS AU CK FJ PF GU KI NR NC NZ PG WS SB TO VU",
}
CONTINENT_OF = {}
for _cont, _codes in CONTINENTS.items():
    for _c in _codes.split():
        if _c in CONTINENT_OF:
            err(f"continent table lists {_c} twice")
        CONTINENT_OF[_c] = _cont

# Common alternative English names (ISO alpha-3 is always added).
COUNTRY_ALIASES = {
    "US": ["United States of America", "America", "U.S.A."],
    # England, Scotland and Wales make up Great Britain's grid (Northern Ireland's is the
    # all-island one of Ireland): a user in any of them means GB, never New England,
    # New South Wales or Nova Scotia.
    "GB": ["UK", "Great Britain", "Britain",
           "United Kingdom of Great Britain and Northern Ireland", "England", "Scotland", "Wales"],
    "AE": ["UAE", "Emirates"],
    "CZ": ["Czech Republic"],
    "CI": ["Ivory Coast"],
    "TL": ["Timor-Leste"],
    "CD": ["DRC", "DR Congo", "Democratic Republic of the Congo", "Congo-Kinshasa"],
    "CG": ["Republic of the Congo", "Congo-Brazzaville"],
    "CV": ["Cabo Verde"],
    "SZ": ["Swaziland"],
    "MK": ["Macedonia", "Republic of North Macedonia"],
    "KR": ["Korea", "Republic of Korea"],
    "KP": ["DPRK", "Democratic People's Republic of Korea"],
    "RU": ["Russian Federation"],
    "IR": ["Islamic Republic of Iran"],
    "SY": ["Syrian Arab Republic"],
    "LA": ["Lao PDR", "Lao People's Democratic Republic"],
    "VN": ["Viet Nam"],
    "BO": ["Plurinational State of Bolivia"],
    "VE": ["Bolivarian Republic of Venezuela"],
    "TZ": ["United Republic of Tanzania"],
    "MD": ["Republic of Moldova"],
    "MM": ["Burma"],
    "TR": ["Turkiye"],
    "PS": ["State of Palestine", "Palestinian Territories"],
    "BN": ["Brunei Darussalam"],
    "MO": ["Macau"],
    "HK": ["Hong Kong SAR"],
    "NL": ["Holland", "The Netherlands"],
    "FK": ["Falklands"],
    "VI": ["US Virgin Islands", "USVI"],
    "VG": ["BVI"],
    "KN": ["St Kitts and Nevis"],
    "LC": ["St Lucia"],
    "VC": ["St Vincent and the Grenadines"],
    "PM": ["St Pierre and Miquelon"],
    "SH": ["St Helena"],
    "GM": ["The Gambia"],
    "BS": ["The Bahamas"],
    "CN": ["PRC", "People's Republic of China", "Mainland China"],
    "DE": ["Deutschland"],
    "ST": ["Sao Tome"],
    "FO": ["Faroes"],
    "CF": ["CAR"],
}

# OWID/Ember values that are broken (<= 0) get a documented replacement.
COUNTRY_FIXES = {
    # 100 % hydro (0.15 TWh, OWID/CodeCarbon mix 2022); OWID reports 0 because
    # the emissions round to 0.00 Mt. Ember's lifecycle method uses the IPCC
    # AR5 median for hydro, 24 gCO2e/kWh (CodeCarbon recomputes 26 with WNA).
    "CF": (24.0, "2022",
           "Derived: Ember/OWID 2022 mix (100% hydro) x IPCC AR5 hydro lifecycle 24 g/kWh; OWID value 0 is a rounding artefact"),
}

SRC_OWID = "Ember/OWID carbon-intensity-electricity (CC BY 4.0)"

# US state / DC / PR -> the eGRID subregion serving most of its load.
STATE_TO_EGRID = {
    "AK": "AKGD", "HI": "HIOA", "PR": "PRMS",
    "AL": "SRSO", "GA": "SRSO",
    "AZ": "AZNM", "NM": "AZNM", "NV": "AZNM",
    "AR": "SRMV", "LA": "SRMV", "MS": "SRMV",
    "CA": "CAMX",
    "CO": "RMPA",
    "CT": "NEWE", "ME": "NEWE", "MA": "NEWE", "NH": "NEWE", "RI": "NEWE", "VT": "NEWE",
    "DE": "RFCE", "DC": "RFCE", "MD": "RFCE", "NJ": "RFCE", "PA": "RFCE",
    "FL": "FRCC",
    "ID": "NWPP", "MT": "NWPP", "OR": "NWPP", "UT": "NWPP", "WA": "NWPP", "WY": "NWPP",
    "IL": "RFCW", "IN": "RFCW", "OH": "RFCW", "WV": "RFCW",
    "IA": "MROW", "MN": "MROW", "NE": "MROW", "ND": "MROW", "SD": "MROW",
    "KS": "SPNO",
    "KY": "SRTV", "TN": "SRTV",
    "MI": "RFCM",
    "MO": "SRMW",
    "NY": "NYUP",
    "NC": "SRVC", "SC": "SRVC", "VA": "SRVC",
    "OK": "SPSO",
    "TX": "ERCT",
    "WI": "MROE",
}
US_STATES_PLUS = set("""AL AK AZ AR CA CO CT DE FL GA HI ID IL IN IA KS KY LA ME MD MA MI
    MN MS MO MT NE NV NH NJ NM NY NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
    DC PR""".split())

# US state names, so that `Texas` or `Indiana` finds its state's subregion as `US-TX` does.
# A name another place already has (Georgia, the country) is dropped as ambiguous below.
US_STATE_NAMES = {
    "AL": "Alabama", "AK": "Alaska", "AZ": "Arizona", "AR": "Arkansas", "CA": "California",
    "CO": "Colorado", "CT": "Connecticut", "DE": "Delaware", "FL": "Florida", "GA": "Georgia",
    "HI": "Hawaii", "ID": "Idaho", "IL": "Illinois", "IN": "Indiana", "IA": "Iowa", "KS": "Kansas",
    "KY": "Kentucky", "LA": "Louisiana", "ME": "Maine", "MD": "Maryland", "MA": "Massachusetts",
    "MI": "Michigan", "MN": "Minnesota", "MS": "Mississippi", "MO": "Missouri", "MT": "Montana",
    "NE": "Nebraska", "NV": "Nevada", "NH": "New Hampshire", "NJ": "New Jersey", "NM": "New Mexico",
    "NY": "New York", "NC": "North Carolina", "ND": "North Dakota", "OH": "Ohio", "OK": "Oklahoma",
    "OR": "Oregon", "PA": "Pennsylvania", "RI": "Rhode Island", "SC": "South Carolina",
    "SD": "South Dakota", "TN": "Tennessee", "TX": "Texas", "UT": "Utah", "VT": "Vermont",
    "VA": "Virginia", "WA": "Washington", "WV": "West Virginia", "WI": "Wisconsin", "WY": "Wyoming",
    "DC": "District of Columbia", "PR": "Puerto Rico",
}

EGRID_EXTRA_ALIASES = {"ERCT": ["ERCOT"]}

# Sub-national zones other than US eGRID: display name + aliases.
SUBNAT_META = {
    "AU-NSW": ("New South Wales", ["NSW"]),
    "AU-ACT": ("Australian Capital Territory", ["Canberra"]),
    "AU-VIC": ("Victoria", ["VIC"]),
    "AU-QLD": ("Queensland", ["QLD"]),
    "AU-SA": ("South Australia", []),
    "AU-WA-SWIS": ("Western Australia (SWIS)",
                   ["AU-WA", "Western Australia", "South West Interconnected System"]),
    "AU-TAS": ("Tasmania", ["TAS"]),
    "AU-NT-DKIS": ("Northern Territory (DKIS)",
                   ["AU-NT", "Northern Territory", "Darwin-Katherine Interconnected System"]),
    "CA-NL": ("Newfoundland and Labrador", ["Newfoundland"]),
    "CA-PE": ("Prince Edward Island", ["PEI"]),
    "CA-NS": ("Nova Scotia", []),
    "CA-NB": ("New Brunswick", []),
    "CA-QC": ("Quebec", []),
    "CA-ON": ("Ontario", []),
    "CA-MB": ("Manitoba", []),
    "CA-SK": ("Saskatchewan", []),
    "CA-AB": ("Alberta", []),
    "CA-BC": ("British Columbia", []),
    "CA-YT": ("Yukon", []),
    "CA-NT": ("Northwest Territories", ["NWT"]),
    "CA-NU": ("Nunavut", []),
    "CN-GRID-NORTH": ("North China Grid", []),
    "CN-GRID-NORTHEAST": ("Northeast China Grid", []),
    "CN-GRID-EAST": ("East China Grid", []),
    "CN-GRID-CENTRAL": ("Central China Grid", []),
    "CN-GRID-NORTHWEST": ("Northwest China Grid", []),
    "CN-GRID-SOUTH": ("China Southern Grid", []),
    "CN-GRID-SOUTHWEST": ("Southwest China Grid", []),
}

# Short citations for sub-national sources (matched on the upstream text).
def subnat_source(src, year):
    if src.startswith("US EPA eGRID2023"):
        return "US EPA eGRID2023 rev2 (public domain)"
    if src.startswith("DCCEEW Australian National Greenhouse Accounts Factors 2025"):
        return "DCCEEW NGA Factors 2025 Table 1, scope 2 (CC BY 4.0)"
    if src.startswith("DCCEEW National Greenhouse Accounts Factors 2024"):
        return "DCCEEW NGA Factors 2024 Table 1, scope 2 (CC BY 4.0)"
    if src.startswith("ECCC NIR 2022 Annex 13"):
        tag = ", preliminary" if year == "2020" else ""
        return f"ECCC NIR 2022 Annex 13 generation intensity{tag} (OGL-Canada)"
    if src.startswith("China Ministry of Ecology and Environment"):
        return f"China MEE/NBS {year} grid factor, CO2 only (secondary transcription, unverified)"
    if src.startswith("Central Electricity Authority"):
        return "CEA CO2 Baseline Database"
    err(f"unknown sub-national source text: {src[:60]}")
    return src


REGION_SOURCES = {
    "aws": "AWS: botocore partitions.json + AWS regions page",
    "gcp": "Google Cloud locations page + region-carbon-info",
    "azure": "Microsoft Learn Azure regions list",
    "oci": "Oracle OCI SDK region definitions",
    "alibaba": "Alibaba Cloud SDK endpoint maps + regions doc",
    "ovhcloud": "OVHcloud API region enum",
    "ibm": "terraform-ibm-modules validRegions",
    "scaleway": "Scaleway API region enum",
    "coreweave": "mlco2/impact impact.csv legacy regions (MIT)",
}
REGION_FACTS_YEAR = "2025"
# Google rows whose published figure is another region's (kept out; SOURCES-locations.md).
GOOGLE_NOT_THE_REGION = {
    "us-east5": "Columbus, Ohio repeats us-east4 (N. Virginia) exactly in the 2024 file",
}
PROVIDERS = set(REGION_SOURCES)

# Provider fleet PUE. Reference-data alternatives are printed as a cross-check.
PUE_DEFAULT = ("1.56", "2024",
               "Uptime Institute Global Data Center Survey 2024 average, via Green Algorithms defaults_PUE.csv (CC BY 4.0)")
PUE_PROVIDER = {
    "aws": ("1.15", "2024", "AWS-published global PUE 2024 (AWS sustainability pages)"),
    "gcp": ("1.10", "2023", "Google-published fleet annual PUE 2023 (Environmental Report 2024); = CCF PUE_AVG 1.1"),
    "azure": ("1.18", "2022", "Microsoft-published global operating PUE (datacenter efficiency disclosure 2022; design PUE 1.12)"),
    "oci": ("1.25", "2024", "No Oracle fleet figure: industry value, IDC public-cloud average PUE 1.25 (as cited by AWS)"),
    "alibaba": ("1.3", "2024", "Cloud Carbon Footprint PUE_AVG for Alibaba (Apache-2.0; snapshot 2024-03)"),
    "ovhcloud": ("1.28", "2022", "OVHcloud-stated global average PUE, 2022 estimate (carbon-calculator launch)"),
    "ibm": ("1.25", "2024", "No IBM fleet figure: industry value, IDC public-cloud average PUE 1.25 (as cited by AWS)"),
    "scaleway": ("1.25", "2024", "No Scaleway fleet figure: industry value, IDC public-cloud average PUE 1.25 (as cited by AWS)"),
    "coreweave": ("1.25", "2024", "No CoreWeave fleet figure: industry value, IDC public-cloud average PUE 1.25 (as cited by AWS)"),
}


# ---------------------------------------------------------------------------
# Two bases per grid zone: lifecycle (default) and direct (combustion only)
# ---------------------------------------------------------------------------
# One rule links them everywhere: lifecycle = direct + upstream, where upstream
# is the generation mix x (IPCC AR5 WG3 Annex III Table A.III.2 lifecycle median
# - direct median) per fuel. Fossil: coal PC 820 - 760, gas CC 490 - 370; oil
# has no AR5 entry and takes coal's figures (oil-fired plants emit about as
# much per kWh). Non-fossil sources have no direct emissions, so their whole
# lifecycle median is upstream (biogenic CO2 of biomass counts as 0 direct, as
# in eGRID's adjusted rates). See SOURCES-locations.md, "Two bases".
DIRECT_G = {"coal": 760, "oil": 760, "gas": 370}
LIFECYCLE_G = {"coal": 820, "oil": 820, "gas": 490, "nuclear": 12, "hydro": 24,
               "biomass": 230, "wind": 11, "solar": 48, "geothermal": 38}
UPSTREAM_G = {f: LIFECYCLE_G[f] - DIRECT_G.get(f, 0) for f in LIFECYCLE_G}
BASES = ("lifecycle", "direct")
SRC_AR5 = "IPCC AR5 WG3 Annex III Table A.III.2 medians"
SRC_MIX = "OWID/Ember generation mix via CodeCarbon global_energy_mix.json (CC BY 4.0)"

# eGRID mix columns -> fuel of the tables above (unknown/other fossil as oil).
EGRID_FUELS = {"coal": "coal", "oil": "oil", "gas": "gas", "nuclear": "nuclear",
               "hydro": "hydro", "biomass": "biomass", "wind": "wind", "solar": "solar",
               "geothermal": "geothermal", "otherFossilFuel": "oil", "otherUnknownFuel": "oil"}
# CodeCarbon global mix (TWh) -> fuel.
OWID_FUELS = {"coal_TWh": "coal", "oil_TWh": "oil", "gas_TWh": "gas",
              "nuclear_TWh": "nuclear", "hydroelectricity_TWh": "hydro",
              "biofuel_TWh": "biomass", "wind_TWh": "wind", "solar_TWh": "solar",
              "other_renewable_exc_biofuel_TWh": "geothermal"}
# CodeCarbon Canadian provincial mix (%) -> fuel (tidal as hydro).
CANADA_FUELS = {"coal": "coal", "petroleum": "oil", "naturalGas": "gas",
                "nuclear": "nuclear", "hydro": "hydro", "tidal": "hydro",
                "biomass": "biomass", "wind": "wind", "solar": "solar", "other": "oil"}
CANADA_PROVINCES = {
    "newfoundland and labrador": "CA-NL", "prince edward island": "CA-PE",
    "nova scotia": "CA-NS", "new brunswick": "CA-NB", "quebec": "CA-QC",
    "ontario": "CA-ON", "manitoba": "CA-MB", "saskatchewan": "CA-SK",
    "alberta": "CA-AB", "british columbia": "CA-BC", "yukon": "CA-YT",
    "northwest territories": "CA-NT", "nunavut": "CA-NU",
}
CANADA_MIX_YEAR = "2023"
# Australia's NGA state factors are scope 2 per kWh consumed; both bases are
# scaled to the AU country rows (per kWh generated) with the NGA national
# factor of the newest edition that publishes one.
NGA_NATIONAL = (630.0, "2024")
# Ember/OWID US 2023 lifecycle intensity (owid-ember/carbon-intensity-electricity.csv).
EMBER_US_2023 = 392.89


def mix_total(mix, factors):
    """g/kWh of a {fuel: share} mix under per-fuel factors (shares need not sum to 1)."""
    total = sum(mix.values())
    return sum(share * factors.get(fuel, 0) for fuel, share in mix.items()) / total if total > 0 else 0.0


def fold(raw, mapping):
    """A source's mix columns summed into the fuels of the factor tables."""
    mix = defaultdict(float)
    for key, fuel in mapping.items():
        mix[fuel] += float(raw.get(key) or 0)
    return dict(mix)


def load_country_mixes():
    """ISO alpha-3 -> (mix, year) from CodeCarbon's copy of the OWID energy data."""
    with open(REF / "codecarbon" / "global_energy_mix.json", encoding="utf-8") as f:
        return {k: (fold(v, OWID_FUELS), str(v["year"])) for k, v in json.load(f).items()}


def load_egrid_2023():
    """eGRID code (and US) -> (CO2e rate g/kWh, mix) for data year 2023."""
    rows = {}
    for r in read_csv(GR / "egrid" / "egrid_subregion_output_rates_2020-2023.csv"):
        if r["data_year"] == "2023":
            rows[r["subregion"]] = (float(r["co2e_g_per_kwh"]),
                                    fold({k: r["mix_pct_" + k] for k in EGRID_FUELS}, EGRID_FUELS))
    return rows


def load_canada_mix():
    """CA-xx -> mix from CodeCarbon's provincial generation shares."""
    with open(REF / "codecarbon" / CANADA_MIX_YEAR / "canada_energy_mix.json", encoding="utf-8") as f:
        raw = json.load(f)
    if set(raw) != set(CANADA_PROVINCES):
        err(f"Canadian mix provinces differ: {sorted(set(raw) ^ set(CANADA_PROVINCES))}")
    return {CANADA_PROVINCES[k]: fold(v, CANADA_FUELS) for k, v in raw.items() if k in CANADA_PROVINCES}


def assign_bases(rows):
    """Give every grid row a `lifecycle` and a `direct` (value, year, source);
    returns the derivation lines for the report."""
    mixes = load_country_mixes()
    egrid = load_egrid_2023()
    canada = load_canada_mix()
    world_mix = defaultdict(float)
    for mix, _ in mixes.values():
        for fuel, twh in mix.items():
            world_mix[fuel] += twh
    by_id = {r["id"]: r for r in rows}
    derivations = []
    # eGRID direct + AR5 upstream overshoots Ember's US figure (421 vs 392.89,
    # 2023): Ember's own gas and coal factors are country-specific. The US
    # upstream is scaled so the national eGRID mix reproduces Ember's 2023 value.
    us_direct, us_mix = egrid["US"]
    us_up = mix_total(us_mix, UPSTREAM_G)
    us_scale = (EMBER_US_2023 - us_direct) / us_up

    def up_text(u, mix_src):
        return f"upstream {fmt(u)} g/kWh = {mix_src} x ({SRC_AR5}: lifecycle - direct per fuel)"

    for r in rows:
        v, y, s = r["intensity_g_per_kwh"], r["year"], r["source"]
        zid = r["id"]
        if r["kind"] in ("world", "country"):
            r["lifecycle"] = (v, y, s)
            if zid == "US":
                r["direct"] = (egrid["US"][0], "2023",
                               "US EPA eGRID2023 rev2 national total output rate, CO2e, generation-based (public domain)")
                continue
            iso3 = r["aliases"][0] if r["kind"] == "country" else None
            if r["kind"] == "world":
                mix, label = dict(world_mix), "sum of the country mixes 2022-23"
            elif iso3 in mixes and sum(mixes[iso3][0].values()) > 0:
                mix, label = mixes[iso3][0], f"{mixes[iso3][1]} mix"
            else:
                share = 1 - mix_total(dict(world_mix), UPSTREAM_G) / by_id["WORLD"]["intensity_g_per_kwh"]
                r["direct"] = (v * share, y,
                               f"Derived: Ember/OWID lifecycle x world direct share {fmt(share, 3)} (no generation mix for {zid})")
                note(f"{zid}: no generation mix; direct = lifecycle x world share {fmt(share, 3)}")
                continue
            u = mix_total(mix, UPSTREAM_G)
            d = v - u
            if d < 0:
                note(f"{zid}: lifecycle {fmt(v)} below upstream {fmt(u)}; direct set to 0")
                d = 0.0
            r["direct"] = (d, y, f"Derived: Ember/OWID lifecycle {y} minus {up_text(u, SRC_MIX + ', ' + label)}")
        elif zid.startswith("US-EGRID-"):
            code = zid.removeprefix("US-EGRID-")
            direct, mix = egrid[code]
            if abs(direct - v) > 0.01:
                err(f"{zid}: eGRID file {direct} differs from sub-national file {v}")
            u = mix_total(mix, UPSTREAM_G) * us_scale
            r["direct"] = (v, y, s)
            r["lifecycle"] = (v + u, y, f"Derived: eGRID2023 direct rate {fmt(v)} plus {up_text(u, 'eGRID2023 ' + code + ' mix')}"
                                        f", scaled by {fmt(us_scale, 3)} to Ember's US 2023 figure")
            derivations.append(f"{zid}: direct {fmt(v)} + upstream {fmt(u, 1)} = lifecycle {fmt(v + u, 1)}")
        elif zid in canada:
            mix = canada[zid]
            d, lc = mix_total(mix, DIRECT_G), mix_total(mix, LIFECYCLE_G)
            src = f"Derived: CodeCarbon {CANADA_MIX_YEAR} provincial generation mix (MIT) x {SRC_AR5}"
            r["direct"] = (d, CANADA_MIX_YEAR, src + " (direct)")
            r["lifecycle"] = (lc, CANADA_MIX_YEAR, src + " (lifecycle)")
            derivations.append(f"{zid}: NIR {y} {fmt(v)} -> direct {fmt(d, 1)}, lifecycle {fmt(lc, 1)} ({CANADA_MIX_YEAR} mix)")
        elif zid.startswith("AU-"):
            nat, ny = NGA_NATIONAL
            for basis in BASES:
                anchor = by_id["AU"][basis][0]
                r[basis] = (v * anchor / nat, y,
                            f"Derived: NGA {y} scope 2 {fmt(v)} x AU {basis} {fmt(anchor, 1)} / NGA {ny} national {fmt(nat)}")
            derivations.append(f"{zid}: NGA {fmt(v)} -> lifecycle {fmt(r['lifecycle'][0], 1)}, direct {fmt(r['direct'][0], 1)}")
        elif zid.startswith("CN-"):
            mix, my = mixes["CHN"]
            u = mix_total(mix, UPSTREAM_G)
            r["direct"] = (v, y, s)
            r["lifecycle"] = (v + u, y, f"Derived: MEE {y} CO2 factor {fmt(v)} plus {up_text(u, SRC_MIX + ', China ' + my + ' mix')}")
        else:
            err(f"{zid}: no rule for the two bases")
    for r in rows:
        if "lifecycle" not in r or "direct" not in r:
            err(f"{r['id']}: a basis is missing")
            continue
        lc, d = r["lifecycle"][0], r["direct"][0]
        if not (0 < lc < 2000) or not (0 <= d < 2000):
            err(f"{r['id']}: basis values out of range: lifecycle {lc}, direct {d}")
        if lc + 1e-9 < d:
            err(f"{r['id']}: lifecycle {fmt(lc)} below direct {fmt(d)}")
    derivations.insert(0, f"US national check: eGRID2023 {fmt(us_direct)} + upstream {fmt(us_up, 1)} = "
                          f"{fmt(us_direct + us_up, 1)} vs Ember 2023 {fmt(EMBER_US_2023)} "
                          f"({fmt(((us_direct + us_up) / EMBER_US_2023 - 1) * 100, 1)} %), so upstream x {fmt(us_scale, 3)}; "
                          f"mix x AR5 lifecycle alone: {fmt(mix_total(us_mix, LIFECYCLE_G), 1)}")
    return derivations


# ---------------------------------------------------------------------------
# grids.csv
# ---------------------------------------------------------------------------

def build_grids():
    rows = []
    world = None
    countries = {}
    for r in read_csv(GR / "country_grid_intensity_latest.csv"):
        if r["owid_code"] == "OWID_WRL":
            world = r
            continue
        iso2, iso3 = r["iso2"], r["iso3"]
        if not re.fullmatch(r"[A-Z]{2}", iso2) or not re.fullmatch(r"[A-Z]{3}", iso3):
            err(f"bad ISO codes in country file: {iso2!r} {iso3!r} ({r['country']})")
            continue
        if iso2 in countries:
            err(f"duplicate country {iso2}")
        value, year, source = float(r["gco2e_per_kwh"]), r["year"], SRC_OWID
        if value <= 0:
            if iso2 not in COUNTRY_FIXES:
                err(f"{iso2} has non-positive OWID value and no documented fix")
                continue
            v, y, s = COUNTRY_FIXES[iso2]
            note(f"{iso2}: OWID {value} ({year}) replaced by {v} ({y})")
            value, year, source = v, y, s
        if iso2 not in CONTINENT_OF:
            err(f"no continent for {iso2}")
        countries[iso2] = dict(
            id=iso2, name=r["country"],
            aliases=[iso3] + COUNTRY_ALIASES.get(iso2, []),
            kind="country", country=iso2, continent=CONTINENT_OF.get(iso2, ""),
            intensity_g_per_kwh=value, year=year, source=source,
        )
    for code in COUNTRY_ALIASES:
        if code not in countries:
            err(f"alias table names unknown country {code}")
    for code in COUNTRY_FIXES:
        if code in countries and countries[code]["source"] == SRC_OWID:
            note(f"fix for {code} not needed any more (OWID value now positive)")
    if world is None:
        err("World row missing")
    else:
        rows.append(dict(id="WORLD", name="World", aliases=["Global", "World average"],
                         kind="world", country="", continent="World",
                         intensity_g_per_kwh=float(world["gco2e_per_kwh"]),
                         year=world["year"], source=SRC_OWID))
    rows.extend(countries[k] for k in sorted(countries))

    # Sub-national zones: newest year with a positive value per zone id.
    by_zone = defaultdict(list)
    for r in read_csv(GR / "subnational_grid_intensity.csv"):
        by_zone[r["zone_id"]].append(r)
    sub_rows = []
    for zid in by_zone:
        recs = sorted(by_zone[zid], key=lambda r: int(r["year"]), reverse=True)
        if zid in countries:
            # National rows (AU NGA, IN CEA) would clash with the country id;
            # the Ember/OWID country value is kept (consistent basis).
            note(f"sub-national file row {zid} (national, {recs[0]['year']}: "
                 f"{recs[0]['gco2e_per_kwh']}) not used; country row kept "
                 f"({fmt(countries[zid]['intensity_g_per_kwh'])}, {countries[zid]['year']})")
            continue
        chosen = None
        for r in recs:
            if float(r["gco2e_per_kwh"]) > 0:
                chosen = r
                break
            note(f"{zid}: {r['year']} value {r['gco2e_per_kwh']} is not > 0, skipped")
        if chosen is None:
            err(f"{zid}: no positive value")
            continue
        older = [f"{r['year']}={r['gco2e_per_kwh']}" for r in recs if r is not chosen]
        cc = chosen["country"]
        if cc not in countries:
            err(f"{zid}: country {cc} not in country rows")
        row = dict(id=zid, kind="subnational", country=cc,
                   continent=CONTINENT_OF.get(cc, ""),
                   intensity_g_per_kwh=float(chosen["gco2e_per_kwh"]),
                   year=chosen["year"],
                   source=subnat_source(chosen["source"], chosen["year"]),
                   _older=older)
        m = re.fullmatch(r"US-EGRID-([A-Z]{4})", zid)
        if m:
            code = m.group(1)
            zm = re.fullmatch(r"eGRID subregion ([A-Z]{4}) \((.+)\)", chosen["zone_name"])
            if not zm or zm.group(1) != code:
                err(f"{zid}: unexpected zone_name {chosen['zone_name']!r}")
                continue
            row["name"] = f"{zm.group(2)} (eGRID {code})"
            row["aliases"] = [code] + EGRID_EXTRA_ALIASES.get(code, [])
        elif zid in SUBNAT_META:
            row["name"], al = SUBNAT_META[zid]
            row["aliases"] = list(al)
        elif re.fullmatch(r"CN-[A-Z]{2}", zid):
            row["name"] = re.sub(r"\s*\(.*\)\s*$", "", chosen["zone_name"]).strip()
            row["aliases"] = []
        else:
            err(f"{zid}: no naming rule")
            continue
        sub_rows.append(row)

    # US state codes -> eGRID subregion aliases (each state on exactly one row).
    egrid_ids = {r["id"] for r in sub_rows if r["id"].startswith("US-EGRID-")}
    if set(STATE_TO_EGRID) != US_STATES_PLUS or set(US_STATE_NAMES) != US_STATES_PLUS:
        err(f"state mapping mismatch: missing {sorted(US_STATES_PLUS - set(STATE_TO_EGRID))}, "
            f"extra {sorted(set(STATE_TO_EGRID) - US_STATES_PLUS)}")
    by_id = {r["id"]: r for r in sub_rows}
    for st in sorted(STATE_TO_EGRID):
        zid = "US-EGRID-" + STATE_TO_EGRID[st]
        if zid not in egrid_ids:
            err(f"state {st} mapped to unknown {zid}")
            continue
        by_id[zid]["aliases"] += [f"US-{st}", US_STATE_NAMES[st]]

    sub_rows.sort(key=lambda r: r["id"])
    rows.extend(sub_rows)

    # Uniqueness after normalisation, across all rows. ids and names must be
    # unique; ambiguous aliases are dropped (and reported).
    owner = {}
    for r in rows:
        for tok in (r["id"], r["name"]):
            n = norm(tok)
            if not n:
                err(f"{r['id']}: id/name normalises to empty: {tok!r}")
            elif n in owner and owner[n] != r["id"]:
                err(f"id/name clash: {tok!r} of {r['id']} vs {owner[n]}")
            owner.setdefault(n, r["id"])
    alias_owners = defaultdict(set)
    for r in rows:
        for a in r["aliases"]:
            alias_owners[norm(a)].add(r["id"])
    for r in rows:
        kept, seen = [], {norm(r["id"]), norm(r["name"])}
        for a in r["aliases"]:
            n = norm(a)
            if not n or n in seen:
                continue
            if (n in owner and owner[n] != r["id"]) or len(alias_owners[n]) > 1:
                note(f"ambiguous alias {a!r} dropped from {r['id']}")
                continue
            seen.add(n)
            kept.append(a)
        r["aliases"] = kept
    final = Counter()
    for r in rows:  # a row may repeat its own token (WORLD/World), not another's
        for tok in {norm(t) for t in [r["id"], r["name"]] + r["aliases"]}:
            final[tok] += 1
    for tok, c in final.items():
        if c > 1:
            err(f"normalised token {tok!r} occurs {c} times")
    for r in rows:
        for a in r["aliases"]:
            if "|" in a:
                err(f"{r['id']}: alias contains '|': {a!r}")

    # Range / completeness checks.
    for r in rows:
        v = r["intensity_g_per_kwh"]
        if not (0 < v < 2000):
            err(f"{r['id']}: intensity {v} out of range")
        if not re.fullmatch(r"\d{4}", str(r["year"])):
            err(f"{r['id']}: bad year {r['year']!r}")
        if not r["source"]:
            err(f"{r['id']}: empty source")
        if r["continent"] not in ("World", *CONTINENTS):
            err(f"{r['id']}: bad continent {r['continent']!r}")
        if r["kind"] == "country" and not (r["id"] == r["country"] and re.fullmatch(r"[A-Z]{2}", r["id"])):
            err(f"{r['id']}: country id/code mismatch")
    ids = [r["id"] for r in rows]
    if len(ids) != len(set(ids)):
        err("duplicate grid ids")
    if sum(r["kind"] == "world" for r in rows) != 1:
        err("need exactly one world row")
    if sum(r["kind"] == "country" for r in rows) < 210:
        err("fewer than 210 countries")
    if "NA" not in ids:
        err("Namibia (NA) missing")
    return rows


# ---------------------------------------------------------------------------
# Cross-checks of country values against CarbonTracker / CodeCarbon tables
# ---------------------------------------------------------------------------

def cross_check_countries(grid_rows):
    ours = {r["id"]: r for r in grid_rows if r["kind"] == "country"}
    by3 = {r["aliases"][0]: r for r in ours.values()}
    ct = {}
    for r in read_csv(REF / "carbontracker" / "carbon-intensities.csv"):
        ct[r["alpha-2"]] = (float(r["Carbon intensity of electricity (gCO2eq/kWh)"]), r["Year"])
    cc = {}
    with open(REF / "codecarbon" / "global_energy_mix.json", encoding="utf-8") as f:
        for k, v in json.load(f).items():
            cc[k] = (float(v["carbon_intensity"]), str(v["year"]))
    out = []
    for iso2, r in sorted(ours.items()):
        mine = r["intensity_g_per_kwh"]
        for label, table, key in (("CarbonTracker", ct, iso2), ("CodeCarbon", cc, r["aliases"][0])):
            if key not in table:
                continue
            v, y = table[key]
            if abs(v - mine) >= 50 and abs(v - mine) >= 0.2 * max(mine, 1):
                out.append(f"{iso2} ours {fmt(mine)} ({r['year']}) vs {label} {fmt(v)} ({y})")
    missing_ct = sorted(set(ours) - set(ct))
    missing_cc = sorted(k for k in by3 if k not in cc)
    return out, missing_ct, missing_cc


# ---------------------------------------------------------------------------
# regions.csv
# ---------------------------------------------------------------------------

def load_google():
    """region -> (intensity, cfe or None, year) from the newest year file
    that has an intensity for the region."""
    best = {}
    for path in sorted((GR / "google-region-carbon-info").glob("*.csv")):
        year = path.stem
        for r in read_csv(path):
            reg = r["Google Cloud Region"].strip()
            col = [k for k in r if k and "carbon intensity" in k.lower()]
            if len(col) != 1:
                err(f"{path.name}: cannot find intensity column")
                continue
            val = (r[col[0]] or "").strip()
            if not val:
                continue
            cfe = (r["Google CFE"] or "").strip()
            if reg not in best or int(year) > int(best[reg][2]):
                best[reg] = (float(val), float(cfe) if cfe else None, year)
    return best


def build_regions(grid_rows):
    grid_ids = {r["id"]: r for r in grid_rows}
    country_ids = {r["id"] for r in grid_rows if r["kind"] == "country"}
    google = load_google()
    joined = {(r["provider"], r["region_id"]): r
              for r in read_csv(GR / "cloud_region_grid_intensity_joined.csv")}
    rows = []
    for r in read_csv(GR / "cloud_regions_locations.csv"):
        prov, reg = r["provider"].strip(), r["region_id"].strip()
        if prov not in PROVIDERS:
            err(f"unknown provider {prov!r}")
            continue
        rid = f"{prov}:{reg}"
        zone = r["grid_zone"].strip()
        row = dict(id=rid, provider=prov, region=reg, name=r["display_name"].strip(),
                   country=r["country"].strip(), subdivision=r["subdivision"].strip(),
                   city=r["city"].strip(), grid_zone=zone,
                   provider_reported_g_per_kwh="", basis="", cfe_percent="",
                   provider_reported_year="", provider_reported_source="",
                   year=REGION_FACTS_YEAR, source=REGION_SOURCES[prov])
        j = joined.get((prov, reg))
        if j is None:
            err(f"{rid}: missing from joined table")
        elif j["grid_zone"] != zone:
            err(f"{rid}: grid_zone differs between locations ({zone}) and joined ({j['grid_zone']})")
        if prov == "gcp":
            if reg in GOOGLE_NOT_THE_REGION:
                note(f"{rid}: Google's figure not kept ({GOOGLE_NOT_THE_REGION[reg]})")
            elif reg in google:
                val, cfe, year = google[reg]
                row["provider_reported_g_per_kwh"] = fmt(val)
                row["basis"] = "lifecycle" if int(year) <= 2020 else "direct"
                row["cfe_percent"] = fmt(cfe * 100) if cfe is not None else ""
                row["provider_reported_year"] = year
                row["provider_reported_source"] = (
                    f"Google region-carbon-info {year} (Apache-2.0): hourly consumption-based grid "
                    f"intensity from Electricity Maps, operational CO2e")
                if year != "2024":
                    note(f"{rid}: newest Google value is {year}")
            else:
                note(f"{rid}: no Google-published intensity; grid-zone fallback ({zone})")
        rows.append(row)
    gcp_regions = {r["region"] for r in rows if r["provider"] == "gcp"}
    for reg in sorted(set(google) - gcp_regions):
        note(f"Google carbon data has {reg} but the location table does not")

    # Validation.
    ids = [r["id"] for r in rows]
    dup = [k for k, c in Counter(ids).items() if c > 1]
    if dup:
        err(f"duplicate region ids: {dup}")
    for r in rows:
        if r["grid_zone"] not in grid_ids:
            err(f"{r['id']}: grid_zone {r['grid_zone']} not in grids.csv")
        elif grid_ids[r["grid_zone"]]["country"] != r["country"]:
            err(f"{r['id']}: grid_zone country {grid_ids[r['grid_zone']]['country']} != {r['country']}")
        if r["country"] not in country_ids:
            err(f"{r['id']}: country {r['country']} is not a country row")
        if r["subdivision"] and not re.fullmatch(r"[A-Z]{2}-[A-Z0-9]{1,3}", r["subdivision"]):
            err(f"{r['id']}: bad subdivision {r['subdivision']!r}")
        if r["subdivision"] and not r["subdivision"].startswith(r["country"] + "-"):
            err(f"{r['id']}: subdivision {r['subdivision']} not in {r['country']}")
        if r["provider_reported_g_per_kwh"] and not (0 < float(r["provider_reported_g_per_kwh"]) < 2000):
            err(f"{r['id']}: provider-reported intensity out of range")
        if bool(r["provider_reported_g_per_kwh"]) != bool(r["basis"]):
            err(f"{r['id']}: a provider-reported figure needs a basis, and only then")
        if r["cfe_percent"] and not (0 <= float(r["cfe_percent"]) <= 100):
            err(f"{r['id']}: cfe out of range")
        if not re.fullmatch(r"\d{4}", r["year"]) or not r["source"] or not r["name"]:
            err(f"{r['id']}: missing year/source/name")
        if r["provider"] != r["provider"].lower():
            err(f"{r['id']}: provider not lower-case")
    per = Counter(r["provider"] for r in rows)
    if len(rows) < 150 or len(per) < 5:
        err(f"too few regions/providers: {len(rows)} / {len(per)}")
    return rows


# ---------------------------------------------------------------------------
# pue.csv
# ---------------------------------------------------------------------------

def build_pue(region_rows):
    region_ids = {r["id"] for r in region_rows}
    providers = sorted({r["provider"] for r in region_rows})
    rows = [dict(scope="default", id="unknown", pue=fmt(PUE_DEFAULT[0]),
                 year=PUE_DEFAULT[1], source=PUE_DEFAULT[2])]
    for p in providers:
        if p not in PUE_PROVIDER:
            err(f"no provider PUE for {p}")
            continue
        v, y, s = PUE_PROVIDER[p]
        rows.append(dict(scope="provider", id=p, pue=fmt(v), year=y, source=s))

    # Per-region candidates, highest priority first.
    cands = defaultdict(list)  # region id -> [(pue, year, source, label)]
    ccf = read_csv(REF / "cloud-carbon-footprint" / "ccf_constants.csv")
    for r in ccf:
        m = re.fullmatch(r"PUE_TRAILING_TWELVE_MONTH:(\S+)(?: .*)?", r["name"])
        if m and r["provider"] in ("gcp", "alibaba"):
            rid = f"{r['provider']}:{m.group(1)}"
            what = "Google per-campus TTM PUE" if r["provider"] == "gcp" else "Alibaba region PUE"
            cands[rid].append((float(r["value"]), "2024",
                               f"{what} via Cloud Carbon Footprint constants (Apache-2.0; snapshot 2024-03, measurement period not stated)",
                               "CCF"))
    ga = read_csv(REF / "green-algorithms" / "cloudProviders_datacenters.csv", skip_lines=1)
    for r in ga:
        if r["provider"] == "gcp" and (r["PUE"] or "").strip():
            cands[f"gcp:{r['Name'].strip()}"].append(
                (float(r["PUE"]), "2020",
                 "Google per-campus PUE (google.com/about/datacenters/efficiency, 2020-09-29) via Green Algorithms (CC BY 4.0)",
                 "GreenAlgorithms"))
    for r in read_csv(REF / "mlco2-impact" / "impact.csv"):
        if r["provider"] == "gcp" and (r["PUE"] or "").strip():
            cands[f"gcp:{r['region'].strip()}"].append(
                (float(r["PUE"]), "2020",
                 "Google per-campus PUE via mlco2/impact impact.csv (MIT)", "mlco2"))
    conflicts = []
    for rid in sorted(cands):
        lst = cands[rid]
        if rid not in region_ids:
            err(f"region PUE for unknown region {rid}")
            continue
        # Not used (issue 10): Google's per-campus figures are of 2020, older than
        # its 2023 fleet figure, and CCF's carry a snapshot date, not a measurement
        # year. The provider's fleet figure applies; the candidates are logged.
        conflicts.append(f"{rid}: not used: " + ", ".join(f"{l} {fmt(x)} ({y})" for x, y, _, l in lst))

    # Validation.
    keys = Counter((r["scope"], r["id"]) for r in rows)
    for k, c in keys.items():
        if c > 1:
            err(f"duplicate PUE row {k}")
    if sum(r["scope"] == "default" for r in rows) != 1:
        err("need exactly one default PUE row")
    for r in rows:
        if not (1.0 <= float(r["pue"]) <= 3.0):
            err(f"PUE {r['id']} out of range: {r['pue']}")
        if not re.fullmatch(r"\d{4}", r["year"]) or not r["source"]:
            err(f"PUE {r['id']}: missing year/source")
        if r["scope"] == "provider" and r["id"] not in providers:
            err(f"PUE provider {r['id']} has no regions")
        if r["scope"] == "region" and r["id"] not in region_ids:
            err(f"PUE region {r['id']} not in regions.csv")
    for p in providers:
        if ("provider", p) not in keys:
            err(f"provider {p} lacks a PUE row")

    # Reference-data provider values, for the conflict log.
    ref = []
    for r in read_csv(REF / "green-algorithms" / "defaults_PUE.csv", skip_lines=1):
        ref.append(f"GreenAlgorithms {r['provider']}={r['PUE']}")
    for r in ccf:
        if r["name"] == "PUE_AVG":
            ref.append(f"CCF {r['provider']}={r['value']}")
    return rows, conflicts, ref


# ---------------------------------------------------------------------------

def main():
    if not GR.is_dir():
        print(f"reference data not found at {REF}", file=sys.stderr)
        return 2
    grid_rows = build_grids()
    derivations = assign_bases(grid_rows)
    region_rows = build_regions(grid_rows)
    pue_rows, pue_conflicts, pue_ref = build_pue(region_rows)

    if ERRORS:
        print("VALIDATION FAILED:", file=sys.stderr)
        for e in ERRORS:
            print("  - " + e, file=sys.stderr)
        return 1

    grid_out = []
    for r in grid_rows:
        for basis in BASES:
            value, year, source = r[basis]
            o = dict(r, basis=basis, intensity_g_per_kwh=fmt(value), year=year, source=source)
            o["aliases"] = "|".join(r["aliases"])
            grid_out.append(o)
    write_csv(OUT / "grids.csv",
              ["id", "name", "aliases", "kind", "country", "continent", "basis",
               "intensity_g_per_kwh", "year", "source"], grid_out)
    write_csv(OUT / "regions.csv",
              ["id", "provider", "region", "name", "country", "subdivision", "city",
               "grid_zone", "provider_reported_g_per_kwh", "basis", "cfe_percent",
               "provider_reported_year", "provider_reported_source", "year", "source"],
              region_rows)
    write_csv(OUT / "pue.csv", ["scope", "id", "pue", "year", "source"], pue_rows)

    kinds = Counter(r["kind"] for r in grid_rows)
    print(f"grids.csv: {len(grid_rows)} rows; world {kinds['world']}, "
          f"countries {kinds['country']}, subnational zones {kinds['subnational']}")
    sub_by_c = Counter(r["country"] for r in grid_rows if r["kind"] == "subnational")
    print("  subnational by country: " + ", ".join(f"{k} {v}" for k, v in sorted(sub_by_c.items())))
    per = Counter(r["provider"] for r in region_rows)
    print(f"regions.csv: {len(region_rows)} regions; " +
          ", ".join(f"{p} {per[p]}" for p in sorted(per)))
    print(f"  with provider-reported intensity: "
          f"{sum(1 for r in region_rows if r['provider_reported_g_per_kwh'])}")
    sc = Counter(r["scope"] for r in pue_rows)
    print(f"pue.csv: {len(pue_rows)} rows; " +
          ", ".join(f"{s} {sc[s]}" for s in ("default", "provider", "region")))

    print("\nDerivations of the second basis:")
    for d in derivations:
        print("  - " + d)
    print("\nNotes:")
    for n in NOTES:
        print("  - " + n)
    print("\nPUE region conflicts:")
    for c in pue_conflicts:
        print("  - " + c)
    print("\nReference-data provider PUE values: " + "; ".join(pue_ref))
    diffs, miss_ct, miss_cc = cross_check_countries(grid_rows)
    print("\nCountry cross-check (|diff| >= 50 g and >= 20 %):")
    for d in diffs:
        print("  - " + d)
    print(f"  not in CarbonTracker table: {' '.join(miss_ct)}")
    print(f"  not in CodeCarbon table: {' '.join(miss_cc)}")
    older = [f"{r['id']} ({r['year']}; older {', '.join(r['_older'])})"
             for r in grid_rows if r.get("_older")]
    print(f"\nSub-national zones with an older year dropped: {len(older)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
