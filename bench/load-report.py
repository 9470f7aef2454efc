"""Prints the load benchmark's table from Gatling's HTML reports (one index.html per run)."""
import os
import re
import sys

results, peak_kb = sys.argv[1], int(sys.argv[2])
ROW = re.compile(r'class="ellipsed-name">([^<]+)</span>.*?'
                 + ''.join(r'<td class="value \w+ col-%d">([^<]*)</td>\s*' % c for c in range(2, 15)), re.S)


def rows(kind):
    with open(os.path.join(results, kind + ".html")) as f:
        html = f.read()
    out = {}
    for m in ROW.finditer(html):
        name = m.group(1)
        total, ok, ko, ko_pct, rps, mn, p50, p75, p95, p99 = m.groups()[1:11]
        out[name] = dict(total=int(total), ko=int(ko), rps=float(rps), p50=p50, p95=p95, p99=p99)
    return out


def line(label, r, ceiling):
    share = f"{100 * r['rps'] / ceiling:.0f}%" if ceiling else ""
    return f"| {label} | {r['rps']:,.0f} | {r['p50']} | {r['p95']} | {r['p99']} | {share} | {r['ko']} |"


kinds = [k[:-5] for k in os.listdir(results) if k.endswith(".html")]
ceiling = rows("static")["static"]["rps"] if "static" in kinds else None
print("| page kind (32 connections) | requests/s | p50 ms | p95 ms | p99 ms | share of static | errors |")
print("|---|---|---|---|---|---|---|")
for kind in ["static", "home", "campaign", "stats", "events", "event", "news", "article", "feed", "organisations",
             "organisation", "thread", "category", "search", "notifications", "directory"]:
    if kind in kinds:
        r = rows(kind)
        if kind in r:
            print(line(kind, r[kind], ceiling))
if "mix" in kinds:
    r = rows("mix")
    print()
    print("Mixed run (16 readers and 16 signed-in members at once):")
    print()
    print("| request | requests/s | p50 ms | p95 ms | p99 ms | | errors |")
    print("|---|---|---|---|---|---|---|")
    for name, stats in sorted(r.items(), key=lambda kv: -kv[1]["total"]):
        print(line("all requests" if name == "All Requests" else name, stats, None))
print()
print(f"Peak resident memory of the app (VmHWM): {peak_kb / 1024:,.0f} MiB")
