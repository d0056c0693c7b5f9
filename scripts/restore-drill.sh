#!/usr/bin/env bash
# Restore drill for OpenPRM on PostgreSQL: proves that last night's kind of backup can be restored.
#
#   scripts/restore-drill.sh dump [--db openprm] [--backup-dir ./backups] [--jar target/openprm.jar]
#       Takes a pg_dump of the database (custom format), restores it into a scratch database, and
#       checks that every table holds exactly the rows of the snapshot the dump was taken from and
#       that the migration history is identical. With --jar, also starts a node on the restored copy
#       and waits until it reports ready. The scratch database is dropped afterwards (--keep keeps it).
#
#   scripts/restore-drill.sh pitr [--work-dir /tmp/openprm-pitr]
#       Rehearses point-in-time recovery from WAL archiving on a throwaway PostgreSQL cluster on
#       port 5439: base backup, writes, recovery to a moment between two writes, check.
#
# Connection settings come from the usual PG* variables (PGHOST, PGPORT, PGUSER, PGPASSWORD);
# defaults: 127.0.0.1:5432, user postgres. Exit status 0 means the drill passed.
set -euo pipefail

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
# Server notices ("does not exist, skipping") are noise in a drill report.
export PGOPTIONS="${PGOPTIONS:--c client_min_messages=warning}"

log() { printf '==> %s\n' "$*"; }
fail() { printf 'restore drill FAILED: %s\n' "$*" >&2; exit 1; }

# One line "table=rows;table=rows;..." for every table in the public schema.
readonly COUNT_ROWS_SQL="
select coalesce(string_agg(table_name || '=' || (xpath('/row/c/text()',
         query_to_xml(format('select count(*) as c from public.%I', table_name), false, true, '')))[1]::text,
       ';' order by table_name), '')
from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE';"
readonly MIGRATIONS_SQL="
select coalesce(string_agg(version || ':' || checksum, ',' order by installed_rank), '')
from flyway_schema_history where success;"

psql_value() { # psql_value DB SQL
	psql -X -q -At -v ON_ERROR_STOP=1 -d "$1" -c "$2"
}

dump_drill() {
	local db=openprm backup_dir=./backups jar="" keep=false
	while [[ $# -gt 0 ]]; do
		case $1 in
			--db) db=$2; shift 2 ;;
			--backup-dir) backup_dir=$2; shift 2 ;;
			--jar) jar=$2; shift 2 ;;
			--keep) keep=true; shift ;;
			*) fail "unknown option $1" ;;
		esac
	done
	local scratch="${db}_restore_drill"
	local dump_file
	dump_file="${backup_dir}/${db}-$(date -u +%Y%m%dT%H%M%SZ).dump"
	mkdir -p "${backup_dir}"

	# The counts must come from the very snapshot pg_dump saves, even while nodes keep writing:
	# a session exports its snapshot, pg_dump reads it, and the counts are taken inside it.
	log "Exporting a snapshot of ${db}"
	coproc SNAPSHOT { psql -X -q -At -v ON_ERROR_STOP=1 -d "${db}"; }
	local snapshot_in=${SNAPSHOT[1]} snapshot_out=${SNAPSHOT[0]}
	echo "begin isolation level repeatable read; select pg_export_snapshot();" >&"${snapshot_in}"
	local snapshot
	read -r -t 30 snapshot <&"${snapshot_out}" || fail "could not export a snapshot of ${db}"

	log "pg_dump ${db} -> ${dump_file}"
	pg_dump -Fc --snapshot="${snapshot}" -d "${db}" -f "${dump_file}"
	echo "${COUNT_ROWS_SQL//$'\n'/ }" >&"${snapshot_in}"
	local source_counts
	read -r -t 120 source_counts <&"${snapshot_out}" || fail "could not count rows in ${db}"
	echo "commit;" >&"${snapshot_in}"
	exec {snapshot_in}>&-
	wait "${SNAPSHOT_PID}" 2>/dev/null || true
	local source_migrations
	source_migrations=$(psql_value "${db}" "${MIGRATIONS_SQL}")

	log "Restoring into scratch database ${scratch}"
	psql -X -q -v ON_ERROR_STOP=1 -d postgres -c "drop database if exists \"${scratch}\" with (force)" \
		-c "create database \"${scratch}\" template template0"
	pg_restore --exit-on-error --no-owner --no-privileges -d "${scratch}" "${dump_file}"

	log "Comparing the restored copy with the snapshot"
	local restored_counts restored_migrations
	restored_counts=$(psql_value "${scratch}" "${COUNT_ROWS_SQL}")
	restored_migrations=$(psql_value "${scratch}" "${MIGRATIONS_SQL}")
	[[ -n ${source_counts} ]] || fail "${db} has no tables: nothing was backed up"
	[[ ${restored_counts} == "${source_counts}" ]] \
		|| fail "row counts differ"$'\n'"  snapshot: ${source_counts}"$'\n'"  restored: ${restored_counts}"
	[[ ${restored_migrations} == "${source_migrations}" ]] || fail "migration history differs"

	if [[ -n ${jar} ]]; then
		start_node_on "${scratch}" "${jar}"
	fi
	if [[ ${keep} == false ]]; then
		psql -X -q -d postgres -c "drop database \"${scratch}\" with (force)"
	fi
	local tables rows
	tables=$(tr ';' '\n' <<<"${source_counts}" | wc -l)
	rows=$(tr ';' '\n' <<<"${source_counts}" | awk -F= '{ sum += $2 } END { print sum + 0 }')
	log "Restore drill passed: ${tables} tables, ${rows} rows, $(wc -c <"${dump_file}") bytes in ${dump_file}"
}

# Starts OpenPRM on the restored database and waits for readiness: the schema and data are usable.
start_node_on() {
	local db=$1 jar=$2 port=18089 log_file
	log_file=$(mktemp)
	log "Starting a node on ${db} (port ${port})"
	java -Xmx512m -jar "${jar}" --server.port="${port}" \
		--spring.datasource.url="jdbc:postgresql://${PGHOST}:${PGPORT}/${db}" \
		--spring.datasource.username="${PGUSER}" --spring.datasource.password="${PGPASSWORD:-}" \
		--prm.demo-data=false >"${log_file}" 2>&1 &
	local pid=$! ready=false i
	for i in $(seq 1 90); do
		if curl -fsS "http://127.0.0.1:${port}/actuator/health/readiness" >/dev/null 2>&1; then
			ready=true
			break
		fi
		kill -0 "${pid}" 2>/dev/null || break
		sleep 1
	done
	kill "${pid}" 2>/dev/null || true
	wait "${pid}" 2>/dev/null || true
	[[ ${ready} == true ]] || { tail -40 "${log_file}" >&2; fail "the node did not become ready on the restored copy"; }
	rm -f "${log_file}"
	log "The node started on the restored copy and reported ready"
}

# --- point-in-time recovery rehearsal ------------------------------------------------------------

readonly PG_BIN="${PG_BIN:-$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)}"
readonly PITR_PORT=5439

# PostgreSQL refuses to run as root; the rehearsal then runs its server as the postgres user.
as_pg() {
	if [[ ${EUID} -eq 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

pitr_sql() { # pitr_sql SQL: runs on the rehearsal cluster's drill database
	as_pg "${PG_BIN}/psql" -X -q -At -v ON_ERROR_STOP=1 -h /tmp -p "${PITR_PORT}" -d drill -c "$1"
}

pitr_drill() {
	local work=/tmp/openprm-pitr
	while [[ $# -gt 0 ]]; do
		case $1 in
			--work-dir) work=$2; shift 2 ;;
			*) fail "unknown option $1" ;;
		esac
	done
	[[ -x ${PG_BIN}/initdb ]] || fail "PostgreSQL server binaries not found (set PG_BIN)"
	local data="${work}/primary" archive="${work}/wal-archive" base="${work}/base-backup" restored="${work}/restored"
	trap 'pitr_stop "'"${data}"'"; pitr_stop "'"${restored}"'"' EXIT
	rm -rf "${work}" && mkdir -p "${archive}"
	[[ ${EUID} -ne 0 ]] || chown -R postgres: "${work}"

	log "Creating a rehearsal cluster with WAL archiving (port ${PITR_PORT})"
	as_pg "${PG_BIN}/initdb" -D "${data}" -U postgres --auth=trust >"${work}/initdb.log"
	cat >>"${data}/postgresql.conf" <<CONF
port = ${PITR_PORT}
listen_addresses = ''
unix_socket_directories = '/tmp'
wal_level = replica
archive_mode = on
archive_command = 'test ! -f ${archive}/%f && cp %p ${archive}/%f'
archive_timeout = 60
CONF
	as_pg "${PG_BIN}/pg_ctl" -s -w -D "${data}" -l "${work}/primary.log" start
	as_pg "${PG_BIN}/createdb" -h /tmp -p "${PITR_PORT}" drill
	pitr_sql "create table acknowledged_writes (id serial primary key, written_at timestamptz default now())"
	pitr_sql "insert into acknowledged_writes select from generate_series(1, 1000)"

	log "Base backup (pg_basebackup), then more writes"
	as_pg "${PG_BIN}/pg_basebackup" -h /tmp -p "${PITR_PORT}" -D "${base}" -X stream -c fast
	pitr_sql "insert into acknowledged_writes select from generate_series(1, 500)"
	local target_time expected
	target_time=$(pitr_sql "select now()")
	expected=$(pitr_sql "select count(*) from acknowledged_writes")
	# Writes after the recovery target: a mistake (say, a bad bulk update) to be undone.
	pitr_sql "select pg_sleep(0.1)" >/dev/null
	pitr_sql "delete from acknowledged_writes where id % 2 = 0"
	pitr_sql "select pg_switch_wal()" >/dev/null
	pitr_sql "checkpoint"
	pitr_wait_for_archive "${data}"
	pitr_stop "${data}"

	log "Restoring the base backup and replaying WAL up to ${target_time}"
	cp -a "${base}" "${restored}"
	cat >>"${restored}/postgresql.conf" <<CONF
restore_command = 'cp ${archive}/%f %p'
recovery_target_time = '${target_time}'
recovery_target_action = 'promote'
archive_mode = off
CONF
	as_pg touch "${restored}/recovery.signal"
	as_pg "${PG_BIN}/pg_ctl" -s -w -t 120 -D "${restored}" -l "${work}/restored.log" start
	local i recovered=""
	for i in $(seq 1 60); do
		if [[ $(pitr_sql "select pg_is_in_recovery()") == f ]]; then
			recovered=$(pitr_sql "select count(*) from acknowledged_writes")
			break
		fi
		sleep 1
	done
	[[ -n ${recovered} ]] || fail "the restored cluster did not finish recovery"
	[[ ${recovered} == "${expected}" ]] \
		|| fail "recovered ${recovered} rows, expected ${expected} (the state at ${target_time})"
	log "PITR drill passed: ${recovered} rows as of ${target_time}; the later delete was undone"
}

pitr_wait_for_archive() {
	local data=$1 i
	for i in $(seq 1 60); do
		[[ -z $(find "${data}/pg_wal/archive_status" -name '*.ready' 2>/dev/null) ]] && return 0
		sleep 1
	done
	fail "WAL segments were not archived within a minute"
}

pitr_stop() {
	[[ -f $1/postmaster.pid ]] || return 0
	as_pg "${PG_BIN}/pg_ctl" -s -w -D "$1" -m fast stop || true
}

main() {
	local mode=${1:-}
	[[ $# -gt 0 ]] && shift
	case ${mode} in
		dump) dump_drill "$@" ;;
		pitr) pitr_drill "$@" ;;
		*) fail "usage: $0 dump|pitr [options] (see the comment at the top)" ;;
	esac
}

main "$@"
