"""Chinese, Japanese and Korean text: the shapes its identifiers take where no word is spaced off.

Addresses run from the largest unit to the smallest with no separator ("<province>省<city>市<district>
区<road>路185号12栋2单元1004室", Korean "<do> <gun> <eup> <road>길 65, 101동 1103호"), dates count era
years or end in 日/일 ("令和6年9月3日", "8月25日", "2024. 8. 17."), postcodes and record numbers follow
their labels (邮编, 〒, 우, 住院号, 등록번호), and people are named before an honorific or the word for
patient (様, 환자) or with their kana reading in brackets. Offsets are into the normalised text, whose
digits are ASCII already (full-width and other scripts' digits folded).
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.scanner import Hit

_HAN = r"\u3400-\u9fff"
_KANA = r"\u3040-\u30ff"
_HANGUL = r"\uac00-\ud7af"
_CJK_LETTER = re.compile(f"[{_HAN}{_KANA}{_HANGUL}]")

_ADDRESS = re.compile(
    # mainland China and Taiwan: province, city, district, road, number, building, unit, room
    rf"(?P<cn>(?:[{_HAN}]{{2,4}}(?:省|自治区))?[{_HAN}]{{1,5}}[市州縣县](?:[{_HAN}]{{1,5}}[区區县縣镇鎮乡鄉])?"
    rf"[{_HAN}]{{1,10}}(?:路|街|巷|道|弄|胡同|大道)(?:[0-9]+[段巷弄])?[0-9]+[号號]"
    r"(?:[0-9]+(?:栋|幢|号楼|號樓|座))?(?:[0-9]+单元)?(?:[0-9]+(?:室|楼|樓|F))?"
    # Korea: (province) city/county, (district/town), road name with its number, building and flat
    rf"|(?:[{_HANGUL}]{{1,6}}(?:특별시|광역시|도|시)\s)?[{_HANGUL}]{{1,6}}(?:시|군|구)\s"
    rf"(?:[{_HANGUL}]{{1,6}}(?:구|읍|면|동)\s)?[{_HANGUL}0-9]{{1,14}}(?:로|길)\s?[0-9]+(?:-[0-9]+)?"
    r"(?:,?\s*[0-9]+동\s*[0-9]+호|\s*[0-9]+호)?)"
)
_DATE = re.compile(
    # Japanese era years ("令和6年9月3日", "昭和12年"), Taiwan's Minguo years (民國114年3月2日)
    r"(?P<era>(?:令和|平成|昭和|大正|明治|民國|民国)(?:元|[0-9]{1,3})年(?:[0-9]{1,2}月(?:[0-9]{1,2}日)?)?)"
    # a month and day without a year ("8月25日", "3월 1일"): date elements all the same
    r"|(?<![0-9年년])(?P<md>[0-9]{1,2}月[0-9]{1,2}[日号號]|[0-9]{1,2}월\s?[0-9]{1,2}일)"
    # Japanese era years abbreviated ("R4.8.6", "H30.12.1", "S12.6.7") in Japanese text
    r"|(?<![\w.])(?P<ja>[RHST][0-9]{1,2}\.[0-9]{1,2}\.[0-9]{1,2})(?![\w.])"
    # Korean dotted dates ("2024. 8. 17.", "1942. 3. 15.")
    r"|(?<![0-9.])(?P<ko>(?:19|20)[0-9]{2}\.\s?[0-9]{1,2}\.\s?[0-9]{1,2}\.)(?![0-9])"
)
_POSTCODE = re.compile(
    r"(?:邮编|邮政编码|郵遞區號|郵便番号|우편번호|〒|\(우|（우)\s*[:：]?\s*(?P<v>[0-9]{3}-[0-9]{4}|[0-9]{5,6})(?![0-9])"
)
_RECORD = re.compile(
    r"(?:住院号|住院號|病案号|病歷號|病历号|门诊号|門診號|就诊卡号|診察券番号|患者番号|患者ID|カルテ番号|カルテNo|"
    r"등록번호|환자번호|병록번호)\s*[:：]?\s*(?P<v>[0-9A-Za-z][0-9A-Za-z\-]{3,15})(?![0-9A-Za-z])"
)
# a name before an honorific, family and given name spaced ("<family>　<given>　様"), after a relation word;
# a Korean name before the word for patient ("<name> 환자 보호자입니다")
_RELATION_HEAD = "長女|長男|次女|次男|三女|三男|妻|夫|母|父|娘|息子|孫"
_HONORIFIC = re.compile(
    rf"(?:(?:{_RELATION_HEAD})[\u3000 ]?)?(?P<v>[{_HAN}{_KANA}]{{1,4}}[\u3000 ]?[{_HAN}{_KANA}]{{1,4}})"
    r"[\u3000 ]?(?:様|さま|殿|さん|氏)(?![\u3040-\u30ff])"
    rf"|(?<![{_HANGUL}])(?P<ko>[{_HANGUL}]{{2,4}})\s?환자(?![{_HANGUL}])"
)
# Korean words that take 님 or stand before 환자 themselves: titles and roles, not names
KO_TITLES = frozenset([
    "선생", "간호사", "보호자", "환자", "고객", "회원", "원장", "교수", "의사", "약사",
    "부모", "어머", "아버", "사모", "과장", "부장", "팀장", "실장", "담당자", "여러분",
    "입원", "외래", "응급", "신규", "해당",
])
# how the name of a hospital, a clinic, a university or a health office ends: an institution, no person
INSTITUTION_ENDS = (
    "病院", "医院", "醫院", "診療所", "クリニック", "センター", "中心", "大学", "大學", "医学部", "醫學院",
    "研究所",
    "卫生院", "衛生院", "保健所", "薬局", "药房", "药店", "병원", "의원", "센터", "대학교", "보건소", "약국",
)
# the kana reading in brackets right after a name ("（ヒ　チ）" after the kanji)
_READING = re.compile(r"[（(](?P<v>[\u30a0-\u30ff]{1,8}(?:[\u3000 ][\u30a0-\u30ff]{1,8})?)[）)]")
# a chat export's sender: "[<name>] [오후 9:14]", "[<name>] [9:14 PM]"
_CHAT_SENDER = re.compile(
    r"(?m)^\[(?P<v>[^\[\]\n]{1,24})\][ \t]*\[(?:오전|오후|午前|午後|上午|下午|AM|PM)?[ \t]?"
    r"[0-9]{1,2}:[0-9]{2}"
)


def find(text: str, names: list[tuple[int, int]]) -> list[Hit]:
    """Hits in `text` (normalised); `names` are NAME spans found so far (a reading follows one)."""
    if _CJK_LETTER.search(text) is None:
        return []
    out: list[Hit] = []
    for m in _ADDRESS.finditer(text):
        out.append(Hit(m.start(), m.end(), T.ADDRESS, "cjk:address"))
    for m in _DATE.finditer(text):
        g = next(k for k in ("era", "md", "ja", "ko") if m.group(k) is not None)
        out.append(Hit(m.start(g), m.end(g), T.DATE, "cjk:date"))
    for m in _POSTCODE.finditer(text):
        out.append(Hit(m.start("v"), m.end("v"), T.ADDRESS, "cjk:postcode"))  # not a US ZIP: no ZIP3
    for m in _RECORD.finditer(text):
        out.append(Hit(m.start("v"), m.end("v"), T.MRN, "cjk:record"))
    for m in _HONORIFIC.finditer(text):
        if m.group("v") is not None:
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "cjk:honorific"))
        elif m.group("ko") not in KO_TITLES and not m.group("ko").endswith(INSTITUTION_ENDS):
            out.append(Hit(m.start("ko"), m.end("ko"), T.NAME, "cjk:honorific"))
    ends = {e for _, e in names}
    for m in _READING.finditer(text):
        k = m.start()
        while k > 0 and text[k - 1] in " \u3000":
            k -= 1
        if k in ends:
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "cjk:reading"))
    for m in _CHAT_SENDER.finditer(text):
        if _CJK_LETTER.search(m.group("v")) or " " in m.group("v").strip():
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "cjk:chat-sender"))
    return out
