"""The fault run's load and its reckoning (started by bench/faults.sh, which starts the servers).

Readers read pages and members reply in threads and register for events, steadily, while this script stops the
mail server and later restarts PostgreSQL underneath the application. Afterwards it checks that every write
the application confirmed is stored and that every email it queued reached the mail server exactly once.

Usage: python3 bench/faults.py BASE_URL SECONDS MAIL_FOLDER PSQL_COMMAND MAIL_STOP MAIL_START PG_STOP PG_START
(the last five are shell commands).
"""
import email
import glob
import html
import http.client
import os
import random
import re
import subprocess
import sys
import threading
import time
import urllib.parse
import uuid

BASE, SECONDS, MAIL_FOLDER, PSQL, MAIL_STOP, MAIL_START, PG_STOP, PG_START = sys.argv[1:9]
SECONDS = int(SECONDS)
HOST = urllib.parse.urlparse(BASE)
READERS, MEMBERS = 6, 6
PASSWORD = "fault run lighthouse 2026"
CSRF = re.compile(r'name="_csrf" value="([^"]+)"')

lock = threading.Lock()
requests = []          # (start, seconds, status, kind); status 0 = no answer
replies_confirmed = []  # the unique words of each reply the application confirmed
registrations_confirmed = []  # (email, event slug)
stop = threading.Event()
reply_answers = {}  # status -> how many replies got it
odd = []  # answers no page should give, to say which
t0 = time.monotonic()
events_log = []


def now():
    return time.monotonic() - t0


class Client:
    def __init__(self):
        self.cookie = None

    def call(self, method, path, form=None, kind="page"):
        body = urllib.parse.urlencode(form) if form is not None else None
        headers = {"Accept": "text/html"}
        if self.cookie:
            headers["Cookie"] = self.cookie
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        start = now()
        status, location, text = 0, None, ""
        try:
            conn = http.client.HTTPConnection(HOST.hostname, HOST.port, timeout=120)
            conn.request(method, path, body=body, headers=headers)
            response = conn.getresponse()
            status = response.status
            text = response.read().decode("utf-8", "replace")
            location = response.getheader("Location")
            for name, value in response.getheaders():
                if name.lower() == "set-cookie" and value.startswith("SESSION="):
                    self.cookie = value.split(";", 1)[0]
            conn.close()
        except (OSError, http.client.HTTPException):
            status = 0
        with lock:
            requests.append((start, now() - start, status, kind))
            if status == 404 or status >= 500 and status != 503:
                odd.append((status, method, path))
        return status, location, text

    def csrf(self, text):
        match = CSRF.search(text)
        return html.unescape(match.group(1)) if match else None


def links(text, pattern):
    return sorted(set(re.findall(pattern, text)))


def mails_to(address):
    found = []
    for path in glob.glob(os.path.join(MAIL_FOLDER, "*.eml")):
        with open(path, "rb") as f:
            message = email.message_from_bytes(f.read())
        if address in (message.get("To") or ""):
            found.append(message)
    return found


def body_of(message):
    if message.is_multipart():
        for part in message.walk():
            if part.get_content_type() == "text/plain":
                return part.get_payload(decode=True).decode("utf-8", "replace")
        return ""
    return message.get_payload(decode=True).decode("utf-8", "replace")


def sign_up_member(number):
    client = Client()
    address = "fault-run-%d-%s@example.org" % (number, uuid.uuid4().hex[:8])
    _, _, form = client.call("GET", "/sign-up", kind="setup")
    status, _, text = client.call("POST", "/sign-up", {
        "_csrf": client.csrf(form), "name": "Fault Runner %d" % number, "email": address, "password": PASSWORD,
        "profession": "DOCTOR", "organisation": "Fault Run Trust"}, kind="setup")
    link = None
    for _ in range(120):
        for message in mails_to(address):
            match = re.search(r"https?://[^\s]+(/verify-email[^\s]*)", body_of(message))
            if match:
                link = match.group(1)
        if link:
            break
        time.sleep(0.5)
    if not link:
        raise SystemExit("No verification email reached the mail server for " + address + " (sign-up said %d)" % status)
    client.call("GET", link, kind="setup")
    _, _, form = client.call("GET", "/sign-in", kind="setup")
    status, location, _ = client.call("POST", "/sign-in", {"_csrf": client.csrf(form), "email": address,
                                                           "password": PASSWORD}, kind="setup")
    if status != 302 or "error" in (location or ""):
        raise SystemExit("Could not sign in " + address)
    return client, address


def reader(threads, events):
    client = Client()
    paths = ["/", "/events", "/news", "/community/latest", "/organisations", "/campaign"]
    while not stop.is_set():
        choice = random.random()
        if choice < 0.4 and threads:
            client.call("GET", "/community/t/%s" % random.choice(threads), kind="read")
        elif choice < 0.55 and events:
            client.call("GET", "/events/%s" % random.choice(events), kind="read")
        else:
            client.call("GET", random.choice(paths), kind="read")


def member(client, address, threads, events):
    todo = list(events)
    random.shuffle(todo)
    while not stop.is_set():
        if todo and random.random() < 0.15:
            slug = todo[0]
            status, _, page = client.call("GET", "/events/" + slug, kind="read")
            token = client.csrf(page) if status == 200 else None
            if not token:
                continue
            status, location, _ = client.call("POST", "/events/%s/register" % slug, {"_csrf": token}, kind="write")
            if status in (302, 303):
                todo.pop(0)
                status, _, after = client.call("GET", "/events/" + slug, kind="read")
                if "Your place is confirmed" in after or "on the waiting list" in after \
                        or "already registered" in after:
                    with lock:
                        registrations_confirmed.append((address, slug))
        else:
            thread = random.choice(threads)
            status, _, page = client.call("GET", "/community/t/%s" % thread, kind="read")
            token = client.csrf(page) if status == 200 else None
            if not token:
                time.sleep(0.2)
                continue
            words = "fault-run-" + uuid.uuid4().hex
            status, location, _ = client.call("POST", "/community/t/%s/replies" % thread.split("/")[0], {
                "_csrf": token, "body": "A reply during the fault run: " + words}, kind="write")
            with lock:
                reply_answers[status] = reply_answers.get(status, 0) + 1
            if status in (302, 303) and location and "/community/t/" in location:
                with lock:
                    replies_confirmed.append(words)
        time.sleep(0.1)


def run(command, what):
    started = now()
    subprocess.run(command, shell=True, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    events_log.append((started, now(), what))
    print("  %5.1f s  %s" % (started, what), flush=True)


def psql(sql):
    return subprocess.run(PSQL + " -At -c \"" + sql + "\"", shell=True, check=True, capture_output=True,
                          text=True).stdout.split("\n")


def main():
    global t0
    print("Signing up %d members through the site (verification emails through the mail server)..." % MEMBERS)
    members = [sign_up_member(n) for n in range(MEMBERS)]
    probe = members[0][0]
    _, _, community = probe.call("GET", "/community/latest", kind="setup")
    threads = links(community, r'href="/community/t/(\d+/[a-z0-9-]+)"')
    _, _, listing = probe.call("GET", "/events", kind="setup")
    events = [s for s in links(listing, r'href="/events/([a-z0-9-]+)"') if s not in ("feed", "calendar", "past")]
    if not threads:
        raise SystemExit("No threads to reply to on /community")
    print("%d threads and %d events to use; %d readers and %d members for %d s" % (
        len(threads), len(events), READERS, MEMBERS, SECONDS))
    requests.clear()
    t0 = time.monotonic()
    workers = [threading.Thread(target=reader, args=(threads, events)) for _ in range(READERS)]
    workers += [threading.Thread(target=member, args=(c, a, threads, events)) for c, a in members]
    for worker in workers:
        worker.start()
    plan = [(0.10, MAIL_STOP, "mail server stopped"), (0.30, MAIL_START, "mail server started"),
            (0.45, PG_STOP, "PostgreSQL stopped"), (0.55, PG_START, "PostgreSQL started")]
    for share, command, what in plan:
        while now() < share * SECONDS:
            time.sleep(0.05)
        run(command, what)
    while now() < SECONDS:
        time.sleep(0.2)
    stop.set()
    for worker in workers:
        worker.join()
    report()


def report():
    db_down = next(e for e in events_log if e[2] == "PostgreSQL stopped")[0]
    db_up = next(e for e in events_log if e[2] == "PostgreSQL started")[1]
    by_status = {}
    for _, _, status, _ in requests:
        by_status[status] = by_status.get(status, 0) + 1
    failed = {s: n for s, n in by_status.items() if s == 0 or s >= 500 or s in (400, 403, 404)}
    longest = max(r[1] for r in requests)
    outage = [r for r in requests if db_down <= r[0] <= db_up]
    longest_outage = max((r[1] for r in outage), default=0)
    recovered = min((r[0] + r[1] for r in requests if r[0] >= db_up and r[2] == 200 and r[3] == "read"), default=None)
    print()
    print("requests made:        %d (%d during the database outage of %.1f s)" % (len(requests), len(outage), db_up - db_down))
    print("answers by status:    " + ", ".join("%s: %d" % ("no answer" if s == 0 else s, n) for s, n in sorted(by_status.items())))
    print("failed:               %d (%s)" % (sum(failed.values()), ", ".join(
        "%s: %d" % ("no answer" if s == 0 else s, n) for s, n in sorted(failed.items())) or "none"))
    for status, method, path in sorted(set(odd))[:10]:
        print("    %d for %s %s" % (status, method, path))
    print("longest wait:         %.2f s (during the database outage: %.2f s)" % (longest, longest_outage))
    print("time to recover:      %s" % ("%.2f s after PostgreSQL was back" % (recovered - db_up) if recovered else "never"))

    # The reckoning: every confirmed write stored, every queued email delivered exactly once.
    print("waiting for the outbox to empty...", flush=True)
    for _ in range(240):
        pending = int(psql("select count(*) from shared.outbox_email where status = 'PENDING'")[0])
        if pending == 0:
            break
        time.sleep(1)
    stored = set(line.split("fault-run-", 1)[1].strip() for line in
                 psql("select body_markdown from forum.post where body_markdown like '%fault-run-%'") if "fault-run-" in line)
    replies_lost = [w for w in replies_confirmed if w.split("fault-run-", 1)[1] not in stored]
    registered = set(tuple(line.split("|")) for line in psql(
        "select m.email, e.slug from events.registration r join accounts.member m on m.id = r.member_id "
        "join events.event e on e.id = r.event_id where m.email like 'fault-run-%' and r.status <> 'CANCELLED'") if line)
    registrations_lost = [r for r in registrations_confirmed if r not in registered]
    outbox = {}
    for line in psql("select id, status from shared.outbox_email where created_at > now() - interval '1 day'"):
        if line:
            ident, status = line.split("|")
            outbox[ident] = status
    received = {}
    for path in glob.glob(os.path.join(MAIL_FOLDER, "*.eml")):
        with open(path, "rb") as f:
            message = email.message_from_bytes(f.read())
        match = re.match(r"<outbox\.(\d+)@", message.get("Message-ID") or "")
        if match:
            received[match.group(1)] = received.get(match.group(1), 0) + 1
    not_delivered = [i for i in outbox if i not in received]
    twice = [i for i, n in received.items() if n > 1]
    print("replies sent:         %d (%s)" % (sum(reply_answers.values()), ", ".join(
        "%s: %d" % ("no answer" if s == 0 else s, n) for s, n in sorted(reply_answers.items()))))
    print("confirmed writes:     %d replies, %d registrations; stored: %d replies, %d registrations" % (
        len(replies_confirmed), len(registrations_confirmed), len(replies_confirmed) - len(replies_lost),
        len(registrations_confirmed) - len(registrations_lost)))
    print("emails:               %d queued, %d delivered, %d not delivered, %d delivered twice" % (
        len(outbox), len([i for i in outbox if i in received]), len(not_delivered), len(twice)))
    lost = len(replies_lost) + len(registrations_lost) + len(not_delivered)
    print("lost: %d" % lost)
    sys.exit(0 if lost == 0 and not twice else 1)


if __name__ == "__main__":
    main()
