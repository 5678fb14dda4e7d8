"""Synthetic people for probe 10: own name, place and identifier lists, one home region per name culture.

Scripts and languages no earlier probe used: Pular in Adlam (with Adlam digits), Bambara in N'Ko (with
N'Ko digits), Central Atlas Tamazight in Tifinagh, Plains Cree in Canadian syllabics, Assyrian
Neo-Aramaic in Syriac, Tibetan (with Tibetan digits), Punjabi in Gurmukhi (with Gurmukhi digits) and
Kannada (with Kannada digits); Latin-script Occitan, Aymara and isiXhosa at home; and Hakha Chin, Nuer
and Palauan names in the United States. Adlam, N'Ko, Tifinagh and syllabic words are written in a Latin
orthography here and transliterated letter by letter (`adlam`, `nko`, `tifinagh`, `syllabics`), so only
the native script reaches the corpus. Names are plausible combinations, never real people; towns are
real (as the language writes them); streets are invented or plausible for the town; house numbers,
postcodes, phones and identifiers are random, and identifiers carry valid check digits where one exists
(tests/engine/probe10/ids.py). Values are `P(type, value)` (PHI), `K(value)` (must survive) or text.
"""

from __future__ import annotations

import random
import string
from datetime import date, datetime, timedelta
from urllib.parse import quote, quote_plus

from tests.engine.probe.people import P, Slot, fill_same
from tests.engine.probe10 import ids

D = "0123456789"

# ---- transliteration -------------------------------------------------------------------------------------

_ADLAM = dict(zip("adlmbspɓrefioɗƴwnkyujchqgñtŋ", range(0x1E922, 0x1E93E), strict=True))


def adlam(latin: str) -> str:
    """Pular in Adlam: a letter per letter, long vowels with the lengthener, a capital initial per word."""
    out: list[str] = []
    i, s = 0, latin.lower()
    start = True
    while i < len(s):
        c = s[i]
        if c in _ADLAM:
            ch = chr(_ADLAM[c] - (0x22 if start else 0))
            if i + 1 < len(s) and s[i + 1] == c:
                ch += "\U0001e944" if c == "a" else "\U0001e945" if c in "eiou" else "\U0001e946"
                i += 1
            out.append(ch)
            start = False
        else:
            out.append(c)
            start = c in " -"
        i += 1
    return "".join(out)


_NKO = {
    "a": "ߊ", "e": "ߋ", "i": "ߌ", "ɛ": "ߍ", "u": "ߎ", "o": "ߏ", "ɔ": "ߐ", "b": "ߓ", "p": "ߔ", "t": "ߕ",
    "j": "ߖ", "c": "ߗ", "d": "ߘ", "r": "ߙ", "s": "ߛ", "g": "ߜ", "f": "ߝ", "k": "ߞ", "l": "ߟ", "m": "ߡ",
    "ɲ": "ߢ", "n": "ߣ", "h": "ߤ", "w": "ߥ", "y": "ߦ",
}  # fmt: skip
_VOWELS = "aeiɛuoɔ"


def nko(latin: str) -> str:
    """Bambara in N'Ko: a letter per letter; a syllable-final n after a vowel is the nasalisation mark."""
    s = latin.lower()
    out: list[str] = []
    for i, c in enumerate(s):
        nxt = s[i + 1] if i + 1 < len(s) else " "
        if c == "n" and i and s[i - 1] in _VOWELS and nxt not in _VOWELS:
            out.append("\u07f2")
        else:
            out.append(_NKO.get(c, c))
    return "".join(out)


_TFNG = {
    "a": "ⴰ", "b": "ⴱ", "g": "ⴳ", "d": "ⴷ", "ḍ": "ⴹ", "e": "ⴻ", "f": "ⴼ", "k": "ⴽ", "h": "ⵀ", "ḥ": "ⵃ",
    "ɛ": "ⵄ", "x": "ⵅ", "q": "ⵇ", "i": "ⵉ", "j": "ⵊ", "l": "ⵍ", "m": "ⵎ", "n": "ⵏ", "u": "ⵓ", "r": "ⵔ",
    "ṛ": "ⵕ", "ɣ": "ⵖ", "s": "ⵙ", "ṣ": "ⵚ", "c": "ⵛ", "t": "ⵜ", "ṭ": "ⵟ", "w": "ⵡ", "y": "ⵢ", "z": "ⵣ",
    "ẓ": "ⵥ",
}  # fmt: skip


def tifinagh(latin: str) -> str:
    """Tamazight in Neo-Tifinagh (IRCAM): a letter per letter (no case)."""
    return "".join(_TFNG.get(c, c) for c in latin.lower())


# Plains Cree syllabics: series -> (ê, i, o, a, î, ô, â); finals for a consonant without a vowel.
_CANS = {
    "": "ᐁᐃᐅᐊᐄᐆᐋ", "p": "ᐯᐱᐳᐸᐲᐴᐹ", "t": "ᑌᑎᑐᑕᑏᑑᑖ", "k": "ᑫᑭᑯᑲᑮᑰᑳ", "c": "ᒉᒋᒍᒐᒌᒎᒑ",
    "m": "ᒣᒥᒧᒪᒦᒨᒫ", "n": "ᓀᓂᓄᓇᓃᓅᓈ", "s": "ᓭᓯᓱᓴᓰᓲᓵ", "y": "ᔦᔨᔪᔭᔩᔫᔮ", "w": "ᐍᐏᐓᐘᐑᐕᐚ",
}  # fmt: skip
_CANS_V = "êioaîôâ"
_CANS_FINAL = {
    "p": "ᑊ",
    "t": "ᐟ",
    "k": "ᐠ",
    "c": "ᐨ",
    "m": "ᒼ",
    "n": "ᐣ",
    "s": "ᐢ",
    "y": "ᐩ",
    "w": "ᐤ",
    "h": "ᐦ",
}


def syllabics(sro: str) -> str:
    """Plains Cree from Standard Roman Orthography to syllabics (western w-dot after the syllable)."""
    s, out, i = sro.lower(), [], 0
    while i < len(s):
        c = s[i]
        if c in _CANS_V:
            out.append(_CANS[""][_CANS_V.index(c)])
            i += 1
        elif c in _CANS and c != "" and i + 1 < len(s) and s[i + 1] in _CANS_V:
            out.append(_CANS[c][_CANS_V.index(s[i + 1])])
            i += 2
        elif c in _CANS and i + 2 < len(s) and s[i + 1] == "w" and s[i + 2] in _CANS_V:
            out.append(_CANS[c][_CANS_V.index(s[i + 2])] + "ᐧ")
            i += 3
        elif c in _CANS_FINAL:
            out.append(_CANS_FINAL[c])
            i += 1
        else:
            out.append(c)
            i += 1
    return "".join(out)


def _same(*fam: str) -> list[tuple[str, str]]:
    return [(f, f) for f in fam]


def _map(f: object, words: str) -> list[str]:
    return [f(w) for w in words.split(",")]  # type: ignore[operator]


# culture: (female given, male given, family (female form, male form), order, home region)
# order: "gf" given family, "fg" family given, "gt" given and family joined by a Tibetan tsheg.
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]], str, str]] = {
    "ff_adlm": (
        _map(adlam, "dalanda,hassatu,jeynaba,mariyatu,kaadiija,haby"),
        _map(adlam, "alfaa,mamadu,saliwu,ceerno,umaru,ibraahiima"),
        _same(*_map(adlam, "jallo,bari,baa,soo,balde,jaalo")),
        "gf",
        "gn",
    ),
    "bm_nkoo": (
        _map(nko, "nyeleni,sitan,assitan,kaja,mariyamu,fanta"),
        _map(nko, "seydu,bakari,madu,jibiril,sungalo,daramani"),
        _same(*_map(nko, "kulibali,jara,keyita,tarawele,sanogo,danbele")),
        "gf",
        "ml",
    ),
    "tzm_tfng": (
        _map(tifinagh, "tiziri,tudert,tanirt,itto,tafsut,tamsunt"),
        _map(tifinagh, "aksil,massin,amnay,idir,anir,ayyur"),
        _same(*_map(tifinagh, "amzil,ubella,umaḥruq,uḥeddu,ayt waziz,ayt ɛli")),
        "gf",
        "ma",
    ),
    "cr_cans": (
        _map(syllabics, "wâpanow,nîpisîs,kîsikow,sîpiyiskwêw,pîsimos,wâsêskwan"),
        _map(syllabics, "mahihkan,kinosêw,atimokan,paskwâw,apisimôsos,kisik"),
        _same(*_map(syllabics, "okimâsis,nâpêsis,pimotêw,misatim,ayahciyin,kâ-nîpitêhtêw")),
        "gf",
        "sk",
    ),
    "syr_syrc": (
        ["ܫܡܝܪܡ", "ܢܝܢܘܐ", "ܢܗܪܝܢ", "ܫܘܫܢ", "ܪܡܝܢܐ", "ܫܝܪܝܢ"],
        ["ܐܫܘܪ", "ܣܪܓܘܢ", "ܥܘܕܝܫܘ", "ܝܘܚܢܢ", "ܢܝܢܘܣ", "ܚܡܝܣ"],
        _same("ܟܘܫܒܐ", "ܝܠܕܐ", "ܘܪܕܐ", "ܫܠܝܡܘܢ", "ܒܢܝܡܝܢ", "ܓܝܘܪܓܝܣ"),
        "gf",
        "iq",
    ),
    "bo_tibt": (
        ["སྒྲོལ་མ", "ལྷ་མོ", "དབང་མོ", "ཡང་ཆེན", "ཆོས་སྒྲོན", "བདེ་སྐྱིད"],
        ["བཀྲ་ཤིས", "རྡོ་རྗེ", "ཕུན་ཚོགས", "ནོར་བུ", "བློ་བཟང", "དཔལ་ལྡན"],
        _same("ཚེ་རིང", "བསོད་ནམས", "ཉི་མ", "བསྟན་འཛིན", "ཀུན་བཟང", "རིག་འཛིན"),
        "gt",
        "xz",
    ),
    "pa_guru": (
        ["ਹਰਪ੍ਰੀਤ", "ਸੁਖਮਨੀ", "ਰਾਜਵੰਤ", "ਬਲਜੀਤ", "ਨਵਨੀਤ", "ਅਮਨਦੀਪ"],
        ["ਕੁਲਦੀਪ", "ਗੁਰਮੀਤ", "ਸੁਖਦੇਵ", "ਬਲਵਿੰਦਰ", "ਤਰਸੇਮ", "ਜਗਤਾਰ"],
        [(f"ਕੌਰ {f}", f"ਸਿੰਘ {f}") for f in ["ਸੰਧੂ", "ਗਿੱਲ", "ਢਿੱਲੋਂ", "ਬਰਾੜ", "ਸਿੱਧੂ", "ਗਰੇਵਾਲ"]],
        "gf",
        "pb",
    ),
    "kn_knda": (
        ["ಶಾರದಾ", "ಕಾವೇರಿ", "ಸುಮಿತ್ರಾ", "ಪದ್ಮಾವತಿ", "ನಾಗರತ್ನ", "ಗಂಗಮ್ಮ"],
        ["ಮಂಜುನಾಥ", "ಬಸವರಾಜ", "ನಂಜುಂಡ", "ತಿಮ್ಮಪ್ಪ", "ಚನ್ನಬಸಪ್ಪ", "ಶಿವಲಿಂಗ"],
        _same("ಗೌಡ", "ಹೆಗ್ಡೆ", "ಶೆಟ್ಟಿ", "ಕುಲಕರ್ಣಿ", "ಪಾಟೀಲ", "ದೇಶಪಾಂಡೆ"),
        "gf",
        "ka",
    ),
    "oc": (
        ["Azalaïs", "Mengarda", "Esclarmonda", "Garsenda", "Faidida", "Bruneta"],
        ["Guilhèm", "Jaufre", "Ramonet", "Bertomieu", "Aimeric", "Gausbèrt"],
        _same("Castanhièr", "Cabrolièr", "Trenquièr", "Bonafont", "Vaissièr", "Malaterra"),
        "gf",
        "occ",
    ),
    "ay": (
        ["Phaxsi", "Warawara", "Qhantati", "Sumaña", "Inkillay", "Kusisita"],
        ["Mallku", "Kunturi", "Willka", "Illapa", "Awki", "Saxra"],
        _same("Chuquimia", "Yujra", "Limachi", "Laruta", "Callisaya", "Huarachi"),
        "gf",
        "bo",
    ),
    "xh": (
        ["Nomakhosazana", "Ziyanda", "Lumka", "Nomonde", "Asanda", "Sinovuyo"],
        ["Luvuyo", "Mzwandile", "Lonwabo", "Siyabulela", "Mthunzi", "Zukisa"],
        _same("Ngcukana", "Mbambisa", "Sityana", "Nqweniso", "Mgqamqo", "Mqolomba"),
        "gf",
        "ec",
    ),
    "cnh": (
        ["Dawtsui", "Biakhlei", "Zingpar", "Tialceu", "Remthluai", "Mawinuam"],
        ["Vanbawi", "Thawnghlei", "Liancung", "Sangzaw", "Hmunthang", "Bawilian"],
        _same("Khuangtlang", "Hnemkim", "Tlaisun", "Bawihrin", "Ngunthawng", "Zathluai"),
        "gf",
        "us",
    ),
    "nus": (
        ["Nyakuoth", "Nyaluak", "Nyachuol", "Nyabuoy", "Nyaruach", "Nyagoa"],
        ["Gatluak", "Ruot", "Jiech", "Kuach", "Thokbuom", "Gatwech"],
        _same("Gatkuoth", "Bichiok", "Puokchar", "Tharjiath", "Kuonyiel", "Lualdiu"),
        "gf",
        "us",
    ),
    "pau": (
        ["Dilmei", "Ochedil", "Ulechel", "Rechiuang", "Dirremeang", "Ebilrekai"],
        ["Tewid", "Ucheliou", "Obakrairur", "Ngiraibai", "Techur", "Rdialul"],
        _same("Ngiraitpang", "Rengulbai", "Olkeriil", "Ngirturong", "Techitong", "Ngirameketii"),
        "gf",
        "us",
    ),
}


class Region:
    """Where a name culture lives: towns (name, postcode prefix, state), streets, postcode and phone
    patterns, national identifier, language and digits. Patterns: street {s} street, {n} number;
    postcode {p} the town's prefix, # a digit, @ a capital letter; local and international phone
    patterns have the same number of # so both are filled from one draw."""

    def __init__(
        self,
        towns: list[tuple[str, str, str]],
        streets: list[str],
        street: str,
        postcode: str,
        local: str,
        intl: str,
        natid: str,
        lang: str,
        digits: str = D,
    ) -> None:
        self.towns, self.streets, self.street, self.postcode = towns, streets, street, postcode
        self.local, self.intl, self.natid, self.lang = local, intl, natid, lang
        self.digits = str.maketrans(D, digits)
        assert local.count("#") == intl.count("#"), (local, intl)


ADLAM_D = "".join(chr(0x1E950 + i) for i in range(10))
NKO_D = "߀߁߂߃߄߅߆߇߈߉"
TIBETAN_D = "༠༡༢༣༤༥༦༧༨༩"
GURMUKHI_D = "੦੧੨੩੪੫੬੭੮੯"
KANNADA_D = "೦೧೨೩೪೫೬೭೮೯"

PLACES: dict[str, Region] = {
    "gn": Region(
        [(adlam("labe"), "", ""), (adlam("pita"), "", ""), (adlam("maamu"), "", "")],
        [adlam(f"kartiye {s}") for s in ["konkola", "daaka", "poreko", "kuuru-ley", "tuppe"]],
        "{s}, " + adlam("suudu") + " {n}",
        "",
        "6## ## ## ##",
        "+224 6## ## ## ##",
        "gn",
        "ff_adlm",
        ADLAM_D,
    ),
    "ml": Region(
        [(nko("segu"), "", ""), (nko("sikaso"), "", ""), (nko("kucala"), "", "")],
        [nko(f"{s} kin") for s in ["pelengana", "medinakura", "mancinbugu", "hamdalayi", "bugufiye"]],
        "{s} ߸ " + nko("so") + " {n}",
        "",
        "## ## ## ##",
        "+223 ## ## ## ##",
        "ml",
        "bm_nkoo",
        NKO_D,
    ),
    "ma": Region(
        [(tifinagh("xnifṛa"), "540", ""), (tifinagh("azru"), "531", ""), (tifinagh("midlt"), "543", "")],
        [tifinagh(s) for s in ["aɣaras n wasif", "aɣaras n tɣerma", "asuq n ayt yidir", "aɣaras n tadla"]],
        "{n}, {s}",
        "{p}##",
        "05 35 ## ## ##",
        "+212 5 35 ## ## ##",
        "ma",
        "tzm_tfng",
    ),
    "sk": Region(
        [(syllabics(t), "S0J", "SK") for t in ["sâkahikanihk", "mistikwaskihk", "kinosêwisîpîhk"]],
        [syllabics(s) for s in ["sîpiy mêskanaw", "mînis mêskanaw", "wâpos mêskanaw", "pihêw mêskanaw"]],
        "{n} {s}",
        "{p} #@#",
        "(306) ###-####",
        "+1 306 ### ####",
        "sin",
        "cr_cans",
    ),
    "iq": Region(
        [("ܥܢܟܒܐ", "440", ""), ("ܐܠܩܘܫ", "410", ""), ("ܬܠܟܐܦ", "410", "")],
        ["ܫܘܩܐ ܕܡܪܝ ܝܘܣܦ", "ܫܘܩܐ ܕܥܕܬܐ", "ܫܘܩܐ ܕܟܢܫܐ", "ܫܘܩܐ ܕܐܪܒܝܠ"],
        "{s}، ܒܝܬܐ {n}",
        "{p}##",
        "0750 ### ####",
        "+964 750 ### ####",
        "iq",
        "syr_syrc",
    ),
    "xz": Region(
        [("ལྷ་ས", "8500", "540102"), ("གཞིས་ཀ་རྩེ", "8570", "540202"), ("རྩེ་ཐང", "8560", "540502")],
        ["བར་སྐོར་ལམ", "ནོར་གླིང་ལམ", "ཡུ་ཐོག་ལམ", "གླིང་སྐོར་ལམ"],
        "{s} ཁང་ཨང་{n}",
        "{p}##",
        "0891-#######",
        "+86 891 #######",
        "cn",
        "bo_tibt",
        TIBETAN_D,
    ),
    "pb": Region(
        [("ਲੁਧਿਆਣਾ", "141", ""), ("ਬਠਿੰਡਾ", "151", ""), ("ਮੋਗਾ", "142", "")],
        ["ਟਿੱਬਾ ਰੋਡ", "ਪੁਰਾਣੀ ਮੰਡੀ", "ਨਹਿਰ ਕਲੋਨੀ", "ਅਜੀਤ ਨਗਰ"],
        "ਮਕਾਨ ਨੰ. {n}, {s}",
        "{p}###",
        "9####-#####",
        "+91 9####-#####",
        "aadhaar",
        "pa_guru",
        GURMUKHI_D,
    ),
    "ka": Region(
        [("ಮೈಸೂರು", "570", ""), ("ಹುಬ್ಬಳ್ಳಿ", "580", ""), ("ಉಡುಪಿ", "576", "")],
        ["ಕೆರೆ ಬೀದಿ", "ಸಂತೆಪೇಟೆ ಮುಖ್ಯ ರಸ್ತೆ", "ಅರಳಿಕಟ್ಟೆ ಅಡ್ಡರಸ್ತೆ", "ಹೊಸಕೇರಿ ಬಡಾವಣೆ"],
        "ಮನೆ ಸಂ. {n}, {s}",
        "{p}###",
        "9#### #####",
        "+91 9#### #####",
        "abha",
        "kn_knda",
        KANNADA_D,
    ),
    "occ": Region(
        [("Rodés", "120", "12"), ("Milhau", "121", "12"), ("Castras", "811", "81")],
        ["carrièra dels Teissièrs", "camin de las Fonts", "plaça del Bòsc", "avenguda de Mirabèl"],
        "{n} {s}",
        "{p}##",
        "05 65 ## ## ##",
        "+33 5 65 ## ## ##",
        "nir",
        "oc",
    ),
    "bo": Region(
        [("El Alto", "", ""), ("Achacachi", "", ""), ("Viacha", "", "")],
        ["Avenida Wila Qullu", "Calle Inti Jalsu", "Pasaje Chuxña Quta", "Calle Uma Jalsu"],
        "{s} N° {n}",
        "",
        "7#######",
        "+591 7#######",
        "bo",
        "ay",
    ),
    "ec": Region(
        [("Mthatha", "5099", ""), ("Qonce", "5601", ""), ("Komani", "5320", "")],
        ["Mthonjeni Road", "Ilitha Avenue", "Nomzamo Crescent", "Ezibeleni Street"],
        "{n} {s}",
        "{p}",
        "047 ### ####",
        "+27 47 ### ####",
        "za",
        "xh",
    ),
    "us": Region(
        [
            ("Beech Grove", "461", "IN"),
            ("Omaha", "681", "NE"),
            ("Sioux Falls", "571", "SD"),
            ("Vancouver", "986", "WA"),
        ],
        # one street per town, in the same order
        ["Churchman Ave", "Leavenworth St", "Minnesota Ave", "Fourth Plain Blvd"],
        "{n} {s}",
        "{p}##",
        "(###) ###-####",
        "+1 ### ### ####",
        "ssn",
        "en",
    ),
}
US_AREAS = {"IN": "317", "NE": "402", "SD": "605", "WA": "360"}
# the US towns (indexes into PLACES["us"].towns) where each US name culture lives
US_HOME = {"cnh": [0], "nus": [1, 2], "pau": [3]}
NIR_DEPT = {"Rodés": "12", "Milhau": "12", "Castras": "81"}


def _words(s: str) -> list[str]:
    return s.split()


MONTHS: dict[str, list[str]] = {
    "ff_adlm": _map(adlam, "siilo,colte,mbooyo,seeɗto,duujal,korse,morso,juko,siilto,yarkomaa,jolal,bowte"),
    "tzm_tfng": _map(
        tifinagh, "innayr,bṛayṛ,maṛṣ,ibrir,mayyu,yunyu,yulyuz,ɣuct,cutanbir,ktubr,nuwanbir,dujanbir"
    ),
    "cr_cans": _map(
        syllabics,
        "kisê-pîsim,mikisiwi-pîsim,niski-pîsim,ayîki-pîsim,sâkipakâwi-pîsim,pâskâwihowi-pîsim,"
        "paskowi-pîsim,ohpahowi-pîsim,nôcihitowi-pîsim,pinâskowi-pîsim,ihkopiwi-pîsim,pawâcakinasîsi-pîsim",
    ),
    "syr_syrc": [
        "ܟܢܘܢ ܐܚܪܝܐ",
        "ܫܒܛ",
        "ܐܕܪ",
        "ܢܝܣܢ",
        "ܐܝܪ",
        "ܚܙܝܪܢ",
        "ܬܡܘܙ",
        "ܐܒ",
        "ܐܝܠܘܠ",
        "ܬܫܪܝܢ ܩܕܡܝܐ",
        "ܬܫܪܝܢ ܐܚܪܝܐ",
        "ܟܢܘܢ ܩܕܡܝܐ",
    ],
    "pa_guru": _words("ਜਨਵਰੀ ਫ਼ਰਵਰੀ ਮਾਰਚ ਅਪ੍ਰੈਲ ਮਈ ਜੂਨ ਜੁਲਾਈ ਅਗਸਤ ਸਤੰਬਰ ਅਕਤੂਬਰ ਨਵੰਬਰ ਦਸੰਬਰ"),
    "kn_knda": _words("ಜನವರಿ ಫೆಬ್ರವರಿ ಮಾರ್ಚ್ ಏಪ್ರಿಲ್ ಮೇ ಜೂನ್ ಜುಲೈ ಆಗಸ್ಟ್ ಸೆಪ್ಟೆಂಬರ್ ಅಕ್ಟೋಬರ್ ನವೆಂಬರ್ ಡಿಸೆಂಬರ್"),
    "oc": _words("genièr febrièr març abril mai junh julhet agost setembre octòbre novembre decembre"),
    "ay": [
        "chinuqa",
        "anata",
        "achuqa",
        "qasiwi",
        "llamayu",
        "mara t'aqa",
        "anu qarwa",
        "lapak",
        "sata",
        "taypi sata",
        "lapaka",
        "jallu qallta",
    ],
    "xh": _words(
        "EyoMqungu EyoMdumba EyoKwindla UTshazimpuzi UCanzibe EyeSilimela EyeKhala EyeThupha "
        "EyoMsintsi EyeDwarha EyeNkanga EyoMnga"
    ),
    "en": _words("January February March April May June July August September October November December"),
}
assert all(len(m) == 12 for m in MONTHS.values())


def date_in(d: date, lang: str) -> str:
    """A date as a document in `lang` writes it (native digits where the script has them)."""
    m = MONTHS.get(lang, MONTHS["en"])[d.month - 1]
    match lang:
        case "ff_adlm":
            return f"{d.day} {m} {d.year}".translate(str.maketrans(D, ADLAM_D))
        case "bm_nkoo":
            return f"{d.day:02d}.{d.month:02d}.{d.year}".translate(str.maketrans(D, NKO_D))
        case "tzm_tfng":
            return f"{d.day} {m} {d.year}"
        case "cr_cans":
            return f"{m} {d.day}, {d.year}"
        case "syr_syrc":
            return f"{d.day} ܒ{m} {d.year}"
        case "bo_tibt":
            return f"ཕྱི་ལོ་{d.year} ཟླ་{d.month} ཚེས་{d.day}".translate(str.maketrans(D, TIBETAN_D))
        case "pa_guru":
            return f"{d.day} {m} {d.year}".translate(str.maketrans(D, GURMUKHI_D))
        case "kn_knda":
            return f"{d.day} {m} {d.year}".translate(str.maketrans(D, KANNADA_D))
        case "oc":
            return f"lo {d.day} de {m} de {d.year}" if m[0] not in "ao" else f"lo {d.day} d'{m} de {d.year}"
        case "ay":
            return f"{d.day} {m} phaxsi {d.year}"
        case "xh":
            return f"{d.day} {m} {d.year}"
    return f"{m} {d.day}, {d.year}"


def fill(rng: random.Random, pattern: str) -> str:
    return "".join(
        rng.choice(D) if c == "#" else rng.choice("ABCEGHJKLMNPRSTVWXYZ") if c == "@" else c for c in pattern
    )



def _national(rng: random.Random, region: str, town: str, born: date, female: bool) -> P:
    reg = PLACES[region]
    match reg.natid:
        case "gn":
            return P("ID", fill(rng, "GN ### #### ####"))
        case "ml":
            return P("ID", fill(rng, "##############") + rng.choice("ABCDEFGHJK"))
        case "ma":
            return P("ID", rng.choice(["V", "VA", "U", "UA"]) + fill(rng, "######"))
        case "sin":
            return P("SSN", ids.sin(rng))
        case "iq":
            return P("ID", fill(rng, "1998########"))
        case "cn":
            area = next(a for t, _, a in reg.towns if t == town)
            return P("ID", ids.cn_id(rng, area, born, female))
        case "aadhaar":
            return P("ID", ids.aadhaar(rng))
        case "abha":
            return P("ID", ids.abha(rng))
        case "nir":
            return P("SSN", ids.nir(rng, born, female, NIR_DEPT[town]))
        case "bo":
            return P("ID", fill(rng, "#######") + " LP")
        case "za":
            return P("ID", ids.za_id(rng, born, female))
    return P("SSN", ids.ssn(rng))


def full_name(culture: str, given: str, family: str) -> str:
    order = NAMES[culture][3]
    return (
        f"{given}་{family}"
        if order == "gt"
        else f"{given} {family}"
        if order == "gf"
        else f"{family} {given}"
    )


def region_of(culture: str) -> str:
    return NAMES[culture][4]


def _java_double(x: int) -> str:
    """Seconds as Java's Double.toString writes them (BigQuery's JSON for a TIMESTAMP): 1.724563931E9."""
    s = str(x)
    mant = (s[0] + "." + s[1:]).rstrip("0")
    return (mant + "0" if mant.endswith(".") else mant) + f"E{len(s) - 1}"


def person(rng: random.Random, culture: str) -> dict[str, Slot]:
    """One person of `culture` living in its home region, with every slot a template may use."""
    fem, male, fams, _, region = NAMES[culture]
    reg = PLACES[region]
    female = rng.random() < 0.5
    given = rng.choice(fem if female else male)
    fam_pair = rng.choice(fams)
    family = fam_pair[0] if female else fam_pair[1]
    rel_fem = rng.random() < 0.5
    rel_given = rng.choice([g for g in (fem if rel_fem else male) if g != given])
    rel_family = rng.choice([f for f in fams if f != fam_pair])[0 if rel_fem else 1]
    home = US_HOME.get(culture, range(len(reg.towns)))
    t = rng.choice(list(home))
    town, prefix, state = reg.towns[t]
    if region not in ("us", "sk"):
        state = ""
    born = date(1936, 1, 1) + timedelta(days=rng.randrange(365 * 64))
    visit = date(2024, 5, 1) + timedelta(days=rng.randrange(580))
    visit2 = visit + timedelta(days=rng.randrange(2, 30))
    name_of_street = reg.streets[t] if region == "us" else rng.choice(reg.streets)
    street = reg.street.format(s=name_of_street, n=rng.randrange(2, 160)).translate(reg.digits)
    zip_ = fill(rng, reg.postcode.format(p=prefix)).translate(reg.digits) if reg.postcode else ""
    draw = ids.digits(rng, reg.local.count("#"))
    if region == "us":
        draw = US_AREAS[state] + rng.choice("2345678") + draw[4:]
    elif region == "sk":
        draw = rng.choice("2345678") + draw[1:]
    local, intl = fill_same(draw, reg.local).translate(reg.digits), fill_same(draw, reg.intl)
    draw2 = draw[:4] + ids.digits(rng, len(draw) - 4)  # a relative: same area, another number
    if given.isascii() or culture in ("oc", "ay"):
        mailbox = f"{given[0]}{family}".lower().translate(str.maketrans("àèéìòóùïñ", "aeeioouin"))
    else:  # native script: a transliterated mailbox
        mailbox = f"{rng.choice(['pt', 'kl', 'sr', 'mw'])}{rng.randrange(100, 999)}"
    domain = rng.choice(["lakemail.example", "inbox-mail.example", "posta.example", "correo.example"])
    age = rng.randrange(91, 106)  # not 90: "90 or older" would read as the age surviving
    mrn = fill(rng, rng.choice(["WP########", "E#######", "100######", "MR-######"]))
    sec = rng.randrange(6 * 3600, 22 * 3600)
    vis_dt = datetime(visit.year, visit.month, visit.day) + timedelta(seconds=sec)
    epoch = int((vis_dt - datetime(1970, 1, 1)).total_seconds())
    born_ms = int((datetime(born.year, born.month, born.day) - datetime(1970, 1, 1)).total_seconds()) * 1000
    reading2 = vis_dt + timedelta(minutes=5, seconds=rng.randrange(-9, 9))
    return {
        "given": P("NAME", given),
        "family": P("NAME", family),
        "name": P("NAME", full_name(culture, given, family)),
        "NAME_UP": P("NAME", full_name(culture, given, family).upper()),
        "given_up": P("NAME", given.upper()),
        "family_up": P("NAME", family.upper()),
        "name_inv": P("NAME", f"{family}, {given}"),
        "name_inv_up": P("NAME", f"{family}, {given}".upper()),
        "rel": P("NAME", full_name(culture, rel_given, rel_family)),
        "sex": "F" if female else "M",
        "dob": P("DATE", date_in(born, reg.lang)),
        "dob_iso": P("DATE", born.isoformat()),
        "dob_us": P("DATE", f"{born.month:02d}/{born.day:02d}/{born.year}"),
        "dob_us_q": P("DATE", quote_plus(f"{born.month:02d}/{born.day:02d}/{born.year}")),
        "dob_ps": P("DATE", f"{born.month}/{born.day}/{born.year} 12:00:00 AM"),
        "dob_sas": P("DATE", f"{born:%d}{born:%b}{born.year}".upper()),
        "dob_stata": P("DATE", f"{born:%d}{born:%b}{born.year}".lower()),
        "dob_cs": P("DATE", f"{born.year}, {born.month}, {born.day}"),
        "dob_js": P("DATE", f"{born.isoformat()}T00:00:00.000Z"),
        "dob_ms": P("DATE", str(born_ms)),
        "dob_mmddyyyy": P("DATE", f"{born:%m%d%Y}"),
        "age90": P("AGE", str(age)),
        "age_l": P("AGE", str(age).translate(reg.digits)),
        "visit": P("DATE", date_in(visit, reg.lang)),
        "visit2": P("DATE", date_in(visit2, reg.lang)),
        "visit_iso": P("DATE", visit.isoformat()),
        "visit_us": P("DATE", f"{visit:%m/%d/%Y}"),
        "visit_mmddyy": P("DATE", f"{visit:%m%d%y}"),
        "visit2_mmddyy": P("DATE", f"{visit2:%m%d%y}"),
        "visit_ms": P("DATE", str(epoch * 1000)),
        "visit_ts": P("DATE", f"{vis_dt.isoformat()}Z"),
        "visit_local": P("DATE", vis_dt.isoformat()),
        "visit_read2": P("DATE", reading2.isoformat()),
        "visit_bq": P("DATE", _java_double(epoch)),
        "visit_ps": P(
            "DATE", f"{vis_dt.month}/{vis_dt.day}/{vis_dt.year} {vis_dt:%I:%M:%S %p}".replace(" 0", " ")
        ),
        "street": P("ADDRESS", street),
        "street_up": P("ADDRESS", street.upper()),
        "street_q": P("ADDRESS", quote_plus(street)),
        "town": P("ADDRESS", town),
        "town_up": P("ADDRESS", town.upper()),
        "town_q": P("ADDRESS", quote_plus(town)),
        "town_pct": P("ADDRESS", quote(town)),
        "zip": P("ZIP", zip_) if zip_ else "",
        "state": state,
        "phone": P("PHONE", local),
        "phone_q": P("PHONE", quote_plus(local)),
        "e164": P("PHONE", intl),
        "rel_e164": P("PHONE", fill_same(draw2, reg.intl)),
        "email": P("EMAIL", f"{mailbox}{rng.randrange(10, 99)}@{domain}"),
        "natid": _national(rng, region, town, born, female),
        "status_no": P("ID", ids.digits(rng, 10)),
        "ssn": P("SSN", ids.ssn(rng)),
        "mbi": P("HEALTH_PLAN", ids.mbi(rng)),
        "member": P("HEALTH_PLAN", fill(rng, rng.choice(["MCD#########", "W########-02", "NE###-####-##"]))),
        "mrn": P("MRN", mrn),
        "account": P("ACCOUNT", fill(rng, rng.choice(["PCN########", "#########", "HAR-########"]))),
        "npi": P("LICENSE", ids.npi(rng)),
        "license": P("LICENSE", fill(rng, rng.choice(["MD.#######", "01-######", "PA-#####"]))),
        "vin": P("VEHICLE", ids.vin(rng)),
        "plate": P("VEHICLE", fill(rng, rng.choice(["#@@-###", "@@# ####", "###-@@@"]))),
        "transmitter": P("DEVICE", fill(rng, "8@####")),
        "receiver": P("DEVICE", fill(rng, "PG########")),
        "ip": P(
            "IP",
            f"{rng.choice([73, 98, 174, 207])}.{rng.randrange(256)}.{rng.randrange(256)}"
            f".{rng.randrange(1, 255)}",
        ),
        "url": P("URL", f"https://portal.wellpath.example/u/{fill(rng, '@@@##@#@')}".lower()),
        "token": P(
            "CREDENTIAL",
            "glpat-" + "".join(rng.choice(string.ascii_letters + D + "_-") for _ in range(20)),
        ),
    }
