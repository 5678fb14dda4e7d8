"""A person named with their relation in brackets: "Tavi Orlenko (hija)", "林某某（兒子）", "김某(딸)".

Forms and notes in every language write the relative, the escort or the emergency contact this way, in
scripts whose names no list here holds. The bracketed relation word is the evidence, so the words right
before it on the line (or inside the brackets before it: "(<given> <family>, daughter)") are the name: up
to four words in scripts that space words, the run of Han, kana or Hangul letters in those that do not.
Label words before the name ("保護者", "Familiar responsable:") and lower-case prose words ("accompagnato
da") are not part of it.

Contact and household lists write the relation after a dash instead ("<Given> <Family> -- husband,
household"). There the name must be two to four capitalised words, none an ordinary word: "Breast
Cancer - mother" and "Emergency Contact - Son" are no names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit

# relation words (kin, spouse, guardian) in the most spoken languages; folded Latin ones too
RELATIONS = [
    "daughter", "son", "wife", "husband", "mother", "father", "sister", "brother", "niece", "nephew",
    "granddaughter", "grandson", "spouse", "partner", "aunt", "uncle", "cousin", "guardian", "carer",
    "friend", "neighbour", "neighbor", "hija", "hijo", "esposa", "esposo", "madre", "padre", "hermana",
    "hermano", "nieta", "nieto", "sobrina", "sobrino", "tía", "tio", "tío", "tia", "filha", "filho",
    "mãe", "mae", "pai", "irmã", "irma", "irmão", "irmao", "neta", "neto", "fille", "fils", "épouse",
    "epouse", "époux", "epoux", "mère", "mere", "père", "pere", "sœur", "soeur", "frère", "frere",
    "figlia", "figlio", "moglie", "marito", "sorella", "fratello", "nipote", "Tochter", "Sohn",
    "Ehefrau", "Ehemann", "Mutter", "Vater", "Schwester", "Bruder", "Enkelin", "Enkel", "córka",
    "corka", "syn", "żona", "zona", "mąż", "maz", "matka", "ojciec", "kızı", "kizi", "oğlu", "oglu",
    "eşi", "esi", "annesi", "babası", "babasi", "anak", "istri", "suami", "ibu", "ayah", "con trai",
    "con gái", "con gai", "vợ", "vo", "chồng", "chong", "mẹ", "cha", "anak laki-laki", "anak perempuan",
    "дочь", "сын", "жена", "муж", "мать", "отец", "сестра", "брат", "внучка", "внук", "донька",
    "дружина", "чоловік", "पुत्र", "पुत्री", "बेटा", "बेटी", "पत्नी", "पति", "माता", "पिता", "भाई",
    "बहन", "ছেলে", "মেয়ে", "স্ত্রী", "স্বামী", "মা", "বাবা", "ভাই", "বোন", "بیٹا", "بیٹی", "بیوی",
    "شوہر", "والدہ", "والد", "بھائی", "بہن", "ابن", "ابنة", "بنت", "زوجة", "زوج", "أم", "أب", "أخ",
    "أخت", "ลูกชาย", "ลูกสาว", "ภรรยา", "สามี", "แม่", "พ่อ", "兒子", "女兒", "儿子", "女儿", "妻子",
    "丈夫", "母亲", "父亲", "母親", "父親", "長女", "長男", "次女", "次男", "妻", "夫", "母", "父",
    "娘", "息子", "딸", "아들", "아내", "남편", "어머니", "아버지", "며느리", "사위",
    # African languages: Swahili, Zulu and Xhosa, Yoruba, Hausa, Somali, Amharic
    "mke", "mume", "mtoto", "mjukuu", "dada", "kaka", "umyeni", "unkosikazi", "ingane", "umntwana",
    "iqabane", "umzukulu", "iyawo", "oko", "omo", "miji", "xaas", "ninkeeda", "ilmo", "hooyo", "aabo",
    "ልጅ", "ሚስት", "ባል", "እናት", "አባት", "ወላጅ", "የትዳር", "የትዳር አጋር", "የልጅ ልጅ",
]
# looked up where a bracket opens (a regex search of the alternation over every text cost a fifth of
# the engine's time)
_RELATION_SET = frozenset(w.lower() for w in RELATIONS)
_OPEN = re.compile("[(（]")
_CLOSE = re.compile("[)）]")
_CJK = r"\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
# the words before the bracket, back to a delimiter: spaced words, or one unspaced run of Han/kana/Hangul
# word characters, with the combining vowel signs of Indic, Thai, Lao, Burmese and Khmer letters
_W = r"[\w'’.\-\u0300-\u036f\u0900-\u0dff\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff]"
_BEFORE = re.compile(
    rf"(?P<v>(?:[^\W\d_]{_W}*[ \t\u3000]+){{0,3}}[^\W\d_]{_W}*|[{_CJK}]{{2,6}})$"
)
# the name inside the brackets, before ", <relation>": two to four words
_INSIDE = re.compile(rf"[ \t]*(?P<v>[^\W\d_]{_W}*(?:[ \t]+[^\W\d_]{_W}*){{1,3}})[ \t]*")
# a relation after a dash: " -- husband", " – daughter,"
_DASHED = re.compile(r"[ \t]+(?:--?|\u2013|\u2014)[ \t]+(?P<r>[^\W\d_]+)(?![\w-])")
# two to four capitalised words, or words of a script without case ("<given> <father> <grandfather> — ልጅ —")
_NAME_WORD = r"(?:[A-Z][\w'’\-]*|[^\W\d_a-zA-Z\u00c0-\u024f][\w'’\-]*)"
_CAPS = re.compile(rf"(?:{_NAME_WORD}[ \t]+){{1,3}}{_NAME_WORD}$")
# delimiters a name does not cross
_STOP = re.compile(r"[:：,，、;；()（）\[\]\n\r|]")


@lru_cache(maxsize=1)
def _label_words() -> frozenset[str]:
    from phigate.engine.names import LABELS
    from phigate.engine.script_text import NAME_LABELS

    return frozenset([*LABELS, *(fold_token(w) for w in NAME_LABELS)])


def find(text: str) -> list[Hit]:
    """NAME hits for the words before each bracketed relation (offsets into `text`)."""
    if "(" not in text and "（" not in text:
        return []
    out: list[Hit] = []
    common = None
    labels = None
    for o in _OPEN.finditer(text):
        close = _CLOSE.search(text, o.end(), o.end() + 64)
        if close is None:
            continue
        inner = text[o.end() : close.start()]
        if inner.strip(" \t").lower() not in _RELATION_SET:
            head, comma, rel = inner.rpartition(",")  # "(<given> <family>, daughter)"
            if comma and rel.strip(" \t").lower() in _RELATION_SET:
                n = _INSIDE.fullmatch(head)
                common = common if common is not None else lexicon.common_words()
                if n is not None and not all(
                    w.isascii() and fold_token(w) in common for w in n.group("v").split()
                ):  # "(see note, daughter)": ordinary words, no name
                    out.append(Hit(o.end() + n.start("v"), o.end() + n.end("v"), T.NAME, "names:relative"))
            continue
        start = o.start()
        while start > 0 and text[start - 1] in " \t\u3000":
            start -= 1
        line = max(text.rfind("\n", 0, start) + 1, start - 80)
        stop = max((m.end() for m in _STOP.finditer(text, line, start)), default=line)
        m = _BEFORE.search(text, stop, start)
        if m is None:
            continue
        common = common if common is not None else lexicon.common_words()
        labels = labels if labels is not None else _label_words()
        words = list(re.finditer(r"[^ \t\u3000]+", m.group("v")))
        # drop label words and lower-case prose words at the front ("accompagnato da", "보호자")
        while words and (
            fold_token(words[0].group()) in labels
            or (words[0].group()[:1].islower() and words[0].group().isascii())
            or (words[0].group().isascii() and fold_token(words[0].group()) in common and len(words) > 1)
        ):
            words.pop(0)
        if not words or all(w.group().isascii() and fold_token(w.group()) in common for w in words):
            continue  # "Medication (Mother)": an ordinary word, not a name
        base = m.start("v")
        out.append(Hit(base + words[0].start(), base + words[-1].end(), T.NAME, "names:relative"))
    return out


def dashed(text: str) -> list[Hit]:
    """NAME hits for two to four capitalised words before " -- <relation>" on a line."""
    if " -" not in text and "\u2013" not in text and "\u2014" not in text:
        return []
    out: list[Hit] = []
    common = None
    for d in _DASHED.finditer(text):
        if d.group("r").lower() not in _RELATION_SET:
            continue
        line = max(text.rfind("\n", 0, d.start()) + 1, d.start() - 80)
        stop = max((m.end() for m in _STOP.finditer(text, line, d.start())), default=line)
        m = _CAPS.search(text, stop, d.start())
        if m is None:
            continue
        common = common if common is not None else lexicon.common_words()
        if any(fold_token(w) in common for w in m.group().split()):
            continue
        out.append(Hit(m.start(), m.end(), T.NAME, "names:relative"))
    return out
