# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the fiftieth probe: health information inside legal, HR,
insurance and police paperwork from the United States, the United Kingdom, Ireland, Canada, Australia and South
Africa (synthetic only; no real patient, claimant, clinician, lawyer, officer or judge). Name words are
American (rural Southern and Appalachian, African American, Mexican American), English, Welsh and Orcadian /
Shetland, Irish (with fadas), Quebecois and Acadian, Ukrainian-Canadian and Cree / Metis, Australian (Anglo,
Greek, Maltese), Afrikaans, Nguni and Sotho-Tswana, Cape Malay and South African Tamil, combined at random:
never a real person. They were checked against every string of the people tables of probes 1-48 before any
measurement (test_probe50: no shared name word).

Towns, suburbs, townlands, streets and employers are invented; states, provinces and the UK's nations
(first-level) are real and are keep values when written alone; an Irish county written in an address is part
of the address. Courts, law firms, insurers, hospitals and agencies are invented or generic (the public bodies
-- USCIS, IRCC, WSIB, An Garda Siochana, SAPS -- are real names of institutions). Numbers are random; SSNs
respect the valid ranges, SINs and South African identity numbers carry a valid Luhn digit, NHS numbers a
valid modulus-11 digit, PPSNs a valid check letter, Australian Medicare numbers a valid check digit, VINs a
valid check digit, NPIs a valid Luhn digit over the 80840 prefix.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe50 import ids
from tests.engine.probe50.ids import fill

__all__ = ["EMPLOYERS", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "draw_place", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "us_south": (['Twila', 'Imogene', 'Lorene', 'Bernice', 'Cleo', 'Deloris', 'Fannie', 'Lula', 'Mattie', 'Willodean', 'Zora', 'Cora', 'Etta', 'Iola', 'Minnie', 'Sadie',
                  'Tillie', 'Aubree', 'Jaylee', 'Gracelyn', 'Kendra', 'Brittany', 'Ashlyn', 'Makayla', 'Kristin', 'Lindsey', 'Darla', 'Renee'],
                 ['Colton', 'Bradley', 'Hoyt', 'Jimmie', 'Dewayne', 'Troy', 'Kayden', 'Abner', 'Garland', 'Irvin', 'Lester', 'Marvin', 'Brody', 'Paxton', 'Colby',
                  'Jace', 'Kade', 'Landon', 'Zane', 'Clifton'],
                 ['Wofford', 'Goins', 'Stubblefield', 'Dockery', 'Gilliland', 'McWhorter', 'Pickens', 'Rutledge', 'Sizemore', 'Tuttle', 'Absher', 'Bagwell',
                  'Faircloth', 'Greenlee', 'Mauldin', 'Noblitt', 'Odom', 'Scoggins', 'Triplett', 'Usry', 'Buckner', 'Delk', 'Hardee', 'Jeter', 'Mixon', 'Nall',
                  'Rackley', 'Shealy', 'Tolar', 'Whisnant', 'Smith']),
    "us_black": (['Shaquita', 'Lakisha', 'Shonda', 'Jaquelyn', 'Kiana', 'Marquita', 'Charmayne', 'Earnestine', 'Tawanna', 'Tanesha', 'Rochelle', 'Danita', 'Felecia', 'Jasmine'],
                 ['Darius', 'Javon', 'Kashawn', 'Davonte', 'Trevon', 'Keshawn', 'Donnell', 'Lonzo'],
                 ['Hollins', 'Ealy', 'Gaines', 'Haywood', 'Birdsong', 'Pegues', 'Varnado', 'Goins', 'Mixon', 'Odom']),
    "us_hispanic": (['Marlen', 'Noemí', 'Jazlyn', 'Aracely'],
                    ['Silvestre', 'Ismael', 'Octaviano', 'Plutarco'],
                    ['Saldivar', 'Trevino', 'Villegas', 'Cantú', 'Longoria', 'Barrera', 'Olivarez', 'Salinas', 'Galván', 'Rendón', 'Alaniz']),
    "english": (['Hayley', 'Stacey', 'Gemma', 'Chelsea', 'Lesley', 'Hilda', 'Joanne', 'Lacey', 'Paige', 'Marion', 'Kirstie', 'Becky', 'Abbie', 'Elise', 'Freya', 'Tilly',
                 'Millie', 'Evie', 'Amelie', 'Davina', 'Debbie', 'Tina', 'Jackie', 'Wendy', 'Carol'],
                ['Gavin', 'Derek', 'Barrie', 'Colin', 'Geoffrey', 'Leslie', 'Roland', 'Spencer', 'Terence', 'Jeremy', 'Kieran', 'Stuart', 'Alec', 'Archie', 'Corin',
                 'Dominic', 'Giles', 'Hector', 'Ned', 'Wilf', 'Ronald', 'Alan', 'Steven', 'Ian'],
                ['Proudfoot', 'Attwood', 'Bellamy', 'Gaskell', 'Lomax', 'Mottram', 'Redfern', 'Scargill', 'Whiteley', 'Brierley', 'Crossley', 'Eccles', 'Ingham',
                 'Kenyon', 'Leatherbarrow', 'Shuttleworth', 'Tetlow', 'Hughes', 'Evans', 'Smith', 'Cadogan', 'Rowlands']),
    "welsh": (['Elin', 'Mared', 'Branwen', 'Lleucu', 'Olwen'],
              ['Alun', 'Aled', 'Ieuan', 'Arwel', 'Cledwyn', 'Dilwyn', 'Elfed', 'Glyn', 'Hywel', 'Sion'],
              ['Hughes', 'Evans', 'Mostyn', 'Rowlands', 'Nanney', 'Cadogan']),
    "northern_isles": (['Isobel', 'Marion', 'Kirstie', 'Lesley'],
                       ['Donnie', 'Dougie', 'Alec', 'Ian'],
                       ['Flett', 'Rendall', 'Isbister', 'Linklater', 'Drever', 'Harcus', 'Heddle', 'Rusland', 'Foubister', 'Groat', 'Scollay', 'Inkster', 'Halcro', 'Corrigall', 'Crombie', 'Sutherland', 'MacIver', 'Nicolson', 'Gunn', 'Mackay']),
    "irish": (['Bláthnaid', 'Úna', 'Doireann', 'Cáit', 'Clíona', 'Éadaoin', 'Fiadh', 'Teasaí', 'Maura', 'Carmel'],
              ['Fionnán', 'Ultan', 'Finbarr', 'Enda', 'Labhrás', 'Mícheál', 'Risteárd', 'Dónall', 'Gearalt', 'Muiris', 'Niall', 'Ruadhán', 'Séan', 'Uinseann',
               'Mossie', 'Donie', 'Christy', 'Paudie'],
              ['de Búrca', 'Gubbins', 'Twohig', 'Ryng', 'Lordan', 'Creedon', 'Dineen', 'Kiely', 'Lucey', 'Hegarty', 'Quirke', 'Sheehy', 'Ahern', 'Geoghegan',
               'Crowley', 'Buckley', 'Hurley', 'Horgan', 'Foley', 'Daly', "O'Leary", "O'Callaghan", "O'Riordan", "O'Mahony", "O'Connor", 'McGrath', 'Byrne',
               'Murphy', 'Walsh']),
    "quebecois": (['Manon', 'Sylvie', 'Carole', 'Johanne', 'Marjolaine', 'Brigitte', 'Danielle', 'Maryse', 'Nancy', 'Hélène', 'Noëlla', 'Laurette', 'Aline',
                   'Diane', 'Gaétane', 'Lysanne'],
                  ['Eugène', 'Maurice', 'Siméon', 'Valmont', 'Pier-Luc', 'Dollard', 'Luc', 'Patrice', 'Denis', 'Alain', 'Serge', 'Gérard'],
                  ['Charbonneau', 'Gallant', 'Daigle', 'Sauvé', 'Auger']),
    "prairie": (['Lesia', 'Bev', 'Shari', 'Janelle', 'Brianna', 'Georgina', 'Lynette', 'Sharyn'],
                ['Garnet', 'Verlyn', 'Arnold', 'Stepan', 'Merv', 'Elwood', 'Dwight', 'Gord', 'Cameron', 'Murray'],
                ['Hrynchuk', 'Bilyk', 'Chornoboy', 'Kuzyk', 'Lozinski', 'Wasylyshyn', 'Zelinski', 'Laboucan', 'Gladue', 'Moosomin']),
    "australian": (['Shari', 'Simone', 'Nerida', 'Merrilyn', 'Dianne', 'Janelle', 'Brianna', 'Mikaela', 'Georgina', 'Mirrin', 'Jenelle', 'Lynette', 'Margot',
                    'Kerryn', 'Sharyn'],
                   ['Shayne', 'Darryl', 'Cameron', 'Kieren', 'Jarryd', 'Murray', 'Warwick', 'Brendan', 'Dean', 'Mick', 'Jake', 'Brad'],
                   ['Hodgkinson', 'Pettifer', 'Kingsford', 'Trewartha', 'Mastrogiovanni', 'Ciccarelli', 'Panagiotou', 'Stavrou', 'Falzon', 'Azzopardi', 'Bugeja',
                    'Spiteri', 'Tabone']),
    "greek_maltese_au": (['Doris', 'Antonietta', 'Angeliki'],
                         ['Thanasi', 'Kosta', 'Manwel', 'Ninu', 'Toni', 'Leonidas', 'Stamatis', 'Sotirios'],
                         ['Mastrogiovanni', 'Ciccarelli', 'Panagiotou', 'Stavrou', 'Falzon', 'Azzopardi', 'Bugeja', 'Spiteri', 'Tabone']),
    "afrikaans": (['Marietjie', 'Elsabé', 'Hester', 'Anneke', 'Karlien', 'Mariska', 'Sunette', 'Wilna'],
                  ['Riaan', 'Jaco', 'Johannes', 'Ruan', 'Schalk', 'Stefan', 'Werner', 'Dawid', 'Barend', 'Fanie', 'Kobus', 'Gert'],
                  ['Pretorius', 'Engelbrecht', 'Badenhorst', 'Grobbelaar', 'Lötter', 'Kruger', 'Snyman', 'Strydom', 'Viljoen', 'Cilliers', 'Rossouw', 'Potgieter',
                   'Marais', 'Hattingh', 'Schoeman', 'Wolmarans', 'Dreyer', 'Kotze', 'Prinsloo', 'Mostert', 'Liebenberg', 'Jordaan', 'Kriel', 'Louw', 'Nortje',
                   'Rademeyer', 'Scheepers', 'Terblanche', 'Uys', 'Vorster', 'Wessels', 'Blignaut', 'Delport', 'Esterhuizen', 'Greyling', 'Heunis', 'Jooste',
                   'Kleynhans', 'Labuschagne', 'Meintjes', 'Nieuwoudt', 'Odendaal', 'Rautenbach', 'Theron', 'Wiese', 'du Plessis', 'le Roux']),
    "nguni_sotho": (['Refilwe', 'Ntombi', 'Busisiwe', 'Siphesihle', 'Bontle', 'Dikeledi', 'Gugulethu', 'Kgomotso', 'Matshidiso', 'Nandi', 'Olebogeng', 'Phindile',
                     'Xoliswa', 'Yandisa', 'Nolwazi', 'Mapula', 'Ntswaki'],
                    ['Sandile', 'Zwelakhe', 'Jabulani', 'Katlego', 'Lesego', 'Banele', 'Fezile', 'Gcina', 'Hlumelo', 'Khaya', 'Ncedo', 'Onke', 'Phumlani', 'Qhawe',
                     'Sakhile', 'Thembinkosi', 'Vuyani', 'Wandile', 'Xolisa', 'Lebogang', 'Mothusi', 'Obakeng', 'Bafana', 'Lefa', 'Mojalefa'],
                    ['Masilela', 'Mabuza', 'Nkuna', 'Maluleke', 'Baloyi', 'Mathebula', 'Tshabalala', 'Makhubela', 'Maseko', 'Zwane', 'Mazibuko', 'Mchunu',
                     'Mdlalose', 'Xaba', 'Mlambo', 'Ngubane', 'Msimang', 'Ledwaba', 'Mashaba', 'Masondo', 'Nkabinde']),
    "cape_malay": (['Shireen', 'Gadija', 'Nazeema', 'Ragmat'],
                   ['Faiek', 'Igshaan', 'Ridwaan', 'Moegamat'],
                   ['Adams', 'Abrahams', 'Isaacs', 'Jacobs', 'Hendricks', 'Arendse', 'Solomons']),
    "sa_tamil": (['Kogilam', 'Saras', 'Logambal', 'Nirmala', 'Kamatchi', 'Vasanthie', 'Pregasini', 'Dhanalutchmee', 'Premila', 'Savithree', 'Mogie', 'Jothi'],
                 ['Pregasen', 'Kessie', 'Devan', 'Poobalan', 'Kistensamy', 'Ronnie', 'Siva', 'Veeran', 'Munsamy', 'Perumal', 'Krish', 'Yugen', 'Kubendran'],
                 ['Naidoo', 'Pillay', 'Govender', 'Moodley', 'Chetty']),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[str, tuple[str, ...]]]  # first-level region (keep) -> (abbreviation, towns)
    streets: tuple[str, ...]  # fill patterns
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]
    nid_label: str
    nid_type: str


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Tennessee": ("TN", ("Marlow Springs", "Tilden Bluff", "Sulphur Lick")),
        "South Carolina": ("SC", ("Okatie Landing", "Ashby Crossing")),
        "Kentucky": ("KY", ("Bramwell Station", "Quillan Creek", "Gatlin Shoals")),
        "Texas": ("TX", ("Haskell Prairie", "Colliersville Flats", "Bonaqua Ridge")),
        "Ohio": ("OH", ("Sawyerville Heights", "Danforth Mill", "East Tarrow")),
        "North Carolina": ("NC", ("Pellston Forks", "Cedar Hollow Junction")),
    }, ("%### Hickory Nut Gap Rd", "%# Tanager Ct", "%### Old Ferry Landing Rd", "%## Whippoorwill Ln", "%### Catawba Ridge Dr, Apt %#",
        "%## N Tupelo St", "%#### Sorghum Mill Rd", "%# Chinquapin Way", "%### Possum Trot Rd", "%## Redbud Terrace, Unit %@"),
        ("(^##) ^##-####", "^##-^##-####", "^##.^##.####"), ("gmail.com", "yahoo.com", "att.net", "icloud.com", "outlook.com"),
        ("us_south", "us_south", "us_black", "us_hispanic"), "SSN", "SSN"),
    Loc("UK", "United Kingdom", {
        "England": ("", ("Ollerby", "Wetherden Magna", "Stockleigh Marsh", "Brantingley", "Coldharbour Fen", "Thornbury Wick", "Helmsby", "Great Cawston", "Kirkby Lathom")),
        "Wales": ("", ("Cwmhenllys", "Ystrad Ferig", "Penmorfa Isaf")),
        "Scotland": ("", ("Kilbrannan Mains", "Auchterloch", "Drumgarve", "Inverallt")),
    }, ("%# Sandpiper Close", "%# Tithe Barn Lane", "%# Chandlers Yard", "Flat %, %# Weavers Row", "%# Maes y Dderwen", "%# Heol Gwenallt",
        "%# Fellmongers Row", "%# Lapwing Gardens", "%## Brackenhurst Drive", "%# Sunnybrae Crescent"),
        ("07%## ######", "01%## ######", "+44 7%## ######", "0%## ### ####"), ("btinternet.com", "hotmail.co.uk", "gmail.com", "outlook.com"),
        ("english", "english", "welsh", "northern_isles"), "NI number", "ID"),
    Loc("IE", "Ireland", {
        "Munster": ("", ("Carrigmore Cross", "Knocknagree West", "Cloghaun Beg", "Lisnagry Upper", "Ballygarrane")),
        "Leinster": ("", ("Ballinteskin", "Rathduane")),
        "Connacht": ("", ("Kilcummin More",)),
        "Ulster": ("", ("Derrynacreeve", "Drumcoo Lower")),
    }, ("%# Ascal an Mhuilinn", "%# Radharc na Sléibhte", "%# The Paddocks", "%# Church View Terrace", "Cois Abhann", "%# Mill Race Drive",
        "%# Lios na Carraige", "%# Páirc an Iúir"),
        ("08% ### ####", "(0%#) ### ####", "+353 8% ### ####"), ("eircom.net", "gmail.com", "hotmail.com", "yahoo.ie"), ("irish",), "PPSN", "ID"),
    Loc("CA", "Canada", {
        "Quebec": ("QC", ("Sainte-Apolline-des-Monts", "Rivière-aux-Bouleaux", "Lac-Duparquet-Nord", "Saint-Onésime-de-Kamouraska")),
        "Manitoba": ("MB", ("Kinosota Bay", "Gull Harbour East")),
        "Saskatchewan": ("SK", ("Wolf Willow Flats", "Mossbank Coulee")),
        "Alberta": ("AB", ("Pinehurst Siding", "Spruce Portage")),
    }, ("%## rue des Érables", "%### boul. Saint-Onésime", "%# Tamarack Cres.", "%#### Range Road 241", "%# Chokecherry Bay", "%## rue du Couvent-Sud",
        "%## Saskatoon Berry Lane", "%### chemin du Rang-Double"),
        ("(^##) ^##-####", "^##-^##-####", "^## ^##-####"), ("videotron.ca", "sasktel.net", "gmail.com", "shaw.ca", "hotmail.com"),
        ("quebecois", "prairie"), "SIN", "ID"),
    Loc("AU", "Australia", {
        "Victoria": ("VIC", ("Yarrowee Heights", "Mallee Downs")),
        "New South Wales": ("NSW", ("Coorabell Ridge", "Bindaree", "Kurrajong Vale")),
        "Queensland": ("QLD", ("Gidgee Springs", "Tallabung")),
        "Western Australia": ("WA", ("Boorabbin Creek", "Mount Carrabin", "Wattle Flat North")),
    }, ("%# Banksia Pde", "%# Grevillea Cres", "%# Coolabah Ct", "%## Old Telegraph Rd", "%/%# Brolga Close", "%## Ironbark Ridge Rd", "Unit %, %# Jacaranda Ave",
        "%# Currawong St"),
        ("04## ### ###", "(0%) ^### ####", "+61 4## ### ###"), ("bigpond.com", "gmail.com", "optusnet.com.au", "outlook.com"),
        ("australian", "australian", "greek_maltese_au"), "Medicare no.", "HEALTH_PLAN"),
    Loc("ZA", "South Africa", {
        "Gauteng": ("", ("Rietvlei-Oos", "Kwaggasrand Noord", "Eikenhof Wes", "Bloubosrand-Suid")),
        "KwaZulu-Natal": ("", ("Dubeni Ext 3", "Mahlabathini Park", "eMakhosini Park")),
        "Western Cape": ("", ("Kleinfontein", "Soetdoring", "Dwarsrivier")),
        "Free State": ("", ("Mooiplaas", "Kgotsong Heights")),
        "Eastern Cape": ("", ("Mzomhle Ext 4",)),
        "Limpopo": ("", ("Makgoba Park",)),
    }, ("%# Kremetart Street", "%## Umthombo Crescent", "%# Vygie Street", "%# Boekenhout Road", "%### Ingwenya Street", "%# Suikerbos Laan",
        "Stand %###, Mokgalo Street", "%# Thokoza Drive"),
        ("08% ### ####", "07% ### ####", "+27 %# ### ####", "06% ### ####"), ("gmail.com", "telkomsa.net", "mweb.co.za", "webmail.co.za"),
        ("afrikaans", "nguni_sotho", "nguni_sotho", "cape_malay", "sa_tamil"), "ID no.", "ID"),
]}  # fmt: skip

COUNTY = {"Carrigmore Cross": "Co. Cork", "Knocknagree West": "Co. Kerry", "Cloghaun Beg": "Co. Clare", "Lisnagry Upper": "Co. Limerick",
          "Ballygarrane": "Co. Tipperary", "Ballinteskin": "Co. Wexford", "Rathduane": "Co. Offaly", "Kilcummin More": "Co. Mayo",
          "Derrynacreeve": "Co. Cavan", "Drumcoo Lower": "Co. Monaghan"}  # fmt: skip
EIRCODE_KEY = {"Co. Cork": "P72", "Co. Kerry": "V93", "Co. Clare": "V95", "Co. Limerick": "V94", "Co. Tipperary": "E41", "Co. Wexford": "Y35",
               "Co. Offaly": "R35", "Co. Mayo": "F23", "Co. Cavan": "H12", "Co. Monaghan": "H18"}  # fmt: skip
ZIP3 = {"Tennessee": ("370", "371", "384"), "South Carolina": ("294", "299"), "Kentucky": ("405", "417", "424"), "Texas": ("759", "765", "788"),
        "Ohio": ("437", "441", "456"), "North Carolina": ("272", "286")}  # fmt: skip
CA_FSA = {"Quebec": "GHJ", "Manitoba": "R", "Saskatchewan": "S", "Alberta": "T"}
AU_PC = {"Victoria": "3", "New South Wales": "2", "Queensland": "4", "Western Australia": "6"}
ZA_PC = {"Gauteng": ("0", "1"), "KwaZulu-Natal": ("3",), "Western Cape": ("7",), "Free State": ("9",), "Eastern Cape": ("5",), "Limpopo": ("0",)}
UK_AREA = {"England": ("LS", "HX", "BD", "PE", "NR", "YO", "DN", "TF", "LN"), "Wales": ("SA", "LL", "CF"), "Scotland": ("KW", "ZE", "IV", "PA")}
EIR = "ACDEFHKNPRTVWXY0123456789"

# employers (Safe Harbor lists the names of the individual's employers: NAME); the legal suffix is plain text
EMPLOYERS: dict[str, list[tuple[str, str]]] = {
    "US": [("Kestrel Ridge Poultry", "LLC"), ("Tri-County Pallet & Crate", "Inc."), ("Bluejack Logistics", "LLC"), ("Harrow Creek Millwork", "Inc."),
           ("Sable Fork Dental Lab", "LLC"), ("Copperhead Freight Lines", "Inc."), ("Okefenoke Cabinetry", "LLC"), ("Pinion Gear Machine Works", "Co.")],
    "UK": [("Pennine Fold Bakeries", "Ltd"), ("Millstone Grit Printers", "Ltd"), ("Kittiwake Care Homes", "Ltd"), ("Fellside Joinery", "Ltd"),
           ("Brackenfield Cold Stores", "plc"), ("Tarn Beck Upholstery", "Ltd")],
    "IE": [("Slieve Lough Creamery", "Ltd"), ("Glenbawn Engineering", "Ltd"), ("Tobar Bakehouse", "Ltd"), ("Ardcath Meat Processors", "DAC"),
           ("Inchigowan Precast", "Ltd")],
    "CA": [("Prairie Crocus Grain", "Co-op"), ("Castor Lake Sawmill", "Ltd."), ("Boréal Pièces d'Auto", "inc."), ("Érablière Grand-Duc", "inc."),
           ("Wapiti Ridge Hutterian Supply", "Ltd.")],
    "AU": [("Mallee Harvest Contracting", "Pty Ltd"), ("Southern Grit Civil", "Pty Ltd"), ("Blue Wren Aged Care", "Ltd"), ("Redgum Haulage", "Pty Ltd"),
           ("Quandong Cold Chain", "Pty Ltd")],
    "ZA": [("Sekelbos Citrus Estates", "(Pty) Ltd"), ("Ikhwezi Cleaning Services", "CC"), ("Kalkbank Mining Contractors", "(Pty) Ltd"),
           ("Doringboom Fresh Produce", "(Pty) Ltd"), ("Mvelo Security Solutions", "(Pty) Ltd")],
}  # fmt: skip


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
    middle: str = ""  # a US middle initial ("L.")
    fax: str = ""
    nid: str = ""
    hplan: str = ""
    licence: str = ""
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.given} {self.middle} {self.family}" if self.middle else f"{self.given} {self.family}"

    @property
    def family_cap(self) -> str:
        """The family name opening a phrase or after Mr / Ms: "Du Plessis", "De Búrca"."""
        return self.family[0].upper() + self.family[1:]

    @property
    def hon(self) -> str:
        dot = "." if self.loc.code in ("US", "CA") else ""
        return f"Ms{dot}" if self.female else f"Mr{dot}"

    @property
    def county(self) -> str:
        return COUNTY.get(self.town, "")


def _words(name: str) -> set[str]:
    return set(name.replace("-", " ").split())


def postcode(rng: random.Random, loc: Loc, region: str, town: str) -> str:
    c = loc.code
    if c == "US":
        z = rng.choice(ZIP3[region]) + fill(rng, "##")
        return z + fill(rng, "-####") if rng.random() < 0.25 else z
    if c == "UK":
        return rng.choice(UK_AREA[region]) + fill(rng, rng.choice(["%", "%#"])) + " " + fill(rng, "#") + "".join(rng.choice("ABDEFGHJLNPQRSTUWXYZ") for _ in range(2))
    if c == "IE":
        return EIRCODE_KEY[COUNTY[town]] + " " + "".join(rng.choice(EIR) for _ in range(4))
    if c == "CA":
        return rng.choice(CA_FSA[region]) + fill(rng, "#@ #@#").replace("O", "A").replace("I", "B")
    if c == "AU":
        return AU_PC[region] + fill(rng, "%##")
    return rng.choice(ZA_PC[region]) + fill(rng, "%##")


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (24 * 365, 66 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person of `loc` whose name words are not yet used in the document (`family` / `home` fix a
    relative's family name and a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    taken = lambda n: bool(_words(n) & used)  # noqa: E731
    free = lambda c: [g for g in NAMES[c][0 if female else 1] if not taken(g)]  # noqa: E731
    culture = culture or rng.choice(loc.cultures)
    if not free(culture) or (family is None and all(taken(x) for x in NAMES[culture][2])):  # a small table used up
        culture = rng.choice([c for c in loc.cultures if free(c) and not all(taken(x) for x in NAMES[c][2])])
    fam = NAMES[culture][2]
    given = rng.choice(free(culture))
    if family is None:
        family = rng.choice([x for x in fam if not taken(x)])
    used |= _words(given) | _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g = given.lower().replace(" ", "").replace("'", "")
    f = family.lower().replace(" ", "").replace("'", "")
    g, f = (_ascii(g), _ascii(f))
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 99)}", f"{g}_{f}{rng.randint(1, 9)}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, town, pc = home.region, home.line, home.town, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        towns = [t for t in loc.regions[region][1] if t not in used] or list(loc.regions[region][1])
        town = rng.choice(towns)
        line = fill(rng, rng.choice(loc.streets))
        pc = postcode(rng, loc, region, town)
        used.add(town)
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)),
               email, line, town, pc)  # fmt: skip
    if loc.code == "US" and rng.random() < 0.5:
        w.middle = rng.choice("ABCDEFGHJKLMNPRSTW") + "."
    w.fax = fill(rng, loc.phones[0] if loc.code in ("US", "CA") else rng.choice(loc.phones[1:]))
    w.nid = national_id(rng, w)
    w.hplan = ids.health_plan(rng, loc.code, family, given, dob, female)
    w.licence = ids.licence(rng, loc.code, family, given, dob, female)
    w.addr = address(w)
    return w


def draw_place(rng: random.Random, loc: Loc, used: set[str]) -> tuple[str, str, str, tuple]:
    """A street line, town and postcode of `loc` (an employer's worksite), and the whole address."""
    region = rng.choice(list(loc.regions))
    towns = [t for t in loc.regions[region][1] if t not in used] or list(loc.regions[region][1])
    town = rng.choice(towns)
    used.add(town)
    w = Person("", "", "", False, date(2000, 1, 1), loc, region, "", "", "", fill(rng, rng.choice(loc.streets)), town,
               postcode(rng, loc, region, town))  # fmt: skip
    return w.line, w.town, w.postcode, address(w)


def _ascii(s: str) -> str:
    import unicodedata

    return "".join(ch for ch in unicodedata.normalize("NFKD", s) if ch.isascii())


def national_id(rng: random.Random, w: Person) -> str:
    return {
        "US": lambda: ids.ssn(rng),
        "UK": lambda: ids.nino(rng),
        "IE": lambda: ids.ppsn(rng),
        "CA": lambda: ids.sin(rng),
        "AU": lambda: ids.au_medicare(rng),
        "ZA": lambda: ids.sa_id(rng, w.dob, w.female),
    }[w.loc.code]()


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; a state / province abbreviation is plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    abbr = w.loc.regions[w.region][0]
    if c in ("US", "CA"):
        return (A(w.line), ", ", A(w.town), f", {abbr} ", Z(w.postcode))
    if c == "AU":
        return (A(w.line), ", ", A(w.town), f" {abbr} ", Z(w.postcode))
    if c == "UK":
        return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
    if c == "IE":
        return (A(w.line), ", ", A(w.town), ", ", A(w.county), ", ", Z(w.postcode))
    return (A(w.line), ", ", A(w.town), ", ", Z(w.postcode))
