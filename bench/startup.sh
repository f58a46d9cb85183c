#!/usr/bin/env bash
# Cold start to ready on the embedded defaults: builds the jar once, then starts it N times on an empty data
# directory (first start: migrations, administrator, demo data) and on the kept one (second start), and reports
# the seconds until /actuator/health/readiness answers UP.
#   bench/startup.sh [runs]    (default 3)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
port=${BENCH_PORT:-18080}

./mvnw -B -q -DskipTests package >/dev/null
jar=$(ls target/omb-platform-*.jar | grep -v plain | head -1)

measure() {
  local data=$1 start end pid
  start=$(date +%s.%N)
  OMB_DATA_DIR="$data" java -jar "$jar" --server.port="$port" >"$data.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/actuator/health/readiness" 2>/dev/null | grep -q UP; do
    kill -0 "$pid" 2>/dev/null || { echo "the application stopped; see $data.log" >&2; exit 1; }
    sleep 0.1
  done
  end=$(date +%s.%N)
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$end - $start" | bc
}

for i in $(seq 1 "$runs"); do
  data=$(mktemp -d)
  first=$(measure "$data")
  second=$(measure "$data")
  printf 'run %d: first start %.1f s, second start %.1f s\n' "$i" "$first" "$second"
  rm -rf "$data" "$data.log"
done
