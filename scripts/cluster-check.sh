#!/usr/bin/env bash
# The cluster check: two OpenPRM nodes (separate JVMs on loopback ports) start at the same moment on
# one fresh PostgreSQL database and must behave as one system: migrations and demo data once, a
# session from node A valid on node B, each scheduled job once per period, each module event handled
# once. See org.openprm.cluster.ClusterCheckTests; CI runs it in the -Ppostgres suite.
#
#   scripts/cluster-check.sh            # PostgreSQL on 127.0.0.1:5432, user postgres (trust auth)
#
# The test creates (and drops) its own database openprm_cluster_<random> on that server. Another
# server: -Dspring.datasource.url=jdbc:postgresql://host:port/any -Dspring.datasource.username=...
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
exec ./mvnw -B -Ppostgres test -Dtest=ClusterCheckTests -Dsurefire.failIfNoSpecifiedTests=false "$@"
