#!/usr/bin/env bash
# Where each page kind spends its CPU: starts the jar as bench/pages.sh does (-Xmx512m, the generated data),
# drives one kind at a time with wrk at 32 connections while Java Flight Recorder samples execution every 10 ms
# and records nothing else (the profile settings also record allocations, locks and I/O, which this summary does
# not use), then prints, per kind, the share of execution samples in each layer (bench/jfr-summary.py) and the hottest
# frames. The recordings stay in target/profiles/<kind>.jfr for `jfr view hot-methods` or JDK Mission Control.
# Usage: bench/profile.sh [seconds per kind, default 20]
#        KINDS="thread organisation" bench/profile.sh 20
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_KIND="${1:-20}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
KINDS="${KINDS:-home article thread category organisation search}"
export PORT=8084
export JAVA_OPTS="-XX:FlightRecorderOptions:stackdepth=512" # whole stacks: the default keeps the top 64 frames
cpu() { # processes named $1 -> their CPU time so far, in clock ticks (user and system)
    local total=0 ticks
    for pid in $(pgrep -x "$1"); do
        ticks=$(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null) && total=$((total + ticks))
    done
    echo $total
}
source bench/pages-common.sh
mkdir -p target/profiles
for kind in $KINDS; do run "$kind" 15 > /dev/null; done # the JIT needs about a minute to reach steady speed
for kind in $KINDS; do
    "$JAVA_HOME/bin/jcmd" "$APP" JFR.start name="$kind" settings=none +jdk.ExecutionSample#enabled=true +jdk.ExecutionSample#period=10ms > /dev/null
    java0=$(cpu java) postgres0=$(cpu postgres)
    result=$(run "$kind" "$SECONDS_PER_KIND")
    java1=$(cpu java) postgres1=$(cpu postgres)
    "$JAVA_HOME/bin/jcmd" "$APP" JFR.stop name="$kind" filename="$PWD/target/profiles/$kind.jfr" > /dev/null
    requests=$(echo "$result" | awk '{print $6}')
    echo "## $kind: $(echo "$result" | awk '{print $2}') requests/s; CPU per request: the app" \
        "$(echo "scale=2; ($java1 - $java0) * 1000 / $(getconf CLK_TCK) / $requests" | bc) ms, PostgreSQL" \
        "$(echo "scale=2; ($postgres1 - $postgres0) * 1000 / $(getconf CLK_TCK) / $requests" | bc) ms"
    "$JAVA_HOME/bin/jfr" print --events jdk.ExecutionSample --stack-depth 512 "target/profiles/$kind.jfr" \
        | python3 bench/jfr-summary.py
done
