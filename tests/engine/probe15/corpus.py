"""Fifteenth independent probe corpus: 40 labelled prompts in 20 kinds, as AI coding agents send them.

The text phigate exists for: what Cursor, Copilot, Claude Code and MCP tools send to an LLM vendor for
a hospital dev team, written the way an engineer or clinician-informaticist really types a prompt -- a
question in a line or two, then whatever was on the clipboard. "why does this fail" over a Python
traceback whose frame locals hold a patient; "write a migration" over a CREATE TABLE and five INSERTs; a
docker-compose with a DSN password (asked in Portuguese); "summarise this discharge note"; "convert this
HL7 to FHIR" over an ADT^A08; a Postman response (asked in Spanish); an Excel-copied TSV with odd
headers (asked in Taglish); a Slack thread copied whole; an MCP resources/read result carrying a chart
(JSON-RPC); an OpenAI tool call whose `arguments` is JSON inside a string; a GitHub PR description with
a test fixture (German); a Jira bug whose repro steps name a patient (French); psql \\x expanded output;
a pandas to_dict('records') print; a forwarded e-mail thread to draft a reply to; a clinician's
voice-dictation transcript; a patient letter to translate (Hinglish, Spanish); "fix the regex for this
MRN format" with examples; `kubectl logs | grep` output; a chart-review spreadsheet described in prose.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Conventions (as probes 4-14): clinicians' and developers' names are unlabelled (templates avoid them;
Slack users are handles); a provider's NPI and DEA number are LICENSE; a year alone, a weekday, an age
under 90, a log line's own timestamp and a country, US state, province or Indian/Philippine/Mexican
state are not PHI; SSN is SSN; an NHS number, SIN, Aadhaar, PhilSys number, CURP or an encounter CSN is
ID; Medicare MBI, OHIP, ABHA, PhilHealth, IMSS NSS and insurer numbers are HEALTH_PLAN; FIN/HAR
accounts are ACCOUNT; passwords, API keys and tokens are CREDENTIAL; an insulin pump's serial is
DEVICE; a fax number is FAX.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, Slot
from tests.engine.probe.people import P as P_
from tests.engine.probe15.people import NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "insulin lispro 6 units",
    "tirzepatide 5 mg weekly",
    "apixaban 2.5 mg BID",
    "dapagliflozin 10 mg",
    "piperacillin-tazobactam 4.5 g q8h",
    "enoxaparin 40 mg SC",
    "carvedilol 12.5 mg BID",
    "spironolactone 25 mg",
    "gabapentin 300 mg TID",
    "prednisone 40 mg",
    "nitrofurantoin 100 mg",
    "oxycodone 5 mg q4h PRN",
]
LABS = [
    "troponin I 0.42 ng/mL",
    "BNP 1240 pg/mL",
    "potassium 5.9 mmol/L",
    "creatinine 2.1 mg/dL",
    "glucose 412 mg/dL",
    "INR 3.8",
    "procalcitonin 6.1 ng/mL",
    "A1c 10.4%",
    "platelets 48 K/uL",
    "sodium 124 mmol/L",
]
ICD = ["E10.10", "I21.4", "A41.9", "N17.9", "J96.01", "I63.9", "E87.1", "K92.2", "R65.21", "Z79.4"]
LOINC = ["4548-4", "2160-0", "33762-6", "10839-9", "2823-3"]
VERSIONS = [
    "FastAPI 0.111.0",
    "SQLAlchemy 2.0.31",
    "Alembic 1.13.2",
    "Mirth Connect 4.5.0",
    "pandas 2.2.3",
    "psql 16.4",
    "kubectl v1.30.2",
    "Next.js 14.2.5",
]
CODE = [
    "adt_listener",
    "ChartSummaryTool",
    "patient_merge_job",
    "mrn_normalizer",
    "DischargeParser",
    "bed_board_sync",
    "fhir_mapper",
]
TICKETS = ["CLININF-1184", "BEDMGMT-372", "ADT-2059", "DATAENG-661", "PORTAL2-845", "MCP-93"]
DEPTS = [
    "Cardiac Step-Down",
    "MICU",
    "Endocrinology",
    "Nephrology clinic",
    "5 West Telemetry",
    "Labor & Delivery",
]
SCORES = ["NEWS2 7", "qSOFA 2", "CHA2DS2-VASc 4", "GCS 14", "NIHSS 6", "Child-Pugh B"]
HOSPITALS = {
    "us": ["Pikeville Medical Center", "Huntsville Hospital", "DHR Health", "Memorial Medical Center"],
    "gb": ["Ysbyty Gwynedd", "Royal Alexandra Hospital", "Wansbeck General Hospital", "Manor Hospital"],
    "ca": [
        "Health Sciences North",
        "Thunder Bay Regional Health Sciences Centre",
        "Kingston General Hospital",
    ],
    "in": ["KEM Hospital Pune", "Civil Hospital Ahmedabad", "Sassoon General Hospital"],
    "ph": ["Western Visayas Medical Center", "Bulacan Medical Center", "Quezon Medical Center"],
    "mx": [
        "Hospital Universitario de Puebla",
        "Hospital General de Tampico",
        "Hospital Civil de Guadalajara",
    ],
}
COUNTRY = {
    "us": "United States",
    "gb": "United Kingdom",
    "ca": "Canada",
    "in": "India",
    "ph": "Philippines",
    "mx": "México",
}
WEEKDAYS = {
    "en": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
    "es": ["lunes", "miércoles", "viernes"],
    "pt": ["segunda-feira", "quarta-feira"],
    "fr": ["mardi", "jeudi"],
    "de": ["Montag", "Mittwoch"],
    "tl": ["Lunes", "Biyernes"],
}


def extras(rng: random.Random, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and the wording that depends on the person."""
    region = str(p["region"])
    drugs = rng.sample(DRUGS, 3)
    labs = rng.sample(LABS, 2)
    icd = rng.sample(ICD, 2)
    female, rel_f = bool(p["female"]), bool(p["rel_female"])
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "loinc": K(rng.choice(LOINC)),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "ticket": K(rng.choice(TICKETS)),
        "dept": K(rng.choice(DEPTS)),
        "score": K(rng.choice(SCORES)),
        "hospital": K(rng.choice(HOSPITALS[region])),
        "country": K(COUNTRY[region]),
        **{f"wd_{lang}": K(rng.choice(days)) for lang, days in WEEKDAYS.items()},
        "n": str(rng.randrange(1000, 99999)),
        "id32": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
        "he": "she" if female else "he",
        "He": "She" if female else "He",
        "his": "her" if female else "his",
        "Mr": "Mrs" if female else "Mr",
        "sex_word": "female" if female else "male",
        "gender": "female" if female else "male",
        "daughter": "daughter" if rel_f else "son",
        "wife": "wife" if rel_f else "husband",
        "hija": "hija" if rel_f else "hijo",
        "sa_fille": "sa fille" if rel_f else "son fils",
        "sr": "la señora" if female else "el señor",
        "anak": "anak na babae" if rel_f else "anak na lalaki",
        "ji": "ji",
    }


ALL = list(NAMES)
US = ["appal", "aa", "tejano"]

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "agent_ask_why_traceback_locals",
        ALL,
        "text",
        2,
        "why does this fail?? only happens for some patients, the rest go through fine\n\n"
        "Traceback (most recent call last):\n"
        '  File "/app/src/«code».py", line 212, in build_summary\n'
        "    age = (today - patient.birth_date).days // 365\n"
        "TypeError: unsupported operand type(s) for -: 'datetime.date' and 'str'\n\n"
        "Locals at frame build_summary:\n"
        "    patient = Patient(mrn='«mrn»', given_name='«given»', family_name='«family»', "
        "birth_date='«dob_iso»', sex='«sex»', phone='«mobile»', "
        "address=Address(line1='«street»', city='«town»', postal_code='«zip»'), "
        "primary_dx='«icd»')\n"
        "    today = datetime.date(2026, 3, 2)\n\n"
        "we're on «ver». the birth_date comes straight from the ADT feed. is it a pydantic thing? "
        "ticket is «ticket»\n",
    ),
    (
        "agent_write_migration_from_inserts",
        ALL,
        "text",
        2,
        "write an alembic migration that splits full_name into given/family and adds a NOT NULL "
        "postal_code. here's the current table + some rows from staging so you see the data shape:\n\n"
        "```sql\nCREATE TABLE pt_registry (\n  id serial PRIMARY KEY,\n  mrn varchar(16) UNIQUE NOT NULL,\n"
        "  full_name text,\n  dob date,\n  postal_code varchar(10),\n  dx_code varchar(8)\n);\n\n"
        "INSERT INTO pt_registry (mrn, full_name, dob, postal_code, dx_code) VALUES\n"
        "  ('«mrn»', '«name»', '«dob_iso»', '«zip»', '«icd»'),\n"
        "  ('«p2_mrn»', '«p2_name»', '«p2_dob_iso»', '«p2_zip»', '«icd2»'),\n"
        "  ('«p3_mrn»', '«p3_name»', '«p3_dob_iso»', NULL, '«icd»'),\n"
        "  ('«p4_mrn»', '«p4_name_up»', '«p4_dob_iso»', '«p4_zip»', NULL),\n"
        "  ('«p5_mrn»', '«p5_name_comma»', '«p5_dob_iso»', '«p5_zip»', '«icd2»');\n```\n\n"
        "note row 5 has 'Last, First' -- handle that. «ver», ticket «ticket»\n",
    ),
    (
        "agent_compose_dsn_pt_question",
        ALL,
        "text",
        2,
        "por que o container da api não sobe? dá connection refused no postgres. segue o docker-compose:\n\n"
        "services:\n  api:\n    image: registry.internal/«code»:latest\n    environment:\n"
        "      DATABASE_URL: postgresql://ehr_app:«pw»@«ip»:5432/ehr\n"
        "      OPENAI_API_KEY: «apikey»\n"
        "      SEED_PATIENT_NAME: «name»\n"
        '      SEED_PATIENT_DOB: "«dob_iso»"\n'
        '      SEED_PATIENT_MRN: "«mrn»"\n'
        "      SEED_PATIENT_EMAIL: «email»\n"
        "    depends_on: [db]\n  db:\n    image: postgres:16\n\n"
        "já tentei trocar o host pra db mas aí o seed quebra. roda «ver». obrigado!\n",
    ),
    (
        "agent_summarise_discharge_note",
        ALL,
        "text",
        2,
        "Summarise this discharge note in 5 bullet points for the patient-facing app, plain language, "
        "no jargon:\n\n---\nDISCHARGE NOTE - «hospital», «dept»\nPatient: «name»   DOB: «dob»   "
        "Age: «age90»   MRN: «mrn»\nAdmitted: «visit»   Discharged: «visit2»\n\n"
        "«age90»yo «sex_word» admitted with «icd» («lab1», «lab2»). Treated with «drug1», transitioned to "
        "«drug2». «score» on admission, improved.\nLives at «street», «town» with «his» «daughter» «rel», "
        "who is the main carer (phone «rel_phone»).\nFollow-up: PCP on «visit2_iso»; «drug3» until "
        "reviewed (controlled Rx: prescriber DEA «dea», NPI «npi»).\n---\n",
    ),
    (
        "agent_hl7_a08_to_fhir_request",
        ALL,
        "text",
        2,
        "convert this HL7 v2 ADT^A08 to a FHIR R4 Patient + Encounter bundle. keep NK1 as "
        "RelatedPerson. we use «ver» on the listener:\n\n"
        "MSH|^~\\&|ADT1|HOSP|«code»|EHR|20260114083512||ADT^A08^ADT_A01|MSG«n»|P|2.5.1\n"
        "EVN|A08|20260114083512\n"
        "PID|1||«mrn»^^^HOSP^MR~«natid»^^^GOV^NI||«family_up»^«given_up»^^^||«dob_hl7»|«sex»|||"
        "«street»^^«town»^«state»^«zip»||«phone»^PRN^PH~«mobile»^PRN^CP|||||«account»\n"
        "NK1|1|«rel_family»^«rel_given»|«relcode»|||«rel_phone»\n"
        "PV1|1|I|«dept»^^^HOSP||||«npi»^^^^^^^^NPI|||||||||||«csn»|||||||||||||||||||||||||«visit_hl7»\n"
        "IN1|1|PLAN01|INS01|Payer||||||||||||«name_inv_up»|SEL|«dob_hl7»|||||||||||||||||||«hplan»\n\n",
    ),
    (
        "agent_postman_response_es",
        ALL,
        "text",
        2,
        "oye, el endpoint /api/v1/pacientes/buscar me devuelve esto en Postman pero el front muestra la "
        "fecha mal (sale un día antes). ¿es tema de zona horaria?\n\n"
        "GET https://ehr-qa.internal/api/v1/pacientes/buscar?mrn=«mrn»\nStatus: 200 OK   Time: 412 ms   "
        "Size: 1.2 KB\n\n"
        "{\n"
        '  "ok": true,\n  "data": {\n    "mrn": "«mrn»",\n    "nombreCompleto": "«name»",\n'
        '    "fechaNacimiento": "«dob_ts»",\n    "telefono": "«intl»",\n'
        '    "correo": "«email»",\n    "domicilio": { "calle": "«street»", "localidad": "«town»", '
        '"cp": "«zip»" },\n    "contactoEmergencia": { "nombre": "«rel»", "parentesco": "«hija»", '
        '"telefono": "«rel_phone»" },\n    "diagnosticoPrincipal": "«icd»"\n  }\n}\n\n'
        "el backend corre «ver». la cita es el «wd_es», por si sirve.\n",
    ),
    (
        "agent_excel_tsv_taglish",
        ALL,
        "text",
        2,
        "pa-help naman, kinopya ko lang from Excel yung census list. gawin mong pandas code na "
        "i-dedupe by MRN tapos i-sort by admit date. ang weird ng headers haha:\n\n"
        "Pt #\tApelyido\tPangalan\tBday (mm/dd)\tContact #\tBrgy/Town\tAdmit Dt\tDx\n"
        "«mrn»\t«family»\t«given»\t«dob_us»\t«mobile»\t«town»\t«visit_iso»\t«icd»\n"
        "«p2_mrn»\t«p2_family»\t«p2_given»\t«p2_dob_us»\t«p2_mobile»\t«p2_town»\t«p2_visit_iso»\t«icd2»\n"
        "«mrn»\t«family»\t«given»\t«dob_us»\t«mobile»\t«town»\t«visit_iso»\t«icd»\n\n"
        "salamat! deadline namin «wd_tl».\n",
    ),
    (
        "agent_slack_thread_pasted",
        ALL,
        "text",
        2,
        "can you read this slack thread and tell me what the actual bug is? I'm lost\n\n"
        "oncall-integrations  10:02 AM\nbed board shows «name» in two beds again, MRN «mrn»\n"
        "rk_dev  10:04 AM\nhuh. A08 came in with the new address «street», «town» «zip» and the merge "
        "job made a second row\n"
        "oncall-integrations  10:05 AM\nthe second row has DOB «dob» and mrn «mrn2». same phone «mobile»\n"
        "rk_dev  10:11 AM\nyeah «code» matches on name+dob only. «ticket»\n"
        "charge-nurse-5w  10:20 AM\nplease fix, «his» «daughter» «rel_given» called twice asking "
        "which room\n",
    ),
    (
        "agent_mcp_resources_read_chart",
        ALL,
        "json",
        2,
        '{"jsonrpc": "2.0", "id": «n», "result": {"contents": [{"uri": "ehr://patients/«mrn»/chart", '
        '"mimeType": "text/markdown", "text": "# Chart: «name»\\n- DOB: «dob»\\n- MRN: «mrn»\\n'
        "- Address: «street», «town», «zip»\\n- Phone: «phone»\\n- Insurance: «hplan»\\n"
        "## Active problems\\n- «icd» (since 2019)\\n- «icd2»\\n## Meds\\n- «drug1»\\n- «drug2»\\n"
        "## Last labs\\n- «lab1»\\n## Contacts\\n- «rel» («daughter»), «rel_phone»\\n"
        '## Next appointment\\n- «visit_long», «dept»"}, {"uri": "ehr://patients/«mrn»/devices", '
        '"mimeType": "application/json", "text": "{\\"pump_serial\\": \\"«device»\\", '
        '\\"paired\\": \\"«visit_iso»\\"}"}]}}',
    ),
    (
        "agent_fn_call_arguments_string",
        ALL,
        "json",
        2,
        '{"id": "chatcmpl-«id32»", "object": "chat.completion", "model": "gpt-4o-2024-08-06", '
        '"choices": [{"index": 0, "finish_reason": "tool_calls", "message": {"role": "assistant", '
        '"content": null, "tool_calls": [{"id": "call_«n»", "type": "function", "function": {"name": '
        '"schedule_followup", "arguments": "{\\"patient_name\\": \\"«name»\\", \\"mrn\\": \\"«mrn»\\", '
        '\\"dob\\": \\"«dob_iso»\\", \\"callback_number\\": \\"«mobile»\\", \\"email\\": \\"«email»\\", '
        '\\"preferred_day\\": \\"«wd_en»\\", \\"reason\\": \\"«icd» follow-up, on «drug1»\\", '
        '\\"appointment_date\\": \\"«visit2_iso»\\"}"}}]}}], "usage": {"prompt_tokens": 812, '
        '"completion_tokens": 64}}',
    ),
    (
        "agent_pr_description_de",
        ALL,
        "text",
        2,
        "Kannst du die PR-Beschreibung verbessern und prüfen, ob die Fixture so passt? Hier der Entwurf:\n\n"
        "## Was\nFix für «ticket»: «code» verliert die Zweitadresse beim Merge.\n\n"
        "## Wie getestet\nNeue Fixture `tests/fixtures/merge_case.json`:\n\n```json\n"
        '{"mrn": "«mrn»", "name": {"given": "«given»", "family": "«family»"}, "birthDate": "«dob_iso»",\n'
        ' "addresses": [{"line": "«street»", "city": "«town»", "postalCode": "«zip»"},\n'
        '               {"line": "«p2_street»", "city": "«p2_town»", "postalCode": "«p2_zip»"}],\n'
        ' "telecom": ["«mobile»", "«email»"]}\n```\n\n'
        "Lokal mit «ver» grün. In der CI-Config steht noch `GH_TOKEN=«ghtoken»`, fliegt im nächsten "
        "Commit raus. Review bitte bis «wd_de».\n",
    ),
    (
        "agent_jira_bug_fr",
        ALL,
        "text",
        2,
        "Peux-tu reformuler ce ticket Jira en anglais et proposer une cause probable ?\n\n"
        "[«ticket»] Le rappel SMS part vers le mauvais numéro\n"
        "Étapes pour reproduire :\n1. Ouvrir la fiche de «name» (NIP «mrn», né(e) le «dob»)\n"
        "2. Modifier le mobile : «mobile» -> «rel_phone» (numéro de «sa_fille» «rel»)\n"
        "3. Enregistrer, puis déclencher le job «code» le «wd_fr»\n"
        "Résultat attendu : SMS vers «rel_phone»\nRésultat obtenu : SMS vers «mobile», et l'adresse "
        "«street», «town» est effacée.\nEnvironnement : «ver», recette.\n",
    ),
    (
        "agent_psql_expanded_output",
        ALL,
        "text",
        2,
        "this query returns the row twice, why? (running «ver»)\n\n"
        "ehr=> \\x\nExpanded display is on.\n"
        "ehr=> SELECT p.*, e.csn FROM patient p JOIN encounter e USING (patient_id) WHERE p.mrn = '«mrn»';\n"
        "-[ RECORD 1 ]--+---------------------------\n"
        "patient_id     | «n»\nmrn            | «mrn»\nlast_name      | «family»\nfirst_name     | «given»\n"
        "birth_date     | «dob_iso»\nssn_or_natid   | «natid»\naddress_line1  | «street»\ncity           | "
        "«town»\npostal_code    | «zip»\nhome_phone     | «phone»\ncsn            | «csn»\n"
        "-[ RECORD 2 ]--+---------------------------\n"
        "patient_id     | «n»\nmrn            | «mrn»\nlast_name      | «family»\nfirst_name     | «given»\n"
        "birth_date     | «dob_iso»\nssn_or_natid   | «natid»\naddress_line1  | «street»\ncity           | "
        "«town»\npostal_code    | «zip»\nhome_phone     | «phone»\ncsn            | «csn»\n\n",
    ),
    (
        "agent_pandas_records_print",
        ALL,
        "text",
        2,
        "I need to turn this into a FHIR Patient list, write the mapping function. this is what "
        "df.to_dict('records') prints:\n\n"
        "[{'mrn': '«mrn»', 'pt_name': '«name»', 'dob': Timestamp('«dob_ts»'), 'zip': '«zip»', "
        "'phone': '«mobile»', 'payer_id': '«hplan»', 'dx': '«icd»'},\n"
        " {'mrn': '«p2_mrn»', 'pt_name': '«p2_name»', 'dob': Timestamp('«p2_dob_ts»'), 'zip': '«p2_zip»', "
        "'phone': '«p2_mobile»', 'payer_id': '«p2_hplan»', 'dx': '«icd2»'},\n"
        " {'mrn': '«p3_mrn»', 'pt_name': '«p3_name»', 'dob': NaT, 'zip': None, "
        "'phone': '«p3_mobile»', 'payer_id': None, 'dx': '«icd»'}]\n\n«ver»\n",
    ),
    (
        "agent_email_reply_draft",
        ALL,
        "text",
        2,
        "draft a polite reply to this for me, say we fixed the portal issue and she/he can log in now. "
        "don't promise a date.\n\n"
        "---------- Forwarded message ---------\nFrom: «rel» <«rel_email»>\n"
        "Date: Mon, Jan 12, 2026 at 9:14 AM\n"
        "Subject: Can't see my mother's/father's results\nTo: patient-portal-help@clinic.example\n\n"
        "Hello,\nI am the proxy for «name» (born «dob_long»). Since the update I get 'record not found' "
        "when I open the «lab1» result "
        "from «visit_long» («visit_wd»). Their hospital number is «mrn». You can reach me on «rel_phone», "
        "or the home line «phone».\n\nThanks,\n«rel_given»\n\n"
        "> On «visit2_iso» the support team wrote:\n> We are looking into it under «ticket».\n",
    ),
    (
        "agent_voice_dictation_cleanup",
        ALL,
        "text",
        2,
        "clean up this dictation into a proper note, fix punctuation, keep all the clinical content:\n\n"
        "this is a follow up visit for «name_lc» date of birth «dob_long» period medical record number "
        "«mrn» period patient is «age90» years old comma lives at «street» in «town» comma accompanied "
        "today by «his» «daughter» «rel_lc» period new paragraph chief complaint shortness of breath "
        "comma «lab1» comma on «drug1» period assessment «icd» period plan increase «drug2» comma "
        "recheck on «visit_spoken» period cc «rel_given_lc» at «rel_phone» end of dictation\n",
    ),
    (
        "agent_letter_translate_hinglish",
        ["in"],
        "text",
        2,
        "isko simple Hindi mein translate kar do, patient ko WhatsApp pe bhejna hai. medical words "
        "English mein hi rehne do:\n\n"
        "Dear «Mr» «family»,\n\nYour appointment at «hospital» is on «visit_long» («visit_wd») at 9:30 am. "
        "Please bring your Aadhaar card (no. «natid») and this letter. Reference: «account».\n"
        "Before the test do not take «drug1» in the morning. If you cannot come, call «phone» or write "
        "to us. Your registered address is «street», «town» «zip».\n\nWith regards,\nAppointments Office\n",
    ),
    (
        "agent_regex_mrn_examples",
        ALL,
        "text",
        2,
        "fix my regex pls. MRNs look like these and it only matches the first:\n\n"
        "    «mrn»\n    «p2_mrn»\n    «p3_mrn»\n\n"
        "current: r'^\\d{8}$'\n\nand the test that fails:\n\n"
        "def test_normalise():\n"
        "    assert normalise('«p2_mrn»') == '«p2_mrn»'  # pt «p2_name», seen «p2_visit»\n\n"
        "python 3.12, «code»\n",
    ),
    (
        "agent_kubectl_logs_grep",
        ALL,
        "text",
        2,
        "$ kubectl logs deploy/«code» -n clinical --since=1h | grep -i 'lookup'\n"
        '2026-01-14T08:41:02.117Z INFO lookup by mrn=«mrn» result=1 name="«name»" dob=«dob_iso»\n'
        "2026-01-14T08:41:02.530Z WARN lookup fallback email=«email» from ip=«ip»\n"
        '2026-01-14T08:41:03.004Z ERROR lookup failed mrn=«p2_mrn» phone=«p2_mobile» err="timeout '
        'after 3000ms"\n'
        '2026-01-14T08:41:07.880Z INFO lookup by name="«p2_name_comma»" zip=«p2_zip» result=0\n\n'
        "^ why does the second lookup for the same person fall back to email? «ver»\n",
    ),
    (
        "agent_chart_review_prose",
        ALL,
        "text",
        2,
        "I'm doing a chart review for the sepsis QI project and have a spreadsheet I can't paste. Help me "
        "structure it as a CSV with columns mrn, name, dob, town, admit_date, lactate, abx_time. The rows "
        "are: first one is «name», MRN «mrn», born «dob», from «town», admitted «visit», «lab1», "
        "antibiotics 3 h after triage. Second is «p2_name» (MRN «p2_mrn», DOB «p2_dob») from «p2_town», "
        "admitted «p2_visit» with «lab2», «score», got «drug1» within the hour. Third, «p3_given» "
        "«p3_family», «p3_mrn», DOB «p3_dob», admitted «p3_visit»; the family contact «p3_rel» says "
        "the address is now «p3_street». All three were at «hospital».\n",
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def _derived(p: dict[str, Slot], x: dict[str, Slot]) -> dict[str, Slot]:
    """Slots built from a person and its wording: a lower-cased relative, the NK1 relation code."""
    rel, rel_given = p["rel"], p["rel_given"]
    assert isinstance(rel, P_) and isinstance(rel_given, P_)
    return {
        "rel_lc": P_("NAME", rel.value.lower()),
        "rel_given_lc": P_("NAME", rel_given.value.lower()),
        "relcode": "DAU" if x["daughter"] == "daughter" else "SON",
    }


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(30):
        rng = random.Random(f"phigate-probe15:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture, old="«age90" in template)
        x = extras(rng, p)
        slots: dict[str, Slot] = {**p, **x, **_derived(p, x)}
        for tag in ("p2", "p3", "p4", "p5"):
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
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe15 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (shifted by seed and
    template, so the kinds do not all draw the same two cultures)."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed + 3 * k) % len(cultures)], fmt, t)
        for k, (kind, cultures, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
