# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-ninth independent probe corpus: international patients and medical tourism -- patients from the Gulf,
West and East Africa, Iraq, Libya, Russia, Central Asia, Mongolia, South Asia, the Maldives, China, Indonesia and the
United States travelling to hospitals in India, Thailand, Turkey, Malaysia, Singapore, South Korea, Germany and Mexico
-- built the way an outside evaluator builds a held-out set, with its own templates and its own name lists
(people.py).

34 labelled documents in 17 kinds per seed, two of each: an international coordinator's e-mail thread with the
family, a coordinator's WhatsApp thread with the attendant, a cost estimate / package quote, a visa-support letter
for the patient and an attendant, an airport pick-up and hotel booking confirmation, a treatment summary for the home
doctor, an embassy or insurer guarantee-of-payment letter, a translation / interpreter request, a follow-up
tele-consult note, a fitness-to-fly certificate, a medical escort handover, a passport scan's metadata (JSON), a
repatriation file for a patient who died abroad, an international patient registration form, a deposit receipt with a
refund request, a facilitator's arrivals manifest (CSV) and the home doctor's referral letter. Names are in Latin
transliteration with their variants (Al- / El- / al-, bin / bint / binti, patronymics, initials, FAMILY GIVEN in
passport style, family-name-first for Chinese, Korean and Mongolian names) and sometimes in the original script
beside them.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ in the fitness-to-fly
certificate, the escort handover and the repatriation file), `a` the attendant (a relative), `k` another relative at
home, `h` the home doctor, `c` the international coordinator, `d` `d2` the treating doctors, `t` an interpreter, `e`
an escort nurse, `v` the driver, `f` a facilitator agent, `m1`-`m3` other arriving patients. Forms: `_n` full name as
an official letter writes it, `_s` given and family in the culture's order, `_g` given, `_f` family (with its
particle), `_i` an initial and the family name, `_up` FAMILY GIVEN (passport), `_scr` " / " and the original script
(or nothing), `_ph` `_ph2` `_em`, `_addr` `_line` `_town`, `_dob` (home-country form) `_dobiso` `_dobpp`, `_age`
(keep, under 90), `_old` (AGE, 90+), `_pass`, `_nat` with its label `_natl`, `_plan` with `_planl` and the payer
`_ins`, `_tax`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, attendant, relatives, home doctor, coordinators, doctors,
  interpreters, escorts, drivers, agents: full (with bin / bint / binti, patronymic, o'g'li / qizi as one value),
  given alone, family alone (with its Al- / El- particle), an initial and the family name, FAMILY GIVEN in capitals,
  and the name in Han characters, Hangul or Cyrillic beside the Latin one (a value of its own). Honorifics, roles
  and relationships (Dr, Mr, Mrs, father, son) are plain text.
- ADDRESS: home addresses abroad -- street, house, block, zone, mahalla or khoroo lines and towns (a P.O. box too);
  ZIP: the postcode of a home address where the country writes one (Saudi, Omani, Kuwaiti, Nigerian, Kenyan, Iraqi,
  Russian, Kazakh, Uzbek, Mongolian, Bangladeshi, Maldivian, Chinese, Indonesian, US). Countries, US states and the
  destination city of treatment ("Chennai", "Bangkok") are plain text: the city where a hospital stands is the
  organisation's location, not the patient's. Hotel names and room numbers are keep.
- DATE: every date more specific than a year (day and month alone too; date of birth, arrival, departure, visa
  validity, passport expiry, death); years alone keep. AGE: 90 and over; ages under 90 keep.
- PHONE and EMAIL of any person (staff's mobiles and direct addresses too). URL: a link carrying a token or a
  patient's record or upload id. IP: the address a login, upload or call came from.
- SSN: national numbers that are tax or social-insurance numbers -- US SSN, Russian SNILS, Kazakh IIN, Uzbek PINFL,
  Kenyan KRA PIN. ID: other national identity numbers (Saudi national ID, Emirates ID, Omani civil number, Kuwaiti
  civil ID, QID, Nigerian NIN, Ghana Card, Kenyan ID, Iraqi and Libyan national numbers, Mongolian register number,
  Bangladeshi NID, Maldivian NID, Chinese resident ID, Indonesian NIK), passport numbers, visa numbers and visa
  application ids, guarantee-of-payment, case, estimate, referral, consulate NOC and air-waybill numbers, and flight
  booking references (PNR) and ticket numbers: each retrieves one named traveller's record. MRN: hospital record
  numbers (UHID, HN, protocol, Fallnummer, expediente). HEALTH_PLAN: insurance and scheme member and policy numbers.
  ACCOUNT: a hospital billing / deposit account and an IBAN. LICENSE: a doctor's registration number. DEVICE: the
  serial of an implant or of a medical device that travels with the patient. VEHICLE: the plate of the car that
  fetches a named patient.
- Keep (must survive): drugs and doses, procedures and their CPT codes, ICD-10 codes, hospitals, hotels, airlines'
  flight numbers (a flight number alone identifies a flight, not a person: the date beside it is labelled, the
  flight number is not), insurers, embassies and ministries, the destination city, prices and currencies, times,
  years alone, ages under 90, room numbers, visa categories, headings marked ‹...›.
- A draw that makes a label ambiguous (a name word or PHI value also elsewhere in the document outside its spans,
  in any case) is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe89 import ids
from tests.engine.probe89.people import DESTS, ORIGINS, K, Origin, P, Person, Slot, draw_person, fill

__all__ = ["OLD_P", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
Y = 365
HOSP_DATE = {"IN": "%d-%b-%Y", "TH": "%d/%m/%Y", "TR": "%d.%m.%Y", "MY": "%d/%m/%Y", "SG": "%d %b %Y", "KR": "%Y.%m.%d", "DE": "%d.%m.%Y", "MX": "%d/%m/%Y"}  # fmt: skip


def date_forms(d: date, style: str, dest: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    home = {"dmy/": f"{d:%d/%m/%Y}", "dmy.": f"{d:%d.%m.%Y}", "mdy": f"{d:%m/%d/%Y}", "iso": d.isoformat()}[
        style
    ]
    return {
        "o": D(home),
        "h": D(d.strftime(HOSP_DATE[dest])),
        "long": D(f"{mon} {d.day}, {d.year}" if style == "mdy" else f"{d.day} {mon} {d.year}"),
        "dm": D(f"{mon} {d.day}" if style == "mdy" else f"{d.day} {mon}"),
        "iso": D(d.isoformat()),
        "pp": D(f"{d.day:02d} {mon[:3].upper()} {d.year}"),
        "wa": D(f"{d:%d/%m/%Y}"),
    }


def address(w: Person, o: Origin) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    if o.code == "US":
        return (A(w.line), ", ", A(w.town), f", {w.region} ", P("ZIP", w.postcode), ", USA")
    if w.postcode:
        return (A(w.line), ", ", A(w.town), " ", P("ZIP", w.postcode), f", {o.country}")
    return (A(w.line), ", ", A(w.town), f", {o.country}")


TRAVEL_PLAN = ("Allianz Travel", "Travel policy no.", "ATP-%########")


def person_slots(x: str, w: Person, ref: date, dest: str) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    o = ORIGINS.get(w.home)
    style = o.dates if o else "dmy/"
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, style, dest)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_s": N(w.short), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_i": N(w.initial), f"{x}_up": N(w.upper),
        f"{x}_scr": (" / ", N(w.script)) if w.script else "", f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_dob": dob["o"], f"{x}_dobiso": dob["iso"], f"{x}_dobpp": dob["pp"], f"{x}_doblong": dob["long"], f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_sex": "F" if w.female else "M", f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_His": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him", f"{x}_title": "Mrs" if w.female else "Mr",
    }  # fmt: skip
    if o:
        s[f"{x}_addr"] = address(w, o)
        s[f"{x}_line"], s[f"{x}_town"] = P("ADDRESS", w.line), P("ADDRESS", w.town)
        s[f"{x}_country"] = o.country
        s[f"{x}_pass"] = P("ID", w.ids["pass"])
        s[f"{x}_natl"], s[f"{x}_nat"] = o.nat[0], P(o.nat[1], w.ids["nat"])
        ins, label, _ = o.plan or TRAVEL_PLAN
        s[f"{x}_ins"], s[f"{x}_planl"] = K(ins), label
        s[f"{x}_plan"] = (
            P("HEALTH_PLAN", w.ids["plan"])
            if "plan" in w.ids
            else P("HEALTH_PLAN", fill(random.Random(w.email), TRAVEL_PLAN[2]))
        )
        s[f"{x}_tax"] = ("KRA PIN ", P("SSN", w.ids["tax"])) if "tax" in w.ids else "no tax number"
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

PROCS = [("coronary artery bypass, three grafts", "33533"), ("total knee arthroplasty", "27447"), ("total hip arthroplasty", "27130"), ("laparoscopic sleeve gastrectomy", "43775"),
         ("cochlear implant", "69930"), ("PCI with drug-eluting stent", "92928"), ("living-donor kidney transplant", "50360"), ("lumbar spinal fusion", "22612"),
         ("proton beam therapy", "77525"), ("cataract extraction with IOL", "66984"), ("mitral valve repair", "33426"), ("radical prostatectomy", "55866")]  # fmt: skip
ICD = {"I25.10": "coronary artery disease", "M17.11": "primary osteoarthritis, right knee", "N18.5": "chronic kidney disease stage 5", "C50.911": "malignant neoplasm of right breast",
       "E66.01": "morbid obesity", "H90.3": "bilateral sensorineural hearing loss", "C61": "malignant neoplasm of prostate", "M48.062": "lumbar spinal stenosis",
       "I34.0": "mitral regurgitation", "H25.11": "age-related nuclear cataract", "M16.11": "primary osteoarthritis, right hip"}  # fmt: skip
DRUGS = ["clopidogrel 75 mg", "atorvastatin 80 mg", "tacrolimus 2 mg", "mycophenolate 720 mg", "enoxaparin 40 mg SC", "apixaban 2.5 mg", "pantoprazole 40 mg", "paracetamol 1 g",
         "tramadol 50 mg", "metoprolol 25 mg", "insulin glargine 14 units", "prednisolone 5 mg", "cefuroxime 500 mg", "ondansetron 4 mg", "bicalutamide 50 mg", "aspirin 75 mg"]  # fmt: skip
FLIGHTS = {"IN": ["EK 544", "QR 528", "SV 762", "6E 1424", "WY 251"], "TH": ["TG 518", "QR 832", "EK 384", "KC 931"], "TR": ["TK 145", "TK 779", "PC 663", "TK 61"],
           "MY": ["MH 161", "QR 848", "AK 1357"], "SG": ["SQ 495", "SQ 237", "TR 2321"], "KR": ["KE 952", "OZ 571", "KE 868"], "DE": ["LH 631", "LH 717", "EY 5"],
           "MX": ["Y4 482", "VB 1104", "AM 649"]}  # fmt: skip
SPECIALTY = ["Cardiothoracic Surgery", "Orthopaedics", "Bariatric Surgery", "ENT", "Interventional Cardiology", "Transplant Surgery", "Spine Surgery", "Radiation Oncology",
             "Ophthalmology", "Cardiac Surgery", "Urology"]  # fmt: skip
LANGS = {"gulf": "Arabic", "iraqi": "Arabic", "libyan": "Arabic", "nigerian": "Yoruba / Igbo", "ghanaian": "Twi / Ewe", "kenyan": "Swahili", "russian": "Russian", "kazakh": "Kazakh",
         "uzbek": "Uzbek", "mongol": "Mongolian", "bangla": "Bengali", "maldivian": "Dhivehi", "chinese": "Mandarin", "indonesian": "Bahasa Indonesia", "american": "English"}  # fmt: skip
LABS = [
    "Hb 11.2 g/dL",
    "creatinine 1.4 mg/dL",
    "INR 2.3",
    "SpO2 94% on room air",
    "BP 132/84",
    "HbA1c 7.8%",
    "eGFR 38",
    "troponin negative",
    "PSA 0.04 ng/mL",
]
TIMES = [
    "0610",
    "0725",
    "0840",
    "0955",
    "1105",
    "1230",
    "1345",
    "1420",
    "1535",
    "1650",
    "1810",
    "1925",
    "2040",
    "2215",
]
YEARS = [str(y) for y in range(2008, 2022)]
RELS = {
    True: ["wife", "daughter", "sister", "mother", "niece"],
    False: ["husband", "son", "brother", "father", "nephew"],
}
COUNTRY_OF = {
    "IN": "India",
    "TH": "Thailand",
    "TR": "Türkiye",
    "MY": "Malaysia",
    "SG": "Singapore",
    "KR": "the Republic of Korea",
    "DE": "Germany",
    "MX": "Mexico",
}
PLATES = {"IN": "TN 0% @@ %###", "TH": "%@@ %###", "TR": "34 @@ %##", "MY": "W@@ %###", "SG": "S@@%###@", "KR": "%#@ %###", "DE": "B-@@ %###", "MX": "@@@-%##-@"}  # fmt: skip


# ---- templates ------------------------------------------------------------------------------------------------

EMAIL = """From: «c_n» <«c_em»>
To: «a_em»
Cc: «h_em»
Date: «d1_long» «t2c»
Subject: RE: Treatment plan for «p_s» - «mrnl» «mrn»

Dear «a_title» «a_g»,

Thank you for sending «p_g»'s reports. Dr «d_s» («specialty») has reviewed the imaging of «d0_dm» sent by Dr «h_n» and
recommends «proc» (CPT «cpt») at «hospital», «city», for «icd_desc» («icd»). Expected stay: 8 nights in hospital, then 10
nights in «city» before the flight home.

To issue the visa invitation we need clear scans of both passports: «p_up» («p_pass») and yours («a_pass»). Please
confirm «p_his» date of birth, «p_dob», and the «p_natl» «p_nat» as in the papers from «p_ins» (member no. «p_plan»).
Package estimate: «price». The hospital's «flight» arrival pick-up is included.

Kind regards,
«c_s» | International Patient Services, «hospital» | mobile / WhatsApp «c_ph»

> On «d3_long», «a_n» <«a_em»> wrote:
> Good evening. My «p_rel» «p_n»«p_scr» is «p_age» years old and has «icd_desc» since «year». Dr «h_i» in «p_country»
> says surgery abroad is better. Our address is «p_addr». I will travel with «p_him». Please call me on «a_ph».
"""

WHATSAPP = """[«d2_wa», «t1c»] «c_g» (IPS): Good morning «a_g», welcome to «city»! «hospital» driver «v_s» is waiting at arrivals with a board «p_up». His number «v_ph»
[«d2_wa», «t1c»] «a_g»: We landed «flight». Immigration long queue. My «p_rel» is in the wheelchair
[«d2_wa», «t2c»] «c_g» (IPS): No problem. Car plate «plate», white van. Booking «pnr» at «hotel», «room»
[«d2_wa», «t2c»] «a_g»: ok. my new local sim is «a_ph2» please save
[«d2_wa», «t3c»] «c_g» (IPS): Saved. Tomorrow 8am registration, bring passport «p_pass» and the «p_ins» card «p_plan»
[«d8_wa», «t4c»] «a_g»: Dr «d_f» said operation on «d4_dm»? «p_g» is asking
[«d8_wa», «t4c»] «c_g» (IPS): Yes «d4_dm», «proc». Please don't give «p_him» food after midnight. «mrnl» «mrn» for the pharmacy
[«d8_wa», «t5c»] «a_g»: my brother «k_s» will call you from home «k_ph», he sends the money
[«d8_wa», «t5c»] «c_g» (IPS): 👍 Send him my email «c_em». Interpreter «t_s» will be with you «t6c»
"""

QUOTE = """«hospital» - ‹INTERNATIONAL PATIENT COST ESTIMATE›                   Estimate no. «est»
Date: «d1_h»     Valid until: «d4_h»     Prepared by: «c_n»«c_scr» («c_em»)
Patient: «p_up»«p_scr»     Passport: «p_pass»     «p_natl»: «p_nat»     Nationality: «p_country»     Age: «p_age»
«mrnl»: «mrn»     Referred by: Dr «h_n», «p_country»     Agent: «f_n» («f_ph»)
Diagnosis: «icd» «icd_desc»
Proposed procedure: «proc» - CPT «cpt» - under Dr «d_n», «specialty»
Package («currency»): «price» incl. surgeon and anaesthesia fees, «room_type», 6 ICU hours, «drug1», physiotherapy
Not included: implants above standard grade, blood products, «drug2» after discharge, hotel stay at «hotel»
Attendant: «a_n» (passport «a_pass») - companion bed included
Payer: «p_ins» - «p_planl» «p_plan» (subject to guarantee of payment); balance by deposit to account «acct»
Quote based on reports dated «d3_h»; tariff of «year», fixed for this admission only.
"""

VISA = """«hospital», «city»                                        Ref: «case»
«d1_long»

To: The Visa Officer, Embassy of «dest_country», «p_country»
‹Subject: Medical visa invitation›

This is to certify that «p_n»«p_scr», holder of passport no. «p_pass», born «p_dob», «p_natl» «p_nat», has been
advised «proc» at «hospital» under Dr «d_n» («d_licl» «d_lic»). The patient is expected to arrive on «d2_long» and treatment
will take about four weeks. We request a «visa_p» for the patient and a «visa_a» for the attendant, «a_n»«a_scr»
(«a_rel»), passport no. «a_pass», born «a_dob». Visa application id of the patient: «visa_no».
Home address as declared: «p_addr».
Estimated cost «price», payable by «payer». Contact «c_n», «c_ph», «c_em».

Dr «d2_n»
Medical Director (International)
"""

PICKUP = """‹BOOKING CONFIRMATION - AIRPORT TRANSFER & ACCOMMODATION›    «hospital» Concierge    Booking ref «booking»
Guest(s): «p_n» (patient, wheelchair) and «a_n»
Flight: «flight» arriving «d2_h» «t3c»     PNR: «pnr»     E-ticket: «ticket»
Driver: «v_n» («v_ph»)     Vehicle: «car», plate «plate»
Hotel: «hotel», «room», check-in «d2_iso», check-out «d5_iso» (accessible room, halal breakfast)
Contact in «city»: «c_s» «c_ph»     Guest mobile: «a_ph»     Guest email: «a_em»
Billing: guest account «acct»; hotel «currency» 3,900 per night
Notes: «p_g» uses «drug1»; keep a fridge in the room. Return transfer on «d5_dm» for «flight2».
"""

SUMMARY = """«hospital», «city» - ‹TREATMENT SUMMARY FOR THE REFERRING PHYSICIAN›
To: Dr «h_n», «p_country» («h_em»)                         «d5_long»
Patient: «p_n»«p_scr»     DOB «p_dob»     Passport «p_pass»     «mrnl» «mrn»
Admitted «d2_h», operated «d4_h», discharged «d5_h».
Diagnosis: «icd» «icd_desc». Procedure: «proc» (CPT «cpt») by Dr «d_n» and Dr «d2_i».
Course: uneventful; «lab1» on day 3. Transfused no blood. Mobilised day 1.
Discharge medication: «drug1»; «drug2»; «drug3».
Follow-up: wound review with you at 2 weeks; tele-consult with Dr «d_f» on «d6_dm».
The patient flies home with «p_his» «a_rel», «a_s» («a_ph»). Please contact «c_n» («c_em», «c_ph») with any question.
Dr «d_s», «d_licl» «d_lic»
"""

GOP = """«payer»
‹GUARANTEE OF PAYMENT›                                                GOP no. «gop»
Date: «d1_long»     To: International Office, «hospital», «city»
We guarantee payment of the hospital charges of our «p_ins» member:
  Name: «p_n»«p_scr»       Member no.: «p_plan»       «p_natl»: «p_nat»
  Passport: «p_pass»       Date of birth: «p_dob»      Case no.: «case»
for «proc» (CPT «cpt») and related care from «d2_long» to «d5_long», up to «price».
Attendant covered for accommodation only: «a_n»«a_scr», passport «a_pass».
Excluded: personal items, extra nights at «hotel». Send the final invoice to the case officer, «o_n»
(«o_ph», «o_em»), quoting the GOP number. Home address on file: «p_addr».
"""

TRANSLATE = """‹INTERPRETER & TRANSLATION REQUEST›   «hospital» International Office         Request «req»
Requested by: «c_n»«c_scr» («c_ph»)      Date: «d1_h»
Patient: «p_s»«p_scr»   «mrnl»: «mrn»   «p_natl»: «p_nat»   Language: «lang»   Age: «p_age»
Appointment: «d4_h» «t3c», clinic of Dr «d_n» («specialty») - consent for «proc»
Interpreter assigned: «t_n», mobile «t_ph», email «t_em»
Documents to translate into English (received by email from «a_em»):
 1. Discharge letter of «d3_h» from «p_country», signed by Dr «h_n»
 2. Angiography report naming «p_up», passport «p_pass»
 3. Letter from «p_ins» with «p_planl» «p_plan»
Family member present: «a_s» («a_rel»), «a_ph». Bill translation to guest account «acct».
"""

TELE = """«hospital» - ‹TELE-CONSULTATION (FOLLOW-UP)›           «d4_h» «t2c» «tz»
Doctor: «d_n» («specialty»)    Interpreter on call: «t_s»
Patient: «p_n»«p_scr», joined from «p_country» via «url»
Connection: IP «ip», device «model»     «mrnl» «mrn»     DOB «p_dob»
Current address (for prescriptions): «p_addr»; mobile «p_ph»
S: «p_age» y/o, «post_day» weeks after «proc» in «city». Mild ankle swelling. Taking «drug1» and «drug2».
O: home readings sent by «p_his» «a_rel» «a_s» - «lab1»; wound photo uploaded «d6_h».
A: recovering; «icd» «icd_desc».
P: continue «drug1»; stop «drug2» on «d6_dm». Local bloods with Dr «h_n» («h_ph»). Next call «d9_long».
"""

FTF = """‹FITNESS TO FLY / MEDIF PART 2›   «airline»    Flight «flight2» on «d5_long»
Passenger: «p_up»      Age: «p_old»      Date of birth: «p_dobpp»      Passport: «p_pass»      «p_natl» «p_nat»
Booking reference: «pnr»     Ticket: «ticket»
Diagnosis: «icd» «icd_desc», «proc» on «d4_h». Now «post_day» weeks post-op, stable.
Oxygen: 2 L/min by portable concentrator, serial «poc»     Implant: pacemaker serial «pacer»
Wheelchair: WCHC (to seat). Stretcher: no. Escort: «e_n» (RN), «e_ph».
Medication in cabin: «drug1», «drug3».
The passenger «p_n», «p_old» years of age, is fit to fly with the above. Receiving doctor: Dr «h_n», «h_ph».
Certified by Dr «d_n», «hospital», «d_licl» «d_lic», «d1_h».
"""

ESCORT = """‹MEDICAL ESCORT HANDOVER›   «hospital» -> «p_country»            Mission «mission»
Date: «d5_h»   Flight: «flight2» dep «t2c»   Seats 3A/3C     Escort: «e_n» («e_ph», «e_em»)
Patient: «p_n»«p_scr»   Age «p_old»   DOB «p_dob»   «mrnl» «mrn»   Passport «p_pass»   «p_natl» «p_nat»
Handed over at arrival to: Dr «h_n» and «p_his» «k_rel» «k_n» («k_ph»), ambulance to «p_addr»
Clinical: «icd» «icd_desc». «proc» on «d4_dm». In flight: «lab1», no events. Gave «drug3» at «t4c».
Equipment returned: oxygen concentrator serial «poc». Pacemaker card (serial «pacer») in patient folder.
Insurer: «p_ins» «p_plan»; case «case». Signed: «e_i» / received: «h_i».
"""

PASSPORT = """{"upload_id": "«upload»", "uploaded_at": "«d1_iso»T«t1p»:12Z", "uploaded_by": "«a_em»", "client_ip": "«ip»",
 "file": "«url»", "hospital": "«hospital»", "mrn": "«mrn»",
 "ocr": {"type": "P", "surname": "«p_fup»", "given_names": "«p_gup»", "passport_no": "«p_pass»", "nationality": "«p_country»",
         "date_of_birth": "«p_dobpp»", "date_of_expiry": "«d7_pp»", "national_id": "«p_nat»", "name_native": "«p_scrv»"},
 "attendant": {"name": "«a_up»", "passport_no": "«a_pass»", "date_of_birth": "«a_dobpp»"},
 "reviewed_by": "«c_em»", "review_note": "Matches visa application «visa_no» («visa_p»); flight «flight» on «d2_iso»", "retention": "«year» policy",
 "admission": {"procedure": "«proc»", "cpt": "«cpt»", "icd10": "«icd»", "stay": "«hotel»", "room": "«room»", "deposit": "«price»"}}
"""

REPAT = """‹REPATRIATION OF MORTAL REMAINS - CHECKLIST›     «hospital», «city»      File «case»
Deceased: «p_n»«p_scr»     Age «p_old»     DOB «p_dob»     Passport «p_pass»     «p_natl» «p_nat»
Date of death: «d5_long» at «t3c», «mrnl» «mrn». Cause: «icd» «icd_desc» (after «proc»). Certified by Dr «d_n».
Next of kin: «a_n» («a_rel»), passport «a_pass», «a_ph»; at home «k_n» («k_ph»).
[x] Death certificate no. «death_cert» issued «d6_h»     [x] Embalming certificate, funeral home «funeral»
[x] Consulate NOC no. «noc» from «payer»     [x] Air waybill «awb» on «flight2», «d6_dm»
Burial at home town; address for the family: «p_addr». Insurer «p_ins» («p_plan») informed on «d5_dm».
Coordinator: «c_n», «c_ph».
"""

REGISTRATION = """«hospital» - ‹INTERNATIONAL PATIENT REGISTRATION›      Registered «d1_h» «t1c» by «c_i»
Family name: «p_f»       Given name: «p_g»       Name in passport: «p_up»«p_scr»
Date of birth: «p_dob»   Sex: «p_sex»   Age: «p_age»   Nationality: «p_country»
Passport no.: «p_pass»   Expiry: «d7_h»   Visa: «visa_no» («visa_p»)
«p_natl»: «p_nat»        Tax / social number: «p_tax»
Home address: «p_addr»
Mobile: «p_ph»   Email: «p_em»
Local stay: «hotel», «room»   Local mobile: «a_ph2»
Insurance: «p_ins», «p_planl» «p_plan»     Payer: «payer», GOP «gop»
Attendant: «a_n»«a_scr», «a_rel», passport «a_pass», DOB «a_dob»
Emergency contact at home: «k_n», «k_ph»
«mrnl» assigned: «mrn»     Billing account: «acct»
"""

DEPOSIT = """«hospital» - ‹DEPOSIT RECEIPT / REFUND REQUEST›                 Receipt «receipt»
Date: «d1_h»     Cashier: «c_i»
Received from: «a_n» on behalf of patient «p_n» («mrnl» «mrn»)
Amount: «price» by bank transfer to patient account «acct»
Admission for «proc»; expected discharge «d5_h».
REFUND of unused deposit requested by «a_s» on «d5_dm»: pay to «refund_iban», account holder «a_up»
Bank contact: «a_em», «a_ph»     Passport seen: «a_pass»
Approved: «d2_n», Finance, «d6_h»
"""

MANIFEST = """# «agency» - arrivals for «hospital», «city» - week of «d2_iso» - sent by «f_em» from «ip»
name,passport,nationality,dob,flight,arrival,pnr,procedure,mobile,attendant,attendant_passport
«p_up»,«p_pass»,«p_country»,«p_dobiso»,«flight»,«d2_iso»,«pnr»,«proc_short»,«p_ph»,«a_up»,«a_pass»
«m1_up»,«m1_pass»,«m1_country»,«m1_dobiso»,«flight»,«d2_iso»,«pnr2»,«proc2_short»,«m1_ph»,,
«m2_up»,«m2_pass»,«m2_country»,«m2_dobiso»,«flight3»,«d6_iso»,«pnr3»,«proc2_short»,«m2_ph»,«m3_up»,«m3_pass»
# agent on duty «f_s» «f_ph»; invoices to «agency»
"""

REFERRAL = """Dr «h_n»«h_scr»
«h_addr»
Tel «h_ph» | «h_em»                                                     «d1_long»

To: International Patient Office, «hospital», «city»
‹Re: referral for specialist treatment›

I refer «p_n», born «p_dob», «p_natl» «p_nat», passport «p_pass», of «p_addr». «p_He» has had «icd_desc»
(«icd») since «year», treated with «drug1» and «drug2»; last «lab1». I would be grateful if Dr «d_n» could assess «p_him»
for «proc». «p_He» will travel with «p_his» «a_rel», «a_n» («a_ph»). Insurance: «p_ins» «p_plan».
Please send reports to me and to the family at «a_em».

Yours sincerely,
Dr «h_s», licence «h_lic»
"""

TEMPLATES: list[tuple[str, list[tuple[str, str]], str, str]] = [
    (
        "p89_coordinator_email_thread",
        [("SA", "IN"), ("NG", "IN"), ("KE", "IN"), ("IQ", "IN"), ("BD", "IN"), ("MV", "IN")],
        "text",
        EMAIL,
    ),
    (
        "p89_coordinator_whatsapp_thread",
        [("KW", "TH"), ("OM", "TH"), ("MN", "KR"), ("QA", "TR"), ("LY", "TR"), ("GH", "IN")],
        "text",
        WHATSAPP,
    ),
    (
        "p89_cost_estimate_quote",
        [("CN", "KR"), ("RU", "TR"), ("ID", "MY"), ("US", "MX"), ("KZ", "KR"), ("AE", "DE")],
        "text",
        QUOTE,
    ),
    (
        "p89_visa_support_letter",
        [("NG", "IN"), ("UZ", "IN"), ("IQ", "IN"), ("BD", "IN"), ("KE", "TR"), ("MN", "KR")],
        "text",
        VISA,
    ),
    (
        "p89_pickup_hotel_booking",
        [("AE", "TH"), ("ID", "SG"), ("KZ", "KR"), ("GH", "TR"), ("US", "MX"), ("SA", "DE")],
        "text",
        PICKUP,
    ),
    (
        "p89_treatment_summary_home_doctor",
        [("MV", "IN"), ("RU", "DE"), ("LY", "TR"), ("CN", "SG"), ("KE", "IN"), ("OM", "TH")],
        "text",
        SUMMARY,
    ),
    (
        "p89_guarantee_of_payment",
        [("SA", "DE"), ("KW", "DE"), ("QA", "TH"), ("AE", "TH"), ("OM", "IN"), ("LY", "TR")],
        "text",
        GOP,
    ),
    (
        "p89_translation_request",
        [("RU", "KR"), ("UZ", "TR"), ("MN", "KR"), ("CN", "TH"), ("IQ", "IN"), ("KZ", "DE")],
        "text",
        TRANSLATE,
    ),
    (
        "p89_teleconsult_followup",
        [("NG", "IN"), ("US", "MX"), ("ID", "MY"), ("GH", "IN"), ("BD", "SG"), ("RU", "DE")],
        "text",
        TELE,
    ),
    (
        "p89_fitness_to_fly_certificate",
        [("KW", "DE"), ("US", "MX"), ("SA", "TH"), ("CN", "SG"), ("MV", "IN"), ("QA", "TR")],
        "text",
        FTF,
    ),
    (
        "p89_medical_escort_handover",
        [("AE", "DE"), ("NG", "IN"), ("KZ", "KR"), ("MN", "KR"), ("LY", "TR"), ("ID", "SG")],
        "text",
        ESCORT,
    ),
    (
        "p89_passport_scan_json",
        [("CN", "KR"), ("RU", "TR"), ("SA", "IN"), ("UZ", "IN"), ("KE", "IN"), ("MN", "KR")],
        "json",
        PASSPORT,
    ),
    (
        "p89_repatriation_file",
        [("OM", "IN"), ("IQ", "TR"), ("BD", "IN"), ("KW", "TH"), ("GH", "IN"), ("US", "MX")],
        "text",
        REPAT,
    ),
    (
        "p89_intl_registration_form",
        [("KE", "IN"), ("RU", "TR"), ("QA", "TH"), ("CN", "KR"), ("US", "MX"), ("UZ", "IN")],
        "text",
        REGISTRATION,
    ),
    (
        "p89_deposit_refund_receipt",
        [("SA", "TR"), ("KW", "DE"), ("QA", "TR"), ("AE", "DE"), ("SA", "DE"), ("KW", "TR")],
        "text",
        DEPOSIT,
    ),
    (
        "p89_facilitator_arrivals_csv",
        [("NG", "IN"), ("KZ", "TR"), ("BD", "IN"), ("MV", "MY"), ("ID", "MY"), ("IQ", "IN")],
        "text",
        MANIFEST,
    ),
    (
        "p89_home_doctor_referral_letter",
        [("GH", "IN"), ("LY", "TR"), ("MN", "KR"), ("MV", "SG"), ("UZ", "TR"), ("OM", "TH")],
        "text",
        REFERRAL,
    ),
]
OLD_P = {"p89_fitness_to_fly_certificate", "p89_medical_escort_handover", "p89_repatriation_file"}
# a home doctor's registration number where its shape is known (other countries: five digits)
HOME_LICENCE = {
    "NG": "MDCN/R/%####",
    "KE": "KMPDC/%####",
    "GH": "MDC/RN/%####",
    "RU": "%##-####",
    "US": "@%######",
    "BD": "A-%####",
    "ID": "SIP.%##/%###",
}
IBAN_COUNTRY = {"SA": "SA", "AE": "AE", "KW": "KW", "QA": "QA"}


def base_slots(rng: random.Random, origin: str, dest: str, kind: str) -> dict[str, Slot]:
    o, dd = ORIGINS[origin], DESTS[dest]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(640))
    used: set[str] = set()
    old = kind in OLD_P
    p = draw_person(rng, origin, used, d1, age_days=(90 * Y + 30, 98 * Y) if old else (24 * Y, 82 * Y))
    a = draw_person(
        rng,
        origin,
        used,
        d1,
        culture=p.culture,
        root=p.root if rng.random() < 0.5 else None,
        age_days=(24 * Y, 62 * Y),
        same_home=p,
    )
    ppl: dict[str, Person] = {"p": p, "a": a}
    ppl["k"] = draw_person(rng, origin, used, d1, culture=p.culture, age_days=(24 * Y, 70 * Y))
    ppl["h"] = draw_person(rng, origin, used, d1, age_days=(32 * Y, 66 * Y))
    ppl["o"] = draw_person(rng, origin, used, d1, age_days=(28 * Y, 60 * Y))
    for x in ("c", "d", "d2", "t", "e", "v"):
        ppl[x] = draw_person(rng, dest, used, d1, age_days=(26 * Y, 64 * Y))
    ppl["f"] = draw_person(rng, origin, used, d1, age_days=(26 * Y, 60 * Y))
    if kind == "p89_translation_request":  # the interpreter speaks the patient's language
        ppl["t"] = draw_person(rng, origin, used, d1, culture=p.culture, age_days=(26 * Y, 60 * Y))
    others = [c for c in ORIGINS if c != origin]
    for x in ("m1", "m2"):
        ppl[x] = draw_person(rng, rng.choice(others), used, d1, age_days=(30 * Y, 78 * Y))
    ppl["m3"] = draw_person(
        rng, ppl["m2"].home, used, d1, culture=ppl["m2"].culture, age_days=(24 * Y, 60 * Y)
    )
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, dest))
    s["p_fup"], s["p_gup"] = P("NAME", p.family.upper()), P("NAME", p.given.upper())
    s["p_scrv"] = P("NAME", p.script) if p.script else "n/a"
    s["p_rel"] = rng.choice(
        {True: ["mother", "aunt", "grandmother"], False: ["father", "uncle", "grandfather"]}[p.female]
    )
    s["a_rel"] = rng.choice(RELS[a.female])
    s["k_rel"] = rng.choice(RELS[ppl["k"].female])
    s["h_lic"] = P("LICENSE", fill(rng, HOME_LICENCE.get(origin, "%#####")))
    s["d_licl"], s["d_lic"] = dd.lic[0], P("LICENSE", fill(rng, dd.lic[1]))
    s["mrnl"], s["mrn"] = dd.mrn[0], P("MRN", fill(rng, dd.mrn[1]))
    s["visa_p"], s["visa_a"], s["visa_no"] = K(dd.visa[0]), K(dd.visa[1]), P("ID", fill(rng, dd.visa[2]))
    pnr = lambda: "".join(rng.choice("ABCDEFGHJKLMNPQRSTUVWXYZ23456789") for _ in range(6))  # noqa: E731
    s["pnr"], s["pnr2"], s["pnr3"] = P("ID", pnr()), P("ID", pnr()), P("ID", pnr())
    s["ticket"] = P(
        "ID", fill(rng, rng.choice(["176-##########", "157-##########", "235-##########", "618 ##########"]))
    )
    for key, pat in (("case", "%###/%#"), ("gop", "GOP-%#####-@"), ("est", "EST/%####"), ("req", "TR-%#####"), ("booking", "CNC-%####"), ("mission", "ME%####"),
                     ("noc", "NOC/%####/%#"), ("awb", "%##-#######"), ("death_cert", "DC-%######"), ("upload", "up_%#######"), ("receipt", "RCT%######")):  # fmt: skip
        s[key] = P("ID", fill(rng, pat))
    s["case"] = P("ID", fill(rng, rng.choice(["MC-%####/%#", "C%######", "%###/%#/@"])))
    s["acct"] = P("ACCOUNT", fill(rng, rng.choice(["IPA%#######", "%##-#####-#", "DEP%######"])))
    s["refund_iban"] = P("ACCOUNT", ids.iban(rng, IBAN_COUNTRY.get(origin, "DE")))
    s["plate"] = P("VEHICLE", fill(rng, PLATES[dest]))
    s["poc"] = P("DEVICE", fill(rng, rng.choice(["IG%########", "SPX%#######", "P2-%######"])))
    s["pacer"] = P("DEVICE", fill(rng, rng.choice(["PJN%######S", "RNB%######H", "%########"])))
    s["ip"] = P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(24))
    s["url"] = P(
        "URL",
        rng.choice([f"https://meet.{dd.domain}/join/{token}", f"https://files.{dd.domain}/u/{token}?dl=1"]),
    )
    s["model"] = K(rng.choice(["iPhone 13", "Samsung Galaxy A54", "Redmi Note 12"]))
    s["car"] = K(rng.choice(["Toyota HiAce", "Hyundai Staria", "Mercedes V-Class"]))
    s["tz"] = rng.choice(["IST", "ICT", "TRT", "MYT", "SGT", "KST", "CET", "PST"])
    dates = {
        "d1": d1,
        "d2": d1 + timedelta(days=rng.randint(3, 20)),
        "d3": d1 - timedelta(days=rng.randint(15, 120)),
    }
    dates["d0"] = dates["d3"] - timedelta(days=rng.randint(4, 30))
    dates["d8"] = dates["d2"] + timedelta(days=1)
    dates["d4"] = dates["d2"] + timedelta(days=rng.randint(2, 5))
    dates["d5"] = dates["d4"] + timedelta(days=rng.randint(7, 16))
    dates["d6"] = dates["d5"] + timedelta(days=rng.randint(2, 12))
    dates["d7"] = dates["d6"] + timedelta(days=rng.randint(200, 1500))
    dates["d9"] = dates["d6"] + timedelta(days=rng.randint(14, 40))
    for k, d in dates.items():
        for form, v in date_forms(d, o.dates, dest).items():
            s[f"{k}_{form}"] = v
    times = sorted(rng.sample(TIMES, 6))
    for i, t in enumerate(times, 1):
        s[f"t{i}c"] = K(f"{t[:2]}:{t[2:]}")
        s[f"t{i}p"] = f"{t[:2]}:{t[2:]}"
    (proc, cpt), (proc2, _) = rng.sample(PROCS, 2)
    s["proc"], s["cpt"], s["proc_short"], s["proc2_short"] = K(proc), K(cpt), K(proc), K(proc2)
    icd = rng.choice(list(ICD))
    s["icd"], s["icd_desc"] = K(icd), K(ICD[icd])
    drugs = rng.sample(DRUGS, 3)
    s["drug1"], s["drug2"], s["drug3"] = K(drugs[0]), K(drugs[1]), K(drugs[2])
    s["lab1"] = K(rng.choice(LABS))
    s["specialty"] = K(rng.choice(SPECIALTY))
    s["hospital"], s["hotel"], s["city"] = K(rng.choice(dd.hospitals)), K(rng.choice(dd.hotels)), K(dd.city)
    s["dest_country"] = COUNTRY_OF[dest]
    f1, f2, f3 = rng.sample(FLIGHTS[dest], 3)
    s["flight"], s["flight2"], s["flight3"] = K(f1), K(f2), K(f3)
    s["airline"] = {"EK": "Emirates", "QR": "Qatar Airways", "SV": "Saudia", "6E": "IndiGo", "WY": "Oman Air", "TG": "Thai Airways", "KC": "Air Astana", "TK": "Turkish Airlines",
                    "PC": "Pegasus", "MH": "Malaysia Airlines", "AK": "AirAsia", "SQ": "Singapore Airlines", "TR": "Scoot", "KE": "Korean Air", "OZ": "Asiana Airlines",
                    "LH": "Lufthansa", "EY": "Etihad", "Y4": "Volaris", "VB": "Viva Aerobus", "AM": "Aeroméxico"}[f2.split()[0]]  # fmt: skip
    amount = rng.randrange(6000, 60000, 50)
    s["currency"] = K(dd.currency)
    s["price"] = K(
        f"{dd.currency} {amount * (1300 if dest == 'KR' else 80 if dest == 'IN' else 30 if dest == 'TH' else 1):,}"
    )
    s["room"] = K(f"Room {rng.randint(3, 28)}{rng.randint(1, 40):02d}")
    s["room_type"] = K(rng.choice(["single deluxe room", "twin-sharing suite", "VIP suite"]))
    s["payer"] = K(rng.choice(o.payers))
    s["lang"] = K(LANGS[p.culture])
    s["agency"] = K(rng.choice(["MediTrip Partners", "HealWell Travel", "CareBridge Medical Tours"]))
    s["funeral"] = K(
        rng.choice(
            ["Al-Rahma Funeral Services", "Peaceful Journey Funeral Home", "Crescent Repatriation Services"]
        )
    )
    s["post_day"] = K(str(rng.randint(3, 8)))
    s["year"] = K(rng.choice(YEARS))
    return s


_WORD = re.compile(r"[^\W\d_]+")


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks, and the same case-blind: a name word (3+ letters) or a PHI value may not occur
    outside its spans in any casing (the scorer looks for upper and title case too)."""
    bad = _base_problems(doc)
    text = doc.content.casefold()
    inside = [False] * len(text)
    for a, b in doc.spans:
        for i in range(a, b):
            inside[i] = True
    checks = {w.casefold() for t, v in doc.phi if t == "NAME" for w in _WORD.findall(v) if len(w) >= 3}
    checks |= {v.casefold() for t, v in doc.phi if t not in ("AGE",)}
    for v in checks:
        for start in bounded(v, text):
            if not all(inside[start : start + len(v)]):
                bad.append(f"{doc.id}: {v!r} also outside PHI at {start} (case-blind)")
    return bad


def make_doc(seed: int, index: int, kind: str, pairs: list[tuple[str, str]], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    pick = random.Random(f"phigate-probe89:{seed}:{kind}:{index}:pair")
    origin, dest = pairs[(index * 3 + pick.randrange(len(pairs))) % len(pairs)]
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe89:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, origin, dest, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, f"{origin}>{dest}", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
