# ruff: noqa: E501  (hand-aligned data tables)
"""People and places of the twenty-sixth probe (inflecting languages): name, town and street lists of our own
(no Faker), each name written out in the cases the templates use. Synthetic only.

Every name is a row "nominative|genitive|dative|with/instrumental|accusative" (the case each language uses
for "of X", "to X", "with X" and "X" as object: Finnish uses genitive, allative, ablative and partitive;
Hungarian -nak/-nak/-val/-t; Turkish apostrophe suffixes; Basque -ren/-ri/-rekin/ergative -k; Irish lenited
genitive/vocative; Hebrew and Arabic prefixes are added in `people_of`). Towns are (nominative, the "in"
form, the "from" form) as written after the preposition (the preposition itself is not part of the label).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass

from tests.engine.probe.people import K, P, Slot

__all__ = ["FAMILIES", "GIVEN", "STREETS", "TOWNS", "K", "P", "Person", "Slot", "draw_person", "fill"]

CASES = ("n", "g", "d", "i", "a")


def _rows(*rows: str) -> list[tuple[str, ...]]:
    return [tuple(r.split("|")) if "|" in r else (r,) * 5 for r in rows]


# lang: (female given, male given)
GIVEN: dict[str, tuple[list[tuple[str, ...]], list[tuple[str, ...]]]] = {
    "pl": (_rows("Dobrochna|Dobrochny|Dobrochnie|Dobrochną|Dobrochnę", "Wieńczysława|Wieńczysławy|Wieńczysławie|Wieńczysławą|Wieńczysławę",
                 "Bożeciecha|Bożeciechy|Bożeciesze|Bożeciechą|Bożeciechę", "Świętomira|Świętomiry|Świętomirze|Świętomirą|Świętomirę"),
           _rows("Ziemowit|Ziemowita|Ziemowitowi|Ziemowitem|Ziemowita", "Przybysław|Przybysława|Przybysławowi|Przybysławem|Przybysława",
                 "Budzimir|Budzimira|Budzimirowi|Budzimirem|Budzimira", "Mszczuj|Mszczuja|Mszczujowi|Mszczujem|Mszczuja")),
    "cs": (_rows("Budislava|Budislavy|Budislavě|Budislavou|Budislavu", "Drahomíra|Drahomíry|Drahomíře|Drahomírou|Drahomíru",
                 "Ctislava|Ctislavy|Ctislavě|Ctislavou|Ctislavu"),
           _rows("Radslav|Radslava|Radslavovi|Radslavem|Radslava", "Soběslav|Soběslava|Soběslavovi|Soběslavem|Soběslava",
                 "Spytihněv|Spytihněva|Spytihněvovi|Spytihněvem|Spytihněva")),
    "sk": (_rows("Ľubomíra|Ľubomíry|Ľubomíre|Ľubomírou|Ľubomíru", "Slavomíra|Slavomíry|Slavomíre|Slavomírou|Slavomíru",
                 "Dobroslava|Dobroslavy|Dobroslave|Dobroslavou|Dobroslavu"),
           _rows("Ľubor|Ľubora|Ľuborovi|Ľuborom|Ľubora", "Svätopluk|Svätopluka|Svätoplukovi|Svätoplukom|Svätopluka",
                 "Hostivít|Hostivíta|Hostivítovi|Hostivítom|Hostivíta")),
    "ru": (_rows("Ефросинья|Ефросиньи|Ефросинье|Ефросиньей|Ефросинью", "Домна|Домны|Домне|Домной|Домну", "Феврония|Февронии|Февронии|Февронией|Февронию"),
           _rows("Ферапонт|Ферапонта|Ферапонту|Ферапонтом|Ферапонта", "Мефодий|Мефодия|Мефодию|Мефодием|Мефодия",
                 "Пантелеймон|Пантелеймона|Пантелеймону|Пантелеймоном|Пантелеймона")),
    "uk": (_rows("Горпина|Горпини|Горпині|Горпиною|Горпину", "Ярина|Ярини|Ярині|Яриною|Ярину", "Мотрона|Мотрони|Мотроні|Мотроною|Мотрону"),
           _rows("Остап|Остапа|Остапові|Остапом|Остапа", "Мирослав|Мирослава|Мирославові|Мирославом|Мирослава",
                 "Северин|Северина|Северинові|Северином|Северина")),
    "lt": (_rows("Eglutė|Eglutės|Eglutei|Eglute|Eglutę", "Vaidilutė|Vaidilutės|Vaidilutei|Vaidilute|Vaidilutę", "Žydronė|Žydronės|Žydronei|Žydrone|Žydronę"),
           _rows("Rimvydas|Rimvydo|Rimvydui|Rimvydu|Rimvydą", "Vytenis|Vytenio|Vyteniui|Vyteniu|Vytenį", "Kęstutis|Kęstučio|Kęstučiui|Kęstučiu|Kęstutį")),
    "lv": (_rows("Velta|Veltas|Veltai|Veltu|Veltu", "Dzidra|Dzidras|Dzidrai|Dzidru|Dzidru", "Skaidrīte|Skaidrītes|Skaidrītei|Skaidrīti|Skaidrīti"),
           _rows("Indulis|Induļa|Indulim|Induli|Induli", "Ojārs|Ojāra|Ojāram|Ojāru|Ojāru", "Gunvaldis|Gunvalda|Gunvaldim|Gunvaldi|Gunvaldi")),
    "fi": (_rows("Lempi|Lempin|Lempille|Lempiltä|Lempiä", "Sirkka|Sirkan|Sirkalle|Sirkalta|Sirkkaa", "Impi|Impin|Impille|Impiltä|Impiä"),
           _rows("Iivari|Iivarin|Iivarille|Iivarilta|Iivaria", "Aarre|Aarteen|Aarteelle|Aarteelta|Aarretta", "Tahvo|Tahvon|Tahvolle|Tahvolta|Tahvoa")),
    "et": (_rows("Maimu|Maimu|Maimule|Maimuga|Maimut", "Helju|Helju|Heljule|Heljuga|Heljut", "Õie|Õie|Õiele|Õiega|Õiet"),
           _rows("Ülo|Ülo|Ülole|Üloga|Ülot", "Tõnis|Tõnise|Tõnisele|Tõnisega|Tõnist", "Kalju|Kalju|Kaljule|Kaljuga|Kaljut")),
    "hu": (_rows("Ibolya|Ibolyának|Ibolyának|Ibolyával|Ibolyát", "Emese|Emesének|Emesének|Emesével|Emesét", "Etelka|Etelkának|Etelkának|Etelkával|Etelkát"),
           _rows("Bulcsú|Bulcsúnak|Bulcsúnak|Bulcsúval|Bulcsút", "Előd|Elődnek|Elődnek|Előddel|Elődöt", "Bendegúz|Bendegúznak|Bendegúznak|Bendegúzzal|Bendegúzt")),
    "tr": (_rows("Nurcihan|Nurcihan'ın|Nurcihan'a|Nurcihan'la|Nurcihan'ı", "Nurseven|Nurseven'in|Nurseven'e|Nurseven'le|Nurseven'i", "Gülbeyaz|Gülbeyaz'ın|Gülbeyaz'a|Gülbeyaz'la|Gülbeyaz'ı"),
           _rows("Tolunay|Tolunay'ın|Tolunay'a|Tolunay'la|Tolunay'ı", "Oktay|Oktay'ın|Oktay'a|Oktay'la|Oktay'ı", "Nurettin|Nurettin'in|Nurettin'e|Nurettin'le|Nurettin'i")),
    "el": (_rows("Αικατερίνη|Αικατερίνης|Αικατερίνη|Αικατερίνη|Αικατερίνη", "Σταματία|Σταματίας|Σταματία|Σταματία|Σταματία", "Ασπασία|Ασπασίας|Ασπασία|Ασπασία|Ασπασία"),
           _rows("Θρασύβουλος|Θρασύβουλου|Θρασύβουλο|Θρασύβουλο|Θρασύβουλο", "Αριστοτέλης|Αριστοτέλη|Αριστοτέλη|Αριστοτέλη|Αριστοτέλη", "Ευριπίδης|Ευριπίδη|Ευριπίδη|Ευριπίδη|Ευριπίδη")),
    "is": (_rows("Hallgerður|Hallgerðar|Hallgerði|Hallgerði|Hallgerði", "Bergþóra|Bergþóru|Bergþóru|Bergþóru|Bergþóru", "Þórkatla|Þórkötlu|Þórkötlu|Þórkötlu|Þórkötlu"),
           _rows("Ketilbjörn|Ketilbjarnar|Ketilbirni|Ketilbirni|Ketilbjörn", "Ormarr|Ormars|Ormari|Ormari|Ormar", "Sæmundur|Sæmundar|Sæmundi|Sæmundi|Sæmund")),
    "de": (_rows("Wendelgard|Wendelgards|Wendelgard|Wendelgard|Wendelgard", "Hiltburg|Hiltburgs|Hiltburg|Hiltburg|Hiltburg", "Hildtrud|Hildtruds|Hildtrud|Hildtrud|Hildtrud"),
           _rows("Reinbold|Reinbolds|Reinbold|Reinbold|Reinbold", "Gunthram|Gunthrams|Gunthram|Gunthram|Gunthram", "Volkwin|Volkwins|Volkwin|Volkwin|Volkwin")),
    "he": (_rows("אלומה", "צופית", "יוכבד"), _rows("אליקים", "יהוידע", "שמעיה")),
    "ar": (_rows("ريحانة", "تماضر", "نجلاء"), _rows("مهيار", "صهيب", "غسان")),
    "eu": (_rows("Gaxuxa|Gaxuxaren|Gaxuxari|Gaxuxarekin|Gaxuxak", "Amaiur|Amaiurren|Amaiurri|Amaiurrekin|Amaiurrek", "Usoa|Usoaren|Usoari|Usoarekin|Usoak"),
           _rows("Hodei|Hodeiren|Hodeiri|Hodeirekin|Hodeik", "Unax|Unaxen|Unaxi|Unaxekin|Unaxek", "Peio|Peioren|Peiori|Peiorekin|Peiok")),
    "ga": (_rows("Órlaith|Órlaithe|Órlaith|Órlaith|Órlaith", "Bríd|Bhríde|Bhríd|Bríd|Bhríd", "Muireann|Mhuireann|Mhuireann|Muireann|Mhuireann"),
           _rows("Cathaoir|Chathaoir|Chathaoir|Cathaoir|Chathaoir", "Colmán|Cholmáin|Cholmán|Colmán|Cholmáin", "Tomás|Thomáis|Thomás|Tomás|Thomáis")),
}  # fmt: skip

# lang: [(male family row, female family row)]
FAMILIES: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "pl": list(zip(_rows("Grzybowiecki|Grzybowieckiego|Grzybowieckiemu|Grzybowieckim|Grzybowieckiego", "Pstrokoński|Pstrokońskiego|Pstrokońskiemu|Pstrokońskim|Pstrokońskiego",
                         "Żmudziak|Żmudziaka|Żmudziakowi|Żmudziakiem|Żmudziaka", "Kwiatoszek|Kwiatoszka|Kwiatoszkowi|Kwiatoszkiem|Kwiatoszka"),
                   _rows("Grzybowiecka|Grzybowieckiej|Grzybowieckiej|Grzybowiecką|Grzybowiecką", "Pstrokońska|Pstrokońskiej|Pstrokońskiej|Pstrokońską|Pstrokońską",
                         "Żmudziak", "Kwiatoszek"), strict=True)),
    "cs": list(zip(_rows("Vrbička|Vrbičky|Vrbičkovi|Vrbičkou|Vrbičku", "Křepelka|Křepelky|Křepelkovi|Křepelkou|Křepelku", "Dvořáček|Dvořáčka|Dvořáčkovi|Dvořáčkem|Dvořáčka"),
                   _rows("Vrbičková|Vrbičkové|Vrbičkové|Vrbičkovou|Vrbičkovou", "Křepelková|Křepelkové|Křepelkové|Křepelkovou|Křepelkovou",
                         "Dvořáčková|Dvořáčkové|Dvořáčkové|Dvořáčkovou|Dvořáčkovou"), strict=True)),
    "sk": list(zip(_rows("Kolárik|Kolárika|Kolárikovi|Kolárikom|Kolárika", "Hrivnák|Hrivnáka|Hrivnákovi|Hrivnákom|Hrivnáka", "Ďurčo|Ďurča|Ďurčovi|Ďurčom|Ďurča"),
                   _rows("Koláriková|Kolárikovej|Kolárikovej|Kolárikovou|Kolárikovú", "Hrivnáková|Hrivnákovej|Hrivnákovej|Hrivnákovou|Hrivnákovú",
                         "Ďurčová|Ďurčovej|Ďurčovej|Ďurčovou|Ďurčovú"), strict=True)),
    "ru": list(zip(_rows("Зябликов|Зябликова|Зябликову|Зябликовым|Зябликова", "Кукушкин|Кукушкина|Кукушкину|Кукушкиным|Кукушкина", "Пересветов|Пересветова|Пересветову|Пересветовым|Пересветова"),
                   _rows("Зябликова|Зябликовой|Зябликовой|Зябликовой|Зябликову", "Кукушкина|Кукушкиной|Кукушкиной|Кукушкиной|Кукушкину",
                         "Пересветова|Пересветовой|Пересветовой|Пересветовой|Пересветову"), strict=True)),
    "uk": list(zip(_rows("Нечипоренко|Нечипоренка|Нечипоренкові|Нечипоренком|Нечипоренка", "Гордієнко|Гордієнка|Гордієнкові|Гордієнком|Гордієнка",
                         "Кривоніс|Кривоноса|Кривоносові|Кривоносом|Кривоноса"),
                   _rows("Нечипоренко", "Гордієнко", "Кривоніс"), strict=True)),
    "lt": list(zip(_rows("Žvirblaitis|Žvirblaičio|Žvirblaičiui|Žvirblaičiu|Žvirblaitį", "Kregždys|Kregždžio|Kregždžiui|Kregždžiu|Kregždį", "Gervėnas|Gervėno|Gervėnui|Gervėnu|Gervėną"),
                   _rows("Žvirblaitienė|Žvirblaitienės|Žvirblaitienei|Žvirblaitiene|Žvirblaitienę", "Kregždienė|Kregždienės|Kregždienei|Kregždiene|Kregždienę",
                         "Gervėnienė|Gervėnienės|Gervėnienei|Gervėniene|Gervėnienę"), strict=True)),
    "lv": list(zip(_rows("Dzērvenieks|Dzērvenieka|Dzērveniekam|Dzērvenieku|Dzērvenieku", "Kārkliņš|Kārkliņa|Kārkliņam|Kārkliņu|Kārkliņu", "Lazdiņš|Lazdiņa|Lazdiņam|Lazdiņu|Lazdiņu"),
                   _rows("Dzērveniece|Dzērvenieces|Dzērveniecei|Dzērvenieci|Dzērvenieci", "Kārkliņa|Kārkliņas|Kārkliņai|Kārkliņu|Kārkliņu",
                         "Lazdiņa|Lazdiņas|Lazdiņai|Lazdiņu|Lazdiņu"), strict=True)),
    "fi": [(r, r) for r in _rows("Kärkkäläinen|Kärkkäläisen|Kärkkäläiselle|Kärkkäläiseltä|Kärkkäläistä", "Peltoniemi|Peltoniemen|Peltoniemelle|Peltoniemeltä|Peltoniemeä",
                                 "Kokkonen|Kokkosen|Kokkoselle|Kokkoselta|Kokkosta", "Hirvasvuopio|Hirvasvuopion|Hirvasvuopiolle|Hirvasvuopiolta|Hirvasvuopiota")],
    "et": [(r, r) for r in _rows("Kuusik|Kuusiku|Kuusikule|Kuusikuga|Kuusikut", "Kõrvits|Kõrvitsa|Kõrvitsale|Kõrvitsaga|Kõrvitsat", "Sepajõe|Sepajõe|Sepajõele|Sepajõega|Sepajõet")],
    "hu": [(r, r) for r in _rows("Szalontai", "Bodrogközi", "Tiszavölgyi", "Hegyaljai")],
    "tr": [(r, r) for r in _rows("Karabıyıkoğlu|Karabıyıkoğlu'nun|Karabıyıkoğlu'na|Karabıyıkoğlu'yla|Karabıyıkoğlu'nu", "Demirkapı|Demirkapı'nın|Demirkapı'ya|Demirkapı'yla|Demirkapı'yı",
                                 "Kuşçuoğlu|Kuşçuoğlu'nun|Kuşçuoğlu'na|Kuşçuoğlu'yla|Kuşçuoğlu'nu", "Tekinalp|Tekinalp'in|Tekinalp'e|Tekinalp'le|Tekinalp'i")],
    "el": list(zip(_rows("Κουτσοπετρόπουλος|Κουτσοπετρόπουλου|Κουτσοπετρόπουλο|Κουτσοπετρόπουλο|Κουτσοπετρόπουλο", "Σφακιανογιάννης|Σφακιανογιάννη|Σφακιανογιάννη|Σφακιανογιάννη|Σφακιανογιάννη",
                         "Μαυρογιαννάκος|Μαυρογιαννάκου|Μαυρογιαννάκο|Μαυρογιαννάκο|Μαυρογιαννάκο"),
                   _rows("Κουτσοπετροπούλου", "Σφακιανογιάννη", "Μαυρογιαννάκου"), strict=True)),
    "is": list(zip(_rows("Hrollaugsson|Hrollaugssonar|Hrollaugssyni|Hrollaugssyni|Hrollaugsson", "Sæbjarnarson|Sæbjarnarsonar|Sæbjarnarsyni|Sæbjarnarsyni|Sæbjarnarson",
                         "Þórðarson|Þórðarsonar|Þórðarsyni|Þórðarsyni|Þórðarson"),
                   _rows("Hrollaugsdóttir|Hrollaugsdóttur|Hrollaugsdóttur|Hrollaugsdóttur|Hrollaugsdóttur", "Sæbjarnardóttir|Sæbjarnardóttur|Sæbjarnardóttur|Sæbjarnardóttur|Sæbjarnardóttur",
                         "Þórðardóttir|Þórðardóttur|Þórðardóttur|Þórðardóttur|Þórðardóttur"), strict=True)),
    "de": [(r, r) for r in _rows("Rübenacker|Rübenackers|Rübenacker|Rübenacker|Rübenacker", "Distelkamp|Distelkamps|Distelkamp|Distelkamp|Distelkamp",
                                 "Hasenbalg|Hasenbalgs|Hasenbalg|Hasenbalg|Hasenbalg", "Krautwurst|Krautwursts|Krautwurst|Krautwurst|Krautwurst")],
    "he": [(r, r) for r in _rows("שטרנפלד", "בירנבוים", "אלמליח")],
    "ar": [(r, r) for r in _rows("الخرابشة", "العضايلة", "الطراونة")],
    "eu": [(r, r) for r in _rows("Altzibar|Altzibarren|Altzibarri|Altzibarrekin|Altzibarrek", "Lasagabaster|Lasagabasterren|Lasagabasterri|Lasagabasterrekin|Lasagabasterrek",
                                 "Olazabaleta|Olazabaletaren|Olazabaletari|Olazabaletarekin|Olazabaletak")],
    "ga": list(zip(_rows("Ó Donnabháin|Uí Dhonnabháin|Ó Donnabháin|Ó Donnabháin|Uí Dhonnabháin", "Ó Fearghail|Uí Fhearghail|Ó Fearghail|Ó Fearghail|Uí Fhearghail",
                         "Ó Séaghdha|Uí Shéaghdha|Ó Séaghdha|Ó Séaghdha|Uí Shéaghdha"),
                   _rows("Ní Dhonnabháin", "Ní Fhearghail", "Ní Shéaghdha"), strict=True)),
}  # fmt: skip

# Russian/Ukrainian patronymics (male row, female row)
PATRONYMICS: dict[str, list[tuple[tuple[str, ...], tuple[str, ...]]]] = {
    "ru": list(zip(_rows("Игнатьевич|Игнатьевича|Игнатьевичу|Игнатьевичем|Игнатьевича", "Савватиевич|Савватиевича|Савватиевичу|Савватиевичем|Савватиевича"),
                   _rows("Игнатьевна|Игнатьевны|Игнатьевне|Игнатьевной|Игнатьевну", "Савватиевна|Савватиевны|Савватиевне|Савватиевной|Савватиевну"), strict=True)),
    "uk": list(zip(_rows("Богданович|Богдановича|Богдановичу|Богдановичем|Богдановича", "Трохимович|Трохимовича|Трохимовичу|Трохимовичем|Трохимовича"),
                   _rows("Богданівна|Богданівни|Богданівні|Богданівною|Богданівну", "Трохимівна|Трохимівни|Трохимівні|Трохимівною|Трохимівну"), strict=True)),
}  # fmt: skip

# lang: [(nominative, "in" form, "from" form)] as written after the preposition
TOWNS: dict[str, list[tuple[str, str, str]]] = {
    "pl": [("Wąchock", "Wąchocku", "Wąchocka"), ("Sędziszów", "Sędziszowie", "Sędziszowa"), ("Pułtusk", "Pułtusku", "Pułtuska"), ("Głogówek", "Głogówku", "Głogówka")],
    "cs": [("Vsetín", "Vsetíně", "Vsetína"), ("Klatovy", "Klatovech", "Klatov"), ("Sušice", "Sušici", "Sušice"), ("Vyškov", "Vyškově", "Vyškova")],
    "sk": [("Bardejov", "Bardejove", "Bardejova"), ("Ružomberok", "Ružomberku", "Ružomberka"), ("Levoča", "Levoči", "Levoče")],
    "ru": [("Новосибирск", "Новосибирске", "Новосибирска"), ("Кинешма", "Кинешме", "Кинешмы"), ("Сызрань", "Сызрани", "Сызрани"), ("Бийск", "Бийске", "Бийска")],
    "uk": [("Конотоп", "Конотопі", "Конотопа"), ("Умань", "Умані", "Умані"), ("Коломия", "Коломиї", "Коломиї")],
    "lt": [("Anykščiai", "Anykščiuose", "Anykščių"), ("Rokiškis", "Rokiškyje", "Rokiškio"), ("Plungė", "Plungėje", "Plungės")],
    "lv": [("Kuldīga", "Kuldīgā", "Kuldīgas"), ("Bauska", "Bauskā", "Bauskas"), ("Valmiera", "Valmierā", "Valmieras")],
    "fi": [("Jämsä", "Jämsässä", "Jämsästä"), ("Iisalmi", "Iisalmessa", "Iisalmesta"), ("Suonenjoki", "Suonenjoella", "Suonenjoelta"), ("Kitee", "Kiteellä", "Kiteeltä")],
    "et": [("Põlva", "Põlvas", "Põlvast"), ("Jõgeva", "Jõgeval", "Jõgevalt"), ("Paide", "Paides", "Paidest")],
    "hu": [("Karcag", "Karcagon", "Karcagról"), ("Kiskunhalas", "Kiskunhalason", "Kiskunhalasról"), ("Mezőtúr", "Mezőtúron", "Mezőtúrról"), ("Pápa", "Pápán", "Pápáról")],
    "tr": [("Gerze", "Gerze'de", "Gerze'den"), ("Ayancık", "Ayancık'ta", "Ayancık'tan"), ("Boyabat", "Boyabat'ta", "Boyabat'tan")],
    "el": [("Φλώρινα", "Φλώρινα", "Φλώρινας"), ("Ξάνθη", "Ξάνθη", "Ξάνθης"), ("Καλαμάτα", "Καλαμάτα", "Καλαμάτας")],
    "is": [("Blönduós", "Blönduósi", "Blönduósi"), ("Hvolsvöllur", "Hvolsvelli", "Hvolsvelli"), ("Sauðárkrókur", "Sauðárkróki", "Sauðárkróki")],
    "de": [("Marktheidenfeld", "Marktheidenfeld", "Marktheidenfeld"), ("Tauberbischofsheim", "Tauberbischofsheim", "Tauberbischofsheim"), ("Ochsenfurt", "Ochsenfurt", "Ochsenfurt")],
    "he": [("נהריה", "בנהריה", "מנהריה"), ("עפולה", "בעפולה", "מעפולה"), ("דימונה", "בדימונה", "מדימונה")],
    "ar": [("الرمثا", "بالرمثا", "الرمثا"), ("مادبا", "بمادبا", "مادبا"), ("السلط", "بالسلط", "السلط")],
    "eu": [("Bilbo", "Bilbon", "Bilbotik"), ("Zarautz", "Zarautzen", "Zarautzetik"), ("Lekeitio", "Lekeition", "Lekeitiotik")],
    "ga": [("Corcaigh", "gCorcaigh", "Chorcaigh"), ("Gaillimh", "nGaillimh", "Ghaillimh"), ("Béal Feirste", "mBéal Feirste", "Bhéal Feirste")],
}  # fmt: skip

# lang: street patterns ('#' digit, '%' digit 2-9)
STREETS: dict[str, list[str]] = {
    "pl": ["ul. Jaśminowa %#", "ul. Przepiórcza % m. %", "os. Wrzosowe %#/%"],
    "cs": ["Na Výsluní %###/%", "U Rybníčku %#", "Bezručova %##"],
    "sk": ["Pod Hájom %#", "Rybárska %#/A", "Záhradnícka %##"],
    "ru": ["ул. Тополиная, д. %, кв. %#", "пр. Строителей, д. %#, кв. %"],
    "uk": ["вул. Калинова, %#, кв. %", "вул. Садова, буд. %#"],
    "lt": ["Liepų g. %#-%", "Ąžuolyno g. %"],
    "lv": ["Ozolu iela %#-%", "Pļavu iela %"],
    "fi": ["Kuusikkotie % B %#", "Kirkkorinne %# as. %"],
    "et": ["Kase tn %#-%", "Vahtra põik %"],
    "hu": ["Szegfű utca %#. II/%.", "Dózsa-kert utca %#."],
    "tr": ["Lale Sokak No: %# D: %", "Menekşe Cad. No: %#/%"],
    "el": ["Λεωφ. Ειρήνης %#", "οδός Ορεστιάδος %"],
    "is": ["Lyngbrekka %#", "Birkihlíð %"],
    "de": ["Lindenallee %#", "Am Kelterplatz %a"],
    "he": ["רחוב הדקל %#", "שדרות הנרקיסים %"],
    "ar": ["شارع الياسمين %#", "حي النزهة، بناية %"],
    "eu": ["Errota kalea %#, %. ezk.", "Arrantzale kalea %"],
    "ga": ["%# Bóthar an Mhuilinn", "% Ascaill an Chuain"],
}  # fmt: skip

POSTCODES = {"pl": "%#-###", "cs": "%## ##", "sk": "%## ##", "ru": "6#####", "uk": "4####", "lt": "LT-%####", "lv": "LV-%###",
             "fi": "%####", "et": "%####", "hu": "%###", "tr": "57###", "el": "%## ##", "is": "%##", "de": "97###", "he": "%######",
             "ar": "%####", "eu": "48###", "ga": "T12 @%#@"}  # fmt: skip
PHONES = {"pl": ["+48 %## ### ###", "%##-###-###"], "cs": ["+420 %## ### ###", "%## ### ###"], "sk": ["+421 9## ### ###", "09## ### ###"],
          "ru": ["+7 (9##) ###-##-##", "8 9## ###-##-##"], "uk": ["+380 (6%) ###-##-##", "06% ### ## ##"], "lt": ["+370 6## #####", "8 6## #####"],
          "lv": ["+371 2#######", "2### ####"], "fi": ["040 ### ####", "+358 50 ### ####"], "et": ["+372 5### ####", "5## ####"],
          "hu": ["+36 30 ### ####", "06 20 ###-####"], "tr": ["0 (5%#) ### ## ##", "+90 5%# ### ####"], "el": ["69# ### ####", "+30 69# #######"],
          "is": ["+354 8%# ####", "6%#-####"], "de": ["0931 ######", "+49 15# ########"], "he": ["05%-###-####", "+972 5% ### ####"],
          "ar": ["+962 7% ### ####", "07% #######"], "eu": ["6## ### ###", "+34 6## ## ## ##"], "ga": ["08% ### ####", "+353 8% ### ####"]}  # fmt: skip
MAIL = {"pl": "skrzynka-domowa.pl", "cs": "posta-doma.cz", "sk": "schranka.sk", "ru": "pochta-dom.ru", "uk": "skrynka.ua", "lt": "pastas.lt",
        "lv": "pasts-majas.lv", "fi": "kotiposti.fi", "et": "kodupost.ee", "hu": "levelezo.hu", "tr": "postakutum.com.tr", "el": "taxydromeio.gr",
        "is": "postholf.is", "de": "heimpost.de", "he": "doar-bait.co.il", "ar": "bareed.jo", "eu": "postontzia.eus", "ga": "postbosca.ie"}  # fmt: skip
LATIN = {"he": ["aluma", "tsofit", "yocheved", "elyakim", "yehoyada", "shmaya", "sternfeld", "birnboim", "elmaliach"],
         "ar": ["rayhana", "tumadir", "najla", "mihyar", "suhaib", "ghassan", "kharabsheh", "adaileh", "tarawneh"],
         "ru": ["efrosinya", "domna", "fevroniya", "ferapont", "mefodiy", "panteleimon", "zyablikov", "kukushkin", "peresvetov"],
         "uk": ["horpyna", "yaryna", "motrona", "ostap", "myroslav", "severyn", "nechyporenko", "hordiienko", "kryvonis"],
         "el": ["aikaterini", "stamatia", "aspasia", "thrasyvoulos", "aristotelis", "evripidis", "koutsopetropoulos", "sfakianogiannis", "mavrogiannakos"]}  # fmt: skip

D = "0123456789"
# Hebrew and Arabic write "from/of", "to/for", "and", "and to" as a letter fused to the next word
PREFIXES = {"he": ("", "מ", "ל", "ו", "ול"), "ar": ("", "ب", "ل", "و", "ول")}


def _prefixed(lang: str, word: str) -> tuple[str, ...]:
    out = []
    for p in PREFIXES[lang]:
        if lang == "ar" and p.endswith("ل") and word.startswith("ال"):
            out.append(p + word[1:])  # ل + الـ -> لل
        else:
            out.append(p + word)
    return tuple(out)


def fill(rng: random.Random, pattern: str) -> str:
    """'#' a digit, '%' a digit 2-9, '@' an upper-case letter."""
    return "".join(
        rng.choice(D)
        if c == "#"
        else rng.choice("23456789")
        if c == "%"
        else rng.choice("ACDEFHKNPRTWXY")
        if c == "@"
        else c
        for c in pattern
    )


def ascii_fold(s: str) -> str:
    return "".join(c for c in unicodedata.normalize("NFKD", s.replace("ł", "l").replace("ð", "d").replace("þ", "th").replace("æ", "ae"))
                   if c.isascii() and c.isalpha()).lower()  # fmt: skip


@dataclass
class Person:
    lang: str
    female: bool
    given: tuple[str, ...]
    family: tuple[str, ...]
    patronymic: tuple[str, ...] | None
    latin: str  # how the e-mail writes the name

    def full(self, case: str) -> str:
        """The full name in `case` ('n', 'g', 'd', 'i', 'a') as the language writes it."""
        k = CASES.index(case)
        g, f = self.given[k], self.family[k]
        if self.lang == "hu":  # family first, the suffix on the given name
            return f"{self.family[0]} {g}"
        if self.lang in ("tr", "eu", "de", "fi", "et"):  # the suffix on the last word only
            return f"{self.given[0]} {f}"
        if self.lang in ("he", "ar"):  # a prefix on the first word only
            return f"{g} {self.family[0]}"
        if self.patronymic:
            return f"{g} {self.patronymic[k]} {f}"
        return f"{g} {f}"


def draw_person(rng: random.Random, used: set[str], lang: str, female: bool | None = None) -> Person:
    """A person of `lang` whose given and family names are not yet used in the document."""
    for attempt in range(200):
        fem = rng.random() < 0.5 if female is None else female
        given = rng.choice(GIVEN[lang][0 if fem else 1])
        fam_m, fam_f = rng.choice(FAMILIES[lang])
        family = fam_f if fem else fam_m
        if given[0] in used or (attempt < 60 and (family[0] in used or fam_m[0] in used)):
            continue  # a given name once per document; a family name shared only when the list runs out
        used.update({given[0], family[0], fam_m[0]})
        if lang in PREFIXES:
            given, family = _prefixed(lang, given[0]), _prefixed(lang, family[0])
        patr = None
        if lang in PATRONYMICS:
            pm, pf = rng.choice(PATRONYMICS[lang])
            patr = pf if fem else pm
        if lang in LATIN:
            i = [r[0] for r in GIVEN[lang][0 if fem else 1]].index(given[0]) + (0 if fem else 3)
            j = FAMILIES[lang].index((fam_m, fam_f)) + 6
            latin = f"{LATIN[lang][i]}.{LATIN[lang][j]}"
        else:
            latin = f"{ascii_fold(given[0])}.{ascii_fold(family[0].split()[-1])}"
        return Person(lang, fem, given, family, patr, latin)
    raise RuntimeError(f"no fresh {lang} name")
