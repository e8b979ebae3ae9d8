#!/usr/bin/env bash
# Quick start: installs what is missing, builds wfsim (Release) and runs the Staffordshire and
# Stoke-on-Trent NHS trusts baseline: 200 replications, summary on the terminal, results in
# results/staffordshire_stoke_nhs.h5. Extra arguments go to `wfsim run`.
set -euo pipefail
cd "$(dirname "$0")"
bash scripts/install-dependencies.sh
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE=Release >/dev/null
cmake --build build --target wfsim
mkdir -p results
./build/cli/wfsim run scenarios/staffordshire_stoke_nhs.yaml -n 200 \
  -o results/staffordshire_stoke_nhs.h5 "$@"
