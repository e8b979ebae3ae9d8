"""Adds targets and risks tables to a result file as docs/output.md lays them out ("Targets and
risks"), with known values, so the report can be tested on them. Usage: add_outcome_tables.py FILE"""
import sys

import h5py
import numpy as np

TEXT = h5py.string_dtype()
h5py.get_config().track_order = True  # columns in creation order, as wfsim writes groups


def table(group, row, names, columns):
    scale = group.create_dataset(row, data=np.array(names, dtype=object), dtype=TEXT)
    scale.make_scale(row)
    for name, values in columns.items():
        dtype = TEXT if isinstance(values[0], str) else None
        data = np.array(values, dtype=object) if dtype else np.array(values)
        ds = group.create_dataset(name, data=data, dtype=dtype)
        ds.dims[0].attach_scale(scale)


with h5py.File(sys.argv[1], "r+") as f:
    table(f.create_group("targets"), "target", ["nhs_vacancy", "turnover_down"], {
        "description": ["NHS vacancy rate at most 9%", "Turnover below 12%"],
        "metric": ["vacancy_rate", "turnover"], "unit": ["nhs", "total"], "units": ["1", "year-1"],
        "period": ["2023/24", "every year 2022/23 to 2023/24"], "condition": ["at most 9%", "at most 12%"],
    })
    risks = f.create_group("risks")
    table(risks, "risk", ["r498", "r12"], {
        "id": ["498", "12"], "title": ["Nursing vacancies", "Workforce supply"],
        "consequence": ["4", "3"], "register_rating": [16, 12], "target_rating": [12, 6],
    })
    for v, variant in enumerate(f.attrs["variants"]):
        targets = f.create_group(f"variants/{variant}/targets")
        table(targets, "target", ["nhs_vacancy", "turnover_down"], {
            "probability": [0.25 + 0.5 * v, 0.75], "probability_low": [0.2, 0.7],
            "probability_high": [0.3 + 0.5 * v, 0.8], "change": [np.nan if v == 0 else 0.5, 0.0],
            "change_low": [np.nan if v == 0 else 0.4, 0.0], "change_high": [np.nan if v == 0 else 0.6, 0.0],
        })
        results = f.create_group(f"variants/{variant}/risks")
        table(results, "risk", ["r498", "r12"], {
            # Risk 498 has consequences by shortfall: rated below its adverse event's probability.
            "probability": [0.9 - 0.4 * v, 0.1], "probability_low": [0.8, 0.05],
            "probability_high": [0.95, 0.15],
            "rated_probability": [0.6 - 0.4 * v, 0.1], "rated_probability_low": [0.5, 0.05],
            "rated_probability_high": [0.7, 0.15], "likelihood": [4 - 2 * v, 2], "consequence": [4, 3],
            "rating": [16 - 8 * v, 6], "grade": ["extreme" if v == 0 else "high", "moderate"],
            "reached": [v, 1],
        })
