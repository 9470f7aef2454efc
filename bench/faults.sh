#!/usr/bin/env bash
# The fault run: the production jar (the one without embedded PostgreSQL) on a PostgreSQL server of its own (Debian's, as its own user) and a mail server of its
# own, under a steady mixed load (readers; members replying in threads and registering for events) for a few
# minutes, while the mail server is stopped and started again and PostgreSQL is restarted underneath.
# Prints requests made, failed (by status), the longest wait, the time to recover, the confirmed writes and
# queued emails checked afterwards, and "lost: 0" only when every one is found (exit status 1 otherwise).
# Usage: bench/faults.sh [seconds, default 180]     (installs Debian's postgresql if it is missing; needs root
#        for that and to run PostgreSQL as the postgres user)
set -euo pipefail
cd "$(dirname "$0")/.."
SECONDS_OF_LOAD="${1:-180}"
JAVA_HOME="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}"
export JAVA_HOME
APP_PORT=${FAULTS_APP_PORT:-18083} PG_PORT=55433 SMTP_PORT=2526
if ss -ltn | grep -qE ":($APP_PORT|$PG_PORT|$SMTP_PORT) "; then echo "A port of the run ($APP_PORT, $PG_PORT or $SMTP_PORT) is taken"; exit 1; fi
WORK=/tmp/ccio-faults
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
if [ -z "$PG_BIN" ] || [ ! -x "$PG_BIN/postgres" ]; then
    apt-get install -y -q postgresql > /dev/null
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -n 1)
fi
AS_PG=""
[ "$(id -u)" = 0 ] && AS_PG="runuser -u postgres --"

rm -rf "$WORK"
mkdir -p "$WORK/mail" "$WORK/pg" "$WORK/pglog"
[ -n "$AS_PG" ] && chown postgres "$WORK/pg" "$WORK/pglog"
$AS_PG "$PG_BIN/initdb" -D "$WORK/pg" -A trust -U ccio -E UTF8 > "$WORK/initdb.log"
PG_CTL="$AS_PG $PG_BIN/pg_ctl -D $WORK/pg -o '-p $PG_PORT -k /tmp -c listen_addresses=127.0.0.1' -l $WORK/pglog/pg.log -w"
eval "$PG_CTL start" > /dev/null
"$PG_BIN/createdb" -h 127.0.0.1 -p "$PG_PORT" -U ccio ccio

python3 bench/smtp-sink.py "$SMTP_PORT" "$WORK/mail" 2> "$WORK/smtp.log" &
echo $! > "$WORK/smtp.pid"

JAR=$(ls target/ccio-network-*.jar 2> /dev/null | grep -v -- -embedded | head -n 1)
[ -n "$JAR" ] || { ./mvnw -q -B -DskipTests package; JAR=$(ls target/ccio-network-*.jar | grep -v -- -embedded | head -n 1); }
SPRING_DATASOURCE_URL="jdbc:postgresql://127.0.0.1:$PG_PORT/ccio" SPRING_DATASOURCE_USERNAME=ccio \
    SPRING_MAIL_HOST=127.0.0.1 SPRING_MAIL_PORT="$SMTP_PORT" CCIO_DEMO_CONTENT=true \
    CCIO_BASE_URL="http://localhost:$APP_PORT" \
    CCIO_FORUM_POSTSPERMINUTE=0 CCIO_FORUM_POSTSPERHOUR=0 CCIO_FORUM_NEWMEMBERPOSTSPERHOUR=0 \
    CCIO_FORUM_POSTSHELDUNTILAPPROVED=0 \
    "$JAVA_HOME/bin/java" -Xmx512m -jar "$JAR" --server.port="$APP_PORT" > "$WORK/app.log" 2>&1 &
APP=$!
cleanup() {
    kill "$APP" 2> /dev/null && wait "$APP" 2> /dev/null || true
    kill "$(cat "$WORK/smtp.pid")" 2> /dev/null || true
    eval "$PG_CTL stop -m fast" > /dev/null 2>&1 || true
}
trap cleanup EXIT
until curl -sf -o /dev/null "http://localhost:$APP_PORT/actuator/health"; do
    kill -0 "$APP" 2> /dev/null || { echo "The app did not start; see $WORK/app.log"; exit 1; }
    sleep 1
done
echo "App started (pid $APP) on PostgreSQL $("$PG_BIN/postgres" --version | awk '{print $3}') at port $PG_PORT"

STATUS=0
python3 bench/faults.py "http://localhost:$APP_PORT" "$SECONDS_OF_LOAD" "$WORK/mail" \
    "$PG_BIN/psql -h 127.0.0.1 -p $PG_PORT -U ccio ccio" \
    "kill \$(cat $WORK/smtp.pid)" \
    "python3 bench/smtp-sink.py $SMTP_PORT $WORK/mail 2>> $WORK/smtp.log & echo \$! > $WORK/smtp.pid" \
    "$PG_CTL stop -m fast" \
    "$PG_CTL start" || STATUS=$?
echo "log lines of the app during the run: $(wc -l < "$WORK/app.log") ($(grep -c 'WARN' "$WORK/app.log") warnings, $(grep -c '^\s*at ' "$WORK/app.log") stack trace lines)"
exit $STATUS
