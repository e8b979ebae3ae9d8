"""Reads the two-level uncertainty of a result file as docs/output.md ("Two-level uncertainty")
documents it. Recomputes every cell of the decomposition from the per-replication values stored in
/variants/baseline/fy (replication r in parameter set r mod M; the one-way random-effects
estimator of docs/model.md), and opens a metric's group with xarray, coordinates included.

Usage: test_cli_uncertainty_check.py FILE SETS INNER
Prints `nurses 2024/25 turnover: parameter_variance P chance_variance C share S low L high H` and
the same for absence_rate, for the C++ test to judge."""
import sys

import h5py
import numpy as np
import xarray as xr

METRICS = ["vacancy_rate", "turnover", "absence_rate", "headcount", "wte", "vacancies_wte"]


def anova(y):
    """y [set][inner] -> mean, parameter, chance (docs/model.md)."""
    m, n = y.shape
    means = y.mean(axis=1)
    msw = ((y - means[:, None]) ** 2).sum() / (m * (n - 1))
    msb = n * ((means - means.mean()) ** 2).sum() / (m - 1)
    return means.mean(), max(0.0, (msb - msw) / n), msw


def main(path, sets, inner):
    with h5py.File(path, "r") as f:
        u = f["uncertainty"]
        assert int(u.attrs["parameter_sets"]) == sets
        assert int(u.attrs["replications_per_set"]) == inner
        assert list(u["parameter_values"].shape) == [sets, len(u["factor"])]
        assert [d[0].name for d in u["parameter_values"].dims] == [
            "/uncertainty/parameter_set", "/uncertainty/factor"]
        fy = f["variants/baseline/fy"]
        units = list(f["unit"].asstr()[()])
        years = list(f["fy"].asstr()[()])
        for metric in METRICS:
            g = u["decomposition/" + metric]
            values = fy[metric][()][: sets * inner]  # [replication, fy, unit]
            for y in range(len(years)):
                for k in range(len(units)):
                    cell = values[:, y, k].reshape(inner, sets).T  # replication i*M + m
                    mean, parameter, chance = anova(cell)
                    for name, want in (("mean", mean), ("parameter_variance", parameter),
                                       ("chance_variance", chance)):
                        got = g[name][y, k]
                        assert abs(got - want) <= 1e-9 * max(1.0, abs(want)), (
                            metric, name, y, k, got, want)
        ds = xr.open_dataset(path, group="uncertainty/decomposition/turnover", engine="h5netcdf")
        assert list(ds["parameter_share"].dims) == ["fy", "unit"], ds["parameter_share"].dims
        assert list(ds["unit"].values) == units
        assert "unit_kind" in ds.coords
        nurses = units.index("nurses")
        for metric in ("turnover", "absence_rate", "vacancy_rate"):
            g = u["decomposition/" + metric]
            print("nurses %s %s: parameter_variance %.17g chance_variance %.17g share %.17g low "
                  "%.17g high %.17g" % (years[0], metric, g["parameter_variance"][0, nurses],
                                        g["chance_variance"][0, nurses],
                                        g["parameter_share"][0, nurses],
                                        g["parameter_share_low"][0, nurses],
                                        g["parameter_share_high"][0, nurses]))


if __name__ == "__main__":
    main(sys.argv[1], int(sys.argv[2]), int(sys.argv[3]))
