#!/usr/bin/env bash
# Start time on the embedded default: N clean starts of the deployed server (workarea and message store fresh each
# time), each timed from launch to /health/ready, with Liberty's own "application started in" figure beside it.
# Usage: bench/start/run.sh [starts=5]   (after: mvn -B -q package -DskipTests liberty:create liberty:deploy)
set -euo pipefail
cd "$(dirname "$0")/../.."
N=${1:-5}
SERVER=target/liberty/wlp/bin/server
LOG=target/liberty/wlp/usr/servers/switchboard/logs/messages.log
app=(); ready=()
for i in $(seq 1 "$N"); do
  $SERVER stop switchboard > /dev/null 2>&1 || true
  t0=$(date +%s%N)
  $SERVER start switchboard --clean > /dev/null
  until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 0.1; done
  t1=$(date +%s%N)
  a=$(grep -o 'switchboard started in [0-9.]* seconds' "$LOG" | tail -1 | awk '{print $4}')
  r=$(awk -v a="$t0" -v b="$t1" 'BEGIN { printf "%.1f", (b - a) / 1e9 }')
  printf 'start %d: application started in %s s, launch to ready %s s\n' "$i" "$a" "$r"
  app+=("$a"); ready+=("$r")
done
$SERVER stop switchboard > /dev/null 2>&1 || true
median() { printf '%s\n' "$@" | sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
echo "median of $N: application started in $(median "${app[@]}") s, launch to ready $(median "${ready[@]}") s"
