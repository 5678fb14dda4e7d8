# ruff: noqa: E501, W291  (hand-aligned templates; an e-mail signature separator "-- ")
"""Ninety-second independent probe corpus: medical education and medical publishing text that carries patients'
details -- in English, French, German, Spanish and Italian, from the United States, the United Kingdom, France,
Germany, Spain and Italy -- built the way an outside evaluator builds a held-out set, with its own templates and
its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each: a case-report manuscript draft (the patient details the
authors forgot to remove), a journal submission cover letter with reviewer comments, morbidity & mortality
conference slide text, a grand-rounds handout (German), a resident's procedure / case log export (CSV), an OSCE
standardised-patient case script, teaching-file image captions (radiology, dermatology, pathology), a clinical
photography consent form (French), a conference abstract with a case vignette (Spanish), a journal-club e-mail
thread, a preceptor's evaluation of a student, a simulation-lab scenario log, a student's Q&A board post about a
patient, an exam question built from a real case (Italian), an ethics-committee case consultation summary, a CME
certificate and attendance list (JSON export), a podcast / lecture transcript and the LaTeX source of a case
report. No bibliographic reference list appears at all (cited papers' authors are not in the corpus).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient of the case (aged 90+ half the
time), `r` a relative, `q1`-`q3` other patients, `a1` `a2` authors / clinicians, `s` a student or resident, `e`
an editor, `rv` a reviewer, `o` another person (ethics chair, photographer, course director), `sp` a
standardised patient (an actor), `n` a nurse. Forms: `_n` full name, `_g` given, `_f` family, `_lf` "FAMILY,
Given" (family in capitals), `_Lf` "Family, Given", `_gi` "Given F.", `_i` "G. Family", `_ini` initials, `_user`
a login made of the name, `_ph` `_em`, `_line` `_town` `_pc` `_addr`, `_dob` (the country's form) `_dobiso`,
`_as` the age with sex ("93F"), `_ayo` ("93yo") and `_age` the age alone, `_mrn` `_hp` `_nat` `_lic` (`_dni` in
Spain) with their labels `_mrnl` `_hpl` `_natl` `_licl`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, relative, clinician, author, student, resident, reviewer,
  editor, nurse, photographer, ethics-committee member, and the standardised patient (an actor plays the patient
  but is a person): full, given alone, family alone, "FAMILY, Given", "Given F.", "G. Family", initials standing
  for a person ("Reviewed: HT"), a login made of a name. Titles and roles (Dr, Prof., Mme, Herr, Sig.ra, PGY-2,
  MS3, SP) are plain text; in "Dr A. Lovewell" the label is "A. Lovewell". Eponyms (Kawasaki, Guillain-Barré,
  Hashimoto, Wernicke, Takotsubo, Behçet ...) are disease names, not people: keep.
- ADDRESS: street lines and towns; ZIP: ZIP codes and postcodes. States, regions, départements, Länder,
  provinces and countries are plain text.
- DATE: every date more specific than a year (day and month alone too, "14 mars", "Mar 14"); years alone keep.
  AGE: 90 and over, labelled as written with its sex letter or "yo" when glued to it ("93F", "91yo"; "93" in
  "93 ans", "93-jährige", "93 años", "93 anni"); ages under 90 keep in the same forms.
- PHONE: any person's number; EMAIL: any person's address (a journal's or a committee's shared address is plain
  text: none is used here).
- MRN: hospital record numbers (MRN, hospital number, IPP, Patienten-ID, NHC, numero di cartella). HEALTH_PLAN:
  insurance and health numbers (US member IDs, NHS number, French mutuelle number, German KVNR, Basque TIS,
  Italian TEAM card). SSN: US SSN, UK NI, French NIR, German Rentenversicherungsnummer, Spanish NUSS. ID:
  Spanish DNI / NIE, Italian codice fiscale, a case's image accession numbers, a consent form's number, a
  student's matriculation number, an ethics consultation's number; [named after the first measurement, labelled
  ID from the start: an M&M complaint reference and an actor's SP-pool number -- see test_probe92]. ACCOUNT: a German Fallnummer / US FIN (a
  billing encounter). LICENSE: clinicians' registration numbers (NPI, GMC, RPPS, LANR, colegiado, Albo).
- DEVICE: the serial of a device in a patient (pacemaker, insulin pump, cochlear implant). URL: a link carrying
  a patient's record number. IP: every IP address.
- Keep (must survive): eponyms and disease names, journal names, conference names, institution and hospital
  names, drugs and doses, scores, section headings marked ‹...›, manuscript ids of a journal (they name a paper,
  not a person), years alone, ages under 90, slide numbers, times, course codes, CME credit counts.
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
from tests.engine.probe92 import ids
from tests.engine.probe92.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "EN": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "FR": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "DE": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "ES": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "IT": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
}  # fmt: skip
Y = 365


def date_forms(d: date, loc: str, lang: str = "EN") -> dict[str, P]:
    D = lambda v: P("DATE", v)  # noqa: E731
    mon = MONTHS[lang][d.month - 1]
    us = loc == "US"
    long = {"EN": f"{mon} {d.day}, {d.year}" if us else f"{d.day} {mon} {d.year}", "FR": f"{d.day} {mon} {d.year}", "DE": f"{d.day}. {mon} {d.year}",
            "ES": f"{d.day} de {mon} de {d.year}", "IT": f"{d.day} {mon} {d.year}"}[lang]  # fmt: skip
    dm = {"EN": f"{mon[:3]} {d.day}" if us else f"{d.day} {mon[:3]}", "FR": f"{d.day} {mon}", "DE": f"{d.day}. {mon}", "ES": f"{d.day} de {mon}",
          "IT": f"{d.day} {mon}"}[lang]  # fmt: skip
    return {
        "loc": D(f"{d:%m/%d/%Y}" if us else f"{d:%d.%m.%Y}" if loc == "DE" else f"{d:%d/%m/%Y}"),
        "long": D(long),
        "dm": D(dm),
        "iso": D(d.isoformat()),
        "short": D(
            f"{d.month}/{d.day}" if us else f"{d.day}.{d.month}." if loc == "DE" else f"{d.day}/{d.month}"
        ),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.region} ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), f", {w.region} ", Z(w.postcode))
    if c == "IT":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town), f" ({w.region})")
    return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))


def person_slots(x: str, w: Person, ref: date, lang: str) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c, lang)
    sx = "F" if w.female else "M"
    A = (lambda v: P("AGE", v)) if age >= 90 else K
    fam_word = w.family[3:] if w.family.startswith("Le ") else w.family
    ini = (w.given[0] + fam_word[0]).upper()
    fem = w.female
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lf": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_Lf": N(f"{w.family}, {w.given}"), f"{x}_gi": N(f"{w.given} {fam_word[0]}."), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ini": N(ini), f"{x}_user": N((plain(w.given)[0] + plain(fam_word.split()[0]))[:12]),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w), f"{x}_region": w.region,
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_as": A(f"{age}{sx}"), f"{x}_ayo": A(f"{age}yo"), f"{x}_age": A(str(age)),
        f"{x}_sex": sx, f"{x}_he": "she" if fem else "he", f"{x}_He": "She" if fem else "He", f"{x}_his": "her" if fem else "his",
        f"{x}_His": "Her" if fem else "His", f"{x}_him": "her" if fem else "him", f"{x}_man": "woman" if fem else "man",
        f"{x}_title": {"US": "Ms" if fem else "Mr", "UK": "Mrs" if fem else "Mr", "FR": "Mme" if fem else "M.", "DE": "Frau" if fem else "Herr",
                       "ES": "Sra." if fem else "Sr.", "IT": "Sig.ra" if fem else "Sig."}[c],
        f"{x}_fr_e": "e" if fem else "", f"{x}_fr_le": "la" if fem else "le", f"{x}_fr_Il": "Elle" if fem else "Il",
        f"{x}_de_der": "die" if fem else "der", f"{x}_de_Der": "Die" if fem else "Der", f"{x}_de_r": "" if fem else "r", f"{x}_de_Pat": "Patientin" if fem else "Patient",
        f"{x}_F": N(w.family.upper()), f"{x}_f_up": N(w.family.upper()), f"{x}_es_a": "a" if fem else "", f"{x}_it_a": "a" if fem else "",
        f"{x}_es_o": "a" if fem else "o", f"{x}_es_el": "la" if fem else "el", f"{x}_it_o": "a" if fem else "o", f"{x}_it_il": "la" if fem else "il",
    }  # fmt: skip
    for suffix, (fw, mw) in RELS.items():
        s[f"{x}_rel{suffix}"] = fw[hash_index(w.given, len(fw))] if fem else mw[hash_index(w.given, len(mw))]
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


RELS = {"": (["daughter", "wife", "niece", "sister"], ["son", "husband", "nephew", "brother"]), "_fr": (["fille", "épouse", "nièce", "sœur"], ["fils", "époux", "neveu", "frère"]),
        "_de": (["Tochter", "Ehefrau", "Nichte", "Schwester"], ["Sohn", "Ehemann", "Neffe", "Bruder"]), "_es": (["hija", "esposa", "sobrina", "hermana"], ["hijo", "esposo", "sobrino", "hermano"]),
        "_it": (["figlia", "moglie", "nipote", "sorella"], ["figlio", "marito", "nipote", "fratello"])}  # fmt: skip


def hash_index(word: str, n: int) -> int:
    """A stable pick for a person (Python's hash() of a str changes between runs)."""
    return sum(map(ord, word)) % n


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

INSTITUTIONS = {"US": ["University of Minnesota Medical School", "Michigan Medicine", "Intermountain Medical Center", "Beth Israel Deaconess Medical Center"],
                "UK": ["Ysbyty Gwynedd", "Cardiff University School of Medicine", "Morriston Hospital", "Bronglais General Hospital"],
                "FR": ["CHU de Brest", "CHU de Rennes", "Centre hospitalier de Bayonne", "Hôpital de la Cavale Blanche"],
                "DE": ["Universitätsklinikum Schleswig-Holstein", "Klinikum Oldenburg", "Universitätsklinikum Münster", "Klinikum Kempten"],
                "ES": ["Hospital Universitario Donostia", "Hospital Universitario Cruces", "Hospital Universitario de Navarra", "Hospital Universitario Araba"],
                "IT": ["AOU Sassari", "Ospedale San Francesco di Nuoro", "Ospedale San Martino di Oristano", "Ospedale Morelli di Sondalo"]}  # fmt: skip
JOURNALS = ["BMJ Case Reports", "Journal of Medical Case Reports", "Clinical Case Reports", "European Journal of Case Reports in Internal Medicine",
            "JAMA Dermatology", "Radiology Case Reports", "Annals of Internal Medicine: Clinical Cases", "American Journal of Case Reports"]  # fmt: skip
CONFERENCES = {"US": "ACP Internal Medicine Meeting", "UK": "RCP Medicine", "FR": "Congrès national de la SNFMI", "DE": "DGIM-Kongress",
               "ES": "Congreso Nacional de la SEMI", "IT": "Congresso Nazionale SIMI"}  # fmt: skip
EPONYMS = {"EN": ["Kawasaki disease", "Guillain-Barré syndrome", "Hashimoto thyroiditis", "Wernicke encephalopathy", "Takotsubo cardiomyopathy", "Behçet disease",
                  "Addison disease", "Whipple disease", "Creutzfeldt-Jakob disease", "Sjögren syndrome", "Ménière disease", "Cushing syndrome"],
           "FR": ["maladie de Kawasaki", "syndrome de Guillain-Barré", "thyroïdite de Hashimoto", "encéphalopathie de Gayet-Wernicke", "maladie de Behçet",
                  "maladie de Whipple"],
           "DE": ["Morbus Hashimoto", "Wernicke-Enzephalopathie", "Guillain-Barré-Syndrom", "Morbus Addison", "Takotsubo-Kardiomyopathie", "Morbus Whipple"],
           "ES": ["enfermedad de Kawasaki", "síndrome de Guillain-Barré", "tiroiditis de Hashimoto", "encefalopatía de Wernicke", "enfermedad de Behçet",
                  "síndrome de Sjögren"],
           "IT": ["malattia di Kawasaki", "sindrome di Guillain-Barré", "tiroidite di Hashimoto", "encefalopatia di Wernicke", "malattia di Addison",
                  "sindrome di Cushing"]}  # fmt: skip
DRUGS = ["IVIG 2 g/kg", "thiamine 500 mg IV", "levothyroxine 50 mcg", "hydrocortisone 100 mg IV", "aspirin 80 mg/kg/day", "methylprednisolone 1 g",
         "rituximab 375 mg/m2", "ceftriaxone 2 g", "enoxaparin 1 mg/kg", "infliximab 5 mg/kg", "doxycycline 100 mg", "fludrocortisone 0.1 mg",
         "amiodarone 300 mg", "colchicine 0.5 mg", "alteplase 0.9 mg/kg", "naloxone 0.4 mg"]  # fmt: skip
SCORES = ["GCS 9", "NIHSS 14", "CURB-65 3", "APACHE II 22", "SOFA 8", "mRS 4", "MMSE 18/30", "CHA2DS2-VASc 5", "qSOFA 2", "Wells 6", "EDSS 6.5",
          "HAS-BLED 3"]  # fmt: skip
PROCEDURES = ["central line (IJ, US-guided)", "lumbar puncture", "paracentesis", "arterial line", "thoracentesis", "intubation", "knee aspiration",
              "NG tube", "chest drain (Seldinger)", "bone marrow aspirate", "skin punch biopsy", "cardioversion"]  # fmt: skip
MODALITIES = [
    "CT head non-contrast",
    "MRI brain FLAIR",
    "CXR PA",
    "CT pulmonary angiogram",
    "MRI spine T2",
    "echocardiogram",
    "PET-CT",
    "US abdomen",
]
STAINS = ["H&E x200", "PAS x400", "Congo red", "Ziehl-Neelsen", "H&E x40", "immunohistochemistry CD20"]
YEARS = [str(y) for y in range(2012, 2024)]
SHIFTS = ["PGY-1", "PGY-2", "PGY-3", "FY1", "FY2", "CT1", "MS3", "MS4"]


# ---- templates ------------------------------------------------------------------------------------------------

CASE_DRAFT = """‹DRAFT v3 - DO NOT CIRCULATE› - for submission to «journal» (track changes on)
Title: «ep1» presenting as «ep2» in a «p_age»-year-old «p_man»: a case report
Authors: «a1_n» (1), «a2_n» (2), «s_n» (1) -- (1) «inst1»; (2) «inst2»
Corresponding author: «a1_i», «a1_em», tel. «a1_ph»

‹Abstract›
A «p_age»-year-old «p_man» presented with fever and confusion. We describe the workup and the response to «drug1».

‹Case presentation›
«p_title» «p_n» (DOB «p_dob», «mrnl» «p_mrn») was brought in by «p_his» «r_rel» «r_g» on «d1_long» after a fall at home
([[remove before submission]] «p_addr»). On arrival «score1». «p_He» had been treated for «ep3» since «year».
Repeat imaging on «d2_dm» ... discussed with Dr «a2_f» (neuroradiology). «p_His» «hpl» «p_hp» was used to
request records from «p_his» GP, Dr «q1_n». [comment «s_ini»: do we need consent from «r_g» «r_f» too? «r_his» mobile «r_ph»]

‹Outcome and follow-up›
Discharged on «d3_dm» on «drug2»; «score2» at 3 months.
‹Acknowledgements› We thank «n_n» (specialist nurse) for data collection.
"""

COVER_REVIEW = """To: Dr «e_n», Handling Editor, «journal»
From: «a1_n» <«a1_em»>
Date: «d1_long»
Subject: Revised manuscript «msid» - «ep1» after «drug1»

Dear Dr «e_f»,
Please find attached the revision of our case report on a «p_age»-year-old «p_man» with «ep1». We have
removed the patient's name from Figure 2 as requested (the original file showed "«p_lf»", «mrnl» «p_mrn», scan of «d2_loc»).
Written consent was obtained from the patient's «r_rel», «r_n», on «d3_long».

‹REVIEWER 2› (Dr «rv_n», «rv_em»)
1. The timeline is confusing: was «drug2» started before or after the «score1» on «d2_dm»?
2. Table 1 still lists the date of birth («p_dob») and the town («p_town»). Please delete.
3. Minor: «ep2» should be discussed as a differential.
‹Response› We thank Dr «rv_f». Point 1: after. Point 2: deleted. Point 3: added.
Co-author «a2_gi» has approved the final version. Reviewer initials on the tracked file: «rv_ini».
"""

MM_SLIDES = """‹M&M CONFERENCE› - «inst1» - Department of Medicine - «d1_dm» «year2»
[Slide 1] Missed «ep1» - presented by «s_n» («shift»), faculty «a1_i»
[Slide 2] «p_as», bed 14 - «p_lf» - «mrnl» «p_mrn» - admitted «d2_loc» via ED
[Slide 3] Timeline:  «d2_dm» triage «score1» → «d3_dm» «drug1» → «d4_dm» rapid response (RN «n_n», ext 4471)
[Slide 4] Contributing factors: handoff from Dr «a2_f» at 19:00, «ep2» anchoring, pager to «q1_gi» unanswered
[Slide 5] Family: «r_rel» «r_n» asked «d4_dm» why no one called; complaint ref «cref»
[Slide 6] Learning points - «ep1» can mimic «ep3»; check «score2»; «drug2» earlier
[speaker notes] don't show slide 2 outside dept! «p_g» lived alone at «p_line», «p_town»
"""

GRAND_ROUNDS_DE = """‹Klinische Fortbildung / Grand Rounds› - «inst1» - Mittwoch, «d1_long», 12:30 Uhr, Hörsaal 2
Referent: Prof. Dr. «a1_n» (LANR «a1_lic») · Moderation: Dr. «a2_i» · Protokoll: cand. med. «s_n»
Thema: «ep1» – ein Fall aus unserer Notaufnahme
Fallvorstellung: «p_de_Der» «p_age»-jährige «p_de_Pat» «p_n» (geb. «p_dob», «mrnl» «p_mrn», Fallnummer «fall»)
wurde am «d2_loc» von Angehörigen («r_rel_de» «r_n») gebracht. Verlegung aus «q1_town» durch Dr. «q1_n».
Befund: «score1», später «score2». Therapie: «drug1», dann «drug2». Differentialdiagnose: «ep2», «ep3».
KVNR «p_hp» bitte auf den Folien schwärzen! Rückfragen: «a2_em», Tel. «a2_ph».
Teilnehmerliste bei «n_n» (Sekretariat). Nächster Termin: «d3_dm», Referentin «o_n».
"""

CASELOG_CSV = """resident,level,date,procedure,patient_initials,patient_mrn,age,supervisor,supervisor_reg_no,outcome,complications
«s_Lf»,«shift»,«d1_iso»,«proc1»,«p_ini»,«p_mrn»,«p_age»,«a1_n»,«a1_lic»,success,none
«s_Lf»,«shift»,«d2_iso»,«proc2»,«q1_ini»,«q1_mrn»,«q1_age»,«a2_n»,«a2_lic»,success x2 attempts,none
«s_Lf»,«shift»,«d3_iso»,«proc3»,«q2_ini»,«q2_mrn»,«q2_age»,«a1_n»,«a1_lic»,unsuccessful,bleeding (minor)
«s_Lf»,«shift»,«d4_iso»,«proc4»,«q3_ini»,«q3_mrn»,«q3_age»,«o_n»,«o_lic»,success,none
# export «d1_iso» from «logsys» for «s_em»; program «inst1»; comment row 1: pt «p_n» («p_as») on «drug1»
"""

OSCE_SCRIPT = """‹OSCE STATION 7 - STANDARDISED PATIENT SCRIPT› - «inst1» - exam «d1_long»
Station author: Dr «a1_n» · SP trainer: «o_n» («o_em», «o_ph») · Examiner: «a2_i»
SP booked: «sp_n» (actor, SP pool #«spid»), age range 60-75 · reserve SP: «q1_n»
Based on a real admission (ward 4B, «d2_dm») - patient «p_i», «p_as», «mrnl» «p_mrn» - details changed except the history below.
Opening line (SP): "Doctor, I've had double vision since Sunday and my legs feel weak."
History if asked: «ep1» in 2009; on «drug1»; lives with «sp_his» «r_rel» («r_g» in the real case).
Do NOT volunteer: alcohol 40 units/week. Expected: candidate considers «ep2» and «ep3».
Marking: «score1» given on card. Contact on exam day: «sp_g» arrives 08:15, parking at «sp_line».
"""

CAPTIONS = """‹TEACHING FILE› - «inst1» - section «section» - curator «a1_n» - last edit «d1_iso»
Case «tfid» · «ep1» · «p_as» · submitted by «s_gi» («shift»)
Figure 1. «mod1»: ... (acquired «d2_dm»). Original label burned into image: «p_lf» / «p_mrn» / DOB «p_dobiso»
Figure 2. «mod2» showing progression on «d3_dm»; accession «acc1».
Figure 3. «stain1»: findings consistent with «ep2». Slide «acc2», pathologist «a2_i».
Figure 4. Clinical photograph of the hands ([[crop name band: «p_n»]]) - photographer «o_n».
Teaching points: «ep1» vs «ep3»; «drug1» response. Source patient «mrnl» «p_mrn», referring GP «q1_n», «q1_ph».
"""

CONSENT_FR = """‹FORMULAIRE DE CONSENTEMENT – PHOTOGRAPHIE CLINIQUE ET ENSEIGNEMENT› – «inst1»
N° de formulaire : «consent»          Service : ‹Dermatologie›
Patient(e) : «p_lf»    Né«p_fr_e» le : «p_dob»    Âge : «p_age» ans    IPP : «p_mrn»
N° de sécurité sociale (NIR) : «p_nat»    Mutuelle : «p_hp»
Adresse : «p_addr»    Tél. : «p_ph»
J'autorise la prise de photographies de : lésions cutanées (suspicion de «ep1») le «d1_long».
Diagnostic évoqué : «ep1» ; diagnostic différentiel : «ep2».
Usage : ☒ dossier médical  ☒ enseignement (faculté de médecine)  ☐ publication dans «journal»
Photographe : «o_n»    Médecin responsable : Dr «a1_n» (RPPS «a1_lic»)
Si le patient ne peut signer : représentant légal / personne de confiance «r_n» («r_rel_fr»), tél. «r_ph»
Fait à «p_town», le «d2_loc».        Signature : ____________       Témoin : «n_n», IDE
"""

ABSTRACT_ES = """«conf» «year2» – RESUMEN N.º «absid» – Área: Enfermedades autoinmunes
Título: «ep1» de presentación atípica en un«p_es_a» paciente de «p_age» años
Autores: «a1_n», «a2_n», «s_n». «inst1».
Correspondencia: «a1_em» · tel. «a1_ph»
Caso clínico: Mujer/varón de «p_age» años (NHC «p_mrn», «p_natl» «p_nat») natural de «p_town», ingresad«p_es_o» el «d1_long»
por fiebre y artralgias. Antecedentes: «ep2». Exploración: «score1». Se inició «drug1» el «d2_dm», con mejoría.
La familia («r_rel_es» «r_n», DNI «r_dni») autorizó la presentación. Revisión de la historia: «q1_n» (residente).
Discusión: «ep1» debe sospecharse ante «ep3». Declaración: los autores no declaran conflictos.
"""

JOURNAL_CLUB = """From: «s_n» <«s_em»>
To: journal-club list; «a1_n» <«a1_em»>
Date: «d1_long» 08:12
Subject: Re: Journal club this Thursday - «ep1» paper («journal»)

Hi all - before Thursday: the paper's case 3 is basically our «p_f» from last winter (the «p_ayo» with «ep1»).
«a1_g», could we present «p_him» as a local example? I still have «p_his» «mrnl» («p_mrn») from my notes and the
«hpl» «p_hp». I'd blank the name on the slides of course. Their primary outcome was «score1» after «drug1».

> On «d2_dm», «a1_n» wrote:
> Fine, but only with consent - «p_his» «r_rel» «r_n» is the contact («r_ph»). «a2_gi» will chair.
> Presenters: «s_g» (methods), «q1_n» (results). Snacks: «n_g».
-- 
«s_n», «shift», «inst1» · mob «s_ph»
"""

PRECEPTOR = """‹CLERKSHIP EVALUATION - CLINICAL PRECEPTOR FORM› - «inst1»
Student: «s_lf»    Student ID: «matric»    Rotation: Internal Medicine, «d3_dm» – «d1_dm» «year2»
Preceptor: Dr «a1_n» («licl» «a1_lic»)    Clinic site: «inst2»
Patient care (4/5): «s_g» took a careful history from «p_title» «p_f» («p_as», «ep1») and noticed the
«score1» before I did. With «q1_i» (admitted «d3_dm») «s_he» missed the «ep2» clue but recovered well.
Communication (5/5): explained «drug1» to «q2_n»'s «r_rel» («r_n») with great patience.
Professionalism (3/5): discussed «p_g»'s case in the cafeteria; counselled on «d4_dm».
Overall: Pass with commendation. Signed «a1_i», «d5_loc». Co-signed clerkship director «o_n» («o_em»).
"""

SIMLOG = """‹SIMULATION CENTRE - SCENARIO RUN LOG› - «inst1» sim lab 2 - «d1_loc»
Scenario: «ep1» with deterioration (adapted from a real case, «mrnl» «p_mrn», «p_as» - [[anonymise]])
Facilitator: «a1_n» · Tech: «o_n» (login «o_user») · Confederate nurse: «n_n» · SP/voice: «sp_n»
Team: «s_n» («shift», leader), «q1_n» («shift2»), «q2_n» («shift2»)
13:02:10  scenario start, manikin «score1»
13:04:45  «s_g» asks for «drug1» - given 13:05:30
13:07:02  «q1_g» calls for help; «sp_g» (as wife) becomes distressed
13:09:40  «score2» - team considers «ep2»
13:15:00  end. Debrief led by «a1_g». Video file sim_«d1_iso»_run3.mp4 saved to share; consent forms «q2_g» pending.
Notes: the real patient's «r_rel», «r_n», had asked that «p_f»'s story be used for teaching (email «r_em», «d2_dm»).
"""

QA_POST = """MedStudent Forum › Clinical questions › Internal medicine
Thread: weird «ep1» presentation?? (posted by «s_user» · «d1_loc» 23:41 · IP «ip»)
So on my rotation at «inst1» we had this «p_age» y/o «p_man» («p_g» «p_f», bed 9, «mrnl» «p_mrn») with «score1»
and nobody could figure it out for days. Attending (Dr «a1_f») said think «ep2». Then «p_his» «r_rel» «r_n»
mentioned «p_he» came back from «p_town» with a rash on «d2_dm». Could this be «ep3»??
   ↳ reply by «q1_user» («d1_dm» 23:58): dude take the name and MRN down, this is a HIPAA violation
   ↳ reply by moderator «o_n»: post edited «d3_loc». «s_g», please read the rules. Reported by «q2_user».
   ↳ reply by «s_user»: sorry!! on «drug1» now btw, «score2» today
"""

EXAM_IT = """‹Corso di Laurea in Medicina e Chirurgia – Esame di Medicina Interna› – «inst1» – appello del «d1_long»
Domanda 12 (caso clinico, 4 punti) – autore: prof. «a1_n»; revisione: dott.ssa «a2_n»
Un«p_it_a» paziente di «p_age» anni giunge in Pronto Soccorso con «ep_sym». Esami: «score1». Quale diagnosi è più probabile?
A) «ep1»   B) «ep2»   C) «ep3»   D) «ep4»
Risposta corretta: A. Terapia di prima scelta: «drug1».
[nota interna – da cancellare prima della stampa: caso tratto dalla cartella n. «p_mrn» («p_n», CF «p_nat», nat«p_it_o» il «p_dob»,
residente in «p_line», «p_town»), ricovero del «d2_loc», medico curante dott. «q1_n» tel. «q1_ph».]
Commissione: «a1_f», «a2_f», «o_n». Studente che ha segnalato l'errore nella versione precedente: «s_n» (matricola «matric»).
"""

ETHICS = """‹CLINICAL ETHICS COMMITTEE - CASE CONSULTATION SUMMARY› - «inst1»
Consult no. «ethid»    Requested by: Dr «a1_n» («shift_role»)    Date of meeting: «d1_long»
Patient: «p_n», «p_as», «mrnl» «p_mrn», «natl» «p_nat»
Question: withdrawal of «drug1» in a patient with «ep1» and «score1»; patient lacks capacity.
Present: «o_n» (chair), «a2_n» (palliative care), «n_n» (ward sister), «q1_n» (lay member), «s_n» (student observer).
Family: «r_rel» «r_n» («r_addr», «r_ph») states «p_g» would "never want machines"; family friend «q2_n» disagrees.
Recommendation: best-interests meeting on «d2_dm»; involve IMCA; revisit «ep2». Teaching use: anonymised version only.
Minutes: «o_ini» / circulated «d3_loc».
"""

CME_JSON = """{"export": "cme-attendance", "event": "«conf» – Fallkonferenz «ep1»", "date": "«d1_iso»", "credits": "«credits»",
 "organiser": {"name": "«o_n»", "email": "«o_em»", "licence": "«o_lic»"},
 "certificate": {"participant": "«a1_Lf»", "licence_no": "«a1_lic»", "issued": "«d2_iso»", "text": "hat an der Fortbildung teilgenommen (CME «credits» Punkte)"},
 "attendees": [
  {"name": "«a2_n»", "licence": "«a2_lic»", "email": "«a2_em»", "signed_in": "08:57"},
  {"name": "«s_n»", "licence": null, "email": "«s_em»", "signed_in": "09:02"},
  {"name": "«n_n»", "licence": null, "email": "«n_em»", "signed_in": "09:10"}],
 "case_slide_text": "«p_title» «p_f», «p_age» J., «p_mrnl» «p_mrn», «ep1», «score1», «drug1»",
 "feedback": [{"by": "«q1_user»", "comment": "Fall von «p_g» sehr lehrreich"}]}
"""

PODCAST = """‹The Ward Round Podcast› - Episode «epno»: «ep1» - transcript (auto-generated, lightly edited) - recorded «d1_long»
[00:00:04] HOST («a1_n»): Welcome back. With me today is «a2_n» from «inst1».
[00:00:12] «a2_f_up»: Thanks «a1_g». So this case - a «p_age»-year-old «p_man», and I'll call «p_him» «p_title»... well, «p_f» - came in «d2_dm»...
[00:01:30] «a1_f_up»: You can't say the name!
[00:01:33] «a2_f_up»: Right, sorry, we'll bleep that. Anyway, «score1», and the registrar «s_n» thought of «ep2».
[00:03:10] «a2_f_up»: «p_His» «r_rel» «r_g» told us «p_he»'d been on «drug1» since «year». The pump serial, «device», was in the notes.
[00:05:45] «a1_f_up»: Listener question from «q1_n» in «q1_town»: how do you tell «ep1» from «ep3»?
[00:09:02] «a2_f_up»: Shout-out to «n_n» on ward 6, who spotted it. [END]
"""

LATEX = r"""% case-report.tex -- «journal» template -- last compiled «d1_iso» by «a1_user»
\documentclass{article}
\title{«ep1» unmasked by «drug1»: a case report}
\author{«a1_n»\thanks{Corresponding: «a1_em»} \and «a2_n» \and «s_n»}
\begin{document}\maketitle
\section*{‹Case presentation›}
A «p_age»-year-old %% «p_n», «p_mrnl» «p_mrn», DOB «p_dob» -- REMOVE
patient was admitted on «d2_long» with «score1». Imaging (Fig.~\ref{fig:ct}) showed changes typical of «ep2».
\begin{figure}\includegraphics{img/«p_mrn»_«d2_iso».png}\caption{«mod1», day 3.}\label{fig:ct}\end{figure}
% TODO «s_g»: ask «r_n» («r_rel») to sign the consent; email «r_em»
\section*{‹Discussion›} «ep1» and «ep3» overlap. \url{«url»}
\section*{‹Acknowledgements›} We thank «n_n» and «q1_n».
\end{document}
"""

TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p92_case_report_manuscript_draft", ["US", "UK"], "text", CASE_DRAFT),
    ("p92_cover_letter_reviewer_comments", ["UK", "IT"], "text", COVER_REVIEW),
    ("p92_mm_conference_slides", ["US", "UK"], "text", MM_SLIDES),
    ("p92_grand_rounds_handout_de", ["DE"], "text", GRAND_ROUNDS_DE),
    ("p92_resident_case_log_csv", ["US", "UK"], "text", CASELOG_CSV),
    ("p92_osce_sp_script", ["UK", "US"], "text", OSCE_SCRIPT),
    ("p92_teaching_file_captions", ["US", "FR"], "text", CAPTIONS),
    ("p92_photo_consent_form_fr", ["FR"], "text", CONSENT_FR),
    ("p92_congress_abstract_es", ["ES"], "text", ABSTRACT_ES),
    ("p92_journal_club_email_thread", ["UK", "DE"], "text", JOURNAL_CLUB),
    ("p92_preceptor_evaluation", ["US", "UK"], "text", PRECEPTOR),
    ("p92_simulation_lab_log", ["UK", "US"], "text", SIMLOG),
    ("p92_student_qa_board_post", ["US", "ES"], "text", QA_POST),
    ("p92_exam_question_it", ["IT"], "text", EXAM_IT),
    ("p92_ethics_consult_summary", ["UK", "US"], "text", ETHICS),
    ("p92_cme_attendance_json_de", ["DE"], "json", CME_JSON),
    ("p92_podcast_transcript", ["US", "UK"], "text", PODCAST),
    ("p92_latex_case_report_source", ["IT", "FR"], "text", LATEX),
]


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    lang = kind[-2:].upper() if kind[-3:] in ("_fr", "_de", "_es", "_it") else "EN"  # the template's language
    d1 = date(2024, 3, 4) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    old = (90 * Y + 30, 101 * Y)
    p = draw_person(rng, loc, used, d1, age_days=old if rng.random() < 0.5 else (19 * Y, 89 * Y))
    family = p.family if rng.random() < 0.4 and p.culture != "icelandic" else None
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=family, age_days=(25 * Y, 70 * Y))
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("q1", "q2", "q3"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=old if rng.random() < 0.2 else (17 * Y, 89 * Y))
    for x in ("a1", "a2", "s", "e", "rv", "o", "sp", "n"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(23 * Y, 68 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, lang))
    for x in ("a1", "a2", "o"):
        s[f"{x}_lic"] = P("LICENSE", ppl[x].ids["lic"])
    s["mrnl"], s["hpl"], s["natl"], s["licl"] = s["p_mrnl"], s["p_hpl"], s["p_natl"], s["a1_licl"]
    insts = rng.sample(INSTITUTIONS[loc_code], 2)
    s["inst1"], s["inst2"] = K(insts[0]), K(insts[1])
    s["journal"] = K(rng.choice(JOURNALS))
    s["conf"] = K(CONFERENCES[loc_code])
    for i, e in enumerate(rng.sample(EPONYMS[lang], 4), 1):
        s[f"ep{i}"] = K(e)
    s["ep_sym"] = K(
        rng.choice(["febbre e cefalea", "diplopia e atassia", "dolore toracico", "astenia e iponatriemia"])
    )
    for i, d in enumerate(rng.sample(DRUGS, 2), 1):
        s[f"drug{i}"] = K(d)
    for i, c in enumerate(rng.sample(SCORES, 2), 1):
        s[f"score{i}"] = K(c)
    for i, c in enumerate(rng.sample(PROCEDURES, 4), 1):
        s[f"proc{i}"] = K(c)
    mods = rng.sample(MODALITIES, 2)
    s["mod1"], s["mod2"] = K(mods[0]), K(mods[1])
    s["stain1"] = K(rng.choice(STAINS))
    s["section"] = K(rng.choice(["Neuroradiology", "Dermatology", "Pathology", "Chest imaging"]))
    sh = rng.sample(SHIFTS, 2)
    s["shift"], s["shift2"] = K(sh[0]), K(sh[1])
    s["shift_role"] = K(
        rng.choice(
            ["consultant intensivist", "attending hospitalist", "consultant geriatrician", "renal registrar"]
        )
    )
    s["logsys"] = K(rng.choice(["MedHub", "New Innovations", "Kaizen ePortfolio", "e-Logbook"]))
    s["year"], s["year2"] = (
        K(rng.choice(YEARS[:6])),
        str(d1.year),
    )  # year2: plain (a date of that year may hold it)
    s["msid"] = K(
        fill(rng, rng.choice(["BCR-2024-%#####", "JMCR-D-24-%####", "CCR3-2024-%####"]))
    )  # a paper's id
    s["absid"] = K(fill(rng, "%##"))
    s["tfid"] = K(fill(rng, "TF-%###"))
    s["epno"] = K(fill(rng, "%#"))
    s["credits"] = K(rng.choice(["3", "4", "6", "8"]))
    s["cref"] = P("ID", fill(rng, rng.choice(["CMP-%#####", "PALS/%####", "C%######"])))
    s["spid"] = P("ID", fill(rng, "%##"))
    s["acc1"], s["acc2"] = (
        P("ID", fill(rng, "ACC%#######")),
        P("ID", fill(rng, rng.choice(["S24-%####", "H%####/24"]))),
    )
    s["consent"] = P("ID", fill(rng, "CP-%#####"))
    s["matric"] = P("ID", fill(rng, rng.choice(["%#######", "S%######", "%#####@"])))
    s["ethid"] = P("ID", fill(rng, rng.choice(["CEC-%###", "EC/%##/##"])))
    s["fall"] = P("ACCOUNT", fill(rng, "%#########"))
    s["device"] = P("DEVICE", fill(rng, rng.choice(["PJN%######H", "%##-####-###", "SN%#######"])))
    s["ip"] = P("IP", ids.ipv4(rng))
    s["url"] = P(
        "URL", f"https://pacs.{loc_code.lower()}-teaching.example.org/viewer?mrn={p.ids['mrn']}&series=3"
    )
    dd = {"d1": d1, "d2": d1 - timedelta(days=rng.randint(20, 300)), "d3": d1 - timedelta(days=rng.randint(1, 19)),
          "d4": d1 + timedelta(days=rng.randint(2, 40)), "d5": d1 + timedelta(days=rng.randint(41, 90))}  # fmt: skip
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code, lang).items():
            s[f"{k}_{form}"] = v
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
        rng = random.Random(f"phigate-probe92:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
