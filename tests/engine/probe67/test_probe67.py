"""Regression guard for the sixty-seventh generalisation probe: data-science and notebook output around
patient data as analysts, data engineers and AI agents at five invented US Southeast health systems (North
Carolina, South Carolina, Tennessee, Georgia, Kentucky) see it in their tool results, with synthetic PHI
planted in it. Kinds: Jupyter `df.head()` / `df.sample()` reprs (a connection string with a login and
password; Snowflake capitals), pandas `info()` / `value_counts()` / `describe()` with a 90+ filter and a
bad-ZIP check, pandas duplicates and `groupby` (MultiIndex names and birth dates; households by address),
polars frames (a 90+ cohort; ZIP counts and a name filter), Spark `show()` with `printSchema()` (portal
logins with IPs; remote-monitoring device serials), psql (aligned grid, `\\x` record, a small-cell ZIP check),
MySQL (REDCap EAV rows; an OpenEMR `\\G` record), sqlite3 (`.mode column` / `csv`; list mode), R tibble prints
(`count()`, `glimpse()`, `get_dupes()`), dbt test failures with `dbt show` grids, Great Expectations results
(JSON), CSV / TSV heads with `ls -l` and csvkit, Parquet metadata (min / max statistics, `to_pylist()`;
DuckDB), Python tracebacks quoting the offending value, SQL fix scripts and a fixture dump, Airflow task
logs, an AI agent's tool-calling transcript (JSON) and raw .ipynb files (JSON): rates may only get better
than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence
checks passed (`python -m tests.engine.probe67.run_probe --seed N --brief`; engine at commit b94fc45, `git
status --short src/phigate/engine` empty before and after: no uncommitted engine edits), 36 documents in 18
kinds per seed, none crashes the engine, none refused:

    seed  leaked             whole + partial    over-masking
    1     7.21% (73/1013)    7.31% (74/1013)    4.17% (19/456)
    2     7.00% (71/1014)    7.10% (72/1014)    4.64% (21/453)
    3     6.80% (69/1014)    6.80% (69/1014)    4.63% (21/454)

Seed 1 by type (leaked / values): NAME 31/269, ZIP 22/86, USERNAME 12/17, ADDRESS 4/91, AGE 2/13, ID 2/11;
none in DATE (197), MRN (133), PHONE (96), EMAIL (32), HEALTH_PLAN (20), LICENSE (16), SSN (10), ACCOUNT (7),
IP (5), DEVICE (5), URL (3), CREDENTIAL (2). Seed 2: NAME 29, ZIP 21, USERNAME 12, AGE 4, ADDRESS 3, ID 2;
seed 3: NAME 27, ZIP 21, USERNAME 12, AGE 4, ADDRESS 3, ID 2.
Worst kinds (seed 1): R tibble print 15/57, MySQL client 9/49, pandas info / value_counts 7/61, Parquet
metadata 7/52; best (none leaked): Jupyter dataframe head 0/87, Spark show 0/57.
What leaks (seed 1):
- NAME 31 of 269: "Family, Given" cells where only the given name went ("Snipes, [NAME]", "Raley, [NAME]",
  "Grimsley, [NAME]" in a tibble; "Letchworth, [NAME]" in a DuckDB box; "Parnell, [NAME]" in get_dupes, and
  "Barnhill, Westlyn" whole inside a glimpse() string list); capitals in sqlite3 list mode ("HIGHTOWER,ULIS",
  "MBAYA,FAUSTIN", "BREEDLOVE,OREN", "HUSIC,[NAME]", "PRIDDY,[NAME]") and a TSV ("HOBGOOD,[NAME]");
  clinicians as a groupby index or value next to numbers ("Wagstaff, Ulis     287   5.6", "Poudel, Dilli
  199   3.8"), in a Series repr ("pcp_nm        Fincher, Westlyn"), a MySQL grid ("| Snipes, Wessie |"),
  a Parquet max statistic ("| Raley, Wessie | nulls: 0"); analysts' given names opening a comment
  ("# Wessie:", "-- Westlyn:", "D -- Chhali:", "# Jeanel:" 2, "# Dieumene:"); a REDCap EAV value
  ("child_last | Camarena");
  "Foust, [NAME] asked" in a code comment; "number belongs to Elvir Mujic".
- ZIP 22 of 86: every 5-digit ZIP with no street or name in its row -- a value_counts() index (5), an
  unstack() index (3), a psql small-cell grid under "zip5 | n" (4), Parquet min / max statistics (2), a
  glimpse() string list (5), REDCap EAV "zip | 30583" (2), a Series repr "zip5   29350"; ZIPs in full grid
  rows were masked to their ZIP3.
- USERNAME 12 of 17: "psql -U kknott9", 'as user "cmeacham5"', "AIRFLOW_CTX_DAG_OWNER='lauryn.causey'",
  "owner leamon.thrower", the owner column of `ls -l` ("1 bcreech5 analysts"), "/home/adrongy/.venv",
  "versie.surratt@etl01:~/registry$", dbt's "target='dev_bowdena'", "ANALYTICS.DBT_BOWDENA_DBT_TEST__AUDIT",
  "dbt_arledgt.stg_adt__encounters", GX "run_name": "adhoc-waultman6"; masked: the login inside a connection
  string, Snowflake user="CANADYD", "TODO(tsikes)", a registered_by grid value.
- ADDRESS 4: towns in EAV rows ("city | Amicalola Springs", "Yahoola Mill") and in prose ("the 9X-year-old
  from Bumpass Cove Mill", an agent's "to [ADDRESS], Nacoochee Station;"). AGE 2: ages 92 and 91 in a pandas
  grid under "age_raw" (polars, Spark, psql, tibble, Airflow and agent ages 90+ were masked). ID 2: OpenEMR
  pids in a comment ("pid 9822 and 3958 are the same household").
Partial (seed 1, 1): "274" of "27431 Millrace Rd Lot 21" (a street number that looks like a ZIP).
Over-masking (seed 1, 19 of 456): ICD-10 codes in quoted polars cells ("E66.01", "Z79.4", "J18.9" ->
"[ADDRESS]" with the whole row's strings), ages under 90 in a tibble (4 -> "[ID]"), a sqlite3 `.mode column`
result "1377  8.64" (-> "[MRN]4") with "SELECT count(*) AS n," -> "SEL[NAME]" and "SELECT pt_nm, ph, addr1"
-> "SEL[NAME]1", column names inside code ("parse_dates=["dob", "adm_dt"]" -> "[DATE]", "EMAIL_ADDRESS", "mrn"
in a groupby line swallowed as "[ADDRESS]"), "Athena" (an EHR vendor, 2 -> "[NAME]"), "Tyger Shoals Primary
Care" -> "[NAME] Shoals Primary Care", the language "Bosnian", the database name inside a masked connection
string, a ticket number in a file name ("fixes/[ID]_contact_revert.sql"). Seeds 2 and 3 add "Foothills
Kidney Care", "zip5" and a value_counts() count. Kept everywhere else: column names, dtypes, info() counts,
describe() statistics, library versions, table / model / test / DAG names, payers, most ICD-10 / CPT codes and
lab values.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is data-science tool output (every site; NPIs valid under the Luhn rule, MBIs in the
CMS shape; "Family, Given" and "FAMILY,GIVEN" forms; ages 90+; ZIP+4 with and without its hyphen), and
independence from probes 1-64 (template kinds; name words, towns and streets of their people tables with the
kit's check; no name word in any string of those tables -- run before the measurement). Names were not checked
against the engine's lexicon; ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's
code when the probe was written (found by `written_in_engine_code`, not chosen).
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
from tests.engine.probe67 import ids, people
from tests.engine.probe67.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe67.run_probe import crashes, run

LEAK_CEILING = 0.05  # now 3.46% (35/1013); first: 7.21% (73/1013)
STRICT_CEILING = 0.05  # whole + partial: now 3.55%; first 7.31% (74/1013)
OVERMASK_CEILING = 0.06  # now 4.17% (19/456); first: 4.17% (19/456)
CLEAN = {"DATE", "MRN", "PHONE", "EMAIL", "HEALTH_PLAN", "LICENSE", "SSN", "ACCOUNT", "IP", "DEVICE", "URL",
         "CREDENTIAL"}  # fmt: skip
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 65))]


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


def test_corpus_is_data_science_output() -> None:
    """Every site and tool; NPIs with valid Luhn digits, MBIs in the CMS shape; names in the forms the tools
    print (Family, Given; FAMILY,GIVEN; separate fields); ages 90+; ZIP+4 with and without its hyphen."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.SITES)
    assert all(json.loads(d.content) for d in docs if d.format == "json")
    values = [(t, v) for d in docs for t, v in d.phi]
    npis = [v for t, v in values if t == "LICENSE"]
    assert len(npis) >= 40 and all(ids.npi_ok(v) for v in npis)
    mbi_shape = r"[1-9][A-Z][A-Z0-9]\d[A-Z][A-Z0-9]\d[A-Z]{2}\d{2}"
    mbis = [v for t, v in values if t == "HEALTH_PLAN" and re.fullmatch(mbi_shape, v)]
    assert len(mbis) >= 8 and all(ids.mbi_ok(v) for v in mbis)
    names = [v for t, v in values if t == "NAME"]
    assert sum(bool(re.fullmatch(r"[A-Z][a-z]+, [A-Z][a-z]+", v)) for v in names) >= 300
    assert sum(bool(re.fullmatch(r"[A-Z]+,[A-Z]+", v)) for v in names) >= 40
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 30
    assert sum(t == "ZIP" and bool(re.fullmatch(r"\d{5}-\d{4}", v)) for t, v in values) >= 15
    assert sum(t == "ZIP" and bool(re.fullmatch(r"\d{9}", v)) for t, v in values) >= 6
    assert sum(t == "SSN" and bool(re.fullmatch(r"\d{3}-\d{2}-\d{4}", v)) for t, v in values) >= 20
    text = "\n".join(d.content for d in docs)
    marks = (
        *("Out[", "shape: (", "+---", "-[ RECORD 1 ]", "rows in set", "sqlite>", "# A tibble"),
        *("Running with dbt=", "partial_unexpected_list", "Traceback (most recent call last)", "INSERT INTO"),
        *("AIRFLOW_CTX_DAG_OWNER", "tool_calls", "nbformat", "created_by: parquet-cpp-arrow", "│ varchar"),
        "<class 'pandas.core.frame.DataFrame'>",
    )
    assert all(m in text for m in marks), [m for m in marks if m not in text]


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-64, no name word, town or street of their people tables (the kit's check);
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


ENGINE_WORDS_BEFORE = {"babcock", "braden", "brenna", "oren"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
