# ruff: noqa: E501  (hand-aligned templates; full-width and CJK characters are intended)
"""Twenty-eighth independent probe corpus: addresses and contact details the world over.

36 labelled documents in 18 kinds per seed, two of each, written the way an evaluator with international
patients would (medical tourism, travel insurance, expatriates, cross-border referrals, home delivery of
medicines): intake forms, travel-insurance claims, visa medical forms, pharmacy delivery notes, referral
letters, international-desk e-mails, coordinator chats, a home-care CSV, a delivery-API JSON, vCards, an
EOB, expatriate registration, airline medical clearance, a repatriation report, a courier waybill, a
discharge summary, an NDJSON contact log and SMS reminders. Each document has a home country (`h_`, the
patient's and relatives' addresses and phones) and a treatment country (`t_`, a temporary address, the
coordinator and doctor); 31 countries, each address in its own order and abbreviations (people.py).

Labelling policy (decided before any measurement):
- ADDRESS: every geographic piece below the first-level division as one span per contiguous run: street
  line with house/flat/unit/floor/int./apto, locality, district, ward, village, neighbourhood, Brgy.,
  Kel./Kec., Col., bairro, P.O. Box, rural route, Saudi short address. Generic words such as "Dist. ",
  "C.P. ", "CEP ", "〒", "Co. " between spans are plain text.
- ZIP: postcodes (Japan's 〒 number, PIN, CEP, C.P., Eircode, UK postcode...). The UAE has none: its P.O.
  Box is ADDRESS.
- First-level divisions (states, provinces, prefectures, Länder, regions, counties of Ireland and Kenya)
  are plain text inside an address and KEEP values where written alone ("Province: Sichuan"). Countries are
  KEEP values everywhere.
- NAME: patients, relatives, coordinators, doctors, as written (full, "FAMILY, Given", given alone).
- PHONE: every phone and WhatsApp number, national or E.164. EMAIL: e-mail addresses, internationalised
  ones included. ID: passport numbers, claim and case references, Line/WeChat/Telegram handles.
  MRN: hospital patient numbers. HEALTH_PLAN: travel-insurance policy numbers. DATE: full dates.
- KEEP: countries, first-level divisions written alone, hospitals and clinics (a big city in the name),
  airlines, airport codes, currencies with amounts, drugs with doses, lab values, ICD-10 codes, courier
  services, form numbers, storage temperatures.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe28 import ids
from tests.engine.probe28.people import COUNTRIES, K, P, Person, Slot, draw_person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = ["Bangkok Riverside International Hospital", "Istanbul Lighthouse Medical Centre", "Seoul Meridian Medical Center",
             "Kuala Lumpur Orchid Specialist Hospital", "Clínica Santa Bárbara de Monterrey", "Dubai Creekside Hospital",
             "Chennai Sunrise Heart Institute", "Singapore Kingfisher Eye Centre", "Hospital Alemán Austral", "Prague Vltava Clinic"]  # fmt: skip
AIRLINES = ["Emirates", "Turkish Airlines", "Qatar Airways", "Singapore Airlines", "LATAM", "Lufthansa", "Kenya Airways", "Thai Airways"]
AIRPORTS = ["BKK", "IST", "ICN", "DXB", "KUL", "MEX", "FRA", "NBO", "GRU", "DOH", "SIN", "LHR"]
CURRENCY = ["USD", "EUR", "THB", "JPY", "INR", "AED", "BRL", "GBP", "TRY", "MXN"]
DRUGS = ["apixaban 5 mg", "tacrolimus 1 mg", "enoxaparin 40 mg", "insulin glargine 20 units", "levetiracetam 500 mg",
         "amoxicillin-clavulanate 875 mg", "adalimumab 40 mg", "prednisolone 25 mg", "metformin 1000 mg", "ondansetron 4 mg"]  # fmt: skip
LABS = ["INR 2.4", "creatinine 1.3 mg/dL", "HbA1c 7.8%", "hemoglobin 10.2 g/dL", "eGFR 54", "troponin 0.02 ng/mL", "potassium 4.9 mmol/L"]
ICD = ["I25.10", "M16.11", "Z94.0", "K80.20", "H25.13", "C50.912", "N20.0", "T81.4XXA", "Z48.812"]
COURIERS = ["DHL Medical Express", "FedEx International Priority", "World Courier", "Aramex", "Cainiao", "Correios SEDEX"]
FORMS = ["Form IME-4", "Form MC-12", "Form TRV-9B", "Form MEDIF Part 2", "Form EHIC-R2"]
TEMPS = ["2–8 °C", "15–25 °C", "-20 °C"]
YMD = {"JP", "KR", "CN", "TW"}
MDY = {"US"}


def fmt_date(d: date, cc: str, rng: random.Random) -> str:
    if cc in YMD:
        return rng.choice([f"{d.year}/{d.month:02d}/{d.day:02d}", f"{d.year}年{d.month}月{d.day}日", d.isoformat()])
    if cc in MDY:
        return rng.choice([f"{d.month}/{d.day}/{d.year}", f"{d:%B} {d.day}, {d.year}"])
    return rng.choice([f"{d.day:02d}/{d.month:02d}/{d.year}", f"{d.day:02d}.{d.month:02d}.{d.year}", f"{d.day} {d:%b} {d.year}"])


def person_slots(x: str, who: Person) -> dict[str, Slot]:
    return {f"{x}_full": P("NAME", who.full), f"{x}_given": P("NAME", who.given), f"{x}_family": P("NAME", who.family),
            f"{x}_caps": P("NAME", who.caps), f"{x}_ph": P("PHONE", who.phone), f"{x}_e164": P("PHONE", who.e164),
            f"{x}_em": P("EMAIL", who.email), f"{x}_idn": P("EMAIL", who.email_idn), f"{x}_handle": P("ID", who.handle)}  # fmt: skip


def place_slots(x: str, rng: random.Random, cc: str) -> dict[str, Slot]:
    c = COUNTRIES[cc]
    a = c.build(rng, c)

    def pieces(seq: tuple) -> tuple:
        return tuple(P(p[0], p[1]) if isinstance(p, tuple) else p for p in seq)

    return {f"{x}_one": pieces(a["one"]), f"{x}_multi": pieces(a["multi"]), f"{x}_street": P("ADDRESS", a["street"]),
            f"{x}_loc": P("ADDRESS", a["loc"]), f"{x}_zip": P(a.get("ziptype", "ZIP"), a["zip"]), f"{x}_div": K(a["div"]),
            f"{x}_cty": K(c.name)}  # fmt: skip


def slots_for(rng: random.Random, home: str, there: str) -> dict[str, Slot]:
    used: set[str] = set()
    hc, tc = COUNTRIES[home], COUNTRIES[there]
    pt = draw_person(rng, used, hc)
    s: dict[str, Slot] = {}
    for x, who in (("pt", pt), ("rel", draw_person(rng, used, hc, pt.culture)), ("x", draw_person(rng, used, hc)),
                   ("co", draw_person(rng, used, tc)), ("dr", draw_person(rng, used, tc))):  # fmt: skip
        s.update(person_slots(x, who))
    s.update(place_slots("h", rng, home))
    for _ in range(20):  # a relative's locality other than the patient's
        r = place_slots("r", rng, home)
        if r["r_loc"] != s["h_loc"]:
            break
    s.update(r)
    s.update(place_slots("t", rng, there))
    base = date(2024, 2, 1) + timedelta(days=rng.randrange(200))
    for i, off in enumerate([0, rng.randint(3, 20), rng.randint(21, 60), -rng.randint(5, 40)], 1):
        s[f"d{i}"] = P("DATE", fmt_date(base + timedelta(days=off), home if i % 2 else there, rng))
    s["dob"] = P("DATE", fmt_date(date(rng.randint(1942, 1999), rng.randint(1, 12), rng.randint(1, 28)), home, rng))
    s["passport"], s["policy"], s["claim"] = P("ID", ids.passport(rng)), P("HEALTH_PLAN", ids.policy(rng)), P("ID", ids.claim(rng))
    s["mrn"], s["case"] = P("MRN", ids.patient_no(rng)), P("ID", ids.case_ref(rng))
    s["k_hosp"], s["k_hosp2"] = (K(h) for h in rng.sample(HOSPITALS, 2))
    s["k_air"], s["k_apt"], s["k_apt2"] = K(rng.choice(AIRLINES)), *(K(a) for a in rng.sample(AIRPORTS, 2))
    cur = rng.sample(CURRENCY, 2)
    s["k_amt"] = K(f"{cur[0]} {rng.randint(1, 48)},{rng.randint(100, 999)}.{rng.randint(10, 99)}")
    s["k_amt2"] = K(f"{cur[1]} {rng.randint(120, 990)}.00")
    s["k_drug"], s["k_drug2"] = (K(d) for d in rng.sample(DRUGS, 2))
    s["k_lab"], s["k_lab2"] = (K(v) for v in rng.sample(LABS, 2))
    s["k_icd"], s["k_icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["k_courier"], s["k_form"], s["k_temp"] = K(rng.choice(COURIERS)), K(rng.choice(FORMS)), K(rng.choice(TEMPS))
    s["k_tdiv"] = K(rng.choice(tc.divisions))
    return s


# ---- templates -------------------------------------------------------------------------------------------

INTAKE = """MEDICAL TRAVEL INTAKE — «k_hosp» International Patient Services
Reference «case»      Received «d4»
1. Patient surname / given name: «pt_caps»
2. Date of birth: «dob»     Passport no.: «passport» («h_cty»)
3. Permanent address:
«h_multi»
   Country: «h_cty»     Region/State: «h_div»
4. Mobile (home country): «pt_ph»     WhatsApp: «pt_e164»
5. E-mail: «pt_em»
6. Accompanying person: «rel_full», same address; mobile «rel_e164»
7. Arrival: «k_air» into «k_apt» on «d1»; staying at «t_one», «t_cty»
8. Procedure requested: total hip replacement («k_icd»); estimate «k_amt» quoted.
9. Current medicines: «k_drug», «k_drug2».   Latest «k_lab».
Case manager: «co_full» — «co_em»
"""

CLAIM = """TRAVEL INSURANCE — EMERGENCY MEDICAL EXPENSES CLAIM («k_form»)
Policy number: «policy»        Claim ref: «claim»
Insured: «pt_full»    DOB «dob»
Home address: «h_one», «h_cty»
Postcode (if not shown above): «h_zip»
Telephone while abroad: «pt_e164»    E-mail: «pt_idn»
Incident date «d1» in «t_loc» («k_tdiv», «t_cty»). Taken by ambulance to «k_hosp».
Treating doctor: Dr «dr_full», tel. «dr_ph». Diagnosis «k_icd»; treated with «k_drug».
Invoice total «k_amt»; pharmacy «k_amt2».
Bank account holder, if not the insured: «rel_full», «r_one»
Signed «d2»
"""

VISA_MED = """EMBASSY PANEL PHYSICIAN — VISA MEDICAL EXAMINATION ({k_form})
Applicant: «pt_caps»                 Sex: __   DOB: «dob»
Passport: «passport»                   Visa case no.: «case»
Residential address in «h_cty»: «h_one»
District / locality (if rural): «h_loc»
Contact: «pt_ph» / «pt_em»
Next of kin: «rel_full» ({rel_rel}), tel. «rel_ph»
Destination country: «t_cty»; intended address: «t_one»
Chest X-ray «d1»: no active TB. Labs: «k_lab», «k_lab2».
Examining physician: «dr_full», panel clinic «k_hosp2». Date of examination «d2».
""".replace("{k_form}", "«k_form»").replace("{rel_rel}", "spouse")

DELIVERY = """PHARMACY HOME DELIVERY NOTE — ship via «k_courier»
Deliver to: «pt_full»
«h_multi»
«h_cty»
Phone on arrival: «pt_ph»  (alt. «rel_ph», «rel_given»)
Contents: «k_drug» x 28, «k_drug2» x 56 — keep at «k_temp»
If nobody home leave with neighbour «x_full», «h_loc».
Dispatched «d1»; expected «d2». Rx no. «mrn». Charges «k_amt2», prepaid.
"""

REFERRAL = """Cross-border referral letter

«t_one»
«d1»

Dear Dr «dr_family»,

I am referring «pt_full» (born «dob», of «h_one», «h_cty») for «k_icd» management at «k_hosp».
«pt_given» will be travelling from «h_loc» with «rel_given» and will stay near you at «t_street», «t_loc».
Current treatment: «k_drug»; recent «k_lab». Please reply to «x_em» or telephone «x_e164».
The family may be reached in «h_cty» on «rel_ph».

Yours sincerely,
«x_full»
"""

DESK_EMAIL = """From: «co_full» <«co_em»>
To: «pt_em»
Cc: «rel_idn»
Subject: Your admission on «d1» — «k_hosp»

Dear «pt_given»,
Thank you for choosing «k_hosp». Our driver will meet you at «k_apt» (flight «k_air») and take you to
your serviced apartment: «t_one».
Please bring your passport («passport») and policy «policy». Your hospital number is «mrn».
Invoices will be sent to your home address on file:
«h_multi»
«h_cty»
If you need us, call «co_e164» or message our desk on Line: «co_handle».
Kind regards, «co_full»
"""

CHAT = """[«d1», 09:12] «co_given» (Care Coordinator): Hello «pt_given»! Pick-up at «k_apt» confirmed.
[«d1», 09:15] «pt_given»: thank u. hotel address pls
[«d1», 09:16] «co_given» (Care Coordinator): «t_one» 📍
[«d1», 09:16] «co_given» (Care Coordinator): if lost call me «co_ph» or my colleague «dr_given» «dr_e164»
[«d1», 21:40] «pt_given»: «rel_given» (family) flies «d2», her number «rel_e164»
[«d1», 21:41] «pt_given»: she comes from «h_loc», near «r_loc»
[«d1», 21:44] «co_given» (Care Coordinator): noted. bring «k_drug» and the «k_lab» report 👍
[«d2», 07:02] «pt_given»: wechat is «pt_handle» if whatsapp dies
"""

CSV = """client_id,client_name,street,locality,postcode,province,country,phone,next_of_kin,nok_phone,visit_start
«mrn»,«pt_full»,«h_street»,«h_loc»,«h_zip»,«h_div»,«h_cty»,«pt_ph»,«rel_full»,«rel_ph»,«d1»
«case»,«x_full»,«r_street»,«r_loc»,«r_zip»,«h_div»,«h_cty»,«x_ph»,«co_full»,«co_e164»,«d2»
# care notes: «k_drug» at 08:00, «k_lab»; supplies by «k_courier»; visit fee «k_amt2»
"""

JSON_API = """{"shipment": {"carrier": "«k_courier»", "service": "cold-chain «k_temp»", "created": "«d1»",
  "recipient": {"name": "«pt_full»", "phone": "«pt_e164»", "email": "«pt_em»",
    "address": {"line1": "«h_street»", "district": "«h_loc»", "postalCode": "«h_zip»", "region": "«h_div»", "country": "«h_cty»"}},
  "altContact": {"name": "«rel_full»", "phone": "«rel_ph»", "relation": "daughter"},
  "items": [{"sku": "RX-1", "description": "«k_drug»"}, {"sku": "RX-2", "description": "«k_drug2»"}],
  "prescriber": {"name": "«dr_full»", "clinic": "«k_hosp»"},
  "insurance": {"policy": "«policy»", "declaredValue": "«k_amt»"}}}
"""

VCARD = """BEGIN:VCARD
VERSION:4.0
FN:«pt_full»
N:«pt_family»;«pt_given»;;;
ADR;TYPE=home:;;«h_street»;«h_loc»;;«h_zip»;«h_cty»
TEL;TYPE=cell:«pt_e164»
EMAIL:«pt_idn»
NOTE:Intl patient, «k_hosp». Lang pref per «h_cty» desk. Allergy: «k_drug» intolerance.
END:VCARD
BEGIN:VCARD
VERSION:4.0
FN:«rel_full»
ADR;TYPE=home:;;«r_street»;«r_loc»;;«r_zip»;«h_cty»
TEL;TYPE=voice:«rel_ph»
IMPP:line:«rel_handle»
END:VCARD
"""

EOB = """EXPLANATION OF BENEFITS — OUT-OF-NETWORK, OUTSIDE HOME COUNTRY
Member: «pt_caps»     Member ID: «policy»     Claim «claim»
Mailing address: «h_one»
Provider: «k_hosp», «t_cty» (billed in «k_amt»)
Service dates «d1» – «d2»      Dx «k_icd», «k_icd2»
Rendering physician: «dr_full»
Allowed «k_amt2». Questions: call member services; your agent «x_full» at «x_ph».
Copy sent to: «rel_full», «r_one»
"""

EXPAT = """EXPATRIATE PATIENT REGISTRATION — «k_hosp»
Name (as in passport): «pt_caps»        Nationality: «h_cty»        Passport: «passport»
Local address («t_cty»): «t_multi»
Province / emirate of residence: «k_tdiv»
Local mobile: «pt_ph»     Home-country address: «h_one»
Employer sponsor contact: «x_full», «x_em»
Emergency contact abroad: «rel_full» — «rel_e164» (home), «r_loc»
GP at home: «dr_full»
Registered «d1». Insurance policy «policy». Hospital no. «mrn».
"""

MEDIF = """AIRLINE MEDICAL INFORMATION FORM («k_form») — «k_air»
Passenger: «pt_caps»   Booking «case»   Route «k_apt»–«k_apt2» on «d1»
Passenger home address: «h_one»
Contact on ground at departure: «co_full», «co_ph»
Met at arrival by: «rel_full», mobile «rel_ph»; address «r_one»
Attending physician: «dr_full», «k_hosp», tel. «dr_e164», e-mail «dr_em»
Diagnosis «k_icd»; needs oxygen 2 L/min; on «k_drug». Fit to fly from «d2».
"""

REPATRIATION = """ASSISTANCE COMPANY — REPATRIATION CASE REPORT
File «claim» / policy «policy»
Patient «pt_full», DOB «dob», home «h_one», «h_cty».
Event: fall on «d1» near «t_loc», «k_tdiv». Admitted to «k_hosp2»; «k_icd». «k_lab».
Local contact: hotel reception at «t_street»; coordinator «co_full» («co_e164»).
Family: «rel_full», «rel_ph», «rel_em». Second contact «x_given» «x_family».
Plan: stretcher on «k_air» «d2» via «k_apt»; ground ambulance to «h_street», «h_loc».
Estimated cost «k_amt».
"""

WAYBILL = """«k_courier» — INTERNATIONAL WAYBILL / CLINICAL SUPPLY
Shipper: «k_hosp2» Pharmacy, contact «co_full», «co_ph»
Consignee: «pt_caps»
Address line 1: «h_street»
City/Town: «h_loc»
Postal code: «h_zip»
State/Province: «h_div»
Country: «h_cty»
Consignee tel: «pt_e164»     Alt: «rel_full» «rel_e164»
Contents: «k_drug2» pre-filled pens, keep «k_temp». Customs value «k_amt2». Ship date «d1».
"""

DISCHARGE = """DISCHARGE SUMMARY — «k_hosp»
Patient: «pt_full»   Hosp. no. «mrn»   DOB «dob»
Admitted «d1», discharged «d2». Dx: «k_icd», «k_icd2».
Address during stay: «t_one», «t_cty».
Permanent address: «h_one», «h_cty».
Discharge medicines: «k_drug», «k_drug2». Labs at discharge: «k_lab»; «k_lab2».
Follow-up with «x_full» near «h_loc» (tel. «x_ph»). Next of kin «rel_full», «rel_ph».
Discharging doctor: «dr_full»
"""

NDJSON = """{"ts": "«d1»", "event": "contact_added", "name": "«pt_full»", "phone": "«pt_e164»", "email": "«pt_em»", "country": "«h_cty»"}
{"ts": "«d1»", "event": "address_verified", "address": "«h_street», «h_loc»", "postcode": "«h_zip»", "state": "«h_div»"}
{"ts": "«d2»", "event": "nok_added", "name": "«rel_full»", "phone": "«rel_ph»", "city": "«r_loc»"}
{"ts": "«d2»", "event": "coordinator_assigned", "name": "«co_full»", "desk": "«k_hosp»", "line_id": "«co_handle»"}
{"ts": "«d3»", "event": "rx_shipped", "carrier": "«k_courier»", "item": "«k_drug»"}
"""

SMS = """SMS 1 → «pt_e164»: «k_hosp»: Hi «pt_given», your teleconsult with Dr «dr_family» is on «d1». Reply Y to confirm.
SMS 2 → «pt_e164»: Your parcel («k_drug») leaves «k_courier» hub today; delivery to «h_street», «h_loc» «h_zip».
SMS 3 → «rel_ph»: «rel_given», «pt_given» asked us to update you: discharge planned «d2».
SMS 4 → «pt_e164»: New address noted: «r_one». Questions? WhatsApp «co_e164» («co_given»).
SMS 5 → «x_ph»: Reminder for «x_given»: bring the «k_lab» result.
"""

# kind, [(home, treatment country) per render], format, template
TEMPLATES: list[tuple[str, list[tuple[str, str]], str, str]] = [
    ("geo28_medtour_intake", [("JP", "KR"), ("IN", "AE")], "text", INTAKE),
    ("geo28_travel_claim", [("DE", "ES"), ("AU", "ID")], "text", CLAIM),
    ("geo28_visa_medical", [("PK", "UK"), ("NG", "CA")], "text", VISA_MED),
    ("geo28_pharmacy_delivery", [("BR", "BR"), ("PL", "PL")], "text", DELIVERY),
    ("geo28_crossborder_referral", [("FR", "IT"), ("MX", "US")], "text", REFERRAL),
    ("geo28_intl_desk_email", [("SA", "KR"), ("CN", "JP")], "text", DESK_EMAIL),
    ("geo28_coordinator_chat", [("ID", "PH"), ("EG", "DE")], "text", CHAT),
    ("geo28_homecare_csv", [("UK", "UK"), ("PH", "PH")], "text", CSV),
    ("geo28_delivery_api_json", [("CN", "CN"), ("IT", "IT")], "json", JSON_API),
    ("geo28_vcard_book", [("TW", "TW"), ("NL", "NL")], "text", VCARD),
    ("geo28_intl_eob", [("US", "MX"), ("CA", "FR")], "text", EOB),
    ("geo28_expat_registration", [("UK", "AE"), ("ZA", "SA")], "text", EXPAT),
    ("geo28_airline_medif", [("KE", "ZA"), ("AR", "ES")], "text", MEDIF),
    ("geo28_repatriation_report", [("IE", "PT"), ("NZ", "AU")], "text", REPATRIATION),
    ("geo28_cold_chain_waybill", [("RU", "DE"), ("CO", "US")], "text", WAYBILL),
    ("geo28_discharge_abroad", [("KR", "IN"), ("PT", "BR")], "text", DISCHARGE),
    ("geo28_contact_log_ndjson", [("US", "US"), ("JP", "JP")], "ndjson", NDJSON),
    ("geo28_sms_reminders", [("EG", "EG"), ("AE", "AE")], "text", SMS),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[tuple[str, str]], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    home, there = locs[index % len(locs)]
    for attempt in range(80):
        rng = random.Random(f"phigate-probe28:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, slots_for(rng, home, there), fmt)
        if fmt == "json":
            json.loads(content)
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, f"{home}>{there}", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 80 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
