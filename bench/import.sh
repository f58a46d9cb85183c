#!/usr/bin/env bash
# Import of large files: generates 5,000 organisations and 5,000 classifier entries as CSV and as XLSX, imports
# each into a fresh embedded H2 database (and into a fresh PostgreSQL database when a URL is given), then imports
# the same file again (every row unchanged), and prints the wall time of each import and the peak heap.
#   bench/import.sh [rows] [jdbc:postgresql://127.0.0.1:5432/test]     (default 5000 rows; BENCH_PG_USER=postgres)
# The heap is limited (BENCH_HEAP, default 512m) so that an import that needed the whole file in memory shows.
set -euo pipefail
cd "$(dirname "$0")/.."
rows=${1:-5000}
postgres=${2:-}

./mvnw -B -q -DskipTests test-compile >/dev/null
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

java -Xmx"${BENCH_HEAP:-512m}" -cp "$classpath" kg.omb.directory.transfer.ImportBenchmark "$rows" $postgres
