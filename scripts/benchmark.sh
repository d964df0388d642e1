#!/usr/bin/env bash
# Measures each page and API list at demo size and at national size in one run, on this machine,
# and writes the ratio table into docs/performance.md (between the benchmark markers).
#
# Usage: scripts/benchmark.sh <veiviser.jar> <small data directory> <national data directory>
#   The small directory holds the embedded database with the demo only (start the jar on an empty
#   directory once); the national one holds it filled by
#   `java -jar veiviser.jar generate --organisations 350 --candidates 25000`
#   with `--veiviser.embedded-database.data-directory=<national data directory>`.
# Needs wrk (Debian's package wrk) and curl. Each URL: 2 s warm-up, then DURATION seconds (default
# 10) with 2 threads and 4 connections, compressed as a browser asks. The application runs as
# scripts/run-production.sh runs it.
set -euo pipefail

jar="$(realpath "${1:?usage: scripts/benchmark.sh <jar> <small data dir> <national data dir>}")"
small="$(realpath "${2:?small data directory}")"
national="$(realpath "${3:?national data directory}")"
duration="${DURATION:-10}"
port="${PORT:-8080}"
base="http://localhost:$port"
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
trap 'stop; rm -rf "$work"' EXIT

pid=""
stop() {
  if [ -n "$pid" ]; then kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""; fi
}

start() {
  # From the work directory: the first start trains the class-data archive on a database of its own.
  (cd "$work" && exec "$here/scripts/run-production.sh" "$jar" "$work/app" -Dserver.port="$port" \
    -Dveiviser.embedded-database.data-directory="$1") > "$work/app.log" 2>&1 &
  pid=$!
  for _ in $(seq 1 600); do
    curl -sf "$base/actuator/health/readiness" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "The application did not become ready; see $work/app.log" >&2
  exit 1
}

# The session cookie of a signed-in person (password demo).
session() {
  local jar="$work/cookies-$1" token
  token=$(curl -s -c "$jar" "$base/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$1&password=demo&_csrf=$token" "$base/login"
  awk '$6 == "VEIVISER_SESSION" {print $7}' "$jar"
}

# A read-only personal API token (the JSON API's way for integrations; HTTP Basic runs bcrypt per call).
api_token() {
  local cookie token
  cookie=$(session "$1")
  token=$(curl -s -b "VEIVISER_SESSION=$cookie" "$base/account/api-tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
  curl -s -b "VEIVISER_SESSION=$cookie" -d "name=benchmark-$RANDOM&scope=READ&validityDays=30&_csrf=$token" \
    "$base/account/api-tokens" | grep -o 'vv_[A-Za-z0-9_-]*' | head -1
}

# Requests per second and p50 in ms of one URL, as "rps p50".
measure() {
  local header="$1" path="$2" out
  wrk -t2 -c4 -d2s -H "$header" "$base$path" > /dev/null
  out=$(wrk -t2 -c4 -d"${duration}s" --latency -H "Accept-Encoding: gzip" -H "$header" "$base$path")
  if echo "$out" | grep -q "Non-2xx"; then
    echo "$path answered other than 2xx for $header" >&2
    exit 1
  fi
  local rps p50
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else {sub(/s/,"",v); v=v*1000}; printf "%.1f", v}')
  echo "$rps $p50"
}

# label | user at demo size | user at national size | path ({me} is the user's own id)
rows=(
  "candidate, goals|nora.eide|gen.001.kandidat.1|/goals"
  "candidate, activities (five-year record)|marte.ruud|gen.001.kandidat.1|/activities"
  "candidate, readiness|marte.ruud|gen.001.kandidat.1|/progress"
  "candidate, service|marte.ruud|gen.001.kandidat.1|/service"
  "candidate, guidance|marte.ruud|gen.001.kandidat.1|/guidance"
  "candidate, plan|marte.ruud|gen.001.kandidat.1|/plan"
  "veileder, guidance and her candidates|kari.nordby|gen.001.veileder.1|/guidance"
  "veileder, candidates|kari.nordby|gen.001.veileder.1|/candidates"
  "supervisor, recommendations|jon.bakke|gen.001.veileder.2|/recommendations"
  "approver, approvals|tone.haugland|gen.001.godkjenner|/approvals"
  "department head, candidates|eirik.strand|gen.001.leder|/candidates"
  "API candidate, activities|marte.ruud|gen.001.kandidat.1|/api/v1/activities"
  "API candidate, goals|marte.ruud|gen.001.kandidat.1|/api/v1/goals"
  "API candidate, readiness|marte.ruud|gen.001.kandidat.1|/api/v1/candidates/{me}/readiness"
  "API approver, approvals|tone.haugland|gen.001.godkjenner|/api/v1/approvals"
  "API department head, candidates|eirik.strand|gen.001.leder|/api/v1/candidates"
  "same person: readiness (marte.ruud)|marte.ruud|marte.ruud|/progress"
  "same person: service (marte.ruud)|marte.ruud|marte.ruud|/service"
  "same person: activities (marte.ruud)|marte.ruud|marte.ruud|/activities"
  "same person: guidance (kari.nordby)|kari.nordby|kari.nordby|/guidance"
  "same person: approvals (tone.haugland)|tone.haugland|tone.haugland|/approvals"
  "same person: candidates (eirik.strand)|eirik.strand|eirik.strand|/candidates"
)

# Runs every row against one database; writes "label<TAB>rps<TAB>p50" lines and the health line.
run() {
  local column="$1" results="$2" row label user path header me
  : > "$results"
  local health
  health=$(measure "X-Benchmark: health" /actuator/health)
  printf 'health\t%s\t%s\n' $health >> "$results"
  for row in "${rows[@]}"; do
    IFS='|' read -r label small_user national_user path <<< "$row"
    user=$([ "$column" = small ] && echo "$small_user" || echo "$national_user")
    if [[ "$path" == /api/* ]]; then
      header="Authorization: Bearer $(api_token "$user")"
      me=$(curl -s -H "$header" "$base/api/v1/me" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
      path="${path//\{me\}/$me}"
    else
      header="Cookie: VEIVISER_SESSION=$(session "$user")"
    fi
    printf '%s\t%s\t%s\n' "$label" $(measure "$header" "$path") >> "$results"
    echo "  $column: $label" >&2
  done
}

echo "Demo size ($small) …" >&2
start "$small"; run small "$work/small.tsv"; stop
echo "National size ($national) …" >&2
start "$national"; run national "$work/national.tsv"
rss=$(ps -o rss= -p "$pid" 2>/dev/null || echo 0)
stop

table="$work/table.md"
{
  echo "Measured $(date -u +%Y-%m-%d) by \`scripts/benchmark.sh\` ($(nproc) cores, ${duration} s per URL, 4 connections)."
  echo "Small: the demo database. National: \`generate --organisations 350 --candidates 25000\` (the people"
  echo "of its largest organisation, 2,000 candidates, against their demo counterparts; the last rows the same"
  echo "demo person on both databases). The JSON API with a personal read-only token."
  echo
  echo "| page (user) | demo req/s | demo p50 | national req/s | national p50 | p50 ratio | share of health |"
  echo "|---|---|---|---|---|---|---|"
  paste "$work/small.tsv" "$work/national.tsv" | awk -F'\t' '
    $1 == "health" { hs = $2; hn = $5; printf "| `/actuator/health` | %s | %s ms | %s | %s ms | — | — |\n", $2, $3, $5, $6; next }
    { ratio = ($3 > 0) ? $6 / $3 : 0; share = (hn > 0) ? 100 * $5 / hn : 0;
      printf "| %s | %s | %s ms | %s | %s ms | %.2f | %.0f %% |\n", $1, $2, $3, $5, $6, ratio, share }'
  echo
  echo "Resident memory of the application after the national run: $((rss / 1024)) MB."
} > "$table"
cat "$table"

doc="$here/docs/performance.md"
if grep -q '<!-- benchmark:start -->' "$doc"; then
  awk -v table="$table" '
    /<!-- benchmark:start -->/ { print; while ((getline line < table) > 0) print line; skip = 1; next }
    /<!-- benchmark:end -->/ { skip = 0 }
    !skip' "$doc" > "$work/doc.md" && cp "$work/doc.md" "$doc"
  echo "Written into $doc." >&2
fi
