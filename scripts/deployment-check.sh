#!/usr/bin/env bash
# Walks the PostgreSQL steps of docs/deployment.md on a scratch database and checks each promise:
# the two roles, a node started as the application role with migrations as the owner, writes through
# the API, the application role's missing rights, and both restore drills. CI runs it.
#
#   scripts/deployment-check.sh [--jar target/openprm.jar]
#
# Needs PostgreSQL (PGHOST/PGPORT/PGUSER as a superuser; default 127.0.0.1:5432, postgres), psql,
# curl and the built jar. Leaves nothing behind: the scratch database and roles are dropped.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

export PGHOST="${PGHOST:-127.0.0.1}" PGPORT="${PGPORT:-5432}" PGUSER="${PGUSER:-postgres}"
readonly DB=openprm_deploy_check OWNER=openprm_check_owner APP=openprm_check_app
readonly OWNER_PASSWORD=check-owner-pw APP_PASSWORD=check-app-pw PORT=18088
readonly ADMIN=admin@deploy-check.example ADMIN_PASSWORD=deploy-check-admin
JAR=target/openprm.jar
[[ ${1:-} == --jar ]] && JAR=$2

log() { printf '==> %s\n' "$*"; }
fail() { printf 'deployment check FAILED: %s\n' "$*" >&2; exit 1; }
node_pid=""

clean_up() {
	[[ -z ${node_pid} ]] || { kill "${node_pid}" 2>/dev/null; wait "${node_pid}" 2>/dev/null; } || true
	psql -X -q -d postgres -c "drop database if exists ${DB} with (force)" \
		-c "drop database if exists ${DB}_restore_drill with (force)" \
		-c "drop role if exists ${APP}" -c "drop role if exists ${OWNER}" >/dev/null 2>&1 || true
}
trap clean_up EXIT

[[ -f ${JAR} ]] || fail "${JAR} not found: build it with ./mvnw -B package -DskipTests"
clean_up

log "Step 1: database and roles (deploy/postgres/create-database.sql)"
psql -X -q -v ON_ERROR_STOP=1 -d postgres -v db="${DB}" -v owner_role="${OWNER}" -v app_role="${APP}" \
	-v owner_password="${OWNER_PASSWORD}" -v app_password="${APP_PASSWORD}" \
	-f deploy/postgres/create-database.sql >/dev/null

log "Step 2: a node as ${APP}, migrations as ${OWNER}"
node_log=$(mktemp)
SPRING_DATASOURCE_URL="jdbc:postgresql://${PGHOST}:${PGPORT}/${DB}" \
SPRING_DATASOURCE_USERNAME="${APP}" SPRING_DATASOURCE_PASSWORD="${APP_PASSWORD}" \
SPRING_FLYWAY_USER="${OWNER}" SPRING_FLYWAY_PASSWORD="${OWNER_PASSWORD}" \
PRM_ADMIN_EMAIL="${ADMIN}" PRM_ADMIN_PASSWORD="${ADMIN_PASSWORD}" \
	java -Xmx512m -jar "${JAR}" --server.port="${PORT}" >"${node_log}" 2>&1 &
node_pid=$!
ready=false
for _ in $(seq 1 120); do
	curl -fsS "http://127.0.0.1:${PORT}/actuator/health/readiness" >/dev/null 2>&1 && { ready=true; break; }
	kill -0 "${node_pid}" 2>/dev/null || break
	sleep 1
done
[[ ${ready} == true ]] || { tail -60 "${node_log}" >&2; fail "the node did not become ready"; }

log "Writes through the API as the first admin"
token=$(curl -fsS -X POST "http://127.0.0.1:${PORT}/api/v1/auth/tokens" -H 'Content-Type: application/json' \
	-d "{\"email\":\"${ADMIN}\",\"password\":\"${ADMIN_PASSWORD}\",\"name\":\"deployment check\"}" \
	| sed -n 's/.*"token":"\([^"]*\)".*/\1/p')
[[ -n ${token} ]] || fail "could not create an API token"
for i in 1 2 3; do
	status=$(curl -sS -o /dev/null -w '%{http_code}' -X POST "http://127.0.0.1:${PORT}/api/v1/partners" \
		-H "Authorization: Bearer ${token}" -H 'Content-Type: application/json' -H "Idempotency-Key: check-${i}" \
		-d "{\"name\":\"Check Partner ${i}\",\"type\":\"RESELLER\",\"country\":\"DE\",\"domains\":[\"check${i}.example\"],\"addresses\":[{\"label\":\"HQ\",\"city\":\"Berlin\",\"country\":\"DE\"}]}")
	[[ ${status} == 201 ]] || fail "creating a partner answered ${status}"
done

log "The application role cannot change the schema or the audit trail"
as_app() { PGPASSWORD="${APP_PASSWORD}" psql -X -q -At -U "${APP}" -d "${DB}" -c "$1" 2>&1 || true; }
[[ $(as_app "select count(*) from partners") == 3 ]] || fail "the application role cannot read partners"
for statement in "delete from audit_entries" "update audit_entries set action = action" \
		"truncate audit_entries" "create table intruder (id int)" "drop table partners"; do
	as_app "${statement}" | grep -q 'permission denied\|must be owner' \
		|| fail "the application role was allowed to: ${statement}"
done
audit_rows=$(as_app "select count(*) from audit_entries")
[[ ${audit_rows} -ge 3 ]] || fail "expected audit entries for the writes, found ${audit_rows}"
kill "${node_pid}"; wait "${node_pid}" 2>/dev/null || true; node_pid=""

log "Backups: the dump restore drill on this database"
scripts/restore-drill.sh dump --db "${DB}" --backup-dir "$(mktemp -d)" --jar "${JAR}"
log "Backups: the point-in-time recovery drill"
scripts/restore-drill.sh pitr

log "Deployment check passed"
