# ruff: noqa: E501  (hand-aligned templates)
"""Seventy-third independent probe corpus: health text from Sub-Saharan Africa written in African languages --
Swahili (Kenya, Tanzania), Amharic in Ge'ez script (Ethiopia, with Ethiopian-calendar dates), Yoruba with tone
marks, Hausa with ɓ ɗ ƙ, Igbo, isiZulu and isiXhosa (South Africa), Somali, Kinyarwanda, Luganda and Shona --
with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a community health worker's household visit report
(a Kenyan CHV's MOH 514 notes in Swahili; an Ethiopian health extension worker's report in Amharic), mHealth
SMS reminders for appointments and ART adherence (Tanzania; KwaZulu-Natal), a DHIS2 Tracker export as CSV
(Rwanda; Uganda), a DHIS2 Tracker event payload as JSON (Kenya; Somalia), an antenatal register (Kano; the
Eastern Cape), an immunisation register (Ọ̀yọ́; Zimbabwe), a clinic referral slip (Anambra; Rwanda), a TB
treatment card (KwaZulu-Natal; Mogadishu), a pharmacy dispensing log (Uganda; Tanzania), a WhatsApp family group
about a sick relative (Yoruba; Shona), a radio call-in health show transcript (Hausa; Luganda), a hospital
discharge note (Amharic; Igbo), an insurance form (Ethiopian CBHI; a South African medical aid claim in
isiXhosa), a birth notification (Tanzania; Zimbabwe), an ART clinic follow-up card (Kenyan CCC; a South African
clinic), a community case management register for sick children (Katsina; Rwanda), an elder home visit (an
elder aged 90+ in Somalia and the Eastern Cape) and a viral-load result slip (Igbo; Yoruba).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by locale. People: `p` the
patient / mother / caller, `r` a spouse or parent, `c` a child (or a newborn), `m` another relative (an elder
aged 90+ in the kinds of OLD_M), `h` the community health worker, `d` the clinician, `e` a nurse / midwife,
`s` a pharmacist / clerk / presenter, `w1`-`w4` other patients in a register or log. Forms: `_n` the full name
as the country's forms write it (Rwandan KINYARWANDA-NAME Given; Ugandan Clan Given; Somali given father
grandfather), `_3` the three-part name (Amharic given, father, grandfather), `_N` in capitals, `_g` the given
name, `_f` the family / father's / Kinyarwanda / clan name, `_clan` a Zulu or Xhosa clan praise name or a
woman's MaX maiden name, `_ph` `_ph2`, `_em`, `_line` `_vil` `_ward` `_pc`, `_nid` (the national id), `_dob`
(the country's numeric form; Ethiopian calendar in Ethiopia), `_dobw` (in words), `_dobiso`, `_age` (keep,
under 90), `_old` (AGE, 90+). Dates: `d1`-`d6`, `e1`-`e4`, each as `_n` (numeric; Ethiopian calendar in
Ethiopia), `_w` (in words, the language's month names), `_s` (day / month), `_iso` (Gregorian ISO), `_g`
(Gregorian dd/mm/yyyy).

Labelling policy (decided before any measurement):
- NAME: every person's name as written: full names in their order, a given name alone, a family / father's /
  clan name alone, capitals, three-part names, clan praise names and MaX maiden names. Kinship terms and
  honorifics (Mama, Baba, Bi, Bw., Mzee, Gogo, Mkhulu, Alhaji, Malam, Hajiya, Iya, Ọ̀gbẹ́ni, Mazi, Nne,
  Ato, Weyzero, ወ/ሮ, አቶ, Aabo, Hooyo, Mukecuru, Ssenga, Jajja, Sekuru, Ambuya, Dr, Sr) are plain text outside the
  value.
- ADDRESS: house, plot, stand, kebele and street lines, villages, wards, locations, sectors, cells,
  neighbourhoods and suburbs of a person. Counties, states, regions and provinces are plain text inside an
  address and keep when written alone. ZIP: the postal code of a person's address (Kenyan, Tanzanian,
  Nigerian, South African and Somali). Facilities' own addresses are plain text.
- DATE: every date more specific than a year, in every form and calendar (Ethiopian calendar included); years
  alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of a person; a facility's or a radio station's line is plain text. URL: a chat invite or a
  Tracker link carrying a token. IP: a client address in an export or log.
- SSN: national identity numbers (Kenyan ID, NIDA, Fayda FIN, NIN, South African ID, Rwandan ID, Ugandan NIN,
  Zimbabwean ID, Somali NIRA). ID: DHIS2 tracked-entity and event uids, register, referral, notification,
  prescription, claim and mobile-money transaction numbers, birth entry numbers. MRN: hospital, clinic and CCC
  numbers, TB register numbers. HEALTH_PLAN: NHIF, SHA, CBHI, NHIA, Mutuelle, medical aid and insurer member
  numbers. ACCOUNT: bank accounts (NUBAN), mobile-money and medical-aid payment accounts. LICENSE: clinicians'
  and pharmacists' registrations and driving licences. DEVICE: a patient's or health worker's own device
  serial or IMEI. VEHICLE: a plate.
- Keep (must survive): drugs and doses, regimens, ICD-10 codes, lab values, vaccines, facilities, programmes,
  organisations, form and register numbers (MOH 514, RCH 4), headings marked ‹...›, regions alone, ages under
  90, years alone.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe73 import ids
from tests.engine.probe73.people import LOCS, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

LANG = {"KE": "sw", "TZ": "sw", "ET": "am", "YO": "yo", "HA": "ha", "IG": "ig", "ZU": "zu", "XH": "xh", "SO": "so", "RW": "rw", "UG": "lg", "ZW": "sn"}
MONTHS = {
    "sw": ["Januari", "Februari", "Machi", "Aprili", "Mei", "Juni", "Julai", "Agosti", "Septemba", "Oktoba", "Novemba", "Desemba"],
    "am": ["መስከረም", "ጥቅምት", "ኅዳር", "ታኅሣሥ", "ጥር", "የካቲት", "መጋቢት", "ሚያዝያ", "ግንቦት", "ሰኔ", "ሐምሌ", "ነሐሴ", "ጳጉሜ"],
    "yo": ["Ṣẹ́rẹ́", "Èrèlé", "Ẹrẹ̀nà", "Ìgbé", "Ẹ̀bibi", "Òkúdu", "Agẹmọ", "Ògún", "Owéwè", "Ọ̀wàrà", "Bélú", "Ọ̀pẹ̀"],
    "ha": ["Janairu", "Fabrairu", "Maris", "Afrilu", "Mayu", "Yuni", "Yuli", "Agusta", "Satumba", "Oktoba", "Nuwamba", "Disamba"],
    "ig": ["Jenụwarị", "Febụwarị", "Maachị", "Eprel", "Mee", "Juun", "Julaị", "Ọgọọst", "Septemba", "Ọktoba", "Novemba", "Disemba"],
    "zu": ["Januwari", "Februwari", "Mashi", "Ephreli", "Meyi", "Juni", "Julayi", "Agasti", "Septhemba", "Okthoba", "Novemba", "Disemba"],
    "xh": ["Janyuwari", "Februwari", "Matshi", "Epreli", "Meyi", "Juni", "Julayi", "Agasti", "Septemba", "Okthobha", "Novemba", "Disemba"],
    "so": ["Janaayo", "Febraayo", "Maarso", "Abriil", "Maajo", "Juun", "Luulyo", "Agoosto", "Sebteembar", "Oktoobar", "Nofeembar", "Diseembar"],
    "rw": ["Mutarama", "Gashyantare", "Werurwe", "Mata", "Gicurasi", "Kamena", "Nyakanga", "Kanama", "Nzeri", "Ukwakira", "Ugushyingo", "Ukuboza"],
    "lg": ["Janwali", "Febwali", "Marisi", "Apuli", "Maayi", "Juuni", "Julaayi", "Agusito", "Sebuttemba", "Okitobba", "Novemba", "Desemba"],
    "sn": ["Ndira", "Kukadzi", "Kurume", "Kubvumbi", "Chivabvu", "Chikumi", "Chikunguru", "Nyamavhuvhu", "Gunyana", "Gumiguru", "Mbudzi", "Zvita"],
}  # fmt: skip
WORD_DATE = {"am": "{m} {d} ቀን {y}", "yo": "{d} oṣù {m}, {y}", "ha": "{d} ga {m}, {y}"}


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    lang = LANG[loc]
    if lang == "am":
        y, m, dd = ids.ethiopian(d)
        num, words = f"{dd:02d}/{m:02d}/{y}", WORD_DATE["am"].format(m=MONTHS["am"][m - 1], d=dd, y=y)
        short = f"{dd:02d}/{m:02d}"
    else:
        num = f"{d:%d/%m/%Y}" if loc not in ("ZU", "XH") else f"{d:%Y/%m/%d}"
        words = WORD_DATE.get(lang, "{d} {m} {y}").format(m=MONTHS[lang][d.month - 1], d=d.day, y=d.year)
        short = f"{d.day}/{d.month}"
    return {"n": P("DATE", num), "w": P("DATE", words), "s": P("DATE", short), "iso": P("DATE", d.isoformat()),
            "g": P("DATE", f"{d:%d/%m/%Y}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, w.loc.code)
    nid_type = "ID" if w.loc.code == "SO" else "SSN"
    return {
        f"{x}_n": N(w.full), f"{x}_3": N(w.three), f"{x}_N": N(w.full.upper()), f"{x}_g": N(w.given), f"{x}_f": N(w.family),
        f"{x}_F": N(w.family.upper()), f"{x}_clan": N(w.clan) if w.clan else "",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_vil": A(w.village), f"{x}_ward": A(w.ward), f"{x}_pc": P("ZIP", w.postcode) if w.postcode else "",
        f"{x}_region": K(w.region), f"{x}_reg": w.region,
        f"{x}_nid": P(nid_type, w.nid), f"{x}_dob": dob["n"], f"{x}_dobw": dob["w"], f"{x}_dobiso": dob["iso"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_sex": "F" if w.female else "M",
    }  # fmt: skip


Y = 365
OLD_M = {"ssa73_elder_home_visit", "ssa73_whatsapp_family_group", "ssa73_radio_callin"}
NEWBORN = {"ssa73_birth_notification", "ssa73_immunisation_register"}
FEMALE_P = NEWBORN | {"ssa73_iccm_register", "ssa73_chw_household_visit", "ssa73_dhis2_tracker_csv", "ssa73_dhis2_event_json", "ssa73_anc_register"}

FACILITIES = {
    "KE": ["Hospitali ya Rufaa ya Kaunti ya Kilifi", "Zahanati ya Jamii ya Pwani", "Kituo cha Afya cha Bahari Ndogo"],
    "TZ": ["Hospitali ya Wilaya ya Kyela", "Kituo cha Afya Uzunguni", "Zahanati ya Kanisa la Moravian"],
    "ET": ["ጤና ጣቢያ ቁጥር 3", "የዞኑ ሪፈራል ሆስፒታል", "የቅዱስ ገብርኤል ሆስፒታል"],
    "YO": ["Ilé Ìwòsàn Ìjọba Àpapọ̀", "Ilé-ìwòsàn Alábọ́dé Ọjà-Tuntun", "Ile Iwosan Onitẹ̀gbẹ́"],
    "HA": ["Asibitin Ƙwararru na Jiha", "Cibiyar Lafiya ta Farko", "Asibitin Koyarwa na Jami'a"],
    "IG": ["Ụlọ Ọgwụ Gọọmenti Etiti", "Ụlọ Ọgwụ Nne na Nwa", "Ụlọ Ọgwụ Mahadum"],
    "ZU": ["Isibhedlela Sesifunda", "Umtholampilo Womphakathi", "Isibhedlela SaseNkosi"],
    "XH": ["Isibhedlele Sengingqi", "Ikliniki Yoluntu", "Isibhedlele Sephondo"],
    "SO": ["Isbitaalka Guud ee Gobolka", "Xarunta Caafimaadka Hooyada iyo Dhallaanka", "Isbitaalka Jaamacadda"],
    "RW": ["Ikigo Nderabuzima", "Ibitaro by'Akarere", "Ibitaro Bikuru bya Kaminuza"],
    "UG": ["Eddwaliro lya Gavumenti ery'Ekitundu", "Health Centre IV ya Disitulikiti", "Eddwaliro ly'Abakatoliki"],
    "ZW": ["Chipatara cheDunhu", "Kiriniki yeMusha", "Chipatara chikuru cheProvince"],
}  # fmt: skip
LIC_D = {"KE": "A%####", "TZ": "MCT %####", "ET": "ETH-MD-%####", "YO": "MDCN/R/%####", "HA": "MDCN/R/%####", "IG": "MDCN/R/%####",
         "ZU": "MP 0%#####", "XH": "MP 0%#####", "SO": "SMDC/%###", "RW": "RMDC/%###", "UG": "UMDPC/%####", "ZW": "MDPCZ %####"}  # fmt: skip
LIC_E = {"KE": "NCK %#####", "TZ": "TNMC/RN/%####", "ET": "ETH-RN-%####", "YO": "RN %######", "HA": "RN %######", "IG": "RN %######",
         "ZU": "%#######", "XH": "%#######", "SO": "SNMC/%###", "RW": "NCNM/%####", "UG": "UNMC/%#####", "ZW": "NCZ %#####"}  # fmt: skip
LIC_S = {"KE": "PPB/P/%####", "TZ": "PC/%####", "ET": "EFDA-PH-%####", "YO": "PCN/%#####", "HA": "PCN/%#####", "IG": "PCN/%#####",
         "ZU": "PS %######", "XH": "PS %######", "SO": "SPB/%###", "RW": "NPC/%###", "UG": "PSU/%####", "ZW": "MCAZ-P %####"}  # fmt: skip
PLATES = {"KE": ["KM@@ %##@", "KC@ %##@"], "TZ": ["MC %## @@@", "T %## @@@"], "ET": ["3-A%####", "ኮድ 3 %####"], "YO": ["@@@-%##@@"], "HA": ["@@@-%##@@"],
          "IG": ["@@@-%##@@"], "ZU": ["ND %##-%##", "N@ %##-%##"], "XH": ["@@ %##-%##"], "SO": ["SL %####", "BN %####"], "RW": ["RA@ %##@"],
          "UG": ["UB@ %##@", "UM@ %##@"], "ZW": ["A@@ %###"]}  # fmt: skip
HEALTH_PLAN = {"KE": "%########", "TZ": "%##########", "ET": "CBHI-%#-%#####", "YO": "NHIA/%#####/%#", "HA": "NHIA/%#####/%#", "IG": "NHIA/%#####/%#",
               "ZU": "%#########", "XH": "%#########", "SO": "SNHI-%######", "RW": "%##########/%#", "UG": "UAP%#######", "ZW": "%########"}  # fmt: skip
BANKS = {"YO": "058", "HA": "033", "IG": "011"}
ARV = ["TDF/3TC/DTG 300/300/50 mg", "TLD", "ABC/3TC 120/60 mg", "AZT/3TC/NVP", "LPV/r 200/50 mg", "DTG 50 mg"]
TB_DRUGS = ["2RHZE/4RH", "RHZE 150/75/400/275 mg", "Isoniazid 300 mg", "Pyridoxine 25 mg"]
ANC = ["Ferrous sulphate 200 mg", "Folic acid 5 mg", "SP 3 tabs", "Mebendazole 500 mg", "Calcium 1.5 g"]
VACCINES = ["BCG", "OPV0", "OPV1", "Penta 1", "Penta 3", "PCV10", "Rota 2", "IPV", "MR1", "Yellow Fever", "HPV"]
CHILD_DRUGS = ["ORS", "Zinc 20 mg", "Amoxicillin DT 250 mg", "Artemether-lumefantrine 20/120 mg", "Paracetamol 120 mg/5 mL", "RUTF"]
ADULT_DRUGS = ["Amlodipine 5 mg", "Metformin 500 mg", "Hydrochlorothiazide 25 mg", "Cotrimoxazole 960 mg", "Paracetamol 500 mg", "Omeprazole 20 mg"]
LABS = ["Hb 9.8 g/dL", "Hb 10.4 g/dL", "CD4 312 cells/µL", "RBS 11.2 mmol/L", "BP 150/96 mmHg", "MUAC 11.2 cm", "Temp 38.6 °C", "SpO2 91%"]
ICD = ["B20", "A15.0", "O24.4", "E43", "B54", "J18.9", "I10", "E11.9", "O14.1"]


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 15) + timedelta(days=rng.randrange(500))
    used: set[str] = set()
    p = draw_person(rng, loc, used, d1, female=True if kind in FEMALE_P else None,
                    age_days=(19 * Y, 44 * Y) if kind in NEWBORN or "anc" in kind else (21 * Y, 68 * Y))  # fmt: skip
    pa = (d1 - p.dob).days
    r = draw_person(rng, loc, used, d1, female=not p.female, home=p, age_days=(pa, pa + 8 * Y),
                    family=p.family if loc_code in ("ZU", "XH", "KE", "YO", "HA", "IG", "ZW", "TZ") and p.female else None)  # fmt: skip
    if loc_code in ("ET", "SO"):  # a child carries its father's given name as its own second name
        father, mother = (r, p) if p.female else (p, r)
        c = draw_person(rng, loc, used, d1, family=father.given, grand=father.family, home=mother,
                        age_days=(3, 40) if kind in NEWBORN else (2 * Y, 12 * Y))  # fmt: skip
    else:
        fam = (r if not r.female else p).family
        c = draw_person(rng, loc, used, d1, family=fam if loc_code not in ("RW", "UG") else None, home=p,
                        age_days=(3, 40) if kind in NEWBORN else (2 * Y, 12 * Y))  # fmt: skip
    m_age = (90 * Y + 20, 97 * Y) if kind in OLD_M else (pa + 18 * Y, pa + 30 * Y)
    m_female = {"ssa73_whatsapp_family_group": True, "ssa73_radio_callin": True, "ssa73_elder_home_visit": False}.get(kind)
    m = draw_person(rng, loc, used, d1, female=m_female, home=p if rng.random() < 0.5 else None, age_days=m_age)
    ppl: dict[str, Person] = {"p": p, "r": r, "c": c, "m": m}
    for x in ("h", "d", "e", "s"):
        ppl[x] = draw_person(rng, loc, used, d1, region=p.region, age_days=(24 * Y, 60 * Y))
    for i in range(1, 5):
        ppl[f"w{i}"] = draw_person(rng, loc, used, d1, region=p.region, age_days=(17 * Y, 70 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(1, 6)), "d3": d1 - timedelta(days=rng.randint(3, 20)),
          "d4": d1 + timedelta(days=rng.randint(14, 45)), "d5": d1 - timedelta(days=rng.randint(200, 900)),
          "d6": d1 + timedelta(days=rng.randint(60, 120)), "d7": d1 - timedelta(days=rng.randint(400, 1500))}  # fmt: skip
    for i in range(1, 5):
        dd[f"e{i}"] = d1 - timedelta(days=rng.randint(7 * i, 7 * i + 5))
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, loc_code).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["year"] = str(d1.year)  # plain: the register year shares its digits with the dates
    s["yr_old"] = K(str(rng.randint(d1.year - 9, d1.year - 2)))
    # identifiers
    s["mrn"] = F("MRN", "%#####", "%###/%#", "IP-%#####", "OPD %######")
    s["mrn2"] = F("MRN", "%######", "HN %#####")
    s["ccc"] = P("MRN", fill(rng, "1%###-%####"))
    s["tb_no"] = P("MRN", fill(rng, f"TB/%##/{d1.year}") if rng.random() < 0.5 else fill(rng, "%###/%#"))
    s["reg_no"] = F("ID", "%###/%#", "REG-%####", "%####")
    s["ref_no"] = F("ID", "REF/%####", "%######", "RF-%#####")
    s["rx_no"] = F("ID", "RX%#####", "%######")
    s["claim"] = F("ID", "CL-%#######", "%#########")
    s["notif"] = F("ID", "BN/%####/%##", "%########")
    s["mm_tx"] = P("ID", fill(rng, "S@@%@#@@#@"))
    for i in range(1, 5):
        s[f"tei{i}"] = P("ID", ids.dhis2_uid(rng))
    s["tei"] = s["tei1"]
    s["ev"] = P("ID", ids.dhis2_uid(rng))
    s["plan"] = P("HEALTH_PLAN", fill(rng, HEALTH_PLAN[loc_code]))
    s["plan2"] = P("HEALTH_PLAN", fill(rng, HEALTH_PLAN[loc_code]))
    if loc_code in BANKS:
        s["acct"] = P("ACCOUNT", ids.nuban(rng, BANKS[loc_code]))
    else:
        s["acct"] = F("ACCOUNT", "%#########", "%###-%#######", "%###########")
    s["d_lic"] = P("LICENSE", fill(rng, LIC_D[loc_code]))
    s["e_lic"] = P("LICENSE", fill(rng, LIC_E[loc_code]))
    s["s_lic"] = P("LICENSE", fill(rng, LIC_S[loc_code]))
    s["dl"] = F("LICENSE", "DL-%######", "%@@%#####", "%#######@")
    s["imei"] = P("DEVICE", ids.imei(rng))
    s["dev"] = F("DEVICE", "GM%########", "OC-%#######", "SN %##########")
    s["plate"] = P("VEHICLE", fill(rng, rng.choice(PLATES[loc_code])))
    s["ip"] = P("IP", ids.ipv4(rng))
    uid = "".join(rng.choice(ids.UID) for _ in range(22))
    s["wa_url"] = P("URL", f"https://chat.whatsapp.com/{uid}")
    s["dhis_url"] = P("URL", f"https://dhis2.example.org/dhis-web-tracker-capture/index.html#/dashboard?tei={ids.dhis2_uid(rng)}&ou={ids.dhis2_uid(rng)}")
    # keep values
    s["fac"], s["fac2"] = (K(v) for v in rng.sample(FACILITIES[loc_code], 2))
    s["arv"], s["arv2"] = (K(v) for v in rng.sample(ARV, 2))
    s["tbdrug"], s["tbdrug2"] = (K(v) for v in rng.sample(TB_DRUGS, 2))
    s["anc1"], s["anc2"], s["anc3"] = (K(v) for v in rng.sample(ANC, 3))
    s["vac1"], s["vac2"], s["vac3"], s["vac4"] = (K(v) for v in rng.sample(VACCINES, 4))
    s["cdrug1"], s["cdrug2"] = (K(v) for v in rng.sample(CHILD_DRUGS, 2))
    s["adrug1"], s["adrug2"], s["adrug3"] = (K(v) for v in rng.sample(ADULT_DRUGS, 3))
    s["lab1"], s["lab2"] = (K(v) for v in rng.sample(LABS, 2))
    s["icd"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["vl"] = K(rng.choice(["<50 copies/mL", "LDL", "1240 copies/mL", "23,500 copies/mL"]))
    s["cd4"] = K(f"CD4 {rng.randint(90, 780)} cells/µL")
    s["ga"] = K(f"{rng.randint(12, 36)}")
    s["hb"] = K(f"{rng.randint(80, 125) / 10:.1f} g/dL")
    s["wt"] = K(f"{rng.randint(48, 82)} kg")
    s["cwt"] = K(f"{rng.randint(25, 42) / 10:.1f} kg")
    s["muac"] = K(f"{rng.randint(105, 135) / 10:.1f} cm")
    s["temp"] = K(f"{rng.randint(370, 395) / 10:.1f} °C")
    s["bp"] = K(f"{rng.randint(110, 165)}/{rng.randint(70, 105)}")
    s["lot"] = K(fill(rng, "%@%##%"))
    s["pills"] = K(str(rng.randint(2, 9)))
    return s


# ---- templates -------------------------------------------------------------------------------------------

CHW_VISIT = {
    "KE": """RIPOTI YA ZIARA YA NYUMBANI — MHUDUMU WA AFYA YA JAMII (CHP)              ‹Fomu MOH 514›
Kitengo cha Afya ya Jamii: «fac2»          Kaunti: «p_region»
Jina la CHP: «h_n»          Simu: «h_ph»          Nambari ya simu ya kazi (IMEI): «imei»
Tarehe ya ziara: «d1_n»          Kaya Na.: «reg_no»
Mkuu wa kaya: «r_n», kitambulisho «r_nid», simu «r_ph»
Anwani: «p_line», kijiji cha «p_vil», lokesheni ya «p_ward», S.L.P. 20-«p_pc»
Mgonjwa: «p_n» (umri miaka «p_age»), alizaliwa «p_dobw»; NHIF/SHA «plan»
Maelezo: Mama «p_g» ana homa tangu tarehe «d3_w», «temp». Kipimo cha mRDT: chanya. Amepewa «cdrug1» na ushauri.
Mtoto «c_n» (alizaliwa «c_dob») hajapata chanjo ya «vac1»; amepangiwa kliniki tarehe «d4_w».
Bibi yake mzee «m_n» yuko kitandani; simu ya jirani «m_ph».
Rufaa: imetumwa «fac» (fomu MOH 100, Na. «ref_no»); usafiri: bodaboda «plate», dereva «w1_n», leseni «dl».
Ufuatiliaji: «d2_n» — CHA msimamizi «e_n» ameambiwa kwa SMS («e_ph»). Utambuzi: «icd»; «lab1»; rejista ‹MOH 513›.
""",
    "ET": """የጤና ኤክስቴንሽን ባለሙያ የቤት ለቤት ጉብኝት ሪፖርት                                   ‹ቅጽ HEW-07›
ጤና ኬላ: «fac2»          ክልል: «p_region»
የባለሙያዋ ስም: «h_3»          ስልክ: «h_ph»          የታብሌት IMEI: «imei»
የጉብኝት ቀን: «d1_n» ዓ.ም.          የቤተሰብ ቁጥር: «reg_no»
የቤተሰቡ ኃላፊ: «r_3»          ፋይዳ ቁጥር: «r_nid»          ስልክ: «r_ph»
አድራሻ: «p_vil»፣ «p_line»፣ «p_ward»
እናት: «p_3»፣ የልደት ቀን «p_dob» ዓ.ም.፣ ዕድሜ «p_age» ዓመት፣ የCBHI መለያ «plan»
ማስታወሻ: እናት «p_g» «d3_w» ዓ.ም. ጀምሮ ትኩሳት አለባት (Temp «temp»)። mRDT፡ ፖዘቲቭ። «cdrug1» ተሰጥቷል።
ልጅ: «c_3» (የተወለደው «c_dobw» ዓ.ም.) — «vac1» አልተከተበም፤ ቀጠሮ «d4_w» ዓ.ም.።
አያት: «m_3» ፣ ስልክ «m_ph»።
ሪፈር: «fac» (የሪፈር ቁጥር «ref_no»)፤ አምቡላንስ ሰሌዳ «plate»፣ ሹፌር «w1_3» (መንጃ ፈቃድ «dl»)።
ተቆጣጣሪ: «e_3» (ስልክ «e_ph»)፤ ቀጣይ ጉብኝት «d2_n» ዓ.ም.፤ ምርመራ «icd»፤ «lab1»
""",
}

SMS = {
    "TZ": """[Ujumbe wa m-Mama / CTC SMS — kumbukumbu za mfumo, «d1_iso»]
«d1_iso» 07:00  KWA: «p_ph»  «p_g», kumbuka kliniki ya CTC kesho tarehe «d2_w» saa 2 asubuhi. Lete kadi yako ya CTC «ccc». Asante.
«d1_iso» 07:00  KWA: «r_ph»  Habari «r_g»! Dawa zako za «arv» zimekaribia kuisha. Chukua dozi kila siku saa 3 usiku. Kituo: «fac».
«d1_iso» 07:02  KUTOKA: «r_ph»  sawa nitakuja ila nitachelewa, niko safarini hadi «d3_s»
«d1_iso» 07:05  KWA: «w1_ph»  «w1_n», kipimo chako cha wingi wa virusi (VL) ni «vl». Tafadhali njoo tarehe «d4_s».
«d1_iso» 07:05  KWA: «w2_ph»  «w2_g», mtoto «c_g» anatakiwa chanjo ya «vac1» tarehe «d4_w». RCH 4 kadi Na. «reg_no».
«d1_iso» 07:06  KUTOKA: «w2_ph»  Asante dokta. Je nije na kitambulisho cha NIDA «w2_nid»?
«d1_iso» 07:09  KWA: «w3_ph»  «w3_n», hujaja kuchukua dawa tangu «e2_w». Mhudumu «h_n» («h_ph») atakutembelea nyumbani «w3_vil».
«d1_iso» 07:10  KWA: «w4_ph»  Bima ya NHIF Na. «plan» imeisha muda wake tarehe «d5_n». Fanya upya kwa M-Pesa, kumb. «mm_tx».
«d1_iso» 07:12  KWA: «h_ph»  Ripoti ya wiki: wateja 14 wamekosa dawa; «arv2» imeisha stoo ya «fac2», agiza kutoka ‹MSD›. VL: «lab1».
Imetumwa na: «s_n» (Afisa TEHAMA, «s_em»)      Seva: «ip»
""",
    "ZU": """[Izikhumbuzi ze-SMS zomtholampilo — «fac» · «d1_iso»]
«d1_iso» 08:00  KU: «p_ph»  Sawubona «p_g»! Ukhunjuzwa ukuthi usuku lokulanda amaphilisi akho («arv») ngu-«d2_w». Inombolo yefayela: «mrn».
«d1_iso» 08:00  KU: «r_ph»  «r_n», i-viral load yakho ngu-«vl». Qhubeka uphuze amaphilisi njalo ngehora lesi-8 ebusuku.
«d1_iso» 08:03  KUSUKA: «r_ph»  Ngiyabonga nesi. Ngizofika ngo-«d3_s», ngisemsebenzini eThekwini.
«d1_iso» 08:05  KU: «w1_ph»  «w1_n» (ID «w1_nid»): isikhathi sakho sokubonana nodokotela sishintshiwe saba ngu-«d4_w».
«d1_iso» 08:05  KU: «w2_ph»  «w2_g», ingane «c_g» idinga umjovo we-«vac1» ngo-«d4_s». Lethe incwajana ye-Road to Health.
«d1_iso» 08:07  KU: «w3_ph»  «w3_clan», uGogo «m_n» akakayilandi imithi kusukela ngo-«e2_w». Sicela uxhumane nomsebenzi wezempilo «h_n» kule nombolo «h_ph».
«d1_iso» 08:10  KU: «w4_ph»  Ilungu lase-medical aid «plan»: isicelo sakho «claim» samukelwe.
«d1_iso» 08:12  KU: «h_ph»  Umbiko wesonto: iziguli eziyi-14 aziwalandanga amaphilisi. «arv2» iphelile e-«fac2»; amanye alandwe e-‹CCMDD› pick-up point. «lab1».
Ithunyelwe ngu: «s_n» («s_em»)      Iseva: «ip»
""",
}

DHIS2_CSV = {
    "RW": """# DHIS2 Tracker export — Porogaramu: Gukurikirana Ababyeyi (ANC/PNC) · Ikigo: «fac» · «d1_iso»T06:12:44Z · IP «ip»
tei,orgUnit,enrollmentDate,AMAZINA,Indangamuntu,Itariki_y_amavuko,Telefoni,Umudugudu,Akagari,Mituweli,Imyaka,Inda_ibyumweru
«tei1»,DiH8aYqVPlX,«d1_iso»,«p_n»,«p_nid»,«p_dobiso»,«p_ph»,«p_vil»,«p_ward»,«plan»,«p_age»,«ga»
«tei2»,DiH8aYqVPlX,«e1_iso»,«w1_n»,«w1_nid»,«w1_dobiso»,«w1_ph»,«w1_vil»,«w1_ward»,«plan2»,«w1_age»,28
«tei3»,DiH8aYqVPlX,«e2_iso»,«w2_n»,«w2_nid»,«w2_dobiso»,«w2_ph»,«w2_vil»,«w2_ward»,,«w2_age»,16
# stage: Isuzuma rya mbere (ANC1) — «d1_iso»; umujyanama w'ubuzima: «h_n» («h_ph»); umuforomo: «e_n» («e_lic»)
# inyandiko: «p_g» afite «lab1»; yahawe «anc1» na «anc2». Umugabo we: «r_n», telefoni «r_ph».
# gusubira: «d4_iso»; tracker: «dhis_url»
""",
    "UG": """# DHIS2 Tracker export — HIV Care / ART Programme · OrgUnit: «fac» · exported «d1_iso»T09:40:02Z from «ip» by «s_em»
tei,ART_no,Erinnya,Ekikula,NIN,Olunaku_lw_okuzaalibwa,Essimu,Ekyalo,Omuluka,Eddagala,VL,Olunaku_olukyaddeyo
«tei1»,«ccc»,«p_n»,«p_sex»,«p_nid»,«p_dobiso»,«p_ph»,«p_vil»,«p_ward»,«arv»,«vl»,«d4_iso»
«tei2»,«mrn»,«w1_n»,«w1_sex»,«w1_nid»,«w1_dobiso»,«w1_ph»,«w1_vil»,«w1_ward»,«arv2»,<50,«d6_iso»
«tei3»,«mrn2»,«w2_n»,«w2_sex»,«w2_nid»,«w2_dobiso»,«w2_ph»,«w2_vil»,«w2_ward»,«arv»,LDL,«e3_iso»
# ebigambo: «p_g» tannyweddeko ddagala okuva «e2_iso»; VHT «h_n» («h_ph») yamukyalidde. Omuyambi (treatment buddy): «r_n» «r_ph».
# «cd4»; «lab1»; abasawo: «d_n» («d_lic»), omujjanjabi «e_n»
""",
}

DHIS2_JSON = {
    "KE": """{"program": "eCHIS Household Visit", "programStage": "Ziara ya Mama Mjamzito", "orgUnitName": "«fac2»", "county": "«p_region»",
 "event": "«ev»", "trackedEntityInstance": "«tei»", "eventDate": "«d1_iso»T10:22:00.000", "storedBy": "«h_em»",
 "deviceImei": "«imei»", "clientIp": "«ip»",
 "attributes": {"jina_kamili": "«p_n»", "nambari_ya_kitambulisho": "«p_nid»", "tarehe_ya_kuzaliwa": "«p_dobiso»", "simu": "«p_ph»",
   "kijiji": "«p_vil»", "kata": "«p_ward»", "sha_no": "«plan»", "mume": "«r_n»", "simu_ya_mume": "«r_ph»"},
 "dataValues": [{"dataElement": "umri_wa_mimba_wiki", "value": "«ga»"}, {"dataElement": "Hb", "value": "«hb»"},
   {"dataElement": "dawa", "value": "«anc1»"}, {"dataElement": "dawa_2", "value": "«anc2»"},
   {"dataElement": "tarehe_ya_kujifungua_inayotarajiwa", "value": "«d6_iso»"}, {"dataElement": "rufaa", "value": "«fac»"}, {"dataElement": "icd10", "value": "«icd»"}, {"dataElement": "umri", "value": "«p_age»"},
   {"dataElement": "maelezo", "value": "Mama «p_g» ana maumivu ya kichwa na «lab1». CHA «e_n» amejulishwa, simu «e_ph»."}],
 "followUp": "«d4_iso»", "mpesa_ref": "«mm_tx»"}
""",
    "SO": """{"program": "Daryeelka Hooyada (ANC)", "programStage": "Booqashada 2aad", "orgUnitName": "«fac»", "gobolka": "«p_region»",
 "event": "«ev»", "trackedEntityInstance": "«tei»", "eventDate": "«d1_iso»T08:05:00.000", "storedBy": "«e_em»", "clientIp": "«ip»",
 "attributes": {"magaca_oo_dhan": "«p_n»", "aqoonsi": "«p_nid»", "taariikhda_dhalashada": "«p_dobiso»", "telefoon": "«p_ph»",
   "xaafadda": "«p_vil»", "degmada": "«p_ward»", "koodhka_boostada": "«p_pc»", "ninkeeda": "«r_n»", "telefoonka_ninkeeda": "«r_ph»"},
 "dataValues": [{"dataElement": "toddobaadka_uurka", "value": "«ga»"}, {"dataElement": "Hb", "value": "«hb»"},
   {"dataElement": "daawo", "value": "«anc1»"}, {"dataElement": "tallaal", "value": "Td2"}, {"dataElement": "icd10", "value": "«icd»"}, {"dataElement": "da", "value": "«p_age»"}, {"dataElement": "daawo_2", "value": "«anc2»"},
   {"dataElement": "taariikhda_dhalmada_la_filayo", "value": "«d6_iso»"},
   {"dataElement": "faahfaahin", "value": "«p_g» waxay leedahay «lab1». Umulisada «e_n» ayaa la socota; ballanta xigta «d4_w»."}],
 "followUp": "«d4_iso»", "evc_plus": "«mm_tx»", "gaadiidka": "«plate»"}
""",
}

ANC_REGISTER = {
    "HA": """RAJISTAR KULAWA DA MATA MASU JUNA BIYU (ANC)        Cibiya: «fac»        Jiha: «p_region»        Shekara: «year»
Lamba | Kwanan wata | Sunan mai ciki              | Shekaru | Adireshi                           | Waya            | NIN          | Mako | Hb     | Magani
«reg_no» | «d1_n» | «p_n»   | «p_age»  | «p_line», «p_vil»  | «p_ph» | «p_nid» | «ga»  | «hb» | «anc1»
ANC-2 | «e1_n» | «w1_n»   | «w1_age»  | «w1_vil»  | «w1_ph» | «w1_nid» | 24  | 11.2 g/dL | «anc2»
ANC-3 | «e2_n» | «w2_n»   | «w2_age»  | «w2_vil»  | «w2_ph» | — | 30  | 9.6 g/dL | «anc3»
Bayani: An tura Malama «p_g» zuwa «fac2» ranar «d2_w» saboda «lab1». Mijinta Malam «r_n» ya yarda, wayarsa «r_ph».
Katin NHIA: «plan». Ungozoma: «e_n» (lasisi «e_lic»). Likita: Dr «d_n» («d_lic»).
Ranar haihuwa da ake tsammani: «d6_w». Mai rubutu: «s_n», «s_em».
""",
    "XH": """IREJISTA YOKUKHULELWA (ANC) — «fac»                                          «p_region», «year»
Inombolo | Umhla | Igama lomama | Iminyaka | Idilesi | Ifowuni | Inombolo ye-ID | Iiveki | Hb | Amayeza
«reg_no» | «d1_n» | «p_n» | «p_age» | «p_line», «p_vil», «p_pc» | «p_ph» | «p_nid» | «ga» | «hb» | «anc1»
ANC-2 | «e1_n» | «w1_n» | «w1_age» | «w1_vil» | «w1_ph» | «w1_nid» | 22 | 10.9 g/dL | «anc2»
ANC-3 | «e2_n» | «w2_n» | «w2_age» | «w2_vil» | «w2_ph» | «w2_nid» | 33 | 12.1 g/dL | «anc3»
Amanqaku: Umama «p_g» uthunyelwe e-«fac2» ngomhla we-«d2_w» ngenxa ye-«lab1». Umyeni wakhe «r_n» («r_ph») uyavuma.
Isiduko somyeni: «r_clan». I-medical aid: «plan». Umbelekisi: Sr «e_n» (SANC «e_lic»). Ugqirha: Dr «d_n» («d_lic»).
Umhla wokubeleka olindelekileyo: «d6_w». Ubhalwe ngu: «s_n» «s_em».
""",
}

IMMUNISATION = {
    "YO": """ÌWÉ ÌFORÚKỌSÍLẸ̀ AJẸ́SÁRA ỌMỌDÉ (EPI)          Ilé-ìwòsàn: «fac»          Ìpínlẹ̀: «p_region»          Ọdún: «year»
Nọ́mbà | Ọjọ́ ìbí | Orúkọ ọmọ | Orúkọ ìyá | Fóònù | Àdírẹ́sì | Abẹ́rẹ́ àjẹsára | Ọjọ́
«reg_no» | «c_dob» | «c_n» | «p_n» | «p_ph» | «p_line», «p_vil», «p_pc» | «vac1», «vac2» | «d1_n»
EPI-2 | «e3_n» | «w1_n» | «w2_n» | «w2_ph» | «w2_vil» | «vac3» | «d1_n»
EPI-3 | «e4_n» | «w3_n» | «w4_n» | «w4_ph» | «w4_ward» | «vac4» | «d2_n»
Àkíyèsí: A bí ọmọ «c_g» ní «c_dobw» ní «fac2»; ìwọ̀n «cwt». Bàbá rẹ̀ Ọ̀gbẹ́ni «r_n» (NIN «r_nid»).
Ọjọ́ ìpadàbọ̀: «d4_w». Lot «lot». Nọ́ọ̀sì: «e_n» («e_lic»). Olùṣàkọsílẹ̀: «s_n», «s_em».
""",
    "ZW": """REJISTA YEKUBAYIWA KWEVANA (EPI)          Kiriniki: «fac»          Province: «p_region»          Gore: «year»
Nhamba | Zuva rekuzvarwa | Zita remwana | Zita raamai | Foni | Kero | Majekiseni | Zuva
«reg_no» | «c_dob» | «c_n» | «p_n» | «p_ph» | «p_line», «p_vil» | «vac1», «vac2» | «d1_n»
EPI-2 | «e3_n» | «w1_n» | «w2_n» | «w2_ph» | «w2_vil» | «vac3» | «d1_n»
EPI-3 | «e4_n» | «w3_n» | «w4_n» | «w4_ph» | «w4_ward» | «vac4» | «d2_n»
Zvinyorwa: Mwana «c_g» akazvarwa musi wa «c_dobw» ku «fac2», uremu «cwt». Baba vake «r_n» (ID «r_nid»).
Kudzoka: «d4_w». Lot «lot». Mukoti: Sr «e_n» («e_lic»). Akanyora: «s_n», «s_em».
""",
}

REFERRAL = {
    "IG": """MPEPỤTA NZIPỤ ỌRỊA (REFERRAL SLIP)                                   Nọmba: «ref_no»
Site na: «fac2»          Gaa na: «fac»          Ụbọchị: «d1_n»
Aha onye ọrịa: «p_n»          Afọ: «p_age»          Nwoke/Nwaanyị: «p_sex»          NIN: «p_nid»
Ebe obibi: «p_line», «p_vil», «p_ward», «p_pc»          Ekwentị: «p_ph»
Nọmba faịlụ: «mrn»          NHIA: «plan»
Ihe mere: ọ malitere ahụ ọkụ na «d3_w»; «lab1»; «temp». Nchoputa: «icd».
Ọgwụ enyere: «adrug1», «adrug2».
Onye nlekọta: «r_n» («r_rel»), ekwentị «r_ph», email «r_em»
Dọkịta zitere: Dr «d_n» («d_lic»), ekwentị «d_ph»          «bp»; «lab2»
Nọọsụ: «e_n»          Ụgbọ ala: «plate», onye ọkwọ ụgbọ «w1_n»
""",
    "RW": """URUPAPURO RWO KOHEREZA UMURWAYI (TRANSFERT)                          Nº «ref_no»
Ikigo cyohereje: «fac2»          Cyoherejwe: «fac»          Itariki: «d1_n»
Amazina: «p_n»          Imyaka: «p_age»          Igitsina: «p_sex»          Indangamuntu: «p_nid»
Aho atuye: «p_line», Umudugudu wa «p_vil», Akagari ka «p_ward», Intara y'«p_region»          Telefoni: «p_ph»
Nimero ya dosiye: «mrn»          Mituweli: «plan»
Impamvu: afite umuriro kuva ku wa «d3_w»; «lab1»; «temp». Isuzuma: «icd».
Imiti yahawe: «adrug1», «adrug2».
Umurwaza: «r_n» («r_rel»), telefoni «r_ph», email «r_em»
Muganga wohereje: Dr «d_n» («d_lic»), telefoni «d_ph»          «bp»; «lab2»
Umuforomo: «e_n»          Imbangukiragutabara: «plate», umushoferi «w1_n» (perimi «dl»)
""",
}

TB_CARD = {
    "ZU": """IKHADI LOKWELAPHA I-TB (TB Treatment Card)                     Inombolo ye-TB register: «tb_no»
Umtholampilo: «fac»          Isifunda: «p_region»
Igama: «p_n»          Isithakazelo: «p_clan»          Ubulili: «p_sex»          Iminyaka: «p_age»
Inombolo kamazisi: «p_nid»          Usuku lokuzalwa: «p_dob»
Ikheli: «p_line», «p_vil», «p_pc»          Ucingo: «p_ph»
Umsekeli wokwelashwa (treatment supporter): «r_n», «r_ph»
Usuku lokuqala ukwelashwa: «d1_n»          Uhlobo: Pulmonary, bacteriologically confirmed (GeneXpert MTB detected, RIF not detected)
Umuthi: «tbdrug» — amaphilisi «pills» ngosuku; «tbdrug2»
Isisindo: «wt»          HIV: positive, «arv»; «cd4»
Izinsuku zokuphuza (DOT): «e1_s» ✓  «e2_s» ✓  «e3_s» ✗  «e4_s» ✓
Ukuhlolwa kwesikhwehlela: «d4_n» — sputum smear negative
Abantu abahlala nabo abahloliwe: «c_n» (iminyaka «c_age»), «m_n»
Unesi: «e_n» (SANC «e_lic»)          Udokotela: «d_n» («d_lic»)
""",
    "SO": """KAARKA DAAWEYNTA QAAXADA (TB)                                   Lambarka diiwaanka TB: «tb_no»
Xarunta: «fac»          Gobolka: «p_region»
Magaca: «p_n»          Jinsiga: «p_sex»          Da'da: «p_age»
Aqoonsiga: «p_nid»          Taariikhda dhalashada: «p_dob»
Cinwaanka: «p_line», «p_vil», «p_pc»          Telefoon: «p_ph»
Taageeraha daaweynta: «r_n», «r_ph»
Taariikhda bilowga daaweynta: «d1_n»          Nooca: Sambabada, shaybaar lagu xaqiijiyay (GeneXpert MTB detected, RIF not detected)
Daawada: «tbdrug» — «pills» kiniin maalintii; «tbdrug2»
Miisaanka: «wt»          HIV: negative
Maalmaha DOT: «e1_s» ✓  «e2_s» ✓  «e3_s» ✗  «e4_s» ✓
Baaritaanka xaakada: «d4_n» — sputum smear negative
Dadka guriga la baaray: «c_n» (da'da «c_age»), «m_n»
Kalkaaliso: «e_n» («e_lic»)          Dhakhtar: «d_n» («d_lic»)          Baabuurka booqashada: «plate»
""",
}

PHARMACY_LOG = {
    "UG": """EDDUUKA LY'EDDAGALA — Dispensing log · «fac» · Omusawo w'eddagala: «s_n» («s_lic»)
Olunaku     | Rx no.   | Omulwadde            | Essimu          | Eddagala                      | Obungi | Ssente
«d1_n» | «rx_no» | «p_n» | «p_ph» | «adrug1» | 30 | MoMo «mm_tx»
«d1_n» | RX-B | «w1_n» | «w1_ph» | «arv» | 90 | ART
«d2_n» | RX-C | «w2_n» | «w2_ph» | «adrug2» | 14 | cash
«d2_n» | RX-D | «w3_n» | «w3_ph» | «cdrug1» | 1 | cash
Ebigambo: «p_g» yajja ne kaadi ya «plan» (insurance). Omusawo eyawandiise: Dr «d_n» («d_lic»). Glucometer ye: «dev».
«w2_g» yagambye nti ddagala lyamuggwako ku «e2_w»; tumuwadde okutuusa «d4_w».
Account ya bank eya «p_g» okuzzaayo ssente: «acct».
Stock: «arv2» — 3 tins; «cdrug2» — out of stock (order NMS); «adrug3» — 12 packs. «lab1» ku «w1_g».
""",
    "TZ": """DUKA LA DAWA — Kumbukumbu ya utoaji dawa · «fac» · Mfamasia: «s_n» («s_lic»)
Tarehe      | Na. ya Rx | Mgonjwa              | Simu            | Dawa                          | Idadi | Malipo
«d1_n» | «rx_no» | «p_n» | «p_ph» | «adrug1» | 30 | M-Pesa «mm_tx»
«d1_n» | RX-B | «w1_n» | «w1_ph» | «arv» | 90 | CTC
«d2_n» | RX-C | «w2_n» | «w2_ph» | «adrug2» | 14 | taslimu
«d2_n» | RX-D | «w3_n» | «w3_ph» | «cdrug1» | 1 | taslimu
Maelezo: «p_g» alikuja na kadi ya NHIF «plan». Aliyeandika: Dkt. «d_n» («d_lic»). Glukomita yake: «dev».
«w2_g» alisema dawa zilikwisha tarehe «e2_w»; tumempa hadi «d4_w». NIDA: «w2_nid».
Akaunti ya benki ya kurejesha malipo kwa «p_g»: «acct».
Stoo: «arv2» — makopo 3; «cdrug2» — imeisha (agiza MSD); «adrug3» — paketi 12. «lab1» kwa «w1_g».
""",
}

WHATSAPP = {
    "YO": """[«d1_g», 06:14] «p_g» Ọmọ Ìyá: Ẹ káàárọ̀ ẹbí. Ìyá àgbà «m_n» ti wà ní ilé ìwòsàn láti àná o. Ọmọ ọdún «m_old» ni wọ́n.
[«d1_g», 06:15] «r_n»: Háà! Ilé ìwòsàn wo? Ṣé «fac» ni?
[«d1_g», 06:17] «p_g» Ọmọ Ìyá: Bẹ́ẹ̀ni. Nọ́mbà káàdì wọn ni «mrn». Dókítà «d_n» ló ń tọ́jú wọn, wọ́n ní «lab1».
[«d1_g», 06:18] «p_g» Ọmọ Ìyá: Ẹ pè mí sí «p_ph» tàbí «p_ph2». Àdírẹ́sì ilé ìwòsàn tí ẹ bá fẹ́ wá: Wọ́ọ̀dù 3.
[«d1_g», 06:22] «w1_n»: Ẹ jọ̀ọ́ ẹ fi owó ìtọ́jú ránṣẹ́ sí account mi: «acct» (GTBank), orúkọ «w1_N».
[«d1_g», 06:25] «c_n»: Mo máa dé lọ́la. Màmá, ẹ rántí pé káàdì NHIA wọn ni «plan». NIN wọn: «m_nid».
[«d1_g», 06:31] «r_n»: Wọ́n bí wọn ní «m_dobw», àbí? Ilé wọn wà ní «m_line», «m_vil».
[«d1_g», 06:40] «w2_n»: Ẹ fi link yìí pe àwọn yòókù: «wa_url»
[«d2_g», 19:02] «p_g» Ọmọ Ìyá: Wọ́n ti fún wọn ní «adrug1» àti «adrug2». Wọ́n máa jáde ní «d4_w».
[«d2_g», 19:05] «r_n»: Ṣé «adrug3» náà wà nínú rẹ̀? Dókítà ní kí wọ́n tún «lab2» wò ní «fac2». Àyẹ̀wò: «icd».
""",
    "ZW": """[«d1_g», 06:14] «p_g»: Mangwanani mhuri. Ambuya «m_n» vari muchipatara kubvira nezuro. Vane makore «m_old».
[«d1_g», 06:15] «r_n»: Ehe! Chipatara chipi? «fac» here?
[«d1_g», 06:17] «p_g»: Ehe. Nhamba yavo yefaira ndi «mrn». Chiremba «d_n» ndivo vari kuvarapa, vati «lab1».
[«d1_g», 06:18] «p_g»: Ndifonerei pa «p_ph» kana «p_ph2». Ward 3, mubhedha 12.
[«d1_g», 06:22] «w1_n»: Tumirai mari yekurapa ku EcoCash «w1_ph» kana ku account «acct», zita «w1_N».
[«d1_g», 06:25] «c_n»: Ndichasvika mangwana. Amai, ID yaambuya ndi «m_nid», medical aid «plan».
[«d1_g», 06:31] «r_n»: Vakazvarwa «m_dobw» here? Kumba kwavo ndiko «m_line», «m_vil».
[«d1_g», 06:40] «w2_n»: Shandisai link iyi kuti vamwe vapinde: «wa_url»
[«d2_g», 19:02] «p_g»: Vapihwa «adrug1» ne «adrug2». Vanobuda musi wa «d4_w».
[«d2_g», 19:05] «r_n»: Ko «adrug3» varikupihwawo here? Chiremba vati vachaongororazve «lab2» ku «fac2». Chirwere: «icd».
""",
}

RADIO = {
    "HA": """RUBUTUN SHIRIN RADIYO «Lafiya Jari» — Kano, «year»          Mai gabatarwa: «s_n»          Likitar baƙo: Dr «d_n»
[00:02:10] «s_g»: Barka da safiya masu sauraro. Yau muna magana kan ciwon hawan jini. Layukanmu a buɗe suke.
[00:04:31] Mai kira: Sunana «p_n», daga «p_vil», ƙaramar hukumar «p_ward». Lambata «p_ph».
[00:04:40] «p_g»: Kakata Hajiya «m_n» mai shekara «m_old» tana shan «adrug1», amma ƙafafunta sun kumbura tun «d3_w».
[00:05:12] Dr «d_g»: Ki kai ta asibiti. Kar ta daina magani. A duba «lab1».
[00:07:55] Mai kira: Ni ne «w1_n» daga «w1_vil». An yi min rajista a «fac» da lamba «mrn», amma ba a ba ni magani ba.
[00:08:20] «s_g»: Ka aiko mana saƙo a «s_em». Za mu tuntuɓi asibitin.
[00:11:03] Mai kira: «w2_n» ce, ina zaune a «w2_line». Ina son jin yaushe za a yi allurar «vac1» — jikata «c_g» an haife ta ranar «c_dobw».
[00:11:40] Dr «d_g»: A cibiyoyin lafiya ana yi kullum. Kawo katin haihuwa.
[00:12:30] Dr «d_g»: Ku tuna, hawan jini sama da «bp» yana da haɗari. Magunguna kamar «adrug2» ana samu a «fac2». Ku duba «lab2».
[00:14:02] «s_g»: Mun gode. Ku aiko da tambayoyi ta WhatsApp, «s_ph».
""",
    "UG": """EBYAWANDIIKIBWA MU PULOGULAAMU Y'OKU LEEDIYO «Obulamu Bwo» — «year»          Omukubiriza: «s_n»          Omusawo: Dr «d_n»
[00:02:10] «s_g»: Mwasuze mutya abawuliriza. Leero twogera ku puleesa. Essimu zaffe nzigule.
[00:04:31] Awadde essimu: Nze «p_n», mbeera «p_vil», «p_ward». Essimu yange «p_ph».
[00:04:40] «p_g»: Jjajja wange «m_n» ow'emyaka «m_old» anywa «adrug1», naye amagulu gazimbye okuva «d3_w».
[00:05:12] Dr «d_g»: Mumutwale mu ddwaliro. Tayimiriza ddagala. Bamukebere «lab1».
[00:07:55] Awadde essimu: Nze «w1_n» okuva «w1_vil». Nnawandiisibwa mu «fac» ne namba «mrn», naye sifunye ddagala.
[00:08:20] «s_g»: Tuweereze obubaka ku «s_em». Tujja kukwatagana n'eddwaliro.
[00:11:03] Awadde essimu: Nze «w2_n», mbeera «w2_line». Njagala okumanya ddi lwe bagema «vac1» — muzzukulu wange «c_g» yazaalibwa nga «c_dobw».
[00:11:40] Dr «d_g»: Mu health centre bagema buli lunaku. Muleete kaadi.
[00:12:30] Dr «d_g»: Mujjukire nti puleesa esukka «bp» ya bulabe. Eddagala nga «adrug2» lisangibwa mu «fac2». Mukeberebwe «lab2».
[00:14:02] «s_g»: Webale. Mutuweereze ebibuuzo ku WhatsApp, «s_ph».
""",
}

DISCHARGE = {
    "ET": """የሕክምና መውጫ ማጠቃለያ (Discharge Summary)                       ሆስፒታል: «fac»
የታካሚ ስም: «p_3»          የካርድ ቁጥር: «mrn»          ፆታ: «p_sex»          ዕድሜ: «p_age»
ፋይዳ ቁጥር: «p_nid»          የCBHI መለያ: «plan»
አድራሻ: ክልል «p_region»፣ «p_ward»፣ «p_line»          ስልክ: «p_ph»
የገባበት ቀን: «d3_n» ዓ.ም.          የወጣበት ቀን: «d1_w» ዓ.ም.
ምርመራ: Community-acquired pneumonia («icd»)፤ «lab1»፤ «lab2»
የተሰጠ ሕክምና: Ceftriaxone 1 g IV፣ «adrug1»፣ ኦክስጅን
በቤት የሚወሰድ መድኃኒት: «adrug2»፣ «adrug3»
የቤት ኦክስጅን ማሽን ተከታታይ ቁጥር: «dev»
አስታማሚ: «r_3» (ስልክ «r_ph»)፤ ኢሜል «r_em»
ቀጠሮ: «d4_w» ዓ.ም.፣ «fac2» — «d4_g» (G.C.)
ሐኪም: ዶ/ር «d_3» (ፈቃድ ቁጥር «d_lic»)          ነርስ: «e_3»
""",
    "IG": """NCHỊKỌTA MGBE ONYE ỌRỊA SI N'ỤLỌ ỌGWỤ PỤỌ (DISCHARGE SUMMARY)          Ụlọ ọgwụ: «fac»
Aha onye ọrịa: «p_n»          Nọmba faịlụ: «mrn»          Nwoke/Nwaanyị: «p_sex»          Afọ: «p_age»
NIN: «p_nid»          NHIA: «plan»
Adreesị: «p_line», «p_vil», «p_ward», «p_pc», Steeti «p_region»          Ekwentị: «p_ph»
Ụbọchị a nabatara ya: «d3_n»          Ụbọchị ọ pụrụ: «d1_w»
Nchọpụta: Community-acquired pneumonia («icd»); «lab1»; «lab2»
Ọgwụgwọ: Ceftriaxone 1 g IV, «adrug1», oxygen
Ọgwụ ọ ga-aṅụ n'ụlọ: «adrug2», «adrug3»
Nọmba igwe oxygen ọ ga-eji n'ụlọ: «dev»
Onye nlekọta: «r_n» (ekwentị «r_ph»); email «r_em»
Ọ ga-alọghachi: «d4_w» na «fac2»
Dọkịta: Dr «d_n» («d_lic»)          Nọọsụ: «e_n»
""",
}

INSURANCE = {
    "ET": """የማህበረሰብ አቀፍ የጤና መድን (CBHI) — የአባልነት ማደሻ እና የክፍያ ጥያቄ ቅጽ                  ቅጽ CBHI-03
የአባልነት ቁጥር: «plan»          የቀድሞ ቁጥር: «plan2»
የአባወራ/እማወራ ስም: «p_3»          ፋይዳ ቁጥር: «p_nid»          የልደት ቀን: «p_dob» ዓ.ም.
አድራሻ: ክልል «p_region»፣ «p_ward»፣ «p_vil»፣ «p_line»          ስልክ: «p_ph»          ኢሜል: «p_em»
የቤተሰብ አባላት:
  1. «r_3» — የትዳር አጋር — የልደት ቀን «r_dob» ዓ.ም.
  2. «c_3» — ልጅ — የልደት ቀን «c_dob» ዓ.ም.
  3. «m_3» — ወላጅ — ዕድሜ «m_age»
የመዋጮ ክፍያ: 500 ብር፣ የተከፈለበት ቀን «d3_n» ዓ.ም.፣ ቴሌብር ግብይት ቁጥር «mm_tx»፣ የባንክ ሂሳብ «acct»
የክፍያ ጥያቄ: ሕክምና በ «fac»፣ «d1_w» ዓ.ም.፤ ምርመራ «icd»፤ «adrug1»፣ «adrug2»፤ «lab1»
የጥያቄ ቁጥር: «claim»          ያጸደቀው: «s_3» (ስልክ «s_ph»)
የጤና ባለሙያ: «d_3» (ፈቃድ «d_lic»)
""",
    "XH": """IFOMU YEBANGO LE-MEDICAL AID — «fac»                                    Ibango: «claim»
Inombolo yelungu: «plan»          Inombolo yesicwangciso sangaphambili: «plan2»
Ilungu eliyintloko: «p_n»          Inombolo ye-ID: «p_nid»          Umhla wokuzalwa: «p_dob»
Idilesi: «p_line», «p_vil», «p_pc», «p_region»          Ifowuni: «p_ph»          I-imeyile: «p_em»
Abaxhomekeki:
  1. «r_n» — iqabane — umhla wokuzalwa «r_dob» — ID «r_nid»
  2. «c_n» — umntwana — umhla wokuzalwa «c_dob»
Unyango: «d1_w» e-«fac2»; isifo «icd»; amayeza «adrug1», «adrug2»; «lab1»
Ugqirha: Dr «d_n» (HPCSA «d_lic»), ifowuni «d_ph»
Akhawunti yebhanki yembuyekezo: «acct»
Isiduko: «p_clan»          Ityikitywe ngu: «p_n» ngomhla we-«d2_n»
""",
}

BIRTH = {
    "TZ": """TAARIFA YA KUZALIWA (Birth Notification)                         Na. ya taarifa: «notif»
Kituo: «fac»          Mkoa: «p_region»
Jina la mtoto: «c_n»          Jinsia: «c_sex»          Tarehe ya kuzaliwa: «c_dob» saa 04:35          Uzito: «cwt»
Jina la mama: «p_n»          Umri: «p_age»          NIDA: «p_nid»          Simu: «p_ph»
Jina la baba: «r_n»          NIDA: «r_nid»          Simu: «r_ph»
Makazi: «p_line», kijiji cha «p_vil», kata ya «p_ward», postikodi «p_pc»
Aina ya kujifungua: kawaida          Dawa: ‹Oxytocin 10 IU›; mtoto amepewa «vac1» na «vac2»; mama «anc1»
Mkunga: «e_n» («e_lic»)          Aliyethibitisha: Dkt. «d_n»
Imetumwa kwa RITA tarehe «d2_w» na «s_n» («s_em»)
Cheti kitachukuliwa na bibi «m_n» (simu «m_ph»)
""",
    "ZW": """CHIZIVISO CHEKUZVARWA (Birth Notification)                         Nhamba: «notif»
Chipatara: «fac»          Province: «p_region»
Zita remwana: «c_n»          Murume/Mukadzi: «c_sex»          Zuva rekuzvarwa: «c_dob» nguva 04:35          Uremu: «cwt»
Zita raamai: «p_n»          Makore: «p_age»          ID: «p_nid»          Foni: «p_ph»
Zita rababa: «r_n»          ID: «r_nid»          Foni: «r_ph»
Kero: «p_line», «p_vil», «p_ward»
Kuzvara: kwakajairwa          Mishonga: ‹Oxytocin 10 IU›; mwana apihwa «vac1» ne «vac2»; amai «anc1»
Mubatsiri wekuzvara: Sr «e_n» («e_lic»)          Chiremba: Dr «d_n»
Yakatumirwa kuRegistrar-General musi wa «d2_w» na «s_n» («s_em»)
Sitifiketi chichatorwa naambuya «m_n» (foni «m_ph»)
""",
}

ART_FOLLOWUP = {
    "KE": """KADI YA UFUATILIAJI WA CCC (MOH 257 — Blue Card)                  Nambari ya CCC: «ccc»
Kituo: «fac»          Kaunti: «p_region»
Jina: «p_n»          Kitambulisho: «p_nid»          Tarehe ya kuzaliwa: «p_dob»          Jinsia: «p_sex»
Simu: «p_ph», «p_ph2»          Anwani: «p_line», «p_vil»
Msaidizi wa matibabu: «r_n» («r_ph»)
Tarehe   | Uzito | BP | Regimen | Vidonge vilivyobaki | VL / CD4 | Tarehe ijayo
«e3_n» | «wt» | «bp» | «arv» | 2 | «vl» | «e1_n»
«e1_n» | 62 kg | 128/84 | «arv» | «pills» | «cd4» | «d1_n»
«d1_n» | 61 kg | 130/86 | «arv2» | 0 | — | «d4_n»
Maelezo: «p_g» alisema alikosa dozi tarehe «d3_w» kwa sababu ya safari. Ushauri umetolewa (EAC).
SHA Na.: «plan»          Daktari: «d_n» (KMPDC «d_lic»)          Mshauri: «e_n»
""",
    "ZU": """IKHADI LOKULANDELELWA KWE-ART — «fac»                           Inombolo yefayela: «mrn»
Isifunda: «p_region»
Igama: «p_n»          Inombolo kamazisi: «p_nid»          Usuku lokuzalwa: «p_dob»          Ubulili: «p_sex»
Ucingo: «p_ph», «p_ph2»          Ikheli: «p_line», «p_vil», «p_pc»
Umsekeli wokwelashwa: «r_n» («r_ph»)
Usuku   | Isisindo | BP | Regimen | Amaphilisi asele | VL / CD4 | Usuku olulandelayo
«e3_n» | «wt» | «bp» | «arv» | 2 | «vl» | «e1_n»
«e1_n» | 62 kg | 128/84 | «arv» | «pills» | «cd4» | «d1_n»
«d1_n» | 61 kg | 130/86 | «arv2» | 0 | — | «d4_n»
Amanothi: «p_g» uthe weqa umthamo ngo-«d3_w» ngenxa yohambo. Weluleka ngokunamathela.
I-medical aid: «plan»          Udokotela: «d_n» (HPCSA «d_lic»)          Umeluleki: «e_n»
""",
}

ICCM = {
    "HA": """RAJISTAR KULA DA YARA MARASA LAFIYA A AL'UMMA (iCCM)        Ma'aikacin lafiya: «h_n» («h_ph»)        Jiha: «p_region»
Kwanan wata | Sunan yaro | Ranar haihuwa | Uwa / mai kula | Waya | Ƙauye | Alamu | Magani
«d1_n» | «c_n» | «c_dob» | «p_n» | «p_ph» | «p_vil» | zazzaɓi, mRDT + | «cdrug1»
«e1_n» | «w1_n» | «d5_n» | «w2_n» | «w2_ph» | «w2_vil» | gudawa | «cdrug2»
«e2_n» | «w3_n» | «d7_n» | «w4_n» | «w4_ph» | «w4_vil» | tari, numfashi 52/min | Amoxicillin DT 250 mg
Bayani: An tura «c_g» zuwa «fac» ranar «d2_w» saboda «muac». Mahaifinsa «r_n» ya kai shi da babur «plate».
Wayar salula (IMEI): «imei». Mai kula: «e_n» («e_lic»). Zafin jiki: «temp»; nauyi: «cwt».
""",
    "RW": """IGITABO CY'UMUJYANAMA W'UBUZIMA — Abana barwaye (iCCM)        Umujyanama: «h_n» («h_ph»)        Intara: «p_region»
Itariki | Izina ry'umwana | Yavutse | Umubyeyi | Telefoni | Umudugudu | Ibimenyetso | Imiti
«d1_n» | «c_n» | «c_dob» | «p_n» | «p_ph» | «p_vil» | umuriro, mRDT + | «cdrug1»
«e1_n» | «w1_n» | «d5_n» | «w2_n» | «w2_ph» | «w2_vil» | impiswi | «cdrug2»
«e2_n» | «w3_n» | «d7_n» | «w4_n» | «w4_ph» | «w4_vil» | inkorora, guhumeka 52/min | Amoxicillin DT 250 mg
Ibisobanuro: «c_g» yoherejwe ku «fac» ku wa «d2_w» kubera «muac». Se «r_n» yamujyanye kuri moto «plate».
Telefoni y'akazi (IMEI): «imei». Umugenzuzi: «e_n» («e_lic»). Ubushyuhe: «temp»; ibiro: «cwt».
""",
}

ELDER = {
    "SO": """BOOQASHO GURI — DARYEELKA WAAYEELKA                             Xarunta: «fac»          Gobolka: «p_region»
Taariikh: «d1_w»          Shaqaalaha caafimaadka bulshada: «h_n» («h_ph»)
Bukaanka: Aabo «m_n», da'diisu waa «m_old» sano, aqoonsi «m_nid», dhashay «m_dobw»
Cinwaanka: «m_line», «m_vil», «m_pc»
Daryeelaha: «p_n» (gabadhiisa/wiilkiisa), telefoon «p_ph», email «p_em»
Xaaladda: «lab1», «bp». Wuxuu qaataa «adrug1» iyo «adrug2». Qalabka oksijiinta: «dev».
Wuxuu dhacay «d3_w»; ma jiro jab. Talo: socod yar, biyo badan.
Ballanta dhakhtarka: Dr «d_n» («d_lic») «d4_w». Gaadiidka: «plate», darawal «w1_n».
Caymiska: «plan»          Lacagta EVC Plus: «mm_tx»          Cudurka: «icd»; «lab2»
""",
    "XH": """UTYELELO LWASEKHAYA — UKHATHALELO LWABADALA                    Ikliniki: «fac»          Iphondo: «p_region»
Umhla: «d1_w»          Umsebenzi wezempilo woluntu: «h_n» («h_ph»)
Isigulana: Tat'omkhulu «m_n», oneminyaka «m_old», ID «m_nid», wazalwa «m_dobw»
Isiduko: «m_clan»          Idilesi: «m_line», «m_vil», «m_pc»
Umnakekeli: «p_n», ifowuni «p_ph», i-imeyile «p_em»
Imeko: «lab1», «bp». Uthatha «adrug1» kunye ne-«adrug2». Umatshini we-oksijini: «dev».
Uwe ngomhla we-«d3_w»; akukho kwaphuka. Ingcebiso: ukuhamba kancinci, amanzi amaninzi.
Idinga nogqirha: Dr «d_n» («d_lic») «d4_w». Isithuthi: «plate», umqhubi «w1_n».
I-medical aid: «plan»          Intlawulo: «mm_tx»          Isifo: «icd»; «lab2»
""",
}

VL_SLIP = {
    "IG": """NSỌNAZỤ NYOCHA VIRAL LOAD — Ụlọ nyocha «fac»          Nọmba nlele: «reg_no»
Aha onye ọrịa: «p_n»          Nọmba ART: «ccc»          NIN: «p_nid»          Afọ: «p_age»
Ụbọchị a naara ọbara: «d3_n»          Ụbọchị nsonaazụ: «d1_n»
Nsonaazụ: HIV-1 RNA «vl»          «cd4»
Ọgwụ: «arv»          Ndụmọdụ: EAC ma ọ bụrụ na VL ≥1000 copies/mL
SMS e zigara «p_ph» na «d1_iso» 10:02
Dọkịta: Dr «d_n» («d_lic»)          Onye nyocha: «s_n» («s_lic»), «s_em»
Nlekọta: «r_n» («r_ph»)          Ebe obibi: «p_vil», «p_ward»
Nchọpụta: «icd»; «lab1»; mmemme ‹PEPFAR› / ‹NACA›
""",
    "YO": """ÈSÌ ÀYẸ̀WÒ VIRAL LOAD — Ilé àyẹ̀wò «fac»          Nọ́mbà àpẹẹrẹ: «reg_no»
Orúkọ aláìsàn: «p_n»          Nọ́mbà ART: «ccc»          NIN: «p_nid»          Ọjọ́ orí: «p_age»
Ọjọ́ tí a gba ẹ̀jẹ̀: «d3_n»          Ọjọ́ èsì: «d1_n»
Èsì: HIV-1 RNA «vl»          «cd4»
Oògùn: «arv»          Ìmọ̀ràn: EAC tí VL bá ju 1000 copies/mL lọ
A fi SMS ránṣẹ́ sí «p_ph» ní «d1_iso» 10:02
Dókítà: Dr «d_n» («d_lic»)          Onímọ̀ àyẹ̀wò: «s_n» («s_lic»), «s_em»
Olùtọ́jú: «r_n» («r_ph»)          Àdírẹ́sì: «p_line», «p_vil», «p_ward»
Àyẹ̀wò: «icd»; «lab1»; ètò ‹PEPFAR› / ‹NACA›
""",
}

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("ssa73_chw_household_visit", ["KE", "ET"], "text", CHW_VISIT),
    ("ssa73_mhealth_sms_reminders", ["TZ", "ZU"], "text", SMS),
    ("ssa73_dhis2_tracker_csv", ["RW", "UG"], "text", DHIS2_CSV),
    ("ssa73_dhis2_event_json", ["KE", "SO"], "json", DHIS2_JSON),
    ("ssa73_anc_register", ["HA", "XH"], "text", ANC_REGISTER),
    ("ssa73_immunisation_register", ["YO", "ZW"], "text", IMMUNISATION),
    ("ssa73_referral_slip", ["IG", "RW"], "text", REFERRAL),
    ("ssa73_tb_treatment_card", ["ZU", "SO"], "text", TB_CARD),
    ("ssa73_pharmacy_dispensing_log", ["UG", "TZ"], "text", PHARMACY_LOG),
    ("ssa73_whatsapp_family_group", ["YO", "ZW"], "text", WHATSAPP),
    ("ssa73_radio_callin", ["HA", "UG"], "text", RADIO),
    ("ssa73_discharge_note", ["ET", "IG"], "text", DISCHARGE),
    ("ssa73_insurance_form", ["ET", "XH"], "text", INSURANCE),
    ("ssa73_birth_notification", ["TZ", "ZW"], "text", BIRTH),
    ("ssa73_art_followup_card", ["KE", "ZU"], "text", ART_FOLLOWUP),
    ("ssa73_iccm_register", ["HA", "RW"], "text", ICCM),
    ("ssa73_elder_home_visit", ["SO", "XH"], "text", ELDER),
    ("ssa73_viral_load_slip", ["IG", "YO"], "text", VL_SLIP),
]

REL = {"IG": ("di ya", "nwunye ya"), "RW": ("umugabo we", "umugore we")}


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc]
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe73:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        r_female = slots["r_sex"] == "F"
        slots["r_rel"] = REL.get(loc, ("husband", "wife"))[r_female]
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
