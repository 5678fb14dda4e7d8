# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-second independent probe corpus: Spanish, Portuguese and bilingual English / Spanish health text
from US community health centres and from Latin America -- Mexico, Guatemala, El Salvador, Honduras, the
Dominican Republic, Puerto Rico, Colombia, Venezuela, Peru, Chile, Argentina and Brazil -- as promotoras,
clinic staff, hospitals, social-security institutes, laboratories, families and telehealth platforms write
it, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a promotora (community health worker) home-visit
note, bilingual discharge instructions (US, Puerto Rico), a Medicaid / CHIP approval letter in Spanish, a
Spanglish family WhatsApp chat, a bilingual community-health-centre intake form (matrícula consular, ITIN),
an IMSS referral / incapacidad form (NSS, CURP), a receta médica (Mexico: cédula profesional; Argentina:
PAMI / obra social, DNI, CUIL), a Mexican acta de nacimiento extract, a lab report (Mexico, Peru), a
Guatemalan MSPAS referral slip (DPI, comadrona), a Salvadoran / Honduran consultation sheet (DUI, identidad),
a remittance-paid hospital bill (Dominican Republic, Guatemala: MTCN), a Puerto Rican emergency-room note
(Plan Vital), a Colombian EPS service authorisation, a Peruvian EsSalud / SIS referral, a Chilean Fonasa
epicrisis (RUT), a Brazilian SUS / e-SUS UBS record (CPF, CNS, CEP) and a telehealth transcript (US with an
interpreter, Venezuela).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template may be a dict by country. People:
`p` the patient, `r` a spouse (adult patient) or the father (child patient), `m` an adult son / daughter
(adult patient) or the mother (child patient), `o` a relative in the country of origin (US documents), `d`
and `e` clinicians, `s` a staff member (promotora, interpreter, comadrona, ACS, cashier, caseworker), `x`
`y` other people (a sibling, a neighbour, a remitter, a chat member). Forms: `_n` the full name (given +
paternal + maternal; Brazil given + mother's + father's), `_g` the given name (compound: "Jhon Fredy"), `_g1`
its first word, `_pat` `_mat` `_sur` (both surnames), `_NC` capitals, `_lf` "PATERNO MATERNO NOMBRE", `_lfc`
"Paterno Materno, Nombre", `_us` "Nombre Paterno-Materno" (a US chart's hyphenated last name), `_PAT` `_MAT`
`_GIV` (capitals in separate fields), `_nick` (Chuy, Quique, Chayo), `_hon` / `_don` (Sr./Sra., Don/Doña:
plain), `_ph` `_ph2`, `_em`, `_line` `_loc` `_town` `_muni` `_pc` `_addr`, `_region` (keep), `_nid`
(CURP, SSN, DPI, DUI, identidad, cédula, DNI, RUT, CPF), `_nid2` (RFC, CUIL, ITIN), `_lic` (a clinician's
licence), `_dob` dd/mm/yyyy (US mm/dd/yyyy), `_age` (keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, clinicians, promotoras, interpreters, comadronas,
  agentes comunitários, cashiers, caseworkers, remitters, chat members -- as written: full with both
  surnames, the surnames alone or together, given alone (a compound given name whole, or its first word),
  capitals, "PATERNO MATERNO NOMBRE" and "Paterno Materno, Nombre" orders, hyphenated US last names, each
  of the separate name fields of an acta or form, nicknames (Chuy, Quique, Tía Chayo: "Tía" plain). A
  particle (de, del, de la, da, dos) is inside the value. Honorifics and role words (Sr., Sra., Don, Doña,
  Dr., Dra., Lic., Enf., tía, abuelita, comadre, amá, apá) are plain text outside the value.
- ADDRESS: street lines (Calle, Av., Andador, Cerrada, Manzana / Lote, Jr., Psje., Carrera, Rua, C/,
  US street + apartment), colonias, fraccionamientos, barrios, urbanizaciones, cantones, caseríos, aldeas,
  veredas, corregimientos, secciones, parajes, poblaciones, villas, asentamientos humanos, bairros, sítios,
  povoados, US mobile-home parks and apartment complexes, towns and cities, municipios, counties, comunas,
  Peruvian provinces and districts (below the region), a place of birth's town. ZIP: US ZIP (and ZIP+4),
  códigos postales, CEP, Argentine CPA, Chilean and Colombian codes.
- First-level divisions are keep when written alone and plain text inside an address: Mexican states,
  Guatemalan / Salvadoran / Honduran / Colombian departments, Dominican provinces, Venezuelan states,
  Peruvian and Chilean regions, Argentine provinces, Brazilian states (UF abbreviations plain), US states
  (abbreviations plain), Puerto Rico; countries are keep.
- DATE: every date more specific than a year (birth, visit, admission, discharge, registration, payment,
  follow-up, coverage), in every form (14/03/2024, 03/14/2024, 14 de marzo de 2024, 14 de março de 2024,
  March 14, 2024, 14-mar-2024, 2024-03-14, 14/03, "el 14 de marzo"); years alone keep. AGE: 90 and over;
  ages under 90 keep.
- PHONE, EMAIL of any person (a clinician's direct number too). URL: a telehealth session link with its
  room / visit token. IP: a telehealth session's patient address.
- SSN: US social security numbers (also the last four after a mask), Puerto Rican SSNs. ID: CURP, RFC,
  IMSS NSS, ITIN, matrícula consular, DPI / CUI, DUI, Honduran identidad, cédulas (DO, CO, VE), DNI (PE,
  AR), CUIL, RUT, CPF, acta / certificate numbers and electronic identifiers, incapacidad folios, referral
  and authorisation numbers, lab order numbers, Medicaid case numbers, MTCN remittance numbers, telehealth
  visit IDs, interpreter / promotora / comadrona IDs. MRN: expediente, historia clínica, ficha clínica,
  prontuário and US MRNs. ACCOUNT: hospital account, invoice / estado de cuenta numbers. HEALTH_PLAN:
  Medicaid and CHIP IDs, Plan Vital MPI, ISSSTE, ARS, EPS, SIS, EsSalud, obra social / PAMI and IHSS
  affiliation numbers, CNS. LICENSE: clinicians' cédula profesional, colegiado, JVPM, exequátur, RM,
  MPPS, CMP, M.N., CRM and NPI numbers (the prefix -- CRM-PE, M.N., CMP -- plain text).
- Keep (must survive): clinic, hospital, laboratory, EPS / ARS / obra social and programme names (IMSS,
  ISSSTE, EsSalud, Fonasa, SUS, PAMI, Medicaid, CHIP, WIC, Plan Vital), drugs and doses, lab values and
  units, ICD-10 codes, vaccine names, departments, first-level regions and countries alone, ages under 90,
  years, money amounts ($, MXN, Q, US$, L, RD$, COP, Bs., S/, CLP, R$).
- Not scored (plain text): honorifics, relationship words, form labels, clinic switchboards and toll-free
  numbers, room / bed numbers, times, vitals, weights, gestational data.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe52 import ids
from tests.engine.probe52.people import (
    BR_UF,
    LOCS,
    NAMES,
    ORIGIN,
    US_STATE_ABBR,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

CLINICS = {
    "US": ["Clínica Comunitaria La Esperanza", "Valle Verde Community Health Center", "Salud Para Todos Health Center",
           "Centro de Salud Familiar del Río", "Unidos Family Clinic"],
    "MX": ["UMF No. 52", "UMF No. 171", "UMF No. 9"], "GT": ["Centro de Salud", "Puesto de Salud"],
    "SV": ["UCSF Básica", "UCSF Intermedia"], "HN": ["CESAMO", "Centro Integral de Salud"], "DO": ["Centro de Primer Nivel"],
    "PR": ["Centro de Salud Primario"], "CO": ["ESE Hospital San Vicente"], "VE": ["Ambulatorio Tipo II"], "PE": ["Posta Médica"],
    "CL": ["CESFAM"], "AR": ["CAPS"], "BR": ["UBS"],
}  # fmt: skip
HOSPITALS = {
    "US": ["Mercy Valley Medical Center", "Saint Ignatius Regional Hospital", "Harlan Memorial Hospital", "Good Shepherd Medical Center"],
    "MX": ["Hospital General de Zona No. 14", "Hospital General Regional No. 46", "Hospital Civil Nuevo"],
    "GT": ["Hospital Regional de Occidente", "Hospital Nacional de Cobán", "Hospital Nacional de Sololá"],
    "SV": ["Hospital Nacional de Ilobasco", "Hospital Nacional Rosales"], "HN": ["Hospital Escuela", "Hospital Atlántida"],
    "DO": ["Centro Médico Nuestra Señora de la Altagracia", "Clínica Corazones Unidos", "Hospital Regional Traumatológico"],
    "PR": ["Hospital Menonita", "Hospital San Lucas", "Hospital Universitario de Adultos"],
    "CO": ["Hospital Universitario San Vicente Fundación", "Clínica Las Américas", "Hospital San Rafael de Itagüí"],
    "VE": ["Hospital Universitario de Maracaibo", "Hospital Central Universitario Antonio María Pineda", "Policlínica Táchira"],
    "PE": ["Hospital Víctor Ramos Guardia", "Hospital Regional de Loreto", "Hospital Nacional Edgardo Rebagliati"],
    "CL": ["Hospital Hernán Henríquez Aravena", "Hospital de Cañete", "Hospital Base de Puerto Montt"],
    "AR": ["Hospital Ramón Madariaga", "Hospital Ángel C. Padilla"], "BR": ["Hospital Regional do Agreste", "Hospital Municipal"],
}  # fmt: skip
PRIVATE = {"GT": ["Hospital Privado Santa Elena", "Sanatorio Nuestra Señora del Pilar"],
           "DO": ["Centro Médico Nuestra Señora de la Altagracia", "Clínica Corazones Unidos"]}  # fmt: skip
LABCHAINS = {"MX": ["Laboratorio Clínico San Rafael", "Laboratorios Biomédica del Centro", "Laboratorio Médico del Chopo"],
             "PE": ["Laboratorio Clínico Roe", "Laboratorio de Referencia Regional"]}  # fmt: skip
DRUGS = {
    "es": ["Metformina 850 mg", "Glibenclamida 5 mg", "Losartán 50 mg", "Enalapril 10 mg", "Amlodipino 5 mg", "Omeprazol 20 mg",
           "Paracetamol 500 mg", "Ibuprofeno 400 mg", "Amoxicilina 500 mg", "Naproxeno 250 mg", "Sulfato ferroso 200 mg",
           "Ácido fólico 5 mg", "Atorvastatina 20 mg", "Clortalidona 25 mg", "Metronidazol 500 mg", "Loratadina 10 mg",
           "Pioglitazona 15 mg", "Hidroclorotiazida 25 mg"],
    "en": ["Metformin 1000 mg", "Lisinopril 20 mg", "Insulin glargine 22 units", "Atorvastatin 40 mg", "Amlodipine 10 mg",
           "Omeprazole 20 mg", "Acetaminophen 500 mg", "Cephalexin 500 mg", "Furosemide 40 mg", "Albuterol HFA 90 mcg",
           "Glipizide 5 mg", "Losartan 50 mg"],
    "pt": ["Losartana 50 mg", "Metformina 850 mg", "Hidroclorotiazida 25 mg", "Dipirona 500 mg", "Sinvastatina 20 mg",
           "Glibenclamida 5 mg", "Captopril 25 mg", "Amoxicilina 500 mg", "Sulfato ferroso 40 mg", "Ácido fólico 5 mg"],
}  # fmt: skip
LABS = {
    "es": ["Glucosa 186 mg/dL", "HbA1c 8.9 %", "Hemoglobina 10.2 g/dL", "Creatinina 1.4 mg/dL", "Colesterol total 238 mg/dL",
           "Triglicéridos 312 mg/dL", "Leucocitos 13 400/mm³", "Plaquetas 96 000/mm³", "Ácido úrico 7.9 mg/dL", "TSH 6.8 µUI/mL",
           "Proteína C reactiva 48 mg/L", "Microalbuminuria 112 mg/g"],
    "cl": ["Glicemia 214 mg/dL", "Hemoglobina 9,8 g/dL", "Creatinina 1,6 mg/dL", "PCR 87 mg/L", "Leucocitos 15.200/mm³",
           "Sodio 131 mEq/L", "Potasio 5,4 mEq/L", "Hemoglobina glicosilada 9,1 %"],
    "en": ["Glucose 248 mg/dL", "A1c 9.4%", "Hgb 10.8 g/dL", "Creatinine 1.3 mg/dL", "Potassium 3.1 mmol/L", "WBC 12.6 K/uL"],
    "pt": ["Glicemia de jejum 164 mg/dL", "HbA1c 8,7%", "Hemoglobina 10,9 g/dL", "Creatinina 1,3 mg/dL", "Colesterol total 241 mg/dL",
           "Potássio 3,4 mEq/L"],
}  # fmt: skip
ICD_DM = ["E11.9", "E11.65", "E11.21", "E11.40"]
ICD_HTN = ["I10", "I11.9"]
ICD = ["E11.9", "E11.65", "I10", "O14.1", "J18.9", "N39.0", "A09", "D50.9", "E66.9", "J44.1", "K80.2", "A90", "O24.4", "I50.9"]
DEPTS = {"es": ["Medicina Interna", "Ginecología y Obstetricia", "Pediatría", "Cirugía General", "Cardiología", "Nefrología", "Endocrinología"],
         "en": ["Internal Medicine", "Family Medicine", "Cardiology", "Endocrinology"],
         "pt": ["Clínica Médica", "Cardiologia", "Obstetrícia", "Endocrinologia"]}  # fmt: skip
VACCINES = ["BCG", "Hepatitis B", "Pentavalente acelular", "Rotavirus", "Neumocócica 13-valente", "SRP", "Influenza estacional"]
CURRENCY = {"US": "$", "MX": "$", "GT": "Q", "SV": "US$", "HN": "L", "DO": "RD$", "PR": "$", "CO": "COP", "VE": "USD",
            "PE": "S/", "CL": "$", "AR": "$", "BR": "R$"}  # fmt: skip
MONTHS = {"es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
          "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"]}  # fmt: skip
MON3 = ["ene", "feb", "mar", "abr", "may", "jun", "jul", "ago", "sep", "oct", "nov", "dic"]
US_PROGRAMS = {"Texas": ("Texas Health and Human Services", "Texas Medicaid", "CHIP"), "California": ("Covered California / Medi-Cal", "Medi-Cal", "Medi-Cal para Niños"),
               "Illinois": ("Illinois Department of Human Services", "Medicaid (HFS)", "All Kids"), "Arizona": ("AHCCCS", "AHCCCS", "KidsCare"),
               "Oregon": ("Oregon Health Plan", "Oregon Health Plan", "Healthier Oregon"), "North Carolina": ("NC Medicaid", "NC Medicaid", "NC Health Choice")}  # fmt: skip


SCALE = {"CO": 90, "CL": 30, "AR": 40, "MX": 6, "DO": 20, "GT": 3, "HN": 9, "VE": 1, "PE": 1, "BR": 2}


def money(loc: str, lo: int, hi: int, rng: random.Random) -> K:
    n = rng.randint(lo, hi) * SCALE.get(loc, 1)
    cur = CURRENCY[loc]
    if loc in ("CO", "CL", "AR"):
        return K(f"{cur} {n:,}".replace(",", "."))
    if loc == "BR":
        return K(f"R$ {n:,}".replace(",", ".") + f",{rng.randint(0, 99):02d}")
    if loc == "MX":
        return K(f"${n:,}.00 MXN")
    if loc in ("US", "PR"):
        return K(f"${n:,}.{rng.randint(0, 99):02d}")
    return K(f"{cur} {n:,}.00")


def date_forms(d: date, us: bool = False) -> dict[str, Slot]:
    es, pt = MONTHS["es"][d.month - 1], MONTHS["pt"][d.month - 1]
    return {"dmy": P("DATE", f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"), "us": P("DATE", f"{d:%m/%d/%Y}"),
            "es": P("DATE", f"{d.day} de {es} de {d.year}"), "pt": P("DATE", f"{d.day} de {pt} de {d.year}"),
            "en": P("DATE", f"{d:%B} {d.day}, {d.year}"), "mon": P("DATE", f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"),
            "MON": P("DATE", f"{d.day:02d}/{MON3[d.month - 1].upper()}/{d.year}"), "iso": P("DATE", d.isoformat()),
            "dm": P("DATE", f"{d.day:02d}/{d.month:02d}"), "esdm": P("DATE", f"{d.day} de {es}"), "usdm": P("DATE", f"{d.month}/{d.day}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    c = w.loc.code
    us = c in ("US", "PR")
    nid_type = {"US": "SSN", "PR": "SSN"}.get(c, "ID")
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_g1": N(w.first), f"{x}_pat": N(w.pat), f"{x}_mat": N(w.mat or w.pat),
        f"{x}_sur": N(w.surnames), f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(w.lf), f"{x}_lfc": N(f"{w.surnames}, {w.given}"),
        f"{x}_us": N(f"{w.given} {w.pat}-{w.mat}" if w.mat else w.full), f"{x}_usl": N(f"{w.pat}-{w.mat}" if w.mat else w.pat),
        f"{x}_PAT": N(w.pat.upper()), f"{x}_MAT": N((w.mat or w.pat).upper()), f"{x}_GIV": N(w.given.upper()),
        f"{x}_nick": N(w.nick), f"{x}_hon": w.hon, f"{x}_don": w.don, f"{x}_ao": "a" if w.female else "o",
        f"{x}_la": "la" if w.female else "el", f"{x}_Sexo": "Femenino" if w.female else "Masculino", f"{x}_sex": "F" if w.female else "M",
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_loc": A(w.locality), f"{x}_town": A(w.town), f"{x}_muni": A(w.muni), f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_addr": w.addr, f"{x}_region": K(w.region), f"{x}_abbr": US_STATE_ABBR.get(w.region, BR_UF.get(w.region, "")),
        f"{x}_nid": P(nid_type, w.nid), f"{x}_nid2": P("ID", w.nid2) if w.nid2 else "",
        f"{x}_ssn4": P("SSN", w.nid[-4:]),
        f"{x}_dob": P("DATE", f"{w.dob:%m/%d/%Y}" if us else f"{w.dob:%d/%m/%Y}"), f"{x}_dobus": P("DATE", f"{w.dob:%m/%d/%Y}"),
        f"{x}_dobl": date_forms(w.dob)["pt" if c == "BR" else "es"], f"{x}_dobiso": P("DATE", w.dob.isoformat()),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
    }  # fmt: skip
    return s


Y = 365
# patient ages by kind (days); a kind listed in CHILD has a child patient (r father, m mother)
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "lat52_promotora_home_visit_note": {"p": (48 * Y, 72 * Y), "x": (90 * Y + 40, 97 * Y), "y": (40, 4 * Y)},
    "lat52_pr_emergency_room_note": {"p": (90 * Y + 40, 98 * Y)},
    "lat52_cl_fonasa_epicrisis": {"p": (90 * Y + 40, 96 * Y)},
    "lat52_spanglish_family_whatsapp": {"p": (62 * Y, 84 * Y)},
    "lat52_acta_nacimiento_extract": {"p": (30, 11 * Y)},
    "lat52_medicaid_chip_letter_es": {"p": (1 * Y, 17 * Y), "y": (40, 9 * Y)},
    "lat52_gt_mspas_referral_slip": {"p": (17 * Y, 38 * Y)},
}
CHILD = {"lat52_acta_nacimiento_extract", "lat52_medicaid_chip_letter_es"}
FEMALE = {"lat52_gt_mspas_referral_slip": True, "lat52_promotora_home_visit_note": True, "lat52_pr_emergency_room_note": True,
          "lat52_spanglish_family_whatsapp": True, "lat52_br_sus_ubs_record": True}
STAFF_FEMALE = {"lat52_promotora_home_visit_note", "lat52_gt_mspas_referral_slip"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(540))
    used: set[str] = set()
    ages = AGES.get(kind, {})
    ppl: dict[str, Person] = {}
    if kind in CHILD:
        pa = rng.randint(*ages["p"])
        r = draw_person(rng, loc, used, d1, female=False, age_days=(pa + 20 * Y, pa + 42 * Y))
        m = draw_person(rng, loc, used, d1, female=True, culture=r.culture, home=r, age_days=(pa + 18 * Y, pa + 36 * Y))
        mat = m.pat if r.culture != "argentine" or rng.random() < 0.5 else ""
        p = draw_person(rng, loc, used, d1, culture=r.culture, pat=r.pat, mat=mat, home=r, age_days=(pa, pa))
        y = draw_person(rng, loc, used, d1, culture=r.culture, pat=r.pat, mat=mat, home=r, age_days=ages.get("y", (1 * Y, 16 * Y)))
        if kind == "lat52_medicaid_chip_letter_es":  # the letter goes to the mother
            r, m = m, r
        ppl.update(p=p, r=r, m=m, y=y)
    else:
        p = draw_person(rng, loc, used, d1, female=FEMALE.get(kind), age_days=ages.get("p", (24 * Y, 78 * Y)))
        r = draw_person(rng, loc, used, d1, female=not p.female, culture=p.culture, home=p,
                        age_days=(max(20 * Y, (d1 - p.dob).days - 6 * Y), (d1 - p.dob).days + 6 * Y))  # fmt: skip
        father, mother = (r, p) if p.female else (p, r)
        child_age = (d1 - mother.dob).days - 18 * Y
        m = draw_person(rng, loc, used, d1, culture=p.culture, pat=father.pat, mat=mother.pat if p.culture != "argentine" else "",
                        home=p if rng.random() < 0.5 else None, age_days=(max(3 * Y, child_age - 14 * Y), max(4 * Y, child_age)))  # fmt: skip
        ppl.update(p=p, r=r, m=m)
        ppl["y"] = draw_person(rng, loc, used, d1, female=True if kind == "lat52_promotora_home_visit_note" else None,
                               age_days=ages.get("y", (20 * Y, 70 * Y)))  # fmt: skip
    for x in ("d", "e", "s", "x"):
        ppl[x] = draw_person(rng, loc, used, d1, female=True if x == "s" and kind in STAFF_FEMALE else None,
                             age_days=ages.get(x, (26 * Y, 66 * Y)))  # fmt: skip
    if kind == "lat52_promotora_home_visit_note":  # x: the husband's mother, 90+
        ppl["x"] = draw_person(rng, loc, used, d1, female=True, culture=r.culture, pat=r.mat, home=p, age_days=ages["x"])
    if kind == "lat52_remittance_paid_hospital_bill":  # x: the remitter, in the United States
        ppl["x"] = draw_person(rng, LOCS["US"], used, d1, culture=p.culture if p.culture in LOCS["US"].cultures else None)
    # o: the patient's sibling back home (US: in the country of origin; Venezuela: abroad, in Colombia),
    # or in Brazil the patient's mother (the form asks for "nome da mãe")
    lo = max(1 * Y, (d1 - p.dob).days - 12 * Y)
    sib = (lo, max(lo + Y, (d1 - p.dob).days + 12 * Y))
    if loc_code == "BR":
        ppl["o"] = draw_person(rng, loc, used, d1, female=True, culture=p.culture, pat=p.mat, home=p,
                               age_days=((d1 - p.dob).days + 17 * Y, (d1 - p.dob).days + 40 * Y))  # fmt: skip
    else:
        oc = ORIGIN[p.culture] if loc_code == "US" else "CO" if loc_code == "VE" else loc_code
        oc = rng.choice(["GT", "SV", "HN"]) if loc_code == "US" and oc == "GT" else oc
        ppl["o"] = draw_person(rng, LOCS[oc], used, d1, culture=p.culture, pat=p.pat, mat=p.mat, age_days=sib)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    o = ppl["o"]
    s["o_country"] = K(o.loc.country)
    s["p_sexw"] = "femenina" if p.female else "masculino"
    s["r_rel"] = ("padre" if not r.female else "madre") if kind in CHILD else ("esposo" if not r.female else "esposa")
    s["r_rel_en"] = ("father" if not r.female else "mother") if kind in CHILD else ("husband" if not r.female else "wife")
    s["m_rel"] = ("madre" if m.female else "padre") if kind in CHILD else ("hija" if m.female else "hijo")
    s["m_rel_en"] = ("mother" if m.female else "father") if kind in CHILD else ("daughter" if m.female else "son")
    s["m_relpt"] = "filha" if m.female else "filho"
    for x in ("d", "e"):
        s[f"{x}_dr"] = "Dra." if ppl[x].female else "Dr."
        s[f"{x}_lic"] = P("LICENSE", ids.licence(rng, loc_code))
        s[f"{x}_lic2"] = P("LICENSE", ids.licence(rng, loc_code))
    us = loc_code in ("US", "PR")
    d2 = d1 + timedelta(days=rng.randint(2, 9))
    d3 = d1 - timedelta(days=rng.randint(5, 60))
    d4 = d1 + timedelta(days=rng.randint(14, 75))
    for key, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4}.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, us).items()})
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = F("MRN", "%#######", "%######", "E%#######", "MR%######")
    s["exp"] = F("MRN", "%#####", "%######-#", "HC-%#####", f"%####/{d1:%y}", "%##-%###")
    s["acct"] = F("ACCOUNT", "%#########", "%#######", "HAR%#######", "%##-#####-#")
    s["invoice"] = F("ACCOUNT", "%######", "FAC-%######", "B0200%#####")
    s["folio"] = F("ID", "@@%#####", "%#######", "@%######")
    s["ref"] = F("ID", "%#####", f"{d1.year}-%####", "REF-%######", "%####-@")
    s["auth"] = F("ID", f"{d1:%y}%#########", "%##########", "AUT-%#######")
    s["labno"] = F("ID", "%#######", "OT-%######", f"{d1:%y%m%d}%###")
    s["case"] = F("ID", "%#########", "%#-###-####", "%#######@")
    s["matricula"] = F("ID", "%########", "I%########", "%###-%#####")
    s["worker"] = F("ID", "CHW-%###", "PRM%####", "%####")
    s["interp"] = F("ID", "%#####", "INT-%####")
    s["carne"] = F("ID", "%####", "C-%###-%#")
    s["mtcn"] = F("ID", "%##-###-####", "%#########", "%###-%###-##")
    s["visitid"] = F("ID", "TV-%#######", "%#########", "VV%########")
    s["actano"] = F("ID", "%####", "%###")
    s["acta_id"] = P("ID", f"{fill(rng, '%#')}{fill(rng, '###')}{fill(rng, '##')}{d1.year - rng.randint(0, 8)}{fill(rng, '######')}")
    s["nss"] = P("ID", ids.nss(rng, p.dob))
    s["matimss"] = F("ID", "%#######", "99%######")
    s["medicaid"] = P("HEALTH_PLAN", ids.medicaid(rng, p.region) if loc_code == "US" else fill(rng, "%#########"))
    s["medicaid2"] = P("HEALTH_PLAN", ids.medicaid(rng, p.region) if loc_code == "US" else fill(rng, "%#########"))
    s["pplan"] = P("HEALTH_PLAN", fill(rng, {
        "MX": "%#########-#", "GT": "%##########", "SV": "%########", "HN": "%###-####-#####", "DO": "%########",
        "PR": "%#########", "CO": "EPS%########", "VE": "%#######", "PE": rng.choice(["%#########", "%##########-#"]),
        "CL": "%#######", "AR": "%#############", "BR": "%##############", "US": "%#########"}[loc_code]))  # fmt: skip
    s["cns"] = P("HEALTH_PLAN", ids.cns(rng))
    s["url"] = P("URL", f"https://{rng.choice(['telesalud', 'vv', 'meet'])}.{rng.choice(['clinicaconecta.org', 'doxy.me', 'saludenlinea.net'])}/"
                 + fill(rng, rng.choice(["sala/@@%###", "r/%#######", "v?room=@%@%#&pid=%#####"])))  # fmt: skip
    s["ip"] = P("IP", f"{rng.choice([24, 73, 172, 190, 186, 201])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    # keep values
    lang = "pt" if loc_code == "BR" else "es"
    s["clinic"] = K(rng.choice(CLINICS[loc_code]))
    s["hosp"] = K(rng.choice(HOSPITALS[loc_code]))
    s["hosp2"] = K(rng.choice([h for h in HOSPITALS[loc_code] if h != s["hosp"].value]))  # type: ignore[union-attr]
    s["labchain"] = K(rng.choice(LABCHAINS.get(loc_code, ["Laboratorio Clínico Central"])))
    dl = DEPTS[lang]
    s["dept"], s["dept2"] = (K(v) for v in rng.sample(dl, 2))
    s["dept_en"] = K(rng.choice(DEPTS["en"]))
    for lg in ("es", "en", "pt"):
        for i, v in enumerate(rng.sample(DRUGS[lg], 4), 1):
            s[f"drug{i}" + ("" if lg == lang else f"_{lg}")] = K(v)
        for i, v in enumerate(rng.sample(LABS[lg], 4), 1):
            s[f"lab{i}" + ("" if lg == lang else f"_{lg}")] = K(v)
    if loc_code == "CL":
        for i, v in enumerate(rng.sample(LABS["cl"], 4), 1):
            s[f"lab{i}"] = K(v)
    s["icd1"], s["icd2"] = (K(v) for v in rng.sample(ICD, 2))
    s["icd_dm"], s["icd_htn"] = K(rng.choice(ICD_DM)), K(rng.choice(ICD_HTN))
    s["income"] = money(loc_code, 1200, 4800, rng)
    s["private"] = K(rng.choice(PRIVATE.get(loc_code, ["Clínica Privada"])))
    reg = p.dob + timedelta(days=rng.randint(3, 120))
    s["regdate"] = P("DATE", f"{reg:%d/%m/%Y}")
    for x in ("r", "m"):
        s[f"{x}_agereg"] = K(str((reg - ppl[x].dob).days * 100 // 36525))
    s["she"] = "she" if p.female else "he"
    s["lang_maya"] = {"Quiché": "K'iche'", "Alta Verapaz": "Q'eqchi'", "Sololá": "K'iche'", "Petén": "Q'eqchi'"}.get(p.region, "español")
    s["vac1"], s["vac2"], s["vac3"] = (K(v) for v in rng.sample(VACCINES, 3))
    for i, (lo, hi) in enumerate([(20000, 180000), (4000, 60000), (300, 4500), (40, 900)], 1):
        s[f"amt{i}"] = money(loc_code, lo, hi, rng)
    s["country"] = K(loc.country)
    s["region"] = K(p.region)
    s["year"] = K(str(rng.randint(2009, 2021)))
    if loc_code == "US":
        agency, med, chip = US_PROGRAMS[p.region]
        s["agency"], s["program"], s["chip_prog"] = K(agency), K(med), K(chip)
        s["state"] = K(p.region)
    return s


# ---- templates -------------------------------------------------------------------------------------------

PROMOTORA = """«clinic» — ‹Programa de Promotoras de Salud› / Community Health Worker Program
NOTA DE VISITA DOMICILIARIA / HOME VISIT NOTE                    Fecha / Date: «d1_us»
Promotora: «s_n» (ID «worker»)   Cel. «s_ph»
Paciente: «p_n»   DOB: «p_dobus»   MRN: «mrn»   Edad: «p_age» años
Dirección: «p_addr»
Seguro: «program» («medicaid»)   Idioma: español (entiende poco inglés)
Presentes: paciente, su «r_rel» «r_don» «r_g» (tel. «r_ph»), su «m_rel» «m_g» (traduce cuando hace falta) y la
suegra, «x_don» «x_g» «x_pat», de «x_old» años, quien vive con ellos y usa andadera.
S: «p_don» «p_g1» refiere que se le acabó la «drug1_en» hace 8 días; no ha ido a la farmacia porque «r_g» trabaja
   turno de noche y ella no maneja. Mareos en la mañana. Come tortillas de harina 3 veces al día.
O: Glucómetro en casa: 243 en ayunas. Laboratorio del «d3_us»: «lab1_en», «lab2_en». TA 148/92. Pies sin heridas.
   En el refri: «drug2_en».
A: Diabetes tipo 2 descontrolada («icd_dm»), hipertensión («icd_htn»). Barreras: transporte, costo, miedo a la insulina.
P: 1) Cita con «d_dr» «d_n» el «d2_us» a las 9:30 am (transporte de la clínica confirmado).
   2) Se llamó a la farmacia para surtir «drug1_en»; copago «amt4».
   3) Referida a WIC la nieta «y_g» (nacida «y_dobus»), que vive con ellos; la cuida la abuela.
   4) Taller «Mi Salud, Mi Vida» los martes; «m_la» «m_rel» guardó el número de la promotora en su cel «m_ph».
Próxima visita: «d4_us».   Firma: «s_n», CHW   cc: «e_n», RN Care Coordinator («e_em»)
"""

DISCHARGE = """«hosp»
DISCHARGE INSTRUCTIONS / INSTRUCCIONES DE ALTA
Patient / Paciente: «p_lfc»          MRN: «mrn»          Acct / Cuenta: «acct»
DOB / Fecha de nacimiento: «p_dobus»     Age / Edad: «p_age»
Admitted / Ingreso: «d1_us»     Discharged / Alta: «d2_us»     Unit / Unidad: 4 West
Attending physician / Médico tratante: «d_n», MD («dept_en»)
Interpreter used / Intérprete: «s_n», ID «interp» (in person / en persona)
Diagnosis / Diagnóstico: Community-acquired pneumonia, diabetes / Neumonía adquirida en la comunidad, diabetes («icd1», «icd2»)
YOUR MEDICATIONS / SUS MEDICAMENTOS
  - «drug1_en»: take 1 tablet twice a day / tome 1 tableta dos veces al día
  - «drug2_en»: take 1 tablet every night / tome 1 tableta cada noche
  - STOP / SUSPENDA: «drug3_en»
Last lab / Último laboratorio: «lab1_en», «lab2_en»
FOLLOW-UP / CITA DE SEGUIMIENTO: «clinic», «e_dr» «e_pat», on / el «d4_en» at 10:15 AM.
Return to the ER if fever over 101 °F, shortness of breath or confusion / Regrese a emergencias si tiene fiebre
de más de 101 °F, falta de aire o confusión.
Emergency contact / Contacto de emergencia: «r_n» («r_rel_en» / «r_rel»), «r_ph»; «m_rel_en» / «m_rel» «m_g», «m_ph»
Home address on file / Dirección en archivo: «p_addr»
Patient or representative / Paciente o representante: «m_n»   Relationship: «m_rel_en»   Date / Fecha: «d2_us»
Discharge nurse / Enfermera: «e_n», RN («e_ph»)
"""

MEDICAID = """«agency»
‹Oficina local de beneficios›
«r_NC»
«r_line»
«r_town», «r_abbr» «r_pc»

Fecha: «d1_es»                                      Número de caso: «case»
Asunto: ‹Aviso de decisión› — «program» y «chip_prog»

Estimada «r_hon» «r_pat»:

Revisamos la solicitud de beneficios que usted presentó el «d3_es» para su hogar en «r_town»
(condado: «r_muni»). Decidimos lo siguiente:

  Nombre                              Fecha de nacimiento   Programa              Número de identificación
  «p_n»                   «p_dobus»            «program»             «medicaid»
  «y_n»                   «y_dobus»            «chip_prog»                  «medicaid2»
  «r_n» (usted)           —                     No aprobada

La cobertura empieza el «d1_us» y se renovará el «d4_es». Usted declaró un ingreso mensual de «income»
para un hogar de 4 personas en «state». Su número de Seguro Social termina en «r_ssn4».
Para la cuota de inscripción de «chip_prog» («amt4») llame al número gratuito del reverso.
Si no está de acuerdo con esta decisión, puede pedir una audiencia imparcial antes del «d4_us».

Trabajador(a) de casos: «s_n», extensión 4471, «s_em»
Copia: «clinic» (autorizado por «r_g» el «d3_us»); padre de los menores: «m_n»
"""

WHATSAPP = """[«d1_us», 7:02 PM] «y_nick»: Oigan ya salió mi amá del «hosp»??
[«d1_us», 7:05 PM] «m_g»: Siii ya la dieron de alta 🙏 estamos en la casa. Her labs were «lab1_en» and «lab2_en» 😩
[«d1_us», 7:06 PM] Tí«x_ao» «x_nick»: Ay Dios mío. Qué doctor la vio?
[«d1_us», 7:06 PM] «m_g»: «d_dr» «d_pat» from «clinic». Quiere verla back el «d4_esdm» for follow up
[«d1_us», 7:08 PM] «y_nick»: ok I'll take her, I'm off that day. Mándame la address de la clínica porfa
[«d1_us», 7:09 PM] «m_g»: I'll send you the pin. Pasa primero por mi casa, «m_line», el gate code es 4471
[«d1_us», 7:11 PM] «r_nick»: Ya llegamos. Tu tí«o_ao» «o_nick» mandó dinero desde «o_town» para las medicinas ❤️ lo cobró «m_g» en el Walmart
[«d1_us», 7:12 PM] «m_g»: Dile gracias!! la «drug1_en» salió en «amt4» con el Medicaid de «state», y la «drug2_en» gratis
[«d1_us», 7:14 PM] «y_nick»: por si les preguntan en la farmacia: her Medicaid # is «medicaid» and DOB «p_dobus»
[«d1_us», 7:15 PM] Tí«x_ao» «x_nick»: No manden esos números por aquí mij«y_ao» 🙄 y el seguro social «p_nid» tampoco
[«d1_us», 7:16 PM] «y_nick»: 🤦 ya se
[«d1_us», 7:20 PM] «o_g»: Aquí en «o_muni» todos rezando por mi hermana «p_g». Cuando la operan? Llámenme al «o_ph»
[«d1_us», 7:22 PM] «m_g»: no la van a operar tí«o_ao», solo insulina. Mañana le hablo al social worker, «s_n»
"""

INTAKE = """«clinic»
PATIENT REGISTRATION / REGISTRO DEL PACIENTE                        Fecha / Date: «d1_us»
Apellido(s) / Last name(s): «p_usl»        Nombre(s) / First name(s): «p_g»
Apodo o nombre preferido / Preferred name: «p_nick»
Fecha de nacimiento / DOB: «p_dobus»      Sexo / Sex: «p_sex»      Edad: «p_age»
Lugar de nacimiento / Place of birth: «o_town», «o_region», «o_country»
Dirección / Address: «p_addr»
Teléfono celular / Cell: «p_ph»      ¿Podemos dejar mensaje? / OK to leave message? Sí
Correo electrónico / E-mail: «p_em»
Identificación / ID: Matrícula consular No. «matricula»      ITIN: «p_nid2»
Seguro Social / SSN (opcional / optional): «p_nid»
Estado civil / Marital status: casado(a)      Cónyuge / Spouse: «r_n», tel. «r_ph»
Contacto de emergencia / Emergency contact: «m_n» («m_rel»), «m_ph»
Tamaño del hogar / Household size: 5      Ingreso mensual / Monthly income: «income»   Sliding fee: Nivel B
Seguro / Insurance: ninguno / none («program» pendiente, caso «case»)
Médico anterior / Previous doctor: «d_dr» «d_n», «d_town», «d_abbr»
Medicamentos actuales / Current medications: «drug1_en», «drug2_en»
Firma del paciente / Patient signature: «p_n»         Registró / Registered by: «s_g» (front desk)
"""

IMSS = """INSTITUTO MEXICANO DEL SEGURO SOCIAL — ‹DIRECCIÓN DE PRESTACIONES MÉDICAS›
«clinic»                                   ‹SOLICITUD DE REFERENCIA-CONTRARREFERENCIA› (4-30-8)
NSS: «nss»        CURP: «p_nid»        RFC: «p_nid2»
Nombre: «p_lf»                       Edad: «p_age» años     Sexo: «p_Sexo»
Consultorio: 7  Turno: matutino      Fecha: «d1_dmy»
Domicilio: «p_addr»
Teléfono: «p_ph»     Correo: «p_em»
Unidad a la que se envía: «hosp»      Servicio: «dept»
Resumen clínico: Paciente «p_sexw» de «p_age» años con diabetes mellitus tipo 2 («icd_dm») de 9 años de evolución,
hipertensión («icd_htn») desde «year». Laboratorio del «d3_dmy»: «lab1», «lab2», «lab3». Tratamiento actual:
«drug1» c/12 h, «drug2» c/24 h. Se envía para valoración por descontrol metabólico y probable nefropatía.
Certificado de incapacidad temporal para el trabajo serie y folio «folio», 7 días, del «d1_dmy» al «d2_dmy».
Beneficiario que acompaña: «r_rel» «r_n», tel. «r_ph».
Médico familiar: «d_dr» «d_n»   Matrícula «matimss»   Céd. Prof. «d_lic»
Vo. Bo. Jefe de Departamento Clínico: «e_dr» «e_n»   Asistente médica: «s_n»
"""

RECETA_MX = """«d_dr» «d_NC»
MÉDICO CIRUJANO — ESPECIALISTA EN MEDICINA INTERNA
Céd. Prof. «d_lic»   Céd. Esp. «d_lic2»   Universidad de Guadalajara
Consultorio 204, Torre Médica — Citas: «d_ph» (WhatsApp)

Paciente: «p_n»                              Fecha: «d1_es»
Edad: «p_age» años    Peso: 78 kg    Talla: 1.61 m    TA: 142/90    Alergias: penicilina
Domicilio: «p_line», «p_loc», «p_town»

Rp.
1. «drug1» — tomar 1 tableta cada 12 horas con los alimentos, por 30 días.
2. «drug2» — tomar 1 tableta en la mañana, por 30 días.
3. «drug3» — tomar 1 tableta cada 24 horas, por 30 días.
Dx: Diabetes mellitus tipo 2 («icd_dm»); hipertensión arterial («icd_htn»).
Estudios: traer «lab1» y «lab2» en la próxima cita, el «d4_dmy».
Favor de surtir en farmacia. Paciente referid«p_ao» por «e_dr» «e_n».   Familiar responsable: «r_n», «r_ph»
Firma: ____________________  «d_dr» «d_pat»  — Céd. Prof. «d_lic»
"""

RECETA_AR = """‹RECETA ELECTRÓNICA› — Obra social: PAMI                 Fecha de emisión: «d1_dmy»
Afiliado: «p_PAT», «p_g»          N° de afiliado: «pplan»
DNI: «p_nid»        CUIL: «p_nid2»        Fecha de nacimiento: «p_dob»     Edad: «p_age»
Domicilio: «p_addr»
Teléfono: «p_ph»
Rp/
  «drug1» x 30 comp. — 1 comp. cada 12 h
  «drug2» x 30 comp. — 1 comp. por la mañana
Diagnóstico: «icd_htn» — Hipertensión esencial / «icd_dm» — diabetes tipo 2
Prescriptor: «d_dr» «d_n» — M.N. «d_lic» — M.P. «d_lic2» — «dept»
Establecimiento: «hosp»
Retira en farmacia: «m_n» («m_rel»), DNI «m_nid»
Código de validación: «auth»    Válida hasta: «d4_dmy»
Observaciones: paciente con controles en «clinic» de «p_muni»; próxima consulta «d4_es».
"""

ACTA = """ESTADOS UNIDOS MEXICANOS — ‹REGISTRO NACIONAL DE POBLACIÓN›
‹ACTA DE NACIMIENTO›                          Identificador electrónico: «acta_id»
Entidad de registro: «p_region»     Municipio de registro: «p_muni»     Oficialía: 01
Libro: 2      Número de acta: «actano»      Fecha de registro: «regdate»
CURP: «p_nid»
DATOS DE LA PERSONA REGISTRADA
Nombre(s): «p_GIV»      Primer apellido: «p_PAT»      Segundo apellido: «p_MAT»
Sexo: «p_Sexo»      Fecha de nacimiento: «p_dob»      Lugar de nacimiento: «p_town», «p_region», MÉXICO
DATOS DE FILIACIÓN DE LA PERSONA REGISTRADA
Padre: «r_GIV» «r_PAT» «r_MAT»       Edad: «r_agereg»     Nacionalidad: MEXICANA     CURP: «r_nid»
Madre: «m_GIV» «m_PAT» «m_MAT»       Edad: «m_agereg»     Nacionalidad: MEXICANA     CURP: «m_nid»
Anotaciones marginales: sin anotaciones.     ‹Dirección General del Registro Civil›     Derechos pagados: «amt4»
Se certifica que los datos corresponden al original. Expedida el «d1_es».
— Traducción / extracto para el expediente del paciente (MRN «mrn») en la clínica; copia entregada por la madre,
«m_n», tel. «m_ph», domicilio actual «p_line», «p_loc», C.P. «p_pc». Registró: «s_n».
"""

LAB = """«labchain» — ‹INFORME DE RESULTADOS›
Paciente: «p_NC»                          Orden: «labno»
Edad: «p_age» años    Sexo: «p_sex»      Expediente: «exp»
Documento: «nidl» «p_nid»               Teléfono: «p_ph»
Médico solicitante: «d_dr» «d_n»          Fecha de toma: «d1_dmy» 07:42     Fecha de reporte: «d1_dmy» 13:10
ESTUDIO                                   RESULTADO
  «lab1»
  «lab2»
  «lab3»
  «lab4»
Valores de referencia: ‹Glucosa 70-100 mg/dL›, ‹HbA1c < 5.7 %›. Diagnóstico presuntivo: «icd_dm».
Observaciones: muestra tomada en domicilio («p_line», «p_loc») por «s_n». Resultado previo del «d3_dmy» en archivo.
Resultados enviados a «p_em» y al médico tratante.
Validó: «e_n», «lic_label» «e_lic»   — Fin del informe —
"""

GT = """MINISTERIO DE SALUD PÚBLICA Y ASISTENCIA SOCIAL — ‹Área de Salud› «p_region»
‹BOLETA DE REFERENCIA›                                    No. «ref»
Servicio que refiere: «clinic» «p_town»       Fecha: «d1_dmy»   Hora: 05:40
Nombre: «p_n»      Edad: «p_age» años      DPI: «p_nid»      Idioma: «lang_maya»
Residencia: «p_addr»
Esposo: «r_n», DPI «r_nid», celular «r_ph»
Comadrona que acompaña: «s_n» (carné No. «carne»), celular «s_ph»
Motivo: embarazo de 38 semanas, G4 P3, presión 150/100, edema de miembros inferiores, cefalea. Preeclampsia
severa (O14.1). Tratamiento antes del traslado: ‹Sulfato de magnesio 4 g IV›, «drug1».
Referida a: «hosp», ‹Ginecología y Obstetricia›.
Transporte: pickup del vecino «x_n» (tel. «x_ph»); acompaña su herman«o_ao», «o_n».
Refiere: «d_dr» «d_n», médico EPS, colegiado «d_lic»
CONTRARREFERENCIA: atendida el «d2_dmy» por «e_dr» «e_n»; cesárea, RN vivo. Control en «clinic» el «d4_dmy».
"""

SVHN = {
    "SV": """MINISTERIO DE SALUD — «clinic» «p_town»                      Expediente: «exp»
‹HOJA DE CONSULTA›                                       Fecha: «d1_dmy»
Nombre: «p_n»          DUI: «p_nid»
Fecha de nacimiento: «p_dob»     Edad: «p_age» años     Sexo: «p_sex»
Dirección: «p_addr»
Teléfono: «p_ph»      Responsable: «r_n» («r_rel»), «r_ph»
Promotor de salud del área: «s_n» (ID «worker»)     Departamento: «region»
Motivo de consulta: control de hipertensión y diabetes. TA 160/96. «lab1».
Diagnóstico: «icd_htn», «icd_dm».   Plan: «drug1» 1 tab c/12 h, «drug2».
Referencia a «hosp» para valoración por ‹Medicina Interna› el «d4_dmy».
Médico: «d_dr» «d_n», JVPM «d_lic»        Enfermería: «e_n»
""",
    "HN": """SECRETARÍA DE SALUD — «clinic» «p_muni»                       Expediente: «exp»
‹HOJA DE ATENCIÓN AMBULATORIA› (ATA)                      Fecha: «d1_dmy»
Nombre: «p_n»          No. de identidad: «p_nid»
IHSS afiliación: «pplan»     Edad: «p_age» años     Sexo: «p_sex»
Dirección: «p_addr»
Teléfono: «p_ph»      Acompañante: «r_n» («r_rel»), «r_ph»
Promotor de salud: «s_n» (ID «worker»)     Región sanitaria: «region»
Motivo de consulta: fiebre 4 días, dolor retroocular, petequias. Dengue con signos de alarma (A91). «lab1».
Plan: ‹Acetaminofén 500 mg›, hidratación oral, no AINES. Control el «d2_dmy».
Referido a «hosp» (‹Medicina Interna›) por «d_dr» «d_n», CMH «d_lic».   Auxiliar de enfermería: «e_n»
""",
}

BILL = """«private»                                         ‹ESTADO DE CUENTA / FACTURA›
Factura No.: «invoice»                          Fecha de ingreso: «d1_dmy»    Fecha de egreso: «d2_dmy»
Paciente: «p_n»          «nidl»: «p_nid»          Historia clínica: «exp»
Seguro: «insurer» — Afiliado No. «pplan»
Médico tratante: «d_dr» «d_n»    Servicio: «dept»
DETALLE                                               MONTO
Habitación semiprivada (3 días)                       «amt2»
Medicamentos («drug1», «drug2»)                       «amt3»
Laboratorio («lab1», «lab2»)                         «amt4»
Honorarios médicos                                    incl.
TOTAL                                                 «amt1»
PAGO RECIBIDO — Remesa «remit» MTCN «mtcn», enviada el «d2_dmy»
Remitente: «x_n», «x_addr» (Estados Unidos), tel. «x_ph»
Cobrada por: «r_n» («r_rel» del paciente), «nidl» «r_nid», tel. «r_ph»
Caja: «s_g» «s_pat»     Recibido conforme: «r_g»
"""

PR_ER = """«hosp» — SALA DE EMERGENCIAS / EMERGENCY DEPARTMENT
Triage: «d1_us» 02:14      ESI 2
Paciente: «p_NC»         Récord Médico: «mrn»       Cuenta: «acct»
DOB: «p_dobus»       Edad: «p_old»       Sexo: «p_sex»       SS: «p_nid»
Dirección: «p_addr»       Tel: «p_ph»
‹Plan Vital› (Medicaid) — MPI «pplan»      Medicare Advantage: «medicaid»
Acompañante: «m_rel» «m_n», «m_ph» (vive en «m_town»)
HPI: «p_old» y/o «p_sex» con hx de HTN («icd_htn»), DM2 («icd_dm») y demencia leve, encamada, traída por su «m_rel» por fiebre y confusión
desde ayer. Cuidadora en el hogar: «s_n». «lab1_en», «lab2_en». UA positiva. Dx: UTI / sepsis (N39.0, A41.9).
Meds en el hogar: «drug1_en», «drug2_en». Alergias: NKDA.
Dispo: admitida a ‹Medicina Interna› bajo «d_dr» «d_n». Médico de emergencias: «e_dr» «e_n» (lic. «e_lic»).
Nota de enfermería: «x_n», RN — pulsera de identificación verificada con «m_la» «m_rel» el «d1_usdm».
"""

CO_EPS = """EPS Cafetera de Salud — Régimen subsidiado               ‹AUTORIZACIÓN DE SERVICIOS›
Número de autorización: «auth»                     Fecha de expedición: «d1_dmy»
Afiliado: «p_NC»           Tipo de documento: CC     Número: «p_nid»
Fecha de nacimiento: «p_dob»     Edad: «p_age»     N° de afiliación: «pplan»
Dirección: «p_addr»
Teléfono: «p_ph»     Correo: «p_em»
IPS que remite: «clinic»          IPS autorizada: «hosp»
Servicio autorizado: consulta de primera vez por «dept» (CUPS 890242)   Diagnóstico: «icd1»; secundario «icd_htn»
Departamento de residencia: «region»     Afiliad«p_ao» desde «year»     Medicamento formulado: «drug1»
Médico ordenador: «d_dr» «d_n», RM «d_lic»
Cuota moderadora: «amt4»     Vigencia de la autorización: hasta el «d4_dmy»
Acompañante: «r_n» (CC «r_nid»), cel. «r_ph»
Observaciones: usuari«p_ao» de zona rural (vereda), requiere transporte. Contactar a la gestora «s_n», «s_em».
"""

PE = """SEGURO SOCIAL DE SALUD — EsSalud — Red Asistencial «region»      ‹HOJA DE REFERENCIA›      N° «ref»
Establecimiento de origen: «clinic» «p_town»         Destino: «hosp», ‹Cirugía General›
Fecha: «d1_dmy»      Hora: 10:25
Apellidos y nombres: «p_sur», «p_g»        DNI: «p_nid»
N° de autogenerado / afiliación: «pplan»      Historia clínica: «exp»
Edad: «p_age» años     Sexo: «p_sex»     Celular: «p_ph»
Dirección: «p_addr»
Resumen: paciente «p_sexw» con dolor abdominal en hipocondrio derecho, ictericia. Ecografía: litiasis vesicular
(K80.2). «lab1», «lab2». Antecedentes: «icd_htn». Tratamiento: «drug1», «drug2».
Acompañante: «r_n» («r_rel»), DNI «r_nid», cel. «r_ph»
Médico que refiere: «d_dr» «d_n», CMP «d_lic»      Coordinador de referencias: «s_n»
Cita en destino: «d4_dmy».  «m_rel» (vive fuera): «m_n», «m_em»
"""

CL = """«hosp» — Servicio de ‹Medicina Interna›                                     ‹EPICRISIS›
Nombre: «p_n»            RUT: «p_nid»            Ficha clínica: «exp»
Fecha de nacimiento: «p_dob»      Edad: «p_old» años      Previsión: FONASA tramo B
Domicilio: «p_addr»
Fecha de ingreso: «d1_dmy»      Fecha de egreso: «d2_dmy»
Diagnósticos de egreso: 1. Neumonía adquirida en la comunidad (J18.9). 2. «icd_htn». 3. «icd_dm».
Evolución: paciente de «p_old» años, autovalente hasta hace un mes, ingresa por disnea y compromiso de conciencia.
Exámenes: «lab1», «lab2», «lab3». Tratad«p_ao» con «drug1», evoluciona favorablemente.
Indicaciones al alta: «drug2» c/8 h por 7 días, «drug3». Control en su CESFAM el «d4_dmy».
Contacto: «m_rel» «m_n», fono «m_ph», correo «m_em».   Cuidador: «r_n».
Facilitadora intercultural: «s_n».    Asistente social: «x_n».
Médico tratante: «d_dr» «d_n», RUT «d_nid»     Servicio de Salud «region»
"""

BR = """SISTEMA ÚNICO DE SAÚDE — «clinic» «p_loc»                         ‹FICHA DE ATENDIMENTO› (e-SUS APS)
Nome: «p_n»                    CNS: «cns»
CPF: «p_nid»       Data de nascimento: «p_dob»       Sexo: «p_Sexo»       Raça/cor: parda
Nome da mãe: «o_n»
Endereço: «p_addr»
Telefone: «p_ph»       E-mail: «p_em»       Prontuário: «exp»
Microárea 03 — ACS: «s_n»     Estado: «region»
Data do atendimento: «d1_dmy»       Profissional: «d_dr» «d_n» — CRM-«p_abbr» «d_lic»
S: hipertensa e diabética, sem medicação há 20 dias; cefaleia. O: PA 170/100. «lab1», «lab2».
A: HAS («icd_htn») e DM2 («icd_dm») descompensadas (CIAP-2 K86, T90).   P: «drug1», «drug2». Encaminhada para «hosp» («dept»).
Acompanhante: «m_relpt» «m_n», telefone «m_ph».   Retorno: «d4_dmy».   Visita domiciliar do ACS em «d2_pt».
"""

TELE = {
    "US": """[Telehealth video visit — transcript excerpt, auto-generated]
«clinic» · Visit ID «visitid» · «d1_en» · session «url» · patient device «ip»
Provider: «d_n», FNP · Interpreter: «s_n» (Spanish, ID «interp») · Patient: «p_n» (DOB «p_dobus»)
00:00:04 «d_g1»: Hi, «p_hon» «p_pat», can you hear me okay?
00:00:09 INTERPRETER («s_g1»): Hola, «p_don» «p_g1», ¿me escucha bien?
00:00:12 «p_g1»: Sí, sí, le oigo bien. Aquí está mi «m_rel» «m_g» también, me ayuda con el teléfono.
00:00:31 «d_g1»: Great. How have your sugars been since we started the «drug1_en»?
00:00:40 «p_g1»: Los últimos análisis decían «lab1_en», y se me hinchan los pies. Tengo «p_age» años.
00:01:52 «d_g1»: I'd like labs this week. Can you confirm your address for the lab order?
00:02:01 «m_g»: It's «p_line», «p_town», ZIP «p_pc». And my phone is «m_ph» if «she» doesn't answer.
00:02:30 «d_g1»: Perfect. I'm sending «drug2_en» to the pharmacy. Follow-up on «d4_en».
[Assessment: «icd_dm», «icd_htn» · Language: Spanish · Program: «program»]
00:02:44 INTERPRETER («s_g1»): Le mando otra medicina a la farmacia. La cita de seguimiento es el «d4_es».
""",
    "VE": """‹TELECONSULTA› — Red de Telemedicina Comunitaria        Fecha: «d1_dmy»      ID de consulta: «visitid»
Enlace de la sala: «url»     IP registrada del paciente: «ip»
Médico: «d_dr» «d_n», MPPS «d_lic»      Paciente: «p_n», C.I. «p_nid», «p_age» años
Ubicación del paciente: «p_loc», «p_muni», estado «p_region»     Teléfono: «p_ph»
Antecedentes: «icd_htn», «icd_dm». País: «country»
Transcripción (resumen):
MÉDICO: Buenas tardes, «p_hon» «p_pat». ¿Cómo sigue de la tensión?
PACIENTE: Ahí vamos. La «drug1» se me acabó hace una semana, aquí en la farmacia de «p_town» no hay.
MÉDICO: ¿Su «m_rel» «m_g» le puede mandar desde afuera?
PACIENTE: No puede, pero mi herman«o_ao» «o_g» vive en «o_town», Colombia, y me manda con un encomendero. El número de mi «m_rel»: «m_ph».
MÉDICO: Bien. Tome «drug2» mientras tanto. Hágase «lab1» y «lab2» y me manda foto al correo «d_em».
Próxima teleconsulta: «d4_dmy». Registrado por «s_n», asistente.
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("lat52_promotora_home_visit_note", ["US", "US"], "text", PROMOTORA),
    ("lat52_bilingual_discharge_instructions", ["US", "PR"], "text", DISCHARGE),
    ("lat52_medicaid_chip_letter_es", ["US", "US"], "text", MEDICAID),
    ("lat52_spanglish_family_whatsapp", ["US", "US"], "text", WHATSAPP),
    ("lat52_chc_bilingual_intake_form", ["US", "US"], "text", INTAKE),
    ("lat52_imss_referral_incapacidad", ["MX", "MX"], "text", IMSS),
    ("lat52_receta_medica", ["MX", "AR"], "text", {"MX": RECETA_MX, "AR": RECETA_AR}),
    ("lat52_acta_nacimiento_extract", ["MX", "MX"], "text", ACTA),
    ("lat52_lab_results_es", ["MX", "PE"], "text", LAB),
    ("lat52_gt_mspas_referral_slip", ["GT", "GT"], "text", GT),
    ("lat52_sv_hn_consultation_sheet", ["SV", "HN"], "text", SVHN),
    ("lat52_remittance_paid_hospital_bill", ["DO", "GT"], "text", BILL),
    ("lat52_pr_emergency_room_note", ["PR", "PR"], "text", PR_ER),
    ("lat52_co_eps_service_authorisation", ["CO", "CO"], "text", CO_EPS),
    ("lat52_pe_essalud_referral", ["PE", "PE"], "text", PE),
    ("lat52_cl_fonasa_epicrisis", ["CL", "CL"], "text", CL),
    ("lat52_br_sus_ubs_record", ["BR", "BR"], "text", BR),
    ("lat52_telehealth_transcript", ["US", "VE"], "text", TELE),
]

LOC_SLOTS = {
    "nidl": {"MX": "CURP", "PE": "DNI", "DO": "Cédula", "GT": "DPI"},
    "lic_label": {"MX": "Céd. Prof.", "PE": "C.T.M.P."},
    "insurer": {"DO": K("ARS SeNaSa"), "GT": K("Seguros El Roble")},
    "remit": {"DO": "Caribe Express", "GT": "Western Union"},
}


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc] if isinstance(template, dict) else template
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe52:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        for key, by_loc in LOC_SLOTS.items():
            slots[key] = by_loc.get(loc, "")
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
