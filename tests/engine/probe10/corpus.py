"""Tenth independent probe corpus: 64 labelled documents in 32 kinds none of probes 1-9 used.

Kinds: letters and forms in Pular written in Adlam (Adlam digits), Bambara in N'Ko (N'Ko digits),
Central Atlas Tamazight in Tifinagh, Plains Cree in Canadian syllabics, Assyrian Neo-Aramaic in Syriac,
Tibetan (Tibetan digits), Punjabi in Gurmukhi (Gurmukhi digits), Kannada (Kannada digits), and in
Occitan, Aymara and isiXhosa; and, with Hakha Chin, Nuer and Palauan names in the United States (and
the three Latin-script cultures above), what a coding agent meets in a hospital dev workspace: an IIS
W3C log with a #Fields header (URL-encoded query values), BigQuery getQueryResults rows ({"f":[{"v":..}]},
a TIMESTAMP as Java-double seconds), mongoexport canonical extended JSON ($oid, $date as $numberLong
milliseconds), a SCIM 2.0 User resource, PowerShell Format-List output, R str() and print(data.frame),
a SAS PROC PRINT listing (DATE9 dates), Stata list and tab output (%td dates), Perl Data::Dumper, an
OpenResty log line with an inspect.lua table, a Node util.inspect dump (unquoted Date), a Python pprint
of a dict, a VCF header with ##SAMPLE lines, a REDCap export with checkbox columns, a Dexcom Clarity
CSV export, an OData JSON response (a town inside the nextLink's $filter), a JSON:API document, a
GitLab CI job log, a Zoom chat transcript, UB-04 claim OCR text and a POLST form.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
`«padN_slot»` renders a slot followed by spaces up to N characters, `«lpadN_slot»` preceded by them
(right-aligned columns). Seeded: the same seed gives the same corpus. Conventions (as probes 4-9): a
clinician's name is unlabelled (templates avoid them); a provider's NPI or licence number is LICENSE; a
year alone, a weekday, an age under 90, a log line's or report's own timestamp and a country or state
are not PHI; a date in native digits, another language or an encoding (URL-encoded, SAS DATE9, Stata
%td, epoch seconds or milliseconds, Python/C# constructor) is a DATE, and so is a CGM reading's time; a
Canadian SIN and a French NIR are SSN; a national or health-account number is ID; a CGM transmitter or
receiver serial is DEVICE; an uppercased name is labelled as it is written.
"""

from __future__ import annotations

import json
import random
import re
from urllib.parse import quote_plus

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, P, Slot
from tests.engine.probe10.people import NAMES, PLACES, adlam, nko, person, region_of, syllabics, tifinagh

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "Apixaban 5 mg",
    "Furosemide 40 mg",
    "Levetiracetam 500 mg",
    "Ceftriaxone 2 g IV",
    "Empagliflozin 10 mg",
    "Carvedilol 6.25 mg",
    "Insulin lispro 4 units",
    "Vancomycin 1.25 g IV",
    "Rosuvastatin 20 mg",
    "Sacubitril-valsartan 49/51 mg",
    "Prednisone 40 mg",
    "Heparin 5000 units SC",
]
LABS = [
    "Sodium 124 mmol/L",
    "Troponin I 0.42 ng/mL",
    "Lactate 4.1 mmol/L",
    "HbA1c 9.8%",
    "eGFR 27 mL/min/1.73m2",
    "CRP 186 mg/L",
    "BNP 1240 pg/mL",
    "WBC 18.2 x10^9/L",
    "Magnesium 0.52 mmol/L",
    "Ferritin 9 ng/mL",
]
# Names of people inside medical terms: they must survive (they name a disease, sign or procedure).
EPONYMS = [
    "Crohn disease",
    "Graves disease",
    "Hashimoto thyroiditis",
    "Kawasaki disease",
    "Guillain-Barré syndrome",
    "Parkinson disease",
    "Bell palsy",
    "Wilson disease",
    "Hodgkin lymphoma",
    "Marfan syndrome",
]
# language: (departments, local drug names)
LOCAL: dict[str, tuple[list[str], list[str]]] = {
    "ff_adlm": ([adlam("suudu safrirde ñawuuje nder"), adlam("suudu jaɓɓorgal")], ["Artésunate 60 mg"]),
    "bm_nkoo": ([nko("dɔgɔtɔrɔso kɔnɔbanaw"), nko("joona dɛmɛ")], ["Quinine 300 mg", "Paracétamol 1 g"]),
    "tzm_tfng": ([tifinagh("tasga n tujjya"), tifinagh("tasga n tɣawla")], ["Doliprane 1 g", "Amoxil 1 g"]),
    "cr_cans": ([syllabics("maskihkîwikamik"), "Internal Medicine"], ["Metformin 500 mg", "Ramipril 5 mg"]),
    "syr_syrc": (["ܒܝܬ ܐܣܝܘܬܐ ܕܓܘܐ", "ܦܠܓܘܬܐ ܕܐܣܝܘܬܐ"], ["Augmentin 625 mg", "Omeprazole 20 mg"]),
    "bo_tibt": (["ནང་ནད་སྡེ་ཚན", "ཛ་དྲག་ནད་སྡེ"], ["Nifedipine 10 mg", "Captopril 25 mg"]),
    "pa_guru": (["ਮੈਡੀਸਨ ਵਿਭਾਗ", "ਐਮਰਜੈਂਸੀ ਵਿਭਾਗ"], ["Telmisartan 40 mg", "Glimepiride 2 mg"]),
    "kn_knda": (["ಸಾಮಾನ್ಯ ವೈದ್ಯಕೀಯ ವಿಭಾಗ", "ತುರ್ತು ಚಿಕಿತ್ಸಾ ವಿಭಾಗ"], ["Dolo 650 mg", "Atorvastatin 10 mg"]),
    "oc": (["Servici de medecina intèrna", "Servici d'urgéncias"], ["Eliquis 5 mg", "Tahor 20 mg"]),
    "ay": (["Medicina Interna", "Emergencias"], ["Paracetamol 500 mg", "Enalapril 10 mg"]),
    "xh": (["Icandelo Lonyango Lwangaphakathi", "Igumbi Likaxakeka"], ["Panado 500 mg", "Enalapril 10 mg"]),
}
# the country as the document's language writes it (not PHI)
COUNTRY_L = {
    "ff_adlm": adlam("gine"),
    "bm_nkoo": nko("mali"),
    "tzm_tfng": tifinagh("lmeɣrib"),
    "cr_cans": syllabics("kânata"),
    "syr_syrc": "ܥܝܪܐܩ",
    "bo_tibt": "ཀྲུང་གོ",
    "pa_guru": "ਭਾਰਤ",
    "kn_knda": "ಭಾರತ",
    "oc": "França",
    "ay": "Bolivia",
    "xh": "uMzantsi Afrika",
    "en": "United States",
}
COUNTRY_CODE = {"oc": ("FR", "oc-FR"), "ay": ("BO", "ay-BO"), "xh": ("ZA", "xh-ZA"), "en": ("US", "en-US")}
DEPTS = ["Cardiology", "Infectious Diseases", "Endocrinology", "Wound Care Clinic", "Memory Clinic", "PICU"]
ICD = ["E11.65", "I50.23", "N18.4", "J44.1", "A41.9", "G40.909", "K85.90", "L89.154", "F03.90", "I48.91"]
CPT = ["99284", "93306", "71046", "G0378", "36415"]
VERSIONS = ["Node.js v22.3.0", "R version 4.4.1", "gitlab-runner 17.2.0", "PowerShell 7.4.6", "SAS 9.4M8"]
CODE = ["readmit_cohort", "intake_merge", "PortalSync", "cgm_ingest", "claims_scrubber", "EligibilityProbe"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]
HEX = "0123456789abcdef"


def _hex(rng: random.Random, n: int) -> str:
    return "".join(rng.choice(HEX) for _ in range(n))


def extras(rng: random.Random, culture: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, codes, versions...) and wording that depends on the language."""
    lang = PLACES[region_of(culture)].lang
    depts, ldrugs = LOCAL.get(lang, (DEPTS, DRUGS))
    drugs = rng.sample(DRUGS, 3)
    labs = rng.sample(LABS, 2)
    icd = rng.sample(ICD, 2)
    cc, tag = COUNTRY_CODE.get(lang, COUNTRY_CODE["en"])
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "drug3": K(drugs[2]),
        "drug_q": K(quote_plus(drugs[2])),
        "ldrug": K(rng.choice(ldrugs)),
        "lab1": K(labs[0]),
        "lab2": K(labs[1]),
        "dept": K(rng.choice(depts)),
        "dept_en": K(rng.choice(DEPTS)),
        "eponym": K(rng.choice(EPONYMS)),
        "icd": K(icd[0]),
        "icd2": K(icd[1]),
        "icd_nodot": K(icd[0].replace(".", "")),
        "cpt": K(rng.choice(CPT)),
        "ver": K(rng.choice(VERSIONS)),
        "code": K(rng.choice(CODE)),
        "weekday": K(rng.choice(WEEKDAYS)),
        "country_l": K(COUNTRY_L.get(lang, COUNTRY_L["en"])),
        "country_code": K(cc),
        "lang_tag": K(tag),
        "oid": K(_hex(rng, 24)),
        "uuid": f"{_hex(rng, 8)}-{_hex(rng, 4)}-4{_hex(rng, 3)}-a{_hex(rng, 3)}-{_hex(rng, 12)}",
        "serial_no": str(rng.randrange(2, 40)),
    }


A, N, T, C = adlam, nko, tifinagh, syllabics
# name cultures living in the United States; MIX adds the Latin-script cultures living at home for the
# technical kinds that are not US-specific.
US = ["cnh", "nus", "pau"]
MIX = [*US, "oc", "ay", "xh"]
UA = "Mozilla/5.0+(Windows+NT+10.0;+Win64;+x64)"
R_W = [12, 26, 11, 22, 17]  # R print(data.frame) column widths (right-aligned)
ST_W = [12, 27, 11, 20, 17]  # Stata list column widths
SAS_W = [14, 16, 14, 13, 17, 9]  # SAS PROC PRINT column widths


def _r_row(n: int, pre: str) -> str:
    cols = ["mrn", "name", "dob_iso", "town", "phone"]
    return str(n) + "".join(f"«lpad{w + 1}_{pre}{c}»" for c, w in zip(cols, R_W, strict=True))


def _stata_row(pre: str) -> str:
    cols = ["mrn", "name", "dob_stata", "town", "phone"]
    return "  | " + "".join(f"«pad{w}_{pre}{c}»" for c, w in zip(cols, ST_W, strict=True)) + "|\n"


def _sas_row(n: int, pre: str, dx: str) -> str:
    cols = ["mrn", "family_up", "given_up", "dob_sas", "town", "zip"]
    return f"{n:>4}    " + "".join(f"«pad{w}_{pre}{c}»" for c, w in zip(cols, SAS_W, strict=True)) + dx + "\n"


# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "ff_adlm_bataake_jokkondiral",
        ["ff_adlm"],
        "text",
        2,
        f"{A('bataake jokkondiral')} -- «dept»\n{A('innde')}: «name»\n{A('limoore karte')}: «natid»\n"
        f"{A('ñalnde jibineede')}: «dob» («age_l» {A('duuɓi')})\n{A('nokku')}: «street», «town»\n"
        f"{A('telefon')}: «phone»\n{A('ñalnde arde')}: «visit»; {A('ñalnde yaltude')}: «visit2»\n"
        f"{A('ñawu')}: «icd»; «lab1»\n{A('lekki')}: «ldrug», «drug1»\n{A('musiɗɗo')}: «rel» («rel_e164»)\n",
    ),
    (
        "bm_nkoo_dogotoroso_bataki",
        ["bm_nkoo"],
        "text",
        2,
        f"{N('dɔgɔtɔrɔso bataki')} -- «dept»\n{N('tɔgɔ')}: «name»\nNINA: «natid»\n{N('bangeli don')}: «dob»\n"
        f"{N('sigiyɔrɔ')}: «street» ߸ «town»\n{N('telefɔni')}: «phone»\n{N('nali don')}: «visit»\n"
        f"{N('bana')}: «icd»; «eponym»\n{N('fura')}: «ldrug»\n{N('somɔgɔ')}: «rel» ߸ «rel_e164»\n"
        f"{N('jamana')}: «country_l»\n",
    ),
    (
        "tzm_tfng_tabratt_n_usekk",
        ["tzm_tfng"],
        "text",
        2,
        f"{T('tabratt n usekk')} -- «dept»\n{T('isem')}: «name»\nCIN: «natid»\n{T('ass n tlalit')}: «dob»\n"
        f"{T('tansa')}: «street», «zip» «town»\n{T('uṭṭun n tilifun')}: «phone»\n"
        f"{T('ass n ukcam')}: «visit»; {T('ass n tuffɣa')}: «visit2»\n{T('aṭṭan')}: «icd»; «lab2»\n"
        f"{T('asafar')}: «ldrug», «drug2»\n{T('amdakkel')}: «rel», «rel_e164»\n",
    ),
    (
        "cr_cans_maskihkiy_masinahikan",
        ["cr_cans"],
        "text",
        2,
        f"{C('maskihkiy masinahikan')} -- «dept»\n{C('wîhowin')}: «name»\nSIN: «natid»\nStatus No.: "
        "«status_no»\n"
        f"{C('nihtâwikiwin')}: «dob»\n{C('wîkiwin')}: «street», «town», «state» «zip»\n"
        f"{C('kitohcikan')}: «phone»\n{C('kâ-pê-itohtêt')}: «visit»\n{C('âhkosiwin')}: «icd»; «lab1»\n"
        f"{C('maskihkiy')}: «ldrug»\n{C('wâhkômâkan')}: «rel» («rel_e164»)\n",
    ),
    (
        "syr_syrc_egarta_d_shdarta",
        ["syr_syrc"],
        "text",
        2,
        "ܐܓܪܬܐ ܕܫܕܪܬܐ -- «dept»\nܫܡܐ: «name»\nܡܢܝܢܐ ܕܗܘܝܬܐ: «natid»\nܝܘܡܐ ܕܡܘܠܕܐ: «dob»\n"
        "ܕܘܟܬܐ: «street»، «town»، «zip»\nܬܠܝܦܘܢ: «phone»\nܝܘܡܐ ܕܡܥܠܬܐ: «visit»; ܝܘܡܐ ܕܡܦܩܬܐ: «visit2»\n"
        "ܟܘܪܗܢܐ: «icd»; «eponym»\nܣܡܐ: «ldrug», «drug1»\nܩܪܝܒܐ: «rel» («rel_e164»)\n",
    ),
    (
        "bo_tibt_skyel_dren_yige",
        ["bo_tibt"],
        "text",
        2,
        "ནད་པ་སྐྱེལ་འདྲེན་ཡི་གེ -- «dept»\nམིང་། «name»\nངོ་སྤྲོད་ལག་ཁྱེར་ཨང་། «natid»\n"
        "སྐྱེས་ཚེས། «dob» (ལོ་«age_l»)\nསྡོད་གནས། «town» «street» སྦྲག་ཨང་«zip»\nཁ་པར། «phone»\n"
        "ནད་ཁང་དུ་ཞུགས་པའི་ཚེས། «visit»\nནད་རྟགས། «icd»; «lab2»\nསྨན། «ldrug»\nཉེ་ཚན། «rel» «rel_e164»\n",
    ),
    (
        "pa_guru_chhutti_saar",
        ["pa_guru"],
        "text",
        2,
        "ਛੁੱਟੀ ਸਾਰ -- «dept»\nਮਰੀਜ਼ ਦਾ ਨਾਮ: «name»\nਆਧਾਰ ਨੰ.: «natid»\nਜਨਮ ਮਿਤੀ: «dob» (ਉਮਰ «age_l» ਸਾਲ)\n"
        "ਪਤਾ: «street», «town» - «zip»\nਫ਼ੋਨ: «phone»\nਦਾਖ਼ਲਾ ਮਿਤੀ: «visit»; ਛੁੱਟੀ ਮਿਤੀ: «visit2»\n"
        "ਰੋਗ ਨਿਦਾਨ: «icd» «eponym»\nਦਵਾਈਆਂ: «ldrug», «drug3»\nਰਿਸ਼ਤੇਦਾਰ: «rel», «rel_e164»\n",
    ),
    (
        "kn_knda_ullekha_patra",
        ["kn_knda"],
        "text",
        2,
        "ಉಲ್ಲೇಖ ಪತ್ರ -- «dept»\nರೋಗಿಯ ಹೆಸರು: «name»\nಆಭಾ ಸಂಖ್ಯೆ: «natid»\nಹುಟ್ಟಿದ ದಿನಾಂಕ: «dob»\n"
        "ವಿಳಾಸ: «street», «town» - «zip»\nದೂರವಾಣಿ: «phone»\nದಾಖಲಾದ ದಿನಾಂಕ: «visit»\nರೋಗನಿರ್ಣಯ: "
        "«icd»; «lab1»\n"
        "ಔಷಧಿ: «ldrug», «drug2»\nಸಂಬಂಧಿ: «rel» («rel_e164»)\nದೇಶ: «country_l»\n",
    ),
    (
        "oc_letra_de_sortida",
        ["oc"],
        "text",
        2,
        "LETRA DE SORTIDA -- «dept»\nPacient: «name»\nNumèro de seguretat sociala: «natid»\n"
        "Nascut: «dob» («age90» ans)\nAdreça: «street», «zip» «town»\nTelefòn: «phone»\n"
        "Dintrada: «visit»; sortida: «visit2»\nDiagnostic: «icd» «eponym»\nMedicaments: «ldrug», «drug1»\n"
        "Persona de contacte: «rel» («rel_e164»)\n",
    ),
    (
        "ay_qillqa_apayana",
        ["ay"],
        "text",
        2,
        "QILLQA APAYAÑA -- «dept»\nUsutaxa: «name»\nCI: «natid»\nYuritapa uru: «dob» («age90» mara)\n"
        "Utapa: «street», «town»\nJawsaña: «phone»\nMantani uru: «visit»; mistuni uru: «visit2»\n"
        "Usu: «icd»; «lab1»\nQulla: «ldrug»\nWila masi: «rel», «rel_e164»\nMarka: «country_l»\n",
    ),
    (
        "xh_ileta_yokudlulisela",
        ["xh"],
        "text",
        2,
        "ILETA YOKUDLULISELA -- «dept»\nIgama lesigulana: «name»\nInombolo yesazisi: «natid»\n"
        "Umhla wokuzalwa: «dob» (iminyaka «age90»)\nIdilesi: «street», «town», «zip»\nUmnxeba: «phone»\n"
        "Umhla wokwamkelwa: «visit»; ukukhutshwa: «visit2»\nIsifo: «icd» «eponym»\n"
        "Amayeza: «ldrug», «drug2»\nIsihlobo: «rel» («rel_e164»)\n",
    ),
    (
        "iis_w3c_log",
        US,
        "text",
        2,
        "#Software: ‹Microsoft Internet Information Services 10.0›\n#Version: 1.0\n#Date: 2025-03-11 "
        "08:41:02\n"
        "#Fields: date time s-ip cs-method cs-uri-stem cs-uri-query s-port cs-username c-ip cs(User-Agent) "
        "cs(Referer) sc-status sc-substatus sc-win32-status time-taken\n"
        "2025-03-11 08:41:02 10.12.4.31 GET /Intake/PatientSearch.aspx "
        "last=«family»&first=«given»&dob=«dob_us_q»"
        f" 443 - «ip» {UA} - 200 0 0 187\n"
        "2025-03-11 08:41:09 10.12.4.31 POST /Intake/UpdateContact.aspx "
        "mrn=«mrn»&phone=«phone_q»&addr=«street_q»"
        f"&city=«town_q»&zip=«zip» 443 WELLPATH\\svc_intake «ip» {UA} "
        "https://intake.wellpath.example/Intake/PatientSearch.aspx 500 0 64 2315\n"
        "2025-03-11 08:41:15 10.12.4.31 GET ‹/Formulary/Lookup.aspx› drug=«drug_q»&dx=«icd» 443 - "
        f"«ip» {UA} - "
        "200 0 0 42\n",
    ),
    (
        "bigquery_json_rows",
        MIX,
        "json",
        2,
        '{"kind": "‹bigquery#getQueryResultsResponse›", "schema": {"fields": [{"name": "mrn", '
        '"type": "STRING", '
        '"mode": "NULLABLE"}, {"name": "patient_name", "type": "STRING", "mode": "NULLABLE"}, {"name": '
        '"birth_date", "type": "DATE", "mode": "NULLABLE"}, {"name": "town", "type": "STRING", "mode": '
        '"NULLABLE"}, {"name": "phone", "type": "STRING", "mode": "NULLABLE"}, {"name": '
        '"admitted_at", "type": '
        '"TIMESTAMP", "mode": "NULLABLE"}, {"name": "dx", "type": "STRING", "mode": "NULLABLE"}]}, '
        '"jobReference": {"projectId": "wellpath-analytics", "jobId": "«code»_«uuid»", "location": "US"}, '
        '"totalRows": "2", "rows": [{"f": [{"v": "«mrn»"}, {"v": "«name»"}, {"v": "«dob_iso»"}, '
        '{"v": "«town»"}, '
        '{"v": "«e164»"}, {"v": "«visit_bq»"}, {"v": "«icd»"}]}, {"f": [{"v": "«p2_mrn»"}, {"v": '
        '"«p2_name»"}, '
        '{"v": "«p2_dob_iso»"}, {"v": "«p2_town»"}, {"v": null}, {"v": "«p2_visit_bq»"}, {"v": "«icd2»"}]}], '
        '"totalBytesProcessed": "48211", "jobComplete": true, "cacheHit": false}',
    ),
    (
        "mongoexport_extjson",
        MIX,
        "ndjson",
        2,
        '{"_id": {"$oid": "«oid»"}, "mrn": "«mrn»", "name": {"given": "«given»", "family": "«family»"}, '
        '"birthDate": {"$date": {"$numberLong": "«dob_ms»"}}, "address": {"line": "«street»", '
        '"city": "«town»", '
        '"postcode": "«zip»"}, "phone": "«phone»", "visits": {"$numberInt": "«serial_no»"}, "lastVisit": '
        '{"$date": {"$numberLong": "«visit_ms»"}}, "dx": ["«icd»"], "meds": [{"name": "«drug1»", '
        '"active": true}]}\n'
        '{"_id": {"$oid": "«p2_oid»"}, "mrn": "«p2_mrn»", "name": {"given": "«p2_given»", "family": '
        '"«p2_family»"}, "birthDate": {"$date": "«p2_dob_js»"}, "dx": ["«icd2»"]}\n',
    ),
    (
        "scim_user_resource",
        MIX,
        "json",
        2,
        '{"schemas": ["‹urn:ietf:params:scim:schemas:core:2.0:User›", '
        '"urn:wellpath:scim:schemas:extension:patient:1.0:User"], "id": "«uuid»", "externalId": "«mrn»", '
        '"userName": "«email»", "name": {"formatted": "«name»", "familyName": "«family»", "givenName": '
        '"«given»"}, "displayName": "«name»", "profileUrl": "«url»", "active": true, "emails": [{"value": '
        '"«email»", "type": "home", "primary": true}], "phoneNumbers": [{"value": "«e164»", "type": '
        '"mobile"}], '
        '"addresses": [{"type": "home", "streetAddress": "«street»", "locality": "«town»", "postalCode": '
        '"«zip»", "country": "«country_code»"}], "preferredLanguage": "«lang_tag»", '
        '"urn:wellpath:scim:schemas:extension:patient:1.0:User": {"birthDate": "«dob_iso»", '
        '"primaryDepartment": "«dept_en»"}, "meta": {"resourceType": "User", "created": '
        '"2024-02-07T10:11:42Z", '
        '"location": "https://idp.wellpath.example/scim/v2/Users/«uuid»"}}',
    ),
    (
        "powershell_format_list",
        US,
        "text",
        2,
        'PS C:\\ehr\\tools> Invoke-Sqlcmd -ServerInstance EHRSQL02 -Database Clarity -Query "EXEC '
        "‹dbo.usp_GetPatientDemographics› @Mrn = '«mrn»'\" | Format-List\n\n\n"
        "Mrn          : «mrn»\nLastName     : «family»\nFirstName    : «given»\nBirthDate    : «dob_ps»\n"
        "AddressLine1 : «street»\nCity         : «town»\nState        : «state»\nZip          : «zip»\n"
        "HomePhone    : «phone»\nSsn          : «ssn»\nPrimaryDx    : «icd»\nAllergies    : «drug2» (rash)\n"
        "LastAdmit    : «visit_ps»\nUnit         : «dept_en»\n\n\n",
    ),
    (
        "r_str_and_print",
        MIX,
        "text",
        2,
        "> str(readmit)\n'data.frame':\t2 obs. of  6 variables:\n"
        ' $ mrn  : chr  "«mrn»" "«p2_mrn»"\n $ name : chr  "«name»" "«p2_name»"\n'
        ' $ dob  : Date, format: "«dob_iso»" "«p2_dob_iso»"\n $ town : chr  "«town»" "«p2_town»"\n'
        ' $ phone: chr  "«phone»" "«p2_phone»"\n $ dx   : Factor w/ 2 levels "«icd»","«icd2»": 1 2\n'
        "> print(readmit[, 1:5])\n "
        + "".join(c.rjust(w + 1) for c, w in zip(["mrn", "name", "dob", "town", "phone"], R_W, strict=True))
        + "\n"
        + _r_row(1, "")
        + "\n"
        + _r_row(2, "p2_")
        + '\n> R.version.string\n[1] "‹R version 4.4.1› (2024-06-14)"\n',
    ),
    (
        "sas_proc_print",
        US,
        "text",
        2,
        "                                Readmission cohort: «dept_en»                          1\n"
        "                                                        08:14 Tuesday, March 11, 2025\n\n"
        " Obs    MRN           LASTNAME        FIRSTNAME     BIRTHDT      CITY             ZIP      DX\n\n"
        + _sas_row(1, "", "«icd»")
        + _sas_row(2, "p2_", "«icd2»")
        + "\nNOTE: There were 2 observations read from the data set ‹WORK.READMIT_COHORT›.\n"
        "NOTE: PROCEDURE PRINT used (Total process time):\n      real time           0.01 seconds\n",
    ),
    (
        "stata_list_tab",
        MIX,
        "text",
        2,
        ". use ‹readmit.dta›, clear\n. list mrn patname dob city phone, noobs abbreviate(12)\n\n"
        "  +"
        + "-" * 88
        + "+\n  | "
        + "".join(c.ljust(w) for c, w in zip(["mrn", "patname", "dob", "city", "phone"], ST_W, strict=True))
        + "|\n  |"
        + "-" * 88
        + "|\n"
        + _stata_row("")
        + _stata_row("p2_")
        + "  +"
        + "-" * 88
        + "+\n\n. tab dx\n\n         dx |      Freq.     Percent        Cum.\n"
        "------------+-----------------------------------\n"
        "«lpad11_icd» |          1       50.00       50.00\n«lpad11_icd2» |          1       50.00   "
        "   100.00\n"
        "------------+-----------------------------------\n      Total |          2      100.00\n",
    ),
    (
        "perl_data_dumper",
        MIX,
        "text",
        2,
        "[Tue Mar 11 08:41:12 2025] intake.cgi: merge conflict in «code» at lib/EHR/Merge.pm line 212.\n"
        "$VAR1 = {\n          'addr' => [\n                      '«street»',\n                      "
        "'«town»',\n"
        "                      '«zip»'\n                    ],\n          'dob' => '«dob_iso»',\n"
        "          'dx' => '«icd»',\n          'meds' => [\n                      '«drug1»',\n"
        "                      '«drug2»'\n                    ],\n          'mrn' => '«mrn»',\n"
        "          'name' => {\n                      'family' => '«family»',\n"
        "                      'given' => '«given»'\n                    },\n          'nok_phone' "
        "=> '«rel_e164»',\n"
        "          'parking_plate' => '«plate»',\n          'visits' => «serial_no»\n        };\n",
    ),
    (
        "lua_inspect_nginx",
        MIX,
        "text",
        2,
        "2025/03/11 08:41:12 [warn] 2841#2841: *1182 [lua] ‹checkin.lua›:77: handler(): patient = {\n"
        '  address = {\n    city = "«town»",\n    line1 = "«street»",\n    zip = "«zip»"\n  },\n'
        '  cgm_receiver = "«receiver»",\n  dob = "«dob_us»",\n  dx = { "«icd»", "«icd2»" },\n'
        '  mrn = "«mrn»",\n  name = "«name»",\n  phone = "«phone»",\n  <metatable> = <1>{\n'
        "    __index = <table 1>\n  }\n}, client: «ip», server: checkin.wellpath.example, request: "
        '"POST /api/checkin HTTP/1.1", host: "checkin.wellpath.example"\n',
    ),
    (
        "node_util_inspect",
        MIX,
        "text",
        2,
        "[intake-worker] 2025-03-11T08:41:12.418Z WARN upsert rejected («ver»)\n"
        "ValidationError: telecom[0].value is not a valid E.164 number\n"
        "    at validatePatient (/app/src/«code».js:41:11)\n    at async Promise.all (index 0) {\n"
        "  details: {\n    mrn: '«mrn»',\n    name: { given: '«given»', family: '«family»' },\n"
        "    birthDate: «dob_js»,\n    telecom: [\n      { system: 'phone', value: '«phone»' },\n"
        "      { system: 'email', value: '«email»' }\n    ],\n"
        "    address: { line: [ '«street»' ], city: '«town»', postalCode: '«zip»' },\n"
        "    coverage: { memberId: '«member»', payer: 'Medicaid' },\n    meds: [ '«drug1»', '«drug2»' ]\n"
        "  }\n}\n",
    ),
    (
        "python_pprint_dict",
        MIX,
        "text",
        2,
        ">>> pprint(record, width=100)\n{'address': {'city': '«town»', 'line1': '«street»', "
        "'postcode': '«zip»'},\n"
        " 'dob': datetime.date(«dob_cs»),\n 'dx': ['«icd»', '«eponym»'],\n 'mrn': '«mrn»',\n"
        " 'mvc': {'vin': '«vin»', 'weekday': '«weekday»'},\n 'name': '«name»',\n"
        " 'nok': {'name': '«rel»', 'phone': '«rel_e164»'},\n 'phone': '«phone»',\n 'unit': '«dept_en»'}\n",
    ),
    (
        "vcf_sample_header",
        MIX,
        "text",
        2,
        "##fileformat=VCFv4.2\n##fileDate=20250311\n##source=‹DRAGEN 4.2.4›\n##reference=‹GRCh38›\n"
        "##contig=<ID=chr17,length=83257441>\n"
        '##SAMPLE=<ID=«mrn»,Individual="«name»",DOB=«dob_iso»,Sex=«sex»,Description="Proband, «dept_en» '
        'referral «visit_iso»">\n'
        '##SAMPLE=<ID=«p2_mrn»,Individual="«p2_name»",DOB=«p2_dob_iso»,Description="Parent of proband">\n'
        '##INFO=<ID=GENE,Number=1,Type=String,Description="Gene symbol">\n'
        '##FORMAT=<ID=GT,Number=1,Type=String,Description="Genotype">\n'
        "#CHROM\tPOS\tID\tREF\tALT\tQUAL\tFILTER\tINFO\tFORMAT\t«mrn»\t«p2_mrn»\n"
        "chr17\t43094464\t‹rs80357906›\tC\tT\t312\tPASS\tGENE=‹BRCA1›\tGT\t0/1\t0/0\n",
    ),
    (
        "redcap_checkbox_csv",
        US,
        "text",
        2,
        "record_id,redcap_event_name,first_name,last_name,dob,age_at_consent,street_address,city,state,zip,"
        "phone,email,race___1,race___2,‹race___3›,race___4,race___5,ethnicity,current_meds,"
        "screening_complete\r\n"
        '1001,‹baseline_arm_1›,«given»,«family»,«dob_iso»,«age90»,"«street»",«town»,«state»,«zip»,«phone»,'
        '«email»,0,0,1,0,0,2,"«drug1»; «drug2»",2\r\n'
        "1002,baseline_arm_1,«p2_given»,«p2_family»,«p2_dob_iso»,,,,,,,,0,1,0,0,0,1,,0\r\n",
    ),
    (
        "dexcom_clarity_csv",
        US,
        "text",
        2,
        "Index,Timestamp (YYYY-MM-DDThh:mm:ss),Event Type,Event Subtype,Patient Info,Device Info,"
        "Source Device ID,Glucose Value (mg/dL),Insulin Value (u),Carb Value (grams),Duration (hh:mm:ss),"
        "Glucose Rate of Change (mg/dL/min),Transmitter Time (Long Integer),Transmitter ID\n"
        "1,,FirstName,,«given»,,,,,,,,,\n2,,LastName,,«family»,,,,,,,,,\n3,,DateOfBirth,,«dob_iso»,,,,,,,,,\n"
        "4,,Email,,«email»,,,,,,,,,\n5,,Device,,,‹Dexcom G7›,«receiver»,,,,,,,\n"
        "6,«visit_local»,‹EGV›,,,,«receiver»,214,,,,2.1,812634,«transmitter»\n"
        "7,«visit_read2»,Insulin,‹Fast-Acting›,,,«receiver»,,4,,,,812934,«transmitter»\n",
    ),
    (
        "odata_json_response",
        MIX,
        "json",
        2,
        '{"@odata.context": "https://ehr-api.wellpath.example/odata/$metadata#Patients(Mrn,FamilyName,'
        'GivenName,BirthDate,City,PostalCode,Phone,PrimaryDiagnosis)", "@odata.count": 2, "value": [{"Mrn": '
        '"«mrn»", "FamilyName": "«family»", "GivenName": "«given»", "BirthDate": "«dob_iso»", '
        '"City": "«town»", '
        '"PostalCode": "«zip»", "Phone": "«phone»", "PrimaryDiagnosis": "«icd»", "Department": "«dept_en»"}, '
        '{"Mrn": "«p2_mrn»", "FamilyName": "«p2_family»", "GivenName": "«p2_given»", "BirthDate": '
        '"«p2_dob_iso»", "City": null, "PostalCode": null, "Phone": null, "PrimaryDiagnosis": "«icd2»", '
        '"Department": null}], "@odata.nextLink": "https://ehr-api.wellpath.example/odata/Patients?'
        '$filter=City%20eq%20%27«town_pct»%27&$skip=2"}',
    ),
    (
        "jsonapi_document",
        MIX,
        "json",
        2,
        '{"jsonapi": {"version": "1.1"}, "data": {"type": "patients", "id": "«mrn»", "attributes": '
        '{"given-name": "«given»", "family-name": "«family»", "birth-date": "«dob_iso»", "address-line": '
        '"«street»", "city": "«town»", "postal-code": "«zip»", "mobile": "«e164»"}, "relationships": '
        '{"coverage": {"data": {"type": "coverages", "id": "«member»"}}, "encounters": {"data": [{"type": '
        '"encounters", "id": "«account»"}]}}, "links": {"self": "/patients/«mrn»"}}, "included": [{"type": '
        '"coverages", "id": "«member»", "attributes": {"payer": "‹Medicaid›"}}, {"type": "encounters", "id": '
        '"«account»", "attributes": {"admitted-at": "«visit_ts»", "department": "«dept_en»", "diagnosis": '
        '"«icd»", "discharge-medication": "«drug1»"}}], "meta": {"generated-by": "«ver»"}}',
    ),
    (
        "gitlab_ci_job_log",
        MIX,
        "text",
        2,
        "Running with ‹gitlab-runner 17.2.0› (6428c288)\n  on ehr-runner-02 t3_Zx81, system ID: "
        "s_4f1c2d9b0a77\n"
        "section_start:1741682462:prepare_executor\nUsing Docker executor with image ‹python:3.12-slim› ...\n"
        "section_end:1741682470:prepare_executor\nsection_start:1741682471:step_script\n"
        "$ export FIXTURE_MRN=«mrn»\n$ python -m pytest tests/test_«code».py -x -q\nF\n"
        "=================================== FAILURES ===================================\n"
        "___________________________ ‹test_display_name_upper› ____________________________\n"
        "E   AssertionError: assert '«NAME_UP»' == '«name»'\nE     - «name»\nE     + «NAME_UP»\n"
        "tests/test_«code».py:58: AssertionError\n"
        "------------------------------ Captured log call -------------------------------\n"
        "INFO     fixtures: loaded patient dob=«dob_iso» addr=«street», «town» tel=«phone»\n"
        '$ curl --fail -s --header "PRIVATE-TOKEN: «token»" '
        '"https://gitlab.wellpath.example/api/v4/projects/42/jobs/artifacts/main/download?job=«code»"\n'
        "section_end:1741682503:step_script\nERROR: Job failed: exit code 1\n",
    ),
    (
        "zoom_chat_transcript",
        MIX,
        "text",
        2,
        "10:02:11 From  «name»  to  Everyone:\n\thi, can you hear me? my mother «rel» is on too\n"
        "10:03:40 From  Intake RN (WellPath)  to  «name»(Direct Message):\n"
        "\tplease confirm your date of birth and home address\n"
        "10:04:05 From  «name»  to  Intake RN (WellPath)(Direct Message):\n\t«dob_us», «street», "
        "«town» «zip»\n"
        "10:05:19 From  «name»  to  Everyone:\n\tbest callback is «phone», insurance id «member»\n"
        "10:06:02 From  Intake RN (WellPath)  to  Everyone:\n"
        "\tthanks! keep taking «drug1» and we will recheck «lab1» on «weekday»\n"
        "10:06:40 From  «rel»  to  Everyone:\n\tcan you send the visit summary to «email»?\n",
    ),
    (
        "ub04_claim_ocr",
        US,
        "text",
        2,
        "WELLPATH MEDICAL CENTER        2                          3a PAT CNTL # «account»        4 TYPE\n"
        "1200 HOSPITAL DR                                          b. MED REC # «mrn»           OF BILL\n"
        "                              5 FED. TAX NO   6 STATEMENT COVERS PERIOD                 0111\n"
        "                              47-1234567      FROM «visit_mmddyy» THROUGH «visit2_mmddyy»\n"
        "8 PATIENT NAME  a             9 PATIENT ADDRESS  a «street_up»\n"
        "b «name_inv_up»                  b «town_up»           c «state»  d «zip»\n"
        "10 BIRTHDATE  11 SEX  12 ADMISSION DATE  13 HR  14 TYPE  15 SRC  17 STAT\n"
        "«dob_mmddyyyy»     «sex»      «visit_mmddyy»           07     1        7       01\n"
        "42 REV. CD.  43 DESCRIPTION         44 HCPCS / RATE     45 SERV. DATE   46 SERV. UNITS\n"
        "0450         ‹EMERGENCY ROOM›       «cpt»               «visit_mmddyy»         1\n"
        "50 PAYER NAME                      60 INSURED'S UNIQUE ID\nA ‹MEDICARE›                     "
        "    «mbi»\n"
        "66 DX 0  67 «icd_nodot»\n76 ATTENDING  NPI «npi»\n",
    ),
    (
        "polst_form_ocr",
        US,
        "text",
        2,
        "PHYSICIAN ORDERS FOR LIFE-SUSTAINING TREATMENT (POLST)\n"
        "HIPAA PERMITS DISCLOSURE OF POLST TO OTHER HEALTH CARE PROVIDERS AS NECESSARY\n"
        "Patient Last Name: «family_up»        Patient First Name: «given_up»        Date of Birth: "
        "«dob_us»\n"
        "Address: «street», «town», «state» «zip»\n"
        "A  CARDIOPULMONARY RESUSCITATION (CPR)  [ ] Attempt Resuscitation/CPR  [X] "
        "‹Do Not Attempt Resuscitation/DNR›\n"
        "B  MEDICAL INTERVENTIONS  [X] ‹Selective Treatment›  [ ] Full Treatment  [ ] Comfort Measures Only\n"
        "C  ARTIFICIALLY ADMINISTERED NUTRITION  [X] Trial period of artificial nutrition by tube\n"
        "D  Discussed with: [ ] Patient  [X] Legally Recognized Decisionmaker\n"
        "   Decisionmaker: «rel»        Relationship: daughter        Phone: «phone»\n"
        "   Primary diagnosis: «icd» «eponym»\n"
        "   Physician/NP/PA license #: «license»     NPI: «npi»     Date: «visit_us»\n"
        "SEND FORM WITH PATIENT WHENEVER TRANSFERRED OR DISCHARGED\n",
    ),
]

_PAD = re.compile(r"«(l?)pad(\d+)_(\w+)»")


def _pads(template: str, slots: dict[str, Slot]) -> dict[str, Slot]:
    """`«padN_slot»`: the slot's value then spaces up to N characters; `«lpadN_slot»`: spaces first."""
    out: dict[str, Slot] = {}
    for left, width, name in _PAD.findall(template):
        s = slots[name]
        value = s.value if isinstance(s, P | K) else str(s)
        fill = " " * max(1, int(width) - len(value))
        out[f"{left}pad{width}_{name}"] = (fill, s) if left else (s, fill)
    return out


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(30):
        rng = random.Random(f"phigate-probe10:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture)
        slots: dict[str, Slot] = {**p, **extras(rng, culture, p)}
        if "«p2_" in template or "_p2_" in template:
            q = person(rng, culture)
            slots.update({f"p2_{k}": v for k, v in {**q, **extras(rng, culture, q)}.items()})
        slots.update(_pads(template, slots))
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
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe10 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (shifted by seed and
    template, so the technical kinds do not all draw the same two cultures)."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed + 2 * k) % len(cultures)], fmt, t)
        for k, (kind, cultures, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
