#!/usr/bin/env bash
# Nightly rebuild of a coopevents dataset, safe to start from cron or Airflow.
#
#   scripts/nightly.sh ARCHIVE DATASET [--keep=7] [--max-event-drop=0.2]
#                      [--max-reject-rise=0.05] [--max-file-drop=0.1] [--force] [any 'coopevents run' option]
#
# ARCHIVE is what 'coopevents run --input' takes (files, folders, globs, comma-separated).
# The run is written to DATASET/runs/<UTC timestamp>/ with its log beside it
# (DATASET/runs/<UTC timestamp>.log); DATASET/latest (a symlink) moves to it only once the
# run is complete and no alarm is raised. A lock (flock on DATASET/.nightly.lock) keeps two
# runs from overlapping.
#
# Exit codes: 0 published; 1 the run failed (latest unchanged); 2 bad command line;
# 3 flagged by an alarm (latest unchanged; --force publishes anyway); 4 dataset folder
# unusable (not a folder, not writable, disk full); 75 another run holds the lock.
set -uo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
if [ $# -lt 2 ] || [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ]; then
  sed -n "2,17p" "$0" | sed "s/^# \{0,1\}//" >&2
  [ "${1:-}" = "--help" ] || [ "${1:-}" = "-h" ] && exit 0
  exit 2
fi
ARCHIVE="$1"
DATASET="$2"
shift 2

command -v flock >/dev/null 2>&1 || { echo "nightly: 'flock' is not installed (Debian: util-linux)" >&2; exit 2; }
# Nightly prunes and replaces what it finds in DATASET: it only takes a new or empty folder, or
# one it made (the job checks the rest, e.g. that DATASET is apart from the archive).
if [ -d "$DATASET" ]; then
  for entry in "$DATASET"/* "$DATASET"/.[!.]*; do
    [ -e "$entry" ] || [ -L "$entry" ] || continue
    case "$(basename "$entry")" in
      runs|latest|.nightly.lock|.nightly.lock.jvm|.latest.tmp-*) ;;
      *) echo "nightly: $DATASET is not used: it holds $(basename "$entry"), which nightly did not write; give a new or empty folder" >&2
         exit 4 ;;
    esac
  done
fi
if ! mkdir -p "$DATASET/runs" 2>/dev/null; then
  echo "nightly: cannot create $DATASET/runs: the dataset folder is not usable" >&2
  exit 4
fi
exec 9>>"$DATASET/.nightly.lock" || { echo "nightly: cannot open $DATASET/.nightly.lock" >&2; exit 4; }
if ! flock -n 9; then
  echo "nightly: another nightly run of $DATASET is in progress (lock $DATASET/.nightly.lock); nothing done" >&2
  exit 75
fi

# One run id per second; under the lock, so waiting out a same-second collision is safe.
while :; do
  RUN_ID="$(date -u +%Y%m%dT%H%M%SZ)"
  [ -e "$DATASET/runs/$RUN_ID" ] || [ -e "$DATASET/runs/$RUN_ID.log" ] || break
  sleep 1
done
LOG="$DATASET/runs/$RUN_ID.log"

if [ -z "${COOPEVENTS_COMMIT:-}" ] && command -v git >/dev/null 2>&1; then
  if COMMIT="$(git -C "$ROOT" rev-parse HEAD 2>/dev/null)"; then
    [ -z "$(git -C "$ROOT" status --porcelain --untracked-files=no 2>/dev/null)" ] || COMMIT="$COMMIT-dirty"
    export COOPEVENTS_COMMIT="$COMMIT"
  fi
fi

# java inherits the lock descriptor: the lock is held until both have exited.
"$ROOT/scripts/coopevents" nightly --archive="$ARCHIVE" --dataset="$DATASET" \
  --run-id="$RUN_ID" "$@" > >(tee -a "$LOG") 2> >(tee -a "$LOG" >&2)
code=$?
wait
echo "$(date -u +%Y-%m-%dT%H:%M:%SZ) nightly.sh: run $RUN_ID exit $code" | tee -a "$LOG" >&2
exit "$code"
