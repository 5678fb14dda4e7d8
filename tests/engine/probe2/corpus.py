"""Second independent probe corpus: ~50 labelled documents in formats and languages no earlier corpus used.

Formats: SBAR nursing handover, hospice intake, Medicaid prior-auth form, insurance EOB, lab requisition,
pathology report, court-ordered records request, semicolon CSV, CDA-like XML, a Jupyter notebook (JSON)
with a pandas DataFrame repr, Kotlin/Go/Rust stack traces, SQL UPDATE, curl with PHI in the query string,
mobile crash log, ICS invite, WhatsApp export, voicemail transcript, school nurse note; letters in
isiZulu, romanised Amharic, Thai, Indonesian, Malay, Greek (Greek script), romanised Russian, Ukrainian
and Hebrew, Czech, Hungarian, Romanian, Swedish, Finnish, Norwegian, Turkish, Vietnamese. Same
`«slot»`/`‹keep›` template language and label classes as tests/engine/probe (whose `render`, `Doc`,
`bounded` and `problems` are reused); every template, list and format here is new. Seeded.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, problems, render
from tests.engine.probe.people import K, Slot
from tests.engine.probe2.people import MONTHS, NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# ---- harmless vocabulary (must survive) -----------------------------------------------------------------

DRUGS = {
    "sv": ["Waran 2,5 mg", "Alvedon 665 mg", "Trombyl 75 mg", "Eliquis 5 mg"],
    "fi": ["Panadol 1 g", "Marevan 3 mg", "Primaspan 100 mg", "Diformin 500 mg"],
    "no": ["Paracet 1 g", "Albyl-E 75 mg", "Selo-Zok 50 mg", "Ventoline 0,2 mg/dose"],
    "cz": ["Anopyrin 100 mg", "Prestarium Neo 5 mg", "Godasal 100 mg", "Helicid 20 mg"],
    "hu": ["Algopyrin 500 mg", "Cardura 4 mg", "Tritace 5 mg", "Nolpaza 40 mg"],
    "ro": ["Algocalmin 500 mg", "Aspenter 75 mg", "Siofor 850 mg", "Prestarium 5 mg"],
    "gr": ["Depon 500 mg", "Salospir 100 mg", "Lopresor 50 mg", "Glucophage 850 mg"],
    "ru": ["Kardiomagnil 75 mg", "Enalapril 10 mg", "No-shpa 40 mg", "Bisoprolol 5 mg"],
    "ua": ["Korvalol 20 krapel", "Enap 10 mg", "Lozap 50 mg", "Aspirin-kardio 100 mg"],
    "tr": ["Parol 500 mg", "Coraspin 100 mg", "Glifor 1000 mg", "Beloc Zok 50 mg"],
    "il": ["Acamol 500 mg", "Micropirin 75 mg", "Glucomin 850 mg", "Normiten 50 mg"],
    "th": ["Paracetamol 500 mg", "Amlodipine 5 mg", "Simvastatin 20 mg", "Glipizide 5 mg"],
    "id": ["Parasetamol 500 mg", "Amlodipin 10 mg", "Captopril 25 mg", "Glibenklamid 5 mg"],
    "my": ["Panadol 500 mg", "Glucophage 500 mg", "Perindopril 4 mg", "Gliclazide 80 mg"],
    "zu": ["TLD 300/300/50 mg", "Isoniazid 300 mg", "Ecotrin 81 mg", "Enalapril 10 mg"],
    "et": ["Coartem 20/120 mg", "Cotrimoxazole 960 mg", "Ferrous sulphate 200 mg", "ORS 1 sachet"],
    "vi": ["Paracetamol 500 mg", "Amlodipin 5 mg", "Metformin 850 mg"],
    "en": [
        "Morphine sulfate 5 mg/0.25 mL",
        "Lorazepam 0.5 mg",
        "Haloperidol 0.5 mg",
        "Furosemide 20 mg",
        "Ozempic 0.5 mg",
        "Humira 40 mg/0.4 mL",
        "Cetirizine 10 mg",
        "EpiPen 0.3 mg",
        "Apixaban 2.5 mg",
    ],
}
LABS = {
    "sv": ["P-Krea 98 µmol/L", "B-Hb 121 g/L", "P-CRP 37 mg/L"],
    "fi": ["P-CRP 44 mg/l", "B-Hb 118 g/l", "P-Krea 104 µmol/l"],
    "no": ["CRP 67 mg/L", "Hb 11,4 g/dL", "eGFR 41 mL/min"],
    "cz": ["glykémie 8,4 mmol/l", "CRP 52 mg/l", "Hb 109 g/l"],
    "hu": ["vércukor 9,1 mmol/l", "CRP 23 mg/l", "kreatinin 132 µmol/l"],
    "ro": ["glicemie 142 mg/dl", "uree 61 mg/dl", "VSH 48 mm/h"],
    "gr": ["Hb 11,2 g/dl", "CRP 3,8 mg/dl", "Σάκχαρο 168 mg/dl"],
    "ru": ["gemoglobin 108 g/l", "glyukoza 7,9 mmol/l", "SOE 34 mm/ch"],
    "ua": ["hlukoza 7,8 mmol/l", "hemohlobin 112 g/l", "ShOE 28 mm/hod"],
    "tr": ["HbA1c %8,2", "kreatinin 1,1 mg/dL", "CRP 24 mg/L"],
    "il": ["HbA1c 7.9%", "Creatinine 1.2 mg/dL", "LDL 131 mg/dL"],
    "th": ["FBS 142 mg/dL", "HbA1c 8.4%", "Cr 1.3 mg/dL"],
    "id": ["GDS 210 mg/dL", "Hb 9,8 g/dL", "leukosit 13.200/µL"],
    "my": ["HbA1c 9.1%", "FBS 11.2 mmol/L", "Hb 10.2 g/dL"],
    "zu": ["CD4 412 cells/µL", "viral load <50 copies/mL", "Hb 10.1 g/dL"],
    "et": ["Hgb 9.8 g/dL", "MUAC 11.2 cm", "RBS 96 mg/dL"],
    "vi": ["Glucose 9,2 mmol/L", "HbA1c 8,0%"],
    "en": [
        "Na 131 mmol/L",
        "WBC 14.2 x10^9/L",
        "Troponin I 0.04 ng/mL",
        "Ferritin 12 ng/mL",
        "BNP 880 pg/mL",
        "Albumin 2.9 g/dL",
        "Lactate 3.1 mmol/L",
    ],
}
ICD = [
    "C50.911",
    "Z51.5",
    "G30.9",
    "C34.90",
    "O24.419",
    "B20",
    "A15.0",
    "B54",
    "J44.1",
    "E10.9",
    "R56.9",
    "T78.40XA",
    "F41.1",
    "I63.9",
    "N39.0",
    "E66.01",
]
CPT = ["88305", "99213", "J0135", "97110", "88342", "80053"]
LOINC = ["2345-7", "4548-4", "718-7", "2160-0", "33914-3"]
HOSPITALS = {
    "se": ["Karolinska Universitetssjukhuset", "Sahlgrenska Universitetssjukhuset"],
    "fi": ["HUS Meilahden sairaala", "Tays Keskussairaala"],
    "no": ["Oslo universitetssykehus", "Haukeland universitetssjukehus"],
    "cz": ["Fakultní nemocnice Motol", "Fakultní nemocnice Brno"],
    "hu": ["Semmelweis Egyetem Belgyógyászati Klinika", "Szent János Kórház"],
    "ro": ["Spitalul Clinic Colentina", "Spitalul Clinic Județean de Urgență Cluj"],
    "gr": ["Νοσοκομείο Ευαγγελισμός", "ΠΓΝ ΑΧΕΠΑ"],
    "ru": ["GKB No. 52", "Almazov National Medical Research Centre"],
    "ua": ["Okhmatdyt", "Kyivska miska klinichna likarnia No. 17"],
    "tr": ["Hacettepe Üniversitesi Hastanesi", "Acıbadem Maslak Hastanesi"],
    "il": ["Sheba Medical Center", "Hadassah Ein Kerem", "Rambam Health Care Campus"],
    "th": ["Siriraj Hospital", "Bumrungrad International Hospital"],
    "id": ["RSUP Dr. Hasan Sadikin", "RSUD Dr. Soetomo"],
    "my": ["Hospital Kuala Lumpur", "Hospital Sultanah Aminah"],
    "za": ["Chris Hani Baragwanath Academic Hospital", "Groote Schuur Hospital"],
    "et": ["Tikur Anbessa Specialized Hospital", "St. Paul's Hospital Millennium Medical College"],
    "ie": ["Beaumont Hospital", "Cork University Hospital", "Mater Misericordiae University Hospital"],
    "nz": ["Auckland City Hospital", "Waikato Hospital"],
    "vi": ["Bệnh viện Đà Nẵng", "Bệnh viện Chợ Rẫy"],
    "us": [
        "Ochsner Lafayette General",
        "Billings Clinic",
        "Spartanburg Medical Center",
        "Central Peninsula Hospital",
    ],
}
PAYERS = {
    "se": "Försäkringskassan",
    "fi": "Kela",
    "no": "HELFO",
    "cz": "VZP",
    "hu": "NEAK",
    "ro": "CNAS",
    "gr": "ΕΟΠΥΥ",
    "ru": "OMS",
    "ua": "NSZU",
    "tr": "SGK",
    "il": "Clalit",
    "th": "NHSO",
    "id": "BPJS Kesehatan",
    "my": "PERKESO",
    "za": "Discovery Health",
    "et": "EHIS",
    "ie": "VHI Healthcare",
    "nz": "ACC",
    "vi": "BHYT",
    "us": "Healthy Blue Louisiana",
}
WEEKDAYS = {
    "sv": ["måndag", "torsdag"],
    "fi": ["maanantaina", "perjantaina"],
    "no": ["tirsdag", "onsdag"],
    "cz": ["pondělí", "čtvrtek"],
    "hu": ["kedden", "pénteken"],
    "ro": ["luni", "joi"],
    "tr": ["Pazartesi", "Perşembe"],
    "gr": ["Δευτέρα", "Πέμπτη"],
    "ru": ["ponedelnik", "chetverg"],
    "ua": ["vivtorok", "piatnytsia"],
    "il": ["Yom Shlishi", "Yom Revi'i"],
    "th": ["Wednesday", "Friday"],
    "id": ["Senin", "Kamis"],
    "my": ["Isnin", "Khamis"],
    "zu": ["uMsombuluko", "uLwesine"],
    "et": ["Segno", "Hamus"],
    "vi": ["thứ Hai", "thứ Năm"],
    "en": ["Wednesday", "Saturday", "Sunday"],
}
VERSIONS = [
    "okhttp 4.12.0",
    "Kotlin 1.9.22",
    "go1.22.1",
    "rustc 1.76.0",
    "pandas 2.2.1",
    "iOS 17.3.1",
    "build 7.3.0 (4512)",
    "mirth 4.4.2",
]
CODE = [
    "PatientMapper.kt",
    "handover_service",
    "fetchPatientTimeline",
    "EncounterRepositoryImpl",
    "resolveCoverage",
    "patientstore::load_record",
]


def _k(table: dict[str, list[str]], lang: str) -> list[str]:
    return table.get(lang, table["en"])


def extras(rng: random.Random, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes ...) and locale-dependent wording for one document."""
    loc, lang = str(p["loc"]), str(p["lang"])
    lang = "en" if lang in ("ie", "nz", "us") else lang
    drugs, labs = rng.sample(_k(DRUGS, lang), 2), rng.sample(_k(LABS, lang), 2)
    icd, cpt = rng.sample(ICD, 2), rng.sample(CPT, 2)
    female = bool(p["female"])
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "cpt": K(cpt[0]),
        "cpt2": K(cpt[1]),
        "loinc": K(rng.choice(LOINC)),
        "hospital": K(rng.choice(HOSPITALS[loc])),
        "payer": K(PAYERS[loc]),
        "weekday": K(rng.choice(_k(WEEKDAYS, lang))),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "sex": "F" if female else "M",
        "sexword": "female" if female else "male",
        "mrs": "Mrs" if female else "Mr",
        "she": "she" if female else "he",
        "her": "her" if female else "his",
        "pani": "paní" if female else "pan",
        "dna": "dna" if female else "dl",
        "bay": "Hanım" if female else "Bey",
        "kyria": "κα" if female else "κ.",
        "ibu": "Ibu" if female else "Bapak",
        "puan": "Puan" if female else "Encik",
        "khun": "Khun",
        "gospozha": "gospozha" if female else "gospodin",
        "fru": "herr" if female else "fru",
        "w_o": "W/o" if female else "S/o",
        "ato": "W/ro" if female else "Ato",
        "umama": "uMama" if female else "uBaba",
        "mvi": "Bà" if female else "Ông",
    }


# ---- templates ------------------------------------------------------------------------------------------
# (kind, locales cycled over the renders, format, renders, template)

TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "sbar_handover",
        ["nz", "ie"],
        "text",
        2,
        "‹SBAR HANDOVER› - Ward 7B - night to day\n"
        "‹S (Situation)›: Bed 12, «name» (NHI/ID «mrn»), «young_age»«sex», adm «visit» with «icd». "
        "Desaturated to 88% "
        "at 0300, now on 2L NP.\n"
        "‹B (Background)›: Lives with partner «rel_given» at «street», «district», «city». Usual meds "
        "«drug1» and "
        "«drug2». Allergy: penicillin (rash).\n"
        "‹A (Assessment)›: RR 24, HR 108, «lab1», «lab2». Alert, pain 3/10.\n"
        "‹R (Recommendation)›: Med reg to review first thing; repeat bloods; family «rel» on «mobile» "
        "asked to be "
        "called before 0800. Family meeting pencilled for «visit_short».\n",
    ),
    (
        "hospice_intake",
        ["us"],
        "text",
        2,
        "HOSPICE ELECTION & INTAKE\nPatient: «FAMILY», «given»    DOB «dob»    Medicare/Medicaid #: "
        "«medicaid»\n"
        "Hospice diagnosis: «icd» (terminal); secondary «icd2».\nResidence: «street», «city» «postcode» - "
        "lives alone in a trailer, son «rel» checks daily («mobile»).\n"
        "Election date: «visit». Certifying physician: Dr. Harlan Vickery, NPI «npi».\n"
        "Comfort kit ordered: «drug1» q2h PRN dyspnea, «drug2» q4h PRN anxiety.\n"
        "Pt is «old_age» years old; DNR on file; prefers to be called 'Miss «given»'.\n",
    ),
    (
        "clinic_note_zulu",
        ["za"],
        "text",
        2,
        "UMTHOLAMPILO: «hospital» - Umtholampilo wezifo ezingapheli\nIgama: «name»   Inombolo kamazisi: "
        "«sa_id»\n"
        "Usuku lokuzalwa: «dob»   Ikheli: «street», «district», «city» «postcode»\n"
        "Ucingo: «mobile»   Isihlobo: «rel» («mobile2»)\n"
        "Isikhalazo: ukukhwehlela amasonto amathathu. «lab1»; «lab2».\n"
        "Umuthi: «drug1» nsuku zonke; «drug2».\nUkubuya: «weekday», «visit_short». Funds: «payer», "
        "member «member».\n",
    ),
    (
        "clinic_note_amharic",
        ["et"],
        "text",
        2,
        "YE-HAKIM MASTAWESHA - «hospital»\nYe-tamami sim: «ato» «name»   Kard Q.: «mrn»   Fayda: «et_id»\n"
        "Edme: «young_age» amet   Adrasha: «street», «district», «city»\nSilk: «mobile»\n"
        "Ke «visit» jemro tikusat ena ras mitat. «lab1». «lab2». Diagnosis «icd».\n"
        "Medhanit: «drug1», «drug2». Qetero: «weekday», «visit_short».\nTeteri: «rel» («mobile2»)\n",
    ),
    (
        "thai_referral",
        ["th"],
        "text",
        2,
        "ใบส่งตัวผู้ป่วย / REFERRAL FORM - «hospital»\nชื่อ-สกุล (Name): «khun» «name»\n"
        "เลขประจำตัวประชาชน (ID): «thai_id»   HN: «mrn»\nวันเกิด: «dob»   ที่อยู่: «street», "
        "«district», «city» «postcode»\n"
        "โทร: «mobile»\nDx: «icd» - uncontrolled DM. «lab1», «lab2».\nRx: «drug1» 1x2 pc, «drug2».\n"
        "Appointment: «weekday» «visit_short» 09:00. Scheme: «payer».\n",
    ),
    (
        "indonesian_rujukan",
        ["id"],
        "text",
        2,
        "SURAT RUJUKAN - Puskesmas Sukajadi\nKepada Yth. dokter spesialis penyakit dalam, «hospital»\n\n"
        "Mohon pemeriksaan lebih lanjut atas pasien:\nNama: «ibu» «name»\nNIK: «nik»   No. BPJS: «bpjs»\n"
        "Tgl. lahir: «dob»   Alamat: «street», «district», «city»\nNo. HP: «mobile»\n"
        "Keluhan: lemas sejak «visit». «lab1». Terapi sementara: «drug1», «drug2».\n"
        "Kontrol hari «weekday», «visit_short». Penjamin: «payer».\nHormat kami,\n",
    ),
    (
        "malay_temujanji",
        ["my"],
        "text",
        2,
        "KAD TEMUJANJI / APPOINTMENT CARD - «hospital»\nNama: «name»\nNo. K/P: «mykad»   No. RN: «mrn»\n"
        "Alamat: «street», «district», «postcode» «city»\nTel: «mobile»\n"
        "Klinik Pakar Perubatan - Tarikh: «visit2» («weekday»), jam 8.30 pagi\nUbat: «drug1», «drug2». "
        "«lab1».\n"
        "Waris: «rel», «mobile2»\n",
    ),
    (
        "turkish_epikriz",
        ["tr"],
        "text",
        2,
        "EPİKRİZ - «hospital», Dahiliye Servisi\nHasta: «name»   T.C. Kimlik No: «tck»\n"
        "Doğum tarihi: «dob»   Adres: «street», «district»/«city» «postcode»\nTel: «mobile»\n\n"
        "Sayın meslektaşım,\n«given» «bay» «visit» tarihinde servisimize yatırılmış, «visit2» tarihinde "
        "taburcu "
        "edilmiştir. Tanı: «icd». Laboratuvar: «lab1», «lab2».\nTaburcu tedavisi: «drug1», «drug2».\n"
        "Kontrol: «visit_short» «weekday». Yakını: «rel» («mobile2»). Kurum: «payer».\n",
    ),
    (
        "greek_letter",
        ["gr"],
        "text",
        2,
        "ΕΝΗΜΕΡΩΤΙΚΟ ΣΗΜΕΙΩΜΑ ΕΞΟΔΟΥ - «hospital»\nΑσθενής: «kyria» «name»   ΑΜΚΑ: «amka»\n"
        "Ημ. γέννησης: «dob»   Διεύθυνση: «street», «district», «postcode» «city»\nΤηλ.: «mobile»\n"
        "Εισαγωγή: «visit» - Έξοδος: «visit2». Διάγνωση: «icd». «lab1».\nΑγωγή: «drug1», «drug2».\n"
        "Επανεξέταση «weekday» «visit_short». Συγγενής: «rel» «mobile2».\n",
    ),
    (
        "russian_vypiska",
        ["ru"],
        "text",
        2,
        "VYPISKA IZ MEDITSINSKOY KARTY - «hospital»\nPatsient: «name», data rozhdeniya «dob»\nSNILS: "
        "«snils»   Polis OMS: «oms»\n"
        "Adres: «postcode», g. «city», «district», «street»\nTel.: «mobile»\n"
        "Nakhodilsya na lechenii s «visit» po «visit2». Diagnoz: «icd». Analizy: «lab1», «lab2».\n"
        "Rekomendovano: «drug1», «drug2». Yavka «visit_short» («weekday»).\nKontaktnoe litso: «rel», "
        "«mobile2».\n",
    ),
    (
        "ukrainian_dovidka",
        ["ua"],
        "text",
        2,
        "DOVIDKA - «hospital»\nPatsiient(ka): «name»\nRNOKPP: «rnokpp»   Data narodzhennia: «dob»\n"
        "Adresa: «postcode», m. «city», «district», «street»\nTel.: «mobile»\n"
        "Perebuvav(la) na likuvanni z «visit» po «visit2», diahnoz «icd». «lab1».\n"
        "Pryznacheno: «drug1», «drug2». Kontrol «visit_short», «weekday». Dohovir z «payer».\n",
    ),
    (
        "hebrew_sikum",
        ["il"],
        "text",
        2,
        "SIKUM ASHPUZ - «hospital», Pnimit Bet\nShem ha-metupal: «name»   T.Z.: «tz»\n"
        "Taarich leida: «dob»   Ktovet: «street», «district», «city» «postcode»\nTelefon: «mobile»\n"
        "Hitkabel be-«visit», shuchrar be-«visit2». Avchana: «icd». Bdikot: «lab1», «lab2».\n"
        "Tipul: «drug1», «drug2». Bikoret ba-kupa («payer») be-«weekday», «visit_short».\n"
        "Ish kesher: «rel» - «mobile2»\n",
    ),
    (
        "czech_zprava",
        ["cz"],
        "text",
        1,
        "PROPOUŠTĚCÍ ZPRÁVA - «hospital», Interní klinika\nPacient: «pani» «name», r. č. «rc»\n"
        "Pojišťovna: «payer», č. pojištěnce «vzp»\nBydliště: «street», «postcode» «city» - "
        "«district»\nTel.: «mobile»\n"
        "Hospitalizace od «visit» do «visit2». Dg.: «icd». Laboratoř: «lab1», «lab2».\n"
        "Medikace: «drug1», «drug2». Kontrola v «weekday» «visit_short». Kontaktní osoba: «rel», "
        "«mobile2».\n",
    ),
    (
        "hungarian_zarojelentes",
        ["hu"],
        "text",
        2,
        "ZÁRÓJELENTÉS - «hospital»\nBeteg neve: «name»   TAJ: «taj»\nSzületési idő: «dob»\n"
        "Lakcím: «postcode» «city», «district», «street»\n"
        "Telefon: «mobile»\nFelvétel: «visit», elbocsátás: «visit2». Diagnózis: «icd». «lab1».\n"
        "Javasolt terápia: «drug1», «drug2». Kontroll «visit_short» («weekday»). Hozzátartozó: «rel», "
        "«mobile2».\n",
    ),
    (
        "romanian_bilet",
        ["ro"],
        "text",
        2,
        "BILET DE IEȘIRE DIN SPITAL - «hospital»\nNume și prenume: «name»   CNP: «cnp»\n"
        "Data nașterii: «dob»   Domiciliu: «street», «district», «city» «postcode»\nTelefon: «mobile»\n"
        "Internat în perioada «visit» - «visit2». Diagnostic: «icd». Analize: «lab1», «lab2».\n"
        "Tratament: «drug1», «drug2». Control «weekday», «visit_short». Aparținător: «rel» («mobile2»).\n",
    ),
    (
        "swedish_remiss",
        ["se"],
        "text",
        2,
        "REMISS - «hospital», Medicinkliniken\nPatient: «name», personnummer «pnr»\n"
        "Adress: «street», «postcode» «city» («district»)   Tel: «mobile»\n"
        "Frågeställning: förmaksflimmer? Besvär sedan «visit». «lab1», «lab2». Dx «icd».\n"
        "Aktuella läkemedel: «drug1», «drug2». Önskar besök «visit_short» (helst «weekday»).\n"
        "Anhörig: «fru» «rel», «mobile2».\n",
    ),
    (
        "finnish_lahete",
        ["fi"],
        "text",
        1,
        "LÄHETE - «hospital»\nPotilas: «name», HETU «hetu»\nOsoite: «street», «postcode» «city»\nPuh. "
        "«mobile»\n"
        "Oireet alkaneet «visit». «lab1», «lab2». ICD-10 «icd».\nLääkitys: «drug1», «drug2».\n"
        "Kontrolli «visit_short» («weekday»). Omainen: «rel» p. «mobile2». Kela-korvaus: «payer».\n",
    ),
    (
        "norwegian_epikrise",
        ["no"],
        "text",
        1,
        "EPIKRISE - «hospital»\nPasient: «name»   Fødselsnr.: «fnr»\n"
        "Adresse: «street», «postcode» «city», bydel «district»\nMobil: «mobile»\n"
        "Innlagt «visit», utskrevet «visit2». Diagnose: «icd». «lab1».\nMedisiner: «drug1», «drug2».\n"
        "Kontroll «weekday» «visit_short». Pårørende: «rel», tlf. «mobile2».\n",
    ),
    (
        "medicaid_prior_auth",
        ["us"],
        "text",
        2,
        "LOUISIANA MEDICAID PHARMACY PRIOR AUTHORIZATION REQUEST\nFax completed form to 1-866-797-2329\n"
        "Section I - Member\n  Member name (last, first, MI): «FAMILY», «given» R.\n  Medicaid ID: "
        "«medicaid»\n"
        "  Date of birth: «dob»     Phone: «phone»\n  Address: «street», «city» «postcode»\n"
        "Section II - Prescriber\n  Name: Dr. Amelie Fontenot   NPI: «npi»   Fax: 337-555-0143\n"
        "Section III - Drug\n  «drug1» weekly x 12 weeks   Dx «icd» (BMI 41), «lab1»\n"
        "  Previous trials: «drug2» (failed)\nPlan: «payer»   PA #: «pa_no»   Date submitted: «visit»\n",
    ),
    (
        "insurance_eob",
        ["us"],
        "text",
        1,
        "EXPLANATION OF BENEFITS - THIS IS NOT A BILL\n«payer» | Member: «name» | ID «member» | Group "
        "«group»\n"
        "Mailing address: «street», «city» «postcode»\nClaim #«claim»   Provider: «hospital»   Patient "
        "account «account»\n"
        "Service date  Code   Billed    Allowed   You owe\n«visit_iso»    «cpt»  $412.00   $168.40   $33.68\n"
        "«visit_iso»    «cpt2»  $96.00    $54.10    $0.00\nQuestions? Call 1-800-555-0199 (TTY 711).\n",
    ),
    (
        "lab_requisition",
        ["ie", "za"],
        "text",
        2,
        "LABORATORY REQUEST FORM - «hospital»\nSurname: «FAMILY»   Forename: «given»   DOB: «dob»   "
        "Sex: «sex»\n"
        "MRN: «mrn»   Ward/GP: Dr P. Hennessy\nAddress: «street», «city»\nTests: FBC, U&E, LFT (LOINC "
        "«loinc»), "
        "HbA1c\nClinical details: ?sepsis, «lab1» yesterday. On «drug1».\nSpecimen no. «specimen»   "
        "Collected "
        "«visit_ts» by RN\nBleep 4412. Results to «email»\n",
    ),
    (
        "pathology_report",
        ["nz", "us"],
        "text",
        2,
        "SURGICAL PATHOLOGY REPORT    Accession «specimen»\nPatient: «name»   MRN «mrn»   DOB «dob»\n"
        "Collected: «visit»   Received: «visit2»\nSpecimen: Left breast, core biopsy x3 (CPT «cpt»)\n"
        "DIAGNOSIS: Invasive ductal carcinoma, grade 2 («icd»). ER positive (95%), PR positive, HER2 1+.\n"
        "Comment: discussed with Dr. M. Okafor on «visit_short». Pt's husband «rel» requested copy to "
        "«email».\n",
    ),
    (
        "court_records_request",
        ["us"],
        "text",
        1,
        "IN THE DISTRICT COURT OF YELLOWSTONE COUNTY\nCase No. «case_no»\n\nORDER FOR PRODUCTION OF MEDICAL "
        "RECORDS\n\nTO: Custodian of Records, «hospital»\n\n"
        "You are ORDERED to produce all records for «name» (DOB «dob_us»; SSN ending 4471; driver's licence "
        "«dl») for treatment between «visit» and «visit2», including billing account «account».\n"
        "Respondent resides at «street», «city» «postcode». Vehicle involved: plate «plate».\n"
        "SO ORDERED this «visit3».\n",
    ),
    (
        "semicolon_csv",
        ["se", "cz", "ro"],
        "text",
        2,
        "pnr_or_id;namn;fodd;adress;postnr;ort;tel;diagnos;lakemedel\n"
        "«natid»;«name»;«dob_iso»;«street»;«postcode»;«city»;«mobile»;«icd»;«drug1»\n"
        "«p2_natid»;«p2_name»;«p2_dob_iso»;«p2_street»;«p2_postcode»;«p2_city»;«p2_mobile»;«icd2»;«drug2»\n",
    ),
    (
        "cda_xml",
        ["us", "il"],
        "text",
        1,
        '<ClinicalDocument xmlns="urn:hl7-org:v3">\n  <title>Continuity of Care Document</title>\n'
        '  <recordTarget><patientRole>\n    <id root="2.16.840.1.113883.19.5" extension="«mrn»"/>\n'
        '    <addr use="HP"><streetAddressLine>«street»</streetAddressLine><city>«city»</city>'
        "<postalCode>«postcode»</postalCode></addr>\n"
        '    <telecom value="tel:«mobile»"/>\n    '
        "<patient><name><given>«given»</given><family>«family»</family>"
        '</name>\n      <administrativeGenderCode code="«sex»"/><birthTime '
        'value="«dob_compact»"/></patient>\n'
        "  </patientRole></recordTarget>\n"
        '  <component><observation><code code="«loinc»" codeSystem="2.16.840.1.113883.6.1"/>'
        "<value>«lab1»</value></observation></component>\n</ClinicalDocument>\n",
    ),
    (
        "jupyter_dataframe",
        ["gr", "th", "tr"],
        "json",
        1,
        '{"cells":[{"cell_type":"code","execution_count":7,"metadata":{},"source":["df = pd.read_parquet(\\"'
        'cohort.parquet\\")\\n","df.head(2)"],"outputs":[{"data":{"text/plain":['
        '"   patient_id              name  birth_date      phone          dx\\n",'
        '"0  «mrn»  «name»  «dob_iso»  «mobile»  «icd»\\n",'
        '"1  «p2_mrn»  «p2_name»  «p2_dob_iso»  «p2_mobile»  «icd2»"]},"execution_count":7,'
        '"metadata":{},"output_type":"execute_result"}]}],"metadata":{"kernelspec":{"name":"python3"},'
        '"language_info":{"version":"3.11.8"}},"nbformat":4,"nbformat_minor":5}',
    ),
    (
        "kotlin_stacktrace",
        ["no", "ie"],
        "text",
        1,
        "E/AndroidRuntime: FATAL EXCEPTION: main (okhttp 4.12.0)\nProcess: no.helse.minside, PID: 21877\n"
        "java.lang.IllegalStateException: Missing consent for Patient(id=«mrn», fullName=«name», "
        "birthDate=«dob_iso», phone=«mobile», address=Address(line=«street», postcode=«postcode», "
        "city=«city»))\n"
        "\tat no.helse.minside.data.«code»(PatientMapper.kt:88)\n"
        "\tat kotlinx.coroutines.DispatchedTask.run(DispatchedTask.kt:108)\n",
    ),
    (
        "go_panic",
        ["id", "fi"],
        "text",
        1,
        "panic: runtime error: invalid memory address or nil pointer dereference [recovered]\n"
        '\tpanic: patient store: &models.Patient{ID:"«mrn»", Name:"«name»", NationalID:"«natid»", '
        'Email:"«email»", DOB:time.Date(«dob_year», time.«dob_month», «dob_day», 0, 0, 0, 0, time.UTC)}\n\n'
        "goroutine 42 [running]:\nmain.«code»(0xc000112000)\n\t/src/svc/handler.go:141 +0x1a5\n"
        "exit status 2 («ver»)\n",
    ),
    (
        "rust_panic",
        ["hu", "ua"],
        "text",
        1,
        "thread 'tokio-runtime-worker' panicked at src/ingest.rs:212:41:\n"
        "called `Result::unwrap()` on an `Err` value: Validation { record: PatientRecord { id: «mrn_q», "
        'name: "«name»", born: «dob_iso_q», contact: Some("«mobile»"), address: "«street», «city»" }, '
        'reason: "duplicate national id «natid»" }\nnote: run with `RUST_BACKTRACE=1` («ver», «code»)\n',
    ),
    (
        "sql_update",
        ["ro", "hu"],
        "text",
        1,
        "-- fix duplicate after migration («ver»)\nBEGIN;\nUPDATE patients\n   SET full_name = '«name»',\n"
        "       national_id = '«natid»',\n       birth_date = DATE '«dob_iso»',\n       phone = '«mobile»',\n"
        "       street = '«street»', city = '«city»', postal_code = '«postcode»'\n"
        " WHERE mrn = '«mrn»' AND icd10 = '«icd»';\n"
        "DELETE FROM patients WHERE email = '«email»' AND created_at < TIMESTAMP '«visit_ts»';\nCOMMIT;\n",
    ),
    (
        "curl_query",
        ["tr", "my"],
        "text",
        1,
        "$ curl -sS -u integration:«dbpass» \\\n"
        "    -H 'X-Api-Key: «apikey»' \\\n"
        "    'https://api.clinic.example/v2/patients/search?family=«family_url»&given=«given_url»"
        "&birthdate=«dob_iso»&phone=«mobile_url»&include=coverage'\n"
        '{"total":1,"results":[{"mrn":"«mrn»","portal":"«record_url»"}]}\n'
        "$ ssh deploy@«ipv4» 'tail -n 50 /var/log/fhir-proxy.log'\n",
    ),
    (
        "mobile_crash_log",
        ["th", "ua"],
        "text",
        1,
        "Incident Identifier: 6A1F4C2E-0D3B-4E11-9F0C-3B8C2D7E9A10\nHardware Model: iPhone14,5\n"
        "OS Version: «ver»\nApp: CareLink Patient 3.8.2\nDevice ID: «android_id»\nUser: «email» («name»)\n"
        "Last request: GET /appointments?patient=«mrn» from «ipv4»\n"
        "Exception Type: EXC_CRASH (SIGABRT)\n0  CoreFoundation  __exceptionPreprocess + 164\n"
        "1  CareLink        -[AppointmentCell configureWithPatient:] + 388 (dob=«dob_iso», tel=«mobile»)\n",
    ),
    (
        "ics_invite",
        ["se", "ie"],
        "text",
        1,
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clinic "
        "Scheduler//EN\nBEGIN:VEVENT\nUID:appt-«mrn»@scheduler.example\n"
        "DTSTART;TZID=Europe/Stockholm:«visit_ics»\nDURATION:PT30M\n"
        "SUMMARY:Diabetes review - «name»\nLOCATION:«hospital», Mottagning 3\n"
        "DESCRIPTION:Patient «name» (DOB «dob») - bring «drug1» and glucose diary. Contact «mobile».\n"
        "ATTENDEE;CN=«name»:mailto:«email»\nORGANIZER;CN=Diabetes Nurse:mailto:dm-nurse@clinic.example\n"
        "END:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "whatsapp_export",
        ["za", "tr", "vi"],
        "text",
        1,
        "[«chat_date», 07:41:12] «rel»: Morning, «given» was admitted to «hospital» last night 🙏\n"
        "[«chat_date», 07:42:03] «rel»: Ward 21, they say «icd», she's on «drug1»\n"
        "[«chat_date», 07:45:57] Aunty «rel_given»: Shame 😢 which bed? i'll bring food after work\n"
        "[«chat_date», 07:46:30] «rel»: Bed 4. Her ID is «natid» if they ask at reception\n"
        "[«chat_date», 07:47:02] «rel»: and her number is «mobile» ‎<This message was edited>\n"
        "[«chat_date», 08:10:44] Aunty «rel_given»: Ok. Discharge «visit_short»?\n",
    ),
    (
        "voicemail_transcript",
        ["us", "ie"],
        "text",
        2,
        "Voicemail - received «weekday» 16:02 - transcription confidence: medium\n"
        '"Hi, this is «rel» calling about my «relation», «name», date of birth «dob». '
        "Um, «she»'s a patient with Dr. Keane. «she_cap» ran out of «drug1» and the pharmacy said the "
        "script needs a new auth. Our number is «phone», or my cell «mobile». We're at «street» in «city», "
        'if someone could drop by. Thank you, bye."\n',
    ),
    (
        "school_nurse_note",
        ["nz", "us"],
        "text",
        1,
        "SCHOOL HEALTH OFFICE VISIT\nStudent: «name»   Grade 6   DOB «dob»   Student ID «student_id»\n"
        "Time in 10:42 / out 11:05\nComplaint: itchy throat, hives after lunch (peanut?). Hx «icd» "
        "(T78.40XA), "
        "carries «drug1».\nAction: «drug2» given per standing order; parent «rel» called at «mobile», "
        "will pick up. "
        "Follow-up with GP «visit_short».\nNurse: K. Tautahi RN\n",
    ),
    (
        "vietnamese_giay_hen",
        ["vi"],
        "text",
        1,
        "GIẤY HẸN TÁI KHÁM - «hospital»\nHọ và tên: «mvi» «name»   Năm sinh: «dob_year»\n"
        "Ngày sinh: «dob»   Địa chỉ: «street», «district», «city»\nĐiện thoại: «mobile»\n"
        "Chẩn đoán: «icd». Xét nghiệm: «lab1».\nThuốc: «drug1», «drug2».\nHẹn tái khám «visit_short» "
        "(«weekday»). "
        "Người nhà: «rel» - «mobile2»\n",
    ),
]

NATID = {
    "se": "pnr",
    "fi": "hetu",
    "no": "fnr",
    "cz": "rc",
    "hu": "taj",
    "ro": "cnp",
    "gr": "amka",
    "il": "tz",
    "za": "sa_id",
    "th": "thai_id",
    "id": "nik",
    "my": "mykad",
    "ru": "snils",
    "ua": "rnokpp",
    "tr": "tck",
    "ie": "ppsn",
    "nz": "nhi",
    "et": "et_id",
    "us": "medicaid",
    "vi": "et_id",
}
RELATION = ["mother", "husband", "wife", "father", "grandmother"]


def _url(s: str) -> str:
    from urllib.parse import quote_plus

    return quote_plus(s)


def make_doc(seed: int, index: int, kind: str, loc: str, fmt: str, template: str) -> Doc:
    rng = random.Random(f"phigate-probe2:{seed}:{kind}:{index}")
    p = person(rng, loc)
    slots: dict[str, Slot] = {**p, **extras(rng, p)}
    from tests.engine.probe.people import P

    slots["natid"] = p[NATID[loc]]
    dob_iso = p["dob_iso"].value  # type: ignore[union-attr]
    y, m, d = (int(x) for x in dob_iso.split("-"))
    months = MONTHS["en"]
    slots["dob_year"] = str(y)  # a year alone may stay
    slots["dob_month"] = months[
        m - 1
    ]  # month alone: Go's time.Month, with the day it is PHI (labelled below)
    slots["dob_day"] = P("DATE", str(d)) if d > 12 else str(d)
    if kind == "go_panic":
        slots["dob_month"] = P("DATE", months[m - 1])
    slots["dob_iso_q"] = P("DATE", dob_iso)
    mrn = p["mrn"].value  # type: ignore[union-attr]
    slots["mrn_q"] = P("MRN", mrn) if mrn.isdigit() else ('"', P("MRN", mrn), '"')
    slots["family_url"] = P("NAME", _url(p["family"].value))  # type: ignore[union-attr]
    slots["given_url"] = P("NAME", _url(p["given"].value))  # type: ignore[union-attr]
    slots["mobile_url"] = P("PHONE", _url(p["mobile"].value))  # type: ignore[union-attr]
    slots["chat_date"] = P(
        "DATE",
        str(p["visit"].value)
        if loc != "za"
        else f"{str(p['visit_iso'].value)[8:]}/"
        f"{str(p['visit_iso'].value)[5:7]}/{str(p['visit_iso'].value)[:4]}",
    )  # type: ignore[union-attr]
    slots["relation"] = rng.choice(RELATION)
    slots["she_cap"] = str(slots["she"]).capitalize()
    slots["student_id"] = P("ID", f"{rng.randint(100000, 999999)}")
    if "«p2_" in template:
        p2 = person(
            rng,
            rng.choice([x for x in NAMES if x not in (loc, "et", "vi")])
            if kind == "jupyter_dataframe"
            else loc,
        )
        slots.update({f"p2_{k}": v for k, v in p2.items()})
        slots["p2_natid"] = p2[NATID[str(p2["loc"])]]
    content, phi, keep, spans = render(template, slots, fmt)
    if fmt == "json":
        json.loads(content)  # a template typo must fail here, not in the engine
    return Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its locales."""
    return [
        make_doc(seed, i, kind, locs[i % len(locs)], fmt, t)
        for kind, locs, fmt, n, t in TEMPLATES
        for i in range(n)
    ]
