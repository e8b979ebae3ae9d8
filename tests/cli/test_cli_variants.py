# Reads a result file with variants by the paths docs/output.md documents and recomputes, with
# numpy from the per-replication datasets, the paired differences and the cost-effectiveness.
# Usage: test_cli_variants.py RESULT.h5 VARIANT FIRST_CHANGED_PERIOD ; prints "ok" or fails.
import sys
import warnings

import h5py
import numpy as np

path, variant, first_changed = sys.argv[1], sys.argv[2], sys.argv[3]
Z95 = 1.959963984540054
warnings.simplefilter("ignore", RuntimeWarning)  # empty slices: NaN, as the file has

with h5py.File(path, "r") as f:
    assert list(f.attrs["variants"])[0] == "baseline", f.attrs["variants"]
    assert variant in list(f.attrs["variants"])
    periods = list(f["period"].asstr()[()])
    first_month = periods.index(first_changed)
    fy_first = f["fy_first_period"][()]
    base = f["variants/baseline"]
    var = f["variants/" + variant]
    rows_b = list(base["replication"][()])
    rows_v = list(var["replication"][()])
    assert rows_b == rows_v, (rows_b, rows_v)

    for period in ("monthly", "fy"):
        for metric in ("headcount", "leavers", "wte_days", "vacancy_rate", "turnover",
                       "intervention_cost"):
            diff = var[period + "/" + metric][()] - base[period + "/" + metric][()]
            group = var[period + "_difference/" + metric]
            with np.errstate(invalid="ignore"):
                mean = np.nanmean(diff, axis=0)
                n = np.sum(~np.isnan(diff), axis=0)
                mcse = np.nanstd(diff, axis=0, ddof=1) / np.sqrt(n)
            assert np.allclose(group["mean"][()], mean, rtol=1e-12, atol=1e-9, equal_nan=True), metric
            assert np.allclose(group["mcse"][()], mcse, rtol=1e-9, atol=1e-9, equal_nan=True), metric
            assert np.allclose(group["ci95_low"][()], mean - Z95 * mcse, rtol=1e-9, atol=1e-9,
                               equal_nan=True), metric
            assert np.array_equal(group["n"][()], n), metric
            p50 = np.nanpercentile(diff, 50, axis=0) if n.min() > 0 else None
            if p50 is not None:
                assert np.allclose(group["p50"][()], p50, rtol=1e-12, atol=1e-9), metric
            assert group["mean"].attrs["units"] == var[period + "/" + metric].attrs["units"]
            if period == "monthly":
                # Before the first change, every replication is the baseline's, bit for bit.
                before = diff[:, :first_month, :]
                assert np.all((before == 0) | np.isnan(before)), metric

    # Cost-effectiveness from the monthly values.
    def monthly(g, name):
        return g["monthly/" + name][()] if ("monthly/" + name) in g else 0.0
    net = monthly(var, "intervention_cost") \
        + (monthly(var, "temporary_cost") - monthly(base, "temporary_cost")) \
        + (monthly(var, "international_cost") - monthly(base, "international_cost")) \
        + (monthly(var, "pay_bill") - monthly(base, "pay_bill"))
    gain = (monthly(var, "wte_days") - monthly(base, "wte_days")) / 365.25
    leavers = monthly(base, "leavers") - monthly(var, "leavers")
    ce = var["cost_effectiveness"]
    for y, first in enumerate(fy_first):
        year = slice(first, first + 12)
        run = slice(0, first + 12)
        checks = {
            "net_cost": net[:, year, :].sum(axis=1),
            "net_cost_cumulative": net[:, run, :].sum(axis=1),
            "wte_years_gained_cumulative": gain[:, run, :].sum(axis=1),
            "leavers_avoided": leavers[:, year, :].sum(axis=1),
        }
        for name, values in checks.items():
            assert np.allclose(ce[name + "/mean"][y, :], values.mean(axis=0), rtol=1e-9,
                               atol=1e-6), (name, y)
            mcse = values.std(axis=0, ddof=1) / np.sqrt(values.shape[0])
            assert np.allclose(ce[name + "/mcse"][y, :], mcse, rtol=1e-6, atol=1e-6), (name, y)
        c = net[:, run, :].sum(axis=1).mean(axis=0)
        e = gain[:, run, :].sum(axis=1).mean(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            ratio = np.where(e > 0, c / e, np.nan)
        assert np.allclose(ce["cost_per_wte_year_gained_cumulative/mean"][y, :], ratio,
                           rtol=1e-9, atol=1e-6, equal_nan=True), y
    print("ok")
