#!/usr/bin/env bash
# The load benchmark: starts the jar with -Xmx512m on the generated data (./data/bench, made by
# ./mvnw -Pgenerate-data), then runs Gatling for each page kind at 32 connections, and a mixed run of
# readers and signed-in members. Prints a table of requests/s and p50/p95/p99 per kind, each kind's share of
# the static file's throughput, and the app's peak resident memory.
# Usage: bench/load.sh [seconds per kind, default 20]
#        KINDS="thread article" bench/load.sh 15    (only these kinds; KINDS="" runs the mixed run alone)
# The forum's posting limits and first-post holding are off for the run: 16 accounts posting as fast as a
# load generator can are not members, and refusals would only measure the limits.
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_KIND="${1:-20}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
[ -d data/bench ] || { echo "No generated data: run ./mvnw -Pgenerate-data first"; exit 1; }
ls target/ccio-network-*-embedded.jar > /dev/null 2>&1 || ./mvnw -q -B -DskipTests package
./mvnw -q -B -Pload test-compile > /dev/null

CCIO_EMBEDDED_DATA=./data/bench CCIO_DEMO_CONTENT=false DB_POOL_SIZE="${DB_POOL_SIZE:-16}" \
    CCIO_FORUM_POSTSPERMINUTE=0 CCIO_FORUM_POSTSPERHOUR=0 CCIO_FORUM_NEWMEMBERPOSTSPERHOUR=0 \
    CCIO_FORUM_POSTSHELDUNTILAPPROVED=0 \
    "$JAVA_HOME/bin/java" -Xmx512m -jar target/ccio-network-*-embedded.jar --server.port=8082 \
    --logging.level.root=WARN > /tmp/ccio-load-app.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:8082/actuator/health; do sleep 1; done
echo "App started (pid $APP)"

RESULTS=target/load-results
rm -rf "$RESULTS" target/gatling
mkdir -p "$RESULTS"
run() {
    ./mvnw -q -B -Pload gatling:test -Dgatling.failOnError=false -DbaseUrl=http://localhost:8082 \
        -Dkind="$1" -Dseconds="$2" -Dconnections=32 > "$RESULTS/$1.log" 2>&1 || true
    latest=$(ls -td target/gatling/*/ | head -n 1)
    cp "$latest/index.html" "$RESULTS/$1.html"
}
# Warm the JIT and the caches first.
run home 10 > /dev/null
ALL_KINDS="static home campaign stats events event news article feed organisations organisation thread category search notifications directory"
for kind in ${KINDS-$ALL_KINDS}; do
    echo "== $kind"
    run "$kind" "$SECONDS_PER_KIND"
done
echo "== mix"
run mix "$((SECONDS_PER_KIND * 3))"
PEAK=$(grep VmHWM /proc/$APP/status | awk '{print $2}')
python3 bench/load-report.py "$RESULTS" "$PEAK"
