"""Thai: addresses by their administrative words, people after the words for their role, and the numbers
Thai records write in their own shapes.

A Thai address names its parts with a word glued to each name: house number, หมู่ (village number), บ้าน
(village), ตำบล / ต. (subdistrict), อำเภอ / อ. (district), จังหวัด / จ. (province), then a five-digit
postcode; Bangkok writes แขวง and เขต instead. Safe Harbor lets the province stay; everything below it and
the postcode go. Thai has no letter case, so a person is found by what comes before the name: a role
(แพทย์ doctor, เภสัชกร pharmacist, อสม. village health volunteer, a relative) followed by a space and the
name's one or two words. A doctor's licence is "ว." and its number; a bank account is written 3-1-5-1
after the bank's or the account's word; a vehicle's plate follows ทะเบียน.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.scanner import Hit

_TH = r"[\u0e01-\u0e4e]"  # Thai letters, vowel signs and tone marks (not its digits or symbols)
_ADDRESS = re.compile(
    rf"(?<!{_TH})(?P<v>(?:[0-9]{{1,4}}(?:/[0-9]{{1,4}})?\s*)?หมู่(?:ที่)?\s*[0-9]{{1,3}}(?:\s*บ้าน{_TH}+)?"
    rf"|(?:ตำบล|แขวง|อำเภอ|เขต|ต\.|อ\.)\s?{_TH}+)"
)
_POSTCODE = re.compile(rf"(?:จังหวัด|จ\.)\s?{_TH}+\s*(?P<v>[0-9]{{5}})(?![0-9])")
# who a name follows: clinicians, volunteers, carers and relatives, written with a space before the name
_ROLES = (
    "แพทย์หญิง", "แพทย์ชาย", "แพทย์ผู้สั่ง", "แพทย์ผู้ตรวจ", "แพทย์", "นายแพทย์", "ทันตแพทย์", "เภสัชกรหญิง",
    "เภสัชกร", "พยาบาลวิชาชีพ", "อสม.", "ผู้รับแทน", "ผู้ดูแลหลัก", "ผู้ดูแล", "ผู้ติดต่อ", "หลานสาว",
    "หลานชาย", "ลูกสาว", "ลูกชาย", "ภรรยา", "สามี", "คู่สมรส", "พี่สาว", "พี่ชาย", "น้องสาว", "น้องชาย",
    "มารดา", "บิดา", "แม่ใหญ่", "พ่อใหญ่", "หมอ",
)
_ROLE = re.compile(
    rf"(?<!{_TH})(?:{'|'.join(re.escape(r) for r in sorted(_ROLES, key=len, reverse=True))})[ \t]+"
    rf"(?P<v>{_TH}{{2,}}(?:[ \t]{_TH}{{2,}})?)"
)
# words that follow a role when no name comes: "แพทย์ นัด ...", a phone, a date, a place
_NOT_NAME = frozenset([
    "โทร", "โทร.", "วันที่", "เมื่อ", "ที่", "และ", "ว่า", "บอกว่า", "เรื่อง", "นัด", "ได้", "ไม่", "จะ", "ให้",
    "แจ้ง", "มา", "ไป", "อยู่", "ตรวจ", "เวร", "ประจำ", "ของ", "กับ", "จาก", "ใน", "หมู่", "บ้าน", "ตำบล",
    "อำเภอ", "จังหวัด", "อายุ", "ผู้สั่ง", "ผู้ตรวจ",
])
_LICENCE = re.compile(r"(?<![\u0e01-\u0e4e])(?:ว|ท|ภ)\.\s?(?P<v>[0-9]{4,6})(?![0-9])")
_ACCOUNT = re.compile(
    rf"(?:ธ\.ก\.ส\.|ธนาคาร{_TH}*|บัญชี{_TH}*|บช\.)[^\n0-9]{{0,20}}?(?P<v>[0-9]{{3}}-[0-9]-[0-9]{{5}}-[0-9])(?![0-9])"
)
_PLATE = re.compile(rf"ทะเบียน(?:รถ)?\s*(?P<v>[0-9]?{_TH}{{1,3}}\s?[0-9]{{1,4}})(?![0-9])")


def find(text: str) -> list[Hit]:
    """Hits in `text` (the normalised Unicode copy); nothing unless it holds Thai letters."""
    if re.search(_TH, text) is None:
        return []
    out: list[Hit] = []
    # the postcode is the address's (the ZIP3 rule is for US ZIP codes, which it would look like)
    for rx, t in ((_ADDRESS, T.ADDRESS), (_POSTCODE, T.ADDRESS), (_LICENCE, T.LICENSE), (_ACCOUNT, T.ACCOUNT),
                  (_PLATE, T.VEHICLE)):
        out.extend(Hit(m.start("v"), m.end("v"), t, "script:thai") for m in rx.finditer(text))
    for m in _ROLE.finditer(text):
        words = m.group("v").split()
        if words[0] in _NOT_NAME:
            continue
        end = m.end("v") if len(words) == 1 or words[1] not in _NOT_NAME else m.start("v") + len(words[0])
        out.append(Hit(m.start("v"), end, T.NAME, "script:thai"))
    return out
