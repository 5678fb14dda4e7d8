# ruff: noqa: E501  (hand-aligned templates)
"""Seventieth independent probe corpus: administrative and registry health data from the Nordic, Baltic and
Benelux countries in their own languages -- what social-insurance agencies, patient portals, e-prescription
services, digital mailboxes, quality registries, insurers, municipalities and GP systems write -- with synthetic
PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a sick-leave certificate (Swedish läkarintyg för
sjukpenning FK 7804; Norwegian sykmelding), a patient-portal message (Swedish 1177 Vårdguiden; Icelandic
Heilsuvera), an e-prescription extract (Finnish Kanta reseptikooste; Norwegian reseptliste in Nynorsk), a Danish
e-Boks hospital letter, a Danish FMK medication card, a social-insurance form (Finnish Kela SV 67-style
sickness-allowance decision; Luxembourg CNS mémoire d'honoraires), an Estonian digilugu extract (JSON), a Latvian
e-veselība referral (nosūtījums), a Dutch ZorgDomein referral, Dutch Vektis claim lines (semicolon CSV), a Dutch
GGD vaccination record (JSON), a Dutch huisarts HIS export (journal lines with SOEP codes), a Belgian eAttest /
getuigschrift voor verstrekte hulp, a quality-registry extract (Swedish NDR; Danish RKKP stroke registry;
semicolon-delimited with decimal commas), a municipal home-care decision (Swedish biståndsbeslut; Norwegian
vedtak in Nynorsk), a laboratory result (Icelandic rannsóknarniðurstöður; Latvian analīžu rezultāti), a
long-term-care / dependency decision (Luxembourg assurance dépendance; Flemish zorgbudget) and a sickness-absence
notice to the employer (Estonian töövõimetusleht; Finnish sairauslomatodistus).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p` the
patient / insured, `r` a relative or next of kin, `d` the physician, `e` a nurse or second clinician, `s` a
caseworker / administrator, `x` `y` other people (a pharmacist, employer contact, a household member aged 90+),
`w1`-`w4` other patients in a registry or claim extract. Forms: `_n` full name, `_g` given, `_f` family (a Dutch
tussenvoegsel capitalised: "Van der Spek"), `_F` FAMILY, `_NC` FULL NAME, `_lf` "Family, Given" (Dutch "Spek,
Hinke van der"), `_i` "G. Family", `_ph` `_ph2`, `_em`, `_line` `_town` `_pc` `_addr`, `_nid` the national
identity number, `_nid2` a samordningsnummer / D-nummer, `_dob` in the country's numeric form, `_dobiso`,
`_doblong` in words, `_age` (keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, physicians, nurses, pharmacists, caseworkers, employer
  contacts, registry rows -- as written: full, given alone, family alone, capitals, "Family, Given", an initial
  and the family name, Icelandic patronymics, Latvian feminine endings and Dutch names with their tussenvoegsel
  inside the value. Honorifics, titles and roles (dr., leg. läkare, lege, mevrouw, M., Mme) are plain text.
- ADDRESS: street lines (house, stair, flat numbers inside the value) and towns / villages. ZIP: postcodes in
  every national form (931 92, 5993, LV-4131, 8401 KX, L-9834). Regions and countries alone are keep; inside an
  address plain text. Hospitals', health centres' and offices' own addresses are plain text.
- DATE: every date more specific than a year, in every numeric and worded form of each language (2025-03-14,
  14.03.2025, 14.3.2025, 14-03-2025, 14/03/2025, 14. marts 2025, 14. maaliskuuta 2025, 2025. gada 14. martā,
  14 maart 2025, 14 mars 2025, 14/3, 14.3.); years alone keep. AGE: 90 and over; ages under 90 keep.
- SSN: the national identity numbers (personnummer, samordningsnummer, fødselsnummer, D-nummer, CPR,
  henkilötunnus, kennitala, isikukood, personas kods, BSN, rijksregisternummer, matricule). PHONE, EMAIL of any
  person; services' switchboards and role mailboxes are plain text. URL: a portal link carrying a document or
  patient token. IP: the address a registry submission or portal login came from.
- ID: case, decision, referral, prescription, certificate, claim, attestation and message numbers, EHR
  document ids, HSA-ids. MRN: hospital and practice patient / record numbers. HEALTH_PLAN: EHIC card numbers,
  insurers' policy and member numbers, mutualiteit member numbers. ACCOUNT: bank accounts and IBANs. LICENSE:
  clinicians' registrations (förskrivarkod, HPR, autorisations-id, Valvira, EE D-codes, LV ārsta kods, AGB,
  BIG, RIZIV / INAMI, code médecin). DEVICE: serials of a patient's own device (safety alarm, insulin pump,
  CGM, hearing aid). VEHICLE: a plate (disability parking, patient transport).
- Keep (must survive): drugs and strengths, ATC and ICD-10 / ICPC codes, lab values with decimal commas,
  agencies, insurers, hospitals, health centres, pharmacies, regulations and form numbers, vaccines and batch
  lots, regions, countries, care hours, amounts, years, ages under 90, headings marked ‹...›.
- Not scored (plain text): honorifics, titles, relationship words, form labels, offices' addresses and general
  numbers, times of day, durations, vitals.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe70 import ids
from tests.engine.probe70.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill, phone

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "SE": "januari februari mars april maj juni juli augusti september oktober november december",
    "NO": "januar februar mars april mai juni juli august september oktober november desember",
    "DK": "januar februar marts april maj juni juli august september oktober november december",
    "FI": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "IS": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "EE": "jaanuar veebruar märts aprill mai juuni juuli august september oktoober november detsember",
    "LV": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "NL": "januari februari maart april mei juni juli augustus september oktober november december",
    "BE": "januari februari maart april mei juni juli augustus september oktober november december",
    "LU": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
}  # fmt: skip


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    mon = MONTHS[loc].split()[d.month - 1]
    num = {"SE": d.isoformat(), "FI": f"{d.day}.{d.month}.{d.year}", "NL": f"{d:%d-%m-%Y}", "BE": f"{d:%d/%m/%Y}",
           "LU": f"{d:%d/%m/%Y}", "LV": f"{d:%d.%m.%Y}."}.get(loc, f"{d:%d.%m.%Y}")  # fmt: skip
    if loc in ("SE", "NL", "BE", "LU"):
        long, dm = f"{d.day} {mon} {d.year}", f"{d.day} {mon}"
    elif loc == "LV":
        long, dm = f"{d.year}. gada {d.day}. {mon}", f"{d.day}. {mon}"
    else:
        long, dm = f"{d.day}. {mon} {d.year}", f"{d.day}. {mon}"
    short = {
        "SE": f"{d.day}/{d.month}",
        "DK": f"{d.day}/{d.month}",
        "NL": f"{d.day}-{d.month}",
        "BE": f"{d.day}/{d.month}",
        "LU": f"{d.day}/{d.month}",
    }.get(loc, f"{d.day}.{d.month}.")
    return {"num": P("DATE", num), "iso": P("DATE", d.isoformat()), "long": P("DATE", long), "dm": P("DATE", dm),
            "short": P("DATE", short), "dot": P("DATE", f"{d:%d.%m.%Y}"), "ymd": P("DATE", f"{d:%Y%m%d}")}  # fmt: skip


def _cap_particle(w: Person) -> str:
    return (w.particle[0].upper() + w.particle[1:] + " " + w.family) if w.particle else w.family


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, w.loc.code)
    fam = _cap_particle(w)
    lf = f"{w.family}, {w.given}" + (f" {w.particle}" if w.particle else "")
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(fam), f"{x}_F": N(fam.upper()), f"{x}_NC": N(w.full.upper()),
        f"{x}_lf": N(lf), f"{x}_LF": N(f"{w.family.upper()}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.surname}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region),
        f"{x}_nid": P("SSN", w.nid), f"{x}_nid2": P("SSN", w.nid2) if w.nid2 else "",
        f"{x}_dob": dob["num"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"], f"{x}_dobdot": dob["dot"],
        f"{x}_age": K(str(age)) if age < 90 else P("AGE", str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_sexsv": "kvinna" if w.female else "man", f"{x}_sexno": "kvinne" if w.female else "mann", f"{x}_sexfi": "nainen" if w.female else "mies",
        f"{x}_sexee": "naine" if w.female else "mees", f"{x}_sexlv": "sieviete" if w.female else "vīrietis", f"{x}_sexnl": "V" if w.female else "M",
        f"{x}_mevr": "mevrouw" if w.female else "de heer", f"{x}_civ": "Madame" if w.female else "Monsieur", f"{x}_sexletter": "F" if w.female else "M",
        f"{x}_hen": "hon" if w.female else "han", f"{x}_ho": "ho" if w.female else "han", f"{x}_hun": "hun" if w.female else "han",
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

DRUGS = {
    "SE": ["Sertralin Actavis 50 mg", "Alvedon 665 mg", "Metformin Sandoz 500 mg", "Waran 2,5 mg", "Eliquis 5 mg", "Citodon 500 mg/30 mg", "Imovane 7,5 mg"],
    "NO": ["Paracet 500 mg", "Ibux 400 mg", "Selexid 200 mg", "Metoprolol Sandoz 50 mg", "Atorvastatin Krka 20 mg", "Sobril 10 mg", "Levaxin 50 mikrog"],
    "DK": ["Pinex 500 mg", "Hjertemagnyl 75 mg", "Furix 40 mg", "Amlodipin Krka 5 mg", "Lansoprazol Teva 30 mg", "Marevan 2,5 mg", "Tradolan 50 mg"],
    "FI": ["Burana 400 mg", "Panadol 500 mg", "Primaspan 100 mg", "Emconcor 5 mg", "Thyroxin 100 mikrog", "Diformin 500 mg", "Zopinox 7,5 mg"],
    "IS": ["Paratabs 500 mg", "Íbúfen 400 mg", "Amoxicillin Alvogen 500 mg", "Sertral 50 mg", "Atorvastatin Alvogen 20 mg"],
    "EE": ["Paracetamol Vitabalans 500 mg", "Ibumetin 400 mg", "Metformin Teva 850 mg", "Bisoprolol-ratiopharm 5 mg", "Concor 5 mg"],
    "LV": ["Citramon 320 mg", "Milgamma 100 mg", "Enap 10 mg", "Sorbifer Durules 100 mg", "Trombo ASS 75 mg"],
    "NL": ["paracetamol 500 mg", "omeprazol 20 mg", "metformine 500 mg", "simvastatine 40 mg", "amoxicilline 500 mg", "acenocoumarol 1 mg", "salbutamol 100 µg/dosis"],
    "BE": ["Dafalgan 1 g", "Asaflow 80 mg", "Pantomed 40 mg", "Xarelto 20 mg", "Litican 50 mg", "Brufen 600 mg"],
    "LU": ["Dafalgan 1 g", "Pantozol 40 mg", "Tramal 50 mg", "Cardioaspirine 100 mg", "Augmentin 875 mg"],
}  # fmt: skip
ATC = [
    "N06AB06",
    "N02BE01",
    "A10BA02",
    "B01AA03",
    "B01AF02",
    "C07AB02",
    "C10AA05",
    "M01AE01",
    "H03AA01",
    "N05CF01",
    "C09AA02",
    "A02BC01",
]
ICD = {"SE": ["F43.8A", "M54.5", "F32.1", "M75.1", "S82.60", "I63.9"], "NO": ["F43.2", "M54.5", "S52.5", "J44.1"], "DK": ["DI639", "DE119", "DM545", "DF321"],
       "FI": ["M54.5", "F32.1", "S83.2", "I10"], "IS": ["J18.9", "E11.9", "N39.0"], "EE": ["M17.1", "I10", "E11.9", "J45.9"],
       "LV": ["I25.1", "E11.9", "M17.0", "K80.2"], "NL": ["K74", "T90", "L03", "P76"], "BE": ["M51.2", "I48.0", "E11.9"], "LU": ["S72.0", "I50.9", "G30.1"]}  # fmt: skip
HOSPITALS = {"SE": ["Norrlands universitetssjukhus", "Östersunds sjukhus", "Falu lasarett"], "NO": ["Haukeland universitetssjukehus", "Sykehuset Innlandet Lillehammer", "St. Olavs hospital"],
             "DK": ["Regionshospitalet Viborg", "Aalborg Universitetshospital", "Sydvestjysk Sygehus"], "FI": ["Kuopion yliopistollinen sairaala", "Lapin keskussairaala", "Oulun yliopistollinen sairaala"],
             "IS": ["Landspítali", "Sjúkrahúsið á Akureyri", "Heilbrigðisstofnun Suðurlands"], "EE": ["Tartu Ülikooli Kliinikum", "Kuressaare Haigla", "Lõuna-Eesti Haigla"],
             "LV": ["Paula Stradiņa Klīniskā universitātes slimnīca", "Vidzemes slimnīca", "Kurzemes reģionālā slimnīca"],
             "NL": ["Antonius Zorggroep Sneek", "Gelre ziekenhuizen Apeldoorn", "Isala Zwolle", "Medisch Centrum Leeuwarden"],
             "BE": ["AZ Groeninge", "AZ Delta Roeselare", "AZ Sint-Jan Brugge", "UZ Gent"], "LU": ["Centre Hospitalier du Nord", "Centre Hospitalier de Luxembourg", "Hôpital Kirchberg"]}  # fmt: skip
HEALTH_CENTRES = {"SE": ["Hälsocentralen Tjärnvik", "Vårdcentralen Lerbäcksnäs", "Hälsocentralen Myrviken"], "NO": ["Hesteneset legekontor", "Skarvåsen legesenter"],
                  "DK": ["Lægerne i Kragholt", "Lægehuset Vesterklit"], "FI": ["Ahvenlammen terveysasema", "Kivirovan terveyskeskus"],
                  "IS": ["Heilsugæslan Selvogsnesi", "Heilsugæsla Vestfjarða"], "EE": ["Kadakaküla perearstikeskus", "Rabaküla Tervisekeskus"],
                  "LV": ["Priedkalnes ģimenes ārsta prakse", "Ezerkalna veselības centrs"], "NL": ["Huisartsenpraktijk De Tjalk", "Gezondheidscentrum Wezelhorst"],
                  "BE": ["Huisartsenpraktijk Leiemolen", "Groepspraktijk Kortemeers"], "LU": ["Cabinet médical Hëppeldang", "Maison médicale du Nord"]}  # fmt: skip
PHARMACIES = {"SE": "Apoteket Hjärtat Tjärnvik", "NO": "Vitusapotek Hesteneset", "DK": "Kragholt Apotek", "FI": "Ahvenlammen apteekki", "IS": "Lyfja Selvogsnesi",
              "EE": "Südameapteek Kadakaküla", "LV": "Mēness aptieka Priedkalne", "NL": "Apotheek De Tjalk", "BE": "Apotheek Leiemolen", "LU": "Pharmacie du Nord"}  # fmt: skip
LABS = {
    "IS": [("CRP", "48 mg/L", "< 10"), ("Hvít blóðkorn", "13,2 x10⁹/L", "4,0-10,5"), ("Kreatínín", "112 µmól/L", "60-105"), ("HbA1c", "61 mmól/mól", "20-42"),
           ("Natríum", "134 mmól/L", "137-145"), ("Kalíum", "4,1 mmól/L", "3,5-5,0")],
    "LV": [("Hemoglobīns", "118 g/L", "120-160"), ("Glikozētais hemoglobīns", "7,4 %", "4,0-6,0"), ("Kreatinīns", "98 µmol/L", "62-106"),
           ("ZBL holesterīns", "3,9 mmol/L", "< 3,0"), ("C reaktīvais olbaltums", "12,6 mg/L", "< 5,0"), ("TSH", "2,31 mIU/L", "0,27-4,20")],
}  # fmt: skip
VACCINES_NL = [
    ("Comirnaty Omicron XBB.1.5", "HG4512"),
    ("Influvac Tetra", "Q87L21"),
    ("Prevenar 20", "LK2210"),
    ("Boostrix Polio", "AC37B414AC"),
    ("M-M-RvaxPro", "X019231"),
]


def _work_email(w: Person, domain: str) -> P:
    g = ids.ascii_fold(
        w.given.lower().replace("ð", "d").replace("þ", "th").replace("ø", "o").replace("æ", "ae")
    )
    f = ids.ascii_fold(
        w.family.lower().replace("ð", "d").replace("þ", "th").replace("ø", "o").replace("æ", "ae")
    )
    return P("EMAIL", f"{g}.{f}@{domain}".replace(" ", ""))


DOMAINS = {"SE": "regionvasterbotten.example.se", "NO": "helse-vest.example.no", "DK": "rm.example.dk", "FI": "psshp.example.fi", "IS": "hsu.example.is",
           "EE": "kliinikum.example.ee", "LV": "vidzemes-slimnica.example.lv", "NL": "huisartsdetjalk.example.nl", "BE": "azgroeninge.example.be",
           "LU": "chdn.example.lu"}  # fmt: skip
Y = 365
OLD_Y = {
    "nb70_homecare_decision",
    "nb70_dependency_insurance_decision",
    "nb70_quality_registry_extract",
    "nb70_gp_his_export",
    "nb70_digital_mailbox_letter",
    "nb70_vektis_claim_lines",
}
OLD_P = {"nb70_dependency_insurance_decision", "nb70_homecare_decision"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 1) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    p_age = (90 * Y + 20, 97 * Y) if kind in OLD_P and rng.random() < 0.5 else (24 * Y, 84 * Y)
    p = draw_person(rng, loc, used, d1, age_days=p_age)
    pa = (d1 - p.dob).days
    r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, family=p.family if rng.random() < 0.5 else None, home=p,
                    age_days=(max(20 * Y, pa - 30 * Y), max(21 * Y, pa - 20 * Y)))  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("d", "e", "s", "x"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 64 * Y))
    ppl["y"] = draw_person(
        rng,
        loc,
        used,
        d1,
        region=p.region,
        age_days=(90 * Y + 20, 98 * Y) if kind in OLD_Y else (30 * Y, 80 * Y),
    )
    for i in range(1, 5):
        ppl[f"w{i}"] = draw_person(rng, loc, used, d1, age_days=(30 * Y, 88 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
        s[f"{x}_wem"] = _work_email(w, DOMAINS[loc_code])
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(1, 6)), "d3": d1 - timedelta(days=rng.randint(3, 12)),
          "d4": d1 + timedelta(days=rng.randint(14, 45)), "d5": d1 - timedelta(days=rng.randint(200, 1500)),
          "d6": d1 + timedelta(days=rng.randint(50, 120)), "d7": d1 - timedelta(days=rng.randint(30, 90)),
          "d8": d1 + timedelta(days=rng.randint(130, 170)), "d9": d1 + timedelta(days=rng.randint(330, 400))}  # fmt: skip
    for i in range(1, 5):
        dd[f"e{i}"] = d1 - timedelta(days=rng.randint(20 * i, 20 * i + 15))
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    s["year"] = str(d1.year)  # plain: a year written beside dates of the same year
    y1 = rng.randint(p.dob.year + 18, d1.year - 2)
    s["p_yr"] = K(str(y1))
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # identifiers
    s["case"] = F("ID", "%######", "%##-%####-##")
    s["case2"] = F("ID", "%#######", "%##/%####")
    s["ref"] = F("ID", "%#########", "@@%#######")
    s["msg_id"] = F("ID", "%########", "%##-%#####")
    s["rx1"], s["rx2"], s["rx3"] = (F("ID", "%##########", "%#########") for _ in range(3))
    s["doc_id"] = P("ID", fill(rng, "~~~~~~~~-~~~~-4~~~-a~~~-~~~~~~~~~~~~"))
    s["hsa"] = P("ID", f"SE2321000222-{fill(rng, '@@@%')}")
    s["cert"] = F("ID", "%#########", "%#####-%#")
    s["mrn"] = F("MRN", "%######", "%#######", "%#-%#####")
    s["mrn2"] = F("MRN", "%#####", "%######")
    s["ehic"] = P("HEALTH_PLAN", "80" + {"SE": "752", "NO": "578", "DK": "208", "FI": "246", "IS": "352", "EE": "233", "LV": "428", "NL": "528", "BE": "056", "LU": "442"}[loc_code]
                  + fill(rng, "###############"))  # fmt: skip
    s["policy"] = F("HEALTH_PLAN", "%########", "%#######")
    for i in range(1, 5):
        s[f"w{i}_policy"] = F("HEALTH_PLAN", "%########")
        s[f"w{i}_mrn"] = F("MRN", "%######")
    s["member"] = F("HEALTH_PLAN", "%##-%######-##", "%#########")
    s["iban"] = P("ACCOUNT", ids.iban(rng, loc_code))
    s["se_account"] = P("ACCOUNT", fill(rng, "8%##-%, %## ###-#"))
    s["lic_d"] = P("LICENSE", {"SE": fill(rng, "%######"), "NO": fill(rng, "%#######"), "DK": fill(rng, "@%###"), "FI": fill(rng, "%#########"),
                               "IS": fill(rng, "%###"), "EE": fill(rng, "D%####"), "LV": fill(rng, "%#####"), "NL": fill(rng, "01%#####"),
                               "BE": ids.riziv(rng), "LU": fill(rng, "%#####-##")}[loc_code])  # fmt: skip
    s["lic_e"] = P(
        "LICENSE",
        {"NL": fill(rng, "%##########"), "EE": fill(rng, "N%####"), "BE": ids.riziv(rng)}.get(
            loc_code, fill(rng, "%#######")
        ),
    )
    s["lic_x"] = P(
        "LICENSE",
        {"NL": fill(rng, "06%#####"), "SE": fill(rng, "%######")}.get(loc_code, fill(rng, "%######")),
    )
    s["device"] = F("DEVICE", "%##########", "@@%#######", "%###-%###-%##")
    s["device2"] = F("DEVICE", "%#######", "@%######")
    s["plate"] = P("VEHICLE", fill(rng, {"SE": "@@@ %#@", "NO": "@@ %####", "DK": "@@ %# ###", "FI": "@@@-%##", "IS": "@@%##", "EE": "%## @@@",
                                         "LV": "@@-%###", "NL": "%#-@@@-%", "BE": "1-@@@-%##", "LU": "@@ %###"}[loc_code]))  # fmt: skip
    s["ip"] = P("IP", ids.ipv4(rng))
    s["ip2"] = P("IP", ids.ipv4(rng))
    for key in ("d_ph", "s_direct", "x_direct"):
        s[key] = P("PHONE", phone(rng, loc))
    s["url"] = P("URL", fill(rng, {"SE": "https://e-tjanster.1177.se/mvk/meddelanden/visa?id=~~~~~~~~~~~~~~~~",
                                    "NO": "https://www.helsenorge.no/dokumenter/vis/~~~~~~~~-~~~~-~~~~-~~~~-~~~~~~~~~~~~",
                                    "DK": "https://www.e-boks.dk/privat/#/post/~~~~~~~~~~~~~~~~~~~~",
                                    "IS": "https://www.heilsuvera.is/skilabod/%#######?t=~~~~~~~~~~~~",
                                    "NL": "https://www.zorgdomein.nl/verwijzing/ZD%#######?token=~~~~~~~~~~~~~~",
                                    "EE": "https://www.digilugu.ee/portal/dokumendid/~~~~~~~~~~~~~~~~",
                                    }.get(loc_code, "https://portal.example.eu/doc/~~~~~~~~~~~~~~~~")))  # fmt: skip
    # keep values
    drugs = rng.sample(DRUGS[loc_code], 3)
    s["drug1"], s["drug2"], s["drug3"] = (K(v) for v in drugs)
    s["atc1"], s["atc2"], s["atc3"] = (K(v) for v in rng.sample(ATC, 3))
    icd = rng.sample(ICD[loc_code], 2)
    s["icd"], s["icd2"] = K(icd[0]), K(icd[1])
    s["hospital"] = K(rng.choice(HOSPITALS[loc_code]))
    s["hc"] = K(rng.choice(HEALTH_CENTRES[loc_code]))
    s["pharmacy"] = K(PHARMACIES[loc_code])
    s["p_age_k"] = s["p_age"]
    s["country"] = K(loc.country)
    labs = rng.sample(LABS.get(loc_code, LABS["IS"]), 4)
    for i, (name, val, ref) in enumerate(labs, 1):
        s[f"lab{i}"], s[f"val{i}"], s[f"rng{i}"] = name, K(val), ref
    vac, lot = rng.choice(VACCINES_NL)
    s["vaccine"], s["lot"] = K(vac), K(lot)
    s["pct"] = K(rng.choice(["25 %", "50 %", "75 %", "100 %"]))
    s["hours"] = K(f"{rng.randint(4, 28)},{rng.choice(['0', '5'])}")
    s["hba1c"] = [K(f"{rng.randint(42, 96)}") for _ in range(5)]
    s["sss"] = [K(f"{rng.randint(14, 58)}") for _ in range(4)]
    s["amount"] = K(f"{rng.randint(12, 480)},{rng.randint(0, 99):02d}")
    return s


def _rows(s: dict[str, Slot]) -> None:
    """Registry-row keep values, one per row (HbA1c in mmol/mol, Scandinavian Stroke Scale scores)."""
    for key, short in (("hba1c", "hb"), ("sss", "sss")):
        for i, v in enumerate(s.pop(key)):  # type: ignore[arg-type]
            s[f"{short}{i}"] = v


# ---- templates -------------------------------------------------------------------------------------------

SICK_LEAVE = {
    "SE": """Läkarintyg för sjukpenning                                                          ‹FK 7804›
Patientens personnummer: «p_nid»          Namn: «p_n»
Intyget är baserat på: min undersökning av patienten «d1_num», telefonkontakt med patienten «d3_num», journaluppgifter från «d5_num»
Diagnoskod: «icd»          Bidiagnos: «icd2»
Funktionsnedsättning: nedsatt koncentrationsförmåga och uttröttbarhet; klarar inte kontakter med kunder under längre tid.
Aktivitetsbegränsning: kan inte utföra sitt arbete som handläggare på ‹Skatteverket› mer än halva dagar.
Pågående behandling: samtalskontakt med kurator, «drug1» sedan «e2_num».
Arbetsförmåga nedsatt med «pct» från och med «d1_num» till och med «d4_num».
Förlängning av sjukskrivning: ja, tidigare intyg ‹FK 7804› utfärdat «d7_num».
Kontakt med arbetsgivaren önskas: ja — chef «x_n», tel. «x_direct»
Patienten nås på «p_ph» och har gett samtycke till kontakt med ‹Försäkringskassan›. Handläggare: «s_n», ärende «case».
Underskrift: «d_n», leg. läkare, «hc»          Förskrivarkod «lic_d»          HSA-id «hsa»
""",
    "NO": """SYKMELDING                                                                  Del A — til NAV
Pasient: «p_NC»          Fødselsnummer: «p_nid»          Telefon: «p_ph»
Arbeidsgiver: ‹Innlandet fylkeskommune›, stilling «pct»          Nærmeste leder: «x_n» («x_wem»)
Diagnose (ICPC-2): P74 Angstlidelse          Bidiagnose (ICD-10): «icd»
Periode: «d1_num» – «d4_num», «pct» sykmeldt; ny vurdering «d4_dm».
Friskmelding til arbeidsformidling: nei. Pasienten har vært sykmeldt tidligere i perioden «d7_num» – «d3_num».
Medisinsk begrunnelse: sterk uro, søvnvansker; bruker «drug1» ved behov.
Meldinger til NAV: Oppfølging ved veileder «s_n», saksnr. «case». Pasienten ønsker kontakt på «p_em».
Lege: «d_n», «hc», HPR-nr. «lic_d», telefon «d_ph»
Dato for utstedelse: «d1_long»                                               ‹folketrygdloven § 8-7›
""",
}

PORTAL_MESSAGE = {
    "SE": """Meddelande från ‹1177 Vårdguiden›                                                      Inkorgen › Läst
Från: «hc», mottagning diabetes
Till: «p_n» («p_nid»)
Skickat: «d2_iso» 14:32          Ärende: Svar angående provsvar (ärendenr «msg_id»)

Hej «p_g»!
Dina prover från «d3_long» är nu klara. Ditt långtidssocker (‹HbA1c 58 mmol/mol›) är något högre än vid förra kontrollen i «p_yr».
Doktor «d_n» har också tittat på ditt ‹P-Kreatinin 92 µmol/L› — det är normalt. Fortsätt med «drug2» som tidigare.
Vi föreslår att du ökar «drug1» till två tabletter morgon och kväll. Ny kontroll hos diabetessköterska «e_n» den «d4_long» kl. 09.20.
Om tiden inte passar kan du ringa ‹Region Västerbotten› på 090-785 00 00 eller svara på detta meddelande. Du kan också be din anhörige «r_n» ringa för din räkning;
«r_g» står som kontaktperson med telefon «r_ph».
Med vänliga hälsningar
«e_n», distriktssköterska
Kallelsen skickas även med post till «p_addr».
Läs meddelandet i sin helhet: «url»
""",
    "IS": """Heilsuvera — Skilaboð                                                        Mínar síður
Frá: «hc»          Til: «p_n», kt. «p_nid»
Dagsetning: «d2_num» kl. 10:05          Málsnúmer: «msg_id»

Sæl/l «p_g»,
Niðurstöður blóðrannsóknar frá «d3_long» eru komnar. Blóðsykur og nýrnastarfsemi eru innan marka, en ‹CRP 48 mg/L› var hækkað.
Röntgenmynd af lungum á «hospital» sýndi ekki lungnabólgu. Hættu að taka «drug2» í bili.
Læknirinn þinn, «d_n», ráðleggur að þú haldir áfram á «drug1» og komir í endurkomu «d4_long».
Lyfseðill hefur verið sendur rafrænt í ‹Lyfja›, afgreiðslunúmer «rx1».
Endurgreiðsla frá ‹Sjúkratryggingar Íslands› fer sjálfkrafa. Ef þú þarft að breyta tímanum, hringdu í síma 432 4000 eða sendu skilaboð. Nánasti aðstandandi skráður: «r_n», sími «r_ph».
Kveðja, «e_n», hjúkrunarfræðingur
Innskráning: rafræn skilríki frá IP-tölu «ip», «d2_num» kl. 09:58. Vefslóð: «url»
""",
}

EPRESCRIPTION = {
    "FI": """Kanta — Reseptikooste                                                       Tulostettu «d2_num»
Potilas: «p_F» «p_g»          Henkilötunnus: «p_nid»
Osoite: «p_addr»          Puhelin: «p_ph»

Resepti-ID       Lääke                          ATC      Määrätty     Voimassa     Määrääjä
«rx1»      «drug1»          «atc1»  «d5_num»   «d9_num»    «d_n» (Valvira «lic_d»)
«rx2»      «drug2»          «atc2»  «d7_num»   «d8_num»    «x_n» (Valvira «lic_x»)
«rx3»      «drug3»          «atc3»  «d3_num»   «d9_num»    «d_n»

Viimeisin toimitus: «d1_num», «pharmacy», farmaseutti «e_n». Kela-korvaus ‹40 %›, lääkekatto «year» ylittynyt.
Puolesta-asiointi: «r_n» (henkilötunnus «r_nid»), valtuutus voimassa «d9_dot» asti.
""",
    "NO": """Reseptlista frå Reseptformidlaren                                         Utskrive «d2_num»
Pasient: «p_f», «p_g»          Fødselsnummer: «p_nid»          Adresse: «p_addr»
Fastlege: «d_n», «hc», HPR-nr. «lic_d»

Resept-ID    Legemiddel                    ATC       Utskrive     Gyldig til   Forskrivar
«rx1»  «drug1»         «atc1»   «d5_num»   «d9_num»   «d_n»
«rx2»  «drug2»         «atc2»   «d7_num»   «d8_num»   «x_n» (HPR «lic_x»)
«rx3»  «drug3»         «atc3»   «d3_num»   «d9_num»   «d_n»

Sist utlevert: «d1_num» på «pharmacy», farmasøyt «e_n». Blå resept: ‹§ 4›, refusjonskode ‹-72›.
Fullmakt til å hente legemiddel: «r_n», telefon «r_ph». Pasienten bur no på «p_line» hjå «r_g».
""",
}

EBOKS_LETTER = {
    "DK": """e-Boks › Post › «hospital»                                                  Modtaget «d2_num»
Indkaldelse til ambulant undersøgelse

«p_n»
«p_addr»
CPR-nr.: «p_nid»

Kære «p_n»
Du er henvist af din praktiserende læge «d_n», «hc», til undersøgelse i ‹Medicinsk Ambulatorium›.
Tid: ‹onsdag› «d4_long» kl. 10.45, indgang 3, 2. sal.   Henvisningsnr.: «ref»
Medbring venligst din medicinliste — du får ifølge FMK bl.a. «drug1» og «drug2».
Du har oplyst, at «y_n» (som bor hos dig og er «y_old» år) skal have aflastning, mens du er her; kontakt kommunen i god tid.
Har du brug for sygetransport, ring 70 15 15 15; din bil «plate» kan parkeres på P-plads B med handicapkort.
Spørgsmål: sygeplejerske «e_n», direkte tlf. «d_ph» eller «e_wem».
Med venlig hilsen «s_n», lægesekretær                  Læs brevet online: «url»
""",
}

FMK_CARD = {
    "DK": """FÆLLES MEDICINKORT (FMK)                                           Udskrevet «d1_num» kl. 11:07
Borger: «p_NC»          CPR: «p_nid»          Adresse: «p_addr»
Egen læge: «d_n», «hc» (ydernr. «lic_x»)          Tlf. «d_ph»
Medicinkortet er senest afstemt «d3_num» af «e_n» (autorisations-ID «lic_e»)

Præparat                  Styrke       Dosering                  Indikation          Startdato     Ordinatør
«drug1»      ‹1 tablet›   morgen                    «icd»          «d5_num»    «d_n»
«drug2»      ‹½ tablet›   aften                     «icd2»          «d7_num»    «x_n» (aut.-ID «lic_d»)
«drug3»      efter behov, højst 4 gange i døgnet     smerter          «e1_num»    «d_n»

Dosisdispensering: ja, «pharmacy», næste pakning «d4_num». Hjemmepleje: ‹Viborg Kommune›, gruppe Nord.
Pårørende med fuldmagt: «r_n», «r_ph». Tilskud: ‹kronikertilskud›, bevilget «d5_num».
""",
}

SOCIAL_INSURANCE = {
    "FI": """KANSANELÄKELAITOS — Päätös sairauspäivärahasta                              ‹SV 67›
Asiakas: «p_n»          Henkilötunnus: «p_nid»
Osoite: «p_addr»
Päätöksen päivämäärä: «d2_long»          Asianumero: «case»

Myönnämme sinulle sairauspäivärahaa ajalle «d1_num» – «d4_num». Päiväraha on ‹62,41 euroa› arkipäivältä.
Perusteena on lääkärinlausunto A, jonka on kirjoittanut «d_n» (Valvira «lic_d») «d3_num», diagnoosi «icd».
Omavastuuaika: «d1_dm» – «d2_dm» (‹sairastumispäivä ja 9 arkipäivää›).
Maksamme etuuden tilillesi «iban». Työnantaja ‹Pohjois-Savon hyvinvointialue› on ilmoittanut maksaneensa palkkaa «d1_num» asti.
Jos sairautesi jatkuu, tarvitset uuden lausunnon ennen «d6_long». Lisätietoja: «s_n», puh. «s_direct».
Päätöksen on tehnyt Kelan etuuskäsittelijä «s_n». ‹Sairausvakuutuslaki 8 luku›
""",
    "LU": """CAISSE NATIONALE DE SANTÉ — Mémoire d'honoraires / Demande de remboursement       Formulaire ‹CNS 1110›
Assuré principal: «p_NC»          Matricule: «p_nid»
Adresse: «p_addr»          Tél.: «p_ph»          Courriel: «p_em»
Bénéficiaire (co-assuré): «r_n», matricule «r_nid»

Date         Code acte     Libellé                                    Montant (EUR)
«d3_num»   ‹C1›          Consultation médecin généraliste           ‹54,10›
«d1_num»   ‹V1›          Visite au domicile                         «amount»
«d2_num»   ‹7A11›        ECG de repos                               ‹26,89›
Médecin: Dr «d_n», «hc», code médecin «lic_d»
Diagnostic communiqué: «icd»; traitement: «drug1».
Remboursement à virer sur le compte «iban» (titulaire «p_n»).
Reçu à la CNS le «d4_num» — dossier «case» — traité par «s_n».
""",
}

DIGILUGU = {
    "EE": """{"allikas":"‹digilugu.ee›","dokument":"Epikriis","dokumendiId":"«doc_id»","koostatud":"«d2_iso»",
"patsient":{"nimi":"«p_n»","isikukood":"«p_nid»","sünniaeg":"«p_dobiso»","sugu":"«p_sexee»","aadress":"«p_line», «p_town», «p_pc»","telefon":"«p_ph»","epost":"«p_em»"},
"haiguslugu":"«mrn»","asutus":"«hospital»","osakond":"‹Sisehaiguste osakond›",
"ravi":{"algus":"«d3_iso»","lõpp":"«d1_iso»","põhidiagnoos":"«icd»","kaasuvad":["«icd2»"]},
"ravimid":[{"nimetus":"«drug1»","atc":"«atc1»","retsept":"«rx1»"},{"nimetus":"«drug2»","atc":"«atc2»","retsept":"«rx2»"}],
"raviarst":{"nimi":"«d_n»","kood":"«lic_d»"},"õde":{"nimi":"«e_n»","kood":"«lic_e»"},
"kontaktisik":{"nimi":"«r_n»","seos":"abikaasa","telefon":"«r_ph»"},
"kordusvisiit":"«d4_iso»","perearst":"«x_n»","tervisekassa":"‹Tervisekassa›","vaadatud":{"ip":"«ip»","aeg":"«d2_iso»T16:41:09"}}""",
}

LV_REFERRAL = {
    "LV": """NOSŪTĪJUMS uz konsultāciju / izmeklējumu                                   ‹e-veselība›
Nosūtījuma Nr.: «ref»          Izrakstīts: «d1_num»          Derīgs līdz: «d6_num»
Pacients: «p_n»          Personas kods: «p_nid»          Dzimums: «p_sexlv»
Dzīvesvieta: «p_addr»          Tālrunis: «p_ph»
Diagnoze (SSK-10): «icd»; blakusdiagnoze «icd2»
Nosūtīts uz: «hospital», ‹kardiologa konsultācija›, ‹prioritāte: plānveida›
Anamnēze: sāpes krūtīs slodzes laikā kopš «d7_num»; lieto «drug1», «drug2». Dzimis «p_doblong».
Izmeklējumi: EKG «d3_num», lipīdu profils «e1_num»
Ģimenes ārsts: «d_n», «hc», ārsta kods «lic_d», tālr. «d_ph»
Pacienta kontaktpersona: «r_n», «r_ph». Valsts apmaksāts pakalpojums, ‹NVD› līgums Nr. ‹2024-12/47›.
""",
}

ZORGDOMEIN = {
    "NL": """ZorgDomein — Verwijzing                                                       Verwijsnummer «ref»
Patiënt: «p_mevr» «p_i»          Geboortedatum: «p_dob»          BSN: «p_nid»
Adres: «p_addr»          Telefoon: «p_ph»          E-mail: «p_em»
Zorgverzekeraar: ‹Zilveren Kruis›, polisnummer «policy»          Huisarts: «d_n» (AGB «lic_d»)
Verwezen naar: «hospital», poli ‹Interne geneeskunde›, voorkeur ‹binnen 2 weken›
Vraagstelling: analyse anemie; Hb 6,4 mmol/l op «d3_num», ferritine 8 µg/l.
Voorgeschiedenis: ICPC «icd» («p_yr»), «icd2». Medicatie: «drug1», «drug2».
Contactpersoon: «r_n» («r_ph»), partner. Patiënt is slechthorend: hoortoestel serienr. «device2».
Verzonden door «e_n», praktijkondersteuner, op «d1_long». Inzien: «url»
""",
}

VEKTIS = {
    "NL": """# Declaratiebestand ‹Vektis AW319› export — «hc» — aangemaakt «d2_num» — AGB praktijk «lic_x»
BSN;Naam;Geboortedatum;Postcode;Huisnr;Verzekerdennr;Prestatiecode;Omschrijving;Datum prestatie;Tarief
«p_nid»;«p_lf»;«p_dob»;«p_pc»;12;«policy»;‹13001›;‹Consult huisarts regulier›;«d1_num»;‹12,89›
«w1_nid»;«w1_lf»;«w1_dob»;«w1_pc»;4a;«w1_policy»;‹13003›;‹Visite regulier›;«e1_num»;‹19,33›
«w2_nid»;«w2_lf»;«w2_dob»;«w2_pc»;77;«w2_policy»;‹12000›;‹Inschrijving per verzekerde›;«e2_num»;‹20,38›
«y_nid»;«y_lf»;«y_dob»;«y_pc»;3;«w3_policy»;‹13009›;‹Consult ouderenzorg›;«e3_num»;‹25,78›
# Leeftijd 4e regel: «y_old» jaar. Controle door «s_n», retourinformatie naar «s_wem»; totaal ‹78,38› EUR
""",
}

GGD_VACCINATION = {
    "NL": """{"bron":"‹GGD GHOR Nederland›","registratie":"«ref»","cliënt":{"naam":"«p_n»","geboortedatum":"«p_dobiso»","bsn":"«p_nid»",
"adres":{"straat":"«p_line»","postcode":"«p_pc»","woonplaats":"«p_town»"},"mobiel":"«p_ph»","email":"«p_em»"},
"vaccinaties":[{"datum":"«d1_iso»","vaccin":"«vaccine»","batch":"«lot»","locatie":"‹GGD Fryslân, priklocatie Drachten›","vaccinateur":"«e_n»","big":"«lic_e»"},
{"datum":"«d5_iso»","vaccin":"‹Influvac Tetra›","batch":"‹Q77K09›","locatie":"«hc»","vaccinateur":"«x_n»"}],
"toestemming":{"door":"«p_n»","wettelijkVertegenwoordiger":"«r_n»","datum":"«d1_iso»"},"verzekering":{"uzovi":"‹3311›","nummer":"«policy»"},
"login":{"digid":"‹substantieel›","ip":"«ip»"}}""",
}

HIS_EXPORT = {
    "NL": """HIS-export «hc» (Medicom) — journaalregels                 Uitgedraaid «d2_num» door «s_i»
Patiënt «mrn» | «p_lf» | geb. «p_dob» | BSN «p_nid» | «p_addr» | tel «p_ph»
Verzekerd: ‹VGZ› «policy» | Apotheek: «pharmacy» | Eerste contactpersoon: «r_n» («r_ph»)
---------------------------------------------------------------------------------------------
«d7_num» S  ICPC «icd»  hoest sinds 3 wk, geen koorts; rookt 20 pakjaren
«d7_num» O             RR 148/86, pulm: verlengd exspirium, saturatie 94 %
«d7_num» E             COPD exacerbatie?
«d7_num» P             «drug1», controle 2 wk; spirometrie via ‹Certe›
«d3_num» S  ICPC «icd2»  tel. mantelzorger «r_g»: huisgenoot «y_n» («y_old» jr) valt vaker — verzoek wijkverpleging
«d1_num» P             verwijzing ‹Buurtzorg Tjaarderzwaag› (contact «e_n», «e_wem»), ‹Wlz›-indicatie aangevraagd
Ingevoerd door: «d_n» (AGB «lic_d») / «e_n»
""",
}

EATTEST = {
    "BE": """eAttest — Getuigschrift voor verstrekte hulp (elektronisch)                   ‹MyCareNet›
Rechthebbende: «p_NC»          INSZ / rijksregisternummer: «p_nid»
Adres: «p_addr»          Ziekenfonds: ‹CM Midden-Vlaanderen› (‹121›), lidnummer «member»
Zorgverlener: dr. «d_n», huisarts, RIZIV «lic_d», «hc»
Datum verstrekking   Nomenclatuurcode   Omschrijving                         Honorarium    Persoonlijk aandeel
«d1_num»           ‹101076›           ‹Raadpleging huisarts (GMD)›         ‹30,46›       ‹1,50›
«d3_num»           ‹104355›           ‹Huisbezoek›                         «amount»       ‹5,61›
Derdebetalersregeling: ja. Diagnose voor GMD: «icd». Voorgeschreven: «drug1».
Transactie-ID «cert» — verzonden «d1_num» 17:12 vanaf «ip» — bevestigd door «s_n» (‹CM›)
Terugbetaling voor het persoonlijk aandeel: rekening «iban» op naam van «p_n».
""",
}

REGISTRY = {
    "SE": """# Utdrag ur ‹Nationella Diabetesregistret (NDR)› — enhet «hc» — «d2_iso» — uttag av «s_n» («s_wem»)
personnummer;namn;besöksdatum;HbA1c (mmol/mol);BMI;systoliskt;LDL (mmol/L);rökning;insulinpump
«p_nid»;«p_n»;«d1_iso»;«hb0»;‹31,4›;142;‹2,9›;nej;«device»
«w1_nid»;«w1_n»;«e1_iso»;«hb1»;‹27,8›;128;‹1,8›;ja;
«w2_nid»;«w2_n»;«e2_iso»;«hb2»;‹24,1›;135;‹3,4›;nej;
«y_nid»;«y_n»;«e3_iso»;«hb3»;‹22,6›;151;‹2,2›;nej;
«w3_nid2»;«w3_n»;«e4_iso»;«hb4»;‹29,0›;139;‹2,6›;nej;
# Rad 4: ålder «y_old» år — hemtjänst; rad 5: samordningsnummer. Inrapporterat från «ip» av «e_n».
""",
    "DK": """# ‹Dansk Apopleksiregister› (‹RKKP›) — indberetning «hospital» — «d2_num» — ansvarlig «d_n» («d_wem»)
cpr;navn;indlagt;udskrevet;diagnose;SSS;trombolyse;trombektomi;udskrevet til;bopæl
«p_nid»;«p_n»;«d3_num»;«d1_num»;‹DI634›;«sss0»;ja;nej;‹eget hjem›;«p_town»
«w1_nid»;«w1_n»;«e2_num»;«e1_num»;‹DI639›;«sss1»;nej;nej;‹rehabiliteringsophold›;«w1_town»
«w2_nid»;«w2_n»;«e3_num»;«e2_num»;‹DI610›;«sss2»;ja;ja;‹eget hjem›;«w2_town»
«y_nid»;«y_n»;«e4_num»;«e3_num»;‹DG459›;«sss3»;nej;nej;‹plejebolig›;«y_town»
# Række 4: «y_old» år, plejehjem. Validering: «e_n», tlf. «d_ph». Upload fra «ip».
""",
}

HOMECARE = {
    "SE": """BESLUT — Bistånd enligt socialtjänstlagen                                   ‹SoL 4 kap. 1 §›
Sökande: «p_n»          Personnummer: «p_nid»
Adress: «p_addr»          Telefon: «p_ph»
Ansökan inkom: «d3_long»          Beslutsdatum: «d1_long»          Dnr: «case»
Beviljas: hemtjänst ‹personlig omvårdnad och service›, «hours» timmar/månad, från «d2_num» tills vidare; trygghetslarm (serienr «device»).
Avslås: ‹ledsagning till affär›. Skäl: behovet tillgodoses genom hemtjänstens inköp.
Utredningen bygger på hembesök «d7_num» med «p_g» och anhörig «r_n» («r_ph»), samt intyg från «d_n», «hc».
Sökanden är «p_age_k» år; make/maka «y_n», «y_old» år, har eget beslut om korttidsvistelse.
Parkeringstillstånd för rörelsehindrad finns för bil «plate».
Handläggare: «s_n», biståndshandläggare, ‹Äldreomsorgen Tjärnvik›, tel. «s_direct», «s_wem»
""",
    "NO": """VEDTAK OM HELSE- OG OMSORGSTENESTER                                         ‹helse- og omsorgstenestelova § 3-2›
Søkjar: «p_n»          Fødselsnummer: «p_nid»          Adresse: «p_addr»
Saksnummer: «case»          Søknad motteken: «d3_num»          Vedtaksdato: «d1_long»
Du får innvilga heimesjukepleie («hours» timar per veke) og praktisk bistand frå «d2_num». Tryggleiksalarm, serienummer «device», vert montert.
Grunngjeving: etter kartleggingsbesøk «d7_num» med deg og pårørande «r_n» (telefon «r_ph») har du behov for hjelp til medisinar og personleg stell.
Fastlegen din, «d_n», «hc», har stadfesta diagnosen «icd».
Du bur saman med «y_n», som er «y_old» år og har eige vedtak.
Eigenbetaling: ‹kr 215 per time›, maks ‹kr 2 350› per månad. Du kan klage innan 3 veker.
Sakshandsamar: «s_n», ‹Tenestekontoret›, direkte telefon «s_direct»
""",
}

LAB_RESULT = {
    "IS": """Rannsóknarniðurstöður                                                         «hospital»
Nafn: «p_n»          Kennitala: «p_nid»          Heimili: «p_addr»
Beiðni nr.: «ref»          Sýni tekið: «d1_num» kl. 08:12          Beiðandi læknir: «d_n» (læknanúmer «lic_d»)
Rannsókn                     Niðurstaða          Viðmiðunarmörk
«lab1»                         «val1»             «rng1»
«lab2»                         «val2»             «rng2»
«lab3»                         «val3»             «rng3»
«lab4»                         «val4»             «rng4»
Athugasemd: sjúklingur tekur «drug1».
Afrit: «x_n», «x_wem».
Athugasemd: sýni endurtekið «d2_num». Niðurstöður sendar í Heilsuveru og til heimilislæknis á «hc».
Staðfest af «e_n», lífeindafræðingi, «d2_num». Sjúkraskrárnúmer «mrn».
""",
    "LV": """LABORATORISKO IZMEKLĒJUMU REZULTĀTI                                         ‹E. Gulbja laboratorija›
Pacients: «p_n»          Personas kods: «p_nid»          Dzimšanas datums: «p_dob»
Adrese: «p_addr»          Tālr.: «p_ph»
Pasūtījuma Nr.: «ref»          Paraugs ņemts: «d1_num»          Nosūtītājs: «d_n», «hc» (ārsta kods «lic_d»)
Izmeklējums                           Rezultāts           Norma
«lab1»                                «val1»             «rng1»
«lab2»                                «val2»             «rng2»
«lab3»                                «val3»             «rng3»
Rezultātus apstiprināja: «e_n» («d2_num»). Rezultāti nosūtīti uz «p_em» un ‹e-veselība›.
Apmaksāts no pacienta līdzekļiem: ‹14,60 EUR›, kvīts Nr. «cert».
""",
}

DEPENDENCY = {
    "LU": """ASSURANCE DÉPENDANCE — Décision                                                 ‹Code de la sécurité sociale, livre V›
Personne dépendante: «p_civ» «p_NC»          Matricule: «p_nid»          Âge: «p_age_k»
Domicile: «p_addr»          Tél.: «p_ph»
Référence: «case»          Date de la demande: «d3_num»          Date de la décision: «d1_long»
Sur avis de l'Administration d'évaluation et de contrôle (‹AEC›), évaluation à domicile le «d7_long» par «e_n».
Niveau de besoins: ‹niveau 7›; prestations en nature par le réseau ‹Hëllef Doheem›, à partir du «d2_num».
Aidant informel: «r_n» («r_ph»), prestation en espèces virée sur «iban».
Aide technique: lit médicalisé et système d'appel d'urgence n° «device».
Diagnostics: «icd», «icd2». Médecin traitant: Dr «d_n», code médecin «lic_d», «hc». Cohabitant: «y_n», «y_old» ans, au même domicile.
Gestionnaire: «s_n», Caisse nationale de santé, «s_wem»
""",
    "BE": """Vlaamse sociale bescherming — Beslissing zorgbudget voor zwaar zorgbehoevenden       ‹VSB›
Zorgbehoevende: «p_n»          Rijksregisternummer: «p_nid»          Geboren op «p_doblong»
Adres: «p_addr»          Zorgkas: ‹CM-Zorgkas Vlaanderen›, aansluitingsnummer «member»
Dossiernummer: «case»          Aanvraag: «d3_num»          Beslissing: «d1_long»
Indicatiestelling (‹BEL-profielschaal 42 punten›) door «e_n», thuisverpleegkundige (RIZIV «lic_e»), op «d7_num».
Het zorgbudget van ‹€ 140› per maand wordt toegekend vanaf «d2_num» en gestort op rekening «iban».
Mantelzorger: «r_n», «r_ph». Huisarts: dr. «d_n», «hc». Inwonende partner «y_n» is «y_old» jaar.
Contact: «s_n», ‹zorgkasconsulent›, «s_direct», «s_wem»
""",
}

SICKNESS_ABSENCE = {
    "EE": """TÖÖVÕIMETUSLEHT — teatis tööandjale                                               ‹Tervisekassa›
Töövõimetuslehe nr: «cert»          Liik: haigusleht          Väljastatud: «d1_num»
Töötaja: «p_n»          Isikukood: «p_nid»          Telefon: «p_ph»
Tööandja: ‹OÜ Kadaka Puit›, kontaktisik «x_n» («x_wem»)
Töövabastus: «d1_num» kuni «d4_num»; lõpetatud «d4_long». Diagnoosi ei avaldata tööandjale.
Väljastanud arst: «d_n», «hc», registreerimiskood «lic_d», tel. «d_ph»
Hüvitis makstakse töötaja kontole «iban» alates 4. päevast (‹70 %›); päevad 2–3 maksab tööandja.
Alus: ‹Ravikindlustuse seadus› § 50. Märkus: töötaja viibis eelnevalt ravil «hospital», haiguslugu «mrn», «d3_num» – «d2_num».
""",
    "FI": """TODISTUS TYÖKYVYTTÖMYYDESTÄ (työnantajalle)                                     Todistus nro «cert»
Työntekijä: «p_n»          Henkilötunnus: «p_nid»
Työnantaja: ‹Lapin hyvinvointialue›, esihenkilö «x_n», puh. «x_direct»
Työkyvytön ajalla «d1_num» – «d4_num». Työkyvyttömyyden syy: sairaus (diagnoosi ilmoitetaan vain Kelalle).
Osasairauspäiväraha (‹Kela›, ‹sairausvakuutuslaki›) mahdollinen «d4_num» jälkeen, työaika ‹50 %›.
Jatkohoito: ‹työterveyshuolto›, tarvittaessa «hospital».
Todistuksen antaja: «d_n», ‹yleislääketieteen erikoislääkäri›, «hc» (Valvira «lic_d»), «d1_long».
Potilaan yhteystiedot: «p_addr», «p_ph», «p_em». Työterveyshoitaja «e_n», «e_wem».
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("nb70_sick_leave_certificate", ["SE", "NO"], "text", SICK_LEAVE),
    ("nb70_patient_portal_message", ["SE", "IS"], "text", PORTAL_MESSAGE),
    ("nb70_eprescription_extract", ["FI", "NO"], "text", EPRESCRIPTION),
    ("nb70_digital_mailbox_letter", ["DK"], "text", EBOKS_LETTER),
    ("nb70_shared_medication_card", ["DK"], "text", FMK_CARD),
    ("nb70_social_insurance_form", ["FI", "LU"], "text", SOCIAL_INSURANCE),
    ("nb70_national_record_extract_json", ["EE"], "json", DIGILUGU),
    ("nb70_ehealth_referral", ["LV"], "text", LV_REFERRAL),
    ("nb70_zorgdomein_referral", ["NL"], "text", ZORGDOMEIN),
    ("nb70_vektis_claim_lines", ["NL"], "text", VEKTIS),
    ("nb70_ggd_vaccination_record_json", ["NL"], "json", GGD_VACCINATION),
    ("nb70_gp_his_export", ["NL"], "text", HIS_EXPORT),
    ("nb70_eattest", ["BE"], "text", EATTEST),
    ("nb70_quality_registry_extract", ["SE", "DK"], "text", REGISTRY),
    ("nb70_homecare_decision", ["SE", "NO"], "text", HOMECARE),
    ("nb70_lab_result", ["IS", "LV"], "text", LAB_RESULT),
    ("nb70_dependency_insurance_decision", ["LU", "BE"], "text", DEPENDENCY),
    ("nb70_sickness_absence_notice", ["EE", "FI"], "text", SICKNESS_ABSENCE),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe70:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        _rows(slots)
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
