# ruff: noqa: E501  (hand-aligned templates)
"""Thirty-eighth independent probe corpus: English-language health text from Africa and the Caribbean, written
the way staff there write it -- Nigeria, Ghana, Kenya, Uganda, Tanzania, Zambia, Zimbabwe, South Africa,
Botswana, Sierra Leone, Jamaica, Trinidad and Tobago, Barbados and Guyana.

36 labelled documents in 18 kinds per seed, two of each (each in its own country): a general outpatient clinic
card, an antenatal care register page, an ART register excerpt for cohort review, a TB treatment card, a
referral letter to a teaching hospital, a community health worker's monthly report, a national health
insurance / medical-aid claim form, a WhatsApp group of maternity nurses (senders are phone numbers), an SMS
gateway outbox export, a Caribbean discharge summary, a verbal-autopsy summary sheet, a pharmacy stock-out memo
listing waiting patients, a school health screening report, a mobile-money receipt for a hospital bill with
the payer's message and the cashier's receipt, an EMS radio/call log, a DHIS2-style tracker event (JSON), an
ICT officer's e-mail about a stolen laptop listing the affected patients, and a child health card.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` the patient (a child on the child health card and the school
report), `q` a relative or next of kin, `c`, `d`, `e`, `f` other patients or relatives; staff are roles, never
names (the WhatsApp senders `w1`-`w3` are phone numbers). Person forms: `_n` "Given Family", `_n3` "Given
Middle Family", `_g`, `_m`, `_f`, `_F` FAMILY, `_FG` "FAMILY Given", `_FcG` "Family, Given", `_NC` "GIVEN
FAMILY", `_nick`, `_kid` the given name of the person's child (written after "Mama"/"Baba", `_mama`), `_ph`
`_ph2` national phones, `_intl` "+254 712 345 678", `_msisdn` digits with the calling code, `_em`, `_id`
national identifier, `_plan`, `_hn` hospital/folder number, `_art` ART/CCC register number, `_addr` a whole
local address, `_st` `_village` `_town` `_lm` `_box` `_zip` its pieces, `_post` a postal address. Dates
`d1`-`d5`, `lmp1`-`lmp3`, `edd1`-`edd3`, `x_dob`: `_dmy` 14/03/2024, `_dash` 14-03-2024, `_long` "14th March,
2024", `_mlong` "March 14, 2024", `_abbr` 14-Mar-2024, `_dm` 14/03, `_iso`, `_short` 14/3/24.

Labelling policy (decided before any measurement, following probes 16 and 28):
- NAME: every name of a patient or relative as written -- full, with middle name, FAMILY in capitals, given
  alone, family alone, nicknames, and the child's given name in "Mama Tendai" / "Baba Kuda" (the word Mama or
  Baba is plain text, as are Mrs, Mr, Alhaji, Auntie). English-word given names (Comfort, Godswill, Nomatter)
  are names.
- ADDRESS: street lines ("Plot 14, off X Road", "House No. 7, X Close", "Erf 2231", "Stand 4521", "Lot 5, X
  Gardens", "LP 42, X Trace"), P.O. Boxes, GhanaPost GPS digital addresses, towns, villages, compounds, wards,
  sections, estates and landmarks used for directions ("behind X Church"); generic words between pieces
  ("village", "ward", " P.O.") are plain text. ZIP: postcodes (the "-00100" after a Kenyan P.O. Box, a South
  African 4-digit code, BB17004). First-level divisions (Lagos State, Nairobi County, Western Cape, St.
  Andrew, Region 4) are plain text inside an address and keep values alone; countries are keep values.
- PHONE (national, international, MSISDN digits, WhatsApp senders), EMAIL, DATE (more specific than a year),
  AGE (90 and over), ID (national identifiers: NIN, Ghana Card, Kenyan ID, SA ID, Omang, NRC, NIDA, TRN, NRN,
  NIS; ART/CCC/CTC, ANC, TB, VA register numbers; student IDs; DHIS2 tracked-entity ids; mobile-money
  transaction ids), HEALTH_PLAN (NHIA/NHIS/NHIF/NHIMA/SLeSHI/NHF numbers, medical-aid and insurer member
  numbers), MRN (hospital, folder and IP numbers), ACCOUNT (a bill's paybill account), VEHICLE (registration
  plates), LICENSE (driver's licences), URL (a patient's social-media profile), IP (a patient's portal login
  address), CREDENTIAL (a spreadsheet password).
- Keep: facility names, first-level divisions, countries, weekdays, months and years alone, ages under 90,
  drugs and regimens (TDF/3TC/DTG, RHZE), doses, lab values, BP, weights, times of day, amounts of money,
  mobile-money services, register column words and ordinary words.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe38 import ids
from tests.engine.probe38.ids import fill
from tests.engine.probe38.people import ADULT, COUNTRIES, K, P, Person, Slot, draw_person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "February", "April", "June", "August", "September", "October", "November"]
DRUGS = ["Artemether-Lumefantrine 80/480 mg", "Paracetamol 1 g TDS", "Ferrous sulphate 200 mg OD", "Folic acid 5 mg OD",
         "Amoxicillin 500 mg TDS", "Nifedipine 20 mg BD", "Methyldopa 250 mg TDS", "Metformin 500 mg BD",
         "Amlodipine 10 mg OD", "Hydrochlorothiazide 25 mg", "Cotrimoxazole 960 mg OD", "Ceftriaxone 1 g IV",
         "Insulin Mixtard 30/70", "Ibuprofen 400 mg", "Salbutamol inhaler 100 mcg", "Enalapril 10 mg BD"]  # fmt: skip
LABS = ["Hb 8.9 g/dL", "RBS 14.2 mmol/L", "MRDT positive", "HBsAg negative", "VDRL non-reactive", "urine protein ++",
        "creatinine 186 umol/L", "WBC 13.4", "FBS 9.1 mmol/L", "Hb 10.6 g/dL", "malaria parasites ++"]  # fmt: skip
REGIMENS = ["TDF/3TC/DTG", "TLD", "AZT/3TC/NVP", "ABC/3TC/DTG", "TDF/FTC/EFV", "AZT/3TC + LPV/r"]
VLS = [
    "VL <50 copies/mL",
    "VL 1,240 copies/mL",
    "VL target not detected",
    "VL 186 copies/mL",
    "VL <20 copies/mL",
]
TB_REGIMENS = ["2RHZE/4RH", "RHZE 4 tabs daily", "2RHZE/10RH", "RH 3 tabs daily"]
XPERT = [
    "GeneXpert MTB detected, RIF resistance not detected",
    "Xpert Ultra MTB detected (low)",
    "Sputum AFB 2+",
]
AMOUNTS = {"ng": ["₦45,500.00", "₦18,250.00"], "gh": ["GHS 380.00", "GHS 1,250.00"], "ke": ["KES 4,350.00", "KES 12,800.00"],
           "ug": ["UGX 185,000", "UGX 62,500"], "tz": ["TZS 75,000", "TZS 240,000"], "zm": ["ZMW 450.00", "ZMW 1,275.00"],
           "zw": ["USD 45.00", "USD 120.00"], "za": ["R 1,860.00", "R 640.50"], "bw": ["BWP 220.00", "BWP 1,150.00"],
           "sl": ["SLE 350", "SLE 1,200"], "jm": ["JMD 12,500.00", "JMD 4,800.00"], "tt": ["TTD 650.00", "TTD 1,200.00"],
           "bb": ["BBD 180.00", "BBD 95.00"], "gy": ["GYD 15,000", "GYD 42,500"]}  # fmt: skip
SCHOOLS = ["St. Benedict's Anglican Primary School", "Mount Zion Government Secondary", "Holy Saviour RC Primary School",
           "Parkinson Memorial Secondary", "Ebenezer Methodist Primary School"]  # fmt: skip
IP_PREFIX = {"jm": "72.27", "tt": "190.58", "bb": "190.213", "gy": "190.80"}


def date_forms(d: date) -> dict[str, str]:
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "dash": f"{d.day:02d}-{d.month:02d}-{d.year}",
        "long": f"{d.day}{sfx} {d:%B}, {d.year}", "mlong": f"{d:%B} {d.day}, {d.year}", "abbr": f"{d.day:02d}-{d:%b}-{d.year}",
        "dm": f"{d.day:02d}/{d.month:02d}", "iso": d.isoformat(), "short": f"{d.day}/{d.month}/{d.year % 100:02d}",
    }  # fmt: skip


def person_slots(x: str, w: Person) -> dict[str, Slot]:
    c = COUNTRIES[w.cc]
    post: Slot = (
        (P("ADDRESS", w.box), "-", P("ZIP", w.zip), ", ", P("ADDRESS", w.town)) if w.cc == "ke" else w.addr
    )
    s: dict[str, Slot] = {
        f"{x}_n": P("NAME", w.full), f"{x}_n3": P("NAME", f"{w.given} {w.middle} {w.family}"),
        f"{x}_g": P("NAME", w.given), f"{x}_m": P("NAME", w.middle), f"{x}_f": P("NAME", w.family),
        f"{x}_F": P("NAME", w.family.upper()), f"{x}_FG": P("NAME", f"{w.family.upper()} {w.given}"),
        f"{x}_FcG": P("NAME", f"{w.family}, {w.given}"), f"{x}_NC": P("NAME", f"{w.given} {w.family}".upper()),
        f"{x}_nick": P("NAME", w.nick), f"{x}_kid": P("NAME", w.kid), f"{x}_mama": "Mama" if w.female else "Baba",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_intl": P("PHONE", w.intl),
        f"{x}_msisdn": P("PHONE", w.msisdn), f"{x}_em": P("EMAIL", w.email), f"{x}_id": P("ID", w.nid),
        f"{x}_plan": P("HEALTH_PLAN", w.plan), f"{x}_hn": P("MRN", w.hosp), f"{x}_art": P("ID", w.art),
        f"{x}_addr": w.addr, f"{x}_post": post, f"{x}_st": P("ADDRESS", w.street), f"{x}_village": P("ADDRESS", w.village),
        f"{x}_town": P("ADDRESS", w.town), f"{x}_lm": P("ADDRESS", w.landmark), f"{x}_box": P("ADDRESS", w.box),
        f"{x}_sexl": "F" if w.female else "M", f"{x}_she": "she" if w.female else "he", f"{x}_She": "She" if w.female else "He",
        f"{x}_her": "her" if w.female else "his", f"{x}_him": "her" if w.female else "him",
        f"{x}_mr": "Mrs" if w.female else "Mr", f"{x}_kidw": "daughter" if w.female else "son",
        f"{x}_sp": "wife" if w.female else "husband", f"{x}_sib": "sister" if w.female else "brother",
        f"{x}_idl": c.id_label, f"{x}_planl": c.plan_label,
    }  # fmt: skip
    for k, v in date_forms(w.dob).items():
        s[f"{x}_dob_{k}"] = P("DATE", v)
    return s


# the sex of some people is fixed by the template (mothers in a register, a father on a card)
SEX: dict[str, dict[str, bool]] = {
    "af38_antenatal_register_page": {"p": True, "q": False, "c": True, "d": False, "e": True},
    "af38_maternity_nurses_whatsapp": {"p": True, "q": False, "c": True, "d": True, "e": True},
    "af38_referral_to_teaching_hospital": {"p": True, "q": False, "f": True},
    "af38_chw_monthly_report": {"c": True, "d": False, "f": False},
    "af38_tb_treatment_card": {"d": True},
    "af38_child_health_card": {"q": True, "c": False, "d": True},
    "af38_dhis2_tracker_event_json": {"p": True, "q": False, "c": True},
    "af38_ems_radio_call_log": {"p": False, "e": True},
    "af38_caribbean_discharge_summary": {"p": False, "c": True},
    "af38_verbal_autopsy_summary": {"p": False, "d": False},
    "af38_school_health_report": {"d": True, "f": False},
    "af38_data_breach_staff_email": {"e": True},
}
Y = 365
# ages (in days, at the document's date) that the template needs: young mothers, children, a patient whose mother
# is alive at 90+; everyone else is 18-80
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "af38_antenatal_register_page": {"p": (17 * Y, 42 * Y), "c": (17 * Y, 42 * Y), "e": (17 * Y, 42 * Y)},
    "af38_maternity_nurses_whatsapp": {"p": (17 * Y, 42 * Y), "c": (17 * Y, 42 * Y), "e": (17 * Y, 42 * Y)},
    "af38_dhis2_tracker_event_json": {"p": (17 * Y, 42 * Y)},
    "af38_referral_to_teaching_hospital": {"p": (30 * Y, 55 * Y), "f": (60 * Y, 80 * Y)},
    "af38_caribbean_discharge_summary": {"p": (55 * Y, 70 * Y), "c": (18 * Y, 35 * Y)},
    "af38_chw_monthly_report": {"p": (60, 1700)},
    "af38_insurance_claim_form": {"p": (365, 5000)},
    "af38_school_health_report": {"p": (3300, 4200), "c": (3300, 4200), "e": (3300, 4200)},
    "af38_child_health_card": {"p": (98, 125), "q": (17 * Y, 42 * Y)},
}
GPS = {"ng": (7.4, 3.9), "gh": (5.6, -0.2), "ke": (-1.2, 36.9), "ug": (0.4, 32.6), "tz": (-6.8, 39.2), "zm": (-15.4, 28.3),
       "zw": (-17.8, 31.0), "za": (-26.2, 28.0), "bw": (-24.6, 25.9), "sl": (8.5, -13.2), "jm": (18.0, -76.8),
       "tt": (10.5, -61.3), "bb": (13.1, -59.6), "gy": (6.8, -58.1)}  # fmt: skip


def base_slots(rng: random.Random, cc: str, kind: str) -> dict[str, Slot]:
    c = COUNTRIES[cc]
    d1 = date(2023, 1, 9) + timedelta(days=rng.randrange(880))
    old = rng.randint(90, 103)
    old_dob = d1 - timedelta(days=old * 365 + old // 4 + rng.randint(30, 330))  # `old` years old on d1
    k_region = rng.choice(c.regions)
    used: set[str] = set()
    s: dict[str, Slot] = {}
    people: dict[str, Person] = {}
    for x in ("p", "q", "c", "d", "e", "f"):
        dob = old_dob if (kind, x) == ("af38_verbal_autopsy_summary", "p") else None
        people[x] = draw_person(rng, cc, used, d1, female=SEX.get(kind, {}).get(x), age_days=AGES.get(kind, {}).get(x, ADULT),
                                dob=dob, avoid_region=k_region)  # fmt: skip
        s.update(person_slots(x, people[x]))
    for i in (1, 2, 3):
        s[f"w{i}_wa"] = P("PHONE", fill(rng, c.dial + " " + rng.choice(c.mobiles)))
    days = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(3, 40)), "d3": d1 - timedelta(days=rng.randint(5, 60)),
            "d4": d1 - timedelta(days=rng.randint(61, 150)), "d5": d1 - timedelta(days=rng.randint(151, 400)),
            "d6": d1 + timedelta(days=rng.randint(2, 12))}  # fmt: skip
    for i in (1, 2, 3):
        lmp = d1 - timedelta(days=rng.randint(60, 230))
        days[f"lmp{i}"], days[f"edd{i}"] = lmp, lmp + timedelta(days=280)
    days["old_dob"] = old_dob
    for weeks in (6, 10, 14):  # a child's immunisation dates (the child health card)
        days[f"imm{weeks}"] = people["p"].dob + timedelta(weeks=weeks, days=rng.randint(0, 3))
    for key, d in days.items():
        s.update({f"{key}_{k}": P("DATE", v) for k, v in date_forms(d).items()})
    s["old"] = P("AGE", str(old))
    # identifiers that belong to the document rather than a person
    s["anc1"], s["anc2"], s["anc3"] = (
        P("ID", ids.register_no(rng, rng.choice(["ANC/", "", "A"]))) for _ in range(3)
    )
    s["tbno"], s["vano"] = P("ID", ids.register_no(rng, "TB/")), P("ID", ids.register_no(rng, "VA-"))
    s["sid1"], s["sid2"] = P("ID", fill(rng, "SH%#####")), P("ID", fill(rng, "SH%#####"))
    s["tei"] = P(
        "ID",
        "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789") for _ in range(11)),
    )
    txn = ids.transaction(rng, cc)
    s["txn"], s["acct"] = P("ID", txn), P("ACCOUNT", fill(rng, rng.choice(["%#######", "BILL%######"])))
    s["plate"], s["lic"] = P("VEHICLE", ids.plate(rng, cc)), P("LICENSE", ids.licence(rng, cc))
    s["pw"] = P(
        "CREDENTIAL",
        rng.choice(["Ward5", "Matron", "Records", "Followup", "Kgotla"])
        + fill(rng, "#%@#")
        + rng.choice("!#$"),
    )
    e_slots = s["e_g"], s["e_f"]
    fb = f"{e_slots[0].value.lower()}.{e_slots[1].value.lower()}.{rng.randint(10, 999)}"  # type: ignore[union-attr]
    s["url"] = P("URL", f"https://www.facebook.com/{fb}")
    s["ip"] = P(
        "IP",
        f"{IP_PREFIX.get(cc, rng.choice(['41.203', '102.89', '105.112', '197.248']))}.{rng.randint(2, 254)}.{rng.randint(2, 254)}",
    )
    # keep values
    facs = rng.sample(c.facilities, 2)
    s["k_fac"], s["k_fac2"], s["k_FAC"] = K(facs[0]), K(facs[1]), K(facs[0].upper())
    s["k_region"], s["k_country"] = K(k_region), K(c.name)
    s["k_wd"], s["k_month"], s["k_year"] = (
        K(rng.choice(WEEKDAYS)),
        K(rng.choice(MONTHS)),
        K(str(rng.randint(2009, 2019))),
    )
    ages = [(d1 - people[x].dob).days * 100 // 36525 for x in ("p", "c", "e")]
    s["k_age"], s["k_age2"], s["k_age3"] = (K(f"{a} yrs") for a in ages)
    months = (d1 - people["p"].dob).days * 12 // 365 if ages[0] < 5 else rng.randint(7, 22)
    s["k_agey"], s["k_agec"] = K(f"{ages[0]}-year-old"), K(f"{months} months")
    lat, lon = GPS[cc]
    s["gps"] = P("ADDRESS", f"[{lon + rng.uniform(-0.4, 0.4):.5f}, {lat + rng.uniform(-0.4, 0.4):.5f}]")
    for i, v in enumerate(rng.sample(DRUGS, 3), 1):
        s[f"k_drug{i}"], s[f"k_DRUG{i}"] = K(v), K(v.upper())
    for i, v in enumerate(rng.sample(LABS, 2), 1):
        s[f"k_lab{i}"] = K(v)
    for i, v in enumerate(rng.sample(REGIMENS, 3), 1):
        s[f"k_reg{i}"] = K(v)
    for i, v in enumerate(rng.sample(VLS, 3), 1):
        s[f"k_vl{i}"] = K(v)
    s["k_tbreg"], s["k_xpert"] = K(rng.choice(TB_REGIMENS)), K(rng.choice(XPERT))
    s["k_hb"], s["k_hb2"] = K(f"Hb {rng.randint(70, 125) / 10} g/dL"), K(f"{rng.randint(70, 125) / 10} g/dL")
    s["k_bp"], s["k_wt"] = (
        K(f"BP {rng.randint(100, 190)}/{rng.randint(60, 115)} mmHg"),
        K(f"{rng.randint(38, 96)} kg"),
    )
    s["k_bw"] = K(f"{rng.randint(18, 42) / 10} kg")
    start = rng.randint(6 * 60, 14 * 60)
    times = sorted({start + rng.randint(0, 400) for _ in range(14)})[:9]
    for i, t in enumerate(times, 1):
        s[f"k_t{i}"] = K(f"{t // 60:02d}:{t % 60:02d}")
    amounts = AMOUNTS[cc]
    s["k_amt"], s["k_bal"] = K(amounts[0]), K(amounts[1])
    s["k_wallet"], s["k_school"] = K(c.wallet), K(rng.choice(SCHOOLS))
    s["momo_sms"] = momo_sms(cc, s)
    return s


def momo_sms(cc: str, s: dict[str, Slot]) -> tuple:
    """The mobile-money confirmation SMS as each service writes it (the shapes differ by country)."""
    if cc == "ke":
        return (s["txn"], " Confirmed. ", s["k_amt"], " paid to ", s["k_FAC"], " for account ", s["acct"], " on ",
                s["d1_short"], " at ", s["k_t1"], " New M-PESA balance is ", s["k_bal"], ". Transaction cost, KES 23.00.")  # fmt: skip
    if cc == "gh":
        return ("Payment made for ", s["k_amt"], " to ", s["k_FAC"], ". Current Balance: ", s["k_bal"], ". Reference: ",
                s["acct"], ". Transaction ID: ", s["txn"], ". Fee charged: GHS 0.00. Date: ", s["d1_dmy"], " ", s["k_t1"], ".")  # fmt: skip
    return ("Payment of ", s["k_amt"], " to ", s["k_FAC"], " acc ", s["acct"], " successful. Txn ID: ", s["txn"], ". ",
            s["d1_dmy"], " ", s["k_t1"], ". New wallet balance: ", s["k_bal"], ".")  # fmt: skip


# ---- templates -------------------------------------------------------------------------------------------

OPD_CARD = """«k_fac»
GENERAL OUTPATIENT DEPARTMENT - CLINIC CARD
Hosp. No.: «p_hn»                    Date of first visit: «d4_dmy»
Surname: «p_F»              Other names: «p_g» «p_m»
Sex: «p_sexl»     Age: «k_age»     D.O.B: «p_dob_dmy»
Address: «p_addr»
Tel: «p_ph» / «p_ph2»
«p_idl»: «p_id»          «p_planl»: «p_plan»
Occupation: ‹Trader›        Region/State: «k_region»
Next of kin: «q_n» («q_sib»), «q_ph»
------------------------------------------------------------------------
«d3_dm»   c/o fever x 3/7, headache, joint pains. «k_lab1». Imp: uncomplicated malaria.
          Rx: «k_drug1» x 3/7, «k_drug2». TCA «k_wd».
«d1_dm»   Review. Feels better. «k_bp» (known hypertensive since «k_year»). Says «p_her» neighbour «c_n» (a.k.a. «c_nick») also has fever - advised to come.
          «k_lab2». Counselled on adherence. To see MOPD on «d2_dmy».
"""

ANC_REGISTER = """ANTENATAL CARE REGISTER  -  «k_fac»  -  «k_region»  -  page 37
Reg No | Date       | Name of client          | Age     | Residence / landmark          | Phone     | Partner  | G/P  | LMP          | EDD          | Hb       | HIV/Syph | Remarks
«anc1» | «d1_dmy»   | «p_n»                   | «k_age» | «p_town», near «p_lm»        | «p_ph»    | «q_n»    | G3P2 | «lmp1_dmy»   | «edd1_dmy»   | «k_hb»   | NR/NR    | ‹IPTp-SP dose 1›
«anc2» | «d1_dmy»   | «c_FcG»                 | «k_age2»| «c_st», «c_town»             | «c_ph»    | «d_n»    | G1P0 | «lmp2_dmy»   | «edd2_dmy»   | «k_hb2»  | R/NR     | ‹on› «k_reg1», PMTCT
«anc3» | «d1_dmy»   | «e_FG» (Mama «e_kid»)   | «k_age3»| «e_village», «e_town»        | «e_ph»    | -        | G5P4 | «lmp3_dmy»   | «edd3_dmy»   | 9.1 g/dL | NR/NR    | ‹grand multip, refer›
Defaulter tracing: «c_g» not seen since «d3_dmy»; partner's number «d_ph» switched off. CHV to visit.
"""

ART_REGISTER = """ART REGISTER - EXCERPT FOR COHORT REVIEW          «k_fac», «k_region»
Prepared «d1_dmy» by the data clerk. CONFIDENTIAL - not for circulation.
ART No.    | Surname, First name | Sex      | DOB           | Phone    | Physical address           | ART start  | Regimen  | Last VL
«p_art»    | «p_FcG»             | «p_sexl» | «p_dob_dmy»   | «p_ph»   | «p_st», «p_village»        | «d4_dmy»   | «k_reg1» | «k_vl1»
«c_art»    | «c_FcG»             | «c_sexl» | «c_dob_dmy»   | «c_ph»   | «c_st», «c_town»           | «d5_dmy»   | «k_reg2» | «k_vl2»
«d_art»    | «d_FcG»             | «d_sexl» | «d_dob_dmy»   | «d_ph»   | «d_village», «d_town»      | «d3_dmy»   | «k_reg3» | «k_vl3»
Treatment supporter for «p_g»: «q_n» («q_sib»), «q_ph». On ART since «k_year».
«c_g» is known at the market as "«c_mama» «c_kid»" - do NOT phone, SMS only.
Lost to follow-up: «d_n», last pick-up «d4_dm». Tracing by CHW to «d_village», behind «d_lm».
Transfer out: «e_n» to «k_fac2» on «d2_dmy» (TO letter given).
"""

TB_CARD = """MINISTRY OF HEALTH - NATIONAL TB AND LEPROSY PROGRAMME
TB PATIENT TREATMENT CARD                              District TB No.: «tbno»
Name: «p_NC»                               Sex: «p_sexl»   Age: «k_age»   Weight: «k_wt»
Health facility: «k_fac»                    Patient phone: «p_ph»
Physical address: «p_addr»
Nearest landmark: «p_lm»
«p_idl»: «p_id»            «p_planl»: «p_plan»
Treatment supporter: «q_n» («q_sib»), tel «q_ph»
Date treatment started: «d3_dmy»      Type: New      Site: Pulmonary, bacteriologically confirmed
Lab: «k_xpert»             HIV: positive since «k_year», on «k_reg1»
Regimen: «k_tbreg»
Household contacts screened: «c_g» (‹child›, «k_agec»), «d_n» (‹grandmother›, «old» yrs) - ‹TPT started›
Drug collection: «d3_dm» ✓  «d1_dm» ✓  «d2_dm» ‹missed, phone off›
CHV home visit («k_wd»): patient has moved to «p_her» «e_sib»'s place, c/o «e_n», «e_village».
"""

REFERRAL = """«k_fac»
«d1_long»

The Medical Officer In-Charge,
Department of Internal Medicine,
«k_fac2»

Dear Doctor,

RE: REFERRAL OF «p_NC», «k_age», IP NO. «p_hn»

Kindly receive and manage the above-named, a «k_agey» resident of «p_village», «p_town», who was admitted to our unit on «d3_long» with a three-week history of progressive difficulty in breathing and leg swelling. She was previously seen here on «d4_long». On examination: «k_bp», bilateral pitting oedema to the knees. «k_lab1». «k_lab2».
We started «k_drug1» and «k_drug2» but she has not improved, and we lack echocardiography.
She is accompanied by her husband «q_n» (tel. «q_ph»). Her mother-in-law «f_n», known in the village as "Mama «f_kid»", is the main caregiver and can be reached on «f_ph».
«p_idl»: «p_id».  «p_planl»: «p_plan».  Date of birth: «p_dob_dmy».
Thank you for your continued support.

Yours faithfully,

Medical Officer
"""

CHW_REPORT = """COMMUNITY HEALTH WORKER MONTHLY REPORT
Month: «k_month»      Area: «k_region»      Peripheral Health Unit: «k_fac»
Catchment: «p_village» and «c_village»      Households visited: 46 (village register last updated in «k_year»)
Children under 5 treated at home: malaria (RDT+) 7, diarrhoea 4 (‹ORS + zinc›), pneumonia 2 (‹amoxicillin DT›)
Danger signs - referred to PHU:
 1. «p_g» «p_f», «k_agec», child of «q_n» («q_ph»). Chest indrawing. Referral slip given «d1_dmy».
 2. «c_n», pregnant, no ANC yet, lives behind «c_lm». Husband «d_g» refused. Phone «c_ph».
Deaths in the community:
 - «e_n», «old» years, died at home «d2_dmy» (old age). Reported by grandson «f_n».
Home visit to "«f_mama» «f_kid»" («f_g») on «d3_dmy»: all children sleeping under nets.
Stock: RDT 12, ACT 6, ORS 20. Stock-out of «k_drug1» since «k_wd».
"""

CLAIM_FORM = """«k_country» - HEALTH INSURANCE CLAIM FORM (OUTPATIENT / INPATIENT)
Part A - Member details
  Principal member: «q_NC»                 «q_planl»: «q_plan»
  «q_idl»: «q_id»                          Employer: ‹Self-employed›
  Patient (if dependant): «p_n»           Relationship: «p_kidw»
  Patient date of birth: «p_dob_dmy»
  Postal address: «q_post»
  Mobile: «q_ph»        E-mail: «q_em»
Part B - Provider
  Provider: «k_fac»        Admitted: «d3_dmy»     Discharged: «d1_dmy»     Hosp. No.: «p_hn»
  Diagnosis: severe malaria with anaemia («k_lab1»)
  Medicines / procedures: «k_drug1»; «k_drug2»; blood transfusion x1
  Amount claimed: «k_amt»
Part C - Declaration: I confirm the services above were received.
  Signed: ________ («q_g» «q_f»)      Date: «d2_dmy»
"""

WHATSAPP = """WhatsApp chat export - "Maternity Nurses 🏥" («k_fac») - «d1_dmy»
[«k_t1»] «w1_wa»: Good morning ma. Night report: bed 3 «p_n» (Mama «p_kid») delivered a baby girl 3.1kg, «k_lab1»
[«k_t2»] «w2_wa»: Thank God 🙏🏾. Has her husband paid the deposit? He was shouting at the gate yesterday
[«k_t3»] «w1_wa»: He said he will pay tomorrow. His number is «q_ph» if accounts want him
[«k_t4»] «w3_wa»: Please who admitted «c_NC»? Her sister «d_n» has been calling me on «d_ph» since morning
[«k_t5»] «w1_wa»: Me. She came from «c_town» with APH. Hosp no «c_hn». Needs 2 pints, blood bank says no O neg
[«k_t6»] «w2_wa»: Ok. Also remind «e_g» «e_f» on bed 7 that her «k_drug1» is finished, she should buy at ‹Goodwill Pharmacy›
[«k_t7»] «w3_wa»: Noted. And «f_n»'s baby (the one they call «f_nick») was discharged «d2_dm»
[«k_t8»] «w2_wa»: Pls my people, let us stop posting patients' names here o. Use hosp numbers. Matron will not take it lightly
[«k_t9»] «w1_wa»: 👍🏾 sorry ma
"""

SMS_LOG = """# sms-gateway outbox export - «k_fac» - «k_wd»
msisdn,queued,status,text
«p_msisdn»,«k_t1»,DELIVERED,"Dear «p_g», this is a reminder of your clinic appointment on «d2_dmy». Please bring your green card. Ref «p_hn»."
«q_msisdn»,«k_t2»,DELIVERED,"Hello «q_n», «c_g» («c_art») is due for viral load on «d2_dm». Kindly escort «c_him»."
«c_msisdn»,«k_t3»,FAILED,"«c_g», your results are ready. Please come to the clinic desk."
«d_msisdn»,«k_t4»,DELIVERED,"«d_mama» «d_kid», your baby's 14-week immunisation is on «d3_dmy» at «k_fac»."
«e_msisdn»,«k_t5»,EXPIRED,"«e_n», you missed your appointment on «d4_dmy». Please come on «k_wd»."
# inbound replies
«p_msisdn»,«k_t6»,RECEIVED,"Thank you nurse. I will come with my cousin «f_g»"
«e_msisdn»,«k_t7»,RECEIVED,"am in «e_town» for a funeral, will come next week. «e_n3»"
"""

DISCHARGE = """«k_fac» - DEPARTMENT OF MEDICINE
DISCHARGE SUMMARY
Name: «p_FcG»           Hosp. No.: «p_hn»        «p_idl»: «p_id»
D.O.B.: «p_dob_mlong»        Age: «k_age»        Sex: M
Address: «p_addr»
Telephone: «p_ph» (home), «p_ph2» (cell)
Next of kin: «q_n» («q_kidw»), «q_ph», «q_em»
«p_planl»: «p_plan»
Admitted: «d3_mlong»        Discharged: «d1_mlong»
Diagnoses: 1. Infected diabetic foot ulcer, left  2. Hypertension, uncontrolled
Course: Mr. «p_f» was brought to A&E by his granddaughter «c_n» after she found him confused at home. Debridement in theatre on day 2. «k_lab1». «k_lab2». Previously admitted «d5_mlong» with DKA.
He lives with his mother, aged «old», who is bedridden; his «e_sib» «e_g» visits every «k_wd».
Discharge medication: «k_drug1», «k_drug2», «k_drug3».
Follow-up: Surgical Outpatients «d2_dmy»; daily dressings at the health centre; district nurse to visit «p_st».
"""

VERBAL_AUTOPSY = """VERBAL AUTOPSY - SUMMARY SHEET (WHO 2022 instrument)
VA ID: «vano»       Interview date: «d2_dmy»      Interviewer: ‹Field worker 07›      District: «k_region»
Deceased: «p_NC»     Sex: «p_sexl»     «p_idl»: «p_id»
Date of birth: «old_dob_dmy»     Age at death: «old» years
Date of death: «d1_dmy»     Place of death: home
Usual residence: «p_addr»
Respondent: «q_n» («q_kidw» of the deceased), cell «q_ph», «q_idl» «q_id»
Also present: neighbour «c_n» («c_nick»)
Narrative: The respondent reports that «p_g» (called «p_nick» by everyone in «p_village») had a cough for about three months with ‹night sweats› and had lost weight to «k_wt». He was collecting «k_drug1» and «k_reg1» from «k_fac» every month since «k_year». On «d3_dmy» he became very weak; «c_g» hired a taxi to take him to hospital but the family decided to wait for his son «d_n» to arrive from «d_town». He died at home before dawn.
Burial: «d6_dmy» at the family plot in «e_village».
"""

STOCKOUT = """INTERNAL MEMO
To: District Pharmacist, «k_region»
From: Pharmacy In-Charge, «k_fac»
Date: «d1_dmy»
Subject: STOCK-OUT OF «k_DRUG1» AND «k_DRUG2» - PATIENTS WAITING

We have had no «k_drug1» since «d3_dmy». Our last order (submitted «d4_dmy») was not supplied. The following patients were given partial supply or nothing and are waiting:

1. «p_FG», «p_art», given 2 weeks only. Phone «p_ph».
2. «c_n» (Hosp. No. «c_hn») - hypertension on «k_drug2», travels from «c_village», «c_town» (40 km).
3. "«d_mama» «d_kid»" («d_n»), TB patient in continuation phase, lives behind «d_lm». Son's phone «e_ph».
4. «f_n», aged «old», diabetic, collects with «f_her» grandson.

Kindly assist with an emergency order or a redistribution from «k_fac2».
Pharmacy In-Charge
"""

SCHOOL_HEALTH = """SCHOOL HEALTH PROGRAMME - SCREENING AND IMMUNISATION REPORT
School: «k_school», «k_region»          Class: Standard 5          Screening date: «d1_dmy» («k_wd»)
Children needing follow-up:
1. «p_n», DOB «p_dob_dmy», Student ID «sid1». Vision 6/18 both eyes - referred to eye clinic.
   Parent: «q_n», «q_ph», «q_em»
2. «c_n» ("«c_nick»"), DOB «c_dob_dmy», Student ID «sid2». BMI 31, «k_bp». Mother «d_n» says «c_she» lives with the grandmother at «c_addr».
3. «e_g» «e_f», wheeze - uses «k_drug1» kept by the class teacher. Father «f_n», cell «f_ph».
Immunisation: ‹HPV dose 1› given to 42 pupils; 3 absent including «p_g».
Letters sent home on «d2_dmy». Next visit of the school health team: «k_month».
"""

MOMO_RECEIPT = """--- SMS forwarded by «q_intl» ---
«momo_sms»
--- WhatsApp to the hospital accounts line ---
Hello accounts, this is «q_n». I have paid for «p_n» in ward 6 since «d3_dmy», hospital number «p_hn». Kindly confirm so they can release «p_him». If any balance call me on «q_ph» or «q_ph2».
--- Cashier ---
«k_fac» - OFFICIAL RECEIPT No. ‹R-004512›
Received from: «q_NC»          On behalf of patient: «p_NC» («p_hn»)
Payer «q_idl»: «q_id»
Amount: «k_amt»    Mode: «k_wallet», ref «txn»
Bill account: «acct»      Date: «d1_dmy»
"""

EMS_LOG = """EMS RADIO / CALL LOG - unit ‹Rescue 3› - «k_wd» day shift
«k_t1» Call from «q_n» on «q_ph»: MVA, taxi vs pedestrian, «p_st» near «p_lm», «p_town».
«k_t2» Rescue 3 dispatched. ETA 12 min.
«k_t3» On scene. Pt 1: «p_n», driver of sedan reg «plate». GCS 14, ?fracture L femur. Driver's licence «lic» found in wallet.
«k_t4» Pt 2: pedestrian, ID says «c_NC», «k_age2». Head injury, GCS 9. NOK unknown.
«k_t5» Bystander «d_g» (cell «d_ph») says pt 2 lives at «c_addr».
«k_t6» En route to «k_fac». «k_drug3» given. «k_bp».
«k_t7» Handover at resus. Pt 1's wife «e_n» informed on «e_ph».
«k_t8» Back in service.
"""

DHIS2 = """{"program":"ANC / PMTCT tracker","orgUnitName":"«k_fac»","trackedEntityInstance":"«tei»","eventDate":"«d1_iso»","status":"COMPLETED",
"attributes":[{"displayName":"First name","value":"«p_g»"},{"displayName":"Surname","value":"«p_f»"},{"displayName":"Date of birth","value":"«p_dob_iso»"},
{"displayName":"Phone number","value":"«p_intl»"},{"displayName":"National ID","value":"«p_id»"},{"displayName":"Village","value":"«p_village»"},
{"displayName":"Landmark / directions","value":"behind «p_lm»"},{"displayName":"Next of kin","value":"«q_n»"},{"displayName":"Next of kin phone","value":"«q_intl»"},
{"displayName":"District","value":"«k_region»"},{"displayName":"Country","value":"«k_country»"}],
"dataValues":[{"displayName":"Gestational age","value":"‹28 weeks›"},{"displayName":"Hb","value":"«k_hb»"},{"displayName":"ART regimen","value":"«k_reg1»"},{"displayName":"Next appointment","value":"«d2_iso»"}],
"notes":[{"value":"Client «p_g» says her husband «q_g» does not know her status. Call only on her sister's line «c_ph» and ask for Mama «p_kid». Sister is «c_n»."}],
"geometry":{"type":"Point","coordinates":"«gps»"}}
"""

BREACH_EMAIL = """From: ICT Security Officer <ict.security@health.example>
To: Ward Sisters; Health Records; Quality Office
Subject: URGENT - possible data breach - stolen laptop (Ward 5) - affected patients

Colleagues,

A laptop was stolen from the Ward 5 nurses' station on «k_wd» night. It held an unencrypted follow-up spreadsheet; its password («pw») was written on a sticky note on the lid. The following patients' details were in it. Please telephone each of them today and document the call:

  1. «p_n» - «p_idl» «p_id» - «p_ph» - «p_em»
  2. «c_FcG» - DOB «c_dob_dmy» - Hosp. No. «c_hn» - NOK «q_n» «q_ph»
  3. «d_n» - «d_addr»
  4. «e_g» «e_f» - «e_em» - last portal login from «ip» on «d3_dmy»
  5. «f_n» (aged «old») - «f_ph»

One patient («e_g») had also pasted her Facebook profile («url») into the notes column.
The spreadsheet also held the ‹ART clinic› refill list («k_reg1», «k_reg2») and ‹ANC clinic› bookings.
The incident has been reported to «k_fac» management, the «k_region» health office and the police.

Regards,
ICT Security Officer
"""

CHILD_CARD = """CHILD HEALTH CARD - copy of front page («k_country»)
Child's name: «p_n»            Sex: «p_sexl»        Date of birth: «p_dob_dmy»
Birth weight: «k_bw»           Place of birth: «k_fac»
Mother's name: «q_n»          «q_idl»: «q_id»     Cell: «q_ph»
Father's name: «c_n»          Cell: «c_ph»
Residential address: «q_addr»
Clinic folder no.: «p_hn»
Immunisations: ‹BCG›/‹OPV0› «p_dob_dm»; 6 weeks «imm6_dmy»; 10 weeks «imm10_dmy»; 14 weeks «imm14_dmy» (‹PCV›, ‹Rotavirus›)
District: «k_region»
Mother on «k_reg1»: infant PCR at birth negative, at 10 weeks negative. NVP prophylaxis given.
Notes: the mother is known at the clinic as "Mama «p_g»"; the child is called «p_nick» at home. Granny «d_n» brings the child when the mother works.
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("af38_gopd_clinic_card", ["ng", "gh"], "text", OPD_CARD),
    ("af38_antenatal_register_page", ["gh", "ng"], "text", ANC_REGISTER),
    ("af38_art_register_cohort_excerpt", ["zw", "zm"], "text", ART_REGISTER),
    ("af38_tb_treatment_card", ["ke", "ug"], "text", TB_CARD),
    ("af38_referral_to_teaching_hospital", ["ug", "tz"], "text", REFERRAL),
    ("af38_chw_monthly_report", ["sl", "tz"], "text", CHW_REPORT),
    ("af38_insurance_claim_form", ["ke", "za"], "text", CLAIM_FORM),
    ("af38_maternity_nurses_whatsapp", ["ng", "zm"], "text", WHATSAPP),
    ("af38_sms_gateway_outbox", ["ke", "bw"], "text", SMS_LOG),
    ("af38_caribbean_discharge_summary", ["jm", "gy"], "text", DISCHARGE),
    ("af38_verbal_autopsy_summary", ["za", "tz"], "text", VERBAL_AUTOPSY),
    ("af38_pharmacy_stockout_memo", ["zm", "zw"], "text", STOCKOUT),
    ("af38_school_health_report", ["tt", "bb"], "text", SCHOOL_HEALTH),
    ("af38_mobile_money_bill_receipt", ["ke", "gh"], "text", MOMO_RECEIPT),
    ("af38_ems_radio_call_log", ["za", "jm"], "text", EMS_LOG),
    ("af38_dhis2_tracker_event_json", ["ug", "sl"], "json", DHIS2),
    ("af38_data_breach_staff_email", ["bb", "bw"], "text", BREACH_EMAIL),
    ("af38_child_health_card", ["za", "bw"], "text", CHILD_CARD),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    import json

    cc = locs[index % len(locs)]
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe38:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, cc, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, cc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
