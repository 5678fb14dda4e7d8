"""JSON masking: FHIR fields by schema (no scan, so no miss), field rules, then free text in one batch.

The walk builds a new document (the input is never mutated). Known PHI locations are replaced on the
way down; every other string that can hold prose is queued and masked afterwards in ONE detection
pass (textmask.TextMasker.mask_many), then written back into its slot.
"""

from __future__ import annotations

import base64
import binascii
import re
from functools import lru_cache
from typing import Any

from phigate.api.identifiers import Action, IdentifierType
from phigate.engine import known
from phigate.engine.actions import replacement
from phigate.engine.fhir_types import RESOURCE_TYPES
from phigate.engine.names import ORG_WORDS
from phigate.engine.normalize import fold_token
from phigate.engine.patterns import REGION_KEY_WORDS
from phigate.engine.plan import FieldSelector, MaskingPlan
from phigate.engine.role_keys import role_key, role_name
from phigate.engine.tabular import cell_holds, column_type, login_shaped, person_login, user_login
from phigate.engine.textmask import TextMasker
from phigate.engine.types import EngineError, Finding
from phigate.engine.vault import TokenVault

T = IdentifierType
MAX_DEPTH = 200
DROP = object()

FHIR_DATE = re.compile(r"^[12][0-9]{3}(-[0-1][0-9](-[0-3][0-9]([T ][0-9:.]+(Z|[+\-][0-9:]+)?)?)?)?$")
ENUM_LIKE = re.compile(r"^[a-z][a-z0-9\-]{0,30}$")
_NAME_PART = re.compile(r"[^\W\d_][\w'’\-]*")
_REGION_KEY = re.compile(rf"(?i)(?:{REGION_KEY_WORDS}|nationality|citizenship)$")
_ORG_REF = re.compile(r"^(?:.*/)?Organization[/?]")
# "Patient/123", "Practitioner?identifier=...|9999" (a conditional reference, as Synthea writes them)
PERSON_REF = re.compile(r"^(?:.*/)?(Patient|RelatedPerson|Person|Practitioner|PractitionerRole)[/?]")
# The logical id of the person the record is about links every resource to them (and often is the MRN):
# masked in Patient/RelatedPerson/Person.id and in references and full URLs that point at it. With a
# hashing action the same id gets the same token everywhere, so the Bundle stays linked.
PERSON_TYPES = frozenset(["Patient", "RelatedPerson", "Person"])
PERSON_ID_KEYS = frozenset(["id", "reference", "fullUrl"])
_PERSON_ID_REF = re.compile(r"(?:^|/)(?:Patient|RelatedPerson|Person)/(?P<id>[A-Za-z0-9\-.]{1,64})(?=$|/)")
# Structural FHIR members: never PHI text, never scanned (codes, systems, references, enums).
SKIP_KEYS = frozenset(
    ["resourceType", "id", "system", "code", "version", "url", "reference", "status", "use", "unit", "fullUrl", "mode", "method", "profile", "versionId", "language", "contentType", "gender", "meta", "coding", "search", "relation", "type_", "valueCode", "valueBoolean", "valueInteger", "valueDecimal", "valueQuantity", "valueUri", "valueCanonical", "valueId", "comparator", "precision", "security", "tag", "implicitRules", "lastUpdated"]  # noqa: E501
)
DATE_KEYS = frozenset(["birthDate", "deceasedDateTime"])  # masked as dates whatever their form
# Elements returned as they are (codings, quantities, Bundle plumbing): codes and their display terms.
KEEP_KEYS = frozenset(["coding", "valueQuantity", "quantity", "search", "deviceName"])
NAME_KEYS = frozenset(["name", "valueHumanName"])
ADDRESS_KEYS = frozenset(["address", "valueAddress"])
TELECOM_KEYS = frozenset(["telecom", "valueContactPoint"])
IDENTIFIER_KEYS = frozenset(["identifier", "valueIdentifier", "masterIdentifier"])
# a Reference with a display and no reference under a key that names a person's role: Coverage.subscriber,
# CareTeam.participant.member, Encounter.participant.individual ... (typed Organization/Location/Device stays)
PERSON_ROLE_KEYS = frozenset([
    "subscriber", "policyHolder", "beneficiary", "member", "patient", "subject", "performer", "author",
    "requester", "recorder", "asserter", "informant", "individual", "practitioner", "who", "sender",
    "recipient", "attester", "party", "enterer", "provider", "referrer", "witness", "actor", "onBehalfOf",
    "source", "collector", "verifiedWith", "receiver", "generalPractitioner", "careManager", "supervisor",
])
_NOT_A_PERSON_TYPE = frozenset(
    ["Organization", "Location", "Device", "HealthcareService", "Group", "Endpoint"]
)
_PLACE_WORDS = frozenset(["room", "ward", "unit", "dept", "team", "service", "bay", "theatre", "theater",
                          "desk"])
_WORDS = re.compile(r"[^\W\d_]+")


def _org_display(display: Any) -> bool:
    """A display with no reference that names a place or an organisation ("Cardiology Clinic Room 3",
    "Lakeside Regional Hospital"), not a person: scanned as text instead of masked whole as a name."""
    if not isinstance(display, str):
        return False
    return any(w in ORG_WORDS or w in _PLACE_WORDS or w.endswith(("ology", "ologie", "ologia", "iatry"))
               for w in _WORDS.findall(display.lower()))


DEVICE_KEYS = frozenset(["serialNumber", "lotNumber", "distinctIdentifier"])
# FHIR search parameters in a URL (Bundle.request.url, link.url, ifNoneExist) by the type their value holds
_SEARCH_TYPES = {"identifier": T.ID, "birthdate": T.DATE, "death-date": T.DATE, "family": T.NAME,
                 "given": T.NAME, "name": T.NAME, "phonetic": T.NAME, "phone": T.PHONE, "telecom": T.PHONE,
                 "email": T.EMAIL, "address": T.ADDRESS, "address-city": T.ADDRESS,
                 "address-postalcode": T.ZIP, "ssn": T.SSN, "mrn": T.MRN}
_PARAM_PARTS = re.compile(r"[.:]")
_QUERY_PARAM = re.compile(r"(?P<name>[A-Za-z][\w.:\-]*)=(?P<value>[^&#]*)")
ATTACHMENT_KEYS = frozenset(["photo", "content", "presentedForm", "attachment"])
NAME_FIELDS = {"family": T.NAME, "given": T.NAME, "text": T.NAME, "suffix": T.NAME}
ADDRESS_FIELDS = {"line": T.ADDRESS, "city": T.ADDRESS, "district": T.ADDRESS, "text": T.ADDRESS,
                  "postalCode": T.ZIP}
SECRET_KEYS = re.compile(
    r"(?i)^[A-Za-z0-9_.\-]*?(?:password|passwd|pwd|passphrase|secret|token|api[_\-]?key|apikey|access[_\-]?key"
    r"|private[_\-]?key|client[_\-]?secret|authorization|auth[_\-]?token|cookie|session[_\-]?id|credentials?)$"
)
TEXT_CONTENT = re.compile(r"(?i)^(?:text/|application/(?:json|fhir\+json|xml|fhir\+xml|x-ndjson|ld\+json))")
TELECOM_TYPE = {"phone": T.PHONE, "fax": T.FAX, "email": T.EMAIL, "url": T.URL, "sms": T.PHONE, "pager": T.PHONE}  # noqa: E501
IDENTIFIER_TYPE = {"SS": T.SSN, "SB": T.SSN, "MR": T.MRN, "MB": T.HEALTH_PLAN, "SN": T.HEALTH_PLAN,
                   "DL": T.LICENSE, "PPN": T.LICENSE, "MD": T.LICENSE, "NPI": T.LICENSE, "AN": T.ACCOUNT,
                   "BA": T.ACCOUNT, "PI": T.MRN, "PRN": T.LICENSE, "TAX": T.ID, "DR": T.ID, "VN": T.ID}


@lru_cache(maxsize=4096)
def _is_secret_key(key: str) -> bool:
    return SECRET_KEYS.match(key) is not None


_POSTAL_KEY = re.compile(r"(?i)^(?:zip|zip_?code|post_?code|postal_?code|pst_?cd|plz|cep|codigo_?postal"
                         r"|code_?postal|kod_?pocztowy|postnummer)$")
_CITY_KEY = re.compile(r"(?i)^(?:city|town|locality|cty|ciudad|ville|stadt|citta|cidade|municipality|suburb)$"
                       )


@lru_cache(maxsize=4096)
def _geo_key(key: str) -> IdentifierType | None:
    """Generic JSON (not FHIR, whose Address the schema masks): a postcode or town field by its name."""
    if _POSTAL_KEY.match(key):
        return T.ZIP
    if _CITY_KEY.match(key):
        return T.ADDRESS
    return None


_NOT_KEYED = object()
# one-member wrappers around a scalar: Avro unions ({"string": ...}), OTLP AnyValue ({"stringValue": ...})
_AVRO_TYPES = frozenset(["string", "int", "long", "float", "double", "bytes", "stringValue", "intValue",
                         "doubleValue"])
# name/value pair objects: HAR params and headers, OTLP attributes, Kubernetes env, AWS tags, form fields
_PAIR_NAMES = ("name", "key", "Name", "Key", "field", "label", "attribute", "param", "parameter", "header",
               "displayName", "fieldName", "field_name")
_PAIR_VALUES = frozenset(["value", "Value", "values", "val"])
_PAIR_NAME = re.compile(r"[A-Za-z_][\w.\-:/\[\]]{0,63}")
# a form's field named in words under a label's key: DHIS2's {"displayName": "First name", "value": ...} (not
# under "name": {"name": "<given> <family>", "value": ...} may be a person's)
# (words after the first in lower case or an acronym: "Next of kin", "National ID"; not "<Given> <Family>")
_PAIR_LABEL = re.compile(r"[A-Za-z][a-z]*(?: (?:[a-z/]+|[A-Z]{2,5})){1,4}")
_LABEL_KEYS = frozenset(["displayName", "fieldName", "field_name", "label", "field", "attribute"])
# "name" names drugs, services and files as often as people: typed by its key only next to a person's
# other fields (a birth date, an MRN, a phone...) or under a person's key ("patient", "guardian")
_AMBIGUOUS_NAME_KEYS = frozenset(["name", "names", "نام", "اسم", "الاسم", "שם", "ناو", "ناوی", "이름"])
_PERSON_FIELDS = frozenset([T.DATE, T.SSN, T.MRN, T.PHONE, T.EMAIL, T.ZIP, T.HEALTH_PLAN, T.ADDRESS])
_PERSON_KEYS = frozenset(["gender", "sex", "birthdate", "birth_date", "dob", "deceased", "age"])


def _key_type(key: str) -> IdentifierType | None:
    return column_type(key) if len(key) <= 40 else None  # column_type caches; long keys are never headers


# Meta's own elements (R4/R5); anything else under "meta" is a vendor's and is read as any JSON member
_META_ELEMENTS = frozenset(
    ["id", "extension", "versionId", "lastUpdated", "source", "profile", "security", "tag"]
)
# a device's own id by its parent's key: {"device": {"id": "<uuid>", "model": ...}}
_OWN_KEYS = frozenset(["id", "uuid", "guid", "serial"])


_DICOM_VR = re.compile(r"[A-Z][A-Z]")
_DICOM_AGE = re.compile(r"([0-9]{3})([DWMY])")
_DICOM_VRS = {"PN": T.NAME, "DA": T.DATE, "DT": T.DATE, "UI": T.ID}
# Patient-group attributes by tag: ID, birth date, other IDs and names, address, phone, mother's name
_DICOM_TAGS = {
    "00100010": T.NAME, "00100020": T.MRN, "00100030": T.DATE, "00100032": T.DATE, "00101000": T.ID,
    "00101001": T.NAME, "00101002": T.ID, "00101005": T.NAME, "00101040": T.ADDRESS, "00101060": T.NAME,
    "00102154": T.PHONE, "00102155": T.PHONE, "00101090": T.MRN, "00080050": T.ID,
    # referring, performing and reading physicians, the requesting one
    "00080090": T.NAME, "00081050": T.NAME, "00081070": T.NAME, "00321032": T.NAME,
}


def _pair_key(obj: dict[str, Any]) -> str | None:
    """The field name a name/value pair object gives its value ({"name": "fullName", "value": ...},
    {"key": "app.patient.name", "value": {"stringValue": ...}}): the value's key is its sibling."""
    if len(obj) > 8 or _PAIR_VALUES.isdisjoint(obj):
        return None
    for k in _PAIR_NAMES:
        name = obj.get(k)
        if isinstance(name, str) and (_PAIR_NAME.fullmatch(name) or (k in _LABEL_KEYS
                                                                     and _PAIR_LABEL.fullmatch(name))):
            return name
    return None


@lru_cache(maxsize=4096)
def _pair_type(name: str) -> IdentifierType | None:
    """A pair's field name typed like a column; a dotted or dashed name ("app.patient.name") by its
    last two parts too."""
    t = _key_type(name)
    if t is None:
        parts = re.split(r"[.:/\-]", name)
        if len(parts) > 2:
            t = _key_type("_".join(parts[-2:]))
    return t


_COLUMN_KEYS = ("columns", "Columns", "fields", "header", "headers", "cols")
_ROW_KEYS = ("rows", "Rows", "data", "values", "data_array")
_COLUMN_NAME_KEYS = ("name", "Name", "ColumnName", "columnName", "column_name", "field")


def _column_names(value: Any) -> list[str] | None:
    """A list of column names: strings, or objects naming a column ({"name": "dob", "type": "DATE"})."""
    if not isinstance(value, list) or not 0 < len(value) <= 500:
        return None
    names: list[str] = []
    for c in value:
        if isinstance(c, str):
            names.append(c)
            continue
        name = next((c[k] for k in _COLUMN_NAME_KEYS if isinstance(c, dict) and isinstance(c.get(k), str)),
                    None)
        if name is None:
            return None
        names.append(name)
    return names


def _columnar(obj: dict[str, Any]) -> tuple[str, list[str], bool] | None:
    """Rows typed by position: a result set whose column names sit beside its rows (BigQuery's
    schema.fields with rows of {"f": [{"v": ...}]}; pandas orient="split", Kusto, Trino, Databricks
    columns + data; Snowflake's resultSetMetaData.rowType + data; Google Sheets' values with the header
    first). The row key, the names, and whether the rows start with the header; when at least one column
    names an identifier."""
    names: list[str] | None = None
    schema = obj.get("schema")
    if isinstance(schema, dict):
        names = _column_names(schema.get("fields") or schema.get("columns"))
    meta = obj.get("resultSetMetaData")  # Snowflake's SQL API: resultSetMetaData.rowType + data
    if names is None and isinstance(meta, dict):
        names = _column_names(meta.get("rowType"))
    for k in _COLUMN_KEYS:
        if names is None and k in obj:
            names = _column_names(obj[k])
    if names is None:  # the header as the first row (Google Sheets' values, CSV turned into JSON)
        for k in _ROW_KEYS:
            rows = obj.get(k)
            if (
                isinstance(rows, list) and len(rows) >= 2 and isinstance(rows[0], list) and rows[0]
                and all(isinstance(c, str) for c in rows[0])
                and any(_key_type(c) is not None for c in rows[0])
            ):
                return k, rows[0], True
        return None
    if not any(_key_type(n) is not None for n in names):
        return None
    for k in _ROW_KEYS:
        rows = obj.get(k)
        if isinstance(rows, list) and rows:
            return k, names, False
    return None


# lists of people by their key: {"crew": [{"name": ...}]}, {"household": [{"name": ...}]}
_PEOPLE_KEYS = frozenset(["crew", "staff", "attendees", "participants", "members", "household", "children",
                          "dependents", "dependants", "contacts", "relatives", "family", "caregivers",
                          "carers", "visitors", "residents", "clients", "students", "employees",
                          "volunteers",
                          # a person's object in other scripts: patient, companion, doctor, pharmacist,
                          # relative
                          "المريض", "المريضة", "المرافق", "المرافقة", "الطبيب", "الطبيبة",
                          "الصيدلي", "الممرضة", "الأب", "الأم", "الزوج", "الزوجة", "بیمار", "همراه",
                          "پزشک", "پرستار", "بیمه‌شده", "מטופל", "המטופל", "מטופלת", "רופא", "מלווה",
                          "пациент", "пациентка", "врач", "пацієнт", "患者", "病人", "家属", "환자",
                          "보호자"])
# the keys of a message's body beside its "from" and "to"
_MESSAGE_KEYS = frozenset(["text", "message", "body", "content", "msg", "subject", "snippet"])
_NAME_WORD = r"[^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)?"
_NAME_SHAPE = re.compile(rf"{_NAME_WORD}(?: {_NAME_WORD}){{1,2}}")


def _person_shaped(v: Any) -> bool:
    """"<Given> <Family>" under a bare "name" key: two or three capitalised words no dictionary, drug or
    organisation list holds (a drug, a service or a product under "name" has such a word)."""
    return (isinstance(v, str) and len(v) <= 60 and v[:1].isupper()  # a script without case: its siblings say
            and _NAME_SHAPE.fullmatch(v) is not None and _person_words(v))


@lru_cache(maxsize=4096)
def _person_words(v: str) -> bool:
    from phigate.engine.name_shapes import unknown_word
    from phigate.engine.names import DRUG_SHAPE

    return all(unknown_word(w) and not w.isupper() and not DRUG_SHAPE.search(w.lower()) for w in v.split())


def _about_a_person(obj: dict[str, Any], keypath: tuple[str, ...]) -> bool:
    if keypath:
        parent = keypath[-1]
        if parent.lower() in _PEOPLE_KEYS or parent.split("_", 1)[0] in _PEOPLE_KEYS:  # "الطبيب_المعالج"
            return True
        for p in (parent, parent[:-1] if parent.endswith("s") else parent):
            if p.lower() not in _AMBIGUOUS_NAME_KEYS and _key_type(p) is T.NAME:
                return True
    return any(k.lower() in _PERSON_KEYS or _key_type(k) in _PERSON_FIELDS for k in obj)


def _address_key(key: str) -> bool:
    return key in ADDRESS_KEYS or key.endswith("Address") or _key_type(key) is T.ADDRESS


# an address object's members that are no part of where someone lives
_ADDRESS_META = re.compile(
    r"(?i)^(?:type|use|kind|status|label|source|system|code|id|period|verified|validated|primary|preferred"
    r"|default|format|lang|language|note|comment|updated|created)$"
)
# a first-level division or a country in other languages' keys ("oblast", "strana", "estado", "область")
_REGION_PART = re.compile(
    r"(?i)oblast|kraj|okrug|wojew|bundesland|strana|pais|país|pays|paese|estado|provinc|departamento|emirat"
    r"|область|край|регион|регіон|страна|країна|محافظة|منطقة|دولة|البلد|استان|کشور|省|国|國|県|州|지역"
)
_POSTAL_PART = re.compile(r"(?i)zip|post|pin|plz|cep|indeks|index|индекс|邮编|郵便|우편")
_DIGITS_ONLY = re.compile(r"[0-9][0-9 \-]{2,9}")


def _address_part(key: str, value: str) -> IdentifierType | None:
    """A member of an address object: a postcode by its key or its digits, any other capitalised or numbered
    value an address part; a region, a country and the object's own bookkeeping stay."""
    v = value.strip()
    if not v or len(v) > 120 or _REGION_KEY.search(key) or _REGION_PART.search(key) \
            or _ADDRESS_META.match(key):
        return None
    if _POSTAL_PART.search(key) or _DIGITS_ONLY.fullmatch(v):
        return T.ZIP if _us_zip(v) else T.ADDRESS
    first = v[:1]
    if first.isupper() or first.isdigit() or (first.isalpha() and first.lower() == first.upper()):
        return T.ADDRESS
    return None


def _filled(v: Any) -> bool:
    """A non-empty string, or a list of them (an address's lines)."""
    if isinstance(v, str):
        return bool(v.strip())
    return isinstance(v, list) and 0 < len(v) <= 20 and all(isinstance(x, str) and x.strip() for x in v)


# Bundle's own elements (R4, R5, and Resource's); anything else is an app's member
_BUNDLE_ELEMENTS = frozenset(["resourceType", "id", "meta", "implicitRules", "language", "identifier", "type",
                              "timestamp", "total", "link", "entry", "signature", "issues", "text",
                              "extension", "modifierExtension", "contained"])
# who wrote a Person's name as a plain string where FHIR wants a HumanName: Patient.contact.name,
# Practitioner.name in an app's own flavour of FHIR
_NAMED_TYPES = PERSON_TYPES | {"Practitioner"}


def _string_for_a_person(key: str, v: str, rtype: str) -> bool:
    """A plain string where FHIR wants a person's Reference ("requester": "<name>") or HumanName: not
    FHIR, but a name all the same. "source" is a system's (Meta.source, AuditEvent.source) as often."""
    if key in NAME_KEYS:
        return rtype in _NAMED_TYPES and cell_holds(v, T.NAME) and role_name(v)
    return key != "source" and role_key(key) and role_name(v)


def _is_line_list(value: list[Any]) -> bool:
    """["line 1\n", "line 2\n", "last"]: Jupyter's (and some log shippers') multi-line string."""
    if len(value) < 2 or len(value) > 10_000:
        return False
    for item in value[:-1]:
        if item.__class__ is not str or not item.endswith("\n"):
            return False
    return value[-1].__class__ is str


def _split_lines(text: str) -> list[str]:
    return text.splitlines(keepends=True)


def _us_zip(v: Any) -> bool:
    """Five digits (or ZIP+4): the ZIP3 rule applies; any other postcode is masked whole."""
    return re.fullmatch(r"[0-9]{5}(?:-[0-9]{4})?", str(v).strip()) is not None


def _geo_value(t: IdentifierType, v: Any) -> bool:
    if isinstance(v, bool) or not isinstance(v, (str, int)):
        return False
    text = str(v).strip()
    if t is T.ZIP:
        return 3 <= len(text) <= 10 and any(c.isdigit() for c in text)
    return 2 <= len(text) <= 60 and text[:1].isupper()


def _identifier_type(ident: dict[str, Any]) -> IdentifierType:
    system = str(ident.get("system", "")).lower()
    if "ssn" in system or "2.16.840.1.113883.4.1" in system:
        return T.SSN
    t = ident.get("type")
    if isinstance(t, dict):
        for c in t.get("coding") or []:
            if isinstance(c, dict) and c.get("code") in IDENTIFIER_TYPE:
                return IDENTIFIER_TYPE[c["code"]]
    if "mrn" in system or "medical-record" in system:
        return T.MRN
    if "medicare" in system or "medicaid" in system or "member" in system or "insur" in system:
        return T.HEALTH_PLAN
    if "license" in system or "npi" in system or "2.16.840.1.113883.4.6" in system:
        return T.LICENSE
    return T.MRN if ident.get("use") == "usual" else T.ID


class JsonMasker:
    """One document's walk (holds pending free-text slots and findings).

    Why it is shaped this way (a 1 MB Bundle has ~25,000 members): the JSON path is a string passed down
    and extended only where a finding or a free-text slot needs it; a field rule is looked up only for a
    key some rule ends with (a rule can match no other); a FHIR string member under a structural key is
    copied without a call; a schema value seen before in the document reuses its replacement; identical
    free-text strings (organisation names, dosage texts, codes' texts) are detected once.
    """

    def __init__(self, plan: MaskingPlan, vault: TokenVault | None) -> None:
        self.plan = plan
        self.vault = vault
        self.text = TextMasker(plan, vault)
        self.findings: list[Finding] = []
        # (text, path, post-processing, [(container, key)...]) filled by _flush
        self._slots: list[tuple[str, str, Any, list[tuple[Any, Any]]]] = []
        self._slot_of: dict[str, int] = {}  # free text -> its slot (texts without post-processing only)
        self._order: list[str] = []  # paths of deferred texts, in document order (findings follow it)
        self._copies: dict[str, str] = {}  # path of a repeated text -> path of its first occurrence
        self._rules = plan.field_rules
        self._rule_keys = frozenset(rule.keys[-1] for rule in plan.fields if rule.keys)
        self._replaced: dict[tuple[str, IdentifierType, Action], Any] = {}
        self._person_urns: set[str] = set()  # "urn:uuid:<id>" of a Bundle's Patient/RelatedPerson entries
        self._plain_keys: dict[str, bool] = {}  # member name -> no rule and no secret can claim it

    # -- entry --------------------------------------------------------------------------------
    def mask(self, value: Any) -> Any:
        out = self._walk(value, None, (), 0, None, "$")
        if out is DROP:
            out = None
        if out.__class__ is _Deferred:
            holder: list[Any] = [None]
            self._bind(holder, 0, out)
            self._flush()
            return holder[0]
        self._flush()
        return out

    def _flush(self) -> None:
        if not self._slots:
            return
        texts = [s[0] for s in self._slots]
        paths = [s[1] for s in self._slots]
        first = len(self.findings)
        masked = self.text.mask_many(texts, paths, self.findings)
        for (_, _, post, bound), new in zip(self._slots, masked, strict=True):
            value = post(new) if post is not None else new
            for container, key in bound:
                container[key] = value
        if self._copies:  # a repeated text was masked as its first occurrence: record its findings there too
            by_path: dict[str | None, list[Finding]] = {}
            for f in self.findings[first:]:
                by_path.setdefault(f.path, []).append(f)
            ordered: list[Finding] = []
            for path in self._order:
                src = self._copies.get(path)
                if src is None:
                    ordered.extend(by_path.get(path, ()))
                else:
                    ordered.extend(Finding(f.type, f.action, f.detector, path, f.start, f.end)
                                   for f in by_path.get(src, ()))
            self.findings[first:] = ordered
        self._slots.clear()
        self._slot_of.clear()
        self._order.clear()
        self._copies.clear()

    def _put(self, out: dict[str, Any], key: str, new: Any) -> None:
        """Store a masked member (a dropped one is left out; a deferred one is filled after the batch)."""
        if new is not DROP:
            out[key] = new
            if new.__class__ is _Deferred:
                self._bind(out, key, new)

    def _append(self, out: list[Any], new: Any) -> None:
        if new is not DROP:
            out.append(new)
            if new.__class__ is _Deferred:
                self._bind(out, len(out) - 1, new)

    def _bind(self, container: Any, key: Any, d: _Deferred) -> None:
        self._slots[d.index][3].append((container, key))

    def _defer(self, text: str, path: str, post: Any = None) -> _Deferred:
        self._order.append(path)
        if post is None:
            index = self._slot_of.get(text)
            if index is not None:
                self._copies[path] = self._slots[index][1]
                return _Deferred(index)
            self._slot_of[text] = len(self._slots)
        self._slots.append((text, path, post, []))
        return _Deferred(len(self._slots) - 1)

    def _rule(self, resource: str | None, keypath: tuple[str, ...]) -> FieldSelector | None:
        """The field rule for this member, if any (a rule only matches key paths ending in its last key)."""
        if keypath and keypath[-1] in self._rule_keys:
            return self._field_rule(resource, keypath)
        return None

    # -- generic walk ---------------------------------------------------------------------------
    def _walk(self, value: Any, resource: str | None, keypath: tuple[str, ...], depth: int, key: str | None,
              path: str) -> Any:
        if depth > MAX_DEPTH:
            raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels")
        rule = self._rule(resource, keypath)
        if rule is not None:
            return self._mask_subtree(value, rule.type, rule.action, f"field:{rule.source}", depth, path)
        if isinstance(value, dict):
            if self.plan.fhir and isinstance(value.get("resourceType"), str):
                return self._fhir_resource(value, depth, path)
            return self._dict(value, resource, keypath, depth, path)
        if isinstance(value, list):
            return self._list(value, resource, keypath, depth, key, path)
        if isinstance(value, str):
            return self._string(value, key, resource, path)
        return value

    def _dict(self, value: dict[str, Any], resource: str | None, keypath: tuple[str, ...], depth: int,
              path: str) -> Any:
        out: dict[str, Any] = {}
        fhir = resource is not None and self.plan.fhir
        fast = fhir and depth < MAX_DEPTH
        plain_keys = self._plain_keys
        if resource is None and isinstance(value.get("Value"), list) and _DICOM_VR.fullmatch(
            str(value.get("vr"))
        ):
            return self._dicom_element(value, keypath[-1] if keypath else "", depth, path)
        pair = _pair_key(value) if resource is None else None
        columnar = _columnar(value) if resource is None else None
        # a "Bundle" with an app's own members beside (or instead of) its entries ("patient": {...},
        # "encounters": [...]): those members are that app's JSON, typed by their keys
        app_members = fhir and resource == "Bundle" and not keypath
        whole_resource, whole_fhir, whole_fast = resource, fhir, fast
        for k, v in value.items():
            if app_members:
                if k in _BUNDLE_ELEMENTS:
                    resource, fhir, fast = whole_resource, whole_fhir, whole_fast
                else:
                    resource, fhir, fast = None, False, False
            if columnar is not None and k == columnar[0]:
                if columnar[2]:  # the header row stays as it is
                    rows = self._rows(v[1:], columnar[1], resource, keypath, depth + 1, f"{path}.{k}",
                                      first=1)
                    self._put(out, k, [v[0], *rows])
                else:
                    self._put(out, k, self._rows(v, columnar[1], resource, keypath, depth + 1, f"{path}.{k}"))
                continue
            cls = v.__class__
            if pair is not None and k in _PAIR_VALUES:
                new = self._pair_value(pair, v, f"{path}.{k}")
                if new is not _NOT_KEYED:
                    self._put(out, k, new)
                    continue
            if pair is not None and v == pair and k in _LABEL_KEYS:
                out[k] = v  # the pair's field name ("displayName": "First name") is a label, no one's name
                continue
            if fast:
                plain = plain_keys.get(k)
                if plain is None:  # no field rule ends with it, not a secret's name
                    plain = plain_keys[k] = k not in self._rule_keys and not _is_secret_key(k)
                if plain:
                    if cls is str:
                        if k in SKIP_KEYS:
                            if k == "url" and "?" in v:  # Bundle.link.url: a search that names a person
                                out[k] = self._search_query(v, f"{path}.{k}")  # type: ignore[arg-type]
                                continue
                            if k in PERSON_ID_KEYS and resource is not None:
                                new = self._person_id(k, v, resource, keypath, f"{path}.{k}")  # type: ignore[arg-type]
                                if new is not DROP:
                                    out[k] = new
                                continue
                            out[k] = v
                            continue
                        new = self._fhir_string(k, v, resource, path)  # type: ignore[arg-type]
                    elif cls is bool or cls is int or cls is float or v is None:
                        out[k] = v
                        continue
                    else:
                        new = self._fhir_member(k, v, resource, (*keypath, k), depth + 1, f"{path}.{k}")  # type: ignore[arg-type]
                    if new is not DROP:
                        out[k] = new
                        if new.__class__ is _Deferred:
                            self._bind(out, k, new)
                    continue
            if isinstance(v, (str, int, float)) and not isinstance(v, bool) and _is_secret_key(k):
                new = self._replace_leaf(v, T.CREDENTIAL, None, "field:secret-key", f"{path}.{k}")
            elif resource is None and (geo := _geo_key(k)) is not None and _geo_value(geo, v):
                new = self._replace_leaf(v, T.ADDRESS if geo is T.ZIP and not _us_zip(v) else geo, None,
                                         f"field:key:{k}", f"{path}.{k}")
            elif (
                resource is None
                and ((kt := _key_type(k)) is not None
                     or (k in _OWN_KEYS and keypath and (kt := _key_type(keypath[-1])) is T.DEVICE))
                and (
                    kt is not T.NAME
                    or k.lower() not in _AMBIGUOUS_NAME_KEYS
                    or _about_a_person(value, keypath)
                    or _person_shaped(v)
                )
                and (keyed := self._keyed(v, kt, k, f"{path}.{k}")) is not _NOT_KEYED
            ):
                new = keyed
            elif resource is None and k in ADDRESS_FIELDS and keypath and _address_key(keypath[-1]) \
                    and _filled(v):
                # an app's address object shaped like FHIR's: {"address": {"line": ..., "text": ...}}
                new = self._mask_subtree(v, ADDRESS_FIELDS[k], None, f"field:key:{keypath[-1]}.{k}",
                                         depth + 1, f"{path}.{k}")
            elif resource is None and keypath and v.__class__ is str and _address_key(keypath[-1]) \
                    and (part := _address_part(k, v)) is not None:  # type: ignore[arg-type]
                # any other part of it in any language ("adres": {"gorod": ..., "indeks": ...}); its state,
                # country, type and flags stay
                new = self._replace_leaf(v, part, None, f"field:key:{keypath[-1]}.{k}", f"{path}.{k}")
            elif resource is None and v.__class__ is str and role_key(k) and role_name(v):  # type: ignore[arg-type]
                new = self._replace_leaf(v, T.NAME, None, f"field:role:{k}", f"{path}.{k}")
            elif resource is None and v.__class__ is str and (
                    user_login(k, v) or person_login(k, v)  # type: ignore[arg-type]
                    or (k in ("from", "to") and not _MESSAGE_KEYS.isdisjoint(value)
                        and login_shaped(v))):  # type: ignore[arg-type]
                # a user's login, or who sent or got a message: a chat export's {"from": "<login>",
                # "text": ...} (beside a message only: a config's "from"/"to" hold paths and versions)
                new = self._replace_leaf(v, T.ID, None, f"field:user:{k}", f"{path}.{k}")
            elif fhir:
                new = self._fhir_member(k, v, resource, (*keypath, k), depth + 1, f"{path}.{k}")  # type: ignore[arg-type]
            else:
                new = self._walk(v, resource, (*keypath, k), depth + 1, k, f"{path}.{k}")
            self._put(out, k, new)
        return out

    def _rows(self, rows: list[Any], names: list[str], resource: str | None, keypath: tuple[str, ...],
              depth: int, path: str, first: int = 0) -> list[Any]:
        """Each row's cells typed by their column's name, as a table's cells by its header; a row that
        does not line up with the columns is walked as any other JSON."""
        out: list[Any] = []
        for i, row in enumerate(rows, first):
            rpath = f"{path}[{i}]"
            cells, wrap = row, None
            if isinstance(row, dict) and list(row) == ["f"] and isinstance(row["f"], list):
                cells, wrap = row["f"], "f"  # BigQuery: {"f": [{"v": ...}, ...]}
            if not isinstance(cells, list) or len(cells) != len(names):
                self._append(out, self._walk(row, resource, keypath, depth, None, rpath))
                continue
            new_cells: list[Any] = []
            for j, (name, cell) in enumerate(zip(names, cells, strict=True)):
                cpath = f"{rpath}{'.f' if wrap else ''}[{j}]"
                inner = cell.get("v") if wrap and isinstance(cell, dict) and list(cell) == ["v"] else cell
                vpath = f"{cpath}.v" if wrap else cpath
                new = self._pair_value(name, inner, vpath) if inner is not None else None
                if new is None or new is _NOT_KEYED:
                    new = self._walk(cell, resource, keypath, depth + 1, name, cpath)
                elif wrap and isinstance(cell, dict):
                    new = {"v": new}
                self._append(new_cells, new)
            self._append(out, {"f": new_cells} if wrap else new_cells)
        return out

    def _dicom_element(self, el: dict[str, Any], tag: str, depth: int, path: str) -> Any:
        """A DICOM JSON (DICOMweb) attribute, {"vr": ..., "Value": [...]} under its tag: typed by the
        value representation and, in the Patient group (0010), by the tag; UIDs are replaced whole,
        as DICOM's confidentiality profile replaces them. Other values are walked as usual."""
        vr = el["vr"]
        t = _DICOM_TAGS.get(tag.upper()) or _DICOM_VRS.get(vr)
        out: dict[str, Any] = {}
        for k, v in el.items():
            if k != "Value" or (t is None and vr != "AS"):
                self._put(out, k, self._walk(v, None, (tag, k), depth + 1, k, f"{path}.{k}"))
                continue
            values: list[Any] = []
            for i, item in enumerate(v):
                ipath = f"{path}.Value[{i}]"
                if vr == "AS":  # an age string: "102Y" is over 89, "045Y" and "006M" are not
                    m = _DICOM_AGE.fullmatch(item) if isinstance(item, str) else None
                    over = m is not None and m.group(2) == "Y" and int(m.group(1)) > 89
                    new = self._replace_leaf(item, T.AGE, None, "field:dicom:AS", ipath) if over else item
                elif isinstance(item, dict) and vr == "PN":  # {"Alphabetic": ..., "Ideographic": ...}
                    new = {}
                    for g, x in item.items():  # _put: a dropped component is left out
                        part = self._replace_leaf(x, T.NAME, None, "field:dicom:PN", f"{ipath}.{g}") \
                            if isinstance(x, str) and x else x
                        self._put(new, g, part)
                elif isinstance(item, str) and item.strip():
                    new = self._replace_leaf(item, t, None, f"field:dicom:{tag or vr}", ipath)  # type: ignore[arg-type]
                else:
                    new = item
                self._append(values, new)
            out[k] = values
        return out

    def _pair_value(self, name: str, v: Any, path: str) -> Any:
        """The value of a name/value pair, typed by the pair's name as a member would be by its key:
        a secret's name makes it a credential; _NOT_KEYED when the name says nothing (walked as usual)."""
        if _is_secret_key(name):
            if isinstance(v, str) and v:
                return self._replace_leaf(v, T.CREDENTIAL, None, f"field:pair:{name}", path)
            if isinstance(v, dict) and len(v) == 1:
                (wrapper, inner), = v.items()
                if wrapper in _AVRO_TYPES and isinstance(inner, str) and inner:
                    return {wrapper: self._replace_leaf(inner, T.CREDENTIAL, None, f"field:pair:{name}",
                                                        f"{path}.{wrapper}")}
            return _NOT_KEYED
        geo = _geo_key(name)
        if geo is not None and _geo_value(geo, v):
            return self._replace_leaf(v, T.ADDRESS if geo is T.ZIP and not _us_zip(v) else geo, None,
                                      f"field:pair:{name}", path)
        t = _pair_type(name)
        if t is None:
            return _NOT_KEYED
        return self._keyed(v, t, name, path)

    def _keyed(self, v: Any, t: IdentifierType, key: str, path: str) -> Any:
        """A generic JSON member typed by its key ("guardian", "pt_zip", "birth_date"), like a table
        column: a string or number, an Avro union wrapper ({"string": ...}) or a list of strings.
        _NOT_KEYED when the value cannot be that identifier: then it is walked as usual."""
        det = f"field:key:{key}"
        number = isinstance(v, (int, float)) and not isinstance(v, bool)
        if isinstance(v, str) and t is T.NAME and not cell_holds(v, t) and person_login(key, v):
            return self._replace_leaf(v, T.ID, None, det, path)  # "exportado_por": "<login>"
        if isinstance(v, str) or (number and t is not T.NAME):
            return self._replace_leaf(v, t, None, det, path) if cell_holds(str(v), t) else _NOT_KEYED
        if isinstance(v, dict) and len(v) == 1:
            (wrapper, inner), = v.items()
            if wrapper in _AVRO_TYPES and not isinstance(inner, (dict, list)):
                new = self._keyed(inner, t, key, f"{path}.{wrapper}")
                return _NOT_KEYED if new is _NOT_KEYED else {wrapper: new}
        if (
            isinstance(v, list)
            and 0 < len(v) <= 20
            and all(isinstance(x, str) for x in v)
            and all(cell_holds(x, t) for x in v)
        ):
            out: list[Any] = []
            for i, x in enumerate(v):
                self._append(out, self._replace_leaf(x, t, None, det, f"{path}[{i}]"))
            return out
        return _NOT_KEYED

    def _list(self, value: list[Any], resource: str | None, keypath: tuple[str, ...], depth: int,
              key: str | None, path: str) -> Any:
        if resource is None and self.plan.free_text and _is_line_list(value):
            # a notebook's or a log's text kept as a list of lines: one text, so a table's header meets
            # its rows ("   name  zip", "0  Wybren Terpstra  74462")
            return self._defer("".join(value), path, post=_split_lines)
        out: list[Any] = []
        fhir = resource is not None and self.plan.fhir and key is not None
        for i, v in enumerate(value):
            if fhir:
                new = self._fhir_member(key, v, resource, keypath, depth + 1, f"{path}[{i}]", in_list=True)  # type: ignore[arg-type]
            else:
                new = self._walk(v, resource, keypath, depth + 1, key, f"{path}[{i}]")
            self._append(out, new)
        return out

    def _string(self, value: str, key: str | None, resource: str | None, path: str) -> Any:
        if not self.plan.free_text or not value:
            return value
        if resource is not None and (key in SKIP_KEYS or (len(value) < 32 and ENUM_LIKE.match(value))):
            return value
        if len(value) < 3 and not any(c.isdigit() for c in value):
            return value
        if key is not None and len(value) <= 40 and _REGION_KEY.search(key) and "," not in value \
                and not any(c.isdigit() for c in value):
            return value  # "addr_state": "Alberta", "province": "Victoria": a first-level division stays
        return self._defer(value, path)

    def _field_rule(self, resource: str | None, keypath: tuple[str, ...]) -> FieldSelector | None:
        key = (resource, keypath)
        cache = self._rules
        if key in cache:
            return cache[key]
        found = None
        for rule in self.plan.fields:
            if rule.matches(resource, keypath):
                found = rule
                break
        if len(cache) < 50_000:
            cache[key] = found
        return found

    # -- masking known PHI ----------------------------------------------------------------------
    def _replace_leaf(self, value: Any, t: IdentifierType, action: Action | None, detector: str, path: str) -> Any:  # noqa: E501
        if isinstance(value, str) and value.strip() in self.plan.allow:
            return value
        if t not in self.plan.enabled and not detector.startswith("field:"):
            return value
        act = action or self.plan.action_for(t)
        text = value if isinstance(value, str) else str(value)
        seen = (text, t, act)
        rep = self._replaced.get(seen, DROP)
        if rep is DROP and seen not in self._replaced:  # first time in this document
            if t is T.NAME and self.plan.names is not None:  # teach free text the names the schema knows
                for part in _NAME_PART.findall(text):
                    if len(part) > 2:
                        self.text.learned.add(fold_token(part))
                    if len(part) >= 2:
                        self.text.known.add(fold_token(part))
            if act is not Action.KEEP:
                known.remember(self.text.known_values, text, t)
            rep = replacement(act, t, text, hash_key=self.plan.hash_key, vault=self.vault,
                              restricted_zip3=self.plan.restricted_zip3)
            self._replaced[seen] = rep
        self.findings.append(Finding(t, act, detector, path))
        if act is Action.KEEP:
            return value
        if rep is None:
            return DROP
        return rep

    def _mask_subtree(self, value: Any, t: IdentifierType, action: Action | None, detector: str, depth: int,
                      path: str) -> Any:
        if depth > MAX_DEPTH:
            raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels")
        if (action or self.plan.action_for(t)) is Action.DROP and (isinstance(value, (dict, list))):
            self.findings.append(Finding(t, Action.DROP, detector, path))
            return DROP
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                self._put(out, k, self._mask_subtree(v, t, action, detector, depth + 1, f"{path}.{k}"))
            return out
        if isinstance(value, list):
            out_l = []
            for i, v in enumerate(value):
                new = self._mask_subtree(v, t, action, detector, depth + 1, f"{path}[{i}]")
                if new is not DROP:
                    out_l.append(new)
            return out_l
        if value is None or isinstance(value, bool):
            return value
        return self._replace_leaf(value, t, action, detector, path)

    # -- FHIR -------------------------------------------------------------------------------------
    def _fhir_resource(self, res: dict[str, Any], depth: int, path: str) -> Any:
        rtype = res["resourceType"]
        if rtype not in RESOURCE_TYPES:  # an app's own "resourceType": generic JSON, typed by its keys
            return self._dict(res, None, (), depth, path)
        if rtype == "Binary":
            return self._binary(res, depth, path)
        if rtype == "Bundle" and isinstance(res.get("entry"), list):
            self._collect_person_urns(res["entry"])
        return self._dict(res, rtype, (), depth, path)

    def _collect_person_urns(self, entries: list[Any]) -> None:
        """A transaction Bundle (Synthea's) names its patient "urn:uuid:<id>" in fullUrl and in every
        reference to it: that id is the person's, like "Patient/<id>", wherever it stands in the Bundle."""
        for e in entries:
            r = e.get("resource") if isinstance(e, dict) else None
            if isinstance(r, dict) and r.get("resourceType") in PERSON_TYPES:
                full = e.get("fullUrl")
                if isinstance(full, str) and full.startswith("urn:"):
                    self._person_urns.add(full)
                if isinstance(r.get("id"), str):
                    self._person_urns.add(f"urn:uuid:{r['id']}")

    def _fhir_string(self, key: str, v: str, rtype: str, path: str) -> Any:
        """A FHIR string member (not structural): kept (enum, short word), masked as a date, or queued."""
        if key in DATE_KEYS or FHIR_DATE.match(v):
            return self._replace_leaf(v, T.DATE, None, f"fhir:{rtype}.{key}", f"{path}.{key}")
        if _string_for_a_person(key, v, rtype):
            return self._replace_leaf(v, T.NAME, None, f"fhir:{rtype}.{key}", f"{path}.{key}")
        if key in DEVICE_KEYS:  # Device.serialNumber, lotNumber: the device in one patient
            return self._replace_leaf(v, T.DEVICE, None, f"fhir:{rtype}.{key}", f"{path}.{key}")
        if key == "manufacturer" and rtype == "Device":
            return v  # a maker's name, no one's
        if not self.plan.free_text or not v or (len(v) < 32 and ENUM_LIKE.match(v)):
            return v
        if len(v) < 3 and not any(c.isdigit() for c in v):
            return v
        return self._defer(v, f"{path}.{key}")

    def _fhir_member(self, key: str, v: Any, rtype: str, keypath: tuple[str, ...], depth: int, path: str, *,
                     in_list: bool = False) -> Any:
        if depth > MAX_DEPTH:
            raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels")
        rule = self._rule(rtype, keypath)
        if rule is not None:
            return self._mask_subtree(v, rule.type, rule.action, f"field:{rule.source}", depth, path)
        if isinstance(v, list):
            if not in_list:
                out = []
                for i, item in enumerate(v):
                    self._append(out, self._fhir_member(key, item, rtype, keypath, depth + 1, f"{path}[{i}]",
                                                        in_list=True))
                return out
            return self._list(v, rtype, keypath, depth, key, path)  # not FHIR, but walked all the same
        if isinstance(v, dict):
            if isinstance(v.get("resourceType"), str):
                return self._fhir_resource(v, depth, path)  # contained / entry.resource
            det = f"fhir:{rtype}.{key}"
            if key in NAME_KEYS and ("family" in v or "given" in v or "text" in v):
                return self._leaves(v, NAME_FIELDS, det, depth, path)
            if key in ADDRESS_KEYS or key.endswith("Address") or ("postalCode" in v or ("city" in v and "line" in v)):  # noqa: E501
                return self._leaves(v, ADDRESS_FIELDS, det, depth, path)
            if key in TELECOM_KEYS:
                telecom = TELECOM_TYPE.get(str(v.get("system", "")), T.PHONE)
                return self._leaves(v, {"value": telecom}, det, depth, path)
            if key in IDENTIFIER_KEYS and "value" in v:
                return self._leaves(v, {"value": _identifier_type(v)}, det, depth, path)
            if "data" in v and ("contentType" in v or key in ATTACHMENT_KEYS):
                return self._attachment(v, det, depth, path)
            ref = v.get("reference")
            if isinstance(ref, str) and _ORG_REF.match(ref) and set(v) <= {"reference", "display", "type"} \
                    and key != "organization":
                return v  # "serviceProvider": {"reference": "Organization/...", "display": "<clinic>"}
            if "display" in v and (
                (isinstance(ref, str) and PERSON_REF.match(ref))
                # Patient.contact.organization: the contact's organisation, the patient's employer when the
                # relationship is "E"; Safe Harbor removes an employer's name as it does a person's
                or (key == "organization" and keypath[-2:] == ("contact", "organization"))
                # a display with no reference, or a "urn:uuid:" one (a transaction Bundle's), under a person's
                # role: Coverage.subscriber.display, Encounter.subject.display
                or ((not isinstance(ref, str) or ref.startswith("urn:")) and key in PERSON_ROLE_KEYS
                    and v.get("type") not in _NOT_A_PERSON_TYPE and not _org_display(v["display"]))
            ):
                out_d: dict[str, Any] = {}
                for k2, v2 in v.items():
                    p2 = f"{path}.{k2}"
                    new = self._replace_leaf(v2, T.NAME, None, f"{det}.display", p2) if k2 == "display" \
                        else self._fhir_member(k2, v2, rtype, (*keypath, k2), depth + 1, p2)
                    self._put(out_d, k2, new)
                return out_d
            if key == "meta" or key == "request" or key == "response":
                return self._plumbing(key, v, det, depth, path)
            url = v.get("url")
            if isinstance(url, str) and url.endswith("mothersMaidenName") and "valueString" in v:
                return self._leaves(v, {"valueString": T.NAME}, det, depth, path)
            if key in KEEP_KEYS:
                return v
            return self._dict(v, rtype, keypath, depth, path)
        if isinstance(v, str):
            if key in DATE_KEYS or (key not in SKIP_KEYS and FHIR_DATE.match(v)):
                return self._replace_leaf(v, T.DATE, None, f"fhir:{rtype}.{key}", path)
            if _string_for_a_person(key, v, rtype):
                return self._replace_leaf(v, T.NAME, None, f"fhir:{rtype}.{key}", path)
            if key not in SKIP_KEYS:
                return self._string(v, key, rtype, path)
            if key in PERSON_ID_KEYS:
                return self._person_id(key, v, rtype, keypath[:-1], path)
            return v
        return v

    def _plumbing(self, key: str, v: dict[str, Any], det: str, depth: int, path: str) -> dict[str, Any]:
        """Bundle.entry.request/response and Resource.meta: codes and server bookkeeping stay, but a search
        URL's parameters, a history entry's lastModified, a tag's words and a response's outcome (an
        OperationOutcome whose diagnostics echo the rejected record) can name the patient."""
        out: dict[str, Any] = {}
        for k, val in v.items():
            p2 = f"{path}.{k}"
            if isinstance(val, str) and k in ("url", "ifNoneExist", "ifNoneMatch", "location") and (
                "?" in val or "=" in val
            ):
                new: Any = self._search_query(val, p2)
            elif isinstance(val, str) and k == "lastModified" and key == "response":
                new = self._replace_leaf(val, T.DATE, None, f"{det}.lastModified", p2)
            elif isinstance(val, str) and k in ("location", "url") and PERSON_REF.match(val):
                new = self._person_id("reference", val, "Bundle", (), p2)
            elif key == "meta" and k in ("tag", "security") and isinstance(val, list):
                new = [self._meta_coding(c, f"{p2}[{i}]") for i, c in enumerate(val)]
            elif key == "meta" and k not in _META_ELEMENTS and isinstance(val, str) and role_key(k) \
                    and role_name(val):  # "exportedBy": "<name>"
                new = self._replace_leaf(val, T.NAME, None, f"field:role:{k}", p2)
            elif key == "meta" and k not in _META_ELEMENTS:  # a vendor's own field ("clientIp"): any JSON's
                new = self._walk(val, None, (k,), depth + 1, k, p2)
            elif isinstance(val, dict) and isinstance(val.get("resourceType"), str):  # response.outcome
                new = self._fhir_resource(val, depth + 1, p2)
            else:
                new = val
            self._put(out, k, new)
        return out

    def _meta_coding(self, c: Any, path: str) -> Any:
        """A tag's display is words someone typed ("imported for <name>"), a code with six digits or more may
        be a record number ("mrn-MR7315528"): scanned as text; other codes stay."""
        if not isinstance(c, dict):
            return c
        out: dict[str, Any] = {}
        for k, val in c.items():
            scan = k == "display" or (k == "code" and sum(ch.isdigit() for ch in str(val)) >= 6)
            new = self._defer(val, f"{path}.{k}") if scan and isinstance(val, str) \
                and len(val) > 2 and not ENUM_LIKE.match(val) else val
            self._put(out, k, new)
            if new.__class__ is _Deferred:
                self._bind(out, k, new)
        return out

    def _search_query(self, url: str, path: str) -> str:
        """A FHIR search's parameter values by their type: "Patient?identifier=urn:oid:...|MR61950427
        &birthdate=1979-08-14" keeps its system and names, loses the record number and the date."""
        base, sep, query = url.partition("?")
        if not sep:
            base, query = "", url
        parts: list[str] = []
        last = 0
        for m in _QUERY_PARAM.finditer(query):
            # a chained or modified parameter types by its last known part: "subject:Patient.identifier",
            # "patient.birthdate", "name:exact"
            parts_of_name = reversed(_PARAM_PARTS.split(m.group("name").lower()))
            name = next((p for p in parts_of_name if p in _SEARCH_TYPES), "")
            t = _SEARCH_TYPES.get(name)
            value = m.group("value")
            if t is None or not value:
                continue
            s = m.start("value")
            bar = value.rfind("|") if t is T.ID else -1  # a token: system|value, only the value goes
            if bar >= 0:
                s += bar + 1
                value = value[bar + 1 :]
            if not value:
                continue
            rep = self._replace_leaf(value, t, None, f"fhir:search.{name}", path)
            parts.append(query[last:s])
            parts.append("" if rep is DROP else str(rep))
            last = s + len(value)
        if not parts:
            return url
        parts.append(query[last:])
        return f"{base}{sep}{''.join(parts)}"

    def _person_id(self, key: str, v: str, rtype: str, keypath: tuple[str, ...], path: str) -> Any:
        """Patient.id, and the id in "Patient/<id>" references and full URLs; other ids stay."""
        if key == "id":
            if rtype in PERSON_TYPES and not keypath:
                return self._replace_leaf(v, T.ID, None, f"fhir:{rtype}.id", path)
            return v
        if v in self._person_urns:
            cut = v.rfind(":") + 1
            rep = self._replace_leaf(v[cut:], T.ID, None, f"fhir:{rtype}.{key}", path)
            return DROP if rep is DROP else f"{v[:cut]}{rep}"
        m = _PERSON_ID_REF.search(v)
        if m is None:
            return v
        rep = self._replace_leaf(m.group("id"), T.ID, None, f"fhir:{rtype}.{key}", path)
        if rep is DROP:
            return DROP
        return f"{v[: m.start('id')]}{rep}{v[m.end('id') :]}"

    def _leaves(self, v: dict[str, Any], mapping: dict[str, IdentifierType], det: str, depth: int, path: str) -> dict[str, Any]:  # noqa: E501
        out: dict[str, Any] = {}
        for k, val in v.items():
            if k in mapping:
                new = self._mask_subtree(val, mapping[k], None, f"{det}.{k}", depth + 1, f"{path}.{k}")
            elif k == "period":
                new = self._mask_subtree(val, T.DATE, None, f"{det}.period", depth + 1, f"{path}.{k}")
            elif isinstance(val, (dict, list)):
                new = self._walk(val, "Extension", (k,), depth + 1, k, f"{path}.{k}")
            else:
                new = val
            self._put(out, k, new)
        return out

    def _attachment(self, v: dict[str, Any], det: str, depth: int, path: str) -> Any:
        out: dict[str, Any] = {}
        ctype = str(v.get("contentType", ""))
        for k, val in v.items():
            if k == "data" and isinstance(val, str):
                new = self._base64(val, ctype, det, f"{path}.{k}")
            elif k == "url" and isinstance(val, str):
                new = self._replace_leaf(val, T.URL, None, f"{det}.url", f"{path}.{k}")
            elif k == "title" and isinstance(val, str):
                new = self._string(val, k, "Attachment", f"{path}.{k}")
            elif k == "creation" and isinstance(val, str):
                new = self._replace_leaf(val, T.DATE, None, f"{det}.creation", f"{path}.{k}")
            else:
                new = val
            self._put(out, k, new)
        return out

    def _binary(self, res: dict[str, Any], depth: int, path: str) -> Any:
        out: dict[str, Any] = {}
        ctype = str(res.get("contentType", ""))
        for k, val in res.items():
            if k == "data" and isinstance(val, str):
                new = self._base64(val, ctype, "fhir:Binary.data", f"{path}.{k}")
            else:
                new = val if k in SKIP_KEYS else self._walk(val, "Binary", (k,), depth + 1, k, f"{path}.{k}")
            self._put(out, k, new)
        return out

    def _base64(self, data: str, ctype: str, det: str, path: str) -> Any:
        """Text content is decoded, masked and re-encoded; anything else is withheld (fail closed)."""
        if TEXT_CONTENT.match(ctype):
            try:
                raw = base64.b64decode(data, validate=False)
                text = raw.decode("utf-8")
            except (binascii.Error, ValueError, UnicodeDecodeError):
                text = None
            if text is not None:
                if ctype.lower().startswith(("application/json", "application/fhir+json")):
                    try:
                        import json

                        doc = json.loads(text)
                        sub = JsonMasker(self.plan, self.vault)
                        masked_doc = sub.mask(doc)
                        for f in sub.findings:
                            self.findings.append(
                                Finding(f.type, f.action, f.detector, path + "~" + (f.path or "$"), f.start, f.end)  # noqa: E501
                            )
                        return base64.b64encode(json.dumps(masked_doc).encode()).decode()
                    except (ValueError, RecursionError):
                        pass
                return self._defer(text, path, post=_b64_text)
        if not self.plan.withhold_binary:
            return data
        t = T.IMAGE if ctype.lower().startswith(("image/", "video/", "application/dicom")) else T.BIOMETRIC
        self.findings.append(Finding(t, Action.DROP, det, path))
        return DROP


def _b64_text(masked: str) -> str:
    return base64.b64encode(masked.encode("utf-8")).decode("ascii")


class _Deferred:
    """A string slot filled after the batch pass (see JsonMasker._flush)."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index
