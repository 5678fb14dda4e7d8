# ruff: noqa: E501  (hand-aligned templates in South Asian scripts)
"""Seventy-fourth independent probe corpus: health text from South Asia written in the region's own scripts
and languages -- Hindi and Marathi (Devanagari), Bengali (West Bengal and Bangladesh), Tamil, Telugu, Kannada,
Malayalam, Gujarati, Punjabi (Gurmukhi), Urdu (Nastaliq), Sinhala and Nepali -- as clinics, hospitals, ASHAs,
ANMs, Lady Health Workers, pharmacies, registrars, 108 call centres and families write it (English drug names,
lab values and scheme acronyms mixed in), with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an OPD prescription slip typed into the EMR (Hindi,
Tamil), a discharge summary (Marathi, Malayalam), an ASHA household / village health register (Bengali,
Kannada), a PM-JAY / ABHA claim payload (JSON: Gujarati, Telugu), a Mother and Child Protection card with its
JSY entry (Hindi, Punjabi), a lab report with local-language headers (Tamil, Gujarati), a pharmacy bill
(Kannada, Urdu), a WhatsApp family group about an admitted elder aged 90+ (Malayalam, Punjabi), a
teleconsultation note (Telugu, Nepali), a 108 ambulance call log (Marathi, Bengali; a second caller's
patient aged 90+), a death registration form (Bangladesh, Sri Lanka; the deceased aged 90+), a birth
registration form (Nepali, Hindi), a child immunisation card (Bangladesh, Nepali), a cashless insurance
pre-authorisation (Malayalam, Bengali), a TB treatment card (Urdu, Telugu), a ward admission register
(Punjabi, Sinhala; a patient aged 90+), a pregnancy record / LHW maternal register (Sinhala, Urdu) and a
senior citizen's medical certificate (Kannada, Marathi; the applicant aged 90+).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by locale. People: `p` the
patient / beneficiary / deceased / newborn, `r` a spouse, son or the father, `m` another relative (the
mother), `d` the doctor, `e` a nurse, ASHA, ANM, LHW or pharmacist, `x` `y` other people (informant,
registrar, caller, attendant; a patient aged 90+ in a log), `w1`-`w4` other beneficiaries in a register and
`v1`-`v4` their husbands / fathers. Forms: `_n` the full name as the locale writes it, `_s` given + family
(Marathi, Gujarati without the middle name), `_g` given, `_f` family, `_ph` `_ph2`, `_em`, `_line` `_vil`
`_pin` `_addr`, `_nid` (Aadhaar, CNIC, Bangladeshi NID, Sri Lankan NIC, Nepali citizenship number), `_age`
and `_agen` (keep, under 90, ASCII or the script's digits), `_old` and `_oldn` (AGE, 90+), `_sex` (the local
word), dates `dN_*` (dmy, dot, dash, n = the script's digits, long = local month and the script's digits, longa =
local month and ASCII digits, short = day and month, iso, bs = Nepali Bikram Sambat, si = Sinhala year-first).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives in S/o / W/o / D/o fields written in local words (पिता /
  पति, த/பெ, ولد / زوجہ, පියාගේ නම), ASHAs, ANMs, LHWs, doctors, nurses, pharmacists, registrars, informants,
  callers -- as written: full, given alone, with the Tamil initial, Telugu family first, Sikh ਸਿੰਘ / ਕੌਰ
  inside the value, Gujarati -ben / -bhai inside the value. Honorifics and roles (डॉ., Dr., श्रीमती, ਸ੍ਰੀ,
  ASHA, ANM) are plain text outside the value.
- ADDRESS: house / ward / mohalla lines and villages; tehsils, blocks, districts, states, provinces and
  countries are plain text inside an address and keep when written alone (hospital names hold them). ZIP:
  PIN codes and postal codes.
- DATE: every date more specific than a year, in every form and script (१२/०३/२०२४, 12 மார்ச் 2024,
  ২০২৪-০৩-১২, २०८१/०४/१२ BS, 2024.03.12); years alone keep. AGE: 90 and over in either digits; ages under 90
  keep.
- PHONE, EMAIL of any person (hospital help lines such as 108, 104, 1075 are plain text). URL: a
  teleconsultation link carrying a token. IP: the address a claim or consult was submitted from.
- SSN: the national identity number (Aadhaar, CNIC, NID, NIC, Nepali citizenship). ID: ABHA numbers, PAN,
  EPIC voter ids, RCH / MCP ids, Nikshay ids, claim, pre-authorisation, call, registration, bill and consult
  numbers. MRN: OPD / IPD / UHID / BHT / hospital registration numbers. HEALTH_PLAN: PM-JAY (Ayushman card)
  ids, insurance policy and member numbers, ESIC numbers, Nepali health insurance numbers. ACCOUNT: bank
  accounts (JSY / DBT payments, refunds), a pharmacy credit account. LICENSE: doctors', nurses' and
  pharmacists' council registrations, driving licences. DEVICE: the serial of a patient's own device. VEHICLE:
  a patient's or caller's vehicle registration.
- Keep (must survive): drugs and doses (English, as written), lab values, ICD-10 codes and local-language
  diagnoses, hospitals and health centres, schemes and forms (PM-JAY, JSY, MCP, Nikshay, Form 4, ‹...›
  headings), vaccines, package codes, amounts, years, ages under 90, districts and states written alone
  (plain text instead where the same district is also written inside an address of the document: the kit
  counts a keep value's occurrences, and the one inside an address is not scored -- a labelling fix made
  after the first measurement, see test_probe74).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe74 import ids
from tests.engine.probe74.ids import native
from tests.engine.probe74.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill, phone

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "mr": "जानेवारी फेब्रुवारी मार्च एप्रिल मे जून जुलै ऑगस्ट सप्टेंबर ऑक्टोबर नोव्हेंबर डिसेंबर",
    "ne": "जनवरी फेब्रुअरी मार्च अप्रिल मे जुन जुलाई अगस्ट सेप्टेम्बर अक्टोबर नोभेम्बर डिसेम्बर",
    "bn": "জানুয়ারি ফেব্রুয়ারি মার্চ এপ্রিল মে জুন জুলাই আগস্ট সেপ্টেম্বর অক্টোবর নভেম্বর ডিসেম্বর",
    "ta": "ஜனவரி பிப்ரவரி மார்ச் ஏப்ரல் மே ஜூன் ஜூலை ஆகஸ்ட் செப்டம்பர் அக்டோபர் நவம்பர் டிசம்பர்",
    "te": "జనవరి ఫిబ్రవరి మార్చి ఏప్రిల్ మే జూన్ జూలై ఆగస్టు సెప్టెంబరు అక్టోబరు నవంబరు డిసెంబరు",
    "kn": "ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್",
    "ml": "ജനുവരി ഫെബ്രുവരി മാർച്ച് ഏപ്രിൽ മേയ് ജൂൺ ജൂലൈ ഓഗസ്റ്റ് സെപ്റ്റംബർ ഒക്ടോബർ നവംബർ ഡിസംബർ",
    "gu": "જાન્યુઆરી ફેબ્રુઆરી માર્ચ એપ્રિલ મે જૂન જુલાઈ ઑગસ્ટ સપ્ટેમ્બર ઑક્ટોબર નવેમ્બર ડિસેમ્બર",
    "pa": "ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ",
    "ur": "جنوری فروری مارچ اپریل مئی جون جولائی اگست ستمبر اکتوبر نومبر دسمبر",
    "si": "ජනවාරි පෙබරවාරි මාර්තු අප්‍රේල් මැයි ජූනි ජූලි අගෝස්තු සැප්තැම්බර් ඔක්තෝබර් නොවැම්බර් දෙසැම්බර්",
}  # fmt: skip
BS_MONTHS = ["बैशाख", "जेठ", "असार", "साउन", "भदौ", "असोज", "कात्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत"]
SEX = {"hi": ("महिला", "पुरुष"), "mr": ("स्त्री", "पुरुष"), "ne": ("महिला", "पुरुष"), "bn": ("মহিলা", "পুরুষ"), "ta": ("பெண்", "ஆண்"),
       "te": ("స్త్రీ", "పురుషుడు"), "kn": ("ಸ್ತ್ರೀ", "ಪುರುಷ"), "ml": ("സ്ത്രീ", "പുരുഷൻ"), "gu": ("સ્ત્રી", "પુરુષ"), "pa": ("ਔਰਤ", "ਮਰਦ"),
       "ur": ("عورت", "مرد"), "si": ("ස්ත්‍රී", "පුරුෂ")}  # fmt: skip


def bs_date(d: date) -> tuple[int, int, int]:
    """An approximate Bikram Sambat date (the year starts in mid-April)."""
    after = (d.month, d.day) >= (4, 14)
    m = (d.month - 4 if d.day >= 14 else d.month - 5) % 12 + 1
    return d.year + (57 if after else 56), m, (d.day - 14) % 30 + 1


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    lc = LOCS[loc]
    mon = MONTHS.get(lc.lang, MONTHS["hi"]).split()[d.month - 1]
    sc = lc.script
    by, bm, bd = bs_date(d)
    return {
        "dmy": P("DATE", f"{d:%d/%m/%Y}"),
        "dot": P("DATE", f"{d:%d.%m.%Y}"),
        "dash": P("DATE", f"{d:%d-%m-%Y}"),
        "n": P("DATE", native(f"{d:%d/%m/%Y}", sc)),
        "long": P("DATE", native(f"{d.day} {mon} {d.year}", sc)),
        "longa": P("DATE", f"{d.day} {mon} {d.year}"),
        "short": P("DATE", native(f"{d.day} {mon}", sc)),
        "iso": P("DATE", d.isoformat()),
        "bs": P("DATE", native(f"{by}/{bm:02d}/{bd:02d}", "deva")),
        "bslong": P("DATE", native(f"{by} {BS_MONTHS[bm - 1]} {bd}", "deva") + " गते"),
        "si": P("DATE", f"{d:%Y.%m.%d}"),
        "silong": P("DATE", f"{d.year} {mon} {d.day}"),
    }


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    sc = w.loc.script
    age = (ref - w.dob).days * 100 // 36525
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_s": N(w.short), f"{x}_g": N(w.given), f"{x}_f": N(w.family),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_vil": A(w.village), f"{x}_pin": P("ZIP", w.pin), f"{x}_addr": w.addr,
        f"{x}_nid": P("SSN", w.nid), f"{x}_age": K(str(age)), f"{x}_agen": K(native(str(age), sc)),
        f"{x}_old": P("AGE", str(age)), f"{x}_oldn": P("AGE", native(str(age), sc)),
        f"{x}_sex": SEX[w.loc.lang][0 if w.female else 1], f"{x}_district": w.district, f"{x}_tehsil": w.tehsil, f"{x}_state": w.state,
    }  # fmt: skip
    for k, v in date_forms(w.dob, w.loc.code).items():
        s[f"{x}_dob_{k}"] = v
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

DRUGS = ["Tab. Paracetamol 650 mg", "Tab. Amlodipine 5 mg", "Tab. Metformin 500 mg", "Tab. Telmisartan 40 mg", "Cap. Amoxicillin 500 mg",
         "Tab. Azithromycin 500 mg", "Syp. Ambroxol 5 ml", "Tab. Pantoprazole 40 mg", "Inj. Ceftriaxone 1 g IV", "Tab. Atorvastatin 10 mg",
         "Tab. Glimepiride 1 mg", "Tab. Ferrous sulphate 200 mg", "Tab. Folic acid 5 mg", "Tab. Calcium 500 mg + Vit D3", "Tab. Cefixime 200 mg",
         "Tab. Ondansetron 4 mg", "Inj. Insulin Mixtard 30/70 12 units", "Tab. Aspirin 75 mg", "Tab. Furosemide 40 mg", "Tab. Levothyroxine 50 mcg"]  # fmt: skip
LABS = ["Hb 9.4 g/dL", "RBS 212 mg/dL", "FBS 148 mg/dL", "HbA1c 8.2%", "S. creatinine 1.4 mg/dL", "TLC 11,200/cumm", "Platelets 1.2 lakh/cumm",
        "S. sodium 131 mmol/L", "TSH 6.8 µIU/mL", "Urine albumin ++", "MP rapid test negative", "NS1 Ag positive", "Widal TO 1:160", "ESR 42 mm/hr"]  # fmt: skip
DX = {
    "hi": [("टाइफाइड बुखार", "A01.0"), ("मधुमेह टाइप-2", "E11.9"), ("उच्च रक्तचाप", "I10")],
    "mr": [("डेंग्यू ताप", "A90"), ("मधुमेह", "E11.9"), ("उच्च रक्तदाब", "I10")],
    "ne": [("टाइफाइड ज्वरो", "A01.0"), ("मधुमेह", "E11.9"), ("उच्च रक्तचाप", "I10")],
    "bn": [("টাইফয়েড জ্বর", "A01.0"), ("ডায়াবেটিস", "E11.9"), ("উচ্চ রক্তচাপ", "I10")],
    "ta": [("டெங்கு காய்ச்சல்", "A90"), ("சர்க்கரை நோய்", "E11.9"), ("உயர் இரத்த அழுத்தம்", "I10")],
    "te": [("టైఫాయిడ్ జ్వరం", "A01.0"), ("మధుమేహం", "E11.9"), ("అధిక రక్తపోటు", "I10")],
    "kn": [("ಡೆಂಗ್ಯೂ ಜ್ವರ", "A90"), ("ಮಧುಮೇಹ", "E11.9"), ("ಅಧಿಕ ರಕ್ತದೊತ್ತಡ", "I10")],
    "ml": [("ഡെങ്കിപ്പനി", "A90"), ("പ്രമേഹം", "E11.9"), ("രക്താതിമർദ്ദം", "I10")],
    "gu": [("ટાઇફોઇડ તાવ", "A01.0"), ("ડાયાબિટીસ", "E11.9"), ("હાઈ બ્લડપ્રેશર", "I10")],
    "pa": [("ਟਾਈਫਾਈਡ ਬੁਖ਼ਾਰ", "A01.0"), ("ਸ਼ੂਗਰ", "E11.9"), ("ਹਾਈ ਬਲੱਡ ਪ੍ਰੈਸ਼ਰ", "I10")],
    "ur": [("ٹائیفائیڈ بخار", "A01.0"), ("ذیابیطس", "E11.9"), ("بلند فشار خون", "I10")],
    "si": [("ඩෙංගු උණ", "A90"), ("දියවැඩියාව", "E11.9"), ("අධි රුධිර පීඩනය", "I10")],
}  # fmt: skip
HOSP = {
    "HI": ["जिला चिकित्सालय बहराइच", "बाबा राघवदास मेडिकल कॉलेज, गोरखपुर", "सदर अस्पताल सीवान"],
    "MR": ["ग्रामीण रुग्णालय शिरूर", "ससून सर्वोपचार रुग्णालय, पुणे", "जिल्हा रुग्णालय नाशिक"],
    "BN": ["খেজুরি গ্রামীণ হাসপাতাল", "বাঁকুড়া সম্মিলনী মেডিকেল কলেজ হাসপাতাল", "তমলুক জেলা হাসপাতাল"],
    "BD": ["ময়মনসিংহ মেডিকেল কলেজ হাসপাতাল", "গৌরীপুর উপজেলা স্বাস্থ্য কমপ্লেক্স", "সিরাজগঞ্জ ২৫০ শয্যা জেনারেল হাসপাতাল"],
    "TA": ["அரசு மருத்துவமனை, அருப்புக்கோட்டை", "அரசு இராஜாஜி மருத்துவமனை, மதுரை", "தேனி அரசு மருத்துவக் கல்லூரி மருத்துவமனை"],
    "TE": ["ప్రభుత్వ సాధారణ ఆసుపత్రి, గుంటూరు", "ప్రాథమిక ఆరోగ్య కేంద్రం, పొన్నూరు", "ఏరియా ఆసుపత్రి, దేవరకొండ"],
    "KN": ["ಜಿಲ್ಲಾ ಆಸ್ಪತ್ರೆ, ಬಾಗಲಕೋಟೆ", "ಸಮುದಾಯ ಆರೋಗ್ಯ ಕೇಂದ್ರ, ಹುನಗುಂದ", "ಜಿಲ್ಲಾ ಆಸ್ಪತ್ರೆ, ಚಿತ್ರದುರ್ಗ"],
    "ML": ["ഗവ. മെഡിക്കൽ കോളേജ് ആശുപത്രി, കോഴിക്കോട്", "താലൂക്ക് ആശുപത്രി, കൊയിലാണ്ടി", "ജനറൽ ആശുപത്രി, പാലാ"],
    "GU": ["સામૂહિક આરોગ્ય કેન્દ્ર, થરાદ", "જનરલ હોસ્પિટલ, પાલનપુર", "સિવિલ હોસ્પિટલ, અમરેલી"],
    "PA": ["ਸਿਵਲ ਹਸਪਤਾਲ ਮੋਗਾ", "ਕਮਿਊਨਿਟੀ ਹੈਲਥ ਸੈਂਟਰ ਬਾਘਾਪੁਰਾਣਾ", "ਸਿਵਲ ਹਸਪਤਾਲ ਜ਼ੀਰਾ"],
    "UR": ["ڈسٹرکٹ ہیڈکوارٹر ہسپتال ساہیوال", "تحصیل ہیڈکوارٹر ہسپتال شورکوٹ", "الائیڈ ہسپتال فیصل آباد"],
    "SI": ["කුරුණෑගල ශික්ෂණ රෝහල", "ගිරිබාව ප්‍රාදේශීය රෝහල", "මාතර මහ රෝහල"],
    "NE": ["मेलम्ची अस्पताल", "वीर अस्पताल, काठमाडौं", "स्याङ्जा जिल्ला अस्पताल"],
}  # fmt: skip
VACCINES = [
    "BCG",
    "OPV-0",
    "Hepatitis B birth dose",
    "Pentavalent-1",
    "Rotavirus-1",
    "PCV-1",
    "fIPV-1",
    "Pentavalent-2",
    "Pentavalent-3",
    "MR-1",
    "JE-1",
    "Vitamin A 1 lakh IU",
]
PACKAGES = [("SG039C", "Cholecystectomy (lap.)"), ("MG001A", "Acute febrile illness"), ("MG064A", "Severe anaemia"), ("SB039A", "Total knee replacement"),
            ("MG026A", "Diabetic ketoacidosis"), ("OB001A", "Normal delivery")]  # fmt: skip
LIC = {"HI": "UPMC", "MR": "MMC", "BN": "WBMC", "BD": "BMDC A-", "TA": "TNMC", "TE": "APMC/FMR/", "KN": "KMC", "ML": "TCMC", "GU": "G-",
       "PA": "PMC", "UR": "PMDC", "SI": "SLMC", "NE": "NMC"}  # fmt: skip
STATE_RTO = {
    "HI": "UP",
    "MR": "MH",
    "BN": "WB",
    "TA": "TN",
    "TE": "AP",
    "KN": "KA",
    "ML": "KL",
    "GU": "GJ",
    "PA": "PB",
}

# how the spouse `r` is introduced: a woman's husband (W/o), a man's wife
REL = {"hi": ("पति", "पत्नी"), "mr": ("पती", "पत्नी"), "ne": ("पति", "पत्नी"), "bn": ("স্বামী", "স্ত্রী"), "ta": ("க/பெ", "மனைவி"),
       "te": ("భర్త", "భార్య"), "kn": ("ಕೋಂ", "ಪತ್ನಿ"), "ml": ("ഭർത്താവ്", "ഭാര്യ"), "gu": ("પતિ", "પત્ની"), "pa": ("ਪਤੀ", "ਪਤਨੀ"),
       "ur": ("زوجہ", "بیوی"), "si": ("ස්වාමිපුරුෂයා", "බිරිඳ")}  # fmt: skip
ELDER = {"ml": ("അമ്മച്ചി", "അപ്പച്ചൻ"), "pa": ("ਬੀਬੀ ਜੀ", "ਬਾਪੂ ਜੀ")}

Y = 365
AGES: dict[str, tuple[int, int]] = {
    "sa74_birth_registration": (1, 20), "sa74_immunisation_card": (40, 300), "sa74_mcp_jsy_card": (19 * Y, 33 * Y),
    "sa74_pregnancy_record": (19 * Y, 36 * Y), "sa74_whatsapp_family": (90 * Y + 20, 97 * Y), "sa74_death_registration": (90 * Y + 20, 99 * Y),
    "sa74_senior_medical_certificate": (90 * Y + 20, 96 * Y),
}  # fmt: skip
OLD_Y = {"sa74_ambulance_108_log", "sa74_ward_admission_register", "sa74_asha_village_register"}
WOMEN = {"sa74_mcp_jsy_card", "sa74_pregnancy_record"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 10) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    pa = AGES.get(kind, (24 * Y, 78 * Y))
    child = kind in ("sa74_birth_registration", "sa74_immunisation_card")
    p = draw_person(rng, loc, used, d1, age_days=pa, female=True if kind in WOMEN else None)
    pd = (d1 - p.dob).days
    ta = loc_code == "TA"
    if child:  # the father and the mother
        r = draw_person(
            rng,
            loc,
            used,
            d1,
            female=False,
            family=None if ta else p.family,
            home=p,
            age_days=(24 * Y, 38 * Y),
        )
        m = draw_person(rng, loc, used, d1, female=True, family=None if ta else p.family, home=p, age_days=(20 * Y, 34 * Y),
                        middle=r.given if loc_code in ("MR", "GU") else None)  # fmt: skip
    else:
        r = draw_person(rng, loc, used, d1, female=not p.female, family=None if ta else p.family, home=p,
                        age_days=(max(20 * Y, pd - 30 * Y), max(21 * Y, pd - 18 * Y)) if pd > 80 * Y else (max(20 * Y, pd - 5 * Y), pd + 6 * Y))  # fmt: skip
        m = draw_person(rng, loc, used, d1, family=None if ta else p.family, home=p if rng.random() < 0.5 else None,
                        age_days=(max(18 * Y, pd - 40 * Y), max(19 * Y, pd - 22 * Y)) if pd > 60 * Y else (pd + 18 * Y, min(88 * Y, pd + 30 * Y)))  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "e"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 62 * Y), female=True if x == "e" else None)
    ppl["x"] = draw_person(rng, loc, used, d1, district=p.district, age_days=(22 * Y, 60 * Y))
    ppl["y"] = draw_person(
        rng,
        loc,
        used,
        d1,
        district=p.district,
        age_days=(90 * Y + 20, 98 * Y) if kind in OLD_Y else (25 * Y, 70 * Y),
    )
    for i in range(1, 5):
        w = ppl[f"w{i}"] = draw_person(rng, loc, used, d1, district=p.district, female=True if kind in WOMEN else None,
                                       age_days=(19 * Y, 34 * Y) if kind in WOMEN else (20 * Y, 75 * Y))  # fmt: skip
        ppl[f"v{i}"] = draw_person(
            rng,
            loc,
            used,
            d1,
            female=not w.female,
            family=None if ta else w.family,
            home=w,
            age_days=(22 * Y, 50 * Y),
        )
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    s["district"], s["tehsil"], s["state"] = p.district, p.tehsil, p.state
    s["district_k"], s["state_k"] = K(p.district), K(p.state)
    # dates
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(2, 9)), "d3": d1 - timedelta(days=rng.randint(2, 12)),
          "d4": d1 + timedelta(days=rng.randint(10, 40)), "d5": d1 - timedelta(days=rng.randint(200, 900)),
          "d6": d1 + timedelta(days=rng.randint(60, 150)), "d7": d1 - timedelta(days=rng.randint(40, 120))}  # fmt: skip
    for i in range(1, 5):
        dd[f"e{i}"] = d1 - timedelta(days=rng.randint(7 * i, 7 * i + 6))
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    s["yr"] = K(str(d1.year))
    s["p_yr"] = K(str(rng.randint(max(p.dob.year + 1, 1990), d1.year - 2))) if not child else K(str(d1.year))
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    sc = loc.script
    # people's registrations
    s["lic"] = LIC[loc_code]
    s["d_lic"] = F("LICENSE", "20##/0%/%###") if loc_code == "MR" else F("LICENSE", "%####", "%#####")
    s["x_lic"] = F("LICENSE", "%####", "%#####")
    s["e_lic"] = F("LICENSE", "%#####", "NR-%####", "%####/%#")
    s["dl"] = P(
        "LICENSE", ids.driving_licence_in(rng, STATE_RTO.get(loc_code, "MH"), rng.randint(2004, 2021))
    )
    # identifiers
    s["abha"] = P("ID", ids.abha(rng))
    s["abha_addr"] = P("ID", f"{p.roman.split()[0]}{fill(rng, '##')}@abdm")
    s["pan"] = P("ID", ids.pan(rng, p.roman.split()[-1][0].upper()))
    s["epic"] = P("ID", ids.epic(rng))
    s["rch"] = P("ID", ids.rch(rng))
    s["nikshay"] = P("ID", ids.nikshay(rng))
    s["pmjay"] = P("HEALTH_PLAN", ids.pmjay(rng))
    s["claim"] = F("ID", "CASE/PS3/HOSP%#T%####/CL%######", "PS3/%#######/CL%####")
    s["preauth"] = F("ID", "PA/%####/%######", "%##########")
    s["policy"] = F("HEALTH_PLAN", "%####/%####/%#####/00", "P/%#####/01/20##/%#####")
    s["member"] = F("HEALTH_PLAN", "%#######-0%", "HI%#######")
    s["esic"] = F("HEALTH_PLAN", "%#########")
    s["hib"] = P("HEALTH_PLAN", native(fill(rng, "%#########"), "deva"))
    s["call_id"] = F("ID", "%###########", "108/%#######")
    s["call_id2"] = F("ID", "%###########", "108/%#######")
    s["reg_no"] = F("ID", "%####/%###", f"{'B' if 'birth' in kind else 'D'}-{d1.year}:%#-%####-%#####")
    s["reg_no_n"] = P("ID", native(fill(rng, "%##/%###"), sc))
    s["bill"] = F("ID", "INV-%#####", "%######", "CB/%####")
    s["tele"] = F("ID", "TC%########", "%##########")
    s["tb_no"] = F("ID", "%###/%#", "TB-%####")
    s["lhw_no"] = F("ID", "%###/%##")
    s["mrn"] = F("MRN", "%#######", "UHID%#########", "%####/%###", "IPD/%#####")
    s["mrn2"] = F("MRN", "%#######", "%####/%###")
    s["mrn_n"] = P("MRN", native(fill(rng, "%####/%##"), sc))
    s["bht"] = F("MRN", "%####/%##", "BHT %#####")
    for i in range(1, 5):
        s[f"w{i}_id"] = P("ID", ids.rch(rng))
        s[f"w{i}_mrn"] = F("MRN", "%#####", "%####/%##")
    s["acct"] = F("ACCOUNT", "%##########", "%#############", "%############")
    s["acct2"] = F("ACCOUNT", "CR-%####", "%#####")
    s["serial"] = F("DEVICE", "@@%#######", "%##########", "SN%########")
    rto = STATE_RTO.get(loc_code)
    vehicles = {"UR": fill(rng, rng.choice(["@@@-%###", "@@-%##-%###"])), "SI": fill(rng, "@@ @@@-%###"), "NE": native(fill(rng, "%#"), "deva") + " पा " + native(fill(rng, "%###"), "deva"),
                "BD": "ময়মনসিংহ-হ " + native(fill(rng, "%#-%###"), "beng")}  # fmt: skip
    s["vehicle"] = P("VEHICLE", ids.vehicle_in(rng, rto) if rto else vehicles[loc_code])
    s["ip"] = P("IP", ids.ipv4(rng))
    s["url"] = P("URL", fill(rng, rng.choice(["https://esanjeevani.mohfw.gov.in/consult/join/~~~~~~~~~~~~?pid=%#######",
                                              "https://meet.teleconsult.example.in/r/~~~~~~~~~~~~~~~~"])))  # fmt: skip
    # keep values
    for i, v in enumerate(rng.sample(DRUGS, 5), 1):
        s[f"drug{i}"] = K(v)
    for i, v in enumerate(rng.sample(LABS, 4), 1):
        s[f"lab{i}"] = K(v)
    dx, icd = rng.choice(DX.get(loc.lang, DX["hi"]))
    s["dx"], s["icd"] = K(dx), K(icd)
    s["hosp"], s["hosp2"] = (K(v) for v in rng.sample(HOSP[loc_code], 2))
    for i, v in enumerate(sorted(rng.sample(VACCINES, 6), key=VACCINES.index), 1):  # in the schedule's order
        s[f"vac{i}"] = K(v)
    s["td1"], s["td2"] = K("Td-1"), K("Td-2")
    if kind in WOMEN:  # iron-folic acid and calcium for every pregnant woman
        s["drug3"], s["drug4"] = (
            K("Tab. IFA (Ferrous sulphate 100 mg + Folic acid 0.5 mg)"),
            K("Tab. Calcium 500 mg + Vit D3"),
        )
    code, pkg = rng.choice(PACKAGES)
    s["pkg_code"], s["pkg"] = K(code), K(pkg)
    s["amount"] = K(f"{rng.randint(8, 95)},{rng.randint(0, 9)}00")
    s["bp"] = K(f"{rng.randint(110, 170)}/{rng.randint(70, 100)}")
    s["wt"] = K(f"{rng.randint(38, 74)} kg")
    s["ifsc"] = fill(rng, "@@@@0%#####")
    s["hb"] = K(f"Hb {rng.randint(72, 118) / 10:.1f} g/dL")
    s["ga"] = K(f"{rng.randint(12, 36)} weeks")
    s["brn"] = P("ID", native(fill(rng, f"{p.dob.year}%############"), "beng"))
    s["p_rel"] = REL[loc.lang][0 if p.female else 1]
    s["p_elder"] = ELDER.get(loc.lang, ("", ""))[0 if p.female else 1]
    return s


# ---- templates -------------------------------------------------------------------------------------------

OPD = {
    "HI": """‹जिला चिकित्सालय› «district» — बाह्य रोगी विभाग (OPD) पर्ची          OPD पंजीकरण सं.: «mrn»     दिनांक: «d1_n»
रोगी का नाम: «p_n»          आयु/लिंग: «p_agen» वर्ष / «p_sex»
«p_rel» का नाम: «r_n»          मोबाइल: «p_ph»
पता: «p_addr»
आधार सं.: «p_nid»          ABHA सं.: «abha»          ई-मेल: «p_em»
शिकायत: ३ दिन से बुखार, बदन दर्द, खाँसी।  BP «bp», SpO2 97%
जाँच: «lab1», «lab2»
निदान: «dx» («icd»)
Rx
1. «drug1» — 1-0-1 × 5 दिन (खाने के बाद)
2. «drug2» — 0-0-1 × 10 दिन
3. ‹ORS घोल› — दिन में ३ बार
4. «drug3» — SOS
पिछली भेंट: «d3_n»
पुनः दिखाएँ: «d4_n» (या तबीयत बिगड़ने पर तुरंत)
डॉ. «d_n», MBBS, MD (मेडिसिन)   पंजी. सं. UPMC «d_lic»   — कम्प्यूटर में दर्ज: «e_n», फार्मासिस्ट
""",
    "TA": """‹வெளிநோயாளர் சீட்டு› — «hosp»
OP எண்: «mrn»          தேதி: «d1_dot»
பெயர்: «p_n»          வயது: «p_age»     பாலினம்: «p_sex»
«p_rel»: «r_n»
முகவரி: «p_addr»
கைபேசி: «p_ph»          ஆதார்: «p_nid»          மின்னஞ்சல்: «p_em»
குறைகள்: இரண்டு நாளாக காய்ச்சல், தலைவலி. இரத்த அழுத்தம் «bp».
பரிசோதனை: «lab1»; «lab2»
நோய் கண்டறிதல்: «dx» («icd»)
மருந்துகள்:
  «drug1»     1-0-1   உணவுக்குப் பின்   5 நாட்கள்
  «drug2»     0-0-1   10 நாட்கள்
  «drug3»     தேவைப்பட்டால்
முந்தைய வருகை: «d3_dot»
மீண்டும் வர வேண்டிய நாள்: «d4_longa»
மருத்துவர்: Dr. «d_n» MBBS (பதிவு எண் TNMC «d_lic»)     செவிலியர்: «e_n»
""",
}

DISCHARGE = {
    "MR": """‹डिस्चार्ज सारांश› — «hosp»                                   IPD क्र.: «mrn»     UHID: «mrn2»
रुग्णाचे नाव: «p_n»          वय: «p_agen» वर्षे     लिंग: «p_sex»
पत्ता: «p_addr»
संपर्क: «p_ph» / «r_ph»          आधार क्र.: «p_nid»          ई-मेल: «r_em»
जन्मतारीख: «p_dob_n»
दाखल दिनांक: «d1_n»          डिस्चार्ज दिनांक: «d2_n»
नातेवाईक: «r_s» («p_rel») — संमतीपत्रावर सही केली.
निदान: «dx» («icd»)
उपचारादरम्यान: «lab1», «lab2»; «drug4» दिले.
डिस्चार्जच्या वेळी औषधे:
  1) «drug1» — सकाळी-रात्री, ७ दिवस
  2) «drug2» — रात्री एक
  3) «drug3» — गरज असल्यास
पुढील तपासणी: «d4_long» रोजी ‹बाह्यरुग्ण विभाग क्र. ४› मध्ये.
उपचार करणारे डॉक्टर: डॉ. «d_n» (MMC नोंदणी क्र. «d_lic»)     परिचारिका: «e_s»
‹महात्मा ज्योतिराव फुले जन आरोग्य योजना› — लाभार्थी क्र. «pmjay»
""",
    "ML": """‹ഡിസ്ചാർജ് സമ്മറി› — «hosp»
IP നമ്പർ: «mrn»          പ്രവേശന തീയതി: «d1_dot»        ഡിസ്ചാർജ് തീയതി: «d2_dot»
രോഗിയുടെ പേര്: «p_n»      വയസ്സ്: «p_age»      ലിംഗം: «p_sex»      ജനന തീയതി: «p_dob_dot»
വിലാസം: «p_addr»
ഫോൺ: «p_ph»      «p_rel»: «r_n» («r_ph»)
ഇമെയിൽ: «p_em»     ABHA: «abha»
ആധാർ: «p_nid»     ‹കാരുണ്യ ആരോഗ്യ സുരക്ഷാ പദ്ധതി› (KASP) കാർഡ്: «pmjay»
രോഗനിർണയം: «dx» («icd»)
ചികിത്സാ വിവരണം: പനിയും ശരീരവേദനയുമായി പ്രവേശിപ്പിച്ചു. «lab1», «lab2». IV fluids, «drug4» നൽകി.
ഡിസ്ചാർജ് മരുന്നുകൾ:
  «drug1»    1-0-1    5 ദിവസം
  «drug2»    0-0-1    തുടരുക
അടുത്ത പരിശോധന: «d4_longa», ‹മെഡിസിൻ ഒപി› — Dr. «d_n» (TCMC Reg. No. «d_lic»)
സ്റ്റാഫ് നഴ്സ്: «e_n»
""",
}

ASHA = {
    "BN": """‹আশা কর্মীর গৃহভিত্তিক রেজিস্টার› — «tehsil»          আশা: «e_n» (মোবাইল «e_ph»)
হালনাগাদ: «d1_longa»
ক্রম  নাম                       বয়স     স্বামী/স্ত্রী               মোবাইল             মন্তব্য
১    «w1_n»        «w1_agen»    «v1_n»        «w1_ph»       «hb», আয়রন ট্যাবলেট «e1_n»
২    «w2_n»        «w2_agen»    «v2_n»        «w2_ph»       ‹NCD স্ক্রিনিং›: BP «bp»
৩    «p_n»         «p_agen»     «r_n»         «p_ph»        জ্বর ৩ দিন, RDT ম্যালেরিয়া নেগেটিভ; «hosp» এ রেফার «d1_n»
৪    «y_n»         «y_oldn»     «v4_n»        «y_ph»        শয্যাশায়ী, ‹বার্ধক্য ভাতা› আবেদন
৫    «w3_n»        «w3_agen»    «v3_n»        —             কফ পরীক্ষা «e2_n», Nikshay «nikshay»
ঠিকানা (ক্রম ৩): «p_addr»
তদারকি: এএনএম «x_n», «d2_n»
""",
    "KN": """‹ಆಶಾ ಕಾರ್ಯಕರ್ತೆಯ ಕುಟುಂಬ ಸಮೀಕ್ಷೆ ರಿಜಿಸ್ಟರ್› — ಗ್ರಾಮ: «p_vil», ಹೋಬಳಿ: «tehsil»
ಆಶಾ: «e_n», ದೂ: «e_ph»        ಸಮೀಕ್ಷೆ ದಿನಾಂಕ: «d1_dot»
ಕ್ರ.ಸಂ | ಹೆಸರು | ವಯಸ್ಸು | ಗಂಡ/ಹೆಂಡತಿ | ಮೊಬೈಲ್ | ಷರಾ
1 | «w1_n» | «w1_age» | «v1_n» | «w1_ph» | ರಕ್ತಹೀನತೆ, «hb», ‹ಕಬ್ಬಿಣಾಂಶ ಮಾತ್ರೆ›
2 | «p_n» | «p_age» | «r_n» | «p_ph» | «dx», «drug1» ನಿಯಮಿತ; BP «bp»
3 | «y_n» | «y_old» | «v2_n» | «y_ph» | ಹಾಸಿಗೆ ಹಿಡಿದಿದ್ದಾರೆ, ಮನೆಭೇಟಿ «e1_dot»
4 | «w3_n» | «w3_age» | «v3_n» | «w3_ph» | ‹ಕ್ಷಯ› ಚಿಕಿತ್ಸೆ, Nikshay ID «nikshay»
5 | «w4_n» | «w4_age» | «v4_n» | — | ಸಕ್ಕರೆ ತಪಾಸಣೆ «lab2»
ಮನೆ ವಿಳಾಸ (ಕ್ರ.ಸಂ 2): «p_line», «p_vil» - «p_pin»
ಪರಿಶೀಲಿಸಿದವರು: ANM «x_n», «d2_dot»
""",
}

CLAIM_JSON = {
    "GU": '{"claimId":"«claim»","preAuthNo":"«preauth»","scheme":"‹PM-JAY (MA Yojana)›","hospital":{"name":"«hosp»","type":"Public"},'
    '"beneficiary":{"pmjayId":"«pmjay»","abhaNumber":"«abha»","abhaAddress":"«abha_addr»","name":"«p_n»","gender":"«p_sex»","age":"«p_age»",'
    '"dob":"«p_dob_dmy»","mobile":"«p_ph»","email":"«p_em»","aadhaar":"«p_nid»","address":{"line":"«p_line»","village":"«p_vil»","district":"«district_k»",'
    '"state":"«state_k»","pin":"«p_pin»"},"familyHead":"«r_n»","familyHeadMobile":"«r_ph»"},"admission":{"date":"«d1_iso»","dischargeDate":"«d2_iso»","ipNo":"«mrn»",'
    '"package":{"code":"«pkg_code»","name":"«pkg»","amount":"«amount»"},"diagnosis":"«dx»","icd10":"«icd»"},'
    '"treatingDoctor":{"name":"ડૉ. «d_n»","regNo":"«d_lic»","mobile":"«d_ph»"},"aarogyaMitra":"«e_n»",'
    '"remarks":"દર્દીને «d3_longa» થી તાવ હતો; «lab1», «lab2».","submittedFrom":"«ip»","bank":{"account":"«acct»","ifsc":"«ifsc»"}}',
    "TE": '{"claimId":"«claim»","preAuthNo":"«preauth»","scheme":"‹Dr. YSR Aarogyasri / PM-JAY›","hospital":{"name":"«hosp»","type":"Public"},'
    '"beneficiary":{"pmjayId":"«pmjay»","abhaNumber":"«abha»","abhaAddress":"«abha_addr»","name":"«p_n»","gender":"«p_sex»","age":"«p_age»",'
    '"dob":"«p_dob_dmy»","mobile":"«p_ph»","email":"«p_em»","aadhaar":"«p_nid»","address":{"line":"«p_line»","village":"«p_vil»","district":"«district_k»",'
    '"state":"«state_k»","pin":"«p_pin»"},"familyHead":"«r_n»","familyHeadMobile":"«r_ph»"},"admission":{"date":"«d1_iso»","dischargeDate":"«d2_iso»","ipNo":"«mrn»",'
    '"package":{"code":"«pkg_code»","name":"«pkg»","amount":"«amount»"},"diagnosis":"«dx»","icd10":"«icd»"},'
    '"treatingDoctor":{"name":"డా. «d_n»","regNo":"«d_lic»","mobile":"«d_ph»"},"aarogyaMitra":"«e_n»",'
    '"remarks":"రోగికి «d3_longa» నుండి జ్వరం; «lab1», «lab2».","submittedFrom":"«ip»","bank":{"account":"«acct»","ifsc":"«ifsc»"}}',
}

MCP = {
    "HI": """‹मातृ एवं शिशु सुरक्षा कार्ड (MCP कार्ड)›          RCH पंजीकरण सं.: «rch»
गर्भवती का नाम: «p_n»          आयु: «p_agen» वर्ष
पति का नाम: «r_n»          मोबाइल: «r_ph»          पति का आधार: «r_nid»
पता: «p_addr»
आशा: «e_n» («e_ph»)     ए.एन.एम.: «x_n»
अंतिम माहवारी की तिथि (LMP): «d7_n»      प्रसव की संभावित तिथि (EDD): «d6_n»
पहली जाँच: «e3_n» — वजन «wt», BP «bp», «hb»
टीका: «td1» «e2_long», «td2» «e1_long»; «drug3» — 180 गोलियाँ दी गईं
‹जननी सुरक्षा योजना› भुगतान: ₹1400 बैंक खाता सं. «acct» (IFSC «ifsc»), आधार «p_nid»
प्रसव स्थान: «hosp» — प्रसव तिथि «d4_n», ‹सामान्य प्रसव›
""",
    "PA": """‹ਮਾਂ ਅਤੇ ਬੱਚਾ ਸੁਰੱਖਿਆ ਕਾਰਡ›           RCH ID: «rch»
ਗਰਭਵਤੀ ਦਾ ਨਾਮ: «p_n»        ਉਮਰ: «p_age» ਸਾਲ
ਪਤੀ ਦਾ ਨਾਮ: «r_n»          ਮੋਬਾਈਲ: «p_ph»          ਪਤੀ ਦਾ ਆਧਾਰ: «r_nid»
ਪਤਾ: «p_addr»
ਆਸ਼ਾ ਵਰਕਰ: «e_n», ਫ਼ੋਨ «e_ph»
LMP: «d7_dmy»     EDD: «d6_dmy»     ਪਹਿਲੀ ਜਾਂਚ: «e3_dmy»
ਭਾਰ «wt», BP «bp», «hb» — «drug3» ਸ਼ੁਰੂ
ਟੀਕਾਕਰਨ: «td1», ਮਿਤੀ «e2_long»; «td2», ਮਿਤੀ «e1_long»
‹ਜਨਨੀ ਸੁਰੱਖਿਆ ਯੋਜਨਾ› ਦੀ ਰਕਮ ਖਾਤਾ ਨੰ. «acct» ਵਿੱਚ — ਆਧਾਰ ਨੰ. «p_nid»
ਜਣੇਪਾ: «hosp», ਮਿਤੀ «d4_dmy» — ਡਾ. «d_n»
""",
}

LAB = {
    "TA": """‹ஆய்வக அறிக்கை› — «hosp»
நோயாளி பெயர்: «p_n»          வயது/பாலினம்: «p_age» / «p_sex»
பதிவு எண் (Lab No.): «mrn»          மாதிரி சேகரிப்பு: «d1_dash» 08:40
பரிந்துரைத்தவர்: Dr. «d_n»          கைபேசி: «p_ph»          ABHA: «abha» («abha_addr»)
முகவரி: «p_addr»
முடிவுகள்:
  1. «hb»
  2. «lab1»
  3. «lab2»
  4. «lab3»
தற்போதைய மருந்து: «drug1»
கருத்து: «dx» சந்தேகம் — மருத்துவரை அணுகவும்.
அறிக்கை வெளியிட்ட நாள்: «d2_dash»         ஆய்வக நுட்புநர்: «e_n» (பதிவு எண் «e_lic»)
அறிக்கை மின்னஞ்சலில் அனுப்பப்பட்டது: «p_em»
""",
    "GU": """‹લેબોરેટરી રિપોર્ટ› — «hosp»
દર્દીનું નામ: «p_n»           ઉંમર: «p_agen» વર્ષ     જાતિ: «p_sex»
રેફર કરનાર ડૉક્ટર: ડૉ. «d_s»     લેબ નં.: «mrn»     ABHA: «abha»
નમૂનો લીધાની તારીખ: «d1_n»        રિપોર્ટ તારીખ: «d2_n»
સરનામું: «p_addr»         મોબાઇલ: «p_ph»         ઇમેઇલ: «p_em»
તપાસ પરિણામ:
  «hb»
  «lab1»
  «lab2»
  «lab3»
ચાલુ દવા: «drug1»
નોંધ: «dx» ની શક્યતા; ફરી તપાસ «d4_longa».
ટેક્નિશિયન: «e_s» (રજિ. નં. «e_lic»)     રિપોર્ટ WhatsApp પર મોકલ્યો: «p_ph2»
""",
}

PHARMACY = {
    "KN": """‹ಶ್ರೀ ಬನಶಂಕರಿ ಮೆಡಿಕಲ್ಸ್› — ಔಷಧ ಮಾರಾಟ ಬಿಲ್ (GST ಸಹಿತ)          ಬಿಲ್ ಸಂಖ್ಯೆ: «bill»     ದಿನಾಂಕ: «d1_dmy»
ಗ್ರಾಹಕರ ಹೆಸರು: «p_n»          ಮೊಬೈಲ್: «p_ph»          ಇಮೇಲ್: «p_em»
ವೈದ್ಯರ ಹೆಸರು: ಡಾ. «d_n» (KMC «d_lic»)      ಚೀಟಿ ದಿನಾಂಕ: «d3_dmy»     ಹಿಂದಿನ ಬಿಲ್: «d7_dmy»
ಕ್ರ | ಔಷಧ | ಬ್ಯಾಚ್ | ಪ್ರಮಾಣ | ಮೊತ್ತ
1 | «drug1» | B2417 | 30 | ₹ 84.00
2 | «drug2» | K0931 | 15 | ₹ 126.50
3 | «drug3» | A7702 | 10 | ₹ 62.00
4 | ‹Glucometer strips (50)› | G1180 | 1 | ₹ 899.00
ಸಾಲದ ಖಾತೆ: «acct2» — ಬಾಕಿ ₹ 1,240
ಔಷಧಿಕಾರ: «e_n», ನೋಂದಣಿ ಸಂ. «e_lic»
ಮನೆ ತಲುಪಿಸುವಿಕೆ: «p_line», «p_vil» — ಸಂಪರ್ಕ «r_n» «r_ph»
ಗ್ಲುಕೋಮೀಟರ್ ಸೀರಿಯಲ್ ನಂ. «serial» (ವಾರಂಟಿ ನೋಂದಣಿ)
""",
    "UR": """‹الشفاء میڈیکل سٹور› — ڈرگ سیل لائسنس 04-352-0123
بل نمبر: «bill»          تاریخ: «d1_dmy»          پچھلا بل: «d7_dmy»
مریض کا نام: «p_n»، «p_rel» «r_n»
شناختی کارڈ نمبر: «p_nid»        موبائل: «p_ph»        ای میل: «p_em»
ڈاکٹر: ڈاکٹر «d_n» (PMDC «d_lic»)، «hosp»
نمبر  دوا                               مقدار     رقم
۱     «drug1»                          ۳۰       ۲۴۰
۲     «drug2»                          ۱۰       ۱۸۵
۳     «drug3»                          ۱        ۹۵
کل رقم: ۵۲۰ روپے — ادھار کھاتہ نمبر «acct2»
فارماسسٹ: «e_n» (رجسٹریشن «e_lic»)
پتہ برائے ہوم ڈیلیوری: «p_addr»
شوگر چیک کرنے والی مشین کا سیریل نمبر: «serial»
""",
}

WHATSAPP = {
    "ML": """[«d1_dot», 7:42 am] «r_g»: «p_elder»യെ («p_n») ഇന്നലെ രാത്രി «hosp» ICU-ലേക്ക് മാറ്റി. ശ്വാസംമുട്ടൽ കൂടുതലാണ്
[«d1_dot», 7:43 am] «m_g»: ദൈവമേ... ഞാൻ ഉച്ചയ്ക്ക് എത്താം. ബെഡ് നമ്പർ?
[«d1_dot», 7:45 am] «r_g»: MICU bed 14. IP നമ്പർ «mrn». ഡോക്ടർ «d_n» ആണ് നോക്കുന്നത്
[«d1_dot», 7:51 am] «x_g»: «p_old» വയസ്സായില്ലേ, ശ്രദ്ധിക്കണം. ആധാർ കോപ്പി വേണോ? «p_nid»
[«d1_dot», 8:05 am] «r_g»: «lab1», «lab2». «drug4» തുടങ്ങി
[«d1_dot», 8:05 am] «r_g»: ഡോക്ടർ പറഞ്ഞത്: «dx», «drug5» കൂടി വേണം. വേണമെങ്കിൽ «hosp2»-ലേക്ക് റഫർ ചെയ്യും
[«d1_dot», 8:06 am] «m_g»: ഇൻഷുറൻസ് പോളിസി നമ്പർ «policy» — ഫോട്ടോ അയക്കാം
[«d1_dot», 8:10 am] «x_g»: ഞാൻ «x_ph» ൽ ഉണ്ട്, ആംബുലൻസ് വേണമെങ്കിൽ വിളിക്ക്
[«d2_dot», 6:10 pm] «r_g»: വാർഡിലേക്ക് മാറ്റി. «d4_short» ന് ഡിസ്ചാർജ് പ്രതീക്ഷിക്കുന്നു
[«d2_dot», 6:12 pm] «m_g»: <Media omitted> ഡിസ്ചാർജ് സമ്മറി «r_em» ലേക്ക് മെയിൽ ചെയ്തു
[«d2_dot», 6:15 pm] «r_g»: «p_elder»യുടെ വീട്ടിൽ («p_line», «p_vil») ഒരു ഹോം നഴ്സിനെ ഏർപ്പാടാക്കണം — «e_n», ഫോൺ «e_ph»
""",
    "PA": """[«d1_dmy», 9:12 ਪੂ.ਦੁ.] «r_g»: «p_elder» («p_n») ਨੂੰ ਰਾਤੀਂ «hosp» ਦਾਖ਼ਲ ਕਰਵਾਇਆ, ਸਾਹ ਔਖਾ ਸੀ
[«d1_dmy», 9:14 ਪੂ.ਦੁ.] «m_g»: ਵਾਹਿਗੁਰੂ ਮਿਹਰ ਕਰੇ 🙏 ਕਿਹੜਾ ਵਾਰਡ?
[«d1_dmy», 9:15 ਪੂ.ਦੁ.] «r_g»: ICU ਬੈੱਡ 6, ਦਾਖ਼ਲਾ ਨੰ. «mrn». ਡਾ. «d_n» ਦੇਖ ਰਹੇ ਨੇ
[«d1_dmy», 9:20 ਪੂ.ਦੁ.] «x_g»: «p_oldn» ਸਾਲ ਦੀ ਉਮਰ ਏ, ਧਿਆਨ ਰੱਖਿਓ। ਆਧਾਰ ਕਾਰਡ ਨੰ. «p_nid» ਏ
[«d1_dmy», 9:31 ਪੂ.ਦੁ.] «r_g»: ਰਿਪੋਰਟਾਂ: «lab1», «lab2». «drug4» ਲੱਗ ਰਿਹਾ
[«d1_dmy», 9:33 ਪੂ.ਦੁ.] «r_g»: ਡਾਕਟਰ ਕਹਿੰਦੇ «dx» ਵੀ ਏ, «drug5» ਸ਼ੁਰੂ ਕੀਤੀ; ਲੋੜ ਪਈ ਤਾਂ «hosp2» ਭੇਜਣਗੇ
[«d1_dmy», 9:40 ਪੂ.ਦੁ.] «m_g»: ਸਿਹਤ ਬੀਮਾ ਕਾਰਡ «pmjay» ਮੇਰੇ ਕੋਲ ਏ, ਲੈ ਆਵਾਂਗੀ
[«d1_dmy», 9:44 ਪੂ.ਦੁ.] «x_g»: ਕੋਈ ਲੋੜ ਹੋਵੇ ਤਾਂ «x_ph» ਤੇ ਫ਼ੋਨ ਕਰੋ
[«d2_dmy», 5:02 ਬਾ.ਦੁ.] «r_g»: ਵਾਰਡ ਵਿੱਚ ਸ਼ਿਫ਼ਟ ਕਰ ਦਿੱਤਾ। ਛੁੱਟੀ «d4_short» ਨੂੰ
[«d2_dmy», 5:05 ਬਾ.ਦੁ.] «m_g»: <Media omitted> ਰਿਪੋਰਟ «r_em» ਤੇ ਮੇਲ ਕਰ ਦਿੱਤੀ
[«d2_dmy», 5:09 ਬਾ.ਦੁ.] «r_g»: ਘਰ («p_line», «p_vil») ਲਈ ਨਰਸ «e_n» ਨਾਲ ਗੱਲ ਹੋ ਗਈ, ਨੰ. «e_ph»
""",
}

TELE = {
    "TE": """‹ఈ-సంజీవని టెలికన్సల్టేషన్ నోట్›          కన్సల్టేషన్ ID: «tele»
తేదీ: «d1_dmy» 11:20        హబ్: «hosp»      స్పోక్: ఆరోగ్య ఉపకేంద్రం, «p_vil»
రోగి పేరు: «p_n»      వయస్సు: «p_age»      లింగం: «p_sex»
ABHA: «abha»        ఫోన్: «p_ph»        Email: «p_em»        ఆధార్: «p_nid»
కమ్యూనిటీ హెల్త్ ఆఫీసర్: «e_n»        డాక్టర్: డా. «d_n» (APMC రిజి. «d_lic»)
ఫిర్యాదు: మూడు రోజులుగా జ్వరం, దగ్గు. BP «bp», SpO2 96%
పరీక్షలు: «lab1»; «lab2»
నిర్ధారణ: «dx» («icd»)
మందులు: «drug1» 1-0-1 × 5 రోజులు; «drug2» 0-0-1; «drug3» SOS
తదుపరి సంప్రదింపు: «d4_dmy» — లింక్: «url»
సెషన్ లాగ్: connected from «ip», video 6 min 40 s
""",
    "NE": """‹टेलिमेडिसिन परामर्श विवरण› — «hosp»
परामर्श नं.: «tele»       मिति: «d1_bs» (ई.सं. «d1_dmy»)
बिरामीको नाम: «p_n»         उमेर: «p_agen» वर्ष      लिङ्ग: «p_sex»
सँगै आउने: «r_n» («r_ph»)
ठेगाना: «p_addr»
सम्पर्क नं.: «p_ph»       स्वास्थ्य बीमा नं.: «hib»       इमेल: «p_em»
नागरिकता नं.: «p_nid»
स्वास्थ्य चौकी: «e_n», अ.न.मी. (नर्सिङ परिषद् दर्ता नं. «e_lic»)
चिकित्सक: डा. «d_n» (NMC No. «d_lic»)
समस्या: ३ दिनदेखि ज्वरो, टाउको दुखाइ। BP «bp»
जाँच: «lab1», «lab2»
निदान: «dx» («icd»)
औषधि: «drug1» — बिहान-बेलुका ५ दिन; «drug2»; «drug3» आवश्यक परेमा
फलोअप: «d4_bslong» — भिडियो लिङ्क «url» (IP «ip»)
""",
}

AMBULANCE = {
    "MR": """‹१०८ आपत्कालीन वैद्यकीय सेवा — कॉल लॉग›   जिल्हा नियंत्रण कक्ष: «district_k»
कॉल आयडी      वेळ                        कॉलर (मोबाइल)                    घटना
«call_id»    «d1_dot» 02:14        «r_s» («r_ph»)              रस्ता अपघात — «p_n», वय «p_agen», दुचाकी «vehicle» घसरली
              ठिकाण: «p_line», «p_vil» फाटा, «tehsil»
              रुग्णवाहिका MH-14-CL-0421 (पायलट: «x_s», EMT: «e_s») — «hosp» येथे दाखल 03:02, GCS 13
«call_id2»   «d2_dot» 05:47        «m_s» («m_ph»)              श्वास घेण्यास त्रास — «y_n», वय «y_oldn» वर्षे
              ठिकाण: «y_line», «y_vil» - «y_pin»; SpO2 84%, ‹ऑक्सिजन› दिला, «hosp2» येथे रेफर
EMT नोंद: रुग्णाचा वाहन परवाना «dl» पोलिसांकडे सुपूर्त. «drug5» दिले.
""",
    "BN": """‹১০৮ অ্যাম্বুলেন্স কল লগ› — জেলা কন্ট্রোল রুম, «district»
কল নং «call_id» | «d1_n» ২৩:৪০ | কলার: «r_n», মোবাইল «r_ph»
রোগী: «p_n», বয়স «p_agen», «p_sex» — জ্বর ও খিঁচুনি
ঠিকানা: «p_addr»
অ্যাম্বুলেন্স WB-29-B-7731 রওনা ২৩:৪৬, পৌঁছাল ০০:২৫, «hosp» এ ভর্তি (EMT: «e_n»)
কল নং «call_id2» | «d2_n» ০৪:১৫ | কলার: «x_n» («x_ph»)
রোগী: «y_n», বয়স «y_oldn» বছর — বুকে ব্যথা; ঠিকানা «y_line», «y_vil», পিন «y_pin»
«hosp2» এ রেফার; ECG: ‹ST elevation›, «drug5» দেওয়া হয়েছে
ঘটনাস্থলে কলারের মোটরসাইকেল «vehicle», চালকের লাইসেন্স «dl»
""",
}

DEATH = {
    "BD": """‹মৃত্যু নিবন্ধন আবেদন ফরম› (ফরম-২)          নিবন্ধন নং: «reg_no_n»
মৃত ব্যক্তির নাম: «p_n»          লিঙ্গ: «p_sex»
জাতীয় পরিচয়পত্র নং: «p_nid»
স্বামী/স্ত্রীর নাম: «r_n»
জন্ম তারিখ: «p_dob_n»       মৃত্যুর তারিখ: «d1_n»       মৃত্যুকালে বয়স: «p_oldn» বছর
মৃত্যুর স্থান: «hosp»
মৃত্যুর কারণ: ‹বার্ধক্যজনিত জটিলতা›, «dx»
ICD-10: «icd»; সর্বশেষ পরীক্ষা: «lab1», «lab2»
স্থায়ী ঠিকানা: «p_addr»
আবেদনকারী (পুত্র/কন্যা): «m_n», মোবাইল «m_ph», এনআইডি «m_nid», ইমেইল «m_em»
তথ্য প্রদানকারী: «x_n», মোবাইল «x_ph»
প্রত্যয়নকারী চিকিৎসক: ডা. «d_n» (BMDC রেজি. নং A-«d_lic»)
ইউনিয়ন পরিষদ নিবন্ধক: «y_n», তারিখ «d2_n»
""",
    "SI": """‹මරණ ලියාපදිංචි කිරීමේ තොරතුරු› (B 24 ආකෘතිය)        ලියාපදිංචි අංකය: «reg_no»
මියගිය අයගේ නම: «p_n»          ස්ත්‍රී/පුරුෂ භාවය: «p_sex»
ජාතික හැඳුනුම්පත් අංකය: «p_nid»
උපන් දිනය: «p_dob_si»         මරණ දිනය: «d1_si»        වයස: අවුරුදු «p_old»
මරණය සිදු වූ ස්ථානය: «hosp»
මරණයට හේතුව: «dx», ‹වයස්ගත වීම›
ICD-10: «icd»; අවසන් පරීක්ෂණ: «lab1», «lab2»
ස්ථිර ලිපිනය: «p_addr»
«p_rel»: «r_n»
දැනුම් දෙන්නා: «m_n» (පුත්/දියණිය), දුරකථන «m_ph», ජා.හැ.අ. «m_nid», විද්‍යුත් තැපෑල «m_em»
සහතික කළ වෛද්‍ය නිලධාරී: Dr. «d_n» (SLMC «d_lic»)
රෙජිස්ට්‍රාර්: «y_n», «d2_silong»
""",
}

BIRTH = {
    "NE": """‹जन्म दर्ताको सूचना फाराम› (अनुसूची-१)         दर्ता नं.: «reg_no_n»
शिशुको नाम: «p_n»        लिङ्ग: «p_sex»
जन्म मिति: «p_dob_bs» (ई.सं. «p_dob_dmy»)       जन्म स्थान: «hosp»
तौल: ‹२.९ केजी›, ‹सामान्य प्रसूति›; «vac1» र «vac2» दिइयो
बाबुको नाम: «r_n»        नागरिकता नं.: «r_nid»
आमाको नाम: «m_n»         नागरिकता नं.: «m_nid»      आमाको उमेर: «m_agen» वर्ष
स्थायी ठेगाना: «p_addr»
सूचना दिने: «r_g», सम्पर्क «r_ph», इमेल «r_em»
प्रसूति गराउने: «e_n», अ.न.मी.
वडा सचिव: «y_n», मिति «d2_bslong»
""",
    "HI": """‹जन्म की सूचना — प्रपत्र-1› (‹जन्म एवं मृत्यु रजिस्ट्रीकरण अधिनियम, 1969›)
पंजीकरण सं.: «reg_no»        पंजीकरण तिथि: «d2_n»
बच्चे का नाम: «p_n»        लिंग: «p_sex»
जन्म तिथि: «p_dob_n»        जन्म स्थान: «hosp»        ‹जन्म के समय वजन›: 2.9 kg, «vac1»
पिता का नाम: «r_n»        पिता का आधार: «r_nid»
माता का नाम: «m_n»        माता का आधार: «m_nid»     माता की आयु: «m_agen» वर्ष
प्रसव के समय माता का पता: «p_addr»
सूचनादाता: «x_n», मोबाइल «x_ph», ई-मेल «x_em»
प्रसव कराने वाली: ए.एन.एम. «e_n» — ‹जननी सुरक्षा योजना› खाता सं. «acct»
रजिस्ट्रार (जन्म-मृत्यु): «y_n»
""",
}

IMMUNISATION = {
    "BD": """‹শিশুর টিকা কার্ড› — ‹সম্প্রসারিত টিকাদান কর্মসূচি (ইপিআই)›
টিকা কার্ড নং: «reg_no_n»        জন্ম নিবন্ধন নং: «brn»
শিশুর নাম: «p_n»      জন্ম তারিখ: «p_dob_n»      লিঙ্গ: «p_sex»
মায়ের নাম: «m_n»     পিতার নাম: «r_n»
মায়ের এনআইডি: «m_nid»
ঠিকানা: «p_addr»
মোবাইল: «m_ph»
টিকা                      তারিখ
«vac1»                 «e4_n»
«vac2»                 «e3_n»
«vac3»                 «e2_n»
পরবর্তী টিকা («vac4»): «d4_n»; তারপর «vac5», «vac6»
টিকাদানকারী: স্বাস্থ্য সহকারী «e_n», ওয়ার্ড ৩ টিকা কেন্দ্র
""",
    "NE": """‹बाल खोप कार्ड› — ‹राष्ट्रिय खोप कार्यक्रम›
शिशुको नाम: «p_n»       जन्म मिति: «p_dob_bs»       लिङ्ग: «p_sex»
आमाको नाम: «m_n»        बुबाको नाम: «r_n»
आमाको नागरिकता नं.: «m_nid»
ठेगाना: «p_addr»      फोन: «r_ph»
खोप                       मिति
«vac1»                 «e4_bs»
«vac2»                 «e3_bs»
«vac3»                 «e2_bs»
«vac4»                 «e1_bs»
अर्को खोप («vac5»): «d4_bslong» — «hosp2»
खोप दिने: «e_n» (स्वास्थ्य चौकी, वडा नं. ५)
""",
}

PREAUTH = {
    "ML": """‹ക്യാഷ്‌ലെസ് ചികിത്സാ മുൻകൂർ അനുമതി അപേക്ഷ› (Part C) — «hosp»
TPA: ‹Medi Assist›  |  Pre-auth No.: «preauth»
ഇൻഷുർ ചെയ്ത വ്യക്തി: «r_n»     പോളിസി നമ്പർ: «policy»
രോഗി: «p_n», വയസ്സ് «p_age»
അംഗ ഐഡി: «member»       PAN: «pan»       ആധാർ: «p_nid»
ജനന തീയതി: «p_dob_dmy»      മൊബൈൽ: «p_ph»     ഇമെയിൽ: «r_em»
വിലാസം: «p_addr»
ചികിത്സിക്കുന്ന ഡോക്ടർ: Dr. «d_n», ഫോൺ «d_ph», TCMC «d_lic»
പ്രവേശന തീയതി: «d1_dmy»       ഡിസ്ചാർജ് (പ്രതീക്ഷിക്കുന്നത്): «d2_dmy»
രോഗനിർണയം: «dx» («icd»), «lab1»
പ്രതീക്ഷിക്കുന്ന ചെലവ്: ₹«amount»
നിലവിലുള്ള പേസ്‌മേക്കർ സീരിയൽ: «serial»
""",
    "BN": """‹ক্যাশলেস চিকিৎসার প্রি-অথরাইজেশন ফর্ম› — ‹স্বাস্থ্য সাথী›
কার্ড নং: «member»        প্রি-অথ নং: «preauth»
রোগীর নাম: «p_n»         বয়স: «p_agen»        লিঙ্গ: «p_sex»
পরিবারের প্রধান: «r_n»     মোবাইল: «r_ph»     ইমেইল: «r_em»
আধার: «p_nid»      ABHA: «abha»
ঠিকানা: «p_addr»
হাসপাতাল: «hosp», IPD নং «mrn», ভর্তির তারিখ «d1_dmy»
প্যাকেজ: «pkg_code» — «pkg», আনুমানিক ₹«amount»
চিকিৎসক: ডা. «d_n» (WBMC রেজি. «d_lic»)
আরোগ্যমিত্র: «e_n», «e_ph»
অনলাইনে জমা: «d1_iso» 14:05, IP «ip»
""",
}

TB = {
    "UR": """‹ٹی بی علاج کارڈ› (TB 01) — ‹نیشنل ٹی بی کنٹرول پروگرام›
ٹی بی رجسٹریشن نمبر: «tb_no»          ضلع: «district»
مریض کا نام: «p_n»       عمر: «p_agen» سال      جنس: «p_sex»
«p_rel»: «r_n»
شناختی کارڈ: «p_nid»     موبائل: «p_ph»
پتہ: «p_addr»
علاج شروع کرنے کی تاریخ: «d1_dmy»       ‹Xpert MTB/RIF›: MTB detected, RIF resistance not detected
ادویات: ‹2HRZE/4HR›، وزن «wt»
علاج معاون (ٹریٹمنٹ سپورٹر): «e_n»، فون «e_ph»، شناختی کارڈ «e_nid»
خون: «hb»
ڈاکٹر: «d_n»، «hosp»
فالو اپ بلغم ٹیسٹ: «d6_dmy»
""",
    "TE": """‹క్షయ చికిత్స కార్డు› — Nikshay ID: «nikshay»
రోగి పేరు: «p_n»       వయస్సు: «p_age»      లింగం: «p_sex»
«p_rel»: «r_n»
చిరునామా: «p_addr»
ఫోన్: «p_ph»        ఆధార్: «p_nid»        ఈమెయిల్: «p_em»
‹Nikshay Poshan Yojana› ₹500/నెల — బ్యాంక్ ఖాతా «acct», IFSC «ifsc»
చికిత్స ప్రారంభం: «d1_dmy», ‹2HRZE/4HR›, బరువు «wt», «hb»
కఫ పరీక్ష: ‹CBNAAT› MTB detected, RR not detected
ట్రీట్‌మెంట్ సపోర్టర్: ASHA «e_n» («e_ph»)
వైద్యాధికారి: డా. «d_n», «hosp»
తదుపరి కఫ పరీక్ష: «d6_dmy»
""",
}

WARD = {
    "PA": """‹ਦਾਖ਼ਲਾ ਰਜਿਸਟਰ› — ਮੈਡੀਸਨ ਵਾਰਡ, «hosp»      ਮਿਤੀ: «d1_dmy»
ਲੜੀ | IPD ਨੰ. | ਮਰੀਜ਼ ਦਾ ਨਾਮ | ਉਮਰ | ਪਤੀ/ਪਤਨੀ | ਪਿੰਡ | ਮੋਬਾਈਲ | ਰੋਗ
1 | «w1_mrn» | «w1_n» | «w1_age» | «v1_n» | «w1_vil» | «w1_ph» | «dx»
2 | «mrn» | «p_n» | «p_age» | «r_n» | «p_vil» | «p_ph» | ਨਿਮੋਨੀਆ
3 | «w2_mrn» | «w2_n» | «w2_age» | «v2_n» | «w2_vil» | «w2_ph» | ਡੇਂਗੂ
4 | «mrn2» | «y_n» | «y_old» | — | «y_vil» | «y_ph» | ਡਿੱਗਣ ਕਾਰਨ ਚੂਲੇ ਦੀ ਹੱਡੀ ਟੁੱਟੀ
ਦਾਖ਼ਲ ਕਰਨ ਵਾਲੇ ਡਾਕਟਰ: ਡਾ. «d_n» (PMC «d_lic»)       ਸਟਾਫ਼ ਨਰਸ: «e_n»
ਮਰੀਜ਼ 4 ਦਾ ਆਧਾਰ: «y_nid»
ਮਰੀਜ਼ 2 ਦਾ ਆਧਾਰ: «p_nid», ‹ਮੁੱਖ ਮੰਤਰੀ ਸਿਹਤ ਬੀਮਾ ਯੋਜਨਾ› ਕਾਰਡ «pmjay»
""",
    "SI": """‹වාට්ටු ඇතුළත් කිරීමේ ලේඛනය› — වාට්ටුව 7, «hosp»       දිනය: «d1_si»
අනු | BHT අංකය | නම | වයස | ලිපිනය | දුරකථන | රෝග විනිශ්චය
1 | «w1_mrn» | «w1_n» | «w1_age» | «w1_vil» | «w1_ph» | «dx»
2 | «bht» | «p_n» | «p_age» | «p_line», «p_vil» | «p_ph» | නියුමෝනියාව
3 | «w2_mrn» | «w2_n» | «w2_age» | «w2_vil» | «w2_ph» | උණ
4 | «mrn» | «y_n» | «y_old» | «y_vil» | «y_ph» | වැටීමෙන් උකුල් අස්ථි බිඳීම
ඇතුළත් කළ වෛද්‍යවරයා: Dr. «d_n» (SLMC «d_lic»)      හෙද නිලධාරිනී: «e_n»
රෝගී අංක 4 — ජා.හැ.අ. «y_nid»
රෝගී අංක 2 — ජා.හැ.අ. «p_nid», භාරකරු «r_n» («r_ph»)
""",
}

PREGNANCY = {
    "SI": """‹ගර්භණී සටහන් පොත› (H 512 A) — පවුල් සෞඛ්‍ය සේවා කොට්ඨාසය: «tehsil»
ලියාපදිංචි අංකය: «lhw_no»     ලියාපදිංචි දිනය: «d3_si»
මවගේ නම: «p_n»      වයස: «p_age»      ජා.හැ.අ.: «p_nid»
ස්වාමිපුරුෂයාගේ නම: «r_n»     දුරකථන: «r_ph»
ලිපිනය: «p_addr»
විද්‍යුත් තැපෑල: «p_em»
අවසන් ඔසප් දිනය (LRMP): «d7_silong»      අපේක්ෂිත දිනය (EDD): «d6_si»
සායන පැමිණීම: «e3_si» — බර «wt», BP «bp», «hb»
«drug3», «drug4» ලබා දුනි; ‹Tetanus toxoid› «e2_si»; «td2» «e1_si»
PHM: «e_n», දු.ක. «e_ph»       MOH: Dr. «d_n»
""",
    "UR": """‹لیڈی ہیلتھ ورکر — ماں اور بچے کی صحت کا رجسٹر›   LHW: «e_n» (کوڈ «lhw_no»)
نمبر | حاملہ خاتون کا نام | شوہر کا نام | عمر | شناختی کارڈ | موبائل | آخری ماہواری | متوقع تاریخ
۱ | «p_n» | «r_n» | «p_agen» | «p_nid» | «p_ph» | «d7_dmy» | «d6_dmy»
۲ | «w1_n» | «v1_n» | «w1_agen» | «w1_nid» | «w1_ph» | «e4_dmy» | —
۳ | «w2_n» | «v2_n» | «w2_agen» | «w2_nid» | «w2_ph» | «e3_dmy» | —
نوٹ: «p_g» کو ‹ٹی ٹی› کا ٹیکہ («td1») «e2_dmy» کو لگا، «hb»، «drug3» دی گئی۔ ڈیلیوری کے لیے «hosp» ریفر۔
گھر کا پتہ: «p_addr»
سپروائزر: «x_n»، وزٹ «d1_dmy»
""",
}

SENIOR = {
    "KN": """‹ವೈದ್ಯಕೀಯ ಪ್ರಮಾಣ ಪತ್ರ› (‹ವೃದ್ಧಾಪ್ಯ ವೇತನ› ಅರ್ಜಿಗಾಗಿ)
ಪ್ರಮಾಣಪತ್ರ ಸಂಖ್ಯೆ: «reg_no»       ದಿನಾಂಕ: «d1_long»
ಶ್ರೀ/ಶ್ರೀಮತಿ «p_n», ವಾಸ: «p_addr», ಇವರನ್ನು ನಾನು «d1_dot» ರಂದು ಪರೀಕ್ಷಿಸಿದ್ದೇನೆ. ಅವರ ವಯಸ್ಸು ಸುಮಾರು «p_oldn» ವರ್ಷಗಳು
(ದಾಖಲೆಯ ಪ್ರಕಾರ ಜನ್ಮ ದಿನಾಂಕ «p_dob_dmy»).
ಆಧಾರ್ ಸಂಖ್ಯೆ: «p_nid»       ಮತದಾರರ ಗುರುತಿನ ಚೀಟಿ: «epic»
ಕಾಯಿಲೆಗಳು: «dx» («icd»), ದೃಷ್ಟಿ ಮಂದ; ಔಷಧ: «drug1», «drug2»
ಶ್ರವಣ ಸಾಧನ ಸೀರಿಯಲ್ ಸಂ.: «serial»
ಜೊತೆಗೆ ಬಂದವರು (ಮಗ/ಮಗಳು): «r_n», ಮೊಬೈಲ್ «r_ph», ಇಮೇಲ್ «r_em»
ವೈದ್ಯಾಧಿಕಾರಿ: ಡಾ. «d_n», KMC ನೋಂದಣಿ «d_lic», «hosp»
""",
    "MR": """‹वैद्यकीय प्रमाणपत्र› — ‹श्रावणबाळ सेवा राज्य निवृत्तीवेतन योजना› अर्जासाठी
प्रमाणपत्र क्र.: «reg_no_n»          दिनांक: «d1_n»
प्रमाणित करण्यात येते की श्री./श्रीमती «p_n», राहणार «p_addr», यांची मी दिनांक «d1_long» रोजी तपासणी केली असून त्यांचे वय अंदाजे «p_oldn» वर्षे आहे.
आधार क्र.: «p_nid»       मतदार ओळखपत्र: «epic»
आजार: «dx» («icd»); नियमित औषधे: «drug1», «drug2»
डोळे: मोतीबिंदू — ‹Cataract surgery advised›
सोबत आलेला नातेवाईक: «r_s» (मुलगा/मुलगी), मोबाइल «r_ph», ई-मेल «r_em», आधार «r_nid»
वैद्यकीय अधिकारी: डॉ. «d_n», MMC नोंदणी क्र. «d_lic», «hosp»
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("sa74_opd_prescription", ["HI", "TA"], "text", OPD),
    ("sa74_discharge_summary", ["MR", "ML"], "text", DISCHARGE),
    ("sa74_asha_village_register", ["BN", "KN"], "text", ASHA),
    ("sa74_pmjay_claim_json", ["GU", "TE"], "json", CLAIM_JSON),
    ("sa74_mcp_jsy_card", ["HI", "PA"], "text", MCP),
    ("sa74_lab_report", ["TA", "GU"], "text", LAB),
    ("sa74_pharmacy_bill", ["KN", "UR"], "text", PHARMACY),
    ("sa74_whatsapp_family", ["ML", "PA"], "text", WHATSAPP),
    ("sa74_teleconsult_note", ["TE", "NE"], "text", TELE),
    ("sa74_ambulance_108_log", ["MR", "BN"], "text", AMBULANCE),
    ("sa74_death_registration", ["BD", "SI"], "text", DEATH),
    ("sa74_birth_registration", ["NE", "HI"], "text", BIRTH),
    ("sa74_immunisation_card", ["BD", "NE"], "text", IMMUNISATION),
    ("sa74_insurance_preauth", ["ML", "BN"], "text", PREAUTH),
    ("sa74_tb_treatment_card", ["UR", "TE"], "text", TB),
    ("sa74_ward_admission_register", ["PA", "SI"], "text", WARD),
    ("sa74_pregnancy_record", ["SI", "UR"], "text", PREGNANCY),
    ("sa74_senior_medical_certificate", ["KN", "MR"], "text", SENIOR),
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
        rng = random.Random(f"phigate-probe74:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES and phone  # the tables are imported for the tests
