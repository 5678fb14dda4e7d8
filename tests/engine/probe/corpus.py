"""An independent generalisation probe corpus: ~60 labelled documents the engine was never tuned on.

Formats and phrasings deliberately differ from phigate.synthetic: patient-portal chat, e-mail threads
with quoted replies, fax cover sheets, radiology headers, Slack pastes of Python dict reprs, YAML with
a DSN, a GraphQL response, pytest failure output, dental notes, European discharge letters (de, fr,
es, it, nl, pt, pl, pt-BR), Swahili and Tagalog clinic SMS, romanised Japanese/Korean/Arabic names,
national identifiers with valid check digits. Templates use `«slot»` fields; a slot is `P` (PHI, its
exact text recorded), `K` (harmless, must survive) or plain text. Seeded: same seed, same corpus.
"""

from __future__ import annotations

import json
import random
import re
from dataclasses import dataclass, field

from tests.engine.probe.people import NAMES, K, P, Slot, person

_FIELD = re.compile(
    r"«(\w+)»|‹([^›]+)›"
)  # «slot», or ‹literal text› that must survive (headings, salutations)


@dataclass(slots=True)
class Doc:
    """One labelled document. `content` is the exact text handed to the engine (JSON as text too)."""

    id: str
    kind: str
    loc: str
    format: str  # "text" (mask_text), "json" or "ndjson" (mask_bytes)
    content: str
    phi: list[tuple[str, str]] = field(default_factory=list)  # (type, value as it appears)
    keep: list[str] = field(default_factory=list)
    spans: list[tuple[int, int]] = field(default_factory=list)


# ---- harmless vocabulary (must survive) -----------------------------------------------------------------

DRUGS = {
    "de": ["Metformin 1000 mg", "Ramipril 5 mg", "Bisoprolol 2,5 mg", "Pantoprazol 40 mg", "Apixaban 5 mg"],
    "fr": ["Paracétamol 1 g", "Amoxicilline 1 g", "Kardégic 75 mg", "Lovenox 4000 UI", "Bisoprolol 2,5 mg"],
    "es": ["Enoxaparina 40 mg", "Omeprazol 20 mg", "Atorvastatina 20 mg", "Furosemida 40 mg"],
    "it": ["Cardioaspirina 100 mg", "Lasix 25 mg", "Eutirox 75 mcg", "Augmentin 1 g"],
    "nl": ["Metoprolol 50 mg", "Paracetamol 500 mg", "Omeprazol 20 mg", "Apixaban 5 mg"],
    "pt": ["Metformina 850 mg", "Sinvastatina 20 mg", "Losartana 50 mg", "Dipirona 500 mg"],
    "en": [
        "Levothyroxine 75 mcg",
        "Amlodipine 10 mg",
        "Sertraline 50 mg",
        "Insulin glargine 20 units",
        "Salbutamol 100 mcg",
        "Amoxicillin 500 mg",
        "Co-codamol 30/500",
        "Atorvastatin 40 mg",
    ],
}
LABS = {
    "de": ["HbA1c 7,4 %", "Kreatinin 1,3 mg/dl", "CRP 48 mg/l", "Kalium 4,1 mmol/l"],
    "fr": ["Hb 10,9 g/dl", "créatinine 112 µmol/l", "CRP 35 mg/l"],
    "es": ["PCR 12 mg/dl", "Hb 11,2 g/dl", "glucosa 182 mg/dl"],
    "it": ["PCR 4,2 mg/dl", "emoglobina 10,8 g/dl", "NT-proBNP 2450 pg/ml"],
    "nl": ["Hb 7,1 mmol/l", "eGFR 48", "NT-proBNP 1890 ng/l"],
    "pt": ["HbA1c 8,1%", "creatinina 1,4 mg/dl", "PCR 9,8 mg/dl"],
    "en": [
        "HbA1c 7.2%",
        "eGFR 52 mL/min/1.73m2",
        "INR 2.4",
        "TSH 3.1 mIU/L",
        "K+ 4.1 mmol/L",
        "Hb 10.9 g/dL",
    ],
}
ICD = ["E11.9", "I10", "J18.9", "I48.0", "N18.3", "K21.0", "M17.1", "F32.1", "J45.909", "I50.9", "E11.65"]
HOSPITALS = {
    "de": ["Klinikum rechts der Isar", "St. Elisabeth-Krankenhaus", "Charité Campus Virchow"],
    "fr": ["Hôpital de la Croix-Rousse", "Hôpital Pitié-Salpêtrière", "Clinique du Parc"],
    "es": ["Hospital Universitario La Paz", "Hospital de Cruces"],
    "it": ["Ospedale Cardarelli", "Policlinico Gemelli"],
    "nl": ["Ziekenhuis Gelderse Vallei", "Maasstad Ziekenhuis"],
    "pt": ["Hospital de Santa Maria", "Hospital de São João"],
    "br": ["Hospital das Clínicas", "Hospital Sírio-Libanês"],
    "sw": ["Kenyatta National Hospital", "Aga Khan University Hospital"],
    "tl": ["Philippine General Hospital", "St. Luke's Medical Center"],
    "ja": ["Keio University Hospital", "Toranomon Hospital"],
    "ko": ["Samsung Medical Center", "Asan Medical Center"],
    "ar": ["Rashid Hospital", "Cleveland Clinic Abu Dhabi"],
    "gb": ["St Thomas' Hospital", "Royal Victoria Infirmary", "Addenbrooke's Hospital"],
    "in": ["Manipal Hospital", "AIIMS New Delhi"],
    "ng": ["National Hospital Abuja", "Reddington Hospital"],
    "us": ["Mayo Clinic", "Banner University Medical Center", "Cedars-Sinai Medical Center"],
    "ca": ["Toronto General Hospital", "CHUM"],
    "au": ["Royal Melbourne Hospital", "The Alfred"],
    "vi": ["Bach Mai Hospital"],
    "pl": ["Szpital Bielański"],
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Thursday", "Friday"],
    "de": ["Montag", "Donnerstag"],
    "fr": ["mardi", "vendredi"],
    "es": ["miércoles", "lunes"],
    "it": ["giovedì", "martedì"],
    "nl": ["vrijdag", "maandag"],
    "pt": ["segunda-feira", "sábado"],
    "sw": ["Jumatatu", "Alhamisi"],
    "tl": ["Martes", "Huwebes"],
    "pl": ["poniedziałek"],
}
VERSIONS = ["v2.14.3", "Python 3.12.1", "PostgreSQL 15.4", "1.27.3", "node v20.11.0", "ehr-sync 4.2.0"]
CODE = [
    "test_discharge_summary_roundtrip",
    "PatientRepository",
    "patient_service.py",
    "get_patient_by_mrn",
    "reminder_worker",
    "PatientSerializer",
]
AGE_PHRASE = {
    "de": "{n}-jährige",
    "fr": "{n} ans",
    "es": "{n} años",
    "it": "{n} anni",
    "nl": "{n}-jarige",
    "pt": "{n} anos",
    "pl": "{n} lat",
}


def _lang_key(loc: str, lang: str, table: dict[str, list[str]]) -> str:
    return loc if loc in table else lang if lang in table else "en"


def extras(rng: random.Random, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes ...) and locale-dependent wording for one document."""
    loc, lang = str(p["loc"]), str(p["lang"])
    drugs = rng.sample(DRUGS[_lang_key(loc, lang, DRUGS)], 2)
    labs = rng.sample(LABS[_lang_key(loc, lang, LABS)], 2)
    icd = rng.sample(ICD, 2)
    female = bool(p["female"])
    n = rng.randint(34, 79)
    natid = {
        "gb": ("NHS number", "nhs"),
        "au": ("Medicare no.", "medicare_au"),
        "ca": rng.choice([("Health card (ON)", "hcn_on"), ("RAMQ", "ramq")]),
        "us": ("SSN", "ssn"),
        "in": ("Aadhaar", "aadhaar"),
        "ng": ("NHIS No.", "nhis"),
    }.get(loc, ("Passport", "passport"))
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "hospital": K(rng.choice(HOSPITALS.get(loc, HOSPITALS["gb"]))),
        "weekday": K(rng.choice(WEEKDAYS[_lang_key(loc, lang, WEEKDAYS)])),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "age_phrase": K(AGE_PHRASE.get(lang, "{n}-year-old").format(n=n)),
        "natid_label": natid[0],
        "natid": p[natid[1]],
        "mr": "Mrs" if female else "Mr",
        "anrede": "Frau" if female else "Herrn",
        "civ": "Mme" if female else "M.",
        "sig": "la Sig.ra" if female else "il Sig.",
        "mevr": "mevrouw" if female else "de heer",
        "gng": "Gng." if female else "G.",
        "chief": "Mrs." if female else "Chief",
        "sexletter": "F" if female else "M",
    }


# ---- templates ---------------------------------------------------------------------------------------------
# (kind, locales cycled over the renders, format, template). `p2_x` names slot x of a second person.

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    (
        "portal_chat",
        ["us", "in", "ng", "tl"],
        "text",
        "[09:41] Virtual Assistant: Welcome to «hospital» secure messaging. How can we help today?\n"
        "[09:41] «given»: hi i need to move my appt on «visit»\n"
        "[09:42] Virtual Assistant: Sure. To verify it's you, please type your full name and date of birth.\n"
        "[09:42] «given»: «name», «dob»\n"
        "[09:43] Virtual Assistant: Thanks. Is «mobile» still the best number to text?\n"
        "[09:43] «given»: no pls use «mobile2». also moved, new address is «street», «city» «postcode»\n"
        "[09:44] Scheduling Team: Done, you're now booked «weekday» «visit2» at 10:30. Bring your «drug1».\n"
        "[09:45] «given»: ok thx. can u tell the dr my «lab1» from last week\n"
        "[09:45] Scheduling Team: Added to your chart (ref «claim»). Anything else?\n",
    ),
    (
        "email_thread",
        ["gb", "au", "ca"],
        "text",
        "From: «rel» <«email»>\nTo: Outpatient Bookings <bookings@outpatients.example>\n"
        "Subject: RE: Follow-up clinic letter\nDate: «weekday», «visit3» 08:02\n\n"
        "Hello again,\n\nJust confirming my father will attend on «visit_short». His «natid_label» is "
        "«natid» and "
        "his date of birth is «dob». Could the letter please come to our address now: «street», «city» "
        "«postcode» - he moved in with us after the fall.\n\nMany thanks,\n«rel_given»\n\n--\n«rel» | "
        "Practice "
        "Manager, Northgate Surgery\nMob: «mobile» · Tel: «phone»\nSent from my iPhone\n\n"
        "-----Original Message-----\nFrom: Outpatient Bookings\nSent: «visit2» 16:40\n\n"
        "> Dear «rel_given»,\n> We have received the referral for «mr» «family» from «hospital». Our "
        "letter was "
        "returned\n> by «other», who now lives at the old address. Please confirm the postal address.\n",
    ),
    (
        "fax_cover",
        ["us", "ca"],
        "text",
        "*** CONFIDENTIAL FAX ***        ‹Page 1 of 3›\nTO:   «hospital» Pharmacy - Refill Desk      FAX: "
        "«fax»\n"
        "FROM: Westside Family Practice                PHONE: «phone»\nDATE: «visit»\nRE:   Refill "
        "authorization\n\n"
        "Patient ............ «FAMILY», «given»\nDOB ................ «dob»\nRx # ............... «rx»\n"
        "Medication ......... «drug1» #90, 3 refills\nIns. member ID ..... «member»   Group: «group»\n"
        "Callback (cell) .... «mobile»\n\nNote: pt is «old_age» y/o, lives alone; last «lab1» on «visit2». "
        "Dx «icd».\n"
        "This facsimile contains privileged information intended only for the recipient named above.\n",
    ),
    (
        "radiology_header",
        ["au", "gb", "us"],
        "text",
        "MEDICAL IMAGING REPORT\n==================================================\n"
        "Patient:     «FAMILY», «given»           Sex: «sexletter»\nD.O.B.:      «dob»     «natid_label»: "
        "«natid»\n"
        "UR Number:   «mrn»       Accession: «accession»\nReferrer:    Dr J. Whitlam, «hospital»\n"
        "Exam:        CT PULMONARY ANGIOGRAM   Performed: «visit_iso»\nModality:    CT_SOMATOM_03 @ «ipv4»\n"
        "--------------------------------------------------\nCLINICAL HISTORY: Pleuritic chest pain, on "
        "«drug1». «lab1».\n"
        "FINDINGS: No filling defect to the subsegmental level. Heart size normal.\n"
        "IMPRESSION: No pulmonary embolism. Known «icd».\nReported «weekday» 14:22, verified "
        "electronically.\n",
    ),
    (
        "slack_dbrow",
        ["ja", "ko", "vi", "pl", "br"],
        "text",
        "@here can someone check why the reminder job skipped this one? row from prod:\n```\n"
        "{'id': 48213, 'first_name': '«given»', 'last_name': '«family»', 'dob': datetime.date(«dob_py»), "
        "'phone': '«mobile»', 'email': '«email»', 'addr': '«street», «city»', 'next_appt': '«visit_iso»', "
        "'consent_sms': True, 'tz': '‹Europe/Berlin›'}\n```\n`«code»` logs only say `skip: no_channel` "
        "(running «ver»)\n",
    ),
    (
        "yaml_config",
        ["de", "nl", "gb"],
        "text",
        "# ehr-sync staging overrides («ver»)\ndatabase:\n  url: "
        "postgresql://ehr_sync:«pw»@«ipv4»:5432/ehr_prod"
        "?sslmode=require\n  pool_size: 12\nsmtp:\n  host: smtp.internal\n  password: «pw2»\ngithub:\n"
        '  token: «ghtoken»\nseed_patients:\n  - name: «name»\n    born: «dob_iso»\n    mrn: "«mrn»"\n'
        '    phone: "«mobile»"\n    iban: «iban_de»\nfeature_flags:\n  enable_sms_reminders: true\n',
    ),
    (
        "graphql_response",
        ["fr", "es", "it", "ja"],
        "json",
        '{"data":{"patient":{"__typename":"Patient","id":"«gql_id»","displayName":"«name»","birthDate":"«dob_iso»",'
        '"contactPoints":[{"system":"PHONE","value":"«mobile»"},{"system":"EMAIL","value":"«email»"}],'
        '"homeAddress":{"line1":"«street»","locality":"«city»","postalCode":"«postcode»","country":"«country»"},'
        '"medications":[{"display":"«drug1»"},{"display":"«drug2»"}],"problems":[{"code":"«icd»"}],'
        '"portalUrl":"«portal_url»"}},"extensions":{"server":"«ver»","resolver":"«code»"}}',
    ),
    (
        "pytest_failure",
        ["gb", "ja", "sw", "de"],
        "text",
        "=================================== FAILURES ===================================\n"
        "_______________ «code»[discharge] _______________\n\n"
        "patient = Patient(id=48213, given='«given»', family='«family»', birth_date=datetime.date(«dob_py»), "
        "mrn='«mrn»', phone='«phone»')\n\n    def test_summary_header(patient):\n"
        "        summary = render_summary(patient)\n>       assert summary.header == "
        'f"{patient.family.upper()}, '
        "{patient.given}\"\nE       AssertionError: assert '«FAMILY», ?' == '«FAMILY», «given»'\n"
        "E         - «FAMILY», «given»\nE         + «FAMILY», ?\n\ntests/test_summary.py:41: AssertionError\n"
        "=========================== short test summary info ============================\n"
        "FAILED tests/test_summary.py::test_summary_header - AssertionError\n"
        "==================== 1 failed, 212 passed in 3.41s («ver») ====================\n",
    ),
    (
        "dental_chart",
        ["us", "ca"],
        "text",
        "DENTAL PROGRESS NOTE\nPt: «name»   DOB «dob»   ‹Chart#› «mrn»\n"
        "Ins: Delta Dental PPO, Subscriber ID «member» (subscriber «rel», spouse)\nDOS: «visit»\n"
        'CC: "upper left molar hurts w/ cold drinks"\nTx: «tooth» MOD composite («cdt1»), «anesthetic» '
        "infiltration. "
        "Pt tolerated well.\nNext: «visit2» for #3 crown prep («cdt2»). Pt prefers texts to «mobile».\n"
        "Premed: «drug1» 1 h prior (hx of «icd»).\n",
    ),
    (
        "arztbrief",
        ["de"],
        "text",
        "‹Klinik für Innere Medizin› - «hospital»\n\n‹Sehr geehrte Frau Kollegin›, ‹sehr geehrter Herr "
        "Kollege›,\n\n"
        "wir berichten über «anrede» «name», geb. «dob», wohnhaft «street», «postcode» «city», der/die "
        "sich vom "
        "«visit» bis zum «visit2» in unserer stationären Behandlung befand.\nVersichertennummer: «kvnr», "
        "Krankenkasse: «aok»\n\nDiagnosen:\n- Diabetes mellitus Typ 2 («icd»)\n- Arterielle Hypertonie "
        "(«icd2»)\n\n"
        "‹Anamnese: Die› «old_age»-jährige Patientin stellte sich am «weekday» mit Dyspnoe vor. Die "
        "Tochter «rel» "
        "(Tel. «mobile») berichtete von zunehmender Belastungsluftnot.\nLabor: «lab1», «lab2».\n"
        "Medikation bei Entlassung: «drug1», «drug2».\nWiedervorstellung am «visit_short» in unserer "
        "Ambulanz. "
        "Rückfragen gern unter «phone».\n\nMit freundlichen kollegialen Grüßen\n",
    ),
    (
        "compte_rendu",
        ["fr"],
        "text",
        "COMPTE-RENDU D'HOSPITALISATION - Service de Cardiologie, «hospital»\n\n"
        "Patient(e) : «civ» «FAMILY» «given», né(e) le «dob»\nN° de sécurité sociale : «nir»\n"
        "Adresse : «street», «postcode» «city»\n‹Tél.› : «mobile»   Courriel : «email»\n"
        "Personne de confiance : «rel», «mobile2»\n\n‹Cher confrère›,\n\nJ'ai pris en charge du «visit» au "
        "«visit2» "
        "«civ» «family», âgé(e) de «old_age» ans, pour une fibrillation atriale rapide («icd»). Traitement "
        "de sortie : "
        "«drug1», «drug2». Biologie : «lab1». Prochain rendez-vous le «visit_short» (un «weekday»).\n"
        "RIB pour remboursement : «iban_fr»\n\n‹Bien confraternellement›,\n",
    ),
    (
        "informe_alta",
        ["es"],
        "text",
        "‹INFORME DE ALTA HOSPITALARIA›\n«hospital» - ‹Servicio de Medicina Interna›\n\n"
        "Paciente: «family», «given»    NHC: «mrn»    DNI: «dni»\nFecha de nacimiento: «dob»    Edad: "
        "«age_phrase»\n"
        "Domicilio: «street», «postcode» «city»\n‹Teléfono de contacto›: «mobile» (hija: «rel», «mobile2»)\n"
        "Fecha de ingreso: «visit»    Fecha de alta: «visit2»\n\nMotivo de ingreso: neumonía adquirida en la "
        "comunidad («icd»).\nTratamiento al alta: «drug1» cada 24 h; «drug2».\nAnalítica: «lab1».\n"
        "Control en consultas externas el próximo «weekday» «visit_short». Cuenta para copago: «iban_es».\n",
    ),
    (
        "lettera_dimissione",
        ["it"],
        "text",
        "LETTERA DI DIMISSIONE - «hospital», ‹U.O. Medicina Generale›\n\nSi dimette in data «visit2» «sig» "
        "«name», "
        "nato/a a «city» il «dob», C.F. «cf», residente in «street», «postcode» «city», tessera sanitaria n. "
        "«tessera», ricoverato/a dal «visit» per scompenso cardiaco («icd»).\nTerapia domiciliare: «drug1» "
        "(1 cp "
        "ore 8), «drug2».\nEsami: «lab1». Recapito del figlio «rel»: «mobile2».\nControllo ambulatoriale "
        "«weekday» "
        "«visit_short» ore 9:30. Età: «old_age» anni.\n",
    ),
    (
        "verwijsbrief",
        ["nl"],
        "text",
        "Verwijsbrief huisarts - polikliniek Cardiologie, «hospital»\n\nGeachte collega,\n\nHierbij "
        "verwijs ik "
        "«mevr» «name» (geb. «dob», BSN «bsn»), wonende «street», «postcode» «city», tel. «mobile».\n"
        "‹Het betreft› een «age_phrase» met toenemende dyspneu sinds «visit», boezemfibrilleren («icd»).\n"
        "Medicatie: «drug1», «drug2». Lab: «lab1».\nContactpersoon: «rel» (partner), «mobile2». "
        "Zorgverzekering: Zilveren Kruis, polisnummer «member».\nAfspraak gewenst vóór «visit_short».\n\n"
        "Met collegiale groet,\n",
    ),
    (
        "relatorio",
        ["pt"],
        "text",
        "RELATÓRIO CLÍNICO - «hospital», ‹Serviço de Medicina›\n\nUtente: «name»   N.º SNS: «sns»   NIF: "
        "«nif»\n"
        "Data de nascimento: «dob»   Morada: «street», «postcode» «city»\nContacto: «mobile» / «email»\n\n"
        "Internamento de «visit» a «visit2» por pneumonia («icd»). Medicação: «drug1», «drug2». Análises: "
        "«lab1».\n"
        "Familiar de referência: «rel» (filha), «mobile2». Consulta de seguimento na «weekday», "
        "«visit_short».\n"
        "IBAN para reembolso: «iban_pt»\n",
    ),
    (
        "prontuario",
        ["br"],
        "text",
        "PRONTUÁRIO - «hospital» - Ambulatório de Clínica Médica\nPaciente: «name»\n"
        + "CPF: «cpf»   Cartão SUS: «cns»\n‹Nascimento›: «dob»   Endereço: «street», «city» - CEP "
        "«postcode»\n"
        "Celular/WhatsApp: «mobile»\nQueixa: cefaleia há 3 dias. «lab1».\nPrescrição: «drug1» de 8/8h; "
        "«drug2».\n"
        "Retorno em «visit_short». Acompanhante: «rel» («mobile2»).\n",
    ),
    (
        "sms_swahili",
        ["sw"],
        "text",
        "KLINIKI «hospital»: Habari «given», tunakukumbusha miadi yako ya kliniki ya kisukari tarehe "
        "«visit» saa 3 "
        "asubuhi («weekday»). Lete kadi ya NHIF «nhif» na dawa zako («drug1»). Kwa maswali piga «phone». "
        "Namba ya faili: «mrn».\n---\nKwa: «rel» | Mgonjwa «name» (kitambulisho «kenya_id»), anaishi "
        "«street», "
        "«city». Tafadhali mlete siku ya miadi.\n",
    ),
    (
        "sms_tagalog",
        ["tl"],
        "text",
        "[«hospital»] Magandang araw po, «gng» «family»! Paalala: ang follow-up check-up ni «name» ay sa "
        "«weekday», «visit». Dalhin po ang PhilHealth ID («philhealth») at resulta ng «lab1». ‹Para "
        "mag-reschedule›, "
        "i-text ang «mobile» o tumawag sa «phone». Salamat po!\nAddress on file: «street», «city»\nRef: "
        "«claim»\n",
    ),
    (
        "intake_jp",
        ["ja"],
        "text",
        "OUTPATIENT REGISTRATION - «hospital»\nName (family, given): «FAMILY» «given»\nDate of birth: "
        "«dob»   "
        "‹Age›: «old_age»\nAddress: 〒«postcode» «city», «street»\nPhone: «phone»   Mobile: «mobile»\n"
        "Insurance: National Health Insurance, insurer no. «nhi_jp»\nEmergency contact: «rel» (spouse) "
        "«mobile2»\n"
        "Allergies: penicillin. Current medication: «drug1».\nVisit: «visit» («weekday»)\n",
    ),
    (
        "referral_ko",
        ["ko"],
        "text",
        "REFERRAL - «hospital», Dept. of Endocrinology\nPatient: «name_rev» (RRN «rrn»), «age_phrase»\n"
        "Address: «street», «city» «postcode»\nTel: «mobile»; guardian «rel» «mobile2»\n"
        "First visit: «visit». «lab1». Dx «icd». Rx «drug1».\nKindly evaluate for insulin initiation.\n",
    ),
    (
        "discharge_uae",
        ["ar"],
        "text",
        "DISCHARGE NOTE - «hospital»\nPatient: «name_nasab»\nEmirates ID: «eid»   Passport: «passport»\n"
        "Mobile: «mobile»   Address: «street», «city»\nAdmitted «visit», discharged «visit2». Dx: «icd». "
        "Meds: «drug1», «drug2».\nNext of kin: «rel», «mobile2». Follow-up «weekday» «visit_short» in "
        "clinic 4.\n",
    ),
    (
        "opd_slip_in",
        ["in"],
        "text",
        "OPD SLIP - «hospital»  |  UHID: «mrn»  |  Token 27\nName: «name» C/o «rel»\nAge/Sex: "
        "«age_phrase»/«sexletter»"
        "   Aadhaar: «aadhaar»   ABHA: «abha»\nAddress: «street», «city» - «postcode», «country»\n"
        "Mobile: «mobile»\nComplaints: fever x 3 days. BP 130/84. «lab1».\nRx: «drug1» 1-0-1 x 5 days. "
        "Review on «visit_short» («weekday»).\n",
    ),
    (
        "referral_ng",
        ["ng"],
        "text",
        "Dear Consultant,\n\nRE: «chief» «name» (‹Hosp. No.› «mrn»), «natid_label» «natid»\n\nKindly see "
        "the above named, "
        "a «age_phrase» trader resident at «street», «city», who presented on «visit» with polyuria. "
        "«lab1».\n"
        "Phone: «mobile». NOK: «rel» («mobile2»). Started on «drug1».\n\nThanks,\nMedical Officer\n",
    ),
    (
        "triage_ca",
        ["ca"],
        "text",
        "ED TRIAGE - CTAS 3   «visit_iso»\nPt «name», «natid_label» «natid», DOB «dob»\n"
        "Arrived by ambulance from home («street», «city» «postcode»). Daughter «rel_given» at bedside, "
        "cell «mobile».\n"
        "Hx «icd», on «drug1». «lab1» POC. Driver's licence on file: «dl».\n",
    ),
    (
        "billing_dispute",
        ["gb", "de", "nl", "es", "it"],
        "text",
        "Subject: Double charge for physiotherapy on «visit»\n\nHello,\n\nI was charged twice for my "
        "«weekday» session. "
        "Please refund to IBAN «iban» (account holder «name»), your reference «claim». My date of birth is "
        "«dob» "
        "and I can be reached on «mobile».\n\nKind regards,\n«given»\n",
    ),
    (
        "travel_clinic",
        ["gb", "us", "ko", "de"],
        "text",
        "TRAVEL HEALTH CONSULTATION - «visit»\nTraveller: «name»   Passport no. «passport» (exp. 2031)\n"
        "Destination: «dest»; departing «visit2»\nVaccines given today: Yellow fever (‹Stamaril 0.5 mL›), "
        "‹Typhim Vi›. "
        "ICVP no. «icvp»\nMalaria prophylaxis: ‹Atovaquone/proguanil 250/100 mg› daily.\nTravelling with "
        "«other», "
        "passport «passport2».\n",
    ),
    (
        "device_log",
        ["us", "nl", "au"],
        "text",
        "2024-02-11T03:14:07.221Z INFO  glucose-gw[«ver»] paired CGM serial=«serial» mac=«mac» "
        "patient_ref=«mrn»\n"
        "2024-02-11T03:14:07.981Z INFO  uplink via «ipv6» modem IMEI «imei»\n"
        "2024-02-11T03:19:10.004Z WARN  push to «portal_url» failed for «email» (HTTP 503), retry in 30s\n"
        "2024-02-11T03:19:40.118Z INFO  «code» queued alert for caregiver «rel» at «mobile»\n",
    ),
    (
        "ndjson_export",
        ["es", "it", "pt", "pl"],
        "ndjson",
        '{"pt_nm":"«name»","birth_dt":"«dob_iso»","tel":"«mobile»","addr_ln1":"«street»","cty":"«city»",'
        '"pst_cd":"«postcode»","rx":"«drug1»","dx_cd":"«icd»"}\n'
        '{"pt_nm":"«p2_name»","birth_dt":"«p2_dob_iso»","tel":"«p2_mobile»","addr_ln1":"«p2_street»","cty":"«p2_city»",'
        '"pst_cd":"«p2_postcode»","rx":"«drug2»","dx_cd":"«icd2»"}\n',
    ),
    (
        "ambulance_pcr",
        ["au", "in", "us"],
        "text",
        "PATIENT CARE RECORD - Medic 14\nIncident «claim»  Dispatched «visit_iso»\nPt «name», «age_phrase», "
        "found at «street», «city».\nMVC: pt was driver of vehicle rego «plate» (VIN «vin»), restrained.\n"
        "GCS 14. «lab1». Given «drug1».\nNOK notified: «rel» «mobile».\n",
    ),
    (
        "llm_prompt_table",
        ["gb", "sw", "tl", "ar"],
        "json",
        '{"model":"gpt-4o-mini","temperature":0.2,"messages":[{"role":"system","content":"You are a '
        "scheduling "
        'assistant for «hospital»."},{"role":"user","content":"Summarise these no-shows and draft reminder '
        "texts:\\n"
        "| name | dob | phone | last visit | med |\\n|---|---|---|---|---|\\n| «name» | «dob» | «mobile» | "
        "«visit» | "
        '«drug1» |\\n| «p2_name» | «p2_dob» | «p2_mobile» | «p2_visit» | «drug2» |"}]}',
    ),
    (
        "git_diff_fixture",
        ["us", "gb", "ng"],
        "text",
        "diff --git a/tests/fixtures/patients.py b/tests/fixtures/patients.py\n@@ -12,6 +12,14 @@ from "
        "app.models "
        'import Patient\n+SAMPLE = Patient(\n+    given="«given»",\n+    family="«family»",\n+    '
        'birth_date="«dob_iso»",\n'
        '+    ssn="«ssn»",\n+    mbi="«mbi»",\n+    address="«street», «city»",\n+    '
        'vehicle_vin="«vin»",\n+)\n'
        "Reviewer: please don't commit real-looking fixtures, use «code» factories («ver»)\n",
    ),
    (
        "shell_history",
        ["us", "gb", "nl"],
        "text",
        '$ curl -s -H "Authorization: Bearer «jwt»" '
        '"https://fhir.example.org/Patient?family=«family»&birthdate='
        '«dob_iso»" | jq \'.entry[0].resource.telecom\'\n[{"system":"phone","value":"«mobile»"}]\n'
        "$ export AWS_ACCESS_KEY_ID=«awskey» AWS_SECRET_ACCESS_KEY=«awssecret»\n"
        '$ export SLACK_BOT_TOKEN=«slacktoken»\n$ psql -h «ipv4» -U reporting ehr_prod -c "select * from '
        "patients "
        "where mrn = '«mrn»'\"\n",
    ),
    (
        "karta_pl",
        ["pl"],
        "text",
        "‹KARTA INFORMACYJNA LECZENIA SZPITALNEGO› - «hospital»\nPacjent: «name», PESEL «pesel», ur. «dob»\n"
        "Adres: «street», «postcode» «city», tel. «mobile»\nPrzyjęty: «visit», wypisany: «visit2».\n"
        "Rozpoznanie: «icd». Zalecenia: «drug1», kontrola w poradni «weekday».\nOsoba upoważniona: «rel», "
        "«mobile2».\n",
    ),
]
EXTRA_KEEP = {
    "aok": K("AOK Bayern"),
    "tooth": K("#14"),
    "cdt1": K("D2393"),
    "cdt2": K("D2740"),
    "anesthetic": K("Articaine 4% 1:100k"),
}
DESTINATIONS = ["Kenya", "Peru", "Ghana", "Cambodia", "Bolivia"]
IBAN_OF = {"gb": "iban_gb", "de": "iban_de", "nl": "iban_nl", "es": "iban_es", "it": "iban_it"}
RENDERS_PER_TEMPLATE = 2


def render(
    template: str, slots: dict[str, Slot], fmt: str
) -> tuple[str, list[tuple[str, str]], list[str], list[tuple[int, int]]]:
    """Fill `«slot»` fields; JSON formats get JSON-escaped values. Unknown slots raise KeyError."""
    out: list[str] = []
    phi: list[tuple[str, str]] = []
    keep: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    last = 0
    for m in _FIELD.finditer(template):
        lit = template[last : m.start()]
        out.append(lit)
        pos += len(lit)
        last = m.end()
        name = m.group(1)
        if name is None:
            pieces: tuple = (K(m.group(2)),)
        elif name not in slots:
            raise KeyError(f"template slot {name!r} has no value")
        else:
            slot = slots[name]
            pieces = slot if isinstance(slot, tuple) else (slot,)
        for piece in pieces:
            value = piece.value if isinstance(piece, P | K) else piece
            text = json.dumps(value, ensure_ascii=False)[1:-1] if fmt != "text" else value
            if isinstance(piece, P):
                phi.append((piece.type, piece.value))
                spans.append((pos, pos + len(text)))
            elif isinstance(piece, K):
                keep.append(piece.value)
            out.append(text)
            pos += len(text)
    out.append(template[last:])
    return "".join(out), list(dict.fromkeys(phi)), list(dict.fromkeys(keep)), spans


def make_doc(seed: int, index: int, kind: str, loc: str, fmt: str, template: str) -> Doc:
    rng = random.Random(f"phigate-probe:{seed}:{kind}:{index}")
    p = person(rng, loc)
    slots: dict[str, Slot] = {**p, **extras(rng, p), **EXTRA_KEEP}
    slots["dest"] = K(rng.choice(DESTINATIONS))
    slots["iban"] = p[IBAN_OF.get(loc, "iban_gb")]
    if "«p2_" in template:
        p2 = person(rng, rng.choice([x for x in NAMES if x != loc]))
        slots.update({f"p2_{k}": v for k, v in p2.items()})
    content, phi, keep, spans = render(template, slots, fmt)
    if fmt == "json":
        json.loads(content)  # a template typo must fail here, not in the engine
    elif fmt == "ndjson":
        for line in content.splitlines():
            json.loads(line)
    return Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered RENDERS_PER_TEMPLATE times, cycling through its locales."""
    return [
        make_doc(seed, i, kind, locs[i % len(locs)], fmt, t)
        for kind, locs, fmt, t in TEMPLATES
        for i in range(RENDERS_PER_TEMPLATE)
    ]


# ---- label soundness ------------------------------------------------------------------------------------


def bounded(value: str, text: str) -> list[int]:
    """Start offsets of `value` in `text` not glued to letters/digits on either side."""
    out, n, i = [], len(value), text.find(value)
    while value and i >= 0:
        before = text[i - 1] if i > 0 else " "
        after = text[i + n] if i + n < len(text) else " "
        if not ((value[0].isalnum() and before.isalnum()) or (value[-1].isalnum() and after.isalnum())):
            out.append(i)
        i = text.find(value, i + 1)
    return out


def name_parts(value: str) -> list[str]:
    """Capitalised parts (>= 3 chars) of a multi-word or hyphenated name; any one surviving is a leak."""
    parts = [w for w in re.split(r"[\s,\-]+", value) if len(w) >= 3 and w[0].isupper()]
    return parts if len(parts) > 1 or value.count(" ") or "-" in value else []


def problems(doc: Doc) -> list[str]:
    """Ambiguous labels: a PHI value (or name part) also occurring outside PHI spans, keep inside PHI."""
    bad: list[str] = []
    text = doc.content  # JSON templates hold no quotes or backslashes: values read the same escaped
    for type_, value in doc.phi:
        checks = [value] + (name_parts(value) if type_ == "NAME" else [])
        for v in checks:
            for start in bounded(v, text):
                if not any(a <= start and start + len(v) <= b for a, b in doc.spans):
                    bad.append(f"{doc.id}: {type_} {v!r} also outside PHI at {start}")
    for k in doc.keep:
        starts = bounded(k, text)
        if not starts:
            bad.append(f"{doc.id}: keep {k!r} not found")
        for start in starts:
            if any(a < start + len(k) and start < b for a, b in doc.spans):
                bad.append(f"{doc.id}: keep {k!r} overlaps PHI at {start}")
    return bad
