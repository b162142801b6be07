"""How the question sets' prepare_data.py scripts write values and tables as CSV text,
one copy for the three sets (stdlib only)."""

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
