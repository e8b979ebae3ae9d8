"""Reads the targets and risks of a result file as docs/output.md documents them and recomputes
each probability from the per-replication values: the met flags from the stored metric values
and the checks' thresholds, the probabilities and Wilson intervals from the flags, the risks'
adverse events from the flags of their targets; for every variant beside the baseline, its change
from the baseline recomputed from the flags of the replications both hold, paired by index, with
Newcombe's paired interval (method 10). Opens the tables with xarray over both engines, unless
given --h5py-only (xarray's import and engines cost seconds a call; one test checks them)."""
import math
import sys

import h5py
import numpy as np

Z = 1.959963984540054


def wilson(k, n):
    p = k / n
    scale = 1 + Z * Z / n
    centre = (p + Z * Z / (2 * n)) / scale
    half = Z / scale * math.sqrt(p * (1 - p) / n + Z * Z / (4 * n * n))
    return max(0.0, centre - half), min(1.0, centre + half)


def newcombe_paired(first, second):
    """Change P(first) - P(second) and its interval from paired boolean arrays."""
    both, fo = int((first & second).sum()), int((first & ~second).sum())
    so, ne = int((~first & second).sum()), int((~first & ~second).sum())
    n = both + fo + so + ne
    p1, p2 = (both + fo) / n, (both + so) / n
    l1, u1 = wilson(both + fo, n)
    l2, u2 = wilson(both + so, n)
    a = both * ne - fo * so
    margins = (both + fo) * (so + ne) * (both + so) * (fo + ne)
    phi = 0.0
    if margins > 0:
        phi = (a - n / 2) / math.sqrt(margins) if a > n / 2 else (a / math.sqrt(margins) if a < 0 else 0.0)
    d = p1 - p2
    low = d - math.sqrt(max(0.0, (p1 - l1) ** 2 - 2 * phi * (p1 - l1) * (u2 - p2) + (u2 - p2) ** 2))
    high = d + math.sqrt(max(0.0, (p2 - l2) ** 2 - 2 * phi * (p2 - l2) * (u1 - p1) + (u1 - p1) ** 2))
    return n, d, max(-1.0, low), min(1.0, high)


def check_change(table, row, first, second, what):
    n, d, low, high = newcombe_paired(first, second)
    assert table["change_replications"][row] == n, what
    assert abs(table["change"][row] - d) < 1e-12, (what, table["change"][row], d)
    assert abs(table["change_low"][row] - low) < 1e-12, (what, table["change_low"][row], low)
    assert abs(table["change_high"][row] - high) < 1e-12, (what, table["change_high"][row], high)


def main(path, with_xarray=True):
    with h5py.File(path, "r") as f:
        variants = list(f["variants"].keys())
        assert "baseline" in variants
        for v in variants:
            check_variant(f, v)
        base_reps = f["variants/baseline/replication"][()]
        base_met = f["variants/baseline/targets/met_by_replication"][()] == 1
        base_event = f["variants/baseline/risks/consequence_by_replication"][()] > 0
        assert np.all(np.isnan(f["variants/baseline/targets/change"][()]))
        for v in variants:
            if v == "baseline":
                continue
            reps = f["variants/%s/replication" % v][()]
            common, mine, theirs = np.intersect1d(reps, base_reps, return_indices=True)
            met = f["variants/%s/targets/met_by_replication" % v][()] == 1
            for t in range(met.shape[1]):
                check_change(f["variants/%s/targets" % v], t, met[mine, t], base_met[theirs, t],
                             (v, "target", t))
            event = f["variants/%s/risks/consequence_by_replication" % v][()] > 0
            for r in range(event.shape[1]):
                if f["risks/modelled"][r]:
                    check_change(f["variants/%s/risks" % v], r, event[mine, r], base_event[theirs, r],
                                 (v, "risk", r))
    if not with_xarray:
        print("ok")
        return
    import xarray as xr
    for group in ["targets", "risks"] + ["variants/%s/%s" % (v, t) for v in variants
                                         for t in ("targets", "risks")]:
        for engine in ("h5netcdf", "netcdf4"):
            ds = xr.open_dataset(path, group=group, engine=engine)
            assert "target" in ds.coords or "risk" in ds.coords, (group, engine, ds)
            ds.close()
    print("ok")


def check_variant(f, variant):
    """One variant's tables against its own per-replication values."""
    names = list(f["targets/target"].asstr()[()])
    units = list(f["unit"].asstr()[()])
    checks = f["targets/checks"]
    base = f["variants/%s/targets" % variant]
    met = base["met_by_replication"][()]
    assert met.shape == (f["variants/%s/replication" % variant].shape[0], len(names)), met.shape
    assert [d[0].name for d in base["met_by_replication"].dims] == [
        "/variants/%s/targets/replication" % variant, "/variants/%s/targets/target" % variant]
    # Recompute each target's flags from the stored metric values and the checks.
    for t, name in enumerate(names):
        metric = f["targets/metric"].asstr()[t]
        axis = f["targets/axis"].asstr()[t]
        values = f["variants/%s/%s/%s" % (variant, "fy" if axis == "fy" else "monthly", metric)][()]
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
    risks = f["variants/%s/risks" % variant]
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


if __name__ == "__main__":
    main(sys.argv[1], with_xarray=sys.argv[2:] != ["--h5py-only"])
