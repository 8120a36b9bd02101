#!/usr/bin/env bash
# heihei random matching and unread counts on two instances sharing PostgreSQL and a standalone Artemis (as in
# production): USERS users (half connected to each instance) asking to be matched at once, ROUNDS times, each round next
# to a reference (HH-GIFT-04 from the same clients); then MESSAGES direct messages to one user through both instances.
# Usage: bench/heihei-match/run.sh [users=1000] [rounds=3] [messages=10000]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
USERS=${1:-1000}
ROUNDS=${2:-3}
MESSAGES=${3:-10000}
export JVM_ARGS="-Xmx768m"
export JMS_PROVIDER=artemis
export DB_URL=jdbc:postgresql://localhost:5432/switchboard_it DB_DRIVER=postgresql
export DB_XA_CLASS=org.postgresql.xa.PGXADataSource DB_USER=switchboard DB_PASSWORD=switchboard
# the bench's users never heartbeat their chats: the chats end when the bench stops them
export SWITCHBOARD_HEIHEI_CHAT_HEARTBEAT_SECONDS=3600
# the unread check sends many messages to one user: the per-sender limits are not what this measures
export SWITCHBOARD_HEIHEI_LIMITS_DM_PER_MINUTE=0 SWITCHBOARD_HEIHEI_LIMITS_DM_PER_RECIPIENT_PER_MINUTE=0
WLP=target/liberty/wlp
OUT=target/bench-heihei-match.txt

.ci/postgres.sh
.ci/artemis.sh start
# both servers as the postgres-artemis profile builds them for the cluster ITs (switchboard, switchboard-b)
mvn -B -q -Ppostgres-artemis -DskipTests pre-integration-test liberty:deploy
trap '$WLP/bin/server stop switchboard-b >/dev/null 2>&1 || true; $WLP/bin/server stop switchboard >/dev/null 2>&1 || true;
      .ci/artemis.sh stop >/dev/null 2>&1 || true' EXIT
$WLP/bin/server start switchboard --clean > /dev/null
HTTP_PORT=9181 HTTPS_PORT=9543 ARTEMIS_RA_DIR=$PWD/$WLP/usr/servers/switchboard/artemis-ra \
  $WLP/bin/server start switchboard-b --clean > /dev/null
until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
until curl -sf http://localhost:9181/health/ready > /dev/null; do sleep 1; done

rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/heihei-match/MatchLoad.java
java -Xmx1g -cp target/bench-classes MatchLoad http://localhost:9080/ http://localhost:9181/ "$SWITCHBOARD_OPS_TOKEN" \
  "$USERS" "$ROUNDS" "$MESSAGES" | tee $OUT
