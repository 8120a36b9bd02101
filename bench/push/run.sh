#!/usr/bin/env bash
# Push end to end: N long-polling devices, p2p call starts aimed at them at a fixed rate; p50/p99 from the API call to
# the device's poll returning the invitation, on the embedded default and then on a standalone Artemis broker.
# Usage: bench/push/run.sh [devices=1000] [rates="100 500"] [seconds=20]
# Each provider gets a discarded warm-up pass (100/s) first; every pass registers its own devices.
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
DEVICES=${1:-1000}
RATES=${2:-"100 500"}
SECONDS_MEASURED=${3:-20}
export SWITCHBOARD_CALL_P2P_SECONDS=3600   # invitations stay open: no divert traffic during the run
export JVM_ARGS="-Xmx1g"
OUT=target/bench-push.txt

run() {
  label=$1
  export JMS_PROVIDER=$label
  mvn -B -q liberty:start -Dclean=true
  until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
  java bench/push/PushLoad.java http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$DEVICES" 100 10 warm-up \
    > /dev/null
  for rate in $RATES; do
    java bench/push/PushLoad.java http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$DEVICES" "$rate" \
      "$SECONDS_MEASURED" "$label" | tee -a $OUT
  done
  mvn -B -q liberty:stop
}

mvn -B -q package -DskipTests liberty:create liberty:deploy
mkdir -p target && : > $OUT
trap 'mvn -B -q liberty:stop >/dev/null 2>&1 || true; .ci/artemis.sh stop >/dev/null 2>&1 || true' EXIT
run embedded
.ci/artemis.sh start
# The reference for the Artemis runs: the broker's own perf client at the same rates on the same broker (a 256-byte
# non-persistent message through a queue, as the bus carries the WAKE), transfer time = send to receive.
ARTEMIS=${ARTEMIS_CI_DIR:-/tmp/switchboard-ci/artemis}/apache-artemis-${ARTEMIS_VERSION:-2.56.0}/bin/artemis
for rate in $RATES; do
  "$ARTEMIS" perf client --url tcp://localhost:61616 --user artemis --password artemis --rate "$rate" \
    --duration "$SECONDS_MEASURED" --warmup 5 --message-size 256 --max-pending 100 --show-latency queue://bench.perf < /dev/null \
    | awk -v r="$rate" '/aggregated transfer time/ { printf "perf-client target %d msgs/s, transfer p50 %.2f ms  p99 %.2f ms\n",
        r, $10 / 1000, $18 / 1000 }' | tee -a $OUT
done
run artemis
