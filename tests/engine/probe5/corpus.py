"""Fifth independent probe corpus: ~90 labelled documents in kinds none of probes 1-4 used.

Kinds: Epic-style (non-FHIR) patient JSON, an openEHR flat composition, OMOP CDM rows, a GraphQL mutation
with variables, protobuf text format, an IHE PDQ SOAP envelope, a README with a Markdown table, a Jira
issue export, RFC 5322 mail with Received lines, vCards, iCalendar attendees, a PDF-to-text letter with
broken wrapping and hyphenation, an OCR'd referral (l/1, O/0), a spreadsheet TSV with merged headers,
kubectl pod logs with JSON lines, Ansible vars, an LLM agent transcript whose tool-call arguments are
JSON inside JSON strings, a Rich traceback with locals, a Spring log with Java toString(), zsh history
with curl and httpie, Prometheus metrics with labels, a Telegram export (text-entity arrays), a Twilio
form-encoded webhook, an unpunctuated voice-to-text note, discharge instructions in Spanish, Portuguese,
French and Tagalog, a lab report with reference ranges, an immunisation record, a periodontal chart, a
death certificate, an obituary, a research consent form; letters in Hungarian, Finnish, Estonian,
Czech, Romanian, Swahili, Irish, Welsh, Catalan, Norwegian (Sami names) and German (Romansh names);
English notes for Ethiopian, Samoan, Inuit, Georgian, Korean, Japanese and Thai patients; native-script
Thai, Georgian, Armenian, Korean, Japanese, Chinese, Amharic (Ge'ez) and Tamil documents.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Seeded: the same seed gives the same corpus.

Labelling conventions (as probe 4): a clinician's name is unlabelled; a prescriber's or certifier's NPI
and DEA number are LICENSE; fixed server timestamps in a template are unlabelled; a year alone, a month
without a day, a weekday, a duration and a dosing clock time are keep values; region names at state or
province level and countries are plain text; vaccine lot numbers and concept ids are keep values (they
identify a product or a vocabulary entry, not a person); an OCR'd or URL-encoded value is labelled as it
appears.
"""

from __future__ import annotations

import json
import random
from urllib.parse import quote_plus

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, P, Slot
from tests.engine.probe5.people import NAMES, ONES, person

__all__ = ["KEEP", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

KEEP: dict[str, dict[str, list[str]]] = {
    "en": {
        "drug": [
            "Dapagliflozin 10 mg",
            "Tirzepatide 5 mg",
            "Apixaban 2.5 mg BID",
            "Sacubitril/valsartan 49/51 mg",
            "Methotrexate 15 mg weekly",
            "Enoxaparin 40 mg SC",
            "Prednisolone 30 mg",
            "Ondansetron 4 mg ODT",
            "Insulin aspart 6 units",
            "Colchicine 0.5 mg",
            "Doxycycline 100 mg",
            "Ferrous sulfate 325 mg",
            "Amoxicillin-clavulanate 875/125 mg",
        ],
        "lab": [
            "Hemoglobin 9.8 g/dL (ref 12.0-15.5)",
            "Potassium 5.9 mmol/L [3.5-5.1]",
            "Creatinine 2.1 mg/dL (0.6-1.2)",
            "eGFR 28 mL/min/1.73m2",
            "TSH 0.02 mIU/L (0.4-4.0)",
            "INR 3.4",
            "Procalcitonin 2.7 ng/mL",
            "HbA1c 9.6% (<5.7)",
            "Platelets 88 x10^9/L (150-400)",
            "Albumin 2.9 g/dL",
        ],
        "dept": [
            "Nephrology",
            "Geriatrics Unit",
            "Palliative Care Team",
            "Infectious Diseases",
            "Hand Clinic",
            "Maxillofacial Surgery",
            "Renal Dialysis Unit",
        ],
    },
    "es": {
        "drug": [
            "Paracetamol 1 g",
            "Ibuprofeno 600 mg",
            "Omeprazol 20 mg",
            "Enalapril 10 mg",
            "Bemiparina 3500 UI",
        ],
        "lab": ["Hemoglobina 10,2 g/dL", "Creatinina 1,8 mg/dL", "PCR 45 mg/L"],
        "dept": ["Servicio de Nefrología", "Consultas Externas", "Urgencias"],
    },
    "pt": {
        "drug": ["Metamizol 575 mg", "Losartan 50 mg", "Pantoprazol 40 mg", "Furosemida 40 mg"],
        "lab": ["Hemoglobina 10,9 g/dL", "Sódio 131 mmol/L", "PCR 12 mg/dL"],
        "dept": ["Serviço de Medicina Interna", "Consulta Externa", "Urgência Geral"],
    },
    "fr": {
        "drug": ["Eliquis 5 mg", "Inexium 40 mg", "Spasfon 80 mg", "Amoxicilline 1 g"],
        "lab": ["Hémoglobine 10,4 g/dL", "Créatinine 132 µmol/L", "CRP 61 mg/L"],
        "dept": ["Service de médecine interne", "Urgences", "Clinique externe"],
    },
    "tl": {
        "drug": ["Losartan 50 mg", "Amlodipine 5 mg", "Paracetamol 500 mg", "Cefuroxime 500 mg"],
        "lab": ["FBS 142 mg/dL", "Creatinine 1.7 mg/dL"],
        "dept": ["Out-Patient Department", "Emergency Room"],
    },
    "hu": {
        "drug": ["Algopyrin 500 mg", "Betaloc ZOK 50 mg", "Controloc 40 mg"],
        "lab": ["Hgb 104 g/l", "CRP 38 mg/l", "GFR 41 ml/min"],
        "dept": ["Belgyógyászati Osztály", "Kardiológiai Szakrendelés"],
    },
    "fi": {
        "drug": ["Panadol 1 g", "Marevan 3 mg", "Bisoprolol 5 mg"],
        "lab": ["Hb 102 g/l", "CRP 54 mg/l", "P-Krea 141 µmol/l"],
        "dept": ["sisätautien poliklinikka", "päivystys"],
    },
    "et": {
        "drug": ["Paracetamol 500 mg", "Xarelto 20 mg", "Nolpaza 40 mg"],
        "lab": ["Hb 108 g/L", "CRP 71 mg/L"],
        "dept": ["Sisehaiguste osakond", "Erakorralise meditsiini osakond"],
    },
    "cs": {
        "drug": ["Godasal 100 mg", "Prestarium Neo 5 mg", "Helicid 20 mg"],
        "lab": ["Hb 112 g/l", "CRP 48 mg/l"],
        "dept": ["Interní oddělení", "Kardiologická ambulance"],
    },
    "ro": {
        "drug": ["Algocalmin 500 mg", "Prestarium 5 mg", "Controloc 20 mg"],
        "lab": ["Hb 10,8 g/dl", "VSH 42 mm/h"],
        "dept": ["Secția Medicină Internă", "Ambulatoriu Cardiologie"],
    },
    "sw": {
        "drug": ["Coartem 80/480 mg", "Amoxicillin 500 mg", "ORS"],
        "lab": ["Hb 8.9 g/dL", "mRDT positive"],
        "dept": ["Kliniki ya Kisukari", "Wodi ya Wanawake"],
    },
    "ga": {
        "drug": ["Paracetamol 1 g", "Lansoprazole 30 mg"],
        "lab": ["Hb 11.2 g/dL"],
        "dept": ["Aonad Géiriatraice"],
    },
    "cy": {"drug": ["Ramipril 2.5 mg", "Co-amoxiclav 625 mg"], "lab": ["Hb 118 g/L"], "dept": ["Uned Strôc"]},
    "ca": {
        "drug": ["Paracetamol 1 g", "Enantyum 25 mg", "Adiro 100 mg"],
        "lab": ["Hemoglobina 10,6 g/dL", "Creatinina 1,5 mg/dL"],
        "dept": ["Servei de Medicina Interna", "Hospital de Dia"],
    },
    "no": {
        "drug": ["Paracet 1 g", "Albyl-E 75 mg", "Selo-Zok 50 mg"],
        "lab": ["Hb 10,9 g/dL", "CRP 88 mg/L"],
        "dept": ["Medisinsk avdeling", "Legevakt"],
    },
    "de": {
        "drug": ["Dafalgan 1 g", "Torem 10 mg", "Pantozol 40 mg"],
        "lab": ["Hb 106 g/l", "CRP 64 mg/l"],
        "dept": ["Medizinische Klinik", "Notfallstation"],
    },
}
NATIVE_DRUGS = {
    "th_nat": ["พาราเซตามอล 500 มก.", "Amlodipine 5 mg"],
    "ka_nat": ["პარაცეტამოლი 500 მგ", "Bisoprolol 5 mg"],
    "hy_nat": ["Պարացետամոլ 500 մգ", "Enalapril 10 mg"],
    "ko_nat": ["아스피린 100mg", "Metformin 500 mg"],
    "ja_nat": ["アムロジピン 5mg", "Rosuvastatin 2.5 mg"],
    "zh": ["阿司匹林 100mg", "Metformin 500 mg"],
    "am_nat": ["ፓራሲታሞል 500 ሚ.ግ", "Amoxicillin 500 mg"],
    "ta": ["பாராசிட்டமால் 500 மி.கி", "Metformin 500 mg"],
}
ICD = ["I50.23", "E11.65", "N17.9", "J96.01", "K57.32", "S72.001A", "C34.90", "F03.90", "I69.351", "L89.153"]
SNOMED = ["44054006", "38341003", "195967001", "73211009", "431855005"]
LOINC = ["4548-4", "2345-7", "2823-3", "33914-3", "6301-6", "777-3"]
CPT = ["99223", "93306", "90471", "D0150", "D4341", "99497", "36556"]
NDC = ["0002-1433-80", "50090-3344-0", "0169-4132-12", "0006-0277-31"]
HTTP = [
    "HTTP/1.1 200 OK",
    "HTTP/2 401",
    "422 Unprocessable Entity",
    "500 Internal Server Error",
    "HTTP/1.1 409 Conflict",
]
VERSIONS = [
    "v1.42.0",
    "2.7.3-rc.1",
    "openEHR RM 1.1.0",
    "Kubernetes v1.30.2",
    "ansible-core 2.17.1",
    "protoc 27.1",
    "Prometheus 2.53.0",
    "Spring Boot 3.3.1",
    "Thunderbird 115.12.2",
]
DURATIONS = ["for 7 days", "x 14 days", "every 6 hours", "for 2 weeks", "3 months", "q6h PRN"]
DOSE_TIMES = ["08:00", "20:00", "12:00", "21:30"]
SCORES = ["GCS 15", "APGAR 9/9", "NEWS2 6", "CURB-65 3", "ECOG 2", "MMSE 22/30", "PHQ-9 14", "Braden 13"]
ORGS = ["World Health Organization", "Red Cross", "Médecins Sans Frontières", "CDC", "Ministry of Health"]
COUNTRIES = [
    "Finland",
    "Kenya",
    "New Zealand",
    "Georgia",
    "Armenia",
    "Japan",
    "Ireland",
    "Norway",
    "Switzerland",
]
US_STATES = ["Texas", "Montana", "Minnesota", "Maine", "Alabama", "Hawaii", "Nevada"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
YEARS = [str(y) for y in range(2009, 2024)]
HEX = "0123456789abcdef"
VACCINES = [
    ("Comirnaty", "FL8095"),
    ("Boostrix", "AC37B412AA"),
    ("Fluad Tetra", "P100452"),
    ("Shingrix", "AR3KT019A"),
    ("Pneumovax 23", "W032911"),
]

# culture -> (label of the national/health identifier, person slot, country, doc language)
NATID: dict[str, tuple[str, str, str]] = {
    "hu": ("TAJ szám", "taj", "Hungary"),
    "fi": ("Henkilötunnus", "hetu", "Finland"),
    "et": ("Isikukood", "isikukood", "Estonia"),
    "cs": ("Rodné číslo", "rodne", "Czechia"),
    "ro": ("CNP", "cnp", "Romania"),
    "sw": ("ID No.", "ke_id", "Kenya"),
    "am": ("Fayda ID", "fayda", "Ethiopia"),
    "tl": ("PhilHealth No.", "philhealth", "Philippines"),
    "sm": ("SSN", "ssn", "American Samoa"),
    "mi": ("NHI", "nhi", "New Zealand"),
    "iu": ("Health Card No.", "nu_hc", "Canada"),
    "ka": ("Personal No.", "ge_pn", "Georgia"),
    "hy": ("SSC", "am_ssc", "Armenia"),
    "ko": ("RRN", "rrn", "South Korea"),
    "ja": ("My Number", "my_number", "Japan"),
    "th": ("Thai ID", "th_id", "Thailand"),
    "ga": ("PPSN", "ppsn", "Ireland"),
    "cy": ("NHS No.", "nhs_wales", "Wales"),
    "eu": ("DNI", "dni", "Spain"),
    "ca": ("CIP", "cip", "Spain"),
    "se": ("Fødselsnummer", "fnr", "Norway"),
    "rm": ("AHV-Nr.", "ahv", "Switzerland"),
    "th_nat": ("เลขประจำตัวประชาชน", "th_id", "Thailand"),
    "ka_nat": ("პირადი ნომერი", "ge_pn", "Georgia"),
    "hy_nat": ("ՀԾՀ", "am_ssc", "Armenia"),
    "ko_nat": ("주민등록번호", "rrn", "South Korea"),
    "ja_nat": ("個人番号", "my_number", "Japan"),
    "zh": ("身份证号", "cn_id", "China"),
    "am_nat": ("ፋይዳ", "fayda", "Ethiopia"),
    "ta": ("ABHA", "abha", "India"),
}
LANG = {"hu": "hu", "fi": "fi", "et": "et", "cs": "cs", "ro": "ro", "sw": "sw", "ga": "ga", "cy": "cy"}
LANG |= {"ca": "ca", "se": "no", "rm": "de", "eu": "es", "tl": "tl"}

LATIN = [c for c in NAMES if not c.endswith("_nat") and c not in ("zh", "ta")]
SPOKEN_DIGIT = ["oh", *ONES[1:10]]


def _hexs(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def _uuid(rng: random.Random) -> str:
    h = _hexs(rng, 32)
    return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-a{h[17:20]}-{h[20:]}"


def _ocr(rng: random.Random, s: str) -> str:
    """OCR confusions: some 0 -> O, 1 -> l, 5 -> S, 8 -> B (at least one change)."""
    swaps = {"0": "O", "1": "l", "5": "S", "8": "B"}
    idx = [i for i, c in enumerate(s) if c in swaps]
    if not idx:
        return s
    pick = set(rng.sample(idx, max(1, len(idx) // 2)))
    return "".join(swaps[c] if i in pick else c for i, c in enumerate(s))


def extras(rng: random.Random, culture: str, p: dict[str, Slot], lang: str) -> dict[str, Slot]:
    """Keep slots in the document's language and values derived from the person (OCR, spoken, encoded)."""
    table = KEEP.get(lang, KEEP["en"])
    drugs = rng.sample(table["drug"] + (KEEP["en"]["drug"] if lang != "en" else []), 3)
    if culture in NATIVE_DRUGS:
        drugs = [*NATIVE_DRUGS[culture], drugs[0]]
    labs = rng.sample(table["lab"] + (KEEP["en"]["lab"] if lang != "en" else []), 2)
    natid_label, natid_slot, country = NATID[culture]
    vac = rng.sample(VACCINES, 2)
    family = p["family"].value  # type: ignore[union-attr]
    cut = max(2, len(family) // 2)
    phone = p["us_phone"].value  # type: ignore[union-attr]
    name = p["name"].value  # type: ignore[union-attr]
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "dept": K(rng.choice(table["dept"])),
        "dept_en": K(rng.choice(KEEP["en"]["dept"])),
        "icd": K(rng.choice(ICD)),
        "icd2": K(rng.choice(ICD)),
        "snomed": K(rng.choice(SNOMED)),
        "loinc": K(rng.choice(LOINC)),
        "cpt": K(rng.choice(CPT)),
        "ndc": K(rng.choice(NDC)),
        "http": K(rng.choice(HTTP)),
        "ver": K(rng.choice(VERSIONS)),
        "dur": K(rng.choice(DURATIONS)),
        "dose_time": K(rng.choice(DOSE_TIMES)),
        "score": K(rng.choice(SCORES)),
        "score2": K(rng.choice(SCORES)),
        "org": K(rng.choice(ORGS)),
        "country": K(country),
        "country2": K(rng.choice([c for c in COUNTRIES if c != country])),
        "state": K(rng.choice(US_STATES)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "year": K(rng.choice(YEARS)),
        "commit": K(_hexs(rng, 40)),
        "short_sha": K(_hexs(rng, 7)),
        "sha256": K(_hexs(rng, 64)),
        "uuid": K(_uuid(rng)),
        "uuid2": K(_uuid(rng)),
        # a patient's own message id: plain text, neither PHI nor keep (own generator: keeps the stream)
        "msgid": _uuid(random.Random(f"msgid:{name}")),
        "vac1": K(vac[0][0]),
        "lot1": K(vac[0][1]),
        "vac2": K(vac[1][0]),
        "lot2": K(vac[1][1]),
        "natid_label": natid_label,
        "natid": p[natid_slot],
        "family_wrap": P("NAME", f"{family[:cut]}-\n{family[cut:]}"),
        "ocr_dob": P("DATE", _ocr(rng, p["dob_us"].value)),  # type: ignore[union-attr]
        "ocr_phone": P("PHONE", _ocr(rng, phone)),
        "ocr_mrn": P("MRN", _ocr(rng, p["mrn"].value)),  # type: ignore[union-attr]
        "ocr_ssn": P("SSN", _ocr(rng, p["ssn"].value)),  # type: ignore[union-attr]
        "phone_spoken": P(
            "PHONE", " ".join(SPOKEN_DIGIT[int(c)] if c != "0" else "zero" for c in phone if c.isdigit())
        ),
        "town_lower": P("ADDRESS", p["town"].value.lower()),  # type: ignore[union-attr]
        "name_plus": P("NAME", quote_plus(name)),
        "e164_enc": P("PHONE", quote_plus(p["e164"].value)),  # type: ignore[union-attr]
        "street_enc": P("ADDRESS", quote_plus(p["street"].value)),  # type: ignore[union-attr]
    }


# (kind, name cultures cycled over renders, region (None: the culture's home), format, renders, template)
TEMPLATES: list[tuple[str, list[str], str | None, str, int, str]] = [
    (
        "epic_style_json",
        ["hy", "sm", "ko", "th"],
        "us",
        "json",
        3,
        '{"PatientIDs": [{"ID": "«mrn»", "Type": "EPI"}, {"ID": "«ssn»", "Type": "SSN"}], '
        '"Name": "«FAMILY»,«GIVEN»", "DateOfBirth": "«dob_us»", "Sex": "Female", '
        '"Address": {"Street": ["«street»"], "City": "«town»", "State": "«region_text»", "Zip": "«zip»", '
        '"Country": "USA"}, "HomePhone": "«us_phone»", "EmailAddress": "«email»", '
        '"PCP": {"DisplayName": "Okonkwo, Ada MD", "NPI": "«npi»"}, '
        '"Coverages": [{"Payor": "‹Aetna Better Health›", "MemberNumber": "«member»", "GroupNumber": '
        '"«group»"}], '
        '"Encounters": [{"CSN": "«account»", "ContactDate": "«visit_us»", "Department": "‹Nephrology›", '
        '"Diagnoses": [{"ICD10": "‹N17.9›", "Text": "‹Acute kidney injury›"}], '
        '"Notes": "«given» seen with daughter «rel»; ‹Creatinine 2.1 mg/dL (0.6-1.2)›, ‹GCS 15›."}], '
        '"Meta": {"RequestID": "«uuid»", "Server": "«ver»", "Status": "«http»"}}',
    ),
    (
        "openehr_flat",
        ["fi", "et", "cs"],
        None,
        "json",
        2,
        '{"ctx/language": "en", "ctx/territory": "FI", "ctx/composer_name": "Ward 4 nurse", '
        '"ctx/id_namespace": "HOSPITAL-NS", "ctx/subject|id": "«natid»", "ctx/subject|id_scheme": '
        '"NATIONAL", '
        '"ctx/participation_name": "«rel»", "ctx/participation_function": "next of kin", '
        '"discharge/context/start_time": "«visit_ts»", '
        '"discharge/diagnosis:0/problem_diagnosis_name|code": "«icd»", '
        '"discharge/diagnosis:0/problem_diagnosis_name|terminology": "ICD-10", '
        '"discharge/medication_order:0/medication_item": "«drug1»", '
        '"discharge/medication_order:0/timing": "«dur»", '
        '"discharge/clinical_synopsis/synopsis": "«name», born «dob», admitted to «dept» from «street», '
        '«zip» «town». Contact «mobile». «lab1». Template «uuid», «ver»."}',
    ),
    (
        "omop_cdm_rows",
        ["ja", "ga", "hy"],
        "us",
        "text",
        2,
        "-- cdm_prod ‹v5.4› extract, ticket ‹DATA-1187›\n"
        "person_id|gender_concept_id|birth_datetime|person_source_value|location_id\n"
        "1048576|‹8532›|«dob_iso»|«mrn»|77\n\n"
        "location_id|address_1|city|state|zip\n77|«street»|«town»|«region_text»|«zip»\n\n"
        "visit_occurrence_id|person_id|visit_concept_id|visit_start_date|visit_end_date|visit_source_value\n"
        "9001|1048576|‹9201›|«visit_iso»|«visit2_iso»|«account»\n\n"
        "note_id|person_id|note_text\n5|1048576|«name» ‹Palliative Care Team› review; «drug1»; contact «rel» "
        "«us_phone»\n"
        "condition_concept_id|condition_source_value\n‹195967001›|‹J96.01›\n",
    ),
    (
        "gql_mutation",
        ["mi", "ka", "tl"],
        None,
        "json",
        2,
        '{"operationName": "UpdatePatientContact", "query": "mutation UpdatePatientContact($id: ID!, '
        '$input: ContactInput!) { updateContact(id: $id, input: $input) { ok errors } }", '
        '"variables": {"id": "«mrn»", "input": {"fullName": "«name»", "mobile": "«e164»", '
        '"line1": "«street»", "locality": "«town»", "postalCode": "«zip»", "birthDate": "«dob_iso»", '
        '"emergencyContact": "«rel» «phone»", "note": "prefers ‹Thursday› mornings, ‹for 2 weeks›"}}, '
        '"extensions": {"persistedQuery": {"version": 1, "sha256Hash": "«sha256»"}}}',
    ),
    (
        "protobuf_text",
        ["se", "rm", "hu"],
        None,
        "text",
        2,
        "# proto-file: ‹patient_sync.proto›\n# proto-message: SyncRequest (‹protoc 27.1›)\n"
        'request_id: "«uuid»"\npatient {\n  local_id: "«mrn»"\n  given_name: "«given»"\n'
        '  family_name: "«family»"\n  birth_date: "«dob_iso»"\n  national_id: "«natid»"\n'
        '  telecom { system: PHONE value: "«mobile»" }\n  telecom { system: EMAIL value: "«email»" }\n'
        '  address { line: "«street»" city: "«town»" postal_code: "«zip»" country: "«country»" }\n}\n'
        'encounter {\n  admitted: "«visit_ts»"\n  unit: "«dept»"\n  diagnosis_code: "«icd»"\n}\n',
    ),
    (
        "soap_pdq",
        ["et", "ro", "cy"],
        None,
        "text",
        2,
        '<soap:Envelope xmlns:soap="http://www.w3.org/2003/05/soap-envelope" '
        'xmlns:wsa="http://www.w3.org/2005/08/addressing">\n<soap:Header>\n'
        "  <wsa:Action>‹urn:hl7-org:v3:PRPA_IN201306UV02›</wsa:Action>\n"
        "  <wsa:MessageID>urn:uuid:«uuid»</wsa:MessageID>\n</soap:Header>\n<soap:Body>\n"
        '<PRPA_IN201306UV02 ITSVersion="XML_1.0">\n<subject><registrationEvent><subject1><patient>\n'
        '  <id root="1.2.246.21" extension="«natid»"/>\n  <patientPerson>\n'
        "    <name><given>«given»</given><family>«family»</family></name>\n"
        '    <telecom value="tel:«e164»"/>\n    <telecom value="mailto:«email»"/>\n'
        '    <birthTime value="«dob_compact»"/>\n'
        "    <addr><streetAddressLine>«street»</streetAddressLine><city>«town»</city>"
        "<postalCode>«zip»</postalCode></addr>\n  </patientPerson>\n</patient></subject1></registrationEvent>"
        "</subject>\n</PRPA_IN201306UV02>\n</soap:Body>\n</soap:Envelope>\n",
    ),
    (
        "readme_md_table",
        ["ko", "ga", "am"],
        "us",
        "text",
        2,
        "# intake-bridge ‹v1.42.0›\n\n## Test fixtures\n\n> copied from a prod ticket -- scrub before "
        "merge!\n\n"
        "| Name | DOB | Phone | City | MRN | Dx |\n|------|-----|-------|------|-----|----|\n"
        "| «name» | «dob_us» | «us_phone» | «town» | «mrn» | ‹E11.65› |\n"
        "| «p2_name» | «p2_dob_us» | «p2_us_phone» | «p2_town» | «p2_mrn» | ‹I50.23› |\n\n"
        "Run `make e2e`; a good run ends with ‹HTTP/1.1 200 OK› and commit «short_sha».\n",
    ),
    (
        "jira_issue_json",
        ["th", "sw", "fi"],
        "us",
        "json",
        2,
        '{"key": "EHR-4821", "fields": {"summary": "Portal shows wrong DOB for «name»", '
        '"description": "h3. Steps\\n# Log in as support\\n# Open patient *«name»* (MRN «mrn»)\\n'
        "# DOB shows «dob_us»; she called from «us_phone»\\n\\nh3. Env\\n- ‹Kubernetes v1.30.2›, build "
        '«commit»", '
        '"priority": {"name": "High"}, "labels": ["portal", "phi"], '
        '"comment": {"comments": [{"body": "her son «rel» says the address is «street», «town» «zip»; '
        'email «email»"}, {"body": "fixed in ‹2.7.3-rc.1›, returns ‹422 Unprocessable Entity› now"}]}}}',
    ),
    (
        "rfc5322_mail",
        ["cy", "ga", "mi"],
        None,
        "text",
        2,
        "Return-Path: <«email»>\n"
        "Received: from [«ipv4»] (port=51812 helo=[192.168.1.20])\n"
        "\tby mx2.hospital.example with esmtpsa (TLS1.3) id 1sK9Qz-0004Xy-2L; «visit_rfc2822»\n"
        "From: «name» <«email»>\nTo: ‹Hand Clinic› <handclinic@hospital.example>\n"
        "Subject: Re: appointment\nDate: «visit_rfc2822»\nMessage-ID: <«msgid»@mail.example>\n"
        "X-Mailer: ‹Thunderbird 115.12.2›\n\n"
        "Hello,\n\nI was born «dob» and my «natid_label» is «natid». I have moved to «street», «town» «zip»; "
        "my mobile is «mobile».\nMy sister «rel» will drive me on ‹Tuesday›.\n\n«given»\n",
    ),
    (
        "vcard_contacts",
        ["sw", "iu", "se"],
        None,
        "text",
        2,
        "BEGIN:VCARD\nVERSION:4.0\nFN:«name»\nN:«family»;«given»;;;\nBDAY:«dob_compact»\n"
        "TEL;TYPE=cell:«e164»\nEMAIL:«email»\nADR;TYPE=home:;;«street»;«town»;«region_text»;«zip»;«country»\n"
        "NOTE:Next of kin «rel» «phone». Allergy: penicillin. ‹Infectious Diseases› follow-up.\nEND:VCARD\n"
        "BEGIN:VCARD\nVERSION:4.0\nFN:«p2_name»\nTEL;TYPE=home:«p2_phone»\nURL:«p2_url»\nEND:VCARD\n",
    ),
    (
        "ical_attendee",
        ["mi", "hy", "sm"],
        None,
        "text",
        2,
        "BEGIN:VCALENDAR\nVERSION:2.0\nPRODID:-//Clinic Scheduler//EN\nBEGIN:VEVENT\nUID:«uuid»\n"
        "DTSTART:«visit_ics»\nSUMMARY:‹Renal Dialysis Unit› review\n"
        "ATTENDEE;CN=«name»;ROLE=REQ-PARTICIPANT:mailto:«email»\n"
        "ATTENDEE;CN=«rel»;ROLE=OPT-PARTICIPANT:mailto:«email2»\n"
        "LOCATION:«street»\\, «town»\nDESCRIPTION:Home visit. Patient ID «mrn». Gate code 4471. Call "
        "«mobile»\n"
        "END:VEVENT\nEND:VCALENDAR\n",
    ),
    (
        "pdf_text_extract",
        ["mi", "fi", "hu", "ro"],
        None,
        "text",
        2,
        "Page 1 of 2                                   ‹Nephrology› -- Clinic Letter\n\n"
        "Re:  «given» «family_wrap»        «natid_label»: «natid»\nDOB: «dob»\nAddress: «street»,\n«town» "
        "«zip»\n\n"
        "Dear Dr Hone,\n\nThank you for referring this pleas-\nant lady, now «old_age» years old, with "
        "‹Creatinine 2.1 mg/dL (0.6-1.2)›.\nHer daughter «rel»\ncan be reached on «mobile». Review in "
        "‹3 months›.\n\n                                  -- 1 --\n",
    ),
    (
        "ocr_referral",
        ["ja", "hy", "ka"],
        "us",
        "text",
        2,
        "REFERRAL F0RM (scanned)\nPatient: «name»\nD0B: «ocr_dob»      MRN: «ocr_mrn»\nSSN: «ocr_ssn»\n"
        "Ph0ne: «ocr_phone»\nAddr: «street», «town» «region_text» «zip»\nReason: ‹I69.351› hemiparesis, "
        "‹MMSE 22/30›\nMeds: «drug1», «drug2»\n",
    ),
    (
        "tsv_merged_header",
        ["et", "cs", "ro"],
        None,
        "text",
        2,
        "\tDemographics\t\t\tContact\t\tStay\t\n"
        "Given\tFamily\tBorn\tTown\tPostcode\tMobile\tAdmitted\tWard\n"
        "«given»\t«family»\t«dob»\t«town»\t«zip»\t«mobile»\t«visit»\t‹Geriatrics Unit›\n"
        "«p2_given»\t«p2_family»\t«p2_dob»\t«p2_town»\t«p2_zip»\t«p2_mobile»\t«p2_visit»\t‹Hand Clinic›\n"
        "\t\t\t\t\t\tTotal\t2\n",
    ),
    (
        "kubectl_logs",
        ["th", "ko", "ja"],
        None,
        "text",
        2,
        "$ kubectl logs -n intake deploy/intake-api --since=1h --prefix\n"
        '[pod/intake-api-7d9f8c6b5-x2k4q/api] {"level":"info","ts":"2025-02-11T03:20:01Z","msg":"lookup",'
        '"patient_name":"«name»","dob":"«dob_iso»","client":"«ipv6»"}\n'
        '[pod/intake-api-7d9f8c6b5-x2k4q/api] {"level":"warn","msg":"address not geocoded: «street», «town» '
        '«zip»","upstream":"«http»"}\n'
        '[pod/intake-api-7d9f8c6b5-p8m2z/api] {"level":"error","msg":"sms failed to '
        '«e164»","trace_id":"«uuid»",'
        '"image":"intake-api:«ver»"}\n',
    ),
    (
        "ansible_vars",
        ["mi", "se", "rm"],
        None,
        "text",
        2,
        "---\n# group_vars/clinic_kiosk.yml (‹ansible-core 2.17.1›)\nkiosk_locale: en_NZ\n"
        'db_password: "«password»"\nanthropic_api_key: "«apikey»"\nsmoke_patient:\n  name: «name»\n'
        '  id: "«natid»"\n  dob: «dob_iso»\n  address: "«street», «town» «zip»"\nalert_sms: "«e164»"\n'
        "kiosk_mac: «mac»\nreminder_hour: ‹08:00›\n",
    ),
    (
        "agent_tool_calls",
        ["ga", "ka", "sw", "th"],
        None,
        "json",
        2,
        '{"model": "gpt-4.1", "messages": [{"role": "user", "content": "Book «name» (born «dob») for a '
        'follow-up at the ‹Hand Clinic›"}, {"role": "assistant", "content": null, "tool_calls": [{"id": '
        '"call_Q2fk", "type": "function", "function": {"name": "schedule_appointment", "arguments": '
        '"{\\"patient_name\\": \\"«name»\\", \\"dob\\": \\"«dob_iso»\\", \\"phone\\": \\"«e164»\\", '
        '\\"id\\": \\"«natid»\\", \\"reason\\": \\"‹S72.001A›\\"}"}}]}, {"role": "tool", "tool_call_id": '
        '"call_Q2fk", "content": "{\\"status\\": \\"booked\\", \\"slot\\": \\"«visit_ts»\\", '
        '\\"confirmation\\": '
        '\\"«account»\\", \\"address\\": \\"«street», «town»\\"}"}, {"role": "assistant", "content": '
        '"Booked «given» on ‹Wednesday›; confirmation sent to «email»."}]}',
    ),
    (
        "rich_traceback",
        ["mi", "cy", "eu"],
        None,
        "text",
        2,
        "╭──────────────────── Traceback (most recent call last) ────────────────────╮\n"
        "│ /app/intake/views.py:88 in submit                                          │\n"
        "│ ❱  88 │   record = normalise(payload)                                       │\n"
        "│ ╭──────────────────────────── locals ─────────────────────────────╮        │\n"
        "│ │ payload = {'name': '«name»', 'dob': '«dob_iso»',                │        │\n"
        "│ │            'mobile': '«mobile»', 'id': '«natid»',               │        │\n"
        "│ │            'street': '«street»', 'town': '«town»'}              │        │\n"
        "│ │ request = <WSGIRequest: POST '/api/v2/intake'>                  │        │\n"
        "│ ╰──────────────────────────────────────────────────────────────────╯        │\n"
        "╰─────────────────────────────────────────────────────────────────────────────╯\n"
        "ValidationError: postcode '«zip»' does not match town\n",
    ),
    (
        "spring_tostring",
        ["hu", "ro", "cs"],
        None,
        "text",
        2,
        "2025-02-11T09:14:22.118+01:00 ERROR 1 --- [nio-8080-exec-7] c.h.intake.PatientController : "
        "Failed to persist Patient(id=null, localId=«mrn», firstName=«given», lastName=«family», "
        "birthDate=«dob_iso», phone=«mobile», nationalId=«natid», address=Address(line1=«street», "
        "city=«town», postcode=«zip»), nextOfKin=«rel», iban=«iban»)\n"
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement\n"
        "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:95)\n"
        "\tat c.h.intake.PatientService.save(PatientService.java:61)\n# ‹Spring Boot 3.3.1›\n",
    ),
    (
        "zsh_history",
        ["tl", "sm", "hy"],
        "us",
        "text",
        2,
        ": 1718093562:0;curl -s -X POST https://api.clinic.example/v1/patients -H 'Authorization: Bearer "
        '«jwt»\' -d \'{"name":"«name»","dob":"«dob_iso»","phone":"«e164»"}\'\n'
        ": 1718093601:0;http PATCH :8080/patients/«mrn» email=«email» city=«town»\n"
        ': 1718093650:0;psql "postgresql://admin:«password»@db.internal:5432/ehr" -c "select * from patients '
        "where ssn='«ssn»'\"\n"
        ": 1718093702:0;git push origin «commit»\n: 1718093710:0;export GITHUB_TOKEN=«ghtoken»\n",
    ),
    (
        "prometheus_metrics",
        ["ko", "iu", "eu"],
        None,
        "text",
        2,
        "# HELP intake_requests_total Requests by patient (DEBUG label, remove!)\n"
        "# TYPE intake_requests_total counter\n"
        'intake_requests_total{patient="«name»",mrn="«mrn»",code="500"} 3\n'
        'reminder_sms_failed_total{to="«e164»",clinic="‹Hand Clinic›"} 1\n'
        'portal_last_login_seconds{email="«email»",ip="«ipv4»"} 1.718093562e+09\n'
        'build_info{version="«ver»",revision="«short_sha»"} 1\n',
    ),
    (
        "telegram_export",
        ["sw", "tl", "sm"],
        None,
        "json",
        2,
        '{"name": "Ward 3 coordination", "type": "private_group", "messages": ['
        '{"id": 1, "type": "message", "from": "Charge nurse", "text": "Family of «name» asking about '
        "discharge; "
        'daughter «rel» on «mobile»"}, '
        '{"id": 2, "type": "message", "from": "Social work", "text": ["Call ", {"type": "phone", "text": '
        '"«phone»"}, " re «given», home is «street», «town»"]}, '
        '{"id": 3, "type": "message", "from": "Pharmacy", "text": ["Discharge meds: «drug1», «drug2» ", '
        '{"type": "email", "text": "«email»"}, " ‹for 7 days›"]}]}',
    ),
    (
        "twilio_webhook",
        ["mi", "iu", "ga"],
        None,
        "text",
        2,
        "POST /sms/inbound HTTP/1.1\nHost: hooks.clinic.example\nContent-Type: "
        "application/x-www-form-urlencoded\n"
        "X-Twilio-Signature: 9fQ2kLr0wYbT1xZ3m4N5p6Q7s8U=\n\n"
        "ToCountry=NZ&SmsStatus=received&From=«e164_enc»&Body=Hi+its+«name_plus»+my+new+address+is+«street_enc»"
        "&FromCity=&ApiVersion=2010-04-01\n",
    ),
    (
        "voice_note_nopunct",
        ["am", "ka", "th", "ko"],
        "us",
        "text",
        2,
        "transcript auto generated confidence 0.82\n"
        "okay so this is a voice note for the chart patient is «name_lower» date of birth «dob_spoken» "
        "she is «old_age_words» years old lives at «street» in «town_lower» callback number «phone_spoken» "
        "daughter is «rel» she says mom took «drug1» this morning ‹GCS 15› plan ‹Palliative Care Team› "
        "on ‹Friday› thats it\n",
    ),
    (
        "discharge_es",
        ["eu", "ca"],
        "pv",
        "text",
        2,
        "INSTRUCCIONES AL ALTA -- «dept»\nPaciente: «name»   DNI: «dni»   CIP: «cip»\n"
        "Fecha de nacimiento: «dob»\nDomicilio: «street», «zip» «town» («region_text»)\nTeléfono: «mobile»\n"
        "Ingreso el «visit_es». Diagnóstico: ‹N17.9›.\n"
        "Tratamiento: «drug1» cada 8 horas ‹for 7 days›; «drug2» en ayunas.\n"
        "Acuda a urgencias si fiebre. Acompañante: «rel», tel. «phone».\n",
    ),
    (
        "discharge_pt",
        ["ro", "ka", "sw"],
        "pt",
        "text",
        2,
        "NOTA DE ALTA -- «dept»\nUtente: «name»\nData de nascimento: «dob»\nMorada: «street», «zip» «town»\n"
        "Telemóvel: «mobile»   Email: «email»\nInternamento até «visit_pt». Diagnóstico ‹K57.32›.\n"
        "Medicação: «drug1», «drug2». Análises: «lab1».\n"
        "Familiar de contacto: «rel» («phone»).\n",
    ),
    (
        "discharge_fr",
        ["iu", "iu"],
        "nvk",
        "text",
        2,
        "CONSIGNES DE SORTIE -- «dept»\nNom : «name»\nDate de naissance : «dob»\nAdresse : «street», «town» "
        "(«region_text») «zip»\nTél. : «phone»\nCarte santé : «nu_hc»\nRendez-vous de suivi le «visit_fr».\n"
        "Prendre «drug1» et «drug2» ‹for 2 weeks›. Personne à joindre : «rel», «mobile».\n",
    ),
    (
        "discharge_tl",
        ["tl", "tl"],
        None,
        "text",
        2,
        "MGA TAGUBILIN SA PAG-UWI -- «dept»\nPangalan: «name»\nPetsa ng kapanganakan: «dob»\n"
        "Tirahan: «street», «town», «region_text» «zip»\nPhilHealth: «philhealth»\nCellphone: «mobile»\n"
        "Inumin ang «drug1» tuwing 8 oras ‹for 7 days›. Bumalik sa «visit_tl».\nKamag-anak: «rel» "
        "(«phone»)\n",
    ),
    (
        "lab_report_ranges",
        ["ja", "sm", "hy", "ga"],
        "us",
        "text",
        2,
        "LABORATORY REPORT                             Accession: «mrn2»\nPatient: «FAMILY», «GIVEN»   "
        "DOB: «dob_us»   MRN: «mrn»\nCollected: «visit_us»   Ordering NPI: «npi»\n\n"
        "TEST                     RESULT     FLAG   REFERENCE      UNITS\n"
        "Sodium (‹2951-2›)          128        L      136-145        mmol/L\n"
        "‹Potassium 5.9 mmol/L [3.5-5.1]›\n‹Hemoglobin 9.8 g/dL (ref 12.0-15.5)›\n"
        "‹Platelets 88 x10^9/L (150-400)›\nLOINC ‹2823-3›; method ‹ISE indirect›\n"
        "Critical value phoned to RN at «us_phone».\n",
    ),
    (
        "immunisation_record",
        ["mi", "sm", "mi"],
        "nz",
        "text",
        2,
        "NATIONAL IMMUNISATION REGISTER -- patient summary\nName: «name»   NHI: «nhi»\nDOB: «dob»\n"
        "Address: «street», «town» «zip»\nCaregiver: «rel» («mobile»)\n\n"
        "Vaccine              Date given      Batch\n«vac1»            «visit»      «lot1»\n"
        "«vac2»            «visit2»      «lot2»\nNext due: ‹3 months›. Reported to ‹Ministry of Health›.\n",
    ),
    (
        "perio_chart",
        ["ko", "ja", "th"],
        "us",
        "text",
        2,
        "PERIODONTAL CHART -- ‹Maxillofacial Surgery›\nPatient: «name»   DOB: «dob_us»   Chart #: «mrn»\n"
        "Insurance: ‹Delta Dental› ID «member»\n"
        "Tooth  2  3  14  15  18  19  30  31\nPD-B   4  5   3   6   4   7   5   4\nBOP    +  +   -   +   -   "
        "+   +   -\n"
        "Procedures: ‹D0150›, ‹D4341› x4 quadrants. Recall ‹3 months›.\nVisit «visit_us». Guarantor: "
        "«rel».\n",
    ),
    (
        "death_certificate",
        ["ga", "cy", "hy", "sm"],
        "us",
        "text",
        2,
        "CERTIFICATE OF DEATH                         State file no. «cert»\n"
        "Decedent: «name»        Sex: F\nAge: «old_age»   Date of birth: «old_dob»   SSN: «ssn»\n"
        "Date of death: «dod_us»\nPlace of death: residence, «street», «town», «region_text» «zip»\n"
        "Informant: «rel», «street2»\nCause: (a) ‹Cardiogenic shock› (b) ‹Acute myocardial infarction›\n"
        "Manner: Natural   Certifier NPI: «npi»\n",
    ),
    (
        "obituary",
        ["ga", "cy"],
        None,
        "text",
        2,
        "«name» («old_age»), late of «street», «town», passed away peacefully on «dod» at ‹Palliative Care "
        "Team› "
        "care, aged «old_age_words». Predeceased by «other». Sadly missed by «rel» and extended family. "
        "Reposing ‹Friday› from 4pm. Donations, if desired, to the ‹Red Cross›. Photo: «photo_url»\n",
    ),
    (
        "research_consent",
        ["hy", "ka", "am"],
        "us",
        "text",
        2,
        "INFORMED CONSENT TO PARTICIPATE IN RESEARCH\nStudy: ‹NCT05512345› -- ‹Dapagliflozin 10 mg› in "
        "‹Geriatrics Unit› patients\nSponsor: ‹World Health Organization› collaborating centre\n\n"
        "Participant name: «name»    Date of birth: «dob»\nAddress: «street», «town», «region_text» «zip»\n"
        "Phone: «us_phone»   Email: «email»\nLegally authorised representative: «rel»\n"
        "Signature: ______________   Date: «visit»\n",
    ),
    (
        "auto_injury_claim",
        ["hy", "sm", "ka", "ja"],
        "us",
        "text",
        2,
        "AUTO INJURY CLAIM -- PIP medical payments\nClaimant: «name»   DOB: «dob_us»   DL# «dl» "
        "(«plate_state»)\n"
        "Vehicle: 2019 pickup, «plate_state» plate «plate», VIN «vin»\nAddress: «street», «town», "
        "«region_text» «zip»\n"
        "Treating facility billed ‹99223›, ‹36556›; card on file «card»\nER arrival «visit_us», ‹GCS 15›, "
        "‹NEWS2 6›.\nAdjuster note: spoke with spouse «rel» at «us_phone».\n",
    ),
    (
        "implant_registry_csv",
        ["ko", "ga", "th"],
        "us",
        "text",
        2,
        "registry_id,patient,dob,device,udi,serial,implant_date,remote_monitor_imei,monitor_mac,last_seen_ip\n"
        "R-2024-0091,«name»,«dob_iso»,ICD dual chamber,«udi»,«serial»,«visit_iso»,«imei»,«mac»,«ipv4»\n"
        "# firmware ‹2.7.3-rc.1›; NDC ‹0002-1433-80› not applicable\n",
    ),
    (
        "pdmp_report",
        ["am", "mi", "cy"],
        "us",
        "text",
        2,
        "PRESCRIPTION MONITORING PROGRAM -- patient request\nPatient: «FAMILY», «GIVEN»   DOB: «dob_us»\n"
        "Address: «street», «town» «region_text» «zip»\n\nFILLED       DRUG                          QTY  "
        "PRESCRIBER DEA   PAYMENT\n«visit_us»   ‹Oxycodone 5 mg›              30   «dea»        ‹Medicaid›\n"
        "             ‹Buprenorphine-naloxone 8/2 mg› 14   «dea»        ‹Commercial›\n"
        "Prescriber NPI «npi». Patient portal: «url». Request from «ipv6».\n",
    ),
    # ---- letters in other languages (Latin script) --------------------------------------------------
    (
        "hu_ambulans_lap",
        ["hu", "hu"],
        None,
        "text",
        2,
        "AMBULÁNS LAP -- «dept»\nNév: «name»\nSzületési dátum: «dob»\nTAJ: «taj»\n"
        "Lakcím: «zip» «town», «street»\nTelefon: «mobile»\nVizsgálat: «visit». Dg: ‹I50.23›. «lab1».\n"
        "Terápia: «drug1», «drug2». Hozzátartozó: «rel» («phone»).\n",
    ),
    (
        "fi_epikriisi",
        ["fi", "fi"],
        None,
        "text",
        2,
        "EPIKRIISI -- «dept»\nPotilas: «name» («hetu»)\nOsoite: «street», «zip» «town»\nPuh. «mobile»\n"
        "Osastohoito «visit» - «visit2». Dg ‹J96.01›. «lab1».\nLääkitys: «drug1», «drug2».\n"
        "Omainen: «rel», puh. «phone».\n",
    ),
    (
        "et_epikriis",
        ["et", "et"],
        None,
        "text",
        2,
        "EPIKRIIS -- «dept»\nPatsient: «name», isikukood «isikukood»\nAadress: «street», «zip» «town»\n"
        "Tel: «mobile»\nHaiglas «visit» kuni «visit2». Diagnoos ‹K57.32›. «lab1».\nRavi: «drug1».\n"
        "Kontaktisik: «rel» («phone»)\n",
    ),
    (
        "cz_poukaz",
        ["cs", "cs"],
        None,
        "text",
        2,
        "POUKAZ NA VYŠETŘENÍ -- «dept»\nPacient: «name»\nRodné číslo: «rodne»\nBydliště: «street», «zip» "
        "«town»\n"
        "Telefon: «mobile»\nDatum: «visit». Dg. ‹I69.351›. «lab1».\nMedikace: «drug1», «drug2».\n"
        "Kontakt: «rel», «phone»\n",
    ),
    (
        "ro_scrisoare",
        ["ro", "ro"],
        None,
        "text",
        2,
        "SCRISOARE MEDICALĂ -- «dept»\nPacient: «name», CNP «cnp»\nDomiciliu: «street», «town», "
        "«region_text», "
        "cod poștal «zip»\nTelefon: «mobile»\nInternat între «visit» și «visit2». Diagnostic ‹N17.9›.\n"
        "Tratament: «drug1», «drug2». Aparținător: «rel» («phone»).\n",
    ),
    (
        "ke_kadi_kliniki",
        ["sw", "sw"],
        None,
        "text",
        2,
        "KADI YA KLINIKI -- «dept»\nJina: «name»\nNambari ya kitambulisho: «ke_id»\nTarehe ya kuzaliwa: "
        "«dob»\n"
        "Anwani: «street», «town» «zip»\nSimu: «mobile»\nTarehe ya kliniki: «visit». «lab1».\n"
        "Dawa: «drug1» ‹for 7 days›. Mtu wa karibu: «rel» («phone»)\n",
    ),
    (
        "ie_litir",
        ["ga", "ga"],
        None,
        "text",
        2,
        "LITIR SCAOILTE -- «dept»\nAinm: «name»\nDáta breithe: «dob»\nPPSN: «ppsn»\nSeoladh: «street», "
        "«town», "
        "«region_text», «zip»\nFón: «mobile»\nLigeadh isteach: «visit». Diagnóis ‹J96.01›.\n"
        "Cógais: «drug1», «drug2». Gaol: «rel» («phone»).\n",
    ),
    (
        "cy_llythyr",
        ["cy", "cy"],
        None,
        "text",
        2,
        "LLYTHYR RHYDDHAU -- «dept»\nEnw: «name»\nDyddiad geni: «dob»\nRhif GIG: «nhs_wales»\n"
        "Cyfeiriad: «street», «town», «zip»\nFfôn: «mobile»\nDerbyniwyd: «visit». Diagnosis ‹I69.351›.\n"
        "Meddyginiaeth: «drug1», «drug2». Perthynas: «rel» («phone»).\n",
    ),
    (
        "ct_informe",
        ["ca", "ca"],
        None,
        "text",
        2,
        "INFORME D'ALTA -- «dept»\nPacient: «name»\nCIP: «cip»   DNI: «dni»\nData de naixement: «dob»\n"
        "Adreça: «street», «zip» «town»\nTelèfon: «mobile»\nIngrés: «visit»; alta: «visit2». Diagnòstic "
        "‹N17.9›.\n"
        "Tractament: «drug1», «drug2». Familiar: «rel» («phone»).\n",
    ),
    (
        "no_henvisning",
        ["se", "se"],
        None,
        "text",
        2,
        "HENVISNING -- «dept»\nPasient: «name»\nFødselsnummer: «fnr»\nAdresse: «street», «zip» «town»\n"
        "Telefon: «mobile»\nInnlagt «visit» til «visit2». Diagnose ‹I50.23›. «lab1».\n"
        "Medisiner: «drug1», «drug2». Pårørende: «rel», tlf. «phone».\n",
    ),
    (
        "ch_austrittsbericht",
        ["rm", "rm"],
        None,
        "text",
        2,
        "AUSTRITTSBERICHT -- «dept»\nPatient/in: «name», geb. «dob»\nAHV-Nr.: «ahv»\n"
        "Adresse: «street», «zip» «town»\nTel.: «mobile»\nHospitalisation «visit» bis «visit2». Diagnose "
        "‹K57.32›. «lab1».\nMedikation: «drug1», «drug2». Angehörige: «rel» («phone»).\n",
    ),
    # ---- English notes for patients of other cultures ----------------------------------------------
    (
        "eth_referral_en",
        ["am", "am"],
        None,
        "text",
        2,
        "REFERRAL NOTE -- ‹Infectious Diseases›\nName: «name»   Fayda ID: «fayda»\nAge: 46   DOB: «dob»\n"
        "Address: «street», «town», «region_text»\nMobile: «mobile»\nSeen «visit». «lab1». On «drug1».\n"
        "Referred by health officer; guardian «rel» («phone»).\n",
    ),
    (
        "as_clinic_note",
        ["sm", "sm"],
        None,
        "text",
        2,
        "LBJ TROPICAL MEDICAL CENTER -- ‹Renal Dialysis Unit›\nPatient: «name»   MRN: «mrn»   SSN: "
        "«ssn_space»\n"
        "DOB: «dob»   Village: «town», «region_text» «zip»   Home: «street»\nPhone: «phone»\n"
        "Dialysis started «visit». ‹Potassium 5.9 mmol/L [3.5-5.1]›. Matai/contact: «rel» «mobile».\n",
    ),
    (
        "nu_nursing_station",
        ["iu", "iu"],
        None,
        "text",
        2,
        "HEALTH CENTRE NOTE -- community nursing station\nClient: «name»   NU HCN: «nu_hc»\nDOB: «dob»\n"
        "Residence: «street», «town», «region_text» «zip»\nPhone: «phone»\nMedevac to ‹Infectious Diseases› "
        "on «visit»; «lab1». Escort: «rel», «mobile». ‹NEWS2 6›.\n",
    ),
    (
        "ge_referral_en",
        ["ka", "ka"],
        None,
        "text",
        2,
        "REFERRAL -- ‹Nephrology›\nPatient: «name»   Personal No.: «ge_pn»\nDOB: «dob»\n"
        "Address: «street», «town» «zip»\nMobile: «mobile»\nSeen «visit». «lab1». Meds: «drug1».\n"
        "Relative: «rel» («phone»). IBAN for refund: «iban»\n",
    ),
    (
        "kr_jp_th_intake_en",
        ["ko", "ja", "th"],
        None,
        "text",
        3,
        "INTERNATIONAL PATIENT INTAKE -- ‹Infectious Diseases›\nName: «name»   «natid_label»: «natid»\n"
        "DOB: «dob»   Passport country: «country»\nHome address: «street», «town», «region_text» «zip»\n"
        "Mobile: «mobile»   Email: «email»\nArrived «visit»; travel insurance card «card».\n"
        "Emergency contact: «rel», «phone». ‹CURB-65 3›.\n",
    ),
    # ---- native scripts -----------------------------------------------------------------------------
    (
        "th_bai_songtor",
        ["th_nat", "th_nat"],
        None,
        "text",
        2,
        "ใบส่งตัวผู้ป่วย -- ‹Nephrology›\nชื่อ-สกุล: «name»\nเลขประจำตัวประชาชน: «th_id»\nวันเกิด: «dob»\n"
        "ที่อยู่: «street» «town» «zip»\nโทร: «mobile»\nวันที่ตรวจ: «visit»\nยา: «drug1»\nญาติ: «rel» โทร "
        "«phone»\n",
    ),
    (
        "ka_cnoba",
        ["ka_nat", "ka_nat"],
        None,
        "text",
        2,
        "ცნობა -- ‹Nephrology›\nპაციენტი: «name»\nპირადი ნომერი: «ge_pn»\nდაბადების თარიღი: «dob»\n"
        "მისამართი: «street», «town» «zip»\nტელ.: «mobile»\nშემოსვლის თარიღი: «visit»\nმედიკამენტი: «drug1»\n"
        "ნათესავი: «rel», «phone»\n",
    ),
    (
        "hy_teghekank",
        ["hy_nat", "hy_nat"],
        None,
        "text",
        2,
        "ՏԵՂԵԿԱՆՔ -- ‹Nephrology›\nՀիվանդ: «name»\nՀԾՀ: «am_ssc»\nԾննդյան ամսաթիվ: «dob»\n"
        "Հասցե: «street», «town» «zip»\nՀեռ.: «mobile»\nԸնդունման ամսաթիվ: «visit»\nԴեղ: «drug1»\n"
        "Հարազատ: «rel», «phone»\n",
    ),
    (
        "ko_jindanseo",
        ["ko_nat", "ko_nat"],
        None,
        "text",
        2,
        "진 단 서 -- ‹Nephrology›\n성명: «name»\n주민등록번호: «rrn»\n생년월일: «dob»\n"
        "주소: «town» «street» (우편번호 «zip»)\n연락처: «mobile»\n진료일: «visit»\n처방: «drug1»\n"
        "보호자: «rel» («phone»)\n",
    ),
    (
        "ja_shokaijo",
        ["ja_nat", "ja_nat"],
        None,
        "text",
        2,
        "診療情報提供書 -- ‹Nephrology›\n患者氏名： «name» 様\n生年月日： «dob»\n個人番号： «my_number»\n"
        "住所： 〒«zip» «town» «street»\n電話： «mobile»\n受診日： «visit»\n処方： «drug1»\n"
        "家族： «rel» （«phone»）\n",
    ),
    (
        "zh_menzhen",
        ["zh", "zh"],
        None,
        "text",
        2,
        "门诊病历 -- ‹Nephrology›\n姓名： «name»\n身份证号： «cn_id»\n出生日期： «dob»\n"
        "住址： «town» «street» 邮编 «zip»\n电话： «mobile»\n就诊日期： «visit»\n处方： «drug1»\n"
        "联系人： «rel» «phone»\n",
    ),
    (
        "am_ge_ez_referral",
        ["am_nat", "am_nat"],
        None,
        "text",
        2,
        "የሪፈራል ወረቀት -- ‹Nephrology›\nስም: «name»\nፋይዳ: «fayda»\nየትውልድ ቀን: «dob»\n"
        "አድራሻ: «street»፣ «town»\nስልክ: «mobile»\nየተመረመረበት ቀን: «visit»\nመድሃኒት: «drug1»\n"
        "ዘመድ: «rel» «phone»\n",
    ),
    (
        "ta_discharge",
        ["ta", "ta"],
        None,
        "text",
        2,
        "வெளியேற்ற சுருக்கம் -- ‹Nephrology›\nபெயர்: «name»\nABHA: «abha»\nபிறந்த தேதி: «dob»\n"
        "முகவரி: «street», «town» - «zip»\nகைபேசி: «mobile»\nசேர்க்கை தேதி: «visit»\nமருந்து: «drug1»\n"
        "உறவினர்: «rel», «phone»\n",
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value (a region without postcodes used «zip»)."""
    return _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]


def make_doc(
    seed: int, index: int, kind: str, culture: str, region: str | None, fmt: str, template: str
) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(30):
        rng = random.Random(f"phigate-probe5:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture, region)
        lang = LANG.get(culture, "en")
        if kind.startswith("discharge_"):
            lang = kind.removeprefix("discharge_")
        slots: dict[str, Slot] = {**p, **extras(rng, culture, p, lang)}
        if "«p2_" in template:
            home = region or NAMES[culture][4]
            q = person(rng, rng.choice([c for c in LATIN if c != culture]), home)
            q2 = {f"p2_{k}": v for k, v in q.items()}
            slots.update(q2)
            slots.update(
                {f"p2_{k}": v for k, v in extras(rng, culture, q, lang).items() if k.startswith("ocr")}
            )
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe5 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures."""
    return [
        make_doc(seed, i, kind, cultures[i % len(cultures)], region, fmt, t)
        for kind, cultures, region, fmt, n, t in TEMPLATES
        for i in range(n)
    ]
