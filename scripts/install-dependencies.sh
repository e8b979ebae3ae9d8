#!/usr/bin/env bash
# Installs the Debian packages wfsim needs, only those that are missing. Needs root (or sudo)
# the first time; a no-op afterwards. With --fuzz, also what scripts/fuzz.sh needs (clang and its
# libFuzzer runtime, and GNU time for its CPU time), which the build and tests do not.
set -euo pipefail

packages=(
  g++ cmake ninja-build
  libboost-random-dev libboost-program-options-dev
  libyaml-cpp-dev libhdf5-dev catch2
  hdf5-tools python3 python3-h5py python3-numpy python3-jsonschema
  # The tests open result files and reports as users do: xarray over both netCDF engines,
  # ncdump, R's hdf5r, pandas for the CSV, and a headless browser for the HTML report.
  python3-pandas python3-xarray python3-h5netcdf python3-netcdf4 netcdf-bin r-cran-hdf5r
  chromium fonts-dejavu-core
)
if [ "${1:-}" = "--fuzz" ]; then
  packages+=(clang-14 libclang-rt-14-dev llvm-14 time)
fi
missing=()
for p in "${packages[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && exit 0

echo "installing: ${missing[*]}" >&2
sudo=""
[ "$(id -u)" -eq 0 ] || sudo="sudo"
export DEBIAN_FRONTEND=noninteractive
$sudo apt-get update -qq
$sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
