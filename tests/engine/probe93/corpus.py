# ruff: noqa: E501  (hand-aligned templates)
"""Ninety-third independent probe corpus: Southern European and Balkan clinical running text in the local
languages and their own scripts -- Italian, Greek, Maltese, Croatian, Serbian (Cyrillic and Latin), Slovenian,
Bosnian, Albanian, Romanian, Bulgarian, Macedonian, Catalan and Galician -- built the way an outside evaluator
builds a held-out set, with its own templates and its own name lists (people.py).

36 labelled documents in 18 kinds per seed, two of each, each kind in two of the languages: a discharge letter
(Croatian otpusno pismo; Italian lettera di dimissione), an epicrisis (Greek εξιτήριο; Bulgarian епикриза), a
referral (Bosnian uputnica; Slovenian napotnica), an e-prescription printout with its dispensing record
(Serbian Cyrillic е-рецепт; Catalan recepta electrònica), an emergency-department sheet (Serbian Latin hitna
služba; Macedonian ургентен центар), a nursing handover (Croatian primopredaja; Galician relevo de enfermaría),
a GP note (Maltese; Albanian), a laboratory report header (Romanian buletin de analize; Italian referto di
laboratorio), a sick-leave certificate (Bosnian doznaka za bolovanje; Romanian certificat de concediu
medical), a national e-health portal export in JSON (Greek ΗΔΙΚΑ; Slovenian zVEM), a portal export in CSV
(Catalan La Meva Salut; Serbian Cyrillic еЗдравље), SMS appointment reminders (Bulgarian; Serbian Latin), a
family doctor's e-mail (Macedonian; Albanian), a home-care visit log (Slovenian patronaža; Maltese), a
vaccination card (Galician; Bosnian), insurance-card data (Greek EOPYY / AMKA; Maltese ID and entitlement), a
death certificate (Romanian; Croatian) and an ambulance report (Macedonian; Catalan SEM).

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the patient (aged 90+ half the time), `r` a
relative, `q1` `q2` other patients or relatives, `n` `n2` nurses, `m` `m2` doctors, `s` a clerk, pharmacist,
paramedic or registrar, `o` another member of staff. Forms: `_n` full name, `_g` given, `_f` family, `_F`
FAMILY, `_FG` "FAMILY Given", `_i` "G. Family", `_ng` `_nd` `_ni` the whole name in the genitive, dative,
instrumental (the languages that decline names; the nominative elsewhere), `_gv` the vocative given name, `_gd`
the Albanian definite given name, `_ph` `_em` `_line` `_town` `_townin` (the locative a preposition needs)
`_pc` `_addr`, `_dob` `_dobl` `_dobiso`, `_age` (AGE at 90+, keep below), `_nat` `_hp` `_mrn` `_lic`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- patient, relative, nurse, doctor, pharmacist, paramedic, clerk: full,
  given alone, family alone, capitals, "FAMILY Given", "G. Family", Catalan and Galician double surnames (the
  "i" between them is part of the value), and every inflected form as it appears (Croatian, Serbian, Bosnian and
  Slovenian genitive / dative / instrumental, Greek genitive and vocative, Albanian definite and genitive,
  Romanian genitive, Bulgarian and Macedonian vocatives and feminine family names): the whole inflected word is
  the value. A login or e-mail made of a name is EMAIL / NAME as its type. Titles and roles (dr., dr. med.,
  prim., med. sestra, κ., Δρ, Sig.ra, is-Sur, Dna, д-р, г-ђа, Sr., Sra., la / en before a Catalan name) are
  plain text outside the value.
- ADDRESS: street lines and towns and villages, in whatever case the sentence puts them ("u Donjem
  Kamenjarcu" -> "Donjem Kamenjarcu"). ZIP: every postcode (Italian CAP, Greek T.K., Maltese post code, the
  five-, four- and six-digit codes). Regions, counties, cantons, provinces and countries are plain text.
- DATE: every date more specific than a year, in every language's form (12. 3. 2024., 12.03.2024, 12 marzo 2024,
  12 Μαρτίου 2024, 12 ta' Marzu 2024, 12 de març de 2024, 12 март 2024, ISO, day and month alone); years alone keep.
  AGE: 90 and over, as written; younger ages keep.
- PHONE, EMAIL: any person's (staff mobiles too). URL: a portal link carrying a patient's number. IP: every IP.
- ID: national personal numbers (codice fiscale, OIB, JMBG, EMŠO, CNP, EGN, Albanian NID, Maltese ID card,
  DNI / NIE), referral, e-prescription, sick-leave, death-certificate, sample, ambulance-case and
  certificate numbers. SSN: the Greek AMKA. HEALTH_PLAN: insurance numbers (Tessera Sanitaria, HZZO MBO, RFZO
  LBO, ZZZS, ZZO, FSDKSH, CNAS, EOPYY, FZOM, CatSalut CIP, Galician TIS, Maltese entitlement). MRN: hospital
  record numbers (povijest bolesti, cartella clinica, ИЗ, NHC...; a Bulgarian "ИЗ № 4732/2024" with
  its year as a whole -- fixed after the first measurement, see test_probe93). LICENSE: a doctor's or pharmacist's
  registration number. VEHICLE: a patient's car plate. DEVICE: an implant's or meter's serial number.
- Keep (must survive): hospitals, clinics, departments, payers and authorities (HZZO, RFZO, ZZZS, CNAS, EOPYY,
  ΗΔΙΚΑ, CatSalut, SERGAS, NZOK, FZOM), drugs and doses, ICD-10 codes and diagnoses, lab values, vaccines and
  their batch numbers, ambulance unit call-signs, times, years, ages under 90, headings marked ‹...›.
- A draw that makes a label ambiguous (a name word or PHI value also elsewhere in the document outside its spans,
  in any case) is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
import unicodedata
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe93.people import LOCS, K, P, Person, Slot, draw_person, fill, forms, greek, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
MONTHS = {
    "it": "gennaio febbraio marzo aprile maggio giugno luglio agosto settembre ottobre novembre dicembre",
    "el": "Ιανουαρίου Φεβρουαρίου Μαρτίου Απριλίου Μαΐου Ιουνίου Ιουλίου Αυγούστου Σεπτεμβρίου Οκτωβρίου Νοεμβρίου Δεκεμβρίου",
    "mt": "Jannar Frar Marzu April Mejju Ġunju Lulju Awwissu Settembru Ottubru Novembru Diċembru",
    "hr": "siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
    "sr": "јануара фебруара марта априла маја јуна јула августа септембра октобра новембра децембра",
    "sr-Latn": "januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
    "bs": "januara februara marta aprila maja juna jula augusta septembra oktobra novembra decembra",
    "sl": "januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
    "sq": "janar shkurt mars prill maj qershor korrik gusht shtator tetor nëntor dhjetor",
    "ro": "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
    "bg": "януари февруари март април май юни юли август септември октомври ноември декември",
    "mk": "јануари февруари март април мај јуни јули август септември октомври ноември декември",
    "ca": "de_gener de_febrer de_març d'abril de_maig de_juny de_juliol d'agost de_setembre d'octubre de_novembre de_desembre",
    "gl": "xaneiro febreiro marzo abril maio xuño xullo agosto setembro outubro novembro decembro",
}


def date_forms(d: date, lang: str) -> dict[str, P]:
    mon = MONTHS[lang].split()[d.month - 1].replace("_", " ")
    num = {"hr": f"{d.day}. {d.month}. {d.year}.", "sl": f"{d.day}. {d.month}. {d.year}", "el": f"{d.day}/{d.month}/{d.year}",
           "sr": f"{d:%d.%m.%Y}.", "sr-Latn": f"{d:%d.%m.%Y}.", "bs": f"{d:%d.%m.%Y}.", "it": f"{d:%d/%m/%Y}", "mt": f"{d:%d/%m/%Y}",
           "ca": f"{d:%d/%m/%Y}", "gl": f"{d:%d/%m/%Y}"}.get(lang, f"{d:%d.%m.%Y}")  # fmt: skip
    long = {"mt": f"{d.day} ta' {mon} {d.year}", "ca": f"{d.day} {mon} de {d.year}", "gl": f"{d.day} de {mon} de {d.year}",
            "hr": f"{d.day}. {mon} {d.year}.", "sr": f"{d.day}. {mon} {d.year}.", "sr-Latn": f"{d.day}. {mon} {d.year}.", "bs": f"{d.day}. {mon} {d.year}.",
            "sl": f"{d.day}. {mon} {d.year}"}.get(lang, f"{d.day} {mon} {d.year}")  # fmt: skip
    short = {
        "it": f"{d:%d/%m}",
        "mt": f"{d:%d/%m}",
        "ca": f"{d:%d/%m}",
        "gl": f"{d:%d/%m}",
        "el": f"{d.day}/{d.month}",
    }.get(lang, f"{d:%d.%m.}")
    return {
        "num": P("DATE", num),
        "long": P("DATE", long),
        "iso": P("DATE", d.isoformat()),
        "short": P("DATE", short),
    }


# gendered words beside a name (plain text): a child of the patient, its genitive, a doctor's title, a salutation
CHILD = {"it": ("figlia", "figlio"), "hr": ("kći", "sin"), "sl": ("hči", "sin"), "sr-Latn": ("ćerka", "sin"), "bg": ("дъщерята", "сина"),
         "gl": ("filla", "fillo"), "mt": ("it-tifla", "it-tifel"), "sq": ("të bijën", "të birin"), "bs": ("kćerka", "sin"), "sr": ("ћерка", "син")}  # fmt: skip
CHILD_GEN = {"sl": ("hčere", "sina"), "hr": ("kćeri", "sina")}
TITLE = {"it": ("dott.ssa", "dott."), "ca": ("Dra.", "Dr."), "gl": ("Dra.", "Dr."), "bg": ("д-р", "д-р")}
DEAR = {"bg": ("Уважаема", "Уважаеми"), "mk": ("Почитувана", "Почитуван"), "sq": ("E nderuar", "I nderuar")}


def person_slots(x: str, w: Person, ref: date) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, w.loc.lang)
    fm = forms(w)
    fv = greek(w.family, "voc", w.female, family=True) if w.culture == "greek" else w.fam
    s: dict[str, Slot] = {
        f"{x}_n": N(f"{w.given} {w.fam}"), f"{x}_g": N(w.given), f"{x}_f": N(w.fam), f"{x}_F": N(w.fam.upper()), f"{x}_FG": N(f"{w.fam.upper()} {w.given}"),
        f"{x}_i": N(f"{w.given[0]}. {w.fam}"), f"{x}_ng": N(fm.gen), f"{x}_nd": N(fm.dat), f"{x}_ni": N(fm.ins), f"{x}_gv": N(fm.voc), f"{x}_gd": N(fm.gdef),
        f"{x}_fv": N(fv),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email), f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town),
        f"{x}_townin": P("ADDRESS", w.town_in), f"{x}_pc": P("ZIP", w.postcode),
        f"{x}_addr": (P("ADDRESS", w.line), ", ", P("ZIP", w.postcode), " ", P("ADDRESS", w.town)),
        f"{x}_dob": dob["num"], f"{x}_dobl": dob["long"], f"{x}_dobiso": dob["iso"],
        f"{x}_age": P("AGE", str(age)) if age >= 90 else K(str(age)),
        f"{x}_nat": P("SSN" if w.loc.code == "GR" else "ID", w.ids["nat"]), f"{x}_hp": P("HEALTH_PLAN", w.ids["hp"]), f"{x}_mrn": P("MRN", w.ids["mrn"]),
        f"{x}_lic": P("LICENSE", fill(random.Random(w.email), "%######")), f"{x}_sex": "F" if w.female else "M",
        f"{x}_user": N(plain(w.given)[0] + plain(w.family)[:10]),
    }  # fmt: skip
    lang, i = w.loc.lang, 0 if w.female else 1
    s[f"{x}_rel"] = CHILD.get(lang, ("", ""))[i]
    s[f"{x}_relg"] = CHILD_GEN.get(lang, ("", ""))[i]
    s[f"{x}_dr"] = TITLE.get(lang, ("Dr", "Dr"))[i]
    s[f"{x}_dear"] = DEAR.get(lang, ("", ""))[i]
    s[f"{x}_lui"] = "" if w.female else "lui "
    if w.culture == "greek":  # Greek capitals carry no accents
        up = "".join(c for c in unicodedata.normalize("NFD", w.fam.upper()) if not unicodedata.combining(c))
        s[f"{x}_F"], s[f"{x}_FG"] = (
            N(unicodedata.normalize("NFC", up)),
            N(f"{unicodedata.normalize('NFC', up)} {w.given}"),
        )
    return s


# ---- harmless vocabulary (keep) ------------------------------------------------------------------------------

HOSP = {"IT": ["Ospedale Vito Fazzi di Lecce", "Azienda Ospedaliera Cannizzaro", "Ospedale dell'Angelo di Mestre"],
        "GR": ["Γενικό Νοσοκομείο Ηρακλείου Βενιζέλειο", "Πανεπιστημιακό Νοσοκομείο Ιωαννίνων", "Γενικό Νοσοκομείο Λάρισας"],
        "MT": ["Mater Dei Hospital", "Gozo General Hospital"], "HR": ["KBC Split", "KBC Osijek", "OB Pula"],
        "RS": ["Универзитетски клинички центар Крагујевац", "Општа болница Јагодина"], "RSL": ["Opšta bolnica Kikinda", "Opšta bolnica Užice"],
        "SI": ["Splošna bolnišnica Jesenice", "Splošna bolnišnica Novo mesto"], "BA": ["Kantonalna bolnica Zenica", "UKC Tuzla"],
        "AL": ["Spitali Rajonal Shkodër", "Spitali Rajonal Korçë"], "RO": ["Spitalul Județean de Urgență Vaslui", "Spitalul Județean de Urgență Alexandria"],
        "BG": ["МБАЛ „Проф. д-р Параскев Стоянов“ – Ловеч", "МБАЛ „Д-р Атанас Дафовски“ – Кърджали"],
        "MK": ["Клиничка болница Битола", "Општа болница Штип"], "CAT": ["Hospital Universitari Arnau de Vilanova", "Hospital Universitari de Girona Doctor Josep Trueta"],
        "GAL": ["Complexo Hospitalario Universitario da Coruña", "Hospital Universitario Lucus Augusti"]}  # fmt: skip
DEPT = {"it": ["UO Medicina Interna", "UO Geriatria", "UO Cardiologia"], "el": ["Παθολογική Κλινική", "Καρδιολογική Κλινική", "Νευρολογική Κλινική"],
        "mt": ["Medical Ward 3", "Geriatrics"], "hr": ["Klinika za unutarnje bolesti", "Zavod za kardiologiju", "Odjel za neurologiju"],
        "sr": ["Интерна клиника", "Кардиологија", "Неурологија"], "sr-Latn": ["Interno odeljenje", "Kardiologija"], "sl": ["Interni oddelek", "Kardiološki oddelek"],
        "bs": ["Interna klinika", "Kardiologija"], "sq": ["Shërbimi i Mjekësisë Interne", "Kardiologjia"], "ro": ["Secția Medicină Internă", "Secția Cardiologie"],
        "bg": ["Вътрешно отделение", "Кардиология"], "mk": ["Интерно одделение", "Кардиологија"], "ca": ["Servei de Medicina Interna", "Servei de Cardiologia"],
        "gl": ["Servizo de Medicina Interna", "Servizo de Cardioloxía"]}  # fmt: skip
DRUGS = {"it": ["Cardioaspirina 100 mg", "Lasix 25 mg", "Eutirox 50 mcg", "Pantorc 40 mg", "Clexane 4000 UI"],
         "el": ["Salospir 100 mg", "Lasix 40 mg", "Eliquis 2,5 mg", "Controloc 40 mg", "Zanidip 10 mg"],
         "mt": ["aspirin 75 mg", "bisoprolol 2.5 mg", "furosemide 40 mg", "omeprazole 20 mg", "Eliquis 5 mg"],
         "hr": ["Andol 100 mg", "Fursemid 40 mg", "Controloc 20 mg", "Concor 2,5 mg", "Xarelto 15 mg"],
         "sr": ["Андол 100 мг", "Лазикс 40 мг", "Конкор 5 мг", "Пантопразол 40 мг", "Бисопролол 2,5 мг"],
         "sr-Latn": ["Aspirin 100 mg", "Lasix 40 mg", "Concor 5 mg", "Pantoprazol 40 mg", "Presolol 50 mg"],
         "sl": ["Aspirin protect 100 mg", "Edemid 40 mg", "Nolpaza 20 mg", "Concor 5 mg", "Eliquis 2,5 mg"],
         "bs": ["Aspirin 100 mg", "Furosemid 40 mg", "Controloc 40 mg", "Bisoprolol 5 mg", "Metformin 850 mg"],
         "sq": ["Aspirinë 100 mg", "Furosemid 40 mg", "Omeprazol 20 mg", "Amlodipinë 5 mg", "Metforminë 500 mg"],
         "ro": ["Aspenter 75 mg", "Furosemid 40 mg", "Controloc 20 mg", "Concor 5 mg", "Sortis 20 mg"],
         "bg": ["Аспирин протект 100 мг", "Фуроземид 40 мг", "Контролок 20 мг", "Конкор 5 мг", "Аторис 20 мг"],
         "mk": ["Аспирин 100 мг", "Фуросемид 40 мг", "Пантопразол 20 мг", "Бисопролол 5 мг", "Аторвастатин 20 мг"],
         "ca": ["Adiro 100 mg", "Seguril 40 mg", "Omeprazol 20 mg", "Emconcor 2,5 mg", "Sintrom 4 mg"],
         "gl": ["Adiro 100 mg", "Seguril 40 mg", "Omeprazol 20 mg", "Eutirox 50 mcg", "Paracetamol 1 g"]}  # fmt: skip
DX = {"it": [("I50.9", "scompenso cardiaco"), ("J18.9", "polmonite"), ("N39.0", "infezione delle vie urinarie")],
      "el": [("I50.9", "καρδιακή ανεπάρκεια"), ("J18.9", "πνευμονία"), ("I48.9", "κολπική μαρμαρυγή")],
      "mt": [("I50.9", "heart failure"), ("J44.1", "COPD exacerbation"), ("E11.9", "diabetes mellitus tip 2")],
      "hr": [("I50.9", "zatajivanje srca"), ("J18.9", "upala pluća"), ("I63.9", "moždani udar")],
      "sr": [("I50.9", "срчана инсуфицијенција"), ("J18.9", "пнеумонија"), ("I10", "хипертензија")],
      "sr-Latn": [("S72.0", "prelom vrata butne kosti"), ("J18.9", "pneumonija"), ("R55", "sinkopa")],
      "sl": [("I50.9", "srčno popuščanje"), ("J18.9", "pljučnica"), ("E11.9", "sladkorna bolezen tipa 2")],
      "bs": [("I10", "arterijska hipertenzija"), ("J18.9", "upala pluća"), ("M54.5", "lumbalni bolni sindrom")],
      "sq": [("I10", "hipertension arterial"), ("E11.9", "diabet i tipit 2"), ("J44.1", "BPOK i acutizuar")],
      "ro": [("I50.9", "insuficiență cardiacă"), ("J18.9", "pneumonie"), ("N39.0", "infecție urinară")],
      "bg": [("I50.9", "сърдечна недостатъчност"), ("J18.9", "пневмония"), ("I48.9", "предсърдно мъждене")],
      "mk": [("I21.9", "акутен миокарден инфаркт"), ("J18.9", "пневмонија"), ("S72.0", "фрактура на колк")],
      "ca": [("I50.9", "insuficiència cardíaca"), ("J18.9", "pneumònia"), ("S72.0", "fractura de coll de fèmur")],
      "gl": [("I50.9", "insuficiencia cardíaca"), ("J18.9", "pneumonía"), ("E11.9", "diabetes tipo 2")]}  # fmt: skip
LABS = {"it": ["Hb 10,9 g/dl", "creatinina 1,4 mg/dl", "PCR 4,2 mg/dl", "NT-proBNP 2450 pg/ml"],
        "el": ["Hb 11,2 g/dl", "κρεατινίνη 1,3 mg/dl", "CRP 38 mg/l", "K+ 4,6 mmol/l"],
        "mt": ["Hb 11.4 g/dL", "creatinine 128 µmol/L", "CRP 61 mg/L", "HbA1c 7.9%"],
        "hr": ["Hb 108 g/L", "kreatinin 132 µmol/L", "CRP 48 mg/L", "NT-proBNP 3120 ng/L"],
        "sr": ["Хб 112 г/Л", "креатинин 141 µмол/Л", "ЦРП 56 мг/Л", "калијум 4,9 ммол/Л"],
        "sr-Latn": ["Hb 119 g/L", "kreatinin 98 µmol/L", "CRP 12 mg/L", "glikemija 7,8 mmol/L"],
        "sl": ["Hb 114 g/L", "kreatinin 121 µmol/L", "CRP 35 mg/L", "NT-proBNP 1890 ng/L"],
        "bs": ["Hb 121 g/L", "kreatinin 89 µmol/L", "CRP 9 mg/L", "glukoza 8,4 mmol/L"],
        "sq": ["Hb 12,1 g/dl", "kreatinina 1,1 mg/dl", "glicemia 162 mg/dl", "HbA1c 8,2%"],
        "ro": ["Hb 10,8 g/dl", "creatinină 1,6 mg/dl", "PCR 9,8 mg/dl", "uree 71 mg/dl"],
        "bg": ["Хб 109 г/л", "креатинин 138 µмол/л", "CRP 44 мг/л", "калий 5,1 ммол/л"],
        "mk": ["Хб 126 г/л", "тропонин 1,8 нг/мл", "CRP 22 мг/л", "креатинин 104 µмол/л"],
        "ca": ["Hb 11,1 g/dl", "creatinina 1,5 mg/dl", "PCR 7,4 mg/dl", "NT-proBNP 2870 pg/ml"],
        "gl": ["Hb 12,0 g/dl", "creatinina 1,2 mg/dl", "PCR 3,1 mg/dl", "HbA1c 8,0%"]}  # fmt: skip
YEARS = [str(y) for y in range(2009, 2024)]


# ---- templates ------------------------------------------------------------------------------------------------

DISCHARGE_HR = """«hosp» - «dept1»
‹OTPUSNO PISMO›                                   Broj povijesti bolesti: «p_mrn»
Ime i prezime: «p_n»          Datum rođenja: «p_dob»          OIB: «p_nat»
MBO (HZZO): «p_hp»            Adresa: «p_line», «p_pc» «p_town»
Boravak na odjelu: od «d2_num» do «d1_num»
Dijagnoze: «dx1» «diag1»; «dx2» «diag2»
Anamneza: Bolesnik/ca u dobi od «p_age» god. doveden/a je u pratnji «r_ng» zbog zaduhe i otoka potkoljenica. Obitelj navodi da
je u «p_townin» živio/la sam/a. Laboratorij: «lab1», «lab2».
Terapija pri otpustu: «drug1» 1x1, «drug2» 1x1 ujutro.
Preporuka: kontrola kod «m2_ng» za 14 dana; obitelj obaviještena (razgovor s «r_ni», tel. «r_ph»).
Otpusno pismo dostavljeno izabranom liječniku «m2_nd».
Odjelna sestra: «n_n»                     Liječnik: dr. med. «m_n», šifra liječnika «m_lic»
"""

DISCHARGE_IT = """«hosp» - «dept1»
‹LETTERA DI DIMISSIONE›                          Cartella clinica n. «p_mrn»
Paziente: «p_FG»   nato/a il «p_dob» a «p_town»   C.F. «p_nat»
Tessera Sanitaria: «p_hp»   Residenza: «p_line», «p_pc» «p_town»
Ricovero dal «d2_num» al «d1_num» (giorni di degenza: 9)
Diagnosi di dimissione: «diag1» («dx1»); «diag2» («dx2»)
Decorso: paziente di «p_age» anni, giunto in PS accompagnato/a da «r_rel» «r_n». Esami: «lab1», «lab2», «lab3».
Terapia domiciliare: «drug1» 1 cp, «drug2» 1 cp ore 8, «drug3».
Controllo ambulatoriale il «d3_long» presso «m2_dr» «m2_n». Per informazioni il familiare è reperibile al «r_ph» («r_em»).
Caregiver di riferimento anche il nipote «q1_n».
Il medico: «m_dr» «m_n» (iscr. Ordine n. «m_lic»)        Coordinatore infermieristico: «n_n»
"""

EXITIRIO_GR = """«hosp» - «dept1»
‹ΕΞΙΤΗΡΙΟ - ΙΑΤΡΙΚΗ ΓΝΩΜΑΤΕΥΣΗ›                  Αρ. Μητρώου: «p_mrn»
Ονοματεπώνυμο: «p_FG»      Πατρώνυμο: «father»      Ημ. γέννησης: «p_dob»
ΑΜΚΑ: «p_amka»      Αρ. μητρώου ΕΟΠΥΥ: «p_hp»      Δ/νση: «p_line», Τ.Κ. «p_pc», «p_town»
Νοσηλεία από «d2_num» έως «d1_num».
Διάγνωση: «diag1» («dx1»), «diag2» («dx2»).
Ιστορικό: Ασθενής ηλικίας «p_age» ετών, προσήλθε με τη συνοδεία συγγενούς, «r_ng». Εργαστηριακά: «lab1», «lab2».
Φαρμακευτική αγωγή: «drug1», «drug2», «drug3».
Επανεξέταση στο ιατρείο του Δρ «m2_ng» στις «d3_long». Επικοινωνία συγγενών: «r_ph».
Ο θεράπων ιατρός: «m_n» (Α.Μ. ΙΣ «m_lic»)          Προϊστάμενος/η: «n_n»
"""

EPICRISIS_BG = """«hosp» - «dept1»
‹ЕПИКРИЗА›                                   ИЗ № «p_mrnyr»
Пациент: «p_n», ЕГН «p_nat», на «p_age» г.
Адрес: «p_town», «p_line», п.к. «p_pc»     Здравноосигурителен № «p_hp»
Постъпил/а на «d2_num» г., изписан/а на «d1_num» г.
Окончателна диагноза: «dx1» «diag1»; придружаващи: «dx2» «diag2»
Анамнеза: придружен/а от «r_rel» «r_n» (тел. «r_ph»). Изследвания: «lab1», «lab2», «lab3».
Терапия при изписване: «drug1», «drug2», «drug3».
Контролен преглед при ОПЛ д-р «m2_n» до «d3_short»; направление към кардиолог д-р «o_n».
Лекуващ лекар: д-р «m_n», УИН «m_lic»        Старша мед. сестра: «n_n»
"""

REFERRAL_BA = """JU Dom zdravlja - ambulanta porodične medicine             ‹UPUTNICA› br. «refno»
Osiguranik: «p_F» «p_g»   JMBG: «p_nat»   Broj zdravstvenog osiguranja (ZZO): «p_hp»
Datum rođenja: «p_dobl», adresa: «p_line», «p_pc» «p_town»
Upućuje se u: «hosp», «dept1», radi specijalističkog pregleda
Dijagnoza: «dx1» «diag1»
Razlog: pacijentica/pacijent «p_age» god., «lab1», «lab2»; terapija «drug1», «drug2».
Pratnja: «r_rel» «r_n», kontakt «r_ph».
Napomena za kolegu: molim povratnu informaciju «m2_nd» na «m_em».
Datum: «d1_num»          Doktor porodične medicine: dr. «m_n», faksimil «m_lic»
"""

REFERRAL_SI = """Zdravstveni dom - ambulanta družinske medicine          ‹NAPOTNICA› št. «refno»
Zavarovana oseba: «p_n», EMŠO «p_nat», št. zavarovane osebe (ZZZS): «p_hp»
Naslov: «p_line», «p_pc» «p_town»; rojen/a «p_dobl»
Napoten/a k: «hosp», «dept1»; stopnja nujnosti: hitro
Diagnoza: «dx1» «diag1»
Opis: «p_age» let, zadnji izvidi «lab1», «lab2»; jemlje «drug1», «drug2».
Svojec: «r_rel» «r_n», GSM «r_ph». Pacient živi pri «r_nd» v «p_townin».
Pooblastilo: prenos podatkov v zVEM, izdal «d1_num». Veljavnost napotnice do «d3_num».
Izbrani osebni zdravnik: «m_n», dr. med., št. zdravnika «m_lic»; sestra «n_n»
"""

ERX_RS = """‹Е-РЕЦЕПТ› - Републички фонд за здравствено осигурање (РФЗО)
Број рецепта: «rxno»          Датум прописивања: «d1_num»
Осигураник: «p_n», ЈМБГ «p_nat», ЛБО «p_hp»
Адреса: «p_line», «p_pc» «p_town»         Датум рођења: «p_dob»
Лекар: др «m_n», факсимил «m_lic», «hosp»
Лек: «drug1» - 1x1 дневно, 30 дана (дијагноза «dx1»)
Лек: «drug2» - по потреби
‹ИЗДАВАЊЕ› апотека: «d2_num» «t1», фармацеут «s_n» (лиценца «s_lic»)
Лек преузео/ла: «r_n», по овлашћењу («r_ph»). Напомена за «m2_nd»: проверити интеракцију.
"""

ERX_CAT = """‹RECEPTA ELECTRÒNICA› - CatSalut - Pla de medicació         Full de medicació núm. «rxno»
Pacient: «p_n»   CIP: «p_hp»   DNI/NIE: «p_nat»
Data de naixement: «p_dob»     Adreça: «p_line», «p_pc» «p_town»
Metge/ssa prescriptor/a: «m_dr» «m_n» (núm. col·legiat «m_lic») - «hosp»
«drug1»  - 1 comprimit cada 24 h - fins al «d3_num»
«drug2»  - 1 comprimit esmorzar
Diagnòstic associat: «dx1» «diag1»
‹DISPENSACIÓ› Farmàcia - «d1_num» «t1» - farmacèutic/a «s_n» (col·l. «s_lic»)
Recollit per: «r_n», telèfon «r_ph». Observacions: infermeria («n_n») fa el seguiment a domicili.
"""

ED_RSL = """«hosp» - Služba urgentne medicine           ‹LIST HITNE POMOĆI›   Protokol br. «p_mrn»
Pacijent: «p_FG», JMBG «p_nat», LBO «p_hp», god. «p_age»
Adresa: «p_line», «p_pc» «p_town»       Prijem: «d1_num» u «t1»
Doveden/a: kolima Hitne pomoći (ekipa «amb_unit»), u pratnji «r_ng», tel. «r_ph»
Anamneza: pad kod kuće u «p_townin», «diag1» («dx1»). TA 150/90, «lab1», «lab2».
Th: «drug1» i.v., «drug2».
Konsultovan ortoped dr «m2_n» u «t2». Hospitalizacija na «dept1».
Rođen/a «p_dob»
Lekar: dr «m_n» (licenca «m_lic»)   Med. sestra: «n_n»   Matičar: «s_n»
"""

ED_MK = """«hosp» - Ургентен центар                        ‹УРГЕНТЕН ЛИСТ› бр. «p_mrn»
Пациент: «p_n», ЕМБГ «p_nat», здравствено осигурување бр. «p_hp»
Возраст: «p_age», роден/а «p_dob», адреса: «p_line», «p_pc» «p_town»        Прием: «d1_num» во «t1»
Доведен/а со возило на Итна помош («amb_unit»), придружба: «r_n», тел. «r_ph»
Дијагноза: «dx1» «diag1». Наод: «lab1», «lab2».
Терапија: «drug1», «drug2». Консултиран д-р «m2_n» во «t2».
Прием на «dept1»; семејството е известено - «r_gv», јавете се кај сестра «n_n».
Лекар: д-р «m_n», лиценца «m_lic»
"""

HANDOVER_HR = """‹PRIMOPREDAJA SMJENE› - «dept1» - «d1_num» u «t1»
Predaje: med. sestra «n_n» → preuzima «n2_n»
Soba 4/1: «p_F» «p_g» («p_age»), povijest «p_mrn», MBO «p_hp», rođ. «p_dob» - «diag1»; «r_rel» «r_g» dolazi u «t2», tel. «r_ph».
  Dobila «drug1» u «t3». Pratiti diurezu. Dr. «m_f» obaviješten/a.
Soba 4/2: «q1_n», MBO «q1_hp» - «diag2», «lab1»; sutra otpust, javiti obitelji (sin «q2_n»).
Soba 5/1: «s_n» - pad tlaka noću, dana «drug2». Alergija na penicilin!
Za dr. «m2_ng»: nalaz «lab2» stigao. Sve primopredano u «t4».
"""

HANDOVER_GAL = """‹RELEVO DE ENFERMARÍA› - «dept1» - «d1_num» quenda de mañá → tarde
Entrega: «n_n» / Recibe: «n2_n»
Hab. 312-A: «p_n» («p_age» anos), NHC «p_mrn». «diag1». «r_rel» «r_g» chega ás «t2» (tlf. «r_ph»).
  Administrado «drug1» ás «t1». Diurese 1200 ml.
Hab. 312-B: «q1_n», TIS «q1_hp»: «diag2», «lab1». Alta prevista «d3_short», avisar a «q2_n».
Hab. 314: «s_n», caída ás 03:10 sen lesións, «m_dr» «m_f» avisado/a.
Pendente: «lab2» para «m2_dr» «m2_n». Relevo rematado ás «t4».
"""

GP_MT = """‹NOTA TAT-TABIB TAL-FAMILJA› - Health Centre - «d1_long» «t1»
Pazjent: «p_n»   ID card: «p_nat»   Entitlement no.: «p_hp»   Rec. «p_mrn»
Indirizz: «p_line», «p_town» «p_pc»    Data tat-twelid: «p_dob» («p_age» sena)
Ġie ma' «r_rel», «r_n» (mob. «r_ph»). Ilment: qtugħ ta' nifs, riġlejn minfuħin.
Eżami: «lab1», «lab2». Dijanjosi: «diag1» («dx1»).
Trattament: «drug1», «drug2». Referral lil Dr «m2_n» f'«hosp».
In-nurse «n_n» se tagħmel home visit nhar «d3_short». Kopja lil «r_em». Carer: «q1_n», «q1_ph».
Tabib: Dr «m_n», MCM reg. «m_lic»
"""

GP_AL = """‹SHËNIM I MJEKUT TË FAMILJES› - Qendra Shëndetësore - «d1_num» ora «t1»
Pacienti: «p_n», NID «p_nat», nr. sigurimi (FSDKSH) «p_hp»
Adresa: «p_line», «p_town» «p_pc»; datëlindja «p_dob», mosha «p_age» vjeç
Ankesat: «p_gd» vjen me «r_rel», «r_n» (cel. «r_ph»). Presioni 160/95, «lab1», «lab2».
Diagnoza: «dx1» «diag1».
Terapia: «drug1», «drug2». Kontroll pas 2 javësh.
Referim te Dr. «m2_n», «hosp». Infermieri/ja «n_n» do të masë tensionin e «r_ng» çdo javë.
Mjeku: Dr. «m_n», licenca «m_lic»
"""

LAB_RO = """«hosp» - Laborator Analize Medicale
‹BULETIN DE ANALIZE MEDICALE›                Nr. probă: «sample»    Cod bare: «sample2»
Pacient: «p_FG»     CNP: «p_nat»     Vârsta: «p_age» ani
Adresă: «p_line», «p_town», jud. «p_reg», cod poștal «p_pc»
Asigurat CNAS, card «p_hp»     Foaie observație: «p_mrn»
Medic trimițător: dr. «m2_n» (parafă «m2_lic»)   Recoltat: «d1_num» «t1» de as. «n_n»
Rezultate: «lab1» | «lab2» | «lab3»
Validat: dr. «m_n», medic primar laborator, «d1_num» «t3». Rezultatele se trimit și «r_lui»«r_nd» la «r_em».
"""

LAB_IT = """«hosp» - Laboratorio Analisi
‹REFERTO DI LABORATORIO›         N. accettazione: «sample»     Provetta: «sample2»
Cognome e nome: «p_F» «p_g»     Sesso: «p_sex»     Data di nascita: «p_dob» («p_age» anni)
Codice fiscale: «p_nat»     TS: «p_hp»     Reparto richiedente: «dept1»     Cartella: «p_mrn»
Medico richiedente: «m2_dr» «m2_n»     Prelievo: «d1_num» ore «t1» (inf. «n_n»)
Esame                     Risultato
«lab1»
«lab2»
«lab3»
Referto validato da «m_dr» «m_n» il «d1_num» alle «t3». Copia al MMG «o_dr» «o_n» (tel. studio «o_ph»).
"""

SICK_BA = """JU Dom zdravlja - «hosp»
‹DOZNAKA ZA PRIVREMENU SPRIJEČENOST ZA RAD (BOLOVANJE)›        Serijski broj: «sickno»
Osiguranik: «p_n», JMBG «p_nat», broj osiguranja «p_hp»
Adresa: «p_line», «p_pc» «p_town»
Poslodavac: JP Šumarstvo, Zenica (matični broj poslodavca se ne navodi)
Razlog spriječenosti: bolest - «dx1» «diag1»; nalaz «lab1», terapija «drug1» (‹ZZO ZDK›)
Bolovanje od «d2_num» do «d3_num»; kontrola «d1_num»
Njega člana porodice: ne. Prijedlog ljekarskoj komisiji: dr. «m2_n».
Napomena: kopija uručena članu porodice «r_nd» («r_ph»), «r_line», «r_pc» «r_town». Medicinska sestra «n_n».
Izabrani doktor: dr. «m_n», faksimil «m_lic»
"""

SICK_RO = """‹CERTIFICAT DE CONCEDIU MEDICAL›       Seria CCMAM nr. «sickno»     Cod indemnizație 01
Asigurat: «p_n», CNP «p_nat», adresa «p_line», «p_town», «p_pc»
Card de sănătate CNAS: «p_hp»
Angajator: SC Morărița SRL, Vaslui
Diagnostic: «dx1» «diag1»; recomandări: «drug1», repaus; «lab1» (‹CNAS›)
Perioada: de la «d2_num» până la «d3_num» (inclusiv). Data acordării: «d1_num».
Medic de familie: dr. «m_n», cod parafă «m_lic». Certificat preluat de «r_n» (soț/soție), tel. «r_ph», domiciliat în «r_town», «r_line».
Vizat de medicul expert al asigurărilor sociale dr. «m2_n». Operator: «s_n».
"""

PORTAL_GR = """{"source": "ΗΔΙΚΑ - Ατομικός Ηλεκτρονικός Φάκελος Υγείας", "exported": "«d1_iso»T«t1x»:00",
 "patient": {"amka": "«p_amka»", "name": "«p_n»", "father": "«father»", "birth": "«p_dobiso»", "age": "«p_age»",
             "address": "«p_line», «p_pc» «p_town»", "mobile": "«p_ph»", "email": "«p_em»", "eopyy": "«p_hp»"},
 "prescriptions": [{"barcode": "«rxno»", "date": "«d2_iso»", "doctor": "«m_n»", "drug": "«drug1»", "icd10": "«dx1»"},
                   {"barcode": "«rxno2»", "date": "«d1_iso»", "doctor": "«m2_n»", "drug": "«drug2»", "icd10": "«dx2»"}],
 "referrals": [{"to": "«dept1»", "hospital": "«hosp»", "note": "επανεξέταση", "contact": "«r_n»", "contact_phone": "«r_ph»"}],
 "access_log": [{"user": "«n_user»", "ip": "«ip»", "at": "«d1_iso»T«t2x»:00"}]}
"""

PORTAL_SI = """{"vir": "zVEM - Zdravstveni portal", "izvoz": "«d1_iso»T«t1x»:00",
 "oseba": {"emso": "«p_nat»", "zzzs": "«p_hp»", "ime": "«p_g»", "priimek": "«p_f»", "rojstvo": "«p_dobiso»", "starost": "«p_age»",
           "naslov": "«p_line», «p_pc» «p_town»", "gsm": "«p_ph»", "eposta": "«p_em»"},
 "napotnice": [{"st": "«refno»", "datum": "«d2_iso»", "izvajalec": "«hosp»", "oddelek": "«dept1»", "zdravnik": "«m_n»", "dg": "«dx1»", "opis": "«diag1»", "izvid": "«lab1»"}],
 "erecepti": [{"zdravilo": "«drug1»", "predpisal": "«m2_n»", "datum": "«d1_iso»"}],
 "pooblascenci": [{"ime": "«r_n»", "razmerje": "«r_rel»", "gsm": "«r_ph»"}],
 "link": "«url»", "dostop": {"ip": "«ip»", "uporabnik": "«n_user»"}}
"""

CSV_CAT = """# La Meva Salut - exportació d'activitat - «d1_iso» - usuari: «p_em»
data;hora;tipus;professional;centre;detall;CIP
«d2_iso»;«t1»;visita;«m_dr» «m_n»;«hosp»;«diag1» («dx1»);«p_hp»
«d2_iso»;«t2»;analítica;«n_n»;CAP;«lab1»;«p_hp»
«d1_iso»;«t3»;recepta;«m2_dr» «m2_n»;«hosp»;«drug1»;«p_hp»
«d3_iso»;«t4»;cita;«n2_n»;CAP;control TA;«p_hp»
# titular: «p_n» (DNI «p_nat», naix. «p_dobiso»), «p_line», «p_pc» «p_town»; persona autoritzada: «r_n», «r_ph»
"""

CSV_RS = """# еЗдравље - извоз прегледа - «d1_iso» - корисник «p_em»
датум;време;врста;лекар;установа;опис;ЛБО
«d2_iso»;«t1»;преглед;др «m_n»;«hosp»;«diag1» («dx1»);«p_hp»
«d2_iso»;«t2»;лабораторија;«n_n»;Дом здравља;«lab1»;«p_hp»
«d1_iso»;«t3»;е-рецепт;др «m2_n»;«hosp»;«drug1»;«p_hp»
«d3_iso»;«t4»;заказано;«n2_n»;Дом здравља;контрола;«p_hp»
# осигураник: «p_n», ЈМБГ «p_nat», рођен/а «p_dobiso», «p_line», «p_pc» «p_town»; овлашћено лице: «r_n», «r_ph»
"""

SMS_BG = """[«d1_num» «t1»] МБАЛ ЦЕНТЪР ЗА ЗАПИСВАНЕ → «p_ph»: Здравейте, «p_gv»! Напомняме за час при д-р «m_n» на «d3_num» в «t2», каб. 14. ИЗ «p_mrn».
[«d1_num» «t3»] «p_ph» → ЦЕНТЪР: Ще дойде «r_rel» «r_g», аз не мога. Тел. «r_ph».
[«d2_num» «t1»] МБАЛ → «r_ph»: «r_dear» «r_n», потвърждаваме часа на «p_n» (ЕГН «p_nat»). Носете направление № «refno». Не приемайте «drug1» сутринта преди изследването.
[«d2_num» «t4»] МБАЛ → «q1_ph»: «q1_dear» «q1_n», резултатите от «d1_short» са готови. Въпроси: мед. сестра «n_n».
"""

SMS_RSL = """[«d1_num» «t1»] DOM ZDRAVLJA → «p_ph»: Poštovani/a «p_n», podsećamo Vas na pregled kod dr «m_ng» «d3_num» u «t2». Br. zakazivanja «refno».
[«d1_num» «t3»] «p_ph» → DZ: Doći će «r_rel» «r_g», ja sam slab/a. Broj: «r_ph».
[«d2_num» «t1»] DZ → «r_ph»: Poštovana/i «r_n», termin za «p_ng» (LBO «p_hp») je potvrđen. Ponesite uput. Ne uzimajte «drug1» ujutru pre vađenja krvi (‹laboratorija›).
[«d2_num» «t4»] DZ → «q1_ph»: «q1_n», nalazi od «d1_short» su spremni. Info: sestra «n_n», «n_em».
"""

EMAIL_MK = """Од: «m_em»
До: «r_em»
Датум: «d1_num» «t1»
Тема: Резултати - «p_n», ЕМБГ «p_nat»

«r_dear» «r_gv»,
Ви ги праќам наодите на Вашиот/Вашата родител «p_n» (роден/а «p_dob», «p_age» години): «lab1», «lab2».
Дијагноза: «dx1» «diag1». Терапија: «drug1», «drug2».
Закажан е преглед кај д-р «m2_n» во «hosp» на «d3_num». Медицинската сестра «n_n» ќе дојде на адреса «p_line», «p_town».
Поздрав,
д-р «m_n», матичен лекар (лиценца «m_lic»), тел. «m_ph»
"""

EMAIL_AL = """Nga: «m_em»
Për: «r_em»
Data: «d1_num» «t1»
Tema: Rezultatet e «p_ng» - NID «p_nat»

«r_dear» «r_g»,
Po ju dërgoj rezultatet e analizave të «p_ng» (datëlindja «p_dob», «p_age» vjeç): «lab1», «lab2».
Diagnoza: «dx1» «diag1». Mjekimi: «drug1», «drug2».
Vizita te Dr. «m2_n» në «hosp» është caktuar më «d3_num». Infermieri/ja «n_n» do të vijë në adresën «p_line», «p_town».
Me respekt,
Dr. «m_n», mjek familje (licenca «m_lic»), cel. «m_ph»
"""

HOMECARE_SI = """‹PATRONAŽNA SLUŽBA - DNEVNIK OBISKOV› - ZD - «d1_num»
Varovanec: «p_n», EMŠO «p_nat», ZZZS «p_hp», «p_line», «p_pc» «p_town»; «p_age» let
«t1»  obisk: dipl. m. s. «n_n» - RR 145/80, GUK 8,4; «drug1» razdeljen v dozirnik
«t2»  klic «r_relg» «r_ng» («r_ph») - prosi za prevez rane
«t3»  posvet z dr. «m_n» po telefonu: nadaljuj «drug2», kontrola «d3_short»
«t4»  predaja «n2_nd» za vikend; ključ pri sosedu «q1_nd», «q1_line»
Naslednji obisk: «d2_num». Merilnik glukoze SN «device».
"""

HOMECARE_MT = """‹HOME CARE VISIT LOG› - Community Nursing - «d1_num»
Klijent: «p_n» («p_age»), ID «p_nat», «p_line», «p_town» «p_pc»
«t1»  Żjara minn Nurse «n_n»: BP 150/85, «lab1». Ingħata «drug1». Dressing fuq is-sieq ix-xellugija.
«t2»  Ċempel «r_rel», «r_n» («r_ph»): jistaqsi dwar it-tabib.
«t3»  Ikkonsultat Dr «m_n» (reg. «m_lic»): ikompli «drug2», follow-up «d3_short».
«t4»  Handover lil Nurse «n2_n». Il-ġara «q1_n» għandha ċavetta («q1_ph»).
Żjara li jmiss: «d2_num». Glucometer SN «device».
"""

VACC_GAL = """‹CARTILLA DE VACINACIÓN› - SERGAS - Centro de Saúde
Nome: «p_n»      TIS: «p_hp»      DNI: «p_nat»      Data de nacemento: «p_dob»
Enderezo: «p_line», «p_pc» «p_town»      Teléfono: «p_ph»
Vacina                     Data          Lote        Administra
‹Gripe (Fluenz)›            «d2_num»     «lot1»      «n_n»
‹COVID-19 (Comirnaty)›      «d1_num»     «lot2»      «n2_n»
‹Pneumococo (Prevenar 20)›  «d3_num»     «lot3»      «n_n»
Observacións: acompañado/a polo fillo «r_n» («r_ph»). Idade «p_age». Médico/a: «m_dr» «m_n».
"""

VACC_BA = """‹POTVRDA O VAKCINACIJI› - JU Dom zdravlja - Higijensko-epidemiološka služba
Ime i prezime: «p_n»   JMBG: «p_nat»   Datum rođenja: «p_dob»
Adresa: «p_line», «p_pc» «p_town»   Telefon: «p_ph»
Vakcina                      Datum         Serija      Vakcinisao/la
‹Influvac Tetra›               «d2_num»   «lot1»    med. sestra «n_n»
‹Comirnaty›                    «d1_num»   «lot2»    med. sestra «n2_n»
‹Tetanus (Tetraxim)›           «d3_num»   «lot3»    dr. «m_n»
Napomena: pacijent «p_age» god., u pratnji «r_ng» («r_ph»). Potvrdu izdao/la «s_n».
"""

CARD_GR = """‹ΣΤΟΙΧΕΙΑ ΑΣΦΑΛΙΣΜΕΝΟΥ - ΕΟΠΥΥ› (εκτύπωση «d1_num» «t1», χρήστης «s_user»)
Επώνυμο: «p_F»     Όνομα: «p_g»     Πατρώνυμο: «father»     Μητρώνυμο: «mother»
ΑΜΚΑ: «p_amka»     Αρ. Μητρώου ΕΟΠΥΥ: «p_hp»     Ημ. γέννησης: «p_dob» («p_age» ετών)
Διεύθυνση: «p_line», «p_pc» «p_town»     Κινητό: «p_ph»
Ασφαλιστική ικανότητα έως: «d3_num»     Ευρωπαϊκή κάρτα (ΕΚΑΑ): «ehic»
Χρόνια πάθηση: «diag1» («dx1»), «drug1»
Προστατευόμενο μέλος: «r_n», ΑΜΚΑ «r_amka»
Παρατήρηση: ενημερώθηκε ο/η «r_gv» τηλεφωνικά στις «d1_short» από «s_n».
"""

CARD_MT = """‹ENTITLEMENT & ID CARD DATA› - Entitlement Unit - printed «d1_num» «t1»
Kunjom: «p_F»     Isem: «p_g»     ID card: «p_nat»     Data tat-twelid: «p_dob» («p_age»)
Entitlement no.: «p_hp»     Pink form: iva     Indirizz: «p_line», «p_town» «p_pc»
Mobile: «p_ph»     Email: «p_em»
Dependent: «r_n», ID «r_nat»
Schedule V: «diag1» («dx1»), «diag2»; «drug1»
Verifikat minn: «s_n», Entitlement officer. Nota: talba mingħand Dr «m_n» (reg. «m_lic»).
"""

DEATH_RO = """‹CERTIFICAT MEDICAL CONSTATATOR AL DECESULUI›       Seria «deathser» nr. «deathno»
Numele și prenumele decedatului: «p_FG»     CNP: «p_nat»
Data nașterii: «p_dob»     Vârsta: «p_age» ani     Domiciliul: «p_line», «p_town», «p_pc»
Data decesului: «d1_long», ora «t1»     Locul decesului: «hosp», «dept1»
Cauza decesului: a) «diag1» («dx1»); b) «diag2» («dx2»)
Declarant: «r_n», CNP «r_nat», telefon «r_ph»
Medic care constată decesul: dr. «m_n», cod parafă «m_lic». Copie pentru medicul de familie dr. «m2_n».
"""

DEATH_HR = """‹POTVRDA O SMRTI›       Broj: «deathno»
Ime i prezime umrle osobe: «p_n»     OIB: «p_nat»
Datum rođenja: «p_dob»     Dob: «p_age»     Prebivalište: «p_line», «p_pc» «p_town»
Datum i vrijeme smrti: «d1_long» u «t1»     Mjesto smrti: «hosp», «dept1»
Osnovni uzrok smrti: «dx1» «diag1»; neposredni uzrok: «dx2» «diag2»
Smrt prijavio/la: «r_n», OIB «r_nat», tel. «r_ph»
Mrtvozornik: dr. «m_n», šifra «m_lic». Obaviještena obiteljska liječnica «m2_n».
"""

AMB_MK = """‹ИЗВЕШТАЈ НА ЕКИПА НА ИТНА МЕДИЦИНСКА ПОМОШ›      Случај бр. «ambno»     Екипа «amb_unit»
Повик: «d1_num» «t1», пријавувач «r_n» («r_ph», ЕМБГ «r_nat»)
Пациент: «p_n», ЕМБГ «p_nat», возраст «p_age»
Локација: «p_line», «p_town»; возило на пациентот «plate» паркирано пред влезот
Наод: «diag1», ЕКГ: синусен ритам, «lab1». Дадено: «drug1».
Транспорт до «hosp» во «t2». Предаден на д-р «m2_n» во «t3».
Екипа: д-р «m_n», мед. техничар «n_n», возач «s_n».
"""

AMB_CAT = """‹INFORME ASSISTENCIAL - SEM›      Incident núm. «ambno»     Unitat «amb_unit»
Trucada: «d1_num» «t1», alertant: «r_n» (tel. «r_ph»)
Pacient: «p_n», DNI/NIE «p_nat», CIP «p_hp», edat «p_age»
Lloc: «p_line», «p_pc» «p_town»; vehicle del pacient «plate» aparcat a la vorera
Valoració: «diag1» («dx1»), «lab1». Administrat: «drug1».
Trasllat a «hosp» a les «t2». Data de naixement «p_dob»; contacte familiar «q1_n». Transferit a «m2_dr» «m2_n» a les «t3».
Equip: metge/ssa «m_n», infermeria «n_n», TTS «s_n».
"""

TEMPLATES: list[tuple[str, list[str], str, list[str]]] = [
    ("p93_discharge_letter", ["HR", "IT"], "text", [DISCHARGE_HR, DISCHARGE_IT]),
    ("p93_epicrisis_exitirio", ["GR", "BG"], "text", [EXITIRIO_GR, EPICRISIS_BG]),
    ("p93_referral_uputnica", ["BA", "SI"], "text", [REFERRAL_BA, REFERRAL_SI]),
    ("p93_eprescription_dispensing", ["RS", "CAT"], "text", [ERX_RS, ERX_CAT]),
    ("p93_emergency_sheet", ["RSL", "MK"], "text", [ED_RSL, ED_MK]),
    ("p93_nursing_shift_handover", ["HR", "GAL"], "text", [HANDOVER_HR, HANDOVER_GAL]),
    ("p93_family_gp_note", ["MT", "AL"], "text", [GP_MT, GP_AL]),
    ("p93_lab_report_header", ["RO", "IT"], "text", [LAB_RO, LAB_IT]),
    ("p93_sick_leave_certificate", ["BA", "RO"], "text", [SICK_BA, SICK_RO]),
    ("p93_ehealth_portal_json", ["GR", "SI"], "json", [PORTAL_GR, PORTAL_SI]),
    ("p93_ehealth_portal_csv", ["CAT", "RS"], "text", [CSV_CAT, CSV_RS]),
    ("p93_sms_appointment_reminders", ["BG", "RSL"], "text", [SMS_BG, SMS_RSL]),
    ("p93_family_doctor_email", ["MK", "AL"], "text", [EMAIL_MK, EMAIL_AL]),
    ("p93_homecare_visit_log", ["SI", "MT"], "text", [HOMECARE_SI, HOMECARE_MT]),
    ("p93_vaccination_card", ["GAL", "BA"], "text", [VACC_GAL, VACC_BA]),
    ("p93_insurance_card_data", ["GR", "MT"], "text", [CARD_GR, CARD_MT]),
    ("p93_death_certificate", ["RO", "HR"], "text", [DEATH_RO, DEATH_HR]),
    ("p93_ambulance_report", ["MK", "CAT"], "text", [AMB_MK, AMB_CAT]),
]


def base_slots(rng: random.Random, loc_code: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    lang = loc.lang
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(700))
    used: set[str] = set()
    old = (90 * Y + 30, 101 * Y)
    p = draw_person(rng, loc, used, d1, age_days=old if rng.random() < 0.5 else (30 * Y, 89 * Y), double=True)
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.4 and not p.female else None,
                    age_days=(25 * Y, 70 * Y), double=True)  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("q1", "q2"):
        ppl[x] = draw_person(
            rng, loc, used, d1, age_days=old if rng.random() < 0.25 else (18 * Y, 89 * Y), double=True
        )
    for x in ("n", "n2", "m", "m2", "s", "o"):
        ppl[x] = draw_person(rng, loc, used, d1, age_days=(24 * Y, 66 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1))
        s[f"{x}_amka"] = s[f"{x}_nat"]
        s[f"{x}_reg"] = K(w.region)
    from tests.engine.probe93.people import NAMES, words

    fathers = [g for g in NAMES[p.culture][1] if not words(g) & used]
    s["father"] = P("NAME", rng.choice(fathers)) if fathers else K("-")
    used |= words(s["father"].value)
    mothers = [g for g in NAMES[p.culture][0] if not words(g) & used]
    s["mother"] = P("NAME", rng.choice(mothers)) if mothers else K("-")
    s["hosp"] = K(rng.choice(HOSP[loc_code]))
    d1n, d2n = rng.sample(DEPT[lang], 2)
    s["dept1"], s["dept2"] = K(d1n), K(d2n)
    for i, dr in enumerate(rng.sample(DRUGS[lang], 4), 1):
        s[f"drug{i}"] = K(dr)
    for i, (code, text) in enumerate(rng.sample(DX[lang], 2), 1):
        s[f"dx{i}"], s[f"diag{i}"] = K(code), K(text)
    for i, lab in enumerate(rng.sample(LABS[lang], 3), 1):
        s[f"lab{i}"] = K(lab)
    mins = sorted(rng.sample(range(6 * 60, 22 * 60, 5), 4))
    for i, m in enumerate(mins, 1):
        s[f"t{i}"] = K(f"{m // 60:02d}:{m % 60:02d}")
        s[f"t{i}x"] = f"{m // 60:02d}:{m % 60:02d}"  # inside an ISO time stamp: plain text
    s["year"] = K(rng.choice(YEARS))
    # a Bulgarian history number is written with its year ("ИЗ № 4732/2024"): the whole is the record number
    s["p_mrnyr"] = P("MRN", f"{p.ids['mrn'].replace('/', '')}/{d1.year}")
    s["refno"] = P("ID", fill(rng, rng.choice(["%#########", "%###-######", "%##########"])))
    s["rxno"], s["rxno2"] = (P("ID", fill(rng, "%###########")), P("ID", fill(rng, "%###########")))
    s["sickno"] = P("ID", fill(rng, rng.choice(["%######", "%#######"])))
    s["sample"], s["sample2"] = P("ID", fill(rng, "%#########")), P("ID", fill(rng, "@%#######"))
    s["deathser"] = K(rng.choice(["VS", "CMD", "A"]))
    s["deathno"] = P("ID", fill(rng, rng.choice(["%######", "%#####/####"])))
    s["ambno"] = P("ID", fill(rng, rng.choice(["%########", "%##-#####"])))
    s["amb_unit"] = K(
        rng.choice(["SVA-31", "SVB-G12", "Е-4", "М-17", "HP 2"])
        if loc_code in ("CAT", "RSL")
        else rng.choice(["Т-3", "Ф-11", "Е-4"])
    )
    if loc_code == "CAT":
        s["amb_unit"] = K(rng.choice(["SVA-31", "SVB-G12", "SVA-L07"]))
    elif loc_code == "RSL":
        s["amb_unit"] = K(rng.choice(["HP 2", "HP 5", "tim 3"]))
    s["plate"] = P(
        "VEHICLE",
        fill(rng, {"MK": "BT-####-@@", "CAT": "####-@@@"}.get(loc_code, "@@-###-@@")).replace(
            "BT", rng.choice(["BT", "ŠT", "SK"])
        ),
    )
    s["device"] = P("DEVICE", fill(rng, rng.choice(["%#######", "@@%######", "%##@#####"])))
    s["ehic"] = P("HEALTH_PLAN", "8030" + fill(rng, "################"))
    s["ip"] = P(
        "IP",
        f"{rng.choice([46, 79, 85, 89, 93, 176, 185, 212])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}",
    )
    s["url"] = P("URL", f"https://zvem.ezdrav.si/napotnice?zzzs={p.ids['hp']}&s={rng.randint(1000, 9999)}")
    for i in (1, 2, 3):
        s[f"lot{i}"] = K(fill(rng, rng.choice(["@@%###", "@%##@@", "F@%###"])))
    for k, d in {
        "d1": d1,
        "d2": d1 - timedelta(days=rng.randint(2, 20)),
        "d3": d1 + timedelta(days=rng.randint(3, 45)),
    }.items():
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


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, templates: list[str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc, template = locs[index % len(locs)], templates[index % len(templates)]
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe93:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
