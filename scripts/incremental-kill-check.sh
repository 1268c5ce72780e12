#!/usr/bin/env bash
# SIGKILL exercise of incremental nightly runs (issue 18):
#
#   scripts/incremental-kill-check.sh WORKDIR [RUNS=10] [MAX_KILL_SECONDS]
#
# Copies testdata/dev into WORKDIR/archive, makes a first nightly run (it writes the state),
# then RUNS times: adds one file (a copy of a dev file under a new name) or touches one,
# starts 'coopevents nightly' and kills it with SIGKILL after a random 1..MAX_KILL_SECONDS
# seconds (default: as long as the first run took, so that kills land anywhere in a run, from
# the JVM's start to the state's commit, on a fast machine or a loaded one; each line says the
# killed run's last log line, i.e. how far it got); checks that DATASET/latest is a complete run
# and that the state loads (the next run says nothing about an unusable state); then runs 'nightly --verify-full' to the end,
# which must exit 0 with its tables identical to a full run's. Prints one line per run and
# exits 1 at the first failure, and the time the whole check took. Uses target/coopevents.jar
# (build it first: scripts/coopevents build), or the jar named by COOPEVENTS_JAR (a copy keeps
# a rebuild during the check from changing the code under it). Not part of CI: each round is a
# killed run plus a --verify-full run (an incremental and a full run and a comparison); the 10
# rounds took 46 min on the 2-core machine under a load average of 15-23 (see README).
set -uo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
WORK="${1:?usage: $0 WORKDIR [RUNS] [MAX_KILL_SECONDS]}"
RUNS="${2:-10}"
MAX_KILL="${3:-}"
JAR="${COOPEVENTS_JAR:-$ROOT/target/coopevents.jar}"
START=$(date +%s)
J=(java -XX:+UseParallelGC -Xmx2g -jar "$JAR")
mkdir -p "$WORK/archive" && cp -r "$ROOT/testdata/dev/en" "$ROOT/testdata/dev/ru" "$WORK/archive/"
DATASET="$WORK/dataset"
fail() { echo "FAIL: $*"; exit 1; }
"${J[@]}" nightly --archive="$WORK/archive" --dataset="$DATASET" > "$WORK/first.log" 2>&1 \
  || fail "the first run failed (see $WORK/first.log)"
[ -n "$MAX_KILL" ] || MAX_KILL=$(( $(date +%s) - START ))
echo "kills land 1..$MAX_KILL s into a run"
files=("$WORK"/archive/*/*.jsonl)
kills=0
for i in $(seq 1 "$RUNS"); do
  f="${files[$((RANDOM % ${#files[@]}))]}"
  if [ $((i % 2)) -eq 0 ]; then touch "$f"; what="touched $(basename "$f")"
  else cp "$f" "$WORK/archive/added-$i.jsonl"; what="added a copy of $(basename "$f")"; fi
  wait_s=$((1 + RANDOM % MAX_KILL))
  "${J[@]}" nightly --archive="$WORK/archive" --dataset="$DATASET" > "$WORK/killed-$i.log" 2>&1 &
  pid=$!
  sleep "$wait_s"
  if kill -9 "$pid" 2>/dev/null; then killed="killed after ${wait_s} s"; kills=$((kills + 1))
  else killed="ended before the kill at ${wait_s} s"; fi
  wait "$pid" 2>/dev/null
  got="$(grep -v '^progress' "$WORK/killed-$i.log" | tail -n 1 | cut -c1-90)"
  [ -f "$DATASET/latest/_SUCCESS" ] || fail "run $i: latest is not a complete run"
  "${J[@]}" nightly --archive="$WORK/archive" --dataset="$DATASET" --verify-full > "$WORK/next-$i.log" 2>&1
  code=$?
  grep -q "state is unusable" "$WORK/next-$i.log" && fail "run $i: the state was unusable after the kill (see $WORK/next-$i.log)"
  [ "$code" -eq 0 ] || fail "run $i: the next run exited $code (see $WORK/next-$i.log)"
  grep -q "verify-full: the tables are identical" "$WORK/next-$i.log" || fail "run $i: not identical to a full run"
  echo "run $i ($(( $(date +%s) - START )) s): $what; $killed (last line: ${got:-none}); latest whole; next run: $(grep -o 'incremental: .*' "$WORK/next-$i.log" | head -1); identical to a full run"
done
echo "OK: $RUNS runs ($kills killed, the others ended before their kill), state and latest usable after each, every next run identical to a full run ($(( $(date +%s) - START )) s)"
