#!/usr/bin/env bash
# Builds and starts the server on the embedded default, runs the benchmarks against it, stops it.
# Not part of .ci/run. Usage: bench/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
mvn -B -q package -DskipTests liberty:create liberty:deploy liberty:start -Dclean=true
trap 'mvn -B -q liberty:stop' EXIT
java bench/LongPollWake.java http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "${1:-200}"
