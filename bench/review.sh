#!/usr/bin/env bash
# Ranking reviewers for one subject from a pool of 5,000 approved experts, 2,000 of them with active reviews, on the
# embedded H2 database: the first (cold) run and the median and minimum of the others, in milliseconds.
#   bench/review.sh [runs] [experts]     (default 10 runs, 5000 experts)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-10}
experts=${2:-5000}

./mvnw -B -q -DskipTests test-compile >/dev/null
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

java -Xmx"${BENCH_HEAP:-1g}" -cp "$classpath" kg.omb.review.ReviewRankingBenchmark "$runs" "$experts"
