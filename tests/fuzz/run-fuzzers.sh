#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the libFuzzer harnesses with clang (ASan + UBSan) and runs each for SECONDS:
#   tests/fuzz/run-fuzzers.sh SECONDS [FuzzCsvPlan FuzzXlsxPlan FuzzPortalReply FuzzInstallerCallback]
# Seeds are the committed plans (tests/data/plans, tests/data/bad) and tests/fuzz/corpus; what
# the fuzzer learns goes to build-fuzz/corpus, crashes to build-fuzz/crashes/<harness>/. Exits 1
# when a harness found a crash: minimize it (HARNESS -minimize_crash=1 FILE), add it to the
# regression corpus the tests read, and fix the code.
set -euo pipefail
root=$(cd "$(dirname "$0")/../.." && pwd)
seconds=${1:?usage: run-fuzzers.sh SECONDS [HARNESS...]}
shift
harnesses=("$@")
[ ${#harnesses[@]} -gt 0 ] || harnesses=(FuzzCsvPlan FuzzXlsxPlan FuzzPortalReply FuzzInstallerCallback)
build="$root/build-fuzz"

"$root/.ci/install-deps"
# clang and its libFuzzer runtime are only needed here.
for p in clang libclang-rt-14-dev; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed'; then
    sudo=(); [ "$(id -u)" -eq 0 ] || sudo=(sudo)
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "$p"
  fi
done

CC=clang CXX=clang++ cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
  -DSTAGING_BUILD_FUZZERS=ON -DSTAGING_ENABLE_ASAN=ON -DSTAGING_ENABLE_UBSAN=ON \
  -DSTAGING_BUILD_TESTS=OFF -DSTAGING_BUILD_BENCHMARKS=OFF >/dev/null
cmake --build "$build" --target "${harnesses[@]}"

seeds_for() {
  case "$1" in
    FuzzCsvPlan | FuzzXlsxPlan) echo "$root/tests/data/plans $root/tests/data/bad" ;;
    FuzzPortalReply) echo "$root/tests/fuzz/corpus/portal-reply" ;;
    FuzzInstallerCallback) echo "$root/tests/fuzz/corpus/installer-callback" ;;
    *) echo "$root/tests/fuzz/corpus/$1" ;;
  esac
}

export ASAN_OPTIONS=detect_leaks=0:abort_on_error=1
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
status=0
for h in "${harnesses[@]}"; do
  mkdir -p "$build/corpus/$h" "$build/crashes/$h"
  echo "== $h for ${seconds}s"
  # shellcheck disable=SC2046
  if ! "$build/tests/fuzz/$h" -max_total_time="$seconds" -timeout=10 -rss_limit_mb=2048 -max_len=262144 \
      -artifact_prefix="$build/crashes/$h/" -print_final_stats=1 \
      "$build/corpus/$h" $(seeds_for "$h") 2>"$build/$h.log"; then
    echo "$h: crash, see $build/crashes/$h/ and $build/$h.log" >&2
    status=1
  fi
  grep -E "^stat::(number_of_executed_units|average_exec_per_sec|new_units_added|peak_rss_mb)" "$build/$h.log" || true
done
exit "$status"
