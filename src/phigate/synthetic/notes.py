"""Clinical notes: discharge summaries, progress notes, referral letters, nursing notes and more.

`dev` and `heldout` share no template: the held-out notes are other kinds (ED triage, operative,
telehealth, transfer, home health) written with other phrasings, so a detector keyed to dev's
wording is caught out.
"""

from __future__ import annotations

import random

from phigate.synthetic.identity import Person, Split, make_person
from phigate.synthetic.labels import Labelled, render
from phigate.synthetic.slots import person_slots

# kind -> (headers, kind-specific sections). Shared body sections are in BODY.
DEV_KINDS: dict[str, tuple[list[str], list[str]]] = {
    "discharge_summary": (
        [
            "DISCHARGE SUMMARY\nPatient: {name}    MRN: {mrn}    DOB: {dob}\n"
            "Admission date: {admit}    Discharge date: {discharge}\nAttending: {doctor}, {hospital}\n\n",
            "{hospital} - Discharge Summary\nName: {family}, {given}\nMedical record number: {mrn}\n"
            "Date of birth: {dob}\nAdmitted: {admit}\nDischarged: {discharge}\n\n",
        ],
        [
            "HOSPITAL COURSE: {title} {family} was admitted on {admit} for {dx} ({icd}). {He} was started on "
            "{drug1} {route1} and improved by the {word1} of day 3. Discharged home on {discharge} with "
            "{his} {rel1_rel} {rel1}.\n\n",
            "DISCHARGE INSTRUCTIONS: Follow up with {specialty} at {hospital2} on {followup}. Call {phone} "
            "with questions. Continue {drug2} {route2}.\n\n",
        ],
    ),
    "progress_note": (
        [
            "PROGRESS NOTE - {hospital}\nPt: {name} (MRN {mrn})\nSeen: {procedure_date}\n\n",
            "Daily progress note\nPatient {name}, DOB {dob}, MRN: {mrn}\n\n",
        ],
        [
            "S: {given} reports feeling better this {word1}. Slept well overnight. Denies chest pain.\n"
            "O: {lab1}, {lab2}. {lab3}.\nA: {dx} ({icd}), improving.\nP: continue {drug1} {route1}; "
            "recheck labs {word2}.\n\n",
            "Interval events: no acute events. {His} {rel1_rel} {rel1} visited on {word3} and asked about "
            "discharge planning.\n\n",
        ],
    ),
    "referral_letter": (
        [
            "{hospital}\nDepartment of {specialty}\nFax: {fax}\n\nRe: {name}, DOB {dob}, MRN {mrn}\n"
            "Address: {address}\n\nDear {doctor2},\n\n",
            "REFERRAL\nTo: {doctor2}, {hospital2}\nFrom: {doctor}, {hospital}\nPatient: {name}\n"
            "Phone: {phone}\nInsurance: {payer}, member ID {plan}\n\n",
        ],
        [
            "Thank you for seeing {title} {family}, {age} {sexword} with {dx} ({icd}). "
            "Recent results: {lab1}, "
            "{lab2}. {He} lives at {address} with {his} {rel1_rel}.\n\n",
            "Please send your report by fax to {fax} or e-mail {email}. Kind regards,\n{doctor}\n\n",
        ],
    ),
    "nursing_note": (
        [
            "NURSING NOTE {procedure_date}\nPatient: {name}  Room 412B  MRN {mrn}\n\n",
            "Nursing shift note - {hospital}\n{name}, DOB {dob}\n\n",
        ],
        [
            "Patient {given} alert and oriented x3. Vitals: {lab1}, {lab2}. Administered {drug1} {route1} "
            "at bedtime. {rel1_rel} {rel1} at bedside, contact number {rel1_phone}.\n\n",
            "Fall risk reviewed. {He} uses a cane. Skin intact. Plan discussed with {nurse}.\n\n",
        ],
    ),
}

DEV_BODY = [
    "SOCIAL HISTORY: Lives at {address}. Home phone {phone}, cell {mobile}. Emergency contact: "
    "{rel1} ({rel1_rel}), {rel1_phone}. Drives a car, VIN {vin}, plate {plate}.\n\n",
    "IDENTIFIERS: SSN {ssn}. {payer} member ID {plan}. Account number {account}. Driver's license "
    "{license}.\n\n",
    "DEVICES: Implanted pacemaker, serial number {device}. Remote monitoring data uploaded from IP {ip}.\n\n",
    "MEDICATIONS: {drug1} {route1}; {drug2} {route2}; {drug3} PO daily.\n\n",
    "LABS ({loinc_name}, LOINC {loinc}): {lab1}; {lab2}; {lab3}.\n\n",
    "The patient is {age} {sexword}, born {dob}. {His} {rel2_rel}, {rel2}, can be reached by email at "
    "{email}. Patient portal: {url}.\n\n",
    "Billing: claim {claim} submitted to {payer}, account {account}.\n\n",
    "Patient recently travelled to {country}; no fever since {word2}. Previously treated in {state}.\n\n",
]

HELDOUT_KINDS: dict[str, tuple[list[str], list[str]]] = {
    "ed_triage": (
        [
            "EMERGENCY DEPT TRIAGE | arrival {admit}\n{family}, {given} | chart #{mrn} | born {dob}\n\n",
            "ED triage record ({hospital})\nPatient name ..... {name}\nHospital no. ..... {mrn}\n"
            "Arrived ........... {admit}\n\n",
        ],
        [
            "Chief complaint: dyspnoea since {word1}. Brought in by {rel1_rel} ({rel1}, tel. {rel1_phone}). "
            "Triage obs: {lab1} / {lab2}.\n\n",
            "Acuity ESI 2. Known {dx}, coded {icd}. Takes {drug1} {route1}.\n\n",
        ],
    ),
    "operative_note": (
        [
            "OPERATIVE REPORT\nSurgery performed {procedure_date} at {hospital}\n"
            "Subject: {name} (record {mrn})\n\n",
            "Op note for {title} {name} - date of operation {procedure_date}\n\n",
        ],
        [
            "Procedure: dual-chamber pacemaker implantation; generator S/N {device}. Surgeon {doctor}. "
            "Estimated blood loss minimal. {drug1} given pre-incision.\n\n",
            "Post-op: transferred to recovery. Findings discussed with {rel2_given}, "
            "the patient's {rel2_rel}, "
            "by phone on {discharge}.\n\n",
        ],
    ),
    "telehealth_consult": (
        [
            "Telehealth consult - {specialty}\nVideo visit with {name}, {age}\nConnected from {ip} "
            "(IPv6 {ipv6})\nVisit date: {procedure_date}\n\n",
            "VIRTUAL VISIT SUMMARY\nParticipant: {given} {family} | e-mail {email} | callback {mobile}\n\n",
        ],
        [
            "{given} joined the call from home ({address}). Reviewed readings uploaded via {url}. "
            "{lab1}, {lab2}.\n\n",
            "Assessment: {dx} ({icd}) - stable. Plan: titrate {drug2}; next virtual visit {followup}.\n\n",
        ],
    ),
    "transfer_summary": (
        [
            "INTERFACILITY TRANSFER\nFrom {hospital} to {hospital2}\nPt {family} {given}, geb. {dob}, "
            "Fallnummer {account}\n\n",
            "Transfer note. Name: {name}. Record: {mrn}. Date of transfer: {discharge}.\n\n",
        ],
        [
            "Reason for transfer: {specialty} not available locally. Receiving physician {doctor2} accepted. "
            "Family ({rel1}, {rel1_rel}) informed at {rel1_phone}.\n\n",
            "Insurance: {payer}, policy no. {plan}; social security no. {ssn}.\n\n",
        ],
    ),
    "home_health_visit": (
        [
            "HOME HEALTH VISIT - {procedure_date}\nClient: {name}\nHome address: {address}\n\n",
            "Visiting nurse report for {title} {family} (client ID {claim})\n\n",
        ],
        [
            "Client is {age}, lives with {his} {rel2_rel} {rel2}. "
            "Medication box contains {drug1} and {drug3}. "
            "Glucometer serial {device}.\n\n",
            "Car in driveway (registration {plate}, chassis no. {vin}) - client no longer drives.\n\n",
        ],
    ),
}

HELDOUT_BODY = [
    "Contact details - street: {street}; town: {city}; postcode {zip}. Tel {phone}; mobile {mobile}; "
    "fax {fax}.\n\n",
    "Coverage: {payer} subscriber number {plan}. Patient billing acct {account}. SSN on file: {ssn}. "
    "Driving licence no. {license}.\n\n",
    "Medication reconciliation: {drug1} {route1}, {drug2} {route2} and {drug3}.\n\n",
    "Results today - {loinc_name} (LOINC {loinc}): {lab1}; also {lab2} and {lab3}.\n\n",
    "{given} {family} is {age}; date of birth {dob}. Next of kin {rel2} ({rel2_rel}) - {email}.\n\n",
    "Device check: insulin pump serial {device}; data synced from {ipv6}. Personal page {url}.\n\n",
    "Reference {claim} for correspondence. Seen previously in {country} and {state}; reviewed {word3}.\n\n",
]

FOOTERS = {
    "dev": ["Electronically signed by {doctor} on {discharge}.\n", "Dictated but not read. {doctor}\n"],
    "heldout": ["-- authenticated {doctor2} / {discharge}\n", "Signed: {nurse}. Copy to {doctor}.\n"],
}

NOTE_KINDS: dict[Split, dict[str, tuple[list[str], list[str]]]] = {"dev": DEV_KINDS, "heldout": HELDOUT_KINDS}
BODIES: dict[Split, list[str]] = {"dev": DEV_BODY, "heldout": HELDOUT_BODY}


def note_for(rng: random.Random, person: Person, kind: str | None = None, sections: int = 4) -> Labelled:
    """One clinical note about `person`; `kind` picks the note type (a key of NOTE_KINDS[split])."""
    split = person.split
    kinds = NOTE_KINDS[split]
    kind = kind or rng.choice(sorted(kinds))
    if kind not in kinds:
        raise ValueError(f"note kind {kind!r} is not in split {split!r}: {sorted(kinds)}")
    headers, specific = kinds[kind]
    slots = person_slots(rng, person)
    chosen = [rng.choice(headers), *specific, *rng.sample(BODIES[split], min(sections, len(BODIES[split])))]
    order = chosen[:1] + rng.sample(chosen[1:], len(chosen) - 1)
    doc = Labelled()
    for template in [*order, rng.choice(FOOTERS[split])]:
        doc.add(render(template, slots))
    return doc


def make_note(rng: random.Random, split: Split = "dev", kind: str | None = None) -> Labelled:
    """A labelled clinical note; regenerated until every label is unambiguous (see `sound`)."""
    from phigate.synthetic.corpus import sound  # local: corpus builds on this module

    for _ in range(50):
        doc = note_for(rng, make_person(rng, split), kind)
        if sound(doc):
            return doc
    raise RuntimeError("could not generate an unambiguous note in 50 attempts")
