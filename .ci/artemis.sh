#!/usr/bin/env bash
# Starts / stops a standalone ActiveMQ Artemis broker from its Maven Central distribution, on localhost:61616,
# user artemis / artemis. It lives outside target/ so that mvn clean leaves a running broker alone.
set -euo pipefail
cd "$(dirname "$0")/.."

VERSION=${ARTEMIS_VERSION:-2.56.0}
HOME_DIR=${ARTEMIS_CI_DIR:-/tmp/switchboard-ci/artemis}
DIST="$HOME_DIR/apache-artemis-$VERSION"
BROKER="$HOME_DIR/broker"

start() {
  if [ ! -x "$DIST/bin/artemis" ]; then
    mkdir -p "$HOME_DIR"
    mvn -B -q dependency:copy -Dartifact="org.apache.artemis:apache-artemis:$VERSION:tar.gz:bin" \
      -DoutputDirectory="$HOME_DIR" -Dmdep.stripVersion=false
    tar -xzf "$HOME_DIR/apache-artemis-$VERSION-bin.tar.gz" -C "$HOME_DIR"
  fi
  if [ ! -d "$BROKER" ]; then
    # Only the core acceptor (61616): other protocol ports (AMQP 5672, MQTT 1883, …) may belong to other brokers
    # on the machine, and a broker that cannot bind one of them stops.
    "$DIST/bin/artemis" create --silent --force --user artemis --password artemis --require-login \
      --host localhost --no-amqp-acceptor --no-mqtt-acceptor --no-stomp-acceptor --no-hornetq-acceptor --no-web \
      --no-fsync "$BROKER" >/dev/null
  fi
  if ! (exec 3<>/dev/tcp/127.0.0.1/61616) 2>/dev/null; then
    # setsid: the broker must outlive the shell that started it
    setsid "$BROKER/bin/artemis-service" start </dev/null
  fi
  for _ in $(seq 1 120); do
    if (exec 3<>/dev/tcp/127.0.0.1/61616) 2>/dev/null; then
      echo "Artemis $VERSION listening on 61616"
      return 0
    fi
    sleep 1
  done
  echo "Artemis did not start; log:" >&2
  tail -50 "$BROKER/log/artemis.log" >&2 || true
  return 1
}

stop() {
  if [ -x "$BROKER/bin/artemis-service" ]; then
    "$BROKER/bin/artemis-service" stop || true
  fi
}

case "${1:-}" in
  start) start ;;
  stop) stop ;;
  *) echo "usage: $0 start|stop" >&2; exit 2 ;;
esac
