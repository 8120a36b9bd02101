#!/usr/bin/env bash
# HH-TOPIC-11 upload memory: the embedded server with a 256 MiB heap takes SIZE-MiB voice records (over the limit,
# refused with 756) interleaved with a 1 KiB reference upload; prints the heap's peaks above their start for each.
# Usage: bench/heihei-record/run.sh [sizeMiB=512] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
SIZE=${1:-512}
ROUNDS=${2:-3}
export JVM_ARGS="-Xmx256m"
OUT=target/bench-heihei-record.txt

mvn -B -q package -DskipTests liberty:create liberty:deploy
rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/heihei-record/RecordLoad.java
mvn -B -q liberty:start -Dclean=true
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
PID=$(pgrep -f 'ws-server.jar' | head -1)
java -cp target/bench-classes RecordLoad http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$PID" "$SIZE" "$ROUNDS" \
  | tee $OUT
