#!/usr/bin/env bash
# The public portal under load: seeds a national-scale dataset (bench/portal.sh 1 = 30 OMBs in every region,
# 60 universities, 150 colleges, 2,000 documents with 100,000 clauses, 50,000 comments, 5,000 news; 0.1 for a
# tenth), then for each page runs wrk at 64 connections against the platform and against nginx serving the same
# page's HTML as a static file, and prints the throughput ratio platform/nginx and the p50, p95 and p99 latency.
#   bench/portal.sh [scale] [seconds per page]       (defaults: 1 and 15)
#   BENCH_PAGE_CACHE=false bench/portal.sh ...       renders every request: the cost of rendering itself
set -euo pipefail
cd "$(dirname "$0")/.."
scale=${1:-1}
seconds=${2:-15}
port=18080
static_port=18081
work=target/bench-portal

if ! command -v wrk >/dev/null 2>&1 || ! command -v nginx >/dev/null 2>&1; then
  echo "Installing Debian's wrk and nginx-light"
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk nginx-light >/dev/null
fi

./mvnw -B -q -DskipTests test-compile >/dev/null
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

rm -rf "$work" && mkdir -p "$work/html" "$work/nginx"
java -Xmx"${BENCH_HEAP:-2g}" -cp "$classpath" kg.omb.portal.PortalBenchmark "$scale" "$port" > "$work/platform.log" 2>&1 &
platform=$!
cat > "$work/nginx/nginx.conf" <<CONF
worker_processes 2;
pid $PWD/$work/nginx/nginx.pid;
error_log $PWD/$work/nginx/error.log warn;
events { worker_connections 1024; }
http {
  access_log off;
  client_body_temp_path $PWD/$work/nginx/body;
  proxy_temp_path $PWD/$work/nginx/proxy;
  fastcgi_temp_path $PWD/$work/nginx/fastcgi;
  uwsgi_temp_path $PWD/$work/nginx/uwsgi;
  scgi_temp_path $PWD/$work/nginx/scgi;
  server {
    listen 127.0.0.1:$static_port;
    root $PWD/$work/html;
    default_type text/html;
  }
}
CONF
cleanup() {
  kill "$platform" 2>/dev/null || true
  [ -f "$work/nginx/nginx.pid" ] && kill "$(cat "$work/nginx/nginx.pid")" 2>/dev/null || true
}
trap cleanup EXIT

echo "Seeding (scale $scale) and starting the platform on port $port..."
until grep -q '^READY' "$work/platform.log"; do
  if ! kill -0 "$platform" 2>/dev/null; then cat "$work/platform.log"; exit 1; fi
  sleep 2
done
grep '^seeded' "$work/platform.log"
nginx -c "$PWD/$work/nginx/nginx.conf"

measure() { # url -> "requests/s p50 p95 p99 non-2xx" (ms)
  wrk -t2 -c64 -d"${seconds}s" --timeout 10s --latency -s bench/percentiles.lua "$1" | awk '
    /Requests\/sec/ { rps = $2 }
    /^ +50%/ { p50 = $2 } /^ +99%/ { p99 = $2 } /^p95us/ { p95 = $2 / 1000 }
    /Non-2xx/ { bad = $NF }
    function ms(v) { if (v ~ /us$/) return v / 1000; if (v ~ /ms$/) return v + 0; if (v ~ /s$/) return v * 1000; return v }
    END { printf "%.0f %.1f %.1f %.1f %s\n", rps, ms(p50), p95, ms(p99), (bad == "" ? 0 : bad) }'
}

printf "\n%-10s %-45s %9s %9s %6s %9s %9s %9s %9s %9s\n" page path "req/s" "nginx" ratio "p50 ms" "p95 ms" "p99 ms" "nginx p50" "nginx p99"
while read -r name path status bytes; do
  read -r rps p50 p95 p99 bad < <(measure "http://127.0.0.1:$port$path")
  read -r srps sp50 _ sp99 _ < <(measure "http://127.0.0.1:$static_port/$name.html")
  ratio=$(awk -v a="$rps" -v b="$srps" 'BEGIN { printf "%.3f", (b > 0 ? a / b : 0) }')
  note=""; [ "$status" != 200 ] && note=" (answered $status)"; [ "$bad" != 0 ] && note="$note ($bad non-2xx)"
  printf "%-10s %-45s %9s %9s %6s %9s %9s %9s %9s %9s%s\n" "$name" "$path" "$rps" "$srps" "$ratio" "$p50" "$p95" "$p99" "$sp50" "$sp99" "$note"
done < "$work/pages.txt"
echo "(page sizes in bytes: $(awk '{ printf "%s=%s ", $1, $4 }' "$work/pages.txt"))"
