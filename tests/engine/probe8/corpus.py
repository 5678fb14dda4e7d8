"""Eighth independent probe corpus: 80 labelled documents in 40 kinds none of probes 1-7 used.

Kinds: letters or forms in native Serbian, Macedonian, Belarusian and Tajik Cyrillic, Uyghur (Arabic
script), Dhivehi (Thaana) and Odia (Odia digits), and in Danish, Greenlandic, Faroese, Lingala
(dates with ordinal month names), Ewe, Tahitian, Tok Pisin, Setswana and Luganda; and, with Navajo,
Chuukese, Karen, Assyrian and Dinka names in the United States (and some of the Latin-script cultures
above): a notebook cell with a pandas HTML table, pytest -vv dict diff, stern-prefixed JSON pod logs, a
GraphQL error with extensions, an X12 835 remittance, an NCPDP D.0 B1 claim with its control-character
separators, a FHIR XML bundle (values in attributes), a MIME mail with RFC 2047 encoded words, an OCR'd
fax with letter confusions, a Microsoft Teams Graph message with HTML body, a unified diff of a CSV
fixture, a systemd unit with journalctl output, a Solr response with highlighting, SpreadsheetML, an
reStructuredText grid table, a Java .properties file with \\u escapes, Android logcat, Swift dump(),
an xUnit record diff, PySpark vertical show(), DICOMweb JSON, a pg_dump COPY block, jq --stream paths
and a Postman collection.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Seeded: the same seed gives the same corpus. Conventions (as probes 4-7): a clinician's name is
unlabelled (templates avoid them); a provider's NPI/DEA is LICENSE; a year alone, a weekday, an age
under 90, a log line's own timestamp and a country or state are not PHI; a DICOM accession number is
ID, a DICOM UID is unlabelled; a date in native digits or another language is a DATE; a Tahitian DN
(social insurance number) is HEALTH_PLAN; an encoded or escaped name is labelled as it is written.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, P, Slot
from tests.engine.probe8.people import NAMES, PLACES, person, region_of

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "Empagliflozin 25 mg",
    "Carvedilol 6.25 mg",
    "Apixaban 2.5 mg",
    "Ceftriaxone 1 g IV",
    "Levetiracetam 500 mg",
    "Tamsulosin 0.4 mg",
    "Methotrexate 15 mg weekly",
    "Rivaroxaban 20 mg",
    "Sacubitril-valsartan 49/51 mg",
    "Dexamethasone 6 mg",
    "Vancomycin 1.25 g IV",
    "Semaglutide 0.5 mg",
]
LABS = [
    "Troponin T 48 ng/L",
    "eGFR 38 mL/min/1.73m2",
    "Sodium 128 mmol/L",
    "Lactate 4.1 mmol/L",
    "WBC 17.2 x10^9/L",
    "Ferritin 9 ug/L",
    "NT-proBNP 3120 pg/mL",
    "D-dimer 2.8 mg/L FEU",
    "Magnesium 0.52 mmol/L",
    "CRP 187 mg/L",
]
# Names of people inside medical terms: they must survive (they name a disease, sign or device).
EPONYMS = [
    "Hashimoto thyroiditis",
    "Guillain-Barré syndrome",
    "Crohn disease",
    "Bell palsy",
    "Kawasaki disease",
    "Hodgkin lymphoma",
    "Graves disease",
    "Wernicke encephalopathy",
    "Foley catheter",
    "Glasgow Coma Scale 13",
]
# date language: (departments, local drug names)
LOCAL: dict[str, tuple[list[str], list[str]]] = {
    "da": (["Medicinsk Afdeling", "Akutmodtagelsen"], ["Pinex 500 mg", "Furix 40 mg"]),
    "kl": (["Napparsimmavik, Medicinsk afsnit", "Peqqissaaqarfik"], ["Panodil 500 mg", "Ipren 400 mg"]),
    "sr_nat": (["Интерна клиника", "Ургентни центар"], ["Бруфен 400 мг", "Кафетин 500 мг"]),
    "mk_nat": (["Клиника за кардиологија", "Ургентен центар"], ["Аналгин 500 мг", "Андол 100 мг"]),
    "be_nat": (
        ["Тэрапеўтычнае аддзяленне", "Прыёмнае аддзяленне"],
        ["Парацэтамол 500 мг", "Эналапрыл 10 мг"],
    ),
    "tg_nat": (["Шуъбаи терапия", "Шуъбаи ёрии таъҷилӣ"], ["Парасетамол 500 мг", "Метформин 850 мг"]),
    "ug_nat": (
        ["ئىچكى كېسەللىكلەر بۆلۈمى", "جىددىي قۇتقۇزۇش بۆلۈمى"],
        ["پاراسېتامول 500 mg", "مېتفورمىن 500 mg"],
    ),
    "dv_nat": (["މެޑިސިން ޑިޕާޓްމަންޓް", "އެމަޖެންސީ"], ["ޕެނަޑޯލް 500 mg", "Amlodipine 5 mg"]),
    "or_nat": (["ମେଡିସିନ ବିଭାଗ", "ଜରୁରୀକାଳୀନ ବିଭାଗ"], ["ପାରାସିଟାମଲ 500 mg", "ମେଟଫର୍ମିନ 500 mg"]),
    "ln": (["Service ya Médecine Interne", "Lopitalo ya Bana"], ["Quinine 600 mg", "Coartem 80/480 mg"]),
    "ee": (["Dɔnɔdzikpɔƒe", "Kpekpeɖeŋu Ɣeyiɣi"], ["Paracetamol 500 mg", "Artesunate 60 mg"]),
    "ty": (["Service de Médecine, Taaone", "Urgences"], ["Spasfon 80 mg", "Doliprane 1 g"]),
    "tpi": (["Medical Ward", "Haus Sik Meri"], ["Amoxicillin 250 mg", "Primaquine 15 mg"]),
    "tn": (["Lefapha la Malwetsi a Kafa Teng", "Emergency Unit"], ["Dolutegravir 50 mg", "Isoniazid 300 mg"]),
    "lg": (["Ekitongole ky'Abalwadde ab'Omunda", "Emergency Ward"], ["Fansidar 500/25 mg", "Septrin 960 mg"]),
    "fo": (["Medisinska deildin", "Bráðdeildin"], ["Ibumetin 400 mg", "Kodimagnyl 500 mg"]),
}
DEPTS = [
    "Cardiology",
    "Hepatology",
    "Pulmonary Clinic",
    "Oncology Infusion",
    "Wound Care",
    "Labor and Delivery",
]
ICD = ["I21.4", "E87.1", "J44.1", "K85.90", "N39.0", "G40.909", "C34.90", "L89.153", "O13.9", "R65.21"]
LOINC = ["10839-9", "33914-3", "2951-2", "32693-4", "30934-4", "1988-5"]
SNOMED = [
    ("22298006", "Myocardial infarction"),
    ("13645005", "COPD"),
    ("68566005", "Urinary tract infection"),
]
CPT = ["99284", "93000", "80053", "70553", "J1885"]
NDC = ["0093-7663-56", "60505-2579-3", "0378-3512-77", "68180-0513-06"]
VERSIONS = [
    "pandas 2.2.2",
    "pytest-8.2.1",
    "Solr 9.6.0",
    "Spark 3.5.1",
    "PostgreSQL 16.3",
    "xunit 2.8.1",
    "Swift 5.10",
    "jq-1.7.1",
    "Postman v11.2",
]
HTTP = ["HTTP/1.1 503 Service Unavailable", "HTTP/2 429", "HTTP/1.1 400 Bad Request"]
ORGS = [
    "Indian Health Service",
    "Doctors Without Borders",
    "World Health Organization",
    "UNICEF",
    "Red Crescent",
]
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri"]
CODE = [
    "PatientMergeService",
    "reconcile_demographics",
    "IntakeRepository",
    "EligibilityWorker",
    "hl7_bridge",
]
COUNTRY = {
    "dk": "Denmark",
    "gl": "Greenland",
    "rs": "Serbia",
    "mk": "North Macedonia",
    "by": "Belarus",
    "tj": "Tajikistan",
    "xj": "China",
    "mv": "Maldives",
    "od": "India",
    "cd": "DR Congo",
    "gh": "Ghana",
    "pf": "French Polynesia",
    "pg": "Papua New Guinea",
    "bw": "Botswana",
    "ug": "Uganda",
    "fo": "Faroe Islands",
    "us": "United States",
}
HEX = "0123456789abcdef"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def java_escape(s: str) -> str:
    """How native2ascii writes a non-ASCII character in a .properties file."""
    return "".join(c if ord(c) < 128 else f"\\u{ord(c):04x}" for c in s)


def encoded_word(s: str) -> str:
    """An RFC 2047 Q-encoded word (a mail header's display name as clients write it)."""
    out = []
    for b in s.encode():
        c = chr(b)
        out.append("_" if c == " " else c if c.isascii() and c.isalnum() else f"={b:02X}")
    return f"=?UTF-8?Q?{''.join(out)}?="


def extras(rng: random.Random, culture: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and values derived from the person."""
    region = region_of(culture)
    lang = PLACES[region].lang
    depts, ldrugs = LOCAL.get(lang, (DEPTS, DRUGS))
    drugs = rng.sample(DRUGS, 3)
    labs = rng.sample(LABS, 2)
    v = {k: s.value for k, s in p.items() if isinstance(s, P)}
    snomed = rng.choice(SNOMED)
    ndc = rng.choice(NDC)
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "ldrug": K(rng.choice(ldrugs)),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "dept": K(rng.choice(depts)),
        "dept_en": K(rng.choice(DEPTS)),
        "eponym": K(rng.choice(EPONYMS)),
        "icd": K(rng.choice(ICD)),
        "loinc": K(rng.choice(LOINC)),
        "snomed": K(snomed[0]),
        "snomed_display": K(snomed[1]),
        "cpt": K(rng.choice(CPT)),
        "ndc": K(ndc),
        "ndc11": "".join(f"{int(x):0{w}d}" for x, w in zip(ndc.split("-"), (5, 4, 2), strict=True)),
        "http": K(rng.choice(HTTP)),
        "ver": K(rng.choice(VERSIONS)),
        "org": K(rng.choice(ORGS)),
        "code": K(rng.choice(CODE)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "year": K(str(rng.randrange(2008, 2023))),
        "age_young": K(f"{rng.randrange(19, 89)}-year-old"),
        "country": K(COUNTRY[region]),
        "sha": K(_hex(rng, 40)),
        "short_sha": K(_hex(rng, 7)),
        "trace": K(_hex(rng, 32)),
        "uuid": K(f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-b{_hex(rng, 3)}-{_hex(rng, 12)}"),
        # a search engine's record id: unlabelled (arguably a record identifier, not scored either way)
        "doc_uuid": f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}",
        "study_uid": K(f"1.2.840.113619.2.{rng.randrange(100, 999)}.{rng.randrange(10**9, 10**10)}"),
        "age_dicom": P("AGE", f"{int(v['age90']):03d}Y"),
        "accession": P("ID", f"A{rng.randrange(10**8, 10**9)}"),
        "rxno": P("ID", f"{rng.randrange(10**6, 10**7)}"),
        "name_upper": P("NAME", str(v["name"]).upper()),
        "name_jesc": P("NAME", java_escape(str(v["name"]))),
        "street_jesc": P("ADDRESS", java_escape(str(v["street"]))),
        "town_jesc": P("ADDRESS", java_escape(str(v["town"]))),
        "name_qp": P("NAME", encoded_word(str(v["name"]))),
        "phone_digits": P("PHONE", "".join(c for c in str(v["phone"]) if c.isdigit())),
        "hl_name": ("<em>", p["family"], "</em> ", p["given"]),
    }


# name cultures living in the United States for the US-only kinds (X12, NCPDP); MIX adds Latin-script
# cultures living at home for the technical kinds that are not US-specific.
US = ["nv", "chk", "kar", "aii", "din"]
MIX = [*US, "da", "fo", "ln", "ty", "tn", "lg", "ee", "kl", "tpi"]

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "da_epikrise",
        ["da"],
        "text",
        2,
        "EPIKRISE -- «dept»\nPatient: «name»\nCPR-nr.: «natid»\nFødt: «dob» (alder «age90» år)\n"
        "Adresse: «street», «zip» «town»\nTlf.: «phone»\nIndlagt: «visit», udskrevet «visit2»\n"
        "Diagnose: «icd» «eponym». «lab1».\nMedicin: «ldrug», «drug1».\nPårørende: «rel», tlf. «e164»\n",
    ),
    (
        "kl_nalunaarut",
        ["kl"],
        "text",
        2,
        "NALUNAARUT -- «dept»\nNappaatilik: «name»\nCPR-normu: «natid»\nInunngorfia: «dob»\n"
        "Najugaq: «street», «zip» «town»\nOqarasuaat: «phone»\nUlloq: «visit»\n"
        "Nakorsaatit: «ldrug»; «drug2». «lab2».\nIlaqutaq: «rel» («e164»)\n",
    ),
    (
        "sr_nat_otpusna_lista",
        ["sr_nat"],
        "text",
        2,
        "ОТПУСНА ЛИСТА -- «dept»\nПацијент: «name»\nЈМБГ: «natid»\nДатум рођења: «dob»\n"
        "Адреса: «street», «zip» «town»\nТелефон: «phone»\nПримљен: «visit», отпуштен: «visit2»\n"
        "Дијагноза: «icd»; «lab1»\nТерапија: «ldrug», «drug2»\nКонтакт: «rel», тел. «e164»\n",
    ),
    (
        "mk_nat_upat",
        ["mk_nat"],
        "text",
        2,
        "УПАТ ЗА СПЕЦИЈАЛИСТ -- «dept»\nПациент: «name»\nЕМБГ: «natid»\nДата на раѓање: «dob»\n"
        "Адреса: «street», «zip» «town»\nТелефон: «phone»\nДатум на преглед: «visit»\n"
        "Дијагноза: «icd»; «lab2»\nТерапија: «ldrug»\nБлиско лице: «rel», «e164»\n",
    ),
    (
        "be_nat_vypiska",
        ["be_nat"],
        "text",
        2,
        "ВЫПІСКА З МЕДЫЦЫНСКАЙ КАРТЫ -- «dept»\nПацыент: «name»\nІдэнтыфікацыйны нумар: «natid»\n"
        "Дата нараджэння: «dob»\nАдрас: «zip», г. «town», «street»\nТэлефон: «phone»\n"
        "Паступіў: «visit»; выпісаны: «visit2»\nДыягназ: «icd»; «lab1»\nЛячэнне: «ldrug», «drug3»\n"
        "Сваяк: «rel», «e164»\n",
    ),
    (
        "tg_nat_malumotnoma",
        ["tg_nat"],
        "text",
        2,
        "МАЪЛУМОТНОМА -- «dept»\nБемор: «name»\nРМА: «natid»\nСанаи таваллуд: «dob»\n"
        "Суроға: «zip», ш. «town», «street»\nТелефон: «phone»\nСанаи муоина: «visit»\n"
        "Ташхис: «icd»; «lab2»\nДоруҳо: «ldrug», «drug1»\nХешовандон: «rel» («e164»)\n",
    ),
    (
        "ug_nat_chiqish_xatirisi",
        ["ug_nat"],
        "text",
        2,
        "دوختۇرخانىدىن چىقىش خاتىرىسى -- «dept»\nبىمار ئىسمى: «name»\nكىملىك نومۇرى: «natid»\n"
        "تۇغۇلغان ۋاقتى: «dob»\nئادرېسى: «town»، «street»، پوچتا نومۇرى «zip»\nتېلېفون: «phone»\n"
        "دوختۇرخانىغا كىرگەن ۋاقتى: «visit»\nدىئاگنوز: «icd»؛ «lab1»\nدورا: «ldrug»، «drug2»\n"
        "ئائىلە ئەزاسى: «rel»، «e164»\n",
    ),
    (
        "dv_nat_referral",
        ["dv_nat"],
        "text",
        2,
        "ރިފަރަލް ސިޓީ -- «dept»\nބަލިމީހާގެ ނަން: «name»\nއައިޑީ ކާޑު ނަންބަރު: «natid»\n"
        "އުފަން ތާރީޚު: «dob»\nއެޑްރެސް: «street»، «town» «zip»\nފޯނު: «phone»\nތާރީޚު: «visit»\n"
        "ބޭސް: «ldrug»، «drug1»\nގާތްތިމާގެ މީހާ: «rel» («e164»)\n",
    ),
    (
        "or_nat_discharge",
        ["or_nat"],
        "text",
        2,
        "ଡିସଚାର୍ଜ ସାରାଂଶ -- «dept»\nରୋଗୀଙ୍କ ନାମ: «name»\nଆଧାର: «natid»\nଜନ୍ମ ତାରିଖ: «dob»\n"
        "ଠିକଣା: «street», «town» - «zip»\nଫୋନ: «phone»\nଭର୍ତ୍ତି ତାରିଖ: «visit»\n"
        "ରୋଗ ନିର୍ଣ୍ଣୟ: «icd»; «lab1»\nଔଷଧ: «ldrug», «drug3»\nସମ୍ପର୍କୀୟ: «rel» («e164»)\n",
    ),
    (
        "ln_mokanda_kotinda",
        ["ln"],
        "text",
        2,
        "MOKANDA YA KOTINDA MOBƐ́LƐ -- «dept»\nKómbó ya mobɛ́lɛ: «name»\nNimero ya káti: «natid»\n"
        "Mokolo ya mbotama: «dob» (mbula «age90»)\nAdrɛ́sí: «street», «town»\nTelefɔ́ní: «phone»\n"
        "Mokolo ya botaleli: «visit»\nBokɔnɔ: «icd»; «lab2»\nNkísi: «ldrug», «drug1»\n"
        "Moto ya libota: «rel», «e164»\n",
    ),
    (
        "ee_agbale_dodo",
        ["ee"],
        "text",
        2,
        "AGBALẼ ƉOƉO -- «dept»\nDɔnɔ ƒe ŋkɔ: «name»\nGhana Card: «natid»\nDzigbeŋkeke: «dob»\n"
        "Adrɛs: «street», «town» («gps»)\nFon: «phone»\nŊkeke si wokpɔe: «visit»\n"
        "Dɔléle: «icd»; «lab1»\nAtike: «ldrug», «drug2»\nƑometɔ: «rel» («e164»)\n",
    ),
    (
        "ty_rata_faaite",
        ["ty"],
        "text",
        2,
        "RATA FAAITE -- «dept»\nI'oa o te ma'i: «name»\nN° DN: «natid»\nMahana fanaura'a: «dob»\n"
        "Nohora'a: «street», «zip» «town»\nNiuniu: «phone»\nMahana hi'ora'a: «visit»\n"
        "Ma'i: «icd» «eponym»; «lab2»\nRa'au: «ldrug», «drug3»\nFetii: «rel», «e164»\n",
    ),
    (
        "tpi_pas_salim_sikman",
        ["tpi"],
        "text",
        2,
        "PAS BILONG SALIM SIKMAN -- «dept»\nNem bilong sikman: «name»\nNID namba: «natid»\n"
        "De em i bon: «dob»\nPles: «street», «town» «zip»\nFon: «phone»\n"
        "De bilong lukim dokta: «visit»\nSik: «icd»; «lab1»\nMarasin: «ldrug», «drug1»\n"
        "Wantok: «rel», «e164»\n",
    ),
    (
        "tn_lekwalo_kromeletso",
        ["tn"],
        "text",
        2,
        "LEKWALO LA KROMELETSO -- «dept»\nLeina la molwetse: «name»\nOmang: «natid»\n"
        "Letsatsi la matsalo: «dob»\nAterese: «street», «town»\nMogala: «phone»\n"
        "Letsatsi la tlhatlhobo: «visit»\nBolwetse: «icd»; «lab2»\nDitlhare: «ldrug», «drug2»\n"
        "Wa losika: «rel» («e164»)\n",
    ),
    (
        "lg_ebbaluwa_okusindika",
        ["lg"],
        "text",
        2,
        "EBBALUWA Y'OKUSINDIKA -- «dept»\nErinnya ly'omulwadde: «name»\nNIN: «natid»\nYazaalibwa: «dob»\n"
        "Endagiriro: «street», «town»\nEssimu: «phone»\nOlunaku lw'okukeberebwa: «visit»\n"
        "Obulwadde: «icd» «eponym»; «lab1»\nEddagala: «ldrug», «drug3»\nOw'oluganda: «rel», «e164»\n",
    ),
    (
        "fo_tilvising",
        ["fo"],
        "text",
        2,
        "TILVÍSING -- «dept»\nSjúklingur: «name»\nP-tal: «natid»\nFødd(ur): «dob»\nAldur: «age90» ár\n"
        "Bústaður: «street», «zip» «town»\nTelefon: «phone»\nDagfesting: «visit»\n"
        "Sjúkueyðkenni: «icd»; «lab2»\nHeilivágur: «ldrug», «drug1»\nNæsti avvarðandi: «rel», «e164»\n",
    ),
    (
        "nb_html_output_json",
        MIX,
        "json",
        2,
        '{"cells": [{"cell_type": "code", "execution_count": 7, "metadata": {}, "source": '
        '["cohort = pd.read_parquet(\\"s3://ehr-lake/cohort.parquet\\")\\n", "cohort.head(2)"], '
        '"outputs": [{"output_type": "execute_result", "execution_count": 7, "metadata": {}, "data": {'
        '"text/html": ["<table border=\\"1\\" class=\\"dataframe\\">\\n", '
        '"<thead><tr><th></th><th>mrn</th><th>patient</th><th>born</th><th>city</th><th>a1c</th></tr>'
        '</thead>\\n", "<tbody>\\n", '
        '"<tr><th>0</th><td>«mrn»</td><td>«name»</td><td>«dob_iso»</td><td>«town»</td><td>9.4</td></tr>\\n", '
        '"<tr><th>1</th><td>«p2_mrn»</td><td>«p2_name»</td><td>«p2_dob_iso»</td><td>«p2_town»</td>'
        '<td>6.1</td></tr>\\n", "</tbody></table>"], '
        '"text/plain": ["   mrn  patient  born  city  a1c\\n", "0  «mrn»  «name»  «dob_iso»  «town»  '
        '9.4\\n", '
        '"1  «p2_mrn»  «p2_name»  «p2_dob_iso»  «p2_town»  6.1"]}}]}, '
        '{"cell_type": "markdown", "metadata": {}, "source": ["Cohort: «icd», «eponym»; «ver»"]}], '
        '"metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3"}}, '
        '"nbformat": 4, "nbformat_minor": 5}',
    ),
    (
        "pytest_vv_dict_diff",
        MIX,
        "text",
        2,
        "________________________ test_merge_prefers_latest_contact ________________________\n\n"
        "    def test_merge_prefers_latest_contact():\n        merged = «code»().merge(OLD, NEW)\n"
        ">       assert merged == EXPECTED\n"
        "E       AssertionError: assert {'mrn': '«mrn»', 'name': '«name»', 'dob': '«dob_iso»', "
        "'phone': '«phone»'} == {'mrn': '«mrn»', 'name': '«name»', 'dob': '«dob_iso»', 'phone': '«e164»'}\n"
        "E         \nE         Common items:\nE         {'dob': '«dob_iso»', 'email': '«email»', 'mrn': "
        "'«mrn»', "
        "'name': '«name»'}\n"
        "E         Differing items:\nE         {'phone': '«phone»'} != {'phone': '«e164»'}\nE         \n"
        "E         Full diff:\nE           {\nE               'dob': '«dob_iso»',\n"
        "E               'mrn': '«mrn»',\nE               'name': '«name»',\nE         -     'phone': "
        "'«e164»',\n"
        "E         +     'phone': '«phone»',\nE           }\n\ntests/test_merge.py:41: AssertionError\n"
        "# fixture cohort: «eponym», «icd»\n=========== 1 failed, 212 passed in 3.18s (‹pytest-8.2.1›) "
        "===========\n",
    ),
    (
        "stern_json_logs",
        MIX,
        "text",
        2,
        'intake-api-7d9f5c-x2kqp api {"level":"info","ts":"2025-06-02T09:20:01.004Z","msg":"lookup",'
        '"patient":{"mrn":"«mrn»","name":"«name»","dob":"«dob_iso»"},"trace_id":"«trace»"}\n'
        'intake-api-7d9f5c-x2kqp api {"level":"warn","ts":"2025-06-02T09:20:01.212Z","msg":"address '
        'mismatch",'
        '"input":"«street», «town» «zip»","client_ip":"«ip»","caller":"geocode/client.go:118"}\n'
        'intake-api-7d9f5c-x2kqp api {"level":"error","ts":"2025-06-02T09:20:02.015Z","msg":"sms failed",'
        '"to":"«e164_compact»","err":"«http»"}\n'
        'nemt-worker-5b8c-q9dzt worker {"level":"info","ts":"2025-06-02T09:21:44.870Z","msg":"ride booked",'
        '"pickup":"«visit_ts»","vin":"«vin»","plate":"«plate»","dx":"«icd»"}\n',
    ),
    (
        "graphql_errors_extensions",
        MIX,
        "json",
        2,
        '{"errors": [{"message": "Cannot return null for non-nullable field Patient.primaryCoverage.", '
        '"locations": [{"line": 14, "column": 5}], "path": ["patient", "primaryCoverage"], '
        '"extensions": {"code": "INTERNAL_SERVER_ERROR", "requestId": "«uuid»", "variables": {"mrn": '
        '"«mrn»", "dob": "«dob_iso»"}, '
        '"exception": {"stacktrace": ["Error: coverage lookup failed for member «member»", '
        '"    at CoverageResolver (/app/src/resolvers/coverage.ts:88:13)"]}}}], '
        '"data": {"patient": {"__typename": "Patient", "displayName": "«name»", "homeAddress": {"line1": '
        '"«street»", '
        '"city": "«town»", "postalCode": "«zip»"}, "primaryCoverage": null, '
        '"emergencyContact": {"name": "«rel»", "phone": "«e164»"}, "problems": ["«snomed_display»", '
        '"«icd»"], "medications": ["«drug1»"]}}}',
    ),
    (
        "x12_835_remittance",
        US,
        "text",
        2,
        "ISA*00*          *00*          *ZZ*PAYERNN8       *ZZ*CLINIC22       *250602*0930*^*00501"
        "*000004417*0*P*:~\nGS*HP*PAYERNN8*CLINIC22*20250602*0930*4417*X*005010X221A1~\n"
        "ST*835*0001~\nBPR*I*312.50*C*ACH*CCP*01*021000021*DA*0044556677*1512345678**01*011000015*DA*8800123~\n"
        "TRN*1*EFT88120045*1512345678~\nDTM*405*«visit2_compact»~\nN1*PR*‹CANYON RIDGE HEALTH PLAN›~\n"
        "N1*PE*RED MESA CLINIC*XX*«npi»~\nLX*1~\nCLP*«claim»*1*450*312.5*50*12*«account»*11*1~\n"
        "NM1*QC*1*«FAMILY»*«GIVEN»****MI*«member»~\nDTM*232*«visit_compact»~\nDTM*233*«visit_compact»~\n"
        "SVC*HC:«cpt»*450*312.5**1~\nCAS*CO*45*137.5~\nAMT*B6*400~\nLQ*HE*‹M86›~\nSE*17*0001~\n",
    ),
    (
        "ncpdp_d0_claim",
        US,
        "text",
        2,
        "610144D0B1          1011234567893     20250602          \x1e\x1cAM04\x1cC2«member»\x1cCC«GIVEN»"
        "\x1cCD«FAMILY»\x1e\x1cAM01\x1cC4«dob_compact»\x1cC52\x1cCA«GIVEN»\x1cCB«FAMILY»\x1cCM«street»"
        "\x1cCN«town»\x1cCO«state»\x1cCP«zip»\x1cCQ«phone_digits»\x1e\x1cAM07\x1cEM1\x1cD2«rxno»"
        "\x1cE103\x1cD7«ndc11»\x1cE730000\x1cD305\x1cD530\x1e\x1cAM03\x1cEZ01\x1cDB«npi»\x1d\n"
        "# decoded by ncpdp-tool: patient «name», drug «drug1» (NDC «ndc»), prescriber NPI «npi», dx «icd»\n",
    ),
    (
        "fhir_xml_bundle",
        MIX,
        "text",
        2,
        '<Bundle xmlns="http://hl7.org/fhir"><type value="searchset"/><total value="1"/>\n<entry><resource>'
        '<Patient><identifier><system value="urn:oid:2.16.840.1.113883.3.7418"/><value value="«mrn»"/>'
        "</identifier>\n"
        '<name><family value="«family»"/><given value="«given»"/></name>\n<telecom><system value="phone"/>'
        '<value value="«phone»"/></telecom><telecom><system value="email"/><value '
        'value="«email»"/></telecom>\n'
        '<gender value="«gender»"/><birthDate value="«dob_iso»"/>\n<address><line value="«street»"/>'
        '<city value="«town»"/><postalCode value="«zip»"/><country value="«country»"/></address>\n'
        "</Patient></resource></entry>\n<entry><resource><Condition><code><coding>"
        '<system value="http://snomed.info/sct"/><code value="«snomed»"/><display value="«snomed_display»"/>'
        '</coding></code><onsetDateTime value="«visit_iso»"/></Condition></resource></entry></Bundle>\n',
    ),
    (
        "mime_encoded_words",
        MIX,
        "text",
        2,
        "From: «name_qp» <«email»>\nTo: Patient Services <records@clinic.example>\n"
        "Subject: =?UTF-8?Q?Re:_appointment_change?=\nDate: «weekday», 02 Jun 2025 09:14:55 +0200\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=UTF-8\nContent-Transfer-Encoding: 8bit\n\n"
        "Hello,\n\nI cannot come on «visit_long». Could you call me at «e164»? «rel_given» from my family "
        "can drive me another day.\n\nOn Mon, 26 May 2025 at 10:02, Patient Services wrote:\n"
        "> Your appointment at «dept_en» is confirmed for «visit_long».\n> Reference: «account»\n"
        "> Please bring your «drug1» and your «year» vaccination card.\n\n-- \n«name»\n«street»\n"
        "«town»\n",
    ),
    (
        "ocr_fax_noise",
        US,
        "text",
        2,
        "FAX C0VER SHEET          Pages: 3 (incl. cover)\nTo: ‹Gallup lndian Medical Center› -- Records\n"
        "Re: Patlent Narne: «name_inv»        D0B: «dob_us»\nMRN#: «mrn»    Acct: «account»\n"
        "Addr: «street»  «town», «state» «zip»\nPh: «phone»     Home fax: «fax»\n\n"
        "CONFlDENTlALlTY NOTlCE: this transmission contains protected information.\n"
        "Dx: «icd» -- «eponym» ; meds: «drug1»\nSSN (last req.): «ssn»\nSent «visit_us» 14:02\n",
    ),
    (
        "teams_graph_message_json",
        MIX,
        "json",
        2,
        '{"@odata.context": "https://graph.microsoft.com/v1.0/$metadata#chats(\'19%3Aabc\')/messages", '
        '"value": [{"id": "1717322400000", "messageType": "message", "createdDateTime": '
        '"2025-06-02T09:20:00Z", '
        '"from": {"user": {"displayName": "Night Desk Bot", "id": "«uuid»"}}, "body": {"contentType": '
        '"html", '
        '"content": "<p>Pt <strong>«name»</strong> (MRN «mrn», DOB «dob_us») called from «phone» about '
        '«drug1» («icd», «lab1»).</p><p>Lives at «street», «town».</p>"}}, '
        '{"id": "1717322460000", "messageType": "message", "createdDateTime": "2025-06-02T09:21:00Z", '
        '"from": {"user": {"displayName": "Night Desk Bot", "id": "«uuid»"}}, "body": {"contentType": '
        '"html", '
        '"content": "<p>Contact is «rel» &lt;«email»&gt;; portal «url»</p>"}}]}',
    ),
    (
        "csv_fixture_diff",
        MIX,
        "text",
        2,
        "diff --git a/tests/fixtures/patients.csv b/tests/fixtures/patients.csv\nindex «short_sha»..8d0e4b2 "
        "100644\n--- a/tests/fixtures/patients.csv\n+++ b/tests/fixtures/patients.csv\n@@ -1,4 +1,4 @@ "
        "cohort «eponym»\n"
        ' mrn,name,dob,phone,zip,dx\n "«p2_mrn»","«p2_name_inv»",«p2_dob_iso»,«p2_phone»,«p2_zip»,«icd»\n'
        '-"«mrn»","«name_inv»",«dob_iso»,«phone»,«zip»,«icd»\n'
        '+"«mrn»","«name_inv»",«dob_iso»,«e164»,«zip»,«icd»\n',
    ),
    (
        "systemd_journal_env",
        MIX,
        "text",
        2,
        "# /etc/systemd/system/intake-replay.service\n[Unit]\nDescription=Replay for «code» («eponym» "
        "cohort)\n\n"
        "[Service]\nEnvironment=REPLAY_DX=«icd»\n"
        'Environment=REPLAY_PATIENT="«name»"\nEnvironment=REPLAY_DOB=«dob_iso»\n'
        "Environment=DATABASE_URL=postgresql://intake:«password»@10.20.3.4:5432/ehr\n"
        "ExecStart=/opt/intake/bin/replay --mrn «mrn»\n\n$ journalctl -u intake-replay --since today\n"
        'Jun 02 11:04:09 ehr-app-03 replay[4412]: loaded mrn=«mrn» name="«name»" phone=«e164»\n'
        "Jun 02 11:04:10 ehr-app-03 replay[4412]: geocoding «street», «town» «zip»\n"
        "Jun 02 11:04:10 ehr-app-03 systemd[1]: intake-replay.service: Main process exited, "
        "code=exited, status=1/FAILURE\n",
    ),
    (
        "solr_select_json",
        MIX,
        "json",
        2,
        '{"responseHeader": {"status": 0, "QTime": 4, "params": {"q": "family_name:«family»", "hl": "true", '
        '"hl.fl": "full_name"}}, "response": {"numFound": 1, "start": 0, "docs": [{"id": "«doc_uuid»", '
        '"mrn": "«mrn»", "full_name": "«name»", "birth_date": "«dob_iso»T00:00:00Z", "phone": "«phone»", '
        '"city": "«town»", "dx": ["«icd»", "«eponym»"], "meds": ["«drug1»"], "_version_": '
        "1801234567890123776}]}, "
        '"highlighting": {"«doc_uuid»": {"full_name": ["«hl_name»"]}}}',
    ),
    (
        "spreadsheetml_xml",
        MIX,
        "text",
        2,
        '<?xml version="1.0"?>\n<?mso-application progid="Excel.Sheet"?>\n'
        '<Workbook xmlns="urn:schemas-microsoft-com:office:spreadsheet" '
        'xmlns:ss="urn:schemas-microsoft-com:office:spreadsheet">\n<Worksheet ss:Name="Clinic list"><Table>\n'
        '<Row><Cell><Data ss:Type="String">Patient</Data></Cell><Cell><Data '
        'ss:Type="String">Born</Data></Cell>'
        '<Cell><Data ss:Type="String">Phone</Data></Cell><Cell><Data ss:Type="String">Street</Data></Cell>'
        '<Cell><Data ss:Type="String">HbA1c</Data></Cell></Row>\n'
        '<Row><Cell><Data ss:Type="String">«name»</Data></Cell>'
        '<Cell><Data ss:Type="DateTime">«dob_iso»T00:00:00.000</Data></Cell>'
        '<Cell><Data ss:Type="String">«phone»</Data></Cell><Cell><Data '
        'ss:Type="String">«street»</Data></Cell>'
        '<Cell><Data ss:Type="Number">8.2</Data></Cell></Row>\n'
        '<Row><Cell><Data ss:Type="String">«p2_name»</Data></Cell>'
        '<Cell><Data ss:Type="DateTime">«p2_dob_iso»T00:00:00.000</Data></Cell>'
        '<Cell><Data ss:Type="String">«p2_phone»</Data></Cell><Cell><Data ss:Type="String">«p2_street»</Data>'
        '</Cell><Cell><Data ss:Type="Number">7.1</Data></Cell></Row>\n</Table></Worksheet></Workbook>\n'
        "<!-- «code» «ver» dx «icd» -->\n",
    ),
    (
        "rst_grid_table",
        MIX,
        "text",
        2,
        "Test patients\n=============\n\n"
        "+------------+--------------------------+------------+--------------------+\n"
        "| MRN        | Name                     | DOB        | Phone              |\n"
        "+============+==========================+============+====================+\n"
        "| «mrn»      | «name»                   | «dob_iso»  | «phone»            |\n"
        "+------------+--------------------------+------------+--------------------+\n"
        "| «p2_mrn»   | «p2_name»                | «p2_dob_iso» | «p2_phone»       |\n"
        "+------------+--------------------------+------------+--------------------+\n\n"
        ".. note:: fixtures come from :class:`«code»`; both have «eponym» (ICD-10 «icd»).\n",
    ),
    (
        "java_properties_escapes",
        MIX,
        "text",
        2,
        "# fixtures/patient-seed.properties (ISO-8859-1; non-ASCII escaped by native2ascii)\n"
        "patient.1.name=«name_jesc»\npatient.1.birthDate=«dob_iso»\npatient.1.phone=«e164»\n"
        "patient.1.address=«street_jesc»\\\n    , «town_jesc»\npatient.1.mrn=«mrn»\npatient.1.dx=«icd»\n"
        "patient.1.medication=«drug1»\nmail.smtp.password=«password»\nspring.application.name=‹intake-seeder›\n",
    ),
    (
        "android_logcat",
        MIX,
        "text",
        2,
        "06-02 11:04:09.123  4412  4430 I PatientSync: upload Patient(id=«mrn», name=«name», "
        "birthDate=«dob_iso», phone=«e164», email=«email», meds=[«drug1»])\n"
        "06-02 11:04:09.131  4412  4430 D DeviceInfo: imei=«imei» model=Pixel 7a\n"
        "06-02 11:04:09.402  4412  4431 W OkHttp  : <-- «http» «url» (270ms)\n"
        "06-02 11:04:09.415  4412  4412 E AndroidRuntime: FATAL EXCEPTION: main\n"
        "06-02 11:04:09.415  4412  4412 E AndroidRuntime: java.lang.IllegalStateException: address "
        "«street», «town» failed validation\n"
        "06-02 11:04:09.415  4412  4412 E AndroidRuntime: \tat org.carenet.sync.«code».push(Sync.kt:88)\n",
    ),
    (
        "swift_dump_console",
        MIX,
        "text",
        2,
        '▿ Optional(CareKit.Patient)\n  ▿ some: CareKit.Patient\n    - id: "«mrn»"\n'
        '    ▿ name: CareKit.PersonName\n      - given: "«given»"\n      - family: "«family»"\n'
        '    - birthDate: «dob_iso» 00:00:00 +0000\n    - phone: "«e164»"\n'
        '    ▿ address: CareKit.Address\n      - line: "«street»"\n      - city: "«town»"\n'
        '    ▿ medications: 2 elements\n      - "«drug1»"\n      - "«drug2»"\n'
        '    - pumpSerial: "«serial»"\n(lldb) «ver»\n',
    ),
    (
        "dotnet_xunit_record",
        MIX,
        "text",
        2,
        "  Failed PatientApi.Tests.MergeTests.Merge_keeps_newest_address [12 ms]\n  Error Message:\n"
        "   Assert.Equal() Failure: Values differ\n"
        'Expected: PatientDto { Id = "«mrn»", Name = "«name»", BirthDate = «dob_iso», Phone = "«phone»", Dx '
        '= "«icd»", '
        'Address = AddressDto { Line1 = "«street»", City = "«town»" } }\n'
        'Actual:   PatientDto { Id = "«mrn»", Name = "«name»", BirthDate = «dob_iso», Phone = "«e164»", '
        'Address = AddressDto { Line1 = "«p2_street»", City = "«p2_town»" } }\n'
        "  Stack Trace:\n     at PatientApi.Tests.MergeTests.Merge_keeps_newest_address() in "
        "/src/tests/MergeTests.cs:line 48\n  Standard Output: seeded with «drug2»\n‹xunit 2.8.1›\n",
    ),
    (
        "spark_show_vertical",
        MIX,
        "text",
        2,
        ">>> df.filter(col('dx') == '«icd»').show(truncate=False, vertical=True)\n"
        "-RECORD 0--------------------------\n mrn        | «mrn»\n full_name  | «name»\n"
        " birth_date | «dob_iso»\n ssn        | «ssn»\n zip        | «zip»\n age        | «age90»\n"
        " dx         | «icd»\n last_lab   | «lab1»\n-RECORD 1--------------------------\n mrn        | "
        "«p2_mrn»\n"
        " full_name  | «p2_name»\n birth_date | «p2_dob_iso»\n ssn        | «p2_ssn»\n zip        | "
        "«p2_zip»\n"
        " age        | «p2_age90»\n dx         | «icd»\n\n>>> spark.version  # «ver»\n",
    ),
    (
        "dicomweb_json",
        MIX,
        "json",
        2,
        '[{"00080020": {"vr": "DA", "Value": ["«visit_compact»"]}, "00080050": {"vr": "SH", "Value": '
        '["«accession»"]}, "00081030": {"vr": "LO", "Value": ["‹MR BRAIN WO CONTRAST›"]}, '
        '"00080070": {"vr": "LO", "Value": ["‹GE MEDICAL SYSTEMS›"]}, '
        '"00100010": {"vr": "PN", "Value": [{"Alphabetic": "«name_caret»"}]}, '
        '"00100020": {"vr": "LO", "Value": ["«mrn»"]}, "00100030": {"vr": "DA", "Value": ["«dob_compact»"]}, '
        '"00101010": {"vr": "AS", "Value": ["«age_dicom»"]}, '
        '"00101040": {"vr": "LO", "Value": ["«street», «town»"]}, '
        '"00102154": {"vr": "SH", "Value": ["«phone»"]}, '
        '"0020000D": {"vr": "UI", "Value": ["«study_uid»"]}}]',
    ),
    (
        "pgdump_copy_block",
        MIX,
        "text",
        2,
        "--\n-- Data for Name: patients; Type: TABLE DATA; Schema: public; Owner: ehr\n--\n\n"
        "-- cohort: «eponym»\nCOPY public.patients (id, mrn, family_name, given_name, birth_date, street, "
        "postal_code, dx) "
        "FROM stdin;\n"
        "1\t«mrn»\t«family»\t«given»\t«dob_iso»\t«street»\t«zip»\t«icd»\n"
        "2\t«p2_mrn»\t«p2_family»\t«p2_given»\t«p2_dob_iso»\t«p2_street»\t«p2_zip»\t«icd»\n"
        "\\.\n\n-- ‹PostgreSQL 16.3› dump complete\n",
    ),
    (
        "jq_stream_paths",
        MIX,
        "text",
        2,
        "$ jq -c --stream . patient.json | head -9\n"
        '[["resourceType"],"Patient"]\n[["identifier",0,"value"],"«mrn»"]\n'
        '[["name",0,"family"],"«family»"]\n[["name",0,"given",0],"«given»"]\n'
        '[["birthDate"],"«dob_iso»"]\n[["telecom",0,"value"],"«e164»"]\n'
        '[["address",0,"line",0],"«street»"]\n[["address",0,"city"],"«town»"]\n'
        '[["extension",0,"valueString"],"«eponym»"]\n[["extension",1,"valueCode"],"«icd»"]\n# «ver»\n',
    ),
    (
        "postman_collection_json",
        MIX,
        "json",
        2,
        '{"info": {"name": "Intake API", "description": "«code» smoke tests («ver»)", "schema": '
        '"https://schema.getpostman.com/json/collection/v2.1.0/collection.json"}, "item": [{"name": '
        '"Create patient", "request": {"method": "POST", "header": [{"key": "Authorization", "value": '
        '"Bearer «token»"}], "url": {"raw": "https://api.carenet.example/patients?mrn=«mrn»", "query": '
        '[{"key": "mrn", "value": "«mrn»"}]}, "body": {"mode": "raw", "raw": "{\\"name\\": \\"«name»\\", '
        '\\"dob\\": \\"«dob_us»\\", \\"phone\\": \\"«phone»\\", \\"address\\": \\"«street», «town»\\", '
        '\\"med\\": \\"«drug2»\\"}"}}}, {"name": "Get coverage", "request": {"method": "GET", "url": '
        '{"raw": "https://api.carenet.example/coverage/«member»"}}}]}',
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
        rng = random.Random(f"phigate-probe8:{seed}:{kind}:{index}:{attempt}")
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
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe8 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (shifted by seed and
    template, so the technical kinds do not all draw the same two cultures)."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed + 2 * k) % len(cultures)], fmt, t)
        for k, (kind, cultures, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
