"""Twelfth independent probe corpus: 52 labelled documents in 26 kinds none of probes 1-11 used.

The most common text a US, UK, EU, Indian or Latin-American hospital dev team and its AI coding agents
handle, written by other hands than the earlier probes. Clinical: an H&P with a social history, nursing
shift notes, an operative note, a pathology addendum, a pharmacy intervention note, a case-management
note, a telehealth SOAP note, patient-portal messages typed by patients (lower case, typos, no
punctuation), a UK GP referral letter, an Indian discharge card in English, a Chilean lab report, a
Brazilian evolução clínica, a German Kurzarztbrief and a French compte rendu de consultation. Dev: a
pytest failure with a fixture dict, a Java stack trace carrying an entity's toString(), a Node.js
console.log of an object, Django admin LogEntry lines, a Postgres slow-query log with bind parameters, a
Kubernetes Secret with stringData, a staging .env, an OpenAI chat-completions request where an engineer
pasted a patient row, a Jupyter df.head() cell, a CSV export with odd headers ("Pt Surname", "Given Nm",
"D.O.B.", "Postal Cd"), an HL7 ORU^R01 with NTE comments and a FHIR Bundle of Observations whose
subject.display and performer (a relative taking home readings) carry names.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Conventions (as probes 4-11): clinicians' and developers' names are unlabelled (templates avoid them); a
provider's NPI is LICENSE; a year alone, a weekday, an age under 90, a log line's own timestamp and a
country or US state are not PHI; an NHS number, Aadhaar, RUT, CPF, NIR or ID-card number is ID; a US SSN
is SSN; KVNR, CNS, ABHA, FONASA and insurer member numbers are HEALTH_PLAN; passwords and API keys are
CREDENTIAL; a home blood-pressure monitor's serial is DEVICE.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, Slot
from tests.engine.probe.people import P as P_
from tests.engine.probe12.people import NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "Apixaban 5 mg BID",
    "Empagliflozin 10 mg",
    "Sacubitril/valsartan 49/51 mg",
    "Vancomycin 1.25 g IV q12h",
    "Ceftriaxone 2 g IV",
    "Levetiracetam 500 mg",
    "Hydromorphone 0.5 mg IV PRN",
    "Furosemide 40 mg IV",
    "Methotrexate 15 mg weekly",
    "Semaglutide 0.5 mg SC weekly",
    "Rivaroxaban 20 mg",
    "Ondansetron 4 mg",
]
LABS = [
    "Na 128 mmol/L",
    "WBC 17.2 x10^9/L",
    "Lactate 3.4 mmol/L",
    "ALT 212 U/L",
    "Lipase 980 U/L",
    "Mg 1.4 mg/dL",
    "Ferritin 9 ng/mL",
    "D-dimer 2.8 mg/L FEU",
    "CK 4100 U/L",
    "Vancomycin trough 24.1 mcg/mL",
]
EPONYMS = [
    "Hodgkin lymphoma",
    "Guillain-Barré syndrome",
    "Wilson disease",
    "Graves disease",
    "Parkinson disease",
    "Crohn disease",
    "Hirschsprung disease",
    "Paget disease",
    "Wegener granulomatosis",
    "Dupuytren contracture",
]
SCORES = [
    "MELD 24",
    "Wells score 6",
    "APACHE II 18",
    "Braden 12",
    "Morse 65",
    "ASA III",
    "ECOG 2",
    "PHQ-9 14",
]
ICD = ["K35.80", "C18.7", "I50.23", "N39.0", "E86.0", "J44.1", "K85.10", "L89.153", "G40.909", "S72.001A"]
CPT = ["44970", "27236", "88305", "99214", "99497"]
LOINC = ["2951-2", "6690-2", "1742-6", "2524-7", "48065-7"]
DEPTS = ["General Surgery", "Medical ICU", "Orthopaedics", "Pathology", "Pharmacy", "Case Management"]
VERSIONS = [
    "Django 5.0.6",
    "PostgreSQL 16.3",
    "Node 20.14.0",
    "pytest 8.2.2",
    "Spring Boot 3.3.1",
    "HAPI FHIR 7.4.0",
    "pandas 2.2.2",
]
CODE = ["intake_api", "LabResultMapper", "discharge_export", "PatientAdmin", "oru_ingest", "portal_bff"]
TICKETS = ["EHRINT-2291", "PORTAL-618", "LIS-4407", "RCM-1503", "INTEG-77", "PHARM-932"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# region: (departments, local drugs, hospitals, weekdays, country, local labs, local eponyms)
LOCAL: dict[str, tuple[list[str], ...]] = {
    "us": (
        DEPTS,
        ["Eliquis 5 mg", "Jardiance 10 mg", "Entresto 24/26 mg"],
        ["Harborview Medical Center", "Vanderbilt University Medical Center", "Grady Memorial Hospital"],
        WEEKDAYS,
        ["United States"],
        LABS,
        EPONYMS,
    ),
    "gb": (
        ["Acute Medical Unit", "Elderly Care", "Respiratory Medicine"],
        ["Co-amoxiclav 625 mg", "Lansoprazole 30 mg", "Adcal-D3"],
        ["Royal Lancaster Infirmary", "Cumberland Infirmary", "Calderdale Royal Hospital"],
        WEEKDAYS,
        ["United Kingdom"],
        ["eGFR 38", "Hb 96 g/L", "CRP 142"],
        EPONYMS,
    ),
    "in": (
        ["General Medicine", "Cardiothoracic Surgery", "Nephrology"],
        ["Tab. Ecosprin-AV 75/10", "Inj. Monocef 1 g", "Tab. Glycomet GP 2"],
        ["Christian Medical College Vellore", "Meenakshi Mission Hospital", "JIPMER"],
        WEEKDAYS,
        ["India"],
        ["FBS 186 mg/dl", "S. creatinine 1.9 mg/dl", "Hb 8.4 g/dl"],
        ["Takayasu arteritis", "Addison disease"],
    ),
    "cl": (
        ["Medicina Interna", "Laboratorio Clínico", "Unidad de Paciente Crítico"],
        ["Losartán 50 mg", "Metformina 850 mg", "Atorvastatina 40 mg"],
        ["Hospital Hernán Henríquez Aravena", "Clínica Alemana", "Hospital del Salvador"],
        ["lunes", "jueves"],
        ["Chile"],
        ["Glucosa 214 mg/dL", "Creatinina 1,8 mg/dL", "TSH 7,9 µUI/mL"],
        ["enfermedad de Chagas", "tiroiditis de Hashimoto"],
    ),
    "br": (
        ["Clínica Médica", "Enfermaria de Cardiologia", "UTI Adulto"],
        ["Captopril 25 mg", "Hidroclorotiazida 25 mg", "Glibenclamida 5 mg"],
        ["Hospital Universitário Walter Cantídio", "Hospital Geral de Fortaleza"],
        ["terça-feira", "sexta-feira"],
        ["Brasil"],
        ["hemoglobina 9,1 g/dL", "creatinina 2,3 mg/dL", "glicemia 302 mg/dL"],
        ["doença de Chagas", "doença de Parkinson"],
    ),
    "de": (
        ["Innere Medizin", "Kardiologie", "Geriatrie"],
        ["Torasemid 10 mg", "Candesartan 8 mg", "Metamizol 500 mg"],
        ["Universitätsklinikum Würzburg", "Klinikum Fulda"],
        ["Dienstag", "Freitag"],
        ["Deutschland"],
        ["Kreatinin 1,9 mg/dl", "Hb 9,6 g/dl", "NT-proBNP 4210 pg/ml"],
        ["Morbus Parkinson", "Morbus Basedow"],
    ),
    "fr": (
        ["Médecine Interne", "Cardiologie", "Gériatrie"],
        ["Doliprane 1 g", "Inexium 40 mg", "Kardégic 160 mg"],
        ["CHU de Brest", "Hôpital de la Cavale Blanche"],
        ["mercredi", "jeudi"],
        ["France"],
        ["créatininémie 168 µmol/L", "Hb 9,4 g/dL", "CRP 96 mg/L"],
        ["maladie de Horton", "maladie de Basedow"],
    ),
}


def extras(rng: random.Random, region: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and the wording that depends on the region."""
    depts, ldrugs, hospitals, days, country, llabs, leps = LOCAL[region]
    drugs = rng.sample(DRUGS, 3)
    labs = rng.sample(LABS, 2)
    icd = rng.sample(ICD, 2)
    female, rel_f = bool(p["female"]), bool(p["rel_female"])
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "ldrug": K(rng.choice(ldrugs)),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "llab": K(rng.choice(llabs)),
        "dept": K(rng.choice(depts)),
        "dept_en": K(rng.choice(DEPTS)),
        "hospital": K(rng.choice(hospitals)),
        "lday": K(rng.choice(days)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "country": K(country[0]),
        "eponym": K(rng.choice(EPONYMS)),
        "leponym": K(rng.choice(leps)),
        "score": K(rng.choice(SCORES)),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "cpt": K(rng.choice(CPT)),
        "loinc": K(rng.choice(LOINC)),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "ticket": K(rng.choice(TICKETS)),
        "n": str(rng.randrange(1000, 99999)),
        "uuid": "-".join("".join(rng.choice("0123456789abcdef") for _ in range(k)) for k in (8, 4, 4, 4, 12)),
        "he": "she" if female else "he",
        "his": "her" if female else "his",
        "mrs": "Mrs" if female else "Mr",
        "wife": "wife" if rel_f else "husband",
        "daughter": "daughter" if rel_f else "son",
        "sra": "Sra." if female else "Sr.",
        "hija": "hija" if rel_f else "hijo",
        "paciente": "a paciente" if female else "o paciente",
        "filha": "filha" if rel_f else "filho",
        "frau": "Frau" if female else "Herrn",
        "patientin": "Patientin" if female else "Patient",
        "tochter": "Die Tochter" if rel_f else "Der Sohn",
        "mme": "Mme" if female else "M.",
        "ne": "née" if female else "né",
        "fille": "fille" if rel_f else "fils",
        "gender": "female" if female else "male",
        "relcode": "DAU" if rel_f else "SON",
    }


ALL = ["us", "gb", "in", "cl", "br", "de", "fr"]
ANGLO = ["us", "gb", "in"]

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "hp_social_history_admission",
        ["us"],
        "text",
        2,
        "HISTORY AND PHYSICAL - «dept»\nPatient: «name_inv»   MRN: «mrn»   DOB: «dob»   Adm: «visit»\n\n"
        "CC: fever and flank pain x2 days\nHPI: «age»yo «gender» with «eponym» presenting with «lab1», "
        "«lab2». Dx «icd».\n\nSOCIAL HISTORY:\nLives with «his» «wife» «rel» in a single-story home at "
        "«street», «town», «state» «zip». Retired school-bus driver. Former smoker (20 pk-yr, quit 2009). "
        "No EtOH. Uses a cane. «wife_cap» reachable at «rel_phone».\n\nMEDS: «drug1»; «drug2».\n"
        "PLAN: admit to «hospital», «score».\n",
    ),
    (
        "nursing_shift_note_nights",
        ["us", "gb"],
        "text",
        2,
        "NURSING SHIFT NOTE 19:00-07:00 «weekday»\nPt «name» (hosp no «mrn», DOB «dob») on «dept».\n"
        "A&O x3, «score». Pain 4/10, «drug3» given 23:40 w/ good effect.\n"
        "02:15 pt asked to call «his» «daughter» «rel_given»; rang «rel_phone», no answer, voicemail left.\n"
        "04:30 «lab1» reported, doctor informed. «ldrug» held.\n"
        "«he_cap» lives alone at «street», «town» and is worried about the cat.\n"
        "Handover given to day staff.\n",
    ),
    (
        "operative_note_lap_procedure",
        ["us", "in"],
        "text",
        2,
        "OPERATIVE NOTE\nPatient: «name_up»   Age/Sex: «age»/«sexletter»   IP No: «mrn»   DOB: «dob»\n"
        "Date of surgery: «visit»\nPreoperative diagnosis: acute appendicitis («icd»)\n"
        "Procedure: laparoscopic appendectomy (CPT «cpt»)\nAnesthesia: general, «score»\n"
        "Findings: inflamed, non-perforated appendix. EBL 20 mL.\nAntibiotics: «drug1».\n"
        "Disposition: to PACU, stable. Family («rel», «rel_phone») updated in the waiting area.\n"
        "Follow-up in «dept» clinic on «visit2».\n",
    ),
    (
        "pathology_addendum_report",
        ["gb", "us"],
        "text",
        2,
        "*** ADDENDUM ***\nSurgical pathology report - «hospital», Department of Cellular Pathology\n"
        "Patient: «name_comma»   DOB: «dob»   Hospital no.: «mrn»   Specimen: S25-«n»\n"
        "Received: «visit»   Addendum issued: «visit2»\n\n"
        "Immunohistochemistry (CPT «cpt») now complete: tumour cells MLH1/PMS2 retained. "
        "Final diagnosis unchanged: «eponym» excluded, adenocarcinoma («icd»).\n"
        "This addendum was discussed with the requesting team; copy to GP surgery for «mrs» «family».\n",
    ),
    (
        "pharmacy_intervention_note",
        ["us", "gb"],
        "text",
        2,
        "CLINICAL PHARMACY INTERVENTION #«n»\nPatient: «name» | MRN «mrn» | DOB «dob» | Wt 71 kg\n"
        "Problem: «lab1» on «drug1». Interaction risk with «drug2».\n"
        "Recommendation: hold next dose, recheck level «weekday» AM, renal dose adjust («lab2»).\n"
        "Accepted by prescriber. Outcome: dose changed to «drug3».\n"
        "Pt counselled at bedside; will fill discharge Rx at the pharmacy near «street», «town».\n"
        "Insurance member ID «member» - prior auth not required. Ticket «ticket».\n",
    ),
    (
        "case_management_discharge_plan",
        ["us"],
        "text",
        2,
        "CASE MANAGEMENT NOTE - «visit»\nPt: «name» (MRN «mrn», acct «account»), «age90»yo, admitted for "
        "«eponym» («icd»).\nPayer: Medicare Advantage, member «member»; SSN on file «ssn».\n"
        "D/C plan: home with home health PT/OT. Pt lives at «street», «town», «state» «zip» with «his» "
        "«wife» «rel» (cell «rel_phone»), who will provide transport.\n"
        "DME: rolling walker ordered. Follow-up PCP (NPI «npi») appt «visit2» («weekday»).\n"
        "Barriers: none identified. «score». Time spent: 35 min.\n",
    ),
    (
        "telehealth_soap_video_visit",
        ["us", "gb"],
        "text",
        2,
        "TELEHEALTH VISIT (video) - «visit_long»\nPatient identity confirmed: «name», DOB «dob_long».\n"
        "Patient location: home, «street», «town» «zip». Callback if disconnected: «mobile».\n\n"
        "S: «age»yo f/u «eponym». Reports 2 weeks of fatigue. Taking «drug1».\n"
        "O: appears well on video. Home BP 146/92. Recent «lab1».\n"
        "A: «icd» - suboptimally controlled. «score».\n"
        "P: add «drug2». Labs at local draw station. Next video visit «visit2».\n",
    ),
    (
        "portal_message_from_patient",
        ANGLO,
        "text",
        2,
        "Subject: question abt my meds\n\nhi doc its «name_lc» (dob «dob»). i been feeling dizzy since u "
        "started the «drug1» is that normal?? also my bp machine says 92/60 this morning. "
        "my «daughter» «rel_given_lc» can bring me in «weekday» if u want to see me. "
        "pls call «mobile» not the house phone. "
        "oh and i moved, new addr is «street» «town» «zip»\n\nthx\n«given_lc»\n\n"
        "--- Reply from «dept» nurse line ---\nThank you for your message. Please hold «drug1» until "
        "we call you. Ref «ticket».\n",
    ),
    (
        "gp_referral_letter_uk",
        ["gb"],
        "text",
        2,
        "Ghyllbank Medical Practice\n\nDate: «visit»\n\nDear Colleague,\n\nRe: «mrs» «name»   DOB: «dob»\n"
        "NHS No: «natid»\n«street», «town», «zip»\nTel: «phone»   Mobile: «mobile»\n\n"
        "Thank you for seeing this «age»-year-old with suspected «eponym». «llab». "
        "Current medication: «ldrug», «drug1». PMH: «icd».\n"
        "«he_cap» lives with «his» «daughter» «rel», who is «his» main carer (email «rel_email»).\n"
        "I would be grateful for an appointment in your «dept» clinic; «he» cannot attend on a «weekday».\n\n"
        "Yours sincerely,\n\nThe Partners\n",
    ),
    (
        "in_discharge_card_english",
        ["in"],
        "text",
        2,
        "«hospital» - DISCHARGE CARD\nName: «name_up»   Age/Sex: «age» Y/«sexletter»   UHID: «mrn»\n"
        "S/o or W/o: «rel»   Aadhaar: «natid»   ABHA: «hplan»\n"
        "Address: «street», «town», Tamil Nadu - «zip»\nMobile: «intl»\n"
        "DOA: «visit»   DOD: «visit2»   Dept: «dept»\n"
        "Diagnosis: Type 2 DM with «leponym». «llab».\nAdvice on discharge: «ldrug» 1-0-1 after food; "
        "«drug1».\nReview: OPD on «lday», bring this card.\n",
    ),
    (
        "cl_informe_laboratorio",
        ["cl"],
        "text",
        2,
        "INFORME DE RESULTADOS - «hospital», «dept»\nPaciente: «name_up»   RUT: «natid»\n"
        "Fecha de nacimiento: «dob»   Previsión: FONASA «hplan»\n"
        "Domicilio: «street», «town»   Fono: «intl»\n"
        "Fecha de toma de muestra: «visit»   Validado: «visit2»\n\n"
        "«llab»   (VR 70-100)\nHemoglobina glicosilada 8,7 %\nObservación: muestra tomada en ayunas. "
        "Se sugiere control por «leponym».\nContacto de la «hija» «rel»: «rel_phone»\n",
    ),
    (
        "br_evolucao_clinica_enfermaria",
        ["br"],
        "text",
        2,
        "EVOLUÇÃO CLÍNICA - «dept» - «hospital»\nPaciente: «name»   Prontuário nº «mrn»\n"
        "CPF: «natid»   CNS: «hplan»   Nasc.: «dob»\nEndereço: «street», «town», CEP «zip»\n\n"
        "«visit» 08h: «paciente_cap» evolui estável, afebril. «llab». Mantida «ldrug».\n"
        "Diagnóstico: «leponym» («icd»). Acompanhante: «filha» «rel», telefone «mobile».\n"
        "Conduta: alta prevista para «lday», retorno ambulatorial em «visit2».\n",
    ),
    (
        "de_kurzarztbrief_hausarzt",
        ["de"],
        "text",
        2,
        "Kurzarztbrief - «hospital», Klinik für «dept»\n\nSehr geehrte Kolleginnen und Kollegen,\n\n"
        "wir entlassen heute, am «visit», «frau» «name» (geb. «dob_long»), wohnhaft «street», «zip» «town», "
        "in Ihre hausärztliche Weiterbehandlung.\nKVNR: «hplan»   Personalausweis: «natid»\n"
        "Diagnosen: «leponym» («icd»), «llab».\nMedikation: «ldrug», «drug1».\n"
        "«tochter» «rel» (Tel. «mobile») wurde über den Verlauf informiert.\n"
        "Kontrolle am «lday» empfohlen.\n\nMit freundlichen kollegialen Grüßen\n",
    ),
    (
        "fr_compte_rendu_consultation",
        ["fr"],
        "text",
        2,
        "COMPTE RENDU DE CONSULTATION - «dept», «hospital»\n\n«mme» «name», «ne» le «dob», "
        "domicilié(e) «street», «zip» «town»\nN° de sécurité sociale : «natid»   Tél. : «mobile»\n\n"
        "Consultation du «visit_long» pour suivi d'une «leponym». Biologie : «llab».\n"
        "Traitement : «ldrug», «drug1». Prochain rendez-vous le «visit2» («lday»).\n"
        "Personne de confiance : sa «fille» «rel», joignable au «rel_phone».\n",
    ),
    (
        "pytest_fixture_dict_failure",
        ALL,
        "text",
        2,
        "============================= test session starts ==============================\n"
        "platform linux -- Python 3.12.4, «ver», pluggy-1.5.0\ncollected 41 items\n\n"
        "tests/test_«code».py ....F\n\n=================================== FAILURES "
        "===================================\n_____________ test_merge_duplicate_patient _____________\n\n"
        "patient_row = {'mrn': '«mrn»', 'given': '«given»', 'family': '«family»', 'dob': "
        "datetime.date(«dob_py»), 'phone': '«mobile»', 'email': '«email»', 'postcode': '«zip»', "
        "'dx': '«icd»'}\n\n    def test_merge_duplicate_patient(patient_row):\n"
        "        merged = merge(patient_row, lookup(patient_row['mrn']))\n"
        ">       assert merged['address'] == '«street», «town»'\n"
        "E       AssertionError: assert None == '«street», «town»'\n\n"
        "FAILED tests/test_«code».py::test_merge_duplicate_patient - AssertionError (see «ticket»)\n",
    ),
    (
        "java_entity_tostring_trace",
        ALL,
        "text",
        2,
        "2025-06-02 09:14:07.331 ERROR 1 --- [nio-8080-exec-7] o.h.e.j.s.SqlExceptionHelper : "
        "Duplicate entry for key 'uk_patient_mrn'\n"
        "org.springframework.dao.DataIntegrityViolationException: could not execute statement; entity "
        "[PatientEntity{id=«n», mrn='«mrn»', firstName='«given»', lastName='«family»', "
        "birthDate=«dob_iso», addressLine1='«street»', city='«town»', postalCode='«zip»', "
        "phone='«intl»', email='«email»', primaryDx='«icd»'}]\n"
        "\tat org.hibernate.engine.jdbc.spi.SqlExceptionHelper.convert(SqlExceptionHelper.java:112)\n"
        "\tat com.wellmark.ehr.«code».PatientService.save(PatientService.java:88)\n"
        "\tat com.wellmark.ehr.«code».PatientController.create(PatientController.java:41)\n"
        "Caused by: java.sql.SQLIntegrityConstraintViolationException: Duplicate entry '«mrn»'\n"
        "... 47 common frames omitted («ver»)\n",
    ),
    (
        "node_console_log_object",
        ALL,
        "text",
        2,
        "[portal-bff] listening on :3000 («ver»)\n[portal-bff] GET /api/v2/me 200 41ms\n"
        "[portal-bff] session user: {\n  id: 'usr_«n»',\n  patient: {\n    mrn: '«mrn»',\n"
        "    name: { given: '«given»', family: '«family»' },\n    birthDate: '«dob_iso»',\n"
        "    contact: { mobile: '«intl»', email: '«email»' },\n"
        "    address: { line1: '«street»', city: '«town»', postal: '«zip»' }\n  },\n"
        "  proxyFor: [ { name: '«rel»', relation: '«relation»' } ],\n"
        "  flags: { mfa: true, locale: 'en-GB' }\n}\n"
        "[portal-bff] WARN medication list empty for «mrn» (expected «drug1») «ticket»\n",
    ),
    (
        "django_admin_logentry",
        ALL,
        "text",
        2,
        ">>> from django.contrib.admin.models import LogEntry\n>>> for e in LogEntry.objects.order_by"
        "('-action_time')[:3]: print(e.action_time, e.get_action_flag_display(), e.object_repr, "
        "e.change_message)\n"
        '2025-06-02 09:14:07+00:00 Change «name» (MRN «mrn») [{"changed": {"fields": ["Phone", '
        '"Address"]}}]\n'
        "2025-06-02 09:12:51+00:00 Addition Appointment «visit_iso» for «name_comma» "
        '[{"added": {}}]\n'
        "2025-06-02 09:10:33+00:00 Deletion Contact: «rel» <«rel_email»> []\n"
        ">>> Patient.objects.get(mrn='«mrn»').phone, Patient.objects.get(mrn='«mrn»').address_line1\n"
        "('«mobile»', '«street»')\n>>> # «ver», admin class «code», see «ticket»\n",
    ),
    (
        "postgres_slow_query_binds",
        ALL,
        "text",
        2,
        "2025-06-02 09:14:07.331 UTC [48213] ehr_app@ehr LOG:  duration: 2314.552 ms  execute "
        "S_7: SELECT p.id, p.mrn FROM patient p WHERE lower(p.last_name) = lower($1) AND p.birth_date = "
        "$2 AND p.postal_code = $3\n"
        "2025-06-02 09:14:07.331 UTC [48213] ehr_app@ehr DETAIL:  parameters: $1 = '«family»', "
        "$2 = '«dob_iso»', $3 = '«zip»'\n"
        "2025-06-02 09:14:09.902 UTC [48213] ehr_app@ehr LOG:  duration: 1187.004 ms  execute S_9: "
        "UPDATE patient SET phone = $1, email = $2, address_line1 = $3 WHERE mrn = $4\n"
        "2025-06-02 09:14:09.902 UTC [48213] ehr_app@ehr DETAIL:  parameters: $1 = '«mobile»', "
        "$2 = '«email»', $3 = '«street»', $4 = '«mrn»'\n"
        "2025-06-02 09:14:10.118 UTC [48213] ehr_app@ehr LOG:  connection authorized: host=«ip» "
        "application_name=«code» («ver»)\n",
    ),
    (
        "k8s_secret_stringdata",
        ALL,
        "text",
        2,
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: «code»-staging\n  namespace: ehr-integration\n"
        '  labels:\n    app.kubernetes.io/version: "«ver»"\n    ticket: «ticket»\ntype: Opaque\n'
        "stringData:\n  DB_PASSWORD: «pw»\n  PAYMENT_API_KEY: «apikey»\n  DB_HOST: «ip»\n"
        '  SMOKE_TEST_PATIENT_NAME: «name»\n  SMOKE_TEST_PATIENT_DOB: "«dob_iso»"\n'
        '  SMOKE_TEST_PATIENT_MRN: "«mrn»"\n  SMOKE_TEST_PATIENT_PHONE: "«intl»"\n'
        "  SMOKE_TEST_NOTIFY: «email»\n",
    ),
    (
        "dotenv_staging_ehr",
        ALL,
        "text",
        2,
        "# staging EHR integration - DO NOT COMMIT («ticket»)\nAPP_ENV=staging\nAPP_VERSION=«ver»\n"
        "EHR_BASE_URL=https://ehr-stg.internal.example/fhir/R4\nEHR_DB_HOST=«ip»\nEHR_DB_PASSWORD=«pw»\n"
        "STRIPE_SECRET_KEY=«apikey»\n# test patient for the nightly sync\nTEST_PT_GIVEN=«given»\n"
        'TEST_PT_FAMILY=«family»\nTEST_PT_DOB=«dob_iso»\nTEST_PT_MRN=«mrn»\nTEST_PT_ADDR="«street», '
        '«town» «zip»"\nTEST_PT_SMS=«intl»\nDEFAULT_DEPT=«dept_en»\n',
    ),
    (
        "openai_messages_paste",
        ALL,
        "json",
        2,
        '{"model": "gpt-4.1", "temperature": 0, "messages": [{"role": "system", "content": "You are a '
        'senior Python engineer on the «code» service."}, {"role": "user", "content": "this row fails '
        "our validator and I cant see why:\\nmrn=«mrn» | name=«name» | dob=«dob» | phone=«mobile» | "
        "zip=«zip» | addr=«street», «town» | dx=«icd»\\nthe regex is ^\\\\d{5}$ for the zip. running "
        '«ver»"}, {"role": "assistant", "content": "The postcode does not match a five-digit pattern. '
        'Normalise it per country before validating."}, {"role": "user", "content": "ok and the NOK '
        '«rel» with «rel_phone» also fails, same ticket «ticket»"}]}',
    ),
    (
        "jupyter_df_head_cell",
        ALL,
        "text",
        2,
        "In [12]: df = pd.read_parquet('s3://ehr-analytics/readmits/2025-06.parquet')\n"
        "         df[['mrn', 'pt_name', 'dob', 'zip', 'dx', 'los']].head(3)\n"
        "Out[12]:\n        mrn                  pt_name         dob      zip      dx  los\n"
        "0  «mrn»  «name»  «dob_iso»  «zip»  «icd»    4\n"
        "1  «p2_mrn»  «p2_name»  «p2_dob_iso»  «p2_zip»  «icd2»    9\n"
        "2  «p3_mrn»  «p3_name»  «p3_dob_iso»  «p3_zip»  «icd»    2\n\n"
        "In [13]: df.loc[df.mrn == '«mrn»', 'phone'].item()\nOut[13]: '«mobile»'\n"
        "In [14]: # «ver»\n",
    ),
    (
        "csv_unusual_headers",
        ALL,
        "text",
        2,
        "Pt Surname,Given Nm,D.O.B.,Addr Ln,Twn,Postal Cd,Tel No,Hosp Ref,Dx Cd,Ward\n"
        "«family»,«given»,«dob»,«street»,«town»,«zip»,«mobile»,«mrn»,«icd»,«dept_en»\n"
        "«p2_family»,«p2_given»,«p2_dob»,«p2_street»,«p2_town»,«p2_zip»,«p2_mobile»,«p2_mrn»,«icd2»,"
        "«dept_en»\n",
    ),
    (
        "hl7_oru_nte_comments",
        ALL,
        "text",
        2,
        "MSH|^~\\&|LIS|CORELAB|EHR|MAIN|20250602091407||ORU^R01^ORU_R01|LAB«n»|P|2.5.1\r"
        "PID|1||«mrn»^^^MAIN^MR||«family_up»^«given_up»||«dob_hl7»|«sex»|||«street»^^«town»^^«zip»||"
        "«intl»\r"
        "ORC|RE||«account»\rOBR|1||«account»|«loinc»^Lab panel^LN|||«visit_hl7»\r"
        "OBX|1|NM|«loinc»^Result^LN||7.9|%|4.0-5.6|H|||F\r"
        "NTE|1|L|Specimen hemolysed, recollected. Called result to patient «name» at «mobile».\r"
        "NTE|2|L|Patient states «his» «daughter» «rel» handles appointments.\r"
        "NTE|3|L|Reviewed for «eponym» protocol, see «ticket».\r",
    ),
    (
        "fhir_observation_bundle",
        ALL,
        "json",
        2,
        '{"resourceType": "Bundle", "type": "collection", "entry": [{"fullUrl": "urn:uuid:«uuid»", '
        '"resource": {"resourceType": "Observation", "status": "final", "code": {"coding": [{"system": '
        '"http://loinc.org", "code": "«loinc»"}]}, "subject": {"reference": "Patient/«mrn»", "display": '
        '"«name»"}, "effectiveDateTime": "«visit_ts»", "performer": [{"reference": "RelatedPerson/rp1", '
        '"display": "«rel»"}], "device": {"display": "home BP cuff «device»"}, "valueQuantity": {"value": '
        '148, "unit": "mm[Hg]"}, "note": [{"text": "reading taken at home, «street», «town»; patient born '
        '«dob_iso»"}]}}, {"fullUrl": "urn:uuid:«uuid»", "resource": {"resourceType": "Observation", '
        '"status": "final", "code": {"text": "«score»"}, "subject": {"display": "«name_inv»"}, '
        '"performer": [{"display": "«rel»", "telecom": "«rel_phone»"}], "interpretation": [{"text": '
        '"consistent with «eponym»"}]}}], "meta": {"source": "«code»", "tag": [{"code": "«ticket»"}]}}',
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def _derived(p: dict[str, Slot], x: dict[str, Slot]) -> dict[str, Slot]:
    """Slots built from a person and its wording: capitalised pronouns, lower-cased relative."""
    rel_given = p["rel_given"]
    assert isinstance(rel_given, P_)
    return {
        "he_cap": str(x["he"]).capitalize(),
        "wife_cap": str(x["wife"]).capitalize(),
        "paciente_cap": str(x["paciente"]).capitalize(),
        "rel_given_lc": P_("NAME", rel_given.value.lower()),
        "sexletter": str(p["sex"]),
        "relation": str(x["daughter"]),
    }


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    region = NAMES[culture][3]
    for attempt in range(30):
        rng = random.Random(f"phigate-probe12:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture, old="«age90" in template)
        x = extras(rng, region, p)
        slots: dict[str, Slot] = {**p, **x, **_derived(p, x)}
        for tag in ("p2", "p3"):
            if f"«{tag}_" in template:
                q = person(rng, culture)
                slots.update({f"{tag}_{k}": v for k, v in q.items()})
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe12 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (shifted by seed and
    template, so the dev kinds do not all draw the same two cultures)."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed + 3 * k) % len(cultures)], fmt, t)
        for k, (kind, cultures, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
