#!/usr/bin/env bash
# Signaling relay benchmark: our room socket vs the PeerJS server vs a plain Node ws relay, in one run, then how many
# idle authenticated signaling sockets one instance holds at 1 GiB heap.
# Usage: bench/signaling/run.sh [pairs=100] [seconds=15] [idle_sockets=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
PAIRS=${1:-100}
SECONDS_MEASURED=${2:-15}
IDLE=${3:-10000}
export JVM_ARGS="-Xmx1g"
WLP=target/liberty/wlp

(cd bench/signaling && npm install --no-audit --no-fund --silent)
mvn -B -q package -DskipTests liberty:create liberty:deploy liberty:start -Dclean=true
node bench/signaling/peerjs-server.js 9000 > target/bench-peerjs.log 2>&1 &
PEERJS=$!
node bench/signaling/ws-relay.js 9002 > target/bench-ws.log 2>&1 &
RELAY=$!
cleanup() { kill $PEERJS $RELAY 2>/dev/null || true; mvn -B -q liberty:stop || true; }
trap cleanup EXIT

until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
until curl -s -o /dev/null http://localhost:9000/ && curl -s -o /dev/null http://localhost:9002/ 2>/dev/null || [ $? = 22 ]; do sleep 0.5; done
LIBERTY=$(cat $WLP/usr/servers/.pid/switchboard.pid)

OUT=target/bench-signaling.txt
: > $OUT
# Each server gets a discarded warm-up pass first (JIT), then the measured pass.
load() {
  java bench/signaling/SignalingLoad.java "$@" > /dev/null
  java bench/signaling/SignalingLoad.java "$@" | tee -a $OUT
}
load switchboard http://localhost:9080/ "$LIBERTY" "$PAIRS" "$SECONDS_MEASURED" "$SWITCHBOARD_OPS_TOKEN"
load peerjs http://localhost:9000/ "$PEERJS" "$PAIRS" "$SECONDS_MEASURED"
load ws http://localhost:9002/ "$RELAY" "$PAIRS" "$SECONDS_MEASURED"
awk '/us\/msg/ { cpu[$1] = $(NF-1) } END {
  printf "CPU per relayed message, switchboard / peerjs: %.2f (goal <= 0.8); switchboard / ws: %.2f\n",
         cpu["switchboard"] / cpu["peerjs"], cpu["switchboard"] / cpu["ws"] }' $OUT | tee -a $OUT
java bench/signaling/SignalingLoad.java idle http://localhost:9080/ "$LIBERTY" "$IDLE" "$SWITCHBOARD_OPS_TOKEN" | tee -a $OUT
