#!/usr/bin/env bash
# Runs Veiviser the way production should: the jar extracted into a directory, the classes loaded
# from a class-data-sharing archive made once on this machine (start to ready about twice as fast),
# and the heap capped. docs/performance.md has the measurements; docs/operations.md the settings.
#
# Usage: scripts/run-production.sh target/veiviser-<version>.jar [directory, default ./app]
# The heap cap is VEIVISER_HEAP (default 256m). Everything after the directory goes to Java's
# command line before -jar (for example -Dserver.port=9090).
set -euo pipefail

jar="${1:?usage: scripts/run-production.sh <veiviser.jar> [directory] [java options]}"
dir="${2:-app}"
shift $(( $# > 1 ? 2 : 1 ))
heap="${VEIVISER_HEAP:-256m}"
name="$(basename "$jar")"

# Extract again when the jar is newer than the extracted copy; the archive belongs to that copy.
if [ ! -f "$dir/$name" ] || [ "$jar" -nt "$dir/$name" ]; then
  rm -rf "$dir"
  java -Djarmode=tools -jar "$jar" extract --destination "$dir"
fi
if [ ! -f "$dir/veiviser.jsa" ]; then
  # A training run: start until the application context is refreshed, then write the archive. It
  # gets the same options as the real start, so it uses the same database: Spring ends it with
  # Runtime.halt, which skips the embedded PostgreSQL's shutdown hook, and the real start stops the
  # server it left on that data directory (shared.database.StaleServer). With a directory of its
  # own, the server was left running for good.
  java -XX:ArchiveClassesAtExit="$dir/veiviser.jsa" -Dspring.context.exit=onRefresh "$@" -jar "$dir/$name"
fi
exec java -Xmx"$heap" -XX:+UseSerialGC \
  -XX:SharedArchiveFile="$dir/veiviser.jsa" "$@" -jar "$dir/$name"
