"""Synthetic people for probe 18, drawn with Faker the way an outside evaluator builds a held-out corpus.

Faker (`seed_instance`, one instance per locale, re-seeded for every draw so a seed reproduces its
corpus) supplies names (gendered family names where the locale inflects them), street addresses,
cities, postcodes, phone numbers, free-mail addresses and licence plates -- in locales phigate.synthetic
does not use, including the ones where Faker falls back to en_US address shapes with local words
("1777 Тумангелов Court"), which an evaluator would not fix either. Dates are drawn here (Faker's date
helpers depend on today); national identifiers come from tests/engine/probe18/ids.py, built from the
person's birth date and sex with valid check digits; MRNs, plan, account and invoice numbers are invented.
Values are `P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from functools import cache

from faker import Faker

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe16 import ids as ids16
from tests.engine.probe18 import ids

D = "0123456789"


@dataclass(frozen=True, slots=True)
class Loc:
    """How one Faker locale's documents write things."""

    lang: str  # language the locale's own-language templates and notes use
    date: Callable[[date], str]  # the local way to write a date
    natid: tuple[str, Callable[[random.Random, date, bool], str]]  # (label, generator)
    plan: tuple[str, str]  # (health-plan label, pattern: # digit, @ letter)
    order: str = "gf"  # "gf" given family, "fg" family given (space), "fg0" family given (no space)
    country: str = ""


def _dmy(sep: str) -> Callable[[date], str]:
    return lambda d: f"{d:%d}{sep}{d:%m}{sep}{d:%Y}"


def _iso(d: date) -> str:
    return d.isoformat()


LOCALES: dict[str, Loc] = {
    "en_AU": Loc(
        "en", _dmy("/"), ("IHI", lambda r, b, f: ids16.ihi(r)), ("Medicare", "MEDICARE"), country="Australia"
    ),
    "en_NZ": Loc(
        "en",
        _dmy("/"),
        ("NHI", lambda r, b, f: ids16.nhi(r)),
        ("Southern Cross", "SX########"),
        country="New Zealand",
    ),
    "en_IE": Loc(
        "en", _dmy("/"), ("PPSN", lambda r, b, f: ids16.ppsn(r)), ("VHI", "VH########@"), country="Ireland"
    ),
    "en_CA": Loc("en", _iso, ("SIN", lambda r, b, f: ids.sin(r)), ("OHIP", "OHIP"), country="Canada"),
    "fr_CA": Loc(
        "fr", _iso, ("NAS", lambda r, b, f: ids.sin(r)), ("RAMQ", "@@@@ #### ####"), country="Canada"
    ),
    "nl_NL": Loc(
        "nl", _dmy("-"), ("BSN", lambda r, b, f: ids.bsn(r)), ("polisnr.", "#########"), country="Nederland"
    ),
    "nl_BE": Loc(
        "nl",
        _dmy("/"),
        ("rijksregisternr.", ids.be_rrn),
        ("aansluitingsnr.", "###/#######"),
        country="België",
    ),
    "sv_SE": Loc(
        "sv", _iso, ("personnr", ids.personnummer), ("försäkringsnr", "SE-#######"), country="Sverige"
    ),
    "da_DK": Loc("da", _dmy("."), ("CPR", ids.cpr), ("sygesikring", "DK########"), country="Danmark"),
    "fi_FI": Loc(
        "fi",
        lambda d: f"{d.day}.{d.month}.{d.year}",
        ("henkilötunnus", ids.hetu),
        ("Kela", "K-########"),
        country="Suomi",
    ),
    "cs_CZ": Loc(
        "cs",
        lambda d: f"{d.day}. {d.month}. {d.year}",
        ("RČ", ids.rodne_cislo),
        ("VZP", "##########"),
        country="Česko",
    ),
    "sk_SK": Loc(
        "sk",
        lambda d: f"{d.day}. {d.month}. {d.year}",
        ("RČ", ids.rodne_cislo),
        ("VšZP", "##########"),
        country="Slovensko",
    ),
    "ro_RO": Loc("ro", _dmy("."), ("CNP", ids.cnp), ("CNAS", "RO##########"), country="România"),
    "hu_HU": Loc(
        "hu",
        lambda d: f"{d:%Y.%m.%d.}",
        ("TAJ", lambda r, b, f: ids.taj(r)),
        ("NEAK", "NE-########"),
        order="fg",
        country="Magyarország",
    ),
    "hr_HR": Loc(
        "hr",
        lambda d: f"{d:%d.%m.%Y.}",
        ("OIB", lambda r, b, f: ids.oib(r)),
        ("MBO", "#########"),
        country="Hrvatska",
    ),
    "bg_BG": Loc("bg", _dmy("."), ("ЕГН", ids.egn), ("НЗОК", "BG#########"), country="България"),
    "el_GR": Loc("el", _dmy("/"), ("ΑΜΚΑ", ids.amka), ("ΕΟΠΥΥ", "##########"), country="Ελλάδα"),
    "ru_RU": Loc(
        "ru",
        _dmy("."),
        ("СНИЛС", lambda r, b, f: ids.snils(r)),
        ("полис ОМС", "################"),
        country="Россия",
    ),
    "uk_UA": Loc(
        "uk", _dmy("."), ("РНОКПП", ids.rnokpp), ("декларація", "####-####-####"), country="Україна"
    ),
    "lt_LT": Loc("lt", _iso, ("asmens kodas", ids.lt_code), ("PSD", "LT########"), country="Lietuva"),
    "de_AT": Loc(
        "de",
        _dmy("."),
        ("SVNR", lambda r, b, f: ids.svnr(r, b)),
        ("ÖGK", "ÖGK-#######"),
        country="Österreich",
    ),
    "de_CH": Loc(
        "de",
        _dmy("."),
        ("AHV-Nr.", lambda r, b, f: ids.ahv(r)),
        ("KVG-Nr.", "80756########"),
        country="Schweiz",
    ),
    "pt_PT": Loc(
        "pt",
        _dmy("/"),
        ("NIF", lambda r, b, f: ids.nif(r)),
        ("N.º utente SNS", "#########"),
        country="Portugal",
    ),
    "es_MX": Loc(
        "es",
        _dmy("/"),
        ("NSS", lambda r, b, f: ids.nss_imss(r, b)),
        ("póliza GNP", "GNP-########"),
        country="México",
    ),
    "es_AR": Loc(
        "es",
        _dmy("/"),
        ("CUIL", lambda r, b, f: ids.cuil(r, f)[1]),
        ("OSDE", "6 #### #### ##"),
        country="Argentina",
    ),
    "es_CO": Loc(
        "es",
        _dmy("/"),
        ("C.C.", lambda r, b, f: f"{r.randrange(10, 99)}.{r.randrange(100, 999)}.{r.randrange(100, 999)}"),
        ("EPS Sura", "SURA-#########"),
        country="Colombia",
    ),
    "ja_JP": Loc(
        "ja",
        lambda d: f"{d.year}年{d.month}月{d.day}日",
        ("マイナンバー", lambda r, b, f: ids.my_number(r)),
        ("保険者番号", "########"),
        order="fg",
        country="日本",
    ),
    "ko_KR": Loc(
        "ko",
        lambda d: f"{d:%Y.%m.%d}",
        ("주민등록번호", ids.rrn),
        ("건강보험증번호", "#-##########"),
        order="fg0",
        country="대한민국",
    ),
    "th_TH": Loc(
        "th",
        _dmy("/"),
        ("เลขประจำตัวประชาชน", lambda r, b, f: ids.th_id(r)),
        ("สปสช.", "UC########"),
        country="ประเทศไทย",
    ),
    "id_ID": Loc("id", _dmy("-"), ("NIK", ids.nik), ("BPJS", "0001#########"), country="Indonesia"),
    "he_IL": Loc(
        "he",
        _dmy("/"),
        ("ת.ז.", lambda r, b, f: ids.teudat_zehut(r)),
        ("מכבי", "MC-#######"),
        country="ישראל",
    ),
    "ar_SA": Loc(
        "ar",
        _dmy("/"),
        ("رقم الهوية", lambda r, b, f: ids.sa_id(r)),
        ("رقم التأمين", "BUPA-########"),
        country="السعودية",
    ),
    "fa_IR": Loc(
        "fa",
        lambda d: f"{d:%Y/%m/%d}",
        ("کد ملی", lambda r, b, f: ids.melli(r)),
        ("بیمه تأمین اجتماعی", "#########"),
        country="ایران",
    ),
}

# places where Faker's own street/city shape is used as is, except Japan (its street_address is an en_US
# fallback): prefecture + city, then town + chome + ban + go.


@cache
def faker_for(loc: str) -> Faker:
    return Faker(loc)


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABCDEFGHJKLMNPRSTUVWXYZ") if c == "@" else c
        for c in pattern
    )


def _plan(rng: random.Random, loc: str, pattern: str) -> str:
    if pattern == "MEDICARE":
        return ids16.medicare_au(rng)
    if pattern == "OHIP":
        return ids16.ohip_vc(rng)
    return fill(rng, pattern)


def _name(fake: Faker, female: bool, order: str) -> tuple[str, str, str]:
    """(given, family, as the locale writes the whole name)."""
    given = fake.first_name_female() if female else fake.first_name_male()
    fam_fn = getattr(fake, "last_name_female" if female else "last_name_male", fake.last_name)
    family = fam_fn()
    whole = {"gf": f"{given} {family}", "fg": f"{family} {given}", "fg0": f"{family}{given}"}[order]
    return given, family, whole


def _address(fake: Faker, loc: str) -> tuple[str, str, str]:
    """(street, city, postcode)."""
    if loc == "ja_JP":
        street = f"{fake.town()}{fake.chome()}{fake.ban()}{fake.gou()}"
        return street, f"{fake.prefecture()}{fake.city()}", fake.postcode()
    return fake.street_address(), fake.city(), fake.postcode()


def person(rng: random.Random, loc: str, old: bool = False) -> dict[str, Slot]:
    """One Faker person of `loc` with every slot a template may use; `old`: 91 to 99 at the visit (the age
    is then labelled AGE; younger ages are plain text)."""
    cfg = LOCALES[loc]
    fake = faker_for(loc)
    fake.seed_instance(rng.getrandbits(48))
    female = rng.random() < 0.5
    given, family, name = _name(fake, female, cfg.order)
    rel_female = rng.random() < 0.5
    rel_given, _rel_family, rel = _name(fake, rel_female, cfg.order)
    street, city, zip_ = _address(fake, loc)
    phone, mobile, rel_phone = fake.phone_number(), fake.phone_number(), fake.phone_number()
    email, plate = fake.free_email(), fake.license_plate()
    visit = date(2025, 1, 6) + timedelta(days=rng.randrange(600))
    if old:
        born = visit - timedelta(days=rng.randrange(int(91 * 365.25) + 2, int(99 * 365.25)))
    else:
        born = date(1940, 1, 1) + timedelta(days=rng.randrange(365 * 62))
    age = visit.year - born.year - ((visit.month, visit.day) < (born.month, born.day))
    visit2 = visit + timedelta(days=rng.randrange(2, 40))
    ts = datetime(visit.year, visit.month, visit.day, tzinfo=UTC) + timedelta(
        seconds=rng.randrange(6 * 3600, 21 * 3600)
    )
    cased = name.upper() != name
    return {
        "loc": loc,
        "lang": cfg.lang,
        "female": female,
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", name),
        "name_up": P("NAME", name.upper() if cased else name),
        "family_up": P("NAME", family.upper() if cased else family),
        "name_inv": P("NAME", f"{family}, {given}" if cfg.order == "gf" else name),
        "rel": P("NAME", rel),
        "rel_given": P("NAME", rel_given),
        "dob": P("DATE", cfg.date(born)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_compact": P("DATE", f"{born:%Y%m%d}"),
        "age": str(age),
        "age90": P("AGE", str(age)),
        "visit": P("DATE", cfg.date(visit)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit2": P("DATE", cfg.date(visit2)),
        "visit2_iso": P("DATE", visit2.isoformat()),
        "visit_ts": P("DATE", ts.strftime("%Y-%m-%dT%H:%M:%S")),
        "street": P("ADDRESS", street),
        "city": P("ADDRESS", city),
        "zip": P("ZIP", zip_),
        "phone": P("PHONE", phone),
        "mobile": P("PHONE", mobile),
        "rel_phone": P("PHONE", rel_phone),
        "email": P("EMAIL", email),
        "natid_label": cfg.natid[0],
        "natid": P("ID", cfg.natid[1](rng, born, female)),
        "plan_label": cfg.plan[0],
        "hplan": P("HEALTH_PLAN", _plan(rng, loc, cfg.plan[1])),
        "mrn": P("MRN", fill(rng, rng.choice(["#######", "MR-########", "UR######", "H#########"]))),
        "account": P("ACCOUNT", fill(rng, rng.choice(["INV-2025-######", "ACC########", "FAC/######/25"]))),
        "plate": P("VEHICLE", plate),
        "ip": P(
            "IP",
            f"{rng.choice([31, 77, 89, 151, 185])}.{rng.randrange(256)}.{rng.randrange(256)}."
            f"{rng.randrange(2, 254)}",
        ),
        "pw": P("CREDENTIAL", "".join(rng.choice(string.ascii_letters + D) for _ in range(16)) + "#9"),
        "token": P(
            "CREDENTIAL", "sk-proj-" + "".join(rng.choice(string.ascii_letters + D) for _ in range(40))
        ),
        "patient_id": str(rng.randrange(100000, 999999)),
        "country": K(cfg.country) if cfg.country else "",
        "female_word": "F" if female else "M",
        "rel_female": rel_female,
        "accession": P("ID", f"S{visit:%y}-{rng.randrange(10000, 99999)}"),
    }
