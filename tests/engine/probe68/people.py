# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the sixty-eighth probe: occupational health, workers' compensation, school
health and public-service medicals from the United States, Canada, the United Kingdom, Ireland and Australia
(synthetic only; no real worker, student, parent, supervisor, adjuster, nurse or physician). Name words are
American (Appalachian given and family names of eastern Kentucky, Cajun ones of south Louisiana, Lumbee and
Eastern Cherokee family names, Somali Minnesotan and Haitian Floridian names), Canadian (Icelandic Manitoban,
Newfoundland outport, Cree and Oji-Cree, Inuit and Haitian Québécois), British (Sylheti British Bangladeshi,
Romanian, Nepali Gurkha, Zimbabwean, Orcadian, Shetland and Cornish), Irish (Connemara and Donegal Gaeltacht
names in their Irish forms -- Ó / Ní, with lenition --, Kerry and Wexford family names, Lithuanian Irish) and
Australian (Macedonian, Croatian, Sinhalese and South Sudanese), combined at random: never a real person.
Women of Macedonian and Lithuanian families and of Gaeltacht families carry the feminine form of the family
name (FEMININE). They were checked against every string of the people tables of probes 1-64 before any
measurement (test_probe68: no shared name word).

Towns, townlands, outports, reserves, suburbs and streets are invented; states, provinces, territories, UK
nations, Irish counties and countries are real and are keep values when written alone. Employers, clinics and
laboratories are invented or generic. Numbers are random; SSN, NPI, SIN, NHS, PPS and Australian Medicare
numbers carry valid check digits (ids.py), and UK driving licence numbers are built from the holder's name and
date of birth as the DVLA builds them.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe68 import ids
from tests.engine.probe68.ids import fill

__all__ = ["FEMININE", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "phone"]

# culture: (female given, male given, family -- the masculine / dictionary form)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "appalachian": (
        ["Elvie", "Lavada", "Oma", "Icy", "Zettie", "Pernie", "Versie", "Dellie", "Clovie", "Ova", "Rilda", "Wilda", "Bevie", "Dorris", "Maggie", "Susannah"],
        ["Ottie", "Arlie", "Euel", "Clell", "Arlin", "Vestal", "Ersel", "Orbin", "Ulis", "Ishmael", "Burley", "Cloyd", "Harl", "Emmit", "Lonzie", "Zachariah"],
        ["Couch", "Collinsworth", "Profitt", "Messer", "Hoskins", "Coots", "Pigman", "Eversole", "Jent", "Kincer", "Tussey", "Neace", "Smallwood", "Wampler",
         "Fultz", "Grigsby", "Helton", "Jessee", "Nickles", "Rasnake", "Salyers", "Vicars", "Wolford", "Deel"]),
    "cajun": (
        ["Avie", "Nolia", "Lovinia", "Enola", "Dorcilia", "Azema", "Odelia", "Noonie", "Alida", "Celestine", "Forestine", "Leodine", "Mathilde", "Nelda", "Oneida", "Rayna"],
        ["Valsin", "Oday", "Clebert", "Hypolite", "Emmit", "Burley", "Solomon", "Orbin"],
        ["Stelly", "Vidrine", "Boudoin", "Toups", "Pitre", "Billiot", "Verdin", "Dartez", "Fuselier", "Istre", "Judice", "Lalande", "Mayeux", "Pellerin",
         "Quebedeaux", "Simoneaux", "Thibeaux", "Zeringue", "Cheramie", "Dupre", "Falgout", "Leleux", "Miguez", "Ortego", "Primeaux", "Reaux", "Sagrera",
         "Soileau", "Touchet", "Vizinat"]),
    "native_southeast": (
        ["Dinah", "Versie", "Maggie", "Wilda", "Bevie", "Odelia"],
        ["Zachariah", "Solomon", "Ishmael", "Vestal", "Cloyd", "Lonzie"],
        ["Brayboy", "Revels", "Lowry", "Bullard", "Hammonds", "Maynor", "Deese", "Swett", "Swimmer", "Crowe", "Owle", "Bigmeat", "Arneach", "Teesateskie",
         "Lossiah", "Tramper", "Climbingbear", "Toineeta", "Walkingstick", "Saunooke", "Youngdeer", "Standingdeer"]),
    "somali": (
        ["Warsan", "Ugbaad", "Zamzam", "Maryan", "Ruun", "Sacdiyo", "Halimo", "Bisharo"],
        ["Ahmednur", "Bile", "Abdiweli", "Jibriil", "Yonis", "Feysal"],
        ["Gulaid", "Kahiye", "Magan", "Shirdon", "Wehliye", "Gabeyre", "Qalinle", "Geedi", "Caddow", "Ciise", "Shurie", "Abtidoon", "Bihi", "Fiqi",
         "Wardheere", "Dhuux", "Abokor", "Yabarow", "Nageeye"]),
    "haitian": (
        ["Wideline", "Altagrâce", "Roselaure"],
        ["Ernso", "Frednel"],
        ["Dorvilien", "Bazile", "Joassaint", "Charlestin", "Dorcely", "Similien", "Destiné"]),
    "icelandic": (
        ["Ingibjorg", "Hrefna", "Gudny", "Sigurlaug", "Thorbjorg", "Herdis", "Rannveig", "Bergthora", "Gudlaug", "Svanhildur", "Arnbjorg", "Kolbrun",
         "Halldora", "Sigridur", "Gudbjorg", "Thordis", "Valgerdur", "Bryndis", "Hulda", "Unnur"],
        ["Valdimar", "Thorarinn", "Snorri", "Sveinn", "Skuli", "Olafur", "Hjalti", "Gisli", "Baldur"],
        ["Thorsteinson", "Sigurdson", "Eyolfson", "Kristjanson", "Bjarnason", "Arnason", "Johannesson", "Stefanson", "Thorvaldson", "Gudmundson",
         "Thordarson", "Einarsson", "Sveinson", "Hallgrimson", "Olafson", "Helgason", "Jonasson", "Benediktson", "Oddleifson", "Thorkelson", "Isfeld",
         "Arnbjornson", "Sigvaldason", "Fridfinnson", "Kardal", "Vopni"]),
    "newfoundland": (
        ["Bride", "Thirza", "Susannah", "Tryphena", "Dinah", "Levinia", "Vashti"],
        ["Ches", "Lew", "Alphaeus", "Azariah", "Eliakim", "Eldred", "Naboth", "Obed", "Japhet", "Meshach"],
        ["Ploughman", "Brinston", "Critch", "Tuff", "Coish", "Drover", "Moores", "Parrott", "Tilley", "Yetman", "Earle", "Fillier", "Genge", "Jewer",
         "Kelloway", "Nippard", "Oake", "Upshall", "Warr", "Wiseman"]),
    "cree": (
        ["Celestine", "Mathilde", "Alida", "Maggie", "Forestine", "Leodine"],
        ["Solomon", "Zachariah", "Hypolite", "Clebert", "Naboth", "Obed"],
        ["Bigstone", "Keewatin", "Wapass", "Thunderchild", "Sewap", "Mamakwa", "Kanakakeesic", "Sakakeesic", "Anishinabie", "Nanowin", "Kitchekeesik",
         "Muskego", "Monias", "Okanee", "Bighetty", "Peeteetuce", "Koostachin", "Metatawabin", "Hookimaw", "Nakogee", "Tookate"]),
    "inuit": (
        ["Celestine", "Susannah", "Maggie"],
        ["Solomon", "Zachariah", "Eliakim"],
        ["Tootoo", "Kablutsiak", "Aglukark", "Netser", "Kakkik", "Piujuk", "Alainga", "Qanatsiaq"]),
    "bangladeshi": (
        ["Rupna", "Jusna", "Shilpi", "Rumana", "Shipa", "Lipi", "Shaheda", "Khaleda", "Aleya", "Rahena", "Forida"],
        ["Kamrul", "Shoyeb", "Mashuk", "Abdus", "Shahed", "Sabuj", "Rubel", "Helal", "Suhel", "Juned", "Anhar", "Shofiqul", "Ashik"],
        ["Islam", "Matubbor", "Kabir", "Ullah", "Alom", "Bhuyan", "Tarafdar", "Akhanji", "Khandakar"]),
    "romanian": (
        ["Mădălina", "Lăcrămioara", "Marinela", "Geanina"],
        ["Alexandru", "Dănuț", "Liviu", "Gigel", "Cornel", "Ilie"],
        ["Lupu", "Bălan", "Ursu", "Pîrvu", "Bucur", "Vlad", "Anghel", "Toma", "Sârbu", "Bratu", "Chiriac", "Cazacu", "Pavel", "Manole"]),
    "nepali": (
        ["Lila", "Gyanu", "Sabita", "Dhanmaya", "Purnima"],
        ["Dil", "Tek", "Yam", "Ghan", "Sher", "Nar", "Lal", "Indra", "Hom"],
        ["Ale", "Poudel", "Budha", "Roka", "Yakha", "Thami", "Chepang", "Dura", "Kulung", "Sampang", "Angbuhang", "Tumbahangphe", "Yakthumba", "Chemjong",
         "Sambahamphe", "Nembang"]),
    "zimbabwean": (
        ["Mazvita", "Nokutenda", "Gamuchirai", "Chenai", "Danai"],
        ["Liviu", "Cornel"],  # never drawn: the UK's Zimbabwean staff in these documents are women (FEMALE_ONLY)
        ["Chiwenga", "Chimedza", "Chinembiri", "Machingura", "Chikore"]),
    "northern_isles": (
        ["Ertie", "Osla", "Sinnie", "Lollie", "Ebbie", "Johnina"],
        ["Lowrie", "Eifion", "Heulyn", "Ilie"],
        ["Irvine", "Goudie", "Budge", "Thomason", "Moar", "Slater", "Clouston", "Ratter", "Omand", "Carne", "Nance", "Trerise", "Tremewan", "Bowdler", "Bellis"]),
    "gaeltacht": (
        ["Sadhbha", "Póilín", "Sailí", "Síne", "Neans", "Meaig", "Nan", "Mair"],
        ["Mánus", "Páidí", "Dathaí", "Beircheart", "Fionán", "Máirtín", "Cóilín", "Darach", "Féilim", "Learaí", "Seáinín", "Steaimí", "Peadairín",
         "Tomáisín", "Beairtle", "Cuimín", "Maitiú"],
        ["Ó Cadhain", "Ó Máille", "Ó Flatharta", "Ó Cualáin", "Ó Gríofa", "Ó Tuathail", "Ó Laoire", "Ó Cathasaigh", "Ó Conaire", "Ó Maoilchiaráin",
         "Ó Guairim", "Ó Neachtain", "Ó Fearraigh", "Ó Baoill", "Ó Gallchóir", "Ó Griallais", "Ó Mainnín", "Ó Maoláin"]),
    "irish": (
        ["Kitty", "Sinnie", "Nan", "Lollie", "Ebbie", "Síne"],
        ["Ger", "Dinny", "Con", "Denny", "Páidí", "Mánus"],
        ["Kinnerk", "Lenane", "Kerins", "Horan", "Shinnick", "Dullea", "Herlihy", "Minihane", "Tarrant", "Wrenn", "Cremin", "Counihan", "Looney", "Kennelly",
         "Lucitt", "Mahedy", "Rochford", "Tuite", "Canavan", "Mernagh", "Cloney", "Devereux", "Whitty", "Redmond", "Busher", "Cosgrave", "Hipwell",
         "Kinsellagh", "Keyes"]),
    "lithuanian": (
        ["Giedrė", "Audronė", "Laima", "Ramunė", "Ugnė", "Edita", "Kristina", "Aurelija", "Skaistė"],
        ["Egidijus", "Vaidas", "Tadas", "Rokas", "Andrius", "Mantas", "Paulius", "Linas", "Donatas", "Remigijus", "Deividas", "Justinas", "Karolis", "Lukas",
         "Nerijus", "Raimondas", "Valdas", "Rolandas", "Žilvinas", "Vidmantas"],
        ["Urbonas", "Navickas", "Grigas", "Rimkus", "Mockus", "Šimkus", "Sabaliauskas", "Lukoševičius", "Baranauskas", "Balčiūnas", "Dambrauskas", "Vaitkus",
         "Žilinskas", "Mikalauskas", "Kairys", "Adomaitis", "Gudaitis", "Bernotas", "Jonaitis", "Pocius", "Račkauskas", "Ramanauskas", "Tamošiūnas",
         "Valančius"]),
    "macedonian": (
        ["Verica", "Ljubica", "Suzana", "Lenche", "Zagorka", "Blagica", "Elena", "Menka"],
        ["Trajche", "Blagoja", "Ljupcho", "Vlatko", "Sasho", "Mende", "Dimche", "Stojan", "Pece", "Tome", "Aco", "Risto", "Vasko", "Kire", "Gjorgji", "Dushko",
         "Ognen"],
        ["Trajkovski", "Stojanovski", "Petrovski", "Nikolovski", "Dimitrovski", "Jovanovski", "Angelovski", "Ristovski", "Trajanovski", "Velkovski",
         "Kostovski", "Todorovski", "Mitrevski", "Blazevski", "Naumovski", "Spasovski", "Gjorgjievski", "Krstevski", "Bogdanovski", "Zdravkovski",
         "Stefanovski", "Ilievski", "Manevski", "Cvetkovski", "Atanasovski"]),
    "croatian": (
        ["Ankica", "Nevenka", "Ružica", "Marica", "Ljerka", "Branka"],
        ["Stjepan", "Tomislav", "Ivica", "Krunoslav", "Davor", "Mladen", "Nikica", "Mate", "Jure", "Šime", "Frane", "Vinko", "Damir", "Zlatko", "Stipe"],
        ["Bašić", "Matić", "Perić", "Vuković", "Jurić", "Knežević", "Tomić", "Barišić", "Radić", "Pavlović", "Blažević", "Marinović", "Jakovljević", "Zorić",
         "Bilić", "Mandić", "Šarić", "Ivanković", "Anić", "Sušac", "Dragičević", "Mikulić", "Vidović"]),
    "sinhalese": (
        ["Kanchana", "Lakmini", "Vindya", "Tharushi", "Chamila", "Anuradha"],
        ["Dimuthu", "Sandun", "Wasantha", "Gayan", "Hasitha", "Duminda", "Chandana", "Asela", "Thisara"],
        ["Wanigasekera", "Siriwardena", "Ariyaratne", "Thilakaratne", "Udugama", "Vithanage", "Yapa"]),
    "south_sudanese": (
        ["Nyibol", "Anyieth", "Aluel", "Athieng", "Nyanut", "Nyakuol", "Ayak", "Achan", "Adhieu", "Akuol", "Nyalok", "Nyandit"],
        ["Mawien", "Makur", "Ayuen", "Nhial", "Lual", "Mayen", "Arok", "Majak", "Dhieu", "Ajang"],
        ["Bol", "Atem", "Chol", "Alier", "Bior", "Dut", "Kiir", "Akuei", "Awer", "Madut"]),
}  # fmt: skip
FEMALE_ONLY = {"zimbabwean"}

# the feminine form a woman of the family writes (Macedonian -ska, Lithuanian -ienė, Irish Ní with lenition)
_MK = {f: f[:-1] + "a" for f in NAMES["macedonian"][2]}
_LT = {"Urbonas": "Urbonienė", "Navickas": "Navickienė", "Grigas": "Grigienė", "Rimkus": "Rimkienė", "Mockus": "Mockienė", "Šimkus": "Šimkienė",
       "Sabaliauskas": "Sabaliauskienė", "Lukoševičius": "Lukoševičienė", "Baranauskas": "Baranauskienė", "Balčiūnas": "Balčiūnienė",
       "Dambrauskas": "Dambrauskienė", "Vaitkus": "Vaitkienė", "Žilinskas": "Žilinskienė", "Mikalauskas": "Mikalauskienė", "Kairys": "Kairienė",
       "Adomaitis": "Adomaitienė", "Gudaitis": "Gudaitienė", "Bernotas": "Bernotienė", "Jonaitis": "Jonaitienė", "Pocius": "Pocienė",
       "Račkauskas": "Račkauskienė", "Ramanauskas": "Ramanauskienė", "Tamošiūnas": "Tamošiūnienė", "Valančius": "Valančienė"}  # fmt: skip
_GA = {"Ó Cadhain": "Ní Chadhain", "Ó Máille": "Ní Mháille", "Ó Flatharta": "Ní Fhlatharta", "Ó Cualáin": "Ní Chualáin", "Ó Gríofa": "Ní Ghríofa",
       "Ó Tuathail": "Ní Thuathail", "Ó Laoire": "Ní Laoire", "Ó Cathasaigh": "Ní Chathasaigh", "Ó Conaire": "Ní Chonaire",
       "Ó Maoilchiaráin": "Ní Mhaoilchiaráin", "Ó Guairim": "Ní Ghuairim", "Ó Neachtain": "Ní Neachtain", "Ó Fearraigh": "Ní Fhearraigh",
       "Ó Baoill": "Ní Bhaoill", "Ó Gallchóir": "Ní Ghallchóir", "Ó Griallais": "Ní Ghriallais", "Ó Mainnín": "Ní Mhainnín", "Ó Maoláin": "Ní Mhaoláin"}  # fmt: skip
FEMININE: dict[str, str] = {**_MK, **_LT, **_GA}
_MASCULINE = {v: k for k, v in FEMININE.items()}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region (keep) -> (abbreviation, invented towns)
    streets: tuple[str, ...]  # fill patterns of a street line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: dict[str, tuple[str, ...]]  # culture -> the regions it lives in


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Kentucky": ("KY", ("Caney Branch", "Rowdy Fork", "Pinhook Gap", "Turkey Lick Hollow")),
        "Louisiana": ("LA", ("Bayou Mouchoir", "Anse Fourchue", "Prairie Ronde Station", "Chenier Noir")),
        "North Carolina": ("NC", ("Saddletree Mills", "Prospect Crossroads", "Wolfpen Cove", "Soco Gap Station")),
        "Minnesota": ("MN", ("Kandi Prairie", "Eagle Bend Junction", "Sauk Rapids East", "Cold Spring Flats")),
        "Florida": ("FL", ("Sawgrass Crossing", "Canal Point Station", "Lake Ista Shores", "Torry Island Landing")),
    }, ("%### Lick Branch Rd", "%## Gum Holler Ln", "%### Old Mine Road Apt %@", "%#### State Hwy %#", "%## Bayou Teche Ln", "%### Cane Row Rd",
        "%## Pecan Alley Dr Apt %", "%#### Swamp Road %##", "%### Quarry Loop Rd", "%## Prairie Smoke Ave Unit %", "%### NW %#th Ter", "%## Sawgrass Cir"),
        (),
        ("gmail.com", "yahoo.com", "outlook.com", "icloud.com", "aol.com", "hotmail.com"),
        {"appalachian": ("Kentucky",), "cajun": ("Louisiana",), "native_southeast": ("North Carolina",), "somali": ("Minnesota",),
         "haitian": ("Florida",)}),
    Loc("CA", "Canada", {
        "Manitoba": ("MB", ("Hekla Point", "Fisher Bay Landing", "Vidir Crossing", "Lundar Beach North")),
        "Newfoundland and Labrador": ("NL", ("Scrammy Cove", "Gooseberry Tickle", "Shoal Arm Bottom", "Back Harbour Pond")),
        "Ontario": ("ON", ("Kenogami Narrows", "Pipestone Bay", "Wapikopa Landing")),
        "Québec": ("QC", ("Sainte-Praxède-du-Ruisseau", "Saint-Elzéar-des-Cèdres", "Lac-Mirabeau-Nord")),
        "Nunavut": ("NU", ("Nuvuk Bay", "Qikiqtaq Point")),
    }, ("%## Rabbittown Rd", "%# Stage Head Path", "%### Road %##N", "Box %##, Site %", "%# Cod Trap Lane", "%## Interlake Hwy %#", "%### rue des Goélands, app. %",
        "House %##", "%# Muskeg Trail", "%## Whale Bone Cres"),
        (),
        ("gmail.com", "hotmail.ca", "nl.rogers.com", "mymts.net", "outlook.com", "videotron.ca"),
        {"icelandic": ("Manitoba",), "newfoundland": ("Newfoundland and Labrador",), "cree": ("Ontario", "Manitoba"), "haitian": ("Québec",),
         "inuit": ("Nunavut",)}),
    Loc("UK", "United Kingdom", {
        "England": ("", ("Whitmoor Hythe", "Crowsfoot Green", "Ashwater Cross", "Saltmarsh Fen", "Holloway Staithe", "Wickham Parva")),
        "Scotland": ("", ("Stenwick", "Quoyness", "Hamnavoe Bay")),
        "Wales": ("", ("Cwmdulais Uchaf", "Pentre Meurig")),
    }, ("%# Gasworks Terrace", "Flat %, %# Ropewalk Court", "%## Pinfold Lane", "%# Cannery Row", "%#@ Sluice Road", "%# Marram Way",
        "Flat %#, Cordwainer House, Flax Street", "%# Tanyard Close", "%## Old Coach Road"),
        ("07^## ######", "+44 7^## ######", "07^##-###-###"),
        ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk", "hotmail.co.uk", "icloud.com"),
        {"bangladeshi": ("England",), "romanian": ("England",), "nepali": ("England",), "zimbabwean": ("England",),
         "northern_isles": ("Scotland", "Wales", "England")}),
    Loc("IE", "Ireland", {
        "Galway": ("Co. Galway", ("Baile na hAbhann Thiar", "Cill Chiaráin Íochtair", "Ros an Mhíl Thoir")),
        "Donegal": ("Co. Donegal", ("Gort an Choirce Thiar", "Mín an Aoire", "Machaire Chlochair Thuaidh")),
        "Kerry": ("Co. Kerry", ("Knockanore East", "Ballykinnane", "Lisselton Cross")),
        "Wexford": ("Co. Wexford", ("Rathnure Upper", "Kilmuckridge Strand", "Ballygarrett Cross")),
        "Dublin": ("Co. Dublin", ("Balgaddy West", "Clonsilla Vale", "Hartstown Grove")),
    }, ("%# Bóthar na Trá", "Teach %#, Bóthar an Chaladh", "%# Church Street", "%# Cnoc na Gaoithe", "Apt %#, The Maltings, Mill Road", "%## Bog Road",
        "%# St. Fintan's Park", "%# Ard na Gréine", "%# Harbour View"),
        ("08^ ### ####", "+353 8^ ### ####", "08^-###-####"),
        ("gmail.com", "eircom.net", "hotmail.com", "yahoo.ie", "outlook.ie", "icloud.com"),
        {"gaeltacht": ("Galway", "Donegal"), "irish": ("Kerry", "Wexford"), "lithuanian": ("Dublin", "Wexford")}),
    Loc("AU", "Australia", {
        "Western Australia": ("WA", ("Dongara Sands", "Bluff Point North", "Kwinana Heights")),
        "Victoria": ("VIC", ("Lara Downs", "Corio Ridge", "Mooroopna West", "Tarneit Grove")),
        "New South Wales": ("NSW", ("Cringila Heights", "Berkeley Vale North", "Unanderra Park")),
        "Queensland": ("QLD", ("Gympie Creek", "Mount Perry Flats")),
    }, ("%# Crayfish Way", "Unit %/%# Boronia Pde", "%## Saltbush Rd", "%/%# Lorikeet Cl", "%# Quarry Tce", "Lot %## Redgum Dr", "%## Abattoir Rd",
        "%# Macedonia Ct"),
        ("04## ### ###", "+61 4## ### ###", "04##-###-###"),
        ("gmail.com", "bigpond.com", "outlook.com", "icloud.com", "optusnet.com.au", "hotmail.com"),
        {"macedonian": ("Victoria", "New South Wales"), "croatian": ("Western Australia",), "sinhalese": ("Victoria", "New South Wales", "Queensland"),
         "south_sudanese": ("Victoria",)}),
]}  # fmt: skip
REGION_PHONES = {
    "Kentucky": ("(606) ^##-####", "606-^##-####"), "Louisiana": ("(337) ^##-####", "337-^##-####"), "North Carolina": ("(910) ^##-####", "(828) ^##-####"),
    "Minnesota": ("(320) ^##-####", "(507) ^##-####"), "Florida": ("(561) ^##-####", "(863) ^##-####"),
    "Manitoba": ("(204) ^##-####", "204-^##-####"), "Newfoundland and Labrador": ("(709) ^##-####", "709-^##-####"), "Ontario": ("(807) ^##-####",),
    "Québec": ("(514) ^##-####", "(438) ^##-####"), "Nunavut": ("(867) ^##-####",),
    "England": ("01205 ^#####", "020 7^## ####"), "Scotland": ("01856 ^#####", "01595 ^#####"), "Wales": ("01792 ^#####", "01286 ^#####"),
    "Galway": ("(091) 5#####", "091-5#####"), "Donegal": ("(074) 9^# ####",), "Kerry": ("(066) 7^# ####",), "Wexford": ("(053) 9^# ####",),
    "Dublin": ("(01) 8^# ####",),
    "Western Australia": ("(08) 99^# ####",), "Victoria": ("(03) 52^# ####", "(03) 58^# ####"), "New South Wales": ("(02) 42^# ####",),
    "Queensland": ("(07) 41^# ####",),
}  # fmt: skip
US_ZIP = {"Kentucky": "41###", "Louisiana": "70###", "North Carolina": "28###", "Minnesota": "56###", "Florida": "33###"}
CA_FSA = {"MB": "R", "NL": "A", "ON": "P", "QC": "H", "NU": "X"}
UK_OUT = {"England": ["E1", "E14", "GU11", "GU12", "PE21", "PE13", "TR18", "KT3"], "Scotland": ["KW15", "KW16", "ZE2"], "Wales": ["SA4", "LL55"]}
IE_KEY = {"Galway": ["H91", "H91"], "Donegal": ["F92", "F93"], "Kerry": ["V31", "V92"], "Wexford": ["Y35", "Y21"], "Dublin": ["D22", "D15", "K78"]}
AU_PC = {"Western Australia": "65##", "Victoria": "3###", "New South Wales": "25##", "Queensland": "45##"}


@dataclass(slots=True)
class Person:
    given: str
    family: str
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str
    town: str
    postcode: str
    nid: str = ""  # SSN (US), provincial health number (CA), NHS number (UK), PPS number (IE), Medicare number (AU)
    nid2: str = ""  # SIN (CA), National Insurance number (UK), IHI-less: "" elsewhere
    dl: str = ""  # driver's licence number
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def family_form(family: str, female: bool) -> str:
    """The family name as this person writes it (Stojanovska, Urbonienė, Ní Chadhain for a woman)."""
    if female:
        return FEMININE.get(family, family)
    return _MASCULINE.get(family, family)


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def _plain(s: str) -> str:
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "")


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc` (`family` a household's family name, `home` a household's address, `region`
    where a neighbour or co-worker lives); no name word is shared with anyone already drawn for the document
    (`used`)."""
    if culture is None and region is not None:
        culture = rng.choice([c for c, regs in loc.cultures.items() if region in regs] or list(loc.cultures))
    culture = culture or rng.choice(list(loc.cultures))
    female = (rng.random() < 0.5 if female is None else female) or culture in FEMALE_ONLY
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    if not free:  # a small table borrows its neighbour's given names
        free = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not (_words(g) & used)]
    given = rng.choice(free)
    used |= _words(given)
    if family is None:
        free_f = [f for f in fams if not (_words(f) & used) and not (_words(FEMININE.get(f, f)) & used)]
        if not free_f:  # a small table (Haitian, Inuit) borrows a neighbour's family names
            free_f = [f for c in loc.cultures for f in NAMES[c][2] if not (_words(f) & used) and not (_words(FEMININE.get(f, f)) & used)]
        family = rng.choice(free_f)
    family = family_form(family, female)
    used |= _words(family) | _words(family_form(family, not female))
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _plain(given), _plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = region or rng.choice(loc.cultures.get(culture) or list(loc.regions))
        abbr, towns = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc.code, region, abbr)
    phones = REGION_PHONES.get(region, ()) + loc.phones
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(phones)),
               fill(rng, rng.choice(phones)), email, line, town, pc)  # fmt: skip
    w.nid, w.nid2 = national_ids(rng, w)
    w.dl = ids.driver_licence(rng, loc.code, w.abbr, w.family, w.given, w.dob, w.female)
    w.addr = address(w)
    return w


def postcode(rng: random.Random, code: str, region: str, abbr: str) -> str:
    if code == "US":
        return fill(rng, US_ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.2 else "")
    if code == "CA":
        return f"{CA_FSA[abbr]}{fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')} {fill(rng, '%')}{rng.choice('ABCEGHJKLMNPRSTVWXYZ')}{fill(rng, '#')}"
    if code == "UK":
        return f"{rng.choice(UK_OUT[region])} {fill(rng, '%')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    if code == "IE":
        return ids.eircode(rng, rng.choice(IE_KEY[region]))
    return fill(rng, AU_PC[region])


def national_ids(rng: random.Random, w: Person) -> tuple[str, str]:
    c = w.loc.code
    if c == "US":
        return ids.ssn(rng), ""
    if c == "CA":
        return ids.health_number(rng, w.abbr, w.given, w.family, w.dob, w.female), ids.sin(rng, w.abbr)
    if c == "UK":
        return ids.nhs(rng), ids.ni_number(rng)
    if c == "IE":
        return ids.ppsn(rng), ""
    return ids.medicare_au(rng), ""


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the state / province / county plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {w.abbr} ", Z(w.postcode))
    if c == "CA":
        return (A(w.line), ", ", A(w.town), f", {w.abbr}  ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), f", {w.abbr}, ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), f" {w.abbr} ", Z(w.postcode))


def phone(rng: random.Random, loc: Loc, region: str) -> str:
    """A number of `region` (a landline's area code) or of the country (a mobile)."""
    return fill(rng, rng.choice(REGION_PHONES.get(region, ()) + loc.phones))
