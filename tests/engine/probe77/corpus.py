# ruff: noqa: E501  (hand-aligned templates)
"""Seventy-seventh independent probe corpus: health text from Latin America -- Mexico, Brazil, Argentina,
Chile, Colombia, Peru, Uruguay, Ecuador and Guatemala -- in its own Spanish and Portuguese, as hospital
staff, public-health systems, pharmacies, insurers, emergency dispatch and families write it, with synthetic
PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: an epicrisis / resumen de alta (IMSS, Mexico; a
Chilean public hospital), a receta médica (a Mexican prescription for a controlled drug; an Argentine
electronic prescription for a PAMI affiliate), a receita de controle especial with its notificação de receita
(Brazil, twice), a notificación / notificação compulsória (SINAVE dengue study, Mexico; SINAN ficha, Brazil),
a certificado de defunción / declaração de óbito (Mexico, Brazil; the decedent aged 90+), a carnet perinatal
(CLAP, Argentina; Peru's carné de control prenatal), a triage de guardia / de urgencias (Argentina, Colombia),
an interconsulta (Chile, Uruguay), a historia clínica de ingreso (Ecuador, Guatemala), an electronic record
export (e-SUS APS JSON; a Tasy audit log), WhatsApp messages from families (Mexico, Brazil), a laboratory
report (Colombia, Brazil), a pharmacy dispensation log (Chile, Peru), an ambulance call log (SAMU 192,
Brazil; SAMU 131, Chile), an insurer authorisation (guia TISS XML, Brazil; an EPS authorisation, Colombia),
RIPS files (Colombia: the flat files and the 2023 JSON), an obra social / mutualista order (PAMI, Argentina;
FONASA, Uruguay) and a referral / counter-referral (SIS, Peru; MSPAS, Guatemala).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template is a dict by country. People: `p`
the patient, `r` a relative (spouse, son or daughter), `m` another relative (a parent aged 90+ in some
kinds), `d` the physician, `e` a nurse or midwife, `s` a pharmacist / dispatcher / auditor / clerk, `x` `y`
other people (a second physician, a witness, a declarant), `w1`-`w4` other patients in a log. Forms: `_n`
full name, `_g` given, `_f1` first family name, `_fam` both family names, `_NC` FULL NAME, `_lf` "FAMILY
NAMES, Given", `_gf` "Given Family1", `_i` "G. Family1", `_ph` `_ph2`, `_em`, `_line` `_hood` `_town`
`_zip` `_addr`, `_nid` (CURP, CPF, DNI, RUT, cédula, DPI), `_nid2` (NSS, CNS, CUIL), `_dob` (dd/mm/aaaa),
`_dobiso`, `_doblong` (14 de marzo de 1931), `_age` (keep, under 90), `_old` (AGE, 90+).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, relatives, declarants, physicians, nurses, midwives, pharmacists,
  dispatchers, auditors, other patients in a log -- as written: full with both family names, given alone,
  family names alone, capitals, "FAMILY NAMES, Given", an initial and a family name; Brazilian "da" / "de"
  particles and a married woman's "de" inside the value. Honorifics, credentials and roles (Dr., Dra., Lic.,
  Enf., Sra., Q.F., filha, hijo) are plain text outside the value.
- ADDRESS: street lines (number, interior, apartment, manzana and lote inside the value), colonias,
  bairros, barrios, villas, aldeas, comunidades and the town or municipality. ZIP: Mexican and Uruguayan
  códigos postales, Brazilian CEPs, Argentine CPAs, Chilean códigos postales. States, provinces,
  departments and regions are keep when written alone and plain text inside an address. Hospitals' and
  pharmacies' own addresses are plain text.
- DATE: every date more specific than a year (birth, admission, discharge, death, symptoms onset,
  prescription, dispensation, last menstrual period, probable delivery, sample, report, call), in every form
  (14/03/2024, 14-03-2024, 2024-03-14, 14 de marzo de 2024, 14/MAR/2024, 14/03, 14-mar-24); years alone
  keep. AGE: 90 and over ("92 años", "93 anos"); ages under 90 keep.
- PHONE and EMAIL of any person. URL: a results or record link carrying a token. IP: the address a record
  was opened or sent from.
- SSN: national identity numbers (CURP, CPF, DNI, CUIL, RUT, cédula, DPI / CUI). HEALTH_PLAN: IMSS NSS,
  cartão SUS (CNS), PAMI and obra social affiliate numbers, ISAPRE, EPS, SIS, IGSS, IESS and mutualista
  member numbers, the beneficiary number of a TISS guide. MRN: historia clínica, expediente and prontuário
  numbers. ID: prescription folios and notification numbers, certificate and declaration numbers, SINAVE
  and SINAN case numbers, call protocols, authorisation and guide numbers, invoice and RIPS file numbers,
  RFC, Brazilian RG, referral numbers, sample accessions. ACCOUNT: CLABE, CBU and bank accounts, a
  patient's hospital account. LICENSE: cédula profesional, CRM, COREN, CRF, matrícula nacional /
  provincial, Superintendencia registration, RETHUS, CMP, COP, colegiado numbers. DEVICE: serial numbers of
  a patient's own device. VEHICLE: a plate (and a chassis number) of a vehicle in an accident.
- Keep (must survive): institutions (IMSS, ISSSTE, SUS, PAMI, FONASA, EPS names), hospitals, laboratories,
  pharmacies, programmes, regulations (NOM, Portaria, Ley, Resolución), form names, drugs and doses, ICD-10 /
  CID-10 codes, lab analytes and values, vital signs written as keep, triage levels, ages under 90, years,
  states / provinces / departments alone, clinics' CNPJ and NIT, headings marked ‹...›.
- Not scored (plain text): honorifics, relationship words, form labels, times of day, units, ambulance unit
  names, bed numbers.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe77 import ids
from tests.engine.probe77.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

MESES = [
    "enero",
    "febrero",
    "marzo",
    "abril",
    "mayo",
    "junio",
    "julio",
    "agosto",
    "septiembre",
    "octubre",
    "noviembre",
    "diciembre",
]
MESES_PT = [
    "janeiro",
    "fevereiro",
    "março",
    "abril",
    "maio",
    "junho",
    "julho",
    "agosto",
    "setembro",
    "outubro",
    "novembro",
    "dezembro",
]
DIAS = ["lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo"]
DIAS_PT = ["segunda-feira", "terça-feira", "quarta-feira", "quinta-feira", "sexta-feira", "sábado", "domingo"]


def date_forms(d: date, lang: str) -> dict[str, Slot]:
    meses = MESES_PT if lang == "pt" else MESES
    mes = meses[d.month - 1]
    return {
        "dmy": P("DATE", f"{d:%d/%m/%Y}"),
        "dash": P("DATE", f"{d:%d-%m-%Y}"),
        "iso": P("DATE", d.isoformat()),
        "long": P("DATE", f"{d.day} de {mes} de {d.year}"),
        "mx": P("DATE", f"{d.day:02d}/{mes[:3].upper()}/{d.year}"),
        "sh": P("DATE", f"{d:%d/%m}"),
        "yy": P("DATE", f"{d:%d/%m/%y}"),
        "abbr": P("DATE", f"{d.day:02d}-{mes[:3]}-{d:%y}"),
        "wd": (DIAS_PT if lang == "pt" else DIAS)[d.weekday()],
    }


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c, pt = w.loc.code, w.loc.lang == "pt"
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, w.loc.lang)
    nid2_type = "SSN" if c == "AR" else "HEALTH_PLAN"
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f1": N(w.fam1), f"{x}_f2": N(w.fam2), f"{x}_fam": N(w.family),
        f"{x}_NC": N(w.full.upper()), f"{x}_lf": N(f"{w.family.upper()}, {w.given}"), f"{x}_gf": N(f"{w.given} {w.fam1}"),
        f"{x}_i": N(f"{w.given[0]}. {w.fam1}"), f"{x}_FAM": N(w.family.upper()),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_hood": A(w.hood), f"{x}_town": A(w.town), f"{x}_zip": P("ZIP", w.zip) if w.zip else "",
        f"{x}_region": K(w.region), f"{x}_abbr": w.abbr, f"{x}_addr": address(w),
        f"{x}_nid": P("SSN", w.nid), f"{x}_nid2": P(nid2_type, w.nid2) if w.nid2 else "",
        f"{x}_dob": dob["dmy"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"], f"{x}_dobmx": dob["mx"], f"{x}_dobdash": dob["dash"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_sex": "F" if w.female else "M", f"{x}_sexo": ("Feminino" if pt else "Femenino") if w.female else "Masculino",
        f"{x}_sr": ("Sra." if w.female else "Sr."), f"{x}_a": "a" if w.female else "o", f"{x}_dr": "Dra." if w.female else "Dr.",
        f"{x}_el": ("a" if w.female else "o") if pt else ("la" if w.female else "el"),
        f"{x}_hijo": (("filha" if w.female else "filho") if pt else ("hija" if w.female else "hijo")),
    }  # fmt: skip
    return s


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the state / province / department plain."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "MX":
        return (A(w.line), ", ", A(w.hood), ", C.P. ", Z(w.zip), ", ", A(w.town), ", ", w.abbr)
    if c == "BR":
        return (A(w.line), " - ", A(w.hood), ", ", A(w.town), "/", w.abbr, ", CEP ", Z(w.zip))
    if c == "AR":
        return (A(w.line), ", ", A(w.hood), ", ", A(w.town), " (", Z(w.zip), "), ", w.region)
    if c == "CL":
        return (A(w.line), ", ", A(w.hood), ", ", A(w.town), ", Región ", w.abbr)
    if c == "UY":
        return (A(w.line), ", ", A(w.hood), ", ", A(w.town), ", CP ", Z(w.zip), ", ", w.region)
    return (A(w.line), ", ", A(w.hood), ", ", A(w.town), ", ", w.region)


# ---- harmless vocabulary (keep) ---------------------------------------------------------------------------

HOSPITALS = {
    "MX": ["Hospital General Regional No. 1 IMSS", "Hospital General de Zona No. 20", "Hospital Regional de Alta Especialidad de la Península de Yucatán", "Hospital General de Tlaxcala"],
    "BR": ["Hospital da Restauração", "Hospital Universitário Onofre Lopes", "Hospital Regional de Arcoverde", "Hospital de Clínicas de Curitiba"],
    "AR": ["Hospital Interzonal General de Agudos", "Hospital Zonal Trelew", "Hospital Municipal de Urgencias", "Sanatorio Allende"],
    "CL": ["Hospital Dr. Hernán Henríquez Aravena", "Hospital de Puerto Montt", "Hospital Sótero del Río", "Hospital Intercultural de Nueva Imperial"],
    "CO": ["Hospital San Francisco de Asís de Quibdó", "Hospital Nuestra Señora de los Remedios", "Hospital Universitario San José de Popayán", "Hospital Pablo Tobón Uribe"],
    "PE": ["Hospital Regional del Cusco", "Hospital Antonio Lorena", "Hospital Regional Manuel Núñez Butrón", "Hospital Nacional Hipólito Unanue"],
    "UY": ["Hospital Pasteur", "Hospital Regional Tacuarembó", "Hospital de Clínicas Dr. Manuel Quintela", "Hospital de Rivera"],
    "EC": ["Hospital San Luis de Otavalo", "Hospital General Latacunga", "Hospital Verdi Cevallos Balda", "Hospital Pablo Arturo Suárez"],
    "GT": ["Hospital Nacional de Sololá", "Hospital Nacional de Totonicapán", "Hospital Roosevelt", "Hospital General San Juan de Dios"],
}  # fmt: skip
INSTITUTIONS = {
    "MX": "IMSS",
    "BR": "SUS",
    "AR": "PAMI",
    "CL": "FONASA",
    "CO": "Nueva EPS",
    "PE": "SIS",
    "UY": "ASSE",
    "EC": "MSP",
    "GT": "MSPAS",
}
DRUGS = {
    "es": ["Metformina 850 mg", "Losartán 50 mg", "Enalapril 10 mg", "Paracetamol 500 mg", "Omeprazol 20 mg", "Amoxicilina 500 mg",
           "Furosemida 40 mg", "Ceftriaxona 1 g", "Insulina NPH 20 UI", "Sulfato ferroso 300 mg", "Ácido fólico 5 mg", "Ketorolaco 30 mg",
           "Tramadol 50 mg", "Clonazepam 2 mg", "Atorvastatina 20 mg", "Salbutamol 100 mcg"],
    "pt": ["Metformina 850 mg", "Losartana 50 mg", "Dipirona 1 g", "Captopril 25 mg", "Sinvastatina 20 mg", "Hidroclorotiazida 25 mg",
           "Amoxicilina 500 mg", "Omeprazol 20 mg", "Insulina NPH 100 UI/mL", "Sulfato ferroso 40 mg", "Glibenclamida 5 mg", "Paracetamol 750 mg"],
}  # fmt: skip
CONTROLLED_PT = [("Clonazepam 2 mg", "B1"), ("Diazepam 10 mg", "B1"), ("Alprazolam 0,5 mg", "B1"), ("Zolpidem 10 mg", "B1"),
                 ("Morfina 10 mg", "A1"), ("Metilfenidato 10 mg", "A3"), ("Fluoxetina 20 mg", "C1"), ("Amitriptilina 25 mg", "C1")]  # fmt: skip
LABS = {
    "es": ["Hb 10,2 g/dL", "glucosa 186 mg/dL", "creatinina 1,4 mg/dL", "PCR 48 mg/L", "leucocitos 14.300/mm³", "plaquetas 92.000/mm³",
           "HbA1c 8,9 %", "sodio 131 mEq/L", "potasio 5,2 mEq/L", "urea 62 mg/dL", "TGO 88 U/L", "bilirrubina total 2,1 mg/dL"],
    "pt": ["Hb 9,8 g/dL", "glicemia 212 mg/dL", "creatinina 1,6 mg/dL", "PCR 36 mg/L", "leucócitos 12.800/mm³", "plaquetas 84.000/mm³",
           "HbA1c 9,2%", "sódio 133 mEq/L", "potássio 4,9 mEq/L", "ureia 71 mg/dL", "TGO 64 U/L", "hematócrito 29%"],
}  # fmt: skip
ICD = {
    "es": [("J18.9", "neumonía adquirida en la comunidad"), ("E11.9", "diabetes mellitus tipo 2"), ("I10", "hipertensión arterial sistémica"),
           ("N39.0", "infección de vías urinarias"), ("K80.2", "colelitiasis"), ("I50.9", "insuficiencia cardiaca"), ("A90", "dengue sin signos de alarma"),
           ("S72.0", "fractura de cuello de fémur"), ("J44.1", "EPOC exacerbado"), ("O14.9", "preeclampsia")],
    "pt": [("J18.9", "pneumonia comunitária"), ("E11.9", "diabetes mellitus tipo 2"), ("I10", "hipertensão arterial sistêmica"),
           ("N39.0", "infecção do trato urinário"), ("I50.9", "insuficiência cardíaca"), ("A90", "dengue clássica"), ("I64", "AVC não especificado"),
           ("J44.1", "DPOC exacerbada"), ("F41.1", "ansiedade generalizada"), ("G40.9", "epilepsia")],
}  # fmt: skip
PHARMACIES = {"CL": ["Farmacia Popular Temuco", "Farmacia CESFAM Pulmahue", "Farmacia del Hospital de Puerto Montt"],
              "PE": ["Farmacia del Hospital Regional del Cusco", "Botica Inkafarma Wanchaq", "Farmacia del C.S. Belempampa"],
              "BR": ["Farmácia Popular do Brasil", "Drogaria Pague Menos", "Farmácia Municipal de Natal"],
              "MX": ["Farmacia del Ahorro", "Farmacia IMSS UMF 59"], "AR": ["Farmacia Del Pueblo", "Farmacia Belgrano"]}  # fmt: skip
LABNAMES = {"CO": ["Laboratorio Clínico Hematológico", "Dinámica IPS", "Laboratorio Clínico del Chocó"],
            "BR": ["Laboratório Central de Saúde Pública (LACEN-PE)", "Laboratório Hermes Pardini", "Laboratório Municipal de Natal"]}  # fmt: skip
EPS = [
    "Nueva EPS",
    "Sura EPS",
    "Salud Total EPS",
    "Asociación Indígena del Cauca EPS-I",
    "Anas Wayuu EPS-I",
    "Coosalud EPS",
]
OPERADORAS = [
    "Hapvida Saúde",
    "Unimed Natal",
    "Bradesco Saúde",
    "Amil Assistência Médica",
    "SulAmérica Saúde",
]
ISAPRES = ["Isapre Banmédica", "Isapre Colmena", "Isapre Cruz Blanca", "FONASA tramo B", "FONASA tramo C"]
MUTUALISTAS = ["ASSE", "CASMU", "COMERO", "Médica Uruguaya"]
OBRAS = ["PAMI", "IOMA", "OSECAC", "OSDE"]


def _lic(rng: random.Random, loc: str, role: str) -> tuple[str, P]:
    """A clinician's registration label (plain) and number (LICENSE)."""
    F = lambda pat: P("LICENSE", fill(rng, pat))  # noqa: E731
    uf = rng.choice(["PE", "RN", "MA", "PR", "SP"])
    table = {
        "MX": {"d": ("Céd. Prof.", "%######"), "e": ("Céd. Prof.", "%######"), "s": ("Céd. Prof.", "%#######")},
        "BR": {"d": (f"CRM-{uf}", "%####"), "e": (f"COREN-{uf}", "%##.###-ENF"), "s": (f"CRF-{uf}", "%####")},
        "AR": {"d": ("M.N.", "%#####"), "e": ("M.P.", "%####"), "s": ("M.P.", "%####")},
        "CL": {"d": ("RNPI", "%######"), "e": ("RNPI", "%######"), "s": ("RNPI", "%######")},
        "CO": {"d": ("RM", "%#####"), "e": ("TP", "%####-T"), "s": ("RETHUS", "%#########")},
        "PE": {"d": ("CMP", "%####"), "e": ("CEP", "%####"), "s": ("COQF", "%####")},
        "UY": {"d": ("CJPPU", "%####"), "e": ("MSP reg.", "%####"), "s": ("MSP reg.", "%####")},
        "EC": {"d": ("Reg. MSP", "%###-####-%#####"), "e": ("Reg. MSP", "%###-####-%#####"), "s": ("Reg. MSP", "%###-####-%#####")},
        "GT": {"d": ("Col.", "%####"), "e": ("Reg.", "%####"), "s": ("Col.", "%###")},
    }  # fmt: skip
    label, pat = table[loc][role]
    return label, F(pat)


PLAN_PATTERNS = {
    "AR": ("%###########00", "15-%#########-00"),
    "CL": ("%#########", "%######-#"),
    "CO": ("EPS%########", "%#########"),
    "PE": ("2-%#######-1", "%########"),
    "UY": ("%######", "%#####/#"),
    "EC": ("%#########", "IESS-%#######"),
    "GT": ("%###-#####-#", "%#########"),
}
MRN_PATTERNS = {"MX": ("%#######", "Exp-%######"), "BR": ("%######", "PR%#######"), "AR": ("HC %#####", "%######"), "CL": ("%#######", "FC-%######"),
                "CO": ("%#########", "HC-%#######"), "PE": ("%######", "HC %#####"), "UY": ("%#######", "%######"), "EC": ("%#######", "HCU-%#####"),
                "GT": ("%######", "%#####-##")}  # fmt: skip
PLATES = {"MX": "YY@-##-##", "BR": "@@@#@##", "AR": "@@ ### @@", "CL": "@@@@-##", "CO": "@@@ ###", "PE": "@#@-###", "UY": "S@@ ####", "EC": "P@@-####",
          "GT": "P ###@@@"}  # fmt: skip
ACCOUNTS = {
    "BR": lambda rng: fill(rng, "ag. %###-# c/c %####-#"),
    "CL": lambda rng: fill(rng, "cuenta RUT %#######"),
    "CO": lambda rng: fill(rng, "cuenta de ahorros %##-######-##"),
    "PE": lambda rng: fill(rng, "CCI 002-%##-00######%###-##"),
    "UY": lambda rng: fill(rng, "cuenta %#######"),
    "EC": lambda rng: fill(rng, "cta. ahorros 22%########"),
    "GT": lambda rng: fill(rng, "cuenta monetaria %##-######-#"),
    "MX": ids.clabe,
    "AR": ids.cbu,
}
OLD_M = {
    "lat77_epicrisis",
    "lat77_whatsapp_familia",
    "lat77_llamada_ambulancia",
    "lat77_orden_prestacion",
    "lat77_historia_ingreso",
}
OLD_P = {"lat77_certificado_defuncion", "lat77_dispensacion_farmacia", "lat77_interconsulta"}
PREGNANT = {"lat77_carnet_perinatal"}
FEMALE_P = PREGNANT | {"lat77_whatsapp_familia", "lat77_historia_ingreso"}
Y = 365


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    lang = loc.lang
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(560))
    used: set[str] = set()
    p_age = (
        (90 * Y + 20, 97 * Y)
        if kind in OLD_P
        else (17 * Y, 38 * Y)
        if kind in PREGNANT
        else (55 * Y, 72 * Y)
        if kind in OLD_M
        else (19 * Y, 86 * Y)
    )
    p = draw_person(rng, loc, used, d1, female=True if kind in FEMALE_P else None, age_days=p_age)
    pa = (d1 - p.dob).days
    r = draw_person(rng, loc, used, d1, culture=p.culture, home=p, family=p.fam1 if rng.random() < 0.5 else None,
                    age_days=(max(19 * Y, pa - 32 * Y), max(20 * Y, pa - 20 * Y)) if pa > 52 * Y else (max(19 * Y, pa - 4 * Y), pa + 6 * Y))  # fmt: skip
    m_age = (90 * Y + 20, 98 * Y) if kind in OLD_M else (max(19 * Y, pa - 8 * Y), pa + 10 * Y)
    m = draw_person(
        rng,
        loc,
        used,
        d1,
        female=True if kind in OLD_M else None,
        culture=p.culture,
        region=p.region,
        age_days=m_age,
    )
    ppl: dict[str, Person] = {"p": p, "r": r, "m": m}
    for x in ("d", "e", "s", "x", "y"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(27 * Y, 66 * Y))
    for i in range(1, 5):
        ppl[f"w{i}"] = draw_person(
            rng,
            loc,
            used,
            d1,
            age_days=(90 * Y + 20, 95 * Y) if i == 4 and kind in OLD_P else (18 * Y, 84 * Y),
        )
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
    # dates: d1 the index date (admission, visit, call), others around it
    dd = {"d1": d1, "d2": d1 + timedelta(days=rng.randint(2, 9)), "d3": d1 - timedelta(days=rng.randint(2, 6)),
          "d4": d1 + timedelta(days=rng.randint(12, 40)), "d5": d1 - timedelta(days=rng.randint(60, 400)),
          "d6": d1 + timedelta(days=rng.randint(1, 2)), "d7": d1 - timedelta(days=rng.randint(200, 250))}  # fmt: skip
    for key, d in dd.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d, lang).items()})
    s["fpp_dmy"] = P("DATE", f"{dd['d7'] + timedelta(days=280):%d/%m/%Y}")
    s["yr"] = K(str(rng.randint(p.dob.year + 18, d1.year - 2))) if pa > 30 * Y else K(str(d1.year - 1))
    # clinicians' registrations
    for x, role in (("d", "d"), ("x", "d"), ("e", "e"), ("s", "s"), ("y", "d")):
        s[f"{x}_lic_label"], s[f"{x}_lic"] = _lic(rng, loc_code, role)
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = F("MRN", *MRN_PATTERNS[loc_code])
    s["plan"] = F("HEALTH_PLAN", *PLAN_PATTERNS.get(loc_code, ("%#########",)))
    s["acct"] = P("ACCOUNT", ACCOUNTS[loc_code](rng))
    s["hacct"] = F("ACCOUNT", "%#######", "CTA-%######")
    s["folio"] = F("ID", "%#######", "%##-#####")
    s["folio2"] = F("ID", "%########", "%####/%###")
    s["nr"] = P("ID", fill(rng, "PE%#######") if loc_code == "BR" else fill(rng, "%#######"))
    s["do_no"] = F("ID", "%#######-#", "%########")
    s["rg"] = F("ID", "%.###.###", "%#.###.###-#")
    s["rfc"] = P("ID", ids.rfc(rng, p.nid)) if loc_code == "MX" else F("ID", "%######")
    s["proto"] = F("ID", f"{d1.year}%######", "%#######")
    s["guia"] = F("ID", "%##########", "%########")
    s["senha"] = F("ID", "%#######", "@@%######")
    s["autoriz"] = F("ID", "%##########", "AUT-%#######")
    s["fact"] = F("ID", "FE%#####", "FEV-%######")
    s["acc"] = F("ID", "%#########", "@%########")
    s["ref_no"] = F("ID", "%#####-%###", "REF-%######")
    s["dev"] = F("DEVICE", "%#########", "@@@%#######", "SN %##@#####")
    s["plate"] = P("VEHICLE", fill(rng, PLATES[loc_code]))
    s["vin"] = P(
        "VEHICLE", fill(rng, "%@@@@##@#@@%#####").replace("I", "J").replace("O", "P").replace("Q", "R")
    )
    s["ip"] = P("IP", ids.ipv4(rng))
    s["ip2"] = P("IP", ids.ipv4(rng))
    tok = fill(rng, "~~~~~~~~~~~~~~~~")
    s["url"] = P("URL", rng.choice([f"https://resultados.labclinico.example/informe/{tok}", f"https://portal.example-saude.com.br/laudo?id={tok}",
                                    f"https://wa.me/p/{tok}"]))  # fmt: skip
    # keep values
    s["hospital"], s["hospital2"] = (K(v) for v in rng.sample(HOSPITALS[loc_code], 2))
    s["inst"] = K(INSTITUTIONS[loc_code])
    dr = rng.sample(DRUGS[lang], 4)
    s["drug1"], s["drug2"], s["drug3"], s["drug4"] = (K(v) for v in dr)
    lb = rng.sample(LABS[lang], 4)
    s["lab1"], s["lab2"], s["lab3"], s["lab4"] = (K(v) for v in lb)
    (c1, t1), (c2, t2) = rng.sample(ICD[lang], 2)
    s["icd"], s["dx"], s["icd2"], s["dx2"] = K(c1), K(t1), K(c2), K(t2)
    s["ctrl"], s["lista"] = (K(v) for v in rng.choice(CONTROLLED_PT))
    s["pharmacy"] = K(rng.choice(PHARMACIES.get(loc_code, ["Farmacia Central"])))
    s["labname"] = K(rng.choice(LABNAMES.get(loc_code, ["Laboratorio Central"])))
    s["eps"] = K(rng.choice(EPS))
    s["operadora"] = K(rng.choice(OPERADORAS))
    s["isapre"] = K(rng.choice(ISAPRES))
    s["mutual"] = K(rng.choice(MUTUALISTAS))
    s["obra"] = K(rng.choice(OBRAS))
    s["cnpj"] = K(ids.cnpj(rng))
    s["nit"] = K(f"NIT {fill(rng, '8%#######')}-{rng.randint(0, 9)}")
    s["cuit_org"] = K(ids.cuil(ids.dni_ar(rng, date(1990, 1, 1)), False).replace("20-", "30-", 1))
    s["ta"] = K(f"{rng.randint(100, 170)}/{rng.randint(60, 100)}")
    s["fc"] = str(rng.randint(62, 118))
    s["temp"] = K(f"{rng.randint(365, 392) / 10:.1f} °C".replace(".", ","))
    s["sat"] = K(f"SatO2 {rng.randint(86, 98)}%")
    s["gest"] = K(f"{rng.randint(8, 38)} semanas")
    s["peso"] = f"{rng.randint(48, 96)} kg"
    s["talla"] = f"{rng.randint(140, 178)} cm"
    s["days"] = str(rng.randint(3, 14))
    return s


# ---- templates ------------------------------------------------------------------------------------------

EPICRISIS = {
    "MX": """‹INSTITUTO MEXICANO DEL SEGURO SOCIAL›                    «hospital»
NOTA DE EGRESO (‹Formato 4-30-128/72›)                        Servicio: Medicina Interna, cama 214
Nombre: «p_lf»          NSS: «p_nid2»          Agregado: 1M1960OR
CURP: «p_nid»          Expediente: «mrn»
Domicilio: «p_addr»          Tel.: «p_ph»
Fecha de ingreso: «d1_mx»          Fecha de egreso: «d2_mx»          Días de estancia: «days»
Cuenta paciente: «hacct»          Fecha de nacimiento: «p_dobmx»
Edad: «p_age» años          Sexo: «p_sex»
Dx de ingreso: «dx» («icd»)          Dx de egreso: «dx» («icd»); «dx2» («icd2»)
Resumen de la evolución: Pcte. que ingresa por urgencias con ‹fiebre, tos productiva y disnea de medianos esfuerzos›. Se
inicia «drug1» IV. Labs al ingreso: «lab1», «lab2», «lab3». Evoluciona a la mejoría, afebril desde el «d6_sh».
Cuidador(a) principal: su «r_hijo» «r_n» (tel. «r_ph»), quien vive con el pcte. y con la abuela «m_n», de «m_old» años, postrada.
Plan: cita a UMF con su médico familiar en 7 días; «drug2» c/12 h; «drug3» c/24 h. Datos de alarma explicados.
Elaboró: «d_dr» «d_n», «d_lic_label» «d_lic», MIP «x_i».      Vo.Bo. Jefe de servicio: «y_dr» «y_gf»
""",
    "CL": """SERVICIO DE SALUD ARAUCANÍA SUR — «hospital»
EPICRISIS                                                     Ficha clínica: «mrn»
Paciente: «p_NC»          RUT: «p_nid»          Previsión: «isapre»
Fecha nacimiento: «p_dob» («p_age» años)          Domicilio: «p_addr»
Fono: «p_ph» / «p_ph2»          Correo: «p_em»
Ingreso: «d1_dmy»          Alta: «d2_dmy»          Servicio: Medicina, sala 3          N° cuenta: «hacct»
Diagnóstico principal: «dx» («icd»)          Diagnósticos secundarios: «dx2» («icd2»), ‹HTA›
Paciente hablante de ‹mapudungun›, acompañad«p_a» por su hij«r_a» «r_n» (fono «r_ph»), facilitador intercultural
presente. Vive con su madre, «m_gf», de «m_old» años, que requiere cuidados; se coordina visita domiciliaria del CESFAM.
Exámenes: «lab1», «lab2»; ‹Rx tórax› con condensación basal derecha. Tratamiento: «drug1», luego «drug2» oral.
Indicaciones al alta: «drug2» por «days» días, «drug3». Control en policlínico el «d4_dmy». ‹GES: no›.
Médico tratante: «d_dr» «d_n» (RUT «x_nid»)  —  Enfermera: «e_n», «e_lic_label» «e_lic»
""",
}

RECETA = {
    "MX": """«hospital» — Consulta externa                       ‹RECETA MÉDICA› Folio: «folio»
«d_dr» «d_NC»      ‹Médico Cirujano› · ‹Medicina Familiar›
Cédula Profesional «d_lic» · Céd. Esp. «x_lic»          Tel. consultorio: «d_ph»
Paciente: «p_n»          Edad: «p_age» años          Fecha: «d1_mx»
RFC: «rfc»          CURP: «p_nid»          Tel.: «p_ph»
Domicilio: «p_line», «p_hood», «p_town», «p_abbr»
Peso: «peso»   Talla: «talla»   T/A: «ta»   Temp: «temp»
Dx: «dx» (CIE-10 «icd»)
Rp.
1. «drug1» — tomar 1 tableta cada 12 horas por 30 días.
2. «drug2» — 1 cada 24 hrs.
3. ‹Clonazepam 2 mg› — ½ tableta por la noche (‹Fracción II›, código de barras ‹COFEPRIS›).
Próxima cita: «d4_mx». Surtir en: «pharmacy».
Firma: «d_i»      Pte. «p_f1» autoriza recoger a «r_n» (INE), cel. «r_ph».
""",
    "AR": """RECETA ELECTRÓNICA — ‹Ley 27.553›                                 CUIR: «folio2»
Prescriptor: «d_dr» «d_n»   «d_lic_label» «d_lic»   Especialidad: ‹Clínica Médica›
Afiliado: «p_lf»   DNI: «p_nid»   CUIL: «p_nid2»
Obra social: «obra»   N° de afiliado: «plan»
Fecha de prescripción: «d1_dmy»   Vence: «d4_dmy»
Diagnóstico: «dx» («icd»)
Rp/ «drug1» — ‹1 envase x 30 comprimidos›; «drug2» — ‹1 envase x 28›
Observaciones: paciente de «p_age» años, vive en «p_line», «p_hood», «p_town»; retira su hij«r_a» «r_gf» (DNI «r_nid»).
Teléfono de contacto: «p_ph» — correo para la receta: «p_em»
Validada por farmacéutica «s_n», «s_lic_label» «s_lic», «pharmacy», el «d2_dmy».
""",
}

RECEITA = {
    "BR": """‹NOTIFICAÇÃO DE RECEITA› «lista»                 Nº «nr»                 UF: «p_abbr»
IDENTIFICAÇÃO DO EMITENTE: «d_dr» «d_n» — «d_lic_label» «d_lic»
Endereço do consultório: Av. Conde da Boa Vista, 1100, sala 804 — Recife/PE   Telefone: «d_ph»
Paciente: «p_n»
Endereço: «p_addr»
Medicamento: «ctrl» — ‹30 (trinta) comprimidos›. Posologia: 1 comprimido à noite.
Data: «d1_long»                                              Assinatura: «d_i»
IDENTIFICAÇÃO DO COMPRADOR: «r_n»   RG: «rg»   Órgão emissor: SDS/«p_abbr»
Endereço: «r_line», «r_town»   Telefone: «r_ph»
IDENTIFICAÇÃO DO FORNECEDOR: «pharmacy» — farmacêutic«s_a» «s_n», «s_lic_label» «s_lic», dispensado em «d2_dmy»
------------------------------------------------------------------------------------------------
RECEITUÁRIO DE CONTROLE ESPECIAL (‹Portaria SVS/MS nº 344/98›) — 1ª via farmácia / 2ª via paciente
Paciente: «p_NC»   CPF: «p_nid»   Cartão SUS: «p_nid2»
Prescrição: «ctrl», uso contínuo; «drug1» 1x/dia. Diagnóstico: «dx» (CID-10 «icd»).
""",
}

NOTIFICACION = {
    "MX": """‹SINAVE› — ESTUDIO EPIDEMIOLÓGICO DE CASO DE ENFERMEDAD TRANSMITIDA POR VECTOR          Folio SINAVE: «folio»
Unidad notificante: «hospital» (‹CLUES YNSSA000421›)          Jurisdicción Sanitaria No. 1
I. IDENTIFICACIÓN: «p_lf»   CURP: «p_nid»   Sexo: «p_sex»   Edad: «p_age» años
Fecha de nacimiento: «p_dobmx»   Derechohabiencia: «inst», NSS «p_nid2»
Domicilio: «p_addr»   Teléfono: «p_ph»
¿Habla lengua indígena? Sí — ‹maya›
II. ANTECEDENTES: inicio de síntomas «d3_mx»; fecha de primer contacto «d1_mx». Viaje reciente: no.
III. CUADRO CLÍNICO: fiebre, cefalea, mialgias, ‹exantema›; sin datos de alarma. «lab1»; «lab2».
IV. LABORATORIO: ‹NS1› positivo; muestra enviada a ‹InDRE› el «d6_mx», folio de muestra «acc».
Contactos en el domicilio: «r_n» («r_age» a), «m_n» («m_age» a).
Notificó: «e_n», «e_lic_label» «e_lic», epidemiología hospitalaria, «e_em».  Vo.Bo. «d_dr» «d_n».
""",
    "BR": """SINAN — ‹FICHA DE INVESTIGAÇÃO DENGUE E FEBRE DE CHIKUNGUNYA›          Nº da notificação: «folio»
Agravo: ‹Dengue› (CID-10 ‹A90›)   Data da notificação: «d1_dmy»   UF: «p_abbr»
Unidade de saúde: «hospital» (‹CNES 0000434›)   Data dos primeiros sintomas: «d3_dmy»
Nome do paciente: «p_NC»   Data de nascimento: «p_dob»   Idade: «p_age» anos   Sexo: «p_sex»
Gestante: 5-Não   Raça/cor: parda   Escolaridade: ‹ensino fundamental incompleto›
Nº do cartão SUS: «p_nid2»   Nome da mãe: «m_NC»
Residência: «p_line», bairro «p_hood», município «p_town», CEP «p_zip»   Telefone: «p_ph»
Zona: urbana   País: Brasil
Sinais clínicos: febre, mialgia, cefaleia, ‹exantema›, ‹dor retro-orbital›. Prova do laço: negativa.
Exames: «lab1», «lab2». ‹Sorologia IgM› coletada em «d6_dmy» (amostra «acc»).
Investigador: «e_n» («e_lic_label» «e_lic»), vigilância epidemiológica, «e_em»   Digitado por «s_gf» em «d2_dmy»
""",
}

DEFUNCION = {
    "MX": """‹CERTIFICADO DE DEFUNCIÓN›                              Folio: «do_no»
1. Nombre del fallecido: «p_NC»          CURP: «p_nid»
2. Sexo: «p_sexo»   3. Fecha de nacimiento: «p_dobmx»   4. Edad cumplida: «p_old» años
5. Residencia habitual: «p_line», «p_hood», «p_town», «p_abbr»
6. Afiliación a servicios de salud: «inst» (NSS «p_nid2»)
7. Estado conyugal: viud«p_a»   8. Ocupación: ‹hogar›
9. Fecha de la defunción: «d1_dmy», 04:35 h   10. Sitio: hospital, «hospital»
11. CAUSAS DE LA DEFUNCIÓN: a) «dx» («icd»), 5 días; b) «dx2» («icd2»), 3 años; c) ‹desnutrición proteico-calórica›
12. ¿Recibió atención médica? Sí.  ¿Se practicó necropsia? No.
13. Certificada por: «d_dr» «d_n», médico tratante, «d_lic_label» «d_lic»; domicilio del certificante: el del hospital.
14. Informante: «r_n», parentesco hij«r_a», domicilio «r_line», «r_town»; tel. «r_ph»
Lugar de nacimiento: «m_town», «p_region»
Fecha de certificación: «d1_mx»  ·  Registro Civil, acta «folio», asentada el «d2_long»; correo del informante «r_em»
""",
    "BR": """‹DECLARAÇÃO DE ÓBITO›                                            Nº «do_no»
Cartório: Registro Civil das Pessoas Naturais
I — IDENTIFICAÇÃO. Nome do falecido: «p_NC»
Nome do pai: «x_NC»   Nome da mãe: «y_NC»
Data de nascimento: «p_dob»   Idade: «p_old» anos   Sexo: «p_sexo»   Raça/cor: preta
Estado civil: viúv«p_a»   Escolaridade: sem escolaridade   Ocupação: ‹agricultor(a) aposentado(a)›
CPF: «p_nid»   Cartão SUS: «p_nid2»
II — RESIDÊNCIA: «p_addr»
III — OCORRÊNCIA: data do óbito «d1_dmy», hora 23:10; local: hospital — «hospital»
IV — CONDIÇÕES E CAUSAS DO ÓBITO: a) «dx» («icd»); b) «dx2» («icd2»); II — ‹doença renal crônica›
V — MÉDICO: «d_n», «d_lic_label» «d_lic», contato «d_ph»; atestado em «d1_long»
Declarante: «r_n» (filh«r_a»), telefone «r_ph», e-mail «r_em»
""",
}

CARNET = {
    "AR": """CARNÉ PERINATAL — ‹CLAP/SMR-OPS/OMS› · Programa ‹SUMAR›                «hospital»
Nombre: «p_n»   DNI: «p_nid»   Fecha nac.: «p_dob»   Edad: «p_age»
Domicilio: «p_line», «p_hood», «p_town»   Tel.: «p_ph»
Estudios: secundaria   Estado civil: unión estable con «r_n» («r_ph»)
Antecedentes: ‹gestas 2, partos 1, cesáreas 0›. Último parto «yr».
FUM: «d7_dmy»   FPP: «fpp_dmy»   Eco < 20 sem: sí   Grupo y factor: ‹0 Rh+›
Controles prenatales:
  «d5_sh»   EG ‹12 sem›   TA ‹110/70›   AU —   «d_dr» «d_gf»
  «d3_sh»   EG «gest»   TA «ta»   ‹VDRL no reactiva›, «lab1»   Obst. «e_n» («e_lic_label» «e_lic»)
  «d1_sh»   ‹antitetánica 2ª dosis›, ‹ácido fólico y sulfato ferroso›
Próximo control «d4_dmy». Contacto de emergencia: su madre «m_n», tel. «m_ph».
Obra social: ninguna (cobertura pública) — N° de beneficiaria SUMAR: «plan»
""",
    "PE": """MINSA — ‹CARNÉ DE CONTROL PRENATAL›                          Establecimiento: «hospital»
Apellidos y nombres: «p_lf»          DNI: «p_nid»          H.C.: «mrn»
Fecha de nacimiento: «p_dob»          Edad: «p_age» años          Idioma: ‹quechua›
Dirección: «p_line», «p_hood», distrito «p_town», «p_region»          Cel.: «p_ph»
Seguro: SIS gratuito, afiliación «plan»
Pareja: «r_n», DNI «r_nid»
FUR: «d7_dmy»      FPP: «fpp_dmy»      ‹G2 P1001›
CPN 1  «d5_dmy»  EG ‹10 ss›  PA ‹100/60›  Hb 11,4 g/dL   — Obst. «e_n», «e_lic_label» «e_lic»
CPN 4  «d1_dmy»  EG «gest»  PA «ta»  «lab1»; ‹sulfato ferroso + ácido fólico›
Plan de parto: casa de espera materna; acompañante su suegra «m_n» (cel. «m_ph»).
Próxima cita: «d4_dmy».   Responsable: «d_dr» «d_n», «d_lic_label» «d_lic»
""",
}

TRIAGE = {
    "AR": """GUARDIA EXTERNA — «hospital» — REGISTRO DE TRIAGE                 «d1_dmy»
Hora  | Paciente                         | DNI          | Edad | Motivo                         | Nivel
03:12 | «w1_lf»             | «w1_nid»    | «w1_age»   | dolor torácico opresivo        | ‹ROJO (I)›
03:40 | «p_lf»              | «p_nid»     | «p_age»   | disnea, fiebre 4 días          | ‹NARANJA (II)›
04:05 | «w2_lf»             | «w2_nid»    | «w2_age»   | herida cortante mano izq.      | ‹AMARILLO (III)›
04:22 | «w3_lf»             | «w3_nid»    | «w3_age»   | lumbalgia                      | ‹VERDE (IV)›
Paciente 03:40: TA «ta», FC «fc», «temp», «sat». Obra social: «obra» n° «plan».
Acompañante: «r_n», tel. «r_ph». Domicilio: «p_line», «p_hood», «p_town».
Triage: Enf. «e_n», «e_lic_label» «e_lic».  Médico de guardia: «d_dr» «d_n» («d_lic_label» «d_lic»).
""",
    "CO": """URGENCIAS — «hospital» — ‹TRIAGE (Resolución 5596 de 2015)›
Fecha y hora de llegada: «d1_dash» 22:47          Consecutivo de atención: «folio»
Paciente: «p_NC»          C.C. «p_nid»          Edad: «p_age» años          F. nac.: «p_dobiso»
Historia clínica: «mrn»          Correo: «p_em»
EPS: «eps»          N° afiliación: «plan»          Régimen: subsidiado
Dirección: «p_line», «p_hood», «p_town»          Celular: «p_ph»
Acompañante: «r_n» (esposo/a), cel. «r_ph»
Motivo de consulta: «dolor abdominal desde ayer y vómito»
Signos vitales: TA «ta», FC «fc», «temp», «sat», ‹Glasgow 15/15›
Clasificación: ‹TRIAGE II› — atención en menos de 30 minutos
Antecedentes: «dx2» («icd2»); toma «drug1».
Clasificó: Enf. «e_n», «e_lic_label» «e_lic».  Ingreso a sala de observación por «d_dr» «d_gf».
""",
}

INTERCONSULTA = {
    "CL": """SOLICITUD DE INTERCONSULTA — ‹SIC› N° «folio»                         «hospital»
Especialidad de destino: ‹Geriatría›          Prioridad: preferente          ‹GES: no›
Nombre: «p_n»          RUT: «p_nid»          Edad: «p_old» años          Previsión: «isapre»
Dirección: «p_addr»          Teléfono: «p_ph»
Hipótesis diagnóstica: «dx» («icd»); ‹síndrome de caídas›; «dx2».
Fundamento: paciente de «p_old» años, autovalente hasta hace 3 meses, 2 caídas en «d5_dmy» y «d3_dmy». Vive con su «r_hijo»
«r_n» (fono «r_ph»). Barthel 55. Fármacos: «drug1», «drug2», «drug3».
Exámenes: «lab1», «lab2».
Médico solicitante: «d_n», RUT «x_nid», «d_lic_label» «d_lic» — CESFAM, «d1_dmy»
RESPUESTA (contrarreferencia): evaluado por «y_dr» «y_n» el «d4_dmy». Se suspende «drug3».
""",
    "UY": """INTERCONSULTA — «hospital» — Policlínica de ‹Cardiología›
Usuario: «p_lf»          C.I. «p_nid»          Edad: «p_old» años
Prestador: «mutual», socio n° «plan»          Fecha: «d1_dmy»
Domicilio: «p_addr»          Tel.: «p_ph»          Referente: «r_hijo» «r_n», «r_ph»
Motivo: ‹fibrilación auricular› de reciente diagnóstico; ‹disnea CF II›. «dx» («icd»).
Portador de marcapasos ‹Medtronic Azure XT›, n° de serie «dev», implantado el «d5_dmy».
Medicación: «drug1», «drug2». ‹ECG›: FA con respuesta ventricular 110 cpm. «lab1», «lab2».
Solicita: «d_dr» «d_n», «d_lic_label» «d_lic» (medicina general, policlínica barrial)
Respuesta «d4_dmy»: se inicia ‹apixabán 2,5 mg c/12 h› por edad ≥ 80. Control en 3 meses. Firma: «y_dr» «y_i».
""",
}

INGRESO = {
    "EC": """MSP — ‹FORMULARIO 003 ANAMNESIS Y EXAMEN FÍSICO›              «hospital»
H. CL.: «mrn»          Cédula: «p_nid»          Fecha de ingreso: «d1_dmy»
Apellidos: «p_FAM»          Nombres: «p_g»          Edad: «p_age»          Sexo: «p_sex»
Autoidentificación étnica: ‹indígena›, pueblo ‹Otavalo›; idioma ‹kichwa› y castellano
Residencia: «p_line», «p_hood», «p_town», «p_region»          Teléfono: «p_ph»
Seguro: IESS campesino, afiliado «plan»
En caso necesario avisar a: «r_n», «r_ph»
Motivo de consulta: ‹dolor abdominal en hipocondrio derecho›. Enfermedad actual: cuadro de 3 días...
Antecedentes: «dx2» («icd2»). Vive con su madre «m_n», de «m_old» años, a quien cuida.
Examen físico: TA «ta», FC «fc», «temp». Murphy positivo.
Impresión diagnóstica: «dx» («icd»). Exámenes: «lab1», «lab2».
Médico residente: «x_dr» «x_n» · Médico tratante: «d_dr» «d_n», «d_lic_label» «d_lic»
""",
    "GT": """MSPAS — «hospital» — HISTORIA CLÍNICA DE INGRESO                    Registro médico: «mrn»
Nombre: «p_n»          DPI/CUI: «p_nid»          Edad: «p_age» años
Fecha de nacimiento: «p_dob»          Etnia: ‹maya› (‹k'iche'›)          Idioma: ‹k'iche'›, traductora: «x_n»
Dirección: «p_line», «p_hood», «p_town», «p_region»          Tel.: «p_ph»
Afiliación IGSS: «plan»          Responsable: «r_n» («r_ph»)
Fecha y hora de ingreso: «d1_dmy» 14:20          Servicio: ‹Medicina de Mujeres›
HEA: paciente refiere ‹tos con flema y fiebre› de 5 días; tratada en centro de salud con «drug1».
Antecedentes: cuida a su suegra «m_n», de «m_old» años, encamada.
Examen físico: PA «ta», FC «fc», «temp», «sat». Estertores basales.
Impresión clínica: «dx» («icd»). Plan: «drug2», «drug3»; «lab1».
Médico: «d_dr» «d_n», colegiado «d_lic» · Enf. «e_n»
""",
}

PRONTUARIO = {
    "BR": """{"exportacao":{"sistema":"e-SUS APS PEC","versao":"5.2.38","municipio":"«p_town»","ibge":"2408102","gerado_em":"«d2_iso»T08:11:03-03:00","ip_origem":"«ip»"},
"cidadao":{"nome":"«p_n»","nomeSocial":null,"cpf":"«p_nid»","cns":"«p_nid2»","dataNascimento":"«p_dobiso»","sexo":"«p_sex»",
"nomeMae":"«m_n»","telefoneCelular":"«p_ph»","email":"«p_em»",
"endereco":{"logradouro":"«p_line»","bairro":"«p_hood»","cep":"«p_zip»","uf":"«p_abbr»"},"microarea":"03","equipe":"‹ESF Vila Nova›"},
"atendimentos":[{"data":"«d1_iso»","profissional":"«d_n»","conselho":"«d_lic_label» «d_lic»","cbo":"225142",
"soap":{"subjetivo":"Refere tontura e cefaleia.","avaliacao":"«dx»","ciap2":"‹K86›","cid10":"«icd»"},
"prescricao":["«drug1»","«drug2»"],"exames":["«lab1»","«lab2»"]},
{"data":"«d4_iso»","profissional":"«e_n»","conselho":"«e_lic_label» «e_lic»","tipo":"visita domiciliar ACS «s_n»"}]}
""",
    "BR#mv": """{"resourceType":"Bundle","type":"collection","meta":{"source":"MV Soul 2.0 / ‹RNDS›","lastUpdated":"«d2_iso»T17:40:12-03:00"},
"entry":[{"resource":{"resourceType":"Patient","identifier":[{"system":"cpf","value":"«p_nid»"},{"system":"cns","value":"«p_nid2»"},
{"system":"prontuario","value":"«mrn»"}],"name":[{"text":"«p_NC»"}],"birthDate":"«p_dobiso»","gender":"«p_sexo»",
"telecom":[{"system":"phone","value":"«p_ph»"},{"system":"email","value":"«p_em»"}],
"address":[{"line":["«p_line»","«p_hood»"],"city":"«p_town»","state":"«p_abbr»","postalCode":"«p_zip»"}],
"contact":[{"relationship":"filho(a)","name":"«r_n»","telecom":"«r_ph»"}]}},
{"resource":{"resourceType":"Encounter","period":{"start":"«d1_iso»","end":"«d2_iso»"},"serviceProvider":"«hospital»",
"participant":"«d_n» («d_lic_label» «d_lic»)","diagnosis":"«icd» «dx»","account":"«hacct»"}},
{"resource":{"resourceType":"MedicationRequest","medication":"«drug1»","requester":"«x_n»"}},
{"resource":{"resourceType":"Observation","code":"‹LOINC 718-7›","valueString":"«lab1»","issued":"«d6_iso»"}},
{"resource":{"resourceType":"Condition","code":"«icd2»","note":"«dx2»"}},
{"resource":{"resourceType":"AuditEvent","agent":"«s_n»","source":"«ip»","note":"prontuário aberto"}}]}
""",
}

WHATSAPP = {
    "MX": """«d1_yy», 7:42 p. m. - «r_gf»: Buenas noches «d_dr», soy «r_hijo» de «p_n», la paciente de la cama 12
«d1_yy», 7:43 p. m. - «r_gf»: Mi mamá sigue con la presión en «ta» y le duele la cabeza
«d1_yy», 7:44 p. m. - «r_gf»: y el glucómetro que le dio el ‹IMSS› (‹Accu-Chek Instant›, serie «dev») marca ‹HI›
«d1_yy», 7:45 p. m. - «d_dr» «d_gf»: Buenas noches. ¿Ya le dio su «drug1»? Mándeme foto de la receta
«d1_yy», 7:46 p. m. - «r_gf»: <Multimedia omitido>
«d1_yy», 7:48 p. m. - «r_gf»: Su NSS es «p_nid2» y el CURP «p_nid» por si lo necesita para el pase
«d1_yy», 7:50 p. m. - «d_dr» «d_gf»: Llévela a urgencias del «hospital». Que pregunten por «e_n». Suspenda «drug2».
«d1_yy», 7:51 p. m. - «r_gf»: 👍 gracias, mi hermano «x_gf» la lleva en su carro
«d6_yy», 9:15 a. m. - «r_gf»: Ya nos dieron de alta, gracias. Mi abuelita «m_gf» (tiene «m_old» años) también anda mal
«d6_yy», 9:16 a. m. - «r_gf»: Vivimos en «p_line», «p_hood», por si puede venir el equipo de visita. Mi cel es «r_ph»
«d6_yy», 9:20 a. m. - «d_dr» «d_gf»: Le paso el contacto de la trabajadora social «s_n» «s_ph»
""",
    "BR": """[«d1_dmy» 21:03] «r_gf»: boa noite «d_dr», aqui é «r_n» filh«r_a» da «p_gf»
[«d1_dmy» 21:03] «r_gf»: minha mãe tá com a glicose ‹312› mesmo tomando a «drug1»
[«d1_dmy» 21:05] «d_dr» «d_gf»: Boa noite! Ela tá comendo? Tá tomando a ‹Insulina NPH› certinho?
[«d1_dmy» 21:06] «r_gf»: tá sim. e o aparelho de pressão ‹Omron HEM-7122› (nº de série «dev») deu «ta»
[«d1_dmy» 21:06] «r_gf»: sim. o cartão do sus dela é «p_nid2» e o cpf «p_nid»
[«d1_dmy» 21:08] «d_dr» «d_gf»: Leva ela amanhã cedo na UBS, fala com a enfermeira «e_gf». Se piorar, UPA ou SAMU 192.
[«d6_dmy» 08:12] «r_gf»: dra a vovó «m_n» de «m_old» anos tb tá gripada, pode ver ela junto?
[«d6_dmy» 08:13] «r_gf»: endereço é «p_line», «p_hood» (perto do mercadinho)
[«d6_dmy» 08:20] «d_dr» «d_gf»: Pode sim. Meu e-mail pra mandar os exames: «d_em»
[«d6_dmy» 08:21] «r_gf»: ‹Figurinha omitida›
[«d6_dmy» 08:25] «r_gf»: meu irmão «x_n» leva ela, o zap dele é «x_ph»
""",
}

LABORATORIO = {
    "CO": """«labname» — «nit»
INFORME DE RESULTADOS                                   Orden: «acc»
Paciente: «p_NC»          Documento: CC «p_nid»          Edad: «p_age» años   Sexo: «p_sex»
EPS: «eps»          Fecha toma: «d1_dash» 06:40          Fecha validación: «d6_dash» 11:02
Médico remitente: «d_dr» «d_n»          Sede: «hospital»          Historia: «mrn»
Fecha de nacimiento: «p_dobdash»          Acudiente: «r_n», cel. «r_ph»
HEMOGRAMA (‹Sysmex XN-1000›)
  ‹Hemoglobina›          «lab1»
  ‹Recuento de plaquetas›  «lab2»
QUÍMICA CLÍNICA
  «lab3»
  «lab4»
Validado por: Bact. «e_n», ‹RETHUS› «e_lic»          Consulte en línea: «url»
Dirección del paciente: «p_line», «p_hood», «p_town» · Celular: «p_ph» · «p_em»
""",
    "BR": """«labname»                               CNPJ: «cnpj»
LAUDO DE EXAMES LABORATORIAIS                                Protocolo: «acc»
Paciente: «p_NC»   Data de nasc.: «p_dob»   Sexo: «p_sexo»   CNS: «p_nid2»
Solicitante: «d_dr» «d_n» — «d_lic_label» «d_lic»   Convênio: SUS
Coleta: «d1_dmy» 07:15   Liberação: «d6_dmy» 16:48
HEMOGRAMA COMPLETO — Material: sangue total EDTA
  «lab1»          «lab2»
BIOQUÍMICA — Material: soro
  «lab3»          «lab4»
Responsável técnic«e_a»: «e_n», CRBM-2 «e_lic»   Liberado eletronicamente por «s_n»
Resultado on-line: «url»  (acesso pelo CPF «p_nid»)
Endereço cadastrado: «p_addr» · Tel. «p_ph»
""",
}

DISPENSACION = {
    "CL": """«pharmacy» — LIBRO DE DESPACHO DE RECETAS (extracto)           Q.F. «s_n», «s_lic_label» «s_lic»
Fecha      | Hora  | Receta    | Paciente                       | RUT              | Medicamento               | Cant.
«d1_dmy» | 09:12 | «folio»  | «w1_n»    | «w1_nid»     | «drug1»        | 60
«d1_dmy» | 09:30 | «folio2» | «w2_n»    | «w2_nid»     | «drug2»        | 30
«d1_dmy» | 10:05 | «nr»     | «p_n»     | «p_nid»      | «drug3» (‹PNAC›) | 2
«d6_dmy» | 11:48 | «guia»   | «w4_n»    | «w4_nid»     | ‹Tramadol 50 mg› (‹receta retenida›) | 20
Observación: retira por «p_g» («p_old» años, postrad«p_a») su «r_hijo» «r_n», RUT «r_nid», fono «r_ph».
Observación: «w4_gf» tiene «w4_old» años; receta de «d_dr» «d_n», retira cuidadora «e_n».
""",
    "PE": """«pharmacy» — REGISTRO DE DISPENSACIÓN (‹SISMED›)                Resp.: Q.F. «s_n», «s_lic_label» «s_lic»
N° | Fecha | Paciente | DNI | H.C. | Producto | Cant. | Financiador
1 | «d1_dmy» | «w1_lf» | «w1_nid» | «mrn» | «drug1» | 30 | SIS
2 | «d1_dmy» | «w2_lf» | «w2_nid» | - | «drug2» | 10 | venta
3 | «d6_dmy» | «p_lf» | «p_nid» | - | «drug3» | 14 | SIS «plan»
4 | «d6_dmy» | «w4_lf» | «w4_nid» | - | ‹Paracetamol 500 mg› | 20 | SIS
Nota: «p_g» tiene «p_old» años, recoge su «r_hijo» «r_n» (cel. «r_ph»). «w4_gf», de «w4_old» años, atendid«w4_a» en domicilio por «e_n».
Receta de «d_dr» «d_n», «d_lic_label» «d_lic». ‹Petitorio Nacional Único de Medicamentos Esenciales›.
""",
}

AMBULANCIA = {
    "BR": """SAMU 192 — CENTRAL DE REGULAÇÃO MÉDICA DAS URGÊNCIAS                Ocorrência nº «proto»
Data/hora da ligação: «d1_dmy» 02:17:44   TARM: «s_n»   Médico regulador: «d_dr» «d_n» («d_lic_label» «d_lic»)
Solicitante: «r_n» (filh«r_a»)   Telefone de retorno: «r_ph»
Endereço da ocorrência: «p_line» - «p_hood», «p_town»; ponto de referência: ao lado da igreja
Vítima: «p_n», «p_age» anos. Queixa: ‹dor torácica› há 40 min, sudorese. Mãe «m_gf», «m_old» anos, mora junto.
02:19 Regulação: envio de ‹USA 03› (suporte avançado). 02:31 chegada ao local. ‹ECG: supra de ST em DII, DIII, aVF›.
02:58 Destino: «hospital». Recebido por «x_dr» «x_n». ‹AAS 300 mg› e ‹clopidogrel 300 mg› no local.
Acidente prévio na via (veículo «plate», chassi «vin») — sem relação; atendido pela ‹USB 11›.
Enfermeir«e_a» da USA: «e_n», «e_lic_label» «e_lic»
""",
    "CL": """SAMU 131 — CENTRO REGULADOR — REGISTRO DE LLAMADA                       N° de atención «proto»
«d1_dmy» 18:04:12  Llamante: «r_n», fono «r_ph» (hij«r_a»)
Dirección: «p_line», «p_hood», comuna «p_town»; referencia: frente a la sede vecinal
Paciente: «p_n», RUT «p_nid», «p_age» años. Motivo: ‹accidente de tránsito›, peatón atropellado.
Vehículo involucrado: patente «plate», conductor «x_n» (fono «x_ph»), retenido por Carabineros.
18:06 despacho ‹móvil M2› (avanzado). 18:19 en el lugar: ‹Glasgow 14›, «sat», TA «ta».
18:41 traslado a «hospital». Receptor: «y_dr» «y_n».
Reguladora: «d_dr» «d_n» · Operador: «s_gf» · Vive con su madre «m_n» («m_old» años), que queda con vecina.
""",
}

AUTORIZACION = {
    "BR": """<?xml version="1.0" encoding="ISO-8859-1"?>
<ans:mensagemTISS xmlns:ans="http://www.ans.gov.br/padroes/tiss/schemas">
 <ans:cabecalho><ans:identificacaoTransacao><ans:tipoTransacao>SOLICITACAO_PROCEDIMENTOS</ans:tipoTransacao>
  <ans:dataRegistroTransacao>«d1_iso»</ans:dataRegistroTransacao></ans:identificacaoTransacao>
  <ans:Padrao>‹4.01.00›</ans:Padrao></ans:cabecalho>
 <ans:guiaSolicitacaoInternacao>
  <ans:numeroGuiaPrestador>«guia»</ans:numeroGuiaPrestador><ans:numeroGuiaOperadora>«folio»</ans:numeroGuiaOperadora>
  <ans:dataAutorizacao>«d2_iso»</ans:dataAutorizacao><ans:senha>«senha»</ans:senha><ans:dataValidadeSenha>«d4_iso»</ans:dataValidadeSenha>
  <ans:dadosBeneficiario><ans:numeroCarteira>«plan»</ans:numeroCarteira><ans:nomeBeneficiario>«p_NC»</ans:nomeBeneficiario>
   <ans:numeroCNS>«p_nid2»</ans:numeroCNS></ans:dadosBeneficiario>
  <ans:dadosProfissionalSolicitante><ans:nomeProfissional>«d_n»</ans:nomeProfissional>
   <ans:conselhoProfissional>06</ans:conselhoProfissional><ans:numeroConselhoProfissional>«d_lic»</ans:numeroConselhoProfissional></ans:dadosProfissionalSolicitante>
  <ans:dadosHospitalSolicitado><ans:nomeContratado>«hospital»</ans:nomeContratado><ans:cnpjContratado>«cnpj»</ans:cnpjContratado></ans:dadosHospitalSolicitado>
  <ans:dataSugeridaInternacao>«d6_iso»</ans:dataSugeridaInternacao><ans:indicacaoClinica>«dx»</ans:indicacaoClinica>
  <ans:diagnosticoCID>«icd»</ans:diagnosticoCID>
  <ans:observacao>Operadora «operadora». Beneficiário nascido em «p_dob», contato «p_ph», e-mail «p_em». Auditora: «e_n», «e_lic_label» «e_lic», «e_em».</ans:observacao>
 </ans:guiaSolicitacaoInternacao></ans:mensagemTISS>
""",
    "CO": """«eps» — ‹AUTORIZACIÓN DE SERVICIOS DE SALUD› (‹Resolución 2335 de 2023›)
Número de autorización: «autoriz»          Fecha: «d1_dash»          Vigencia: 90 días
Prestador: «hospital», «nit»
Usuario: «p_lf»          Tipo y número de documento: CC «p_nid»
Fecha de nacimiento: «p_dobdash»          Afiliación: «plan», régimen contributivo
Dirección: «p_line», «p_hood», «p_town»          Teléfono: «p_ph»          Correo: «p_em»
Servicio autorizado: ‹CUPS 881302› ecografía de abdomen total; ‹CUPS 890250› consulta especializada
Diagnóstico: «icd» — «dx»
Solicitado por: «d_dr» «d_n», «d_lic_label» «d_lic»          Orden médica del «d3_dash»
Autorizó: «s_n», auditor(a) médico(a), «s_em»
Cuota moderadora: ‹$4.700›   Pago por transferencia desde «acct»
""",
}

RIPS = {
    "CO": """==> US{nit_file}.txt <==
CC,«p_nid»,EPS037,2,«p_FAM»,«p_g»,«p_age»,1,«p_sex»,19,001,U
CC,«w1_nid»,EPS037,2,«w1_FAM»,«w1_g»,«w1_age»,1,«w1_sex»,19,001,U
==> AC{nit_file}.txt <==
«fact»,‹190010012301›,CC,«p_nid»,«d1_dmy»,«autoriz»,‹890201›,10,13,«icd»,‹I10X›,,,1,‹25000.00›,‹4700.00›,‹20300.00›
«fact»,‹190010012301›,CC,«w1_nid»,«d1_dmy»,,‹890301›,10,13,«icd2»,,,,1,‹38000.00›,‹0.00›,‹38000.00›
==> AM{nit_file}.txt <==
«fact»,‹190010012301›,CC,«p_nid»,,1,‹19952›,«drug1»,tableta,,30,‹150.00›,‹4500.00›
==> CT{nit_file}.txt <==
‹190010012301›,«d2_dmy»,US{nit_file},2
# remitido por correo a «s_em» (auditoría «eps»); usuario «p_n», tel. «p_ph», dirección «p_line», «p_town»
# validador del Ministerio: archivo cargado desde «ip» por «s_n» el «d2_dmy»
""",
    "CO#json": """{"numDocumentoIdObligado":"«nit»","numFactura":"«fact»","tipoNota":null,"numNota":null,
"usuarios":[{"tipoDocumentoIdentificacion":"CC","numDocumentoIdentificacion":"«p_nid»","tipoUsuario":"04",
"fechaNacimiento":"«p_dobiso»","codSexo":"«p_sex»","codPaisResidencia":"170","codMunicipioResidencia":"19001","codZonaTerritorialResidencia":"01",
"incapacidad":"NO","consecutivo":1,"nombreReferencia":"«p_n»","telefonoReferencia":"«p_ph»","direccionReferencia":"«p_line», «p_hood», «p_town»",
"servicios":{"consultas":[{"codPrestador":"‹190010012301›","fechaInicioAtencion":"«d1_iso» 08:30","numAutorizacion":"«autoriz»",
"codConsulta":"‹890201›","modalidadGrupoServicioTecSal":"01","grupoServicios":"01","codServicio":334,"finalidadTecnologiaSalud":"44",
"causaMotivoAtencion":"38","codDiagnosticoPrincipal":"«icd»","codDiagnosticoRelacionado1":"«icd2»","tipoDiagnosticoPrincipal":"01",
"tipoDocumentoIdentificacion":"CC","numDocumentoIdentificacion":"«d_nid»","vrServicio":25000,"conceptoRecaudo":"05","valorPagoModerador":4700,"consecutivo":1}],
"medicamentos":[{"codPrestador":"‹190010012301›","fechaDispensAdmon":"«d1_iso» 09:10","codTecnologiaSalud":"‹19952›","nomTecnologiaSalud":"«drug1»",
"cantidadMedicamento":30,"numDocumentoIdentificacion":"«e_nid»","consecutivo":1}]}},
{"tipoDocumentoIdentificacion":"CC","numDocumentoIdentificacion":"«w1_nid»","fechaNacimiento":"«w1_dobiso»","codSexo":"«w1_sex»","nombreReferencia":"«w1_n»","consecutivo":2}],
"_validacion":{"cuv":"«acc»","cargadoPor":"«s_n»","ipOrigen":"«ip»","fecha":"«d2_iso»"}}
""",
}

ORDEN = {
    "AR": """PAMI — ‹ORDEN MÉDICA ELECTRÓNICA (OME)›                         N° de orden: «folio»
Afiliado: «p_lf»          N° de beneficio: «plan»
DNI: «p_nid»          CUIL: «p_nid2»          Fecha de nacimiento: «p_dob» («p_age» años)
Domicilio: «p_addr»          Teléfono: «p_ph»
Médico de cabecera: «d_dr» «d_n», «d_lic_label» «d_lic»          UGL ‹XXXIV Chubut›
Prestación: ‹ecocardiograma Doppler color› (código ‹PMO 17.01.02›)          Diagnóstico: «dx» («icd»)
Fecha de emisión: «d1_dmy»          Vence: «d4_dmy»
Vive con su madre, «m_n», de «m_old» años, también afiliada (beneficio «folio2»). Traslado a cargo de su «r_hijo» «r_n», «r_ph».
Reintegro de gastos de traslado a CBU «acct» (titular «r_gf»).
Prestador: «hospital» — CUIT «cuit_org» — turno otorgado por «s_n» para el «d2_dmy»
""",
    "UY": """«mutual» — ORDEN DE ESTUDIO / ‹TICKET DE PROCEDIMIENTO›               N° «folio»
Usuario: «p_n»          C.I.: «p_nid»          N° de socio: «plan»
Fecha de nacimiento: «p_dob»          Edad: «p_age» años
Domicilio: «p_addr»          Celular: «p_ph»          E-mail: «p_em»
Estudio solicitado: ‹Fibrocolonoscopía› (‹ticket FONASA›)          Motivo: «dx» («icd»)
Médico solicitante: «d_dr» «d_n», «d_lic_label» «d_lic»          Fecha: «d1_dmy»
Coordinación: «s_n», agenda para el «d4_dmy» 07:30
Acompañante obligatorio: «r_n» («r_ph»). Cuida a su madre «m_n», de «m_old» años (SNIC).
Preparación: ‹polietilenglicol 4 sobres›; suspender «drug1» 5 días antes.
""",
}

REFERENCIA = {
    "PE": """MINSA — ‹HOJA DE REFERENCIA› (‹NTS N° 018-MINSA/DGSP›)          N° de referencia: «ref_no»
Establecimiento de origen: C.S. Belempampa — Destino: «hospital»
Paciente: «p_lf»          DNI: «p_nid»          H.C.: «mrn»
Fecha de nacimiento: «p_dob»          Edad: «p_age» años          SIS: «plan»
Dirección: «p_line», «p_hood», «p_town», «p_region»          Cel.: «p_ph»
Fecha: «d1_dmy» 11:30          Especialidad: ‹Medicina Interna›          Condición: estable
Resumen: «dx» («icd»), ‹sin respuesta a tratamiento ambulatorio›; «lab1», «lab2». PA «ta», «temp».
Tratamiento recibido: «drug1», «drug2».
Responsable: «d_dr» «d_n», «d_lic_label» «d_lic» · Acompañante: «r_n», DNI «r_nid», cel. «r_ph»
CONTRARREFERENCIA («d4_dmy»): atendid«p_a» por «y_dr» «y_n»; alta con «drug3». Control en su C.S. con «e_n».
""",
    "GT": """MSPAS — ‹BOLETA DE REFERENCIA Y RESPUESTA› (SIGSA 3)                 Correlativo: «ref_no»
Servicio que refiere: Puesto de Salud — Distrito de salud «p_town»          Refiere a: «hospital»
Nombre: «p_n»          CUI: «p_nid»          Edad: «p_age» años          Sexo: «p_sex»
Fecha de nacimiento: «p_dob»          Registro del puesto de salud: «mrn»
Comunidad: «p_hood», «p_town», «p_region»          Dirección: «p_line»          Tel.: «p_ph»
Idioma materno: ‹kaqchikel›          Acompañante: «r_n» (esposo/a), DPI «r_nid», «r_ph»
Fecha y hora de referencia: «d1_dmy» 06:15          Transporte: ambulancia municipal
Motivo: «dx» («icd»); PA «ta», FC «fc», «temp».
Tratamiento administrado: «drug1»; ‹SRO›.
Refiere: «e_n», auxiliar de enfermería, «e_lic_label» «e_lic» · Vo.Bo. «d_dr» «d_n» (colegiado «d_lic»)
RESPUESTA: recibido el «d1_dmy» por «y_dr» «y_gf»; egreso el «d2_dmy» con «drug2».
""",
}

TEMPLATES: list[tuple[str, list[str], str | dict[str, str], dict[str, str]]] = [
    ("lat77_epicrisis", ["MX", "CL"], "text", EPICRISIS),
    ("lat77_receta", ["MX", "AR"], "text", RECETA),
    ("lat77_receita_controle_especial", ["BR"], "text", RECEITA),
    ("lat77_notificacion_obligatoria", ["MX", "BR"], "text", NOTIFICACION),
    ("lat77_certificado_defuncion", ["MX", "BR"], "text", DEFUNCION),
    ("lat77_carnet_perinatal", ["AR", "PE"], "text", CARNET),
    ("lat77_triage_guardia", ["AR", "CO"], "text", TRIAGE),
    ("lat77_interconsulta", ["CL", "UY"], "text", INTERCONSULTA),
    ("lat77_historia_ingreso", ["EC", "GT"], "text", INGRESO),
    ("lat77_prontuario_export", ["BR", "BR#mv"], "json", PRONTUARIO),
    ("lat77_whatsapp_familia", ["MX", "BR"], "text", WHATSAPP),
    ("lat77_laudo_laboratorio", ["CO", "BR"], "text", LABORATORIO),
    ("lat77_dispensacion_farmacia", ["CL", "PE"], "text", DISPENSACION),
    ("lat77_llamada_ambulancia", ["BR", "CL"], "text", AMBULANCIA),
    ("lat77_autorizacion_aseguradora", ["BR", "CO"], "text", AUTORIZACION),
    ("lat77_rips", ["CO", "CO#json"], {"CO": "text", "CO#json": "json"}, RIPS),
    ("lat77_orden_prestacion", ["AR", "UY"], "text", ORDEN),
    ("lat77_referencia", ["PE", "GT"], "text", REFERENCIA),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(
    seed: int, index: int, kind: str, locs: list[str], fmt: str | dict[str, str], template: dict[str, str]
) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    key = locs[index % len(locs)]
    loc = key.split("#")[0]
    fmt_ = fmt if isinstance(fmt, str) else fmt[key]
    text = template[key].replace("{nit_file}", "190010012301" if "#" not in key else "")
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe77:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(text, slots, fmt_)
        if fmt_ == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt_, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]


assert NAMES  # the tables are imported for the tests
