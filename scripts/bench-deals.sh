#!/usr/bin/env bash
# The deal registration speed benchmark (issue 5), end to end, on H2 or PostgreSQL:
#   1. generates the data set into a new database (scripts/generate-data.sh: partners, users, tokens, the
#      vendor's direct accounts, deal registrations with their claims and conflict index),
#   2. starts target/openprm.jar on it (rate limits off, ceiling endpoints on) and checks that a conflict
#      check for a generated customer finds it,
#   3. warms up, 4. runs DealRegistrationSimulation: the ceiling (plain insert, plain read by id), then
#      registrations through the API and conflict checks at the same rates,
#   5. prints throughput, p95, p99 and errors per request and the ratios to the ceiling.
#
#   scripts/bench-deals.sh postgres                     # 1,000,000 registrations, 100,000 accounts, 300/s for 300 s
#   DEALS=20000 ACCOUNTS=2000 PARTNERS=200 USERS=400 TOKENS=50 DURATION=30 WARMUP=10 scripts/bench-deals.sh h2
#   BENCH_DB=openprm_dealbench scripts/bench-deals.sh check-inprocess
#                                                       # in process, on a data set generated before: CHECKS (5000)
#                                                       # conflict checks after CHECK_WARMUP (2000), p50/p99, CPU and
#                                                       # postings and records read per check (ConflictCheckBench);
#                                                       # ANSWERS=file keeps the answers
#   BENCH_URL="jdbc:h2:file:$PWD/target/bench-deals/data/openprm;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH" \
#     scripts/bench-deals.sh check-inprocess            # the same on any JDBC URL, e.g. an H2 file the generator
#                                                       # filled; BENCH_USER (postgres, sa for H2) and BENCH_PASSWORD
#
# Settings (environment): DEALS (1000000), ACCOUNTS (100000), PARTNERS (10000), USERS (100000), TOKENS (1000),
# RATE (300 registrations/s), CHECK_RATE (conflict checks/s, default RATE), DURATION (300 s), WARMUP (60 s),
# HEAP (512m), PORT (18081), SMTP_PORT (2525, a local mail sink the notifications go to), BENCH_DB (openprm_dealbench, PostgreSQL), BENCH_URL (check-inprocess only: any JDBC URL instead of BENCH_DB),
# OUT (target/bench-deals),
# REUSE=1 keeps the data set of an earlier run with the same settings. Needs curl and, for PostgreSQL, psql.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

DB=${1:-postgres}
if [[ ${DB} == check-inprocess ]]; then
	./mvnw -B -q -o test-compile
	./mvnw -B -q -o dependency:build-classpath -Dmdep.outputFile=target/bench-deals.cp -Dmdep.includeScope=test
	url=${BENCH_URL:-jdbc:postgresql://127.0.0.1:5432/${BENCH_DB:-openprm_dealbench}}
	[[ ${url} == jdbc:h2:* ]] && user=${BENCH_USER:-sa} || user=${BENCH_USER:-postgres}
	exec java -Xmx"${HEAP:-512m}" ${JAVA_OPTS:-} -Dbench.db.url="${url}" -Dbench.db.user="${user}" \
		-Dbench.db.password="${BENCH_PASSWORD:-}" -Dfeeders="${OUT:-target/bench-deals}/feeders" -Dchecks="${CHECKS:-5000}" -Dwarmup="${CHECK_WARMUP:-2000}" \
		${ANSWERS:+-Danswers="${ANSWERS}"} -cp "target/test-classes:target/classes:$(cat target/bench-deals.cp)" \
		org.openprm.deals.bench.ConflictCheckBench
fi
[[ ${DB} == h2 || ${DB} == postgres ]] || { echo "Usage: $0 [h2|postgres|check-inprocess]" >&2; exit 2; }
DEALS=${DEALS:-1000000}
ACCOUNTS=${ACCOUNTS:-100000}
PARTNERS=${PARTNERS:-10000}
USERS=${USERS:-100000}
TOKENS=${TOKENS:-1000}
RATE=${RATE:-300}
CHECK_RATE=${CHECK_RATE:-${RATE}}
DURATION=${DURATION:-300}
WARMUP=${WARMUP:-60}
HEAP=${HEAP:-512m}
PORT=${PORT:-18081}
SMTP_PORT=${SMTP_PORT:-2525}
BENCH_DB=${BENCH_DB:-openprm_dealbench}
OUT=${OUT:-target/bench-deals}
REUSE=${REUSE:-0}
BASE_URL="http://127.0.0.1:${PORT}"
RESULTS=target/gatling/gatling
FEEDERS="${OUT}/feeders"

log() { printf '\n==> %s\n' "$*"; }

if [[ ${DB} == h2 ]]; then
	DATA_DIR="$(pwd)/${OUT}/data"
	URL="jdbc:h2:file:${DATA_DIR}/openprm;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH"
	DB_ARGS=(--user sa)
	APP_DB=()
else
	DATA_DIR="$(pwd)/${OUT}/data"
	URL="jdbc:postgresql://127.0.0.1:5432/${BENCH_DB}"
	DB_ARGS=(--user postgres)
	APP_DB=(--spring.datasource.url="${URL}" --spring.datasource.username=postgres --spring.datasource.password=)
fi

if [[ ${REUSE} != 1 || ! -f ${FEEDERS}/deal-new-customers.csv ]]; then
	log "Generating ${DEALS} registrations, ${ACCOUNTS} accounts, ${PARTNERS} partners, ${USERS} users on ${DB}"
	rm -rf "${OUT}" && mkdir -p "${OUT}"
	if [[ ${DB} == postgres ]]; then
		psql -q -h 127.0.0.1 -U postgres -c "DROP DATABASE IF EXISTS ${BENCH_DB} WITH (FORCE)" -c "CREATE DATABASE ${BENCH_DB}"
	fi
	generated=$(date +%s)
	scripts/generate-data.sh --url "${URL}" "${DB_ARGS[@]}" --partners "${PARTNERS}" --users "${USERS}" \
		--tokens "${TOKENS}" --accounts "${ACCOUNTS}" --deals "${DEALS}" --feeders "${FEEDERS}" | grep '\[generate-data\]' |
		tee "${OUT}/generate.log"
	echo "Generated in $(($(date +%s) - generated)) s"
fi
if [[ ! -f target/openprm.jar ]]; then
	log "Building target/openprm.jar"
	./mvnw -B -q package -DskipTests
fi

# Every registration notifies channel managers by e-mail: a sink accepts the mails as a relay would.
java scripts/SmtpSink.java "${SMTP_PORT}" >"${OUT}/smtp.log" 2>&1 &
sink=$!
log "Starting OpenPRM on ${DB} (port ${PORT}, -Xmx${HEAP})"
started=$(date +%s%N)
# Rate limits off: every virtual user comes from 127.0.0.1, which a per-address limit would refuse.
java -Xmx"${HEAP}" -jar target/openprm.jar --server.port="${PORT}" --prm.data-dir="${DATA_DIR}" "${APP_DB[@]}" \
	--prm.demo-data=false --prm.benchmark.ceiling-endpoints=true \
	--spring.mail.host=127.0.0.1 --spring.mail.port="${SMTP_PORT}" \
	--prm.security.rate-limit.enabled=false >"${OUT}/app.log" 2>&1 &
app=$!
trap 'kill ${app} ${sink} 2>/dev/null || true; wait ${app} ${sink} 2>/dev/null || true' EXIT
deadline=$((SECONDS + 300))
until curl -sf -o /dev/null "${BASE_URL}/actuator/health/readiness"; do
	kill -0 ${app} 2>/dev/null || { echo "OpenPRM exited; see ${OUT}/app.log" >&2; exit 1; }
	((SECONDS < deadline)) || { echo "OpenPRM not ready after 300 s" >&2; exit 1; }
	sleep 0.2
done
echo "Ready after $((($(date +%s%N) - started) / 1000000)) ms"

# A conflict check for a generated customer, as vendor staff, must find candidates in the data set.
vendor_token=$(awk -F, 'NR > 1 && $2 ~ /^VENDOR/ { print $1; exit }' "${FEEDERS}/api-tokens.csv")
IFS=, read -r c_name c_domain c_country c_city _ < <(sed -n 2p "${FEEDERS}/deal-check-customers.csv")
found=$(curl -sf -H "Authorization: Bearer ${vendor_token}" -H 'Content-Type: application/json' \
	-d "{\"customer\":{\"name\":\"${c_name}\",\"domain\":\"${c_domain}\",\"country\":\"${c_country}\",\"city\":\"${c_city}\"}}" \
	"${BASE_URL}/api/v1/deal-registrations/conflict-check")
candidates=$(grep -o '"kind"' <<<"${found}" | wc -l)
echo "Conflict check for '${c_name}': ${candidates} candidate(s): $(head -c 300 <<<"${found}")"
((candidates > 0)) || { echo "The generated data set gives no conflicts; see ${OUT}/app.log" >&2; exit 1; }

# gatling RATE CHECK-RATE DURATION: runs the simulation; prints the report directory it wrote.
gatling() {
	local before
	before=$(ls -d "${RESULTS}"/*/ 2>/dev/null | sort || true)
	./mvnw -B -q -Pgatling gatling:test -Dgatling.simulationClass=org.openprm.load.DealRegistrationSimulation \
		-DbaseUrl="${BASE_URL}" -DdataDir="${FEEDERS}" -Drate="$1" -DcheckRate="$2" -Dduration="$3" \
		>"${OUT}/gatling-$1-$3.log" 2>&1 || true
	comm -13 <(echo "${before}") <(ls -d "${RESULTS}"/*/ | sort) | tail -1
}

log "Warm-up at half the rates for 2 x ${WARMUP} s"
gatling $((RATE / 2)) $((CHECK_RATE / 2)) "${WARMUP}" >/dev/null

log "Ceiling, then registrations at ${RATE}/s and conflict checks at ${CHECK_RATE}/s, ${DURATION} s each"
run=$(gatling "${RATE}" "${CHECK_RATE}" "${DURATION}")
[[ -n ${run} && -f ${run}/index.html ]] || { echo "No Gatling report; see ${OUT}/gatling-${RATE}-${DURATION}.log" >&2; exit 1; }

# report: one line per request of the report's statistics table (name, requests, failed, requests/s, p95, p99).
report() {
	awk '
		/class="ellipsed-name">/ { match($0, /class="ellipsed-name">[^<]*</); name = substr($0, RSTART + 22, RLENGTH - 23) }
		/<td class="value [a-z]+ col-[0-9]+">/ {
			match($0, /col-[0-9]+/); col = substr($0, RSTART + 4, RLENGTH - 4)
			match($0, />[^<]*</); v[col] = substr($0, RSTART + 1, RLENGTH - 2)
			if (col == 14 && name != "") { print name "\t" v[2] "\t" v[4] "\t" v[6] "\t" v[10] "\t" v[11]; name = "" }
		}' "${run}/index.html"
}
# The report's requests/s spans the whole run (both phases); each phase's rate is its OK requests / DURATION.
row() { report | awk -F'\t' -v n="$1" -v d="${DURATION}" '$1 == n { printf "%s\t%s\t%s\t%.1f\t%s\t%s\n", $1, $2, $3, ($2 - $3) / d, $5, $6 }'; }
IFS=$'\t' read -r _ i_total i_ko i_rps i_p95 i_p99 < <(row "ceiling insert")
IFS=$'\t' read -r _ r_total r_ko r_rps r_p95 r_p99 < <(row "ceiling read")
IFS=$'\t' read -r _ d_total d_ko d_rps d_p95 d_p99 < <(row "deal register")
IFS=$'\t' read -r _ k_total k_ko k_rps k_p95 k_p99 < <(row "conflict check")
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.2f" : "n/a"), a / b }'; }
verdict() { awk -v v="$1" -v max="$2" 'BEGIN { print (v != "" && v + 0 <= max ? "met" : "NOT met") }'; }

{
	echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  database: ${DB}  machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB  load: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "data set: ${DEALS} registrations, ${ACCOUNTS} accounts, ${PARTNERS} partners, ${USERS} users; rates ${RATE}/s and ${CHECK_RATE}/s for ${DURATION} s"
	echo "ceiling insert  ${i_total} requests, ${i_ko} failed, ${i_rps} OK/s, p95 ${i_p95} ms, p99 ${i_p99} ms"
	echo "ceiling read    ${r_total} requests, ${r_ko} failed, ${r_rps} OK/s, p95 ${r_p95} ms, p99 ${r_p99} ms"
	echo "deal register   ${d_total} requests, ${d_ko} failed, ${d_rps} OK/s, p95 ${d_p95} ms, p99 ${d_p99} ms"
	echo "conflict check  ${k_total} requests, ${k_ko} failed, ${k_rps} OK/s, p95 ${k_p95} ms, p99 ${k_p99} ms"
	echo "register / ceiling insert: throughput x$(ratio "${d_rps}" "${i_rps}"), p95 x$(ratio "${d_p95}" "${i_p95}"), p99 x$(ratio "${d_p99}" "${i_p99}")"
	echo "check / ceiling read:      throughput x$(ratio "${k_rps}" "${r_rps}"), p95 x$(ratio "${k_p95}" "${r_p95}"), p99 x$(ratio "${k_p99}" "${r_p99}")"
	echo "targets: conflict check p99 <= 25 ms $(verdict "${k_p99}" 25); registration p99 <= 100 ms $(verdict "${d_p99}" 100);" \
		"registration >= 300/s $(awk -v r="${d_rps}" 'BEGIN { print (r + 0 >= 300 ? "met" : "NOT met") }')"
	echo "report: ${run}"
} | tee "${OUT}/summary.txt"
