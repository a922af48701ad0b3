#!/usr/bin/env bash
# Runs tests pinned to each instant that a clock-dependent test could trip over (the clinic's zone
# is Europe/London in tests): an ordinary Monday morning, Sunday just before midnight, both nights
# the clocks change, a leap day and New Year's Eve. By default the browser journeys; TESTS=all runs
# the whole suite at each instant, TESTS='<surefire pattern>' any part of it, INSTANTS='<instant> …'
# other instants. Prints one line per instant and exits non-zero if any failed.
#
#   bash src/build/clock-sweep.sh
#   TESTS=all INSTANTS='2028-02-29T12:00:00Z' bash src/build/clock-sweep.sh
set -uo pipefail
cd "$(dirname "$0")/../.."

default_instants=(
    2026-12-07T08:55:00Z  # Monday 08:55
    2026-12-07T10:35:00Z  # Monday 10:35
    2026-12-13T23:50:00Z  # Sunday 23:50
    2027-03-28T01:30:00Z  # clocks go forward: 02:30 BST (01:30 does not exist that night)
    2027-10-31T00:30:00Z  # clocks go back: the first 01:30 (BST)
    2027-10-31T01:30:00Z  # clocks go back: the second 01:30 (GMT)
    2027-10-31T02:30:00Z  # clocks go back: 02:30 GMT
    2028-02-29T12:00:00Z  # a leap day
    2026-12-31T23:55:00Z  # New Year's Eve
)
read -r -a instants <<<"${INSTANTS:-${default_instants[*]}}"
tests="${TESTS:-org/imagoclinic/e2e/*JourneyTest}"
selection=()
[ "$tests" = all ] || selection=(-Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false)

mkdir -p target/clock-sweep
./mvnw -B -q test-compile || exit 1
failed=0
summary=()
for instant in "${instants[@]}"; do
    log="target/clock-sweep/$instant.log"
    started=$SECONDS
    ./mvnw -B surefire:test "${selection[@]}" -Dimago.clock.fixed="$instant" >"$log" 2>&1
    status=$?
    counts=$(grep -a -E '^\[(INFO|ERROR|WARNING)\] Tests run: [0-9]+, Failures' "$log" | tail -1 | sed 's/^\[[A-Z]*\] //')
    if [ $status -eq 0 ]; then result=passed; else result=FAILED; failed=1; fi
    line="$instant  $result  ${counts:-no tests ran}  ($((SECONDS - started)) s, $log)"
    summary+=("$line")
    echo "$line"
done
echo
printf '%s\n' "Clock sweep of '$tests':" "${summary[@]}"
exit $failed
