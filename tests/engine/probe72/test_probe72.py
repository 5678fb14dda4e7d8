"""Regression guard for the seventy-second generalisation probe: health text from Southeast Asia and the
Pacific written in the local languages, with synthetic PHI planted in it. Kinds: discharge papers (Vietnamese
giấy ra viện; Indonesian resume medis), outpatient records (Vietnamese sổ khám bệnh / phiếu khám bệnh; Thai
OPD card), referral letters (Indonesian surat rujukan BPJS; a Pacific clinic referral in Auckland), medical
certificates (Thai ใบรับรองแพทย์; Malaysian sijil cuti sakit), vaccination cards (barangay immunisation card;
Tongan child health card), insurance claim forms (PhilHealth CF-1; Vietnamese BHYT claim sheet), SMS
reminders (Malaysian klinik kesihatan; Samoan hospital), family chats (Zalo; LINE), group chats (Viber in
Tagalog; WhatsApp in Fijian), community registers (Indonesian pregnancy cohort; barangay TB / hypertension
list), pharmacy labels (Thai; Malaysian), maternal-child health books (Buku KIA; Vietnamese sổ theo dõi sức
khỏe bà mẹ và trẻ em), whānau hui notes (Māori and Pacific families in New Zealand), e-claim JSON (PhilHealth
eClaims; BPJS V-Claim SEP), elder home visits (Thai อสม.; Malaysian), lab reports (Cambodia, romanised Khmer;
Viet Nam), admission forms (Malaysia; Fiji) and health-information-system logs (NZ NHI gateway; a Vietnamese
HIS): rates may only get better than when it was written.

First and only measurement, once, as soon as the corpus was complete and the soundness and independence checks
passed (`python -m tests.engine.probe72.run_probe --seed N --brief`, with --json for the detail; engine at
commit cb9bbd1, `git status --short src/phigate/engine` empty before and after: no uncommitted engine edits),
36 documents in 18 kinds per seed, none crashes the engine, none refused:

    seed  leaked              whole + partial     over-masking
    1     14.78% (103/697)    17.36% (121/697)    12.26% (39/318)
    2     14.66% (102/696)    17.10% (119/696)    11.95% (38/318)
    3     13.96% (97/695)     16.55% (115/695)    11.64% (37/318)

Seed 1 by type (leaked / values): NAME 53/188, ADDRESS 22/109, ZIP 7/22, AGE 5/10, DATE 4/130, LICENSE 4/21,
VEHICLE 3/5, ID 2/32, ACCOUNT 2/7, URL 1/9; none in PHONE (71), SSN (28), MRN (23), HEALTH_PLAN (22), EMAIL
(11), IP (6), DEVICE (3). Seed 2: NAME 50, ADDRESS 22, ZIP 8, LICENSE 5, AGE 5, DATE 3, ID 3, VEHICLE 3,
ACCOUNT 2, URL 1; seed 3: NAME 42, ADDRESS 21, ZIP 9, DATE 8, LICENSE 4, AGE 4, ID 3, VEHICLE 3, ACCOUNT 2,
URL 1.
Worst kinds (seed 1): family chat 11/44 (the Thai LINE chat), elder home visit 11/34, health register 11/61,
group chat 10/43, pharmacy label 9/32; best: e-claim JSON 0/38, referral letter 1/36, HIS log 1/38, discharge
paper 2/39, mother-and-child book 2/42.
What leaks (seed 1):
- NAME 53 of 188: Thai-script names (14) as chat speakers ("07:15 สมบูรณ์: แม่ใหญ่ ศิริพร บัวคำ"), after role
  words ("อสม. คำปั่น ศรีสุข", "หลานสาว สมบูรณ์ บุญประเสริฐ", "เภสัชกร สมคิด ทองคำ", "แพทย์ผู้สั่ง ไพโรจน์
  นาคประดิษฐ์", "ผู้ติดต่อกรณีฉุกเฉิน: อำไพ จันทร์หอม", "แพทย์หญิง นงนุช บัวคำ") and in the family-name field
  ("นามสกุล ศรีสุข" after a masked given name); Javanese mononyms (12) in a register's columns ("1   Juwariyah
  [ID]  20    Tarmuji"), after labels ("Nama pasien: MUJIONO", "Bidan koordinator: Saminah", "Perawat:
  Painem", "Pendamping: Juwariyah"); Malay bin / binti names (6: "Salam Timah binti Mamat", "Nama pesakit:
  ROKIAH BINTI MAMAT", "Jururawat: Hasnah binti Awang", "Dispens oleh: Shamsuddin bin Jusoh", "Wakil: Deraman
  bin Zamri"); Pacific names (11: "Yacana (name): Taraivini Rokodi", "Bubu Alanieta Baledrokadroka, yabaki
  93", "Talofa Lemusu!", "Neesi Sitivi Vaitoa", "Hingoa ʻo e faʻē: Kaveinga Akauola", whānau in a list
  "Ārohanui Ruawhare (partner", "Hīria Ōtene (mokopuna", "Kuia 'Ofa (96)"); Minahasan and Khmer names after
  Indonesian and romanised Khmer labels ("Nama suami: Jefry Pangemanan", "Nama anak: Rinny Pangemanan",
  "Chhmoh anak chomngu (patient): Nuon Sopheak"); Filipino ("Pangalan ng ina: Bebeth Malinao Estrera", the
  first word of a signature "AWIT [NAME] [NAME]", "Pamilya Jumawan" in a chat title); Vietnamese only 4 (a
  signature "Xác [NAME] của người bệnh: Lưu Tuệ Lựu" -- the label word masked, the name kept; scored twice,
  with the capitals of the form's name field --, "con gái Tôn [NAME]", "[NAME] Tín").
- ADDRESS 22: Thai addresses (13: the house line "524 หมู่ 17 บ้านหนองบัวแดง" and the tambon and amphoe with
  their glued prefixes "ตำบลดอนหมากแซว อำเภอม่วงสามศรีใต้"), romanised Khmer ("Phteah lek 86, Phlauv 826",
  "Phum Chrey Vien"), Pacific towns and villages ("Nausori", "Navua", "Pangaimotu", "Atua", "Fale 43 i
  tafatafa o le falesa"), a Vietnamese street line ("Tổ 80, khu phố 7") and a NZ suburb before its postcode
  ("Ōtara Central 2275"). ZIP 7: Thai postcodes after the province (5), "Batangas 4223", NZ "2275".
- AGE 5: ages 90+ in Tagalog, Fijian, Thai and Māori context ("(92 na siya)", "(yabaki 90)", "yabaki 93,",
  "แม่ใหญ่ 92 แล้ว", "Kuia 'Ofa (96)"); "อายุ 93 ปี", "Umur: 91 tahun", "aged 91" were masked.
- DATE 4: chat timestamps with local month abbreviations ("[Hun. 5, 6:40 AM]", "[3 Epereli 6:40 am]"); every
  Buddhist-era, Vietnamese, Indonesian, Malay, Tongan, Samoan and Māori date in a form was masked (Thai "พ.ศ.
  2567" kept as the year). LICENSE 4: Thai "ว. 85737" (3) and "MoH reg. 15583"; VEHICLE 3: "ทะเบียน 2กข 2049",
  "no. pendaftaran KZP 5438", "ambulance HM 730"; ACCOUNT 2: "ธ.ก.ส. 168-0-39477-4"; ID 2: "Rujukan
  6570/RJK/2024", "NID 366753-1"; URL 1: a plain lab link after "Link:" in the Fijian chat.
Partial (seed 1, 18): clinicians' registrations masked only in their number ("503/[ID]/DINKES/2024" for SIP /
STR (4), CCHN numbers keeping "/WT-CCHN" (2)), Thai long dates keeping "พ.ศ. 2539" (2), address lines cut at a
comma or a word (8: "Blok X-7-26," of "Blok X-7-26, Pangsapuri Kenari", "PT 4918,", "Lingkungan 4,", "ʻApi
15,", "Blk 24 … 57, Phase 9,", "Koro ko Waidradra" keeping "ko Waidradra", "Māngere Bridge South" and "Nabua
Settlement East" keeping the last word), "ʻAlisi" of "ʻAlisi Tu'ivai", "ชัยมงคล" of a nurse's name.
Over-masking (seed 1, 39 of 318): Vietnamese words read as names or places (12: "Trung tâm Y tế huyện" ->
"[NAME] tâm Y tế huyện" (3), "Bệnh viện Đa khoa khu vực Tây Bắc" (2), "Bệnh viện Đa [NAME] tỉnh", "Mẫu số
01/BV" -> "[ADDRESS] [ADDRESS]/BV", "Mẫu số 01/KBCB", "Tăng huyết áp vô căn" -> "[NAME] huyết áp vô căn",
"PHIẾU KẾT QUẢ XÉT [NAME] HÓA SINH MÁU", "Phòng khám Nội", the province "Nghệ An"; label words too: "Khoa" and
"Xác nhận" -> "Xác [NAME]"); headings in capitals ("RESUME MEDIS PASIEN PULANG", "SURAT RUJUKAN", "BUKU
KESEHATAN IBU DAN ANAK", "BORANG LAWATAN RUMAH WARGA EMAS", "Whānau Hui — Discharge Planning Note" (2), the
Tongan card title); health services ("Te Whānau o Waipareira" (3) -> "[NAME] o Waipareira", "Pasifika Medical
Centre", "RS Bethesda Tomohon" (2) -> "RS Bethesda [ADDRESS]"); regulations and programmes ("Permenkes No. 24
Tahun 2022" -> "Permenkes No. 2022", "Pae Ora (Healthy Futures) Act 2022" (2), "Saringan Kesihatan PEKA B40",
"Formulir Rujukan Balik"); drugs and diagnoses in the local languages ("Tablet Tambah Darah (Fe)" -> "Tablet
[NAME] (Fe)" (2), "Tab. Simvastatin 20mg", "Tab. Perindopril 4mg", "Asma bronkial" -> "[NAME] bronkial", "Mate
ni suka"); ages under 90 in a barangay register (3: a birth date, the age and the address merged into one
[ADDRESS]). Kept everywhere else: ICD-10 codes, lab values, vaccines, English and Thai drug names, most
hospitals, insurers and programmes, provinces alone, ages under 90 in forms, years.

Ceilings: the seed-1 rates rounded up to the next whole percent plus one point; lower them as the engine
improves. CLEAN: the types with no leak on seed 1. Also checked: the corpus's soundness (labels, sizes,
reproducibility), that it is Southeast Asian and Pacific health text from every locale (Thai national ids and
NZ NHI numbers valid under their check-digit rules; MyKad numbers, NIKs and CCCD numbers carrying birth date,
sex and region; BHYT, BPJS and PhilHealth numbers in their shapes; Vietnamese names with diacritics, Thai
names in Thai script, bin / binti names, Māori names with macrons; Buddhist-era dates and local month names;
ages 90+; the trade's keep values), and independence from probes 1-68 (template kinds; name words, towns and
streets of their people tables with the kit's check; no name word in any string of those tables -- run before
the measurement). 69 of the probe's 519 name words are in the engine's Python-Faker name lists
(`in_engine_lexicon`: mostly Vietnamese syllables, Batak marga and Spanish-Filipino given names);
ENGINE_WORDS_BEFORE pins the name words that were already words of the engine's code when the probe was
written (found by `written_in_engine_code`, not chosen).
"""

from __future__ import annotations

import importlib
import re

import pytest

from tests.engine.probe.run_probe import (
    ProbeResult,
    assert_not_worse,
    earlier_probe_overlap,
    name_words,
    strings_in,
    written_in_engine_code,
)
from tests.engine.probe72 import ids, people
from tests.engine.probe72.corpus import TEMPLATES, make_corpus, problems
from tests.engine.probe72.run_probe import crashes, run

LEAK_CEILING = 0.08  # now 6.74% (47/697); first: 14.78% (103/697)
STRICT_CEILING = 0.11  # whole + partial: now 9.33%; first 17.36% (121/697)
OVERMASK_CEILING = 0.14  # first: 12.26% (39/318)
CLEAN = {"PHONE", "SSN", "MRN", "HEALTH_PLAN", "EMAIL", "IP", "DEVICE"}
KNOWN_CRASHES: set[str] = set()
EARLIER = ["probe", *(f"probe{i}" for i in range(2, 69))]


def _name_words() -> set[str]:
    tables = [n for f, m, fam in people.NAMES.values() for n in f + m + fam]
    return name_words(tables + [x for f, m in people.MIDDLE.values() for x in f + m])


def _towns() -> set[str]:
    return {t for loc in people.LOCS.values() for _, ts, ds in loc.regions.values() for t in ts + ds}


def _streets() -> set[str]:
    return {s for loc in people.LOCS.values() for s in loc.streets}


def _earlier_people_words() -> set[str]:
    """Every word of every table of the earlier probes' people modules (names kept in any shape)."""
    out: set[str] = set()
    for m in EARLIER:
        mod = importlib.import_module(f"tests.engine.{m}.people")
        for key, value in vars(mod).items():
            if not key.startswith("__") and isinstance(value, str | list | tuple | dict):
                out |= name_words(strings_in(value))
    return out


@pytest.fixture(scope="module")
def result() -> ProbeResult:
    return run(seed=1)[0]


def test_corpus_is_sound_and_reproducible() -> None:
    docs = make_corpus(1)
    assert len(docs) == 36 and len({d.kind for d in docs}) == 18
    for seed in (1, 2, 3):
        corpus = make_corpus(seed)
        assert sum(len(d.phi) for d in corpus) >= 650 and sum(len(d.keep) for d in corpus) >= 300
        assert [p for d in corpus for p in problems(d)] == []
        assert all(len(d.phi) >= 12 and len(d.keep) >= 5 for d in corpus)
    assert [d.content for d in make_corpus(1)] == [d.content for d in docs]
    assert [d.content for d in make_corpus(2)] != [d.content for d in docs]
    types = {t for d in docs for t, _ in d.phi}
    assert types >= {"NAME", "ADDRESS", "ZIP", "DATE", "AGE", "PHONE", "EMAIL", "ID", "MRN", "HEALTH_PLAN"}
    assert types >= {"SSN", "ACCOUNT", "LICENSE", "DEVICE", "VEHICLE", "URL", "IP"}


def _after(docs: list, label: str, value_re: str) -> list[str]:
    """The labelled values written right after `label` (a regex) in the documents."""
    out = []
    for d in docs:
        for _, v in d.phi:
            if re.fullmatch(value_re, v) and re.search(rf"{label}\W{{1,4}}{re.escape(v)}", d.content):
                out.append(v)
    return out


def test_corpus_is_southeast_asian_and_pacific_health_text() -> None:
    """Every locale; Thai ids and NHI numbers valid under their check-digit rules, MyKad numbers, NIKs and
    CCCD numbers well formed (birth date, sex, region), BHYT, BPJS and PhilHealth numbers in their shapes;
    Vietnamese names with diacritics, Thai names in Thai script, Malay bin / binti names, Filipino middle
    names, Māori names with macrons; Buddhist-era dates and local month names; ages 90+; the trade's keep
    values."""
    docs = [d for s in (1, 2, 3) for d in make_corpus(s)]
    assert {d.loc for d in docs} == set(people.LOCS)
    checks = {
        "เลขประจำตัวประชาชน": (r"\d-\d{4}-\d{5}-\d\d-\d", ids.thai_id_ok),
        "NHI": (r"[A-Z]{3}\d{4}", ids.nhi_ok),
        "No. K/P": (r"\d{6}-\d\d-\d{4}", ids.mykad_ok),
        "NIK": (r"\d{16}", ids.nik_ok),
        "CCCD": (r"\d{12}", ids.cccd_ok),
        "BHYT": (r"[A-Z]{2}\d{13}", ids.bhyt_ok),
        "PhilHealth": (r"[\d-]{14}", ids.philhealth_ok),
        "BPJS": (r"\d{13}", lambda v: v.startswith("000")),
    }
    for label, (pattern, ok) in checks.items():
        found = _after(docs, f"{re.escape(label)}[^\n:]{{0,30}}", pattern)
        assert len(found) >= 3 and all(ok(v) for v in found), (label, found)
    values = [(t, v) for d in docs for t, v in d.phi]
    names = [v for t, v in values if t == "NAME"]
    vietnamese = re.compile(r"[ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđĐơưƠƯ]")
    assert sum(bool(vietnamese.search(v)) for v in names) >= 60
    assert sum(bool(re.search(r"[\u0e01-\u0e4e]", v)) for v in names) >= 40
    assert sum(bool(re.search(r" bin(ti)? ", v)) for v in names) >= 20
    assert sum(bool(re.search(r"[āēīōū]", v.casefold())) for v in names) >= 20
    dates = [v for t, v in values if t == "DATE"]
    assert sum(bool(re.search(r"25[67]\d$", v)) for v in dates) >= 30  # Buddhist era
    months = ("tháng", "Maret", "Ogos", "Setyembre", "Hulyo", "ʻAokosi", "Poutūterangi")
    assert sum(any(m in v for m in months) for v in dates) >= 3
    assert sum(t == "AGE" and int(v) >= 90 for t, v in values) >= 12
    keeps = {k for d in docs for k in d.keep}
    assert {"Mẫu số 01/BV", "Thông tư 56/2017/TT-BYT", "CLAIM FORM 1 (CF-1)", "PBI (APBN)", "E11.9"} <= keeps
    assert sum(bool(re.fullmatch(r"\d{2}", k)) and int(k) < 90 for k in keeps) >= 20  # ages under 90
    text = "\n".join(d.content for d in docs)
    marks = ("xã", "Kel.", "Kec.", "Barangay", "หมู่", "ตำบล", "อำเภอ", "Phum", "Srok", "Khaet", "binti")
    marks += ("Zalo", "LINE", "Viber", "WhatsApp")
    assert all(w in text for w in marks)


def test_corpus_shares_nothing_with_earlier_probes() -> None:
    """No template kind of probes 1-68, no name word, town or street of their people tables (the kit's check);
    no name word in any string of those tables (stricter: names kept in other shapes too)."""
    kinds = {t[0] for t in TEMPLATES}
    assert earlier_probe_overlap(EARLIER, kinds, _name_words(), _towns(), _streets()) == set()
    assert _name_words() & _earlier_people_words() == set()
    assert len({g for f, m, _ in people.NAMES.values() for g in f + m}) >= 100
    assert len({x for *_, fam in people.NAMES.values() for x in fam}) >= 100


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_engine_does_not_crash(seed: int) -> None:
    assert crashes(seed) == {}


def test_rates_and_clean_types_not_worse(result: ProbeResult) -> None:
    assert set(crashes(1)) <= KNOWN_CRASHES
    assert_not_worse(
        result,
        leak=LEAK_CEILING,
        strict=STRICT_CEILING,
        overmask=OVERMASK_CEILING,
        min_phi=650,
        min_keep=300,
        clean=CLEAN,
    )


ENGINE_WORDS_BEFORE = {"thế"}


def test_names_are_not_written_in_the_engine_code() -> None:
    """The rules this probe prompted were written without its names: none of its name words is a word of the
    engine's code, beyond the vocabulary that was there before the probe."""
    assert written_in_engine_code(_name_words()) <= ENGINE_WORDS_BEFORE
