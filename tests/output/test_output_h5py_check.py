"""Reads a wfsim result file with h5py and numpy, by the paths in docs/output.md, and checks it
against independent numpy computations. Usage: test_output_h5py_check.py FILE.h5

Exit status 0 when every check passes; prints the first failure otherwise."""
import sys
import warnings

import h5py
import numpy as np

STATISTICS = ["mean", "mcse", "p5", "p10", "p50", "p90", "p95", "n"]
COORDINATES = {"replication", "period", "fy", "unit", "unit_kind", "unit_sector"}
QUANTILES = {"p5": 5, "p10": 10, "p50": 50, "p90": 90, "p95": 95}


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def spread(values):
    """Statistics across replications (axis 0), NaN skipped, as numpy computes them."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN columns
        n = np.sum(~np.isnan(values), axis=0)
        out = {"mean": np.nanmean(values, axis=0), "n": n}
        sd = np.nanstd(values, axis=0, ddof=1)
        out["mcse"] = np.where(n >= 2, sd / np.sqrt(np.maximum(n, 1)), np.nan)
        for name, q in QUANTILES.items():
            out[name] = np.nanpercentile(values, q, axis=0)  # linear: R type 7
    return out


def check_dataset_layout(f, ds, period_axis):
    group = ds.parent
    check(ds.dtype == np.float64, f"{ds.name} is not float64")
    check(ds.compression == "gzip" and ds.compression_opts == 1, f"{ds.name}: not deflate 1")
    check(ds.shuffle, f"{ds.name}: no shuffle filter")
    check(ds.maxshape[0] is None, f"{ds.name}: replication axis is not extendible")
    check(ds.chunks[1:] == ds.shape[1:] or 0 in ds.shape, f"{ds.name}: chunk splits a replication")
    check(ds.dims[0][0] == group["replication"], f"{ds.name}: replication scale not attached")
    check(ds.dims[1][0] == group[period_axis], f"{ds.name}: {period_axis} scale not attached")
    check(ds.dims[2][0] == group["unit"], f"{ds.name}: unit scale not attached")
    check(list(group[period_axis].asstr()[()]) == list(f[period_axis].asstr()[()]),
          f"{group.name}/{period_axis} differs from the root's")
    check("DIMENSION_LABELS" not in ds.attrs, f"{ds.name}: DIMENSION_LABELS")
    check(ds.attrs["coordinates"] == "unit_kind unit_sector", f"{ds.name}: coordinates")
    for attribute in ["units", "long_name", "accumulation", "axis_order"]:
        check(isinstance(ds.attrs[attribute], str), f"{ds.name}: attribute {attribute}")


def main(path):
    with h5py.File(path, "r") as f:
        check(f.attrs["format_version"] == 2, "format_version")
        check(f.attrs["seed"] == np.uint64(18446744073709551557), "seed")
        check(isinstance(f.attrs["scenario_yaml"], str), "scenario_yaml is text")
        check(f.attrs["axis_order"] == "replication,period,unit", "axis_order")
        check(f.attrs["complete"] == 1, "complete")
        check(list(f.attrs["variants"]) == ["baseline"], "variants")

        periods = list(f["period"].asstr()[()])
        check(periods[0] == "2022-04-01" and periods[-1] == "2024-05-01", "period axis")
        check(list(f["fy"].asstr()[()]) == ["2022/23", "2023/24"], "fy axis")
        check(list(f["fy_first_period"][()]) == [0, 12], "fy_first_period")
        units = list(f["unit"].asstr()[()])
        check(units[-1] == "total", "unit axis ends with the total")
        check(list(f["unit_kind"].asstr()[()])[-1] == "total", "unit_kind")
        check(int(f["period_days"][10]) == 28, "period_days")

        variant = f["variants/baseline"]
        replications = variant["replication"][()]
        check(list(replications) == list(range(len(replications))), "replication axis")
        first = f["fy_first_period"][()]
        for metric, ds in variant["monthly"].items():
            if metric in COORDINATES:
                continue
            check_dataset_layout(f, ds, "period")
            fy = variant["fy"][metric]
            check_dataset_layout(f, fy, "fy")
            monthly = ds[()]
            accumulation = ds.attrs["accumulation"]
            if accumulation == "stock":
                expected = np.stack([monthly[:, i + 11, :] for i in first], axis=1)
                check(np.array_equal(fy[()], expected, equal_nan=True), f"fy {metric} is not the year end")
            elif accumulation in ("flow", "integral"):
                expected = np.stack([monthly[:, i:i + 12, :].sum(axis=1) for i in first], axis=1)
                check(np.allclose(fy[()], expected, equal_nan=True), f"fy {metric} is not the sum")
            for period, values in (("monthly_summary", monthly), ("fy_summary", fy[()])):
                group = variant[period][metric]
                check([s for s in group if s not in COORDINATES] == STATISTICS,
                      f"{group.name}: statistics")
                expected = spread(values)
                for name in STATISTICS:
                    stored = group[name][()]
                    check(stored.shape == values.shape[1:], f"{group[name].name}: shape")
                    check(np.allclose(stored, expected[name], rtol=1e-12, atol=1e-12, equal_nan=True),
                          f"{group[name].name} differs from numpy")

        fy = variant["fy"]
        est, wte = fy["establishment_wte_days"][()], fy["wte_days"][()]
        check(np.allclose(fy["vacancy_rate"][()], (est - wte) / est), "fy vacancy rate")
        days = np.array([f["period_days"][i:i + 12].sum() for i in first])
        mean_headcount = fy["headcount_days"][()] / days[None, :, None]
        check(np.allclose(fy["turnover"][()], fy["leavers"][()] / mean_headcount), "fy turnover")
        check(np.isnan(variant["monthly"]["turnover"][:, :11, :]).all(), "turnover undefined early")
        joiners_n = variant["monthly_summary"]["joiners"]["n"][()]
        check((joiners_n == len(replications) - 1).all(), "NaN joiners are not counted")
    print("ok")


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except AssertionError as failure:
        print(f"check failed: {failure}")
        sys.exit(1)
