#!/usr/bin/python3
"""What common random numbers buy: the variance of a variant's paired difference from the baseline
(both on seed 1) against that of the difference of independent runs (the variant on seed 1, the
baseline on seed 2), per financial year, for the system total and one unit.

    scripts/measure-crn.py SCENARIO.yaml VARIANT UNIT [-n 100] [-j 2] [--wfsim build/cli/wfsim]
                           [--set PATH=VALUE ...]

The scenario must declare VARIANT, or a --set add it whole, for example
    --set 'variants.crn={interventions: {cut: {parameter: groups.group_1.leaving.hazard_per_year,
                                               set: 0.11}}}'. Prints, for each metric, the ratio var(independent) /
var(paired) in each financial year: the factor by which pairing divides the replications needed
for the same precision of the difference.
"""
import argparse
import os
import subprocess
import sys
import tempfile

import h5py
import numpy as np

METRICS = ["vacancy_rate", "wte_days", "leavers", "turnover", "absence_wte_days", "joiners"]


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    p.add_argument("scenario")
    p.add_argument("variant")
    p.add_argument("unit")
    p.add_argument("-n", type=int, default=100)
    p.add_argument("-j", type=int, default=2)
    p.add_argument("--wfsim", default="build/cli/wfsim")
    p.add_argument("--set", action="append", default=[], help="passed to wfsim run")
    a = p.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        paired = os.path.join(tmp, "paired.h5")
        other = os.path.join(tmp, "other.h5")
        common = [a.wfsim, "run", a.scenario, "-n", str(a.n), "-j", str(a.j), "-q"]
        for s in a.set:
            common += ["--set", s]
        subprocess.run(common + ["--seed", "1", "--variants", a.variant, "-o", paired], check=True)
        subprocess.run(common + ["--seed", "2", "--variants", "", "-o", other], check=True)
        with h5py.File(paired, "r") as f, h5py.File(other, "r") as g:
            units = list(f["unit"].asstr()[()])
            years = list(f["fy"].asstr()[()])
            print(f"{a.scenario}, variant {a.variant}, {a.n} replications: "
                  "var(independent difference) / var(paired difference)")
            for unit in ("total", a.unit):
                u = units.index(unit)
                print(f"\n{unit:24s}" + "".join(f"{y:>9s}" for y in years))
                for metric in METRICS:
                    key = "fy/" + metric
                    if key not in f["variants/baseline"]:
                        continue
                    b1 = f["variants/baseline/" + key][:, :, u]
                    v1 = f["variants/" + a.variant + "/" + key][:, :, u]
                    b2 = g["variants/baseline/" + key][:, :, u]
                    ratio = np.var(v1 - b2, axis=0, ddof=1) / np.var(v1 - b1, axis=0, ddof=1)
                    print(f"{metric:24s}" + "".join(f"{r:9.1f}" for r in ratio))


if __name__ == "__main__":
    sys.exit(main())
