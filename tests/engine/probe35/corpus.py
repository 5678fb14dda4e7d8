# ruff: noqa: E501  (hand-aligned tables)
"""Thirty-fifth independent probe corpus: tabular and record dumps where only a terse column name or the value's
shape says a value is PHI.

36 labelled documents in 18 kinds per seed, two of each: what an engineer pastes to an AI coding agent while
debugging a data pipeline. psql `\\x` expanded records, a MySQL boxed result, SQL Server sqlcmd output, an
Oracle SQL*Plus listing, a pandas `df.head()` with a truncated "..." column and meaningless headers (col_1,
f12, VAL1), a polars box-drawing print with German headers (Nachname, Geb_Datum, PLZ, Ort), a Spark `show()`
with Spanish headers (apellido_materno, fecha_nac), a dbt test failure with `dbt show` rows, an Airflow task
log printing record dicts, a Python dataclass repr list with French fields (nom_naissance, date_naiss), a
Rails console `pp` with Portuguese attributes (data_nasc, cpf, cep), Go `%+v` struct prints, Lombok
`toString()` entities in a Spring stack trace, a fixed-width mainframe extract under its COBOL copybook, a
pipe-delimited claims extract with a header row, an 80-column eligibility exception report, a
`parquet-tools` schema plus `head` records, and an Excel-copied TSV whose merged cells paste as blanks.

Documents are built piece by piece (a table needs every cell's width): a piece is `P(type, value)` (PHI, its
exact text recorded with its span), `K(value)` (must survive) or plain text. Seeded: same seed, same corpus.

Labelling policy (decided before any measurement):
- NAME: every name of a person as written in its cell (given, family, second family, birth name, upper- or
  lower-cased, "FAMILY,GIVEN" as two labels). Patients, subscribers, guarantors, next of kin alike.
- DATE: dates of a person's life, care or coverage more specific than a year -- birth, service, admission,
  last visit, eligibility effective/termination -- in every shape (1957-03-14, 19570314, 14-MAR-57,
  14.03.1957, datetime.date(1957, 3, 14) as "1957, 3, 14", "14 Mar 1957", a SQL Server datetime's date part).
  Keep: a pipeline's own times (job start, log line, batch load, dbt/Airflow run, report run date, a file
  name's date stamp): they describe the job, not a person.
- AGE: an age of 90 or more (the number); younger ages are plain text (neither label nor keep).
- PHONE, EMAIL, SSN (full, unformatted, or the last four digits under `ssn_last4`/`SSN_LAST4`: still a
  part of the number), MRN, ADDRESS (street line; town), ZIP (five-digit ZIP, PLZ, code postal, CEP).
- HEALTH_PLAN: member, subscriber, Medicare MBI, German Versichertennummer. ACCOUNT: patient and guarantor
  account numbers, claim numbers (a business number tied to one patient). LICENSE: driver's licence.
  ID: Spanish DNI, Brazilian CPF. SSN also for the French NIR (num_secu).
- Keep: ICD-10 (with and without the dot), CPT/HCPCS, NDC, LOINC, SNOMED codes, amounts, status and
  reason codes, plan codes, enum values, job times, column names, table and model names, surrogate row
  keys (pt_sk, mbr_key, id_ligne: meaningless outside the database), provider organisation names, and
  provider NPIs: an NPI names a clinician or organisation in its professional role and is published in
  the NPPES registry -- it is not an identifier of the patient, so it is keep (the probe writes NPIs
  only as billing/rendering provider numbers, never with a clinician's name).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from tests.engine.probe import ids as kit
from tests.engine.probe.corpus import Doc, bounded, name_parts
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe35.people import K, P, Person, Slot, draw_people, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

ICD = ["E11.9", "I10", "J44.1", "N18.4", "M54.50", "F41.1", "K57.30", "Z79.4", "E78.5", "I25.10", "G47.33", "R07.9",
       "L03.115", "C50.912", "J45.40", "M17.11"]  # fmt: skip
CPT = ["99213", "99214", "93000", "80053", "36415", "71046", "97110", "99283", "G0439", "J1885", "83036", "85025"]
NDC = ["0378-0181-01", "00071-0155-23", "68180-0513-01", "0093-5124-56", "50090-3421-0", "0002-8215-01", "60505-2579-3"]
LOINC = ["4548-4", "2345-7", "2160-0", "718-7", "33914-3", "14647-2", "2093-3"]
SNOMED = ["44054006", "38341003", "195967001", "73211009", "233604007", "271737000", "49436004"]
STATUS = ["PAID", "DENIED", "PEND", "ADJUSTED", "VOID", "REJECTED"]
CARC = ["CO-45", "PR-1", "CO-97", "OA-23", "PR-2"]
ORGS = ["Riverbend Family Medicine LLC", "Northgate Imaging Partners", "Summit Ridge Orthopedics", "Lakeshore Dialysis Center",
        "Bluewater Pediatrics PA", "Meadowlark Home Health", "Granite Peak Cardiology Group"]  # fmt: skip
PLANS = ["HMOA", "PPO1", "EPO2", "MAPD", "HDHP"]
MON = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"]


# ---- values ----------------------------------------------------------------------------------------------


def iso(d: date) -> str:
    return d.isoformat()


def us(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year}"


def us_bare(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def us_yy(d: date) -> str:
    return f"{d.month:02d}/{d.day:02d}/{d.year % 100:02d}"


def compact(d: date) -> str:
    return f"{d.year}{d.month:02d}{d.day:02d}"


def oracle(d: date) -> str:
    return f"{d.day:02d}-{MON[d.month - 1]}-{d.year % 100:02d}"


def dmy(d: date, sep: str) -> str:
    return f"{d.day:02d}{sep}{d.month:02d}{sep}{d.year}"


def dos(rng: random.Random) -> date:
    """A date of care (2023-2024)."""
    return date(2023, 1, 2) + timedelta(days=rng.randrange(720))


def run_ts(rng: random.Random) -> tuple[date, int, int, int]:
    """A pipeline run time (2025): the job's, not a person's."""
    return date(2025, 1, 6) + timedelta(days=rng.randrange(150)), rng.randrange(24), rng.randrange(60), rng.randrange(60)


def npi(rng: random.Random) -> str:
    body = rng.choice("12") + "".join(rng.choice("0123456789") for _ in range(8))
    return body + kit.luhn_check("80840" + body)


def amount(rng: random.Random, lo: int = 12, hi: int = 4800) -> str:
    return f"{rng.randint(lo, hi)}.{rng.randrange(100):02d}"


def skey(rng: random.Random, digits: int = 6) -> K:
    return K(str(rng.randint(10 ** (digits - 1) + 1, 10**digits - 1)))


def nm(v: str) -> P:
    return P("NAME", v)


def age_cell(p: Person) -> Slot:
    return P("AGE", str(p.age)) if p.age >= 90 else str(p.age)


# ---- layout helpers ----------------------------------------------------------------------------------------


def flat(slot: Slot) -> list[P | K | str]:
    return [x for s in slot for x in flat(s)] if isinstance(slot, tuple | list) else [slot]


def text_of(slot: Slot) -> str:
    return "".join(x.value if isinstance(x, P | K) else x for x in flat(slot))


def pad(slot: Slot, width: int, right: bool = False) -> list[Slot]:
    fill_ = " " * (width - len(text_of(slot)))
    return [fill_, slot] if right else [slot, fill_]


def widths(headers: list[Slot], rows: list[list[Slot]]) -> list[int]:
    return [max(len(text_of(r[i])) for r in [headers, *rows]) for i in range(len(headers))]


def ascii_box(headers: list[Slot], rows: list[list[Slot]], right: frozenset[int] = frozenset()) -> list[Slot]:
    """MySQL / Spark style: +----+ borders, | cells |."""
    w = widths(headers, rows)
    border = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    out: list[Slot] = [border]
    for j, r in enumerate([headers, border, *rows]):
        if isinstance(r, str):
            out.append(r)
            continue
        out.append("|")
        for i, c in enumerate(r):
            out += [" ", *pad(c, w[i], right=i in right and j > 0), " |"]
        out.append("\n")
    return [*out, border]


def polars_box(headers: list[Slot], dtypes: list[str], rows: list[list[Slot]]) -> list[Slot]:
    w = [max(x, len(d), 3) for x, d in zip(widths(headers, rows), dtypes, strict=True)]
    out: list[Slot] = ["┌" + "┬".join("─" * (x + 2) for x in w) + "┐\n"]
    for r in [headers, ["---"] * len(w), dtypes]:
        out += ["│", *(y for i, c in enumerate(r) for y in (" ", *pad(c, w[i]), " │")), "\n"]
    out.append("╞" + "╪".join("═" * (x + 2) for x in w) + "╡\n")
    for r in rows:
        out += ["│", *(y for i, c in enumerate(r) for y in (" ", *pad(c, w[i]), " │")), "\n"]
    return [*out, "└" + "┴".join("─" * (x + 2) for x in w) + "┘\n"]


def columns(headers: list[Slot], rows: list[list[Slot]], gap: str = " ", dash: str = "-",
            right: frozenset[int] = frozenset(), rule: bool = True) -> list[Slot]:  # fmt: skip
    """sqlcmd / SQL*Plus / report style: header, a dash rule per column (unless not `rule`), padded rows."""
    w = widths(headers, rows)
    out: list[Slot] = []
    for r in [headers, *([None] if rule else []), *rows]:
        cells: list[Slot] = []
        for i in range(len(w)):
            cells += [gap] if i else []
            cells += [dash * w[i]] if r is None else pad(r[i], w[i], right=i in right)
        out += [*cells, "\n"]
    return out


def assemble(pieces: list[Slot]) -> tuple[str, list[tuple[str, str]], list[str], list[tuple[int, int]]]:
    out: list[str] = []
    phi: list[tuple[str, str]] = []
    keep: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for piece in flat(pieces):
        text = piece.value if isinstance(piece, P | K) else piece
        if isinstance(piece, P):
            phi.append((piece.type, piece.value))
            spans.append((pos, pos + len(text)))
        elif isinstance(piece, K):
            keep.append(piece.value)
        out.append(text)
        pos += len(text)
    return "".join(out), list(dict.fromkeys(phi)), list(dict.fromkeys(keep)), spans


# ---- the 18 kinds -------------------------------------------------------------------------------------------
# Each builds one document's pieces from a seeded rng and a set of name words already used in it.


def psql_expanded(rng: random.Random, used: set[str]) -> list[Slot]:
    ppl = draw_people(rng, "us", 3, used)
    d, h, m, s = run_ts(rng)
    batch = skey(rng, 5)
    out: list[Slot] = ["ehr_raw=> \\x\nExpanded display is on.\nehr_raw=> SELECT * FROM ", K("stg.pt_demo"),
                       " WHERE load_batch = ", batch, " AND zip5 IS NULL OR mrn_ext ~ '^0' LIMIT 3;\n"]  # fmt: skip
    for i, p in enumerate(ppl, 1):
        rows: list[tuple[str, Slot]] = [
            ("pt_sk", skey(rng)), ("pat_fst_nm", nm(p.given)), ("pat_lst_nm", nm(p.family)), ("brth_dt", P("DATE", iso(p.dob))),
            ("ph_hm", P("PHONE", p.phone)), ("ptnt_eml", P("EMAIL", p.email)), ("addr_ln_1", P("ADDRESS", p.street)),
            ("cty", P("ADDRESS", p.town)), ("st_cd", p.region), ("zip5", P("ZIP", p.zip) if i != 2 else ""),
            ("mrn_ext", P("MRN", p.mrn)), ("prim_dx", K(rng.choice(ICD))), ("enc_cnt", str(rng.randint(1, 40))),
            ("src_sys", K("EPIC_CLARITY")), ("load_batch", batch),
            ("loaded_at", K(f"{iso(d)} {h:02d}:{m:02d}:{s:02d}.{rng.randrange(1000):03d}+00")),
        ]  # fmt: skip
        kw = max(len(k) for k, _ in rows)
        out.append(f"-[ RECORD {i} ]" + "-" * (kw - 11) + "+" + "-" * 28 + "\n")
        for k, v in rows:
            out += [K(k) if k in ("pat_lst_nm", "mrn_ext", "ptnt_eml", "addr_ln_1") else k, " " * (kw - len(k)), " | ", v, "\n"]
    return [*out, "\nehr_raw=> \n"]


def mysql_boxed(rng: random.Random, used: set[str]) -> list[Slot]:
    heads: list[Slot] = [K("acct_no"), K("GUAR_NM"), "GUAR_PH", K("NOK_NM"), K("NOK_PH"), K("bal_amt"), K("stat_cd"), "last_dos"]
    rows = []
    for _ in range(4):
        g, k = draw_people(rng, "us", 2, used)
        rows.append([P("ACCOUNT", g.account), (nm(g.family.upper()), ", ", nm(g.given.upper())), P("PHONE", g.phone),
                     (nm(k.given), " ", nm(k.family)), P("PHONE", k.phone), K(amount(rng)), K(rng.choice(["COLL", "SELF_PAY", "PMT_PLAN", "BAD_DEBT"])),
                     P("DATE", iso(dos(rng)))])  # fmt: skip
    return ["mysql> SELECT acct_no, GUAR_NM, GUAR_PH, NOK_NM, NOK_PH, bal_amt, stat_cd, last_dos\n    -> FROM ", K("billing.guar_acct"),
            " g JOIN ", K("billing.nok_ctc"), " n USING (acct_no)\n    -> WHERE bal_amt > 0 ORDER BY bal_amt DESC LIMIT 4;\n",
            *ascii_box(heads, rows, right=frozenset({5})), f"4 rows in set (0.0{rng.randint(1, 9)} sec)\n\nmysql> \n"]  # fmt: skip


def sqlcmd_output(rng: random.Random, used: set[str]) -> list[Slot]:
    heads: list[Slot] = [K("MBR_ID"), K("MBR_FNM"), K("MBR_LNM"), K("MBR_DOB_DT"), K("SSN_LAST4"), "SUBSCR_ID", K("PROC_CD"), "ALLOWED_AMT"]
    rows = []
    for p in draw_people(rng, "us", 4, used):
        sub = p.member if rng.random() < 0.5 else fill(rng, "W%########")
        rows.append([P("HEALTH_PLAN", p.member), nm(p.given), nm(p.family), P("DATE", f"{iso(p.dob)} 00:00:00.000"),
                     P("SSN", p.ssn[-4:]), P("HEALTH_PLAN", sub), K(rng.choice(CPT)), K(amount(rng, 20, 900))])  # fmt: skip
    return ["C:\\etl> sqlcmd -S CLMSQL02 -d ClaimsDW -Q \"SELECT TOP 4 MBR_ID, MBR_FNM, MBR_LNM, MBR_DOB_DT, SSN_LAST4, SUBSCR_ID, PROC_CD, ALLOWED_AMT FROM ",
            K("dbo.CLM_LN_STG"), " WHERE ALLOWED_AMT IS NOT NULL AND PAID_DT IS NULL\"\n", "Changed database context to 'ClaimsDW'.\n",
            *columns(heads, rows, right=frozenset({7})), "\n(4 rows affected)\n"]  # fmt: skip


def sqlplus_listing(rng: random.Random, used: set[str]) -> list[Slot]:
    heads: list[Slot] = [K("PT_NAME"), "DOB", "AGE", "SSN", K("DRV_LIC"), K("NDC_CD"), "QTY", K("RX_STAT")]
    rows = []
    for p in draw_people(rng, "us", 4, used, n_old=1):
        rows.append([(nm(p.family.upper()), ",", nm(p.given.upper())), P("DATE", oracle(p.dob)), age_cell(p), P("SSN", p.ssn),
                     P("LICENSE", p.license), K(rng.choice(NDC)), str(rng.choice([30, 60, 90])), K(rng.choice(["FILLED", "REVERSED", "RTS"]))])  # fmt: skip
    rng.shuffle(rows)
    return ["SQL> SET LINESIZE 140\nSQL> SELECT pt_name, dob, TRUNC(MONTHS_BETWEEN(SYSDATE, dob) / 12) age, ssn, drv_lic, ndc_cd, qty, rx_stat FROM ", K("PHRM.RX_CLM_HIST"),
            "\n  2  WHERE fill_dt >= SYSDATE - 7 AND rx_stat <> 'PAID';\n\n",
            *columns(heads, rows, right=frozenset({2, 6})), "\n4 rows selected.\n\nElapsed: 00:00:00.04\nSQL> \n"]  # fmt: skip


def pandas_head(rng: random.Random, used: set[str]) -> list[Slot]:
    heads: list[Slot] = ["", K("col_1"), K("col_2"), K("col_3"), "...", K("f12"), K("f13"), K("VAL1"), "VAL2", K("col_23")]
    rows = []
    for i, p in enumerate(draw_people(rng, "us", 5, used)):
        rows.append([str(i), nm(p.given), nm(p.family), P("DATE", iso(p.dob)), "...", P("PHONE", p.phone), P("SSN", p.ssn),
                     K(rng.choice(ICD)), P("EMAIL", p.email), P("ZIP", p.zip)])  # fmt: skip
    name = f"vendor_extract_{rng.randint(1000, 9999)}.csv"
    return [">>> import pandas as pd\n>>> df = pd.read_csv('", K(name), "', header=None, dtype=str)\n",
            ">>> df.columns = [f'col_{i}' for i in range(1, 24)]  # vendor sent no header\n>>> df = df.rename(columns={'col_12': 'f12', 'col_13': 'f13', 'col_17': 'VAL1', 'col_18': 'VAL2'})\n>>> df.head()\n",
            *columns(heads, rows, gap="  ", right=frozenset(range(10)), rule=False),
            "\n[5 rows x 23 columns]\n>>> df['VAL1'].value_counts().head(3)\n"]  # fmt: skip


def polars_print(rng: random.Random, used: set[str]) -> list[Slot]:
    heads: list[Slot] = [K("Nachname"), K("Vorname"), K("Geb_Datum"), K("Alter"), K("Strasse"), K("PLZ"), K("Ort"), K("Versichertennr"), K("ICD")]
    dtypes = ["str", "str", "date", "i64", "str", "str", "str", "str", "str"]
    rows = []
    for p in draw_people(rng, "de", 4, used, n_old=1):
        rows.append([('"', nm(p.family), '"'), ('"', nm(p.given), '"'), P("DATE", iso(p.dob)), age_cell(p), ('"', P("ADDRESS", p.street), '"'),
                     ('"', P("ZIP", p.zip), '"'), ('"', P("ADDRESS", p.town), '"'), ('"', P("HEALTH_PLAN", p.natid), '"'),
                     ('"', K(rng.choice(ICD)), '"')])  # fmt: skip
    rng.shuffle(rows)
    return [">>> df = pl.read_parquet('", K("versicherte_2025q1.parquet"), "')\n>>> df.filter(pl.col('Ort').is_not_null()).sort('Alter', descending=True).head(4)\n",
            "shape: (4, 9)\n", *polars_box(heads, dtypes, rows)]  # fmt: skip


def spark_show(rng: random.Random, used: set[str]) -> list[Slot]:
    heads: list[Slot] = [K("id_paciente"), K("nombre"), K("apellido_paterno"), K("apellido_materno"), K("fecha_nac"), K("dni"),
                         K("telefono"), K("cod_postal"), K("municipio"), K("cie10")]  # fmt: skip
    rows = []
    ppl = draw_people(rng, "es", 8, used)
    for p, q in zip(ppl[:4], ppl[4:], strict=True):
        rows.append([skey(rng, 7), nm(p.given), nm(p.family), nm(q.family), P("DATE", dmy(p.dob, "/")), P("ID", p.natid),
                     P("PHONE", p.phone), P("ZIP", p.zip), P("ADDRESS", p.town), K(rng.choice(ICD))])  # fmt: skip
    return [">>> df_pacientes = spark.table('", K("bronze.his_pacientes"), "')\n>>> df_pacientes.filter(F.col('cod_postal').rlike('^[0-9]{5}$') == False).show(4, truncate=False)\n",
            *ascii_box(heads, rows), "only showing top 4 rows\n\n>>> df_pacientes.count()\n", str(rng.randint(120000, 480000)), "\n"]  # fmt: skip


def dbt_test_failure(rng: random.Random, used: set[str]) -> list[Slot]:
    _d, h, m, s = run_ts(rng)
    t0 = f"{h:02d}:{m:02d}:{s:02d}"
    heads: list[Slot] = [K("member_sk"), K("subscriber_id"), K("first_name_raw"), K("last_name_raw"), K("dob_raw"), K("email_addr"), K("zip_code"), K("plan_cd")]
    rows = []
    for _ in range(3):
        a, b = draw_people(rng, "us", 2, used)
        for p in (a, b):  # the same subscriber id twice: why the test fails
            rows.append([skey(rng, 5), P("HEALTH_PLAN", a.member), nm(p.given.lower()), nm(p.family.upper()), P("DATE", compact(p.dob)),
                         P("EMAIL", p.email), P("ZIP", p.zip), K(rng.choice(PLANS))])  # fmt: skip
    w = widths(heads, rows)
    table: list[Slot] = []
    for r in [heads, None, *rows]:
        table += ["|", *(y for i in range(len(w)) for y in (" ", *(["-" * w[i]] if r is None else pad(r[i], w[i])), " |")), "\n"]
    test = "unique_stg_members_subscriber_id"
    return [K(t0), "  Running with dbt=1.7.4\n", K(t0), "  Registered adapter: snowflake=1.7.1\n",
            K(t0), "  Found 84 models, 212 tests, 9 sources, 0 exposures, 0 metrics, 611 macros\n", K(t0), "\n",
            K(t0), f"  1 of 3 START test {test} ........................ [RUN]\n",
            K(t0), "  1 of 3 FAIL 3 ", K(test), " ....................... [FAIL 3 in 0.41s]\n",
            K(t0), "\n", K(t0), "  Failure in test ", K(test), " (models/staging/schema.yml)\n",
            K(t0), "    Got 3 results, configured to fail if != 0\n",
            K(t0), f"    compiled Code at target/compiled/claims/models/staging/schema.yml/{test}.sql\n\n",
            "$ dbt show --inline \"select * from {{ ref('", K("stg_members"), "') }} where subscriber_id in (select subscriber_id from {{ ref('stg_members') }} group by 1 having count(*) > 1)\" --limit 6\n",
            K(t0), "  Previewing inline node:\n", *table, "\n"]  # fmt: skip


def airflow_record_log(rng: random.Random, used: set[str]) -> list[Slot]:
    d, h, m, s = run_ts(rng)
    sched = f"{iso(d)}T{h:02d}:00:00+00:00"
    stamp = K(f"[{iso(d)}, {h:02d}:{m:02d}:{s:02d} UTC]")
    out: list[Slot] = [stamp, " {taskinstance.py:1157} INFO - Dependencies all met for <TaskInstance: eligibility_sync.transform_members scheduled__",
                       K(sched), " [queued]>\n", stamp, " {eligibility.py:61} INFO - Pulled 1284 rows from ", K("raw.elig_834_members"), "\n"]  # fmt: skip
    ppl = draw_people(rng, "us", 3, used)
    kin = draw_people(rng, "us", 3, used)
    for i, (p, k) in enumerate(zip(ppl, kin, strict=True)):
        eff = date(rng.choice([2023, 2024]), rng.randint(1, 12), 1)
        rec: list[Slot] = ["{'mbr_key': ", skey(rng), ", 'pt_fnm': '", nm(p.given), "', 'pt_lnm': '", nm(p.family), "', 'mbr_dob_dt': '",
                           P("DATE", iso(p.dob)), "', 'ptnt_eml': '", P("EMAIL", p.email), "', 'bene_mbi': '", P("HEALTH_PLAN", p.mbi),
                           "', 'NOK_NM': '", nm(k.given), " ", nm(k.family), "', 'NOK_PH': '", P("PHONE", k.phone),
                           "', 'elig_eff_dt': '", P("DATE", us(eff)), "', 'plan_cd': '", K(rng.choice(PLANS)), "', 'cob_ind': False}"]  # fmt: skip
        out += [stamp, " {eligibility.py:88} INFO - Processing record: ", *rec, "\n"]
        if i == 1:
            out += [stamp, " {eligibility.py:97} WARNING - bene_mbi failed format check for ", nm(p.family.upper()), ": '",
                    P("HEALTH_PLAN", p.mbi), "' -> routed to ", K("dq.elig_quarantine"), "\n"]  # fmt: skip
    end = f"{compact(d)}T{h:02d}{m:02d}{(s + 7) % 60:02d}"
    return [*out, stamp, " {taskinstance.py:1398} INFO - Marking task as SUCCESS. dag_id=eligibility_sync, task_id=transform_members, execution_date=",
            K(f"{compact(d)}T{h:02d}0000"), ", end_date=", K(end), "\n", stamp, " {local_task_job_runner.py:228} INFO - Task exited with return code 0\n"]  # fmt: skip


def dataclass_repr(rng: random.Random, used: set[str]) -> list[Slot]:
    ppl = draw_people(rng, "fr", 6, used)
    out: list[Slot] = [">>> from etl.modeles import Assure\n>>> lot = charger_lot('", K("CPAM_ALD_0417.csv"), "')\n>>> pprint(lot[:3])\n["]
    for i, (p, q) in enumerate(zip(ppl[:3], ppl[3:], strict=True)):
        married = p.female and i != 1
        d = p.dob
        out += [("" if i == 0 else " "), "Assure(id_ligne=", skey(rng, 5), ", nom_naissance='", nm(p.family.upper()), "', nom_usage='",
                nm(q.family) if married else "", "', prenom='", nm(p.given), "', date_naiss=datetime.date(", P("DATE", f"{d.year}, {d.month}, {d.day}"),
                "), num_secu='", P("SSN", p.natid), "', tel='", P("PHONE", p.phone), "', adresse='", P("ADDRESS", p.street), "', code_postal='",
                P("ZIP", p.zip), "', commune='", P("ADDRESS", p.town), "', cim10='", K(rng.choice(ICD)), "', montant=Decimal('", K(amount(rng, 5, 300)),
                "'), statut=<Statut.", K(rng.choice(["A_CONTROLER", "REJETE", "VALIDE"])), ": ", str(rng.randint(1, 3)), ">)", ",\n" if i < 2 else "]\n"]  # fmt: skip
    return out


def rails_console_pp(rng: random.Random, used: set[str]) -> list[Slot]:
    ppl = draw_people(rng, "br", 3, used)
    town = ppl[0].town
    for p in ppl:
        p.town = town
    out: list[Slot] = ['irb(main):004:0> pp Paciente.where(cidade: "', P("ADDRESS", town), '").where("cid10 LIKE ?", "E11%").limit(3)\n',
                       '  Paciente Load (1.8ms)  SELECT "pacientes".* FROM "', K("pacientes"), '" WHERE "pacientes"."cidade" = $1 AND (cid10 LIKE \'E11%\') LIMIT $2  [["cidade", "',
                       P("ADDRESS", town), '"], ["LIMIT", 3]]\n[']  # fmt: skip
    wd = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
    for i, p in enumerate(ppl):
        d = p.dob
        extra = draw_people(rng, "br", 1, used)[0]
        out += [("" if i == 0 else " "), f"#<Paciente:0x0000{rng.randrange(16**12):012x}\n  id: ", skey(rng, 5), ',\n  nome: "', nm(p.given),
                '",\n  sobrenome: "', nm(p.family), " ", nm(extra.family), '",\n  data_nasc: ', wd[d.weekday()], ", ", P("DATE", f"{d.day:02d} {d.strftime('%b')} {d.year}"),
                ',\n  cpf: "', P("ID", p.natid), '",\n  cep: "', P("ZIP", p.zip), '",\n  cidade: "', P("ADDRESS", town), '",\n  logradouro: "',
                P("ADDRESS", p.street), '",\n  celular: "', P("PHONE", p.phone), '",\n  email: "', P("EMAIL", p.email), '",\n  cid10: "',
                K(rng.choice(["E11.9", "E11.65", "E11.22"])), '",\n  ', K("convenio_ans"), ': "', K(rng.choice(["326305", "359017", "005711"])),
                '">' + (",\n" if i < 2 else "]\n")]  # fmt: skip
    return [*out, "=> nil\n"]


def go_struct_print(rng: random.Random, used: set[str]) -> list[Slot]:
    out: list[Slot] = []
    for p in draw_people(rng, "us", 3, used):
        d, h, m, s = run_ts(rng)
        dx = rng.sample(ICD, 2)
        out += [K(f"{d.year}/{d.month:02d}/{d.day:02d} {h:02d}:{m:02d}:{s:02d}"), " reconcile.go:142: mismatch for member: {MbrKey:", skey(rng),
                " PtFnm:", nm(p.given), " PtLnm:", nm(p.family), " Dob:", P("DATE", iso(p.dob)), " 00:00:00 +0000 UTC Ssn:", P("SSN", p.ssn.replace("-", "")),
                " Phone:", P("PHONE", p.phone), " Addr:{Line1:", P("ADDRESS", p.street), " City:", P("ADDRESS", p.town), " St:", p.region,
                " Zip5:", P("ZIP", p.zip), "} Plan:{MemberID:", P("HEALTH_PLAN", p.member), ' PcpOrg:"', K(rng.choice(ORGS)), '"} Dx:[', K(dx[0]),
                " ", K(dx[1]), "] RenderingNPI:", K(npi(rng)), " Status:", K(rng.choice(["MISMATCH_DOB", "MISMATCH_ZIP", "MISSING_PCP"])), "}\n"]  # fmt: skip
    return ["$ kubectl logs deploy/elig-reconciler --since=1h | grep mismatch\n", *out]


def lombok_tostring(rng: random.Random, used: set[str]) -> list[Slot]:
    def entity(p: Person, pk: K, mrn: str) -> list[Slot]:
        return ["PatientEntity(id=", pk, ", ptntFrstNm=", nm(p.given), ", ptntLstNm=", nm(p.family), ", brthDt=", P("DATE", iso(p.dob)),
                ", mrn=", P("MRN", mrn), ", gndrCd=", "F" if p.female else "M", ", hmPhn=", P("PHONE", p.phone), ", emlAddr=", P("EMAIL", p.email),
                ", dlNbr=", P("LICENSE", p.license), ", acctNbr=", P("ACCOUNT", p.account), ", pcpOrg=", K(rng.choice(ORGS)), ", actvInd=true)"]  # fmt: skip

    out: list[Slot] = []
    for _ in range(2):
        a, b = draw_people(rng, "us", 2, used)
        d, h, m, s = run_ts(rng)
        out += [K(f"{iso(d)} {h:02d}:{m:02d}:{s:02d}.{rng.randrange(1000):03d}"), " ERROR 4121 --- [pool-3-thread-2] c.a.e.s.PatientSyncService       : Duplicate MRN, incoming ",
                *entity(a, skey(rng), a.mrn), " vs existing ", *entity(b, skey(rng), a.mrn), "\n",
                "org.springframework.dao.DataIntegrityViolationException: could not execute statement; SQL [n/a]; constraint [", K("uk_ptnt_mrn"), "]\n",
                "\tat org.springframework.orm.jpa.vendor.HibernateJpaDialect.convertHibernateAccessException(HibernateJpaDialect.java:276)\n",
                "\tat com.acme.ehr.sync.PatientSyncService.upsert(PatientSyncService.java:118)\n\n"]  # fmt: skip
    return out


def copybook_fixed_width(rng: random.Random, used: set[str]) -> list[Slot]:
    layout = [("MBR-ID", "X(14)", 14), ("MBR-LNAME", "X(15)", 15), ("MBR-FNAME", "X(12)", 12), ("MBR-DOB", "9(8)", 8), ("FILLER", "X(1)", 1),
              ("MBR-SSN", "9(9)", 9), ("FILLER", "X(1)", 1), ("MBR-ZIP", "X(5)", 5), ("FILLER", "X(1)", 1), ("MBR-PHONE", "9(10)", 10),
              ("FILLER", "X(1)", 1), ("MBR-PLAN-CD", "X(4)", 4), ("FILLER", "X(1)", 1), ("MBR-STAT", "X(1)", 1)]  # fmt: skip
    out: list[Slot] = ["$ cat MBRX0410.cpy\n      * MEMBER EXTRACT LAYOUT - ", K("MBRX0410"), "  REC LEN 83\n       01  MBR-REC.\n"]
    for name, pic, _ in layout:
        out += ["           05  ", K(name) if name in ("MBR-LNAME", "MBR-DOB", "MBR-SSN", "MBR-PLAN-CD") else name, " " * (16 - len(name)), "PIC ", pic, ".\n"]
    out.append("\n$ head -4 MBRX0410.D250304.DAT\n")
    for p in draw_people(rng, "us", 4, used):
        digits = "".join(c for c in p.phone if c.isdigit())[-10:]
        cells: list[Slot] = [P("HEALTH_PLAN", p.member), nm(p.family.upper()), nm(p.given.upper()), P("DATE", compact(p.dob)), " ",
                             P("SSN", p.ssn.replace("-", "")), " ", P("ZIP", p.zip), " ", P("PHONE", digits), " ", K(rng.choice(PLANS)), " ", rng.choice("AT")]  # fmt: skip
        for c, (_, _, w) in zip(cells, layout, strict=True):
            out += pad(c, w)
        out.append("\n")
    return [*out, "TRLR ", K(f"{rng.randint(1200, 9800):08d}"), " RECS\n"]


def pipe_claims_extract(rng: random.Random, used: set[str]) -> list[Slot]:
    d, *_ = run_ts(rng)
    fname = K(f"claims_837_{compact(d)}.txt")
    head = ["CLM_ID", "LN", "MBR_ID", "PT_LNM", "PT_FNM", "PT_DOB", "PT_SEX", "DOS_FROM", "DOS_TO", "DX1", "DX2", "PROC", "NDC", "BILL_NPI", "BILL_ORG", "CHG_AMT", "RMT_STAT"]
    out: list[Slot] = ["$ head -5 /data/inbound/", fname, "\n", *(y for i, h in enumerate(head) for y in (["|"] if i else []) + [K(h) if h in ("PT_LNM", "DOS_FROM", "BILL_NPI", "RMT_STAT") else h]), "\n"]
    for p in draw_people(rng, "us", 4, used):
        start = dos(rng)
        dx = rng.sample(ICD, 2)
        cells: list[Slot] = [P("ACCOUNT", fill(rng, "%#########")), "1", P("HEALTH_PLAN", p.member), nm(p.family.upper()), nm(p.given.upper()),
                             P("DATE", compact(p.dob)), "F" if p.female else "M", P("DATE", compact(start)), P("DATE", compact(start + timedelta(days=rng.randint(1, 6)))),
                             K(dx[0].replace(".", "")), K(dx[1].replace(".", "")), K(rng.choice(CPT)), K(rng.choice(NDC).replace("-", "")) if rng.random() < 0.5 else "",
                             K(npi(rng)), K(rng.choice(ORGS)), K(amount(rng)), K(rng.choice(CARC))]  # fmt: skip
        out += [*(y for i, c in enumerate(cells) for y in (["|"] if i else []) + [c]), "\n"]
    return [*out, "$ wc -l /data/inbound/", fname, "\n", str(rng.randint(2000, 90000)), " /data/inbound/", fname, "\n"]


def cobol_80col_report(rng: random.Random, used: set[str]) -> list[Slot]:
    d, h, m, _ = run_ts(rng)
    heads: list[Slot] = ["MEMBER ID", K("MEMBER NAME"), K("BIRTH DT"), "SX", K("EFF DATE"), K("TERM DATE"), K("RSN")]
    rows = []
    for p in draw_people(rng, "us", 4, used):
        eff = date(rng.choice([2022, 2023]), rng.randint(1, 12), 1)
        term = date(2024, rng.randint(1, 12), 1) - timedelta(days=1)
        rows.append([P("HEALTH_PLAN", p.member), (nm(p.family.upper()), ", ", nm(p.given.upper()), " ", rng.choice("ABCDEJKLMRS")), P("DATE", us(p.dob)),
                     "F" if p.female else "M", P("DATE", us_yy(eff)), P("DATE", us_yy(term)), K(rng.choice(["TRM-DUP", "DOB-MSM", "ADR-UNK", "COB-OTH"]))])  # fmt: skip
    body = columns(heads, rows, gap="  ")
    return ["1RPT-ELG220", " " * 14, K("BLUE HERON HEALTH PLAN"), " " * 16, "PAGE     1\n",
            " RUN DATE: ", K(us_yy(d)), " " * 10, "MEMBER ELIGIBILITY EXCEPTIONS", " " * 10, "RUN TIME: ", K(f"{h:02d}:{m:02d}"), "\n0",
            *[x if not (isinstance(x, str) and x == "\n") else "\n " for x in body[:-1]], "\n",
            "0TOTAL EXCEPTIONS THIS PAGE:     4      ", K("JOB ELG220D STEP03 RC=0000"), "\n"]  # fmt: skip


def parquet_tools_dump(rng: random.Random, used: set[str]) -> list[Slot]:
    part = K(f"part-00000-{rng.randrange(16**8):08x}-c000.snappy.parquet")
    fields = [("binary", "bene_mbi", " (STRING)"), ("binary", "bene_fnm", " (STRING)"), ("binary", "bene_lnm", " (STRING)"), ("int32", "bene_dob", " (DATE)"),
              ("binary", "bene_zip5", " (STRING)"), ("binary", "bene_phn", " (STRING)"), ("int32", "bene_age", ""), ("binary", "hcpcs_cd", " (STRING)"),
              ("binary", "loinc_cd", " (STRING)"), ("binary", "snomed_ct", " (STRING)"), ("double", "pd_amt", "")]  # fmt: skip
    out: list[Slot] = ["$ parquet-tools schema ", part, "\nmessage spark_schema {\n"]
    for t, n, a in fields:
        out += [f"  optional {t} ", K(n) if n in ("bene_mbi", "bene_dob", "bene_zip5", "snomed_ct") else n, f"{a};\n"]
    out += ["}\n\n$ parquet-tools head -n 3 ", part, "\n"]
    for p in draw_people(rng, "us", 3, used, n_old=1):
        vals: list[Slot] = [P("HEALTH_PLAN", p.mbi), nm(p.given.upper()), nm(p.family.upper()), P("DATE", iso(p.dob)), P("ZIP", p.zip),
                            P("PHONE", "".join(c for c in p.phone if c.isdigit())[-10:]), age_cell(p), K(rng.choice(CPT)), K(rng.choice(LOINC)),
                            K(rng.choice(SNOMED)), K(amount(rng, 3, 600))]  # fmt: skip
        for (_, n, _), v in zip(fields, vals, strict=True):
            out += [n, " = ", v, "\n"]
        out.append("\n")
    return out


def excel_tsv_merged(rng: random.Random, used: set[str]) -> list[Slot]:
    head = ["Hsehld", "Guarantor", "Guar Acct", "Pt Name", "DOB", "Rel", "Visit Dt", "CPT", "Charge", "Ins Member #", "Pt Bal"]
    out: list[Slot] = ["(pasted from AR_aging_March.xlsx, sheet 'Detail')\n", *(y for i, h in enumerate(head) for y in (["\t"] if i else []) + [K(h) if h in ("Hsehld", "Guar Acct", "Ins Member #", "Pt Bal") else h]), "\n"]
    for _ in range(2):
        g = draw_people(rng, "us", 1, used)[0]
        kids = draw_people(rng, "us", 2, used)
        hh = K(f"HH-{rng.randint(1000, 9999)}")
        for j, p in enumerate([g, *kids]):
            rel = ["SELF", "SPOUSE", "CHILD"][j]
            first: list[Slot] = [hh, (nm(g.family.upper()), ", ", nm(g.given.upper())), P("ACCOUNT", g.account)] if j == 0 else ["", "", ""]
            cells: list[Slot] = [*first, (nm(g.family), ", ", nm(p.given)), P("DATE", us_bare(p.dob)), K(rel), P("DATE", us_bare(dos(rng))),
                                 K(rng.choice(CPT)), K(f"${amount(rng, 60, 900)}"), P("HEALTH_PLAN", g.member if j else p.member),
                                 K(f"${amount(rng, 0, 150)}")]  # fmt: skip
            out += [*(y for i, c in enumerate(cells) for y in (["\t"] if i else []) + [c]), "\n"]
        out.append("\t\t\t\t\t\t\t\t\t\t\n")
    return [*out, "\t\t\t\t\t\t\tTotal\t", K(f"${amount(rng, 1000, 5000)}"), "\t\t\n"]


TEMPLATES: list[tuple[str, str, Callable[[random.Random, set[str]], list[Slot]]]] = [
    ("tab35_psql_expanded_records", "us", psql_expanded),
    ("tab35_mysql_boxed_result", "us", mysql_boxed),
    ("tab35_sqlcmd_result", "us", sqlcmd_output),
    ("tab35_sqlplus_listing", "us", sqlplus_listing),
    ("tab35_pandas_head_truncated", "us", pandas_head),
    ("tab35_polars_box_print", "de", polars_print),
    ("tab35_spark_show_table", "es", spark_show),
    ("tab35_dbt_test_failure_rows", "us", dbt_test_failure),
    ("tab35_airflow_task_record_log", "us", airflow_record_log),
    ("tab35_python_dataclass_repr", "fr", dataclass_repr),
    ("tab35_rails_console_pp", "br", rails_console_pp),
    ("tab35_go_struct_plusv", "us", go_struct_print),
    ("tab35_lombok_tostring_trace", "us", lombok_tostring),
    ("tab35_copybook_fixed_width", "us", copybook_fixed_width),
    ("tab35_pipe_claims_extract", "us", pipe_claims_extract),
    ("tab35_cobol_80col_report", "us", cobol_80col_report),
    ("tab35_parquet_tools_dump", "us", parquet_tools_dump),
    ("tab35_excel_tsv_merged_cells", "us", excel_tsv_merged),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, loc: str, build: Callable[[random.Random, set[str]], list[Slot]]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe35:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = assemble(build(rng, set()))
        doc = Doc(f"{kind}-{index}", kind, loc, "text", content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]

