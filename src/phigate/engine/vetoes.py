"""Shapes that are never PHI although pieces of them look like it: a hit inside one is dropped.

An HL7 OID (`2.16.840.1.113883.10.20.22.1.1`) has a 6-digit arc that reads as an ID, an X12 version
(`005010X222A1`) a long code, a Slack or Unix timestamp with its fraction (`1739243647.001900`) ten
digits like a phone number, a measured duration (`1841.227 ms`) a record number, an HTTP status
line (`429 Too Many Requests`) capitalised words like a name, a drug or analyte before its dose or value
(`Prestarium Neo 5 mg`, `Na 131 mmol/L`) an unknown capitalised word. Each shape is specific enough that no
identifier fits inside it, so dropping the hits it covers loses nothing. The shapes are a second
Hyperscan scanner (one pass; as a Python regex over whole texts they cost ~15 % of detection).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import clinical_terms, dictation, eponyms
from phigate.engine.patterns import CAR_MAKES, DICOM_ROOT, REGION_KEY_WORDS, UID_DATE_ARC, PatternSpec
from phigate.engine.scanner import Hit, Scanner

_HTTP_REASONS = (
    "Continue|Switching Protocols|Early Hints|OK|Created|Accepted|Non-Authoritative Information|No Content"
    "|Reset Content|Partial Content|Multiple Choices|Moved Permanently|Found|See Other|Not Modified"
    "|Temporary Redirect|Permanent Redirect|Bad Request|Unauthorized|Payment Required|Forbidden|Not Found"
    "|Method Not Allowed|Not Acceptable|Proxy Authentication Required|Request Timeout|Conflict|Gone"
    "|Length Required|Precondition Failed|Payload Too Large|Content Too Large|URI Too Long"
    "|Unsupported Media Type|Range Not Satisfiable|Expectation Failed|Misdirected Request"
    "|Unprocessable Entity|Unprocessable Content|Locked|Failed Dependency|Too Early|Upgrade Required"
    "|Precondition Required|Too Many Requests|Request Header Fields Too Large"
    "|Unavailable For Legal Reasons|Internal Server Error|Not Implemented|Bad Gateway|Service Unavailable"
    "|Gateway Timeout|HTTP Version Not Supported|Insufficient Storage|Network Authentication Required"
)
_KIN_WORDS = (
    r"(?:Wife|Husband|Son|Daughter|Mother|Father|Sister|Brother|Spouse|Partner|Niece|Nephew|Aunt|Uncle"
    r"|Granddaughter|Grandson|Grandmother|Grandfather|Guardian|Friend|Neighbour|Neighbor|Self|Carer"
    r"|Caregiver|Parent|Stepmother|Stepfather|Fiance|Fiancee)"
)
_OID = r"[012](?:\.(?:0|[1-9][0-9]{0,8})){4,}"
_EPOCH = r"1[4-9][0-9]{8}\.[0-9]{3,9}"
_DURATION = r"[0-9]{1,9}\.[0-9]{1,6} ?(?:ms|msec|us|ns|sec|secs|seconds)\b"
_DOSE = (
    r"[A-Z][A-Za-z]{1,20}(?: [A-Z][A-Za-z]{1,20})? [0-9]{1,5}(?:[.,][0-9]{1,3})?"
    r"(?:/[0-9]{1,5}(?:[.,][0-9]{1,3})?){0,3}"
    # compound units first (an alternation takes its first match): "CRP 74 mg/l", "TSH 5,8 mUI/l"
    r" ?(?:mg/dL|mg/dl|mg/L|mg/l|mmol/L|mmol/l|mmol/mol|umol/L|umol/l|mEq/L|mEq/l|mIU/L|mIU/l|mUI/l|mU/l"
    r"|ng/mL|ng/ml|pg/mL|pg/ml|g/dL|g/dl|g/L|g/l|U/L|U/l|IU/L|IU/l|mL/min|ml/min|G/l|T/l"
    r"|mg|mcg|ug|g|mL|ml|L|IU|UI|units?|mmol|%|puffs?|tabs?|tablets?|caps?|drops?|MG|MCG|ML|UNITS?|TABS?)"
)

_SCORE_AUTHORS = (
    r"(?:Barthel|Apgar|Braden|Waterlow|Karnofsky|Caprini|Gleason|Breslow|Killip|Mallampati|Tanner|Morse"
    r"|Hoehn and Yahr|Lansky|Tinetti|Folstein|Epworth|Charlson|Centor|Alvarado|Khorana|Ranson|Rutherford"
    r"|Elixhauser|Glasgow"
    r"|Child-Pugh|Spetzler-Martin|Hunt and Hess|Lown|Clavien-Dindo)"
)
_SCORE_AUTHORS_WEAK = (
    r"(?:Norton|Rankin|Wells|Bishop|Berg|Katz|Lawton|Hamilton|Zung|Padua|Fontaine|Forrest|Fisher|Beck)"
)
# a hospital, clinic or emergency department by its name, in many languages (the scan copy: accents folded),
# with the capitalised words and particles around the facility word: "Hospital General Dr. Manuel Gea
# Gonzalez", "RSUP Dr. Hasan Sadikin", "Benh vien Huu nghi", "Gurutzetako Unibertsitate Ospitalea". A name
# inside one is the facility's namesake, not a patient. ("Ward" and "Unit" are surnames too: not here.)
_FACILITY = (
    r"(?:Hospital|Hospitals|HOSPITAL|Hopital|Ospedale|Ospitalea|Ospitale|Ysbyty|Lopitalo|Spital|Szpital"
    r"|Krankenhaus|Klinikum|Klinik|Clinic|Clinica|Clinique|Kliniek|Ziekenhuis|Sykehus|Sjukhus|Sygehus"
    r"|Sairaala|sairaala|Nemocnice|Nemocnica|Bolnica|Korhaz|Hastanesi|Rumah Sakit|RSUD|RSUP|RSIA|Benh vien"
    r"|Medical Center|Medical Centre|Health Centre|Health Center|Trauma Center|Trauma Centre|Burn Center"
    r"|Burn Centre|Burns Centre|Cancer Center|Cancer Centre|Heart Center|Heart Centre|Stroke Center"
    r"|Centro de Salud|Centro de Saude"
    r"|Santa Casa|Pronto-Socorro|Notfallstation|Notaufnahme|Urgencias|Infirmary|Hospice|Polyclinic"
    r"|Maternity Unit|Maternity Ward|Maternity Wing|Maternity Hospital|Birth Centre|Birth Center"
    r"|Birthing Centre|Birthing Center|Neonatal Unit|Special Care Baby Unit"
    r"|Poliklinik|Policlinico|Dispensary|Sanatorium|Sanatorio|Fundacion|Universitetshospital|Universitetssjukhus"
    r"|Sjukhuset|Sykehuset|Sygehus|Klinikum|Teaching and Referral Hospital|UZ|AZ|UMC|MC"
    # buildings, institutes and agencies named after people or places ("Orrell Pavilion", "Haus
    # Liebig", "Paul-Ehrlich-Institut", "Agence du Medicament", "Sports Injury Unit")
    r"|Pavilion|Pavillon|Pabellon|Padiglione|Haus|Institute|Institut|Istituto|Instituto|Imaging|Facility"
    r"|Tower|Autorite|Authority|Agency|Agence|Agencia|Agenzia|Skilled Nursing|Nursing Home|Nursing Facility"
    r"|Assisted Living|Senior Living|SeniorLife|Care Home|Retirement Home|Residential Care|Rehab Center"
    r"|(?:Care|Injury|Research|Stroke|Burns|Dialysis|Renal|Cancer|Day Surgery|Assessment|Trauma"
    r"|Rehabilitation|Spinal|Coronary|Intensive Care|Sports Medicine|Sleep|Day|Infusion|Chemotherapy"
    r"|Endoscopy|Procedure|Treatment|Observation|Short Stay) Unit"
    # practices, pharmacies and care homes, in English and the languages of Western Europe ("Oakwood Dental
    # Care", "Farmacia Centrale", "Huisartsenpraktijk De Linde", "Casa di Cura Villa Serena")
    r"|Dental Care|Dental Practice|Dental Clinic|Dental Surgery|Dental|Dentistry|Orthodontics|Opticians"
    r"|Optometry|Eye Care|Physiotherapy|Chiropractic|Family Medicine|Medical Practice|Medical Group"
    r"|Health Clinic|Pharmacy|Chemist|Farmacia|Farmacie|Pharmacie|Apotheek|Apotheke|Apoteket|Apotek"
    r"|Poliambulatorio|Ambulatorio|Casa di Cura|Studio Medico|Centro Medico|Centro Fisioterapico"
    r"|Consultorio|Cabinet|Laboratorio|Laboratoire|Labor|Gezondheidscentrum|Zorggroep|Zorgcentrum"
    r"|Fysiotherapie|Physiotherapie|Zorgverzekeraar|Krankenkasse|Versicherung|Mutuelle|Assurance"
    r"|Assicurazioni|Seguros|Salud|Sante|Kruis|Kreuz"
    # compounds that end in a practice, a clinic or a centre ("Huisartsenpraktijk", "Rehazentrum")
    r"|[A-Z][a-z]+(?:praxis|praktijk|klinik|kliniek|zentrum|centrum|apotheke|apotheek|spital|sykehus)"
    r"|MVZ)"
)
_FAC_WORD = (  # a capitalised word (with a period only when short: "Dr.", "St."), or a particle
    r"(?:[A-Z][a-z]{0,2}\.|[A-Z][A-Za-z'\-]*(?!\w|\.\w)|of|the|de|del|da|do|dos|das|di|y|and|ya|an|na|la|le|e)"
)
_RECORD_PREFIXES = r"(?:MRN|MR|PT|PAT|PID|ID|HN|ACC|ACCT|MEM|MBR|INS|CLM|CASE|ENC|ADM|RX|LAB|SSN|NHS|CHART)"
_SCORE_WORDS = r"score|scale|index|grade|class|stage|criteria|total|coma scale|sum"

_SERVICES = r"Unit|Units|Program|Programme|Service|Services|Team|Clinic|Centre|Center|Department|Suite|Lounge"


_DATE_ARC = re.compile(rf"{UID_DATE_ARC}(?:\.|$)")
_UID_CUE = re.compile(r"(?i)(?:instance ?uid|uid|\bUI)[\]\s:=\[\"']{0,4}$")


def _instance_uid(text: str, m: re.Match[str]) -> bool:
    if m.group().startswith(DICOM_ROOT):
        return False  # the DICOM standard's own UIDs: a SOP class, a transfer syntax
    return _DATE_ARC.search(m.group()) is not None or _UID_CUE.search(text, max(0, m.start() - 24),
                                                                      m.start()) is not None


_STUDY_CODE = r"[A-Z]{2,5}-[0-9]{3,5}(?:-[0-9]{2,4})?(?![\w\-])"
_PERSONAL_PHONE = re.compile(r"(?i)\b(?:cell|mobile|mob|home|pager|whatsapp|personal|private)\b[^\n]{0,12}$")

SPECS = [
    # an OID of five or more arcs (a code system's, an organisation's); not a DICOM instance UID, which names
    # one study, series or image (an arc holding a date, or a UID tag before it)
    PatternSpec("oid", T.ID, rf"(?<![\w.]){_OID}(?![\w.])", hs=_OID,
                validator=lambda text, m: None if _instance_uid(text, m) else (m.start(), m.end(), T.ID)),
    # an X12 implementation guide version: 005010X222A1
    PatternSpec("x12-version", T.ID, r"\b00[1-9]0[0-9]0X[0-9]{3}(?:A[0-9])?\b"),
    PatternSpec("epoch", T.ID, rf"(?<![\w.]){_EPOCH}(?![\w.])", hs=_EPOCH),  # Unix / Slack timestamp
    PatternSpec("duration", T.ID, rf"(?<![\w.]){_DURATION}", hs=_DURATION),
    PatternSpec("http-status", T.ID, rf"\b[1-5][0-9]{{2}} (?:{_HTTP_REASONS})\b"),
    # a sponsor's protocol or product code, never a patient's: "Protocol ABX-1142-301", "Product: QDL-2086",
    # "the first dose of ABX-1142", "ABX-1142 40 mg", "(QDL-2086 or placebo)"
    PatternSpec(
        "study-code",
        T.ID,
        rf"(?i:protocol|product|study drug|investigational product|dose of|doses of|exposure to)[:#]?[ \t]+"
        rf"\(?{_STUDY_CODE}|{_STUDY_CODE}(?=[ \t]+(?:[0-9.]+[ \t]?(?:mg|mcg|µg|g|mL|IU)\b|or placebo\b))",
        hs=r"(?i:protocol|product|study drug|investigational product|dose of|doses of|exposure to)[:#]?[ \t]+"
        r"\(?[A-Z]{2,5}-[0-9]{3,5}|[A-Z]{2,5}-[0-9]{3,5}(?:-[0-9]{2,4})?[ \t]+"
        r"(?:[0-9.]+[ \t]?(?:mg|mcg|µg|g|mL|IU)|or placebo)",
    ),
    # the language an interpreter is booked for or a person speaks: "Interpreter: Wolof (<name> by phone)",
    # "prefers Fijian", "speaks Malay"; the OMB race and ethnicity categories ("BLACK OR AFRICAN AMERICAN")
    PatternSpec(
        "language",
        T.ID,
        r"(?i:interpreter|interpreting|translator|language|languages|speaks|spoken|speaking|prefers|preferred)"
        r"[ \t]*[:(\-–]?[ \t]*(?:(?i:is|in)[ \t]+)?[A-Z][\w'’\-]+(?:[ \t][A-Z][\w'’\-]+){0,2}",
        hs=r"(?i:interpreter|interpreting|translator|language|languages|speaks|spoken|speaking|prefers|preferred)"
        r"[ \t]*[:(\-–]?[ \t]*(?:(?i:is|in)[ \t]+)?[A-Z]",
        validator=lambda text, m: _v_language(text, m),
    ),
    PatternSpec(
        "race-category",
        T.ID,
        r"(?i)\b(?:black or african american|american indian or alaska native"
        r"|native hawaiian(?: or other pacific islander)?|(?:not )?hispanic or latino"
        r"|other pacific islander)\b",
    ),
    # a bank's routing number by its label (ABA, RTN, BSB, sort code): the bank's, not the account holder's;
    # an amount with cents ("340120521.75") is no identifier; a Brazilian company's CNPJ and an Argentine
    # company's CUIT (30-, 33-, 34-): an organisation's tax numbers
    PatternSpec(
        "bank-or-company-number",
        T.ID,
        r"(?i:\b(?:routing(?:[ \t](?:number|no\.?|#))?|aba|rtn|bsb|sort[ \t]code)\b)[^0-9\n]{0,12}"
        r"[0-9]{3}[ \-]?[0-9]{3}[ \-]?[0-9]{3}(?![0-9])"
        r"|(?<![\w.])[0-9]{6,12}\.(?!00)[0-9]{2}(?![0-9.])"
        r"|(?<![\w./])[0-9]{2}\.[0-9]{3}\.[0-9]{3}/[0-9]{4}-[0-9]{2}(?![0-9])"
        r"|(?<![\w\-])3[034]-[0-9]{8}-[0-9](?![\w\-])",
        hs=r"(?i:\b(?:routing|aba|rtn|bsb|sort[ \t]code)\b)|[0-9]{6}\.[0-9]{2}|[0-9]{2}\.[0-9]{3}\.[0-9]{3}/"
        r"|3[034]-[0-9]{8}-[0-9]",
        window=12,
    ),
    # a North American toll-free line as businesses print it ("Questions? Call 1-800-555-0100"): a member
    # services or pharmacy line, never a person's own number (unless a person's phone label stands before it)
    PatternSpec(
        "toll-free",
        T.ID,
        r"(?<![\w+\-])1-8(?:00|33|44|55|66|77|88)-[0-9]{3}-[0-9]{4}(?![\w\-])",
        hs=r"1-8(?:00|33|44|55|66|77|88)-[0-9]{3}-[0-9]{4}",
        validator=lambda text, m: None if _PERSONAL_PHONE.search(text, max(0, m.start() - 24), m.start())
        else (m.start(), m.end(), T.ID),
    ),
    # a drug or analyte with its dose or value; never a titled person ("Dr Smith 5 mg daily")
    PatternSpec(
        "dose",
        T.ID,
        rf"\b(?!(?:Dr|Mr|Mrs|Ms|Mx|Miss|Prof|Sr|Sra|Herr|Frau)\.? ){_DOSE}(?![A-Za-z0-9])",
        hs=rf"\b{_DOSE}",
        validator=lambda text, m: _v_dose(m),
    ),
    # a coded element of attribute-valued XML (FHIR XML's Coding): <code value="68566005"/>
    PatternSpec(
        "xml-code",
        T.ID,
        r"<(?:[A-Za-z][\w.\-]*:)?(?:code|system|unit|version|use|status|gender)[ \t]"
        r"value=\"[^\"<>\n]{1,100}\"",
    ),
    # pandas df.info(): "0   mrn   5 non-null   int64" (a count, not the MRN)
    PatternSpec("non-null", T.ID, r"\b[0-9]{1,9} non-null\b"),
    # an NDC in its 10-digit shapes (5-4-1, 4-4-2, 5-3-2): no ZIP+4, phone or SSN is written so
    PatternSpec(
        "ndc",
        T.ID,
        # (and HIPAA's 11-digit 5-4-2 form, "00006-0117-31")
        r"(?<![\w-])(?:[0-9]{5}-[0-9]{4}-[0-9]{1,2}|[0-9]{4}-[0-9]{4}-[0-9]{2}|[0-9]{5}-[0-9]{3}-[0-9]{2})(?![\w-])",
        validator=lambda text, m: _v_ndc(text, m),
        hs=r"[0-9]{4,5}-[0-9]{3,4}-[0-9]{1,2}",
    ),
    # a clinical score named after its author, with its value: "Barthel 55", "Gleason 3+4", "Wells score 4"
    # (authors whose names are also common surnames need the word "score", "scale"...)
    PatternSpec(
        "clinical-score",
        T.ID,
        rf"\b(?:{_SCORE_AUTHORS}(?:[ \-](?:{_SCORE_WORDS}))?|{_SCORE_AUTHORS_WEAK}[ \-](?:{_SCORE_WORDS}))"
        r"(?: of)?[ \t]{0,2}[:=]?[ \t]{0,2}[0-9]{1,3}(?:[+/][0-9]{1,3})?\b",
    ),
    # a coded element's display in CDA/XML: <code code="2106-3" displayName="White" .../> (a Graph or SCIM
    # "displayName" with no code beside it is a user's name and stays masked)
    PatternSpec(
        "coded-display",
        T.ID,
        r"\bcode=\"[^\"\n]{1,40}\"[^<>\n]{0,120}?\bdisplayName=\"(?P<v>[^\"\n]{1,120})\"",
        hs=r"\bcode=\"[^\"\n]{1,40}\"[^<>\n]*displayName=\"",
    ),
    # a first-level division under its key, in JSON or YAML written as text: "addr_state": "Alberta"
    PatternSpec(
        "region-value",
        T.ID,
        rf"(?:{REGION_KEY_WORDS})[\"']?[ \t]*[:=][ \t]*[\"'](?P<v>[A-Za-z][A-Za-z .'\-]{{1,38}})[\"']",
        caseless=True,
        hs=rf"(?:{REGION_KEY_WORDS})[\"']?[ \t]*[:=][ \t]*[\"'][A-Za-z]",
    ),
    # public registry and ticket keys: a trial (NCT04417382), an incident or change (INC-31846), a CVE, an
    # issue key after the word that introduces it ("ticket DATA-2304")
    PatternSpec(
        "public-key",
        T.ID,
        r"\b(?:NCT[0-9]{8}|(?:INC|CHG|RITM|PRB|SCTASK|REQ)-?[0-9]{4,10}|CVE-[0-9]{4}-[0-9]{4,7}"
        r"|(?i:ticket|issue|incident|jira|bug|story|epic|change request|see"
        r"|logged (?:it |your [a-z]+ )?(?:under|as)"
        r"|tracked (?:in|as|under)|refs?|fixes|closes|resolves"
        # where a tracker's key is cited: "regression <KEY>", "Reported in <KEY>", "Related: INC-1, <KEY>",
        # "exported for <KEY>", "ticket" = "<KEY>"
        r"|regression|reported in|raised in|exported for|related|relates to|blocks|blocked by|duplicates"
        r"|follow-up to|followup to|fixed in|see also|ticket[\"']?[ \t]*=|(?:INC|CHG|PRB)-[0-9]{1,10},?)"
        r"[\"']?[ \t]{0,2}[:=]?[ \t]{0,2}[\"'(#]?"
        # and the keys listed after it
        r"[A-Z][A-Z0-9]{1,9}-[0-9]{1,6}(?:,[ \t]*[A-Z][A-Z0-9]{1,9}-[0-9]{1,6})*)\b",
        validator=lambda text, m: _v_public_key(text, m),
    ),
    # a tracker's key in a notification's subject ("Subject: Re: [<KEY>] ..."), a repro's title ('"<KEY> repro
    # with support"'), a key beside an incident ("<KEY> / INC-224")
    PatternSpec(
        "subject-key",
        T.ID,
        r"(?i:subject|betreff|objet|asunto):[ \t]*(?i:(?:re|fwd?|aw|tr):[ \t]*)*"
        r"\[[A-Z][A-Z0-9]{1,9}-[0-9]{1,6}\]"
        r"|\b[A-Z][A-Z0-9]{1,9}-[0-9]{1,6}[ \t]+(?:repro|regression|hotfix|follow-up)\b"
        r"|\b[A-Z][A-Z0-9]{1,9}-[0-9]{1,6}[ \t]*/[ \t]*(?:INC|CHG|PRB)-[0-9]{1,10}\b",
    ),
    # a supplier's or a service's vehicle by its fleet number: "Route 1 / Van 36", "Truck 12" ("Van" is no
    # Dutch particle there)
    PatternSpec("fleet-number", T.ID, r"\b(?:Van|VAN|Truck|TRUCK|Bus|BUS)[ \t]+#?[0-9]{1,4}\b"),
    # a law or a regulation cited by its number and year ("Real Decreto 1030/2006", "Decreto-Lei n.º
    # 48/2009", "L. 833/1978", "Regulation (EU) No 2016/679"), a French form's number ("cerfa N° 14327*03")
    PatternSpec(
        "law-number",
        T.ID,
        r"\b(?:Real[ \t]Decreto|Decreto(?:-Lei|[ \t]Legislativo|[ \t]Ley)?|Ley|Lei|Loi|L\."
        r"|Regulation[ \t]\(E[CU]\)|Directive|Reglement|Reglamento|Verordnung|Gesetz)[ \t]*"
        r"(?:n\.?o?|No\.?|nr\.?|Nr\.?)?[ \t]*[0-9]{1,4}/[0-9]{2,4}{NAD}"
        # ("°" is "?" and "º" is "o" in the scan copy)
        r"|\b(?i:cerfa)[ \t]*(?:N[o?]?|n[o?])?[ \t]*[0-9]{5}\*[0-9]{2}"
        # a government form by its agency's code: "Form HUD-92006", "Form ISP-1151", "Form SSA-827"
        r"|\bForm[ \t]+[A-Z]{2,5}-[0-9]{2,6}[A-Z]?\b",
    ),
    # a Kubernetes pod's name: its deployment, the replica set's hash, a five-character suffix
    PatternSpec(
        "pod-name",
        T.ID,
        r"\b[a-z][a-z0-9]*(?:-[a-z0-9]+)*-[a-z0-9]{8,10}-[a-z0-9]{5}\b",
        validator=lambda text, m: _v_pod_name(m),
    ),
    # a commit subject led by its issue key ("    OPS-3257: fix dob parsing"); not a record number's prefix
    PatternSpec(
        "commit-key",
        T.ID,
        rf"\n[ \t]{{0,8}}(?!{_RECORD_PREFIXES}-)[A-Z][A-Z0-9]{{1,9}}-[0-9]{{1,6}}:[ \t]",
        hs=r"\n[ \t]{0,8}[A-Z][A-Z0-9]{1,9}-[0-9]{1,6}:[ \t]",
    ),
    # software and its release: "Spring Boot 3.3.1", "PyYAML 6.0.1" (no person carries a three-part version)
    PatternSpec(
        "product-version",
        T.ID,
        r"\b[A-Z][A-Za-z0-9+\-]*(?: [A-Z][A-Za-z0-9+\-]*)? v?"
        r"(?P<a>[0-9]{1,3})\.(?P<b>[0-9]{1,3})\.(?P<c>[0-9]{1,3})"
        r"(?![0-9]|\.[0-9])",
        validator=lambda text, m: _v_version(m),
        hs=r"\b[A-Z][A-Za-z0-9+\-]*(?: [A-Z][A-Za-z0-9+\-]*)? v?[0-9]{1,3}\.[0-9]{1,3}\.[0-9]{1,3}",
    ),
    # genomics: a dbSNP id (rs71649238), a reference build (GRCh38), a VCF contig header, a locus on a
    # chromosome ("chr17\t43094464", "chr7:117559590"): coordinates on the genome, no one's identifier
    PatternSpec(
        "genomic",
        T.ID,
        r"\brs[0-9]{3,10}\b|\b(?:GRCh3[78]|hg19|hg38|T2T-CHM13)\b|\bchr(?:[0-9]{1,2}|X|Y|MT?)(?:[\t:][0-9]{1,9}\b)?",
        hs=r"\brs[0-9]{3}|\b(?:GRCh3[78]|hg19|hg38|T2T-CHM13)|\bchr(?:[0-9]|X|Y|M)",
    ),
    PatternSpec("vcf-contig", T.ID, r"##contig=<[^>\n]{1,200}>", hs=r"##contig=<"),
    # a form's label is no name ("Date" and "Birth" are surnames too): "Date of Birth", "Place of Death"
    PatternSpec(
        "date-label",
        T.ID,
        r"\b(?:Date|DATE|Place|PLACE|Time|TIME)[ \t]+(?:of|OF)[ \t]+(?:Birth|BIRTH|Death|DEATH"
        r"|Service|SERVICE|Admission|ADMISSION|Discharge|DISCHARGE|Injury|INJURY|Visit|VISIT|Onset|ONSET)\b",
    ),
    # a product's lot with letters and digits ("Lot D41726", "LOT 63F512"; "Lot 5, <name> Gardens" is land)
    PatternSpec(
        "product-lot",
        T.ID,
        r"\b(?:Lot|LOT|lot)[ \t]*[#:.]?[ \t]*(?=[A-Z0-9\-]*[A-Z])(?=[A-Z0-9\-]*[0-9])"
        r"[A-Z0-9][A-Z0-9\-]{3,14}\b",
        validator=lambda text, m: _v_product_lot(text, m),
        hs=r"\b(?:Lot|LOT|lot)[ \t]*[#:.]?[ \t]*[A-Z0-9]",
    ),
    # a variant in HGVS ("NM_007294.4(BRCA1):c.94_95del", "p.Glu23ValfsTer17", "c.5946delT"): no identifier
    PatternSpec(
        "hgvs",
        T.ID,
        r"\b(?:(?:NM|NR|NP|NC|NG|XM|XR|ENST)_[0-9]+(?:\.[0-9]+)?(?:\([A-Za-z0-9\-]+\))?:)?"
        r"(?:[cgmnr]\.[0-9*\-+_?()]+(?:[ACGTN]>[ACGTN]|del[ACGTN]*|dup[ACGTN]*|ins[ACGTN]+|delins[ACGTN]+|inv)"
        r"|p\.\(?[A-Z][a-z]{2}[0-9]+(?:[A-Z][a-z]{2}|\*|=)?(?:fs(?:Ter|\*)?[0-9]*|del|dup|ins[A-Za-z0-9]*)?\)?)",
        hs=r"\b(?:(?:NM|NR|NP|NC|NG|XM|XR|ENST)_[0-9]|[cgmnr]\.[0-9*\-+_?(]|p\.\(?[A-Z][a-z]{2}[0-9])",
        window=60,
    ),
    # a study's, an error's or a recall's own code ("Protocol MK-1234-567", "error ERR-5127", "IACUC
    # AUP-3068", "recall (FSN-2023-042") and a product's model or catalogue number: no one's identifier
    PatternSpec(
        "code-of-thing",
        T.ID,
        r"(?i:\b(?:protocol|study|trial|irb|iacuc|hrec|error|recall|field safety notice|model|catalogue"
        r"|catalog|cat\.?[ \t]?(?:no\.?|#)|part[ \t]?(?:no\.?|#)|firmware|version)\b)[ \t]*[:#(]?[ \t]*"
        r"(?-i:[A-Z]{1,5}-?[0-9]{2,6}(?:-[0-9A-Z]{1,6}){0,2})\b",
        hs=r"(?i:\b(?:protocol|study|trial|irb|iacuc|hrec|error|recall|field safety notice|model|catalogue"
        r"|catalog|cat|part|firmware|version)\b)",
        window=40,
    ),
    # a device's maker and model before what it is or its serial ("<Maker> <Model> DR MRI, serial",
    # "<Maker> <Model> generator", "via <Brand> home pump"), or after "made by": a product, not a person
    PatternSpec(
        "device-brand",
        T.ID,
        r"\b[A-Z][A-Za-z0-9\-]*(?:[ \t][A-Z0-9][A-Za-z0-9\-]*){0,4}"
        r"(?:[ \t](?:home[ \t])?(?:generator|pump|pacemaker|defibrillator|ICD|CRT-D|monitor|port|catheter"
        r"|lead|stent|valve|implant|sensor|analy[sz]er|scanner|cytometer|sequencer|glucometer|inhaler|patch"
        r"|workstation)\b|[ \t][0-9]{1,2} ?Fr\b|,?[ \t](?P<sn>serial|model|REF|catalogue|S/N)\b)"
        r"|\b(?:made|manufactured|supplied|distributed)[ \t]+by[ \t]+[A-Z][A-Za-z0-9\-]+"
        r"(?:[ \t][A-Z][A-Za-z0-9\-]*){0,2}",
        validator=lambda text, m: _v_device_brand(text, m),
        hs=r"\b(?:generator|pump|pacemaker|defibrillator|ICD|CRT-D|monitor|port|catheter|lead|stent|valve"
        r"|implant|sensor|analy[sz]er|scanner|cytometer|sequencer|glucometer|inhaler|patch|workstation|Fr"
        r"|serial|model|REF|catalogue|S/N)\b|\b(?:made|manufactured|supplied|distributed)[ \t]+by[ \t]+[A-Z]",
        window=60,
    ),
    # an LLM's model id, dated or not ("gpt-4o-2024-11-20", "claude-sonnet-4-20250514"): no one's date or id
    PatternSpec(
        "model-id",
        T.ID,
        r"\b(?:gpt|chatgpt|o[1-9]|claude|gemini|llama|mistral|mixtral|codestral|command-r|text-embedding"
        r"|davinci|sonar|deepseek|qwen|grok)(?:-[A-Za-z0-9.]+)+\b",
    ),
    # a card's brand before the card ("Visa ending in", "Mastercard x1234"): no one's name
    PatternSpec(
        "card-brand",
        T.ID,
        r"\b(?:Visa|VISA|Mastercard|MasterCard|MASTERCARD|Amex|AMEX|American Express|Maestro|Discover)"
        r"(?=[ \t]+(?:card|debit|credit|ending|x{2,}|X{2,}|\*{2,}|[0-9]))",
        hs=r"\b(?:Visa|VISA|Mastercard|MasterCard|MASTERCARD|Amex|AMEX|American Express|Maestro"
        r"|Discover)[ \t]",
    ),
    # a role held for someone, not a name: "is Enduring Power of Attorney", "Lasting Power of Attorney"
    PatternSpec(
        "power-of-attorney",
        T.ID,
        r"\b(?:(?:Enduring|Lasting|Durable|Medical|Healthcare|Health Care|Continuing)[ \t])?Power[ \t]of"
        r"[ \t]Attorney\b",
    ),
    # an IANA time zone ("Europe/Berlin", "America/Argentina/Cordoba"): a setting, not where someone lives
    PatternSpec(
        "time-zone",
        T.ID,
        r"\b(?:Africa|America|Antarctica|Arctic|Asia|Atlantic|Australia|Europe|Indian|Pacific)"
        r"/[A-Z][A-Za-z_\-]+(?:/[A-Z][A-Za-z_\-]+)?\b",
    ),
    PatternSpec(
        "facility",
        T.ID,
        rf"(?<![\w\-])(?<![A-Za-z]{{2}}')(?:{_FAC_WORD}[ \t]){{0,6}}(?:[A-Z][a-z]+-)?{_FACILITY}\b"
        rf"(?:[ \t]{_FAC_WORD}){{0,6}}"
        r"(?<![ \t])",
        validator=lambda text, m: _v_facility(m),
        hs=_FACILITY,
        window=80,
    ),
    # an analyte and its result without a unit ("Na 134", "K 3.9", "Hgb 10.2"); the Glasgow coma scale's parts
    PatternSpec(
        "analyte-value",
        T.ID,
        r"\b(?:Na|K|Cl|Ca|Mg|Phos|BUN|Cr|Creat|Hgb|Hb|Hct|WBC|Plt|PLT|INR|PTT|ALT|AST|ALP|GGT|TSH|HCO3|CO2|Glu"
        r"|Gluc|Lac|Lactate|Trop|BNP|CRP|ESR|pH|pO2|pCO2|SpO2|SaO2|Alb|Tbili|Bili|LDH|CK|Lipase|A1c|HbA1c|eGFR"
        r"|Ferritin|Mg2|iCa|Osm|NT-proBNP)[ \t]?:?[ \t]?[0-9]{1,4}(?:[.,][0-9]{1,2})?\b(?![/\-][0-9])",
        hs=r"\b(?:Na|K|Cl|Ca|Mg|Phos|BUN|Cr|Creat|Hgb|Hb|Hct|WBC|Plt|PLT|INR|PTT|ALT|AST|ALP|GGT|TSH|HCO3|CO2|Glu"
        r"|Gluc|Lac|Lactate|Trop|BNP|CRP|ESR|pH|pO2|pCO2|SpO2|SaO2|Alb|Tbili|Bili|LDH|CK|Lipase|A1c|HbA1c|eGFR"
        r"|Ferritin|Mg2|iCa|Osm|NT-proBNP)[ \t]?:?[ \t]?[0-9]",
    ),
    PatternSpec("gcs-parts", T.ID, r"\bGCS[ \t]?:?[ \t]?E[1-4][ \t]?V[1-5T][ \t]?M[1-6]\b"),
    # a hospital's ward by its compass wing: "4 West", "5 West Telemetry", "7 North"
    PatternSpec("ward-wing", T.ID, r"\b[1-9][0-9]?[ \t](?:North|South|East|West)(?:[ \t][A-Z][a-z]+)?\b"),
    # an ATC drug class code (N02AA01, A10BK03): a drug, not a record number
    PatternSpec("atc", T.ID, r"\b[ABCDGHJLMNPRSV][0-9]{2}[A-Z]{2}[0-9]{2}\b"),
    # HL7 v2's message control id (MSH-10): the message's, not the patient's
    PatternSpec("hl7-control-id", T.ID, r"MSH\|(?:[^|\r\n]{0,80}\|){8}(?P<v>[^|\r\n]{1,40})", hs=r"MSH\|"),
    # a toll-free vanity number (1-800-WALGREENS) is a business's; its digits stay masked (fail closed)
    PatternSpec("vanity", T.ID, r"\b1-8(?:00|33|44|55|66|77|88)-[A-Z]{4,10}\b"),
    # an RxNorm name's dose form after its unit in capitals: "Atorvastatin 40 MG Oral Tablet" ("Oral" is a
    # given name too)
    PatternSpec(
        "rxnorm-form",
        T.ID,
        r"\b[0-9]+(?:\.[0-9]+)?[ \t]?(?:MG|MCG|ML|UNT|MEQ|ACTUAT|HR|MG/ML|MG/HR|MCG/ML|UNT/ML)"
        r"(?:[ \t][A-Z][a-z]+){1,4}\b",
    ),
    # provinces and states of Canada and Australia whose words are also names ("Columbia", "Nova"): state
    # level, which Safe Harbor lets stay
    PatternSpec(
        "province",
        T.ID,
        r"\b(?:British Columbia|Nova Scotia|New Brunswick|Prince Edward Island|New South Wales"
        r"|Western Australia|South Australia|Northern Territory|Northwest Territories"
        r"|Australian Capital Territory|Newfoundland and Labrador)\b",
    ),
    # a vehicle by model year, make and model ("2016 Chevrolet Silverado", "2021 Ford F-150"): no postcode and
    # town, and no person; its VIN and plate are masked on their own
    PatternSpec(
        "vehicle-model",
        T.ID,
        rf"\b(?:19[5-9][0-9]|20[0-4][0-9])[ \t]+(?:{CAR_MAKES})"
        r"(?:[ \t]+(?:[A-Z0-9][\w\-]*|[a-z][0-9][\w\-]*)){0,3}",
        hs=rf"\b(?:19[5-9][0-9]|20[0-4][0-9])[ \t]+(?:{CAR_MAKES})\b",
    ),
    # an AI vendor's object ids in an API body ("toolu_01AbC9...", "chatcmpl-9x..."): the vendor's, no one's
    PatternSpec(
        "vendor-object-id",
        T.ID,
        r"\b(?:toolu|srvtoolu|msg|call|cmpl|resp|run|thread|asst|batch|ftjob|file)_[A-Za-z0-9]{8,48}\b"
        r"|\bchatcmpl-[A-Za-z0-9]{8,48}\b",
    ),
    # a standard by its number: "ISO-8601", "RFC 3339", "IEC 62304", "ISO 27001:2022"
    PatternSpec(
        "standard-number",
        T.ID,
        r"\b(?:ISO|IEC|RFC|IEEE|ANSI|DIN|NIST|FIPS|ASTM|CLSI)[ \-]?[0-9]{2,5}(?:[\-:.][0-9]{1,4}){0,2}\b",
    ),
    # a request's or a trace's id: the call's, not the patient's
    PatternSpec(
        "trace-id",
        T.ID,
        r"(?i)\b(?:trace|span|request|correlation|x-request|x-trace|x-correlation|x-amzn-trace|traceparent)"
        r"[-_ ]?id[\"']?[ \t]*[:=][ \t]*[\"']?"
        r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}\b",
    ),
    # a Glasgow Coma Scale's components ("GCS 11 (E2V4M5)": no postcode) and an emergency vehicle's call sign
    # ("Medic 2", "Engine 41", "Ambulance 4273": no name, street or plate)
    PatternSpec("gcs-parts", T.ID, r"\bE[1-4][ \t]?V[1-5T][ \t]?M[1-6]\b"),
    PatternSpec(
        "call-sign",
        T.ID,
        r"\b(?:Medic|Ambulance|Engine|Ladder|Truck|Squad|Rescue|Battalion|Tanker|Brush|Car|Rig|Bus"
        r"|Helicopter|Lifeflight|Air|Medic[ \t]Unit|Fire[ \t]Unit|EMS|ALS|BLS|MICU|Echo|Delta)"
        r"[ \t\-]?[0-9]{1,4}[A-Z]?\b",
    ),
    # a car by its make (and model): "Toyota Corolla", "Ford Focus", "a grey Vauxhall" (makes that are
    # surnames or given names, Ford, Honda, Kia, only before a model)
    PatternSpec(
        "vehicle-make",
        T.ID,
        r"\b(?:(?:Silver|Black|White|Red|Blue|Grey|Gray|Green|Gold|Dark|Light|Maroon)[ \t])?"
        r"(?:(?:Skoda|Toyota|Hyundai|Vauxhall|Volkswagen|Nissan|Subaru|Mazda|Peugeot|Renault|Citroen"
        r"|Chevrolet|Mitsubishi|Holden)(?:[ \t][A-Z][A-Za-z0-9\-]+)?"
        r"|Ford[ \t](?:Fiesta|Focus|Ranger|Escape|Explorer|Transit|F-150|Mustang|Fusion|Edge|Territory|Falcon"
        r"|Puma|Kuga|Mondeo|Expedition|Bronco)"
        r"|Honda[ \t](?:Civic|Accord|Jazz|Fit|CR-V|HR-V|Odyssey|Pilot)"
        r"|Kia[ \t](?:Sportage|Rio|Picanto|Sorento|Ceed|Niro|Soul|Optima|Forte|Telluride|Carnival))\b",
    ),
    # a public agency named for the district it serves: "Valley Ambulance District", "Lakes Fire Protection
    # District", "Ridge School District" (the people's place is their address, not the agency's)
    PatternSpec(
        "agency-district",
        T.ID,
        r"\b(?:[A-Z][a-z]+[ \t]){1,3}(?:Fire|Ambulance|School|Water|Hospital|Health|Sanitary|Park|Library"
        r"|Transit|Utility|Irrigation|EMS|Rescue|Unified|Independent)(?:[ \t]Protection)?[ \t]District\b",
    ),
    # an HL7 table's number ("HL70396" in a segment) and an EHR's modules by their product names
    PatternSpec("hl7-table", T.ID, r"\bHL7[0-9]{4}\b"),
    PatternSpec(
        "ehr-module",
        T.ID,
        r"\bEpic[ \t](?:Bridges|Cadence|Prelude|Resolute|Willow|Beaker|Radiant|Cupid|OpTime|Stork|Beacon"
        r"|Tapestry"
        r"|Healthy[ \t]Planet|MyChart|Hyperspace|Haiku|Canto|Rover|Welcome|Kaleidoscope|Clarity|Caboodle"
        r"|Cogito"
        r"|Chronicles|Care[ \t]Everywhere|ASAP|ClinDoc|Grand[ \t]Central|Identity|Wisdom|Phoenix|Lucy"
        r"|Ambulatory"
        r"|Hospital[ \t]Billing|Professional[ \t]Billing|Rover|Compass[ \t]Rose)\b"
        r"|\b(?:PowerChart|FirstNet|SurgiNet|PathNet|RadNet|PharmNet|CareNet|HealtheIntent|HealtheLife"
        r"|Millennium|PowerNote|PowerPlan|iView|CareAware|Soarian|Meditech[ \t]Expanse"
        r"|Sunrise[ \t]Clinical)\b",
    ),
    # eyes, ears and teeth: a Snellen acuity after its eye or "VA" ("VA R 6/9", "L 6/12"), a reading addition
    # ("Add +1.50"), a tooth by Palmer's quadrant ("UR4"), a tympanogram's type ("Type Ad")
    PatternSpec(
        "snellen",
        T.ID,
        r"\b(?:VA|BCVA|UCVA|DVA|NVA|Snellen|R|L|RE|LE|OD|OS|OU|RVA|LVA)[ \t:]*(?:[RL][ \t:]+)?"
        r"6/(?:4|5|6|7\.5|9|12|18|24|36|60)(?:[ \t]?[-+][0-9])?(?![0-9/])",
        hs=r"\b(?:VA|BCVA|UCVA|DVA|NVA|Snellen|R|L|RE|LE|OD|OS|OU|RVA|LVA)[ \t:]*(?:[RL][ \t:]+)?6/[0-9]",
    ),
    PatternSpec("reading-add", T.ID, r"\b(?:Add|ADD|add)[ \t:]*[+\-][0-9]\.[0-9]{2}"),
    PatternSpec("palmer-tooth", T.ID, r"\b(?:UL|UR|LL|LR)[1-8](?![0-9A-Za-z])", hs=r"\b(?:UL|UR|LL|LR)[1-8]"),
    PatternSpec("tympanogram", T.ID, r"\b[Tt]ype[ \t](?:A|As|Ad|B|C)(?![A-Za-z])",
                hs=r"\b[Tt]ype[ \t](?:A|As|Ad|B|C)"),
    # a code identifier glued from ordinary words: "EncounterKey", "IsDeleted", "StartDate" (a name glued
    # from a particle, "DeShawn", "McArdle", has a part no dictionary holds as a word)
    PatternSpec(
        "camel-words",
        T.ID,
        r"\b[A-Z][a-z]+(?:[A-Z][a-z]+)+\b",
        validator=lambda text, m: _v_camel_words(m),
    ),
    PatternSpec(  # a numbered role in place of a name: "Field worker 09", "Health worker 3", "Team member 12"
        "numbered-role",
        T.ID,
        r"\b[A-Z][a-z]+[ \t](?:worker|officer|staff|team|nurse|volunteer|member|assistant|agent|interviewer"
        r"|enumerator|collector)s?[ \t]#?[0-9]{1,4}\b",
    ),
    # an act by its title and year, in any case ("MENTAL HEALTH ACT 1983": no postcode), and services, tools
    # and forces named like people or places ("An Garda Siochana", "Stanley-Brown safety plan", "Columbia
    # Protocol")
    PatternSpec(
        "act-title",
        T.ID,
        r"\b(?:[A-Z][A-Za-z'\-]*[ \t]){1,7}(?:Act|ACT)(?:[ \t](?:of|OF))?[ \t](?:19|20)[0-9]{2}\b",
    ),
    PatternSpec(
        "named-service",
        T.ID,
        r"\b(?:An[ \t]Garda[ \t]Siochana|Garda[ \t]Siochana|Cuan[ \t]Mhuire|Pieta[ \t]House|Stanley-Brown"
        r"|Columbia[ \t](?:Protocol|Suicide[ \t]Severity[ \t]Rating[ \t]Scale)|Samaritans|Lifeline"
        r"|Beyond[ \t]Blue"
        r"|Kids[ \t]Helpline|Crisis[ \t]Text[ \t]Line)\b",
    ),
    # military names that are no person's: an operation ("Op <NAME>"), a unit ("2nd Battalion <Name>
    # Regiment", "Royal <Name> Regiment", "<n> Field Hospital"), a VA system, a trade after its MOS code
    PatternSpec("operation", T.ID, r"\b(?:Op|OP|Operation)[ \t]+[A-Z]{3,}(?:[ \t][A-Z]{3,})?\b"),
    PatternSpec(
        "military-unit",
        T.ID,
        r"\b[0-9]{1,3}(?:st|nd|rd|th|e)?[ \t](?:[A-Z][a-z]+[ \t]){0,2}(?:Battalion|Regiment|Brigade|Division"
        r"|Field[ \t]Hospital|Field[ \t]Ambulance|Squadron|Wing|Group"
        r"|Company)(?:[ \t](?:The[ \t])?[A-Z][a-z]+){0,3}"
        r"|\bRoyal[ \t](?:[0-9]{1,2}e[ \t])?(?:[A-Z][a-z]+[ \t]){0,3}(?:Regiment"
        r"|Navy|Air[ \t]Force"
        r"|Marines|Corps|Centre|Center|Artillery|Engineers|Signals|Army|Fusiliers|Rifles|Guards)"
        r"(?:[ \t]for[ \t](?:[A-Z][a-z]+[ \t]?){1,3})?"
        r"|\b(?:[A-Z][a-z]+[ \t]){1,3}VA[ \t](?:Health[ \t]?Care[ \t]System|Medical[ \t]Center"
        r"|Healthcare[ \t]System)"
        r"|\b[0-9]{2}[A-Z][0-9]?[ \t](?:Combat|Infantry|Health|Medical|Patient|Cavalry|Military|Field"
        r"|Radiology"
        r"|Dental|Behavioral|Pharmacy|Laboratory)(?:[ \t][A-Z][a-z]+){0,3}\b",
    ),
    # pharmacy: a product's code after its qualifier and a space (DIN, NDC, BIN; a "PCN" number is a patient
    # control number on a claim form), a strength in hyphenated parts
    # ("<Drug> 200-25 mg"), a year range ("2024-2025" season), chains and claim reject messages
    PatternSpec(
        "product-code",
        T.ID,
        r"\b(?:DIN|NDC|BIN|UPC|GTIN|PRODUCT[ \t]ID|Product[ \t]ID|NDC11)(?:[ \t]*[:#][ \t]*|[ \t]+)"
        r"[0-9][0-9\-]{5,13}\b",
    ),
    # (an SSN's or a phone number's shape before a unit is no strength: "SSN 523-45-6789 mg" is an evasion)
    PatternSpec(
        "strength-parts",
        T.ID,
        r"\b(?![0-9]{3}-[0-9]{2,3}-[0-9]{4}\b)[0-9]{1,4}(?:-[0-9]{1,4}){1,3}[ \t]?(?:mg|mcg|g|mL|ml|units)\b",
        hs=r"\b[0-9]{1,4}(?:-[0-9]{1,4}){1,3}[ \t]?(?:mg|mcg|g|mL|ml|units)\b",
    ),
    PatternSpec("year-range", T.ID, r"(?<![0-9/\-])(?:19|20)[0-9]{2}[-/](?:19|20)[0-9]{2}(?![0-9/\-])",
                hs=r"(?:19|20)[0-9]{2}[-/](?:19|20)[0-9]{2}"),
    PatternSpec(
        "pharmacy-chain",
        T.ID,
        r"\b(?:London[ \t]Drugs|Jean[ \t]Coutu|Rexall|Lloyds(?:[ \t]?Pharmacy)?"
        r"|Shoppers[ \t]Drug[ \t]Mart|Walgreens"
        r"|Rite[ \t]Aid|Boots|Superdrug|Pharmaprix|Uniprix|Familiprix|Brunet|Proxim|Guardian[ \t]Pharmacy"
        r"|Priceline[ \t]Pharmacy|Chemist[ \t]Warehouse|Amcal|Terry[ \t]White|Well[ \t]Pharmacy|Kroger"
        r"|Safeway|Costco|Sam's[ \t]Club|Express[ \t]Scripts|OptumRx|Caremark|Accredo|SilverScript)\b",
    ),
    PatternSpec(
        "claim-reject",
        T.ID,
        r"\b(?:Refill[ \t]Too[ \t]Soon|Prior[ \t]Authori[sz]ation[ \t]Required"
        r"|Plan[ \t]Limitations[ \t]Exceeded"
        r"|Product/Service[ \t]Not[ \t]Covered|Non-Matched[ \t]Prescriber|Drug[ \t]Not[ \t]Covered"
        r"|Patient[ \t]Not[ \t]Covered|Missing/Invalid[ \t][A-Z][A-Za-z ]{2,30})\b",
    ),
    # imaging: a scanner, a workstation or a RIS by its product name ("MAGNETOM <Model> 1.5T", "Centricity
    # RIS-IC 10.4"), and an exam by its modality and body part ("CT KUB LOW DOSE", "MRI Knee")
    PatternSpec(
        "imaging-product",
        T.ID,
        r"\b(?:MAGNETOM|Magnetom|SOMATOM|Somatom|SIGNA|Signa|Ysio|Centricity|Aquilion|Ingenia|Achieva|Vereos"
        r"|Biograph|Lumify|Affiniti|EPIQ|LOGIQ|Logiq|Voluson|Senographe|Selenia|Mammomat|PowerScribe|Carestream"
        r"|Synapse|Visage|Sectra|Vitrea|syngo)(?:[ \t][A-Z][A-Za-z0-9\-]*){0,2}(?:[ \t][0-9][0-9.]*T?)?",
    ),
    PatternSpec(
        "imaging-exam",
        T.ID,
        r"\b(?:CT|MRI|USG|XR|CXR|PET|DXA|MRA|CTA|PET-CT)[ \t][A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,3}",
    ),
    PatternSpec(  # "Page 2 of 3": no name before a number
        "page-number", T.ID, r"\b(?:Page|PAGE|page)[ \t]+[0-9]{1,4}(?:[ \t]+(?:of|OF|/)[ \t]+[0-9]{1,4})?\b"
    ),
    # an outbreak's or a genomic cluster's code names an event, not a person: "OB-2023-117", "2311NYSAL-4"
    PatternSpec("outbreak-code", T.ID, r"\b(?:OB|OUT|OBK|EXP)[-_ ]?(?:19|20)[0-9]{2}[-_][0-9]{2,5}\b"),
    PatternSpec("cluster-code", T.ID, r"\b[0-9]{4}[A-Z]{2}[A-Z]{3}-[0-9]{1,3}(?:[A-Z]{1,3})?\b"),
    # vaccines by brand ("Boostrix", "Gardasil 9", "Hiberix"), with their valency or form
    PatternSpec(
        "vaccine-brand",
        T.ID,
        r"\b(?:Infanrix|Prevenar|Prevnar|Pneumovax|Gardasil|Boostrix|Adacel|Pentacel|Pediarix|Vaxelis|ActHIB"
        r"|Hiberix|PedvaxHIB|Engerix|Recombivax|Havrix|Vaqta|Twinrix|Priorix|ProQuad|Varivax|Zostavax|Shingrix"
        r"|Menactra|Menveo|MenQuadfi|Nimenrix|Bexsero|Trumenba|Rotarix|RotaTeq|Fluzone|Fluarix|Flucelvax"
        r"|Afluria|Fluad|FluMist|Comirnaty|Spikevax|Nuvaxovid|Arexvy|Abrysvo|Beyfortus|Vivotif|Typhim|Ixiaro"
        r"|Dukoral|Rabipur|Imovax|Daptacel|Quadracel|Kinrix|Repevax|Revaxis|Menitorix|Synflorix|Vaxneuvance"
        r"|Capvaxive|Heplisav|Jynneos|Qdenga|Dengvaxia|Stamaril|Varilrix|Hexyon|Hexaxim|Tetraxim|Pentaxim)"
        r"(?:[ \t\-](?:hexa|IPV|Tetra|[0-9]{1,2}|HB|Adult|Junior|Pediatric|Paediatric|Quadrivalent"
        r"|High-Dose))?\b",
    ),
    # care and public-health services named by direction or by their kind: "Urgent Care West", "<Place>
    # Valley Mortuary", "<Region> Public Health Unit", "Cary-Blair" (a stool transport medium)
    PatternSpec(
        "service-name",
        T.ID,
        r"\b(?:Urgent[ \t]Care|Walk-in[ \t]Clinic|Public[ \t]Health)[ \t](?:North|South|East|West|Central)\b"
        r"|\b(?:[A-Z][a-z]+[ \t]){1,3}(?:Mortuary|Funeral[ \t]Home|Crematorium|Public[ \t]Health[ \t]Unit"
        r"|Health[ \t]Unit|Health[ \t]Department|Health[ \t]Authority|Health[ \t]Board|Health[ \t]Service"
        r"|Health[ \t]Protection[ \t]Team)\b"
        r"|\bCary-Blair\b",
    ),
    # a NEMSIS code list value: seven digits that repeat the element's number ("<ePatient.16>2516005",
    # "<eSituation.13>2813005") or a shared list's ("9906001"), no identifier
    PatternSpec(
        "nemsis-code",
        T.ID,
        r"<[de][A-Z][A-Za-z]+\.(?P<n>[0-9]{2})>(?P<v>[0-9]{7})</",
        validator=lambda text, m: (
            (*m.span("v"), T.ID) if m.group("v")[2:4] == m.group("n") or m.group("v")[:2] == "99" else None
        ),
        hs=r"<[de][A-Z][A-Za-z]+\.[0-9]{2}>[0-9]{7}</",
    ),
    # a kin word standing alone as a field's value names the relation, not the person: "Next of kin:
    # Wife", "Emergency Contact - Son", "Relationship: Daughter (lives with)"
    PatternSpec(
        "kin-alone",
        T.NAME,
        rf"[:\-] (?P<v>{_KIN_WORDS})(?=[ \t]*(?:$|[\r\n,;(]))",
        caseless=True,
        hs=rf"[:\-] {_KIN_WORDS}",
    ),
    # an institution's number, not a person's: a laboratory's CLIA number (<nn>D<7 digits>, after its word or
    # before HL7's "^CLIA"), its CAP or provincial licence, an ethics committee's or a study's reference
    # ("REC ref 21/YH/0137", "IRAS 287405")
    PatternSpec(
        "institution-number",
        T.ID,
        r"\b[0-9]{2}D[0-9]{7}(?=\^CLIA)"
        r"|\b(?:CLIA|CAP|AABB|IRAS|FWA|REC[ \t]ref(?:erence)?|CER|Lab(?:oratory)?[ \t]licen[cs]e)"
        r"(?:[ \t]?(?:#|No\.?|ID|number))?[ \t]*[:#]?[ \t]*[0-9][0-9A-Z/\-]{2,14}\b",
        hs=r"\b[0-9]{2}D[0-9]{7}\^CLIA"
        r"|\b(?:CLIA|CAP|AABB|IRAS|FWA|REC[ \t]ref|CER|Lab(?:oratory)?[ \t]licen[cs]e)",
    ),
    # a blood pressure read out on a call ("on call 194/108 mmHg"): a reading, not a phone number
    PatternSpec("bp-reading", T.ID, r"\b[0-9]{2,3}/[0-9]{2,3}[ \t]?mm[ \t]?Hg\b"),
    # a hospital's emergency code ("Code Grey", "Code Brown"), a CGM's alarm ("Urgent Low Soon"), a dose form
    # before its drug ("Tab. Metformin"): no one's name
    PatternSpec(
        "named-alert",
        T.ID,
        r"\bCode[ \t](?:Red|Blue|Black|Gray|Grey|Brown|Yellow|Orange|Purple|Pink|White|Green|Silver|Amber"
        r"|Lavender)\b|\b(?:Urgent[ \t]Low(?:[ \t]Soon)?|URGENT[ \t]LOW(?:[ \t]SOON)?)\b"
        r"|\b(?:Tab|Tabs|Cap|Caps|Syp|Syr|Inj|Susp|Oint)\.[ \t]+[A-Z][a-z]{3,}",
    ),
    # a phone's, a meter's or a wearable's make and model ("OnePlus Nord CE 3", "OneTouch Verio Reflect",
    # "Oura Ring Gen3"): short capitalised model words after the maker, never a long serial
    PatternSpec(
        "consumer-device",
        T.ID,
        r"\b(?:OnePlus|Xiaomi|Redmi|Oppo|Realme|Motorola|Huawei|Samsung[ \t]Galaxy|Google[ \t]Pixel|Pixel"
        r"|Omron|OneTouch|FreeStyle|Dexcom|Accu-Chek|Oura|Fitbit|Garmin|Withings|iHealth|Omnipod|Eversense"
        r"|Medtronic|Kardia|AliveCor|Masimo|Nonin|Beurer)"
        r"(?:[ \t]+(?:[A-Z][a-z]+[0-9]{0,2}|[A-Z]{1,3}[0-9]{0,3}|[0-9]{1,3}[A-Za-z]?|Gen[0-9]|\+)(?![\w\-]))"
        r"{1,3}",
        hs=r"\b(?:OnePlus|Xiaomi|Redmi|Oppo|Realme|Motorola|Huawei|Samsung[ \t]Galaxy|Google[ \t]Pixel|Pixel"
        r"|Omron|OneTouch|FreeStyle|Dexcom|Accu-Chek|Oura|Fitbit|Garmin|Withings|iHealth|Omnipod|Eversense"
        r"|Medtronic|Kardia|AliveCor|Masimo|Nonin|Beurer)[ \t]+[A-Z0-9+]",
    ),
    # a service named by what it is for ("Mother and Baby Unit", "Early Pregnancy Unit", "Healthy Baby
    # Program", "Transitional Care Unit"): ordinary words before the service's noun, though "Baby" or "Early"
    # is a name too
    PatternSpec(
        "named-service",
        T.ID,
        rf"\b(?:[A-Z][a-z]+[ \t](?:and|&|of|for)[ \t])?(?:[A-Z][a-z]+[ \t]){{1,4}}(?:{_SERVICES})\b",
        validator=lambda text, m: _v_named_service(text, m),
    ),
    *eponyms.SPECS,  # "Crohn's disease", "a positive Romberg", "Morbus Bechterew"
    *clinical_terms.SPECS,  # "Candida albicans", "Boston Scientific", "Nakamura et al.", "Will review"
]


_FACILITY_WORD = re.compile(_FACILITY)
_PRACTICE = re.compile(r"(?i)praxis|praktijk|practice|surgery|cabinet|studio medico|consultorio|ordination")
_TITLE_AFTER_FACILITY = re.compile(r"[ \t](?:Dr|Mr|Mrs|Ms|Prof)\.?[ \t]")


def _v_facility(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A name written before the facility word ends there: "<Town> General Hospital BHP Dr. <name>" is
    the hospital, then the doctor on the phone ("Hospital General Dr. <namesake>" is named after him).
    """
    v = m.group()
    fac = _FACILITY_WORD.search(v)
    # a practice is named after the doctor who runs it, a person: "Hausarztpraxis Dr. <name>"
    title = _TITLE_AFTER_FACILITY.search(v, fac.start()) if fac is not None else None
    if title is not None and (_PRACTICE.search(v, 0, title.start()) or re.search(r"[A-Z]", v[: fac.start()])):
        return m.start(), m.start() + title.start(), T.ID  # (not "di RSUP Dr. <namesake>")
    return m.start(), m.end(), T.ID


# an identifier's label before a number is no analyte: "SSN 100/00/0000 g" is an SSN and a stray "g"
_ID_LABELS = frozenset({
    "ssn", "sin", "mrn", "dob", "id", "npi", "dea", "mbi", "nhs", "tel", "phone", "fax", "acct", "account",
    "member", "policy", "chart", "record", "patient", "pt", "zip", "pin", "cnp", "pesel", "bsn", "nin",
    "passport", "license", "licence", "serial", "sn", "imei", "vin", "plate", "claim", "case", "room",
})


def _v_named_service(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Every capitalised word an ordinary one and no title before: "Dr Early's Clinic" is a person's."""
    from phigate.engine import lexicon
    from phigate.engine.names import _after_title

    common = lexicon.common_words()
    words = re.findall(r"[A-Z][a-z]+", m.group())[:-1]
    if _after_title(text, m.start()) or not all(w.lower() in common for w in words):
        return None
    return m.start(), m.end(), T.ID


def _v_pod_name(m: re.Match[str]) -> tuple[int, int, T] | None:
    """The replica set's hash holds a digit and its suffix is no word: "<app>-7d4f9b2c1-qx8zt"."""
    parts = m.group().split("-")
    if not any(c.isdigit() for c in parts[-2]):
        return None
    return m.start(), m.end(), T.ID


# a person's reference is no ticket: "Patient ref PT-55102", "client ref CL-4096", nor is a claim's, a
# complaint's or a call's ("Claim ref <KEY>", "call ref <KEY>", "Screening ref: <KEY>")
_PERSON_BEFORE_REF = re.compile(
    r"(?i)\b(?:patient|pt|client|member|resident|customer|claim|complaint|call|alert|screening|employer"
    r"|referral|booking|appointment|transport|nims)[ \t]*$")


_RECORD_KEY = re.compile(rf"\b(?:{_RECORD_PREFIXES}|IHS)-[0-9]")


def _v_public_key(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if m.group()[:3].lower() == "ref" and _PERSON_BEFORE_REF.search(text, max(0, m.start() - 12), m.start()):
        return None
    if _RECORD_KEY.search(m.group()):
        return None  # "ref MRN-476128", "see PT-20931": a record number's prefix, the patient's
    return m.start(), m.end(), T.ID


_LANGUAGE_WORD = re.compile(r"[A-Z][\w'’\-]+")


def _v_language(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """The longest run of the capitalised words after the cue that names a language, with the cue."""
    from phigate.engine import lexicon
    from phigate.engine.normalize import fold_token

    words = [w for w in _LANGUAGE_WORD.finditer(m.group()) if w.start() > 0]  # the cue is the first
    known = lexicon.languages()
    for k in range(len(words), 0, -1):
        if " ".join(fold_token(w.group()) for w in words[:k]) in known:
            return m.start(), m.start() + words[k - 1].end(), T.ID
    return None


def _v_dose(m: re.Match[str]) -> tuple[int, int, T] | None:
    """A dose or a lab value has a short number; nine digits or an identifier's label is no dose."""
    words = m.group().split()
    if words[0].lower().rstrip(":#.") in _ID_LABELS:
        return None
    if sum(c.isdigit() for c in m.group()) > 8:
        return None
    return m.start(), m.end(), T.ID


# what names the number as someone's record rather than a drug's code: "Fattura n. 3127-4816-59", "order",
# "NRE" (an Italian e-prescription), a JSON key of an order
_RECORD_NO_BEFORE = re.compile(
    r"(?i)(?:\b(?:n|no|nr|num|ref|invoice|fattura|factura|facture|rechnung|factuur|order|pedido|commande"
    r"|bestellung|bestelling|ordine|claim|nre|ricetta|receta|booking|reservation|ticket|account|acct|policy"
    r"|statement|member)\.?|#|\bCLM\*)"
    r"[\"']?[ \t]*[:=]?[ \t]*[\"']?$"
)


def _v_ndc(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    if _RECORD_NO_BEFORE.search(text, max(0, m.start() - 16), m.start()):
        return None  # a record's number, not an NDC: no veto
    return m.start(), m.end(), T.ID


# what a lot belongs to when it is the patient's own: an implant's part ("femoral stem size 5, lot ...")
_IMPLANT_BEFORE = re.compile(
    r"(?i)\b(?:implant|implanted|prosthe\w*|stem|shell|cup|liner|insert|head|screw|plate|nail|rod|stent|graft"
    r"|mesh|valve|lens|IOL|pacemaker|lead|generator|pump|port|clip|anchor|cage|spacer|component|explant)\b"
)


def _v_product_lot(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """A reagent's, a drug's or a vaccine's lot stays; an implant's lot names the device in the patient."""
    line = max(text.rfind("\n", 0, m.start()), m.start() - 80)
    if _IMPLANT_BEFORE.search(text, max(0, line), m.start()):
        return None
    return m.start(), m.end(), T.ID


def _v_device_brand(text: str, m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not after a person's cue ("patient Ana Obi pump settings" keeps its name masked): a title, a label
    or a relation right before the words."""
    from phigate.engine.names import _after_title

    before = text[max(0, m.start() - 14) : m.start()].lower()
    if _after_title(text, m.start()) or _PERSON_BEFORE.search(before) or _TITLE_WORD.search(m.group()):
        return None  # "Mr Foley catheter changed": Mr Foley's
    if m.group("sn") is not None and not re.search(r"\b(?:[A-Z]{2,}|\w*[0-9]\w*)\b", m.group()[: m.start("sn")
                                                                                         - m.start()]):
        return None  # "<Given> <Family>, serial ...": a model has capitals or digits ("<Maker> <Model> DR")
    words = re.findall(r"[A-Z][a-z]+", m.group())
    if words and not re.search(r"\b(?:[A-Z]{2,}|\w*[0-9]\w*)\b", m.group()):
        from phigate.engine import lexicon

        first, last = lexicon.first_names(), lexicon.last_names()
        if all(w.lower() in first or w.lower() in last for w in words[:2]):
            return None  # "<Given> <Family> pump settings": the person whose pump it is
    by = re.match(r"\w+[ \t]+by[ \t]+", m.group())
    if by is not None and m.group()[by.end() :].split()[0].rstrip(".").lower() in ("dr", "mr", "mrs", "ms"):
        return None  # "referral made by Dr <name>": a person made it
    if by is not None and _DEGREE_AFTER.match(text, m.end()):
        return None  # "decision made by <Given> <Family>, RN": a clinician made it
    return m.start(), m.end(), T.ID


# a clinician's post-nominal after a comma, then the rest of the words of a name
_DEGREE_AFTER = re.compile(rf"(?:[ \t][A-Z][a-z'’\-]+){{0,2}},[ \t]*(?:{dictation._DEGREES})(?![\w\-])")


_TITLE_WORD = re.compile(r"\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof|Sr|Sra|Herr|Frau|Mme|Mlle)\b\.?")
_PERSON_BEFORE = re.compile(
    r"(?:patient|pt|name|mr|mrs|ms|dr|son|daughter|wife|husband|mother|father)[:.]?[ \t]*$"
)


def _v_version(m: re.Match[str]) -> tuple[int, int, T] | None:
    """Not a day.month.year with a two-digit year ("Anna Berg 1.2.24" keeps its date and name), not a
    number grouped in thousands."""
    a, b = int(m.group("a")), int(m.group("b"))
    if len(m.group("c")) == 2 and 1 <= a <= 31 and 1 <= b <= 12:
        return None
    if (len(m.group("b")) == 3 and len(m.group("c")) == 3) or any(
        len(m.group(g)) > 1 and m.group(g)[0] == "0" for g in "bc"
    ):
        return None  # "MRN 36.007.330": digits grouped in thousands, an identifier
    return m.start(), m.end(), T.ID


_CAMEL_PART = re.compile(r"[A-Z][a-z]+")


def _v_camel_words(m: re.Match[str]) -> tuple[int, int, T] | None:
    from phigate.engine import lexicon

    common = lexicon.common_words()
    parts = _CAMEL_PART.findall(m.group())
    if parts[0].lower() in _NAME_PARTICLES:
        return None  # "La<Name>", "Van<Name>": a surname with its particle glued on
    if all(len(p) > 1 and p.lower() in common for p in parts):
        return m.start(), m.end(), T.ID
    return None


_NAME_PARTICLES = frozenset(
    ["la", "le", "de", "del", "della", "des", "di", "da", "du", "van", "von", "ver", "mac", "mc", "st", "ben",
     "bin", "al", "el", "san", "santa", "ten", "ter"]
)


@lru_cache(maxsize=1)
def _scanner() -> Scanner:
    return Scanner(SPECS)


def veto_spans(scan_text: str) -> list[tuple[int, int]]:
    return [(h.start, h.end) for h in _scanner().scan(scan_text)]


_SEPARATOR_ONLY = re.compile(r"[ \t,;/]{1,3}")


def _joined(scan_text: str, spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Vetoed shapes that only a comma or a space keeps apart are one: a hit across "4500 UI, Aspegic 160
    mg" (two doses) lies in no single shape, but in nothing else either."""
    out: list[tuple[int, int]] = []
    for s, e in spans:
        if out and (s <= out[-1][1] or _SEPARATOR_ONLY.fullmatch(scan_text, out[-1][1], s)):
            out[-1] = (out[-1][0], max(out[-1][1], e))
        else:
            out.append((s, e))
    return out


def drop_vetoed(scan_text: str, hits: Sequence[Hit], extra: Sequence[tuple[int, int]] = (),
                then: Callable[[list[Hit]], list[Hit]] | None = None) -> list[Hit]:
    """The hits not lying wholly inside a vetoed shape (or an `extra` span: a table's code cells).

    `then`: more hits derived from the kept ones (a value's recurrences), vetoed the same way."""
    if not hits:
        return []
    spans = _joined(scan_text, sorted([*veto_spans(scan_text), *extra]))
    if not spans:
        return list(hits) + (then(list(hits)) if then is not None else [])
    starts = [s for s, _ in spans]
    reach: list[int] = []  # reach[i]: the furthest end of spans[0..i] (any of them covers a hit ending there)
    far = -1
    for _, e in spans:
        far = max(far, e)
        reach.append(far)

    def kept(candidates: Iterable[Hit]) -> list[Hit]:
        out = []
        for h in candidates:
            i = bisect_right(starts, h.start) - 1
            if i < 0 or reach[i] < h.end:
                out.append(h)
        return out

    out = kept(hits)
    if then is not None:
        out.extend(kept(then(out)))
    return out
