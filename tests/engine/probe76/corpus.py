# ruff: noqa: E501  (hand-aligned templates)
"""Seventy-sixth independent probe corpus: health insurance, social-security and administrative forms of Western
and Southern Europe, written in their own languages -- what sickness funds, mutuelles, social-security offices,
pharmacies, employers, GPs and insurer portals write -- with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a reimbursement claim (French feuille de soins; Belgian
attestation de soins for the mutualité), a sick-leave certificate (German AU-Bescheinigung; French Cerfa avis
d'arrêt de travail), an incapacity certificate (Portuguese CIT baixa médica; Spanish parte de baja IT), a prior
authorisation (Swiss Kostengutsprache under KVG / LAMal; German Genehmigungsantrag to the Krankenkasse), an
exemption certificate (Italian esenzione ticket; Portuguese isenção de taxas moderadoras), an e-prescription
(Italian promemoria of the ricetta dematerializzata with NRE; Greek ΗΔΙΚΑ e-συνταγή), a pharmacy receipt (Spanish
receta electrónica dispensation ticket; Portuguese fatura-recibo with NIF), a social-security letter (CPAM letter;
ÖGK letter), a disability assessment (Spanish resolución de grado de discapacidad; Italian verbale di invalidità
civile), a long-term-care decision (German Pflegegrad-Bescheid; Austrian Pflegegeld-Bescheid), a cross-border form
(Maltese S2 / EHIC request; Greek ΕΚΑΑ / S2 request), an appointment letter (Maltese in Maltese; Greek SMS and
letter), an insurer portal message thread (Swiss Krankenkasse; French mutuelle), an IBAN refund mandate (Austrian
Zusatzversicherung; Belgian mutualité), an employer certificate (Spanish certificado de empresa; Belgian
attestation patronale), a discharge report (Spanish informe de alta; Italian lettera di dimissione SDO), an insurer
claim export in JSON (German KV-Abrechnung; Swiss TARDOC invoice) and a claim processing log (Austrian e-card /
ELGA log; Greek EOPYY log). People aged 90 and over appear in most kinds in the document's language.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the insured person / patient, `r` a relative
or representative, `d` the doctor, `e` a clerk or case worker of the insurer, `x` an employer contact, pharmacist
or second clinician, `o` a person aged 90 or over (often the patient's parent, in some kinds the patient). Forms:
`_n` full name, `_g` given, `_f` family, `_F` FAMILY, `_FG` "FAMILY Given", `_lf` "Family, Given", `_i` "G. Family",
`_lat` the EHIC's Latin transliteration (Greece), `_ph` `_ph2`, `_em`, `_line` `_town` `_pc` `_addr`, `_nid` the
national number, `_dob` `_dobiso` `_doblong`, `_age` (keep, under 90), `_old` (AGE, 90+), `_civ` the honorific.

Labelling policy (decided before any measurement):
- NAME: every person's name as written (full, given alone, family alone, capitals, "FAMILY Given", initial and
  family name; particles and both Spanish / Portuguese family names inside the value; Greek script). Honorifics
  (Mme, M., Frau, Herrn, Sig.ra, Sr., Sra., κ., κα, Sinjura) and titles (Dr, Dott., Prof.) are plain text.
- ADDRESS: street lines (numbers, floors, doors inside), towns, villages, hamlets. ZIP: postcodes. Regions,
  cantons, Länder, provinces and countries alone are keep; inside an address they are plain text.
- DATE: every date more specific than a year in every form; years alone keep. AGE: 90 and over; under 90 keep.
- PHONE, EMAIL of any person; institutions' general numbers and role mailboxes are plain text.
- SSN: the national number (NIR, NISS, Rentenversicherungsnummer, SVNR, AHV number, codice fiscale, DNI / NIE,
  NUSS, NIF, NISS (PT), AMKA, Maltese ID card). HEALTH_PLAN: insurance and card numbers (mutuelle adherent number,
  KVNR, Swiss card number, tessera sanitaria, CIP, número de utente, EHIC card numbers, policy numbers). ID: case,
  claim, file, decision, NRE and prescription numbers, AFM, personnel numbers, BSNR. MRN: hospital record numbers.
  ACCOUNT: IBANs. LICENSE: doctors' and pharmacists' numbers (RPPS, INAMI, LANR, GLN, ZSR, Ordine, colegiado).
  DEVICE: serial numbers of a patient's devices. VEHICLE: plates. URL: a portal link with a personal token. IP:
  the address a portal form was sent from.
- Keep (must survive): drugs and doses, ICD-10 and procedure codes, tariff codes, exemption codes, lab values,
  insurers, funds and authorities, hospitals, regulations and form numbers, amounts, years alone, ages under 90,
  headings marked ‹...›.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, P, Slot
from tests.engine.probe76 import ids
from tests.engine.probe76.ids import fill
from tests.engine.probe76.people import GREEK, LOCS, NAMES, Loc, greek_feminine

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
MONTHS = {
    "FR": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "BE": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "DE": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "AT": "Jänner Februar März April Mai Juni Juli August September Oktober November Dezember",
    "CH": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "IT": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "ES": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "PT": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "GR": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "MT": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
}
DOTTED = {"DE", "AT", "CH"}


def date_forms(d: date, c: str) -> dict[str, P]:
    mon = MONTHS[c].split()[d.month - 1]
    long = {"DE": f"{d.day}. {mon} {d.year}", "AT": f"{d.day}. {mon} {d.year}", "CH": f"{d.day}. {mon} {d.year}",
            "ES": f"{d.day} de {mon} de {d.year}", "PT": f"{d.day} de {mon} de {d.year}", "MT": f"{d.day} ta' {mon} {d.year}"}.get(c, f"{d.day} {mon} {d.year}")  # fmt: skip
    return {
        "": P("DATE", f"{d:%d.%m.%Y}" if c in DOTTED else f"{d:%d/%m/%Y}"),
        "iso": P("DATE", d.isoformat()),
        "long": P("DATE", long),
        "short": P("DATE", f"{d:%d.%m.%y}" if c in DOTTED else f"{d:%d/%m/%y}"),
        "dm": P("DATE", f"{d:%d.%m.}" if c in DOTTED else f"{d:%d/%m}"),
        "compact": P("DATE", f"{d:%d%m%Y}"),
    }


@dataclass(slots=True)
class Person:
    given: str
    family: str
    female: bool
    dob: date
    loc: Loc
    region: str
    town: str
    line: str
    postcode: str
    phone: str
    phone2: str
    email: str
    culture: str
    lat: str = ""  # Latin transliteration (Greek)
    nid: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"


def _words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").split() if len(w) >= 3}


def _plain(s: str) -> str:
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


def postcode(rng: random.Random, loc: Loc, region: str) -> str:
    pat = loc.regions[region][0]
    pc = fill(rng, pat.replace("#", "%", 1) if pat[0] == "#" else pat)
    if loc.code == "GR":
        return f"{pc[:3]} {pc[3:]}"
    if loc.code == "MT":
        return rng.choice(["QRM", "SWQ", "SPB", "XRA", "KCM", "BKR", "ZTN"]) + pc[3:]
    return pc


def draw(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None, age: tuple[int, int] = (25 * Y, 70 * Y),
         culture: str | None = None, family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    culture = culture or rng.choice(list(loc.cultures))
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    given = rng.choice(
        [g for g in (fs if female else ms) if not (_words(g) & used)] or (fs if female else ms)
    )
    if family is None:
        free = [f for f in fams if not (_words(f) & used)]
        family = rng.choice(free)
        if loc.code == "ES":  # two family names
            family = f"{family} {rng.choice([f for f in free if f != family])}"
        elif loc.code == "PT" and rng.random() < 0.7:
            family = f"{rng.choice([f for f in free if f != family and ' ' not in f])} {family}"
    lat = ""
    if loc.code == "GR":
        lat_f = family if not female else greek_feminine(family)
        lat = f"{given} {lat_f}"
        given, family = GREEK[given], GREEK[family]
        if female:
            family = greek_feminine(family)
    used |= _words(given) | _words(family) | _words(lat)
    dob = ref - timedelta(days=rng.randint(*age))
    g, f = (
        _plain((lat or given).split()[0]),
        _plain((lat.split(maxsplit=1)[1] if lat else family).split()[-1]),
    )
    email = (
        rng.choice(
            [
                f"{g}.{f}",
                f"{g}{f[:4]}{dob.year % 100:02d}",
                f"{f}.{g[0]}{rng.randint(1, 99)}",
                f"{g}_{f}",
                f"{g[0]}{f}{rng.randint(10, 99)}",
            ]
        )
        + "@"
        + rng.choice(loc.mails)
    )
    if home is not None:
        region, town, line, pc = home.region, home.town, home.line, home.postcode
    else:
        region = rng.choice(loc.cultures[culture])
        towns = loc.regions[region][1]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line, pc = fill(rng, rng.choice(loc.streets)), postcode(rng, loc, region)
    p = Person(
        given,
        family,
        female,
        dob,
        loc,
        region,
        town,
        line,
        pc,
        fill(rng, rng.choice(loc.phones)),
        fill(rng, rng.choice(loc.phones)),
        email,
        culture,
        lat,
    )
    p.nid = national_id(rng, p)
    return p


DEPT = {"Bretagne": "29", "Corse": "2A", "Occitanie": "12", "Grand Est": "67"}
PROV_ES = {"Gipuzkoa": "20", "A Coruña": "15", "Girona": "17", "Asturias": "33"}


def national_id(rng: random.Random, p: Person) -> str:
    c = p.loc.code
    if c == "FR":
        return ids.nir(
            rng, p.female, p.dob, DEPT[p.region] if rng.random() < 0.8 else rng.choice(["2B", "75", "13"])
        )
    if c == "BE":
        return ids.niss(rng, p.female, p.dob)
    if c == "DE":
        return ids.rvnr(rng, p.family, p.female, p.dob)
    if c == "AT":
        return ids.svnr(rng, p.dob)
    if c == "CH":
        return ids.ahv(rng)
    if c == "IT":
        return ids.codice_fiscale(p.family, p.given, p.female, p.dob, ids.comune_code(rng))
    if c == "ES":
        return ids.dni(rng) if rng.random() < 0.8 else ids.nie(rng)
    if c == "PT":
        return ids.nif(rng)
    if c == "GR":
        return ids.amka(rng, p.dob)
    return ids.mt_id(rng, p.region == "Għawdex")


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "IT":
        return (A(w.line), " - ", Z(w.postcode), " ", A(w.town))
    if c == "ES":
        return (A(w.line), " - ", Z(w.postcode), " ", A(w.town), f" ({w.region})")
    if c == "MT":
        return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
    return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))


CIV = {"FR": ("Mme", "M."), "BE": ("Madame", "Monsieur"), "DE": ("Frau", "Herrn"), "AT": ("Frau", "Herrn"), "CH": ("Frau", "Herrn"),
       "IT": ("Sig.ra", "Sig."), "ES": ("Sra.", "Sr."), "PT": ("Sra.", "Sr."), "GR": ("κα", "κ."), "MT": ("Is-Sinjura", "Is-Sur")}  # fmt: skip


def upper(s: str) -> str:
    """Capitals as each language writes them: Greek capitals drop the tonos (ΜΠΟΥΡΔΑΚΗΣ), keep the dialytika."""
    return (
        unicodedata.normalize(
            "NFC", "".join(c for c in unicodedata.normalize("NFD", s.upper()) if c != "\u0301")
        )
        if any("\u0370" <= c <= "\u03ff" for c in s)
        else s.upper()
    )


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(upper(w.family)),
        f"{x}_FG": N(f"{upper(w.family)} {w.given}"), f"{x}_NC": N(upper(w.full)), f"{x}_lf": N(f"{w.family}, {w.given}"),
        f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_lat": N(w.lat.upper()) if w.lat else N(w.full.upper()),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w),
        f"{x}_region": K(w.region), f"{x}_nid": P("SSN", w.nid), f"{x}_dob": dob[""], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_dobshort": dob["short"], f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_civ": CIV[c][0 if w.female else 1],
        f"{x}_sex": "F" if w.female else "M",
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

DRUGS = {
    "FR": ["Doliprane 1000 mg", "Kardégic 75 mg", "Lévothyrox 50 µg", "Inexium 20 mg", "Forlax 10 g"],
    "BE": ["Dafalgan 1 g", "Asaflow 80 mg", "Pantomed 40 mg", "Xarelto 20 mg"],
    "DE": ["Ibuprofen 600 mg", "Metamizol 500 mg", "L-Thyroxin 75 µg", "Ramipril 5 mg", "Torasemid 10 mg"],
    "AT": ["Mexalen 500 mg", "Thrombo ASS 100 mg", "Pantoloc 40 mg", "Novalgin 500 mg"],
    "CH": ["Dafalgan 1 g", "Pantozol 40 mg", "Eliquis 5 mg", "Ponstan 500 mg"],
    "IT": ["Tachipirina 1000 mg", "Cardioaspirina 100 mg", "Pantorc 40 mg", "Eutirox 50 mcg", "Lasix 25 mg"],
    "ES": ["Paracetamol 1 g", "Adiro 100 mg", "Omeprazol 20 mg", "Sintrom 4 mg", "Enantyum 25 mg"],
    "PT": ["Ben-u-ron 1 g", "Aspirina GR 100 mg", "Pantoprazol 40 mg", "Brufen 600 mg"],
    "GR": ["Depon 500 mg", "Salospir 100 mg", "Zurcal 40 mg", "Glucophage 850 mg"],
    "MT": ["Panadol 500 mg", "Cardiprin 100 mg", "Omeprazole 20 mg", "Atorvastatin 20 mg"],
}
ICD = [
    "M54.5",
    "J06.9",
    "S82.6",
    "F43.2",
    "I10",
    "E11.9",
    "K35.8",
    "M17.1",
    "I63.9",
    "G30.1",
    "S72.0",
    "M51.2",
    "F32.1",
    "J44.1",
]
PLATES = {"FR": "@@-%##-@@", "BE": "%-@@@-%##", "DE": "AUR-@@ %##", "AT": "I-%## @@", "CH": "GR %####", "IT": "@@ %## @@", "ES": "%### @@@",
          "PT": "@@-%#-@@", "GR": "ΗΡΑ-%###", "MT": "@@@ %##"}  # fmt: skip
DEVICES = ["2%@#####", "%###-####-@", "%#@#####", "%##########"]


def health_plan(rng: random.Random, c: str, p: Person) -> str:
    return {
        "FR": lambda: fill(rng, "%########"), "BE": lambda: fill(rng, "1##-#######-##"), "DE": lambda: ids.kvnr(rng),
        "AT": lambda: fill(rng, "ZV %#.###.###"), "CH": lambda: ids.ch_card(rng, rng.choice(["01509", "01555", "01384"])),
        "IT": lambda: ids.tessera(rng), "ES": lambda: ids.cip(rng, *[*p.family.split(maxsplit=1), p.family][:2], p.dob, p.female),
        "PT": lambda: fill(rng, "%########"), "GR": lambda: "80300" + fill(rng, "000000###########")[:14] + fill(rng, "#"),
        "MT": lambda: fill(rng, "80470000%###########"),
    }[c]()  # fmt: skip


def base_slots(rng: random.Random, c: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[c]
    t1 = date(2024, 2, 5) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    p = draw(rng, loc, used, t1, age=AGES.get(kind, (24 * Y, 66 * Y)))
    pa = (t1 - p.dob).days
    r = draw(rng, loc, used, t1, female=not p.female, culture=p.culture, home=p, family=p.family if c not in ("ES", "PT", "GR") and rng.random() < 0.6 else None,
             age=(max(22 * Y, pa - 8 * Y), max(23 * Y, pa + 6 * Y)))  # fmt: skip
    o = draw(rng, loc, used, t1, culture=p.culture, age=(90 * Y + 30, 97 * Y))
    ppl = {"p": p, "r": r, "o": o}
    for x in ("d", "e", "x"):
        ppl[x] = draw(rng, loc, used, t1, age=(29 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, t1))
    days = [
        0,
        rng.randint(1, 4),
        rng.randint(5, 20),
        -rng.randint(2, 30),
        -rng.randint(200, 900),
        rng.randint(21, 60),
        rng.randint(61, 200),
    ]
    for i, dd in enumerate(days, start=1):
        for form, v in date_forms(t1 + timedelta(days=dd), c).items():
            s[f"t{i}{'_' + form if form else ''}"] = v
    s["year"] = K(str(t1.year - rng.randint(1, 3)))
    s["ref"], s["ref2"] = P("ID", fill(rng, REF[c][0])), P("ID", fill(rng, REF[c][1]))
    s["mrn"] = P("MRN", fill(rng, MRN[c]))
    s["hp"], s["r_hp"] = P("HEALTH_PLAN", health_plan(rng, c, p)), P("HEALTH_PLAN", health_plan(rng, c, r))
    s["o_hp"] = P("HEALTH_PLAN", health_plan(rng, c, o))
    s["iban"] = P("ACCOUNT", ids.iban(rng, c))
    s["d_lic"], s["x_lic"] = P("LICENSE", LIC[c](rng)), P("LICENSE", LIC[c](rng))
    s["dev"] = P("DEVICE", fill(rng, rng.choice(DEVICES)))
    s["plate"] = P("VEHICLE", fill(rng, PLATES[c]))
    s["ip"] = P("IP", ids.ipv4(rng))
    s["url"] = P("URL", f"https://{PORTAL[c]}/{fill(rng, '@@%#@%#@@%#@#')}".lower().replace("_", ""))
    drugs = rng.sample(DRUGS[c], 3)
    s["drug1"], s["drug2"], s["drug3"] = K(drugs[0]), K(drugs[1]), K(drugs[2])
    icd = rng.sample(ICD, 2)
    s["icd"], s["icd2"] = K(icd[0]), K(icd[1])
    s["nre"] = P("ID", fill(rng, "%##0A4#########"))
    s["afm"] = P("ID", ids.afm(rng))
    s["nuss"] = P("SSN", ids.nuss(rng, PROV_ES.get(p.region, "20")))
    s["r_nuss"] = P("SSN", ids.nuss(rng, PROV_ES.get(p.region, "20")))
    s["niss_pt"] = P("SSN", ids.niss_pt(rng))
    s["kvnr_r"] = P("HEALTH_PLAN", ids.kvnr(rng))
    s["rpps"] = P("LICENSE", ids.rpps(rng))
    s["bsnr"] = P("ID", fill(rng, "%########"))
    s["gln"] = P("LICENSE", ids.gln(rng))
    s["zsr"] = P("LICENSE", fill(rng, "@######"))
    s["inami_d"] = P("LICENSE", ids.inami(rng))
    s["p_sexfr"] = "F" if p.female else "M"
    s["o_rel"] = REL[c][o.female]
    s["r_rel"] = SPOUSE[c][r.female]
    return s


REF = {"FR": ("%###########", "24-%#####"), "BE": ("MUT/%##/#####", "%######"), "DE": ("AZ %##-####/24", "%#########"), "AT": ("GZ %##.###/24-PG", "PG-%######"),
       "CH": ("KG-%######", "%########"), "IT": ("%#####/24", "%########"), "ES": ("DIS/%####/24", "%#########"), "PT": ("%########", "CIT-%#######"),
       "GR": ("%#########", "ΑΠ-%#####"), "MT": ("S2/MT/%#####", "APT-%######")}  # fmt: skip
MRN = {"FR": "IPP %#######", "BE": "%######", "DE": "%#######", "AT": "%#########", "CH": "PID %######", "IT": "%######", "ES": "%######",
       "PT": "%#######", "GR": "%#######", "MT": "%######@"}  # fmt: skip
LIC = {"FR": lambda rng: ids.rpps(rng), "BE": lambda rng: ids.inami(rng), "DE": lambda rng: ids.lanr(rng), "AT": lambda rng: fill(rng, "%####"),
       "CH": lambda rng: ids.gln(rng), "IT": lambda rng: fill(rng, "%###"), "ES": lambda rng: fill(rng, "%#/%#/#####"), "PT": lambda rng: fill(rng, "%####"),
       "GR": lambda rng: fill(rng, "%####"), "MT": lambda rng: fill(rng, "%###")}  # fmt: skip
PORTAL = {"FR": "www.mutuelle-armorique.example.fr/adherent/doc", "BE": "www.mamutualite.example.be/remb", "DE": "meine.krankenkasse.example.de/post",
          "AT": "www.meinesv.example.at/brief", "CH": "my.krankenkasse.example.ch/dokument", "IT": "ricetta.sanita.example.it/promemoria",
          "ES": "sede.seg-social.example.es/consulta", "PT": "servicos.sns.example.pt/guia", "GR": "e-prescription.example.gr/r", "MT": "health.example.gov.mt/ehic"}  # fmt: skip
REL = {"FR": ("son père", "sa mère"), "BE": ("son père", "sa mère"), "DE": ("Vater", "Mutter"), "AT": ("Vater", "Mutter"), "CH": ("Vater", "Mutter"),
       "IT": ("padre", "madre"), "ES": ("padre", "madre"), "PT": ("pai", "mãe"), "GR": ("πατέρας", "μητέρα"), "MT": ("missier", "omm")}  # fmt: skip
SPOUSE = {"FR": ("époux", "épouse"), "BE": ("époux", "épouse"), "DE": ("Ehemann", "Ehefrau"), "AT": ("Ehemann", "Ehefrau"), "CH": ("Ehemann", "Ehefrau"),
          "IT": ("marito", "moglie"), "ES": ("esposo", "esposa"), "PT": ("marido", "esposa"), "GR": ("σύζυγος", "σύζυγος"), "MT": ("raġel", "mara")}  # fmt: skip
AGES: dict[str, tuple[int, int]] = {"eu76_pflege_decision": (90 * Y + 30, 96 * Y)}


# ---- templates --------------------------------------------------------------------------------------------

FEUILLE = {
    "FR": """‹FEUILLE DE SOINS› — ‹cerfa N° 12541*02› — ‹ASSURANCE MALADIE›
PERSONNE RECEVANT LES SOINS ET ASSURÉ(E)
nom et prénom : «p_FG»                                  date de naissance : «p_dob»
numéro d'immatriculation : «p_nid»
adresse de l'assuré(e) : «p_addr»
organisme d'affiliation : ‹CPAM du Finistère›          mutuelle : Harmonie Armorique, n° adhérent «hp»
conditions de prise en charge : ‹maladie›  ☐ ALD  ☐ maternité  ☐ AT/MP
IDENTIFICATION DU PRATICIEN : Dr «d_n», médecin généraliste, RPPS «d_lic» — cabinet, «d_line», «d_pc» «d_town»
Médecin traitant : oui (déclaré le «t5»)
DATE DES ACTES   ACTES (NGAP/CCAM)         MONTANT
«t1»         ‹G + MD›                    ‹26,50 €›
«t2»         ‹ECG DEQP003›               ‹14,26 €›
Paiement : l'assuré n'a pas payé ☐   tiers payant ☒ part obligatoire
Le patient accompagné de «r_rel» «r_n» (tél. «r_ph»). Traitement : «drug1», «drug2».
Signature de l'assuré(e) : «p_i»         À retourner à la caisse avant le «t6».
""",
    "BE": """«ins» — ‹ATTESTATION DE SOINS DONNÉS› (‹modèle INAMI›)
Identification du bénéficiaire (vignette de mutualité) :
  «p_NC» — NISS «p_nid» — n° d'affiliation «hp»
  «p_addr» — né(e) le «p_dob»
Dispensateur : Dr «d_n», ‹médecine générale›, n° INAMI «d_lic»
Lieu : ‹cabinet›, «d_line», «d_pc» «d_town» · tél. cabinet «d_ph»
Prestations :  «t1»  ‹101032›  consultation au cabinet      ‹honoraires 30,00 EUR›
               «t2»  ‹103110›  visite à domicile           ‹honoraires 42,88 EUR›
Visite à domicile chez «o_n» (âgé(e) de «o_old» ans), parent du bénéficiaire, même adresse.
Montant total reçu : ‹72,88 EUR›  Reçu le «t2» — signature du dispensateur : «d_i»
Remboursement sur le compte «iban» au nom de «p_n».
Personne de contact : «r_n», «r_em», GSM «r_ph».
""",
}

SICK_LEAVE = {
    "DE": """‹Arbeitsunfähigkeitsbescheinigung› (‹Muster 1a›)     ☒ Erstbescheinigung   ☐ Folgebescheinigung
Krankenkasse bzw. Kostenträger: «ins»
Name, Vorname des Versicherten: «p_lf»                       geb. am «p_dob»
«p_line», «p_pc» «p_town»
Kostenträgerkennung: ‹108310400›      Versicherten-Nr.: «hp»      Status: ‹1000000›
Betriebsstätten-Nr.: «bsnr»      Arzt-Nr.: «d_lic»      Datum: «t1»
☐ Arbeitsunfall, Arbeitsunfallfolgen, Berufskrankheit   ☐ dem Durchgangsarzt zugewiesen
arbeitsunfähig seit «t1»   voraussichtlich arbeitsunfähig bis einschließlich «t3»   festgestellt am «t1»
AU-begründende Diagnose(n) (ICD-10): «icd» G, «icd2» V
Praxis Dr. med. «d_n», Allgemeinmedizin — Tel. «d_ph»
Arbeitgeber: Brauerei Rottal GmbH, Personalabteilung z. Hd. «x_n» («x_em»)
eAU übermittelt am «t1» um 10:42; Rückfragen an «p_g» unter «p_ph».
""",
    "FR": """‹AVIS D'ARRÊT DE TRAVAIL› — ‹cerfa N° 10170*07› — volet 3 destiné à l'employeur
ASSURÉ(E) : nom «p_F»   prénom «p_g»   n° de sécurité sociale «p_nid»
adresse : «p_addr»
téléphone où l'assuré(e) peut être joint(e) : «p_ph»
EMPLOYEUR : Conserverie des Abers SAS, service RH — contact «x_n», «x_ph»
☒ arrêt de travail initial  ☐ prolongation     du «t1» au «t3» inclus
Sorties : ☒ autorisées sans restriction d'horaire à partir du «t2» (raison médicale : ‹rééducation›)
Adresse du lieu de séjour si différente : chez «r_n», «r_addr»
Éléments d'ordre médical (volet 1, non transmis à l'employeur) : «icd», lombalgie aiguë ; ‹Doliprane 1000 mg›
Identification du prescripteur : Dr «d_n», RPPS «d_lic», «d_line», «d_pc» «d_town»
Fait le «t1», à ‹transmettre dans les 48 heures› à la ‹CPAM de l'Aveyron›
""",
}

BAIXA = {
    "PT": """‹CERTIFICADO DE INCAPACIDADE TEMPORÁRIA PARA O TRABALHO› (CIT) — ‹Serviço Nacional de Saúde›
N.º do certificado: «ref2»          ☒ Inicial   ☐ Prorrogação
Beneficiário: «p_n»
N.º de identificação da Segurança Social (NISS): «niss_pt»          NIF: «p_nid»
N.º de utente SNS: «hp»          Data de nascimento: «p_dob»
Morada: «p_addr»          Telemóvel: «p_ph»
Situação: ‹doença natural›          Início: «t1»          Termo: «t3»          Duração: ‹15 dias›
Autorizada a ausência do domicílio: ☒ sim, das 11h às 15h
Estabelecimento: ‹USF Vale do Lima›          Médico: Dr. «d_n», cédula profissional n.º «d_lic»
Entidade empregadora: Conservas do Pico, Lda. — contacto RH «x_n», «x_em»
Código ICD: «icd»          Emitido em «t1», transmitido eletronicamente à ‹Segurança Social›
""",
    "ES": """‹PARTE MÉDICO DE BAJA/ALTA DE INCAPACIDAD TEMPORAL› — ‹Real Decreto 625/2014›
Datos del trabajador: «p_n»          DNI/NIE: «p_nid»
Nº Seguridad Social: «nuss»          Código CIP: «hp»
Domicilio: «p_addr»          Teléfono: «p_ph»
Tipo de proceso: ‹Enfermedad común›     Duración estimada: ‹corta (5 a 30 días naturales)›
Fecha de la baja: «t1»          Fecha de la próxima revisión: «t3»
Diagnóstico (CIE-10): «icd»          Ocupación: ‹Peón agrícola›
Empresa: Conservas Bermeo S.L., CCC ‹20/1045873/22› — responsable de personal «x_n» («x_ph»)
Facultativo: Dr./Dra. «d_n», nº colegiado «d_lic», ‹Centro de Salud de Azpeitia›
Fecha de emisión: «t1» · copia para la empresa enviada por el INSS el «t2»
Persona de contacto: «r_n» («r_rel»), «r_ph»
""",
}

PRIOR_AUTH = {
    "CH": """‹KOSTENGUTSPRACHEGESUCH› gemäss ‹Art. 71a KVV› — an: «ins», Leistungsabteilung
Versicherte Person: «p_n», geb. «p_dob»
Adresse: «p_addr»          Tel. «p_ph»
AHV-Nr.: «p_nid»          Versichertenkarte Nr.: «hp»
Versicherungsmodell: ‹Hausarztmodell›, Franchise ‹CHF 2500›
Antragstellender Arzt: Dr. med. «d_n», GLN «d_lic», ZSR-Nr. «zsr»
Praxis: «d_line», «d_pc» «d_town», Tel. «d_ph»
Beantragte Leistung: ‹Elektrorollstuhl› (Hilfsmittel, ‹MiGeL 21.01›), Seriennummer des Vorgängermodells «dev»
Diagnose: «icd»; bisherige Therapie: «drug1»
Beginn: ab «t3»          Dringlichkeit: hoch — Entlassung aus ‹Spital Oberengadin› am «t2»
Kopie an die Ehefrau/den Ehemann «r_n», «r_em». Datum: «t1», Unterschrift: «d_i»
""",
    "DE": """An die «ins» — ‹Antrag auf Kostenübernahme› (‹§ 13 Abs. 3a SGB V›)
Versicherte/r: «p_n», geboren am «p_doblong»
Anschrift: «p_addr»
Versichertennummer: «hp»          Telefon: «p_ph»
Beantragt: ‹Häusliche Krankenpflege› und ‹Rollator mit Sitz› (‹Hilfsmittelnummer 10.50.04.0›)
Begründung: Zustand nach «icd», Gangunsicherheit; Medikation: «drug1», «drug2»
Verordnende Ärztin/verordnender Arzt: «d_n», LANR «d_lic», BSNR «bsnr»
Bitte Bescheid an die Bevollmächtigte/den Bevollmächtigten: «r_n», «r_addr», «r_em»
Die Leistung wird auch für «o_rel» «o_n» (geb. «o_dob», «o_old» Jahre) im selben Haushalt benötigt, KVNR «o_hp».
Eingangsstempel: «t1»          Aktenzeichen der Kasse: «ref»
Sachbearbeitung: «e_n», Durchwahl «e_ph»
""",
}

EXEMPTION = {
    "IT": """«ins» — ‹ATTESTATO DI ESENZIONE DAL PAGAMENTO DEL TICKET›
Il/La sottoscritto/a «p_n», nato/a il «p_dob», codice fiscale «p_nid»,
residente in «p_addr», tessera sanitaria n. «hp»
risulta ESENTE per: codice ‹048› — ‹soggetti affetti da patologie neoplastiche maligne›
                    codice ‹E01› — ‹età superiore a 65 anni e reddito familiare inferiore a 36.151,98 euro›
Validità: dal «t1» al «t7»          Protocollo: «ref»
Medico certificatore: Dott. «d_n», iscritto all'‹Ordine dei Medici› n. «d_lic»
Nucleo familiare a carico: «r_n» («r_rel»), «o_n» (‹anni› «o_old», esenzione ‹C01›)
Recapiti: tel. «p_ph», e-mail «p_em»
Rilasciato il «t1» dallo sportello CUP — operatore «e_i»
""",
    "PT": """‹DECLARAÇÃO DE ISENÇÃO DE TAXAS MODERADORAS› — ‹Decreto-Lei n.º 113/2011›
Utente: «p_n»          N.º de utente: «hp»          NIF: «p_nid»
Data de nascimento: «p_dob»          Morada: «p_addr»
Motivo: ‹insuficiência económica› (agregado familiar: «r_n», «o_n» com «o_old» anos)
Válida de «t1» a «t7»          Processo n.º «ref»
Confirmado por: «e_n», ‹ULS Alto Minho›, telefone direto «e_ph»
Contacto do utente: «p_ph» / «p_em»
Médico de família: Dr.ª/Dr. «d_n», cédula n.º «d_lic»
Observações: ‹dispensa de pagamento› em consultas, ‹MCDT› e urgência. Emitido em «t1».
""",
}

EPRESC = {
    "IT": """‹SERVIZIO SANITARIO NAZIONALE› — ‹PROMEMORIA PER L'ASSISTITO› — ‹RICETTA ELETTRONICA›
Regione: «p_region»          ASL: «ins»
NRE: «nre»          Codice fiscale: «p_nid»
Cognome e nome: «p_FG»          Indirizzo: «p_addr»
Esenzione: ‹048›   Tipo ricetta: ‹SSN›   Priorità: ‹B›
Prescrizione: «drug1» — conf. ‹2›   ·   «drug2» — conf. ‹1›
Nota AIFA: ‹13›          Quesito diagnostico: «icd»
Data: «t1»          Dott. «d_n» — codice regionale medico «d_lic»
Ritirato in farmacia da «r_n» («r_rel») il «t2», documento «r_nid»
Per informazioni: «p_ph»  —  promemoria online: «url»
""",
    "GR": """‹ΗΛΕΚΤΡΟΝΙΚΗ ΣΥΝΤΑΓΟΓΡΑΦΗΣΗ› — ‹ΗΔΙΚΑ Α.Ε.›   Αρ. συνταγής (barcode): «ref»
Ασφαλισμένος: «p_FG»          ΑΜΚΑ: «p_nid»
Ταμείο: ‹ΕΟΠΥΥ›   Κατηγορία: ‹Συνταξιούχος›   Συμμετοχή: ‹10%›
Διεύθυνση: «p_addr»          Τηλ.: «p_ph»
Διάγνωση (ICD-10): «icd»          Ημερομηνία έκδοσης: «t1»
Σκευάσματα:  «drug1» ‹x 2›   ·   «drug2» ‹x 1›
Ιατρός: «d_n», ‹Παθολόγος›, Α.Μ. ‹ΙΣ Χανίων› «d_lic», τηλ. ιατρείου «d_ph»
Εκτέλεση: Φαρμακείο «x_n», «t2»
Παραλαβή από: «r_n» («r_rel»), ΑΦΜ «afm»
Σημείωση: για τη μητέρα του/της, «o_n», ετών «o_old», ΑΜΚΑ «o_nid» — ‹άνευ συμμετοχής›
""",
}

PHARMACY = {
    "ES": """‹FARMACIA› ‹Ldo. Gaztelu› — ‹Receta electrónica› — ‹Comprobante de dispensación›
Paciente: «p_n»          CIP: «hp»          DNI/NIE: «p_nid»
Domicilio: «p_addr»          Tel.: «p_ph»
Dispensado el «t1» 12:07     Nº de receta: «ref2»
  CN ‹654321› «drug1»        1 env.   aportación ‹TSI 002›  ‹4,24 €›
  CN ‹712839› «drug2»        2 env.   aportación ‹TSI 002›  ‹2,61 €›
Tope mensual: ‹8,23 €›   Total abonado: ‹6,85 €›
Prescriptor: Dr./Dra. «d_n», nº colegiado «d_lic»
Farmacéutico/a titular: «x_n», colegiado nº «x_lic»
Recogido por: «r_n» («r_rel»), DNI «r_nid», el «t1»
Factura simplificada enviada a «p_em»
""",
    "PT": """‹FARMÁCIA DA PONTA› — ‹FATURA-RECIBO› FR ‹A/2024/›«ref»
Cliente: «p_n»          NIF: «p_nid»
Morada: «p_addr»
N.º de utente SNS: «hp»          ‹Regime especial de comparticipação›
Data: «t1»     Receita sem papel n.º «ref2»   Código de acesso: «t1_compact»
  «drug1»   ‹Comp. SNS 69%›   ‹2,87 €›
  «drug2»   ‹Comp. SNS 37%›   ‹5,10 €›
Total: ‹7,97 €›          IVA ‹6%› incluído
Prescritor: Dr./Dr.ª «d_n», cédula n.º «d_lic»
Farmacêutico responsável: «x_n» (carteira profissional «x_lic»)
Levantado por: «r_n», telemóvel «r_ph»; entrega ao domicílio de «o_n» («o_old» anos) em «o_addr»
""",
}

SOCIAL_LETTER = {
    "FR": """‹Assurance Maladie› — ‹CPAM de la Corse-du-Sud›          Ajaccio, le «t1»
Dossier suivi par : «e_n» — ligne directe «e_ph»
Nos références : «ref»
                                                    «p_civ» «p_NC»
                                                    «p_addr»
Objet : ‹versement des indemnités journalières›
N° de sécurité sociale : «p_nid»
«p_civ», suite à votre ‹avis d'arrêt de travail› du «t4» au «t3», nous vous informons que vos indemnités
journalières (‹IJ maladie›, ‹50 % du salaire journalier de base›) seront versées sur le compte «iban».
Votre employeur (contact : «x_n») nous a transmis l'‹attestation de salaire› le «t2».
Pour «o_rel», «o_n», âgé(e) de «o_old» ans, la demande de ‹complémentaire santé solidaire› est en cours (n° «ref2»).
Vous pouvez suivre votre dossier sur votre compte ameli : «url»
Nous vous prions d'agréer, «p_civ», l'expression de nos salutations distinguées.  «e_i», ‹conseillère›
""",
    "AT": """‹Österreichische Gesundheitskasse› — ‹Landesstelle Tirol›          Innsbruck, «t1_long»
GZ: «ref»          Sachbearbeiter/in: «e_n», Tel. «e_ph»
«p_civ»
«p_n»
«p_addr»
Versicherungsnummer: «p_nid»
Betreff: ‹Krankengeld› ab «t4»
Sehr geehrte/r «p_civ» «p_f»,
Ihr Krankenstand wurde von Dr. «d_n» (Vertragspartnernummer «d_lic») mit «t4» gemeldet. Das Krankengeld
(‹60 % der Bemessungsgrundlage›) wird auf das Konto «iban» überwiesen.
Ihr Dienstgeber Tiroler Bergbahnen GmbH (Lohnverrechnung «x_n», «x_em») hat die Arbeits- und Entgeltbestätigung
am «t2» übermittelt. Für «o_rel» «o_n» (geb. «o_dob», «o_old» Jahre) liegt kein Antrag vor.
Rechtsgrundlage: ‹§ 138 ASVG›. Mit freundlichen Grüßen, «e_i»
""",
}

DISABILITY = {
    "ES": """‹RESOLUCIÓN DE RECONOCIMIENTO DE GRADO DE DISCAPACIDAD› — ‹Real Decreto 888/2022›
Expediente: «ref»          Fecha de resolución: «t1_long»
Interesado/a: «p_n»          DNI/NIE: «p_nid»          Fecha de nacimiento: «p_dob»
Domicilio a efectos de notificación: «p_addr»
Representante legal: «r_n» («r_rel»), DNI «r_nid», teléfono «r_ph»
Valoración realizada el «t4» por el Equipo de Valoración y Orientación (‹EVO›), médica evaluadora «d_n»
Diagnósticos: «icd» (‹Limitación de la movilidad›), «icd2»
GRADO DE DISCAPACIDAD RECONOCIDO: ‹45 %› — movilidad reducida: ‹SÍ› (tarjeta de estacionamiento para el vehículo «plate»)
Revisión: «t7»          Ayuda técnica: silla de ruedas, nº serie «dev»
Contra esta resolución cabe ‹reclamación previa› en el plazo de ‹30 días›. La técnica: «e_n».
""",
    "IT": """‹INPS› — ‹VERBALE DI ACCERTAMENTO DELL'INVALIDITÀ CIVILE› (‹L. 118/1971›, ‹L. 104/1992›)
Commissione medica ‹ASL Napoli 2 Nord› — seduta del «t4»          Protocollo domanda: «ref2»
Cognome e nome: «p_FG»          nato/a il «p_dob»          C.F. «p_nid»
Residenza: «p_addr»          telefono «p_ph»
Accompagnato/a da «r_n» («r_rel»), documento n. «r_nid»
Diagnosi: «icd», «icd2» — ‹ipovisione bilaterale›
GIUDIZIO: ‹invalido con totale e permanente inabilità lavorativa 100%› — ‹art. 3 comma 3 L. 104/1992›
Ausili: ‹apparecchio acustico› matricola «dev»
Revisione: «t7»          Presidente della commissione: Dott. «d_n»
Comunicazione inviata via PEC a «p_em» il «t1». Pratica n. «ref»
""",
}

PFLEGE = {
    "DE": """«ins» ‹Pflegekasse› — ‹Bescheid über die Feststellung der Pflegebedürftigkeit›
Aktenzeichen: «ref»          Datum: «t1»
«p_civ» «p_n», geb. am «p_dob»          Versichertennummer: «hp»
«p_addr»
Sehr geehrte/r «p_civ» «p_f»,
nach dem Gutachten des ‹Medizinischen Dienstes› (Hausbesuch am «t4» durch «x_n», Pflegefachkraft) stellen wir
ab dem «t5» den ‹Pflegegrad 4› fest (‹70 Gesamtpunkte›). Sie sind «p_old» Jahre alt und leben allein.
Leistungen: ‹Pflegegeld 800 EUR› monatlich auf das Konto «iban»; Hausnotruf Gerät «dev».
Pflegeperson: «r_n», «r_addr», Tel. «r_ph», Rentenversicherungsnummer «r_nid»
Rechtsbehelfsbelehrung: ‹Widerspruch› innerhalb eines Monats (‹§ 84 SGG›). Ansprechpartnerin: «e_n», «e_em»
""",
    "AT": """‹Pensionsversicherungsanstalt› — ‹BESCHEID› — ‹Pflegegeld› nach dem ‹Bundespflegegeldgesetz›
GZ: «ref»          Wien, «t1»
«p_civ» «p_n», geb. «p_dob»
«p_addr»          Versicherungsnummer «p_nid»
Spruch: Ihnen gebührt ab «t5» Pflegegeld der ‹Stufe 5› in Höhe von ‹EUR 1.336,60› monatlich.
Begründung: Die ärztliche Begutachtung am «t4» (Dr. «d_n», Sachverständige/r) ergab einen Pflegebedarf von
‹mehr als 180 Stunden› monatlich. Sie sind «p_old» Jahre alt; Diagnose «icd».
Auszahlung auf das Konto «iban» (Kontoinhaber/in: «r_n», Erwachsenenvertreter/in, «r_ph»).
24-Stunden-Betreuung durch «x_n», Personenbetreuerin, Tel. «x_ph».
Rechtsmittelbelehrung: Klage beim ‹Arbeits- und Sozialgericht› binnen ‹drei Monaten›. Für die Anstalt: «e_i»
""",
}

CROSS_BORDER = {
    "MT": """‹ENTITLEMENT UNIT› — ‹Ministry for Health›, Malta — ‹Portable Document S2› application
Applicant: «p_NC»          ID Card No.: «p_nid»          Date of birth: «p_dob»
Address: «p_addr»          Mobile: «p_ph»          E-mail: «p_em»
EHIC card no.: «hp»          ‹Regulation (EC) No 883/2004›, Article 20
Planned treatment: ‹hip replacement›, «icd» — at ‹Hôpital Européen Georges-Pompidou›, Paris, from «t6»
Referring consultant: Mr «d_n», ‹Mater Dei Hospital›, reg. no. «d_lic», hospital no. «mrn»
Accompanying person: «r_n» («r_rel»), ID «r_nid», mobile «r_ph»
Applicant's mother «o_n» (‹age›: «o_old») is listed as dependant — EHIC «o_hp».
Submitted online on «t1» from «ip». Ref: «ref»
Officer: «e_n» — ‹tel. 2299 2000› — decision expected by «t3»
""",
    "GR": """‹ΕΟΠΥΥ› — ‹Διεύθυνση Διεθνών Σχέσεων› — ‹Αίτηση έκδοσης Ευρωπαϊκής Κάρτας Ασφάλισης Ασθένειας› (‹ΕΚΑΑ›) / ‹S2›
Επώνυμο, Όνομα: «p_FG»          Λατινικοί χαρακτήρες (όπως στο διαβατήριο): «p_lat»
ΑΜΚΑ: «p_nid»          ΑΦΜ: «afm»          Ημ. γέννησης: «p_dob»
Διεύθυνση: «p_addr»          Κινητό: «p_ph»          Email: «p_em»
Αριθμός κάρτας ΕΚΑΑ: «hp»          Ισχύς έως: «t7»
Προγραμματισμένη θεραπεία στο εξωτερικό: ‹Universitätsklinikum Heidelberg›, από «t6» — «icd»
Θεράπων ιατρός: «d_n», ‹Γ.Ν. Χανίων›, Α.Μ. «d_lic»
Συνοδός: «r_n» («r_rel»), ΑΜΚΑ «r_nid»
Εξαρτώμενο μέλος: «o_n», ετών «o_old»
Υποβλήθηκε ηλεκτρονικά «t1» από IP «ip». Αρ. πρωτοκόλλου: «ref»
""",
}

APPOINTMENT = {
    "MT": """‹Sptar Mater Dei› — ‹Dipartiment tal-Outpatients›          Data: «t1»
Lil: «p_civ» «p_n»
«p_addr»
Numru tal-Karta tal-Identità: «p_nid»          Numru tal-Isptar: «mrn»
Għażiż/a «p_g»,
Qed niktbulek biex ninfurmawk li l-appuntament tiegħek mal-‹Ortopedija›, ma' Dr «d_n», ġie ffissat għal nhar
«t3_long» fl-‹10:30›, ‹Klinika 4›. Jekk jogħġbok ġib miegħek il-karta tal-identità u l-lista tal-mediċini
(«drug1», «drug2»).
Għal ommok/missierek, «o_n», ta' «o_old» sena, l-appuntament fil-‹Geriatrija› huwa nhar «t6» — trasport
mill-‹Community Care›.
Jekk ma tistax tattendi, ċempel lil «e_n» fuq «e_ph» jew ibgħat email lil «e_em». Ref: «ref2»
Kopja lil: «r_n», «r_ph»
""",
    "GR": """SMS 1/2 [‹Κ.Υ. Βρυσών›]: «p_civ» «p_f», το ραντεβού σας με τον/την «d_n» (‹Καρδιολογικό›) είναι «t3» ώρα ‹09:40›.
SMS 2/2: Φέρτε ΑΜΚΑ «p_nid» και τις εξετάσεις της «t4». Ακύρωση στο «e_ph». Κωδ. ραντεβού «ref2»
---
‹Κέντρο Υγείας Βρυσών› — ‹ΒΕΒΑΙΩΣΗ ΡΑΝΤΕΒΟΥ› — «t1»
Προς: «p_civ» «p_n», «p_addr»
Κινητό: «p_ph»          Email: «p_em»          Αρ. Μητρώου Ασθενούς: «mrn»
Επίσης για τη/τον «o_rel» σας, «o_n», ετών «o_old», ορίστηκε κατ' οίκον επίσκεψη «t2».
Φάρμακα: «drug1», «drug2». Διάγνωση: «icd». Υπεύθυνη γραμματείας: «e_n»
""",
}

PORTAL_MSG = {
    "CH": """«ins» — ‹Kundenportal› — Nachrichtenverlauf (Fall «ref»)
[«t1» 08:14] «p_n» (Versicherte/r, Karten-Nr. «hp»):
  Grüezi, die Rechnung von Dr. «d_n» (ZSR «zsr») über ‹CHF 412.35› vom «t4» wurde noch nicht vergütet.
  Bitte auf mein Konto «iban» auszahlen. Meine neue Adresse: «p_addr». Natel «p_ph»
[«t1» 13:51] «e_n», Leistungen ‹Tiers garant›:
  Guten Tag «p_civ» «p_f». Die Rechnung ist in Prüfung (‹TARDOC 02.0010›). Bitte laden Sie die Verordnung
  für die Physiotherapie hoch: «url»
[«t2» 07:02] «p_g»:
  Hochgeladen. Meine Mutter «o_n» («o_old» Jahre, AHV «o_nid») ist ebenfalls bei Ihnen versichert.
[«t2» 09:30] System: Upload von «ip» erhalten, ‹3 Dateien›, ‹Franchise CHF 300›
""",
    "FR": """Harmonie Armorique — ‹Mon espace adhérent› — Messagerie (demande n° «ref2»)
De : «p_n» <«p_em»>   Adhérent n° «hp»   le «t1» à 21:12
  Bonjour, je vous joins la facture de l'audioprothésiste (‹RAC 0 classe I›, appareil n° de série «dev»)
  pour «o_rel» «o_n», «o_old» ans, ayant droit sur mon contrat. Son n° de sécurité sociale : «o_nid».
  Merci de rembourser sur le RIB «iban». Mon portable : «p_ph».
De : «e_n» (service prestations)   le «t2» à 10:05
  Bonjour «p_civ» «p_f», le ‹décompte› du «t2» fait apparaître ‹1 700,00 €› pris en charge au titre du
  ‹100 % Santé›. Vous pouvez consulter le décompte ici : «url»
De : «p_g»   le «t2» à 18:40
  Merci. Mon adresse a changé : «p_addr». Mon épouse/mon époux «r_n» (tél. «r_ph») sera joignable aussi.
Connexion enregistrée depuis «ip» (‹Chrome 124›).
""",
}

SEPA = {
    "AT": """‹SEPA-LASTSCHRIFT- UND ERSTATTUNGSMANDAT› — «ins» ‹Zusatzversicherung›
Gläubiger-ID: ‹AT61ZZZ00000012345›          Mandatsreferenz: «ref2»
Versicherungsnehmer/in: «p_n»          geb. «p_dob»          Polizzennr. «hp»
Anschrift: «p_addr»
Versicherungsnummer (SV): «p_nid»          Telefon: «p_ph»          E-Mail: «p_em»
Kontoinhaber/in: «r_n» («r_rel»)          IBAN: «iban»          BIC: ‹BKAUATWW›
Mitversicherte Person: «o_n», geb. «o_dob» («o_old» Jahre), Polizzennr. «o_hp»
Tarif: ‹Sonderklasse Plus›, Prämie ‹EUR 187,40› monatlich ab «t6»
Ort, Datum: «p_town», «t1»          Unterschrift: «p_i»
Betreuer/in: «e_n», «e_ph»
""",
    "BE": """«ins» — ‹Formulaire de communication / modification du numéro de compte›
Titulaire (membre): «p_NC»          NISS: «p_nid»          n° de membre: «hp»
Adresse: «p_addr»          GSM: «p_ph»          e-mail: «p_em»
Nouveau compte pour les ‹remboursements› et les ‹indemnités›: IBAN «iban»   BIC ‹GEBABEBB›
Ancien compte (compte joint avec «r_n», «r_rel») clôturé le «t4»
Personne à charge: «o_n», né(e) le «o_dob» («o_old» ans), NISS «o_nid»
Date de prise d'effet: «t6»          Fait à «p_town», le «t1»
Signature: «p_i»          Conseiller mutualiste: «e_n», ‹agence de Malmedy›
""",
}

EMPLOYER = {
    "ES": """‹CERTIFICADO DE EMPRESA› — ‹Prestación por incapacidad temporal› (‹modelo IT-2›)
Empresa: Conservas Getaria S.A.          CCC: ‹20/1087754/30›          CNAE: ‹1022›
Trabajador/a: «p_n»          DNI/NIE: «p_nid»          Nº afiliación SS: «nuss»
Domicilio: «p_addr»          Teléfono: «p_ph»
Fecha de baja médica: «t4»          Grupo de cotización: ‹09›          Nº personal: «ref2»
Bases de cotización mes anterior: ‹1.742,30 €› (‹30 días›)
Cuenta para pago directo: «iban»
Beneficiario/a en caso de fallecimiento: «r_n» («r_rel»), NUSS «r_nuss»
Firma y sello: «x_n», ‹Jefe de Personal›, tel. directo «x_ph», «x_em»
En Getaria, a «t1_long»
""",
    "BE": """‹ATTESTATION DE L'EMPLOYEUR› en vue de l'octroi des ‹indemnités d'incapacité de travail› (‹volet ouvrier›)
Employeur: Carrières du Condroz SA, n° ONSS ‹171-0045678-12›, n° BCE ‹0412.345.678›
Travailleur: «p_FG»          NISS: «p_nid»
Adresse: «p_addr»          Date de naissance: «p_dob»
Entrée en service: «t5»          Dernier jour de travail: «t1»          Reprise prévue: «t3»
Régime de travail: ‹38 h/semaine›   Salaire horaire brut: ‹17,42 EUR›
Salaire garanti payé jusqu'au «t2»          N° de personnel: «ref2»
Compte bancaire du travailleur: «iban»
Personne de contact au service du personnel: «x_n», tél. «x_ph», «x_em»
Médecin traitant: Dr «d_n», INAMI «d_lic»          Mutualité: «ins»
""",
}

DISCHARGE = {
    "ES": """«hosp» — ‹Servicio de Medicina Interna› — ‹INFORME DE ALTA›
Paciente: «p_FG»          NHC: «mrn»          CIP: «hp»
Fecha de nacimiento: «p_dob» («p_age» años)          DNI/NIE: «p_nid»
Domicilio: «p_addr»          Tfno.: «p_ph»
Fecha de ingreso: «t4»          Fecha de alta: «t1»          Motivo del alta: ‹Domicilio›
Diagnóstico principal: «icd»          Secundario: «icd2»
Tratamiento al alta: «drug1» 1-0-0; «drug2» 0-0-1
Cuidadora principal: «r_n» («r_rel»), «r_ph». Convive con su abuela «o_n», de «o_old» años.
Control en consultas externas el «t3». Médico responsable: Dr./Dra. «d_n», nº colegiado «d_lic»
""",
    "IT": """«hosp» — ‹U.O.C. Geriatria› — ‹LETTERA DI DIMISSIONE› (‹SDO› n. «ref»)
Paziente: «p_FG», nato/a il «p_dob», ‹anni› «p_age»          C.F. «p_nid»
Residenza: «p_addr»          Tessera sanitaria «hp»
Ricovero dal «t4» al «t1»          Cartella clinica n. «mrn»
Diagnosi di dimissione: «icd» ‹(DRG 089)›, «icd2»
Terapia domiciliare: «drug1» 1 cp ore 8; «drug2» 1 cp ore 20
Caregiver: «r_n» («r_rel»), cell. «r_ph», e-mail «r_em»
Controllo ambulatoriale il «t3» presso ‹ambulatorio di Geriatria›. Il medico: Dott. «d_n»
Medico di medicina generale: Dott. «x_n», tel. «x_ph»
""",
}

JSON_EXPORT = {
    "DE": """{"abrechnung": {"quartal": "‹2/2024›", "kv": "‹KV Bayerns›", "bsnr": "«bsnr»", "lanr": "«d_lic»", "arzt": "«d_n»",
 "faelle": [{"patient": {"name": "«p_f»", "vorname": "«p_g»", "geburtsdatum": "«p_dobiso»", "kvnr": "«hp»",
   "anschrift": {"strasse": "«p_line»", "plz": "«p_pc»", "ort": "«p_town»"}, "telefon": "«p_ph»"},
  "kostentraeger": "«ins»", "leistungen": [{"gop": "‹03000›", "datum": "«t1_iso»"}, {"gop": "‹03230›", "datum": "«t2_iso»"}],
  "diagnosen": ["«icd»", "«icd2»"]},
  {"patient": {"name": "«o_f»", "vorname": "«o_g»", "geburtsdatum": "«o_dobiso»", "alter": "«o_old»", "kvnr": "«o_hp»",
   "anschrift": {"strasse": "«o_line»", "plz": "«o_pc»", "ort": "«o_town»"}},
  "kostentraeger": "«ins»", "leistungen": [{"gop": "‹03362›", "datum": "«t3_iso»"}], "hausbesuch": true}],
 "erstellt_von": "«e_em»"}}""",
    "CH": """{"invoice": {"law": "‹KVG›", "tariff": "‹TARDOC›", "tiers": "‹TG›", "biller": {"gln": "«d_lic»", "zsr": "«zsr»", "name": "«d_n»"},
 "patient": {"name": "«p_f»", "firstname": "«p_g»", "birthdate": "«p_dobiso»", "ssn": "«p_nid»", "card": "«hp»",
  "street": "«p_line»", "zip": "«p_pc»", "city": "«p_town»", "phone": "«p_ph»", "email": "«p_em»"},
 "guarantor": {"name": "«r_n»", "iban": "«iban»"}, "insurer": "«ins»", "case_id": "«ref»",
 "services": [{"code": "‹AA.00.0010›", "date": "«t1_iso»", "amount": "‹17.94›"}, {"code": "‹AA.05.0010›", "date": "«t2_iso»", "amount": "‹42.30›"}],
 "diagnosis": {"type": "‹ICD›", "code": "«icd»"}, "device_serial": "«dev»", "total_chf": "‹60.24›"}}""",
}

CLAIM_LOG = {
    "AT": """2024-‹Q3› elga-gw ‹v5.2.1› — e-card Konsultationen / ‹ELGA› Protokoll (Auszug)
«t1» 08:02:11 INFO  KONS svnr=«p_nid» name="«p_FG»" vpnr=«d_lic» fach=‹AM› kv=«ins»
«t1» 08:02:12 INFO  ecard serial ok, stecker=‹GINA-3› patient_tel=«p_ph»
«t1» 08:15:40 WARN  adresse abweichend: "«p_addr»" (ZMR)
«t1» 09:47:03 INFO  KONS svnr=«o_nid» name="«o_FG»" alter=«o_old» hausbesuch=true adresse="«o_line», «o_town»"
«t2» 10:20:55 INFO  eMedikation: «drug1», «drug2» für «r_FG» (svnr «r_nid»)
«t2» 10:21:01 ERROR upload an «url» von «ip» fehlgeschlagen (HTTP 502) — user «e_em»
«t2» 10:21:30 INFO  eBefund ‹Labor› ‹HbA1c 7,1 %› gespeichert, fall=«ref»
""",
    "GR": """eopyy-claims ‹2.8.0› — ‹Υποβολή λογαριασμών› — log
[«t1_iso» 07:58:02] INFO  υποβολή ref=«ref» φορέας=‹ΕΟΠΥΥ› μονάδα=‹Κ.Υ. Βρυσών›
[«t1_iso» 07:58:03] INFO  ασθενής ΑΜΚΑ=«p_nid» όνομα="«p_FG»" κινητό=«p_ph»
[«t1_iso» 07:58:03] WARN  διεύθυνση="«p_addr»" δεν ταιριάζει με ‹ΓΓΠΣ›
[«t1_iso» 08:10:44] INFO  ασθενής ΑΜΚΑ=«o_nid» όνομα="«o_FG»" ηλικία=«o_old» επίσκεψη_κατ_οίκον=ναι
[«t2_iso» 09:00:17] INFO  ιατρός="«d_n»" ΑΜ=«d_lic» διάγνωση=«icd» φάρμακα="«drug1»"
[«t2_iso» 09:00:20] ERROR αποστολή σε «url» από «ip» απέτυχε, χρήστης «e_em»
[«t2_iso» 09:01:02] INFO  ‹ΚΕΝ› ‹Ν. 4238/2014› έλεγχος ok, ΑΦΜ=«afm»
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("eu76_reimbursement_claim", ["FR", "BE"], "text", FEUILLE),
    ("eu76_sick_leave_certificate", ["DE", "FR"], "text", SICK_LEAVE),
    ("eu76_incapacity_certificate", ["PT", "ES"], "text", BAIXA),
    ("eu76_prior_authorisation", ["CH", "DE"], "text", PRIOR_AUTH),
    ("eu76_exemption_certificate", ["IT", "PT"], "text", EXEMPTION),
    ("eu76_e_prescription", ["IT", "GR"], "text", EPRESC),
    ("eu76_pharmacy_receipt", ["ES", "PT"], "text", PHARMACY),
    ("eu76_social_security_letter", ["FR", "AT"], "text", SOCIAL_LETTER),
    ("eu76_disability_assessment", ["ES", "IT"], "text", DISABILITY),
    ("eu76_long_term_care_decision", ["DE", "AT"], "text", PFLEGE),
    ("eu76_cross_border_s2_ehic", ["MT", "GR"], "text", CROSS_BORDER),
    ("eu76_appointment_letter", ["MT", "GR"], "text", APPOINTMENT),
    ("eu76_insurer_portal_thread", ["CH", "FR"], "text", PORTAL_MSG),
    ("eu76_iban_refund_mandate", ["AT", "BE"], "text", SEPA),
    ("eu76_employer_certificate", ["ES", "BE"], "text", EMPLOYER),
    ("eu76_discharge_report", ["ES", "IT"], "text", DISCHARGE),
    ("eu76_insurer_claim_export", ["DE", "CH"], "json", JSON_EXPORT),
    ("eu76_claim_processing_log", ["AT", "GR"], "text", CLAIM_LOG),
]
AGES["eu76_long_term_care_decision"] = (90 * Y + 30, 96 * Y)
INSURERS = {"FR": ["CPAM du Finistère"], "BE": ["Mutualité chrétienne", "Solidaris", "Mutualité libérale"], "DE": ["AOK Bayern", "Techniker Krankenkasse", "BARMER", "IKK classic"],
            "AT": ["ÖGK", "BVAEB", "SVS"], "CH": ["Helsana", "SWICA", "Visana", "ÖKK"], "IT": ["ASL Cagliari", "ASUFC", "ASP Palermo"],
            "ES": ["Osakidetza"], "PT": ["ULS Alto Minho"], "GR": ["ΕΟΠΥΥ"], "MT": ["Entitlement Unit"]}  # fmt: skip
HOSPITALS = {"ES": ["Hospital Universitario Donostia", "Complexo Hospitalario Universitario de Santiago", "Hospital Universitari de Girona Doctor Josep Trueta"],
             "IT": ["Ospedale San Giovanni di Dio", "Azienda Ospedaliera Cardarelli", "Ospedale Santa Maria della Misericordia"]}  # fmt: skip


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe76:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        slots["ins"] = K(rng.choice(INSURERS[loc]))
        slots["hosp"] = K(rng.choice(HOSPITALS.get(loc, ["-"])))
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
