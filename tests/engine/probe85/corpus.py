# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-fifth independent probe corpus: homelessness, housing and social-care outreach text around health, from
the United States, Canada, the United Kingdom, Ireland and Australia -- built the way an outside evaluator builds
a held-out set, with its own templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each: a street-outreach contact log, an emergency-shelter
intake form, a case-management note, an HMIS client CSV export, a housing-options referral letter, a food-bank
voucher / benefits referral form, a hostel incident report, an outreach worker's WhatsApp export with a client, a
caseworker SMS log, a safeguarding (adult at risk) referral, a hospital discharge-to-shelter handover, a
needle-exchange and drop-in register, a voicemail transcription, a housing portal's audit export (JSON), a
safe-parking programme vehicle log (people living in cars), a benefits advocacy e-mail, a programme phone issue
register and a probation liaison note. People go by street names ("known as Gravy"), sleep at described places
("under the Halyard St overpass", "swag in Kurrajong Reserve"), and have landlords, caseworkers, probation
officers and relatives.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the client (aged 90+ in the safeguarding
referral, the discharge handover and the voicemail), `r` a relative, `k` the caseworker or outreach worker, `o` a
probation officer, police officer or social worker, `l` a landlord, `n` a nurse or paramedic, `d` a doctor, `s` a
member of shelter staff, `w1`-`w3` other clients. Forms: `_n` full name, `_g` given, `_f` family, `_lf` "Family,
Given", `_i` "G. Family", `_nick` the street name, `_ph` `_ph2` `_em`, `_line` `_town` `_pc` `_addr`, `_spot`
(where the person sleeps, the place itself labelled) and `_place` (the place alone), `_dob` (the country's form)
`_dobiso` `_doblong`, `_age` (keep, under 90), `_old` (AGE, 90+), `_nat` `_hp` `_ben` `_hmis` with their labels
`_natl` `_hpl` `_benl` `_hmisl`, `_dl`, `_mbi` (US).

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- client, relative, landlord, caseworker, officer, nurse, doctor,
  volunteer: full, given alone, family alone, "Family, Given", an initial and the family name, and the street
  name a person goes by ("known as Pockets"), which identifies them on the street as well as a given name does.
  Honorifics, roles and credentials (Dr, PC, RN, keyworker) are plain text; a user id made of a name (a login
  such as "jbrokenrope") is NAME.
- ADDRESS: street lines and towns, and the places a person sleeps or lives named below state level: a street
  ("under the Halyard St overpass" -> "Halyard St"), a park, reserve, creek, lock, beach, arcade, car park or
  encampment name, a street corner. The words around the place ("under the", "overpass", "car park") are plain
  text. ZIP: US ZIP codes, Canadian postal codes, UK postcodes, Eircodes, Australian postcodes. States, provinces,
  counties and regions are plain text.
- DATE: every date more specific than a year (day and month alone too); years alone keep. AGE: 90 and over;
  ages under 90 keep.
- PHONE and EMAIL of any person (staff's direct lines and addresses too); an organisation's switchboard or shared
  line is plain text. URL: a link carrying a token or a client's record id. IP: the address a login or message
  came from.
- SSN: US SSN, Canadian SIN, UK National Insurance number, Irish PPSN, Australian TFN. HEALTH_PLAN: Medicaid and
  Medicare (MBI) ids, Canadian health cards (OHIP, BC PHN, other provinces), Irish medical card numbers,
  Australian Medicare numbers. ACCOUNT: SNAP/EBT card numbers, bank accounts, rent accounts. ID: NHS numbers,
  homelessness-database client ids (HMIS, HIFIS, CHAIN, PASS, SHIP), Universal Credit claim references,
  Centrelink CRNs, income-assistance files, HAP references, case, incident, voucher, referral, offender and
  police reference numbers, needle-exchange client codes. MRN: hospital record numbers. LICENSE: driving
  licences, a nurse's or doctor's registration number. DEVICE: a phone's IMEI and a device's serial number, a
  SIM's ICCID. VEHICLE: a plate and a VIN.
- Keep (must survive): drugs and doses, lab values and observations, ICD-10 codes, organisations (shelters,
  hostels, charities, food banks, hospitals, councils, housing associations, payers, police services) even when
  their name holds a place, programme names, form numbers, regulations, years, times, ages under 90, bed, room
  and locker numbers, headings marked ‹...›.
- A draw that makes a label ambiguous (a name word or PHI value also elsewhere in the document outside its
  spans, in any case) is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe85 import ids
from tests.engine.probe85.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["OLD_P", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]  # fmt: skip
Y = 365


def date_forms(d: date, loc: str) -> dict[str, P]:
    mon = MONTHS[d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    return {
        "loc": D(f"{d:%m/%d/%Y}" if loc == "US" else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "long": D(f"{mon} {d.day}, {d.year}" if loc in ("US", "CA") else f"{d.day} {mon} {d.year}"),
        "short": D(
            f"{d.month}/{d.day}"
            if loc == "US"
            else f"{mon[:3]} {d.day}"
            if loc == "CA"
            else f"{d.day}/{d.month}"
        ),
        "dm": D(f"{mon} {d.day}" if loc in ("US", "CA") else f"{d.day} {mon}"),
        "iso": D(d.isoformat()),
        "yy": D(f"{d:%m/%d/%y}" if loc == "US" else f"{d:%d/%m/%y}"),
        "mon": D(f"{d.day:02d}-{mon[:3]}-{d.year}"),
        "wa": D(f"{d:%m/%d/%y}" if loc == "US" else f"{d:%d/%m/%Y}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, ab = w.loc.code, w.abbr
    if c in ("US", "CA", "AU"):
        return (A(w.line), ", ", A(w.town), f" {ab} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {ab}, ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    before, place, after = w.spot
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lf": N(f"{w.family}, {w.given}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_nick": N(w.nick or w.given), f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_abbr": w.abbr,
        f"{x}_spot": (before, P("ADDRESS", place), after), f"{x}_place": P("ADDRESS", place),
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"], f"{x}_dobyy": dob["yy"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_dl": P("LICENSE", w.ids["dl"]),
        f"{x}_sex": "F" if w.female else "M", f"{x}_he": "she" if w.female else "he", f"{x}_He": "She" if w.female else "He", f"{x}_his": "her" if w.female else "his",
        f"{x}_His": "Her" if w.female else "His", f"{x}_she": "she" if w.female else "he", f"{x}_him": "her" if w.female else "him", f"{x}_title": "Ms" if w.female else "Mr",
        f"{x}_user": P("NAME", (plain(w.given)[0] + plain(w.family))[:12]),
    }  # fmt: skip
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    if "mbi" in w.ids:
        s[f"{x}_mbi"] = P("HEALTH_PLAN", w.ids["mbi"])
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

ORGS = {"US": ["Union Gospel Mission", "Catholic Charities", "Volunteers of America", "Salvation Army", "Covenant House"],
        "CA": ["Siloam Mission", "Mustard Seed", "Covenant House Toronto", "Salvation Army Booth Centre", "Union Gospel Mission Vancouver"],
        "UK": ["St Mungo's", "Crisis Skylight", "The Passage", "Simon Community Scotland", "Centrepoint"],
        "IE": ["Focus Ireland", "Depaul Ireland", "Cork Simon Community", "Peter McVerry Trust", "Merchants Quay Ireland"],
        "AU": ["Mission Australia", "Launch Housing", "St Vincent de Paul Society", "Wesley Mission", "Anglicare"]}  # fmt: skip
HOSTELS = {"US": ["Blanchet House", "Harbor Light Center", "Bridge Shelter", "Hope Village"], "CA": ["Seaton House", "Main Street Project", "Lookout Society shelter"],
           "UK": ["Great Guildford Street hostel", "Marylebone Project", "Riverside Hostel"], "IE": ["Brú Aimsir", "Haven House", "Cedar House"],
           "AU": ["Ozanam House", "Matthew Talbot Hostel", "Salvos Crisis Accommodation"]}  # fmt: skip
HOSPITALS = {"US": ["Harborview Medical Center", "Legacy Emanuel Medical Center", "Sanford USD Medical Center", "Highland Hospital", "UK HealthCare Good Samaritan Hospital"],
             "CA": ["St. Paul's Hospital", "St. Michael's Hospital", "Health Sciences Centre", "QEII Health Sciences Centre"],
             "UK": ["Royal London Hospital", "Glasgow Royal Infirmary", "Leeds General Infirmary", "Bristol Royal Infirmary"],
             "IE": ["Mater Misericordiae University Hospital", "St James's Hospital", "Cork University Hospital", "University Hospital Limerick"],
             "AU": ["Royal Melbourne Hospital", "St Vincent's Hospital Sydney", "Royal Darwin Hospital", "Townsville University Hospital"]}  # fmt: skip
PROGRAMS = {"US": ["Housing First", "Rapid Re-Housing", "HUD-VASH", "Coordinated Entry", "Permanent Supportive Housing"],
            "CA": ["Reaching Home", "Housing First", "Coordinated Access", "Canada Housing Benefit"],
            "UK": ["Housing First", "Rough Sleeping Initiative", "No Second Night Out", "Somewhere Safe to Stay"],
            "IE": ["Housing First", "Homeless HAP", "Supported Temporary Accommodation", "Tenancy Sustainment Service"],
            "AU": ["Housing First", "Street to Home", "Together Home", "Commonwealth Rent Assistance"]}  # fmt: skip
COUNCILS = {"US": ["Home Forward", "Seattle Housing Authority", "Oakland Housing Authority"], "CA": ["BC Housing", "Toronto Community Housing", "Manitoba Housing"],
            "UK": ["Glasgow City Council", "Leeds City Council", "Bristol City Council", "Islington Council"],
            "IE": ["Dublin Region Homeless Executive", "Cork City Council", "Limerick City and County Council", "Galway City Council"],
            "AU": ["Homes Victoria", "Homes NSW", "Territory Families, Housing and Communities", "Queensland Housing"]}  # fmt: skip
FOODBANKS = {"US": ["Oregon Food Bank", "Food Lifeline"], "CA": ["Daily Bread Food Bank", "Harvest Manitoba"], "UK": ["Trussell foodbank", "FareShare"],
             "IE": ["Crosscare food bank", "Society of St Vincent de Paul"], "AU": ["Foodbank Victoria", "OzHarvest", "Foodbank NT"]}  # fmt: skip
POLICE = {"US": ["Portland Police Bureau", "Seattle Police Department"], "CA": ["Winnipeg Police Service", "Vancouver Police Department"],
          "UK": ["Police Scotland", "Metropolitan Police", "Avon and Somerset Police"], "IE": ["An Garda Síochána"],
          "AU": ["Victoria Police", "NT Police", "NSW Police Force"]}  # fmt: skip
AMBULANCE = {
    "US": "AMR",
    "CA": "BC Emergency Health Services",
    "UK": "London Ambulance Service",
    "IE": "National Ambulance Service",
    "AU": "Ambulance Victoria",
}
EMERG = {"US": "911", "CA": "911", "UK": "999", "IE": "112", "AU": "000"}
PROBATION_SERVICE = {
    "US": "Department of Community Justice",
    "CA": "Community Corrections",
    "UK": "Probation Service",
    "IE": "Probation Service",
    "AU": "Community Corrections",
}
DRUGS = ["buprenorphine 8 mg", "methadone 60 mg", "naloxone 4 mg nasal spray", "Suboxone 8 mg/2 mg", "Buvidal 96 mg", "Sublocade 300 mg", "olanzapine 10 mg",
         "cephalexin 500 mg", "doxycycline 100 mg", "metformin 500 mg", "salbutamol 100 mcg", "thiamine 100 mg", "chlordiazepoxide 20 mg", "lisinopril 10 mg",
         "insulin glargine 18 units", "depot aripiprazole 400 mg", "flucloxacillin 500 mg", "mirtazapine 15 mg", "nicotine patch 21 mg", "ibuprofen 400 mg",
         "levetiracetam 500 mg", "clozapine 200 mg"]  # fmt: skip
NALOX = {
    "US": "Narcan 4 mg",
    "CA": "naloxone 0.4 mg IM",
    "UK": "Prenoxad 2 mg",
    "IE": "Nyxoid 1.8 mg",
    "AU": "Nyxoid 1.8 mg",
}
LABS = ["Hb 104 g/L", "BAC 0.21", "glucose 21.4 mmol/L", "eGFR 48", "CRP 87", "WBC 14.2", "SpO2 91%", "BP 168/102", "temp 34.9 C", "HbA1c 10.2%",
        "lactate 4.1", "Na 128 mmol/L", "ALT 212 U/L", "INR 1.9", "GCS 13/15", "RR 8"]  # fmt: skip
ICD = {"Z59.02": "unsheltered homelessness", "Z59.01": "sheltered homelessness", "F11.20": "opioid dependence", "F10.239": "alcohol withdrawal",
       "L03.115": "cellulitis of right lower limb", "T68.XXXA": "hypothermia", "T69.021A": "immersion foot", "F20.9": "schizophrenia", "B18.2": "chronic hepatitis C",
       "T40.1X1A": "heroin poisoning", "J44.1": "COPD exacerbation", "E11.65": "type 2 diabetes with hyperglycaemia", "L02.416": "abscess of left leg"}  # fmt: skip
REGS = {"US": ["HIPAA", "42 CFR Part 2", "24 CFR 578", "McKinney-Vento Act"], "CA": ["PHIPA", "FIPPA", "Residential Tenancies Act, 2006", "Personal Health Information Act"],
        "UK": ["Homelessness Reduction Act 2017", "Care Act 2014 s42", "Housing Act 1996 Part 7", "UK GDPR Article 6(1)(e)"],
        "IE": ["Housing Act 1988 Section 2", "Data Protection Act 2018", "Assisted Decision-Making (Capacity) Act 2015", "HSE Safeguarding Policy 2014"],
        "AU": ["Privacy Act 1988", "Residential Tenancies Act 1997", "Social Security Act 1991", "Mental Health and Wellbeing Act 2022"]}  # fmt: skip
FORMS = {"US": ["Form HUD-92006", "Form SSA-827", "VA Form 10-10EZ", "Form DHS 7210"], "CA": ["Form ISP-1151", "Form T1213", "Form HR0080"],
         "UK": ["Form UC50", "Form HB1", "Form SSP1", "Form ESA3"], "IE": ["Form HAP1", "Form SWA1", "Form MC1"], "AU": ["Form SA332a", "Form SU415", "Form SA478"]}  # fmt: skip
TIMES = [
    "0640",
    "0715",
    "0852",
    "0930",
    "1045",
    "1120",
    "1310",
    "1435",
    "1550",
    "1705",
    "1820",
    "1955",
    "2140",
    "2315",
]
RELS = {
    True: ["sister", "daughter", "mum", "aunt", "cousin", "niece"],
    False: ["brother", "son", "dad", "uncle", "cousin", "nephew"],
}
VEHICLES = [
    "2004 Ford Econoline",
    "2009 Honda Odyssey",
    "1998 Toyota Camry",
    "2011 Chevy Express van",
    "2006 Dodge Caravan",
    "2002 Subaru Outback",
]
YEARS = [str(y) for y in range(2008, 2022)]


# ---- templates ------------------------------------------------------------------------------------------------

OUTREACH = """‹STREET OUTREACH CONTACT LOG›  -  «org» / «program»
Worker: «k_n» (work cell «k_ph»)     Shift date: «d1_loc»     Partner: «v_n»
«t1c»  Found «p_n», goes by «p_nick», «p_spot». Alert, smelled of ETOH, declined transport to «hospital».
       DOB given as «p_dob» («p_age» y/o). «p_hmisl» «p_hmis». Lost wallet incl. «p_natl» card - «p_natl» on file «p_nat».
       L foot wet and macerated, ?«icd_desc» («icd»). Gave «nalox» kit, dry socks, «drug1» script reminder.
       Says «p_his» «r_rel» «r_n» keeps «p_his» mail at «r_line», «r_town» «r_abbr» «r_pc».
«t2c»  «w1_nick» («w1_n») at «w1_place» - tent flooded. Wants «program2» assessment. Phone «w1_ph».
«t3c»  Call from «l_n» (owner of lot, «l_ph») re «w2_nick» sleeping in a «vehicle» plate «plate» on his frontage. Spoke w/ «w2_g»; agreed to move by «d4_dm».
«t4c»  Back at base. Updated «p_hmisl» records. «lab1» recorded by «n_n» RN at mobile clinic. Next sweep «d4_loc».
"""

INTAKE = """«org» - ‹EMERGENCY SHELTER INTAKE› («form»)
Date of intake: «d1_loc»   Time: «t2c»   Bed assigned: «bed»   Locker: «locker»
Surname: «p_f»            Given name(s): «p_g»            Known as: «p_nick»
Date of birth: «p_dob»    Age: «p_age»    Sex: «p_sex»
Last settled address: «p_addr»
Where did you sleep last night? «p_spot»
Mobile: «p_ph»    Email: «p_em»
«p_natl»: «p_nat»      «p_hpl»: «p_hp»      «p_benl»: «p_ben»
«p_hmisl»: «p_hmis»
Emergency contact: «r_n» («r_rel») «r_ph»
Vehicle: «vehicle», plate «plate», VIN «vin» - in shelter lot with permit «permit»
Current medications: «drug1»; «drug2»
Health screen: «lab1», «lab2». Problem on file: «icd» («icd_desc»).
Referred by: «k_n», «org2» outreach, «k_ph» / «k_em»
Homeless since: «year»       Programme: «program»
Staff completing: «s_n»      Entered «d1_iso» «t3c»
"""

CASENOTE = """Case note - «org» Housing Support Team                         Case no. «case»
Client: «p_lf» (DOB «p_dob»)     «p_hmisl» «p_hmis»     Keyworker: «k_n»
Contact: «d1_long», «t2c» - phone call, then visit at «p_place».

«p_g» («p_nick» on the street) reports that «p_his» landlord, «l_n» (tel «l_ph»), served notice on «d2_dm» for the room at
«p_line», «p_town» «p_pc». «p_He» has been staying between the room and «p_spot» since then. Rent account «rent_acct» is
in arrears. Spoke with «o_n», «p_his» probation officer («probation», direct line «o_ph»), about the curfew address.
«p_His» «r_rel» «r_g» phoned from «r_ph» asking whether «p_he» can use «r_his» address for post.
Health: GP Dr «d_n» at «clinic». On «drug1» and «drug2»; last bloods «lab1». Dx «icd» «icd_desc».
«p_hpl» «p_hp» checked and active. «p_natl» «p_nat» needed for «form».
Plan: «program» application; viewing with «council» on «d4_dm» at «t4c». Next review «d4_long».
«k_i», «d1_iso»
"""

HMIS = """# HMIS client export - «org» - «program» - run «d1_iso» «t1c» by «s_user»
PersonalID,FirstName,LastName,AKA,SSN,DOB,Age,EntryDate,LivingSituation,Phone,Email,Medicaid,Notes
«p_hmis»,«p_g»,«p_f»,«p_nick»,«p_nat»,«p_dobiso»,«p_age»,«d2_iso»,«p_place»,«p_ph»,«p_em»,«p_hp»,"«drug1»; «icd»"
«w1_hmis»,«w1_g»,«w1_f»,«w1_nick»,«w1_nat»,«w1_dobiso»,«w1_age»,«d3_iso»,«w1_place»,«w1_ph»,,«w1_hp»,"HUD-VASH referral; «icd2»"
«w2_hmis»,«w2_g»,«w2_f»,«w2_nick»,«w2_nat»,«w2_dobiso»,«w2_age»,«d1_iso»,«w2_line»,«w2_ph2»,«w2_em»,,"vehicle plate «plate»"
«w3_hmis»,«w3_g»,«w3_f»,,«w3_nat»,«w3_dobiso»,«w3_age»,«d4_iso»,«w3_town»,,,«w3_hp»,"EBT «w3_ben»; «lab1»"
# rows: 4   exported to «ip» by «s_em»   ‹HMIS Data Standards FY2024›
"""

REFERRAL = """«org»
‹Private and confidential›
«d1_long»

Housing Options Team, «council»
Re: «p_n», date of birth «p_dob», «p_natl» «p_nat», «p_hpl» «p_hp»

Dear colleague,

I am writing in support of «p_title» «p_f»'s homeless application under «reg». «p_g» has been sleeping rough since
«d3_dm», most recently «p_spot», and was before that a tenant of «l_n» at «p_line», «p_town» «p_pc», until «d2_long».
«p_He» is known to our outreach team («p_hmisl» «p_hmis») and to «p_his» GP, Dr «d_n» of «clinic», who treats «p_him» for
«icd_desc» («icd»). «p_He» takes «drug1» and «drug2». «p_He» is «p_age» and has been homeless on and off since «year».

«p_g» can be contacted on «p_ph» or through me. «p_His» «r_rel», «r_n», of «r_addr», is willing to act as a
reference (tel «r_ph»). Please send the decision letter care of «org».

Yours faithfully,
«k_n»
Outreach Caseworker, «org» | «k_ph» | «k_em»
"""

FOODBANK = """«foodbank» - FOOD PARCEL VOUCHER                      Voucher no. «voucher»
Referring agency: «org»       Referrer: «k_n»   «k_ph»
Client: «p_n»      DOB: «p_dob»      Household: 1 adult
Deliver to: «p_addr»  (or hold at «org» day centre)
Contact phone: «p_ph2»
Reason for referral: benefit delay - «p_benl» «p_ben», first payment due «d4_loc»; sanction applied «d2_loc».
«p_natl»: «p_nat»     «p_hpl»: «p_hp»
Dietary: diabetic; on «drug1» (last «lab1»); no pork. No cooking facilities - kettle pack please.
Parcel collected «d1_loc» at «t3c» by «p_his» «r_rel» «r_n» (ID seen: driving licence «r_dl»).
Benefits form started: «form». Next parcel eligible after «d4_dm».
"""

INCIDENT = """«org» - «hostel» - INCIDENT REPORT                     ‹Incident ref› «inc»
Date/time: «d1_loc» «t4c»     Location: «room», second floor     Reported by: «s_n» (night worker)
Residents involved: «p_n» («room»), «w1_n», known as «w1_nick» («room2»)
«p_hmisl»: «p_hmis»    «p_hpl»: «p_hp»

At «t4c» «s_g» found «p_g» unresponsive on the floor, RR 4, pinpoint pupils. «s_g» gave «nalox» at «t4c» and a second
dose at «t5c»; «emerg» called. «amb» crew (paramedic «n_n») took «p_him» to «hospital». GCS on leaving 11/15.
«w1_g» said «p_g» had bought «p_his» gear from someone called «w2_nick» near «w2_place».
Police: «police», officer «o_n», log «police_ref».
NOK informed: «r_n» («r_rel») on «r_ph» at «t5c». Safeguarding alert sent to «council» ref «sg_ref».
Manager on call «m_n» informed «d1_dm». Room sharps bin replaced. Previous overdose noted «d3_loc».
"""

WHATSAPP = """[«d2_wa», «t1c»] «k_g» «org»: Morning «p_nick»! Still at «p_place»? Got you a bed at «hostel» tonight, «bed»
[«d2_wa», «t1c»] «p_nick»: ye still here. phone on 4%. new number is «p_ph2» old one got robbed
[«d2_wa», «t2c»] «k_g» «org»: Saved. Can you get to the hub for 2? Dr «d_f» is doing the wound clinic. Bring your «p_natl» letter if you have it
[«d2_wa», «t2c»] «p_nick»: only got a photo of it. «p_nat» thats it
[«d2_wa», «t3c»] «k_g» «org»: Perfect. And «p_hpl» «p_hp» ok? Also I need your date of birth for the form
[«d2_wa», «t3c»] «p_nick»: «p_dob». ask my «r_rel» «r_g» if u need anything, «r_he»s on «r_ph»
[«d1_wa», «t4c»] «k_g» «org»: Hi «r_g», «k_g» here from «org». «p_g» said it was ok to message. Are you still at «r_line»?
[«d1_wa», «t4c»] «r_g»: yes love. tell «p_him» the letter from «council» came here, case «case». and «p_his» «drug1» is at the chemist
[«d1_wa», «t5c»] «k_g» «org»: Thanks. FYI «w1_nick» was asking after «p_him», «w1_g» is at «w1_place» now
[«d1_wa», «t5c»] «r_g»: 👍 «r_em» for the forms
"""

SMS = """SMS log - «org» caseworker line - exported «d1_iso» by «k_user»
«d3_short» «t1c»  OUT -> «p_ph»: Hi «p_g» it's «k_g» from «org». Your «program» voucher came through! Viewing «d4_dm» at «t4c», «l_line», «l_town».
«d3_short» «t2c»  IN  <- «p_ph»: omg yes!! is it the one near «p_place»? tell «l_g» im coming
«d3_short» «t2c»  OUT -> «p_ph»: Not far. Landlord is «l_n», «l_his» number is «l_ph». Bring photo ID - your «p_natl» («p_nat») letter is fine.
«d2_short» «t3c»  IN  <- «w1_ph»: this is «w1_nick» («w1_g» «w1_f»). «p_nick» got taken to «hospital» last nite. chest
«d2_short» «t3c»  OUT -> «w1_ph»: Thank you for letting me know. Is «p_g» ok?
«d2_short» «t4c»  IN  <- «w1_ph»: dunno they said «icd_desc». «p_his» «r_rel» «r_g» is there «r_ph»
«d2_short» «t5c»  OUT -> «r_ph»: Hi «r_g», «k_n» from «org» here, caseworker for «p_g». Hope «p_he» is ok. «p_hmisl» «p_hmis» for the ward social worker.
«d1_short» «t1c»  IN  <- «p_ph2»: new phone. out of hosp. they gave me «drug1» and «drug2». when can i sign
«d1_short» «t1c»  OUT -> «p_ph2»: Great to hear! Sign at «org» «d4_dm», «t2c». Bring your «p_hpl» card («p_hp»).
"""

SAFEGUARD = """‹ADULT SAFEGUARDING REFERRAL›  -  to «council» Adult Social Care        Referral ref «sg_ref»
Referrer: «k_n», «org» («k_ph», «k_em»)        Date of referral: «d1_long»
Adult at risk: «p_n»   DOB «p_dob»   Age «p_old»   «p_hpl» «p_hp»   «p_natl» «p_nat»
Current location: «p_spot» (moved there after eviction on «d2_dm»)
Previous address: «p_addr»
Concerns: «p_g» is «p_old» and has been seen there three nights running. Cognition poor; «icd_desc» («icd»). «p_His» pension
is collected by a man «p_he» calls «w1_nick» («w1_n», believed to be of «w1_line», «w1_town») who holds «p_his» bank card for account «bank_acct».
Known to: GP Dr «d_n», «clinic»; district nurse «n_n» («n_ph»); «p_his» «r_rel» «r_n» in «r_town» («r_ph») has had no contact since «year».
Medication: «drug1», «drug2». Obs at contact: «lab1», «lab2».
Consent: adult lacks capacity for this decision; referral made under «reg». Police aware - «police» ref «police_ref».
Outcome requested: urgent welfare visit and «program» placement by «d4_dm».
"""

DISCHARGE = """«hospital» - ‹DISCHARGE TO SHELTER HANDOVER›
Patient: «p_lf»    MRN «mrn»    DOB «p_dob» (age «p_old»)    «p_hpl» «p_hp»
Admitted «d2_loc» via ED («amb», found «p_spot»). Discharged «d1_loc» «t3c» to «hostel», «bed».
Diagnoses: «icd» «icd_desc»; «icd2» «icd2_desc».
Discharge meds (7 days dispensed, blister pack): «drug1»; «drug2»; «drug3».
Labs at discharge: «lab1», «lab2».
Follow-up: «clinic» with Dr «d_n» on «d4_dm» at «t4c»; wound check by «n_n» RN («n_ph»).
Social: no fixed abode. Street name «p_nick». «p_plan2». Shelter contact «s_n» («s_ph»). Caseworker «k_n», «org», «k_em».
Belongings: «vehicle» (plate «plate») towed to impound on «d2_dm» - «p_his» «r_rel» «r_n» («r_ph») has the keys.
Attending: Dr «d2_n», license «d2_lic».   Social worker: «o_n».
"""

REGISTER = """«org» - NEEDLE & SYRINGE PROGRAM / DROP-IN REGISTER - «d1_long»
Site: «hostel» drop-in    Staff on: «k_n», «s_n»    ‹Codes are client-chosen; names only if given›
time   | client code | name / known as              | supplies                           | notes
«t1c»  | «w1_code»   | «w1_nick»                    | 20x 1 mL, 10 swabs, «nalox»        | abscess R arm - seen by «n_n»
«t2c»  | «p_code»    | «p_n» ("«p_nick»")           | 10x 1 mL, 2 sharps bins            | «p_hmisl» «p_hmis»; DOB «p_dob»; ph «p_ph»
«t3c»  | «w2_code»   | «w2_g»                       | 5x 3 mL, «drug1» info              | sleeping «w2_spot»
«t4c»  | «w3_code»   | «w3_n», known as «w3_nick»   | bloods: «lab1»                    | «icd2» «icd2_desc»; referred «program»
«t5c»  | «p2_code»   | «p2_g»                       | 10x 1 mL, «nalox»                  | returned «d2_dm» sharps, «p2_ph»
Overdose reversal reported by «w1_nick»: «d3_dm», near «w1_place», «nalox» x2, «amb» attended.
"""

VOICEMAIL = """Voicemail - «org» intake line - received «d1_long» «t2c» - duration 1:47 - from «r_ph»
Transcription (automatic, unreviewed):
"Hi, yeah, my name's «r_n», I'm calling about my «p_rel» «p_n». «p_He»'s «p_old», «p_he»'s «p_old» years old and «p_he»'s been
sleeping in «p_his» car, it's a «vehicle», «p_spot», since the landlord at «p_line» put «p_him» out on «d2_dm». The plate is
«plate». «p_His» date of birth is «p_doblong» if you need that. «p_He» won't go to «hospital», «p_he» says they'll keep «p_him».
«p_He» takes «drug1» and «p_he»'s run out. «p_His» «p_hpl» number is «p_hp», I've got the card here. You can call me back on
«r_ph2» after five, or email «r_em». Oh and «p_his» old caseworker was «k_n», «p_he» liked «k_him». Thanks. Bye."
Triage: «s_i», «d1_iso» - allocated to outreach «t3c», case «case».
"""

PORTAL = """{"export": "housing-portal-audit", "generated": "«d1_iso»T«t1p»:00Z", "org": "«org»", "program": "«program»",
 "client": {"id": "«p_hmis»", "name": "«p_n»", "aka": "«p_nick»", "dob": "«p_dobiso»", "phone": "«p_ph»", "email": "«p_em»",
            "last_address": "«p_line», «p_town» «p_abbr» «p_pc»", "sleeping_site": "«p_place»", "«p_natl»": "«p_nat»", "«p_hpl»": "«p_hp»"},
 "events": [
  {"at": "«d2_iso»T«t2p»:14Z", "user": "«k_em»", "ip": "«ip»", "action": "viewed", "detail": "case «case»"},
  {"at": "«d2_iso»T«t3p»:41Z", "user": "«p_em»", "ip": "«ip2»", "action": "login", "detail": "client self-service"},
  {"at": "«d1_iso»T«t4p»:02Z", "user": "«s_em»", "ip": "«ip»", "action": "document_shared", "detail": "«url»"},
  {"at": "«d1_iso»T«t5p»:37Z", "user": "«k_em»", "ip": "«ip»", "action": "note", "detail": "landlord «l_n» («l_ph») accepts «form»; «drug1» storage ok"}],
 "household": [{"name": "«r_n»", "relationship": "«r_rel»", "dob": "«r_dobiso»", "phone": "«r_ph»"}],
 "retention": "«reg»", "record_url": "«url2»"}
"""

SAFEPARK = """«org» - SAFE PARKING PROGRAM - NIGHTLY LOG - lot: «lot»                      «d1_loc»
Attendant: «s_n» («s_ph»)    Check-in from «t5c»
space | driver (known as)                  | vehicle                         | plate      | VIN                 | notes
 4    | «p_n» («p_nick»)                     | «vehicle»                   | «plate»    | «vin»   | DL «p_dl»; «p_hmisl» «p_hmis»; on «drug1»
 7    | «w1_lf»                            | «vehicle2»                      | «plate2»   | «vin2»  | new - referred by «k_n» «k_ph»
 9    | «w2_g» «w2_f» («w2_nick»)         | «vehicle3»                      | «plate3»   | -          | with «w2_his» «r_rel» «r_g»; «lab1» per nurse «n_n»
Incident «t6c»: «w1_g» reported catalytic converter theft. «police» report «police_ref». Previous lot: «w1_place».
Tow warning issued «d2_dm» to «p_g» (registration expired). Program contact «k_em».
"""

ADVOCACY = """From: «k_n» <«k_em»>
To: «agency_em»
Cc: «p_em»
Date: «d1_long» «t2c»
Subject: Urgent - «p_n», «p_benl» «p_ben» - payment stopped

Hello,

I am the «org» caseworker for «p_n» (DOB «p_dob», «p_natl» «p_nat», «p_hpl» «p_hp»). «p_g» has been homeless since «d3_dm» and
is currently sleeping rough: «p_spot». «p_His» payment stopped on «d2_dm» because a letter went to «p_his» old address, «p_line», «p_town» «p_pc».
«p_He» has «icd_desc» and takes «drug1»; «p_his» GP, Dr «d_n» («clinic»), has completed «form».
Please update «p_his» contact details to c/o «org» and phone «p_ph». «p_He» authorises me to speak for «p_him» under «reg».
«p_His» «r_rel» «r_n» («r_ph») may also call.

Regards,
«k_g»
«org» - «k_ph»
"""

PHONES = """«org» - ‹PROGRAMME PHONE ISSUE REGISTER›   (handset + SIM + 10 GB data)      printed «d1_loc»
Issued by: «k_n»       Budget line: «program»
# | client                        | handset      | IMEI               | SIM ICCID             | number        | issued      | status
1 | «p_n» («p_nick»)              | «model»      | «imei»    | «iccid»   | «p_ph»   | «d2_loc»   | active
2 | «w1_lf»                        | «model2»     | «imei2»   | «iccid2»  | «w1_ph»  | «d3_loc»   | lost - replaced
3 | «w2_nick» («w2_g»)             | «model»      | «imei3»   | -                      | «w2_ph»  | «d1_loc»   | active, «w2_hmisl» «w2_hmis»
Notes: «p_g» collects at «hostel» («bed»). Lost handset for «w1_g» reported to «police» («police_ref»).
Device serial of tablet loaned to «w3_n»: «serial». Reminders set for «drug1» collection at «t3c».
"""

PROBATION = """«probation» - ‹LIAISON NOTE: ACCOMMODATION›            Offender/case no. «offender»
Person on supervision: «p_n» (also known as «p_nick»)    DOB «p_dob»    «p_natl» «p_nat»
Supervising officer: «o_n» («o_ph», «o_em»)    Date: «d1_long»
Released «d2_dm» to no fixed abode; reporting sleeping «p_spot». Approved address needed by «d4_dm».
Contact with «org» outreach, worker «k_n» («k_ph») - «program» bed possible at «hostel», «bed».
Licence condition: not to contact «w1_n» or enter «w1_town». Victim liaison: «v_n».
Health: «icd_desc» («icd»), «drug1» dispensed daily by «pharmacy». Last test «lab1».
Previous address «p_addr» (tenancy ended «d3_loc», landlord «l_n»).
«p_His» «r_rel» «r_n» offered a room at «r_line», «r_town» - home visit «d4_loc» «t3c». «r_ph».
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p85_street_outreach_log", ["US", "CA"], "text", OUTREACH),
    ("p85_shelter_intake_form", ["US", "AU"], "text", INTAKE),
    ("p85_case_management_note", ["CA", "IE"], "text", CASENOTE),
    ("p85_hmis_csv_export", ["US", "US"], "text", HMIS),
    ("p85_housing_referral_letter", ["UK", "IE"], "text", REFERRAL),
    ("p85_foodbank_benefits_voucher", ["UK", "AU"], "text", FOODBANK),
    ("p85_hostel_incident_report", ["UK", "IE"], "text", INCIDENT),
    ("p85_outreach_whatsapp_export", ["UK", "AU"], "text", WHATSAPP),
    ("p85_caseworker_sms_log", ["US", "CA"], "text", SMS),
    ("p85_adult_safeguarding_referral", ["UK", "IE"], "text", SAFEGUARD),
    ("p85_discharge_to_shelter_handover", ["US", "CA"], "text", DISCHARGE),
    ("p85_needle_exchange_dropin_register", ["CA", "AU"], "text", REGISTER),
    ("p85_voicemail_transcription", ["US", "UK"], "text", VOICEMAIL),
    ("p85_housing_portal_audit_json", ["US", "CA"], "json", PORTAL),
    ("p85_safe_parking_vehicle_log", ["US", "CA"], "text", SAFEPARK),
    ("p85_benefits_advocacy_email", ["AU", "IE"], "text", ADVOCACY),
    ("p85_programme_phone_register", ["UK", "AU"], "text", PHONES),
    ("p85_probation_liaison_note", ["US", "UK"], "text", PROBATION),
]
OLD_P = {
    "p85_adult_safeguarding_referral",
    "p85_discharge_to_shelter_handover",
    "p85_voicemail_transcription",
}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(650))
    used: set[str] = set()
    old = kind in OLD_P
    p = draw_person(
        rng, loc, used, d1, age_days=(90 * Y + 40, 97 * Y) if old else (19 * Y, 74 * Y), nick=True
    )
    r = draw_person(
        rng,
        loc,
        used,
        d1,
        culture=p.culture,
        family=p.family if rng.random() < 0.4 else None,
        age_days=(28 * Y, 70 * Y) if old else (19 * Y, 80 * Y),
    )
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("k", "o", "l", "n", "d", "d2", "s", "m", "v"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(24 * Y, 68 * Y))
    for x in ("w1", "w2", "w3", "p2"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(18 * Y, 80 * Y), nick=True)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
        s[f"{x}_code"] = P("ID", fill(rng, rng.choice(["@@##@@#", "@@@@%###", "@@-%##-@"])))
    rel = rng.choice(RELS[r.female])
    s["r_rel"] = rel
    s["p_rel"] = rng.choice(
        {True: ["gran", "aunt", "great-aunt", "mum"], False: ["grandad", "uncle", "great-uncle", "dad"]}[
            p.female
        ]
        if old
        else RELS[p.female]
    )
    s["k_him"] = "her" if ppl["k"].female else "him"
    s["w2_his"] = "her" if ppl["w2"].female else "his"
    s["r_his"] = "her" if r.female else "his"
    s["d2_lic"] = P("LICENSE", fill(rng, "MD%#####" if loc_code == "US" else "%#####"))
    s["p_plan2"] = (
        ("Medicare MBI ", P("HEALTH_PLAN", ids.mbi(rng)))
        if loc_code == "US"
        else ("NIHB client no. ", P("HEALTH_PLAN", fill(rng, "%########")))
    )
    s["mrn"] = P("MRN", fill(rng, rng.choice(["%#######", "M%######", "%##-##-##", "H%#######"])))
    for k, pat in (("case", "HS-%#####"), ("inc", "IR/%###/%#"), ("voucher", "%#####-@"), ("sg_ref", "SG%######"), ("police_ref", "%####/%#/%#"),
                   ("offender", "@%#####"), ("permit", "SP-%####")):  # fmt: skip
        s[k] = P("ID", fill(rng, pat))
    s["police_ref"] = P("ID", fill(rng, rng.choice(["CR-%######-##", "%########", "PR%#######"])))
    s["rent_acct"] = P("ACCOUNT", fill(rng, "RA%#######"))
    s["bank_acct"] = P("ACCOUNT", fill(rng, rng.choice(["%#######", "%##-###-%#####", "%######## "]).strip()))
    for k in ("plate", "plate2", "plate3"):
        s[k] = P("VEHICLE", ids.plate(rng, loc_code))

    s["vehicle"], s["vehicle2"], s["vehicle3"] = (K(v) for v in rng.sample(VEHICLES, 3))
    s["vin"], s["vin2"] = P("VEHICLE", ids.vin(rng)), P("VEHICLE", ids.vin(rng))
    for k in ("imei", "imei2", "imei3"):
        s[k] = P("DEVICE", ids.imei(rng))
    for k in ("iccid", "iccid2"):
        body = "89" + rng.choice(["01", "44", "353", "61"]) + fill(rng, "##############")
        s[k] = P("DEVICE", body + ids.luhn_check(body))
    s["serial"] = P("DEVICE", fill(rng, rng.choice(["R9%#@##%#@#", "DMP%#@#####", "SN-%#@#-%###"])))
    s["model"], s["model2"] = K("Samsung Galaxy A14"), K("Nokia C32")
    s["ip"], s["ip2"] = P("IP", ids.ipv4(rng)), P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(22))
    s["url"] = P("URL", f"https://share.housingconnect.example.org/d/{token}")
    s["url2"] = P("URL", f"https://hmis.carelink.example.net/clients/{ppl['p'].ids['hmis']}/record?tab=notes")
    s["agency_em"] = {
        "AU": "homelessness.advocacy@servicesaustralia.example.gov.au",
        "IE": "hap.queries@dublincity.example.ie",
    }.get(loc_code, "benefits@example.org")
    s["lot"] = K(rng.choice(["Lot B (church car park)", "Lot 3 (fairgrounds)", "Lot A (library annex)"]))
    dd = {
        "d1": d1,
        "d2": d1 - timedelta(days=rng.randint(3, 40)),
        "d3": d1 - timedelta(days=rng.randint(41, 200)),
        "d4": d1 + timedelta(days=rng.randint(5, 60)),
    }
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
    times = sorted(rng.sample(TIMES, 6))
    for i, t in enumerate(times, 1):
        s[f"t{i}"] = K(t)
        s[f"t{i}c"] = K(f"{t[:2]}:{t[2:]}")
        s[f"t{i}p"] = f"{t[:2]}:{t[2:]}"
    drugs = rng.sample(DRUGS, 3)
    s["drug1"], s["drug2"], s["drug3"] = K(drugs[0]), K(drugs[1]), K(drugs[2])
    s["nalox"] = K(NALOX[loc_code])
    labs = rng.sample(LABS, 2)
    s["lab1"], s["lab2"] = K(labs[0]), K(labs[1])
    icd, icd2 = rng.sample(list(ICD), 2)
    s["icd"], s["icd_desc"], s["icd2"], s["icd2_desc"] = K(icd), K(ICD[icd]), K(icd2), K(ICD[icd2])
    orgs = rng.sample(ORGS[loc_code], 2)
    s["org"], s["org2"] = K(orgs[0]), K(orgs[1])
    progs = rng.sample(PROGRAMS[loc_code], 2)
    s["program"], s["program2"] = K(progs[0]), K(progs[1])
    for key, table in (("hostel", HOSTELS), ("hospital", HOSPITALS), ("council", COUNCILS), ("foodbank", FOODBANKS), ("police", POLICE), ("reg", REGS),
                       ("form", FORMS)):  # fmt: skip
        s[key] = K(rng.choice(table[loc_code]))
    s["clinic"] = K(
        rng.choice(
            [
                "Health Care for the Homeless clinic",
                "Inclusion Health Practice",
                "Street Health Centre",
                "Homeless Health Service",
            ]
        )
    )
    s["pharmacy"] = K(
        rng.choice(
            [
                "Walgreens #11874",
                "Boots Pharmacy",
                "Shoppers Drug Mart #907",
                "Priceline Pharmacy",
                "McCabes Pharmacy",
            ]
        )
    )
    s["amb"], s["emerg"], s["probation"] = (
        K(AMBULANCE[loc_code]),
        EMERG[loc_code],
        K(PROBATION_SERVICE[loc_code]),
    )
    s["bed"] = K(f"Bed {rng.randint(2, 60)}")
    rooms = rng.sample(range(101, 340), 2)
    s["room"], s["room2"] = K(f"Room {rooms[0]}"), K(f"Room {rooms[1]}")
    s["locker"] = K(f"L{rng.randint(10, 99)}")
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


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe85:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
