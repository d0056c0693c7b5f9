#!/usr/bin/env bash
# The funds ledger benchmark (issue 7) on H2 (in memory) or PostgreSQL:
#   1. FundBalanceBenchmark: a partner with 10,000 ledger entries in 10 funds asks for its balances through
#      the API 300 times after 100 warm-up requests; prints median, p95, p99 and max (target: <= 50 ms),
#      also written to target/bench-funds/balances.txt;
#   2. FundConcurrencyTests: simultaneous approvals against one fund of 500 EUR, requests of 10 EUR each
#      (200 at once on PostgreSQL, 60 on H2); fails on any overdraft.
# On PostgreSQL the database BENCH_DB (openprm_fundbench) is created for the run and dropped afterwards.
#
#   scripts/bench-funds.sh postgres
#   scripts/bench-funds.sh h2
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${1:-postgres}
[[ ${DB} == h2 || ${DB} == postgres ]] || { echo "Usage: $0 [h2|postgres]" >&2; exit 2; }
BENCH_DB=${BENCH_DB:-openprm_fundbench}
ARGS=(-B -o test -Dtest='FundBalanceBenchmark,FundConcurrencyTests' -Dsurefire.failIfNoSpecifiedTests=false -Djacoco.skip=true)

if [[ ${DB} == postgres ]]; then
	psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)" -c "CREATE DATABASE ${BENCH_DB}"
	trap 'psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)"' EXIT
	ARGS+=(-Ppostgres -Dspring.datasource.url="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}" -Dfunds.test.concurrent-approvals=200)
fi
./mvnw "${ARGS[@]}" | tee target/bench-funds.log | grep -E "FUNDS BENCHMARK|Tests run:|FAIL" || true
grep -q "BUILD SUCCESS" target/bench-funds.log
