# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-second probe: health text from Southeast Asia and the Pacific
written in the local languages (synthetic only; no real patient, mother, child, relative or health worker).
Name words are Vietnamese (with full diacritics; family, middle and given names), Indonesian (Batak given
names with their marga, Javanese and Balinese mononyms and birth-order names, Minahasan family names),
Malaysian Malay (given name with bin / binti and the father's name), Filipino (given, middle -- the mother's
maiden family name -- and family names, Tagalog, Ilocano, Kapampangan and Visayan), Thai (in Thai script),
Khmer (romanised, family name first), and New Zealand and Pacific-island names (Māori with macrons, Samoan,
Tongan with the fakauʻa, Fijian), combined at random: never a real person. They were checked against every
string of the people tables of probes 1-68 before any measurement (test_probe72: no shared name word); words of
one or two letters (Lê, Vũ, Hồ, Tạ) are no name words for that check, and many Vietnamese family names have
two letters.

Communes, wards, villages, kelurahan, barangays, tambons, phum, suburbs and streets are invented; provinces,
states, regions, islands and countries are real and are keep values when written alone. Hospitals, health
centres and pharmacies are invented or generic. Numbers are random; Thai national ids and NZ NHI numbers carry
valid check digits, MyKad numbers, NIKs and CCCD numbers carry the holder's birth date, sex and region (ids.py).
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe72 import ids
from tests.engine.probe72.ids import fill

__all__ = ["LOCS", "MIDDLE", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family -- for Malays the father's given name, for mononyms empty)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "vietnamese": (
        ["Nguyệt Ánh", "Lựu", "Thêu", "Khuê", "Xoan", "Dịu", "Gấm", "Mận", "Tươi", "Ngát", "Quyên", "Sương", "Lài", "Thơm", "Nhàn", "Yến", "Thắm",
         "Bưởi", "Cúc", "Thủy", "Quỳnh", "Chiêm"],
        ["Dũng", "Cường", "Thắng", "Hưng", "Phúc", "Sáng", "Toàn", "Hiếu", "Thuận", "Tín", "Quý", "Chiến", "Đạt", "Thịnh", "Vượng", "Tùng", "Bách",
         "Kiên", "Luyện", "Nhẫn", "Soạn", "Khiêm", "Lượng", "Nghị", "Trác", "Thụ"],
        ["Lê", "Vũ", "Võ", "Đỗ", "Hồ", "Ngô", "Lý", "Ông", "Lã", "Thái", "Tôn", "Mạc", "Bế", "Triệu", "Đàm", "Tạ", "Hứa", "Đinh", "Lục", "Tăng", "Nông",
         "Hầu", "Lưu", "Tô", "Ứng", "Khuất", "Cù", "Sầm", "Mẫn", "Thạch", "Trương", "Phí", "Khương", "Đoàn", "Thiều", "Nhâm", "Bạch", "Chử", "Ngụy",
         "Quản", "Cấn"]),
    "batak": (
        ["Tiurma", "Rosmaida", "Hotma", "Lasmaria", "Nurmala", "Dameria", "Tumiar", "Rugun"],
        ["Togar", "Parulian", "Sahat", "Lamhot", "Mangasa", "Dapot", "Binsar", "Marihot", "Tigor"],
        ["Nainggolan", "Hutapea", "Pardede", "Sitompul", "Manurung", "Panjaitan", "Lumbantobing", "Situmorang", "Tambunan", "Sinaga", "Napitupulu",
         "Hutagalung", "Simatupang", "Silalahi", "Sihombing", "Marpaung", "Tampubolon", "Pasaribu", "Rangkuti", "Daulay", "Tarigan", "Sembiring",
         "Sitepu", "Saragih", "Damanik"]),
    "javanese": (
        ["Suparmi", "Darsih", "Saminah", "Painem", "Sarmini", "Supinah", "Juwariyah", "Yusnita"],
        ["Sukiman", "Mujiono", "Suwarno", "Tarmuji", "Karsidi", "Legiman", "Sukijan", "Katiran", "Kartubi"],
        []),
    "balinese": (
        ["Ni Wayan Sukerti", "Ni Ketut Rusmiati", "Ni Komang Lestiani", "Ni Nyoman Sekarwati", "Ni Putu Ardani"],
        ["I Gede Suardana", "I Kadek Wirata", "I Ketut Sudarsana", "I Nyoman Arimbawa", "I Komang Juliartha"],
        []),
    "minahasa": (
        ["Jeane", "Meiske", "Olvie", "Deitje", "Hanny", "Rinny"],
        ["Ferdy", "Jefry", "Noldy"],
        ["Rorimpandey", "Sumampouw", "Wowiling", "Supit", "Lumingkewas", "Worang", "Ompi", "Karundeng", "Tampi", "Runtuwene", "Kawengian", "Mangindaan",
         "Tumbelaka", "Wenas", "Mandagi", "Rondonuwu", "Pangemanan", "Lumentut", "Kaunang", "Sondakh", "Lontoh"]),
    "malay": (
        ["Zaharah", "Halimah", "Hasnah", "Zubaidah", "Ramlah", "Sapiah", "Rokiah", "Bedah", "Esah", "Timah", "Leha", "Piah", "Senah"],
        ["Jamaludin", "Shamsuddin", "Azizan", "Zamri", "Yaakob", "Jusoh", "Awang", "Embong", "Mamat", "Deraman", "Senawi", "Wahab", "Sulong",
         "Dollah", "Seman", "Kassim", "Yunus", "Mat Isa"],
        ["Jamaludin", "Shamsuddin", "Azizan", "Zamri", "Yaakob", "Jusoh", "Awang", "Embong", "Mamat", "Deraman", "Senawi", "Wahab", "Sulong",
         "Dollah", "Seman", "Kassim", "Yunus", "Mat Isa", "Ngah"]),
    "filipino": (
        ["Anabelle", "Jhona", "Judielyn", "Lenlen", "Bebeth", "Neneng", "Charing", "Consolacion", "Visitacion", "Anunciacion", "Caridad", "Ditas",
         "Ising", "Awit", "Clarissa", "Arlyn", "Dolorosa", "Bernardita"],
        ["Dakila", "Makisig", "Lakan", "Jhunjhun", "Bhoy", "Totoy", "Reden", "Raffy", "Gaspar", "Celso", "Delfin", "Sixto", "Procopio", "Herminigildo",
         "Pablito", "Nestorio", "Leodegario"],
        ["Gatmaitan", "Ablaza", "Bumanglag", "Caguioa", "Galicinao", "Labuguen", "Cabatbat", "Dalangin", "Cacanindin", "Dacanay", "Ebarle", "Gabuyo",
         "Guiang", "Mabanag", "Madamba", "Tabaquero", "Ugalde", "Valdehueza", "Gacula", "Jumawan", "Lumanog", "Mondejar", "Paquibot", "Quimbo",
         "Rabago", "Sabellano", "Tumulak", "Villaflor", "Abarquez", "Bendijo", "Cuizon", "Dayondon", "Escario", "Maglasang", "Ompad", "Sumagang",
         "Villacorta", "Dumaguit", "Lagumbay", "Malinao", "Ocay", "Pilapil", "Resabal", "Tabañag", "Alvizo", "Batucan", "Dinoy", "Estrera",
         "Gubaton", "Inocian", "Lupot", "Pongase", "Remoreras", "Salimbangon", "Ybañez", "Zosa", "Mabalot", "Bulatao", "Cajucom", "Ducusin",
         "Galapon", "Taclibon"]),
    "thai": (
        ["สมใจ", "กนกวรรณ", "วันเพ็ญ", "บุญศรี", "จินตนา", "เยาวลักษณ์", "สุนันทา", "พิกุล", "อำไพ", "ทองม้วน", "ดวงใจ", "ศิริพร", "นงนุช", "รัชนี", "บุษบา",
         "สายสุนีย์", "ลำใย"],
        ["ประสิทธิ์", "สมบูรณ์", "บุญเลิศ", "สมหมาย", "วิชัย", "ชาญชัย", "ณรงค์", "สุรเชษฐ์", "คำปั่น", "อุดม", "สมคิด", "ไพโรจน์", "จำลอง", "ถวิล"],
        ["แสงทอง", "แก้วมณี", "ศรีสุข", "พรหมมา", "ทองคำ", "บุญประเสริฐ", "คำแหง", "ศรีวงศ์", "อินทรสุข", "ชัยมงคล", "พิมพ์ทอง", "นาคประดิษฐ์",
         "แก้วประเสริฐ", "บัวคำ", "ทองมา", "เพชรรัตน์", "ดวงแก้ว", "คำภา", "มณีวงศ์", "จันทร์หอม"]),
    "khmer": (
        ["Sreyleak", "Kunthea", "Chantrea", "Sreymao", "Vanny"],
        ["Sophal", "Ratha", "Sopheak", "Pheakdey", "Virak", "Bunthoeun"],
        ["Khieu", "Nuon", "Chhorn", "Srun", "Kem"]),
    "maori": (
        ["Wikitōria", "Pānia", "Ngāhuia", "Ātaahua", "Erana", "Hineārangi", "Māhina", "Ngaroimata", "Rēhia", "Mīria", "Rāwinia", "Kāterina", "Mereāna",
         "Hīria", "Ārohanui", "Pīata"],
        ["Mātiu", "Āperahama", "Tāmati", "Tāwhao", "Taiāwhio", "Wīremu", "Pāora", "Ānaru", "Hāmiora", "Pāti"],
        ["Tūhoe", "Hōhaia", "Mokaraka", "Te Moananui", "Kātene", "Takerei", "Tūpene", "Te Maro", "Nepia", "Te Rauawa", "Hāpuku", "Tāwhara", "Mānihera",
         "Pōkai", "Horowai", "Ruawhare", "Ōtene", "Te Haumoana", "Pākinga", "Rangiwhetū", "Tāpiri", "Te Amowhio", "Rūrehe", "Waipōuri"]),
    "samoan": (
        ["Faʻamoe", "Mele'ane", "Lemusu", "Moelagi", "Fealofani", "Faʻafetai"],
        ["Mareko", "Iakopo", "Sitivi", "Atonio", "Apelu", "Peleti", "Lokeni"],
        ["Leulua'iali'i", "Matautia", "Tafaoimalo", "Autagavaia", "Lauofo", "Tavana", "Vaitoa", "Leilua", "Pulefolau", "Tapuai", "Penitala", "Tupa'i"]),
    "tongan": (
        ["ʻAlisi", "Mele'ofa", "Toakase", "Pelenatita", "Kaveinga", "'Ofa"],
        ["Tēvita", "Uluaki", "Lupeni", "Sifa", "Fetu'u"],
        ["Vaka'uta", "Tu'ivai", "Lātūhoko", "Piukala", "Fonokalafi", "Fakaosi", "Tuku'aho", "Ulakai", "Halapua", "Pahulu", "Akauola", "Mafile'o",
         "Tu'ifua", "Ha'unga"]),
    "fijian": (
        ["Sainiana", "Litiana", "Taraivini", "Alanieta"],
        ["Iliesa", "Osea", "Nemani", "Timoci", "Maika"],
        ["Vosabalavu", "Naisara", "Tuinabua", "Senikau", "Nadakuca", "Koroivueta", "Baledrokadroka", "Naivaluwaqa", "Tuivanuavou", "Rokodi",
         "Qaranivalu", "Ravouvou", "Delaibatiki", "Tabuya", "Veikoso", "Lewaravu", "Saukuru", "Vatunitu", "Bulivou", "Ligairi", "Vosarogo",
         "Rokobuli"]),
}  # fmt: skip
# Vietnamese middle names (female, male); Filipino middle names are the mother's maiden family name
MIDDLE: dict[str, tuple[list[str], list[str]]] = {
    "vietnamese": (["Mỹ", "Cẩm", "Tuệ", "Thục"], ["Thế", "Nhật", "Khánh", "Bá"]),
}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    # region (keep) -> (code used by ids: CCCD province / NIK prefix / MyKad state / TH zip prefix ..., towns, districts)
    regions: dict[str, tuple[str, tuple[str, ...], tuple[str, ...]]]
    streets: tuple[str, ...]  # fill patterns of a street / house line
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: dict[str, tuple[str, ...]]  # culture -> the regions it lives in
    zips: dict[str, str]  # region -> fill pattern ("" = no postcode written)


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("VN", "Việt Nam", {
        "Nghệ An": ("040", ("Diễn Thượng Tây", "Nghĩa Lạc Đông", "Quỳnh Bảng Hạ"), ("Yên Lạc Châu", "Tân Kỳ Bắc")),
        "Thái Bình": ("034", ("Vũ Thắng Nam", "Đông Xuân Lạc"), ("Kiến Hưng Hạ", "Tiền Hải Đông")),
        "Cần Thơ": ("092", ("Thới Lai Tây", "Trường Xuân Thượng"), ("Cờ Đỏ Bắc", "Ô Môn Tây")),
        "Đắk Lắk": ("066", ("Ea Kuăng Hạ", "Krông Jing Tây"), ("Cư Mgar Đông", "Buôn Đôn Nam")),
    }, ("Xóm %, thôn Bàu Sen", "Số %## ngõ %# phố Hàng Cót Mới", "Tổ %#, khu phố %", "Thôn Trại Gạo %", "Số %#/%# hẻm %## đường Rạch Ngỗng", "Ấp Cây Gừa %",
        "Buôn Ea Tơr %"),
        ("09# ### ####", "03# #### ###", "+84 9# ### ####", "08#.###.####"),
        ("gmail.com", "yahoo.com.vn", "gmail.com", "outlook.com.vn"),
        {"vietnamese": ("Nghệ An", "Thái Bình", "Cần Thơ", "Đắk Lắk")},
        {"Nghệ An": "43####", "Thái Bình": "06####", "Cần Thơ": "94####", "Đắk Lắk": "63####"}),
    Loc("ID", "Indonesia", {
        "Sumatera Utara": ("120714", ("Sipinggan Julu", "Lumban Pea Timur"), ("Pangaribuan Dolok", "Bahal Gajah")),
        "Jawa Tengah": ("331205", ("Ngembel Lor", "Karangsawo Kidul"), ("Wonosari Kulon", "Gedangsari Wetan")),
        "Bali": ("510402", ("Banjar Pekandelan", "Desa Tegalsuci"), ("Sidemen Kaja", "Penebel Kelod")),
        "Sulawesi Utara": ("710605", ("Kinali Satu", "Touure Dua"), ("Kakas Barat Laut", "Remboken Atas")),
    }, ("Jl. Bunga Tanjung No. %#", "Jl. Sisingamangaraja Gg. Sipirok No. %", "Dusun Krajan RT 00%/RW 00%", "Jl. Raya Tegalsuci No. %##", "Lingkungan %, Jaga %",
        "Jl. Kebon Pete III No. %#A"),
        ("08##-####-####", "+62 8## #### ####", "08##########", "08## ### ####"),
        ("gmail.com", "yahoo.co.id", "gmail.com", "ymail.com"),
        {"batak": ("Sumatera Utara",), "javanese": ("Jawa Tengah",), "balinese": ("Bali",), "minahasa": ("Sulawesi Utara",)},
        {"Sumatera Utara": "22###", "Jawa Tengah": "57###", "Bali": "80###", "Sulawesi Utara": "95###"}),
    Loc("MY", "Malaysia", {
        "Kelantan": ("Kelantan", ("Kampung Padang Perupok", "Kampung Tok Sangkut"), ("Bachok Hilir", "Ketereh Baru")),
        "Terengganu": ("Terengganu", ("Kampung Alor Limbat", "Kampung Gong Pasir"), ("Marang Hulu", "Setiu Tengah")),
        "Perak": ("Perak", ("Kampung Changkat Lada", "Taman Seri Kelulut"), ("Parit Buntar Utara", "Lenggong Hilir")),
        "Selangor": ("Selangor", ("Taman Sri Kemboja", "Taman Desa Keranji"), ("Sungai Pelek Baru", "Sabak Bernam Darat")),
    }, ("Lot %##, Jalan Kuala Pa' Amat", "No. %#, Jalan Kemboja %/%", "No. %#, Lorong Haji Seman %", "PT %###, Kampung Gong Pasir", "Blok @-%-%#, Pangsapuri Kenari"),
        ("01#-### ####", "+601#-### ####", "011-#### ####", "01#-#######"),
        ("gmail.com", "yahoo.com", "gmail.com", "hotmail.my"),
        {"malay": ("Kelantan", "Terengganu", "Perak", "Selangor")},
        {"Kelantan": "16###", "Terengganu": "21###", "Perak": "34###", "Selangor": "45###"}),
    Loc("PH", "Pilipinas", {
        "Batangas": ("", ("Barangay Bulihan Silangan", "Barangay Talahib Pandayan"), ("Bayan ng Rosario Sur", "Taysan Norte")),
        "Ilocos Norte": ("", ("Barangay Nalasin Abajo", "Barangay Cabaroan Daya"), ("Bacarra Sur", "Pasuquin Daya")),
        "Cebu": ("", ("Barangay Tinaan Ilaya", "Barangay Buhisan Daku"), ("Minglanilla Norte", "Sibonga Daku")),
        "Pampanga": ("", ("Barangay Sapang Bato Lubao", "Barangay Dolores Kalumpit"), ("Macabebe Sur", "Minalin Arayat")),
    }, ("Purok %, Sitio Mangga", "Blk %# Lot %#, Phase %, Villa Caimito", "%## Sitio Kalubihan", "Purok Sampaguita %", "Zone %, Sitio Pag-asa"),
        ("09## ### ####", "+63 9## ### ####", "09#########", "09##-###-####"),
        ("gmail.com", "yahoo.com", "gmail.com", "ymail.com"),
        {"filipino": ("Batangas", "Ilocos Norte", "Cebu", "Pampanga")},
        {"Batangas": "42##", "Ilocos Norte": "29##", "Cebu": "60##", "Pampanga": "20##"}),
    Loc("TH", "ประเทศไทย", {
        "ขอนแก่น": ("40", ("ตำบลโนนข่าหวาน", "ตำบลหนองตาไก้"), ("อำเภอบ้านไผ่ใต้", "อำเภอโคกสีเหนือ")),
        "อุบลราชธานี": ("34", ("ตำบลดอนหมากแซว", "ตำบลนาคำใหญ่เหนือ"), ("อำเภอม่วงสามศรีใต้", "อำเภอเขื่องในตะวันออก")),
        "เชียงราย": ("57", ("ตำบลห้วยสักน้อย", "ตำบลป่าแงะเหนือ"), ("อำเภอแม่ลาวใต้", "อำเภอเวียงเชียงรุ้งเหนือ")),
        "นครศรีธรรมราช": ("80", ("ตำบลท่าดีใน", "ตำบลควนพังใต้"), ("อำเภอลานสกาเหนือ", "อำเภอร่อนพิบูลย์ตะวันตก")),
    }, ("%##/%# หมู่ %", "%## หมู่ % บ้านโนนสะอาดใต้", "%#/% ซอยวัดป่าแดง", "%## หมู่ %# บ้านหนองบัวแดง"),
        ("08#-###-####", "09#-###-####", "+66 8# ### ####", "06# ### ####"),
        ("gmail.com", "hotmail.com", "gmail.com", "yahoo.co.th"),
        {"thai": ("ขอนแก่น", "อุบลราชธานี", "เชียงราย", "นครศรีธรรมราช")},
        {"ขอนแก่น": "40###", "อุบลราชธานี": "34###", "เชียงราย": "57###", "นครศรีธรรมราช": "80###"}),
    Loc("KH", "Kampuchea", {
        "Kampong Cham": ("", ("Phum Trapeang Snao", "Phum Chrey Vien"), ("Srok Batheay Leu", "Srok Koh Sotin Kraom")),
        "Takeo": ("", ("Phum Ang Kdey", "Phum Prey Sloek"), ("Srok Bati Kandal", "Srok Tram Kak Leu")),
    }, ("Phteah lek %#, Phlauv %##", "Phteah %#@, Phlauv Lum %"),
        ("01# ### ###", "+855 1# ### ###", "09# ### ###", "07# ### ###"),
        ("gmail.com", "yahoo.com"),
        {"khmer": ("Kampong Cham", "Takeo")},
        {"Kampong Cham": "", "Takeo": ""}),
    Loc("NZ", "Aotearoa New Zealand", {
        "Tāmaki Makaurau": ("", ("Ōtāhuhu East", "Māngere Bridge South", "Papatoetoe Heights"), ("Manukau", "Ōtara Central")),
        "Te Whanganui-a-Tara": ("", ("Cannons Creek East", "Waitangirua Heights"), ("Takapūwāhia", "Titahi Downs")),
        "Tairāwhiti": ("", ("Kaiti Hill South", "Tikitiki Flat"), ("Tūranganui East", "Ruatōria")),
        "Te Tai Tokerau": ("", ("Kaeo Valley West", "Ōmanaia Flat"), ("Kaikohe", "Kawakawa")),
    }, ("%# Tāwhiri Crescent", "%## Pōhutukawa Road", "Flat %, %# Kererū Street", "%#@ Raumati Place", "%# Whārangi Lane", "%## Mānuka Drive"),
        ("02# ### ####", "021 ### ###", "+64 2# ### ####", "027 ### ####"),
        ("gmail.com", "xtra.co.nz", "hotmail.co.nz", "outlook.com"),
        {"maori": ("Tairāwhiti", "Te Tai Tokerau", "Tāmaki Makaurau"), "samoan": ("Tāmaki Makaurau", "Te Whanganui-a-Tara"),
         "tongan": ("Tāmaki Makaurau",), "fijian": ("Te Whanganui-a-Tara",)},
        {"Tāmaki Makaurau": "2###", "Te Whanganui-a-Tara": "50##", "Tairāwhiti": "40##", "Te Tai Tokerau": "04##"}),
    Loc("WS", "Sāmoa", {
        "Upolu": ("", ("Vaimoso Uta", "Lotofaga Sisifo", "Falefa Tai"), ("Vaimauga Sisifo", "Atua")),
        "Savaiʻi": ("", ("Salelologa Uta", "Sapapaliʻi Tai"), ("Faʻasaleleaga", "Palauli")),
    }, ("Fale %, Alatele i Uta", "Fale %# i tafatafa o le falesa"),
        ("+685 7# #####", "77#####", "72-#####"),
        ("gmail.com", "yahoo.com", "samoa.ws"),
        {"samoan": ("Upolu", "Savaiʻi")},
        {"Upolu": "", "Savaiʻi": ""}),
    Loc("TO", "Tonga", {
        "Tongatapu": ("", ("Haʻateiho Loto", "Fatumu Lalo", "Kolomotuʻa Hahake"), ("Hahake", "Hihifo")),
        "Vavaʻu": ("", ("Leimatuʻa Uta", "Taoa Lalo"), ("Neiafu", "Pangaimotu")),
    }, ("ʻApi %#, Hala Tuʻi", "ʻApi %# ofi ki he Siasi"),
        ("+676 7## ####", "8## ####", "7## ####"),
        ("gmail.com", "yahoo.com", "kalianet.to"),
        {"tongan": ("Tongatapu", "Vavaʻu")},
        {"Tongatapu": "", "Vavaʻu": ""}),
    Loc("FJ", "Viti", {
        "Central": ("", ("Koro ko Nakorovou", "Nabua Settlement East", "Koro ko Waidradra"), ("Nausori", "Navua")),
        "Western": ("", ("Koro ko Saunaka Loma", "Namotomoto Settlement"), ("Ba", "Sigatoka")),
    }, ("Lot %#, Ratu Dovi Road", "Vale %#, Sala ni Koro", "Lot %##, Drasa Avenue"),
        ("+679 9## ####", "9## ####", "7## ####", "8## ####"),
        ("gmail.com", "yahoo.com", "connect.com.fj"),
        {"fijian": ("Central", "Western")},
        {"Central": "", "Western": ""}),
]}  # fmt: skip
CULTURE_LANG = {"vietnamese": "vi", "batak": "id", "javanese": "id", "balinese": "id", "minahasa": "id", "malay": "ms", "filipino": "tl",
                "thai": "th", "khmer": "km", "maori": "mi", "samoan": "sm", "tongan": "to", "fijian": "fj"}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str  # what the person is called (Vietnamese: the last word; Balinese: the whole name)
    middle: str
    family: str  # Malays: the father's name; mononyms: ""
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str  # street / house line
    town: str  # commune, ward, village, kelurahan, barangay, tambon, phum, suburb
    district: str  # huyện, kecamatan, municipality, amphoe, srok, city
    postcode: str

    @property
    def full(self) -> str:
        """The name in its tradition's order and form."""
        c = self.culture
        if c == "vietnamese":
            return " ".join(x for x in (self.family, self.middle, self.given) if x)
        if c == "malay":
            return f"{self.given} {'binti' if self.female else 'bin'} {self.family}"
        if c == "filipino":
            return f"{self.given} {self.middle} {self.family}"
        if c == "khmer":
            return f"{self.family} {self.given}"
        return f"{self.given} {self.family}".strip()

    @property
    def short(self) -> str:
        """The family name as a form writes it in its own field (Malays and mononyms: the given name)."""
        return self.family if self.family and self.culture != "malay" else self.given

    @property
    def code(self) -> str:
        return self.loc.regions[self.region][0]


def _words(name: str) -> set[str]:
    return {w for w in name.replace("-", " ").split() if len(w) >= 3}


def _pick(rng: random.Random, pool: list[str], used: set[str], neighbours: list[str]) -> str:
    """A name sharing no word with `used`; a small table borrows its neighbours' names, then repeats."""
    return rng.choice([g for g in pool if not (_words(g) & used)] or [g for g in neighbours if not (_words(g) & used)] or pool)


def _plain(s: str) -> str:
    return ids.ascii_fold(s).lower().replace(" ", "").replace("-", "").replace("'", "").replace("ʻ", "")


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, home: Person | None = None, region: str | None = None) -> Person:  # fmt: skip
    """A person of `loc` (of `culture`, or one living in `region`); `home` shares a household's address;
    no name word is shared with anyone already drawn for the document (`used`)."""
    if culture is None and region is not None:
        culture = rng.choice([c for c, regs in loc.cultures.items() if region in regs] or list(loc.cultures))
    culture = culture or rng.choice(list(loc.cultures))
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[culture]
    given = _pick(rng, fs if female else ms, used, [g for c in loc.cultures for g in NAMES[c][0 if female else 1]])
    used |= _words(given)
    middle = ""
    if culture == "vietnamese":
        middle = rng.choice([m for m in MIDDLE[culture][0 if female else 1] if not (_words(m) & used)] or [""])
    elif culture == "filipino":
        middle = _pick(rng, fams, used, [])
    used |= _words(middle)
    if culture == "malay":
        family = _pick(rng, fams, used, [])  # the father's name
    elif family is None:
        family = _pick(rng, fams, used, [f for c in loc.cultures for f in NAMES[c][2]]) if fams else ""
    used |= _words(family)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g, f = _plain(given.split()[-1]), _plain(family or given.split()[0])
    if culture == "thai":  # Thai people write romanised handles, never Thai script
        g, f = rng.choice(["ploy", "nong", "bee", "toon", "ball", "mint", "boy", "fah"]), rng.choice(["sabai", "happy", "ubon", "kk", "cr"])
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}{g}{rng.randint(1, 99)}", f"{g}_{f}",
                        f"{g}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        region, line, town, district, pc = home.region, home.line, home.town, home.district, home.postcode
    else:
        region = region if region in loc.cultures.get(culture, ()) else rng.choice(loc.cultures[culture])
        _, towns, districts = loc.regions[region]
        town = rng.choice([t for t in towns if t not in used] or list(towns))
        district = rng.choice(districts)
        used.add(town)
        line = fill(rng, rng.choice(loc.streets))
        pc = fill(rng, loc.zips[region]) if loc.zips[region] else ""
    return Person(given, middle, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)),
                  fill(rng, rng.choice(loc.phones)), email, line, town, district, pc)  # fmt: skip
