# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the sixty-fifth probe: Central and Eastern European and
Turkish health text -- Poland, Czechia, Slovakia, Hungary, Romania, Croatia, Serbia, Slovenia, Bulgaria
(transliterated), Greece (transliterated) and Turkey -- and English letters about patients from there
(synthetic only; no real patient or staff member). Given and family names are common or old-fashioned ones
of each culture, combined at random: never a real person. Family names carry their feminine forms where the
language has them (Polish -ska, Czech / Slovak -ová, Bulgarian -ova, Greek -ou / -i), Polish and Czech names
their genitive forms (written after "dla", "u", "syn / córka", "zpráva o ..."), Hungarian married women the
"-né" form of the husband's name, and Hungarian names are written family name first. They were checked
against every string of the people tables of probes 1-64 before any measurement (test_probe65: no shared
name word).

Towns, villages, streets and UK towns are invented (their Polish / Czech locative forms -- "w Brzozowej
Woli", "v Horních Lhoticích" -- are written out by hand); voivodeships, krajs, megyék, județe, županije,
Vojvodina, oblasti, Greek periferies and Turkish iller (first-level regions) are real and are keep values
when written alone. Numbers are random; the national identifiers carry valid check digits (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe65 import ids
from tests.engine.probe65.ids import fill

__all__ = ["GEN", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family names as (masculine, feminine))
_F = lambda s: [(x, x) for x in s.split()]  # noqa: E731  (no feminine form)
NAMES: dict[str, tuple[list[str], list[str], list[tuple[str, str]]]] = {
    "pl": (["Leokadia", "Mirosława", "Edyta", "Elżbieta", "Marianna", "Lucyna", "Aldona", "Jagoda", "Ludmiła", "Roksana", "Celina", "Felicja", "Ryszarda", "Łucja", "Paulina", "Malwina", "Bogna", "Bernadeta", "Franciszka", "Irmina", "Józefa", "Kornelia", "Lilianna", "Michalina", "Otylia", "Weronika", "Dominika"],
           ["Lechosław", "Ludwik", "Eugeniusz", "Kajetan", "Szczepan", "Bartłomiej", "Maciej", "Marek", "Cezary", "Remigiusz", "Damian", "Miłosz", "Teofil", "Hieronim", "Ignacy", "Antoni", "Cyprian", "Feliks", "Gustaw", "Juliusz", "Marcin", "Olgierd", "Patryk", "Seweryn", "Tymoteusz", "Walenty", "Zygmunt", "Gracjan", "Krystian"],
           [(m, m[:-1] + "a") for m in ["Wilczyński", "Głowacki", "Górecki", "Kozłowski", "Śliwiński", "Gawroński", "Brzeziński", "Chojnacki", "Szymański", "Rogalski", "Ciesielski", "Frankowski", "Domański", "Nawrocki", "Trzciński", "Żurawski", "Korzeniowski", "Lipiński", "Chrzanowski", "Tokarski", "Sosnowski", "Kubacki"]]
           + _F("Bąk Żak Wójtowicz Bednarek Pająk Kozieł Wawrzyniak Stachowiak Pietrzyk Błaszczyk Sobieraj Leśniak Milczarek Stępniak Drozd Kopeć Łuczak Siwiec Augustyniak Pacholczyk Bartczak Bogusz Dziedzic Kasprzak Kulesza Mroczek Ratajczak Skrzypczak Wrona Wojtasik Czaja Olejnik")),
    "cs": (["Dagmar", "Alžběta", "Šárka", "Romana", "Vendula", "Růžena", "Ladislava", "Yvona", "Magdaléna", "Zuzana", "Anežka", "Lenka", "Štěpánka", "Kristýna", "Markéta", "Naděžda", "Olga", "Pavla", "Taťána", "Iveta", "Miluše", "Věroslava", "Libuška"],
           ["Miloslav", "Luděk", "Bedřich", "Otakar", "Čeněk", "Prokop", "Lukáš", "Vilém", "Matěj", "Ondřej", "Šimon", "Bohuslav", "Arnošt", "Jaromír", "Libor", "Vavřinec", "Zikmund", "Kryštof", "Vítek", "Bohumír"],
           [("Hájek", "Hájková"), ("Král", "Králová"), ("Kovář", "Kovářová"), ("Bartoš", "Bartošová"), ("Vlček", "Vlčková"), ("Polák", "Poláková"),
            ("Musil", "Musilová"), ("Konečný", "Konečná"), ("Holub", "Holubová"), ("Dostál", "Dostálová"), ("Soukup", "Soukupová"), ("Mareš", "Marešová"),
            ("Moravec", "Moravcová"), ("Sýkora", "Sýkorová"), ("Tichý", "Tichá"), ("Valenta", "Valentová"), ("Vávra", "Vávrová"), ("Matoušek", "Matoušková"),
            ("Bláha", "Bláhová"), ("Říha", "Říhová"), ("Ševčík", "Ševčíková"), ("Bureš", "Burešová"), ("Mašek", "Mašková"), ("Janda", "Jandová"),
            ("Skála", "Skálová"), ("Kubíček", "Kubíčková"), ("Hrdlička", "Hrdličková"), ("Šafránek", "Šafránková")]),
    "sk": (["Anička", "Eleonóra", "Emília", "Gizela", "Ľudmila", "Katarína", "Slávka", "Zlatica", "Milota", "Vieroslava", "Janka", "Boženka", "Agáta", "Adriána", "Dáša", "Helena", "Kvetoslava", "Mária", "Renáta", "Zuzka", "Viera"],
           ["Ľudovít", "Milan", "Róbert", "Marián", "Ondrej", "Rastislav", "Pavol", "Igor", "Ľuboš", "Matúš", "Viliam", "Juraj", "Ján", "Slavomír", "Dobroslav"],
           [("Kováč", "Kováčová"), ("Lukáč", "Lukáčová"), ("Kollár", "Kollárová"), ("Oravec", "Oravcová"), ("Ďurica", "Ďuricová"), ("Hudák", "Hudáková"),
            ("Bartko", "Bartková"), ("Hrnčiar", "Hrnčiarová"), ("Mikuláš", "Mikulášová"), ("Šebo", "Šebová"), ("Gajdoš", "Gajdošová"), ("Blaho", "Blahová"),
            ("Bielik", "Bieliková"), ("Chovanec", "Chovancová"), ("Kočiš", "Kočišová"), ("Štefánik", "Štefániková"), ("Kuruc", "Kurucová"), ("Šulek", "Šuleková"),
            ("Pavlík", "Pavlíková"), ("Benko", "Benková"), ("Kmeť", "Kmeťová"), ("Sabol", "Sabolová"), ("Krajčír", "Krajčírová"), ("Jurčo", "Jurčová"),
            ("Bobula", "Bobulová"), ("Vaľko", "Vaľková"), ("Hanuska", "Hanusková")]),
    "hu": (["Bernadett", "Szilvia", "Orsolya", "Edit", "Anikó", "Krisztina", "Éva", "Noémi", "Eszter", "Dóra", "Zita", "Vivien", "Adrienn", "Mónika", "Nóra", "Bianka", "Dorottya", "Flóra", "Lilla", "Hedvig", "Izabella", "Szidónia", "Tekla", "Mariann", "Viktória", "Jolánka", "Erzsike", "Irma", "Andrea", "Ottília"],
           ["Károly", "Árpád", "Attila", "Gergely", "Szabolcs", "Mihály", "Endre", "Ernő", "Huba", "Ince", "Jácint", "Kristóf", "Miklós", "Nándor", "Pongrác", "Rezső", "Sebestyén", "Vendel", "Lóránt", "Dániel", "Márton", "Tamás"],
           _F("Kiss Lakatos Fehér Balázs Gál Orsós Sipos Lukács Biró Király Katona Jakab Bogdán Balog Fazekas Antal Fülöp Budai Vida Bálint Illés Pál Fábián Jónás Kozma Máté Gáspár Csonka Bakó Dudás Molnár Berki Dobos Erdős Faragó Győri Hollósi Jávor Kántor Nyári Pásztor Tamási Ujvári Zsoldos Bakonyi Dancs Elek Fenyvesi Gombos Hamar")),
    "ro": (["Veturia", "Doina", "Cornelia", "Crenguța", "Tudorița", "Sorina", "Lăcrămioara", "Steluța", "Sevastița", "Ruxandra", "Valentina", "Camelia", "Irina", "Adina", "Raluca", "Otilia", "Silvia", "Mădălina", "Petruța", "Codruța", "Marinela", "Geta", "Saveta", "Vetuța"],
           ["Dumitru", "Ion", "Nicolae", "Constantin", "Cornel", "Liviu", "Mitică", "Adrian", "Iulian", "Radu", "Emil", "Ilie", "Grigore", "Aurelian", "Costică", "Eugen", "Petre", "Remus", "Sergiu", "Dănuț"],
           _F("Dinu Toma Pîrvu Vlad Sârbu Dobrescu Niculescu Petrescu Gavrilă Manole Cristea Bălan Anghel Costache Bucur Ardeleanu Voicu Mihăilescu Crăciun Bratu Chiriac Sandu Suciu Andrei Căpraru Păun Prodan Pavel Florea")),
    "bcs": (["Ankica", "Jasna", "Biserka", "Katica", "Jelica", "Branka", "Sanja", "Radojka", "Vjera", "Milka", "Senka", "Mira", "Nevenka", "Blaženka", "Ružica", "Vinka"],
            ["Tomislav", "Mladen", "Davor", "Željko", "Slaven", "Dubravko", "Zdravko", "Stjepan", "Ante", "Frane", "Ivica", "Vinko", "Damir", "Borislav", "Ljubomir", "Dragutin", "Siniša", "Vlado", "Slobodan", "Živko"],
            _F("Babić Marić Knežević Vuković Jurić Pavlović Božić Blažević Pavić Radić Perić Šarić Vidović Matić Tomić Kolar Bošnjak Brkić Mandić Lukić Klarić Ćosić Filipović Barišić Đurić Mikulić Ristić Stanković Todorović Simić Kostić Lazić Mitrović Živković Obradović")),
    "sl": (["Darja", "Polona", "Metka", "Alenka", "Majda", "Tjaša", "Nuša", "Jerneja", "Katja", "Marjeta", "Andreja", "Bojana", "Tadeja", "Anja", "Neža", "Lucija", "Tanja", "Ema", "Brigita", "Martina", "Vanja"],
           ["Janez", "Andrej", "Blaž", "Uroš", "Jure", "Luka", "Žiga", "Aljaž", "Mitja", "Tadej", "Anže", "Jernej", "Miha", "Franc", "Jože", "Stane"],
           _F("Krajnc Kovačič Kos Vidmar Golob Kralj Božič Korošec Zupan Hribar Kavčič Rozman Kastelic Oblak Kolenc Košir Koren Klemenčič Zajc Knez Medved Zupanc Pirc Hrovat Kuhar Bizjak Jerman Kobal Tomažič")),
    "bg": (["Ventsislava", "Zhivka", "Vasilka", "Nedyalka", "Raina", "Kremena", "Slaveya", "Zornitsa", "Svetla", "Silviya", "Yana", "Vesela", "Velichka", "Bistra", "Ralitsa", "Tsveta", "Neli", "Krasimira", "Stanislava", "Iskra", "Denitsa", "Detelina"],
           ["Momchil", "Kamen", "Yavor", "Ognyan", "Svetoslav", "Trifon", "Dimitar", "Iliya", "Boris", "Georgi", "Petar", "Ivaylo", "Nikolay", "Rosen", "Stanimir", "Vladislav", "Asen", "Anastas", "Kaloyan", "Bozhidar", "Hristiyan", "Chavdar", "Strahil"],
           [(m, m + "a") for m in ["Todorov", "Hristov", "Petkov", "Nikolov", "Angelov", "Marinov", "Yordanov", "Atanasov", "Stefanov", "Ilchev", "Slavov", "Dobrev", "Zhelev", "Vasilev", "Kirov", "Radev", "Penchev", "Stanchev", "Parvanov", "Ganchev", "Iliev", "Dragnev", "Hadzhiev", "Vatev", "Manolov", "Genchev", "Rashkov", "Penev", "Nedelchev", "Gospodinov", "Bonev", "Shopov", "Kostov", "Pavlov", "Zlatev", "Tonchev", "Velinov", "Delchev", "Lazarov", "Mihov", "Raykov", "Terziev", "Yankov"]]),
    "el": (["Zoi", "Eftychia", "Kalliroi", "Pinelopi", "Polyxeni", "Theoni", "Xanthippi", "Asimina", "Zacharoula", "Fotoula", "Marianthi", "Chrysanthi", "Argyro", "Artemis", "Anthoula", "Magdalini", "Vasilia", "Frosso", "Kleoniki", "Nektaria", "Roxani", "Thalia", "Ismini", "Afroditi"],
           ["Vasileios", "Stylianos", "Emmanouil", "Nikolaos", "Gerasimos", "Periklis", "Aristeidis", "Epameinondas", "Miltiadis", "Themistoklis", "Sokratis", "Efstratios", "Zacharias", "Eleftherios", "Iakovos", "Lazaros", "Kosmas", "Pavlos", "Filippos", "Alkiviadis", "Timoleon", "Savvas", "Fotios", "Chrysostomos", "Dionysios", "Ilias", "Prokopis", "Tilemachos"],
           [*_F("Nikolaou Ioannou Vasileiou Zachariou Chatzigeorgiou Stamatiou Kyprianou Evangelou"), ("Makris", "Makri"), ("Michailidis", "Michailidou"), ("Lambrakis", "Lambraki"), ("Kontos", "Kontou"), ("Kokkinos", "Kokkinou"), ("Psarras", "Psarra"), ("Anastasiadis", "Anastasiadou"), ("Tzanetos", "Tzanetou"), ("Deligiannis", "Deligianni"), ("Bakogiannis", "Bakogianni"), ("Roussos", "Roussou"), ("Chatzopoulos", "Chatzopoulou"), ("Lykos", "Lykou"), ("Vlachakis", "Vlachaki"), ("Demetrakopoulos", "Demetrakopoulou"), ("Sfakianakis", "Sfakianaki"), ("Spanos", "Spanou"), ("Voulgaris", "Voulgari"), ("Stathopoulos", "Stathopoulou"), ("Kotsis", "Kotsi"), ("Liakos", "Liakou"), ("Petridis", "Petridou"), ("Moschos", "Moschou"), ("Fragkos", "Fragkou"), ("Kapetanakis", "Kapetanaki"), ("Siganos", "Siganou"), ("Mavrogiannis", "Mavrogianni"), ("Karalis", "Karali"), ("Zisis", "Zisi"), ("Gkikas", "Gkika"), ("Ntinos", "Ntinou"), ("Marinakis", "Marinaki")]),
    "tr": (["Saadet", "Kevser", "Sultan", "Melek", "Yasemin", "Makbule", "Cemile", "Nebahat", "Nuriye", "Pakize", "Mukaddes", "Güllü", "Rukiye", "Fatma", "Şenay", "Birgül", "Nurcan", "Nilgün", "Bahar", "Gamze", "Ceren", "Şeyma", "Tuğba", "Mükerrem", "Hamide", "Nuray"],
           ["Hasan", "İbrahim", "Ramazan", "Muharrem", "İsmail", "Bekir", "Cafer", "Celal", "Ekrem", "Kenan", "Rahmi", "Turgut", "Ümit", "Kaan", "Ozan", "Şaban", "Sadettin", "Hilmi"],
           _F("Kara Özcan Altıntaş Tunç Ceylan Gök Yaman Alkan Balcı Dağ Genç Güven Kaymak Kılınç Kırmızı Köse Önal Savaş Temel Yücel Özbek Cömert Ergün Gezer Hacıoğlu Kocaman Uzun Kocatürk Dereli Bingöl Ekşi Fidan Kuşçu Sevinç")),
}  # fmt: skip

# ---- Polish and Czech genitive forms (written after "dla", "u", "syn / córka", "zpráva o ...") ------------
_PL_GEN_EXC = {"Marek": "Marka", "Kopeć": "Kopcia", "Siwiec": "Siwca", "Kozieł": "Kozła", "Bednarek": "Bednarka",
               "Milczarek": "Milczarka", "Mroczek": "Mroczka", "Wrona": "Wrony", "Czaja": "Czai", "Kulesza": "Kuleszy"}  # fmt: skip
_CS_GEN_EXC = {"Luděk": "Luďka", "Čeněk": "Čeňka", "Vítek": "Vítka", "Vavřinec": "Vavřince", "Král": "Krále",
               "Moravec": "Moravce", "Skála": "Skály", "Dagmar": "Dagmar", "Miluše": "Miluše"}  # fmt: skip


def _gen_pl(word: str, female: bool, family: bool) -> str:
    if female and not word.endswith("a"):
        return word  # a woman's consonant-final family name does not decline (Pani Edyty Żak)
    if word in _PL_GEN_EXC:
        return _PL_GEN_EXC[word]
    if female:
        if word.endswith(("ska", "cka", "dzka")):
            return word[:-1] + "iej"
        if word.endswith(("ia", "ja")):
            return word[:-1] + "i"
        if word.endswith(("ka", "ga", "la")):
            return word[:-1] + "i"
        return word[:-1] + "y"
    if word.endswith(("ski", "cki")):
        return word + "ego"
    if word.endswith("y"):
        return word[:-1] + "ego"  # Cezary -> Cezarego
    if word.endswith("i"):
        return word + "ego"  # Antoni -> Antoniego
    return word + "a"


def _gen_cs(word: str, female: bool, family: bool) -> str:
    if word in _CS_GEN_EXC:
        return _CS_GEN_EXC[word]
    if female:
        if word.endswith("ová"):
            return word[:-1] + "é"
        if word.endswith("á"):
            return word[:-1] + "é"
        if word.endswith("a"):
            return word[:-1] + ("e" if word[-2] in "žščřcjďťň" else "y")
        return word
    if word.endswith("ý"):
        return word[:-1] + "ého"
    if word.endswith("a"):
        return word[:-1] + "y"
    if word.endswith("ek"):
        return word[:-2] + "ka"
    if word[-1] in "žščřcj":
        return word + "e"
    return word + "a"


def _all_gen() -> dict[str, str]:
    out: dict[str, str] = {}
    for lang, fn in (("pl", _gen_pl), ("cs", _gen_cs)):
        f, m, fam = NAMES[lang]
        for g in f:
            out[f"{lang}:f:{g}"] = fn(g, True, False)
        for g in m:
            out[f"{lang}:m:{g}"] = fn(g, False, False)
        for mf, ff in fam:
            out[f"{lang}:m:{mf}"] = fn(mf, False, True)
            out[f"{lang}:f:{ff}"] = fn(ff, True, True)
    return out


GEN = _all_gen()  # "pl:f:Edyta" -> "Edyty"


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[tuple[str, str], ...]]  # first-level region (keep) -> towns (nominative, locative)
    streets: tuple[str, ...]  # fill patterns of a street line
    localities: tuple[str, ...]  # mahalle, kvartal, sat ("" none)
    postcode: str  # fill pattern
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


def _t(*towns: str) -> tuple[tuple[str, str], ...]:
    return tuple((t, t) for t in towns)


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("PL", "Polska", {
        "mazowieckie": (("Brzozowa Wola", "Brzozowej Woli"), ("Zalesie Kościelne", "Zalesiu Kościelnym"), ("Dębówka Szlachecka", "Dębówce Szlacheckiej")),
        "wielkopolskie": (("Kłodnica Wielka", "Kłodnicy Wielkiej"), ("Olszynka Dolna", "Olszynce Dolnej"), ("Wierzbno Górne", "Wierzbnie Górnym")),
        "małopolskie": (("Jodłowa Góra", "Jodłowej Górze"), ("Przysietnica Mała", "Przysietnicy Małej"), ("Lipnik Szlachecki", "Lipniku Szlacheckim")),
        "lubelskie": (("Borowina Mała", "Borowinie Małej"), ("Wola Krzemieńska", "Woli Krzemieńskiej"), ("Sośnica Górna", "Sośnicy Górnej")),
    }, ("ul. Lipowa %#", "ul. Kasztanowa %#/%", "ul. Polna %#", "ul. Ogrodowa %# m. %#", "os. Słoneczne %#/%#", "ul. Spacerowa %#a", "al. Wiśniowa %#", "ul. Leśna %##"),
        ("",), "^#-###", ("+48 5## ### ###", "6##-###-###", "7## ### ###", "+48 88#-###-###", "+48 69# ### ###"), ("wp.pl", "o2.pl", "onet.pl", "interia.pl", "gmail.com"), ("pl",)),
    Loc("CZ", "Česká republika", {
        "Jihomoravský kraj": (("Dolní Bělkovice", "Dolních Bělkovicích"), ("Kostelec nad Javorkou", "Kostelci nad Javorkou")),
        "Kraj Vysočina": (("Horní Lhotice", "Horních Lhoticích"), ("Nová Ves u Březnice", "Nové Vsi u Březnice")),
        "Olomoucký kraj": (("Malá Vrbice", "Malé Vrbici"), ("Hradčany nad Bečvičkou", "Hradčanech nad Bečvičkou")),
        "Zlínský kraj": (("Lipová Lhota", "Lipové Lhotě"), ("Střížov nad Olšavkou", "Střížově nad Olšavkou")),
    }, ("Na Výsluní %##/%", "U Potoka %##", "Zahradní %##/%#", "Za Kapličkou %##", "Polní %##/%", "Okružní %###", "K Rybníčku %#"),
        ("",), "^## ##", ("+420 6## ### ###", "7## ### ###", "+420 60#-###-###", "+420 77# ### ###"), ("seznam.cz", "email.cz", "centrum.cz", "gmail.com"), ("cs",)),
    Loc("SK", "Slovensko", {
        "Žilinský kraj": _t("Dolné Vrbovce", "Horná Lieskovica", "Nová Polianka pod Hájom"),
        "Prešovský kraj": _t("Vyšná Kamenica nad Torysou", "Malé Trhovce", "Nižná Slatvina"),
        "Banskobystrický kraj": _t("Stredné Hrabovo", "Lúčky pod Sihlou", "Veľká Podhradová"),
    }, ("Hlavná %##/%#", "Záhradná %##", "Družstevná %#", "Pod Hájom %##/%#", "Lúčna %#", "Školská %##/%"),
        ("",), "0^# ##", ("+421 9^# ### ###", "09^# ### ###", "09^#/###-###"), ("azet.sk", "centrum.sk", "gmail.com", "post.sk"), ("sk",)),
    Loc("HU", "Magyarország", {
        "Baranya": _t("Kisbéred", "Alsóhegymal", "Berekhalma"),
        "Hajdú-Bihar": _t("Hajdúkelemér", "Bihartorda", "Tiszakertes"),
        "Somogy": _t("Somogyfüzes", "Felsőcsalános", "Nagykeresztúr-Puszta"),
        "Zala": _t("Zalaboroszló", "Kerekestelek", "Gellénháza-Hegy"),
    }, ("Petőfi u. %#.", "Rákóczi út %##.", "Béke u. %#. %/%", "Szőlőhegy köz %.", "Kossuth tér %.", "Dózsa György út %#.", "Rózsa u. %#/@."),
        ("",), "^###", ("+36 20 ### ####", "06-30/###-####", "06 70 ### ####", "+36 30 ###-####"), ("freemail.hu", "citromail.hu", "gmail.com", "t-online.hu"), ("hu",)),
    Loc("RO", "România", {
        "Bacău": _t("Valea Sălciilor", "Poiana Mierlei", "Runcu de Jos"),
        "Vaslui": _t("Dumbrăvița de Sus", "Cornățelu Nou", "Pârâul Rece de Sus"),
        "Maramureș": _t("Măgura Ursoaiei", "Fânațe de Sus", "Strâmtura Mică"),
        "Argeș": _t("Dealu Viilor Noi", "Slănicelu", "Bughea de Mijloc"),
    }, ("Str. Teilor nr. %#", "Str. Morii nr. %#, bl. @%, sc. @, ap. %#", "Str. Principală nr. %##", "Aleea Plopilor nr. %, bl. %#, ap. %#", "Calea Nordului nr. %##", "Str. Livezii nr. %#"),
        ("",), "%#####", ("07^# ### ###", "+40 7^# ### ###", "07^#.###.###", "+40 7^#-###-###"), ("yahoo.com", "gmail.com", "yahoo.ro"), ("ro",)),
    Loc("HR", "Hrvatska", {
        "Splitsko-dalmatinska županija": _t("Gornji Brezovac", "Kaštel Zelenjak", "Donje Sitno Polje"),
        "Osječko-baranjska županija": _t("Novo Selo Bukovačko", "Mala Ostrvica", "Vrbanja Gornja"),
        "Zagrebačka županija": _t("Donja Glogovnica", "Stara Kupčina", "Gornji Hruševec"),
    }, ("Vukovarska %##", "Zagrebačka %#", "Ulica hrvatskih branitelja %#", "Put Bročanca %#", "Lovrinačka %#", "Ulica Vladimira Nazora %#a"),
        ("",), "^####", ("09^ ### ####", "+385 9^ ### ####", "09^/###-####", "+385 9^ ###-####"), ("net.hr", "gmail.com", "t-com.hr"), ("bcs",)),
    Loc("RS", "Srbija", {
        "Vojvodina": _t("Bački Vrbovac", "Novi Čenej Mali", "Stari Bajmok Donji", "Banatsko Ruskovo", "Sremski Bukovac"),
    }, ("Njegoševa %#/%", "Bulevar oslobođenja %##", "Vojvode Mišića %#", "Zmaj Jovina %#", "Ulica Žarka Zrenjanina %#", "Kralja Petra I %#"),
        ("",), "2^###", ("06^/###-####", "+381 6^ #######", "06^ ### ####", "+381 6^ ### ####"), ("gmail.com", "eunet.rs", "mts.rs"), ("bcs",)),
    Loc("SI", "Slovenija", {
        "": _t("Zgornja Brezovica pri Trnovem", "Spodnje Lipe", "Dolnje Selce", "Gorenja vas pri Mirni", "Zgornje Prapreče", "Male Lašče pri Blokah"),
    }, ("Cesta na Brdo %#", "Prešernova ulica %#", "Ulica talcev %#", "Pod lipami %#", "Tržaška cesta %##", "Vrtna ulica %#a"),
        ("",), "^###", ("041 ### ###", "+386 31 ### ###", "040 ### ###", "+386 51 ###-###"), ("siol.net", "gmail.com", "t-2.net"), ("sl",)),
    Loc("BG", "Bulgaria", {
        "Plovdiv": _t("Dolno Cherkovishte", "Gorno Lilyanovo", "Kamenartsi"),
        "Stara Zagora": _t("Trendafilovo Pole", "Novo Belitsovo", "Sredno Brestovo"),
        "Veliko Tarnovo": _t("Gorna Studenitsa", "Malko Yantrovo", "Dolni Balvanets"),
        "Burgas": _t("Krayvodno", "Chernomorsko Selo", "Gorno Rosenovo"),
    }, ("ul. 'Rakovski' %#", "ul. 'Shipka' %#, vh. @, et. %, ap. %#", "ul. 'Tsar Simeon' %##", "bl. %##, vh. @, ap. %#", "ul. 'Vazrazhdane' %#", "ul. 'Oborishte' %#"),
        ("zh.k. 'Trakia'", "zh.k. 'Izgrev'", "kv. 'Vastanicheski'", "zh.k. 'Zornitsa'", "kv. 'Lozenets'"), "^###",
        ("08^# ### ###", "+359 8^ ### ####", "08^ ### ####", "+359 8^# ######"), ("abv.bg", "mail.bg", "gmail.com"), ("bg",)),
    Loc("GR", "Greece", {
        "Kentriki Makedonia": _t("Ano Kerasochori", "Neo Mylotopi", "Kato Krousonas"),
        "Thessalia": _t("Kato Myrtia", "Palaia Lefkonas", "Agios Nektarios Larisis"),
        "Dytiki Ellada": _t("Ano Platanovrysi", "Neos Kavasilas", "Kato Achaia Nea"),
        "Kriti": _t("Kato Asitai", "Ano Moulia", "Nea Katalagari"),
    }, ("Odos Ermou %#", "Leoforos Dimokratias %##", "Odos Tsimiski %#", "Plateia Eleftherias %", "Odos Agiou Dimitriou %#", "Odos Kolokotroni %#"),
        ("",), "^## ##", ("69^ ### ####", "+30 69^ ### ####", "69^#######", "2310 ^#####"), ("otenet.gr", "yahoo.gr", "gmail.com", "hotmail.gr"), ("el",)),
    Loc("TR", "Türkiye", {
        "Konya": _t("Akçakavak", "Sarıbayır", "Yeniköprü Ovası"),
        "Kayseri": _t("Çamlıpınar", "Karaağaçlı Yaylası", "Gözlükuyu"),
        "Samsun": _t("Kuzalan Sahil", "Dereköy Bucağı", "Sarıgazel"),
        "Denizli": _t("Akbayır Köyü", "Güneyçamlı", "Kızılhisar Ova"),
    }, ("Lale Sok. No: %# D: %", "Gül Sok. No: %#/%", "Atatürk Cad. No: %##", "Menekşe Sok. No: %# Kat: % D: %", "İstiklal Cad. No: %#/@", "Papatya Sok. No: %#"),
        ("Cumhuriyet Mah.", "Yeni Mah.", "Bahçelievler Mah.", "Fatih Mah.", "Yunus Emre Mah.", "Hürriyet Mah."), "^####",
        ("05^# ### ## ##", "+90 5^# ### ## ##", "0 (5^#) ### ## ##", "05^#-###-####"), ("hotmail.com", "gmail.com", "yandex.com.tr"), ("tr",)),
    Loc("UK", "United Kingdom", {
        "": _t("Holmbury Fen", "Little Whitcombe", "Marshfield Hythe", "Upper Stowbridge", "Fenwick Drove", "Kingsmere St Anne"),
    }, ("%# Orchard Close", "Flat %, %# Station Road", "%## Mill Lane", "%# Willow Crescent", "%# Brackenfield Way", "Flat %@, Cooper House, %# Market Street"),
        ("",), "@@%# %@@", ("07^## ######", "+44 7^## ######", "01^## ######", "07^##-###-###"), ("gmail.com", "btinternet.com", "outlook.com", "yahoo.co.uk"), ("pl", "ro")),
    Loc("AT", "Österreich", {
        "": _t("Oberndorf an der Thaya", "Kirchschlag im Mühlviertel", "Sankt Veit am Moosbach"),
    }, ("Hauptstraße %#", "Lindengasse %#/%", "Bahnhofstraße %##"), ("",), "^###",
        ("+43 664 ### ####", "+43 676 #######", "0664 ######"), ("kh-inntal.at", "gmx.at", "aon.at"), ("hu",)),
]}  # fmt: skip

@dataclass(slots=True)
class Person:
    given: str
    family: str  # in the person's gender (Kowalska, Nováková, Todorova, Makri)
    family_m: str  # the masculine form (the family's name)
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    town: str
    town_loc: str  # locative ("w Brzozowej Woli")
    line: str
    locality: str
    postcode: str
    phone: str
    phone2: str
    email: str
    nid: str = ""
    nid2: str = ""
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        return f"{self.family} {self.given}" if self.culture == "hu" else f"{self.given} {self.family}"

    @property
    def western(self) -> str:
        """Given name first, whatever the culture (an English letter writes a Hungarian so)."""
        return f"{self.given} {self.family}"

    @property
    def gen(self) -> str:
        """The full name in the genitive (Polish / Czech); other cultures: the name as it is."""
        if self.culture not in ("pl", "cs"):
            return self.full
        s = "f" if self.female else "m"
        return f"{GEN[f'{self.culture}:{s}:{self.given}']} {GEN[f'{self.culture}:{s}:{self.family}']}"


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family_m: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person whose name words are not yet used in the document (`family_m` fixes a relative's family name,
    `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    given = rng.choice([g for g in (fs if female else ms) if g not in used])
    if family_m is None:
        family_m = rng.choice([m for m, f in fam if m not in used and f not in used])
    family = next((f for m, f in fam if m == family_m), family_m) if female else family_m
    used |= {given, family, family_m}
    dob = ref - timedelta(days=rng.randint(*age_days))
    plain = lambda s: ids_plain(s).lower()  # noqa: E731
    g, f = plain(given), plain(family)
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{dob.year}",
                        f"{g[0]}{f}{rng.randint(10, 99)}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, town, town_loc, line, locality, pc = home.region, home.town, home.town_loc, home.line, home.locality, home.postcode
    else:
        region = rng.choice(list(loc.regions))
        free = [t for t in loc.regions[region] if t[0] not in used] or list(loc.regions[region])
        town, town_loc = rng.choice(free)
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        locality = rng.choice(loc.localities)
        pc = fill(rng, loc.postcode)
        if loc.code == "SI":
            pc = rng.choice(["", "SI-"]) + pc
    w = Person(given, family, family_m, culture, female, dob, loc, region, town, town_loc, line, locality, pc,
               fill(rng, rng.choice(loc.phones)), fill(rng, rng.choice(loc.phones)), email)  # fmt: skip
    w.nid = national_id(rng, w)
    w.addr = address(w)
    return w


def ids_plain(s: str) -> str:
    """ASCII letters for an e-mail address (ł -> l, ı -> i, ß -> ss; accents dropped)."""
    import unicodedata

    s = s.replace("ł", "l").replace("Ł", "L").replace("ı", "i").replace("İ", "I").replace("đ", "d").replace("Đ", "D")
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c) and c.isalnum())


def national_id(rng: random.Random, w: Person) -> str:
    c = w.loc.code
    if c == "PL":
        return ids.pesel(rng, w.dob, w.female)
    if c in ("CZ", "SK"):
        return ids.rodne_cislo(rng, w.dob, w.female)
    if c == "HU":
        return ids.taj(rng)
    if c == "RO":
        return ids.cnp(rng, w.dob, w.female)
    if c == "HR":
        return ids.oib(rng)
    if c == "RS":
        return ids.jmbg(rng, w.dob, w.female, str(rng.randint(80, 89)))
    if c == "SI":
        return ids.jmbg(rng, w.dob, w.female, "50")
    if c == "BG":
        return ids.egn(rng, w.dob, w.female)
    if c == "GR":
        return ids.amka(rng, w.dob)
    if c == "TR":
        return ids.tckn(rng)
    return ids.nhs(rng)


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces; the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, r = w.loc.code, w.region
    if c == "PL":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town), f", woj. {r}")
    if c in ("CZ", "SK"):
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))
    if c == "HU":
        return (Z(w.postcode), " ", A(w.town), ", ", A(w.line), f" ({r} megye)")
    if c == "RO":
        return (A(w.line), ", ", A(w.town), f", jud. {r}, cod poștal ", Z(w.postcode))
    if c == "HR":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town), f" ({r})")
    if c == "RS":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))
    if c == "SI":
        return (A(w.line), ", ", Z(w.postcode), " ", A(w.town))
    if c == "BG":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", p.k. ", Z(w.postcode), f", obl. {r}")
    if c == "GR":
        return (A(w.line), ", T.K. ", Z(w.postcode), " ", A(w.town), f", {r}")
    if c == "TR":
        return (A(w.locality), " ", A(w.line), ", ", Z(w.postcode), " ", A(w.town), f" / {r}")
    return (A(w.line), ", ", A(w.town), " ", Z(w.postcode))
