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
    # a doctor addressed in a referral, family and given name apart: "<family> <given> 先生 御侍史"
    rf"|(?<![{_HAN}{_KANA}])(?P<dr>[{_HAN}]{{1,4}}[\u3000 ][{_HAN}{_KANA}]{{1,4}})[\u3000 ]?先生"
    rf"|(?<![{_HANGUL}])(?P<ko>[{_HANGUL}]{{2,4}})\s?환자(?![{_HANGUL}])"
    # a Korean name before a professional's title and honorific: "담당 <name> 교수님은", "<name> 선생님께"
    rf"|(?<![{_HANGUL}])(?P<kt>[{_HANGUL}]{{2,4}})\s(?:교수|선생|원장|과장|간호사|약사|주치의)님"
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
# a name in Latin letters before a Korean or Japanese honorific, as bilingual chats write it ("엄마 <family>
# <given> 님", "간호사 <family> <given> 선생님", "<family> <given> さん")
_LATIN_BEFORE_HONORIFIC = re.compile(
    r"(?<![\w.])(?P<v>[A-Z][a-z]+(?:[ \-][A-Z][a-z]+){0,2})[ \u3000]?"
    r"(?:선생님|교수님|간호사님|님|씨|さん|様|先生)"
    rf"(?![{_HANGUL}])"
)
_LATIN_NOT_NAMES = frozenset(["doctor", "dr", "nurse", "teacher", "sir", "madam", "mom", "dad", "team"])
# the kana reading in brackets right after a name ("（ヒ　チ）" after the kanji)
_READING = re.compile(r"[（(](?P<v>[\u30a0-\u30ff]{1,8}(?:[\u3000 ][\u30a0-\u30ff]{1,8})?)[）)]")
# a chat export's sender: "[<name>] [오후 9:14]", "[<name>] [9:14 PM]"
_CHAT_SENDER = re.compile(
    r"(?m)^\[(?P<v>[^\[\]\n]{1,24})\][ \t]*\[(?:오전|오후|午前|午後|上午|下午|AM|PM)?[ \t]?"
    r"[0-9]{1,2}:[0-9]{2}"
)


# the people a record names by their role: a role label, a colon, the name ("主治医师：<name>", "담당 의사:
# <name>", "受持看護師：<family>　<given>"), or the role word then the name ("護理師 <name>", "주치의 <name>")
_ROLE = (
    r"医师|医生|醫師|醫生|医師|护士|護士|護理師|看護師|药师|藥師|薬剤師|技师|技師|医|者|人|员|員|师|師"
    r"|主治|调配|發藥|发药|护工|護工|看护|看護|照服員|家属|家屬|ケアマネジャー|キーパーソン|担当"
    # a name's own labels and a signature's, after whatever a prefix ate ("患者氏名：", "医师签名：")
    r"|氏名|姓名|名前|签名|簽名|署名"
    # who dispensed (a pharmacist's signature line), whose chat history an export is
    r"|配藥|配药|調劑|调剂|トーク履歴"
)
# people named by what they are, the name after a space: "主治醫師 <name> 醫師查房", "鄰居 <name> 來電",
# "担当医 <family> <given>", "父 <family> <given>、"
_PERSON_WORD = (
    r"(?:主治|值班|住院|主任|门诊|門診|管床|责任|責任|经治|經治)?(?:医师|医生|醫師|醫生|医師)"
    r"|护士|護士|護理師|看護師|担当医|主治医|主治医師|鄰居|邻居|朋友|同事|室友|房东|房東|看護|看护|护工|護工"
    r"|家属|家屬|父|母|夫|妻|娘|息子|長男|長女|次男|次女|兒子|儿子|女兒|女儿|丈夫|妻子|父親|母親|父亲|母亲"
)
_KO_ROLE = (
    r"담당 의사|담당의|주치의|접수자|간병인|보호자|피보험자|수익자"
    r"|청구인|수진자명|요양보호사|의사|간호사|약사|성명|서명"
    r"|대리청구인|예금주"
    # a consent form's and an operation's people: the proxy, the witness, the surgeon, the anaesthetist
    r"|대리인|입회인|증인|동의자|신고인|집도의|마취의|보조의"
)
# (the normalised text folds the ideographic space to a plain one: "<family> <given>")
# words that follow a name after a space, never its given name: "<name> 醫師查房", "<name> 來電"
_AFTER_NAME = r"醫師|医师|医生|醫生|医師|先生|小姐|女士|護理師|护士|來電|来电|陪同|表示|签字|簽名|同意"
_NAME_CJK = (
    rf"[{_HAN}{_KANA}]{{1,4}} (?!{_AFTER_NAME})[{_HAN}{_KANA}]{{1,4}}(?![{_HAN}{_KANA}])|[{_HAN}]{{2,4}}"
    r"|[\u30a0-\u30ff]{2,8} [\u30a0-\u30ff]{2,8}"
)
_ROLE_NAME = re.compile(
    # a label may carry a qualifier in brackets before its colon: "氏名（カタカナ）："
    rf"(?:[{_HAN}{_KANA}]{{0,8}}(?:{_ROLE})(?:[（(][^）)\n]{{1,8}}[）)])?[：:]"
    rf"|(?:(?<![{_HAN}{_KANA}])|(?<=[的之]))(?P<sp>{_PERSON_WORD})[ \u3000])"
    rf"[ \u3000]?(?P<v>{_NAME_CJK})(?=[\u3000\s，,（(、。）)]|$)"
    rf"|(?<![{_HANGUL}])(?:{_KO_ROLE})(?::[ \u3000]?|[ \u3000])"
    rf"(?P<ko>[{_HANGUL}]{{2,4}})(?=[\u3000\s,(（)]|$)"
)
# words a role label holds that are no person: the system, the patient themselves, nobody
_NOT_A_NAME = frozenset([
    "本人", "患者", "系统", "系統", "无", "無", "なし", "不详", "不詳", "同上", "自己", "家属", "家屬",
    "病人", "本院", "本科", "医生", "醫師", "医师", "护士", "본인", "환자", "없음", "해당", "미상",
])
# what a family history or a relative's line says instead of a name: a disease, a state
# ("父亲：高血压（10年）", "母：健在（82岁）")
_CLINICAL_HAN = re.compile("[病症炎癌压壓瘤疾血梗死喘健在故体體无無痛伤傷肿腫糖尿不详詳気氣]")
_HIRAGANA = re.compile("[\u3040-\u309f]")
_KANA_LETTER = re.compile(f"[{_KANA}]")
# a department or a team signing where a person would: "配藥：藥劑科", "签名：护理部"
_DEPARTMENT_ENDS = ("科", "部", "室", "组", "組", "处", "處", "队", "隊")
# the commonest Chinese family names (simplified and traditional forms), which start nearly every Chinese
# name: enough to tell a name after "鄰居 " or "医生 " from the next word of spaced prose
_SURNAMES = frozenset(
    "王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何林高罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭"
    "田董潘袁蔡蒋蔣余于杜叶葉程魏苏蘇吕呂丁任卢盧姚沈钟鍾姜崔谭譚陆陸范汪廖石金韦韋贾賈夏付傅方邹鄒熊白孟"
    "秦邱侯江尹薛闫閆段雷黎史龙龍陶贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安"
    "齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌"
    "毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽穆农農司卓"
    "古吉缪繆简簡车車项項连連麦麥褚娄婁窦竇戚岑景党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔"
    "边邊卞姬师師仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏佘池麻苑迟遲邝鄺官封谈談匡鞠惠荆荊郁胥班"
    "储儲栗燕楚鄢劳勞奚皮粟冼蔺藺楼樓盘盤满滿闻聞厉厲伊区區郜阚闞权權屠豆朴盖蓋练練廉禹井祖巴丰支卿"
    "赖賴洪"
)
# Korean words before a professional's title that are no name: "담당 교수님", "우리 선생님", "해당 간호사님"
_KO_NOT_NAMES = frozenset([
    "담당", "주치", "우리", "저희", "해당", "새로운", "전공의", "신경과", "내과", "외과",
])
# a relative or carer named in brackets after the relation: "母亲（<name>，...）", "看護（<name>）",
# "아버지 <name>("
_KIN = (
    r"母亲|父亲|母親|父親|女儿|儿子|女兒|兒子|妻子|丈夫|老伴|孙子|孙女|孫子|孫女|家属|家屬|看護|看护|护工|護工"
    r"|长女|長女|長男|次女|次男|父|母|夫|妻|娘|息子|孫"
    r"|おばあちゃん|おじいちゃん|祖母|祖父|奶奶|爷爷|爺爺|外婆|外公|阿嬤|阿嬷|阿公|醫生|医生|醫師|医师|医師"
)
_KIN_NAME = re.compile(
    rf"(?:{_KIN})[（(](?P<v>[{_HAN}{_KANA}]{{2,6}})(?=[，、,）)])"
    # after the relation and a colon, the name before its bracket: "家属母亲：<name>（over 89）"
    rf"|(?:{_KIN})[：:][ ]?(?P<c>[{_HAN}]{{2,4}})(?=[（(])"
    # the relation in brackets after the name: "対応法：<family>　<given>（長男、090-...）"
    rf"|(?:^|(?<=[：: ]))(?P<a>[{_HAN}{_KANA}]{{1,4}} [{_HAN}{_KANA}]{{1,4}}|[{_HAN}]{{2,4}})"
    rf"[（(](?:{_KIN}|長男|長女|次男|次女|孫)[、，,）)]"
    rf"|(?<![{_HANGUL}])(?:아버지|어머니|아들|딸|남편|아내|배우자|할머니|할아버지|손자|손녀)[ ]"
    rf"(?P<ko>[{_HANGUL}]{{2,4}})(?=[(（ ])",
    re.M,
)
# a surname with the word a patient or family uses for them: "<family>医生", "<family>小姐", "<family>先生"
_ADDRESSED = re.compile(
    rf"(?<![{_HAN}])(?P<v>[{_HAN}]{{1,3}}(?:医生|醫師|医师|醫生|先生|小姐|女士|太太|老师|老師|阿姨))"
    rf"(?![{_HAN}])"
)
_ROLE_PREFIXES = (
    "主治", "值班", "住院", "主任", "门诊", "門診", "管床", "责任", "責任", "实习", "實習", "专科",
    "專科", "家庭", "接诊", "接診", "经治", "經治", "会诊", "會診", "上级", "上級", "带教", "主管",
)
# a group chat's sender at a line's start, with the time beside it ("<name> 19:02", "09:14 <name> ...")
_CHAT_TIME = re.compile(
    rf"(?m)^(?P<a>[{_HAN}{_KANA}{_HANGUL}]{{2,4}})[ \u3000]+[0-9]{{1,2}}:[0-9]{{2}}[ \u3000]*$"
    rf"|^[0-9]{{1,2}}:[0-9]{{2}}[ \u3000]+(?P<b>[{_HAN}{_KANA}{_HANGUL}]{{2,4}})[ \u3000]"
)


# an insured person's symbol and number on a Japanese card ("被保険者記号・番号：5011・321"),
# a clinician's registration ("医籍登録番号 619034", "면허번호 56988", "执业证书编码 ...")
_CARD = re.compile(r"(?:記号|番号)(?:[・･]番号)?[：: ]*(?P<v>[0-9]{1,8}(?:[・･][0-9]{1,8})?)")
_INSURED_LINE = re.compile(r"被保険者|保険証")
_REGISTRATION = re.compile(
    r"(?:登録番号|면허번호|면허 번호|證書字號|证书编码|證書編碼|執業執照號碼|执业证号)[：: ]*"
    r"(?P<v>[0-9A-Z][0-9A-Z\-]{3,14})"
)


def _spaced_name(v: str, kana: bool) -> bool:
    """A name after a person word and a space ("鄰居 <name> 來電") is told from the next words of spaced
    prose ("医生 建议 住院", "父 は 健在") by its first character, a common Chinese surname, or in a
    Japanese text (one with kana) by its shape: a short family name in kanji or katakana, a space, a short
    given name."""
    if _CLINICAL_HAN.search(v) is not None or _HIRAGANA.match(v) is not None:
        return False
    if v[0] in _SURNAMES:
        return True
    family, _, given = v.partition(" ")
    return kana and 0 < len(given) <= 3 and len(family) <= 3 and _HIRAGANA.search(family) is None \
        and _HIRAGANA.match(given) is None


def _people(text: str) -> list[Hit]:
    out: list[Hit] = []
    kana = _KANA_LETTER.search(text) is not None
    for m in _REGISTRATION.finditer(text):
        out.append(Hit(m.start("v"), m.end("v"), T.LICENSE, "cjk:registration"))
    if _INSURED_LINE.search(text) is not None:
        for m in _CARD.finditer(text):
            line = text[text.rfind("\n", 0, m.start()) + 1 : m.start()]
            if _INSURED_LINE.search(line) or "記号" in line:
                out.append(Hit(m.start("v"), m.end("v"), T.HEALTH_PLAN, "cjk:insured-number"))
    for m in _ROLE_NAME.finditer(text):
        g = "v" if m.group("v") is not None else "ko"
        v = m.group(g)
        if v in _NOT_A_NAME or v.endswith(INSTITUTION_ENDS) or (g == "ko" and v in KO_TITLES) \
                or (g == "v" and v.endswith(_DEPARTMENT_ENDS)):
            continue
        if m.group("sp") is not None and not _spaced_name(v, kana):
            continue
        out.append(Hit(m.start(g), m.end(g), T.NAME, "cjk:role"))
    for m in _KIN_NAME.finditer(text):
        g = next(k for k in ("v", "ko", "c", "a") if m.group(k) is not None)
        if m.group(g) not in _NOT_A_NAME and (g == "ko" or _CLINICAL_HAN.search(m.group(g)) is None):
            out.append(Hit(m.start(g), m.end(g), T.NAME, "cjk:kin"))
    for m in _ADDRESSED.finditer(text):
        if not m.group("v").startswith(_ROLE_PREFIXES) and len(m.group("v")) > 2:
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "cjk:addressed"))
    for m in _CHAT_TIME.finditer(text):
        g = "a" if m.group("a") is not None else "b"
        if m.group(g) not in _NOT_A_NAME:
            out.append(Hit(m.start(g), m.end(g), T.NAME, "cjk:chat-sender"))
    return out


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
        elif m.group("dr") is not None:
            if not m.group("dr").endswith(INSTITUTION_ENDS):
                out.append(Hit(m.start("dr"), m.end("dr"), T.NAME, "cjk:honorific"))
        else:
            g = "ko" if m.group("ko") is not None else "kt"
            if m.group(g) not in KO_TITLES and m.group(g) not in _KO_NOT_NAMES \
                    and not m.group(g).endswith(INSTITUTION_ENDS):
                out.append(Hit(m.start(g), m.end(g), T.NAME, "cjk:honorific"))
    for m in _LATIN_BEFORE_HONORIFIC.finditer(text):
        if m.group("v").lower() not in _LATIN_NOT_NAMES:
            out.append(Hit(m.start("v"), m.end("v"), T.NAME, "cjk:honorific"))
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
    out.extend(_people(text))
    return out
