#!/usr/bin/env bash
# VOIP-15 status polling with L live calls on PostgreSQL (+ Artemis), next to a trivial JAX-RS endpoint deployed as a
# second WAR in the same Liberty. Usage: bench/calls/run.sh [live_calls=1000] [clients=32] [seconds=20]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
LIVE=${1:-1000}
CLIENTS=${2:-32}
SECONDS_MEASURED=${3:-20}
# one caller holds every live call: its wallet starts with enough gift minutes (VOIP-13 checks credit)
export SWITCHBOARD_BILLING_GIFT_MINUTES='{"":1000000}'
export JVM_ARGS="-Xmx1g"
export JMS_PROVIDER=artemis
export DB_URL=jdbc:postgresql://localhost:5432/switchboard_it DB_DRIVER=postgresql
export DB_XA_CLASS=org.postgresql.xa.PGXADataSource DB_USER=switchboard DB_PASSWORD=switchboard
WLP=target/liberty/wlp
OUT=target/bench-calls.txt

.ci/postgres.sh
.ci/artemis.sh start
mvn -B -q package -DskipTests liberty:create liberty:deploy
rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/calls/CallsLoad.java
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true; .ci/artemis.sh stop >/dev/null 2>&1 || true' EXIT

# The reference WAR: one JAX-RS class in a second WAR of the same server.
bench/trivial-war.sh $WLP/usr/servers/switchboard/dropins

mvn -B -q liberty:start -Dclean=true
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
until curl -sf http://localhost:9080/trivial/ping > /dev/null; do sleep 1; done
java -cp target/bench-classes CallsLoad http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$LIVE" "$CLIENTS" \
  "$SECONDS_MEASURED" | tee $OUT
