# ruff: noqa: E501  (hand-aligned templates)
"""Sixty-fifth independent probe corpus: Central and Eastern European and Turkish health text -- Polish,
Czech, Slovak, Hungarian, Romanian, Croatian, Serbian (Latin script), Slovenian, Bulgarian (transliterated),
Greek (transliterated) and Turkish -- written in those languages with their diacritics and inflected forms,
plus English letters about patients from there, with synthetic PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a Polish hospital discharge card (karta informacyjna
/ wypis), a sick-leave certificate (Polish e-ZLA, Czech eNeschopenka), a Czech / Slovak discharge report
(propouštěcí / prepúšťacia správa), a Hungarian zárójelentés, a Romanian scrisoare medicală / bilet de
ieșire (epicriză), a Croatian otpusno pismo and a Serbian otpusna lista, a Croatian uputnica and a Slovenian
napotnica (referrals), a Bulgarian epikriza (transliterated), a Greek enimerotiko simeioma exodou
(transliterated), a Turkish epikriz raporu, a UK GP referral letter about a Polish / Romanian patient, an
English transfer letter from an Austrian hospital about a Bulgarian / Greek patient, a laboratory request
form (Czech žádanka, Hungarian vizsgálatkérő lap), an e-prescription (Polish e-recepta, Turkish e-reçete), an
ambulance report (Hungarian OMSZ esetlap, Romanian fișă de intervenție), GP visit notes (Slovak, Slovenian
home visit), an SMS-reminder outbox export as NDJSON (Turkish, Bulgarian) and an English EHIC reimbursement
e-mail thread (Greek, Slovak patients in the UK).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template may be a dict by country. People:
`p` the patient, `r` the spouse, `m` an adult son / daughter, `o` a parent (the mother of the Hungarian forms'
"Anyja neve", the father of the Greek "Onoma patros" and the Turkish "Baba adı") or a relative back home, `d`
and `e` clinicians, `s` a nurse / paramedic / clerk, `x` another clinician or helper. Forms: `_n` the full
name as the culture writes it (Hungarian family name first), `_w` given name first (English letters),
`_g` given, `_f` family (feminine form for women: Wilczyńska, Nováková, Todorova, Makri), `_F` / `_NC`
capitals, `_FG` "FAMILY Given", `_fg` "Family Given" (Serbian "Prezime i ime"), `_gen` the Polish / Czech
genitive ("Edyty Wilczyńskiej", "Jany Novákové"), `_ne` a Hungarian married woman's name ("Kissné Fehér
Éva"), `wife_ne` the "-né" name of a Hungarian man's wife ("Kiss Lajosné"), `_ph`, `_em`, `_line`, `_town`,
`_townl` (Polish / Czech locative: "w Brzozowej Woli", "v Horních Lhoticích"), `_pc`, `_addr`, `_region`
(keep), `_nid` (the national identifier), `_dob` `_dobl`, `_age` (keep, under 90), `_old` (AGE, 90+),
`_dr` (the title, plain), `_lic` (a clinician's licence number).

Labelling policy (decided before any measurement):
- NAME: every person's name -- patients, spouses, children, parents (a mother's name on a Hungarian form, a
  father's given name on Greek and Turkish forms), clinicians, nurses, paramedics, clerks, interpreters --
  as written: full, family name alone, given name alone, capitals, "FAMILY Given", Hungarian family-first
  order, Hungarian married names ("Kissné Fehér Éva", "Kiss Lajosné": the "-né" word is part of the value),
  feminine and genitive forms (the inflected form as it appears is the value). Titles and role words (lek.,
  dr n. med., MUDr., Dr., d-r, Uzm. Dr., Doç. Dr., Pani / Pan, paní, Sayın, Mrs, syn, córka, férje, kızı)
  are plain text outside the value.
- ADDRESS: street lines (ul., os., al., street + house / flat number, bl. / sc. / ap., vh. / et., Mah. / Sok. /
  Cad. / No: / D:, UK flat + street), mahalle and Bulgarian kvartal / zh.k., towns and villages (in any case:
  "Brzozowej Woli", "Horních Lhoticích" are values), a place of birth's town, a UK town. ZIP: Polish kod
  pocztowy (62-045), Czech / Slovak PSČ (675 31), Hungarian, Slovenian and Bulgarian four-digit codes,
  Romanian six-digit cod poștal, Croatian / Serbian / Turkish five-digit codes, Greek T.K. (546 21), UK
  postcodes.
- First-level regions are keep when written alone and plain text inside an address: Polish voivodeships
  ("mazowieckie"), Czech and Slovak krajs ("Jihomoravský kraj"), Hungarian counties / megye ("Baranya"),
  Romanian județe ("Bacău"), Croatian županije, Vojvodina, Bulgarian oblasti ("Stara Zagora"), Greek
  periferies ("Kentriki Makedonia"), Turkish iller ("Konya"); countries are keep. A payer or hospital name
  that holds a region ("CAS Bacău", "RZOK Plovdiv", "Konya Şehir Hastanesi") is keep as a whole.
- DATE: every date more specific than a year, in every form (12.03.2024, 12. 3. 2024, 2024. 03. 12., 12
  marca 2024, 12. března 2024, 2024. március 12., 12 martie 2024, 12. ožujka 2024, 12 Martiou 2024, 12
  Mart 2024, 12 March 2024, 12/03/2024, 2024-03-12, ISO time stamps, day + month without a year); the "r."
  / "g." after a Polish / Bulgarian date is plain. Years alone keep; month names without a day keep
  ("w marcu", "v březnu", "Mart ayında"). AGE: 90 and over; ages under 90 keep.
- PHONE, EMAIL of any person (a clinician's direct number and address too). URL: a billing-portal link with
  its token. VEHICLE: a patient's car or lorry registration. DEVICE: an implanted pacemaker's serial number.
- ID: PESEL, rodné číslo, CNP, OIB, JMBG, EMŠO, EGN, T.C. Kimlik No, Greek AFM, passport numbers, home-country
  ids quoted in an English letter, e-ZLA series + number, eNeschopenka and Slovak ePN numbers, referral /
  uputnica / napotnica / napravlenie numbers, e-prescription access codes and keys, Turkish reçete numbers,
  lab sample barcodes, ambulance case numbers, SMS message ids, sick-leave certificate numbers with their
  series ("CCMAM 7995630", "ZY 1234567"). SSN: Hungarian TAJ and Greek AMKA (social-security numbers).
  HEALTH_PLAN: Croatian MBO and dopunsko policy numbers, Serbian LBO, Slovenian ZZZS numbers, EHIC card
  numbers, UK NHS numbers. MRN: księga główna, chorobopis, törzsszám / kórlapszám, FO, matični broj, istoriya na zabolyavaneto, arithmos
  mitroou, protokol / dosya no, UK hospital numbers. ACCOUNT: a Polish benefit bank account (IBAN), UK
  invoice and account numbers. LICENSE: Polish PWZ, Hungarian pecsétszám, Romanian cod parafă, Croatian
  šifra liječnika, Serbian licence, Slovenian doctor number, Slovak doctor code, Bulgarian UIN, Turkish
  diploma registration, UK GMC numbers.
- Keep (must survive): hospitals, clinics, departments, laboratories, payers (NFZ, ZUS, VZP, NEAK, CNAS,
  HZZO, RFZO, ZZZS, NZOK, EOPYY, SGK, NHS), drugs and doses, lab values and units, ICD-10 codes, first-level
  regions and countries alone, weekdays, month names without a day, ages under 90, years.
- Not scored (plain text): titles, relationship words, form labels, employers and their tax numbers,
  facility codes (IČP, NIP), switchboards, times, vitals, room / bed numbers, ambulance unit call signs.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe65 import ids
from tests.engine.probe65.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# ---- harmless vocabulary (must survive) ---------------------------------------------------------------

HOSPITALS = {
    "PL": ["Szpital Specjalistyczny im. Ludwika Rydygiera", "Wojewódzki Szpital Zespolony", "Uniwersytecki Szpital Kliniczny", "Szpital Powiatowy", "Szpital Miejski nr 2"],
    "CZ": ["Fakultní nemocnice", "Krajská nemocnice", "Nemocnice Milosrdných bratří", "Oblastní nemocnice", "Městská nemocnice"],
    "SK": ["Fakultná nemocnica s poliklinikou", "Nemocnica s poliklinikou", "Univerzitná nemocnica", "Všeobecná nemocnica"],
    "HU": ["Markusovszky Egyetemi Oktatókórház", "Megyei Kórház", "Városi Kórház-Rendelőintézet", "Egyetemi Klinikai Központ"],
    "RO": ["Spitalul Clinic Județean de Urgență", "Spitalul Municipal", "Spitalul Orășenesc", "Institutul de Boli Cardiovasculare"],
    "HR": ["Klinički bolnički centar", "Opća bolnica", "Županijska bolnica", "Klinička bolnica Sveti Duh"],
    "RS": ["Klinički centar Vojvodine", "Opšta bolnica", "Zdravstveni centar", "Institut za kardiovaskularne bolesti Vojvodine"],
    "SI": ["Univerzitetni klinični center", "Splošna bolnišnica", "Zdravstveni dom"],
    "BG": ["UMBAL 'Sveti Georgi'", "MBAL 'Sveta Anna'", "MBAL Obshtinska", "UMBAL 'Aleksandrovska'"],
    "GR": ["Geniko Nosokomeio", "Panepistimiako Geniko Nosokomeio", "Geniko Nosokomeio 'Agia Varvara'"],
    "TR": ["Şehir Hastanesi", "Eğitim ve Araştırma Hastanesi", "Devlet Hastanesi"],
    "UK": ["Queen Mary's Hospital", "Fenland Royal Infirmary", "Northgate Community Hospital"],
    "AT": ["Landesklinikum Inntal", "Klinikum Wels-Nord", "Landeskrankenhaus Hochsteiermark"],
}  # fmt: skip
CLINICS = {
    "PL": ["NZOZ Przychodnia Rodzinna", "Przychodnia POZ Zdrowie", "Centrum Medyczne Medyk", "Poradnia Kardiologiczna"],
    "CZ": ["Ordinace praktického lékaře", "Poliklinika Sever", "Zdravotní středisko"],
    "SK": ["Ambulancia všeobecného lekára pre dospelých", "Poliklinika Juh", "Zdravotné stredisko"],
    "HU": ["Háziorvosi Rendelő", "Szakrendelő Intézet", "Központi Laboratórium"],
    "RO": ["Cabinet Medical Individual", "Centrul Medical Sănătatea", "Policlinica Centru"],
    "HR": ["Dom zdravlja", "Ordinacija obiteljske medicine", "Poliklinika Medikol"],
    "RS": ["Dom zdravlja", "Ambulanta opšte medicine"],
    "SI": ["Zdravstveni dom", "Ambulanta družinske medicine", "Zasebna ambulanta Medis"],
    "BG": ["DKTs 'Sveti Luka'", "MTs 'Zdrave'", "Lichna praktika po obshta meditsina"],
    "GR": ["Kentro Ygeias", "Idiotiko Iatreio", "TOMY"],
    "TR": ["Aile Sağlığı Merkezi", "Semt Polikliniği", "Toplum Sağlığı Merkezi"],
    "UK": ["Northgate Medical Practice", "Riverside Surgery", "The Orchard Health Centre"],
}  # fmt: skip
DEPTS = {
    "PL": ["Oddział Kardiologii", "Oddział Chorób Wewnętrznych", "Oddział Neurologii z Pododdziałem Udarowym", "Oddział Chirurgii Ogólnej", "Oddział Pulmonologii"],
    "CZ": ["Interní oddělení", "Kardiologické oddělení", "Neurologické oddělení", "Chirurgické oddělení", "Plicní oddělení"],
    "SK": ["Interné oddelenie", "Neurologické oddelenie", "Chirurgické oddelenie", "Kardiologická klinika"],
    "HU": ["Belgyógyászati Osztály", "Kardiológiai Osztály", "Neurológiai Osztály", "Sebészeti Osztály", "Tüdőgyógyászati Osztály"],
    "RO": ["Secția Medicină Internă", "Secția Cardiologie", "Secția Neurologie", "Secția Chirurgie Generală", "Secția Pneumologie"],
    "HR": ["Klinika za unutarnje bolesti", "Odjel za kardiologiju", "Odjel za neurologiju", "Odjel za kirurgiju"],
    "RS": ["Klinika za kardiologiju", "Odeljenje interne medicine", "Odeljenje neurologije", "Odeljenje hirurgije"],
    "SI": ["Oddelek za interno medicino", "Kardiološki oddelek", "Nevrološki oddelek", "Kirurški oddelek"],
    "BG": ["Klinika po kardiologia", "Otdelenie po vatreshni bolesti", "Otdelenie po nevrologia", "Otdelenie po hirurgia"],
    "GR": ["Kardiologiki Kliniki", "B' Pathologiki Kliniki", "Neurologiki Kliniki", "Cheirourgiki Kliniki"],
    "TR": ["Kardiyoloji Kliniği", "İç Hastalıkları Kliniği", "Nöroloji Kliniği", "Genel Cerrahi Kliniği", "Göğüs Hastalıkları Kliniği"],
    "UK": ["Cardiology Outpatients", "Acute Medical Unit", "Respiratory Medicine", "Stroke Unit"],
    "AT": ["Department of Internal Medicine II", "Trauma Surgery", "Intensive Care Unit"],
}  # fmt: skip
DRUGS = {
    "PL": ["Polpril 5 mg", "Bisocard 2,5 mg", "Metformax 850 mg", "Polocard 75 mg", "Atoris 20 mg", "Controloc 20 mg", "Xarelto 20 mg", "Furosemidum 40 mg", "Clexane 40 mg", "Ketonal 100 mg", "Amlozek 5 mg", "Euthyrox N 50", "Pyralgina 500 mg"],
    "CZ": ["Prestarium Neo 5 mg", "Concor 5 mg", "Anopyrin 100 mg", "Tezeo 80 mg", "Sortis 20 mg", "Helicid 20 mg", "Furon 40 mg", "Eliquis 5 mg", "Novalgin 500 mg", "Glucophage 1000 mg", "Fraxiparine 0,4 ml", "Agen 5 mg"],
    "SK": ["Tritace 5 mg", "Nolpaza 40 mg", "Godasal 100 mg", "Rosucard 10 mg", "Betaloc ZOK 50 mg", "Siofor 850 mg", "Pradaxa 110 mg", "Furosemid 40 mg", "Algifen neo"],
    "HU": ["Cardura 4 mg", "Tritace 5 mg", "Aspirin Protect 100 mg", "Atorvox 20 mg", "Nolpaza 40 mg", "Furon 40 mg", "Meforal 850 mg", "Xeter 10 mg", "Algopyrin 500 mg", "Co-Perineva 4/1,25 mg", "Clexane 0,4 ml"],
    "RO": ["Aspenter 75 mg", "Tertensif SR 1,5 mg", "Sortis 20 mg", "Controloc 40 mg", "Metformin 1000 mg", "Furosemid 40 mg", "Algocalmin 500 mg", "Prestarium 5 mg", "Nitroglicerină 0,5 mg", "Betaloc ZOK 50 mg", "Diclofenac 50 mg"],
    "HR": ["Andol 100 mg", "Byol 5 mg", "Prilen 5 mg", "Tulip 20 mg", "Nolpaza 20 mg", "Lasix 40 mg", "Glucophage 850 mg", "Normabel 5 mg", "Amlopin 5 mg", "Zaracet 37,5/325 mg"],
    "RS": ["Cardiopirin 100 mg", "Concor 5 mg", "Prilazid 5 mg", "Atoris 20 mg", "Pantoprazol 40 mg", "Lasix 40 mg", "Analgin 500 mg", "Bensedin 5 mg", "Amlodipin 5 mg"],
    "SI": ["Aspirin protect 100 mg", "Presolol 50 mg", "Lekoptin 80 mg", "Atoris 20 mg", "Controloc 20 mg", "Lasix 40 mg", "Sanval 10 mg", "Daleron 500 mg"],
    "BG": ["Aspirin Protect 100 mg", "Nebilet 5 mg", "Diroton 10 mg", "Tor 20 mg", "Omeprazol 20 mg", "Furantril 40 mg", "Analgin 500 mg", "Metfogamma 850 mg", "Clexane 0,4 ml"],
    "GR": ["Salospir 100 mg", "Lopressor 50 mg", "Lipitor 20 mg", "Nexium 40 mg", "Lasix 40 mg", "Depon 500 mg", "Glucophage 850 mg", "Eliquis 5 mg", "Zanidip 10 mg"],
    "TR": ["Coraspin 100 mg", "Beloc ZOK 50 mg", "Ator 20 mg", "Lansor 30 mg", "Lasix 40 mg", "Parol 500 mg", "Glifor 1000 mg", "Coumadin 5 mg", "Delix 5 mg", "Majezik 100 mg", "Arveles 25 mg"],
    "UK": ["Ramipril 5 mg", "Bisoprolol 2.5 mg", "Atorvastatin 20 mg", "Omeprazole 20 mg", "Metformin 500 mg", "Apixaban 5 mg", "Sertraline 50 mg", "Co-codamol 30/500"],
}  # fmt: skip
LABS = {
    "PL": ["CRP 48,2 mg/l", "Hb 10,8 g/dl", "kreatynina 1,4 mg/dl", "glukoza 164 mg/dl", "HbA1c 7,9%", "K 4,6 mmol/l", "troponina I 0,42 ng/ml", "NT-proBNP 3120 pg/ml"],
    "CZ": ["CRP 48 mg/l", "Hb 108 g/l", "kreatinin 142 µmol/l", "glykémie 9,4 mmol/l", "HbA1c 61 mmol/mol", "K 4,6 mmol/l", "NT-proBNP 3120 ng/l", "leukocyty 12,4×10⁹/l"],
    "SK": ["CRP 48 mg/l", "Hb 108 g/l", "kreatinín 142 µmol/l", "glykémia 9,4 mmol/l", "HbA1c 7,9 %", "K 4,6 mmol/l"],
    "HU": ["CRP 48 mg/l", "Hgb 108 g/l", "kreatinin 142 µmol/l", "vércukor 9,4 mmol/l", "HbA1c 7,9%", "K 4,6 mmol/l", "GFR-EPI 42 ml/min"],
    "RO": ["VSH 42 mm/h", "Hb 10,8 g/dl", "creatinină 1,4 mg/dl", "glicemie 164 mg/dl", "HbA1c 7,9%", "TGP 64 U/l", "uree 62 mg/dl"],
    "HR": ["CRP 48 mg/L", "Hb 108 g/L", "kreatinin 142 µmol/L", "GUK 9,4 mmol/L", "HbA1c 7,9 %", "K 4,6 mmol/L", "L 12,4×10⁹/L"],
    "BG": ["CRP 48 mg/l", "Hb 108 g/l", "kreatinin 142 µmol/l", "kr. zahar 9,4 mmol/l", "HbA1c 7,9%"],
    "GR": ["CRP 4,8 mg/dl", "Hb 10,8 g/dl", "kreatinini 1,4 mg/dl", "sakcharo 164 mg/dl", "HbA1c 7,9%", "TKE 42 mm"],
    "TR": ["CRP 48 mg/L", "Hb 10,8 g/dL", "kreatinin 1,4 mg/dL", "açlık kan şekeri 164 mg/dL", "HbA1c %7,9", "eGFR 42 mL/dk"],
    "UK": ["eGFR 42 mL/min", "HbA1c 64 mmol/mol", "Hb 108 g/L", "CRP 48 mg/L", "K+ 4.6 mmol/L", "BNP 812 ng/L"],
}  # fmt: skip
LABS["RS"] = LABS["SI"] = LABS["HR"]
ICD = ["I21.4", "I50.0", "I48.0", "I63.5", "J18.9", "J44.1", "E11.65", "I10", "N18.3", "K80.1", "S72.0", "I26.9", "E87.1", "A41.9", "K92.2"]
PAYERS = {"PL": ["NFZ"], "CZ": ["VZP ČR (111)", "ZP MV ČR (211)", "OZP (207)", "ČPZP (205)"], "SK": ["Všeobecná zdravotná poisťovňa", "Dôvera", "Union"],
          "HU": ["NEAK"], "RO": ["CNAS"], "HR": ["HZZO"], "RS": ["RFZO"], "SI": ["ZZZS"], "BG": ["NZOK"], "GR": ["EOPYY"], "TR": ["SGK"], "UK": ["NHS"]}  # fmt: skip
WEEKDAYS = {
    "PL": ["poniedziałek", "wtorek", "środa", "czwartek"], "CZ": ["pondělí", "úterý", "středa", "čtvrtek", "pátek"],
    "SK": ["pondelok", "utorok", "streda", "štvrtok", "piatok"], "HU": ["hétfő", "kedd", "szerda", "csütörtök", "péntek"],
    "RO": ["luni", "marți", "miercuri", "joi", "vineri"], "HR": ["ponedjeljak", "utorak", "srijeda", "četvrtak"],
    "RS": ["ponedeljak", "utorak", "sreda", "četvrtak"], "SI": ["ponedeljek", "torek", "sreda", "četrtek"],
    "BG": ["ponedelnik", "vtornik", "sryada", "chetvartak"], "GR": ["Deftera", "Triti", "Tetarti", "Pempti"],
    "TR": ["Pazartesi", "Salı", "Çarşamba", "Perşembe", "Cuma"], "UK": ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"],
}  # fmt: skip
MONTHS = {  # date forms (genitive where the language writes one), then the month alone as written in "in March"
    "PL": ("stycznia lutego marca kwietnia maja czerwca lipca sierpnia września października listopada grudnia",
           "styczniu lutym marcu kwietniu maju czerwcu lipcu sierpniu wrześniu październiku listopadzie grudniu"),
    "CZ": ("ledna února března dubna května června července srpna září října listopadu prosince",
           "lednu únoru březnu dubnu květnu červnu červenci srpnu září říjnu listopadu prosinci"),
    "SK": ("januára februára marca apríla mája júna júla augusta septembra októbra novembra decembra",
           "januári februári marci apríli máji júni júli auguste septembri októbri novembri decembri"),
    "HU": ("január február március április május június július augusztus szeptember október november december",
           "január február március április május június július augusztus szeptember október november december"),
    "RO": ("ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie",
           "ianuarie februarie martie aprilie mai iunie iulie august septembrie octombrie noiembrie decembrie"),
    "HR": ("siječnja veljače ožujka travnja svibnja lipnja srpnja kolovoza rujna listopada studenoga prosinca",
           "siječnju veljači ožujku travnju svibnju lipnju srpnju kolovozu rujnu listopadu studenome prosincu"),
    "RS": ("januara februara marta aprila maja juna jula avgusta septembra oktobra novembra decembra",
           "januaru februaru martu aprilu maju junu julu avgustu septembru oktobru novembru decembru"),
    "SI": ("januarja februarja marca aprila maja junija julija avgusta septembra oktobra novembra decembra",
           "januarju februarju marcu aprilu maju juniju juliju avgustu septembru oktobru novembru decembru"),
    "BG": ("yanuari fevruari mart april may yuni yuli avgust septemvri oktomvri noemvri dekemvri",
           "yanuari fevruari mart april may yuni yuli avgust septemvri oktomvri noemvri dekemvri"),
    "GR": ("Ianouariou Fevrouariou Martiou Apriliou Maiou Iouniou Iouliou Avgoustou Septemvriou Oktovriou Noemvriou Dekemvriou",
           "Ianouario Fevrouario Martio Aprilio Maio Iounio Ioulio Avgousto Septemvrio Oktovrio Noemvrio Dekemvrio"),
    "TR": ("Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık",
           "Ocak Şubat Mart Nisan Mayıs Haziran Temmuz Ağustos Eylül Ekim Kasım Aralık"),
    "UK": ("January February March April May June July August September October November December",
           "January February March April May June July August September October November December"),
}  # fmt: skip
TITLES = {"PL": ["lek.", "dr n. med.", "lek. med."], "CZ": ["MUDr."], "SK": ["MUDr."], "HU": ["Dr."], "RO": ["Dr."], "HR": ["dr. med.", "dr."],
          "RS": ["dr", "dr med."], "SI": ["dr."], "BG": ["d-r"], "GR": ["Dr"], "TR": ["Uzm. Dr.", "Op. Dr.", "Doç. Dr.", "Dr."], "UK": ["Dr"], "AT": ["Dr"]}  # fmt: skip
LICENCE = {"PL": None, "HU": "%####", "RO": "@%####", "HR": "%######", "RS": "%#####", "SI": "%####", "SK": "@%#######", "CZ": "%#######",
           "BG": "%#########", "GR": "%#####", "TR": "%#####", "UK": "%######", "AT": "%#####"}  # fmt: skip
SPOUSE = {"PL": ("mąż", "żona"), "CZ": ("manžel", "manželka"), "SK": ("manžel", "manželka"), "HU": ("férje", "felesége"), "RO": ("soț", "soție"),
          "HR": ("suprug", "supruga"), "RS": ("suprug", "supruga"), "SI": ("mož", "žena"), "BG": ("saprug", "sapruga"), "GR": ("syzygos", "syzygos"),
          "TR": ("eşi", "eşi"), "UK": ("husband", "wife")}  # fmt: skip
CHILD = {"PL": ("syn", "córka"), "CZ": ("syn", "dcera"), "SK": ("syn", "dcéra"), "HU": ("fia", "lánya"), "RO": ("fiul", "fiica"), "HR": ("sin", "kći"),
         "RS": ("sin", "ćerka"), "SI": ("sin", "hči"), "BG": ("sin", "dashterya"), "GR": ("gios", "kori"), "TR": ("oğlu", "kızı"), "UK": ("son", "daughter")}  # fmt: skip
COUNTRY_EN = {"PL": "Poland", "RO": "Romania", "BG": "Bulgaria", "GR": "Greece", "SK": "Slovakia"}
ADJ_EN = {"PL": "Polish", "RO": "Romanian", "BG": "Bulgarian", "GR": "Greek", "SK": "Slovak"}


def date_forms(d: date, loc: str) -> dict[str, Slot]:
    months = MONTHS[loc][0].split()
    mon = months[d.month - 1]
    n = {"PL": f"{d:%d.%m.%Y}", "CZ": f"{d.day}. {d.month}. {d.year}", "SK": f"{d.day}. {d.month}. {d.year}",
         "HU": f"{d.year}. {d:%m}. {d:%d}.", "RO": f"{d:%d.%m.%Y}", "HR": f"{d.day}. {d.month}. {d.year}", "RS": f"{d:%d.%m.%Y}",
         "SI": f"{d.day}. {d.month}. {d.year}", "BG": f"{d:%d.%m.%Y}", "GR": f"{d:%d/%m/%Y}", "TR": f"{d:%d.%m.%Y}", "UK": f"{d:%d/%m/%Y}"}[loc]  # fmt: skip
    long = {"PL": f"{d.day} {mon} {d.year}", "CZ": f"{d.day}. {mon} {d.year}", "SK": f"{d.day}. {mon} {d.year}", "HU": f"{d.year}. {mon} {d.day}.",
            "RO": f"{d.day} {mon} {d.year}", "HR": f"{d.day}. {mon} {d.year}", "RS": f"{d.day}. {mon} {d.year}", "SI": f"{d.day}. {mon} {d.year}",
            "BG": f"{d.day} {mon} {d.year}", "GR": f"{d.day} {mon} {d.year}", "TR": f"{d.day} {mon} {d.year}", "UK": f"{d.day} {mon} {d.year}"}[loc]  # fmt: skip
    dm = {"PL": f"{d:%d.%m}", "CZ": f"{d.day}. {d.month}.", "SK": f"{d.day}. {d.month}.", "HU": f"{mon} {d.day}-én", "RO": f"{d.day} {mon}",
          "HR": f"{d.day}. {d.month}.", "RS": f"{d.day}. {d.month}.", "SI": f"{d.day}. {d.month}.", "BG": f"{d:%d.%m}", "GR": f"{d.day} {mon}",
          "TR": f"{d.day} {mon}", "UK": f"{d.day} {mon}"}[loc]  # fmt: skip
    return {"n": P("DATE", n), "l": P("DATE", long), "iso": P("DATE", d.isoformat()), "dm": P("DATE", dm),
            "uk": P("DATE", f"{d.day} {MONTHS['UK'][0].split()[d.month - 1]} {d.year}"), "slash": P("DATE", f"{d:%d/%m/%Y}")}  # fmt: skip


def person_slots(x: str, w: Person, ref: date, loc: str) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    age = (ref - w.dob).days * 100 // 36525
    c = w.loc.code
    nid_type = {"HU": "SSN", "GR": "SSN", "UK": "HEALTH_PLAN"}.get(c, "ID")
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_w": N(w.western), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()),
        f"{x}_NC": N(w.full.upper()), f"{x}_FG": N(f"{w.family.upper()} {w.given}"), f"{x}_fg": N(f"{w.family} {w.given}"),
        f"{x}_FGc": N(f"{w.family.upper()}, {w.given}"), f"{x}_gen": N(w.gen), f"{x}_ini": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_line": A(w.line), f"{x}_town": A(w.town), f"{x}_townl": A(w.town_loc), f"{x}_pc": P("ZIP", w.postcode), f"{x}_loc": A(w.locality),
        f"{x}_addr": w.addr, f"{x}_region": K(w.region) if w.region else "", f"{x}_nid": P(nid_type, w.nid),
        f"{x}_age": K(str(age)), f"{x}_old": P("AGE", str(age)),
        f"{x}_a": "a" if w.female else "", f"{x}_ka": "ka" if w.female else "", f"{x}_y": "a" if w.female else "y",
        f"{x}_ae": "á" if w.female else "ý", f"{x}_ro": "ă" if w.female else "", f"{x}_she": "she" if w.female else "he",
        f"{x}_her": "her" if w.female else "his", f"{x}_mr": "Mrs" if w.female else "Mr", f"{x}_ms": "Ms" if w.female else "Mr",
        f"{x}_sex": "Kadın" if w.female else "Erkek", f"{x}_ica": "ica" if w.female else "", f"{x}_ia": "a" if w.female else "i",
        f"{x}_She": "She" if w.female else "He", f"{x}_Her": "Her" if w.female else "His", f"{x}_lady": "lady" if w.female else "gentleman",
        f"{x}_pacg": "pacjentki" if w.female else "pacjenta",
    }  # fmt: skip
    for k, v in date_forms(w.dob, loc if loc in MONTHS else "UK").items():
        s[f"{x}_dob" + ("" if k == "n" else k)] = v
    return s


Y = 365
AGES: dict[str, tuple[int, int]] = {  # "kind:loc" or kind -> the patient's age in days
    "cee65_hu_zarojelentes": (90 * Y + 40, 97 * Y),
    "cee65_gr_enimerotiko_exodou_translit": (90 * Y + 40, 96 * Y),
    "cee65_ambulance_report:HU": (90 * Y + 40, 98 * Y),
    "cee65_gp_visit_notes:SI": (90 * Y + 40, 99 * Y),
    "cee65_ehic_reimbursement_email": (66 * Y, 86 * Y),
    "cee65_sick_leave_ezla_eneschopenka": (26 * Y, 58 * Y),
    "cee65_en_transfer_letter_abroad": (28 * Y, 60 * Y),
}  # fmt: skip
FEMALE = {"cee65_hu_zarojelentes": True, "cee65_ehic_reimbursement_email": True, "cee65_ambulance_report:HU": False}
# o is a parent on forms that ask for one (Hungarian "Anyja neve", Greek "Onoma patros", Turkish "Baba adı"), else a sibling
PARENT = {"cee65_hu_zarojelentes", "cee65_gr_enimerotiko_exodou_translit", "cee65_tr_epikriz_raporu", "cee65_lab_request_form:HU",
          "cee65_ambulance_report:HU"}  # fmt: skip
ENGLISH = {"cee65_uk_gp_referral_letter": "UK", "cee65_ehic_reimbursement_email": "UK", "cee65_en_transfer_letter_abroad": "AT"}
SPOUSE_INS_SI = ("možem", "ženo")
ID_LABEL_EN = {"GR": "AMKA (social security number)", "SK": "birth number (rodné číslo)"}


def _ts(rng: random.Random, d: date, tz: str) -> P:
    return P("DATE", f"{d.isoformat()}T{rng.randint(7, 19):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}{tz}")


def base_slots(rng: random.Random, loc_code: str, kind: str) -> dict[str, Slot]:
    d1 = date(2023, 9, 4) + timedelta(days=rng.randrange(600))
    used: set[str] = set()
    home = LOCS[loc_code]
    key = f"{kind}:{loc_code}"
    ages = AGES.get(key, AGES.get(kind, (34 * Y, 84 * Y)))
    female = FEMALE.get(key, FEMALE.get(kind))
    where = ENGLISH.get(kind)
    doc_loc = "UK" if where else loc_code  # the language of the document (dates, weekdays, drugs, relations)
    if kind == "cee65_uk_gp_referral_letter":  # a Polish / Romanian patient living in the UK
        p = draw_person(rng, LOCS["UK"], used, d1, culture=home.cultures[0], female=female, age_days=ages)
    else:
        p = draw_person(rng, home, used, d1, female=female, age_days=ages)
    age_p = (d1 - p.dob).days
    hu = p.culture == "hu"
    share = not hu and rng.random() < 0.7  # most couples share the husband's family name
    r = draw_person(rng, p.loc, used, d1, female=not p.female, culture=p.culture, home=p,
                    family_m=p.family_m if share else None, age_days=(max(20 * Y, age_p - 5 * Y), age_p + 4 * Y))  # fmt: skip
    father = r if p.female else p
    m_loc = LOCS["UK"] if kind == "cee65_ehic_reimbursement_email" else p.loc
    m = draw_person(rng, m_loc, used, d1, culture=p.culture, family_m=father.family_m,
                    age_days=(max(19 * Y, age_p - 40 * Y), max(20 * Y, age_p - 20 * Y)))  # fmt: skip
    if kind in PARENT or key in PARENT:  # the mother (Hungarian forms) or the father
        o = draw_person(rng, home, used, d1, female=hu, culture=p.culture, family_m=None if hu else p.family_m,
                        age_days=(age_p + 20 * Y, age_p + 35 * Y))  # fmt: skip
    else:  # a sibling, back home for patients abroad
        o = draw_person(rng, home, used, d1, culture=p.culture, age_days=(max(18 * Y, age_p - 8 * Y), age_p + 8 * Y))
    staff_loc = LOCS[where] if where else home
    cultures = list(NAMES) if where else [p.culture]
    ppl = {"p": p, "r": r, "m": m, "o": o}
    for x in ("d", "e", "s", "x"):
        ppl[x] = draw_person(rng, staff_loc, used, d1, culture=rng.choice(cultures), age_days=(27 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, doc_loc))
    tl = where or doc_loc
    for x in ("d", "e", "s", "x"):
        s[f"{x}_dr"] = rng.choice(TITLES[tl])
        pat = LICENCE[tl]
        s[f"{x}_lic"] = P("LICENSE", ids.pwz(rng) if pat is None else fill(rng, pat))
    if hu:  # Hungarian married names: "Kissné Fehér Éva" (the wife, her own name after), "Kiss Lajosné"
        wife, husband = (p, r) if p.female else (r, p)
        s["p_ne"] = P("NAME", f"{husband.family}né {wife.full}") if p.female else s["p_n"]
        s["wife_ne"] = P("NAME", f"{husband.family} {husband.given}né")
    s["r_rel"] = SPOUSE[doc_loc][1 if r.female else 0]
    s["m_rel"] = CHILD[doc_loc][1 if m.female else 0]
    s["r_rel_home"] = SPOUSE[loc_code][1 if r.female else 0]
    s["m_rel_home"] = CHILD[loc_code][1 if m.female else 0]
    s["r_rel_ins"] = SPOUSE_INS_SI[1 if r.female else 0]
    s["o_rel"] = "sister" if o.female else "brother"
    s["idlabel"] = ID_LABEL_EN.get(loc_code, "national ID")
    # dates
    d2 = d1 + timedelta(days=rng.randint(3, 12))
    d3 = d1 - timedelta(days=rng.randint(8, 70))
    d4 = d2 + timedelta(days=rng.randint(10, 60))
    d5 = d1 + timedelta(days=rng.randint(400, 1200))
    for k, d in {"d1": d1, "d2": d2, "d3": d3, "d4": d4, "d5": d5}.items():
        s.update({f"{k}_{f}": v for f, v in date_forms(d, doc_loc).items()})
        s.update({f"{k}_h{f}": v for f, v in date_forms(d, loc_code).items()})
    tz = "+03:00" if loc_code == "TR" else "+02:00"
    s["ts1"], s["ts2"], s["ts3"] = _ts(rng, d3, tz), _ts(rng, d1, tz), _ts(rng, d2 - timedelta(days=2), tz)
    s["month"] = K(MONTHS[doc_loc][1].split()[(d4.month + rng.randint(1, 3)) % 12])
    s["year"] = K(str(d1.year - rng.randint(2, 15)))
    F = lambda t, *pats: P(t, fill(rng, rng.choice(pats)))  # noqa: E731
    s["mrn"] = F("MRN", "%####/" + str(d1.year), "%#####", "%######", "%###/" + f"{d1:%y}")
    s["mrn2"] = F("MRN", "%#######", "%####-%##")
    s["zla"] = P("ID", rng.choice(["ZY", "ZX", "ZZ", "ZA"]) + " " + fill(rng, "#######"))
    s["enesch"] = F("ID", "%#########", "EN%########")
    s["epn"] = F("ID", "%########", "ePN-%#######")
    s["uput"] = F("ID", "%########", "%###-######", "%##########")
    s["napr"] = F("ID", "%#####", "%####-%")
    s["kod"] = F("ID", "%###")
    s["klucz"] = F("ID", "%###" * 11)
    s["recete"] = F("ID", "@%@%@%#", "%@@%#@%", "@@%#%@#")
    s["barcode"] = F("ID", "%#########", f"{d1:%y%m%d}%###")
    s["case"] = F("ID", f"{d1.year}-%#####", "%########", "OMSZ-%######")
    s["ccm"] = P("ID", "CCMAM " + fill(rng, "%######"))
    s["passport"] = F("ID", "%########", "@@%######", "@%#######")
    s["afm"] = P("ID", ids.afm(rng))
    s["ref"] = F("ID", "%##########", "ENR-%#######")
    for i in ("", "2", "3"):
        s[f"smsid{i}"] = F("ID", "%#########", "msg_%######@@")
    s["mbo"] = F("HEALTH_PLAN", "%########")
    s["dzo"] = F("HEALTH_PLAN", "%#########", "DZO-%#######")
    s["lbo"] = F("HEALTH_PLAN", "%##########")
    s["zzzs"] = F("HEALTH_PLAN", "%########")
    s["ehic"] = F("HEALTH_PLAN", "80300%###############", "80703%###############", "8%##########")
    s["iban"] = P("ACCOUNT", _iban_pl(rng))
    s["inv"] = F("ACCOUNT", "INV-%######", "%#######")
    s["acct"] = F("ACCOUNT", "%#########", "OVS%######")
    s["device"] = F("DEVICE", "PJN%######", "@@@%#####@", "RWN%#######")
    s["plate"] = P("VEHICLE", _plate(rng, loc_code))
    s["url"] = P("URL", f"https://pay.{rng.choice(['nhs-billing.example', 'ovs-payments.example'])}/inv/" + fill(rng, "@@%#@%@##%@"))
    s["home_nid"] = P("ID", ids.pesel(rng, p.dob, p.female) if loc_code == "PL" else ids.cnp(rng, p.dob, p.female))
    s["home_town"] = P("ADDRESS", o.town)
    # keep values
    s["hosp"] = K(rng.choice(HOSPITALS[where or doc_loc]))
    s["hosp_home"] = K(rng.choice(HOSPITALS[loc_code]))
    s["clinic"] = K(rng.choice(CLINICS[doc_loc]))
    s["dept"], s["dept2"] = (K(v) for v in rng.sample(DEPTS[where or doc_loc], 2))
    for i, v in enumerate(rng.sample(DRUGS[doc_loc], 4), 1):
        s[f"drug{i}"] = K(v)
    s["drug_home"] = K(rng.choice(DRUGS[loc_code]))
    for i, v in enumerate(rng.sample(LABS[doc_loc], 3), 1):
        s[f"lab{i}"] = K(v)
    s["icd1"], s["icd2"], s["icd3"] = (K(v) for v in rng.sample(ICD, 3))
    s["payer"] = K(rng.choice(PAYERS[doc_loc]))
    s["payer_home"] = K(rng.choice(PAYERS[loc_code]))
    s["weekday"] = K(rng.choice(WEEKDAYS[doc_loc]))
    s["region"] = K(p.region) if p.region else ""
    s["country_en"] = COUNTRY_EN.get(loc_code, "")
    s["adj_en"] = ADJ_EN.get(loc_code, "")
    return s


def _iban_pl(rng: random.Random) -> str:
    bank = fill(rng, "1020####") + fill(rng, "################")
    number = int(bank + "2521" + "00")  # P=25, L=21
    check = 98 - number % 97
    compact = f"PL{check:02d}{bank}"
    return " ".join(compact[i : i + 4] for i in range(0, len(compact), 4))


def _plate(rng: random.Random, loc: str) -> str:
    return fill(rng, {"HU": "@@@-%##", "RO": rng.choice(["BC %# @@@", "VS %# @@@", "MM %# @@@"]), "BG": rng.choice(["PB %### @@", "CT %### @@"]),
                      "GR": rng.choice(["@@@-%###", "@@@ %###"]), "TR": "%# @@@ %##"}.get(loc, "@@%# @@@"))  # fmt: skip


# ---- templates -------------------------------------------------------------------------------------------

PL_WYPIS = """«hosp»
«dept»
KARTA INFORMACYJNA LECZENIA SZPITALNEGO                                   Nr księgi głównej: «mrn»
Pacjent«p_ka»: «p_n»                         PESEL: «p_nid»
Data urodzenia: «p_dob» r.      Wiek: «p_age» l.      Płatnik: «payer», województwo «region»
Adres zamieszkania: «p_addr»
Telefon: «p_ph»     e-mail: «p_em»
Osoba upoważniona do uzyskiwania informacji: «r_n» («r_rel»), tel. «r_ph»
Data przyjęcia: «d1_n» r., godz. 14:20        Data wypisu: «d2_n» r.

Rozpoznanie główne: «icd1»
Rozpoznania współistniejące: «icd2», «icd3»

Epikryza: Pacjent«p_ka» lat «p_age», zamieszkał«p_a» w «p_townl», przyjęt«p_y» w trybie nagłym z SOR, dokąd
został«p_a» przywiezion«p_y» przez ZRM; pogotowie wezwał«m_a» «m_rel_home» («m_g»). W badaniach: «lab1», «lab2», «lab3».
W dniu «d3_l» r. w poradni rodzinnej stwierdzono pogorszenie tolerancji wysiłku. W trakcie hospitalizacji
stan ogólny stopniowo się poprawiał.

Zalecenia:
1. «drug1» 1 x dziennie rano
2. «drug2» 2 x dziennie (8.00 i 20.00)
3. Kontrola w poradni specjalistycznej w «month» (przyjęcia: «weekday»), skierowanie wystawiono.
4. Zwolnienie lekarskie e-ZLA seria i numer «zla» do dnia «d4_n» r.

Informacja dla lekarza POZ o stanie zdrowia «p_pacg» «p_gen»: kontynuacja leczenia jak wyżej.
Lekarz prowadzący: «d_dr» «d_n», nr PWZ «d_lic»
Kierownik Oddziału: «e_dr» «e_n», nr PWZ «e_lic»
Kartę informacyjną otrzymał«m_a»: «m_n», tel. «m_ph»
"""

SICK = {
    "PL": """ZAKŁAD UBEZPIECZEŃ SPOŁECZNYCH — ZAŚWIADCZENIE LEKARSKIE e-ZLA
Seria i numer: «zla»                                Data wystawienia: «d1_n»
Ubezpieczon«p_y»: «p_n»                           PESEL: «p_nid»
Adres pobytu w okresie orzeczonej niezdolności do pracy: «p_addr»
Okres niezdolności do pracy: od «d1_n» do «d2_n»
Numer statystyczny choroby: «icd1»        Wskazania lekarskie: 1 — chory powinien leżeć
Z powodu konieczności osobistego sprawowania opieki nad: «m_n» («m_rel_home»), ur. «m_dob», PESEL «m_nid»
Płatnik składek: Przedsiębiorstwo Handlowe «clinic» — NIP 521 300 11 22
Lekarz wystawiający: «d_dr» «d_n», nr prawa wykonywania zawodu «d_lic»
Miejsce wystawienia: «clinic», tel. rejestracji 22 612 40 00
Zasiłek chorobowy — rachunek bankowy ubezpieczonego: «iban»
Kontakt z ubezpieczonym: «p_ph», «p_em»
Adnotacja: zaświadczenie dla «p_gen» przekazane płatnikowi przez PUE ZUS w dniu «d1_l» r.
Kontrola: «d4_n» («weekday»), wyniki «lab1» i «lab2» do oceny. Leczenie: «drug1», «drug2».
""",
    "CZ": """eNeschopenka — ROZHODNUTÍ O DOČASNÉ PRACOVNÍ NESCHOPNOSTI
Číslo rozhodnutí: «enesch»                            Datum vystavení: «d1_n»
Pojištěnec: «p_n»                        Rodné číslo: «p_nid»
Zdravotní pojišťovna: «payer»                       Kraj: «region»
Adresa pobytu během DPN: «p_addr»
Vycházky povoleny: denně 13:00–19:00
Diagnóza: «icd1»                Den vzniku DPN: «d1_n»       Předpokládané ukončení: «d2_n»
Ošetřující lékař: «d_dr» «d_n», «clinic», IČP 72100458, tel. «d_ph»
Hlášení pro ČSSZ odesláno elektronicky «d1_dm» v 10:42; potvrzení pro zaměstnavatele převzal«r_a» «r_rel_home» «r_n».
Kontaktní telefon pojištěnce: «p_ph», e-mail: «p_em»
Kontrola u ošetřujícího lékaře: «d4_l» (pátek). Léčba: «drug1», «drug2». «lab1».
Poznámka: neschopenka vystavena na žádost «p_gen», bytem v «p_townl».
""",
}

CZSK = {
    "CZ": """«hosp» — «dept»
PROPOUŠTĚCÍ ZPRÁVA                                              Č. chorobopisu: «mrn»
Pacient«p_ka»: «p_n»            RČ: «p_nid»            Pojišťovna: «payer»
Bydliště: «p_addr»            Kraj: «region»
Hospitalizace: od «d1_n» do «d2_n»
Praktický lékař: «e_dr» «e_n», «clinic»

Dg.: «icd1» — hlavní; «icd2»; «icd3»
Anamnéza: «p_age»let«p_ae» pacient«p_ka» s bydlištěm v «p_townl», přivezen«p_a» RZP z domova; «r_rel» «r_g» (tel. «r_ph») udává náhlou dušnost.
Vyšetření: «lab1», «lab2», «lab3».
Průběh: dne «d3_l» implantován dvoudutinový kardiostimulátor, SN «device»; pooperační průběh bez komplikací.
Doporučení: «drug1» 1-0-0, «drug2» 0-0-1. Kontrola v kardiologické ambulanci «d4_n» («weekday»), další v «month».
Zprávu převzal«m_a» «m_rel_home» «m_n», tel. «m_ph», «m_em».
Zpráva o hospitalizaci «p_gen» zaslána praktickému lékaři.
Ošetřující lékař: «d_dr» «d_n»          Primář: «x_dr» «x_n»          Sestra: «s_n»
""",
    "SK": """«hosp» — «dept»
PREPÚŠŤACIA SPRÁVA                                              Číslo chorobopisu: «mrn»
Meno a priezvisko: «p_n»            Rodné číslo: «p_nid»            Poisťovňa: «payer»
Trvalé bydlisko: «p_addr»           Kraj: «region»
Dátum prijatia: «d1_n»          Dátum prepustenia: «d2_n»
Všeobecný lekár: «e_dr» «e_n», «clinic»

Diagnózy: «icd1», «icd2», «icd3»
Anamnéza: «p_age»-ročn«p_ae» pacient«p_ka» z obce «p_town», privezen«p_ae» RZP, «r_rel» «r_n» (tel. «r_ph») udáva náhle zhoršenie.
Vyšetrenia: «lab1», «lab2».
Priebeh: dňa «d3_l» implantovaný kardiostimulátor, SN «device».
Odporúčania: «drug1» 1-0-0, «drug2» 0-0-1. Kontrola v kardiologickej ambulancii «d4_n» («weekday»), ďalšia v «month».
Správu prevzal«m_a» «m_rel_home» «m_n», tel. «m_ph», «m_em».
Ošetrujúci lekár: «d_dr» «d_n», kód lekára «d_lic»          Primár: «x_dr» «x_n»          Sestra: «s_n»
""",
}

HU_ZARO = """«hosp» — «dept»
ZÁRÓJELENTÉS                                                  Törzsszám: «mrn»     Kórlapszám: «mrn2»
Név: «p_ne»                   Születési név: «p_n»
Anyja neve: «o_n»            Születési hely, idő: «o_town», «p_dob»
TAJ: «p_nid»                 Életkor: «p_old» év
Lakcím: «p_addr»
Telefon: «p_ph»              Megye: «region»
Felvétel: «d1_n»            Távozás: «d2_n»
Beutaló orvos: «e_dr» «e_n» (háziorvos, «clinic»), pecsétszám: «e_lic»

Diagnózis: «icd1» — «icd2»
Anamnézis: «p_old» éves nőbeteget «m_rel», «m_n» (tel. «m_ph») hívására a mentőszolgálat szállította.
Férje, «r_n», «d3_l» óta ápolási otthonban él.
Labor: «lab1», «lab2», «lab3».
Terápia: «drug1» 1x1, «drug2» 2x1.
Javaslat: háziorvosi kontroll egy héten belül; kardiológiai szakrendelés «month» hónapban, «weekday» délelőtt.
A beteg zárójelentését «m_em» címre is elküldtük.
Kezelőorvos: «d_dr» «d_n», pecsétszám: «d_lic»        Osztályvezető főorvos: «x_dr» «x_n»
Kelt: «d2_l»
"""

RO = """«hosp» — «dept»
SCRISOARE MEDICALĂ / BILET DE IEȘIRE DIN SPITAL                        Nr. FO: «mrn»
Pacient: «p_NC»                  CNP: «p_nid»
Data nașterii: «p_dob»        Vârsta: «p_age» ani        Asigurat: CAS «region» / «payer»
Domiciliu: «p_addr»
Telefon: «p_ph»
Perioada internării: «d1_n» – «d2_n»
Medic de familie: Dr. «e_n», «clinic»

Diagnostic la externare: «icd1»; «icd2»
Motivele prezentării: Pacient«p_ro» în vârstă de «p_age» ani, din «p_town», adus«p_ro» de echipajul SMURD la solicitarea familiei («m_rel_home»: «m_n»).
Epicriză: «lab1», «lab2». Evoluție favorabilă sub tratament.
Recomandări: «drug1» 1 cp/zi dimineața; «drug2» 1 cp seara. Control cardiologic la «d4_l» («weekday»), apoi în luna «month».
Certificat de concediu medical seria și nr. «ccm», de la «d1_n» la «d4_n».
Persoană de contact: «m_n», «m_ph», «m_em»; «r_rel_home»: «r_n», «r_ph»
Medic curant: Dr. «d_n», medic primar, cod parafă «d_lic»
Șef secție: Dr. «x_n»
"""

HRRS = {
    "HR": """«hosp» — «dept»
OTPUSNO PISMO                                                   Matični broj: «mrn»
Ime i prezime: «p_n»              Datum rođenja: «p_dob».
OIB: «p_nid»                      MBO: «mbo»
Adresa: «p_addr»
Telefon: «p_ph»
Datum prijema: «d1_n».           Datum otpusta: «d2_n».

Otpusna dijagnoza: «icd1»; «icd2»
Anamneza: «p_age»-godišnj«p_ia» pacijent«p_ica» dovezen«p_a» HMP-om iz mjesta «p_town», «r_rel» «r_n» (mob. «r_ph») navodi naglu zaduhu.
Nalazi: «lab1», «lab2», «lab3».
Preporuke: «drug1» 1x1 ujutro; «drug2» 1x1 navečer. Kontrola kod izabranog liječnika («e_dr» «e_n») za 7 dana,
kontrolni pregled u kardiološkoj ambulanti «d4_l» («weekday»); sljedeći u «month».
Obaviješten«m_a»: «m_rel_home» «m_n», «m_ph», «m_em»
Liječnik: «d_dr» «d_n», šifra liječnika «d_lic»          Predstojnik Klinike: «x_dr» «x_n»
""",
    "RS": """«hosp» — «dept»
OTPUSNA LISTA                                                   Broj istorije bolesti: «mrn»
Prezime i ime: «p_fg»             Datum rođenja: «p_dob».
JMBG: «p_nid»                     LBO: «lbo»
Adresa stanovanja: «p_addr», «region»
Telefon: «p_ph»
Primljen«p_a»: «d1_n».          Otpušten«p_a»: «d2_n».

Dijagnoza: «icd1»; «icd2»
Anamneza: pacijent«p_ica» starosti «p_age» godina, iz mesta «p_town», doveden«p_a» kolima Hitne pomoći; «r_rel» «r_n» (tel. «r_ph»).
Laboratorija: «lab1», «lab2».
Terapija pri otpustu: «drug1» 1x1, «drug2» 2x1. Kontrola kod izabranog lekara («e_dr» «e_n»); kardiološki pregled «d4_l» («weekday»), zatim u «month».
Obavešten«m_a»: «m_rel_home» «m_n», «m_ph»
Lekar: «d_dr» «d_n», licenca br. «d_lic»          Načelnik odeljenja: «x_dr» «x_n»
""",
}

REFERRAL = {
    "HR": """HZZO — UPUTNICA ZA SPECIJALISTIČKO-KONZILIJARNU ZDRAVSTVENU ZAŠTITU (A1)     Broj uputnice: «uput»
Osigurana osoba: «p_n»            MBO: «mbo»            OIB: «p_nid»
Datum rođenja: «p_dob».           Adresa: «p_addr»
Dopunsko zdravstveno osiguranje: police br. «dzo»
Upućuje se u: «hosp», «dept» — specijalistički pregled i mišljenje
Dijagnoza: «icd1»      Razlog upućivanja: «lab1», «lab2»; terapija «drug1», «drug2».
Izabrani liječnik: «d_dr» «d_n», šifra «d_lic», «clinic»
Datum izdavanja: «d1_n».      Termin (e-Naručivanje, br. «ref»): «d4_n». u 9.30 («weekday»)
Kontakt pacijenta: «p_ph», «p_em»; «m_rel_home» «m_n», «m_ph»
Medicinska sestra: «s_n»
""",
    "SI": """NAPOTNICA — ZZZS                                               Številka napotnice: «uput»
Zavarovana oseba: «p_n»           Številka ZZZS: «zzzs»           EMŠO: «p_nid»
Datum rojstva: «p_dob»           Naslov: «p_addr»
Napoten k: «hosp», «dept»
Stopnja nujnosti: hitro          Obseg pooblastila: prvi pregled
Diagnoza: «icd1»; izvidi: «lab1», «lab2»; zdravila: «drug1», «drug2»
Napotni zdravnik: «d_dr» «d_n», št. zdravnika «d_lic», «clinic»
Datum izdaje: «d1_n»            eNaročanje št. «ref»: termin «d4_n» ob 8.40 («weekday»)
Telefon: «p_ph», «p_em»; «m_rel_home» «m_n», «m_ph»
Diplomirana medicinska sestra: «s_n»
""",
}

BG = """«hosp» — «dept»
EPIKRIZA                                                       Istoriya na zabolyavaneto № «mrn»
Patsient: «p_n»                     EGN: «p_nid»
Adres: «p_addr»
Tel.: «p_ph»                        RZOK «region»
Postapil«p_a»: «d1_n» g.            Izpisan«p_a»: «d2_n» g.

Okonchatelna diagnoza: «icd1»; pridruzhavashti: «icd2»
Anamneza: patsient«p_ka» na «p_age» godini ot «p_town», doveden«p_a» ot ekip na TsSMP po povikvane na «m_rel_home» «m_n».
Izsledvaniya: «lab1», «lab2», «lab3».
Preporaki: «drug1» 1 x 1 t. sutrin, «drug2» 2 x 1 t. Kontrolen pregled pri lichniya lekar «e_dr» «e_n» (UIN «e_lic») na «d4_n» g. («weekday»);
kardiologichen kontrol prez «month».
Napravlenie (blanka 3) № «napr» ot «d2_l» g.
Kontakt: «r_rel_home» «r_n», tel. «r_ph»; «m_rel_home» «m_n», «m_ph», «m_em»
Lekuvasht lekar: «d_dr» «d_n», UIN «d_lic»          Nachalnik klinika: «x_dr» «x_n»
"""

GR = """«hosp» — «dept»
ENIMEROTIKO SIMEIOMA EXODOU                                    Ar. Mitroou: «mrn»
Eponymo: «p_F»                 Onoma: «p_g»              Onoma patros: «o_g»
AMKA: «p_nid»                  AFM: «afm»
Imerominia gennisis: «p_dob»  Ilikia: «p_old»
Diefthynsi: «p_addr»
Tilefono: «p_ph»               Periferia: «region»
Eisagogi: «d1_n»               Exodos: «d2_n»

Diagnosi exodou: «icd1»; «icd2»
Istoriko: asthenis «p_old» eton, apo to «p_town», metaferthike me asthenoforo tou EKAV stis «d3_l».
Ergastiriakos elegchos: «lab1», «lab2», «lab3».
Odigies: «drug1» 1x1, «drug2» 1x2. Epanexetasi sto exoteriko iatreio stis «d4_n» («weekday»), kai xana ton «month».
Syngenis: «m_rel_home» «m_n», «m_ph», «m_em»
Therapon iatros: «d_dr» «d_n»          Diefthyntis Klinikis: «x_dr» «x_n»
"""

TR = """T.C. SAĞLIK BAKANLIĞI — «region» «hosp»
«dept»
EPİKRİZ RAPORU                                                  Protokol No: «mrn»     Dosya No: «mrn2»
Hasta Adı Soyadı: «p_NC»              T.C. Kimlik No: «p_nid»
Baba Adı: «o_g»                       Doğum Yeri / Tarihi: «o_town» / «p_dob»
Adres: «p_addr»
Telefon: «p_ph»                       Kurum: «payer»
Yatış Tarihi: «d1_n»                 Çıkış Tarihi: «d2_n»

Tanı: «icd1»; «icd2»
Öykü: «p_age» yaşında hasta, «d3_l» tarihinden beri nefes darlığı tarif ediyor; 112 ile getirildi. Eşi «r_n» (tel. «r_ph») eşlik etti.
Tetkikler: «lab1», «lab2», «lab3».
Tedavi: «drug1» 1x1, «drug2» 2x1.
Öneriler: Kardiyoloji polikliniği kontrolü «d4_n» («weekday»); «month» ayında tekrar ekokardiyografi.
Refakatçi: «m_rel_home» «m_n» («m_ph»), «m_em»
Sorumlu Hekim: «d_dr» «d_n», Dip. Tescil No: «d_lic»           Klinik Şefi: «x_dr» «x_n»
"""

UK_GP = """«clinic»
Tel 01945 588 100 · Fax 01945 588 101

«d1_uk»

Dr «e_w»
«dept», «hosp»

Dear Dr «e_f»,

Re: «p_w»    DOB «p_dob»    NHS No «p_nid»
«p_addr»    Tel «p_ph»

I would be grateful if you could see this «p_age»-year-old «adj_en»-speaking «p_lady» who moved to «p_town» from
«home_town», «country_en», in «year». «p_She» needs a «adj_en» interpreter; «p_her» «m_rel» «m_w» (mob «m_ph»,
«m_em») usually attends and has consented to be contacted.

«p_She» brought a discharge summary from «hosp_home» dated «d3_hn» quoting «p_her» «adj_en» identity number «home_nid».
It records «icd1» and «icd2»; «p_she» still takes «drug_home» bought in «country_en» alongside «drug1» and «drug2».
Recent results: «lab1», «lab2».

«p_Her» «o_rel», «o_w», telephoned from «country_en» on «d2_uk» («o_ph») worried about «p_her» breathlessness.

Yours sincerely,

Dr «d_w»
GP Partner, GMC «d_lic»
cc: patient; «s_w», Practice Nurse
"""

AT_EN = """«hosp» — «dept»
MEDICAL REPORT FOR TRANSFER / REPATRIATION                      Our ref.: «mrn»

To the receiving physician, «hosp_home»

Patient: «p_w» (as in passport: «p_NC»)
Date of birth: «p_dobuk»        Nationality: «adj_en»        Passport No. «passport»
EHIC card no. «ehic»              National ID (EGN / AMKA): «p_nid»
Home address: «p_addr»
Mobile: «p_ph»

Admitted on «d1_uk» via our emergency department after a collision on the A12 motorway; «p_she» was driving «p_her»
own vehicle, registration «plate». Diagnoses: «icd1», «icd2».
Course: conservative treatment, «lab1», «lab2». Stable for ground transfer on «d2_uk».
Medication on transfer: «drug1», «drug2».
Contact persons: «r_rel» «r_w», mobile «r_ph»; «m_rel» «m_w», «m_em»
Home region: «region»

Treating physician: «d_dr» «d_w» («d_em»)          Senior physician: «e_dr» «e_w»
Case manager: «s_w», tel. «s_ph»
"""

LAB = {
    "CZ": """ŽÁDANKA O LABORATORNÍ VYŠETŘENÍ — Oddělení klinické biochemie, «hosp»
Čárový kód vzorku: «barcode»
Příjmení a jméno: «p_FG»                Rodné číslo: «p_nid»
Datum narození: «p_dob»                Pojišťovna: «payer»
Bydliště: «p_addr»
Odesílající lékař: «d_dr» «d_n», «clinic», IČP 12450771, odbornost 001
Diagnóza: «icd1»                       Statim: ano
Datum a čas odběru: «d1_n» 07:45       Odebral«s_a»: «s_n»
Požadovaná vyšetření: KO+diff, CRP, kreatinin, HbA1c, lipidy
Předchozí výsledky ze dne «d3_n»: «lab1», «lab2»
Výsledky zaslat: «d_em»; pacientovi SMS na «p_ph»
Poznámka: pacient«p_ka» užívá «drug1»; další odběr «weekday» v «month»
""",
    "HU": """VIZSGÁLATKÉRŐ LAP — Központi Laboratórium, «hosp»
Minta azonosító: «barcode»
Név: «p_n»                  TAJ: «p_nid»           Szül. dátum: «p_dob»
Anyja neve: «o_n»
Lakcím: «p_addr»
Beküldő orvos: «d_dr» «d_n» (pecsétszám: «d_lic»), «clinic»
Diagnózis (BNO): «icd1»
Mintavétel: «d1_n» 07:45, mintavevő: «s_n»
Kért vizsgálatok: vérkép, CRP, kreatinin, HbA1c
Előző eredmény («d3_n»): «lab1», «lab2»
Értesítés: «p_ph», «p_em»
Gyógyszerek: «drug1». Következő levétel: «weekday», «month» hónapban.
""",
}

RX = {
    "PL": """INFORMACJA O WYSTAWIONYCH RECEPTACH (e-recepta)
Kod dostępu: «kod»                  Klucz pakietu recept: «klucz»
Pacjent: «p_n»                      PESEL: «p_nid»
Adres: «p_addr»
Rp.
  «drug1» — 1 op. (30 tabl.), D.S. 1 x 1 tabl. rano, odpłatność 30%
  «drug2» — 2 op., D.S. 2 x 1 tabl.
Data wystawienia: «d1_n»         Data realizacji „od”: «d2_n»
Wystawca: «d_dr» «d_n», PWZ «d_lic», «clinic», tel. «d_ph»
Recepta wystawiona dla «p_gen» w trakcie teleporady «d1_dm»; kod SMS wysłano na «p_ph», e-mail «p_em».
Opiekun: «m_n» («m_rel_home»), «m_ph». Rozpoznanie: «icd1». Wyniki: «lab1». Dyżur apteki: «weekday».
""",
    "TR": """E-REÇETE BİLGİ FORMU                                         Reçete No: «recete»
Hasta: «p_n»                        T.C. Kimlik No: «p_nid»
Doğum Tarihi: «p_dob»              Cinsiyet: «p_sex»
Telefon: «p_ph»                     Adres: «p_addr»
Reçete Türü: Normal — Ayaktan       Kurum: «payer»
Tanı: «icd1»
  1) «drug1» — 1 kutu, 1x1 (sabah)
  2) «drug2» — 2 kutu, 2x1
Hekim: «d_dr» «d_n», Dip. Tescil No: «d_lic», «clinic», tel. «d_ph»
Tarih: «d1_n»      Kontrol: «d4_n» («weekday»)
Reçeteyi teslim alan: «m_rel_home» «m_n», T.C. «m_nid», «m_ph». Son tahlil: «lab1».
""",
}

AMBULANCE = {
    "HU": """ORSZÁGOS MENTŐSZOLGÁLAT — ESETLAP                           Esetszám: «case»
Riasztás: «d1_n» 03:12     Kiérkezés: 03:29     Egység: MOK 41     Megye: «region»
Helyszín: «p_addr»
Beteg neve: «p_n»             Szül.: «p_dob»            TAJ: «p_nid»
Anyja neve: «o_n»             Életkor: «p_old» év
Bejelentő: «wife_ne» (feleség), tel. «r_ph»; «m_rel» «m_n», «m_ph»
Panasz: «p_old» éves férfibeteg éjjel elesett, bal csípőtáji fájdalom, rövidült, kifelé rotált végtag.
Vitális paraméterek: RR 100/60, P 104/perc, SpO2 93%.
Ellátás: «drug1» iv., vákuummatrac, O2 6 l/perc. Előzmények: «icd2», gyógyszerei: «drug2».
Munkadiagnózis: «icd1»
Szállítva: «hosp», «dept» — átadva 04:05-kor, átvevő orvos: «e_dr» «e_n»
Mentőtiszt: «d_n» (nyilvántartási szám: «d_lic»); gépkocsivezető: «s_n»
Háziorvos («x_dr» «x_n», «clinic») értesítve «d2_dm».
""",
    "RO": """SERVICIUL DE AMBULANȚĂ JUDEȚEAN «region» — FIȘĂ MEDICALĂ DE INTERVENȚIE      Nr. «case»
Data: «d1_n»      Ora apel: 21:40      Sosire la caz: 21:58
Locul intervenției: DJ 207, km 14, lângă «p_town»
Pacient: «p_NC»                 CNP: «p_nid»            Vârsta: «p_age» ani
Domiciliu: «p_addr»
Aparținător: «r_n» («r_rel»), tel. «r_ph»
Accident rutier: pacient«p_ro» conducător auto, autoturism «plate», impact frontal.
Evaluare: GCS 14, TA 100/60, AV 112/min. Tratament: «drug1», imobilizare.
Predat la UPU «hosp», ora 22:35, medic primitor: Dr. «e_n» (parafă «e_lic»).
Echipaj: medic Dr. «d_n» (parafă «d_lic»), asistent «s_n», ambulanțier «x_n»
Antecedente: «icd1», tratament cronic «drug2»; control programat «weekday». Familia anunțată: «m_rel_home» «m_n», «m_ph».
""",
}

GP = {
    "SK": """«clinic» — «d_dr» «d_n», kód lekára «d_lic»
ZÁZNAM Z VYŠETRENIA — «d1_n» («weekday»)
Pacient«p_ka»: «p_n», nar. «p_dob», RČ «p_nid», poisťovňa «payer»
Adresa: «p_addr», tel. «p_ph»
S: 3 dni kašeľ, teploty do 38,6 °C, dýchavica pri chôdzi. Fajčiar«p_ka» od «year».
O: TK 150/90, P 96/min, SpO2 93 %, chrôpky vpravo bazálne. «lab1».
A: «icd1» — komunitná pneumónia; «icd2»
P: «drug1» 1-0-1 7 dní, «drug2». PN od «d1_n», ePN č. «epn». Kontrola «d4_n», RTG hrudníka — «hosp».
Výmenný lístok: «dept», «hosp», kontrola v «month».
Poznámka: «r_rel» «r_n» («r_ph») žiada kópiu správy na «r_em». Sestra: «s_n».
""",
    "SI": """«clinic» — «d_dr» «d_n» (št. zdravnika «d_lic»)
HIŠNI OBISK — «d1_n» («weekday»)
Pacient«p_ka»: «p_n», roj. «p_dob», «p_old» let, EMŠO «p_nid», ZZZS «zzzs»
Naslov: «p_addr»
Poklical«m_a» «m_rel» «m_n» («m_ph»): ponoči padec, «p_g» ne more vstati.
S: «p_old» let, doslej samostojno živel«p_a» z «r_rel_ins» («r_g»).
O: RR 105/60, pulz 98/min, SpO2 94 %, hematom na levem kolku. «lab1».
Ocena: «icd1»; «icd2»
Načrt: «drug1», «drug2»; napotnica za «hosp», «dept»; patronažna sestra «s_n» pride «d2_n».
Kontrola «d4_n» ali v «month». Zadnji izvid: «lab2».
Kontakt: «r_n», tel. «r_ph»; e-pošta svojcev «m_em»
""",
}

SMS = {
    "TR": """{"id":"«smsid»","to":"«p_ph»","name":"«p_n»","text":"Sayın «p_n», «d_dr» «d_n» ile «dept» randevunuz «d4_l» («weekday») saat 10:40'tadır. «region» «hosp»","status":"DELIVERED","sent_at":"«ts1»"}
{"id":"«smsid2»","to":"«r_ph»","name":"«r_n»","text":"Sayın «r_n», yakınınız «p_ini» için tahlil sonucu («lab1») e-Nabız'a yüklendi. Protokol: «mrn»","status":"DELIVERED","sent_at":"«ts2»"}
{"id":"«smsid3»","to":"«m_ph»","name":"«m_n»","text":"Sayın «m_n», «e_dr» «e_n» «d2_dm» tarihli kontrol randevunuzu onaylamıştır. İptal: «m_em»","status":"FAILED","error":"ERR_ABSENT_SUBSCRIBER","sent_at":"«ts3»"}
""",
    "BG": """{"id":"«smsid»","to":"«p_ph»","name":"«p_n»","text":"Uvazhaema/i «p_n», napomnyame Vi chasa pri «d_dr» «d_n» («dept») na «d4_n» g. v 10:40 ch. («weekday»). «hosp», RZOK «region»","status":"DELIVERED","sent_at":"«ts1»"}
{"id":"«smsid2»","to":"«r_ph»","name":"«r_n»","text":"Rezultatite na «p_ini» («lab1») sa gotovi. IZ № «mrn»","status":"DELIVERED","sent_at":"«ts2»"}
{"id":"«smsid3»","to":"«m_ph»","name":"«m_n»","text":"«e_dr» «e_n» potvardi kontrolniya pregled na «d2_dm». Vaprosi: «m_em»","status":"FAILED","error":"ERR_ABSENT_SUBSCRIBER","sent_at":"«ts3»"}
""",
}

EHIC = """From: «m_w» <«m_em»>
To: Overseas Visitors Office <overseas.visitors@trust.example>
Subject: RE: Invoice «inv» — «p_w» («mrn»)
Date: «weekday», «d4_uk» 09:14

Dear «s_w»,

Thank you for your letter. Please find attached a copy of my mother's European Health Insurance Card (card
no. «ehic», issued by «payer_home» in «country_en», valid until «d5_hn»). She was visiting us at «m_addr»
when she fell on «d1_uk» and was admitted to «hosp» («dept»).
Her «idlabel» is «p_nid» and her date of birth «p_dobuk»; her home address is «p_addr».
Our account with you is «acct». Could you cancel the invoice and bill the EHIC instead? My «o_rel» «o_w»
(tel. «o_ph») still has her original card in «country_en» if you need it; her medication there is «drug_home».

Kind regards,
«m_w»
Mob «m_ph»

> On «d2_uk», «s_w» <«s_em»> wrote:
> Dear «m_ms» «m_f»,
> We have issued invoice «inv» for £4,212.00 for the treatment of «p_w» (Hospital No. «mrn», «icd1»).
> Unless a valid EHIC or S2 is provided within 28 days, please pay at «url».
> Overseas Visitors Manager, «hosp» · «lab1» · «drug1»
"""

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("cee65_pl_karta_informacyjna_wypis", ["PL", "PL"], "text", PL_WYPIS),
    ("cee65_sick_leave_ezla_eneschopenka", ["PL", "CZ"], "text", SICK),
    ("cee65_cz_sk_propoustecni_zprava", ["CZ", "SK"], "text", CZSK),
    ("cee65_hu_zarojelentes", ["HU", "HU"], "text", HU_ZARO),
    ("cee65_ro_scrisoare_medicala_externare", ["RO", "RO"], "text", RO),
    ("cee65_hr_rs_otpusno_pismo", ["HR", "RS"], "text", HRRS),
    ("cee65_hr_si_uputnica_napotnica", ["HR", "SI"], "text", REFERRAL),
    ("cee65_bg_epikriza_translit", ["BG", "BG"], "text", BG),
    ("cee65_gr_enimerotiko_exodou_translit", ["GR", "GR"], "text", GR),
    ("cee65_tr_epikriz_raporu", ["TR", "TR"], "text", TR),
    ("cee65_uk_gp_referral_letter", ["PL", "RO"], "text", UK_GP),
    ("cee65_en_transfer_letter_abroad", ["BG", "GR"], "text", AT_EN),
    ("cee65_lab_request_form", ["CZ", "HU"], "text", LAB),
    ("cee65_eprescription", ["PL", "TR"], "text", RX),
    ("cee65_ambulance_report", ["HU", "RO"], "text", AMBULANCE),
    ("cee65_gp_visit_notes", ["SK", "SI"], "text", GP),
    ("cee65_sms_reminder_outbox", ["TR", "BG"], "ndjson", SMS),
    ("cee65_ehic_reimbursement_email", ["GR", "SK"], "text", EHIC),
]


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc] if isinstance(template, dict) else template
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe65:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind)
        content, phi, keep, spans = render(text, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, loc, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    raise RuntimeError(f"{kind}-{index}: no unambiguous draw in 300 attempts: {problems(doc)}")  # type: ignore[arg-type]


def make_corpus(seed: int = 1) -> list[Doc]:
    return [make_doc(seed, i, *t) for t in TEMPLATES for i in range(2)]
