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
BASE="http://localhost:$PORT"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
[ -d data/bench ] || { echo "No generated data: run ./mvnw -Pgenerate-data first"; exit 1; }
ls target/ccio-network-*-embedded.jar > /dev/null 2>&1 || ./mvnw -q -B -DskipTests package

CCIO_EMBEDDED_DATA=./data/bench CCIO_DEMO_CONTENT=false DB_POOL_SIZE="${DB_POOL_SIZE:-16}" \
    "$JAVA_HOME/bin/java" -Xmx512m -jar target/ccio-network-*-embedded.jar --server.port=$PORT \
    --logging.level.root=WARN > /tmp/ccio-pages-app.log 2>&1 &
APP=$!
WORK=$(mktemp -d)
trap 'kill $APP 2>/dev/null || true; rm -rf "$WORK"' EXIT
until curl -sf -o /dev/null "$BASE/actuator/health"; do sleep 1; done

# A signed-in member for the members-only kinds.
FEEDERS=data/bench-feeders
EMAIL=$(sed -n 2p $FEEDERS/members.csv)
CSRF=$(curl -s -c "$WORK/jar" -b "$WORK/jar" "$BASE/sign-in" | grep -o 'name="_csrf" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
curl -s -c "$WORK/jar" -b "$WORK/jar" -o /dev/null --data-urlencode "email=$EMAIL" \
    --data-urlencode "password=load-test-password-2026" --data-urlencode "_csrf=$CSRF" "$BASE/sign-in"
SIGNED_IN=$(awk '$6 == "SESSION" {print $7}' "$WORK/jar")
[ -n "$SIGNED_IN" ] || { echo "Could not sign in as $EMAIL"; exit 1; }

paths() { # kind -> one path per line
    case "$1" in
        static) echo /assets/css/site.css ;;
        home) echo / ;;
        campaign) echo /campaign ;;
        stats) echo /api/v1/campaign/stats ;;
        events) echo /events ;;
        event) tail -n +2 $FEEDERS/events.csv | sed 's#^#/events/#' ;;
        news) echo /news ;;
        article) tail -n +2 $FEEDERS/articles.csv | sed 's#^#/news/#' ;;
        feed) echo /news/feed.atom ;;
        organisations) echo /organisations ;;
        organisation) tail -n +2 $FEEDERS/organisations.csv | sed 's#^#/organisations/#' ;;
        thread) tail -n +2 $FEEDERS/threads.csv | awk -F, '{print "/community/t/" $1 "/" $2}' ;;
        category) tail -n +2 $FEEDERS/categories.csv | sed 's#^#/community/c/#' ;;
        search) echo "/community/search?q=interoperability+standards" ;;
        notifications) echo /notifications ;;
        directory) echo /directory ;;
        standards) echo /standards ;;
        playbook) tail -n +2 $FEEDERS/playbooks.csv | sed 's#^#/playbooks/#' ;;
    esac
}
members_only() { case "$1" in thread|category|search|notifications|directory) return 0 ;; *) return 1 ;; esac; }

run() { # kind seconds -> RESULT line
    paths "$1" > "$WORK/paths"
    local session=""
    members_only "$1" && session="$SIGNED_IN"
    PATHS="$WORK/paths" SESSION="$session" wrk -t2 -c32 -d"$2"s -s bench/pages.lua "$BASE" | grep '^RESULT'
}

sequential() { # kind -> "p50 p99" (ms) of 200 requests one after another on one connection (curl reuses it)
    paths "$1" | shuf -n 200 -r --random-source=<(yes) > "$WORK/one"
    local cookie=()
    members_only "$1" && cookie=(--cookie "SESSION=$SIGNED_IN")
    sed "s#.*#url = \"$BASE&\"\noutput = \"/dev/null\"#" "$WORK/one" > "$WORK/one.curl"
    curl -s "${cookie[@]}" -w '%{time_total}\n' --config "$WORK/one.curl" | sort -n \
        | awk '{t[NR] = $1 * 1000} END {printf "%.1f %.1f\n", t[int(NR * 0.5 + 0.5)], t[int(NR * 0.99 + 0.5)]}'
}

# Warm the JIT and the caches first.
for kind in static home article thread; do run $kind 5 > /dev/null; done
echo "| page kind (32 connections, wrk) | requests/s | p50 ms | p95 ms | p99 ms | share of static | non-2xx | errors | 1 connection, 200 requests: p50 ms | p99 ms |"
echo "|---|---|---|---|---|---|---|---|---|---|"
CEILING=""
ALL_KINDS="home campaign stats events event news article feed organisations organisation thread category search notifications directory standards playbook"
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
