#!/usr/bin/env python3
"""Turns the figures deploy/bench/run.sh recorded (results.tsv) into tables: printed, and written to docs/benchmarks.md
with the machine, the commit and where each target of issue 8 stands."""
import argparse
import datetime
import os
import platform
from collections import defaultdict

ap = argparse.ArgumentParser()
ap.add_argument("--results", required=True)
ap.add_argument("--commit", default="unknown")
ap.add_argument("--seed", default="42")
ap.add_argument("--duration", default="10")
ap.add_argument("--doc")
ap.add_argument("--notes")
args = ap.parse_args()

rows = [line.rstrip("\n").split("\t") for line in open(args.results, encoding="utf-8") if line.strip()]
by_kind = defaultdict(list)
for r in rows:
    by_kind[r[0]].append(r[1:])
scales = sorted({r[1] for r in rows}, key=float)


def num(text):
    try:
        return float(text)
    except (TypeError, ValueError):
        return None


def fmt(value, digits=1):
    return "–" if value is None else f"{value:,.{digits}f}"


def median(values):
    values = sorted(v for v in values if v is not None)
    return values[len(values) // 2] if values else None


def table(header, body):
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines += ["| " + " | ".join(str(c) for c in row) + " |" for row in body]
    return "\n".join(lines)


def cpu_model():
    try:
        for line in open("/proc/cpuinfo"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown"


def mem_total():
    try:
        for line in open("/proc/meminfo"):
            if line.startswith("MemTotal"):
                return f"{int(line.split()[1]) / 1024 / 1024:.1f} GiB"
    except OSError:
        pass
    return "unknown"


out = []
now = datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC")
out.append(f"- Date: {now}; commit {args.commit}; seed {args.seed}; {args.duration} s per measurement (wrk), after a warm-up")
out.append(f"- Machine: {os.cpu_count()} cores ({cpu_model()}), {mem_total()} memory, {platform.system()} {platform.release()}")
for scale in scales:
    loads = {r[1]: r[2] for r in by_kind["load"] if r[0] == scale}
    gen = [r for r in by_kind["generate"] if r[0] == scale]
    gen_text = f"; generated {int(gen[0][2]):,} rows in {gen[0][1]} s" if gen and gen[0][2].isdigit() else ""
    out.append(f"- Scale {scale}: load average (1/5/15 min) {loads.get('start', '?')} before, {loads.get('settled', '?')} at the "
               f"restart over the loaded data, {loads.get('end', '?')} after{gen_text}")
out.append("")

# 1. Views -----------------------------------------------------------------------------------------------------------
out.append("## 1. Views and their downstream statistics calls")
out.append("")
out.append("Window 2025-07-01..2026-06-30 (one year of records); the scorecard is province 79. \"national\" calls are what the "
           "national table composes (`groupBy=province`), \"scorecard\" calls what a province scorecard composes (`province=79`).")
out.append("")
views = by_kind["view"]
body = []
for r in views:
    scale, view, name, conns, rps, p50, p99, errors, status = r
    if not status.startswith("ok"):
        body.append([scale, view, name, "–", "–", "–", "–", "–", status])
    else:
        body.append([scale, view, name, conns, fmt(num(rps)), fmt(num(p50), 2), fmt(num(p99), 2), errors, status])
out.append(table(["scale", "view", "call", "clients", "req/s", "p50 ms", "p99 ms", "errors", "status"], body))
out.append("")

ratio_rows = []
ratio_worst = None
for scale in scales:
    for view in ("national", "scorecard"):
        for conns in ("1", "8", "32"):
            gw = [r for r in views if r[0] == scale and r[1] == view and r[2].startswith("gateway:") and r[3] == conns
                  and "meanwhile" not in r[2]]
            down = [r for r in views if r[0] == scale and r[1] == view and not r[2].startswith("gateway:") and r[3] == conns]
            expected = len([r for r in views if r[0] == scale and r[1] == view and not r[2].startswith("gateway:")
                            and (r[3] == conns or not r[8].startswith("ok"))])
            if not gw or not down:
                ratio_rows.append([scale, view, conns, "–", "–", "–", "not available (gateway view or downstream calls missing)"])
                continue
            slowest = max(down, key=lambda r: num(r[5]))
            ratio = num(gw[0][5]) / num(slowest[5]) if num(slowest[5]) else None
            note = f"{len(down)} of {expected} downstream calls available" if len(down) < expected else ""
            ratio_rows.append([scale, view, conns, fmt(num(gw[0][5]), 2), f"{fmt(num(slowest[5]), 2)} ({slowest[2]})", fmt(ratio, 2), note])
            if conns == "8" and ratio is not None:
                ratio_worst = max(ratio_worst or 0, ratio)
out.append("Gateway p50 / slowest downstream p50:")
out.append("")
out.append(table(["scale", "view", "clients", "gateway p50 ms", "slowest downstream p50 ms", "ratio", "note"], ratio_rows))
out.append("")

timings = by_kind["timing"]
if timings:
    out.append("The gateway's own share: each view asked 30 times one after another, its `Server-Timing` header giving how long the "
               "gateway waited for each part and its own time besides the longest wait (`compose`: parsing the parts, rates, "
               "ranks, until the answer is serialised); medians. When the parts are asked in parallel and nothing waits in "
               "series, the view costs about its slowest part plus `compose`, not the sum of its parts.")
    out.append("")
    timing_rows = []
    for scale in scales:
        for view in ("national", "scorecard"):
            samples = [r for r in timings if r[0] == scale and r[1] == view]
            if not samples:
                continue
            parts = defaultdict(list)
            totals = []
            for r in samples:
                totals.append(num(r[2]))
                for entry in (r[3] if len(r) > 3 else "").split(","):
                    if "=" in entry:
                        name, value = entry.split("=", 1)
                        parts[name].append(num(value))
            waits = {name: median(values) for name, values in parts.items() if name != "compose"}
            slowest = max(waits.values()) if waits else None
            timing_rows.append([scale, view, fmt(median(totals), 1),
                                ", ".join(f"{name} {fmt(value, 1)}" for name, value in waits.items()),
                                fmt(sum(v for v in waits.values() if v is not None), 1), fmt(slowest, 1),
                                fmt(median(parts.get("compose", [])), 1),
                                fmt(median(totals) / slowest, 2) if slowest else "–"])
    out.append(table(["scale", "view", "view ms (curl)", "waits ms per part", "sum of waits ms", "slowest wait ms",
                      "compose ms", "view / slowest wait"], timing_rows))
    out.append("")

# 2. Growth ------------------------------------------------------------------------------------------------------------
out.append("## 2. Growth between scales (p50 at 8 clients)")
out.append("")
growth_rows = []
growth_worst = None
if len(scales) < 2:
    out.append(f"Only scale {scales[0] if scales else '?'} ran: no growth ratio (run `deploy/bench/run.sh --scales 0.1,1`).")
# Each scale against the one before it (0.1 → 1, 1 → 10): the target speaks of 10× the data.
for small, large in zip(scales, scales[1:]):
    factor = num(large) / num(small)
    growth_rows = []
    for r in views:
        if r[0] != small or r[3] != "8" or not r[8].startswith("ok"):
            continue
        other = [x for x in views if x[0] == large and x[1] == r[1] and x[2] == r[2] and x[3] == "8" and x[8].startswith("ok")]
        if not other:
            continue
        g = num(other[0][5]) / num(r[5]) if num(r[5]) else None
        growth_rows.append([r[1], r[2], fmt(num(r[5]), 2), fmt(num(other[0][5]), 2), fmt(g, 2)])
        if g is not None:
            growth_worst = max(growth_worst or 0, g)
    out.append(f"Scale {small} → {large} ({factor:g}× the data):")
    out.append("")
    out.append(table(["view", "call", f"p50 ms at {small}", f"p50 ms at {large}", "latency ratio"], growth_rows))
    out.append("")

# 3. Writes -------------------------------------------------------------------------------------------------------------
out.append("## 3. Writes: API against raw inserts")
out.append("")
out.append("API: `POST /api/v1/tips` and `POST /api/v1/activities` on activities-service with a JWT and a fresh Idempotency-Key "
           "per request (wrk, deploy/bench/lua/post.lua); \"created/s\" counts the records the run stored (each request's title or "
           "summary carries the run's id), so a replay would not count. API writes go either all to one province (01, commune 01001) "
           "or in turn to the first commune of each of the 34 provinces. Raw: pgbench with as many connections, inserting the same "
           "rows into the same tables, in two sizes (deploy/bench/pgbench): \"own rows\" is the record alone (the tip and its first "
           "status change; the activity, one statement); \"every row\" is everything the API's transaction writes (also the "
           "idempotency record, claimed then completed, and the audit event). The target is judged against every row, the same "
           "database work the API does; the share of the own rows is given beside it.")
out.append("")
writes = by_kind["write"]
write_rows = []
write_worst = None
write_worst_own = None
for scale in scales:
    for kind in ("tip", "activity"):
        for conns in ("8", "32"):
            raw = [r for r in writes if r[0] == scale and r[1] == "raw" and r[2] == kind and r[3] == conns]
            every = [r for r in writes if r[0] == scale and r[1] == "raw-every-row" and r[2] == kind and r[3] == conns]
            for spread in ("one-province", "all-provinces"):
                api = [r for r in writes if r[0] == scale and r[1] == "api-" + spread and r[2] == kind and r[3] == conns]
                if not api or not raw:
                    continue
                created = num(api[0][9]) if len(api[0]) > 9 else None
                stored = created / float(args.duration) if created is not None else num(api[0][4])
                own, all_rows = num(raw[0][4]), num(every[0][4]) if every else None
                share_own = stored / own if stored is not None and own else None
                share_all = stored / all_rows if stored is not None and all_rows else None
                write_rows.append([scale, kind, spread, conns, fmt(num(api[0][4])), fmt(stored), fmt(num(api[0][5]), 2),
                                   fmt(num(api[0][6]), 2), api[0][7], fmt(own), fmt(all_rows),
                                   "–" if share_all is None else f"{share_all * 100:.1f} %",
                                   "–" if share_own is None else f"{share_own * 100:.1f} %"])
                if share_all is not None:
                    write_worst = min(write_worst if write_worst is not None else 9e9, share_all)
                if share_own is not None:
                    write_worst_own = min(write_worst_own if write_worst_own is not None else 9e9, share_own)
out.append(table(["scale", "kind", "API writes into", "clients", "API req/s", "API created/s", "API p50 ms", "API p99 ms", "API non-2xx",
                  "raw tx/s, own rows", "raw tx/s, every row", "API / raw (every row)", "API / raw (own rows)"], write_rows))
out.append("")

# 4. Delta ------------------------------------------------------------------------------------------------------------
out.append("## 4. Mobile sync: `updatedSince` delta of one commune after 10,000 changes nationally")
out.append("")
out.append("10,000 activities spread over the country are changed (in SQL, as edits leave them: updated_at, version); then a "
           "COMMUNE_OFFICER of the commune with the most of them asks `GET /api/v1/activities/changes?updatedSince=<before the changes>`.")
out.append("")
delta_rows = [[r[0], r[1], r[2], fmt(num(r[3])), fmt(num(r[4]), 2), fmt(num(r[5]), 2), r[6], r[7]] for r in by_kind["delta"]]
out.append(table(["scale", "commune", "clients", "req/s", "p50 ms", "p99 ms", "errors", "note"], delta_rows))
out.append("")

# 5. Start-up and memory ------------------------------------------------------------------------------------------------
out.append("## 5. Start-up to ready and resident memory")
out.append("")
out.append("Time from the launch of the JVM to the first `200` of `/q/health/ready`. \"fresh\": all four services start at once "
           "over empty databases and migrate them (as deploy/run-local.sh starts them, so they share the two cores); \"loaded\": "
           "they restart over the generated data one by one (`ANTQ_START_ONE_BY_ONE=1`), each start-up with the machine to "
           "itself, once the 1-minute load average has fallen below 1 (waiting 3 minutes at most; the load average then is in "
           "the run's lines above). JVM options: deploy/run-local.sh's defaults, with the AppCDS archives the benchmark builds. Quarkus' own "
           "\"started in\" in brackets. RSS from /proc after the load (before the restart).")
out.append("")
start_rows = []
ready_worst = None
rss_worst = None
for scale in scales:
    for name in ("models-service", "activities-service", "staffing-service", "gateway"):
        cells = [scale, name]
        for label in ("fresh", "loaded"):
            s = [r for r in by_kind["startup"] if r[0] == scale and r[1] == label and r[2] == name]
            if s:
                ms = int(s[0][3])
                cells.append(f"{ms / 1000:.2f} s ({s[0][4] or '?'} s)")
                if label == "loaded":
                    ready_worst = max(ready_worst or 0, ms / 1000)
            else:
                cells.append("–")
        m = [r for r in by_kind["memory"] if r[0] == scale and r[1] == name]
        rss = num(m[0][2]) if m else None
        cells.append(fmt(rss, 0) + " MB" if rss is not None else "–")
        if rss is not None:
            rss_worst = max(rss_worst or 0, rss)
        start_rows.append(cells)
out.append(table(["scale", "service", "ready, fresh", "ready, loaded", "RSS after load"], start_rows))
out.append("")

# Targets ---------------------------------------------------------------------------------------------------------------
def verdict(ok):
    return "not measured" if ok is None else ("met" if ok else "missed")


national_p99_s1 = [num(r[6]) for r in views if r[0] == "1" and r[2] == "gateway:national-table" and r[3] == "8" and r[8].startswith("ok")]
targets = [
    ["Views through the gateway within 1.25× of the slowest downstream call (8 clients)",
     verdict(None if ratio_worst is None else ratio_worst <= 1.25), "worst " + fmt(ratio_worst, 2) + "×"],
    ["National table p99 < 100 ms at 8 clients, scale 1",
     verdict(None if not national_p99_s1 else national_p99_s1[0] < 100),
     (fmt(national_p99_s1[0], 1) + " ms") if national_p99_s1 else "scale 1 not run or the view not available"],
    ["10× data costs at most 2× view latency",
     verdict(None if growth_worst is None else growth_worst <= 2),
     ("worst " + fmt(growth_worst, 2) + "× for 10× data (" + " → ".join(scales) + ")")
     if growth_worst is not None else "one scale only"],
    ["Writes ≥ 40 % of the raw insert rate of the same rows (every row the request writes)",
     verdict(None if write_worst is None else write_worst >= 0.4),
     "worst " + ("–" if write_worst is None else f"{write_worst * 100:.0f} %")
     + ("" if write_worst_own is None else f" ({write_worst_own * 100:.0f} % of the record's own rows alone)")],
    ["Each service ready < 3 s (restart over loaded data, one at a time)", verdict(None if ready_worst is None else ready_worst < 3),
     "slowest " + fmt(ready_worst, 2) + " s"],
    ["Each service < 250 MB resident after the load", verdict(None if rss_worst is None else rss_worst < 250),
     "largest " + fmt(rss_worst, 0) + " MB"],
]
summary = table(["target (issue 8)", "status", "figure"], targets)

doc = ["# Benchmarks", "",
       "Produced by `deploy/bench/run.sh` (the generator alone: `deploy/bench/generate.sh`); the command, its parts and how to "
       "re-run it are in the README's \"Benchmarks\" section. Figures are from one run on the machine below: compare runs "
       "only on the same machine and load.", "",
       "## Where the targets stand", "", summary, ""]
if args.notes and os.path.exists(args.notes):
    doc += [open(args.notes, encoding="utf-8").read().rstrip(), ""]
doc += ["## Run", ""] + out

text = "\n".join(doc) + "\n"
print("\n".join(["", "Targets:", summary, ""] + out))
if args.doc:
    with open(args.doc, "w", encoding="utf-8") as f:
        f.write(text)
    print(f"Wrote {args.doc}")
