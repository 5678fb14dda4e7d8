# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the ninety-third probe: clinical running text of Southern Europe and the
Balkans in the local languages and scripts -- Italian, Greek (Greek script), Maltese, Croatian, Serbian (Cyrillic
and Latin), Slovenian, Bosnian, Albanian, Romanian, Bulgarian and Macedonian (Cyrillic), Catalan and Galician
(synthetic only; no real patient, relative or member of staff).

Name words, drawn by the author: rarer given and family names of those peoples (old Sicilian and Venetian given
names, Greek learned names, Maltese forms with ġ ċ ż ħ, Dalmatian, Slavonian, Šumadija and Bosniak names,
Slovene diminutives, Gheg and Tosk names, Moldavian and Wallachian names, Bulgarian and Macedonian village names,
Catalan and Galician double surnames). Every name word was checked against every string of the earlier probes'
people tables (probes 1-90) before any measurement (test_probe93) and replaced when it was there -- which ruled
out most common names of these peoples -- and against the engine's Python-Faker name lists, so that almost none
of them can be looked up (names must be found by context). Combined at random: never a real person.

Names are inflected the way the languages do it, and the whole inflected form is the value: Croatian, Serbian and
Bosnian genitive, dative and instrumental ("Zdravke Vrdoljak", "Tvrtku Brkljačiću", "Hamdijom"), Slovenian
genitive and instrumental ("Lojzeta Čebaška"), Greek genitive and vocative ("της Χρυσάνθης", "κ. Στυλιανέ"),
Albanian definite and genitive forms ("Bardhyli", "e Fluturës"), Romanian genitive of women's names ("Rădiței"),
Bulgarian and Macedonian vocatives ("Гроздане", "Фросино") and feminine family names (-ова, -ева, -ска).

Towns and streets are invented (in each language, with the locative a Slavic preposition needs); regions are real
and plain text. Numbers are random; codice fiscale, Tessera Sanitaria, AMKA, OIB, JMBG, EMŠO, CNP, EGN, DNI and
NIE carry their scheme's check digits (ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe93 import ids
from tests.engine.probe93.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "latin", "plain"]

# culture: (female given, male given, family -- a man's form)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "italian": (["Ottavina", "Santuzza", "Albarosa", "Brunilde", "Generosa", "Vittorina", "Bice", "Giuditta"],
                ["Vitaliano", "Cosimino", "Rosolino", "Arcangelo", "Fulgenzio"],
                ["Tramontana", "Carbonaro", "Lombardozzi", "Sgarbossa", "Bortolozzo", "Vitagliano", "Caputi", "Abbruzzese", "Mangiaracina", "Lanzafame", "Scarpitta", "Giacalone", "Iacobellis", "Cannizzo", "Pizzolato", "Furlanetto"]),
    "greek": (["Χρυσάνθη", "Ευπραξία", "Πηνελόπη", "Θεοπίστη", "Φωτεινή", "Μαργαρίτα", "Ζωίτσα", "Ευθαλία", "Λαμπρινή", "Κυριακούλα"],
              ["Παντελεήμων", "Ευάγγελος", "Αλκιβιάδης", "Επαμεινώνδας", "Πολυχρόνης", "Στυλιανός", "Διονύσιος", "Παρασκευάς", "Αγησίλαος"],
              ["Καραμπελιάς", "Τσιριγώτης", "Μαυρογιάννης", "Χατζηπαναγιώτου", "Λαμπρόπουλος", "Ζαχαρόπουλος", "Κουκουλάκης", "Βλαχογιάννης",
               "Σαρρής", "Μπακογιάννης", "Ξανθόπουλος", "Ντελής", "Γιαννακόπουλος", "Τζαννετάκης"]),
    "maltese": (["Ġużeppina", "Rożarja", "Vitorja", "Kunċetta", "Ġeraldina", "Dolorina", "Ġulja", "Lunzjata", "Ġjanna", "Ċikka"],
                ["Ġużepp", "Ġwann", "Rikardu", "Ġilormu", "Ċenzu", "Ġakbu", "Anġlu", "Benedittu", "Franġisku"],
                ["Theuma", "Chircop", "Gafà", "Frendo", "Ħabela", "Ciappara", "Tonna", "Xiberras", "Camenzuli", "Cuschieri", "Deguara", "Grixti", "Fsadni", "Bonavia", "Gialanze", "Xkembri"]),
    "croatian": (["Zdravka", "Marijeta", "Nediljka", "Anđelka", "Grozdana", "Mislava", "Tonka"], ["Tvrtko", "Nediljko", "Šimun", "Bartul"],
                 ["Brkljačić", "Mrkonjić", "Vuletić", "Tomljenović", "Vukelić", "Cvitković", "Vrdoljak", "Pleština", "Kalebić", "Jelaska", "Prgomet", "Bakula", "Drmić", "Kezić"]),
    "serbian": (["Вукосава", "Стојанка", "Милосава", "Стамена", "Живадинка", "Петрија", "Цмиљка", "Ђурђија"],
                ["Миливоје", "Радосав", "Благоје", "Обрад", "Љубисав", "Момир", "Радивоје", "Витомир", "Живота", "Добривоје", "Станоје", "Велисав"],
                ["Стојиљковић", "Јаћимовић", "Живановић", "Величковић", "Пауновић", "Рајковић", "Тодосијевић", "Стаменковић", "Вељковић",
                 "Ранђеловић", "Пантелић", "Миљковић", "Станојевић"]),
    "slovene": (["Tončka", "Rezka", "Francka", "Malči", "Tilka", "Minka", "Pepca"], ["Peregrin", "Florjan", "Lojze", "Urh", "Ožbolt", "Pankracij", "Lenart", "Polde", "Nace"],
                ["Podgoršek", "Vrtačnik", "Meglič", "Skubic", "Jeraj", "Prosenc", "Brezovar", "Čebašek", "Kunstelj", "Tomažin", "Kržišnik", "Bevk", "Trobec", "Šubic", "Šušteršič"]),
    "bosnian": (["Hajra", "Šefika", "Ajkuna", "Zumreta", "Mevlida", "Hasija", "Fadila", "Nermina"], ["Hamdija", "Sejfudin", "Ćazim", "Šefik", "Redžep", "Muharem", "Džemal"],
                ["Hadžiselimović", "Ćatić", "Mehmedbašić", "Dautbegović", "Karahasanović", "Džaferović", "Kapetanović", "Pašalić", "Huskić", "Omerbegović",
                 "Suljagić", "Mujezinović"]),
    "albanian": (["Drandofile", "Lule", "Flutura", "Hajrije", "Valbona", "Dallëndyshe", "Manushaqe", "Lumturi"], ["Bardhyl", "Gjergj", "Xhevdet", "Pëllumb", "Ylber", "Dashamir"],
                 ["Bajraktari", "Xhaferri", "Qerimaj", "Shkreli", "Mehmetaj", "Gjonbalaj", "Zeneli", "Bushati", "Lleshi", "Prendi", "Kolgjini", "Topalli"]),
    "romanian": (["Dochița", "Rădița", "Chirața", "Zoița", "Axinia"], ["Petrache", "Stoian", "Irimia", "Ioachim", "Sofronie"],
                 ["Chirilă", "Ciobotaru", "Vlădescu", "Hârtopeanu", "Stoicescu", "Ciubotariu", "Tănăsescu", "Păunescu", "Zugravu", "Botezatu", "Prisăcaru",
                  "Cârlan", "Vrânceanu"]),
    "bulgarian": (["Райна", "Стоянка", "Цветанка", "Живка", "Веселина", "Недялка", "Дичка", "Тотка", "Ценка", "Латинка"],
                  ["Гроздан", "Благой", "Пенчо", "Райко", "Цоньо", "Делчо", "Найден", "Кунчо", "Цанко", "Ганчо"],
                  ["Ганчев", "Райков", "Кирязов", "Бояджиев", "Каракачанов", "Чолаков", "Тошев", "Въжаров", "Гюров", "Чобанов", "Кехайов", "Шишков", "Бакърджиев", "Хаджиев", "Дюлгеров", "Мутафов", "Калпакчиев", "Арабаджиев", "Куртев", "Сарафов", "Тютюнджиев"]),
    "macedonian": (["Цвета", "Вангелија", "Костадинка", "Ленче", "Фросина", "Трајанка", "Ѓурѓа", "Симонида"], ["Ѓорѓи", "Стевче", "Методија", "Наум", "Кочо", "Стојче", "Цане", "Диме", "Пецо", "Тоде"],
                   ["Талевски", "Чалоски", "Трпески", "Бужаровски", "Мојсовски", "Сековски", "Ѓорѓиевски", "Поповски", "Велјановски", "Анчевски", "Силјановски", "Блажевски", "Кочоски", "Ташевски", "Јанкуловски", "Тасевски", "Чаловски", "Карафиловски"]),
    "catalan": (["Dolors", "Fina", "Sió", "Txell", "Elisenda", "Joaquima", "Isidra", "Ramoneta"], ["Bartomeu", "Climent", "Segimon", "Cebrià", "Pancraç", "Fortià", "Martirià"],
                ["Soldevila", "Roigé", "Castellví", "Cardús", "Monegal", "Badosa", "Bonvehí", "Cabanyes", "Fontcuberta", "Sunyer", "Masdéu", "Farrés", "Cuscó",
                 "Vidiella", "Escarré", "Rigau", "Sitjà", "Teixidó", "Vallverdú"]),
    "galician": (["Balbina", "Xertrudes", "Ledicia", "Comba", "Aldara", "Icía", "Xesusa"], ["Xacobe", "Fuco", "Xerardo", "Xulio", "Ourente", "Xermán", "Anxel"],
                 ["Fraguela", "Bouzas", "Figueiroa", "Cotelo", "Mouriño", "Lamela", "Cabaleiro", "Entenza", "Orosa", "Touceda", "Insua", "Gende", "Meixide",
                  "Pereiro", "Aboal", "Outón"]),
}  # fmt: skip

# Greek given names: (genitive, vocative) -- the accent moves, so they are written out
GREEK_GIVEN = {"Παντελεήμων": ("Παντελεήμονος", "Παντελεήμονα"), "Ευάγγελος": ("Ευαγγέλου", "Ευάγγελε"), "Αλκιβιάδης": ("Αλκιβιάδη", "Αλκιβιάδη"),
               "Επαμεινώνδας": ("Επαμεινώνδα", "Επαμεινώνδα"), "Πολυχρόνης": ("Πολυχρόνη", "Πολυχρόνη"), "Στυλιανός": ("Στυλιανού", "Στυλιανέ"),
               "Διονύσιος": ("Διονυσίου", "Διονύσιε"), "Παρασκευάς": ("Παρασκευά", "Παρασκευά"), "Αγησίλαος": ("Αγησιλάου", "Αγησίλαε")}  # fmt: skip
# Slovene family names whose stem drops or adds a letter before an ending
SLOVENE_STEM = {"Podgoršek": "Podgoršk", "Čebašek": "Čebašk", "Kunstelj": "Kunstlj", "Brezovar": "Brezovarj"}

_SR = dict(zip("абвгдђежзијклљмнњопрстћуфхцчџшАБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ",
               ["a", "b", "v", "g", "d", "đ", "e", "ž", "z", "i", "j", "k", "l", "lj", "m", "n", "nj", "o", "p", "r", "s", "t", "ć", "u", "f", "h", "c", "č", "dž", "š",
                "A", "B", "V", "G", "D", "Đ", "E", "Ž", "Z", "I", "J", "K", "L", "Lj", "M", "N", "Nj", "O", "P", "R", "S", "T", "Ć", "U", "F", "H", "C", "Č", "Dž", "Š"], strict=True))  # fmt: skip
_ASCII = {**{k: v for k, v in _SR.items()}, "ъ": "a", "щ": "sht", "ю": "yu", "я": "ya", "й": "y", "ѓ": "gj", "ќ": "kj", "ѕ": "dz", "ж": "zh", "ш": "sh", "ч": "ch", "ц": "ts",
          "х": "h", "α": "a", "β": "v", "γ": "g", "δ": "d", "ε": "e", "ζ": "z", "η": "i", "θ": "th", "ι": "i", "κ": "k", "λ": "l", "μ": "m", "ν": "n", "ξ": "x",
          "ο": "o", "π": "p", "ρ": "r", "σ": "s", "ς": "s", "τ": "t", "υ": "y", "φ": "f", "χ": "ch", "ψ": "ps", "ω": "o", "ġ": "g", "ċ": "c", "ż": "z", "ħ": "h",
          "đ": "dj", "ł": "l", "ë": "e", "ç": "c"}  # fmt: skip


def latin(s: str) -> str:
    """Serbian Cyrillic written in Serbian Latin (the gajica) -- the same name in the other script."""
    return "".join(_SR.get(c, c) for c in s)


def plain(s: str) -> str:
    """ASCII letters of a name part, for an e-mail address or a login."""
    s = "".join(c for c in unicodedata.normalize("NFD", s.lower()) if not unicodedata.combining(c))
    s = "".join(_ASCII.get(c, c) for c in unicodedata.normalize("NFC", s))
    return "".join(c for c in unicodedata.normalize("NFKD", s) if c.isascii() and c.isalnum())


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    lang: str
    regions: dict[
        str, tuple[tuple[str, str], ...]
    ]  # region -> invented towns (nominative, locative / "in" form)
    streets: tuple[str, ...]
    zips: str
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


def _t(*towns: str) -> tuple[tuple[str, str], ...]:
    return tuple((t.split("|")[0], t.split("|")[-1]) for t in towns)


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("IT", "it", {"Puglia": _t("Torre Scaglione", "Casalpiano Murgese"), "Sicilia": _t("Borgo Ficodindia", "Rocca Sanfratellese"),
                     "Veneto": _t("Villabruna Veneta", "Ponte delle Ortiche")},
        ("Via dei Carrettieri %#", "Vicolo Lanternai %", "Piazzetta del Sale %#", "Via Fornaci Vecchie %#/@"), "#####",
        ("3^# ### ####", "+39 3^# #######", "0^# ######"), ("libero.it", "virgilio.it", "tiscali.it", "alice.it"), ("italian",)),
    Loc("GR", "el", {"Κρήτη": _t("Άνω Λακκώματα", "Καστελλοχώρι Μεραμβέλλου"), "Ήπειρος": _t("Δρυμοχώρι Ζαγορίου", "Κάτω Βρυσούλα"),
                     "Θεσσαλία": _t("Μυλοκάστρο Αγιάς", "Νέα Καρυδίτσα")},
        ("Ανεμόμυλων %#", "Πλατανιώτισσας %#", "Λεωφ. Καπνεργατών %##", "Μυλοποτάμου %#"), "%## ##",
        ("69^ ### ####", "+30 69^#######", "2^## 0#####"), ("gmail.com", "otenet.gr", "yahoo.gr", "hol.gr"), ("greek",)),
    Loc("MT", "mt", {"Malta": _t("Ħal Bajjada", "Marsa Żgħira"), "Għawdex": _t("Ta' Ħamrija", "Xagħra ta' Fuq")},
        ("Triq il-Bedwin %#", "Triq ta' Xlejli, Flat %", "Sqaq il-Karrubi %", "Triq il-Merżuq %#"), "@@@ %###",
        ("79^# ####", "99^# ####", "+356 21^# ####"), ("gmail.com", "maltanet.net", "onvol.net", "yahoo.com"), ("maltese",)),
    Loc("HR", "hr", {"Dalmacija": _t("Donji Kamenjarac|Donjem Kamenjarcu", "Slivnica Gornja|Slivnici Gornjoj"),
                     "Slavonija": _t("Bukovačke Jarice|Bukovačkim Jaricama", "Mala Jelšica|Maloj Jelšici"), "Istra": _t("Vrhovac Pazinski|Vrhovcu Pazinskom")},
        ("Kamenarska ulica %#", "Put solana %#", "Ulica bačvara %#@", "Obala ribara %#"), "%####",
        ("09^ ### ####", "+385 9^ ### ####", "02^/###-###"), ("gmail.com", "net.hr", "t-com.hr", "inet.hr"), ("croatian",)),
    Loc("RS", "sr", {"Шумадија": _t("Горња Јасеница Мала|Горњој Јасеници Малој", "Стублина Доња|Стублини Доњој"),
                     "Поморавље": _t("Врбовац Поморавски|Врбовцу Поморавском", "Трешњевица Стара|Трешњевици Старој")},
        ("Улица грнчара %#", "Ковачка %##", "Воденичарска %#", "Пут ћерамиџија %#"), "%####",
        ("06^ ### ####", "+381 6^ #######", "03^ ###-###"), ("gmail.com", "eunet.rs", "mts.rs", "open.telekom.rs"), ("serbian",)),
    Loc("RSL", "sr-Latn", {"Vojvodina": _t("Čenejski Salaši|Čenejskim Salašima", "Mokrin Bački|Mokrinu Bačkom"),
                           "Zlatibor": _t("Rožanstvo Gornje|Rožanstvu Gornjem", "Šljivovica Donja|Šljivovici Donjoj")},
        ("Ulica vodeničara %#", "Salašarska %##", "Kolarska %#", "Put sušara %#"), "%####",
        ("06^ ### ####", "+381 6^ #######", "02^ ###-###"), ("gmail.com", "eunet.rs", "sbb.rs", "yahoo.com"), ("serbian",)),
    Loc("SI", "sl", {"Gorenjska": _t("Spodnja Mlinica|Spodnji Mlinici", "Zgornje Trnišče|Zgornjem Trnišču"),
                     "Dolenjska": _t("Mala Hrastovica|Mali Hrastovici", "Gorenje Podlesje|Gorenjem Podlesju")},
        ("Kovaška pot %#", "Ulica mlinarjev %#@", "Pot na Gmajno %#", "Brunarska cesta %##"), "%###",
        ("04^ ### ###", "+386 4^ ### ###", "0^ ### ## ##"), ("gmail.com", "siol.net", "t-2.net", "amis.net"), ("slovene",)),
    Loc("BA", "bs", {"Zeničko-dobojski kanton": _t("Kamenolom Gornji|Kamenolomu Gornjem", "Lišnica Donja|Lišnici Donjoj"),
                     "Tuzlanski kanton": _t("Solarevo Polje|Solarevom Polju", "Mramorje Malo|Mramorju Malom")},
        ("Ulica kazandžija %#", "Mejdanska %#", "Sokak kujundžija %#", "Put ćilimara %##"), "7####",
        ("06^ ### ###", "+387 6^ ### ###", "03^ ### ###"), ("gmail.com", "bih.net.ba", "hotmail.com", "lol.ba"), ("bosnian",)),
    Loc("AL", "sq", {"Qarku i Shkodrës": _t("Fshati Lisnajë", "Bregu i Zi"), "Qarku i Korçës": _t("Kodër Mullinj", "Ullishtë e Vogël")},
        ("Rruga e Bletarëve, nr. %#", "Lagjja Ullishte, Pallati %#", "Rruga Kovaçët, nr. %##", "Rruga e Mullixhinjve %#"), "%###",
        ("06^ ### ####", "+355 6^ ### ####", "02^ ## ###"), ("gmail.com", "yahoo.com", "abissnet.al", "hotmail.com"), ("albanian",)),
    Loc("RO", "ro", {"Vaslui": _t("Pârâul Mierii", "Dealu Ciorii"), "Teleorman": _t("Lunca Fântânelor", "Vadu Sălciilor")},
        ("Str. Dogarilor nr. %#", "Str. Cărămidari nr. %#, bl. @%, ap. %#", "Aleea Olarilor nr. %##", "Str. Morărițelor nr. %#"), "%#####",
        ("07^# ### ###", "+40 7^# ### ###", "02^# ### ###"), ("yahoo.com", "gmail.com", "yahoo.ro", "rdslink.ro"), ("romanian",)),
    Loc("BG", "bg", {"Ловеч": _t("Горни Лъкавец", "Стара Смокинова"), "Кърджали": _t("Долни Хвойнак", "Тютюнлиево")},
        ("ул. „Грънчарска“ № %#", "ж.к. Тополица, бл. %##, вх. @", "ул. „Кожухарска“ № %##", "ул. „Медникарска“ № %#"), "%###",
        ("08^ ### ####", "+359 8^ ### ####", "06^ ## ## ##"), ("abv.bg", "mail.bg", "gmail.com", "dir.bg"), ("bulgarian",)),
    Loc("MK", "mk", {"Пелагониски регион": _t("Долно Лукарево", "Горна Смилевица"), "Источен регион": _t("Тутунско Поле", "Ќерамиди")},
        ("ул. „Ковачка“ бр. %#", "ул. Ќерамидарска бр. %#", "ул. „Абаџиска“ бр. %##", "ул. Воденичарска бр. %#"), "%###",
        ("07^ ### ###", "+389 7^ ### ###", "04^ ### ###"), ("gmail.com", "t-home.mk", "yahoo.com", "mt.net.mk"), ("macedonian",)),
    Loc("CAT", "ca", {"Lleida": _t("La Pobla de Rocafosca", "Vilanova de les Garrigues Altes"), "Girona": _t("Sant Grau de la Bòbila", "Castellfred d'Empordà")},
        ("C/ dels Teixidors, %#", "Pg. de la Farga, %##", "C/ de la Bòbila, %#, baixos", "Ptge. dels Sabaters, %#"), "%####",
        ("6^# ## ## ##", "+34 6^# ### ###", "97^ ## ## ##"), ("gmail.com", "hotmail.com", "telefonica.net", "yahoo.es"), ("catalan", "galician")),
    Loc("GAL", "gl", {"A Coruña": _t("Cortegada de Arriba", "San Breixo de Lamas"), "Lugo": _t("Vilarpandín", "Pedrouzos de Abaixo")},
        ("Rúa dos Ferreiros, %#", "Lugar de Pedrouzos, %#", "Rúa da Fonte Vella, %#, %º", "Camiño dos Muíños, %##"), "%####",
        ("6^# ### ###", "+34 6^# ## ## ##", "98^ ## ## ##"), ("gmail.com", "hotmail.com", "mundo-r.com", "yahoo.es"), ("galician", "catalan")),
]}  # fmt: skip
ZIP_FIRST = {"IT": {"Puglia": "7", "Sicilia": "9", "Veneto": "3"}, "HR": {"Dalmacija": "2", "Slavonija": "3", "Istra": "5"}, "CAT": {"Lleida": "25", "Girona": "17"},
             "GAL": {"A Coruña": "15", "Lugo": "27"}}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
    second: str  # a Catalan / Galician second family name ("" elsewhere)
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    email: str
    line: str
    town: str
    town_in: str
    postcode: str
    ids: dict[str, str] = field(default_factory=dict)

    @property
    def fam(self) -> str:
        if not self.second:
            return self.family
        return (
            f"{self.family} i {self.second}"
            if self.loc.code == "CAT" and self.culture == "catalan"
            else f"{self.family} {self.second}"
        )


def words(name: str) -> set[str]:
    return {w.casefold() for w in name.replace("-", " ").replace("'", " ").split() if len(w) >= 3}


def feminine(family: str, culture: str) -> str:
    """A woman's form of a family name: Bulgarian -ова / -ева, Macedonian -ска, Greek genitive forms."""
    if culture == "bulgarian":
        return family + "а"
    if culture == "macedonian":
        return family[:-1] + "а" if family.endswith("и") else family + "а"
    if culture == "greek":
        if family.endswith("όπουλος"):
            return family[: -len("όπουλος")] + "οπούλου"
        if family.endswith(("ης", "ής", "ας", "άς")):
            return family[:-1]
    return family


def _cyr(s: str) -> bool:
    return any("\u0400" <= c <= "\u04ff" for c in s)


def _end(word: str, latin_end: str, cyr_end: str) -> str:
    return cyr_end if _cyr(word) else latin_end


def slavic(word: str, case: str, female: bool, *, family: bool, slovene: bool = False) -> str:
    """Genitive ('gen'), dative ('dat') or instrumental ('ins') of a South Slavic name (BCS or Slovene)."""
    a, e, i, o, u = (
        _end(word, x, y) for x, y in (("a", "а"), ("e", "е"), ("i", "и"), ("o", "о"), ("u", "у"))
    )
    last = word[-1]
    if last in "aа":  # Zdravka, Hamdija, Pleština, Живота
        return word[:-1] + {"gen": e, "dat": i, "ins": (o if slovene else o + _end(word, "m", "м"))}[case]
    if female:  # a woman's family name ending in a consonant, Malči, Lule: not declined
        return word
    stem = SLOVENE_STEM.get(word, word)
    if (
        last in "eеoо" and not family
    ):  # Lojze -> Lojzeta (Slovene); Миливоје -> Миливоја, Tvrtko -> Tvrtka (BCS)
        stem = word + "t" if slovene and last == "e" else word[:-1]
    if last in "iи" and not family:  # Tonći -> Tonćija
        stem = word + _end(word, "j", "ј")
    soft = stem[-1] in "ćčšžjđcћчшжјђц" or stem.endswith(("lj", "nj", "љ", "њ"))
    ins = (e if soft and not slovene else o) + _end(word, "m", "м")
    return stem + {"gen": a, "dat": u, "ins": ins}[case]


def greek(word: str, case: str, female: bool, *, family: bool) -> str:
    """Genitive ('gen') or vocative ('voc') of a Greek name (a woman's family name does not change)."""
    if not family and word in GREEK_GIVEN:
        return GREEK_GIVEN[word][0 if case == "gen" else 1]
    if female:
        return word if family else (word + "ς" if case == "gen" else word)
    if word.endswith("όπουλος"):
        return word[: -len("όπουλος")] + ("οπούλου" if case == "gen" else "όπουλε")
    if word.endswith("ος"):
        return word[:-2] + ("ου" if case == "gen" else "ε")
    if word.endswith(("ης", "ής", "ας", "άς")):
        return word[:-1]
    return word


def albanian(word: str, case: str, female: bool) -> str:
    """Definite nominative ('def') or genitive-dative ('gen') of an Albanian given name."""
    if female:
        if word.endswith("a"):
            return word if case == "def" else word[:-1] + "ës"
        if word.endswith("e"):
            return word[:-1] + ("ja" if case == "def" else "es")
        return word + ("a" if case == "def" else "së")
    return word + ("i" if case == "def" else "it")


@dataclass(frozen=True, slots=True)
class Forms:
    gen: str  # "of": the whole name in the genitive (or the language's "of" form)
    dat: str
    ins: str
    voc: str  # the given name as one addresses its bearer
    gdef: str  # the Albanian definite given name (the given name elsewhere)


def forms(w: Person) -> Forms:
    g, f, c = w.given, w.fam, w.culture
    if c in ("croatian", "serbian", "bosnian", "slovene"):
        sl = c == "slovene"
        gs, fs = (
            (slavic(g, k, w.female, family=False, slovene=sl) for k in ("gen", "dat", "ins")),
            (slavic(f, k, w.female, family=True, slovene=sl) for k in ("gen", "dat", "ins")),
        )
        (gg, gd, gi), (fg, fd, fi) = list(gs), list(fs)
        return Forms(f"{gg} {fg}", f"{gd} {fd}", f"{gi} {fi}", g, g)
    if c == "greek":
        return Forms(f"{greek(g, 'gen', w.female, family=False)} {greek(f, 'gen', w.female, family=True)}", w.given + " " + f, w.given + " " + f,
                     greek(g, "voc", w.female, family=False), g)  # fmt: skip
    if c == "albanian":
        return Forms(
            f"{albanian(g, 'gen', w.female)} {f}",
            f"{albanian(g, 'gen', w.female)} {f}",
            f"{g} {f}",
            g,
            albanian(g, "def", w.female),
        )
    if c == "romanian":
        gen = (g[:-1] + "ei" if g.endswith("a") else g) if w.female else g
        return Forms(f"{gen} {f}", f"{gen} {f}", f"{g} {f}", g, g)
    if c in ("bulgarian", "macedonian"):
        voc = g
        if not w.female and g[-1] not in "оеийаО":
            voc = g + "е"
        elif w.female and c == "macedonian" and g.endswith("а"):
            voc = g[:-1] + "о"
        return Forms(f"{g} {f}", f"{g} {f}", f"{g} {f}", voc, g)
    return Forms(f"{g} {f}", f"{g} {f}", f"{g} {f}", g, g)


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, age_days: tuple[int, int], culture: str | None = None,
                family: str | None = None, double: bool = False) -> Person:  # fmt: skip
    """One synthetic person of `loc`; no name word of an earlier person of the document (`used`) again."""
    culture = culture or rng.choice(loc.cultures)
    female = rng.random() < 0.5
    fs, ms, fams = NAMES[culture]
    pool = [g for g in (fs if female else ms) if not words(g) & used]
    if not pool:  # a short list of one sex: the person is of the other
        female = not female
        pool = [g for g in (fs if female else ms) if not words(g) & used]
    given = rng.choice(pool)
    used |= words(given)
    allfams = [x for cu in (culture, *loc.cultures) for x in NAMES[cu][2]]
    if family is None:
        family = rng.choice(
            [x for x in fams if not words(x) & used] or [x for x in allfams if not words(x) & used]
        )
    used |= words(family)
    second = ""
    if double and culture in ("catalan", "galician"):
        second = rng.choice([x for x in allfams if not words(x) & used])
        used |= words(second)
    family = feminine(family, culture) if female else family
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = plain(given), plain(family)
    email = (
        rng.choice(
            [f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}"]
        )
        + "@"
        + rng.choice(loc.mails)
    )
    region = rng.choice(list(loc.regions))
    town, town_in = rng.choice(loc.regions[region])
    line = fill(rng, rng.choice(loc.streets))
    if loc.code == "CAT" and "Farga" in line:
        line += f", {rng.randint(1, 5)}r {rng.randint(1, 4)}a"
    if latin_loc(loc):
        given, family, second = latin(given), latin(family), latin(second)
    w = Person(given, family, second, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), email, line, town, town_in,
               postcode(rng, loc, region))  # fmt: skip
    w.ids = identifiers(rng, w)
    return w


def latin_loc(loc: Loc) -> bool:
    return loc.code == "RSL"


def postcode(rng: random.Random, loc: Loc, region: str) -> str:
    first = ZIP_FIRST.get(loc.code, {}).get(region, "")
    if loc.code == "MT":
        return fill(rng, "@@@ %###").replace(" ", " ")
    return first + fill(rng, loc.zips[len(first) :]) if first else fill(rng, loc.zips)


def identifiers(rng: random.Random, w: Person) -> dict[str, str]:
    """nat: the national personal number; hp: the health-insurance number; mrn: the hospital's record number."""
    c, dob, fem = w.loc.code, w.dob, w.female
    nat = {
        "IT": lambda: ids.codice_fiscale(rng, w.given, w.family, dob, fem),
        "GR": lambda: ids.amka(rng, dob),
        "MT": lambda: ids.malta_id(rng),
        "HR": lambda: ids.oib(rng),
        "RS": lambda: ids.jmbg(rng, dob, fem, "RS"),
        "RSL": lambda: ids.jmbg(rng, dob, fem, "RS"),
        "SI": lambda: ids.jmbg(rng, dob, fem, "SI"),
        "BA": lambda: ids.jmbg(rng, dob, fem, "BA"),
        "AL": lambda: ids.albania_nid(rng, dob, fem),
        "RO": lambda: ids.cnp(rng, dob, fem),
        "BG": lambda: ids.egn(rng, dob, fem),
        "MK": lambda: ids.jmbg(rng, dob, fem, "MK"),
        "CAT": lambda: ids.dni(rng) if rng.random() < 0.8 else ids.nie(rng),
        "GAL": lambda: ids.dni(rng),
    }[c]()
    hp = {
        "IT": lambda: ids.tessera(rng),
        "GR": lambda: fill(rng, "%##########"),  # ΕΚΑΑ / EOPYY member number (the AMKA is the national one)
        "MT": lambda: fill(rng, "%######"),
        "HR": lambda: fill(rng, "%########"),  # HZZO MBO
        "RS": lambda: fill(rng, "%##########"),  # RFZO LBO
        "RSL": lambda: fill(rng, "%##########"),
        "SI": lambda: fill(rng, "%########"),  # ZZZS
        "BA": lambda: fill(rng, "%#########"),
        "AL": lambda: fill(rng, "%##########"),
        "RO": lambda: "80642" + fill(rng, "###############"),  # CNAS card
        "BG": lambda: fill(rng, "%#########"),
        "MK": lambda: fill(rng, "%###########"),  # FZOM
        "CAT": lambda: (
            plain(w.family)[:4].upper().ljust(4, "X") + f"{1 if fem else 0}{dob:%y%m%d}" + fill(rng, "###")
        ),  # CatSalut CIP
        "GAL": lambda: plain(w.family)[:4].upper().ljust(4, "X") + f"{dob:%y%m%d}" + fill(rng, "####"),  # TIS
    }[c]()
    mrn = fill(rng, rng.choice(["%######", "%#######", "%##/###"]) if c not in ("CAT", "GAL") else "%######")
    return {"nat": nat, "hp": hp, "mrn": mrn}
