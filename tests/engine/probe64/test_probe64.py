"""Regression guard for the sixty-fourth generalisation probe: digital-health and consumer health-tech text
from the United States, the United Kingdom, Canada, India and Australia with synthetic PHI planted in it.
Kinds: telehealth visit audit trail (US, Australia), ambient-scribe video-consultation transcript (UK GP,
Indian teleconsultation), CGM urgent-low alert escalation with its follow log and RN note (US, Canada),
BP-cuff reading escalation and triage call (US, UK), virtual-ward / hospital-in-the-home oximetry review
(UK, Australia; patients aged 90+), Segment-style app analytics NDJSON (US, India), patient-portal message
thread with a proxy (US, Canada), Salesforce-style CRM case (US, Australia), device-support call-centre
script (India, UK), APNs / FCM push-notification queue JSON (US, Australia), help-desk ticket (Canada, UK),
live-chat transcript with a bot hand-off (Australia, India), app-store review export (US, UK; a father aged
90+), diabetes-prevention coach notes (US, Canada), insulin-pump RMA (Australia, Canada), RPM FHIR webhook
bundle (US, Canada), RPM monthly billing summary (US; a patient aged 90+) and Indian e-prescription (ABHA,
Aadhaar): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe64.run_probe --seed N --brief`, with --json / --dump for the
detail; engine at commit 576b3a8, `git status --short src/phigate/engine` empty before and after: no
uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     5.79% (50/863)     6.84% (59/863)     6.20% (24/387)
    2     6.03% (52/863)     6.72% (58/863)     5.18% (20/386)
    3     6.26% (54/863)     7.65% (66/863)     3.89% (15/386)

Seed 1 by type (leaked / values): ID 19/90, DEVICE 11/58, NAME 5/222, ADDRESS 5/69, LICENSE 4/17, IP 2/20,
ACCOUNT 2/11, HEALTH_PLAN 1/25, ZIP 1/30; none in DATE (183), PHONE (68), EMAIL (42), MRN (13), URL (8), AGE
(6), SSN (1). Seed 2: ID 20, DEVICE 8, NAME 7, LICENSE 5, ADDRESS 4, ACCOUNT 4, IP 2, ZIP 1, AGE 1; seed 3:
ID 20, NAME 10, DEVICE 8, LICENSE 5, ADDRESS 3, ACCOUNT 3, IP 2, AGE 2, ZIP 1.
Worst kinds (seed 1): app analytics NDJSON 8/54, CGM alert escalation 7/53, help-desk ticket 6/48, push
queue JSON 6/48; best (none leaked): telehealth audit trail 0/50, video-consult transcript 0/41, BP-cuff
triage 0/48, virtual-ward oximetry 0/46, CRM case 0/55.
What leaks (seed 1):
- ID 19 of 90: opaque application identifiers -- prefixed ids ("th_c2ffb41e21" thread ids 2,
  "conv_185fb7599209" conversation ids 2, Segment "usr_6b6be57d3203", a push queue's "usr_ca4af41371e9"),
  UUID anonymousIds (2), Stripe customer ids ("cus_xDgTC7ec7hJdXx" 2), usernames / handles of app-store
  reviewers and push recipients (8: "marars80", "ortizr8", "yash_c54", "belen_l63", "hindochay25",
  "kambohs8" ...) and an e-prescription id "Rx ID ESP/9947155". Numeric ids after a label (case, ticket,
  order, RMA, AWB, call numbers) were masked.
- DEVICE 11 of 58: six-character CGM transmitter ids ("transmitter PY28A2", "8D165X", "4G445H", "FC60P8"),
  16-hex Android ids ("device b37538c0b13772df" 2), app device UUIDs ("device f0c52fae-65d5-... removed" in a
  help-desk note 2; NDJSON context.device.id 1) and watch serials in NDJSON ("watch_serial":"G3ZJ4HG3DF" 2).
  Sensor, cuff, oximeter, scale and pump serials after "SN", IMEIs and push tokens were masked.
- NAME 5 of 222: an NDJSON identify call's traits.name ("Umesh Zala"), a call-centre agent's surname after
  "Agent:" ("[NAME] Mayya"), a surname before a possessive in a push body ("[NAME] Lambropoulos's glucose"),
  and "Interactive communication log — Hindocha, Zalak" in the RPM billing summary (scored twice: that
  form, and the table's "HINDOCHA, Zalak", masked itself, whose title-case variant it is).
- ADDRESS 5: Indian address lines ("B-521, Gokuldham Society", "1-05, Ward No. 85") and a landmark ("near
  Ration Shop No. 99"), a Canadian street whose type is "Bay" ("350 Chokecherry Bay"), a town alone after
  "her sister's place in" ("Pecan Bayou"). LICENSE 4: Canadian college numbers ("CRNM 231245", "CPSA 108659",
  "CPSA 459211") and an Indian council number ("Reg. No. 21017 (TCMC)"); NPI, GMC and AHPRA numbers were
  masked. IP 2: a FHIR bundle's meta.clientIp (the IPs of the text logs were masked). ACCOUNT 2: Stripe
  invoice ids ("in_2b7faf8c5c2693"). HEALTH_PLAN 1: an NDSS number ("NDSS 4482109-1"). ZIP 1: an Indian PIN
  ("PIN code ✔ 577236").
Partial (seed 1, 9): numbers shaped like a ZIP+4 masked as one, keeping three digits (invoices "19702-4620",
"75686-7511", "50611-1092", an Alberta health number "61761-0547"), telehealth room links with only their
tokens masked ("https://telehealth.example.org/room/[ID]?pid=[MRN]" 3), "50492 Farm to Market [ADDRESS]",
"[ADDRESS], [ADDRESS], 4th Cross Road" of "Flat 4R, Sreevalsam Apartments, 4th Cross Road".
Over-masking (seed 1, 24 of 387): product names read as names -- the phone "OnePlus Nord CE 3" ("[NAME] CE
3" 4), the glucometer "Dr Morepen BG-03" ("Dr [NAME] BG-03" 2), "Omron Evolv" 2, "OneTouch Verio Reflect",
"Oura Ring Gen3", "FreeStyle Libre 3" ("FreeStyle [NAME] 3"); CGM alarm names ("Urgent Low" -> "Urgent [NAME]"
4, "Urgent Low Soon"); the Indian "Tab." drug prefix ("[NAME]. Metformin 500 mg SR" 2) and "Since 2005.
Little" (a year lost in a NAME); a BP reading after "on call" read as a phone ("on call 188/102 mmHg" ->
"[PHONE] mmHg" 2); payers ("Alberta Blue Cross" -> "[NAME] Blue Cross", "Niva Bupa" -> "[ADDRESS] Bupa",
"PM-JAY" swallowed with its policy number). Seeds 2 and 3 add "Oura Ring Gen3" (4), "Low Glucose alarm",
app feature names ("Smart Nudges", "Daily Check-in") and the two AGE leaks are "90 or older" for a person
aged exactly 90 (the kit scores the bare "90", as in probes 44 and 52). Kept everywhere else: error codes,
SDK / library names and versions, plan tiers and prices, most device models, metrics and units, drugs,
ICD-10 / SNOMED / CPT codes, hospitals and pharmacies, ages under 90, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is digital-health text from every country (NPI, NHS, Aadhaar and Australian
Medicare numbers valid under their check-digit rules; push tokens, app device UUIDs, IPv6, ISO date-time
stamps, JSON and NDJSON; ages 90+; device models, error codes, SDKs and CPT codes as keep values), and
independence from probes 1-60 (template kinds; name words, towns and streets of their people tables with the
kit's check; no name word in any string of those tables -- run before the measurement; an invented US town
that an earlier probe already had, "Kettle Prairie", was renamed then). Names were not checked against the
engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when
the probe was written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import json
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe64 import ids, people
from tests.engine.probe64.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe64.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.51% (13/863); first: 5.79% (50/863)
STRICT_CEILING = 0.04  # whole + partial: now 2.20%; first 6.84% (59/863)
OVERMASK_CEILING = 0.03  # now 1.55% (6/387); first: 6.20% (24/387)
CLEAN = {"DATE", "PHONE", "EMAIL", "MRN", "URL", "AGE", "SSN"}  # seed 1
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 61))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts in loc.regions.values() for t in ts}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict):
                out |= name_words(strings_in(value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "URL", "IP"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_digital_health_text() -> None:
    """Every country; identifiers with valid check digits (NPI, NHS, Aadhaar, Australian Medicare); device
    serials, app device ids and push tokens; IPv4 and IPv6; JSON and NDJSON documents; ISO date-time stamps;
    ages 90+; keep values of the trade (device models, error codes, SDKs, plan tiers, CPT codes)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    assert all(json.loads(line) for d in docs if d.format == "ndjson" for line in d.content.splitlines())
    checks = {
        "NPI": (r"\d{10}", ids.npi_ok),
        "NHS No.": (r"[\d -]{10,12}", ids.nhs_ok),
        "Aadhaar": (r"[\d -]{12,14}", ids.aadhaar_ok),
        "Medicare": (r"[\d /-]{10,15}", ids.medicare_au_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, re.escape(label), pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    devices = [v for t, v in values if t == "DEVICE"]
    assert sum(bool(re.fullmatch(r"[0-9a-f]{64}", v)) or ":APA91b" in v for v in devices) >= 12  # push tokens
    uuid_re = r"[0-9A-Fa-f]{8}-[0-9A-Fa-f]{4}-4[0-9A-Fa-f]{3}-[0-9A-Fa-f]{4}-[0-9A-Fa-f]{12}"
    assert sum(bool(re.fullmatch(uuid_re, v)) for v in devices) >= 12  # app device ids
    assert sum(t == "IP" and ":" in v for t, v in values) >= 6
    assert sum(t == "IP" and "." in v for t, v in values) >= 30
    stamp_re = r"\d{4}-\d\d-\d\dT[\d:.]+(Z|[+-]\d\d:\d\d)"
    assert sum(t == "DATE" and bool(re.fullmatch(stamp_re, v)) for t, v in values) >= 40
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    keeps = {k for d in docs for k in d.keep}
    assert {"99454", "99457"} <= keeps
    assert len(keeps & {"Dexcom G7", "FreeStyle Libre 3", "Omron Evolv", "Omnipod 5", "Nonin 3230"}) >= 3
    assert len(keeps & {"ERR_BLE_TIMEOUT", "HTTP 429", "E-217", "Sensor Error 3", "SYNC_CONFLICT_409"}) >= 3
    assert sum(k.startswith(("Twilio Video", "Agora RTC", "analytics-")) for k in keeps) >= 3
    text = "\n".join(d.content for d in docs)
    marks = ("ABHA", "NDSS", "IHI", "NHS App", "Care Circle", "APA91b", '"type":"track"', "resourceType")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-60, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=650,
        min_keep=300,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"atre", "hartigan"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
