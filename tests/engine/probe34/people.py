# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic East and Southeast Asian people, places and phones for probe 34 (synthetic only; no real patient).

Names are invented combinations of common given and family names of each culture, with their native-script
forms where the culture has one (Chinese characters, kanji, Hangul, Vietnamese diacritics). Every name word
was checked against probes 1-31 (test_probe34: no shared name word). Dropped for clashing with earlier probes
(whole words): the family names Wang, Li, Chen, Lin, Tang, Jiang, Xie, Cheung, Leung, Wong, Tsang, Hsieh, Kuo,
Tseng, Kim, Park, Lee, Choi, Yoon, Kang, Han, Hong, Nguyen, Tran, Pham, Phan, Huynh, Trinh, Dang, Santos,
Reyes, Cruz, Bautista, Xiong, Moua, Lor, Khang, and most hyphenated Korean and Wade-Giles given names whose
syllables (yeon, min, jun, ting, ming, chun ...) earlier probes already hold; run-together Korean given
names and rarer syllables were used instead.

Cultures (code: given-name order, what a person is called):
  zh  Mandarin pinyin, family first ("Gu Xinyue"), native 顾欣悦; called by the given name.
  hk  Cantonese romanisation, family first, spaced syllables ("Yeung Hoi Ying"), often with an English name.
  tw  Taiwanese Wade-Giles, hyphenated given ("Chiang Wan-ju"), native 江婉如.
  ja  Japanese, family first in kanji (樋口 夏美), either order in romaji; called by the family name + -san.
  ko  Korean, Hangul 노유나 beside "Noh Yu-na"/"Yuna Noh"; called by the given name.
  vi  Vietnamese, three parts (Vo Thi Huong / Võ Thị Hương); called by the last part ("Ms. Huong").
  th  Thai, given first, long family name, a nickname ("Ploy").
  ph  Filipino, given first, "Ma." for Maria, "Jr.", a nickname (Bong, Tintin).
  id  Indonesian (Javanese) mononym or two-part name; family = the whole name.
  my  Malay with bin/binti and the father's name.
  mm  Burmese, no family name; honorifics Daw/U/Ma/Ko are text, not part of the label.
  km  Khmer, family first ("Sok Sreyneang"), called by the given name.
  hm  Hmong, given + clan ("Pa Chia Vang").
  lo  Lao, given + family, called by the given name.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

from tests.engine.probe.people import K, P, Slot

__all__ = ["ADDRESSES", "NAMES", "NATIVE", "NICKS", "PHONES", "STREETS", "TOWNS", "K", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"

# culture: (female given, male given, family) -- romanised
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "zh": (["Xinyue", "Jiahui", "Shuting", "Mengqi", "Wanqing", "Xiaoqian", "Peiyao", "Shiyun", "Lanxin", "Zhiruo"],
           ["Zhenhao", "Wenbo", "Hongwei", "Tianyou", "Jinpeng", "Shaohua", "Zeyu", "Kaiyuan"],
           ["Dai", "Gu", "Shen", "Xue", "Fan", "Qian", "Du", "Ren", "Zou", "Yao", "Duan", "Meng", "Qin", "Lei", "Bai"]),
    "hk": (["Hoi Ying", "Man Yee", "Sau Fong", "Hiu Tung", "Lok Yi"],
           ["Siu Ming", "Chi Keung", "Tsz Kin", "Ho Yin", "Wai Lun", "Kin Pong"],
           ["Yeung", "Mak", "Fung", "Chow", "Lau", "Yip", "Siu", "Poon", "Lui", "Kwan", "Kwong", "Chung", "Tam", "Chiu", "Choy", "Hui"]),
    "tw": (["Hsiu-ying", "Chia-hui", "Ching-wen", "Wan-ju"],
           ["Wen-hsiung", "Ming-te", "Chao-yang"],
           ["Tsai", "Hsu", "Chiang", "Chien", "Chuang", "Liao", "Hsiao", "Yeh", "Kao", "Chou", "Chao", "Teng", "Tsou", "Shih", "Fang"]),
    "ja": (["Nanako", "Ryoko", "Natsumi", "Tomomi", "Fumiko", "Shizuka", "Yuriko", "Kazue", "Setsuko", "Chiyoko"],
           ["Yuma", "Tetsuya", "Masaru", "Hiroto", "Ryosuke", "Katsumi", "Isamu", "Tadashi", "Noboru", "Minoru"],
           ["Sugiura", "Kawabata", "Miyazaka", "Onodera", "Higuchi", "Yokoyama", "Imai", "Nonomura", "Hirokawa", "Kusanagi",
            "Tachibana", "Shiraishi", "Akiyama", "Morishita", "Kuwahara", "Takeuchi", "Uchida", "Nishimura", "Sakaguchi",
            "Hoshino", "Kanemoto", "Tsujimoto", "Amano", "Hatanaka", "Kitagawa", "Sonoda", "Mochizuki", "Enomoto"]),
    "ko": (["Su-ah", "Yu-na", "Jeong-hee", "Haeun", "Yejin", "Chaewon", "Soyeon", "Mikyung"],
           ["Byung-chul", "Chang-ho", "Doyoon", "Junho", "Taemin", "Sungjin", "Jihoon", "Minjae", "Woojin", "Donghyun", "Sangwoo"],
           ["Oh", "Noh", "Joo", "Cho", "Heo", "Go", "Gil", "Maeng", "Na"]),
    "vi": (["Hang", "Diem", "Huong", "Nga", "Thao", "Linh", "Vy", "Ngan"],
           ["Bao", "Tai", "Tri", "Duy", "Luan", "Hau"],
           ["Do", "Ho", "Ly", "Vo", "Luong", "Lam", "Vu", "Chau", "Quan", "Ta"]),
    "th": (["Natthida", "Jiraporn", "Kanyarat", "Sudarat", "Pornthip", "Waraporn", "Chutima", "Orawan", "Thitima", "Sumalee"],
           ["Chaiwat", "Kittipong", "Natthapong", "Sakchai", "Teerapat", "Surachai", "Pongsakorn", "Nattawut", "Apichart", "Jirayu"],
           ["Srisuwan", "Phongphaew", "Saetang", "Sirisombat", "Chantarasuk", "Intharakosit", "Wattanapanich", "Sukprasert",
            "Khunakorn", "Ruangrit", "Petchprasert", "Yodkhampha"]),
    "ph": (["Leonora", "Herminia", "Teodora", "Cristeta", "Charito", "Editha", "Evangeline", "Jennalyn"],
           ["Ruperto", "Jolito", "Marlon", "Romeo", "Wilfredo", "Ariel", "Teofilo"],
           ["Salvador", "Mercado", "Maglaya", "Quisumbing", "Tiongson", "Sison", "Manabat", "Pascual", "Katigbak"]),
    "id": (["Wartini", "Sukinah", "Sumarni", "Juminten", "Sutinah", "Ponirah", "Rusmini", "Tumini", "Yuli Astuti",
            "Rina Marlina", "Tri Handayani", "Lilis Suryani"],
           ["Karsono", "Warsito", "Parmin", "Kasmin", "Wagiman", "Asep Saepudin"],
           []),
    "my": (["Nur Syafiqah", "Aina Sofea", "Noraini", "Rohaya", "Zarina", "Nor Azlina", "Haslinda", "Rozita", "Suhaila", "Nurfarhana"],
           ["Mohd Faizal", "Khairul Anuar", "Zulkifli", "Azman", "Shahrul Nizam", "Kamarul Ariffin", "Mohd Rizal", "Hairul Azri", "Fadzil", "Syahmi"],
           ["Kamarudin", "Razak", "Osman", "Yusof", "Hamzah", "Jaafar", "Mokhtar", "Sulaiman", "Baharom", "Ramli", "Daud",
            "Hashim", "Zakaria", "Salleh", "Mansor", "Harun", "Ghazali"]),
    "mm": (["Thin Thin Aye", "Hla Hla Myint", "Ei Phyu Sin", "San San Nwe", "Yadanar Moe", "Thida Soe", "Ohnmar Tin", "Sandar Hlaing", "Kyi Kyi Than"],
           ["Nyein Chan Ko", "Phyo Wai Aung", "Tun Tun Oo", "Khant Ye Htun", "Thet Paing Soe"],
           []),
    "km": (["Sophea", "Rathana", "Pisey", "Sothea", "Chenda", "Sreyneang", "Sreypov", "Leakhena"],
           ["Dara", "Kosal", "Vuthy", "Rithy", "Samnang", "Phalla"],
           ["Sok", "Chea", "Pich", "Mao", "Sem", "Nhem", "Ouk", "Heng", "Yim", "Ros", "Khiev", "Sar", "Nget"]),
    "hm": (["Pa Chia", "Mai Houa", "Ka Zoua", "Blia", "Ntxhi", "Kia", "Shoua", "Zoua"],
           ["Kou", "Yeng", "Xee", "Txawj", "Neng", "Pheng", "Cher", "Tong Pao"],
           ["Vang", "Yang", "Thao", "Vue", "Hang", "Chang", "Kue", "Cha", "Lo", "Fang"]),
    "lo": (["Phetsamone", "Viengkham", "Douangchanh", "Khamla", "Bounthavy", "Sengdao"],
           ["Khamphet", "Sisavath", "Phouvong", "Chanthavong"],
           ["Keomany", "Vongphachanh", "Sayavong", "Phetsarath", "Luangrath", "Souvannavong", "Chanthalangsy", "Keobounphanh",
            "Xayavong", "Rattanavong", "Douangsavanh", "Manivanh", "Sengsouvanh"]),
}  # fmt: skip

# native script of each romanised part (zh simplified, hk/tw traditional, ja kanji, ko Hangul, vi diacritics)
NATIVE: dict[str, str] = {
    # zh
    "Xinyue": "欣悦", "Jiahui": "佳慧", "Shuting": "淑婷", "Mengqi": "梦琪", "Wanqing": "婉清", "Xiaoqian": "晓倩",
    "Peiyao": "佩瑶", "Shiyun": "诗韵", "Lanxin": "兰心", "Zhiruo": "芷若", "Zhenhao": "振浩", "Wenbo": "文博",
    "Hongwei": "宏伟", "Tianyou": "天佑", "Jinpeng": "金鹏", "Shaohua": "少华", "Zeyu": "泽宇", "Kaiyuan": "凯元",
    "Dai": "戴", "Gu": "顾", "Shen": "沈", "Xue": "薛", "Fan": "范", "Qian": "钱", "Du": "杜", "Ren": "任",
    "Zou": "邹", "Yao": "姚", "Duan": "段", "Meng": "孟", "Qin": "秦", "Lei": "雷", "Bai": "白",
    # hk
    "Hoi Ying": "凱盈", "Man Yee": "敏儀", "Sau Fong": "秀芳", "Hiu Tung": "曉彤", "Lok Yi": "樂怡", "Siu Ming": "小明",
    "Chi Keung": "志強", "Tsz Kin": "子健", "Ho Yin": "浩然", "Wai Lun": "偉倫", "Kin Pong": "健邦",
    "Yeung": "楊", "Mak": "麥", "Fung": "馮", "Chow": "周", "Lau": "劉", "Yip": "葉", "Siu": "蕭", "Poon": "潘",
    "Lui": "呂", "Kwan": "關", "Kwong": "鄺", "Chung": "鍾", "Tam": "譚", "Chiu": "趙", "Choy": "蔡", "Hui": "許",
    # tw
    "Hsiu-ying": "秀英", "Chia-hui": "嘉惠", "Ching-wen": "靜雯", "Wan-ju": "婉如", "Wen-hsiung": "文雄", "Ming-te": "明德",
    "Chao-yang": "朝陽", "Tsai": "蔡", "Hsu": "許", "Chiang": "江", "Chien": "簡", "Chuang": "莊", "Liao": "廖",
    "Hsiao": "蕭", "Yeh": "葉", "Kao": "高", "Chou": "周", "Chao": "趙", "Teng": "鄧", "Tsou": "鄒", "Shih": "施", "Fang": "方",
    # ja
    "Nanako": "菜々子", "Ryoko": "涼子", "Natsumi": "夏美", "Tomomi": "智美", "Fumiko": "文子", "Shizuka": "静香",
    "Yuriko": "百合子", "Kazue": "和枝", "Setsuko": "節子", "Chiyoko": "千代子", "Yuma": "悠真", "Tetsuya": "哲也",
    "Masaru": "勝", "Hiroto": "大翔", "Ryosuke": "亮介", "Katsumi": "克己", "Isamu": "勇", "Tadashi": "正",
    "Noboru": "昇", "Minoru": "実", "Sugiura": "杉浦", "Kawabata": "川端", "Miyazaka": "宮坂", "Onodera": "小野寺",
    "Higuchi": "樋口", "Yokoyama": "横山", "Imai": "今井", "Nonomura": "野々村", "Hirokawa": "広川", "Kusanagi": "草薙",
    "Tachibana": "橘", "Shiraishi": "白石", "Akiyama": "秋山", "Morishita": "森下", "Kuwahara": "桑原", "Takeuchi": "竹内",
    "Uchida": "内田", "Nishimura": "西村", "Sakaguchi": "坂口", "Hoshino": "星野", "Kanemoto": "金本", "Tsujimoto": "辻本",
    "Amano": "天野", "Hatanaka": "畑中", "Kitagawa": "北川", "Sonoda": "園田", "Mochizuki": "望月", "Enomoto": "榎本",
    # ko
    "Su-ah": "수아", "Yu-na": "유나", "Jeong-hee": "정희", "Haeun": "하은", "Yejin": "예진", "Chaewon": "채원",
    "Soyeon": "소연", "Mikyung": "미경", "Byung-chul": "병철", "Chang-ho": "창호", "Doyoon": "도윤", "Junho": "준호",
    "Taemin": "태민", "Sungjin": "성진", "Jihoon": "지훈", "Minjae": "민재", "Woojin": "우진", "Donghyun": "동현",
    "Sangwoo": "상우", "Oh": "오", "Noh": "노", "Joo": "주", "Cho": "조", "Heo": "허", "Go": "고", "Gil": "길",
    "Maeng": "맹", "Na": "나",
    # vi
    "Hang": "Hằng", "Diem": "Diễm", "Huong": "Hương", "Nga": "Nga", "Thao": "Thảo", "Linh": "Linh", "Vy": "Vy",
    "Ngan": "Ngân", "Bao": "Bảo", "Tai": "Tài", "Tri": "Trí", "Duy": "Duy", "Luan": "Luân", "Hau": "Hậu",
    "Do": "Đỗ", "Ho": "Hồ", "Ly": "Lý", "Vo": "Võ", "Luong": "Lương", "Lam": "Lâm", "Vu": "Vũ", "Chau": "Châu",
    "Quan": "Quan", "Ta": "Tạ", "Thi": "Thị", "Huu": "Hữu", "Xuan": "Xuân", "Cong": "Công", "Dieu": "Diệu", "Tuong": "Tường",
}  # fmt: skip

VI_MIDDLE = {"f": ["Thi", "Xuan", "Dieu"], "m": ["Huu", "Cong", "Tuong"]}
HK_ENGLISH = {"f": ["Winnie", "Cathy", "Phoebe", "Agnes", "Heidi", "Yvonne", "Fanny", "Mandy", "Janice"],
              "m": ["Kelvin", "Ivan", "Eason", "Kenneth", "Jacky", "Wilson", "Alvin", "Edmond", "Horace", "Sherman", "Cyrus"]}  # fmt: skip
# nicknames: Thai chue len (several are English words: Golf, Bank, Mint, Ice, Beam) and Filipino palayaw
NICKS = {"th": ["Ploy", "Fon", "Nok", "Aom", "Beam", "Mint", "Pim", "Golf", "Bank", "Pui", "Ice", "Pond", "Noon", "Jib", "Tarn", "Praew", "Mook", "Earn"],
         "ph": ["Bong", "Tintin", "Bebeng", "Nene", "Toto", "Pinky", "Weng", "Boyet", "Bing"]}  # fmt: skip

# ---- places: streets are invented; towns and districts are real and public (labelled ADDRESS where a person lives)
# region: (towns, streets, postcode pattern or "", keep value: the state/province/country)
TOWNS: dict[str, list[str]] = {
    "us_east": ["Quincy", "Malden", "Sunset Park", "Fort Lee", "Palisades Park", "Annandale"],
    "us_west": ["Milpitas", "San Gabriel", "Arcadia", "Diamond Bar", "Gardena", "Torrance", "Garden Grove", "Westminster", "Fountain Valley"],
    "us_mid": ["Maplewood", "Brooklyn Park", "Oakdale", "Sheboygan", "Appleton", "La Crosse", "Fort Wayne", "Eau Claire", "Hickory"],
    "hk": ["Sham Shui Po", "Tsuen Wan", "Kwun Tong", "Tai Po", "Sha Tin", "Tuen Mun", "Wong Tai Sin", "Ngau Tau Kok", "Lai Chi Kok", "To Kwa Wan"],
    "sg": ["Tampines", "Jurong West", "Woodlands", "Bedok", "Ang Mo Kio", "Sengkang", "Yishun", "Toa Payoh", "Bukit Batok", "Pasir Ris"],
    "ph": ["Valenzuela City", "Caloocan", "Marikina", "Antipolo", "Bacoor", "San Pablo", "Taguig", "Cainta", "Imus"],
    "th": ["Bang Kapi", "Lat Phrao", "Bang Khen", "Huai Khwang", "Nonthaburi", "Pak Kret", "Chatuchak"],
    "my": ["Seremban", "Kajang", "Klang", "Shah Alam", "Ipoh", "Kuantan", "Batu Pahat", "Subang Jaya"],
    "id": ["Cilacap", "Indramayu", "Ponorogo", "Blitar", "Sidoarjo", "Jember", "Banyumas"],
    "jp": ["Meguro-ku", "Nerima-ku", "Suginami-ku"],
    "kr": ["Mapo-gu", "Nowon-gu"],
    "cn": ["天河区", "海珠区", "番禺区"],
}  # fmt: skip
STREETS: dict[str, list[str]] = {
    "us": ["Lanternwick Ave", "Persimmon Hollow Rd", "Ginkgo Terrace", "Jadeleaf Court", "Osmanthus Way", "Lotuspond Drive",
           "Bamboo Ridge Lane", "Tealeaf Circle"],
    "hk": ["Wah Kit Street", "Shun Ping Road", "Kam Fook Lane", "Tsui Yuen Path", "Fu Lok Street"],
    "sg": ["Ave 7", "Street 61", "Drive 14", "Ring Road 3"],
    "ph": ["Sampaguita-Ilang St.", "Kalachuchi Ext.", "Dama de Noche St.", "Katipunan Looban"],
    "th": ["Soi Sukjai 11", "Soi Rom Yen 4", "Soi Bua Kaew 9"],
    "my": ["Jalan Kenanga Putih 4", "Jalan Seroja Indah 2", "Jalan Melur Cahaya 7"],
    "id": ["Dusun Krajan Lor", "Dusun Sidorejo Kidul", "Dusun Ngemplak Wetan"],
    "jp": ["Kamisoshigaya", "Minamitanaka", "Takaidohigashi"],
    "kr": ["Seongmisan-ro 17-gil", "Hwarang-ro 41-gil"],
    "cn": ["翠景路", "棠安街", "榕荫北路"],
}  # fmt: skip
# region -> (street style, keep region, postcode pattern)
ADDRESSES: dict[str, tuple[str, str, str]] = {
    "us_east": ("us", "New York", "1####"), "us_west": ("us", "California", "9####"), "us_mid": ("us", "Minnesota", "5####"),
    "hk": ("hk", "Hong Kong", ""), "sg": ("sg", "Singapore", "6#####"), "ph": ("ph", "Metro Manila", "1###"),
    "th": ("th", "Bangkok", "10###"), "my": ("my", "Selangor", "4####"), "id": ("id", "Jawa Tengah", "5####"),
    "jp": ("jp", "Tokyo", "1##-####"), "kr": ("kr", "Seoul", "0####"), "cn": ("cn", "广东省", "510###"),
}  # fmt: skip

PHONES: dict[str, list[str]] = {
    "us": ["(%##) %##-####", "%##-%##-####", "+1 %##-%##-####"],
    "hk": ["+852 9### ####", "+852 6###-####", "9### ####"],
    "sg": ["+65 9### ####", "+65 8###-####", "8### ####"],
    "ph": ["+63 917 ### ####", "0918-###-####", "+63 9## ### ####"],
    "th": ["+66 8# ### ####", "08#-###-####", "+66 (0)9# ### ####"],
    "vn": ["+84 9# ### ## ##", "09# ### ####", "+84 (0)3# ### ####"],
    "my": ["+60 12-### ####", "012-### ####", "+6019-#######"],
    "id": ["+62 812-####-####", "0813-####-####", "+62 857 #### ####"],
    "jp": ["+81 90-####-####", "090-####-####", "+81-80-####-####"],
    "kr": ["+82 10-####-####", "010-####-####", "+82-10-####-####"],
    "cn": ["+86 138 #### ####", "139-####-####", "+86 186########"],
    "tw": ["+886 9##-###-###", "09##-###-###"],
    "mm": ["+95 9 ### ### ###", "09-#########"],
    "kh": ["+855 12 ### ###", "012 ### ###"],
    "la": ["+856 20 #### ####", "020 #### ####"],
}  # fmt: skip
HOME_PHONE = {"zh": "cn", "hk": "hk", "tw": "tw", "ja": "jp", "ko": "kr", "vi": "vn", "th": "th", "ph": "ph", "id": "id",
              "my": "my", "mm": "mm", "km": "kh", "hm": "us", "lo": "la"}  # fmt: skip
EMAIL_DOMAINS = ["gmail.com", "yahoo.com.hk", "hotmail.com", "outlook.com", "naver.com", "qq.com", "163.com",
                 "yahoo.co.jp", "icloud.com", "singnet.com.sg"]  # fmt: skip


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q)."""
    return "".join(
        rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@" else ch
        for ch in pattern
    )


def native_of(words: list[str], sep: str = "") -> str:
    return sep.join(NATIVE[w] for w in words)


@dataclass(slots=True)
class Person:
    culture: str
    given: str  # as the culture writes it (hyphenated, spaced, with Ma./Jr. for ph)
    family: str  # family/clan/father's name; the whole name when the culture has none
    female: bool
    full: str  # in the culture's own order
    west: str  # given first (the order English forms use)
    call: str  # what the person is called in speech ("Huong", "Hoi Ying", "Sugiura")
    nick: str  # nickname / English name; `call` when the culture has none in this probe
    native: str  # native-script full name; `full` when none
    phone: str
    email: str
    title: str  # Mr./Ms.


def draw_person(rng: random.Random, culture: str, used: set[str], phone_region: str = "") -> Person:
    """A person of `culture` whose name words are not yet used in the document."""
    for _ in range(200):
        female = rng.random() < 0.5
        f, m, fam = NAMES[culture]
        given = rng.choice(f if female else m)
        family = rng.choice(fam) if fam else given
        nick = call = given
        full = west = f"{family} {given}"
        native = full
        if culture in ("zh", "tw"):
            west = f"{given} {family}"
            native = native_of([family, given])
        elif culture == "hk":
            nick = rng.choice(HK_ENGLISH["f" if female else "m"])
            west = f"{nick} {family}"
            native = native_of([family, given])
        elif culture == "ja":
            west, call = f"{given} {family}", family
            native = native_of([family]) + " " + native_of([given])
        elif culture == "ko":
            west = f"{given.replace('-', '')} {family}"
            native = native_of([family, given])
        elif culture == "vi":
            mid = rng.choice(VI_MIDDLE["f" if female else "m"])
            full = f"{family} {mid} {given}"
            west = f"{given} {family}"
            native = native_of([family, mid, given], " ")
        elif culture in ("th", "ph"):
            nick = rng.choice(NICKS[culture])
            if culture == "ph" and female and rng.random() < 0.5:
                given = "Ma. " + given
            if culture == "ph" and not female and rng.random() < 0.5:
                family = family + " Jr."
            full = west = f"{given} {family}"
            call = given.removeprefix("Ma. ")
        elif culture in ("id", "mm"):
            full = west = given
            call = given.split()[-1] if culture == "id" and " " in given else given
        elif culture == "my":
            full = west = f"{given} {'binti' if female else 'bin'} {family}"
            call = given.split()[-1]
            nick = call
        elif culture in ("hm", "lo"):
            full = west = f"{given} {family}"
        words = (set(full.replace("-", " ").split()) | {nick, call}) - {"bin", "binti", "Ma.", "Jr."}
        if words & used:
            continue
        used |= words | set(native.split())
        local = rng.choice([f"{call}.{family}", f"{call[0]}{family}", f"{call}{rng.randint(10, 99)}"])
        local = "".join(c for c in local.lower() if c.isalnum() or c == ".")
        email = local + "@" + rng.choice(EMAIL_DOMAINS)
        phone = fill(rng, rng.choice(PHONES[phone_region or HOME_PHONE[culture]]))
        return Person(culture, given, family, female, full, west, call, nick, native, phone, email, "Ms." if female else "Mr.")
    raise RuntimeError(f"no unused {culture} name")
