# ruff: noqa: E501  (hand-aligned templates)
"""Seventy-second independent probe corpus: health text from Southeast Asia and the Pacific written in the local
languages -- Vietnamese, Indonesian, Malay, Tagalog / Filipino, Thai (in Thai script), romanised Khmer, and the
Māori, Samoan, Tongan and Fijian of New Zealand's and the Pacific islands' health services -- with synthetic PHI
planted in it.

36 labelled documents in 18 kinds per seed, two of each: a discharge paper (Vietnamese giấy ra viện; Indonesian
resume medis), an outpatient record (Vietnamese phiếu khám bệnh in a sổ khám bệnh; a Thai OPD card), a referral
letter (Indonesian surat rujukan BPJS; a Pacific clinic referral in Auckland), a medical certificate (Thai
ใบรับรองแพทย์ with Buddhist-era dates; a Malaysian sijil cuti sakit), a vaccination card (a barangay
immunisation card; a Tongan child health card), an insurance claim form (PhilHealth CF-1; a Vietnamese BHYT
claim sheet), an SMS appointment reminder (a Malaysian klinik kesihatan; Samoa's national hospital), a family
chat (Zalo in Vietnamese; LINE in Thai), a group chat (Viber in Tagalog; WhatsApp in Fijian), a community
health register (an Indonesian posyandu / puskesmas register; a barangay health station register), a pharmacy
label (Thai; Malaysian), a maternal-child health book (Indonesian Buku KIA; the Vietnamese sổ theo dõi sức khỏe
bà mẹ và trẻ em), a whānau / family meeting note (Māori and Pacific families in New Zealand), an e-claim JSON
payload (PhilHealth eClaims; a BPJS V-Claim SEP), an elder home visit (a Thai อสม. visit; a Malaysian home
visit), a laboratory report (Cambodia, romanised Khmer names; Viet Nam), an admission form (Malaysia; Fiji) and
a health-information-system log (New Zealand; Viet Nam).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by locale. People: `p` the
patient / child, `r` a spouse or parent, `m` another relative (an elder aged 90+ in the kinds of OLD_M), `d`
the doctor, `e` a nurse / midwife / health worker, `s` a clerk or pharmacist, `w1`-`w4` other patients in a
register or log and `v1`-`v4` their mothers or carers. Forms: `_n` the full name in its tradition's order,
`_N` the same in capitals, `_g` the given name (what the person is called), `_f` the family name (a Malay's or a
mononym's given name), `_lf` "FAMILY, Given Middle", `_ph` `_ph2`, `_em`, `_line` `_town` `_dist` `_pc` `_addr`,
`_nid` (CCCD, NIK, MyKad, PhilSys, Thai id, Khmer id, NHI, national ids), `_hp` (BHYT, BPJS, PhilHealth,
insurer member numbers), `_dob` (the country's numeric form), `_dobw` (in words), `_age` (keep, under 90),
`_old` (AGE, 90+), `_yob` (the year of birth alone, keep). Dates: `d1`-`d6`, `e1`-`e4`, each as `_n`
(numeric), `_w` (words, local month names and calendars: Buddhist era in Thai), `_s` (day and month).

Labelling policy (decided before any measurement):
- NAME: every person's name as written: full names in their order (Vietnamese family-middle-given; Malay given
  bin / binti father; Filipino given-middle-family; Khmer family-given; Balinese birth-order names inside the
  value), a given name alone, a family name alone, capitals, "FAMILY, Given Middle". Honorifics and kinship
  terms (bà, anh, chị, Bapak, Ibu, Puan, Encik, Aling, Mang, นาย, นาง, คุณ, Whaea, Matua, Tinā, Nau) are plain
  text outside the value.
- ADDRESS: house and street lines, hamlets, communes, wards, villages, kelurahan, kecamatan, barangays,
  municipalities, tambons, amphoes, phum, srok, suburbs and towns of a person. Provinces, states, regions and
  islands are plain text inside an address and keep when written alone. ZIP: the postcode of a person's
  address. Hospitals' and clinics' own addresses are plain text.
- DATE: every date more specific than a year, in every form and calendar (Buddhist era included); years alone
  keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of a person; a hospital's hotline is plain text. URL: a result or chat link carrying a token.
  IP: a client address in a log.
- SSN: the national identity numbers (CCCD, NIK, MyKad, PhilSys, Thai national id, Khmer id). ID: NZ NHI
  numbers, referral, claim, SEP, register, prescription, certificate and request numbers, Fijian and Tongan
  and Samoan national ids. MRN: hospital numbers (mã bệnh nhân, No. RM, HN, MRN). HEALTH_PLAN: BHYT, BPJS,
  PhilHealth and insurer member numbers. ACCOUNT: bank accounts and e-wallet accounts. LICENSE: clinicians'
  practising certificates and registrations (CCHN, STR / SIP, MMC, PRC, ใบประกอบวิชาชีพ ว., MCNZ, FMDC) and
  driving licences. DEVICE: a patient's own device serial. VEHICLE: a plate.
- Keep (must survive): drugs and doses, ICD-10 codes, lab values, vaccines, hospitals, health centres,
  pharmacies, insurers and programmes, regulations and form numbers, headings marked ‹...›, provinces alone,
  ages under 90, years alone.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe72 import ids
from tests.engine.probe72.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "ID": ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September", "Oktober", "November", "Desember"],
    "MY": ["Januari", "Februari", "Mac", "April", "Mei", "Jun", "Julai", "Ogos", "September", "Oktober", "November", "Disember"],
    "PH": ["Enero", "Pebrero", "Marso", "Abril", "Mayo", "Hunyo", "Hulyo", "Agosto", "Setyembre", "Oktubre", "Nobyembre", "Disyembre"],
    "TH": ["มกราคม", "กุมภาพันธ์", "มีนาคม", "เมษายน", "พฤษภาคม", "มิถุนายน", "กรกฎาคม", "สิงหาคม", "กันยายน", "ตุลาคม", "พฤศจิกายน", "ธันวาคม"],
    "NZ": ["Kohitātea", "Huitanguru", "Poutūterangi", "Paengawhāwhā", "Haratua", "Pipiri", "Hōngongoi", "Hereturikōkā", "Mahuru", "Whiringa-ā-nuku", "Whiringa-ā-rangi", "Hakihea"],
    "WS": ["Ianuari", "Fepuari", "Mati", "Aperila", "Me", "Iuni", "Iulai", "Aokuso", "Setema", "Oketopa", "Novema", "Tesema"],
    "TO": ["Sānuali", "Fēpueli", "Maʻasi", "ʻEpeleli", "Mē", "Sune", "Siulai", "ʻAokosi", "Sepitema", "ʻOkatopa", "Nōvema", "Tīsema"],
    "FJ": ["Janueri", "Feperueri", "Maji", "Epereli", "Me", "June", "Julai", "Okosita", "Seviteba", "Okotova", "Noveba", "Tiseba"],
    "KH": ["Makara", "Kompheak", "Mina", "Mesa", "Osaphea", "Mithona", "Kakkada", "Seyha", "Kanha", "Tola", "Vichheka", "Thnou"],
}  # fmt: skip
TH_ABBR = ["ม.ค.", "ก.พ.", "มี.ค.", "เม.ย.", "พ.ค.", "มิ.ย.", "ก.ค.", "ส.ค.", "ก.ย.", "ต.ค.", "พ.ย.", "ธ.ค."]


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    """numeric (`n`), in words (`w`), day and month (`s`), as the locale writes them."""
    if loc == "VN":
        return {"n": P("DATE", f"{d:%d/%m/%Y}"), "w": P("DATE", f"ngày {d.day:02d} tháng {d.month:02d} năm {d.year}"), "s": P("DATE", f"{d.day}/{d.month}")}
    if loc == "TH":
        be = d.year + 543
        return {"n": P("DATE", f"{d:%d/%m}/{be}"), "w": P("DATE", f"{d.day} {TH_ABBR[d.month - 1]} {be}"), "s": P("DATE", f"{d.day} {TH_ABBR[d.month - 1]}"),
                "full": P("DATE", f"{d.day} {MONTHS['TH'][d.month - 1]} พ.ศ. {be}")}
    mon = MONTHS[loc][d.month - 1] if loc in MONTHS else ""
    if loc == "PH":
        return {"n": P("DATE", f"{d:%m/%d/%Y}"), "w": P("DATE", f"{mon} {d.day}, {d.year}"), "s": P("DATE", f"{mon[:3]}. {d.day}")}
    if loc == "ID":
        return {"n": P("DATE", f"{d:%d-%m-%Y}"), "w": P("DATE", f"{d.day} {mon} {d.year}"), "s": P("DATE", f"{d.day} {mon[:3]}")}
    if loc == "MY":
        return {"n": P("DATE", f"{d.day}/{d.month}/{d.year}"), "w": P("DATE", f"{d.day} {mon} {d.year}"), "s": P("DATE", f"{d.day}/{d.month}")}
    return {"n": P("DATE", f"{d:%d/%m/%Y}"), "w": P("DATE", f"{d.day} {mon} {d.year}"), "s": P("DATE", f"{d.day} {mon}")}


SEX = {"VN": ("Nữ", "Nam"), "ID": ("Perempuan", "Laki-laki"), "MY": ("Perempuan", "Lelaki"), "PH": ("Babae", "Lalaki"), "TH": ("หญิง", "ชาย"),
       "KH": ("Srey", "Pros"), "NZ": ("Wahine", "Tāne"), "WS": ("Fafine", "Tane"), "TO": ("Fefine", "Tangata"), "FJ": ("Yalewa", "Tagane")}  # fmt: skip
THAI_TITLE = {(True, True): "ด.ญ.", (False, True): "ด.ช.", (True, False): "นาง", (False, False): "นาย"}


def national_id(rng: random.Random, w: Person) -> P:
    c = w.loc.code
    if c == "VN":
        return P("SSN", ids.cccd(rng, w.code, w.dob, w.female))
    if c == "ID":
        return P("SSN", ids.nik(rng, w.code, w.dob, w.female))
    if c == "MY":
        return P("SSN", ids.mykad(rng, w.dob, w.code, w.female))
    if c == "PH":
        return P("SSN", ids.philsys(rng))
    if c == "TH":
        return P("SSN", ids.thai_id(rng))
    if c == "KH":
        return P("SSN", fill(rng, "%########"))
    if c == "NZ":
        return P("ID", ids.nhi(rng))
    return P("ID", fill(rng, {"WS": "%#####-%", "TO": "%#########", "FJ": "%#########"}[c]))


def health_plan(rng: random.Random, w: Person, child: bool) -> P:
    c = w.loc.code
    if c == "VN":
        return P("HEALTH_PLAN", ids.bhyt(rng, w.code[1:], "TE" if child else None))
    if c == "ID":
        return P("HEALTH_PLAN", ids.bpjs(rng))
    if c == "PH":
        return P("HEALTH_PLAN", ids.philhealth(rng))
    return P("HEALTH_PLAN", fill(rng, {"TH": "%##-#######", "MY": "PA%########", "NZ": "%########", "KH": "HEF-%######",
                                        "WS": "NHS-%#####", "TO": "%#######", "FJ": "FNPF %#######"}[c]))


def address(w: Person) -> tuple:
    """The person's address in the locale's own structure (line, town and district ADDRESS, postcode ZIP)."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c, r = w.loc.code, w.region
    z = P("ZIP", w.postcode) if w.postcode else ""
    if c == "VN":
        ward = "phường" if r == "Cần Thơ" else "xã"
        return (A(w.line), f", {ward} ", A(w.town), ", huyện ", A(w.district), f", {'TP. ' if r == 'Cần Thơ' else 'tỉnh '}{r}")
    if c == "ID":
        return (A(w.line), ", Kel. ", A(w.town), ", Kec. ", A(w.district), f", {r} ", z)
    if c == "MY":
        return (A(w.line), ", ", A(w.town), ", ", z, " ", A(w.district), f", {r}")
    if c == "PH":
        return (A(w.line), ", ", A(w.town), ", ", A(w.district), f", {r} ", z)
    if c == "TH":
        return (A(w.line), " ", A(w.town), " ", A(w.district), f" จังหวัด{r} ", z)
    if c == "KH":
        return (A(w.line), ", ", A(w.town), ", ", A(w.district), f", Khaet {r}")
    if c == "NZ":
        return (A(w.line), ", ", A(w.town), ", ", A(w.district), " ", z)
    return (A(w.line), ", ", A(w.town), ", ", A(w.district), f", {r}")


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    lf = f"{w.family}, {w.given} {w.middle}" if w.culture == "filipino" else f"{w.short.upper()}, {w.given}"
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_N": N(w.full.upper()), f"{x}_g": N(w.given), f"{x}_f": N(w.short), f"{x}_lf": N(lf),
        f"{x}_mid": N(w.middle) if w.middle else "",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_dist": A(w.district), f"{x}_pc": P("ZIP", w.postcode) if w.postcode else "",
        f"{x}_addr": address(w), f"{x}_region": K(w.region),
        f"{x}_nid": national_id(rng, w), f"{x}_hp": health_plan(rng, w, age < 18),
        f"{x}_dob": dob["n"], f"{x}_dobw": dob["w"], f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_yob": K(str(w.dob.year)),
        f"{x}_drt": ("แพทย์หญิง" if w.female else "นายแพทย์") if c == "TH" else "", f"{x}_drs": ("พญ." if w.female else "นพ.") if c == "TH" else "",
        f"{x}_parent": {"MY": ("Mak", "Ayah"), "WS": ("tinā", "tamā")}.get(c, ("", ""))[0 if w.female else 1],
        f"{x}_sex": SEX[c][0 if w.female else 1], f"{x}_title": THAI_TITLE[(w.female, age < 15)] if c == "TH" else "",
    }  # fmt: skip
    if c == "TH":
        s[f"{x}_dobfull"] = date_forms(w.dob, c)["full"]
    return s


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

HOSPITALS = {"VN": ["Bệnh viện Đa khoa tỉnh", "Bệnh viện Đa khoa khu vực Tây Bắc", "Trung tâm Y tế huyện", "Bệnh viện Sản Nhi tỉnh"],
             "ID": ["RSUD Dr. Pirngadi", "RSUD Sidikalang", "Puskesmas Pangaribuan", "RS Bethesda Tomohon", "RSUD Wangaya"],
             "MY": ["Hospital Raja Perempuan Zainab II", "Hospital Sultanah Nur Zahirah", "Klinik Kesihatan Bachok", "Klinik Kesihatan Marang"],
             "PH": ["Batangas Medical Center", "Gov. Roque B. Ablan Sr. Memorial Hospital", "Vicente Sotto Memorial Medical Center", "Jose B. Lingad Memorial Hospital"],
             "TH": ["โรงพยาบาลขอนแก่น", "โรงพยาบาลสรรพสิทธิประสงค์", "โรงพยาบาลเชียงรายประชานุเคราะห์", "โรงพยาบาลมหาราชนครศรีธรรมราช"],
             "KH": ["Kampong Cham Provincial Hospital", "Takeo Referral Hospital", "Calmette Hospital"],
             "NZ": ["Middlemore Hospital", "Wellington Regional Hospital", "Gisborne Hospital", "Bay of Islands Hospital"],
             "WS": ["Tupua Tamasese Meaole Hospital", "Malietoa Tanumafili II Hospital"], "TO": ["Vaiola Hospital", "Prince Ngu Hospital"],
             "FJ": ["Colonial War Memorial Hospital", "Lautoka Hospital", "Navua Hospital"]}  # fmt: skip
CLINICS = {"ID": ["Puskesmas Sidemen", "Puskesmas Kakas", "Puskesmas Wonosari I", "Puskesmas Pangaribuan", "Puskesmas Remboken"],
           "PH": ["Barangay Health Station", "Rural Health Unit I", "Municipal Health Office"],
           "NZ": ["Pasifika Medical Centre", "Te Whānau o Waipareira", "Ngāti Porou Hauora", "Tongan Health Society", "Fiji Community Health Clinic"],
           "MY": ["Klinik Kesihatan Bachok", "Klinik Kesihatan Ketereh", "Klinik Kesihatan Setiu", "Klinik Kesihatan Sabak Bernam"],
           "TH": ["โรงพยาบาลส่งเสริมสุขภาพตำบล", "ศูนย์สุขภาพชุมชนเมือง"]}  # fmt: skip
DRUGS = {"VN": ["Amlodipin 5mg", "Metformin 850mg", "Losartan 50mg", "Cefuroxim 500mg", "Paracetamol 500mg", "Omeprazol 20mg", "Gliclazid 30mg"],
         "ID": ["Amlodipin 10 mg", "Metformin 500 mg", "Captopril 25 mg", "Amoksisilin 500 mg", "Parasetamol 500 mg", "Tablet Tambah Darah (Fe)", "Glibenklamid 5 mg"],
         "MY": ["Tab. Metformin 500mg", "Tab. Amlodipine 5mg", "Tab. Perindopril 4mg", "Tab. Paracetamol 1g", "Cap. Omeprazole 20mg", "Tab. Simvastatin 20mg"],
         "PH": ["Amlodipine 5mg", "Losartan 50mg", "Metformin 500mg", "Amoxicillin 500mg", "Ferrous sulfate + folic acid", "Salbutamol nebule 2.5mg"],
         "TH": ["Amlodipine 5 mg", "Metformin 500 mg", "Enalapril 5 mg", "Paracetamol 500 mg", "Simvastatin 20 mg", "Omeprazole 20 mg"],
         "KH": ["Amlodipine 5mg", "Metformin 500mg", "Ciprofloxacin 500mg"],
         "NZ": ["Metformin 500 mg", "Cilazapril 2.5 mg", "Allopurinol 300 mg", "Colchicine 0.5 mg", "Empagliflozin 10 mg"],
         "WS": ["Metformin 500mg", "Amlodipine 5mg"], "TO": ["Metformin 500mg", "Amlodipine 5mg"], "FJ": ["Metformin 500mg", "Enalapril 10mg"]}  # fmt: skip
ICD = {"VN": [("I10", "Tăng huyết áp vô căn"), ("E11.9", "Đái tháo đường type 2"), ("J18.9", "Viêm phổi"), ("K29.7", "Viêm dạ dày")],
       "ID": [("I10", "Hipertensi esensial"), ("E11.9", "Diabetes melitus tipe 2"), ("A15.0", "TB paru"), ("J45.9", "Asma bronkial")],
       "MY": [("I10", "Darah tinggi"), ("E11.9", "Kencing manis"), ("J06.9", "Jangkitan saluran pernafasan atas")],
       "PH": [("J18.9", "Community-acquired pneumonia"), ("A90", "Dengue fever"), ("I10", "Hypertension"), ("A15.0", "PTB")],
       "TH": [("I10", "ความดันโลหิตสูง"), ("E11.9", "เบาหวาน"), ("J06.9", "ไข้หวัด"), ("A90", "ไข้เลือดออก")],
       "KH": [("E11.9", "Diabetes type 2"), ("B54", "Malaria")],
       "NZ": [("E11.9", "Type 2 diabetes"), ("M10.9", "Gout"), ("I50.9", "Heart failure")],
       "WS": [("E11.9", "Ma'i suka"), ("I10", "Toto maualuga")], "TO": [("E11.9", "Mahaki suka"), ("I10", "Toto mā'olunga")],
       "FJ": [("E11.9", "Mate ni suka"), ("I10", "Dra cecere")]}  # fmt: skip
LABS = {"VN": ["Glucose 8,4 mmol/L", "HbA1c 7,9%", "Creatinin 96 µmol/L", "CRP 24 mg/L"], "ID": ["GDS 214 mg/dL", "Hb 10,2 g/dL", "BTA (+) 2"],
        "MY": ["HbA1c 8.1%", "FBS 9.2 mmol/L", "Hb 11.4 g/dL"], "PH": ["Hgb 102 g/L", "Plt 88 x10^9/L", "FBS 7.8 mmol/L"],
        "TH": ["FBS 146 mg/dL", "HbA1c 7.6%", "Cr 1.1 mg/dL"], "KH": ["Glycémie 1,86 g/L", "HbA1c 8.4%"],
        "NZ": ["HbA1c 78 mmol/mol", "Urate 0.52 mmol/L", "eGFR 54"], "WS": ["HbA1c 9.1%"], "TO": ["HbA1c 8.7%"], "FJ": ["HbA1c 9.4%"]}  # fmt: skip
BANKS = {"VN": ("Agribank", "%###########"), "ID": ("BRI", "%###-01-######-5#-#"), "MY": ("Bank Islam", "%####0########"), "PH": ("Landbank", "%###-####-##"),
         "TH": ("ธ.ก.ส.", "%##-#-#####-#"), "KH": ("ABA", "%## ### ###"), "NZ": ("ASB", "12-3%##-0######-00"), "WS": ("ANZ Samoa", "%#######"),
         "TO": ("TDB", "%#######"), "FJ": ("BSP", "%#######")}  # fmt: skip
LIC = {"VN": ("CCHN số", "%#####/@@-CCHN"), "ID": ("SIP", "503/%###/DINKES/2024"), "MY": ("MMC", "%####"), "PH": ("PRC Lic. No.", "%######"),
       "TH": ("ว.", "%####"), "KH": ("MoH reg.", "%####"), "NZ": ("MCNZ", "%#####"), "WS": ("SMC reg.", "%###"), "TO": ("TMC reg.", "%###"), "FJ": ("FMDC", "%####")}  # fmt: skip
PLATES = {"VN": "%#@%-%##.##", "ID": "@@ %### @@", "MY": "@@@ %###", "PH": "@@@ %###", "TH": "%กข %###", "KH": "%@@-%###", "NZ": "@@@%##",
          "WS": "%#####", "TO": "@ %###", "FJ": "@@ %##"}  # fmt: skip
VACCINES = {"PH": ["BCG", "Hepatitis B", "Pentavalent (DPT-HepB-Hib) 1", "OPV 1", "PCV 1", "MMR 1", "IPV"],
            "TO": ["BCG", "Hep B", "DTaP-IPV-Hib-HepB", "PCV13", "Rotavirus", "MR"],
            "ID": ["HB-0", "BCG", "Polio 1", "DPT-HB-Hib 1", "Campak-Rubela", "PCV"],
            "VN": ["BCG", "Viêm gan B", "DPT-VGB-Hib (mũi 1)", "OPV", "Sởi", "IPV"]}  # fmt: skip
CULTURE_NAME = {"maori": "Māori", "samoan": "Samoan", "tongan": "Tongan", "fijian": "Fijian"}
CULTURE_LANG = {"maori": "te reo Māori", "samoan": "Gagana Sāmoa", "tongan": "lea faka-Tonga", "fijian": "vosa vakaViti"}
Y = 365
OLD_M = {"p72_whanau_note", "p72_family_chat", "p72_elder_home_visit", "p72_group_chat", "p72_admission_form"}
CHILD = {"p72_vaccination_card", "p72_mch_book"}
AGES = {"p72_vaccination_card": (60, 400), "p72_mch_book": (30, 300), "p72_elder_home_visit": (90 * Y + 20, 97 * Y)}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 3, 4) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    child = kind in CHILD
    mothers = kind == "p72_health_register" and loc_code == "ID"  # a pregnancy cohort: women, their husbands
    p = draw_person(rng, loc, used, d1, female=True if mothers else None, age_days=(18 * Y, 42 * Y) if mothers else AGES.get(kind, (19 * Y, 78 * Y)))
    pa = (d1 - p.dob).days
    if child:  # r the mother, m the father
        r = draw_person(rng, loc, used, d1, female=True, culture=p.culture, home=p, age_days=(pa + 18 * Y, pa + 40 * Y))
        m = draw_person(rng, loc, used, d1, female=False, culture=p.culture, family=p.family, home=p, age_days=(pa + 20 * Y, pa + 45 * Y))
    else:
        r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, home=p if rng.random() < 0.7 else None,
                        age_days=(max(20 * Y, pa - 6 * Y), max(21 * Y, pa + 5 * Y)))  # fmt: skip
        m_age = (90 * Y + 20, 97 * Y) if kind in OLD_M else (max(17 * Y, pa - 34 * Y), max(18 * Y, pa - 18 * Y))
        m = draw_person(rng, loc, used, d1, female=True if kind in OLD_M else None, culture=p.culture, family=p.family if rng.random() < 0.5 else None,
                        home=p if rng.random() < 0.5 else None, age_days=m_age)  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "e", "s"):  # midwives and child-health nurses are women
        female = True if x == "e" and (child or kind == "p72_health_register") else None
        ppl[x] = draw_person(rng, loc, used, d1, female=female, region=p.region, age_days=(26 * Y, 62 * Y))
    for i in range(1, 5):
        w_age = AGES.get(kind, (19 * Y, 78 * Y)) if child else (18 * Y, 42 * Y) if mothers else (19 * Y, 80 * Y)
        w = ppl[f"w{i}"] = draw_person(rng, loc, used, d1, female=True if mothers else None, region=p.region, age_days=w_age)
        ppl[f"v{i}"] = draw_person(rng, loc, used, d1, female=not w.female, culture=w.culture, home=w,
                                   age_days=((d1 - w.dob).days + 18 * Y, (d1 - w.dob).days + 40 * Y))  # fmt: skip
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(3, 9)), "d3": d1 - timedelta(days=rng.randint(2, 20)),
          "d4": d1 + timedelta(days=rng.randint(14, 40)), "d5": d1 - timedelta(days=rng.randint(200, 900)),
          "d6": d1 + timedelta(days=rng.randint(60, 120))}  # fmt: skip
    for i in range(1, 5):
        dd[f"e{i}"] = d1 - timedelta(days=rng.randint(20 * i, 20 * i + 15))
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    label, pat = LIC[loc_code]
    s["lic_label"], s["d_lic"], s["e_lic"] = label, P("LICENSE", fill(rng, pat)), P("LICENSE", fill(rng, pat))
    s["mrn"] = F("MRN", {"VN": "24%#####", "ID": "0%-##-##-##", "MY": "RN%######", "PH": "%#-#####", "TH": "6%-######", "KH": "%######",
                         "NZ": "%#######", "WS": "TTM%#####", "TO": "V%#####", "FJ": "CWM%######"}[loc_code])  # fmt: skip
    s["mrn2"] = F("MRN", "%#######", "%######")
    for i in range(1, 5):
        s[f"w{i}_mrn"] = F("MRN", "%#####", "%######")
        s[f"w{i}_reg"] = F("ID", "%##/%#", "%###")
    s["ref"] = F("ID", "%###/RJK/2024", "0%##R00%########") if loc_code == "ID" else F("ID", "%######", "R%#######")
    s["sep"] = P("ID", fill(rng, "0%##R00%##########"[:19]))
    s["claim"] = F("ID", "%############", "CL-%#######")
    s["rx"] = F("ID", "RX%#######", "%########")
    s["cert"] = F("ID", f"%###/{d1.year + 543}") if loc_code == "TH" else F("ID", "MC%######", "KKB/%#####")
    s["req"] = F("ID", "LAB-%######", "%#########")
    bank, bpat = BANKS[loc_code]
    s["bank"], s["acct"] = K(bank), P("ACCOUNT", fill(rng, bpat))
    s["wallet"] = P("ACCOUNT", fill(rng, "09#########" if loc_code == "PH" else "%##########"))
    s["dev"] = F("DEVICE", "SN %########", "@@%#######", "%#@######@")
    s["plate"] = P("VEHICLE", fill(rng, PLATES[loc_code]))
    s["ip"] = P("IP", ids.ipv4(rng))
    s["ip2"] = P("IP", ids.ipv4(rng))
    tok = fill(rng, "~~~~~~~~~~~~~~~~")
    s["url"] = P("URL", {"VN": f"https://ketqua.example-benhvien.vn/tra-cuu?ma={tok}", "TH": f"https://lab.example-rph.go.th/r/{tok}",
                         "ID": f"https://hasil.example-rsud.id/lab?kode={tok}", "MY": f"https://keputusan.example-kk.gov.my/s/{tok}",
                         "PH": f"https://results.example-hospital.ph/view?id={tok}", "KH": f"https://lab.example-hospital.com.kh/r/{tok}",
                         "NZ": f"https://portal.example-health.nz/view?id={tok}&pid={fill(rng, '%#####')}"}.get(loc_code, f"https://lab.example.org/r/{tok}"))  # fmt: skip
    s["dl"] = F("LICENSE", {"VN": "%###########", "ID": "%###-####-######", "MY": "%######", "PH": "@%#-##-######", "TH": "%#######",
                            "KH": "%########", "NZ": "@@%#####", "WS": "%#####", "TO": "%#####", "FJ": "%######"}[loc_code])  # fmt: skip
    # keep values
    s["hospital"], s["hospital2"] = (K(h) for h in rng.sample(HOSPITALS[loc_code], 2))
    s["clinic"] = K(rng.choice(CLINICS.get(loc_code, HOSPITALS[loc_code])))
    drugs = rng.sample(DRUGS[loc_code], min(3, len(DRUGS[loc_code])))
    drugs += drugs[:1] * (3 - len(drugs))
    s["drug1"], s["drug2"], s["drug3"] = (K(v) for v in drugs)
    (i1, n1) = rng.choice(ICD[loc_code])
    s["icd"], s["dx"] = K(i1), K(n1)
    labs = rng.sample(LABS[loc_code], min(2, len(LABS[loc_code])))
    s["lab1"], s["lab2"] = K(labs[0]), K(labs[-1])
    vac = VACCINES.get(loc_code, VACCINES["PH"])
    for i, v in enumerate(vac, 1):
        s[f"vac{i}"] = K(v)
    s["bp"] = K(f"{rng.randint(118, 168)}/{rng.randint(70, 98)} mmHg")
    s["wt"] = K(f"{rng.randint(48, 96)} kg")
    s["yr_dx"] = K(str(d1.year - rng.randint(3, 15)))
    s["region"] = K(p.region)
    s["p_culture"] = K(CULTURE_NAME.get(p.culture, p.culture))
    s["p_lang"] = K(CULTURE_LANG.get(p.culture, "English"))
    return s


# ---- templates -------------------------------------------------------------------------------------------

DISCHARGE = {
    "VN": """SỞ Y TẾ «region»                                         CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
«hospital»                                                 Độc lập - Tự do - Hạnh phúc
Khoa: Nội tổng hợp   (ban hành kèm theo ‹Thông tư 56/2017/TT-BYT›)   ‹Mẫu số 01/BV›          Số lưu trữ: «mrn»      Mã Y tế: «mrn2»

                                   ‹GIẤY RA VIỆN›

- Họ tên người bệnh: «p_N»          Ngày tháng năm sinh: «p_dob»          Giới tính: «p_sex»
- Dân tộc: Kinh          Nghề nghiệp: làm ruộng
- Số CCCD/Hộ chiếu: «p_nid»          Mã số BHXH/Thẻ BHYT số: «p_hp»
- Địa chỉ: «p_addr»
- Vào viện lúc: 08 giờ 30 phút, «d1_w»
- Ra viện lúc: 09 giờ 00 phút, «d2_w»
- Chẩn đoán: «dx» (mã ICD-10: «icd»)
- Phương pháp điều trị: kháng sinh, hạ áp; «drug1» x 2 viên/ngày, «drug2» x 1 viên/ngày. XN: «lab1».
- Ghi chú: tái khám ngày «d4_n» tại phòng khám số 3, mang theo thẻ BHYT và giấy ra viện này.
  Người nhà: «r_n» (vợ/chồng), SĐT «r_ph»; con «m_n», SĐT «m_ph».

«d2_w»
Trưởng khoa                                        Thủ trưởng đơn vị
(đã ký)                                           (ký tên, đóng dấu)
BS.CKI «d_n» — «lic_label» «d_lic»                    «s_n»
""",
    "ID": """‹RESUME MEDIS PASIEN PULANG›                                   «hospital»
No. RM: «mrn»          Tanggal cetak: «d2_n»
Nama pasien: «p_N»          Jenis kelamin: «p_sex»          Tgl lahir: «p_dob» (umur «p_age» th)
NIK: «p_nid»          No. Kartu BPJS Kesehatan: «p_hp»          No. SEP: «sep»
Alamat: «p_addr»          Telp/HP: «p_ph»
Tanggal masuk: «d1_w»          Tanggal keluar: «d2_w»          Ruang: Melati II, kelas 3
Anamnesa: sesak napas dan demam sejak 4 hari SMRS.
Diagnosa utama: «dx» (ICD-10 «icd»)          Pemeriksaan penunjang: «lab1»; «lab2»; foto toraks.
Terapi pulang: «drug1» 1x1, «drug2» 3x1, «drug3».
Kontrol ulang: «d4_w» di Poli Penyakit Dalam dengan membawa surat kontrol.
Penanggung jawab pasien: «r_n» (hubungan: suami/istri), HP «r_ph»
Dokter penanggung jawab pelayanan (DPJP): dr. «d_n», Sp.PD — «lic_label» «d_lic»
Perawat: «e_n», S.Kep., Ns.          Dasar: ‹Permenkes No. 24 Tahun 2022› tentang Rekam Medis
""",
}

OUTPATIENT = {
    "VN": """‹SỔ KHÁM BỆNH›                                               «hospital» — ‹Phòng khám Nội›
Họ và tên: «p_n»          Năm sinh: «p_yob»          Giới: «p_sex»
Địa chỉ: «p_addr»          Điện thoại: «p_ph»
Thẻ BHYT: «p_hp»          Nơi ĐKKCB ban đầu: Trạm Y tế xã          Mã bệnh nhân: «mrn»

‹PHIẾU KHÁM BỆNH› — «d1_w»          STT: 27          Bác sĩ khám: «d_n»
Lý do khám: chóng mặt, mệt mỏi. Mạch 88 l/p, HA «bp», cân nặng «wt».
Tiền sử: «dx» từ năm «yr_dx», đang dùng «drug1».
Chẩn đoán: «dx» (ICD-10: «icd»)          Cận lâm sàng: «lab1»
Đơn thuốc (số «rx»): «drug1» ngày 1 viên sáng; «drug2» ngày 2 viên sau ăn, 30 ngày.
Hẹn tái khám: «d4_s» (nhắn Zalo «p_ph2» trước 1 ngày). Người đưa đi khám: con gái «r_n».
""",
    "TH": """‹บัตรตรวจโรคผู้ป่วยนอก (OPD Card)›                         «hospital»
HN: «mrn»          วันที่มารับบริการ: «d1_w»          สิทธิการรักษา: บัตรทอง (UC)
คำนำหน้า «p_title»  ชื่อ «p_g»  นามสกุล «p_f»          เพศ «p_sex»          อายุ «p_age» ปี
วันเกิด «p_dobfull»          เลขประจำตัวประชาชน «p_nid»
ที่อยู่ «p_addr»          โทร «p_ph»
ผู้ติดต่อกรณีฉุกเฉิน: «r_n» (คู่สมรส) โทร «r_ph»
อาการสำคัญ: ใจสั่น เวียนศีรษะ 3 วัน          BP «bp»   น้ำหนัก «wt»
การวินิจฉัย: «dx» («icd»)          ผลตรวจ: «lab1»
ยา: «drug1» 1x1 หลังอาหารเช้า, «drug2» 1x2
นัดครั้งต่อไป: «d4_w» เวลา 08.00 น. ห้องตรวจอายุรกรรม
แพทย์ผู้ตรวจ: «d_drs» «d_n» (ใบประกอบวิชาชีพเวชกรรม «lic_label» «d_lic»)
""",
}

REFERRAL = {
    "ID": """‹SURAT RUJUKAN› FKTP ke FKRTL                                         No. Rujukan: «ref»
«clinic», Kec. «p_dist»                                            Tanggal: «d1_w»

Kepada Yth.
TS dr. Spesialis Penyakit Dalam
«hospital»

Mohon pemeriksaan dan penanganan lebih lanjut penderita:
Nama            : «p_n»
No. Kartu BPJS  : «p_hp»          NIK: «p_nid»
Tgl. Lahir      : «p_dob»          Umur: «p_age» tahun          Status: Peserta PBI
Alamat          : «p_addr»
No. HP          : «p_ph»
Diagnosa        : «dx» («icd»), tidak terkontrol
Telah diberikan : «drug1», «drug2»
Hasil lab       : «lab1»
Catatan         : Rujukan berlaku 90 hari s.d. «d6_w». Pendamping: «r_n», HP «r_ph».

Mohon dikembalikan dengan ‹Formulir Rujukan Balik› ke «clinic».

Salam sejawat,
dr. «d_n» (SIP «d_lic»)
""",
    "NZ": """«clinic» — ‹Pacific Health Referral›                            Referral ref: «ref»
To: Diabetes and Renal Services, «hospital»                       Date: «d1_n»
Patient: «p_n»          NHI: «p_nid»          DOB: «p_dob»          Age: «p_age»
Ethnicity: «p_culture»          Preferred language: «p_lang» (interpreter requested)
Address: «p_addr»          Mobile: «p_ph»          Email: «p_em»
Next of kin / whānau contact: «r_n», «r_ph»
Reason for referral: «dx» («icd») with rising «lab1»; «lab2». Current meds: «drug1», «drug2».
Note from whānau: «r_g» will bring «p_g» to appointments — please text «r_ph2», not landline.
Community health worker: «e_n» («e_em»). Kaiāwhina will attend first appointment.
Referring GP: Dr «d_n», MCNZ «d_lic», «clinic»
""",
}

CERT = {
    "TH": """‹ใบรับรองแพทย์›                                                 เลขที่ «cert»
                                                    «hospital»
                                                    วันที่ «d1_full»
ข้าพเจ้า «d_drt» «d_n» ใบอนุญาตประกอบวิชาชีพเวชกรรมเลขที่ «lic_label» «d_lic»
สถานที่ประกอบวิชาชีพ «hospital»
ได้ตรวจร่างกาย «p_title» «p_n» เลขประจำตัวประชาชน «p_nid»
ที่อยู่ «p_addr»
เมื่อวันที่ «d1_full» มีรายละเอียดดังนี้ ป่วยเป็น «dx» («icd») ผลตรวจ «lab1»
ความดันโลหิต «bp» น้ำหนัก «wt» ได้รับยา «drug1»
สรุปความเห็นแพทย์ ควรหยุดพักรักษาตัวตั้งแต่วันที่ «d1_w» ถึง «d2_w»
ผู้ป่วยแจ้งเบอร์ติดต่อ «p_ph» และ e-mail «p_em» สำหรับส่งเอกสารให้นายจ้าง
                                           ลงชื่อ ..................... แพทย์ผู้ตรวจร่างกาย
                                                  ( «d_n» )
""",
    "MY": """KEMENTERIAN KESIHATAN MALAYSIA — «clinic»
‹SIJIL CUTI SAKIT›                                                   No. Siri: «cert»
Dengan ini disahkan bahawa «p_n»
No. K/P: «p_nid»          No. Pendaftaran: «mrn»
Alamat: «p_addr»
telah diperiksa pada «d1_w» dan didapati tidak sihat untuk menjalankan tugas
mulai «d1_n» hingga «d2_n».
Diagnosis: «dx» («icd»).          Ubat dibekalkan: «drug1», «drug2».
Tekanan darah: «bp». Ujian: «lab1».
Majikan boleh menghubungi pesakit di «p_ph» atau «p_em».
Tandatangan: Dr. «d_n» (MMC «d_lic»)          Cop klinik
Salinan untuk waris: «r_n» («r_ph»)
""",
}

VACCINATION = {
    "PH": """Republic of the Philippines — Department of Health                  ‹Child Health Record / Immunization Card›
«clinic», «p_town», «p_dist»
Pangalan ng bata: «p_lf»          Kasarian: «p_sex»          Petsa ng kapanganakan: «p_dobw»
Lugar ng kapanganakan: «hospital»          PhilHealth PIN (miyembro): «r_hp»
Pangalan ng ina: «r_n»          Pangalan ng ama: «m_n»
Tirahan: «p_addr»          Cellphone: «r_ph»
BAKUNA                          PETSA NG PAGBIBIGAY          NAGBIGAY
«vac1»                          «e1_n»                   «e_n», RM
«vac2»                          «e1_n»                   «e_n», RM
«vac3»                          «e2_n»                   «e_n», RM
«vac4»                          «e2_n»                   «e_n», RM
«vac6»                          «d1_n»                   «e_n», RM
Susunod na balik: «d4_w» (Martes, bakunahan day). Timbang: 7.9 kg. Vitamin A 100,000 IU ibinigay.
BHW na naka-assign: «s_n», «s_ph»
""",
    "TO": """Potungāue Moʻui — Ministry of Health Tonga                        ‹Kaati Moʻui ʻa e Fānau / Child Health Card›
«hospital» · Kiliniki Fānau
Hingoa ʻo e pēpē: «p_n»          Tangata/Fefine: «p_sex»          ʻAho naʻe fāʻeleʻi ai: «p_dobw»
Fika lēsisita: «p_nid»          Fika falemahaki: «mrn»
Hingoa ʻo e faʻē: «r_n»          Hingoa ʻo e tamai: «m_n»
Feituʻu nofoʻanga: «p_addr»          Fika telefoni: «r_ph»
Huhu malu'i (vaccines):
  «vac1»        «e1_w»        Neesi «e_n»
  «vac2»        «e1_w»        Neesi «e_n»
  «vac3»        «e2_w»        Neesi «e_n»
  «vac4»        «d1_w»        Neesi «e_n»
  «vac5»        «d1_w»        Neesi «e_n»
  ‹Vitamin A 100,000 IU›
ʻAho ke toe haʻu ai: «d4_w». Mamafa: 6.8 kg. Vitamin A naʻe ʻoange.
Tokoni kolo / community health worker: «s_n» («s_ph»)
""",
}

CLAIM = {
    "PH": """PhilHealth — ‹CLAIM FORM 1 (CF-1)› Revised September 2018           Series #: «claim»
PART I - MEMBER AND PATIENT INFORMATION AND CERTIFICATION
1. PhilHealth Identification Number (PIN) of Member: «r_hp»
2. Name of Member: «r_lf»          3. Member Date of Birth: «r_dob»
4. Mailing Address: «r_addr»
5. Contact Information: Landline: none   Mobile No.: «r_ph»   Email: «r_em»
6. Patient is the member? No — Dependent: «p_lf» (spouse / asawa), PIN of dependent: «p_hp»
   Patient Date of Birth: «p_dob»          PhilSys Card Number: «p_nid»
7. Confinement: «hospital2», admitted «d1_n», discharged «d2_n»; diagnosis «dx» («icd»)
PART II - EMPLOYER'S CERTIFICATION: not applicable (Indigent/Sponsored, 4Ps member)
PART III - CONSENT: I certify that the above information is true. Signature over printed name: «r_N» — «d2_n»
8. Benefit availed: ‹Dengue Fever Package› (case rate); medicines «drug1», «drug2»; laboratory «lab1»
Representative (if member is incapacitated): «m_n», relationship: kapatid, contact «m_ph»
""",
    "VN": """‹BẢNG KÊ CHI PHÍ KHÁM BỆNH, CHỮA BỆNH› (‹Mẫu số 01/KBCB›)         Mã số người bệnh: «mrn»
Cơ sở KCB: «hospital»          Khoa: Hồi sức tích cực
I. Phần hành chính
(1) Họ tên người bệnh: «p_N»          Ngày sinh: «p_dob»          Giới tính: «p_sex»
(2) Địa chỉ hiện tại: «p_addr»
(3) Mã thẻ BHYT: «p_hp»          Giá trị từ «d5_n» đến «d6_n»
(4) Số CCCD: «p_nid»          Điện thoại: «p_ph»
(5) Đến khám: «d1_w»          Điều trị ngoại trú/nội trú từ «d1_n» đến «d2_n»
(6) Chẩn đoán xác định: «dx»          Mã bệnh: «icd»
II. Phần chi phí: Tiền giường 5 ngày; xét nghiệm «lab1»; thuốc «drug1», «drug2»; tổng BHYT chi trả 80%.
Người bệnh chuyển khoản phần cùng chi trả: «bank» STK «acct», chủ TK «r_n».
Người lập bảng kê: «s_n»          Kế toán viện phí: «e_n»          Xác nhận của người bệnh: «p_n»
""",
}

SMS = {
    "MY": """Mesej daripada 15888 / KKM-MySejahtera
[«d3_s» 09:12] «clinic»: Salam «p_n», peringatan temujanji Klinik Pesakit Luar (NCD) anda pada «d1_w» jam 8.00 pg. Bawa kad pengenalan («p_nid») dan buku rekod «mrn». Puasa 10 jam untuk ujian darah. Pertanyaan: 09-7788 000.
[«d3_s» 09:40] Dari «p_ph»: Terima kasih. Saya akan datang dengan anak saya «r_n».
[«d1_s» 07:02] «clinic»: Peringatan: temujanji hari ini. Ambil ubat «drug1» selepas ujian. Semak keputusan di «url»
[«d1_s» 15:30] «clinic»: Keputusan «lab1». Temujanji susulan «d4_n». Ubat «drug2» sedia di kaunter farmasi (No. preskripsi «rx»).
[«d1_s» 15:31] «clinic»: Program ‹Saringan Kesihatan PEKA B40›: tekanan darah «bp», «lab2». Teruskan «drug3».
[«d4_s» 08:15] Dari «r_ph»: «p_parent» saya «p_g» masuk wad semalam, minta tunda temujanji. Alamat baharu: «p_addr».
""",
    "WS": """SMS mai le «hospital»
[«d3_s» 10:05] TTM: Talofa «p_g»! O lou taimi e asiasi ai i le Kilinika o le Ma'i Suka (NCD Clinic) i le «d1_w», 9:00 i le taeao. Aumai lau pepa NID «p_nid» ma lau numera o le falema'i «mrn».
[«d3_s» 10:40] Mai «p_ph»: Faafetai. O le a ou sau ma lo'u fanau o «r_n».
[«d1_s» 07:30] TTM: Faamanatu: lou taimi asiasi i le aso nei. Aua le 'ai i le taeao. «lab1» e siaki.
[«d1_s» 14:10] TTM: Ua mae'a. Vaila'au: «drug1», «drug2». Toe asiasi i le «d4_w». Fesili: Neesi «e_n» «e_ph».
[«d1_s» 14:12] TTM: ‹PEN Fa'a Samoa›: toto «bp», «wt». Faaauau «drug2».
[«d4_s» 08:02] Mai «r_ph»: Ua ma'i tele lo'u «p_parent» «p_g», ua ave i le falema'i i Lalomanu. Matou te nonofo nei i «p_addr».
""",
}

FAMILY_CHAT = {
    "VN": """Zalo — nhóm "Gia đình «p_f» 🏠" (xuất ngày «d2_n»)
[«d1_s» 06:42] «r_n»: Cả nhà ơi bà nội («m_n», «m_old» tuổi rồi) đêm qua lại khó thở, em đưa bà vào «hospital» rồi.
[«d1_s» 06:45] «p_n»: Trời ơi. Bà nằm khoa nào em? Mã bệnh nhân bao nhiêu để anh gọi hỏi?
[«d1_s» 06:47] «r_n»: Khoa Lão, mã BN «mrn». Bác sĩ «d_n» bảo «dx» («icd»), đang truyền «drug1».
[«d1_s» 07:10] «w1_n»: Con gửi ảnh thẻ BHYT của bà: «m_hp», CCCD «m_nid». Sổ hộ khẩu ở «m_addr».
[«d1_s» 07:12] «p_n»: Anh chuyển 5 triệu vào «bank» «acct» nhé. Số anh đổi rồi, gọi «p_ph2».
[«d1_s» 09:30] «r_n»: Kết quả xét nghiệm «lab1». Link tra cứu: «url»
[«d1_s» 09:32] «r_n»: Huyết áp «bp», thêm «drug2». Chuyển sang «hospital2» nếu nặng.
[«d2_s» 20:05] «w1_n»: Bác sĩ hẹn «d4_n» tái khám. «w2_n» trực đêm nay, số «w2_ph».
[«d2_s» 20:07] «p_n»: Ok. Bà «m_old» tuổi rồi, mọi người thay phiên nhé.
""",
    "TH": """LINE — กลุ่ม "บ้าน«p_f»" (ส่งออกแชท «d2_w»)
«d1_s» 07:15 «r_g»: แม่ใหญ่ «m_n» อายุ «m_old» ปีแล้ว เมื่อคืนล้มในห้องน้ำ ตอนนี้อยู่ «hospital» นะ
«d1_s» 07:18 «p_g»: ตายแล้ว หมอว่ายังไงบ้าง HN เท่าไหร่ เดี๋ยวโทรถาม
«d1_s» 07:20 «r_g»: HN «mrn» หมอ «d_n» บอกว่ากระดูกสะโพกหัก ต้องผ่าตัด ความดัน «bp»
«d1_s» 07:31 «w1_g»: ส่งบัตรประชาชนแม่ใหญ่ให้นะ เลข «m_nid» ที่อยู่ตามบัตร «m_addr»
«d1_s» 07:33 «p_g»: โอนค่ามัดจำห้องพิเศษเข้า «bank» «acct» แล้ว เบอร์ใหม่พี่ «p_ph2»
«d1_s» 12:02 «r_g»: ผลแล็บ «lab1» ดูได้ที่ «url»
«d1_s» 12:05 «r_g»: หมอให้ «drug1» กับ «drug2» โรคเดิม «dx» ถ้าไม่ดีขึ้นส่งต่อ «hospital2»
«d2_s» 19:45 «w1_g»: หมอนัดผ่าตัด «d4_w» พี่«w2_g»เฝ้าคืนนี้ โทร «w2_ph»
«d2_s» 19:47 «p_g»: โอเค แม่ใหญ่ «m_old» แล้ว ผลัดกันเฝ้านะ 🙏
""",
}

GROUP_CHAT = {
    "PH": """Viber — "Pamilya «p_f» 💙" (exported «d2_n»)
[«d1_s», 6:40 AM] «r_g»: Mga kapatid, isinugod namin si Lola «m_n» («m_old» na siya) sa «hospital» kagabi, hirap huminga.
[«d1_s», 6:44 AM] «p_g»: Diyos ko. Anong ward? Ano Hospital No. niya para matawagan ko?
[«d1_s», 6:47 AM] «r_g»: Medicine ward, Hospital No. «mrn». Si Dr. «d_n» ang attending, «dx» daw («icd»), naka-«drug1».
[«d1_s», 7:05 AM] «w1_g»: Eto PhilHealth ni Lola: «m_hp». Senior citizen ID niya nasa bahay sa «m_addr».
[«d1_s», 7:10 AM] «p_g»: Nag-GCash ako ng 5k sa «wallet», pambili ng gamot. Bago kong number: «p_ph2»
[«d1_s», 9:15 AM] «r_g»: Result ng CBC: «lab1». Eto link: «url»
[«d1_s», 9:17 AM] «r_g»: BP niya «bp», mataas daw. Dagdag na gamot «drug2».
[«d2_s», 8:05 PM] «w1_g»: Sabi ni doc follow-up sa «d4_w». Si Ate «w2_g» ang bantay mamaya, «w2_ph».
[«d2_s», 8:06 PM] «p_g»: Sige. «m_old» na si Lola, salitan tayo ha.
""",
    "FJ": """WhatsApp — "Vuvale «p_f» 🌺" (exported «d2_n»)
[«d1_s» 6:40 am] «r_g»: Ni bula vinaka. Keimami kauta yani o Bubu «m_n» (yabaki «m_old») ki «hospital» e na bogi, dredre na nona cegu.
[«d1_s» 6:44 am] «p_g»: Isa. Vei ward? Na cava na nona hospital number?
[«d1_s» 6:47 am] «r_g»: Medical ward, «mrn». Dr «d_n» e kaya ni «dx» («icd»), sa tiko na «drug1».
[«d1_s» 7:05 am] «w1_g»: Oqo na nona ID: «m_nid». Na vale e «m_addr».
[«d1_s» 7:10 am] «p_g»: Au sa vakauta e $200 ki «bank» «acct». Na noqu numera vou: «p_ph2»
[«d1_s» 9:15 am] «r_g»: Na lab: «lab1». Link: «url»
[«d1_s» 9:17 am] «r_g»: BP «bp». E vakuria na «drug2».
[«d2_s» 8:05 pm] «w1_g»: Dr e kaya me lesu mai e na «d4_w». O «w2_g» ena vakatawa e na bogi, «w2_ph».
[«d2_s» 8:06 pm] «p_g»: Vinaka. Sa «m_old» o Bubu, me da veisoliyaki ga.
""",
}

REGISTER = {
    "ID": """‹REGISTER KOHORT IBU HAMIL› — «clinic», Kel. «p_town»                  Bulan: «d1_w»
Bidan koordinator: «e_n» (STR «e_lic»)          Kader posyandu: «s_n», HP «s_ph»
No  Nama ibu            NIK                   Umur  Nama suami          Alamat                       HPHT          Taksiran persalinan   Ket.
1   «p_n»         «p_nid»        «p_age»    «r_n»         «p_line»          «e1_n»    «d6_n»          «lab1»
2   «w1_n»        «w1_nid»       «w1_age»    «v1_n»        «w1_line»         «e2_n»    «d4_n»          TT2
3   «w2_n»        «w2_nid»       «w2_age»    «v2_n»        «w2_line»         «e3_n»    «d2_n»          KEK, LILA 22 cm
4   «w3_n»        «w3_nid»       «w3_age»    «v3_n»        «w3_line»         «e4_n»    «d6_n»          «drug3»
Rujukan bulan ini: «w2_n» ke «hospital», No. Rujukan «ref». Kunjungan rumah ke «w3_addr».
""",
    "PH": """Barangay Health Station — ‹TB Treatment / Hypertension Target Client List›   «p_town», «p_dist»
Midwife: «e_n», RM (PRC «e_lic»)          BHW: «s_n», «s_ph»
No.  Pangalan (Apelyido, Pangalan Gitnang)    Kaarawan        Edad  Tirahan                         PhilHealth PIN      Gamot / Resulta
1    «p_lf»                «p_dob»      «p_age»   «p_line»           «p_hp»     «drug1»
2    «w1_lf»               «w1_dob»     «w1_age»   «w1_line»          «w1_hp»    «drug2»
3    «w2_lf»               «w2_dob»     «w2_age»   «w2_line»          «w2_hp»    «lab1»
4    «w3_lf»               «w3_dob»     «w3_age»   «w3_line»          «w3_hp»    «drug3»
Program: ‹National TB Control Program›, ‹PhilPEN›. Sanggunian: «hospital».
Home visit: «e1_w» kay «w2_n» sa «w2_addr» — hindi nakainom ng gamot ng 3 araw; kausap ang anak na si «v2_n» («v2_ph»).
""",
}

PHARMACY = {
    "TH": """«hospital» ห้องยา — ‹ฉลากยา›
ชื่อผู้ป่วย «p_title» «p_n»     HN «mrn»     วันที่จ่ายยา «d1_w»
«drug1»   รับประทานครั้งละ 1 เม็ด วันละ 1 ครั้ง หลังอาหารเช้า   #30
ข้อบ่งใช้: «dx»   ห้ามหยุดยาเอง
---------------------------------------------------------------
ชื่อผู้ป่วย «p_title» «p_n»     HN «mrn»     วันที่จ่ายยา «d1_w»
«drug2»   รับประทานครั้งละ 1 เม็ด วันละ 2 ครั้ง เช้า-เย็น   #60
---------------------------------------------------------------
«drug3»   ครั้งละ 1 เม็ด เมื่อมีอาการ   #10   รหัสโรค «icd»
---------------------------------------------------------------
ใบสั่งยาเลขที่ «rx»   แพทย์ผู้สั่ง «d_n» («lic_label» «d_lic»)   เภสัชกร «s_n»
ส่งยาทางไปรษณีย์ถึง «p_addr» โทร «p_ph»   ผู้รับแทน «r_n»
เลขประจำตัวประชาชน «p_nid»   นัดรับยาครั้งต่อไป «d4_w»
""",
    "MY": """«clinic» — FARMASI
‹LABEL UBAT›   No. Preskripsi: «rx»          Tarikh: «d1_n»
Nama: «p_n»          No. K/P: «p_nid»          RN: «mrn»
«drug1»   Ambil 1 biji 2 kali sehari selepas makan  (30 hari)
«drug2»   Ambil 1 biji sekali sehari pada waktu pagi
«drug3»   Ambil 1 biji sebelum tidur
Diagnosis: «dx» («icd»)
Simpan di tempat sejuk dan kering. Jauhkan daripada kanak-kanak.
Dispens oleh: «s_n», Pegawai Farmasi          Pegawai Perubatan: Dr. «d_n» (MMC «d_lic»)
Ubat Melalui Pos (UMP) ke: «p_addr» — Tel: «p_ph»
Temujanji ambil ubat seterusnya: «d4_w». Wakil: «r_n» («r_ph»)
Mesin glukometer pesakit: «dev»
""",
}

MCH = {
    "ID": """‹BUKU KESEHATAN IBU DAN ANAK› — Kementerian Kesehatan RI
IDENTITAS KELUARGA
Nama ibu: «r_n»          NIK: «r_nid»          Tgl lahir: «r_dob»          No. JKN: «r_hp»
Nama suami: «m_n»          NIK: «m_nid»          Pekerjaan: petani
Alamat: «p_addr»          No. HP: «r_ph»
Puskesmas domisili: «clinic»          No. register kohort ibu: «ref»
Nama anak: «p_n»          Tgl lahir: «p_dobw»          Jenis kelamin: «p_sex»          BB lahir 3.100 gram
Ditolong oleh: bidan «e_n», di «hospital»
Imunisasi: «vac1» «e1_n»; «vac2» «e2_n»; «vac3» «d1_n»
Kunjungan nifas: «e4_w» (KF1), «e3_w» (KF2). Ibu minum 90 tablet Fe selama hamil.
Pemeriksaan: «lab1»; tekanan darah «bp»; ‹Tablet Tambah Darah (Fe)›.
Catatan kader: ibu aktif di «clinic»; kontak kader «s_n» «s_ph».
""",
    "VN": """‹SỔ THEO DÕI SỨC KHỎE BÀ MẸ VÀ TRẺ EM› — Bộ Y tế
Họ tên mẹ: «r_n»          Ngày sinh: «r_dob»          Số CCCD: «r_nid»
Họ tên cha: «m_n»          Điện thoại: «m_ph»
Địa chỉ: «p_addr»
Nơi đăng ký quản lý thai: Trạm Y tế xã «p_town»          Mã số sổ: «ref»
Họ tên con: «p_n»          Ngày sinh: «p_dobw»          Giới: «p_sex»          Cân nặng lúc sinh: 3200 g
Nơi sinh: «hospital»          Người đỡ đẻ: NHS «e_n»
Thẻ BHYT trẻ em: «p_hp»
Tiêm chủng: «vac1» «e1_n»; «vac2» «e2_n»; «vac3» «d1_n»; «vac4» hẹn «d4_n»
Khám thai: huyết áp mẹ «bp», cân nặng mẹ «wt», uống viên sắt từ tuần 16.
Ghi chú của cán bộ y tế thôn: «s_n», «s_ph». Mẹ liên hệ qua Zalo «r_ph».
""",
}

WHANAU = {
    "NZ": """‹Whānau Hui — Discharge Planning Note›                   «hospital», Ward 7
Date: «d1_n»          Patient: «p_n»          NHI: «p_nid»          DOB: «p_dob»
Kuia / elder present: «m_n» (aged «m_old»), NHI «m_nid» — attended with wheelchair.
Karakia tīmatanga by «e_n» (Kaiatawhai). Whakawhanaungatanga. Whānau present: «r_n» (partner, «r_ph»),
«w1_n» (mokopuna, «w1_ph»), «w2_n» (tuakana, «w2_em»).
Kōrero: «p_g» wants to go home to «p_addr» rather than to respite. Diagnosis: «dx» («icd»), «lab1».
Rongoā Māori requested alongside «drug1» and «drug2» — discussed with Dr «d_n» (MCNZ «d_lic»).
Plan: district nurse visits from «d2_n»; Whānau Ora navigator «s_n» («s_ph») to arrange transport
(«r_g»'s van, plate «plate»). Follow-up «d4_n» at «clinic». Kuia «m_g» («m_old») needs a home visit too.
Whānau Ora plan reviewed under ‹Pae Ora (Healthy Futures) Act 2022›; «lab2».
Karakia whakamutunga.
""",
}

ECLAIM = {
    "PH": '{"eClaims":{"pHospitalCode":"H92005678","pClaimSeriesLhio":"«claim»","member":{"pin":"«r_hp»","lastName":"«r_f»","firstName":"«r_g»","middleName":"«r_mid»","birthDate":"«r_dob»","mobile":"«r_ph»","email":"«r_em»"},"patient":{"pin":"«p_hp»","lastName":"«p_f»","firstName":"«p_g»","middleName":"«p_mid»","birthDate":"«p_dob»","philsys":"«p_nid»","address":"«p_line», «p_town», «p_dist»"},"confinement":{"admissionDate":"«d1_n»","dischargeDate":"«d2_n»","hospitalNo":"«mrn»","icd10":"«icd»","finalDx":"«dx»","package":"‹Dengue Fever Package›","medicines":["«drug1»","«drug2»"],"laboratory":"«lab1»","memberCategory":"‹Sponsored - 4Ps›"},"attendingDoctor":{"name":"«d_n»","prcLicense":"«d_lic»","accreditationNo":"«e_lic»"},"submittedFrom":"«ip»"}}',
    "ID": '{"request":{"t_sep":{"noKartu":"«p_hp»","tglSep":"«d1_iso»","ppkPelayanan":"0301R001","jnsPelayanan":"1","klsRawat":{"klsRawatHak":"3"},"noMR":"«mrn»","rujukan":{"asalRujukan":"1","tglRujukan":"«d3_iso»","noRujukan":"«ref»","ppkRujukan":"0301U033"},"catatan":"pasien «p_n», NIK «p_nid»","diagAwal":"«icd»","poli":{"tujuan":"INT","eksekutif":"0"},"cob":{"cob":"0"},"katarak":{"katarak":"0"},"jaminan":{"lakaLantas":"0"},"dpjpLayan":"«d_lic»","noTelp":"«p_ph»","user":"«s_n»"}},"response":{"sep":{"noSep":"«sep»","peserta":{"nama":"«p_N»","tglLahir":"«p_dobiso»","jnsPeserta":"‹PBI (APBN)›","hakKelas":"‹Kelas 3›"},"namaDiag":"«dx»","terapi":["«drug1»","«drug2»"],"penunjang":"«lab1»","faskes":"«hospital»"},"metaData":{"code":"200","message":"Sukses"}},"client":"«ip»"}',
}

ELDER = {
    "TH": """‹แบบบันทึกการเยี่ยมบ้านผู้สูงอายุ› (อสม.)                      «clinic» «p_town»
วันที่เยี่ยม «d1_w»          ผู้เยี่ยม: อสม. «s_n» โทร «s_ph»          พยาบาลวิชาชีพ «e_n»
ผู้สูงอายุ: «p_title» «p_n»  อายุ «p_old» ปี          เลขประจำตัวประชาชน «p_nid»
ที่อยู่ «p_addr»          ผู้ดูแลหลัก: หลานสาว «r_n» โทร «r_ph»
ADL 9 คะแนน (กลุ่มติดบ้าน)          BP «bp»          โรคประจำตัว «dx» («icd») ตั้งแต่ปี «yr_dx»
ยาที่ใช้: «drug1», «drug2»          ผลตรวจล่าสุด «lab1»
บัญชีรับเบี้ยยังชีพผู้สูงอายุ: «bank» «acct»          รถพยาบาลรับส่ง: ทะเบียน «plate»
นัดเยี่ยมครั้งต่อไป «d4_w»          หมายเหตุ: แจ้งแพทย์ «d_n» เรื่องแผลกดทับ
""",
    "MY": """‹BORANG LAWATAN RUMAH WARGA EMAS› — «clinic»
Tarikh lawatan: «d1_w»          Jururawat: «e_n»          Pembantu perawatan: «s_n» («s_ph»)
Nama: «p_n»          Umur: «p_old» tahun          No. K/P: «p_nid»
Alamat: «p_addr»          Penjaga utama: cucu, «r_n» («r_ph»)
ADL (Barthel): 45/100          TD «bp»          Penyakit: «dx» («icd») sejak «yr_dx»
Ubat: «drug1», «drug2»          Ujian: «lab1»
Bantuan JKM (Bantuan Warga Emas) dikreditkan ke «bank» «acct».
Pengangkutan ke klinik: kereta penjaga, no. pendaftaran «plate».
Lawatan seterusnya: «d4_w». Dimaklumkan kepada Dr. «d_n».
""",
}

LAB = {
    "KH": """«hospital» — ‹Laboratoire / Lab Report›                   Request no. «req»
Chhmoh anak chomngu (patient): «p_n»          Phet: «p_sex»          Ayu: «p_age»
Thngai kamnaet (DOB): «p_dob»          Attasanh'niyabat (ID): «p_nid»          PID: «mrn»
Aska'than: «p_addr»          Tel: «p_ph»
HEF card: «p_hp»          Requested by: Dr «d_n» («lic_label» «d_lic»)          Date: «d1_n»
Résultats:
  «lab1»        (N: 0,70 - 1,10 g/L)
  «lab2»
  Créatinine 9,8 mg/L · Test rapide paludisme: négatif
Conclusion: «dx» («icd»). Traitement: «drug1».
Programme: ‹Health Equity Fund (HEF)›; BP «bp».
Validated by: «e_n», biologiste · résultats en ligne: «url»
Relative to notify: «r_n», «r_ph»
""",
    "VN": """«hospital» — ‹PHIẾU KẾT QUẢ XÉT NGHIỆM HÓA SINH MÁU›          Số phiếu: «req»
Họ tên: «p_N»          Năm sinh: «p_yob»          Giới: «p_sex»          Mã BN: «mrn»
Địa chỉ: «p_addr»          SĐT: «p_ph»
Số thẻ BHYT: «p_hp»          Khoa chỉ định: Nội tiết          BS chỉ định: «d_n»
Chẩn đoán: «dx» («icd»)          Thời gian lấy mẫu: 07:10 «d1_n»
KẾT QUẢ:  «lab1» (3,9 - 6,4) ↑ · «lab2» · Ure 6,2 mmol/L · AST 28 U/L · ALT 31 U/L
Người thực hiện: KTV «e_n»          Trưởng khoa xét nghiệm: «s_n»
Tra cứu kết quả trực tuyến: «url» (gửi qua Zalo «p_ph2»)
""",
}

ADMISSION = {
    "MY": """«hospital» — ‹BORANG PENDAFTARAN / KEMASUKAN WAD›          RN: «mrn»
Nama pesakit: «p_N»          No. K/P (MyKad): «p_nid»          Jantina: «p_sex»
Tarikh lahir: «p_dob»          Umur: «p_age»          Bangsa: Melayu          Agama: Islam
Alamat: «p_addr»          Tel. bimbit: «p_ph»          E-mel: «p_em»
Waris terdekat: «r_n» (suami/isteri) — «r_ph»; ibu/bapa: «m_n», umur «m_old» (tinggal bersama)
Tarikh & masa masuk: «d1_n» 22:40          Wad: 5B (Perubatan Wanita/Lelaki)
Diagnosis kemasukan: «dx» («icd»)          Dirujuk oleh: «clinic», Dr. «d_n»
Kategori bayaran: Warganegara (RM1), pengecualian SOCSO, No. lesen memandu «dl»
Tanda vital: TD «bp», berat «wt». Ubat dibawa: «drug1», «drug2».
Barang kemas diserahkan kepada waris «r_g». Ditandatangani: «s_n», Pembantu Tadbir.
""",
    "FJ": """Ministry of Health and Medical Services — «hospital»
‹ADMISSION FORM / Fomu ni Curu ki Valenibula›          Hospital No. «mrn»
Yacana (name): «p_n»          Tikina / koro: «p_town»          Yasana: «p_region»
Tiko e (address): «p_addr»          Mobile: «p_ph»
Siga ni sucu (DOB): «p_dob»          Yabaki: «p_age»          Tagane/Yalewa: «p_sex»
FNPF / national ID: «p_nid»          TIN: «claim»
Next of kin: «r_n» («r_ph»); Bubu «m_n», yabaki «m_old», lives with patient
Date/time of admission: «d1_n» 21:15          Ward: Medical 2
Provisional diagnosis: «dx» («icd»). Referred by «hospital2», Dr «d_n» (FMDC «d_lic»).
Medications on arrival: «drug1», «drug2». Brought by ambulance «plate».
Admitting nurse: «e_n»
""",
}

HIS_LOG = {
    "NZ": """2025-01-14T08:02:11+13:00 INFO  nhi-gateway  lookup nhi=«p_nid» result=LIVE name="«p_n»" dob=«p_dobiso» client=«ip»
2025-01-14T08:02:12+13:00 INFO  nhi-gateway  address="«p_line», «p_town»" postcode=«p_pc» ethnicity=«p_culture»
2025-01-14T08:02:40+13:00 WARN  smsgw        send failed to=«p_ph» template=appt_reminder_pasifika retry=1
2025-01-14T08:03:02+13:00 INFO  smsgw        send ok to=«r_ph» (whānau contact «r_n»)
2025-01-14T08:05:19+13:00 INFO  cgm-bridge   paired device=«dev» patient=«p_nid» via «ip2»
2025-01-14T08:06:10+13:00 INFO  labs         result «lab1» flagged high; dx=«icd»; med review «drug1»
2025-01-14T08:06:44+13:00 INFO  eReferral    ref=«ref» from=«clinic» to=«hospital» by user=«d_em» («d_n», MCNZ «d_lic»)
2025-01-14T08:07:01+13:00 INFO  portal       result link issued «url» for nhi=«m_nid» («m_n»)
2025-01-14T08:07:55+13:00 ERROR eReferral    duplicate NHI suspected: «w1_nid» vs «p_nid» — manual review by «s_n»
""",
    "VN": """2025-03-02 07:58:01,221 INFO  [his.tiepdon] Tiếp đón BN mã «mrn»: «p_n», sinh «p_dob», CCCD «p_nid», thẻ «p_hp» — máy «ip»
2025-03-02 07:58:02,004 INFO  [his.bhyt] Kiểm tra thông tuyến cổng BHXH: thẻ «p_hp» hợp lệ, hạn đến «d6_n»
2025-03-02 07:58:05,310 WARN  [his.sms] Gửi SMS thất bại tới «p_ph» (nhà mạng trả lỗi 408)
2025-03-02 07:59:40,872 INFO  [his.kham] BS «d_n» (CCHN «d_lic») mở phiếu khám, ICD «icd»
2025-03-02 08:05:33,410 INFO  [his.kham] Chẩn đoán «dx»; kê «drug1», «drug2»; XN «lab1»; HA «bp»; nơi KCB «hospital»
2025-03-02 08:10:11,050 INFO  [his.thietbi] Đồng bộ máy đo huyết áp tại nhà «dev» của BN «mrn» qua «ip2»
2025-03-02 08:11:27,553 INFO  [his.zalo] Gửi kết quả «url» tới «p_ph2» (người nhà: «r_n»)
2025-03-02 08:12:03,117 ERROR [his.tiepdon] Trùng CCCD «w1_nid» — người dùng «s_em» cần xử lý
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("p72_discharge_paper", ["VN", "ID"], "text", DISCHARGE),
    ("p72_outpatient_record", ["VN", "TH"], "text", OUTPATIENT),
    ("p72_referral_letter", ["ID", "NZ"], "text", REFERRAL),
    ("p72_medical_certificate", ["TH", "MY"], "text", CERT),
    ("p72_vaccination_card", ["PH", "TO"], "text", VACCINATION),
    ("p72_insurance_claim", ["PH", "VN"], "text", CLAIM),
    ("p72_sms_reminder", ["MY", "WS"], "text", SMS),
    ("p72_family_chat", ["VN", "TH"], "text", FAMILY_CHAT),
    ("p72_group_chat", ["PH", "FJ"], "text", GROUP_CHAT),
    ("p72_health_register", ["ID", "PH"], "text", REGISTER),
    ("p72_pharmacy_label", ["TH", "MY"], "text", PHARMACY),
    ("p72_mch_book", ["ID", "VN"], "text", MCH),
    ("p72_whanau_note", ["NZ"], "text", WHANAU),
    ("p72_eclaim_json", ["PH", "ID"], "json", ECLAIM),
    ("p72_elder_home_visit", ["TH", "MY"], "text", ELDER),
    ("p72_lab_report", ["KH", "VN"], "text", LAB),
    ("p72_admission_form", ["MY", "FJ"], "text", ADMISSION),
    ("p72_his_log", ["NZ", "VN"], "text", HIS_LOG),
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
        rng = random.Random(f"phigate-probe72:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        for key in ("d1", "d3", "d2"):  # ISO dates of JSON payloads and logs
            slots[f"{key}_iso"] = P("DATE", _iso(slots[f"{key}_n"].value, loc))  # type: ignore[union-attr]
        slots["p_dobiso"] = P("DATE", _iso(slots["p_dob"].value, loc))  # type: ignore[union-attr]
        slots["d1_full"] = slots.get("d1_full", slots["d1_w"])
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def _iso(numeric: str, loc: str) -> str:
    """The ISO form of a locale's numeric date (Buddhist-era years back to the common era)."""
    if loc == "PH":
        mm, dd, yy = numeric.split("/")
    else:
        dd, mm, yy = numeric.replace("-", "/").split("/")
    y = int(yy) - (543 if loc == "TH" else 0)
    return f"{y}-{int(mm):02d}-{int(dd):02d}"


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
