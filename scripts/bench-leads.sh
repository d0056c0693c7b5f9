#!/usr/bin/env bash
# The lead routing benchmarks (issue 6), plain Java mains under src/test/java/org/openprm/leads/bench:
#   scripts/bench-leads.sh routing   # in process: one lead among 10,000 partners (p50/p99, explanation included),
#                                    # and fairness over 10,000 leads beside a plain round-robin baseline
#   scripts/bench-leads.sh import    # end to end on PostgreSQL: 100,000 leads imported from CSV through the
#                                    # application (qualified, matched, routed, persisted) into a fresh database
#
# Settings (environment): PARTNERS (routing: 10000; import: 500), LEADS (import: 100000), HEAP (1g),
# BENCH_DB (openprm_leadbench; created before and dropped after the import run). Needs psql for "import".
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

MODE=${1:-routing}
HEAP=${HEAP:-1g}
BENCH_DB=${BENCH_DB:-openprm_leadbench}

./mvnw -B -q -o test-compile
./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-leads.cp -Dmdep.includeScope=test
CP="target/test-classes:target/classes:$(cat target/bench-leads.cp)"

case ${MODE} in
	routing)
		java -Xmx"${HEAP}" -Dpartners="${PARTNERS:-10000}" -cp "${CP}" org.openprm.leads.bench.LeadRoutingBench
		;;
	import)
		psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)" -c "CREATE DATABASE ${BENCH_DB}"
		trap 'psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)"' EXIT
		java -Xmx"${HEAP}" -Dbench.db.url="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}" -Dpartners="${PARTNERS:-500}" \
			-Dleads="${LEADS:-100000}" -cp "${CP}" org.openprm.leads.bench.LeadImportBench
		;;
	*)
		echo "Usage: $0 [routing|import]" >&2
		exit 2
		;;
esac
