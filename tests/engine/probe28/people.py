# ruff: noqa: E501  (hand-aligned data tables; full-width and CJK characters are intended)
"""People and places of the twenty-eighth probe (addresses and contact details the world over): name
lists, localities and streets invented for this probe (synthetic only), one profile per country.

A country profile holds its name (a keep value), first-level divisions (keep values), its localities below
that level (districts, wards, villages, neighbourhoods: PHI), streets (PHI), a postcode pattern, phone
patterns in national and E.164 form, and an address builder writing the country's own order and
abbreviations. An address is a tuple of pieces: ("ADDRESS", text), ("ZIP", text) or plain text (the
division and punctuation; the country is added by the templates as a keep value).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from tests.engine.probe.people import K, P, Slot

__all__ = ["COUNTRIES", "NAMES", "K", "P", "Person", "Slot", "draw_person", "fill"]

D = "0123456789"
UP = "ABCDEFGHJKLMNPRSTUVWXYZ"


def fill(rng: random.Random, pattern: str) -> str:
    """# a digit, % a digit 2-9, @ an upper-case letter (no I, O, Q), ^ a lower-case letter."""
    out = []
    for ch in pattern:
        out.append(rng.choice(D) if ch == "#" else rng.choice("23456789") if ch == "%" else rng.choice(UP) if ch == "@"
                   else rng.choice("abcdefghkmnprstuvwxyz") if ch == "^" else ch)  # fmt: skip
    return "".join(out)


# culture: (female given, male given, family); family-first cultures write "FAMILY Given"
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "japanese": (["Sawaka", "Tsuyuha", "Himeno"], ["Kazumori", "Tokiharu", "Yoshikage"], ["Okitsugawa", "Shimokubo", "Takanezawa", "Ubukata"]),
    "korean": (["Ha-rim", "Seorin", "Yunseul"], ["Dohyeok", "Jaebin", "Gyeongtae"], ["Gong", "Bang", "Seonu", "Tak"]),
    "chinese": (["Ruoxin", "Yutong", "Xinlan"], ["Zihan", "Haoxuan", "Mingrui"], ["Qiu", "Pyeon", "Zhuo", "Mo"]),
    "taiwanese": (["Yi-hsuan", "Pei-shan", "Hsin-yu"], ["Chih-hao", "Po-ting", "Kuan-lin"], ["Tseng", "Hsieh", "Kuo", "Lai"]),
    "indian": (["Anvitha", "Keerthana", "Lalithamba"], ["Venkatramana", "Raghottam", "Sreenivasulu"], ["Kalluri", "Gundlapalli", "Hiremath", "Bommireddy"]),
    "pakistani": (["Mahnoor", "Zoonia", "Areeba"], ["Shahzaib", "Waqas", "Usama"], ["Sandhuwala", "Kharal", "Khokharzai", "Bhatti"]),
    "filipino": (["Marjoriebeth", "Luzviminda", "Jhennylou"], ["Rustico", "Bongbongito", "Arnulfo"], ["Dagohoy", "Dimasalang", "Lakandula", "Macaraig"]),
    "indonesian": (["Sekarwangi", "Ratnasari", "Anggraini"], ["Sutarjo", "Suharyanto", "Nugrahadi"], ["Sulistyo", "Purwanto", "Kusumawati", "Sastrowardoyo"]),
    "lusophone": (["Francinete", "Josenilda", "Rosineide"], ["Valdemiro", "Edinaldo", "Cleberson"], ["Vasconcelhos-Lins", "Cavalcânti", "Figueiró", "Trindade"]),
    "hispanic": (["Yolotzin", "Anatolia", "Tonalxochitl"], ["Leonel", "Pantaleónides", "Baltazar"], ["Tlacuilotzin", "Echeverri", "Altamirano", "Arizmendi"]),
    "anglo": (["Marigoldine", "Gwendolyth", "Tegan"], ["Alastair", "Ambrosius", "Thaddeusson"], ["Thistlewood", "Pennington", "Haldane", "Ashcombe"]),
    "irish": (["Gormfhlaithín", "Órlaith", "Blánaid"], ["Tiarnán", "Flannán", "Colmcille"], ["Ó Scanláin", "Ní Ghormáin", "Ó Bruadair", "Cuddihy"]),
    "dutch": (["Fenna", "Maartje", "Jikke"], ["Bauke", "Wietse", "Jorrit-Sjuk"], ["Wijngaarde-Kuik", "Tjaarda", "Zwagerman", "Dijkhuizen"]),
    "german": (["Heike", "Froukjetsje", "Ortrun"], ["Gerwalt", "Reinwald", "Wolfhard"], ["Kuhlmann", "Brinkhaus", "Oehlschläger", "Pietsch"]),
    "french": (["Aurélienne", "Nolwennig", "Aliénorine"], ["Gaëtan", "Fulbert", "Théophane"], ["Kerjean", "Le Quiniou", "Chassagne", "Quémeneur-Tanguy"]),
    "italian": (["Filomenella", "Immacolatina", "Agatuzza"], ["Gennaro", "Sasaluzzo", "Calogero"], ["Sangiovanni", "Scarpittone", "Quagliarella", "Buonocore"]),
    "polish": (["Teodozja", "Dobrosława", "Zbysława"], ["Przemyślaw", "Wszebor", "Czesław"], ["Grzybowska", "Jastrzębski", "Chrząszczewska", "Kowalczuk"]),
    "russian": (["Vasilisa", "Snezhana", "Miroslava"], ["Vsevolod", "Gennady", "Rostislav"], ["Mukhina", "Tretyakov", "Zhdanov", "Kolesnikov"]),
    "yoruba": (["Adebimpe", "Omowunmi", "Ifeoluwatobi"], ["Olumuyiwa", "Ayodeleoluwa", "Adebusola"], ["Adegbesan", "Ogunbiyi", "Akinwale", "Oyewumi"]),
    "kikuyu": (["Njambi-Wa", "Wangeci", "Wanjohi-Nduta"], ["Kinyanjui", "Kabuthia", "Gichuru"], ["Gitonga", "Gathogo-Kiragu", "Wainaina", "Ndung'u"]),
    "southafrican": (["Nonhlanhlani", "Nozibusiso", "Annelie"], ["Sibusisiwe", "Thabiso", "Pieter-Jan"], ["Mabuyakhulu", "Sibiya", "Vermeulenhof", "Nkosi"]),
    "arabic": (["Mozah", "Nouf", "Shaikha"], ["Khalifa", "Saeed", "Hazza"], ["Al-Mazrouei", "Al-Zahrani", "Al-Otaibi", "Al-Dhaheri"]),
    "egyptian": (["Nermeen", "Marwa", "Rehab"], ["Mahmoud", "Tamer", "Sherif"], ["Abouzeid-Razek", "El-Sheemy", "Soliman", "Ezzeldin"]),
    "maori": (["Awhina", "Ataahua", "Hinemoa"], ["Tamahiwaki", "Hohepa", "Hemiopa"], ["Te Waiharakeke", "Rangihuna", "Tuhourangi", "Rewiti"]),
}  # fmt: skip
FAMILY_FIRST = {"japanese", "korean", "chinese", "taiwanese"}

EMAIL_DOMAINS = ["gmail.com", "yahoo.co.jp", "naver.com", "qq.com", "outlook.com", "hotmail.fr", "web.de", "mail.ru", "yahoo.com.br"]
IDN_DOMAINS = ["gesundheitspost.de", "почта.рф", "例え.jp", "correo-médico.es", "saúde.com.br", "entrée.fr", "메일.kr", "邮件.中国"]


@dataclass(slots=True)
class Country:
    code: str
    name: str  # keep value
    cultures: list[str]
    divisions: list[str]  # first-level divisions (keep values)
    localities: list[str]  # below the first level (PHI)
    streets: list[str]  # PHI
    postcode: str  # fill() pattern, "" when the country has none
    national: list[str]  # phone patterns
    e164: list[str]
    build: Callable[[random.Random, Country], dict]  # address builder


def A(x: str) -> tuple[str, str]:
    return ("ADDRESS", x)


def Z(x: str) -> tuple[str, str]:
    return ("ZIP", x)


def _jp(rng, c):
    i = rng.randrange(len(c.localities))
    ward, kanji = c.localities[i], JP_KANJI[i]
    chome, blk, go = rng.randint(1, 5), rng.randint(1, 28), rng.randint(1, 19)
    z, div = fill(rng, c.postcode), rng.choice(c.divisions)
    area = rng.choice(c.streets)
    st = f"{chome}-{blk}-{go} {area}"
    one = (A(st), ", ", A(ward), f", {div} ", Z(z))
    kanji_line = ("〒", Z(z), f" {JP_DIV_KANJI[div]} ", A(f"{kanji} {JP_AREA_KANJI[area]}{chome}-{blk}-{go}"))
    return {"one": rng.choice([one, kanji_line]), "multi": (A(st), "\n", A(ward), f", {div} ", Z(z)), "street": st, "loc": ward,
            "zip": z, "div": div}


def _kr(rng, c):
    loc, st, div = rng.choice(c.localities), rng.choice(c.streets), rng.choice(c.divisions)
    z = fill(rng, c.postcode)
    bldg = f"{st} {rng.randint(3, 180)}, {rng.randint(101, 120)}-dong {rng.randint(201, 1804)}-ho"
    return {"one": (f"{div} ", A(loc), " ", A(bldg), " (", Z(z), ")"), "multi": (A(bldg), "\n", A(loc), f", {div} ", Z(z)),
            "street": bldg, "loc": loc, "zip": z, "div": div}


def _cn(rng, c):
    i = rng.randrange(len(c.localities))
    loc, han, div = c.localities[i], CN_HAN[i], rng.choice(c.divisions)
    n, z = rng.randint(2, 688), fill(rng, c.postcode)
    st = f"{rng.choice(c.streets)} {n}, Unit {rng.randint(1, 6)}-{rng.randint(101, 2402)}"
    han_line = (f"{CN_DIV_HAN[div]} ", A(f"{han} 银杏路{n}号"), " 邮编 ", Z(z))
    one = (A(st), ", ", A(loc), f", {div} ", Z(z))
    return {"one": rng.choice([one, han_line]), "multi": (A(st), "\n", A(loc), "\n", f"{div} ", Z(z)), "street": st, "loc": loc,
            "zip": z, "div": div}


def _tw(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.randint(2, 12)}F., No. {rng.randint(3, 260)}, Ln. {rng.randint(5, 90)}, {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", A(loc), f", {div} ", Z(z)), "multi": (A(st), "\n", A(loc), f", {div} ", Z(z)), "street": st,
            "loc": loc, "zip": z, "div": div}


def _in(rng, c):
    loc, st, div, z = rng.choice(c.localities), rng.choice(c.streets), rng.choice(c.divisions), fill(rng, c.postcode)
    house = f"H.No. {rng.randint(1, 40)}-{rng.randint(1, 9)}-{rng.randint(11, 480)}, {st}"
    lm = rng.choice(["near Hanuman temple", "opp. water tank", "behind govt. school"])
    one = (A(house), f", {lm}, ", A(loc), ", Dist. ", A(rng.choice(IN_DISTRICTS)), f", {div} – ", Z(z))
    return {"one": one, "multi": (A(house), f"\n{lm}\n", A(loc), f"\n{div} PIN ", Z(z)), "street": house, "loc": loc, "zip": z, "div": div}


def _pk(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"House {rng.randint(4, 399)}, Street {rng.randint(2, 40)}, {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", A(loc), f", {div} ", Z(z)), "multi": (A(st), "\n", A(loc), "\n", f"{div} ", Z(z)), "street": st,
            "loc": loc, "zip": z, "div": div}


def _ph(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Purok {rng.randint(1, 7)}, {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", A(loc), f", {div} ", Z(z)), "multi": (A(st), "\n", A(loc), "\n", f"{div} ", Z(z)), "street": st,
            "loc": loc, "zip": z, "div": div}


def _id(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Jl. {rng.choice(c.streets)} No. {rng.randint(2, 120)}, RT {rng.randint(1, 12):03d}/RW {rng.randint(1, 9):03d}"
    return {"one": (A(st), ", ", A(loc), f", {div} ", Z(z)), "multi": (A(st), "\n", A(loc), "\n", f"{div} ", Z(z)), "street": st,
            "loc": loc, "zip": z, "div": div}


def _br(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Rua {rng.choice(c.streets)}, nº {rng.randint(12, 1999)}, apto {rng.randint(11, 154)}"
    return {"one": (A(st), " – ", A(loc), f", {div} – CEP ", Z(z)), "multi": (A(st), "\n", A(loc), f" – {div}\nCEP ", Z(z)),
            "street": st, "loc": loc, "zip": z, "div": div}


def _mx(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Calle {rng.choice(c.streets)} {rng.randint(10, 890)} Int. {rng.randint(1, 12)}"
    return {"one": (A(st), ", ", A(loc), ", C.P. ", Z(z), f", {div}"), "multi": (A(st), "\n", A(loc), "\nC.P. ", Z(z), f" {div}"),
            "street": st, "loc": loc, "zip": z, "div": div}


def _ar(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Av. {rng.choice(c.streets)} {rng.randint(100, 4800)}, piso {rng.randint(1, 14)} dto. {rng.choice('ABCDE')}"
    return {"one": (A(st), ", ", Z(z), " ", A(loc), f", {div}"), "multi": (A(st), "\n", Z(z), " ", A(loc), f"\n{div}"), "street": st,
            "loc": loc, "zip": z, "div": div}


def _co(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.choice(c.streets)} # {rng.randint(10, 99)}-{rng.randint(10, 99)}, apto. {rng.randint(101, 1204)}"
    return {"one": (A(st), ", ", A(loc), f", {div}"), "multi": (A(st), "\n", A(loc), f", {div}\nCódigo postal ", Z(z)),
            "street": st, "loc": loc, "zip": z, "div": div}


def _uk(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Flat {rng.randint(1, 12)}, {rng.randint(2, 140)} {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", A(loc), " ", Z(z)), "multi": (A(st), "\n", A(loc), "\n", Z(z)), "street": st, "loc": loc, "zip": z,
            "div": div}


def _ie(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.randint(1, 60)} {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", A(loc), f", Co. {div}, ", Z(z)), "multi": (A(st), "\n", A(loc), f"\nCo. {div}\n", Z(z)),
            "street": st, "loc": loc, "zip": z, "div": div}


def _nl(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.choice(c.streets)} {rng.randint(2, 180)}-{rng.choice(['huis', 'II', 'bis', 'A'])}"
    return {"one": (A(st), ", ", Z(z), " ", A(loc)), "multi": (A(st), "\n", Z(z), "  ", A(loc), f" ({div})"), "street": st, "loc": loc,
            "zip": z, "div": div}


def _de(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.choice(c.streets)} {rng.randint(1, 88)}{rng.choice(['', 'a', 'b'])}, {rng.randint(1, 5)}. OG"
    return {"one": (A(st), ", ", Z(z), " ", A(loc)), "multi": (A(st), "\n", Z(z), " ", A(loc), f"\n{div}"), "street": st, "loc": loc,
            "zip": z, "div": div}


def _fr(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Bât. {rng.choice('ABCD')}, {rng.randint(2, 90)} {rng.choice(['bis', 'ter'])} {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", Z(z), " ", A(loc)), "multi": (A(st), "\n", Z(z), " ", A(loc), " Cedex"), "street": st, "loc": loc,
            "zip": z, "div": div}


def _it(rng, c):
    i = rng.randrange(len(c.localities))
    loc, div, z = c.localities[i], rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Via {rng.choice(c.streets)} {rng.randint(1, 120)}, int. {rng.randint(1, 20)}"
    return {"one": (A(st), " – ", Z(z), " ", A(loc), f" {IT_SIGLA[i]}"), "multi": (A(st), "\n", Z(z), " ", A(loc), f" ({IT_SIGLA[i]})"),
            "street": st, "loc": loc, "zip": z, "div": div}


def _es(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"C/ {rng.choice(c.streets)} {rng.randint(1, 70)}, {rng.randint(1, 8)}º {rng.choice(['izq.', 'dcha.', 'B'])}"
    return {"one": (A(st), ", ", Z(z), " ", A(loc), f" ({div})"), "multi": (A(st), "\n", Z(z), " ", A(loc), f"\n{div}"), "street": st,
            "loc": loc, "zip": z, "div": div}


def _pt(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Travessa {rng.choice(c.streets)}, {rng.randint(3, 200)}, {rng.randint(1, 6)}.º Esq."
    return {"one": (A(st), ", ", Z(z), " ", A(loc)), "multi": (A(st), "\n", Z(z), " ", A(loc), f"\n{div}"), "street": st, "loc": loc,
            "zip": z, "div": div}


def _pl(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"ul. {rng.choice(c.streets)} {rng.randint(2, 140)} m. {rng.randint(1, 60)}"
    return {"one": (A(st), ", ", Z(z), " ", A(loc)), "multi": (A(st), "\n", Z(z), " ", A(loc), f"\nwoj. {div}"), "street": st,
            "loc": loc, "zip": z, "div": div}


def _ru(rng, c):
    i = rng.randrange(len(c.localities))
    loc, cyr, div, z = c.localities[i], RU_CYR[i], rng.choice(c.divisions), fill(rng, c.postcode)
    d, kv = rng.randint(2, 90), rng.randint(3, 240)
    cyr_line = (Z(z), f", {RU_DIV_CYR[div]}, ", A(f"{cyr}, ул. Сиреневая, д. {d}, кв. {kv}"))
    st = f"ul. {rng.choice(c.streets)}, d. {d}, kv. {kv}"
    one = (A(st), ", ", A(loc), f", {div}, ", Z(z))
    return {"one": rng.choice([one, cyr_line]), "multi": (A(st), "\n", A(loc), "\n", f"{div} ", Z(z)), "street": st, "loc": loc,
            "zip": z, "div": div}


def _ng(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.randint(2, 48)} {rng.choice(c.streets)}, off {rng.choice(['Bode Thomas', 'Ring Road', 'Old Airport Road'])}"
    return {"one": (A(st), ", ", A(loc), f", {div} State"), "multi": (A(st), "\n", A(loc), f"\n{div} State ", Z(z)), "street": st,
            "loc": loc, "zip": z, "div": div}


def _ke(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    box = f"P.O. Box {rng.randint(100, 9999)}-{z}"
    st = f"{rng.choice(c.streets)}, House {rng.randint(2, 60)}"
    return {"one": (A(box), ", ", A(loc)), "multi": (A(st), "\n", A(box), "\n", A(loc), f", {div} County"), "street": st, "loc": loc,
            "zip": z, "div": div}


def _za(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.randint(3, 310)} {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", A(loc), ", ", Z(z)), "multi": (A(st), "\n", A(loc), f"\n{div}\n", Z(z)), "street": st, "loc": loc,
            "zip": z, "div": div}


def _eg(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"Bldg {rng.randint(3, 90)}, {rng.choice(c.streets)}, Apt {rng.randint(2, 30)}"
    return {"one": (A(st), ", ", A(loc), f", {div} ", Z(z)), "multi": (A(st), "\n", A(loc), "\n", f"{div} Governorate ", Z(z)),
            "street": st, "loc": loc, "zip": z, "div": div}


def _ae(rng, c):
    loc, div = rng.choice(c.localities), rng.choice(c.divisions)
    st = f"Villa {rng.randint(2, 99)}, Street {rng.randint(3, 44)}, {loc}"
    box = f"P.O. Box {rng.randint(10000, 99999)}"
    return {"one": (A(st), f", {div}"), "multi": (A(st), "\n", A(box), f", {div}"), "street": st, "loc": loc, "zip": box, "div": div,
            "ziptype": "ADDRESS"}


def _sa(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    short = fill(rng, "@@@@####")
    st = f"{rng.randint(1000, 9999)} {rng.choice(c.streets)}"
    return {"one": (A(st), ", ", A(loc), f", {div} ", Z(z)), "multi": ("Short address ", A(short), "\n", A(st), "\n", A(loc), ", ", Z(z)),
            "street": st, "loc": loc, "zip": z, "div": div}


def _au(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = rng.choice([f"Unit {rng.randint(1, 30)}/{rng.randint(2, 190)} {rng.choice(c.streets)}", f"Lot {rng.randint(2, 900)} {rng.choice(c.streets)}"])
    return {"one": (A(st), ", ", A(loc), f" {div} ", Z(z)), "multi": (A(st), "\n", A(loc.upper()), f"  {div}  ", Z(z)), "street": st,
            "loc": loc, "zip": z, "div": div}


def _nz(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = f"{rng.randint(100, 2400)} {rng.choice(c.streets)}, RD {rng.randint(1, 9)}"
    return {"one": (A(st), ", ", A(loc), " ", Z(z)), "multi": (A(st), "\n", A(loc), " ", Z(z), f"\n{div}"), "street": st, "loc": loc,
            "zip": z, "div": div}


def _ca(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = rng.choice([f"{rng.randint(10, 980)}, {rng.choice(c.streets)}, app. {rng.randint(1, 40)}", f"RR {rng.randint(1, 6)}, Site {rng.randint(2, 40)}, Comp {rng.randint(2, 60)}"])
    return {"one": (A(st), ", ", A(loc), f" ({div}) ", Z(z)), "multi": (A(st), "\n", A(loc), f" {div}  ", Z(z)), "street": st, "loc": loc,
            "zip": z, "div": div}


def _us(rng, c):
    loc, div, z = rng.choice(c.localities), rng.choice(c.divisions), fill(rng, c.postcode)
    st = rng.choice([f"RR {rng.randint(1, 5)} Box {rng.randint(10, 400)}", f"PO Box {rng.randint(10, 3999)}", f"{rng.randint(10, 9900)} {rng.choice(c.streets)}"])
    return {"one": (A(st), ", ", A(loc), f", {div} ", Z(z)), "multi": (A(st), "\n", A(loc), f", {div} ", Z(z)), "street": st, "loc": loc,
            "zip": z, "div": div}


JP_KANJI = ["暁ヶ丘区", "朧月町", "鷺沼台", "霞野市"]
JP_AREA_KANJI = {"Kamikazuno": "上数野", "Shiokaze-dori": "潮風通", "Nishi-Hotarubashi": "西蛍橋"}
JP_DIV_KANJI = {"Osaka-fu": "大阪府", "Miyagi-ken": "宮城県", "Nagano-ken": "長野県"}
CN_HAN = ["柳湾区", "青石镇", "鹤鸣街道", "桂溪乡"]
CN_DIV_HAN = {"Sichuan": "四川省", "Zhejiang": "浙江省", "Hubei": "湖北省"}
IT_SIGLA = ["RM", "NA", "TO", "PA"]
RU_CYR = ["Берёзовка", "пос. Сосновый Бор", "Кирпичный", "дер. Малые Ключи"]
RU_DIV_CYR = {"Tverskaya oblast": "Тверская обл.", "Krasnodarskiy kray": "Краснодарский край", "Respublika Tatarstan": "Республика Татарстан"}
IN_DISTRICTS = ["Chikkaballapura", "Ranga Reddy", "Nalgonda"]

COUNTRIES: dict[str, Country] = {c.code: c for c in [
    Country("JP", "Japan", ["japanese"], ["Osaka-fu", "Miyagi-ken", "Nagano-ken"], ["Akatsukigaoka-ku", "Oborozuki-machi", "Saginumadai", "Kasumino-shi"],
            ["Kamikazuno", "Shiokaze-dori", "Nishi-Hotarubashi"], "%##-####", ["0%-####-####", "0%0-####-####"], ["+81 %0-####-####", "+81 % ####-####"], _jp),
    Country("KR", "South Korea", ["korean"], ["Gyeonggi-do", "Jeollanam-do", "Gangwon-do"], ["Dalmaeul-dong", "Soyang-eup", "Byeolmae-myeon"],
            ["Eunhaeng-ro", "Baekdong-gil", "Sonamu-ro 12beon-gil"], "%####", ["010-%###-####", "031-%##-####"], ["+82 10-%###-####"], _kr),
    Country("CN", "China", ["chinese"], ["Sichuan", "Zhejiang", "Hubei"], ["Liuwan District", "Qingshi Town", "Heming Subdistrict", "Guixi Township"],
            ["Yinxing Road", "Lianhua Lane", "Tongzi Street"], "%#####", ["13%-####-####", "028-%###-####"], ["+86 13% #### ####"], _cn),
    Country("TW", "Taiwan", ["taiwanese"], ["Taichung City", "Kaohsiung City", "Hualien County"], ["Xitun Dist.", "Qishan Dist.", "Shoufeng Township"],
            ["Sec. 2, Wenxin Rd.", "Dazhong 3rd St.", "Lane of Jingxian Rd."], "%##0#", ["09##-###-###", "(04) %###-####"], ["+886 9## ### ###"], _tw),
    Country("IN", "India", ["indian"], ["Karnataka", "Telangana", "Andhra Pradesh"], ["Gunjur Palya", "Kothapet Colony", "Bandlaguda Village"],
            ["S/O Venkataiah, 3rd Cross", "Vinayaka Nagar 2nd Main", "Old Mill Layout"], "5%####", ["9%### #####", "080-2%##-####"], ["+91 9%### #####", "+91-7%##-######"], _in),
    Country("PK", "Pakistan", ["pakistani"], ["Punjab", "Sindh", "Khyber Pakhtunkhwa"], ["Mohalla Rehmatpura", "Gulistan-e-Johar Block 9", "Chak 214 RB"],
            ["Sector G-11/3", "Phase 4 Hayatabad", "Samanabad Scheme"], "%####", ["03##-#######", "(042) 3###-####"], ["+92 3## #######"], _pk),
    Country("PH", "Philippines", ["filipino"], ["Cebu", "Iloilo", "Pampanga"], ["Brgy. Tabunok", "Brgy. Calumpang Norte", "Sitio Maligaya"],
            ["Magsaysay Ext.", "Sampalok St.", "Kamagong Lane"], "%###", ["09##-###-####", "(032) %##-####"], ["+63 9## ### ####"], _ph),
    Country("ID", "Indonesia", ["indonesian"], ["Jawa Tengah", "Jawa Timur", "Bali"], ["Kel. Ngadirejo, Kec. Kartasura", "Kel. Pandean, Kec. Umbulharjo", "Desa Sukamulya"],
            ["Melati Wangi", "Kenanga Raya", "Flamboyan Gg. III"], "%####", ["08##-####-####", "(0274) %#####"], ["+62 8## #### ####"], _id),
    Country("BR", "Brazil", ["lusophone"], ["São Paulo", "Pernambuco", "Minas Gerais"], ["Bairro Jardim Itapuã", "Vila Mariquinha", "Boa Viagem Alto"],
            ["Desembargador Otaviano", "das Acácias Amarelas", "Capitão Lustosa"], "%####-###", ["(11) 9####-####", "(81) 3###-####"], ["+55 11 9####-####", "+55 81 9####-####"], _br),
    Country("MX", "Mexico", ["hispanic"], ["Jalisco", "Nuevo León", "Yucatán"], ["Col. Las Jacarandas Oriente", "Alc. Tlacotalpan Viejo", "Fracc. Lomas del Tepeyac"],
            ["Fray Tiburcio", "Paseo de los Ahuehuetes", "Avenida Zapotal"], "%####", ["(33) ####-####", "81 #### ####"], ["+52 1 33 #### ####", "+52 81 #### ####"], _mx),
    Country("AR", "Argentina", ["hispanic"], ["Córdoba", "Mendoza", "Santa Fe"], ["Barrio Alta Córdoba Sur", "Villa Nueva de Guaymallén", "Barrio Candioti"],
            ["Rafael Núñez", "Coronel Plaza", "Bulevar Gálvez"], "@####@@@", ["(011) ####-####", "(0351) %##-####"], ["+54 9 11 ####-####"], _ar),
    Country("CO", "Colombia", ["hispanic"], ["Antioquia", "Cundinamarca", "Valle del Cauca"], ["Barrio Laureles", "Chapinero Alto", "Barrio San Fernando Viejo"],
            ["Carrera 7", "Calle 45B Sur", "Diagonal 32"], "%#####", ["(604) %##-####", "3## ### ####"], ["+57 3## ### ####"], _co),
    Country("UK", "United Kingdom", ["anglo", "indian", "yoruba"], ["England", "Scotland", "Wales"], ["Little Wenham Heath", "Abbotsbury Fold", "Crowmarsh Priory"],
            ["Acacia Avenue", "Tollgate Mews", "Weavers Yard"], "@@% %@@", ["020 7### ####", "07%## ######"], ["+44 7%## ######", "+44 20 7### ####"], _uk),
    Country("IE", "Ireland", ["irish"], ["Cork", "Donegal", "Kerry"], ["Ballinacurra Beg", "Glenmornan", "Knocknagree Cross"],
            ["Bóthar an Mhuilinn", "Chapel Hill Terrace", "Mill Road Upper"], "@%% @@%%", ["08% ### ####", "(021) ### ####"], ["+353 8% ### ####"], _ie),
    Country("NL", "Netherlands", ["dutch"], ["Friesland", "Gelderland", "Zeeland"], ["Oudebildtzijl", "Wezep-Noord", "Serooskerke"],
            ["Hooftstraat", "Kerkepad", "Achterom"], "%### @@", ["06-%#######", "0%0-#######"], ["+31 6 %#######"], _nl),
    Country("DE", "Germany", ["german"], ["Bayern", "Sachsen", "Schleswig-Holstein"], ["Unterhaching-Ost", "Großröhrsdorf", "Kaltenkirchen-Moorhof"],
            ["Musterstr.", "Lindenhofweg", "Am Fischerkamp"], "%####", ["0%## #######", "0151 ########"], ["+49 151 ########", "+49 (0)%# #######"], _de),
    Country("FR", "France", ["french"], ["Bretagne", "Occitanie", "Normandie"], ["Plouzané-Bourg", "Castelnau-d'Estrétefonds", "Saint-Vaast-la-Hougue"],
            ["rue des Cordiers", "impasse du Lavoir", "chemin de la Garenne"], "%####", ["0% ## ## ## ##"], ["+33 % ## ## ## ##", "+33 (0)6 ## ## ## ##"], _fr),
    Country("IT", "Italy", ["italian"], ["Lazio", "Campania", "Piemonte", "Sicilia"], ["Quartiere Trionfale", "Frattamaggiore", "Moncalieri Borgo", "Bagheria Aspra"],
            ["dei Gelsomini", "Pietro Colletta", "del Borghetto"], "%####", ["06 ########", "3## ### ####"], ["+39 3## ### ####"], _it),
    Country("ES", "Spain", ["hispanic"], ["Andalucía", "Galicia", "Aragón"], ["Dos Hermanas", "Ribadavia", "Tarazona"],
            ["del Horno Viejo", "del Pozo Nuevo", "Travesía de la Cruz"], "%####", ["6## ## ## ##", "9## ### ###"], ["+34 6## ### ###"], _es),
    Country("PT", "Portugal", ["lusophone"], ["Norte", "Alentejo", "Algarve"], ["Vila Nova de Famalicão", "Montemor-o-Novo", "Olhão"],
            ["do Carregal", "das Flores Velhas", "da Boavista"], "%###-###", ["9## ### ###", "22# ### ###"], ["+351 9## ### ###"], _pt),
    Country("PL", "Poland", ["polish"], ["mazowieckie", "małopolskie", "pomorskie"], ["Józefów k. Otwocka", "Wieliczka-Krzyszkowice", "Rumia Janowo"],
            ["Słowików", "Kasztanowa", "Władysława Łokietka"], "%#-###", ["5## ### ###", "(22) ### ## ##"], ["+48 5## ### ###"], _pl),
    Country("RU", "Russia", ["russian"], ["Tverskaya oblast", "Krasnodarskiy kray", "Respublika Tatarstan"], ["Beryozovka", "pos. Sosnovy Bor", "Kirpichny", "der. Malye Klyuchi"],
            ["Sirenevaya", "Zavodskaya", "Lesnaya"], "%#####", ["8 (9##) ###-##-##", "8 (4##) ###-##-##"], ["+7 9## ###-##-##"], _ru),
    Country("NG", "Nigeria", ["yoruba"], ["Lagos", "Oyo", "Ogun"], ["Ogba-Ijaiye", "Bodija Estate", "Oke-Ilewo"],
            ["Adeniyi Jones Close", "Olorunsogo Street", "Idi-Ape Lane"], "%#####", ["080# ### ####", "0%0 #### ####"], ["+234 80# ### ####"], _ng),
    Country("KE", "Kenya", ["kikuyu"], ["Kiambu", "Nakuru", "Nyeri"], ["Ruiru Township", "Njoro", "Karatina"],
            ["Kimbo Road", "Gatundu Lane", "Kahawa Sukari Ave"], "00%0#", ["07## ######", "0%0 #######"], ["+254 7## ######"], _ke),
    Country("ZA", "South Africa", ["southafrican"], ["Gauteng", "KwaZulu-Natal", "Western Cape"], ["Soshanguve Block L", "Umlazi V Section", "Kuils River Oos"],
            ["Voortrekker Road", "Ncome Crescent", "Protea Close"], "%###", ["0%# ### ####"], ["+27 8% ### ####"], _za),
    Country("EG", "Egypt", ["egyptian"], ["Giza", "Alexandria", "Qalyubia"], ["Hadayek al-Ahram", "Sidi Bishr Qibli", "Shubra al-Khaymah"],
            ["Mostafa Kamel Street", "el-Nasr Road", "Gamal el-Din Afifi Street"], "%####", ["01# #### ####", "(02) 3### ####"], ["+20 1# #### ####"], _eg),
    Country("AE", "United Arab Emirates", ["arabic"], ["Dubai", "Sharjah", "Abu Dhabi"], ["Al Barsha South 2", "Al Khawaneej", "Mohammed Bin Zayed City"],
            [], "", ["05# ### ####", "04 ### ####"], ["+971 5# ### ####"], _ae),
    Country("SA", "Saudi Arabia", ["arabic"], ["Riyadh Region", "Makkah Region", "Eastern Province"], ["Al Nakheel district", "Al Rawdah district", "Al Faisaliyah district"],
            ["Al Wurud Service Rd", "Al Takhassusi St", "Prince Sultan St"], "1####", ["05# ### ####"], ["+966 5# ### ####"], _sa),
    Country("AU", "Australia", ["anglo", "maori", "filipino"], ["NSW", "VIC", "QLD"], ["Wattle Grove Heights", "Boronia Flat", "Yarrabilba Creek"],
            ["Banksia Parade", "Waratah Close", "Grevillea Circuit"], "%###", ["04## ### ###", "(0%) #### ####"], ["+61 4## ### ###"], _au),
    Country("NZ", "New Zealand", ["maori", "anglo"], ["Waikato", "Canterbury", "Northland"], ["Te Kauwhata", "Ohoka", "Maungakaramea"],
            ["Te Ahu Road", "Kowhai Lane", "Pukeatua Road"], "%###", ["02# ### ####", "(07) %## ####"], ["+64 2# ### ####"], _nz),
    Country("CA", "Canada", ["french", "anglo", "filipino"], ["Québec", "Ontario", "Manitoba"], ["Saint-Jean-de-Matha", "Lac-aux-Sables", "Petawawa Crossing"],
            ["rue des Érables", "Concession Road 9", "chemin du Rang Double"], "@%@ %@%", ["(%##) %##-####", "%##-%##-####"], ["+1 %##-%##-####"], _ca),
    Country("US", "United States", ["anglo", "hispanic", "korean"], ["Montana", "Vermont", "Arkansas"], ["Pickerel Flats", "Sawbuck Hollow", "Lone Heron Crossing"],
            ["Tamarack Trail", "Old Gristmill Road", "Bitterroot Loop"], "5####", ["(%##) %##-####", "%##.%##.####"], ["+1 %##-%##-####"], _us),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    culture: str
    given: str
    family: str
    full: str  # as the culture writes it
    caps: str  # "FAMILY, Given" (forms, passports)
    female: bool
    phone: str  # national format of the person's country
    e164: str
    email: str
    email_idn: str  # an internationalised address
    handle: str  # a messenger ID (Line, WeChat, Telegram)


def _ascii(s: str) -> str:
    import unicodedata

    return "".join(c for c in unicodedata.normalize("NFKD", s.casefold()) if c.isascii() and c.isalnum())


def draw_person(rng: random.Random, used: set[str], country: Country, culture: str | None = None) -> Person:
    """A person of `country` whose name words are not in `used` (then added)."""
    for attempt in range(300):
        cult = culture or rng.choice(country.cultures if attempt < 100 else sorted(NAMES))
        female = rng.random() < 0.5
        fg, mg, fams = NAMES[cult]
        given, family = rng.choice(fg if female else mg), rng.choice(fams)
        words = {w.casefold() for w in f"{given} {family}".replace("-", " ").split() if len(w) >= 3}
        if not words & used:
            used |= words
            break
        culture = None if rng.random() < 0.3 else culture
    else:  # pragma: no cover
        raise RuntimeError("name lists exhausted")
    if cult in FAMILY_FIRST:
        full, caps = f"{family} {given}", f"{family.upper()} {given}"
    else:
        full, caps = f"{given} {family}", f"{family.upper()}, {given}"
    g, f = _ascii(given), _ascii(family)
    local = rng.choice([f"{g}.{f}", f"{f}{g[:2]}{rng.randint(10, 99)}", f"{g}_{f[:5]}"])
    idn_local = rng.choice([given.casefold(), f"{given.casefold()}.{family.casefold().replace(' ', '')}"])
    handle = rng.choice([f"{g}{rng.randint(70, 99)}", f"{f}_{g[:3]}", f"{g}.{f[:4]}{rng.randint(1, 9)}"])
    return Person(cult, given, family, full, caps, female, fill(rng, rng.choice(country.national)),
                  fill(rng, rng.choice(country.e164)), f"{local}@{rng.choice(EMAIL_DOMAINS)}",
                  f"{idn_local.replace(' ', '')}@{rng.choice(IDN_DOMAINS)}", handle)  # fmt: skip
