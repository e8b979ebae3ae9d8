#!/usr/bin/env bash
# Measures what common random numbers do to a sweep's estimators (docs/model.md, "Sweeps on
# common random numbers"): the ward sweep run with 8 seeds with common random numbers and
# without, then the mean and spread over seeds of each measure.
# Usage: bash benchmarks/sweeps/crn_study.sh [WFSIM]   (default: build/cli/wfsim); about a minute.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
wfsim="$(realpath "${1:-build/cli/wfsim}")"
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$here/ward.yaml" "$work/"
cp "$here/ward_crn_sweep.yaml" "$work/base.yaml"
sed 's/^calibration: \(.*\)$/calibration: \1\ncommon_random_numbers: false/' "$here/ward_crn_sweep.yaml" \
  >"$work/indep.yaml"
cd "$work"
for seed in 1 2 3 4 5 6 7 8; do
  for mode in base indep; do
    "$wfsim" sweep "$mode.yaml" -q -j 2 --seed "$seed" -o "${mode}_$seed.h5"
  done
done
/usr/bin/python3 "$here/crn_study.py" "$work"
