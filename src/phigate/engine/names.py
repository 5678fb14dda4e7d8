"""Person names (and place names) in free text: dictionaries plus context, no per-token regex work.

One regex pass collects capitalised tokens; consecutive ones form runs. A run is a name when
- a cue precedes it: a title (Mr., Dr., Frau, Sr.), a label (Patient:, Name:, signed by, Dear) or a
  relation (his wife, her son) -- then unknown tokens count too, so names in no list are caught;
- or it holds a known first/last name (multi-locale lists) that is not an ordinary word, or that is
  capitalised mid-sentence; unknown capitalised tokens next to such a name join it.
Runs holding an organisation word (Hospital, Clinic, Inc) or a heading/drug/calendar word are not
names. Tokens of confident names, and name parts of e-mail local parts, are learned per document and
masked wherever else they occur ("Mr. Okafor ... Okafor reports").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit

# \u0300-\u036f: combining marks are no word characters to `re`, yet Yoruba and Vietnamese tone marks
# that have no precomposed letter ("Mọ́rẹ́nikẹ́") stay combining after NFC: they must not end a name
TOKEN_RE = re.compile(
    r"(?<![\w\-\u0300-\u036f])(?<!\w['’])[A-ZÀ-ÖØ-Þ\u0100-\u024F\u1E00-\u1EFF][\w'’\u0300-\u036f]*"
    r"(?:-[\w'’\u0300-\u036f]+)*"
)
PARTICLES = frozenset(
    ["van", "von", "der", "den", "de", "la", "le", "del", "della", "di", "da", "dos", "das", "du", "bin", "binti", "ibn", "al", "el", "ter", "ten", "y", "e", "zu", "af", "av", "ben", "bint", "abu", "ap", "mac", "st", "bani", "ould", "umm", "ag"]  # noqa: E501
)
TITLES = frozenset(
    ["mr", "mrs", "ms", "miss", "mx", "dr", "doctor", "prof", "professor", "eng", "engr", "herr", "frau", "sr", "sra", "srta", "mme", "mlle", "m", "sig", "sigra", "signora", "signor", "pan", "pani", "ong", "ba", "shri", "smt", "sri", "alhaji", "alhaja", "mallam", "sheikh", "rev", "fr", "sister", "nurse", "dott", "dottssa", "dra", "don", "dona", "enf", "enfa", "obst", "bact", "licda", "psic", "nutr", "odont", "mip", "hr", "judge", "officer", "captain", "capt", "sgt",  # noqa: E501
     "khun", "ato", "woizero", "weyzero", "wro", "bwana", "gospodin", "gospozha", "gospodyn", "kyria",
     # Central European academic and medical titles ("lek. <name>", "MUDr. <name>", "Mgr. <name>")
     "lek", "mudr", "mvdr", "mddr", "phdr", "judr", "rndr", "mgr", "doc", "inz", "ing",
     # police ranks before a name ("Cst. <name>", "Ofc. <name>", "Trooper <name>")
     "cst", "const", "constable", "ofc", "cpl", "trooper", "det", "detective", "sergeant", "insp",
     "inspector",
     # military ranks by their abbreviations ("SFC <name>", "CPT <name>", "LCpl <name>")
     "sfc", "ssg", "spc", "pfc", "cpt", "capt", "maj", "ltc", "lcpl", "sgm", "csm", "rsm", "ssgt", "msgt",
     "tsgt", "lcdr", "cpo", "bdr", "gnr", "tpr", "rfn", "gdsm", "lbdr",
     # relatives named by their role in other languages ("Babcia <name>", "Vanaema <name>", "Oma <name>")
     "babcia", "dziadek", "babicka", "dedecek", "vanaema", "vanaisa", "oma", "opa", "nonna", "nonno",
     "abuela", "abuelo", "avo", "vovo", "mummo", "isoaiti", "nagymama", "nagypapa", "amma", "afi",
     "kyrios", "kirios", "kiria", "adon", "giveret", "mevrouw", "meneer", "dhr", "mevr", "heer", "mw", "mej",
     "sayin",
     # Nordic and Baltic forms of address: "fru", "frøken", Finnish "rouva", "herra", Estonian "proua",
     # "härra", Latvian "kungs", "kundze", Lithuanian "ponas", "ponia"
     "fru", "froken", "rouva", "herra", "proua", "harra", "kungs", "kundze", "ponas", "ponia",
     "bay", "bayan", "encik", "puan", "tuan", "bapak", "ibu", "pak", "bu", "mnumzana", "nkosazana", "baba",
     "mama",
     # Indonesian Tn./Ny./Nn./Sdr./Bpk., Quebec "Pte"/"Pt" (patiente), Polish "Pacjent(ka)" forms
     "tn", "ny", "nn", "sdr", "sdri", "bpk", "pte",
     # East, West and Southern African titles and forms of address: Swahili "Dkt." (daktari), "Mzee", Hausa
     # "Hajiya", Shona "Chiremba" (doctor), "Ambuya", "Sekuru", Yoruba "Dókítà"
     "dkt", "daktari", "mzee", "hajiya", "chiremba", "ambuya", "sekuru", "dokita"]
)
LABELS = frozenset(
    ["patient", "pt", "name", "patient's", "patients", "client", "resident", "member", "subscriber", "insured", "policyholder", "guarantor", "contact", "kin", "nok", "guardian", "spouse", "mother", "father", "parent", "caregiver", "attending", "physician", "provider", "pcp", "referring", "surgeon", "author", "by", "dear", "cc", "attn", "witness", "interpreter", "son", "daughter", "wife", "husband", "brother", "sister", "partner", "friend", "neighbor", "neighbour", "grandson", "granddaughter", "grandmother", "grandfather", "niece", "nephew", "aunt", "uncle", "cousin", "fiance", "fiancee", "boyfriend", "girlfriend", "stepson", "stepdaughter", "named", "called", "nombre", "nom", "prenom", "nome", "cognome", "imie", "nazwisko", "vorname", "nachname", "ten", "hoten", "paciente", "patiente", "paziente", "pacjent", "patientin", "vater", "mutter", "sohn", "tochter", "ehefrau", "ehemann", "esposa", "esposo", "hijo", "hija", "madre", "padre", "epouse", "mari", "fils", "fille", "moglie", "marito", "figlio", "figlia", "zona", "maz", "syn", "corka",  # noqa: E501
     # who ordered, dispensed or gave it ("Ordering: <name>", "Prescriber: A. <surname>", "given RN T.
     # <surname>")
     "ordering", "prescriber", "pharmacist", "dispenser", "rn", "lpn", "np",
     # a register's name fields ("Forename(s): <given>", "Child: <name>")
     "forename", "forenames", "surname", "child",
     # who comes along or manages the case ("Accompanying person: <name>", "Case manager: <name>")
     "accompanying", "manager", "escort", "companion", "chaperone", "person",
     # roles a ticket, roster or log names a person by ("Assignee: <name>", "Scribe: <name>", "Owner <name>")
     "reviewer", "approver", "assignee", "assigned", "tech", "technician", "scribe", "clinician", "signed",
     "therapist", "physio", "aide", "driver", "volunteer", "requester", "requestor", "owner", "navigator",
     "worker", "chw", "student", "pupil", "learner", "teacher", "mentor", "supervisor", "clerk", "registrar",
     "receptionist", "dietitian", "counsellor", "counselor", "assistant", "investigator", "investigador",
     "investigadora", "behandelaar",
     # a form's witness and a paper's or a meeting's speakers ("Témoin : <name>", "Presenters: <name>")
     "temoin", "testigo", "testemunha", "testimone", "zeuge", "zeugin", "presenter", "presenters", "authors",
     "autores", "autori", "auteurs", "autoren", "speaker", "speakers", "moderator", "chair",
     # staff and callers in Italian, Romanian, Croatian, Catalan, Galician and Spanish records
     # ("Entrega: <name> / Recibe: <name>", "alertant: <name>", "titular: <name>")
     "infermiere", "infermiera", "asistent", "asistenta", "farmacist", "farmacista", "sestra", "tehnicar",
     "alertant", "titular", "recollit", "entrega", "recibe", "pacientul", "pacienta",
     # who receives, screens, translates or audits, and a village health worker, in the languages of the
     # records that name them so ("Traductora: <name>", "Bidan koordinator: <name>"; not "Operadora:", a
     # Brazilian health plan)
     "consignee", "screener", "traductor", "traductora", "tradutor", "tradutora",
     "auditor", "auditora", "responsable", "kader", "bidan", "pendamping", "asiakas", "enfermeiro",
     "enfermeira", "coordinador", "coordinadora",
     # a French ward's nurse ("IDE : <name>"); a first or last name the register lacks ("FNU <name>")
     "ide", "fnu", "lnu", "nfn",
     # who stands by, supports or houses the patient ("Bystander <name>", "Treatment supporter: <name>")
     "bystander", "supporter", "buddy", "householder", "tenant", "landlord", "pastor", "headman", "caretaker",
     # relatives, neighbours and carers in other languages, folded ("a filha <name>", "Su nieto <name>")
     "filha", "filho", "nora", "genro", "neta", "neto", "irma", "irmao", "vizinha", "vizinho", "marido",
     "cuidadora", "cuidador", "nieto", "nieta", "sobrino", "sobrina", "hermano", "hermana", "vecina",
     "vecino",
     "cunada", "cunado", "suegra", "suegro", "nuera", "yerno", "senyora", "senyor", "filla", "germana",
     "germa", "nipote", "nuora", "sorella", "fratello", "badante", "cognata",
     # Galician, Croatian / Serbian / Bosnian, Slovenian, Albanian and Romanian kin ("fillo <given> chega",
     # "kći <given> dolazi", "djali <given>")
     "fillo", "irman", "kci", "kcerka", "supruga", "suprug", "majka", "otac", "unuk", "snaha",
     "hci", "mati", "oce", "vnukinja", "vnuk", "bija", "djali", "vajza", "motra", "bashkeshorti",
     "bashkeshortja", "fiica", "fiul", "sotia", "sotul", "nepoata", "nepotul",
     "cognato", "suocera", "suocero", "soeur", "frere", "neveu", "voisine", "voisin", "gendre", "enkel",
     "enkelin", "nichte", "neffe", "bruder", "nachbarin", "nachbar", "schwiegertochter", "schwiegersohn",
     "dochter", "zoon", "kleindochter", "kleinzoon", "zus", "broer", "buurvrouw", "buurman", "schoondochter",
     "datter", "sonn", "soster", "syster", "bror", "barnebarn", "barnbarn", "nabo", "granne", "svigerdatter",
     "ergoterapeut", "fysioterapeut", "sykepleier", "collega", "kollega", "collegue", "dokter", "dona",
     # other languages' patient / name labels (romanised where the script is not Latin)
     "patsient", "patsientka", "pacient", "pacientka", "beteg", "hasta", "potilas", "pasient", "pasienten",
     "patienten", "pesakit", "pasien", "bemor", "igama", "isiguli", "shem", "sim", "nama", "nimi", "navn",
     "namn", "jmeno", "prijmeni", "nev", "nume", "prenume", "ad", "adi", "soyad", "soyadi", "imya",
     "familiya", "imia", "prizvyshche", "otchestvo", "naam", "achternaam", "voornaam", "etternavn",
     "fornavn", "efternamn", "fornamn", "sukunimi", "etunimi", "apellidos", "apellido",
     "vardnadshavare", "litso", "teteri", "isihlobo", "waris", "kesher", "patsiient",
     "patsiientka", "rodstvennik", "omainen", "anhorig", "pribuzny", "hozzatartozo", "apartinator",
     "yakini", "akraba", "yakin", "user", "claimant", "applicant", "beneficiary",
     "escort", "caller", "chaperone", "accompanied", "companion", "sibling", "decedent", "informant",
     "deceased",
     # transliterated Greek name fields ("Eponymo:", "Onoma patros:")
     "eponymo", "onoma", "patros", "mitros",
     # Icelandic, Lithuanian, Latvian, Croatian, Slovene, Albanian, Maltese, Malagasy patient/name labels
     "sjuklingur", "nafn", "adstandandi", "aðstandandi", "pacientas", "vardas", "pavarde", "artimasis",
     "pacients", "vards", "uzvards", "pacijent", "pacijentica", "ime", "prezime", "priimek", "pacienti",
     "emri", "mbiemri", "pazjent", "isem", "kunjom", "marary", "anarana", "fanampiny", "qarib", "qariba",
     "roommate", "housemate", "carer", "caretaker", "donor", "recipient",
     # Uzbek, Azerbaijani and Kazakh (Latin) staff, registrars and guardians ("Shifokor: <Family> F.B.")
     "shifokor", "hamshira", "hakim", "hekim", "mudiri", "qeydiyyatci", "meiirbike", "okili", "dariger",
     # a huddle's roster: the charge nurse, the social worker, the pharmacist ("Charge: <name> · SW: <name>")
     "charge", "sw", "pharm",
     # responsible persons and contacts: Indonesian "PJ", Polish "osoba upoważniona", Quebec "répondant(e)",
     # romanised Japanese "kanja" (patient) and "renrakusaki" (contact)
     "pj", "upowazniona", "upoważniona", "repondant", "répondant", "repondante", "répondante", "kanja",
     "renrakusaki", "pacjentka", "decisionmaker", "surrogate",
     # relatives, guardians and contact persons in other languages (folded)
     "contactpersoon", "familielid", "naaste", "vertegenwoordiger", "mantelzorger", "opiekun", "opiekunka",
     "krewny", "krewna", "angehorige", "angehoriger", "betreuer", "betreuerin", "vormund", "tutor",
     "tutora", "responsavel", "acompanhante", "pariente", "contato", "contacto", "referente",
     "parente", "genitore", "curatore", "vasi", "veli", "refakatci", "esi", "kizi", "oglu", "annesi",
     "babasi", "yakinlari", "proche", "tuteur", "tutrice", "verwandter", "melder", "melderin",
     "begleitperson", "begleiter", "begleiterin", "ansprechpartner", "ansprechpartnerin", "representant",
     "représentant",
     "representante", "rappresentante", "aanvrager", "aanvraagster", "teamleider", "adjuster", "collector",
     "examiner", "paralegal", "cardholder", "policyholder", "payee", "pilot", "emt", "paramedic",
     "phlebotomist", "pgy1", "pgy2", "pgy3", "pgy4", "houseman", "intern",
     "verwandte", "pariente", "ouder", "voogd", "echtgenoot", "echtgenote", "dochter", "zoon",
     # kin named before a name in Tagalog, Hindi and Moroccan Arabic as chats romanise them ("Tita <name>
     # pakidala", "Pati <given> <family>", "khti <name>" my sister)
     "tita", "tito", "kuya", "pati", "patni", "bachcha", "beti", "bhabhi", "khti", "khoya", "khouya",
     # the names a person goes by, and who decides for them
     "aka", "preferred", "prefers", "nickname", "alias", "hcpoa", "poa", "dpoa", "dependent", "dependant",
     "dependents", "dependants", "children", "kids", "household", "householders",
     # a pedigree's index person: "Proband: <name>", Basque "Probandoa", Spanish/Italian "Probando"
     "proband", "probandoa", "probando", "propositus", "proposita", "consultand",
     # more kin, the newborn, and the roles a family-dense record names people by
     "grandma", "grandpa", "granny", "nana", "nan", "mum", "mom", "dad", "mam", "baby", "infant",
     "aunty", "auntie", "gran", "koro", "kuia", "nani", "dadi", "employee", "passenger", "victim",
     "candidate", "participant", "carers", "nurses", "visitors", "aides", "allocated", "tia", "tio",
     "comadre", "compadre", "madrina", "padrino", "suegra", "suegro", "cunada", "cunado", "sobrina",
     "sobrino",
     "newborn", "grandchild", "grandchildren", "grandkids", "grandparents", "stepfather", "stepmother",
     "stepbrother", "stepsister", "godmother", "godfather", "foster", "sibling", "siblings", "brothers",
     "sisters", "daughters", "sons", "law", "reporter", "evaluator", "certifier", "facilitator",
     "coordinator", "chaplain", "doula", "midwife", "gp", "neonatologist", "paediatrician", "pediatrician",
     "investigator", "liaison", "interviewer", "tracer", "technologist", "notifier", "keyworker", "probation",
     "adviser", "advisor",
     "obstetrician", "caseworker", "advocate", "notifier", "registrant", "decedent's", "marriage",
     "respondent", "petitioner", "plaintiff", "defendant", "parents", "litem", "team", "interviews",
     "interviewed",
     "usager", "usagere", "usagère", "patientin", "enrolee", "enrollee", "individual",
     # kin in Indonesian, Malay and Filipino ("suami <name>", "apo niya si <name>")
     "suami", "istri", "isteri", "adik", "kakak", "cucu", "menantu", "mertua", "asawa", "apo", "kapatid",
     "pamangkin", "manugang", "biyenan",
     # name, clan name and patient labels, and the health worker, in African languages: Swahili "jina",
     # "mgonjwa", "mhudumu", Zulu and Xhosa "isiduko", "isithakazelo", Hausa "suna", "sunana", Yoruba "orúkọ",
     # Somali "magaca", "bukaanka", "kalkaaliso", Kinyarwanda "izina", "umurwayi", Chichewa "dzina",
     # "wodwala", Shona "murwere", Luganda "erinnya", "omulwadde"
     "jina", "mgonjwa", "mhudumu", "isiduko", "isithakazelo", "suna", "sunana", "oruko", "magaca",
     "bukaanka", "kalkaaliso", "izina", "umurwayi", "dzina", "wodwala", "murwere", "erinnya",
     "omulwadde",
     # French emergency and trusted contacts: "Personne à prévenir :", "Personne de confiance :"
     "prevenir", "avertir", "confiance"]
)
WEAK = frozenset(["with", "and", "per", "to", "for", "from", "dear", "hi", "hello", "thanks", "thank", "regards", "sincerely"])  # noqa: E501
ORG_WORDS = frozenset(
    ["hospital", "hospitals", "clinic", "clinics", "klinik", "klinikum", "krankenhaus", "ziekenhuis",
     "surgery", "hopital", "infirmary", "hospice", "dispensary", "sanatorium", "ospedale", "policlinico",
     "poliklinik", "polikliniek", "spital", "szpital", "hospitalario", "servicio", "servizio",
     "servico", "medicina", "cardiologie", "cardiologia", "kliniek", "praxis", "ambulatorio", "center",
     "centre", "health", "healthcare", "pharmacy", "laboratories", "labs", "laboratory", "institute",
     "university", "college", "school", "foundation", "group", "associates", "partners", "practice",
     "inc", "llc", "ltd", "corp", "corporation", "company", "plc", "gmbh", "ag", "srl", "spa", "trust",
     "system", "systems", "network", "services", "department", "medical", "memorial", "general",
     "regional", "community", "county", "insurance", "mutual", "bank", "church", "hotel", "airport",
     "station",
     # courts and law firms: "Court of Common Pleas", "<name>, <name> & <name>, LLP", "<name> Solicitors"
     "court", "tribunal", "solicitors", "lawyers", "attorneys", "llp", "chambers",
     # hospitals and clinics in other languages (folded), and acronyms that name them
     "klinigi", "poliklinigi", "hastane", "servisi", "pododdzial", "oddzialu", "oddzial",
     "nemocnice", "nemocnica", "sairaala", "sairaalan", "sykehus", "sjukhus", "sygehus", "korhaz", "spitalul",
     "bolnica", "bolnitsa", "hastanesi", "hastane", "klinika", "poliklinika", "ambulatorium", "gasthuis",
     "ospedaliera", "azienda", "rsud", "rsup", "rsia", "puskesmas", "aiims", "vien", "hopitaux",
     "chu", "chru", "uniklinik", "universitatsklinikum", "medizin", "airlines", "airways", "air",
     # clinics, departments and emergency services in other languages (folded)
     "clinique", "policlinique", "clinica", "poradnia", "przychodnia", "oddzial", "pogotowie", "ambulatoire",
     "urgences", "urgencias", "urgenze", "notaufnahme", "ensiapu", "akutmottagning", "spoedeisende",
     "afdeling", "osasto", "avdelning", "avdeling", "abteilung", "reparto", "dipartimento",
     "departamento", "departement", "unidad", "sashen", "kitengo", "idara",
     "yiyuan", "notfallstation", "notfall", "hotel-dieu", "hastanesi",
     # departments and specialties in Dutch, Nordic and Central European letterheads
     "dienst", "geneeskunde", "heelkunde", "verpleegafdeling", "avdelningen", "klinikken", "oddeleni",
     "oddelenie", "odjel", "odjela", "osztaly", "sektion", "sanatorio", "fundacion", "universitetshospital",
     # health centres, practices, pharmacies, hospitals and care services of the Nordic, Baltic and Benelux
     # countries, with the definite endings their letterheads write (folded)
     "vardcentral", "vardcentralen", "halsocentral", "halsocentralen", "legekontor", "legesenter", "laegehus",
     "laegerne", "laegecenter", "apotek", "apoteket", "apotheek", "apteek", "aptieka", "heilsugaesla",
     "heilsugaeslan", "heilsugaeslustod", "terveyskeskus", "terveysasema", "keskussairaala",
     "hyvinvointialue",
     "tervisekeskus", "haigla", "perearstikeskus", "slimnica", "poliklinika", "veselibas", "regionshospital",
     "regionshospitalet", "sygehuset", "sjukhuset", "sykehuset", "aldreomsorgen", "aldreomsorg",
     "hjemmetjenesten", "hjemmepleje", "kommune", "kommun", "kommunen", "fylkeskommune", "region", "regionen",
     "huisartsenpraktijk", "gezondheidscentrum", "zorgkas", "ziekenfonds", "buurtzorg", "ggd", "thuiszorg",
     "medicale", "maison", "doheem", "registret", "registeret", "register", "registeriet",
     # Southern Europe's health authorities and units, Central Europe's health and care insurers
     "cpam", "asl", "ausl", "asst", "uls", "usf", "uoc", "sptar", "pflegekasse", "krankenkasse",
     "versicherungsanstalt", "sozialversicherung", "mutualite", "mutualiteit", "ziekenfonds",
     # "health" in Indonesian and Malay, as agencies and clinics are named
     "kesehatan", "kesihatan",
     # hospitals, health centres and dispensaries in African languages (Hausa "asibiti", "cibiyar"; Yoruba
     # "ile iwosan"; Swahili "kituo", "zahanati"; Zulu "isibhedlele"; Kinyarwanda "ibitaro"; Lingala
     # "lopitalo"; Sotho "lefapha"), Irish "ionad" (centre), schools ("scoil", "colaiste", "kura", "ecole")
     "asibiti", "asibitin", "cibiyar", "iwosan", "kituo", "zahanati", "isibhedlele", "ibitaro", "lopitalo",
     "lefapha", "ionad", "scoil", "colaiste", "kura", "ecole", "escuela", "liceo", "landesklinikum",
     "legekontor", "legesenteret", "heilbrigdisstofnun", "complejo", "afya", "kanisa",
     # public services, charities, shelters and sports bodies a patient's record names: "<city> City
     # Council", "<region> Police", "<city> Ambulance Service", "<name> Society", "<name> FC", "<name>
     # Academy", "<name> Stadium"; community health centres abroad ("PHC", "CHC", Brazil's "UBS", the
     # French "dispensaire", "centre de santé")
     "council", "police", "constabulary", "ambulance", "shelter", "hostel", "refuge", "society", "army",
     "club", "fc", "afc", "rfc", "academy", "league", "federation", "association", "stadium", "stadion",
     "arena", "foodbank", "authority", "agency", "ministry", "commission", "chc", "phc", "ubs",
     "dispensaire", "sante"]
)
# the trades and specialties a practice is named after, last in its name: "Larchmont Pediatrics", "<family> &
# <family> Opticians", "Bramble Day Nursery", "<town> Eating Disorders Service"
PRACTICE_HEADS = frozenset(
    ["pediatrics", "paediatrics", "orthopedics", "orthopaedics", "neurology", "cardiology", "oncology",
     "dermatology", "audiology", "urology", "radiology", "ophthalmology", "rheumatology", "gastroenterology",
     "opticians", "optometrists", "optometry", "dentistry", "dental", "physiotherapy", "chiropractic",
     "podiatry", "medicine", "nursery", "childcare", "kindergarten", "pllc", "council",
     "imaging", "diagnostics", "pathology", "counselling", "counseling"]
)
# a hospital ward named after something, where a patient is moved to or lies in
_WARD_WORDS = frozenset(["ward", "wing", "unit"])
_WARD_NEXT = re.compile(r"[ \t]+(?:Ward|Wing|Unit)\b")
_TO_PLACE = re.compile(
    r"\b(?i:(?:admitted|moved|transferred|returned|back|sent|discharged)[ \t]+to|in|on|onto|into)[ \t]+"
    r"((?:[A-Z][\w'’\-]*[ \t]+){0,2})$"
)
# heads that name an organisation only last in its name: "Ashcombe Valley Health", "Tallow Creek Aged
# Care" ("<name> Health Plan ID", "<name> Care Plan" are a person's)
_LAST_HEADS = frozenset(["health", "care", "service", "legal"])
# the building a hostel, a shelter or a care home is named as, last in its name: "<name> House", "<name>
# Lodge"
_HOUSE_HEADS = frozenset(["house", "lodge"])
# what may follow such a head: the end of the phrase or a function word ("<name> Legal guardian" goes on)
_AFTER_ORG = re.compile(
    r"[ \t]*(?:[.,;()|\n]|[-–—][ \t]|$"
    r"|(?:on|in|at|for|to|and|or|since|with|by|from|under|via|as|is|are|was|were|has|have"
    r"|had|will|who|which|where|begins|began|today|yesterday|tomorrow|tonight|now|last|next|this|the|a|an|staff|team)\b)"
)
CITY_PREFIX = frozenset(["north", "south", "east", "west", "new", "lake", "port", "mount", "mt", "fort", "ft", "san",  # noqa: E501
                         "santa", "saint", "st"])
PLACE_PREFIX = frozenset(["saint", "st", "ste", "san", "santa", "mount", "mt", "fort", "ft", "port", "lake", "north", "south", "east", "west", "new"])  # noqa: E501
EPONYM_NEXT = frozenset(
    ["disease", "syndrome", "palsy", "sign", "test", "score", "scale", "maneuver", "criteria",
     "classification", "fracture", "procedure", "esophagus", "sarcoma", "lymphoma", "reflex", "phenomenon",
     "law", "rule", "equation", "operation", "tube", "catheter",
     # statistics and algorithms named after people ("the Wilson interval", "a Kalman filter")
     "interval", "algorithm", "distance", "filter", "transform", "coefficient", "estimator", "correction",
     "formula", "theorem", "curve", "encoding", "similarity"]
)
# the disease word before the name, as Romance, Slavic and other languages write it: "sindrome di Sjögren",
# "maladie de Ménière", "choroba Hashimoto", "Morbus Crohn", "enfermedad de Parkinson"
_DISEASE_BEFORE = re.compile(
    r"(?i)(?:sindrome|síndrome|syndrome|syndrom|syndromu|morbo|morbus|malattia|maladie|enfermedad|doença|doenca"
    r"|choroba|chorobą|zespół|zespol|nemoc|sykdom|sjukdom|krankheit|hastalığı|hastaligi|penyakit|bệnh|benh"
    r"|ziekte|tiroidite|tiroiditis|thyroïdite|thyroidite)[ \t]+"
    r"(?:(?:de|di|del|della|da|do|von|des|du|d'|van)[ \t]*)?$"
)
# a disease or procedure word after a name makes it an eponym: "Hashimoto thyroiditis", "Wilms tumour"
_DISEASE_HEAD = re.compile(
    r"[a-z]{3,}(?:itis|osis|oma|omas|pathy|emia|aemia|plasty|ectomy|otomy|ostomy|scopy|algia|trophy|plegia"
    r"|paresis|iasis)$|(?:tumou?r|cyst|ulcer|anomaly|aneurysm|hernia|nodule|fever|forceps|splint|stockings?"
    r"|staging|triad|paralysis|anemia|anaemia|ataxia|dystrophy|chorea|dementia|encephalopathy|neuropathy"
    r"|neuralgia|incision|manoeuvre|maneuvre)$"
).match
# drug stems and salts; longer than a bare "-ine", "-ol", "-ide" or "-ate", which end as many given names
# (Caroline, Marisol, Babajide, Renate) as drugs; two letters at least before the stem ("Amine", "Erol")
DRUG_SHAPE = re.compile(
    r"\w\w(?:pril|sartan|statin|mab|cillin|azole|mycin|cycline|dipine|olol|prazole|tidine|formin|gliptin"
    r"|floxacin|vir|afil|caine|parin|xaban|semide|thiazide|zepam|azolam|oxetine|triptan|lukast|olone"
    r"|apine|aline|phine|idine|amine|azine|ipine|oxine|amol|adol|ilol|erol|diol|inol|isone|profen"
    r"|ophen|izide|amide|sylate|phate|lfate|cetate|itrate|artrate|aleate|ccinate|marate|bonate"
    r"|xalate|ydrate|lerate|pionate|conate|ctate|chloride|bromide)$"
)
CITY_SUFFIXES = ("town", "ton", "land", "ville", "berg", "burgh", "borough", "bury", "view", "port", "mouth",
                 "stad", "furt", "chester", "fort", "haven", "side", "shire", "field", "ford", "dale", "wood")
SENTENCE_END = frozenset(".!?:;\n\r\t\"'(*•-[>|")
POSSESSIVES = frozenset(["his", "her", "their", "my", "your", "pt's", "patient's", "the"])
BY_VERBS = frozenset(
    ["signed", "dictated", "seen", "reviewed", "transcribed", "authored", "prepared", "verified", "approved", "examined", "referred", "accompanied", "treated", "attended", "cosigned", "co-signed",  # noqa: E501
     # who did what a record logs: "closed by", "entered by", "witnessed by", "administered by"
     "closed", "completed", "submitted", "entered", "recorded", "documented", "witnessed", "checked",
     "countersigned", "administered", "collected", "performed", "reported", "requested", "ordered",
     "escalated", "assigned", "updated", "written", "logged", "filed", "amended", "edited", "created",
     "resolved", "acknowledged", "dispensed", "prescribed", "issued", "authorised", "authorized",
     "supervised",
     "goes", "went", "go", "going"]  # "goes by Kipper": the name a person is called by
)
# Sentence-initial function words: some fold to a listed name ("Thế" -> "the", "He", "Do"), but at the
# start of a sentence they are pronouns and articles; judging each one cost more than the rest of the
# name pass. Mid-sentence ("Client: Yong He") they stay candidates.
FUNCTION_WORDS = frozenset(
    ["the", "a", "an", "and", "or", "but", "if", "this", "that", "these", "those", "it", "its", "he",
     "she", "we", "they", "you", "his", "her", "their", "our", "my", "your", "in", "on", "at", "of",
     "to", "for", "from", "with", "is", "are", "was", "were", "be", "been", "has", "have", "had", "do",
     "does", "did", "not", "no", "yes", "please", "what", "which", "who", "when", "where", "why", "how",
     "there", "here", "also", "then", "than", "so", "as", "after", "before", "per", "via",
     # other languages' articles, pronouns and prepositions (not the ones that are also surnames: Le, Na, Do)
     "die", "der", "das", "dem", "den", "des", "ein", "eine", "einer", "wir", "sie", "er", "es", "ich", "bei",
     "mit", "nach", "zur", "zum", "im", "und", "het", "een", "wij", "zij", "hij", "bij", "naar", "voor",
     "el", "los", "las", "una", "uno", "unos", "por", "para", "con", "se", "su", "sus", "al", "os", "um",
     "uma", "com", "ao", "nos", "les", "une", "il", "elle", "nous", "vous", "pour", "avec", "sur", "dans",
     "au", "aux", "lo", "gli", "nel", "nella", "ang", "mga", "sa", "ya", "kwa", "wa", "katika",
     # letter openings and closings: "Cher confrère", "Bien confraternellement", "Geachte collega"
     "cher", "chere", "bien", "geachte", "beste", "estimado", "estimada", "querido", "querida", "gentile",
     "egregio", "caro", "cara", "prezado", "prezada", "liebe", "lieber", "sehr", "szanowny", "szanowna",
     # the Nordic and German "you" opening a letter's first sentence ("Du er henvist", "Du bist")
     "du"]
)
# Role nouns a title may precede: "Sehr geehrte Frau Kollegin", "Herr Doktor", "Mr President"
TITLE_NOUNS = frozenset(
    ["kollegin", "kollege", "kollegen", "collega", "colleghi", "colleague", "colleagues", "confrere",
     "consoeur",
     "doktor", "doktorin", "doctor", "docteur", "dottore", "dottoressa", "professor", "professorin",
     "direktor", "direktorin", "directeur", "directrice", "president", "chairman", "secretary", "collega's",
     "patientin", "patient", "paciente", "patiente", "paziente"]
)
_SIGN_OFF = re.compile(
    r"(?i)\b(?:thanks(?: so much| very much| again| a lot)?|thank you(?: so much| very much| again)?|regards"
    r"|sincerely|faithfully|truly|cheers|best wishes|yours|respectfully|cordialement"
    r"|saludos|atentamente|cordiali saluti|mit freundlichen gr(?:u|ue)(?:ss|ß)en|groeten|pozdrawiam)"
    r",?[ \t]*\r?\n[ \t]*$"
    # the closing and the name on one line: "Reachable on ext. 2250. Kind regards, <name>"
    r"|\b(?:kind regards|best regards|warm regards|regards|sincerely|best wishes|many thanks"
    r"|met vriendelijke groet(?:en)?|vriendelijke groet(?:en)?|mit freundlichen gr(?:u|ue|ü)(?:ss|ß)en"
    r"|viele gr(?:u|ue|ü)(?:ss|ß)e|liebe gr(?:u|ue|ü)(?:ss|ß)e|cordialement|bien a vous|bien à vous"
    r"|un saludo|saludos|atentamente|cordiali saluti|distinti saluti|groetjes|groeten),[ \t]*$"
    # other languages' thanks and closings on a line of their own, a word or two after ("zikomo kwambiri,")
    r"|(?:^|\n)[ \t]*(?:gracias|merci|grazie|danke|obrigad[oa]|bedankt|dankie|tack|takk|kiitos|asante"
    r"|mahalo|salamat|zikomo|danki|shukran|spasibo|dziekuje|terima kasih|blessings|warmly|love|take care"
    r"|kind regards|best|bien a vous|un abrazo|abraco|beijos|besos|groetjes|gruss|lg|mvg)"
    r"(?:[ \t][^\W\d_]+){0,2}[,!][ \t]*\r?\n[ \t]*$"
)
# Form field labels in several languages that are also listed surnames or first names
FIELD_LABELS = frozenset(
    ["nascimento", "nacimiento", "naissance", "nascita", "geburt", "geboorte", "urodzenia", "age", "edad",
     "idade", "alter", "eta", "sexo", "sexe", "sesso", "geschlecht", "plec", "peso", "weight", "height",
     "altura", "data", "datum", "fecha", "date", "tel", "tele", "telefone", "telefono", "telefon", "courriel",
     "correo", "endereco", "direccion", "adresse", "indirizzo", "adres", "ward", "bed", "room", "unit",
     "grade", "status", "mobile", "home", "work", "cell", "email", "contact", "ref", "token", "hosp",
     "clinic", "onoma", "eponymo", "patros", "mitros"]
)
# inline HTML between a cue and its name: "Pt <strong>…", "<b>Patient:</b> …"
_INLINE_TAGS = re.compile(r"</?(?:strong|b|em|i|u|span|mark|a)(?:\s[^<>]{0,80})?>", re.I)
_COLON_NEXT = re.compile(r"\.?[ \t]*:(?!//)")
# greetings, and thanks that name whom they address ("Thanks Ana!", "Salamat, Ana!")
_GREETINGS = frozenset([
    "hi", "hello", "hey", "dear", "hallo", "hola", "ola", "ciao", "bonjour", "merhaba", "witam", "beste",
    "liebe", "lieber", "querida", "querido", "cara", "caro", "thanks",
    "thx", "cheers", "gracias", "merci", "grazie", "danke", "obrigado", "obrigada", "bedankt", "dankie",
    "tack", "takk", "tak", "kiitos", "asante", "mahalo", "salamat", "zikomo", "danki", "shukran",
    "spasibo", "dziekuje", "multumesc", "hej", "hei", "hoi", "salut", "aloha", "talofa", "bula", "jambo",
    "habari", "sawubona", "kumusta", "kaixo", "namaste", "salam", "bonjou", "privet", "moien", "servus",
    "gruezi",
    # a letter's "Dear" in the languages of Europe: Danish and Norwegian "Kære", "Kjære", Swedish "Bäste",
    # Finnish "Hyvä", Dutch "Geachte", Spanish "Estimado/a", Portuguese "Prezado/a", Italian
    # "Gentile", French "Cher/Chère", Polish "Szanowny/a", Czech "Vážený/á", Hungarian "Kedves", Romanian
    # "Dragă", "Stimate", Croatian "Poštovani", Slovenian "Spoštovani", Albanian "(E) nderuar", Catalan
    # "Benvolgut", Italian "Egregio", Maltese "Għażiż"
    "kaere", "kjaere", "baste", "hyva", "geachte", "estimado", "estimada", "prezado", "prezada",
    "gentile", "cher", "chere", "szanowny", "szanowna", "vazeny", "vazena", "kedves", "draga", "stimate",
    "postovani", "postovana", "spostovani", "spostovana", "nderuar", "benvolgut", "benvolguda", "egregio",
    "egregia", "stimata", "ghaziz", "ghaziza",
])
# a salutation opening a letter or a message ("Dear <word>,", "Hi <word>!") names its reader even when the
# name is also an ordinary word; these are the readers a salutation addresses that are no one's name
_SALUTATION_OPENERS = _GREETINGS - frozenset([
    "thanks", "thx", "cheers", "gracias", "merci", "grazie", "danke", "obrigado", "obrigada", "bedankt",
    "dankie", "tack", "takk", "tak", "kiitos", "asante", "mahalo", "salamat", "zikomo", "danki", "shukran",
    "spasibo", "dziekuje", "multumesc"])
_SALUTATION_HEAD = re.compile(r"[ \t>*_]*([A-Za-z]+)[ \t]+")
_SALUTATION_END = re.compile(r"[ \t]*(?:[,:!/]|\r?\n|$)")
_ADDRESSEES = frozenset([
    "sir", "sirs", "madam", "madame", "mesdames", "messieurs", "colleague", "colleagues", "team", "all",
    "everyone", "everybody", "friend", "friends", "folks", "guys", "there", "again", "both", "world",
    "doctor", "doc", "nurse", "nurses", "patient", "patients", "parent", "parents", "member", "members",
    "customer", "customers", "provider", "providers", "reviewer", "reviewers", "editor", "editors",
    "committee", "board", "panel", "participant", "participants", "applicant", "applicants", "family",
    "families", "caregiver", "caregivers", "carer", "carers", "student", "students", "staff", "manager",
    "partner", "partners", "client", "clients", "user", "users", "resident", "residents", "neighbor",
    "neighbors", "neighbour", "neighbours", "mum", "mom", "mummy", "mommy", "dad", "daddy", "mother",
    "father", "grandma", "grandpa", "granny", "nan", "nana", "son", "daughter", "brother", "sister",
    "uncle", "aunt", "auntie", "love", "darling", "sweetheart", "honey", "dearest", "gentlemen", "ladies",
    "people", "valued", "fellow", "coordinator", "officer", "director", "administrator", "physician",
    "clinician", "sponsor", "investigator", "inspector", "chair", "chairman", "chairperson", "president",
    "principal", "teacher", "coach", "counsellor", "counselor", "support", "helpdesk", "admin", "admins",
    "recruiter", "hiring", "homeowner", "householder", "occupier", "tenant", "guest", "visitor",
    "volunteer", "donor", "supporter", "subscriber", "diary", "santa", "god", "lord", "mate", "buddy", "boss",
    "crew", "squad",
    "matron", "ward", "unit", "practice", "surgery", "clinic", "office", "pharmacy", "pharmacist",
    "lab", "laboratory", "radiology", "registrar", "consultant", "mr", "mrs", "ms", "miss",
])
# a single capitalised word, then the greeting's comma, colon or exclamation mark
_NAME_THEN_BREAK = re.compile(r"[^\W\d_][\w'’\u0300-\u036f\-]*[ \t]*(?:[,:!.]|\r?\n|$)")
# "patiënt(e)", "Patient(in)", "pacjent(ka)": a label's gender ending in brackets
_GENDER_SUFFIX = re.compile(r"\((?:e|a|in|ka|s|ne|ice)\)$")
_PAGE_WORDS = frozenset(["page", "pages", "seite", "pagina", "pag", "strona", "sheet", "blad", "folio"])
_PAGE_OF = re.compile(r" [0-9]{1,4} ?(?:of|/|von|de|di|van|z) ?[0-9]{1,4}\b")
# places in a building numbered after their word: "Room 12", "Bed 4B", "Bay 3" (also surnames elsewhere);
# a study's or a schedule's steps: "Day 118", "Week 4", "Cycle 2", "Visit 3"
_NUMBERED_PLACES = frozenset(["room", "bed", "bay", "ward", "floor", "level", "suite", "cubicle", "booth",
                              "desk", "theatre", "theater", "pod", "zimmer", "bett", "station", "box", "sala",
                              "cama", "day", "week", "month", "cycle", "visit", "cohort", "grade", "stage",
                              "phase", "dose", "step", "period", "part"])
_NUMBER_NEXT = re.compile(r" #?[0-9]{1,4}[A-Za-z]?\b")
_MISSING = object()
_HAS_DIGIT = re.compile(r"[0-9]").search
_NUMBERED_AFTER = re.compile(r"(?:, ?| )[A-Z]['’]?[A-Za-z'’-]*[a-z][0-9]{1,3}\b")
_NUMBERED_BEFORE = re.compile(r"(?<![\w'’-])[A-Z]['’]?[A-Za-z'’-]*[a-z][0-9]{1,3}(?:, ?| )$")
_NUMBERED_NAME = re.compile(r"([A-Z]['’]?[A-Za-z]*[a-z](?:-[A-Z]?[a-z]+)*)[0-9]{1,3}").fullmatch
_CAMEL_CODE = re.compile(
    r"(?:[a-z][A-Z].*){2,}|[a-z](?:Controller|Service|Repository|Repo|Manager|Handler|Exception|Error|Factory"
    r"|Provider|Client|Api|Impl|Config|Test|Spec|Dto|Model|View|Utils?|Helper|Builder|Adapter|Listener|Module"
    r"|Component|Entity|Request|Response|Worker|Job|Task|Queue|Store|Schema|Serializer|Resource|Mapper)s?$"
).search  # CamelCase code (two inner capitals, or a class-name suffix); "ThierryBourg", "JoAnn" stay words
# (ending, what replaces it in the dictionary form): Finnish, Estonian, Hungarian, Polish, Czech and Slovak,
# Latvian and Lithuanian and Basque case endings, folded as tokens are (no accents); no "-s" or "-n" alone:
# they turned surgical eponyms and ordinary words into names
_CASE_ENDINGS: tuple[tuple[str, str], ...] = tuple(sorted({
    ("selle", "nen"), ("selta", "nen"), ("sella", "nen"), ("sessa", "nen"), ("sesta", "nen"), ("sen", "nen"),
    ("lle", ""), ("lta", ""), ("lla", ""), ("ssa", ""), ("sta", ""), ("ksi", ""), ("na", ""),
    ("ga", ""), ("le", ""), ("lt", ""), ("sse", ""), ("ile", ""), ("iga", ""),
    ("nak", ""), ("nek", ""), ("val", ""), ("vel", ""), ("ban", ""), ("ben", ""), ("rol", ""), ("tol", ""),
    ("hoz", ""), ("hez", ""), ("nal", ""), ("nel", ""), ("ert", ""), ("ne", ""),
    ("skiej", "ska"), ("skiego", "ski"), ("skim", "ski"), ("skiemu", "ski"), ("ckiej", "cka"),
    ("ckiego", "cki"), ("ckim", "cki"), ("owi", ""), ("em", ""), ("ego", ""), ("emu", ""), ("iej", "a"),
    ("ie", "a"), ("a", ""), ("u", ""), ("y", ""), ("e", ""), ("ovi", ""), ("ovou", "ova"),
    ("ove", "ova"), ("ovej", "ova"), ("ou", "a"), ("ai", "a"), ("ei", "e"), ("ui", "as"),
    ("iui", "is"), ("ienei", "iene"), ("aitei", "aite"), ("ytei", "yte"),
    ("ren", ""), ("rekin", ""), ("ekin", ""),
}, key=lambda eb: -len(eb[0])))
_COMMA_WORDS = re.compile(r", ((?:[A-Z][\w'’\-]*)(?: [A-Z][\w'’\-]*){0,2})")
_FROM_THE_PLACE = re.compile(
    r" from the (?:pharmacy|agency|church|mosque|temple|synagogue|equipment|front desk|ward|clinic|practice"
    r"|office|council|school|home|care home|team|lab|laboratory|surgery|hospice|shelter|day centre|day center"
    r"|store)\b| from (?:next door|across the (?:road|street|hall)|down the (?:road|street|hall)|upstairs"
    r"|downstairs)\b"
)
# Italian and Spanish titles abbreviated with the ending after a dot: "la dott.ssa <name>", "Sig.ra <name>"
_ABBREVIATED_TITLES = ("dott.ssa", "prof.ssa", "sig.ra", "sig.na", "avv.ssa", "ing.ra", "sra.", "srta.")
# relations that open a sentence before the relative's full name (a given name too, "Son": kept whole then)
_RELATION_OPENERS = frozenset(
    ["son", "daughter", "wife", "husband", "brother", "sister", "mother", "father", "grandson",
     "granddaughter",
     "niece", "nephew", "aunt", "uncle", "cousin", "partner", "stepson", "stepdaughter"]
)
_INITIAL_BEFORE = re.compile(r"(?<![\w.])([A-Z])\. ?$")
_INNER_CAP = re.compile(r"[a-z][A-Z]").search
_CODE_KEYWORD_BEFORE = re.compile(
    r"\b(?:new|public|private|protected|static|class|interface|struct|enum|extends|implements|import|val|var"
    r"|let|const|def|func|fn|type|throws?|override|final|async|void) $"
)
_CAMEL_NAME = re.compile(
    r"(?:Mc|Mac|De|Di|Da|Du|Del|Della|La|Le|Lo|Van|Von|Ver|Fitz|St|Ste)[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)*"
).fullmatch
ORG_ADJECTIVES = frozenset(["medical", "general", "regional", "community", "memorial", "health", "county", "mutual"])  # noqa: E501
_ANY_WORD_BEFORE = re.compile(r"(?<!\w)([^\W\d_]+)[ \t]+$")
_MODEL_NEXT = re.compile(r"[ \t]+[A-Z]{1,3}[0-9]{1,4}[a-z]?\b")
_AND_PLACE_ORG = re.compile(r"[ \t]+[A-Z][\w\-]+[ \t]+([A-Z][\w\-]+)")
_NEXT_WORDS = re.compile(r"(?<![’'])\b[^\W\d_][\w\-\u0300-\u036f]*")


def _after_title(text: str, s: str | int) -> bool:
    """Is the token at `s` right after a title ("Dr. Strange", "Mr Lane")?"""
    j = s - 1  # type: ignore[operator]
    if j <= 0 or text[j] != " ":
        return False
    j -= 1
    if text[j] == ".":
        j -= 1
    parts = text[max(0, j - 6) : j + 1].rsplit(None, 1)
    return bool(parts) and parts[-1].lower() in TITLES


# titles that only ever stand before a person's name (not "Nurse Practitioner", "Sister Ward", "Judge
# Rotenberg")
_PERSON_TITLES = frozenset(["mr", "mrs", "ms", "miss", "mx", "dr", "prof", "professor"])
_WORD_THEN_SPACE = re.compile(r"(?<![\w.])(?P<t>[A-Za-z]+)\.? $")
_CAP_OR_DIGIT_BEFORE = re.compile(r"(?:[A-Z][\w'’-]*|[0-9][\w-]*)[ \t]+$")


def _saluted(text: str, s: int, e: int) -> str | None:
    """The folded word text[s:e] when a salutation opening its line addresses it alone ("Dear <word>,")."""
    word = text[s:e]
    if not word.istitle() or not _SALUTATION_END.match(text, e):
        return None
    line = text.rfind("\n", max(0, s - 30), s) + 1
    if line == 0 and s > 30:
        return None
    head = _SALUTATION_HEAD.fullmatch(text, line, s)
    if head is None or head.group(1).lower() not in _SALUTATION_OPENERS:
        return None
    return fold_token(word)


def _after_person_title(text: str, s: int) -> bool:
    """Right after "Dr"/"Mrs"/"Prof" as a title ("page Dr Crumpet"), or "your nurse" ("your nurse Patience").

    A word there is a surname even when it is also an English word; "Dr" after a capitalised word or a
    number is a street's Drive ("1200 Lakeview Dr Suite 4").
    """
    m = _WORD_THEN_SPACE.search(text, max(0, s - 16), s)
    if m is None:
        return False
    word = m.group("t").lower()
    if m.group("t").isupper():
        return False  # "MR Conditional", "MR Lumbar Spine": magnetic resonance
    before = text[max(0, m.start() - 24) : m.start()]
    if word == "nurse" and m.group("t") == "nurse":
        return before.rstrip().rsplit(None, 1)[-1:] in (["your"], ["her"], ["his"], ["my"], ["their"])
    if word not in _PERSON_TITLES:
        return False
    cap = _CAP_OR_DIGIT_BEFORE.search(before)  # "Dear Dr <word>", "Attending Dr <word>": a person still
    return cap is None or cap.group().rstrip().lower() in _GREETINGS or cap.group().rstrip().lower() in LABELS


# who does a job, by the word's ending ("-ologist", "-ographer", "-ist", "-ician"): before a colon, a person
_ROLE = re.compile(
    r"(?!\w*list)\w{3,}(?:ologist|ographer|iatrist|ician|ist)|assist|assistant|verifier|checker|preparer"
).fullmatch
# the noun after a first-level division's name ("<name> Province", "<name> Oblast")
_REGION_NOUNS = frozenset(["province", "region", "oblast", "prefecture", "governorate", "voivodeship"])
# a nurse or a doctor by a compound's last part in Finnish, Estonian and German ("Työterveyshoitaja <name>",
# "perearst <name>", "Hausarzt <name>"), folded
_COMPOUND_ROLE = re.compile(r"\w{2,}(?:hoitaja|laakari|arst|arzt|arztin|aerztin)").fullmatch
_SIGNING = frozenset(["check", "checked", "verification", "verified", "signature", "sign", "initials", "by"])
_ARTICLES_ABROAD = frozenset(
    ["le", "la", "les", "el", "los", "las", "il", "lo", "gli", "die", "das", "der", "het", "een", "une", "un"]
)
_LOWER_NEXT = re.compile(r" ([a-zà-ÿ]+)")
_VERBS_AFTER_NAME = frozenset(
    ["was", "is", "has", "had", "will", "would", "said", "says", "reports", "reported", "and", "came",
     "went", "called", "presented", "denies", "states", "stated", "can", "could", "did", "does", "who", "to",
     "agrees", "agreed", "arrived", "lives", "left"]
)
_WORD_BEFORE = re.compile(r"(?<![\w'’\-])([A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ\u0100-\u017f'’\-]{2,}) $")


@dataclass(slots=True)
class _Tok:
    start: int
    end: int
    text: str
    key: str  # folded, possessive stripped
    name_hit: bool
    common: bool
    excluded: bool
    org: bool
    upper: bool  # ALL CAPS
    initial: bool  # sentence-initial


def _plural_of(key: str, learned: set[str]) -> bool:
    """A family by its name: "the Okafors", "the Desrosiers'" (the possessive is stripped from `key`)."""
    return key[:-1] in learned or (key.endswith("es") and key[:-2] in learned)


_LABEL_NOTE = re.compile(r"[ \t]*\([^()\n]{1,30}\)$")


_ROLE_IN_BRACKETS = re.compile(
    r"[ \t]*\(([a-zß-öø-ÿ][a-zß-öø-ÿ \-]{2,30}|(?:[A-Z][a-z\-]+[ \t]){0,2}[A-Z][a-z\-]+"
    r"|CRA|CRC|PI|Sub-I|SC|DM|MM)(?:,[ \t]*[a-z][a-z \-]{2,20})?\)")  # "(Privacy Officer, note-taker)"
_BRACKET_ROLES = frozenset(
    ["teacher", "nurse", "worker", "gp", "doctor", "consultant", "physio", "physiotherapist", "therapist",
     "carer", "caregiver", "counsellor", "counselor", "officer", "manager", "coordinator", "co-ordinator",
     "midwife", "pharmacist", "paramedic", "surgeon", "psychologist", "psychiatrist", "dietitian", "chaplain",
     "advocate", "interpreter", "solicitor", "lawyer", "attorney", "adjuster", "assessor", "supervisor",
     "rep", "representative", "observer", "escort", "student", "volunteer", "monitor", "auditor",
     "investigator",
     # the same roles in Spanish, Portuguese, Italian, French and German ("<given> <family> (residente)")
     "residente", "médico", "médica", "medico", "enfermera", "enfermero", "enfermeira", "enfermeiro",
     "infermiera", "infermiere", "infirmière", "infirmier", "interno", "interna", "interne", "externe",
     "tutor", "tutora", "tutore", "becario", "becaria", "adjunto", "adjunta", "estudiante", "estudante",
     "studente", "studentessa", "étudiant", "étudiante", "specializzando", "specializzanda", "arzt", "ärztin",
     "assistenzarzt", "assistenzärztin", "oberarzt", "oberärztin", "pflegekraft", "matrona", "ostetrica",
     "sage-femme", "farmacéutico", "farmacéutica", "farmacista", "pharmacien", "pharmacienne",
     "fisioterapeuta", "kinésithérapeute", "psicólogo", "psicóloga", "psicologo", "psicologa", "psychologue",
     "intérprete", "interprete", "interprète", "dolmetscher", "dolmetscherin", "testigo", "testimone",
     "témoin", "zeuge", "zeugin"]
)
# the role a letter's or a notice's signer writes after their name ("<given> <family>, Principal")
_ROLE_AFTER = re.compile(
    r",[ \t]+(?:Principal|Head ?teacher|Head|Manager|Practice Manager|Co-?ordinator|Secretary"
    r"|Chair(?:person)?|Director|Administrator|Treasurer|President|Organi[sz]er|Facilitator|Volunteer"
    r"|Teacher|Coach|Pastor|Reverend|Priest|Minister|Chaplain|Editor|Receptionist|Owner)\b"
    # a staff member's job title, in capitals or not: "<given> <family>, Clinical Site Manager", ", Unit
    # Clerk", ", Ward Sister", ", research coordinator", ", Patient Relations Specialist"
    r"|,[ \t]+(?:[A-Za-z][A-Za-z\-]+[ \t]){0,3}(?i:manager|specialist|clerk|nurse|sister|officer|lead"
    r"|co-?ordinator|practitioner|worker|assistant|therapist|technician|technologist|supervisor"
    r"|interpreter|porter|midwife|registrar|scientist|analyst|advis[eo]r|liaison|navigator|educator)\b"
)
# a byline's separator and a date ("<given> <family>  ·  [date]"), or the line ends and a sentence follows (a
# comment under its author's name); a line alone is as often a heading or a JSON string among others
_ALONE_ON_LINE = re.compile(
    r"[ \t]+[·•|][ \t]|[ \t]*\r?\n[ \t]*[A-Z][a-z'’]*(?:[ \t]+[a-z][\w'’\-]*){2}"  # then a sentence begins
)
# what follows a person's name that opens a list item or a field ("1. <given> <family>, DOB ...", "(Hosp.
# No. ...)", " - hypertension", " says"): a comma, a bracket, a dash or what is said of a person (not " to":
# "Closure: <suture brand> to skin")
_OPENING_NAME_END = re.compile(
    r"[ \t]*(?:,|\(|\)|(?:[-–—]|--)[ \t])|[ \t]{2,}(?=\S)"
    r"|[ \t]+(?:is|was|has|had|says|said|reports|lives|died|delivered|aged|needs"
    r"|missed|refused|dob|DOB)\b"
)


# a clause's end after a dash's aside: "interpreter booked (<language>) -- <given> <family>\n"
_LINE_ENDS = re.compile(r"[ \t]*(?:\r?\n|$)")
_LOWER_WORD_BEFORE = re.compile(r"\b[a-z]{3,}\b")
# a classification's grade: "(Nyhus IIIb)", "Type IVa"
_ROMAN_CLASS = re.compile(r"[IVX]{1,5}[a-c]?").fullmatch
# a bracket or a dash opening an aside: "315874 (<given> <family>), had", "responses -- <given> <family> ("
# a log line's date or time stamp, then its separator, opening the line: whom the entry is by or about
_STAMP_BEFORE = re.compile(
    r"(?m)^[ \t]*(?:(?:[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}[./][0-9]{1,2}[./][0-9]{2,4})"
    r"(?:[ T][0-9]{1,2}:[0-9]{2})?|[0-9]{1,2}:[0-9]{2}(?::[0-9]{2})?)[ \t]*(?::|[-–—]|--)[ \t]+$")
_STAMPED_NAME_END = re.compile(r"[ \t]*(?:[,:(]|(?:[-–—]|--)[ \t])")
_BRACKET_OR_DASH = re.compile(r"(?:\(|--|—|–|[ \t]-)[ \t]*$")  # (the normalised copy writes a dash as "-")
# a list item's marker or a field's label opening the line: "2. ", "- ", "Transfer out: "
# (a label may hold a time or a bracketed aside: "Note 04:30: ", "Site lead (days): "; a form's next field
# stands after a column's gap: "Scrub: <name> (<reg>)      ODP: ")
_ITEM_OR_FIELD = re.compile(
    r"(?m)(?:^|[ \t]{2})[ \t]*(?:[0-9]{1,3}[.)]|[-*•]"
    r"|[A-Z][A-Za-z0-9 \-/]{1,30}(?:[ \t]\([a-z ]{1,20}\)|[ \t][0-9]{1,2}:[0-9]{2})?:)[ \t]+$"
)


def vocabulary(key: str) -> bool:
    """A folded word a record uses for what it means: a label, a title, an organisation's head noun, a month
    or weekday, a department, a drug, an excluded word or a country; never a name on its own."""
    return key in LABELS or key in TITLES or key in ORG_WORDS or key in _calendar_words() \
        or bool(DEPARTMENT(key)) or bool(DRUG_SHAPE.search(key)) or key in lexicon.excluded() \
        or key in lexicon.countries()


def _epithet(key: str) -> bool:
    """A species' epithet ("Klebsiella Pneumoniae"): a microbe, not a family name."""
    from phigate.engine.clinical_terms import EPITHETS  # it imports this module (through eponyms)

    return key in EPITHETS


def _english_around(text: str, s: int, e: int) -> bool:
    """Most lower-case words around are English: an opening pair of unknown words in Italian or Basque text
    is a heading as often as a name."""
    from phigate.engine import lower_case  # it imports this module

    return lower_case.english_around(text, s, e, lexicon.common_words())


# words that open a spoken turn before the name of whom it addresses: "Okay <name>, let's look"
_INTERJECTIONS = frozenset(["okay", "ok", "alright", "allright", "right", "well", "so", "yes", "yeah", "yep",
                            "no", "nope", "sure", "um", "uh", "umm", "hmm", "oh", "great", "perfect", "wow",
                            "alrighty"])
_VOCATIVE = re.compile(r"[^\W\d_][\w'’\-]*[ \t]*[,!]")
_MONTHS_EN = frozenset(["january", "february", "march", "april", "may", "june", "july", "august", "september",
                        "october", "november", "december"])
_MONTH_BEFORE = re.compile(
    r"(?i)\b(?:in|since|until|till|by|from|through|during|early|late|mid|last|next|this|of|before"
    r"|after)[ \t]+$"
)
_INTRO_RUN = re.compile(r"[^\W\d_][\w'’\-]*(?:[ \t][^\W\d_][\w'’\-]*){0,2}[ \t]*[.!](?:[ \t]|$)")
_VOCATIVE_END = re.compile(r"[^\W\d_][\w'’\-]*[ \t]*[?!]")
_I = frozenset(["I", *(f"I{q}{t}" for q in "'’" for t in ("m", "ve", "d", "ll"))])


class NameFinder:
    """Finds person and place names in normalised text (stateless; safe to share)."""

    def __init__(self, *, detect_names: bool = True, detect_places: bool = True) -> None:
        self.first = lexicon.first_names()
        self.last = lexicon.last_names()
        self.common = lexicon.common_words()
        self.proper = lexicon.proper_nouns()
        self.excluded = lexicon.excluded()
        self.cities = lexicon.cities()
        self.countries = lexicon.countries()
        self.detect_names = detect_names
        self.detect_places = detect_places
        self._cache: dict[str, object] = {}

    # -- token classification -------------------------------------------------------------------
    def _is_name(self, key: str) -> bool:
        if key in self.first or key in self.last:
            return True
        if "-" in key or "'" in key:
            parts = [p for p in re.split(r"[-']", key) if len(p) > 1]
            return bool(parts) and any(p in self.first or p in self.last for p in parts) and not all(
                p in self.common for p in parts
            )
        return False

    def _inflected_name(self, key: str) -> bool:
        """A listed name with a case ending ("Ainolle", "Korhosen", "Nowakowskiej", "Dvořákovi", "Katának"):
        languages that decline names write them so far more often than in the dictionary form."""
        if len(key) < 5 or key in self.common or key in _calendar_words():
            return False
        for ending, back in _CASE_ENDINGS:
            if key.endswith(ending) and len(key) - len(ending) >= 3:
                stem = key[: len(key) - len(ending)]
                # a one-letter ending turns a given name's -a into -y, -e, -u ("Anny"): given names only
                cands = (stem + "a", stem) if len(ending) == 1 else (stem + back,)
                for cand in cands:
                    listed = cand in self.first or (len(ending) > 1 and cand in self.last)
                    if listed and len(cand) >= 4 and cand not in self.common:
                        return True
        return False

    def _classify(self, word: str) -> tuple[str, bool, bool, bool, bool, bool, bool]:
        """Token facts, or None for a token that can neither be nor delimit a name (skipped)."""
        key = fold_token(word).replace("’", "'")
        upper = len(word) > 1 and word.isupper()
        name = self._is_name(key) or (not upper and word[1:].islower() and self._inflected_name(key))
        common = key in self.common
        excluded = key in self.excluded
        org = key in ORG_WORDS or key.split("'", 1)[0] in ORG_WORDS  # "Hastanesi'ne": to the hospital
        boring = not name and not org and key not in TITLES and key not in PLACE_PREFIX and (
            common or excluded or (upper and len(word) <= 4)
        )  # ordinary word, heading, acronym: breaks runs by simply not being a token
        return (key, name, common, excluded, org, upper, boring)

    def _word(self, raw: str) -> tuple[str, tuple[str, bool, bool, bool, bool, bool, bool]] | None:
        """(the word without a possessive, its facts), or None for a token that is no name word."""
        if not raw[0].isupper():
            return None
        if _HAS_DIGIT(raw):
            numbered = _NUMBERED_NAME(raw)
            if numbered is None:
                return None  # "J421-8723", "H043122039": identifiers, not name words
            # generated records number their names ("<Given>871 <Family>607"): judge the word, mask the
            # number too
            info = self._classify(numbered.group(1))
            if info[3] or info[5] or (info[2] and not info[1]):
                return None  # "Room101", "Patient2", "HL7"
            return raw, (info[0], info[1], False, *info[3:])  # "Rose204": a listed name, though a word too
        if _CAMEL_CODE(raw) and not _CAMEL_NAME(raw):
            return None  # "EncountersController", "PatientRepository": code, not McDonald or DeLuca
        word = raw
        if word.endswith(("'s", "’s")):
            word = word[:-2]
        if word.endswith(("'", "’")):
            word = word.rstrip("'’")
            if not word:
                return None
        return word, self._classify(word)

    def _tokens(self, text: str) -> list[_Tok]:
        toks: list[_Tok] = []
        cache = self._cache
        append = toks.append
        for m in TOKEN_RE.finditer(text):
            raw = m.group()
            entry = cache.get(raw, _MISSING)
            if entry is _MISSING:  # everything that depends on the word alone, once per distinct word
                if len(cache) > 200_000:
                    cache.clear()
                entry = cache[raw] = self._word(raw)
            if entry is None:
                continue
            word, info = entry  # type: ignore[misc]
            s = m.start()
            if "0" <= word[-1] <= "9" and not self._numbered_name_ok(text, s, m.end()):
                continue  # "Claude3", "Sha256" alone: a product or a hash; generated names come in pairs
            if info[6] and not _after_title(text, s) and not (
                toks and toks[-1].end == s - 1 and text[s - 1] == " " and raw.istitle()
                and _after_person_title(text, toks[-1].start)
            ) and not self._addressed(text, s, s + len(word)):
                continue  # an ordinary word; "Dr Patience Crumpet": a title's two words are its name
            if _INNER_CAP(raw) and not _CAMEL_NAME(raw) and (
                text[m.end() : m.end() + 1] in ("(", "<")
                or _CODE_KEYWORD_BEFORE.search(text, max(0, s - 12), s)
            ):
                continue  # "static ReferralSubmission MedicareReferral() =>": a type and a method, no person
            k = s - 1
            if k >= 0 and text[k] == " ":
                k -= 1
                if k >= 0 and text[k] == " ":
                    k -= 1
            # a cell's start counts as a sentence's: "DOB,Street,Town" is a header, not a street's name
            initial = k < 0 or text[k] in SENTENCE_END or (k == s - 1 and text[k] == ",")
            if initial and info[0] in FUNCTION_WORDS:
                continue  # "He reports", "The patient": a pronoun or article opens the sentence
            if raw == "The" and text[m.end() : m.end() + 1] == " " \
                    and text[m.end() + 1 : m.end() + 2].isupper() \
                    and not text[max(0, s - 2) : s].strip().isdigit():
                continue  # "..., The Passage (": an article ("21 The Paddocks" is a street; "Thế" no "The")
            if initial and info[0] in _ARTICLES_ABROAD and (nx := _LOWER_NEXT.match(text, m.end())) \
                    and nx.group(1) not in _VERBS_AFTER_NAME:
                continue  # "Le patient a été vu", "Die Patientin": an article; "Le was admitted": Mr Le
            append(_Tok(s, s + len(word), word, *info[:6], initial))
        return toks

    def _addressed(self, text: str, s: int, e: int) -> bool:
        """Is text[s:e] the one word a salutation addresses ("Dear <word>,", "Hi <word>!" opening a line)?"""
        key = _saluted(text, s, e)
        return key is not None and not (
            key in _ADDRESSEES or key in TITLES or key in LABELS or key in TITLE_NOUNS or key in ORG_WORDS
            or _ROLE(key) or DEPARTMENT(key) or key in _calendar_words() or key in self.countries)

    def _numbered_name_ok(self, text: str, s: int, e: int) -> bool:
        """A numbered word is a name beside another ("<Given>871 <Family>607"), after a title or a label."""
        return bool(
            _NUMBERED_AFTER.match(text, e)
            or _NUMBERED_BEFORE.search(text, max(0, s - 40), s)
            or _after_title(text, s)
            or self._cue(text, s) == "label"
        )

    # -- runs -----------------------------------------------------------------------------------
    def _joinable(self, text: str, a: _Tok, b: _Tok) -> bool:
        if a.key in _GREETINGS and _opens(text, a.start, ".!?"):
            return False  # "Hoi <given>,", "Hallo <given>,": the greeting is the name's cue, not its word
        if b.key in TITLES and a.key not in TITLES and b.text[0].isupper() and len(b.text) > 2:
            return False  # "Anruf von Frau <name>": a title opens a name ("von" is no particle there)
        if b.text in _I and text[b.end : b.end + 1] != ".":
            return False  # "tell <name> I said hi": the pronoun, not an initial
        gap = text[a.end : b.start]
        if gap == " " or gap == "  ":
            return True
        if len(a.text) == 1 and gap in (". ", "."):  # initial: "J. Smith"
            return True
        if gap.startswith(" ") and gap.endswith(" "):
            mids = gap.split()
            return 0 < len(mids) <= 2 and all(w.lower() in PARTICLES for w in mids)
        if gap == ", " and not a.common and not a.excluded and (
            (a.initial and _line_start(text, a.start) and b.key in self.first)
            or (a.upper and not b.upper and (b.key in self.first or not (b.common or b.excluded or b.org)))
        ):
            return True  # "Wakuła, Dominik" at the start of a line, "RENNAN, Tahlia": surname, given name
        if (
            gap == ", "
            and not (a.common or a.excluded or a.org or b.common or b.excluded or b.org)
            and a.upper == b.upper
            and min(len(a.text), len(b.text)) > 2
            and _line_start(text, a.start)
            and self._cue(text, a.start) == "label"
        ):
            return True  # "Patient: WOBBEKIND, TENNYSON", "Name: Terpstra, Wybren": a form's inverted name
        if gap != ", " or not (a.name_hit and b.name_hit):
            return False
        return (a.upper and b.upper) or (not a.common and not b.common)

    def _runs(self, text: str, toks: list[_Tok]) -> list[list[_Tok]]:
        runs: list[list[_Tok]] = []
        cur: list[_Tok] = []
        for t in toks:
            if cur and self._joinable(text, cur[-1], t) and len(cur) < 5:
                cur.append(t)
            else:
                if cur:
                    runs.append(cur)
                cur = [t]
        if cur:
            runs.append(cur)
        return runs

    def _cue(self, text: str, start: int) -> str | None:
        """'title', 'label' or 'weak' when the words before `start` announce a name."""
        # inline tags are no words: "Pt <strong>Ana Ruiz</strong>"
        window = _INLINE_TAGS.sub("", text[max(0, start - 60) : start])[-40:]
        if window.rstrip().endswith(":"):  # a label on its own line, its value on the next ("Preferred:\n")
            window = window.rstrip()
        if _SIGN_OFF.search(window):
            return "label"  # "Many thanks,\nGeorgia": a letter's closing, then the sender's name
        stripped = _GENDER_SUFFIX.sub("", window.rstrip(" \t:,=-#")).rstrip(" \t:,=-#")
        if stripped.endswith(")") and window.rstrip(" \t").endswith(":"):
            stripped = _LABEL_NOTE.sub("", stripped)  # "Name (Last, First):", "Patient (print):"
        if stripped.endswith(".."):  # leader dots: "Patient name ..... Usman"
            stripped = stripped.rstrip(". \t:")
        if not stripped:
            return None
        stripped = _GENDER_SLASH.sub("", stripped)  # "Liebe/r <name>", "Caro/a <name>"
        dot = stripped.endswith(".")
        core = stripped[:-1] if dot else stripped
        i = len(core)
        while i > 0 and (core[i - 1].isalpha() or core[i - 1] in "'’"):
            i -= 1
        while i < len(core) and core[i] in "'’":
            i += 1  # "'Dr. <name>'": the quote opens a string, it is not in the word
        if i == len(core):
            return None
        word = fold_token(core[i:])
        if word in TITLES or core.lower().endswith(_ABBREVIATED_TITLES):
            return "title"
        if dot and word in ("hi", "hello", "hey") and _opens(core, i, ".!?]") \
                and _INTRO_RUN.match(text, start):
            return "label"  # "GUEST: Hi. <Given> <Family>. I'm down as his contact": who is speaking
        if dot:
            return None  # a sentence ended: "... called. Will follow up"
        if word in LABELS or (_COMPOUND_ROLE(word) and not window.rstrip(" \t").endswith(",")):
            return "label"  # "<name>, erikoislääkäri, <clinic>": a role after a comma is the one before's
        prev = core[:i].rstrip(" ,").rsplit(None, 1)
        prev_word = prev[-1].lower() if prev else ""
        if window.rstrip(" \t").endswith(":") and (
            _ROLE(word) or (word in _SIGNING and (prev_word in LABELS or _ROLE(prev_word)))
        ):
            return "label"  # "Physiologist: <name>", "Transcriptionist:", "Pharmacist check: <name>"
        if prev_word in POSSESSIVES or (word == "by" and prev_word in BY_VERBS):
            return "label"  # "her colleague Olu", "reviewed by ..."
        if word == "be" and prev_word == "must" and _NAME_THEN_BREAK.match(text, start):
            return "label"  # "You must be <name>.": whom the speaker greets
        if ((word in _GREETINGS and (_opens(core, i, ".!?]") or word in ("thanks", "thx", "cheers")))
                or (word in ("morning", "afternoon", "evening") and prev_word == "good")
                or (word in _INTERJECTIONS and _opens(core, i, ".!?]") and _VOCATIVE.match(text, start))) \
                and _NAME_THEN_BREAK.match(text, start):  # "ok thanks Yasmeen": thanks need not open it
            # "Hi Hüsamettin,", "Dear Mọ́rẹ́nikẹ́:", "[doctor] good morning Ana.": a greeting names its reader
            return "label"
        if window.rstrip(" \t").endswith(",") and (v := _VOCATIVE_END.match(text, start)) \
                and not DRUG_SHAPE.search(v.group().rstrip("?! \t").lower()):
            return "label"  # "And your date of birth, <name>?": whom a question addresses
        if word in WEAK:
            return "weak"
        return None

    # -- main -----------------------------------------------------------------------------------
    def find(self, text: str, *, learned: set[str] | None = None) -> list[Hit]:
        toks = self._tokens(text)
        if not toks:
            return []
        hits: list[Hit] = []
        learned = learned if learned is not None else set()
        masked_tok: set[int] = set()
        vouched: set[str] = set()  # listed words a title or label confirmed as this text's names
        runs = self._runs(text, toks)
        for run in runs:
            self._judge(text, run, hits, learned, masked_tok, vouched)
        if masked_tok and self.detect_names:
            self._coordinated(text, runs, toks, masked_tok, hits)
        if (learned or vouched) and self.detect_names:
            prev: _Tok | None = None
            for t in toks:
                if t.start not in masked_tok and (
                    (t.key in learned and not t.excluded) or (t.key in vouched and not t.initial)
                    or (not t.common and t.key[-1:] == "s" and _plural_of(t.key, learned))
                    or ("-" in t.key and all(p in learned for p in t.key.split("-") if p))
                ):  # a double-barrelled name made of learned ones: "<Family>-<Family>"
                    hits.append(Hit(t.start, t.end, T.NAME, "names:learned"))
                    if prev is not None and prev.start not in masked_tok and not prev.org \
                            and prev.key not in TITLES and prev.key not in LABELS \
                            and (prev.key in self.first or not (prev.common or prev.excluded)) \
                            and not (prev.upper and len(prev.text) <= 2) \
                            and text[prev.end : t.start] == " ":
                        # "From: Georgia Konstantinidou": a first name right before a known surname
                        hits.append(Hit(prev.start, prev.end, T.NAME, "names:learned"))
                prev = t
        return hits

    def _judge(self, text: str, run: list[_Tok], hits: list[Hit], learned: set[str], masked: set[int],
               vouched: set[str] | None = None) -> None:
        if len(run) > 1 and len(run[0].text) == 1 and run[0].start and text[run[0].start - 1] == "/":
            run = run[1:]  # "6.3 mmol/L. Anna came": a unit's letter, then the sentence's first word
        if (run[0].text in _I or run[0].key in _INTERJECTIONS) and text[run[0].end : run[0].end + 1] in " \t":
            if len(run) == 1:
                return  # "PATIENT: I was born", "Guest: I'm her son": the pronoun after a speaker's label
            run = run[1:]  # "DOCTOR: Okay <name>, let's look": the interjection is no part of the name
        if len(run) == 1 and run[0].key in TITLES and text[run[0].end : run[0].end + 1] == ".":
            return  # "Supervisor: Eng. <name>": the title, then the name as a run of its own
        before = _CAPS_BEFORE.search(text, max(0, run[0].start - 30), run[0].start) \
            if run[0].key in _HEADING_PARTICLES and all(t.upper for t in run) else None
        if before is not None and fold_token(before.group(1)) not in self.first \
                and fold_token(before.group(1)) not in self.last:
            return  # "HOJA DE REFERENCIA", "ATTESTATION DE L'EMPLOYEUR": a heading, no "<GIVEN> DE <FAMILY>"
        if len(run) > 1 and " ".join(t.key for t in run) in self.countries:
            return  # "Puerto Rico", "Hong Kong": above state level, which Safe Harbor lets stay
        if len(run) == 1 and run[0].key in self.countries and run[0].key not in self.first \
                and self._cue(text, run[0].start) not in ("title", "label"):
            return  # "<town>, Nagano-ken": a prefecture, a province (Jordan, Georgia may be people)
        if all(t.key in _calendar_words() for t in run) and not _after_title(text, run[0].start):
            return  # "her yıl Mart ayında", "Salı günü": a month, a weekday ("Dr. <weekday>" is a name)
        if len(run) == 1 and run[0].key in _MONTHS_EN \
                and _MONTH_BEFORE.search(text, max(0, run[0].start - 12), run[0].start):
            return  # "turned 97 in May", "since June": the month, though May and June are names too
        if self._country_follows(text, run):
            # "(Bavaria, Germany)", "Jawa Barat, Indonesia": a region and its country, no person; "Santo Amaro
            # da Serra, Algarve": a town in its region, which Safe Harbor removes
            cut = next((i for i in range(1, len(run)) if text[run[i - 1].end : run[i].start] == ", "),
                       len(run))
            head = [t for t in run[:cut] if not t.excluded and not t.org]
            before = _ANY_WORD_BEFORE.search(text, max(0, run[0].start - 24), run[0].start)
            if any(t.org for t in run[:cut]) or (before is not None and before.group(1).lower() in ORG_WORDS):
                return  # "PHC <name>, <state>", "Hospital <name>, <region>": a facility's name in its region
            if head and " ".join(t.key for t in run[:cut]) not in self.countries and not all(
                    t.common and not t.name_hit for t in head):
                hits.append(Hit(head[0].start, head[-1].end, T.ADDRESS, "places:before-region"))
                masked.update(t.start for t in head)
            return
        # nothing name- or place-like (headings, sentence-initial words, acronyms): skip cheaply
        for t in run:
            if (t.name_hit or not t.common) and not t.excluded and not (t.upper and len(t.text) <= 4
                                                                        and not t.name_hit):
                break
        else:
            listed_after_title = run[0].name_hit and (
                _after_title(text, run[0].start)
                or _SIGN_OFF.search(text, max(0, run[0].start - 40), run[0].start))
            body = run[1:] if run[0].key in TITLES else run
            titled = bool(body) and len(body) <= 2 and all(t.text.istitle() for t in body) \
                and _after_person_title(text, body[0].start)  # "page Dr <word>": a surname that is a word
            if not (listed_after_title or titled
                    or (len(run) == 1 and self._addressed(text, run[0].start, run[0].end))):
                return  # "Mrs. White", "Mr. Ward": a listed name that is also a word, vouched for by a title
        comma = text.rfind(", ", max(0, run[0].start - 40), run[0].start)
        if comma >= 0 and "\n" not in text[comma : run[0].start] and all(t.common for t in run) \
                and (role := _ROLE_AFTER.match(text, comma)) is not None and role.end() >= run[-1].end:
            return  # "<name>, Ward Sister", "<name>, Unit Clerk": the job title after a name, no second name
        if len(run) >= 3 and all(t.upper for t in run) and not _after_title(text, run[0].start) \
                and 2 * sum(t.name_hit and t.key not in PARTICLES for t in run) < len(run) \
                and self._cue(text, run[0].start) is None:
            return  # "INFORME DE ALTA HOSPITALARIA", "KARTA INFORMACYJNA": a heading in capitals
        if len(run) == 1 and run[0].key in _OF_LABELS and _OF_WORD_NEXT.match(text, run[0].end):
            return  # "Date of birth:", "Place of death", "Time of arrival": a field's label, not Mr Date
        if len(run) == 1 and run[0].key in FIELD_LABELS and _COLON_NEXT.match(text, run[0].end):
            return  # "Nascimento: 17-09-1976", "Age: 91": a form's field label, not a surname
        if run[-1].key in LABELS and not run[-1].name_hit and _COLON_NEXT.match(text, run[-1].end):
            return  # "Hasta Adı Soyadı:", "Contactpersoon:": a label phrase; its value comes after
        if len(run) == 1 and run[0].key in _NUMBERED_PLACES and _NUMBER_NEXT.match(text, run[0].end) \
                and not _after_title(text, run[0].start):
            return  # "moved to Room 12": a room, not Mr Room
        if len(run) == 1 and run[0].key in _PAGE_WORDS and _PAGE_OF.match(text, run[0].end):
            return  # "Page 1 of 3", "Seite 2 von 4": pagination, not Mr Page
        # organisation / eponym / place-prefixed runs are not people
        if ((run[-1].key in _WARD_WORDS and len(run) > 1) or _WARD_NEXT.match(text, run[-1].end)) \
                and (to := _TO_PLACE.search(text, max(0, run[0].start - 40), run[0].start)) is not None \
                and (to.group(1) or run[0].key not in self.first):
            return  # "admitted to Plover Ward", "moved onto <word> Wing": a ward's name, not Mr Ward
        practice = not (run[0].key in TITLES or _after_title(text, run[0].start))
        if any(t.org for t in run) or self._org_follows(text, run[-1].end, practice) \
                or (practice and len(run) > 1 and run[-1].key in PRACTICE_HEADS) \
                or (practice and run[-1].key in _HOUSE_HEADS
                    and _AFTER_ORG.match(text, run[-1].end) is not None
                    and (len(run) > 1
                         or _WORD_BEFORE.search(text, max(0, run[0].start - 24), run[0].start))):
            cut = next((i for i in range(1, len(run)) if text[run[i - 1].end : run[i].start] == ", "), 0)
            if cut and not any(t.org for t in run[:cut]):  # "Dr J. Whitlam, Royal Victoria Infirmary"
                self._judge(text, run[:cut], hits, learned, masked, vouched)
            return  # "Cleveland Clinic", "Northside Heart Institute": an organisation
        if _DISEASE_BEFORE.search(text, max(0, run[0].start - 24), run[0].start) and not (
            run[0].key in TITLES or _after_title(text, run[0].start)
        ):
            return  # "sindrome di Sjögren", "choroba Hashimoto": the disease, named after someone
        nxt = text[run[-1].end : run[-1].end + 24].lower()
        if nxt[:2] in ("'s", "’s"):
            nxt = nxt[2:]  # "Crohn's disease"
        head = (nxt.split(None, 1) or [""])[0].rstrip(".,;:\"')]}")  # "Addison disease\"", "... syndrome\n"
        if (head in EPONYM_NEXT or _DISEASE_HEAD(head)) and not (
            run[0].key in TITLES or _after_title(text, run[0].start)
        ):  # an eponym; "Mr Garcia test results" is Mr Garcia's
            return
        if run[0].key in PLACE_PREFIX and len(run) > 1 and run[0].key not in TITLES:
            self._places(text, run, hits, masked)
            return
        if len(run) == 1 and run[0].key in _ADDRESSEES and _saluted(text, run[0].start, run[0].end):
            return  # "Dear Neighbour,", "Hi Friend!": whom a salutation addresses, no one's name
        cue = self._cue(text, run[0].start) if self.detect_names else None
        stripped = False  # the run's first word was a label ("Tochter der Patientin": no name follows)
        # "pt Sorrel Ibeziako", "her son Basil Okorafor": a given name that is also a word (so no token)
        lead = -1  # between the cue and the surname
        if cue is None and self.detect_names:
            # "pt Sorrel <surname>": a given name that is a word; "Prescriber: A. <surname>": an initial
            b = _WORD_BEFORE.search(text, max(0, run[0].start - 24), run[0].start) \
                or _INITIAL_BEFORE.search(text, max(0, run[0].start - 4), run[0].start)
            if b is not None and fold_token(b.group(1)) not in ORG_WORDS \
                    and self._cue(text, b.start(1)) in ("title", "label"):
                cue, lead = "label", b.start(1)
        if cue is None and self.detect_names and _FROM_THE_PLACE.match(text, run[-1].end) \
                and not any(t.org or t.key in self.countries or t.key in self.cities for t in run):
            cue = "label"  # "Ivy from the pharmacy said", "Kofi from the church": who came from where
        if cue not in ("title", "label") and _org_before(text, run[0].start):
            return  # "Fakultní nemocnice Brno", "Klinikum rechts der Isar": the rest of an organisation's
        if run[0].key in TITLES and len(run) > 1 and (
            cue is not None or text[run[0].end : run[0].end + 1] in (".", " ")
        ):
            run = run[1:]  # "Dr Smith" with the title inside the run
            while len(run) > 1 and run[0].key in TITLES:
                run = run[1:]  # "Safety Officer Dr <name>", "Prof. Dr. <name>": titles in a row
            cue = "title"
        elif self.detect_names and len(run) > 1 and run[0].key.rsplit("-", 1)[-1] in LABELS \
                and not run[0].name_hit and text[run[0].end : run[0].end + 1] == " ":
            run = run[1:]  # "Pacjent Jan Kowalski", "Paciente Ana Ruiz": the label word inside the run
            cue, stripped = "label", True
        elif self.detect_names and len(run) > 2 and run[0].key in _RELATION_OPENERS and cue is None \
                and text[run[0].end : run[0].end + 1] == " " and not any(t.common for t in run[1:]):
            cue = "label"  # "Son <given> <family> arrived": a relation opening the sentence, the son's name
        accepted: list[_Tok] = []
        if cue == "title":
            accepted = [
                t for t in _prefix(run, lambda t: (not t.excluded or t.name_hit) and t.key not in TITLE_NOUNS)
            ]
            if accepted and len(accepted) < len(run) <= 4 and (run[-1].name_hit or not run[-1].common) \
                    and not any(t.org or t.key in TITLE_NOUNS or t.key in LABELS or DEPARTMENT(t.key)
                                or DRUG_SHAPE.search(t.key) or t.key in _calendar_words() for t in run):
                accepted = list(run)  # "Dr. <given> <word> <family>": a name's middle word may be a word too
        elif cue == "label":  # a listed name that is also a word ("Iris", "Black") still counts here
            mixed = any(not t.upper for t in run)  # "RENNAN, Tahlia": a surname in capitals, then the name
            # "WOBBEKIND, TENNYSON": capitals joined at a comma after a label are a name, not a heading
            mixed = mixed or (len(run) >= 2 and text[run[0].end : run[1].start] == ", ")
            accepted = list(
                _prefix(run, lambda t: (t.name_hit or not t.common) and (t.name_hit or not t.excluded)
                        and (t.name_hit or not stripped or t.key not in LABELS)
                        and not (t.upper and not t.name_hit and not mixed)
                        and not (not t.name_hit and DEPARTMENT(t.key)))  # "Proband, Endocrinology"
            )
            if not accepted and len(run) == 1 and self._addressed(text, run[0].start, run[0].end):
                accepted = list(run)  # "Dear <word>,": a salutation's reader, though the name is a word
        if not accepted and self.detect_names:
            accepted = self._dictionary_run(run, weak=cue == "weak") or self._unlisted_run(text, run)
        if accepted:
            if not self.detect_names:
                return
            s, e = accepted[0].start, accepted[-1].end
            if lead >= 0 and accepted[0] is run[0]:
                s = lead
                learned.add(fold_token(text[lead : run[0].start].strip()))
            hits.append(Hit(s, e, T.NAME, "names:cue" if cue in ("title", "label") else "names:dict"))
            for t in accepted:
                masked.add(t.start)
                if len(t.key) > 2 and t.key not in self.excluded:
                    learned.add(t.key)
                elif len(t.key) > 2 and t.name_hit and vouched is not None and cue in ("title", "label"):
                    vouched.add(t.key)  # "Patient: Kathleen White" ... "White reports": mid-sentence only
            return
        self._places(text, run, hits, masked)

    def _country_follows(self, text: str, run: list[_Tok]) -> bool:
        """A comma and a country after the run's first words, inside it or right after it; a title or a label
        before the run still makes it a person ("Contact Ana Obi, Nigeria office")."""
        inside = any(text[run[i - 1].end : run[i].start] == ", "
                     and " ".join(t.key for t in run[i:]) in self.countries for i in range(1, len(run)))
        if not inside:
            m = _COMMA_WORDS.match(text, run[-1].end)
            if m is None:
                return False
            words = [fold_token(w) for w in m.group(1).split()]
            if not any(" ".join(words[:k]) in self.countries for k in range(1, len(words) + 1)):
                return False
        return self._cue(text, run[0].start) not in ("title", "label")

    @staticmethod
    def _org_follows(text: str, end: int, practice: bool = True) -> bool:
        """Ordinary words are not tokens, so "Northside [Heart] Institute" is checked on the raw text.

        `practice`: whether a specialty or a practice's trade ends an organisation's name ("Larchmont
        Pediatrics", "<family> & <family> Opticians"); not after a title, where "Dr <name> Neurology" is the
        doctor and the department."""
        if text[end : end + 1] in ".;!?" and text[end + 1 : end + 2] in (" ", "\n", ""):
            return False  # "... about <name>. Labs for ...": the sentence ended with the name
        stop = text.find("\n", end, end + 48)  # "Iris Teruel\nHospital no.": the next line is not the name's
        comma = text.find(",", end, end + 48 if stop < 0 else stop)  # "J. Whitlam, Royal Infirmary"
        stop = comma if comma >= 0 else stop
        bracket = text.find("(", end, end + 48 if stop < 0 else stop)  # "Dr. <name> (<town> Associates)"
        stop = bracket if bracket >= 0 else stop
        gap = _NEXT_FIELD.search(text, end, end + 48 if stop < 0 else stop)  # "<name>    Sede: Hospital"
        stop = gap.start() if gap is not None else stop
        for m in list(_NEXT_WORDS.finditer(text, end, end + 48 if stop < 0 else stop))[:4]:
            w = m.group()
            if w == "and":  # "<place> and <place> Police": one body of two places ("<name> and <org>": two)
                two = _AND_PLACE_ORG.match(text, m.end())
                return two is not None and two.group(1).lower() in ORG_WORDS
            if not w[0].isupper():
                return False
            low = w.lower()
            if low in ORG_WORDS and low not in ORG_ADJECTIVES:
                return True  # a head noun: Hospital, Clinic, Institute ("Medical record" is no org)
            if low in _REGION_NOUNS:
                return True  # "<name> Province", "<name> Oblast": a first-level division, no person
            if practice and low in PRACTICE_HEADS:
                return True
            if low in _LAST_HEADS and _AFTER_ORG.match(text, m.end()):
                return True  # "Ashcombe Valley Health", then the sentence ("<name> Health Plan ID" is no org)
            if practice and low in _HOUSE_HEADS and _AFTER_ORG.match(text, m.end()):
                return True  # "to <name> House, Bed 45": a hostel, a care home (not "Dr <name> House")
        return False

    def _unlisted_words(self, run: list[_Tok]) -> bool:
        """Could these words be a name no list holds? (No word, acronym, drug, department or date.)"""
        if any(t.common or t.excluded or t.org or t.upper or len(t.text) < 3 for t in run):
            return False
        # "Entresto", "Poradnia Kardiologiczna", "Nisan Pazartesi": drugs, departments, dates
        return not any(DRUG_SHAPE.search(t.key) or DEPARTMENT(t.key) or t.key in _calendar_words()
                       for t in run)

    def _coordinated(self, text: str, runs: list[list[_Tok]], toks: list[_Tok], masked: set[int],
                     hits: list[Hit]) -> None:
        """Unlisted words joined to a masked name by "and" or "&" ("<name> and <given>"): the people a
        sentence names together are all people."""
        ends = {h.end for h in hits if h.type is T.NAME}
        starts = {h.start for h in hits if h.type is T.NAME}
        for run in runs:
            if run[0].start in masked or len(run) > 3 or not self._unlisted_words(run) \
                    or any(t.key in self.countries for t in run) or self._org_follows(text, run[-1].end):
                continue  # (not "<name> and <city> City Council": a body named after its place)
            b = _JOINED_BEFORE.search(text, max(0, run[0].start - 8), run[0].start)
            a = _JOINED_AFTER.match(text, run[-1].end)
            if (b is not None and b.start() in ends) or (a is not None and a.end() in starts):
                hits.append(Hit(run[0].start, run[-1].end, T.NAME, "names:joined"))
                masked.update(t.start for t in run)

    def _unlisted_run(self, text: str, run: list[_Tok]) -> list[_Tok]:
        """Names in no list, said by their context alone: words no dictionary holds, then a verb only
        a person takes ("Dumisani was admitted", "Kalani denies"); or two or three such words together
        mid-sentence ("404 for Genowefa Szczypiórska"), which names people far more often than
        anything else a clinical or developer text capitalises (places among them, masked as well)."""
        if 2 <= len(run) <= 3 and self._unlisted_words(run) and _STAMPED_NAME_END.match(text, run[-1].end) \
                and _STAMP_BEFORE.search(text, max(0, run[0].start - 32), run[0].start):
            return run  # "2024-03-02: <given> <family>, Personalnr.", "13:15 — <given> <family>: revisión"
        if len(run) == 2 and run[0].name_hit and run[0].key in self.first and not (
                run[0].excluded or run[0].org or run[0].upper) and self._unlisted_words(run[1:]) \
                and (sp := _ROLE_IN_BRACKETS.match(text, run[-1].end)) is not None \
                and sp.group(1).split()[-1].lower() in _BRACKET_ROLES:
            return run  # "<given that is a word> <family> (class teacher)"
        if not self._unlisted_words(run):
            return []
        if _PERSON_VERB.match(text, run[-1].end) or _WHO_AFTER.match(text, run[-1].end) \
                or _PERSON_BEFORE.search(text, max(0, run[0].start - 20), run[0].start):
            return run
        if _RELATION_IN_BRACKETS.match(text, run[-1].end):
            return run  # "<given> (family) flies in", "<given> (daughter), 07700 ...": a relative named
        if _PERSONS_THING.match(text, run[-1].end):
            return run  # "<given>'s discharge", "<given>'s knee replacement": what only a person has
        if _ADDRESSED_NEXT.match(text, run[-1].end) and _opens(text, run[0].start):
            return run  # "<given>, please call the ward", "<given>, your results are ready": the reader
        if len(run) == 1 and _ADDRESSED_DASH.match(text, run[-1].end) and _line_start(text, run[0].start) \
                and _BLANK_BEFORE.search(text, max(0, run[0].start - 4), run[0].start):
            return run  # a message opening on its reader: "\n\n<given> - the request for the records..."
        if len(run) <= 2 and _DASH_SIGNED.search(text, max(0, run[0].start - 4), run[0].start) \
                and _REPLY_BELOW.match(text, run[-1].end):
            return run  # "- <given>" signing a message above the quoted one ("-----Original Message-----")
        if 2 <= len(run) <= 3 and _ROLE_AFTER.match(text, run[-1].end):
            return run  # "<given> <family>, Principal": a letter's signer and their role
        sp = _ROLE_IN_BRACKETS.match(text, run[-1].end) if len(run) <= 3 else None
        if sp is not None and len(run) >= 2 and (sp.group(1).isupper() or sp.group(1) == "Sub-I"
                                                 or DEPARTMENT(sp.group(1).lower())):
            return run  # "<given> <family> (rheumatology)", "<given> <family> (CRA)"
        if sp is not None and sp.group(1).split()[-1].lower() in _BRACKET_ROLES:
            return run  # "<given> <family> (class teacher)", "<given> (manager) in at 08:00"
        if 2 <= len(run) <= 3 and _line_start(text, run[0].start, labels=False) \
                and _ALONE_ON_LINE.match(text, run[-1].end) and not any(t.key in self.cities for t in run) \
                and _english_around(text, run[0].start, run[-1].end):
            return run  # a comment's author on a line of their own ("<given> <family>\nThird time..."); in
            # Italian or German text such a line is a heading ("Esame Obiettivo")
        k = run[0].start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        cell = k >= 0 and text[k] in ",|\t"  # a CSV cell "...,Ana Vea,", a pasted row "PT-1 | Ana Vea | ..."
        if 2 <= len(run) <= 3 and (not run[0].initial or cell) and all(t.key not in self.cities for t in run):
            return run
        dash = _BRACKET_OR_DASH.search(text, max(0, run[0].start - 4), run[0].start) is not None
        # a dash's aside that closes a sentence's line, not a heading's ("DISCHARGE LETTER -- <ward name>")
        line = text.rfind("\n", 0, run[0].start) + 1
        closing = dash and _LINE_ENDS.match(text, run[-1].end) is not None \
            and _LOWER_WORD_BEFORE.search(text, line, run[0].start) is not None
        if 2 <= len(run) <= 3 and (_OPENING_NAME_END.match(text, run[-1].end) or closing) \
                and (_ITEM_OR_FIELD.search(text, max(0, run[0].start - 40), run[0].start) or dash) \
                and not any(t.key in self.cities or t.key in self.countries or _epithet(t.key)
                            or _ROMAN_CLASS(t.text) for t in run) \
                and _english_around(text, run[0].start, run[-1].end):
            return run  # "2. <given> <family>, pregnant", "Contact: <given> <family> (sister)"
        return []

    def _dictionary_run(self, run: list[_Tok], *, weak: bool) -> list[_Tok]:
        def strong(t: _Tok) -> bool:
            if not t.name_hit or t.excluded:
                return False
            if t.upper and len(t.text) <= 4 and len(run) == 1:
                return False  # "HOSP", "ADT", "LEE"?: a lone short capitalised code needs a cue
            if not t.common:
                return True
            return (not t.initial and not t.upper) or weak

        anchors = [i for i, t in enumerate(run) if strong(t)]
        if not anchors:
            # "Grace Young": every token a known name and first is a first name
            if len(run) >= 2 and all(t.name_hit and not t.excluded for t in run) and run[0].key in self.first:
                return list(run)
            return []
        lo, hi = anchors[0], anchors[-1]
        while lo > 0 and _joins(run[lo - 1]):
            lo -= 1
        while hi < len(run) - 1 and _joins(run[hi + 1]):
            hi += 1
        return run[lo : hi + 1]

    def _places(self, text: str, run: list[_Tok], hits: list[Hit], masked: set[int]) -> None:
        if not self.detect_places:
            return
        if (
            len(run) >= 2
            and run[0].key in CITY_PREFIX
            and not run[1].excluded
            and not run[1].org
            and (run[1].name_hit or not run[1].common)
            and run[0].start not in masked
        ):  # "North Grace", "Lake Davidton", "Port Olumide": a place, not a person
            end = 2
            while end < len(run) and not run[end].org and not run[end].excluded:
                end += 1
            tail = text[run[end - 1].end : run[end - 1].end + 2]
            if run[0].key in ("st", "saint") and tail in ("'s", "’s"):
                return  # "St <name>'s": a church, a hospital, a charity named after its saint
            hits.append(Hit(run[0].start, run[end - 1].end, T.ADDRESS, "places:prefixed"))
            return
        for i, t in enumerate(run):
            if t.start in masked or t.excluded or t.org:
                continue
            key = t.key
            if key in self.countries:
                continue  # "Regione Puglia", "Gelderland": a first-level division, though a town list has it
            if key in self.cities and not t.common:
                if not _MODEL_NEXT.match(text, t.end):  # "Nokia C32", "Galaxy A14": a maker and its model
                    hits.append(Hit(t.start, t.end, T.ADDRESS, "places:city"))
                continue
            if i + 1 < len(run) and f"{key} {run[i + 1].key}" in self.cities:
                hits.append(Hit(t.start, run[i + 1].end, T.ADDRESS, "places:city"))
                continue
            if not t.common and key.endswith(CITY_SUFFIXES):
                for suf in CITY_SUFFIXES:
                    stem = key[: -len(suf)]
                    if key.endswith(suf) and len(stem) >= 3 and (stem in self.first or stem in self.last):
                        hits.append(Hit(t.start, t.end, T.ADDRESS, "places:city-shape"))
                        break


# verbs whose subject is a person (a drug is "started", a lab value "was negative": neither is here)
_OF_LABELS = frozenset(["date", "place", "time", "cause", "mode", "country", "town", "day", "hour"])
_OF_WORD_NEXT = re.compile(r"[ \t]+of[ \t]+[a-z]")
# a relative clause that only a person opens: "<given> and <given>, who visited most days"
_WHO_AFTER = re.compile(
    r",[ \t]+who[ \t]+(?:visited|visits|came|comes|called|calls|lives|lived|helps|helped|cares|cared|brought"
    r"|stayed|stays|is|was|has|had|will|works|worked)\b"
)
_PERSON_VERB = re.compile(
    r"[ \t]+(?:(?:was|is|has been|had been|got)[ \t]+(?:admitted|discharged|seen|transferred|intubated"
    r"|extubated|examined|assessed|referred|readmitted|evaluated|born|triaged|alert|awake|oriented)"
    r"|denies|denied|endorses|endorsed|reports|reported|states|stated|complains|complained|understood"
    r"|understands|agrees|agreed|declined|declines|refused|refuses|verbali[sz]ed|verbali[sz]es|consented"
    r"|presents|presented|arrived|lives|lived|says|said|told|asked|tolerated|ambulated|remembers|recalls"
    r"|prefers|returned|wants|wanted|feels|felt|will (?:do|call|ring|bring|come|visit|drive|collect|pick)"
    r"|rang|phoned|texted|brought|came|visited|drives|picked|works on|worked on|works in|worked in"
    # what only a person (or a patient) does, never a product a developer names: "<name> missed 2023"
    r"|missed|attended|died|passed away|settled|fell|collapsed|slept|cried|smiled|walked|spoke|went home"
    # a relative or a visitor on the way: "<given> <family> staying for two weeks", "... flying in", "...
    # travelling from", "... joining by phone"
    r"|staying|travelling|traveling|flying in|joining|visiting|in attendance"
    # "<name> informed by text", "<name> wrote at 10:05", "<name> has a new GP"
    r"|informed|wrote|writes|has a new|has an appointment|called in"
    # "<name> called at 06:30", "... called back", "... has already been in touch"
    r"|called (?:at|back|again|today|yesterday|this|to|about|from|on|re)\b"
    r"|(?:has|had|have)(?: already)? been in touch|(?:was|got|is|will be) in touch"
    # away or taking a dose: "<name> is away for <festival>", "<name> takes it after breakfast"
    r"|is away|was away|is on leave|is off sick|takes it|took it|takes them|took them"
    # the same in the languages of Western Europe: "<name> solicita", "<name> chiede", "<name> hat angerufen"
    r"|solicita|solicitou|pide|pidió|pidio|llamó|llamo|refiere|chiede|richiede|ha chiamato|demande|souhaite"
    r"|a appelé|a appele|bittet|hat angerufen|ruft an|vraagt|heeft gebeld|belde|pede|ligou"
    # asking after someone, found and summoned, holding a key: "<name> enquiring for ...", "<name> paged",
    # "<name> found pills", "<name> next door has a key"; Dutch and Nordic "belt", "kom" (rings, came)
    r"|enquiring|enquired|enquires|inquiring|inquired|inquires|paged|found (?:him|her|them|pills|the)"
    r"|(?:next door )?(?:has|holds|keeps) a key|belt|ringt|kom|komt|telefonou|appelle|llama"
    # someone with their relative: "open disclosure with <given> and his son"
    r"|and (?:his|her|their) (?:son|daughter|wife|husband|partner|mother|father|mum|mom|dad|sister|brother"
    r"|children|kids|grandson|granddaughter|niece|nephew|carer|family)"

    # "<given> <family> is the GP", "... is her daughter": a role only a person holds
    r"|is (?:the|her|his|their|my|our|your) (?i:gp|doctor|nurse|carer|caregiver|key worker|social worker"
    r"|pharmacist|physio|therapist|interpreter|chaplain|daughter|son|wife|husband|partner|mother|father"
    r"|sister|brother|neighbou?r|friend|grandson|granddaughter|niece|nephew|aunt|uncle|guardian|proxy"
    r"|landlord|landlady|lodger|flatmate|roommate|housemate|next of kin|nok))(?![\w-])"
)
# a verb or phrase that takes a person right before a word no dictionary holds: "sent to <name>.", "Told
# <name> in the front office", "a note for <name> at the front desk"
_PERSON_BEFORE = re.compile(
    r"(?i:\b(?:saw|told|asked|sent to|spoke to|spoke with|spoke w/|talked to|talked with|talked w/|met w/"
    r"|discussed with|texted"
    r"|rang|called|phoned|visited|met with|paged|emailed|messaged|note for|message for|handed over to"
    r"|thanks|checked with|confirmed with|reviewed with|agreed with|consulted|consulted with|per|tell|ask"
    # whom a message or a request is about: "Reminder for <name>:", "asked that <name> not be told"
    r"|reminder for|asked that|looking after|looks after|care of|c/o"
    r"|n[ée]e|(?:nurse|doctor|carer|caregiver|driver|gp|consultant|midwife|physio|therapist|surgeon|name"
    r"|husband|wife|partner|son|daughter|mum|mom|dad)(?:'s name)? is"
    # what a person sends: "letter from <name>" (a place there is masked as well)
    r"|(?:letter|message|voicemail|email|e-mail|text|call|note|update|reply|fax) from|assigned to"
    # a quotation's speaker after it, a family by its name: '"...," says <name>.', "families like <name>'s"
    r"|says|explains|recalls|families like|family of|covering for|cover for|on behalf of))[ \t]+$"
)
# a possessive, then what only a person has: kin, a body part, a stay or a visit, belongings in a ward
_PERSONS_THING = re.compile(
    r"['’]s[ \t]+(?i:(?:new[ \t]+|last[ \t]+|next[ \t]+|first[ \t]+)?(?:mum|mom|mother|dad|father|wife"
    r"|husband|son|daughter|sister|brother|baby|kids|children|grandson|granddaughter|grandmother|grandfather|partner"
    r"|fianc[ée]e?|carer|caregiver|gp|discharge|admission|surgery|operation|appointment|funeral|birthday"
    r"|knee|hip|hand|arm|leg|foot|feet|shoulder|back|chest|eyes?|ears?|wound|pyjamas|pajamas|glasses"
    r"|hearing[ \t]+aids?|dentures|bed|room|meds|medication|medications|results|labs|chart|referral"
    r"|symptoms?|diary|house|home|place|flat|behalf|consent|recovery|prognosis|diagnosis|death|passing"
    r"|dob|date[ \t]+of[ \t]+birth|phone|number|email|address|insurance|claim|visit|scan|biopsy"
    # a test or a paper that is about one person: "<given>'s TTE", "<given>'s bloods", "<given>'s letter"
    r"|tte|tee|ecg|ekg|mri|cxr|echo|bloods|x-ray|xray|ultrasound|letter|notes|records|prescription"
    r"|care plan"
    # a reading that is one person's: "<given> <family>'s glucose is 3.2", "<given>'s sats dropped"
    r"|glucose|sugars?|blood[ \t]+(?:sugars?|pressure|glucose)|bp|sats|saturations?|temperature|temp|pulse"
    r"|weight|bmi|inr|potassium|sodium|creatinine|hba1c|a1c|vitals|obs|observations|pain[ \t]+score|mobility"
    r"))\b")
# after a name opening a message, words that address its reader: "<given>, please call", "<given>, your"
_ADDRESSED_NEXT = re.compile(
    r",[ \t]+(?i:please|pls|plz|kindly|your|you|you're|you've|we|we've|we're|this[ \t]+is|reminder|remember"
    r"|don't|do[ \t]+not|thank|thanks|welcome|happy|time[ \t]+for|it's[ \t]+time)\b")
# a message's first words after its reader's name and a dash: "<given> - the request", "<given> - can you"
_ADDRESSED_DASH = re.compile(
    r"[ \t]+[-–—][ \t]+(?i:the|a|an|please|pls|can|could|would|quick|just|fyi|thanks|thank|re|following"
    r"|attached|i|i'm|we|we've|your|you|see|any|this)\b")
_BLANK_BEFORE = re.compile(r"\n[ \t]*\r?\n[ \t]*$")
# "- <given>" on a line of its own signing a message, then the message it answers or the mail's end
_DASH_SIGNED = re.compile(r"(?:^|\n)[ \t]*(?:-|--|–|—|~)[ \t]?$")
_REPLY_BELOW = re.compile(
    r"[ \t]*\r?\n(?:[ \t]*\r?\n)*[ \t]*(?:-{3,}[ \t]*(?:Original Message|Forwarded message)"
    r"|(?:From|Sent|De|Von|Da|Van|Od):[ \t]|On [^\n]{4,80}wrote:|Sent from my|_{5,}|>)")
_RELATION_IN_BRACKETS = re.compile(
    r"[ \t]*\((?i:family|relative|daughter|son|wife|husband|mother|father|mum|mom|dad|sister|brother|niece"
    r"|nephew|grandson|granddaughter|partner|carer|caregiver|friend|neighbou?r|next of kin|nok|spouse"
    r"|fiancée?|stepson|stepdaughter|cousin|aunt|uncle|guardian|child|baby|infant)"
    # the relation may come with an age or a number: "<given> (child, 57 mo, <id>)"
    r"(?:,[ \t]*[^()\n]{1,40})?\)")
# "<name> (6) and <given> (3)": an age or a note in brackets may stand between; a comma joins credentials and
# regions too, so it does not count
_NEXT_FIELD = re.compile(r"[ \t]{3,}|\t|[:：|]")  # a form's next column or label: no part of the name's org
_JOINED_BEFORE = re.compile(r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t](?:and|&)[ \t]+$")
_JOINED_AFTER = re.compile(r"(?:[ \t]*\([^()\n]{1,12}\))?[ \t]+(?:and|&)[ \t]+")


# a medical department or specialty in any language ("Kardiologiczna", "Chirurgie", "Pediatria")
DEPARTMENT = re.compile(
    r"\w+olog|\w*(?:iatri|chirurg|surg|ortoped|orthop|ginecol|gynecol|obstetr|gastroent|endocrin|endokryn"
    r"|reumat|rheumat|onkol|oncol|kardi[oaj]|cardi[oa]|neurol|nefrol|nephrol|pneumol|pulmon)"
).match


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Month and weekday names of every language the date patterns know (folded, plain words)."""
    from phigate.engine import patterns

    words: set[str] = set()
    months = (patterns.MONTHS_INTL, patterns.MONTHS_INTL2, patterns.MONTHS_INTL3)
    for alternation in (patterns.WEEKDAYS, *months):
        words.update(w.lower() for w in alternation.split("|") if w.isalpha())
    return frozenset(words)


def _line_start(text: str, s: int, *, labels: bool = True) -> bool:
    """Only spaces (or, with `labels`, a label's colon) before `s` on its line: not "Dr J. Whitlam"."""
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in ("\n\r:|" if labels else "\n\r")


_CLAUSE_BREAK = re.compile(r"[,.;:()\[\]\n\r|/]")


def _org_before(text: str, start: int) -> bool:
    """An organisation's head noun just before `start` in the same phrase, written in lower case
    ("Fakultní nemocnice Brno") or followed by lower-case words ("Klinikum rechts der Isar"). A
    capitalised one right before ("General Hospital Maria Lopez") may as well end the name: no."""
    window = text[max(0, start - 40) : start]
    words = _CLAUSE_BREAK.split(window)[-1].split()[-3:]
    for i, w in enumerate(words):
        # only the particles of a name may stand between ("rechts der", "de"): "the labs for <name>", "the
        # pharmacy about <name>", "hospital staff told <name>" are sentences about a person
        between = words[i + 1 :]
        joins = _ORG_NAME_PARTICLES if w[:1].islower() else _ORG_NAME_JOINS  # "Court of", "Hospital for"
        if "for" in between and not (i and (words[i - 1].lower() == "the" or words[i - 1][:1].isupper())):
            joins = _ORG_NAME_PARTICLES  # "Labs for <name>" opens a sentence; "the Hospital for" names one
        if fold_token(w) in ORG_WORDS and (w[:1].islower() or between) and _joined_words(between, joins):
            return True
    return False


def _joined_words(between: list[str], joins: frozenset[str]) -> bool:
    """The words between an organisation's head noun and a run are its name's: joining particles, then (after
    one, for a capitalised head) its own capitalised words ("the Court of Common <word>"); "General
    Hospital <name>" has no particle, so the name there is a person's."""
    joined = False
    for x in between:
        if x.lower().rstrip(".") in joins:
            joined = True
        elif not (joined and joins is _ORG_NAME_JOINS and x[:1].isupper()):
            return False
    return True


# a particle opening a run of capitals after a capitalised word that is no name: the heading goes on
_HEADING_PARTICLES = frozenset(["de", "del", "des", "du", "da", "di", "do", "dos", "das", "della"])
_CAPS_BEFORE = re.compile(r"(?<![\w'’\-])([A-ZÀ-ÖØ-Þ]{2,})[ \t]+$")
_ORG_NAME_PARTICLES = frozenset(
    ["de", "di", "del", "della", "dei", "degli", "des", "du", "do", "da", "dos", "das", "der", "den", "dem",
     "rechts", "links", "am", "an", "im", "zum", "zur", "st", "sv", "san", "santa", "sankt", "w", "v", "u",
     "na", "pri", "pod", "nad", "ob", "al", "el", "la", "le",
     # Swahili's and Hausa's "of" ("Kituo cha Afya cha <place>", "Cibiyar Lafiya ta <place>")
     "cha", "ya", "wa", "ta"]
)
# after a capitalised head noun English joins the name too: "Court of", "Hospital for", "Bank of the"
_ORG_NAME_JOINS = _ORG_NAME_PARTICLES | {"of", "for", "the", "and", "on", "at", "in"}


_GENDER_SLASH = re.compile(r"/(?:r|e|a|o|in|n)$|\((?:r|e|a|in)\)$")


def _opens(text: str, s: int, also: str = "") -> bool:
    """Does a message start at `s`: the line's start, or an opening quote, bracket or field separator (or
    one of `also`: a greeting may follow a sentence, "ok. Thanks Ana!")?"""
    k = s - 1
    while k >= 0 and text[k] in " \t":
        k -= 1
    return k < 0 or text[k] in "\n\r:|\"'(>[{" or text[k] in also


def _joins(t: _Tok) -> bool:
    """May an adjacent token join a detected name? Unknown words and names yes, vocabulary no."""
    if t.org:
        return False
    if t.excluded:
        return t.name_hit  # "Carolina Tamburi", "Olivia Ros": a state or heading word that is also a name
    return t.name_hit or not t.common or len(t.text) == 1


def _prefix(run: list[_Tok], ok) -> list[_Tok]:
    out: list[_Tok] = []
    for t in run:
        if not ok(t):
            break
        out.append(t)
    return out
