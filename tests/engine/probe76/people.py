# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-sixth probe: health insurance, social-security and administrative
forms of Western and Southern Europe (synthetic only; no real insured person, doctor, clerk or employer contact).
Name words are regional: Breton, Corsican / Occitan and Alsatian (France), Walloon (Belgium), Bavarian, East
Frisian, Sorbian and Swabian (Germany), Tyrolean and Carinthian-Slovene (Austria), Romansh and Upper Valais
(Switzerland), Sardinian, Friulian, Sicilian and Neapolitan (Italy), Basque, Galician, Catalan and Asturian
(Spain), Azorean and northern Portuguese, Cretan and Maniot Greek (in Greek script, with the transliteration the
EHIC prints) and Maltese -- combined at random: never a real person. Spanish people carry two family names,
Portuguese people usually two; particles (de, di, da, du, Le, Lo, Li, La, vom, zur, degli, dal) sit inside the
family name. Greek and (for two families) Lithuanian-style feminine forms follow the language (GREEK_FEMININE).
They were checked against every string of the people tables of probes 1-72 before any measurement (test_probe76:
no shared name word); "von" and "dos" were left out because earlier tables hold them.

Towns, villages, hamlets and streets are invented; regions, cantons, Länder, provinces and countries are real and
are keep values when written alone. Numbers are random; national and insurance numbers carry valid check digits
(ids.py).
"""

from __future__ import annotations

from dataclasses import dataclass

# culture: (female given, male given, family)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "breton": (
        ["Aourell", "Soizic", "Lenaig", "Mazhe", "Marceline"],
        ["Louarnig", "Bernez", "Tudual", "Fanch", "Maodez", "Riwal", "Gwenhaël", "Mikael", "Symphorien", "Théodule"],
        ["Le Scouarnec", "Le Duigou", "Le Hénaff", "Le Coadic", "Kerouédan", "Kermarrec", "Caradec", "Penven", "Le Menn", "Le Pape", "Le Gac", "de Kergariou", "du Tromelin"]),
    "corsican": (
        ["Mirèio", "Estela", "Nadaluna", "Catarina", "Maddalena", "Ghjuvanna", "Magali"],
        ["Lisandru", "Ghjacumu", "Petru", "Ghjuvan", "Anghjulu", "Orsu", "Paulu", "Dumenicu", "Santu", "Ghjiseppu", "Carulu", "Antone", "Martì", "Esteve", "Peire", "Miquèu"],
        ["Santoni", "Paoletti", "Orsoni", "Poggioli", "Albertini", "Giacomoni", "Quilichini", "Colonna d'Istria", "Marcaggi", "Ottavi", "Cristofari", "Vincentelli",
         "Cabanis", "Bessière", "Roumanille", "Carcassès", "Espitalier", "Bonnafous", "Sarrabère", "Larrieu", "Castaing", "Casteran", "Puyoou", "Daugreilh"]),
    "alsatian": (
        ["Marceline", "Ocka", "Gerda", "Marlis"],
        ["Materne", "Médard", "Séraphin", "Célestin", "Wenceslas"],
        ["Schwoerer", "Hoerdt", "Ringeisen", "Oberlé", "Ruhlmann", "Waechter", "Zimmerlin", "Bleicher", "Haegel", "Stoeckel", "Kuhry", "Bindler", "Rebmann"]),
    "walloon": (
        ["Rosine", "Hubertine", "Julienne", "Romy"],
        ["Adelin", "Amand", "Germain", "Edgard", "Freddy", "Willy"],
        ["Vanderschueren", "Stassart", "Piérard", "Dethier", "Hennuyer", "Tilquin", "Huberty", "Defays", "Pirotte", "Wathelet", "Fraipont", "Lhoest", "Masuy", "de Gérouville", "Remacle"]),
    "bavarian": (
        ["Afra", "Crescentia", "Theres", "Kathi", "Zenzi", "Rosl", "Leni", "Resi", "Vevi", "Cilli"],
        ["Ignaz", "Vitus", "Balthasar", "Anderl"],
        ["Obermaier", "Brandstetter", "Hinterberger", "Zwickl", "Schwaiger", "Gschwendtner", "Kirchmair", "Rottenhuber", "Niederreiter", "Scheuerer", "Weichselbaumer",
         "Grabmaier", "Unterholzner", "Reitmeier", "Kronawitter", "Reisenbichler", "Spannagl"]),
    "frisian": (
        ["Hilke", "Talea", "Gesa", "Wubke", "Hiske", "Okka"],
        ["Okko", "Tjark", "Hauke", "Eike", "Enno", "Jelto", "Lüder", "Reemt", "Wilke"],
        ["Ommen", "Ihnen", "Wübbena", "Menssen", "Poppinga", "Cassens", "Ehmen", "Frerichs", "Hayen", "Iderhoff", "Lüpkes", "Mammen", "vom Hövel", "zur Nieden"]),
    "sorbian": (
        ["Hanka", "Wórša", "Marja", "Madlena", "Katyrna"],
        ["Jurij", "Michał", "Jakub"],
        ["Kowar", "Zahrodnik", "Hrjehor", "Wićaz", "Brězan", "Mětšk"]),
    "swabian": (
        ["Resl", "Ursi", "Gerda"],
        ["Detlev", "Rolf"],
        ["Kächele", "Häberle", "Schäufele", "Riedlinger", "Bräuchle", "Kienzle", "Mäule", "Gschwind", "Hägele", "Stäbler", "Eisele", "Bäuerle"]),
    "tyrolean": (
        ["Leopoldine", "Elfriede", "Herta", "Maximiliane", "Kreszentia", "Mitzi", "Poldi", "Liesi", "Traudl", "Hannerl"],
        ["Meinrad", "Pepi", "Ferdl", "Gustl", "Schorsch", "Hias", "Loisl", "Hansi", "Flori"],
        ["Hörtnagl", "Pfurtscheller", "Pittracher", "Ennemoser", "Haueis", "Kathrein", "Gstrein", "Santeler", "Thöni", "Prantl", "Hochrainer",
         "Wutte", "Ogris", "Sadovnik", "Olip", "Kuchling", "Trampusch", "Hribernik", "Smounig", "Kropiunig", "Jerlich", "Koschier"]),
    "romansh": (
        ["Madlaina", "Bigna", "Ladina", "Cilgia", "Kläri"],
        ["Jachen", "Corsin", "Chasper", "Fadri", "Hansruedi"],
        ["Cadonau", "Bezzola", "Padrutt", "Gredig", "Casty", "Juvalta", "Clavadetscher", "Spescha", "Caduff", "Venzin", "Capaul",
         "Imboden", "Zurbriggen", "de Kalbermatten", "de Courten", "Imhasly", "Summermatter", "Tscherrig", "Andenmatten", "Anthamatten", "Bumann"]),
    "sardinian": (
        ["Grazietta", "Bonaria", "Barbarina", "Battistina", "Giuannica", "Ignazia", "Tittina"],
        ["Efisio", "Gavino", "Sisinnio", "Bachisio", "Giommaria", "Priamo"],
        ["Piras", "Pinna", "Porcu", "Murgia", "Deiana", "Fadda", "Mereu", "Atzori", "Usai", "Sechi", "Pisanu", "Cossu", "Dessì", "Pittau", "Zedda", "Orrù",
         "Cadeddu", "Uccheddu", "Cabitza", "Congiu", "Dettori"]),
    "friulian": (
        ["Pierina", "Annetta", "Filippa"],
        ["Zelindo", "Ottorino", "Tarcisio", "Luigino"],
        ["Tomat", "Cescutti", "Michelutti", "Zoratti", "Pividori", "Pittino", "Cossettini", "Zanier", "Pellarini", "Cragno", "Picotti", "D'Agaro", "Candotti", "Savonitto", "degli Uberti"]),
    "sicilian": (
        ["Cettina", "Tindara", "Agatina", "Crocifissa", "Venera", "Sebastiana", "Cosima"],
        ["Agatino", "Gandolfo", "Castrenze", "Onofrio", "Oronzo", "Vitantonio", "Cristoforo", "Cesidio", "Emidio", "Liberato", "Giacinto"],
        ["Cuffaro", "Lo Giudice", "Scaduto", "Lo Bue", "Mangiapane", "Pipitone", "Giambanco", "Tumminello", "Badalamenti", "La Mantia", "Li Causi", "Di Liberto",
         "Scognamillo", "Afeltra", "Ferrigno", "Cafiero", "Apicella", "Pappacena", "Pontecorvo", "Amalfitano", "Staiano", "Savarese", "Lubrano", "Salierno", "Guarracino"]),
    "basque": (
        ["Miren", "Arrate", "Izaskun", "Oihana", "Begoñe"],
        ["Ibai", "Mikel", "Joseba", "Imanol", "Andoni", "Txomin", "Gaizka"],
        ["Errasti", "Azkue", "Elorza", "Garmendia", "Aguirrezabala", "Insausti", "Iraola", "Amezaga", "Bengoetxea", "Basterretxea", "Zuazo", "Arregi", "Zulaika",
         "Gorostiaga", "Oiartzabal", "Etxarri", "Ansola"]),
    "galician": (
        ["Maruxa", "Xoana", "Olalla"],
        ["Xosé", "Xurxo", "Iago", "Breixo", "Uxío", "Bieito"],
        ["Castiñeira", "Piñeiro", "Regueiro", "Cancela", "Fandiño", "Mosquera", "Figueiras", "Rodeiro", "Boullosa", "Couceiro", "Brañas", "Canosa", "Lombardero"]),
    "catalan": (
        ["Eulàlia", "Asunción", "Nina"],
        ["Arnau", "Ferran", "Ximo", "Biel", "Lluís", "Guillem", "Xurde"],
        ["Casademunt", "Puigvert", "Pujades", "Vendrell", "Codina", "Serrat", "Vallès", "Oller", "Cabestany", "Llaneza", "Fueyo", "Cueto", "Tuñón", "Valdeón", "Cienfuegos", "Arbesú"]),
    "portuguese": (
        ["Rosário", "Glória", "Piedade", "Amélia", "Bernardete", "Natércia", "Ludovina", "Cremilde", "Aldina", "Etelvina"],
        ["Armindo", "Bernardino", "Fernão", "Tomé", "Caetano", "Crispim", "Hermínio", "Hilário", "Januário", "Justino", "Octávio", "Albino", "Alcino", "Aurélio",
         "Diamantino", "Firmino", "Macário", "Porfírio", "Silvino", "Filomeno", "Germano", "Gervásio"],
        ["Carvalhais", "Bulhões", "Bairos", "Dutra", "Valadão", "Pavão", "Aguiar", "Meneses", "Carrilho", "Espinheira", "Pestana", "Baptista", "Mourão",
         "Cachapa", "Barroso", "Pereirinha", "Alvim", "Feijó", "Tojal", "de Morais", "de Bulhões", "da Pestana"]),
    "cretan": (
        ["Kanella", "Vangelio", "Stamatoula", "Theano", "Chrysafenia", "Kalomoira", "Kyratso", "Pagona", "Smaragda", "Garyfallia", "Koula", "Litsa", "Mirsini", "Panorea", "Despoina"],
        ["Manousos", "Stratis", "Charilaos", "Argyris", "Sifis", "Manthos", "Kostis", "Pantazis", "Fanourios", "Iraklis", "Christodoulos", "Lykourgos", "Stamatios"],
        ["Perakis", "Chalkiadakis", "Saridakis", "Vlatakis", "Kritsotakis", "Bourdakis", "Orfanoudakis", "Paterakis", "Fasoulakis", "Mylonakis", "Mavromichalis",
         "Kollias", "Louloudis", "Kalantzis", "Rallis", "Karaiskos", "Spiliotopoulos", "Ntalianis", "Liakopoulos", "Mpakalis", "Xylouris", "Tzanakis",
         "Vardakis", "Skoulas", "Kalogerakis", "Kouvelas", "Antonakakis", "Spanoudakis"]),
    "maltese": (
        ["Ċensina", "Rożi", "Anġela", "Ġorġa", "Lonza", "Tereża", "Ġuża", "Grazzja", "Marì"],
        ["Wiġi", "Ġanni", "Ġorġ", "Nenu", "Frans", "Leli", "Ċikku", "Kalċidon", "Indrì", "Ġwanni", "Peppi"],
        ["Abela", "Muscat", "Cauchi", "Buhagiar", "Psaila", "Brincat", "Galdes", "Ciantar", "Baldacchino", "Aquilina", "Bezzina", "Briffa", "Debattista",
         "Dimech", "Ebejer", "Grima", "Mangion", "Mercieca", "Pulis", "Refalo", "Sciberras", "Seychell", "Tanti", "Zarb", "Curmi", "Darmanin"]),
}  # fmt: skip

# Greek script (Greek documents write names in it); the Latin form above is the EHIC's transliteration
GREEK: dict[str, str] = {
    "Kanella": "Κανέλλα", "Vangelio": "Βαγγελιώ", "Stamatoula": "Σταματούλα", "Theano": "Θεανώ", "Chrysafenia": "Χρυσαφένια", "Kalomoira": "Καλομοίρα",
    "Kyratso": "Κυρατσώ", "Pagona": "Παγώνα", "Smaragda": "Σμαράγδα", "Garyfallia": "Γαρυφαλλιά", "Koula": "Κούλα", "Litsa": "Λίτσα", "Mirsini": "Μυρσίνη",
    "Panorea": "Πανωραία", "Despoina": "Δέσποινα", "Manousos": "Μανούσος", "Stratis": "Στρατής", "Charilaos": "Χαρίλαος", "Argyris": "Αργύρης",
    "Sifis": "Σήφης", "Manthos": "Μάνθος", "Kostis": "Κωστής", "Pantazis": "Παντάζης", "Fanourios": "Φανούριος", "Iraklis": "Ηρακλής",
    "Christodoulos": "Χριστόδουλος", "Lykourgos": "Λυκούργος", "Stamatios": "Σταμάτιος",
    "Perakis": "Περάκης", "Chalkiadakis": "Χαλκιαδάκης", "Saridakis": "Σαριδάκης", "Vlatakis": "Βλατάκης", "Kritsotakis": "Κριτσωτάκης",
    "Bourdakis": "Μπουρδάκης", "Orfanoudakis": "Ορφανουδάκης", "Paterakis": "Πατεράκης", "Fasoulakis": "Φασουλάκης", "Mylonakis": "Μυλωνάκης",
    "Mavromichalis": "Μαυρομιχάλης", "Kollias": "Κόλλιας", "Louloudis": "Λουλούδης", "Kalantzis": "Καλαντζής", "Rallis": "Ράλλης", "Karaiskos": "Καραΐσκος",
    "Spiliotopoulos": "Σπηλιωτόπουλος", "Ntalianis": "Νταλιάνης", "Liakopoulos": "Λιακόπουλος", "Mpakalis": "Μπακάλης", "Xylouris": "Ξυλούρης",
    "Tzanakis": "Τζανάκης", "Vardakis": "Βαρδάκης", "Skoulas": "Σκουλάς", "Kalogerakis": "Καλογεράκης", "Kouvelas": "Κουβέλας",
    "Antonakakis": "Αντωνακάκης", "Spanoudakis": "Σπανουδάκης",
}  # fmt: skip


def greek_feminine(family: str) -> str:
    """A Greek woman's family name (genitive of the man's): Perakis -> Peraki, Karaiskos -> Karaiskou,
    Περάκης -> Περάκη, Καραΐσκος -> Καραΐσκου, Skoulas -> Skoula."""
    for m, f in (
        ("os", "ou"),
        ("is", "i"),
        ("as", "a"),
        ("ος", "ου"),
        ("ής", "ή"),
        ("ης", "η"),
        ("άς", "ά"),
        ("ας", "α"),
    ):
        if family.endswith(m):
            return family[: -len(m)] + f
    return family


GREEK_FEMININE = {f: greek_feminine(f) for f in NAMES["cretan"][2]} | {
    GREEK[f]: greek_feminine(GREEK[f]) for f in NAMES["cretan"][2]
}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str  # keep when written alone
    regions: dict[str, tuple[str, tuple[str, ...]]]  # region (keep) -> (postcode pattern, invented towns)
    streets: tuple[str, ...]  # fill patterns: # digit, % digit 1-9, @ letter
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: dict[str, tuple[str, ...]]  # culture -> the regions it lives in


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("FR", "France", {
        "Bretagne": ("29###", ("Lanvénégen-Izel", "Ploumoguer-Vihan", "Kerlouan-Traon", "Locmaria-Berrien-Huella")),
        "Corse": ("20###", ("Ghisoni-Suttanu", "Petralonga-Suprana", "Zicavu-Pinzalone", "Cuzzà-di-Sopra")),
        "Occitanie": ("12###", ("Lacaune-Basse-Ribièra", "Montfaucon-d'Olt", "Sant-Africa-del-Tarn", "Roqueval-sur-Dourdou")),
        "Grand Est": ("67###", ("Oberhaslach-le-Haut", "Niederbronn-Weiler", "Dambach-Hintermatt", "Wangenbourg-Grossthal")),
    }, ("%# rue des Goémoniers", "%## chemin de Kerbastard", "%# impasse du Lavoir", "Lieu-dit Ar Menez, %#", "%# route de la Fontaine Sainte-Barbe",
        "Bât. @, %# allée des Pruniers", "%# place du Marché-aux-Grains", "%## avenue des Tilleuls, apt %#", "Hameau de Poggiale, %#"),
        ("06 ## ## ## ##", "07 ## ## ## ##", "+33 6 ## ## ## ##", "02 98 ^# ## ##", "04 95 ^# ## ##", "03 88 ^# ## ##"),
        ("orange.fr", "free.fr", "laposte.net", "gmail.com", "wanadoo.fr", "sfr.fr"),
        {"breton": ("Bretagne",), "corsican": ("Corse", "Occitanie"), "alsatian": ("Grand Est",)}),
    Loc("BE", "Belgique", {
        "Liège": ("4###", ("Faymonville-Hèvremont", "Sprimont-Lorcé-Haut", "Xhoffraix-Bruyères")),
        "Namur": ("5###", ("Bièvre-sur-Semois-Bas", "Gedinne-Malvoisin", "Vresse-Laforêt-Dessus")),
        "Luxembourg": ("6###", ("Bouillon-Poupehan", "Érezée-Amonines-Haut", "Vielsalm-Petit-Thier")),
    }, ("Rue du Thier %#", "Rue des Fagnes %#/%", "Chaussée de Marche %##", "Rue Haute-Fagne %#, bte %", "Place du Perron %#", "Rue Tige des Saules %#"),
        ("047^ ## ## ##", "049^ ## ## ##", "+32 47^ ## ## ##", "087 ## ## ##", "061 ## ## ##"),
        ("skynet.be", "proximus.be", "telenet.be", "gmail.com", "hotmail.be", "voo.be"),
        {"walloon": ("Liège", "Namur", "Luxembourg")}),
    Loc("DE", "Deutschland", {
        "Bayern": ("8####", ("Unterpfaffenhofen-Au", "Kirchdorf am Moosgraben", "Oberzwieselau-Hinterried", "Haslach im Rottal")),
        "Niedersachsen": ("26###", ("Westerholtsfehn", "Moordorf-Süderwieke", "Neuefehn-Nord", "Spetzerhammrich")),
        "Brandenburg": ("03###", ("Nowa Wjes an der Spree", "Drjowk-Heidemühl", "Słona Borśe")),
        "Baden-Württemberg": ("7####", ("Unterkochen-Bühlhof", "Gschwend-Kleinmutzenbach", "Hohenstaufen-Sauerbrunnen")),
    }, ("%#-Hofgasse %#", "Am Fehnkanal %#", "Moosweg %#a", "Dorfstraße %##", "Hintere Gasse %#", "Wjesna droga %# / Dorfweg %#", "Kirchsteig %#, Whg. %#",
        "Lindenallee %##", "Im Eichholz %#b"),
        ("0171 #######", "0152 ########", "+49 160 #######", "08031 ######", "04941 ######", "035601 #####", "07171 ######"),
        ("web.de", "gmx.de", "t-online.de", "posteo.de", "freenet.de", "gmail.com"),
        {"bavarian": ("Bayern",), "frisian": ("Niedersachsen",), "sorbian": ("Brandenburg",), "swabian": ("Baden-Württemberg",)}),
    Loc("AT", "Österreich", {
        "Tirol": ("6###", ("St. Jakob im Pflerschtal", "Gschnitz-Außerberg", "Obsteig-Finsterbach")),
        "Kärnten": ("9###", ("Ludmannsdorf-Bach", "Sankt Kanzian-Unterburg", "Globasnitz-Tschepitschach")),
        "Wien": ("1###", ("Wien",)),
    }, ("Dorf %##", "Oberdorfweg %#", "Lärchenweg %#/%", "Pfarrgasse %#, Top %", "Hauptstraße %##/%/%#", "Almweg %#a"),
        ("0664 #######", "+43 676 #######", "0512 ######", "04232 ####", "0650 #######"),
        ("gmx.at", "aon.at", "a1.net", "chello.at", "gmail.com", "tirol.com"),
        {"tyrolean": ("Tirol", "Kärnten", "Wien")}),
    Loc("CH", "Schweiz", {
        "Graubünden": ("7###", ("Sent-Sur En", "Ftan Pitschen", "Lumbrein-Surrein", "Vrin-Cons")),
        "Wallis": ("39##", ("Grächen-Ried", "Ergisch-Tennen", "Unterbäch-Holz", "Bürchen-Zenhäusern")),
    }, ("Via da Sent %##", "Plazza %#", "Vi %#", "Dorfstrasse %#", "Ried %##", "Chantun Sura %##", "Furkastrasse %#"),
        ("079 ### ## ##", "078 ### ## ##", "+41 79 ### ## ##", "081 ### ## ##", "027 ### ## ##"),
        ("bluewin.ch", "gmx.ch", "sunrise.ch", "gmail.com", "hispeed.ch"),
        {"romansh": ("Graubünden", "Wallis")}),
    Loc("IT", "Italia", {
        "Sardegna": ("09###", ("Monte Pranu di Sopra", "Sa Serra Manna", "Bau Ladu", "Pranu Sanguni")),
        "Friuli-Venezia Giulia": ("33###", ("Borgo Cjamparis", "Pradis di Sotto", "Clauzetto Alto", "Tramonti di Mezzo")),
        "Sicilia": ("9####", ("Contrada Finocchiara", "Borgo Pietrarossa", "Villaggio Santa Rosalia Alta")),
        "Campania": ("80###", ("Torre del Canneto", "Casale di Sant'Aniello", "Pianura di Quarto Vecchio")),
    }, ("Via Sa Doda %#", "Via dei Ginepri %#", "Vicolo Stretto %#", "Borgo Sottocolle %#", "Via Nazionale %##, int. %", "Contrada Piano Grande %#",
        "Vico III Casale %#", "Piazza del Municipio %#/@"),
        ("3^# ### ####", "+39 3^# #######", "3^#-#######", "070 ######", "0427 ######", "091 #######", "081 #######"),
        ("libero.it", "virgilio.it", "tiscali.it", "alice.it", "gmail.com", "hotmail.it"),
        {"sardinian": ("Sardegna",), "friulian": ("Friuli-Venezia Giulia",), "sicilian": ("Sicilia", "Campania")}),
    Loc("ES", "España", {
        "Gipuzkoa": ("20###", ("Arrizurieta", "Elgoibar-Azpikoa", "Zegama-Altzibar")),
        "A Coruña": ("15###", ("San Xoán de Bembibre", "Vilanova de Arousiña", "Santa Baia de Laxe")),
        "Girona": ("17###", ("Sant Pere de Vilamanya", "La Vall de Bianya Alta", "Santa Pau de Finestres")),
        "Asturias": ("33###", ("La Pola de Xedré", "Vil.lar de Cuartos", "Cangas de Tinéu Baxu")),
    }, ("C/ Kale Nagusia %#, %º @", "Rúa do Cruceiro %#, %º", "Carrer de la Font %#, baixos", "Avda. de Galicia %##, %º@", "Barrio Altzibar %#",
        "Lugar de Aldea de Riba %#", "C/ Mayor %#, esc. %, %º @", "Pza. del Humilladero %#"),
        ("6## ## ## ##", "6## ### ###", "+34 6## ### ###", "943 ## ## ##", "981 ### ###", "972 ## ## ##", "985 ## ## ##"),
        ("telefonica.net", "hotmail.es", "yahoo.es", "gmail.com", "euskalnet.net", "movistar.es"),
        {"basque": ("Gipuzkoa",), "galician": ("A Coruña",), "catalan": ("Girona", "Asturias")}),
    Loc("PT", "Portugal", {
        "Açores": ("9###-###", ("Fajã da Caldeira Nova", "Ribeira Quente de Cima", "Lajedo da Ponta")),
        "Minho": ("4###-###", ("Lugar de Cabaninhas", "Vilar de Sande", "Souto da Ribeira Velha")),
        "Trás-os-Montes": ("5###-###", ("Vilarinho das Perdizes", "Soutelo de Baixo", "Cimo de Vila da Castanheira")),
    }, ("Rua da Igreja, n.º %#", "Travessa do Outeiro %#, r/c", "Canada do Pico %#", "Rua Direita %##, %.º Esq.", "Lugar do Souto, %#", "Estrada Regional %#, n.º %##"),
        ("91# ### ###", "96# ### ###", "+351 93# ### ###", "296 ### ###", "258 ### ###", "259 ### ###"),
        ("sapo.pt", "gmail.com", "clix.pt", "hotmail.com", "netcabo.pt", "outlook.pt"),
        {"portuguese": ("Açores", "Minho", "Trás-os-Montes")}),
    Loc("GR", "Ελλάδα", {
        "Κρήτη": ("7####", ("Άνω Βρύσες Αποκορώνου", "Κάτω Λάκκοι Κισσάμου", "Μέσα Λασιθάκι")),
        "Πελοπόννησος": ("23###", ("Κάτω Βάθεια Οιτύλου", "Άνω Πυργάκι Μάνης")),
        "Αττική": ("1####", ("Νέα Ανθούπολη",)),
    }, ("Οδός Αγίου Σήλα %#", "Κανάρη %##", "Πλατεία Ηρώων %#", "Λεωφ. Ελευθερίας %##", "Πάροδος Κορυφής %#", "Αγίας Μαρίνης %#, %ος όροφος"),
        ("69# ### ####", "+30 69# #######", "69########", "2821 0#####", "2733 0#####"),
        ("otenet.gr", "yahoo.gr", "hotmail.gr", "gmail.com", "windtools.gr"),
        {"cretan": ("Κρήτη", "Πελοπόννησος", "Αττική")}),
    Loc("MT", "Malta", {
        "Malta": ("@@@ ####", ("Ħal Kbir ta' Fuq", "Is-Swieqi ta' Isfel", "Ta' Ġorġ il-Baħar")),
        "Għawdex": ("@@@ ####", ("Ix-Xagħra ta' Barra", "Ta' Kerċem il-Ġdida")),
    }, ("%#, Triq il-Kappillan", "Flat %, Triq San Ġużepp", "%##, Triq il-Ħarruba", "'Dar il-Warda', Triq is-Salini", "%#, Sqaq il-Kunvent"),
        ("79## ####", "99## ####", "+356 79## ####", "21## ####", "+356 21## ####"),
        ("maltanet.net", "go.net.mt", "melita.com", "gmail.com", "yahoo.com"),
        {"maltese": ("Malta", "Għawdex")}),
]}  # fmt: skip
