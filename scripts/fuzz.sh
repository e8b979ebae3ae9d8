#!/usr/bin/env bash
# Fuzzes the scenario loader with libFuzzer, under AddressSanitizer and UBSan: every target runs
# for SECONDS (default 60), one after another, single process, at the lowest priority (nice 19;
# FUZZ_NICE=0 for the ordinary one: on a machine busy with other work, nice 19 gets almost no time).
#   scenario_loader_fuzzer      any bytes as a scenario file (parsing and checks only)
#   override_fuzzer             `--set` overrides applied to a scenario that uses most keys
#   scenario_resolution_fuzzer  scenarios that load, read back from their resolved YAML,
#                               calibrated and run for one replication
# Usage: bash scripts/fuzz.sh [SECONDS] [TARGET...]
# Needs clang-14 (installed with apt-get when missing). Builds in build-fuzz/ (-DWFSIM_FUZZ=ON);
# starts from the shipped scenarios and the bad-input corpus (tests/hostile/corpus) and keeps what
# it finds in build-fuzz/corpus/<target>, so later runs go on from there. Inputs that crash, leak,
# hang (-timeout) or blow up (-rss_limit_mb) go to build-fuzz/findings/; the script then exits 1.
# Reproduce one with: build-fuzz/fuzz/<target> build-fuzz/findings/<file>
# Each run of a target adds a line to build-fuzz/logs/history.tsv (time, target, executions, CPU
# seconds, cov, features, findings, commit): the fuzzing done so far, summed with
#   awk -F'\t' '{ n[$2] += $3; t[$2] += $4 } END { for (k in n) print k, n[k], t[k] }' ...
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-60}"
shift || true
targets=("$@")
[ ${#targets[@]} -gt 0 ] || targets=(scenario_loader_fuzzer override_fuzzer scenario_resolution_fuzzer)

bash scripts/install-dependencies.sh --fuzz
build=build-fuzz
launcher=()
command -v ccache >/dev/null && launcher=(-DCMAKE_CXX_COMPILER_LAUNCHER=ccache)
CC=clang-14 CXX=clang++-14 cmake -S . -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DWFSIM_FUZZ=ON "${launcher[@]}" >/dev/null
nice -n "${FUZZ_NICE:-19}" cmake --build "$build" -j 2 >/dev/null

seeds="$build/seeds"
rm -rf "$seeds"
"$build/fuzz/wfsim_fuzz_seeds" "$seeds/scenario" "$seeds/override"
mkdir -p "$build/findings" "$build/logs"

status=0
# exec/s is libFuzzer's (wall time); per CPU s is the executions over the process's CPU time,
# the figure that does not depend on how busy the machine is.
printf '%-28s %12s %9s %10s %8s %8s %9s\n' target executions "exec/s" "per CPU s" cov features \
  findings
for target in "${targets[@]}"; do
  corpus="$build/corpus/$target"
  mkdir -p "$corpus"
  seed_dir="$seeds/scenario"
  dict=fuzz/scenario.dict
  [ "$target" = override_fuzzer ] && seed_dir="$seeds/override"
  # The reading targets' time grows with the bytes (yaml-cpp reads each input twice), and 2 KiB
  # holds scenarios of several groups; the resolution target's time is in the run, not in reading.
  max_len=2048
  [ "$target" = scenario_resolution_fuzzer ] && max_len=4096
  log="$build/logs/$target.log"
  before=$(ls "$build/findings" | wc -l)
  # -timeout: a hang is a finding; -rss_limit_mb: so is a blow-up. -entropic=0: libFuzzer's
  # entropic schedule took 42% of the time here (perf). Short allocation stacks and a smaller
  # quarantine make ASan's allocator cheaper (the stack of a failure is still complete).
  ASAN_OPTIONS="malloc_context_size=3:quarantine_size_mb=32${ASAN_OPTIONS:+:$ASAN_OPTIONS}" \
    /usr/bin/time -f '%U %S' -o "$build/logs/$target.cpu" \
    nice -n "${FUZZ_NICE:-19}" "$build/fuzz/$target" "$corpus" "$seed_dir" -dict="$dict" \
    -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len="$max_len" -entropic=0 \
    -print_final_stats=1 -artifact_prefix="$build/findings/$target-" >"$log" 2>&1 || status=1
  after=$(ls "$build/findings" | wc -l)
  executions=$(sed -n 's/^stat::number_of_executed_units: *//p' "$log" | tail -1)
  rate=$(sed -n 's/^stat::average_exec_per_sec: *//p' "$log" | tail -1)
  cov=$(grep -o 'cov: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  features=$(grep -o 'ft: [0-9]*' "$log" | tail -1 | cut -d' ' -f2)
  cpu=$(awk '/^[0-9.]+ [0-9.]+$/ { t = $1 + $2 } END { print t + 0 }' "$build/logs/$target.cpu")
  cpu_rate=$(awk -v n="${executions:-0}" -v t="$cpu" \
    'BEGIN { if (t > 0 && n > 0) printf "%.0f", n / t; else print "?" }')
  printf '%-28s %12s %9s %10s %8s %8s %9s\n' "$target" "${executions:-?}" "${rate:-?}" \
    "$cpu_rate" "${cov:-?}" "${features:-?}" "$((after - before))"
  # Every run is also added to a history, so that the fuzzing done so far can be summed.
  printf '%s\t%s\t%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" \
    "${executions:-?}" "$cpu" "${cov:-?}" \
    "${features:-?}" "$((after - before))" "$(git rev-parse --short HEAD)" >>"$build/logs/history.tsv"
done
if [ "$status" -ne 0 ]; then
  echo "findings in $build/findings (logs in $build/logs): reproduce with $build/fuzz/TARGET FILE" >&2
fi
exit "$status"
