#!/usr/bin/env bash
# Throughput of each page kind with wrk, a load generator light enough to leave the two cores to the app
# (Gatling's own JVM takes a large share of them; bench/load.sh keeps Gatling for the mixed, stateful run).
# Starts the jar with -Xmx512m on the generated data (./data/bench, made by ./mvnw -Pgenerate-data), signs a
# member in for the members-only kinds, and drives each kind at 32 connections over random paths from the
# generator's feeders. Prints a table of requests/s, p50/p95/p99, share of the static file, then for each kind
# the median and p99 of 200 requests one after another on one connection (what one request costs when nothing
# queues), and the app's peak resident memory.
# Usage: bench/pages.sh [seconds per kind, default 15]
#        KINDS="thread article" bench/pages.sh 15    (only these kinds, after the static file for the ceiling)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_PER_KIND="${1:-15}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT=8083
source bench/pages-common.sh

ALL_KINDS="home campaign stats events event news article feed organisations organisation thread category search phrase notifications directory standards playbook"
# Every kind runs 8 s unmeasured first: on two cores shared with the load, the JIT takes minutes to compile
# the code all pages share, and a kind measured early came out at half its later speed (home 544 and 1,275
# requests/s on 3 December, measured first and after a minute and a half of other pages).
for kind in static ${KINDS-$ALL_KINDS}; do run "$kind" 8 > /dev/null; done
echo "| page kind (32 connections, wrk) | requests/s | p50 ms | p95 ms | p99 ms | share of static | non-2xx | errors | 1 connection, 200 requests: p50 ms | p99 ms |"
echo "|---|---|---|---|---|---|---|---|---|---|"
CEILING=""
for kind in static ${KINDS-$ALL_KINDS}; do
    IFS=$'\t' read -r _ rps p50 p95 p99 total bad errors < <(run "$kind" "$SECONDS_PER_KIND")
    read -r one50 one99 < <(sequential "$kind")
    [ -z "$CEILING" ] && CEILING=$rps
    label=$kind
    members_only "$kind" && label="$kind (signed in)"
    printf "| %s | %'d | %s | %s | %s | %d%% | %s | %s | %s | %s |\n" "$label" "$rps" "$p50" "$p95" "$p99" \
        $((100 * rps / CEILING)) "$bad" "$errors" "$one50" "$one99"
done
echo
echo "Peak resident memory of the app (-Xmx512m): $(($(grep VmHWM /proc/$APP/status | awk '{print $2}') / 1024)) MiB (VmHWM)"
