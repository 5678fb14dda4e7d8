"""Sixth independent probe corpus: ~60 labelled documents in kinds none of probes 1-5 used.

Kinds: a camelCase (non-FHIR) patient API response, Icelandic and Lithuanian CSV exports with localised
headers, referral letters in Icelandic, Lithuanian, Latvian, Slovene, Croatian, Albanian, Maltese,
Malagasy and Haitian Creole, English clinic cards for Kazakh/Uzbek and Mongolian patients, native-script
Khmer, Mongolian Cyrillic, Sinhala and Gujarati documents, a pharmacy dispensing log, an ambulance run
sheet, a clinical-trial screening log, an insurance pre-authorisation e-mail, a symptom-checker chat-bot
transcript, an LLM request pasting a spreadsheet, YAML test fixtures, a Go `%+v` struct print, a Rust
`{:#?}` debug print, Elasticsearch hits, a form-encoded POST body, a Windows event log, printer spool
(PJL) text and an HTML form with value= attributes.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Seeded: the same seed gives the same corpus. Conventions: a clinician's name is unlabelled; a
prescriber's NPI/DEA is LICENSE; a year alone, a weekday, a dose time and a country or state/province
are not PHI; a 3-digit postcode (Iceland, Madagascar) is plain text (ZIP3-sized); a URL-encoded value is
labelled as it appears.
"""

from __future__ import annotations

import json
import random
from urllib.parse import quote_plus

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, P, Slot
from tests.engine.probe6.people import NAMES, PLACES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "Rivaroxaban 15 mg",
    "Empagliflozin 10 mg",
    "Levothyroxine 75 mcg",
    "Furosemide 40 mg IV",
    "Clopidogrel 75 mg",
    "Gabapentin 300 mg TID",
    "Salbutamol 100 mcg MDI",
    "Ceftriaxone 2 g IV",
    "Morphine sulfate 2.5 mg SC",
    "Atorvastatin 40 mg",
    "Semaglutide 0.5 mg weekly",
    "Tamsulosin 0.4 mg",
]
LABS = [
    "Sodium 128 mmol/L (135-145)",
    "CRP 112 mg/L",
    "Troponin T 48 ng/L",
    "Lactate 3.8 mmol/L",
    "WBC 14.2 x10^9/L",
    "Ferritin 9 ug/L",
    "NT-proBNP 4120 pg/mL",
    "Glucose 14.6 mmol/L",
    "ALT 86 U/L",
    "D-dimer 1.9 mg/L FEU",
]
# language: (departments, local drug names)
LOCAL: dict[str, tuple[list[str], list[str]]] = {
    "is": (["Lyflækningadeild", "Bráðamóttaka"], ["Parkódín 500 mg", "Íbúfen 400 mg"]),
    "lt": (["Vidaus ligų skyrius", "Priėmimo skyrius"], ["Ketonal 100 mg", "Nolpaza 20 mg"]),
    "lv": (["Neatliekamās palīdzības nodaļa", "Kardioloģijas nodaļa"], ["Citramons 240 mg", "Nolpaza 40 mg"]),
    "sl": (["Internistična klinika", "Urgentni center"], ["Lekadol 500 mg", "Nalgesin S 275 mg"]),
    "hr": (
        ["Klinika za unutarnje bolesti", "Objedinjeni hitni bolnički prijam"],
        ["Plivadon 500 mg", "Normabel 5 mg"],
    ),
    "sq": (["Shërbimi i Kardiologjisë", "Urgjenca"], ["Paracetamol 500 mg", "Enalapril 10 mg"]),
    "mt": (["Dipartiment tal-Emerġenza", "Sptar Ġenerali"], ["Panadol 500 mg", "Ramipril 5 mg"]),
    "mg": (["Sampana Fitsaboana Ankapobeny", "Vonjy Taitra"], ["Paracétamol 500 mg", "Artesunate 60 mg"]),
    "ht": (["Sèvis Ijans", "Klinik Pedyatri"], ["Asetaminofèn 500 mg", "Amoksisilin 500 mg"]),
    "km_nat": (["ផ្នែកជំងឺទូទៅ"], ["ប៉ារ៉ាសេតាម៉ុល 500 mg"]),
    "mn_nat": (["Дотрын тасаг"], ["Парацетамол 500 мг"]),
    "si_nat": (["වෛද්‍ය වාට්ටුව"], ["පැරසිටමෝල් 500 mg"]),
    "gu_nat": (["મેડિસિન વિભાગ"], ["પેરાસીટામોલ 500 mg"]),
}
DEPTS = [
    "Cardiology",
    "Acute Medical Unit",
    "Endocrinology",
    "Emergency Department",
    "Stroke Unit",
    "Oncology",
]
ICD = ["I21.4", "J44.1", "E87.1", "A41.9", "N39.0", "R55", "I63.9", "K35.80", "G40.909", "M80.08XA"]
LOINC = ["2951-2", "718-7", "10839-9", "2524-7", "33762-6", "1988-5"]
SNOMED = ["22298006", "233604007", "230690007", "68566005"]
CPT = ["99284", "A0427", "A0425", "80053", "85025", "J1100"]
NDC = ["0409-4888-02", "0781-5180-01", "60505-0579-1", "0093-7146-56"]
ATC = ["B01AF01", "A10BK03", "C03CA01", "N02AA01", "J01DD04"]
HTTP = ["HTTP/1.1 202 Accepted", "HTTP/1.1 404 Not Found", "503 Service Unavailable", "HTTP/2 429"]
VERSIONS = [
    "go1.22.5",
    "rustc 1.79.0",
    "Elasticsearch 8.14.1",
    "PyYAML 6.0.1",
    "Windows Server 2022",
    "CUPS 2.4.7",
]
SCORES = ["GCS 13", "NEWS2 7", "qSOFA 2", "Wells 4.5", "CHA2DS2-VASc 5", "Barthel 45"]
ORGS = ["UNICEF", "World Bank", "European Medicines Agency", "Doctors Without Borders", "WHO"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Sunday"]
COUNTRY = {
    "is": "Iceland",
    "lt": "Lithuania",
    "lv": "Latvia",
    "si": "Slovenia",
    "hr": "Croatia",
    "al": "Albania",
}
COUNTRY |= {"mt": "Malta", "kz": "Kazakhstan", "mn": "Mongolia", "mg": "Madagascar", "kh": "Cambodia"}
COUNTRY |= {"us": "United States", "mn_nat": "Mongolia", "kh_nat": "Cambodia", "lk_nat": "Sri Lanka"}
COUNTRY |= {"gj_nat": "India"}
HEX = "0123456789abcdef"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def extras(rng: random.Random, culture: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and values derived from the person (URL-encoded)."""
    region = _region_of(culture)
    lang = PLACES[region][7]
    lang = {"ht": "ht", "mg": "mg"}.get(culture, lang)
    depts, ldrugs = LOCAL.get(lang, (DEPTS, DRUGS))
    drugs = rng.sample(DRUGS, 3)
    labs = rng.sample(LABS, 2)
    v = {k: s.value for k, s in p.items() if isinstance(s, P)}
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "ldrug": K(rng.choice(ldrugs)),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "dept": K(rng.choice(depts)),
        "dept_en": K(rng.choice(DEPTS)),
        "icd": K(rng.choice(ICD)),
        "loinc": K(rng.choice(LOINC)),
        "snomed": K(rng.choice(SNOMED)),
        "cpt": K(rng.choice(CPT)),
        "ndc": K(rng.choice(NDC)),
        "atc": K(rng.choice(ATC)),
        "http": K(rng.choice(HTTP)),
        "ver": K(rng.choice(VERSIONS)),
        "score": K(rng.choice(SCORES)),
        "org": K(rng.choice(ORGS)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "year": K(str(rng.randrange(2008, 2024))),
        "country": K(COUNTRY[region]),
        "sha": K(_hex(rng, 40)),
        "uuid": K(f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-8{_hex(rng, 3)}-{_hex(rng, 12)}"),
        "name_plus": P("NAME", quote_plus(v["name"])),
        "street_plus": P("ADDRESS", quote_plus(v["street"])),
        "email_enc": P("EMAIL", quote_plus(v["email"])),
        "e164_enc": P("PHONE", quote_plus(v["e164"])),
        "name_lower": P("NAME", v["name"].lower()),
        "phone_nospace": P("PHONE", v["e164"].replace(" ", "")),
    }


def _region_of(culture: str) -> str:
    from tests.engine.probe6.people import NATIVE

    return NATIVE.get(culture, NAMES[culture][4])


US = ["lo", "my", "ps", "ku", "so", "zu", "ig", "tw", "qu", "gn", "haw", "fj", "to"]

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "camel_api_json",
        ["lo", "so", "haw"],
        "json",
        2,
        '{"status": "ok", "data": {"patientId": "«mrn»", "firstName": "«given»", "lastName": "«family»", '
        '"dateOfBirth": "«dob_iso»", "ssnLast4": null, "socialSecurityNumber": "«ssn»", '
        '"homeAddress": {"line1": "«street»", "city": "«town»", "stateCode": "«state»", "postalCode": '
        '"«zip»"}, '
        '"mobileNumber": "«phone»", "emailAddress": "«email»", "medicareId": "«mbi»", '
        '"emergencyContact": {"fullName": "«rel»", "phoneNumber": "«e164»"}, '
        '"activeMeds": ["«drug1»", "«drug2»"], "problemCodes": ["«icd»"], "lastVisit": "«visit_iso»", '
        '"assignedUnit": "«dept_en»", "portalUrl": "«url»"}, "meta": {"apiVersion": "«ver»", "traceId": '
        '"«uuid»"}}',
    ),
    (
        "is_csv_export",
        ["is"],
        "text",
        2,
        "Nafn;Kennitala;Fæðingardagur;Heimilisfang;Póstnúmer;Bæjarfélag;Sími;Netfang;Greining;Lyf\n"
        "«name»;«natid»;«dob»;«street»;«zip»;«town»;«phone»;«email»;«icd»;«ldrug»\n"
        "«p2_name»;«p2_natid»;«p2_dob»;«p2_street»;«p2_zip»;«p2_town»;«p2_phone»;«p2_email»;‹J44.1›;«drug1»\n"
        "# útflutt «weekday» af «dept»\n",
    ),
    (
        "lt_csv_export",
        ["lt"],
        "text",
        2,
        '"Vardas","Pavardė","Asmens kodas","Gimimo data","Adresas","Pašto kodas","Miestas","Telefonas",'
        '"Diagnozė (TLK-10)","Skyrius"\n'
        '"«given»","«family»","«natid»","«dob_iso»","«street»","«zip»","«town»","«e164»","«icd»","«dept»"\n'
        '"«p2_given»","«p2_family»","«p2_natid»","«p2_dob_iso»","«p2_street»","«p2_zip»","«p2_town»",'
        '"«p2_e164»","‹N39.0›","«dept»"\n',
    ),
    (
        "is_tilvisun",
        ["is"],
        "text",
        2,
        "TILVÍSUN -- «dept»\n\nSjúklingur: «name», kt. «natid»\nHeimili: «street», «zip» «town»\n"
        "Sími: «phone»\nKomudagur: «visit»\n\nÁgæti kollegi,\n«given» kom á bráðamóttöku vegna brjóstverkja. "
        "«lab1». Meðferð: «ldrug», «drug1». Aðstandandi: «rel» (s. «e164»).\nNæsta skoðun «weekday».\n",
    ),
    (
        "lt_siuntimas",
        ["lt"],
        "text",
        2,
        "SIUNTIMAS KONSULTACIJAI (forma 027/a)\nPacientas: «name»\nAsmens kodas: «natid»\n"
        "Gimimo data: «dob»\nAdresas: «street», «zip» «town»\nTel. «phone», el. paštas «email»\n"
        "Diagnozė: «icd», «lab1»\nSkiriama: «ldrug»; «drug2»\nSiunčiama į: «dept», «visit»\n"
        "Artimasis: «rel»\nBanko sąskaita kompensacijai: «iban»\n",
    ),
    (
        "lv_nosutijums",
        ["lv"],
        "text",
        2,
        "NOSŪTĪJUMS\nPacients: «FAMILY» «given»\nPersonas kods: «natid»\nDzimšanas datums: «dob»\n"
        "Adrese: «street», «town», «zip»\nTālrunis: «phone»\nNodaļa: «dept»\nDatums: «visit»\n"
        "Anamnēze: pacients (vecums «age90» gadi) ar «lab2»; lieto «ldrug» un «drug3».\n"
        "Kontaktpersona: «rel», «e164»\n",
    ),
    (
        "sl_napotnica",
        ["sl"],
        "text",
        2,
        "NAPOTNICA\nIme in priimek: «name»\nEMŠO: «natid»\nDatum rojstva: «dob»\nNaslov: «street», «zip» "
        "«town»\n"
        "Telefon: «phone»\nE-pošta: «email»\nNapoten na: «dept» dne «visit»\nDiagnoza: «icd» (SNOMED "
        "«snomed»)\n"
        "Terapija: «ldrug», «drug1»\nSvojec: «rel», tel. «e164»\n",
    ),
    (
        "hr_uputnica",
        ["hr"],
        "text",
        2,
        "UPUTNICA ZA SPECIJALISTIČKI PREGLED\nPacijent: «FAMILY» «given»\nOIB: «natid»\nDatum rođenja: "
        "«dob»\n"
        "Adresa: «street», «zip» «town»\nMob: «phone»\nUpućuje se: «dept», «visit»\nDijagnoza: «icd»\n"
        "Nalazi: «lab1»; «lab2»\nLijekovi: «ldrug»; «drug2»\nKontakt obitelji: «rel» («e164»)\n",
    ),
    (
        "sq_leter_referimi",
        ["sq"],
        "text",
        2,
        "LETËR REFERIMI\nEmri dhe mbiemri: «name»\nNr. personal: «natid»\nDatëlindja: «dob»\n"
        "Adresa: «street», «zip» «town»\nCel: «phone»\nDrejtuar: «dept», më «visit»\n"
        "Diagnoza: «icd». Pacienti, «age90» vjeç, merr «ldrug» dhe «drug1».\nI afërm: «rel», «e164»\n",
    ),
    (
        "mt_ittra",
        ["mt"],
        "text",
        2,
        "ITTRA TA' RIFERIMENT -- «dept»\nIsem: «name»\nNru tal-Karta tal-Identità: «natid»\n"
        "Data tat-twelid: «dob»\nIndirizz: «street», «town» «zip»\nTel: «phone»\nData: «visit»\n"
        "Il-pazjent(a) jieħu «ldrug» u «drug2». «lab1». Qarib: «rel» («e164»), «email».\n",
    ),
    (
        "mg_taratasy",
        ["mg"],
        "text",
        2,
        "TARATASY FAMINDRANA -- «dept»\nAnarana: «name»\nLaharana CIN: «natid»\nTeraka tamin'ny: «dob»\n"
        "Adiresy: «street», «town» «zip»\nFinday: «phone»\nDaty: «visit»\n"
        "Fitsaboana: «ldrug»; «drug1». «lab1».\nHavana: «rel», «e164»\n",
    ),
    (
        "ht_lèt_referans",
        ["ht"],
        "text",
        2,
        "LÈT REFERANS -- «dept»\nNon pasyan: «name»\nDat nesans: «dob»\nAdrès: «street», «town», «state» "
        "«zip»\n"
        "Telefòn: «phone»\nNimewo Medicaid: «member»\nDat vizit: «visit»\n"
        "Pasyan an ap pran «ldrug» ak «drug1». Moun pou kontakte: «rel», «e164».\n",
    ),
    (
        "kz_polyclinic_card",
        ["kk", "uz"],
        "text",
        2,
        "City Polyclinic No. 7 -- outpatient card\nPatient: «FAMILY» «given»\nIIN: «natid»\nDOB: «dob»\n"
        "Address: «street», «town» «zip»\nMobile: «phone» / «e164»\nVisit: «visit», «dept_en»\n"
        "Complaints: dizziness since «weekday». «lab1», «score». Rx «drug1», «drug2».\n"
        "Next of kin: «rel»\n",
    ),
    (
        "mn_clinic_note",
        ["mn"],
        "text",
        2,
        "Family health centre, «town» -- note\nPatient: «name» (register no. «natid»), born «dob»\n"
        "Address: «street», «town» «zip»\nPhone «phone»; e-mail «email»\nSeen «visit» in «dept_en»: "
        "«lab1»; started «drug1». Follow-up «visit2».\nGer neighbour and carer: «rel»\n",
    ),
    (
        "km_nat_referral",
        ["km_nat"],
        "text",
        2,
        "លិខិតបញ្ជូនអ្នកជំងឺ -- «dept»\nឈ្មោះ: «name»\nលេខអត្តសញ្ញាណប័ណ្ណ: «natid»\nថ្ងៃខែឆ្នាំកំណើត: «dob»\n"
        "អាសយដ្ឋាន: «street» «town» «zip»\nទូរស័ព្ទ: «phone»\nកាលបរិច្ឆេទ: «visit»\nថ្នាំ: «ldrug», «drug1»\n"
        "សាច់ញាតិ: «rel» «e164»\n",
    ),
    (
        "mn_nat_lavlagaa",
        ["mn_nat"],
        "text",
        2,
        "ЭМНЭЛГИЙН ЛАВЛАГАА -- «dept»\nОвог нэр: «name»\nРегистрийн дугаар: «natid»\nТөрсөн огноо: «dob»\n"
        "Хаяг: «street», «town» «zip»\nУтас: «phone»\nОгноо: «visit»\nЭм: «ldrug»; «drug2»\nАсран "
        "хамгаалагч: «rel»\n",
    ),
    (
        "si_nat_discharge",
        ["si_nat"],
        "text",
        2,
        "රෝහලෙන් පිටවීමේ සටහන -- «dept»\nනම: «name»\nජා.හැ.අ.: «natid»\nඋපන් දිනය: «dob»\n"
        "ලිපිනය: «street», «town» «zip»\nදුරකථන: «phone»\nඇතුළත් කළ දිනය: «visit»\nඖෂධ: «ldrug», «drug3»\n"
        "ඥාතියා: «rel», «e164»\n",
    ),
    (
        "gu_nat_opd",
        ["gu_nat"],
        "text",
        2,
        "ઓપીડી કેસ પેપર -- «dept»\nનામ: «name»\nઆધાર: «natid»\nજન્મ તારીખ: «dob»\nસરનામું: «street», «town» "
        "«zip»\n"
        "મોબાઇલ: «phone»\nતારીખ: «visit»\nદવા: «ldrug», «drug1»\nસંબંધી: «rel», «e164»\n",
    ),
    (
        "pharmacy_dispense_log",
        US,
        "text",
        2,
        "DISPENSE LOG  store #4471  «ver»\n"
        "«visit_ts» RX#8812044 FILLED pt=«name_inv» dob=«dob_us» «drug1» NDC «ndc» qty 30 "
        "prescriber NPI «npi» DEA «dea»\n"
        "«visit_ts» RX#8812044 COUNSEL phone=«phone» addr=«street», «town» «state» «zip»\n"
        "«visit_ts» RX#8812051 HOLD pt=«p2_name_inv» dob=«p2_dob_us» «drug2» ins=«p2_member» "
        "reason=«http»\n",
    ),
    (
        "ambulance_run_sheet",
        US,
        "text",
        2,
        "RUN SHEET  Unit M-12  Dispatch «weekday»\nPt: «FAMILY», «given»   Age: «age90»   Sex: «sex»\n"
        "DOB «old_dob_iso»  SSN «ssn»\nPickup: «street», «town», «state» «zip»\nCallback «phone»\n"
        "CC: syncope, found by daughter «rel». Vitals «score», BP 88/52. «lab1» (iSTAT).\n"
        "MVC: driver of vehicle VIN «vin», plate «plate».\nTx: «drug1». Transport code «cpt» to «dept_en». "
        "Billing MBI «mbi».\n",
    ),
    (
        "trial_screening_log",
        US,
        "text",
        2,
        "Protocol ABX-301 screening log (site 014)\n"
        "scr_id\tfull_name\tdob\tage\tmrn\tphone\teligible\treason\n"
        "S014-007\t«name»\t«dob_us»\t«age90»\t«mrn»\t«phone»\tN\tage>85; «lab2»\n"
        "S014-008\t«p2_name»\t«p2_dob_us»\t-\t«p2_mrn»\t«p2_phone»\tY\tmeets I/E; «icd»\n",
    ),
    (
        "preauth_email",
        US,
        "text",
        2,
        "From: utilization.review@payer.example\nTo: auth-desk@clinic.example\n"
        "Subject: Prior auth request PA-55102 -- «FAMILY», «given»\n\n"
        "Member: «name»\nMember ID: «member»\nDOB: «dob_us»\nAddress on file: «street», «town», «state» "
        "«zip»\n"
        "Requested: CPT «cpt» for «icd», drug «drug3» (ATC «atc»)\n"
        "Ordering NPI «npi». Please call «phone» by «weekday».\nStatus: «http»\n",
    ),
    (
        "chatbot_transcript",
        US,
        "text",
        2,
        "[symptom-checker session «uuid»]\nBot: Hi! What's your full name?\nUser: «name_lower»\n"
        "Bot: Thanks. Date of birth?\nUser: «dob_us»\nBot: Best number to reach you?\nUser: «phone_nospace»\n"
        "Bot: And your home address?\nUser: «street» «town» «zip»\nBot: What medicines do you take?\n"
        "User: «drug1» and «drug2», my wife «rel_given» keeps the list\nBot: Noted. Severity «score».\n",
    ),
    (
        "llm_prompt_sheet",
        US,
        "json",
        2,
        '{"model": "gpt-4o-mini", "temperature": 0, "messages": [{"role": "system", "content": '
        '"You clean spreadsheet rows."}, {"role": "user", "content": "Fix the dates in this sheet:\\n'
        "| Name | DOB | Address | Phone | Drug |\\n|---|---|---|---|---|\\n"
        "| «name» | «dob_dots» | «street», «town» «zip» | «phone» | «drug1» |\\n"
        '| «p2_name» | «p2_dob_dots» | «p2_street», «p2_town» «p2_zip» | «p2_phone» | «drug2» |"}], '
        '"metadata": {"ticket": "OPS-«year»-77", "org": "«org»"}}',
    ),
    (
        "yaml_fixture",
        ["lt", "hr", "sq", "mt"],
        "text",
        2,
        '# tests/fixtures/patients.yaml (PyYAML «ver»)\n- id: «mrn»\n  name: "«name»"\n  national_id: '
        "'«natid»'\n"
        "  born: «dob_iso»\n  address:\n    street: «street»\n    city: «town»\n    postcode: '«zip»'\n"
        "  phone: '«e164»'\n  email: «email»\n  meds: [«drug1», «drug2»]\n  dx: «icd»\n  country: "
        "«country»\n",
    ),
    (
        "go_struct_debug",
        ["kk", "mn", "ig"],
        "text",
        2,
        "2025/03/04 10:22:01 sync.go:118: upsert failed: «http»\n"
        "2025/03/04 10:22:01 sync.go:119: patient=&{ID:«mrn» Name:«name» DOB:«dob_iso» 00:00:00 +0000 UTC "
        "Phone:«e164» Email:«email» Addr:{Line1:«street» City:«town» Zip:«zip»} NationalID:«natid» "
        "Meds:[«drug1» «drug3»] Build:«ver»}\n",
    ),
    (
        "rust_debug",
        ["lv", "sl", "tw"],
        "text",
        2,
        '[2025-02-11T08:14:55Z ERROR intake] rejected record: Patient {\n    mrn: "«mrn»",\n'
        '    name: "«name»",\n    birth_date: «dob_iso»,\n    national_id: Some(\n        "«natid»",\n    '
        "),\n"
        '    phone: "«e164»",\n    address: Address {\n        line: "«street»",\n        city: "«town»",\n'
        '        postcode: "«zip»",\n    },\n    allergies: [],\n    med: "«drug2»",\n}\n'
        "  («ver», commit «sha»)\n",
    ),
    (
        "es_hits_json",
        ["zu", "ku", "is"],
        "json",
        2,
        '{"took": 12, "timed_out": false, "hits": {"total": {"value": 2, "relation": "eq"}, "hits": [{'
        '"_index": "patients-«year»", "_id": "«uuid»", "_score": 7.1, "_source": {"person": {"name": '
        '"«name»", '
        '"birth": "«dob_iso»", "tel": "«e164»", "mail": "«email»"}, "addr": "«street», «town» «zip»", '
        '"ip": "«ip»", "enc": {"date": "«visit_iso»", "unit": "«dept_en»", "loinc": "«loinc»", '
        '"result": "«lab1»"}}}, {"_index": "patients-«year»", "_id": "x-2", "_score": 6.4, '
        '"_source": {"person": {"name": "«p2_name»", "birth": "«p2_dob_iso»"}, "addr": "«p2_street», '
        '«p2_town»"}}]}}',
    ),
    (
        "form_post_body",
        US,
        "text",
        2,
        "POST /intake/submit HTTP/1.1\nHost: forms.clinic.example\nContent-Type: "
        "application/x-www-form-urlencoded\n\n"
        "full_name=«name_plus»&dob=«dob_iso»&street=«street_plus»&zip=«zip»&email=«email_enc»&"
        "phone=«e164_enc»"
        "&ssn=«ssn»&reason=chest+pain&med=warfarin\n\n«http»\n",
    ),
    (
        "win_event_log",
        ["haw", "fj", "to", "qu"],
        "text",
        2,
        "Log Name:      Application\nSource:        EHRConnector\nDate:          «visit_ts»\nEvent ID:      "
        "4021\n"
        "Level:         Error\nComputer:      WS-NURSE-04\nDescription:\nFailed to print label for patient "
        "«name» (MRN «mrn», DOB «dob_us»). Workstation IP «ip». Device «device». OS «ver».\n"
        "Caller: «phone», «street», «town», «state» «zip»\n",
    ),
    (
        "printer_spool",
        ["ps", "gn", "my"],
        "text",
        2,
        '\x1b%-12345X@PJL JOB NAME = "wristband_«mrn»"\n@PJL SET USERNAME = "ward7"\n@PJL ENTER LANGUAGE = '
        "PCL\n"
        "WRISTBAND  «FAMILY», «given»  DOB «dob_us»  MRN «mrn»\nALLERGY: penicillin   «dept_en»\n"
        'ADMIT «visit_us»  ATT: Dr. Okafor\n\x1b%-12345X@PJL EOJ NAME = "done"\n',
    ),
    (
        "html_form_values",
        ["lv", "mg", "ht", "so"],
        "text",
        2,
        '<form method="post" action="/patient/update">\n  <input name="fullName" value="«name»">\n'
        '  <input name="birthDate" type="date" value="«dob_iso»">\n  <input name="addr1" value="«street»">\n'
        '  <input name="city" value="«town»">\n  <input name="postal" value="«zip»">\n'
        '  <input name="tel" type="tel" value="«e164»">\n  <input name="email" type="email" '
        'value="«email»">\n'
        '  <input name="token" type="hidden" value="«apikey»">\n  <select name="unit"><option '
        "selected>«dept_en»"
        '</option></select>\n  <input name="drug" value="«drug1»">\n</form>\n',
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value."""
    return _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(30):
        rng = random.Random(f"phigate-probe6:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture)
        slots: dict[str, Slot] = {**p, **extras(rng, culture, p)}
        if "«p2_" in template:
            q = person(rng, culture)
            slots.update({f"p2_{k}": v for k, v in q.items()})
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe6 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (seed-shifted)."""
    return [
        make_doc(seed, i, kind, cultures[(i + seed) % len(cultures)], fmt, t)
        for kind, cultures, fmt, n, t in TEMPLATES
        for i in range(n)
    ]
