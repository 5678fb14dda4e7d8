# ruff: noqa: E501  (hand-aligned templates)
"""Thirty-ninth independent probe corpus: a held-out set built the way public PII-masking benchmarks are built
(ai4privacy-style "pii-masking" sets, synthetic PII benchmarks), applied to health care, in six languages --
English (UK and US), German, French, Italian, Spanish and Dutch.

Per seed 72 short-to-medium documents in 18 kinds, four of each (the kind's two language variants, each
rendered twice for different countries or people): many short texts with entities densely packed -- e-mails,
chat turns, SMS, form-like snippets, JSON fragments (sent through mask_bytes) and CSV lines. Kinds: appointment
booking, billing e-mail, online-pharmacy order (JSON), health-insurance claim form, lab-result notification,
telehealth session record (JSON), clinic HR record, patient-support chat (lower-case, typed fast), prescription
refill SMS exchange, vaccination certificate, travel-insurance claim, hospital IT helpdesk ticket, research
consent form, dental recall, physiotherapy CSV export, optician order, care-home admission, hospital parking
permit / patient transport booking. Templates are written natively in their language, not translated.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People `p` (the patient or subject), `q` and `r` (relatives, a second
patient, an employee's emergency contact); staff are roles, never names. Person forms: `_n` "Given Family",
`_g`, `_m` middle, `_f`, `_F` FAMILY, `_FG` "FAMILY Given", `_fcg` "Family, Given", `_n3` "Given Middle Family", `_lc`
"given family" in lower case, `_glc` given in lower case, `_ini` "G. Family"; `_dob_n` numeric, `_dob_l` long,
`_dob_i` ISO; `_ph` mobile, `_ph2` landline, `_phi` international; `_em`, `_user`, `_url`; `_st` street line,
`_town`, `_zip`, `_county`, `_addr` the whole address as the country writes it; `_nid` / `_nid2` national
identifiers, `_plan`, `_mrn`, `_iban`, `_card`, `_plate`, `_vin`, `_lic`. Dates `d1`-`d4` (`_n`, `_l`, `_i`).

Labelling policy (decided before any measurement):
- NAME: every first, middle and last name of a patient, relative or employee as written -- full, reversed,
  in capitals, in lower case in chat, initial + family ("A. Brückner": the initial is part of the value), given
  alone, family alone; particles belong to the name. Titles (Herr, Mme, Sig.ra, Sra., mevrouw, Mrs) are plain
  text. Given names that are ordinary words (Ernst, Olive, Sol, Clover, Roos) are names.
- USERNAMES and handles are ID (not NAME), also when they contain the name.
- ADDRESS: the street line with its number (and flat/floor), the town, the second-level division (Landkreis,
  département, provincia, gemeente, US county, UK county); ZIP: the postcode (German PLZ, French code postal,
  CAP, código postal, Dutch "1234 AB", UK and US postcodes). First-level divisions (Bundesland, région, regione,
  comunidad autónoma, Dutch provincie, England/Wales/Scotland, US state) are keep values; written inside an
  address line as plain text (US state abbreviations).
- DATE: every date more specific than a year (birth, visit, issue, travel, vaccination dates, in numeric, long
  and ISO forms). AGE: 90 and over; ages under 90 are keep values.
- PHONE (mobile, landline, international), EMAIL, URL (a person's own page or profile), IP (v4 and v6).
- ID: national identifiers (Steuer-ID, Personalausweis, NIR, codice fiscale, DNI/NIE, NUSS, BSN, NHS number,
  National Insurance number, SSN, passport), usernames, and numbers tied to one person: order, booking,
  claim, ticket, certificate, employee and participant numbers. HEALTH_PLAN: health-insurance numbers (KVNR,
  mutuelle, tessera sanitaria, tarjeta sanitaria, polisnummer, insurer member and policy numbers). MRN: patient
  and case numbers of a practice or hospital. ACCOUNT: IBAN, US bank account and payment-card numbers.
  VEHICLE: plates and VINs. LICENSE: driving licences and professional registration numbers of the person.
  DEVICE: MAC addresses and device serial numbers. CREDENTIAL: passwords, API keys, one-time codes.
- Keep: clinic, pharmacy and company names, job titles, drug names and doses, lab values, amounts and currencies,
  times of day, weekdays, years alone, ages under 90, gender words, eye colour, height, countries, first-level
  divisions, insurer names, product names and ordinary words.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe39 import ids
from tests.engine.probe39.ids import fill
from tests.engine.probe39.people import LANG, STATE_ABBR, K, P, Person, Slot, date_forms, draw_person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# ---- keep vocabulary per language ------------------------------------------------------------------------
KEEP = {
    "de": dict(
        clinic=["Praxisklinik am Stadtpark", "MVZ Gesundheitszentrum Nord", "Kreisklinik St. Anna", "Rehazentrum Sonnenhang"],
        job=["Medizinische Fachangestellte", "Gesundheits- und Krankenpfleger", "Physiotherapeutin", "Verwaltungsangestellter"],
        drug=["Ibuprofen 600 mg", "Pantoprazol 20 mg", "L-Thyroxin 75 µg", "Candesartan 8 mg", "Metamizol 500 mg"],
        amt=["89,40 €", "124,00 EUR", "37,50 €", "212,80 €"], country=["Deutschland", "Österreich"],
        insurer=["Techniker Krankenkasse", "AOK Bayern", "BARMER", "DAK-Gesundheit"], age="{n} Jahre",
        eye=["blau", "graugrün", "braun"], sex=["weiblich", "männlich"], wd=["Montag", "Mittwoch", "Freitag"],
    ),
    "fr": dict(
        clinic=["Clinique des Cèdres", "Centre médical Pasteur", "Pharmacie du Marché", "Cabinet de kinésithérapie Les Iris"],
        job=["infirmière coordinatrice", "aide-soignant", "secrétaire médicale", "manipulateur radio"],
        drug=["Doliprane 1000 mg", "Levothyrox 50 µg", "Spasfon 80 mg", "Amoxicilline 500 mg", "Ventoline 100 µg"],
        amt=["48,60 €", "125,00 €", "23,10 €", "310,00 €"], country=["France", "Belgique"],
        insurer=["MGEN", "Harmonie Mutuelle", "CPAM", "AXA Santé"], age="{n} ans",
        eye=["bleus", "marron", "verts"], sex=["féminin", "masculin"], wd=["lundi", "jeudi", "samedi"],
    ),
    "it": dict(
        clinic=["Poliambulatorio San Luca", "Farmacia Centrale", "Casa di Cura Villa Serena", "Centro Fisioterapico Aurora"],
        job=["infermiera professionale", "operatore socio-sanitario", "tecnico di laboratorio", "impiegata amministrativa"],
        drug=["Tachipirina 1000 mg", "Eutirox 50 mcg", "Brufen 600 mg", "Lansoprazolo 30 mg", "Augmentin 875 mg"],
        amt=["36,15 €", "120,00 EUR", "58,90 €", "245,00 €"], country=["Italia", "Svizzera"],
        insurer=["UniSalute", "Generali", "RBM Salute", "Poste Assicura"], age="{n} anni",
        eye=["castani", "azzurri", "verdi"], sex=["femmina", "maschio"], wd=["lunedì", "mercoledì", "venerdì"],
    ),
    "es": dict(
        clinic=["Clínica Dental Sonrisa", "Centro de Salud La Alameda", "Farmacia Ldo. Ortega", "Hospital Comarcal del Bierzo"],
        job=["auxiliar de enfermería", "técnica de laboratorio", "celador", "fisioterapeuta"],
        drug=["Paracetamol 1 g", "Enantyum 25 mg", "Omeprazol 20 mg", "Adiro 100 mg", "Nolotil 575 mg"],
        amt=["42,30 €", "150,00 €", "18,75 €", "1.240,00 €"], country=["España", "Portugal"],
        insurer=["Sanitas", "Adeslas", "Mapfre Salud", "DKV"], age="{n} años",
        eye=["marrones", "azules", "verdes"], sex=["mujer", "hombre"], wd=["lunes", "miércoles", "viernes"],
    ),
    "nl": dict(
        clinic=["Huisartsenpraktijk De Linde", "Apotheek Het Anker", "Fysiotherapie Molenzicht", "Zorgcentrum De Hoge Weide"],
        job=["doktersassistente", "verpleegkundige", "praktijkondersteuner", "teamleider zorg"],
        drug=["Paracetamol 500 mg", "Omeprazol 40 mg", "Metoprolol 50 mg", "Salbutamol 100 µg", "Amoxicilline 750 mg"],
        amt=["€ 54,20", "€ 385,00", "€ 12,95", "€ 1.150,00"], country=["Nederland", "België"],
        insurer=["Zilveren Kruis", "CZ", "Menzis", "VGZ"], age="{n} jaar",
        eye=["blauw", "bruin", "grijs"], sex=["vrouw", "man"], wd=["maandag", "woensdag", "vrijdag"],
    ),
    "en": dict(
        clinic=["Riverside Medical Practice", "Oakwood Dental Care", "Northgate Pharmacy", "St Aldhelm's Community Hospital"],
        job=["practice nurse", "healthcare assistant", "medical receptionist", "registered dietitian"],
        drug=["Amoxicillin 500 mg", "Sertraline 50 mg", "Atorvastatin 20 mg", "Lisinopril 10 mg", "Omeprazole 20 mg"],
        amt=["£48.60", "$125.00", "£212.40", "$1,840.00"], country=["United Kingdom", "United States"],
        insurer=["Bupa", "Aetna", "Blue Cross Blue Shield", "AXA Health"], age="{n} years old",
        eye=["blue", "hazel", "brown"], sex=["female", "male"], wd=["Monday", "Wednesday", "Friday"],
    ),
}  # fmt: skip
HEIGHT = {"en": "{cm} cm", "de": "1,{d} m", "fr": "1,{d} m", "it": "1,{d} m", "es": "1,{d} m", "nl": "1,{d} m"}
COUNTRY_NAME = {"gb": "United Kingdom", "us": "United States"}
TITLE = {"de": ("Frau", "Herr"), "fr": ("Mme", "M."), "it": ("Sig.ra", "Sig."), "es": ("Sra.", "Sr."),
         "nl": ("mevrouw", "de heer"), "en": ("Mrs", "Mr")}  # fmt: skip
HOMES = {"es": ["Residencia Los Almendros", "Residencia San Lázaro"], "nl": ["Woonzorgcentrum De Hoge Weide", "Verpleeghuis Avondrood"]}
NID_LABEL = {"gb": "NHS number", "us": "SSN"}
PASSWORDS = ["Sommer2024!", "Praxis#2023", "Tulpen!88", "Girasole_77", "Primavera*21", "Hydrangea!42", "Kaffee&Kuchen9",
             "Zonnebloem#5", "Mistral_2022", "Clover!Leaf7"]  # fmt: skip


def person_slots(x: str, w: Person) -> dict[str, Slot]:
    lang = LANG[w.cc]
    n = P("NAME", f"{w.given} {w.family}")
    addr: Slot
    if w.cc == "gb":
        addr = (P("ADDRESS", w.street), ", ", P("ADDRESS", w.town), " ", P("ZIP", w.zip))
    elif w.cc == "us":
        addr = (P("ADDRESS", w.street), ", ", P("ADDRESS", w.town), ", ", STATE_ABBR[w.region], " ", P("ZIP", w.zip))
    else:
        addr = (P("ADDRESS", w.street), ", ", P("ZIP", w.zip), " ", P("ADDRESS", w.town))
    s: dict[str, Slot] = {
        f"{x}_n": n, f"{x}_g": P("NAME", w.given), f"{x}_f": P("NAME", w.family), f"{x}_F": P("NAME", w.family.upper()),
        f"{x}_FG": P("NAME", f"{w.family.upper()} {w.given}"), f"{x}_fcg": P("NAME", f"{w.family}, {w.given}"),
        f"{x}_n3": P("NAME", f"{w.given} {w.middle} {w.family}"), f"{x}_lc": P("NAME", f"{w.given} {w.family}".lower()),
        f"{x}_glc": P("NAME", w.given.lower()), f"{x}_m": P("NAME", w.middle), f"{x}_nid_label": NID_LABEL.get(w.cc, "ID"), f"{x}_ini": P("NAME", f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.mobile), f"{x}_ph2": P("PHONE", w.landline), f"{x}_phi": P("PHONE", w.intl),
        f"{x}_em": P("EMAIL", w.email), f"{x}_user": P("ID", w.user), f"{x}_url": P("URL", w.url),
        f"{x}_st": P("ADDRESS", w.street), f"{x}_town": P("ADDRESS", w.town), f"{x}_zip": P("ZIP", w.zip),
        f"{x}_county": P("ADDRESS", w.county), f"{x}_addr": addr, f"{x}_region": K(w.region),
        f"{x}_nid": P("ID", w.nid), f"{x}_nid2": P("ID", w.nid2), f"{x}_plan": P("HEALTH_PLAN", w.plan),
        f"{x}_mrn": P("MRN", w.mrn), f"{x}_iban": P("ACCOUNT", w.iban), f"{x}_card": P("ACCOUNT", w.card),
        f"{x}_plate": P("VEHICLE", w.plate), f"{x}_vin": P("VEHICLE", w.vin), f"{x}_lic": P("LICENSE", w.licence),
        f"{x}_title": TITLE[lang][0 if w.female else 1], f"{x}_sex": K(KEEP[lang]["sex"][0 if w.female else 1]),
    }  # fmt: skip
    for k, v in date_forms(w.dob, w.cc).items():
        s[f"{x}_dob_{k}"] = P("DATE", v)
    return s


def base_slots(rng: random.Random, cc: str, kind: str) -> dict[str, Slot]:
    lang = LANG[cc]
    kw = KEEP[lang]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    s: dict[str, Slot] = {}
    people: dict[str, Person] = {}
    for x in ("p", "q", "r"):
        age = (90, 101) if (kind, x) == ("p39_care_home_admission", "p") else (19, 84)
        people[x] = draw_person(rng, cc, used, d1, age=age)
        s.update(person_slots(x, people[x]))
    days = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(3, 60)), "d3": d1 - timedelta(days=rng.randint(5, 90)),
            "d4": d1 - timedelta(days=rng.randint(91, 400))}  # fmt: skip
    for key, d in days.items():
        s.update({f"{key}_{k}": P("DATE", v) for k, v in date_forms(d, cc).items()})
    old = (d1 - people["p"].dob).days * 100 // 36525
    s["old"] = P("AGE", str(old))
    s["ip4"] = P("IP", f"{rng.choice([84, 91, 145, 176, 188, 212, 79])}.{rng.randint(2, 254)}.{rng.randint(2, 254)}.{rng.randint(2, 254)}")
    s["ip6"] = P("IP", f"2a02:{rng.randrange(16**4):x}:{rng.randrange(16**4):x}:{rng.randrange(16**4):x}::{rng.randrange(16**3):x}")
    s["mac"], s["serial"] = P("DEVICE", ids.mac(rng)), P("DEVICE", ids.serial(rng))
    s["pw"] = P("CREDENTIAL", rng.choice(PASSWORDS))
    s["apikey"] = P("CREDENTIAL", "key-" + "".join(rng.choice("abcdef0123456789") for _ in range(32)))
    s["otp"] = P("CREDENTIAL", fill(rng, "######"))
    s["ref1"] = P("ID", fill(rng, rng.choice(["%#######", "@@-%######", "%###-####-##"])))
    s["ref2"] = P("ID", fill(rng, rng.choice(["@%#####", "%########", "@@@-%####"])))
    s["ref3"] = P("ID", fill(rng, rng.choice(["#######@", "%#-%####", "@@%#####@"])))
    s["passport"] = P("ID", fill(rng, {"de": "C@@%#####", "fr": "##@@#####", "it": "Y@#######", "es": "@@@######",
                                       "nl": "@@@%####%", "gb": "%########", "us": "%########"}[cc]))  # fmt: skip
    # keep values
    clinics = rng.sample(kw["clinic"], 2)
    s["k_clinic"], s["k_clinic2"] = K(clinics[0]), K(clinics[1])
    s["k_job"], s["k_job2"] = (K(v) for v in rng.sample(kw["job"], 2))
    s["k_drug"], s["k_drug2"] = (K(v) for v in rng.sample(kw["drug"], 2))
    s["k_amt"], s["k_amt2"] = (K(v) for v in rng.sample(kw["amt"], 2))
    s["k_insurer"], s["k_eye"], s["k_wd"] = K(rng.choice(kw["insurer"])), K(rng.choice(kw["eye"])), K(rng.choice(kw["wd"]))
    s["k_country"] = K(COUNTRY_NAME.get(cc, kw["country"][0]))
    s["k_abroad"] = K(rng.choice(["Portugal", "Croatia", "Greece", "Thailand", "Morocco"]) if lang == "en" else kw["country"][1])
    s["k_year"] = K(str(rng.randint(2015, 2021)))
    s["k_age"] = K(kw["age"].format(n=min(old, 89) if old < 90 else rng.randint(30, 79)))
    s["k_age2"] = K(kw["age"].format(n=(d1 - people["q"].dob).days * 100 // 36525))
    cm = rng.randint(156, 192)
    s["k_height"] = K(HEIGHT[lang].format(cm=cm, d=cm - 100))
    t1 = rng.randint(7 * 12, 17 * 12) * 5
    s["k_t1"], s["k_t2"] = K(f"{t1 // 60:02d}:{t1 % 60:02d}"), K(f"{(t1 + 95) // 60:02d}:{(t1 + 95) % 60:02d}")
    s["k_state"] = K(people["p"].region)
    s["k_home"] = K(rng.choice(HOMES.get(lang, kw["clinic"])))
    return s


# ---- templates -------------------------------------------------------------------------------------------
BOOKING_EN = """Subject: Appointment confirmed - «k_clinic», «d2_l»

Hi «p_g», thanks for booking online with «k_clinic». Your appointment with our «k_job» is on «k_wd» «d2_n» at «k_t1».
Booking reference: «ref1». Patient: «p_n», born «p_dob_n», «p_nid_label» «p_nid».
We have your address as «p_addr» and your mobile as «p_ph». If «q_n» (your emergency contact, «q_ph») is bringing you, please arrive by «k_t2».
Reply STOP to «p_em» alerts at any time.
"""

BOOKING_DE = """Terminbestätigung – «k_clinic»
Guten Tag «p_title» «p_f», hiermit bestätigen wir Ihren Termin am «d2_l» um «k_t1» Uhr.
Name: «p_n3» | Geburtsdatum: «p_dob_n» | Versichertennummer: «p_plan» («k_insurer»)
Anschrift: «p_addr», «p_county»
Fachrichtung: ‹Allgemeinmedizin›, Alter laut Karte: «k_age»
Rückfragen unter «p_ph2» oder per Mail an «p_em». Buchungsnummer: «ref1»
Ihre Begleitperson «q_n» (Tel. «q_ph») ist vermerkt. Bitte bringen Sie Ihren Medikationsplan («k_drug») mit.
"""

BILLING_IT = """Oggetto: Fattura n. «ref1» – doppio addebito
Buongiorno, sono «p_n», codice fiscale «p_nid», nata/o il «p_dob_l».
Lavoro come «k_job2» e sono vostra cliente dal «k_year». Il «d3_n» («k_wd», ore «k_t1») mi avete addebitato due volte «k_amt» sulla carta «p_card» per la visita al «k_clinic».
Vi chiedo il rimborso sul conto IBAN «p_iban», intestato a mio marito/moglie «q_n».
Recapiti: «p_st», «p_zip» «p_town» («p_county»), cell. «p_ph», e-mail «p_em».
Grazie, «p_g»
"""

BILLING_NL = """Van: «p_em»
Onderwerp: factuur «ref1» klopt niet

Beste meneer/mevrouw,
Ik ben al klant sinds «k_year». Op «d3_n» om «k_t1» ben ik bij «k_clinic» geweest, maar op factuur «ref1» staat «k_amt» in plaats van «k_amt2».
Mijn gegevens: «p_n», geboren «p_dob_l», BSN «p_nid», polisnummer «p_plan» bij «k_insurer».
Graag het verschil terugstorten op «p_iban» t.n.v. «p_ini». Mijn adres is «p_addr».
Bel gerust: «p_ph». Met vriendelijke groet, «p_g»
"""

PHARMACY_FR = """{"commande":"«ref1»","pharmacie":"«k_clinic»","date":"«d1_i»","client":{"nom":"«p_F»","prenom":"«p_g»","naissance":"«p_dob_n»","nir":"«p_nid»","mutuelle":"«k_insurer»","adherent":"«p_plan»","tel":"«p_ph»","email":"«p_em»"},"livraison":{"adresse":"«p_st»","cp":"«p_zip»","ville":"«p_town»","instructions":"digicode 4B, sonner chez «q_n»"},"lignes":[{"produit":"«k_drug»","qte":2},{"produit":"«k_drug2»","qte":1}],"total":"«k_amt»","paiement":{"carte":"«p_card»","ip_client":"«ip4»"}}"""

PHARMACY_ES = """{"pedido":"«ref1»","farmacia":"«k_clinic»","fecha":"«d1_n»","paciente":{"nombre":"«p_n»","dni":"«p_nid»","tarjeta_sanitaria":"«p_plan»","nacimiento":"«p_dob_i»","movil":"«p_ph»","correo":"«p_em»"},"envio":{"direccion":"«p_st»","cp":"«p_zip»","localidad":"«p_town»","provincia":"«p_county»","comunidad":"«k_state»"},"receta":{"medicamento":"«k_drug»","posologia":"1 cada 8 horas"},"recoge":"«q_n» («q_nid»)","importe":"«k_amt»","hora":"«k_t1»","pais":"«k_country»","usuario_web":"«p_user»"}"""

CLAIM_DE = """Erstattungsantrag Zusatzversicherung – «k_insurer»
Versicherungsnehmer/in: «p_FG»  Geb.-Datum: «p_dob_n»  Versicherungsnummer: «p_plan»
Anschrift: «p_st», «p_zip» «p_town»  Telefon: «p_ph2»  E-Mail: «p_em»
Behandelte Person: «q_n», geb. «q_dob_l» (mitversichert, Kind)
Behandlung am «d3_n» in der «k_clinic»: Rechnungsbetrag «k_amt», Schadennummer «ref2».
Diagnose: ‹Sprunggelenksdistorsion›, verordnet: «k_drug». Bundesland: «k_state».
Erstattung bitte auf IBAN «p_iban» (Kontoinhaber «p_n»). Steuer-ID: «p_nid».
"""

CLAIM_EN = """HEALTH INSURANCE CLAIM FORM – «k_insurer»
Member name: «p_fcg»    Member ID: «p_plan»    DOB: «p_dob_n»
«p_nid_label»: «p_nid»    Address: «p_addr»
Phone: «p_ph»    Email: «p_em»
Patient (if dependant): «q_n3», date of birth «q_dob_n», relationship: spouse
State/Country: «k_state»    Treatment: «k_drug» at «k_t1»
Date of service: «d3_n»    Provider: «k_clinic»    Amount billed: «k_amt»
Claim no. «ref2». Reimburse to account «p_iban». Signed «p_ini», «d1_n».
"""

LAB_ES = """Hola «p_g», ya tiene disponibles sus resultados de la analítica del «d3_l» en «k_clinic».
Paciente: «p_fcg» · DNI «p_nid» · NHC «p_mrn» · fecha de nacimiento «p_dob_n».
Edad: «k_age» · sexo: «p_sex».
Resumen: hemoglobina 13,1 g/dl, glucosa 98 mg/dl, colesterol total 212 mg/dl. Siga tomando «k_drug».
Puede consultarlos en la app con su usuario «p_user» o llamar al «p_ph2». Si prefiere que se los enviemos a «p_addr», responda a este correo («p_em»).
Muestra recogida por «k_job2» a las «k_t1».
"""

LAB_IT = """Gentile «p_title» «p_f»,
il referto degli esami del «d3_n» (richiesta n. «ref2») è pronto presso «k_clinic».
Paziente: «p_n» – C.F. «p_nid» – tessera sanitaria «p_plan» – nato/a a «p_town» il «p_dob_n».
Età: «k_age» – Regione «k_state» – prelievo di «k_wd».
Valori fuori range: TSH 5,8 mUI/L, ferritina 12 ng/ml. Il medico consiglia di proseguire con «k_drug».
Ritiro allo sportello dalle «k_t1» oppure download con il codice «otp». Per la delega a «q_n» serve copia del documento «q_nid2».
"""

TELE_NL = """{"sessie":"«ref1»","platform":"BeeldbellenZorg","start":"«d1_i» «k_t1»","arts":"«k_job»","praktijk":"«k_clinic»","patient":{"naam":"«p_n»","geboortedatum":"«p_dob_n»","bsn":"«p_nid»","patientnummer":"«p_mrn»","leeftijd":"«k_age»","provincie":"«k_state»","telefoon":"«p_phi»","email":"«p_em»"},"verbinding":{"ip":"«ip4»","ipv6":"«ip6»","apparaat":"«mac»"},"notitie":"Patiënt woont «p_st», «p_town»; dochter «q_n» zat erbij. Advies: «k_drug2». Volgende afspraak «d2_n»."}"""

TELE_EN = """{"session_id":"«ref1»","provider":"«k_clinic»","started":"«d1_i» «k_t1»","clinician_role":"«k_job»","patient":{"name":"«p_n»","dob":"«p_dob_i»","mrn":"«p_mrn»","member_id":"«p_plan»","phone":"«p_ph»","email":"«p_em»","location":"«p_town», «k_state»"},"client":{"ip":"«ip4»","device_serial":"«serial»","mac":"«mac»"},"chat":[{"from":"patient","text":"my wife «q_g» is here too, her number is «q_ph»"},{"from":"clinician","text":"Thanks. Continue «k_drug» and follow up on «d2_n»."}]}"""

HR_FR = """DOSSIER DU PERSONNEL – «k_clinic»
Nom : «p_F»   Prénom(s) : «p_g», «p_m»   Né(e) le «p_dob_l» à «q_town»
Poste : «k_job» – entrée le «d4_n»   Sexe : «p_sex»   Taille : «k_height»
Salaire brut mensuel : «k_amt»   Région : «k_state»
N° de sécurité sociale : «p_nid»
Adresse : «p_addr» («p_county»)   Portable : «p_ph»   Mail perso : «p_em»
RIB : «p_iban»   Identifiant intranet : «p_user»   Profil : «p_url»
Personne à prévenir : «q_n», «q_ph»
Visite médicale du travail : apte, «d3_n».
"""

HR_DE = """Personalstammblatt – «k_clinic»
Name, Vorname: «p_fcg»   Geburtsdatum: «p_dob_n»   Geschlecht: «p_sex»
Tätigkeit: «k_job» seit «d4_l», Personalnummer «ref3»
Steuer-ID: «p_nid»   Krankenkasse: «k_insurer», KVNR «p_plan»
Anschrift: «p_st», «p_zip» «p_town»   Mobil: «p_ph»   privat: «p_em»
Profil (Bewerbung): «p_url»
Bankverbindung: «p_iban»   Führerschein-Nr. (Dienstwagen): «p_lic», Kennzeichen «p_plate»
Bruttogehalt: «k_amt»   Bundesland: «k_state»
Notfallkontakt: «q_n» («q_ph2»)
"""

CHAT_EN = """user: hi i need help with my account, can't log in to the patient portal
agent: Sorry about that! Can you confirm your full name and date of birth?
user: «p_lc», «p_dob_n»
agent: Thanks «p_g». And the email on file?
user: «p_em» but i also tried «q_em» which is my husband/wife «q_glc»'s
agent: I see the account under «p_user». For security, what's your zip code?
user: «p_zip». i live at «p_st» in «p_town»
agent: Got it. I'll send a reset code to «p_ph». Is your member ID still «p_plan» with «k_insurer»?
agent: Also, your next visit at «k_clinic» is «k_wd» at «k_t1».
user: yes. i'm «k_age» btw. also my refill for «k_drug» is due «d2_n», can u check
"""

CHAT_ES = """usuario: hola buenas, me llamo «p_lc» y no me llega la cita del «k_clinic»
agente: Hola, ¿me dice su DNI y fecha de nacimiento?
usuario: «p_nid», nací el «p_dob_l»
agente: Gracias. Tengo su cita el «d2_n» a las «k_t1». ¿Sigue viviendo en «p_st», «p_town»?
usuario: no, ahora estoy con mi hija «q_glc» en «q_addr»
agente: Actualizo la dirección. ¿Su teléfono sigue siendo el «p_ph»?
usuario: si, o el de mi hija «q_ph». si no me escribe por «p_url» mi correo es «p_em»
usuario: tengo «k_age» y tomo «k_drug», me atiende la «k_job» los «k_wd»
agente: Perfecto, queda anotado. Recuerde traer la tarjeta sanitaria «p_plan».
"""

REFILL_IT = """[SMS da «p_ph»] Buongiorno, sono «p_n», vorrei rinnovare la ricetta di «k_drug». Il mio CF è «p_nid». Grazie
[«k_clinic»] Buongiorno «p_g», la ricetta dematerializzata è pronta: NRE «ref1». Può ritirare il farmaco da «k_wd» dopo le «k_t1».
[SMS da «p_ph»] Passa mia figlia «q_n», il suo numero è «q_ph». Io sono nata il «p_dob_n», se serve
[«k_clinic»] Perfetto. Per la consegna a domicilio in «p_st» a «p_town» il costo è «k_amt». Codice di ritiro: «otp»
"""

REFILL_NL = """Herhaalrecept aanvraag via de app – «k_clinic»
Patiënt: «p_n» (geb. «p_dob_n»), patiëntnummer «p_mrn»
Middel: «k_drug», 90 stuks, eigen bijdrage «k_amt», aangevraagd op «k_wd». Ophalen bij apotheek in «p_town» of bezorgen op «p_addr».
Bericht van patiënt: "Hoi, mijn buurvrouw «q_n» haalt het op, haar nummer is «q_ph». Mijn nieuwe mail is «p_em»."
Reactie assistente («k_job»): "Prima, klaar op «d2_n» na «k_t1». Legitimatie van «q_g» meenemen a.u.b."
"""

VACC_DE = """Impfbescheinigung / Vaccination certificate
Name: «p_F», «p_g»   Geburtsdatum: «p_dob_n»   Ausweis-Nr.: «p_nid2»
Anschrift: «p_st», «p_zip» «p_town»
Impfstoff: Comirnaty Omicron XBB.1.5 (Charge ‹HH9175›) – Dosis 4 – geimpft am «d3_n»
Impfstoff: FSME-Immun Erwachsene – geimpft am «d1_l»
Zertifikat-ID: «ref3»   Ausstellende Stelle: «k_clinic», Impfteam «k_job»
Bundesland: «k_state»   Land: «k_country»
"""

VACC_FR = """CERTIFICAT DE VACCINATION – «k_clinic»
Nom, prénom : «p_FG»   Date de naissance : «p_dob_n»   NIR : «p_nid»
Vaccin : Vaxigrip Tetra – injecté le «d3_n» à «k_t1» par l'«k_job»
Vaccin : Boostrixtetra (rappel dTcaP) – injecté le «d1_l»
Identifiant unique du certificat : «ref3»
Domicile : «p_addr»   Téléphone : «p_ph»
Sexe : «p_sex»   Pays : «k_country»
Parent ou représentant : «q_n»   Région : «k_state»
"""

TRAVEL_EN = """TRAVEL INSURANCE CLAIM – Policy «p_plan»
Policyholder: «p_n3»   DOB: «p_dob_l»   Passport: «passport»
Home address: «p_addr»   Mobile (abroad): «p_phi»   Email: «p_em»
Incident: fell while hiking in «k_abroad» on «d3_n»; treated at local hospital, X-ray, «k_drug2». Cost «k_amt».
Occupation: «k_job». Country of residence: «k_country». Time of incident: «k_t1».
Travelling companion: «q_n», DOB «q_dob_n».
Rental car involved: registration «p_plate», VIN «p_vin». Driver licence no. «p_lic».
Photos of the injury: «p_url». Pay claim to card «p_card». Claim ref «ref2».
"""

TRAVEL_ES = """Solicitud de reembolso – seguro de viaje «k_insurer»
Asegurado: «p_fcg», DNI «p_nid», nacido el «p_dob_n»
Domicilio: «p_st», «p_zip» «p_town» («p_county»)
El «d3_l», durante el viaje a «k_abroad», sufrí una gastroenteritis y me atendieron en urgencias. Factura: «k_amt».
Profesión: «k_job». Hora aproximada: «k_t1». Comunidad autónoma: «k_state».
Me acompañaba mi pareja «q_n» (pasaporte «passport»). Teléfono de contacto: «p_phi».
Cuenta para el abono: «p_iban». Número de expediente: «ref2». Correo: «p_em»
"""

HELP_NL = """Ticket «ref1» – ICT Servicedesk «k_clinic»
Melder: «p_n» («k_job»), gebruikersnaam «p_user», tel. «p_ph»
Omschrijving: kan sinds «d1_n» niet meer inloggen op het EPD. Wachtwoord was «pw», is volgens mij verlopen.
Werkplek: laptop serienummer «serial», MAC «mac», laatst gezien op «ip4».
Let op: in de bijlage staat een schermafdruk met patiëntgegevens van «q_n» (geb. «q_dob_n», BSN «q_nid»). Graag verwijderen.
Versie: ‹HiX 6.3›, afdeling ‹Cardiologie›, melding op «k_wd».
Status: opgepakt om «k_t1».
"""

HELP_DE = """IT-Servicedesk – Störungsmeldung «ref1»
Von: «p_n» <«p_em»>, Station 4B, Durchwahl «p_ph2»
Hallo zusammen, mein KIS-Konto «p_user» ist gesperrt. Ich hab testweise das alte Passwort «pw» eingegeben, danach war Schluss.
Das Tablet am Stationsstützpunkt (Seriennr. «serial», MAC «mac») hängt außerdem bei IP «ip4».
In der Warteschlange ist noch die Entlassung von «q_fcg» (Fall-Nr. «q_mrn», geb. «q_dob_n») – bitte dringend!
API-Schlüssel der Schnittstelle laut Kollegin: «apikey»
Betrifft ‹ORBIS 08.04› auf Station ‹Kardiologie› der «k_clinic», seit «k_wd» «k_t1».
Gruß, «p_g» («k_job»)
"""

CONSENT_IT = """MODULO DI CONSENSO INFORMATO – Studio «ref3» («k_clinic»)
Il/La sottoscritto/a «p_n3», nato/a il «p_dob_l», codice fiscale «p_nid»,
residente in «p_st», «p_zip» «p_town» («p_county»), tel. «p_ph», e-mail «p_em»,
dichiara di aver letto il foglio informativo e acconsente al trattamento dei dati. Codice partecipante: «ref2».
Testimone: «q_n», documento «q_nid2». Data: «d1_n».
Età: «k_age» – professione: «k_job2» – Regione «k_state» – ore «k_t1».
Per revocare il consenso scrivere al «k_job» dello studio.
"""

CONSENT_FR = """FORMULAIRE DE CONSENTEMENT – Étude «ref3», «k_clinic»
Je soussigné(e) «p_title» «p_n», né(e) le «p_dob_n» à «q_town», demeurant «p_addr»,
accepte de participer à l'étude et que mes échantillons soient conservés jusqu'en ‹2040›.
Âge : «k_age»   Profession : «k_job»   Région : «k_state»   Heure : «k_t1»
N° participant : «ref2»   NIR : «p_nid»   Courriel : «p_em»   Tél. : «p_ph»
Fait à «p_town», le «d1_l».   Signature : «p_ini»
Personne de confiance : «q_n» («q_ph»)
"""

DENTAL_ES = """Estimado/a «p_title» «p_f»:
Le recordamos que le toca su revisión semestral en «k_clinic». Le hemos reservado el «d2_l» a las «k_t1».
Datos del paciente: «p_n» · historia n.º «p_mrn» · DNI «p_nid» · «p_dob_n»
Si no puede venir, llámenos al «p_ph2» o conteste al «p_em». También puede cambiar la cita para su hijo «q_n» (historia «q_mrn»).
Edad: «k_age». Tratamiento actual: «k_drug». Horario de tarde los «k_wd».
Presupuesto pendiente del implante: «k_amt». Tarjeta registrada: «p_card».
"""

DENTAL_EN = """Dear «p_title» «p_f»,
It's time for your check-up and hygiene appointment at «k_clinic». We've pencilled you in for «k_wd» «d2_l» at «k_t1».
Patient: «p_n» · Patient no. «p_mrn» · DOB «p_dob_n» · «p_nid_label» «p_nid»
Address on file: «p_addr». Mobile: «p_ph».
Your son/daughter «q_n» (DOB «q_dob_n») is also due. Age on file: «k_age». Current medication: «k_drug». Outstanding balance «k_amt». Reply to «p_em» or text back to confirm.
"""

PHYSIO_DE = """# Export Physiotherapie «k_clinic» – Rezepte offen, Stand «d1_n»
patient_id;name;geburtsdatum;telefon;strasse;plz;ort;kasse;versichertennr;verordnung;termin
«p_mrn»;«p_fcg»;«p_dob_n»;«p_ph»;«p_st»;«p_zip»;«p_town»;«k_insurer»;«p_plan»;KG 6x;«d2_n» «k_t1»
«q_mrn»;«q_fcg»;«q_dob_n»;«q_ph»;«q_st»;«q_zip»;«q_town»;Privat;«q_plan»;MT 10x;«d2_n» «k_t2»
# Therapeut/in: «k_job», Bundesland «k_state»
# Bemerkung: Herr/Frau «r_f» hat abgesagt, Rückruf unter «r_ph»
"""

PHYSIO_NL = """# export fysiotherapie «k_clinic» – wachtlijst, «d1_n»
clientnr,naam,geboortedatum,bsn,mobiel,email,adres,postcode,woonplaats,verzekeraar,polisnr
«p_mrn»,«p_n»,«p_dob_n»,«p_nid»,«p_ph»,«p_em»,«p_st»,«p_zip»,«p_town»,«k_insurer»,«p_plan»
«q_mrn»,«q_n»,«q_dob_n»,«q_nid»,«q_ph»,«q_em»,«q_st»,«q_zip»,«q_town»,«k_insurer»,«q_plan»
# provincie «k_state»; opmerking «k_job»: «r_n» belt terug op «k_wd»
"""

OPTIC_FR = """BON DE COMMANDE – «k_clinic» (opticien)
Client : «p_title» «p_FG»   né(e) le «p_dob_n»   Tél. «p_ph»   «p_em»
Adresse : «p_addr»
Ordonnance du «d3_n» : OD sph -1,25 cyl -0,50 axe 90° / OG sph -1,00 – verres progressifs, yeux «k_eye», taille «k_height»
Mutuelle : «k_insurer», n° adhérent «p_plan», NIR «p_nid»
Commande n° «ref1», montant «k_amt», reste à charge «k_amt2». Retrait prévu le «d2_l» par «q_n».
"""

OPTIC_IT = """ORDINE OCCHIALI – «k_clinic»
Cliente: «p_n», nato/a il «p_dob_n», C.F. «p_nid», tel. «p_ph»
Indirizzo di consegna: «p_st», «p_zip» «p_town»
Sesso: «p_sex», età «k_age», orario preferito «k_t1».
Prescrizione del «d3_l»: OD -2,00 cil -0,75 asse 180 / OS -1,75. Occhi «k_eye». Lenti fotocromatiche.
Ordine n. «ref1», totale «k_amt», acconto pagato con carta «p_card». Ritira la sorella «q_n» («q_ph»).
"""

CARE_ES = """FICHA DE INGRESO – «k_home»
Residente: «p_n3»   Fecha de nacimiento: «p_dob_n»   Edad: «old» años   Sexo: «p_sex»
DNI: «p_nid»   Tarjeta sanitaria: «p_plan»   NUSS: «p_nid2»
Domicilio anterior: «p_addr» («p_county»)
Familiar responsable: «q_n» (hija/hijo, «k_age2»), tel. «q_ph», correo «q_em», cuenta para recibos «q_iban»
Medicación: «k_drug», «k_drug2». Fecha de ingreso: «d1_l».
"""

CARE_NL = """Intakeformulier – «k_home»
Cliënt: «p_title» «p_n3», geboren «p_dob_l» («old» jaar), BSN «p_nid»
Vorig adres: «p_addr», «p_county»
Contactpersoon 1: «q_n» (zoon/dochter, «k_age2»), «q_ph», «q_em»
Contactpersoon 2: «r_n», «r_ph2»
Zorgverzekeraar: «k_insurer», polisnummer «p_plan». Huisarts: «k_clinic».
Medicatie: «k_drug». Opnamedatum: «d1_n». Provincie: «k_state»
"""

PARK_FR = """Demande de badge parking – «k_clinic»
Patient(e) en dialyse 3 fois par semaine : «p_n» (n° patient «p_mrn»), né(e) le «p_dob_n»
Véhicule : Renault Clio, immatriculation «p_plate», n° de série «p_vin»
Conducteur habituel : «q_n», permis n° «q_lic», tél. «q_ph»
Adresse : «p_addr»   Courriel : «p_em»
Badge valable du «d1_n» au «d2_n». Tarif : «k_amt» par mois. Séances le «k_wd» à «k_t1». Âge : «k_age». Région : «k_state».
"""

PARK_IT = """Prenotazione trasporto sanitario – «k_clinic»
Paziente: «p_fcg», C.F. «p_nid», nato/a il «p_dob_n»
Ritiro: «p_st», «p_zip» «p_town», citofono «p_F», ore «k_t1» del «d2_n»
Accompagnatore: «q_n», cell. «q_ph», patente «q_lic», auto targata «q_plate»
Destinazione: «k_clinic2», reparto ‹Dialisi›, ogni «k_wd». Età: «k_age». Regione «k_state».
Esenzione ticket: sì. Contatto per conferma: «p_em». Richiesta n. «ref2».
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p39_appointment_booking", ["gb", "us"], "text", BOOKING_EN),
    ("p39_appointment_booking", ["de"], "text", BOOKING_DE),
    ("p39_billing_email", ["it"], "text", BILLING_IT),
    ("p39_billing_email", ["nl"], "text", BILLING_NL),
    ("p39_online_pharmacy_order_json", ["fr"], "json", PHARMACY_FR),
    ("p39_online_pharmacy_order_json", ["es"], "json", PHARMACY_ES),
    ("p39_insurance_claim_form", ["de"], "text", CLAIM_DE),
    ("p39_insurance_claim_form", ["us", "gb"], "text", CLAIM_EN),
    ("p39_lab_result_notification", ["es"], "text", LAB_ES),
    ("p39_lab_result_notification", ["it"], "text", LAB_IT),
    ("p39_telehealth_session_json", ["nl"], "json", TELE_NL),
    ("p39_telehealth_session_json", ["us", "gb"], "json", TELE_EN),
    ("p39_clinic_hr_record", ["fr"], "text", HR_FR),
    ("p39_clinic_hr_record", ["de"], "text", HR_DE),
    ("p39_patient_support_chat", ["us", "gb"], "text", CHAT_EN),
    ("p39_patient_support_chat", ["es"], "text", CHAT_ES),
    ("p39_prescription_refill_sms", ["it"], "text", REFILL_IT),
    ("p39_prescription_refill_sms", ["nl"], "text", REFILL_NL),
    ("p39_vaccination_certificate", ["de"], "text", VACC_DE),
    ("p39_vaccination_certificate", ["fr"], "text", VACC_FR),
    ("p39_travel_insurance_claim", ["gb", "us"], "text", TRAVEL_EN),
    ("p39_travel_insurance_claim", ["es"], "text", TRAVEL_ES),
    ("p39_it_helpdesk_ticket", ["nl"], "text", HELP_NL),
    ("p39_it_helpdesk_ticket", ["de"], "text", HELP_DE),
    ("p39_research_consent_form", ["it"], "text", CONSENT_IT),
    ("p39_research_consent_form", ["fr"], "text", CONSENT_FR),
    ("p39_dental_recall", ["es"], "text", DENTAL_ES),
    ("p39_dental_recall", ["gb", "us"], "text", DENTAL_EN),
    ("p39_physio_csv_export", ["de"], "text", PHYSIO_DE),
    ("p39_physio_csv_export", ["nl"], "text", PHYSIO_NL),
    ("p39_optician_order", ["fr"], "text", OPTIC_FR),
    ("p39_optician_order", ["it"], "text", OPTIC_IT),
    ("p39_care_home_admission", ["es"], "text", CARE_ES),
    ("p39_care_home_admission", ["nl"], "text", CARE_NL),
    ("p39_parking_transport_booking", ["fr"], "text", PARK_FR),
    ("p39_parking_transport_booking", ["it"], "text", PARK_IT),
]
RENDERS = 2  # per language variant: 4 documents per kind


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    cc = locs[index % len(locs)]
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe39:{seed}:{kind}:{cc}:{index}:{attempt}")
        slots = base_slots(rng, cc, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{cc}-{index}", kind, cc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(RENDERS)]
