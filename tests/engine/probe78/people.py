# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-eighth probe: health text from mainland China, Taiwan, Hong Kong,
Japan and Korea written in its own scripts (synthetic only; no real patient, relative or clinician). Names are
written in each tradition, surname first and with no space: mainland Chinese surnames that are rare but real
(阚, 佘, 蒯, 昝, 綦, 庹, 笪, 眭 and compound 东方, 司马, 公孙) with given names of several generations (援朝, 铁柱,
招娣, 腊梅 beside 梦瑶, 睿泽) and their pinyin; Taiwanese names in traditional characters (罔市, 添丁, 阿嬌 beside
宗翰, 筱涵); Hong Kong Cantonese names (鄺, 區, 植, 湛, 司徒); Japanese surnames of Okinawa (喜屋武, 与那覇,
瑞慶覧, 安次嶺), Tohoku and Kanto (鴫原, 曳地, 舟生, 四方田) and rare readings (小鳥遊, 螺良, 五月女) with given names
of the Meiji-Taisho generation (katakana ハル, ミツ; 寅吉, 喜八) and of today (陽葵, 紬, 湊), each
with its katakana reading and Hepburn romanisation; Korean surnames that are rare (금, 어, 음, 견, 묵, 궁) or
compound (독고, 사공, 서문) with given names of grandmothers' generation (끝순, 막례, 간난, 말순) and of today (서윤,
다온, 은별), with their Revised Romanisation. Names were combined at random and checked against every string of
the people tables of probes 1-76 (but 74, which has none) before any measurement (test_probe78: no shared name
word; the romanised forms were chosen so).

Towns, districts, wards, villages, estates, roads and streets are invented; provinces, prefectures, 縣市,
시도 and countries are real and are keep values when written alone. Hospitals and clinics are invented.
Numbers are random; resident identity numbers, HKID, Taiwanese IDs, マイナンバー, 保険者番号 and 주민등록번호
carry valid check characters (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe78 import ids
from tests.engine.probe78.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

_CN_F = [("玉珍", "Yuzhen"), ("凤英", "Fengying"), ("慧敏", "Huimin"), ("雅琴", "Yaqin"), ("丽娟", "Lijuan"), ("素梅", "Sumei"), ("金凤", "Jinfeng"), ("巧云", "Qiaoyun"), ("梦瑶", "Mengyao"), ("诗涵", "Shihan"), ("腊梅", "Lamei"), ("招娣", "Zhaodi"), ("冬梅", "Dongmei"), ("银花", "Yinhua"), ("杏芝", "Xingzhi"), ("淑珍", "Shuzhen"), ("玉兰", "Yulan"), ("彩霞", "Caixia"), ("荷花", "Hehua"), ("银凤", "Yinfeng"), ("满秀", "Manxiu"), ("水莲", "Shuilian"), ("二妮", "Erni"), ("月琴", "Yueqin"), ("紫萱", "Zixuan"), ("可馨", "Kexin"), ("沐晴", "Muqing")]
_CN_M = [("志刚", "Zhigang"), ("德胜", "Desheng"), ("永福", "Yongfu"), ("国栋", "Guodong"), ("海涛", "Haitao"), ("宇航", "Yuhang"), ("子轩", "Zixuan"), ("振华", "Zhenhua"), ("立新", "Lixin"), ("长庚", "Changgeng"), ("铁柱", "Tiezhu"), ("援朝", "Yuanchao"), ("满仓", "Mancang"), ("庆丰", "Qingfeng"), ("学军", "Xuejun"), ("铁牛", "Tieniu"), ("富贵", "Fugui"), ("守仁", "Shouren"), ("秋生", "Qiusheng"), ("根宝", "Genbao"), ("耀宗", "Yaozong"), ("树林", "Shulin"), ("广田", "Guangtian"), ("睿泽", "Ruize")]
_CN_FAM = [("阚", "Kan"), ("佘", "She"), ("蒯", "Kuai"), ("昝", "Zan"), ("牟", "Mou"), ("綦", "Qi"), ("缑", "Gou"), ("糜", "Mi"), ("卞", "Bian"), ("詹", "Zhan"), ("冉", "Ran"), ("岑", "Cen"), ("敖", "Ao"), ("庹", "Tuo"), ("笪", "Da"), ("眭", "Sui"), ("逯", "Lu"), ("濮", "Pu"), ("訾", "Zi"), ("亓", "Qi"), ("郗", "Xi"), ("嵇", "Ji"), ("阙", "Que"), ("宓", "Mi"), ("璩", "Qu"), ("鞠", "Ju"), ("扈", "Hu"), ("毋", "Wu"), ("荀", "Xun"), ("羿", "Yi"), ("厍", "She"), ("东方", "Dongfang"), ("司马", "Sima"), ("公孙", "Gongsun"), ("邸", "Di"), ("乜", "Nie"), ("瞿", "Qu"), ("宦", "Huan")]
_TW_F = ["淑惠", "美玲", "雅婷", "怡君", "秀鳳", "麗珠", "宜蓁", "佩珊", "碧霞", "素娥", "阿嬌", "罔市", "月桂", "玉蘭", "靜宜", "筱涵"]
_TW_M = ["志明", "俊宏", "建宏", "家豪", "文雄", "金龍", "宗翰", "冠宇", "承恩", "添丁", "阿財", "清水", "永吉", "明哲", "柏翰", "進財"]
_TW_FAM = ["莊", "蘇", "塗", "詹", "鍾", "賴", "游", "溫", "邱", "簡", "魏", "廖", "卓", "顏", "巫", "曾", "侯", "紀", "粘", "冼"]
_HK_F = ["嘉欣", "詠詩", "慧儀", "美寶", "鳳儀", "寶珠", "月嫦", "妙玲", "惠芬", "婉婷", "麗冰", "少芳"]
_HK_M = ["家樂", "志偉", "偉強", "國雄", "永康", "錦添", "炳坤", "樹根", "耀祖", "振邦", "德輝", "景初"]
_HK_FAM = ["麥", "鄺", "岑", "區", "伍", "譚", "關", "植", "甘", "湛", "司徒", "歐陽", "彭", "戚", "龐", "勞"]
_JP_F = [("千鶴", "Chizuru", "チヅル"), ("登美", "Tomi", "トミ"), ("志津", "Shizu", "シズ"), ("絹代", "Kinuyo", "キヌヨ"), ("弥生", "Yayoi", "ヤヨイ"), ("琴音", "Kotone", "コトネ"), ("陽葵", "Himari", "ヒマリ"), ("紬", "Tsumugi", "ツムギ"), ("小夜", "Sayo", "サヨ"), ("瑞穂", "Mizuho", "ミズホ"), ("菊乃", "Kikuno", "キクノ"), ("鶴代", "Tsuruyo", "ツルヨ"), ("ハル", "Haru", "ハル"), ("澄江", "Sumie", "スミエ"), ("ミツ", "Mitsu", "ミツ"), ("千代乃", "Chiyono", "チヨノ"), ("美緒", "Mio", "ミオ"), ("つむぎ", "Tsumugi", "ツムギ"), ("里子", "Satoko", "サトコ")]
_JP_M = [("勘助", "Kansuke", "カンスケ"), ("辰之助", "Tatsunosuke", "タツノスケ"), ("鉄平", "Teppei", "テッペイ"), ("湊", "Minato", "ミナト"), ("恒夫", "Tsuneo", "ツネオ"), ("巌", "Iwao", "イワオ"), ("篤志", "Atsushi", "アツシ"), ("喜八", "Kihachi", "キハチ"), ("茂吉", "Mokichi", "モキチ"), ("朔太郎", "Sakutaro", "サクタロウ"), ("寅吉", "Torakichi", "トラキチ"), ("光圀", "Mitsukuni", "ミツクニ"), ("善六", "Zenroku", "ゼンロク"), ("与一", "Yoichi", "ヨイチ"), ("伊佐男", "Isao", "イサオ"), ("吾郎", "Goro", "ゴロウ"), ("大和", "Yamato", "ヤマト"), ("樹", "Itsuki", "イツキ")]
_JP_FAM = [("渡会", "Watarai", "ワタライ"), ("勅使河原", "Teshigawara", "テシガワラ"), ("小鳥遊", "Takanashi", "タカナシ"), ("御手洗", "Mitarai", "ミタライ"), ("長谷部", "Hasebe", "ハセベ"), ("喜屋武", "Kyan", "キャン"), ("与那覇", "Yonaha", "ヨナハ"), ("瑞慶覧", "Zukeran", "ズケラン"), ("古謝", "Koja", "コジャ"), ("嵩原", "Takehara", "タケハラ"), ("浦野", "Urano", "ウラノ"), ("檜山", "Hiyama", "ヒヤマ"), ("猪股", "Inomata", "イノマタ"), ("蛭田", "Hiruta", "ヒルタ"), ("鴫原", "Shigihara", "シギハラ"), ("曳地", "Hikichi", "ヒキチ"), ("舟生", "Funyu", "フニュウ"), ("粟野", "Awano", "アワノ"), ("桶谷", "Oketani", "オケタニ"), ("籾山", "Momiyama", "モミヤマ"), ("笹生", "Saso", "サソウ"), ("五月女", "Saotome", "サオトメ"), ("四方田", "Yomoda", "ヨモダ"), ("安次嶺", "Ashimine", "アシミネ"), ("宇良", "Ura", "ウラ"), ("漆原", "Urushibara", "ウルシバラ"), ("螺良", "Tsubura", "ツブラ"), ("番匠", "Bansho", "バンショウ"), ("垣見", "Kakimi", "カキミ")]
_KR_F = [("순자", "Sunja"), ("말순", "Malsun"), ("옥분", "Okbun"), ("점례", "Jeomrye"), ("복녀", "Boknyeo"), ("서윤", "Seoyun"), ("예린", "Yerin"), ("다온", "Daon"), ("은별", "Eunbyeol"), ("보람", "Boram"), ("슬기", "Seulgi"), ("한별", "Hanbyeol"), ("끝순", "Kkeutsun"), ("분이", "Buni"), ("정임", "Jeongim"), ("숙희", "Sukhui"), ("막례", "Mangnye"), ("간난", "Gannan"), ("소윤", "Soyun"), ("아린", "Arin"), ("봉순", "Bongsun"), ("옥례", "Ongnye"), ("금순", "Geumsun")]
_KR_M = [("덕배", "Deokbae"), ("만수", "Mansu"), ("칠복", "Chilbok"), ("용팔", "Yongpal"), ("도윤", "Doyun"), ("하준", "Hajun"), ("은우", "Eunu"), ("건우", "Geonu"), ("우진", "Ujin"), ("태산", "Taesan"), ("봉구", "Bonggu"), ("판석", "Panseok"), ("귀남", "Gwinam"), ("춘삼", "Chunsam"), ("재룡", "Jaeryong"), ("상철", "Sangcheol"), ("기석", "Giseok")]
_KR_FAM = [("금", "Geum"), ("어", "Eo"), ("음", "Eum"), ("독고", "Dokgo"), ("육", "Yuk"), ("견", "Gyeon"), ("변", "Byeon"), ("국", "Guk"), ("반", "Ban"), ("옥", "Ok"), ("도", "Do"), ("마", "Ma"), ("용", "Yong"), ("천", "Cheon"), ("예", "Ye"), ("모", "Mo"), ("인", "In"), ("위", "Wi"), ("하", "Ha"), ("구", "Gu"), ("소", "So"), ("우", "U"), ("나", "Na"), ("사공", "Sagong"), ("서문", "Seomun"), ("감", "Gam"), ("기", "Gi"), ("단", "Dan"), ("라", "Ra"), ("묵", "Muk"), ("범", "Beom"), ("사", "Sa"), ("함", "Ham"), ("궁", "Gung"), ("경", "Gyeong")]

# locale: (female given, male given, family) as (native, romanised, katakana reading) -- "" where the documents
# of the locale never write one (Taiwanese and Hong Kong names appear in characters only)
NAMES: dict[str, tuple[list[tuple[str, str, str]], list[tuple[str, str, str]], list[tuple[str, str, str]]]] = {
    "cn": ([(a, b, "") for a, b in _CN_F], [(a, b, "") for a, b in _CN_M], [(a, b, "") for a, b in _CN_FAM]),
    "tw": ([(a, "", "") for a in _TW_F], [(a, "", "") for a in _TW_M], [(a, "", "") for a in _TW_FAM]),
    "hk": ([(a, "", "") for a in _HK_F], [(a, "", "") for a in _HK_M], [(a, "", "") for a in _HK_FAM]),
    "jp": (_JP_F, _JP_M, _JP_FAM),
    "kr": ([(a, b, "") for a, b in _KR_F], [(a, b, "") for a, b in _KR_M], [(a, b, "") for a, b in _KR_FAM]),
}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    regions: dict[str, tuple[str, ...]]  # province / prefecture / 縣市 / 시도 (keep alone) -> invented towns
    streets: tuple[str, ...]  # invented roads, streets, 丁目 areas, estates
    phones: tuple[str, ...]  # fill patterns of mobiles
    lines: dict[str, tuple[str, ...]]  # region -> landline patterns
    mails: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("cn", {
        "湖南省": ("澧阳市青禾区", "桐川市柳溪区", "沅渡县"),
        "四川省": ("岷安市锦丰区", "青衣江县", "邛崖市"),
        "江西省": ("赣滨市樟湖区", "瑶里镇"),
        "山东省": ("潍阳市栖云区", "蓬河县"),
    }, ("枫溪路", "石榴巷", "青檀街", "望江北路", "杏林东路", "银杏湾路", "荷塘西街", "槐柳巷", "稻香南路", "鹭鸣大道"),
        ("13^ #### ####", "+86 15^ #### ####", "18^########", "+86 177-####-####", "199 #### ####"),
        {"湖南省": ("0736-8%######",), "四川省": ("028-8%######", "0833-2%#####"), "江西省": ("0798-8%#####",), "山东省": ("0536-8%######",)},
        ("mail.example.cn", "163.example.com", "qq.example.com", "sina.example.cn")),
    Loc("tw", {
        "臺中市": ("梅子坑區", "鹿寮區"),
        "彰化縣": ("竹篙厝鎮", "番婆莊鄉"),
        "高雄市": ("赤崁仔區", "鳳梨坑區"),
        "花蓮縣": ("溪畔鄉", "石梯坪鎮"),
    }, ("福德街", "新埤路", "媽祖廟前街", "糖廍路", "大埤頭路", "茄苳腳街", "三塊厝路", "牛稠仔街"),
        ("09^#-###-###", "09^########", "+886 9^# ### ###"),
        {"臺中市": ("(04)2%##-####",), "彰化縣": ("(04)7%#-####",), "高雄市": ("(07)3%#-####",), "花蓮縣": ("(03)8%#-####",)},
        ("hinet.example.tw", "mail.example.com.tw", "gmail.example.com")),
    Loc("hk", {
        "新界": ("鹹田灣", "禾寮坑", "蠔涌北"),
        "九龍": ("石鼓壟", "牛池尾"),
        "香港島": ("鴨脷洲北", "赤柱灣"),
    }, ("翠樾邨", "鹹水埗道", "青樾里", "漁光徑", "海旭邨", "荔峰街"),
        ("9%## ####", "6%## ####", "+852 5%## ####", "+852 9%######"),
        {"新界": ("2%## ####",), "九龍": ("2%## ####",), "香港島": ("2%## ####",)},
        ("netvigator.example.com", "yahoo.example.com.hk", "mail.example.hk")),
    Loc("jp", {
        "長野県": ("梓野市", "宝田町"),
        "岩手県": ("鴨居沢村", "萩生市"),
        "新潟県": ("浜ノ浦町", "雪見平市"),
        "沖縄県": ("うるま浜市", "南崎村"),
        "埼玉県": ("桐原市", "芦ヶ谷町"),
        "愛媛県": ("柑子浜市",),
    }, ("桜台", "緑風", "桐ケ丘", "大字宝田", "字北浜", "若葉町", "東雲", "柳原"),
        ("090-^###-####", "080-^###-####", "070-^###-####", "090^#######"),
        {"長野県": ("0263-^#-####", "0265-^#-####"), "岩手県": ("019-^##-####",), "新潟県": ("025-^##-####",), "沖縄県": ("098-^##-####",),
         "埼玉県": ("048-^##-####",), "愛媛県": ("089-^##-####",)},
        ("docomo.example.ne.jp", "ezweb.example.ne.jp", "mail.example.jp", "softbank.example.jp")),
    Loc("kr", {
        "경기도": ("솔뫼시", "가람군"),
        "충청북도": ("여울시", "누리군"),
        "전라남도": ("새벌시", "달빛군"),
        "부산광역시": ("바다솔구",),
        "강원특별자치도": ("물안개군", "솔바람시"),
    }, ("솔뫼로", "가람길", "여울로", "누리대로", "새벌로", "달빛로", "물안개길", "은가비로"),
        ("010-^###-####", "010^#######", "+82 10-^###-####"),
        {"경기도": ("031-^##-####",), "충청북도": ("043-^##-####",), "전라남도": ("061-^##-####",), "부산광역시": ("051-^##-####",),
         "강원특별자치도": ("033-^##-####",)},
        ("naver.example.com", "daum.example.net", "hanmail.example.net", "kakao.example.com")),
]}  # fmt: skip
TW_LETTER = {"臺中市": "B", "彰化縣": "N", "高雄市": "E", "花蓮縣": "U"}
JP_BUILDINGS = ("コーポ桐原", "ハイツ若葉", "メゾン東雲", "グリーンヒル柳原", "サンライズ桜台")
KR_LEGAL_DONG = ("솔내동", "가람리", "새봄동", "여울동", "누리리")


@dataclass(slots=True)
class Person:
    given: tuple[str, str, str]
    family: tuple[str, str, str]
    female: bool
    dob: date
    loc: Loc
    region: str
    town: str
    addr: str  # the whole address as the locale writes it, region first
    postcode: str
    phone: str
    phone2: str
    email: str
    nid: str = ""
    extra: dict[str, str] = field(default_factory=dict)

    @property
    def full(self) -> str:
        return self.family[0] + self.given[0]

    @property
    def rom(self) -> str:
        return f"{self.family[1].upper()} {self.given[1].upper()}"

    @property
    def kana(self) -> str:
        return f"{self.family[2]} {self.given[2]}"


def address(rng: random.Random, loc: Loc, region: str, town: str) -> tuple[str, str]:
    """(whole address, postcode): region, town, street and number run together as each locale writes them."""
    st = rng.choice(loc.streets)
    c = loc.code
    if c == "cn":
        tail = rng.choice([f"{rng.randint(1, 388)}号{rng.randint(1, 18)}栋{rng.randint(1, 4)}单元{rng.randint(1, 28)}0{rng.randint(1, 4)}室",
                           f"{rng.randint(1, 199)}号{rng.choice(['馨园', '锦绣家园', '翠湖小区', '丰泽苑'])}{rng.randint(1, 12)}栋{rng.randint(1, 9)}0{rng.randint(1, 6)}",
                           f"{rng.randint(2, 96)}号"])  # fmt: skip
        return f"{region}{town}{st}{tail}", fill(rng, rng.choice(["41%###", "61%###", "33%###", "26%###"]))
    if c == "tw":
        tail = rng.choice([f"{rng.randint(1, 420)}號", f"{rng.randint(1, 180)}巷{rng.randint(1, 40)}號{rng.randint(2, 12)}樓",
                           f"{rng.randint(1, 60)}巷{rng.randint(1, 20)}弄{rng.randint(1, 30)}號"])  # fmt: skip
        return f"{region}{town}{st}{tail}", fill(rng, rng.choice(["4%####", "5%####", "8%####", "97####"]))
    if c == "hk":
        tail = rng.choice([f"{rng.choice(['翠楓樓', '海燕樓', '旭日樓'])}{rng.randint(2, 40)}樓{rng.randint(1, 30):02d}室",
                           f"{rng.randint(1, 120)}號{rng.randint(2, 28)}樓{rng.choice('ABCDEFGH')}室"])  # fmt: skip
        return f"{region}{town}{st}{tail}", ""
    if c == "jp":
        if st.startswith("大字") or st.startswith("字"):
            tail = f"{rng.randint(100, 3999)}番地" + rng.choice(["", f"{rng.randint(1, 9)}"])
        else:
            tail = f"{rng.randint(1, 6)}丁目{rng.randint(1, 28)}番{rng.randint(1, 20)}号" + rng.choice(
                ["", f" {rng.choice(JP_BUILDINGS)}{rng.randint(1, 4)}0{rng.randint(1, 9)}"])
        return f"{region}{town}{st}{tail}", fill(rng, rng.choice(["3%#-####", "02#-####", "90#-####", "95#-####"]))
    tail = rng.choice([f"{rng.randint(1, 240)}", f"{rng.randint(10, 90)}번길 {rng.randint(1, 40)}",
                       f"{rng.randint(1, 240)}, {rng.randint(101, 115)}동 {rng.randint(1, 22)}0{rng.randint(1, 4)}호 ({rng.choice(KR_LEGAL_DONG)})"])  # fmt: skip
    return f"{region} {town} {st} {tail}", fill(rng, rng.choice(["1%###", "2%###", "5%###", "4%###"]))


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                family: tuple[str, str, str] | None = None, home: Person | None = None,
                age_days: tuple[int, int] = (25 * 365, 70 * 365), foreigner: bool = False) -> Person:  # fmt: skip
    """A person of `loc` whose names are not yet used in the document (a relative may share the family name)."""
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[loc.code]
    given = rng.choice([g for g in (fs if female else ms) if g[0] not in used and (not g[1] or g[1] not in used)])
    used |= {given[0], given[1]}
    if family is None:
        family = rng.choice([f for f in fams if f[0] not in used])
    used.add(family[0])
    dob = ref - timedelta(days=rng.randint(*age_days))
    if home is not None:
        region, town, addr, pc = home.region, home.town, home.addr, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        town = rng.choice([t for t in loc.regions[region] if t not in used] or list(loc.regions[region]))
        used.add(town)
        addr, pc = address(rng, loc, region, town)
    rom_g, rom_f = given[1].lower().replace(" ", ""), family[1].lower()
    local = rng.choice([f"{rom_f}{rom_g}{dob.year % 100:02d}", f"{rom_g}.{rom_f}", f"{rom_f}_{rom_g}{rng.randint(1, 99)}",
                        f"{rom_g}{dob:%m%d}", fill(rng, "%#######")]) if rom_g else fill(rng, rng.choice(["%#######", "%########"]))  # fmt: skip
    if not rom_g and rng.random() < 0.5:
        local = fill(rng, rng.choice(["@@@@@", "@@@@"])).lower() + fill(rng, "##")
    lines = loc.lines[region] + loc.phones
    p = Person(given, family, female, dob, loc, region, town, addr, pc, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(lines)),
               f"{local}@{rng.choice(loc.mails)}")  # fmt: skip
    c = loc.code
    if c == "cn":
        p.nid = ids.cn_resident_id(rng, region, dob, female)
    elif c == "tw":
        p.nid = ids.tw_national_id(rng, TW_LETTER[region], female)
    elif c == "hk":
        p.nid = ids.hkid(rng)
    elif c == "jp":
        p.nid = ids.my_number(rng)
    else:
        p.nid = ids.rrn(rng, dob, female, foreigner)
    return p


def landline(rng: random.Random, loc: Loc, region: str) -> str:
    return fill(rng, rng.choice(loc.lines[region]))
