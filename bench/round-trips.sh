#!/usr/bin/env bash
# Round trips to PostgreSQL per page: every statement a page sends, BEGIN and COMMIT included, as PostgreSQL's own
# log has them. Starts the jar as bench/pages.sh does (embedded PostgreSQL on port 54392), turns on PostgreSQL's
# logging of every statement to data/bench/log-round-trips with ALTER SYSTEM and starts the jar again (the
# collector needs a restart); for each kind, one request first (caches filled), then one between two marks
# sent from psql; prints the statements logged between the marks (db-scheduler's polling of its table left
# out), then resets the settings and removes the log. Needs psql.
# Usage: bench/round-trips.sh                 (JAR=… for another build, as bench/pages.sh)
#        KINDS="home thread" bench/round-trips.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT=8087
export CCIO_EMBEDDED_PORT=54392
LOGS=data/bench/log-round-trips
command -v psql > /dev/null || { echo "psql is needed: apt-get install -y postgresql-client"; exit 1; }
sql() { PGPASSWORD=postgres psql -h 127.0.0.1 -p "$CCIO_EMBEDDED_PORT" -U postgres -d postgres -Atq -c "$1" > /dev/null; }
stop_app() { kill $APP 2> /dev/null || true; while kill -0 $APP 2> /dev/null; do sleep 0.2; done; }
source bench/pages-common.sh
sql "alter system set logging_collector = on"
sql "alter system set log_directory = 'log-round-trips'"
sql "alter system set log_statement = 'all'"
stop_app
rm -rf "$WORK" "$LOGS"
source bench/pages-common.sh
trap 'sql "alter system reset log_statement"; sql "alter system reset log_directory"; sql "alter system reset logging_collector"
      stop_app; rm -rf "$WORK"; [ -n "${KEEP_LOG:-}" ] || rm -rf "$LOGS"' EXIT
for kind in ${KINDS:-home campaign standards article event organisation thread category directory notifications}; do
    path=$(paths "$kind" | sed -n 1p) # sed reads to the end, where head would stop paths with SIGPIPE
    cookie=()
    members_only "$kind" && cookie=(--cookie "SESSION=$SIGNED_IN")
    curl -s -o /dev/null "${cookie[@]}" "$BASE$path"
    sql "select 'round-trips-start $kind'"
    curl -s -o /dev/null "${cookie[@]}" "$BASE$path"
    sql "select 'round-trips-end $kind'"
done
sleep 1
awk '
    /round-trips-start / { kind = $0; sub(/.*round-trips-start /, "", kind); sub(/.$/, "", kind); n = 0; list = ""; counting = 1; next }
    /round-trips-end / { if (counting) printf "%-14s %2d  %s\n", kind, n, list; counting = 0; next }
    counting && /LOG:  (statement|execute [^:]*):/ && !/scheduled_tasks/ {
        text = $0; sub(/.*LOG:  (statement|execute [^:]*): ?/, "", text)
        if (text == "") next
        n++; list = list (n > 1 ? " | " : "") substr(text, 1, 30)
    }' "$LOGS"/*.log
