#!/usr/bin/env bash
# Regenerates the documentation generated from the parameter declarations, with a built wfsim:
#   docs/wfsim-scenario.schema.json      the output of `wfsim schema`
#   docs/scenario.md, after its marker   the output of `wfsim schema --markdown`
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
if ! grep -qxF -- "$marker" docs/scenario.md; then
  echo "docs/scenario.md lacks the line that starts the generated reference:" >&2
  echo "$marker" >&2
  exit 1
fi

schema=$(mktemp docs/.schema.XXXXXX)
page=$(mktemp docs/.scenario.XXXXXX)
trap 'rm -f "$schema" "$page"' EXIT

"$wfsim" schema >"$schema"
{
  awk -v marker="$marker" '{ print } $0 == marker { exit }' docs/scenario.md
  echo
  "$wfsim" schema --markdown
} >"$page"

for pair in "$schema:docs/wfsim-scenario.schema.json" "$page:docs/scenario.md"; do
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
