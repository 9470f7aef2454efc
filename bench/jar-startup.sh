#!/usr/bin/env bash
# The jar's start with and without a JDK 25 AOT cache (README, "Faster starts"): extracts the -embedded jar to
# target/extracted, makes the cache with one training run (-Dspring.context.exit=onRefresh), then starts the
# jar as built and the extracted jar with the cache, alternately, the given number of times each, and prints the
# seconds to the first page and the application's "Started Application in …" line. Uses the demonstration data
# in ./data; port 8080 must be free. Needs JDK 25 (the AOT cache is JEP 483 and 514).
# Usage: bench/jar-startup.sh [runs, default 2]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
ls target/ccio-network-*-embedded.jar > /dev/null 2>&1 || ./mvnw -q -B -DskipTests package
JAR=$(ls target/ccio-network-*-embedded.jar)
rm -rf target/extracted
"$JAVA" -Djarmode=tools -jar "$JAR" extract --destination target/extracted > /dev/null
EXTRACTED="target/extracted/$(basename "$JAR")"
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
"$JAVA" -XX:AOTCacheOutput=target/extracted/ccio.aot -Dspring.context.exit=onRefresh -jar "$EXTRACTED" > "$LOG" 2>&1
one() { # label, java options… -> one line
    local label=$1 start seconds app
    shift
    start=$(date +%s.%N)
    "$JAVA" -Xmx512m "$@" > "$LOG" 2>&1 &
    app=$!
    until curl -sf -o /dev/null http://localhost:8080/; do sleep 0.1; done
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    for wait in $(seq 50); do grep -aq 'Started Application in' "$LOG" && break; sleep 0.2; done
    printf '%s: first page after %.1f s; %s\n' "$label" "$seconds" "$(grep -ao 'Started Application in [0-9.]* seconds' "$LOG")"
    kill $app
    wait $app 2> /dev/null || true
}
for run in $(seq "${1:-2}"); do
    one "the jar as built" -jar "$JAR"
    one "extracted, with the AOT cache" -XX:AOTCache=target/extracted/ccio.aot -jar "$EXTRACTED"
done
