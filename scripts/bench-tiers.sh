#!/usr/bin/env bash
# The tier evaluation benchmark (issue 4: 10,000 partners in under 60 s), on H2 or PostgreSQL: starts
# OpenPRM (on a free port) on a fresh database, generates PARTNERS partners with a membership in each
# of 3 programmes and their figures (JDBC batches), then times the full evaluation RUNS times, one day apart.
#
#   scripts/bench-tiers.sh h2
#   PARTNERS=10000 RUNS=5 scripts/bench-tiers.sh postgres
#
# Settings (environment): PARTNERS (10000), RUNS (5), HEAP (512m), BENCH_DB (openprm_tierbench, PostgreSQL;
# created fresh and dropped afterwards), OUT (target/bench-tiers), JAVA_OPTS (e.g. a JFR recording to profile).
# Needs psql for PostgreSQL.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${1:-h2}
[[ ${DB} == h2 || ${DB} == postgres ]] || { echo "Usage: $0 [h2|postgres]" >&2; exit 2; }
PARTNERS=${PARTNERS:-10000}
RUNS=${RUNS:-5}
HEAP=${HEAP:-512m}
BENCH_DB=${BENCH_DB:-openprm_tierbench}
OUT=${OUT:-target/bench-tiers}

rm -rf "${OUT}" && mkdir -p "${OUT}"
if [[ ${DB} == h2 ]]; then
	URL="jdbc:h2:file:$(pwd)/${OUT}/data/openprm;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;WRITE_DELAY=0"
	USER=sa
else
	URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}"
	USER=postgres
	psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)" -c "CREATE DATABASE ${BENCH_DB}"
	trap 'psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)"' EXIT
fi

./mvnw -B -q -o test-compile
echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  database: ${DB}  machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB  load: $(cut -d' ' -f1-3 /proc/loadavg)" |
	tee "${OUT}/summary.txt"
./mvnw -B -q -o org.apache.maven.plugins:maven-dependency-plugin:3.10.0:build-classpath -Dmdep.includeScope=test \
	-Dmdep.outputFile="${OUT}/classpath.txt" >/dev/null
# Its own JVM with the application's heap, so that the figures are the application's, not Maven's.
java -Xmx"${HEAP}" ${JAVA_OPTS:-} -cp "target/test-classes:target/classes:$(cat "${OUT}/classpath.txt")" \
	org.openprm.benchmark.TierEvaluationBenchmark "${URL}" "${USER}" "${PARTNERS}" "${RUNS}" 2>&1 | tee "${OUT}/run.log" |
	grep '\[bench-tiers\]' | tee -a "${OUT}/summary.txt"
