#!/usr/bin/env bash
# The laptop start as a developer sees it: runs `./mvnw -o -q spring-boot:run` (the demonstration data in ./data)
# the given number of times, stopping it each time once the home page answers, and prints for each run the seconds
# from the command to the first page and the application's own "Started Application in …" line. The first run
# after a change of the classes or of pom.xml also writes the class-data archive (target/spring-boot-run.jsa) at
# exit, so the runs after it show a second start. Port 8080 must be free.
# Usage: bench/startup.sh [runs, default 3]
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT
for run in $(seq "${1:-3}"); do
    start=$(date +%s.%N)
    ./mvnw -o -q spring-boot:run > "$LOG" 2>&1 &
    maven=$!
    until curl -sf -o /dev/null http://localhost:8080/; do
        kill -0 $maven 2> /dev/null || { echo "run $run: the app stopped before answering"; tail -20 "$LOG"; exit 1; }
        sleep 0.1
    done
    seconds=$(echo "$(date +%s.%N) - $start" | bc)
    for wait in $(seq 50); do grep -aq 'Started Application in' "$LOG" && break; sleep 0.2; done
    started=$(grep -ao 'Started Application in [0-9.]* seconds' "$LOG" || echo "(no start line)")
    printf 'run %s: first page after %.1f s; %s\n' "$run" "$seconds" "$started"
    pkill -f 'org.ccionetwork.Application' || true # SIGTERM: the JVM writes a missing archive as it exits
    wait $maven 2> /dev/null || true
    while pgrep -f 'org.ccionetwork.Application' > /dev/null; do sleep 0.2; done
done
