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
from phigate.engine.normalize import fold_token
from phigate.engine.plan import FieldSelector, MaskingPlan
from phigate.engine.textmask import TextMasker
from phigate.engine.types import EngineError, Finding
from phigate.engine.vault import TokenVault

T = IdentifierType
MAX_DEPTH = 200
DROP = object()

FHIR_DATE = re.compile(r"^[12][0-9]{3}(-[0-1][0-9](-[0-3][0-9]([T ][0-9:.]+(Z|[+\-][0-9:]+)?)?)?)?$")
ENUM_LIKE = re.compile(r"^[a-z][a-z0-9\-]{0,30}$")
_NAME_PART = re.compile(r"[^\W\d_][\w'’\-]*")
PERSON_REF = re.compile(r"^(?:.*/)?(Patient|RelatedPerson|Person|Practitioner|PractitionerRole)/")
# Structural FHIR members: never PHI text, never scanned (codes, systems, references, enums).
SKIP_KEYS = frozenset(
    ["resourceType", "id", "system", "code", "version", "url", "reference", "status", "use", "unit", "fullUrl", "mode", "method", "profile", "versionId", "language", "contentType", "gender", "meta", "coding", "search", "relation", "type_", "valueCode", "valueBoolean", "valueInteger", "valueDecimal", "valueQuantity", "valueUri", "valueCanonical", "valueId", "comparator", "precision", "security", "tag", "implicitRules", "lastUpdated"]  # noqa: E501
)
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
    """One document's walk (holds pending free-text slots and findings)."""

    def __init__(self, plan: MaskingPlan, vault: TokenVault | None) -> None:
        self.plan = plan
        self.vault = vault
        self.text = TextMasker(plan, vault)
        self.findings: list[Finding] = []
        # (text, path, post-processing, [(container, key)...]) filled by _flush
        self._slots: list[tuple[str, str, Any, list[tuple[Any, Any]]]] = []
        self._path: list[str | int] = ["$"]
        self._rules = plan.field_rules

    # -- entry --------------------------------------------------------------------------------
    def mask(self, value: Any) -> Any:
        out = self._walk(value, None, (), 0, None)
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
        masked = self.text.mask_many(texts, paths, self.findings)
        for (_, _, post, bound), new in zip(self._slots, masked, strict=True):
            value = post(new) if post is not None else new
            for container, key in bound:
                container[key] = value
        self._slots.clear()

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

    def _defer(self, text: str, post: Any = None) -> _Deferred:
        self._slots.append((text, self._path_str(), post, []))
        return _Deferred(len(self._slots) - 1)

    def _path_str(self) -> str:
        return "$" + "".join(f"[{p}]" if p.__class__ is int else f".{p}" for p in self._path[1:])

    # -- generic walk ---------------------------------------------------------------------------
    def _walk(self, value: Any, resource: str | None, keypath: tuple[str, ...], depth: int, key: str | None) -> Any:  # noqa: E501
        if depth > MAX_DEPTH:
            raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels")
        rule = self._field_rule(resource, keypath) if self.plan.fields and keypath else None
        if rule is not None:
            return self._mask_subtree(value, rule.type, rule.action, f"field:{rule.source}", depth)
        if isinstance(value, dict):
            if self.plan.fhir and isinstance(value.get("resourceType"), str):
                return self._fhir_resource(value, depth)
            return self._dict(value, resource, keypath, depth)
        if isinstance(value, list):
            return self._list(value, resource, keypath, depth, key)
        if isinstance(value, str):
            return self._string(value, key, resource)
        return value

    def _dict(self, value: dict[str, Any], resource: str | None, keypath: tuple[str, ...], depth: int) -> Any:
        out: dict[str, Any] = {}
        for k, v in value.items():
            self._path.append(k)
            try:
                if isinstance(v, (str, int, float)) and not isinstance(v, bool) and _is_secret_key(k):
                    new = self._replace_leaf(v, T.CREDENTIAL, None, "field:secret-key")
                elif resource is None and (geo := _geo_key(k)) is not None and _geo_value(geo, v):
                    new = self._replace_leaf(v, T.ADDRESS if geo is T.ZIP and not _us_zip(v) else geo, None,
                                             f"field:key:{k}")
                elif resource is not None and self.plan.fhir:
                    new = self._fhir_member(k, v, value, resource, (*keypath, k), depth + 1)
                else:
                    new = self._walk(v, resource, (*keypath, k), depth + 1, k)
            finally:
                self._path.pop()
            self._put(out, k, new)
        return out

    def _list(self, value: list[Any], resource: str | None, keypath: tuple[str, ...], depth: int,
              key: str | None) -> Any:
        out: list[Any] = []
        for i, v in enumerate(value):
            self._path.append(i)
            try:
                if resource is not None and self.plan.fhir and key is not None:
                    new = self._fhir_member(key, v, None, resource, keypath, depth + 1, in_list=True)
                else:
                    new = self._walk(v, resource, keypath, depth + 1, key)
            finally:
                self._path.pop()
            self._append(out, new)
        return out

    def _string(self, value: str, key: str | None, resource: str | None) -> Any:
        if not self.plan.free_text or not value:
            return value
        if resource is not None and (key in SKIP_KEYS or (len(value) < 32 and ENUM_LIKE.match(value))):
            return value
        if len(value) < 3 and not any(c.isdigit() for c in value):
            return value
        return self._defer(value)

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
    def _replace_leaf(self, value: Any, t: IdentifierType, action: Action | None, detector: str) -> Any:
        if isinstance(value, str) and value.strip() in self.plan.allow:
            return value
        if t not in self.plan.enabled and not detector.startswith("field:"):
            return value
        act = action or self.plan.action_for(t)
        text = value if isinstance(value, str) else str(value)
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
        self.findings.append(Finding(t, act, detector, self._path_str()))
        if act is Action.KEEP:
            return value
        if rep is None:
            return DROP
        return rep

    def _mask_subtree(self, value: Any, t: IdentifierType, action: Action | None, detector: str, depth: int) -> Any:  # noqa: E501
        if depth > MAX_DEPTH:
            raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels")
        if (action or self.plan.action_for(t)) is Action.DROP and (isinstance(value, (dict, list))):
            self.findings.append(Finding(t, Action.DROP, detector, self._path_str()))
            return DROP
        if isinstance(value, dict):
            out = {}
            for k, v in value.items():
                self._path.append(k)
                try:
                    new = self._mask_subtree(v, t, action, detector, depth + 1)
                finally:
                    self._path.pop()
                self._put(out, k, new)
            return out
        if isinstance(value, list):
            out_l = []
            for i, v in enumerate(value):
                self._path.append(i)
                try:
                    new = self._mask_subtree(v, t, action, detector, depth + 1)
                finally:
                    self._path.pop()
                if new is not DROP:
                    out_l.append(new)
            return out_l
        if value is None or isinstance(value, bool):
            return value
        return self._replace_leaf(value, t, action, detector)

    # -- FHIR -------------------------------------------------------------------------------------
    def _fhir_resource(self, res: dict[str, Any], depth: int) -> Any:
        rtype = res["resourceType"]
        if rtype == "Binary":
            return self._binary(res, depth)
        return self._dict(res, rtype, (), depth)

    def _fhir_member(self, key: str, v: Any, parent: dict[str, Any] | None, rtype: str, keypath: tuple[str, ...],  # noqa: E501
                     depth: int, *, in_list: bool = False) -> Any:
        if depth > MAX_DEPTH:
            raise EngineError(f"JSON nesting deeper than {MAX_DEPTH} levels")
        rule = self._field_rule(rtype, keypath) if self.plan.fields else None
        if rule is not None:
            return self._mask_subtree(v, rule.type, rule.action, f"field:{rule.source}", depth)
        if isinstance(v, list) and not in_list:
            out = []
            for i, item in enumerate(v):
                self._path.append(i)
                try:
                    new = self._fhir_member(key, item, parent, rtype, keypath, depth + 1, in_list=True)
                finally:
                    self._path.pop()
                self._append(out, new)
            return out
        det = f"fhir:{rtype}.{key}"
        if isinstance(v, dict):
            if isinstance(v.get("resourceType"), str):
                return self._walk(v, None, (), depth, key)  # contained / entry.resource
            if key in ("name", "valueHumanName") and ("family" in v or "given" in v or "text" in v):
                return self._human_name(v, det, depth)
            if key in ("address", "valueAddress") or key.endswith("Address") or (
                "postalCode" in v or ("city" in v and "line" in v)
            ):
                return self._address(v, det, depth)
            if key in ("telecom", "valueContactPoint") or ("system" in v and "value" in v and key == "telecom"):  # noqa: E501
                return self._contact_point(v, det, depth)
            if key in ("identifier", "valueIdentifier") and "value" in v:
                return self._identifier(v, det, rtype, keypath, depth)
            if "data" in v and ("contentType" in v or key in ("photo", "content", "presentedForm", "attachment")):  # noqa: E501
                return self._attachment(v, det, depth)
            if "display" in v and "reference" in v and isinstance(v.get("reference"), str):  # noqa: SIM102
                if PERSON_REF.match(v["reference"]):
                    out = {}
                    for k2, v2 in v.items():
                        self._path.append(k2)
                        try:
                            new = self._replace_leaf(v2, T.NAME, None, f"{det}.display") if k2 == "display" \
                                else self._fhir_member(k2, v2, v, rtype, (*keypath, k2), depth + 1)
                        finally:
                            self._path.pop()
                        self._put(out, k2, new)
                    return out
            if key in ("coding", "meta", "valueQuantity", "quantity", "search", "request", "response"):
                return v
            return self._dict(v, rtype, keypath, depth)
        if isinstance(v, str):
            if key in ("birthDate", "deceasedDateTime") or (key not in SKIP_KEYS and FHIR_DATE.match(v)):
                return self._replace_leaf(v, T.DATE, None, det)
            if key == "div" or key not in SKIP_KEYS:
                return self._string(v, key, rtype)
            return v
        return v

    def _leaves(self, v: dict[str, Any], mapping: dict[str, IdentifierType], det: str, depth: int) -> dict[str, Any]:  # noqa: E501
        out: dict[str, Any] = {}
        for k, val in v.items():
            self._path.append(k)
            try:
                if k in mapping:
                    new = self._mask_subtree(val, mapping[k], None, f"{det}.{k}", depth + 1)
                elif k == "period":
                    new = self._mask_subtree(val, T.DATE, None, f"{det}.period", depth + 1)
                elif isinstance(val, (dict, list)):
                    new = self._walk(val, "Extension", (k,), depth + 1, k)
                else:
                    new = val
            finally:
                self._path.pop()
            self._put(out, k, new)
        return out

    def _human_name(self, v: dict[str, Any], det: str, depth: int) -> Any:
        return self._leaves(v, {"family": T.NAME, "given": T.NAME, "text": T.NAME, "suffix": T.NAME}, det, depth)  # noqa: E501

    def _address(self, v: dict[str, Any], det: str, depth: int) -> Any:
        return self._leaves(
            v, {"line": T.ADDRESS, "city": T.ADDRESS, "district": T.ADDRESS, "text": T.ADDRESS,
                "postalCode": T.ZIP}, det, depth,
        )

    def _contact_point(self, v: dict[str, Any], det: str, depth: int) -> Any:
        t = TELECOM_TYPE.get(str(v.get("system", "")), T.PHONE)
        return self._leaves(v, {"value": t}, det, depth)

    def _identifier(self, v: dict[str, Any], det: str, rtype: str, keypath: tuple[str, ...], depth: int) -> Any:  # noqa: E501
        t = _identifier_type(v)
        out = self._leaves(v, {"value": t}, det, depth)
        return out

    def _attachment(self, v: dict[str, Any], det: str, depth: int) -> Any:
        out: dict[str, Any] = {}
        ctype = str(v.get("contentType", ""))
        for k, val in v.items():
            self._path.append(k)
            try:
                if k == "data" and isinstance(val, str):
                    new = self._base64(val, ctype, det)
                elif k == "url" and isinstance(val, str):
                    new = self._replace_leaf(val, T.URL, None, f"{det}.url")
                elif k == "title" and isinstance(val, str):
                    new = self._string(val, k, "Attachment")
                elif k == "creation" and isinstance(val, str):
                    new = self._replace_leaf(val, T.DATE, None, f"{det}.creation")
                else:
                    new = val
            finally:
                self._path.pop()
            self._put(out, k, new)
        return out

    def _binary(self, res: dict[str, Any], depth: int) -> Any:
        out: dict[str, Any] = {}
        ctype = str(res.get("contentType", ""))
        for k, val in res.items():
            self._path.append(k)
            try:
                if k == "data" and isinstance(val, str):
                    new = self._base64(val, ctype, "fhir:Binary.data")
                else:
                    new = self._walk(val, "Binary", (k,), depth + 1, k) if k not in SKIP_KEYS else val
            finally:
                self._path.pop()
            self._put(out, k, new)
        return out

    def _base64(self, data: str, ctype: str, det: str) -> Any:
        """Text content is decoded, masked and re-encoded; anything else is withheld (fail closed)."""
        if TEXT_CONTENT.match(ctype):
            try:
                raw = base64.b64decode(data, validate=False)
                text = raw.decode("utf-8")
            except (binascii.Error, ValueError, UnicodeDecodeError):
                text = None
            if text is not None:
                path = self._path_str()
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
                return self._defer(text, post=lambda m: base64.b64encode(m.encode("utf-8")).decode("ascii"))
        if not self.plan.withhold_binary:
            return data
        t = T.IMAGE if ctype.lower().startswith(("image/", "video/", "application/dicom")) else T.BIOMETRIC
        self.findings.append(Finding(t, Action.DROP, det, self._path_str()))
        return DROP


class _Deferred:
    """A string slot filled after the batch pass (see JsonMasker._flush)."""

    __slots__ = ("index",)

    def __init__(self, index: int) -> None:
        self.index = index
