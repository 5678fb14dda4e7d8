# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the forty-fourth probe: English health text from India,
Pakistan, Bangladesh, Sri Lanka, Nepal, the Philippines, Malaysia and Singapore (synthetic only; no real patient
or staff member). Name words are North Indian (Hindi belt, Haryana, Rajasthan), Tamil (written with the
father's initial: "K. Vasanthi"), Telugu and Kannada, Pakistani, Bangladeshi, Sinhala, Nepali, Filipino (a
middle name, Jr. / III), Malay (bin / binti and the father's given name) and Chinese Singaporean (family name
first, or last), combined at random: never a real person. They were checked against every string of the
people tables of probes 1-42 before any measurement (test_probe44: no shared name word).

Towns, districts, tehsils, upazilas, barangays, localities, streets, estates and landmarks are invented;
states, provinces, divisions and regions (first-level) are real and are keep values when written alone.
Hospitals, diagnostic chains, TPAs and insurers are invented. Numbers are random; Aadhaar numbers carry a valid
Verhoeff digit, NRIC/FIN numbers a valid check letter, MyKad and Sri Lankan NIC numbers encode the birth date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe44 import ids
from tests.engine.probe44.ids import fill

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family); Tamil and Malay families are empty: the father's given name
# stands in for it (the initial of a Tamil name, the name after bin / binti)
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "north_indian": (['Kamlesh', 'Shakuntala', 'Parmeshwari', 'Omvati', 'Indravati', 'Rajbala', 'Kusumlata', 'Vidyawati', 'Premlata', 'Urmila', 'Kesarbai', 'Chandrakala', 'Gyanwati', 'Rambha', 'Triveni', 'Shyamkali', 'Sarbati', 'Ramrati', 'Dhanwanti', 'Chameli'],
        ['Hukam', 'Ramphal', 'Jagdish', 'Balwant', 'Tejpal', 'Chhotelal', 'Munnalal', 'Bhagirath', 'Ramkishan', 'Dharamvir', 'Lakhan', 'Shivcharan', 'Ompal', 'Ghanshyam', 'Brijmohan', 'Kishanlal', 'Ramniwas', 'Kunwarpal', 'Jaiveer', 'Bhanwar', 'Gopiram', 'Ramsaran', 'Hetram', 'Chetram', 'Mangturam', 'Kalicharan', 'Daulatram'],
        ['Rathore', 'Shekhawat', 'Tanwar', 'Bhardwaj', 'Dhankhar', 'Sangwan', 'Hooda', 'Ahlawat', 'Dahiya', 'Beniwal', 'Godara', 'Poonia', 'Bishnoi', 'Saharan', 'Kataria', 'Deswal', 'Kadian', 'Sheoran', 'Phogat', 'Jakhar', 'Lather', 'Kundu', 'Boora', 'Malhan', 'Sehrawat']),
    "tamil": (['Vasanthi', 'Ponnammal', 'Chellammal', 'Alamelu', 'Annapoorani', 'Sivagami', 'Jothimani', 'Selvarani', 'Muthulakshmi', 'Pechiammal', 'Thamaraiselvi', 'Pappathi', 'Kaliammal', 'Mookammal', 'Vadivukarasi', 'Nagammal', 'Ranjitham', 'Pavunammal', 'Chellakili'],
        ['Murugesan', 'Chinnasamy', 'Periyasamy', 'Sengottuvel', 'Thangaraj', 'Manickam', 'Mariappan', 'Subbiah', 'Ayyakannu', 'Ponnusamy', 'Vellaiyan', 'Sengodan', 'Kaliappan', 'Marimuthu', 'Kumaravel', 'Sevugan', 'Alagarsamy', 'Muniyandi', 'Irulappan', 'Chinnadurai', 'Pazhanivel'],
        []),
    "telugu_kannada": (['Venkatalakshmi', 'Nagamani', 'Satyavathi', 'Suguna', 'Rajeswari', 'Anasuya', 'Sarojini', 'Yashoda', 'Subbalakshmi', 'Kanthamma', 'Venkamma', 'Seshamma', 'Suvarchala', 'Hymavathi', 'Nookalamma', 'Pydamma'],
        ['Suryanarayana', 'Nageswara', 'Satyanarayana', 'Ramalingaiah', 'Chinnappa', 'Basavaraj', 'Mallikarjun', 'Siddalingappa', 'Honnappa', 'Thimmappa', 'Apparao', 'Seshagiri', 'Ramanjaneyulu', 'Chinnababu', 'Sambasiva', 'Veerabhadra', 'Gangadhara', 'Nookaraju', 'Bangaraiah'],
        ['Kotagiri', 'Yerramsetti', 'Bommareddy', 'Kondapalli', 'Gudivada', 'Peddireddy', 'Shetty', 'Patil', 'Joglekar', 'Sawant', 'Addepalli', 'Kanumuri', 'Pinnamaneni', 'Gorantla', 'Valluri', 'Tadikonda', 'Kakarla', 'Dasari', 'Nallamothu', 'Bodapati']),
    "pakistani": (['Nafeesa', 'Shagufta', 'Tahira', 'Nasreen', 'Shamim', 'Parveen', 'Razia', 'Kaneez', 'Zubaida', 'Sughra', 'Bilqees', 'Kishwar', 'Naseem', 'Shamshad', 'Naheed', 'Ishrat', 'Rifat', 'Surayya', 'Akhtari', 'Zakia', 'Fehmida', 'Ghazala', 'Shahida', 'Musarrat', 'Tasneem'],
        ['Ghulam', 'Mushtaq', 'Ashfaq', 'Iftikhar', 'Manzoor', 'Shafqat', 'Nadeem', 'Tanveer', 'Waqar', 'Arshad', 'Khurshid', 'Sajjad', 'Mumtaz', 'Liaqat', 'Arbab', 'Fazal', 'Sarfraz', 'Habib', 'Rizwan', 'Javaid', 'Qamar', 'Nawaz', 'Ejaz', 'Shahzad', 'Asghar', 'Akram', 'Mudassar', 'Naveed'],
        ['Khokhar', 'Abbasi', 'Durrani', 'Afridi', 'Yousafzai', 'Mengal', 'Rind', 'Jatoi', 'Leghari', 'Mazari', 'Gilani', 'Chandio', 'Sipra', 'Ghuman', 'Dogar', 'Sial', 'Lodhi', 'Joiya', 'Khichi', 'Hiraj', 'Wattoo', 'Langah', 'Kalyar', 'Bhutto', 'Soomro', 'Talpur', 'Unar', 'Magsi']),
    "bangladeshi": (['Morzina', 'Hasina', 'Rokeya', 'Jesmin', 'Shahnaz', 'Rehana', 'Taslima', 'Nurjahan', 'Mahmuda', 'Sufia', 'Rownak', 'Shefali', 'Moushumi', 'Kohinoor', 'Anwara', 'Sultana', 'Ferdousi', 'Shamima', 'Kulsum', 'Ambia', 'Monowara', 'Hosneara', 'Marjina'],
        ['Mofizul', 'Abul', 'Shahidul', 'Aminul', 'Mizanur', 'Habibur', 'Anisur', 'Jahangir', 'Moinul', 'Mokbul', 'Alauddin', 'Giasuddin', 'Kamruzzaman', 'Moksedul', 'Nazrul', 'Tofazzal', 'Mofazzal', 'Sirajul', 'Badiuzzaman', 'Asaduzzaman', 'Golam', 'Shamsuddoha'],
        ['Sarkar', 'Howlader', 'Mollah', 'Sikder', 'Munshi', 'Mridha', 'Khandaker', 'Pramanik', 'Akand', 'Dewan', 'Matubbar', 'Paik', 'Bepari', 'Fakir', 'Biswas', 'Kabiraj', 'Mondol', 'Dhali', 'Molla', 'Pathan', 'Sheikh', 'Akon']),
    "sinhala": (['Chandani', 'Nilmini', 'Dilrukshi', 'Kumudini', 'Sandamali', 'Thilini', 'Anoma', 'Iresha', 'Niroshini', 'Chathurika', 'Kusumalatha', 'Sriyani', 'Chandrika', 'Ramani', 'Nayana', 'Ruvini', 'Hasanthi', 'Sewwandi', 'Dulani', 'Manel', 'Indrani'],
        ['Upali', 'Tissa', 'Nandasena', 'Wijesiri', 'Gunapala', 'Sirisena', 'Piyadasa', 'Karunadasa', 'Somapala', 'Jayantha', 'Gamini', 'Sunil', 'Jinadasa', 'Premadasa', 'Sumanapala', 'Dharmasena', 'Wimalasiri', 'Amaradasa', 'Hemapala', 'Siripala', 'Ariyadasa'],
        ['Wickramasinghe', 'Senanayake', 'Weerasekara', 'Dissanayake', 'Rathnayake', 'Gunawardena', 'Jayasuriya', 'Abeysekera', 'Kumarasinghe', 'Herath', 'Bandara', 'Ekanayake', 'Wijeratne', 'Amarasinghe', 'Samaraweera', 'Wanigasekara', 'Kodithuwakku', 'Liyanage', 'Wijesundara', 'Pathirana', 'Hettiarachchi', 'Weerakkody', 'Rajapaksha', 'Kulatunga', 'Ranasinghe', 'Munasinghe', 'Gamage', 'Perera', 'Fonseka', 'Karunaratne']),
    "nepali": (['Sunmaya', 'Bishnu', 'Laxmi', 'Durga', 'Ganga', 'Pabitra', 'Sarita', 'Bimala', 'Kamala', 'Chandrakumari', 'Dilmaya', 'Phulmaya', 'Radhika', 'Januka', 'Manju', 'Binita', 'Goma', 'Tulasa', 'Juna', 'Ambika'],
        ['Bishwa', 'Hari', 'Dambar', 'Khadga', 'Bhim', 'Krishna', 'Narayan', 'Dhan', 'Purna', 'Khem', 'Tul', 'Bahadur', 'Prasad', 'Rudra', 'Keshav', 'Padam', 'Ghanendra', 'Shyam', 'Chitra', 'Dev', 'Prem'],
        ['Magar', 'Limbu', 'Sherpa', 'Thapa', 'Shrestha', 'Maharjan', 'Khadka', 'Adhikari', 'Pokharel', 'Bhattarai', 'Dahal', 'Ghimire', 'Koirala', 'Karki', 'Basnet', 'Khatri', 'Pun', 'Gharti', 'Thakuri', 'Bohara', 'Bista', 'Rawal', 'Dhami', 'Pant', 'Bhatta', 'Subedi', 'Paudel', 'Lamichhane', 'Gautam', 'Sapkota', 'Rijal', 'Baral', 'Acharya', 'Dhakal', 'Neupane', 'Oli', 'Regmi', 'Tharu']),
    "filipino": (['Teresita', 'Florencia', 'Corazon', 'Estrellita', 'Gloria', 'Felicidad', 'Milagrosa', 'Natividad', 'Purificacion', 'Rosalia', 'Virginia', 'Clarita', 'Flordeliza', 'Jovita', 'Nympha', 'Salvacion'],
        ['Ernesto', 'Rogelio', 'Rolando', 'Eduardo', 'Jonathan', 'Dante', 'Edgardo', 'Jaime', 'Ruben', 'Alfredo', 'Cresencio', 'Diosdado', 'Emilio', 'Federico', 'Gerardo', 'Pacifico', 'Restituto', 'Timoteo', 'Zosimo'],
        ['Ramos', 'Santiago', 'Cabangbang', 'Pamintuan', 'Lapuz', 'Sangalang', 'Bernabe', 'Catacutan', 'Manaloto', 'Dimagiba', 'Cayabyab', 'Esguerra', 'Macalintal', 'Pabalan', 'Sumalpong', 'Umali', 'Vergara', 'Yabut', 'Abrenica', 'Cunanan', 'Gozum', 'Hipolito', 'Jimenez', 'Mallari', 'Nicdao', 'Ordonez', 'Pineda', 'Roxas', 'Tayag']),
    "malay": (['Norazlina', 'Hasmah', 'Zaleha', 'Rohani', 'Salmah', 'Fauziah', 'Rosnah', 'Azizah', 'Kamariah', 'Faridah', 'Norhayati', 'Rahimah', 'Sharifah', 'Rosmawati', 'Zuraida', 'Hamidah', 'Jamilah', 'Kalsom', 'Maznah', 'Normah'],
        ['Rosli', 'Zainal', 'Shamsul', 'Jamaluddin', 'Baharuddin', 'Abdul', 'Kamal', 'Mazlan', 'Rashid', 'Saiful', 'Nordin', 'Othman'],
        []),
    "chinese_sg": (['Swee Choo', 'Ah Lian', 'Bee Hwa', 'Geok Eng', 'Siok Kheng', 'Geok Choo', 'Swee Lian'],
        ['Teck Huat', 'Hock Seng', 'Boon Huat', 'Siew Chye', 'Kah Leong', 'Eng Soon', 'Kian Tiong', 'Poh Keng', 'Boon Keng', 'Teck Seng', 'Ah Huat', 'Chin Hock', 'Soon Huat'],
        ['Chng', 'Sng', 'Phua', 'Lye', 'Tay', 'Kwek', 'Peh', 'Gan', 'Neo', 'Yio', 'Png', 'Ow', 'Soh', 'Quah', 'Lek', 'Tng', 'Goh', 'Ong', 'Teo', 'Koh', 'Chua', 'Quek', 'Sim', 'Yeo', 'Seah', 'Toh', 'Yap', 'Foo']),
}  # fmt: skip
PATRONYMIC = {"tamil", "malay"}


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # first-level region (keep) -> (districts, towns)
    localities: tuple[str, ...]  # colonies, mohallas, villages, barangays, tamans, estates (ADDRESS)
    streets: tuple[str, ...]
    landmarks: tuple[str, ...]
    postcode: str  # fill pattern ("" none)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("IN", "India", {
        "Maharashtra": (("Khadakpur", "Sonarwadi"), ("Pimpalgaon Kasar", "Dhamangaon Peth", "Wadala Budruk")),
        "Telangana": (("Chinnakodur", "Yellareddipet"), ("Kothapally Mandal", "Ramagiri Khilla", "Peddapur")),
        "Haryana": (("Kalanaur Kalan", "Baroda Mor"), ("Sisana Tehsil", "Kharkhoda Khurd", "Rithal Phogat")),
        "Karnataka": (("Honnalli", "Bettadapura"), ("Kudligere Taluk", "Sasalu", "Mallenahalli")),
        "Tamil Nadu": (("Perundurai Vadakku", "Kallakurichi Melur"), ("Sankagiri Taluk", "Thiruppur Kovil", "Anaipatti")),
    }, ("Gulmohar Colony", "Vidyaranya Nagar", "Kaveri Layout", "Sector 17-B", "Shanti Vihar Phase II", "Tilak Nagar Block C",
        "Sainikpuri Extension", "Nehru Colony", "Indiranagar 2nd Stage", "Sripuram Layout"),
        ("Station Road", "Mill Road", "6th Cross", "Temple Street", "Main Bazaar Road"),
        ("Khandoba Mandir", "Zilla Parishad School", "Old Bus Stand", "Hanuman Temple", "Gram Panchayat Office", "Water Tank"),
        "", ("+91 ^#### #####", "^#########", "0%#-2#######", "+91-^#########"),
        ("gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com"), ("north_indian", "tamil", "telugu_kannada")),
    Loc("PK", "Pakistan", {
        "Punjab": (("Pindi Bhattian Road", "Jalalpur Sobtian"), ("Tehsil Kotli Loharan", "Chak 214-GB", "Qila Didar Singh")),
        "Sindh": (("Tando Bagho", "Kandiaro Taluka"), ("Taluka Mehrabpur", "Goth Allah Bux", "Darya Khan Mari")),
        "Khyber Pakhtunkhwa": (("Takht Bhai Tehsil", "Lahor Swabi"), ("Shewa Adda", "Kalu Khan", "Yar Hussain")),
    }, ("Mohalla Qasimabad", "Mohalla Rehmatpura", "Ghausia Colony", "Model Town Block K", "Gulshan-e-Hadeed Phase 2"),
        ("Gali No. %, Mohalla Road", "Gali Noorwali", "Canal Road", "Kutchery Road"),
        ("Jamia Masjid Bilal", "Govt. Girls High School", "Lari Adda", "BHU Gate"),
        "%####", ("03%#-#######", "+92 3%# #######", "03%# #######"), ("gmail.com", "yahoo.com", "hotmail.com"), ("pakistani",)),
    Loc("BD", "Bangladesh", {
        "Dhaka Division": (("Nawabganj Char", "Dohar Paschim"), ("Bandura Hat", "Kailail Union", "Shikaripara")),
        "Rajshahi Division": (("Tanore Uttar", "Bagmara Bazar"), ("Mundumala", "Kamargaon", "Bhabaniganj Ghat")),
        "Khulna Division": (("Dacope Sadar", "Koyra Dakshin"), ("Bajua Bazar", "Chalna Hat", "Maheshwaripur")),
    }, ("Vill: Charkhali", "Vill: Uttar Baluchar", "Vill: Paschim Shialdanga", "Vill: Dakshin Bhatpara", "Vill: Madhya Kandirpar"),
        ("Holding No. %#", "Ward No. %"), ("Baitul Aman Jame Masjid", "Primary School Math", "Union Parishad Complex"),
        "%###", ("01%##-######", "+880 1%## ######", "01%########"), ("gmail.com", "yahoo.com"), ("bangladeshi",)),
    Loc("LK", "Sri Lanka", {
        "Western Province": (("Horana Udugama", "Kesbewa Pahala"), ("Millewa Watta", "Pokunuwita", "Bandaragama Koratota")),
        "Central Province": (("Hanguranketha Uda", "Galagedara Pahala"), ("Ududumbara Watta", "Medamahanuwara", "Talatuoya Junction")),
        "Southern Province": (("Akuressa Deniyaya", "Baddegama Pitigala"), ("Hiniduma Watta", "Nagoda Kanda", "Yakkalamulla")),
    }, ("Sri Sumana Mawatha", "Pansala Para", "Kumbukgaha Junction", "Ihala Walawwa Watta"),
        ("Temple Road", "School Lane", "1st Lane", "Station Road"), ("Bodhiraja Viharaya", "Maha Vidyalaya", "Bus Halt"),
        "%####", ("07%#######", "+94 7% ### ####", "07% ### ####"), ("gmail.com", "yahoo.com", "sltnet.lk"), ("sinhala",)),
    Loc("NP", "Nepal", {
        "Bagmati Province": (("Dhunibesi Gaun", "Chitlang Khola"), ("Tistung Municipality", "Markhu Bazaar", "Thaha Nagarpalika")),
        "Koshi Province": (("Phidim Pachthar", "Myanglung Tehrathum"), ("Ranke Bazaar", "Hilihang Gaunpalika", "Sabla Bazar")),
        "Lumbini Province": (("Sandhikharka Arghakhanchi", "Tamghas Gulmi"), ("Musikot Khalanga", "Ridi Bazar", "Bhumikasthan")),
    }, ("Thulo Gaun Tole", "Devisthan Tole", "Pipalbot Tole", "Naya Basti"),
        ("Ward No. %", "Ward No. %#"), ("Shree Janajyoti Secondary School", "Bhagawati Mandir", "Health Post"),
        "%####", ("98%#######", "+977 98%-#######", "97%#-######"), ("gmail.com", "yahoo.com"), ("nepali",)),
    Loc("PH", "Philippines", {
        "Region III": (("Pampanga Norte", "Bulacan Silangan"), ("San Isidro Labac", "Sta. Lucia Matanda", "Pulong Bayabas")),
        "CALABARZON": (("Batangas Kanluran", "Laguna Timog"), ("Malabanban Norte", "Tagbakin", "San Gregorio Ilaya")),
        "Western Visayas": (("Iloilo Sur Interior", "Capiz Baybay"), ("Sibunag Proper", "Tabucan Daku", "Dumolog Gamay")),
    }, ("Brgy. Malinta Silangan", "Brgy. Bagong Pagasa Ilaya", "Brgy. Dulong Bayan II", "Brgy. Sampaloc Apo", "Brgy. Tuktukan Norte"),
        ("Purok %", "Sitio Kamantigue", "Sitio Lubigan", "Purok %-A"), ("Iglesia Chapel", "Barangay Hall", "Elementary School"),
        "%###", ("09%# ### ####", "+63 9%# ### ####", "09%#-###-####"), ("gmail.com", "yahoo.com.ph", "yahoo.com"), ("filipino",)),
    Loc("MY", "Malaysia", {
        "Selangor": (("Hulu Langat Selatan", "Kuala Selangor Baru"), ("Bandar Seri Lendu", "Kampung Sungai Rambai", "Batu Tiga Belas")),
        "Johor": (("Kluang Utara", "Segamat Hulu"), ("Bandar Paloh Jaya", "Kampung Parit Sulong Baru", "Simpang Renggam Timur")),
        "Penang": (("Seberang Perai Tengah", "Balik Pulau Barat"), ("Permatang Tinggi", "Kampung Pulau Betong", "Sungai Bakap Lama")),
    }, ("Taman Sri Cempaka Indah", "Taman Desa Kenanga", "Taman Bukit Merbau", "Kampung Parit Haji Osman", "Taman Seri Melor"),
        ("Jalan Melur %/%", "Jalan Kenari %", "Lorong Cempedak %", "Jalan SK %/%#"), ("Masjid Al-Hidayah", "SK Seri Bakawali", "Pasar Tani"),
        "%####", ("01%-### ####", "+60 1%-### ####", "01%-#######"), ("gmail.com", "yahoo.com", "hotmail.my"), ("malay", "chinese_sg", "tamil")),
    Loc("SG", "Singapore", {
        "Singapore": (("Kembangan Baru",), ("Seletar Lama Estate", "Teck Whye Heights", "Bukit Gombak Vale")),
    }, ("Kembangan Baru", "Seletar Lama Estate", "Teck Whye Heights", "Bukit Gombak Vale"),
        ("Cempaka Ave %", "Sembawang Lama St %#", "Tampines Orchid Dr %", "Hougang Lalang Ave %"), ("CC", "MRT"),
        "5%####", ("9### ####", "+65 8### ####", "6%## ####"), ("gmail.com", "singnet.com.sg", "hotmail.com"), ("chinese_sg", "malay", "tamil")),
]}  # fmt: skip
# a Malaysian or Singaporean family's culture may be Chinese, Malay or Tamil; elsewhere the Loc's list
HONORIFIC = {"north_indian": ("Smt.", "Shri"), "telugu_kannada": ("Smt.", "Sri"), "tamil": ("Tmt.", "Thiru"),
             "pakistani": ("Mst.", "Mr."), "bangladeshi": ("Mst.", "Md."), "sinhala": ("Mrs.", "Mr."), "nepali": ("Smt.", "Shree"),
             "filipino": ("Mrs.", "Mr."), "malay": ("Puan", "Encik"), "chinese_sg": ("Mdm", "Mr")}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str  # Tamil and Malay: the father's given name
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str  # house / flat / block line
    locality: str
    landmark: str
    town: str
    district: str
    postcode: str
    middle: str = ""  # Filipino middle name (the mother's family name)
    suffix: str = ""  # Jr., III
    western: bool = False  # a Chinese name written given-first
    nid: str = ""
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        c = self.culture
        if c == "tamil":
            return f"{self.family[0]}. {self.given}"
        if c == "malay":
            return f"{self.given} {'binti' if self.female else 'bin'} {self.family}"
        if c == "chinese_sg":
            return f"{self.given} {self.family}" if self.western else f"{self.family} {self.given}"
        if c == "filipino":
            return f"{self.given} {self.middle[0]}. {self.family}"
        return f"{self.given} {self.family}"

    @property
    def call(self) -> str:
        """The name after an honorific: Malay and Tamil people by their given name, others by family."""
        return self.given if self.culture in PATRONYMIC else self.family

    @property
    def hon(self) -> str:
        return HONORIFIC[self.culture][0 if self.female else 1]


def _pick(rng: random.Random, values: list[str] | tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if v not in used] or list(values))


def _words(name: str) -> set[str]:
    return set(name.split())


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), culture: str | None = None,
                family: str | None = None, given: str | None = None, home: Person | None = None) -> Person:  # fmt: skip
    """A person in `loc` whose name words are not yet used in the document (`family` / `given` / `home`
    fix a relative's family name, a father's given name, a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    taken = lambda n: bool(_words(n) & used)  # noqa: E731
    if given is None:
        given = rng.choice([g for g in (fs if female else ms) if not taken(g)])
    if family is None:
        family = rng.choice([x for x in (NAMES[culture][1] if culture in PATRONYMIC else fam) if not taken(x)])
    used |= _words(given) | _words(family)
    middle = ""
    if culture == "filipino":
        middle = rng.choice([x for x in fam if not taken(x)])
        used.add(middle)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g = given.lower().replace(" ", "")
    f = family.lower().replace(" ", "")
    email = rng.choice([f"{g}.{f}", f"{g}{f[:3]}{dob.year % 100:02d}", f"{f}{g[0]}{rng.randint(1, 999)}", f"{g}_{dob.year}"])
    email += "@" + rng.choice(loc.mails)
    if home is not None:
        region, line, locality, landmark, town, district, pc = (home.region, home.line, home.locality, home.landmark,
                                                                home.town, home.district, home.postcode)  # fmt: skip
    else:
        region = rng.choice(list(loc.regions))
        districts, towns = loc.regions[region]
        district, town = rng.choice(districts), _pick(rng, towns, used)
        locality = _pick(rng, loc.localities, used)
        landmark = rng.choice(loc.landmarks)
        street = fill(rng, rng.choice(loc.streets))
        line = fill(rng, {
            "IN": rng.choice(["H.No. %-#-##/@", "H.No. %#-%-###/@", "Plot No. %#, " + street, "Door No. %/%#, " + street, "Flat %0%, Sai Residency"]),
            "PK": rng.choice(["House No. %#, " + street, "H# %##, " + street, "P-%## " + street]),
            "BD": street if "Holding" in street else "House %#, " + street,
            "LK": rng.choice(["No. %#/%, " + street, "No. %##, " + street, "%#/@, " + street]),
            "NP": street + ", House %#",
            "PH": rng.choice(["#%# ", "Lot % Blk %#, ", "Blk % Lot %#, "]) + street,
            "MY": rng.choice(["No. %#, ", "%#, ", "Lot %##, "]) + street,
            "SG": "",
        }[loc.code])  # fmt: skip
        if loc.code == "SG":  # "#05-67" is a unit, not a fill pattern
            line = fill(rng, "Blk %#" + rng.choice(["#", "#@"])) + " " + street + " #" + fill(rng, rng.choice(["0%", "1#"])) + "-" + fill(rng, "%#")
        pc = fill(rng, loc.postcode) if loc.postcode else ""
        if loc.code == "IN":
            pc = fill(rng, rng.choice("45615") + "#####")
        used |= {town, locality}
    w = Person(given, family, culture, female, dob, loc, region, fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, line, locality, landmark, town, district, pc, middle=middle)  # fmt: skip
    if culture == "filipino" and not female and rng.random() < 0.35:
        w.suffix = rng.choice(["Jr.", "III", "Jr."])
    w.western = culture == "chinese_sg" and rng.random() < 0.3
    w.nid = national_id(rng, w)
    w.addr = address(w)
    return w


def national_id(rng: random.Random, w: Person) -> str:
    return {
        "IN": lambda: ids.aadhaar(rng),
        "PK": lambda: ids.cnic(rng, w.female),
        "BD": lambda: ids.bd_nid(rng, w.dob),
        "LK": lambda: ids.lk_nic(rng, w.dob, w.female),
        "NP": lambda: fill(rng, "%#-0%-##-#####"),
        "PH": lambda: ids.philhealth(rng),
        "MY": lambda: ids.mykad(rng, w.dob, w.female, w.region),
        "SG": lambda: ids.nric(rng, w.dob, foreign=rng.random() < 0.2),
    }[w.loc.code]()


NID_LABEL = {"IN": "Aadhaar", "PK": "CNIC", "BD": "NID", "LK": "NIC", "NP": "Citizenship No.", "PH": "PhilHealth PIN",
             "MY": "MyKad", "SG": "NRIC/FIN"}  # fmt: skip
NID_TYPE = {"PH": "HEALTH_PLAN"}


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces, the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = w.loc.code
    if c == "IN":
        return (A(w.line), ", ", A(w.locality), ", near ", A(w.landmark), ", ", A(w.town), ", Dist. ", A(w.district), f", {w.region} - ", Z(w.postcode))
    if c == "PK":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", District ", A(w.district), f", {w.region} ", Z(w.postcode))
    if c == "BD":
        return (A(w.locality), ", ", A(w.line), ", P.O. ", A(w.town), ", Upazila ", A(w.district), f", {w.region}-", Z(w.postcode))
    if c == "LK":
        return (A(w.line), ", ", A(w.town), ", ", A(w.district), f", {w.region} ", Z(w.postcode))
    if c == "NP":
        return (A(w.town), "-", A(w.line), ", ", A(w.locality), ", District ", A(w.district), f", {w.region}")
    if c == "PH":
        return (A(w.line), ", ", A(w.locality), ", ", A(w.town), ", ", A(w.district), f", {w.region} ", Z(w.postcode))
    if c == "MY":
        return (A(w.line), ", ", A(w.locality), ", ", Z(w.postcode), " ", A(w.town), f", {w.region}")
    return (A(w.line), ", Singapore ", Z(w.postcode))
