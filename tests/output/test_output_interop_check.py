"""Opens a wfsim result file the way a new user would, in xarray with both netCDF engines
(h5netcdf, and netcdf4 over netCDF-C), and checks that every group opens as a self-describing
dataset: dimensions with their coordinates, values equal to h5py's, no HDF5 bookkeeping
attributes. Usage: test_output_interop_check.py FILE.h5"""
import sys

import h5py
import numpy as np
import xarray as xr

HIDDEN = {"DIMENSION_LIST", "DIMENSION_LABELS", "REFERENCE_LIST", "CLASS", "NAME"}


def check(condition, message):
    if not condition:
        raise AssertionError(message)


def check_group(path, group, engine, f):
    with xr.open_dataset(path, group=group, engine=engine) as ds:
        where = f"{engine}: {group}"
        h5 = f[group]
        period = "period" if "period" in h5 else "fy"
        check(set(ds.coords) >= {period, "unit", "unit_kind", "unit_sector"}, f"{where}: coords {list(ds.coords)}")
        check(list(ds["unit"].values) == list(f["unit"].asstr()[()]), f"{where}: unit values")
        check(list(ds[period].values) == list(f[period].asstr()[()]), f"{where}: {period} values")
        check(list(ds["unit_kind"].values) == list(f["unit_kind"].asstr()[()]), f"{where}: unit_kind")
        names = [n for n in h5 if n not in ds.coords]
        check(sorted(ds.data_vars) == sorted(names), f"{where}: variables {list(ds.data_vars)}")
        for name in names:
            var = ds[name]
            if "replication" in var.dims:
                check(var.dims == ("replication", period, "unit"), f"{where}/{name}: dims {var.dims}")
                check(np.array_equal(ds["replication"].values, h5["replication"][()]), f"{where}: replication")
            else:
                check(var.dims == (period, "unit"), f"{where}/{name}: dims {var.dims}")
            check(not (HIDDEN & set(var.attrs)), f"{where}/{name}: bookkeeping attributes {list(var.attrs)}")
            check(var.attrs["units"] == h5[name].attrs["units"], f"{where}/{name}: units")
            check(np.array_equal(var.values, h5[name][()], equal_nan=True), f"{where}/{name}: values")
        return ds


def main(path):
    with h5py.File(path, "r") as f:
        groups = []
        for variant in f["variants"]:
            base = f"variants/{variant}"
            groups += [f"{base}/monthly", f"{base}/fy"]
            for summary in ("monthly_summary", "fy_summary"):
                groups += [f"{base}/{summary}/{metric}" for metric in f[base][summary]]
        for engine in ("h5netcdf", "netcdf4"):
            with xr.open_dataset(path, engine=engine) as root:
                check(root.attrs["scenario_name"] == f.attrs["scenario_name"], f"{engine}: root attributes")
                check(list(root["unit"].values) == list(f["unit"].asstr()[()]), f"{engine}: root unit")
                # units = "days" makes xarray decode the month lengths as durations (CF time units).
                days = root["period_days"].values / np.timedelta64(1, "D")
                check(list(days) == list(f["period_days"][()]), f"{engine}: period_days")
            for group in groups:
                check_group(path, group, engine, f)
        # The one-liner of docs/output.md: a tidy table by way of pandas.
        with xr.open_dataset(path, group="variants/baseline/fy", engine="h5netcdf") as ds:
            table = ds["vacancy_rate"].to_dataframe()
            check(list(table.index.names) == ["replication", "fy", "unit"], "to_dataframe index")
    print("ok")


if __name__ == "__main__":
    try:
        main(sys.argv[1])
    except AssertionError as failure:
        print(f"check failed: {failure}")
        sys.exit(1)
