#!/usr/bin/env bash
# First start of the postgres container only (docker-entrypoint-initdb.d): creates the OpenPRM
# database and its two roles from the passwords in the container's environment.
set -euo pipefail
psql -v ON_ERROR_STOP=1 --username "${POSTGRES_USER:-postgres}" --dbname postgres \
	-v db=openprm \
	-v owner_password="${OPENPRM_OWNER_PASSWORD:?}" \
	-v app_password="${OPENPRM_APP_PASSWORD:?}" \
	-f /opt/openprm/create-database.sql
