"""What replaces a detected value: placeholder, Safe Harbor partial, keyed pseudonym, vault token."""

from __future__ import annotations

import hashlib
import hmac
import re
from datetime import date

from phigate.api.identifiers import Action, IdentifierType
from phigate.engine.vault import TokenVault

T = IdentifierType

# Census 2000 ZIP3 areas of 20,000 people or fewer (HHS de-identification guidance).
RESTRICTED_ZIP3 = frozenset(
    ["036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831", "878", "879", "884", "890", "893"]  # noqa: E501
)
NUMBER_TYPES = frozenset(
    {T.SSN, T.PHONE, T.FAX, T.MRN, T.HEALTH_PLAN, T.ACCOUNT, T.LICENSE, T.VEHICLE, T.DEVICE, T.ID}
)
_YEAR4 = re.compile(r"(?<![0-9])(1[89][0-9]{2}|2[01][0-9]{2})(?![0-9])")
_YEAR2 = re.compile(r"[/.\-'’ ]([0-9]{2})$")
_DIGIT_GROUPS = re.compile(r"[0-9]+")


def placeholder(t: IdentifierType) -> str:
    return f"[{t}]"


_US_ZIP = re.compile(r"[0-9]{5}(?:-?[0-9]{4})?")


def partial(t: IdentifierType, value: str, restricted_zip3: frozenset[str]) -> str:
    """Keep only what Safe Harbor (or the policy's partial rule) allows; else the placeholder."""
    if t is T.DATE:
        m = _YEAR4.search(value)
        if m:
            return m.group(1)
        m2 = _YEAR2.search(value.strip())
        # a two-digit year only where one is written: "19.8.93", "Mar '92"; "30/10" and "Jan 12" have none
        if m2 and (len(_DIGIT_GROUPS.findall(value)) >= 3 or value.strip()[m2.start()] in "'’"):
            yy = int(m2.group(1))
            pivot = date.today().year % 100
            return str((2000 if yy <= pivot else 1900) + yy)
        return placeholder(t)
    if t is T.ZIP:
        digits = "".join(c for c in value if c.isdigit())
        if len(digits) < 5 or not _US_ZIP.fullmatch(value.strip()):
            return placeholder(t)  # the ZIP3 rule is for US ZIP codes; "84-215", "4050-262" go whole
        return "000" if digits[:3] in restricted_zip3 else digits[:3]
    if t is T.AGE:
        return "over 89"
    if t in NUMBER_TYPES:
        alnum = [i for i, c in enumerate(value) if c.isalnum()]
        if len(alnum) <= 6:
            return placeholder(t)
        keep = set(alnum[-4:])
        return "".join(c if (i in keep or not c.isalnum()) else "*" for i, c in enumerate(value))
    return placeholder(t)


def canonical(t: IdentifierType, value: str) -> str:
    """One pseudonym per identifier however it is written (spacing, case, separators)."""
    if t in NUMBER_TYPES or t is T.ZIP:
        return "".join(c for c in value if c.isalnum()).upper()
    return " ".join(value.split()).casefold()


def pseudonym(key: bytes, t: IdentifierType, value: str) -> str:
    digest = hmac.new(key, f"{t}:{canonical(t, value)}".encode(), hashlib.sha256).hexdigest()
    return f"{t}_{digest[:8]}"


def replacement(
    action: Action,
    t: IdentifierType,
    value: str,
    *,
    hash_key: bytes | None,
    vault: TokenVault | None,
    restricted_zip3: frozenset[str],
) -> str | None:
    """The text that replaces `value`; None means drop (remove the member / the span)."""
    if action is Action.REDACT:
        return placeholder(t)
    if action is Action.PARTIAL:
        return partial(t, value, restricted_zip3)
    if action is Action.HASH:
        if hash_key is None:  # compile_plan refuses this; defend anyway (fail closed)
            return placeholder(t)
        return pseudonym(hash_key, t, value)
    if action is Action.TOKENIZE:
        if vault is None:
            return placeholder(t)
        return vault.placeholder(t, value)
    if action is Action.DROP:
        return None
    return value  # KEEP
