# ruff: noqa: E501  (hand-aligned data tables)
"""Local date forms of probe 31: Gregorian in each script, Solar Hijri, Buddhist era, Japanese era, Minguo."""

from __future__ import annotations

from datetime import date

FA_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
AR_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
BN_DIGITS = str.maketrans("0123456789", "০১২৩৪৫৬৭৮৯")

MONTHS = {
    "ru": ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября", "октября", "ноября", "декабря"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
    "bg": ["януари", "февруари", "март", "април", "май", "юни", "юли", "август", "септември", "октомври", "ноември", "декември"],
    "sr": ["јануар", "фебруар", "март", "април", "мај", "јун", "јул", "август", "септембар", "октобар", "новембар", "децембар"],
    "el": ["Ιανουαρίου", "Φεβρουαρίου", "Μαρτίου", "Απριλίου", "Μαΐου", "Ιουνίου", "Ιουλίου", "Αυγούστου", "Σεπτεμβρίου", "Οκτωβρίου", "Νοεμβρίου", "Δεκεμβρίου"],
    "he": ["בינואר", "בפברואר", "במרץ", "באפריל", "במאי", "ביוני", "ביולי", "באוגוסט", "בספטמבר", "באוקטובר", "בנובמבר", "בדצמבר"],
    "ar": ["يناير", "فبراير", "مارس", "أبريل", "مايو", "يونيو", "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر"],
    "lev": ["كانون الثاني", "شباط", "آذار", "نيسان", "أيار", "حزيران", "تموز", "آب", "أيلول", "تشرين الأول",
            "تشرين الثاني", "كانون الأول"],
    "fa": ["فروردین", "اردیبهشت", "خرداد", "تیر", "مرداد", "شهریور", "مهر", "آبان", "آذر", "دی", "بهمن", "اسفند"],
    "hi": ["जनवरी", "फ़रवरी", "मार्च", "अप्रैल", "मई", "जून", "जुलाई", "अगस्त", "सितंबर", "अक्टूबर", "नवंबर", "दिसंबर"],
    "bn": ["জানুয়ারি", "ফেব্রুয়ারি", "মার্চ", "এপ্রিল", "মে", "জুন", "জুলাই", "আগস্ট", "সেপ্টেম্বর", "অক্টোবর", "নভেম্বর", "ডিসেম্বর"],
    "th": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "th_ab": ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."],
}  # fmt: skip


def to_jalali(d: date) -> tuple[int, int, int]:
    """Solar Hijri (jy, jm, jd) of a Gregorian day (the usual arithmetic conversion)."""
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = d.year + 1 if d.month > 2 else d.year
    days = 355666 + 365 * d.year + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + d.day + g_d_m[d.month - 1]
    jy = -1595 + 33 * (days // 12053)
    days %= 12053
    jy += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        jy += (days - 1) // 365
        days = (days - 1) % 365
    if days < 186:
        return jy, 1 + days // 31, 1 + days % 31
    return jy, 7 + (days - 186) // 30, 1 + (days - 186) % 30


def reiwa(d: date) -> str:
    if d >= date(2019, 5, 1):
        return f"令和{d.year - 2018}年{d.month}月{d.day}日"
    if d >= date(1989, 1, 8):
        return f"平成{d.year - 1988}年{d.month}月{d.day}日"
    if d >= date(1926, 12, 25):
        return f"昭和{d.year - 1925}年{d.month}月{d.day}日"
    return f"大正{d.year - 1911}年{d.month}月{d.day}日"


def forms(d: date) -> dict[str, str]:
    """Every local form of one day, by key."""
    y, m, dd = d.year, d.month, d.day
    jy, jm, jd = to_jalali(d)
    mo = {k: v[m - 1] for k, v in MONTHS.items()}
    return {
        "dot": f"{dd:02d}.{m:02d}.{y}",
        "ru": f"{dd} {mo['ru']} {y} г.",
        "uk": f"{dd} {mo['uk']} {y} р.",
        "bg": f"{dd} {mo['bg']} {y} г.",
        "sr": f"{dd}. {mo['sr']} {y}.",
        "sr_dot": f"{dd}. {m}. {y}.",
        "el": f"{dd} {mo['el']} {y}",
        "slash": f"{dd}/{m}/{y}",
        "slash2": f"{dd:02d}/{m:02d}/{y}",
        "he": f"{dd} {mo['he']} {y}",
        "ar": f"{dd} {mo['ar']} {y}".translate(AR_DIGITS),
        "ar_lat": f"{dd} {mo['ar']} {y}",
        "lev": f"{dd} {mo['lev']} {y}",
        "ar_num": f"{y}/{m}/{dd}".translate(AR_DIGITS),
        "fa": f"{jd} {MONTHS['fa'][jm - 1]} {jy}".translate(FA_DIGITS),
        "fa_num": f"{jy}/{jm:02d}/{jd:02d}".translate(FA_DIGITS),
        "fa_lat": f"{jy}/{jm:02d}/{jd:02d}",
        "hi": f"{dd} {mo['hi']} {y}",
        "dash": f"{dd:02d}-{m:02d}-{y}",
        "bn": f"{dd} {mo['bn']} {y}".translate(BN_DIGITS),
        "bn_num": f"{dd:02d}/{m:02d}/{y}".translate(BN_DIGITS),
        "th": f"{dd} {mo['th']} พ.ศ. {y + 543}",
        "th_ab": f"{dd} {mo['th_ab']} {y + 543}",
        "th_num": f"{dd}/{m}/{y + 543}",
        "zh": f"{y}年{m}月{dd}日",
        "iso": f"{y}-{m:02d}-{dd:02d}",
        "compact": f"{y}{m:02d}{dd:02d}",
        "minguo": f"民國{y - 1911}年{m}月{dd}日",
        "minguo_num": f"{y - 1911}/{m:02d}/{dd:02d}",
        "ja_era": reiwa(d),
        "ja_r": f"R{y - 2018}.{m}.{dd}" if y >= 2019 else f"S{y - 1925}.{m}.{dd}",
        "ko": f"{y}년 {m}월 {dd}일",
        "ko_dot": f"{y}.{m:02d}.{dd:02d}.",
        "md_zh": f"{m}月{dd}日",
        "md_ko": f"{m}월 {dd}일",
    }
