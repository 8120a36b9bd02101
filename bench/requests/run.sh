#!/usr/bin/env bash
# Server CPU per request of the most-called endpoints next to a trivial JAX-RS endpoint in the same Liberty, on the
# embedded default. Usage: bench/requests/run.sh [clients=8] [seconds=10] [rounds=3]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
CLIENTS=${1:-8}
SECONDS_MEASURED=${2:-10}
ROUNDS=${3:-3}
export SWITCHBOARD_BILLING_GIFT_MINUTES='{"":1000000}'   # the bench caller's p2p starts need credit
export SWITCHBOARD_CALL_P2P_SECONDS=3600                  # invitations stay open: no divert traffic
export JVM_ARGS="-Xmx1g"
WLP=target/liberty/wlp
OUT=target/bench-requests.txt

mvn -B -q package -DskipTests liberty:create liberty:deploy
bench/trivial-war.sh $WLP/usr/servers/switchboard/dropins
rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/requests/RequestsLoad.java
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
mvn -B -q liberty:start -Dclean=true
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
until curl -sf http://localhost:9080/trivial/ping > /dev/null; do sleep 1; done
PID=$(pgrep -f 'ws-server.jar' | head -1)
# BENCH_JFR=file: a JFR recording of the whole load, cut by endpoint with bench/requests/profile.py afterwards
if [ -n "${BENCH_JFR:-}" ]; then
  export BENCH_WINDOWS=${BENCH_JFR%.jfr}.windows
  jcmd "$PID" JFR.start name=requests settings=profile > /dev/null
fi
java -cp target/bench-classes RequestsLoad http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$PID" "$CLIENTS" \
  "$SECONDS_MEASURED" "$ROUNDS" | tee $OUT
if [ -n "${BENCH_JFR:-}" ]; then
  jcmd "$PID" JFR.dump name=requests filename="$BENCH_JFR" > /dev/null
  python3 bench/requests/profile.py "$BENCH_JFR" "$BENCH_WINDOWS" | tee -a $OUT
fi
