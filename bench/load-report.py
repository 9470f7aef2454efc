"""Prints the load benchmark's table from Gatling's stats.json files (one per run)."""
import json
import os
import sys

results, peak_kb = sys.argv[1], int(sys.argv[2])


def stats(name):
    with open(os.path.join(results, name + ".json")) as f:
        return json.load(f)


def row(label, s, ceiling):
    st = s["stats"]
    rps = st["meanNumberOfRequestsPerSecond"]["total"]
    ko = st["numberOfRequests"]["ko"]
    share = f"{100 * rps / ceiling:.0f}%" if ceiling else ""
    return (f"| {label} | {rps:,.0f} | {st['percentiles1']['total']} | {st['percentiles3']['total']} | "
            f"{st['percentiles4']['total']} | {share} | {ko} |")


kinds = [k[:-5] for k in sorted(os.listdir(results)) if k.endswith(".json")]
ceiling = stats("static")["stats"]["meanNumberOfRequestsPerSecond"]["total"] if "static" in kinds else None
print("| page kind (32 connections) | requests/s | p50 ms | p95 ms | p99 ms | share of static | errors |")
print("|---|---|---|---|---|---|---|")
order = ["static", "home", "campaign", "stats", "events", "event", "news", "article", "feed", "organisations",
         "organisation", "thread", "category", "search", "notifications", "directory"]
for kind in order:
    if kind in kinds:
        data = stats(kind)
        # A members-only kind's file also holds the sign-in; report the page itself.
        contents = data.get("contents", {})
        page = next((c for c in contents.values() if c["name"] == kind), data)
        print(row(kind, page, ceiling))
if "mix" in kinds:
    mix = stats("mix")
    print()
    print("Mixed run (16 readers and 16 signed-in members at once):")
    print()
    print("| request | requests/s | p50 ms | p95 ms | p99 ms | | errors |")
    print("|---|---|---|---|---|---|---|")
    print(row("all requests", mix, None))
    for c in sorted(mix.get("contents", {}).values(), key=lambda c: -c["stats"]["numberOfRequests"]["total"]):
        print(row(c["name"], c, None))
print()
print(f"Peak resident memory of the app (VmHWM): {peak_kb / 1024:,.0f} MiB")
