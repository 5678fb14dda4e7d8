"""Regression guard for the fifteenth generalisation probe (prompts as AI coding agents send them): rates
may only get better than when it was written.

First and only measurement (engine as of the working tree shared with the lead on 2026-11-26, before any
fix prompted by this probe; measured once, as soon as the corpus was complete), 40 documents in 20 kinds
per seed, none crashes the engine, none refused:

    seed  leaked            whole + partial   over-masking
    1     5.41% (24/444)    9.68%             1.45% (2/138)
    2     4.28% (19/444)    8.33%             0.72% (1/138)
    3     3.85% (17/442)    8.37%             2.17% (3/138)

Seed 1 by type: NAME 13/99, ADDRESS 9/57, ZIP 2/32; none in MRN (64), DATE (86), PHONE (50), EMAIL (12),
HEALTH_PLAN (8), CREDENTIAL (6), LICENSE (6), ID (6), IP, AGE, SSN, ACCOUNT (4 each), DEVICE (2).
Most "partial" values are a scoring artefact, not a leak: an MRN written "MRN12725695" becomes "[MRN]",
and the kit's difflib alignment pairs the letters M-R-N of the replacement token with the value's
prefix (18 of the 19 partials on seed 1, 16 of 18 on seed 2, 17 of 20 on seed 3; without them whole +
partial is 5.63% / 4.73% / 4.52%). The real partials: "Society" of an Indian "Flat 142, Sai Kripa
Society, Lane 4" ("[ADDRESS], [NAME] Society, [NAME] 4"), the last word of "Coalbank Gap" and the first
of "Mesquite Wells", "de los Ahuehuetes 129" of a Mexican street in psql output.
Worst kinds (seed 1): the Excel-copied TSV with Tagalog headers (11 of 28 -- "Apelyido", "Pangalan" and
"Brgy/Town" columns: family name, given name and town survive on every row; on seeds 2 and 3 too), the
Spanish-asked Postman response (town and postcode after "localidad"/"cp" keys in pasted JSON), the
voice-dictation transcript (a lower-case "follow up visit for <given> <family> date of birth" and "cc
<given> at"; all three seeds), the German PR description's fixture JSON (a Canadian "225 Sawmill Bay
Concession 4" after "line"), an MCP resources/read chart ("# Chart: Baldemar Zamarripa" in markdown
inside JSON-RPC), the chart-review prose ("the address is now 224 Tannery Wynd"). Seeds 2-3 add towns
after "from" in prose and after a masked street in a French Jira ticket ("[ADDRESS], Persimmon Shoals").
Nothing leaks from the traceback's frame locals, the CREATE TABLE + INSERTs, the docker-compose DSN, the
discharge note (age 91+ masked to "90 or older"), the HL7 ADT^A08, the Slack thread, the OpenAI tool-call
arguments (JSON inside a string), psql \\x output, the pandas records print, the forwarded e-mail, the
Hinglish letter (bar "Society"), the MRN regex request or kubectl logs. Over-masking (seed 1): a ward
"5 West Telemetry" ("5 [NAME] Telemetry"), a Welsh hospital "Ysbyty Gwynedd"; seeds 2-3 add the ticket
key "ADT-2059", "Child-Pugh B" and "troponin I 0.42 ng/mL". Not scored: log lines' own timestamps
("2026-01-14T08:41:02.117Z" -> "2026") and the word "comma" of a dictation swallowed by an address.

The scoring kit's "[MRN]" artefact was fixed the same day (a placeholder's own letters are no
survivors): seed 1 then scores 5.41% leaked, 5.63% whole + partial. After the general rules probes 13 and
14 had prompted plus those this probe prompted (Filipino and Spanish column headers, a name before a
spoken "date of birth", Scottish and Canadian street words): seeds 1/2/3 1.58% / 1.58% / 2.26% leaked
(whole + partial 1.80% / 2.03% / 2.94%), over-masking 1.45% / 0.72% / 2.17%.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. The corpus's soundness (labels, check digits, reproducibility) and its independence from the
engine's word lists and source and from probes 1-14 are checked too, so a broken or recycled corpus
cannot pass as a good engine.
"""

from __future__ import annotations

import random
import re
from collections.abc import Callable
from datetime import date, timedelta

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    engine_overlap,
    in_engine_lexicon,
    people_name_words,
)
from tests.engine.probe15 import ids, people
from tests.engine.probe15.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe15.run_probe import crashes, run

LEAK_CEILING = 0.03  # 1.58% (7/444) on seed 1 after the fixes (5.41% when written)
STRICT_CEILING = 0.03  # whole + partial: 1.80% (5.63% when written, scored as now)
OVERMASK_CEILING = 0.03  # 1.45% (2/138)
# Types with no leak on seed 1 when the probe was written: any leak of these is a regression.
CLEAN = {
    "MRN",
    "DATE",
    "PHONE",
    "EMAIL",
    "HEALTH_PLAN",
    "CREDENTIAL",
    "LICENSE",
    "ID",
    "IP",
    "AGE",
    "SSN",
    "ACCOUNT",
    "DEVICE",
}
KNOWN_CRASHES: set[str] = set()  # none when the probe was written
# identifier shapes the corpus writes and the validator each must pass
SHAPES: dict[str, tuple[str, str, Callable[[str], bool]]] = {
    "nhs": ("ID", r"\d{3} \d{3} \d{4}", ids.nhs_valid),
    "sin": ("ID", r"\d{3} \d{3} \d{3}", ids.luhn_valid),
    "aadhaar": ("ID", r"\d{4} \d{4} \d{4}", ids.verhoeff_valid),
    "curp": ("ID", r"[A-Z]{4}\d{6}[HM][A-Z]{5}[0-9A-Z]\d", ids.curp_valid),
    "ohip": ("HEALTH_PLAN", r"\d{4}-\d{3}-\d{3}-[A-Z]{2}", ids.luhn_valid),
    "nss": ("HEALTH_PLAN", r"\d{11}", ids.luhn_valid),
    "mbi": ("HEALTH_PLAN", r"\d[A-Z0-9]{3}-[A-Z0-9]{3}-[A-Z0-9]{4}", ids.mbi_valid),
    "npi": ("LICENSE", r"\d{10}", ids.npi_valid),
    "dea": ("LICENSE", r"[A-Z]{2}\d{7}", ids.dea_valid),
}


def _towns() -> set[str]:
    return {str(t[0]) for r in people.PLACES.values() for t in r["towns"]}  # type: ignore[attr-defined]


def _streets() -> set[str]:
    return {str(s) for r in people.PLACES.values() for s in r["streets"]}  # type: ignore[attr-defined]


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 40 and len({d.kind for d in docs}) == 20
    assert sum(len(d.phi) for d in docs) >= 400 and sum(len(d.keep) for d in docs) >= 120
    sizes = [(d.id, len(d.phi), len(d.keep)) for d in docs]
    assert all(5 <= p <= 20 and 1 <= k <= 9 for _, p, k in sizes), sizes
    assert [p for seed in (1, 2, 3) for d in make_corpus(seed) for p in problems(d)] == []
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    assert {d.format for d in docs} == {"text", "json"}
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ID"}
    assert types >= {"HEALTH_PLAN", "ACCOUNT", "IP", "CREDENTIAL", "LICENSE", "DEVICE"}
    text = "".join(d.content for d in docs)
    # the prompt's own question, in the languages the kinds are asked in
    for ask in (
        "why does this fail??",
        "write an alembic migration",
        "por que o container da api não sobe?",
        "¿es tema de zona horaria?",
        "pa-help naman, kinopya ko lang from Excel",
        "Kannst du die PR-Beschreibung verbessern",
        "Peux-tu reformuler ce ticket Jira",
        "isko simple Hindi mein translate kar do",
        "fix my regex pls",
    ):
        assert ask in text, ask
    assert (
        "CREATE TABLE" in text and "INSERT INTO" in text and "ADT^A08" in text and "Expanded display" in text
    )
    assert '"jsonrpc": "2.0"' in text and '\\"patient_name\\"' in text
    assert re.search(r"\b[A-Z]\d[A-Z] \d[A-Z]\d\b", text) or re.search(
        r"\b[A-Z]{1,2}\d{1,2} \d[A-Z]{2}\b", text
    )
    assert re.search(r"follow up visit for [a-zà-ÿ]+ [a-zà-ÿ]+ date of birth", text)  # dictation, lower case


def test_names_are_mostly_outside_the_engine_lexicon() -> None:
    """The held-out case: at most a tenth of the name words may be in the engine's name lists
    (measured when written: 15 of 212)."""
    words = people_name_words(people.NAMES)
    inside = in_engine_lexicon(words)
    assert len(words) >= 200
    assert len(inside) <= 0.1 * len(words), sorted(inside)


def test_words_are_not_in_the_engine_source() -> None:
    """No name word, town or street appears as a word in the engine's code or its non-name word lists
    (common words, proper nouns, exclusions): the engine was not tuned on this corpus."""
    overlap = engine_overlap(people_name_words(people.NAMES), _towns() | _streets())
    assert not overlap, sorted(overlap)


def test_corpus_shares_nothing_with_the_first_fourteen_probes() -> None:
    """No template kind, name word, town or street of probes 1-14 is reused."""
    kinds = {t[0] for t in TEMPLATES}
    mods = ["probe", *(f"probe{i}" for i in range(2, 15))]
    overlap = earlier_probe_overlap(mods, kinds, people_name_words(people.NAMES), _towns(), _streets())
    assert not overlap, sorted(overlap)


def test_identifiers_carry_valid_check_digits() -> None:
    """Generated identifiers are valid and encode what they should, so a checksum-aware detector is
    probed fairly."""
    rng = random.Random(15)
    for _ in range(200):
        born = date(1941, 1, 1) + timedelta(days=rng.randrange(365 * 62))
        female = rng.random() < 0.5
        assert ids.luhn_valid(ids.sin(rng)) and ids.luhn_valid(ids.ohip(rng)) and ids.mbi_valid(ids.mbi(rng))
        nss = ids.nss(rng, born)
        assert ids.luhn_valid(nss) and nss[4:6] == f"{born:%y}"
        c = ids.curp(rng, "Xitlalic", "Cuapio", "Arellanes", born, female, "PL")
        assert ids.curp_valid(c) and c[:4] == "CUAX" and c[4:10] == f"{born:%y%m%d}"
        assert c[10] == ("M" if female else "H") and c[11:13] == "PL" and c[13:16] == "PRT"
        assert ids.dea_valid(ids.dea(rng, "Ñandú")) and ids.nhs_valid(ids.nhs(rng))
        assert ids.verhoeff_valid(ids.aadhaar(rng)) and ids.npi_valid(ids.npi(rng))
    # published example values, so the validators themselves are checked
    assert ids.luhn_valid("046 454 286") and not ids.luhn_valid("046 454 287")  # SIN example
    assert ids.dea_valid("AB1234563") and not ids.dea_valid("AB1234564")
    assert ids.mbi_valid("1EG4-TE5-MK73") and not ids.mbi_valid("1EG4-TE5-MK7S")
    assert ids.curp_valid("HEGG560427MVZRRL04") and not ids.curp_valid("HEGG560427MVZRRL05")
    seen: set[str] = set()
    for seed in (1, 2, 3):  # the identifiers in the corpus itself
        for d in make_corpus(seed):
            for type_, value in d.phi:
                for shape, (want, pattern, valid) in SHAPES.items():
                    if type_ == want and re.fullmatch(pattern, value):
                        assert valid(value), (d.id, shape, value)
                        seen.add(shape)
                        break
    assert seen == set(SHAPES) - {"nhs", "sin"}, seen  # no UK/Canadian national ID drawn in these kinds


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    """Every document is masked or refused with EngineError; none raises anything else."""
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    """The ceilings above, no leak in the types that had none when the probe was written, no new crash."""
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=400,
        min_keep=120,
        clean=CLEAN,
    )
