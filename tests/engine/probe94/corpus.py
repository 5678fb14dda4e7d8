# ruff: noqa: E501, W291  (hand-aligned templates, kept byte for byte as first measured)
"""Ninety-fourth independent probe corpus: genetic counselling, pedigrees and family-history text -- English
mostly, some German, Dutch, Spanish and Hebrew-transliterated -- from the United States, the United Kingdom,
Israel, Germany, the Netherlands and Spain, built the way an outside evaluator builds a held-out set, with its
own templates and its own name lists (people.py). Documents dense in relatives, alive and dead.

36 labelled documents in 18 kinds per seed, two of each: a text pedigree (ASCII tree, generation numbers I-1,
II-3, the proband's arrow), a cascade-testing letter to a relative (English; Dutch), a filled family-history
questionnaire (English; German), a genetic counselling session note, a consanguinity note, a variant-
classification report naming the proband and the relatives tested, a twin zygosity note, a prenatal (NIPT /
amniocentesis) counselling note (Spanish; English with Hebrew terms), a biobank family-linkage CSV, a PLINK
.ped / .fam file, a GEDCOM export, MDT genomics meeting minutes, a laboratory requisition with family members
(German; Spanish), a report to the referring clinician, a patient's e-mail with a typed family tree, an
insurance / genetic-discrimination letter, a pedigree tool's JSON export and a counsellors' Teams chat.

Template language: the kit's `«slot»` and `‹literal›`. People: `p` the proband, `fa` father, `mo` mother (her
own family name), `sb1` `sb2` siblings, `ch` a child, `pa` the partner, `gf` `gm` the paternal grandparents,
`mgf` `mgm` the maternal grandparents (generation I: dead more often than not, ages at death 90+ half the
time), `au` a paternal aunt, `un` a maternal uncle, `co` a cousin; staff `gc` a genetic counsellor, `cg` a
clinical geneticist, `rf` the referring clinician, `ls` a laboratory scientist, `ad` an administrator. Forms:
`_n` full, `_g` given, `_f` family, `_F` FAMILY, `_lf` "FAMILY, Given", `_Lf` "Family, Given", `_gi` "Given
F.", `_i` "G. Family", `_ch` the name with the father's given name where the community writes it so ("<given>
bint <father> Al <family>", "<given> s/o <father>", "<given> ben <father> <family>"), `_ph` `_em` `_line`
`_town` `_pc` `_addr`, `_dob` (the country's form) `_dobiso` `_dobged` (GEDCOM "12 MAR 1931"), `_dod`
`_dodged`, `_age` the living age, `_ad` the age at death, `_yob` `_yod` years (plain text), `_mrn` `_hp`
`_nat` with their labels `_mrnl` `_hpl` `_natl`.

Labelling policy (decided before any measurement):
- NAME: every person's name as written -- proband, every relative alive or dead (grandparents, aunts, cousins,
  a fetus's parents), partner, counsellor, geneticist, referring clinician, laboratory scientist, administrator:
  full, given alone, family alone, capitals, "FAMILY, Given", "Given F.", "G. Family", and the whole chain "<given>
  bin <father> Al <family>" / "<given> s/o <father>" / "<given> ben <father> <family>" as one name (the chain
  words and "Al" inside it too). A GEDCOM NAME line's given and /family/ are two names (the slashes are syntax).
  Titles, roles and kinship words (Mrs, Dr, GC, "maternal aunt", "née") are plain text. A login made of a name
  ("rfeghali", an export's "by" field) is NAME -- this sentence was added after the first measurement, to write
  down what the generator had labelled from the start; no label changed.
- ADDRESS: street lines and towns; ZIP: ZIP codes, postcodes, PLZ, Dutch and Spanish postcodes, Israeli mikud.
  States, Länder, provinces, districts and countries are plain text.
- DATE: every date more specific than a year (births, deaths, sample and clinic dates, LMP, EDD, GEDCOM "12 MAR
  1931"); years alone keep (written as plain text beside a name: "b. 1931", "d. 1998", so not scored).
  AGE: 90 and over, living ages and ages at death alike ("d. 94", "94y", "aged 93"); ages under 90 keep, in the
  same forms. Ages at diagnosis are always under 90 here (keep).
- PHONE, EMAIL: any person's. MRN: hospital and genetics-service record numbers. HEALTH_PLAN: NHS number,
  German KVNR, insurance member numbers (US plan, kupat holim, Dutch polis, Spanish CIP). SSN: US SSN, Israeli
  Teudat Zehut, Dutch BSN, Spanish DNI. ID: laboratory sample and DNA numbers, biobank participant numbers,
  family (pedigree) numbers built from a name or a record number ("KNEPP07", "FAM-20481"), PED individual ids
  that are sample numbers, referral and requisition numbers, a life-insurance policy number. Pure sequence ids
  in a PED / .fam file or GEDCOM cross-references (1, 2, 101, @I3@) are harmless and left unscored (they
  cannot be told apart from other small numbers); sex and phenotype codes likewise.
- Keep (must survive): gene names (BRCA1, MLH1, CFTR, HEXA ...), variant nomenclature (c.5266dupC,
  p.(Gln1756Profs*74)), ACMG classes, syndrome and disease names (Lynch syndrome, Li-Fraumeni syndrome,
  Tay-Sachs disease), generation labels (I-2, II-4, III-1), test names (NIPT, amniocentesis, MLPA), gestations,
  hospitals, laboratories and services, ages under 90, headings marked ‹...›.
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
from tests.engine.probe94.people import (
    LOCS,
    K,
    P,
    Person,
    Slot,
    draw_person,
    fill,
    given_name,
    id_labels,
    plain,
)

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365
MONTHS = {
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
}  # fmt: skip
LANG = {"US": "en", "UK": "en", "IL": "en", "DE": "de", "NL": "nl", "ES": "es"}


def date_forms(d: date, loc: str) -> dict[str, P]:
    D = lambda v: P("DATE", v)  # noqa: E731
    lang = LANG[loc]
    mon = MONTHS[lang][d.month - 1]
    en_mon = MONTHS["en"][d.month - 1]
    loc_form = {"US": f"{d:%m/%d/%Y}", "UK": f"{d:%d/%m/%Y}", "IL": f"{d:%d.%m.%Y}", "DE": f"{d:%d.%m.%Y}", "NL": f"{d:%d-%m-%Y}",
                "ES": f"{d:%d/%m/%Y}"}[loc]  # fmt: skip
    long = {"en": f"{en_mon} {d.day}, {d.year}" if loc == "US" else f"{d.day} {en_mon} {d.year}", "de": f"{d.day}. {mon} {d.year}",
            "nl": f"{d.day} {mon} {d.year}", "es": f"{d.day} de {mon} de {d.year}"}[lang]  # fmt: skip
    dm = {"en": f"{en_mon[:3]} {d.day}" if loc == "US" else f"{d.day} {en_mon[:3]}", "de": f"{d.day}. {mon}", "nl": f"{d.day} {mon[:3]}",
          "es": f"{d.day} {mon[:3]}"}[lang]  # fmt: skip
    return {
        "loc": D(loc_form),
        "long": D(long),
        "dm": D(dm),
        "iso": D(d.isoformat()),
        "ged": D(f"{d.day} {en_mon[:3].upper()} {d.year}"),
    }


def address(w: Person) -> tuple:
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.region} ", Z(w.postcode))
    if c in ("UK",):
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "IL":
        return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
    return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))


def age_slot(age: int) -> Slot:
    return P("AGE", str(age)) if age >= 90 else K(str(age))


def person_slots(x: str, w: Person, ref: date, dead: tuple[date, int] | None) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    c = w.loc.code
    dob = date_forms(w.dob, c)
    age = (ref - w.dob).days * 100 // 36525
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_lf": N(f"{w.family.upper()}, {w.given}"),
        f"{x}_Lf": N(f"{w.family}, {w.given}"), f"{x}_gi": N(f"{w.given} {w.family[0]}."), f"{x}_i": N(f"{w.given[0]}. {w.family}"), f"{x}_ch": N(w.chain),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": P("ADDRESS", w.line), f"{x}_town": P("ADDRESS", w.town), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": address(w),
        f"{x}_dob": dob["loc"], f"{x}_dobiso": dob["iso"], f"{x}_dobged": dob["ged"], f"{x}_doblong": dob["long"], f"{x}_yob": str(w.dob.year),
        f"{x}_age": age_slot(age), f"{x}_ay": P("AGE", f"{age}y") if age >= 90 else K(f"{age}y"), f"{x}_sex": "F" if w.female else "M", f"{x}_psex": "2" if w.female else "1",
        f"{x}_he": "she" if w.female else "he", f"{x}_his": "her" if w.female else "his", f"{x}_title": "Mrs" if w.female else "Mr",
        f"{x}_sym": "●" if w.female else "■", f"{x}_user": N((plain(w.given)[0] + plain(w.family))[:12]),
    }  # fmt: skip
    if dead:
        dod, dage = dead
        dd = date_forms(dod, c)
        s.update(
            {
                f"{x}_dod": dd["loc"],
                f"{x}_dodged": dd["ged"],
                f"{x}_dodiso": dd["iso"],
                f"{x}_ad": age_slot(dage),
                f"{x}_yod": str(dod.year),
            }
        )
    for key, (label, type_) in id_labels(w).items():
        s[f"{x}_{key}"] = P(type_, w.ids[key] or w.ids["hp"])
        s[f"{x}_{key}l"] = label
    return s


# ---- harmless vocabulary (keep) -------------------------------------------------------------------------------

# (gene, cDNA, protein, condition, inheritance)
VARIANTS = [
    ("BRCA1", "c.5266dupC", "p.(Gln1756Profs*74)", "hereditary breast and ovarian cancer", "AD"),
    ("BRCA2", "c.5946delT", "p.(Ser1982Argfs*22)", "hereditary breast and ovarian cancer", "AD"),
    ("MLH1", "c.1852_1854del", "p.(Lys618del)", "Lynch syndrome", "AD"),
    ("MSH2", "c.942+3A>T", "p.?", "Lynch syndrome", "AD"),
    ("TP53", "c.844C>T", "p.(Arg282Trp)", "Li-Fraumeni syndrome", "AD"),
    ("MYBPC3", "c.1504C>T", "p.(Arg502Trp)", "hypertrophic cardiomyopathy", "AD"),
    ("CFTR", "c.1521_1523del", "p.(Phe508del)", "cystic fibrosis", "AR"),
    ("HEXA", "c.1274_1277dup", "p.(Tyr427Ilefs*5)", "Tay-Sachs disease", "AR"),
    ("GBA1", "c.1226A>G", "p.(Asn409Ser)", "Gaucher disease type 1", "AR"),
    ("ASPA", "c.854A>C", "p.(Glu285Ala)", "Canavan disease", "AR"),
    ("ELP1", "c.2204+6T>C", "p.?", "familial dysautonomia", "AR"),
    ("BCKDHA", "c.1312T>A", "p.(Tyr438Asn)", "maple syrup urine disease", "AR"),
    ("EVC", "c.1868T>C", "p.(Leu623Pro)", "Ellis-van Creveld syndrome", "AR"),
    ("AGA", "c.488G>C", "p.(Cys163Ser)", "aspartylglucosaminuria", "AR"),
    ("HBB", "c.20A>T", "p.(Glu7Val)", "sickle cell disease", "AR"),
    ("PAH", "c.1222C>T", "p.(Arg408Trp)", "phenylketonuria", "AR"),
]
CLASSES = [
    "Pathogenic (Class 5)",
    "Likely pathogenic (Class 4)",
    "VUS (Class 3)",
    "Pathogenic",
    "Likely pathogenic",
]
CANCERS = [
    "breast ca",
    "ovarian ca",
    "colorectal ca",
    "endometrial ca",
    "prostate ca",
    "pancreatic ca",
    "sarcoma",
    "glioma",
    "gastric ca",
]
TESTS = [
    "MLPA",
    "Sanger confirmation",
    "targeted familial variant test",
    "R208 panel",
    "exome trio",
    "carrier screen (Ashkenazi panel)",
]
SERVICES = {"US": ["Penn Medicine Genetic Counseling", "Cincinnati Children's Division of Human Genetics", "Clinic for Special Children"],
            "UK": ["Manchester Centre for Genomic Medicine", "Yorkshire Regional Genetics Service", "North Thames Genomic Laboratory Hub"],
            "IL": ["Sheba Medical Center, Danek Gertner Institute of Human Genetics", "Hadassah Ein Kerem Genetics Unit", "Rambam Genetics Institute"],
            "DE": ["Institut für Humangenetik, Universitätsklinikum Würzburg", "MVZ Humangenetik Hannover", "Humangenetik Charité"],
            "NL": ["Afdeling Klinische Genetica, Radboudumc", "Erasmus MC Klinische Genetica", "Amsterdam UMC Klinische Genetica"],
            "ES": ["Servicio de Genética, Hospital Universitario Virgen del Rocío", "Unidad de Genética Clínica, Hospital La Fe", "Servicio de Genética, Hospital Sant Pau"]}  # fmt: skip
GENS = {
    "g1": "I-1",
    "g2": "I-2",
    "g5": "II-1",
    "g6": "II-2",
    "g7": "II-3",
    "g9": "III-1",
    "g10": "III-2",
    "g11": "III-3",
    "g13": "IV-1",
}
CAUSES = ["MI", "stroke", "old age", "pneumonia", "'cancer, type unknown'", "heart failure", "dementia"]


# ---- templates ------------------------------------------------------------------------------------------------

PEDIGREE = """‹TEXT PEDIGREE› - «service» - family «famid» - drawn by «gc_n» («d1_loc»)
Indication: «cond» (proband «gene» «cdna»).  Key: ■ male  ● female  / deceased  ◐ carrier  ⬛ affected  ↗ proband

I      «g1»  «gf_n» ■/ d. «gf_ad» («gf_yod», «cause1»)  ══╦══  «g2»  «gm_n» ●/ d. «gm_ad» («cancer1» dx «dx1»)
                                                ║
         ╔══════════════════════════════════════╩═══════════════╗
II     «g5»  «fa_n» ■ «fa_ay»  ══╦══  «g6» «mo_i» ● (née «mo_F»)      «g7»  «au_n» ● «cancer2» dx «dx2», «au_ay»
                              ║                                   ╚═ m. «un_i» (not blood relative)
         ╔════════════════════╬═══════════════════╗
III  ↗ «g9»  «p_g» «p_f» ⬛ «p_ay»   «g10» «sb1_gi» «sb1_sym» «sb1_ay»   «g11» «sb2_g» «sb2_sym» «sb2_ay» (untested)
         ║ m. «pa_n»
IV     «g13»  «ch_g» «ch_sym» «ch_ay»

Notes: I-2 maiden name «gm_F». Maternal side: «mgf_n» (d. «mgf_ad») and «mgm_n» (d. «mgm_ad») - no cancers reported.
Proband DOB «p_dob», «mrnl» «p_mrn». Family contact: «sb1_ph». Confirmed by «cg_i», «d2_loc».
"""

CASCADE_EN = """«service»
Ref: «famid» / «p_mrn»                                                     «d1_long»

PRIVATE AND CONFIDENTIAL
«sb1_title» «sb1_n»
«sb1_addr»

Dear «sb1_g»,

‹Information for relatives›: your «sb_rel», «p_n» (born «p_dob»), has had genetic testing at our service and
agreed that we may contact you. A «klass» variant was found in the «gene» gene («cdna», «prot»). This causes
«cond». You have a 50% chance of carrying it. Your aunt «au_n» and cousin «co_n» are also being contacted.

A test is free for you. Please ring «gc_n», Genetic Counsellor, on «gc_ph» or e-mail «gc_em», quoting «famid».
If you would rather not hear from us again, tell «ad_g» in our office (ext «ext»).

Yours sincerely,
«cg_n»
Consultant Clinical Geneticist                          cc: «rf_n», GP
"""

CASCADE_NL = """«service»
Kenmerk: «famid» / patiëntnr. «p_mrn»                                    «d1_long»

Aan «sb1_mevr» «sb1_n»
«sb1_addr»

Beste «sb1_g»,

‹Familiebrief›: bij uw «sb_rel_nl» «p_n» (geboren «p_dob») is een erfelijke aanleg vastgesteld: een «klass»
variant in het «gene»-gen («cdna», «prot»), passend bij «cond». U heeft 50% kans dat u deze aanleg ook
draagt. Ook uw tante «au_n» en uw neef/nicht «co_n» ontvangen deze brief.

DNA-onderzoek is voor u kosteloos. Maak een afspraak met genetisch consulent «gc_n» (tel. «gc_ph», e-mail
«gc_em») en noem het kenmerk «famid». Uw BSN hebben wij niet nodig; uw huisarts «rf_n» krijgt een kopie.

Met vriendelijke groet,
«cg_n», klinisch geneticus
"""

QUEST_EN = """‹FAMILY HISTORY QUESTIONNAIRE› - «service» - returned «d1_loc»
Your name: «p_n»          Date of birth: «p_dob»        «mrnl»: «p_mrn»
Address: «p_addr»        Phone: «p_ph»       Email: «p_em»
Insurance: «hpl» «p_hp»      SSN: «p_nat» (billing only)
Ancestry (tick): [x] «ancestry»   Are your parents related by blood? [ ] yes  [x] no

Relative            | Name                     | Born  | Living? | Age / age at death | Cancer or condition, age at diagnosis
Mother              | «mo_n»              | «mo_yob»  | yes     | «mo_age»             | «cancer1» at «dx1»
Father              | «fa_n»               | «fa_yob»  | yes     | «fa_age»             | none
Sister/brother      | «sb1_n»              | «sb1_yob»  | yes     | «sb1_age»             | none
Mat. grandmother    | «mgm_n»              | «mgm_yob»  | no, «mgm_dod» | «mgm_ad»        | «cancer2» at «dx2»
Mat. grandfather    | «mgf_n»              | «mgf_yob»  | no      | «mgf_ad»             | «cause1»
Pat. grandmother    | «gm_n»               | «gm_yob»  | no      | «gm_ad»             | «cancer3» at «dx3»
Aunt (father's side)| «au_n»               | «au_yob»  | yes     | «au_age»             | «cond»
Anyone else? my cousin «co_n» had «cancer1» at «dx2», lives in «co_town». 
Signed: «p_i»      Checked by: «gc_gi» (GC) «d2_loc»
"""

QUEST_DE = """‹FRAGEBOGEN ZUR FAMILIENANAMNESE› - «service» - eingegangen am «d1_loc»
Name, Vorname: «p_Lf»          Geburtsdatum: «p_dob»        «mrnl» «p_mrn»      KVNR: «p_hp»
Anschrift: «p_addr»      Telefon: «p_ph»

Verwandtschaft      | Name                       | Jahrgang | lebt? | Alter / Sterbealter | Erkrankung (Alter bei Diagnose)
Mutter              | «mo_n»               | «mo_yob»     | ja    | «mo_age»               | «cancer1» («dx1»)
Vater               | «fa_n»                | «fa_yob»     | ja    | «fa_age»               | keine
Schwester/Bruder    | «sb1_n»               | «sb1_yob»     | ja    | «sb1_age»               | keine
Großmutter (m)      | «mgm_n»               | «mgm_yob»     | nein, † «mgm_dod» | «mgm_ad»   | «cancer2» («dx2»)
Großvater (m)       | «mgf_n»               | «mgf_yob»     | nein  | «mgf_ad»               | «cause1»
Großmutter (v)      | «gm_n»                | «gm_yob»     | nein  | «gm_ad»               | «cancer3» («dx3»)
Tante (v)           | «au_n»                | «au_yob»     | ja    | «au_age»               | «cond»
Weitere Angaben: Cousine «co_n» («co_town») hatte «cancer1» mit «dx2».
Unterschrift: «p_i»      Geprüft: «gc_gi» (genetische Beraterin), «d2_loc»
"""

SESSION = """GENETIC COUNSELLING SESSION NOTE - «service» - «d1_long»
Proband: «p_n» («p_age»), «mrnl» «p_mrn», «hpl» «p_hp». Attended with «pa_n» (partner) and mother «mo_g».
Referred by «rf_n» for «cond» ‹family history›.
Counsellor: «gc_n». Geneticist: «cg_n» joined for 15 min.

Discussed: «p_his» father «fa_g» «fa_f» («fa_age») was tested at another centre - result letter brought, «gene» «cdna»
«klass». Paternal grandmother «gm_g» died «gm_dod» aged «gm_ad»; her sister «au_g» («au_age») never tested.
«p_g» worried about «p_his» brother «sb2_g», who «sb2_he_lives» in «sb2_town» and "does not talk to the family".
«p_g» will pass on the family letter to «sb1_g» («sb1_ph») and to cousin «co_n».
Consent for «test» signed. Sample «sample» sent «d2_dm». Results clinic «d3_long» with «gc_i».
"""

CONSANG = """‹CONSANGUINITY NOTE› - «service» - «d1_loc» - by «cg_n»
Proband: «p_ch», DOB «p_dob», «mrnl» «p_mrn». Parents: «fa_ch» and «mo_ch».
Relationship: parents are first cousins once removed. The father's father «gf_ch» and the mother's mother «mgm_n»
were siblings (both deceased: «gf_g» d. «gf_yod» aged «gf_ad», «mgm_g» d. «mgm_dod» aged «mgm_ad»).
Coefficient of inbreeding F = 1/32. Also: paternal aunt «au_ch» married her maternal cousin «un_n».
Affected relatives: «sb2_g» («sb2_ay», «cond», confirmed «gene» «cdna» homozygous) and cousin «co_g» (same, deceased
«co_dod»). Offered: carrier testing for «sb1_g» and fiancé «pa_n» before the wedding («d3_dm»).
Interpreter: «ad_n». Copy to «rf_n» and «gc_n» («gc_em»).
"""

VARIANT = """VARIANT CLASSIFICATION REPORT - «lab»                             Report date: «d1_loc»
Patient: «p_lf»    DOB: «p_dob»    Sex: «p_sex»    «mrnl»: «p_mrn»    Lab no: «sample»
Referrer: «rf_n», «service»                     Family: «famid»

RESULT: heterozygous «gene» «cdna» «prot» - «klass» (ACMG/AMP: PVS1, PM2_Supporting, PP1)
Condition: «cond» («inh»)
Segregation: variant present in father «fa_n» («fa_age», «sample2»), «cancer1» dx «dx1»; absent in mother
«mo_n» («sample3»). Paternal aunt «au_i» (obligate carrier, tested elsewhere 2019).
Recommend: cascade testing of «sb1_n», «sb2_n» and «ch_n»; predictive testing from 18.

Reported by: «ls_n», Clinical Scientist (HCPC CS«hcpc»)     Authorised: «cg_n», «d2_loc»
"""

TWIN = """‹TWIN ZYGOSITY NOTE› - «service» - «d1_loc»
Twins: «p_n» and «sb1_n», born «p_dob» (same date), «p_mrnl» «p_mrn» / «sb1_mrn».
«p_natl»: «p_nat» / «sb1_nat»
Parents: «mo_n» («mo_age») and «fa_n».  Query raised by «rf_n»: «cond» in «p_g» only, «sb1_g» unaffected.
Family variant «gene» «cdna» («klass») tested in both twins by «test».
Method: 24 STR markers on buccal swabs («sample», «sample2»); all concordant -> monozygotic (p > 0.9999).
Maternal grandmother «mgm_n» («mgm_ay», living in «mgm_town») was a twin herself (dizygotic; her co-twin died in infancy).
Counselled by «gc_n» on «d2_dm»; explained discordance; recurrence for «sb1_g»'s children low.
Contact: «mo_g» «mo_ph».
"""

PRENATAL_ES = """‹CONSEJO GENÉTICO PRENATAL› - «service» - «d1_long»
Gestante: «p_n», «p_age» años, DNI «p_nat», NHC «p_mrn», CIP «p_hp». Pareja: «pa_n» (DNI «pa_nat»).
FUR «lmp» - FPP «edd» - gestación 12+3 semanas. Derivada por «rf_n» (obstetra).
Antecedentes: hermano/a de la gestante, «sb2_n», con «cond»; padre de la gestante «fa_n» fallecido «fa_dod» («fa_ad» años).
NIPT: bajo riesgo para T21, T18, T13. Dado el antecedente, se ofrece amniocentesis (semana 16) para estudio de
«gene» «cdna»; la pareja es portadora confirmada (muestra «sample»).
Decisión: acepta amniocentesis el «d2_dm». Consejera genética: «gc_n». Teléfono de contacto: «p_ph».
"""

PRENATAL_IL = """‹SIKUM YEUTZ GENETI - PRENATAL› - «service» - «d1_loc»
Patient: «p_ch», T.Z. «p_nat», «hpl» «p_hp», age «p_age». Husband: «pa_ch», T.Z. «pa_nat».
LMP «lmp», EDD «edd», GA 12+3. Referred by «rf_n» (Kupat Holim Meuhedet).
Background: «gene» «cdna» - both partners carriers on the expanded carrier screen. Her sibling «sb2_n» had an
affected child («cond»). «p_his» grandmother «mgm_n», aged «mgm_age», living in «mgm_town».
NIPT: low risk. Offered CVS vs amniocentesis; couple chose amniocentesis on «d2_dm» (sample «sample»).
Counsellor: «gc_n» («gc_ph»). Rabbi consulted by couple: «un_n». Next: «d3_dm».
"""

BIOBANK = """# biobank family-linkage export - «service» - «d1_iso» - by «ad_user»
# cohort: «cond» («inh»), family variant «gene» «cdna» «prot»; pedigree position per «g9» = proband
participant_id,family_id,relation_to_proband,pedigree_pos,surname,forename,dob,age,sex,consent_date,dna_sample,«hpl_csv»,vital
«bb1»,«famid»,proband,«g9»,«p_f»,«p_g»,«p_dobiso»,«p_age»,«p_sex»,«d2_iso»,«sample»,«p_hp»,alive
«bb2»,«famid»,father,«g5»,«fa_f»,«fa_g»,«fa_dobiso»,«fa_age»,M,«d2_iso»,«sample2»,«fa_hp»,alive
«bb3»,«famid»,mother,«g6»,«mo_f»,«mo_g»,«mo_dobiso»,«mo_age»,F,«d3_iso»,«sample3»,«mo_hp»,alive
«bb4»,«famid»,sibling,«g10»,«sb1_f»,«sb1_g»,«sb1_dobiso»,«sb1_age»,«sb1_sex»,«d3_iso»,«sample4»,«sb1_hp»,alive
«bb5»,«famid»,pat_grandmother,«g2»,«gm_f»,«gm_g»,«gm_dobiso»,,F,,archived FFPE,,deceased «gm_dodiso» age «gm_ad»
«bb6»,«famid»,mat_uncle,,«un_f»,«un_g»,«un_dobiso»,«un_age»,M,«d3_iso»,,«un_hp»,alive
# linked by «gc_user»; query «ad_em»
"""

PED = """## PLINK .ped - family «famid» - «cond» («gene») - exported «d1_iso» by «ls_user»
## markers: «gene» «cdna» «prot» («klass»), rs-linked SNP; phenotype 2 = affected; proband = «g9»
## sample key: «sample»=«p_n» (proband) «sample2»=«fa_n» «sample3»=«mo_n» «sample4»=«sb1_n» «sample5»=«gm_n»
«famid»	«sample5»	0	0	2	1	A A	G G
«famid»	«sample2»	0	0	1	2	A G	G T
«famid»	«sample3»	0	0	2	1	A A	G G
«famid»	«sample»	«sample2»	«sample3»	«p_psex»	2	A G	G T
«famid»	«sample4»	«sample2»	«sample3»	«sb1_psex»	1	A A	G G
## .fam of the second family (ids are sequence numbers): «famid2» 101 0 0 1 2 / «famid2» 102 0 0 2 1 / «famid2» 201 101 102 2 2
## second family index case: «co_n», DOB «co_dob»; obligate carrier «un_i» - contact «un_ph»
"""

GEDCOM = """0 HEAD
1 SOUR FamilyTreeExport
1 DATE «d1_ged»
1 SUBM @U1@
0 @U1@ SUBM
1 NAME «p_g» /«p_f»/
1 EMAL «p_em»
0 @I1@ INDI
1 NAME «p_g» /«p_f»/
1 SEX «p_sex»
1 BIRT
2 DATE «p_dobged»
2 PLAC «p_town», «region»
1 NOTE proband, «gene» «cdna» carrier
0 @I2@ INDI
1 NAME «fa_g» /«fa_f»/
1 SEX M
1 BIRT
2 DATE «fa_dobged»
0 @I3@ INDI
1 NAME «mo_g» /«mo_f»/
1 SEX F
1 BIRT
2 DATE «mo_dobged»
0 @I4@ INDI
1 NAME «gf_g» /«gf_f»/
1 SEX M
1 DEAT
2 DATE «gf_dodged»
2 NOTE died aged «gf_ad», «cause1»
0 @I5@ INDI
1 NAME «gm_g» /«gm_f»/
1 SEX F
1 DEAT
2 DATE «gm_dodged»
2 NOTE aged «gm_ad», «cancer1» at «dx1»
0 @F1@ FAM
1 HUSB @I2@
1 WIFE @I3@
1 CHIL @I1@
1 NOTE sibling «sb1_n» (b. «sb1_yob») not entered yet
0 TRLR
"""

MDT = """‹GENOMICS MDT - MINUTES› - «service» - «d1_long»
Present: «cg_n» (chair), «gc_n», «ls_n», «rf_n», «ad_n» (minutes)
Apologies: «gc2_n»

1. «p_lf» («mrnl» «p_mrn», «p_age») - «gene» «cdna» «prot», «klass». Family «famid».
   Father «fa_i» affected («cancer1», dx «dx1»); paternal grandmother «gm_gi» d. «gm_ad». Agreed: report as
   «klass2»; cascade letters to «sb1_g» and «sb2_g». Action: «gc_g».
2. «q_lf» - «test» negative. Mother «q_mo_n» («q_mo_age») wants testing; her father «q_gf_n» d. «q_gf_ad».
   Action: «ls_g» to check archived sample «sample2».
3. AOB: «gc2_g» to chase the «cond» family - index case «co_n» moved to «co_town».
Next MDT «d2_dm».
"""

REQ_DE = """‹ANFORDERUNGSSCHEIN HUMANGENETIK› - «lab» - Auftrag «req»
Einsender: «rf_n», Tel. «rf_ph»                  Eingang: «d1_loc»
Patient/in: «p_lf»   geb. «p_dob»   «p_sex»   KVNR «p_hp»   «mrnl» «p_mrn»
Anschrift: «p_addr»
Fragestellung: familiäre Mutation «gene» «cdna» («cond») - Indexperson in der Familie: «au_n» (Tante väterlicherseits,
Befund «famid»). Weitere Familienmitglieder mit Probe: Vater «fa_n» (geb. «fa_dob», Probe «sample2»), Bruder «sb2_n» (Probe «sample3»).
Untersuchung: «test», Stammbaumposition «g9» (Tante = «g7»)
Material: EDTA-Blut 2 x 2,7 ml, entnommen «d2_loc». Einwilligung nach GenDG liegt vor (aufgeklärt durch «gc_n»).
Befund an: «rf_i» und Patient/in. Rückfragen: «ls_n», «ls_em».
"""

REQ_ES = """‹SOLICITUD DE ESTUDIO GENÉTICO› - «lab» - Petición «req»
Médico solicitante: «rf_n» (tel. «rf_ph»)          Fecha de recepción: «d1_loc»
Paciente: «p_lf»   F. nac. «p_dob»   Sexo «p_sex»   DNI «p_nat»   NHC «p_mrn»   CIP «p_hp»
Domicilio: «p_addr»
Motivo: estudio de variante familiar «gene» «cdna» («cond»). Caso índice: «au_n» (tía paterna, informe «famid»).
Familiares con muestra: padre «fa_n» (F. nac. «fa_dob», muestra «sample2») y hermano «sb2_n» (muestra «sample3»).
Técnica: «test». Posición en el árbol: «g9» (tía = «g7»)
Muestra: sangre EDTA, extraída el «d2_loc». Consentimiento informado firmado ante «gc_n».
Enviar informe a: «rf_i». Consultas: «ls_n», «ls_em».
"""

REFERRER = """«service»
«rf_n»
«rf_line», «rf_town»                                                       «d1_long»

Dear «rf_title_dr» «rf_f»,

Re: «p_n», DOB «p_dob», «mrnl» «p_mrn», «hpl» «p_hp»
    «p_addr»

Thank you for referring «p_g», whom I saw in clinic on «d2_long» with «p_his» «sb1_sib» «sb1_g». Their mother
«mo_n» died on «mo_dod» aged «mo_ad» of «cancer1»; their maternal grandmother «mgm_n» had «cancer2» at «dx2» and
died aged «mgm_ad». Testing of a stored sample from «mo_g» («sample») found «gene» «cdna», «klass».
«p_g» has now tested positive; «sb1_g» has chosen to wait. Their half-brother «sb2_n» lives abroad.

I recommend annual MRI and mammography per NICE CG164 and referral to «cond» clinic. «gc_n» will follow up.

Yours sincerely,  «cg_n», Consultant in Clinical Genetics
"""

EMAIL = """From: «p_n» <«p_em»>
To: genetics.admin@«maildomain»
Subject: family tree for my appointment on «d1_dm»

Hi, «gc_g» asked me to type out our family before the appointment. Best I can do:

my dad - «fa_g» «fa_f», born «fa_dob», still going at «fa_age»!
   his mum «gm_g» (Bubbe) - died «gm_yod», she was «gm_ad». his dad «gf_g» died young, heart
   dad's sister «au_g» - breast cancer in her 40s, lives «au_town», her kid «co_g» «co_f» had it at «dx1» too
my mum «mo_g» (maiden name «mo_f») - fine, «mo_age»
   her brother «un_g» «un_f» - «cancer3» but not sure of age
me - «p_g», «p_age». my «sb1_sib» «sb1_g» («sb1_em») is happy to be contacted, «sb1_ph».

The letter from dad's clinic said «gene» «cdna» - «klass» - «cond».
We're «ancestry» on both sides if that matters. My number is «p_ph».
Thanks, «p_g»
"""

INSURANCE = """«service» - Genetic Counseling
«d1_long»

To: «insurer» - Underwriting Department
Re: applicant «p_n», DOB «p_dob», policy no. «policy»

On behalf of my patient and with «p_his» written consent: the underwriting questionnaire sent to «p_g» asks for
"results of any genetic test taken by you or a family member". «p_g»'s father «fa_n» («fa_age») and aunt «au_n»
have had predictive testing for «cond» («gene»). Under GINA and the applicable state law, «p_g» is not obliged to disclose
relatives' genetic test results, nor «p_his» own «klass» result, for this product.
Please remove questions 14b and 14c and re-issue the form to «p_addr».

«gc_n», MS, CGC - «gc_ph» - «gc_em»
cc: «p_n»; «rf_n»
"""

INSURANCE_UK = """«service»
«d1_long»

«insurer», Underwriting Team - policy ref «policy»
Re: «p_n», born «p_dob», «p_addr»

With «p_g»'s written consent: under the Code on Genetic Testing and Insurance, «p_g» need not disclose the predictive
result of a relative. «p_his» father «fa_n» («fa_age») and paternal aunt «au_n» tested positive for «gene» («cond»);
«p_g» has not been tested. Your letter of «d2_long» asked «p_g» to name "all relatives with a genetic diagnosis",
including «p_his» late grandmother «gm_n» (d. «gm_ad»). Please withdraw this question. (The family variant is «cdna», «klass»; any «test» result stays confidential.)

«gc_n», Genetic Counsellor («gc_ph», «gc_em») - cc «cg_n»; «rf_n» (GP)
"""

PEDJSON = """{"export": "pedigree-tool", "family": "«famid»", "created": "«d1_iso»", "by": "«gc_user»", "condition": "«cond»", "gene": "«gene»",
 "individuals": [
  {"id": "«g9»", "name": "«p_n»", "sex": "«p_sex»", "dob": "«p_dobiso»", "proband": true, "affected": true, "variant": "«cdna»", "mrn": "«p_mrn»"},
  {"id": "«g5»", "name": "«fa_n»", "sex": "M", "dob": "«fa_dobiso»", "age": "«fa_age»", "carrier": true},
  {"id": "«g6»", "name": "«mo_n»", "sex": "F", "dob": "«mo_dobiso»", "phone": "«mo_ph»"},
  {"id": "«g1»", "name": "«gf_n»", "sex": "M", "deceased": true, "dod": "«gf_dodiso»", "age_at_death": "«gf_ad»"},
  {"id": "«g2»", "name": "«gm_n»", "sex": "F", "deceased": true, "dod": "«gm_dodiso»", "age_at_death": "«gm_ad»", "note": "«cancer1» dx «dx1»"},
  {"id": "«g10»", "name": "«sb1_n»", "sex": "«sb1_sex»", "email": "«sb1_em»", "status": "letter sent «d2_iso»"},
  {"id": "«g13»", "name": "«ch_n»", "sex": "«ch_sex»", "dob": "«ch_dobiso»"}],
 "counsellor": "«gc_n»", "geneticist": "«cg_n»"}
"""

CHAT = """[«d1_loc» 09:02] «gc_n»: morning - «p_f» family («famid»), «p_g» rang again re: «p_his» grandmother's age at death
[«d1_loc» 09:04] «gc2_g»: the one who died at «gm_ad»? «gm_g» «gm_f»?
[«d1_loc» 09:05] «gc_n»: yes. «p_g» says «gm_g» had «cancer1» at «dx1», the death cert says «cause1»
[«d1_loc» 09:11] «cg_g»: ok. and the aunt - «au_g» - did she consent? we need her sample «sample2» released
[«d1_loc» 09:12] «gc2_g»: consent form came back signed «d2_dm». her child «co_g» also wants to come, ph «co_ph»
[«d1_loc» 09:20] «gc_n»: great. I'll book «co_g» with «ls_g» for «test». «p_g»'s dad «fa_g» is «fa_age» btw, still sharp
[«d1_loc» 09:21] «ls_g»: fyi the family variant is «gene» «cdna» «prot», «klass»
[«d1_loc» 09:22] «cg_g»: 👍 log it on «famid», tag «ad_g» for the letter
"""

TEMPLATES: list[tuple[str, list[str], str, dict[str, str]]] = [
    ("p94_text_pedigree_ascii", ["UK", "US"], "text", {"*": PEDIGREE}),
    ("p94_cascade_letter_relative", ["UK", "NL"], "text", {"UK": CASCADE_EN, "NL": CASCADE_NL}),
    ("p94_family_history_questionnaire", ["US", "DE"], "text", {"US": QUEST_EN, "DE": QUEST_DE}),
    ("p94_counselling_session_note", ["UK", "IL"], "text", {"*": SESSION}),
    ("p94_consanguinity_note", ["UK", "IL"], "text", {"*": CONSANG}),
    ("p94_variant_classification_report", ["UK", "US"], "text", {"*": VARIANT}),
    ("p94_twin_zygosity_note", ["NL", "US"], "text", {"*": TWIN}),
    ("p94_prenatal_nipt_counselling", ["ES", "IL"], "text", {"ES": PRENATAL_ES, "IL": PRENATAL_IL}),
    ("p94_biobank_family_linkage_csv", ["UK", "NL"], "text", {"*": BIOBANK}),
    ("p94_plink_ped_fam_file", ["US", "DE"], "text", {"*": PED}),
    ("p94_gedcom_family_export", ["US", "UK"], "text", {"*": GEDCOM}),
    ("p94_genomics_mdt_minutes", ["UK", "NL"], "text", {"*": MDT}),
    ("p94_lab_requisition_relatives", ["DE", "ES"], "text", {"DE": REQ_DE, "ES": REQ_ES}),
    ("p94_referrer_result_letter", ["UK", "IL"], "text", {"*": REFERRER}),
    ("p94_patient_email_family_tree", ["US", "UK"], "text", {"*": EMAIL}),
    ("p94_insurance_discrimination_letter", ["US", "UK"], "text", {"US": INSURANCE, "UK": INSURANCE_UK}),
    ("p94_pedigree_tool_json", ["NL", "US"], "json", {"*": PEDJSON}),
    ("p94_counsellor_teams_chat", ["UK", "DE"], "text", {"*": CHAT}),
]

ANCESTRY = {"ashkenazi": "Ashkenazi Jewish", "sephardi": "Sephardi / Mizrahi Jewish", "amish": "Amish", "mennonite": "Mennonite",
            "finnish": "Finnish", "icelandic": "Icelandic", "faroese": "Faroese", "maronite": "Lebanese (Maronite)",
            "pakistani": "Pakistani", "arab": "Arab (Gulf)"}  # fmt: skip
INSURERS = {"US": ["Keystone Mutual Life", "Buckeye Family Assurance", "Great Lakes Term Life"],
            "UK": ["Pennine Life Assurance", "Northgate Protection plc", "Thameside Life"]}  # fmt: skip
REL_EN = {True: "sister", False: "brother"}
REL_NL = {True: "zus", False: "broer"}


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 3, 4) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    culture = rng.choice(loc.cultures)
    if "consanguinity" in kind:  # the families a consanguinity clinic sees most (the chains of their names)
        culture = rng.choice([c for c in ("pakistani", "arab") if c in loc.cultures])
    prenatal = "prenatal" in kind
    twin = "twin" in kind
    p = draw_person(rng, loc, used, d1, culture=culture, age_days=(24 * Y, 40 * Y) if prenatal else (19 * Y, 62 * Y),
                    female=True if prenatal else None)  # fmt: skip
    page = (d1 - p.dob).days // Y
    fa = draw_person(rng, loc, used, d1, culture=culture, family=p.family, female=False,
                     age_days=((page + 22) * Y, (page + 40) * Y))  # fmt: skip
    mo = draw_person(
        rng, loc, used, d1, culture=culture, female=True, age_days=((page + 20) * Y, (page + 36) * Y)
    )
    sibs = [draw_person(rng, loc, used, d1, culture=culture, family=p.family, age_days=((page - 8) * Y, (page + 9) * Y),
                        female=p.female if twin and i == 0 else None) for i in range(2)]  # fmt: skip
    if twin:
        sibs[0].dob = p.dob
    ch = draw_person(rng, loc, used, d1, culture=culture, family=p.family, age_days=(1 * Y, 17 * Y))
    pa = draw_person(rng, loc, used, d1, age_days=(22 * Y, 45 * Y), female=not p.female)
    fage = (d1 - fa.dob).days // Y
    mage = (d1 - mo.dob).days // Y
    gens = {
        "gf": draw_person(rng, loc, used, d1, culture=culture, family=p.family, female=False, age_days=((fage + 22) * Y, (fage + 38) * Y)),
        "gm": draw_person(rng, loc, used, d1, culture=culture, female=True, age_days=((fage + 20) * Y, (fage + 36) * Y)),
        "mgf": draw_person(rng, loc, used, d1, culture=culture, family=mo.family, female=False, age_days=((mage + 22) * Y, (mage + 38) * Y)),
        "mgm": draw_person(rng, loc, used, d1, culture=culture, female=True, age_days=((mage + 20) * Y, (mage + 34) * Y)),
    }  # fmt: skip
    au = draw_person(
        rng,
        loc,
        used,
        d1,
        culture=culture,
        family=p.family,
        female=True,
        age_days=((fage - 12) * Y, (fage + 10) * Y),
    )
    un = draw_person(
        rng,
        loc,
        used,
        d1,
        culture=culture,
        family=mo.family,
        female=False,
        age_days=((mage - 12) * Y, (mage + 10) * Y),
    )
    co = draw_person(rng, loc, used, d1, culture=culture, age_days=(18 * Y, 60 * Y))
    ppl: dict[str, Person] = {
        "p": p,
        "fa": fa,
        "mo": mo,
        "sb1": sibs[0],
        "sb2": sibs[1],
        "ch": ch,
        "pa": pa,
        **gens,
        "au": au,
        "un": un,
        "co": co,
    }
    # the father's given name in the chains of the communities that write one
    for x in ("p", "sb1", "sb2"):
        ppl[x].patron = fa.given
    fa.patron = gens["gf"].given
    au.patron = gens["gf"].given
    mo.patron = gens["mgf"].given
    un.patron = gens["mgf"].given
    for x in ("gf", "mgm", "mgf", "gm", "pa", "co"):
        w = ppl[x]
        w.patron = given_name(rng, loc, w.culture, False, used)
    staff = {
        x: draw_person(rng, loc, used, d1, age_days=(28 * Y, 64 * Y))
        for x in ("gc", "gc2", "cg", "rf", "ls", "ad")
    }
    ppl.update(staff)
    # the extra family of the MDT's second case
    q = {"q": draw_person(rng, loc, used, d1, age_days=(20 * Y, 50 * Y))}
    q["q_mo"] = draw_person(
        rng, loc, used, d1, culture=q["q"].culture, female=True, age_days=(45 * Y, 96 * Y)
    )
    q["q_gf"] = draw_person(
        rng,
        loc,
        used,
        d1,
        culture=q["q"].culture,
        family=q["q_mo"].family,
        female=False,
        age_days=(92 * Y, 118 * Y),
    )
    ppl.update(q)

    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        dead = None
        age_now = (d1 - w.dob).days // Y
        if x in ("gf", "gm", "mgf", "mgm", "q_gf") or (x in ("fa", "mo", "co") and rng.random() < 0.35):
            if (x == "mgm" and twin) or (x == "mgm" and prenatal):
                dead = None
            else:
                hi = max(56, min(101, age_now - 1))
                dage = (
                    rng.randint(90, hi)
                    if (rng.random() < 0.55 and hi >= 90)
                    else rng.randint(min(55, hi), min(89, hi))
                )
                dod = w.dob + timedelta(days=dage * Y + rng.randint(30, 330))
                if dod >= d1:
                    dod = d1 - timedelta(days=rng.randint(40, 900))
                    dage = (dod - w.dob).days // Y
                dead = (dod, dage)
        s.update(person_slots(x, w, d1, dead))
    for x in (
        "fa",
        "mo",
        "co",
    ):  # a living parent's or cousin's death fields, for the templates that need them
        if f"{x}_dod" not in s:
            dod = d1 - timedelta(days=rng.randint(200, 3000))
            dage = (dod - ppl[x].dob).days // Y
            dd = date_forms(dod, loc_code)
            s.update(
                {
                    f"{x}_dod": dd["loc"],
                    f"{x}_dodged": dd["ged"],
                    f"{x}_dodiso": dd["iso"],
                    f"{x}_ad": age_slot(dage),
                    f"{x}_yod": str(dod.year),
                }
            )
    s["mrnl"], s["hpl"] = s["p_mrnl"], s["p_hpl"]
    s["hpl_csv"] = {"UK": "nhs_number", "NL": "polisnummer"}.get(loc_code, "member_id")
    s["sb_rel"] = REL_EN[p.female]  # what the proband is to the sibling written to
    s["sb_rel_nl"] = REL_NL[p.female]
    s["sb1_sib"] = REL_EN[sibs[0].female]
    s["sb1_mevr"] = "mevrouw" if sibs[0].female else "de heer"
    s["sb2_he_lives"] = "lives"
    s["rf_title_dr"] = "Dr"
    s["region"] = p.region
    gene, cdna, prot, cond, inh = rng.choice(VARIANTS)
    s["gene"], s["cdna"], s["prot"], s["cond"], s["inh"] = K(gene), K(cdna), K(prot), K(cond), K(inh)
    k1, k2 = rng.sample(CLASSES, 2)
    s["klass"], s["klass2"] = K(k1), K(k2)
    for i, c in enumerate(rng.sample(CANCERS, 3), 1):
        s[f"cancer{i}"] = K(c)
    for i, a in enumerate(rng.sample(range(31, 79), 3), 1):
        s[f"dx{i}"] = K(str(a))
    s["cause1"] = K(rng.choice(CAUSES))
    s["test"] = K(rng.choice(TESTS))
    svc = rng.sample(SERVICES[loc_code], 2)
    s["service"], s["lab"] = K(svc[0]), K(svc[1])
    for n, lab in GENS.items():
        s[n] = K(lab)
    s["ancestry"] = ANCESTRY[culture]
    s["ext"] = fill(rng, "^###")
    s["hcpc"] = P("LICENSE", fill(rng, "%#####"))
    s["famid"] = P("ID", rng.choice([f"{plain(p.family).upper()[:8]}{fill(rng, '%#')}", fill(rng, "FAM-%####"), fill(rng, "F%#####"),
                                      f"{plain(p.family)[:4].upper()}-{d1.year % 100}-{fill(rng, '%##')}"]))  # fmt: skip
    s["famid2"] = P("ID", fill(rng, "FAM-%####"))
    prefix = rng.choice(["S", "DNA", "G", "LAB"])
    for k in ["sample", "sample2", "sample3", "sample4", "sample5"]:
        s[k] = P("ID", f"{prefix}{d1.year % 100}-{fill(rng, '%####')}")
    for i in range(1, 7):
        s[f"bb{i}"] = P("ID", fill(rng, rng.choice(["BB%######", "P-%#####"])))
    s["req"] = P("ID", fill(rng, rng.choice(["A%#######", "%##/%####"])))
    s["policy"] = P("ID", fill(rng, rng.choice(["LP%########", "%##-%######-@"])))
    s["insurer"] = K(rng.choice(INSURERS.get(loc_code, INSURERS["US"])))
    s["maildomain"] = "genetics.example.org"
    lmp = d1 - timedelta(days=12 * 7 + 3)
    s["lmp"] = date_forms(lmp, loc_code)["loc"]
    s["edd"] = date_forms(lmp + timedelta(days=280), loc_code)["loc"]
    dd = {
        "d1": d1,
        "d2": d1 + timedelta(days=rng.randint(3, 30)),
        "d3": d1 + timedelta(days=rng.randint(31, 90)),
    }
    for k, d in dd.items():
        for form, v in date_forms(d, loc_code).items():
            s[f"{k}_{form}"] = v
    return s


_WORD = re.compile(r"[^\W\d_]+")


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks, and the same case-blind: a name word (3+ letters) or a PHI value may not occur
    outside its spans in any casing (the scorer looks for upper and title case too)."""
    bad = _base_problems(doc)
    text = doc.content.lower()  # not casefold(): "ß" -> "ss" would shift the offsets of the spans
    assert len(text) == len(doc.content)
    inside = [False] * len(text)
    for a, b in doc.spans:
        for i in range(a, b):
            inside[i] = True
    checks = {w.lower() for t, v in doc.phi if t == "NAME" for w in _WORD.findall(v) if len(w) >= 3}
    checks |= {v.lower() for t, v in doc.phi if t not in ("AGE",)}
    for v in checks:
        for start in bounded(v, text):
            if not all(inside[start : start + len(v)]):
                bad.append(f"{doc.id}: {v!r} also outside PHI at {start} (case-blind)")
    return bad


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, templates: dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    template = templates.get(loc, templates.get("*", ""))
    doc = None
    for attempt in range(400):
        rng = random.Random(f"phigate-probe94:{seed}:{kind}:{index}:{attempt}")
        content, phi, keep, spans = render(template, base_slots(rng, loc, kind), fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 400 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
