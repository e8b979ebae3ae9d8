"""Adds paired differences and cost-effectiveness to a result file's variants as docs/output.md
lays them out ("Variants: differences and cost-effectiveness"), with known values, so the report
can be tested on them. Usage: add_variant_comparison.py [--remove] FILE (--remove: only
takes away the differences the writer stored)

For variant number v (1, 2, ...), financial year y and unit u, every statistic group holds
  mean = v * (y + 1) * SCALE[metric] * (1 if u is the total else 2),
  ci95_low = mean - |mean| / 4, ci95_high = mean + |mean| / 4,
so that the total's values are known exactly."""
import sys

import h5py
import numpy as np

DIFFERENCES = {  # metric: (units, scale)
    "wte": ("WTE", 10.0), "vacancy_rate": ("1", -0.01), "turnover": ("year-1", -0.002),
    "absence_rate": ("1", 0.001), "leavers": ("people", -5.0), "temporary_cost": ("GBP", -1e5),
}
COSTS = {
    "net_cost_cumulative": ("GBP", 1.2e6), "wte_years_gained_cumulative": ("WTE-years", 8.0),
    "vacancy_wte_years_avoided_cumulative": ("WTE-years", 6.0),
    "leavers_avoided_cumulative": ("people", 4.0),
    "cost_per_wte_year_gained_cumulative": ("GBP per WTE-year", 1.5e5),
    "cost_per_vacancy_wte_year_avoided_cumulative": ("GBP per WTE-year", 2e5),
    "cost_per_leaver_avoided_cumulative": ("GBP per person", 3e5),
}


def add(group, name, units, scale, v, years, units_kind):
    g = group.create_group(name)
    g.attrs["units"] = units
    mean = np.array([[v * (y + 1) * scale * (1 if k == "total" else 2) for k in units_kind]
                     for y in range(years)])
    quarter = np.abs(mean) / 4
    for stat, values in (("mean", mean), ("mcse", quarter / 2), ("ci95_low", mean - quarter),
                         ("ci95_high", mean + quarter), ("n", np.full(mean.shape, 4.0))):
        g.create_dataset(stat, data=values).attrs["units"] = units


with h5py.File(sys.argv[-1], "r+") as f:
    years = f["fy"].shape[0]
    kinds = [k.decode() if isinstance(k, bytes) else k for k in f["unit_kind"][()]]
    for v, variant in enumerate(f.attrs["variants"]):
        if v == 0:
            continue
        base = f[f"variants/{variant}"]
        # The writer's own (computed from the made-up replications) give way to known values;
        # with --remove the file is left as one written before variants had differences.
        for name in ("monthly_difference", "fy_difference", "cost_effectiveness"):
            if name in base:
                del base[name]
        if sys.argv[1] == "--remove":
            continue
        differences = base.create_group("fy_difference")
        for metric, (units, scale) in DIFFERENCES.items():
            add(differences, metric, units, scale, v, years, kinds)
        costs = base.create_group("cost_effectiveness")
        for measure, (units, scale) in COSTS.items():
            add(costs, measure, units, scale, v, years, kinds)
