#!/usr/bin/env bash
# Measures each page and API list at small size and at national size in one run, on this machine,
# and writes the ratio table into docs/performance.md (between the benchmark markers).
#
# Usage: scripts/benchmark.sh <veiviser.jar> <small data directory> <national data directory>
#   small:    the demo, and the generator's shape at a small municipality's size:
#             java -jar veiviser.jar generate --organisations 2 --candidates 60 --largest 50 \
#               --veiviser.embedded-database.data-directory=<small data directory>
#   national: java -jar veiviser.jar generate --organisations 350 --candidates 25000 --largest 2000 \
#               --veiviser.embedded-database.data-directory=<national data directory>
# The same generated people (gen.001.*, the largest organisation's) then have the same kind of
# record on both, with 50 or 2,000 candidates in their organisation and 60 or 25,000 in the country;
# the demo's people are measured on both databases too.
#
# Needs wrk (Debian's package wrk) and curl. The application runs on both databases at once, as
# scripts/run-production.sh runs it. First every URL is requested on both for WARMUP seconds (default
# 10), so that what is measured is a server that has been running: in its first minute the JIT
# compilers take a core of two, and /actuator/health measured then gave 2,000, 4,000 and 10,400
# requests a second in three rounds and 12,000 once warm. Then each URL is measured on one database,
# then the other, ROUNDS times (default 3), each time 2 s of warm-up and DURATION seconds (default 6)
# with 2 threads and 4 connections, compressed as a browser asks. The table gives the median of the
# rounds: on two cores a single measurement drifts by a third between runs.
set -euo pipefail

jar="$(realpath "${1:?usage: scripts/benchmark.sh <jar> <small data dir> <national data dir>}")"
small="$(realpath "${2:?small data directory}")"
national="$(realpath "${3:?national data directory}")"
duration="${DURATION:-6}"
warmup="${WARMUP:-10}"
rounds="${ROUNDS:-3}"
declare -A port=([small]="${PORT:-8080}" [national]="$(( ${PORT:-8080} + 1 ))")
here="$(cd "$(dirname "$0")/.." && pwd)"
work="$(mktemp -d)"
declare -A pid=()
trap 'stop_all; rm -rf "$work"' EXIT

stop_all() {
  for size in "${!pid[@]}"; do
    kill "${pid[$size]}" 2>/dev/null || true
    wait "${pid[$size]}" 2>/dev/null || true
  done
}

base() { echo "http://localhost:${port[$1]}"; }

# From a directory of its own: the first start trains the class-data archive on a database of its own.
start() {
  local size="$1" dir="$2"
  mkdir -p "$work/$size"
  (cd "$work/$size" && exec "$here/scripts/run-production.sh" "$jar" "$work/$size/app" -Dserver.port="${port[$size]}" \
    -Dveiviser.embedded-database.data-directory="$dir") > "$work/$size.log" 2>&1 &
  pid[$size]=$!
  for _ in $(seq 1 600); do
    curl -sf "$(base "$size")/actuator/health/readiness" > /dev/null 2>&1 && return 0
    sleep 0.5
  done
  echo "The application did not become ready on $dir; see $work/$size.log" >&2
  exit 1
}

# The session cookie of a signed-in person (password demo).
session() {
  local jar="$work/cookies-$1-$2" token
  token=$(curl -s -c "$jar" "$(base "$1")/login" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
  curl -s -b "$jar" -c "$jar" -o /dev/null -d "username=$2&password=demo&_csrf=$token" "$(base "$1")/login"
  awk '$6 == "VEIVISER_SESSION" {print $7}' "$jar"
}

# A read-only personal API token (the JSON API's way for integrations; HTTP Basic runs bcrypt per call).
api_token() {
  local cookie token
  cookie=$(session "$1" "$2")
  token=$(curl -s -b "VEIVISER_SESSION=$cookie" "$(base "$1")/account/api-tokens" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//; s/"//')
  curl -s -b "VEIVISER_SESSION=$cookie" -d "name=benchmark-$RANDOM&scope=READ&validityDays=30&_csrf=$token" \
    "$(base "$1")/account/api-tokens" | grep -o 'vv_[A-Za-z0-9_-]*' | head -1
}

# Requests per second and p50 in ms of one URL, as "rps p50".
measure() {
  local url="$1" header="$2" out
  wrk -t2 -c4 -d2s -H "$header" "$url" > /dev/null
  out=$(wrk -t2 -c4 -d"${duration}s" --latency -H "Accept-Encoding: gzip" -H "$header" "$url")
  if echo "$out" | grep -q "Non-2xx"; then
    echo "$url answered other than 2xx for $header" >&2
    exit 1
  fi
  local rps p50
  rps=$(echo "$out" | awk '/Requests\/sec/ {printf "%.0f", $2}')
  p50=$(echo "$out" | awk '$1 == "50%" {v=$2; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else {sub(/s/,"",v); v=v*1000}; printf "%.1f", v}')
  echo "$rps $p50"
}

# The header that signs the user in on one database, and the path with {me} replaced.
declare -A header=() resolved=()
prepare() {
  local size="$1" user="$2" path="$3" key="$1|$2|$3" me
  if [[ "$path" == /api/* ]]; then
    header[$key]="Authorization: Bearer $(api_token "$size" "$user")"
    me=$(curl -s -H "${header[$key]}" "$(base "$size")/api/v1/me" | grep -o '"id":"[^"]*"' | head -1 | cut -d'"' -f4)
    resolved[$key]="${path//\{me\}/$me}"
  else
    header[$key]="Cookie: VEIVISER_SESSION=$(session "$size" "$user")"
    resolved[$key]="$path"
  fi
}

# label | user | path ({me} is the user's own id); the same user on both databases.
rows=(
  "health||/actuator/health"
  "candidate, goals|gen.001.kandidat.1|/goals"
  "candidate, activities|gen.001.kandidat.1|/activities"
  "candidate, readiness|gen.001.kandidat.1|/progress"
  "candidate, service|gen.001.kandidat.1|/service"
  "candidate, guidance|gen.001.kandidat.1|/guidance"
  "candidate, plan|gen.001.kandidat.1|/plan"
  "veileder, guidance and her candidates|gen.001.veileder.1|/guidance"
  "veileder, candidates|gen.001.veileder.1|/candidates"
  "supervisor, recommendations|gen.001.veileder.2|/recommendations"
  "approver, approvals|gen.001.godkjenner|/approvals"
  "department head, candidates|gen.001.leder|/candidates"
  "API candidate, activities|gen.001.kandidat.1|/api/v1/activities"
  "API candidate, goals|gen.001.kandidat.1|/api/v1/goals"
  "API candidate, readiness|gen.001.kandidat.1|/api/v1/candidates/{me}/readiness"
  "API approver, approvals|gen.001.godkjenner|/api/v1/approvals"
  "API department head, candidates|gen.001.leder|/api/v1/candidates"
  "demo candidate, goals (Nora Eide)|nora.eide|/goals"
  "demo candidate, readiness (Marte Ruud)|marte.ruud|/progress"
  "demo candidate, service (Marte Ruud)|marte.ruud|/service"
  "demo candidate, activities (Marte Ruud)|marte.ruud|/activities"
  "demo veileder, guidance (Kari Nordby)|kari.nordby|/guidance"
  "demo supervisor, recommendations (Jon Bakke)|jon.bakke|/recommendations"
  "demo approver, approvals (Tone Haugland)|tone.haugland|/approvals"
  "demo department head, candidates (Eirik Strand)|eirik.strand|/candidates"
)

median() { sort -n | awk '{v[NR] = $1} END {print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2}'; }

echo "Starting on $small and $national …" >&2
start small "$small"
start national "$national"
echo "Warming up, ${warmup} s for each URL on each database …" >&2
for row in "${rows[@]}"; do
  IFS='|' read -r label user path <<< "$row"
  for size in small national; do
    if [ -n "$user" ]; then prepare "$size" "$user" "$path"; else header["$size||$path"]="X-Benchmark: health"; resolved["$size||$path"]="$path"; fi
    key="$size|$user|$path"
    wrk -t2 -c4 -d"${warmup}s" -H "Accept-Encoding: gzip" -H "${header[$key]}" "$(base "$size")${resolved[$key]}" > /dev/null
  done
done
: > "$work/results.tsv"
for row in "${rows[@]}"; do
  IFS='|' read -r label user path <<< "$row"
  for size in small national; do
    if [ -n "$user" ]; then prepare "$size" "$user" "$path"; else header["$size||$path"]="X-Benchmark: health"; resolved["$size||$path"]="$path"; fi
  done
  for round in $(seq 1 "$rounds"); do
    for size in small national; do
      key="$size|$user|$path"
      printf '%s\t%s\t%s\n' "$label" "$size" "$(measure "$(base "$size")${resolved[$key]}" "${header[$key]}" | tr ' ' '\t')" \
        >> "$work/results.tsv"
    done
  done
  echo "  $label" >&2
done
rss=$(ps -o rss= -p "${pid[national]}" 2>/dev/null || echo 0)
stop_all

# label, then median req/s and p50 at each size, in the rows' order.
summary() {
  local label="$1" size="$2" column="$3"
  awk -F'\t' -v l="$label" -v s="$size" -v c="$column" '$1 == l && $2 == s {print $c}' "$work/results.tsv" | median
}

table="$work/table.md"
{
  echo "Measured $(date -u +%Y-%m-%d) by \`scripts/benchmark.sh\` ($(nproc) cores; every URL warmed ${warmup} s first;"
  echo "each URL ${rounds} rounds of ${duration} s on each database in turn, 4 connections; the medians). Small: the demo and \`generate"
  echo "--organisations 2 --candidates 60 --largest 50\`. National: \`generate --organisations 350 --candidates"
  echo "25000 --largest 2000\`. The generated rows are the people of the largest organisation (50 candidates"
  echo "at small size, 2,000 at national); the demo rows the demo's people on both. The JSON API with a"
  echo "personal read-only token."
  echo
  echo "| page (user) | small req/s | small p50 | national req/s | national p50 | p50 ratio | share of health |"
  echo "|---|---|---|---|---|---|---|"
  health=""
  for row in "${rows[@]}"; do
    IFS='|' read -r label user path <<< "$row"
    sr=$(summary "$label" small 3); sp=$(summary "$label" small 4)
    nr=$(summary "$label" national 3); np=$(summary "$label" national 4)
    if [ "$label" = health ]; then
      health="$nr"
      printf '| `/actuator/health` | %.0f | %s ms | %.0f | %s ms | — | — |\n' "$sr" "$sp" "$nr" "$np"
    else
      awk -v l="$label" -v sr="$sr" -v sp="$sp" -v nr="$nr" -v np="$np" -v h="$health" 'BEGIN {
        printf "| %s | %.0f | %s ms | %.0f | %s ms | %.2f | %.0f %% |\n", l, sr, sp, nr, np, np / sp, 100 * nr / h }'
    fi
  done
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
