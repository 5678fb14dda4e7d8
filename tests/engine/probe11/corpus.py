"""Eleventh independent probe corpus: 64 labelled documents in 32 kinds none of probes 1-10 used.

What hospital staff, patients and families in the most spoken languages really type, and what a hospital
dev team really pastes. Romanised and code-mixed chat: Hinglish WhatsApp, Roman Urdu SMS, Egyptian
Arabizi (digits 2/3/7 for hamza, ain, ha), Taglish Viber, romanised Japanese (era dates: "Showa 37-nen
8-gatsu 15-nichi"), Mandarin pinyin without tones ("1962 nian 8 yue 15 ri"), Vietnamese without
diacritics ("ngay 12 thang 3"), Brazilian WhatsApp, Mexican SMS, Nigerian Pidgin. Clinical prose without
labels, abbreviated the way clinicians write: Italian, Polish, Turkish, Indonesian, Persian (Perso-Arabic
script, Persian digits, solar hijri dates), Swiss German, Quebec French. Dev formats: VistA globals from
a GT.M/YottaDB prompt (^DPT nodes, FileMan internal dates such as 2620815), a FileMan captioned INQUIRE
printout, a Kafka Connect JSON message with schema and a Debezium payload, AWS CloudTrail records (S3
object keys and tags, SNS phone numbers), GCP Cloud Logging entries with jsonPayload, an Azure Log
Analytics (KQL) result grid, an Airflow task log, a MySQL general query log, an Elasticsearch _bulk body,
a CDS Hooks patient-view request with prefetch, a FHIR QuestionnaireResponse, an HL7 v2 MDM^T02 with the
report in OBX TX segments, git log -p plus git blame, an Outlook "-----Original Message-----" thread and
a Confluence wiki-markup table.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new. A
culture written "mx@us" is a person of that name culture living in the United States. Conventions (as
probes 4-10): a clinician's or developer's name is unlabelled (templates avoid them); a provider's NPI
is LICENSE; a year alone, a weekday, an age under 90, a log line's or message's own timestamp and a
country, state or province are not PHI; a date in any calendar, script or encoding (era, solar hijri,
FileMan internal, pinyin words, day and month without a year) is a DATE; an AHV number and a US SSN are
SSN; a national identity number, a VA ICN and a FHIR logical id are ID; RAMQ, PhilHealth, CNS and BPJS
numbers are HEALTH_PLAN; a VistA DFN is MRN; an uppercased or ASCII-folded name is labelled as written.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, Slot
from tests.engine.probe11.people import NAMES, PLACES, person, region_of

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "Metoprolol succinate 50 mg",
    "Clopidogrel 75 mg",
    "Spironolactone 25 mg",
    "Piperacillin-tazobactam 4.5 g IV",
    "Dapagliflozin 10 mg",
    "Bisoprolol 2.5 mg",
    "Insulin glargine 18 units",
    "Enoxaparin 40 mg SC",
    "Atorvastatin 80 mg",
    "Pantoprazole 40 mg IV",
    "Amiodarone 200 mg",
    "Tamsulosin 0.4 mg",
]
LABS = [
    "Hb 8.7 g/dL",
    "K 5.9 mmol/L",
    "Creatinine 2.3 mg/dL",
    "Troponin T 0.41 ng/mL",
    "HbA1c 10.2%",
    "NT-proBNP 3850 pg/mL",
    "Procalcitonin 6.2 ng/mL",
    "INR 3.8",
    "Platelets 48 x10^9/L",
    "Glucose 412 mg/dL",
]
EPONYMS = [
    "Addison disease",
    "Cushing syndrome",
    "Sjögren syndrome",
    "Takayasu arteritis",
    "Raynaud phenomenon",
    "Alzheimer disease",
    "Ménière disease",
    "Barrett esophagus",
    "Kaposi sarcoma",
    "Brugada syndrome",
]
SCORES = [
    "NIHSS 6",
    "GCS 13",
    "CHA2DS2-VASc 5",
    "qSOFA 2",
    "CURB-65 3",
    "NYHA III",
    "HAS-BLED 3",
    "Killip II",
]
ICD = ["I21.4", "N17.9", "E87.1", "J96.01", "I63.9", "K92.2", "E10.10", "I26.99", "D69.6", "R57.0", "I11.0"]
CPT = ["99223", "93458", "74177", "99291", "G0463"]
LOINC = ["2345-7", "4548-4", "2160-0", "718-7", "33762-6", "6301-6"]
DEPTS = ["Cardiology", "Nephrology", "Internal Medicine", "Emergency Department", "Stroke Unit", "Oncology"]
VERSIONS = ["Airflow 2.9.3", "MySQL 8.0.36", "Elasticsearch 8.13.4", "Kafka Connect 3.7.0", "HAPI FHIR 7.2.0"]
CODE = ["referral_ocr", "elig_sync", "PatientMatcher", "load_admissions", "adt_router", "QrIngest"]
TICKETS = ["EHR-4821", "INT-1177", "DATA-392", "HL7-88", "OPS-2140", "CDS-415"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]

# language: (departments, local drugs, hospitals, weekdays, country, labs as written, eponyms as written)
LOCAL: dict[str, tuple[list[str], ...]] = {
    "hi": (
        ["Medicine OPD", "Cardiology ward"],
        ["Telma 40", "Ecosprin 75", "Glycomet 500"],
        ["AIIMS", "SGPGI Lucknow"],
        ["Somvaar", "Budhvaar"],
        ["India"],
        ["sugar 320 fasting", "creatinine 2.4", "Hb 7.9"],
        [],
    ),
    "ur": (
        ["Medical OPD", "Cardiology"],
        ["Concor 5", "Lowplat 75", "Glucophage 500"],
        ["Mayo Hospital", "Allied Hospital"],
        ["Peer", "Jumeraat"],
        ["Pakistan"],
        ["sugar 290", "HbA1c 9.4", "urea 88"],
        [],
    ),
    "arz": (
        ["2esm el-baten", "2esm el-2alb"],
        ["Glucophage 1000", "Concor 5", "Aspocid 75"],
        ["Kasr El Aini", "Demerdash"],
        ["el-arba3", "el-khamis"],
        ["Masr"],
        ["el-sokkar 300", "el-creatinine 2.1", "el-hemoglobin 8"],
        [],
    ),
    "tl": (
        ["OPD", "Internal Medicine"],
        ["Losartan 50mg", "Metformin 500mg", "Amlodipine 10mg"],
        ["East Avenue Medical Center", "PGH"],
        ["Huwebes", "Lunes"],
        ["Pilipinas"],
        ["sugar 280", "creatinine 1.9", "potassium 5.8"],
        [],
    ),
    "ja": (
        ["junkanki naika", "shokaki naika"],
        ["Bayaspirin 100mg", "Amlodipin 5mg", "Warfarin 2mg"],
        ["Tokyo Iryo Center"],
        ["getsuyobi", "mokuyobi"],
        ["Nihon"],
        ["HbA1c 8.4%", "BNP 620", "eGFR 28"],
        ["Basedow-byo", "Kawasaki-byo"],
    ),
    "zh": (
        ["xinneike", "huxike"],
        ["Bailuoke 75mg", "Aspirin 100mg", "Lipitor 20mg"],
        ["Xiehe Yiyuan"],
        ["xingqisan", "zhouwu"],
        ["Zhongguo"],
        ["xuetang 16.8", "jigan 188", "xuehongdanbai 82"],
        [],
    ),
    "vi": (
        ["khoa Noi tim mach", "khoa Cap cuu"],
        ["Amlor 5mg", "Plavix 75mg", "Concor 2.5mg"],
        ["benh vien Cho Ray", "BV Bach Mai"],
        ["thu Hai", "thu Nam"],
        ["Viet Nam"],
        ["duong huyet 14,2", "creatinin 210", "Hb 82"],
        [],
    ),
    "br": (
        ["Clínica Médica", "Pronto-Socorro"],
        ["Losartana 50mg", "Glifage XR 500", "AAS 100mg"],
        ["UBS Central", "Santa Casa"],
        ["segunda", "quinta-feira"],
        ["Brasil"],
        ["glicemia 280", "creatinina 2,2", "potássio 5,9"],
        [],
    ),
    "mx": (
        ["Medicina Interna", "Urgencias"],
        ["Metformina 850 mg", "Losartán 50 mg", "Glibenclamida 5 mg"],
        ["IMSS HGZ 32", "Hospital General"],
        ["jueves", "lunes"],
        ["México"],
        ["glucosa 310", "creatinina 2.4", "HbA1c 11.2"],
        [],
    ),
    "pcm": (
        ["A&E", "Medical Outpatient"],
        ["Amlodipine 10mg", "Coartem", "Moduretic"],
        ["UNTH Enugu", "General Hospital"],
        ["Monday", "Friday"],
        ["Naija"],
        ["PCV 21%", "FBS 14.6", "creatinine 3.1"],
        [],
    ),
    "it": (
        ["UOC Medicina Interna", "Cardiologia"],
        ["Cardioaspirina 100 mg", "Lasix 25 mg", "Coumadin 5 mg"],
        ["AORN Cardarelli", "Ospedale del Mare"],
        ["giovedì", "lunedì"],
        ["Italia"],
        ["Hb 9,8 g/dl", "creatinina 2,1 mg/dl", "PCR 14 mg/dl"],
        ["morbo di Addison", "sindrome di Sjögren"],
    ),
    "pl": (
        ["Oddział Chorób Wewnętrznych", "SOR"],
        ["Polpril 5 mg", "Acard 75 mg", "Bisocard 5 mg"],
        ["Szpital Powiatowy"],
        ["czwartek", "poniedziałek"],
        ["Polska"],
        ["kreatynina 2,1 mg/dl", "Hb 8,9 g/dl", "CRP 96 mg/l"],
        ["choroba Leśniowskiego-Crohna", "choroba Hashimoto"],
    ),
    "tr": (
        ["Dahiliye", "Kardiyoloji"],
        ["Coraspin 100 mg", "Beloc 50 mg", "Glifor 1000 mg"],
        ["Devlet Hastanesi"],
        ["Perşembe", "Pazartesi"],
        ["Türkiye"],
        ["kreatinin 2,1 mg/dL", "Hb 8,4 g/dL", "troponin 0,38"],
        ["Behçet hastalığı", "Hashimoto tiroiditi"],
    ),
    "id": (
        ["Poli Penyakit Dalam", "IGD"],
        ["Amlodipin 10 mg", "Metformin 500 mg", "Captopril 25 mg"],
        ["RSUD"],
        ["Kamis", "Senin"],
        ["Indonesia"],
        ["GDS 312 mg/dL", "Hb 8,1 g/dL", "ureum 98"],
        ["penyakit Kawasaki", "sindrom Stevens-Johnson"],
    ),
    "fa": (
        ["بخش قلب", "بخش داخلی"],
        ["آسپرین ۸۰", "Atorvastatin 20 mg", "Losartan 25 mg"],
        ["بیمارستان سینا"],
        ["سه‌شنبه", "پنجشنبه"],
        ["ایران"],
        ["FBS 180", "Cr 2.1", "تروپونین مثبت"],
        ["بیماری آلزایمر", "سندرم کوشینگ"],
    ),
    "gsw": (
        ["Medizinische Klinik", "Notfallstation"],
        ["Eliquis 5 mg", "Torem 10 mg", "Dafalgan 1 g"],
        ["Kantonsspital"],
        ["Donnerstag", "Montag"],
        ["Schweiz"],
        ["Krea 148 µmol/l", "Hb 92 g/l", "CRP 87 mg/l"],
        ["Morbus Bechterew", "Morbus Menière"],
    ),
    "qc": (
        ["médecine interne", "cardiologie"],
        ["Eliquis 5 mg", "Lasix 40 mg", "Coversyl 4 mg"],
        ["CHU de Québec", "Hôtel-Dieu de Lévis"],
        ["jeudi", "lundi"],
        ["Québec"],
        ["Hb 92 g/L", "créat 188", "K 5,8"],
        ["maladie de Ménière", "syndrome de Raynaud"],
    ),
}


def extras(rng: random.Random, culture: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and wording that depends on the language."""
    lang = PLACES["us" if culture.endswith("@us") else region_of(culture)].lang
    depts, ldrugs, hospitals, days, country, llabs, leps = LOCAL.get(
        lang, (DEPTS, DRUGS, ["Wellpath General Hospital"], WEEKDAYS, ["United States"], LABS, EPONYMS)
    )
    drugs = rng.sample(DRUGS, 3)
    labs = rng.sample(LABS, 2)
    icd = rng.sample(ICD, 2)
    female, rel_f = bool(p["female"]), bool(p["rel_female"])
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug_up": K(drugs[2].upper()),
        "ldrug": K(rng.choice(ldrugs)),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "llab": K(rng.choice(llabs)),
        "dept": K(rng.choice(depts)),
        "dept_en": K(rng.choice(DEPTS)),
        "dept_up": K(rng.choice(DEPTS).upper()),
        "hospital": K(rng.choice(hospitals)),
        "lday": K(rng.choice(days)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "country": K(country[0]),
        "eponym": K(rng.choice(EPONYMS)),
        "leponym": K(rng.choice(leps or EPONYMS)),
        "score": K(rng.choice(SCORES)),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "cpt": K(rng.choice(CPT)),
        "loinc": K(rng.choice(LOINC)),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "ticket": K(rng.choice(TICKETS)),
        "hex": "".join(rng.choice("0123456789abcdef") for _ in range(40)),
        "uuid": "-".join("".join(rng.choice("0123456789abcdef") for _ in range(n)) for n in (8, 4, 4, 4, 12)),
        "n": str(rng.randrange(10000, 99999)),
        "sahab": "ji" if female else "sahab",
        "ki_beti": "ki beti" if rel_f else "ka beta",
        "rahi": "rahi" if rel_f else "raha",
        "nanay": "Nanay" if female else "Tatay",
        "sama": "san" if female else "sama",
        "mae": "mãe" if female else "pai",
        "mama": "mama" if female else "papa",
        "baba": "mama" if female else "baba",
        "ms": "Sra." if female else "Sr.",
        "sig": "la Sig.ra" if female else "il Sig.",
        "nata": "nata" if female else "nato",
        "ricoverata": "ricoverata" if female else "ricoverato",
        "pacjent": "Pacjentka" if female else "Pacjent",
        "przyjeta": "przyjęta" if female else "przyjęty",
        "tny": "Ny." if female else "Tn.",
        "title_fa": "خانم" if female else "آقای",
        "frau": "Frau" if female else "Herr",
        "pte": "Pte" if female else "Pt",
        "ne": "née" if female else "né",
        "hanim": "Hanım" if female else "Bey",
        "mrs": "Mrs." if female else "Mr.",
        "co_gai": "me" if female else "ba",
        "sex_word": "FEMALE" if female else "MALE",
        "figlia": "figlia" if rel_f else "figlio",
        "tochter": "Tochter" if rel_f else "Sohn",
        "fille": "fille" if rel_f else "fils",
        "daughter": "DAUGHTER" if rel_f else "SON",
        "choujo": "choujo" if rel_f else "chounan",
        "kizi": "kızı" if rel_f else "oğlu",
        "hija": "hija" if rel_f else "hijo",
        "relpron": "Daughter" if rel_f else "Son",
    }


MIX = ["hi", "ur", "tl", "br", "mx", "pcm", "it", "tr", "id", "qc", "vi", "gsw"]
US = ["mx@us", "tl@us", "vi@us", "pcm@us", "hi@us", "zh@us", "arz@us", "ur@us"]

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "hi_hinglish_whatsapp_family",
        ["hi"],
        "text",
        2,
        "[08/03/25, 9:14 pm] «rel»: Doctor sahab namaste 🙏 «given» «sahab» «ki_beti» bol «rahi» hoon. "
        "Pura naam «name», DOB «dob», Aadhaar «natid»\n"
        "[08/03/25, 9:15 pm] «rel»: kal raat se saans phool rahi hai, «llab» aaya hai. «hospital» wale bole "
        "bed khali nahi hai 😞\n"
        "[08/03/25, 9:17 pm] OPD Sister: «ldrug» band mat karna. «lday» ko «dept» mein le aao, file no. "
        "«mrn» saath laana\n"
        "[08/03/25, 9:20 pm] «rel»: ji theek hai. Ghar ka pata «street», «town» - «zip». Mera no. "
        "«rel_phone», "
        "«given» «sahab» ka «phone»\n"
        "[08/03/25, 9:21 pm] «rel»: pichhli baar «visit» ko discharge hua tha, tab «drug1» likhi thi\n",
    ),
    (
        "ur_roman_urdu_sms",
        ["ur"],
        "text",
        2,
        "«hospital»: AoA. «name» (MR# «mrn») ki appointment «visit» ko subah 9 bajay «dept» mein hai. "
        "CNIC «natid» aur purani reports saath layein. Shukriya\n"
        "> Walaikum salam. Main «rel» bol «rahi» hoon. Mareez ki tabiyat theek nahi, «llab» aya hai. Kya "
        "«lday» ko aa saktay hain? DOB «dob» hai\n"
        "> pata: «street», «town» «zip». Mera number «rel_phone», mareez ka «phone». Dawai «ldrug» aur "
        "«drug1» chal rahi hai\n",
    ),
    (
        "arz_arabizi_messenger",
        ["arz"],
        "text",
        2,
        "«name»: ezayak ya doktor, ana 3amalt el ta7aleel w tal3et «llab» 😟\n"
        "3eyadet «dept»: ahlan ya «given», momken el raqam el qawmy w tarikh el milad?\n"
        "«name»: «natid» w mawlood/a «dob». 3enwany «street», «town» «zip»\n"
        "3eyadet «dept»: tamam. el ma3ad yom «lday» «visit_short» fe «hospital». khod «ldrug» ba3d el akl\n"
        "«name»: shokran! law 7asal 7aga kallemo «rel» 3ala «rel_phone», ana nemrety «phone»\n"
        "3eyadet «dept»: rakam el malaf «mrn», matnsash tegeeb el ashe3a\n",
    ),
    (
        "tl_taglish_viber_group",
        ["tl"],
        "text",
        2,
        "«rel»: Good morning po Doc! Si «nanay» po, «name», nag-chest pain kagabi. PhilHealth PIN niya "
        "«natid»\n"
        "«rel»: BP po 170/100, binigyan namin ng «ldrug». Yung «llab» po nung «visit»\n"
        "Clinic Nurse: Sige po, dalhin niyo na sa «hospital» ER, sabihin niyo for «dept». Ano po birthday "
        "niya?\n"
        "«rel»: «dob» po. Address namin «street», «town» «zip». Contact ko «rel_phone», kay «nanay» "
        "«phone»\n"
        "Clinic Nurse: Noted po. Hosp no. «mrn». Follow-up ulit sa «lday», «visit_short»\n",
    ),
    (
        "ja_romaji_renraku_memo",
        ["ja"],
        "text",
        2,
        "[renraku] «dept» -> chiiki renkei shitsu\n"
        "kanja: «name» «sama», seinengappi «dob», «age90» sai\n"
        "jusho: 〒«zip» «town» «street»\n"
        "denwa: «phone» / kinkyu renrakusaki: «rel» («choujo») «rel_phone»\n"
        "nyuin-bi: «visit», taiin yotei: «visit_short»\n"
        "shindan: «icd» «leponym», «score»\n"
        "shoho: «ldrug», «drug1»\n"
        "My Number: «natid» (hokensho kakunin zumi), ID «mrn»\n",
    ),
    (
        "zh_pinyin_wechat",
        ["zh"],
        "text",
        2,
        "«rel»: yisheng nin hao, wo shi «name» de jiashu. wo «baba» «dob» chusheng, shenfenzheng hao "
        "«natid»\n"
        "«rel»: ta zuotian wanshang xiongmen, jiancha «llab», xianzai chi «ldrug»\n"
        "yisheng zhuli: hao de, qing «visit_short» shangwu lai «hospital» «dept» guahao, zhuyuan hao «mrn»\n"
        "«rel»: xiexie! women zhu «town» «street», youbian «zip». ta shouji «phone», wo «rel_phone»\n"
        "yisheng zhuli: shang ci chuyuan shi «visit», «lday» ye keyi\n",
    ),
    (
        "vi_khongdau_zalo",
        ["vi"],
        "text",
        2,
        "«rel»: Chao bac si, em la nguoi nha cua «name». «co_gai» em sinh ngay «dob», CCCD «natid»\n"
        "«rel»: Tu toi qua bi dau nguc, do huyet ap 180/110, xet nghiem «llab». Em cho uong «ldrug» roi\n"
        "Phong kham: Chi dua vao «hospital», «dept» nhe. Ma BN «mrn», lan truoc ra vien «visit»\n"
        "«rel»: Dia chi nha em: «street», «town» «zip». Sdt «phone», cua em «rel_phone»\n"
        "Phong kham: Ok, hen tai kham «visit_short» («lday»)\n",
    ),
    (
        "pt_br_whatsapp_zap",
        ["br"],
        "text",
        2,
        "[09/03 08:12] «rel»: Bom dia Dra! tudo bem? aqui é da família da «name» 🙏\n"
        "[09/03 08:12] «rel»: minha «mae» nasceu «dob», CPF «natid», cartão SUS «sus»\n"
        "[09/03 08:13] «rel»: mora na «street», «town», CEP «zip». zap dela «phone»\n"
        "[09/03 08:15] «rel»: deu «llab» ontem, ela ta tomando «ldrug»\n"
        "[09/03 08:31] Recepção «dept»: bom dia! traz ela na «lday» na «hospital», prontuário «mrn». "
        "última consulta foi «visit». qualquer coisa liga «rel_phone»?\n",
    ),
    (
        "es_mx_sms_recordatorio",
        ["mx"],
        "text",
        2,
        "«hospital»: «ms» «name», su cita en «dept» es el «visit» 08:00hrs. Traer carnet. Exp. «mrn». "
        "Resp SI p/confirmar\n"
        "> si confirmo. soy su «hija» «rel» porq mi «mama» no sabe usar el cel jaja. su curp es «natid» y "
        "nss «nss», nacio el «dob»\n"
        "> oiga y le sigo dando la «ldrug»? su «llab» salio alta\n"
        "> nos cambiamos: «street», «town», CP «zip». tel casa «phone» cel «rel_phone»\n",
    ),
    (
        "pcm_naija_pidgin_chat",
        ["pcm"],
        "text",
        2,
        "«rel»: Doctor abeg, my «mama» «name» dey vomit since yesterday, e no fit chop. E born «dob»\n"
        "Clinic: Sorry o. Wetin be the hospital number?\n"
        "«rel»: Na «mrn». NIN na «natid». We dey stay for «street», «town» «zip»\n"
        "Clinic: Oya carry am come «hospital», «dept». Make una bring the «ldrug» and the «llab» result\n"
        "«rel»: Thank you sir! My number na «rel_phone», «mama» own na «phone». Last time wey we come na "
        "«visit»\n"
        "Clinic: No wahala, see you «lday» «visit_short»\n",
    ),
    (
        "it_diario_clinico_prosa",
        ["it"],
        "text",
        2,
        "Si dimette in data odierna «sig» «name», «nata» il «dob» (aa «age90»), res. in «street», «zip» "
        "«town» (tel. «phone»), CF «natid», «ricoverata» c/o ns. «dept» dal «visit» per scompenso in pz "
        "con «leponym». All'ingresso PA 160/90, FC 110, «llab». In terapia con «ldrug» e «drug1». "
        "Controllo amb. «lday». Riferimento: «figlia» «rel», cell. «rel_phone». Cartella n. «mrn».\n",
    ),
    (
        "pl_wpis_obserwacji_prosa",
        ["pl"],
        "text",
        2,
        "«pacjent» «name» (PESEL «natid»), ur. «dob», zam. «street», «zip» «town», tel. «phone», "
        "«przyjeta» na «dept» w dn. «visit» z powodu duszności, rozp. «leponym». W bad. lab. «llab». "
        "Zastosowano «ldrug», «drug1». Wypis «visit2», kontrola w poradni w «lday». Osoba upoważniona: "
        "«rel», tel. «rel_phone». Nr księgi gł. «mrn».\n",
    ),
    (
        "tr_hasta_seyir_prosa",
        ["tr"],
        "text",
        2,
        "Hst. «name» «hanim» (TC «natid»), d.t. «dob», «street» «zip» «town» adresinde ikamet ediyor, "
        "«visit» tarihinde acile göğüs ağrısı ile başvurdu. Öz: «leponym». Lab: «llab». «ldrug» başlandı, "
        "«dept» konsülte edildi. Yakını «kizi» «rel» («rel_phone»), hasta tel: «phone». Protokol no «mrn». "
        "Taburcu «visit2», «lday» kontrol.\n",
    ),
    (
        "id_catatan_perkembangan_prosa",
        ["id"],
        "text",
        2,
        "«tny» «name», NIK «natid», lahir «dob», alamat «street», «town» «zip», HP «phone», MRS tgl "
        "«visit» dg keluhan sesak nafas & bengkak kaki. Riw. «leponym». Lab: «llab». Th/ «ldrug», «drug1». "
        "KRS «visit2», kontrol «dept» hari «lday». PJ: «rel» (anak), «rel_phone». No. RM «mrn», BPJS "
        "«bpjs».\n",
    ),
    (
        "fa_sharh_hal_prosa",
        ["fa"],
        "text",
        2,
        "«title_fa» «name» فرزند «father»، کد ملی «natid»، متولد «dob» («age_fa» ساله)، ساکن «town»، "
        "«street»، کد پستی «zip»، تلفن «phone»، در تاریخ «visit» با شکایت تنگی نفس به اورژانس "
        "«hospital» مراجعه نمود. «llab». با تشخیص «leponym» در «dept» بستری و تحت درمان با «ldrug» "
        "قرار گرفت. همراه: «rel» («rel_phone»). شماره پرونده «mrn».\n",
    ),
    (
        "gsw_verlaufseintrag_prosa",
        ["gsw"],
        "text",
        2,
        "«frau» «name», geb. «dob», wh. «street», «zip» «town», Tel. «phone», AHV «natid». Eintr. "
        "«visit» via «dept» bei V.a. Exazerbation, bek. «leponym». Lab: «llab». Th: «ldrug», «drug1». "
        "Verlegung «visit2». Angehörige: «tochter» «rel», Natel «rel_phone». Kontrolle «lday». "
        "Fall-Nr. «account», PID «mrn».\n",
    ),
    (
        "qc_note_evolution_prosa",
        ["qc"],
        "text",
        2,
        "«pte» «name», «ne» le «dob», RAMQ «natid», dem. au «street», «town» (Qc) «zip», tél. «phone». "
        "Adm. le «visit» à l'urgence de «hospital» pour DRS. ATCD: «leponym». Bilan: «llab». Rx: «ldrug». "
        "Congé prévu «visit2», suivi en «dept» «lday». Répondant(e): «rel» («fille») «rel_phone». "
        "No dossier «mrn».\n",
    ),
    (
        "vista_mumps_global_dump",
        US,
        "text",
        2,
        "YDB>ZWRITE ^DPT(«dfn»,0)\n"
        '^DPT(«dfn»,0)="«name_inv_up»^«sex»^«dob_vista»^^^^^^«ssn_plain»^^^^^^^^^^"\n'
        "YDB>ZWRITE ^DPT(«dfn»,.1),^DPT(«dfn»,.11),^DPT(«dfn»,.13),^DPT(«dfn»,.21)\n"
        '^DPT(«dfn»,.1)="«dept_up»"\n'
        '^DPT(«dfn»,.11)="«street_up»^^^«town_up»^«state_vista»^«zip»"\n'
        '^DPT(«dfn»,.13)="«phone»^^^^"\n'
        '^DPT(«dfn»,.21)="«rel_inv_up»^«daughter»^^^^^^^^^«rel_phone»"\n'
        'YDB>ZWRITE ^DPT("B","«name_inv_up»")\n^DPT("B","«name_inv_up»",«dfn»)=""\n'
        "YDB>W $$GETICN^MPIF001(«dfn»)\n«icn»\n"
        "YDB>W $$FMTE^XLFDT(«dob_vista»)\n«dob_fm»\n"
        'YDB>W $P(^PSDRUG(«n»,0),"^")\n«drug_up»\n'
        "YDB>W $ZYRELEASE\n‹YDB r2.00› Linux x86_64\n",
    ),
    (
        "fileman_inquire_captioned",
        US,
        "text",
        2,
        "Select OPTION: INQUIRE TO FILE ENTRIES\n\nOutput from what File: PATIENT//\n"
        "Select PATIENT NAME: «name_inv_up»    «dob_fm»    «ssn_plain»     NSC VETERAN\nAnother one:\n"
        "Standard Captioned Output? Yes//   (Yes)\nInclude COMPUTED fields:  (N/Y/R/B): NO//  - No record "
        "number (IEN), no Computed Fields\n\n"
        "NAME: «name_inv_up»                       SEX: «sex_word»\n"
        "  DATE OF BIRTH: «dob_fm»                  AGE: «age90»\n"
        "  SOCIAL SECURITY NUMBER: «ssn_plain»\n"
        "  STREET ADDRESS [LINE 1]: «street_up»\n  CITY: «town_up»                        STATE: "
        "«state_name»\n  ZIP CODE: «zip»\n  PHONE NUMBER [RESIDENCE]: «phone»\n"
        "  K-NAME OF PRIMARY NOK: «rel_inv_up»       K-RELATIONSHIP TO PATIENT: «daughter»\n"
        "  K-PHONE NUMBER: «rel_phone»\n  WARD LOCATION: «dept_up»                ROOM-BED: 412-B\n"
        "  INTEGRATION CONTROL NUMBER: «icn»\n  PRIMARY ELIGIBILITY CODE: ‹SC LESS THAN 50%›\n"
        "  PERIOD OF SERVICE: ‹PERSIAN GULF WAR›\n",
    ),
    (
        "kafka_connect_schema_payload",
        MIX,
        "json",
        2,
        '{"schema": {"type": "struct", "name": "ehr.public.patient.Envelope", "optional": false, "fields": '
        '[{"type": "struct", "field": "after", "optional": true, "name": "ehr.public.patient.Value", '
        '"fields": [{"type": "string", "optional": false, "field": "mrn"}, {"type": "string", "optional": '
        'true, "field": "family_name"}, {"type": "string", "optional": true, "field": "given_name"}, '
        '{"type": '
        '"string", "optional": true, "field": "birth_date"}, {"type": "string", "optional": true, "field": '
        '"address_line"}, {"type": "string", "optional": true, "field": "city"}, {"type": "string", '
        '"optional": true, "field": "postal_code"}, {"type": "string", "optional": true, "field": "mobile"}, '
        '{"type": "string", "optional": true, "field": "cgm_serial"}]}, {"type": "string", "field": "op"}]}, '
        '"payload": {"before": null, "after": {"mrn": "«mrn»", "family_name": "«family»", "given_name": '
        '"«given»", "birth_date": "«dob_iso»", "address_line": "«street»", "city": "«town»", "postal_code": '
        '"«zip»", "mobile": "«e164»", "cgm_serial": "«cgm»", "dx": "«icd»"}, "source": '
        '{"version": "2.6.1.Final", '
        '"connector": "postgresql", "name": "ehr", "db": "ehr", "schema": "public", "table": "patient"}, '
        '"op": "u", "ts_ms": 1741682462418, "transaction": null, "dept": "«dept_en»", "pipeline": '
        '"«ver»"}}',
    ),
    (
        "aws_cloudtrail_records",
        MIX,
        "json",
        2,
        '{"Records": [{"eventVersion": "1.09", "userIdentity": {"type": "AssumedRole", "arn": '
        '"arn:aws:sts::418295730164:assumed-role/intake-lambda-role/«code»"}, "eventTime": '
        '"2025-03-11T08:41:12Z", "eventSource": "s3.amazonaws.com", "eventName": "PutObject", "awsRegion": '
        '"us-east-1", "sourceIPAddress": "«ip»", "requestParameters": {"bucketName": "ehr-referrals-inbox", '
        '"key": "inbound/2025/03/«family»_«given»_«dob_iso»_referral.pdf"}}, {"eventVersion": "1.09", '
        '"eventTime": "2025-03-11T08:41:13Z", "eventSource": "s3.amazonaws.com", "eventName": '
        '"PutObjectTagging", "awsRegion": "us-east-1", "requestParameters": {"bucketName": '
        '"ehr-referrals-inbox", "Tagging": {"TagSet": {"Tag": [{"Key": "patient", "Value": "«name»"}, '
        '{"Key": "mrn", "Value": "«mrn»"}, {"Key": "town", "Value": "«town»"}, {"Key": "dx", "Value": '
        '"«icd»"}]}}}}, {"eventVersion": "1.09", "eventTime": "2025-03-11T08:41:15Z", "eventSource": '
        '"sns.amazonaws.com", "eventName": "Publish", "awsRegion": "us-east-1", "requestParameters": '
        '{"phoneNumber": "«e164»", "messageAttributes": {"AWS.SNS.SMS.SenderID": {"dataType": "String", '
        '"stringValue": "WELLPATH"}}}, "additionalEventData": {"ticket": "«ticket»", "email": "«email»"}}]}',
    ),
    (
        "gcp_logging_jsonpayload",
        MIX,
        "ndjson",
        2,
        '{"insertId": "1x9k2f3g5", "jsonPayload": {"message": "eligibility check failed for «name»", '
        '"patient": {"mrn": "«mrn»", "dob": "«dob_iso»", "postal_code": "«zip»"}, "payer_response": '
        '"AAA*N**72*C~", "service": "«code»"}, "resource": {"type": "cloud_run_revision", "labels": '
        '{"service_name": "«code»", "location": "us-central1"}}, "timestamp": "2025-03-11T08:41:12.418Z", '
        '"severity": "ERROR", "logName": "projects/wellpath-prod/logs/run.googleapis.com%2Fstdout"}\n'
        '{"insertId": "1x9k2f3g6", "jsonPayload": {"message": "retry scheduled", "contact": {"phone": '
        '"«phone»", "email": "«email»"}, "address": {"line": "«street»", "city": "«town»"}, "dx": '
        '"«icd»"}, "httpRequest": {"requestMethod": "POST", "remoteIp": "«ip»", "status": 502, '
        '"userAgent": "okhttp/4.12.0"}, "timestamp": "2025-03-11T08:41:14.002Z", "severity": "WARNING"}\n'
        '{"insertId": "1x9k2f3g7", "jsonPayload": {"message": "visit «visit_iso» booked in «dept_en»", '
        '"ticket": "«ticket»"}, "timestamp": "2025-03-11T08:41:15.120Z", "severity": "INFO"}\n',
    ),
    (
        "azure_kql_result_grid",
        MIX,
        "text",
        2,
        'AppTraces\n| where TimeGenerated > ago(2h) and Message has "EligibilityProbe"\n'
        "| project TimeGenerated, SeverityLevel, Message, Properties\n| take 3\n\n"
        "TimeGenerated [UTC]\tSeverityLevel\tMessage\tProperties\n"
        "3/11/2025, 8:41:12.418 AM\t3\tEligibilityProbe failed for «name» (DOB «dob_iso»)\t"
        '{"mrn":"«mrn»","memberId":"«member»","zip":"«zip»"}\n'
        "3/11/2025, 8:41:12.902 AM\t2\tRetrying with address «street», «town»\t"
        '{"phone":"«phone»","dx":"«icd»"}\n'
        "3/11/2025, 8:41:13.377 AM\t1\tQueued callback for «rel» on «rel_phone»\t"
        '{"ticket":"«ticket»","unit":"«dept_en»"}\n',
    ),
    (
        "airflow_task_log",
        MIX,
        "text",
        2,
        "[2025-03-11, 08:41:12 UTC] {taskinstance.py:2076} INFO - Dependencies all met for "
        "<TaskInstance: readmit_etl.«code» scheduled__2025-03-10T00:00:00+00:00 [queued]>\n"
        "[2025-03-11, 08:41:12 UTC] {taskinstance.py:2306} INFO - Starting attempt 2 of 3\n"
        "[2025-03-11, 08:41:13 UTC] {logging_mixin.py:188} INFO - loaded 2 rows from stg_patient\n"
        "[2025-03-11, 08:41:13 UTC] {logging_mixin.py:188} INFO - ('«mrn»', '«name»', "
        "datetime.date(«dob_cs»), '«street»', '«town»', '«zip»', '«phone»')\n"
        "[2025-03-11, 08:41:13 UTC] {logging_mixin.py:188} INFO - ('«p2_mrn»', '«p2_name»', "
        "datetime.date(«p2_dob_cs»), None, None, None, None)\n"
        "[2025-03-11, 08:41:13 UTC] {logging_mixin.py:188} INFO - reconciling «drug1» for «icd»\n"
        "[2025-03-11, 08:41:14 UTC] {taskinstance.py:2905} ERROR - Task failed with exception\n"
        "psycopg2.errors.UniqueViolation: duplicate key value violates unique constraint "
        '"patient_email_key"\nDETAIL:  Key (email)=(«email») already exists.\n'
        "[2025-03-11, 08:41:14 UTC] {taskinstance.py:1206} INFO - Marking task as UP_FOR_RETRY. "
        "dag_id=readmit_etl, task_id=«code»\n[2025-03-11, 08:41:14 UTC] {standard_task_runner.py:110} "
        "INFO - «ver»\n",
    ),
    (
        "mysql_general_query_log",
        MIX,
        "text",
        2,
        "/usr/sbin/mysqld, Version: 8.0.36 (MySQL Community Server - GPL). started with:\n"
        "Tcp port: 3306  Unix socket: /var/run/mysqld/mysqld.sock\nTime                 Id Command    "
        "Argument\n"
        "2025-03-11T08:41:12.418301Z\t   41 Connect\tintake@10.12.4.31 on ehr using TCP/IP\n"
        "2025-03-11T08:41:12.419102Z\t   41 Query\tSELECT id FROM patient WHERE last_name = '«family»' AND "
        "first_name = '«given»' AND dob = '«dob_iso»'\n"
        "2025-03-11T08:41:12.421877Z\t   41 Query\tUPDATE patient SET phone = '«phone»', addr1 = '«street»', "
        "city = '«town»', zip = '«zip»', email = '«email»' WHERE mrn = '«mrn»'\n"
        "2025-03-11T08:41:12.423004Z\t   41 Query\tINSERT INTO med_order (mrn, drug, icd10, ordered) "
        "VALUES ('«mrn»', '«drug1»', '«icd»', '«visit_iso»')\n"
        "2025-03-11T08:41:12.424518Z\t   41 Query\tINSERT INTO audit (ticket, note) VALUES ('«ticket»', "
        "'nok «rel» «rel_phone»')\n"
        "2025-03-11T08:41:12.430170Z\t   41 Quit\t\n",
    ),
    (
        "es_bulk_ndjson_body",
        MIX,
        "ndjson",
        2,
        '{"index": {"_index": "patients-2025.03", "_id": "«mrn»"}}\n'
        '{"mrn": "«mrn»", "name": {"given": "«given»", "family": "«family»"}, "birth_date": "«dob_iso»", '
        '"address": {"line": "«street»", "city": "«town»", "postcode": "«zip»"}, "phone": "«e164»", '
        '"dx": ["«icd»"], "dept": "«dept_en»"}\n'
        '{"update": {"_index": "patients-2025.03", "_id": "«p2_mrn»"}}\n'
        '{"doc": {"email": "«p2_email»", "last_visit": "«p2_visit_iso»", "dx": ["«icd2»"], '
        '"score": "«score»"}}\n',
    ),
    (
        "cds_hooks_patient_view",
        US,
        "json",
        2,
        '{"hookInstance": "«uuid»", "fhirServer": "https://fhir.wellpath.example/r4", "hook": '
        '"patient-view", "fhirAuthorization": {"access_token": "«token»", "token_type": "Bearer", '
        '"expires_in": 300, "scope": "user/Patient.read user/Condition.read", "subject": "cds-service"}, '
        '"context": {"userId": "Practitioner/«npi»", "patientId": "«fhir_id»", "encounterId": "«account»"}, '
        '"prefetch": {"patient": {"resourceType": "Patient", "id": "«fhir_id»", "identifier": [{"system": '
        '"urn:oid:2.16.840.1.113883.3.7418.2.1", "value": "«mrn»"}], "name": [{"family": "«family»", '
        '"given": ["«given»"]}], "birthDate": "«dob_iso»", "address": [{"line": ["«street»"], "city": '
        '"«town»", "state": "«state»", "postalCode": "«zip»"}], "telecom": [{"system": "phone", "value": '
        '"«phone»"}]}, "conditions": {"resourceType": "Bundle", "type": "searchset", "entry": [{"resource": '
        '{"resourceType": "Condition", "code": {"coding": [{"system": "http://hl7.org/fhir/sid/icd-10-cm", '
        '"code": "«icd»", "display": "«eponym»"}]}, "note": [{"text": "«score»"}]}}]}, "encounter": '
        '{"resourceType": "Encounter", "serviceProvider": {"display": "«hospital»"}}}}',
    ),
    (
        "fhir_questionnaire_response",
        US,
        "json",
        2,
        '{"resourceType": "QuestionnaireResponse", "id": "qr-«n»", "questionnaire": '
        '"https://forms.wellpath.example/Questionnaire/intake-demographics|2.1", "status": "completed", '
        '"subject": {"reference": "Patient/«fhir_id»", "display": "«name»"}, "authored": "«visit_ts»", '
        '"item": [{"linkId": "1", "text": "Legal name", "answer": [{"valueString": "«name»"}]}, {"linkId": '
        '"2", "text": "Date of birth", "answer": [{"valueDate": "«dob_iso»"}]}, {"linkId": "3", "text": '
        '"Home address", "answer": [{"valueString": "«street», «town», «state» «zip»"}]}, {"linkId": "4", '
        '"text": "Mobile", "answer": [{"valueString": "«phone»"}]}, {"linkId": "5", "text": "Emergency '
        'contact", "answer": [{"valueString": "«rel» «rel_phone»"}]}, {"linkId": "6", "text": "Current '
        'medications", "answer": [{"valueString": "«drug1»"}]}, {"linkId": "7", "text": "Known conditions", '
        '"answer": [{"valueCoding": {"system": "http://hl7.org/fhir/sid/icd-10-cm", "code": "«icd»", '
        '"display": "«eponym»"}}]}, {"linkId": "8", "text": "Insurance member ID", "answer": '
        '[{"valueString": "«member»"}]}]}',
    ),
    (
        "hl7_mdm_t02_tx_report",
        US,
        "text",
        2,
        "MSH|^~\\&|TRANSCRIBE|WELLPATH|EHR|WELLPATH|20250311084112||MDM^T02^MDM_T02|MSG«n»|P|2.5.1\r"
        "EVN|T02|20250311084112\r"
        "PID|1||«mrn»^^^WP^MR||«family_up»^«given_up»^^^^^L||«dob_hl7»|«sex»|||«street_up»^^«town_up»^"
        "«state»^«zip»^USA^H||«phone»^PRN^PH|||||«account»\r"
        "PV1|1|I|«dept_up»^412^B\r"
        "TXA|1|DS|TX|«visit_hl7»||||||||DOC«n»||||||AU\r"
        "OBX|1|TX|‹11490-0›^Discharge summary^LN||DISCHARGE SUMMARY||||||F\r"
        "OBX|2|TX|11490-0^Discharge summary^LN||«name» was admitted on «visit_us» with «eponym», "
        "«score».||||||F\r"
        "OBX|3|TX|11490-0^Discharge summary^LN||Discharge meds: «drug1», «drug2».||||||F\r"
        "OBX|4|TX|11490-0^Discharge summary^LN||Electronically signed, NPI «npi»||||||F\r",
    ),
    (
        "git_log_patch_and_blame",
        MIX,
        "text",
        2,
        "$ git log -p -1 tests/fixtures/patients.csv\ncommit «hex»\n"
        "Author: svc-interfaces <svc-interfaces@wellpath.example>\nDate:   Tue Mar 11 08:41:12 2025 +0000\n\n"
        "    «ticket»: fix dob off-by-one for the «town» fixture\n\n"
        "diff --git a/tests/fixtures/patients.csv b/tests/fixtures/patients.csv\n"
        "--- a/tests/fixtures/patients.csv\n+++ b/tests/fixtures/patients.csv\n"
        "@@ -3,2 +3,2 @@ mrn,family,given,dob,phone,dx\n"
        "-«mrn»,«family»,«given»,«dob_prev»,«phone»,«icd»\n"
        "+«mrn»,«family»,«given»,«dob_iso»,«phone»,«icd»\n\n"
        "$ git blame -L 40,42 src/«code».py\n"
        "3f9c2a1d (svc-interfaces 2025-03-11 08:41:12 +0000 40)     # regression: «name» lives at «street»\n"
        "3f9c2a1d (svc-interfaces 2025-03-11 08:41:12 +0000 41)     assert match('«email»') is not None\n"
        "9b1e77c0 (svc-interfaces 2025-02-27 16:03:55 +0000 42)     # «ver»\n",
    ),
    (
        "outlook_original_message_thread",
        MIX,
        "text",
        2,
        "Hi team, can someone in «dept_en» pull the chart below and call the family back?\n\nThanks,\n"
        "Patient Relations\n\n-----Original Message-----\n"
        "From: «rel» <«rel_email»>\nSent: «weekday», March 11, 2025 8:41 AM\n"
        "To: Patient Relations <relations@wellpath.example>\nSubject: RE: complaint - «name»\n\n"
        "Hello, my parent «name» (DOB «dob») was discharged on «visit» with «drug1» but nobody explained "
        "the «eponym» follow-up. Home is «street», «town» «zip». Hospital number «mrn». "
        "Please call me on «rel_phone».\n\n-----Original Message-----\nFrom: Patient Relations\n"
        "Sent: Friday, March 7, 2025 4:02 PM\nTo: «rel»\nSubject: complaint - «name»\n\n"
        "We have logged your concern under «ticket».\n",
    ),
    (
        "confluence_wiki_markup_table",
        MIX,
        "text",
        2,
        "h2. UAT test patients ({{«ticket»}})\n{warning}Synthetic data only{warning}\n\n"
        "||MRN||Name||DOB||Address||Phone||Dx||\n"
        "|«mrn»|«name»|«dob»|«street», «town» «zip»|«phone»|«icd» «eponym»|\n"
        "|«p2_mrn»|«p2_name»|«p2_dob»|«p2_street», «p2_town»|«p2_phone»|«icd2»|\n\n"
        "{code:sql}\nSELECT * FROM patient WHERE mrn IN ('«mrn»','«p2_mrn»');\n{code}\n"
        "_Built against «ver»_\n",
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    base, abroad = culture.removesuffix("@us"), culture.endswith("@us")
    for attempt in range(30):
        rng = random.Random(f"phigate-probe11:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, base, abroad, old="«age" in template)
        slots: dict[str, Slot] = {**p, **extras(rng, culture, p)}
        if "«p2_" in template:
            q = person(rng, base, abroad)
            slots.update({f"p2_{k}": v for k, v in {**q, **extras(rng, culture, q)}.items()})
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe11 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (shifted by seed and
    template, so the technical kinds do not all draw the same two cultures)."""
    assert all(c.removesuffix("@us") in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed + 2 * k) % len(cultures)], fmt, t)
        for k, (kind, cultures, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
