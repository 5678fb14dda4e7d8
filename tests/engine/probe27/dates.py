# ruff: noqa: E501  (hand-aligned data tables)
"""Date and age renderings of probe 27: one calendar day in every written form the probe uses (English
numeric, words, ordinals, abbreviations, clinical stamps, seventeen languages and four calendars) and one
age in every form. Written for this probe from the languages' own conventions."""

from __future__ import annotations

from datetime import date, datetime

MON = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
       "November", "December"]  # fmt: skip
ABBR_DOT = ["Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."]
DAYWORD = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
           "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth",
           "eighteenth", "nineteenth", "twentieth", "twenty-first", "twenty-second", "twenty-third",
           "twenty-fourth", "twenty-fifth", "twenty-sixth", "twenty-seventh", "twenty-eighth", "twenty-ninth",
           "thirtieth", "thirty-first"]  # fmt: skip
LANG_MONTHS = {
    "de": "Januar Februar März April Mai Juni Juli August September Oktober November Dezember",
    "fr": "janvier février mars avril mai juin juillet août septembre octobre novembre décembre",
    "es": "enero febrero marzo abril mayo junio julio agosto septiembre octubre noviembre diciembre",
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "pt": "janeiro fevereiro março abril maio junho julho agosto setembro outubro novembro dezembro",
    "nl": "januari februari maart april mei juni juli augustus september oktober november december",
    "sv": "januari februari mars april maj juni juli augusti september oktober november december",
    "pl": "stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
    "ar": "يناير فبراير مارس أبريل مايو يونيو يوليو أغسطس سبتمبر أكتوبر نوفمبر ديسمبر",
    "he": "ינואר פברואר מרץ אפריל מאי יוני יולי אוגוסט ספטמבר אוקטובר נובמבר דצמבר",
    "hi": "जनवरी फ़रवरी मार्च अप्रैल मई जून जुलाई अगस्त सितंबर अक्टूबर नवंबर दिसंबर",
    "th": "มกราคม กุมภาพันธ์ มีนาคม เมษายน พฤษภาคม มิถุนายน กรกฎาคม สิงหาคม กันยายน ตุลาคม พฤศจิกายน ธันวาคม",
    "fa": "فروردین اردیبهشت خرداد تیر مرداد شهریور مهر آبان آذر دی بهمن اسفند",
}
ARABIC_DIGITS = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")
PERSIAN_DIGITS = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")


def ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def to_jalali(d: date) -> tuple[int, int, int]:
    """Solar Hijri (Persian) date of a Gregorian day (the usual 33-year arithmetic)."""
    gy, gm, gd = d.year, d.month, d.day
    g_d_m = [0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334]
    gy2 = gy + 1 if gm > 2 else gy
    days = 355666 + 365 * gy + (gy2 + 3) // 4 - (gy2 + 99) // 100 + (gy2 + 399) // 400 + gd + g_d_m[gm - 1]
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


def forms(d: date, t: datetime | None = None, zone: str = "+01:00") -> dict[str, str]:
    """Every rendering of day `d` (`t`: a time on that day for the stamped forms)."""
    t = t or datetime(d.year, d.month, d.day, 9, 17, 43)
    m, y, dd = MON[d.month - 1], d.year, d.day
    yy = f"{y % 100:02d}"
    wd = d.strftime("%a")
    iy, iw, iwd = d.isocalendar()
    lm = {k: v.split()[d.month - 1] for k, v in LANG_MONTHS.items()}
    jy, jm, jd = to_jalali(d)
    return {
        "iso": d.isoformat(),
        "us": f"{d.month:02d}/{dd:02d}/{y}",
        "usn": f"{d.month}/{dd}/{yy}",
        "dmy": f"{dd:02d}/{d.month:02d}/{y}",
        "dmy2": f"{dd:02d}/{d.month:02d}/{yy}",
        "dot": f"{dd:02d}.{d.month:02d}.{y}",
        "long": f"{m} {dd}, {y}",
        "dlong": f"{dd} {m} {y}",
        "ordy": f"{m} {ordinal(dd)}, {y}",
        "ordof": f"{ordinal(dd)} of {m}",
        "mword": f"{m} {DAYWORD[dd - 1]}",
        "ordapo": f"{ordinal(dd)} {m[:3]} '{yy}",
        "caps": f"{dd:02d}-{m[:3].upper()}-{y}",
        "dmonyy": f"{dd:02d}-{m[:3]}-{yy}",
        "abdot": f"{ABBR_DOT[d.month - 1]} {dd}",
        "dmon": f"{dd}-{m[:3]}",
        "md": f"{d.month}/{dd}",
        "nth": ordinal(dd),
        "wk": f"{wd} {dd} {m[:3]}",
        "wkl": f"{d.strftime('%A')}, {m} {dd}, {y}",
        "monY": f"{m} {y}",
        "monabbr": f"{m[:3]} {dd} {y}",
        "ts": t.strftime("%Y-%m-%dT%H:%M:%S") + zone,
        "tsz": t.strftime("%Y-%m-%d %H:%M:%S"),
        "comp": t.strftime("%Y%m%d %H%M"),
        "hl7": t.strftime("%Y%m%d%H%M%S"),
        "ymd8": d.strftime("%Y%m%d"),
        "isowk": f"{iy}-W{iw:02d}-{iwd}",
        "yday": f"{y}-{d.timetuple().tm_yday:03d}",
        "de": f"{dd}. {lm['de']} {y}",
        "fr": f"{'1er' if dd == 1 else dd} {lm['fr']} {y}",
        "es": f"{dd} de {lm['es']} de {y}",
        "it": f"{dd} {lm['it']} {y}",
        "pt": f"{dd} de {lm['pt']} de {y}",
        "nl": f"{dd} {lm['nl']} {y}",
        "sv": f"{dd} {lm['sv']} {y}",
        "pl": f"{dd} {lm['pl']} {y}",
        "ja": f"{y}年{d.month}月{dd}日",
        "reiwa": f"令和{y - 2018}年{d.month}月{dd}日",
        "zh": f"{y}年{d.month:02d}月{dd:02d}日",
        "zhmd": f"{d.month}月{dd}日",
        "ko": f"{y}년 {d.month}월 {dd}일",
        "ar": f"{dd} {lm['ar']} {y}".translate(ARABIC_DIGITS),
        "arl": f"{dd} {lm['ar']} {y}",
        "fa": f"{jd} {LANG_MONTHS['fa'].split()[jm - 1]} {jy}".translate(PERSIAN_DIGITS),
        "he": f"{dd} ב{lm['he']} {y}",
        "hi": f"{dd} {lm['hi']} {y}",
        "th": f"{dd} {lm['th']} พ.ศ. {y + 543}",
    }


def decade_word(age: int) -> str:
    return f"{['early', 'early', 'early', 'early', 'mid', 'mid', 'mid', 'late', 'late', 'late'][age % 10]}-{age // 10 * 10}s"
