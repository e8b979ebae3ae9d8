"""Reads the CSV tables of `wfsim report --csv` with pandas, without options, and checks every
value against the HDF5 file (read with h5py). Usage: test_report_csv_check.py FILE.h5 CSV_DIR"""
import csv
import sys

import h5py
import numpy as np
import pandas as pd

KEY = ["variant", "metric", "unit", "sector", "group", "period", "period_label"]
STATISTICS = ["mean", "mcse", "p5", "p10", "p50", "p90", "p95", "n"]
COORDINATES = {"replication", "period", "fy", "unit", "unit_kind", "unit_sector"}


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def places(f):
    """(sector, group) of each unit, as the CSV names them."""
    out = []
    for name, kind, sector in zip(f["unit"].asstr()[()], f["unit_kind"].asstr()[()], f["unit_sector"].asstr()[()]):
        out.append((sector, name) if kind == "group" else (name, "") if kind == "sector" else ("total", ""))
    return out


def period_starts(f, frequency):
    periods = list(f["period"].asstr()[()])
    if frequency == "monthly":
        return periods
    return [periods[i] for i in f["fy_first_period"][()]]


def expected_summaries(f, frequency):
    rows = []
    starts, unit_places = period_starts(f, frequency), places(f)
    for variant in f["variants"]:
        group = f[f"variants/{variant}/{frequency}_summary"]
        for metric in group:
            units = f[f"variants/{variant}/{'monthly' if frequency == 'monthly' else 'fy'}/{metric}"].attrs["units"]
            for statistic in STATISTICS:
                values = group[metric][statistic][()]
                for p, start in enumerate(starts):
                    for u, (sector, grp) in enumerate(unit_places):
                        rows.append((variant, metric, units, sector, grp, start, statistic, float(values[p, u])))
    return rows


def expected_variant_statistics(f, kind):
    """Every [fy, unit] statistic of /variants/<v>/<kind>, as the CSV lists them."""
    rows = []
    starts, unit_places = period_starts(f, "fy"), places(f)
    for variant in f["variants"]:
        if kind not in f[f"variants/{variant}"]:
            continue
        for metric, group in f[f"variants/{variant}/{kind}"].items():
            for statistic, ds in group.items():
                if statistic in COORDINATES:
                    continue
                values = ds[()]
                for p, start in enumerate(starts):
                    for u, (sector, grp) in enumerate(unit_places):
                        rows.append((variant, metric, group.attrs.get("units", ""), sector, grp, start, statistic,
                                     float(values[p, u])))
    return rows


def compare(table, expected, extra_column, name):
    check(len(table) == len(expected), f"{name}: {len(table)} rows, expected {len(expected)}")
    columns = ["variant", "metric", "unit", "sector", "group", "period", extra_column]
    for c, column in enumerate(columns):
        got = table[column].fillna("").astype(str).to_numpy()  # pandas reads an empty cell as NaN
        want = np.array([str(row[c]) for row in expected])
        bad = np.flatnonzero(got != want)
        check(bad.size == 0, f"{name} row {bad[0] if bad.size else 0}: {column} {got[bad[:1]]} != {want[bad[:1]]}")
    got = table["value"].to_numpy()
    want = np.array([row[7] for row in expected])
    # pandas' default float parser is not correctly rounded (tens of ulps on 17 digits; the text
    # itself is exact: see the csv module check below; float_precision="round_trip" is exact).
    close = (np.isnan(got) & np.isnan(want)) | (np.abs(got - want) <= 1e-13 * np.abs(want))
    check(close.all(), f"{name}: values differ at rows {np.flatnonzero(~close)[:5]}")


def main(path, directory):
    with h5py.File(path, "r") as f:
        # Plain pandas, as a user would: no encoding, separator or dtype options.
        fy = pd.read_csv(f"{directory}/summary_fy.csv")
        check(list(fy.columns) == KEY + ["statistic", "value"], f"columns {list(fy.columns)}")
        check(fy["value"].dtype == np.float64, "values are numbers")
        check(set(fy["period_label"]) == set(f["fy"].asstr()[()]), "financial year labels")
        compare(fy, expected_summaries(f, "fy"), "statistic", "summary_fy.csv")
        monthly = pd.read_csv(f"{directory}/summary_monthly.csv")
        compare(monthly, expected_summaries(f, "monthly"), "statistic", "summary_monthly.csv")
        check(pd.to_datetime(monthly["period"]).dt.day.eq(1).all(), "ISO dates")

        reps = pd.read_csv(f"{directory}/replications_fy.csv")
        expected = []
        starts, unit_places = period_starts(f, "fy"), places(f)
        for variant in f["variants"]:
            indices = f[f"variants/{variant}/replication"][()]
            for metric, ds in f[f"variants/{variant}/fy"].items():
                if metric in COORDINATES:
                    continue
                values = ds[()]
                for r, index in enumerate(indices):
                    for p, start in enumerate(starts):
                        for u, (sector, grp) in enumerate(unit_places):
                            expected.append((variant, metric, ds.attrs["units"], sector, grp, start, int(index),
                                             float(values[r, p, u])))
        compare(reps, expected, "replication", "replications_fy.csv")

        # Each variant's paired differences from the baseline and its cost-effectiveness.
        for kind, file in (("fy_difference", "differences_fy.csv"), ("cost_effectiveness", "cost_effectiveness.csv")):
            expected = expected_variant_statistics(f, kind)
            check(len(expected) > 0, f"the file has no {kind}")
            table = pd.read_csv(f"{directory}/{file}")
            check(list(table.columns) == KEY + ["statistic", "value"], f"{file} columns {list(table.columns)}")
            compare(table, expected, "statistic", file)
        differences = pd.read_csv(f"{directory}/differences_fy.csv")
        check(set(differences["variant"]) == set(list(f["variants"])[1:]), "every variant but the baseline")
        check({"mean", "ci95_low", "ci95_high", "n"} <= set(differences["statistic"]), "difference statistics")

        run = pd.read_csv(f"{directory}/run.csv")
        attributes = dict(zip(run["attribute"], run["value"].astype(str)))
        check(attributes["seed"] == str(f.attrs["seed"]), "seed survives as text")
        check(attributes["scenario_name"] == f.attrs["scenario_name"], "scenario name")

    # What Excel needs: a UTF-8 byte-order mark and one header row; the csv module agrees.
    with open(f"{directory}/summary_fy.csv", "rb") as raw:
        check(raw.read(3) == b"\xef\xbb\xbf", "UTF-8 byte-order mark")
    with open(f"{directory}/summary_fy.csv", newline="", encoding="utf-8-sig") as text:
        reader = csv.reader(text)
        header = next(reader)
        check(header == KEY + ["statistic", "value"], "csv module header")
        with h5py.File(path, "r") as f:
            for row, want in zip(reader, expected_summaries(f, "fy")):
                exact = float(row[-1]) if row[-1] else float("nan")
                check(exact == want[7] or (np.isnan(exact) and np.isnan(want[7])),
                      f"the text {row[-1]} is not exactly {want[7]!r}")
    print("ok")


if __name__ == "__main__":
    try:
        main(sys.argv[1], sys.argv[2])
    except AssertionError as failure:
        print(f"check failed: {failure}")
        sys.exit(1)
