#!/usr/bin/env bash
# Rule 6.1 across a crash, on PostgreSQL + Artemis: U users x N OA items pending and unacknowledged, kill -9 the
# server, start it again, and check that every notification is delivered again (none lost).
# Usage: bench/notify/run.sh [users=50] [items_per_user=20] [deadline_seconds=180]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
USERS=${1:-50}
ITEMS=${2:-20}
DEADLINE=${3:-180}
export SWITCHBOARD_OA_TOKEN=bench-oa-token
# Rule 6.1 time-compressed: 5 s doubling to 20 s; a lost attempt is re-queued after 30 s.
export SWITCHBOARD_NOTIFY_REDELIVER_FIRST_SECONDS=5 SWITCHBOARD_NOTIFY_REDELIVER_CAP_SECONDS=20
export SWITCHBOARD_NOTIFY_RECOVERY_GRACE_SECONDS=30
export SWITCHBOARD_PUSH_HOLD_SECONDS=20
export JVM_ARGS="-Xmx1g"
export JMS_PROVIDER=artemis
export DB_URL=jdbc:postgresql://localhost:5432/switchboard_it DB_DRIVER=postgresql
export DB_XA_CLASS=org.postgresql.xa.PGXADataSource DB_USER=switchboard DB_PASSWORD=switchboard
WLP=target/liberty/wlp
OUT=target/bench-notify.txt
STATE=target/bench-notify-state.txt

.ci/postgres.sh
.ci/artemis.sh start
mvn -B -q package -DskipTests liberty:create liberty:deploy
rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/notify/CrashLoad.java
trap '$WLP/bin/server stop switchboard >/dev/null 2>&1 || true; .ci/artemis.sh stop >/dev/null 2>&1 || true' EXIT

ready() { until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done; }
$WLP/bin/server start switchboard > /dev/null
ready
java -cp target/bench-classes CrashLoad setup http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$SWITCHBOARD_OA_TOKEN" \
  "$USERS" "$ITEMS" "$STATE" | tee $OUT

PID=$(cat $WLP/usr/servers/.pid/switchboard.pid)
kill -9 "$PID"
echo "kill -9 $PID at $(date -u +%T)" | tee -a $OUT
while kill -0 "$PID" 2>/dev/null; do sleep 0.2; done
START=$(date +%s)
$WLP/bin/server start switchboard > /dev/null
ready
echo "restarted and ready in $(( $(date +%s) - START )) s" | tee -a $OUT
java -cp target/bench-classes CrashLoad verify http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$STATE" "$DEADLINE" \
  | tee -a $OUT
