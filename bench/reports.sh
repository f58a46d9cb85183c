#!/usr/bin/env bash
# Generating the annual report of an OMB with a year of activity (50 meetings, 500 decisions, 200 reviews, a plan
# of 40 items, 20 events, 20 documents, 30 membership changes): its figures, its PDF and its publication, on the
# embedded H2 database or, given a JDBC URL, on PostgreSQL; first (cold) run, median and minimum, in milliseconds.
#   bench/reports.sh [runs] [jdbc-url]     (default 10 runs, H2 in memory)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}

./mvnw -B -q -DskipTests test-compile >/dev/null
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

java -Xmx"${BENCH_HEAP:-1g}" -cp "$classpath" kg.omb.reports.AnnualReportBenchmark "$runs" ${2:+"$2"}
