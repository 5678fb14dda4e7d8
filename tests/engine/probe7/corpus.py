"""Seventh independent probe corpus: ~76 labelled documents in kinds none of probes 1-6 used.

Kinds: native-script Burmese clinic card, Lao referral, Nepali discharge note, Urdu prescription, Persian
lab report (Solar Hijri dates, Persian digits), Bengali birth notification, Telugu vaccination card and a
Bulgarian epicrisis; letters or messages in Yoruba, Hausa (SMS reminders), Kinyarwanda (community health
worker report), Afrikaans, Azerbaijani, Slovak, Galician, Luxembourgish, Javanese and Shona; and, with
Hmong, Marshallese, Chamorro, Oromo, Ilocano, Tigrinya and Cook Islands Maori names: a dcmdump DICOM
header, a Kubernetes ConfigMap, sqlite3 box and mysql client tables, logfmt and RFC 5424 syslog lines,
redis-cli HGETALL, a HAR entry, an OpenTelemetry span, an SQS message with a JSON body in a string, PHP
var_dump, Ruby irb inspect, Elixir IEx inspect, an NCPDP SCRIPT NewRx, an X12 834 enrolment, an LDIF
entry, an ASTM E1394 analyser upload, a ZPL wristband label, a medication administration record grid and
a fixed-width mainframe record.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Seeded: the same seed gives the same corpus. Conventions (as probes 4-6): a clinician's name is
unlabelled (templates avoid them); a prescriber's NPI/DEA is LICENSE; a year alone, a weekday, a dose
time and a country or state/province are not PHI; a DICOM accession number is ID, a DICOM UID is
unlabelled; a NZ NHI number is HEALTH_PLAN; a date in native digits or another calendar is a DATE.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, P, Slot
from tests.engine.probe7.people import NAMES, PLACES, person, region_of

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "Dapagliflozin 10 mg",
    "Bisoprolol 5 mg",
    "Enoxaparin 40 mg SC",
    "Amoxicillin-clavulanate 875 mg",
    "Prednisolone 30 mg",
    "Insulin glargine 18 units",
    "Losartan 50 mg",
    "Ondansetron 4 mg IV",
    "Metronidazole 500 mg",
    "Spironolactone 25 mg",
    "Pantoprazole 40 mg",
    "Hydroxychloroquine 200 mg",
]
LABS = [
    "Hb 8.7 g/dL",
    "Creatinine 186 umol/L",
    "Potassium 5.9 mmol/L",
    "HbA1c 9.1%",
    "Platelets 64 x10^9/L",
    "Procalcitonin 2.4 ng/mL",
    "INR 3.6",
    "Bilirubin 41 umol/L",
    "TSH 0.02 mIU/L",
    "Albumin 24 g/L",
]
# date language: (departments, local drug names)
LOCAL: dict[str, tuple[list[str], list[str]]] = {
    "my_nat": (["အတွင်းရောဂါဌာန", "အရေးပေါ်ဌာန"], ["ပါရာစီတမော 500 mg", "မက်ဖော်မင် 500 mg"]),
    "lo_nat": (["ພະແນກອາຍຸລະກຳ", "ພະແນກສຸກເສີນ"], ["ພາຣາເຊຕາມອນ 500 mg", "ອາມົກຊີຊີລິນ 500 mg"]),
    "ne_nat": (["मेडिसिन विभाग", "आकस्मिक कक्ष"], ["सिटामोल 500 mg", "मेटफर्मिन 500 mg"]),
    "ur_nat": (["شعبہ امراض قلب", "ایمرجنسی وارڈ"], ["پیناڈول 500 mg", "اموکسل 250 mg"]),
    "fa_nat": (["بخش داخلی", "اورژانس"], ["استامینوفن ۵۰۰ میلی‌گرم", "متفورمین ۵۰۰ میلی‌گرم"]),
    "bn_nat": (["মেডিসিন বিভাগ", "জরুরি বিভাগ"], ["নাপা ৫০০ মিগ্রা", "সেকলো ২০ মিগ্রা"]),
    "te_nat": (["జనరల్ మెడిసిన్ విభాగం", "అత్యవసర విభాగం"], ["డోలో 650 mg", "మెట్‌ఫార్మిన్ 500 mg"]),
    "bg_nat": (["Вътрешно отделение", "Спешно отделение"], ["Аналгин 500 мг", "Корвалол 20 мл"]),
    "yo": (
        ["Ẹ̀ka Ìtọ́jú Àwọn Àgbà", "Ẹ̀ka Pàjáwìrì"],
        ["Paracetamol 500 mg", "Artemether-lumefantrine 80/480 mg"],
    ),
    "ha": (["Sashen Kula da Mata", "Sashen Gaggawa"], ["Fansidar 500/25 mg", "Coartem 20/120 mg"]),
    "rw": (["Serivisi y'Indwara z'Imbere", "Serivisi y'Ubutabazi"], ["Cotrimoxazole 480 mg", "Zinc 20 mg"]),
    "af": (["Interne Geneeskunde", "Noodafdeling"], ["Panado 500 mg", "Betapyn 1 tablet"]),
    "az": (["Terapiya şöbəsi", "Təcili yardım şöbəsi"], ["Analgin 500 mq", "Kapoten 25 mq"]),
    "sk": (["Interné oddelenie", "Urgentný príjem"], ["Paralen 500 mg", "Ibalgin 400 mg"]),
    "gl": (["Servizo de Medicina Interna", "Urxencias"], ["Adiro 100 mg", "Nolotil 575 mg"]),
    "lb": (["Service de Médecine Interne", "Urgencen"], ["Dafalgan 1 g", "Litican 50 mg"]),
    "jv": (["Poli Penyakit Dalam", "Instalasi Gawat Darurat"], ["Parasetamol 500 mg", "Amlodipin 5 mg"]),
    "sn": (["Wadhi yeVakadzi", "Emergency Unit"], ["Hydrochlorothiazide 25 mg", "Tenofovir 300 mg"]),
}
DEPTS = ["Nephrology", "Medical Imaging", "Infectious Diseases", "Geriatrics", "Renal Dialysis Unit", "ICU"]
ICD = ["N17.9", "E11.65", "I50.23", "J96.01", "D64.9", "K70.31", "A09", "O24.419", "Z79.4", "B54"]
LOINC = ["4548-4", "2160-0", "2823-3", "777-3", "6301-6", "33959-8"]
SNOMED = ["44054006", "38341003", "195967001", "840539006"]
CPT = ["71250", "93306", "36415", "99213", "G0439"]
NDC = ["0002-8215-01", "0169-4132-12", "0310-6210-30", "50090-2875-0"]
RXNORM = ["197361", "860975", "312961", "617314"]
VERSIONS = [
    "redis 7.2.4",
    "SQLite 3.45.1",
    "mysql 8.0.36",
    "PHP 8.3.3",
    "ruby 3.3.0",
    "Elixir 1.16.1",
    "dcmtk 3.6.8",
    "kubectl v1.29.2",
    "opentelemetry-sdk 1.23.0",
]
HTTP = ["HTTP/1.1 422 Unprocessable Entity", "HTTP/2 200", "HTTP/1.1 409 Conflict"]
ORGS = ["Gavi", "Médecins Sans Frontières", "PEPFAR", "Global Fund", "Pan American Health Organization"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Saturday"]
COUNTRY = {
    "mm": "Myanmar",
    "la": "Laos",
    "np": "Nepal",
    "pk": "Pakistan",
    "ir": "Iran",
    "bd": "Bangladesh",
    "in": "India",
    "bg": "Bulgaria",
    "ng_sw": "Nigeria",
    "ng_n": "Nigeria",
    "rw": "Rwanda",
    "za": "South Africa",
    "az": "Azerbaijan",
    "sk": "Slovakia",
    "gal": "Spain",
    "lu": "Luxembourg",
    "nz": "New Zealand",
    "id": "Indonesia",
    "zw": "Zimbabwe",
    "us": "United States",
}
HEX = "0123456789abcdef"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def extras(rng: random.Random, culture: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and values derived from the person."""
    region = region_of(culture)
    lang = PLACES[region][7]
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
        "rxnorm": K(rng.choice(RXNORM)),
        "http": K(rng.choice(HTTP)),
        "ver": K(rng.choice(VERSIONS)),
        "org": K(rng.choice(ORGS)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "year": K(str(rng.randrange(2009, 2024))),
        "country": K(COUNTRY[region]),
        "sha": K(_hex(rng, 40)),
        "trace": K(_hex(rng, 32)),
        "span": K(_hex(rng, 16)),
        "uuid": K(f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}"),
        "age_dicom": P("AGE", f"{int(v['age90']):03d}Y"),
        "accession": P("ID", f"ACC{rng.randrange(10**7, 10**8)}"),
        "name_upper": P("NAME", str(v["name"]).upper()),
    }


# name cultures living in the United States (and Cook Islands Maori in New Zealand) for the technical kinds
US = ["hmn", "mh", "ch", "om", "ilo", "ti"]
US_NZ = [*US, "rar"]
MIX = [*US_NZ, "lb", "sk", "af"]

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "my_nat_clinic_card",
        ["my_nat"],
        "text",
        2,
        "ပြင်ပလူနာ မှတ်တမ်းကတ် -- «dept»\nအမည်: «name»\nမှတ်ပုံတင်အမှတ်: «natid»\nမွေးသက္ကရာဇ်: «dob»\n"
        "နေရပ်လိပ်စာ: «street»၊ «town» မြို့ «zip»\nဖုန်း: «phone_native»\nပြသသည့်နေ့: «visit»\n"
        "ဆေး: «ldrug»၊ «drug1»\nဆွေမျိုး: «rel» («e164»)\n",
    ),
    (
        "lo_nat_referral",
        ["lo_nat"],
        "text",
        2,
        "ໃບສົ່ງຕໍ່ຄົນເຈັບ -- «dept»\nຊື່ ແລະ ນາມສະກຸນ: «name»\nເລກບັດປະຈຳຕົວ: «natid»\nວັນເດືອນປີເກີດ: «dob»\n"
        "ທີ່ຢູ່: «street», «town» «zip»\nເບີໂທ: «phone»\nວັນທີກວດ: «visit»\nຢາ: «ldrug», «drug2»\n"
        "ຍາດພີ່ນ້ອງ: «rel», «e164»\n",
    ),
    (
        "ne_nat_discharge",
        ["ne_nat"],
        "text",
        2,
        "डिस्चार्ज सारांश -- «dept»\nबिरामीको नाम: «name»\nनागरिकता नं.: «natid»\nजन्म मिति: «dob»\n"
        "ठेगाना: «street», «town» «zip»\nसम्पर्क: «phone»\nभर्ना मिति: «visit»\nडिस्चार्ज मिति: «visit2»\n"
        "निदान: «icd»; «lab1»\nऔषधि: «ldrug», «drug3»\nआफन्त: «rel» («e164»)\n",
    ),
    (
        "ur_nat_prescription",
        ["ur_nat"],
        "text",
        2,
        "نسخہ -- «dept»\nمریض کا نام: «name»\nشناختی کارڈ نمبر: «natid»\nتاریخ پیدائش: «dob»\n"
        "پتہ: «street»، «town» «zip»\nموبائل: «phone»\nتاریخ: «visit»\nادویات: «ldrug»؛ «drug1»\n"
        "تشخیص: «icd»\nرشتہ دار: «rel»، «e164»\n",
    ),
    (
        "fa_nat_lab_report",
        ["fa_nat"],
        "text",
        2,
        "گزارش آزمایشگاه -- «dept»\nنام و نام خانوادگی: «name»\nکد ملی: «natid»\nتاریخ تولد: «dob»\n"
        "نشانی: «town»، «street»\nکد پستی: «zip»\nتلفن همراه: «phone_native»\nتاریخ نمونه‌گیری: «visit»\n"
        "نتایج: «lab1»؛ «lab2» (LOINC «loinc»)\nدارو: «ldrug»\n",
    ),
    (
        "bn_nat_birth_notice",
        ["bn_nat"],
        "text",
        2,
        "জন্ম বিজ্ঞপ্তি -- «dept»\nমায়ের নাম: «name»\nপিতার নাম: «rel»\nমায়ের এনআইডি: «natid»\n"
        "শিশুর জন্ম তারিখ: «visit»\nঠিকানা: «street», «town» «zip»\nমোবাইল: «phone_native»\n"
        "মায়ের ওষুধ: «ldrug»\n",
    ),
    (
        "te_nat_vaccination_card",
        ["te_nat"],
        "text",
        2,
        "టీకా కార్డు -- «dept»\nపేరు: «name»\nఆధార్: «natid»\nపుట్టిన తేదీ: «dob»\nచిరునామా: «street», «town» "
        "- «zip»\nఫోన్: «phone»\nటీకా తేదీ: «visit»; తదుపరి: «visit2»\nమందులు: «ldrug»\nసంరక్షకుడు: «rel»\n",
    ),
    (
        "bg_nat_epikriza",
        ["bg_nat"],
        "text",
        2,
        "ЕПИКРИЗА -- «dept»\nПациент: «name»\nЕГН: «natid»\nДата на раждане: «dob»\n"
        "Адрес: гр. «town» «zip», «street»\nТелефон: «phone»\nПостъпил на: «visit», изписан на «visit2»\n"
        "Диагноза: «icd»; «lab1»\nТерапия: «ldrug», «drug2»\nБлизък: «rel», тел. «e164»\n",
    ),
    (
        "yo_iwe_itokasi",
        ["yo"],
        "text",
        2,
        "ÌWÉ ÌTỌ́KASÍ -- «dept»\nOrúkọ aláìsàn: «name»\nNọ́mbà ìdánimọ̀ (NIN): «natid»\nỌjọ́ ìbí: «dob»\n"
        "Àdírẹ́sì: «street», «town» «zip»\nFóònù: «phone»\nỌjọ́ ìbẹ̀wò: «visit»\n"
        "Aláìsàn náà ń lo «ldrug» àti «drug1». «lab1».\nẸbí: «rel» («e164»)\n",
    ),
    (
        "ha_sms_tunatarwa",
        ["ha"],
        "text",
        2,
        "+234 809 000 1100 -> «e164_compact»: Sannu «given», ana tunatar da ke/kai ganin likita "
        "ranar «visit» "
        "a «dept». Ka zo da katin NIN «natid».\n"
        + "+234 809 000 1100 -> «p2_e164_compact»: Sannu «p2_name», maganin «ldrug» ya kare. "
        "Ku zo «p2_visit».\n"
        "DELIVERED «weekday» batch «uuid»\n",
    ),
    (
        "rw_chw_raporo",
        ["rw"],
        "text",
        2,
        "RAPORO Y'UMUJYANAMA W'UBUZIMA -- «town»\nUmurwayi: «name»\nIndangamuntu: «natid»\n"
        "Yavutse: «dob»\nAho atuye: «street», «town»\nTelefoni: «phone»\nItariki yasuwe: «visit»\n"
        "Imiti: «ldrug»; yoherejwe kuri «dept».\nUmurwaza: «rel»\n",
    ),
    (
        "af_ontslagbrief",
        ["af"],
        "text",
        2,
        "ONTSLAGBRIEF -- «dept»\nPasiënt: «name»\nID-nommer: «natid»\nGeboortedatum: «dob»\n"
        "Adres: «street», «town» «zip»\nSelfoon: «phone»\nOpgeneem: «visit»; ontslaan «visit2»\n"
        "Diagnose: «icd». «lab1». Medikasie: «ldrug», «drug3».\nNaasbestaande: «rel» («e164»)\n",
    ),
    (
        "az_gonderis",
        ["az"],
        "text",
        2,
        "GÖNDƏRİŞ VƏRƏQƏSİ -- «dept»\nXəstə: «name»\nFİN: «natid»\nDoğum tarixi: «dob»\n"
        "Ünvan: «town» şəhəri, «street», «zip»\nMobil: «phone»\nQəbul tarixi: «visit»\n"
        "Diaqnoz: «icd»; «lab2». Dərmanlar: «ldrug», «drug1».\nYaxın qohumu: «rel», «e164»\n",
    ),
    (
        "sk_odporucanie",
        ["sk"],
        "text",
        2,
        "ODPORÚČANIE NA VYŠETRENIE -- «dept»\nMeno a priezvisko: «name»\nRodné číslo: «natid»\n"
        "Dátum narodenia: «dob»\nBydlisko: «street», «zip» «town»\nTel.: «phone»\nDátum: «visit»\n"
        "Dg.: «icd»; «lab1». Liečba: «ldrug», «drug2».\nKontaktná osoba: «rel», «e164»\n",
    ),
    (
        "gl_informe_alta",
        ["gl"],
        "text",
        2,
        "INFORME DE ALTA -- «dept»\nPaciente: «name»\nDNI: «natid»\nData de nacemento: «dob»\n"
        "Enderezo: «street», «zip» «town»\nTeléfono: «phone»\nIngreso: «visit»; alta: «visit2»\n"
        "Diagnóstico: «icd». «lab2». Tratamento: «ldrug», «drug1».\nFamiliar: «rel» («e164»)\n",
    ),
    (
        "lb_iwwerweisung",
        ["lb"],
        "text",
        2,
        "IWWERWEISUNG -- «dept»\nPatient: «name»\nMatrikel: «natid»\nGebuertsdatum: «dob»\n"
        "Adress: «street», «zip» «town»\nTelefon: «phone»\nDatum: «visit»\n"
        "Diagnos: «icd»; «lab1». Medikamenter: «ldrug», «drug3».\nKontaktpersoun: «rel», «e164»\n",
    ),
    (
        "jv_surat_rujukan",
        ["jv"],
        "text",
        2,
        "SERAT RUJUKAN -- «dept»\nAsma pasien: «name»\nNIK: «natid»\nTanggal lair: «dob»\n"
        "Alamat: «street», «town» «zip»\nNomer HP: «phone»\nTanggal priksa: «visit»\n"
        "Diagnosa: «icd». Obat: «ldrug», «drug2».\nKeluarga: «rel» («e164»)\n",
    ),
    (
        "sn_tsamba_rekutumira",
        ["sn"],
        "text",
        2,
        "TSAMBA REKUTUMIRA -- «dept»\nZita: «name»\nNhamba yechitupa: «natid»\nZuva rekuzvarwa: «dob»\n"
        "Kero: «street», «town»\nNhare: «phone»\nZuva: «visit»\n"
        "Mishonga: «ldrug», «drug1». «lab1».\nHama: «rel», «e164»\n",
    ),
    (
        "dicom_dcmdump",
        US_NZ,
        "text",
        2,
        "# Dicom-File-Format\n\n# Dicom-Meta-Information-Header\n"
        "# Used TransferSyntax: Little Endian Explicit\n"
        "(0002,0002) UI =CTImageStorage                          #  26, 1 MediaStorageSOPClassUID\n"
        "(0002,0013) SH [OFFIS_DCMTK_368]                        #  16, 1 ImplementationVersionName\n\n"
        "# Dicom-Data-Set\n# Used TransferSyntax: Little Endian Explicit\n"
        "(0008,0020) DA [«visit_compact»]                               #   8, 1 StudyDate\n"
        "(0008,0050) SH [«accession»]                            #  12, 1 AccessionNumber\n"
        "(0008,0060) CS [CT]                                     #   2, 1 Modality\n"
        "(0008,1090) LO [‹SOMATOM go.Up›]                          #  14, 1 ManufacturerModelName\n"
        "(0010,0010) PN [«name_caret»]                          #  18, 1 PatientName\n"
        "(0010,0020) LO [«mrn»]                              #  10, 1 PatientID\n"
        "(0010,0030) DA [«dob_compact»]                               #   8, 1 PatientBirthDate\n"
        "(0010,0040) CS [«sex»]                                      #   2, 1 PatientSex\n"
        "(0010,1010) AS [«age_dicom»]                                   #   4, 1 PatientAge\n"
        "(0010,1040) LO [«street», «town» «state» «zip»]        #  32, 1 PatientAddress\n"
        "(0010,2154) SH [«phone»]                       #  14, 1 PatientTelephoneNumbers\n"
        "(0032,1060) LO [CT CHEST WITHOUT CONTRAST]              #  26, 1 RequestedProcedureDescription\n"
        "(0040,0254) LO [CPT ‹71250›]                     #  10, 1 PerformedProcedureStepDescription\n",
    ),
    (
        "k8s_configmap_yaml",
        MIX,
        "text",
        2,
        "apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: intake-replay-fixture\n"
        "  namespace: ‹clinical-etl›\n"
        'data:\n  PATIENT_NAME: «name»\n  PATIENT_DOB: "«dob_iso»"\n  PATIENT_MRN: "«mrn»"\n'
        '  PATIENT_PHONE: "«e164»"\n  PATIENT_EMAIL: «email»\n  HOME_ADDRESS: «street», «town»\n'
        '  replay.json: |\n    {"member": "«member»", "visit": "«visit_iso»", "dx": "«icd»"}\n'
        "  IMAGE: registry.example/etl:«sha»\n",
    ),
    (
        "sqlite_box_output",
        MIX,
        "text",
        2,
        "sqlite> .mode box\nsqlite> SELECT id, full_name, dob, phone, city FROM patients WHERE flagged = 1;\n"
        "┌────┬──────────────────────┬────────────┬──────────────────┬──────────────┐\n"
        "│ id │      full_name       │    dob     │      phone       │     city     │\n"
        "├────┼──────────────────────┼────────────┼──────────────────┼──────────────┤\n"
        "│ 17 │ «name»       │ «dob_iso» │ «e164»  │ «town»     │\n"
        "│ 18 │ «p2_name»       │ «p2_dob_iso» │ «p2_e164»  │ «p2_town»     │\n"
        "└────┴──────────────────────┴────────────┴──────────────────┴──────────────┘\n"
        "sqlite> -- «ver», dx «icd»\n",
    ),
    (
        "mysql_cli_table",
        MIX,
        "text",
        2,
        "mysql> SELECT mrn, last_name, first_name, ssn, zip, drug FROM rx_queue LIMIT 2;\n"
        "+-----------+------------+------------+-------------+-------+----------------------+\n"
        "| mrn       | last_name  | first_name | ssn         | zip   | drug                 |\n"
        "+-----------+------------+------------+-------------+-------+----------------------+\n"
        "| «mrn» | «family»   | «given»    | «ssn» | «zip» | «drug1» |\n"
        "| «p2_mrn» | «p2_family»   | «p2_given»    | «p2_ssn» | «p2_zip» | «drug2» |\n"
        "+-----------+------------+------------+-------------+-------+----------------------+\n"
        "2 rows in set (0.01 sec)  -- «ver»\n",
    ),
    (
        "logfmt_lines",
        MIX,
        "text",
        2,
        'ts=2025-06-02T11:04:09Z level=warn svc=scheduler msg="reminder bounced" patient="«name»" '
        "mrn=«mrn» phone=«e164_compact» appt=«visit_ts» dept=«dept_en»\n"
        'ts=2025-06-02T11:04:10Z level=info svc=scheduler msg="fallback to email" to=«email» '
        'addr="«street», «town»" trace_id=«trace»\n'
        "ts=2025-06-02T11:04:10Z level=error svc=billing msg=«http» account=«account» build=«ver»\n",
    ),
    (
        "syslog_rfc5424",
        MIX,
        "text",
        2,
        '<134>1 2025-06-02T11:20:31.112Z ehr-db-02 pharmd 4412 RXFILL [rx@32473 pt="«name»" '
        'dob="«dob_iso»" npi="«npi»" dea="«dea»" ndc="«ndc»"] filled «drug3»\n'
        + "<131>1 2025-06-02T11:20:32.004Z ehr-db-02 pharmd 4412 RXFAIL - callback «phone» failed; "
        "ip=«ip» device=«imei»\n",
    ),
    (
        "redis_cli_hgetall",
        MIX,
        "text",
        2,
        '127.0.0.1:6379> HGETALL session:«uuid»\n 1) "patient_name"\n 2) "«name»"\n 3) "dob"\n'
        ' 4) "«dob_us»"\n 5) "mrn"\n 6) "«mrn»"\n 7) "portal"\n 8) "«url»"\n 9) "auth"\n'
        '10) "«token»"\n11) "last_rx"\n12) "«drug2»"\n127.0.0.1:6379> INFO server\n# «ver»\n',
    ),
    (
        "har_entry_json",
        MIX,
        "json",
        2,
        '{"log": {"version": "1.2", "creator": {"name": "Firefox", "version": "125.0"}, "entries": [{'
        '"startedDateTime": "2025-06-02T09:12:44.120Z", "request": {"method": "POST", "url": '
        '"https://portal.example/api/intake", "headers": [{"name": "Authorization", '
        '"value": "Bearer «token»"}], '
        '"postData": {"mimeType": "application/x-www-form-urlencoded", "params": [{"name": "fullName", '
        '"value": "«name»"}, {"name": "dob", "value": "«dob_iso»"}, {"name": "phone", "value": "«e164»"}, '
        '{"name": "address", "value": "«street», «town»"}, {"name": "medication", "value": "«drug1»"}]}}, '
        '"response": {"status": 201, "content": {"mimeType": "application/json", "text": "created «uuid»"}}, '
        '"serverIPAddress": "10.0.4.12", "clientIP": "«ip»"}]}}',
    ),
    (
        "otel_span_json",
        MIX,
        "json",
        2,
        '{"traceId": "«trace»", "spanId": "«span»", "name": "POST /eligibility", "kind": 3, '
        '"attributes": [{"key": "http.status_code", "value": {"intValue": 200}}, '
        '{"key": "app.patient.name", "value": {"stringValue": "«name»"}}, '
        '{"key": "app.patient.member_id", "value": {"stringValue": "«member»"}}, '
        '{"key": "app.patient.birth_date", "value": {"stringValue": "«dob_iso»"}}, '
        '{"key": "app.patient.email", "value": {"stringValue": "«email»"}}, '
        '{"key": "app.claim.cpt", "value": {"stringValue": "«cpt»"}}, '
        '{"key": "service.version", "value": {"stringValue": "«ver»"}}]}',
    ),
    (
        "sqs_message_json",
        MIX,
        "json",
        2,
        '{"Messages": [{"MessageId": "«uuid»", "ReceiptHandle": "«sha»", "MD5OfBody": "«span»", '
        '"Body": "{\\"type\\": \\"ADMIT\\", \\"patient\\": {\\"name\\": \\"«name»\\", \\"dob\\": '
        '\\"«dob_us»\\", \\"ssn\\": \\"«ssn»\\", \\"addr\\": \\"«street», «town», «state» «zip»\\"}, '
        '\\"unit\\": \\"«dept_en»\\", \\"dx\\": \\"«icd»\\"}", '
        '"Attributes": {"SentTimestamp": "1717322400000", "ApproximateReceiveCount": "3"}}]}',
    ),
    (
        "php_var_dump",
        MIX,
        "text",
        2,
        "PHP Warning:  Undefined index: insurer in /var/www/intake/save.php on line 88\n"
        'array(7) {\n  ["name"]=>\n  string(18) "«name»"\n  ["dob"]=>\n  string(10) "«dob_iso»"\n'
        '  ["phone"]=>\n  string(14) "«phone»"\n  ["email"]=>\n  string(26) "«email»"\n'
        '  ["address"]=>\n  string(30) "«street», «town»"\n  ["medicare"]=>\n  string(13) "«mbi»"\n'
        '  ["meds"]=>\n  array(1) {\n    [0]=>\n    string(20) "«drug2»"\n  }\n}\n(«ver»)\n',
    ),
    (
        "ruby_irb_inspect",
        MIX,
        "text",
        2,
        'irb(main):004:0> Patient.find_by(mrn: "«mrn»")\n=> #<Patient id: 8812, full_name: "«name»", '
        'birth_date: "«dob_iso»", phone: "«e164»", email: "«email»", street: "«street»", city: "«town»", '
        'zip: "«zip»", vehicle_vin: "«vin»", created_at: "2025-05-30 07:12:44.000000000 +0000">\n'
        'irb(main):005:0> _.prescriptions.last.drug\n=> "«drug3»"\n# «ver»\n',
    ),
    (
        "elixir_iex_inspect",
        MIX,
        "text",
        2,
        "iex(3)> Intake.Repo.get!(Intake.Patient, 771)\n%Intake.Patient{\n  __meta__: "
        '#Ecto.Schema.Metadata<:loaded, "patients">,\n  id: 771,\n  name: "«name»",\n'
        '  born_on: ~D[«dob_iso»],\n  phone: "«phone»",\n  address: "«street», «town» «zip»",\n'
        '  plan_id: "«member»",\n  device_udi: "«udi»",\n  allergies: ["penicillin"],\n'
        "  inserted_at: ~U[2025-05-01 08:00:00Z]\n}\n# «ver»\n",
    ),
    (
        "ncpdp_newrx_xml",
        US,
        "text",
        2,
        '<?xml version="1.0" encoding="UTF-8"?>\n<Message><Header><To Qualifier="P">7701630</To>'
        "<MessageID>«uuid»</MessageID></Header><Body><NewRx>\n"
        "<Prescriber><NonVeterinarian><Identification><NPI>«npi»</NPI><DEANumber>«dea»</DEANumber>"
        "</Identification></NonVeterinarian></Prescriber>\n<Patient><HumanPatient><Name><LastName>«family»"
        "</LastName><FirstName>«given»</FirstName></Name><Gender>«sex»</Gender><DateOfBirth><Date>«dob_iso»"
        "</Date></DateOfBirth>\n<Address><AddressLine1>«street»</AddressLine1><City>«town»</City>"
        "<StateProvince>«state»</StateProvince><PostalCode>«zip»</PostalCode></Address>\n"
        "<CommunicationNumbers><PrimaryTelephone><Number>«phone»</Number></PrimaryTelephone>"
        "</CommunicationNumbers></HumanPatient></Patient>\n<MedicationPrescribed><DrugDescription>«drug1»"
        "</DrugDescription><DrugCoded><ProductCode><Code>«ndc»</Code></ProductCode></DrugCoded>"
        "</MedicationPrescribed>\n</NewRx></Body></Message>\n",
    ),
    (
        "x12_834_enrollment",
        US,
        "text",
        2,
        "ISA*00*          *00*          *ZZ*SPONSOR01      *ZZ*PAYER02        *250601*1200*^*00501"
        "*000000905*0*P*:~\n"
        "GS*BE*SPONSOR01*PAYER02*20250601*1200*905*X*005010X220A1~\nST*834*0001*005010X220A1~\n"
        "INS*Y*18*021*28*A***FT~\nREF*0F*«ssn»~\nREF*1L*«member»~\n"
        "NM1*IL*1*«FAMILY»*«given»****34*«ssn»~\nPER*IP**HP*«phone»*EM*«email»~\n"
        "N3*«street»~\nN4*«town»*«state»*«zip»~\nDMG*D8*«dob_compact»*«sex»~\n"
        "HD*021**HLT*PPO GOLD 1500~\nDTP*348*D8*«visit_compact»~\nSE*13*0001~\n",
    ),
    (
        "ldif_entry",
        MIX,
        "text",
        2,
        "# patient portal directory export («ver»)\ndn: uid=«mrn»,ou=patients,dc=clinic,dc=example\n"
        "objectClass: inetOrgPerson\ncn: «name»\nsn: «family»\ngivenName: «given»\nmail: «email»\n"
        "telephoneNumber: «e164»\npostalAddress: «street»$«town»\nuserPassword: «password»\n"
        "description: dx «icd», on «drug2»\n",
    ),
    (
        "astm_e1394_result",
        US_NZ,
        "text",
        2,
        "H|\\^&|||cobas-c311^1.02|||||||P|1|2025060211220\n"
        "P|1||«mrn»||«name_caret»||«dob_compact»|«sex»|||||||||||||||||||||||||«street»^«town»\n"
        "O|1|«accession»||^^^GLU\\^^^CREA|R|«visit_compact»0810|||||N||||||||||||||F\n"
        "R|1|^^^‹2345-7›|«lab1»|||N||F\nL|1|N\n",
    ),
    (
        "zpl_wristband",
        US_NZ,
        "text",
        2,
        "^XA\n^CI28\n^FO40,30^A0N,40,40^FD«name_upper»^FS\n^FO40,80^A0N,28,28^FDDOB: «dob_us»  "
        "AGE: «age90»^FS\n^FO40,115^A0N,28,28^FDMRN: «mrn»  FIN: «account»^FS\n"
        "^FO40,150^A0N,24,24^FDALLERGY: SULFA   «dept_en»^FS\n^FO520,30^BQN,2,4^FDQA,«mrn»^FS\n^XZ\n",
    ),
    (
        "mar_grid",
        MIX,
        "text",
        2,
        "MEDICATION ADMINISTRATION RECORD      Ward: «dept_en»\nPatient: «name_inv»   MRN «mrn»   "
        "DOB «dob_us»\n" + "Allergies: NKDA        Wt 61 kg\n"
        "-------------------------------------------------------------------\n"
        "Medication                        | 06:00 | 12:00 | 18:00 | 22:00 |\n"
        "«drug1»                   |  GV   |  GV   |  --   |  --   |\n"
        "«drug2»                   |  --   |  RF   |  --   |  --   |\n"
        "-------------------------------------------------------------------\n"
        "Date: «visit_us»   Pharmacy contact «e164»   Next of kin «rel»\n",
    ),
    (
        "fixed_width_record",
        US,
        "text",
        2,
        "*** ELIGIBILITY EXTRACT  LRECL=120  CREATED «weekday» ***\n"
        "01«FAMILY»        «given»         «dob_compact»«sex»«ssn»  «zip»     \n"
        "02«street»                  «town»          «state»«phone»\n"
        "03«member»      «visit_compact»PPO   «icd»     \n99000003\n",
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(30):
        rng = random.Random(f"phigate-probe7:{seed}:{kind}:{index}:{attempt}")
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
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe7 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (seed-shifted)."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed) % len(cultures)], fmt, t)
        for kind, cultures, fmt, n, t in TEMPLATES
        for i in range(n)
    ]
