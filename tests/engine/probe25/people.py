"""Probe 25's own invented people and places (synthetic: no real patient). Name words are chosen so that
none is a word of probes 1-23's name lists, towns or streets, or of this probe's keep values."""

from __future__ import annotations

# given names (female, male) and family names, by a loose origin; all combinations are invented people
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "basque-iberian": (
        ["Ekhiñe", "Nahia", "Ulazia", "Ainhize", "Maddalen"],
        ["Xabiertxo", "Iñaxio", "Aitzol", "Andoitz", "Josu"],
        ["Etxeberrigarai", "Lizarralde-Olano", "Azkarategi", "Zumalabe", "Uriarte Lasa"],
    ),
    "georgian-armenian": (
        ["Tamriko", "Tsiala", "Lusine", "Siranuysh", "Nazibrola"],
        ["Levani", "Tornike", "Vahagn", "Gurgen", "Zviad"],
        ["Kvirikashvili", "Chkhartishvili-Lomadze", "Vardazaryan", "Hovakimyan", "Gvaramia"],
    ),
    "west-african": (
        ["Ibidunni", "Oyindamola", "Elikplim", "Nanayaa", "Kafayat"],
        ["Oyelakin", "Kwabla", "Adewunmi-Ige", "Selikem", "Babatope"],
        ["Olowookere-Bankole", "Agyepong", "Osagiede", "Dzikunu", "Ogunlesi"],
    ),
    "nordic-baltic": (
        ["Ragnhildur", "Sigrún", "Austra", "Ilvija", "Hjördis"],
        ["Þorvaldur", "Hrafnkell", "Kristaps", "Ingmārs", "Gunnleifur"],
        ["Hjaltested", "Zālīte", "Ķemere-Ozola", "Þórhallsdóttir", "Skarphéðinsson"],
    ),
    "pacific-malagasy": (
        ["Vaimiti", "Hinemoana", "Rasoanirina", "Haingonirina", "Moefaauo"],
        ["Tautoloitua", "Andrianaivo", "Heremoana", "Herizo", "Faamausili"],
        ["Rakotondrabe", "Lemalu", "Andriamanantena", "Ulufale-Taetuna", "Ratsimbazafy"],
    ),
    "caribbean-andean": (
        ["Yanelis", "Quilla", "Marisleysis", "Sumaq", "Yarisbel"],
        ["Yosvany", "Kusiyupa", "Yoandry", "Tupaqhuaman", "Osmany"],
        ["Huamaní Sulcarayme", "Quenallata-Apaza", "Illanes Tintaya", "Ccahuana", "Llerandi"],
    ),
}

# (town, state, ZIP prefix) -- invented or small US places
US_TOWNS: list[tuple[str, str, str]] = [
    ("Wexcombe Falls", "VT", "056"),
    ("Pellston Ridge", "MI", "497"),
    ("Quarry Hollow", "PA", "168"),
    ("Ostrander Mills", "OH", "430"),
    ("Chatfield Landing", "MN", "559"),
    ("Bexley Crossing", "GA", "316"),
    ("Marrowstone", "WA", "983"),
    ("Tullahassee Bend", "OK", "744"),
    ("Kettle Prairie", "NE", "688"),
    ("Sumner Cove", "ME", "046"),
    ("Alderwick", "OR", "973"),
    ("Fennimore Heights", "WI", "538"),
]
STREETS: list[str] = [
    "Wrenfield Terrace",
    "Old Tannery Road",
    "Cobblecreek Lane",
    "Larkspur Bluff Drive",
    "Ninebark Court",
    "Saltmeadow Way",
    "Hemlock Switchback",
    "Quillan Avenue",
    "Burnt Mill Pike",
    "Ptarmigan Circle",
    "Oxbow Spur",
    "Sandpiper Trace",
]
DISTRICTS: list[str] = [
    "Lower Wexcombe Township",
    "North Quarry District",
    "Eastshore Precinct",
    "Tannery Ward",
]
EMAIL_DOMAINS: list[str] = ["maildrop-25.example", "posteo-sample.example", "inboxfarm.example"]
