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

OUT=target/bench-heihei-channel.txt
: > $OUT
java bench/signaling/SignalingLoad.java rate http://localhost:9080/ "$LIBERTY" "$PAIRS" "$RATE" "$SECONDS_MEASURED" \
  "$SWITCHBOARD_OPS_TOKEN" | tee -a $OUT
java -Xmx1g bench/heihei-channel/ChannelLoad.java http://localhost:9080/ "$LIBERTY" "$SOCKETS" "$RATE" \
  "$SECONDS_MEASURED" "$SWITCHBOARD_HEIHEI_MESSAGE_SECRET" "$SWITCHBOARD_OPS_TOKEN" | tee -a $OUT
awk '/^signaling/ { for (i = 1; i <= NF; i++) if ($i == "p50") s50 = $(i+1); else if ($i == "p99") s99 = $(i+1) }
     /^tosingle/  { for (i = 1; i <= NF; i++) if ($i == "p50") h50 = $(i+1); else if ($i == "p99") h99 = $(i+1) }
     END { printf "tosingle / signaling: p50 %.2fx, p99 %.2fx\n", h50 / s50, h99 / s99 }' $OUT | tee -a $OUT
