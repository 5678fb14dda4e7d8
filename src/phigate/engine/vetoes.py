"""Shapes that are never PHI although pieces of them look like it: a hit inside one is dropped.

An HL7 OID (`2.16.840.1.113883.10.20.22.1.1`) has a 6-digit arc that reads as an ID, an X12 version
(`005010X222A1`) a long code, a Slack or Unix timestamp with its fraction (`1739243647.001900`) ten
digits like a phone number, a measured duration (`1841.227 ms`) a record number, and an HTTP status
line (`429 Too Many Requests`) capitalised words like a name, a drug or analyte before its dose or value
(`Prestarium Neo 5 mg`, `Na 131 mmol/L`) an unknown capitalised word. Each shape is specific enough that no
identifier fits inside it, so dropping the hits it covers loses nothing. One regex pass over the
ASCII scan copy.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from phigate.engine.scanner import Hit

_HTTP_REASONS = (
    "Continue|Switching Protocols|Early Hints|OK|Created|Accepted|Non-Authoritative Information|No Content"
    "|Reset Content|Partial Content|Multiple Choices|Moved Permanently|Found|See Other|Not Modified"
    "|Temporary Redirect|Permanent Redirect|Bad Request|Unauthorized|Payment Required|Forbidden|Not Found"
    "|Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Timeout|Conflict|Gone"
    "|Length Required|Precondition Failed|Payload Too Large|Content Too Large|URI Too Long"
    "|Unsupported Media Type|Range Not Satisfiable|Expectation Failed|Misdirected Request"
    "|Unprocessable Entity|Unprocessable Content|Locked|Failed Dependency|Too Early|Upgrade Required"
    "|Precondition Required|Too Many Requests|Request Header Fields Too Large"
    "|Unavailable For Legal Reasons|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable"
    "|Gateway Timeout|HTTP Version Not Supported|Insufficient Storage|Network Authentication Required"
)

_VETO = re.compile(
    r"(?<![\w.])[012](?:\.(?:0|[1-9][0-9]{0,8})){4,}(?![\w.])"  # an OID of five or more arcs
    r"|\b00[1-9]0[0-9]0X[0-9]{3}(?:A[0-9])?\b"  # an X12 implementation guide version: 005010X222A1
    r"|(?<![\w.])1[4-9][0-9]{8}\.[0-9]{3,9}(?![\w.])"  # Unix / Slack timestamp with fraction (2014-2033)
    r"|(?<![\w.])[0-9]{1,9}\.[0-9]{1,6} ?(?:ms|msec|us|ns|sec|secs|seconds)\b"  # a measured duration
    rf"|\b[1-5][0-9]{{2}} (?:{_HTTP_REASONS})\b"  # an HTTP status line's code and reason
    # a drug or analyte with its dose or value: "Prestarium Neo 5 mg", "Na 131 mmol/L", "TLD 300/300/50 mg"
    r"|(?<!Dr )(?<!Dr\. )(?<!Mr )(?<!Mr\. )(?<!Mrs )(?<!Ms )(?<!Mx )"  # "Dr Smith 5 mg daily": a person
    r"\b(?!(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|Sra|Herr|Frau)\.? )[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20})?"
    r" [0-9]{1,5}(?:[.,][0-9]{1,3})?"
    r"(?:/[0-9]{1,5}(?:[.,][0-9]{1,3})?){0,3}"
    r" ?(?:mg|mcg|ug|g|mL|ml|L|IU|units?|mmol/L|mmol|umol/L|mg/dL|g/dL|mEq/L|mIU/L|ng/mL|pg/mL|U/L|%|puffs?"
    r"|tabs?|tablets?|caps?|drops?)(?![A-Za-z0-9])"
    # a toll-free vanity number (1-800-WALGREENS) is a business's; its digits stay masked (fail closed)
    r"|\b1-8(?:00|33|44|55|66|77|88)-[A-Z]{4,10}\b"
)


_REACH = 120  # no vetoed shape is longer: only the text this close to a hit is searched


def veto_spans(scan_text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _VETO.finditer(scan_text)]


def drop_vetoed(scan_text: str, hits: Sequence[Hit]) -> list[Hit]:
    """The hits not lying wholly inside a vetoed shape. Only the neighbourhoods of hits are searched
    (one pass over the whole text cost ~8 % of detection; hits are few)."""
    if not hits:
        return []
    windows: list[list[int]] = []
    for h in sorted(hits, key=lambda h: h.start):
        a, b = max(0, h.start - _REACH), h.end + _REACH
        if windows and a <= windows[-1][1]:
            windows[-1][1] = max(windows[-1][1], b)
        else:
            windows.append([a, b])
    spans = [m.span() for a, b in windows for m in _VETO.finditer(scan_text, a, b)]
    if not spans:
        return list(hits)
    return [h for h in hits if not any(s <= h.start and h.end <= e for s, e in spans)]
