#!/usr/bin/env bash
# ISV callbacks across a receiver outage, on PostgreSQL + Artemis: steady conference load while the integrator's
# receiver is down for "10 minutes" (time-compressed 60x: the retry schedule 1/5/15/60 min runs as 1/5/15/60 s and the
# outage lasts 10 s), then check that every event the server raised reached the receiver (none lost).
# Usage: bench/webhook/run.sh [conferences_per_second=5] [load_seconds=40] [down_at=10] [down_for=10] [deadline=240]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
RATE=${1:-5}
SECONDS_LOAD=${2:-40}
DOWN_AT=${3:-10}
DOWN_FOR=${4:-10}
DEADLINE=${5:-240}
export SWITCHBOARD_ISV_WEBHOOK_TIME_FACTOR=60
export SWITCHBOARD_ISV_PROMPT_MILLIS=1000
export JVM_ARGS="-Xmx1g ${BENCH_JVM_ARGS:-}"
WLP=target/liberty/wlp
OUT=target/bench-webhook.txt
# PROFILE=embedded runs the same on H2 + Liberty's messaging engine (for comparison).
if [ "${PROFILE:-postgres-artemis}" != embedded ]; then
  export JMS_PROVIDER=artemis
  export DB_URL=jdbc:postgresql://localhost:5432/switchboard_it DB_DRIVER=postgresql
  export DB_XA_CLASS=org.postgresql.xa.PGXADataSource DB_USER=switchboard DB_PASSWORD=switchboard
  .ci/postgres.sh
  .ci/artemis.sh start
fi
mvn -B -q package -DskipTests liberty:create liberty:deploy
rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/webhook/WebhookLoad.java
trap '$WLP/bin/server stop switchboard >/dev/null 2>&1 || true; .ci/artemis.sh stop >/dev/null 2>&1 || true' EXIT

$WLP/bin/server start switchboard --clean > /dev/null
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
java -cp target/bench-classes WebhookLoad http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$RATE" "$SECONDS_LOAD" \
  "$DOWN_AT" "$DOWN_FOR" "$DEADLINE" | tee $OUT
