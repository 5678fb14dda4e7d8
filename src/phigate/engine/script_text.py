"""PHI in non-Latin scripts: form labels and dates in Greek, Cyrillic, Armenian, Georgian, Hebrew, Arabic
(Urdu, Persian), Ge'ez, Indic scripts, Thai, Lao, Burmese, Khmer, Sinhala, CJK and Korean.

The pattern engine scans an ASCII copy (other letters fold to `a`/`A`) and the name finder reads Latin
capitals, so `Ασθενής: κ. Παναγιώτης Γεωργίου` or `วันเกิด: 10 พฤศจิกายน 1968` would pass untouched.
Scripts without letter case give no capital to anchor a name on; what a form does give in any script
is its labels. So: a name, address or birth-date label followed by `:` masks its value up to the next
column or line, a title (`κ.`, `г-н`) masks the capitalised words after it, and a day + local month
name (+ year) is a date. Runs only when the text holds letters of those scripts: ASCII and accented
Latin text cost nothing.
"""

from __future__ import annotations

import re

from phigate.api.identifiers import IdentifierType as T
from phigate.engine.scanner import Hit

NAME_LABELS = [
    # Greek, Russian, Ukrainian, Bulgarian/Serbian Cyrillic
    "ασθενής", "ασθενής", "ασθενούς", "ονοματεπώνυμο", "όνομα", "επώνυμο", "συγγενής", "πατρώνυμο",
    "пациент", "пациентка", "больной", "больная", "фио", "ф.и.о.", "имя", "фамилия", "отчество",
    "контактное лицо", "родственник", "пацієнт", "пацієнтка", "піб", "ім'я", "прізвище", "по батькові",
    "пациент(ка)", "име", "презиме",
    # Hebrew, Arabic, Persian
    "שם", "שם המטופל", "שם מלא", "מטופל", "מטופלת", "איש קשר", "اسم", "الاسم", "اسم المريض", "المريض",
    "المريضة", "نام", "نام بیمار",
    # relatives, guardians, contact persons
    "קרוב משפחה", "קרובת משפחה", "בן משפחה", "בת משפחה", "אפוטרופוס", "ولي الأمر", "القريب",
    "أقرب الأقارب", "جهة الاتصال", "الوصي", "اسم الأب", "اسم الأم", "الزوج", "الزوجة", "همراه", "قیم",
    "κηδεμόνας", "πλησιέστερος συγγενής", "опекун", "законный представитель", "ближайший родственник",
    "опікун", "родич", "अभिभावक", "परिजन", "पिता का नाम", "पति का नाम", "联系人", "家属", "监护人",
    "緊急連絡先", "家族", "법정대리인",
    # Georgian, Armenian, Amharic (Ge'ez), Tamil, Bengali, Telugu
    "პაციენტი", "სახელი", "გვარი", "სახელი, გვარი", "ნათესავი", "მეურვე", "Հիվանդ", "Անուն", "Ազգանուն",
    "Անուն, ազգանուն", "Հարազատ", "Խնամակալ", "ስም", "ሙሉ ስም", "የታካሚ ስም", "ታካሚ", "ዘመድ", "አሳዳጊ", "பெயர்",
    "நோயாளி", "நோயாளியின் பெயர்", "உறவினர்", "பாதுகாவலர்", "নাম", "রোগী", "রোগীর নাম", "আত্মীয়", "పేరు",
    "రోగి", "బంధువు",
    # Gujarati, Khmer, Sinhala, Mongolian (Cyrillic)
    "નામ", "દર્દી", "દર્દીનું નામ", "સંબંધી", "ઈમરજન્સી સંપર્ક", "ឈ្មោះ", "អ្នកជំងឺ", "សាច់ញាតិ", "නම", "රෝගියා",
    "රෝගියාගේ නම", "ඥාතියා", "Нэр", "Овог нэр", "Овог", "Өвчтөн", "Асран хамгаалагч", "Төрөл садан",
    # Burmese, Lao, Nepali, Urdu, Persian
    "အမည်", "လူနာ", "လူနာအမည်", "ဆွေမျိုး", "အုပ်ထိန်းသူ", "ຊື່", "ຊື່ ແລະ ນາມສະກຸນ", "ນາມສະກຸນ", "ຄົນເຈັບ",
    "ຊື່ຄົນເຈັບ", "ຍາດພີ່ນ້ອງ", "ຜູ້ປົກຄອງ", "बिरामी", "बिरामीको नाम", "पूरा नाम", "आफन्त", "नातेदार", "संरक्षक",
    "مریض", "مریضہ", "مریض کا نام", "رشتہ دار", "سرپرست", "والد کا نام", "شوہر کا نام", "بیمار",
    "نام و نام خانوادگی", "نام خانوادگی", "همراه بیمار", "بستگان",
    # Thai, Chinese, Japanese, Korean, Hindi
    "ชื่อ", "ชื่อ-สกุล", "ชื่อผู้ป่วย", "ผู้ป่วย", "ญาติ", "姓名", "患者", "患者姓名", "病人", "氏名", "患者氏名",
    "이름", "성명", "환자", "환자명", "보호자", "नाम", "रोगी", "मरीज",
]
ADDRESS_LABELS = [
    "διεύθυνση", "διευθυνση", "адрес", "адреса", "адрес проживания", "место жительства", "כתובת",
    "العنوان", "عنوان", "نشانی", "ที่อยู่", "地址", "住址", "住所", "주소", "पता",
    "მისამართი", "Հասցե", "አድራሻ", "முகவரி", "ঠিকানা", "చిరునామా", "우편번호", "સરનામું", "អាសយដ្ឋាន",
    "ලිපිනය", "Хаяг", "Гэрийн хаяг",
    "လိပ်စာ", "နေရပ်လိပ်စာ", "နေရပ်", "ທີ່ຢູ່", "ठेगाना", "स्थायी ठेगाना", "پتہ", "پتا", "مستقل پتہ", "آدرس",
    "محل سکونت",
]
DATE_LABELS = [
    "ημ. γέννησης", "ημερομηνία γέννησης", "γέννηση", "дата рождения", "д.р.", "дата народження",
    "תאריך לידה", "تاريخ الميلاد", "تاريخ الولادة", "تاریخ تولد", "วันเกิด", "วันเดือนปีเกิด", "出生日期",
    "生年月日", "생년월일", "जन्म तिथि",
    "დაბადების თარიღი", "Ծննდյան ամսաթիվ", "የትውልድ ቀን", "பிறந்த தேதி", "জন্ম তারিখ", "పుట్టిన తేదీ",
    "જન્મ તારીખ", "ថ្ងៃខែឆ្នាំកំណើត", "උපන් දිනය", "Төрсөн огноо",
    "မွေးသက္ကရာဇ်", "မွေးနေ့", "မွေးရက်", "ວັນເດືອນປີເກີດ", "ວັນເກີດ", "जन्म मिति", "जन्ममिति", "تاریخ پیدائش",
]
TITLES = ["κ.", "κα", "κα.", "κος", "κυρία", "κύριος", "г-н", "г-жа", "господин", "госпожа", "пан", "пані",
          "גב'", "מר", "السيد", "السيدة", "คุณ", "นาย", "นาง", "นางสาว", "श्री", "श्रीमती"]
MONTHS = [
    "Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου",
    "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου",
    "января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября",
    "ноября", "декабря", "січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня",
    "вересня", "жовтня", "листопада", "грудня",
    "มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน",
    "ตุลาคม", "พฤศจิกายน", "ธันวาคม",
    "ינואר", "פברואר", "מרץ", "אפריל", "מאי", "יוני", "יולי", "אוגוסט", "ספטמבר", "אוקטובר", "נובמבר",
    "דצמבר", "يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر",
    "نوفمبر", "ديسمبر",
    # Georgian (nominative and genitive), Armenian (genitive), Amharic (Ethiopian calendar), Tamil
    "იანვარი", "თებერვალი", "მარტი", "აპრილი", "მაისი", "ივნისი", "ივლისი", "აგვისტო", "სექტემბერი",
    "ოქტომბერი", "ნოემბერი", "დეკემბერი", "იანვრის", "თებერვლის", "მარტის", "აპრილის", "მაისის",
    "ივნისის", "ივლისის", "აგვისტოს", "სექტემბრის", "ოქტომბრის", "ნოემბრის", "დეკემბრის",
    "հունվարի", "փետրվարի", "մարտի", "ապրիլի", "մայիսի", "հունիսի", "հուլիսի", "օգոստոսի", "սեպտեմբերի",
    "հոկտեմբերի", "նոյեմբերի", "դեկտեմբերի",
    "መስከረም", "ጥቅምት", "ኅዳር", "ሕዳር", "ታኅሣሥ", "ታህሳስ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ",
    "ሐምሌ", "ነሐሴ", "ጳጉሜ",
    "ஜனவரி", "பிப்ரவரி", "மார்ச்", "ஏப்ரல்", "மே", "ஜூன்", "ஜூலை", "ஆகஸ்ட்", "செப்டம்பர்", "அக்டோபர்",
    "நவம்பர்", "டிசம்பர்",
    # Gujarati, Sinhala, Khmer
    "જાન્યુઆરી", "ફેબ્રુઆરી", "માર્ચ", "એપ્રિલ", "મે", "જૂન", "જુલાઈ", "ઑગસ્ટ", "સપ્ટેમ્બર", "ઑક્ટોબર",
    "નવેમ્બર", "ડિસેમ્બર", "ජනවාරි", "පෙබරවාරි", "මාර්තු", "අප්‍රේල්", "මැයි", "ජූනි", "ජූලි", "අගෝස්තු",
    "සැප්තැම්බර්", "ඔක්තෝබර්", "නොවැම්බර්", "දෙසැම්බර්", "មករា", "កុម្ភៈ", "មីនា", "មេសា", "ឧសភា",
    "មិថុនា", "កក្កដា", "សីហា", "កញ្ញា", "តុលា", "វិច្ឆិកា", "ធ្នូ",
    # Burmese, Lao, Nepali (Bikram Sambat and Gregorian), Hindi, Urdu, Persian (Solar Hijri)
    "ဇန်နဝါရီ", "ဖေဖော်ဝါရီ", "မတ်", "ဧပြီ", "မေ", "ဇွန်", "ဇူလိုင်", "ဩဂုတ်", "စက်တင်ဘာ", "အောက်တိုဘာ",
    "နိုဝင်ဘာ", "ဒီဇင်ဘာ", "ມັງກອນ", "ກຸມພາ", "ມີນາ", "ເມສາ", "ພຶດສະພາ", "ມິຖຸນາ", "ກໍລະກົດ", "ສິງຫາ", "ກັນຍາ",
    "ຕຸລາ", "ພະຈິກ", "ທັນວາ", "बैशाख", "वैशाख", "जेठ", "असार", "साउन", "श्रावण", "भदौ", "असोज", "कात्तिक",
    "कार्तिक", "मंसिर", "पुस", "माघ", "फागुन", "चैत", "जनवरी", "फेब्रुअरी", "फरवरी", "मार्च", "अप्रिल", "अप्रैल",
    "मे", "मई", "जुन", "जून", "जुलाई", "अगस्ट", "अगस्त", "सेप्टेम्बर", "सितंबर", "अक्टोबर", "अक्टूबर", "नोभेम्बर",
    "नवंबर", "डिसेम्बर", "दिसंबर", "جنوری", "فروری", "مارچ", "اپریل", "مئی", "جون", "جولائی", "اگست", "ستمبر",
    "اکتوبر", "نومبر", "دسمبر", "فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان",
    "آذر", "دی", "بهمن", "اسفند",
]


def _alt(words: list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(set(words), key=len, reverse=True))


_LABEL = re.compile(
    rf"(?<!\w)(?:(?P<name>{_alt(NAME_LABELS)})|(?P<addr>{_alt(ADDRESS_LABELS)})|(?P<date>{_alt(DATE_LABELS)}))"
    r"\s*[:：=]\s*(?=(?P<v>[^\n]{1,120}))",  # a lookahead: the next label on the line is matched too
    re.I,
)
_TITLE = re.compile(
    rf"(?<!\w)(?:{_alt(TITLES)})[ \t]*(?P<v>[^\W\d_][\w'’\-]*(?:[ \t]+[^\W\d_][\w'’\-]*){{0,2}})", re.I
)
_DATE = re.compile(rf"(?<![0-9])(?P<v>[0-9]{{1,2}}\.?\s*(?:{_alt(MONTHS)})(?:\s*,?\s*[0-9]{{4}})?)", re.I)
# year first: "2025 නොවැම්බර් 30" (Sinhala), "2024 оны 9 сарын 3" (Mongolian); Khmer "ថ្ងៃទី៩ ខែកញ្ញា" (day 9,
# month Kanha): the year may stay, the day and month go
_DATE_YEAR_FIRST = re.compile(
    rf"(?<![0-9])[0-9]{{4}}\s*(?P<v>(?:{_alt(MONTHS)})\s*[0-9]{{1,2}}(?![0-9])"
    r"|оны\s*[0-9]{1,2}\s*(?:дугаар\s*)?сарын\s*[0-9]{1,2}(?![0-9]))"
    r"|(?P<km>ថ្ងៃទី\s*[0-9]{1,2}\s*ខែ\s*[^\s0-9]+)",
    re.I,
)
# where a label's value ends: the next column, a bracket, a field separator
_VALUE_END = re.compile(r"\t|\s{2,}|\s\|\s|[(（;|]|\s[-–]\s")
# letters of the scripts handled here (Greek, Cyrillic, Hebrew, Arabic, Devanagari, Thai, kana, CJK, Hangul):
# accented Latin text (most European notes) skips every regex below
_SCRIPT_LETTER = re.compile(
    "[\u0370-\u03ff\u0400-\u04ff\u0530-\u058f\u0590-\u06ff\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u10a0-\u10ff"
    "\u1200-\u137f\u1780-\u17ff\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]"
)
_WORD = re.compile(r"[^\W\d_][\w'’\-]*")
_NAME_END = re.compile(r"[,፣،]|\s+(?=[+0-9])")
_POSTCODE_TAIL = re.compile(r"\s[-–]\s[0-9]{4,6}(?![0-9])")


def find(text: str) -> list[Hit]:
    """Hits in `text` (the normalised Unicode copy; offsets equal the scan copy's)."""
    if text.isascii() or _SCRIPT_LETTER.search(text) is None:
        return []
    out: list[Hit] = []
    for m in _LABEL.finditer(text):
        v = m.group("v")
        cut = _VALUE_END.search(v)
        if cut is not None:
            v = v[: cut.start()]
        v = v.rstrip(" .,;:")
        if len(v) < 2:
            continue
        t = T.NAME if m.group("name") else T.ADDRESS if m.group("addr") else T.DATE
        if t is T.DATE and sum(c.isdigit() for c in v) < 2:
            continue
        if t is T.NAME:  # "Name: Ivan Petrov, 68 y": the name ends at a comma (Ge'ez: "፣") or a number
            v = _NAME_END.split(v, 1)[0].rstrip()
        elif t is T.ADDRESS and cut is not None:  # "திருநெல்வேலி - 627089": the postcode after a dash
            tail = _POSTCODE_TAIL.match(m.group("v"), cut.start())
            if tail is not None:
                v = m.group("v")[: tail.end()]
        s = m.start("v")
        out.append(Hit(s, s + len(v), t, "script:label"))
    for m in _TITLE.finditer(text):
        end = -1
        for w in _WORD.finditer(text, m.start("v"), m.end("v")):
            if w.group()[:1].islower():
                break  # capitalised words only, where the script has case
            end = w.end()
        if end > 0:
            out.append(Hit(m.start("v"), end, T.NAME, "script:title"))
    for m in _DATE.finditer(text):
        out.append(Hit(m.start("v"), m.end("v"), T.DATE, "script:date"))
    for m in _DATE_YEAR_FIRST.finditer(text):
        g = "v" if m.group("v") is not None else "km"
        out.append(Hit(m.start(g), m.end(g), T.DATE, "script:date"))
    return out
