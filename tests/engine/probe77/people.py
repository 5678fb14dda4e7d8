# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-seventh probe: health text from Latin America (Mexico, Brazil,
Argentina, Chile, Colombia, Peru, Uruguay, Ecuador, Guatemala) as its own staff and systems write it
(synthetic only; no real patient, relative, physician, nurse, pharmacist or dispatcher). Name words follow
the region's traditions and were drawn from the author's own knowledge of them, not from Faker: Nahua and
Yucatec Maya family names and old Catholic given names of central and south-east Mexico (Filogonio, Eduviges,
Wulfrano); Nahuatl and Maya given names given today (Ameyalli, Necalli, Nikté, Canek); the invented given
names of north-east Brazil (Josinaldo, Maricleide, Lucivaldo), Tupi given names (Ubirajara, Potira, Iberê),
Indigenous Brazilian family names taken as surnames (Potiguara, Guajajara, Krenak), Okinawan-Brazilian and
Okinawan-Peruvian, Lebanese-Brazilian and Italian-Brazilian families; Basque, Italian and Ashkenazi
Argentine family names and Welsh given names of Chubut; Mapuche given and family names of Araucanía
(Aukan, Llanka, Huaiquil, Quintriqueo) and Chilean Basque-Castilian and German-Chilean families; Afro-
Colombian names of the Pacific (Asprilla, Hinestroza), Wayuu (Epiayú, Pushaina) and Nasa (Ulcué, Pechené)
family names and Colombian given names (Yurleidy, Ubeimar, Usnavy); Quechua and Aymara names of the
southern Andes (Huallpa, Soncco, Quisbert; Koyllur, Waskar); Uruguayan families; Kichwa families of Imbabura
and Cotopaxi and coastal Manabí families of Ecuador; K'iche' and Kaqchikel family names of Guatemala
(Ajpop, Xiloj, Cojtí). People carry two family names (father's and mother's; in Brazil the mother's first),
sometimes a married woman's "de" and the "da" / "de" particles of Portuguese names, combined at random:
never a real person. They were checked against every string of the people tables of probes 1-76 (but 74)
before any measurement (test_probe77: no shared name word).

Towns, colonias, bairros, barrios, villas, aldeas and streets are invented; states, provinces, departments
and regions are real and are keep values when written alone. Numbers are random; CURP, RFC, NSS, CPF, CNS,
CUIL, RUT and the Uruguayan, Ecuadorian and Guatemalan identity numbers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe77 import ids
from tests.engine.probe77.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "phone"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "nahua": (
        ["Ameyalli", "Xiadani", "Xilonen", "Tlanextli", "Eduviges", "Lugarda", "Idolina", "Jesusita", "Pomposa", "Sixta", "Belisaria"],
        ["Necalli", "Yaotl", "Mixtli", "Atzin", "Filogonio", "Wulfrano", "Melesio", "Cástulo", "Nemorio", "Fructuoso"],
        ["Xicohténcatl", "Coatl", "Ixtlahuac", "Xochicale", "Chimal", "Tlahuel", "Tzintzun", "Cuamatzi", "Popoca", "Totolhua", "Sustaita", "Ledezma"]),
    "maya_yuc": (
        ["Nikté", "Xunáan", "Chacnicté", "Eduviges", "Idolina", "Sixta"],
        ["Canek", "Kinich", "Yaxkin", "Audomaro", "Herculano", "Magdaleno", "Ausencio"],
        ["Cauich", "Canché", "Dzul", "Kumul", "Pech", "Poot", "Chablé", "Uitz", "Cocom", "Mukul", "Batún", "Tzec", "Dzib"]),
    "norteno": (
        ["Jesusita", "Pomposa", "Lugarda", "Bernardina", "Serapia"],
        ["Sóstenes", "Melesio", "Filogonio", "Magdaleno", "Audomaro"],
        ["Ruvalcaba", "Sustaita", "Ledezma", "Tlahuel", "Totolhua"]),
    "nordestino": (
        ["Genilda", "Zenaide", "Lucinéia", "Aldenora", "Nadjane", "Auricélia", "Girlene", "Jucilene", "Maricleide", "Valdenice", "Olindina", "Lurdes"],
        ["Josinaldo", "Edenilson", "Ailton", "Erinaldo", "Fagner", "Jailton", "Lucivaldo", "Nailson", "Rosivaldo", "Zilmar"],
        ["Uchoa", "Negreiros", "Barbalho", "Cardim", "Gadelha", "Jucá", "Rebouças", "Bonfim", "Pitanga", "Anunciação", "Vilela", "Resende"]),
    "tupi": (
        ["Jacira", "Iraci", "Jupira", "Potira", "Araci", "Juçara"],
        ["Ubirajara", "Moacir", "Ubiratã", "Iberê", "Taiguara"],
        ["Potiguara", "Tabajara", "Xucuru", "Guajajara", "Kaingang", "Baniwa", "Pataxó", "Krenak", "Karajá"]),
    "sulista": (
        ["Tomoko", "Sumie", "Misao", "Nabiha", "Latife", "Olindina"],
        ["Masayuki", "Mitsuo", "Tokuo", "Rafic", "Anatólio"],
        ["Kanashiro", "Yonamine", "Kohatsu", "Bortolotto", "Pellizzari", "Lazzarotto", "Facchini", "Cechinel", "Tomazoni", "Maluf", "Nahas"]),
    "rioplatense": (
        ["Hebe", "Arianwen", "Elonwy", "Dalmira", "Irupé", "Itatí", "Mailén", "Gwenonwy", "Dinorah", "Maruca", "Walkiria", "Betiana"],
        ["Ubaldino", "Dalmacio", "Indalecio", "Rhydderch", "Aeron", "Euros"],
        ["Etcheverry", "Goyeneche", "Larralde", "Olaechea", "Bengoechea", "Oyhanarte", "Etchegoyen", "Vaccaro", "Gaudio", "Spinetta", "Sciarra",
         "Scarpino", "Lanzillotta", "Schvartzman", "Grinberg", "Kleiner", "Fainstein", "Lipovetzky", "Nudelman", "Teitelbaum", "Yampolsky"]),
    "mapuche": (
        ["Llanka", "Amankay", "Küyen", "Liwen", "Ayinko", "Mañke", "Huilén", "Ailinco", "Tegualda", "Guacolda", "Kallfüray"],
        ["Aukan", "Licán", "Newen", "Kallfü", "Caupolicán", "Wenu", "Kalfu"],
        ["Calfuqueo", "Huaiquil", "Quilapán", "Lincoleo", "Antinao", "Curinao", "Llancaleo", "Marileo", "Quintriqueo", "Epulef", "Aillapán", "Coñuecar",
         "Ancalaf", "Pichún", "Paillal", "Colipi", "Railaf", "Quidel", "Ñanculef"]),
    "chileno": (
        ["Janequeo", "Bernardina", "Victorina", "Quintina"],
        ["Licán", "Herculano", "Zósimo", "Wulfrano"],
        ["Errázuriz", "Larraín", "Undurraga", "Irarrázaval", "Subercaseaux", "Eyzaguirre", "Kuschel", "Schwerter", "Klenner", "Wiederhold", "Hott"]),
    "colombiano": (
        ["Yurleidy", "Maryuri", "Yuleidis", "Leidys", "Arelys", "Dorelly", "Yarlenis", "Usnavy", "Ludivia", "Orfilia", "Sorany", "Lucelly", "Yorladis", "Eneida"],
        ["Ubeimar", "Yeimer", "Weimar", "Robinzon", "Eyder", "Ilder", "Ricaurte", "Everth"],
        ["Asprilla", "Hinestroza", "Ibargüen", "Sinisterra", "Gelvez", "Cubides", "Pachón", "Chiguasuque"]),
    "wayuu_nasa": (
        ["Yurleidy", "Usnavy", "Orfilia", "Eneida"],
        ["Ubeimar", "Ilder", "Eyder"],
        ["Epiayú", "Uriana", "Ipuana", "Pushaina", "Jusayú", "Gouriyú", "Tróchez", "Pechené", "Ulcué", "Yatacué", "Guetio", "Noscué"]),
    "andino": (
        ["Koyllur", "Suyana", "Wayta", "Phuyu", "Ñusta", "Maruja", "Felícita", "Melchora", "Santusa", "Basilia", "Eulogia"],
        ["Waskar", "Rimachi", "Kantu", "Huáscar", "Nemorio", "Fructuoso"],
        ["Huallpa", "Llanque", "Taipe", "Huaraca", "Sulca", "Soncco", "Challco", "Ayquipa", "Cjuno", "Machaca", "Alanoca", "Huaylla", "Quisbert", "Villca",
         "Tarqui", "Zapana", "Kanashiro", "Miyagi", "Chinen"]),
    "oriental": (
        ["Gimena", "Idolina", "Olindina", "Victorina"],
        ["Elbio", "Ademar", "Herculano", "Sóstenes"],
        ["Techera", "Pintos", "Piriz", "Clavijo", "Bentancor", "Peyrou", "Darriulat", "Lasalle", "Arocena", "Garat", "Irureta", "Indarte", "Mazzilli",
         "Fagúndez", "Curbelo"]),
    "kichwa": (
        ["Nube", "Gissela", "Mishell", "Dinorah"],
        ["Rumiñahui", "Sumak", "Klever", "Lizardo", "Stalin"],
        ["Chimbo", "Pilataxi", "Tipán", "Tituaña", "Cachimuel", "Guachamín", "Quilumbaquín", "Farinango", "Anrango", "Sisalema", "Toapanta", "Chiluisa",
         "Sinchiguano", "Tocagón", "Chicaiza", "Tenesaca", "Sarango"]),
    "manabita": (
        ["Nube", "Gissela", "Mishell"],
        ["Klever", "Lizardo", "Stalin"],
        ["Pinargote", "Cedeño", "Alcívar", "Loor", "Intriago", "Chiriboga", "Mendieta"]),
    "maya_gt": (
        ["Rigoberta", "Ixmukané", "Ixkik", "Gaspara", "Dilcia", "Sulmy", "Nikté"],
        ["Tecún", "Mynor", "Canek", "Kinich"],
        ["Ajcalón", "Ajpop", "Xiloj", "Sicajau", "Cojtí", "Sacor", "Sotz", "Xocop", "Cuxil", "Chicop", "Curruchiche", "Iboy", "Chajón", "Ajquejay", "Sipac",
         "Chox"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    lang: str  # "es" or "pt"
    # region (keep) -> (abbreviation, towns, neighbourhoods)
    regions: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]
    streets: tuple[str, ...]  # fill patterns of a street line
    zips: str  # fill pattern of the postcode ("" when not written)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: dict[str, tuple[str, ...]]  # culture -> the regions it lives in


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("MX", "México", "es", {
        "Yucatán": ("Yuc.", ("Xcanatún de Abajo", "Sacalum Nuevo", "Chenkú Poniente"), ("Xoclán Susulá", "Fracc. Los Almendros del Sur", "Sodzil Oriente")),
        "Puebla": ("Pue.", ("San Lorenzo Almecatla Sur", "Santa María Coapan Viejo", "San Baltazar Tetela Alto"), ("Col. La Hacienda de Tepeyolo", "Barrio de Xonaca Bajo")),
        "Tlaxcala": ("Tlax.", ("San Juan Ixtenco Alto", "Santa Apolonia Teacalco Norte"), ("Sección Tercera Tepatlaxco", "Col. Loma Xicohténcatl Norte")),
        "Nuevo León": ("N.L.", ("Ciénega de Flores Oriente", "Los Ramones Viejo"), ("Col. Fomerrey 118", "Col. Valle de las Tunas")),
    }, ("Calle %# No. %## x %# y %#", "Calle %#-A No. %##", "Av. Tlahuicole No. %##, int. %", "Priv. Ocotlán %#", "C. Ébano %##-B", "Andador Acocotla Mz. %# Lt. %#"),
        "#####", ("+52 1 999 ### ####", "(999) ### ####", "222 ### ####", "+52 246 ### ####", "81 #### ####"),
        ("gmail.com", "hotmail.com", "outlook.com", "yahoo.com.mx", "prodigy.net.mx"),
        {"nahua": ("Puebla", "Tlaxcala"), "maya_yuc": ("Yucatán",), "norteno": ("Nuevo León",)}),
    Loc("BR", "Brasil", "pt", {
        "Pernambuco": ("PE", ("Vila Cabrobó Velho", "Serra Talhada de Cima"), ("Alto do Pascoal Novo", "Sítio Caroá")),
        "Rio Grande do Norte": ("RN", ("Lagoa do Carnaúba", "São Bento do Boqueirão"), ("Conjunto Potengi Velho", "Loteamento Mirassol do Sertão")),
        "Maranhão": ("MA", ("Aldeia Zutiwa Nova", "Barra do Pindaré Mirim"), ("Vila Embratel Nova", "Bairro Coroadinho de Baixo")),
        "Paraná": ("PR", ("Colônia Mariental Nova", "Linha Tomazina Baixa"), ("Jardim Araucária Velha", "Vila Oficinas do Norte")),
        "São Paulo": ("SP", ("Registro do Ribeira", "Itariri de Baixo"), ("Jardim Okinawa Paulista", "Vila Liberdade Nova")),
    }, ("Rua Sete de Setembro, %##", "Rua Projetada %#, nº %##", "Travessa do Caroá, %#, casa %", "Av. Getúlio Vargas, %###, apto %#",
        "Rua Dom Pedro II, %##, bloco @, apto %#", "Estrada da Usina, km %#", "Rua José Bonifácio, %###, fundos"),
        "#####-###", ("(81) 9^###-####", "+55 84 9^###-####", "(98) 3###-####", "(41) 9^###-####", "(13) 9^###-####", "+55 81 9^###-####"),
        ("gmail.com", "hotmail.com", "yahoo.com.br", "bol.com.br", "uol.com.br", "outlook.com"),
        {"nordestino": ("Pernambuco", "Rio Grande do Norte"), "tupi": ("Maranhão", "Pernambuco"), "sulista": ("Paraná", "São Paulo")}),
    Loc("AR", "Argentina", "es", {
        "Buenos Aires": ("Bs. As.", ("Villa Larroudé Norte", "Coronel Etcheverry Chico"), ("B° San Cayetano Viejo", "B° Obrero Ferroviario Sur")),
        "Chubut": ("Chubut", ("Dolavon Oeste", "Bryn Gwyn Isaf"), ("B° Tir y Dail Viejo", "B° Gaiman Arriba")),
        "Córdoba": ("Cba.", ("Colonia Vicente Agüero Sur", "Villa Ascasubi Chica"), ("B° Alto Alberdi Viejo", "B° Pueyrredón Este")),
    }, ("Calle %# N° %###", "Av. Belgrano %### %° @", "Pasaje Las Tunas %##", "Calle %## e/ %# y %#, N° %##", "Mitre %## dpto. %"),
        "@####@@@", ("+54 9 11 ^###-####", "(0280) 15-4##-####", "011 4###-####", "(0351) 15-^##-####", "+54 9 280 4##-####"),
        ("gmail.com", "hotmail.com", "yahoo.com.ar", "fibertel.com.ar", "outlook.com"),
        {"rioplatense": ("Buenos Aires", "Chubut", "Córdoba")}),
    Loc("CL", "Chile", "es", {
        "La Araucanía": ("IX", ("Maquehue Alto", "Chol Chol Nuevo", "Pelales de Cholchol"), ("Villa Los Coigües", "Pobl. Amanecer Sur")),
        "Los Lagos": ("X", ("Frutillar Bajo Poniente", "Nueva Braunau Sur"), ("Villa Los Ulmos Norte", "Pobl. Lintz Alto")),
        "Metropolitana": ("RM", ("Lo Herrera Norte", "Santa Inés de Talagante"), ("Villa Los Copihues de Puente Alto", "Pobl. El Cortijo Viejo")),
    }, ("Pasaje Los Maitenes %##", "Calle Lautaro %###", "Av. Pedro de Valdivia %### depto %#", "Camino a Quepe km %#", "Los Avellanos %## block @ depto %#"),
        "#######", ("+56 9 ^### ####", "9 ^### ####", "(45) 2## ####", "+56 2 2### ####"),
        ("gmail.com", "hotmail.com", "live.cl", "outlook.com", "yahoo.es"),
        {"mapuche": ("La Araucanía", "Metropolitana"), "chileno": ("Los Lagos", "Metropolitana")}),
    Loc("CO", "Colombia", "es", {
        "Chocó": ("Chocó", ("Tutunendo Medio", "San Isidro del Atrato"), ("barrio Kennedy Bajo", "barrio Yesquita Alto")),
        "La Guajira": ("La Guajira", ("Manaure Arriba", "Ranchería Jasaischi"), ("barrio Los Cerezos del Este", "barrio 12 de Octubre Norte")),
        "Cauca": ("Cauca", ("Resguardo Tumbichucue", "Vereda El Tablón de Toribío"), ("barrio La Esmeralda Alta", "barrio Bolívar Bajo")),
        "Antioquia": ("Ant.", ("Corregimiento Santa Elena Alto", "Vereda La Clarita"), ("barrio Manrique Oriental Alto", "barrio Castilla Nuevo")),
    }, ("Cra %# # %#-%#", "Calle %#B # %#-%# apto %0%", "Cl %# Sur # %#-%# int %", "Transversal %# # %#-%#", "Manzana @ casa %#"),
        "", ("+57 3%# ### ####", "3%#-###-####", "3%# #######", "(604) ### ####", "+57 601 ### ####"),
        ("gmail.com", "hotmail.com", "yahoo.es", "outlook.com", "une.net.co"),
        {"colombiano": ("Chocó", "Antioquia"), "wayuu_nasa": ("La Guajira", "Cauca")}),
    Loc("PE", "Perú", "es", {
        "Cusco": ("Cusco", ("Ccorao Alto", "Huancaro Chico"), ("AA.HH. Señor de Qoyllurit'i", "APV Los Qenqos")),
        "Puno": ("Puno", ("Chucuito Bajo", "Ichu Alto"), ("Barrio Mañazo Viejo", "Urb. Chanu Chanu Norte")),
        "Lima": ("Lima", ("Pachacámac Alto", "Huaycán Zona Z"), ("AA.HH. Keiko Sofía Alto", "Urb. Los Olivos de Pro Norte")),
    }, ("Jr. Pumacahua %##", "Av. Tupac Amaru Mz. @ Lt. %#", "Calle Saphi %##", "Psje. Los Quinuales %#", "Jr. Los Pinos %## int. %"),
        "", ("+51 9## ### ###", "9## ### ###", "(084) ##-####", "(01) ###-####", "9########"),
        ("gmail.com", "hotmail.com", "yahoo.es", "outlook.com"),
        {"andino": ("Cusco", "Puno", "Lima")}),
    Loc("UY", "Uruguay", "es", {
        "Montevideo": ("Mdeo.", ("Paso de la Arena Norte", "Casabó Oeste"), ("barrio Cerro Norte Viejo", "barrio Piedras Blancas Sur")),
        "Tacuarembó": ("Tbó.", ("Paso Bonilla Chico", "Ansina Norte"), ("barrio López Sur", "barrio Godoy Viejo")),
        "Rivera": ("Rivera", ("Masoller Chico", "Lapuente Norte"), ("barrio Mandubí Viejo", "barrio Rivera Chico Sur")),
    }, ("Camino Tomkinson %###", "Av. Agraciada %### ap. %0%", "Ituzaingó %##", "Calle %# esq. Treinta y Tres", "Ruta %# km %##"),
        "%####", ("+598 9# ### ###", "09# ### ###", "2### ####", "4632 ####"),
        ("gmail.com", "hotmail.com", "adinet.com.uy", "vera.com.uy"),
        {"oriental": ("Montevideo", "Tacuarembó", "Rivera")}),
    Loc("EC", "Ecuador", "es", {
        "Imbabura": ("Imbabura", ("Peguche Alto", "Ilumán Bajo", "La Compañía de Otavalo"), ("comunidad Agato Grande", "comunidad Quinchuquí Alto")),
        "Cotopaxi": ("Cotopaxi", ("Zumbahua Centro", "Guangaje Chico"), ("comunidad Tigua Chimbacucho", "barrio San Buenaventura Alto")),
        "Manabí": ("Manabí", ("Pueblo Nuevo de Junín", "Sosote Arriba"), ("sitio La Pita", "ciudadela Los Tamarindos Norte")),
    }, ("Calle Bolívar %## y Sucre", "Av. Atahualpa N%#-%## y Ricaurte", "Pasaje %# E%#-%#", "vía a Calceta km %#", "Calle Olmedo y %# de Mayo"),
        "%#####", ("+593 9# ### ####", "09########", "(06) 29#-####", "(05) 26#-####"),
        ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com"),
        {"kichwa": ("Imbabura", "Cotopaxi"), "manabita": ("Manabí",)}),
    Loc("GT", "Guatemala", "es", {
        "Sololá": ("Sololá", ("Aldea Pixabaj Alto", "Caserío Xajaxac Chiquito"), ("cantón Chuiquel Norte", "cantón Pujujil II")),
        "Totonicapán": ("Totonicapán", ("Aldea Chuculjuyup", "Paraje Xolsacmalja"), ("cantón Juchanep Alto", "zona 2 Chimente")),
        "Guatemala": ("Guatemala", ("Aldea Lo de Coy", "Colonia Primero de Julio Sur"), ("zona 18 Paraíso II", "Asentamiento El Mezquital Alto")),
    }, ("%a. calle %-%# zona %", "%a. avenida %#-%# zona %", "Lote %# manzana @", "km %# carretera Interamericana"),
        "%####", ("+502 5### ####", "4###-####", "5###-####", "7762 ####"),
        ("gmail.com", "hotmail.com", "yahoo.com", "outlook.com"),
        {"maya_gt": ("Sololá", "Totonicapán", "Guatemala")}),
]}  # fmt: skip
GT_DEPT = {"Sololá": 7, "Totonicapán": 8, "Guatemala": 1}
EC_PROV = {"Imbabura": 10, "Cotopaxi": 5, "Manabí": 13}


@dataclass(slots=True)
class Person:
    given: str
    fam1: str  # the first family name (the father's; in Brazil the mother's comes first and this is hers)
    fam2: str  # the second family name ("" for someone who writes one)
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str
    hood: str
    town: str
    zip: str
    nid: str = ""  # CURP, CPF, DNI, RUT, cédula, DPI
    nid2: str = ""  # NSS (MX), CNS (BR), CUIL (AR)
    particle: str = ""  # Brazil's "da" / "de" before the last name; an older Spanish-speaking wife's "de"

    @property
    def family(self) -> str:
        """Both family names as written (with a Brazilian particle)."""
        if not self.fam2:
            return self.fam1
        return f"{self.fam1} {self.particle + ' ' if self.particle else ''}{self.fam2}"

    @property
    def full(self) -> str:
        return f"{self.given} {self.family}"

    @property
    def abbr(self) -> str:
        return self.loc.regions[self.region][0]


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def _plain(s: str) -> str:
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "").replace("ñ", "n")


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc` (`family` a household's first family name, `home` a household's address,
    `region` where a neighbour lives); no name word is shared with anyone already drawn for the document."""
    if culture is None and region is not None:
        culture = rng.choice([c for c, regs in loc.cultures.items() if region in regs] or list(loc.cultures))
    culture = culture or rng.choice(list(loc.cultures))
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    if not free:  # a small table borrows its neighbours' given names, then a migrant's
        free = [g for c in loc.cultures for g in NAMES[c][0 if female else 1] if not (_words(g) & used)]
        free = free or [g for c in NAMES for g in NAMES[c][0 if female else 1] if not (_words(g) & used)]
    given = rng.choice(free)
    used |= _words(given)
    pool = [f for c in loc.cultures for f in NAMES[c][2]]
    if not [f for f in pool if not (_words(f) & used)]:  # a crowded document: a migrant's family names
        pool = [f for c in NAMES for f in NAMES[c][2]]
    own = [f for f in fams if not (_words(f) & used)] or [f for f in pool if not (_words(f) & used)]
    fam1 = family if family is not None else rng.choice(own)
    used |= _words(fam1)
    every = [f for c in NAMES for f in NAMES[c][2]]
    fam2 = rng.choice(
        [f for f in (own + pool if rng.random() < 0.3 else own) if not (_words(f) & used)]
        or [f for f in pool if not (_words(f) & used)]
        or [f for f in every if not (_words(f) & used)]
    )
    used |= _words(fam2)
    particle = rng.choice(["", "", "da", "de"]) if loc.code == "BR" else ""
    if loc.code == "BR":  # the mother's family name first, the father's (the household's) last
        fam1, fam2 = fam2, fam1
    dob = ref - timedelta(days=rng.randint(*age_days))
    if loc.lang == "es" and female and (ref - dob).days > 60 * 365 and rng.random() < 0.3:
        particle = "de"  # an older married woman: her own first family name, "de" and her husband's
    g, f = _plain(given), _plain(fam1)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g[0]}{f}{rng.randint(10, 999)}", f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, hood, town, zc = home.region, home.line, home.hood, home.town, home.zip
    else:
        region = region or rng.choice(loc.cultures.get(culture) or list(loc.regions))
        _, towns, hoods = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        hood = rng.choice([h for h in hoods if h not in used] or list(hoods))
        used |= {town, hood}
        line = fill(rng, rng.choice(loc.streets))
        zc = fill(rng, loc.zips) if loc.zips else ""
        if loc.code == "AR":  # CPA: province letter, four digits, three letters
            zc = {"Buenos Aires": "B", "Chubut": "U", "Córdoba": "X"}[region] + zc[1:]
    w = Person(given, fam1, fam2, culture, female, dob, loc, region, phone(rng, loc), phone(rng, loc), email, line, hood, town, zc,
               particle=particle)  # fmt: skip
    w.nid, w.nid2 = national_ids(rng, w)
    return w


def national_ids(rng: random.Random, w: Person) -> tuple[str, str]:
    c = w.loc.code
    if c == "MX":
        return ids.curp(rng, w.given, w.fam1, w.fam2, w.dob, w.female, w.region), ids.nss(rng, w.dob)
    if c == "BR":
        return ids.cpf(rng), ids.cns(rng)
    if c == "AR":
        dni = ids.dni_ar(rng, w.dob)
        return dni, ids.cuil(dni, w.female)
    if c == "CL":
        return ids.rut(rng, w.dob), ""
    if c == "CO":
        cc = rng.randint(1_000_000, 1_130_000_000)
        return (f"{cc:,}".replace(",", ".") if rng.random() < 0.5 else str(cc)), ""
    if c == "PE":
        return fill(rng, "%#######"), ""
    if c == "UY":
        return ids.ci_uy(rng), ""
    if c == "EC":
        return ids.cedula_ec(rng, EC_PROV[w.region]), ""
    return ids.cui_gt(rng, GT_DEPT[w.region]), ""


def phone(rng: random.Random, loc: Loc) -> str:
    return fill(rng, rng.choice(loc.phones))
