#!/usr/bin/env bash
# heihei channel benchmark: 10,000 authenticated channel sockets on one instance at 1 GiB heap, then HH-MSG-05
# tosingle at a fixed rate to random connected users, beside the same rate of frames through the signaling room
# socket on the same server (the reference), each after its own warm-up.
# Usage: bench/heihei-channel/run.sh [sockets=10000] [rate=1000] [seconds=20] [signaling_pairs=50]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
SOCKETS=${1:-10000}
RATE=${2:-1000}
SECONDS_MEASURED=${3:-20}
PAIRS=${4:-50}
export JVM_ARGS="-Xmx1g"
export SWITCHBOARD_HEIHEI_MESSAGE_SECRET=bench-heihei-message-secret
WLP=target/liberty/wlp

mvn -B -q package -DskipTests liberty:create liberty:deploy liberty:start -Dclean=true
trap 'mvn -B -q liberty:stop || true' EXIT
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
LIBERTY=$(cat $WLP/usr/servers/.pid/switchboard.pid)

rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/heihei-channel/ChannelLoad.java
OUT=target/bench-heihei-channel.txt
: > $OUT
signaling() {
  java bench/signaling/SignalingLoad.java rate http://localhost:9080/ "$LIBERTY" "$PAIRS" "$RATE" "$SECONDS_MEASURED" \
    "$SWITCHBOARD_OPS_TOKEN" | tee -a $OUT
}
# The reference before and after the channel's five windows (its 10,000 sockets take minutes to set up once).
signaling
java -Xmx1g -cp target/bench-classes ChannelLoad http://localhost:9080/ "$LIBERTY" "$SOCKETS" "$RATE" \
  "$SECONDS_MEASURED" "$SWITCHBOARD_HEIHEI_MESSAGE_SECRET" "$SWITCHBOARD_OPS_TOKEN" 5 | tee -a $OUT
signaling
awk 'function med(a, n,   i, j, t) { for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
                                   return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2 }
     { for (i = 1; i <= NF; i++) { if ($i == "p50") p50 = $(i+1); if ($i == "p99") p99 = $(i+1) } }
     /^signaling/ { s50[++s] = p50; s99[s] = p99 }
     /^tosingle/  { h50[++h] = p50; h99[h] = p99 }
     END { printf "median of %d tosingle / %d signaling windows: p50 %.2f / %.2f ms = %.2fx, p99 %.2f / %.2f ms = %.2fx\n",
                  h, s, med(h50, h), med(s50, s), med(h50, h) / med(s50, s), med(h99, h), med(s99, s), med(h99, h) / med(s99, s) }' \
  $OUT | tee -a $OUT
