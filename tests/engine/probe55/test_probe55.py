"""Regression guard for the fifty-fifth generalisation probe: health-IT integration and support text as
interface engineers, analysts, HIM staff and billers see it, from eight invented US health systems (Kentucky,
Georgia, Louisiana, Pennsylvania, Minnesota, California, Illinois, New Mexico) and two VA medical centres,
with synthetic PHI planted in it. Kinds: Mirth Connect server log (transformer exception; database-writer
duplicate key with a psql paste) with the raw HL7, HL7 exchange with its ACK / NACK (MSA AE after a merge; MSA
AR with a POC glucose and a patient's CGM serial), Rhapsody error-queue export, Cloverleaf error database dump
and SMAT search, ServiceNow incident on Epic (kiosk check-in with a MyChart login and IP; Bridges results with
a FHIR URL and a bearer token), Jira ticket on Cerner Millennium with CCL and its grid (a wrong person
combine; results on the wrong FIN), VistA (FileMan inquiry and the ^DPT global of a veteran aged 90+; an error
trap with VADM / VAPA variables), Cerner CCL program output grid, Epic Clarity / Caboodle SQL result grid, X12
270 / 271 eligibility (active; AAA 72 and the re-query), X12 276 / 277 claim status, claim scrubber batch log,
X12 834 enrollment with its load log, EMPI potential-duplicate worklist (typo, transposed DOB, Sr. / Jr.,
twins), interface mapping spreadsheet (CSV) with production sample values, on-call incident chat (a
service-account password, a telemetry transmitter), eligibility API JSON and an integration engine's NDJSON
audit log: rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe55.run_probe --seed N` with --json and --dump; engine at commit a12bbb5,
`git status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in
18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     9.38% (88/938)    10.55% (99/938)     6.25% (21/336)
    2     9.71% (91/937)    10.67% (100/937)    6.80% (23/338)
    3     8.65% (81/936)     9.72% (91/936)     7.08% (24/339)

Seed 1 by type (leaked / values): NAME 35/283, USERNAME 29/35, ADDRESS 9/93, ID 7/82, ZIP 4/40, AGE 2/7, SSN
1/23, CREDENTIAL 1/4; none in DATE (149), PHONE (64), MRN (59), ACCOUNT (33), HEALTH_PLAN (29), LICENSE (17),
EMAIL (15), DEVICE (2), URL (2), IP (1). Seed 2: NAME 36, USERNAME 30, ADDRESS 9, ID 6, ZIP 4, HEALTH_PLAN 2
(group numbers: "REF*38*908038" in an 834 header, IN1-8 of a Mirth raw message), AGE 2, SSN 1, CREDENTIAL 1;
seed 3: NAME 34, USERNAME 29, ADDRESS 6, ID 5, ZIP 4, SSN 1, CREDENTIAL 1, AGE 1.
Worst kinds (seed 1): EMPI duplicate worklist 13/103, VistA 11/41, Cerner CCL grid 8/64, Clarity / Caboodle
grid 8/92, mapping CSV 8/39; best (none leaked): X12 276 / 277 0/33, X12 834 0/54.
What leaks (seed 1):
- USERNAME 29 of 35: staff logins are masked only after a cue word ("User anngill reprocessed", "(login
  llewter7)", "Username:    DCHASTAI", "run by quaml"); everywhere else they stay -- in parentheses after the
  staff name ("Held claims ... assigned to [NAME] (jammcda)", "# [NAME] (gilleya):"), as the ID component of
  an HL7 XCN ("EVN|A08|...|KMASSEY^[NAME]^[NAME]", "OBX ...||IABDI^[NAME]^[NAME]"), in an audit column ("2024
  03:01:38  mimsk  Moved ..."), as a chat line's author ("alinews  [02:42] ..."), in JSON / NDJSON
  ("submitterId": "SLEWTER", "user":"anukaza"), after "edited by" / "read back ... by" ("edited by KSTURDIV",
  "by EMCDANIE").
- NAME 35: names in grid cells and bare field values -- Clarity's PAT_NAME "GELLE,ABDIRASHID R" and "CHU,YIA
  P" (FAMILY,GIVEN without a space) and "HOVLAND,[NAME]"; EMPI rows "ZAKARIAN, HAGOP", "GAUTREAUX, CLOTILE",
  "MEAUX, ONEZIME" and the registration typos "THEIU, THANG", "GUATREAUX", "TAIBOS" (NDJSON); Cerner
  CORRECTED_BY / VERIFIED_BY columns ("Kostopoulos, Eftihia", "Lyles, [NAME]", "Skeet, [NAME]"); mapping-CSV
  sample values in capitals ("REID", "ACKERMAN", "KACZOR^[NAME]^D", "ESH^[NAME]"); the family part of an HL7
  XCN after the login ("RNOLT^NOLT^[NAME]"); staff starting a comment line or a field ("-- Nhan Dao: sent
  A03s", "-- Drake Chastain: the patient's", "Assigned to     Hyunjin Shim", "Shukri Ugas from HIM is
  checking"); a given name before "Jr." ("Hagop Jr.'s cell"); a given name left when the family name was taken
  for a place ("Suong [ADDRESS] (suothie)", "Phong [ADDRESS] (backup)"); the capitalised family after an
  all-caps given ("[NAME] LARGO").
- ADDRESS 9: towns and counties in upper case in fixed-width columns and FileMan fields ("POMME DE TERRE",
  "OTTER TAIL BEND" in a Clarity CITY column, "CITY: TROUBLESOME CREEK", "COUNTY: BIG LAUREL",
  VAPA(4)="TOHATCHI SPRINGS", the CSV "CROWNPOINT MESA"), the county in HL7 XAD-9 ("^USA^P^^UPPER CUMBERLAND",
  "PEQUEA VALLEY").
- ID 7: Cerner PERSON_ID with CCL's ".00" (4 of 5 rows: "76084265.00"), VistA DFN in the "SSN" cross-reference
  and "DFN=70032", the ICN checksum alone ("ICN CHECKSUM: 849585"). ZIP 4: bare ZIPs in a ^DPT node
  ("^21^41876^"), VAPA(6)="87373", a CSV cell, "for ZIP 60400" (NDJSON). AGE 2: "VADM(4)=96", and "Patient age
  90" rewritten "90 or older" (the kit scores the bare "90", as in probe44). SSN 1: a last four in prose
  ("e.g. 9721"). CREDENTIAL 1: "the rhap-svc password is still TxUX!6631mv".
Partial (seed 1, 11): apartment / unit numbers left after a street ("APT 741", "APT 648", "UNIT 850"); and 8
harmless survivals the labels span: the midnight time of a SQL datetime ("2024-02-10 00:00:00.000" -> "2024
00:00:00.000", 5; the label holds the whole SQL value), a UTC offset ("197411060000-0500" -> "... -0500") and
the JWT header of a bearer token ("eyJhbGciOiJSUzI1NiJ9." 2; it only encodes the algorithm).
Over-masking (seed 1, 21 of 336): HL7 table IDs ("HL70357" in ERR-3 -> [ID], 2), Epic product names read as
names or places ("Epic Bridges / Interfaces" -> "[NAME] [NAME] / Interfaces", "Epic Bridges PRD", "Bridges
restarted" in chat, "Epic Cadence / Welcome" -> "[ADDRESS] / Welcome"), a version's month ("Epic February
2024" -> "Epic 2024"), Caboodle CamelCase column names ("DurableKey", "IsCurrent"; BirthDate, PostalCode
unscored -> [NAME]), scrubber edit codes ("[HOLD] E1042 NCCI PTP:" -> "[HOLD] [NAME]:", 2), organisations
starting with a place-like word ("Avondale Family Health" -> "[ADDRESS] Family Health", "NORTH STAR LAKES
HEALTH" -> "[ADDRESS] LAKES HEALTH"), an ADDRESS run to the end of the line swallowing what follows
("Confirmed address [ADDRESS]." took "MyChart user ... unlocked"; "new address [ADDRESS]" took "358 open
claims"), and ages under 90 in worklist grids swallowed with the DOB cell ("07/05/1979 44" -> "[ID]", 6). Kept
everywhere else: engine and EHR versions, host names, channel / route / thread names, message types, error
codes, segment and column names, CPT / LOINC / ICD-10 codes, payers and payer IDs, counts and amounts.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is health-IT text (every site; NPIs valid under the Luhn rule, FileMan internal
dates that are real dates, HL7 / X12 / VistA / SQL structures present; 90+ ages; ZIP+4), and independence from
probes 1-52 (template kinds; name words, towns and streets of their people tables with the kit's check; no
name word in any string of those tables -- run before the measurement). Names were not checked against the
engine's lexicon or code; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code
when the probe was written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import json
import re
from datetime import date

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe55 import ids, people
from tests.engine.probe55.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe55.run_probe import crashes, run

LEAK_CEILING = 0.08  # now 6.93% (65/938); first: 9.38% (88/938)
STRICT_CEILING = 0.10  # whole + partial: now 8.10%; first: 10.55% (99/938)
OVERMASK_CEILING = 0.06  # now 4.17% (14/336); first: 6.25% (21/336)
# the types with no leak on seed 1
CLEAN = {"DATE", "PHONE", "MRN", "ACCOUNT", "HEALTH_PLAN", "LICENSE", "EMAIL", "DEVICE", "URL", "IP"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 53))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _towns() -> set[str]:
    return {t for site in people.SITES.values() for t in site.towns + site.counties}


def _streets() -> set[str]:
    return {s for site in people.SITES.values() for s in site.streets}


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
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "USERNAME", "CREDENTIAL", "URL", "IP", "DEVICE"}


def _fileman(v: str) -> date | None:
    """A FileMan internal date (YYYMMDD, year - 1700), or None when it is no real date."""
    try:
        return date(1700 + int(v[:3]), int(v[3:5]), int(v[5:7]))
    except ValueError:
        return None


def test_corpus_is_health_it_text() -> None:
    """Every site; NPIs with a valid Luhn digit, FileMan dates that are dates; the HL7, X12, VistA, CCL and
    SQL structures; 90+ ages; ZIP+4 as nine digits; names between carets."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.SITES)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    assert all(json.loads(line) for d in docs if d.format == "ndjson" for line in d.content.splitlines())
    values = [(t, v) for d in docs for t, v in d.phi]
    npis = [v for t, v in values if t == "LICENSE"]
    assert len(npis) >= 40 and all(ids.npi_ok(v) for v in npis)
    fileman = [v for t, v in values if t == "DATE" and re.fullmatch(r"[23]\d{6}", v)]
    assert len(fileman) >= 6 and all(_fileman(v) for v in fileman)
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    assert sum(t == "ZIP" and len(v) == 9 for t, v in values) >= 6
    text = "\n".join(d.content for d in docs)
    upper = {v for t, v in values if t == "NAME" and v.isupper()}
    carets = sum(len(re.findall(rf"[|^]{re.escape(v)}\^", text)) for v in upper)
    assert carets >= 100
    marks = ("MSH|^~\\&", "PID|1||", "MSA|AE|", "MSA|AR|", "ISA*00*", "ST*270*", "ST*271*", "ST*276*",
             "ST*277*", "ST*834*", "^DPT(", "VADM(1)", "PAT_MRN_ID", "name_full_formatted", "hcidbdump",
             "Rhapsody", "Mirth Connect", "PatientDim", "Task ", "NM1*IL*1*")  # fmt: skip
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-52, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"barre", "chong", "chu", "dien", "nhan", "ples", "thang", "vena"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
