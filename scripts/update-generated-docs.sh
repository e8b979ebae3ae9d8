#!/usr/bin/env bash
# Regenerates the documentation generated from the parameter declarations, with a built wfsim:
#   docs/wfsim-scenario.schema.json      the output of `wfsim schema`
#   docs/scenario.md, after its marker   the output of `wfsim schema --markdown`
#   docs/sweeps.md, after its marker     the output of `wfsim schema --sweep`
# Run it after adding or changing a parameter; tests fail while either file is stale.
# Usage: bash scripts/update-generated-docs.sh [WFSIM]   (default: build/cli/wfsim)
set -euo pipefail
cd "$(dirname "$0")/.."
wfsim="${1:-build/cli/wfsim}"
if [ ! -x "$wfsim" ]; then
  echo "no wfsim binary at $wfsim: build it first (cmake --build build) or give its path" >&2
  exit 1
fi

marker='<!-- Generated from here to the end by scripts/update-generated-docs.sh (wfsim schema --markdown): do not edit below. -->'
sweep_marker='<!-- Generated from here to the end by scripts/update-generated-docs.sh (wfsim schema --sweep): do not edit below. -->'
for pair in "$marker:docs/scenario.md" "$sweep_marker:docs/sweeps.md"; do
  if ! grep -qxF -- "${pair%%:docs/*}" "docs/${pair##*:docs/}"; then
    echo "docs/${pair##*:docs/} lacks the line that starts the generated reference:" >&2
    echo "${pair%%:docs/*}" >&2
    exit 1
  fi
done

schema=$(mktemp docs/.schema.XXXXXX)
page=$(mktemp docs/.scenario.XXXXXX)
sweeps=$(mktemp docs/.sweeps.XXXXXX)
trap 'rm -f "$schema" "$page" "$sweeps"' EXIT

"$wfsim" schema >"$schema"
{
  awk -v marker="$marker" '{ print } $0 == marker { exit }' docs/scenario.md
  echo
  "$wfsim" schema --markdown
} >"$page"
{
  awk -v marker="$sweep_marker" '{ print } $0 == marker { exit }' docs/sweeps.md
  echo
  "$wfsim" schema --sweep
} >"$sweeps"

for pair in "$schema:docs/wfsim-scenario.schema.json" "$page:docs/scenario.md" "$sweeps:docs/sweeps.md"; do
  new="${pair%%:*}"
  target="${pair#*:}"
  if cmp -s "$new" "$target"; then
    echo "$target: up to date"
  else
    chmod 644 "$new"
    mv "$new" "$target"
    echo "$target: regenerated"
  fi
done
