"""`phigate audit report`: the evidence auditors ask for, computed from verified audit spans.

build_report() is pure (records + verify result -> dict); render() turns it into JSON, CSV or one
self-contained HTML file (inline CSS and SVG, no script, no external asset). Attribute conventions
are defined in docs/audit.md.
"""

from __future__ import annotations

import csv
import io
import json
from collections import Counter, defaultdict
from datetime import UTC, datetime
from html import escape
from typing import Any

from phigate.audit import encoding as enc
from phigate.audit.otlp import SpanRecord
from phigate.audit.verify import VerifyResult

DENIED = {"deny", "denied", "block", "blocked"}
LIST_CAP = 500  # rows per detail table in HTML/CSV; JSON carries counts for everything


def _iso(ns: int | None) -> str:
    return datetime.fromtimestamp(ns / 1e9, UTC).isoformat(timespec="seconds") if ns else ""


def _list(v: Any) -> list[str]:
    if v is None:
        return []
    return [str(x) for x in v] if isinstance(v, list) else [str(v)]


_MASKED_PREFIX = "phigate.phi.masked."


def _type_counts(a: dict[str, Any]) -> Counter[str]:
    """Per-type counts: phigate.phi.masked.<TYPE> = n (the sidecar's form), else phigate.phi.type_counts
    ["TYPE:n", ...], else 1 per type listed in phigate.phi.types."""
    out: Counter[str] = Counter()
    for k, v in a.items():
        if k.startswith(_MASKED_PREFIX) and isinstance(v, int) and not isinstance(v, bool):
            out[k[len(_MASKED_PREFIX) :]] += v
    if out:
        return out
    detailed = _list(a.get("phigate.phi.type_counts"))
    if detailed:
        for item in detailed:
            t, _, n = item.rpartition(":")
            out[t or item] += int(n) if n.isdigit() else 1
        return out
    for t in _list(a.get("phigate.phi.types")):
        out[t] += 1
    return out


def _unique(records: list[SpanRecord]) -> list[SpanRecord]:
    seen: set[tuple[str, str, int]] = set()
    out = []
    for r in records:
        if r.seq is not None and r.emitter is not None:
            k = (r.emitter, r.chain or "", r.seq)
            if k in seen:
                continue
            seen.add(k)
        out.append(r)
    return out


def build_report(
    records: list[SpanRecord], result: VerifyResult, from_ns: int | None = None, to_ns: int | None = None
) -> dict[str, Any]:
    recs = [
        r
        for r in _unique(records)
        if (from_ns is None or r.start >= from_ns)
        and (to_ns is None or r.start < to_ns)
        and r.name not in (enc.CHECKPOINT_NAME, enc.SPOOL_FULL_NAME)
    ]
    requests = [r for r in recs if "phigate.decision" in r.attrs]
    by_decision: Counter[str] = Counter(str(r.attrs["phigate.decision"]) for r in requests)
    person: dict[str, Counter[str]] = defaultdict(Counter)
    grant: dict[str, dict[str, Any]] = {}
    approver: Counter[str] = Counter()
    dest: dict[str, Counter[str]] = defaultdict(Counter)
    masked: Counter[str] = Counter()
    masked_requests = 0
    denied, gated, self_approved = [], [], []
    disclosures: dict[tuple[str, str], dict[str, Any]] = {}
    for r in recs:
        a = r.attrs
        decision = str(a.get("phigate.decision", ""))
        user = str(a.get("enduser.id", "")) or "(unknown)"
        if decision:
            person[user][decision] += 1
            dest[str(a.get("server.address", "")) or "(none)"][decision] += 1
            g = a.get("phigate.grant")
            if g:
                e = grant.setdefault(str(g), {"requests": 0, "persons": set(), "approver": ""})
                e["requests"] += 1
                e["persons"].add(user)
                appr = a.get("phigate.grant.approved_by") or a.get("phigate.grant.approver")
                if appr:
                    e["approver"] = str(appr)
                    approver[str(appr)] += 1
            tc = _type_counts(a)
            if tc:
                masked.update(tc)
                masked_requests += 1
            row = {
                "time": _iso(r.start),
                "person": user,
                "destination": str(a.get("server.address", "")),
                "request": r.name,
                "decision": decision,
                "reason": str(a.get("phigate.decision.reason", "")),
                "grant": str(a.get("phigate.grant", "")),
                "where": r.where,
            }
            if decision in DENIED:
                denied.append(row)
            if "approval" in row["reason"] or a.get("phigate.approval.required") is True:
                gated.append(row)
        req = a.get("phigate.grant.requested_by") or a.get("phigate.grant.requester")
        appr = a.get("phigate.grant.approved_by") or a.get("phigate.grant.approver")
        if req and appr and str(req) == str(appr) and not decision:
            self_approved.append(
                {
                    "time": _iso(r.start),
                    "grant": str(a.get("phigate.grant", "")),
                    "user": str(req),
                    "span": r.name,
                }
            )
        for item in _list(a.get("phigate.disclosures")):
            parts = item.split("|")
            if len(parts) != 3:
                continue
            pseudo, vendor, types = parts
            d = disclosures.setdefault(
                (pseudo, vendor), {"count": 0, "types": set(), "first": r.start, "last": r.start}
            )
            d["count"] += 1
            d["types"].update(t for t in types.split(",") if t)
            d["first"], d["last"] = min(d["first"], r.start), max(d["last"], r.start)
    starts = [r.start for r in requests]
    lo = from_ns if from_ns is not None else (min(starts) if starts else 0)
    hi = to_ns if to_ns is not None else (max(starts) + 1 if starts else 1)
    return {
        "window": {"from": _iso(from_ns) or _iso(lo), "to": _iso(to_ns) or _iso(hi)},
        "verify": {
            "ok": result.ok,
            "findings": [f"{f.kind}: {f.emitter}: {f.message}" for f in result.findings],
            "errors": result.errors,
            "chains": len(result.chains),
            "signatures_checked": result.keys_checked,
            "spans": result.chained,
        },
        "requests": len(requests),
        "by_decision": dict(by_decision.most_common()),
        "by_person": {p: dict(c) for p, c in sorted(person.items())},
        "by_grant": {
            g: {"requests": e["requests"], "persons": sorted(e["persons"]), "approver": e["approver"]}
            for g, e in sorted(grant.items())
        },
        "by_approver": dict(approver.most_common()),
        "by_destination": {d: dict(c) for d, c in sorted(dest.items())},
        "masked_by_type": dict(masked.most_common()),
        "requests_with_masking": masked_requests,
        "denied": denied,
        "approval_gated": gated,
        "self_approved_grants": self_approved,
        "disclosures": [
            {
                "pseudonym": p,
                "vendor": v,
                "count": d["count"],
                "types": sorted(d["types"]),
                "first": _iso(d["first"]),
                "last": _iso(d["last"]),
            }
            for (p, v), d in sorted(disclosures.items())
        ],
        "timeline": _timeline(requests, lo, hi),
    }


def _timeline(requests: list[SpanRecord], lo: int, hi: int, buckets: int = 48) -> dict[str, Any]:
    width = max(1, (hi - lo + buckets - 1) // buckets)
    series: dict[str, list[int]] = defaultdict(lambda: [0] * buckets)
    for r in requests:
        i = min(buckets - 1, max(0, (r.start - lo) // width))
        series[str(r.attrs["phigate.decision"])][i] += 1
    return {"start": _iso(lo), "bucket_seconds": width / 1e9, "series": dict(series)}


# -- rendering -------------------------------------------------------------------------------


def render(report: dict[str, Any], fmt: str) -> str:
    if fmt == "json":
        return json.dumps(report, indent=2) + "\n"
    if fmt == "csv":
        return _csv(report)
    if fmt == "html":
        return _html(report)
    raise ValueError(f"unknown report format {fmt!r}")


def _csv(rep: dict[str, Any]) -> str:
    buf = io.StringIO()
    w = csv.writer(buf)
    w.writerow(["section", "key", "count", "detail"])
    v = rep["verify"]
    w.writerow(["verify", "ok" if v["ok"] else "FAILED", len(v["findings"]), "; ".join(v["findings"][:50])])
    w.writerow(["window", rep["window"]["from"], "", rep["window"]["to"]])
    for k, n in rep["by_decision"].items():
        w.writerow(["decision", k, n, ""])
    for p, c in rep["by_person"].items():
        w.writerow(["person", p, sum(c.values()), json.dumps(c)])
    for g, e in rep["by_grant"].items():
        w.writerow(["grant", g, e["requests"], f"approver={e['approver']} persons={','.join(e['persons'])}"])
    for a, n in rep["by_approver"].items():
        w.writerow(["approver", a, n, ""])
    for d, c in rep["by_destination"].items():
        w.writerow(["destination", d, sum(c.values()), json.dumps(c)])
    for t, n in rep["masked_by_type"].items():
        w.writerow(["masked", t, n, ""])
    for row in rep["denied"][:LIST_CAP]:
        w.writerow(["denied", row["person"], 1, f"{row['time']} {row['destination']} {row['reason']}"])
    for row in rep["approval_gated"][:LIST_CAP]:
        w.writerow(
            ["approval_gated", row["person"], 1, f"{row['time']} {row['destination']} {row['reason']}"]
        )
    for row in rep["self_approved_grants"]:
        w.writerow(["self_approved", row["grant"], 1, f"{row['time']} {row['user']}"])
    for d in rep["disclosures"]:
        w.writerow(["disclosure", f"{d['pseudonym']}|{d['vendor']}", d["count"], ",".join(d["types"])])
    return buf.getvalue()


_DECISION_COLORS = {"allow": "#2f855a", "audit": "#d69e2e", "deny": "#c53030", "error": "#718096"}
_COLORS = ["#2b6cb0", "#c53030", "#d69e2e", "#2f855a", "#6b46c1", "#718096", "#dd6b20", "#319795"]


def _svg_timeline(tl: dict[str, Any]) -> str:
    series = tl["series"]
    if not series:
        return "<p>No requests in this window.</p>"
    n = len(next(iter(series.values())))
    totals = [sum(s[i] for s in series.values()) for i in range(n)]
    top = max(totals) or 1
    w, h, pad = 720, 220, 30
    bw = (w - pad) / n
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{h + 40}" role="img" '
        f'aria-label="requests by decision over time">'
    ]
    parts.append(f'<line x1="{pad}" y1="{h}" x2="{w}" y2="{h}" stroke="#333"/>')
    parts.append(f'<text x="0" y="12" font-size="11">{top}</text><text x="0" y="{h}" font-size="11">0</text>')
    base = [0] * n
    for ci, (name, values) in enumerate(sorted(series.items())):
        color = _DECISION_COLORS.get(name, _COLORS[ci % len(_COLORS)])
        for i, v in enumerate(values):
            if not v:
                continue
            bh = v / top * (h - 10)
            y = h - base[i] / top * (h - 10) - bh
            parts.append(
                f'<rect x="{pad + i * bw:.1f}" y="{y:.1f}" width="{max(bw - 1, 1):.1f}" height="{bh:.1f}" '
                f'fill="{color}"><title>{escape(name)}: {v}</title></rect>'
            )
            base[i] += v
        parts.append(
            f'<rect x="{pad + ci * 110}" y="{h + 18}" width="10" height="10" fill="{color}"/>'
            f'<text x="{pad + ci * 110 + 14}" y="{h + 27}" font-size="11">{escape(name)}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _svg_bars(counts: dict[str, int]) -> str:
    if not counts:
        return "<p>No masked values in this window.</p>"
    items = list(counts.items())[:30]
    top = max(v for _, v in items) or 1
    row, w, label = 20, 720, 160
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{w}" height="{row * len(items) + 10}" role="img" '
        f'aria-label="masked values by PHI type">'
    ]
    for i, (k, v) in enumerate(items):
        bw = v / top * (w - label - 60)
        y = i * row + 4
        parts.append(
            f'<text x="0" y="{y + 13}" font-size="12">{escape(k)}</text>'
            f'<rect x="{label}" y="{y}" width="{bw:.1f}" height="{row - 6}" fill="#2b6cb0"/>'
            f'<text x="{label + bw + 4:.1f}" y="{y + 13}" font-size="12">{v}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def _table(headers: list[str], rows: list[list[Any]], empty: str = "None.") -> str:
    if not rows:
        return f"<p>{escape(empty)}</p>"
    head = "".join(f"<th>{escape(h)}</th>" for h in headers)
    body = "".join(
        "<tr>" + "".join(f"<td>{escape(str(c))}</td>" for c in r) + "</tr>" for r in rows[:LIST_CAP]
    )
    more = f"<p>{len(rows) - LIST_CAP} more rows in the JSON/CSV report.</p>" if len(rows) > LIST_CAP else ""
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>{more}"


def _html(rep: dict[str, Any]) -> str:
    v = rep["verify"]
    status = "VERIFIED" if v["ok"] else "VERIFICATION FAILED"
    sig = "signatures checked" if v["signatures_checked"] else "signatures NOT checked (no --keys)"
    findings = "".join(f"<li>{escape(f)}</li>" for f in v["findings"][:200] + v["errors"][:50])

    def counts(d: dict[str, dict[str, int]]) -> list[list[Any]]:
        return [
            [k, sum(c.values()), ", ".join(f"{x}={n}" for x, n in sorted(c.items()))] for k, c in d.items()
        ]

    sections = [
        ("Requests by decision over time", _svg_timeline(rep["timeline"])),
        ("Masked values by PHI type", _svg_bars(rep["masked_by_type"])),
        (
            "Access by person (enduser.id)",
            _table(["person", "requests", "decisions"], counts(rep["by_person"])),
        ),
        (
            "Access by grant",
            _table(
                ["grant", "requests", "approver", "persons"],
                [
                    [g, e["requests"], e["approver"], ", ".join(e["persons"])]
                    for g, e in rep["by_grant"].items()
                ],
            ),
        ),
        (
            "Requests under grants, by approver",
            _table(["approver", "requests"], [[a, n] for a, n in rep["by_approver"].items()]),
        ),
        (
            "Access by destination (server.address)",
            _table(["destination", "requests", "decisions"], counts(rep["by_destination"])),
        ),
        (
            "Denied requests",
            _table(
                ["time", "person", "destination", "request", "reason"],
                [
                    [r["time"], r["person"], r["destination"], r["request"], r["reason"]]
                    for r in rep["denied"]
                ],
            ),
        ),
        (
            "Approval-gated requests",
            _table(
                ["time", "person", "destination", "request", "reason"],
                [
                    [r["time"], r["person"], r["destination"], r["request"], r["reason"]]
                    for r in rep["approval_gated"]
                ],
            ),
        ),
        (
            "Grants approved by their own requester (should be none)",
            _table(
                ["time", "grant", "user", "span"],
                [[r["time"], r["grant"], r["user"], r["span"]] for r in rep["self_approved_grants"]],
            ),
        ),
        (
            "Accounting of disclosures to LLM vendors (per patient pseudonym)",
            _table(
                ["pseudonym", "vendor", "disclosures", "PHI types", "first", "last"],
                [
                    [d["pseudonym"], d["vendor"], d["count"], ", ".join(d["types"]), d["first"], d["last"]]
                    for d in rep["disclosures"]
                ],
            ),
        ),
    ]
    body = "".join(f"<section><h2>{escape(t)}</h2>{c}</section>" for t, c in sections)
    decisions = ", ".join(f"{escape(k)}: {n}" for k, n in rep["by_decision"].items()) or "none"
    return f"""<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy"
 content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>phigate audit report {escape(rep["window"]["from"])} to {escape(rep["window"]["to"])}</title>
<style>
body{{font-family:system-ui,sans-serif;margin:2em;color:#1a202c}}
table{{border-collapse:collapse;margin:.5em 0}}
td,th{{border:1px solid #cbd5e0;padding:.25em .6em;text-align:left;font-size:13px}} th{{background:#edf2f7}}
.ok{{background:#c6f6d5;padding:.6em}} .bad{{background:#fed7d7;padding:.6em}} h2{{margin-top:1.6em}}
</style></head><body>
<h1>phigate audit report</h1>
<p>Window: {escape(rep["window"]["from"])} to {escape(rep["window"]["to"])}</p>
<div class="{"ok" if v["ok"] else "bad"}"><strong>{status}</strong>:
{v["spans"]} chained spans in {v["chains"]} chains, {sig},
{len(v["findings"])} findings, {len(v["errors"])} input errors.<ul>{findings}</ul></div>
<p>{rep["requests"]} requests ({decisions}); {rep["requests_with_masking"]} with masked PHI.</p>
{body}
</body></html>
"""
