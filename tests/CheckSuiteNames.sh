#!/bin/sh
# ctest discovers tests by the first word of their suite name (see tests/CMakeLists.txt); a suite
# named otherwise would silently never run. List the suites and fail on any such one.
# Usage: CheckSuiteNames.sh TEST_BINARY PREFIX...
binary=$1
shift
bad=$(QT_QPA_PLATFORM=offscreen "$binary" --gtest_list_tests | grep -v '^ ' | sed 's/\.$//' | while read -r suite; do
  ok=no
  for prefix in "$@"; do
    case "$suite" in "$prefix"*) ok=yes ;; esac
  done
  [ "$ok" = yes ] || echo "$suite"
done)
if [ -n "$bad" ]; then
  echo "Test suites that ctest never runs (rename them with an area prefix: $*):"
  echo "$bad"
  exit 1
fi
echo "every suite belongs to an area"
