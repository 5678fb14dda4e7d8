"""A JSON member named for a person's role ("referrer", "pharmacist", "attending", "nok") whose value is
a bare name: the key says a person stands there, the value's shape confirms it.

Keys like these hold many things besides names ("operator": "eq", "provider": "Blue Cross",
"subject": "Re: lab results"), so the value must look like a name on its own: two to four capitalised
words no dictionary, drug or organisation list holds, optionally after a title and before a bracketed
tail ("<given> <family> (CRM-PR 12345)"), or a short run of words in a script
without case (Han, Arabic, Devanagari...). The same check serves a FHIR member that should hold a
Reference or a HumanName but holds a plain string instead (an app's own flavour of FHIR).
"""

from __future__ import annotations

import re
from functools import lru_cache

from phigate.engine.tabular import key_words

# people by what they do in a record, and relatives; English first, then the same roles abroad
_ROLE_WORDS = frozenset(str.split(
    "referrer referer submitter pharmacist attending operator vaccinator surgeon dentist anaesthetist "
    "anesthetist consultant registrar carer caregiver husband wife son daughter partner nok kin witness "
    "interpreter translator chaperone requester requestor reporter informant signer signatory approver "
    "reviewer verifier dispenser sender recipient supervisor scribe technician technologist phlebotomist "
    "paramedic dietitian dietician physio optometrist counsellor counselor sonographer gp pcp dr "
    "practitioner provider performer author recorder asserter enterer collector receiver subject "
    "participant attester who agent familyhead householdhead headofhousehold headoffamily "
    "apotheker pharmacien farmaceutico farmaceutica farmaceuta vaccinateur vacunador impfarzt ehemann "
    "ehefrau esposo esposa marido conjuge conjoint epoux epouse marito moglie echtgenoot"
))
# role words that end a longer key ("perearst", "hausarzt", "radiologist", "psychiatrist", "labTechnician")
_ROLE_ENDINGS = ("arst", "arzt", "doktor", "ologist", "iatrist", "therapist", "pharmacist", "surgeon",
                 "technician", "midwife")


# the same roles as keys in other scripts: pharmacist, doctor, nurse (Arabic, Persian, Hebrew, Russian,
# Ukrainian, Chinese, Japanese, Korean)
_SCRIPT_ROLE_KEYS = frozenset(str.split(
    "الصيدلي الصيدلانية الطبيب الطبيبة الممرضة الممرض داروساز پزشک پرستار רופא רופאה אחות רוקח "
    "врач медсестра фельдшер лікар 医生 医师 醫師 药师 藥師 护士 護士 医師 看護師 薬剤師 의사 간호사 약사"
))


@lru_cache(maxsize=4096)
def role_key(key: str) -> bool:
    """The key (or its last word) names a person's role: "referrer", "to_provider", "attendingPhysician";
    who did something ("exported_by": a tool's name there has no person's shape and stays)."""
    if len(key) > 40:
        return False
    if not key.isascii():
        return key.strip().lower() in _SCRIPT_ROLE_KEYS
    words = key_words(key)
    if not words or len(words) > 4:
        return False
    joined = "".join(words)
    return words[-1] in _ROLE_WORDS or joined in _ROLE_WORDS or joined.endswith(_ROLE_ENDINGS) \
        or (len(words) > 1 and words[-1] == "by")


_TITLE = r"(?:(?:Dr|Dra|Prof|Mr|Mrs|Ms|Mx|Sr|Sra)\.?[ \t]+)?"
_CASED_WORD = r"[^\W\d_a-z][^\W\d_]*(?:['’\-][^\W\d_]+)?"
_CASED = re.compile(rf"{_TITLE}(?P<name>{_CASED_WORD}(?:[ \t]{_CASED_WORD}){{1,3}})(?P<tail>[ \t]*\(.*\))?")
# letters of a script without case, words apart by a space (an ideographic one too) or a middle dot
_CASELESS = re.compile(r"[^\W\d_]+(?:[ \t\u3000\u30fb\u00b7][^\W\d_]+){0,3}")


def role_name(value: str) -> bool:
    """The value is one person's name (with a title or a bracketed tail at most)."""
    v = value.strip()
    if not 2 <= len(v) <= 60:
        return False
    m = _CASED.fullmatch(v)
    if m is not None:
        return _unlisted_words(m.group("name"))
    if _CASELESS.fullmatch(v) and all(c.lower() == c.upper() for c in v if c.isalpha()):
        return sum(c.isalpha() for c in v) >= 2
    return False


@lru_cache(maxsize=4096)
def _unlisted_words(name: str) -> bool:
    """No word is a dictionary word, a drug, an organisation or place word, and not all are capitals."""
    from phigate.engine.name_shapes import unknown_word
    from phigate.engine.names import DRUG_SHAPE, ORG_WORDS
    from phigate.engine.normalize import fold_token

    words = name.split()
    if all(w.isupper() for w in words) and len(words) < 3:
        return False  # "ACME LABS", "QA TEAM": a code or a group in capitals
    return all(
        unknown_word(w) and fold_token(w) not in ORG_WORDS and not DRUG_SHAPE.search(w.lower()) for w in words
    )
