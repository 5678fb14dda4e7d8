# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-seventh independent probe corpus: data-science and notebook output around patient data, as analysts,
data engineers and AI agents at five invented health systems of the US Southeast (North Carolina, South
Carolina, Tennessee, Georgia, Kentucky) see it in their tool results -- Jupyter cells, pandas, polars, Spark,
R, database command lines, dbt, Great Expectations, raw files, tracebacks, SQL scripts, Airflow logs, agent
transcripts -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a Jupyter session reading an extract into pandas
(`df.head()` / `df.sample()` reprs; a connection string with a login and password), pandas `info()` /
`value_counts()` / `describe()` with a 90+ filter (or missing-value and bad-ZIP checks), pandas duplicate and
`groupby` output (MultiIndex names and birth dates; households by address), polars frames (a 90+ cohort;
ZIP counts and a name filter), Spark `show()` tables with `printSchema()` (portal logins with IP addresses;
remote-monitoring readings with device serials), a psql session (aligned grid and `\\x` expanded record; a
small-cell ZIP check), a MySQL client (REDCap's EAV `redcap_data`; an OpenEMR `patient_data` row with `\\G`),
a sqlite3 session (`.mode column` and `.mode csv`; list mode with `.schema`), R tibble prints (`read_csv`
column spec, `count()`; `glimpse()` and `get_dupes()`), dbt test failures with `dbt show` grids, a Great
Expectations validation result (JSON: `partial_unexpected_list` of phones, ZIPs, dates, MRNs, NPIs), raw CSV
/ TSV heads (`!head`; csvkit `csvlook`), Parquet metadata (column statistics with min / max names and birth
dates, `to_pylist()`; a DuckDB `DESCRIBE` and box grid), Python tracebacks quoting the offending value
(pandas KeyError, `to_datetime` ValueError, pydantic ValidationError, psycopg2 UniqueViolation), SQL fix
scripts (UPDATE / INSERT with psql's answers; a fixture dump copied from production), Airflow task logs
(rejected-row dicts; a tabulate report e-mailed to a care manager), an AI agent's tool-calling transcript (JSON:
`run_sql` / `python` tool results and the agent's answer) and a raw .ipynb (JSON: `text/plain` and
`text/html` outputs, an error output with ANSI codes).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a function of the slots (grids are
aligned to the values drawn; `variant` 0 / 1 picks the document's scenario). People: `p q r t u v w` patients
(grid rows), `k` a relative of `p` (same household: spouse, parent, adult child; a child patient's parent), `j`
a child in `p`'s household, `d e f h` clinicians (attending, PCP, care managers), `a b` analysts / data
engineers. Forms: `_n` "Given Family", `_g` `_f`, `_G` `_F`
capitals, `_lf` "Family, Given", `_LF` "FAMILY, GIVEN", `_LFc` "FAMILY,GIVEN" (Epic), `_mi` a middle initial
(plain), `_dob` ISO, `_dobus` mm/dd/yyyy, `_dob8` yyyymmdd, `_dobpy` "1948, 3, 2" (inside datetime.date()),
`_age` (keep under 90, AGE 90+), `_ph` `_phd` (digits) `_php` "(336) 555-0142" `_cell`, `_em`, `_line` `_LINE`
`_town` `_TOWN` `_county` `_zip` `_zip9`, `_st` (plain), `_mrn`, `_empi`, `_csn`, `_har`, `_ssn`, `_plan`, `_adm`
`_dis` `_fu` `_reg` (dates of care), `_npi`, `_user`, `_dev`, `_ip`.

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives and guarantors, clinicians (attending, PCP, ordering
  provider), care managers, analysts and data engineers named in comments, commit-style notes and agent
  answers -- in every form the tools print: "Given Family", "Family, Given", "FAMILY, GIVEN", "FAMILY,GIVEN",
  separate first / last name fields and EAV values, given or family alone, capitals, inside quotes, dict
  reprs, HTML cells, Parquet min / max statistics and SQL string literals. A middle initial, credentials (MD,
  FNP, RN) and honorifics are plain text.
- ADDRESS: street lines (with apartment / lot numbers, PO and HC boxes), towns and counties, in every column
  and literal; as a groupby index too. ZIP: 5-digit ZIPs and ZIP+4 (with or without its hyphen), as values,
  value_counts / groupby index entries and regex-failure samples. States are keep when alone and plain
  inside an address (the `st` column, "NC 27405").
- DATE: dates of a person -- birth, admission, discharge, encounter, follow-up, registration, reading,
  login -- in every form (1948-03-02, 03/02/1948, 19480302, datetime.date(1948, 3, 2), Timestamp('1948-03-02
  00:00:00') with the time plain); the time of a timestamp is plain. Tool timestamps -- cell execution, log
  lines, dbt / Airflow run times, query run times, file dates -- are plain text, not scored (they date the
  analysis, not a person's care; a draw where one equals a labelled date is re-drawn). Years alone keep.
  AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of patients, relatives and staff. SSN (full, last four). MRN: every system's medical record
  number (mrn, PAT_MRN_ID, pubpid). ID: enterprise patient IDs (empi_id, PAT_ID, OpenEMR pid), encounter IDs /
  CSNs. ACCOUNT: hospital account numbers (HAR). HEALTH_PLAN: member, Medicaid and MBI numbers. LICENSE:
  clinicians' NPIs. USERNAME: analysts' logins (connection strings, home directories, Airflow owners,
  Snowflake users). CREDENTIAL: a password pasted into a connection string. IP: a patient's portal login
  address. DEVICE: a remote-monitoring device's serial. URL: a portal link carrying a patient's ID.
- Keep (must survive): column names (pt_nm, dob, zip5, mrn, ph, addr1, ins_id ...), dtypes (object, int64,
  datetime64[ns], <chr>, <date>, str, StringType), counts and statistics (shapes, non-null counts,
  describe() figures, unexpected counts), ICD-10 / CPT / LOINC codes, lab values, table, schema, model, test,
  DAG and task names, library names and versions, health systems, hospitals, clinics and payers, states alone,
  ages under 90, years.
- Not scored (plain text): Python / SQL / R keywords and code around the values, row indices, REDCap record
  and project IDs, host names and server addresses, tool timestamps, sex codes, boolean flags, small counts
  and numbers inside grids, middle initials, credentials after a name.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from collections.abc import Callable
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe67 import ids
from tests.engine.probe67.people import NAMES, SITES, K, P, Person, Site, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
ICD = ["E11.65", "E11.9", "I10", "I50.23", "J44.1", "N18.4", "I48.91", "E78.5", "J18.9", "N39.0", "F41.1", "K21.9", "Z79.4", "E66.01"]
CPT = ["99214", "99213", "99215", "99495", "99496", "83036", "80053", "93000", "G0439", "99490"]
LOINC = [("4548-4", "Hemoglobin A1c"), ("33914-3", "eGFR"), ("2345-7", "Glucose"), ("2160-0", "Creatinine"), ("2823-3", "Potassium")]
SEX = {True: "F", False: "M"}
LANG = {"piedmont": "English", "black": "English", "latino": "Spanish", "nepali": "Nepali", "congolese": "Swahili", "montagnard": "Jarai",
        "haitian": "Haitian Creole", "bosnian": "Bosnian"}


def d_iso(d: date) -> str:
    return d.isoformat()


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    D = lambda v: P("DATE", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    st = w.site.code
    payer, shape = rng.choice([pp for pp in w.site.payers if pp[1] != "mbi"])
    if age >= 65 and rng.random() < 0.6:
        payer, shape = next(pp for pp in w.site.payers if pp[1] == "mbi")
    adm = ref - timedelta(days=rng.randint(12, 300))
    dis = adm + timedelta(days=rng.randint(1, 9))
    fu = dis + timedelta(days=rng.randint(6, 30))
    reg = w.dob + timedelta(days=rng.randint(0, (ref - w.dob).days - 400)) if (ref - w.dob).days > 800 else w.dob
    digits = w.phone.replace("-", "")
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_G": N(w.given.upper()), f"{x}_F": N(w.family.upper()),
        f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_LF": N(f"{w.family}, {w.given}".upper()), f"{x}_LFc": N(f"{w.family},{w.given}".upper()),
        f"{x}_mi": w.mi, f"{x}_sex": SEX[w.female],
        f"{x}_dob": D(d_iso(w.dob)), f"{x}_dobus": D(f"{w.dob:%m/%d/%Y}"), f"{x}_dob8": D(f"{w.dob:%Y%m%d}"),
        f"{x}_dobfut": D(f"20{w.dob:%y-%m-%d}"), f"{x}_dob2y": D(f"{w.dob:%m/%d/%y}"),
        f"{x}_dobpy": D(f"{w.dob.year}, {w.dob.month}, {w.dob.day}"),
        f"{x}_age": P("AGE", str(age)) if age >= 90 else K(str(age)), f"{x}_agen": str(age),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_phd": P("PHONE", digits), f"{x}_php": P("PHONE", f"({digits[:3]}) {digits[3:6]}-{digits[6:]}"),
        f"{x}_cell": P("PHONE", w.cell), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_LINE": A(w.line.upper()), f"{x}_town": A(w.town), f"{x}_TOWN": A(w.town.upper()),
        f"{x}_county": A(w.county), f"{x}_st": st, f"{x}_zip": P("ZIP", w.zip), f"{x}_zip9": P("ZIP", f"{w.zip}-{w.zip4}"),
        f"{x}_zip9d": P("ZIP", f"{w.zip}{w.zip4}"),
        f"{x}_addr": (A(w.line), ", ", A(w.town), f", {st} ", P("ZIP", w.zip)),
        f"{x}_mrn": P("MRN", w.mrn), f"{x}_empi": P("ID", w.empi), f"{x}_csn": P("ID", fill(rng, "%#########")),
        f"{x}_csn2": P("ID", fill(rng, "%#########")), f"{x}_har": P("ACCOUNT", fill(rng, rng.choice(["%#########", "HAR%#######"]))),
        f"{x}_ssn": P("SSN", w.ssn), f"{x}_ssn4": P("SSN", w.ssn[-4:]), f"{x}_ssnd": P("SSN", w.ssn.replace("-", "")),
        f"{x}_plan": P("HEALTH_PLAN", ids.member(rng, shape)), f"{x}_payer": K(payer),
        f"{x}_adm": D(d_iso(adm)), f"{x}_admus": D(f"{adm:%m/%d/%Y}"), f"{x}_dis": D(d_iso(dis)), f"{x}_fu": D(d_iso(fu)),
        f"{x}_fuus": D(f"{fu:%m/%d/%Y}"), f"{x}_reg": D(d_iso(reg)),
        f"{x}_lang": K(LANG[w.culture]), f"{x}_a1c": K(f"{rng.randint(64, 138) / 10:.1f}"), f"{x}_egfr": K(str(rng.randint(14, 58))), f"{x}_dx": K(rng.choice(ICD)),
        f"{x}_los": str((dis - adm).days),
        f"{x}_user": P("USERNAME", w.user), f"{x}_USER": P("USERNAME", w.user.upper()),
        f"{x}_mrn2": P("MRN", fill(rng, w.site.mrn)), f"{x}_line2": A(fill(rng, rng.choice(w.site.streets))), f"{x}_pid": P("ID", fill(rng, "%###")), f"{x}_npi": P("LICENSE", ids.npi(rng)), f"{x}_wem": P("EMAIL", f"{w.given}.{w.family}@{w.site.domain}".lower()),
        f"{x}_dev": P("DEVICE", fill(rng, rng.choice(["BP%#######", "SN-%###-%####", "TLM%########", "CGM-@@%#####"]))),
        f"{x}_url": P("URL", f"https://care.{w.site.domain}/chart/{w.empi}?tab=summary"),
        f"{x}_ip": P("IP", f"{rng.choice([24, 68, 71, 73, 98, 107, 174])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}"),
    }  # fmt: skip
    return s


# patients aged 90+ by kind (letters)
OLD: dict[str, str] = {
    "ds67_pandas_info_value_counts": "pqr",
    "ds67_polars_frame": "pqr",
    "ds67_psql_session": "t",
    "ds67_spark_show": "u",
    "ds67_r_tibble_print": "q",
    "ds67_ai_agent_tool_transcript": "rpq",
    "ds67_airflow_task_log": "t",
}
CHILD: dict[str, str] = {"ds67_mysql_client": "pq"}  # child patients (p's parent is k; q's guardian is w)


def base_slots(rng: random.Random, site: Site, kind: str, index: int) -> dict[str, Slot]:
    d0 = date(2024, 1, 8) + timedelta(days=rng.randrange(600))  # the analysis day (plain)
    used: set[str] = set()
    ppl: dict[str, Person] = {}
    old, child = OLD.get(kind, ""), CHILD.get(kind, "")
    for x in "pqrtuvw":
        ages = (90 * Y + 30, 99 * Y) if x in old else (2 * Y, 16 * Y) if x in child else (19 * Y, 88 * Y)
        ppl[x] = draw_person(rng, site, used, d0, age_days=ages)
    p = ppl["p"]
    if "p" in child:
        ppl["k"] = draw_person(rng, site, used, d0, culture=p.culture, family=p.family, home=p, age_days=((d0 - p.dob).days + 20 * Y, (d0 - p.dob).days + 40 * Y))
    else:
        ppl["k"] = draw_person(rng, site, used, d0, culture=p.culture, family=p.family, home=p, age_days=(20 * Y, 80 * Y))
    ppl["j"] = draw_person(rng, site, used, d0, culture=p.culture, family=p.family, home=p, age_days=(2 * Y, 16 * Y))
    for x in "defhab":
        ppl[x] = draw_person(rng, site, used, d0, age_days=(28 * Y, 64 * Y), culture=rng.choice(["piedmont", "piedmont", "black", rng.choice(list(NAMES))]))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d0, rng))
    s["d0"] = d0.isoformat()
    s["d0us"] = f"{d0:%m/%d/%Y}"
    s["d0y"] = f"{d0:%Y%m%d}"
    s["wk"] = f"{d0:%a %b} {d0.day:2d}"
    s["year"] = K(str(d0.year - 1))
    s["sys"] = K(site.system)
    s["state"] = K(site.state)
    s["hosp"] = K(site.hospitals[0])
    s["hosp2"] = K(site.hospitals[1])
    s["clinic"] = K(rng.choice(site.clinics))
    s["short"] = site.short.lower()
    s["db"] = K(f"{site.short.lower()}_edw")
    s["domain"] = site.domain
    s["pw"] = P("CREDENTIAL", ids.password(rng))
    s["tok"] = P("CREDENTIAL", "sk-" + ids.token(rng, 40))
    s["rows"] = K(f"{rng.randint(21000, 96000)}")
    s["rows_n"] = str(rng.randint(11000, 19000))
    s["nproj"] = str(rng.randint(1100, 2900))
    for i, (code, name) in enumerate(rng.sample(LOINC, 2), 1):
        s[f"loinc{i}"], s[f"loinc{i}_nm"] = K(code), K(name)
    for i, c in enumerate(rng.sample(CPT, 2), 1):
        s[f"cpt{i}"] = K(c)
    for i, c in enumerate(rng.sample(ICD, 3), 1):
        s[f"icd{i}"] = K(c)
    counts = sorted((rng.randint(90, 1900) for _ in range(5)), reverse=True)
    for i in range(1, 6):  # ZIPs of value_counts / groupby tables (not tied to a person)
        s[f"z{i}"] = P("ZIP", fill(rng, rng.choice(site.zips)))
        s[f"zn{i}"] = str(counts[i - 1])
    pay = rng.sample(site.payers, 2)
    s["payer1"], s["payer2"] = K(pay[0][0]), K(pay[1][0])
    k = ppl["k"]
    gap = (p.dob - k.dob).days / Y
    s["k_rel"] = (("mother" if k.female else "father") if gap > 17 else ("daughter" if k.female else "son") if gap < -17
                  else ("wife" if k.female else "husband") if k.female != p.female else ("sister" if k.female else "brother"))
    s["k_Rel"], s["k_REL"] = s["k_rel"].capitalize(), s["k_rel"].upper()
    for x, w in ppl.items():
        s[f"{x}_her"] = "her" if w.female else "his"
        s[f"{x}_she"] = "she" if w.female else "he"
    s["site_st"] = K(site.code)
    return s


# ---- grids ---------------------------------------------------------------------------------------------------

_SLOT = re.compile(r"«(\w+)»|‹([^›]+)›")


def _val(v: Slot) -> str:
    pieces = v if isinstance(v, tuple) else (v,)
    return "".join(x.value if isinstance(x, P | K) else x for x in pieces)


def _len(s: dict[str, Slot], text: str) -> int:
    """Rendered length of a template fragment (slots replaced by their values)."""
    return len(_SLOT.sub(lambda m: _val(s[m.group(1)]) if m.group(1) else m.group(2), text))


def _pad(s: dict[str, Slot], text: str, width: int, align: str) -> str:
    gap = max(0, width - _len(s, text))
    if align == "r":
        return " " * gap + text
    if align == "c":
        return " " * (gap // 2) + text + " " * (gap - gap // 2)
    return text + " " * gap


def _widths(s: dict[str, Slot], header: list[str], rows: list[list[str]]) -> list[int]:
    return [max(_len(s, h), *(_len(s, r[i]) for r in rows)) for i, h in enumerate(header)]


def pandas(s: dict[str, Slot], header: list[str], rows: list[list[str]], index: list[str] | None = None, iname: str = "") -> str:
    """A pandas DataFrame repr: every column right-aligned, the index left-aligned, two spaces between."""
    index = index if index is not None else [str(i) for i in range(len(rows))]
    w = _widths(s, header, rows)
    iw = max([_len(s, i) for i in index] + [len(iname)])
    out = " " * iw + "  " + "  ".join(_pad(s, h, x, "r") for h, x in zip(header, w, strict=True)) + "\n"
    if iname:
        out += iname + "\n"
    for i, r in zip(index, rows, strict=True):
        out += _pad(s, i, iw, "l") + "  " + "  ".join(_pad(s, c, x, "r") for c, x in zip(r, w, strict=True)) + "\n"
    return out


def series(s: dict[str, Slot], name: str, items: list[tuple[str, str]], footer: str) -> str:
    """A pandas Series repr (value_counts, groupby size): index left, values right."""
    iw = max(_len(s, k) for k, _ in items)
    vw = max(_len(s, v) for _, v in items)
    out = (name + "\n") if name else ""
    for k, v in items:
        out += _pad(s, k, iw, "l") + "    " + _pad(s, v, vw, "r") + "\n"
    return out + footer + "\n"


def psql(s: dict[str, Slot], header: list[str], rows: list[list[str]], num: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    w = _widths(s, header, rows)
    out = "|".join(" " + _pad(s, h, x, "c") + " " for h, x in zip(header, w, strict=True)).rstrip() + "\n"
    out += "+".join("-" * (x + 2) for x in w) + "\n"
    for r in rows:
        out += "|".join(" " + _pad(s, c, x, "r" if i in num else "l") + " " for i, (c, x) in enumerate(zip(r, w, strict=True))).rstrip() + "\n"
    n = len(rows)
    return out + f"({n} row{'s' if n != 1 else ''})\n"


def mysql(s: dict[str, Slot], header: list[str], rows: list[list[str]], num: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    w = _widths(s, header, rows)
    line = "+" + "+".join("-" * (x + 2) for x in w) + "+\n"
    out = line + "| " + " | ".join(_pad(s, h, x, "l") for h, x in zip(header, w, strict=True)) + " |\n" + line
    for r in rows:
        out += "| " + " | ".join(_pad(s, c, x, "r" if i in num else "l") for i, (c, x) in enumerate(zip(r, w, strict=True))) + " |\n"
    return out + line


def spark(s: dict[str, Slot], header: list[str], rows: list[list[str]], truncate: bool = False) -> str:
    w = _widths(s, header, rows)
    line = "+" + "+".join("-" * x for x in w) + "+\n"
    al = "r" if truncate else "l"
    out = line + "|" + "|".join(_pad(s, h, x, al) for h, x in zip(header, w, strict=True)) + "|\n" + line
    for r in rows:
        out += "|" + "|".join(_pad(s, c, x, al) for c, x in zip(r, w, strict=True)) + "|\n"
    return out + line


def polars(s: dict[str, Slot], header: list[str], dtypes: list[str], rows: list[list[str]], shape: str) -> str:
    w = [max(x, len(d), 3) for x, d in zip(_widths(s, header, rows), dtypes, strict=True)]
    out = f"shape: {shape}\n"
    out += "┌" + "┬".join("─" * (x + 2) for x in w) + "┐\n"
    out += "│" + "┆".join(" " + _pad(s, h, x, "l") + " " for h, x in zip(header, w, strict=True)) + "│\n"
    out += "│" + "┆".join(" " + _pad(s, "---", x, "l") + " " for x in w) + "│\n"
    out += "│" + "┆".join(" " + _pad(s, d, x, "l") + " " for d, x in zip(dtypes, w, strict=True)) + "│\n"
    out += "╞" + "╪".join("═" * (x + 2) for x in w) + "╡\n"
    for r in rows:
        out += "│" + "┆".join(" " + _pad(s, c, x, "l") + " " for c, x in zip(r, w, strict=True)) + "│\n"
    return out + "└" + "┴".join("─" * (x + 2) for x in w) + "┘\n"


def duckbox(s: dict[str, Slot], header: list[str], dtypes: list[str], rows: list[list[str]], num: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    w = [max(x, len(d)) for x, d in zip(_widths(s, header, rows), dtypes, strict=True)]
    out = "┌" + "┬".join("─" * (x + 2) for x in w) + "┐\n"
    out += "│" + "│".join(" " + _pad(s, h, x, "c") + " " for h, x in zip(header, w, strict=True)) + "│\n"
    out += "│" + "│".join(" " + _pad(s, d, x, "c") + " " for d, x in zip(dtypes, w, strict=True)) + "│\n"
    out += "├" + "┼".join("─" * (x + 2) for x in w) + "┤\n"
    for r in rows:
        out += "│" + "│".join(" " + _pad(s, c, x, "r" if i in num else "l") + " " for i, (c, x) in enumerate(zip(r, w, strict=True))) + "│\n"
    return out + "└" + "┴".join("─" * (x + 2) for x in w) + "┘\n"


def tibble(s: dict[str, Slot], header: list[str], types: list[str], rows: list[list[str]], num: set[int], total: str = "") -> str:
    w = [max(x, len(t)) for x, t in zip(_widths(s, header, rows), types, strict=True)]
    n = len(rows)
    rw = len(str(n))
    out = f"# A tibble: {total or n} × {len(header)}\n"
    out += " " * (rw + 1) + " ".join(_pad(s, h, x, "r" if i in num else "l") for i, (h, x) in enumerate(zip(header, w, strict=True))).rstrip() + "\n"
    out += " " * (rw + 1) + " ".join(_pad(s, t, x, "r" if i in num else "l") for i, (t, x) in enumerate(zip(types, w, strict=True))).rstrip() + "\n"
    for j, r in enumerate(rows, 1):
        out += str(j).rjust(rw) + " " + " ".join(_pad(s, c, x, "r" if i in num else "l") for i, (c, x) in enumerate(zip(r, w, strict=True))).rstrip() + "\n"
    return out


def column(s: dict[str, Slot], header: list[str], rows: list[list[str]]) -> str:
    """sqlite3 `.mode column`: left-aligned, two spaces, a dashed rule."""
    w = _widths(s, header, rows)
    out = "  ".join(_pad(s, h, x, "l") for h, x in zip(header, w, strict=True)).rstrip() + "\n"
    out += "  ".join("-" * x for x in w) + "\n"
    for r in rows:
        out += "  ".join(_pad(s, c, x, "l") for c, x in zip(r, w, strict=True)).rstrip() + "\n"
    return out


def pipes(s: dict[str, Slot], header: list[str], rows: list[list[str]], num: set[int] = frozenset()) -> str:  # type: ignore[assignment]
    """A Markdown-style grid (dbt show, csvlook, an agent's tool result)."""
    w = [max(x, 3) for x in _widths(s, header, rows)]
    out = "| " + " | ".join(_pad(s, h, x, "l") for h, x in zip(header, w, strict=True)) + " |\n"
    out += "| " + " | ".join("-" * x for x in w) + " |\n"
    for r in rows:
        out += "| " + " | ".join(_pad(s, c, x, "r" if i in num else "l") for i, (c, x) in enumerate(zip(r, w, strict=True))) + " |\n"
    return out


def lit(*names: str) -> list[str]:
    """Header cells as keep literals."""
    return [f"‹{n}›" for n in names]


# ---- templates -----------------------------------------------------------------------------------------------
PATIENTS = "pqrtu"


def jupyter_head(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        head = ('In [1]: import pandas as pd\n'
                '   ...: from sqlalchemy import create_engine\n'
                '   ...: pd.set_option("display.width", 220); pd.set_option("display.max_columns", 12)\n'
                '   ...: eng = create_engine("postgresql+psycopg2://«a_user»:«pw»@edw-pg01.«domain»:5432/«db»")\n\n'
                'In [2]: q = """\n'
                '   ...: SELECT p.‹mrn›, p.‹pt_nm›, p.dob, p.sex, p.‹addr1›, p.city, p.‹zip5›, p.ph, e.‹adm_dt›, e.‹dx1›\n'
                '   ...:   FROM «db».‹stg_patient› p\n'
                '   ...:   JOIN «db».‹fct_encounter› e ON e.pt_key = p.pt_key\n'
                "   ...:  WHERE e.dx1 LIKE 'E11%' AND e.adm_dt >= '«year»-01-01'\n"
                '   ...: """\n'
                '   ...: df = pd.read_sql(q, eng, parse_dates=["dob", "adm_dt"])\n'
                '   ...: df.shape\n'
                'Out[2]: (‹4127, 10›)\n\n'
                'In [3]: df.head()\n'
                'Out[3]:\n')
        rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_sex»", f"«{x}_line»", f"«{x}_town»", f"«{x}_zip»", f"«{x}_ph»", f"«{x}_adm»", f"«{x}_dx»"] for x in PATIENTS]
        body = pandas(s, ["mrn", "pt_nm", "dob", "sex", "addr1", "city", "zip5", "ph", "adm_dt", "dx1"], rows)
        tail = ('\nIn [4]: # «d_n» (endo) asked about the two ED bounce-backs, «p_g» and «q_g» -- phones for «b_n» in care mgmt\n'
                '   ...: df.loc[df.mrn.isin(["«p_mrn»", "«q_mrn»"]), ["pt_nm", "ph", "adm_dt"]]\n'
                'Out[4]:\n')
        tail += pandas(s, ["pt_nm", "ph", "adm_dt"], [[f"«{x}_lf»", f"«{x}_ph»", f"«{x}_adm»"] for x in "pq"])
        tail += "\nIn [5]: df.dx1.value_counts().head(3)\nOut[5]:\n"
        tail += series(s, "dx1", [("«icd1»", "1184"), ("«icd2»", "902"), ("«icd3»", "377")], "Name: count, dtype: int64")
        return head + body + tail
    head = ('In [7]: import snowflake.connector, pandas as pd   # ‹snowflake-connector-python 3.7.1›, ‹pandas 2.2.1›\n'
            '   ...: con = snowflake.connector.connect(account="nrh-prod.us-east-1", user="«a_USER»", authenticator="externalbrowser",\n'
            '   ...:                                   warehouse="ANALYTICS_WH", database="CLARITY_MIRROR", schema="DBO")\n'
            'Initiating login request with your identity provider. A browser window should have opened for you to complete the login.\n'
            'Going to open: https://login.microsoftonline.com/... to authenticate...\n\n'
            'In [8]: cur = con.cursor().execute("""\n'
            '   ...:   SELECT ‹PAT_MRN_ID›, ‹PAT_NAME›, ‹BIRTH_DATE›, ‹ADD_LINE_1›, CITY, ZIP, ‹HOME_PHONE›, ‹EMAIL_ADDRESS›, ‹CUR_PCP_PROV_NAME›\n'
            "   ...:     FROM PATIENT WHERE CUR_PCP_PROV_ID IN ('E1043', 'E2210') AND PAT_STATUS_C = 1\"\"\")\n"
            '   ...: df = cur.fetch_pandas_all()\n'
            '   ...: df.sample(5, random_state=7)\n'
            'Out[8]:\n')
    pcp = ["d", "e", "d", "e", "d"]
    rows = [[f"«{x}_mrn»", f"«{x}_LFc»", f"«{x}_dob»", f"«{x}_LINE»", f"«{x}_TOWN»", f"«{x}_zip9»", f"«{x}_php»", f"«{x}_em»", f"«{c}_LFc»"]
            for x, c in zip(PATIENTS, pcp, strict=True)]
    idx = ["31877", "2204", "17716", "40951", "8123"]
    body = pandas(s, ["PAT_MRN_ID", "PAT_NAME", "BIRTH_DATE", "ADD_LINE_1", "CITY", "ZIP", "HOME_PHONE", "EMAIL_ADDRESS", "CUR_PCP_PROV_NAME"], rows, idx)
    tail = ("\nIn [9]: df.PAT_MRN_ID.duplicated().sum(), len(df), df.ZIP.str.len().value_counts().to_dict()\n"
            "Out[9]: (0, ‹2214›, {5: 1791, 10: 423})\n\n"
            "In [10]: # «b_g»: EMAIL_ADDRESS for «p_n» is «p_her» «k_rel»'s («k_n», «k_em») -- portal proxy, flag for «e_n»'s nurse\n"
            "    ...: df.loc[df.PAT_MRN_ID == \"«p_mrn»\", [\"PAT_NAME\", \"EMAIL_ADDRESS\"]].to_dict(\"records\")\n"
            "Out[10]: [{'PAT_NAME': '«p_LFc»', 'EMAIL_ADDRESS': '«p_em»'}]\n")
    return head + body + tail


def pandas_info(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        cols = [("mrn", "48213", "object"), ("pt_nm", "48213", "object"), ("dob", "48213", "datetime64[ns]"), ("sex", "48213", "object"),
                ("addr1", "47958", "object"), ("city", "47958", "object"), ("zip5", "47961", "object"), ("ph", "46120", "object"),
                ("pcp_nm", "41377", "object"), ("pcp_npi", "41377", "object"), ("age_raw", "48213", "int64"), ("a1c_last", "30452", "float64")]  # fmt: skip
        out = ("In [5]: df.info()\n<class 'pandas.core.frame.DataFrame'>\nRangeIndex: ‹48213 entries›, 0 to 48212\n"
               "Data columns (total 12 columns):\n #   Column     Non-Null Count  Dtype         \n---  ------     --------------  -----         \n")
        for i, (c, n, t) in enumerate(cols):
            out += f" {i:<3} ‹{c}›" + " " * (10 - len(c)) + f" {n} non-null" + " " * (6 - len(n)) + f"‹{t}›" + " " * (14 - len(t)) + "\n"
        out += "dtypes: ‹datetime64[ns](1), float64(1), int64(1), object(9)›\nmemory usage: 4.4+ MB\n\n"
        out += 'In [6]: df["zip5"].value_counts().head()\nOut[6]:\n'
        out += series(s, "zip5", [(f"«z{i}»", f"«zn{i}»") for i in range(1, 6)], "Name: count, dtype: int64")
        out += '\nIn [7]: df["pcp_nm"].value_counts().head(4)\nOut[7]:\n'
        out += series(s, "pcp_nm", [("«d_lf» MD", "412"), ("«e_lf» FNP", "388"), ("«f_lf» MD", "351"), ("«h_lf» DO", "297")], "Name: count, dtype: int64")
        out += ('\nIn [8]: df[["a1c_last", "egfr_last", "los_days"]].describe().round(2)\nOut[8]:\n'
                "       a1c_last  egfr_last  los_days\n"
                "count  ‹30452.00›   ‹28117.00›   9841.00\n"
                "mean       ‹7.62›      ‹61.43›      4.17\n"
                "std        ‹1.48›      ‹22.90›      3.66\n"
                "min        4.10       5.00      0.00\n"
                "25%        6.60      44.00      2.00\n"
                "50%        ‹7.30›      ‹63.00›      3.00\n"
                "75%        8.40      79.00      5.00\n"
                "max       14.90     128.00     61.00\n")
        out += ('\nIn [9]: # «b_g» -- these have to be top-coded to 90 before the extract goes to the registry (safe harbor)\n'
                '   ...: df.loc[df.age_raw >= 90, ["mrn", "pt_nm", "dob", "age_raw", "zip5", "pcp_npi"]].head(3)\nOut[9]:\n')
        out += pandas(s, ["mrn", "pt_nm", "dob", "age_raw", "zip5", "pcp_npi"],
                      [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_age»", f"«{x}_zip»", f"«{c}_npi»"] for x, c in zip("pqr", "def", strict=True)],
                      ["112", "4087", "9930"])
        out += '\nIn [10]: (df.age_raw >= 90).sum()\nOut[10]: ‹214›\n'
        return out
    out = ("In [11]: df.isna().sum()\nOut[11]:\n")
    out += series(s, "", [("‹mrn›", "0"), ("‹pt_nm›", "0"), ("‹dob›", "0"), ("‹addr1›", "255"), ("‹zip5›", "252"), ("‹ph›", "2093"),
                          ("‹email›", "‹17720›"), ("‹ins_id›", "‹1406›"), ("‹payer›", "‹1406›")], "dtype: int64")
    out += ('\nIn [12]: bad = df[~df.zip5.astype(str).str.fullmatch(r"\\d{5}")]\n'
            '    ...: len(bad), bad[["mrn", "pt_nm", "addr1", "zip5", "ph"]].head()\n'
            'Out[12]:\n(‹311›,\n')
    zf = ["zip9", "zip9d", "zip9", "zip9d", "zip9"]
    phf = ["php", "ph", "phd", "php", "ph"]
    rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_line»", f"«{x}_{z}»", f"«{x}_{f}»"] for x, z, f in zip(PATIENTS, zf, phf, strict=True)]
    out += pandas(s, ["mrn", "pt_nm", "addr1", "zip5", "ph"], rows, ["88", "1203", "5518", "20117", "33090"]).rstrip("\n") + ")\n"
    out += '\nIn [13]: df.payer.value_counts(dropna=False).head(4)\nOut[13]:\n'
    out += series(s, "payer", [("«payer1»", "‹14502›"), ("«payer2»", "‹9317›"), ("NaN", "1406"), ("Self-pay", "988")], "Name: count, dtype: int64")
    out += ('\nIn [14]: # «a_g»: two of these are the same household (‹zip5› typed with the +4) -- «p_f» and «p_her» «k_rel» «k_g»\n'
            '    ...: df.loc[df.mrn.isin(["«p_mrn»", "«k_mrn»"]), ["mrn", "pt_nm", "dob", "ins_id"]]\nOut[14]:\n')
    out += pandas(s, ["mrn", "pt_nm", "dob", "ins_id"], [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_plan»"] for x in "pk"], ["88", "41712"])
    return out


def _multi(s: dict[str, Slot], inames: list[str], cols: list[str], rows: list[tuple[list[str], list[str]]]) -> str:
    """A pandas repr with a two-level row index (groupby on two keys)."""
    iw = [max(len(n), *(_len(s, r[0][i]) for r in rows)) for i, n in enumerate(inames)]
    cw = [max(len(c), *(_len(s, r[1][i]) for r in rows)) for i, c in enumerate(cols)]
    lead = sum(iw) + len(iw) - 1
    out = " " * lead + "  " + "  ".join(c.rjust(w) for c, w in zip(cols, cw, strict=True)) + "\n"
    out += " ".join(_pad(s, n, w, "l") for n, w in zip(inames, iw, strict=True)) + "\n"
    for ix, vals in rows:
        out += " ".join(_pad(s, v, w, "l") for v, w in zip(ix, iw, strict=True)) + "  " + "  ".join(_pad(s, v, w, "r") for v, w in zip(vals, cw, strict=True)) + "\n"
    return out


def groupby_dups(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ('In [21]: dup = pts[pts.duplicated(["pt_nm", "dob"], keep=False)].sort_values(["pt_nm", "reg_dt"])\n'
               '    ...: dup[["mrn", "empi_id", "pt_nm", "dob", "addr1", "zip5", "ph", "reg_dt"]]\nOut[21]:\n')
        rows, idx = [], []
        for x in "pqr":
            rows.append([f"«{x}_mrn»", f"«{x}_empi»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_line»", f"«{x}_zip»", f"«{x}_ph»", f"«{x}_reg»"])
            rows.append([f"«{x}_mrn2»", f"«{x}_empi»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_line2»", f"«{x}_zip»", f"«{x}_cell»", f"«{x}_adm»"])
        idx = ["20117", "46630", "3318", "44109", "12876", "47005"]
        out += pandas(s, lit("mrn", "empi_id", "pt_nm", "dob", "addr1", "zip5", "ph", "reg_dt"), rows, idx)
        out += ('\nIn [22]: dup.groupby(["pt_nm", "dob"]).agg(n_mrn=("mrn", "nunique"), first_reg=("reg_dt", "min"))\nOut[22]:\n')
        out += _multi(s, ["pt_nm", "dob"], ["n_mrn", "first_reg"], [([f"«{x}_lf»", f"«{x}_dob»"], ["2", f"«{x}_reg»"]) for x in "pqr"])
        out += ('\nIn [23]: # EMPI already links them; the second MRNs came from the ‹Athena› acquisition -- «a_n» to send to HIM («e_n»)\n'
                '    ...: enc.groupby("attending_nm")["los_days"].agg(["count", "mean"]).round(1).sort_values("count", ascending=False).head(3)\nOut[23]:\n')
        out += _multi(s, ["attending_nm"], ["count", "mean"], [(["«d_lf»"], ["‹312›", "‹4.1›"]), (["«f_lf»"], ["‹287›", "‹5.6›"]), (["«h_lf»"], ["‹199›", "‹3.8›"])])
        return out
    out = ('In [31]: # «b_g»: households at the refugee clinic -- how many charts share an address?\n'
           '    ...: hh = pts.groupby("addr1")["mrn"].nunique().sort_values(ascending=False)\n'
           '    ...: hh.head(4)\nOut[31]:\n')
    out += series(s, "addr1", [("«p_line»", "9"), ("«q_line»", "7"), ("«r_line»", "7"), ("«t_line»", "6")], "Name: mrn, dtype: int64")
    out += ('\nIn [32]: pts.loc[pts.addr1 == "«p_line»", ["mrn", "pt_nm", "dob", "lang", "ph", "zip5"]].sort_values("dob")\nOut[32]:\n')
    out += pandas(s, lit("mrn", "pt_nm", "dob", "lang", "ph", "zip5"),
                  [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", lg, f"«{x}_{ph}»", f"«{x}_zip»"]
                   for x, lg, ph in sorted((("k", "«k_lang»", "cell"), ("p", "«p_lang»", "ph"), ("j", "‹English›", "ph")), key=lambda t: _val(s[f"{t[0]}_dob"]))],
                  ["1877", "1878", "30412"])
    out += ('\nIn [33]: pts.groupby(["zip5", "lang"]).size().unstack(fill_value=0).loc[:, ["Nepali", "Swahili", "Bosnian", "Spanish"]].head(3)\nOut[33]:\n'
            'lang   Nepali  Swahili  Bosnian  Spanish\nzip5                                  \n')
    for i in range(1, 4):
        out += f"«z{i}»" + f"{3 * i + 11:>8}{41 - 9 * i:>9}{5 * i:>9}{120 - 17 * i:>9}\n"
    out += '\nIn [34]: # «b_g»: «p_line» is one family of nine (interpreter «e_n» confirmed); «q_line» is a group home -- leave both\n'
    return out


def polars_frame(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ('>>> import polars as pl\n>>> pl.__version__\n‹\'0.20.31\'›\n'
               '>>> enc = pl.scan_parquet("s3://nrh-lake/curated/encounters/year=«year»/*.parquet")\n'
               '>>> old = (enc.filter(pl.col("age_yrs") >= 90)\n'
               '...           .select("mrn", "pt_nm", "dob", "age_yrs", "adm_dt", "dx1", "disch_disp")\n'
               '...           .sort("adm_dt").collect())\n'
               '>>> old.head(3)\n')
        rows = [[f'"«{x}_mrn»"', f'"«{x}_lf»"', f"«{x}_dob»", f"«{x}_age»", f"«{x}_adm»", f'"«{x}_dx»"', d] for x, d in zip("pqr", ['"SNF"', '"HOME_HH"', '"EXPIRED"'], strict=True)]
        out += polars(s, lit("mrn", "pt_nm", "dob", "age_yrs", "adm_dt", "dx1", "disch_disp"), ["str", "str", "date", "i64", "date", "str", "str"], rows, "(3, 7)")
        out += ('>>> old.height\n‹214›\n>>> old.group_by("disch_disp").len().sort("len", descending=True)\n')
        out += polars(s, ["disch_disp", "len"], ["str", "u32"], [['"SNF"', "‹88›"], ['"HOME_HH"', "‹61›"], ['"EXPIRED"', "‹39›"], ['"HOSPICE"', "‹26›"]], "(4, 2)")
        out += ('>>> # «a_g»: «q_n» (the 9X-year-old from «q_town») shows twice in the raw feed; kept the later encounter -- ask «d_n»\n')
        return out
    out = ('>>> import polars as pl\n'
           '>>> pts = pl.read_parquet("/mnt/cfh/extracts/refugee_clinic_pts.parquet")\n'
           '>>> (pts.group_by("zip5").agg(pl.len().alias("n"), pl.col("a1c").mean().round(2).alias("mean_a1c"))\n'
           '...      .sort("n", descending=True).head(4))\n')
    out += polars(s, lit("zip5", "n", "mean_a1c"), ["str", "u32", "f64"], [[f'"«z{i}»"', f"«zn{i}»", f"{6.4 + i * 0.37:.2f}"] for i in range(1, 5)], "(4, 3)")
    out += ('>>> pts.filter(pl.col("pt_nm").str.contains("«p_f»")).select("mrn", "pt_nm", "dob", "addr1", "ph", "ins_id")\n')
    rows = [[f'"«{x}_mrn»"', f'"«{x}_lf»"', f"«{x}_dob»", f'"«{x}_line»"', f'"«{x}_ph»"', f'"«{x}_plan»"'] for x in "pkj"]
    out += polars(s, lit("mrn", "pt_nm", "dob", "addr1", "ph", "ins_id"), ["str", "str", "date", "str", "str", "str"], rows, "(3, 6)")
    out += ('>>> pts.filter(pl.col("mrn") == "«t_mrn»").row(0, named=True)\n'
            "{'mrn': '«t_mrn»', 'pt_nm': '«t_lf»', 'dob': datetime.date(«t_dobpy»), 'addr1': '«t_line»', 'zip5': '«t_zip»', 'ph': '«t_ph»', 'ins_id': '«t_plan»', 'a1c': «t_a1c»}\n"
            ">>> # «b_n»: «t_g»'s Medicaid ID changed at redetermination -- ‹ins_id› is stale for ‹1,209› rows\n")
    return out


def spark_show(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = (">>> logins = spark.table(\"sfh_lake.portal_login_events\")\n>>> logins.printSchema()\nroot\n"
               " |-- ‹event_ts›: ‹timestamp› (nullable = true)\n |-- ‹mrn›: ‹string› (nullable = true)\n |-- ‹pt_nm›: string (nullable = true)\n"
               " |-- ‹email›: string (nullable = true)\n |-- ‹ip_addr›: string (nullable = true)\n |-- ‹user_agent›: string (nullable = true)\n"
               " |-- ‹mfa_passed›: ‹boolean› (nullable = true)\n\n"
               ">>> (logins.where(F.col(\"mfa_passed\") == False)\n"
               "...        .groupBy(\"mrn\", \"pt_nm\", \"email\", \"ip_addr\")\n"
               "...        .agg(F.count(\"*\").alias(\"n_fail\"), F.max(\"event_ts\").alias(\"last_ts\"))\n"
               "...        .orderBy(F.desc(\"n_fail\")).show(5, truncate=False))\n")
        rows = [[f"«{x}_mrn»", f"«{x}_n»", f"«{x}_em»", f"«{x}_ip»", str(31 - 5 * i), f"«{x}_adm» {19 + i}:4{i}:0{i}"] for i, x in enumerate(PATIENTS)]
        out += spark(s, ["mrn", "pt_nm", "email", "ip_addr", "n_fail", "last_ts"], rows)
        out += "only showing top 5 rows\n\n"
        out += ('>>> # «b_g»: «p_n» called the help desk (spoke to «e_n»); the address «p_ip» is «p_her» home cable modem, not credential stuffing\n'
                '>>> logins.where("ip_addr = \'«q_ip»\'").select("mrn").distinct().count()\n1\n')
        return out
    out = (">>> rpm = spark.read.parquet(\"s3a://nrh-lake/raw/rpm/readings/\")\n>>> pts = spark.table(\"nrh_edw.dim_patient\")\n"
           ">>> hi = (rpm.join(pts, \"mrn\").where(\"sbp >= 180 OR dbp >= 110\")\n"
           "...          .select(\"device_sn\", \"mrn\", \"pt_nm\", \"age\", \"reading_ts\", \"sbp\", \"dbp\", \"ph\"))\n"
           ">>> hi.show(truncate=False)\n")
    rows = [[f"«{x}_dev»", f"«{x}_mrn»", f"«{x}_LFc»", f"«{x}_age»", f"«{x}_adm» 0{i + 5}:1{i}:44", str(181 + 7 * i), str(96 + 5 * i), f"«{x}_phd»"] for i, x in enumerate(PATIENTS)]
    out += spark(s, ["device_sn", "mrn", "pt_nm", "age", "reading_ts", "sbp", "dbp", "ph"], rows)
    out += "\n>>> hi.printSchema()\nroot\n"
    for c, t in [("device_sn", "string"), ("mrn", "string"), ("pt_nm", "string"), ("age", "integer"), ("reading_ts", "timestamp"), ("sbp", "integer"), ("dbp", "integer"), ("ph", "string")]:
        out += f" |-- ‹{c}›: ‹{t}› (nullable = true)\n"
    out += (">>> # «a_g»: escalation list for «clinic»; «d_n» NP on call, «u_n» is 9X and lives with «u_f» family at «u_line»\n")
    return out


def _expanded(s: dict[str, Slot], fields: list[tuple[str, str]]) -> str:
    kw = max(len(k) for k, _ in fields)
    vw = max(_len(s, v) for _, v in fields)
    head = "-[ RECORD 1 ]"
    out = head + "-" * max(0, kw + 1 - len(head)) + "+" + "-" * (vw + 1) + "\n"
    for k, v in fields:
        out += f"‹{k}›" + " " * (kw - len(k)) + " | " + v + "\n"
    return out


def psql_session(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ("$ psql -h edw-pg01.«domain» -U «a_user» «db»\npsql (16.2, server 15.6)\nSSL connection (protocol: TLSv1.3, cipher: TLS_AES_256_GCM_SHA384, compression: off)\n"
               "Type \"help\" for help.\n\n"
               "«db»=> SELECT mrn, pt_nm, dob, addr1, city, zip5, ph, ins_id\n«db»->   FROM stg.patient\n"
               "«db»->  WHERE last_nm = '«p_f»' AND city = '«p_town»'\n«db»->  ORDER BY dob;\n")
        out += psql(s, lit("mrn", "pt_nm", "dob", "addr1", "city", "zip5", "ph", "ins_id"),
                    [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_line»", f"«{x}_town»", f"«{x}_zip»", f"«{x}_ph»", f"«{x}_plan»"]
                     for x in sorted("kpj", key=lambda x: _val(s[f"{x}_dob"]))])
        out += "\n«db»=> \\x\nExpanded display is on.\n«db»=> SELECT * FROM stg.patient WHERE mrn = '«t_mrn»';\n"
        out += _expanded(s, [("pt_key", "1184467"), ("mrn", "«t_mrn»"), ("empi_id", "«t_empi»"), ("pt_nm", "«t_lf»"), ("first_nm", "«t_g»"), ("last_nm", "«t_f»"),
                             ("dob", "«t_dob»"), ("age_yrs", "«t_age»"), ("sex", "«t_sex»"), ("ssn", "«t_ssn»"), ("addr1", "«t_line»"), ("city", "«t_town»"),
                             ("county", "«t_county»"), ("st", "«t_st»"), ("zip5", "«t_zip»"), ("ph", "«t_ph»"), ("email", ""), ("ins_id", "«t_plan»"),
                             ("payer", "«t_payer»"), ("pcp_npi", "«d_npi»"), ("nok_nm", "«w_lf»"), ("nok_ph", "«w_cell»"), ("updated_at", "«d0» 05:12:09.41-05")])
        out += "\n«db»=> \\q\n"
        return out
    out = ("analytics=# \\conninfo\nYou are connected to database \"analytics\" as user \"«a_user»\" on host \"10.52.8.14\" at port \"5432\".\n"
           "analytics=# -- small-cell check before the ‹HIV care continuum› dashboard goes to the county (n < 11 must be suppressed)\n"
           "analytics=# SELECT zip5, count(*) AS n FROM mart.hiv_cohort GROUP BY zip5 HAVING count(*) < 11 ORDER BY n;\n")
    out += psql(s, lit("zip5", "n"), [["«p_zip»", "2"], ["«z1»", "4"], ["«z2»", "7"], ["«z3»", "9"]], {1})
    out += ("\nanalytics=# SELECT mrn, pt_nm, dob, addr1, zip5, last_vl_dt, last_vl FROM mart.hiv_cohort WHERE zip5 = '«p_zip»';\n")
    out += psql(s, lit("mrn", "pt_nm", "dob", "addr1", "zip5", "last_vl_dt", "last_vl"),
                [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_line»", f"«{x}_zip»", f"«{x}_adm»", v] for x, v in (("p", "<20"), ("k", "‹1140›"))], {6})
    out += ("\nanalytics=# SELECT prov_nm, prov_npi, count(*) FROM mart.hiv_cohort WHERE zip5 = '«p_zip»' GROUP BY 1, 2;\n")
    out += psql(s, lit("prov_nm", "prov_npi", "count"), [["«d_lf»", "«d_npi»", "2"]], {2})
    out += "\nanalytics=# -- «b_g»: both in one household on «p_line»; roll «p_zip» into the «site_st» 'other' bucket. ‹HIV› flag stays in the mart.\n"
    return out


def _vertical(s: dict[str, Slot], n: int, fields: list[tuple[str, str]]) -> str:
    kw = max(len(k) for k, _ in fields)
    out = "*" * 27 + f" {n}. row " + "*" * 27 + "\n"
    for k, v in fields:
        out += " " * (kw - len(k)) + f"‹{k}›: " + v + "\n"
    return out


def mysql_client(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ("mysql> USE redcap;\nDatabase changed\n"
               "mysql> SELECT project_id, app_title FROM redcap_projects WHERE project_id = «nproj»;\n")
        out += mysql(s, ["project_id", "app_title"], [["«nproj»", "«sys» - ‹Pediatric Asthma Home Visits›"]])
        out += "1 row in set (0.00 sec)\n\n"
        out += ("mysql> SELECT record, field_name, value FROM redcap_data\n    ->  WHERE project_id = «nproj» AND record IN ('1043', '1044')\n"
                "    ->    AND field_name IN ('child_first', 'child_last', 'child_dob', 'mrn', 'guardian_name', 'guardian_phone', 'guardian_email', 'street', 'city', 'zip')\n"
                "    ->  ORDER BY record, field_name;\n")
        rows = []
        for rec, x, g in (("1043", "p", "k"), ("1044", "q", "w")):
            for f, v in [("child_dob", f"«{x}_dob»"), ("child_first", f"«{x}_g»"), ("child_last", f"«{x}_f»"), ("city", f"«{x}_town»"),
                         ("guardian_email", f"«{g}_em»"), ("guardian_name", f"«{g}_n»"), ("guardian_phone", f"«{g}_php»"), ("mrn", f"«{x}_mrn»"),
                         ("street", f"«{x}_line»"), ("zip", f"«{x}_zip»")]:
                rows.append([rec, f"‹{f}›", v])
        out += mysql(s, ["record", "field_name", "value"], rows)
        out += "20 rows in set (0.01 sec)\n\n"
        out += ("mysql> -- «a_g»: 1044's guardian («w_n») has another last name, so child_last differs -- not a linkage error. ‹ACT score› < 20 for both.\n"
                "mysql> SELECT record, value FROM redcap_data WHERE project_id = «nproj» AND field_name = 'visit_date' AND record = '1043';\n")
        out += mysql(s, ["record", "value"], [["1043", "«p_adm»"], ["1043", "«p_fu»"]])
        out += "2 rows in set (0.00 sec)\n"
        return out
    out = ("mysql> SELECT pid, pubpid, fname, mname, lname, DOB, street, city, state, postal_code, phone_home, phone_cell, email, ss\n"
           "    ->   FROM patient_data WHERE lname = '«p_f»' AND city = '«p_town»'\\G\n")
    for i, x in enumerate("pk", 1):
        out += _vertical(s, i, [("pid", f"«{x}_pid»"), ("pubpid", f"«{x}_mrn»"), ("fname", f"«{x}_g»"), ("mname", f"«{x}_mi»"), ("lname", f"«{x}_f»"),
                                ("DOB", f"«{x}_dob»"), ("street", f"«{x}_line»"), ("city", f"«{x}_town»"), ("state", f"«{x}_st»"),
                                ("postal_code", f"«{x}_zip»"), ("phone_home", f"«{x}_ph»"), ("phone_cell", f"«{x}_cell»"), ("email", f"«{x}_em»"),
                                ("ss", f"«{x}_ssn»")])
    out += "2 rows in set (0.00 sec)\n\n"
    out += ("mysql> SELECT e.pc_eventDate, e.pc_startTime, e.pc_title, CONCAT(u.lname, ', ', u.fname) AS provider\n"
            "    ->   FROM openemr_postcalendar_events e JOIN users u ON u.id = e.pc_aid WHERE e.pc_pid = «p_pid» ORDER BY 1;\n")
    out += mysql(s, lit("pc_eventDate", "pc_startTime", "pc_title", "provider"),
                 [["«p_adm»", "09:20:00", "‹Office Visit›", "«d_lf»"], ["«p_fu»", "10:40:00", "‹Diabetes Education›", "«e_lf»"]])
    out += "2 rows in set (0.00 sec)\n\nmysql> -- «b_n»: pid «p_pid» and «k_pid» are the same household; ‹ss› is stored in clear text here, ticket to «a_n»\n"
    return out


def sqlite_session(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ("$ sqlite3 ~/cohorts/dm_outreach_«d0y».db\nSQLite version ‹3.45.1› 2024-01-30 16:01:20\nEnter \".help\" for usage hints.\n"
               "sqlite> .headers on\nsqlite> .mode column\n"
               "sqlite> SELECT mrn, pt_nm, dob, zip5, a1c_last, a1c_dt FROM cohort WHERE a1c_last >= 9 ORDER BY a1c_last DESC LIMIT 5;\n")
        out += column(s, lit("mrn", "pt_nm", "dob", "zip5", "a1c_last", "a1c_dt"),
                      [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_zip»", f"‹{14 - i}.{(7 * i + 3) % 10}›", f"«{x}_adm»"] for i, x in enumerate(PATIENTS)])
        out += ("sqlite> SELECT count(*) AS n, round(avg(a1c_last), 2) AS mean_a1c FROM cohort;\n")
        out += column(s, ["n", "mean_a1c"], [["‹1377›", "‹8.64›"]])
        out += ("sqlite> .mode csv\nsqlite> SELECT pt_nm, ph, addr1, city, zip5, pcp_nm FROM cohort WHERE mrn IN ('«p_mrn»', '«q_mrn»', '«r_mrn»');\n"
                "pt_nm,ph,addr1,city,zip5,pcp_nm\n")
        for x in "pqr":
            out += f'"«{x}_lf»",«{x}_ph»,«{x}_line»,«{x}_town»,«{x}_zip»,"«d_lf»"\n'
        out += "sqlite> -- «a_g»: sent these three to «e_n» (RN care manager) for calls this week\nsqlite> .quit\n"
        return out
    out = ("$ sqlite3 reminder_calls.sqlite\nSQLite version ‹3.40.1› 2022-12-28 14:03:47\nEnter \".help\" for usage hints.\n"
           "sqlite> .tables\n‹appt›          ‹call_log›      ‹provider›\n"
           "sqlite> .schema appt\nCREATE TABLE appt(appt_id INTEGER PRIMARY KEY, mrn TEXT, pt_nm TEXT, ph TEXT, appt_dt TEXT, prov_nm TEXT, status TEXT);\n"
           "sqlite> SELECT mrn, pt_nm, ph, appt_dt, prov_nm FROM appt WHERE status = 'NOSHOW' ORDER BY appt_dt LIMIT 5;\n")
    for i, (x, c) in enumerate(sorted(zip(PATIENTS, "dedde", strict=True), key=lambda t: _val(s[f"{t[0]}_fu"]))):
        out += f"«{x}_mrn»|«{x}_LFc»|«{x}_phd»|«{x}_fu» {8 + i}:{20 if i % 2 else 40}|«{c}_LFc»\n"
    out += ("sqlite> SELECT c.called_at, c.mrn, c.outcome, c.note FROM call_log c WHERE c.mrn IN ('«p_mrn»', '«r_mrn»');\n"
            "«d0» 10:02:11|«p_mrn»|LVM|left message on «p_phd», «k_rel» «k_g» answered, rebooked «p_fuus»\n"
            "«d0» 10:09:45|«r_mrn»|WRONG_NUMBER|number belongs to «w_n»; new cell per pharmacy «r_cell»\n"
            "sqlite> SELECT count(*) FROM appt WHERE status = 'NOSHOW';\n‹63›\nsqlite> .quit\n")
    return out


def r_tibble(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ('> library(tidyverse)\n── Attaching core tidyverse packages ──────────────────────── ‹tidyverse 2.0.0› ──\n'
               '✔ dplyr     1.1.4     ✔ readr     2.1.5\n✔ tibble    3.2.1     ✔ tidyr     1.3.1\n'
               '> pts <- read_csv("data/sfh_diabetes_registry_«year»_q4.csv")\n'
               'Rows: ‹4127› Columns: 8\n── Column specification ────────────────────────────────────────────\nDelimiter: ","\n'
               'chr  (5): ‹mrn›, ‹pt_nm›, ‹sex›, ‹zip5›, ‹pcp_nm›\ndbl  (2): ‹age_yrs›, ‹a1c_last›\ndate (1): ‹dob›\n\n'
               'ℹ Use `spec()` to retrieve the full column specification for this data.\n'
               'ℹ Specify the column types or set `show_col_types = FALSE` to quiet this message.\n'
               '> pts %>% filter(a1c_last >= 10) %>% arrange(desc(a1c_last)) %>% select(mrn, pt_nm, dob, age_yrs, zip5, a1c_last, pcp_nm)\n')
        rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_age»", f"«{x}_zip»", f"1{3 - i // 2}.{8 - i}", f"«{c}_lf»"] for i, (x, c) in enumerate(zip(PATIENTS, "defde", strict=True))]
        out += tibble(s, ["mrn", "pt_nm", "dob", "age_yrs", "zip5", "a1c_last", "pcp_nm"], ["<chr>", "<chr>", "<date>", "<dbl>", "<chr>", "<dbl>", "<chr>"], rows, {3, 5}, "212")
        out += "# ℹ 207 more rows\n# ℹ Use `print(n = ...)` to see more rows\n> count(pts, pcp_nm, sort = TRUE)\n"
        out += tibble(s, ["pcp_nm", "n"], ["<chr>", "<int>"], [["«d_lf»", "‹412›"], ["«e_lf»", "‹388›"], ["«f_lf»", "‹351›"], ["NA", "‹297›"]], {1}, "38")
        out += "# ℹ 34 more rows\n> # «a_g»: 297 with no PCP -- «b_n» thinks the ‹Athena› clinics never sent PCP; check «q_n» (PCP blank, seen at «clinic»)\n"
        return out
    out = ('> readmit <- dbGetQuery(con, read_file("sql/readmit_30d.sql")) %>% as_tibble()\n> glimpse(readmit)\nRows: ‹1,306›\nColumns: 8\n')
    gl = [("mrn", "<chr>", [f'"«{x}_mrn»"' for x in "pqrt"]), ("pt_nm", "<chr>", [f'"«{x}_lf»"' for x in "pqr"]),
          ("dob", "<date>", [f"«{x}_dob»" for x in "pqrt"]), ("adm_dt", "<date>", [f"«{x}_adm»" for x in "pqrt"]),
          ("dis_dt", "<date>", [f"«{x}_dis»" for x in "pqrt"]), ("zip5", "<chr>", [f'"«{x}_zip»"' for x in "pqrtu"]),
          ("attending", "<chr>", ['"«d_lf»"', '"«e_lf»"', '"«d_lf»"']), ("readmit_30d", "<lgl>", ["TRUE", "FALSE", "TRUE", "TRUE", "FALSE", "FALSE"])]
    for c, t, vals in gl:
        out += f"$ ‹{c}›" + " " * (11 - len(c)) + f" ‹{t}›" + " " * (7 - len(t)) + ", ".join(vals) + ", …\n"
    out += '> readmit %>% janitor::get_dupes(pt_nm, dob) %>% select(pt_nm, dob, dupe_count, mrn, adm_dt, dis_dt, attending)\n'
    rows = []
    for x in "pq":
        rows.append([f"«{x}_lf»", f"«{x}_dob»", "2", f"«{x}_mrn»", f"«{x}_adm»", f"«{x}_dis»", "«d_lf»"])
        rows.append([f"«{x}_lf»", f"«{x}_dob»", "2", f"«{x}_mrn»", f"«{x}_fu»", f"«{x}_fu»", "«e_lf»"])
    out += tibble(s, ["pt_nm", "dob", "dupe_count", "mrn", "adm_dt", "dis_dt", "attending"], ["<chr>", "<date>", "<int>", "<chr>", "<date>", "<date>", "<chr>"], rows, {2})
    out += "> # «b_g»: not dupes -- real readmissions («p_g» came back through the ED on «p_fu»); keep both rows\n"
    return out


def dbt_failure(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ("$ dbt test --select stg_ehr__patients\n"
               "14:02:11  Running with ‹dbt=1.7.4›\n14:02:12  Registered adapter: ‹snowflake=1.7.1›\n"
               "14:02:13  Found 142 models, 388 tests, 12 sources, 0 exposures, 0 metrics, 611 macros, 0 groups, 0 semantic models\n14:02:13\n"
               "14:02:16  Concurrency: 8 threads (target='dev_«a_user»')\n14:02:16\n"
               "14:02:16  1 of 4 START test ‹not_null_stg_ehr__patients_zip5› ........................ [RUN]\n"
               "14:02:17  1 of 4 FAIL 3 not_null_stg_ehr__patients_zip5 ............................ [FAIL 3 in 0.91s]\n"
               "14:02:17  2 of 4 START test ‹unique_stg_ehr__patients_mrn› ........................... [RUN]\n"
               "14:02:18  2 of 4 FAIL 2 unique_stg_ehr__patients_mrn ............................... [FAIL 2 in 1.02s]\n"
               "14:02:18  3 of 4 START test ‹accepted_values_stg_ehr__patients_sex__F__M__U› ......... [RUN]\n"
               "14:02:18  3 of 4 PASS accepted_values_stg_ehr__patients_sex__F__M__U ............... [PASS in 0.77s]\n"
               "14:02:18  4 of 4 START test relationships_stg_ehr__patients_pcp_npi__npi__ref_dim_provider_ [RUN]\n"
               "14:02:19  4 of 4 PASS relationships_stg_ehr__patients_pcp_npi__npi__ref_dim_provider_ [PASS in 0.84s]\n14:02:19\n"
               "14:02:19  Finished running 4 tests in 0 hours 0 minutes and 6.12 seconds (6.12s).\n14:02:19\n"
               "14:02:19  Completed with 2 errors and 0 warnings:\n14:02:19\n"
               "14:02:19  Failure in test unique_stg_ehr__patients_mrn (models/staging/ehr/_ehr__models.yml)\n"
               "14:02:19    Got 2 results, configured to fail if != 0\n14:02:19\n"
               "14:02:19    compiled Code at target/compiled/hrh_analytics/models/staging/ehr/_ehr__models.yml/unique_stg_ehr__patients_mrn.sql\n14:02:19\n"
               "14:02:19    See test failures:\n  ----------------------------------------------------------------------------------\n"
               "  select * from ANALYTICS.DBT_«a_USER»_DBT_TEST__AUDIT.unique_stg_ehr__patients_mrn\n"
               "  ----------------------------------------------------------------------------------\n14:02:19\n"
               "14:02:19  Done. PASS=2 WARN=0 ERROR=2 SKIP=0 TOTAL=4\n\n"
               "$ dbt show --inline \"select p.mrn, p.pt_nm, p.dob, p.addr1, p.zip5, p.src_system from {{ ref('stg_ehr__patients') }} p "
               "where p.mrn in (select unique_field from ANALYTICS.DBT_«a_USER»_DBT_TEST__AUDIT.unique_stg_ehr__patients_mrn)\"\n"
               "14:05:40  Running with dbt=1.7.4\n14:05:41  Registered adapter: snowflake=1.7.1\n14:05:43\n14:05:43  Previewing inline node:\n")
        rows = []
        for x in "pq":
            rows.append([f"«{x}_mrn»", f"«{x}_LF»", f"«{x}_dob»", f"«{x}_LINE»", f"«{x}_zip»", "‹EPIC›"])
            rows.append([f"«{x}_mrn»", f"«{x}_LF»", f"«{x}_dob»", f"«{x}_line2»", f"«{x}_zip»", "‹ATHENA_ACQ›"])
        out += pipes(s, lit("MRN", "PT_NM", "DOB", "ADDR1", "ZIP5", "SRC_SYSTEM"), rows)
        out += "\n$ dbt show --inline \"select mrn, pt_nm, addr1, city from {{ ref('stg_ehr__patients') }} where zip5 is null\"\n14:07:02  Previewing inline node:\n"
        out += pipes(s, lit("MRN", "PT_NM", "ADDR1", "CITY"), [[f"«{x}_mrn»", f"«{x}_LF»", f"«{x}_LINE»", f"«{x}_TOWN»"] for x in "rtu"])
        out += "\n# «b_g»: the ATHENA_ACQ rows reuse Epic MRNs (conversion bug) -- dedupe on src priority; null ZIPs are PO boxes, ask «e_n» in registration\n"
        return out
    out = ("$ dbt build --select +mart_readmissions --target dev\n"
           "09:31:02  Running with ‹dbt=1.8.2›\n09:31:03  Registered adapter: ‹postgres=1.8.1›\n"
           "09:31:05  Found 96 models, 241 data tests, 9 sources, 512 macros\n09:31:05\n"
           "09:31:05  Concurrency: 4 threads (target='dev')\n09:31:05\n"
           "09:31:06  1 of 7 START sql view model dbt_«a_user».‹stg_adt__encounters› ........ [RUN]\n"
           "09:31:06  1 of 7 OK created sql view model dbt_«a_user».stg_adt__encounters ... [CREATE VIEW in 0.21s]\n"
           "09:31:09  5 of 7 START test ‹assert_no_future_dob› ...................................... [RUN]\n"
           "09:31:09  5 of 7 FAIL 2 assert_no_future_dob ........................................ [FAIL 2 in 0.33s]\n"
           "09:31:09  6 of 7 START test ‹assert_discharge_after_admit› .............................. [RUN]\n"
           "09:31:10  6 of 7 WARN 1 assert_discharge_after_admit ................................ [WARN 1 in 0.29s]\n"
           "09:31:10  7 of 7 SKIP relation dbt_«a_user».‹mart_readmissions› ............................. [SKIP]\n09:31:10\n"
           "09:31:10  Failure in test assert_no_future_dob (tests/assert_no_future_dob.sql)\n"
           "09:31:10    Got 2 results, configured to fail if != 0\n09:31:10\n"
           "09:31:10  Done. PASS=4 WARN=1 ERROR=1 SKIP=1 TOTAL=7\n\n"
           "$ dbt show --select assert_no_future_dob\n09:33:27  Previewing node 'assert_no_future_dob':\n")
    out += pipes(s, lit("mrn", "pt_nm", "dob", "dob_raw", "reg_dt", "registered_by"),
                 [["«p_mrn»", "«p_lf»", "«p_dobfut»", "«p_dob2y»", "«p_reg»", "«e_user»"],
                  ["«q_mrn»", "«q_lf»", "«q_dobfut»", "«q_dob2y»", "«q_reg»", "«e_user»"]])
    out += ("\n$ dbt show --select assert_discharge_after_admit\n09:34:02  Previewing node 'assert_discharge_after_admit':\n")
    out += pipes(s, lit("csn", "mrn", "pt_nm", "adm_dt", "dis_dt", "attending_npi", "attending_nm"),
                 [["«r_csn»", "«r_mrn»", "«r_lf»", "«r_dis»", "«r_adm»", "«d_npi»", "«d_lf»"]])
    out += "\n-- «b_n»: the test compares the parsed value; the two DOBs above are century-window errors from the legacy feed (two-digit years read as 20yy). Fix in stg, not a data issue for «e_n».\n"
    return out


def _ge(kind: str, column: str, kwargs: dict, res: dict, ok: bool = False) -> dict:
    return {"success": ok, "expectation_config": {"expectation_type": kind, "kwargs": {"column": column, **kwargs}, "meta": {}},
            "result": res, "meta": {}, "exception_info": {"raised_exception": False, "exception_traceback": None, "exception_message": None}}


def _unexp(n: int, values: list[str], pct: float, extra: dict | None = None) -> dict:
    return {"element_count": "«rows_n»", "unexpected_count": n, "unexpected_percent": pct, "partial_unexpected_list": values,
            "missing_count": 0, "missing_percent": 0.0, **(extra or {})}


def great_expectations(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        results = [
            _ge("expect_column_values_to_match_regex", "‹ph›", {"regex": "^[0-9]{3}-[0-9]{3}-[0-9]{4}$", "mostly": 0.99},
                _unexp(214, ["«p_php»", "«q_phd»", "«r_php»"], 0.44, {"unexpected_index_column_names": ["mrn"],
                       "partial_unexpected_index_list": [{"mrn": "«p_mrn»", "ph": "«p_php»"}, {"mrn": "«q_mrn»", "ph": "«q_phd»"}, {"mrn": "«r_mrn»", "ph": "«r_php»"}]})),
            _ge("expect_column_values_to_match_regex", "‹zip5›", {"regex": "^[0-9]{5}$"},
                _unexp(311, ["«t_zip9»", "«u_zip9d»"], 0.65, {"partial_unexpected_counts": [{"value": "«t_zip9»", "count": 1}, {"value": "«u_zip9d»", "count": 1}]})),
            _ge("expect_column_values_to_be_unique", "‹mrn›", {},
                _unexp(4, ["«v_mrn»", "«v_mrn»", "«w_mrn»", "«w_mrn»"], 0.01, {"partial_unexpected_counts": [{"value": "«v_mrn»", "count": 2}, {"value": "«w_mrn»", "count": 2}]})),
            _ge("expect_column_values_to_be_in_set", "‹pcp_npi›", {"value_set": {"$PARAMETER": "urn:great_expectations:stores:evaluation_parameter_store:active_npis"}},
                _unexp(2, ["«d_npi»", "«e_npi»"], 0.0, {"partial_unexpected_index_list": [{"mrn": "«q_mrn»", "pcp_npi": "«d_npi»", "pcp_nm": "«d_lf»"}, {"mrn": "«t_mrn»", "pcp_npi": "«e_npi»", "pcp_nm": "«e_lf»"}]})),
            _ge("expect_column_values_to_not_be_null", "‹email›", {"mostly": 0.6}, {"element_count": "«rows_n»", "unexpected_count": int(int(_val(s["rows_n"])) * 0.3675), "unexpected_percent": 36.75,
                "partial_unexpected_list": [], "unexpected_index_list": []}, True),
        ]
        doc = {"success": False, "results": results, "evaluation_parameters": {}, "statistics": {"evaluated_expectations": 5, "successful_expectations": 1,
               "unsuccessful_expectations": 4, "success_percent": 20.0},
               "meta": {"great_expectations_version": "‹0.18.8›", "expectation_suite_name": "‹stg_patient.warning›",
                        "run_id": {"run_name": "«d0y»-061502-nightly", "run_time": "«d0»T06:15:02.113421+00:00"},
                        "batch_spec": {"schema_name": "stg", "table_name": "patient", "data_asset_name": "‹bfh_edw.stg.patient›", "batch_identifiers": {}},
                        "batch_markers": {"ge_load_time": "«d0y»T061458.902113Z"}, "active_batch_definition": {"datasource_name": "bfh_postgres",
                        "data_connector_name": "default_runtime_data_connector_name", "data_asset_name": "stg.patient"},
                        "validation_time": "«d0y»T061502.113421Z", "checkpoint_name": "‹nightly_stg_patient›",
                        "notes": "Owner: «a_n» («a_wem»). Failing rows go to the ‹dq_exceptions› queue; «b_g» reviews Mondays."}}
    else:
        results = [
            _ge("expect_column_values_to_match_strftime_format", "‹adm_dt›", {"strftime_format": "%Y-%m-%d"},
                _unexp(37, ["«p_admus»", "«q_fuus»"], 0.31, {"partial_unexpected_index_list": [{"har": "«p_har»", "adm_dt": "«p_admus»"}, {"har": "«q_har»", "adm_dt": "«q_fuus»"}]})),
            _ge("expect_column_value_lengths_to_equal", "‹ssn›", {"value": 9},
                _unexp(1208, ["«r_ssn»", "«t_ssn»", "«u_ssn»"], 10.02)),
            _ge("expect_column_values_to_be_unique", "‹har›", {},
                _unexp(2, ["«v_har»", "«v_har»"], 0.02, {"partial_unexpected_index_list": [{"har": "«v_har»", "pt_nm": "«v_lf»", "dob": "«v_dob»"}, {"har": "«v_har»", "pt_nm": "«w_lf»", "dob": "«w_dob»"}]})),
            _ge("expect_column_values_to_match_regex", "‹email›", {"regex": "^[a-z0-9._%+-]+@[a-z0-9.-]+[.][a-z]{2,}$"},
                _unexp(3, ["«p_em» ", "«k_em» "], 0.03)),
            _ge("expect_table_row_count_to_be_between", "", {"min_value": 10000, "max_value": 20000}, {"observed_value": "«rows_n»"}, True),
        ]
        results[-1]["expectation_config"]["kwargs"].pop("column")
        doc = {"success": False, "results": results, "evaluation_parameters": {}, "statistics": {"evaluated_expectations": 5, "successful_expectations": 1,
               "unsuccessful_expectations": 4, "success_percent": 20.0},
               "meta": {"great_expectations_version": "‹0.17.23›", "expectation_suite_name": "‹claims_extract.critical›",
                        "run_id": {"run_name": "adhoc-«a_user»", "run_time": "«d0»T14:41:09.002518+00:00"},
                        "batch_spec": {"path": "s3://sfh-analytics/claims/extract_«d0y».csv", "reader_method": "read_csv"},
                        "validation_time": "«d0y»T144109.002518Z", "checkpoint_name": None,
                        "notes": "Ad hoc run by «a_n» for «b_n» before the ‹Cigna› submission."}}
    return json.dumps(doc, indent=2, ensure_ascii=False).replace('"«rows_n»"', "«rows_n»")


def csv_head(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        out = ("In [2]: !ls -lh data/raw/ | head -4\ntotal 1.9G\n"
               "-rw-r--r-- 1 «a_user» analysts 412M «wk» 06:12 epic_pat_extract_«d0y».csv\n"
               "-rw-r--r-- 1 «a_user» analysts 1.1G «wk» 06:19 epic_enc_extract_«d0y».csv\n"
               "-rw-r--r-- 1 «a_user» analysts 388M «wk» 06:22 epic_lab_extract_«d0y».csv\n\n"
               "In [3]: !head -n 6 data/raw/epic_pat_extract_«d0y».csv\n"
               "‹mrn›,‹pt_nm›,‹dob›,sex,‹addr1›,city,st,‹zip5›,ph,‹email›,‹ins_id›,‹pcp_npi›\n")
        for x, c in zip(PATIENTS, "dedfe", strict=True):
            out += f'«{x}_mrn»,"«{x}_lf»",«{x}_dobus»,«{x}_sex»,«{x}_line»,«{x}_town»,«{x}_st»,«{x}_zip»,«{x}_ph»,«{x}_em»,«{x}_plan»,«{c}_npi»\n'
        out += ("\nIn [4]: !wc -l data/raw/epic_pat_extract_«d0y».csv\n«rows» data/raw/epic_pat_extract_«d0y».csv\n\n"
                "In [5]: # header says ‹dob› but it is mm/dd/yyyy -- «b_g» to fix the export spec; «p_g»'s row is the one «d_n» asked about\n")
        return out
    out = ("$ head -4 exports/adt_feed_«d0y».tsv\n‹evt_ts›\t‹mrn›\t‹pt_nm›\t‹dob›\t‹adm_dt›\t‹unit›\t‹attending›\t‹nok_nm›\t‹nok_ph›\n")
    for i, (x, n) in enumerate(zip("pqr", "kvw", strict=True)):
        out += f"«d0» 0{i + 1}:1{i}\t«{x}_mrn»\t«{x}_LFc»\t«{x}_dob8»\t«{x}_adm»\t4W\t«d_LFc»\t«{n}_LFc»\t«{n}_phd»\n"
    out += ('\n$ csvcut -t -c mrn,pt_nm,dob,nok_nm,nok_ph exports/adt_feed_«d0y».tsv | csvgrep -c pt_nm -m "«t_F»" | csvlook -I\n')
    out += pipes(s, lit("mrn", "pt_nm", "dob", "nok_nm", "nok_ph"), [["«t_mrn»", "«t_LFc»", "«t_dob8»", "«u_LFc»", "«u_phd»"]])
    out += ("\n$ csvstat -t --count exports/adt_feed_«d0y».tsv\nRow count: ‹1,884›\n"
            "$ # «a_g»: nok for «t_F» is «u_n» (neighbour, per «e_n» on 4W) -- not family, still PHI\n")
    return out


def parquet_meta(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        lo = min("pqrtuvw", key=lambda x: _val(s[f"{x}_lf"]))
        hi = max("pqrtuvw", key=lambda x: _val(s[f"{x}_lf"]))
        dlo = min("pqrtuvwj", key=lambda x: _val(s[f"{x}_dob"]))
        dhi = max("pqrtuvwj", key=lambda x: _val(s[f"{x}_dob"]))
        zlo = min(["p_zip", "q_zip", "r_zip", "z1", "z2", "z3"], key=lambda k: _val(s[k]))
        zhi = max(["p_zip", "q_zip", "r_zip", "z1", "z2", "z3"], key=lambda k: _val(s[k]))
        out = (">>> import pyarrow.parquet as pq, pyarrow as pa\n>>> pa.__version__\n‹'15.0.2'›\n"
               ">>> f = \"/lake/curated/patient/part-00000-3f1c9e2a.snappy.parquet\"\n>>> md = pq.read_metadata(f)\n>>> md\n"
               "<pyarrow._parquet.FileMetaData object at 0x7f3a2c1b5e40>\n  created_by: ‹parquet-cpp-arrow version 15.0.2›\n"
               "  num_columns: 9\n  num_rows: «rows»\n  num_row_groups: 1\n  format_version: 2.6\n  serialized_size: 5184\n"
               ">>> pq.read_schema(f)\n‹mrn›: string\n‹pt_nm›: string\n‹dob›: ‹date32[day]›\n‹addr1›: string\n‹zip5›: string\n‹ph›: string\n"
               "‹ins_id›: string\n‹pcp_npi›: string\n‹reg_dt›: date32[day]\n-- schema metadata --\n"
               "pandas: '{\"index_columns\": [{\"kind\": \"range\", \"name\": null, \"start\": 0, \"' + 1588\n"
               ">>> for name in (\"pt_nm\", \"dob\", \"zip5\"):\n...     st = md.row_group(0).column(md.schema.names.index(name)).statistics\n"
               "...     print(name, st.min, \"|\", st.max, \"| nulls:\", st.null_count)\n...\n"
               f"pt_nm «{lo}_lf» | «{hi}_lf» | nulls: 0\n"
               f"dob «{dlo}_dob» | «{dhi}_dob» | nulls: 0\n"
               f"zip5 «{zlo}» | «{zhi}» | nulls: ‹252›\n"
               ">>> pq.read_table(f, columns=[\"mrn\", \"pt_nm\", \"dob\", \"zip5\", \"ph\"]).slice(0, 3).to_pylist()\n[")
        out += ", ".join("{'mrn': '«%s_mrn»', 'pt_nm': '«%s_lf»', 'dob': datetime.date(«%s_dobpy»), 'zip5': '«%s_zip»', 'ph': '«%s_ph»'}" % ((x,) * 5) for x in "pqr")
        out += ("]\n>>> # «a_g»: min/max statistics carry real names and DOBs -- strip them (write_statistics=False) before the file goes to «b_n»'s vendor share\n")
        return out
    out = ("$ duckdb\n‹v0.10.1› 4a89d97db8\nEnter \".help\" for usage hints.\nConnected to a transient in-memory database.\n"
           "D DESCRIBE SELECT * FROM 'exports/readmit_features.parquet';\n")
    cols = [("mrn", "VARCHAR"), ("pt_nm", "VARCHAR"), ("dob", "DATE"), ("adm_dt", "DATE"), ("dis_dt", "DATE"), ("readmit_30d", "BOOLEAN"), ("attending", "VARCHAR"), ("zip5", "VARCHAR")]
    out += duckbox(s, ["column_name", "column_type", "null", "key", "default", "extra"], ["varchar"] * 6,
                   [[f"‹{c}›", f"‹{t}›", "YES", "", "", ""] for c, t in cols])
    out += ("D SELECT mrn, pt_nm, dob, adm_dt, dis_dt, attending, zip5 FROM 'exports/readmit_features.parquet' WHERE readmit_30d LIMIT 4;\n")
    rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_adm»", f"«{x}_dis»", f"«{c}_lf»", f"«{x}_zip»"] for x, c in zip("pqrt", "dedf", strict=True)]
    out += duckbox(s, ["mrn", "pt_nm", "dob", "adm_dt", "dis_dt", "attending", "zip5"], ["varchar", "varchar", "date", "date", "date", "varchar", "varchar"], rows)
    out += "D SELECT count(*) FILTER (WHERE readmit_30d) AS n_readmit, count(*) AS n FROM 'exports/readmit_features.parquet';\n"
    out += duckbox(s, ["n_readmit", "n"], ["int64", "int64"], [["‹1306›", "‹9841›"]], {0, 1})
    out += "D -- «b_g»: «q_n»'s readmit is a planned chemo admit, exclude (per «e_n»)\n"
    return out


def traceback(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        site = "/home/«a_user»/.venv/lib/python3.11/site-packages/pandas"
        out = ('In [14]: pts = df.set_index("mrn")\n    ...: pts.loc["«p_mrn»", ["pt_nm", "ph"]]\n'
               + "-" * 75 + "\nKeyError                                  Traceback (most recent call last)\n"
               f"File {site}/core/indexes/base.py:3805, in Index.get_loc(self, key)\n"
               "   3804 try:\n-> 3805     return self._engine.get_loc(casted_key)\n   3806 except KeyError as err:\n\n"
               "File index.pyx:167, in pandas._libs.index.IndexEngine.get_loc()\n\nFile index.pyx:196, in pandas._libs.index.IndexEngine.get_loc()\n\n"
               "File pandas/_libs/hashtable_class_helper.pxi:7081, in pandas._libs.hashtable.PyObjectHashTable.get_item()\n\n"
               "KeyError: '«p_mrn»'\n\nThe above exception was the direct cause of the following exception:\n\n"
               "KeyError                                  Traceback (most recent call last)\nCell In[14], line 2\n"
               '      1 pts = df.set_index("mrn")\n----> 2 pts.loc["«p_mrn»", ["pt_nm", "ph"]]\n\n'
               f"File {site}/core/indexing.py:1147, in _LocationIndexer.__getitem__(self, key)\n"
               f"File {site}/core/indexes/base.py:3812, in Index.get_loc(self, key)\n"
               "   3807     if isinstance(casted_key, slice) or (\n-> 3812     raise KeyError(key) from err\n\n"
               "KeyError: '«p_mrn»'\n\n"
               'In [15]: # Epic pads MRNs with a trailing space in this extract (per «b_n»)\n'
               '    ...: df[df.mrn.str.strip() == "«p_mrn»"][["mrn", "pt_nm", "dob", "ph"]].to_dict("records")\n'
               "Out[15]: [{'mrn': '«p_mrn» ', 'pt_nm': '«p_lf»', 'dob': Timestamp('«p_dob» 00:00:00'), 'ph': '«p_ph»'}]\n\n"
               'In [16]: df["dob"] = pd.to_datetime(df["dob"], format="%m/%d/%Y")\n'
               + "-" * 75 + "\nValueError                                Traceback (most recent call last)\nCell In[16], line 1\n"
               '----> 1 df["dob"] = pd.to_datetime(df["dob"], format="%m/%d/%Y")\n\n'
               f"File {site}/core/tools/datetimes.py:1067, in to_datetime(arg, errors, dayfirst, yearfirst, utc, format, exact, unit, infer_datetime_format, origin, cache)\n"
               f"File {site}/core/tools/datetimes.py:435, in _convert_listlike_datetimes(arg, format, name, utc, unit, errors, dayfirst, yearfirst, exact)\n\n"
               "File strptime.pyx:565, in pandas._libs.tslibs.strptime.array_strptime()\n\n"
               'ValueError: time data "«q_dob»" doesn\'t match format "%m/%d/%Y", at position 2871. You might want to try:\n'
               "    - passing `format` if your strings have a consistent format;\n"
               "    - passing `format='ISO8601'` if your strings are all ISO8601 but not necessarily in exactly the same format;\n"
               "    - passing `format='mixed'`, and the format will be inferred for each element individually. You might want to use `dayfirst` alongside this.\n\n"
               "In [17]: df.iloc[2871]\nOut[17]:\n")
        out += series(s, "", [("‹mrn›", "«q_mrn»"), ("‹pt_nm›", "«q_lf»"), ("‹dob›", "«q_dob»"), ("sex", "«q_sex»"), ("‹addr1›", "«q_line»"),
                              ("city", "«q_town»"), ("‹zip5›", "«q_zip»"), ("ph", "«q_ph»"), ("pcp_nm", "«d_lf»")], "Name: 2871, dtype: object")
        return out
    home = "/home/«a_user»/registry"
    out = (f"(etl) «a_user»@etl01:~/registry$ export REGISTRY_DB_URL=postgresql://«a_user»:«pw»@registry-db.«domain»:5432/registry\n"
           f"(etl) «a_user»@etl01:~/registry$ python -m etl.load_registry --date «d0»\n"
           "«d0» 06:40:12,113 INFO etl.load_registry: read ‹4127› rows from sftp://sftp.«domain»/outbound/registry_«d0y».csv\n"
           "Traceback (most recent call last):\n"
           f'  File "{home}/etl/load_registry.py", line 88, in <module>\n    main()\n'
           f'  File "{home}/etl/load_registry.py", line 71, in main\n    rows = [PatientRow(**r) for r in reader]\n'
           f'  File "{home}/.venv/lib/python3.12/site-packages/pydantic/main.py", line 176, in __init__\n'
           "    self.__pydantic_validator__.validate_python(data, self_instance=self)\n"
           "pydantic_core._pydantic_core.ValidationError: 2 validation errors for ‹PatientRow›\n"
           "‹zip5›\n  String should match pattern '^\\d{5}$' [type=string_pattern_mismatch, input_value='«p_zip9»', input_type=str]\n"
           "    For further information visit https://errors.pydantic.dev/2.6/v/string_pattern_mismatch\n"
           "‹dob›\n  Input should be a valid date or datetime, invalid date separator, expected `-` [type=date_from_datetime_parsing, input_value='«p_dobus»', input_type=str]\n"
           "    For further information visit https://errors.pydantic.dev/2.6/v/date_from_datetime_parsing\n"
           f"(etl) «a_user»@etl01:~/registry$ # row for «p_n» -- normalise zip/dob in the reader and rerun\n"
           f"(etl) «a_user»@etl01:~/registry$ python -m etl.load_registry --date «d0»\n"
           "«d0» 06:52:40,877 INFO etl.load_registry: read ‹4127› rows from sftp://sftp.«domain»/outbound/registry_«d0y».csv\n"
           "Traceback (most recent call last):\n"
           f'  File "{home}/.venv/lib/python3.12/site-packages/sqlalchemy/engine/base.py", line 1969, in _exec_single_context\n'
           "    self.dialect.do_execute(\n"
           "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint \"‹registry_patient_mrn_key›\"\n"
           "DETAIL:  Key (mrn)=(«q_mrn») already exists.\n\n"
           "The above exception was the direct cause of the following exception:\n\nTraceback (most recent call last):\n"
           f'  File "{home}/etl/load_registry.py", line 80, in main\n    conn.execute(insert(patient), rows)\n'
           "sqlalchemy.exc.IntegrityError: (psycopg2.errors.UniqueViolation) duplicate key value violates unique constraint \"registry_patient_mrn_key\"\n"
           "DETAIL:  Key (mrn)=(«q_mrn») already exists.\n\n"
           "[SQL: INSERT INTO ‹registry.patient› (mrn, pt_nm, dob, addr1, zip5, ph, pcp_npi) VALUES (%(mrn)s, %(pt_nm)s, %(dob)s, %(addr1)s, %(zip5)s, %(ph)s, %(pcp_npi)s)]\n"
           "[parameters: {'mrn': '«q_mrn»', 'pt_nm': '«q_lf»', 'dob': datetime.date(«q_dobpy»), 'addr1': '«q_line»', 'zip5': '«q_zip»', 'ph': '«q_ph»', 'pcp_npi': '«d_npi»'}]\n"
           "(Background on this error at: https://sqlalche.me/e/20/gkpj)\n"
           f"(etl) «a_user»@etl01:~/registry$ # «q_n» was already loaded by the ‹registry_backfill› job -- «b_n» says upsert\n")
    return out


def sql_fix(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        return ("$ psql -h edw-pg01.«domain» -U «a_user» -d «db» -f fixes/INC0051877_contact_revert.sql\n"
                "-- ‹INC0051877›: ADT A08 overwrote «p_lf»'s home phone with «p_her» «k_rel»'s cell after «k_she» registered «p_g» in the ED.\n"
                "-- Requested by «e_n» (HIM, ext 4471). «k_Rel»: «k_n», cell «k_cell». Reviewed by «b_n».\n"
                "BEGIN\n"
                "UPDATE stg.patient\n   SET addr1 = '«p_line»', city = '«p_town»', zip5 = '«p_zip»', ph = '«p_ph»', updated_by = '«a_user»'\n"
                " WHERE mrn = '«p_mrn»';\nUPDATE 1\n"
                "INSERT INTO stg.patient_contact (mrn, contact_nm, relation, contact_ph, eff_dt)\n"
                "VALUES ('«p_mrn»', '«k_LF»', '«k_REL»', '«k_cell»', '«p_adm»');\nINSERT 0 1\n"
                "DELETE FROM stg.patient_phone WHERE mrn = '«p_mrn»' AND ph = '«k_cell»' AND ph_type = 'HOME';\nDELETE 1\n"
                "-- sanity check\nSELECT mrn, pt_nm, addr1, zip5, ph FROM stg.patient WHERE mrn = '«p_mrn»';\n"
                + psql(s, lit("mrn", "pt_nm", "addr1", "zip5", "ph"), [["«p_mrn»", "«p_lf»", "«p_line»", "«p_zip»", "«p_ph»"]])
                + "\nCOMMIT\n")
    out = ("-- ‹tests/fixtures/patients.sql›\n-- generated with: pg_dump --data-only --inserts -t public.patient -t public.encounter ehr_prod (!!)\n"
           "-- TODO(«b_user»): replace with synthetic rows before merging -- «a_n» noticed these are real charts from «hosp»\n\n"
           "SET client_encoding = 'UTF8';\nSET standard_conforming_strings = on;\n\n")
    for i, x in enumerate("pqrt"):
        out += ("INSERT INTO public.patient (pt_key, mrn, first_nm, last_nm, dob, sex, addr1, city, st, zip5, ph, email, ssn, ins_id) VALUES "
                f"({1001 + i}, '«{x}_mrn»', '«{x}_g»', '«{x}_f»', '«{x}_dob»', '«{x}_sex»', '«{x}_line»', '«{x}_town»', '«{x}_st»', '«{x}_zip»', '«{x}_ph»', '«{x}_em»', '«{x}_ssn»', '«{x}_plan»');\n")
    out += "\n"
    for i, (x, c) in enumerate(zip("pqrt", "dede", strict=True)):
        out += ("INSERT INTO public.encounter (enc_id, pt_key, csn, har, adm_dt, dis_dt, dx1, cpt1, attending_npi) VALUES "
                f"({5001 + i}, {1001 + i}, '«{x}_csn»', '«{x}_har»', '«{x}_adm»', '«{x}_dis»', '«{x}_dx»', '«cpt{1 + i % 2}»', '«{c}_npi»');\n")
    out += "\nSELECT pg_catalog.setval('public.patient_pt_key_seq', 1004, true);\nSELECT pg_catalog.setval('public.encounter_enc_id_seq', 5004, true);\n"
    return out


def airflow_log(s: dict[str, Slot]) -> str:
    t = "[«d0», " + ("06" if s["variant"] == 0 else "11") + ":0{}:{:02d} UTC]"
    if s["variant"] == 0:
        run = "scheduled__«d0»T05:00:00+00:00"
        out = ("*** Found local files:\n***   * /opt/airflow/logs/dag_id=‹ehr_nightly›/run_id=" + run + "/task_id=‹load_patients›/attempt=1.log\n"
               + t.format(0, 12) + " {taskinstance.py:1979} INFO - Dependencies all met for dep_context=non-requeueable deps ti=<TaskInstance: ehr_nightly.load_patients " + run + " [queued]>\n"
               + t.format(0, 12) + " {taskinstance.py:2193} INFO - Starting attempt 1 of 3\n"
               + t.format(0, 12) + " {taskinstance.py:2214} INFO - Executing <Task(PythonOperator): load_patients> on «d0» 05:00:00+00:00\n"
               + t.format(0, 13) + " {standard_task_runner.py:60} INFO - Started process 48812 to run task\n"
               + t.format(0, 13) + " {taskinstance.py:2510} INFO - Exporting env vars: AIRFLOW_CTX_DAG_OWNER='«a_user»' AIRFLOW_CTX_DAG_ID='ehr_nightly' AIRFLOW_CTX_TASK_ID='load_patients' AIRFLOW_CTX_TRY_NUMBER='1'\n"
               + t.format(0, 14) + " {load_patients.py:54} INFO - Read «rows» rows from s3://bfh-lake/raw/epic/patient/dt=«d0»/\n"
               + t.format(1, 47) + " {load_patients.py:88} WARNING - Row rejected (bad zip5): {'mrn': '«p_mrn»', 'pt_nm': '«p_LF»', 'dob': '«p_dob»', 'addr1': '«p_LINE»', 'city': '«p_TOWN»', 'zip5': '«p_zip9d»', 'ph': '«p_phd»'}\n"
               + t.format(1, 47) + " {load_patients.py:88} WARNING - Row rejected (dob after adm_dt): {'mrn': '«q_mrn»', 'pt_nm': '«q_LF»', 'dob': '«q_dobfut»', 'adm_dt': '«q_adm»', 'pcp_npi': '«d_npi»'}\n"
               + t.format(1, 48) + " {load_patients.py:88} WARNING - Row rejected (age_yrs >= 90 not top-coded): {'mrn': '«t_mrn»', 'pt_nm': '«t_LF»', 'age_yrs': «t_age», 'zip5': '«t_zip»', 'county': '«t_county»'}\n"
               + t.format(1, 50) + " {load_patients.py:97} INFO - Loaded ‹48210› rows into «db».‹stg.patient› (3 rejected -> s3://bfh-lake/quarantine/patient/dt=«d0»/rejects.jsonl)\n"
               + t.format(1, 50) + " {python.py:201} INFO - Done. Returned value was: None\n"
               + t.format(1, 51) + " {taskinstance.py:1138} INFO - Marking task as SUCCESS. dag_id=ehr_nightly, task_id=load_patients, execution_date=«d0y»T050000, start_date=«d0y»T060012, end_date=«d0y»T060151\n"
               + t.format(1, 51) + " {local_task_job_runner.py:234} INFO - Task exited with return code 0\n"
               + t.format(1, 51) + " {taskinstance.py:3281} INFO - 1 downstream tasks scheduled from follow-on schedule check\n")
        return out
    run = "scheduled__«d0»T11:00:00+00:00"
    out = ("*** Found local files:\n***   * /opt/airflow/logs/dag_id=‹care_gaps_weekly›/run_id=" + run + "/task_id=‹email_outreach_list›/attempt=1.log\n"
           + t.format(0, 1) + " {taskinstance.py:2214} INFO - Executing <Task(PythonOperator): email_outreach_list> on «d0» 11:00:00+00:00\n"
           + t.format(0, 2) + " {base.py:83} INFO - Using connection ID 'snowflake_analytics' for task execution.\n"
           + t.format(0, 2) + " {sql.py:276} INFO - Running statement: SELECT mrn, pt_nm, age_yrs, ph, last_a1c_dt, pcp_nm FROM mart.care_gaps WHERE gap = 'A1C_OVERDUE' AND clinic = '«clinic»', parameters: None\n"
           + t.format(0, 4) + " {sql.py:285} INFO - Rows affected: ‹37›\n"
           + t.format(0, 4) + " {outreach.py:41} INFO - Preview (first 5 of 37):\n")
    rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_age»", f"«{x}_ph»", f"«{x}_adm»", f"«{c}_lf»"] for x, c in zip(PATIENTS, "ddeed", strict=True)]
    hdr = lit("mrn", "pt_nm", "age_yrs", "ph", "last_a1c_dt", "pcp_nm")
    w = _widths(s, hdr, rows)
    out += "  ".join(_pad(s, h, x, "r" if i == 2 else "l") for i, (h, x) in enumerate(zip(hdr, w, strict=True))).rstrip() + "\n"
    out += "  ".join("-" * x for x in w) + "\n"
    for r in rows:
        out += "  ".join(_pad(s, c, x, "r" if i == 2 else "l") for i, (c, x) in enumerate(zip(r, w, strict=True))).rstrip() + "\n"
    out += (t.format(0, 5) + " {email.py:269} INFO - Email alerting: attempt 1\n"
            + t.format(0, 6) + " {email.py:280} INFO - Sent an alert email to ['«e_wem»', '«f_wem»']\n"
            + t.format(0, 6) + " {outreach.py:58} INFO - Attached A1C_OVERDUE_«d0y».xlsx (37 rows) for «e_n» and «f_n»; owner «a_user»\n"
            + t.format(0, 6) + " {python.py:201} INFO - Done. Returned value was: 37\n"
            + t.format(0, 7) + " {local_task_job_runner.py:234} INFO - Task exited with return code 0\n")
    return out


def agent_transcript(s: dict[str, Slot]) -> str:
    if s["variant"] == 0:
        rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_ph»", f"«{x}_adm»", f"‹{13 - i}.{(3 * i + 4) % 10}›"] for i, x in enumerate("pqrt")]
        table = pipes(s, lit("mrn", "pt_nm", "dob", "ph", "ed_dt", "a1c_last"), rows)
        sql = ("SELECT p.mrn, p.pt_nm, p.dob, p.ph, e.ed_dt, l.a1c_last FROM mart.ed_visits e JOIN mart.patient p USING (mrn) "
               "JOIN mart.last_labs l USING (mrn) WHERE p.pcp_npi = '«d_npi»' AND e.ed_dt >= current_date - 365 AND l.a1c_last > 10 ORDER BY l.a1c_last DESC")
        doc = {"id": "run_8f2c41d7", "model": "‹gpt-4o-2024-08-06›", "created_at": "«d0»T13:22:41Z", "user": "«b_user»@«domain»",
               "messages": [
                   {"role": "system", "content": "You are the analytics assistant for «sys». Use run_sql (read-only, schema mart) to answer. Never write to tables."},
                   {"role": "user", "content": "This is «b_g» from care management. Which of Dr. «d_f»'s patients had an ED visit in the last year with an A1c over 10? I need phone numbers to call them today."},
                   {"role": "assistant", "content": None, "tool_calls": [{"id": "call_Qm81xR", "type": "function",
                                                                           "function": {"name": "run_sql", "arguments": json.dumps({"sql": sql}, ensure_ascii=False)}}]},
                   {"role": "tool", "tool_call_id": "call_Qm81xR", "name": "run_sql", "content": "4 rows (0.84 s)\n" + table},
                   {"role": "assistant", "content": "Four of Dr. «d_f»'s patients (NPI «d_npi») match:\n\n"
                    "1. **«p_n»** (MRN «p_mrn», DOB «p_dobus») -- ED «p_adm», A1c ‹13.4› -- «p_ph»\n"
                    "2. **«q_n»** (MRN «q_mrn») -- ED «q_adm», A1c ‹12.7› -- «q_ph»\n"
                    "3. **«r_n»** -- ED «r_adm», A1c ‹11.0› -- «r_ph»\n"
                    "4. **«t_n»** -- ED «t_adm», A1c ‹10.3› -- «t_ph»\n\n"
                    "«p_g» was also seen at «clinic» on «p_fu». Chart links: «p_url» and «q_url». Want me to draft call scripts?"},
               ],
               "usage": {"prompt_tokens": 1841, "completion_tokens": 312, "total_tokens": 2153}}
        return json.dumps(doc, indent=2, ensure_ascii=False)
    code = ('import pandas as pd\ndf = pd.read_parquet("/mnt/data/cfh_discharges_90d.parquet")\n'
            'sub = df[(df.disch_disp == "HOME") & (df.age_yrs >= 85)][["mrn", "pt_nm", "age_yrs", "dis_dt", "addr1", "city", "nok_ph"]]\n'
            'print(len(sub)); print(sub.head(3).to_string())')
    rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_age»", f"«{x}_dis»", f"«{x}_line»", f"«{x}_town»", f"«{x}_cell»"] for x in "rpq"]
    table = pandas(s, lit("mrn", "pt_nm", "age_yrs", "dis_dt", "addr1", "city", "nok_ph"), rows, ["412", "1770", "2031"])
    doc = {"trace_id": "tr_3b0f9e", "agent": "discharge-followup-agent", "framework": "‹langchain 0.2.6›", "started": "«d0»T09:02:17Z",
           "steps": [
               {"type": "human", "content": "Pull patients 85+ sent home in the last 90 days so «e_n» (transitions RN) can check on them. Include next-of-kin phone."},
               {"type": "tool_call", "tool": "python", "input": {"code": code}},
               {"type": "tool_result", "tool": "python", "output": "‹118›\n" + table},
               {"type": "ai", "content": "118 patients aged 85+ were discharged home in the last 90 days. The oldest in the first rows is «r_n» "
                "(«r_age», discharged «r_dis» to «r_line», «r_town»; next of kin «r_cell»). «p_n» and «q_n» follow. "
                "I can export all 118 with addresses for «e_g»'s route planning."},
           ],
           "metadata": {"user": "«a_wem»", "workspace": "cfh-analytics", "llm": "‹claude-3-5-sonnet›"}}
    return json.dumps(doc, indent=2, ensure_ascii=False)


def _lines(text: str) -> list[str]:
    return [ln + "\n" for ln in text.split("\n")[:-1]] + ([text.split("\n")[-1]] if text.split("\n")[-1] else [])


def ipynb_raw(s: dict[str, Slot]) -> str:
    cols = ["mrn", "pt_nm", "dob", "adm_dt", "dis_dt", "attending", "ph"]
    rows = [[f"«{x}_mrn»", f"«{x}_lf»", f"«{x}_dob»", f"«{x}_adm»", f"«{x}_dis»", f"«{c}_lf»", f"«{x}_ph»"] for x, c in zip("pqrt", "dede", strict=True)]
    meta = {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
            "language_info": {"name": "python", "version": "‹3.11.8›", "mimetype": "text/x-python", "file_extension": ".py"}}
    if s["variant"] == 0:
        html = ['<div>\n', '<table border="1" class="dataframe">\n', '  <thead>\n', '    <tr style="text-align: right;">\n', '      <th></th>\n']
        html += [f"      <th>‹{c}›</th>\n" for c in cols] + ['    </tr>\n', '  </thead>\n', '  <tbody>\n']
        for i, r in enumerate(rows):
            html += ['    <tr>\n', f'      <th>{i}</th>\n'] + [f"      <td>{v}</td>\n" for v in r] + ['    </tr>\n']
        html += ['  </tbody>\n', '</table>\n', '</div>']
        cells = [
            {"cell_type": "markdown", "id": "a1f0c2", "metadata": {}, "source": ["# 30-day readmissions -- «clinic»\n", "\n",
                                                                                  "Pulled by «a_n» for «d_n»'s M&M review. **Contains PHI -- do not commit outputs.**"]},
            {"cell_type": "code", "execution_count": 3, "id": "b72e19", "metadata": {}, "outputs": [
                {"data": {"text/html": html, "text/plain": _lines(pandas(s, lit(*cols), rows))}, "execution_count": 3, "metadata": {}, "output_type": "execute_result"}],
             "source": ["readmits = load_readmits(«year»)\n", "readmits.head(4)"]},
            {"cell_type": "code", "execution_count": 4, "id": "c0d4aa", "metadata": {}, "outputs": [
                {"name": "stdout", "output_type": "stream", "text": ["«p_n» -> «k_n» (son) «k_cell», «p_line»\n", "«q_n» -> «q_cell»\n"]}],
             "source": ["for r in readmits.head(2).itertuples():\n", "    print(r.pt_nm, '->', r.nok_contact)"]},
        ]
        nb = {"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}
        return json.dumps(nb, indent=1, ensure_ascii=False)
    tb = ["\x1b[0;31m---------------------------------------------------------------------------\x1b[0m",
          "\x1b[0;31mKeyError\x1b[0m                                  Traceback (most recent call last)",
          "Cell \x1b[0;32mIn[6], line 1\x1b[0m\n\x1b[0;32m----> 1\x1b[0m readmits\x1b[38;5;241m.\x1b[39mset_index(\x1b[38;5;124m\"\x1b[39m\x1b[38;5;124mmrn\x1b[39m\x1b[38;5;124m\"\x1b[39m)\x1b[38;5;241m.\x1b[39mloc[\x1b[38;5;124m\"\x1b[39m\x1b[38;5;124m«u_mrn»\x1b[39m\x1b[38;5;124m\"\x1b[39m]\n",
          "\x1b[0;31mKeyError\x1b[0m: '«u_mrn»'"]
    series_txt = series(s, "", [("‹mrn›", "«t_mrn»"), ("‹pt_nm›", "«t_lf»"), ("‹dob›", "«t_dob»"), ("‹adm_dt›", "«t_adm»"), ("‹ins_id›", "«t_plan»"),
                                ("‹email›", "«t_em»")], "Name: 3, dtype: object")
    cells = [
        {"cell_type": "code", "execution_count": 5, "id": "e91b02", "metadata": {"tags": []}, "outputs": [
            {"data": {"text/plain": _lines(series_txt)}, "execution_count": 5, "metadata": {}, "output_type": "execute_result"}],
         "source": ["readmits.iloc[3]  # «t_g»'s row -- «e_lf» asked"]},
        {"cell_type": "code", "execution_count": 6, "id": "f3c7d8", "metadata": {}, "outputs": [
            {"ename": "KeyError", "evalue": "'«u_mrn»'", "output_type": "error", "traceback": tb}],
         "source": ['readmits.set_index("mrn").loc["«u_mrn»"]']},
        {"cell_type": "markdown", "id": "0a9b1c", "metadata": {}, "source": ["«u_n» (MRN «u_mrn», DOB «u_dobus») was admitted at «hosp2», not in this extract -- chart «u_url»; ask «b_n» («b_wem»)."]},
    ]
    nb = {"cells": cells, "metadata": meta, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(nb, indent=1, ensure_ascii=False)


TEMPLATES: list[tuple[str, list[str], str, Callable[[dict[str, Slot]], str]]] = [
    ("ds67_jupyter_dataframe_head", ["NC", "TN"], "text", jupyter_head),
    ("ds67_pandas_info_value_counts", ["NC", "SC"], "text", pandas_info),
    ("ds67_pandas_groupby_duplicates", ["KY", "GA"], "text", groupby_dups),
    ("ds67_polars_frame", ["TN", "GA"], "text", polars_frame),
    ("ds67_spark_show", ["SC", "TN"], "text", spark_show),
    ("ds67_psql_session", ["NC", "SC"], "text", psql_session),
    ("ds67_mysql_client", ["GA", "KY"], "text", mysql_client),
    ("ds67_sqlite3_session", ["TN", "KY"], "text", sqlite_session),
    ("ds67_r_tibble_print", ["SC", "NC"], "text", r_tibble),
    ("ds67_dbt_test_failure", ["NC", "GA"], "text", dbt_failure),
    ("ds67_great_expectations_result", ["KY", "SC"], "json", great_expectations),
    ("ds67_csv_tsv_head", ["GA", "TN"], "text", csv_head),
    ("ds67_parquet_metadata", ["NC", "KY"], "text", parquet_meta),
    ("ds67_python_traceback", ["SC", "GA"], "text", traceback),
    ("ds67_sql_fix_script", ["TN", "NC"], "text", sql_fix),
    ("ds67_airflow_task_log", ["KY", "TN"], "text", airflow_log),
    ("ds67_ai_agent_tool_transcript", ["NC", "GA"], "json", agent_transcript),
    ("ds67_ipynb_raw_json", ["SC", "KY"], "json", ipynb_raw),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: Callable[[dict[str, Slot]], str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe67:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, SITES[loc], kind, index)
        slots["variant"] = index  # type: ignore[assignment]
        content, phi, keep, spans = render(template(slots), slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES and bounded and name_parts  # re-exported for the tests
