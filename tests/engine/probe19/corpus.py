"""Nineteenth independent probe corpus: over-masking. Harmless clinical text dense in capitalised words that
look like names or places but are not PHI, with the patient's PHI right beside them.

40 labelled documents in 20 kinds per seed. Clinical English: a movement-disorders consult, a rheumatology
clinic letter, an operation note, a sports-medicine knee and shoulder examination, a blood-culture
microbiology report, a histopathology report with staging and grading systems, an ED note with named scores
and signs, an ICU progress note with ventilators, catheters and scales, a US medication reconciliation with
brand names and makers, a trial enrolment note with citations, a CT/radiograph report with named signs and a
labour-ward note. Other languages, each in its own clinical wording: a German Entlassbrief ("Morbus ...",
"...-Zeichen"), a French lettre de liaison ("maladie de ...", "signe de ..."), a Spanish informe de alta, an
Italian lettera di dimissione ("morbo di ...", "segno di ...") and a Dutch verwijsbrief ("ziekte van ...").
Developer and AI context: a JSON chat-completions request asking to code a note (the note in English,
German, French or Spanish), a Python ETL traceback whose SQL parameters hold a note, and an NDJSON chat
where a clinician asks an AI agent about a patient.

Template language: tests/engine/probe's `«slot»` (PHI or text from tests/engine/probe19/people.py) and
`‹literal›` (harmless, must survive); `⟦pool⟧` is first replaced by a phrase drawn from POOLS (each phrase
itself written with `‹...›` and `«...»`), so every seed draws other eponyms, organisms and brands. The
`render`, `Doc`, `bounded`, `name_parts` and `problems` of tests/engine/probe are reused.

Labelling policy (the point of this probe; decided before any measurement):
- PHI: the patient's names (whole, given alone, surname after a title, inverted "SURNAME, Given"), a
  relative's or birth partner's name, a baby's name, their phones and e-mails, the patient's street and
  town (ADDRESS) and postcode (ZIP), a birthplace (ADDRESS), every date of the patient's care or life
  (DATE), an age over 89 (AGE), record numbers (MRN), national and specimen/accession/study/prescription
  numbers (ID), insurance numbers (HEALTH_PLAN), case/episode numbers (ACCOUNT), an IP address, a password.
- Not PHI, labelled keep: eponyms of every sort -- diseases, syndromes, signs, reflexes, tests, scores,
  scales, classifications, stages, cells, bodies, procedures, manoeuvres, incisions, instruments (with or
  without the possessive, hyphenated double eponyms, bare uses such as "a positive ‹Tinel›"); organisms
  (genus and species), viruses and fevers named after places or people; brand-name drugs, their makers,
  device makers and models; named trials, guidelines, societies and institutes; hospitals, wings, wards
  and pavilions named after donors or scientists (invented donors); cited authors ("Surname et al.",
  "Surname and Surname"): they are not the patient's identifiers; a place used as non-patient context (a
  disease or virus named after a town, a classification named after a city, a vendor's city).
- Clinicians are roles, never names (as in probes 4-18), so no unlabelled person name is left in a document.
- A year alone, a weekday, a time of day, an age under 90, a country are plain text.
"""

from __future__ import annotations

import json
import random
import re

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe19.people import PLACES, P, Slot, person

__all__ = ["POOLS", "TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

_POOL = re.compile(r"⟦(\w+)(?:#(\d))?⟧")

# ---- harmless vocabulary drawn per document (each phrase in the template language) ------------------------

POOLS: dict[str, list[str]] = {
    # movement-disorders consult
    "pd_ddx": [
        "‹Steele-Richardson-Olszewski syndrome›",
        "‹Shy-Drager syndrome›",
        "‹Wilson's disease›",
        "‹Creutzfeldt-Jakob disease›",
        "‹Hallervorden-Spatz› disease",
        "‹Binswanger's disease›",
    ],
    "neuro_sign": [
        "‹Myerson's sign› present (glabellar tap does not habituate)",
        "a positive ‹Hoffmann› on the right",
        "‹Froment's manoeuvre› brings out rigidity at the left wrist",
        "no ‹Lhermitte's sign›",
        "‹Gowers' sign› negative",
        "a positive ‹Tinel› over the left carpal tunnel, ‹Phalen›-positive at 40 seconds",
        "no ‹Kernig› or ‹Brudzinski› signs",
        "‹Chvostek› negative",
        "‹Unterberger› stepping test: rotates 50 degrees to the left",
    ],
    "neuro_scale": [
        "‹Epworth Sleepiness Scale› 13",
        "‹Hamilton Depression Rating Scale› 9",
        "‹Schwab and England› ADL 80%",
        "‹Beck Depression Inventory› 14",
        "‹Addenbrooke's Cognitive Examination› 88/100",
        "‹Montreal Cognitive Assessment› 25/30",
    ],
    "pd_brand": [
        "‹Sinemet› 25/100 three times daily",
        "‹Madopar› 62.5 mg three times daily",
        "‹Stalevo› 100 mg",
        "‹Azilect› 1 mg each morning",
        "a ‹Neupro› patch 2 mg/24 h",
        "‹Requip XL› 2 mg",
    ],
    # rheumatology letter
    "ctd": [
        "‹Sjögren's syndrome›",
        "adult-onset ‹Still's disease›",
        "‹Behçet's disease›",
        "‹Takayasu arteritis›",
        "‹Felty's syndrome›",
        "‹Churg-Strauss syndrome›",
    ],
    "rheum_exam": [
        "‹Gottron's papules› over the MCP joints",
        "a ‹Jaccoud›-type arthropathy of both hands",
        "a positive ‹Patrick's test› on the left",
        "‹Achilles› enthesitis on the right",
        "‹Finkelstein's test› positive on the right",
        "a ‹Baker's cyst› behind the left knee",
    ],
    "biologic": [
        "‹Humira› 40 mg every other week",
        "‹Benepali› 50 mg weekly",
        "‹RoActemra› 162 mg weekly",
        "‹Olumiant› 4 mg daily",
        "‹Cimzia› 200 mg every two weeks",
        "‹Hyrimoz› 40 mg every other week",
    ],
    # operation note
    "op": [
        "Procedure: ‹Hartmann's procedure› for perforated sigmoid diverticulitis (‹Hinchey› III).\n"
        "Position: ‹Lloyd-Davies› with ‹Trendelenburg› tilt.\nFindings: purulent peritonitis; "
        "‹Mannheim Peritonitis Index› 21.",
        "Procedure: laparoscopic cholecystectomy.\nPosition: reverse ‹Trendelenburg›.\nFindings: acutely "
        "inflamed gallbladder (‹Parkland› grade 3); ‹Calot's triangle› dissected to the ‹Strasberg› critical "
        "view; ‹Hartmann's pouch› adherent to the duodenum.",
        "Procedure: pylorus-preserving ‹Whipple› pancreaticoduodenectomy.\nPosition: supine.\nFindings: "
        "2.5 cm mass in the head of pancreas; extended ‹Kocher manoeuvre›; ‹Pringle manoeuvre› not needed.",
        "Procedure: open ‹Lichtenstein› mesh repair of right inguinal hernia.\nPosition: supine.\nFindings: "
        "indirect sac (‹Nyhus› IIIb); ‹Cooper's ligament› intact; ‹Hesselbach's triangle› sound.",
    ],
    "instrument": [
        "‹Metzenbaum› scissors",
        "‹DeBakey› forceps",
        "‹Langenbeck› retractors",
        "‹Babcock› forceps",
        "a ‹Balfour› retractor",
        "the ‹Ethicon› ‹Harmonic› scalpel",
        "a ‹Medtronic› ‹LigaSure› sealer",
        "a ‹Bookwalter› retractor",
    ],
    "closure": [
        "‹PDS› II loop to the linea alba",
        "‹Vicryl Rapide› to skin",
        "‹Monocryl› 3/0 subcuticular",
        "‹Prolene› 0 mass closure",
    ],
    "drain": ["a 19 Fr ‹Blake› drain", "a ‹Robinson› drain", "a ‹Jackson-Pratt› drain"],
    # sports medicine
    "knee_test": [
        "‹Lachman› 2+ with a soft end point",
        "‹McMurray's test› painful on the medial side",
        "a positive ‹Apley› grind",
        "‹Thessaly test› at 20 degrees reproduces the pain",
        "‹Clarke's sign› negative",
        "‹Ober's test› tight on the left",
        "‹Noble's test› negative",
    ],
    "shoulder_test": [
        "‹Hawkins-Kennedy› positive",
        "‹Neer's sign› equivocal",
        "‹Speed's test› negative",
        "‹Yergason's test› negative",
        "‹O'Brien's test› positive",
        "‹Jobe's› empty-can test weak",
        "‹Gerber's› lift-off normal",
    ],
    "knee_xr": [
        "a ‹Segond fracture› at the lateral tibial plateau",
        "no ‹Salter-Harris› physeal injury",
        "‹Osgood-Schlatter› changes at the tibial tubercle",
        "‹Pellegrini-Stieda› calcification at the medial femoral condyle",
    ],
    "brace": [
        "a ‹DonJoy› hinged knee brace",
        "a ‹Bauerfeind› ‹GenuTrain› sleeve",
        "an ‹Össur› ‹Rebound ACL› brace",
    ],
    # microbiology
    "organism": [
        "‹Staphylococcus aureus› (MSSA)",
        "‹Klebsiella pneumoniae› (ESBL)",
        "‹Escherichia coli›",
        "‹Pseudomonas aeruginosa›",
        "‹Enterococcus faecium› (VRE)",
        "‹Listeria monocytogenes›",
        "‹Haemophilus influenzae› type b",
        "‹Serratia marcescens›",
        "‹Proteus mirabilis›",
        "‹Citrobacter freundii›",
        "‹Stenotrophomonas maltophilia›",
        "‹Burkholderia cepacia›",
        "‹Yersinia enterocolitica›",
        "‹Salmonella› Typhimurium",
        "‹Neisseria meningitidis› group B",
        "‹Moraxella catarrhalis›",
    ],
    "stain": [
        "‹Ziehl-Neelsen› stain negative",
        "‹Gram› stain: gram-negative rods",
        "growth on ‹MacConkey› agar",
        "no growth on ‹Sabouraud› agar at 48 h",
        "‹Kirby-Bauer› disc diffusion on ‹Mueller-Hinton› agar",
        "‹Löwenstein-Jensen› slopes incubated for 8 weeks",
        "‹Thayer-Martin› plate negative",
    ],
    "reflab": [
        "‹Colindale›",
        "‹ARUP Laboratories›, ‹Salt Lake City›",
        "‹Mayo Clinic Laboratories›, ‹Rochester›",
        "‹Quest Diagnostics›, ‹San Juan Capistrano›",
    ],
    "virus": [
        "‹Coxsackie› B4 RNA detected",
        "‹Epstein-Barr virus› VCA IgM positive",
        "‹Norwalk›-like virus (norovirus GII) detected",
        "‹West Nile virus› IgM not detected",
        "‹Zika virus› PCR not detected",
        "‹Hantaan virus› serology negative",
        "‹Ross River virus› IgM negative",
        "‹Lassa› fever PCR not performed (no travel)",
        "‹Powassan virus› not tested",
        "‹Rift Valley fever› not suspected",
    ],
    "zoonosis": [
        "‹Lyme disease› (‹Borrelia burgdorferi›) serology negative",
        "‹Rocky Mountain spotted fever› (‹Rickettsia rickettsii›) considered",
        "‹Bartonella henselae› titre 1:64",
        "‹Brucella melitensis› (‹Malta fever›) excluded",
        "‹Francisella tularensis› not isolated",
        "‹Legionella pneumophila› serogroup 1 urinary antigen negative",
    ],
    # histopathology
    "stage": [
        "‹Gleason› score 4+3=7 (‹ISUP› grade group 3)",
        "‹Breslow› thickness 1.8 mm, ‹Clark› level IV",
        "‹Dukes'› stage B, pT3 N0 (‹AJCC› 8th edition)",
        "‹Nottingham› grade 2 (‹Elston-Ellis› modification)",
        "‹Fuhrman› nuclear grade 3",
        "‹Masaoka-Koga› stage IIa",
        "‹Ann Arbor› stage IIIB",
        "‹Bethesda› category IV",
        "‹Vienna› classification category 4",
        "‹Paris› classification 0-IIa",
        "‹Haggitt› level 2",
        "‹Siewert› type II",
        "‹Lauren› intestinal type, ‹Borrmann› type 3",
        "‹Ishak› fibrosis stage 3",
        "‹Marsh› type 3b",
        "‹Banff› category 4",
    ],
    "cells": [
        "‹Reed-Sternberg› cells",
        "‹Hürthle› cell change",
        "‹Paneth› cell metaplasia",
        "‹Langhans›-type giant cells",
        "‹Mallory-Denk› bodies",
        "‹Councilman› bodies",
        "‹Schaumann› bodies",
        "‹Russell› bodies",
        "‹Call-Exner› bodies",
        "‹Auer› rods",
    ],
    "ihc": [
        "‹Ki-67› (‹MIB-1›) 12% on the ‹Ventana› ‹BenchMark ULTRA›",
        "p16 block-positive on the ‹Leica› ‹BOND-III›",
        "mismatch repair proteins retained on the ‹Dako› ‹Omnis›",
    ],
    "path_bg": [
        "background ‹Barrett's oesophagus›",
        "background ‹Crohn's disease›",
        "background ‹Hashimoto's thyroiditis›",
        "‹Whipple's disease› excluded (PAS negative)",
        "no ‹Helicobacter pylori› seen on ‹Giemsa›",
    ],
    # ED note
    "ed_score": [
        "‹Wells› score 4.5",
        "revised ‹Geneva› score 6",
        "‹CURB-65› 2",
        "‹HEART› score 5",
        "‹TIMI› 3",
        "‹Alvarado› score 7",
        "‹Centor› 3",
        "‹Glasgow-Blatchford› 9",
        "‹Rockall› 4",
        "‹ABCD2› 4",
        "‹San Francisco Syncope Rule› negative",
        "‹Ottawa SAH Rule› positive",
        "‹Ranson's criteria› 3",
    ],
    "ed_sign": [
        "‹Murphy's sign› positive",
        "‹Rovsing's sign› positive",
        "tender at ‹McBurney's point›",
        "‹Cullen's sign›",
        "‹Grey Turner's sign› on the left flank",
        "‹Battle's sign› behind the right ear",
        "‹Kussmaul› breathing",
        "‹Beck's triad› absent",
        "‹Kehr's sign›",
        "‹Homans' sign› equivocal",
        "a ‹Levine› sign",
    ],
    # ICU
    "vent": [
        "a ‹Hamilton› C6",
        "a ‹Dräger› ‹Evita› V800",
        "a ‹Servo-u› (‹Getinge›)",
        "a ‹Puritan Bennett› 980",
        "a ‹Bellavista› 1000",
    ],
    "haemo": [
        "‹PiCCO› (‹Pulsion›) cardiac index 2.1",
        "‹Swan-Ganz› catheter PCWP 18",
        "‹FloTrac› (‹Edwards›) stroke volume variation 14%",
        "‹LiDCOrapid› cardiac output 4.2 L/min",
        "‹Impella CP› (‹Abiomed›) at P6",
    ],
    "icu_tube": [
        "‹Sengstaken-Blakemore tube› removed",
        "‹Minnesota tube› deflated",
        "‹Dobhoff› tube for feeds",
        "‹Ryle's tube› on free drainage",
    ],
    "icu_finding": [
        "‹Cheyne-Stokes› breathing off sedation",
        "‹Kerley B› lines on the morning film",
        "‹Kussmaul› respiration resolved",
        "‹Trousseau's sign› positive (ionised Ca 0.92)",
    ],
    # medication reconciliation
    "brand_us": [
        "‹Eliquis› 5 mg BID",
        "‹Xarelto› 20 mg daily with supper",
        "‹Jardiance› 10 mg daily",
        "‹Ozempic› 0.5 mg weekly (Sundays)",
        "‹Lantus SoloStar› 18 units at bedtime",
        "‹Humalog KwikPen› sliding scale",
        "‹Entresto› 49/51 mg BID",
        "‹Synthroid› 88 mcg",
        "‹Lipitor› 40 mg",
        "‹Keppra› 500 mg BID",
        "‹Depakote ER› 500 mg",
        "‹Seroquel› 25 mg at bedtime",
        "‹Coumadin› 5 mg (INR goal 2-3)",
        "‹Symbicort› 160/4.5 two puffs BID",
        "‹Spiriva Respimat› two puffs daily",
        "‹Flomax› 0.4 mg",
        "‹Plavix› 75 mg",
        "‹Trulicity› 1.5 mg weekly",
        "‹Farxiga› 10 mg",
        "‹Norco› 5/325 PRN",
    ],
    "maker": [
        "‹Boehringer Ingelheim›",
        "‹Novo Nordisk›",
        "‹Bristol-Myers Squibb›",
        "‹Eli Lilly›",
        "‹Johnson & Johnson›",
        "‹Abbott›",
    ],
    "device_us": [
        "a ‹Dexcom G7› sensor",
        "an ‹Omnipod 5› pod",
        "a ‹FreeStyle Libre 3› sensor",
        "a ‹Medtronic MiniMed› 780G pump",
    ],
    # trial
    "trial": [
        "‹DAPA-HF›",
        "‹EMPEROR-Preserved›",
        "‹PARADIGM-HF›",
        "‹STEP-HFpEF›",
        "‹GALACTIC-HF›",
        "‹FOURIER›",
    ],
    "cite": [
        "‹Vantongeren et al.› (Eur Heart J 2022;43:311-9)",
        "‹Achebe-Lund et al.› (Lancet 2020;396:1807-16)",
        "‹Sørbye and Castellanos› (N Engl J Med 2019;381:1995-2008)",
        "‹Marchetti et al.› (JAMA Cardiol 2021;6:44-52)",
        "‹Okonjo-Varga et al.› (Circulation 2023;147:e93)",
        "‹Haugland and Pires› (Eur J Heart Fail 2018;20:1230)",
    ],
    "stat": [
        "‹Kaplan-Meier› curves with a ‹Cox› proportional-hazards model",
        "‹Fisher's exact test›",
        "the ‹Mann-Whitney U› test",
        "‹Bonferroni› correction",
        "the ‹Wilcoxon› signed-rank test",
        "‹Bland-Altman› limits of agreement",
    ],
    "congress": [
        "‹ESC Congress› in ‹London›",
        "‹ACC.25› in ‹Chicago›",
        "the ‹AHA Scientific Sessions› in ‹Philadelphia›",
        "‹Heart Failure 2025› in ‹Belgrade›",
    ],
    "risk": [
        "‹Framingham› risk 22%",
        "‹Seattle Heart Failure Model› 1-year survival 88%",
        "‹Charlson Comorbidity Index› 4",
        "‹Karnofsky› 80%",
    ],
    # radiology
    "ct_sign": [
        "a ‹Hampton's hump› in the right lower lobe",
        "a ‹Westermark sign› on the left",
        "a ‹Fleischner sign› (main pulmonary artery 34 mm)",
        "‹Kerley B› lines at both bases",
        "a ‹Chilaiditi sign› (no free gas)",
        "the ‹Golden S sign› of right upper lobe collapse",
        "a ‹Luftsichel sign› at the left upper lobe",
    ],
    "ct_incidental": [
        "a ‹Bochdalek› hernia on the left",
        "a small ‹Morgagni› hernia",
        "a ‹Zenker's diverticulum›",
        "a ‹Schatzki ring›",
        "a ‹Bosniak› IIF cyst in the left kidney",
        "a ‹Riedel's lobe›",
        "a ‹Kommerell's diverticulum›",
    ],
    "xr_finding": [
        "a ‹Hill-Sachs lesion› and a bony ‹Bankart lesion›",
        "a ‹Colles fracture› with dorsal tilt",
        "a ‹Smith's fracture›",
        "a ‹Maisonneuve fracture› of the proximal fibula",
        "a ‹Lisfranc› injury (fleck sign)",
        "a ‹Jefferson fracture› of C1",
        "a ‹Monteggia› fracture-dislocation",
        "‹Böhler's angle› reduced to 12 degrees",
    ],
    "scanner": [
        "‹Siemens› ‹SOMATOM Force›",
        "‹GE› ‹Revolution CT›",
        "‹Philips› ‹IQon›",
        "‹Canon› ‹Aquilion ONE›",
    ],
    "contrast": ["‹Omnipaque› 350", "‹Visipaque› 320", "‹Ultravist› 370"],
    # labour ward
    "ob_event": [
        "‹Braxton Hicks› tightenings for a week before",
        "‹Leopold manoeuvres›: cephalic, 2/5 palpable",
        "‹Robson group› 3",
        "‹Ferguson reflex› with active pushing",
        "fetal heart auscultated with a ‹Pinard›",
    ],
    "delivery": [
        "shoulder dystocia managed with ‹McRoberts› and suprapubic pressure, then ‹Rubin II›",
        "rotational delivery with ‹Kielland's forceps›",
        "lift-out with ‹Neville-Barnes› forceps",
        "ventouse with a ‹Kiwi OmniCup›",
        "spontaneous vaginal delivery (‹Woods' screw› not needed)",
    ],
    "pph": [
        "a ‹Bakri balloon› inserted for atony",
        "a ‹B-Lynch› suture at caesarean not needed",
        "‹Carboprost› (‹Hemabate›) 250 mcg IM",
    ],
    # German letter
    "dx_de": [
        "‹Morbus Crohn› mit Ileozökalbefall",
        "‹Morbus Bechterew›",
        "‹Morbus Basedow› mit endokriner Orbitopathie",
        "‹Hashimoto-Thyreoiditis›",
        "‹Morbus Menière› links",
        "‹Morbus Addison›",
        "‹Morbus Waldenström›",
        "‹Guillain-Barré-Syndrom›",
        "‹Mallory-Weiss-Syndrom›",
        "‹Dupuytren-Kontraktur› beidseits",
        "‹Morbus Osler›",
        "‹Zollinger-Ellison-Syndrom›",
    ],
    "sign_de": [
        "‹Homans-Zeichen› positiv",
        "‹Payr-Zeichen› negativ",
        "‹Brudzinski-Zeichen› negativ",
        "‹Trendelenburg-Zeichen› rechts positiv",
        "‹Murphy-Zeichen› positiv",
        "‹Courvoisier-Zeichen›",
        "‹Kussmaul-Atmung›",
    ],
    "score_de": [
        "‹Child-Pugh›-Stadium B",
        "‹Forrest›-IIb-Ulkus",
        "‹Killip›-Klasse II",
        "‹Glasgow Coma Scale› 14",
        "‹Barthel›-Index 55",
        "‹Tinetti›-Test 16 Punkte",
    ],
    "drug_de": [
        "‹Marcumar› nach INR",
        "‹Pantozol› 40 mg",
        "‹Novalgin› Tropfen 4x 30",
        "‹L-Thyroxin Henning› 75 µg",
        "‹Eliquis› 5 mg",
        "‹Torem› 10 mg",
        "‹Beloc-Zok› mite",
    ],
    # French letter
    "dx_fr": [
        "une ‹maladie de Horton›",
        "une ‹maladie de Verneuil›",
        "un ‹syndrome de Gougerot-Sjögren›",
        "une ‹maladie de Biermer›",
        "une ‹maladie de Bouveret›",
        "une ‹maladie de Charcot›",
        "une ‹maladie de Dupuytren›",
        "un ‹syndrome de Guillain-Barré›",
        "une ‹maladie de Lyme›",
        "une ‹maladie de Basedow›",
    ],
    "sign_fr": [
        "‹signe de Lasègue› positif à 40°",
        "‹signe de Murphy› positif",
        "‹signe de Chvostek› négatif",
        "‹signe de Trousseau›",
        "‹test de Schirmer› à 4 mm",
        "‹signe de Kernig› absent",
        "‹manœuvre de Valsalva› sans effet",
    ],
    "drug_fr": [
        "‹Kardégic› 160 mg",
        "‹Doliprane› 1 g",
        "‹Inexium› 20 mg",
        "‹Innohep› 4500 UI",
        "‹Cortancyl› 20 mg",
        "‹Levothyrox› 50 µg",
    ],
    # Spanish letter
    "dx_es": [
        "‹enfermedad de Chagas› (serología positiva para ‹Trypanosoma cruzi›)",
        "‹enfermedad de Addison›",
        "‹síndrome de Cushing› iatrogénico",
        "‹enfermedad de Graves-Basedow›",
        "‹fiebre de Malta›",
        "‹fiebre botonosa mediterránea›",
        "‹enfermedad de Still› del adulto",
        "‹síndrome de Wolff-Parkinson-White›",
    ],
    "sign_es": [
        "‹maniobra de Heimlich› no precisada",
        "‹signo de Blumberg› negativo",
        "‹signo de Lasègue› positivo",
        "‹signo de Rovsing› negativo",
        "‹puñopercusión› renal negativa y ‹signo de Giordano› negativo",
    ],
    "drug_es": ["‹Adiro› 100 mg", "‹Sintrom› según pauta", "‹Nolotil› 575 mg", "‹Ventolin› a demanda",
                "‹Dacortín› 30 mg", "‹Orfidal› 1 mg"],
    # Italian letter
    "dx_it": [
        "‹morbo di Basedow›",
        "‹morbo di Crohn›",
        "‹malattia di Alzheimer›",
        "‹morbo di Parkinson›",
        "‹sindrome di Cushing›",
        "‹linfoma di Hodgkin›",
        "‹anemia di Cooley› (trait)",
        "‹morbo di Paget› osseo",
    ],
    "sign_it": [
        "‹segno di Blumberg› positivo",
        "‹segno di Murphy› negativo",
        "‹manovra di Mingazzini› positiva a sinistra",
        "‹segno di Babinski› assente",
        "‹segno di Homans› negativo",
        "‹respiro di Kussmaul›",
    ],
    "drug_it": ["‹Tachipirina› 1000 mg", "‹Pantorc› 40 mg", "‹Eliquis› 2,5 mg", "‹Lasix› 50 mg",
                "‹Coumadin› secondo INR", "‹Deltacortene› 25 mg"],
    # Dutch letter
    "dx_nl": [
        "de ‹ziekte van Pfeiffer›",
        "de ‹ziekte van Kahler›",
        "de ‹ziekte van Bechterew›",
        "de ‹ziekte van Graves›",
        "de ‹ziekte van Ménière›",
        "de ‹ziekte van Lyme›",
        "de ‹ziekte van Waldenström›",
        "het ‹syndroom van Sjögren›",
    ],
    "sign_nl": [
        "‹teken van Homans› negatief",
        "‹proef van Romberg› positief",
        "‹teken van Murphy› positief",
        "‹reflex van Babinski› afwezig",
        "‹teken van Lasègue› positief bij 50 graden",
    ],
    "drug_nl": ["‹Sintrom Mitis› volgens trombosedienst", "‹Nexium› 40 mg", "‹Movicolon› 1 sachet",
                "‹Seretide Diskus› 2x daags", "‹Selokeen ZOC› 50 mg", "‹Marcoumar› volgens trombosedienst"],
}  # fmt: skip

# «NOTE» of the JSON coding request, in the note's language
NOTE18 = {
    "en": "Clinic note «visit_long». «name» (DOB «dob», MRN «mrn») seen with «his» «relword» «rel». "
    "Known ‹Graves' disease› on ‹Tapazole›; new ‹Bell's palsy› on the left, ‹House-Brackmann› grade III. "
    "Exam: ‹Rinne› positive both sides, ‹Weber› central. No ‹Ramsay Hunt› vesicles. ‹Dix-Hallpike› "
    "negative. Plan: ‹Medrol› dose pack, eye care, recheck «visit2». «given» can be reached on «phone»; "
    "home «street», «city_zip».",
    "de": "Ambulanzbrief vom «visit». «mr» «name», geb. «dob», Pat.-Nr. «mrn», wohnhaft «street», "
    "«city_zip», "
    "Tel. «phone». Bekannte ‹Hashimoto-Thyreoiditis› unter ‹Euthyrox› 100 µg. Jetzt ‹Fazialisparese› links "
    "(‹House-Brackmann› III), ‹Rinne›-Versuch bds. positiv, ‹Weber›-Versuch mittig, kein ‹Zoster oticus›. "
    "‹Dix-Hallpike›-Manöver negativ. Begleitung: «relword» «rel». Kontrolle am «visit2».",
    "fr": "Consultation du «visit». «mr» «name», née/né le «dob», IPP «mrn», domicilié(e) «street», "
    "«city_zip», "
    "tél. «phone». Antécédent de ‹maladie de Basedow› sous ‹Néomercazole›. ‹Paralysie faciale de Bell› "
    "gauche, grade III de ‹House-Brackmann›. ‹Rinne› positif, ‹Weber› indifférent, pas de ‹syndrome de "
    "Ramsay "
    "Hunt›. Manœuvre de ‹Dix-Hallpike› négative. Accompagné(e) de «rel» («relword»). Revoir le «visit2».",
    "es": "Consulta del «visit». «mr» «name», nacido/a el «dob», NHC «mrn», domicilio «street», «city_zip», "
    "tel. «phone». ‹Enfermedad de Graves-Basedow› en tratamiento con ‹Tirodril›. ‹Parálisis de Bell› "
    "izquierda, grado III de ‹House-Brackmann›. ‹Rinne› positivo, ‹Weber› centrado, sin ‹síndrome de Ramsay "
    "Hunt›. Maniobra de ‹Dix-Hallpike› negativa. Acompaña: «rel» («relword»). Revisión el «visit2».",
}


def _pool_fill(rng: random.Random, template: str) -> str:
    """Replace each ⟦pool⟧ with a phrase of that pool: every occurrence a different one, except that the
    occurrences written ⟦pool#n⟧ share one phrase."""
    occ = [(m.group(1), m.group(2)) for m in _POOL.finditer(template)]
    tags: dict[str, list[str | int]] = {}
    for i, (key, n) in enumerate(occ):
        tag = n if n is not None else i
        if tag not in tags.setdefault(key, []):
            tags[key].append(tag)
    chosen = {
        (key, tag): phrase
        for key, ts in tags.items()
        for tag, phrase in zip(ts, rng.sample(POOLS[key], len(ts)), strict=True)
    }
    where = iter(range(len(occ)))

    def sub(m: re.Match[str]) -> str:
        i = next(where)
        key, n = occ[i]
        phrase = chosen[(key, n if n is not None else i)]
        if phrase[0].islower() and template[: m.start()].endswith((". ", "\n")):
            phrase = phrase[0].upper() + phrase[1:]  # a sentence's first word
        return phrase

    return _POOL.sub(sub, template)


# (kind, locales cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "neuro_movement_disorders_consult_eponyms",
        ["en_GB", "en_US"],
        "text",
        2,
        "NEUROLOGY CONSULTATION - ‹Hartwell Pavilion›, Movement Disorders Clinic\n"
        "Patient: «name»   DOB: «dob»   MRN: «mrn»\nAddress: «street», «city_zip»   Tel: «phone»\n"
        "Date seen: «visit»\n\nReason for referral: ?‹Parkinson's disease› vs ⟦pd_ddx⟧.\n"
        "History: «mr» «family» is a «age»-year-old retired surveyor with two years of right-hand rest "
        "tremor "
        "and micrographia. «His» «relword» «rel» («rel_phone») describes dream enactment. No family history "
        "of ‹Huntington's disease›.\nExamination: ⟦neuro_sign⟧; ⟦neuro_sign⟧. ‹Romberg› negative. Plantars "
        "flexor, no ‹Babinski›. Cogwheel rigidity right > left.\n"
        "Scales: ‹MDS-UPDRS› part III 28; ‹Hoehn and Yahr› stage 2; ⟦neuro_scale⟧.\n"
        "Impression: probable ‹Parkinson's disease› (‹MDS› clinical criteria); ‹Lewy body› dementia less "
        "likely.\nPlan: start ⟦pd_brand⟧. ‹DaTscan› at the ‹Lindqvist Imaging Centre›. See ⟦cite⟧ on "
        "prodromal "
        "markers. Review with «given» and «rel_given» on «visit2»; letter copied to «email».\n"
        "Consultant Neurologist\n",
    ),
    (
        "rheum_clinic_letter_eponyms",
        ["en_US", "en_GB"],
        "text",
        2,
        "‹Fairbairn Wing› - Rheumatology\nClinic date: «visit»   Typed: «visit2»\n\nDear Colleague,\n\n"
        "Re: «name», DOB «dob», hospital no. «mrn», «natid_label» «natid»\n«street», «city_zip»\n\n"
        "Diagnoses: 1. ⟦ctd#1⟧  2. ‹Raynaud's phenomenon›  3. ‹Heberden's nodes›\n\n"
        "Thank you for asking me to see «mr» «family» with ⟦ctd#1⟧. «He» reports dry eyes (‹Schirmer's test› "
        "3 mm at 5 minutes) and ‹Raynaud's phenomenon› every winter. On examination there were ‹Bouchard's "
        "nodes›, ⟦rheum_exam⟧ and ⟦rheum_exam⟧. ‹Schober's test› 4 cm. ‹DAS28›-CRP 4.1; meets the "
        "‹ACR/EULAR› "
        "criteria.\n\nPlan: ‹QuantiFERON›-TB Gold and hepatitis serology, then ⟦biologic⟧ per the ‹BSR› "
        "guideline. «given»'s «relword» «rel» will help with injections (contact «rel_phone»). "
        "Patient mobile «mobile», e-mail «email». Review «visit3».\n\nYours sincerely,\nConsultant "
        "Rheumatologist\n",
    ),
    (
        "op_note_named_manoeuvres",
        ["en_GB", "en_US"],
        "text",
        2,
        "OPERATION NOTE - ‹Brackenbury Theatres›, theatre 4\nPatient: «name_up»   Hosp no: «mrn»   "
        "DOB: «dob» (age «age90»)\nDate of operation: «visit»   Episode: «account»\n⟦op⟧\n"
        "Technique: ‹Hasson› open entry at the umbilicus; ‹Veress needle› not used. Dissection with "
        "⟦instrument⟧ and ⟦instrument⟧; haemostasis with ⟦instrument⟧.\nClosure: ⟦closure⟧; ⟦closure⟧.\n"
        "Drain: ⟦drain⟧. Catheter: ‹Foley› 14 Fr.\nVTE: ‹Caprini› score 6 - ‹Clexane› 40 mg and ‹Flowtron› "
        "boots.\nPost-op: «mr» «family» to ‹Abernethy Ward›. «His» «relword» «rel» was updated by phone "
        "(«rel_phone») at 15:40 and will collect «given» from «street», «city_zip» paperwork on discharge.\n"
        "Contact for the district nurse: «phone».\nConsultant Surgeon\n",
    ),
    (
        "sports_med_knee_shoulder_tests",
        ["en_US", "en_GB"],
        "text",
        2,
        "SPORTS MEDICINE CLINIC - ‹Kettering-Vance Sports Injury Unit›\nAthlete: «name»   DOB: «dob»   "
        "MRN: «mrn»\nParent/guardian: «rel», «rel_phone», «rel_email»\nInsurance: «plan_label» «hplan»\n"
        "Home: «street», «city_zip»\nDate of injury: «visit»   Seen: «visit2»\n\n"
        "HPI: «given» twisted the left knee in a cutting manoeuvre at practice and heard a pop.\n"
        "Knee: effusion ++. ⟦knee_test⟧; ⟦knee_test⟧; ⟦knee_test⟧. ‹Ottawa knee rule› negative.\n"
        "Shoulder (old injury): ⟦shoulder_test⟧; ⟦shoulder_test⟧.\nX-ray: ⟦knee_xr⟧. MRI booked at the "
        "‹Pemberton-Kaur Diagnostic Centre›.\nPlan: ⟦brace⟧, crutches, no sport until review on «visit3». "
        "School note e-mailed to «email»; «rel_given» prefers texts to «phone».\n",
    ),
    (
        "micro_blood_culture_organisms",
        ["en_GB", "en_US"],
        "text",
        2,
        "MICROBIOLOGY REPORT      Lab no: «accession»\nPatient: «name_inv»   MRN: «mrn»   DOB: «dob»\n"
        "Location: ‹Cavendish Ward›\nSpecimen: blood cultures x2 (‹BacT/ALERT› FA Plus), collected «visit» "
        "02:10\n\nIdentification (‹MALDI-TOF›, ‹Bruker› ‹Biotyper›): ⟦organism⟧.\nSusceptibility (‹VITEK 2›, "
        "‹EUCAST› breakpoints): see table.\nUrine: ⟦organism⟧; ⟦stain⟧.\nOther: ⟦stain⟧.\nVirology: "
        "⟦virus⟧; ⟦virus⟧.\nSerology: ⟦zoonosis⟧.\n\nComment: Discussed with the ‹Infection Prevention and "
        "Control› team. «given» (tel. «phone») to be told of the result on «visit2». Household contact for "
        "prophylaxis: «rel» («relword»), «rel_phone», same address: «street», «city_zip».\n"
        "Reference laboratory: ⟦reflab⟧.\nAuthorised: Consultant Microbiologist\n",
    ),
    (
        "histopath_staging_classifications",
        ["en_US", "en_GB"],
        "text",
        2,
        "HISTOPATHOLOGY REPORT     Specimen no: «accession»\nName: «name_up»   DOB: «dob»   Age: «age90»   "
        "MRN: «mrn»\nRequested by: ‹Gillingham-Roache Cancer Centre›, upper GI MDT\nReceived: «visit»   "
        "Reported: «visit2»\n\nCLINICAL: «mr» «family» with weight loss; ?malignancy.\n"
        "MICROSCOPY: ⟦cells⟧ and ⟦cells⟧ are seen. ⟦path_bg⟧.\nGRADE/STAGE: ⟦stage⟧; ⟦stage⟧.\n"
        "IMMUNOHISTOCHEMISTRY: ⟦ihc⟧.\nCOMMENT: reviewed at the MDT with reference to ⟦cite⟧. Copy to the "
        "patient at «street», «city_zip»; the patient asked for a call on «phone» and for the letter to "
        "«email». Insurer: «plan_label» «hplan».\nConsultant Histopathologist\n",
    ),
    (
        "ed_note_named_scores_signs",
        ["en_US", "en_GB"],
        "text",
        2,
        "EMERGENCY DEPARTMENT NOTE - ‹Whitlock-Amankwah Emergency Centre›   Arrived «visit» 21:47\n"
        "Pt: «name» («age90» y, «sex»)   MRN «mrn»   DOB «dob»\nHome: «street», «city_zip». Ph «phone». "
        "Brought in by «his» «relword» «rel» («rel_phone»).\n\nHPI: «given» fell at home; epigastric pain "
        "since lunch.\nExam: ⟦ed_sign⟧; ⟦ed_sign⟧; ⟦ed_sign⟧. ‹Glasgow Coma Scale› 15.\n"
        "Scores: ⟦ed_score⟧; ⟦ed_score⟧; ⟦ed_score⟧. ‹Canadian CT Head Rule›: CT head indicated (age).\n"
        "Imaging: ‹FAST› negative.\nPlan: admit to ‹Lister Unit›; «mr» «family»'s «plan_label» «hplan» "
        "verified. Follow-up clinic «visit2».\nED Attending\n",
    ),
    (
        "icu_progress_devices_scales",
        ["en_GB", "en_US"],
        "text",
        2,
        "ICU DAILY PROGRESS NOTE - ‹Ashdown-Mbeki Critical Care Unit›, bed 9   Day 6   Date: «visit»\n"
        "Patient: «name»   MRN: «mrn»   DOB: «dob»\n\nNeuro: ‹RASS› -2 on propofol; ‹CAM-ICU› negative.\n"
        "Resp: ‹ARDS› (‹Berlin› definition, moderate) on ⟦vent⟧; ‹Murray› lung injury score 2.7. "
        "⟦icu_finding⟧.\nCVS: ⟦haemo⟧; noradrenaline 0.12.\nRenal: ‹KDIGO› stage 2; CRRT on a ‹Prismaflex› "
        "(‹Baxter›).\nGI: ⟦icu_tube⟧.\nSkin: ‹Braden› 11, ‹Waterlow› 18.\nScores: ‹SOFA› 9, ‹APACHE II› 24.\n"
        "Lines: ‹Quinton› catheter right IJ, ‹Arrow› CVC, ‹Foley›.\n\nFamily: spoke with «his» «relword» "
        "«rel» and «rel2» («rel2word») on «rel_phone»; meeting on «visit2» at 14:00. «rel_given» asked that "
        "updates go to «rel_email». Home address for social work: «street», «city_zip».\nICU Consultant\n",
    ),
    (
        "med_rec_brand_names_us",
        ["en_US"],
        "text",
        2,
        "MEDICATION RECONCILIATION - Pharmacy, ‹Del Castillo-Hargrove Tower› 5 East\n"
        "Patient: «name_inv»   DOB: «dob» (age «age90»)   MRN: «mrn»\nPlan: «plan_label» «hplan»\n"
        "Source: «his» «relword» «rel» (caregiver, «rel_phone»), bottles brought in, outside fill "
        "history.\n\n"
        "Home medications:\n1. ⟦brand_us⟧ - «rx»\n2. ⟦brand_us⟧ - «rx2»\n3. ⟦brand_us⟧\n4. ⟦brand_us⟧\n"
        "5. ⟦brand_us⟧\nDevices: ⟦device_us⟧.\nAllergies: ‹Bactrim› (rash), ‹Keflex› (hives).\n"
        "Interactions checked in ‹Lexicomp›; ⟦maker⟧ patient-assistance letter on file for the ⟦maker⟧ "
        "product.\n"
        "Counselled «given» and «rel_given» on pen technique. Discharge prescriptions mailed to «street», "
        "«city_zip»; phone «phone»; e-mail «email».\nClinical Pharmacist\n",
    ),
    (
        "trial_enrolment_citations",
        ["en_GB", "en_US"],
        "text",
        2,
        "RESEARCH ENROLMENT NOTE - ⟦trial⟧-extension (‹ClinicalTrials.gov› registered)\n"
        "Site: ‹Ravensworth-Iyer Clinical Research Facility›\nParticipant: «name»   DOB: «dob»   MRN: «mrn»  "
        " "
        "Study ID: «study_id»\n\nConsent: written informed consent on «visit» per the ‹Declaration of "
        "Helsinki› "
        "and ‹ICH-GCP›. Witness: «rel» («relword»), «rel_phone».\nEligibility: ‹NYHA› class II; ⟦risk⟧; "
        "⟦risk⟧.\nRandomised in ‹REDCap› to arm B. Sponsor ‹AstraZeneca›; monitoring by ‹IQVIA›.\n"
        "Rationale: ⟦cite⟧ and ⟦cite⟧ (presented at ⟦congress⟧); the analysis uses ⟦stat⟧ and "
        "⟦stat⟧.\nStipend to «street», "
        "«city_zip»; e-mail «email»; phone «phone». «given» returns on «visit2».\nResearch Nurse\n",
    ),
    (
        "radiology_named_signs_ct_xr",
        ["en_US", "en_GB"],
        "text",
        2,
        "CT PULMONARY ANGIOGRAM   Scanner: ⟦scanner⟧   Contrast: ⟦contrast⟧, 70 mL\nPatient: «name»   MRN: "
        "«mrn»   "
        "DOB: «dob»   Accession: «accession»\nExam date: «visit»\n\nCLINICAL: «age»-year-old, pleuritic "
        "pain, ‹Wells› 6.\nFINDINGS: filling defects in the right lower lobe arteries with ⟦ct_sign⟧ and "
        "⟦ct_sign⟧. Incidental ⟦ct_incidental⟧ and ⟦ct_incidental⟧.\nIMPRESSION: acute PE. Nodule follow-up "
        "per the ‹Fleischner Society› 2017 guideline.\n\nLEFT WRIST AND SHOULDER RADIOGRAPHS (same day): "
        "⟦xr_finding⟧; ⟦xr_finding⟧.\nComparison: outside films from ‹Hollins-Baptiste Imaging› dated "
        "«visit2».\n"
        "Result phoned to «mr» «family» on «phone»; «his» «relword» «rel» asked for a copy at «email».\n"
        "Consultant Radiologist\n",
    ),
    (
        "labour_ward_note_named_scores",
        ["en_GB", "en_US"],
        "text",
        2,
        "LABOUR WARD NOTE - ‹Rosamund Ashcombe Maternity Unit›\nWoman: «name» (G2P1)   DOB: «dob»   "
        "Hosp no: «mrn»   «plan_label»: «hplan»\nEDD: «visit2» (by ‹Naegele's rule›, dating scan agrees)\n"
        "Address: «street», «city_zip»   Mobile: «mobile»   Birth partner: «rel» («rel_phone»)\n\n"
        "Admitted «visit» 03:20 in spontaneous labour. ‹Bishop score› 9. ⟦ob_event⟧; ⟦ob_event⟧.\n"
        "Delivery at 07:52 on «visit»: ⟦delivery⟧. Live baby «baby», ‹Apgar› 8 and 9, 3.41 kg.\n"
        "Third stage: ‹Syntometrine› IM; EBL 650 mL; ⟦pph⟧.\nRhesus: ‹Rhesus›-negative mother; ‹Kleihauer› "
        "sent; anti-D (‹Rhophylac›) 1500 IU given.\n«given» and «rel_given» to ‹Marigold Ward›; community "
        "midwife to visit «street» on «visit3».\nMidwife in charge\n",
    ),
    (
        "de_entlassbrief_morbus",
        ["de_DE"],
        "text",
        2,
        "‹Klinikum Sankt Wendelin› - Klinik für Innere Medizin, ‹Haus Virchow›\nEntlassungsbrief\n\n"
        "Sehr geehrte Frau Kollegin, sehr geehrter Herr Kollege,\n\nwir berichten über «herrn» «name», geb. "
        "am "
        "«dob», wohnhaft «street», «city_zip», Tel. «phone», Versichertennr. «hplan» (‹Barmer›), Fallnr. "
        "«account», die/der sich vom «visit» bis zum «visit2» in unserer stationären Behandlung befand.\n\n"
        "Diagnosen:\n- ⟦dx_de⟧\n- ⟦dx_de⟧\n- Z.n. ‹Billroth-II›-Resektion 1998\n\n"
        "Anamnese: Die/der «age90»-jährige Patient/in stellte sich mit Oberbauchschmerzen vor.\n"
        "Befund: ⟦sign_de⟧; ⟦sign_de⟧; ‹Lasègue-Zeichen› negativ; ‹Romberg-Stehversuch› unsicher.\n"
        "Scores: ⟦score_de⟧; ⟦score_de⟧; ‹CHA₂DS₂-VASc›-Score 4.\nMedikation: ⟦drug_de⟧, ⟦drug_de⟧, "
        "⟦drug_de⟧.\n"
        "Empfehlung: gemäß ‹AWMF›-S3-Leitlinie; Impfungen laut ‹STIKO› am ‹Robert Koch-Institut›.\n"
        "Angehörige: «rel» («relword»), Tel. «rel_phone».\n«mr» «family» wird am «visit3» in unserer "
        "Ambulanz wiedervorgestellt.\n\nMit freundlichen kollegialen Grüßen\nOberarzt\n",
    ),
    (
        "fr_lettre_liaison_maladie_de",
        ["fr_FR"],
        "text",
        2,
        "‹Centre Hospitalier Jean-Baptiste Moreau› - Service de Médecine Interne, ‹Pavillon Charcot›\n"
        "LETTRE DE LIAISON - SORTIE\n\nPatient(e) : «mr» «name_inv»   Né(e) le : «dob»   IPP : «mrn»\n"
        "NIR : «natid»   Mutuelle : «plan_label» n° «hplan»\nAdresse : «street», «city_zip»   Tél. : "
        "«phone»\n"
        "Personne de confiance : «rel» («relword»), «rel_phone»\n\nHospitalisation du «visit» au «visit2» "
        "pour "
        "⟦dx_fr⟧. Antécédents : ⟦dx_fr⟧.\nExamen : ⟦sign_fr⟧ ; ⟦sign_fr⟧ ; ‹signe de Babinski› absent ; "
        "‹score de Glasgow› à 15.\nTraitement de sortie : ⟦drug_fr⟧, ⟦drug_fr⟧, ⟦drug_fr⟧.\n"
        "Recommandations de la ‹Haute Autorité de Santé› ; sérologies envoyées à l'‹Institut Pasteur›.\n"
        "«mr» «family» sera revu(e) le «visit3_long». Courriel : «email».\n\nLe praticien hospitalier\n",
    ),
    (
        "es_informe_alta_eponimos",
        ["es_ES"],
        "text",
        2,
        "‹Hospital Universitario Doctor Lucas Arenal› - Servicio de Medicina Interna, ‹Pabellón Ramón y "
        "Cajal›\nINFORME DE ALTA\n\nPaciente: «name»   NHC: «mrn»   DNI: «natid»   «plan_label»: «hplan»\n"
        "Fecha de nacimiento: «dob»   Domicilio: «street», «city_zip»   Tel.: «phone»\n"
        "Ingreso: «visit»   Alta: «visit2»\nFamiliar de contacto: «rel» («relword»), «rel_phone»\n\n"
        "Motivo de ingreso: ⟦dx_es⟧.\nAntecedentes: ⟦dx_es⟧.\nExploración: ⟦sign_es⟧; ⟦sign_es⟧; "
        "‹escala de Glasgow› 15; ‹Killip› I.\nTratamiento: ⟦drug_es⟧, ⟦drug_es⟧, ⟦drug_es⟧.\n"
        "Según los criterios de ‹Framingham› y la guía de la ‹Sociedad Española de Cardiología›.\n"
        "«mr» «family» acudirá a consulta el «visit3_long». Correo: «email».\n\nFacultativo especialista\n",
    ),
    (
        "it_lettera_dimissione_morbo",
        ["it_IT"],
        "text",
        2,
        "‹Presidio Ospedaliero Sant'Ilario› - U.O. Medicina Interna, ‹Padiglione Golgi›\n"
        "LETTERA DI DIMISSIONE\n\nPaziente: «mr» «name», nato/a il «dob» a «birthplace»\nC.F.: «natid»   "
        "Tessera sanitaria: «hplan»   Cartella n. «mrn»\nResidenza: «street», «city_zip» - tel. «phone»\n"
        "Ricovero dal «visit» al «visit2»\nCaregiver: «rel» («relword»), cell. «rel_phone»\n\n"
        "Diagnosi: ⟦dx_it⟧; in anamnesi ⟦dx_it⟧.\nEsame obiettivo: ⟦sign_it⟧; ⟦sign_it⟧; ‹segno di Giordano› "
        "negativo bilateralmente; ‹scala di Glasgow› 15; indice di ‹Barthel› 60.\n"
        "Terapia: ⟦drug_it⟧, ⟦drug_it⟧, ⟦drug_it⟧.\nSecondo le linee guida ‹ESC› e l'‹Istituto Superiore di "
        "Sanità›.\nControllo il «visit3_long»; referto a «email».\n\nIl dirigente medico\n",
    ),
    (
        "nl_verwijsbrief_ziekte_van",
        ["nl_NL"],
        "text",
        2,
        "‹Van Swieten Ziekenhuis› - Interne Geneeskunde, ‹Boerhaave-vleugel›\nVERWIJSBRIEF\n\n"
        "Betreft: «mr» «name», geb. «dob», BSN «natid», patiëntnr. «mrn»\nAdres: «street», «city_zip», tel. "
        "«mobile»\nVerzekeraar: ‹Zilveren Kruis›, «plan_label» «hplan»\nContactpersoon: «rel» («relword»), "
        "«rel_phone»\n\nGeachte collega,\n\nGraag verwijs ik «mr» «family» wegens ⟦dx_nl⟧. Voorgeschiedenis: "
        "⟦dx_nl⟧.\nOnderzoek: ⟦sign_nl⟧; ⟦sign_nl⟧; ‹Glasgow Coma Scale› E4M6V5.\nMedicatie: ⟦drug_nl⟧, "
        "⟦drug_nl⟧, ⟦drug_nl⟧.\nConform de ‹NHG›-standaard.\nGezien op «visit»; controle «visit2»; e-mail "
        "«email».\n\nMet vriendelijke groet,\nhuisarts\n",
    ),
    (
        "llm_coding_request_note_eponyms",
        ["en_US", "de_DE", "fr_FR", "es_ES"],
        "json",
        2,
        '{"model": "‹gpt-4.1-mini›", "temperature": 0, "response_format": {"type": "json_object"}, '
        '"messages": '
        '[{"role": "system", "content": "You are a clinical coding assistant. Return ICD-10-CM codes with a '
        'one-line rationale each."}, {"role": "user", "content": "Code this note. Eponyms must map to their '
        'specific codes.\\n\\n«NOTE»"}], "metadata": {"encounter": "«account»", "site": "‹Quarrington '
        'Outpatients›"}}',
    ),
    (
        "etl_traceback_note_field_sql",
        ["en_US", "en_GB"],
        "text",
        2,
        "Can you see why the notes loader dies on this row? Full output:\n\nTraceback (most recent call "
        'last):\n  File "/opt/notes-etl/load.py", line 212, in <module>\n    cur.execute(INSERT_NOTE, '
        'row)\npsycopg.errors.StringDataRightTruncation: value too long for type character varying(512)\n\n'
        "[SQL: INSERT INTO clinical_notes (mrn, patient_name, dob, phone, note_text) VALUES (%(mrn)s, "
        "%(patient_name)s, %(dob)s, %(phone)s, %(note_text)s)]\n[parameters: {'mrn': '«mrn»', "
        "'patient_name': '«name»', 'dob': '«dob_iso»', 'phone': '«phone»', 'note_text': \"«given» seen "
        "«visit_iso» with ⟦ctd⟧ and ‹Raynaud's phenomenon›; ⟦ed_sign⟧; ⟦organism⟧ in urine; started "
        "⟦brand_us⟧. «His» «relword» «rel» («rel_phone») asked about ‹Stevens-Johnson syndrome› risk. "
        "Lives at «street», «city_zip».\"}]\n\nDSN from the job config: "
        "postgresql://etl_loader:«pw»@notes-db.internal:5432/notes\n(‹SQLAlchemy› 2.0.36, ‹psycopg› 3.2)\n",
    ),
    (
        "agent_chat_eponym_ndjson",
        ["en_GB", "en_US"],
        "ndjson",
        2,
        "{\"ts\": \"09:14:02\", \"from\": \"ward-reg\", \"text\": \"@clinical-copilot pt «name» (MRN «mrn», "
        "DOB «dob») on ‹Nightingale Ward›: ?‹Takotsubo› vs ‹Wellens› pattern. Echo by ‹Simpson's biplane› EF "
        "35%.\"}\n"
        "{\"ts\": \"09:14:09\", \"from\": \"clinical-copilot\", \"text\": \"Found «given»'s TTE from «visit» "
        "and an ‹Osborn› J wave query. Consider the ‹Sgarbossa› criteria and a ‹Brugada› pattern. "
        "⟦ed_score⟧.\"}\n"
        "{\"ts\": \"09:15:40\", \"from\": \"ward-reg\", \"text\": \"«his» «relword» «rel» is on «rel_phone» "
        "asking about ‹Kawasaki disease› in childhood. Also ‹Lown-Ganong-Levine›?\"}\n"
        "{\"ts\": \"09:16:03\", \"from\": \"clinical-copilot\", \"text\": \"No ‹Kawasaki disease› coded. "
        "‹Wolff-Parkinson-White› excluded by ‹Holter› on «visit2». Discharge address on file: «street», "
        "«city_zip»; mobile «phone».\"}\n",
    ),
]


def extras(rng: random.Random, p: dict[str, Slot], kind: str) -> dict[str, Slot]:
    """Slots beyond the person: a newborn's name, a birthplace."""
    out: dict[str, Slot] = {}
    lang = str(p["lang"])
    if kind.startswith("labour"):
        fam = p["family"]
        assert isinstance(fam, P)
        baby = person(rng, str(p["loc"]))
        given = baby["given"]
        assert isinstance(given, P)
        out["baby"] = P("NAME", f"{given.value} {fam.value}")
    if lang == "it":
        out["birthplace"] = P("ADDRESS", rng.choice(PLACES["it_IT"]["birthplaces"])[0])
    return out


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot or pool."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    unfilled = any(c in doc.content for c in "«‹⟦")
    return out + ([f"{doc.id}: unfilled slot"] if unfilled else [])


# birth years by kind (the first word of its name); others 1938-2004
BORN = {"neuro": (1938, 1968), "sports": (2006, 2011), "labour": (1985, 2003)}


def make_doc(seed: int, index: int, kind: str, loc: str, fmt: str, template: str) -> Doc:
    """Render one document; a draw that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(40):
        rng = random.Random(f"phigate-probe19:{seed}:{kind}:{index}:{attempt}")
        old = "«age90»" in template
        first = kind.split("_")[0]
        p = person(rng, loc, old, BORN.get(first, (1938, 2004)), female=True if first == "labour" else None)
        slots: dict[str, Slot] = {**p, **extras(rng, p, kind)}
        text = template
        if "«NOTE»" in text:
            text = text.replace("«NOTE»", NOTE18[str(p["lang"])])
        text = _pool_fill(rng, text)
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 40 draws: problems() reports it (test_probe19 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its locales (shifted by seed)."""
    return [
        make_doc(seed, i, kind, locs[(i + seed + k) % len(locs)], fmt, t)
        for k, (kind, locs, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
