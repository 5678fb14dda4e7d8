# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the fifty-second probe: Spanish, Portuguese and bilingual
English / Spanish health text from US community health centres and from Mexico, Guatemala, El Salvador,
Honduras, the Dominican Republic, Puerto Rico, Colombia, Venezuela, Peru, Chile, Argentina and Brazil
(synthetic only; no real patient or staff member). Name words are Mexican (old rural given names, Nahuatl-
origin given names), Central American (Mayan K'iche' / Kaqchikel / Q'eqchi' family names, Salvadoran and
Honduran ones), Dominican and Puerto Rican, Colombian and Venezuelan (Jhon Fredy, Leidy Johana), Andean
(Quechua / Aymara family names), Chilean (Mapuche family names), Argentine and Brazilian (northeastern),
combined at random: never a real person. People carry two family names (paternal + maternal; Brazilian
mother's + father's), some a particle (de, del, de la, da, dos -- added when the name is written, like
probe44's bin / binti, so the tables hold name words only), compound given names and nicknames (Chuy,
Quique, Chayo). They were checked against every string of the people tables of probes 1-48 before any
measurement (test_probe52: no shared name word).

Towns, municipios, colonias, barrios, aldeas, cantones, veredas, comunas, bairros, streets and US towns are
invented; states, departments, provinces, regions and US states (first-level) are real and are keep values
when written alone. Clinics, hospitals and laboratories are invented or generic (IMSS, ISSSTE, EsSalud,
Fonasa, SUS and the like are real institutions and keep). Numbers are random; CURP, RFC, NSS, DPI, DUI,
Dominican cédula, RUT, CUIL, CPF and CNS numbers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe52 import ids
from tests.engine.probe52.ids import fill

__all__ = ["LOCS", "NAMES", "NICKS", "PARTICLES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "mexican": (['Anacleta', 'Apolonia', 'Atanasia', 'Baldomera', 'Bartola', 'Benigna', 'Casimira', 'Ceferina', 'Crescencia', 'Efigenia', 'Eleuteria', 'Eusebia', 'Gumersinda', 'Hermelinda', 'Higinia', 'Ignacia', 'Isidora', 'Leonarda', 'Liboria', 'Macaria', 'Marcelina', 'Maximina', 'Rosenda', 'Rutilia', 'Saturnina', 'Severina', 'Sinforosa', 'Tiburcia', 'Amairani', 'Jatziri', 'Zyanya', 'Yamileth', 'Yuridia', 'Mayra', 'Janeth', 'Nallely', 'Juana Eugenia', 'Teresa Alicia', 'Mirna Patricia', 'Concepción'],
        ['Aldo', 'Alonso', 'Arcadio', 'Aristeo', 'Artemio', 'Atilano', 'Brígido', 'Calixto', 'Cenobio', 'Cornelio', 'Donaciano', 'Eleno', 'Eligio', 'Eustaquio', 'Gildardo', 'Longino', 'Margarito', 'Maclovio', 'Marcial', 'Nabor', 'Octaviano', 'Odilón', 'Prisciliano', 'Serapio', 'Apolinar', 'Melquiades', 'Pánfilo', 'Silvestre', 'Amancio', 'Aniceto', 'Audelino', 'Celestino', 'Cleto', 'Fortino', 'Gabino', 'Juventino', 'Librado', 'Primitivo', 'Victorino', 'Jorge Enrique', 'Manuel Alfonso', 'Ramón Adolfo'],
        ['Alcaraz', 'Almaraz', 'Amezcua', 'Apodaca', 'Aranda', 'Armenta', 'Arriaga', 'Avendaño', 'Balderas', 'Becerra', 'Beltrán', 'Berumen', 'Bojórquez', 'Bracamontes', 'Burciaga', 'Calderón', 'Canales', 'Cantú', 'Casillas', 'Enríquez', 'Gálvez', 'Gaytán', 'Godínez', 'Ledesma', 'Lomelí', 'Loya', 'Magaña', 'Manríquez', 'Mireles', 'Montañez', 'Muñiz', 'Noriega', 'Ordaz', 'Osuna', 'Rebollar', 'Reséndiz', 'Venegas', 'Yépez', 'Zárate', 'Tepale', 'Campuzano', 'Carbajal', 'Tafoya', 'Ulloa', 'Verduzco', 'Anguiano', 'Cázares', 'Gamboa', 'Macías', 'Melgoza', 'Pantoja', 'Urbina', 'Buendía', 'Cabrales', 'Dávalos', 'Farías', 'Garibay', 'Huizar', 'Izaguirre', 'Meléndez', 'Nájera', 'Oropeza', 'Vizcaíno', 'Téllez', 'Ahuatzi', 'Castillo', 'Olmo', 'Carpio', 'Anda', 'Cueva']),
    "central_american": (['Yessenia', 'Aracely', 'Yajaira', 'Daysi', 'Marleny', 'Kenia', 'Zoila', 'Nidia', 'Zulma', 'Haydée', 'Ivonne', 'Liseth', 'Belkis', 'Mariela', 'Xenia', 'Yorleni', 'Heidy', 'Lesbia', 'Evelin', 'Karla', 'Edith', 'Sulma', 'Vilma', 'Zenia', 'Delmy', 'Doris', 'Rosibel', 'Jessenia', 'Lilian', 'Suyapa', 'Yolany', 'Karla Vanessa', 'Xenia Marleny'],
        ['Marvin', 'Melvin', 'Selvin', 'Edwin', 'Oscar', 'Denis', 'Erick', 'Elvin', 'Darwin', 'Hermes', 'Yovani', 'Nelson', 'Geovanny', 'Gilberto', 'Anastasio', 'Lázaro', 'Hernán', 'Édgar', 'Nelson Geovanny', 'Edwin Yovani'],
        ['Xicará', 'Coyoy', 'Tzul', 'Ajanel', 'Chumil', 'Cumes', 'Sacalxot', 'Tzoc', 'Quiacaín', 'Tepaz', 'Batz', 'Ixcoy', 'Tuyuc', 'Xajil', 'Chiroy', 'Cutzal', 'Caal', 'Tiul', 'Maquín', 'Quej', 'Ical', 'Tzunún', 'Sajché', 'Poroj', 'Xuruc', 'Ixcot', 'Sequén', 'Culajay', 'Pirir', 'Saquic', 'Tumax', 'Patzán', 'Ixtabalán', 'Yaxón', 'Alfaro', 'Menjívar', 'Argueta', 'Cornejo', 'Amaya', 'Lemus', 'Henríquez', 'Zelaya', 'Funes', 'Rivas', 'Midence', 'Matamoros', 'Bonilla', 'Mairena', 'Banegas', 'Cálix', 'Andino', 'Laínez', 'Turcios', 'Euceda']),
    "caribbean": (['Yomaira', 'Migdalia', 'Yulissa', 'Keila', 'Wendy', 'Yokasta', 'Mildred', 'Damaris', 'Yahaira', 'Yanet', 'Dayana', 'Zulma', 'Ivonne'],
        ['Yadiel', 'Yandel', 'Anyelo', 'Wascar', 'Franklin', 'Welinton', 'Radhamés', 'Nelfi', 'Manolo', 'Yunior', 'Wander', 'Yeuri', 'Starlin', 'Robinson', 'Rafaelito'],
        ['Almonte', 'Abreu', 'Tejada', 'Batista', 'Polanco', 'Reynoso', 'Frías', 'Paulino', 'Guzmán', 'Lantigua', 'Minaya', 'Caraballo', 'Acevedo', 'Cordero', 'Pagán', 'Matos', 'Negrón', 'Quiles', 'Alicea', 'Crespo', 'Laboy', 'Marrero', 'Otero', 'Pabón', 'Rolón', 'Cintrón', 'Colón', 'Rosado', 'Vélez', 'Toro', 'Moral']),
    "colombian": (['Leidy', 'Yurany', 'Yuliana', 'Sirley', 'Yenifer', 'Nubia', 'Johana', 'Rubiela', 'Nohora', 'Fabiola', 'Aydee', 'Yolima', 'Edilma', 'Leidy Johana', 'Yenny'],
        ['Dairo', 'Jhon', 'Wilmer', 'Yeison', 'Brayan', 'Deiby', 'Arley', 'Jhonatan', 'Fredy', 'Albeiro', 'Duvan', 'Yeferson', 'Jáider', 'Jhon Fredy', 'Wilmer Albeiro'],
        ['Giraldo', 'Zuluaga', 'Osorio', 'Restrepo', 'Londoño', 'Arango', 'Betancur', 'Cardona', 'Gaviria', 'Henao', 'Hoyos', 'Marulanda', 'Ospina', 'Patiño', 'Rendón', 'Tobón', 'Agudelo', 'Alzate', 'Bedoya', 'Buitrago', 'Duque', 'Grajales', 'Idárraga', 'Loaiza', 'Orrego', 'Quiceno', 'Urrego', 'Villegas']),
    "venezuelan": (['Yesica', 'Mireya', 'Yenny', 'Fabiola', 'Yolima', 'Aydee', 'Nohora'],
        ['Edwar', 'Alcides', 'Yeison', 'Deiby', 'Jhonatan', 'Arley', 'Wilmer'],
        ['Briceño', 'Rondón', 'Colmenares', 'Escalona', 'Pernía', 'Sulbarán', 'Uzcátegui', 'Urdaneta', 'Villasmil', 'Finol', 'Añez', 'Chirinos', 'Pirela', 'Zambrano', 'Carpio', 'Villar']),
    "andean": (['Epifania', 'Cirila', 'Tranquilina', 'Nicolasa', 'Fortunata', 'Hilaria', 'Inocencia', 'Prudencia', 'Venancia', 'Serafina', 'Pascuala', 'Bonifacia', 'Domitila', 'Celedonia', 'Cenobia', 'Demetria', 'Dionisia', 'Evarista', 'Fausta', 'Torcuata', 'Ubaldina'],
        ['Wilber', 'Yuri', 'Edwar', 'Alcides', 'Fidel', 'Jeremías', 'Matías', 'Damián', 'Dimas', 'Erasmo', 'Benito', 'Toribio', 'Juventino'],
        ['Chambi', 'Ttito', 'Cusi', 'Paucar', 'Ccallo', 'Vilca', 'Chura', 'Sucasaire', 'Cutipa', 'Huaranga', 'Lliuya', 'Ñahui', 'Anccasi', 'Huillca', 'Ccama', 'Yucra', 'Huarcaya', 'Pumacayo', 'Mayta', 'Coaquira', 'Ninaquispe']),
    "chilean": (['Marcela', 'Pamela', 'Javiera', 'Constanza', 'Yasna', 'Scarlett', 'Romina', 'Valeska', 'Katherine', 'Daniela', 'Yocelyn', 'Nélida', 'Ilda'],
        ['Benjamín', 'Cristóbal', 'Claudio', 'Rodolfo', 'Nibaldo', 'Exequiel', 'Braulio', 'Fabián', 'Agustín', 'Héctor', 'Cecilio'],
        ['Fuenzalida', 'Catalán', 'Moraga', 'Órdenes', 'Peñaloza', 'Riquelme', 'Zamorano', 'Aravena', 'Bascuñán', 'Donoso', 'Gajardo', 'Huenchumilla', 'Llanquileo', 'Ñancupil', 'Curihual', 'Huaiquimilla']),
    "argentine": (['Noelia', 'Romina', 'Yésica', 'Aldana', 'Micaela', 'Lucrecia', 'Ramira', 'Daniela', 'Adriana'],
        ['Facundo', 'Santino', 'Tiziano', 'Maximiliano', 'Dardo', 'Luciano', 'Gustavo', 'Osmar', 'Fabián'],
        ['Ferreyra', 'Pereyra', 'Maidana', 'Villalba', 'Giménez', 'Mansilla', 'Moyano', 'Olmos', 'Palavecino', 'Zalazar', 'Agüero', 'Luna']),
    "brazilian": (['Joelma', 'Claudete', 'Gerlane', 'Jucélia', 'Daiane', 'Tainá', 'Rayssa', 'Iolanda', 'Edneide', 'Josilene', 'Lindalva', 'Neide', 'Creuza', 'Gildete', 'Cícera', 'Elisângela', 'Cristiane'],
        ['Gleison', 'Edvaldo', 'Valdir', 'Adailton', 'Severino', 'Expedito', 'Rivaldo', 'Ednaldo', 'Cleber', 'Damião', 'Jucelino', 'Everaldo', 'Wescley', 'Jadson', 'Erisvaldo', 'Genilson', 'Jeferson', 'Ronaldo'],
        ['Linhares', 'Falcão', 'Macedo', 'Leitão', 'Mendonça', 'Nóbrega', 'Dantas', 'Fonseca', 'Peixoto', 'Assunção', 'Correia', 'Esteves', 'Freitas', 'Gouveia', 'Guedes', 'Jardim', 'Monteiro', 'Novaes', 'Paiva', 'Rezende', 'Valença', 'Veloso', 'Amorim', 'Borges', 'Cunha', 'Galvão', 'Godinho', 'Vieira', 'Anjos']),
}  # fmt: skip
# family names written with a particle (the tables hold the name word; the particle is added when written)
PARTICLES = {"Castillo": "del", "Olmo": "del", "Carpio": "del", "Toro": "del", "Moral": "del", "Villar": "del",
             "Anda": "de", "Cueva": "de la", "Cunha": "da", "Anjos": "dos"}  # fmt: skip
# nicknames: a given name's own (Quique for Enrique), else one of the usual ones
NICK_OF = {"Jorge Enrique": "Quique", "Manuel Alfonso": "Poncho", "Ramón Adolfo": "Moncho", "Teresa Alicia": "Tere",
           "Concepción": "Conchita", "Juana Eugenia": "Maru"}  # fmt: skip
NICKS = (["Chayo", "Licha", "Meche", "Charo", "Lola", "Cuca", "Pili", "Chelo"],
         ["Chuy", "Pepe", "Paco", "Memo", "Lalo", "Goyo", "Chava", "Pancho", "Tito", "Chente", "Fito", "Neto", "Chucho", "Checo"])  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # first-level region (keep) -> (municipios / counties, towns)
    localities: tuple[str, ...]  # colonias, barrios, aldeas, cantones, veredas, bairros (ADDRESS)
    streets: tuple[str, ...]  # fill patterns of a street line
    postcode: str  # fill pattern ("" none)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("US", "United States", {
        "Texas": (("Arroyo Seco County", "Brasada County"), ("Palo Blanco", "Alamo Crossing", "La Joya Springs", "Sabal Flats")),
        "California": (("Tule Basin County", "Madrone County"), ("Citrus Grove", "Valle Sereno", "Orchard Junction", "Pajaro Vista")),
        "Illinois": (("Kankee County", "Fox Prairie County"), ("Westhaven Park", "Brookmont", "Lyons Hollow", "Cicero Gardens")),
        "Arizona": (("Gila Bend County", "Ocotillo County"), ("Saguaro Flats", "Mesa Encantada", "Dos Palmas Junction", "Agave Ridge")),
        "Oregon": (("Willamina County", "Hood Basin County"), ("Willow Creek Junction", "Hopfield", "Aurora Bend", "Pear Orchard")),
        "North Carolina": (("Tar River County", "Neuse County"), ("Pine Hollow", "Tobacco Ridge", "Siler Crossing", "Duplin Springs")),
    }, ("Colonia Las Palmitas", "Colonia Tierra Buena", "Villa Alegre Apartments", "Sunset Mobile Home Park", "Casa Linda Courts",
        "Rancho Viejo Estates", "El Mirador Apartments", "Green Acres Trailer Park"),
        ("%### Hackberry Rd", "%## Bluebonnet Dr", "%### W Pecan Grove Ln", "%#### Mesquite St Apt %", "%## S Cottonwood Ct", "%### N Jacaranda Ave Apt %@",
         "%### Sunflower Way", "%## E Magnolia St", "%### W 26th Pl", "%#### Farm Road %##"),
        "", ("(956) ^##-####", "(559) ^##-####", "(773) ^##-####", "(602) ^##-####", "(503) ^##-####", "(919) ^##-####", "^##-^##-####"),
        ("gmail.com", "yahoo.com", "hotmail.com", "icloud.com", "outlook.com"), ("mexican", "mexican", "central_american", "caribbean", "colombian")),
    Loc("MX", "México", {
        "Jalisco": (("San Julián de los Altos", "Mezquitic de la Magdalena"), ("Ejutla de los Altos", "El Salitre de Guadalupe", "Amatitlán de Arriba")),
        "Michoacán": (("Tangamandapio Nuevo", "Huaniqueo de Abajo"), ("Zacapu el Alto", "Santa Clara del Cobre Chico", "La Piedad de Cabadas Sur")),
        "Guanajuato": (("Jerécuaro de Morelos", "Cerano de Allende"), ("Uriangato el Alto", "Moroleón Chico", "San Nicolás de los Agustinos Viejo")),
        "Zacatecas": (("Jalpa de Cañones", "Nochistlán del Refugio"), ("Tlaltenango de la Sierra", "Apozol de Abajo", "Juchipila el Grande")),
        "Oaxaca": (("San Pedro Yolox Alto", "Santa María Tlahuitoltepec Bajo"), ("San Juan Guelavía Nuevo", "Santiago Matatlán Chico", "Teotitlán del Camino")),
    }, ("Col. Lomas del Tecolote", "Col. Ampliación Tres Cruces", "Fracc. Villas del Mezquite", "Barrio de San Juanico", "Col. El Tepetate",
        "U. H. Infonavit Las Águilas", "Col. Jardines del Nogal", "Col. Emiliano Zapata Sur", "Col. La Huizachera", "Barrio del Calvario Bajo"),
        ("Calle Jacarandas %#", "Av. Hidalgo Pte. %##", "Andador Tulipanes %", "Cerrada de Tezontle %#", "Privada Mezquite %#-@", "Calle 16 de Septiembre %##",
         "Calle Nogal %# Int. %", "Av. de los Insurgentes %###", "Manzana %# Lote %#"),
        "%####", ("33 ^### ####", "+52 1 443 ^## ####", "(492) ^## ####", "951 ^## ####", "+52 33 ^### ####"),
        ("gmail.com", "hotmail.com", "yahoo.com.mx", "outlook.es", "live.com.mx"), ("mexican",)),
    Loc("GT", "Guatemala", {
        "Quiché": (("Chichicastenango Alto", "Sacapulas Nuevo"), ("Aldea Xepocol", "Caserío Chuicaxtun", "Aldea Pachoj Grande")),
        "Alta Verapaz": (("San Pedro Carchá Norte", "Lanquín Viejo"), ("Aldea Sesajal", "Caserío Chicuz", "Aldea Semococh")),
        "Sololá": (("Nahualá Alto", "Santa Catarina Ixtahuacán Viejo"), ("Aldea Xejuyup", "Caserío Pasaquijuyup", "Aldea Chuimanzana")),
        "Petén": (("San Benito Norte", "La Libertad Sur"), ("Aldea El Naranjito", "Caserío Las Cruces", "Aldea Paso Caballos Viejo")),
    }, ("Cantón Chuicacá", "Cantón Pasajoc", "Sector Los Pinos", "Zona 3 Barrio El Calvario", "Colonia Nueva Esperanza", "Paraje Xolsacmaljá"),
        ("Km %# carretera a Nahualá", "Lote %# sector %", "%a. calle %-## zona %", "%a. avenida %-## zona %", "Casa %# frente a la escuela"),
        "%####", ("5^##-####", "4^##-####", "+502 3^## ####", "+502 5^##-####"), ("gmail.com", "hotmail.com", "yahoo.com"), ("central_american",)),
    Loc("SV", "El Salvador", {
        "Morazán": (("Cacaopera Norte", "Jocoaitique Viejo"), ("Cantón El Carrizal", "Caserío Agua Blanca", "Cantón Quebrachos")),
        "Cabañas": (("Ilobasco Sur", "Tejutepeque Alto"), ("Cantón Potrerillos", "Caserío Los Jobos", "Cantón Huertas Viejas")),
        "Cuscatlán": (("Suchitoto Viejo", "San Pedro Perulapán Alto"), ("Cantón Copapayo", "Caserío El Sitio", "Cantón Milingo")),
    }, ("Colonia Santa Lucía", "Barrio El Centro Norte", "Reparto Las Brisas", "Lotificación El Progreso", "Colonia San Antonio II"),
        ("Pasaje %, casa No. %", "Calle principal casa %#", "Polígono @, casa %#", "Avenida %a. Norte No. %#"),
        "CP %###", ("7^##-####", "6^##-####", "+503 7^##-####", "2^##-####"), ("gmail.com", "hotmail.com", "yahoo.es"), ("central_american",)),
    Loc("HN", "Honduras", {
        "Olancho": (("Catacamas Norte", "Juticalpa Viejo"), ("Aldea El Murmullo", "Caserío Las Minitas", "Aldea Punuare")),
        "Atlántida": (("Tela Vieja", "Arizona Norte"), ("Aldea Las Camelias", "Caserío Río Tinto", "Aldea Lis Lis")),
        "El Paraíso": (("Danlí Sur", "Trojes Alto"), ("Aldea Las Ánimas", "Caserío El Chichicaste", "Aldea Cuyalí")),
    }, ("Colonia Villeda Morales", "Barrio El Campo", "Colonia 15 de Septiembre", "Residencial Las Uvas", "Barrio Arriba"),
        ("Bloque %#, casa %#", "%a. calle, %a. avenida, casa %##", "Pasaje Los Almendros casa %#", "Frente a pulpería, casa %#"),
        "%####", ("9^##-####", "3^##-####", "+504 9^##-####", "8^##-####"), ("gmail.com", "hotmail.com", "yahoo.com"), ("central_american",)),
    Loc("DO", "República Dominicana", {
        "Monseñor Nouel": (("Bonao Norte", "Maimón Viejo"), ("Sección Los Quemados", "Paraje El Verde", "Sección Arroyo Toro")),
        "Hermanas Mirabal": (("Tenares Arriba", "Villa Tapia Sur"), ("Sección El Guanábano", "Paraje La Jagua", "Sección Ojo de Agua Chiquito")),
        "Monte Plata": (("Yamasá Viejo", "Bayaguana Norte"), ("Sección Los Botados", "Paraje Guanuma Adentro", "Sección La Guázuma")),
    }, ("Sector Los Mameyes", "Barrio Puerto Rico", "Ens. Quisqueya Norte", "Urb. Las Praderas", "Res. Villa Carmen II", "Barrio La Fe"),
        ("C/ Respaldo Los Mangos No. %#", "Calle Duarte No. %##", "Av. Independencia No. %#", "C/ Las Flores No. %#, Apto. %-@", "Manzana %, Edif. %, Apto. %0%"),
        "%####", ("(809) ^##-####", "829-^##-####", "849-^##-####", "+1 809 ^## ####"), ("gmail.com", "hotmail.com", "outlook.com"), ("caribbean",)),
    Loc("PR", "Puerto Rico", {
        "Puerto Rico": (("Sabana Alta", "Villa Cafetal", "Hato Seco"), ("Bo. Quebrada Honda", "Bo. Cerro Gordo Abajo", "Bo. Jagüeyes Norte", "Bo. Palo Hincado")),
    }, ("Urb. Villa del Carmen", "Urb. Jardines de Monte Alto", "Com. Las Parcelas", "Res. Los Flamboyanes", "Urb. Brisas del Mar", "Parcelas Nuevas"),
        ("Calle %#", "Calle Amapola %#", "Carr. %## Km %.%", "Calle Las Palmas @-%#", "Bloque %# Núm. %#", "HC-0% Box %####"),
        "00^##", ("(787) ^##-####", "(939) ^##-####", "787-^##-####"), ("gmail.com", "yahoo.com", "hotmail.com", "prtc.net"), ("caribbean",)),
    Loc("CO", "Colombia", {
        "Antioquia": (("Urrao Alto", "Yarumal Viejo"), ("Vereda La Mosca", "Vereda El Cedrón", "Corregimiento Palmitas Arriba")),
        "Risaralda": (("Santuario Alto", "Belén de Umbría Sur"), ("Vereda La Bella", "Vereda Guacas", "Corregimiento Tribunas Viejo")),
        "Tolima": (("Planadas Norte", "Chaparral Viejo"), ("Vereda El Neme", "Vereda Agua Bonita", "Corregimiento Calarma")),
        "Nariño": (("Sandoná Alto", "Túquerres Viejo"), ("Vereda El Ingenio Bajo", "Vereda San Gabriel de Yacuanquer", "Corregimiento El Tambillo")),
    }, ("Barrio Manrique Oriental", "Barrio La Esmeralda", "Barrio El Jardín Etapa 2", "Barrio Villa del Socorro Alto", "Urbanización Los Almendros"),
        ("Calle %# No. %#-%#", "Carrera %#@ No. %#-%#", "Diagonal %#@ No. %#-%#", "Transversal %# No. %#-#%", "Calle %#@ Sur No. %#-%#, apto %0%"),
        "%#####", ("3%# ^## ####", "+57 3%# ^## ####", "(604) ^## ####", "3%#-^##-####"), ("gmail.com", "hotmail.com", "yahoo.es", "outlook.com"), ("colombian",)),
    Loc("VE", "Venezuela", {
        "Zulia": (("San Francisco Sur", "Cabimas Vieja"), ("Sector Las Veritas", "Barrio Cuatricentenario II", "Sector Los Haticos Norte")),
        "Lara": (("Carora Vieja", "Quíbor Norte"), ("Caserío Bobare Abajo", "Sector Pueblo Nuevo de Carora", "Barrio El Tostado")),
        "Táchira": (("Rubio Norte", "La Grita Vieja"), ("Aldea El Reposo", "Sector Palo Gordo Alto", "Barrio San Josecito II")),
        "Carabobo": (("Guacara Norte", "Tocuyito Viejo"), ("Sector La Honda", "Barrio Los Guayos Centro", "Urb. La Esmeralda Vieja")),
    }, ("Urb. La Victoria", "Barrio 5 de Julio", "Sector El Mamón", "Urb. Monte Claro", "Barrio Ziruma Sur"),
        ("Av. %# con calle %#, casa %#-%#", "Calle %@ casa N° %#", "Vereda %# casa %#", "Edif. Los Samanes, piso %, apto %-@"),
        "%0%#", ("0414-^##.##.##", "0424-^######", "0412 ^## ####", "+58 416-^######"), ("gmail.com", "hotmail.com", "yahoo.es", "cantv.net"), ("venezuelan",)),
    Loc("PE", "Perú", {
        "Áncash": (("Carhuaz Alto", "Yungay Viejo"), ("Caserío Ullpa", "Centro Poblado Vicos Alto", "Anexo Huashcao")),
        "Apurímac": (("Andahuaylas Norte", "Chincheros Viejo"), ("Comunidad Campesina Huancas", "Anexo Ccollpa", "Centro Poblado Ccerabamba")),
        "Loreto": (("San Juan Bautista Sur", "Belén Bajo"), ("Caserío Santo Tomás del Itaya", "Asentamiento Humano 1 de Junio", "Comunidad Nativa Padre Cocha Alta")),
    }, ("A.H. Señor de los Milagros", "Urb. Los Ficus", "P.J. Santa Rosa Alta", "A.H. Villa Primavera", "Mz. % Lt. % A.H. Nuevo Horizonte"),
        ("Jr. Los Quinuales %##", "Av. Túpac Amaru %##", "Psje. Las Retamas %#", "Mz. @ Lt. %#", "Jr. Amazonas %##, int. %"),
        "%####", ("9^# ### ###", "+51 9^# ### ###", "9^#-###-###"), ("gmail.com", "hotmail.com", "yahoo.es", "outlook.com"), ("andean",)),
    Loc("CL", "Chile", {
        "La Araucanía": (("Lautaro Norte", "Nueva Imperial Viejo"), ("Sector Boyeco", "Comunidad Juan Huenchumán", "Sector Chol Chol Alto")),
        "Biobío": (("Cañete Viejo", "Mulchén Sur"), ("Población Los Copihues", "Villa Las Araucarias", "Sector Pangue Alto")),
        "Los Lagos": (("Calbuco Norte", "Frutillar Alto"), ("Sector Huelmo", "Villa Los Alerces Sur", "Sector Chinquihue Alto")),
        "Maule": (("Cauquenes Viejo", "Parral Sur"), ("Villa Los Naranjos", "Sector Quella", "Población Santa Filomena Sur")),
    }, ("Población Pablo Neruda", "Villa Las Camelias", "Pob. Lautaro Sur", "Villa Don Ambrosio", "Población El Esfuerzo"),
        ("Pasaje Los Maitenes %##", "Calle Los Aromos %###", "Av. Balmaceda %###, depto. %0%", "Psje. %# N° %##", "Camino a Chol Chol km %#"),
        "%######", ("+56 9 ^### ####", "9 ^### ####", "+56 9 ^###-####"), ("gmail.com", "hotmail.com", "yahoo.es", "live.cl"), ("chilean",)),
    Loc("AR", "Argentina", {
        "Misiones": (("Oberá Norte", "Apóstoles Viejo"), ("Colonia Alberdi Chica", "Paraje Picada Sueca", "Barrio 100 Hectáreas")),
        "Chaco": (("Quitilipi Sur", "Machagai Viejo"), ("Paraje El Palmar Chico", "Colonia Aborigen Sur", "Barrio Toba Norte")),
        "Tucumán": (("Monteros Viejo", "Famaillá Norte"), ("Villa Quinteros Sur", "Barrio El Bajo", "Paraje Los Sosa Chico")),
    }, ("Barrio San Cayetano", "Barrio 1° de Mayo", "Barrio Villa Lugano Sur", "Barrio 20 de Junio", "Barrio Las Palmeras"),
        ("Pasaje %# N° %##", "Calle Moreno %###", "Av. San Martín %###, dpto. %", "Manzana %# casa %#", "Calle %# entre %# y %#"),
        "@%###@@@", ("+54 9 376 ^##-####", "0381 15-^##-####", "+54 9 3722 ^#-####", "376 4^#-####"), ("gmail.com", "hotmail.com", "yahoo.com.ar", "outlook.com"), ("argentine",)),
    Loc("BR", "Brasil", {
        "Pernambuco": (("Surubim Velho", "Bezerros Novo"), ("Sítio Caldeirão", "Povoado Serra Verde", "Distrito Cimbres Velho")),
        "Ceará": (("Quixadá Norte", "Canindé Velho"), ("Sítio Boa Esperança", "Distrito Riacho Verde", "Povoado Juatama Velho")),
        "Paraíba": (("Esperança Velha", "Areia Nova"), ("Sítio Lagoa do Meio", "Povoado Cachoeira dos Índios Velho", "Distrito São José da Mata Novo")),
        "Maranhão": (("Caxias Velho", "Codó Novo"), ("Povoado Buriti Corrente", "Sítio Cajazeiras", "Povoado Olho d'Água dos Grilos")),
    }, ("Bairro Santa Rosa", "Vila Nova Descoberta", "Conjunto Habitacional Padre Cícero", "Loteamento Jardim Primavera", "Bairro Alto do Moura"),
        ("Rua Projetada %#, nº %##", "Rua José Bezerra de Lima, %##", "Travessa Boa Vista, %#", "Av. Agamenon %###, apto %0%", "Rua 15 de Novembro, %##"),
        "%####-###", ("(81) 9 ^###-####", "(85) 9^###-####", "+55 83 9^###-####", "(98) 9 ^###-####"), ("gmail.com", "hotmail.com", "bol.com.br", "uol.com.br"), ("brazilian",)),
]}  # fmt: skip
US_STATE_ABBR = {"Texas": "TX", "California": "CA", "Illinois": "IL", "Arizona": "AZ", "Oregon": "OR", "North Carolina": "NC"}
US_ZIP = {"Texas": "78###", "California": "93###", "Illinois": "60###", "Arizona": "85###", "Oregon": "97###", "North Carolina": "27###"}
BR_UF = {"Pernambuco": "PE", "Ceará": "CE", "Paraíba": "PB", "Maranhão": "MA"}
CL_REGION = {"La Araucanía": "de La Araucanía", "Biobío": "del Biobío", "Los Lagos": "de Los Lagos", "Maule": "del Maule"}
MX_CP = {"Jalisco": "4^###", "Michoacán": "58###", "Guanajuato": "37###", "Zacatecas": "98###", "Oaxaca": "68###"}
BR_CEP = {"Pernambuco": "55###-###", "Ceará": "6%###-###", "Paraíba": "58###-###", "Maranhão": "65###-###"}
AR_CPA = {"Misiones": "N", "Chaco": "H", "Tucumán": "T"}
# where a US patient's family comes from (a Mexican / Central American / Caribbean / Colombian town)
ORIGIN = {"mexican": "MX", "central_american": "GT", "caribbean": "DO", "colombian": "CO", "venezuelan": "VE"}
HONORIFIC = {"es": ("Sra.", "Sr."), "pt": ("Sra.", "Sr.")}


@dataclass(slots=True)
class Person:
    given: str
    pat: str  # paternal family name (Brazil: the father's, written last)
    mat: str  # maternal family name ("" for most Argentines)
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str  # street line
    locality: str  # colonia, barrio, aldea, cantón, vereda, bairro
    town: str
    muni: str  # municipio, county, comuna, partido
    postcode: str
    nick: str = ""
    nid: str = ""
    nid2: str = ""  # RFC (MX), CUIL (AR), CPF (BR), ITIN / SSN (US)
    addr: tuple = field(default_factory=tuple)

    @property
    def surnames(self) -> str:
        if self.culture == "brazilian":
            return f"{self.mat} {self.pat}"
        return f"{self.pat} {self.mat}".strip()

    @property
    def full(self) -> str:
        return f"{self.given} {self.surnames}"

    @property
    def first(self) -> str:
        """The first word of a compound given name (Jhon of Jhon Fredy)."""
        return self.given.split()[0]

    @property
    def lf(self) -> str:
        """Paternal, maternal, given -- the order of a Mexican / Central American form, in capitals."""
        return f"{self.pat} {self.mat} {self.given}".replace("  ", " ").upper()

    @property
    def hon(self) -> str:
        return "Sra." if self.female else "Sr."

    @property
    def don(self) -> str:
        return "Doña" if self.female else "Don"


def _pick(rng: random.Random, values: list[str] | tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def _words(name: str) -> set[str]:
    return {w for w in name.split() if len(w) > 3 or w[0].isupper()}


def _family(rng: random.Random, culture: str, used: set[str]) -> str:
    fam = NAMES[culture][2]
    f = rng.choice([x for x in fam if x not in used])
    used.add(f)
    return f"{PARTICLES[f]} {f}" if f in PARTICLES else f


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                pat: str | None = None, mat: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`pat` / `mat` fix the family
    names a child takes from its parents, `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, _ = NAMES[culture]
    free = [g for g in (fs if female else ms) if not (_words(g) & used)]
    if not free:  # a small table (Venezuela) borrows its neighbour's given names
        free = [g for g in NAMES["colombian"][0 if female else 1] if not (_words(g) & used)]
    given = rng.choice(free)
    used |= _words(given)
    if pat is None:
        pat = _family(rng, culture, used)
    if mat is None:
        mat = "" if culture == "argentine" and rng.random() < 0.7 else _family(rng, culture, used)
    used |= _words(pat) | _words(mat)
    nick = NICK_OF.get(given) or rng.choice([n for n in NICKS[0 if female else 1] if n not in used] or NICKS[0 if female else 1])
    used.add(nick)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g = ids._plain(given).lower().replace(" ", "")
    f = ids._plain(pat).lower().replace(" ", "")
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 999)}", f"{g}_{dob.year}",
                        f"{g[:4]}.{f}{rng.randint(10, 99)}"])  # fmt: skip
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, locality, town, muni, pc = home.region, home.line, home.locality, home.town, home.muni, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        munis, towns = loc.regions[region]
        muni, town = _pick(rng, munis, used), _pick(rng, towns, used)
        locality = fill(rng, _pick(rng, loc.localities, used))
        line = fill(rng, rng.choice(loc.streets))
        if loc.code == "US":
            pc = fill(rng, US_ZIP[region]) + (fill(rng, "-####") if rng.random() < 0.15 else "")
        elif loc.code == "AR":
            pc = AR_CPA[region] + fill(rng, "%###") + fill(rng, "@@@")
        elif loc.code == "MX":
            pc = fill(rng, MX_CP[region])
        elif loc.code == "BR":
            pc = fill(rng, BR_CEP[region])
        elif loc.code == "PR":
            pc = "00" + rng.choice("679") + fill(rng, "##")
        else:
            pc = fill(rng, loc.postcode)
        used |= {town, locality, muni}
    w = Person(given, pat, mat, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, line, locality, town, muni, pc, nick=nick)  # fmt: skip
    w.nid, w.nid2 = national_ids(rng, w)
    w.addr = address(w)
    return w


def national_ids(rng: random.Random, w: Person) -> tuple[str, str]:
    c = w.loc.code
    if c == "MX":
        return ids.curp(rng, w.given, w.pat, w.mat, w.dob, w.female, w.region), ids.rfc(rng, w.given, w.pat, w.mat, w.dob)
    if c == "AR":
        return ids.ar_dni_cuil(rng, w.female)
    if c == "US":
        return ids.ssn(rng), ids.itin(rng)
    return {
        "GT": lambda: ids.dpi(rng), "SV": lambda: ids.dui(rng), "HN": lambda: ids.hn_dni(rng, w.dob),
        "DO": lambda: ids.do_cedula(rng), "PR": lambda: ids.ssn(rng), "CO": lambda: ids.co_cc(rng),
        "VE": lambda: ids.ve_ci(rng), "PE": lambda: ids.pe_dni(rng), "CL": lambda: ids.rut(rng), "BR": lambda: ids.cpf(rng),
    }[c](), ""  # fmt: skip


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, r = w.loc.code, w.region
    if c == "US":
        return (A(w.line), ", ", A(w.town), f", {US_STATE_ABBR[r]} ", Z(w.postcode))
    if c == "MX":
        return (A(w.line), ", ", A(w.locality), ", C.P. ", Z(w.postcode), ", ", A(w.town), ", Mpio. de ", A(w.muni), f", {r}")
    if c == "GT":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", ", A(w.muni), f", {r}")
    if c in ("SV", "HN"):
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", municipio de ", A(w.muni), f", departamento de {r}")
    if c == "DO":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", ", A(w.muni), f", provincia {r}")
    if c == "PR":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.muni), ", PR ", Z(w.postcode))
    if c == "CO":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.muni), f", {r}")
    if c == "VE":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.muni), f", estado {r}")
    if c == "PE":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", provincia de ", A(w.muni), f", {r}")
    if c == "CL":
        return (A(w.line), ", ", A(w.locality), ", comuna de ", A(w.muni), f", Región {CL_REGION[r]}")
    if c == "AR":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.muni), " (", Z(w.postcode), f"), {r}")
    return (A(w.line), " - ", A(w.locality), ", ", A(w.muni), f" - {BR_UF[r]}, CEP ", Z(w.postcode))
