# ruff: noqa: E501  (hand-aligned templates)
"""Eighty-sixth independent probe corpus: sports, exercise and event medicine -- team doctors, physios, race
medical tents, anti-doping officers, academy welfare staff, event ambulance crews and club insurers -- from the
United States, Canada, the United Kingdom, Ireland, Australia, New Zealand and South Africa, with clubs in
France, Spain, Italy and Portugal writing in their own language. Built the way an outside evaluator builds a
held-out set, with its own templates and its own name lists (people.py).

34 labelled documents in 17 kinds per seed, two of each: a team physician's clinical note, a physio SOAP
note, a SCAT-style concussion assessment form, an injury-surveillance CSV export, a pre-participation
physical, a marathon medical-tent log (bib numbers), a therapeutic-use-exemption application with
whereabouts, a transfer medical (Spanish, Portuguese), a club WhatsApp physio thread, an academy safeguarding
note, an event ambulance handover (IMIST-AMBO), a GPS/wearable load export (JSON), an injured player's
insurance claim, a press-release draft holding medical detail, a club concussion form (French, Italian), a
veterans' club incident report (members and spectators aged 90+) and a tour medical roster. Players from
many countries (Yoruba, Ghanaian, Ivorian, Kenyan, Ethiopian, Brazilian, Argentine, Serbian, Tongan and
Fijian, Japanese, Korean, Georgian, Nordic, Irish, Afrikaans), nicknames, squad numbers, agents and relatives.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the player or patient (aged 90+ in the
veterans' report), `r` a relative, `a` the agent, `d` the team doctor, `n` the physio, `s` a coach, welfare
officer or paramedic, `c` `c2` other clinicians, `m` a media officer, `w1`-`w3` `p2` other players,
witnesses or runners, `v` a spectator aged 90+. Forms: `_n` full name, `_g` given, `_f` family, `_lf`
"Family, Given", `_i` "G. Family", `_nick` the name the person goes by, `_ph` `_ph2` `_em`, `_line` `_town`
`_pc` `_addr`, `_dob` (the country's form) and `_dobiso` `_doblong`, `_age` (keep, under 90), `_old` (AGE,
90+), `_nat` `_hp` `_hid` with their labels `_natl` `_hpl` `_hidl`, `_dl`, `_pp` (passport), `_reg` (club or
federation registration), `_sq` (squad number, keep).

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- player, relative, agent, clinician, coach, media officer, runner,
  spectator: full, given alone, family alone, "Family, Given", "G. Family", a nickname, a login built from the
  name (initial + family, as an export's "by" field writes it); particles (Ó, Du, Le) inside the value. Honorifics, credentials and roles (Dr, Physio, RN, DSO, Doc) are plain text.
- ADDRESS street lines and towns; ZIP every postcode (US ZIP, Canadian, UK, Eircode, Australian, NZ, South
  African, French, Spanish, Italian, Portuguese). States, provinces, counties and regions plain text.
- DATE every date more specific than a year, in any language; years alone keep. AGE 90 and over; under 90
  keep.
- PHONE, EMAIL of any person (club staff's own mobiles and e-mails too); a club's, clinic's or insurer's
  switchboard is plain text.
- SSN: US SSN, Canadian SIN, UK National Insurance number, Irish PPSN, Australian TFN, NZ IRD, South African
  ID number, French NIR, Spanish DNI/NIE and NSS, Italian codice fiscale, Portuguese NIF. HEALTH_PLAN: member
  and subscriber ids, Blue Cross, OHIP and BC PHN, Bupa, VHI and GMS, Australian Medicare, Southern Cross,
  medical-aid numbers, mutuelle, tarjeta sanitaria, tessera sanitaria, SNS utente numbers. ID: NHS, IHI and
  NHI numbers, passports, club and federation registration ids (FAN, SARU, licence FFR, tessera FIGC),
  ADAMS ids, race bib numbers, membership numbers, claim, incident, case and job numbers. MRN hospital
  numbers. ACCOUNT bank accounts. LICENSE NPI, GMC, IMC, AHPRA, MCNZ, CPSO, HPCSA, colegiado, RPPS and
  physiotherapy registrations, driving licences. DEVICE GPS pod, heart-rate strap, AED and wearable serials
  and IMEIs. VEHICLE a player's or relative's plate; an organisation's vehicle (the race's sweep car) plain text. URL a link carrying a token; IP the address an export came from.
- Keep (must survive): drugs and doses, lab values (CK, lactate, haemoglobin, sodium), ICD-10 codes,
  diagnoses, clubs, leagues, competitions, stadiums and grounds, hospitals, governing bodies and their rules,
  anti-doping organisations, squad numbers (#14), match minutes, scores, times, ages under 90, years alone,
  headings marked ‹...›.
- A draw that makes a label ambiguous (a name word also elsewhere in the document, in any case) is re-drawn
  (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe86 import ids
from tests.engine.probe86.people import LOCS, K, P, Person, Slot, draw_person, fill, id_labels, plain

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "pt": ["janeiro", "fevereiro", "março", "abril", "maio", "junho", "julho", "agosto", "setembro", "outubro", "novembro", "dezembro"],
}  # fmt: skip
LANG = {"FR": "fr", "ES": "es", "IT": "it", "PT": "pt"}


def date_forms(d: date, loc: str) -> dict[str, P]:
    lang = LANG.get(loc, "en")
    mon = MONTHS[lang][d.month - 1]
    D = lambda v: P("DATE", v)  # noqa: E731
    long = {"en": f"{mon} {d.day}, {d.year}" if loc in ("US", "CA") else f"{d.day} {mon} {d.year}", "fr": f"{d.day} {mon} {d.year}",
            "es": f"{d.day} de {mon} de {d.year}", "it": f"{d.day} {mon} {d.year}", "pt": f"{d.day} de {mon} de {d.year}"}[lang]  # fmt: skip
    short = {"en": f"{mon[:3]} {d.day}" if loc in ("US", "CA") else f"{d.day} {mon[:3]}", "fr": f"{d.day} {mon}", "es": f"{d.day} de {mon}",
             "it": f"{d.day} {mon}", "pt": f"{d.day} de {mon}"}[lang]  # fmt: skip
    return {
        "loc": D(f"{d:%m/%d/%Y}" if loc == "US" else d.isoformat() if loc == "CA" else f"{d:%d/%m/%Y}"),
        "long": D(long),
        "short": D(short),
        "iso": D(d.isoformat()),
        "dm": D(f"{d.day}/{d.month}" if loc != "US" else f"{d.month}/{d.day}"),
        "mon": D(f"{d.day:02d}-{MONTHS['en'][d.month - 1][:3]}-{d.year}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, ab = w.loc.code, w.abbr
    if c in ("US", "CA", "AU"):
        return (A(w.line), ", ", A(w.town), f" {ab} ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {ab}, ", Z(w.postcode))
    if c in ("FR", "ES", "IT", "PT"):
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))


REG_ID = {"US": ("NCAA ID", "%#########"), "CA": ("OSA ID", "%#######"), "UK": ("FAN", "%#######"), "IE": ("GAA ID", "%######"),
          "AU": ("MySideline ID", "%#######"), "NZ": ("NZR ID", "%######"), "ZA": ("SARU reg", "ZA%######"), "FR": ("Licence FFR", "%#######@"),
          "ES": ("Licencia RFEF", "%#######"), "IT": ("Tessera FIGC", "%######"), "PT": ("Licença FPF", "%######")}  # fmt: skip
REG_LABEL = {"US": "NPI", "CA": "CPSO", "UK": "GMC", "IE": "IMC", "AU": "AHPRA", "NZ": "MCNZ", "ZA": "HPCSA", "FR": "RPPS", "ES": "nº colegiado",
             "IT": "iscr. Ordine", "PT": "cédula OM"}  # fmt: skip


def reg_number(rng: random.Random, loc: str) -> str:
    return {"US": ids.npi(rng), "CA": fill(rng, "%#####"), "UK": fill(rng, "%######"), "IE": fill(rng, "%####"), "AU": fill(rng, "MED000%######"),
            "NZ": fill(rng, "%####"), "ZA": fill(rng, "MP %######"), "FR": fill(rng, "10%#########"), "ES": fill(rng, "%#/%#/#####"),
            "IT": fill(rng, "%####"), "PT": fill(rng, "%####")}[loc]  # fmt: skip


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    age = (ref - w.dob).days * 100 // 36525
    dob = date_forms(w.dob, c)
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_lf": N(f"{w.family}, {w.given}"),
        f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_nick": N(w.nick or w.given),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w),
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_doblong": dob["long"], f"{x}_dobmon": dob["mon"],
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)), f"{x}_dl": P("LICENSE", w.ids["dl"]), f"{x}_pp": P("ID", w.ids["pp"]),
        f"{x}_sex": "F" if w.female else "M", f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his",
        f"{x}_him": "her" if w.female else "him", f"{x}_Mr": "Ms" if w.female else "Mr",
        f"{x}_reg": P("ID", fill(rng, REG_ID[c][1])), f"{x}_regl": REG_ID[c][0],
        f"{x}_lic": P("LICENSE", reg_number(rng, c)), f"{x}_licl": REG_LABEL[c],
    }  # fmt: skip
    sq = rng.randint(1, 23) if x != "p" else rng.randint(2, 15)
    s[f"{x}_sq"], s[f"{x}_sqn"] = K(f"#{sq}"), str(sq)
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key])
        s[f"{x}_{key}l"] = label
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

HOSPITALS = {"US": ["OHSU Hospital", "Denver Health Medical Center", "Grady Memorial Hospital", "Dell Seton Medical Center"],
             "CA": ["The Ottawa Hospital", "Royal Victoria Regional Health Centre", "Vancouver General Hospital"],
             "UK": ["Salford Royal Hospital", "Aintree University Hospital", "New Cross Hospital", "Sunderland Royal Hospital"],
             "IE": ["Cork University Hospital", "Naas General Hospital", "Santry Sports Clinic", "Beaumont Hospital"],
             "AU": ["Royal Melbourne Hospital", "Gold Coast University Hospital", "Nepean Hospital"],
             "NZ": ["Christchurch Hospital", "Waikato Hospital", "Dunedin Hospital"],
             "ZA": ["Tygerberg Hospital", "Chris Hani Baragwanath Academic Hospital", "Inkosi Albert Luthuli Central Hospital"],
             "FR": ["CHU de Brest", "CHU de Toulouse - Purpan"], "ES": ["Hospital Álvaro Cunqueiro", "Hospital Universitario Donostia"],
             "IT": ["Ospedale Brotzu", "Ospedale Niguarda"], "PT": ["Hospital do Divino Espírito Santo", "Hospital de São João"]}  # fmt: skip
CLUBS = {"US": ["Cascadia Rivermen SC", "Front Range Athletic", "Piedmont Valley High School"], "CA": ["Bytown Voyageurs FC", "Coast Mountain Rugby Club"],
         "UK": ["Irwell Rovers AFC", "Mersey Vale RUFC", "Black Country Borough FC"], "IE": ["Naomh Fionnbarra GAA", "Curragh Wanderers RFC"],
         "AU": ["Maribyrnong Sharks", "Hinterland Falcons RLFC"], "NZ": ["Taieri Rams RFC", "Waikato Kahu FC"],
         "ZA": ["Boland Kavaliers Academy", "Highveld Lions RFC"], "FR": ["Stade Landernéen", "Union Sportive Albigeoise"],
         "ES": ["Arousa Sporting CF", "Zarautz Kirol Elkartea"], "IT": ["Polisportiva Quartu 1946", "AC Sestese"],
         "PT": ["Sporting Clube Micaelense", "Gondomar Atlético Clube"]}  # fmt: skip
LEAGUES = {"US": ["MLS NEXT Pro", "USL League One", "NCAA Division I"], "CA": ["Canadian Premier League", "Rugby Canada Super League"],
           "UK": ["EFL League Two", "Premiership Rugby Cup", "National League North"], "IE": ["All-Ireland Senior Football Championship", "Energia All-Ireland League"],
           "AU": ["NRL Women's Premiership", "A-League Men", "VFL"], "NZ": ["Bunnings NPC", "National League"],
           "ZA": ["Currie Cup", "Varsity Cup", "DStv Premiership"], "FR": ["Nationale", "Top 14"], "ES": ["Primera Federación", "LaLiga Hypermotion"],
           "IT": ["Serie C", "Serie D"], "PT": ["Liga Portugal 2", "Campeonato de Portugal"]}  # fmt: skip
GROUNDS = {"US": ["Rivermen Park", "Mesa County Stadium"], "CA": ["Bytown Oval", "Coast Mountain Field"], "UK": ["Irwell Lane", "Vale Park Road End"],
           "IE": ["Páirc Fionnbarra", "Curragh Road"], "AU": ["Maribyrnong Oval", "Falcons Stadium"], "NZ": ["Taieri Park", "Kahu Stadium"],
           "ZA": ["Kavaliers Stadion", "Highveld Park"], "FR": ["Stade de Kerlaurent", "Stade des Cantepau"], "ES": ["Estadio A Lomba", "Aizpurua Zelaia"],
           "IT": ["Stadio Is Arenas", "Stadio Breda"], "PT": ["Estádio de São Miguel", "Estádio de São Miguel de Gondomar"]}  # fmt: skip
OPPONENTS = [
    "Harbour City",
    "Ridgeway United",
    "Northern Suburbs",
    "Valley Rangers",
    "Old Collegians",
    "Eastern Districts",
    "St Columb's",
    "Dunmore Athletic",
]
BODIES = {"US": ["USADA", "NCAA Bylaw 31.2.3"], "CA": ["CCES", "Canadian Anti-Doping Program Rule 4.4"], "UK": ["UKAD", "FA Rule E25", "World Rugby Regulation 10"],
          "IE": ["Sport Ireland", "GAA Rule 1.9"], "AU": ["Sport Integrity Australia", "NRL Rule 16"], "NZ": ["Drug Free Sport NZ", "World Rugby Regulation 10"],
          "ZA": ["SAIDS", "World Rugby Regulation 10"], "FR": ["AFLD", "règlement médical FFR art. 2.4"], "ES": ["CELAD", "Reglamento General RFEF art. 94"],
          "IT": ["NADO Italia", "NOIF art. 43"], "PT": ["ADoP", "Regulamento FPF art. 37"]}  # fmt: skip
DRUGS = ["ibuprofen 400 mg", "paracetamol 1 g", "naproxen 500 mg", "diclofenac 75 mg", "celecoxib 200 mg", "prednisolone 40 mg", "salbutamol 100 mcg",
         "budesonide/formoterol 200/6", "ondansetron 4 mg", "tramadol 50 mg", "codeine 30 mg", "methylprednisolone 80 mg", "triamcinolone 40 mg",
         "lidocaine 1% 5 mL", "melatonin 3 mg", "omeprazole 20 mg", "ferrous sulfate 200 mg", "cholecalciferol 4000 IU", "oxycodone 5 mg", "glucose gel 15 g"]  # fmt: skip
DRUGS_FR = ["paracétamol 1 g", "kétoprofène 100 mg", "tramadol 50 mg", "ibuprofène 400 mg"]
DRUGS_ES = ["paracetamol 1 g", "dexketoprofeno 25 mg", "omeprazol 20 mg", "enoxaparina 40 mg"]
DRUGS_IT = ["paracetamolo 1 g", "ketoprofene 100 mg", "pantoprazolo 20 mg", "eparina 4000 UI"]
DRUGS_PT = ["paracetamol 1 g", "metamizol 575 mg", "etoricoxib 90 mg", "enoxaparina 40 mg"]
LABS = ["CK 2840 U/L", "CK 14 600 U/L", "lactate 6.8 mmol/L", "Hb 138 g/L", "Hb 112 g/L", "ferritin 14 ug/L", "Na 128 mmol/L", "Na 131 mmol/L",
        "vitamin D 38 nmol/L", "creatinine 142 umol/L", "glucose 3.1 mmol/L", "troponin 22 ng/L", "CRP 9 mg/L", "K 5.4 mmol/L"]  # fmt: skip
LABS_EU = [
    "CK 3120 UI/L",
    "Hb 14,1 g/dL",
    "lactato 5,2 mmol/L",
    "ferritina 21 ng/mL",
    "PCR 4 mg/L",
    "CPK 1870 U/L",
]
ICD = {"S06.0X1A": "concussion with brief loss of consciousness", "S06.0X0A": "concussion", "S83.511A": "ACL rupture, right knee",
       "S93.401A": "lateral ankle sprain", "S76.111A": "quadriceps strain", "S76.311A": "hamstring strain", "S43.101A": "acromioclavicular joint separation",
       "S42.001A": "clavicle fracture", "S02.2XXA": "nasal fracture", "M84.374A": "metatarsal stress fracture", "M62.82": "exertional rhabdomyolysis",
       "T67.01XA": "exertional heat stroke", "E87.1": "exercise-associated hyponatraemia", "J45.990": "exercise-induced bronchoconstriction",
       "M76.61": "Achilles tendinopathy", "S82.61XA": "fibula fracture"}  # fmt: skip
ICD_ES = {
    "S83.511A": "rotura del LCA de la rodilla derecha",
    "S93.401A": "esguince de tobillo",
    "S76.311A": "rotura fibrilar de isquiotibiales",
}
ICD_PT = {
    "S83.511A": "rotura do LCA do joelho direito",
    "S93.401A": "entorse do tornozelo",
    "M84.374A": "fratura de stress do metatarso",
}
ICD_FR = {
    "S06.0X1A": "commotion cérébrale avec perte de connaissance brève",
    "S06.0X0A": "commotion cérébrale",
}
ICD_IT = {
    "S06.0X1A": "commozione cerebrale con breve perdita di coscienza",
    "S06.0X0A": "commozione cerebrale",
}
TUE = {"J45.990": ("exercise-induced bronchoconstriction", "terbutaline 500 mcg inhaled"), "F90.0": ("ADHD, inattentive type", "methylphenidate 36 mg"),
       "E10.9": ("type 1 diabetes", "insulin glargine 24 units"), "E23.0": ("hypogonadotropic hypogonadism", "testosterone gel 50 mg"),
       "K50.90": ("Crohn's disease flare", "prednisolone 30 mg")}  # fmt: skip
SPORTS = {"US": ["soccer", "football", "lacrosse", "basketball"], "CA": ["soccer", "rugby union", "ice hockey"], "UK": ["football", "rugby union"],
          "IE": ["Gaelic football", "hurling", "rugby union"], "AU": ["rugby league", "Australian football", "football"], "NZ": ["rugby union", "football"],
          "ZA": ["rugby union", "football"], "FR": ["rugby"], "ES": ["fútbol"], "IT": ["calcio"], "PT": ["futebol"]}  # fmt: skip
POSITIONS = [
    "centre-back",
    "winger",
    "loosehead prop",
    "openside flanker",
    "fullback",
    "goalkeeper",
    "scrum-half",
    "midfielder",
    "midfield",
]
NATIONALITY = {"yoruba": "Nigerian", "ghanaian": "Ghanaian", "ivorian": "Ivorian", "kenyan": "Kenyan", "ethiopian": "Ethiopian", "brazilian": "Brazilian",
               "argentine": "Argentine", "balkan": "Serbian", "pacific": "Tongan", "japanese": "Japanese", "korean": "South Korean", "georgian": "Georgian",
               "nordic": "Norwegian", "irish": "Irish", "afrikaans": "South African", "breton": "French", "iberian": "Spanish", "sardinian": "Italian"}  # fmt: skip
RELS = {
    True: ["mother", "wife", "sister", "partner", "aunt"],
    False: ["father", "husband", "brother", "partner", "uncle"],
}
RELS_OLD = {True: ["daughter", "niece", "granddaughter"], False: ["son", "nephew", "grandson"]}
RELS_YOUNG = {True: ["mother", "aunt", "grandmother"], False: ["father", "uncle", "grandfather"]}
RELS_L = {
    "fr": {True: "mère", False: "père"},
    "es": {True: "madre", False: "padre"},
    "it": {True: "madre", False: "padre"},
    "pt": {True: "mãe", False: "pai"},
}
SCHOOLS = {"US": "Tualatin Valley High School", "UK": "Droylsden Academy", "IE": "Coláiste an Chraoibhín", "CA": "Ottawa Technical Secondary School",
           "AU": "Tarneit Senior College", "NZ": "Rolleston College", "ZA": "Hoërskool Durbanville"}  # fmt: skip
GP = {"UK": ["Failsworth Health Centre", "Litherland Town Hall Surgery"], "IE": ["Rathcoole Medical Centre", "Kilbrittain Family Practice"],
      "NZ": ["Rolleston Medical Centre", "Mosgiel Health Centre"]}  # fmt: skip
INSURERS = {"ZA": ["Discovery Health", "Bonitas Medical Fund", "Sanlam Sport Cover"], "US": ["K&K Insurance", "Aetna Student Health", "Kaiser Permanente"],
            "CA": ["Manulife", "Sun Life"], "UK": ["Bupa", "Vitality"], "AU": ["HCF", "Medibank"], "NZ": ["ACC", "Southern Cross"], "IE": ["VHI", "Laya Healthcare"]}  # fmt: skip
AGENCY = {"AU": "Ambulance Victoria Event Services", "CA": "Ottawa Paramedic Service - Special Events"}
RACES = {
    "US": ["Willamette River Marathon", "Front Range Half Marathon"],
    "IE": ["Lee Valley Marathon", "Curragh 10 Mile"],
}
VCLUBS = {"UK": "Failsworth Veterans Bowls & Walking Football Club", "NZ": "Taieri Veterans Bowling Club"}
VCOMP = {"UK": "walking football round robin", "NZ": "club pairs championship"}
VENDORS = ["Catapult Vector S7", "STATSports Apex", "Polar Team Pro", "Kinexon Perform", "WHOOP 4.0"]
TOURS = [
    "pre-season camp, Paarl",
    "Pacific Nations Cup tour",
    "European tour (Dublin/Bordeaux)",
    "CONCACAF Champions Cup away leg",
]
BANKS = {"ZA": ["FNB", "Capitec", "Standard Bank", "Nedbank"], "US": ["Chase", "Wells Fargo", "US Bank"]}
TIMES = ["0645", "0812", "0958", "1135", "1318", "1442", "1605", "1729", "1851", "2014", "2137"]


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 2, 5) + timedelta(days=rng.randrange(640))
    used: set[str] = set()
    old = kind in OLD_P
    young = kind in YOUNG_P
    p = draw_person(rng, loc, used, d1, age_days=(90 * Y + 30, 99 * Y) if old else (14 * Y + 20, 16 * Y + 300) if young else (17 * Y, 36 * Y),
                    nick=rng.random() < 0.5)  # fmt: skip
    r = draw_person(rng, loc, used, d1, culture=p.culture, family=p.family if rng.random() < 0.5 else None, home=p if rng.random() < 0.4 else None,
                    age_days=(45 * Y, 70 * Y) if old else (38 * Y, 62 * Y) if young else (19 * Y, 66 * Y))  # fmt: skip
    ppl: dict[str, Person] = {"p": p, "r": r}
    for x in ("a", "d", "n", "s", "c", "c2", "m", "w1", "w2", "w3", "p2", "v"):
        span = (26 * Y, 66 * Y) if x in ("a", "d", "n", "s", "c", "c2", "m") else (17 * Y, 37 * Y)
        if x == "v" or (old and x in ("w1", "w3")):
            span = (90 * Y + 30, 99 * Y)
        ppl[x] = draw_person(rng, loc, used, d1, age_days=span, nick=x in ("w1", "w2") and rng.random() < 0.3)
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
        s[f"{x}_user"] = P("NAME", (plain(w.given)[0] + plain(w.family))[:12])
        s[f"{x}_nat_word"] = NATIONALITY[w.culture]
        rel = rng.choice(RELS[w.female])
        s[f"{x}_rel"] = rel
        s[f"{x}_rel_l"] = RELS_L.get(LANG.get(loc_code, ""), {True: rel, False: rel})[w.female]
    s["r_rel"] = rng.choice((RELS_OLD if old else RELS_YOUNG if young else RELS)[r.female])
    s["r_rel_l"] = RELS_L.get(LANG.get(loc_code, ""), {True: s["r_rel"], False: s["r_rel"]})[r.female]
    s["p_addr2"] = (P("ADDRESS", ppl["w3"].line), ", ", P("ADDRESS", ppl["w3"].town))
    s["d_npi"] = P("LICENSE", ids.npi(rng))
    s["mrn"] = P("MRN", fill(rng, rng.choice(["%#######", "M%######", "%##-##-##", "RX%######"])))
    s["bank_acct"] = P("ACCOUNT", fill(rng, rng.choice(["%#########", "%###########", "%####-#####-#"])))
    s["branch"] = fill(rng, "2#####")  # a bank's branch code identifies no one: plain text
    for k, pat in (("claim", "CL-%#######"), ("inc", "%#########"), ("case", "SG-%###/##"), ("adams", "%#########"), ("bib1", "%####"), ("bib2", "%####"),
                   ("bib3", "%###"), ("bib4", "%####"), ("bib5", "%####"), ("mem", "M%####"), ("job", "%#######")):  # fmt: skip
        s[k] = P("ID", fill(rng, pat))
    s["policy"] = fill(rng, "GRP-%####")  # a club's group policy: plain text
    s["plate"] = P("VEHICLE", ids.plate(rng, loc_code))
    s["org_plate"] = ids.plate(rng, loc_code)  # the race's own sweep vehicle identifies no one: plain text
    for k in ("dev1", "dev2", "dev3", "dev4", "aed"):
        s[k] = P(
            "DEVICE", fill(rng, rng.choice(["S7-%#@#####", "APX%######", "PTP-%##-#####@", "KX%#@#####"]))
        )
    for k in ("imei1", "imei2", "imei3"):
        s[k] = P("DEVICE", ids.imei(rng))
    s["ip"] = P("IP", ids.ipv4(rng))
    token = "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(22))
    s["url"] = P(
        "URL", f"https://share.{rng.choice(['clubmedic', 'squadhealth', 'physiolink'])}.example.com/v/{token}"
    )
    s["office_ph"] = fill(
        rng,
        {
            "UK": "0161 496 0###",
            "IE": "021 555 ###",
            "AU": "(03) 5550 ####",
            "NZ": "03-555 0###",
            "ZA": "021 555 0###",
        }.get(loc_code, "(^##) 555-01##"),
    )
    dd = {
        "d1": d1,
        "d2": d1 - timedelta(days=rng.randint(3, 40)),
        "d3": d1 - timedelta(days=rng.randint(200, 900)),
        "d4": d1 + timedelta(days=rng.randint(5, 60)),
    }
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
        s[f"{k}_year"] = K(str(d.year - 5))
    times = sorted(rng.sample(TIMES, 6))
    for i, t in enumerate(times, 1):
        s[f"t{i}"] = K(t)
        s[f"t{i}c"] = K(f"{t[:2]}:{t[2:]}")
        s[f"t{i}p"] = f"{t[:2]}:{t[2:]}"
    drugs = rng.sample(DRUGS, 4)
    for i, dname in enumerate(drugs, 1):
        s[f"drug{i}"] = K(dname)
    eu = {"FR": DRUGS_FR, "ES": DRUGS_ES, "IT": DRUGS_IT, "PT": DRUGS_PT}.get(loc_code, DRUGS)
    s["drug_l1"], s["drug_l2"] = (K(x) for x in rng.sample(eu, 2))
    labs = rng.sample(LABS, 4)
    for i, lab in enumerate(labs, 1):
        s[f"lab{i}"] = K(lab)
    s["lab_l1"], s["lab_l2"] = (K(x) for x in rng.sample(LABS_EU, 2))
    icds = rng.sample(list(ICD), 6)
    for i, code in enumerate(icds, 1):
        s[f"icd{i}"], s[f"icd{i}_desc"] = K(code), K(ICD[code])
    s["icd"], s["icd_desc"] = s["icd1"], s["icd1_desc"]
    local = {"ES": ICD_ES, "PT": ICD_PT, "FR": ICD_FR, "IT": ICD_IT}.get(loc_code, ICD)
    code = rng.choice(list(local))
    s["icd_l"], s["icd_l_desc"] = K(code), K(local[code])
    conc = rng.choice(["S06.0X1A", "S06.0X0A"])
    s["icd_c"], s["icd_c_desc"] = K(conc), K(ICD[conc])
    tue = rng.choice(list(TUE))
    s["tue_icd"], s["tue_dx"], s["tue_drug"] = K(tue), K(TUE[tue][0]), K(TUE[tue][1])
    s["HOSPITAL"] = K(rng.choice(HOSPITALS[loc_code]))
    s["club"] = K(rng.choice(CLUBS[loc_code]))
    s["league"] = K(rng.choice(LEAGUES[loc_code]))
    s["ground"] = K(rng.choice(GROUNDS[loc_code]))
    s["opp"] = rng.choice(OPPONENTS)
    s["body"], s["rule"] = K(BODIES[loc_code][0]), K(rng.choice(BODIES[loc_code][1:]))
    s["sport"] = rng.choice(SPORTS[loc_code])
    s["position"] = rng.choice(POSITIONS)
    s["school"] = K(SCHOOLS.get(loc_code, "Tualatin Valley High School"))
    s["gp_practice"] = K(rng.choice(GP.get(loc_code, ["Failsworth Health Centre"])))
    s["insurer"] = K(rng.choice(INSURERS.get(loc_code, ["Bupa"])))
    s["agency"] = K(AGENCY.get(loc_code, "Event Medical Services"))
    s["race"] = K(rng.choice(RACES.get(loc_code, ["Lee Valley Marathon"])))
    s["vclub"] = K(VCLUBS.get(loc_code, "Taieri Veterans Bowling Club"))
    s["vcomp"] = VCOMP.get(loc_code, "club pairs championship")
    s["vendor"] = K(rng.choice(VENDORS))
    s["tour"] = rng.choice(TOURS)
    s["bank"] = K(rng.choice(BANKS.get(loc_code, ["Chase"])))
    s["allergy"] = rng.choice(["penicillin", "NKDA", "latex", "ibuprofen (wheeze)", "shellfish"])
    s["blood"] = rng.choice(["O+", "A+", "B+", "O-", "AB+", "A-"])
    s["weeks"] = str(rng.randint(2, 12))
    a, b = rng.randint(0, 4), rng.randint(0, 4)
    s["score"] = K(
        f"{a}-{b}"
        if loc_code not in ("UK", "IE", "NZ", "ZA", "FR") or rng.random() < 0.5
        else f"{a * 7 + b * 3}-{b * 5 + a * 3}"
    )
    s["score2"] = K(f"{rng.randint(10, 40)}-{rng.randint(3, 30)}")
    m1 = rng.randint(12, 35)
    m2 = rng.randint(41, 79)
    s["minute"], s["minute2"], s["minute3"] = K(f"{m1}'"), K(f"{m2}'"), K(f"{rng.randint(80, 89)}'")
    s["minute_n"] = K(str(m2))
    s["ordn"] = K(f"{m2}" + {1: "st", 2: "nd", 3: "rd"}.get(m2 % 10, "th"))
    s["finish"] = K(f"{rng.randint(3, 5)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}")
    hour, minute = rng.randint(9, 15), rng.randint(0, 20)
    for i in range(1, 9):
        minute += rng.randint(2, 11)
        s[f"m{i}"] = K(f"{hour + minute // 60:02d}:{minute % 60:02d}")
    s["gcs"] = str(rng.randint(13, 15))
    s["hr"], s["bp"] = str(rng.randint(88, 132)), f"{rng.randint(96, 142)}/{rng.randint(58, 90)}"
    s["temp"] = K(f"{rng.randint(400, 418) / 10:.1f} °C")
    s["cred"] = rng.choice(["MD", "DO", "ATC"])
    return s


# ---- templates (English) --------------------------------------------------------------------------------------

TEAM_NOTE = """‹MEDICAL DEPARTMENT - CLINICAL NOTE›                                       «club»
Player: «p_n» («p_sq»)   DOB: «p_dob»   Age: «p_age»   «p_hidl»: «p_hid»   Hosp no: «mrn»
Seen «d1_loc» «t1c», home dressing room at «ground», after «league» fixture v «opp» («score»).
Mechanism: contact at «minute», played on until «minute2», then signalled to the bench.
O/E: tender, swelling, neurovascularly intact. Previous «icd2_desc» («icd2») in «d3_year».
Impression: «icd_desc» («icd»). Plan: sling 10 days, «drug1» and «drug2» PRN, imaging at «HOSPITAL» «d4_loc».
At «p_his» request I phoned «p_his» «r_rel», «r_n», on «r_ph» and e-mailed «r_em».
Agent «a_n» («a_ph», «a_em») rang at «t3c» asking for a timeline -- told «a_him» nothing clinical without written consent.
Expected unavailability «weeks» weeks. Physio review with «n_n» on «d4_short»; S&C plan via «s_g».
Signed: Dr «d_n», Club Doctor, «d_licl» «d_lic»
"""

SOAP = """«club» Physiotherapy -- SOAP note                        «league»
Pt: «p_lf» | DOB «p_dob» | «p_hpl» «p_hp» | «p_hidl» «p_hid» | Mob «p_ph»
Date: «d1_loc»   Clinician: «n_n» (physiotherapist, reg «n_lic»)
S: «p_nick» reports posterior thigh tightness since sprint drill on «d2_short». Felt a pop at max velocity. 6/10 on acceleration.
   Lives at «p_addr» -- gets lifts to training from «w1_n».
O: Prone knee flexion 4/5, Askling H-test positive. «lab1». GPS pod «dev1» shows HSR down 38% week on week.
A: «icd_desc» («icd»), BAMIC 2b. Also «icd3_desc» («icd3») -- managed conservatively.
P: Phase 1 rehab, «drug1». Re-assess «d4_short» «t2c». Copy to Dr «d_f» and S&C coach «s_n» («s_em»).
"""

SCAT = """‹SPORT CONCUSSION ASSESSMENT TOOL - SCAT6 (adapted)›                 «league»
Athlete name: «p_n»        «p_regl»: «p_reg»        DOB: «p_dob»     Age: «p_age»
Sex: «p_sex»   Team: «club»   Sport: «sport»   Position: «position»   Jersey «p_sq»
Date of injury: «d1_loc»   Time: «t2c»   Examiner: «d_n», «cred» («d_licl» «d_lic»)
Immediate assessment: LOC no, seizure no, balance problems YES, disorientation YES. Removed at «minute2».
Maddocks 3/5. Symptom number 14 / severity 41. SAC 22/30. mBESS errors 9.
Previous concussions: 2 (most recent «d3_loc»). Current meds: «drug1». Other: «icd3_desc» («icd3»).
Parent/guardian: «r_n» («r_rel»)   Cell «r_ph»   Email «r_em»
Home address: «p_addr»
Insurance: «insurer»   «p_hpl» «p_hp»   «p_hidl» «p_hid»
Diagnosis: «icd_c_desc» («icd_c»). NOT cleared to return. Graduated return-to-learn first.
Follow-up «d4_loc» with «c_n» at «HOSPITAL» sports concussion clinic. Athletic trainer «n_n», cell «n_ph».
Signed «d_i»  «d1_iso»
"""

CSV = """# «club» - injury surveillance export («league», «body» reporting) generated «d1_iso» «t1c» by «s_user» from «ip»
player_id,player_name,dob,squad_no,date_of_injury,mechanism,diagnosis,icd10,days_lost,treating_clinician
«p_reg»,"«p_lf»",«p_dobiso»,«p_sqn»,«d2_iso»,contact,"«icd1_desc»",«icd1»,28,«n_i»
«w1_reg»,"«w1_lf»",«w1_dobiso»,«w1_sqn»,«d1_iso»,non-contact,"«icd2_desc»",«icd2»,21,«n_i»
«w2_reg»,"«w2_lf»",«w2_dobiso»,«w2_sqn»,«d3_iso»,overuse,"«icd3_desc»",«icd3»,35,«c_i»
«w3_reg»,"«w3_lf»",«w3_dobiso»,«w3_sqn»,«d2_iso»,contact,"«icd4_desc»",«icd4»,9,«d_i»
«p2_reg»,"«p2_lf»",«p2_dobiso»,«p2_sqn»,«d4_iso»,training,"«icd5_desc»",«icd5»,14,«n_i»
# note: «w2_nick» also on «drug1» -- check with «body» before match day; «p2_g» «p2_hidl» «p2_hid» for the hospital referral
"""

PPE = """PREPARTICIPATION PHYSICAL EVALUATION -- HISTORY AND PHYSICAL EXAMINATION FORM
Name: «p_n»    Sex: «p_sex»    Age: «p_age»    Grade: 11    School: «school»    Sport(s): «sport»
Date of birth: «p_dob»    Date of examination: «d1_loc»
Home address: «p_addr»    Phone: «p_ph»    Email: «p_em»
Parent/guardian: «r_n» («r_rel»)    Cell: «r_ph»    SSN (for insurance billing): «p_nat»
Personal physician: «c_n», Front Range Pediatrics    Phone: «office_ph»
Insurance: «insurer»    «p_hpl»: «p_hp»    «p_hidl»: «p_hid»
Medicines and supplements: «drug1»; rescue inhaler «drug2»
History: Q5 dizzy during exercise -- NO. Q12 asthma -- YES, «icd_desc» («icd»). Q23 prior concussion -- YES «d3_loc».
Vitals: BP «bp», HR «hr», Ht 178 cm, Wt 71 kg, Vision R 20/20 L 20/25. Labs: «lab1», «lab2».
ECG screening (read by «c2_n», NPI «c2_lic»): normal for an athlete.
Clearance: Cleared for all sports without restriction. «rule».
Examiner: «d_n», «cred»   NPI «d_npi»   State license «d_dl»   Date «d1_loc»
Emergency contact: «w1_n» («w1_rel») «w1_ph»
"""

TENT = """«race» -- MEDICAL TENT B (finish line) PATIENT LOG      «d1_loc»      Medical director: «d_n» («d_ph»)
Time in | Bib | Name | Age | Presenting | Findings | Treatment | Disposition
«t1c» | «bib1» | «p_n» | «p_age» | collapsed 200 m from finish (chip «finish») | rectal temp «temp», GCS «gcs» | cold-water immersion 12 min, «drug1» | EMS to «HOSPITAL»
«t2c» | «bib2» | «w1_n» | «w1_age» | confusion, vomiting | «lab1» | fluid restriction, «drug2» | transferred, «c_n» aware
«t3c» | «bib3» | «w2_n» | «w2_age» | calf cramps | «lab2» | stretch, oral fluids | discharged «t4c»
«t4c» | -- | «v_n» (spectator) | «v_old» | near-syncope in the grandstand | BP «bp» | supine, oral fluids | collected by «w3_n»
«t5c» | «bib4» | «p2_n» | «p2_age» | blisters, hypoglycaemia | «lab3» | «drug3» | discharged
Runner «bib1» emergency contact from registration: «r_n» («r_rel») «r_ph»; DOB «p_dob»; address «p_addr».
Bib «bib4» runner's phone «p2_ph» left with tent lead «n_n». Sweep vehicle (race-owned, plate «org_plate») brought «bib5» in; runner declined care, signed refusal.
"""

TUE_FORM = """‹THERAPEUTIC USE EXEMPTION (TUE) APPLICATION FORM›          «body»  International Standard for TUEs, Article 4.1
1. Athlete: «p_lf»    Sex: «p_sex»    Date of birth: «p_dobiso»    Nationality: «p_nat_word»
   Address: «p_addr»    Email: «p_em»    Mobile: «p_ph»
   Sport: «sport» -- «club» («league»)    ADAMS ID: «adams»    «p_regl»: «p_reg»    «p_natl»: «p_nat»
2. Diagnosis: «tue_dx» («tue_icd»). Supporting evidence: specialist review on «d2_loc», bronchial provocation / labs «lab1».
3. Prohibited substance: «tue_drug». Frequency: daily. Duration requested: 12 months from «d1_loc».
4. Physician: Dr «d_n», «d_licl» «d_lic», «HOSPITAL», tel «office_ph», e-mail «d_em»
5. Whereabouts (Q2): overnight address «p_addr2»; 60-minute slot 06:00-07:00 at «p_line»; training «ground» Mon-Fri 10:00.
   Travel: passport «p_pp», away fixture «d4_loc». Alternative contact: «r_n» («r_rel») «r_ph».
6. Declaration: I, «p_n», certify the information above is accurate. Signed «d1_loc». Witness: «s_n», team manager.
"""

WHATSAPP = """[«d1_loc», «m1»] «n_g» Physio: Morning all. «p_nick» scan at «HOSPITAL» confirms «icd_desc» («icd»). Out «weeks» weeks, please keep off socials.
[«d1_loc», «m2»] «s_n»: Shame. Can «p_he» still do upper body? His «r_rel» «r_g» phoned me on «r_ph» asking about the op.
[«d1_loc», «m3»] «d_g» Doc: Upper body yes. Started «drug1». I'll do a home visit «d4_short» at «p_line», «p_town».
[«d1_loc», «m4»] «n_g» Physio: «w1_nick» your bloods are back: «lab1», «lab2». Ring me on «n_ph» before the gym.
[«d1_loc», «m5»] «w1_nick»: shot doc 👍 «drug2» still ok?
[«d1_loc», «m6»] «d_g» Doc: Yes. And «w2_n» -- GPS strap «dev2» is yours, the one on «w3_g»'s peg is «dev3».
[«d1_loc», «m7»] «s_n»: FYI insurer «insurer» needs «p_g»'s «p_hpl» «p_hp» and «p_natl» «p_nat» by «d4_dm».
[«d1_loc», «m8»] «n_g» Physio: Done. Scan report link (expires Friday): «url»
"""

SAFEGUARD = """‹SAFEGUARDING CONCERN RECORD - CONFIDENTIAL›         «club» Academy          Case ref «case»
Child: «p_n»    DOB «p_dob» (age «p_age»)    Under-16s    «p_regl» «p_reg»    «p_hidl» «p_hid»
School: «school»    Home: «p_addr»    Lives with: «r_rel» «r_n» («r_ph»)
Date/time of concern: «d1_loc» «t2c»    Recorded by: «n_n» (academy physiotherapist)    DSO: «s_n»
Concern: during treatment for «icd_desc» the player disclosed skipping meals before weigh-ins set by coach «w1_n».
Observed: weight down 4.2 kg in 6 weeks, «lab1», «lab2». Player asked that «p_his» «r_rel» not be told yet.
Actions: discussed with «c_n» (designated officer) on «d2_loc»; GP Dr «c2_f», «gp_practice», informed «d4_loc».
«w2_n» (parent's partner, «w2_ph») is NOT to collect the player from «ground» until further notice.
Reviewed by Dr «d_n» («d_licl» «d_lic»), Academy Doctor, «d1_loc».
"""

HANDOVER = """«agency» -- EVENT MEDICAL HANDOVER (IMIST-AMBO)     Event: «league» match at «ground»     Job «inc»
Date «d1_loc»    Crew: «s_n» / «c_n»    Receiving: «HOSPITAL» ED
I  - «p_n», «p_age», DOB «p_dob», «p_hpl» «p_hp», lives «p_addr»
M  - head clash at «minute2», unresponsive ~30 s per team doctor «d_n», then combative
I  - «icd_c_desc» («icd_c»), lip laceration, ?«icd2_desc»
S  - GCS «gcs» at «m3», HR «hr», BP «bp», SpO2 97%, BGL 6.2
T  - c-spine cleared clinically, «drug1», «drug2» IV at «m4»
A  - «allergy»    M - «drug3»    B - «icd3_desc»    O - last ate ~«m1»
NOK: «r_n» («r_rel») «r_ph» -- travelling in own car «plate», ETA «m8»
Handed to «n_n» RN at «m6». Player's phone and wallet with «w1_n» (team manager, «w1_ph»).
"""

GPS = """{"export":"athlete load report","vendor":"«vendor»","club":"«club»","generated":"«d1_iso»T«t1p»:00Z","by":"«s_em»","source_ip":"«ip»",
"athletes":[
{"name":"«p_n»","dob":"«p_dobiso»","squad":"«p_sq»","device_serial":"«dev1»","phone_imei":"«imei1»","total_distance_m":"9412","hsr_m":"612","max_speed":"33.8 km/h","flag":"«icd_desc» - cap HSR 400 m","bloods":"«lab1»"},
{"name":"«w1_n»","dob":"«w1_dobiso»","squad":"«w1_sq»","device_serial":"«dev2»","phone_imei":"«imei2»","total_distance_m":"10288","hsr_m":"884","max_speed":"34.6 km/h","flag":"none","bloods":"«lab2»"},
{"name":"«w2_n»","dob":"«w2_dobiso»","squad":"«w2_sq»","device_serial":"«dev3»","phone_imei":"«imei3»","total_distance_m":"7020","hsr_m":"301","max_speed":"29.9 km/h","flag":"return to play day 4, «icd2_desc»","bloods":"«lab3»"}],
"notes":"«w1_g» swapped to spare pod «dev4» on «d2_iso». HR strap for «w2_g» paired to «w2_ph». Sports scientist «s_n», physio «n_n» («n_em»)."}"""

CLAIM = """«insurer» -- SPORTS INJURY CLAIM FORM                         Claim no. «claim»    Group policy «policy»
SECTION A - INSURED PLAYER
Surname, first name: «p_lf»          «p_natl»: «p_nat»          Date of birth: «p_dob»
Postal address: «p_addr»          Cell: «p_ph»          Email: «p_em»
Club: «club» («league»)          «p_regl»: «p_reg»          «p_hpl»: «p_hp»
SECTION B - INJURY
Date of injury: «d2_loc»    Match/training: match v «opp», «minute2»    Diagnosis: «icd_desc» («icd»)
Treating doctor: «d_n», «d_licl» «d_lic»    Hospital: «HOSPITAL», file «mrn»    Surgery date: «d1_loc»
Medication dispensed: «drug1», «drug2»
SECTION C - PAYMENT
Bank: «bank»    Account holder: «r_n» («r_rel»)    Account no.: «bank_acct»    Branch code: «branch»
SECTION D - WITNESS AND DECLARATION
Witness: «w1_n», «w1_ph»    Club official: «s_n»    Signed: «p_i»    Date: «d1_loc»
"""

PRESS = """DRAFT v3 -- DO NOT SEND -- MEDICAL DETAIL IN SQUARE BRACKETS MUST BE REMOVED BY THE MEDICAL DEPARTMENT
«club» injury update -- «d1_long»

«club» can confirm that «p_n» («p_sq») suffered «icd_desc» in the «ordn» minute of Saturday's «league» win over «opp» («score») at «ground».
The «p_age»-year-old had surgery at «HOSPITAL» on «d2_long» under «c_n» and is expected to miss eight to ten weeks.
[MED: «lab1», on «drug1»; discharged to «p_line», «p_town»; «p_hpl» «p_hp» -- DELETE]
Head coach «s_n» said: "«p_nick» has been outstanding for us and we'll support «p_him» every step of the way."
«w1_n» is unavailable after failing an HIA under «rule», and «w2_n» returns from «icd2_desc».
[Internal: «p_his» «r_rel» «r_n» asked for no hospital photos -- «r_ph». Agent «a_n» copied.]
Media enquiries: «m_n», «m_em», «m_ph»
"""

VETS = """«vclub» -- INCIDENT AND FIRST-AID REPORT (members' section)
Casualty: «p_n»    Age: «p_old»    Member no. «mem»    DOB: «p_dob»
Address: «p_addr»    Tel: «p_ph»
Date: «d1_loc»    Time: «t3c»    Where: green 3, during the «vcomp»
What happened: «p_g» reported chest tightness after the second end, then slumped. Club AED (serial «aed») applied by «s_n», no shock advised.
Ambulance job «job» at «t4c»; conveyed to «HOSPITAL». Medication bag: «drug1», «drug2». Hx «icd3_desc».
Witnesses: «w1_n» (member, «w1_old») and «w2_n», «w2_ph».
Second casualty: «w3_n», «w3_old», felt faint in the pavilion heat -- water, observed 20 min, collected by «v_n».
Next of kin for «p_g»: «r_n» («r_rel»), «r_ph», «r_em»
GP: Dr «c_f», «gp_practice». Form completed by «s_i», club secretary, «d1_loc».
"""

ROSTER = """«club» -- TOUR MEDICAL ROSTER: «tour»      Departure «d4_loc»      Team doctor «d_n» («d_ph»), physio «n_n» («n_ph»)
Name | DOB | Passport | Allergies | Medication / TUE | Blood group | Emergency contact
«p_lf» | «p_dob» | «p_pp» | «allergy» | «tue_drug» (TUE approved «d2_loc») | «blood» | «r_n» «r_ph»
«w1_lf» | «w1_dob» | «w1_pp» | NKDA | «drug1» | O+ | agent «a_n» «a_ph»
«w2_lf» | «w2_dob» | «w2_pp» | latex | -- | A+ | «v_n» «v_ph»
«w3_lf» | «w3_dob» | «w3_pp» | NKDA | «drug2» | B+ | «c2_n» «c2_ph»
Health cover: «p_g» «p_hpl» «p_hp»; «w1_g» «w1_hpl» «w1_hp»; «w3_g» «w3_hpl» «w3_hp».
Notes: «w2_g» «icd2_desc» («icd2»), cleared by «c_n» «d1_loc». «w3_g» carries «drug3». Airline medical forms signed «d2_loc».
"""

# ---- templates (other languages) -----------------------------------------------------------------------------

TRANSFER = {
    "ES": """‹INFORME MÉDICO DE FICHAJE›                          «club» -- «league»
Jugador: «p_n»    Fecha de nacimiento: «p_dob»    Edad: «p_age»
Pasaporte: «p_pp»    DNI/NIE: «p_nat»    NSS: «p_hid»    «p_hpl»: «p_hp»
Domicilio: «p_addr»    Teléfono: «p_ph»    Correo: «p_em»
Agente: «a_n» («a_ph»)    Club de origen: «opp»
Reconocimiento realizado el «d1_long» en el «HOSPITAL».
Antecedentes: «icd_l_desc» («icd_l»), intervenido el «d3_loc» por el Dr. «c_n».
Analítica: «lab_l1», «lab_l2». ECG y ecocardiograma normales.
Tratamiento actual: «drug_l1». Alergias: ninguna conocida.
Contacto de emergencia: «r_n» («r_rel_l»), «r_ph».
Conclusión: APTO con seguimiento de la rodilla. Firmado: Dr. «d_n», «d_licl» «d_lic».
""",
    "PT": """‹RELATÓRIO DE EXAME MÉDICO -- TRANSFERÊNCIA›                  «club» -- «league»
Atleta: «p_n»    Data de nascimento: «p_dob»    Idade: «p_age»
Passaporte: «p_pp»    NIF: «p_nat»    «p_hpl»: «p_hp»    «p_hidl»: «p_hid»
Morada: «p_addr»    Telemóvel: «p_ph»    Email: «p_em»
Empresário: «a_n» («a_ph»)    Clube de origem: «opp»
Exame realizado a «d1_long» no «HOSPITAL».
Antecedentes: «icd_l_desc» («icd_l»), operado em «d3_loc» pelo Dr. «c_n».
Análises: «lab_l1», «lab_l2». ECG e ecocardiograma sem alterações.
Medicação: «drug_l1». Alergias: nenhuma conhecida.
Contacto de emergência: «r_n» («r_rel_l»), «r_ph».
Conclusão: APTO. Assinado: Dr. «d_n», «d_licl» «d_lic».
""",
}
FICHE = {
    "FR": """‹FICHE MÉDICALE -- COMMOTION CÉRÉBRALE (protocole HIA)›          «club» -- «league»
Joueur : «p_n»    Né le «p_dob»    Âge : «p_age»    «p_hidl» : «p_hid»
NIR : «p_nat»    Mutuelle : «p_hp»
Adresse : «p_addr»    Tél. : «p_ph»    Courriel : «p_em»
Match du «d1_long» contre «opp» («score»), sorti à la minute «minute_n».
HIA 1 échoué. Diagnostic : «icd_l_desc» («icd_l»). Examen par le Dr «d_n» («d_licl» «d_lic»), médecin du club.
Prescription : «drug_l1». Bilan : «lab_l1».
Personne à prévenir : «r_n» («r_rel_l»), «r_ph».
Reprise progressive à partir du «d4_loc» si HIA 3 normal. Kinésithérapeute : «n_n».
""",
    "IT": """‹SCHEDA MEDICA -- COMMOZIONE CEREBRALE›                 «club» -- «league»
Calciatore: «p_n»    Nato il «p_dob»    Età: «p_age»    «p_hidl»: «p_hid»
Codice fiscale: «p_nat»    Tessera sanitaria: «p_hp»
Indirizzo: «p_addr»    Cellulare: «p_ph»    Email: «p_em»
Partita del «d1_long» contro «opp» («score»), sostituito al «minute_n»° minuto.
Diagnosi: «icd_l_desc» («icd_l»). Visitato dal dott. «d_n» («d_licl» «d_lic»), medico sociale.
Terapia: «drug_l1». Esami: «lab_l1».
Contatto di emergenza: «r_n» («r_rel_l»), «r_ph».
Ripresa graduale dal «d4_loc». Fisioterapista: «n_n».
""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("p86_team_physician_note", ["UK", "IE"], "text", TEAM_NOTE),
    ("p86_physio_soap_note", ["AU", "NZ"], "text", SOAP),
    ("p86_scat_concussion_form", ["US", "CA"], "text", SCAT),
    ("p86_injury_surveillance_csv", ["UK", "AU"], "text", CSV),
    ("p86_preparticipation_physical", ["US", "US"], "text", PPE),
    ("p86_marathon_medical_tent_log", ["US", "IE"], "text", TENT),
    ("p86_tue_whereabouts_form", ["UK", "ZA"], "text", TUE_FORM),
    ("p86_transfer_medical_iberian", ["ES", "PT"], "text", TRANSFER),
    ("p86_whatsapp_physio_thread", ["ZA", "NZ"], "text", WHATSAPP),
    ("p86_academy_safeguarding_note", ["UK", "IE"], "text", SAFEGUARD),
    ("p86_event_ambulance_handover", ["AU", "CA"], "text", HANDOVER),
    ("p86_gps_wearable_export", ["NZ", "UK"], "json", GPS),
    ("p86_injury_insurance_claim", ["ZA", "US"], "text", CLAIM),
    ("p86_press_release_draft", ["IE", "AU"], "text", PRESS),
    ("p86_club_concussion_fiche", ["FR", "IT"], "text", FICHE),
    ("p86_veterans_club_incident", ["UK", "NZ"], "text", VETS),
    ("p86_tour_medical_roster", ["CA", "ZA"], "text", ROSTER),
]
OLD_P = {"p86_veterans_club_incident"}
YOUNG_P = {"p86_preparticipation_physical", "p86_academy_safeguarding_note"}

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


def make_doc(
    seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]
) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    body = template[loc] if isinstance(template, dict) else template
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe86:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(body, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
