# Shared by bench/pages.sh and bench/profile.sh (sourced, with PORT and JAVA_HOME set): starts the
# -embedded jar with -Xmx512m (and $JAVA_OPTS) on the generated data, signs a member in, and defines paths, run and sequential.
BASE="http://localhost:$PORT"
command -v wrk > /dev/null || { echo "wrk is needed: apt-get install -y wrk"; exit 1; }
[ -d data/bench ] || { echo "No generated data: run ./mvnw -Pgenerate-data first"; exit 1; }
# JAR=path/to/ccio-network-…-embedded.jar measures another build (an earlier commit, for a before-and-after).
if [ -z "${JAR:-}" ]; then
    ls target/ccio-network-*-embedded.jar > /dev/null 2>&1 || ./mvnw -q -B -DskipTests package
    JAR=$(ls target/ccio-network-*-embedded.jar)
fi

CCIO_EMBEDDED_DATA=./data/bench CCIO_DEMO_CONTENT=false DB_POOL_SIZE="${DB_POOL_SIZE:-16}" \
    "$JAVA_HOME/bin/java" -Xmx512m ${JAVA_OPTS:-} -jar "$JAR" --server.port=$PORT \
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
        # Three common words as a phrase found in few posts: PostgreSQL overstates its matches.
        phrase) echo "/community/search?q=%22standards+leadership+interoperability%22" ;;
        notifications) echo /notifications ;;
        directory) echo /directory ;;
        standards) echo /standards ;;
        playbook) tail -n +2 $FEEDERS/playbooks.csv | sed 's#^#/playbooks/#' ;;
    esac
}
members_only() { case "$1" in thread|category|search|phrase|notifications|directory) return 0 ;; *) return 1 ;; esac; }

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

