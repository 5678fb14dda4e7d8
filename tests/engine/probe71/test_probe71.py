"""Regression guard for the seventy-first generalisation probe: developer-collaboration and incident
artefacts around health software -- what an AI coding agent reads or is pasted -- from teams in the United
States, the United Kingdom and New Zealand, with synthetic PHI of patients and their relatives inside. Kinds:
a raw RFC 822 e-mail thread (headers, '>' and '>>' quoting, signatures), a forwarded complaint e-mail (a
patient aged 90+), Slack and Microsoft Teams channel exports (JSON; Teams HTML bodies), a telehealth iCalendar
invite (ATTENDEE / ORGANIZER lines, folding), a PagerDuty timeline, a Sentry event (user, request data,
breadcrumbs), EKS pod logs from CloudWatch with a journald line (JSON lines), Terraform plan output, a Postman
collection, a HAR excerpt, OpenSearch results, Redis MONITOR and redis-cli output, a Kafka console-consumer
dump (headers, keys, HL7 v2 and FHIR values), a Confluence storage-format page, a Zendesk ticket export, a
support-call screen-recording transcript and a git format-patch e-mail whose fixture and tests hold a record:
rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe71.run_probe --seed N --brief`, with --json / --dump for the detail;
engine at commit 592effd, `git status --short src/phigate/engine` empty before and after: no uncommitted
engine edits), 36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     5.71% (38/666)     7.21% (48/666)     10.23% (35/342)
    2     5.71% (38/666)     6.91% (46/666)      9.94% (34/342)
    3     6.78% (45/664)     7.53% (50/664)      9.94% (34/342)

Seed 1 by type (leaked / values): NAME 27/174, ADDRESS 4/62, ZIP 4/30, VEHICLE 2/6, ID 1/43; none in DATE
(98), PHONE (82), EMAIL (48), MRN (42), IP (18), ACCOUNT (16), DEVICE (12), HEALTH_PLAN (10), AGE (8), URL
(8), SSN (5), LICENSE (4). Seed 2: NAME 28, ZIP 3, ID 3, ADDRESS 2, VEHICLE 2; seed 3: NAME 31, ADDRESS 6,
ZIP 3, ID 2, VEHICLE 2, DEVICE 1 (a CGM serial in a Sentry breadcrumb, "device 8G8KG5E paired").
Worst kinds (seed 1): git format-patch 14/38, Teams export 7/32, Redis output 5/34, pod logs 3/34; best (none
leaked): the e-mail thread, the forwarded complaint, the iCalendar invite, the PagerDuty timeline, the Sentry
event, the HAR excerpt, the OpenSearch results (0/60) and the Kafka dump (0/48) -- the same HL7 PID segment
the Kafka dump has fully masked leaks its town and ZIP inside a diff.
What leaks (seed 1):
- NAME 27 of 174: names in a patch's added test code ('+    assert pid.family == "Lafaialii"', '+    assert
  nk1.name == "Tusi Lafaialii"', "+    # second patient seen in the same prod batch: Aporosa Va'ai" -- 11
  in the two patches, every seed); "Family, Given" written in prose and CLI output ("already linked to
  Vakatawa, Sainimere" in a log line, '10) "Vythilingam, Nirojan"' in redis-cli HGETALL); a name in a JSON
  string inside a Redis command ('\"with\":\"Nirojan Vythilingam\"'); capitals in Teams HTML list items
  ("<li>JIOJI CAKAU - [ID] - DOB 1970", "TUSI [NAME]", "[NAME] COSTAIN"); a given name with a possessive
  ("Fingan's own chart", "Jioji's own chart"); a Terraform HCL value ('full_name  = { S = "Tummas Tórgarð"
  }', and "Zuleica [ADDRESS]" for "Zuleica Évora"); a Confluence table cell ("<td>Aporosa Vosanibola</td>").
- ADDRESS 4, ZIP 4: a New Zealand suburb and 4-digit postcode after a masked street line ("[ADDRESS], Favona
  Heights 2102" in Slack, "[NAME] East 2105" in a log line, "^^Favona Heights^^0612" in the patch's HL7
  fixture, a US ZIP "^^02387" there too), a suburb alone in a Teams list item ("DOB 1952 - Favona
  Heights</li>") and a US highway address ("I live at 67741 Hwy 772 N, [ADDRESS]").
- VEHICLE 2: plates after "The car was" in the support-call transcripts ("TP32 AVX", "5SY472"; every seed).
  ID 1: a claim reference in a URL path ("/billing/claims/REF/1199173?account=[ACCOUNT]"; seeds 2 and 3 add
  "processing referral REF/3573102").
Partial (seed 1, 10): the "pt_" prefix of eight portal user ids ("pt_[ID]"), "702 N" of "11959 Hwy 702 N"
and "East" of the suburb "Māngere Bridge East".
Over-masking (seed 1, 35 of 342): ticket keys (22: "Subject: Re: [[ID]]", "Related: INC-694, [ID]",
"regression [ID]", "Reported in [ID]", "Jira: [ID]" -- PLAT-, EPR- and KHT- keys with four digits; INC- and
SUP- keys kept), UUIDs of non-patient objects (8: an iCalendar UID "<uuid>@telehealth..." -> "[EMAIL]", FHIR
Appointment and Device ids -> "[ID]15a0", a Confluence ri:account-id -> "[ID]b80a"), pod and service names
(3: "portal-[ID]" for a pod "portal-web-58de6c62b-cuguu"), clinics (2: "clinic='[NAME]'" for Pediatric
Endocrinology, "The appointment was [ADDRESS]" swallowing "10 March 2026, Diabetes Day Centre"). Seeds 2 and
3 add the same classes. Kept everywhere else: commit SHAs, trace ids, versions, error codes, HTTP statuses,
cron expressions, metric values, drugs and doses, LOINC and ICD-10 codes, lab values, regulations, regions,
years, ages under 90. Not scored but seen: log timestamps cut to the year ('"time": "2026"'), a clinician's
NPI in an HL7 PV1 segment masked as [PHONE].

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is developer and incident text from every country and format (SSN, NHS and NHI
numbers, Medicare MBIs and billing cards valid under their schemes' rules and check digits; UK driving
licences built from the holder's name and date of birth; names with apostrophes and non-ASCII letters; ages
90+; the artefacts' own shapes; the trade's keep values), and independence from probes 1-68 (template kinds;
name words, towns and streets of their people tables with the kit's check; no name word in any string of
those tables -- run before the measurement). Six of the 294 name words are in the engine's Faker name lists
(in_engine_lexicon: anaëlle, ingá, keskitalo, omma, sigga, sunná -- all staff names, which are plain text);
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen: none).
"""

from __future__ import annotations

import importlib
import re
from datetime import date

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    in_engine_lexicon,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe71 import ids, people
from tests.engine.probe71.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe71.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.50% (10/666); first: 5.71% (38/666)
STRICT_CEILING = 0.04  # whole + partial: now 2.70%; first 7.21% (48/666)
OVERMASK_CEILING = 0.09  # now 7.02% (24/342); first: 10.23% (35/342)
CLEAN = {
    "DATE", "PHONE", "EMAIL", "MRN", "IP", "ACCOUNT", "DEVICE", "HEALTH_PLAN",
    "AGE", "URL", "SSN", "LICENSE",
}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 69))]


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_developer_and_incident_text() -> None:
    """Every country and format; identifiers valid under their schemes (SSN area rules, NHS modulus 11, NHI
    modulus 11, MBI positions, Luhn billing cards, DVLA licences built from name and date of birth); the
    artefacts' own shapes (RFC 822 headers and quoting, iCalendar folding, HL7 PID segments, HAR, Sentry,
    Terraform, Redis MONITOR, Kafka headers, Confluence storage XML, format-patch); ages 90+; the trade's
    keep values (SHAs, UUIDs, ticket keys, error codes, versions, cron expressions, HTTP statuses)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    assert {d.format for d in docs} == {"text", "json", "ndjson"}
    checks = {
        r"SSN": (r"\d{3}-\d\d-\d{4}", ids.ssn_ok),
        r"NHS no\.": (r"[\d ]{10,12}", ids.nhs_ok),
        r"NHI": (r"[A-Z]{3}\d{4}", ids.nhi_ok),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, label, pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    national = r"\d{3}-\d\d-\d{4}|[\d ]{10,12}|[A-Z]{3}\d{4}"
    nat = [v for t, v in values if t in ("SSN", "ID") and re.fullmatch(national, v)]
    assert len(nat) >= 30 and all(ids.ssn_ok(v) or ids.nhs_ok(v) or ids.nhi_ok(v) for v in nat)
    mbis = [v for t, v in values if t == "HEALTH_PLAN" and len(v.replace("-", "")) == 11 and v[0].isdigit()]
    assert len(mbis) >= 3 and all(ids.mbi_ok(v) for v in mbis)
    cards = [v for t, v in values if t == "ACCOUNT" and re.fullmatch(r"6\d{15}", v)]
    assert len(cards) >= 6 and all(ids.luhn_ok(v) for v in cards)
    dvla = [v for t, v in values if t == "LICENSE" and re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", v)]
    assert len(dvla) >= 2 and all(int(v[6:8]) % 50 in range(1, 13) for v in dvla)
    for d in docs:  # a UK licence starts with its holder's family name, as the DVLA builds it
        for t, v in d.phi:
            if t == "LICENSE" and re.fullmatch(r"[A-Z9]{5}\d{6}[A-Z9]{2}9[A-Z]{2}", v):
                fams = {n.split()[-1] for tt, n in d.phi if tt == "NAME" and " " in n}
                assert any(ids.uk_licence_ok(v, f, date(1900 + int(v[5] + v[10]), 1, 1)) for f in fams), v
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "NAME" and ("'" in v or not v.isascii()) for t, v in values) >= 20  # Fa'amanu, Nolsøe
    keeps = {k for d in docs for k in d.keep}
    assert sum(bool(re.fullmatch(r"[0-9a-f]{7}|[0-9a-f]{40}", k)) for k in keeps) >= 40  # commit SHAs
    uuid = r"[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}"
    assert sum(bool(re.fullmatch(uuid, k)) for k in keeps) >= 40
    assert sum(bool(re.fullmatch(r"(PLAT|EPR|KHT|SUP|INC)-\d+", k)) for k in keeps) >= 40
    assert {"HTTP 409", "HTTP 200"} <= keeps and any(" * *" in k for k in keeps)
    assert sum(bool(re.fullmatch(r"\d{1,2}", k)) and int(k) < 90 for k in keeps) >= 10  # ages under 90
    assert sum(bool(re.fullmatch(r"20[12]\d", k)) for k in keeps) >= 5  # years alone
    text = "\n".join(d.content for d in docs)
    marks = (
        "Message-ID: <", "\n> ", "\n>> ", "---------- Forwarded message", "BEGIN:VCALENDAR", "\r\n CN=",
        '"breadcrumbs"', "Terraform will perform", '"_postman_id"', '"entries"', '"_shards"', "MONITOR",
        "print.headers=true", "PID|1||", "<ac:structured-macro", '"comments"', "00:00:03", "Signed-off-by:",
        "+++ b/", "kubelet[",
    )  # fmt: skip
    assert [m for m in marks if m not in text] == []


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-68, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


def test_names_are_mostly_unknown_to_the_engine_lexicon() -> None:
    """The names must be found by context, not looked up: few of the name words are in the Faker lists."""
    assert len(in_engine_lexicon(_name_words())) <= 6


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


ENGINE_WORDS_BEFORE: set[str] = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
