"""Numbers that registries, blood services and software platforms issue, known by their issuer's shape.

- A health professional's registration after the regulator's acronym ("NMBI PIN 318562", "CPSO 562491",
  "AHPRA MED0001234567") or as "Reg. No. 38246": the person's licence number (Safe Harbor (xi)).
- An ISBT 128 donation identification number ("J6237 23 518098 Y"): facility, year, serial and check
  character, which trace a unit of blood to its donor and its recipient.
- A platform's object id, a short type prefix and an opaque key ("cus_Qm4TzR8vLw2NpK", "usr_9d2e4a71c58f"):
  a customer's, a user's or a conversation's record key (Safe Harbor (xviii)).
- A device's id after the device's word ("device e7a1c2d4-...", "transmitter QX47B9"): Safe Harbor (xiii).
- A gamete or embryo donor's code ("donor code 83620"), an IVF laboratory's embryo label ("5179-E2").
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.patterns import _YEARISH, PatternSpec, _span, _v_plain

# regulators of health professions that print a registrant's number after their acronym (UK, Ireland,
# Australia, New Zealand, Canada, India, Pakistan, Africa); ambiguous acronyms (PSI, OCP, PMC) are left out
_REGULATORS = (
    r"GMC|NMC|HCPC|GPhC|GDC|IMC|NMBI|CORU|AHPRA|NAATI|CPSO|CPSA|CPSBC|CPSM|CPSS|CPSNS|CPSNB|CPSNL|CMQ|OIIQ"
    r"|OPQ|CNO|BCCNM|CRNM|CRNNS|CLPNA|CLPA|SSMLT|CSMLS|NAPRA|TCMC|KMC|MMC|PMDC|HPCSA|SANC|MDCN|KMPDC|MCNZ"
    r"|NCNZ|PCNZ|DCNZ|GOC|GOsC|GCC|PSNI|HPI-CPN|HPI[ \t]CPN|CPN"
    # India's state medical councils by their shape ("TNMC", "WBMC", "APMC", "DMC")
    r"|[A-Z]{1,3}MC"
)
# the registration's word in the record's own script may stand between ("WBMC রেজি. 30982"): the scan copy
# writes each letter of a script without Latin letters as "a"
_REG_WORD = (r"PIN|[Rr]eg(?:istration)?\.?(?:[ \t][Nn]o\.?)?|No\.?|number|credential|licen[cs]e|#"
             r"|a{2,12}\.?")
REGULATOR_NUMBER = PatternSpec(
    "regulator-number",
    T.LICENSE,
    rf"\b(?:{_REGULATORS})(?:[ \t]+(?:{_REG_WORD}))?[ \t]*[:#]?[ \t]*"
    # New Zealand's common person number: two digits, four letters ("HPI-CPN 47QKRT")
    r"(?P<v>[0-9]{1,2}-[0-9]{4,6}|[A-Z]-[0-9]{4,6}|[0-9]{2}[A-Z][0-9]{4}[A-Z]|[A-Z]{3}[0-9]{10}|[0-9]{4,8}"
    r"|[0-9]{2}[A-Z]{4})"
    r"(?![0-9A-Za-z])"
    r"|\b[Rr]eg(?:istration)?\.?[ \t]?[Nn]o\.?[ \t]*[:#]?[ \t]*(?P<w>[0-9]{4,8})(?![0-9A-Za-z])"
    # any board's registration after its name or acronym (mixed case too, "MoH"): "<ACR> reg. 77031",
    # "Physiotherapy Board reg.
    # 403117", "College of Optometrists of <province> reg. 7402"
    r"|\b(?:[A-Z][a-z]?[A-Z][A-Za-z]{0,4}|Board|Council|College|Registry)[ \t]+[Rr]eg(?:istration)?\.?"
    r"(?:[ \t]*[Nn]o\.?)?"
    r"[ \t]*[:#]?[ \t]*(?P<b>[0-9]{4,8})(?![0-9A-Za-z])",
    validator=lambda text, m: _v_registration(m),
    hs=rf"\b(?:{_REGULATORS})(?:[ \t]+(?:{_REG_WORD}))?[ \t]*[:#]?[ \t]*[0-9A-Z]"
    r"|\b[Rr]eg(?:istration)?\.?[ \t]?[Nn]o\.?[ \t]*[:#]?[ \t]*[0-9]"
    r"|\b(?:[A-Z][a-z]?[A-Z][A-Za-z]{0,4}|Board|Council|College|Registry)[ \t]+[Rr]eg",
)


def _v_registration(m: re.Match[str]) -> tuple[int, int, T] | None:
    g = next(k for k in ("v", "w", "b") if m.group(k) is not None)
    if _YEARISH.fullmatch(m.group(g)):
        return None  # "GMC 2019 guidance": a year, no registrant
    return m.start(g), m.end(g), T.LICENSE


# ISBT 128 donation identification number, as printed (eye-readable): facility code, year, serial, the
# flag or check character after a space
ISBT_DIN = PatternSpec(
    "isbt-din",
    T.ID,
    r"\b(?P<v>[A-Z][0-9]{4}[ \t]?[0-9]{2}[ \t]?[0-9]{6}(?:[ \t][A-Z0-9*](?![0-9A-Za-z]))?)(?![0-9A-Za-z])",
    validator=_v_plain(T.ID),
    hs=r"\b[A-Z][0-9]{4}[ \t]?[0-9]{2}[ \t]?[0-9]{6}",
)

# a payment platform's or an app's object id: "cus_", "in_", "usr_", "conv_" and a random key
OBJECT_ID = PatternSpec(
    "object-id",
    T.ID,
    r"(?<![0-9A-Za-z_])(?P<v>[a-z]{2,5}_[A-Za-z0-9]{10,32})(?![0-9A-Za-z_])",
    validator=lambda text, m: _v_object_id(m),
    hs=r"[a-z]{2,5}_[A-Za-z0-9]{10}",
)
_LOWER_RUN = re.compile(r"[a-z]{4}")
_HEX = re.compile(r"[0-9a-f]+")


# prefixes of what a system, not a person, is keyed by: a model's fingerprint, a request, a run, a message,
# a tool call ("fp_4b7e09d2c6a1f853", "req_011CXk...", "toolu_01A...")
_SYSTEM_PREFIXES = frozenset(["fp", "sha", "md5", "req", "run", "job", "msg", "tool", "toolu", "call", "resp",
                              "evt", "span", "trace", "build", "commit", "file", "asst", "batch"])


def _v_object_id(m: re.Match[str]) -> tuple[int, int, T] | None:
    prefix, key = m.group("v").split("_", 1)
    if prefix in _SYSTEM_PREFIXES or not _random_key(key):
        return None
    return _span(m, T.ID)


def _random_key(key: str) -> bool:
    """Generated, not written: digits among hex letters, or digits among mixed case with no word in it
    ("6b6be57d3203", "xDgTC7ec7hJdXx"; not "patient2024data")."""
    digits = sum(c.isdigit() for c in key)
    if key.isdigit():
        return True
    if _HEX.fullmatch(key):
        return digits >= 3 and digits < len(key)
    return digits >= 2 and key != key.lower() and key != key.upper() and _LOWER_RUN.search(key) is None


_UUID = r"[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}"
_DEVICE_WORD = (
    r"device|transmitter|sensor|receiver|meter|pump|monitor|handset|watch|phone|tablet|hub|gateway"
    r"|android[ _]id|advertising[ _]id|anonymous[ _]id"
)
# a device's generated id after its word ("device e7a1c2d4-1b2f-...", "device c91f0e4a7d22b863"), and a CGM
# transmitter's or sensor's code of six to twelve letters and digits ("transmitter QX47B9", "sensor
# 8QWRT52KHN")
DEVICE_WORD_ID = PatternSpec(
    "device-word-id",
    T.DEVICE,
    rf"\b(?i:{_DEVICE_WORD})(?:[ \t](?i:id|serial|s/n|sn))?[ \t]*[:#=]?[ \t]*"
    rf"(?P<v>{_UUID}|[0-9a-fA-F]{{12,40}})(?![0-9A-Za-z\-])"
    r"|\b(?i:transmitter|sensor)(?:[ \t](?i:id|serial|s/n|sn))?[ \t]*[:#=]?[ \t]*"
    r"(?P<w>(?=[A-Z0-9]{0,11}[0-9])(?=[A-Z0-9]{0,11}[A-Z])[A-Z0-9]{6,12})(?![0-9A-Za-z])",
    validator=lambda text, m: _v_device_id(m),
    hs=rf"\b(?i:{_DEVICE_WORD})(?:[ \t](?i:id|serial|s/n|sn))?[ \t]*[:#=]?[ \t]*[0-9a-fA-F]{{8}}"
    r"|\b(?i:transmitter|sensor)(?:[ \t](?i:id|serial|s/n|sn))?[ \t]*[:#=]?[ \t]*[A-Z0-9]{6}",
)


def _v_device_id(m: re.Match[str]) -> tuple[int, int, T] | None:
    g = next(k for k in ("v", "w", "b") if m.group(k) is not None)
    v = m.group(g)
    if g == "v" and (v.isdigit() or not any(c.isdigit() for c in v)):
        return None  # "phone 555012345678" is a number, not a device's key; "device deadbeefcafe" a word
    return m.start(g), m.end(g), T.DEVICE


# a gamete or embryo donor's code from a fertility clinic or a donor registry ("donor code 83620", "HFEA
# donor code KD-2718F"): the donor's identifier, which a child may one day trace
DONOR_CODE = PatternSpec(
    "donor-code",
    T.ID,
    r"\b(?i:donor)[ \t]+(?i:code|id|no\.?|number|#|ref)[ \t]*[:#]?[ \t]*"
    r"(?P<v>(?=[A-Z0-9\-]{0,10}[0-9]{3})[A-Z0-9][A-Z0-9\-]{2,14}[A-Z0-9])(?![0-9A-Za-z])",
    validator=_v_plain(T.ID),
    hs=r"\b(?i:donor)[ \t]+(?i:code|id|no\.?|number|#|ref)[ \t]*[:#]?[ \t]*[A-Z0-9]",
)

# an IVF laboratory's embryo or oocyte label: the patient's cycle number, E or O, the embryo's or egg's
# number ("5179-E2", "6142-O03"); a year before it ("2024-E1") is a section's or an edition's
GAMETE_ID = PatternSpec(
    "gamete-id",
    T.ID,
    r"(?<![0-9A-Za-z\-])(?P<v>[0-9]{3,6}-[EO][0-9]{1,2})(?![0-9A-Za-z\-])",
    validator=lambda text, m: None if _YEARISH.fullmatch(m.group("v")[:4]) else _span(m, T.ID),
    hs=r"[0-9]{3,6}-[EO][0-9]",
)

SPECS = [REGULATOR_NUMBER, ISBT_DIN, OBJECT_ID, DEVICE_WORD_ID, DONOR_CODE, GAMETE_ID]
