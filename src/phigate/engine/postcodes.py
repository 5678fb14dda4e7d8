"""Postcodes said by their neighbours: a number shaped like a postcode right beside an address or a contact
detail the engine already found.

A five-digit number alone is a ZIP, a lab value, a CPT code or an amount; beside an address ("<street>,
12-345", "<address> (1234 AB)", "à 1234 <town>") or between a member's SSN and phone in a record row
("<ssn> 12345 <phone>", "<email>   12345" closing the line) it is where the person lives.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.scanner import Hit

# postcode shapes of many countries: 12345(-6789), 123 45, 12-345, 1234 AB, 1234, 123456, A65 F4E2, K1A 0B1
_SHAPE = (
    r"(?:[0-9]{5}(?:-[0-9]{4})?|[0-9]{3} [0-9]{2}|[0-9]{2}-[0-9]{3}|[0-9]{4} ?[A-Z]{2}|[0-9]{4,6}"
    r"|[A-Z][0-9]{2} [A-Z0-9]{4}|[A-Z][0-9][A-Z] [0-9][A-Z][0-9])"
)
# after an address: a comma, a full stop, a dash or an opening bracket, then the postcode, then its end
_AFTER_ADDRESS = re.compile(
    rf"(?:,|\.|[ \t]+[–-])?[ \t]*\(?[ \t]?(?P<v>{_SHAPE})(?=\)|[ \t]*(?:[,.;\n\r]|$))"
)
# before an address: "à 1234 <town>", "– 12345 <town>"
_BEFORE_ADDRESS = re.compile(rf"(?<![\w\-.,/])(?P<v>{_SHAPE})[ \t]+$")
# between a place and its region or country: "<town> 24541, <country>", "<town>, 48742 <state>"
_BEFORE_REGION = re.compile(
    rf"(?:,[ \t]*|[ \t]+)\(?(?P<v>{_SHAPE}|[0-9]{{3}})\)?(?:,[ \t]*|[ \t]+)"  # Oman's and Iceland's: 3 digits
    r"(?P<r>[A-Z][\w'\-]+(?:[ \t][A-Z][\w'\-]+)?)(?![\w'\-])"
)
_ZIP5 = re.compile(r"[ \t]+(?P<v>[0-9]{5})(?![\w\-.,/])")
_CALLED = frozenset([T.PHONE, T.EMAIL])
_PLACED = frozenset([T.ADDRESS, T.NAME])  # a town no list holds is often taken for a name
_CONTACT = frozenset([T.EMAIL, T.PHONE, T.SSN, T.ADDRESS, T.ACCOUNT, T.HEALTH_PLAN])


def _region(words: str) -> bool:
    """A state, a country or a first-level division: what a postcode stands before."""
    from phigate.engine.patterns import _is_region

    return _is_region(words) or _is_region(words.split()[0])


def _year(v: str) -> bool:
    return len(v) == 4 and v.isdigit() and 1900 <= int(v) <= 2099  # "<town>, 1931": the year she was born


def beside(hits: Sequence[Hit], text: str) -> list[Hit]:
    """Postcodes right after or right before an address hit, and five-digit numbers between contact
    details of one record row."""
    out: list[Hit] = []
    called = {h.start for h in hits if h.type in _CALLED}
    for h in hits:
        if h.type is T.ADDRESS:
            m = _AFTER_ADDRESS.match(text, h.end)
            if m is not None and not _year(m.group("v")):
                out.append(Hit(m.start("v"), m.end("v"), T.ZIP, "postcode:beside-address"))
            b = _BEFORE_ADDRESS.search(text, max(0, h.start - 12), h.start)
            # "Calle 10 # 4-12 <town>": a Colombian house number after "#", no postcode
            if b is not None and not _year(b.group("v")) and text[max(0, b.start() - 2) : b.start()] != "# ":
                out.append(Hit(b.start("v"), b.end("v"), T.ZIP, "postcode:beside-address"))
        if h.type in _PLACED:
            r = _BEFORE_REGION.match(text, h.end)
            if r is not None and not _year(r.group("v")) and _region(r.group("r")):
                out.append(Hit(r.start("v"), r.end("v"), T.ZIP, "postcode:before-region"))
        if h.type in _CONTACT:  # "<ssn> 12345 <phone>", "<email>   12345" at the end of its line
            z = _ZIP5.match(text, h.end)
            if z is None:
                continue
            k = z.end()
            while k < len(text) and text[k] in " \t":
                k += 1
            if k >= len(text) or text[k] in "\r\n" or k in called:
                out.append(Hit(z.start("v"), z.end("v"), T.ZIP, "postcode:row"))
    return out
