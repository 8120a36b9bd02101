#!/usr/bin/env bash
# Writes standalone/configuration/switchboard.xml into an unpacked WildFly: standalone-full.xml plus configure.cli,
# the database (DB_DRIVER: h2 by default, or postgresql) and the messaging (JMS_PROVIDER: embedded by default, or
# artemis). Usage: configure.sh <wildfly home> <folder holding h2.jar and postgresql.jar>
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
home="$1"
drivers="$(cd "$2" && pwd)"
db="${DB_DRIVER:-h2}"
jms="${JMS_PROVIDER:-embedded}"
case "$db" in h2|postgresql) ;; *) echo "DB_DRIVER must be h2 or postgresql, not $db" >&2; exit 2 ;; esac
case "$jms" in embedded|artemis) ;; *) echo "JMS_PROVIDER must be embedded or artemis, not $jms" >&2; exit 2 ;; esac

config="$home/standalone/configuration"
cp "$config/standalone-full.xml" "$config/switchboard.xml"
rm -rf "$home/modules/com/switchboard" "$home/modules/org/postgresql"
script="$(mktemp)"
trap 'rm -f "$script"' EXIT
{
  echo "embed-server --server-config=switchboard.xml --std-out=discard"
  cat "$here/configure.cli" "$here/db-$db.cli" "$here/jms-$jms.cli"
  echo "stop-embedded-server"
} | sed "s|\${drivers}|$drivers|g" > "$script"
# The ${env.X:default} expressions are written as they are and resolved by the server at each start.
"$home/bin/jboss-cli.sh" --file="$script"
echo "WildFly at $home configured: switchboard.xml with $db and $jms messaging"
