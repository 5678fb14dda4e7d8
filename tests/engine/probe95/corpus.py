# ruff: noqa: E501  (hand-aligned templates)
"""Ninety-fifth independent probe corpus: humanitarian, refugee and migrant health text -- field hospitals,
camp clinics, registration and protection desks, border screening and tracing services in Bangladesh, Chad,
Uganda, Iraq (Kurdistan Region), Ethiopia, the DR Congo, Pakistan, Mexico, Colombia, Brazil and Poland --
built the way an outside evaluator builds a held-out set, with its own templates and its own name lists
(people.py). English and French mostly, some Spanish, Portuguese and Ukrainian; Arabic-script and other
transliterated names written in more than one way.

36 labelled documents in 18 kinds per seed, two of each: a field-hospital admission register (fixed-width), a
UNHCR-style registration and health referral form, an IOM migration health assessment (TB screening,
vaccination), a camp clinic daily line list (CSV), a malnutrition OTP / MUAC register (French), a cholera
treatment centre line list (French), mobile-clinic SMS reminders (Spanish), a protection referral (GBV / child
protection, clinical and non-graphic), a medical evacuation request (English with Ukrainian fields), a family
tracing and reunification note, an interpreter's session log, an asylum medical report (forensic-style, non-
graphic), a border health screening record (JSON), a vaccination campaign tally (Portuguese), a community
health workers' WhatsApp group, a donor report with thinly anonymised case stories, a lab sample manifest and
a camp death register (French).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the main patient (aged 90+ half the time), `r`
a relative, `q1`-`q5` other patients, `k1`-`k4` children, `n` `n2` nurses, `m` `m2` doctors or clinical
officers, `s` a registration / protection / tracing officer, `i` an interpreter, `c1`-`c3` community health
workers, `o` an official or a donor's contact. Forms: `_n` full, `_g` given, `_f` family, `_lf` "FAMILY,
Given", `_Lf` "Family, Given", `_gi` "Given F.", `_i` "G. Family", `_v` the name in another transliteration
(or "FAMILY Given" when none is on file), `_ph` `_em`, `_camp` the camp, `_sh` the shelter inside it, `_addr`
both, `_dob` `_dobiso`, `_age` the age alone, `_as` with its sex letter ("94F"), `_mo` a child's age in months,
`_ind` `_case` `_pat` `_iom` `_doc` `_tax`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, relative, child, health worker, interpreter, officer, donor
  contact: full, given alone, family alone, "FAMILY, Given", "Given F.", "G. Family", and each transliteration
  variant as written ("Muhibullah" beside "Mohibullah"). Titles and roles (Dr, Sr, CHW, PO, Mme) are plain text.
- ADDRESS: a camp, settlement, refugee village, shelter or reception site's name (a place smaller than a
  state) and a shelter address inside it ("Block C7, Shelter 112", "Zone 3, Tent 45", "Sector 2, Row 14,
  Caravan 9"). Countries and regions, provinces and governorates (Cox's Bazar, Ouaddaï, West Nile, Nord-Kivu,
  Chiapas, Roraima, Podkarpackie) are plain text; so are health facilities' own wards, beds and tents.
- DATE: every date more specific than a year (estimated birth dates "01/01/1931" too, day and month alone too);
  years alone keep. AGE: 90 and over as written with a glued sex letter ("94F"); ages under 90 keep, and
  children's ages in months ("18 mo", "23 mois") keep.
- PHONE: any person's number; EMAIL: any person's address. A hotline or a facility's shared line is keep.
- ID: registration individual numbers, case numbers (household), IOM health-assessment references, national
  identity and travel document numbers, tracing request numbers, protection and referral case codes, lab sample
  ids, death register entries and burial permits. MRN: a facility's patient number. SSN: the Ukrainian RNOKPP.
  DEVICE: a phone's IMEI. VEHICLE: a private car's plate (an agency's fleet number keeps). URL: a link carrying a
  person's number.
- Keep (must survive): organisations (UNHCR, IOM, MSF, WFP, UNICEF, ICRC, ACNUR, OIM) and their offices and
  missions, hospitals and health facilities (*), countries and regions, languages (Rohingya, Kurmanji, Dari),
  drugs and doses, RUTF and ORS, MUAC values and z-scores, diagnoses and codes (SAM, MAM, AWD, TB, MR, OPV),
  vaccines, lab tests, wards, beds and CTC tents, fleet numbers, hotlines, times, years alone, ages under 90,
  staff roles, headings marked ‹...›.
- (*) Health facilities were keep values in the generator from the start; this list named only their wards
  until after the first measurement (a wording fix: no label changed).
- One labelling flaw of the generator was fixed after the first measurement, before the figures of
  test_probe95: the French "camp de" / "site de" before a camp's name was inside the ADDRESS label, although
  the policy labels the camp's name; it is plain text now (seed 1 whole + partial was 21.49%, 176/819, with
  it; the leak rate, 16.12%, did not change).
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
from tests.engine.probe95 import ids
from tests.engine.probe95.people import LOCS, K, P, Person, Slot, draw_person, fill, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
    "uk": ["січня", "лютого", "березня", "квітня", "травня", "червня", "липня", "серпня", "вересня", "жовтня", "листопада", "грудня"],
}  # fmt: skip
Y = 365


def date_forms(d: date, lang: str) -> dict[str, P]:
    mon = MONTHS[lang][d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    long = {"en": f"{d.day} {mon} {d.year}", "fr": f"{d.day} {mon} {d.year}", "es": f"{d.day} de {mon} de {d.year}",
            "pt": f"{d.day} de {mon} de {d.year}", "uk": f"{d.day} {mon} {d.year} р."}[lang]  # fmt: skip
    return {
        "loc": D(f"{d:%d.%m.%Y}" if lang == "uk" else f"{d:%d/%m/%Y}"),
        "long": D(long),
        "short": D(f"{d.day}/{d.month}"),
        "dm": D(f"{d.day} {mon[:3]}" if lang != "uk" else f"{d.day:02d}.{d.month:02d}"),
        "iso": D(d.isoformat()),
        "yy": D(f"{d:%d/%m/%y}"),
        "mon": D(f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3].upper()}-{d.year}"),
    }


_CAMP_PREFIX = re.compile(r"(?:camp|site) d(?:e |')")


def camp(name: str) -> tuple:
    """A camp's name as ADDRESS; the French "camp de" / "site de" before it is plain text (not the name)."""
    m = _CAMP_PREFIX.match(name)
    return (name[: m.end()], P("ADDRESS", name[m.end() :])) if m else (P("ADDRESS", name),)


def person_slots(x: str, w: Person, ref: date, lang: str) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, lang)
    sx = "F" if w.female else "M"
    G = (lambda v: P("AGE", v)) if age >= 90 else K
    months = max(6, (ref - w.dob).days * 12 // 365)
    mo = {"en": "mo", "fr": "mois", "es": "meses", "pt": "meses", "uk": "міс."}[lang]
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lf": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_Lf": N(f"{w.family}, {w.given}"), f"{x}_gi": N(f"{w.given} {w.family[0]}."), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_v": N(w.variant), f"{x}_user": N((plain(w.given)[0] + plain(w.family))[:12]),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email),
        f"{x}_camp": camp(w.camp), f"{x}_sh": A(w.shelter), f"{x}_addr": (A(w.shelter), ", ", *camp(w.camp)),
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"],
        f"{x}_as": G(f"{age}{sx}"), f"{x}_age": G(str(age)), f"{x}_ay": G(f"{age} y"), f"{x}_mo": K(f"{months} {mo}"),
        f"{x}_sex": sx, f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his",
        f"{x}_He": "She" if w.female else "He", f"{x}_His": "Her" if w.female else "His", f"{x}_him": "her" if w.female else "him",
        f"{x}_ind": P("ID", w.ids["ind"]), f"{x}_case": P("ID", w.ids["case"]), f"{x}_pat": P("MRN", w.ids["pat"]),
        f"{x}_iom": P("ID", w.ids["iom"]), f"{x}_doc": P("ID", w.ids["doc"]),
        f"{x}_nat": K(NATIONALITY[w.culture]),
        f"{x}_tax": P("SSN", w.ids["tax"]) if "tax" in w.ids else P("ID", w.ids["doc"]),
    }  # fmt: skip
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

FACILITY = {"BD": ["MSF Hospital on the Hill", "Kutupalong Field Hospital", "IOM Primary Health Centre"],
            "TD": ["hôpital MSF d'Adré", "centre de santé de Farchana", "poste de santé MSF"],
            "UG": ["Ocea Health Centre III", "MSF field hospital", "Imvepi HC II"],
            "IQ": ["Sharya PHC", "MSF mental health clinic", "Duhok Emergency hospital"],
            "ET": ["MSF clinic", "ARRA health post", "Shire referral hospital"],
            "CD": ["hôpital de référence de Kyeshero", "CTC MSF", "centre de santé de Munigi"],
            "PK": ["BHU Jalozai", "Lady Reading Hospital", "MSF mother and child hospital"],
            "MX": ["Clínica MSF Tapachula", "Centro de Salud Huixtla", "Hospital General de Tapachula"],
            "CO": ["Hospital Erasmo Meoz", "Clínica MSF Cúcuta", "Puesto de Salud Villa del Rosario"],
            "BR": ["Hospital Geral de Roraima", "Posto de Saúde de Pacaraima", "Unidade MSF Boa Vista"],
            "PL": ["Szpital Wojewódzki w Przemyślu", "MSF mobile clinic", "Punkt medyczny PCK"]}  # fmt: skip
ORGS = ["UNHCR", "IOM", "MSF", "WFP", "UNICEF", "ICRC", "IRC", "WHO", "Save the Children", "HIAS"]
ORG_LOCAL = {"fr": ["HCR", "OIM", "MSF", "PAM", "UNICEF", "CICR"], "es": ["ACNUR", "OIM", "MSF", "UNICEF", "CICR"],
             "pt": ["ACNUR", "OIM", "MSF", "UNICEF", "CICV"], "uk": ["UNHCR", "IOM", "MSF", "UNICEF", "ICRC"],
             "en": ["UNHCR", "IOM", "MSF", "WFP", "UNICEF", "ICRC"]}  # fmt: skip
DIAG = {"en": ["AWD", "malaria (RDT+)", "LRTI", "SAM with complications", "measles", "scabies", "acute jaundice", "pneumonia", "diphtheria ?",
               "dengue ?", "TB presumptive", "skin infection", "burns 8% TBSA", "dehydration (some)", "hypertension", "diabetes T2", "PTSD",
               "asthma exacerbation", "UTI", "anaemia"],
        "fr": ["paludisme simple", "diarrhée aqueuse aiguë", "rougeole", "MAS avec complications", "IRA basse", "déshydratation sévère",
               "choléra suspect", "anémie sévère", "gale", "méningite ?"],
        "es": ["IRA", "EDA", "dengue sin signos de alarma", "deshidratación leve", "hipertensión", "infección de piel", "embarazo 28 sem",
               "diabetes tipo 2", "asma", "faringitis"],
        "pt": ["IRA", "diarreia aguda", "sarampo ?", "desnutrição", "malária vivax", "hipertensão", "tuberculose ?"],
        "uk": ["hypertension", "diabetes T2", "COPD", "heart failure", "post-stroke", "insulin-dependent diabetes", "dialysis"]}  # fmt: skip
DRUGS = {"en": ["amoxicillin 500 mg", "ORS 1 L", "artemether-lumefantrine", "paracetamol 500 mg", "zinc 20 mg", "ceftriaxone 1 g IV", "RUTF 2 sachets/day",
                "metronidazole 400 mg", "ferrous sulfate", "doxycycline 100 mg", "Ringer's lactate 2 L", "salbutamol inhaler", "amlodipine 5 mg",
                "metformin 500 mg", "insulin NPH 12 IU", "benzyl benzoate"],
         "fr": ["SRO 1 L", "Ringer lactate 2 L", "amoxicilline 250 mg", "ASAQ", "zinc 20 mg", "ATPE 2 sachets/j", "doxycycline 300 mg", "paracétamol 500 mg",
                "vitamine A 200 000 UI", "artésunate IV"],
         "es": ["acetaminofén 500 mg", "SRO", "amoxicilina 500 mg", "losartán 50 mg", "metformina 850 mg", "salbutamol inhalador", "ibuprofeno 400 mg",
                "ácido fólico"],
         "pt": ["paracetamol 500 mg", "SRO", "amoxicilina 500 mg", "losartana 50 mg", "sulfato ferroso"],
         "uk": ["insulin glargine 18 IU", "bisoprolol 5 mg", "apixaban 5 mg", "furosemide 40 mg", "metformin 1000 mg", "salbutamol inhaler"]}  # fmt: skip
VACCINES = ["OPV", "MR", "PCV13", "Penta", "BCG", "Td", "OCV", "YF", "IPV", "HPV"]
NATIONALITY = {"rohingya": "Myanmar", "sudanese": "Sudan", "southsudanese": "South Sudan", "afghan": "Afghanistan", "yazidi": "Iraq", "kurdish": "Syria",
               "eritrean": "Eritrea", "congolese": "DRC", "haitian": "Haiti", "venezuelan": "Venezuela", "garifuna": "Honduras", "ukrainian": "Ukraine"}  # fmt: skip
LANGS = {"rohingya": "Rohingya", "sudanese": "Masalit", "southsudanese": "Nuer", "afghan": "Dari", "yazidi": "Kurmanji", "kurdish": "Kurmanji",
         "eritrean": "Tigrinya", "congolese": "Swahili", "haitian": "Haitian Creole", "venezuelan": "Spanish", "garifuna": "Garifuna",
         "ukrainian": "Ukrainian"}  # fmt: skip
WARDS = {"en": ["IPD tent 2", "Ward B", "Paeds ITFC", "Maternity", "Isolation", "ER bay 3", "OPD"],
         "fr": ["tente A", "UNTA", "pédiatrie", "maternité", "tente C", "isolement"],
         "es": ["consultorio 2", "triaje", "observación"], "pt": ["sala 1", "triagem", "observação"], "uk": ["bay 2", "triage", "OPD"]}  # fmt: skip
YEARS = [str(y) for y in range(2012, 2024)]


# ---- templates ------------------------------------------------------------------------------------------------

ADMISSION_FW = """‹ADMISSION REGISTER› «facility» - «country», «region» - week of «d1_loc» - clerk «s_n»
ADM-NO   DATE        NAME                         SEX AGE   ORIGIN / ADDRESS                        DX                      WARD         OUTCOME
«p_pat»  «d1_short»  «p_lf»              «p_sex»   «p_age»    «p_addr»      «dx1»                «ward1»     admitted
«q1_pat»  «d2_short»  «q1_lf»              «q1_sex»   «q1_age»    «q1_sh»                             «dx2»                «ward2»     transf. «org1»
«q2_pat»  «d2_short»  «q2_v»                  «q2_sex»   «q2_age»    «q2_camp»                         «dx3»                «ward1»     DAMA
«q3_pat»  «d3_short»  «q3_lf»             «q3_sex»   «q3_age»    «q3_addr»      «dx4»                «ward2»     cured
--- caretaker for «p_pat»: «r_n» («r_rel»), ph «r_ph», «r_ind»
--- «q2_pat» also registered as «q2_n» (ind. no «q2_ind»); DOB «q2_dob»
MD on duty: Dr «m_n»   nurse i/c: «n_gi»   drugs issued: «drug1», «drug2»
"""

REGFORM = """‹{org} - HEALTH REFERRAL FORM› (registration data sharing, consent given: YES)
Case No.: «p_case»             Individual No.: «p_ind»          Date of referral: «d1_loc»
Principal applicant: «p_lf» (ration card: «p_v»)   Sex: «p_sex»   DOB: «p_dob» (age «p_ay»)
Country of origin: «nat»      Language: «lang» (interpreter: «i_n»)
Address: «p_addr»       Phone: «p_ph»
Household members: «r_n» («r_rel», «r_ind»), «k1_g» (child, «k1_mo», «k1_ind»), «k2_g» («k2_mo»)
Referred to: «facility» - «ward1»  Reason: «dx1», «dx2»; on «drug1»
Specific needs codes: SM-MI, DS-PM, ER-MC (keep file with «org2» protection desk)
Referring officer: «s_n», «s_em»     Receiving clinician: Dr «m_i»
Feedback received «d2_dm»: seen by «m_g», follow-up «d3_loc»
"""

IOM_MHA = """IOM MIGRATION HEALTH ASSESSMENT - «country» ({prog}) - panel clinic «facility»
Ref: «p_iom»    Case: «p_case»    Travel doc: «p_doc»
Applicant: «p_Lf» [as on travel doc: «p_v»]   DOB «p_dobiso»   Sex «p_sex»   Age «p_ay»   Nationality «nat»
Current address: «p_addr»      Mobile «p_ph»
Physical exam («d1_loc», Dr «m_n»): BP 138/86, BMI 21.4, «dx1» noted
TB screening: CXR «d1_dm» - «cxr»; IGRA «igra»; sputum x3 not indicated - cleared for travel by «m2_i»
Vaccinations given: «vac1» dose 1, «vac2», «vac3» (pre-departure, «d2_dm»); card copy to «s_em»
Accompanying: «r_lf» («r_iom», DOB «r_dob») - TB screening negative
Nurse: «n_n»   Counsellor: «s_gi»   Next: pre-embarkation check «d3_loc»
"""

LINELIST_CSV = """date,{hdr},patient,sex,age,{addr_h},dx,treatment,seen_by,ref
«d1_iso»,«p_ind»,"«p_lf»",«p_sex»,«p_age»,"«p_addr»",«dx1»,«drug1»,«m_user»,
«d1_iso»,«q1_ind»,"«q1_lf»",«q1_sex»,«q1_age»,"«q1_sh»",«dx2»,«drug2»,«n_user»,
«d1_iso»,«q2_ind»,"«q2_Lf»",«q2_sex»,«q2_age»,"«q2_camp»",«dx3»,«drug3»,«m_user»,«org1»
«d1_iso»,«k1_ind»,"«k1_lf»",«k1_sex»,«k1_mo»,"«k1_sh»",«dx4»,«drug1»,«n_user»,
«d1_iso»,«q3_ind»,"«q3_lf»",«q3_sex»,«q3_age»,"«q3_addr»",«dx2»,«drug4»,«m_user»,«ward1»
# export {site} «p_camp» - by «s_n» («s_em») - «q3_g» call back «q3_ph» - row 1 = «p_v» on ration list
"""

OTP = """‹REGISTRE PCIMA / PTA› - «facility» - semaine du «d1_loc»
N° PTA  | Nom de l'enfant        | Mère / gardienne      | Âge     | Adresse                     | PB (MUAC) | P/T z  | Œdèmes | Admission  | ATPE
«otp1»  | «k1_lf»          | «r_n»           | «k1_mo» | «k1_addr»   | «muac1»   | «wfh1» | 0      | «d2_short» | «drug1»
«otp2»  | «k2_Lf»          | «q1_n»          | «k2_mo» | «k2_sh»                | «muac2»   | «wfh2» | +      | «d2_short» | ATPE 3 sachets/j
«otp3»  | «k3_gi»                | «q2_gi»      | «k3_mo» | «k3_camp»                | «muac3»   | «wfh3» | 0      | «d3_short» | sortie guéri
«otp4»  | «k4_lf»          | gardienne: «q3_lf» («q3_as») | «k4_mo» | «k4_sh»    | «muac1»   | «wfh2» | 0      | «d3_short» | transfert UNTA
Relais communautaire: «c1_n» (tél «c1_ph») ; infirmier PTA: «n_n» ; supervision «org1» «d1_dm» par «m_i»
Rendez-vous suivant «d4_loc» - abandon à rechercher : «k3_g» («k3_ind»)
"""

CTC = """CTC «ctc» - LISTE LINÉAIRE CHOLÉRA - «region», «country» - «d1_loc»
# | date adm   | nom                       | âge | sexe | provenance                          | plan | statut   | n° CTC
1 | «d1_short» | «p_lf»             | «p_age»  | «p_sex»    | «p_addr»      | C    | «st1»    | «p_pat»
2 | «d1_short» | «q1_lf»             | «q1_age»  | «q1_sex»    | «q1_sh»                | B    | «st2»    | «q1_pat»
3 | «d2_short» | «q2_Lf»              | «q2_age»  | «q2_sex»    | «q2_camp»                | A    | «st1»    | «q2_pat»
4 | «d2_short» | «k1_lf» | «k1_mo» | «k1_sex» | «k1_sh» (mère «r_n») | B | «st2» | «k1_pat»
Traitement: «drug1», «drug2», «drug3». Lit «ward1». Désinfection du foyer «q1_sh» faite par «c1_n».
Alerte transmise au «org1» («s_n», «s_ph») à «t1». Décès communautaire signalé: «q3_n», «q3_as», «q3_camp», «d2_dm».
"""

SMS = """[Clínica móvil {org} - recordatorios enviados «d1_loc»]
To «p_ph»: Hola «p_g», su cita de control es el «d2_dm» a las «t1» en «site». Traiga su carnet «p_doc». Respuesta: OK
To «q1_ph»: Sr(a). «q1_f», vacuna «vac1» para «k1_g» el «d2_dm». Punto de encuentro: «q1_sh».
To «q2_ph»: «q2_n», resultado listo. Pase por «facility» antes del «d3_dm». Ref «q2_ind».
To «r_ph»: Recordatorio «r_gi»: control prenatal «d2_short», traer tarjeta. Dudas: línea gratuita «hotline».
Failed (no network): «q3_n» «q3_ph» - «q3_camp» - retry «t2»
Reply from «p_ph» («p_g»): "ok gracias, voy con mi hija «k2_g»"
Sent by «s_user» via RapidPro; supervisor «m_n»
"""

PROTECTION = """‹CONFIDENTIAL - PROTECTION REFERRAL› ({topic}) - {site}
Code: «pcode»    Date: «d1_loc»    Referring agency: «org1» health    Receiving: «org2» case management
Survivor / child: «p_n» (registered as «p_v»)    DOB «p_dob»    Sex «p_sex»    Shelter «p_addr»
Caregiver: «r_n» («r_rel»), phone «r_ph» - safe to call: 10:00-12:00 only
Health services provided: clinical consultation by «m_n» («role»), «drug1», «drug2», psychological first aid. No forensic exam requested.
Consent: verbal, with interpreter «i_gi». Survivor prefers female staff (assigned «n_n»).
Follow-up: «s_n» («s_em», «s_ph»), home visit «d2_dm», case review «d3_loc».
Note: do NOT share with «q1_n» (household member, «q1_ind»).
"""

MEDEVAC = """MEDICAL EVACUATION REQUEST / ЗАПИТ НА МЕДИЧНУ ЕВАКУАЦІЮ - «site» - «d1_loc» «t1»
Прізвище, ім'я / Name: «p_lf» (passport: «p_v»)      Дата народження / DOB: «p_dob»   Вік: «p_ay»
РНОКПП: «p_tax»    Паспорт / ID-card: «p_doc»    Registration: «p_ind»
Diagnosis: «dx1», «dx2». Current meds: «drug1», «drug2». Mobility: stretcher. O2: 2 L/min.
Escort: «r_n» («r_rel»), тел. «r_ph», document «r_doc»
From: «p_addr»  →  To: «facility» (bed confirmed by Dr «m_i», «m_em»)
Transport: «org1» ambulance «fleet»; private car «plate» follows with «q1_gi» (тел. «q1_ph»)
Requesting physician: «m2_n», «m2_ph». Coordinator: «s_n». ETA «t2» on «d2_dm».
"""

TRACING = """FAMILY TRACING & REUNIFICATION - TRACING REQUEST «trq»
Date opened: «d1_loc»   Office: «site» («org1» RFL)   Caseworker: «s_n»
Enquirer: «r_n» («r_rel»), «r_addr», mobile «r_ph», reg. no «r_ind»
Sought person: «p_n» - also written «p_v» - born «p_dob» in «nat», sex «p_sex», last seen «d2_dm» near the border crossing.
Distinguishing: speaks «lang», scar on left hand, uses a cane (age given as «p_ay»).
Other separated members: «k1_n» («k1_mo», UASC code «uasc»), «q1_n» (adult, «q1_ind»)
Phone of sought person (last known): «p_ph», handset IMEI «imei»
Match found «d3_dm»: «org2» list entry «p_case» at «p_camp». Verification call by «i_gi», interpreter.
"""

INTERP = """Interpreter session log - «i_n» («lang» ↔ English) - «facility», «site»
«d1_yy» «t1»  OPD    pt «p_n» («p_ind»)  clinician Dr «m_f»  «dx1» - explained «drug1» dosing
«d1_yy» «t2»  phone  «q1_v» (= «q1_n» on ProGres, «q1_ind») - lab result call, «q1_ph»
«d1_yy» «t3»  ward   «q2_lf» «q2_as» - consent for transfer to «org1»; «r_rel» present («r_g»)
«d2_yy» «t4»  PSS    «q3_gi» with counsellor «s_n» - 50 min, «lang»
«d2_yy» «t5»  OPD    «k1_g» («k1_mo») with carer «r_n»; Dr «m2_n», «dx2»
Note to coordinator «o_n» («o_em»): «q1_g» asked that «q1_his» name be spelled «q1_v» on all forms.
"""

ASYLUM = """MEDICO-LEGAL REPORT IN SUPPORT OF AN ASYLUM CLAIM
Prepared by: Dr «m_n», «role», «facility» («m_em»)      Date: «d1_long»
Subject: «p_n» (also recorded as «p_v»)   DOB: «p_dob»   Nationality: «nat»   Home office ref: «p_doc»
Address: «p_addr»      Legal representative: «o_n», «o_ph»
1. Instructions: I was asked by «o_g» to examine «p_f» and comment on the consistency of «p_his» scars and
   symptoms with «p_his» account. «p_He» was seen on «d2_long» for 90 minutes with interpreter «i_n» («lang»).
2. History (summary): «p_He» reports detention in «year» and leaving «nat» in «year2». Sleep disturbed; «dx1».
3. Findings: three linear scars, left forearm, 2-4 cm, healed; consistent with the account (Istanbul Protocol).
4. Treatment: «drug1»; referred to «org1» mental health. Registration «p_ind».
I confirm this report is my own. Signed, «m_i».  Copy to caseworker «s_n» («s_em»), «d3_loc».
"""

BORDER_JSON = """{"screening_point": "«site»", "country": "«country»", "agency": "«org1»", "date": "«d1_iso»",
 "travellers": [
  {"name": "«p_n»", "alias": "«p_v»", "dob": "«p_dobiso»", "age": "«p_age»", "sex": "«p_sex»", "nationality": "«nat»", "document": "«p_doc»", "phone": "«p_ph»",
   "temp_c": 37.9, "symptoms": ["tos", "fiebre"], "dx": "«dx1»", "referred_to": "«facility»", "shelter": "«p_addr»"},
  {"name": "«q1_Lf»", "dob": "«q1_dobiso»", "age": "«q1_age»", "sex": "«q1_sex»", "nationality": "«q1_nat»", "document": "«q1_doc»", "temp_c": 36.8, "dx": "«dx2»",
   "vaccines_given": ["«vac1»", "«vac2»"]},
  {"name": "«k1_n»", "age": "«k1_mo»", "guardian": "«q1_g»", "muac_cm": "«muac1»", "dx": "«dx3»"}],
 "screened_by": "«n_n»", "verified_by": "«m_i»", "contact": "«s_em»"}
"""

VAX = """‹CAMPANHA DE VACINAÇÃO› «vac1» + «vac2» - «site», «region», «country» - dia «d1_loc»
Equipe | Vacinador(a)          | Anotador(a)           | Abrigo / setor                   | 0-11m | 12-59m | 5-14a | Recusas
E1     | «n_n»       | «c1_n»      | «p_addr»  | 14    | 38     | 51    | 1
E2     | «n2_n»     | «c2_gi»        | «q1_sh»                  | 9     | 44     | 37    | 0
E3     | «c3_n»     | «s_gi»     | «q2_camp»             | 11    | 29     | 40    | 2
Recusas: família de «p_n» («p_ind», tel «p_ph») - retorno «d2_dm»; «q2_lf» («q2_as») - acamada, vacinar em casa.
Criança sem registro: «k1_n» («k1_mo»), mãe «r_n» - encaminhada à «org1».
Supervisora: «m_n» («m_em»). Cadeia de frio OK às «t1»; lote «lot».
"""

CHW_CHAT = """[«d1_yy», «t1»] «c1_n»: {greet} «p_addr» - «p_n» «p_as» {sick1}, «p_his» {kin} «r_g» {ask} («r_ph»)
[«d1_yy», «t2»] «n_gi»: {ok} «c1_g». «dx1»? {send} «facility». «p_ind» (= «p_v»)
[«d1_yy», «t3»] «c2_n»: {also} «q1_f» «q1_sh», {baby} «k1_g» «k1_mo» MUAC «muac1» 🔴
[«d1_yy», «t4»] «m_g»: @«c2_g» {refer} «org1» OTP, «k1_ind». {thanks}
[«d1_yy», «t5»] «c3_n»: {dead} «q2_n» («q2_ay»), «q2_camp». {family} «q2_ph»
[«d1_yy», «t6»] «s_n»: {noted} «d2_dm» - «drug1» {stock}
"""

DONOR = """{org} - Quarterly report to «donor» - «region», «country» - «d1_year»
Highlights: 12,480 consultations; 311 SAM admissions; «vac1» coverage 87%; 2 «dx1» alerts.
Case story 1 (consent on file): "When «p_g» (name changed? no - «p_n», «p_ay») arrived at «p_camp» on «d1_long» «p_he» could not walk.
After two weeks of «drug1» at «facility» «p_he» now helps «p_his» neighbour «q1_n» in «q1_sh»." Photo: «photo».
Case story 2: «q2_gi», a mother of three from «nat», registered «d2_dm» («q2_case»), was referred by CHW «c1_n» for «dx2».
Her daughter «k1_g» («k1_mo») recovered. "We were welcomed," says «q2_g».
Staff quote: "Every day we see families like «q3_f»'s," says nurse «n_n». Contact for media: «s_n», «s_em», «s_ph».
"""

LAB = """LAB SAMPLE MANIFEST - from «facility» to {ref_lab} - shipped «d1_loc» «t1» - cool box 2 (2-8 °C)
SAMPLE-ID   PATIENT                     DOB          SITE / SHELTER                          TEST              COLLECTED
«sid1»  «p_lf»          «p_dob»   «p_addr»      «test1»   «d1_short»
«sid2»  «q1_lf»          «q1_dob»   «q1_sh»                          «test2»   «d1_short»
«sid3»  «q2_gi»                «q2_dob»   «q2_camp»                          «test3»   «d2_short»
«sid4»  «k1_lf»          «k1_dob»   «k1_sh»                          «test1»   «d2_short»
Packed by: «n_n»   Checked: «m_i»   Courier: «org1» fleet «fleet»   Receiving lab contact: «o_n» «o_ph»
Results by e-mail to «m_em»; urgent positives by phone to «m2_n» «m2_ph».
"""

DEATHS = """REGISTRE DES DÉCÈS - «site» - «region», «country» - année «d1_year»
N° reg. | Date décès | Nom du défunt            | Âge | Sexe | Adresse (bloc/abri)            | Cause présumée      | Déclarant             | Permis d'inhumer
«dr1» | «d1_loc» | «p_lf»         | «p_age»  | «p_sex»    | «p_addr» | «dx1»      | «r_n» («r_rel») | «bp1»
«dr2» | «d2_loc» | «q1_Lf»          | «q1_age»  | «q1_sex»    | «q1_sh»                    | «dx2»      | «c1_n» (relais)  | «bp2»
«dr3» | «d2_loc» | «k1_lf»    | «k1_mo» | «k1_sex» | «k1_sh»                  | «dx3»      | «q2_n», père   | «bp3»
«dr4» | «d3_loc» | «q3_lf»         | «q3_as»  | «q3_sex»    | «q3_camp»                   | inconnue (communauté) | «c2_gi»      | «bp4»
Nom sur la carte HCR du n° 1: «p_v». Vérifié par: Dr «m_n» ; agent d'état civil «s_n» (tél «s_ph»). Autopsie verbale: «c3_n», «d3_dm».
"""

# (kind, locations, format, template, language-specific fill-ins)
TEMPLATES: list[tuple[str, list[str], str, str]] = [
    ("p95_field_hospital_admission_register", ["BD", "UG"], "text", ADMISSION_FW),
    ("p95_unhcr_style_health_referral_form", ["IQ", "ET"], "text", REGFORM),
    ("p95_iom_migration_health_assessment", ["PK", "ET"], "text", IOM_MHA),
    ("p95_camp_clinic_daily_linelist_csv", ["BD", "PK"], "text", LINELIST_CSV),
    ("p95_otp_muac_register_fr", ["TD", "CD"], "text", OTP),
    ("p95_cholera_ctc_linelist_fr", ["CD", "TD"], "text", CTC),
    ("p95_mobile_clinic_sms_reminders_es", ["CO", "MX"], "text", SMS),
    ("p95_protection_referral_clinical", ["IQ", "UG"], "text", PROTECTION),
    ("p95_medical_evacuation_request_ua", ["PL", "PL"], "text", MEDEVAC),
    ("p95_family_tracing_reunification_note", ["UG", "ET"], "text", TRACING),
    ("p95_interpreter_session_log", ["IQ", "BD"], "text", INTERP),
    ("p95_asylum_medicolegal_report", ["PK", "IQ"], "text", ASYLUM),
    ("p95_border_health_screening_json", ["MX", "CO"], "json", BORDER_JSON),
    ("p95_vaccination_campaign_tally_pt", ["BR", "BR"], "text", VAX),
    ("p95_chw_whatsapp_group", ["BD", "CO"], "text", CHW_CHAT),
    ("p95_donor_report_case_stories", ["UG", "MX"], "text", DONOR),
    ("p95_lab_sample_manifest", ["ET", "CO"], "text", LAB),
    ("p95_camp_death_register_fr", ["TD", "CD"], "text", DEATHS),
]

CHAT_WORDS = {
    "en": dict(greet="salam all, at", sick1="very weak, not eating 2 days", kin="grandson", ask="asks for a visit", ok="ok", send="bring to",
               also="also", baby="baby", refer="pls refer to", thanks="thanks", dead="condolences - died last night:", family="family ph",
               noted="noted, report by", stock="stock low"),
    "es": dict(greet="buenas, en", sick1="muy débil, no come hace 2 días", kin="nieto", ask="pide visita", ok="ok", send="llevar a",
               also="también", baby="bebé", refer="por favor referir a", thanks="gracias", dead="lamentamos - falleció anoche:", family="tel familia",
               noted="anotado, informe para el", stock="poco stock"),
}  # fmt: skip


def fill_template(template: str, loc_code: str, rng: random.Random) -> str:
    """The language-specific words some templates leave open ({org}, {site} ...)."""
    loc = LOCS[loc_code]
    words: dict[str, str] = {
        "org": rng.choice(["UNHCR", "IOM", "MSF", "IRC"]), "prog": rng.choice(["USRAP", "Canada RAP", "Australia SHP", "EU resettlement"]),
        "hdr": "reg_no", "addr_h": "block_shelter", "site": "camp", "topic": rng.choice(["GBV", "Child protection"]),
        "ref_lab": rng.choice(["National Public Health Laboratory", "CPHL Kampala", "EPHI Addis Ababa", "INS Bogotá"]),
    }  # fmt: skip
    if loc.lang == "es":
        words.update(CHAT_WORDS["es"])
    else:
        words.update(CHAT_WORDS["en"])
    for k, v in words.items():
        template = template.replace("{" + k + "}", v)
    return template


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    lang = "en" if loc.lang == "uk" and "medical_evacuation" not in kind else loc.lang
    d1 = date(2024, 3, 4) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    old = (90 * Y + 30, 102 * Y)
    p = draw_person(
        rng, loc, used, d1, age_days=old if rng.random() < 0.5 else (18 * Y, 89 * Y), variant_bias=0.6
    )
    r = draw_person(
        rng,
        loc,
        used,
        d1,
        culture=p.culture,
        family=p.family if rng.random() < 0.3 else None,
        age_days=(19 * Y, 60 * Y),
    )
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("q1", "q2", "q3"):
        ppl[x] = draw_person(
            rng,
            loc,
            used,
            d1,
            age_days=old if rng.random() < 0.25 else (16 * Y, 89 * Y),
            variant_bias=0.6 if x == "q1" else 0.3,
        )
    for x in ("k1", "k2", "k3", "k4"):
        ppl[x] = draw_person(rng, loc, used, d1, culture=p.culture, age_days=(200, 4 * Y + 300))
    for x in ("n", "n2", "m", "m2", "s", "i", "c1", "c2", "c3", "o"):
        staff = x in ("m", "m2", "o", "n2")
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(22 * Y, 64 * Y), staff=staff,
                             culture=None if staff else p.culture if x in ("i", "c1", "c2", "c3") else None)  # fmt: skip
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, lang))
    rels = {"en": (["daughter", "wife", "sister", "niece"], ["son", "husband", "brother", "nephew"]),
            "fr": (["fille", "épouse", "sœur", "nièce"], ["fils", "mari", "frère", "neveu"]),
            "es": (["hija", "esposa", "hermana"], ["hijo", "esposo", "hermano"]), "pt": (["filha", "esposa"], ["filho", "marido"]),
            "uk": (["донька", "дружина"], ["син", "чоловік"])}[lang]  # fmt: skip
    s["r_rel"] = K(rng.choice(rels[0] if r.female else rels[1]))
    s["country"], s["region"] = K(loc.country), K(loc.region)
    s["nat"], s["lang"] = K(NATIONALITY[p.culture]), K(LANGS[p.culture])
    s["facility"] = K(rng.choice(FACILITY[loc_code]))
    s["site"] = K(
        rng.choice([f"{loc.region} field office", f"{loc.region} sub-office", f"{loc.country} mission"])
    )
    orgs = rng.sample(ORG_LOCAL[lang], 2)
    s["org1"], s["org2"] = K(orgs[0]), K(orgs[1])
    s["donor"] = K(rng.choice(["ECHO", "BHA", "FCDO", "SIDA", "CERF"]))
    for i, dx in enumerate(rng.sample(DIAG[lang], 4), 1):
        s[f"dx{i}"] = K(dx)
    for i, dr in enumerate(rng.sample(DRUGS[lang], 4), 1):
        s[f"drug{i}"] = K(dr)
    for i, v in enumerate(rng.sample(VACCINES, 3), 1):
        s[f"vac{i}"] = K(v)
    w1, w2 = rng.sample(WARDS[lang], 2)
    s["ward1"], s["ward2"] = K(w1), K(w2)
    for i in range(1, 4):
        s[f"muac{i}"] = K(f"{rng.randint(98, 124) / 10:.1f} cm")
        s[f"wfh{i}"] = K(rng.choice(["< -3", "-3/-2", "< -2", "-2,5", "-3,1"]))
    s["st1"], s["st2"] = (
        K(rng.choice(["hospitalisé", "en observation"])),
        K(rng.choice(["sorti guéri", "transféré UTC"])),
    )
    s["ctc"] = K(rng.choice(["Kyeshero", "Adré", "Munigi", "Farchana"]))
    s["cxr"] = K(rng.choice(["no active TB", "old healed lesion, class B2", "normal"]))
    s["igra"] = K(rng.choice(["negative", "indeterminate", "not done (<2 y)"]))
    s["role"] = K(rng.choice(["medical doctor", "clinical officer", "GP, MRCGP", "médecin référent"]))
    s["hotline"] = K(rng.choice(["01 8000 915 000", "155", "0800 722 0422", "16 321"]))
    s["fleet"] = K(fill(rng, rng.choice(["MSF-%##", "UNHCR %###", "IOM-AMB-%#", "ICRC %##"])))
    for i, t in enumerate(rng.sample(["PCR SARS-CoV-2", "GeneXpert MTB/RIF", "cholera RDT + culture", "measles IgM", "malaria smear", "HBsAg", "HIV RDT",
                                      "stool culture"], 3), 1):  # fmt: skip
        s[f"test{i}"] = K(t)
    mins = sorted(rng.sample(range(6 * 60, 20 * 60, 7), 6))
    for i, m in enumerate(mins, 1):
        s[f"t{i}"] = K(f"{m // 60:02d}:{m % 60:02d}")
    yrs = rng.sample(YEARS, 2)
    s["year"], s["year2"] = K(yrs[0]), K(yrs[1])
    s["lot"] = K(fill(rng, "@@%###"))
    s["d1_year"] = str(d1.year)  # plain text: the dates carry it too
    # numbers naming a person's file
    o = loc.office
    for i in range(1, 5):
        s[f"otp{i}"] = P("ID", fill(rng, f"PTA-%##/{d1.year % 100}"))
        s[f"sid{i}"] = P("ID", fill(rng, f"{o}-%#####"))
        s[f"dr{i}"] = P("ID", fill(rng, "DC-%###"))
        s[f"bp{i}"] = P("ID", fill(rng, "PI/%##/##"))
    s["pcode"] = P("ID", fill(rng, rng.choice([f"{o}-GBV-%####", f"{o}-CP-%####"])))
    s["trq"] = P("ID", fill(rng, f"RFL-{loc_code}-%#####"))
    s["uasc"] = P("ID", fill(rng, f"UASC-{o}-%###"))
    s["imei"] = P("DEVICE", ids.imei(rng))
    s["plate"] = P("VEHICLE", ids.plate_ua(rng))
    s["photo"] = P("URL", f"https://media.example.org/stories/{p.ids['ind'].lower()}.jpg")
    dd = {"d1": d1, "d2": d1 - timedelta(days=rng.randint(2, 25)), "d3": d1 + timedelta(days=rng.randint(3, 40)),
          "d4": d1 + timedelta(days=rng.randint(41, 60))}  # fmt: skip
    for k, d in dd.items():
        for form, v in date_forms(d, lang).items():
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
        rng = random.Random(f"phigate-probe95:{seed}:{kind}:{index}:{attempt}")
        filled = fill_template(template, loc, rng)
        content, phi, keep, spans = render(filled, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
