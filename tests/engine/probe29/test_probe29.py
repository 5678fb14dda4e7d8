"""Regression guard for the twenty-ninth generalisation probe (what AI coding agents send while they work on
health software: code dense in identifiers that must survive, with PHI inside fixtures, logs and data --
a FHIR-service diff, pytest/Jest/JUnit(Kotlin)/Go tests, a React component, GraphQL, OpenAPI, protobuf+Rust,
SQL seeds, dbt, Helm/Dockerfile env, Jupyter outputs, a traceback with locals, NDJSON portal access logs, a
git log with PR review, a Makefile/CI workflow, a git blame of a C# fixture, an agent's tool-result JSON;
people of ten cultures from lists of our own): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe29.run_probe --seed N`; engine at commit 941a643 WITH uncommitted engine
edits in the shared tree at that minute: `git status --short src` listed engine/east_asian.py,
fhir_types.py, names.py, patterns.py, script_text.py, structured.py and textmask.py modified), 36 documents
in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     10.75% (46/428)    10.75% (46/428)    4.81% (30/624)
    2     11.45% (49/428)    11.45% (49/428)    5.13% (32/624)
    3     10.98% (47/428)    11.21% (48/428)    5.29% (33/624)

Seed 1 by type (leaked / values): NAME 35/120, ADDRESS 6/46, ZIP 4/30, CREDENTIAL 1/10; none in DATE (80),
MRN (52), PHONE (36), EMAIL (22), SSN (12), URL (8), HEALTH_PLAN (8), IP (4). Seeds 2 and 3: NAME 37 and
36, ADDRESS 6 and 5, ZIP 4 and 4, CREDENTIAL 2 and 2. Worst kinds (seed 1): pytest parametrised cases 9/28,
Go table test 6/24, git blame of a C# fixture 6/20, git log + PR review 5/20; none in GraphQL, SQL seeds,
dbt, traceback locals, Makefile/CI, protobuf+Rust. What leaks, in every seed:
- full names as bare string literals in a tuple or struct literal: pytest `("Murugavel Sivagnanam",
  "<dob>", ...)`, `("Öztürkmen, Şebnemay", ...)`, Go `{"overlap_same_room", "[ID]", "Nurcihan
  Öztürkmen", ...}` (every name of both tables), while the MRN, DOB and phone next to them are masked;
- clinicians: `RenderingProvider = "Evangelinos Tsakalotaki"`, `careTeamLead: 'Dr. Oğuzalp Karabulutlu'`,
  Jupyter `Out[16]: 'Dr. Luzinete Bezerrinha Lins'`, NDJSON `"to_provider": "Jadwinia Wróblewicz"`,
  `'referringProvider': '...'` in the agent's tool-result JSON;
- names in prose of code artefacts: commit subject "fix(merge): Wendall Lockhartt's record merged twice",
  a surname after two masked given parts in a PR comment ("[NAME] [NAME] Giap is a real chart");
- surnames compared in code `levenshtein_ratio("Papadimitrakis", "Räsäsenmaa")`, OpenAPI
  `example: "Räsäsenmaa"`, Helm `SMOKE_TEST_PATIENT_NAME` value;
- the town and ZIP of a positional constructor `new Address("[ADDRESS]", "Osprey Landing", "FL",
  "33782")` / Kotlin `PostalAddress(...)` (street masked, town and ZIP kept), a town after "from" in a PR
  comment ("a real chart from Coppergate Hollow");
- CREDENTIAL: an API key "hk-..." as the value of `TWILIO_AUTH_TOKEN` (the DSN and bearer tokens masked).
Partial (seed 3, 1): an SSN in a SQL VALUES row kept its area "333". Over-masking (seed 1, 30 of 624), in
every seed: class and function names in code (`val primaryPatient = [NAME](` for `IntakePatient`, C#
`public static [NAME]() => new()` for `ClaimSubmission MedicaidClaim`), eponyms in comments ("the [NAME]
interval lives in [ADDRESS]" for Wilson / StatsUtil, "// [NAME] over the room graph" for Dijkstra), a Go
import path masked as [URL], `className="[SSN]"` for "banner--compact", "// [ID]" for ISO-8601, an enum
`"phoneticMatch": "[PHONE]"` for DOUBLE_METAPHONE, a trace UUID partly masked ("[ID]f35d"), the
tool_use id "toolu_[ID]", a non-patient referer URL, and a localhost healthcheck URL (its port and
`healthz`); seeds 2-3 also request/trace UUIDs in the NDJSON log, a Go module version in a comment, the
service port. Neutral values (not scored) that the engine changed: log timestamps cut to the year, commit
authors in the blame masked as [NAME], the cluster-internal FHIR_BASE_URL masked as [URL]. Kept everywhere:
snake_case / camelCase identifiers (`patient_name`, `zip_code`, `get_by_mrn`-like names), FHIR paths,
LOINC/ICD codes, drugs, versions, image tags, env var names, Soundex/Levenshtein/Luhn/Kalman/Fisher.

Labelling fix after the measurement, engine-independent (corpus.py's docstring): the "REF-<hex>" referral
number in the agent tool-result fixture had been labelled a keep value; it is now neutral. The table above
was scored the old way; rescored, over-masking is 30/622, 31/622, 32/622 (seed 1 unchanged in count).

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility, SSN validity, public IPs) and its independence from probes 1-25 (template kinds, name
words, towns, streets; probe 18 by kinds only). Names are not checked against the engine's lexicon or
source: the probe's author did not read them.
"""

from __future__ import annotations

import ipaddress
import random

import pytest

from tests.engine.probe.run_probe import ProbeResult, assert_not_worse, earlier_probe_overlap, name_words
from tests.engine.probe29 import ids, people
from tests.engine.probe29.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe29.run_probe import crashes, run

LEAK_CEILING = 0.12  # 10.75% (46/428) on seed 1 when written
STRICT_CEILING = 0.12  # whole + partial: 10.75%
OVERMASK_CEILING = 0.06  # 4.81% (30/624; 30/622 after the labelling fix)
CLEAN = {"DATE", "MRN", "PHONE", "EMAIL", "SSN", "URL", "HEALTH_PLAN", "IP"}  # no leak on seed 1
KNOWN_CRASHES: set[str] = set()


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam])


def _places() -> tuple[set[str], set[str]]:
    return {t for t, _, _ in people.TOWNS}, set(people.STREETS)


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 400 and sum(len(d.keep) for d in corpus) >= 400
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 8 and len(d.keep) >= 10 for d in corpus)
        assert not any(c in d.content for d in corpus for c in "«»‹›")
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types == {"NAME", "DATE", "ADDRESS", "ZIP", "PHONE", "EMAIL", "SSN", "MRN", "HEALTH_PLAN", "URL",
                     "IP", "CREDENTIAL"}  # fmt: skip


def test_neutral_authors_are_never_labelled() -> None:
    authors = name_words(people.AUTHORS)
    for seed in (1, 2, 3):
        labelled = name_words([v for d in make_corpus(seed) for t, v in d.phi if t == "NAME"])
        assert not authors & labelled
    assert not authors & _name_words()


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-25 is reused, no name word, town or street (probe 18: kinds only)."""
    from tests.engine.probe18.corpus import TEMPLATES as TEMPLATES18

    kinds = {t[0] for t in TEMPLATES}
    assert not kinds & {t[0] for t in TEMPLATES18}
    towns, streets = _places()
    mods = ["probe", *(f"probe{i}" for i in range(2, 26) if i != 18)]
    words = _name_words() | name_words(people.AUTHORS)
    overlap = earlier_probe_overlap(mods, kinds, words, towns, streets)
    assert not overlap, sorted(overlap)


def test_names_never_look_like_keep_words_or_places() -> None:
    words = _name_words()
    keep = name_words([k for s in (1, 2, 3) for d in make_corpus(s) for k in d.keep])
    assert not words & keep, sorted(words & keep)
    towns, streets = _places()
    clash = words & name_words(list(towns | streets))
    assert not clash, sorted(clash)


def test_ssns_are_valid_and_ips_public() -> None:
    rng = random.Random(29)
    assert all(ids.ssn_valid(ids.ssn(rng)) for _ in range(200))
    assert all(ipaddress.ip_address(ids.public_ip(rng)).is_global for _ in range(200))


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
        min_phi=400,
        min_keep=400,
        clean=CLEAN,
    )
