"""Eighteenth independent probe corpus: what an outside evaluator would generate with Faker.

36 labelled documents in 18 kinds per seed, built the way someone testing the engine on "held-out" data
would: Faker people (tests/engine/probe18/people.py) in locales phigate.synthetic does not use (en_AU,
en_NZ, en_IE, en_CA, fr_CA, nl_NL, nl_BE, sv_SE, da_DK, fi_FI, cs_CZ, sk_SK, ro_RO, hu_HU, hr_HR, bg_BG,
el_GR, ru_RU, uk_UA, lt_LT, de_AT, de_CH, pt_PT, es_MX, es_AR, es_CO, ja_JP, ko_KR, th_TH, id_ID, he_IL,
ar_SA, fa_IR) poured into document types like ours with templates of our own wording. Clinical: an
ANZ/Irish discharge summary for a patient over 90, a Dutch/Flemish ontslagbrief, a Swedish
journalanteckning, an English nursing night-shift note for Danish and Finnish patients, a Czech
doporučení, an English consult letter for Romanian, Hungarian, Croatian and Bulgarian patients, a Greek
CT report, an English pathology report for Korean, Japanese and Thai patients (names in their own
script), a Latin-American Spanish portal message and a Russian portal message. Developer context: an
OpenAI chat request around a Python traceback with the request body, a Spring/JDBC stack trace prompt
with the properties file, a .env file and a Node crash, a SQL INSERT/UPDATE migration, nginx JSON access
logs with query strings (percent-encoded names), a CSV + TSV extract, an Anthropic messages request
wrapping a note written in Japanese, Arabic, Hebrew or Persian, and a FHIR R4 Bundle (Patient, Encounter,
Observation with a note in Portuguese, Finnish or Korean).

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); `«NOTE»` is first replaced by the language's note
text (itself a template). Conventions as probe 16: clinicians, developers and staff are roles, never
names; a year alone, a weekday, an age under 90, a country, a log line's own timestamp, a database
host are not PHI; national numbers are ID, insurer and plan numbers HEALTH_PLAN, invoice and encounter
numbers ACCOUNT, passwords and API keys CREDENTIAL, licence plates VEHICLE, a pathology accession ID.
A value is labelled exactly as it appears (percent-encoded in a query string).

Deviation from the other probes: Faker's names are in the engine's lexicon (it was built from Faker), so
test_probe18 does not check name words against the lexicon, the engine source or earlier probes; it
still checks that no template kind repeats one of probes 1-17.
"""

from __future__ import annotations

import json
import random
from urllib.parse import quote, quote_plus

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, P, Slot
from tests.engine.probe18.people import person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = {
    "en": [
        "amoxicillin 500 mg TDS",
        "apixaban 5 mg BD",
        "metoprolol 47.5 mg",
        "prednisolone 30 mg",
        "omeprazole 20 mg",
        "ondansetron 4 mg",
        "atorvastatin 40 mg nocte",
        "sumatriptan 50 mg",
    ],
    "nl": [
        "amoxicilline/clavulaanzuur 625 mg",
        "prednisolon 30 mg",
        "tiotropium 18 mcg",
        "pantoprazol 40 mg",
    ],
    "sv": ["Eliquis 5 mg", "Metoprolol 50 mg", "Waran enligt ordination", "Alvedon 1 g"],
    "cs": ["Betaloc ZOK 50 mg", "Godasal 100 mg", "Furon 40 mg", "Prestarium Neo 5 mg"],
    "el": ["Augmentin 1 g", "Zithromax 500 mg", "Depon 500 mg"],
    "es": ["metformina 850 mg", "losartán 50 mg", "levotiroxina 100 mcg", "omeprazol 20 mg"],
    "ru": ["метформин 1000 мг", "бисопролол 5 мг", "аторвастатин 20 мг"],
    "ja": ["アモキシシリン 250mg", "カロナール 500mg", "ランソプラゾール 15mg"],
    "pt": ["furosemida 40 mg", "bisoprolol 5 mg", "ramipril 2,5 mg"],
    "fi": ["Furesis 40 mg", "Bisoprolol 5 mg", "Primaspan 100 mg"],
    "ko": ["푸로세미드 40mg", "비소프롤롤 5mg"],
}
LABS = {
    "en": ["CRP 142 mg/L", "Hb 98 g/L", "eGFR 41", "Na 131 mmol/L", "WCC 14.2", "troponin 38 ng/L"],
    "nl": ["CRP 86 mg/l", "Hb 7,4 mmol/l", "eGFR 52 ml/min"],
    "sv": ["Hb 118 g/L", "NT-proBNP 1450 ng/L", "PK(INR) 2,6"],
    "cs": ["NT-proBNP 2100 ng/l", "CRP 12 mg/l"],
    "el": ["CRP 9,8 mg/dl", "WBC 13.400/μl"],
    "es": ["HbA1c 8,2 %", "TSH 6,1 mUI/l"],
    "ru": ["HbA1c 8,4 %", "глюкоза 9,1 ммоль/л"],
    "ja": ["CRP 8.6 mg/dL", "WBC 12,300/μL"],
    "pt": ["NT-proBNP 3120 pg/ml", "creatinina 1,6 mg/dl"],
    "fi": ["P-BNP 880 ng/l", "P-Krea 112 µmol/l"],
    "ko": ["NT-proBNP 2,840 pg/mL", "크레아티닌 1.4 mg/dL"],
}
ICD = ["J18.9", "I48.91", "J44.1", "I50.9", "G43.909", "E11.65", "N17.9", "R07.9"]
HOSPITALS = {
    "en_AU": ["Royal Prince Alfred Hospital", "Westmead Hospital"],
    "en_NZ": ["Christchurch Hospital", "Middlemore Hospital"],
    "en_IE": ["St. Vincent's University Hospital", "Cork University Hospital"],
    "en_CA": ["Vancouver General Hospital", "Foothills Medical Centre"],
    "fr_CA": ["Hôpital Maisonneuve-Rosemont", "CHU de Québec"],
    "nl_NL": ["Erasmus MC", "Isala Zwolle"],
    "nl_BE": ["UZ Leuven", "AZ Sint-Jan Brugge"],
    "sv_SE": ["Sahlgrenska universitetssjukhuset", "Karolinska Universitetssjukhuset"],
    "da_DK": ["Rigshospitalet", "Aarhus Universitetshospital"],
    "fi_FI": ["Tampereen yliopistollinen sairaala", "Oulun yliopistollinen sairaala"],
    "cs_CZ": ["Fakultní nemocnice Motol", "Nemocnice Na Homolce"],
    "sk_SK": ["Univerzitná nemocnica Martin"],
    "ro_RO": ["Spitalul Clinic Județean de Urgență Cluj"],
    "hu_HU": ["Semmelweis Egyetem Városmajori Klinika"],
    "hr_HR": ["KBC Rebro", "KB Dubrava"],
    "bg_BG": ["УМБАЛ Александровска"],
    "el_GR": ["Γ.Ν.Α. Ο Ευαγγελισμός", "Π.Γ.Ν. Πατρών"],
    "ru_RU": ["ГКБ № 52"],
    "uk_UA": ["Олександрівська клінічна лікарня"],
    "lt_LT": ["Santaros klinikos"],
    "de_AT": ["AKH Wien", "LKH Graz"],
    "de_CH": ["Inselspital Bern", "Kantonsspital Aarau"],
    "pt_PT": ["Hospital de Santo António", "Hospital Garcia de Orta"],
    "es_MX": ["Hospital Ángeles Lomas", "IMSS Hospital General de Zona 1"],
    "es_AR": ["Hospital Italiano de Buenos Aires", "Sanatorio Güemes"],
    "es_CO": ["Fundación Valle del Lili", "Hospital Pablo Tobón Uribe"],
    "ja_JP": ["聖路加国際病院", "東京大学医学部附属病院"],
    "ko_KR": ["Seoul National University Hospital", "Severance Hospital"],
    "th_TH": ["Siriraj Hospital", "Bumrungrad International Hospital"],
    "id_ID": ["RSUP Dr. Sardjito", "RS Cipto Mangunkusumo"],
    "he_IL": ["Sheba Medical Center", "Rambam Health Care Campus"],
    "ar_SA": ["King Faisal Specialist Hospital", "King Fahad Medical City"],
    "fa_IR": ["Imam Khomeini Hospital Complex", "Shariati Hospital"],
}
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
NATID_EN = {"ko": "RRN", "ja": "My Number", "th": "Thai ID"}

# «NOTE» of the Anthropic request (a clinical note in the locale's own language and script)
NOTE17 = {
    "ja": "診療情報提供書\n患者氏名：«name»\n生年月日：«dob»\nマイナンバー：«natid»\n住所：〒«zip» "
    "«city» «street»\n"
    "電話：«phone»\n\n«visit»、咳嗽と発熱を主訴に当院を受診。胸部X線で右下肺野に浸潤影を認め、肺炎と診断しました。"
    "「«drug1»」を処方しています。«lab1»。\nご家族（«rel» "
    "様、«rel_phone»）にも説明済みです。\n次回受診予定：«visit2»\n"
    "保険者番号：«hplan»",
    "ar": "ملاحظة سريرية\nالمريض: «name»\nتاريخ الميلاد: «dob»\nرقم الهوية: «natid»\nالعنوان: «street»، "
    "«city» «zip»\n"
    "الجوال: «phone»\n\nراجع المريض العيادة بتاريخ «visit» بسبب ألم في الصدر. تم وصف «drug1». نتيجة "
    "التحليل: «lab1».\n"
    "المرافق: «rel» (هاتف «rel_phone»).\nموعد المتابعة: «visit2».\nرقم التأمين: «hplan»",
    "he": "סיכום ביקור\nשם המטופל: «name»\nתאריך לידה: «dob»\nת.ז.: «natid»\nכתובת: «street», «city» «zip»\n"
    "טלפון: «phone»\n\nהמטופל הגיע למרפאה ב-«visit» עם כאבי ראש חוזרים. הומלץ על «drug1». בדיקות: «lab1».\n"
    "בן משפחה: «rel», טלפון «rel_phone».\nביקור חוזר: «visit2».\nקופת חולים: «plan_label» «hplan»",
    "fa": "یادداشت بالینی\nبیمار: «name»\nتاریخ تولد: «dob»\nکد ملی: «natid»\nنشانی: «street»، «city»، "
    "کد پستی «zip»\n"
    "تلفن: «phone»\n\nبیمار در تاریخ «visit» با تب و سرفه مراجعه کرد. «drug1» تجویز شد. آزمایش: «lab1».\n"
    "همراه بیمار: «rel»، تلفن «rel_phone».\nمراجعه بعدی: «visit2».\nشماره بیمه: «hplan»",
}
# «NOTE» of the FHIR Observation
NOTE18 = {
    "pt": "Doente «given» refere dispneia de esforço desde «visit». Veio acompanhado/a por «rel» "
    "(«rel_phone»). "
    "Iniciou «drug1». Reavaliação em consulta a «visit2».",
    "fi": "Potilas «given» kertoo hengenahdistuksesta «visit» alkaen. Omainen «rel» (puh. «rel_phone») "
    "oli mukana. "
    "Aloitettu «drug1». Kontrolli «visit2».",
    "ko": "환자 «name» 님, «visit» 이후 운동 시 호흡곤란 호소. 보호자 «rel»(«rel_phone») 동반. «drug1» 시작. "
    "다음 진료 «visit2» 예정.",
}


def extras(rng: random.Random, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, hospitals...), wording that depends on the person, and the
    percent-encoded forms of values in a query string."""
    loc, lang = str(p["loc"]), str(p["lang"])
    drugs = rng.sample(DRUGS.get(lang, DRUGS["en"]), 2)
    labs = rng.sample(LABS.get(lang, LABS["en"]), 2)
    icd = rng.sample(ICD, 2)
    rel_f, female = bool(p["rel_female"]), bool(p["female"])

    def enc(key: str, f: object = quote_plus) -> P:
        v = p[key]
        assert isinstance(v, P)
        return P(v.type, f(v.value))  # type: ignore[operator]

    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "hospital": K(rng.choice(HOSPITALS[loc])),
        "weekday": K(rng.choice(WEEKDAYS)),
        "relword": "daughter" if rel_f else "son",
        "relnl": "dochter" if rel_f else "zoon",
        "relcs": "dcera" if rel_f else "syn",
        "reles": "esposa" if rel_f else "esposo",
        "mevr": "mevrouw" if female else "de heer",
        "natid_en": NATID_EN.get(lang, "National ID"),
        "gender": "female" if female else "male",
        "name_q": enc("name"),
        "given_q": enc("given"),
        "city_q": enc("city"),
        "email_q": enc("email", lambda s: quote(s, safe="")),
    }


# (kind, locales cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "eval_discharge_summary_anz_ie",
        ["en_AU", "en_NZ", "en_IE"],
        "text",
        2,
        "DISCHARGE SUMMARY - «hospital»\nPatient: «name_up»   «natid_label»: «natid»   UR: «mrn»\n"
        "DOB: «dob» (aged «age90»)   Sex: «female_word»\nAddress: «street», «city» «zip»\n"
        "Ph: «phone»   «plan_label»: «hplan»\nNext of kin: «rel» («relword»), «rel_phone»\n\n"
        "Admitted: «visit»   Discharged: «visit2» from ‹Hope Ward›\n"
        "Principal diagnosis: «icd». Delirium resolved by day 3.\n"
        "Investigations: «lab1»; «lab2».\nDischarge medications: «drug1», «drug2».\n"
        "Follow-up: GP review within 7 days. The Hospital in the Home nurse ‹Will› phone «given» the day "
        "after discharge.\nPrepared by: Medical Registrar, General Medicine\n",
    ),
    (
        "eval_ontslagbrief_nl_vl",
        ["nl_NL", "nl_BE"],
        "text",
        2,
        "«hospital» - ‹Dienst Inwendige Geneeskunde›\nONTSLAGBRIEF\n\nBetreft: «mevr» «name», geboren «dob»\n"
        "«natid_label» «natid» - patiëntnummer «mrn»\nAdres: «street», «zip» «city» - tel. «phone»\n"
        "Verzekering: «plan_label» «hplan»\n\nGeachte collega,\n\nUw patiënt(e) werd opgenomen van «visit» "
        "tot «visit2» wegens een exacerbatie van COPD («icd»).\nLabo bij opname: «lab1». Bij ontslag: "
        "«lab2».\n"
        "Medicatie bij ontslag: «drug1»; «drug2».\nContactpersoon: «rel» («relnl»), «rel_phone», e-mail "
        "«email».\n"
        "Controle op de raadpleging over zes weken.\n\nMet collegiale groeten,\nde behandelend arts\n",
    ),
    (
        "eval_journalanteckning_sv",
        ["sv_SE"],
        "text",
        2,
        "JOURNALANTECKNING - «hospital», Medicinmottagningen\nPatient: «name», personnr «natid»\n"
        "Adress: «street», «zip» «city»\nTelefon: «mobile»   E-post: «email»\nBesöksdatum: «visit»   "
        "Vårdkontakt: «account»\n\nKontaktorsak: Uppföljning av förmaksflimmer («icd»).\n"
        "Anamnes: «given» mår bättre sedan förra besöket. Anhörig «rel» följer med och nås på «rel_phone».\n"
        "Status: AT gott. Hjärta oregelbunden rytm, frekvens 88.\nLab: «lab1», «lab2».\n"
        "Bedömning/åtgärd: Fortsätter med «drug1». Nytt besök «visit2». Patienten kör egen bil (reg.nr "
        "«plate») och har informerats om reglerna från ‹Transportstyrelsen›.\nSignerad av: ST-läkare, "
        "medicin\n",
    ),
    (
        "eval_nursing_night_note_nordic_en",
        ["da_DK", "fi_FI"],
        "text",
        2,
        "NURSING SHIFT NOTE (nights) - Ward 6B, «hospital»\nPt: «name» | «natid_label» «natid» | MRN «mrn» | "
        "DOB «dob» | admitted «visit»\n22:00 Received handover. Pt alert and oriented, obs stable, SpO2 "
        "95% RA.\n"
        "23:40 «given» c/o nausea; «drug1» given PRN with good effect.\n"
        "02:15 «relword» «rel» phoned from «rel_phone» asking for an update - information given as per "
        "consent on file.\n04:30 «lab1» drawn per protocol.\n"
        "06:10 Pt asks for discharge papers to be posted to «street», «zip» «city».\n"
        "Plan: day team to confirm transport; pt's own car (reg «plate») is in the visitor car park. "
        "‹Hope› to mobilise with physio.\n- RN, nights\n",
    ),
    (
        "eval_doporuceni_kardiologie_cs",
        ["cs_CZ"],
        "text",
        2,
        "«hospital»\nDOPORUČENÍ K VYŠETŘENÍ - kardiologická ambulance\n\nPacient/ka: «name», nar. «dob», "
        "RČ «natid»\nBydliště: «street», «zip» «city»\nPojišťovna: «plan_label», č. pojištěnce «hplan»   "
        "Tel.: «phone»\nOsoba blízká: «rel» («relcs»), tel. «rel_phone»\n\n"
        "Vážená paní kolegyně, vážený pane kolego,\nodesílám k vyšetření pacienta s námahovou dušností od "
        "«visit». Dg.: «icd».\nLaboratoř: «lab1». Medikace: «drug1», «drug2».\nProsím o termín nejpozději "
        "do «visit2». Děkuji.\n\npraktický lékař\n",
    ),
    (
        "eval_consult_letter_cee_en",
        ["ro_RO", "hu_HU", "hr_HR", "bg_BG"],
        "text",
        2,
        "«hospital» - Department of Neurology\nConsultation letter\n\nDear colleague,\n\nRe: «name» (born "
        "«dob», «natid_label» «natid»), of «street», «city» «zip».\nThank you for referring this "
        "«age»-year-old "
        "with recurrent headaches since «visit». On examination today («visit2») there were no focal signs. "
        "«lab1». MRI brain has been booked for ‹next month›.\nI have started «drug1» and suggested stopping "
        "«drug2».\n«given» was accompanied by «rel», who can be reached on «rel_phone»; the patient's own "
        "number is «mobile».\nInsurance: «plan_label» «hplan». Invoice «account» has been e-mailed to "
        "«email».\n"
        "\nYours sincerely,\nConsultant Neurologist\n",
    ),
    (
        "eval_ct_thorax_report_el",
        ["el_GR"],
        "text",
        2,
        "«hospital» - Ακτινολογικό Τμήμα\nΓΝΩΜΑΤΕΥΣΗ ΑΞΟΝΙΚΗΣ ΤΟΜΟΓΡΑΦΙΑΣ ΘΩΡΑΚΟΣ\n\nΑσθενής: «name_up»\n"
        "Ημ. γέννησης: «dob»   ΑΜΚΑ: «natid»   Αρ. μητρώου: «mrn»\nΔιεύθυνση: «street», «zip» «city»   "
        "Τηλ.: «phone»\nΗμερομηνία εξέτασης: «visit»   Αρ. παραστατικού: «account»\n\n"
        "Κλινικές πληροφορίες: βήχας και πυρετός. «lab1».\nΕυρήματα: Πύκνωση στον κάτω δεξιό λοβό. Δεν "
        "παρατηρείται πλευριτική συλλογή.\nΣυμπέρασμα: Ευρήματα συμβατά με πνευμονία («icd»). Συνιστάται "
        "επανέλεγχος στις «visit2».\nΕνημερώθηκε ο/η ασθενής «name» και ο/η συνοδός «rel», «rel_phone».\n"
        "Ο ακτινολόγος\n",
    ),
    (
        "eval_surgical_pathology_asia_en",
        ["ko_KR", "ja_JP", "th_TH"],
        "text",
        2,
        "SURGICAL PATHOLOGY REPORT          Accession: «accession»\nPatient: «name»   MRN: «mrn»   "
        "«natid_en»: «natid»\nDOB: «dob_iso»   Sex: «female_word»\nAddress: «street», «city» «zip»   "
        "Tel: «phone»\nCollected: «visit_iso»   Reported: «visit2_iso»\nSubmitting service: «hospital», "
        "Gastroenterology\n\nSPECIMEN: Stomach, antrum, endoscopic biopsy.\nGROSS: Three tan fragments, "
        "0.2-0.4 cm, entirely submitted.\nMICROSCOPIC: Chronic active gastritis with ‹Helicobacter›-like "
        "organisms. No dysplasia.\nDIAGNOSIS: Chronic active gastritis (‹K29.50›).\nCOMMENT: Discussed "
        "by phone "
        "with the patient's relative «rel» («rel_phone»). Eradication therapy with «drug1» suggested.\n"
        "Electronically signed: Pathologist (path-07)\n",
    ),
    (
        "eval_mensaje_portal_paciente_latam",
        ["es_MX", "es_AR", "es_CO"],
        "text",
        2,
        "Asunto: Cambio de cita y receta\nDe: «name» <«email»>\nPara: Consultorio de Medicina Familiar, "
        "«hospital»\nFecha: «visit»\n\nBuenas tardes, doctora:\n\nLe escribo porque no voy a poder ir a "
        "la cita "
        "del «visit2». ¿Me la pueden cambiar para la semana siguiente? Mi número de expediente es «mrn» y mi "
        "«natid_label» es «natid».\nTambién se me está acabando la «drug1» y quería saber si me pueden "
        "mandar "
        "la receta a la farmacia de siempre. Ya me hice los estudios: salió «lab1».\nMi nuevo domicilio es "
        "«street», «city», C.P. «zip». Pueden llamarme al «mobile» o, si no contesto, a mi «reles» «rel» al "
        "«rel_phone».\nMi seguro es «plan_label» «hplan».\n\nMuchas gracias y saludos,\n«given»\n",
    ),
    (
        "eval_obrashchenie_portal_ru",
        ["ru_RU"],
        "text",
        2,
        "Обращение через портал пациента\nОт: «name» («email»)\nДата рождения: «dob»   СНИЛС: «natid»   "
        "Полис ОМС: «hplan»\n\nЗдравствуйте! Прошу перенести мой приём у эндокринолога с «visit» на любую "
        "дату после «visit2».\nПоследний анализ: «lab1». Принимаю «drug1».\nАдрес для направления: «street», "
        "«city», индекс «zip».\nКонтактный телефон: «mobile». Если не смогу ответить, звоните родственнику "
        "(«rel», «rel_phone»).\nС уважением, «given»\n",
    ),
    (
        "eval_openai_chat_python_traceback",
        ["en_CA", "fr_CA", "da_DK"],
        "json",
        2,
        '{"model": "gpt-4o", "temperature": 0, "messages": [{"role": "system", "content": "You are a senior '
        'Python engineer. Be concise."}, {"role": "user", "content": "Why does this fail? Request from '
        '«ip».\\n\\nTraceback (most recent call last):\\n  File \\"/srv/intake/app/routes/patients.py\\", '
        "line 88, in create_patient\\n    record = PatientIn(**payload)\\npydantic.ValidationError: 1 "
        "validation error for PatientIn\\nbirth_date\\n  invalid date format (type=value_error.date)\\n\\n"
        'request body was:\\n{\\"first_name\\": \\"«given»\\", \\"last_name\\": \\"«family»\\", '
        '\\"birth_date\\": \\"«dob»\\", \\"health_card\\": \\"«hplan»\\", \\"national_id\\": '
        '\\"«natid»\\", \\"phone\\": \\"«phone»\\", \\"email\\": \\"«email»\\", \\"address\\": '
        '{\\"line1\\": \\"«street»\\", \\"city\\": \\"«city»\\", \\"postal_code\\": \\"«zip»\\"}, '
        '\\"emergency_contact\\": \\"«rel»\\"}\\n\\nenv: DATABASE_URL=postgresql://intake_app:«pw»'
        '@db-intake.internal:5432/intake ‹PYDANTIC_V1=1›"}]}',
    ),
    (
        "eval_spring_jdbc_trace_prompt",
        ["de_AT", "de_CH", "sk_SK"],
        "text",
        2,
        "User: our Spring service dies on startup in staging after the last deploy. Logs:\n\n"
        "2025-06-02 07:14:09.311 ERROR 1 --- [main] o.s.boot.SpringApplication : Application run failed\n"
        "org.springframework.beans.factory.BeanCreationException: Error creating bean with name "
        "'dataSource'\n"
        "Caused by: java.sql.SQLException: Access denied for user 'his_app'@'app-03' (using password: YES)\n"
        "\tat com.mysql.cj.jdbc.exceptions.SQLError.createSQLException(SQLError.java:130)\n"
        "\tat ch.spital.his.‹PatientImportJob›.run(PatientImportJob.java:57)\n\n"
        "application-staging.properties:\nspring.datasource.url=jdbc:mysql://db.his.internal:3306/his?"
        "user=his_app&password=«pw»\nspring.datasource.hikari.maximum-pool-size=10\n"
        "import.seed.patient=«name_inv»|«dob»|«natid»|«street»|«zip» «city»|«phone»\n\n"
        "The job logs the first record before it connects:\nWARN  PatientImportJob - skipping "
        "Patient{name='«name»', nationalId='«natid»', insurer='«plan_label» «hplan»', email='«email»', "
        "vehicle='«plate»'}\n\nCan you tell me what's wrong with the connection string?\n",
    ),
    (
        "eval_dotenv_and_node_crash",
        ["pt_PT", "lt_LT", "bg_BG"],
        "text",
        2,
        "# .env.staging  (do not commit!)\nNODE_ENV=staging\nPORT=8080\n"
        "DATABASE_URL=postgres://clinic:«pw»@db-staging.internal:5432/clinic\nOPENAI_API_KEY=«token»\n"
        'SEED_PATIENT_NAME="«name»"\nSEED_PATIENT_NATIONAL_ID=«natid»\nSEED_PATIENT_PHONE="«phone»"\n\n'
        "$ node server.js\nServer listening on :8080\n/app/node_modules/pg/lib/client.js:526\n"
        "        Error.captureStackTrace(err);\n              ^\n"
        'error: duplicate key value violates unique constraint "patients_email_key"\n'
        "    at /app/src/seed.js:41:11 {\n  detail: 'Key (email)=(«email») already exists.',\n"
        "  table: 'patients',\n  constraint: '‹patients_email_key›'\n}\n"
        "seed payload: { name: '«name»', dob: '«dob_iso»', address: '«street», «zip» «city»', mrn: '«mrn»', "
        "insurance: '«hplan»' }\n‹Node.js v20.11.1›\n",
    ),
    (
        "eval_sql_backfill_migration",
        ["hr_HR", "uk_UA", "sk_SK"],
        "text",
        2,
        "-- migration ‹0042_backfill_patients.sql› (generated from the legacy export)\nBEGIN;\n"
        "INSERT INTO patients (id, mrn, first_name, last_name, birth_date, national_id, phone, email, "
        "street, "
        "postal_code, city, insurer_no)\nVALUES (10231, '«mrn»', '«given»', '«family»', '«dob_iso»', "
        "'«natid»', '«phone»', '«email»', '«street»', '«zip»', '«city»', '«hplan»');\n"
        "INSERT INTO contacts (patient_id, name, relation, phone) VALUES (10231, '«rel»', '‹next_of_kin›', "
        "'«rel_phone»');\nUPDATE appointments SET starts_at = '«visit_iso» 09:30', note = 'moved at patient "
        "request' WHERE patient_id = 10231;\nUPDATE patients SET phone = '«mobile»', updated_at = now() "
        "WHERE "
        "mrn = '«mrn»';\nCOMMIT;\n-- INSERT 0 1\n-- INSERT 0 1\n-- UPDATE 1\n-- UPDATE 1\n",
    ),
    (
        "eval_nginx_json_access_queries",
        ["id_ID", "th_TH", "he_IL"],
        "ndjson",
        2,
        '{"time": "2025-06-02T07:14:09+07:00", "remote_addr": "«ip»", "request": "GET '
        "/api/v1/patients/search?"
        'name=«name_q»&dob=«dob_iso»&nid=«natid» HTTP/1.1", "status": 200, "body_bytes_sent": 1832, '
        '"http_referer": "https://portal.klinik.example/search", "http_user_agent": "Mozilla/5.0 (Linux; '
        'Android 13)", "request_time": 0.182}\n'
        '{"time": "2025-06-02T07:14:12+07:00", "remote_addr": "«ip»", "request": "POST /api/v1/appointments '
        'HTTP/1.1", "status": 201, "request_body": "{\\"patient_mrn\\":\\"«mrn»\\",\\"phone\\":\\"«phone»\\",'
        '\\"date\\":\\"«visit_iso»\\",\\"street\\":\\"«street»\\"}", "request_time": 0.094}\n'
        '{"time": "2025-06-02T07:14:20+07:00", "remote_addr": "«ip»", "request": "GET /portal/profile?'
        'given=«given_q»&city=«city_q»&zip=«zip»&email=«email_q» HTTP/1.1", "status": 404, '
        '"body_bytes_sent": 0, "request_time": 0.011, "upstream": "‹portal-bff:8080›"}\n',
    ),
    (
        "eval_csv_tsv_readmission_extract",
        ["en_IE", "nl_BE", "fi_FI"],
        "text",
        2,
        "# ‹extract_readmissions_2025Q2.csv› (from the data team, for the de-dup test)\n"
        "mrn,surname,forename,dob,sex,phone,email,address,postcode,town,admit_date,dx\n"
        '«mrn»,«family»,«given»,«dob»,«female_word»,«phone»,«email»,"«street»",«zip»,«city»,«visit»,«icd»\n'
        '«p2_mrn»,«p2_family»,«p2_given»,«p2_dob»,«p2_female_word»,«p2_phone»,«p2_email»,"«p2_street»",'
        "«p2_zip»,«p2_city»,«p2_visit»,«icd2»\n\n# same rows from the billing system (TSV)\n"
        "account\tpatient\tinsurer_no\tamount_eur\n«account»\t«name_inv»\t«hplan»\t184.20\n"
        "«p2_account»\t«p2_name_inv»\t«p2_hplan»\t96.00\n",
    ),
    (
        "eval_anthropic_messages_native_note",
        ["ja_JP", "ar_SA", "he_IL", "fa_IR"],
        "json",
        2,
        '{"model": "claude-3-5-sonnet-latest", "max_tokens": 1024, "system": "You are a clinical '
        'documentation assistant. Answer in English.", "messages": [{"role": "user", "content": "Summarise '
        'this note for a referral letter and list the medications:\\n\\n«NOTE»"}], "metadata": {"user_id": '
        '"‹svc-referrals›"}}',
    ),
    (
        "eval_fhir_r4_bundle_obs_note",
        ["pt_PT", "fi_FI", "ko_KR"],
        "json",
        2,
        '{"resourceType": "Bundle", "type": "collection", "entry": [{"resource": {"resourceType": "Patient", '
        '"id": "pat-1", "identifier": [{"system": "urn:oid:1.2.3.4.5.1", "value": "«mrn»"}, {"system": '
        '"urn:oid:1.2.3.4.5.2", "value": "«natid»"}, {"system": "urn:oid:1.2.3.4.5.3", "value": "«hplan»"}], '
        '"name": [{"family": "«family»", "given": ["«given»"], "text": "«name»"}], "gender": "«gender»", '
        '"birthDate": "«dob_iso»", "telecom": [{"system": "phone", "value": "«phone»"}, {"system": "email", '
        '"value": "«email»"}], "address": [{"line": ["«street»"], "city": "«city»", "postalCode": "«zip»", '
        '"country": "«country»"}], "contact": [{"name": {"text": "«rel»"}, "telecom": [{"system": "phone", '
        '"value": "«rel_phone»"}]}]}}, {"resource": {"resourceType": "Encounter", "id": "enc-1", "status": '
        '"finished", "class": {"code": "AMB"}, "subject": {"reference": "Patient/pat-1"}, "period": '
        '{"start": '
        '"«visit_ts»"}, "serviceProvider": {"display": "«hospital»"}}}, {"resource": {"resourceType": '
        '"Observation", "id": "obs-1", "status": "final", "code": {"text": "NT-proBNP"}, "subject": '
        '{"reference": "Patient/pat-1"}, "effectiveDateTime": "«visit_ts»", "valueString": "«lab1»", "note": '
        '[{"text": "«NOTE»"}]}}]}',
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def make_doc(seed: int, index: int, kind: str, loc: str, fmt: str, template: str) -> Doc:
    """Render one document; a Faker collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(40):
        rng = random.Random(f"phigate-probe18:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, loc, old="«age90»" in template)
        slots: dict[str, Slot] = {**p, **extras(rng, p)}
        if "«p2_" in template:
            q = person(rng, loc)
            slots.update({f"p2_{k}": v for k, v in q.items()})
        text = template
        if "«NOTE»" in text:
            note = (NOTE17 if "Bundle" not in text else NOTE18)[str(p["lang"])]
            text = text.replace("«NOTE»", note.replace("\n", "\\n"))
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 40 draws: problems() reports it (test_probe18 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its locales (shifted by seed and
    template, so each seed draws other locale pairs)."""
    return [
        make_doc(seed, i, kind, locs[(i + seed + 3 * k) % len(locs)], fmt, t)
        for k, (kind, locs, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
