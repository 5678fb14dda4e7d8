# ruff: noqa: E501, W291  (hand-aligned templates; one chat line ends in a space, as measured)
"""Thirty-fourth independent probe corpus: East and Southeast Asian people in English and mixed-script health
text.

36 labelled documents in 18 kinds per seed, two of each: a Chinatown community-clinic note, a Hong Kong-style
discharge summary, a Singapore polyclinic referral, a Japanese-American caregiver e-mail, a Korean-American
pharmacy chat, a Vietnamese nail-salon occupational screening, a Filipino nurse handover in Taglish, a Thai
medical-tourism coordinator e-mail, a Malaysian ward WhatsApp group, an Indonesian migrant-worker (TKI)
medical check, a Hmong family-conference note, a Burmese refugee-clinic card, a Cantonese interpreter call
log, a Chinese/English WeChat transcript, an app-store review, a telehealth CRM export (CSV), a health-tech
test fixture and a translated lab report with a two-script patient header. People of fourteen naming
traditions (people.py); names in romanisation and native script side by side ("Gu Xinyue (顾欣悦)", Hangul
next to romanised Korean, kanji next to romaji, Vietnamese with and without diacritics), a name glued into
Chinese prose with no space ("患者顾欣悦今日复诊"), family-first and given-first orders, names called by one
part ("Ms. Huong", "Sugiura-san", "Daw Hla Hla Myint"), nicknames that are English words (Golf, Bank, Mint).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` patient, `q` relative, `a`, `b` staff, `c`
another person. Forms: `_full` (the culture's order), `_west` (given first), `_given`, `_fam`, `_FAM`
(family upper-cased), `_call` (the part a person is called by), `_nick`, `_native` (native script), `_low`
(call name lower-cased), `_ph`, `_em`; `_title` (Mr./Ms.) is text. Dates `d1`..`d3` and `dob` as `_iso`,
`_dmy` (14/03/2024), `_mdy`, `_mon` (14 Mar 2024), `_cjk` (2024年3月14日), `_ko` (2024년 3월 14일).

Labelling policy (decided before any measurement):
- NAME: every form of a person's name as written, each script its own value; honorifics (Mr., Daw, U, -san,
  Khun, Ate, bin/binti inside a Malay full name excepted) stay outside the label.
- DATE: days more specific than a year. AGE: 90 or more. PHONE (national formats), EMAIL, MRN, ID (HKID,
  NRIC, Thai ID, MyKad, NIK, PhilHealth, CCCD).
- ADDRESS: the street line and the district/town a person lives in; ZIP: a postcode. Countries, provinces
  and states (Guangdong, Jawa Tengah, Selangor, California) are keep.
- Keep: drugs with doses, clinical terms, dishes and foods, organisations, apps, countries and provinces, and
  ordinary words and phrases that are also name words (Hong Kong, long COVID, Golf cart, Bank transfer).
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe34 import ids
from tests.engine.probe34.people import ADDRESSES, STREETS, TOWNS, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "WORD_KEEP", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = ["amlodipine 5 mg", "metformin 500 mg", "atorvastatin 20 mg", "losartan 50 mg", "omeprazole 20 mg",
         "paracetamol 500 mg", "ibuprofen 400 mg", "salbutamol 100 mcg", "cetirizine 10 mg", "gliclazide 80 mg",
         "entecavir 0.5 mg", "tenofovir 300 mg", "isoniazid 300 mg", "allopurinol 100 mg", "sitagliptin 100 mg",
         "clopidogrel 75 mg", "levothyroxine 50 mcg", "ferrous fumarate 200 mg", "donepezil 5 mg", "mirtazapine 15 mg"]  # fmt: skip
TERMS = ["hepatitis B", "latent TB", "gestational diabetes", "contact dermatitis", "thalassaemia trait", "hypertension",
         "type 2 diabetes", "gout", "nasopharyngeal carcinoma", "dengue fever", "iron-deficiency anaemia",
         "chronic kidney disease", "asthma", "dementia", "osteoporosis", "occupational asthma", "carpal tunnel syndrome"]  # fmt: skip
FOODS = ["congee", "pho", "nasi lemak", "kimchi jjigae", "chicken adobo", "som tam", "mohinga", "larb", "bak kut teh",
         "dim sum", "miso soup", "sinigang", "rendang", "bubble tea", "instant noodles", "salted fish", "lap cheong"]  # fmt: skip
COUNTRIES = ["Vietnam", "Philippines", "Thailand", "Malaysia", "Indonesia", "Myanmar", "Cambodia", "Laos", "Japan",
             "Korea", "China", "Taiwan"]  # fmt: skip
PROVINCES = ["Guangdong", "Fujian", "Okinawa", "Gyeonggi-do", "Quang Nam", "Cebu", "Jawa Timur", "Sabah", "Shan State",
             "Battambang", "Xieng Khouang", "Zhejiang", "Kanagawa", "Pangasinan"]  # fmt: skip
ORGS = ["Tung Wah Group of Hospitals", "Kaiser Permanente", "Watsons", "Guardian Pharmacy", "Raffles Medical",
        "Bumrungrad International", "Queen Elizabeth Hospital", "Tan Tock Seng Hospital", "Hospital Kuala Lumpur",
        "Philippine Heart Center", "Medi-Cal", "Hmong American Partnership", "Karen Community Center"]  # fmt: skip
APPS = ["WeChat", "WhatsApp", "LINE", "KakaoTalk", "Zalo", "Viber", "Telegram", "Grab"]
# ordinary words and phrases that are also name words of some culture here
WORD_KEEP = ["Hong Kong", "long COVID", "Ha Long Bay", "Sun Life", "Golf cart", "Bank transfer", "Ice pack", "Mint tea",
             "Noon prayers", "Earn points", "Ho Chi Minh City", "Joy Luck Club", "Yang-style tai chi", "Bing search",
             "Fang Fang dumplings"]  # fmt: skip

BRGY = ["Malinis", "Bagong Pag-asa", "Maligaya"]
TAMAN = ["Taman Sri Cempaka", "Taman Desa Mutiara", "Taman Bukit Indah"]
DESA = ["Desa Sumberagung", "Desa Karangrejo", "Desa Tegalsari"]


def date_forms(d: date) -> dict[str, str]:
    return {"iso": d.isoformat(), "dmy": f"{d.day:02d}/{d.month:02d}/{d.year}", "mdy": f"{d.month}/{d.day}/{d.year}",
            "mon": f"{d.day} {d.strftime('%b')} {d.year}", "cjk": f"{d.year}年{d.month}月{d.day}日",
            "ko": f"{d.year}년 {d.month}월 {d.day}일", "dm": f"{d.day} {d.strftime('%B')}"}  # fmt: skip


def person_slots(x: str, who: Person) -> dict[str, Slot]:
    s: dict[str, Slot] = {
        f"{x}_{k}": P("NAME", v)
        for k, v in (("full", who.full), ("west", who.west), ("given", who.given), ("fam", who.family), ("FAM", who.family.upper()),
                     ("call", who.call), ("nick", who.nick), ("native", who.native), ("low", who.call.lower()))
    }  # fmt: skip
    s.update({f"{x}_ph": P("PHONE", who.phone), f"{x}_em": P("EMAIL", who.email), f"{x}_title": who.title,
              f"{x}_her": "her" if who.female else "his", f"{x}_she": "she" if who.female else "he"})  # fmt: skip
    return s


def address(rng: random.Random, region: str) -> dict[str, Slot]:
    style, keep_region, zpat = ADDRESSES[region]
    town = rng.choice(TOWNS[region])
    st = rng.choice(STREETS[style])
    n = rng.randint(2, 388)
    line = {
        "us": f"{n} {st}, Apt {rng.randint(2, 9)}{rng.choice('ABCD')}",
        "hk": f"Flat {rng.randint(1, 24)}{rng.choice('ABCDEFGH')}, {rng.randint(2, 38)}/F, {n} {st}",
        "sg": f"Blk {n} {town} {st}, #{rng.randint(2, 16):02d}-{rng.randint(10, 399)}",
        "ph": f"Blk {rng.randint(1, 40)} Lot {rng.randint(1, 30)}, {st}, Brgy. {rng.choice(BRGY)}",
        "th": f"{n}/{rng.randint(1, 99)} Moo {rng.randint(1, 12)}, {st}",
        "my": f"No. {n}, {st}, {rng.choice(TAMAN)}",
        "id": f"{st} RT 0{rng.randint(1, 9)}/RW 0{rng.randint(1, 9)}, {rng.choice(DESA)}",
        "jp": f"{rng.randint(1, 5)}-{rng.randint(1, 30)}-{rng.randint(1, 20)} {st}",
        "kr": f"{st} {n}",
        "cn": f"{st}{n}号",
    }[style]
    return {"street": P("ADDRESS", line), "town": P("ADDRESS", town), "zip": P("ZIP", fill(rng, zpat)) if zpat else "",
            "k_region": K(keep_region)}  # fmt: skip


def base_slots(rng: random.Random, people: dict[str, list[str]], region: str, phone_region: str) -> dict[str, Slot]:
    used: set[str] = set()
    s: dict[str, Slot] = {}
    for x, cultures in people.items():
        s.update(person_slots(x, draw_person(rng, rng.choice(cultures), used, phone_region)))
    d1 = date(2022, 1, 10) + timedelta(days=rng.randrange(1000))
    dob = date(1940, 1, 1) + timedelta(days=rng.randrange(60 * 365))
    for key, d in (("d1", d1), ("d2", d1 + timedelta(days=rng.randint(3, 40))), ("d3", d1 - timedelta(days=rng.randint(5, 90))), ("dob", dob)):
        s.update({f"{key}_{k}": P("DATE", v) for k, v in date_forms(d).items()})
    s["age"] = P("AGE", str(rng.randint(90, 104)))
    s["mrn"], s["mrn2"] = P("MRN", ids.mrn(rng)), P("MRN", ids.mrn(rng))
    s["hkid"], s["nric"] = P("ID", ids.hkid(rng)), P("ID", ids.nric(rng, dob.year))
    s["thai_id"], s["mykad"] = P("ID", ids.thai_id(rng)), P("ID", ids.mykad(rng, dob))
    s["nik"], s["philhealth"], s["cccd"] = P("ID", ids.nik(rng, dob, rng.random() < 0.5)), P("ID", ids.philhealth(rng)), P("ID", ids.cccd(rng))
    s.update(address(rng, region))
    pick = rng.sample
    for name, pool, k in (("k_drug", DRUGS, 3), ("k_term", TERMS, 2), ("k_food", FOODS, 2), ("k_country", COUNTRIES, 1),
                          ("k_prov", PROVINCES, 1), ("k_org", ORGS, 1), ("k_app", APPS, 1)):  # fmt: skip
        for i, v in enumerate(pick(pool, k)):
            s[name + ("" if i == 0 else str(i + 1))] = K(v)
    words = [w for w in WORD_KEEP if not set(w.replace("-", " ").split()) & used]
    s["k_w1"], s["k_w2"] = (K(w) for w in pick(words, 2))
    return s


# ---- templates -------------------------------------------------------------------------------------------
# (kind, format, people: role -> cultures, address region, phone region ("" = each person's home), template)

CHINATOWN = """Golden Gate Chinatown Community Health Center -- Progress Note
Patient: «p_west» («p_native»)   DOB: «dob_mdy»   MRN: «mrn»
Visit: «d1_mdy»   Interpreter: «a_full» (Mandarin)   PCP: Dr. «b_west»
S: 68 y/o from «k_prov» seen with daughter «q_west» («q_native»). Mrs. «p_fam» reports dizziness since «d3_mdy». Eats «k_food» most mornings.
Hx «k_term», on «k_drug» and «k_drug2». «q_call» manages the pillbox; reach her at «q_ph».
O: BP 158/92. «k_w1».
A/P: increase «k_drug». Labs next visit. Family prefers calls to «p_ph» (home, «street», «town», «k_region» «zip»).
Seen with «a_call»; note routed to «b_west» and to «c_full» at «k_org».
"""

HK_DISCHARGE = """‹Kwong Wah Hospital› -- DISCHARGE SUMMARY
Name: «p_FAM» «p_given» («p_native»)     HKID: «hkid»     Age: «age»
Hospital No.: «mrn»     Ward 7B     Admitted: «d3_dmy»     Discharged: «d1_dmy»
Address: «street», «town», Hong Kong
Next of kin: «q_west» («q_native»), son, tel «q_ph»
Diagnosis: «k_term»; background «k_term2».
Progress: Madam «p_fam» was admitted via A&E after a fall at home. Treated with «k_drug». Physiotherapy by «a_west». Tolerated «k_food» on day 3.
Discharge medication: «k_drug2», «k_drug3».
FU: SOPC «d2_dmy». «k_w1». Dr «b_west» (MO), for Dr «c_full» (AC).
"""

SG_REFERRAL = """‹SingHealth› / Eastgate Polyclinic -- REFERRAL MEMO
To: Specialist Outpatient Clinic (Endocrine)    Date: «d1_mon»
Patient: «p_full» (NRIC «nric»)   DOB «dob_mon»   Contact «p_ph»
Address: «street», Singapore «zip»
Dear colleague, kindly see this «k_country»-born lady with «k_term», HbA1c 9.1% on «k_drug» and «k_drug2».
She lives with her husband «q_full» («q_ph»), who is her main caregiver. Diet: «k_food» daily.
Previous review by Dr «a_full» on «d3_mon». «k_w1».
Thank you. Dr «b_full», Family Physician (MCR «mrn»); cc «c_west», care coordinator, «c_em».
"""

NIKKEI_EMAIL = """From: «q_west» <«q_em»>
To: Care Coordination, «k_org»
Subject: Mom -- medication questions before «d1_dm»

Hello,
I'm writing about my mother, «p_west» («p_native», DOB «dob_mdy», member ID «mrn»). She is now «age» and still lives at «street», «town», «k_region» «zip».
Since «d3_mdy» she seems more confused and skipped her «k_drug». Dr. «a_fam» suggested «k_drug2». My brother «c_west» in «k_prov» wants to know if «k_term» runs in families.
Our neighbour «b_fam»-san checks on her daily; his cell is «b_ph». «p_fam»-san (that is what everyone calls Mom) refuses a walker.
She still loves «k_food». «k_w1».
Thank you,
«q_west» («q_ph»)
"""

KOREATOWN_CHAT = """[KakaoTalk] Hanmaum Pharmacy <> customer
«d1_ko» 10:12 «p_native»: 안녕하세요, my mom's «k_drug» refill ready?
10:13 Pharmacy («a_west»): Hi «p_call»! Under whose name?
10:13 «p_native»: «q_native» («q_west»), DOB «dob_mdy»
10:14 Pharmacy («a_west»): Found it, Rx for «q_fam», «q_call» at «street», «town». Copay $10.
10:15 «p_native»: ok. also she has «k_term» now, can she take «k_drug2»?
10:16 Pharmacy («a_west»): Ask Dr. «b_full», I'll fax him. Call us at «a_ph»
10:17 «p_native»: thx! my cell «p_ph», I'm «p_full» btw
10:20 Pharmacy («c_west»): «k_w1». Pick up after «d2_mdy». Member «mrn».
"""

NAIL_SALON = """OCCUPATIONAL HEALTH SCREENING -- Nail salon workers (Lotus Nails & Spa)
Date: «d1_mdy»   Screener: «a_west», RN   Translator: «b_full» (Vietnamese)
Worker: «p_full» («p_native»)   called "chị «p_call»" by co-workers   DOB «dob_mdy»
Cell: «p_ph»   Home: «street», «town», «k_region» «zip»
Exposure: acrylic monomer, acetone 6 d/wk. Reports «k_term» and «k_term2» since «d3_mdy».
Co-worker «q_full» («q_native», «q_ph») reports the same symptoms; Ms. «q_call» wears no mask.
Meds: «k_drug». Lunch usually «k_food». Family in «k_prov», «k_country». «k_w1».
Referred to Dr «c_full». Owner «c_call» to receive ventilation letter («c_em»).
"""

TAGLISH = """ENDORSEMENT -- Ward 4, night to AM shift («d1_dmy»)
Bed 12: «p_full», «age» y/o, «k_term». Si Lola «p_call» medyo restless kagabi, binigyan ng «k_drug» at 0200. PhilHealth «philhealth».
Bantay: apo niya si «q_full» («q_nick»), cp «q_ph». Sabi ni «q_call» uuwi muna siya, babalik ng 10AM.
Address sa chart: «street», «town» «zip».
Bed 14: «c_full», for «k_drug2» at 0800. Si Kuya «c_call» ayaw kumain ng «k_food». «k_w1».
Endorsed by «a_full» to «b_full». Pakisabi kay «b_nick», i-check ulit ang BP ni «p_call» at 0600. Admit «d3_dmy».
"""

THAI_MEDTOUR = """From: «a_full» <«a_em»>, International Patient Coordinator, ‹Bumrungrad International›
To: «p_west» <«p_em»>
Subject: Your knee replacement package -- arrival «d1_mon»

Dear «p_title» «p_fam»,
Thank you for choosing us. Your case number is «mrn». Khun «b_call» (nickname «b_nick») will meet you at Suvarnabhumi with a «k_w1» sign.
Please bring your «k_drug» and «k_drug2». Pre-op screening for «k_term» is booked for «d2_mon».
Your companion «q_west» (passport on file, mobile «q_ph») may stay in the room. Local emergency contact: «c_full» («c_nick»), «c_ph», «street», «town», «k_region» «zip».
Feel free to LINE me at «a_ph». Try the «k_food» downstairs!
Best regards, «a_nick» («a_call»)
"""

MY_WHATSAPP = """[WhatsApp] Wad 5A Jururawat 🏥
[«d1_dmy» 07:02] «a_call»: Morning all. Katil 3 «p_full» (MyKad «mykad») demam malam tadi, dah bagi «k_drug»
[07:04] «b_call»: ok noted. Waris dia «q_full» call 3x, no «q_ph»
[07:05] «a_call»: Pakcik tu «age» tahun. Alamat «street», «zip» «town»
[07:09] «c_call»: Dr «c_full» says start «k_drug2», check «k_term» 
[07:11] «b_call»: Ok. @«a_call» tell «q_call» visiting hours after Zohor. «k_w1»
[07:15] «a_call»: Pesakit minta «k_food» 😅 Admit date «d3_dmy»
[07:20] «b_full»: baik
"""

TKI_CHECK = """SURAT KETERANGAN PEMERIKSAAN KESEHATAN CALON PMI / Medical Check Migrant Worker (TKI)
Sarana Kesehatan: Klinik Sehat Sentosa, «k_region»
Nama / Name: «p_full»          NIK: «nik»
Tempat/Tgl Lahir: «town», «dob_dmy»
Alamat: «street», «town» «zip», «k_region»
Negara tujuan / Destination: Hong Kong (domestic helper); agency contact «a_full», «a_ph»
Hasil / Results: chest X-ray normal, no «k_term»; «k_term2» negative. Hb 11.8. On «k_drug».
Keluarga / Family: suami «q_full», «q_ph». Pemeriksa: dr. «b_full». Tanggal «d1_dmy», berlaku s/d «d2_dmy».
«k_w1». Ref «mrn».
"""

HMONG_CONF = """Family Conference Note -- Palliative Care
Date: «d1_mdy». Patient: «p_full», «age»-year-old Hmong elder, MRN «mrn», lives with son at «street», «town», «k_region» «zip».
Present: son «q_full» (spokesperson, «q_ph»), daughter-in-law «c_full», clan leader «b_full» («b_fam» clan), RN «a_west».
Interpreter: «a_call». Family requests a txiv neeb (shaman) ceremony before any «k_term» treatment; «q_call» says «p_call» wants to go home.
«b_call» explained the clan's view. Meds: «k_drug» PRN, «k_drug2». Favourite food «k_food». «k_w1».
Plan: home hospice. Contact «q_call» or «c_call»; «c_em». Next meeting «d2_mdy». Earlier admission «d3_mdy».
"""

BURMESE_CARD = """REFUGEE HEALTH CLINIC -- PATIENT CARD (Karen / Burmese)
Name: Daw «p_full»    Arrived from Mae La camp: «d3_mdy»
DOB (approx.): «dob_mdy»   Age on record: «age»   Clinic ID: «mrn»   Alien #: «mrn2»
Address: «street», «town», «k_region» «zip»   Phone: «p_ph»
Caseworker: «a_full» («a_em»). Interpreter: Saw «b_full».
Problems: «k_term», «k_term2». Meds: «k_drug», «k_drug2».
Family: son Ko «q_full» («q_ph»), granddaughter Ma «c_full». Eats «k_food». «k_w1».
Next: «d1_mdy» with Dr. «a_call».
"""

INTERPRETER_LOG = """Interpreter call log -- Cantonese (粵語)
Date: «d1_mdy» 14:05-14:31   Interpreter ID «mrn2»: «a_west» («a_native»)
Clinician: «b_west», RN   Patient: «p_full» / «p_native», MRN «mrn», DOB «dob_mdy»
14:06 Pt called from «p_ph», asked for «c_nick» (social worker) by name.
14:09 Pt states daughter «q_west» («q_native») lives at «street», «town», «k_region» «zip», can pick up «k_drug».
14:15 Explained «k_term» results; pt asked whether «k_food» is ok with «k_drug2».
14:22 Pt said "call «q_nick» at «q_ph»". «k_w1».
14:31 Ended. Follow-up with «c_west» on «d2_mdy».
"""

WECHAT = """[微信 WeChat 群聊: 妈妈健康群]
«d1_cjk» 20:31 «q_call»: 妈妈今天血压160/95，药吃了 «k_drug»
20:33 «c_native»: 明天带她去复诊吧。Dr «a_west» said increase dose?
20:35 «q_call»: 患者«p_native»今日复诊 -- 医院短信这么写的哈哈
20:36 «c_native»: ok. 地址还是 «k_region» 广州市 «town»«street» 吗？
20:38 «q_call»: yes. Call me «q_ph» if the clinic rings you. 我的邮箱 «q_em»
20:40 «c_call»: 奶奶 born «dob_cjk», 病历号 «mrn»
20:41 «q_call»: 👍 and ask about «k_term», she's eating «k_food» every day
20:45 «c_native»: «k_w1» lol. Dr «a_fam»'s nurse «b_west» will call «p_ph»
"""

APP_REVIEW = """★☆☆☆☆  "Worst telehealth app in «k_country»"  -- by «p_nick»_«p_low», «d1_mon»
I booked a video consult for my mother «q_full» on «d2_mon» and the doctor (Dr. «a_full») never joined. The app showed HER record number «mrn» and my phone «p_ph» to another family!!! My name «p_full» is printed on someone else's «k_drug» prescription. Support agent «b_call» said wait 48 hours.
Also «k_term» medicine delivery went to «street», «town» instead of our home. «k_w1». Called «b_ph» 5 times.
Update «d3_mon»: «c_full» from their team emailed me («c_em») to apologise. Still 1 star.
Developer response: Hi «p_nick», we're sorry. Please DM us on «k_app». -- «c_call»
"""

CRM_CSV = """lead_id,created,full_name,name_native,dob,phone,email,city,postcode,interest,agent,notes
L-20931,«d1_iso»,«p_full»,«p_native»,«dob_iso»,«p_ph»,«p_em»,«town»,«zip»,«k_term»,«a_west»,"wants «k_drug», prefers «k_app»"
L-20932,«d2_iso»,«q_full»,«q_native»,«d3_iso»,«q_ph»,«q_em»,«k_region»,,«k_term2»,«a_west»,"ref by «p_call»; lunch «k_food»"
L-20933,«d2_iso»,«c_west»,,,«c_ph»,«c_em»,,,«k_w1»,«b_west»,"called back by «b_call»; «k_drug2»"
"""

FIXTURE = """# tests/fixtures/test_patient_merge.py  --  TODO(«a_low»): replace with synthetic data before release!!
# copied from staging by «b_west» («b_em»), see ticket HT-311
PATIENT_A = {
    "name": "«p_full»",
    "name_local": "«p_native»",
    "dob": "«dob_iso»",
    "mrn": "«mrn»",
    "phone": "«p_ph»",
    "address": "«street», «town»",
    "meds": ["«k_drug»", "«k_drug2»"],
}
PATIENT_B = {"name": "«q_west»", "name_local": "«q_native»", "dob": "«d3_iso»", "mrn": "«mrn2»", "email": "«q_em»"}
# «c_call» says merging «p_call» and «q_call» reproduces the «k_term» allergy bug (HT-298), «k_w1»
"""

LAB_REPORT = """‹Asan Medical Center› -- LABORATORY REPORT / 검사 결과지 / 検査結果報告書
Patient / 환자 / 患者:  «p_native»  /  «p_west»
DOB / 생년월일: «dob_ko»      Reg. No. «mrn»      Collected: «d1_ko» 08:40
Ordering physician: «a_west» («a_native»)      Contact: «p_ph»
Address: «street», «town», «k_region» «zip»
Test                     Result      Ref.
HBsAg                    reactive    (non-reactive)   -- «k_term»
ALT                      58 U/L      (<40)
HbA1c                    6.9 %       (<5.7)
Comment: on «k_drug». Verified by «b_west» («b_native») «d2_ko». Copy to «q_full» (guardian, «q_ph»). «k_w1».
"""

EAST = ["zh", "hk", "tw", "ja", "ko"]
SEA = ["vi", "th", "ph", "id", "my", "mm", "km", "hm", "lo"]
ANY = EAST + SEA
TEMPLATES: list[tuple[str, str, dict[str, list[str]], str, str, str]] = [
    ("ea34_chinatown_clinic_note", "text", {"p": ["zh", "hk"], "q": ["zh", "hk"], "a": ["zh"], "b": ["hk", "tw", "ko"], "c": ANY}, "us_east", "us", CHINATOWN),
    ("ea34_hk_discharge_summary", "text", {"p": ["hk"], "q": ["hk"], "a": ["hk"], "b": ["hk"], "c": ["hk", "zh"]}, "hk", "hk", HK_DISCHARGE),
    ("ea34_sg_polyclinic_referral", "text", {"p": ["zh", "my", "hk"], "q": ["zh", "my", "hk"], "a": ["zh", "my"], "b": ["zh", "my", "hk"], "c": ["zh", "my"]}, "sg", "sg", SG_REFERRAL),
    ("ea34_nikkei_caregiver_email", "text", {"p": ["ja"], "q": ["ja"], "a": ["ja", "ko", "zh"], "b": ["ja"], "c": ["ja"]}, "us_west", "us", NIKKEI_EMAIL),
    ("ea34_koreatown_pharmacy_kakao", "text", {"p": ["ko"], "q": ["ko"], "a": ["ko"], "b": ["ko", "zh"], "c": ["ko"]}, "us_east", "us", KOREATOWN_CHAT),
    ("ea34_nail_salon_screening", "text", {"p": ["vi"], "q": ["vi"], "a": ["ph", "ko", "zh"], "b": ["vi"], "c": ["vi"]}, "us_west", "us", NAIL_SALON),
    ("ea34_taglish_nurse_endorsement", "text", {"p": ["ph"], "q": ["ph"], "a": ["ph"], "b": ["ph"], "c": ["ph"]}, "ph", "ph", TAGLISH),
    ("ea34_thai_medtourism_email", "text", {"p": ["ja", "ko", "zh", "my"], "q": ["ja", "ko", "zh", "my"], "a": ["th"], "b": ["th"], "c": ["th"]}, "th", "th", THAI_MEDTOUR),
    ("ea34_malaysian_ward_whatsapp", "text", {"p": ["my"], "q": ["my"], "a": ["my"], "b": ["my"], "c": ["my"]}, "my", "my", MY_WHATSAPP),
    ("ea34_tki_migrant_medical_check", "text", {"p": ["id"], "q": ["id"], "a": ["id"], "b": ["id"], "c": ["id"]}, "id", "id", TKI_CHECK),
    ("ea34_hmong_family_conference", "text", {"p": ["hm"], "q": ["hm"], "a": ["hm", "lo"], "b": ["hm"], "c": ["hm"]}, "us_mid", "us", HMONG_CONF),
    ("ea34_burmese_refugee_card", "text", {"p": ["mm"], "q": ["mm"], "a": ["km", "lo", "th", "vi"], "b": ["mm"], "c": ["mm"]}, "us_mid", "us", BURMESE_CARD),
    ("ea34_cantonese_interpreter_log", "text", {"p": ["hk"], "q": ["hk"], "a": ["hk"], "b": ["km", "ph", "vi", "lo"], "c": ["hk", "tw"]}, "us_west", "us", INTERPRETER_LOG),
    ("ea34_wechat_bilingual_group", "text", {"p": ["zh"], "q": ["zh"], "a": ["zh"], "b": ["zh", "tw"], "c": ["zh"]}, "cn", "cn", WECHAT),
    ("ea34_app_store_review", "text", {"p": ["th", "vi", "ph", "my"], "q": ["th", "vi", "ph", "my"], "a": SEA, "b": SEA, "c": SEA}, "th", "", APP_REVIEW),
    ("ea34_telehealth_crm_csv", "text", {"p": ["zh", "ja", "ko", "vi"], "q": ["zh", "ja", "ko", "vi"], "a": ANY, "b": ANY, "c": ["th", "km", "lo", "id"]}, "sg", "", CRM_CSV),
    ("ea34_healthtech_fixture", "text", {"p": ["zh", "ko", "ja", "tw"], "q": ["zh", "ko", "ja", "tw"], "a": ANY, "b": ANY, "c": ANY}, "kr", "", FIXTURE),
    ("ea34_bilingual_lab_report", "text", {"p": ["ko", "ja"], "q": ["ko", "ja", "zh"], "a": ["ko", "ja"], "b": ["ko", "ja", "tw"], "c": ANY}, "kr", "", LAB_REPORT),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, fmt: str, people: dict[str, list[str]], region: str, phones: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe34:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, people, region, phones)
        content, phi, keep, spans = render(template, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, "en", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
