"""The identifier vocabulary shared by policies, the engine, spans and reports."""

from enum import StrEnum


class IdentifierType(StrEnum):
    """What kind of PHI a value is. Values are stable: they appear in spans and placeholders."""

    NAME = "NAME"
    ADDRESS = "ADDRESS"  # street, city, county, precinct, geocodes (Safe Harbor 2)
    ZIP = "ZIP"  # Safe Harbor 2, first three digits kept unless restricted
    DATE = "DATE"  # date elements except year tied to the person (Safe Harbor 3)
    AGE = "AGE"  # ages over 89 (Safe Harbor 3)
    PHONE = "PHONE"
    FAX = "FAX"
    EMAIL = "EMAIL"
    SSN = "SSN"
    MRN = "MRN"
    HEALTH_PLAN = "HEALTH_PLAN"
    ACCOUNT = "ACCOUNT"
    LICENSE = "LICENSE"  # certificate and license numbers
    VEHICLE = "VEHICLE"  # VINs, plates
    DEVICE = "DEVICE"  # device identifiers and serials
    URL = "URL"
    IP = "IP"
    BIOMETRIC = "BIOMETRIC"
    IMAGE = "IMAGE"  # full-face photos and comparable images (binary content)
    ID = "ID"  # any other unique identifying number or code (Safe Harbor 18)
    CREDENTIAL = "CREDENTIAL"  # not on the list, but opens PHI systems: passwords, API keys, tokens


# Safe Harbor item number (45 CFR 164.514(b)(2)(i)(A)-(R)) for each type; 0 = outside the list.
SAFE_HARBOR_ITEM: dict[IdentifierType, int] = {
    IdentifierType.NAME: 1,
    IdentifierType.ADDRESS: 2,
    IdentifierType.ZIP: 2,
    IdentifierType.DATE: 3,
    IdentifierType.AGE: 3,
    IdentifierType.PHONE: 4,
    IdentifierType.FAX: 5,
    IdentifierType.EMAIL: 6,
    IdentifierType.SSN: 7,
    IdentifierType.MRN: 8,
    IdentifierType.HEALTH_PLAN: 9,
    IdentifierType.ACCOUNT: 10,
    IdentifierType.LICENSE: 11,
    IdentifierType.VEHICLE: 12,
    IdentifierType.DEVICE: 13,
    IdentifierType.URL: 14,
    IdentifierType.IP: 15,
    IdentifierType.BIOMETRIC: 16,
    IdentifierType.IMAGE: 17,
    IdentifierType.ID: 18,
    IdentifierType.CREDENTIAL: 0,
}


class Action(StrEnum):
    """What the engine does with a detected value."""

    REDACT = "redact"  # typed placeholder: [NAME]
    PARTIAL = "partial"  # keep the part Safe Harbor allows: year, ZIP3, last 4 digits
    HASH = "hash"  # keyed HMAC pseudonym, stable across requests for the same key
    TOKENIZE = "tokenize"  # <NAME_1>, reversible through the session's vault
    DROP = "drop"  # remove the JSON member / empty the text span
    KEEP = "keep"  # record the finding, disclose the value (grant-cleared fields)
