# ruff: noqa: E501  (hand-aligned templates)
"""Thirtieth independent probe corpus: people named in running English prose and chat, with no label, title
or form field pointing at them.

32 labelled documents in 16 kinds per seed, two of each: a nursing shift narrative, a physio/OT note, a
hospice chaplain visit note, a family e-mail to a clinic, a Slack thread between clinicians, a patient-portal
message thread, a caregiver WhatsApp chat, a call-centre transcript, an AI coding-agent conversation about a
patient-data bug, code-review comments quoting records, an incident report, a home-visit log, a school-nurse
note, a community-health-worker diary, a discharge phone-call script and social-work running notes. Names sit
as sentence subjects and objects, after "with", "for", "to", "from", "of", in possessives, in lists, as first
names alone, nicknames, lower-cased in chat, at the start of a message, in direct address ("Thanks Ekua, see
you") and in agent prompts. People of ten cultures (people.py), and names that are also English words (Hope,
Will, Hunter, Young, ...): the same words appear in other documents as ordinary words (WORD_KEEP, keep).

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep
value written in the template). People: `p` patient, `q` relative, `a`, `b` staff, `c` another person, `w`
a person whose given name is an English word, `v` one whose family name is. Forms: `_full`, `_given`,
`_family`, `_nick`, `_low` (given name lower-cased, chat), `_ph`, `_em`. Dates `d1`..`d3` as `_long`
("March 3, 2024"), `_dm` ("3 March"), `_md` ("3/14").

Labelling policy (decided before any measurement):
- NAME: every name of a person as written (full, given alone, family alone, nickname, lower-cased) --
  patients, relatives, staff, developers and reviewers alike; a possessive "'s" is outside the label. A word
  name (Hope, Will, Young) is NAME where it names a person, and the same word is keep where it is an
  ordinary word in another document (never both in one document).
- DATE: days of care or life more specific than a year. AGE: 90 or more (the number). PHONE, EMAIL, MRN.
- ADDRESS: a street line and the town a person lives in; ZIP: a five-digit ZIP. The state is keep.
- Keep: drugs with doses, clinical terms, hospital and department names, weekdays, months alone, products
  (Epic, Cerner, Slack, Jira, GitHub, Teams, WhatsApp), states and countries, capitalised sentence-initial
  ordinary words and the WORD_KEEP phrases. Relationship words ("daughter", "Mum") are plain text.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe30 import ids
from tests.engine.probe30.people import STREETS, TOWNS, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "WORD_KEEP", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
MONTHS = ["January", "February", "April", "June", "July", "September", "October", "December"]
DRUGS = ["enoxaparin 40 mg", "gabapentin 300 mg", "sertraline 50 mg", "morphine sulfate 2.5 mg", "amlodipine 5 mg",
         "salbutamol 100 mcg", "lorazepam 0.5 mg", "metformin 1 g", "ondansetron 4 mg", "prednisolone 30 mg",
         "haloperidol 0.5 mg", "cetirizine 10 mg", "insulin glargine 18 units", "ferrous sulfate 200 mg"]  # fmt: skip
TERMS = ["pressure injury", "orthostatic hypotension", "delirium", "cellulitis", "dysphagia", "COPD exacerbation",
         "heart failure", "sacral redness", "asthma", "type 1 diabetes", "neutropenic sepsis", "hypoglycaemia",
         "frailty", "anaphylaxis", "sundowning", "peripheral oedema"]  # fmt: skip
HOSPITALS = ["Mercy General Hospital", "St. Brendan's Medical Center", "Lakeside Community Hospital",
             "Northfield Regional Medical Center", "Valley Children's Hospital"]  # fmt: skip
DEPTS = ["Emergency Department", "Palliative Care", "Occupational Therapy", "Pharmacy", "Cardiology",
         "Respiratory Therapy", "Social Work", "Infusion Suite", "Endocrinology", "Wound Care Clinic"]  # fmt: skip
PRODUCTS = ["Epic", "Cerner", "Slack", "Jira", "GitHub", "Teams", "WhatsApp", "Zoom"]
COUNTRIES = ["Canada", "Mexico", "Ghana", "Samoa", "Poland", "Norway", "Jordan", "India"]
# ordinary uses of the words that are also names (people.WORD_GIVEN / WORD_FAMILY)
WORD_KEEP = ["Hope this helps", "Faith-based support group", "Rose Ward", "Dawn medication round", "Sky Sports",
             "Summer holidays", "River Unit", "Joy of Movement class", "Autumn booster clinic", "Will call back",
             "Grant funding", "Hunter syndrome", "Air Miles", "Frank discussion", "Bill Pay portal", "Major Trauma Centre",
             "King-size bed", "Sports Hall", "Brown bag medication review", "Young Carers Service",
             "Love Your Heart campaign", "Rich Text Format"]  # fmt: skip


def date_forms(d: date) -> dict[str, str]:
    return {"long": f"{d.strftime('%B')} {d.day}, {d.year}", "dm": f"{d.day} {d.strftime('%B')}", "md": f"{d.month}/{d.day}"}


def person_slots(x: str, who: Person) -> dict[str, Slot]:
    return {
        f"{x}_full": P("NAME", who.full), f"{x}_given": P("NAME", who.given), f"{x}_family": P("NAME", who.family),
        f"{x}_nick": P("NAME", who.nick), f"{x}_low": P("NAME", who.given.lower()), f"{x}_ph": P("PHONE", who.phone),
        f"{x}_em": P("EMAIL", who.email), f"{x}_she": "she" if who.female else "he", f"{x}_her": "her" if who.female else "his",
        f"{x}_She": "She" if who.female else "He",
    }  # fmt: skip


def base_slots(rng: random.Random) -> dict[str, Slot]:
    used: set[str] = set()
    people = {x: draw_person(rng, used) for x in ("p", "q", "a", "b", "c")}
    people["w"] = draw_person(rng, used, word="given")
    people["v"] = draw_person(rng, used, word="family")
    s: dict[str, Slot] = {}
    for x, who in people.items():
        s.update(person_slots(x, who))
    d1 = date(2022, 1, 10) + timedelta(days=rng.randrange(1000))
    for key, d in (("d1", d1), ("d2", d1 + timedelta(days=rng.randint(3, 20))), ("d3", d1 - timedelta(days=rng.randint(5, 60)))):
        s.update({f"{key}_{k}": P("DATE", v) for k, v in date_forms(d).items()})
    s["age"] = P("AGE", str(rng.randint(90, 103)))
    s["mrn"] = P("MRN", ids.mrn(rng))
    town, state, zpat = rng.choice(TOWNS)
    s["street"] = P("ADDRESS", f"{rng.randint(3, 9899)} {rng.choice(STREETS)}")
    s["town"], s["zip"], s["k_state"] = P("ADDRESS", town), P("ZIP", fill(rng, zpat)), K(state)
    pick = rng.sample
    for name, pool, k in (("k_drug", DRUGS, 3), ("k_term", TERMS, 2), ("k_hosp", HOSPITALS, 1), ("k_dept", DEPTS, 2),
                          ("k_wd", WEEKDAYS, 2), ("k_month", MONTHS, 1), ("k_prod", PRODUCTS, 2), ("k_country", COUNTRIES, 1)):  # fmt: skip
        for i, v in enumerate(pick(pool, k)):
            s[name + ("" if i == 0 else str(i + 1))] = K(v)
    words = [w for w in WORD_KEEP if not set(w.replace("-", " ").split()) & used]
    s["k_w1"], s["k_w2"] = (K(w) for w in pick(words, 2))
    return s


# ---- templates -------------------------------------------------------------------------------------------

SHIFT = """Night shift summary, 4 East
«p_full» settled after 2200 once «p_her» daughter «q_given» went home. ‹Overnight› «p_she» had two episodes of «k_term» and was given «k_drug» by «a_given», who also checked «p_her» heels for «k_term2».
Handed over to «b_full» at 0700. «q_given» rang twice asking for «b_given» and wants the «k_dept» team to call «q_ph». «p_given» says «w_given» from next door visited with «v_full» and brought flowers.
«c_given», «a_given» and «w_given» all signed the falls checklist. «k_drug2» held, BP soft. «p_given» is «age» and remembers «d1_dm» as the day «p_she» came in from «town». «k_w1». MRN «mrn».
Plan for «k_wd»: «k_drug3» with breakfast, review in «k_month».
Bank nurse «c_full» covered 0200-0400 while «a_full» was on break; «q_full» asked that «c_given» not wake Mum before 0600.
"""

THERAPY = """Physio / OT joint session -- «k_dept»
Saw «p_given» with «q_full» present. «p_She» walked 20 m with a frame, needed help of one from «a_full». ‹Sit-to-stand› x5 without arms.
Kitchen assessment with «b_given» deferred to «k_wd» because «p_given» was tired after «k_term». «q_given» asked if «v_family» (the neighbour) could help with shopping; spoke to «v_full» by phone on «v_ph».
«w_full» from the equipment store will deliver a perching stool to «street», «town» «zip» before «d2_long». Goals agreed with «p_given» and «c_nick».
‹Analgesia›: «k_drug» 30 min before sessions. «k_w1». Next review «d2_md».
Copy to «b_full» and «c_full» (keyworker); «q_given» prefers e-mail, «q_em».
"""

CHAPLAIN = """Chaplaincy visit -- «k_hosp», «k_dept»
Sat with «p_full» for forty minutes. «p_She» spoke a great deal about «p_her» late husband «c_given» and about growing up in «k_country». «p_given» asked me to pray for «q_given» and «q_her» children, especially «w_given».
«b_given» (night nurse) told me «p_given» had been restless since «d1_dm». Son «a_full» arrived from «k_state» and we talked in the family room; he wants «v_full» from their church to be told.
I left a note for «b_given» and for «v_given». «p_given», at «age», says «p_she» is at peace. ‹Morphine› changed to «k_drug» by the team on «k_wd». «k_w1». Plan to return «d2_md».
Prayer card left for «q_full»; «c_full»'s funeral was «d3_long».
"""

FAMILY_EMAIL = """Subject: about Mum's appointment

Hi there,
I'm writing on behalf of my mother «p_full», who sees Dr «a_family» every few months (record «mrn»). Mum lives with my brother «q_given» at «street», «town», «k_state» «zip».
She was seen on «d3_long» and since then has had more «k_term». Could someone from «k_dept» ring me on «c_ph» or e-mail «c_em»? My sister «w_full» can also take calls on «w_ph».
Please don't contact «v_given» any more, he has moved to «k_country». «k_w1».
Mum takes «k_drug» and «k_drug2». We'd prefer a «k_wd» slot in «k_month» if possible.
Thanks so much,
«c_full»
PS -- «q_given» is «q_full» on your system, and Dad was «a_full»'s patient before he retired.
"""

SLACK = """#ward-6-huddle (Slack export)
«a_low» 07:42  anyone seen the bloods for «p_given» «p_family»? potassium was odd yesterday
«b_low» 07:44  yes, sent to «c_given». «p_given» is on «k_drug» now
«c_low» 07:45  thanks «b_given». also «q_full» called again, «q_she»'s «p_her» sibling, wants an update before «k_wd»
«a_low» 07:47  I'll ring her. can someone check on «w_given» in bed 12? «w_her» «k_term» looks worse
«b_low» 07:50  «v_full» is covering «k_dept» today, ping him in «k_prod»
«c_low» 07:52  «k_w1», sorry. wife says «w_given» fell at home on «d3_md», not in the notes
«a_low» 07:55  ok. «p_nick» (that's what «p_given» likes to be called) goes home «d2_dm» if all ok
«b_low» 07:58  fyi «q_family» is on «q_ph» and «a_given» «a_family» has the pager
"""

PORTAL = """Patient portal -- message thread «mrn»
From patient, «d1_long»:
Hi Dr «a_family», it's «p_full». Since I started the «k_drug» I've been dizzy. «q_given» drove me to «k_hosp» last night. Should I stop it?
Reply from «b_full», RN, «k_dept»:
Hi «p_given», thanks for letting us know. Please don't stop it yet. Dr «a_family» is away until «k_wd», so «w_full» will review. Can «q_given» bring you in?
From patient:
Thanks «b_given». «q_given» works «k_wd2» so my neighbour «v_full» will bring me. My new number is «p_ph».
Reply from «w_given»:
Hi «p_given», booked you for «d2_dm» at 10:40. «k_w1». Bring your «k_drug2» box.
From patient:
Thank you «w_given». Please copy «q_full» («q_em») on replies.
"""

WHATSAPP = """[WhatsApp -- "Grandad care rota"]
«q_given»: morning all. dad had a rough night, «k_term» again
«c_low»: oh no. I can do lunch. is «w_given» doing tea?
«w_given»: yep. «q_given» did «a_given» from the agency come yesterday?
«q_given»: she did, she said «b_given» is replacing her from «k_wd»
«c_low»: can someone ask «a_given» about the «k_drug»? he won't take it from me
«v_full»: I'll be there at 3. tell «p_nick» I'm bringing the paper
«w_given»: thanks «v_given» ❤️ «k_w1»
«q_given»: reminder appt is «d2_dm» at «k_hosp», dad is «age» so they want someone with him
«c_low»: «p_given» asked for «q_low» last night btw
«v_given»: ask «b_given» «b_family» to ring «q_ph», and say hi to «c_full» from me
"""

CALLCENTRE = """Call transcript -- «k_hosp» appointment line, «d1_long»
Agent: Thank you for calling, you're through to «a_given». Who am I speaking with?
Caller: Hi «a_given», this is «q_full», I'm calling for my father «p_full».
Agent: Thanks «q_given». Can you confirm his date of birth and address?
Caller: «street», «town», zip «zip». He's «age», born in the forties-- sorry, I'll check.
Agent: That's fine. I can see «p_given» is booked with «w_full» in «k_dept» on «k_wd».
Caller: Could «v_given» come instead of me? «v_full», his neighbour.
Agent: Of course. I'll add a note for «b_given» at the front desk. «k_w1». Anything else?
Caller: No, thanks «a_given», that's everything.
[Agent note: caller «q_full», callback «q_ph»; interpreter «c_full» requested; seen last «d3_long».]
"""

AGENT = """User: Can you fix the bug where «p_full»'s allergies vanish after the «k_prod» sync? It happened again on «d1_md».
Assistant: I'll look at the sync job. Which record shows it?
User: MRN «mrn». «p_given» had penicillin and latex listed, now nothing. «a_given» noticed it when «w_given»-- sorry, «w_full», was being prepped.
Assistant: Found it: the merge drops allergies when two records share a phone, and «p_given» and «q_full» both list «p_ph». I'll add a test with made-up names instead of «p_given».
User: Good. Also «b_low» said «c_full»'s medication list lost «k_drug» the same way.
Assistant: Patched in the merge step; «k_drug2» and «k_drug3» now survive. «k_w1». Should I ping «b_given» on «k_prod2»?
User: yes, and cc «v_full».
Assistant: Done. I messaged «b_full» and «v_given»; the fixture now uses made-up people instead of «c_full» and «q_given».
"""

CODEREVIEW = """Review comments on PR #4821 (allergy merge)
«a_given»: this fixture still has «p_full» and «p_her» real-looking number «p_ph» -- please swap for fakes
«b_given»: Good catch. Also line 88 quotes «q_full»'s note "«k_term», started «k_drug»"
«a_given»: and the snapshot mentions «w_given» and «v_family» twice, from the «d3_dm» export
«c_given»: I pulled those from the «k_prod» sandbox, not prod. «p_given» is a test patient?
«b_given»: No -- «p_given» is real, «mrn». Remove it. «k_w1».
«a_given»: LGTM once «c_given» rebases. Thanks «c_given»!
«b_given»: also drop «q_given»'s e-mail «q_em» and «w_full»'s phone «w_ph» from conftest
"""

INCIDENT = """Incident report -- medication error, «k_dept», «k_hosp»
On «d1_long» at about 14:10, «p_full» received «k_drug» intended for another patient. The error was noticed by «a_full» during the «k_wd» round and reported to «b_full».
«p_given» was reviewed by «w_full», who found no harm. «p_given»'s son «q_given» was informed by phone («q_ph») the same afternoon. Witnesses: «c_given» and «v_full».
«a_given» said the two patients had similar names; «b_given» agreed. ‹Contributing› factors: agency staff, «k_term» on the bay.
Actions: double-check for «k_drug2». «k_w1». Reviewed in «k_month».
Reported by «a_full» («a_em»); reviewed by «c_full» on «d2_long».
"""

HOMEVISIT = """Home visit log -- community nursing
Visited «p_full» at «street», «town» «zip». Let in by «q_given». «p_given» ate breakfast with «q_given» and «c_nick», the grandson.
Dressing to «k_term» changed; «a_given» will do «k_wd». Spoke with «w_full» about the «k_drug» -- «w_given» will collect it from «k_dept» tomorrow.
«p_given» (aged «age») said «v_given» from the church is visiting on Sundays. Next visit «d2_md». Called «b_given» to update, «b_ph».
‹Fridge› had «k_drug2». «k_w1».
Left a card for «q_full» and «c_full»; «p_given» rang «w_family» on «w_ph» while I was there.
"""

SCHOOLNURSE = """School nurse log
«p_given» «p_family» came in at lunch with «k_term» symptoms; used «k_drug» with «a_given» watching. Mum («q_full») rang back on «q_ph» and will collect at 14:00.
«w_given» and «c_given» brought «p_given» to the office after PE. «v_full» (teacher) says «p_given» has missed «k_drug2» doses twice this month.
Told «b_given» in the front office. Care plan review on «d1_dm» with «q_given» and the «k_dept» nurse from «k_hosp». «k_w1».
‹Emergency› kit checked. «k_month» trip form signed.
Copied to «a_full» and «c_full»'s form tutor; «w_full» («w_ph») asked to be kept informed.
"""

CHWDIARY = """CHW diary, «k_wd»
Morning with «p_given» and «q_given». «p_given» is worried about «k_term» and the cost of «k_drug». Helped «q_given» fill the «k_prod» form.
Afternoon: walked to «town» with «a_given» to see «c_full», who has not picked up «k_drug2» since «d3_dm». «c_given» says «w_given» (cousin) usually takes «c_her» but «w_given» is in «k_country».
Met «v_full» at the clinic; he'll book «c_given» for «d2_long». Phone for «c_given»: «c_ph». «k_w1».
Evening: texted «q_full» on «q_ph»; «a_full» and «b_full» to meet on «d1_long».
"""

DISCHARGE_CALL = """Post-discharge call script, «k_dept»
Hello, may I speak with «p_given»? ... Hi «p_given», it's «a_given» from «k_hosp». You went home on «d1_dm»; how are you feeling?
[«p_given» reports mild «k_term»; «q_given» is staying with «p_her».]
Are you taking the «k_drug»? ... Good. «w_given» from the pharmacy said you had questions about «k_drug2».
Your follow-up is with «b_full» on «d2_long». If «q_given» can't drive, «v_full» from transport will call «p_ph».
Thanks «p_given», take care. [Call ended; note copied to «b_given» in «k_prod».] «k_w1».
[Call made by «a_full»; second number «q_ph» for «q_full»; «c_full» is the GP.]
"""

SOCIALWORK = """Social work running notes
«d3_dm»: met «p_full» on the ward. Lives alone in «town» since «p_her» partner «c_given» died. Niece «q_full» is main support.
«d1_dm»: «q_given» tells me «w_full» (ex-partner) has been turning up. «p_given» frightened. Discussed with «a_given» and «b_given».
«d2_dm»: call from «v_full» at housing, «v_ph». Flat in «k_state» offered. «p_given» wants «q_given» and «w_given»-- no, only «q_given» -- told.
‹Capacity› assessed with «a_full» on «k_wd». Meds: «k_drug». «k_w1».
«d2_long»: «b_full» and «c_full» at the MDT; «q_full» on «q_ph» to be told.
"""

TEMPLATES: list[tuple[str, str, str]] = [
    ("nm30_nursing_shift_narrative", "text", SHIFT),
    ("nm30_physio_ot_session", "text", THERAPY),
    ("nm30_chaplain_visit", "text", CHAPLAIN),
    ("nm30_family_email_to_clinic", "text", FAMILY_EMAIL),
    ("nm30_slack_ward_thread", "text", SLACK),
    ("nm30_portal_thread", "text", PORTAL),
    ("nm30_caregiver_whatsapp", "text", WHATSAPP),
    ("nm30_call_centre_transcript", "text", CALLCENTRE),
    ("nm30_coding_agent_chat", "text", AGENT),
    ("nm30_code_review_comments", "text", CODEREVIEW),
    ("nm30_incident_report", "text", INCIDENT),
    ("nm30_home_visit_log", "text", HOMEVISIT),
    ("nm30_school_nurse_log", "text", SCHOOLNURSE),
    ("nm30_chw_diary", "text", CHWDIARY),
    ("nm30_discharge_call_script", "text", DISCHARGE_CALL),
    ("nm30_social_work_notes", "text", SOCIALWORK),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe30:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng)
        content, phi, keep, spans = render(template, slots, fmt)
        doc = Doc(f"{kind}-{index}", kind, "en", fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
