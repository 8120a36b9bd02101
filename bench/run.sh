#!/usr/bin/env bash
# Builds and starts the server on the embedded default, runs the benchmarks against it, stops it.
# Not part of .ci/run. Usage: bench/run.sh [rounds]
set -euo pipefail
cd "$(dirname "$0")/.."
export SWITCHBOARD_OPS_TOKEN=bench-ops-token
# the driver registers thousands of users from one address: no per-address or overall SMS limit
export SWITCHBOARD_LIMITS_EXEMPT_ADDRESSES=127.0.0.1,0:0:0:0:0:0:0:1 SWITCHBOARD_SMS_PER_MINUTE=0
mvn -B -q package -DskipTests liberty:create liberty:deploy liberty:start -Dclean=true
trap 'mvn -B -q liberty:stop' EXIT
java bench/LongPollWake.java http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "${1:-200}"
