# ruff: noqa: E501  (hand-aligned templates)
"""Fifty-fourth independent probe corpus: public-health surveillance text -- what US county and district
health departments, Canadian public health units, UK health protection teams, Australian public health units
and New Zealand's public health service write while they investigate notifiable diseases -- with synthetic
PHI planted in it.

36 labelled documents in 18 kinds per seed, two of each: a communicable-disease case investigation form
(US: NEDSS case, SSN, Medicaid), a measles contact-tracing line list (CSV; Canada, New Zealand), a foodborne
outbreak line list (US, UK), an electronic laboratory report as an HL7 v2.5.1 ORU^R01 message (US, Canada),
an ELR batch as CSV (Australia, US), an immunisation register history (Australian Immunisation Register, NZ
National Immunisation Register), an immunisation reminder / recall letter (US IIS, UK child health), a TB
directly-observed-therapy log (Canada, US), STI partner-notification field notes (US DIS, Australia), a
school / daycare absence report (US, Canada), a death-certificate amendment (US affidavit, England
correction), a birth-registration amendment (Canada, New Zealand), a syndromic-surveillance chief-complaint
feed (NDJSON; US), an environmental-health inspection of a household (UK, Australia), a UK health protection
team case log (HPZone style), a measles exposure-site investigation (New Zealand, Australia), a lab-to-
epidemiologist e-mail thread (Canada, US) and a surveillance-system case export (JSON; US, Canada).

Template language: the kit's `«slot»` and `‹literal›`; a kind's template may be a dict by country. People:
`p` the case (patient, decedent, child), `r` a parent or spouse, `m` another household member, `x` `y`
other private people (a host, a landlord, a partner, an informant), `k1`..`k6` the people of a line list
(contacts, cases, students, partners), `d` the reporting clinician, `e` the public-health investigator or
nurse, `t` a second staff member (an environmental health officer, an epidemiologist, a DOT worker), `s` a
laboratory scientist. Forms: `_n` "Given Family", `_g` `_f` given and family, `_F` `_G` capitals, `_fg`
"Family, Given", `_FG` "FAMILY, GIVEN", `_i` "G. Family", `_ph` `_ph2` `_em`, `_line` `_LINE` `_loc` `_town`
`_TOWN` `_dist` `_pc` `_addr` (address pieces; `_dist` a county, parish, township, council or district),
`_dob` (the country's order) `_dobus` `_dobiso` `_dobhl7` `_doblong`, `_age` `_agey` `_agem` (keep, under 90),
`_old` (AGE, 90+), `_nid` (SSN, NHS / CHI, provincial health card, Medicare, NHI).

Labelling policy (decided before any measurement):
- NAME: every person's name -- cases, contacts, parents, household members, hosts, landlords, partners,
  informants, decedents, clinicians, investigators, nurses, environmental health officers, DOT workers,
  laboratory scientists, funeral directors, registrars -- as written: full, given or family alone, capitals,
  "Family, Given", HL7 components (FAMILY and GIVEN each a value), an initial with the family name ("A.
  Wrigley", the initial inside the value). Honorifics, titles and role words (Mr, Ms, Dr, RN, PHN, DIS, EHO,
  "mother of") are plain text outside the value.
- ADDRESS: street lines (also in capitals and inside HL7 / CSV fields), rural routes, lots, boxes, suburbs,
  estates and neighbourhoods, towns and cities, counties, parishes, townships, councils and districts below
  the first level (also a county FIPS code in an HL7 address), the town of a public venue or a clinic, a
  registration district. ZIP: US ZIP (and ZIP+4), Canadian postal codes, UK postcodes, Australian and New
  Zealand postcodes.
- First-level divisions are keep when written alone and plain text inside an address (US states and their
  abbreviations, Canadian provinces and territories, England / Scotland / Wales / Northern Ireland,
  Australian states and territories, New Zealand regions); countries are keep.
- DATE: every date more specific than a year -- birth, death, onset, exposure, specimen collection, result,
  report, interview, vaccination, DOT dose, absence, registration, amendment, inspection -- in every form
  (03/14/2024, 14/03/2024, 2024-03-14, 20240314, 202403141032, 14 March 2024, March 14, 2024, 14-Mar-2024,
  14 Mar, 3/14); years alone keep. AGE: 90 and over; ages under 90 keep (also "7y" and "7 months").
- PHONE, EMAIL of any person (an investigator's direct line and e-mail too; an HL7 XTN's local number and
  its formatted copy each a value). URL: a reminder / survey link carrying a token. IP: the address an
  online case questionnaire was submitted from. USERNAME: a partner's social-media or app handle. VEHICLE:
  a licence plate. DEVICE: a video-DOT phone's device id.
- SSN: US social security numbers (also the last four). ID: case ids (NEDSS, iPHIS, HPZone, NCIMS, EpiSurv,
  Panorama), contact ids, laboratory accession, specimen and placer / filler order numbers, HL7 message
  control ids, registry ids (IIS, AIR, NIR client ids), NHS, CHI and NHI numbers, field-record and
  interview-record numbers, certificate, registration and amendment numbers, inspection and complaint
  references, ED visit ids. MRN: hospital and clinic record numbers. ACCOUNT: a patient account number.
  HEALTH_PLAN: Medicaid and insurer member ids, Canadian provincial health-card numbers, Australian Medicare
  numbers (with the IRN inside). LICENSE: clinicians' NPI, GMC, CPSO / CMQ, AHPRA and MCNZ numbers, a
  funeral director's licence.
- Keep (must survive): agency, unit, laboratory, hospital, clinic, school, daycare and public-venue names
  (restaurants, pools, supermarkets, churches, bus routes, flights), disease and organism names, LOINC and
  SNOMED codes and test names, ICD-10 codes, specimen types, drugs and doses, vaccine names, outbreak
  numbers and WGS cluster codes (they name an event, not a person), MMWR weeks, attack rates and other
  counts, first-level regions and countries alone, ages under 90, years.
- Not scored (plain text): honorifics, relationship words, form labels, agency switchboards and toll-free
  numbers, CLIA numbers and OIDs, sex codes, race codes, times, temperatures, grades and classrooms.
- A draw that makes a label ambiguous is re-drawn (`make_doc` tries further sub-seeds).
"""

from __future__ import annotations

import json
import random
import re
from datetime import date, timedelta

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe54 import ids
from tests.engine.probe54.people import LOCS, NAMES, K, P, Person, Slot, draw_person, fill

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

Y = 365

AGENCY = {
    "US": {"Minnesota": "Northland Lakes Community Health Board", "Kentucky": "Cumberland Highlands District Health Department",
           "Louisiana": "Louisiana Office of Public Health, Region 4", "Michigan": "Lakeshore Valley District Health Department",
           "New Mexico": "New Mexico Department of Health, Northwest Region", "Georgia": "Wiregrass Coastal Health District"},
    "CA": {"Ontario": "Lakeshore-Timber Health Unit", "Québec": "Direction de santé publique du CISSS des Laurentides-Nord",
           "Manitoba": "Interlake-Eastern Public Health", "Saskatchewan": "Saskatchewan Health Authority, North Central Public Health",
           "Nunavut": "Nunavut Department of Health, Office of the Chief Public Health Officer", "Alberta": "Alberta Health Services, Central Zone Communicable Disease Control"},
    "GB": {"England": "UKHSA North West Health Protection Team", "Scotland": "NHS Highland Health Protection Team",
           "Wales": "Public Health Wales Health Protection Team (North)", "Northern Ireland": "Public Health Agency Health Protection Duty Room"},
    "AU": {"New South Wales": "Coastal Ranges Public Health Unit", "Victoria": "South East Public Health Unit", "Queensland": "Metro North Public Health Unit",
           "Western Australia": "WA Communicable Disease Control Directorate", "Northern Territory": "NT Centre for Disease Control",
           "South Australia": "SA Health Communicable Disease Control Branch"},
    "NZ": {"Waikato": "National Public Health Service – Te Manawa Taki", "Northland": "National Public Health Service – Te Tai Tokerau",
           "Bay of Plenty": "National Public Health Service – Te Manawa Taki", "Canterbury": "National Public Health Service – Te Waipounamu",
           "Hawke's Bay": "National Public Health Service – Central", "Otago": "National Public Health Service – Te Waipounamu"},
}  # fmt: skip
PHL = {
    "US": {"Minnesota": "Minnesota Department of Health Public Health Laboratory", "Kentucky": "Kentucky Division of Laboratory Services",
           "Louisiana": "Louisiana OPH Laboratory", "Michigan": "MDHHS Bureau of Laboratories", "New Mexico": "New Mexico Scientific Laboratory Division",
           "Georgia": "Georgia Public Health Laboratory"},
    "CA": {"Ontario": "Public Health Ontario Laboratory", "Québec": "Laboratoire de santé publique du Québec", "Manitoba": "Cadham Provincial Laboratory",
           "Saskatchewan": "Roy Romanow Provincial Laboratory", "Nunavut": "Qikiqtani General Hospital Laboratory", "Alberta": "Alberta Precision Laboratories, Public Health Laboratory"},
    "GB": {"England": "UKHSA Gastrointestinal Bacteria Reference Unit", "Scotland": "Scottish Microbiology Reference Laboratories",
           "Wales": "Public Health Wales Microbiology", "Northern Ireland": "Regional Virus Laboratory"},
    "AU": {"New South Wales": "NSW Health Pathology", "Victoria": "VIDRL", "Queensland": "Pathology Queensland", "Western Australia": "PathWest",
           "Northern Territory": "Territory Pathology", "South Australia": "SA Pathology"},
    "NZ": {r: "ESR" for r in ("Waikato", "Northland", "Bay of Plenty", "Canterbury", "Hawke's Bay", "Otago")},
}  # fmt: skip
HOSPITALS = {
    "US": ["St. Brigid Regional Medical Center", "Mercy Lakes Hospital", "Valley Baptist Memorial Hospital", "Good Samaritan Community Hospital",
           "Riverside Methodist Hospital", "Sacred Heart Medical Center"],
    "CA": ["Lakeshore General Hospital", "St. Anthony's Health Centre", "Grace Memorial Hospital", "Regional Health Centre"],
    "QC": ["Hôpital régional des Laurentides", "Centre hospitalier de Beaulac", "Hôpital Sainte-Croix"],
    "GB": ["Royal Infirmary", "General Hospital", "Victoria Hospital", "Community Hospital"],
    "AU": ["Base Hospital", "District Hospital", "Memorial Hospital", "Regional Hospital"],
    "NZ": ["Base Hospital", "Public Hospital", "Regional Hospital"],
}  # fmt: skip
CLINICS = {
    "US": ["Family Health Center", "Community Care Clinic", "Urgent Care North", "Prairie Family Medicine", "Bayou Family Practice", "Health Department STD Clinic"],
    "CA": ["Lakeshore Community Health Centre", "Maple Family Health Team", "Northgate Walk-In Clinic", "Sexual Health Clinic", "Public Health Immunization Clinic"],
    "QC": ["CLSC de la Vallée", "GMF des Érables", "Clinique médicale du Lac", "Clinique jeunesse"],
    "GB": ["Moorview Medical Practice", "Station Road Surgery", "Millfield Surgery", "Park Lane Medical Group", "Sexual Health Service"],
    "AU": ["Bluegum Medical Centre", "Wattle Grove Family Practice", "Ironbark Super Clinic", "Harbourside Community Health Centre", "Sexual Health Clinic"],
    "NZ": ["Kōtare Medical Centre", "Te Hauora o te Awa", "Harbourside Family Health", "Riverbank Health Centre", "Family Planning clinic"],
}  # fmt: skip
LABS = {
    "US": ["Quest Diagnostics", "LabCorp", "ARUP Laboratories", "Mayo Clinic Laboratories"],
    "CA": ["LifeLabs", "Dynacare", "Shared Health Diagnostic Services"],
    "GB": ["Microbiology Department", "Pathology Laboratory"],
    "AU": ["Sullivan Nicolaides Pathology", "Douglass Hanly Moir Pathology", "Australian Clinical Labs", "Clinipath Pathology"],
    "NZ": ["Awanui Labs", "Pathlab", "Canterbury Health Laboratories", "Medlab Central"],
}  # fmt: skip
VENUES = {
    "US": ["Golden Lantern Buffet", "Smoky Ridge BBQ", "Cajun Kettle Seafood", "The Tin Plate Diner", "Mi Ranchito Taqueria", "Lakeside Supper Club",
           "First Baptist Church fellowship hall", "Elks Lodge 1287", "Walmart Supercenter", "county fair 4-H barn"],
    "CA": ["Tim Hortons", "Casse-croûte Chez Ti-Gus", "Maple Leaf Arena", "Costco Wholesale", "Pho Saigon", "Royal Canadian Legion Branch 88", "Northern Store"],
    "GB": ["The Red Lion", "Spice Garden Tandoori", "Harbour Lights Fish Bar", "Aldi", "Leisure Centre pool", "Wetherspoons", "Greggs"],
    "AU": ["Woolworths", "Golden Dragon Chinese Restaurant", "Aquatic Centre", "Bunnings Warehouse", "Kmart", "RSL Club bistro", "Chemist Warehouse"],
    "NZ": ["Countdown", "PAK'nSAVE", "Aquatic Centre", "Golden Wok Takeaways", "Mitre 10 Mega", "Warehouse", "marae wharekai"],
}  # fmt: skip
CATERERS = {"US": ["Golden Lantern Buffet", "Smoky Ridge BBQ", "Cajun Kettle Seafood", "The Tin Plate Diner", "Mi Ranchito Taqueria", "Lakeside Supper Club"],
            "CA": ["Casse-croûte Chez Ti-Gus", "Pho Saigon", "Golden Maple Restaurant", "Punjab Sweets & Catering"],
            "GB": ["Spice Garden Tandoori", "Harbour Lights Fish Bar", "The Red Lion", "Jade Garden Takeaway"],
            "AU": ["Golden Dragon Chinese Restaurant", "RSL Club bistro", "Bayside Kebabs"],
            "NZ": ["Golden Wok Takeaways", "Harbour Fish & Chips", "Spice Route Indian Restaurant"]}  # fmt: skip
GROCERS = {"US": ["Walmart Supercenter", "Kroger", "Piggly Wiggly", "Hy-Vee", "Dollar General Market"],
           "CA": ["Costco Wholesale", "Northern Store", "IGA", "Metro", "Real Canadian Superstore"]}  # fmt: skip
SCHOOLS = {
    "US": ["Riverside Elementary School", "Prairie View Middle School", "Sacred Heart Catholic School", "Lincoln Early Learning Center", "Little Sprouts Child Care"],
    "CA": ["Lakeshore Public School", "St. Mary's Catholic Elementary School", "Northview Elementary School", "Kids & Company daycare"],
    "QC": ["École primaire des Pionniers", "École Sainte-Marguerite", "CPE Les Petits Castors"],
    "GB": ["St Oswald's CE Primary School", "Moorside Academy", "Holy Family RC High School", "Greenbank Community Primary School"],
    "AU": ["Wattle Grove Primary School", "St Joseph's College", "Banksia Park Early Learning Centre", "Riverside State High School"],
    "NZ": ["Kōwhai Primary School", "Te Kura Kaupapa Māori o te Awa", "St Patrick's School", "Harbourside College"],
}  # fmt: skip
DISEASES_GI = [("Salmonella Enteritidis", "A02.0", "27268008", "Salmonella enterica subsp. enterica serovar Enteritidis"),
               ("Shiga toxin-producing E. coli O157:H7", "A04.3", "398477000", "Escherichia coli O157:H7"),
               ("Campylobacter jejuni", "A04.5", "66543000", "Campylobacter jejuni"),
               ("Shigella sonnei", "A03.3", "4298009", "Shigella sonnei"),
               ("Hepatitis A", "B15.9", "40468003", "Hepatitis A virus")]  # fmt: skip
GI_TESTS = ["625-4^Bacteria identified in Stool by Culture", "80675-2^Salmonella sp DNA [Presence] in Stool by NAA with probe detection",
            "16935-9^Shiga toxin 1 and 2 [Presence] in Stool by EIA"]  # fmt: skip
SPECIMENS = ["Stool", "Stool (Cary-Blair)", "Rectal swab"]
TB_DRUGS = ["Isoniazid 300 mg", "Rifampin 600 mg", "Pyrazinamide 1500 mg", "Ethambutol 1200 mg", "Pyridoxine 25 mg", "Rifapentine 900 mg"]
GI_DRUGS = ["Azithromycin 500 mg", "Ciprofloxacin 500 mg", "Oral rehydration salts", "Ondansetron 4 mg"]
VACCINES = {
    "US": ["DTaP-IPV (Kinrix)", "MMR II", "Varivax", "Pediarix", "Vaxelis", "Prevnar 20", "Hep A (Havrix)", "Tdap (Boostrix)", "MenACWY (MenQuadfi)", "Gardasil 9"],
    "GB": ["Infanrix hexa", "Priorix", "MMRVaxPro", "Boostrix-IPV", "Menitorix", "Bexsero", "Rotarix", "Prevenar 13"],
    "AU": ["Infanrix hexa", "Prevenar 13", "Rotarix", "Bexsero", "Priorix", "Nimenrix", "Priorix-Tetra", "Infanrix IPV", "Vaxelis"],
    "NZ": ["Infanrix-hexa", "Prevenar 13", "Rotarix", "Priorix", "Varivax", "Boostrix", "Infanrix-IPV", "Gardasil 9"],
    "CA": ["Pediacel", "Priorix-Tetra", "MMR II", "Menjugate", "Prevnar 20", "Boostrix-Polio"],
}  # fmt: skip
ICD_STI = {"gonorrhea": "A54.9", "chlamydia": "A56.0", "syphilis": "A51.3"}
LAB_TITLE = {"US": ["Medical Laboratory Scientist", "Microbiology Supervisor"], "CA": ["Medical Laboratory Technologist", "Charge Technologist"],
             "GB": ["Biomedical Scientist", "Clinical Scientist"], "AU": ["Medical Scientist", "Senior Scientist"],
             "NZ": ["Medical Laboratory Scientist", "Section Leader"]}  # fmt: skip
LAB_MAIL = {"Quest Diagnostics": "questdx.example.com", "LabCorp": "labcorp.example.com", "ARUP Laboratories": "aruplab.example.com",
            "Mayo Clinic Laboratories": "mcl.example.org", "LifeLabs": "lifelabs.example.ca", "Dynacare": "dynacare.example.ca",
            "Shared Health Diagnostic Services": "sharedhealth.example.ca", "Sullivan Nicolaides Pathology": "snp.example.com.au",
            "Douglass Hanly Moir Pathology": "dhm.example.com.au", "Australian Clinical Labs": "acl.example.com.au",
            "Clinipath Pathology": "clinipath.example.com.au", "Awanui Labs": "awanui.example.co.nz", "Pathlab": "pathlab.example.co.nz",
            "Canterbury Health Laboratories": "chl.example.co.nz", "Medlab Central": "medlab.example.co.nz"}  # fmt: skip
TITLE_E = {"US": ["Epidemiologist", "Public Health Nurse", "Disease Intervention Specialist", "Communicable Disease Investigator"],
           "CA": ["Infirmière en santé publique", "Public Health Nurse", "Communicable Disease Coordinator", "Epidemiologist"],
           "GB": ["Health Protection Practitioner", "Consultant in Health Protection", "Health Protection Nurse"],
           "AU": ["Public Health Nurse", "Surveillance Officer", "Communicable Disease Nurse", "Epidemiologist"],
           "NZ": ["Health Protection Officer", "Public Health Nurse", "Medical Officer of Health", "Contact Tracer"]}  # fmt: skip
MON3 = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
WEEKDAY = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
NID = {"US": ("SSN", "SSN"), "GB": ("NHS No.", "ID"), "AU": ("Medicare No.", "HEALTH_PLAN"), "NZ": ("NHI", "ID")}
CA_CARD = {"ON": "OHIP", "QC": "RAMQ", "MB": "PHIN", "SK": "HSN", "NU": "NU HCN", "AB": "AHCIP PHN"}


def date_forms(d: date, loc: str, rng: random.Random) -> dict[str, Slot]:
    us = loc == "US"
    D = lambda v: P("DATE", v)  # noqa: E731
    return {
        "loc": D(f"{d:%m/%d/%Y}" if us else f"{d:%d/%m/%Y}"), "us": D(f"{d:%m/%d/%Y}"), "dmy": D(f"{d:%d/%m/%Y}"), "iso": D(d.isoformat()),
        "hl7": D(f"{d:%Y%m%d}"), "hl7t": D(f"{d:%Y%m%d}{rng.randint(6, 21):02d}{rng.randrange(60):02d}"),
        "long": D(f"{d:%B} {d.day}, {d.year}" if us else f"{d.day} {d:%B} {d.year}"), "mon": D(f"{d.day:02d}-{MON3[d.month - 1]}-{d.year}"),
        "dm": D(f"{d.month}/{d.day}" if us else f"{d.day}/{d.month}"), "short": D(f"{MON3[d.month - 1]} {d.day}" if us else f"{d.day} {MON3[d.month - 1]}"),
        "wd": (f"{WEEKDAY[d.weekday()]} ", D(f"{MON3[d.month - 1]} {d.day}" if us else f"{d.day} {MON3[d.month - 1]}")),
    }  # fmt: skip


def person_slots(x: str, w: Person, ref: date, rng: random.Random) -> dict[str, Slot]:
    N = lambda v: P("NAME", v)  # noqa: E731
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    c = w.loc.code
    days = (ref - w.dob).days
    age = days * 100 // 36525
    nid_label, nid_type = NID.get(c, (CA_CARD.get(w.abbr, "Health card"), "HEALTH_PLAN"))
    if c == "GB" and w.region == "Scotland":
        nid_label = "CHI No."
    area, num = "", ""
    digits = "".join(ch for ch in w.phone if ch.isdigit())
    if c in ("US", "CA"):
        area, num = digits[-10:-7], digits[-7:]
    s: dict[str, Slot] = {
        f"{x}_n": N(w.full), f"{x}_g": N(w.given), f"{x}_f": N(w.family), f"{x}_F": N(w.family.upper()), f"{x}_G": N(w.given.upper()),
        f"{x}_fg": N(f"{w.family}, {w.given}"), f"{x}_FG": N(f"{w.family.upper()}, {w.given.upper()}"), f"{x}_i": N(f"{w.given[0]}. {w.family}"),
        f"{x}_ph": P("PHONE", w.phone), f"{x}_ph2": P("PHONE", w.phone2), f"{x}_em": P("EMAIL", w.email),
        f"{x}_area": area, f"{x}_num": P("PHONE", num) if num else "", f"{x}_phx": P("PHONE", f"({area}){num[:3]}-{num[3:]}") if num else "",
        f"{x}_line": A(w.line), f"{x}_LINE": A(w.line.upper()), f"{x}_loc": A(w.locality), f"{x}_town": A(w.town), f"{x}_TOWN": A(w.town.upper()),
        f"{x}_dist": A(w.district), f"{x}_pc": P("ZIP", w.postcode), f"{x}_addr": w.addr, f"{x}_region": K(w.region), f"{x}_abbr": w.abbr,
        f"{x}_dob": P("DATE", f"{w.dob:%m/%d/%Y}" if c == "US" else f"{w.dob:%d/%m/%Y}"), f"{x}_dobus": P("DATE", f"{w.dob:%m/%d/%Y}"),
        f"{x}_dobiso": P("DATE", w.dob.isoformat()), f"{x}_dobhl7": P("DATE", f"{w.dob:%Y%m%d}"),
        f"{x}_doblong": P("DATE", f"{w.dob:%B} {w.dob.day}, {w.dob.year}" if c == "US" else f"{w.dob.day} {w.dob:%B} {w.dob.year}"),
        f"{x}_age": K(str(age)), f"{x}_agey": K(f"{age}y"), f"{x}_agem": K(f"{days * 12 // 365} months"), f"{x}_old": P("AGE", str(age)),
        f"{x}_nid": P(nid_type, w.nid), f"{x}_nidl": nid_label, f"{x}_sex": "F" if w.female else "M", f"{x}_Sex": "Female" if w.female else "Male",
        f"{x}_title": ("Ms" if rng.random() < 0.6 else "Mrs") if w.female else "Mr", f"{x}_she": "she" if w.female else "he",
        f"{x}_her": "her" if w.female else "his", f"{x}_dr": "Dr",
    }  # fmt: skip
    return s


STAFF_MAIL = {
    "US": {"Minnesota": "nlchb.org", "Kentucky": "chdhd-ky.org", "Louisiana": "ldh-region4.org", "Michigan": "lvdhd.org",
           "New Mexico": "nmdoh-nwr.org", "Georgia": "wiregrasshealth.org"},
    "CA": {"Ontario": "lthu.on.ca", "Québec": "ssss-ln.gouv.qc.ca", "Manitoba": "iephealth.mb.ca", "Saskatchewan": "saskhealth-nc.ca",
           "Nunavut": "gov.nu.ca", "Alberta": "ahs-cz.ca"},
    "GB": {"England": "ukhsa.gov.uk", "Scotland": "nhs.scot", "Wales": "wales.nhs.uk", "Northern Ireland": "hscni.net"},
    "AU": {"New South Wales": "health.nsw.gov.au", "Victoria": "sephu.org.au", "Queensland": "health.qld.gov.au",
           "Western Australia": "health.wa.gov.au", "Northern Territory": "nt.gov.au", "South Australia": "sa.gov.au"},
    "NZ": {r: "tewhatuora.govt.nz" for r in ("Waikato", "Northland", "Bay of Plenty", "Canterbury", "Hawke's Bay", "Otago")},
}  # fmt: skip
FIPS = {"Minnesota": "27", "Kentucky": "21", "Louisiana": "22", "Michigan": "26", "New Mexico": "35", "Georgia": "13"}
CASE_ID = {"US": ["%#########", "CAS1%#######"], "CA": ["%#######", "%########"], "GB": ["%######", "%#######"],
           "AU": ["%#########", "%########"], "NZ": ["%###########", "ES%########"]}  # fmt: skip
PLATE = {"US": "%@@@%##", "CA": "@@@@ %##", "GB": "@@%# @@@", "AU": "@@%#@@", "NZ": "@@@%##"}
HANDLES = ["@{a}_{n}", "{a}.{b}{n}", "@{a}{b}{n}", "{a}_{b}_{n}"]
HANDLE_WORDS = ["blaze", "dre", "kingpin", "sunny", "moonchild", "lilbit", "bigt", "jojo", "ace", "nova", "vibez", "rocket", "coco", "zed"]
ETHNICITY = ["NZ European", "Māori", "Samoan", "Tongan", "Chinese", "Indian", "Cook Islands Māori"]
MEASLES_VENUES = {"NZ": ["Countdown", "PAK'nSAVE", "Aquatic Centre", "Warehouse", "Mitre 10 Mega", "Base Hospital emergency department"],
                  "AU": ["Woolworths", "Aquatic Centre", "Kmart", "Bunnings Warehouse", "Chemist Warehouse", "Base Hospital emergency department"]}  # fmt: skip
TRIPS = {"NZ": [("Samoa", "NZ 991 Apia–Auckland"), ("India", "NZ 289 Singapore–Auckland"), ("the Philippines", "PR 213 Manila–Auckland"),
                ("Australia", "JQ 214 Gold Coast–Auckland")],
         "AU": [("Indonesia", "JQ 36 Denpasar–Melbourne"), ("South Africa", "QF 64 Johannesburg–Sydney"), ("Vietnam", "VN 773 Ho Chi Minh City–Sydney"),
                ("the United Kingdom", "QF 2 London–Sydney")]}  # fmt: skip
STI = [("gonorrhea", "Neisseria gonorrhoeae", "A54.9", "uncomplicated urogenital", "Ceftriaxone 500 mg IM"),
       ("chlamydia", "Chlamydia trachomatis", "A56.0", "urogenital", "Doxycycline 100 mg BID x 7 days"),
       ("syphilis", "Treponema pallidum", "A51.3", "secondary (RPR 1:64)", "Benzathine penicillin G 2.4 million units IM")]  # fmt: skip
ELR_TESTS = [
    ("625-4", "Bacteria identified in Stool by Culture", "27268008", "Salmonella sp.", "Stool", "119339001"),
    ("43305-2", "Neisseria gonorrhoeae rRNA [Presence] in Unspecified specimen by NAA with probe detection", "10828004", "Positive", "Urine", "122575003"),
    ("43304-5", "Chlamydia trachomatis rRNA [Presence] in Unspecified specimen by NAA with probe detection", "10828004", "Positive", "Endocervical swab", "444787003"),
    ("23826-1", "Bordetella pertussis DNA [Presence] in Nasopharynx by NAA with probe detection", "10828004", "Positive", "Nasopharyngeal swab", "258500001"),
    ("22314-9", "Hepatitis A virus IgM Ab [Presence] in Serum", "10828004", "Positive", "Serum", "119364003"),
    ("20507-0", "Reagin Ab [Presence] in Serum by RPR", "11214006", "Reactive", "Serum", "119364003"),
]  # fmt: skip
CSV_TESTS = {"AU": [("Faeces PCR panel", "Salmonella species DETECTED"), ("CT/NG PCR", "Neisseria gonorrhoeae DETECTED"),
                    ("Pertussis PCR", "Bordetella pertussis DETECTED"), ("Syphilis serology", "TPPA reactive; RPR 1:32"),
                    ("Hepatitis A IgM", "REACTIVE"), ("Measles PCR", "Measles virus RNA DETECTED"), ("Faeces PCR panel", "Cryptosporidium DETECTED")],
             "US": [("Stool culture", "Campylobacter jejuni"), ("NG NAAT", "Positive"), ("B. pertussis PCR", "Positive"), ("RPR", "Reactive 1:16"),
                    ("HAV IgM", "Positive"), ("Legionella urinary antigen", "Positive"), ("STEC EIA", "Shiga toxin 2 detected")]}  # fmt: skip
DEATH_CAUSES = [("Legionnaires' disease (Legionella pneumophila serogroup 1)", "A48.1"), ("Invasive group A streptococcal infection", "A40.0"),
                ("Listeriosis, sepsis", "A32.7"), ("Pulmonary tuberculosis", "A15.0"), ("Clostridioides difficile colitis", "A04.72")]  # fmt: skip
VR_AGENCY = {"US": {"Minnesota": "Minnesota Office of Vital Records", "Kentucky": "Kentucky Office of Vital Statistics",
                    "Louisiana": "Louisiana Vital Records Registry", "Michigan": "Michigan Vital Records", "New Mexico": "New Mexico Bureau of Vital Records",
                    "Georgia": "Georgia State Office of Vital Records"}}  # fmt: skip
FUNERAL = ["Hillcrest Funeral Home", "Peace Valley Mortuary", "Evergreen Chapel & Crematory", "Oak Lawn Funeral Service"]
IIS = {"US": {"Minnesota": "Minnesota Immunization Information Connection (MIIC)", "Kentucky": "Kentucky Immunization Registry",
              "Louisiana": "LINKS", "Michigan": "Michigan Care Improvement Registry (MCIR)", "New Mexico": "NMSIIS", "Georgia": "GRITS"}}  # fmt: skip
COUNCIL = {"GB": ["Private Sector Housing Team", "Environmental Health and Housing Service", "Regulatory Services"],
           "AU": ["Environmental Health Unit", "Public and Environmental Health Services", "Environmental Health Branch"]}  # fmt: skip


def relation(p: Person, w: Person, role: str) -> str:
    return {"parent": "mother" if w.female else "father", "spouse": "wife" if w.female else "husband", "child": "daughter" if w.female else "son",
            "sibling": "sister" if w.female else "brother", "grandchild": "granddaughter" if w.female else "grandson"}[role]  # fmt: skip


def household(p_age_days: int) -> tuple[str, tuple[int, int], str, tuple[int, int]]:
    """(r's role, r's age range, m's role, m's age range) for a case of this age (days)."""
    if p_age_days < 18 * Y:
        return "parent", (p_age_days + 20 * Y, p_age_days + 40 * Y), "sibling", (1 * Y, 17 * Y)
    if p_age_days < 70 * Y:
        return "spouse", (max(18 * Y, p_age_days - 8 * Y), p_age_days + 8 * Y), "child", (max(1 * Y, p_age_days - 42 * Y), max(2 * Y, p_age_days - 19 * Y))
    return "child", (p_age_days - 45 * Y, p_age_days - 22 * Y), "grandchild", (max(5 * Y, p_age_days - 70 * Y), p_age_days - 44 * Y)


# the case's age (days) by kind; line-list people `k*` and others by key
AGES: dict[str, dict[str, tuple[int, int]]] = {
    "phs54_immunisation_register_history": {"p": (20 * 30, 5 * Y)},
    "phs54_immunisation_reminder_recall_letter": {"p": (4 * Y + 20, 6 * Y)},
    "phs54_tb_directly_observed_therapy_log": {"p": (90 * Y + 40, 97 * Y), "k1": (3 * Y, 12 * Y)},
    "phs54_death_certificate_amendment": {"p": (90 * Y + 40, 99 * Y)},
    "phs54_birth_registration_amendment": {"p": (1, 60)},
    "phs54_school_daycare_absence_report": {"k1": (7 * Y, 8 * Y), "k2": (7 * Y, 8 * Y), "k3": (8 * Y, 9 * Y), "k4": (8 * Y, 9 * Y), "k5": (5 * Y, 6 * Y)},
    "phs54_environmental_health_household_inspection": {"p": (1 * Y, 6 * Y), "p@AU": (38 * Y, 84 * Y)},
    "phs54_hpt_case_log": {"p": (16 * Y + 30, 18 * Y), "k1": (62 * Y, 84 * Y)},
    "phs54_sti_partner_notification_notes": {"p": (18 * Y, 40 * Y), **{f"k{i}": (18 * Y, 45 * Y) for i in range(1, 5)}},
    "phs54_measles_contact_tracing_line_list": {"p": (1 * Y, 40 * Y), "k1": (5 * Y, 12 * Y), "k5": (60, 330)},
    "phs54_measles_exposure_site_investigation": {"p": (1 * Y, 45 * Y)},
    "phs54_syndromic_chief_complaint_feed": {"k1": (55 * Y, 85 * Y), "k3": (1 * Y, 12 * Y), "k6": (90 * Y + 40, 98 * Y), "k7": (90 * Y + 40, 96 * Y)},
    "phs54_lab_epi_email_thread": {"p": (24 * Y, 40 * Y)},
    "phs54_foodborne_outbreak_line_list": {"k5": (5 * Y, 15 * Y)},
}
FEMALE = {"phs54_lab_epi_email_thread": True}
KEY_FEMALE = {"phs54_measles_contact_tracing_line_list": {"k4": True}, "phs54_hpt_case_log": {"k1": True}}
REGIONS = {"phs54_death_certificate_amendment": {"GB": ["England", "Wales"]}, "phs54_hpt_case_log": {"GB": ["England"]},
           "phs54_environmental_health_household_inspection": {"GB": ["England"]},
           "phs54_immunisation_reminder_recall_letter": {"GB": ["England"]}}  # fmt: skip
STAFF = ("c", "d", "e", "t", "s")


def _pattern(rng: random.Random, *pats: str) -> str:
    return fill(rng, rng.choice(pats))


def base_slots(rng: random.Random, loc_code: str, kind: str, keys: set[str]) -> dict[str, Slot]:
    loc = LOCS[loc_code]
    d1 = date(2024, 1, 8) + timedelta(days=rng.randrange(560))
    while kind == "phs54_school_daycare_absence_report" and d1.month in (7, 8):  # schools are closed
        d1 += timedelta(days=45)
    used: set[str] = set()
    ages = AGES.get(kind, {})
    region = rng.choice(REGIONS.get(kind, {}).get(loc_code) or list(loc.regions))
    draw = lambda **kw: draw_person(rng, loc, used, d1, region=region, **kw)  # noqa: E731
    p = draw(age_days=ages.get(f"p@{loc_code}", ages.get("p", (18 * Y, 80 * Y))), female=FEMALE.get(kind))
    pa = (d1 - p.dob).days
    r_role, r_ages, m_role, m_ages = household(pa)
    ppl: dict[str, Person] = {"p": p}
    if kind == "phs54_birth_registration_amendment":  # r the mother (the child registered with her surname), m the other parent
        r_role, m_role = "parent", "parent"
        ppl["r"] = draw(age_days=r_ages, culture=p.culture, family=p.family, female=True, home=p)
        ppl["m"] = draw(age_days=r_ages, female=False, home=p)
    else:
        fam = lambda: p.family if rng.random() < 0.75 else None  # noqa: E731
        ppl["r"] = draw(age_days=r_ages, culture=p.culture, family=p.family if r_role != "spouse" else fam(),
                        female=(not p.female) if r_role == "spouse" else None, home=p)  # fmt: skip
        ppl["m"] = draw(age_days=m_ages, culture=p.culture, family=p.family, home=p if m_role != "child" or rng.random() < 0.5 else None)
    for i in range(1, 8):
        k = f"k{i}"
        if k not in keys:
            continue
        hh = kind == "phs54_measles_contact_tracing_line_list" and i <= 2
        ppl[k] = draw(age_days=ages.get(k, (2 * Y, 85 * Y)), culture=p.culture if hh else None, family=p.family if hh else None,
                      home=p if hh else None, female=KEY_FEMALE.get(kind, {}).get(k))  # fmt: skip
        q = f"q{i}"
        if q in keys:
            ka = (d1 - ppl[k].dob).days
            ppl[q] = draw(age_days=(ka + 20 * Y, ka + 38 * Y), culture=ppl[k].culture, family=ppl[k].family if rng.random() < 0.8 else None,
                          home=ppl[k])  # fmt: skip
    for x in ("x", "y"):
        if x in keys:
            ppl[x] = draw(age_days=(30 * Y, 75 * Y))
    for x in STAFF:
        if x in keys:
            ppl[x] = draw(age_days=(26 * Y, 64 * Y))
    s: dict[str, Slot] = {}
    for x, w in ppl.items():
        s.update(person_slots(x, w, d1, rng))
    s["r_rel"], s["m_rel"] = relation(p, ppl["r"], r_role), relation(p, ppl["m"], m_role)
    if "x" in ppl:
        fx = ppl["x"].female
        s["x_rel"] = rng.choice(["aunt" if fx else "uncle", "cousin", "neighbour" if loc_code != "US" else "neighbor", "friend",
                                 "sister-in-law" if fx else "brother-in-law"])  # fmt: skip
    if "k2" in ppl:
        diff = (p.dob - ppl["k2"].dob).days
        f2 = ppl["k2"].female
        s["k2_rel"] = ("mother" if f2 else "father") if diff > 16 * Y else ("daughter" if f2 else "son") if diff < -16 * Y else ("sister" if f2 else "brother")
    mail = STAFF_MAIL[loc_code][region]
    lab = rng.choice(LABS[loc_code])
    title = TITLE_E[loc_code]
    for x in STAFF:
        if x in ppl:
            w = ppl[x]
            dom = LAB_MAIL.get(lab, mail) if x == "s" else mail
            s[f"{x}_em"] = P("EMAIL", f"{ids.plain(w.given).lower()}.{ids.plain(w.family).lower()}@{dom}")
            s[f"{x}_title"] = rng.choice(LAB_TITLE[loc_code] if x == "s" else title[1:] if loc_code == "CA" and region != "Québec" else title)
            s[f"{x}_lic"] = P("LICENSE", ids.registration(rng, loc_code))
            s[f"{x}_prov"] = P("LICENSE", fill(rng, "%#####") + rng.choice("0123456789ABCDEFGHJK") + rng.choice("ABCDEFGHJKLTWXY"))
            s[f"{x}_dr"] = "Dr"
    # per-person identifiers
    F = lambda t, *pats: P(t, _pattern(rng, *pats))  # noqa: E731
    yy = f"{d1:%y}"
    for x, w in ppl.items():
        s[f"{x}_cid"] = F("ID", "CT-%#####", f"C{yy}-%####")
        s[f"{x}_spec"] = F("ID", f"{yy}-%######", f"SP{yy}%#####", "%##########")
        s[f"{x}_acc"] = F("ID", f"{yy}M%######", "%###########", f"A{yy}%#######")
        s[f"{x}_mrn"] = F("MRN", "%#######", "E%######", "%##-##-##")
        s[f"{x}_vid"] = F("ID", "V%#########", "%##########")
        s[f"{x}_nid2"] = F("ID", f"{yy}%#######", "N%########")
        s[f"{x}_hp"] = P("HEALTH_PLAN", ids.medicaid(rng, w.region) if loc_code == "US" else w.nid)
        a, b = rng.sample(HANDLE_WORDS, 2)
        s[f"{x}_user"] = P("USERNAME", rng.choice(HANDLES).format(a=a, b=b, n=rng.randint(7, 99)))
        s[f"{x}_adm"] = P("DATE", f"{d1 + timedelta(days=rng.randint(0, 1)):%Y-%m-%d}T{rng.randint(0, 23):02d}:{rng.randrange(60):02d}:00")
    # dates
    offsets = {"d0": -rng.randint(1, 6), "d1": 0, "d2": rng.randint(1, 4), "d3": rng.randint(8, 40), "d4": -rng.randint(7, 18),
               "d5": rng.randint(60, 200), "d6": -rng.randint(30, 150), "d7": -rng.randint(19, 24)}  # fmt: skip
    for key, off in offsets.items():
        s.update({f"{key}_{k}": v for k, v in date_forms(d1 + timedelta(days=off), loc_code, rng).items()})
    # vaccination dates (6 weeks, 4, 6, 12, 18 months, 4 years) and the next one due
    for i, days in enumerate([42, 122, 183, 366, 548, 1461], 1):
        vd = p.dob + timedelta(days=days + rng.randint(0, 12))
        s[f"v{i}"] = date_forms(vd, loc_code, rng)["loc"] if vd < d1 else P("DATE", "—")
    s["vdue"] = date_forms(p.dob + timedelta(days=1461 + rng.randint(0, 20)), loc_code, rng)["loc"]
    # DOT dates: Monday / Wednesday / Friday from d1
    start = d1 - timedelta(days=d1.weekday())
    dots = [start + timedelta(days=w * 7 + dd) for w in range(2) for dd in (0, 2, 4)]
    for i, dd in enumerate(dots, 1):
        s[f"a{i}"] = date_forms(dd, loc_code, rng)["loc"]
    s["case_id"] = F("ID", *CASE_ID[loc_code])
    s["acc"], s["spec"], s["spec2"] = (F("ID", f"{yy}M%######", "%###########", f"{yy}-%###-%#####") for _ in range(3))
    s["mrn"] = F("MRN", "%#######", "MR%######", "E%#######")
    s["acct"] = F("ACCOUNT", "%#########", "ACCT%#######")
    s["msgid"] = F("ID", "LAB%##########", "%###############")
    s["placer"] = F("ID", "PO%#######", "%#########")
    s["reg"] = F("ID", "%#########", "%########")
    s["ihi"] = P("ID", "8003 60" + fill(rng, "%# #### ####"))
    s["fr"] = F("ID", "%#######", f"FR{yy}-%#####")
    s["ir"] = F("ID", f"IR{yy}-%#####", "%########")
    s["cert"] = F("ID", f"{d1.year}-%#####", f"{d1.year}-%##-%#####", "%##-####-%####")
    s["amend"] = F("ID", "AMD-%######", "A%########", "%######")
    s["me_case"] = F("ID", f"ME{yy}-%####", f"{yy}-%####")
    s["insp"] = F("ID", f"EH/%####/{yy}", "SR%#######", f"INS-{yy}-%####")
    s["plate"] = P("VEHICLE", fill(rng, PLATE[loc_code]))
    s["dev"] = P("DEVICE", "".join(rng.choice("0123456789abcdef") for _ in range(16)))
    s["ip"] = P("IP", f"{rng.choice([49, 101, 115, 121, 203, 58])}.{rng.randint(1, 254)}.{rng.randint(1, 254)}.{rng.randint(1, 254)}")
    s["url"] = P("URL", "https://" + rng.choice(["redcap.", "survey.", "forms."]) + mail + "/surveys/?s=" + fill(rng, "@@@%@@%@@%"))
    s["url_iis"] = P("URL", "https://myrecord." + mail + "/r/" + "".join(rng.choice("abcdefghjkmnpqrstuvwxyz23456789") for _ in range(10)))
    s["fips"] = P("ADDRESS", FIPS.get(p.region, "00") + f"{rng.randrange(1, 200, 2):03d}")
    for x in ("vtown", "vtown2"):
        towns = loc.regions[region][2]
        t = rng.choice([t for t in towns if not ({w for w in t.split() if len(w) > 2} & used)] or list(towns))
        used |= {w for w in t.split() if len(w) > 2}
        s[x] = P("ADDRESS", t)
    # keep values
    qc = "QC" if region == "Québec" else ""
    s["agency"] = K(AGENCY[loc_code][region])
    s["phl"] = K(PHL[loc_code][region])
    s["hosp"], s["hosp2"] = (K(v) for v in rng.sample(HOSPITALS[qc or loc_code], 2))
    s["clinic"], s["clinic2"] = (K(v) for v in rng.sample(CLINICS[qc or loc_code], 2))
    s["lab"] = K(lab)
    v3 = rng.sample(VENUES[loc_code], 3)
    s["venue"], s["venue2"], s["venue3"] = (K(v) for v in v3)
    s["caterer"], s["grocer"] = K(rng.choice(CATERERS[loc_code])), K(rng.choice(GROCERS.get(loc_code, ["supermarket"])))
    s["school"] = K(rng.choice(SCHOOLS[qc or loc_code]))
    s["college"] = K(rng.choice(["St Aidan's Sixth Form College", "Greenbank High School", "Holy Family RC High School", "Moorside Academy"]))
    gi = rng.choice(DISEASES_GI)
    s["gi_disease"], s["gi_icd"], s["gi_snomed"], s["gi_organism"] = K(gi[0]), K(gi[1]), K(gi[2]), K(gi[3])
    s["gi_drug"] = K(rng.choice(GI_DRUGS))
    s["specimen"] = K(rng.choice(SPECIMENS))
    s["cluster"] = K(f"{d1:%y%m}{p.abbr or 'XX'}{rng.choice(['EXH', 'SAL', 'CAM', 'STE'])}-{rng.randint(1, 9)}")
    s["outbreak"] = K(f"OB-{d1.year}-{rng.randint(1, 60):03d}")
    s["mmwr"] = K(str(d1.isocalendar()[1]))
    s["year"] = K(str(d1.year - rng.randint(3, 9)))
    for i, v in enumerate(rng.sample(TB_DRUGS, 3), 1):
        s[f"tb{i}"] = K(v)
    sti = rng.choice(STI)
    s["sti"], s["sti_org"], s["sti_icd"], s["sti_stage"] = K(sti[0]), K(sti[1]), K(sti[2]), sti[3]
    s["sti_drug"] = K(sti[4])
    vac = VACCINES.get(loc_code, VACCINES["US"])
    for i, v in enumerate(rng.sample(vac, 5), 1):
        s[f"vac{i}"] = K(v)
    t = rng.choice(ELR_TESTS)
    s["test_code"], s["test_name"], s["snomed"], s["organism"], s["elr_specimen"], s["spm_code"] = (K(v) for v in t)
    for i, (tn, res) in enumerate(rng.sample(CSV_TESTS.get(loc_code, CSV_TESTS["US"]), 5), 1):
        s[f"ct{i}"], s[f"cr{i}"] = K(tn), K(res)
    cod = rng.choice(DEATH_CAUSES)
    s["cod"], s["cod_icd"] = K(cod[0]), K(cod[1])
    s["vr_agency"] = K(VR_AGENCY.get(loc_code, {}).get(region, "General Register Office"))
    s["funeral"] = K(rng.choice(FUNERAL))
    s["iis"] = K(IIS.get(loc_code, {}).get(region, "Child Health Information Service"))
    s["council"] = K(rng.choice(COUNCIL.get(loc_code, ["Environmental Health"])))
    s["eth"] = K(rng.choice(ETHNICITY))
    if loc_code in MEASLES_VENUES:
        mv = rng.sample(MEASLES_VENUES[loc_code], 3)
        s["mvenue1"], s["mvenue2"], s["mvenue3"] = (K(v) for v in mv)
        trip, flight = rng.choice(TRIPS[loc_code])
        s["flight"], s["trip"] = K(flight), K(trip)
    s["country"] = K(loc.country)
    s["region"] = K(region)
    n_att = rng.randint(38, 120)
    n_ill = rng.randint(12, n_att // 2)
    s["attendees"], s["ill"], s["ar"] = K(str(n_att)), K(str(n_ill)), K(f"{100 * n_ill // n_att}%")
    enrol = rng.randint(180, 640)
    absent = rng.randint(enrol // 9, enrol // 5)
    s["enrol"], s["absent"], s["pct"] = K(str(enrol)), K(str(absent)), K(f"{100 * absent / enrol:.1f}%")
    return s


# ---- templates -------------------------------------------------------------------------------------------

CASE_FORM = """«agency»
‹COMMUNICABLE DISEASE CASE INVESTIGATION FORM› — «gi_disease»
NEDSS Case ID: «case_id»     Investigation status: Open     Case status: Confirmed     MMWR week: «mmwr»
Investigator: «e_n», «e_title» — direct «e_ph» — «e_em»      Date assigned: «d2_us»

PATIENT
  Name (last, first): «p_fg»                  DOB: «p_dobus»       Age: «p_age»       Sex: «p_Sex»
  SSN: «p_nid»            Medicaid ID: «p_hp»             MRN («hosp»): «mrn»
  Address: «p_addr»
  County of residence: «p_dist»         State: «region»
  Home phone: «p_ph»       Cell: «p_ph2»       Email: «p_em»
  Preferred language: English       Interpreter needed: no
REPORTING SOURCE
  Reporter: Dr «d_n», «clinic» — NPI «d_lic» — reported by fax «d1_us»
  Laboratory: «lab» — accession «acc», «specimen» collected «d1_us»; «gi_organism» isolated «d2_us»
  Isolate forwarded to «phl» (PHL no. «spec»); WGS cluster «cluster»
CLINICAL
  Onset: «d0_us»      Symptoms: diarrhea (non-bloody), fever 101.8 °F, abdominal cramps, vomiting x2
  Hospitalized: yes — «hosp», admitted «d1_us», discharged «d2_us»       Died: no
  Diagnosis: «gi_icd»       Treatment: «gi_drug»
EXPOSURES (7 days before onset)
  - Ate at «caterer» in «vtown» on «d4_dm»; shared a platter with «k1_n», who was also ill
  - Family gathering «d4_long» at the home of «x_n» (the patient's «x_rel»), «x_line», «x_town»
  - Backyard poultry (6 hens) bought «d6_short» at a feed store in «vtown2»; eggs eaten soft-boiled
  - No travel outside «region» since «year».
HOUSEHOLD
  «r_n» («r_rel», age «r_age») — asymptomatic; works in child care: excluded pending 2 negative stools
  «m_g» «m_f» («m_rel», «m_agey») — loose stools «d2_short», stool kit dropped off
NOTES
  «d2_us» 14:10 — Interviewed patient by phone; «r_rel» «r_g» helped with the food history. Cell «p_ph2» preferred.
  «d3_us» 09:25 — Discussed with «t_n» (state epidemiologist, «t_em»). Isolate is within 3 alleles of «cluster».
"""

CONTACT_LIST = """«agency» — ‹MEASLES CONTACT TRACING LINE LIST›                  Event: «outbreak»
Index case: «case_id» — «p_i», «p_agey», rash onset «d0_iso»; lab-confirmed (measles IgM and PCR positive, «phl» specimen «spec»)
Exposure settings: «venue» («vtown»), «d4_iso» 10:00-13:30 · «clinic» waiting room, «d1_iso» 15:10-16:40 · household
Prepared by «e_n» («e_title», «e_ph») on «d2_iso». CONFIDENTIAL — contains personal health information.

contact_id,surname,given_name,dob,sex,«nid_col»,phone,address,setting,last_exposure,mmr_doses,action,monitor_until,status
«k1_cid»,«k1_F»,«k1_g»,«k1_dobiso»,«k1_sex»,«k1_nid»,«k1_ph»,"«k1_addr»",household,«d2_iso»,0,"«ig» «d2_iso»",«d3_iso»,active monitoring
«k2_cid»,«k2_F»,«k2_g»,«k2_dobiso»,«k2_sex»,«k2_nid»,«k2_ph»,"«k2_addr»",household,«d2_iso»,1,"MMR dose 2 («mmr») «d2_iso»",«d3_iso»,active monitoring
«k3_cid»,«k3_F»,«k3_g»,«k3_dobiso»,«k3_sex»,«k3_nid»,«k3_ph»,"«k3_addr»",«venue»,«d4_iso»,2,none - presumed immune,«d3_iso»,passive monitoring
«k4_cid»,«k4_F»,«k4_g»,«k4_dobiso»,«k4_sex»,«k4_nid»,«k4_ph»,"«k4_addr»",«clinic» waiting room,«d1_iso»,unknown,"IgG drawn «d2_iso»; off work to «d3_iso»",«d3_iso»,awaiting serology
«k5_cid»,«k5_F»,«k5_g»,«k5_dobiso»,«k5_sex»,«k5_nid»,«k5_ph»,"«k5_addr»",«clinic» waiting room,«d1_iso»,0 (infant),"«ig» «d2_iso»",«d3_iso»,"parent «q5_n», «q5_ph»"

Notes: «k2_g» is the case's «k2_rel». «k1_g» attends «school»; principal notified «d2_iso», unimmunised students excluded until «d3_iso».
«k4_g» «k4_f» works at «hosp» and is 24 weeks pregnant; occupational health («t_n», «t_em») informed.
"""

FOODBORNE = """«agency»
OUTBREAK LINE LIST — «outbreak» — «gi_disease» — linked to food from «caterer» («vtown»)
Lead investigator: «e_n» («e_title», «e_em»)   «eho_label»: «t_n» («t_ph»)   Lab liaison: «s_n», «phl»
Event: private 60th birthday at the home of «x_n», «x_line», «x_town», catered by «caterer» on «d4_long»;
«attendees» attended, «ill» ill (attack rate «ar»). Last updated «d3_loc».
Case definition: diarrhoea or vomiting within 72 h of eating food served at the party.

No | Name          | Age         | Sex       | Onset          | Sx      | Hosp | Stool       | Result            | Phone     | Address
1  | «k1_n» | «k1_age» | «k1_sex» | «d0_loc» 22:00 | D V F   | N    | «k1_spec» | «gi_organism» | «k1_ph» | «k1_addr»
2  | «k2_n» | «k2_age» | «k2_sex» | «d0_loc» 23:30 | D F     | Y    | «k2_spec» | «gi_organism» | «k2_ph» | «k2_addr»
3  | «k3_n» | «k3_age» | «k3_sex» | «d4_loc» 19:15 | D V     | N    | «k3_spec» | pending           | «k3_ph» | «k3_addr»
4  | «k4_n» | «k4_age» | «k4_sex» | «d0_loc» 04:00 | D       | N    | not sent    | —                 | «k4_ph» | «k4_addr»
5  | «k5_n» | «k5_age» | «k5_sex» | «d0_loc» 08:10 | V       | N    | «k5_spec» | negative          | «k5_ph» | «k5_addr»
6  | «k6_n» | «k6_age» | «k6_sex» | «d0_loc» 12:45 | D V F   | Y    | «k6_spec» | «gi_organism» | «k6_ph» | «k6_addr»

Notes:
- Case 2 admitted to «hosp» «d1_loc»; discharged «d2_loc». Case 6 seen at «clinic» by Dr «d_n».
- Case 4 («k4_g») handles food at a care home: excluded from work until 48 h symptom-free (letter sent «d2_loc»).
- Case 5 is a pupil at «school»; parent «q5_n» («q5_ph») asked to keep the child off for 48 h.
- Leftover rice and chicken were taken home by «x_g»; samples collected «d2_loc» by «t_i».
Food-specific attack rates: chicken korma 68% vs 12% (RR 5.7, 95% CI 2.1-15.3); pilau rice 54%; green salad 20%.
"""

HL7 = {
    "US": """MSH|^~\\&|«lab_app»|«lab_short»^05D0887234^CLIA|NEDSS|«st»DOH^2.16.840.1.114222.4.1.3660^ISO|«d2_hl7t»||ORU^R01^ORU_R01|«msgid»|P|2.5.1|||NE|NE|||||PHLabReport-NoAck^ELR_Receiver^2.16.840.1.113883.9.11^ISO
SFT|«lab»|9.2|Sunquest Laboratory|9.2.1||20230612
PID|1||«mrn»^^^SBRMC&2.16.840.1.113883.3.72.5.30.2&ISO^MR~«p_nid»^^^SSA&2.16.840.1.113883.4.1&ISO^SS||«p_F»^«p_G»^^^^^L||«p_dobhl7»|«p_sex»||2106-3^White^CDCREC|«p_LINE»^^«p_TOWN»^«p_abbr»^«p_pc»^USA^H^^«fips»||«p_phx»^PRN^PH^^1^«p_area»^«p_num»|||||«acct»
NK1|1|«r_F»^«r_G»|«nk1»|«p_LINE»^^«p_TOWN»^«p_abbr»^«p_pc»^USA^H|«r_phx»^PRN^PH^^1^«r_area»^«r_num»
PV1|1|O|OUTPT^^^SBRMC||||«d_lic»^«d_F»^«d_G»^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI
ORC|RE|«placer»^SBRMC^2.16.840.1.113883.3.72.5.30.2^ISO|«acc»^«lab_short»^05D0887234^CLIA|||||||||«d_lic»^«d_F»^«d_G»^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI|||||||||«clinic»||«d_phx»^WPN^PH^^1^«d_area»^«d_num»
OBR|1|«placer»^SBRMC|«acc»^«lab_short»^05D0887234^CLIA|«test_code»^«test_name»^LN|||«d1_hl7t»|||||||||«d_lic»^«d_F»^«d_G»^^^^^^NPI&2.16.840.1.113883.4.6&ISO^L^^^NPI||||||«d2_hl7t»|||F
OBX|1|CWE|«test_code»^«test_name»^LN|1|«snomed»^«organism»^SCT||||||F|||«d1_hl7t»|||||«d2_hl7t»||||«lab»^L^^^^CLIA&2.16.840.1.113883.4.7&ISO^XX^^^05D0887234
NTE|1|L|Result called to Dr «d_f»'s office («d_ph») on «d2_us» by «s_n», MLS(ASCP). Reportable: copy to «agency».
SPM|1|«spec»&«lab_short»&05D0887234&CLIA||«spm_code»^«elr_specimen»^SCT|||||||||||||«d1_hl7t»|«d2_hl7t»
""",
    "CA": """MSH|^~\\&|«lab_app»|«lab_short»^2.16.840.1.113883.3.59.1.9^ISO|PHIMS|«st»PH|«d2_hl7t»||ORU^R01^ORU_R01|«msgid»|P|2.5.1|||AL|NE|CAN
PID|1||«p_nid»^^^«p_abbr»^JHN~«mrn»^^^LGH^MR||«p_F»^«p_G»^^^^^L||«p_dobhl7»|«p_sex»|||«p_LINE»^^«p_TOWN»^«p_abbr»^«p_pc»^CAN^H||«p_phx»^PRN^PH^^1^«p_area»^«p_num»|^^^«p_em»^NET|||||«acct»
NK1|1|«r_F»^«r_G»|«nk1»||«r_phx»^PRN^PH^^1^«r_area»^«r_num»
ORC|RE|«placer»|«acc»^«lab_short»|||||||||«d_lic»^«d_F»^«d_G»^^^^^^CPSO|||||||||«clinic»
OBR|1|«placer»|«acc»^«lab_short»|«test_code»^«test_name»^LN|||«d1_hl7t»|||||||||«d_lic»^«d_F»^«d_G»^^^^^^CPSO||||||«d2_hl7t»|||F|||«c_lic»^«c_F»^«c_G»^^^^^^CPSO
OBX|1|CWE|«test_code»^«test_name»^LN|1|«snomed»^«organism»^SCT||||||F|||«d1_hl7t»|||||«d2_hl7t»||||«lab»
NTE|1|L|Copy to Dr «c_i» («c_ph»). Verified by «s_n», MLT, «d2_dmy». Notifiable: reported to «agency».
SPM|1|«spec»||«spm_code»^«elr_specimen»^SCT|||||||||||||«d1_hl7t»|«d2_hl7t»
""",
}

ELR_CSV = {
    "AU": """# «lab» — notifiable conditions extract for «agency» — generated «d2_iso» 06:00 — 5 records
notification_id,accession,surname,given_names,dob,sex,medicare_no,street,suburb,state,postcode,phone,collected,test,result,requesting_dr,provider_no
«k1_nid2»,«k1_acc»,«k1_F»,«k1_g»,«k1_dobiso»,«k1_sex»,«k1_nid»,«k1_line»,«k1_TOWN»,«k1_abbr»,«k1_pc»,«k1_ph»,«d1_iso»,«ct1»,«cr1»,«d_i»,«d_prov»
«k2_nid2»,«k2_acc»,«k2_F»,«k2_g»,«k2_dobiso»,«k2_sex»,«k2_nid»,«k2_line»,«k2_TOWN»,«k2_abbr»,«k2_pc»,«k2_ph»,«d0_iso»,«ct2»,«cr2»,«c_i»,«c_prov»
«k3_nid2»,«k3_acc»,«k3_F»,«k3_g»,«k3_dobiso»,«k3_sex»,«k3_nid»,«k3_line»,«k3_TOWN»,«k3_abbr»,«k3_pc»,«k3_ph»,«d1_iso»,«ct3»,«cr3»,«d_i»,«d_prov»
«k4_nid2»,«k4_acc»,«k4_F»,«k4_g»,«k4_dobiso»,«k4_sex»,«k4_nid»,«k4_line»,«k4_TOWN»,«k4_abbr»,«k4_pc»,«k4_ph»,«d4_iso»,«ct4»,«cr4»,«c_i»,«c_prov»
«k5_nid2»,«k5_acc»,«k5_F»,«k5_g»,«k5_dobiso»,«k5_sex»,«k5_nid»,«k5_line»,«k5_TOWN»,«k5_abbr»,«k5_pc»,«k5_ph»,«d0_iso»,«ct5»,«cr5»,«d_i»,«d_prov»
# end of extract — queries to «s_n» («s_em», «s_ph»)
""",
    "US": """report_id,accession,last_name,first_name,dob,sex,street,city,state,zip,county,phone,collected,test,result,ordering_provider,npi,performing_lab
«k1_nid2»,«k1_acc»,«k1_F»,«k1_G»,«k1_dobus»,«k1_sex»,«k1_LINE»,«k1_TOWN»,«k1_abbr»,«k1_pc»,«k1_dist»,«k1_ph»,«d1_us»,«ct1»,«cr1»,"«d_FG»",«d_lic»,«lab»
«k2_nid2»,«k2_acc»,«k2_F»,«k2_G»,«k2_dobus»,«k2_sex»,«k2_LINE»,«k2_TOWN»,«k2_abbr»,«k2_pc»,«k2_dist»,«k2_ph»,«d0_us»,«ct2»,«cr2»,"«c_FG»",«c_lic»,«lab»
«k3_nid2»,«k3_acc»,«k3_F»,«k3_G»,«k3_dobus»,«k3_sex»,«k3_LINE»,«k3_TOWN»,«k3_abbr»,«k3_pc»,«k3_dist»,«k3_ph»,«d1_us»,«ct3»,«cr3»,"«d_FG»",«d_lic»,«lab»
«k4_nid2»,«k4_acc»,«k4_F»,«k4_G»,«k4_dobus»,«k4_sex»,«k4_LINE»,«k4_TOWN»,«k4_abbr»,«k4_pc»,«k4_dist»,«k4_ph»,«d4_us»,«ct4»,«cr4»,"«c_FG»",«c_lic»,«lab»
«k5_nid2»,«k5_acc»,«k5_F»,«k5_G»,«k5_dobus»,«k5_sex»,«k5_LINE»,«k5_TOWN»,«k5_abbr»,«k5_pc»,«k5_dist»,«k5_ph»,«d0_us»,«ct5»,«cr5»,"«d_FG»",«d_lic»,«lab»
""",
}

IMMUN_REGISTER = {
    "AU": """Australian Immunisation Register — ‹Immunisation History Statement›
Services Australia                                                  Date of issue: «d2_long»

«r_title» «r_n»
«p_line»
«p_town» «p_abbr» «p_pc»

Immunisation history for: «p_n»
Date of birth: «p_dob»       Medicare card number: «p_nid»       IHI: «ihi»

Date given    Vaccine                 Immunisation provider
«v1»    ‹Infanrix hexa›, ‹Prevenar 13›, ‹Rotarix›     «clinic»
«v2»    ‹Infanrix hexa›, ‹Prevenar 13›, ‹Rotarix›     «clinic»
«v3»    ‹Infanrix hexa›                               «clinic2»
«v4»    ‹Priorix›, ‹Nimenrix›, ‹Prevenar 13›          «clinic2»
«v5»    ‹Priorix-Tetra›, ‹Infanrix›                   «clinic»
Next due: ‹Infanrix IPV› at 4 years — due «vdue». Influenza vaccine: not recorded for «year».

Provider notes (not part of the statement): printed at the request of «r_g» for enrolment at an early learning centre in «vtown».
Father «m_n» (mobile «m_ph») to be sent a copy. Vaccinator at last visit: «s_n», RN.
Recorded by «d_n» (provider no. «d_prov»), «clinic» — «d_em»
""",
    "NZ": """National Immunisation Register — ‹Immunisation Summary›             Printed «d2_dmy» by «s_n», «clinic»
NHI: «p_nid»      Name: «p_FG»      DOB: «p_dob»      Gender: «p_Sex»      Ethnicity: «eth»
Address: «p_addr»
Caregiver: «r_n» («r_rel») — mobile «r_ph» — «r_em»
Enrolled general practice: «clinic»      Lead maternity carer at birth: «x_n»

Event date    Vaccine            Status      Given by
«v1»    ‹Infanrix-hexa›, ‹Prevenar 13›, ‹Rotarix›       given       «s_i»
«v2»    ‹Infanrix-hexa›, ‹Prevenar 13›, ‹Rotarix›       given       «s_i»
«v3»    ‹Infanrix-hexa›, ‹Prevenar 13›                  given       «t_i»
«v4»    ‹Priorix›, ‹Prevenar 13›                        given       «t_i»
«v5»    ‹Priorix›, ‹Varivax›, ‹ActHIB›                  declined    — (caregiver declined at the time; re-offered)
Next due: ‹Infanrix-IPV› at 4 years («vdue»). Recall letter 1 sent «d6_dmy», letter 2 sent «d1_dmy».
Referred to Outreach Immunisation Service «d2_dmy» — OIS nurse «t_n» («t_ph») to visit «p_line».
""",
}

REMINDER = {
    "US": """«agency» · Immunization Program

To the parent or guardian of
«p_G» «p_F»
«p_line»
«p_town», «p_abbr» «p_pc»

«d1_long»

Dear Parent or Guardian of «p_g»,

Our records in the «iis» show that «p_g» (date of birth «p_dobus», registry ID «reg») is due or overdue for these vaccines:
    • ‹DTaP-IPV (Kinrix)› — dose 5 of DTaP, dose 4 of polio
    • ‹MMR II› — dose 2
    • ‹Varivax› — dose 2
Vaccines already on record: ‹Pediarix› on «v1», «v2» and «v3»; ‹MMR II› and ‹Varivax› on «v4»; ‹Hep A (Havrix)› on «v5».
Kindergarten entry in «region» requires these doses. Please call your child's doctor, Dr «d_n», or «clinic»
to make an appointment. You can see and print «p_g»'s record at «url_iis».
If «p_g» has already had these vaccines, please ask the clinic to update the registry or send the record to «e_em».

Sincerely,
«e_n», «e_title»
cc: school nurse «t_n», «school»
""",
    "GB": """Child Health Information Service — «region»                                 Our ref: «reg»

To the parent or carer of:
«p_n»
«p_line»
«p_loc»
«p_town»
«p_pc»
                                                                  Date: «d1_long»
NHS number: «p_nid»          Date of birth: «p_doblong»

Dear Parent or Carer,

Our records show that «p_g» has not yet had ‹the following immunisations›:
    • ‹MMRVaxPro› (second dose of MMR)
    • ‹Boostrix-IPV› (4-in-1 pre-school booster)
An appointment has been booked for «p_g» on «d3_wd» at 9:40 am with «t_n», practice nurse, at «clinic».
Earlier doses on record: ‹Infanrix hexa› «v1», «v2», «v3»; ‹Priorix› «v4»; ‹Menitorix› «v5».
If you cannot attend, please phone «clinic». If «p_g» has moved, or has had these vaccines elsewhere, please let us know.
Measles is circulating in «region»: two doses of MMR give lifelong protection.

Yours faithfully,
«e_n», «e_title»
cc: GP — Dr «d_n», «clinic»; Health Visitor — «s_n»
""",
}

TB_DOT = """«agency» — TB Program — ‹DIRECTLY OBSERVED THERAPY (DOT) RECORD›                     Page 2 of 4
Client: «p_FG»        DOB: «p_dob»      Age: «p_old»      «p_nidl»: «p_nid»      Chart #: «mrn»
Case #: «case_id»      Diagnosis: pulmonary TB (‹A15.0›), smear positive, culture positive (‹MTB complex›, pan-susceptible) — «phl» specimen «spec»
Regimen (continuation phase from «d6_loc»): «tb1», «tb2», «tb3» — three times weekly
DOT site: home — «p_addr» (lives with «r_rel» «r_n», «r_ph»; dog in yard, call from driveway)
Case manager: «e_n», «e_title» («e_ph»)          TB physician: Dr «d_n», «hosp»
Video DOT: app on client's phone, device ID «dev»; back-up number «p_ph»

Date          Time    Doses               Observed by     Mode          Notes
«a1»    08:40   3/3 swallowed       «t_i»     in person     no side effects; weight 51.2 kg
«a2»    08:55   3/3 swallowed       «t_i»     in person     mild nausea, took with toast
«a3»    —       missed              —               —             client at «hosp» ED overnight after a fall
«a4»    07:50   3/3 swallowed       «t_i»     video         none
«a5»    09:05   3/3 swallowed       «s_i»     in person     relief worker; client asked about cataract surgery
«a6»    08:30   3/3 swallowed       «t_i»     in person     grocery card ($25) given
Monthly: sputum «d3_loc» (specimen «spec2») culture negative. ‹ALT 34 U/L›. Vision screen normal (‹Ishihara› 14/14).
Contacts: great-grandchild «k1_n» (‹TST 0 mm›, window prophylaxis stopped «d2_loc»); home-care aide «k2_n» (‹QuantiFERON-TB Gold Plus› negative «d2_loc»).
"""

STI_NOTES = {
    "US": """«agency» — STD/HIV Program                    ‹FIELD RECORD›  FR# «fr»      Interview record: «ir»
Original patient: «p_FG»      DOB «p_dobus»      Sex «p_sex»      Phone «p_ph»
Diagnosis: «sti» («sti_icd»), «sti_stage»      Treated «d1_us» at «clinic»: «sti_drug»
DIS: «e_n» («e_ph»)      Interview date: «d2_us»      Interview period: ‹60 days›

PARTNER 1 — «k1_n»  (age ~«k1_age», «k1_sex»)   Phone «k1_ph»   ‹Instagram› «k1_user»
  Address: «k1_addr»      Last exposure: «d4_us»
  «d3_us»: located at home, brought to «clinic», tested and given «sti_drug». Dispo A (preventive treatment).
PARTNER 2 — first name «k2_g» only (OP does not know last name); met on ‹Grindr› as «k2_user»; last exposure «d6_us»
  Locating: drives a grey Civic, plate «plate»; works nights near «vtown».
  «d5_us»: app message, no response; field visit to «k2_line», «k2_town» — not found. Dispo H.
PARTNER 3 — «k3_n», «k3_ph», «k3_em» — notified by phone «d2_us»; tested «d3_us» at «clinic2»: positive, treated. Dispo C.

Field notes: «d2_us» OP's «r_rel» «r_n» answered at «p_line» and took a message; OP called back from «p_ph2».
OP asked that «m_n» not be told. Supervisor review: «t_n», «d5_us».
""",
    "AU": """«agency» — ‹Partner notification record›                      NCIMS ID: «case_id»
Index: «p_n»      DOB «p_dob»      Medicare «p_nid»      Mobile «p_ph»
Address: «p_addr»
Diagnosis: «sti_org» («sti_icd»), «sti_stage». Notified by Dr «d_n» («clinic», provider no. «d_prov») on «d1_dmy».
Treated «d1_dmy»: «sti_drug»; ‹HIV PrEP› discussed. Contact tracing officer: «e_n» («e_title», «e_ph»). Tracing period: 2 months.

Contacts
 1. «k1_n» — regular partner — «k1_ph» — told by the index «d2_dmy»; tested at «clinic2» «d3_dmy» (positive), treated.
 2. «k2_g» — casual — ‹Tinder› handle «k2_user» — anonymous SMS notification sent «d2_dmy» via ‹Let Them Know›.
 3. «k3_n» («k3_line», «k3_town») — provider referral: letter posted «d3_dmy», phone «k3_ph» not answered.
 4. «k4_g» «k4_f» — met at a party in «vtown» on «d6_dmy»; no contact details — not traceable.
Notes: the index asked that «r_n» («r_rel», «r_ph») is not contacted. Test of cure booked «d5_dmy» with «t_n».
""",
}

SCHOOL = """«school» — ‹ILLNESS ABSENCE REPORT› to «agency»
Reporting date: «d1_loc»      Reported by: «e_n», school nurse («e_em», «e_ph»)
Enrollment: «enrol»      Absent today: «absent» («pct»)      Absent with illness: 31      Baseline absenteeism: ‹4-6%›
Syndrome: gastrointestinal (vomiting / diarrhea) — onset in classrooms 2B and 3A since «d0_loc»; ‹norovirus› suspected

Student                  DOB            Gr   Onset          Symptoms   Parent / guardian       Phone              Returned
«k1_fg»    «k1_dob»   2    «d0_dm»     V, D       «q1_n»    «q1_ph»    «d2_dm»
«k2_fg»    «k2_dob»   2    «d0_dm»     V          «q2_n»    «q2_ph»    «d2_dm»
«k3_fg»    «k3_dob»   3    «d1_dm»     D, fever   «q3_n»    «q3_ph»    —
«k4_fg»    «k4_dob»   3    «d1_dm»     V, D       «q4_n»    «q4_ph»    —
«k5_fg»    «k5_dob»   K    «d0_dm»     V          «q5_n»    «q5_ph»    «d3_dm»

Staff ill: «x_n» (teacher, 2B), «y_n» (lunchroom). Bus 14 driver reports 3 children vomited on the «d0_short» afternoon route.
Actions: surfaces disinfected with ‹1000 ppm chlorine›; «agency» notified «d1_loc» 10:15 by phone («t_n»).
Stool kits given to «q2_g» and «q4_g» for their children; «k3_g» is seen by Dr «d_n» at «clinic».
"""

DEATH_AMEND = {
    "US": """«vr_agency» — ‹AFFIDAVIT TO AMEND A CERTIFICATE OF DEATH›                      Amendment no. «amend»
State file number: «cert»      Date filed: «d3_us»
DECEDENT
  Name: «p_G» «p_F»      Sex: «p_Sex»      Date of death: «d1_long»      Age: «p_old» years
  Date of birth: «p_dobus»      SSN: «p_nid»
  Place of death: «hosp» (inpatient), «vtown», «p_dist»
  Residence: «p_addr»
ITEMS TO BE AMENDED              AS IT APPEARS                              CORRECTED
  32 Cause of death, Part I(a)   ‹Pending investigation›                    «cod» («cod_icd»)
  10 Residence — street          «x_line»                           «p_line»
  14 Informant's relationship    daughter                                   «r_rel»
INFORMANT / APPLICANT: «r_n», «r_addr», «r_ph»
CERTIFIER: «d_n», MD — NPI «d_lic»       Medical examiner case: «me_case»
FUNERAL DIRECTOR: «y_n», «funeral» (license «fdlic»)
Documentation: «cod» confirmed «d0_us»; case reported to «agency» (case «case_id», epidemiologist «e_n»).
Subscribed and sworn before me on «d3_us» — «t_n», Notary Public
""",
    "GB": """General Register Office — ‹Correction of an entry in a register of deaths› (form CON 1)
Registration district: «p_dist»          Sub-district: «vtown»          Entry no.: «cert»     Application ref: «amend»
DECEASED
  Name and surname: «p_G» «p_F»           Date and place of death: «d1_long», «hosp»
  Date of birth: «p_doblong»       Age: «p_old»       NHS number: «p_nid»
  Usual address: «p_addr»
ERROR                                  AS REGISTERED                          CORRECTION
  Cause of death (Ia)                   ‹Bronchopneumonia›                     «cod» («cod_icd»)
  Informant's qualification             daughter                               «r_rel», present at the death
  Usual address                         «x_line», «p_town»                 «p_line», «p_loc», «p_town»
INFORMANT: «r_n», «r_addr», telephone «r_ph»
Evidence: letter from HM Senior Coroner «d_n» dated «d3_long»; medical examiner «c_n» (GMC «c_lic»); notification to «agency»
(HPZone «case_id»; consultant «e_n»).
Correction authorised by «t_n», Superintendent Registrar, on «d5_long». Funeral director: «y_n», «funeral».
""",
}

BIRTH_AMEND = {
    "CA": """«vs» — ‹REQUEST TO AMEND A BIRTH REGISTRATION›                   Registration no.: «cert»     Request no.: «amend»
CHILD
  Surname: «p_F» (as registered)     Given names: «p_G»     Sex: «p_Sex»     Date of birth: «p_doblong»
  Place of birth: «hosp», «p_town» «p_abbr»       Health card: «p_nid»
MOTHER / PARENT 1: «r_n», born «r_dob», «r_addr», «r_ph», «r_em»
PARENT 2 (to be added): «m_n», born «m_dob», «m_ph»
AMENDMENT: add parent 2's particulars; change the child's surname from «p_F» to «newsur»
Statutory declaration sworn «d2_long» before «t_n», Commissioner of Oaths.
Public health note (not part of the registration): infant of an HBsAg-positive mother (‹Z20.5›) — ‹HBIG 0.5 mL IM› and
‹Engerix-B 10 mcg› dose 1 given «p_dob»; dose 2 due «d3_loc»; ‹anti-HBs› and ‹HBsAg› serology at 9 months. Case manager «e_n», «e_title» («e_ph»);
delivering physician Dr «d_n» (licence no. «d_lic»).
""",
    "NZ": """Births, Deaths and Marriages — Department of Internal Affairs
‹Application to correct a birth registration›                         Registration no.: «cert»     Application: «amend»
Child: «p_n»      Born: «p_doblong» at «hosp», «p_town»      NHI: «p_nid»      Sex: «p_Sex»
Mother: «r_n», born «r_doblong», «r_addr», «r_ph», «r_em»
Father: «m_n», born «m_doblong», mobile «m_ph»
Correction: the child's surname to read «newsur» (hyphenated) and the father's details added; birth certified by
midwife «d_n» (MCNZ «d_lic»). Statutory declaration witnessed «d2_dmy» by «t_n», Justice of the Peace.
Public health note (National Public Health Service): mother treated for syphilis in pregnancy (‹O98.1›, ‹Bicillin L-A 2.4 MU› x3);
infant ‹RPR› non-reactive at birth «p_dob»; follow-up ‹RPR› and ‹TPPA› due «d3_dmy» at «clinic». Case lead «e_n» («e_em»).
""",
}

SYNDROMIC = """{"feed":"ESSENCE","facility":"«hosp»","visit_id":"«k1_vid»","mrn":"«k1_mrn»","admit":"«k1_adm»","age":"«k1_age»","sex":"«k1_sex»","zip":"«k1_pc»","chief_complaint":"‹FEVER COUGH X3 DAYS, BODY ACHES›","triage_note":"pt reports grandchild «q1_g» has the same, tested flu + at «clinic»","dx":"‹J10.1›","disposition":"Discharged"}
{"feed":"ESSENCE","facility":"«hosp»","visit_id":"«k2_vid»","mrn":"«k2_mrn»","admit":"«k2_adm»","age":"«k2_age»","sex":"«k2_sex»","zip":"«k2_pc»","chief_complaint":"‹VOMITING DIARRHEA SINCE LAST NIGHT›","triage_note":"ate at «venue» «d0_dm» with coworker «q2_n», who is also sick","dx":"‹A08.11›","disposition":"Discharged"}
{"feed":"ESSENCE","facility":"«hosp»","visit_id":"«k3_vid»","mrn":"«k3_mrn»","admit":"«k3_adm»","age":"«k3_age»","sex":"«k3_sex»","zip":"«k3_pc»","chief_complaint":"‹RASH AND FEVER›","triage_note":"parent «q3_g» states rash started on face «d0_dm», not vaccinated, recent travel","dx":"‹B05.9›","disposition":"Transferred"}
{"feed":"ESSENCE","facility":"«hosp2»","visit_id":"«k4_vid»","mrn":"«k4_mrn»","admit":"«k4_adm»","age":"«k4_age»","sex":"«k4_sex»","zip":"«k4_pc»","chief_complaint":"‹DOG BITE R HAND›","triage_note":"bitten by neighbor's dog at «k4_line»; owner «q4_n» has vaccination papers","dx":"‹W54.0XXA›","disposition":"Discharged"}
{"feed":"ESSENCE","facility":"«hosp2»","visit_id":"«k5_vid»","mrn":"«k5_mrn»","admit":"«k5_adm»","age":"«k5_age»","sex":"«k5_sex»","zip":"«k5_pc»","chief_complaint":"‹SOB, COUGH, FEVER 102›","triage_note":"lives alone in «k5_town», family member «q5_g» brought pt in, call «k5_ph»","dx":"‹J18.9›","disposition":"Admitted"}
{"feed":"ESSENCE","facility":"«hosp»","visit_id":"«k6_vid»","mrn":"«k6_mrn»","admit":"«k6_adm»","age":"«k6_old»","sex":"«k6_sex»","zip":"«k6_pc»","chief_complaint":"‹WEAKNESS, DIARRHEA X5 DAYS›","triage_note":"from «k6_town», «q6_n» (HCPOA) at bedside","dx":"‹A04.72›","disposition":"Admitted"}
{"feed":"ESSENCE","facility":"«hosp2»","visit_id":"«k7_vid»","mrn":"«k7_mrn»","admit":"«k7_adm»","age":"«k7_old»","sex":"«k7_sex»","zip":"«k7_pc»","chief_complaint":"‹FALL, HIP PAIN›","triage_note":"found on floor at home by aide «q7_g» on «d1_dm»","dx":"‹S72.001A›","disposition":"Admitted"}
"""

ENV_INSPECTION = {
    "GB": """«council» — ‹Environmental Health — Housing inspection note›         Our ref: «insp»      UKHSA ref: «case_id»
Property: «p_addr»
Occupier: «r_n» («r_ph»), tenant since «year», with children «p_g» (age «p_age») and «m_g» («m_agey»)
Landlord: «x_n», «x_addr», «x_ph», «x_em»
Referral: elevated blood lead — «p_n», DOB «p_dob», NHS number «p_nid» — from «agency» (consultant «e_n») on «d1_dmy».
Blood lead ‹0.62 µmol/L› (12.8 µg/dL) on «d6_dmy», reported by «hosp» paediatrics (Dr «d_n»).
Inspection: «d2_wd» 10:30 by «t_n», Environmental Health Officer, with «s_n» (UKHSA environmental scientist).
Findings: flaking lead paint on sash windows and skirting (‹XRF 3.8 mg/cm²›); lead supply pipe, first-draw water sample ‹Pb 23 µg/L›;
Category 1 hazard — lead; Category 2 — damp and mould in rear bedroom.
Action: Improvement Notice served on the landlord «d3_dmy», works to be completed by «d5_dmy»; family given bottled-water advice;
«r_g» asked that letters go to «r_her» sister «y_n», «y_line», «y_town».
""",
    "AU": """«council» — ‹Legionella investigation — private residence›      Inspection ref: «insp»     NCIMS ID: «case_id»
Case: «p_n» («p_age»), DOB «p_dob», ‹Legionella longbeachae› serogroup 1 (urinary antigen negative, PCR positive) — «hosp», Dr «d_n»
Residence inspected: «p_addr»
Present: «r_n» («r_rel», «r_ph»); owner of the property: «x_n», «x_ph»
Inspection: «d2_wd» by «t_n» (Environmental Health Officer) and «e_n» («e_title», «agency»)
Exposure history: potted 6 bags of potting mix on «d4_short» without gloves or mask; hot tub on the back deck, not drained since «year»;
rainwater tank plumbed to the hot-water system; also visited «x_g»'s garden shed at «y_line», «y_town».
Samples: potting mix (2), hot tub water, tank water, shower head swab — sent to «phl» under «spec», «spec2».
Results «d3_dmy»: L. longbeachae isolated from potting mix; hot tub ‹Legionella < 10 cfu/mL›. Owner advised «d3_dmy».
""",
}

HPT_LOG = """HPZone — Case «case_id» — ‹Invasive meningococcal disease› — «p_n»
Context: «p_age»-year-old; sixth-form student at «college»; lives at «p_addr» with «r_rel» «r_n» and «m_rel» «m_n».
NHS number: «p_nid»     DOB: «p_dob»     GP: Dr «d_n», «clinic»     Admitted: «hosp», «d1_dmy»

«d1_dmy» 21:40  «e_i» — Call from Dr «c_n» (microbiology, «hosp»): Gram-negative diplococci in CSF; PCR sent to ‹UKHSA Meningococcal Reference Unit› («spec»).
«d1_dmy» 22:15  «e_i» — Household and kissing contacts: «r_n» («r_ph»), «m_n», grandmother «k1_n» (stayed over «d0_dmy»),
                         boyfriend / girlfriend «k2_n» («k2_ph»). ‹Ciprofloxacin 500 mg› stat via out-of-hours pharmacy; ‹MenACWY› offered.
«d2_dmy» 09:10  «t_i» — School informed (head of sixth form «x_n»); warn-and-inform letter sent to the year group.
«d2_dmy» 14:30  «e_i» — PCR: ‹Neisseria meningitidis group B›. Confirmed. «k3_n» («k3_ph») drove the case to «venue» on
                         «d4_dmy» — > 7 days before onset, no prophylaxis. Friend «k4_n» of «k4_line», «k4_town» also advised.
«d3_dmy» 11:00  «t_i» — Case discharged «d3_dmy». All contacts have had prophylaxis. Closed by «e_n».
"""

MEASLES_SITES = """«agency» — ‹Measles case investigation — exposure locations›               Case ID: «case_id»
Case: «p_n» («p_agey»), «p_nidl» «p_nid», «p_addr», phone «p_ph»
Rash onset «d0_long»; infectious from «d4_long» to «d2_long». Returned from «trip» on «flight», «d7_long».
Online case questionnaire submitted «d1_dmy» 19:42 from IP «ip» (link «url»).

Public exposure locations (for the media release):
  «d4_wd» 10:00–12:30 — «mvenue1», «vtown»
  «d0_wd» 15:00–17:00 — «mvenue2», «vtown»
  «d1_wd» 09:30–13:00 — «mvenue3»

Private exposure locations (not for release):
  «d0_long» — birthday party at the home of «x_n», «x_line», «x_town»; host's phone «x_ph»; 14 guests, list from «x_g».
  Case's car (registration «plate») took «k1_n» and «k2_n» to «mvenue1».
Household: «r_n» («r_rel», two ‹MMR› doses), «m_n» («m_rel»; ‹normal human immunoglobulin› given «d2_dmy» by «t_n»).
Medical Officer of Health: Dr «d_n».   Interviewer: «e_n» («e_ph»).
"""

EMAIL_THREAD = """From: «s_n» <«s_em»>
To: «e_n» <«e_em»>
Cc: «t_n» <«t_em»>
Sent: «d2_long» 4:12 PM
Subject: RE: Listeria isolate — «p_F» — accession «acc»

Hi «e_g»,

Confirming ‹Listeria monocytogenes› from blood culture collected «d1_loc» at «hosp» — patient «p_n», DOB «p_dob», MRN «mrn».
The isolate went to «phl» for WGS today as «spec». Ordering physician is Dr «d_n» (cell «d_ph»). She is 31 weeks pregnant, on ‹Ampicillin 2 g IV q4h›.

— «s_g»
«s_title», Microbiology, «lab» | «s_ph»

-----Original Message-----
From: «e_n»
Sent: «d2_long» 9:03 AM
To: «s_n»

Hi «s_g» — we had a call from Dr «d_i» about a possible listeriosis case at «hosp». Do you have an accession number?
Patient says she bought deli meat at «grocer» in «vtown» around «d4_short», and raw-milk cheese from a farm stand near «x_town»
run by «x_n». Her husband «r_n» can be reached at «r_ph»; she is in the ICU. Her address: «p_addr».
Thanks, «e_g»
«e_title», «agency» · «e_ph»
"""

JSON_EXPORT = {
    "US": """{"caseId":"«case_id»","condition":"«gi_disease»","caseStatus":"Confirmed","reportDate":"«d1_iso»","jurisdiction":"«agency»","mmwrWeek":"«mmwr»","person":{"lastName":"«p_f»","firstName":"«p_g»","dob":"«p_dobiso»","sex":"«p_sex»","ssn":"«p_nid»","medicaidId":"«p_hp»","address":{"street":"«p_line»","city":"«p_town»","county":"«p_dist»","state":"«p_abbr»","zip":"«p_pc»"},"phones":[{"type":"cell","number":"«p_ph»"},{"type":"home","number":"«p_ph2»"}],"email":"«p_em»"},"labs":[{"accession":"«acc»","specimen":"«specimen»","collected":"«d1_iso»","result":"«gi_organism»","performingLab":"«lab»","phlId":"«spec»","wgsCluster":"«cluster»"}],"hospitalization":{"facility":"«hosp»","mrn":"«mrn»","admitted":"«d1_iso»","discharged":"«d2_iso»"},"contacts":[{"name":"«r_n»","relationship":"«r_rel»","phone":"«r_ph»","dob":"«r_dobiso»"},{"name":"«k1_n»","relationship":"coworker","phone":"«k1_ph»","dob":"«k1_dobiso»"},{"name":"«k2_n»","relationship":"friend","phone":"«k2_ph»","address":"«k2_line», «k2_town»"}],"investigator":{"name":"«e_n»","email":"«e_em»"},"notes":[{"at":"«d2_iso»T10:14:00","by":"«t_n»","text":"Spoke with «r_g»; exposure at «venue» confirmed. Dr «d_n» (NPI «d_lic») agrees with treatment."}]}""",
    "CA": """{"investigationId":"«case_id»","disease":"«gi_disease»","classification":"Confirmed","reportedOn":"«d1_iso»","healthUnit":"«agency»","client":{"surname":"«p_f»","givenName":"«p_g»","birthDate":"«p_dobiso»","gender":"«p_sex»","healthCard":"«p_nid»","address":{"line1":"«p_line»","city":"«p_town»","province":"«p_abbr»","postalCode":"«p_pc»"},"telephone":"«p_ph»","email":"«p_em»","preferredLanguage":"English"},"labResults":[{"accessionNo":"«acc»","specimenType":"«specimen»","collectionDate":"«d1_iso»","organism":"«gi_organism»","lab":"«lab»","referenceLabNo":"«spec»"}],"contacts":[{"name":"«r_n»","relationship":"«r_rel»","phone":"«r_ph»","birthDate":"«r_dobiso»"},{"name":"«k1_n»","relationship":"coworker","phone":"«k1_ph»","birthDate":"«k1_dobiso»"},{"name":"«k2_n»","relationship":"friend","phone":"«k2_ph»","address":"«k2_line», «k2_town»"}],"investigator":{"name":"«e_n»","email":"«e_em»","title":"«e_title»"},"notes":[{"at":"«d2_iso»T10:14:00","by":"«t_n»","text":"Spoke with «r_g»; ate at «venue» on «d4_iso». Dr «d_n» (licence «d_lic») notified."}]}""",
}

TEMPLATES: list[tuple[str, list[str], str, str | dict[str, str]]] = [
    ("phs54_cd_case_investigation_form", ["US", "US"], "text", CASE_FORM),
    ("phs54_measles_contact_tracing_line_list", ["CA", "NZ"], "text", CONTACT_LIST),
    ("phs54_foodborne_outbreak_line_list", ["US", "GB"], "text", FOODBORNE),
    ("phs54_elr_hl7_oru_message", ["US", "CA"], "text", HL7),
    ("phs54_elr_csv_batch", ["AU", "US"], "text", ELR_CSV),
    ("phs54_immunisation_register_history", ["AU", "NZ"], "text", IMMUN_REGISTER),
    ("phs54_immunisation_reminder_recall_letter", ["US", "GB"], "text", REMINDER),
    ("phs54_tb_directly_observed_therapy_log", ["CA", "US"], "text", TB_DOT),
    ("phs54_sti_partner_notification_notes", ["US", "AU"], "text", STI_NOTES),
    ("phs54_school_daycare_absence_report", ["US", "CA"], "text", SCHOOL),
    ("phs54_death_certificate_amendment", ["US", "GB"], "text", DEATH_AMEND),
    ("phs54_birth_registration_amendment", ["CA", "NZ"], "text", BIRTH_AMEND),
    ("phs54_syndromic_chief_complaint_feed", ["US", "US"], "ndjson", SYNDROMIC),
    ("phs54_environmental_health_household_inspection", ["GB", "AU"], "text", ENV_INSPECTION),
    ("phs54_hpt_case_log", ["GB", "GB"], "text", HPT_LOG),
    ("phs54_measles_exposure_site_investigation", ["NZ", "AU"], "text", MEASLES_SITES),
    ("phs54_lab_epi_email_thread", ["CA", "US"], "text", EMAIL_THREAD),
    ("phs54_surveillance_case_json_export", ["US", "CA"], "json", JSON_EXPORT),
]

VITAL_STATS = {"ON": "ServiceOntario, Office of the Registrar General", "QC": "Directeur de l'état civil du Québec",
               "MB": "Manitoba Vital Statistics Agency", "SK": "eHealth Saskatchewan, Vital Statistics", "NU": "Nunavut Vital Statistics",
               "AB": "Alberta Vital Statistics"}  # fmt: skip
LOC_SLOTS: dict[str, dict[str, Slot]] = {
    "nid_col": {"CA": "health_card", "NZ": "nhi"},
    "ig": {"CA": K("GamaSTAN 0.5 mL/kg IM"), "NZ": K("normal immunoglobulin 0.6 mL/kg IM")},
    "mmr": {"CA": K("MMR II"), "NZ": K("Priorix")},
    "eho_label": {"US": "Sanitarian", "GB": "EHO"},
    "lab_app": {"US": "SUNQUEST", "CA": "SOFTLAB"},
    "lab_short": {"US": "RMCLAB", "CA": "LIFELABS"},
}


def problems(doc: Doc) -> list[str]:
    """The kit's ambiguity checks (a PHI value outside its spans, a keep value missing or inside PHI)."""
    return _base_problems(doc)


def _keys(template: str) -> set[str]:
    return set(re.findall(r"«([a-z]\d?)_", template))


def make_doc(seed: int, index: int, kind: str, locs: list[str], fmt: str, template: str | dict[str, str]) -> Doc:
    """Render one document; a draw whose labels would be ambiguous is re-drawn with the next sub-seed."""
    loc = locs[index % len(locs)]
    text = template[loc] if isinstance(template, dict) else template
    keys = _keys(text)
    doc = None
    for attempt in range(300):
        rng = random.Random(f"phigate-probe54:{seed}:{kind}:{index}:{attempt}")
        slots = base_slots(rng, loc, kind, keys)
        for key, by_loc in LOC_SLOTS.items():
            slots[key] = by_loc.get(loc, "")
        slots["st"] = str(slots.get("p_abbr", ""))
        slots["nk1"] = "MTH^Mother^HL70063" if slots.get("r_rel") == "mother" else "FTH^Father^HL70063" if slots.get("r_rel") == "father" else "SPO^Spouse^HL70063" if slots.get("r_rel") in ("wife", "husband") else "CHD^Child^HL70063"
        k2 = slots.get("k2_Sex")
        slots["k2_rel"] = "sister" if k2 == "Female" else "brother"
        slots["fdlic"] = P("LICENSE", fill(rng, "FD-%####"))
        slots["vs"] = K(VITAL_STATS.get(str(slots.get("p_abbr")), "Vital Statistics"))
        r_f, m_f = slots.get("r_f"), slots.get("m_f")
        if isinstance(r_f, P) and isinstance(m_f, P):
            slots["newsur"] = P("NAME", f"{r_f.value}-{m_f.value}")
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


assert NAMES  # the tables are imported for the tests
