# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-third independent probe corpus: short multilingual PII-benchmark texts in a health setting, the way an
outside evaluator assembles a held-out PII dataset -- one to a few sentences each, many entity types per text,
varied phrasing -- written natively in English, French, German, Italian, Spanish, Dutch and Portuguese (England,
France, Belgium in French and Dutch, Germany, Italy, Spain, the Netherlands, Portugal), with its own name lists
(people.py) and synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, each kind written in two languages (one template per language, not
translations of each other); a document is a batch of short messages (a notification outbox, an SMS log, a
message-log export, a list of benchmark sentences) so that it holds a dozen or more values: appointment
confirmations, SMS reminders, patient-portal sign-up e-mails, password-reset and 2FA logs with user names,
billing and payment e-mails (IBAN, BIC, card last four, account numbers), insurance-card details, pharmacy
pick-up notices, lab-result notifications, telehealth invitations with meeting ids, device-pairing messages
(serials, MAC addresses, IPv4 and IPv6), patient parking permits (plates, VINs), occupational-health notes with
employee ids, school-nurse notes, research-study invitations, JSON patient and booking records with localised
keys, PII-benchmark one-liners and contact-update requests.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ where a template says
`p_old`), `r` a relative, `d` a physician, `n` a nurse or clerk, `w1`-`w4` other patients of a batch. Forms: `_n`
full name, `_g` given, `_f` family, `_F` FAMILY, `_LF` "FAMILY Given" (French and Belgian lists), `_lf` "Family,
Given", `_i` "G. Family", `_ph` `_ph2` `_em` `_user`, `_line` `_town` `_pc` `_addr`, `_dob` (the country's
numeric form), `_dobiso`, `_doblong`, `_age` (keep, under 90, with its unit word), `_old` (AGE, 90+), `_nat`
(national number), `_hp` (health-insurance number), `_dl`, `_nhs`, `_mrn`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written (full, given alone, family alone, capitals, "FAMILY Given", an initial and
  the family name; particles and compounds -- De Stefanis, Dell'Aversana, Sáenz de Buruaga, Pennanéac'h -- inside
  the value). Titles and roles (Dr, M., Mme, Frau, Sig.ra, Sr., dhr., mevr., Sra.) are plain text.
- ADDRESS street lines and towns; ZIP every postcode (French, German, Italian, Spanish five digits, Belgian four,
  Dutch 1234 AB, Portuguese 1234-567, UK postcodes). Regions and départements plain text.
- DATE every date more specific than a year; years alone keep. AGE 90 and over; ages under 90 keep.
- PHONE, EMAIL of a person; hospital switchboards and role mailboxes plain text. URL a link carrying a token or
  meeting id; IP an IPv4 or IPv6 address a login or device came from.
- SSN the national number: French NIR, Belgian rijksregisternummer, German Steuer-ID, Italian codice fiscale,
  Spanish DNI / NIE, Dutch BSN, Portuguese NIF, UK National Insurance number. HEALTH_PLAN the health insurer's
  number: German KVNR, French mutuelle member number, Belgian mutualité / ziekenfonds number, Italian TEAM card
  number, Spanish CIP, Dutch polisnummer, Portuguese número de utente, UK private-insurance membership. ID user
  names, meeting ids, booking, ticket and invoice references, employee and study ids, the NHS number. MRN the
  hospital's patient number. ACCOUNT IBANs and patient / customer account numbers. LICENSE physicians'
  registration numbers (RPPS, LANR, INAMI / RIZIV, BIG, Ordine dei Medici, colegiado, Ordem dos Médicos, GMC)
  and driving licences. DEVICE serial numbers and MAC addresses. VEHICLE plates and VINs.
- Plain text (neither PHI nor keep): one-time codes, card last four digits, prices; keep (must survive): drugs
  and doses, lab values, hospitals, clinics, insurers and banks, BICs, regulations and form numbers, times, ages
  under 90, years, headings marked ‹...›.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe83 import ids
from tests.engine.probe83.people import LOCS, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "en": "January February March April May June July August September October November December",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
}
LANG = {"EN": "en", "FR": "fr", "BE": "fr", "DE": "de", "IT": "it", "ES": "es", "NL": "nl", "PT": "pt"}
AGE_WORD = {"en": "aged {n}", "fr": "{n} ans", "de": "{n} Jahre", "it": "{n} anni", "es": "{n} años", "nl": "{n} jaar", "pt": "{n} anos"}  # fmt: skip


def date_forms(d: date, loc: str) -> dict[str, P]:
    lang = LANG[loc]
    mon = MONTHS[lang].split()[d.month - 1]
    nl_mon = MONTHS["nl"].split()[d.month - 1]
    num = {"DE": f"{d:%d.%m.%Y}", "NL": f"{d:%d-%m-%Y}"}.get(loc, f"{d:%d/%m/%Y}")
    long = {"en": f"{d.day} {mon} {d.year}", "de": f"{d.day}. {mon} {d.year}", "es": f"{d.day} de {mon} de {d.year}",
            "pt": f"{d.day} de {mon} de {d.year}"}.get(lang, f"{d.day} {mon} {d.year}")  # fmt: skip
    short = {"DE": f"{d:%d.%m.}", "NL": f"{d.day}-{d.month}", "EN": f"{d.day} {mon[:3]}"}.get(loc, f"{d:%d/%m}")  # fmt: skip
    return {"loc": P("DATE", num), "long": P("DATE", long), "short": P("DATE", short), "iso": P("DATE", d.isoformat()),
            "nl": P("DATE", f"{d.day} {nl_mon} {d.year}")}  # fmt: skip


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    if w.loc.code == "EN":
        return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
    return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    forms = date_forms(w.dob, c)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_LF": N(f"{w.family.upper()} {w.given}"), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email), f"{x}_user": P("ID", w.user),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w),
        f"{x}_dob": forms["loc"], f"{x}_dobiso": forms["iso"], f"{x}_doblong": forms["long"], f"{x}_dobnl": forms["nl"],
        f"{x}_age": K(AGE_WORD[LANG[c]].format(n=age)), f"{x}_agen": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_nat": P("SSN", w.ids["nat"]), f"{x}_hp": P("HEALTH_PLAN", w.ids["hp"]), f"{x}_dl": P("LICENSE", w.ids["dl"]),
        f"{x}_nhs": P("ID", w.ids["nhs"]),
        f"{x}_t": {"EN": "Ms" if w.female else "Mr", "FR": "Mme" if w.female else "M.", "BE": "Mme" if w.female else "M.",
                   "DE": "Frau" if w.female else "Herr", "IT": "Sig.ra" if w.female else "Sig.", "ES": "Sra." if w.female else "Sr.",
                   "NL": "mevr." if w.female else "dhr.", "PT": "Sra." if w.female else "Sr."}[c],
        f"{x}_tnl": "mevrouw" if w.female else "meneer",
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

HOSPITALS = {"EN": ["Royal Cornwall Hospital", "Royal Blackburn Teaching Hospital", "Royal Devon and Exeter Hospital"],
             "FR": ["CHU de Brest", "Centre hospitalier d'Auch", "CHU Jean-Minjoz", "Hôpital Édouard-Herriot"],
             "BE": ["CHR de la Citadelle", "CHU de Charleroi", "AZ Sint-Jan", "UZ Gent", "ZNA Middelheim"],
             "DE": ["Klinikum Dritter Orden", "Ubbo-Emmius-Klinik", "Kreisklinik Ebersberg", "Universitätsklinikum Tübingen"],
             "IT": ["Ospedale del Mare", "Ospedale Papa Giovanni XXIII", "Ospedale San Francesco di Nuoro", "Policlinico Federico II"],
             "ES": ["Hospital Universitario de Navarra", "Hospital Universitari Son Espases", "Hospital General de Ciudad Real"],
             "NL": ["Medisch Centrum Leeuwarden", "Medisch Spectrum Twente", "UMC Groningen", "Antonius Sneek"],
             "PT": ["Hospital de Braga", "Hospital Beatriz Ângelo", "Hospital do Divino Espírito Santo", "Hospital de Santa Luzia"]}  # fmt: skip
INSURERS = {"EN": ["Bupa", "AXA Health", "Vitality Health"], "FR": ["MGEN", "Harmonie Mutuelle", "CPAM du Finistère", "Malakoff Humanis"],
            "BE": ["Mutualité chrétienne", "Solidaris", "CM Antwerpen", "Helan"], "DE": ["AOK Bayern", "Techniker Krankenkasse", "Barmer", "DAK-Gesundheit"],
            "IT": ["ASL Napoli 1 Centro", "ATS Bergamo", "ASL Nuoro", "UniSalute"], "ES": ["Osasunbidea", "IB-Salut", "SESCAM", "Sanitas", "Adeslas"],
            "NL": ["Zilveren Kruis", "De Friesland Zorgverzekeraar", "Menzis", "CZ"], "PT": ["SNS", "Médis", "Multicare", "ADSE"]}  # fmt: skip
BANKS = {"EN": [("Barclays", "BARCGB22")], "FR": [("Crédit Agricole", "AGRIFRPP"), ("La Banque Postale", "PSSTFRPP")], "BE": [("Belfius", "GKCCBEBB"), ("KBC", "KREDBEBB")],
         "DE": [("Sparkasse", "BYLADEM1001"), ("Volksbank", "GENODEF1S04")], "IT": [("Intesa Sanpaolo", "BCITITMM"), ("BPER Banca", "BPMOIT22")],
         "ES": [("CaixaBank", "CAIXESBB"), ("Caja Rural de Navarra", "CRESESMM")], "NL": [("ING", "INGBNL2A"), ("Rabobank", "RABONL2U")],
         "PT": [("Caixa Geral de Depósitos", "CGDIPTPL"), ("Millennium bcp", "BCOMPTPL")]}  # fmt: skip
DRUGS = {"en": ["amoxicillin 500 mg", "ramipril 5 mg", "sertraline 50 mg", "salbutamol inhaler 100 mcg", "levothyroxine 50 mcg", "methotrexate 10 mg"],
         "fr": ["Doliprane 1000 mg", "Levothyrox 75 µg", "Kardégic 75 mg", "Eliquis 5 mg", "Augmentin 1 g", "Ventoline 100 µg"],
         "de": ["Ramipril 5 mg", "Metformin 850 mg", "Ibuprofen 600", "L-Thyroxin 75 µg", "Pantoprazol 20 mg", "Novaminsulfon 500 mg"],
         "it": ["Tachipirina 1000 mg", "Cardioaspirina 100 mg", "Eutirox 50 mcg", "Augmentin 875 mg", "Pantorc 40 mg", "Coumadin 5 mg"],
         "es": ["Paracetamol 1 g", "Enantyum 25 mg", "Adiro 100 mg", "Sintrom 4 mg", "Omeprazol 20 mg", "Eutirox 100 mcg"],
         "nl": ["paracetamol 500 mg", "metoprolol 50 mg", "omeprazol 20 mg", "salbutamol 100 µg", "acenocoumarol 1 mg", "Movicolon"],
         "pt": ["Ben-u-ron 1 g", "Brufen 400 mg", "Xarelto 20 mg", "Concor 5 mg", "Lasix 40 mg", "Victan 2 mg"]}  # fmt: skip
LABS = {"en": ["HbA1c 48 mmol/mol", "ferritin 12 µg/L", "eGFR 54", "TSH 6.2 mU/L", "INR 2.6"], "fr": ["HbA1c 7,1 %", "ferritine 18 µg/l", "TSH 4,9 mUI/l", "INR 2,8", "CRP 24 mg/l"],
        "de": ["HbA1c 6,8 %", "Ferritin 15 ng/ml", "TSH 3,7 mU/l", "CRP 12 mg/l", "Kreatinin 1,2 mg/dl"],
        "it": ["emoglobina glicata 7,3%", "ferritina 9 ng/ml", "TSH 5,1 mUI/l", "INR 2,3", "PCR 1,8 mg/dl"],
        "es": ["HbA1c 7,4 %", "ferritina 14 ng/ml", "TSH 4,2 mUI/l", "INR 3,1", "PCR 2,6 mg/dl"],
        "nl": ["HbA1c 53 mmol/mol", "ferritine 11 µg/l", "TSH 5,8 mE/l", "INR 2,9", "CRP 31 mg/l"],
        "pt": ["HbA1c 7,6%", "ferritina 16 ng/ml", "TSH 4,4 mUI/l", "INR 2,4", "PCR 3,1 mg/dl"]}  # fmt: skip
REGS = {"EN": ["UK GDPR Article 9", "Data Protection Act 2018"], "FR": ["RGPD article 9", "article L1110-4 du CSP"], "BE": ["RGPD article 9", "AVG artikel 15"],
        "DE": ["DSGVO Art. 9", "§ 630g BGB"], "IT": ["GDPR art. 9", "D.Lgs. 196/2003"], "ES": ["RGPD art. 9", "Ley 41/2002"],
        "NL": ["AVG artikel 15", "WGBO"], "PT": ["RGPD artigo 9.º", "Lei 58/2019"]}  # fmt: skip
LIC_LABEL = {"EN": "GMC", "FR": "RPPS", "BE": "INAMI", "DE": "LANR", "IT": "iscr. Ordine n.", "ES": "nº col.", "NL": "BIG", "PT": "cédula OM"}  # fmt: skip
TIMES = ["08:10", "08:45", "09:20", "10:05", "11:40", "13:15", "14:30", "15:50", "16:25", "17:35"]
Y = 365


def lic(rng: random.Random, loc: str) -> str:
    return {"EN": lambda: fill(rng, "%######"), "FR": lambda: ids.rpps(rng), "BE": lambda: fill(rng, "1-%####-##-%##"), "DE": lambda: ids.lanr(rng),
            "IT": lambda: fill(rng, "%####"), "ES": lambda: fill(rng, "%%/%%/%####"), "NL": lambda: fill(rng, "%##########"),
            "PT": lambda: fill(rng, "%####")}[loc]()  # fmt: skip


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    lang = LANG[loc_code]
    d1 = date(2024, 3, 1) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    old = kind in OLD_P
    old_w2 = kind in OLD_W2
    ppl: dict[str, Person] = {}
    ppl["p"] = draw_person(rng, loc, used, d1, age_days=(90 * Y + 30, 98 * Y) if old else (31 * Y, 84 * Y))
    p = ppl["p"]
    pa = (d1 - p.dob).days
    ppl["r"] = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.4 else None,
                           home=p if rng.random() < 0.4 else None, age_days=(max(24 * Y, pa - 40 * Y), max(25 * Y, pa - 22 * Y)) if old else (24 * Y, 80 * Y))  # fmt: skip
    for x in ("d", "n"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 64 * Y))
    for i in range(1, 5):
        ppl[f"w{i}"] = draw_person(rng, loc, used, d1, age_days=(90 * Y + 30, 97 * Y) if old_w2 and i == 2 else (19 * Y, 86 * Y))  # fmt: skip
    if kind in CHILD:
        for x in ("p", "w1", "w2"):
            fam = ppl[x].family
            used.discard(fam)
            ppl[x] = draw_person(rng, loc, used, d1, family=fam, age_days=(6 * Y, 15 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
        s[f"{x}_mrn"] = P("MRN", fill(rng, rng.choice(["%#######", "%######", "%##-###-##", "%########"])))
    s["mrn"] = s["p_mrn"]
    # identifiers of the messages themselves
    for i in range(1, 6):
        s[f"ref{i}"] = P("ID", fill(rng, rng.choice(["%######", "@@-%#####", "%##-%###", "@%#####@"])))
    s["meet"] = P("ID", fill(rng, "%## ### ####"))
    s["meet2"] = P("ID", fill(rng, "%########"))
    token = lambda n: "".join(rng.choice("abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(n))  # noqa: E731  # fmt: skip
    s["url"] = P("URL", f"https://{rng.choice(['consulta', 'visio', 'teleconsult', 'meet'])}.{rng.choice(['santé-connect', 'medvisit', 'carelink', 'doxlive'])}.example.{rng.choice(['eu', 'net', 'com'])}/j/{fill(rng, '%#########')}?pwd={token(16)}".replace("é", "e"))  # fmt: skip
    s["url2"] = P("URL", f"https://{rng.choice(['portal', 'mijn', 'meu', 'mon', 'mein', 'mio'])}.{rng.choice(['patient', 'zorg', 'salute', 'gesundheit', 'saude'])}-{rng.choice(['online', 'portaal', 'web'])}.example.{rng.choice(['eu', 'org'])}/{rng.choice(['activate', 'reset', 'verify'])}?token={token(24)}")  # fmt: skip
    s["url3"] = P("URL", f"https://{rng.choice(['studie', 'studio', 'estudio', 'research'])}.{rng.choice(['clinicaltrial', 'cohort', 'trialsite'])}.example.org/inv/{token(10)}")  # fmt: skip
    s["ip"], s["ip2"], s["ip6"] = P("IP", ids.ipv4(rng)), P("IP", ids.ipv4(rng)), P("IP", ids.ipv6(rng))
    s["mac"], s["mac2"] = P("DEVICE", ids.mac(rng)), P("DEVICE", ids.mac(rng))
    s["sn"] = P("DEVICE", fill(rng, rng.choice(["SN%#########", "@@%#-####-###", "%##@@%#####"])))
    s["sn2"] = P("DEVICE", fill(rng, rng.choice(["G%#######@@", "%#######-%#", "@%##@%####"])))
    s["plate"], s["plate2"], s["vin"] = P("VEHICLE", ids.plate(rng, loc_code)), P("VEHICLE", ids.plate(rng, loc_code)), P("VEHICLE", ids.vin(rng))  # fmt: skip
    s["iban"] = P("ACCOUNT", ids.iban(rng, "GB" if loc_code == "EN" else loc_code))
    s["iban2"] = P("ACCOUNT", ids.iban(rng, "GB" if loc_code == "EN" else loc_code))
    s["acct"], s["acct2"] = (P("ACCOUNT", fill(rng, rng.choice(["%#########", "%#######-#", "@@%#######"]))) for _ in range(2))  # fmt: skip
    s["inv"], s["inv2"] = (P("ID", fill(rng, rng.choice(["%###-%#####", "F%#######", "%#/%####"]))) for _ in range(2))  # fmt: skip
    s["emp"], s["emp2"], s["emp3"] = (P("ID", fill(rng, rng.choice(["%#####", "P%#####", "%##-###"]))) for _ in range(3))  # fmt: skip
    s["study"], s["study2"], s["study3"] = (P("ID", fill(rng, "@@@-%##-%##")) for _ in range(3))
    s["d_lic"], s["n_lic"] = P("LICENSE", lic(rng, loc_code)), P("LICENSE", lic(rng, loc_code))
    s["lic_l"] = LIC_LABEL[loc_code]
    s["card4"], s["otp"], s["otp2"] = fill(rng, "####"), fill(rng, "######"), fill(rng, "######")
    s["price"], s["price2"] = f"{rng.randint(12, 240)},{rng.choice(['00', '50', '90'])}", f"{rng.randint(5, 60)},{rng.choice(['00', '40', '80'])}"  # fmt: skip
    # dates and times
    dd = {"d1": d1, "d2": d1 - timedelta(days=rng.randint(2, 9)), "d3": d1 + timedelta(days=rng.randint(3, 20)), "d4": d1 + timedelta(days=rng.randint(22, 60)),
          "d5": d1 - timedelta(days=rng.randint(30, 300))}  # fmt: skip
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
    times = rng.sample(TIMES, 6)
    for i, t in enumerate(times, 1):
        s[f"t{i}"] = K(t.replace(":", "h") if loc_code in ("FR", "BE") and i % 2 else t)
    s["t1iso"] = f"{times[0]}:00"
    s["t2iso"] = f"{times[1]}:00"
    # keep vocabulary
    drugs = rng.sample(DRUGS[lang], 3)
    s["drug1"], s["drug2"], s["drug3"] = K(drugs[0]), K(drugs[1]), K(drugs[2])
    labs = rng.sample(LABS[lang], 2)
    s["lab1"], s["lab2"] = K(labs[0]), K(labs[1])
    hosp = rng.sample(HOSPITALS[loc_code], 2)
    s["hosp"], s["hosp2"] = K(hosp[0]), K(hosp[1])
    ins = rng.sample(INSURERS[loc_code], 2)
    s["ins"], s["ins2"] = K(ins[0]), K(ins[1])
    bank, bic = rng.choice(BANKS[loc_code])
    s["bank"], s["bic"] = K(bank), K(bic)
    regs = REGS[loc_code]
    s["reg"], s["reg2"] = K(regs[0]), K(regs[1])
    s["year"] = K(str(d1.year - rng.randint(2, 12)))
    s["yearnow"] = K(str(d1.year))
    return s


# ---- templates ---------------------------------------------------------------------------------------------

APPT_EN = """Outbox — Appointment confirmations — «hosp» ‹Rheumatology Outpatients› — sent «d1_loc»
[1] To: «w1_em» | Dear «w1_t» «w1_f», your appointment with Dr «d_f» is confirmed for «d3_long» at «t1». Please bring your repeat prescription for «drug1» and your latest ‹DAS28› score sheet. Ref «ref1».
[2] To: «w2_ph» (SMS) | Hi «w2_g», you're booked in for bloods on «d3_short» at «t2» at «hosp2». Reply C to cancel. NHS no. «w2_nhs».
[3] To: «p_em» | Dear «p_n», thank you for registering «r_n» as your next of kin. We will post your confirmation letter to «p_addr». Your hospital number is «mrn»; DOB on file «p_dob».
[4] To: «w3_n» <«w3_em»> | Your video appointment on «d4_long» has moved to «t3». Join from any device: «url» (meeting ID «meet»). Last result on file: «lab1»; keep taking «drug2».
Sent by: «n_n», Booking Coordinator. Privacy notice: «reg2».
"""

APPT_FR = """Confirmations de rendez-vous — ‹Secrétariat de cardiologie›, «hosp»
• «d1_loc» «t1» — SMS au «w1_ph» : Bonjour «w1_t» «w1_f», votre RDV avec le Dr «d_f» est confirmé le «d3_short» à «t2». Merci d'apporter votre carte Vitale et l'ordonnance de «drug1».
• «d1_loc» «t3» — Mail à «p_em» : Madame, Monsieur, nous confirmons la consultation de «p_LF» («p_old» ans, né(e) le «p_dob») le «d3_long» pour un ‹Holter ECG›. Accompagnant : «r_n», joignable au «r_ph». N° de dossier «mrn».
• «d1_loc» «t4» — Courrier à «w2_LF», «w2_addr» : votre ‹échographie cardiaque› est fixée au «d4_long». Pensez à signaler tout traitement par «drug2».
• «d2_loc» — Annulation demandée par «w3_n» (n° sécu «w3_nat») ; mutuelle «ins», adhérent «w3_hp». Nouveau créneau proposé le «d3_loc» à «t5».
Dr «d_n» — RPPS «d_lic» — secrétariat : «n_g». Dernier bilan transmis : «lab1».
"""

SMS_DE = """SMS-Versandprotokoll ‹Terminerinnerung› — Hausarztpraxis Dr. «d_n», «hosp» — «d1_loc»
«d1_loc» «t1»  an «w1_ph»  OK      "Hallo «w1_t» «w1_f», Erinnerung: Ihr Termin am «d3_loc» um «t2». Bitte Versichertenkarte und ‹Überweisungsschein (Muster 6)› mitbringen."
«d1_loc» «t3»  an «w2_ph»  OK      "Guten Tag «w2_n», Ihre Blutabnahme (nüchtern) ist am «d3_short» um «t4». Bitte «drug1» erst danach einnehmen."
«d1_loc» «t5»  an «p_ph»   FEHLER  "Liebe/r «p_g», Ihr Befund (‹Langzeit-EKG›) liegt vor. Rückruf bitte unter Angabe Ihrer KVNR «p_hp» und Ihres Geburtsdatums."
«d2_loc» «t6»  an «r_ph»   OK      "«r_t» «r_f», Ihr/e Angehörige/r «w3_n» (geb. «w3_dob») wurde am «d2_short» in die «hosp2» verlegt."
Rückfrage «w4_n» («w4_em»): Terminverschiebung auf «d4_loc» gewünscht, neue Anschrift «w4_addr». Letzter Wert: «lab1».
Versand durch: «n_n», MFA. Anbieter-Ref «ref1». Grundlage: «reg».
"""

SMS_ES = """Registro de envíos SMS — ‹Recordatorios de cita› — «hosp»
«d1_loc» «t1» | «w1_ph» | ENTREGADO | «w1_g», le recordamos su cita en ‹Consultas Externas de Traumatología› el «d3_loc» a las «t2». Si no puede acudir, responda NO.
«d1_loc» «t3» | «w2_ph» | ENTREGADO | Sr./Sra. «w2_f»: su cita de extracción es el «d3_long» a las «t4». Venga en ayunas; puede tomar su «drug1». Traiga la tarjeta sanitaria (CIP «w2_hp»).
«d1_loc» «t5» | «p_ph» | FALLIDO | Hola «p_n», tiene pendiente recoger su informe de ‹Radiología›. Código de recogida: «otp». DNI del titular: «p_nat».
«d2_loc» «t6» | «r_ph» | ENTREGADO | «r_n»: la vacuna de la gripe de «w3_n» (NHC «w3_mrn») queda programada para el «d4_short» en su centro de salud de «w3_town».
Incidencia: «w4_n» solicita cambiar el móvil a «w4_ph2» y el correo a «w4_em». Gestionado por «n_n» (Admisión). Ref. «ref2». Conforme a la «reg2». Último control: «lab1».
"""

PORTAL_IT = """Oggetto: Attivazione del tuo ‹Fascicolo Sanitario Elettronico› — «hosp»
Gentile «p_n», benvenuto/a nel portale pazienti. Il tuo nome utente è «p_user». Per attivare l'account clicca qui entro 48 ore: «url2»
Dati registrati: codice fiscale «p_nat», tessera TEAM «p_hp», data di nascita «p_dob», residenza «p_addr», cellulare «p_ph».
---
Oggetto: Delega di accesso al fascicolo
Gentile «r_g» «r_f», «p_g» ti ha indicato come delegato/a. Accedi con ‹SPID› e conferma la delega n. «ref1» entro il «d3_loc».
---
Oggetto: Nuovo referto disponibile
«w1_t» «w1_f», è disponibile il referto del «d2_long» («lab1»). Il medico curante, dott. «d_n» («lic_l» «d_lic»), lo ha già visionato. Accesso registrato da IP «ip».
---
Oggetto: Registrazione completata
Ciao «w2_g»! La registrazione con l'indirizzo «w2_em» è completata. Prossima prenotazione: «d4_long», ore «t1», ‹Ambulatorio di Diabetologia›, «hosp2». Terapia in corso: «drug1», «drug2». Esenzione ticket per reddito presso «ins».
Informativa ai sensi del «reg».
"""

PORTAL_NL = """Onderwerp: Welkom bij het patiëntenportaal van «hosp»
Beste «p_g» «p_f», je account is aangemaakt met gebruikersnaam «p_user». Activeer je account via «url2» (link 24 uur geldig). Log daarna in met ‹DigiD›.
Gegevens: BSN «p_nat», geboortedatum «p_dob», adres «p_addr», telefoon «p_ph». Zorgverzekeraar: «ins», polisnummer «p_hp».
---
Onderwerp: Machtiging vastgelegd
Beste «r_n», je bent gemachtigd om namens «p_g» afspraken te bekijken. Machtigingsnummer «ref1».
---
Onderwerp: Nieuw bericht van je behandelaar
Beste «w1_tnl» «w1_f», er staat een bericht klaar van «d_n» (BIG «d_lic») over je uitslag («lab1»). Je laatste login was op «d2_loc» vanaf IP-adres «ip».
---
Onderwerp: Registratie afgerond
Hoi «w2_g», je registratie met «w2_em» is gelukt. Je volgende afspraak: «d3_long» om «t1», ‹polikliniek Interne Geneeskunde›, «hosp2». Neem je medicijnlijst mee («drug1», «drug2»).
Met vriendelijke groet, «n_n», ‹afdeling Patiëntenservice›. «reg».
"""

RESET_PT = """Registo de segurança — Portal do Utente «hosp» — exportado em «d1_loc»
«d1_iso» «t1» | utilizador «p_user» | pedido de recuperação de palavra-passe | IP «ip» | e-mail enviado para «p_em»
  Mensagem: "Olá «p_g», recebemos um pedido para redefinir a sua palavra-passe. Utilize esta ligação nas próximas 2 horas: «url2». Se não foi você, contacte a ‹Linha SNS 24›."
«d1_iso» «t2» | utilizador «p_user» | código 2FA enviado por SMS para «p_ph» | código «otp»
«d1_iso» «t3» | utilizador «w1_user» | 3 tentativas falhadas | IP «ip6» | conta bloqueada
  Mensagem: "Caro/a «w1_n», a sua conta foi bloqueada por segurança. Para desbloquear, indique o seu NIF («w1_nat») e o número de utente («w1_hp») no ‹Balcão de Atendimento›."
«d2_iso» «t4» | utilizador «w2_user» | alteração de e-mail para «w2_em» | confirmada por «w2_n», data de nascimento «w2_dob»
Nota do operador «n_n»: pedido associado ao processo clínico «mrn»; medicação crónica («drug1», «drug2») mantida visível na ‹Área do Cidadão›. Conforme «reg2».
"""

RESET_BE = """Journal des notifications — ‹MonDossierPatient› «hosp» — «d1_loc»
[«t1»] Réinitialisation du mot de passe demandée pour l'identifiant «p_user» depuis l'adresse IP «ip». Lien envoyé à «p_em» : «url2» (valable 30 minutes).
[«t2»] SMS à «p_ph» : « Votre code de vérification est «otp». Ne le communiquez à personne. »
[«t3»] Connexion refusée : «w1_user» (NISS «w1_nat») depuis l'adresse IP «ip6». Compte de «w1_LF» verrouillé après 5 essais.
[«t4»] Bonjour «w2_g», votre numéro de GSM a été modifié en «w2_ph2». Si vous n'êtes pas à l'origine de ce changement, contactez le ‹helpdesk eHealth›. Votre mutualité : «ins», n° d'affiliation «w2_hp».
[«t5»] Accès mandataire accordé à «r_n» (né(e) le «r_dob») pour le dossier n° «mrn» de «p_n» (‹itsme› vérifié).
Opérateur : «n_n». Traitement conforme au «reg». Rappel : traitement en cours «drug1».
"""

BILL_DE = """Betreff: Ihre Rechnung Nr. «inv» — «hosp»
Sehr geehrte/r «p_t» «p_f», für die Behandlung vom «d2_loc» (‹Wahlleistung Einbettzimmer›) buchen wir «price» EUR per SEPA-Lastschrift von Ihrem Konto «iban» («bank», BIC «bic») ab. Mandatsreferenz «ref1», Patientenkonto «acct».
Rechnungsanschrift: «p_n», «p_addr». Versichert bei «ins» (KVNR «p_hp»).
---
Betreff: Zahlungseingang bestätigt
Hallo «w1_g», wir haben Ihre Kartenzahlung (Visa **** «card4») über «price2» EUR am «d1_loc» erhalten. Rechnung «inv2» ist damit beglichen.
---
Betreff: Zahlungserinnerung
«w2_t» «w2_n», zur Rechnung vom «d5_long» (Patientenkonto «acct2», ‹GOÄ-Ziffer 3›) ist noch ein Betrag offen. Rückfragen an die ‹Patientenabrechnung›: «n_n», Tel. «n_ph».
---
Betreff: Erstattung
Die Erstattung für «w3_n» erfolgt auf das Konto «iban2», Kontoinhaber/in: «r_n». Grundlage: «reg2»; Zuzahlung für «drug1» und Labor («lab1»).
"""

BILL_FR = """Objet : Votre facture n° «inv» — «hosp»
Bonjour «p_t» «p_f», votre reste à charge de «price» € pour l'hospitalisation du «d2_loc» au «d1_loc» (‹forfait journalier›) sera prélevé le «d3_loc» sur le compte «iban» («bank», BIC «bic»). Référence unique de mandat : «ref1».
Numéro de compte patient : «acct» — mutuelle «ins» (adhérent «p_hp»).
---
Objet : Paiement reçu
«w1_t» «w1_f», nous confirmons la réception de votre paiement par carte se terminant par «card4» le «d1_short». Facture «inv2» soldée.
---
Objet : Relance — facture impayée
«w2_LF», «w2_addr». Sans règlement avant le «d4_long», le dossier sera transmis au ‹Trésor public›. Contact : «n_n», ‹service des admissions›, «n_em».
---
Objet : Remboursement
Le trop-perçu de «price2» € concernant «w3_n» (n° de sécurité sociale «w3_nat») sera viré sur l'IBAN «iban2» au nom de «r_n». Pour mémoire : délivrance de «drug1» et dosage «lab1», conformément à l'«reg2».
"""

INSURANCE_ES = """Datos de la tarjeta sanitaria — ‹Servicio de Admisión› «hosp»
Titular: «p_n» · DNI/NIE «p_nat» · CIP «p_hp» · fecha de nacimiento «p_dob» · domicilio «p_addr» · tel. «p_ph» · aseguradora pública: «ins»
Beneficiario: «w1_n» (hijo/a del titular), nacido/a el «w1_dob», CIP «w1_hp».
Seguro privado complementario: «ins2», póliza «acct», tomador «r_n», e-mail «r_em».
Nota: la tarjeta de «w2_n» («w2_nat») caducó el «d5_long»; se emite duplicado con fecha «d1_loc». Médico/a de familia asignado/a: «d_n» («lic_l» «d_lic»).
Mensaje al paciente: «p_g», su nueva tarjeta estará disponible en el centro de salud a partir del «d3_loc». Tratamiento activo: «drug1», «drug2». Alta en el sistema en «year». Aportación farmacéutica: ‹TSI 002›.
"""

INSURANCE_BE = """Gegevens verzekeringskaart — ‹inschrijving spoedgevallen› «hosp»
Patiënt: «p_LF» · rijksregisternummer «p_nat» · ziekenfonds «ins» · aansluitingsnummer «p_hp» · geboren «p_dobnl»
Adres: «p_addr» · gsm «p_ph» · e-mail «p_em»
Hospitalisatieverzekering: «ins2», polis «acct», verzekeringnemer «r_n» («r_nat»).
Opmerking: eID van «w1_n» (RRN «w1_nat») verlopen op «d5_nl»; ‹kleefbriefjes› van het ziekenfonds meegebracht. Huisarts: dr. «d_n», RIZIV «d_lic».
Bericht aan patiënt: Beste «p_g», uw gegevens werden bijgewerkt op «d1_loc». Graag uw nieuwe kaart tonen bij de volgende consultatie op «d3_nl» om «t1». Medicatie: «drug1». Verwerking volgens «reg». ‹Verhoogde tegemoetkoming›: nee.
"""

PHARMACY_IT = """Farmacia ospedaliera «hosp» — avvisi di ritiro (SMS / e-mail) — «d1_loc»
1) «w1_ph»: Gentile «w1_g» «w1_f», il farmaco «drug1» ordinato il «d2_short» è arrivato. Può ritirarlo entro il «d3_short» presentando la ricetta elettronica (NRE «ref1») e la tessera sanitaria.
2) «w2_em»: «w2_t» «w2_f», la preparazione galenica per «w3_n» è pronta. Codice fiscale dell'assistito: «w3_nat». Orario di ritiro: «t1»–«t2».
3) «p_ph»: Promemoria per «p_n», «p_old» anni: la consegna a domicilio di «drug2» avverrà il «d3_long» in «p_addr». Firmerà il familiare di riferimento, «r_n».
4) «w4_ph»: «w4_g», il ‹piano terapeutico AIFA› di «drug3» firmato dal dott. «d_f» scade il «d4_loc». Contatti il centro prescrittore (‹Ambulatorio di Cardiologia›).
Operatore: «n_n». Trattamento dati ai sensi del «reg».
"""

PHARMACY_PT = """Avisos de levantamento — ‹Serviços Farmacêuticos›, «hosp» — «d1_loc»
• SMS para «w1_ph»: Olá «w1_g», a sua medicação («drug1») já pode ser levantada a partir de «d3_short», das «t1» às «t2». Traga o cartão de cidadão.
• E-mail para «w2_em»: Exmo./a Sr./Sra. «w2_f», a receita n.º «ref1» (utente «w2_hp») foi dispensada parcialmente; falta «drug2» (‹rutura de stock›).
• Chamada para «r_ph»: informado/a «r_n» de que a medicação de «p_n», de «p_old» anos, será entregue em «p_addr» no dia «d3_long». NIF para fatura: «p_nat».
• SMS para «w3_ph»: «w3_g», lembramos que a sua receita de «drug3» expira em «d4_loc». Fale com o Dr. «d_f» para renovação.
Responsável: «n_n», farmacêutico/a, cédula «n_lic». Conforme «reg2».
"""

LAB_FR = """Notifications résultats — ‹Laboratoire de biologie médicale›, «hosp»
«d1_loc» «t1» — «w1_em» : Bonjour «w1_g», vos résultats du «d2_short» sont disponibles sur votre espace patient (identifiant «w1_user»). Dossier «w1_mrn».
«d1_loc» «t2» — SMS «w2_ph» : «w2_t» «w2_f», résultat critique : «lab1». Merci de rappeler le Dr «d_f» sans attendre.
«d1_loc» «t3» — courrier : «p_LF», «p_addr». Compte rendu du prélèvement du «d2_long» : «lab2». Suivi : poursuite de «drug1», contrôle le «d4_loc».
«d1_loc» «t4» — fax au médecin traitant, Dr «d_n» (RPPS «d_lic») : patient «w3_n», NIR «w3_nat», né(e) le «w3_dob». ‹Bilan thyroïdien› joint.
Biologiste responsable : «n_n». Transmission ‹HPRIM Santé›.
"""

LAB_NL = """Uitslagnotificaties — ‹Klinisch Chemisch Laboratorium› «hosp» — «d1_loc»
- E-mail aan «w1_em»: Beste «w1_g», er staat een nieuwe uitslag voor je klaar in ‹MijnDossier›. Inloggen met je gebruikersnaam «w1_user» en DigiD.
- SMS aan «w2_ph»: Beste «w2_tnl» «w2_f», uw bloeduitslag van «d2_nl» is afwijkend («lab1»). Bel vandaag nog de huisarts, «d_n».
- Brief aan «p_n», «p_addr» (BSN «p_nat», patiëntnummer «mrn»): uitslag «lab2», afname op «d2_loc» om «t1», aanvraag via «hosp2».
- Melding aan ‹trombosedienst›: «w3_n», geboren «w3_dob», «drug1» dosering aanpassen, controle «d3_loc» om «t2».
Gevalideerd door: «n_n», klinisch chemicus (BIG «n_lic»). Vragen via de ‹polikliniek Interne Geneeskunde›.
"""

TELE_EN = """Video consultation invitations — «hosp» ‹Virtual Clinic›
To «w1_em»: Hi «w1_g», your video appointment with Dr «d_n» is on «d3_long» at «t1». Join here: «url» — meeting ID «meet», passcode in a separate text.
To «w2_ph» (text): Passcode for your appointment on «d3_short»: «otp». From «hosp».
To «p_em»: Dear «p_t» «p_f», the physiotherapist «n_n» will call you on «p_ph» if the link fails. Please have your «drug1» to hand and your ‹Oxford Knee Score› form. NHS number for reference: «p_nhs».
To «r_em»: «r_g», you have been added as a carer to «p_g»'s video call (meeting ID «meet2»).
Call log: «d1_iso» «t2» participant «w3_n» joined from «ip», left «t3»; «d1_iso» «t4» participant «w4_user» joined from «ip6». Platform: ‹Attend Anywhere›.
"""

TELE_DE = """‹Videosprechstunde› — Einladungen und Protokoll — «hosp»
An «p_em»: Sehr geehrte/r «p_t» «p_f», Ihre Videosprechstunde bei Dr. «d_n» (LANR «d_lic») findet am «d3_loc» um «t1» Uhr statt. Link: «url» · Meeting-ID «meet».
An «r_ph» (SMS): Hallo «r_g», Sie begleiten «p_g» («p_old» Jahre) beim Termin am «d3_short». Zugangscode: «otp».
An «w1_em»: Guten Tag «w1_n», Ihr Termin am «d4_loc» wurde in eine Videosprechstunde umgewandelt. Bitte halten Sie Ihre Versichertenkarte (KVNR «w1_hp») bereit.
Protokoll: «d1_iso» «t2» Teilnehmer «w2_n» beigetreten (IP «ip»), Kamera aus; «d1_iso» «t3» Teilnehmer «w3_user» beigetreten (IP «ip6»), Verbindungsabbruch.
Hinweis Praxisteam («n_n»): «p_g» nimmt «drug1» und «drug2»; Befund «lab1» im Gespräch besprechen. Abrechnung ‹GOP 01450›. Datenschutz: «reg».
"""

DEVICE_ES = """Notificaciones de emparejamiento — ‹Programa de Telemonitorización›, «hosp»
[«d1_loc» «t1»] El glucómetro con n.º de serie «sn» se ha vinculado a la cuenta de «w1_n» («w1_em»). Dirección MAC «mac», IP de la pasarela «ip». Último control: «lab1».
[«d1_loc» «t2»] Hola «p_g», tu tensiómetro (serie «sn2») no envía datos desde el «d2_short». Comprueba el Bluetooth del móvil «p_ph». Última conexión desde «ip6».
[«d1_loc» «t3»] Alerta: la báscula de «w2_n» (NHC «w2_mrn») registró una subida de peso de 2 kg. Avisar a «r_n» en el «r_ph». Tratamiento: «drug1».
[«d2_loc» «t4»] Dispositivo desvinculado por «n_n» (‹enfermería gestora de casos›). MAC anterior «mac2». Paciente: «p_n», domicilio «p_addr».
"""

DEVICE_IT = """Telemonitoraggio — log di associazione dispositivi — «hosp» (‹Centrale Operativa Territoriale›)
«d1_iso» «t1»  PAIR_OK    paziente «p_LF» (CF «p_nat»)  pulsossimetro s/n «sn»  MAC «mac»  gateway «ip»
«d1_iso» «t2»  SYNC_FAIL  paziente «w1_LF»  ECG patch s/n «sn2»  ultimo contatto «d2_loc»  IPv6 «ip6»
«d1_iso» «t3»  UNPAIR     operatore «n_n»  dispositivo MAC «mac2»
Messaggio a «p_ph»: «p_g», il saturimetro è collegato correttamente. Se la saturazione scende sotto il 92% chiami il centro. Terapia: «drug1».
Messaggio a «r_em»: Gentile «r_n», il dispositivo di «w1_g» non trasmette da due giorni («lab1» all'ultima visita). Lo riavvii o contatti il dott. «d_f» al numero «d_ph».
Ritiro del kit previsto il «d3_long» presso «w1_addr».
"""

PARKING_NL = """Parkeervergunningen patiënten — ‹Parkeerbeheer› «hosp» — week van «d1_nl»
Aanvraag «ref1» — «p_n», kenteken «plate», voor ‹dialyse› 3x per week tot «d4_loc». Adres: «p_addr». Tel. «p_ph».
  Bericht: Beste «p_g», uw vergunning is goedgekeurd. Rijd bij de slagboom van ‹parkeergarage P3› het kenteken voor; u hoeft geen kaartje te trekken.
Aanvraag «ref2» — «w1_lf», kenteken «plate2», chassisnummer (VIN) «vin», ‹gehandicaptenparkeerkaart›. Begeleider: «r_n».
  Bericht aan «w1_em»: Beste «w1_tnl» «w1_f», wij hebben nog een kopie van uw kentekenbewijs nodig. Stuur deze vóór «d3_loc».
Afgewezen: «w2_n» (geen behandeling gepland na «d2_loc»). Behandelaar: «d_n», ‹afdeling Nefrologie›. Betaling via «bank».
Beheerder: «n_n», «n_em». Tarieven vastgesteld in «year»; «reg».
"""

PARKING_FR = """Macaron de stationnement patients — «hosp» — demandes traitées le «d1_loc»
N° «ref1» : «p_LF», véhicule immatriculé «plate», accès au ‹parking P2› (‹radiothérapie›) du «d2_loc» au «d4_loc». Contact : «p_ph», «p_em».
   → SMS envoyé : «p_g», votre badge parking est prêt à l'accueil principal, ouvert dès «t1». Présentez votre permis de conduire (n° «p_dl»).
N° «ref2» : «w1_LF» — remplacement du véhicule : ancien «plate2», nouveau VIN «vin» (carte grise en cours). Accompagnant : «r_n».
N° «ref3» : «w2_n», «w2_addr» — demande refusée (hors critères). Courrier envoyé le «d1_short».
Validé par «n_n», ‹service logistique›. Médecin prescripteur : Dr «d_f». Tarif réduit (convention «ins»), grille votée en «year».
"""

OCC_DE = """‹Betriebsärztlicher Dienst› — Kurznotizen — «hosp»
«d1_loc»: «w1_n», Personalnr. «emp», Pflege Station 3, Nadelstichverletzung um «t1». ‹Anti-HBs› ausreichend. Nachkontrolle «d4_loc». Rückruf «w1_ph».
«d1_loc»: «p_t» «p_f» (Personalnr. «emp2», geb. «p_dob») — Eignungsuntersuchung ‹G 25›; Führerschein «p_dl». Einschränkungen: keine. Nimmt «drug1».
«d2_loc»: Wiedereingliederung «w2_n» (Personalnr. «emp3») ab «d3_loc», 4 Std./Tag. Ansprechpartner/in HR: «n_n», «n_em».
«d2_loc»: Grippeimpfung für «w3_n», Steuer-ID für die Abrechnung «w3_nat», Anschrift «w3_addr». Labor: «lab1».
Betriebsarzt: Dr. «d_n» (LANR «d_lic»). Ablage gemäß «reg» und «reg2».
"""

OCC_PT = """‹Medicina do Trabalho› — registos breves — «hosp»
«d1_loc» — «w1_n», n.º mecanográfico «emp», ‹assistente operacional›: exame periódico sem alterações. Próximo exame em «d4_long». Contacto «w1_ph».
«d1_loc» — «p_n» (n.º «emp2», NIF «p_nat», admitido/a em «year») refere lombalgia após mobilização de doente às «t1». Certificado de incapacidade de 3 dias; «drug1». Reavaliação «d3_loc».
«d2_loc» — Vacinação ‹hepatite B› de «w2_n» (n.º «emp3»), 3.ª dose; «lab1».
Nota para RH («n_n», «n_em»): «w2_g» pode regressar ao serviço em «d3_short». Morada para correspondência: «w2_addr».
Médico do trabalho: Dr. «d_n», cédula profissional «d_lic». «reg2». ‹Ficha de Aptidão para o Trabalho› emitida.
"""

SCHOOL_EN = """School Nursing Service — drop-in notes — ‹Trevanion Academy› — «d1_long»
«t1» «p_n» (‹Year 8›, DOB «p_dob»): headache after PE, given water, rested 20 min. Parent «r_n» informed by text to «r_ph». Has «drug1» in the office (‹individual healthcare plan›).
«t2» «w1_g» «w1_f»: asthma review; inhaler technique OK, spacer replaced. Parent email «w1_em» updated on the health record. NHS no. «w1_nhs».
«t3» «w2_n», aged «w2_agen»: hearing screen referral to «hosp», appointment «d3_long». Home address for the letter: «w2_addr».
Safeguarding note passed to «n_n» (DSL) — MASH ref «ref1».
School doctor: Dr «d_n», GMC «d_lic». Next vaccination session (‹HPV›) «t4».
"""

SCHOOL_ES = """Enfermería escolar — ‹CEIP Virgen del Pilar› — registro de atenciones del «d1_loc»
«t1» — «p_n» (‹4.º de Primaria›, nacido/a el «p_dob»): hipoglucemia leve, ‹glucemia 62 mg/dl›, se administra zumo. Se avisa a su familia («r_n», «r_ph»). Bomba de insulina n.º de serie «sn».
«t2» — «w1_n» (NHC «w1_mrn»): dolor abdominal; recogido/a por «w1_f» (abuelo/a) a las «t3». Alergia a «drug1» documentada.
«t4» — «w2_g» «w2_f»: revisión del calendario vacunal; falta dosis de «drug2». CIP «w2_hp». Domicilio «w2_addr».
Comunicado al pediatra de referencia, «d_n» (Centro de Salud, «lic_l» «d_lic»), y a la tutora, «n_n» («n_em»).
"""

RESEARCH_IT = """Inviti allo studio ‹LONGEVA-90› (coorte degli ultranovantenni) — Centro sperimentale «hosp» — «d1_loc»
1. A «p_n», «p_old» anni, «p_addr»: Gentile «p_t» «p_f», la invitiamo a una visita di arruolamento il «d3_long» alle «t1». Codice partecipante «study». Potrà farsi accompagnare da «r_n» («r_ph»).
2. A «w2_n» («w2_old» anni), tramite il familiare «w3_n», «w3_em»: questionario online al link «url3» (codice «study2»).
3. SMS a «w1_ph»: «w1_g», grazie per la disponibilità. Ricordi di sospendere «drug1» 24 ore prima del prelievo.
Referente dello studio: dott. «d_n» («lic_l» «d_lic»); segreteria: «n_n», «n_em». Criterio di inclusione: «lab1». Informativa ai sensi del «reg»; ‹Comitato Etico Territoriale› approvato.
"""

RESEARCH_BE = """Uitnodigingen studie ‹GEZOND OUDER 90+› — ‹Klinisch Onderzoekscentrum› «hosp»
Aan «p_n» («p_old» jaar), «p_addr»: Beste «p_tnl» «p_f», u werd geselecteerd voor deelname. Uw deelnemersnummer is «study». Wij bellen u op «p_ph» om een afspraak te maken in de week van «d3_nl».
Aan «w2_em» (mantelzorger van «w2_n», «w2_old» jaar): de vragenlijst staat klaar op «url3». Studiecode «study2».
SMS aan «w1_ph»: Beste «w1_g», bedankt voor uw deelname. Gelieve «drug1» nuchter in te nemen op de dag van de bloedafname («d4_nl», «t1»).
Hoofdonderzoeker: dr. «d_n» (RIZIV «d_lic»). Studiecoördinator: «n_n», «n_ph». Inclusie: «lab1». Goedgekeurd door het ‹Ethisch Comité›; verwerking volgens «reg».
"""

JSON_FR = """{"dossier":{"ipp":"«mrn»","nom":"«p_F»","prenom":"«p_g»","date_naissance":"«p_dobiso»","nir":"«p_nat»","adresse":{"voie":"«p_line»","code_postal":"«p_pc»","commune":"«p_town»"},"telephone":"«p_ph»","courriel":"«p_em»","mutuelle":{"organisme":"«ins»","num_adherent":"«p_hp»"},"medecin_traitant":{"nom":"«d_n»","rpps":"«d_lic»"},"personne_a_prevenir":{"nom":"«r_n»","tel":"«r_ph»"},"sejours":[{"date_entree":"«d2_iso»","date_sortie":"«d1_iso»","service":"‹Cardiologie›","etablissement":"«hosp»","traitement_sortie":["«drug1»","«drug2»"]}],"dernier_bilan":"«lab1»","consentement":"«reg»","portail":{"identifiant":"«p_user»","derniere_connexion_ip":"«ip»"},"statut":"‹ALD 30›"}}"""

JSON_DE = """{
  "patient": {
    "patientennummer": "«mrn»",
    "nachname": "«p_f»",
    "vorname": "«p_g»",
    "geburtsdatum": "«p_dob»",
    "versicherung": {"kasse": "«ins»", "kvnr": "«p_hp»", "status": "‹Mitglied›"},
    "steuer_id": "«p_nat»",
    "anschrift": {"strasse": "«p_line»", "plz": "«p_pc»", "ort": "«p_town»"},
    "kontakt": {"mobil": "«p_ph»", "email": "«p_em»"},
    "hausarzt": {"name": "Dr. «d_n»", "lanr": "«d_lic»"},
    "angehoerige": [{"name": "«r_n»", "telefon": "«r_ph»"}],
    "faelle": [{"aufnahme": "«d2_iso»", "entlassung": "«d1_iso»", "klinik": "«hosp»", "medikation": ["«drug1»", "«drug2»"], "labor": "«lab1»"}],
    "bankverbindung": {"iban": "«iban»", "bic": "«bic»"},
    "geraete": [{"typ": "‹Insulinpumpe›", "seriennummer": "«sn»"}]
  }
}"""

JSON_ES = """{"citas":[{"id_cita":"«ref1»","paciente":{"nombre":"«p_g»","apellidos":"«p_f»","dni":"«p_nat»","cip":"«p_hp»","telefono":"«p_ph»","email":"«p_em»"},"fecha":"«d3_iso»","hora":"«t1»","servicio":"‹Dermatología›","profesional":"Dr. «d_n»","centro":"«hosp»","estado":"confirmada"},{"id_cita":"«ref2»","paciente":{"nombre":"«w1_n»","nhc":"«w1_mrn»","telefono":"«w1_ph»","direccion":"«w1_line», «w1_pc» «w1_town»"},"fecha":"«d4_iso»","hora":"«t2»","servicio":"‹Endocrinología›","notas":"Traer analítica («lab1») y lista de medicación («drug1»)","estado":"pendiente"},{"id_cita":"«ref3»","paciente":{"nombre":"«w2_n»","email":"«w2_em»"},"fecha":"«d3_iso»","hora":"«t3»","canal":"videoconsulta","enlace":"«url»","estado":"cancelada"}],"exportado_por":"«n_user»","ip_origen":"«ip»","aseguradora":"«ins»"}"""

JSON_PT = """{
  "marcacoes": [
    {"n_marcacao": "«ref1»", "utente": {"nome": "«p_n»", "n_utente": "«p_hp»", "nif": "«p_nat»", "data_nascimento": "«p_dobiso»", "telemovel": "«p_ph»"}, "data": "«d3_iso»", "hora": "«t1»", "especialidade": "‹Oftalmologia›", "medico": "«d_n»", "local": "«hosp»"},
    {"n_marcacao": "«ref2»", "utente": {"nome": "«w1_n»", "processo": "«w1_mrn»", "morada": "«w1_addr»", "email": "«w1_em»"}, "data": "«d4_iso»", "hora": "«t2»", "especialidade": "‹Medicina Geral e Familiar›", "observacoes": "renovar receita de «drug1»"},
    {"n_marcacao": "«ref3»", "utente": {"nome": "«w2_n»", "telemovel": "«w2_ph»"}, "data": "«d3_iso»", "hora": "«t3»", "tipo": "teleconsulta", "ligacao": "«url»"}
  ],
  "exportado_em": "«d1_iso»T«t1iso»",
  "utilizador": "«n_user»",
  "seguradora_predefinida": "«ins»"
}"""

ONELINERS_NL = """1. «p_n» (geboren «p_dob») heeft op «d3_nl» om «t1» een afspraak bij de huisarts in «p_town»; de bevestiging gaat naar «p_em».
2. Mijn BSN is «w1_nat» en mijn polisnummer bij «ins» is «w1_hp», kun je mijn declaratie voor «drug1» opnieuw indienen?
3. Stuur de verwijsbrief van «w2_g» naar «w2_line», «w2_pc» «w2_town», niet naar het oude adres.
4. Het IBAN voor de ‹eigen bijdrage› is «iban» ten name van «r_n».
5. «w3_tnl» «w3_f» belt vanaf «w3_ph» over de uitslag («lab1»); terugbellen na «t2».
6. De insulinepomp met serienummer «sn» van «w4_n» is gekoppeld aan IP «ip».
7. «d_n» (BIG «d_lic») van «hosp» heeft de herhaalrecepten op «d2_loc» geautoriseerd.
8. Kenteken «plate» staat op naam van «n_n», medewerker «emp» van de ‹afdeling Radiologie›.
"""

ONELINERS_EN = """1. Hi, I'm «p_n», DOB «p_dob», and I need to move my «d3_long» appointment — please call me on «p_ph».
2. My nan «w2_n» is «w2_old» and lives at «w2_addr»; can the ‹district nurse› visit before «d3_short»?
3. Patient «w1_lf», NHS «w1_nhs», NI number «w1_nat», was discharged from «hosp» on «d2_long» on «drug1» (last «lab1»).
4. Login for «w3_user» failed 5 times from «ip6»; a reset link was sent to «w3_em».
5. Dr «d_f» (GMC «d_lic») prescribed «drug2»; the pharmacy will text «r_ph» when it is ready.
6. Please refund the overpayment to IBAN «iban» (account holder «r_n»), invoice «inv».
7. Visitor parking for «n_g», plate «plate», VIN «vin», valid until «d4_long».
8. «w4_g» wrote at «t1»: "my «ins» membership number is «w4_hp», is ‹physiotherapy› covered?"
"""

CONTACT_BE = """Demandes de mise à jour des coordonnées — ‹Accueil administratif›, «hosp» — «d1_loc»
- «p_LF» (NISS «p_nat») : nouvelle adresse «p_addr» à partir du «d3_loc». Nouveau GSM : «p_ph2». Ancien : «p_ph».
- «w1_n» signale un changement de mutualité : «ins2», n° d'affiliation «w1_hp». Médecin généraliste : Dr «d_n» (INAMI «d_lic»).
- Personne de contact pour «w2_n» (dossier «w2_mrn») : «r_n», «r_em», «r_ph».
- «w3_g» «w3_f» demande que les factures soient envoyées à «w3_em» et domiciliées sur le compte «iban» («bank», «bic»).
Encodé par «n_n» à «t1». Base légale : «reg». ‹Vignettes de mutuelle› réimprimées.
"""

CONTACT_EN = """Change of details requests — ‹Patient Services›, «hosp» — «d1_long»
#1 «p_n» (DOB «p_dob», hospital no. «mrn») has moved to «p_addr» from «d2_short». New mobile «p_ph2»; please stop texting «p_ph».
#2 «w1_t» «w1_f» asks us to add «r_n» as next of kin, contact «r_ph», «r_em».
#3 «w2_g» has a new GP: Dr «d_n» (GMC «d_lic») at «hosp2»; NHS no. «w2_nhs».
#4 «w3_n» updated their email to «w3_em» and private cover to «ins», membership «w3_hp». Renewal due «d4_short».
Processed by «n_n» at «t1» and «t2». Repeat prescriptions («drug1») unaffected. Lawful basis: «reg».
"""

TEMPLATES: list[tuple[str, str, str, str]] = [
    ("p83_appointment_confirmations", "EN", "text", APPT_EN),
    ("p83_appointment_confirmations", "FR", "text", APPT_FR),
    ("p83_sms_reminder_log", "DE", "text", SMS_DE),
    ("p83_sms_reminder_log", "ES", "text", SMS_ES),
    ("p83_portal_signup_emails", "IT", "text", PORTAL_IT),
    ("p83_portal_signup_emails", "NL", "text", PORTAL_NL),
    ("p83_password_reset_2fa_log", "PT", "text", RESET_PT),
    ("p83_password_reset_2fa_log", "BE", "text", RESET_BE),
    ("p83_billing_payment_emails", "DE", "text", BILL_DE),
    ("p83_billing_payment_emails", "FR", "text", BILL_FR),
    ("p83_insurance_card_details", "ES", "text", INSURANCE_ES),
    ("p83_insurance_card_details", "BE", "text", INSURANCE_BE),
    ("p83_pharmacy_pickup_notices", "IT", "text", PHARMACY_IT),
    ("p83_pharmacy_pickup_notices", "PT", "text", PHARMACY_PT),
    ("p83_lab_result_notifications", "FR", "text", LAB_FR),
    ("p83_lab_result_notifications", "NL", "text", LAB_NL),
    ("p83_telehealth_invitations", "EN", "text", TELE_EN),
    ("p83_telehealth_invitations", "DE", "text", TELE_DE),
    ("p83_device_pairing_messages", "ES", "text", DEVICE_ES),
    ("p83_device_pairing_messages", "IT", "text", DEVICE_IT),
    ("p83_patient_parking_permits", "NL", "text", PARKING_NL),
    ("p83_patient_parking_permits", "FR", "text", PARKING_FR),
    ("p83_occupational_health_notes", "DE", "text", OCC_DE),
    ("p83_occupational_health_notes", "PT", "text", OCC_PT),
    ("p83_school_nurse_notes", "EN", "text", SCHOOL_EN),
    ("p83_school_nurse_notes", "ES", "text", SCHOOL_ES),
    ("p83_research_study_invitations", "IT", "text", RESEARCH_IT),
    ("p83_research_study_invitations", "BE", "text", RESEARCH_BE),
    ("p83_patient_record_json", "FR", "json", JSON_FR),
    ("p83_patient_record_json", "DE", "json", JSON_DE),
    ("p83_booking_record_json", "ES", "json", JSON_ES),
    ("p83_booking_record_json", "PT", "json", JSON_PT),
    ("p83_pii_benchmark_one_liners", "NL", "text", ONELINERS_NL),
    ("p83_pii_benchmark_one_liners", "EN", "text", ONELINERS_EN),
    ("p83_contact_update_requests", "BE", "text", CONTACT_BE),
    ("p83_contact_update_requests", "EN", "text", CONTACT_EN),
]

# templates (kind/locale) whose patient `p` is aged 90+, and those whose `w2` is
OLD_P = {"p83_appointment_confirmations/FR", "p83_pharmacy_pickup_notices/IT", "p83_pharmacy_pickup_notices/PT", "p83_telehealth_invitations/DE",
         "p83_research_study_invitations/IT", "p83_research_study_invitations/BE"}  # fmt: skip
OLD_W2 = {"p83_research_study_invitations/IT", "p83_research_study_invitations/BE", "p83_pii_benchmark_one_liners/EN"}  # fmt: skip
CHILD = {"p83_school_nurse_notes/EN", "p83_school_nurse_notes/ES"}


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, loc: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe83:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, f"{kind}/{loc}")
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    """Each kind twice, once in each of its two languages (index 0 and 1)."""
    seen: dict[str, int] = {}
    docs = []
    for kind, loc, fmt, template in TEMPLATES:
        index = seen.get(kind, 0)
        seen[kind] = index + 1
        docs.append(make_doc(seed, index, kind, loc, fmt, template))
    return docs
