#!/usr/bin/env bash
# Prepares a node directory for the fastest start: unpacks target/openprm.jar into DEST (openprm.jar
# with its libraries beside it in lib/) and records a class data sharing (CDS) archive, openprm.jsa,
# from a training start on a throwaway embedded database that stops as soon as the application
# context is up. Starting from DEST with the archive maps the classes a node needs instead of
# loading and verifying them again: about half the CPU of a start.
#
#   scripts/prepare-node.sh [DEST]          # DEST defaults to target/node
#   cd DEST && java -XX:SharedArchiveFile=openprm.jsa -jar openprm.jar --spring.datasource.url=...
#
# The archive belongs to the JDK that made it and to this build: run the script again after an
# upgrade of either (a mismatched archive is ignored with a warning, never used wrongly).
set -euo pipefail
cd "$(dirname "$0")/.."

dest=${1:-target/node}
[[ -f target/openprm.jar ]] || ./mvnw -B -q package -DskipTests
rm -rf "${dest}"
java -Djarmode=tools -jar target/openprm.jar extract --destination "${dest}"
training=$(mktemp -d)
trap 'rm -rf "${training}"' EXIT
(cd "${dest}" && java -XX:ArchiveClassesAtExit=openprm.jsa -Xlog:cds=off -Xlog:cds+dynamic=off \
	-Dspring.context.exit=onRefresh -jar openprm.jar \
	--prm.data-dir="${training}" --server.port=0 >"${training}/training.log" 2>&1) \
	|| { cat "${training}/training.log" >&2; exit 1; }
echo "Node ready to start in ${dest}: cd ${dest} && java -XX:SharedArchiveFile=openprm.jsa -jar openprm.jar"
