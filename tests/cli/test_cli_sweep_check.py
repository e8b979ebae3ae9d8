"""Reads a sweep file as docs/output.md ("Sweep files") documents it and checks what the sweep
must show: the design matrices and outputs agree with the per-replication values stored beside
them, the dominant factor (turnover) ranks first for leavers in every design, and a factor that
touches nothing (absence, for leavers) has an index of zero inside its interval. Opens every
design group and its measures with xarray over both netCDF engines, coordinates included."""
import sys

import h5py
import numpy as np
import xarray as xr

DESIGNS = ["oat", "factorial", "lhs", "morris", "sobol"]


def main(path):
    with h5py.File(path, "r") as f:
        assert f.attrs["file_kind"] == "sweep"
        assert f.attrs["format_version"] == 2
        assert f.attrs["complete"] == 1
        assert list(f.attrs["designs"]) == DESIGNS, f.attrs["designs"]
        replications = int(f.attrs["replications"])
        factors = list(f["factors/factor"].asstr()[()])
        outputs = list(f["outputs/output"].asstr()[()])
        assert factors == ["turnover", "growth", "absence"], factors
        assert outputs == ["leavers", "headcount_p90", "vacancy_met"], outputs
        assert list(f["outputs/units"].asstr()[()]) == ["people", "people", "1"]
        assert list(f["factors/path"].asstr()[()])[0] == "groups.nurses.leaving.turnover"
        points = 0
        for name in DESIGNS:
            g = f["designs/" + name]
            n = g["point"].shape[0]
            points += n
            assert g["factor_values"].shape == (n, 3)
            assert [d[0].name for d in g["output_values"].dims] == [
                "/designs/%s/point" % name, "/designs/%s/output" % name]
            assert (g["status"][()] == 1).all()
            reps = g["replication_values"][()]
            assert reps.shape == (n, replications, 3)
            values = g["output_values"][()]
            # Means (leavers) and probabilities (vacancy_met) recomputed from the replications.
            assert np.allclose(values[:, 0], reps[:, :, 0].mean(axis=1), rtol=1e-12)
            assert np.allclose(values[:, 2], reps[:, :, 2].mean(axis=1), rtol=1e-12)
            assert set(np.unique(reps[:, :, 2])) <= {0.0, 1.0}
            # p90 as numpy's default (linear) quantile.
            assert np.allclose(values[:, 1], np.quantile(reps[:, :, 1], 0.9, axis=1), rtol=1e-12)
            m = g["measures"]
            rank = m["rank"][()]
            assert rank[0, 0] == 1, (name, rank)
            idle = (m["influence"][0, 2], m["influence_low"][0, 2], m["influence_high"][0, 2])
            # Zero inside its interval; exactly zero where the design compares points that differ
            # only in it (common random numbers: leaving is drawn the same whatever the absence).
            assert idle[1] <= 1e-12 <= idle[2] + 2e-12, (name, idle)
            if name != "lhs":
                assert abs(idle[0]) < 1e-12, (name, idle)
            assert m.attrs["influence_measure"] in ("|swing|", "main-effect share", "|SRC|",
                                                    "mu*", "ST"), m.attrs["influence_measure"]
        assert points == f.attrs["points"]
        s = f["designs/sobol/measures"]
        assert s["total_order"].shape == (3, 3)
        assert s["total_order_low"][0, 0] <= s["total_order"][0, 0] <= s["total_order_high"][0, 0]
        assert f["designs/oat/measures/baseline"].shape == (3,)
    for engine in ("h5netcdf", "netcdf4"):
        for name in DESIGNS:
            ds = xr.open_dataset(path, group="designs/" + name, engine=engine)
            assert set(ds.coords) >= {"point", "factor", "output", "replication"}, ds.coords
            assert list(ds["factor"].values) == ["turnover", "growth", "absence"]
            ms = xr.open_dataset(path, group="designs/%s/measures" % name, engine=engine)
            assert ms["rank"].sel(output="leavers", factor="turnover") == 1
        t = xr.open_dataset(path, group="factors", engine=engine)
        assert list(t["factor"].values) == ["turnover", "growth", "absence"]


if __name__ == "__main__":
    main(sys.argv[1])
    print("ok")
