# ruff: noqa: E501  (hand-aligned templates)
"""Eightieth independent probe corpus: health text from Russia, Ukraine, Belarus, Kazakhstan, Uzbekistan,
Kyrgyzstan, Georgia, Armenia and Azerbaijan in their own languages and scripts -- Russian, Ukrainian and
Belarusian Cyrillic, Kazakh in Cyrillic and in the 2021 Latin alphabet, Uzbek and Azerbaijani Latin, Kyrgyz
Cyrillic, Georgian Mkhedruli and Armenian -- as hospitals, polyclinics, ambulance crews, laboratories, MIS
exports, insurers and families write it, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a выписной эпикриз (Russia; a Kazakh hospital writing
in Russian), a виписка / выпіска з медичної / медыцынскай карты (Ukraine, Belarus), a направление на
госпитализацию 057/у (Russia, Kyrgyzstan), a рецептурный бланк 107-1/у and 148-1/у-04(л) (Russia, Kazakhstan), a
листок нетрудоспособности (Russian ЭЛН; Ukrainian електронний листок непрацездатності), a медицинская справка
086/у (Russia; a Kyrgyz справка in Kyrgyz and Russian), a карта вызова скорой медицинской помощи 110/у (Russia,
Belarus; a patient aged 90+), a протокол / хаттама УЗИ (Ukrainian, Kazakh), a laboratory report (Russian
commercial laboratory, Armenian), a vaccination certificate (Kazakh Latin, Uzbek Latin), a медицинское
свидетельство о смерти 106/у (Russia; Georgian, a person aged 90+), a Telegram / WhatsApp family chat about
an admitted elder aged 90+ (Russian, Georgian), an EMR export in JSON with local keys (EMIAS-style Russian,
Damumed-style Kazakh), an EMR export in CSV (Helsi-style Ukrainian, DMED-style Uzbek), a registry slip / talon
(Belarusian, Azerbaijani), an insurance form (ОМС / ДМС claim, Armenian insurer), a discharge extract from the
Caucasus (Georgian ამონაწერი, Azerbaijani çıxarış) and a home visit to an elder aged 90+ (Ukrainian, Kyrgyz).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p` the
patient, `r` a spouse or child, `m` a parent or other relative, `d` the physician, `e` a nurse, paramedic or
second physician, `s` the head of department / chief physician, `x` `y` other people (registrar, laboratory
doctor, insurer's clerk, a witness). Forms: `_fio` "Фамилия Имя Отчество", `_full` "Имя Отчество Фамилия",
`_io` "Имя Отчество", `_g` given, `_f` family, `_F` FAMILY, `_FIO` capitals, `_ini` "Фамилия И.О.", `_ini2`
"И.О. Фамилия", `_gen` / `_dat` the genitive / dative of `_fio` (Russian, Ukrainian), `_geni` / `_dati` "Фамилии
И.О.", `_lat` the Kazakh Latin `_fio`, `_father` the father's given name, `_ph` `_ph2`, `_em`, `_line` `_town`
`_pc` `_addr`, `_nid` (СНИЛС, РНОКПП, BY identification number, ИИН, ПИНФЛ, ПИН, Georgian personal number,
Armenian ՀԾՀ, Azerbaijani FİN), `_dob` dd.mm.yyyy, `_age` (keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, physicians, nurses, paramedics, registrars, laboratory
  staff, insurers' clerks, witnesses -- as written: full, given and patronymic, family alone, capitals,
  initials with the family name (the initials inside the value), genitive and dative forms in running text,
  Georgian and Armenian names, Kazakh Latin names, patronymics written as separate words (o'g'li, qizi, уулу,
  кызы, oğlu, qızı) inside the value. Titles and roles (врач, д-р, м/с, зав. отд., ექიმი, բժիշկ, həkim) are
  plain text. Organisation names are keep (none is a person's name).
- ADDRESS: street lines (house, building, flat inside the value), towns, villages, microdistricts. ZIP: the
  6-digit Russian, Belarusian, Kazakh, Uzbek and Kyrgyz postcodes, the 5-digit Ukrainian, the 4-digit Georgian
  and Armenian, the Azerbaijani AZ####. Regions (обл., вобл., облысы, облусу, viloyati, rayonu, მხარე, մարզ)
  and countries are keep alone and plain text inside an address. Hospitals' own addresses are plain text.
- DATE: every date more specific than a year (birth, admission, discharge, visit, sample, death, issue,
  vaccination, sick-leave dates), in every form (05.03.2024, «05» марта 2024 г., 5 березня 2024 р., 2024
  жылғы 5 наурыз, 2024 jylğy 5 nauryz, 2024-yil 5-mart, 5 მარტი 2024 წ., 2024 թ. մարտի 5, 5 mart 2024-cü il,
  2024-03-05, 05.03 without a year); years alone keep. AGE: 90 and over (the number; "года", "жаста", "წლის"
  around it plain text); ages under 90 keep.
- PHONE and EMAIL of any person; hospitals' switchboards and role mailboxes are plain text. URL: a results or
  Госуслуги / EMIAS link carrying a token or a patient id. IP: the address in an audit log.
- SSN: the national personal numbers listed above. ID: passports, ИНН, УНЗР, eHealth declaration numbers,
  sick-leave (ЭЛН) numbers, referral, prescription, order, certificate and death-certificate numbers, birth
  certificates. MRN: numbers of the medical card / case history (№ медицинской карты, история болезни,
  медициналық карта, სამედიცინო ბარათი, հիվանդության պատմություն, xəstəlik tarixi). HEALTH_PLAN: полис ОМС,
  ДМС policies, Armenian and Azerbaijani insurance policies. ACCOUNT: bank cards and accounts, IBANs.
  LICENSE: physicians' codes, certificates and licences (код врача, сертификат специалиста, ліцензія,
  სერტიფიკატი, լիցենզիա). DEVICE: serial numbers of a patient's device (pacemaker, insulin pump, glucometer,
  hearing aid). VEHICLE: number plates.
- Keep (must survive): drugs and doses, МКБ-10 codes, laboratory values and units, organisations (ГБУЗ,
  ЦРБ, КНП, ГУЗ, clinics, laboratories, insurers), regulations and form numbers (приказ № 1089н, 057/у,
  107-1/у, 086/у, 110/у, 106/у), vaccines and their series, diagnoses, regions and countries alone, ages under
  90, years, headings marked ‹...›.
- Not scored (plain text): titles, roles, relationship words, form labels, times, vitals, hospital addresses,
  switchboards, bed and ward numbers.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe80 import ids
from tests.engine.probe80.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill, kz_latin, phone

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "be": ["студзеня", "лютага", "сакавіка", "красавіка", "мая", "чэрвеня", "ліпеня", "жніўня", "верасня", "кастрычніка", "лістапада", "снежня"],
    "kk": ["қаңтар", "ақпан", "наурыз", "сәуір", "мамыр", "маусым", "шілде", "тамыз", "қыркүйек", "қазан", "қараша", "желтоқсан"],
    "kkl": ["qañtar", "aqpan", "nauryz", "säuır", "mamyr", "mausym", "şılde", "tamyz", "qyrküiek", "qazan", "qaraşa", "jeltoqsan"],
    "uz": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avgust", "sentabr", "oktabr", "noyabr", "dekabr"],
    "ky": ["январь", "февраль", "март", "апрель", "май", "июнь", "июль", "август", "сентябрь", "октябрь", "ноябрь", "декабрь"],
    "ka": ["იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი", "ოქტომბერი", "ნოემბერი", "დეკემბერი"],
    "hy": ["հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի", "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի"],
    "az": ["yanvar", "fevral", "mart", "aprel", "may", "iyun", "iyul", "avqust", "sentyabr", "oktyabr", "noyabr", "dekabr"],
}  # fmt: skip
_AZ_UNIT = {1: "ci", 2: "ci", 3: "cü", 4: "cü", 5: "ci", 6: "cı", 7: "ci", 8: "ci", 9: "cu"}
_AZ_TENS = {0: "ci", 10: "cu", 20: "ci", 30: "cu", 40: "cı", 50: "ci", 60: "cı", 70: "ci", 80: "ci", 90: "cı"}


def az_year(y: int) -> str:
    """2024-cü, 2025-ci, 1990-cı: the ordinal suffix follows the vowel of the last number word."""
    suffix = _AZ_UNIT[y % 10] if y % 10 else _AZ_TENS[y % 100] if y % 100 else "cü"
    return f"{y}-{suffix}"


def date_forms(d: date) -> dict[str, Slot]:
    def m(lang: str) -> str:
        return MONTHS[lang][d.month - 1]

    return {
        "n": P("DATE", f"{d:%d.%m.%Y}"),
        "yy": P("DATE", f"{d:%d.%m.%y}"),
        "iso": P("DATE", d.isoformat()),
        "dm": P("DATE", f"{d:%d.%m}"),
        "ru": P("DATE", f"{d.day} {m('ru')} {d.year}"),
        "ruq": P("DATE", f"«{d:%d}» {m('ru')} {d.year}"),
        "uk": P("DATE", f"{d.day} {m('uk')} {d.year}"),
        "be": P("DATE", f"{d.day} {m('be')} {d.year}"),
        "kk": P("DATE", f"{d.year} жылғы {d.day} {m('kk')}"),
        "kkl": P("DATE", f"{d.year} jylğy {d.day} {m('kkl')}"),
        "uz": P("DATE", f"{d.year}-yil {d.day}-{m('uz')}"),
        "ky": P("DATE", f"{d.year}-ж. {d.day}-{m('ky')}"),
        "ka": P("DATE", f"{d.day} {m('ka')} {d.year}"),
        "hy": P("DATE", f"{d.year} թ. {m('hy')} {d.day}"),
        "az": P("DATE", f"{d.day} {m('az')} {az_year(d.year)}"),
    }


def ru_years(n: int) -> str:
    return (
        "год"
        if n % 10 == 1 and n % 100 != 11
        else "года"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
        else "лет"
    )


def uk_years(n: int) -> str:
    return (
        "рік"
        if n % 10 == 1 and n % 100 != 11
        else "роки"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14
        else "років"
    )


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    gg, gf, gp = w.case("gen")
    dg, df, dp = w.case("dat")
    ini = w.inits
    dob = date_forms(w.dob)
    s: dict[str, Slot] = {
        f"{x}_fio": N(w.fio), f"{x}_full": N(w.full), f"{x}_io": N(w.io), f"{x}_g": N(w.given), f"{x}_f": N(w.family),
        f"{x}_F": N(w.family.upper()), f"{x}_FIO": N(w.fio.upper()), f"{x}_ini": N(f"{w.family} {ini}"), f"{x}_ini2": N(f"{ini} {w.family}"),
        f"{x}_gen": N(" ".join(v for v in (gf, gg, gp) if v)), f"{x}_dat": N(" ".join(v for v in (df, dg, dp) if v)),
        f"{x}_geni": N(f"{gf} {ini}"), f"{x}_dati": N(f"{df} {ini}"), f"{x}_gf": N(gf),
        f"{x}_lat": N(kz_latin(w.fio)), f"{x}_latline": P("ADDRESS", kz_latin(w.line)), f"{x}_lattown": P("ADDRESS", kz_latin(w.town)), f"{x}_latg": N(kz_latin(w.given)), f"{x}_latf": N(kz_latin(w.family)),
        f"{x}_patr": N(w.patr) if w.patr else "", f"{x}_birthplace": P("ADDRESS", f"{w.town}, {w.region}"), f"{x}_father": N(w.father),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr,
        f"{x}_region": K(w.region), f"{x}_nid": P("SSN", w.nid),
        f"{x}_dob": dob["n"], f"{x}_dobiso": dob["iso"], f"{x}_dobyy": dob["yy"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_ru_y": ru_years(age), f"{x}_uk_y": uk_years(age),
        f"{x}_sex": "ж" if w.female else "м", f"{x}_sexru": "женский" if w.female else "мужской", f"{x}_sexuk": "жіноча" if w.female else "чоловіча",
        f"{x}_a": "а" if w.female else "", f"{x}_la": "ла" if w.female else "л", f"{x}_ka": "ка" if w.female else "",
        f"{x}_la0": "ла" if w.female else "", f"{x}_sya": "ась" if w.female else "ся", f"{x}_ki": "ки" if w.female else "а",
        f"{x}_vla": "ла" if w.female else "в", f"{x}_ovi": "ці" if w.female else "ові", f"{x}_usya": "лася" if w.female else "ўся",
        f"{x}_ula": "ла" if w.female else "ў", f"{x}_ya": "ая" if w.female else "ый",
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

LANG = {
    "RU": "ru",
    "UA": "uk",
    "BY": "be",
    "KZ": "kk",
    "UZ": "uz",
    "KG": "ky",
    "GE": "ka",
    "AM": "hy",
    "AZ": "az",
}
DRUGS = {
    "ru": ["Бисопролол 5 мг", "Эналаприл 10 мг", "Аторвастатин 20 мг", "Метформин 1000 мг", "Омепразол 20 мг", "Клопидогрел 75 мг", "Эноксапарин натрия 0,4 мл",
           "Цефтриаксон 1,0 г", "Торасемид 10 мг", "Апиксабан 5 мг", "Кеторолак 30 мг", "Ацетилсалициловая кислота 100 мг"],
    "uk": ["Бісопролол 5 мг", "Еналаприл 10 мг", "Аторвастатин 20 мг", "Метформін 1000 мг", "Пантопразол 40 мг", "Цефтріаксон 1,0 г", "Фуросемід 40 мг",
           "Ривароксабан 20 мг"],
    "be": ["Бісапралол 5 мг", "Амлодыпін 5 мг", "Аторвастацін 20 мг", "Метфармін 850 мг", "Амепразол 20 мг", "Цэфтрыаксон 1,0 г"],
    "kk": ["Амлодипин 5 мг", "Бисопролол 2,5 мг", "Метформин 850 мг", "Омепразол 20 мг", "Цефазолин 1,0 г", "Парацетамол 500 мг"],
    "uz": ["Amlodipin 5 mg", "Bisoprolol 5 mg", "Metformin 1000 mg", "Omeprazol 20 mg", "Seftriakson 1,0 g", "Paratsetamol 500 mg"],
    "ky": ["Амлодипин 10 мг", "Лизиноприл 10 мг", "Метформин 500 мг", "Омепразол 20 мг", "Цефтриаксон 1,0 г", "Диклофенак 75 мг"],
    "ka": ["ამლოდიპინი 5 მგ", "ბისოპროლოლი 5 მგ", "მეტფორმინი 1000 მგ", "ომეპრაზოლი 20 მგ", "Atorvastatin 20 mg", "Clopidogrel 75 mg"],
    "hy": ["Ամլոդիպին 5 մգ", "Բիսոպրոլոլ 5 մգ", "Մետֆորմին 1000 մգ", "Օմեպրազոլ 20 մգ", "Atorvastatin 20 mg"],
    "az": ["Amlodipin 5 mq", "Bisoprolol 5 mq", "Metformin 1000 mq", "Omeprazol 20 mq", "Seftriakson 1,0 q", "Klopidoqrel 75 mq"],
}  # fmt: skip
# (diagnosis in the document's language, МКБ-10 / ICD-10)
DIAGNOSES = {
    "ru": [("Ишемический инсульт в бассейне левой средней мозговой артерии", "I63.5"), ("Внебольничная правосторонняя нижнедолевая пневмония", "J18.1"),
           ("Острый инфаркт миокарда нижней стенки левого желудочка", "I21.1"), ("Хроническая сердечная недостаточность IIБ, ФК III", "I50.0"),
           ("Перелом шейки правой бедренной кости", "S72.00"), ("Желчнокаменная болезнь, хронический калькулёзный холецистит", "K80.1")],
    "uk": [("Гостра негоспітальна пневмонія правобічна нижньочасткова", "J18.1"), ("Гіпертонічна хвороба II стадії, 2 ступеня", "I11.9"),
           ("Цукровий діабет 2 типу, субкомпенсований", "E11.9"), ("Хронічне обструктивне захворювання легень, загострення", "J44.1")],
    "be": [("Вострая пазабальнічная пнеўманія", "J18.9"), ("Артэрыяльная гіпертэнзія II ступені", "I11.9"), ("Цукровы дыябет 2 тыпу", "E11.9")],
    "kk": [("Холецистолитиаз, созылмалы калькулезді холецистит", "K80.1"), ("Артериялық гипертензия II дәреже", "I11.9"), ("Созылмалы гастрит", "K29.5")],
    "uz": [("Gipertoniya kasalligi II bosqich", "I11.9"), ("Qandli diabet 2-tur", "E11.9"), ("O'tkir bronxit", "J20.9")],
    "ky": [("Артериялык гипертензия II даража", "I11.9"), ("Кант диабети 2-тип", "E11.9"), ("Өнөкөт обструктивдүү бронхит", "J44.1")],
    "ka": [("მწვავე მიოკარდიუმის ინფარქტი", "I21.4"), ("არტერიული ჰიპერტენზია", "I10"), ("ქრონიკული გულის უკმარისობა", "I50.0"), ("პნევმონია", "J18.9")],
    "hy": [("Զարկերակային գերճնշում", "I10"), ("Շաքարային դիաբետ, 2-րդ տիպ", "E11.9"), ("Անեմիա", "D64.9")],
    "az": [("Kəskin miokard infarktı", "I21.4"), ("Arterial hipertenziya II dərəcə", "I11.9"), ("Xroniki ürək çatışmazlığı", "I50.0"), ("Pnevmoniya", "J18.9")],
}  # fmt: skip
HOSPITALS = {
    "RU": ["ГБУЗ «Областная клиническая больница № 2»", "ГБУЗ «Городская клиническая больница № 15»", "ГАУЗ «Городская больница № 4»", "ГБУЗ «Центральная районная больница»"],
    "UA": ["КНП «Міська клінічна лікарня № 8»", "КНП «Обласна клінічна лікарня ім. М. І. Пирогова»", "КНП «Центральна районна лікарня»"],
    "BY": ["УАЗ «Абласная клінічная бальніца»", "УАЗ «Цэнтральная раённая бальніца»", "УАЗ «Гарадская клінічная бальніца № 3»"],
    "KZ": ["ШЖҚ «Көпбейінді облыстық аурухана» МКК", "ГКП на ПХВ «Городская многопрофильная больница № 3»", "ШЖҚ «Аудандық аурухана» МКК"],
    "UZ": ["Respublika shoshilinch tibbiy yordam ilmiy markazi", "Viloyat ko'p tarmoqli tibbiyot markazi", "Tuman tibbiyot birlashmasi"],
    "KG": ["Облустук бириккен оорукана", "Улуттук госпиталь", "Аймактык оорукана"],
    "GE": ["შპს «ახალი კლინიკა»", "შპს «რეგიონული ჰოსპიტალი»", "შპს «კარდიოცენტრი»"],
    "AM": ["«Էրեբունի» բժշկական կենտրոն", "«Աստղիկ» բժշկական կենտրոն", "Մարզային բժշկական կենտրոն"],
    "AZ": ["Respublika Klinik Xəstəxanası", "Mərkəzi Rayon Xəstəxanası", "Kliniki Tibbi Mərkəz"],
}  # fmt: skip
POLYCLINICS = {
    "RU": ["ГБУЗ «Городская поликлиника № 7»", "ГАУЗ «Поликлиника № 3»"], "UA": ["КНП «Центр первинної медико-санітарної допомоги № 2»"],
    "BY": ["УАЗ «Гарадская паліклініка № 5»"], "KZ": ["«Қалалық емхана № 5» ШЖҚ МКК"], "UZ": ["12-son oilaviy poliklinika"],
    "KG": ["Үй-бүлөлүк медицина борбору № 4"], "GE": ["შპს «პოლიკლინიკა ცენტრი»"], "AM": ["«Պոլիկլինիկա № 12» ՓԲԸ"], "AZ": ["2 saylı Şəhər Poliklinikası"],
}  # fmt: skip
LABS_RU = [("Гемоглобин", "118", "г/л", "120–140"), ("Эритроциты", "3,9", "×10¹²/л", "3,8–5,1"), ("Лейкоциты", "9,6", "×10⁹/л", "4,0–9,0"),
           ("Тромбоциты", "212", "×10⁹/л", "150–400"), ("СОЭ", "28", "мм/ч", "2–20"), ("Глюкоза", "6,8", "ммоль/л", "3,9–6,1"),
           ("Креатинин", "104", "мкмоль/л", "53–97"), ("АЛТ", "34", "Ед/л", "до 33"), ("С-реактивный белок", "18,4", "мг/л", "до 5,0"),
           ("Калий", "4,6", "ммоль/л", "3,5–5,1"), ("ТТГ", "2,84", "мкМЕ/мл", "0,4–4,0")]  # fmt: skip
LABS_HY = [("Հեմոգլոբին", "112", "գ/լ"), ("Լեյկոցիտներ", "8,4", "×10⁹/լ"), ("Գլյուկոզ", "7,2", "մմոլ/լ"), ("Կրեատինին", "96", "մկմոլ/լ"),
           ("Խոլեստերին", "6,1", "մմոլ/լ"), ("ԷՆԱ", "22", "մմ/ժ")]  # fmt: skip
INSURERS = {"RU": ["АО «СК «Медстрах-Центр»", "ООО «СМК «Здоровье-Регион»"], "AM": ["«Ռեսո» ապահովագրական ՓԲԸ", "«Արմենիա» ապահովագրական ՓԲԸ"],
            "AZ": ["İcbari Tibbi Sığorta üzrə Dövlət Agentliyi"], "GE": ["სს «სადაზღვევო კომპანია ალფა»"], "KZ": ["«ӘМСҚ» КеАҚ"]}  # fmt: skip
VACCINES = {"KZ": [("QPQ / MMR", "Priorix"), ("AKDS / DTP", "Infanrix"), ("VGV / HepB", "Euvax B"), ("Polio / IPV", "Imovax Polio")],
            "UZ": [("Qizamiq, qizilcha, parotit (QQP)", "Priorix"), ("Pentavalent (AKDS+GepB+Hib)", "Pentabio"), ("Poliomielit (OPV)", "bOPV"),
                   ("Gepatit B", "Euvax B")]}  # fmt: skip
EMPLOYERS = {"RU": ["ООО «Северный лесокомбинат»", "АО «Тверьэнергосбыт»", "МБОУ «Средняя общеобразовательная школа № 4»"],
             "UA": ["ТОВ «Агрофірма Колос»", "КЗ «Ліцей № 2»", "ПАТ «Укртелеком»"]}  # fmt: skip

Y = 365
OLD_P = {
    "ru80_karta_vyzova_smp",
    "ru80_svidetelstvo_smerti",
    "ru80_family_messenger",
    "ru80_home_visit_elder",
}
FEMALE_P = {
    "ru80_family_messenger",
    "ru80_protokol_uzi",
}  # a grandmother; a pregnancy scan (the Kazakh one is abdominal, either sex would do)
YOUNG_P = {
    "ru80_spravka_086u": (15 * Y, 19 * Y),
    "ru80_vaccination_certificate": (1 * Y + 20, 6 * Y),
    "ru80_protokol_uzi": (22 * Y, 38 * Y),
}


def base_slots(rng: random.Random, code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[code]
    lang = LANG[code]
    d1 = date(2024, 1, 15) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    if kind in OLD_P:
        p = draw_person(
            rng, loc, used, d1, female=True if kind in FEMALE_P else None, age_days=(90 * Y + 20, 98 * Y)
        )
    else:
        p = draw_person(
            rng,
            loc,
            used,
            d1,
            female=True if kind in FEMALE_P else None,
            age_days=YOUNG_P.get(kind, (24 * Y, 84 * Y)),
        )
    pa = (d1 - p.dob).days
    ppl: dict[str, Person] = {"p": p}
    if kind in OLD_P or pa > 60 * Y:  # a son or daughter looks after the patient
        ppl["r"] = draw_person(
            rng, loc, used, d1, family=None, age_days=(max(30 * Y, pa - 38 * Y), max(31 * Y, pa - 22 * Y))
        )
    elif pa < 20 * Y:  # a parent
        ppl["r"] = draw_person(rng, loc, used, d1, home=p, age_days=(pa + 22 * Y, pa + 40 * Y))
    else:
        ppl["r"] = draw_person(
            rng, loc, used, d1, female=not p.female, home=p, age_days=(max(20 * Y, pa - 6 * Y), pa + 6 * Y)
        )
    ppl["m"] = draw_person(
        rng,
        loc,
        used,
        d1,
        age_days=(max(18 * Y, pa - 40 * Y), max(19 * Y, pa - 20 * Y))
        if kind in OLD_P
        else (pa + 20 * Y, pa + 30 * Y)
        if pa < 40 * Y
        else (20 * Y, 60 * Y),
    )
    for x in ("d", "e", "s", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 66 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(1, 4)), "d3": d1 + timedelta(days=rng.randint(8, 16)),
          "d4": d1 + timedelta(days=rng.randint(20, 40)), "d0": d1 - timedelta(days=rng.randint(3, 30)), "d5": d1 - timedelta(days=rng.randint(200, 900)),
          "d6": d1 - timedelta(days=rng.randint(40, 120))}  # fmt: skip
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d).items()})
    s["yr"] = K(str(d1.year - rng.randint(3, 15)))
    s["yr2"] = K(str(d1.year - rng.randint(16, 30)))
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    # identifiers
    cyr = code in ("RU", "UA", "BY", "KZ", "KG")
    s["mrn"] = F("MRN", "%###/%#", "%####", "%#####/2%", "%###-С" if cyr else "%###-A")
    s["mrn2"] = F("MRN", "%#####", "%###/%#")
    s["oms"] = P("HEALTH_PLAN", ids.oms(rng))
    s["dms"] = F("HEALTH_PLAN", "%%-@@-%######", "ДМС-%#######", "%########")
    s["policy"] = F("HEALTH_PLAN", "%##-%#######", "@@%#######", "%#########")
    s["inn"] = P("ID", ids.inn(rng))
    s["passport"] = P("ID", ids.ru_passport(rng))
    s["passport2"] = F("ID", "@@%######", "%########", "N%#######")
    s["unzr"] = P("ID", ids.unzr(rng, p.dob))
    s["decl"] = P("ID", ids.ehealth_declaration(rng))
    s["eln"] = F("ID", "9%##########", "3%##########")
    s["order"] = F("ID", "%#########", "%###-%####", "%#######")
    s["refno"] = F("ID", "%######", "%#-%#####", "%#/%####")
    s["rxno"] = F("ID", "%#### %######", "%#-%#-%######")
    s["cert"] = F("ID", "%########", "%# %######", "%#######")
    s["dc_no"] = P("ID", fill(rng, "%## %######"))
    s["card"] = P("ACCOUNT", ids.card(rng))
    s["acct"] = P("ACCOUNT", fill(rng, "40817 810 % #### #######"))
    s["iban_ua"] = P("ACCOUNT", "UA" + fill(rng, "## ###### ##### #### #### #### ###"))
    s["iban_kz"] = P("ACCOUNT", "KZ" + fill(rng, "##") + " " + fill(rng, "%##@ ###@ #### ####"))
    s["iban_az"] = P("ACCOUNT", "AZ" + fill(rng, "## @@@@ #### #### #### ####"))
    s["am_acct"] = P("ACCOUNT", fill(rng, "24%############"))
    for x in ("d", "e", "s", "x"):
        s[f"{x}_code"] = F("LICENSE", "%######", "%####", "%##-%###")
        s[f"{x}_cert"] = F("LICENSE", "%#########", "%####-##", "ЛЗ-%#-%#####" if cyr else "MD-%#-%#####")
    s["pacer"] = F("DEVICE", "@@@%######", "%#########", "PJN%######")
    s["gluco"] = F("DEVICE", "%#####@####", "@@%########")
    s["aid"] = F("DEVICE", "%##@######", "@%#######")
    s["plate"] = P("VEHICLE", ids.plate(rng, code))
    s["plate2"] = P("VEHICLE", ids.plate(rng, code))
    s["ip"] = P("IP", ids.ipv4(rng))
    s["ip2"] = P("IP", ids.ipv4(rng))
    s["url"] = P(
        "URL",
        fill(
            rng,
            rng.choice(
                [
                    "https://www.gosuslugi.ru/600247/1/form?rid=~~~~~~~~~~~~~~~~",
                    "https://lk.emias.info/medical-records/%#######?t=~~~~~~~~~~",
                ]
            ),
        ),
    )
    s["url_lab"] = P("URL", fill(rng, "https://results.labdiag.example/o/%#########?pin=%####"))
    s["url_ua"] = P(
        "URL", fill(rng, "https://helsi.me/ehealth/declaration/~~~~~~~~-~~~~-~~~~-~~~~-~~~~~~~~~~~~")
    )
    s["url_kz"] = P(
        "URL",
        "https://egov.kz/services/vaccine/check?iin="
        + fill(rng, "%###########")
        + "&code="
        + fill(rng, "~~~~~~~~"),
    )
    s["url_uz"] = P("URL", fill(rng, "https://my.dmed.uz/certificate/%#######?key=~~~~~~~~~~~~"))
    s["url_am"] = P("URL", fill(rng, "https://armed.am/hy/patient/%########/results?token=~~~~~~~~~~~~"))
    s["url_ge"] = P("URL", fill(rng, "https://ehealth.moh.gov.ge/patient/%##########/record?s=~~~~~~~~~~"))
    s["d_ph_work"] = P("PHONE", phone(rng, loc))
    s["e_ph_work"] = P("PHONE", phone(rng, loc))
    # keep values
    drugs = rng.sample(DRUGS[lang], 4)
    for i, v in enumerate(drugs, 1):
        s[f"drug{i}"] = K(v)
    dx = rng.sample(DIAGNOSES[lang], 2)
    s["dx"], s["icd"], s["dx2"], s["icd2"] = K(dx[0][0]), K(dx[0][1]), K(dx[1][0]), K(dx[1][1])
    s["hospital"] = K(rng.choice(HOSPITALS[code]))
    s["polyclinic"] = K(rng.choice(POLYCLINICS[code]))
    s["insurer"] = K(rng.choice(INSURERS.get(code, ["—"])))
    s["employer"] = K(rng.choice(EMPLOYERS.get(code, ["—"])))
    labs = rng.sample(LABS_RU, 6)
    for i, (a, v, u, ref) in enumerate(labs, 1):
        s[f"la{i}"], s[f"lv{i}"], s[f"lu{i}"], s[f"lr{i}"] = K(a), K(f"{v} {u}"), u, ref
    labs = rng.sample(LABS_HY, 4)
    for i, (a, v, u) in enumerate(labs, 1):
        s[f"ha{i}"], s[f"hv{i}"] = K(a), K(f"{v} {u}")
    s["p_age_kw"] = K(f"{s['p_age'].value} жаста") if isinstance(s["p_age"], K) else ""
    s["bp"] = f"{rng.randint(110, 180)}/{rng.randint(60, 100)}"
    s["pulse"] = str(rng.randint(58, 112))
    s["spo2"] = str(rng.randint(86, 98))
    s["temp"] = f"{rng.randint(361, 391) / 10:.1f}".replace(".", ",")
    s["country"] = K(loc.country)
    return s


# ---- templates -------------------------------------------------------------------------------------------

EPIKRIZ = {
    "RU": """«hospital»
Неврологическое отделение для больных с ОНМК № 2
‹ВЫПИСНОЙ ЭПИКРИЗ›
из медицинской карты пациента, получающего медицинскую помощь в стационарных условиях № «mrn»

Ф.И.О.: «p_fio»
Дата рождения: «p_dob» («p_age» «p_ru_y»)   Пол: «p_sexru»
Адрес регистрации: «p_addr»
Полис ОМС: «oms»   СНИЛС: «p_nid»   Страховая медицинская организация: «insurer»
Находил«p_sya» на лечении с «d1_n» по «d3_n» (койко-дней: 12)

Диагноз основной: «dx» (МКБ-10: «icd»).
Сопутствующий: «dx2» («icd2»).
Анамнез: доставлен«p_a» бригадой СМП «d1_n» в 07:40, со слов родственников («r_fio», тел. «r_ph») — утром не смог«p_la0» встать с постели.
У «p_gen» в анамнезе гипертоническая болезнь с «yr» г. Со слов пациент«p_ki» в «yr2» г. оперирован«p_a» по поводу аппендицита.
Обследование: «la1» — «lv1»; «la2» — «lv2»; «la3» — «lv3». МСКТ головного мозга «d1_dm»: очаг ишемии в левой гемисфере.
Лечение: «drug1» 1 р/д, «drug2» 2 р/д, «drug3». ЛФК, занятия с логопедом.
Состояние при выписке удовлетворительное. Выписан«p_a» домой «d3_ruq» г. под наблюдение невролога
«polyclinic» (участковый терапевт «x_ini2»).
Рекомендовано: «drug1» длительно, «drug4», контроль АД. Явка к неврологу «d4_n».
ЭЛН № «eln» открыт с «d1_n», продлён по «d3_n», к труду с «d4_n».

Лечащий врач                     «d_ini»       тел. отд. 8 (8172) 71-44-02
Заведующий отделением            «s_ini»
Копию выписки получил«p_a»: «p_ini» «d3_n»
""",
    "KZ": """«hospital»
Кардиологическое отделение
‹ВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО› № «mrn»

ФИО пациента: «p_fio»
ИИН: «p_nid»   Дата рождения: «p_dob»   Возраст: «p_age»
Адрес проживания: «p_addr»
Контактный телефон: «p_ph»; родственник — «r_fio», «r_ph»
Прикреплён«p_a» к «polyclinic»   Статус в системе ОСМС: застрахован«p_a»
Дата поступления: «d1_n»   Дата выписки: «d3_n»   Направлен«p_a»: ПМСП, направление № «refno»

Заключительный диагноз: «dx» (МКБ-10 «icd»). Сопутствующий: «dx2» («icd2»).
Жалобы при поступлении: давящие боли за грудиной, одышка при ходьбе.
Проведено: ЭКГ, ЭхоКГ, коронарография «d2_n» — стеноз ПНА 80%, стентирование.
Общий анализ крови: «la1» «lv1», «la2» «lv2». Биохимия: «la3» «lv3».
Лечение: «drug1», «drug2», «drug3».
Рекомендации: наблюдение кардиолога по месту жительства, «drug1» постоянно, «drug4» 12 месяцев.
Следующий осмотр «d4_n». Лист временной нетрудоспособности № «cert» с «d1_n» по «d3_n».

Лечащий врач: «d_ini»   (сертификат специалиста № «d_cert»)
Заведующий отделением: «s_ini»
""",
}

VYPYSKA = {
    "UA": """«hospital»
Терапевтичне відділення
‹ВИПИСКА ІЗ МЕДИЧНОЇ КАРТИ СТАЦІОНАРНОГО ХВОРОГО› № «mrn»
(форма первинної облікової документації № 027/о)

Прізвище, ім'я, по батькові: «p_fio»
Дата народження: «p_dob»   Стать: «p_sexuk»   РНОКПП: «p_nid»   Запис в ЄДДР (УНЗР): «unzr»
Місце проживання: «p_addr»
Телефон: «p_ph»   Декларація з лікарем ПМД № «decl» («x_ini»)
Перебува«p_vla» на стаціонарному лікуванні з «d1_uk» р. по «d3_uk» р.

Заключний клінічний діагноз: «dx» (МКБ-10: «icd»). Супутній: «dx2» («icd2»).
Проведене лікування: «drug1», «drug2», «drug3».
Рекомендовано: спостереження сімейного лікаря, «drug4»; огляд «d4_n».
Направлення з ЦПМСД № «refno» від «d0_n». Електронний листок непрацездатності № «eln».
Стан при виписці задовільний. Виписку видано на руки пацієнт«p_ovi» «p_dati» «d3_n».
Лікар-терапевт: «d_ini» (тел. «d_ph_work»)        Завідувач відділення: «s_ini»
""",
    "BY": """«hospital»
Тэрапеўтычнае аддзяленне
‹ВЫПІСКА З МЕДЫЦЫНСКАЙ КАРТЫ СТАЦЫЯНАРНАГА ПАЦЫЕНТА› № «mrn»

Прозвішча, імя, імя па бацьку: «p_fio»
Дата нараджэння: «p_dob»   Ідэнтыфікацыйны нумар: «p_nid»
Пашпарт: серыя і нумар «passport2»
Месца жыхарства: «p_addr»
Тэлефон: «p_ph»   Блізкі сваяк: «r_fio», «r_ph»
Знаходзі«p_usya» на лячэнні з «d1_be» г. па «d3_be» г.

Заключны дыягназ: «dx» (МКБ-10 «icd»). Спадарожны: «dx2» («icd2»).
Праведзена: «drug1», «drug2», «drug3».
Рэкамендавана: назіранне ўчастковага тэрапеўта «polyclinic», «drug4»; паўторны агляд «d4_n».
Лісток непрацаздольнасці № «cert» з «d1_n» па «d3_n».
Урач-тэрапеўт: «d_ini»        Загадчык аддзялення: «s_ini»
Выпіску атрыма«p_ula»: «p_ini» «d3_n»
""",
}

NAPRAVLENIE = {
    "RU": """«polyclinic»
ОГРН 1023500881234, код ОКПО 01923454
Медицинская документация Учетная форма № 057/у-04
‹НАПРАВЛЕНИЕ› на госпитализацию, обследование, консультацию № «refno»
в «hospital» (кардиологическое отделение)

1. Номер страхового полиса ОМС: «oms»
2. Код льготы: 081
3. Фамилия, имя, отчество: «p_fio»
4. Дата рождения: «p_dob»
5. Адрес постоянного места жительства: «p_addr»
6. Место работы, должность: «employer», инженер
7. Код диагноза по МКБ: «icd»
8. Обоснование направления: «dx». Ухудшение с «d0_n», одышка при минимальной нагрузке.
   Принимает: «drug1», «drug2». ЭКГ от «d1_n» прилагается. «la1» «lv1».
СНИЛС: «p_nid»   Паспорт: «passport»   Тел.: «p_ph»
Контактное лицо: «r_fio» (супруг«r_a»), «r_ph»

Должность медицинского работника, направившего больного: врач-терапевт участковый
ФИО: «d_ini»   Код врача: «d_code»   Подпись ______
Заведующий отделением: «s_ini»
«d1_ruq» г.   М.П.
Госпитализация согласована с «e_ini» (приёмное отделение), дата госпитализации «d2_n».
""",
    "KG": """«polyclinic»
Форма № 057/у
‹НАПРАВЛЕНИЕ› (ЖОЛДОМО) № «refno»
на госпитализацию в «hospital», хирургическое отделение

Фамилиясы, аты, атасынын аты / ФИО: «p_fio»
Туулган күнү / Дата рождения: «p_dob»   Жынысы / пол: «p_sex»
ПИН (жеке инсандык номер): «p_nid»
Паспорт ID: «passport2»
Дареги / Адрес: «p_addr»
Телефону: «p_ph»   Жакын тууганы: «r_fio», «r_ph»
Полис МСК (ОМС): «policy»
Диагноз: «dx» (МКБ-10 «icd»). Сопутствующий: «dx2».
Обоснование: УЗИ от «d0_n» — конкременты желчного пузыря. «la1» «lv1».
Принимает: «drug1».
Дарыгер / Врач ҮМД: «d_ini»   тел. «d_ph_work»
Башкы дарыгер / Главный врач: «s_ini»
Берилген күнү / Дата выдачи: «d1_n»
""",
}

RECEPT = {
    "RU": """Министерство здравоохранения Российской Федерации          Код формы по ОКУД 3108805
«polyclinic»                                                   Форма № 148-1/у-04 (л)
ОГРН 1033500051987
‹РЕЦЕПТ› Серия 35-19 № «rxno»                      Дата выписки «d1_ruq» г.
Льготный: Федеральный бюджет; 100%
Ф.И.О. пациента: «p_fio»
Дата рождения: «p_dob»
СНИЛС: «p_nid»
№ полиса ОМС: «oms»
№ медицинской карты пациента, получающего медицинскую помощь в амбулаторных условиях: «mrn»
Адрес: «p_addr»
Ф.И.О. лечащего врача: «d_fio»   Код врача: «d_code»
Rp.: «drug1» — № 30, по 1 таб. 1 раз в сутки, МНН
Rp.: «drug2» — № 60, по 1 таб. 2 раза в сутки
Диагноз: «icd»
Рецепт действителен в течение 30 дней
-----------------------------------------------------------------------------------------------
Форма № 107-1/у                                            «d1_n»
‹РЕЦЕПТ› (взрослый)
Ф.И.О. пациента: «p_ini»   Дата рождения: «p_dob»
Ф.И.О. лечащего врача: «d_ini»
Rp.: «drug3», D.t.d. № 20 in tab. S. по 1 таб. при болях, не более 3 раз в сутки.
Подпись и личная печать лечащего врача: «d_ini2»
-----------------------------------------------------------------------------------------------
Отметка аптеки: отпущено «d2_n», фармацевт «e_ini»; получил представитель «r_ini» (паспорт «passport», тел. «r_ph»)
Оплата доплаты картой «card»
""",
    "KZ": """«polyclinic»
Рецептурный бланк / Рецепт бланкісі № «rxno»
Тегін және жеңілдікпен берілетін дәрілік заттарға рецепт (‹ТМККК›, ‹АЕДҚ›)
Күні / Дата: «d1_n»
Пациенттің ТАӘ / ФИО пациента: «p_fio»
ЖСН / ИИН: «p_nid»
Туған күні / Дата рождения: «p_dob»
Мекенжайы / Адрес: «p_addr»
Тіркелген емхана / Прикрепление: «polyclinic»
Диагноз: «dx» (АХЖ-10 / МКБ-10 «icd»)
Rp.: «drug1» № 30 — 1 таблеткадан күніне 1 рет
Rp.: «drug2» № 60 — по 1 таб. 2 раза в день
Дәрігер / Врач: «d_fio»   Дәрігердің коды / код врача: «d_code»
Бас дәрігердің орынбасары / Зам. главного врача: «s_ini»
Рецепт электронды түрде жіберілді: «d1_n» 11:42, тел. «p_ph» нөміріне SMS-код
Дәріхана / Аптека: босатылды «d2_n», фармацевт «e_ini»; алған адам «r_fio» (жеке куәлік № «passport2»)
""",
}

LISTOK = {
    "RU": """‹Социальный фонд России›                       ‹ЛИСТОК НЕТРУДОСПОСОБНОСТИ› (электронный)
Номер ЭЛН: «eln»                Первичный   Статус: закрыт
Медицинская организация: «polyclinic», ‹ОГРН 1027700478162›, адрес: г. Вологда, ул. Чехова, д. 12
Дата выдачи: «d1_n»
Фамилия, имя, отчество: «p_fio»
Дата рождения: «p_dob»   Пол: «p_sex»   СНИЛС: «p_nid»   ИНН: «inn»
Место работы — наименование организации: «employer»     Основное
Причина нетрудоспособности: ‹01 (заболевание)›
Поставлен«p_a» на учёт в ранние сроки беременности: —
Находился в стационаре: с «d1_n» по «d2_n»
ОСВОБОЖДЕНИЕ ОТ РАБОТЫ
  с «d1_n» по «d2_n»   Должность врача: терапевт   ФИО врача: «d_ini»
  с «d2_yy» по «d3_yy»   Должность врача: терапевт   ФИО врача: «e_ini»; председатель ВК «s_ini»
Приступить к работе: с «d4_n»
Диагноз (МКБ-10, для ФСС не передаётся): «icd»
Уведомление о закрытии ЭЛН отправлено на Госуслуги: «url»
Выплата пособия: банковский счёт «acct» (карта МИР «card»)
Электронная почта для уведомлений: «p_em», тел. «p_ph»
""",
    "UA": """‹ЕЛЕКТРОННИЙ ЛИСТОК НЕПРАЦЕЗДАТНОСТІ› (ЕЛН) № «eln»
Медичний висновок про тимчасову непрацездатність № «order» від «d1_n»
Заклад: «polyclinic», ‹ЄДРПОУ 38712254›
Пацієнт: «p_fio»
РНОКПП: «p_nid»   Дата народження: «p_dob»
Декларація з лікарем: № «decl»
Місце роботи: «employer» (основне)
Причина непрацездатності: захворювання; режим: амбулаторний
Період непрацездатності: з «d1_uk» р. по «d2_uk» р.; продовжено до «d3_uk» р. ЛКК (голова «s_ini»)
Лікуючий лікар: «d_fio», тел. «d_ph_work»
Діагноз: «dx» («icd»)
Стати до роботи: «d4_n»
Допомога по тимчасовій непрацездатності — рахунок IBAN «iban_ua»
Повідомлення надіслано на «p_em» та номер «p_ph»; у застосунку ‹Дія› статус "Закрито".
Відповідальна особа ФСС: «x_ini»
""",
}

SPRAVKA = {
    "RU": """«polyclinic»
Код ОГРН 1106952001234
Медицинская документация ‹Форма № 086/у›
‹МЕДИЦИНСКАЯ СПРАВКА› (врачебное профессионально-консультативное заключение)
1. Выдана для представления в: ФГБОУ ВО «Тверской государственный медицинский университет» (приёмная комиссия)
2. Фамилия, имя, отчество: «p_fio»
3. Пол: «p_sexru»
4. Дата рождения: «p_dob»
5. Адрес места жительства: «p_addr»
6. Место учёбы: МБОУ «Лицей № 3», 11 класс
7. Перенесённые заболевания: ветряная оспа («yr»), ОРВИ
8. Профилактические прививки: ‹АДС-М› «d6_n», корь — V2, гепатит B — V3, ‹Гриппол плюс› «d0_n»
9. Данные объективного исследования: хирург — здоров«p_a»; невролог — здоров«p_a»; офтальмолог — visus OD 1,0 OS 1,0;
   ЛОР — здоров«p_a»; флюорография «d6_n» № 4412 — без патологии. «la2» «lv2».
10. Заключение о профессиональной пригодности: противопоказаний для обучения по специальности ‹Лечебное дело› нет.
Группа здоровья: I. Физкультурная группа: основная.
Полис ОМС: «oms»   СНИЛС: «p_nid»
Законный представитель: «r_fio», тел. «r_ph»
Врач-терапевт подростковый: «d_ini»   Главный врач: «s_ini»   М.П.
Дата выдачи: «d1_ruq» г.
""",
    "KG": """«polyclinic»
‹Форма № 086/у›
‹МЕДИЦИНАЛЫК МАЛЫМКАТ› / МЕДИЦИНСКАЯ СПРАВКА № «cert»
Жогорку окуу жайга тапшыруу үчүн / для поступления в ‹КГМА им. И. К. Ахунбаева›
Аты-жөнү / ФИО: «p_fio»
Туулган күнү: «p_dob»   ПИН: «p_nid»
Дареги: «p_addr»
Телефону: «p_ph»   Ата-энеси / родитель: «r_fio», «r_ph»
Мектеп: № 61 орто мектеп, 11-класс
Эмдөөлөр / прививки: ‹АДС-М› «d6_n», КПК (корь, паротит, краснуха) — 2 доза
Флюорография: «d0_n» — патология жок
Терапевт: дени сак; невропатолог: дени сак; «la1» «lv1»
Корутунду / заключение: окууга каршы көрсөтмө жок. Ден соолук тобу: I.
Дарыгер: «d_ini»   Башкы дарыгер: «s_ini»
Берилген күнү / дата выдачи: «d1_ky»
""",
}

KARTA_SMP = {
    "RU": """ГБУЗ «Станция скорой медицинской помощи»   Подстанция № 3
‹КАРТА ВЫЗОВА СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ› № 2317   Учётная форма № 110/у
1. Номер бригады: 312 (фельдшерская)   2. Номер вызова: «order»
3. Дата: «d1_n»   Приём вызова 03:12, передача 03:14, выезд 03:15, прибытие 03:29, окончание 04:40
4. Адрес вызова: «p_addr», подъезд 2, этаж 4, код домофона 47В
5. Сведения о больном: «p_fio»
   Возраст: «p_old» «p_ru_y»   Дата рождения: «p_dob»   Пол: «p_sex»
   Полис ОМС: «oms»   СНИЛС: «p_nid»
6. Кто вызвал: дочь — «r_fio», телефон для обратного звонка «r_ph»
7. Повод к вызову: 11Я — потеря сознания, упала дома
8. Жалобы: со слов дочери, у «p_gen» с вечера «d0_dm» слабость, головокружение
Анамнез: ЭКС («pacer») с «yr» г., принимает «drug1», «drug2».
Объективно: АД «bp» мм рт. ст., ЧСС «pulse» уд/мин, SpO2 «spo2»%, t «temp» °C, глюкоза 6,2 ммоль/л.
Диагноз: «dx» (МКБ-10 «icd»).
Оказанная помощь: «drug4», кислородотерапия.
Результат: доставлен«p_a» в «hospital» в 04:18; сопровождающий — сын «m_fio» (тел. «m_ph») на своём автомобиле «plate».
Фельдшер: «e_ini»   Фельдшер: «x_ini»   Старший врач смены: «s_ini»
Пациент«p_ka» ранее: вызов «d6_n» (карта № «mrn2»).
""",
    "BY": """УЗ «Гродненская городская станция скорой медицинской помощи»
‹КАРТА ВЫЗОВА БРИГАДЫ СКОРОЙ МЕДИЦИНСКОЙ ПОМОЩИ› № «order»
Дата: «d1_n»   Время приёма вызова: 22:47   Бригада: 7 (врачебная)
Адрес: «p_addr»
Ф.И.О. пациента: «p_fio»
Возраст: «p_old» «p_ru_y» (дата рождения «p_dob»)
Идентификационный номер: «p_nid»
Вызов принят от: внучка «r_fio», тел. «r_ph»
Повод: боль в груди, одышка
Анамнез: живёт с внучкой; ИБС, пароксизмальная ФП. Принимает «drug1», «drug2». Слуховой аппарат (серийный № «aid»).
Объективно: АД «bp», ЧСС «pulse», ЧДД 24, SpO2 «spo2»%.
ЭКГ: фибрилляция предсердий, ЧЖС 134 в мин.
Диагноз: «dx» («icd»).
Помощь: «drug3»; «drug4».
Госпитализирован«p_a» в «hospital», передан«p_a» дежурному врачу «d_ini» в 23:58.
Врач бригады: «e_ini»   Фельдшер: «x_ini»   Водитель: «y_ini», автомобиль «plate»
Амбулаторная карта поликлиники № «mrn2»; участковый терапевт «s_ini»
""",
}

UZI = {
    "UA": """«polyclinic»
Кабінет ультразвукової діагностики
‹ПРОТОКОЛ УЛЬТРАЗВУКОВОГО ДОСЛІДЖЕННЯ› органів малого тазу / вагітності № «order»
Дата дослідження: «d1_uk» р.   Апарат: ‹Samsung HS40›, датчик 2–6 МГц
Пацієнтка: «p_fio»
Дата народження: «p_dob» (вік «p_age»)   Медична карта № «mrn»
Телефон: «p_ph»   E-mail: «p_em»
Направлення № «refno» від лікаря «x_ini» (електронне, ЕСОЗ)
Остання менструація: «d6_n». Термін вагітності за ОМ: 22 тижні.
Плід один, головне передлежання. Серцебиття ритмічне, ‹ЧСС плода 146 уд/хв›.
Біометрія: ‹БПР 54 мм›, ОГ 198 мм, ОЖ 176 мм, ДС 39 мм — відповідає 22 тижням.
Плацента по задній стінці, товщина 24 мм, ступінь зрілості 0. Кількість навколоплідних вод у нормі (ІАР 14 см).
Висновок: вагітність 22 тижні, без ознак патології. Рекомендовано: «drug1»; наступне УЗД «d4_n».
Лікар УЗД: «d_fio» (сертифікат лікаря-спеціаліста № «d_cert»)
Чоловік пацієнтки: «r_fio», тел. «r_ph»
""",
    "KZ": """«polyclinic»
‹УЛЬТРАДЫБЫСТЫҚ ЗЕРТТЕУ ХАТТАМАСЫ› / ПРОТОКОЛ УЗИ № «order»
Зерттеу күні: «d1_kk»   Аппарат: ‹Mindray DC-70›
Пациент: «p_fio»
ЖСН / ИИН: «p_nid»   Туған күні: «p_dob»   Медициналық карта № «mrn»
Мекенжайы: «p_addr»
Телефон: «p_ph»
Жолдама / направление № «refno», дәрігер «x_ini»
Бауыр: оң бөлігі 142 мм, сол бөлігі 68 мм, эхогенділігі қалыпты.
Өт қабы: 78×32 мм, қабырғасы 4 мм, қуысында 12 мм дейін тастар.
Ұйқы безі: басы 24 мм, денесі 14 мм. Көкбауыр: ‹104×42 мм›.
Бүйректер: оң 108×52 мм, сол 112×54 мм, ПБҚ 18 мм.
Қорытынды / Заключение: «dx» («icd»). Хирург кеңесі ұсынылады.
Дәрігер: «d_fio» (маман сертификаты № «d_cert»)
Келесі тексеру: «d4_n»
""",
}

LAB = {
    "RU": """ООО «ЛабДиагностика-Плюс»   Лицензия № Л041-01137-77/00368421
Медицинский офис: г. Тверь, пр-т Чайковского, д. 19; тел. 8-800-555-35-35
‹РЕЗУЛЬТАТЫ ЛАБОРАТОРНЫХ ИССЛЕДОВАНИЙ›
Заказ № «order»   Дата взятия биоматериала: «d1_n» 08:14   Дата выполнения: «d2_n» 14:30
Пациент: «p_FIO»
Дата рождения: «p_dob»   Пол: «p_sex»   Возраст: «p_age» «p_ru_y»
Направивший врач: «d_ini», «polyclinic»
Полис ДМС: «dms» («insurer»)
Исследование              Результат         Ед.         Референсные значения
«la1»                     «lv1»                           «lr1»
«la2»                     «lv2»                           «lr2»
«la3»                     «lv3»                           «lr3»
«la4»                     «lv4»                           «lr4»
«la5»                     «lv5»                           «lr5»
Результаты исследований не являются диагнозом, необходима консультация специалиста.
Врач КЛД: «x_ini»     Результат отправлен на «p_em» и по SMS на «p_ph»
Онлайн-доступ к результату: «url_lab»
Оплата: карта «card», «d1_n»
""",
    "AM": """«polyclinic»
Լաբորատոր հետազոտությունների արդյունքներ / ‹ԱՆԱԼԻԶԻ ՊԱՏԱՍԽԱՆ›
Պատվեր № «order»   Նմուշառման ամսաթիվ: «d1_hy»
Ազգանուն, անուն, հայրանուն: «p_fio»
Ծննդյան ամսաթիվ: «p_dob»   Տարիք: «p_age»
ՀԾՀ (սոցիալական քարտ): «p_nid»
Հասցե: «p_addr»
Հեռախոս: «p_ph»   Էլ. փոստ: «p_em»
Ուղեգրող բժիշկ: «d_full» (լիցենզիա № «d_cert»)
Հետազոտություն               Արդյունք
«ha1»                        «hv1»
«ha2»                        «hv2»
«ha3»                        «hv3»
«ha4»                        «hv4»
Լաբորատորիայի բժիշկ: «x_ini2»
Արդյունքները հասանելի են առցանց: «url_am»
Ապահովագրություն: «insurer», պոլիս № «policy»
""",
}

VACCINATION = {
    "KZ": """Qazaqstan Respublikasy Densaulyq saqtau ministrlıgı
«Qalalyq emhana № 5» ŞJQ MKK
‹PROFILAKTIKALYQ EKPELER TURALY ANYQTAMA› / Certificate of vaccination № «cert»
Balanyñ T.A.Ä.: «p_lat»
JSN: «p_nid»   Tuğan küni: «p_dob»
Mekenjaiy: «p_latline», «p_lattown» auyly
Ata-anasy / zañdy ökılı: «r_lat», tel. «r_ph»
Ekpe                       Preparat              Seriasy       Küni
«v1»                       «vb1»                 «vs1»         «d6_n»
«v2»                       «vb2»                 «vs2»         «d0_n»
«v3»                       «vb3»                 «vs3»         «d1_n»
Qarsy körsetılımder joq. Kelesı ekpe: «d4_kkl».
Ekpe jasağan meiırbike: «e_latg» «e_latf»
Därıger: «d_lat»
Anyqtama berılgen küni: «d1_kkl»
QR-kod arqyly tekseru: «url_kz»
""",
    "UZ": """O'zbekiston Respublikasi Sog'liqni saqlash vazirligi
«polyclinic»
‹EMLASH TO'G'RISIDA MA'LUMOTNOMA› № «cert»
Bolaning F.I.Sh.: «p_fio»
JShShIR (PINFL): «p_nid»   Tug'ilgan sanasi: «p_dob»
Manzil: «p_addr»
Ota-onasi: «r_fio», tel. «r_ph»
Tug'ilganlik haqida guvohnoma: I-TN № «passport2»
Emlash                                          Vaksina        Seriya       Sana
«v1»                                            «vb1»          «vs1»        «d6_n»
«v2»                                            «vb2»          «vs2»        «d0_n»
«v3»                                            «vb3»          «vs3»        «d1_n»
Navbatdagi emlash: «d4_uz».
Hamshira: «e_fio»   Shifokor: «d_ini»
Berilgan sana: «d1_uz»
Ma'lumotnomani tekshirish: «url_uz»
""",
}

SMERT = {
    "RU": """«hospital»
ОКПО 01923462, адрес: г. Вологда, ул. Ленинградская, д. 71
Учётная форма № 106/у
‹МЕДИЦИНСКОЕ СВИДЕТЕЛЬСТВО О СМЕРТИ› серия 19 № «dc_no»   окончательное
Дата выдачи «d2_ruq» г.
1. Фамилия, имя, отчество умершего(ей): «p_fio»
2. Пол: «p_sexru»
3. Дата рождения: «p_dob»
4. Дата смерти: «d1_n», время 05:40
5. Регистрация по месту жительства: «p_addr»
6. Местность: городская
7. Место смерти: в стационаре
8. Возраст: «p_old» «p_ru_y»
СНИЛС: «p_nid»   Полис ОМС: «oms»   Документ, удостоверяющий личность: паспорт «passport»
Медицинская карта стационарного больного № «mrn»
19. Причины смерти:
  I а) «dx2» («icd2»)
    б) «dx» («icd»)
  II  ‹Атеросклероз аорты (I70.0)›
20. Смерть установлена врачом, лечащим пациента: «d_fio»
21. Вскрытие: не производилось (по заявлению родственников)
Свидетельство получил(а): сын — «r_fio», паспорт «passport2», «d2_n»
Проверил: заведующий отделением «s_ini»
""",
    "GE": """«hospital»
‹სამედიცინო ცნობა გარდაცვალების შესახებ› № «dc_no»
ფორმა IV-106/ა
გარდაცვლილის გვარი: «p_f»
სახელი: «p_g»
მამის სახელი: «p_father»
პირადი ნომერი: «p_nid»
დაბადების თარიღი: «p_dob»
ასაკი: «p_old» წლის
მუდმივი საცხოვრებელი მისამართი: «p_addr»
გარდაცვალების თარიღი: «d1_ka» წ., დრო 02:15
გარდაცვალების ადგილი: სტაციონარი, სამედიცინო ბარათი № «mrn»
გარდაცვალების მიზეზი:
  ა) «dx2» («icd2»)
  ბ) «dx» («icd»)
ცნობა გასცა ექიმმა: «d_full» (სახელმწიფო სერტიფიკატი № «d_cert»), ტელ. «d_ph_work»
ცნობა მიიღო: შვილი — «r_full», პირადი ნომერი «r_nid», ტელ. «r_ph»
გაცემის თარიღი: «d2_n»
მთავარი ექიმი: «s_full»
""",
}

MESSENGER = {
    "RU": """Telegram · группа «Бабушка 🏥»  (участники: «r_g», «m_g», «x_g»)
[«d1_dm» 06:58] «r_g»: Бабушку ночью увезла скорая в «hospital», в кардиологию. Палата 412
[«d1_dm» 07:03] «m_g»: Господи. Что сказали? Я сама в «yr» с этим лежала, мне тогда «m_age» было
[«d1_dm» 07:05] «r_g»: Фибрилляция, ‹давление 190›. Ей всё-таки «p_old», не шутки
[«d1_dm» 07:06] «r_g»: Лечащий врач «d_io», телефон ординаторской «d_ph_work», звонить после 13
[«d1_dm» 07:11] «x_g»: Я заеду вечером, отвезу халат и «drug1». Машина опять на ремонте, возьму твою «plate», ок?
[«d1_dm» 07:12] «r_g»: Ок. Паспорт и полис у меня: полис «oms», СНИЛС «p_nid» — в приёмном спрашивали
[«d1_dm» 07:20] «m_g»: Записываю: «p_fio», «p_dob» г.р. Кто ей звонил вчера?
[«d1_dm» 07:22] «r_g»: Сосед«y_ka» «y_io», вот номер: «y_ph»
[«d2_dm» 18:40] «x_g»: Была у неё. Узнала меня 🙏 «la1» «lv1». Сказали выписка примерно «d3_dm»
[«d2_dm» 18:41] «x_g»: Адрес для выписки оставила бабушкин: «p_line», «p_town»
[«d2_dm» 18:45] «m_g»: Скину на карту на лекарства, номер «card»?
[«d2_dm» 18:46] «r_g»: Да. И напишите «e_io» (медсестра, «e_ph»), она добрая
""",
    "GE": """WhatsApp · «ბებია 💙»
[«d1_dm», 07:02] «r_g»: ბებია ღამით სასწრაფომ წაიყვანა «hospital»-ში, კარდიოლოგიაში, ‹პალატა 12›
[«d1_dm», 07:05] «m_g»: ღმერთო ჩემო. რა თქვეს? მეც «yr» წელს ასე ვიწექი, «m_age» წლის ვიყავი
[«d1_dm», 07:06] «r_g»: ინფარქტის ეჭვი. «p_old» წლისაა, ადვილი არ არის
[«d1_dm», 07:08] «r_g»: მკურნალი ექიმი «d_full», ტელ. «d_ph_work», 14:00-ის შემდეგ
[«d1_dm», 07:15] «x_g»: საღამოს მივალ, წავიღებ «drug1»-ს. მანქანა «plate» ავიღო?
[«d1_dm», 07:16] «r_g»: კი. ისე, მიმღებში პირადი ნომერი იკითხეს: «p_nid»
[«d1_dm», 07:20] «m_g»: ჩავწერე: «p_f» «p_g», დაბ. «p_dob»
[«d1_dm», 07:25] «r_g»: მეზობელი «y_full» ურეკავდა, მისი ნომერია «y_ph»
[«d2_dm», 19:10] «x_g»: ვიყავი. მიცნო 🙏 «drug2» დაუნიშნეს. ექიმმა თქვა, რომ გაწერა «d3_dm»-ს იქნება
[«d2_dm», 19:12] «x_g»: მისამართად ბებიას სახლი დავუტოვე: «p_line», «p_town»
[«d2_dm», 19:15] «m_g»: მედდას დაურეკეთ, «e_full», «e_ph», ძალიან კარგია
""",
}

JSON_EXPORT = {
    "RU": """{"resourceType": "ЭМК.Выгрузка", "source": "ЕМИАС.ИНФО", "exported": "«d3_iso»T09:12:44+03:00", "operator": {"login": "«x_em»", "ip": "«ip»"},
 "patient": {"фамилия": "«p_f»", "имя": "«p_g»", "отчество": "«p_patr»", "дата_рождения": "«p_dobiso»", "пол": "«p_sex»",
  "снилс": "«p_nid»", "полис_омс": "«oms»", "паспорт": "«passport»", "телефон": "«p_ph»", "email": "«p_em»",
  "адрес": {"индекс": "«p_pc»", "регион": "«p_region»", "нас_пункт": "«p_town»", "улица_дом_кв": "«p_line»"},
  "прикрепление": "«polyclinic»", "номер_амб_карты": "«mrn»"},
 "случаи": [{"тип": "стационар", "мо": "«hospital»", "поступление": "«d1_iso»", "выписка": "«d3_iso»", "диагноз_мкб": "«icd»",
   "диагноз": "«dx»", "лечащий_врач": "«d_ini»", "снилс_врача": "«d_nid»", "назначения": ["«drug1»", "«drug2»"]},
  {"тип": "вызов_смп", "дата": "«d0_iso»", "бригада": 118, "фельдшер": "«e_ini»", "диагноз_мкб": "«icd2»"}],
 "контактное_лицо": {"фио": "«r_fio»", "степень_родства": "супруг«r_a»", "телефон": "«r_ph»"},
 "ссылка": "«url»"}
""",
    "KZ": """{"system": "Damumed", "export_type": "patient_card", "exported_at": "«d3_iso» 10:41:07", "user": "«x_em»", "client_ip": "«ip»",
 "пациент": {"ТАӘ": "«p_fio»", "ЖСН": "«p_nid»", "туған_күні": "«p_dobiso»", "жынысы": "«p_sex»", "телефон": "«p_ph»",
  "мекенжай": "«p_pc», «p_region», «p_town», «p_line»", "тіркелу": "«polyclinic»", "ОӘМС_мәртебесі": "сақтандырылған",
  "мед_карта_№": "«mrn»"},
 "госпитализация": {"ұйым": "«hospital»", "түскен_күні": "«d1_iso»", "шыққан_күні": "«d3_iso»", "АХЖ10": "«icd»", "диагноз": "«dx»",
  "емдеуші_дәрігер": "«d_ini»", "бөлім_меңгерушісі": "«s_ini»", "тағайындаулар": ["«drug1»", "«drug2»", "«drug3»"]},
 "туыстары": [{"ТАӘ": "«r_fio»", "телефон": "«r_ph»"}, {"ТАӘ": "«m_fio»", "телефон": "«m_ph»"}],
 "төлем": {"IBAN": "«iban_kz»"},
 "құрылғы": {"глюкометр_SN": "«gluco»"}}
""",
}

CSV_EXPORT = {
    "UA": """# Helsi · експорт записів на прийом · КНП «Центр первинної медико-санітарної допомоги № 2» · сформовано «d3_n» 17:05 · IP «ip»
дата;час;пацієнт;дата_народження;РНОКПП;телефон;декларація;лікар;діагноз_МКХ10;примітка
«d1_n»;09:00;«p_fio»;«p_dob»;«p_nid»;«p_ph»;«decl»;«d_ini»;«icd»;повторний огляд
«d1_n»;09:20;«r_fio»;«r_dob»;«r_nid»;«r_ph»;;«d_ini»;«icd2»;супроводжує «p_ini»
«d2_n»;10:40;«m_fio»;«m_dob»;«m_nid»;«m_ph»;;«e_ini»;‹J06.9›;перша консультація, email «m_em»
«d2_n»;11:00;«x_fio»;«x_dob»;«x_nid»;«x_ph»;;«e_ini»;‹Z00.0›;медогляд водія, авто «plate»
«d3_n»;08:30;«y_fio»;«y_dob»;«y_nid»;«y_ph»;;«d_ini»;‹I10›;«drug1» — виписано е-рецепт
# адреса пацієнта «p_ini»: «p_addr»; посилання на декларацію: «url_ua»
""",
    "UZ": """# DMED · qabul jurnali eksporti · «polyclinic» · «d3_n» 16:20 · foydalanuvchi «s_em» · IP «ip»
sana,vaqt,bemor_fish,tugilgan_sana,pinfl,telefon,shifokor,mkb10,izoh
«d1_n»,08:30,«p_fio»,«p_dob»,«p_nid»,«p_ph»,«d_ini»,«icd»,takroriy ko'rik
«d1_n»,08:50,«r_fio»,«r_dob»,«r_nid»,«r_ph»,«d_ini»,«icd2»,bemor «p_ini» bilan
«d2_n»,09:10,«m_fio»,«m_dob»,«m_nid»,«m_ph»,«e_ini»,‹J06.9›,birinchi murojaat
«d2_n»,09:40,«x_fio»,«x_dob»,«x_nid»,«x_ph»,«e_ini»,‹Z00.0›,haydovchi tibbiy ko'rigi; avto «plate»
«d3_n»,10:00,«y_fio»,«y_dob»,«y_nid»,«y_ph»,«d_ini»,‹I10›,«drug1» buyurildi
# bemor «p_ini» manzili: «p_addr»; e-pochta «p_em»
""",
}

REGISTRATURA = {
    "BY": """«polyclinic»
Рэгістратура · ‹ТАЛОН› на прыём да ўрача № 37
Урач: ‹тэрапеўт участковы› «d_ini», каб. 214
Дата прыёму: «d1_be» г., час 10:40
Пацыент: «p_fio»
Дата нараджэння: «p_dob»   Ідэнтыфікацыйны нумар: «p_nid»
Адрас: «p_addr»
Тэлефон: «p_ph»
Амбулаторная карта № «mrn»   ‹Участак № 12›
Запіс праз: 8 (0152) 71-30-30 / «p_em»
Рэгістратар: «x_ini»   Дата выдачы талона: «d0_n»
----------------------------------------------
Накіраванне на аналізы: «la1», «la2» — «d1_n», каб. 105 (№ «refno»)
Пры сабе мець: пашпарт «passport2», вынікі ФЛГ «d6_n»
Суправаджае: «r_fio» (тэл. «r_ph»)
""",
    "AZ": """«polyclinic»
Qeydiyyat şöbəsi · ‹QƏBULA YAZILMA TALONU› № «refno»
Həkim: ‹terapevt› «d_ini», otaq 18
Qəbul tarixi: «d1_az» il, saat 11:20
Pasiyent: «p_fio»
Doğum tarixi: «p_dob»   FİN: «p_nid»
Şəxsiyyət vəsiqəsi: AZE «passport2»
Ünvan: «p_addr»
Telefon: «p_ph»   E-poçt: «p_em»
Tibbi kart № «mrn»   İcbari tibbi sığorta polisi: «policy»
Qeydiyyatçı: «x_ini»   Talon verilib: «d0_n»
----------------------------------------------
Analizlər: ‹ümumi qan analizi›, ‹qlükoza› — «d1_n», otaq 7. Diaqnoz: «dx2» («icd2»)
Müşayiət edən: «r_fio», tel. «r_ph»
""",
}

INSURANCE = {
    "RU": """В «insurer»
Генеральному директору «s_dati»
от «p_gen»
‹ЗАЯВЛЕНИЕ› о выплате по договору добровольного медицинского страхования (ДМС) и о выборе (замене) страховой медицинской организации (ОМС)

Я, «p_fio», дата рождения «p_dob», место рождения: «p_birthplace»,
паспорт «passport», выдан ГУ МВД России «d5_n», ‹код подразделения 350-004›,
зарегистрирован«p_a» по адресу: «p_addr»,
СНИЛС «p_nid», ИНН «inn», полис ОМС № «oms», полис ДМС № «dms»,
прошу возместить расходы на лечение в «hospital» с «d1_n» по «d3_n» (счёт № «order» от «d3_n»).
Лечащий врач: «d_ini». Диагноз: «dx» («icd»).
Выплату прошу перечислить на счёт «acct» в ‹ПАО Сбербанк›, ‹БИК 041909644›.
Контакт: «p_ph», «p_em».
Представитель по доверенности: «r_fio» (доверенность от «d2_n», нотариус «y_ini»).
Приложения: выписной эпикриз, копия чеков, копия паспорта.
«d4_ruq» г.                                   Подпись ________ /«p_ini»/
Заявление принял«x_la0»: специалист «x_ini», вх. № «refno»
""",
    "AM": """«insurer»
‹ԲԺՇԿԱԿԱՆ ԱՊԱՀՈՎԱԳՐՈՒԹՅԱՆ ՀԱՏՈՒՑՄԱՆ ԴԻՄՈՒՄ›
Ապահովագրական պոլիս № «policy»
Ապահովադիր / Ապահովագրված անձ: «p_fio»
Ծննդյան ամսաթիվ: «p_dob»
ՀԾՀ: «p_nid»   Անձնագիր: «passport2»
Հասցե: «p_addr»
Հեռախոս: «p_ph»   Էլ. փոստ: «p_em»
Բժշկական հաստատություն: «hospital»
Բուժման ժամանակահատված: «d1_hy» – «d3_hy»
Ախտորոշում: «dx» («icd»), «dx2» («icd2»)
Բուժող բժիշկ: «d_full», հեռ. «d_ph_work»
Հիվանդության պատմություն № «mrn»
Հատուցումը փոխանցել բանկային հաշվին: «am_acct»
Ներկայացուցիչ: «r_full», հեռ. «r_ph»
Դիմումն ընդունեց: «x_ini2», «d4_n»
""",
}

CAUCASUS = {
    "GE": """«hospital»
კარდიოლოგიის განყოფილება
‹ამონაწერი სამედიცინო ბარათიდან› ფორმა IV-100/ა
სამედიცინო ბარათი № «mrn»
პაციენტის გვარი, სახელი: «p_f» «p_g»
მამის სახელი: «p_father»
პირადი ნომერი: «p_nid»
დაბადების თარიღი: «p_dob»   ასაკი: «p_age»
მისამართი: «p_addr»
ტელეფონი: «p_ph»   ელ. ფოსტა: «p_em»
დაზღვევა: «insurer», პოლისი № «policy»
შემოსვლის თარიღი: «d1_ka» წ.   გაწერის თარიღი: «d3_ka» წ.
დიაგნოზი: «dx» (ICD-10: «icd»). თანმხლები: «dx2» («icd2»).
ჩატარებული მკურნალობა: კორონაროგრაფია «d2_n», სტენტირება; «drug1», «drug2», «drug3».
რეკომენდაცია: «drug1» მუდმივად, «drug4»; კარდიოლოგის კონსულტაცია «d4_n».
ელექტრონული ჩანაწერი: «url_ge»
მკურნალი ექიმი: «d_full» (სერტიფიკატი № «d_cert»)
განყოფილების ხელმძღვანელი: «s_full»
ამონაწერი გადაეცა: «r_full» (შვილი), ტელ. «r_ph»
""",
    "AZ": """«hospital»
Kardiologiya şöbəsi
‹XƏSTƏLİK TARİXİNDƏN ÇIXARIŞ› № «mrn»
Xəstənin soyadı, adı, atasının adı: «p_fio»
Doğum tarixi: «p_dob»   Yaşı: «p_age»   FİN: «p_nid»
Ünvan: «p_addr»
Telefon: «p_ph»   E-poçt: «p_em»
İcbari tibbi sığorta: «policy»
Daxil olma tarixi: «d1_az» il   Çıxma tarixi: «d3_az» il
Yekun diaqnoz: «dx» (XBT-10: «icd»). Yanaşı: «dx2» («icd2»).
Müalicə: «drug1», «drug2», «drug3». Koronaroqrafiya «d2_n», stentləmə.
Elektrokardiostimulyator: seriya № «pacer»
Tövsiyə: «drug1» daimi, «drug4»; kardioloq müayinəsi «d4_n».
Müalicə həkimi: «d_fio» (sertifikat № «d_cert»)
Şöbə müdiri: «s_ini»
Çıxarışı aldı: «r_fio» (həyat yoldaşı), tel. «r_ph»
Ödəniş: «iban_az»
""",
}

HOME_VISIT = {
    "UA": """«polyclinic»
Амбулаторія загальної практики — сімейної медицини № 3
‹ЗАПИС ПРО АКТИВНЕ ВІДВІДУВАННЯ ПАЦІЄНТА ВДОМА› (виклик лікаря додому)
Дата: «d1_uk» р., 11:20   Виклик прийнято від: донька «r_fio», тел. «r_ph»
Пацієнт: «p_fio»
Вік: «p_old» «p_uk_y», дата народження «p_dob»   РНОКПП: «p_nid»
Декларація № «decl»   Медична карта амбулаторного хворого № «mrn»
Адреса: «p_addr»
Скарги у «p_gen»: слабкість, набряки на ногах, задишка при ходьбі по кімнаті.
Об'єктивно: АТ «bp», пульс «pulse», SpO2 «spo2»%, набряки гомілок ++.
Діагноз: «dx» («icd»).
Призначено: «drug1», «drug2»; контроль ваги, обмеження рідини.
Е-рецепт № «rxno» надіслано на телефон доньки. Наступний візит «d3_n».
Патронаж медсестри «e_ini» (тел. «e_ph») — щотижня.
Соціальний працівник: «y_ini», «y_ph». Син «m_fio» (мешкає окремо, «m_ph»).
Лікар загальної практики: «d_fio»
""",
    "KG": """«polyclinic»
‹ҮЙГӨ БАРУУ КАРТАСЫ› / Запись о посещении на дому
Күнү / дата: «d1_ky», 10:30   Чакырган: небереси «r_fio», тел. «r_ph»
Бейтап / Пациент: «p_fio»
Жашы / возраст: «p_old» жашта   Туулган күнү: «p_dob»   ПИН: «p_nid»
Дареги: «p_addr»
Амбулатордук карта № «mrn»
Даттануулар: алсыздык, баш айлануу, буттары шишийт.
Объективно: АД «bp», пульс «pulse», SpO2 «spo2»%.
Диагноз: «dx» («icd»).
Дайындалды / назначено: «drug1», «drug2».
Кийинки баруу: «d3_n». Медайым «e_ini» (тел. «e_ph») жума сайын келет.
Уулу «m_fio» (Москвада жашайт, «m_ph») менен сүйлөшүлдү.
Үй-бүлөлүк дарыгер: «d_fio»
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("ru80_vypisnoy_epikriz", ["RU", "KZ"], "text", EPIKRIZ),
    ("ru80_vypyska_medkarta", ["UA", "BY"], "text", VYPYSKA),
    ("ru80_napravlenie_057u", ["RU", "KG"], "text", NAPRAVLENIE),
    ("ru80_recept_blank", ["RU", "KZ"], "text", RECEPT),
    ("ru80_listok_netrudosposobnosti", ["RU", "UA"], "text", LISTOK),
    ("ru80_spravka_086u", ["RU", "KG"], "text", SPRAVKA),
    ("ru80_karta_vyzova_smp", ["RU", "BY"], "text", KARTA_SMP),
    ("ru80_protokol_uzi", ["UA", "KZ"], "text", UZI),
    ("ru80_lab_analysis", ["RU", "AM"], "text", LAB),
    ("ru80_vaccination_certificate", ["KZ", "UZ"], "text", VACCINATION),
    ("ru80_svidetelstvo_smerti", ["RU", "GE"], "text", SMERT),
    ("ru80_family_messenger", ["RU", "GE"], "text", MESSENGER),
    ("ru80_mis_export_json", ["RU", "KZ"], "json", JSON_EXPORT),
    ("ru80_mis_export_csv", ["UA", "UZ"], "text", CSV_EXPORT),
    ("ru80_registratura_slip", ["BY", "AZ"], "text", REGISTRATURA),
    ("ru80_insurance_form", ["RU", "AM"], "text", INSURANCE),
    ("ru80_caucasus_discharge", ["GE", "AZ"], "text", CAUCASUS),
    ("ru80_home_visit_elder", ["UA", "KG"], "text", HOME_VISIT),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe80:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        for i, (vacc, brand) in enumerate(rng.sample(VACCINES.get(loc, VACCINES["KZ"]), 3), 1):
            slots[f"v{i}"], slots[f"vb{i}"], slots[f"vs{i}"] = K(vacc), K(brand), K(fill(rng, "@%#@@%##"))
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
