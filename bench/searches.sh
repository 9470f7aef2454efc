#!/usr/bin/env bash
# One search at a time, on the generated data: for each query, four requests of the forum's search and of site
# search with curl on a signed-in member's session (seconds each; the first is often slow, its plan and pages
# cold), then the forum search statement under EXPLAIN ANALYZE in psql both ways, walking the posts newest
# first (p.id) and through the document index (p.id + 0), as bench/forum-search-plan.sql has it.
# Usage: bench/searches.sh            (JAR=… for another build, as bench/pages.sh)
#        QUERIES='nursing "clinical safety"' bench/searches.sh
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
PORT=8085
export CCIO_EMBEDDED_PORT="${CCIO_EMBEDDED_PORT:-54391}"
command -v psql > /dev/null || { echo "psql is needed: apt-get install -y postgresql-client"; exit 1; }
source bench/pages-common.sh

QUERIES="${QUERIES:-interoperability standards|\"standards leadership interoperability\"|nursing -nurses|\"standards leadership\"}"
IFS='|' read -r -a queries <<< "$QUERIES"
for q in "${queries[@]}"; do
    encoded=$(printf '%s' "$q" | jq -sRr @uri 2>/dev/null || python3 -c 'import sys, urllib.parse; print(urllib.parse.quote(sys.argv[1]))' "$q")
    for path in /community/search /search; do
        times=$(for i in 1 2 3 4; do
            curl -s -o /dev/null --cookie "SESSION=$SIGNED_IN" -w '%{time_total} ' "$BASE$path?q=$encoded"
        done)
        echo "$path  $q: $times"
    done
    for newest in "p.id" "p.id + 0"; do
        ms=$(PGPASSWORD=postgres psql -h 127.0.0.1 -p "$CCIO_EMBEDDED_PORT" -U postgres -d postgres -At \
            -v term="$q" -v newest="$newest" -f bench/forum-search-plan.sql | sed -n 's/^Execution Time: //p')
        echo "statement, order by $newest  $q: $ms"
    done
done
