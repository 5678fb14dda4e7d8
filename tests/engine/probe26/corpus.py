# ruff: noqa: E501  (hand-aligned templates)
"""Twenty-sixth independent probe corpus: names, places and dates in languages that inflect them.

38 labelled documents in 19 kinds per seed, two of each, written in Polish, Czech, Slovak, Russian,
Ukrainian, Lithuanian, Latvian, Finnish, Estonian, Hungarian, Turkish, Greek, Icelandic, German, Hebrew,
Arabic, and an English interpreter's note quoting Basque and Irish records: discharge and referral letters,
nursing handovers, SMS and messenger chats, portal messages, ambulance and police reports, insurance
letters, e-prescriptions (one JSON). Names appear in the case the sentence needs (genitive after "of",
dative after "to", instrumental/comitative after "with", accusative as object; Finnish -n/-lle/-lta/-a,
Hungarian -nak/-val/-t, Turkish 'ın/'a/'la, Basque -ren/-ri/-rekin/-k, Irish lenition, Hebrew and Arabic
prefixed letters), towns in their "in" and "from" forms ("w Wąchocku", "Tampereelta", "Debrecenben",
"Gerze'de", "בנהריה", "i gCorcaigh"), dates in each language's own way ("3 stycznia 2024", "15. března
2023", "12 марта 2024", "2024. március 5-én", "2024 m. kovo 5 d.").

Labelling policy (decided before any measurement):
- NAME: every person (patients, relatives, clinicians) exactly as written, inflected form included; a
  Turkish apostrophe suffix ("Yılmaz'a"), a Hebrew/Arabic prefix letter ("לאביטל", "وصهيب") and a Hungarian
  "-né" are part of the labelled token; titles and honorifics (pani, paní, Herrn, κ., dr., doktor, Frau,
  bean) are plain text.
- ADDRESS: street line; a town in whatever case it takes, without its preposition ("w «Wąchocku»",
  "i «gCorcaigh»" keeps the eclipsis letter, which is part of the word). ZIP: postcode.
- DATE: every date more specific than a year, the whole date phrase as written ("2024 m. kovo 5 d.",
  "2024. március 5-én", "5 במרץ 2024"); a trailing "r."/"г."/"р." abbreviation of "year" is plain text.
- AGE: ages of 90 or more: a token with a fused or hyphenated suffix whole ("92-letnia", "93letá",
  "94-vuotias", a number word such as "dziewięćdziesięciodwuletnia"); when the age word is separate
  ("92 éves", "92 yaşında", "92 metų") only the number. Ages under 90 are keep values, whole.
- ID: national identifiers (PESEL, rodné číslo, henkilötunnus, isikukood, TAJ, TC Kimlik, СНИЛС, ...);
  MRN: hospital record numbers; PHONE; EMAIL.
- Keep: hospital and department names, drugs with doses, lab values with units, ICD-10 codes, a weekday,
  a month alone (in a form or month different from the document's dates), a year alone, ages under 90,
  countries, first-level regions (voivodeship, kraj, oblast, il, Land, maakond), and inflected common
  nouns that open a sentence ("Pacjentkę", "Potilaalla", "Hastanın", ...).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).

Labelling fix after the first measurement (engine-independent, see test_probe26): the keep month no longer
stands next to the keep year ("Im Dezember 2018" is a date more specific than a year); it now appears in a
recurring phrase ("die Grippeimpfung erfolgt jeweils im Dezember") and the year alone elsewhere.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe26 import ids
from tests.engine.probe26.people import (
    MAIL,
    PHONES,
    POSTCODES,
    STREETS,
    TOWNS,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

TODAY = date(2024, 10, 1)

# ---- dates --------------------------------------------------------------------------------------------

MONTHS = {
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "cs": "ledna února března dubna května června července srpna září října listopadu prosince",
    "sk": "januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
    "ru": "января февраля марта апреля мая июня июля августа сентября октября ноября декабря",
    "uk": "січня лютого березня квітня травня червня липня серпня вересня жовтня листопада грудня",
    "lt": "sausio vasario kovo balandžio gegužės birželio liepos rugpjūčio rugsėjo spalio lapkričio gruodžio",
    "lv": "janvārī februārī martā aprīlī maijā jūnijā jūlijā augustā septembrī oktobrī novembrī decembrī",
    "fi": "tammikuuta helmikuuta maaliskuuta huhtikuuta toukokuuta kesäkuuta heinäkuuta elokuuta syyskuuta lokakuuta marraskuuta joulukuuta",
    "et": "jaanuaril veebruaril märtsil aprillil mail juunil juulil augustil septembril oktoobril novembril detsembril",
    "hu": "január február március április május június július augusztus szeptember október november december",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "he": "בינואר בפברואר במרץ באפריל במאי ביוני ביולי באוגוסט בספטמבר באוקטובר בנובמבר בדצמבר",
    "ar": "كانون-الثاني شباط آذار نيسان أيار حزيران تموز آب أيلول تشرين-الأول تشرين-الثاني كانون-الأول",
    "eu": "urtarrilaren otsailaren martxoaren apirilaren maiatzaren ekainaren uztailaren abuztuaren irailaren urriaren azaroaren abenduaren",
    "ga": "Eanáir Feabhra Márta Aibreáin Bealtaine Meithimh Iúil Lúnasa Mheán-Fómhair Dheireadh-Fómhair Samhna Nollag",
}
MON = {k: [m.replace("-", " ") for m in v.split()] for k, v in MONTHS.items()}
# a month alone, in the form a sentence gives it ("w marcu", "v březnu", "в марте", "maaliskuussa")
ALONE = {
    "pl": "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu",
    "cs": "lednu únoru březnu dubnu květnu červnu červenci srpnu září říjnu listopadu prosinci",
    "ru": "январе феврале марте апреле мае июне июле августе сентябре октябре ноябре декабре",
    "fi": "tammikuussa helmikuussa maaliskuussa huhtikuussa toukokuussa kesäkuussa heinäkuussa elokuussa syyskuussa lokakuussa marraskuussa joulukuussa",
    "hu": "januárban februárban márciusban áprilisban májusban júniusban júliusban augusztusban szeptemberben októberben novemberben decemberben",
    "tr": "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "is": "janúar febrúar mars apríl maí júní júlí ágúst september október nóvember desember",
    "lt": "sausį vasarį kovą balandį gegužę birželį liepą rugpjūtį rugsėjį spalį lapkritį gruodį",
    "sk": "januári februári marci apríli máji júni júli auguste septembri októbri novembri decembri",
}
ALONE_M = {k: v.split() for k, v in ALONE.items()}


def fmt_date(d: date, lang: str, words: bool) -> str:
    m = MON[lang][d.month - 1]
    if not words:
        return {"cs": f"{d.day}. {d.month}. {d.year}", "fi": f"{d.day}.{d.month}.{d.year}", "lt": d.isoformat(),
                "hu": f"{d.year}.{d.month:02d}.{d.day:02d}.", "el": f"{d.day}/{d.month}/{d.year}", "ar": f"{d.year}/{d.month:02d}/{d.day:02d}",
                "eu": f"{d.year}/{d.month:02d}/{d.day:02d}", "ga": f"{d.day:02d}/{d.month:02d}/{d.year}", "lv": f"{d.day:02d}.{d.month:02d}.{d.year}."}.get(
            lang, f"{d.day:02d}.{d.month:02d}.{d.year}")  # fmt: skip
    return {"cs": f"{d.day}. {m} {d.year}", "sk": f"{d.day}. {m} {d.year}", "lt": f"{d.year} m. {m} {d.day} d.",
            "lv": f"{d.year}. gada {d.day}. {m}", "fi": f"{d.day}. {m} {d.year}", "et": f"{d.day}. {m} {d.year}",
            "hu": f"{d.year}. {m} {d.day}-{'én' if d.day in (1, 2, 4, 5, 7, 9, 10, 11, 12, 14, 15, 17, 19, 21, 22, 24, 25, 27, 29, 31) else 'án'}",
            "is": f"{d.day}. {m} {d.year}", "de": f"{d.day}. {m} {d.year}", "eu": f"{d.year}ko {m} {d.day}a",
            "ga": f"an {d.day} {m} {d.year}"}.get(lang, f"{d.day} {m} {d.year}")  # fmt: skip


# ---- ages -----------------------------------------------------------------------------------------------

AGE_WORDS = {"pl": {92: ("dziewięćdziesięciodwuletnia", "dziewięćdziesięciodwuletni")},
             "fi": {92: ("yhdeksänkymmentäkaksivuotias",) * 2}, "de": {92: ("zweiundneunzigjährige", "zweiundneunzigjähriger")},
             "hu": {92: ("kilencvenkét",) * 2}, "tr": {92: ("doksan iki",) * 2}}  # fmt: skip
FUSED = {"pl": ("{}-letnia", "{}-letni"), "cs": ("{}letá", "{}letý"), "sk": ("{}-ročná", "{}-ročný"), "ru": ("{}-летняя", "{}-летний"),
         "uk": ("{}-річна", "{}-річний"), "fi": ("{}-vuotias", "{}-vuotias"), "et": ("{}-aastane", "{}-aastane"),
         "de": ("{}-jährige", "{}-jähriger")}  # fmt: skip
SEPARATE = {"lt": "{} metų", "lv": "{} gadu vecumā", "hu": "{} éves", "tr": "{} yaşında", "el": "{} ετών", "is": "{} ára",
            "he": "בגיל {}", "ar": "{} عاماً", "eu": "{} urteko", "ga": "{} bliana d'aois", "en": "{} years"}  # fmt: skip


def age_slot(rng: random.Random, lang: str, years: int, female: bool) -> Slot:
    if lang in FUSED:
        text = FUSED[lang][0 if female else 1].format(years)
        if years >= 90 and years in AGE_WORDS.get(lang, {}) and rng.random() < 0.5:
            return P("AGE", AGE_WORDS[lang][years][0 if female else 1])
        return P("AGE", text) if years >= 90 else K(text)
    fmt = SEPARATE[lang]
    if years >= 90:
        word = AGE_WORDS.get(lang, {}).get(years, (None,))[0] if rng.random() < 0.5 else None
        a, b = fmt.split("{}")
        return (a, P("AGE", word or str(years)), b)
    return K(fmt.format(years))


# ---- harmless vocabulary (must survive) -------------------------------------------------------------------

KEEP = {
    "pl": dict(hosp=["Szpital Powiatowy w Lesie Zielonym", "Wojewódzki Szpital Specjalistyczny nr 3"], dept=["Oddział Chorób Wewnętrznych", "Pododdział Udarowy"],
               drug=["Metoprolol 47,5 mg", "Enoksaparyna 40 mg s.c.", "Furosemid 40 mg"], lab=["CRP 38,2 mg/l", "Hb 10,4 g/dl", "potas 5,6 mmol/l"],
               region=["województwo podkarpackie", "województwa lubelskiego"], country="Polsce", day=["poniedziałek", "środę", "piątek"]),
    "cs": dict(hosp=["Krajská nemocnice Horní Údolí", "Fakultní nemocnice Pod Lesem"], dept=["Interní oddělení", "Neurologická klinika"],
               drug=["Warfarin 3 mg", "Ramipril 2,5 mg", "Metformin 850 mg"], lab=["INR 2,6", "kreatinin 132 µmol/l", "glykémie 11,4 mmol/l"],
               region=["Zlínský kraj", "Kraj Vysočina"], country="Česku", day=["v pondělí", "ve středu", "v pátek"]),
    "sk": dict(hosp=["Nemocnica Horné Lúky", "Fakultná nemocnica Pri Potoku"], dept=["Oddelenie dlhodobo chorých", "Chirurgické oddelenie"],
               drug=["Bisoprolol 5 mg", "Pantoprazol 20 mg", "Tramadol 50 mg"], lab=["SpO2 93 %", "leukocyty 12,1 x10^9/l", "TK 145/85"],
               region=["Žilinský kraj", "Prešovský kraj"], country="Slovensku", day=["v utorok", "vo štvrtok", "v nedeľu"]),
    "ru": dict(hosp=["Городская клиническая больница № 4", "Областная больница скорой помощи"], dept=["Кардиологическое отделение", "Терапевтическое отделение"],
               drug=["Бисопролол 5 мг", "Аторвастатин 20 мг", "Гепарин 5000 ЕД"], lab=["тропонин 0,4 нг/мл", "гемоглобин 104 г/л", "глюкоза 8,3 ммоль/л"],
               region=["Омская область", "Новгородской области"], country="России", day=["в понедельник", "в четверг", "в субботу"]),
    "uk": dict(hosp=["Обласна клінічна лікарня", "Центральна районна лікарня"], dept=["Травматологічне відділення", "Приймальне відділення"],
               drug=["Кеторолак 30 мг", "Цефтріаксон 1 г", "Омепразол 20 мг"], lab=["АТ 160/95", "ЧСС 112/хв", "глюкоза 6,7 ммоль/л"],
               region=["Полтавська область", "Черкаської області"], country="Україні", day=["у вівторок", "у п'ятницю", "в неділю"]),
    "lt": dict(hosp=["Respublikinė ligoninė", "Rajono poliklinika"], dept=["Vidaus ligų skyrius", "Šeimos medicinos centras"],
               drug=["Amlodipinas 5 mg", "Metforminas 1000 mg", "Atorvastatinas 40 mg"], lab=["HbA1c 7,8 %", "MTL 3,9 mmol/l"],
               region=["Utenos apskritis", "Telšių apskrityje"], country="Lietuvoje", day=["pirmadienį", "trečiadienį", "penktadienį"]),
    "lv": dict(hosp=["Reģionālā slimnīca", "Klīniskā universitātes slimnīca"], dept=["Ģimenes ārsta prakse", "Kardioloģijas nodaļa"],
               drug=["Apiksabāns 5 mg", "Torasemīds 10 mg"], lab=["NT-proBNP 1840 pg/ml", "kālijs 3,2 mmol/l"],
               region=["Vidzeme", "Latgales reģionā"], country="Latvijā", day=["pirmdien", "ceturtdien", "sestdien"]),
    "fi": dict(hosp=["Keskussairaala", "Yliopistollinen keskussairaala"], dept=["Sisätautien poliklinikka", "Ortopedian osasto"],
               drug=["Parasetamoli 1 g", "Kefuroksiimi 1,5 g", "Enoksapariini 40 mg"], lab=["Hb 98 g/l", "CRP 64 mg/l", "eGFR 41 ml/min"],
               region=["Pohjois-Savo", "Kainuun maakunta"], country="Suomessa", day=["maanantaina", "keskiviikkona", "perjantaina"]),
    "et": dict(hosp=["Maakonnahaigla", "Ülikooli Kliinikum"], dept=["Sisehaiguste osakond", "Perearstikeskus"],
               drug=["Ibuprofeen 400 mg", "Levotüroksiin 50 mcg"], lab=["TSH 7,2 mU/l", "ferritiin 9 µg/l"],
               region=["Tartumaa", "Ida-Virumaal"], country="Eestis", day=["esmaspäeval", "kolmapäeval", "laupäeval"]),
    "hu": dict(hosp=["Megyei Kórház", "Egyetemi Klinikai Központ"], dept=["Belgyógyászati Osztály", "Sürgősségi Betegellátó Osztály"],
               drug=["Bisoprolol 2,5 mg", "Nadroparin 0,4 ml", "Amoxicillin 1 g"], lab=["CRP 121 mg/l", "Na 131 mmol/l", "Hgb 112 g/l"],
               region=["Borsod-Abaúj-Zemplén vármegye", "Csongrád-Csanád vármegyében"], country="Magyarországon", day=["hétfőn", "szerdán", "csütörtökön"]),
    "tr": dict(hosp=["Devlet Hastanesi", "Eğitim ve Araştırma Hastanesi"], dept=["Acil Servis", "Dahiliye Kliniği"],
               drug=["Parasetamol 500 mg", "Seftriakson 1 g", "Metoprolol 50 mg"], lab=["kan şekeri 248 mg/dl", "kreatinin 1,8 mg/dl"],
               region=["Sinop ili"], country="Türkiye", day=["Pazartesi", "Çarşamba", "Cuma"]),
    "el": dict(hosp=["Γενικό Νοσοκομείο", "Πανεπιστημιακό Νοσοκομείο"], dept=["Καρδιολογική Κλινική", "Παθολογική Κλινική"],
               drug=["Ακετυλοσαλικυλικό οξύ 100 mg", "Ατορβαστατίνη 40 mg"], lab=["τροπονίνη 0,08 ng/ml", "Hb 11,3 g/dl"],
               region=["Δυτική Μακεδονία", "Πελοποννήσου"], country="Ελλάδα", day=["Δευτέρα", "Τετάρτη", "Παρασκευή"]),
    "is": dict(hosp=["Sjúkrahúsið á Norðurlandi", "Heilbrigðisstofnun Austurlands"], dept=["Lyflækningadeild", "Heimahjúkrun"],
               drug=["Parkódín 500 mg", "Furosemíð 40 mg"], lab=["blóðsykur 9,1 mmól/l", "CRP 27 mg/l"],
               region=["Vestfirðir", "Norðurlandi eystra"], country="Íslandi", day=["mánudag", "miðvikudag", "laugardag"]),
    "de": dict(hosp=["Klinikum am Mainbogen", "Kreisklinik Oberes Taubertal"], dept=["Geriatrische Tagesklinik", "Abteilung für Unfallchirurgie"],
               drug=["Ramipril 5 mg", "Metamizol 500 mg", "Apixaban 2,5 mg"], lab=["Kreatinin 1,6 mg/dl", "Hämoglobin 9,8 g/dl"],
               region=["Bayern", "Baden-Württemberg"], country="Deutschland", day=["Montag", "Mittwoch", "Freitag"]),
    "he": dict(hosp=["המרכז הרפואי לגליל", "בית החולים האזורי"], dept=["מחלקה פנימית ב", "המחלקה לגריאטריה"],
               drug=["Clexane 40 mg", "Eltroxin 100 mcg"], lab=["המוגלובין 10.2 g/dL", "קראטינין 1.4 mg/dL"],
               region=["מחוז הצפון", "מחוז הדרום"], country="ישראל", day=["ביום ראשון", "ביום רביעי"]),
    "ar": dict(hosp=["مستشفى الأمير حمزة", "المستشفى الحكومي"], dept=["قسم الطوارئ", "قسم الباطنية"],
               drug=["Augmentin 1 g", "Omeprazole 40 mg"], lab=["الهيموغلوبين 9.7 g/dL", "السكر 212 mg/dL"],
               region=["محافظة إربد", "محافظة البلقاء"], country="الأردن", day=["يوم الأحد", "يوم الخميس"]),
    "en": dict(hosp=["St Columba's Regional Hospital", "Harbourside Community Clinic"], dept=["Interpreting Services", "Memory Clinic"],
               drug=["Donepezil 5 mg", "Amlodipine 5 mg"], lab=["MMSE 21/30", "B12 142 pmol/L"],
               region=["Gipuzkoa", "Bizkaia"], country="Spain", day=["Tuesday", "Thursday"]),
}  # fmt: skip
ICD = [
    "I63.9",
    "I21.4",
    "J18.9",
    "S72.00",
    "N39.0",
    "E11.65",
    "I50.9",
    "K35.8",
    "C34.1",
    "F03.90",
    "A41.9",
    "G20",
]


def person_slots(x: str, who: Person, rng: random.Random, years: int) -> dict[str, Slot]:
    s: dict[str, Slot] = {}
    for k, c in enumerate("ngdia"):
        s[f"{x}_{c}"] = P("NAME", who.full(c))
        s[f"{x}_g{c}"] = P("NAME", who.given[k])
        s[f"{x}_f{c}"] = P("NAME", who.family[k])
    born = TODAY - timedelta(days=years * 365 + rng.randrange(1, 360))
    s[f"{x}_dob"] = P("DATE", fmt_date(born, who.lang, False))
    s[f"{x}_dobw"] = P("DATE", fmt_date(born, who.lang, True))
    s[f"{x}_age"] = age_slot(rng, who.lang, years, who.female)
    s[f"{x}_ph"] = P("PHONE", fill(rng, rng.choice(PHONES[who.lang])))
    s[f"{x}_em"] = P("EMAIL", f"{who.latin}{rng.randint(2, 89)}@{MAIL[who.lang]}")
    s[f"{x}_id"] = P("ID", ids.national_id(rng, who.lang, born, who.female))
    s[f"{x}_fem"] = "a" if who.female else ""  # a feminine ending where the template needs one
    s[f"{x}_femc"] = "а" if who.female else ""  # the same in Cyrillic
    return s


def place_slots(x: str, rng: random.Random, lang: str, avoid: set[str]) -> dict[str, Slot]:
    town = rng.choice([t for t in TOWNS[lang] if t[0] not in avoid])
    avoid.add(town[0])
    return {f"{x}_st": P("ADDRESS", fill(rng, rng.choice(STREETS[lang]))), f"{x}_tn": P("ADDRESS", town[0]),
            f"{x}_tin": P("ADDRESS", town[1]), f"{x}_tfr": P("ADDRESS", town[2]), f"{x}_zip": P("ZIP", fill(rng, POSTCODES[lang]))}  # fmt: skip


def base_slots(rng: random.Random, lang: str) -> dict[str, Slot]:
    """Every slot a template may name. `lang` 'en' draws its people from the Basque and Irish lists."""
    used: set[str] = set()
    langs = {"p": lang, "r": lang, "o": lang, "d": lang, "n": lang}
    if lang == "en":
        langs = {"p": "eu", "r": "eu", "o": "ga", "d": "ga", "n": "eu"}
    s: dict[str, Slot] = {}
    for x, lo, hi in (("p", 62, 99), ("r", 35, 84), ("o", 90, 104), ("d", 30, 66), ("n", 24, 60)):
        who = draw_person(rng, used, langs[x], female=True if x in "ro" else None)
        s.update(
            person_slots(
                x, who, rng, rng.randint(lo, hi) if x != "o" else rng.choice([91, 92, 93, 95, 97, 101])
            )
        )
    avoid: set[str] = set()
    place_lang = "eu" if lang == "en" else lang
    for x in ("h", "h2"):
        s.update(place_slots(x, rng, place_lang, avoid))
    if lang == "en":
        s.update({f"g_{k[3:]}": v for k, v in place_slots("h3", rng, "ga", set()).items()})
    months: set[int] = set()
    for i in range(1, 5):
        d = date(2023, 1, 1) + timedelta(days=rng.randrange(600))
        months.add(d.month)
        dl = "ga" if lang == "en" and i == 4 else place_lang
        s[f"v{i}"] = P("DATE", fmt_date(d, dl, False))
        s[f"v{i}w"] = P("DATE", fmt_date(d, dl, True))
    kk = KEEP[lang]
    s["mrn"], s["mrn2"] = P("MRN", ids.record_number(rng)), P("MRN", ids.record_number(rng))
    s["k_hosp"], s["k_hosp2"] = (K(v) for v in rng.sample(kk["hosp"], 2))
    s["k_dept"] = K(rng.choice(kk["dept"]))
    s["k_drug"], s["k_drug2"] = (K(v) for v in rng.sample(kk["drug"], 2))
    s["k_lab"], s["k_lab2"] = (K(v) for v in rng.sample(kk["lab"], 2))
    s["k_icd"], s["k_icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["k_region"] = K(rng.choice(kk["region"]))
    s["k_country"] = K(kk["country"])
    s["k_day"] = K(rng.choice(kk["day"]))
    if lang in ALONE_M:
        s["k_month"] = K(ALONE_M[lang][rng.choice([m for m in range(12) if m + 1 not in months])])
    s["k_year"] = K(str(rng.randint(2004, 2019)))
    return s


# ---- templates ------------------------------------------------------------------------------------------

PL_DISCHARGE = """«k_hosp», «k_dept»
KARTA INFORMACYJNA LECZENIA SZPITALNEGO nr «mrn»
Pacjent(ka): «p_n», PESEL «p_id», ur. «p_dob», zam. «h_st», «h_zip» «h_tn», «k_region».
‹Pacjentkę› przyjęto «v1w» r. z powodu udaru niedokrwiennego («k_icd»). Chora mieszka sama w «h_tin»;
opiekę sprawuje córka «r_n» (tel. «r_ph»), która dojeżdża z «h2_tfr» co tydzień (zwykle w «k_day»).
W dniu przyjęcia rozmowa z «r_i» oraz z «d_i» z poradni POZ. ‹Badaniem› przedmiotowym: niedowład prawostronny.
Hospitalizacja w naszym oddziale w «k_year» r.; szczepienie przeciw grypie co roku w «k_month». Wyniki: «k_lab», «k_lab2».
Zalecenia: «k_drug», «k_drug2». Kontrola u «d_g» dnia «v2».
Wypis do domu «v3w» r. pod opiekę «r_g». Lekarz prowadzący: lek. «d_n»; pielęgniarka odcinkowa «n_n».
"""

PL_CHAT = """[Messenger] Rozmowa: «r_gn» ↔ «n_gn» (pielęgniarka środowiskowa)
«r_gn»: dzień dobry, tu «r_n», piszę w sprawie «p_g». Babcia «o_n» («o_age») też jest u was pod opieką
«n_gn»: Dzień dobry pani «r_gd». Byłam u «p_gg» «v1», ciśnienie dobre. Jutro jadę do «o_gg» do «h_tfr»
«r_gn»: dziękuję! z «d_i» rozmawiałam, mówi że «k_drug» zostaje. Adres babci się zmienił: «h_st», «h_zip»
«n_gn»: ok, zapisuję. Proszę też dać znać «p_gd», że w «k_day» przyjdę z «k_lab» do kontroli
«r_gn»: mój nowy numer «r_ph», mail «r_em». Pozdrowienia od «p_ga»!
«n_gn»: Przekażę dr «d_fd». Wizyta u niego «v2w» r.
"""

CS_REFERRAL = """Doporučení k přijetí — «k_hosp», «k_dept»
Odesílající lékař: MUDr. «d_n», tel. «d_ph»
Vážená paní kolegyně, vážený pane kolego,
posíláme «p_a», nar. «p_dob», r. č. «p_id», bytem «h_st», «h_zip» «h_tn» («k_region»).
‹Pacientku› jsme vyšetřili «v1w». Žije v «h_tin» s dcerou «r_i», která je «r_age».
Dne «v2» byl«p_fem» přivezen«p_fem» z «h2_tfr» po pádu. Anamnéza od «r_g» a od sestry «n_g»; babička «o_n» («o_age») žije v «h2_tin».
Medikace: «k_drug», «k_drug2». INR a laboratoř: «k_lab». Dg.: «k_icd». Prosíme o kontaktování «r_g» na čísle «r_ph».
Hospitalizace v roce «k_year» pro stejné potíže; očkování proti chřipce vždy v «k_month». S panem/paní «d_fi» konzultováno «v3w».
"""

SK_HANDOVER = """Odovzdávanie služby — «k_dept», «k_hosp», izba 12
Nočná sestra «n_n» → ranná sestra «d_n»
Pacient/ka «p_n» («p_age», r. č. «p_id», č. chorobopisu «mrn»), z «h_tfr», «k_region».
‹Pacientke› sme v noci podali «k_drug». Rozprávala s «r_i», volal«r_fem» o 2:10 z čísla «r_ph».
Dcéra «r_gn» príde «v1w». Kontakt na «o_a», «o_age» (pani «o_fn» býva v «h2_tin», «h2_st»), neposkytovať informácie.
Hodnoty: «k_lab», «k_lab2». Lekár «d_fn» odporučil kontrolu «v2». Odovzdané «k_day» ráno; prepustenie plánované «v3w».
"""

RU_DISCHARGE = """«k_hosp», «k_dept»
ВЫПИСНОЙ ЭПИКРИЗ № «mrn»
Ф.И.О.: «p_n», «p_dob» г.р., СНИЛС «p_id», проживает: «h_zip», «k_region», г. «h_tn», «h_st».
‹Больная› поступила «v1w» г. с диагнозом «k_icd». Анамнез со слов дочери, «r_g», и со слов «o_g» («o_age»).
Консультирован«p_femc» кардиологом «d_i». Выписан«p_femc» «v2w» г. в удовлетворительном состоянии.
Лечение: «k_drug», «k_drug2». Анализы: «k_lab», «k_lab2». В «k_year» г. — инфаркт миокарда; вакцинация от гриппа ежегодно в «k_month».
Рекомендовано наблюдение у терапевта по месту жительства в «h_tin». Выписку передать «r_d», тел. «r_ph».
Лечащий врач «d_n». Заведующий отделением согласовал с «n_i».
"""

UK_AMBULANCE = """КАРТА ВИЇЗДУ ШВИДКОЇ МЕДИЧНОЇ ДОПОМОГИ № «mrn»
Дата виклику: «v1». Адреса: «h_tn», «h_st», «k_region».
Викликач: «r_n», тел. «r_ph». Пацієнт(ка): «p_n», «p_age», РНОКПП «p_id».
Зі слів «r_g», «p_ga» знайшли на підлозі о 06:40. ‹Пацієнтку› оглянуто бригадою у складі лікаря «d_g» та фельдшера «n_g».
Супутня: «k_icd». Введено «k_drug». Об'єктивно: «k_lab», «k_lab2».
Доставлено: «k_hosp» («k_dept»). Передано черговому лікарю «d_fd». Родичі з «h2_tfr» повідомлені.
Попередній виклик до «p_g» був «v2w» р. Мати пацієнта, «o_n», «o_age», мешкає в «h2_tin».
"""

LT_EPRESCRIPTION = """{
 "dokumentas": "E. receptas",
 "istaiga": "«k_hosp»",
 "skyrius": "«k_dept»",
 "pacientas": {"vardas": "«p_gn»", "pavarde": "«p_fn»", "asmens_kodas": "«p_id»", "gimimo_data": "«p_dob»", "telefonas": "«p_ph»",
  "adresas": "«h_st», «h_tn», «h_zip»", "apskritis": "«k_region»"},
 "israsymo_data": "«v1»",
 "vaistai": ["«k_drug»", "«k_drug2»"],
 "diagnoze": "«k_icd»",
 "pastabos": "Vaistus atsiims «r_n» ‹Pacientės› vardu. Informuoti «r_d» telefonu «r_ph». Kontrolinis vizitas «v2w» pas gydytoją «d_a». Pacientė gyvena «h2_tin»; «k_lab».",
 "gydytojas": "«d_n»",
 "gydytojo_el_pastas": "«d_em»",
 "pakartotinis_receptas": "«v3w»",
 "ankstesnis_gydymas": "«k_year»"
}
"""

LV_PORTAL = """e-veselība — ziņojums pacientam
No: «d_n», «k_hosp», «k_dept»
Kam: «p_d» (personas kods «p_id»)
Labdien! ‹Jūsu› analīžu rezultāti no «v1w»: «k_lab», «k_lab2». Par tiem runāju arī ar «r_i», kā lūdzāt.
Lūdzu ieņemt «k_drug» un pierakstīties uz vizīti («v2»). Ja nevarat atbraukt no «h_tfr», vizīte var notikt arī «h2_tin».
Jūsu adrese sistēmā: «h_st», «h_tn», «h_zip». Mājas māsa «n_n» ieradīsies «k_day». Kontaktinformācija: «r_ph», «r_em».
Paldies «r_d» par palīdzību. Vecmāmiņai «o_d» («o_age») ieteicu gripas vakcīnu. Ar cieņu, «d_fn». (Pacienta dzimšanas datums: «p_dob».)
"""

FI_REFERRAL = """LÄHETE — «k_hosp», «k_dept»
Potilas: «p_n», hetu «p_id», os. «h_st», «h_zip» «h_tn», puh. «p_ph»
‹Potilaalla› todettu «v1w» eteisvärinä («k_icd»). Asuu yksin «h_tin», tytär «r_n» käy «h2_tfr» viikoittain.
Tiedot saatu «r_gi» ja kotihoidon «n_i». Lääkitys: «k_drug», «k_drug2». Lab: «k_lab», «k_lab2».
Soitettu «r_gd» «v2», hän pyysi tiedon myös «o_gd» («o_age»). Potilaan puoliso «o_fn» ei ole tavoitettavissa.
Aiemmin hoidettu vuonna «k_year»; influenssarokote aina «k_month». Kiitos «d_g» konsultaatiosta. Lähettäjä «d_n», «v3».
Vastaukset «p_gg» omaiselle, «r_ga» ei saa tavoittaa klo 8-16.
"""

ET_SMS = """SMS «v1» 14:22
Saatja: «k_hosp», «k_dept»
Tere, «p_gn»! Teie aeg perearst «d_n» vastuvõtule on «v2w». Palun võtke kaasa «k_drug» pakend.
Kui te ei saa tulla «h_tfr», helistage «n_d» numbril «n_ph».
---
SMS «v3» 09:05
Saatja: «r_ph»
Tere «n_gn», siin «r_n». Patsient «p_gn» (isikukood «p_id») on praegu «h2_tin» sõbranna juures, «h2_st», «h2_zip».
Vanaema «o_n» («o_age») on ka seal. Analüüsid: «k_lab». Palun rääkige «r_gi», mitte «o_gi». E-post «r_em». Aitäh «d_gd»!
"""

HU_DISCHARGE = """«k_hosp», «k_dept» — ZÁRÓJELENTÉS
Beteg: «p_n», szül.: «p_dob», TAJ: «p_id», lakcím: «h_zip» «h_tn», «h_st»
‹Betegünk› «v1w» került felvételre «k_icd» miatt. Életkora: «p_age».
A beteg lánya, «r_n» «h2_tfr» érkezett; «r_d» telefonon is tájékoztatást adtunk («r_ph»).
Ápolónk, «n_n» a családdal, «r_i» egyeztetett. Édesanyja, «o_n» («o_age») «h2_tin» él.
Gyógyszerei: «k_drug», «k_drug2». Laborok: «k_lab», «k_lab2». «k_year» óta inzulinnal kezelt; influenza elleni oltás minden évben «k_month».
Kontroll: «v2w» «d_d» rendelésén. Kezelőorvos: dr. «d_n»
"""

TR_POLICE = """OLAY YERİ TUTANAĞI — Trafik kazası, «k_region» Jandarma Komutanlığı
Tarih: «v1w». Yer: «h_tin», «h_st» önü.
Yaralı: «p_n», TC Kimlik No «p_id», «p_age». Yaralı «mrn» protokol numarasıyla «k_hosp» «k_dept» bölümüne sevk edildi.
‹Hastanın› beyanına göre araç «r_d» aittir. «r_n» olay yerine «h2_tfr» geldi; telefonu «r_ph».
Olay, «o_a» («o_age») ziyaret dönüşü «k_day» günü meydana geldi. Tutanak «n_g» ve Dr. «d_g» huzurunda imzalandı.
Yaralının e-postası: «p_em». Bilgi «p_gd» ve «r_gd» verildi. Önceki kaza «k_year» yılında; araç muayenesi her yıl «k_month» ayında.
"""

TR_WHATSAPP = """WhatsApp — "Aile 👨‍👩‍👧"
[«v1» 21:14] «r_gn»: «p_ga» bugün «k_hosp»'ne götürdük, «k_dept» servisinde yatıyor
[«v1» 21:15] «o_gn»: «p_gg» durumu nasıl? «k_lab» demişler
[«v1» 21:17] «r_gn»: Dr. «d_fn» «v2w» tarihinde tekrar bakacak. «d_fd» sordum, «k_drug» başladılar
[«v1» 21:20] «n_gn»: Ben «h_tfr» yarın gelirim, «r_gi» birlikte gideriz
[«v1» 21:22] «r_gn»: Annemin adresi değişti: «h_st», «h_zip» «h_tn». Numara «p_ph»
[«v2» 08:03] «o_gn» («o_age»): ‹Teyzemin› kızı «n_n» «h2_tin» oturuyor, ona da haber verin
"""

EL_REFERRAL = """ΠΑΡΑΠΕΜΠΤΙΚΟ — «k_hosp», «k_dept»
Ασθενής: «p_n», ΑΜΚΑ «p_id», τηλ. «p_ph», κάτοικος «h_tfr» («h_st», Τ.Κ. «h_zip»), «k_region»
‹Ασθενής› με «k_icd», εξετάστηκε στις «v1w». Συνοδεύεται από τον/την «r_a» (τηλ. «r_ph»).
Ενημερώθηκε η οικογένεια του/της «p_g» και ο θεράπων ιατρός, κ. «d_n». Η μητέρα, «o_n», «o_age», μένει στη «h2_tn».
Θεραπεία: «k_drug», «k_drug2». Εργαστηριακά: «k_lab», «k_lab2». Επανεξέταση «v2» με τον κ. «d_fa».
Προς τον/την «n_a», νοσηλευτή/τρια. Email «p_em».
"""

IS_HANDOVER = """Vaktaskipti — «k_dept», «k_hosp»
Frá «n_d» til næturvaktar. Sjúklingur: «p_n», kt. «p_id», «p_age».
‹Sjúklingi› var gefið «k_drug» kl. 18. Dóttir/sonur, «r_n», hringdi frá «h_tfr» og bað um að «r_gd» yrði hringt í «r_ph».
Heimilisfang: «h_st», «h_zip» «h_tn». Móðir hennar/hans, «o_n» («o_age»), býr á «h2_tin».
Læknir «d_n» kom «v1w»; «d_gd» fannst «k_lab» of hátt. Útskrift áætluð «v2». Blóðprufa: «k_lab2».
Upplýsingar einungis til «r_g» og «o_g», ekki til annarra. Fyrri innlögn «k_year»; flensusprauta alltaf í «k_month».
"""

DE_INSURANCE = """«k_hosp» · «k_dept»
An die Krankenkasse — Kostenübernahme, Versichertennummer «p_id»
Sehr geehrte Damen und Herren,
wir bitten um Kostenübernahme für die Reha «p_g» (geb. «p_dob»), wohnhaft «h_st», «h_zip» «h_tn», «k_region».
‹Frau/Herr› «p_fn» ist eine/ein «p_age» Versicherte/r. Die Tochter, Frau «r_n», ist Betreuerin; «r_fg» Telefonnummer: «r_ph».
Bei Herrn/Frau «o_fd» («o_age»), «p_gg» Elternteil, wurde am «v1» ebenfalls «k_icd» festgestellt.
Aufnahme am «v2w» nach Sturz in «h2_tin». Medikation: «k_drug», «k_drug2». Labor: «k_lab».
«k_year» war «p_gn» bereits bei uns; die Grippeimpfung erfolgt jeweils im «k_month». Mit freundlichen Grüßen, Dr. «d_n» und «n_n» (Sozialdienst), «d_em»
"""

HE_PORTAL = """הודעה מהפורטל — «k_hosp», «k_dept»
אל: «p_n», ת.ז. «p_id»
שלום «p_gn», תוצאות הבדיקות מ-«v1»: «k_lab», «k_lab2». העתק נשלח «r_d» «n_a». קיבלנו מכתב «d_g».
ד"ר «d_n» ממליץ על «k_drug». התור הבא «v2w», «k_day». אם קשה להגיע «h_tfr», אפשר לקבוע «h2_tin».
הכתובת שלך: «h_st», «h_tn», מיקוד «h_zip». טלפון «p_ph». נא להעביר «o_d» («o_age») את המכתב «p_gg».
בברכה, «n_n»
"""

AR_AMBULANCE = """تقرير الإسعاف — «k_hosp»، «k_dept»
التاريخ: «v1w». المكان: «h_tin»، «h_st»، «k_region».
المريض: «p_n»، الرقم الوطني «p_id»، العمر «p_age». المتصل: «r_n» («r_ph»).
تم نقل المريض إلى المستشفى. أُرسل التقرير «o_d» («o_age») «n_a» من مركز صحي «h2_tin».
الأدوية: «k_drug». الفحوص: «k_lab»، «k_lab2». التشخيص «k_icd». الطبيب المناوب «d_n»، هاتف «d_ph».
زيارة سابقة «v2». بريد المريض «p_em»، «k_country».
"""

EN_INTERPRETER = """«k_hosp» — «k_dept»: interpreter's note, «v1»
Patient: «p_n» (DNI «p_id»), visiting her/his daughter; home address «h_st», «h_zip» «h_tn», «k_region», «k_country».
The Basque GP letter reads: "«p_g» alaba «r_n» da; «r_i» bizi da «h_tin»" — i.e. the daughter «r_n» lives with the patient in «h_tn».
Second line: "«d_i» hitz egin dugu «v2w»" (we spoke with the doctor on «v2»). Nurse «n_gn» «n_fn» signed "«n_fa» eskerrik asko".
The Irish discharge slip from the daughter's GP says "Teach «o_g», i «g_tin»" (the house of «o_n», in «g_tn»), dated «v4w»;
«o_n», «o_age», moved here ("ó «g_tfr»"). "Dochtúir: «d_n»". Phone «r_ph»; email «r_em». Meds «k_drug», «k_drug2»; «k_lab». Dx «k_icd».
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("infl26_pl_karta_informacyjna", ["pl", "pl"], "text", PL_DISCHARGE),
    ("infl26_pl_messenger_pielegniarka", ["pl", "pl"], "text", PL_CHAT),
    ("infl26_cs_doporuceni_k_prijeti", ["cs", "cs"], "text", CS_REFERRAL),
    ("infl26_sk_odovzdavanie_sluzby", ["sk", "sk"], "text", SK_HANDOVER),
    ("infl26_ru_vypisnoy_epikriz", ["ru", "ru"], "text", RU_DISCHARGE),
    ("infl26_uk_karta_vyizdu_shmd", ["uk", "uk"], "text", UK_AMBULANCE),
    ("infl26_lt_e_receptas_json", ["lt", "lt"], "json", LT_EPRESCRIPTION),
    ("infl26_lv_portala_zinojums", ["lv", "lv"], "text", LV_PORTAL),
    ("infl26_fi_lahete", ["fi", "fi"], "text", FI_REFERRAL),
    ("infl26_et_sms_perearst", ["et", "et"], "text", ET_SMS),
    ("infl26_hu_zarojelentes", ["hu", "hu"], "text", HU_DISCHARGE),
    ("infl26_tr_olay_yeri_tutanagi", ["tr", "tr"], "text", TR_POLICE),
    ("infl26_tr_whatsapp_aile", ["tr", "tr"], "text", TR_WHATSAPP),
    ("infl26_el_parapemptiko", ["el", "el"], "text", EL_REFERRAL),
    ("infl26_is_vaktaskipti", ["is", "is"], "text", IS_HANDOVER),
    ("infl26_de_kostenuebernahme", ["de", "de"], "text", DE_INSURANCE),
    ("infl26_he_portal_message", ["he", "he"], "text", HE_PORTAL),
    ("infl26_ar_ambulance_report", ["ar", "ar"], "text", AR_AMBULANCE),
    ("infl26_en_interpreter_note", ["en", "en"], "text", EN_INTERPRETER),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(80):
        rng = random.Random(f"phigate-probe26:{seed}:{kind}:{index}:{attempt}")
        lang = locs[index % len(locs)]
        content, phi, keep, spans = render(template, base_slots(rng, lang), fmt)
        doc = Doc(f"{kind}-{index}", kind, lang, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 80 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
