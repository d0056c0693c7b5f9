#!/usr/bin/env bash
# The portal mix benchmark, end to end, against PostgreSQL:
#   1. starts OpenPRM with -Xmx512m on the generated database and measures start to ready (as a prepared
#      node with its class data sharing archive, scripts/prepare-node.sh, unless START=jar),
#   2. warms it up, 3. runs the ceiling (CeilingSimulation), 4. runs the portal mix (PortalMixSimulation),
#   5. reads the heap from the GC log, stops the application and prints the results with the ratios.
#
#   scripts/generate-data.sh --url jdbc:postgresql://127.0.0.1:5432/openprm_bench   # once, into an empty database
#   scripts/bench-portal.sh                                                           # RATE=200 DURATION=300 by default
#
# Every run starts from the data set as generated: the mix writes (2,500 partners created through the API in
# 5 minutes, profile edits, sessions, audit entries), and a directory that grew by a quarter with each run made
# runs incomparable. So the run works on a copy, ${BENCH_DB}_run, made anew from ${BENCH_DB} (a PostgreSQL
# template copy, with the original's planner statistics) and dropped afterwards; FRESH_COPY=0 runs on ${BENCH_DB} itself.
#
# Settings (environment): BENCH_DB (openprm_bench), FRESH_COPY (1), RATE (200 requests/s), DURATION (300 s), CEILING_DURATION
# (60 s), WARMUP (60 s), ROUNDS_PER_SIGN_IN (5: a portal visitor's rounds through the directory after signing in;
# 1 gives the sign-in-heavy mix of the first runs), PORT (18080), SMTP_PORT (2526, the mail sink's), OUT (target/bench-run), START (cds: from target/bench-node with its
# archive, prepared when missing or older than the jar; jar: java -jar target/openprm.jar), JAVA_OPTS (extra JVM
# options for OpenPRM, e.g. a flight recording: -XX:StartFlightRecording=filename=/tmp/portal.jfr,settings=profile).
# Needs curl.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BENCH_DB=${BENCH_DB:-openprm_bench}
FRESH_COPY=${FRESH_COPY:-1}
RATE=${RATE:-200}
DURATION=${DURATION:-300}
CEILING_DURATION=${CEILING_DURATION:-60}
WARMUP=${WARMUP:-60}
PORT=${PORT:-18080}
SMTP_PORT=${SMTP_PORT:-2526}
ROUNDS_PER_SIGN_IN=${ROUNDS_PER_SIGN_IN:-5}
OUT=${OUT:-target/bench-run}
START=${START:-cds}
NODE=target/bench-node
BASE_URL="http://127.0.0.1:${PORT}"
RESULTS=target/gatling/gatling

log() { printf '\n==> %s\n' "$*"; }

[[ -f target/bench-data/partners.csv ]] || { echo "No feeder files: run scripts/generate-data.sh first" >&2; exit 1; }
if [[ ! -f target/openprm.jar ]]; then
	log "Building target/openprm.jar"
	./mvnw -B -q package -DskipTests
fi
rm -rf "${OUT}" && mkdir -p "${OUT}"

RUN_DB=${BENCH_DB}
if [[ "${FRESH_COPY}" == 1 ]]; then
	RUN_DB=${BENCH_DB}_run
	log "Copying ${BENCH_DB} to ${RUN_DB}"
	copy_started=${SECONDS}
	psql -h 127.0.0.1 -U postgres -q -v ON_ERROR_STOP=1 -c "DROP DATABASE IF EXISTS ${RUN_DB} WITH (FORCE)" \
		-c "CREATE DATABASE ${RUN_DB} TEMPLATE ${BENCH_DB}"
	echo "Copied in $((SECONDS - copy_started)) s"
fi

if [[ "${START}" == cds && ( ! -f "${NODE}/openprm.jsa" || target/openprm.jar -nt "${NODE}/openprm.jsa" ) ]]; then
	log "Preparing ${NODE} (class data sharing archive)"
	scripts/prepare-node.sh "${NODE}"
fi
out_dir=$(pwd)/${OUT}
if [[ "${START}" == cds ]]; then
	launch=(-XX:SharedArchiveFile=openprm.jsa -jar openprm.jar)
	launch_dir=${NODE}
else
	launch=(-jar "$(pwd)/target/openprm.jar")
	launch_dir=.
fi

# Notifications of the run (lead offers, deal timers) go to a sink that accepts them as a relay would: without
# one, every mail fails, is retried and logs its stack trace.
java scripts/SmtpSink.java "${SMTP_PORT}" >"${OUT}/smtp.log" 2>&1 &
sink=$!
until (exec 3<>"/dev/tcp/127.0.0.1/${SMTP_PORT}") 2>/dev/null; do
	kill -0 ${sink} 2>/dev/null || { echo "The mail sink exited; see ${OUT}/smtp.log" >&2; exit 1; }
	sleep 0.1
done
log "Starting OpenPRM on ${RUN_DB} (port ${PORT}, -Xmx512m, start: ${START})"
started=$(date +%s%N)
# The timers' first pass a few seconds after the start, during the warm-up: it mails what fell due between
# generating the data set and this run (reminders to every channel manager), which is no part of the mix.
# Rate limits off: every virtual user signs in from 127.0.0.1, which a per-address limit would refuse
# (20 sign-ins a minute), while real users arrive from many addresses.
(cd "${launch_dir}" && exec java -Xmx512m -Xlog:gc:file="${out_dir}/gc.log" ${JAVA_OPTS:-} "${launch[@]}" \
	--server.port="${PORT}" --prm.data-dir="${out_dir}/data" \
	--spring.datasource.url="jdbc:postgresql://127.0.0.1:5432/${RUN_DB}" \
	--spring.datasource.username=postgres --spring.datasource.password= \
	--prm.benchmark.ceiling-endpoints=true \
	--spring.mail.host=127.0.0.1 --spring.mail.port="${SMTP_PORT}" --prm.jobs.initial-delay=5s \
	--prm.security.rate-limit.enabled=false >"${out_dir}/app.log" 2>&1) &
app=$!
cleanup() {
	kill ${app} ${sink} 2>/dev/null || true
	wait ${app} ${sink} 2>/dev/null || true
	if [[ "${RUN_DB}" != "${BENCH_DB}" ]]; then
		psql -h 127.0.0.1 -U postgres -q -c "DROP DATABASE IF EXISTS ${RUN_DB} WITH (FORCE)" || true
	fi
}
trap cleanup EXIT
deadline=$((SECONDS + 120))
until curl -sf -o /dev/null "${BASE_URL}/actuator/health/readiness"; do
	kill -0 ${app} 2>/dev/null || { echo "OpenPRM exited; see ${OUT}/app.log" >&2; exit 1; }
	((SECONDS < deadline)) || { echo "OpenPRM not ready after 120 s" >&2; exit 1; }
	sleep 0.1
done
ready_ms=$((($(date +%s%N) - started) / 1000000))
# CPU seconds OpenPRM has used so far: unlike wall time, hardly changed by other load on the machine.
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{ printf "%.1f", ($14 + $15) / hz }' /proc/${app}/stat; }
# CPU seconds of all PostgreSQL server processes so far (the pool's connections live through the run).
postgres_cpu_seconds() {
	local pid total=0
	for pid in $(pgrep -x postgres); do
		total=$((total + $(awk '{ print $14 + $15 }' "/proc/${pid}/stat" 2>/dev/null || echo 0)))
	done
	awk -v t="${total}" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.1f", t / hz }'
}
ready_cpu=$(cpu_seconds)
echo "Ready after ${ready_ms} ms, ${ready_cpu} s of CPU ($(grep -o 'Started OpenPrmApplication in [0-9.]* seconds' "${OUT}/app.log"))"

# gatling SIMULATION RATE DURATION: runs one simulation; prints the report directory it wrote.
gatling() {
	local before
	before=$(ls -d "${RESULTS}"/*/ 2>/dev/null | sort || true)
	./mvnw -B -q -Pgatling gatling:test -Dgatling.simulationClass="org.openprm.load.$1" \
		-DbaseUrl="${BASE_URL}" -Drate="$2" -Dduration="$3" -DroundsPerSignIn="${ROUNDS_PER_SIGN_IN}" >"${OUT}/$1-$2.log" 2>&1 || true
	comm -13 <(echo "${before}") <(ls -d "${RESULTS}"/*/ | sort) | tail -1
}

log "Warm-up: portal mix at $((RATE / 2))/s for ${WARMUP} s"
gatling PortalMixSimulation $((RATE / 2)) "${WARMUP}" >/dev/null

log "Ceiling: plain JDBC read/insert at ${RATE}/s for ${CEILING_DURATION} s"
ceiling=$(gatling CeilingSimulation "${RATE}" "${CEILING_DURATION}")

log "Portal mix at ${RATE}/s for ${DURATION} s"
gc_mark=$(wc -l <"${OUT}/gc.log")
cpu_before=$(cpu_seconds)
pg_cpu_before=$(postgres_cpu_seconds)
mix=$(gatling PortalMixSimulation "${RATE}" "${DURATION}")
cpu_mix=$(awk -v a="$(cpu_seconds)" -v b="${cpu_before}" 'BEGIN { printf "%.1f", a - b }')
pg_cpu_mix=$(awk -v a="$(postgres_cpu_seconds)" -v b="${pg_cpu_before}" 'BEGIN { printf "%.1f", a - b }')
rss_kb=$(ps -o rss= -p ${app} | tr -d ' ')

# Heap under the mix, from the GC log lines written during it: "... 210M->48M(512M) ...".
heap=$(tail -n +"$((gc_mark + 1))" "${OUT}/gc.log" | grep -o '[0-9]*M->[0-9]*M([0-9]*M)' |
	awk -F'[M>(-]+' '{ if ($1 > b) b = $1; if ($2 > a) a = $2; n++ } END { printf "peak before GC %d MB, largest heap after GC %d MB (live objects and old garbage not yet collected), %d GCs", b, a, n }')

# report REPORT-DIR: one line per row of the report's statistics table, the first for all requests:
# name, requests, failed, requests/s, p95 ms, p99 ms (tab-separated).
report() {
	awk '
		/class="ellipsed-name">/ { match($0, /class="ellipsed-name">[^<]*</); name = substr($0, RSTART + 22, RLENGTH - 23) }
		/<td class="value [a-z]+ col-[0-9]+">/ {
			match($0, /col-[0-9]+/); col = substr($0, RSTART + 4, RLENGTH - 4)
			match($0, />[^<]*</); v[col] = substr($0, RSTART + 1, RLENGTH - 2)
			if (col == 14 && name != "") { print name "\t" v[2] "\t" v[4] "\t" v[6] "\t" v[10] "\t" v[11]; name = "" }
		}' "$1/index.html"
}
IFS=$'\t' read -r _ c_total c_ko c_rps c_p95 c_p99 < <(report "${ceiling}" | head -1)
IFS=$'\t' read -r _ m_total m_ko m_rps m_p95 m_p99 < <(report "${mix}" | head -1)
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf (b > 0 ? "%.1f" : "n/a"), a / b }'; }

{
	echo "date: $(date -u +%Y-%m-%dT%H:%MZ)  machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB  load before run: $(cut -d' ' -f1-3 /proc/loadavg)"
	echo "start to ready: ${ready_ms} ms (${ready_cpu} s of CPU)"
	echo "ceiling     ${c_total} requests, ${c_ko} failed, ${c_rps}/s, p95 ${c_p95} ms, p99 ${c_p99} ms  (${ceiling})"
	echo "portal mix  ${m_total} requests, ${m_ko} failed, ${m_rps}/s, p95 ${m_p95} ms, p99 ${m_p99} ms  (${mix})"
	echo "ratio mix/ceiling: throughput x$(ratio "${m_rps}" "${c_rps}"), p95 x$(ratio "${m_p95}" "${c_p95}"), p99 x$(ratio "${m_p99}" "${c_p99}")"
	echo "heap under the mix (-Xmx512m): ${heap}; process RSS at the end ${rss_kb} kB"
	echo "OpenPRM's CPU during the mix: ${cpu_mix} s, $(ratio "$(awk -v c="${cpu_mix}" 'BEGIN { print c * 1000 }')" "${m_total}") ms per request"
	echo "PostgreSQL's CPU during the mix: ${pg_cpu_mix} s, $(ratio "$(awk -v c="${pg_cpu_mix}" 'BEGIN { print c * 1000 }')" "${m_total}") ms per request"
	echo "per request (name, requests, failed, requests/s, p95 ms, p99 ms):"
	report "${ceiling}" | tail -n +2
	report "${mix}" | tail -n +2
} | tee "${OUT}/summary.txt"
