#!/usr/bin/env bash
# How many mailboxes one instance watches, and how fast new mail reaches the app: N users with a mailbox on a
# local GreenMail (standalone, plain IMAP with IDLE), watched by one server on the embedded default; M mails sent by
# SMTP to parked long-polls. Run twice: IDLE on (SWITCHBOARD_MAIL_IDLE=true) and, as the reference, polling only.
# Usage: bench/mail/run.sh [mailboxes=2000] [mails=200] [concurrency=20] [poll_seconds=30]
set -euo pipefail
cd "$(dirname "$0")/../.."
. bench/env.sh
N=${1:-2000}
MAILS=${2:-200}
CONC=${3:-20}
POLL=${4:-30}
export SWITCHBOARD_MAIL_IMAP_HOST=127.0.0.1 SWITCHBOARD_MAIL_IMAP_PORT=3143 SWITCHBOARD_MAIL_IMAP_TLS=false
export SWITCHBOARD_MAIL_POLL_SECONDS=$POLL SWITCHBOARD_PUSH_HOLD_SECONDS=60
export JVM_ARGS="-Xmx1g"
WLP=target/liberty/wlp
OUT=target/bench-mail.txt
: > $OUT

mvn -B -q package -DskipTests liberty:create liberty:deploy
rm -rf target/bench-classes && javac -d target/bench-classes bench/BenchClient.java bench/mail/MailLoad.java
mvn -B -q dependency:copy -Dartifact=com.icegreen:greenmail-standalone:2.1.13 -DoutputDirectory=target/bench-mail
java -Dgreenmail.setup.test.smtp -Dgreenmail.setup.test.imap -Dgreenmail.auth.disabled \
     -Dgreenmail.hostname=127.0.0.1 -Xmx1g -jar target/bench-mail/greenmail-standalone-2.1.13.jar \
     > target/bench-mail/greenmail.log 2>&1 &
GREENMAIL=$!
trap '$WLP/bin/server stop switchboard >/dev/null 2>&1 || true; kill $GREENMAIL 2>/dev/null || true' EXIT
until (exec 3<>/dev/tcp/127.0.0.1/3143) 2>/dev/null; do sleep 0.5; done

for MODE in true false; do
  export SWITCHBOARD_MAIL_IDLE=$MODE
  LABEL=$([ "$MODE" = true ] && echo idle || echo poll)
  $WLP/bin/server start switchboard --clean > /dev/null
  until curl -sf http://localhost:9080/health/ready > /dev/null; do sleep 1; done
  java -cp target/bench-classes MailLoad setup http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" "$N" 3025 \
    target/bench-mail/state-$LABEL.txt | tee -a $OUT
  PID=$(cat $WLP/usr/servers/.pid/switchboard.pid)
  java -cp target/bench-classes MailLoad measure http://localhost:9080/ "$SWITCHBOARD_OPS_TOKEN" \
    target/bench-mail/state-$LABEL.txt 3025 "$MAILS" "$CONC" "$LABEL" | tee -a $OUT
  jcmd "$PID" GC.run > /dev/null
  echo "$LABEL server: $(grep Threads /proc/$PID/status | tr -s '\t' ' '), heap after GC: $(jcmd "$PID" GC.heap_info \
    | grep -o 'used [0-9]*K' | head -1)" | tee -a $OUT
  $WLP/bin/server stop switchboard > /dev/null
done
