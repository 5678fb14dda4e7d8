# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the thirty-ninth probe: a public-PII-benchmark-style held-out set in six
languages (English -- UK and US --, German, French, Italian, Spanish, Dutch). Synthetic only; no real patient.

Name lists are this probe's own: given and family names that are common in each country but, as far as
possible, not its top ten -- double-barrelled and particle surnames (von, van der, de, Di, Lo, Le, Del),
accents, hyphenated given names and given names that are ordinary words (Ernst, Wolf, Heide, Olive, Sol,
Clover, Heather, Roos, Maan, Sterre). Every name word was checked against every string of the people tables
of probes 1-38 (a clashing word was dropped before any measurement); particles are not name words.
Towns are real small towns with their real postcode (or postcode prefix) and second-level division (Landkreis,
département, provincia, gemeente, county); first-level divisions (Länder, régions, regioni, comunidades
autónomas, Dutch provinces, the UK nations, US states) are keep values. Streets are invented or generic.
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe39 import ids
from tests.engine.probe39.ids import fill

__all__ = ["COUNTRIES", "LANG", "NAMES", "PARTICLES", "STREETS", "TOWNS", "K", "P", "Person", "Slot", "draw_person", "fill"]

PARTICLES = {"von", "van", "der", "den", "ter", "del", "della", "las", "los", "les"}
# country -> language of its names and text
LANG = {"de": "de", "fr": "fr", "it": "it", "es": "es", "nl": "nl", "gb": "en", "us": "en"}
COUNTRIES = list(LANG)

NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "de": (
        ["Frauke", "Silke", "Anke", "Dörte", "Imke", "Maren", "Tomke", "Insa", "Gunda", "Brunhilde", "Ilka", "Jutta",
        "Berit", "Birte", "Hedda", "Meike", "Ricarda", "Undine", "Wibke", "Lieselotte", "Klothilde", "Heidrun", "Elke",
        "Karin", "Ulrike", "Dörthe", "Rosemarie", "Marlies", "Anneliese", "Sonja", "Carola", "Henriette", "Anna-Lena",
        "Luise", "Bärbel", "Traute", "Helmtrud", "Heide", "Ernestine", "Veronika", "Cordula", "Amalie", "Kreszenz",
        "Hella", "Kathrin", "Theda", "Gesche", "Wilma"],
        ["Sigmar", "Torsten", "Uwe", "Wilfried", "Berthold", "Egon", "Gerold", "Helmfried", "Irmin", "Kunibert",
        "Leberecht", "Meinhard", "Rüdiger", "Traugott", "Ulf", "Degenhard", "Friedhelm", "Ingolf", "Jost", "Konrad",
        "Malte", "Nepomuk", "Oswin", "Sönke", "Tammo", "Ubbo", "Veit", "Xaver", "Bernward", "Claus-Peter", "Hans-Jörg",
        "Karl-Heinz", "Ernst", "Wolf", "Fromm", "Götz", "Hinnerk", "Ole", "Fiete", "Thies", "Kai-Uwe", "Henning", "Jobst",
        "Medard", "Remigius", "Frowin"],
        ["Brückner", "Liebscher", "Hintermeier", "Rothkegel", "Stübner", "Wachsmuth", "Kahlert", "Dörfler", "Gutknecht",
        "Hasenclever", "Immelmann", "Jähnichen", "Lautenschläger", "Mittelstädt", "Niedermayer", "Ortlepp", "Pfefferkorn",
        "Quarck", "Scheufele", "Ullrich-Bode", "Vogelsang", "Zschiesche", "Ackermann-Loos", "Bauernfeind", "Dreßler",
        "Eichhorn", "Fahrenkrog", "Gänsler", "Hufnagel", "Isenbart", "Jacobsmeyer", "Lindemeyer", "Mühlbauer", "Nordhoff",
        "Osterkamp", "Pöschl", "Sandhäger", "Trautmann", "Unverzagt", "Vollmer", "Wohlgemuth", "Zeitler", "von Bredow",
        "von Trotha", "Auerswald", "Biedermann", "Flieger", "Hölscher", "Kranich", "Leineweber", "Mösinger", "Nebelung",
        "Oppermann", "Schlichting", "Tannhäuser", "Unruh", "Wedekind", "Zwirner-Hahn", "Kötter", "Schimanski", "Dettmer"],
    ),
    "fr": (
        ["Gwenaëlle", "Capucine", "Violette", "Prudence", "Constance", "Victoire", "Blanche", "Maïwenn", "Odile",
        "Yvette", "Françoise", "Roselyne", "Colette", "Danièle", "Fernande", "Irène", "Laurence", "Marcelle", "Rolande",
        "Suzanne", "Thérèse", "Ursule", "Valérie", "Zoé", "Aude", "Eugénie", "Flavie", "Philippine", "Aurore",
        "Espérance", "Olive", "Lison", "Salomé", "Églantine", "Bleuenn", "Gwladys", "Enora", "Lénaïg", "Mélusine",
        "Oriane", "Sixtine", "Aliénor", "Ysaline"],
        ["Aimé", "Clément", "Marin", "Loïc", "Erwan", "Gwendal", "Hervé", "Gilles", "Didier", "Thierry", "Pascal",
        "Lionel", "Fabrice", "Joël", "Maxence", "Césaire", "Donatien", "Isidore", "Jacques-Henri", "Lazare", "Marcellin",
        "Octave", "Rémi", "Sylvain", "Urbain", "Valentin", "Wilfried", "Yves", "Achille", "Corentin", "Jérémie",
        "Léandre", "Mathurin", "Ninon", "Aristide", "Ange", "Fortuné", "Brieuc", "Malo", "Gurvan", "Yvon", "Marc-Antoine",
        "Évrard", "Godefroy", "Hugues", "Lubin"],
        ["Lacombe", "Delattre", "Marchal", "Chauvin", "Brossard", "Guillot", "Le Gall", "Vasseur", "Abgrall", "Bouvier",
        "Esnault", "Fauchard", "Goasdoué", "Hamelin", "Laborde", "Maréchal", "Nédélec", "Ollivier", "Quéré", "Rivoallan",
        "Salaün", "Thébault", "Urvoy", "Vautrin", "Bréhier", "Coquelin", "Duchêne", "Gaillard", "Hervouet", "Jacquemin",
        "Lemoine", "Montagnon", "Pasquier", "Rabier", "Sauvageot", "Tardieu", "Vigneron", "Aubertin", "Berthelot",
        "Chabert", "Daguerre", "Escoffier", "Frémont", "Grosjean", "Huchet", "Lagarde", "Mouchel", "Peyrard", "Ravel",
        "Sénéchal", "Dupont-Aignan", "Lefranc", "Morvan", "Bothorel", "Jézéquel", "Le Floc'h", "Derrien", "Le Borgne",
        "Riou", "Moal", "Créach"],
    ),
    "it": (
        ["Serena", "Vera", "Gioia", "Celeste", "Bianca", "Speranza", "Carmela", "Marinella", "Rossella", "Manuela",
        "Morena", "Ivana", "Brunella", "Gabriella", "Antonella", "Mariagrazia", "Anna-Rita", "Liliana", "Mafalda",
        "Agnese", "Costanza", "Domenica", "Eleonora", "Fiammetta", "Ginevra", "Lucrezia", "Marzia", "Noemi", "Ottavia",
        "Priscilla", "Rebecca", "Sveva", "Tecla", "Ludovica", "Matilde", "Vittoria", "Viola", "Margherita"],
        ["Fortunato", "Felice", "Primo", "Benvenuto", "Modesto", "Onesto", "Salvatore", "Vincenzo", "Carmelo", "Nunzio",
        "Gaetano", "Ciro", "Sabino", "Fulvio", "Gianpaolo", "Ivano", "Lamberto", "Loris", "Mirko", "Oreste", "Pierluigi",
        "Quirino", "Raimondo", "Rocco", "Sandro", "Tullio", "Ubaldo", "Valerio", "Arturo", "Brunello", "Cesare", "Dario",
        "Elio", "Italo", "Mariano", "Nicola", "Pio", "Remo", "Silvano", "Tancredi", "Umberto", "Zeno"],
        ["Tortora", "Bonfiglio", "Lo Presti", "Di Stefano", "Sartori", "Zanella", "Pagliarulo", "Randazzo", "Squillace",
        "Tedeschi", "Urbinati", "Vitiello", "Zampieri", "Abbate", "Cavallaro", "D'Alessandro", "Fumagalli",
        "Giordano-Riva", "La Rocca", "Maggioni", "Occhipinti", "Pastorino", "Spinelli", "Terranova", "Uccello",
        "Venturini", "Zoccola", "Agostinelli", "Bertolini", "Colombini", "De Filippis", "Ferraresi", "Gallina",
        "Notarbartolo", "Oliverio", "Piccirillo", "Ruggiero", "Trombetta", "Valsecchi", "Zanetti", "Cappelletti",
        "Dell'Orto", "Fiorentino", "Garofalo", "Messina", "Bortolotti", "Capasso", "Dell'Aquila", "Gargiulo", "Lavagnini",
        "Nocerino", "Orsenigo", "Passalacqua", "Riccobono", "Sciacchitano", "Tarantino", "Vassallo", "Zuccalà",
        "Bonomi-Ferri", "Castiglioni", "Ghezzi", "Locatelli", "Pozzoli", "Sangiorgi"],
    ),
    "es": (
        ["Pilar", "Nekane", "Arantxa", "Nuria", "Yolanda", "Angustias", "Candela", "Triana", "Modesta", "Obdulia",
        "Petra", "Rufina", "Tomasa", "Valvanera", "Estíbaliz", "Loreto", "Mercedes", "Piedad", "Brígida", "Delfina",
        "Emérita", "Genoveva", "Honorata", "Ildefonsa", "Librada", "Manuela-Pilar", "Nazaria", "Oliva", "Quiteria",
        "Rufina-Sol", "Salud", "Vicenta", "Agapita", "Dorotea", "Gertrudis", "Hortensia", "Ilduara", "Jimena-Sol",
        "Narcisa", "Sol", "Idoia", "Olaia"],
        ["Leoncio", "Marcelino", "Quintín", "Remigio", "Urbano", "Bartolomé", "Eladio", "Herminio", "Jenaro", "Lisardo",
        "Macario", "Nemesio", "Onofre", "Prudencio", "Iker", "Cayetano", "Pelayo", "Borja", "Álvaro", "Sancho", "Telmo",
        "Amador", "Clemente", "Domiciano", "Feliciano", "Genaro", "Heliodoro", "Ireneo", "Jacobo", "Lucio", "Melchor",
        "Norberto", "Orencio", "Patricio", "Rufino", "Severiano", "Tadeo", "Zacarías", "Alipio", "Dámaso", "Emeterio",
        "Froilán", "Gervasio", "Inocencio", "Laureano", "Moisés", "Nazario", "Ovidio", "Plácido", "Régulo", "Silverio",
        "Tobías", "Victoriano"],
        ["Carrasco", "Ibarra", "Doblado", "Fuentes-Peña", "Gaitán", "Izquierdo", "Jurado", "Lozano", "Naranjo",
        "Palomares", "Rebollo", "Toledano", "Urquiza", "Yáñez", "Zurita", "Calatrava", "Del Pino", "Espejo",
        "Garrido-Lara", "Heredia", "Iglesias", "Jáuregui", "Losada", "Nieto", "Ordóñez", "Pacheco", "Robledo", "Salazar",
        "Tejero", "Ugarte", "Vallejo", "Aguirre", "Bermejo", "Carmona", "Elizondo", "Alcántara", "Berrocal", "Cabañas",
        "Dávila", "Echániz", "Falcón", "Garcés", "Huertas", "Illescas", "Jaramillo", "Lacalle", "Manzano", "Navarrete",
        "Orozco", "Peralta", "Rosales", "Santisteban", "Uceda", "Valverde", "Yebra", "Ayala-Mena", "Domínguez-Roa",
        "Entrena", "Fajardo", "Herrador", "Iriarte", "Jodar", "Labrador", "Mediavilla", "Noguera", "Orellana", "Portillo",
        "Recuero", "Tébar", "Ureña", "Velasco-Haro", "Arjona", "Ballesteros", "Cervera"],
    ),
    "nl": (
        ["Roos", "Sterre", "Maan", "Marloes", "Wieke", "Froukje", "Sietske", "Tjitske", "Geertje", "Jantine", "Klaasje",
        "Lijsbeth", "Nelleke", "Riet", "Yfke", "Brechtje", "Elsje", "Gerdien", "Hanneke", "Inge", "Janneke", "Karlijn",
        "Nynke", "Otje", "Pleuni", "Rianne", "Tineke", "Zwaantje", "Annemieke", "Bregje", "Eefje", "Floor", "Heleen",
        "Imke", "Jolien", "Lotte", "Merel"],
        ["Mees", "Auke", "Bouke", "Eelco", "Folkert", "Gijsbert", "Harm", "Ids", "Kees", "Lammert", "Menno", "Nanne",
        "Okke", "Siebe", "Teun", "Ubbe", "Valentijn", "Willem-Alexander", "Ynte", "Arend", "Coen", "Dirk", "Floris",
        "Geert", "Huib", "Jeroen", "Koen", "Marnix", "Niels", "Onno", "Ruud", "Stijn", "Wessel", "Job", "Daan", "Mathijs",
        "Tijmen", "Gijs"],
        ["Verbruggen", "Wijnberg", "van Kessel", "Bosscher", "de Wit", "Groeneveld", "Jongsma", "Kloosterman",
        "Lodewijks", "Meijering", "Nieuwenhuis", "Oosterhof", "Postma", "Quist", "Timmerman", "Uittenbogaard", "Zijlstra",
        "Altena", "Beukema", "Elzinga", "Feenstra", "Gerritsen", "IJzerman", "Jansma", "Koopmans", "Lammers", "Noordhuis",
        "Ottens", "Prins", "Ruiter", "Schuurman", "Tuinstra", "van Leeuwen", "van den Broek", "de Boer-Visser", "Wolters",
        "Folkerts", "Hiemstra", "Kalkman", "Rozendaal", "Steenbergen", "ter Horst", "van Dam", "Bijleveld", "Clevering",
        "Dijksterhuis", "Everts-Blom", "Jonkman", "Kamminga", "Lokhorst", "Meinders", "Oudshoorn", "Pruim", "Reitsma",
        "Smeenk", "Tichelaar", "Vosselman", "Ypma", "Zwart-Hoogland", "Ekkelenkamp"],
    ),
    "en": (
        ["Heather", "Hazel", "Clover", "Ember", "Rain", "Trinity", "Serenity", "Mabel", "Edna", "Myrtle", "Bronwen",
        "Prudence", "Constance", "Peggy-Sue", "Mary-Kate", "Anna-Beth", "Lou-Ellen", "Betsy", "Primrose", "Blossom",
        "Skye", "Starla", "Tempest", "Wynne", "Lavender", "Rosemary", "Saffron", "Briar", "Fern", "Posy", "Dove",
        "Gaylene", "Merrily", "Sherilyn", "Raelene", "Dolly", "Maisie", "Dottie", "Queenie", "Hattie", "Clemmie",
        "Flossie"],
        ["Fletcher", "Tanner", "Carter", "Walker", "Heath", "Dale", "Glen", "Lyle", "Ellis", "Alfie", "Bertram", "Dudley",
        "Eustace", "Jasper", "Mungo", "Orson", "Seamus", "Wilbur", "Zebedee", "Jedediah", "Billy-Ray", "Jim-Bob",
        "Travis", "Brett", "Knox", "Booker", "Ryder", "Bridger", "Stetson", "Canyon", "Maverick", "Dallas", "Denver",
        "Kingston", "Chance", "Buck", "Hank", "Skip", "Chip", "Clint", "Boone", "Jesse-James", "Merle", "Lyman", "Elmer",
        "Alton", "Earl", "Homer", "Ozzie", "Digby"],
        ["Ashdown", "Kettleborough", "Kenworthy", "Loxley", "Nettleship", "Oakshott", "Pennyfeather", "Quilliam",
        "Rowbotham", "Sidebottom", "Tunnicliffe", "Venables", "Yardley", "Cruickshank", "Elphinstone", "Galbraith",
        "Halliday", "Inglis", "Jardine", "McCorquodale", "Ogilvie", "Tennant", "Beauregard", "Broussard", "Dillard",
        "Everhart", "Stringfellow", "Backhouse", "Dimmock", "Earnshaw", "Illingworth", "Jowett", "Kitching", "Lumb",
        "Micklethwaite", "Normington", "Shufflebottom", "Thwaite", "Uttley", "Varley", "Whitworth", "Yeadon", "Aspinall",
        "Bickerstaffe", "Clegg", "Dyson-Hirst", "Entwistle", "Fazackerley", "Grimshaw", "Ingleby", "Kershaw", "Lonsdale",
        "Mellor", "Nuttall", "Openshaw", "Rigby", "Tattersall", "Unsworth", "Walmsley", "Pinkerton", "Bodine", "Cotton",
        "Lassiter", "Mayfield", "Sweatman", "Vandiver", "Whitlock"],
    ),
}  # fmt: skip

# (town, postcode or postcode prefix, second-level division (ADDRESS), first-level division (keep))
TOWNS: dict[str, list[tuple[str, str, str, str]]] = {
 "de": [("Gunzenhausen","917##","Landkreis Weißenburg-Gunzenhausen","Bayern"),("Bad Mergentheim","979##","Main-Tauber-Kreis","Baden-Württemberg"),
        ("Meppen","497##","Landkreis Emsland","Niedersachsen"),("Eschwege","372##","Werra-Meißner-Kreis","Hessen"),
        ("Zwiesel","942##","Landkreis Regen","Bayern"),("Husum","258##","Kreis Nordfriesland","Schleswig-Holstein"),
        ("Sebnitz","018##","Landkreis Sächsische Schweiz-Osterzgebirge","Sachsen"),("Lahr","779##","Ortenaukreis","Baden-Württemberg"),
        ("Burglengenfeld","931##","Landkreis Schwandorf","Bayern"),("Wolfhagen","342##","Landkreis Kassel","Hessen")],
 "fr": [("Landerneau","29800","Finistère","Bretagne"),("Saint-Affrique","12400","Aveyron","Occitanie"),
        ("Pontarlier","25300","Doubs","Bourgogne-Franche-Comté"),("Ambert","63600","Puy-de-Dôme","Auvergne-Rhône-Alpes"),
        ("Montbrison","42600","Loire","Auvergne-Rhône-Alpes"),("Villeneuve-sur-Lot","47300","Lot-et-Garonne","Nouvelle-Aquitaine"),
        ("Hazebrouck","59190","Nord","Hauts-de-France"),("Lunéville","54300","Meurthe-et-Moselle","Grand Est"),
        ("Fougères","35300","Ille-et-Vilaine","Bretagne"),("Saint-Flour","15100","Cantal","Auvergne-Rhône-Alpes")],
 "it": [("Fossano","12045","provincia di Cuneo","Piemonte"),("Thiene","36016","provincia di Vicenza","Veneto"),
        ("Sansepolcro","52037","provincia di Arezzo","Toscana"),("Ostuni","72017","provincia di Brindisi","Puglia"),
        ("Castel di Sangro","67031","provincia dell'Aquila","Abruzzo"),("Mortara","27036","provincia di Pavia","Lombardia"),
        ("Caltagirone","95041","città metropolitana di Catania","Sicilia"),("Fidenza","43036","provincia di Parma","Emilia-Romagna"),
        ("Macomer","08015","provincia di Nuoro","Sardegna"),("Sestri Levante","16039","città metropolitana di Genova","Liguria")],
 "es": [("Bembibre","24300","provincia de León","Castilla y León"),("Antequera","29200","provincia de Málaga","Andalucía"),
        ("Ibi","03440","provincia de Alicante","Comunitat Valenciana"),("Talavera de la Reina","45600","provincia de Toledo","Castilla-La Mancha"),
        ("Solsona","25280","provincia de Lleida","Cataluña"),("Vilalba","27800","provincia de Lugo","Galicia"),
        ("Coria","10800","provincia de Cáceres","Extremadura"),("Bermeo","48370","Bizkaia","País Vasco"),
        ("Écija","41400","provincia de Sevilla","Andalucía"),("Caspe","50700","provincia de Zaragoza","Aragón")],
 "nl": [("Hierden","3849","gemeente Harderwijk","Gelderland"),("Oosterwolde","8431","gemeente Ooststellingwerf","Friesland"),
        ("Nieuw-Vennep","2151","gemeente Haarlemmermeer","Noord-Holland"),("Boxmeer","5831","gemeente Land van Cuijk","Noord-Brabant"),
        ("Winschoten","9671","gemeente Oldambt","Groningen"),("Spakenburg","3751","gemeente Bunschoten","Utrecht"),
        ("Heerlerheide","6413","gemeente Heerlen","Limburg"),("Dedemsvaart","7701","gemeente Hardenberg","Overijssel"),
        ("Oud-Beijerland","3262","gemeente Hoeksche Waard","Zuid-Holland"),("Emmer-Compascuum","7881","gemeente Emmen","Drenthe")],
 "gb": [("Ulverston","LA12","Cumbria","England"),("Sherborne","DT9","Dorset","England"),("Rhayader","LD6","Powys","Wales"),
        ("Alnwick","NE66","Northumberland","England"),("Bishop's Castle","SY9","Shropshire","England"),("Frome","BA11","Somerset","England"),
        ("Peebles","EH45","Scottish Borders","Scotland"),("Brecon","LD3","Powys","Wales"),("Keswick","CA12","Cumbria","England"),
        ("Forfar","DD8","Angus","Scotland")],
 "us": [("Gallipolis","45631","Gallia County","Ohio"),("Thief River Falls","56701","Pennington County","Minnesota"),
        ("Abbeville","70510","Vermilion Parish","Louisiana"),("Keene","03431","Cheshire County","New Hampshire"),
        ("Warrensburg","64093","Johnson County","Missouri"),("Pendleton","97801","Umatilla County","Oregon"),
        ("Hattiesburg","39401","Forrest County","Mississippi"),("Logan","84321","Cache County","Utah"),
        ("Oskaloosa","52577","Mahaska County","Iowa"),("Polson","59860","Lake County","Montana")],
}  # fmt: skip
STREETS: dict[str, list[str]] = {
 "de": ["Lindenallee","Am Bleichanger","Am Kirchberg","Rosenhag","Hinter der Mauer","Kastanienweg","Schäferstraße","Alter Postweg","Färbergasse","Zum Sauerbrunnen","Hollerweg","Ziegeleistraße"],
 "fr": ["rue des Chaudronniers","impasse des Glycines","chemin de la Croix-Blanche","allée des Tilleuls","rue du Four à Chaux","place du Marché-aux-Grains","rue des Cordiers","chemin des Vignes Basses","rue du Puits Salé","avenue des Marronniers"],
 "it": ["Via dei Mille","Vicolo dei Cappuccini","Via del Borgo Antico","Via delle Ginestre","Piazza San Rocco","Via Fratelli Bandiera","Via dei Tessitori","Vicolo dei Fabbri","Via della Fornace","Strada del Mulino"],
 "es": ["Calle del Pozo","Avenida de los Tilos","Travesía del Carmen","Calle San Roque","Camino del Lavadero","Ronda de Poniente","Calle de los Alfareros","Plaza de la Fuente Vieja","Calle Cuesta del Molino","Paseo de las Acacias"],
 "nl": ["Slingerweg","Dorpsstraat","Molenwerf","Zuiderdiep","Vlasakker","Hoefslag","Beukenlaan","Pastoorsweide","Turfsteker","Kolkweg","Bleekveld"],
 "gb": ["Holloway Rise","Fishergate","Mill Bank","Gallowtree Road","Tanners Row","Quarry Close","Beck Side","Cordwainers Walk","Chantry Lane","Maltings Yard"],
 "us": ["Sycamore Ridge Dr","W Locust St","Old Mill Rd","Persimmon Ln","N Chestnut Ave","Willowbend Ct","E Jefferson St","Cottonwood Trl","Hickory Hollow Rd","S Magnolia Blvd"],
}  # fmt: skip

STATE_ABBR = {"Ohio": "OH", "Minnesota": "MN", "Louisiana": "LA", "New Hampshire": "NH", "Missouri": "MO", "Oregon": "OR",
              "Mississippi": "MS", "Utah": "UT", "Iowa": "IA", "Montana": "MT"}  # fmt: skip
# German licence-plate district codes of the towns (the plate is VEHICLE, the code is part of it)
PLATE_CODE = {"Gunzenhausen": "WUG", "Bad Mergentheim": "TBB", "Meppen": "EL", "Eschwege": "ESW", "Zwiesel": "REG",
              "Husum": "NF", "Sebnitz": "PIR", "Lahr": "OG", "Burglengenfeld": "SAD", "Wolfhagen": "KS"}  # fmt: skip
MONTHS = {
    "de": ["Januar", "Februar", "März", "April", "Mai", "Juni", "Juli", "August", "September", "Oktober", "November", "Dezember"],
    "fr": ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"],
    "it": ["gennaio", "febbraio", "marzo", "aprile", "maggio", "giugno", "luglio", "agosto", "settembre", "ottobre", "novembre", "dicembre"],
    "es": ["enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto", "septiembre", "octubre", "noviembre", "diciembre"],
    "nl": ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"],
    "en": ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"],
}  # fmt: skip
PHONES = {  # (mobile, landline, international mobile)
    "de": (["015# #######", "017# #######", "016# ########"], ["0%### ######", "0%## #######"], "+49 1%# #######"),
    "fr": (["06 ## ## ## ##", "07 ## ## ## ##", "06.##.##.##.##"], ["02 ## ## ## ##", "04 ## ## ## ##", "05 ## ## ## ##"], "+33 6 ## ## ## ##"),
    "it": (["3%# ### ####", "3%# #######"], ["0### ######", "0#### #####"], "+39 3%# ### ####"),
    "es": (["6## ### ###", "6## ## ## ##"], ["9## ## ## ##", "8## ### ###"], "+34 6## ## ## ##"),
    "nl": (["06-########", "06 ## ## ## ##"], ["0###-######", "0##-#######"], "+31 6 ########"),
    "gb": (["07### ######", "07#### #####"], ["01### ######", "01#### #####"], "+44 7### ######"),
    "us": (["(%##) %##-####"], ["%##-%##-####", "%##.%##.####"], "+1 %##-%##-####"),
}  # fmt: skip
MAIL = {"de": ["web.de", "gmx.de", "t-online.de", "posteo.de"], "fr": ["orange.fr", "free.fr", "laposte.net", "sfr.fr"],
        "it": ["libero.it", "virgilio.it", "tiscali.it", "alice.it"], "es": ["hotmail.es", "telefonica.net", "yahoo.es", "gmail.com"],
        "nl": ["ziggo.nl", "kpnmail.nl", "hetnet.nl", "planet.nl"], "gb": ["btinternet.com", "yahoo.co.uk", "sky.com", "hotmail.co.uk"],
        "us": ["aol.com", "icloud.com", "comcast.net", "gmail.com"]}  # fmt: skip


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFD", s) if c.isascii()).replace("ß", "ss")


def date_forms(d: date, cc: str) -> dict[str, str]:
    """`n` the country's numeric form, `l` its long form with the month name, `i` ISO."""
    lang = LANG[cc]
    m = MONTHS[lang][d.month - 1]
    numeric = {"de": f"{d.day:02d}.{d.month:02d}.{d.year}", "nl": f"{d.day:02d}-{d.month:02d}-{d.year}",
               "us": f"{d.month:02d}/{d.day:02d}/{d.year}"}.get(cc, f"{d.day:02d}/{d.month:02d}/{d.year}")  # fmt: skip
    long = {"de": f"{d.day}. {m} {d.year}", "es": f"{d.day} de {m} de {d.year}", "us": f"{m} {d.day}, {d.year}"}.get(
        cc, f"{d.day} {m} {d.year}"
    )
    return {"n": numeric, "l": long, "i": d.isoformat()}


@dataclass(slots=True)
class Person:
    cc: str
    female: bool
    given: str
    middle: str
    family: str
    dob: date
    mobile: str
    landline: str
    intl: str
    email: str
    user: str
    url: str
    street: str
    town: str
    zip: str
    county: str
    region: str
    nid: str
    nid2: str
    plan: str
    mrn: str
    iban: str
    card: str
    plate: str
    vin: str
    licence: str


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if w not in PARTICLES and len(w) > 2}


def _street(rng: random.Random, cc: str) -> str:
    s = rng.choice(STREETS[cc])
    n = rng.randint(2, 148)
    if cc in ("de", "it", "nl"):
        return f"{s} {n}" + rng.choice(["", "", "a" if cc == "de" else "-B" if cc == "nl" else "/A"])
    if cc == "fr":
        return f"{n}{rng.choice(['', '', ' bis'])} {s}"
    if cc == "es":
        return f"{s}, {n}, {rng.randint(1, 8)}º {rng.choice('ABCD')}"
    if cc == "gb":
        return rng.choice([f"{n} {s}", f"Flat {rng.randint(1, 9)}, {n} {s}"])
    return f"{rng.randint(100, 9899)} {s}" + rng.choice(["", "", f", Apt {rng.randint(1, 24)}"])


def _zip(rng: random.Random, cc: str, pattern: str) -> str:
    if cc == "nl":
        return f"{pattern} {rng.choice('BCEGHJKLMNPRTVWXZ')}{rng.choice('BCEGHJKLMNPRTVWXZ')}"
    if cc == "gb":
        return f"{pattern} {rng.randint(1, 9)}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}{rng.choice('ABDEFGHJLNPQRSTUWXYZ')}"
    return fill(rng, pattern)


def _ids(rng: random.Random, cc: str, given: str, family: str, dob: date, female: bool) -> tuple[str, str, str, str]:
    """(national id, second national id, health-plan number, medical record number)."""
    if cc == "de":
        return ids.steuer_id(rng), fill(rng, "@@@@%####"), ids.kvnr(rng), fill(rng, rng.choice(["%#######", "PID %######"]))
    if cc == "fr":
        return ids.nir(rng, dob, female), fill(rng, "##@@#####"), fill(rng, rng.choice(["%########", "@@-%######"])), fill(rng, rng.choice(["IPP %#######", "%#########"]))
    if cc == "it":
        return ids.codice_fiscale(rng, family, given, dob, female), fill(rng, "C@%####@@"), ids.tessera(rng), fill(rng, rng.choice(["%########", "SDO-%######"]))
    if cc == "es":
        return rng.choice([ids.dni(rng), ids.dni(rng), ids.nie(rng)]), ids.nuss(rng), fill(rng, rng.choice(["@@@@ %##### ##", "BBBB%########"])), fill(rng, rng.choice(["%######", "HC-%#######"]))
    if cc == "nl":
        return ids.bsn(rng), fill(rng, "@@%#####%"), fill(rng, rng.choice(["%########", "%#######"])), fill(rng, rng.choice(["%######", "%#.##.##.###"]))
    if cc == "gb":
        return ids.nhs(rng), ids.nino(rng), fill(rng, rng.choice(["%#######", "BU%######"])), fill(rng, rng.choice(["RX%#####", "@%######"]))
    return ids.ssn(rng), fill(rng, "@########"), fill(rng, rng.choice(["@@@%########", "W%########"])), fill(rng, rng.choice(["MR%######", "%#######"]))  # fmt: skip


def draw_person(rng: random.Random, cc: str, used: set[str], ref: date, *, age: tuple[int, int] = (19, 84),
                female: bool | None = None) -> Person:  # fmt: skip
    """A person of country `cc` whose name words are not yet used in the document, `age` years old on `ref`."""
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fam = NAMES[LANG[cc]]
    pool = fs if female else ms
    given = rng.choice([g for g in pool if not (_words(g) & used)])
    used |= _words(given)
    middle = rng.choice([g for g in pool if not (_words(g) & used)])
    used |= _words(middle)
    family = rng.choice([f for f in fam if not (_words(f) & used)])
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(age[0] * 365 + 30, age[1] * 365))
    mobiles, lands, intl = PHONES[cc]
    mob = fill(rng, rng.choice(mobiles))
    g, f = ascii_fold(given).lower(), ascii_fold(family).lower().replace(" ", "").replace("'", "")
    local = rng.choice([f"{g}.{f}", f"{g[0]}.{f}", f"{g}{f}{dob.year % 100:02d}", f"{f}.{g}", f"{g}_{f}{rng.randint(1, 99)}"])
    user = rng.choice([f"{g[:3]}{f[:5]}{rng.randint(1, 99)}", f"{f}_{g[0]}{dob.year % 100:02d}", f"{g}.{f[:4]}"])
    url = rng.choice([f"https://www.linkedin.com/in/{g}-{f}-{rng.randrange(16**6):06x}", f"https://www.facebook.com/{g}.{f}.{rng.randint(1, 999)}",
                      f"https://www.instagram.com/{user}", f"https://{g}{f}.wordpress.com"])  # fmt: skip
    town, zpat, county, region = rng.choice(TOWNS[cc])
    nid, nid2, plan, mrn = _ids(rng, cc, given, family, dob, female)
    return Person(
        cc, female, given, middle, family, dob, mob, fill(rng, rng.choice(lands)), fill(rng, intl),
        f"{local}@{rng.choice(MAIL[cc])}", user, url, _street(rng, cc), town, _zip(rng, cc, zpat), county, region,
        nid, nid2, plan, mrn, ids.iban(rng, "gb" if cc == "us" else cc) if cc != "us" else fill(rng, "%########"),
        ids.card(rng), ids.plate(rng, cc, PLATE_CODE.get(town, "")), ids.vin(rng), ids.licence(rng, cc),
    )  # fmt: skip
