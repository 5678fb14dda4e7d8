# ruff: noqa: E501  (hand-aligned templates)
"""Thirty-sixth independent probe corpus: English health text written carelessly -- all lower case, ALL CAPS,
no punctuation, typos around the PHI, chat abbreviations, emoji, and speech-to-text output with numbers and
dates spoken as words, speaker tags, timestamps, fillers and self-corrections.

36 labelled documents in 18 kinds per seed, two of each: an alphanumeric pager log, a secure-text (TigerText
style) thread, an ambient-scribe raw transcript, a nurse's voice memo sent to text, a patient-portal message
typed on a phone, a call-centre after-call summary in caps, a triage nurse phone note, a voice-assistant
medication reminder log, a hospital intranet search-query log, a sticky-note transcription, a shift-change
group text, a lab courier driver log, a home-health aide daily log, an after-hours answering-service sheet, a
rideshare-to-clinic booking chat, a meal-delivery note, a hospice on-call log and a dev team's lower-case
commit messages and Slack about a bug repro with a patient in it.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` patient, `q` relative, `a`, `b` staff, `c` another person, `s` a
person with a particle family name (McQuarrie, O'Dowda, de la Tejera), `m` a misheard/misspoken given name that
the speaker corrects. Forms: `_g` `_f` `_n` lower-case given/family/full, `_af` `_an` the family/full name as
ASR splits it ("mc quarrie", "o dowda"), `_gi` given + initial ("brinley p"), `_G` `_F` `_N` upper case,
`_FG` "FAMILY GIVEN", `_FcG` "FAMILY, GIVEN", `_T` as written ("Brinley Pennycuick"), `_nick`, `_ph` a phone
in digits, `_phw` a phone spoken digit by digit, `_em` / `_EM` e-mail. Dates `d1` `d2` `d3` and `dob`: `_md`
"3/4", `_mdy` "3/4/24", `_lw` "march 3", `_lo` "march 3rd", `_AB` "MAR 03", `_SL` "03/04/2024", `_iso`,
`_UP` "MARCH 3", `_sp` "march third"; `dob_sp` is "march third" (DATE) followed by the spoken year as plain
text (a year may stay under Safe Harbor).

Labelling policy (decided before any measurement):
- NAME: every name of a person as written -- lower case, upper case, split by ASR, given alone, family alone,
  given + initial (the initial inside the label), nicknames, and a misspoken name the speaker then corrects.
- DATE: days more specific than a year, in digits or spoken ("march third"); a spoken year after a spoken
  date is plain text. AGE: 90 or more, digits or words ("ninety three"). PHONE in digits or spoken digit by
  digit exactly as written ("five five five two one ..."). EMAIL, MRN (digits or spoken), SSN, HEALTH_PLAN.
- ADDRESS: a street line (digits or spoken house number) and the town a person lives in; ZIP: five digits or
  spoken. The state is keep.
- Keep: drugs and doses in lower or upper case, clinical abbreviations, products (tigertext, alexa, uber,
  doordash, mychart), rooms and beds, times of day, weekdays and months without a day, and ordinary words that
  are also names used as ordinary words ("will call back", "frank blood", "pat dry", "grace period").
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe36 import ids
from tests.engine.probe36.people import (
    STREETS,
    TOWNS,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
    spoken_day,
    spoken_digits,
    spoken_number,
    spoken_year,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

WEEKDAYS = ["monday", "tues", "wednesday", "thurs", "friday", "saturday", "sunday"]
DRUGS = ["metoprolol 25 mg", "eliquis 5mg", "lasix 40 mg", "tylenol 500 mg", "oxycodone 5 mg", "lisinopril 10 mg",
         "keppra 500 mg", "zofran 4 mg", "insulin lispro 6 units", "senna 2 tabs", "albuterol neb", "coumadin 2.5 mg",
         "morphine 2 mg", "gabapentin 300 mg", "prednisone 20 mg", "ativan 0.5 mg"]  # fmt: skip
ROOMS = ["412", "318b", "7", "22", "509", "614a", "3", "1140"]
MONTHS = ["january", "february", "april", "july", "august", "october", "november", "december"]


def date_forms(d: date) -> dict[str, str]:
    mon = d.strftime("%B").lower()
    sfx = "th" if 11 <= d.day <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
    return {
        "md": f"{d.month}/{d.day}", "mdy": f"{d.month}/{d.day}/{d.year % 100:02d}", "lw": f"{mon} {d.day}",
        "lo": f"{mon} {d.day}{sfx}", "AB": f"{mon[:3].upper()} {d.day:02d}", "SL": f"{d.month:02d}/{d.day:02d}/{d.year}",
        "iso": d.isoformat(), "UP": f"{mon.upper()} {d.day}", "sp": f"{mon} {spoken_day(d.day)}",
    }  # fmt: skip


def person_slots(x: str, w: Person, rng: random.Random) -> dict[str, Slot]:
    g, f, af = w.given.lower(), w.family.lower(), w.asr_family
    return {
        f"{x}_g": P("NAME", g), f"{x}_f": P("NAME", f), f"{x}_n": P("NAME", f"{g} {f}"), f"{x}_af": P("NAME", af),
        f"{x}_an": P("NAME", f"{g} {af}"), f"{x}_gi": P("NAME", f"{g} {f.replace('de la ', '')[0]}"),
        f"{x}_G": P("NAME", g.upper()), f"{x}_F": P("NAME", f.upper()), f"{x}_N": P("NAME", f"{g} {f}".upper()),
        f"{x}_FG": P("NAME", f"{f} {g}".upper()), f"{x}_FcG": P("NAME", f"{f}, {g}".upper()),
        f"{x}_T": P("NAME", w.full), f"{x}_Tg": P("NAME", w.given), f"{x}_nick": P("NAME", w.nick),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_phw": P("PHONE", spoken_digits(w.phone.removeprefix("1-"), rng)),
        f"{x}_em": P("EMAIL", w.email), f"{x}_EM": P("EMAIL", w.email.upper()),
        f"{x}_she": "she" if w.female else "he", f"{x}_her": "her" if w.female else "his",
        f"{x}_HER": "HER" if w.female else "HIS", f"{x}_SHE": "SHE" if w.female else "HE",
        f"{x}_him": "her" if w.female else "him", f"{x}_HIM": "HER" if w.female else "HIM",
        f"{x}_kid": "daughter" if w.female else "son", f"{x}_KID": "DAUGHTER" if w.female else "SON",
        f"{x}_sp": "wife" if w.female else "husband", f"{x}_SP": "WIFE" if w.female else "HUSBAND",
        f"{x}_sib": "sister" if w.female else "brother", f"{x}_NICK": P("NAME", w.nick.upper()),
    }  # fmt: skip


def base_slots(rng: random.Random) -> dict[str, Slot]:
    used: set[str] = set()
    people = {x: draw_person(rng, used) for x in ("p", "q", "a", "b", "c", "m")}
    people["s"] = draw_person(rng, used, particle=True)
    s: dict[str, Slot] = {}
    for x, who in people.items():
        s.update(person_slots(x, who, rng))
    d1 = date(2023, 1, 9) + timedelta(days=rng.randrange(900))
    dob = date(1926, 1, 1) + timedelta(days=rng.randrange(365 * 70))
    days = (("d1", d1), ("d2", d1 + timedelta(days=rng.randint(3, 20))), ("d3", d1 - timedelta(days=rng.randint(5, 60))), ("dob", dob))
    for key, d in days:
        s.update({f"{key}_{k}": P("DATE", v) for k, v in date_forms(d).items()})
    s["dob_sp"] = (P("DATE", date_forms(dob)["sp"]), " " + spoken_year(dob.year))
    age = rng.randint(90, 104)
    s["age"], s["age_w"] = P("AGE", str(age)), P("AGE", spoken_number(age))
    mrn = ids.mrn(rng)
    s["mrn"], s["mrn_w"] = P("MRN", mrn), P("MRN", spoken_digits(mrn, rng))
    s["member"], s["ssn"] = P("HEALTH_PLAN", ids.member_id(rng)), P("SSN", ids.ssn(rng))
    town, state, zpat = rng.choice(TOWNS)
    name, abbr, word = rng.choice(STREETS)
    num = rng.randint(3, 9899)
    s["st"], s["ST"] = P("ADDRESS", f"{num} {name.lower()} {abbr}"), P("ADDRESS", f"{num} {name} {abbr}".upper())
    s["st_w"] = P("ADDRESS", f"{spoken_number(num) if num < 1000 else num} {name.lower()} {word}")
    zp = fill(rng, zpat)
    s["town"], s["TOWN"], s["zip"], s["zip_w"] = P("ADDRESS", town.lower()), P("ADDRESS", town.upper()), P("ZIP", zp), P("ZIP", spoken_digits(zp, rng))
    s["k_state"], s["k_STATE"] = K(state), K(state.upper())
    drugs = rng.sample(DRUGS, 3)
    for i, v in enumerate(drugs, 1):
        s[f"k_drug{i}"], s[f"k_DRUG{i}"] = K(v), K(v.upper())
    wd = rng.choice(WEEKDAYS)
    s["k_wd"], s["k_WD"], s["k_month"] = K(wd), K(wd.upper()), K(rng.choice(MONTHS))
    room = rng.choice(ROOMS)
    s["k_rm"], s["k_RM"], s["k_bed"] = K(f"rm {room}"), K(f"RM {room.upper()}"), K(f"bed {rng.randint(1, 28)}")
    start = rng.randint(6 * 60, 15 * 60)
    times = sorted({start + rng.randint(0, 300) for _ in range(12)})[:9]
    for i, t in enumerate(times, 1):
        s[f"k_t{i}"], s[f"k_c{i}"] = K(f"{t // 60:02d}{t % 60:02d}"), K(f"{t // 60}:{t % 60:02d}")
    return s


# ---- templates -------------------------------------------------------------------------------------------

PAGER = """ALPHA PAGER LOG  UNIT 4W  «k_WD»
«k_t1» TO DR «a_F»: PT «p_FG» «k_RM» C/O CP 8/10 PLS CALL «b_ph» THX
«k_t2» FR DR «a_F»: OMW GIVE «k_DRUG1» NOW
«k_t3» TO PHARM: NEED «k_DRUG2» FOR «p_F» MRN «mrn» DOB «dob_SL»
«k_t4» TO CHAPLAIN «c_N»: FAMILY OF «p_F» (SPOUSE «q_N») ‹WILL BE IN AT 5› CB «q_ph»
«k_t5» TO DR «a_F»: «p_F» IS «age» YO HIGH FALL RISK, «s_KID» «s_N» AT BEDSIDE. ‹FRANK BLOOD› IN FOLEY
«k_t6» TO CM «b_N»: D/C PLAN «d2_AB» TO HOME «ST» «TOWN» «zip» NEEDS HOME O2
«k_t7» FR OPERATOR: OUTSIDE CALL FOR «b_G» FROM «c_G» ‹ABOUT THE BILL› CB «c_ph»
«k_t8» TO «a_FcG»: ADMIT DATE «d1_SL» CONFIRMD, ‹MAY NEED› TELE
"""

SECURE_TEXT = """tigertext ▸ «a_n» ↔ «b_n»
[«k_c1»] «a_g»: hey is «p_n» still in «k_rm»?? fam asking
[«k_c2»] «b_g»: ya shes there. «p_her» «q_kid» «q_g» called from «q_ph» wants f/u re the «k_drug1»
[«k_c3»] «a_g»: ok ‹will call back› after rounds. dob «dob_mdy»?? wanna make sure its the right «p_f» we have 2
[«k_c4»] «b_g»: yep thats her, mrn «mrn». the other one is «c_n» in 6
[«k_c5»] «a_g»: 👍 thx. is «p_she» still goin home «d2_md» to «town»? «q_g» said «p_she» lives at «st» now not the old place
[«k_c6»] «b_g»: idk ask sw. «s_n» from sw is on till 7, «s_her» # is «s_ph»
[«k_c7»] «a_g»: kk. also ‹mark the chart› no bp in left arm pls
[«k_c8»] «b_g»: done ✅ also «p_nick» (what «p_she» goes by) asked for ‹art therapy› on «k_wd»
[«k_c9»] «a_g»: lol ok. email the rehab list to «a_em» when u can 🙏
"""

SCRIBE = """[ambient scribe - raw asr - unedited - session start «k_c1»]
[00:00:04] speaker 1: okay um so good morning i'm doctor «a_f» and this is «b_g» «b_she»'s a student is that okay
[00:00:09] speaker 2: yeah yeah thats fine
[00:00:11] speaker 1: can you tell me your full name and date of birth
[00:00:14] speaker 2: «p_an» uh date of birth «dob_sp»
[00:00:22] speaker 1: perfect and you're still at «st_w» in «town»
[00:00:26] speaker 2: yes ma'am zip is «zip_w» and the phone is «p_phw»
[00:00:37] speaker 1: great um so what brings you in
[00:00:39] speaker 2: so the chest thing came back since «d3_sp» and my «q_kid» «m_g» no sorry «q_g» «q_she» made me come
[00:00:49] speaker 3: hi yeah i'm «q_an» «p_her» «q_kid» uh «p_she»'s been taking the «k_drug1» but not the «k_drug2»
[00:00:57] speaker 1: okay and is your primary still doctor «c_af»
[00:01:02] speaker 2: no we uh we switched to «s_an» in ‹the spring› i think
[00:01:08] speaker 1: got it and you're «age_w» now
[00:01:11] speaker 2: «age_w» in ‹june› yeah ‹i hope› i make it lol
[00:01:15] speaker 1: um ‹i will› order a chest x-ray and labs and we'll see you back «d2_sp» okay
"""

VOICE_MEMO = """voice memo to text «k_c1» «k_wd»
ok note for «b_g» um pt «p_an» in «k_rm» is «age» years old from «town» «p_she» fell at home «d3_lw» «p_her» «q_kid» «q_an» found «p_him» on the floor uh «q_she» can be reached at «q_phw» «p_she»'s on «k_drug1» and ‹frank blood› no wait no blood just bruising um mrn is «mrn_w» wound care by «c_g» «c_af» ‹pat dry› and foam dressing pls do not use tape «p_her» address is «st_w» zip «zip» «q_kid» says the «s_g» «s_af» family next door checks on «p_him» f/u with doctor «a_f» on «d2_lw» that's all thx
end of memo
"""

PORTAL_PHONE = """mychart msg from pt - sent from iphone
subj: qustion abt my meds

hi dr «a_f» its «p_n» dob «dob_mdy» i was seen «d1_md» by «b_g» the np and «b_she» said to ‹take the› «k_drug1» bid but the bottle says once a day?? also my «q_sp» «q_g» ‹will pick up› the refill at walgreens on «k_wd» «q_her» # is «q_ph» in case. my new address is «st» «town» «k_state» «zip» since i moved in w/ my «c_sib» «c_n» 😊 pls update. oh and the bill came to my old email pls use «p_em» now
thx so much
«p_gi»

sent from my iphone
"""

AFTER_CALL = """AFTER CALL SUMMARY - MEMBER SERVICES - AGENT «b_FcG» EXT 4471
CALL START «k_t1» DATE «d1_SL»
CALLER: «q_N» («q_KID», ON HIPAA FORM) CB «q_ph»
MEMBER: «p_FcG» DOB «dob_SL» MEMBER ID «member» SSN «ssn»
ADDR ON FILE: «ST», «TOWN» «k_STATE» «zip» - CALLER SAYS MBR MOVED IN W/ «q_HIM», NEW ADDR NOT VERIFIED
REASON: DENIED CLAIM FOR DOS «d3_SL», ‹GRACE PERIOD› QUESTION, BILL FROM DR «a_F» OFFICE
MBR IS «age» YRS, HX CHF, COPD, ON «k_DRUG1» AND «k_DRUG2»
ACTION: SENT APPEAL FORM TO «q_EM». ‹WILL FOLLOW UP› «k_WD»
TRANSFERRED TO NURSE LINE («c_N») AT «k_t2»
"""

TRIAGE_PHONE = """triage phone note «d1_md» «k_c1»
caller «q_n» («q_sp») calling abt pt «p_n» «dob_mdy» mrn «mrn» c/o sob x2 days worse at night. hx copd chf. uses «k_drug1» prn w/ ‹no relief›. denies cp. says «p_her» lips look ‹a little blue›?? advised ed. «q_she» says cant drive b/c eyes, neighbor «c_gi» ‹may› take «p_him». confirmed home addr «st» in «town» and cb # «q_ph» alt «p_ph». pcp dr «a_f». ed charge rn «b_n» notified. spoke w/ «s_n» («s_kid», lives in «k_state») too. f/u call «d2_md» by «b_g» if not admitted.
"""

ALEXA_LOG = """voice assistant med reminder log - device "kitchen echo" - «k_wd»
«k_c1» reminder: "«p_g» time for your «k_drug1»" - ack: "ok alexa"
«k_c2» user: "alexa call «q_g»" -> dialing «q_n» «q_ph»
«k_c3» user: "alexa what day is my appointment" -> "your appointment with doctor «a_f» is «d2_sp» at ‹two pm›"
«k_c4» reminder: "«p_g» take «k_drug2» with food" - no ack
«k_c5» reminder repeat: "«p_g» take «k_drug2» with food" - no ack - caregiver alert sent to «c_n» at «c_ph»
«k_c6» user: "alexa remind me «m_g» uh no «s_g» is coming «d1_sp»"
«k_c7» user: "alexa play ‹amazing grace›"
«k_c7» user: "alexa add ‹graham crackers› and ‹dawn› dish soap to my list"
«k_c8» user: "alexa my birthday is «dob_lw»" -> "noted, «p_n», ‹happy early birthday›"
«k_c9» profile: owner «p_em» | address «st» «town» «zip» | household «q_g», «p_g»
"""

SEARCH_LOG = """intranet search log export (lower-cased by the indexer)
ts,user,query
«d1_iso» «k_c1»,«b_em»,«p_n» discharge summary
«d1_iso» «k_c2»,«b_em»,mrn «mrn»
«d1_iso» «k_c3»,«a_em»,«p_f» «dob_mdy»
«d1_iso» «k_c4»,«a_em»,how to ‹order› «k_drug1» ‹drip›
«d1_iso» «k_c5»,«c_em»,«q_n» phone «q_ph»
«d1_iso» «k_c6»,«c_em»,«s_n» «st» «town»
«d1_iso» «k_c7»,«b_em»,‹frank› ‹hematuria› protocol
«d1_iso» «k_c8»,«a_em»,«p_gi» «age» yo fall
«d1_iso» «k_c9»,«c_em»,‹will› ‹template› for «k_drug2»
"""

STICKY = """[transcribed sticky notes from nurses station monitor - photo «d1_md»]
note 1 (yellow): «p_F» «k_RM» - «q_KID» «q_G» «q_ph» WANTS CALL B4 ANY PROCEDURE!!
note 2 (pink): dr «a_f» cell «a_ph» ‹dont give out›
note 3 (yellow): «p_gi» dob «dob_mdy» allergic PCN ‹will› swell up
note 4 (blue): mrn «mrn» - «c_n» ‹pls› fax records to «s_n» @ rehab
note 5: pt «p_g» said pw for wifi is ‹bill2020› lol
note 6 (green): «b_G» «b_F» covering «k_wd» nights - ‹may› swap w «c_g»
note 7: «p_nick» (goes by) home «st» «town» «zip» - ‹bp rose› to 170 at «k_c2»
note 8: «age» y/o!! family bday party «d2_md» ask ‹art› ppl for card
"""

SHIFT_TEXT = """group text "4w nights 🌙" «d1_md»
«a_g»: ok handoff time 🥱 rm 2 «p_n» «age» yo still confused, «q_kid» «q_g» ‹will call› «k_c1»
«b_g»: got it. «p_she»'s on «k_drug1» now right
«a_g»: ya and «k_drug2» held, bp soft. «c_n» in rm 5 d/c «d2_md» home to «town» «k_bed» clean
«c_g»: whos got «s_gi»?? «s_she» keeps asking for ‹dawn› lol like the sunrise
«a_g»: me. «s_her» kid is «m_g» no wait thats «p_g»'s «q_kid» «q_g». sorry. «s_g» goes by «s_nick», «s_her» cb «s_ph»
«b_g»: lmao ok. «p_g» mrn «mrn» for the fall report
«a_g»: thx. also ‹sue› from pharmacy says ‹no joy› on the «k_drug3» shortage
«b_g»: 🙄 k. text me «b_ph» if any issues
"""

COURIER = """LAB COURIER RUN SHEET - DRIVER «a_FG» - VAN 12 - «k_WD»
«k_t1» PICKUP HOME DRAW «p_FG» «ST» «TOWN» «zip» - 2 TUBES, COOLER OK
«k_t2» PICKUP «q_N» DOB «dob_SL» AT NURSING HOME, CALL «q_ph»
«k_t3» DROP MAIN LAB, SIGNED BY «b_N»
«k_t4» PICKUP «c_FcG» - PT SAYS CALL «c_ph» B4 ARRIVING, DOG
«k_t5» STAT FOR DR «s_F» - PT «p_F» MRN «mrn» - ‹WILL DELIVER› BY «k_t6»
NOTES: «p_F» IS «age» AND ‹HARD OF HEARING›, ASK FOR GRANDKID «m_G». PT GOES BY «p_NICK»
RECEIVED «d1_SL» DISPATCH «b_G» - ‹MARK› MILEAGE 41
"""

HHA_LOG = """home health aide log «d1_md» (typed on phone)
arrived «k_c1» client «p_n» «age» yo sleeping. «q_kid» «q_g» left note on fridge
gave «k_drug1» w breakfast, «p_she» ‹may need› more ‹ensure›
bath done, ‹pat dry› feet, lotion. skin on heel red told «c_g» rn by phone «c_ph»
client says «m_g» visited yest?? no such person, prob means «s_gi» from church
‹will› need groceries, «q_g» pls bring, «q_her» # «q_ph»
client addr «st» «town» «zip» gate code on file
next visit «d2_md» «k_c2» ‹hope› «p_she» eats better 🍲
signed «b_n» aide id «b_em»
"""

ANSWERING = """AFTER HOURS ANSWERING SERVICE - MSG SHEET - «d1_SL»
MSG 1 «k_t1» FOR DR «a_F»: «q_N» CALLING RE «p_SP» «p_N» DOB «dob_SL», FEVER 102, ON «k_DRUG1». CB «q_ph» ‹WILL WAIT›
MSG 2 «k_t2» FOR ON CALL: «c_N» («c_ph») NEEDS REFILL «k_DRUG2» PHARM CLOSED
MSG 3 «k_t3» FOR DR «a_F»: HOSPICE RN «b_N» RE «s_N», AGE «age», ‹PAIN NOT CONTROLLED›. CB «b_ph»
MSG 4 «k_t4» CALLER DID NOT LEAVE NAME, # «m_ph»
MSG 5 «k_t5» FOR NURSE LINE: «p_F» AGAIN, SAYS ADDR IS «ST» «TOWN» IN CASE EMS NEEDED
OPERATOR: «b_G» (NIGHTS) - ‹MAY› ESCALATE IF NO CALLBACK
"""

RIDESHARE = """uber health booking chat - «k_wd»
coordinator: hi booking ride for pt «p_n» dob «dob_mdy» from «st» «town» to clinic ‹bldg c›
bot: got it. pickup time?
coordinator: «d2_lw» at «k_c1» pls. pt uses walker, «age» yo
bot: rider phone?
coordinator: «p_ph» but «p_she» doesnt text, call «p_her» «q_kid» «q_n» «q_ph» instead
driver («c_g»): here at «st» no answer
coordinator: try the side door, «q_g» ‹will› be there
driver («c_g»): ok got «p_him» 👍 felt bad to ‹rob› «p_him» of a nap lol
coordinator: thx «c_g». return ride at «k_c2», dr «a_f» office will confirm. mrn «mrn» for billing
"""

MEAL = """meal delivery note - «d1_md» - route 7
deliver to: «p_n» «st» apt 2 «town» «zip»
diet: low sodium, diabetic, no grapefruit (on «k_drug1»)
gate code in app. if no answer call «p_ph» or neighbor «c_gi» «c_ph»
pt is «age» and hard of hearing knock loud!!
‹may› be asleep, leave w/ «q_g» («q_kid») if «q_she»'s there
note from «b_g» (coordinator): «p_g» said ‹to be frank› the soup was too salty lol 😅
bill goes to «q_n» «q_em»
last delivery «d2_md» then «p_she» goes to «s_n»'s place in «k_state»
"""

HOSPICE = """hospice on call log - rn «a_n» - «d1_md» overnight
«k_c1» call from «q_n» («q_sp») re pt «p_n» mrn «mrn», increased sob, ‹morphine› per comfort plan, also «k_drug1» given, ‹will› reassess
«k_c2» visit made to «st» «town». pt resting. «q_sp» says «m_g» no «s_g» the «s_kid» is flying in from «k_state» «d2_md»
«k_c3» call from «c_n» (chaplain) cb «c_ph» ‹may› come in am
«k_c4» pt «p_g» «age» yo, resp changes, family at bedside. ‹frank› conversation w «q_sp» re goals
«k_c5» time of death «k_c6» pronounced by «a_g». md dr «b_f» notified «b_ph». funeral home: ‹rose lawn funeral home›, family to call
dob «dob_mdy» per chart
"""

DEV_SLACK = """git log --oneline (triage-bot repo)
a1f3c9e fix: lowercase names broke the dedupe for «p_n» repro (mrn «mrn»)
77be012 test: add fixture from ticket, dob «dob_iso» - todo remove real-ish data
c0ffee1 chore: bump ‹prettier›, ‹will› squash later

#triage-bot-dev (slack)
«a_g» «k_c1»: so the bug repro is pt «p_n» aka «p_nick», «age» yo, home «st» «town» «zip»
«b_g» «k_c2»: why do we have «p_her» phone in the test? «p_ph» 😬
«a_g» «k_c3»: copied from the support ticket «q_n» filed, «q_her» email «q_em»
«c_g» «k_c4»: pls scrub. also ‹mark› the test xfail til «d2_iso»
«s_g» «s_af» «k_c5»: i ‹may› have the same issue w «c_n» in staging, will dm
«b_g» «k_c6»: ‹grace› period on the ticket ends «d2_lw» fyi
"""

TEMPLATES: list[tuple[str, str, str]] = [
    ("cz36_alpha_pager_log_caps", "text", PAGER),
    ("cz36_secure_text_thread_lower", "text", SECURE_TEXT),
    ("cz36_ambient_scribe_raw_asr", "text", SCRIBE),
    ("cz36_nurse_voice_memo_to_text", "text", VOICE_MEMO),
    ("cz36_portal_message_from_phone", "text", PORTAL_PHONE),
    ("cz36_after_call_summary_caps", "text", AFTER_CALL),
    ("cz36_triage_phone_note_runon", "text", TRIAGE_PHONE),
    ("cz36_voice_assistant_reminder_log", "text", ALEXA_LOG),
    ("cz36_intranet_search_query_log", "text", SEARCH_LOG),
    ("cz36_sticky_note_transcription", "text", STICKY),
    ("cz36_shift_change_group_text", "text", SHIFT_TEXT),
    ("cz36_lab_courier_run_sheet", "text", COURIER),
    ("cz36_home_health_aide_phone_log", "text", HHA_LOG),
    ("cz36_answering_service_msg_sheet", "text", ANSWERING),
    ("cz36_rideshare_clinic_booking_chat", "text", RIDESHARE),
    ("cz36_meal_delivery_note", "text", MEAL),
    ("cz36_hospice_on_call_log", "text", HOSPICE),
    ("cz36_dev_commits_and_slack_lower", "text", DEV_SLACK),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe36:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng)
        content, phi, keep, spans = render(template, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, "en", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
