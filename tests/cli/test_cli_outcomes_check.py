"""Reads the targets and risks of a result file as docs/output.md documents them and recomputes
each probability from the per-replication values: the met flags from the stored metric values
and the checks' thresholds, the probabilities and Wilson intervals from the flags, the risks'
adverse events from the flags of their targets. Opens the tables with xarray over both engines."""
import math
import sys

import h5py
import numpy as np
import xarray as xr

Z = 1.959963984540054


def wilson(k, n):
    p = k / n
    scale = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / scale
    half = Z / scale * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def main(path):
    with h5py.File(path, "r") as f:
        names = list(f["targets/target"].asstr()[()])
        units = list(f["unit"].asstr()[()])
        checks = f["targets/checks"]
        base = f["variants/baseline/targets"]
        met = base["met_by_replication"][()]
        assert met.shape == (f["variants/baseline/replication"].shape[0], len(names)), met.shape
        assert [d[0].name for d in base["met_by_replication"].dims] == [
            "/variants/baseline/targets/replication", "/variants/baseline/targets/target"]
        # Recompute each target's flags from the stored metric values and the checks.
        for t, name in enumerate(names):
            metric = f["targets/metric"].asstr()[t]
            axis = f["targets/axis"].asstr()[t]
            values = f["variants/baseline/%s/%s" % ("fy" if axis == "fy" else "monthly", metric)][()]
            unit = units.index(f["targets/unit"].asstr()[t])
            ok = np.ones(values.shape[0], dtype=bool)
            for c in np.nonzero(checks["target"][()] == t)[0]:
                v = values[:, checks["period_index"][c], unit]
                ok &= (v >= checks["at_least"][c]) & (v <= checks["at_most"][c])
            assert np.array_equal(ok, met[:, t] == 1), name
            k, n = int(ok.sum()), len(ok)
            assert base["met"][t] == k and base["replications"][t] == n
            assert abs(base["probability"][t] - k / n) < 1e-15
            lo, hi = wilson(k, n)
            assert abs(base["probability_low"][t] - lo) < 1e-12, name
            assert abs(base["probability_high"][t] - hi) < 1e-12, name
            short = base["shortfall_by_replication"][:, t]
            assert np.all(short[ok] == 0) and np.all(short[~ok] > 0)
        # A risk's adverse event from its targets' flags.
        risks = f["variants/baseline/risks"]
        events = list(f["risks/adverse_event"].asstr()[()])
        consequence = risks["consequence_by_replication"][()]
        for r, event in enumerate(events):
            if not f["risks/modelled"][r]:
                assert risks["grade"].asstr()[r] == "not modelled"
                assert np.all(consequence[:, r] == 0)
                continue
            kind, listed = event.split(": ")
            missed = np.stack([met[:, names.index(t)] != 1 for t in listed.split(", ")], axis=1)
            happened = missed.all(axis=1) if kind == "all missed" else missed.any(axis=1)
            assert np.array_equal(happened, consequence[:, r] > 0), event
            assert abs(risks["probability"][r] - happened.mean()) < 1e-15
            assert risks["rating"][r] == risks["likelihood"][r] * risks["consequence"][r]
        bands = f["risks/likelihood_bands"]
        assert list(bands["to"][()]) == [0.001, 0.01, 0.1, 0.5, 1.0]
        assert "NPSA" in bands.attrs["source"]
    for group in ("targets", "risks", "variants/baseline/targets", "variants/baseline/risks"):
        for engine in ("h5netcdf", "netcdf4"):
            ds = xr.open_dataset(path, group=group, engine=engine)
            assert "target" in ds.coords or "risk" in ds.coords, (group, engine, ds)
            ds.close()
    print("ok")


if __name__ == "__main__":
    main(sys.argv[1])
