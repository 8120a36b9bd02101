#!/usr/bin/env bash
# A quick look before and after a change to a benchmarked path: 20-second versions of the push, status and relay
# benches on the embedded default, printed next to the last figures kept in bench/README.md. No pass/fail: read the
# ratios (each against its reference from this same run) and put before/after in the commit message.
# Usage: bench/smoke.sh
set -euo pipefail
cd "$(dirname "$0")/.."
. bench/env.sh
export SWITCHBOARD_BILLING_GIFT_MINUTES='{"":1000000}' SWITCHBOARD_CALL_P2P_SECONDS=3600
export JVM_ARGS="-Xmx1g"
WLP=target/liberty/wlp
OUT=target/bench-smoke.txt

(cd bench/signaling && npm install --no-audit --no-fund --silent)
mvn -B -q package -DskipTests liberty:create liberty:deploy
bench/trivial-war.sh $WLP/usr/servers/switchboard/dropins
rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/requests/RequestsLoad.java
mvn -B -q liberty:start -Dclean=true
node bench/signaling/peerjs-server.js 9000 > target/bench-peerjs.log 2>&1 &
PEERJS=$!
trap 'kill $PEERJS 2>/dev/null || true; mvn -B -q liberty:stop >/dev/null 2>&1 || true' EXIT
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
until curl -sf http://localhost:9080/trivial/ping > /dev/null; do sleep 1; done
until curl -s -o /dev/null http://localhost:9000/; do sleep 0.5; done
PID=$(pgrep -f 'ws-server.jar' | head -1)
export BENCH_SERVER_PID=$PID
: > $OUT

echo "== push: 300 devices, 100 p2p starts/s, 20 s (API reply is the reference)" | tee -a $OUT
java bench/push/PushLoad.java http://localhost:9080/ bench-ops-token 300 100 10 warm-up > /dev/null
java bench/push/PushLoad.java http://localhost:9080/ bench-ops-token 300 100 20 smoke | tee -a $OUT
echo "== status: VOIP-15 and the p2p start vs the trivial endpoint, CPU per request" | tee -a $OUT
java -cp target/bench-classes RequestsLoad http://localhost:9080/ bench-ops-token "$PID" 8 10 1 \
  "VOIP-15,VOIP-13" | tee -a $OUT
echo "== relay: 50 pairs, our room socket vs PeerJS, CPU per frame" | tee -a $OUT
java bench/signaling/SignalingLoad.java switchboard http://localhost:9080/ "$PID" 50 10 bench-ops-token | tee -a $OUT
java bench/signaling/SignalingLoad.java peerjs http://localhost:9000/ "$PEERJS" 50 10 | tee -a $OUT
awk '/us\/msg/ { cpu[$1] = $(NF-1) } END { printf "relay CPU per frame, switchboard / peerjs: %.2f\n",
  cpu["switchboard"] / cpu["peerjs"] }' $OUT | tee -a $OUT
echo
echo "== last figures kept in bench/README.md (section 'Smoke'):"
sed -n '/^## Smoke/,/^## /p' bench/README.md | grep '^    ' || echo "(none yet)"
