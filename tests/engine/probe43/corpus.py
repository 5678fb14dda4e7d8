# ruff: noqa: E501  (hand-aligned templates)
r"""Forty-third independent probe corpus: what AI coding agents and LLM apps send and receive around patient data,
2026 style -- the traffic between an agent and LLM vendors, MCP servers, vector stores and chat tools, with
synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an OpenAI Responses API request with a pasted discharge
summary, an Anthropic Messages request with tool_use / tool_result blocks (the tool returned a patient row as a
JSON string), a LangGraph trace export (NDJSON runs with inputs / outputs), an Assistants thread export, an MCP
`tools/call` result carrying a FHIR Patient and Encounter as text content, a vector-store upsert (chunk text and
payload metadata), an eval data set (JSONL: question, context, expected answer), a Jinja-rendered prompt, a
Jupyter notebook cell output (pandas head of a patients frame, a plot caption), a coding agent's terminal log
(pytest failure, psql, curl of a FHIR endpoint with a bearer token), a git diff adding a test fixture, a Slack
bot message (Block Kit JSON), a structured-output chat completion (extracted entities as a JSON string), a
function-calling request and response (`schedule_appointment` schema and arguments), an embedding batch request,
a chat UI export in Markdown, an agent framework's JSON log stream (request / response bodies), and an OCR'd
insurance card pasted into a prompt.

Template language: the kit's `«slot»` (P labelled PHI, K a keep value, plain text) and `‹literal›` (a keep value
written in the template). JSON templates are raw strings: `\n` and `\"` are JSON escapes (a JSON document carried
as a string inside a JSON string, as tool results and function arguments are). People: `p` the patient, `r` a
relative (emergency contact, guarantor), `q` a second patient, `e` a third patient, `d` the attending / ordering
clinician, `n` a second clinician (nurse, care coordinator). Person forms: `_n` "Given Family", `_g`, `_f`, `_F`
FAMILY, `_FcG` "Family, Given", `_NC` "GIVEN FAMILY", `_gl` `_fl` lower case, `_dr` "Dr. Family", `_ph` `_ph2`,
`_em`, `_st` street line, `_town`, `_zip`, `_addr` the whole address, `_ssn`, `_ssn4`, `_dob` 03/04/1951, `_dobi`
ISO, `_dobl` "March 4, 1951", `_yo` "67-year-old" (keep) or "93-year-old" (the number AGE). Dates `v1` (admission /
visit) to `v4`: `_us`, `_iso`, `_long`, `_mdy`, `_sh`.

Labelling policy (decided before any measurement):
- NAME: every name of a person -- patients, relatives, clinicians, nurses and coordinators (i2b2-style, as
  earlier probes) -- full, given or family alone, "Family, Given", capitals, "Dr. Family" (the "Dr." plain text).
  Lower-case names are NAME too (a name typed in a prompt, a fixture's factory argument).
- ADDRESS: street lines (with unit) and towns; ZIP: ZIP codes; the state abbreviation is plain text.
- DATE: every date related to a patient more specific than a year: birth, admission, discharge, visit,
  appointment, service, card effective dates, in any format (ISO in JSON, US, long). AGE: 90 and over; ages under
  90 are keep ("67-year-old").
- Timestamps of log events, traces, API objects and messages (`created_at`, a log line's `ts`, a trace's start
  time) are NOT PHI: they date a server's event, not the individual (Safe Harbor names dates related to the
  individual). They are keep, always written in 2026 (every patient date is in 2025 or earlier, so no keep
  timestamp shares a date with a PHI date).
- PHONE, EMAIL of any person; SSN full and the last four; MRN; HEALTH_PLAN: member IDs and group numbers; ACCOUNT:
  hospital account numbers; ID: claim numbers, FHIR Patient / Encounter resource ids and encounter numbers (they
  identify the patient's record); DEVICE: device serial numbers (CGM, insulin pump, pacemaker); URL: a link to a
  patient's chart or record; IP: the address of a patient's home device or browser; CREDENTIAL: vendor API keys,
  bearer tokens / JWTs, a DSN's password, bot tokens (a credential opens patient data; Safe Harbor's "any other
  unique identifying number or code").
- Keep (must survive): model names (gpt-4.1, claude-sonnet-4-...), tool and function names, role names ("user",
  "assistant", "tool"), content-block types, vendor object ids (resp_, msg_, toolu_, call_, thread_, run_),
  trace / span / run / request UUIDs (they name a request, not a person: keep), token counts, latencies, log
  timestamps (above), code identifiers, drug names and doses, ICD-10 and LOINC codes, lab values, hospital and
  clinic names, payer and plan names, RxBIN / RxPCN (public routing numbers of a pharmacy benefit), ages under 90.
- Not scored (plain text): JSON keys (the kit searches JSON values only), state abbreviations, generic words,
  numbers inside JSON (not strings), the "Dr." title.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, datetime, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe43 import ids
from tests.engine.probe43.people import ADULT, STATES, K, P, Person, Slot, draw_person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

HOSPITALS = ["Quillfeather Regional Medical Center", "Bluestem Prairie Hospital", "Granite Reach Medical Center",
             "Lanternhill Community Hospital", "Sorrel Valley Health", "Mercy Kestrelwood Hospital"]  # fmt: skip
CLINICS = ["Brightwater Endocrine Clinic", "Copperleaf Family Practice", "Tidewell Cardiology Associates", "Foxtail Pediatrics"]
PAYERS = [("Northstar Mutual Health", "Gold Choice PPO"), ("Cascadia Benefit Plan", "Silver HMO 2500"),
          ("Heartwood Health Alliance", "Bronze HSA 7000"), ("Keystone Prairie Insurance", "Select EPO")]  # fmt: skip
RXBIN = ["610014", "004336", "003858", "610502"]
OAI_MODELS = ["gpt-4.1", "gpt-4.1-mini", "o4-mini", "gpt-5-mini", "gpt-4o-2024-11-20"]
ANT_MODELS = ["claude-sonnet-4-20250514", "claude-opus-4-1-20250805", "claude-3-5-haiku-20241022", "claude-sonnet-4-5"]
EMB_MODELS = ["text-embedding-3-large", "text-embedding-3-small", "voyage-3-large", "nomic-embed-text-v1.5"]
DRUGS = ["metformin 1000 mg", "lisinopril 20 mg", "apixaban 5 mg", "furosemide 40 mg", "atorvastatin 80 mg", "insulin glargine 24 units",
         "levothyroxine 88 mcg", "carvedilol 12.5 mg", "empagliflozin 10 mg", "tamsulosin 0.4 mg", "sertraline 100 mg", "amoxicillin-clavulanate 875 mg"]  # fmt: skip
LABS = ["HbA1c 8.3%", "creatinine 1.6 mg/dL", "BNP 1240 pg/mL", "potassium 5.2 mmol/L", "troponin I 0.04 ng/mL", "WBC 13.1 K/uL", "INR 2.7", "eGFR 41"]
ICD = [("I50.23", "acute on chronic systolic heart failure"), ("E11.65", "type 2 diabetes with hyperglycemia"), ("J44.1", "COPD with acute exacerbation"),
       ("N17.9", "acute kidney injury"), ("I48.91", "atrial fibrillation"), ("J18.9", "community-acquired pneumonia"), ("L03.115", "cellulitis of right lower limb")]  # fmt: skip
LOINC = [("4548-4", "Hemoglobin A1c"), ("2160-0", "Creatinine"), ("30934-4", "BNP"), ("2823-3", "Potassium"), ("6690-2", "WBC count")]
DEVICES = ["Dexcom G7 CGM", "Tandem t:slim X2 pump", "Medtronic Azure pacemaker", "Omnipod 5 pod", "Libre 3 sensor"]
Y = 365


def date_forms(x: str, d: date) -> dict[str, Slot]:
    return {
        f"{x}_us": P("DATE", f"{d:%m/%d/%Y}"), f"{x}_iso": P("DATE", d.isoformat()), f"{x}_long": P("DATE", f"{d:%B} {d.day}, {d.year}"),
        f"{x}_mdy": P("DATE", f"{d:%b} {d.day}, {d.year}"), f"{x}_sh": P("DATE", f"{d.month}/{d.day}/{d:%y}"),
    }  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    yo: Slot = (P("AGE", str(age)), "-year-old") if age >= 90 else K(f"{age}-year-old")
    return {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_FcG": N(f"{w.family}, {w.given}"), f"{x}_NC": N(w.full.upper()), f"{x}_gl": N(w.given.lower()), f"{x}_fl": N(w.family.lower()),
        f"{x}_dr": ("Dr. ", N(w.family)), f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_st": P("ADDRESS", w.street), f"{x}_town": P("ADDRESS", w.town), f"{x}_zip": P("ZIP", w.zip), f"{x}_stab": w.stab,
        f"{x}_addr": w.addr, f"{x}_ssn": P("SSN", w.ssn), f"{x}_ssn4": P("SSN", w.ssn[-4:]),
        f"{x}_dob": P("DATE", f"{w.dob:%m/%d/%Y}"), f"{x}_dobi": P("DATE", w.dob.isoformat()), f"{x}_dobl": P("DATE", f"{w.dob:%B} {w.dob.day}, {w.dob.year}"),
        f"{x}_yo": yo, f"{x}_age": P("AGE", str(age)) if age >= 90 else K(f"age {age}"), f"{x}_sex": "female" if w.female else "male", f"{x}_sx": "F" if w.female else "M",
        f"{x}_rel": "daughter" if w.female else "son", f"{x}_sp": "wife" if w.female else "husband",
    }  # fmt: skip


AGES: dict[str, dict[str, tuple[int, int]]] = {
    "ai43_ocr_insurance_card_prompt": {"p": (90 * Y + 40, 98 * Y)},
    "ai43_chat_ui_markdown_export": {"p": (90 * Y + 40, 97 * Y)},
    "ai43_eval_dataset_jsonl": {"q": (90 * Y + 40, 99 * Y)},
    "ai43_notebook_cell_output": {"e": (90 * Y + 40, 96 * Y)},
}
PEOPLE = ("p", "r", "q", "e", "d", "n")


def base_slots(rng: random.Random, st_abbr: str, kind: str) -> dict[str, Slot]:
    st = STATES[st_abbr]
    v1 = date(2024, 2, 1) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    s: dict[str, Slot] = {}
    ppl: dict[str, Person] = {}
    for x in PEOPLE:
        age = AGES.get(kind, {}).get(x) or ADULT
        if x == "r":
            fam = ppl["p"].family if rng.random() < 0.5 else None
            ppl[x] = draw_person(rng, st, used, v1, age_days=(20 * Y, 70 * Y), family=fam, home=ppl["p"] if fam else None)
        else:
            ppl[x] = draw_person(rng, st, used, v1, age_days=age)
        s.update(person_slots(x, ppl[x], v1))
    days = {"v1": v1, "v2": v1 + timedelta(days=rng.randint(1, 7)), "v3": v1 + timedelta(days=rng.randint(10, 60)),
            "v4": v1 - timedelta(days=rng.randint(30, 400))}  # fmt: skip
    for key, d in days.items():
        s.update(date_forms(key, d))
    # server-side timestamps (keep): 2026, a few seconds apart
    t0 = datetime(2026, 1, 5, 7, 0, 0) + timedelta(days=rng.randrange(80), seconds=rng.randrange(36000))
    for i in range(1, 9):
        t = t0 + timedelta(seconds=i * rng.randint(1, 9), milliseconds=rng.randrange(1000))
        s[f"ts{i}"] = K(t.strftime("%Y-%m-%dT%H:%M:%S.") + f"{t.microsecond // 1000:03d}Z")
    s["tsd"] = K(t0.strftime("%Y-%m-%d %H:%M:%S"))
    s["tsday"] = K(t0.strftime("%a %b %d %H:%M:%S"))
    # patient identifiers
    F = lambda t, *pats: P(t, ids.fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = F("MRN", "%#######", "MRN%######", "E%######")
    s["mrn2"] = F("MRN", "%#######", "E%######")
    s["mrn3"] = F("MRN", "%#######", "E%######")
    s["member"] = F("HEALTH_PLAN", "@@@%########", "W%########", "%##@#####-01")
    s["member2"] = F("HEALTH_PLAN", "@@@%########", "W%########")
    s["group"] = F("HEALTH_PLAN", "%######", "GRP-%#####", "%####M%##")
    s["acct"] = F("ACCOUNT", "%#########", "HAR%#######", "%###-####-##")
    s["claim"] = F("ID", "CLM-%#########", "%#############")
    s["enc"] = F("ID", "ENC-%#######", "V%########")
    fid = ids.fill(rng, "%######")
    s["fhir_id"] = P("ID", fid)
    s["fhir_enc"] = F("ID", "enc-%######", "%#######")
    s["serial"] = F("DEVICE", "SN-@@%######", "%##@####@", "DXG7-%####@@")
    s["device"] = K(rng.choice(DEVICES))
    s["ip"] = P("IP", f"{rng.choice([73, 98, 174, 68, 71, 24])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}")
    s["ip2"] = P("IP", f"{rng.choice([99, 107, 172, 66])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(2, 254)}")
    host = rng.choice(["mychart.quillfeather-health.example", "ehr.bluestem-hospital.example", "portal.granitereach.example"])
    s["url"] = P("URL", rng.choice([f"https://{host}/patients/{fid}/chart", f"https://{host}/app/chart?patientId={fid}&tab=notes"]))
    s["url2"] = P("URL", f"https://{host}/Encounter/{ids.fill(rng, '%#######')}/summary")
    # credentials
    s["oai_key"] = P("CREDENTIAL", "sk-proj-" + ids.fill(rng, "*" * 48))
    s["ant_key"] = P("CREDENTIAL", "sk-ant-api03-" + ids.fill(rng, "*" * 60) + "-" + ids.fill(rng, "*" * 8) + "AA")
    s["jwt"] = P("CREDENTIAL", ids.jwt(rng, rng.choice(["svc-agent", "fhir-reader", "ehr-bot"])))
    s["dbpw"] = P("CREDENTIAL", ids.fill(rng, "!!!*****!**#**"))
    s["slack_tok"] = P("CREDENTIAL", "xoxb-" + ids.fill(rng, "%##########-%############-") + ids.fill(rng, "*" * 24))
    s["pc_key"] = P("CREDENTIAL", "pcsk_" + ids.fill(rng, "*" * 6) + "_" + ids.fill(rng, "*" * 40))
    # keep: vendor object ids, trace ids, models, tools, counts
    s["resp_id"] = K("resp_" + ids.fill(rng, "$" * 48))
    s["msg_id"] = K("msg_01" + ids.fill(rng, "*" * 22))
    s["msg_id2"] = K("msg_01" + ids.fill(rng, "*" * 22))
    s["toolu1"] = K("toolu_01" + ids.fill(rng, "*" * 22))
    s["toolu2"] = K("toolu_01" + ids.fill(rng, "*" * 22))
    s["cmpl"] = K("chatcmpl-" + ids.fill(rng, "*" * 29))
    s["call1"] = K("call_" + ids.fill(rng, "*" * 24))
    s["thread"] = K("thread_" + ids.fill(rng, "*" * 24))
    s["run"] = K("run_" + ids.fill(rng, "*" * 24))
    s["asst"] = K("asst_" + ids.fill(rng, "*" * 24))
    for i in range(1, 5):
        s[f"uuid{i}"] = K(ids.uuid(rng))
    s["trace"] = K(ids.fill(rng, "$" * 32))
    s["span"] = K(ids.fill(rng, "$" * 16))
    s["oai"] = K(rng.choice(OAI_MODELS))
    s["ant"] = K(rng.choice(ANT_MODELS))
    s["emb"] = K(rng.choice(EMB_MODELS))
    s["tok_in"] = K(f"input_tokens={rng.randint(900, 9000)}")
    s["tok_out"] = K(f"output_tokens={rng.randint(80, 900)}")
    s["lat"] = K(f"{rng.randint(300, 4000)} ms")
    s["lat2"] = K(f"{rng.randint(20, 290)}ms")
    drugs = rng.sample(DRUGS, 3)
    s.update({"drug1": K(drugs[0]), "drug2": K(drugs[1]), "drug3": K(drugs[2])})
    labs = rng.sample(LABS, 2)
    s.update({"lab1": K(labs[0]), "lab2": K(labs[1])})
    (c1, t1), (c2, t2) = rng.sample(ICD, 2)
    s.update({"icd1": K(c1), "icd1_t": K(t1), "icd2": K(c2), "icd2_t": K(t2)})
    lc, lt = rng.choice(LOINC)
    s.update({"loinc": K(lc), "loinc_t": K(lt)})
    h1, h2 = rng.sample(HOSPITALS, 2)
    s.update({"hosp": K(h1), "hosp2": K(h2), "clinic": K(rng.choice(CLINICS))})
    payer, plan = rng.choice(PAYERS)
    s.update({"payer": K(payer), "plan": K(plan), "rxbin": K(rng.choice(RXBIN))})
    return s


# ---- templates ---------------------------------------------------------------------------------------------

OPENAI_RESPONSES = r"""{"model": "«oai»", "instructions": "You are a clinical documentation assistant for «hosp». Never invent facts.",
 "input": [
  {"role": "‹user›", "content": [{"type": "‹input_text›", "text": "Summarise this for the PCP in 5 bullet points:\n\nDISCHARGE SUMMARY - «hosp»\nPatient: «p_FcG»    MRN: «mrn»    DOB: «p_dob»\nAdmitted: «v1_us»    Discharged: «v2_us»    Attending: «d_dr»\nAddress: «p_addr»\nPhone: «p_ph»    Email: «p_em»\nEmergency contact: «r_n» («r_rel»), «r_ph»\nSSN: «p_ssn»    Hospital account: «acct»\n\nHPI: «p_yo» «p_sex» admitted with «icd1_t» («icd1»). «lab1» on admission.\nDischarge meds: «drug1» daily, «drug2» BID.\nFollow-up: «clinic» with «n_n», NP on «v3_long».\nChart: «url»"}]}
 ],
 "store": false, "max_output_tokens": 900,
 "metadata": {"app": "‹scribe-assist›", "request_id": "«uuid1»", "previous": "«resp_id»"}}"""

ANTHROPIC_TOOLS = r"""{"model": "«ant»", "max_tokens": 2048, "system": "You help care coordinators at «hosp2». Use tools to look up patients.",
 "tools": [{"name": "‹lookup_patient›", "description": "Find a patient by name and date of birth", "input_schema": {"type": "object", "properties": {"name": {"type": "string"}, "dob": {"type": "string"}}, "required": ["name", "dob"]}}],
 "messages": [
  {"role": "‹user›", "content": "Can you check whether «p_n» (born «p_dobl») is due for «loinc_t» labs and who to call?"},
  {"role": "‹assistant›", "content": [{"type": "text", "text": "I'll look up the patient record first."}, {"type": "‹tool_use›", "id": "«toolu1»", "name": "‹lookup_patient›", "input": {"name": "«p_n»", "dob": "«p_dobi»"}}]},
  {"role": "‹user›", "content": [{"type": "‹tool_result›", "tool_use_id": "«toolu1»", "content": "{\"mrn\": \"«mrn»\", \"name\": \"«p_FcG»\", \"dob\": \"«p_dobi»\", \"phone\": \"«p_ph»\", \"address\": \"«p_st», «p_town», «p_stab» «p_zip»\", \"pcp\": \"«d_n»\", \"loinc\": \"«loinc»\", \"last_result\": \"«lab1» on «v4_iso»\", \"next_appt\": \"«v3_iso»\", \"insurance\": {\"payer\": \"«payer»\", \"member_id\": \"«member»\", \"group\": \"«group»\"}, \"emergency_contact\": \"«r_n» «r_ph»\", \"cgm_serial\": \"«serial»\"}"}]}
 ]}"""

LANGGRAPH_TRACE = r"""{"id": "«uuid1»", "trace_id": "«trace»", "name": "‹intake_graph›", "run_type": "chain", "start_time": "«ts1»", "end_time": "«ts5»", "inputs": {"messages": [{"type": "human", "content": "New referral: «q_n», DOB «q_dob», MRN «mrn2», referred by «d_dr» for «icd2_t». Call «q_ph» or the home line «q_ph2»."}]}, "outputs": {"route": "‹triage_node›"}}
{"id": "«uuid2»", "trace_id": "«trace»", "parent_run_id": "«uuid1»", "name": "‹ChatOpenAI›", "run_type": "llm", "start_time": "«ts2»", "extra": {"invocation_params": {"model": "«oai»"}}, "inputs": {"prompt": "Extract the patient's identifiers from: «q_NC», «q_st», «q_town» «q_stab» «q_zip», SSN «q_ssn», member «member2»"}, "outputs": {"generations": [{"text": "name=«q_n»; dob=«q_dobi»; mrn=«mrn2»; ssn=«q_ssn»; address=«q_st», «q_town»; zip=«q_zip»"}]}, "usage": "«tok_in» «tok_out»"}
{"id": "«uuid3»", "trace_id": "«trace»", "parent_run_id": "«uuid1»", "name": "‹fhir_search_tool›", "run_type": "tool", "start_time": "«ts3»", "inputs": {"input": "{\"family\": \"«q_f»\", \"birthdate\": \"«q_dobi»\"}"}, "outputs": {"output": "Bundle 1 entry: Patient/«fhir_id» «q_n» «q_em»; Encounter/«fhir_enc» admitted «v1_iso» at «hosp»"}, "latency": "«lat»"}
{"id": "«uuid4»", "trace_id": "«trace»", "parent_run_id": "«uuid1»", "name": "‹notify_care_team›", "run_type": "tool", "start_time": "«ts4»", "inputs": {"to": "«n_em»", "text": "«n_g», please call «r_n» (next of kin) at «r_ph» about «q_g»'s discharge on «v2_mdy»."}, "outputs": {"status": "sent"}, "error": null}
"""

ASSISTANTS_THREAD = r"""{"object": "list", "thread_id": "«thread»", "assistant_id": "«asst»", "data": [
 {"id": "«msg_id»", "object": "thread.message", "created_at": "«ts1»", "role": "‹user›", "content": [{"type": "text", "text": {"value": "Patient «p_n» (MRN «mrn», DOB «p_dob», ins. «member») called from «p_ph» asking if «drug1» can be taken with «drug3». Lives at «p_st», «p_town» «p_zip». Relative «r_n» («r_rel», «r_em») manages the meds.", "annotations": []}}]},
 {"id": "«msg_id2»", "object": "thread.message", "created_at": "«ts3»", "role": "‹assistant›", "run_id": "«run»", "content": [{"type": "text", "text": {"value": "For «p_g»: no major interaction between «drug1» and «drug3» was found. Given the «lab2» from «v4_long», recheck before «v3_mdy». I drafted a message to «d_dr» about the «p_f» household and logged it on encounter «enc».", "annotations": []}}]}
 ],
 "first_id": "«msg_id»", "last_id": "«msg_id2»", "has_more": false,
 "metadata": {"clinic": "«clinic»", "patient_chart": "«url»", "caller_ip": "«ip»"}}"""

MCP_FHIR = r"""{"jsonrpc": "‹2.0›", "id": 17, "result": {"content": [
 {"type": "text", "text": "{\"resourceType\": \"Patient\", \"id\": \"«fhir_id»\", \"identifier\": [{\"system\": \"urn:oid:2.16.840.1.113883.3.7712\", \"value\": \"«mrn»\"}, {\"system\": \"http://hl7.org/fhir/sid/us-ssn\", \"value\": \"«p_ssn»\"}], \"name\": [{\"family\": \"«p_f»\", \"given\": [\"«p_g»\"]}], \"telecom\": [{\"system\": \"phone\", \"value\": \"«p_ph»\"}, {\"system\": \"email\", \"value\": \"«p_em»\"}], \"birthDate\": \"«p_dobi»\", \"address\": [{\"line\": [\"«p_st»\"], \"city\": \"«p_town»\", \"state\": \"«p_stab»\", \"postalCode\": \"«p_zip»\"}], \"contact\": [{\"name\": {\"text\": \"«r_n»\"}, \"telecom\": [{\"value\": \"«r_ph»\"}]}]}"},
 {"type": "text", "text": "{\"resourceType\": \"Encounter\", \"id\": \"«fhir_enc»\", \"status\": \"‹finished›\", \"subject\": {\"reference\": \"Patient/«fhir_id»\", \"display\": \"«p_n»\"}, \"period\": {\"start\": \"«v1_iso»\", \"end\": \"«v2_iso»\"}, \"reasonCode\": [{\"coding\": [{\"system\": \"http://hl7.org/fhir/sid/icd-10-cm\", \"code\": \"«icd1»\", \"display\": \"«icd1_t»\"}]}], \"participant\": [{\"individual\": {\"display\": \"«d_n»\"}}], \"serviceProvider\": {\"display\": \"«hosp»\"}}"}
 ], "structuredContent": {"patientId": "«fhir_id»", "encounters": 1}, "isError": false},
 "_meta": {"server": "‹fhir-mcp›", "tool": "‹get_patient_with_encounters›", "traceparent": "00-«trace»-«span»-01"}}"""

VECTOR_UPSERT = r"""{"collection_name": "‹clinic_notes_v3›", "points": [
 {"id": "«uuid1»", "vector": [0.0132, -0.0871, 0.0412, 0.1187], "payload": {"text": "Progress note «v1_mdy», «clinic». «p_n» («p_yo») seen for «icd2_t». Lives at «p_st», «p_town». «lab1». Plan: start «drug2». Relative «r_n» («r_rel») present, phone «r_ph».", "patient_name": "«p_n»", "mrn": "«mrn»", "dob": "«p_dobi»", "zip": "«p_zip»", "author": "«d_n»", "encounter_id": "«enc»", "source_url": "«url2»", "chunk_index": 0, "embedding_model": "«emb»"}},
 {"id": "«uuid2»", "vector": [-0.0441, 0.0093, 0.0768, -0.0215], "payload": {"text": "Telephone note «v3_mdy»: «q_n» (MRN «mrn2») reports glucose readings from «device» serial «serial» uploaded from «ip». Callback «q_ph». Email «q_em».", "patient_name": "«q_n»", "mrn": "«mrn2»", "dob": "«q_dobi»", "zip": "«q_zip»", "author": "«n_n»", "icd": "«icd1»", "chunk_index": 1, "embedding_model": "«emb»"}}
 ], "wait": true}"""

EVAL_JSONL = r"""{"id": "‹eval-0001›", "question": "What is the discharge date for «p_n» (MRN «mrn»)?", "context": "«p_FcG», DOB «p_dob», admitted «v1_us» to «hosp» with «icd1_t»; discharged «v2_us» on «drug1».", "expected": "«v2_long»", "tags": ["‹dates›", "‹discharge›"]}
{"id": "‹eval-0002›", "question": "Who should be called about «q_g»'s results?", "context": "«q_n», «q_yo», lives at «q_st», «q_town» «q_stab» «q_zip». Emergency contact «r_n», «r_ph». «lab2».", "expected": "«r_n» at «r_ph»", "tags": ["‹contacts›"]}
{"id": "‹eval-0003›", "question": "Extract the insurance member ID.", "context": "Card on file for «e_n»: «payer» «plan», member «member», group «group», SSN on file ending «e_ssn4»; portal login from «ip2».", "expected": "«member»", "tags": ["‹insurance›", "‹extraction›"], "grader": "«oai»"}
"""

JINJA_PROMPT = """{# rendered from prompts/followup_letter.j2 by ‹render_prompt›() at «tsd» #}
SYSTEM: You are the patient-communication assistant of «hosp». Write at a 6th-grade reading level.
USER:
Write a follow-up letter.
<patient>
  name: «p_n»
  preferred_name: «p_g»
  dob: «p_dob»
  mrn: «mrn»
  address: «p_addr»
  phone: «p_ph»
  email: «p_em»
  member_id: «member»
  ssn_last4: «p_ssn4»
  age: «p_yo»
</patient>
<visit date="«v1_long»" clinician="«d_dr»" clinic="«clinic»">
  diagnoses: «icd1» «icd1_t»; «icd2» «icd2_t»
  meds_changed: «drug1» -> «drug2»
  labs: «lab1»; «lab2»
  next_visit: «v3_us» with «n_n»
</visit>
<guarantor name="«r_n»" relation="«r_rel»" phone="«r_ph»" account="«acct»" />
Sign it from the care team. Do not mention the account number.
model: «oai»   temperature: 0.3   template: ‹followup_letter.j2@v7›
"""

NOTEBOOK = r"""{"cell_type": "code", "execution_count": 14, "id": "«span»", "metadata": {"tags": ["‹pii-check›"]},
 "source": ["df = pd.read_sql(\"select * from patients where clinic = '«clinic»'\", engine)\n", "‹df.head(3)›"],
 "outputs": [
  {"output_type": "‹execute_result›", "execution_count": 14, "metadata": {}, "data": {"text/plain": [
   "  patient_id            name         dob    zip           phone  last_visit   a1c\n",
   "0  «mrn»  «p_n»  «p_dobi»  «p_zip»  «p_ph»  «v1_iso»   8.1\n",
   "1  «mrn2»  «q_n»  «q_dobi»  «q_zip»  «q_ph»  «v3_iso»   7.4\n",
   "2  «mrn3»  «e_n»  «e_dobi»  «e_zip»  «e_ph»  «v4_iso»   9.0"]}},
  {"output_type": "stream", "name": "stdout", "text": ["Oldest patient: «e_n», age «e_age»\n", "Saved figure to ‹figs/a1c_by_zip.png›\n"]},
  {"output_type": "display_data", "data": {"text/plain": ["<Figure size 640x480 with 1 Axes>"], "text/markdown": ["**Figure 2.** «loinc_t» («loinc») trend for «p_n», «v4_mdy» to «v1_mdy», «hosp»."]}, "metadata": {}}]}"""

TERMINAL_LOG = """$ ‹uv run pytest› tests/test_intake.py -x -q
F
=================================== FAILURES ===================================
________________________ ‹test_normalise_patient_name› _________________________

    def ‹test_normalise_patient_name›():
        row = {"name": "«p_NC»", "dob": "«p_dob»", "mrn": "«mrn»", "ssn": "«p_ssn»"}
>       assert normalise(row)["name"] == "«p_n»"
E       AssertionError: assert '«p_FcG»' == '«p_n»'

tests/test_intake.py:27: AssertionError
FAILED tests/test_intake.py::‹test_normalise_patient_name› - AssertionError
‹1 failed, 48 passed in 2.91s›

$ psql "postgresql://agent_rw:«dbpw»@db.internal:5432/ehr" -c "select mrn, full_name, phone, email, nok from patients where mrn = '«mrn»';"
   mrn    |   full_name    |     phone      |        email         |   nok
----------+----------------+----------------+----------------------+----------
 «mrn» | «p_n» | «p_ph» | «p_em» | «r_n»
(1 row)

$ curl -s -H "Authorization: Bearer «jwt»" https://fhir.internal/r4/Patient/«fhir_id» | jq '.address[0]'
{
  "line": ["«p_st»"],
  "city": "«p_town»",
  "postalCode": "«p_zip»"
}
$ export OPENAI_API_KEY=«oai_key»
$ claude -p "why does normalise() flip the name order?" --model «ant»
● Read(src/intake/normalise.py) ⎿ 41 lines
● The bug is in ‹split_full_name›: it assumes "Family, Given". The patient «p_g» was admitted «v1_us»; the fixture should use a fake name.
  «tok_in» «tok_out» · «lat»
"""

GIT_DIFF = """diff --git a/‹tests/fixtures/patients.py› b/‹tests/fixtures/patients.py›
new file mode 100644
--- /dev/null
+++ b/‹tests/fixtures/patients.py›
@@ -0,0 +1,22 @@
+from intake.models import Patient, Encounter
+
+# copied from «hosp» staging on «v3_us» - TODO anonymise
+PATIENT = Patient(
+    mrn="«mrn»",
+    given="«p_g»",
+    family="«p_f»",
+    birth_date=‹date.fromisoformat›("«p_dobi»"),
+    ssn="«p_ssn»",
+    phone="«p_ph»",
+    email="«p_em»",
+    address="«p_st», «p_town», «p_stab» «p_zip»",
+    member_id="«member»",
+    pump_serial="«serial»",
+)
+ENCOUNTER = Encounter(id="«enc»", admitted="«v1_iso»", discharged="«v2_iso»", attending="«d_n»", dx="«icd1»")
+NEXT_OF_KIN = {"name": "«r_n»", "phone": "«r_ph»"}
+DB_URL = "postgresql://svc_intake:«dbpw»@db.staging.internal:5432/intake"
+OPENAI_API_KEY = "«oai_key»"
diff --git a/src/intake/normalise.py b/src/intake/normalise.py
@@ -12,7 +12,7 @@ def ‹split_full_name›(raw: str) -> tuple[str, str]:
-    family, given = raw.split(", ")
+    family, given = (part.strip() for part in raw.split(",", 1))

Review (agent, «ant»): this fixture holds a real-looking patient (MRN «mrn»); use ‹PatientFactory› instead.
"""

SLACK_BOT = r"""{"channel": "C07CAREOPS", "username": "‹CareBot›", "text": "Discharge summary ready for «p_n»", "blocks": [
 {"type": "header", "text": {"type": "plain_text", "text": "Discharge: «p_NC» (MRN «mrn»)"}},
 {"type": "section", "fields": [{"type": "mrkdwn", "text": "*DOB:*\n«p_dob»"}, {"type": "mrkdwn", "text": "*Admitted:*\n«v1_mdy»"}, {"type": "mrkdwn", "text": "*Discharged:*\n«v2_mdy»"}, {"type": "mrkdwn", "text": "*Attending:*\n<@U04ATTEND> «d_dr»"}]},
 {"type": "section", "text": {"type": "mrkdwn", "text": "«p_yo» with «icd1_t» (`«icd1»`). Going home to «p_st», «p_town» «p_stab» «p_zip». Meds: «drug1», «drug2». Caregiver «r_n» «r_ph». Home «device» serial «serial»."}},
 {"type": "actions", "elements": [{"type": "button", "text": {"type": "plain_text", "text": "Open chart"}, "url": "«url»"}]},
 {"type": "context", "elements": [{"type": "mrkdwn", "text": "Generated by «ant» · «tok_in» · trace «trace» · posted «ts2»"}]}
 ], "metadata": {"event_type": "‹discharge_summary›", "event_payload": {"patient_email": "«p_em»", "claim": "«claim»", "acct": "«acct»"}}, "token": "«slack_tok»"}"""

STRUCTURED_OUTPUT = r"""{"id": "«cmpl»", "object": "‹chat.completion›", "created": 1767934211, "model": "«oai»",
 "choices": [{"index": 0, "message": {"role": "‹assistant›", "content": "{\"patient\": {\"full_name\": \"«p_n»\", \"date_of_birth\": \"«p_dobi»\", \"mrn\": \"«mrn»\", \"ssn\": \"«p_ssn»\", \"phone\": \"«p_ph»\", \"email\": \"«p_em»\", \"address\": {\"street\": \"«p_st»\", \"city\": \"«p_town»\", \"state\": \"«p_stab»\", \"zip\": \"«p_zip»\"}}, \"encounter\": {\"admit_date\": \"«v1_iso»\", \"discharge_date\": \"«v2_iso»\", \"attending\": \"«d_n»\", \"diagnoses\": [\"«icd1»\", \"«icd2»\"]}, \"insurance\": {\"payer\": \"«payer»\", \"member_id\": \"«member»\", \"group\": \"«group»\"}, \"contacts\": [{\"name\": \"«r_n»\", \"relationship\": \"«r_rel»\", \"phone\": \"«r_ph»\"}], \"medications\": [\"«drug1»\", \"«drug3»\"]}", "refusal": null}, "finish_reason": "stop"}],
 "usage": {"prompt_tokens": 2231, "completion_tokens": 318, "total_tokens": 2549}, "system_fingerprint": "fp_«span»"}"""

FUNCTION_CALL = r"""{"model": "«oai»", "tool_choice": "auto", "tools": [{"type": "function", "function": {"name": "‹schedule_appointment›", "description": "Book a visit for a patient", "parameters": {"type": "object", "properties": {"patient_name": {"type": "string"}, "dob": {"type": "string", "format": "date"}, "mrn": {"type": "string"}, "phone": {"type": "string"}, "provider": {"type": "string"}, "start": {"type": "string", "format": "date-time"}, "reason": {"type": "string"}}, "required": ["patient_name", "dob", "start"]}}}],
 "messages": [
  {"role": "‹system›", "content": "You schedule visits for «clinic»."},
  {"role": "‹user›", "content": "Book «p_n» (DOB «p_dob», MRN «mrn») with «d_dr» on «v3_long» at 10:30 for «icd2_t». Text the confirmation to «p_ph», not the home line «p_ph2». Patient email «p_em»."},
  {"role": "‹assistant›", "content": null, "tool_calls": [{"id": "«call1»", "type": "function", "function": {"name": "‹schedule_appointment›", "arguments": "{\"patient_name\": \"«p_n»\", \"dob\": \"«p_dobi»\", \"mrn\": \"«mrn»\", \"phone\": \"«p_ph»\", \"provider\": \"«d_n»\", \"start\": \"«v3_iso»T10:30:00-05:00\", \"reason\": \"«icd2_t»\", \"interpreter\": false, \"insurance_member_id\": \"«member»\"}"}}]},
  {"role": "‹tool›", "tool_call_id": "«call1»", "content": "{\"status\": \"booked\", \"confirmation\": \"«claim»\", \"location\": \"«clinic», Suite 210\", \"patient_address_on_file\": \"«p_st», «p_town» «p_zip»\", \"reminder_sent_to\": \"«p_em»\"}"}
 ]}"""

EMBEDDING_BATCH = r"""{"model": "«emb»", "encoding_format": "float", "dimensions": 1024, "user": "«uuid1»", "input": [
 "Chunk 1/4 | «hosp» | ED note «v1_us»: «p_n», «p_yo», brought in from «p_st», «p_town». Chest pain since morning. «lab1».",
 "Chunk 2/4 | PMH «icd1» «icd1_t». Home meds «drug1», «drug2». PCP «d_dr» («clinic»). Relative «r_n» at bedside, cell «r_ph».",
 "Chunk 3/4 | Dispo: admitted under «n_dr». Chart «url». MRN «mrn» / acct «acct» / member «member» («payer»).",
 "Chunk 4/4 | Social: lives with «r_g» in «p_town» «p_stab» «p_zip»; email «p_em»; SSN «p_ssn»; DOB «p_dobl». Pacemaker serial «serial»."
 ]}"""

CHAT_MARKDOWN = """# Conversation export - "Frail elderly pt, anticoag question"
*Model: «ant» · Exported «tsd» · Project: ‹Hospitalist helpers›*

---

**User** (‹clinician›):
I have a «p_yo» on «drug1» admitted «v1_mdy» after a fall at home («p_st», «p_town», ZIP «p_zip»). Name is «p_n», MRN «mrn», DOB «p_dob». Relative «r_n» («r_rel», «r_ph», «r_em») is asking whether to stop it. «lab1», «lab2».

**Assistant**:
For «p_g» (age «p_age»), the main question is bleeding risk versus stroke risk with «icd2_t» (`«icd2»`).

| Factor | Value |
|---|---|
| Age | «p_age» |
| Renal | «lab2» |
| Falls | fall on «v1_mdy» |

Consider holding «drug1» for 48 h and discussing with «d_dr». Also, please don't paste identifiers: I'd suggest removing «p_f»'s MRN from this chat.

**User**:
ok, the PCP is «n_n» at «clinic», fax it there. SSN is «p_ssn» if you need it for the form. Insurance «payer», member «member».
"""

AGENT_JSON_LOGS = r"""{"ts": "«ts1»", "level": "info", "logger": "‹agent.http›", "event": "request", "request_id": "«uuid1»", "method": "POST", "url": "https://api.anthropic.com/v1/messages", "headers": {"x-api-key": "«ant_key»", "anthropic-version": "‹2023-06-01›"}, "body_preview": "{\"model\":\"«ant»\",\"messages\":[{\"role\":\"user\",\"content\":\"Draft a prior-auth letter for «p_n», DOB «p_dob», member «member», group «group», dx «icd1»\"}]}"}
{"ts": "«ts2»", "level": "info", "logger": "‹agent.http›", "event": "response", "request_id": "«uuid1»", "status": 200, "latency": "«lat»", "usage": "«tok_in» «tok_out»", "body_preview": "Dear reviewer, I am writing on behalf of my patient «p_n» («p_yo», MRN «mrn») of «p_st», «p_town» «p_stab» «p_zip», seen on «v1_long» ..."}
{"ts": "«ts3»", "level": "debug", "logger": "‹agent.tools›", "event": "tool_call", "tool": "‹ehr_lookup›", "args": {"mrn": "«mrn»", "include": ["contacts"]}, "result": {"phone": "«p_ph»", "email": "«p_em»", "nok": "«r_n»", "nok_phone": "«r_ph»"}, "duration": "«lat2»"}
{"ts": "«ts4»", "level": "warning", "logger": "‹agent.guard›", "event": "pii_detected", "fields": ["ssn"], "value_preview": "«p_ssn»", "client_ip": "«ip»", "session": "«uuid2»"}
{"ts": "«ts5»", "level": "error", "logger": "‹agent.db›", "event": "connect_failed", "dsn": "postgresql://agent:«dbpw»@pg-prod-2.internal:5432/clinical", "error": "timeout after 5000 ms"}
{"ts": "«ts6»", "level": "info", "logger": "‹agent.vector›", "event": "upsert", "url": "https://clinic-notes-x1y2.svc.aped-4627.pinecone.io/vectors/upsert", "headers": {"Api-Key": "«pc_key»"}, "namespace": "‹notes-2026›", "vectors": 2, "first_id": "«uuid3»"}
"""

OCR_CARD = """You are a registration assistant for «hosp». Fill the form from the OCR text below. Output JSON only.

<ocr page="front" confidence="0.91">
«payer»
«plan»
Member: «p_NC»
Member ID: «member»    Group No: «group»
DOB: «p_dob»   Eff: «v4_us»
RxBIN: «rxbin»  RxPCN: ‹ADV›  RxGrp: ‹RX4471›
Dependent 02: «r_NC»
PCP: «d_dr»  Ph «d_ph»
</ocr>
<ocr page="back" confidence="0.84">
Subscriber address: «p_st» / «p_town», «p_stab» «p_zip»
Subscriber SSN (last 4): «p_ssn4»
Member services 1-800-555-0143   Pharmacy help 1-877-555-0190
Member portal: «url»
</ocr>
Patient is a «p_yo» (age «p_age» per the front desk). Cell «p_ph», e-mail «p_em». Registered «v1_us» by «n_n». Model: «oai».
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("ai43_openai_responses_request", ["OR", "TN"], "json", OPENAI_RESPONSES),
    ("ai43_anthropic_messages_tool_use", ["VT", "CO"], "json", ANTHROPIC_TOOLS),
    ("ai43_langgraph_trace_export", ["KS", "ME"], "ndjson", LANGGRAPH_TRACE),
    ("ai43_assistants_thread_export", ["WI", "IA"], "json", ASSISTANTS_THREAD),
    ("ai43_mcp_tools_call_fhir", ["TN", "OR"], "json", MCP_FHIR),
    ("ai43_vector_store_upsert", ["CO", "KS"], "json", VECTOR_UPSERT),
    ("ai43_eval_dataset_jsonl", ["ME", "WI"], "ndjson", EVAL_JSONL),
    ("ai43_jinja_rendered_prompt", ["IA", "VT"], "text", JINJA_PROMPT),
    ("ai43_notebook_cell_output", ["OR", "CO"], "json", NOTEBOOK),
    ("ai43_agent_terminal_log", ["TN", "KS"], "text", TERMINAL_LOG),
    ("ai43_git_diff_test_fixture", ["VT", "ME"], "text", GIT_DIFF),
    ("ai43_slack_bot_message", ["WI", "OR"], "json", SLACK_BOT),
    ("ai43_structured_output_response", ["IA", "TN"], "json", STRUCTURED_OUTPUT),
    ("ai43_function_calling_schedule", ["CO", "VT"], "json", FUNCTION_CALL),
    ("ai43_embedding_batch_request", ["KS", "WI"], "json", EMBEDDING_BATCH),
    ("ai43_chat_ui_markdown_export", ["ME", "IA"], "text", CHAT_MARKDOWN),
    ("ai43_agent_json_log_stream", ["OR", "KS"], "ndjson", AGENT_JSON_LOGS),
    ("ai43_ocr_insurance_card_prompt", ["TN", "ME"], "text", OCR_CARD),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    st = locs[index % len(locs)]
    doc = None
    for attempt in range(200):
        rng = random.Random(f"phigate-probe43:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, st, kind)
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, st, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 200 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
