#!/usr/bin/env bash
# Builds the reference WAR (one JAX-RS GET returning a constant JSON, bench/calls/Trivial.java) against the Jakarta
# REST API the build already downloaded and drops it into the given dropins folder. Usage: bench/trivial-war.sh DIR
set -euo pipefail
cd "$(dirname "$0")/.."
API=$(find ~/.m2/repository/jakarta/ws/rs/jakarta.ws.rs-api -name 'jakarta.ws.rs-api-*.jar' | sort -V | tail -n 1)
rm -rf target/bench-trivial && mkdir -p target/bench-trivial/WEB-INF/classes
javac -d target/bench-trivial/WEB-INF/classes -cp "$API" bench/calls/Trivial.java
(cd target/bench-trivial && jar cf ../trivial.war WEB-INF)
cp target/trivial.war "$1"/
