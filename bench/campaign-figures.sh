#!/usr/bin/env bash
# Times /campaign and /api/v1/campaign/stats with every NHS provider and 10,000 CCIO appointments loaded.
# Needs: the jar (./mvnw -DskipTests package), psql and wrk (apt-get install postgresql-client wrk).
# Usage: bench/campaign-figures.sh   (the app runs on port 8081 with its own embedded database under ./data/bench-campaign)
set -euo pipefail
cd "$(dirname "$0")/.."
JAVA="${JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}/bin/java"
PGPORT=15433
export CCIO_EMBEDDED_DATA=./data/bench-campaign CCIO_EMBEDDED_PORT=$PGPORT CCIO_DEMO_CONTENT=false
rm -rf ./data/bench-campaign
"$JAVA" -Xmx512m -jar target/ccio-network-*-embedded.jar --server.port=8081 > /tmp/bench-campaign.log 2>&1 &
APP=$!
trap 'kill $APP 2>/dev/null || true' EXIT
until curl -sf -o /dev/null http://localhost:8081/actuator/health; do sleep 0.5; done

# 10,000 appointments over 2012-2026 at random providers: 85% verified, a quarter of those ended since.
PGPASSWORD=postgres psql -q -h localhost -p $PGPORT -U postgres -d postgres <<'SQL'
select setseed(0.42);
insert into organisations.appointment (organisation_id, member_id, job_title, started_on, ended_on, evidence, status)
select o.id, 100000 + g, 'Chief Clinical Information Officer', s.started,
       case when random() < 0.25 then s.started + (30 + floor(random() * 1500))::int end,
       'generated', case when random() < 0.85 then 'VERIFIED' when random() < 0.5 then 'PENDING' else 'REJECTED' end
from generate_series(1, 10000) g
cross join lateral (select date '2012-01-01' + floor(random() * 5400)::int as started) s
cross join lateral (select id from organisations.organisation where kind = 'NHS_PROVIDER' order by random() + g * 0 limit 1) o;
update organisations.appointment set ended_on = null where ended_on > current_date;
analyze;
select count(*) as appointments from organisations.appointment;
SQL

for url in /campaign /api/v1/campaign/stats; do
    echo "== $url, 1 connection, 10 s"
    wrk -t1 -c1 -d10s --latency "http://localhost:8081$url" | grep -E "Latency|50%|90%|99%|Requests/sec"
done
ETAG=$(curl -s -D - -o /dev/null http://localhost:8081/api/v1/campaign/stats | sed -n 's/^ETag: //Ip' | tr -d '\r')
echo "== /api/v1/campaign/stats revalidated with If-None-Match (304), 1 connection, 10 s"
wrk -t1 -c1 -d10s --latency -H "If-None-Match: $ETAG" http://localhost:8081/api/v1/campaign/stats | grep -E "Latency|50%|90%|99%|Requests/sec"

echo "== /campaign with the figures recomputed every time (a write before each request), 30 requests"
for i in $(seq 1 30); do
    PGPASSWORD=postgres psql -q -h localhost -p $PGPORT -U postgres -d postgres -c "update organisations.change_counter set version = version + 1" > /dev/null
    curl -s -o /dev/null -w "%{time_total}\n" http://localhost:8081/campaign
done | sort -n | awk '{ a[NR] = $1 } END { printf "    p50 %.1f ms, p90 %.1f ms, max %.1f ms\n", a[int(NR*0.5)]*1000, a[int(NR*0.9)]*1000, a[NR]*1000 }'
