#!/usr/bin/env bash
# heihei live-room fan-out benchmark: one live room with 1,000 viewer channel sockets on one instance (1 GiB heap), the
# anchor sending HH-MSG-01 texts at 10 and 20 msgs/s (10,000-20,000 frames/s delivered); in the same run the same
# viewers and rates on a socket.io room and on a plain Node `ws` broadcast (node/server.js), windows interleaved.
# Usage: bench/heihei-live/run.sh [viewers=1000] [seconds=20] [rounds=3] [rates=10,20]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
VIEWERS=${1:-1000}
SECONDS_MEASURED=${2:-20}
ROUNDS=${3:-3}
RATES=${4:-10,20}
export JVM_ARGS="-Xmx1g"
# nobody heartbeats in the bench: keep the viewers in the room and the live on
export SWITCHBOARD_HEIHEI_LIVE_HEARTBEAT_SECONDS=86400
# the anchor invites every viewer at once: the per-anchor invite limit is not what this measures
export SWITCHBOARD_HEIHEI_LIMITS_LIVE_INVITE_PER_MINUTE=0 SWITCHBOARD_HEIHEI_LIMITS_LIVE_INVITE_PER_RECIPIENT_PER_MINUTE=0
WLP=target/liberty/wlp

(cd bench/heihei-live/node && npm install --no-audit --no-fund --silent)
mvn -B -q package -DskipTests liberty:create liberty:deploy liberty:start -Dclean=true
node bench/heihei-live/node/server.js socketio 3101 > target/bench-socketio.log 2>&1 &
SIO=$!
node bench/heihei-live/node/server.js ws 3102 > target/bench-ws.log 2>&1 &
WSP=$!
trap 'kill $SIO $WSP 2>/dev/null || true; mvn -B -q liberty:stop || true' EXIT
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
LIBERTY=$(cat $WLP/usr/servers/.pid/switchboard.pid)

rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/heihei-live/LiveLoad.java
OUT=target/bench-heihei-live.txt
java -Xmx2g -cp target/bench-classes LiveLoad http://localhost:9080/ "$LIBERTY" 3101 $SIO 3102 $WSP "$VIEWERS" \
  "$SECONDS_MEASURED" "$ROUNDS" "$SWITCHBOARD_OPS_TOKEN" "$RATES" | tee $OUT
awk 'function med(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                   return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
     / rate=/ { split($3, r, "="); rate = r[2]; k = $1 "@" rate; n[k]++;
               for (i = 1; i <= NF; i++) { if ($i == "p50") p50[k, n[k]] = $(i+1); if ($i == "p99") p99[k, n[k]] = $(i+1);
                                           if ($i == "CPU") cpu[k, n[k]] = $(i+1); if ($i == "(" || $i ~ /^\(/) fps[k, n[k]] = substr($i, 2) }
               rates[rate] = 1 }
     END { for (rate in rates) {
             for (name in n) if (name ~ "@" rate "$") {
               m = n[name]; for (i = 1; i <= m; i++) { a50[i] = p50[name, i]; a99[i] = p99[name, i]; ac[i] = cpu[name, i]; af[i] = fps[name, i] }
               M50[name] = med(a50, m); M99[name] = med(a99, m); MC[name] = med(ac, m); MF[name] = med(af, m) }
             h = "heihei@" rate; s = "socket.io@" rate; w = "ws@" rate
             printf "rate %s msgs/s, medians of %d windows: heihei %.0f frames/s p50 %.2f ms p99 %.2f ms %.2f us/frame | socket.io p50 %.2f p99 %.2f %.2f us/frame | ws p50 %.2f p99 %.2f %.2f us/frame | CPU/frame heihei/socket.io %.2fx, heihei/ws %.2fx; p99 heihei/socket.io %.2fx\n",
               rate, n[h], MF[h], M50[h], M99[h], MC[h], M50[s], M99[s], MC[s], M50[w], M99[w], MC[w], MC[h] / MC[s], MC[h] / MC[w], M99[h] / M99[s] } }' \
  $OUT | tee -a $OUT
