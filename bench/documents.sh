#!/usr/bin/env bash
# A document of national size: two versions of 1,000 clauses (about one in ten changed) and 20,000 comments, all
# disposed of, seeded into a fresh embedded H2 database (and a fresh PostgreSQL database when a URL is given); then
# the comparison of the versions, the disposition table as PDF, XLSX and CSV, and GET of the document's public page
# (with and without ?compare=1..2) and of its API on the running application. Prints the first (cold) run and the
# median and minimum of the others, in milliseconds.
#   bench/documents.sh [runs] [jdbc:postgresql://127.0.0.1:5432/test]     (default 5 runs; BENCH_PG_USER=postgres)
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
postgres=${2:-}

./mvnw -B -q -DskipTests test-compile >/dev/null
./mvnw -B -q dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt >/dev/null
classpath="target/test-classes:target/classes:$(cat target/bench-classpath.txt)"

java -Xmx"${BENCH_HEAP:-1g}" -cp "$classpath" kg.omb.documents.DocumentsBenchmark "$runs" $postgres
