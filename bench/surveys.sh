#!/usr/bin/env bash
# The consolidation of a national round of an information request: 210 organisations x 600 rows x 12 figures,
# seeded as submitted answers into a fresh embedded H2 database and accepted one by one through the service (which
# keeps the round's totals); then the consolidation, the consolidated page and its CSV and XLSX. Prints the first
# (cold) run and the median and minimum of the others, in milliseconds.
#   bench/surveys.sh [runs]     (default 5 runs)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}

./mvnw -B -q -DskipTests test-compile >/dev/null
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

java -Xmx"${BENCH_HEAP:-1g}" -cp "$classpath" kg.omb.surveys.SurveysBenchmark "$runs"
