#!/usr/bin/env bash
# Fills an empty (or new) OpenPRM database with the benchmark data set and writes the Gatling feeder
# files (default target/bench-data). Options: --url --user --password --partners --users --tokens --seed
# --feeders --feeders-only; see docs/benchmarks.md.
#
#   scripts/generate-data.sh --url jdbc:postgresql://127.0.0.1:5432/openprm_bench --partners 10000 --users 100000
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
# The first run downloads the profile's plugins; later runs find them in ~/.m2.
exec ./mvnw -B -q -Pdatagen compile exec:java -Dexec.args="$*"
