"""Regression guard for the thirty-fifth generalisation probe (tabular and record dumps where only a terse
column name or the value's shape says a value is PHI: psql expanded records, MySQL boxed results, sqlcmd and
SQL*Plus listings, pandas `df.head()` with headers col_1/f12/VAL1, a polars box print with German headers, a
Spark `show()` with Spanish headers, dbt test-failure rows, Airflow record logs, a French dataclass repr, a
Portuguese Rails `pp`, Go `%+v` and Lombok `toString()` prints, a COBOL copybook with its fixed-width extract,
a pipe-delimited claims extract, an 80-column eligibility report, `parquet-tools` schema + head, an
Excel-copied TSV with merged-looking blank cells): rates may only get better than when it was written.
Labelling policy in corpus.py (provider NPIs and pipeline run times are keep; eligibility dates are DATE).

First and only measurement, once, as soon as the corpus was complete
(`python -m tests.engine.probe35.run_probe --seed N`; engine at commit 40897ff, `git status --short src`
empty at that minute: no uncommitted engine edits), 36 documents in 18 kinds per seed, none crashes the
engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     16.26% (159/978)   16.36% (160/978)   16.58% (93/561)
    2     17.54% (171/975)   17.64% (172/975)   16.73% (92/550)
    3     17.83% (174/976)   17.93% (175/976)   16.52% (92/557)

Seed 1 by type (leaked / values): NAME 127/331, ZIP 26/74, ADDRESS 4/58, AGE 2/6; none in DATE (190),
PHONE (86), HEALTH_PLAN (71), EMAIL (48), SSN (46), ACCOUNT (28), LICENSE (16), ID (14), MRN (10). Seeds 2
and 3: NAME 139 and 144, ZIP 26 and 26, ADDRESS 3 and 2, AGE 3 and 2. Worst kinds (seed 1, leaked / values):
Spark show 22/61, dbt rows 20/66, copybook extract 20/56, pandas head 17/70, Rails pp 14/56, psql records
13/51; none in the MySQL box, SQL*Plus listing, polars print or pipe claims extract. What leaks:
- NAME: a name is masked when it is one a name list knows or sits in a "First Last" pair; a lone family name
  or rare given name in its own cell survives wherever only the column says what it is: `pat_lst_nm |
  Portela`, `pt_lnm': 'Kaltenbach'` (Airflow dict), `ptntLstNm=Vishwakarma` (Lombok), `PtFnm:Dareen` (Go),
  `nom_naissance='LESPINASSE'`, `nom_usage='Lamarque'`, `sobrenome: "Sakuraba Bracamonte"` (Rails), the
  Spark `apellido_paterno`/`apellido_materno` cells ("| Hatherleigh | Bracamonte |"), the dbt
  `first_name_raw` lower-cased ("| tarik |", "| marigold |") and `last_name_raw` upper-cased cells,
  fixed-width copybook rows ("PARTHASARATHY  DHANANJAY   [DATE]"), parquet-tools `bene_fnm = DAREEN`,
  pandas cells under col_1/col_2, the 80-column report's "KLOOSTERBOER, INGVILD R", a dependant's given
  name after a masked family name in the Excel TSV ("[NAME], Seoyeon"), a name in a log message
  ("failed format check for BRUNNHUBER:").
- ZIP: a bare five-digit value in an unlabelled or foreign-labelled column: pandas `col_23` ("[EMAIL]
  43257"), Spark `cod_postal` ("| 42832 |"), copybook MBR-ZIP between [SSN] and [PHONE] ("[SSN] 17571
  [PHONE]"). Masked under zip5, PLZ, zip_code, Zip5:, code_postal=, cep:.
- ADDRESS: the town under psql `cty` ("cty | Cedarbrook Falls"). AGE: parquet-tools "bene_age = 91".
Partial (one per seed): a Rails town "Santa Luzia do Cerrado" -> "[ADDRESS] do Cerrado".
Over-masking (seed 1, 93 of 561): pipeline run times -- psql `loaded_at` ("2025-04-05 23:08:51.156+00" ->
"2025+00"), Airflow stamps and `scheduled__`/`execution_date=`/`end_date=` ("20250303T200000" -> [ID]), Go
and Spring log timestamps, the report's "RUN DATE: 04/21/25" (with its label: "[NAME]: [ADDRESS] TIME"),
dated file names ("claims_837_20250314.txt", a parquet part file); surrogate row keys (Spark id_paciente,
Rails `id:`, Lombok `PatientEntity(id=...)`, the copybook trailer count, the layout name "MBRX0410");
provider NPIs (Go `RenderingNPI:` -> [PHONE], BILL_NPI column); SNOMED codes under parquet `snomed_ct`; NDC
codes in the SQL*Plus listing ("68180-0513-01" -> "[ID]-01"); column headers read as names ("EFF DATE" ->
"EFF [NAME]", "TERM DATE", "Guar Acct" -> "[NAME] Acct", "Pt Bal" -> "Pt [NAME]"); Excel household ids
("HH-1674" -> [ADDRESS]) and an organisation name ("Summit Ridge Orthopedics" -> "Summit [NAME] Orthopedics").
Kept everywhere: ICD-10 with and without the dot, CPT/HCPCS, LOINC, amounts, status and plan codes, most
column and table names, provider organisation names elsewhere.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), the AGE and run-time labelling policy, and independence from probes 1-31 (template kinds;
name words, nicknames, towns and streets of every earlier people module, whatever the shape of its tables:
run before the measurement, clashes replaced then). Names are not checked against the engine's lexicon or
source: the probe's author did not read them.
"""

from __future__ import annotations

import importlib
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
from tests.engine.probe35 import people
from tests.engine.probe35.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe35.run_probe import crashes, run

LEAK_CEILING = 0.03  # now 1.33% (13/978); first: 16.26% (159/978)
STRICT_CEILING = 0.03  # whole + partial: now 1.43%; first: 16.36% (160/978)
OVERMASK_CEILING = 0.18  # now 16.58% (93/561)
# no leak on seed 1
CLEAN = {"DATE", "PHONE", "HEALTH_PLAN", "EMAIL", "SSN", "ACCOUNT", "LICENSE", "ID", "MRN"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 32))]


def _name_words() -> set[str]:
    return name_words([n for f, m, fam in people.NAMES.values() for n in f + m + fam] + people.NICKS)


def _towns() -> set[str]:
    return {t for _streets, towns in people.PLACES.values() for t, _, _ in towns}


def _streets() -> set[str]:
    return {s for streets, _towns in people.PLACES.values() for s in streets}


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 450 and sum(len(d.keep) for d in corpus) >= 200
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 4 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "DATE", "AGE", "PHONE", "EMAIL", "SSN", "MRN", "ADDRESS", "ZIP", "HEALTH_PLAN",
                     "ACCOUNT", "LICENSE", "ID"}  # fmt: skip
    assert {d.loc for d in docs} == {"us", "de", "es", "fr", "br"}


def test_ages_and_pipeline_times() -> None:
    """AGE labels only 90+; a pipeline's run times are keep, never labelled (the labelling policy)."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert all(int(v) >= 90 for d in docs for t, v in d.phi if t == "AGE")
    run_time = re.compile(r"\[?2025[-/].*|\d\d:\d\d:\d\d|2025\d{4}T\d{6}")
    times = [k for d in docs for k in d.keep if run_time.fullmatch(k)]
    assert len(times) >= 30
    assert not {v for d in docs for t, v in d.phi if t == "DATE" and v.startswith("2025")}


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-31; no name word, nickname, town or street of any of them."""
    kinds = {t[0] for t in TEMPLATES}
    corpora = [importlib.import_module(f"tests.engine.{m}.corpus") for m in EARLIER]
    assert not kinds & {t[0] for c in corpora for t in getattr(c, "TEMPLATES", ())}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    # probes that keep names or places in tables of other shapes (probe18, 26, 27): every string they hold
    held: list[str] = []
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        held += [s for a in dir(mod) if a.isupper() for s in strings_in(getattr(mod, a))]
    assert not _name_words() & name_words([s for s in held if len(s) > 1])
    assert not {p for p in _towns() | _streets() if any(p in s for s in held)}


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
        min_phi=450,
        min_keep=200,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = set()


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
