# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people, places and organisations for the forty-eighth probe: English (and some bilingual
English / Arabic-script) health text from the Gulf (UAE, Saudi Arabia, Qatar, Kuwait, Oman, Bahrain), the
Levant (Jordan, Lebanon), North Africa (Egypt, Morocco, Tunisia), Turkey and Iran (synthetic only; no real
patient or staff member). Name words are Emirati, Saudi, Kuwaiti, Qatari, Bahraini and Omani (given name,
father's and grandfather's names, an Al- family name; bin / bint; the kunya Abu X / Umm X), Jordanian,
Lebanese, Egyptian (four-part chains, El- family names), Moroccan, Tunisian (ben + the father's name),
Turkish, Persian (transliterated), and the Gulf's expatriate workers from Kerala and Sudan, combined at
random: never a real person. Emirati and Saudi names also have an Arabic-script spelling (ARABIC). The tables
were checked against every string of the people tables of probes 1-44 before any measurement (test_probe48:
no shared name word).

Towns, districts, wilayats, markaz, communes, delegations, ilces, mahalles, neighbourhoods, streets,
buildings and landmarks are invented (real place words with an invented qualifier: "Al Mizhar Gharb",
"Kafr Hakim Al Bahari", "Sarigol Mah."); emirates, Saudi regions, Qatari municipalities, governorates,
Moroccan regions, Turkish provinces and Iranian provinces (first-level) are real and are keep values when
written alone. Hospitals, clinics and medical centres are invented; insurers and regulators are named as
they are. Numbers are random; Emirates IDs and Saudi IDs / Iqamas carry a valid Luhn digit, Kuwaiti Civil
IDs a valid mod-11 digit, T.C. Kimlik numbers both check digits, Iranian national codes their check digit;
Emirates IDs, QIDs, Civil IDs, CPRs, Jordanian and Egyptian numbers encode the birth year or date.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe48 import ids
from tests.engine.probe48.ids import fill

__all__ = ["ARABIC", "LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill"]

# culture: (female given, male given, family); Sudanese family is empty: the grandfather's name stands in
NAMES: dict[str, tuple[list[str], list[str], list[str]]] = {
    "emirati": (['Mahra', 'Hessa', 'Shamma', 'Meera', 'Fakhra', 'Latifa', 'Amna', 'Wadeema', 'Noora', 'Ohood', 'Budoor', 'Hamda', 'Anood', 'Dhabia', 'Ghaya', 'Jawaher', 'Kholood', 'Naema', 'Sumaya'],
        ['Rashed', 'Saqr', 'Obaid', 'Ghanim', 'Hareb', 'Mayed', 'Humaid', 'Dhahi', 'Shakhbout', 'Ateeq', 'Eissa', 'Hamel', 'Theyab', 'Musabbeh', 'Rakad', 'Bakheet', 'Sarhan', 'Ghaith', 'Khadim'],
        ['Suwaidi', 'Nuaimi', 'Falasi', 'Mansoori', 'Hammadi', 'Kaabi', 'Ameri', 'Qubaisi', 'Blooshi', 'Hosani', 'Remeithi', 'Khyeli', 'Shehhi', 'Yammahi', 'Neyadi', 'Mehairbi', 'Matrooshi', 'Zarooni', 'Ghafli', 'Darmaki', 'Jneibi', 'Hameli', 'Marzouqi', 'Shaali', 'Gergawi']),
    "saudi": (['Lulwa', 'Jawza', 'Ghadah', 'Hanouf', 'Mashael', 'Munira', 'Wadha', 'Bashayer', 'Reema', 'Ashwaq', 'Hayfa', 'Arwa', 'Shahad', 'Tahani', 'Modhi', 'Afnan', 'Jood', 'Sadeem', 'Waad', 'Lamya'],
        ['Mutlaq', 'Dhafer', 'Ghazi', 'Mishal', 'Bandar', 'Mutaib', 'Fahad', 'Abdulrahman', 'Hathal', 'Awadh', 'Jabr', 'Nayef', 'Sattam', 'Yazeed', 'Mohsin', 'Hazim', 'Dakhil', 'Mugbil', 'Aidh', 'Humood', 'Mashhoor', 'Olayan', 'Mufleh', 'Shuja'],
        ['Anazi', 'Shammari', 'Subaie', 'Asmari', 'Sulami', 'Rashidi', 'Balawi', 'Qarni', 'Ahmari', 'Bishi', 'Khathami', 'Shahrani', 'Dawsari', 'Buqami', 'Hazmi', 'Faifi', 'Thubaiti', 'Ruwaili', 'Sahli', 'Osaimi', 'Tuwaijri', 'Jarallah', 'Muhaisen', 'Sayari', 'Ghannam', 'Khaldi', 'Shalawi', 'Aqeel']),
    "kuwaiti": (['Hissa', 'Nora', 'Haya', 'Maha', 'Hala', 'Abeer', 'Fai', 'Nada', 'Aysha', 'Mariam', 'Moza', 'Hind', 'Asma', 'Ameera', 'Lulwa', 'Hanouf', 'Munira', 'Reema', 'Shahad'],
        ['Meshari', 'Bader', 'Sager', 'Saad', 'Talal', 'Waleed', 'Saud', 'Salem', 'Faris', 'Hamad', 'Mubarak', 'Hilal', 'Essa', 'Abdulla', 'Mansoor', 'Mohannad', 'Diab', 'Shaya', 'Muteb', 'Nawaf', 'Mishal', 'Bandar', 'Yazeed', 'Fahad', 'Ghazi', 'Nayef'],
        ['Ajmi', 'Azmi', 'Enezi', 'Fadhli', 'Kandari', 'Awadhi', 'Behbehani', 'Ashkanani', 'Mutawa', 'Qallaf', 'Rifai', 'Kharafi', 'Duaij', 'Roumi', 'Jassar', 'Sharhan', 'Failakawi', 'Dhafiri', 'Shemmari', 'Sabti']),
    "qatari": (['Hissa', 'Nora', 'Haya', 'Maha', 'Hala', 'Abeer', 'Fai', 'Nada', 'Aysha', 'Mariam', 'Moza', 'Hind', 'Asma', 'Ameera', 'Lulwa', 'Hanouf', 'Munira', 'Reema', 'Shahad'],
        ['Meshari', 'Bader', 'Sager', 'Saad', 'Talal', 'Waleed', 'Saud', 'Salem', 'Faris', 'Hamad', 'Mubarak', 'Hilal', 'Essa', 'Abdulla', 'Mansoor', 'Mohannad', 'Diab', 'Shaya', 'Muteb', 'Nawaf', 'Mishal', 'Bandar', 'Yazeed', 'Fahad', 'Ghazi', 'Nayef'],
        ['Kuwari', 'Naimi', 'Sulaiti', 'Mohannadi', 'Emadi', 'Khulaifi', 'Muftah', 'Mannai', 'Misnad', 'Attiyah', 'Jaidah', 'Hitmi', 'Kubaisi', 'Marri', 'Fakhroo', 'Obaidly', 'Khater', 'Jefairi', 'Mesaifri', 'Buainain']),
    "bahraini": (['Hissa', 'Nora', 'Haya', 'Maha', 'Hala', 'Abeer', 'Fai', 'Nada', 'Aysha', 'Mariam', 'Moza', 'Hind', 'Asma', 'Ameera', 'Lulwa', 'Hanouf', 'Munira', 'Reema', 'Shahad'],
        ['Meshari', 'Bader', 'Sager', 'Saad', 'Talal', 'Waleed', 'Saud', 'Salem', 'Faris', 'Hamad', 'Mubarak', 'Hilal', 'Essa', 'Abdulla', 'Mansoor', 'Mohannad', 'Diab', 'Shaya', 'Muteb', 'Nawaf', 'Mishal', 'Bandar', 'Yazeed', 'Fahad', 'Ghazi', 'Nayef'],
        ['Jalahma', 'Mahmeed', 'Kanoo', 'Moayyed', 'Zayani', 'Binali', 'Dhaen', 'Mahroos', 'Alawi', 'Arrayed', 'Hawaj', 'Shirawi', 'Mahozi', 'Shehabi', 'Sitrawi', 'Jishi', 'Aradi', 'Ekri', 'Bahrani']),
    "omani": (['Zuwaina', 'Raiya', 'Shamsa', 'Aziza', 'Jokha', 'Muna', 'Rahma', 'Saada', 'Thuwaiba', 'Khalsa', 'Samra', 'Bushra', 'Badriya', 'Ibtisam', 'Najat', 'Salima', 'Nasra'],
        ['Hamood', 'Azzan', 'Mahfoodh', 'Mussallam', 'Talib', 'Zahran', 'Hamed', 'Suood', 'Qais', 'Haitham', 'Younis', 'Amur', 'Yaqoob', 'Harib', 'Nabhan', 'Badr', 'Saif', 'Hilal', 'Salem', 'Mubarak', 'Khalfan', 'Humaid'],
        ['Balushi', 'Hinai', 'Harthy', 'Busaidi', 'Rawahi', 'Siyabi', 'Maawali', 'Habsi', 'Riyami', 'Wahaibi', 'Shukaili', 'Jabri', 'Farsi', 'Lamki', 'Amri', 'Maskari', 'Kharusi', 'Ruqaishi', 'Hashmi', 'Zadjali', 'Bahlani', 'Hadhrami', 'Aufi', 'Battashi', 'Ghailani', 'Nabhani', 'Khusaibi', 'Yahyai', 'Mamari', 'Abri', 'Manthari', 'Maqbali', 'Ghafri', 'Kalbani']),
    "jordanian": (['Lina', 'Dima', 'Rula', 'Ruba', 'Haneen', 'Aseel', 'Razan', 'Duaa', 'Sawsan', 'Nuha', 'Yara', 'Lama', 'Bayan', 'Abla', 'Inaam', 'Wafaa', 'Najwa'],
        ['Laith', 'Odai', 'Qusai', 'Yazan', 'Zaid', 'Mutasem', 'Munther', 'Hussam', 'Amjad', 'Nael', 'Baha', 'Ihab', 'Ayham', 'Firas', 'Rakan'],
        ['Majali', 'Rawashdeh', 'Khasawneh', 'Momani', 'Obeidat', 'Bataineh', 'Nimri', 'Fayez', 'Hammour', 'Shboul', 'Qudah', 'Smadi', 'Hiyari', 'Arabiyat', 'Dmour', 'Halasa', 'Twal', 'Akasheh', 'Hamarneh', 'Mahasneh', 'Abbadi', 'Sarayreh', 'Nawafleh', 'Khreisat', 'Qatamin', 'Amawi', 'Okasha', 'Tamimi', 'Jabari', 'Dajani']),
    "lebanese": (['Joumana', 'Nayla', 'Carla', 'Nicole', 'Ghinwa', 'Hanane', 'Siham', 'Samia', 'Aida', 'Ola'],
        ['Elie', 'Charbel', 'Wissam', 'Jihad', 'Samer', 'Rabih', 'Chadi', 'Jad', 'Toufic', 'Fouad', 'Michel', 'Georges', 'Maroun', 'Naji', 'Roukoz', 'Boutros', 'Semaan', 'Abdo', 'Assaad'],
        ['Frangieh', 'Azar', 'Chidiac', 'Ghosn', 'Hobeika', 'Moawad', 'Tabet', 'Zoghbi', 'Rizk', 'Aoun', 'Sfeir', 'Hanna', 'Halabi', 'Hourani', 'Saadeh', 'Mrad', 'Salameh', 'Tohme', 'Daou', 'Kanaan', 'Shdeed', 'Harb', 'Younes']),
    "egyptian": (['Heba', 'Walaa', 'Eman', 'Asmaa', 'Hend', 'Mona', 'Dina', 'Nahed', 'Soad', 'Hoda', 'Fatten', 'Samah', 'Naglaa', 'Azza', 'Hanaa', 'Omnia', 'Radwa', 'Aliaa', 'Nashwa', 'Safaa', 'Enas'],
        ['Mostafa', 'Ehab', 'Amr', 'Hany', 'Essam', 'Reda', 'Gamal', 'Fathy', 'Magdy', 'Sameh', 'Ashraf', 'Hosny', 'Shawky', 'Saber', 'Shaaban', 'Atef', 'Hatem', 'Khairy', 'Lotfy', 'Ezzat', 'Adel', 'Helmy', 'Maher', 'Samy', 'Mohab', 'Metwally'],
        ['Masry', 'Fawzy', 'Badawi', 'Shafei', 'Hafez', 'Farag', 'Ghoneim', 'Naggar', 'Sobhy', 'Tawfik', 'Kamel', 'Ashour', 'Abdelaal', 'Abdelhamid', 'Mabrouk', 'Shenouda', 'Girgis', 'Iskander', 'Tadros', 'Wahba', 'Basta', 'Mikhail', 'Ghobrial', 'Abdelmalek', 'Hanafy', 'Abdelwahab', 'Attia', 'Omran', 'Sharkawy', 'Gabr', 'Gaber', 'Mekky', 'Radwan', 'Sakr', 'Labib', 'Fouda', 'Hassanein', 'Dessouky', 'Hagag', 'Sabry', 'Abdou', 'Sweilam', 'Fekry', 'Ghareeb']),
    "moroccan": (['Khadija', 'Naima', 'Malika', 'Rachida', 'Zineb', 'Hafsa', 'Souad', 'Saida', 'Fatiha', 'Karima', 'Loubna', 'Ilham', 'Hayat', 'Meryem', 'Imane', 'Houda', 'Btissam', 'Ghizlane', 'Asmae', 'Kaoutar', 'Oumaima', 'Nezha', 'Mbarka', 'Itto', 'Touria', 'Rkia', 'Aicha', 'Hasna', 'Sanae'],
        ['Hicham', 'Rachid', 'Abdelilah', 'Mustapha', 'Driss', 'Lahcen', 'Brahim', 'Abdelkader', 'Noureddine', 'Abdellatif', 'Ayoub', 'Othmane', 'Anouar', 'Soufiane', 'Redouane', 'Adil', 'Jaouad', 'Lhoussaine', 'Mbarek', 'Moha', 'Taoufik', 'Abderrahim', 'Abdeslam', 'Mohcine', 'Idriss', 'Azzeddine', 'Mehdi'],
        ['Amrani', 'Bennani', 'Tazi', 'Alaoui', 'Idrissi', 'Berrada', 'Chraibi', 'Benjelloun', 'Lahlou', 'Ouazzani', 'Fassi', 'Zniber', 'Bouazza', 'Ouchen', 'Oufkir', 'Sebti', 'Kettani', 'Guessous', 'Bensouda', 'Filali', 'Skalli', 'Tahiri', 'Belhaj', 'Ziani', 'Mernissi', 'Lamrani', 'Sqalli', 'Naciri', 'Ouardighi', 'Boukhari', 'Chafik', 'Bakkali', 'Benkirane', 'Daoudi', 'Essaidi', 'Rhazi', 'Zerhouni', 'Bouhlal', 'Kabbaj', 'Laraki', 'Sefrioui', 'Bennis', 'Slaoui', 'Bahnini', 'Bouchta', 'Ouahbi', 'Haddaoui', 'Amzil', 'Oubella', 'Azzouzi', 'Boutaleb']),
    "tunisian": (['Amel', 'Besma', 'Dorra', 'Emna', 'Faten', 'Hajer', 'Ines', 'Imen', 'Jihen', 'Khaoula', 'Mouna', 'Nesrine', 'Olfa', 'Sana', 'Sarra', 'Sonia', 'Yosra', 'Zeineb', 'Hela', 'Ibtissem', 'Chiraz', 'Sihem', 'Hanen', 'Najet', 'Rym', 'Nozha', 'Henda', 'Mabrouka'],
        ['Wassim', 'Anis', 'Aymen', 'Bilel', 'Chokri', 'Faouzi', 'Hedi', 'Lotfi', 'Mongi', 'Moncef', 'Mourad', 'Mounir', 'Raouf', 'Riadh', 'Slim', 'Taher', 'Wajdi', 'Zied', 'Fethi', 'Hichem', 'Houcine', 'Jaouhar', 'Lassaad', 'Makram', 'Mehrez', 'Naceur', 'Oussama', 'Ridha', 'Sofiene', 'Abdelkrim', 'Adnene', 'Borhene', 'Chaker', 'Marouane', 'Hamadi'],
        ['Trabelsi', 'Jebali', 'Gharbi', 'Mejri', 'Bouazizi', 'Hammami', 'Dridi', 'Jlassi', 'Ayari', 'Ferchichi', 'Khelifi', 'Sassi', 'Chebbi', 'Baccouche', 'Bouguerra', 'Mathlouthi', 'Zouari', 'Ksibi', 'Mzali', 'Sfaxi', 'Belhadj', 'Kefi', 'Jendoubi', 'Mestiri', 'Riahi', 'Hadded', 'Chaabane', 'Boughanmi', 'Ouertani', 'Rekik', 'Zribi', 'Masmoudi', 'Frikha', 'Kammoun', 'Chaari', 'Ellouze', 'Baklouti', 'Ktari', 'Mnif', 'Sellami', 'Fourati', 'Karray']),
    "turkish": (['Emine', 'Şerife', 'Hülya', 'Esra', 'Merve', 'Songül', 'Nurten', 'Sevim', 'Derya', 'Dilek', 'Gülten', 'Hacer', 'Zehra', 'Havva', 'Kübra', 'Özlem', 'Sibel', 'Nermin', 'Gülay', 'Fadime', 'Hanife', 'Cennet', 'Ümmühan', 'Nuran', 'Asiye', 'Perihan', 'Birsen', 'Filiz', 'Aysel', 'Canan', 'Pınar', 'Tülay', 'Gönül', 'Döndü', 'Emel', 'Kezban', 'Seher', 'Zübeyde'],
        ['Ahmet', 'Murat', 'Oğuz', 'Levent', 'Erdal', 'Recep', 'Halil', 'Süleyman', 'Orhan', 'Cemal', 'Nihat', 'Sedat', 'Yaşar', 'Şükrü', 'Necati', 'Bayram', 'Kadir', 'Fikret', 'Adem', 'Gökhan', 'Tolga', 'Sinan', 'Uğur', 'Onur', 'Barış', 'Tayfun', 'Erkan', 'Selçuk', 'Zafer', 'Metin', 'Hikmet', 'Muammer', 'Rıza', 'Tahsin', 'Zeki', 'Özgür', 'Alper', 'Erol', 'İlhan', 'Cüneyt', 'Haydar', 'Remzi', 'Sabri'],
        ['Yıldız', 'Yıldırım', 'Özdemir', 'Doğan', 'Çetin', 'Koç', 'Özkan', 'Şimşek', 'Polat', 'Korkmaz', 'Karataş', 'Güneş', 'Bulut', 'Uçar', 'Akın', 'Tekin', 'Ateş', 'Keskin', 'Aksoy', 'Yavuz', 'Ekinci', 'Taşdemir', 'Bozkurt', 'Durmaz', 'Çakır', 'Erdoğan', 'Coşkun', 'Uysal', 'Sönmez', 'Kaplan', 'Duman', 'Yüksel', 'Altun', 'Akbulut', 'Türkmen', 'Avcı', 'Tuncer', 'Eren', 'Bayrak', 'Tosun', 'Yalçın', 'Çiftçi', 'Ünal', 'Acar', 'Kalkan', 'Işık', 'Toprak', 'Kurtuluş', 'Karadağ', 'Sezer', 'Pehlivan', 'Gökçe', 'Tatlı', 'Soylu', 'Bektaş', 'Kandemir', 'Akgül', 'Baysal', 'Zengin', 'Başaran', 'Turan', 'Ilgaz', 'Karabulut', 'Kuzu', 'Erbaş', 'Gürbüz', 'Özer', 'Karakoç', 'Yazıcı', 'Demirtaş', 'Şeker', 'Koçak', 'Aktaş', 'Akyol', 'Topal', 'Bilgin', 'Dündar', 'Çınar', 'Sağlam']),
    "persian": (['Fatemeh', 'Masoumeh', 'Mitra', 'Mahin', 'Ziba', 'Soheila', 'Nahid', 'Marjan', 'Elaheh', 'Sepideh', 'Bahareh', 'Fereshteh', 'Zohreh', 'Mahboubeh', 'Tahereh', 'Robabeh', 'Soghra', 'Kobra', 'Mehri', 'Shokouh', 'Simin', 'Negar', 'Niloufar', 'Haleh', 'Forough', 'Homa', 'Goli', 'Zarin', 'Touran', 'Ozra', 'Khadijeh', 'Narges', 'Zeinab', 'Somayeh', 'Hengameh', 'Mojgan', 'Tayebeh', 'Firouzeh', 'Golrokh', 'Afsaneh'],
        ['Hossein', 'Mohsen', 'Hamid', 'Majid', 'Shahram', 'Kamran', 'Omid', 'Peyman', 'Afshin', 'Ramin', 'Nima', 'Pouya', 'Masoud', 'Mojtaba', 'Abolfazl', 'Gholamreza', 'Alireza', 'Morteza', 'Hamidreza', 'Mohammadreza', 'Amirhossein', 'Javad', 'Vahid', 'Saeid', 'Mehrdad', 'Bijan', 'Houshang', 'Manouchehr', 'Fereydoun', 'Jamshid', 'Parviz', 'Khosrow', 'Davoud', 'Hooman', 'Navid', 'Shahab', 'Soroush', 'Milad', 'Ehsan', 'Rasoul', 'Yadollah', 'Esmaeil', 'Heshmat'],
        ['Mousavi', 'Heidari', 'Ghasemi', 'Nouri', 'Esfahani', 'Tabrizi', 'Bagheri', 'Hashemi', 'Soltani', 'Amini', 'Ebrahimi', 'Salehi', 'Zarei', 'Yazdani', 'Golestani', 'Kermani', 'Najafi', 'Fallahi', 'Asadi', 'Shahbazi', 'Dehghan', 'Ranjbar', 'Akbari', 'Taheri', 'Azizi', 'Rahmani', 'Abbaszadeh', 'Khodabandeh', 'Mahmoudi', 'Nikpour', 'Sharifi', 'Daneshvar', 'Parsa', 'Bahrami', 'Jahanbakhsh', 'Kashani', 'Khorasani', 'Mashhadi', 'Shokri', 'Pourmand', 'Tavakoli', 'Hamedani', 'Yousefi', 'Vahidi', 'Ghaffari', 'Mohebbi', 'Nazari', 'Farhadi', 'Samadi', 'Sotoudeh', 'Haghighi', 'Kiani', 'Modarres', 'Eskandari', 'Behzadi', 'Khosravi', 'Naderi', 'Motamedi', 'Bakhtiari', 'Qorbani', 'Zamani', 'Shafiei', 'Hatami', 'Khalili', 'Saberi', 'Vaziri', 'Nasseri', 'Torabi', 'Fardoust']),
    "malayali": (['Bincy', 'Jincy', 'Sincy', 'Jismy', 'Tintu', 'Lincy', 'Neethu', 'Sreeja', 'Remya', 'Soumya', 'Anju', 'Ancy', 'Jisha', 'Reshma', 'Sabitha', 'Shamna', 'Fousiya', 'Rasiya', 'Beena', 'Leena', 'Sheeba', 'Bindu', 'Jessy', 'Elsy', 'Siji', 'Aswathy'],
        ['Biju', 'Shaji', 'Saji', 'Binu', 'Jijo', 'Shibu', 'Anoop', 'Jobin', 'Libin', 'Tinto', 'Sujith', 'Renjith', 'Sreejith', 'Vineeth', 'Shyju', 'Jinesh', 'Manoj', 'Santhosh', 'Rejeesh', 'Prasanth', 'Nidhin', 'Jithin', 'Febin', 'Shameer', 'Nazeer', 'Shihab', 'Muneer', 'Ashique', 'Jabir', 'Aneesh', 'Sajeev', 'Baiju', 'Shinoj', 'Vinod', 'Jomon', 'Siju', 'Tijo', 'Rinto'],
        ['Kurian', 'Varghese', 'Mathew', 'Kutty', 'Warrier', 'Thampi', 'Pothen', 'Chacko', 'Eapen', 'Oommen', 'Kuriakose', 'Cherian', 'Vadakkan', 'Puthenpurayil', 'Thekkekara', 'Manjooran', 'Kunjumon', 'Chirayath', 'Kottaram', 'Valiyaveettil', 'Parambil', 'Moidu', 'Koya', 'Kunhi', 'Abubacker', 'Puthiyaveettil', 'Kunnumpuram', 'Vattakkunnel', 'Edathil', 'Pallathu']),
    "sudanese": (['Ikhlas', 'Nafisa', 'Sumaia', 'Ekram', 'Rayan', 'Tayseer', 'Hadia', 'Afaf', 'Awatif', 'Manahil', 'Rugaia', 'Fathia', 'Suaad'],
        ['Elfatih', 'Elsadig', 'Mutasim', 'Elnour', 'Abdelrahim', 'Babiker', 'Elamin', 'Awadalla', 'Elsheikh', 'Abdelgadir', 'Eltayeb', 'Hamadelneil', 'Siddig', 'Mamoun', 'Musaab', 'Elfadil', 'Yassir', 'Mahjoub',
         'Elrayah', 'Abdelmoneim', 'Elbashir', 'Mohamedain', 'Elmahdi', 'Elhadi', 'Bakri', 'Ahmedain', 'Haroun', 'Sirelkhatim', 'Elgaili',
         'Widatalla', 'Elnazeer', 'Gasim', 'Elmubarak', 'Abuelgasim', 'Abdelbagi', 'Hassabo', 'Elkhidir', 'Adlan', 'Abdelazim'],
        []),
}  # fmt: skip
GULF = {"emirati", "saudi", "kuwaiti", "qatari", "bahraini", "omani"}
EXPAT = {"malayali", "sudanese"}
EG_EL = {"Masry", "Naggar", "Sharkawy", "Shafei", "Dessouky", "Badawi", "Mekky", "Hanafy"}
MA_EL = {"Amrani", "Idrissi", "Fassi", "Alaoui", "Ouazzani", "Bakkali", "Boukhari", "Ouardighi"}
JO_AL = {"Majali", "Rawashdeh", "Khasawneh", "Momani", "Qudah", "Smadi", "Hiyari", "Hammour", "Shboul", "Dmour", "Abbadi", "Tamimi", "Sarayreh"}

# Arabic-script spellings of the Emirati and Saudi names (the family name with its article)
ARABIC: dict[str, str] = {
    "Mahra": "مهرة", "Hessa": "حصة", "Shamma": "شمه", "Meera": "ميرة", "Fakhra": "فاخرة",
    "Latifa": "لطيفة", "Amna": "آمنة", "Wadeema": "وديمة", "Noora": "نورة", "Ohood": "عهود",
    "Budoor": "بدور", "Hamda": "حمدة", "Anood": "عنود", "Dhabia": "ظبية", "Ghaya": "غاية", "Jawaher": "جواهر", "Kholood": "خلود",
    "Naema": "نعمة", "Sumaya": "سمية",
    "Rashed": "راشد", "Saqr": "صقر", "Obaid": "عبيد", "Ghanim": "غانم",
    "Hareb": "حارب", "Mayed": "مايد", "Humaid": "حميد", "Dhahi": "ضاحي", "Shakhbout": "شخبوط", "Ateeq": "عتيق",
    "Eissa": "عيسى", "Hamel": "حامل", "Theyab": "ذياب", "Musabbeh": "مصبح", "Rakad": "ركاض", "Bakheet": "بخيت",
    "Sarhan": "سرحان", "Ghaith": "غيث", "Khadim": "خادم",
    "Suwaidi": "السويدي", "Nuaimi": "النعيمي", "Falasi": "الفلاسي", "Mansoori": "المنصوري", "Hammadi": "الحمادي",
    "Kaabi": "الكعبي", "Ameri": "العامري", "Qubaisi": "القبيسي", "Blooshi": "البلوشي", "Hosani": "الحوسني",
    "Remeithi": "الرميثي", "Khyeli": "الخييلي", "Shehhi": "الشحي", "Yammahi": "اليماحي", "Neyadi": "النيادي",
    "Mehairbi": "المهيربي", "Matrooshi": "المطروشي", "Zarooni": "الزرعوني", "Ghafli": "الغفلي", "Darmaki": "الدرمكي",
    "Jneibi": "الجنيبي", "Hameli": "الهاملي", "Marzouqi": "المرزوقي", "Shaali": "الشعالي", "Gergawi": "القرقاوي",
    "Lulwa": "لولوة", "Jawza": "جوزاء", "Ghadah": "غادة", "Hanouf": "هنوف", "Mashael": "مشاعل", "Munira": "منيرة", "Wadha": "وضحى",
    "Bashayer": "بشاير", "Reema": "ريما", "Ashwaq": "أشواق", "Hayfa": "هيفاء", "Arwa": "أروى", "Shahad": "شهد", "Tahani": "تهاني",
    "Modhi": "موضي", "Afnan": "أفنان", "Jood": "جود", "Sadeem": "سديم", "Waad": "وعد", "Lamya": "لمياء",
    "Mutlaq": "مطلق", "Dhafer": "ظافر", "Ghazi": "غازي", "Mishal": "مشعل", "Bandar": "بندر", "Mutaib": "متعب",
    "Fahad": "فهد", "Abdulrahman": "عبدالرحمن", "Hathal": "هذال", "Awadh": "عوض", "Jabr": "جبر",
    "Nayef": "نايف", "Sattam": "سطام", "Yazeed": "يزيد", "Mohsin": "محسن", "Hazim": "حازم", "Dakhil": "دخيل", "Mugbil": "مقبل",
    "Aidh": "عائض", "Humood": "حمود", "Mashhoor": "مشهور", "Olayan": "عليان", "Mufleh": "مفلح", "Shuja": "شجاع",
    "Anazi": "العنزي", "Shammari": "الشمري", "Subaie": "السبيعي", "Asmari": "الأسمري", "Sulami": "السلمي",
    "Rashidi": "الرشيدي", "Balawi": "البلوي", "Qarni": "القرني", "Ahmari": "الأحمري", "Bishi": "البيشي", "Khathami": "الخثعمي",
    "Shahrani": "الشهراني", "Dawsari": "الدوسري", "Buqami": "البقمي", "Hazmi": "الحازمي", "Faifi": "الفيفي", "Thubaiti": "الثبيتي",
    "Ruwaili": "الرويلي", "Sahli": "السهلي", "Osaimi": "العصيمي", "Tuwaijri": "التويجري", "Jarallah": "الجارالله",
    "Muhaisen": "المحيسن", "Sayari": "السياري", "Ghannam": "الغنام", "Khaldi": "الخالدي", "Shalawi": "الشلوي", "Aqeel": "العقيل",
}  # fmt: skip

NATIONALITY = {"emirati": "Emirati", "saudi": "Saudi", "kuwaiti": "Kuwaiti", "qatari": "Qatari", "bahraini": "Bahraini",
               "omani": "Omani", "jordanian": "Jordanian", "lebanese": "Lebanese", "egyptian": "Egyptian", "moroccan": "Moroccan",
               "tunisian": "Tunisian", "turkish": "Turkish", "persian": "Iranian", "malayali": "Indian", "sudanese": "Sudanese"}  # fmt: skip


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    country: str
    regions: dict[str, tuple[tuple[str, ...], tuple[str, ...]]]  # first-level region (keep) -> (districts, towns)
    localities: tuple[str, ...]  # buildings, neighbourhoods, mahalles, hays, cites (ADDRESS)
    streets: tuple[str, ...]
    landmarks: tuple[str, ...]
    postcode: str  # fill pattern ("" none)
    phones: tuple[str, ...]
    mails: tuple[str, ...]
    cultures: tuple[str, ...]  # the first is the citizens'


LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("AE", "United Arab Emirates", {
        "Dubai": (("Al Khawaneej Al Janubi", "Warsan Al Gharbiya"), ("Al Mizhar Gharb", "Nad Al Ruwaiya", "Al Twar Al Saba")),
        "Abu Dhabi": (("Al Wathba Al Janubiya", "Bani Yas Al Gharbiya"), ("Khalifa Janoob", "Al Shawamekh Al Qadima", "Al Falah Al Jadeeda")),
        "Sharjah": (("Al Dhaid Al Qadima", "Mleiha Al Gharbiya"), ("Al Rahmaniya Al Saba", "Muwailih Al Tijariya", "Al Suyoh Al Jadida")),
        "Ajman": (("Al Manama Al Sharqiya", "Masfout Al Ulya"), ("Al Mowaihat Al Thalitha", "Al Rawda Al Ula", "Al Zahya Al Gharbiya")),
        "Ras Al Khaimah": (("Shaam Al Gharbi", "Al Jazira Al Hamra Al Jadida"), ("Khuzam Al Jadida", "Al Dhait Al Shamali", "Julphar Al Ulya")),
        "Fujairah": (("Dibba Al Hisn Al Jadida", "Masafi Al Sharqiya"), ("Sakamkam Al Gharbi", "Merashid Al Jadida", "Al Faseel Al Ulya")),
    }, ("Al Sidra Residence", "Marjan Tower 2", "Al Waha Building", "Sama Al Khaleej Tower", "Al Nakheel Residence 4", "Burj Al Ward", "Qasr Al Lulu Building"),
        ("Street %#", "%#B Street", "Sikka %#", "Al Ghaf Street", "Al Samar Street", "Al Yasmeen Street"),
        ("Al Barakah Grand Mosque", "Emarat petrol station", "Al Shola Private School", "Al Noor Co-op", "Al Mizhar Park"),
        "", ("+971 5^ ### ####", "05^ ### ####", "05^-#######", "+971-5^-#######"), ("gmail.com", "hotmail.com", "eim.ae", "outlook.com"),
        ("emirati", "emirati", "malayali", "sudanese", "egyptian", "jordanian")),
    Loc("SA", "Saudi Arabia", {
        "Riyadh Region": (("Al Hayathem Al Jadida", "Dirab Al Wusta"), ("Al Nakheel Al Sharqi", "Irqah Al Janubiya", "Al Mursalat Al Ulya")),
        "Makkah Region": (("Bahrat Al Qadeem", "Al Jumum Al Shamali"), ("Al Sharaie Al Jadida", "Al Rusaifah Al Gharbiya", "Waly Al Ahd Al Thani")),
        "Eastern Province": (("Saihat Al Janubiya", "Qurayyah Al Sharqiya"), ("Al Anud Al Thani", "Al Faisaliyah Al Shamaliyah", "Ghirnatah Al Jadida")),
        "Asir Region": (("Tanomah Al Ulya", "Ahad Rafidah Al Jadid"), ("Al Mahalah Al Gharbiya", "Al Numais Al Shamali", "Shamsan Al Ulya")),
        "Qassim Region": (("Al Bukayriyah Al Sharqiyah", "Uyun Al Jiwa Al Jadida"), ("Al Iskan Al Thalith", "Al Safra Al Janubiya", "Al Hamar Al Qassimi")),
        "Madinah Region": (("Al Hinakiyah Al Jadida", "Wadi Al Fara Al Ulya"), ("Al Aziziyah Al Madani", "Qurban Al Gharbi", "Shuran Al Jadid")),
    }, (), ("Al Ruwaydah St", "Al Shurfah St", "Al Thamam St", "Al Jurayfah St", "Al Khuzama St", "Wadi Al Sadr St"),
        ("Al Othaim Markets", "Masjid Al Tawheed", "Al Mousa petrol station", "Al Nahdi pharmacy"),
        "%####", ("+966 5# ### ####", "05########", "05# ### ####", "+966-5#-###-####"), ("gmail.com", "hotmail.com", "outlook.sa", "yahoo.com"),
        ("saudi", "saudi", "egyptian", "sudanese", "malayali")),
    Loc("QA", "Qatar", {
        "Al Rayyan": (("Muaither Al Shamali", "Al Sailiya Al Jadida"), ("Izghawa Al Gharbiya", "Al Luqta Al Ulya", "Bu Sidra Al Jadida")),
        "Al Wakrah": (("Al Mashaf Al Sharqi", "Barwa Al Wukair"), ("Al Wukair Al Gharbiya", "Al Thumama Al Janubiya", "Mesaimeer Al Jadida")),
        "Doha": (("Al Hilal Al Gharbi", "Fereej Al Nasr Al Jadid"), ("Al Sadd Al Shamali", "Nuaija Al Gharbiya", "Al Mansoura Al Jadida")),
        "Umm Salal": (("Umm Salal Ali Al Jadida",), ("Al Kharaitiyat Al Sharqiya", "Izghawa Al Shamali", "Umm Ebairiya Al Jadida")),
        "Al Khor": (("Al Thakhira Al Jadida",), ("Simaisma Al Gharbiya", "Al Furousiya Al Jadida", "Al Ghuwariyah Al Sharqiya")),
    }, (), ("Street %##", "Street %#", "Street %##"), ("Al Meera supermarket", "Woqod station", "Masjid Al Taqwa"),
        "", ("+974 5### ####", "+974 3### ####", "6### ####", "7### ####"), ("gmail.com", "qatar.net.qa", "hotmail.com"),
        ("qatari", "malayali", "egyptian", "sudanese")),
    Loc("KW", "Kuwait", {
        "Hawalli Governorate": (("Salwa Al Janubiya", "Bayan Al Gharbiya"), ("Rumaithiya Al Jadida", "Al Shaab Al Bahri Al Thani", "Mishref Al Sharqiya")),
        "Farwaniya Governorate": (("Khaitan Al Janubi", "Abraq Khaitan Al Jadida"), ("Al Andalus Al Gharbiya", "Ishbiliya Al Jadida", "Al Rai Al Sharqiya")),
        "Jahra Governorate": (("Al Naeem Al Gharbi", "Al Qasr Al Jadid"), ("Al Waha Al Shamaliya", "Taima Al Janubiya", "Al Oyoun Al Jadida")),
        "Ahmadi Governorate": (("Fahaheel Al Gharbiya", "Sabahiya Al Jadida"), ("Al Riqqa Al Sharqiya", "Hadiya Al Janubiya", "Al Dhaher Al Jadida")),
    }, (), ("Street %#", "Street %##"), ("Co-op society", "Jamaiya branch", "Masjid Al Wazzan"),
        "", ("+965 6### ####", "9### ####", "5### ####", "+965 9###-####"), ("gmail.com", "hotmail.com", "yahoo.com"),
        ("kuwaiti", "egyptian", "malayali")),
    Loc("OM", "Oman", {
        "Muscat Governorate": (("Al Amerat Al Jadida", "Qurayyat Al Sharqiya"), ("Al Mawaleh Al Janubiya", "Al Hail Al Shamaliya", "Al Ansab Al Jadida")),
        "Dhofar Governorate": (("Taqah Al Gharbiya", "Mirbat Al Jadida"), ("Auqad Al Shamaliya", "Saadah Al Gharbiya", "Al Haffa Al Jadida")),
        "Al Batinah North": (("Saham Al Jadida", "Liwa Al Sharqiya"), ("Falaj Al Qabail Al Jadid", "Al Tareef Al Gharbi", "Majis Al Janubiya")),
        "Ad Dakhiliyah": (("Izki Al Jadida", "Bahla Al Sharqiya"), ("Birkat Al Mouz Al Jadida", "Tanuf Al Gharbiya", "Firq Al Janubiya")),
    }, (), ("Way %###", "Way %##"), ("Lulu roundabout", "Al Khuwair mosque", "Shell station"),
        "%##", ("+968 9### ####", "9### ####", "7### ####", "+968-9#######"), ("gmail.com", "omantel.net.om", "hotmail.com"),
        ("omani", "omani", "malayali")),
    Loc("BH", "Bahrain", {
        "Capital Governorate": (("Ras Rumman Al Jadida",), ("Al Qudaibiya Al Sharqiya", "Bu Ghazal Al Jadida", "Al Juffair Al Gharbi")),
        "Muharraq Governorate": (("Busaiteen Al Jadida",), ("Al Hidd Al Janubi", "Galali Al Sharqiya", "Arad Al Jadida")),
        "Northern Governorate": (("Saar Al Gharbiya",), ("Al Janabiya Al Jadida", "Karranah Al Sharqiya", "Buri Al Shamaliya")),
        "Southern Governorate": (("Riffa Al Sharqi Al Jadid",), ("Awali Al Gharbiya", "Jaww Al Sharqiya", "Askar Al Jadida")),
    }, (), ("Road %###", "Road %##"), ("Ramli Mall", "Al Fateh mosque", "Bapco station"),
        "", ("+973 3### ####", "3### ####", "+973 36## ####"), ("gmail.com", "batelco.com.bh", "hotmail.com"),
        ("bahraini", "bahraini", "malayali")),
    Loc("JO", "Jordan", {
        "Amman Governorate": (("Marka Al Shamaliya", "Sahab Al Jadida"), ("Tla Al Ali Al Gharbi", "Khalda Al Janubiya", "Al Jubeiha Al Sharqiya")),
        "Irbid Governorate": (("Bani Kinanah Al Wusta", "Al Ramtha Al Gharbiya"), ("Hakama Al Jadida", "Aydoun Al Sharqiya", "Huwwara Al Janubiya")),
        "Zarqa Governorate": (("Russeifa Al Gharbiya", "Al Hashimiya Al Jadida"), ("Jabal Tareq Al Sharqi", "Al Ghuwairiya Al Jadida", "Awajan Al Ulya")),
        "Karak Governorate": (("Al Mazar Al Janubi Al Jadid", "Al Qasr Al Karaki"), ("Adir Al Sharqiya", "Mutah Al Jadida", "Al Thaniya Al Ulya")),
        "Balqa Governorate": (("Ain Al Basha Al Jadida", "Deir Alla Al Gharbiya"), ("Al Baqaa Al Sharqiya", "Mahis Al Jadida", "Fuheis Al Ulya")),
    }, (), ("Al Sanabel St.", "Al Kharroub St.", "Ibn Al Rumi St.", "Al Rabie St.", "Al Zaytoun St."), ("Safeway", "Masjid Al Huda", "Manaseer station"),
        "1%###", ("+962 7^ ### ####", "07^ ### ####", "07^#######"), ("gmail.com", "hotmail.com", "yahoo.com", "orange.jo"),
        ("jordanian",)),
    Loc("LB", "Lebanon", {
        "Mount Lebanon": (("Metn Al Aala", "Aley Al Sahel"), ("Beit Mery Al Jdide", "Mansourieh Al Fawqa", "Bsalim Al Tahta")),
        "North Lebanon": (("Koura Al Wusta", "Zgharta Al Sahel"), ("Kfar Aaqa Al Jdide", "Amioun Al Fawqa", "Bsarma Al Tahta")),
        "South Lebanon": (("Jezzine Al Sharqi", "Zahrani Al Sahel"), ("Maghdouche Al Fawqa", "Ghazieh Al Jdide", "Anqoun Al Tahta")),
        "Bekaa": (("Zahle Al Gharbi", "Rachaya Al Wadi"), ("Taanayel Al Jdide", "Kab Elias Al Fawqa", "Ferzol Al Tahta")),
    }, ("Al Arz Bldg", "Cedar Court Bldg", "Sunrise Center", "Jardin Bldg", "Les Oliviers Bldg"),
        ("Mar Takla Street", "Rue Saint-Antoine", "Main Road", "Street %#", "Rue des Oliviers"), ("Spinneys", "Saint Elie church", "Total station"),
        "", ("+961 3 ### ###", "03/######", "+961 71 ### ###", "70 ### ###"), ("gmail.com", "hotmail.com", "idm.net.lb", "outlook.com"),
        ("lebanese",)),
    Loc("EG", "Egypt", {
        "Giza Governorate": (("Awsim Al Gharbiya", "Kerdasa Al Qibliya"), ("Kafr Hakim Al Bahari", "Nazlet Al Batran Al Gharbiya", "Ezbet Al Moufti")),
        "Sharqia Governorate": (("Minya Al Qamh Al Gharbiya", "Diyarb Negm Al Sharqiya"), ("Kafr Shalshalamon Al Qibli", "Ezbet Al Hagg Selim", "Nazlet Kotama")),
        "Dakahlia Governorate": (("Sherbin Al Gharbiya", "Belqas Al Qibliya"), ("Kafr El-Arab Al Bahari", "Ezbet Al Shorbagi", "Nazlet Meet Ghamr")),
        "Beheira Governorate": (("Kom Hamada Al Gharbiya", "Itay Al Barud Al Qibliya"), ("Ezbet Al Badramani", "Kafr Bolin Al Bahari", "Nazlet Shubra Khit")),
        "Qalyubia Governorate": (("Tukh Al Qibliya", "Qaha Al Gharbiya"), ("Kafr Shukr Al Bahari", "Ezbet Al Nakhl Al Gharbiya", "Meet Kenana Al Sharqiya")),
    }, (), ("%# El-Tahrir St.", "%# El-Gomhoreya St.", "%# El-Mahatta St.", "%# El-Bahr El-Aazam St.", "%# El-Madares St.", "%# El-Mashaya St."),
        ("El-Rahma mosque", "the agricultural society", "the railway crossing", "El-Nour pharmacy"),
        "%####", ("+20 10 #### ####", "011 #### ####", "012########", "015 #### ####"), ("gmail.com", "yahoo.com", "hotmail.com"),
        ("egyptian",)),
    Loc("MA", "Morocco", {
        "Souss-Massa": (("Commune Tassila", "Commune Lqliaa Al Jadida"), ("Douar Tighmert", "Ait Ouaddar", "Tikiouine Al Oulia")),
        "Fès-Meknès": (("Commune Ain Chkef", "Commune Sidi Harazem Al Jadida"), ("Douar Ouled Tayeb Al Oulia", "Zouagha Haute", "Ain Taoujdate Al Jadida")),
        "Marrakech-Safi": (("Commune Tassoultante", "Commune Saada Al Jadida"), ("Douar Lagouassem", "Tamansourt Al Oulia", "Ait Imour Al Jadida")),
        "Casablanca-Settat": (("Commune Mediouna Al Jadida", "Commune Tit Mellil Al Oulia"), ("Douar Lahraouiyine", "Sidi Maarouf Al Oulia", "Oulad Saleh Al Jadida")),
    }, ("Hay Al Massira 2", "Hay Al Wifaq", "Quartier Al Qods", "Lotissement Al Fath", "Hay Essalam Bloc C"),
        ("Rue %#", "Rue Al Ouroud", "Rue %##", "Avenue Al Moqawama"), ("Mosquée Al Fath", "école Al Wahda", "pharmacie Al Amal"),
        "%####", ("+212 6## ## ## ##", "06 ## ## ## ##", "+212 6##-######", "07########"), ("gmail.com", "hotmail.fr", "yahoo.fr", "menara.ma"),
        ("moroccan",)),
    Loc("TN", "Tunisia", {
        "Sfax": (("Sakiet Ezzit Al Jadida", "Agareb Al Gharbiya"), ("El Ain Km 6", "Chihia Nord", "Gremda Km 9")),
        "Sousse": (("Msaken Al Jadida", "Kalaa Kebira Ouest"), ("Sahloul 4", "Zaouiet Sousse Al Jadida", "Hammam Maarouf")),
        "Kairouan": (("Haffouz Al Jadida", "Sbikha Ouest"), ("Cité Okba Al Jadida", "Raqqada Ouest", "Chebika Nord")),
        "Nabeul": (("Menzel Temime Al Jadida", "Beni Khiar Ouest"), ("Cité Les Orangers", "Tazarka Nord", "Azmour Al Jadida")),
        "Ariana": (("Raoued Al Jadida", "Kalaat El Andalous Sud"), ("Cité Ennasr 2", "Borj Louzir", "Chotrana 3")),
    }, ("Cité El Amal 2", "Cité Ezzouhour", "Résidence Les Jasmins", "Cité El Mourouj", "Cité Ibn Khaldoun"),
        ("Rue de la Liberté", "Rue Ali Belhouane", "Rue %#", "Avenue Farhat Hached"), ("mosquée El Fath", "lycée Ibn Rachiq", "station Agil"),
        "%###", ("+216 2# ### ###", "9# ### ###", "5# ### ###", "+216 9# ### ###"), ("gmail.com", "yahoo.fr", "gnet.tn"),
        ("tunisian",)),
    Loc("TR", "Türkiye", {
        "Konya": (("Akörenbağ", "Yeniyurtçu"), ("Sarıgöl Mah.", "Hocacihan Yenice Mah.", "Kavakbaşı Mah.")),
        "Kayseri": (("Erciyesköy", "Gesibağ"), ("Karpuzsekisi Mah.", "Yeşilyurt Kuzey Mah.", "Tavlusun Yeni Mah.")),
        "Gaziantep": (("Fıstıklıbağ", "Kızılhisar Yeni"), ("Narlıtepe Mah.", "Beykent Doğu Mah.", "Seyrantepe Yeni Mah.")),
        "Trabzon": (("Çamlıyayla Sahil", "Soğuksu Sahil"), ("Kaşüstü Yeni Mah.", "Fındıklı Sırt Mah.", "Boztepe Yukarı Mah.")),
        "Eskişehir": (("Sarısu Ovası", "Kalkanlı"), ("Gültepe Yeni Mah.", "Çamlıca Batı Mah.", "Emek Kuzey Mah.")),
        "Sakarya": (("Akyazı Yenidoğan", "Hendekli Ova"), ("Karaçam Mah.", "Serdivan Tepe Mah.", "Güllük Sahil Mah.")),
    }, (), ("Gül Sok.", "Zambak Sok.", "Çiğdem Sok.", "%##%. Sokak", "Kavak Sok.", "Menekşe Sok."), ("Migros", "cami", "PTT"),
        "%####", ("+90 5%# ### ## ##", "0 (5%#) ### ## ##", "05%# ### ## ##"), ("gmail.com", "hotmail.com", "yandex.com", "outlook.com.tr"),
        ("turkish",)),
    Loc("IR", "Iran", {
        "Isfahan Province": (("Shahin Shahr Jonubi", "Falavarjan Sharghi"), ("Dorcheh Piaz", "Kelishad Sofla", "Baharestan Olya")),
        "Fars Province": (("Marvdasht Gharbi", "Kavar Jadid"), ("Qasrodasht Sofla", "Sadra Olya", "Zarghan Jadid")),
        "Razavi Khorasan": (("Torghabeh Jadid", "Chenaran Sharghi"), ("Shandiz Olya", "Golbahar Sofla", "Tous Jadid")),
        "East Azerbaijan": (("Osku Jadid", "Azarshahr Gharbi"), ("Basmenj Olya", "Sardroud Sofla", "Khosrowshahr Jadid")),
        "Gilan Province": (("Khomam Jadid", "Someh Sara Gharbi"), ("Kuchesfahan Sofla", "Pir Bazar Jadid", "Lasht Nesha Olya")),
        "Tehran Province": (("Pakdasht Jonubi", "Shahriar Gharbi"), ("Andisheh Phase 4", "Pardis Olya", "Baghestan Sofla")),
    }, ("Golnar", "Shaghayegh", "Sepidar", "Sarv", "Yas", "Nastaran", "Sanobar", "Kaj"),
        ("Bahar St.", "Ferdowsi St.", "Azadi St.", "Enghelab St.", "Shariati St.", "Motahari St.", "Golestan Blvd."), ("Shahrvand store", "Imamzadeh shrine", "the bakery"),
        "%#########", ("+98 91# ### ####", "091# ### ####", "093########", "0912-###-####"), ("gmail.com", "yahoo.com", "chmail.ir"),
        ("persian",)),
]}  # fmt: skip

NID_LABEL = {"AE": "Emirates ID", "SA": "National ID", "QA": "QID", "KW": "Civil ID", "OM": "Civil No.", "BH": "CPR No.",
             "JO": "National No.", "LB": "ID card no.", "EG": "National ID", "MA": "CIN", "TN": "CIN", "TR": "T.C. Kimlik No",
             "IR": "National code"}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    father: str
    grandfather: str
    family: str  # as written, with its article ("Al Hosani", "El-Naggar", "Tekin"); Sudanese: the great-grandfather
    culture: str
    female: bool
    dob: date
    loc: Loc
    region: str
    phone: str
    phone2: str
    email: str
    line: str  # villa / flat / building / house line
    locality: str
    landmark: str
    town: str
    district: str
    postcode: str
    pobox: str = ""
    makani: str = ""
    short: str = ""  # Saudi short national address
    addl: str = ""  # Saudi additional number
    middle: str = ""  # a Turkish second given name
    nid: str = ""
    passport: str = ""
    kunya: str = ""  # the son's name of the kunya Abu X / Umm X
    addr: tuple = field(default_factory=tuple)

    @property
    def bare_family(self) -> str:
        return self.family.split("-")[-1].split(" ")[-1]

    @property
    def citizen(self) -> bool:
        return self.culture == self.loc.cultures[0]

    @property
    def nat(self) -> str:
        return NATIONALITY[self.culture]

    @property
    def nid_label(self) -> str:
        if self.loc.code == "SA" and not self.citizen:
            return "Iqama No."
        if self.loc.code == "OM" and not self.citizen:
            return "Resident card no."
        return NID_LABEL[self.loc.code]

    @property
    def first(self) -> str:
        return f"{self.given} {self.middle}" if self.middle else self.given

    @property
    def full(self) -> str:
        """The name as the country writes it."""
        c = self.culture
        if c == "omani":
            return f"{self.given} {'bint' if self.female else 'bin'} {self.father} {self.family}"
        if c in GULF or c in ("jordanian", "egyptian", "sudanese"):
            return f"{self.given} {self.father} {self.family}"
        return f"{self.first} {self.family}"

    @property
    def chain(self) -> str:
        """Given, father's, grandfather's names and the family name (an ID card's or a passport's full name)."""
        if self.culture == "sudanese":
            return f"{self.given} {self.father} {self.grandfather} {self.family}"
        if self.culture in GULF or self.culture in ("jordanian", "egyptian"):
            return f"{self.given} {self.father} {self.grandfather} {self.family}"
        if self.culture == "tunisian":
            return f"{self.given} ben {self.father} ben {self.grandfather} {self.family}"
        return f"{self.first} {self.family}"

    @property
    def passport_name(self) -> str:
        """SURNAME, GIVEN NAMES as a passport's or an insurer's system writes it."""
        given = self.first if self.culture not in GULF | {"jordanian", "egyptian", "sudanese"} else f"{self.given} {self.father}"
        if self.culture == "sudanese":
            return f"{self.family.upper()}, {self.given.upper()} {self.father.upper()}"
        return f"{self.family.upper()}, {given.upper()}"

    @property
    def call(self) -> str:
        """The name after Mr. / Ms. / Dr.: Gulf, Sudanese and Turkish people by their given name, others by family."""
        return self.given if self.culture in GULF | {"sudanese", "turkish", "malayali"} else self.family

    @property
    def his(self) -> str:
        return "her" if self.female else "his"

    @property
    def hon(self) -> str:
        return ("Mrs." if self.dob.year < 1995 else "Ms.") if self.female else "Mr."

    @property
    def arabic(self) -> str:
        if self.culture not in ("emirati", "saudi"):
            return ""
        return f"{ARABIC[self.given]} {ARABIC[self.father]} {ARABIC[self.bare_family]}"


def _words(name: str) -> set[str]:
    return set(name.replace("-", " ").split())


def _pick(rng: random.Random, values: list[str] | tuple[str, ...], used: set[str]) -> str:
    return rng.choice([v for v in values if not (_words(v) & used)] or list(values))


def _with_article(rng: random.Random, culture: str, family: str) -> str:
    if culture in GULF:
        return rng.choice(["Al ", "Al-", "Al "]) + family
    if culture == "jordanian" and family in JO_AL:
        return "Al-" + family
    if culture == "egyptian" and family in EG_EL:
        return "El-" + family
    if culture == "moroccan" and family in MA_EL:
        return "El " + family
    return family


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 70 * 365), culture: str | None = None,
                family: str | None = None, father: str | None = None, grandfather: str | None = None,
                home: Person | None = None) -> Person:  # fmt: skip
    """A person living in `loc` whose name words are not yet used in the document (`family`, `father`,
    `grandfather` fix a child's names from its father's; `home` a household's address)."""
    female = rng.random() < 0.5 if female is None else female
    culture = culture or rng.choice(loc.cultures)
    fs, ms, fam = NAMES[culture]
    free = lambda xs: [x for x in xs if not (_words(x) & used)] or list(xs)  # noqa: E731
    given = rng.choice(free(fs if female else ms))
    used |= _words(given)
    father = father or rng.choice(free(ms))
    used |= _words(father)
    grandfather = grandfather or rng.choice(free(ms))
    used |= _words(grandfather)
    if family is None:  # a Sudanese "family name" is the great-grandfather's given name
        family = rng.choice(free(ms)) if culture == "sudanese" else _with_article(rng, culture, rng.choice(free(fam)))
    used |= _words(family)
    middle = ""
    if culture == "turkish" and rng.random() < 0.25:
        middle = rng.choice(free(fs if female else ms))
        used.add(middle)
    kunya = ""
    if culture not in ("turkish", "persian", "malayali"):
        kunya = rng.choice(free(ms))
        used.add(kunya)
    dob = ref - timedelta(days=rng.randint(*age_days))
    g = given.lower().replace("ı", "i").replace("ş", "s").replace("ğ", "g").replace("ü", "u").replace("ö", "o").replace("ç", "c").replace("i̇", "i")
    f = family.lower().replace("al-", "").replace("al ", "").replace("el-", "").replace("el ", "").replace(" ", "")
    f = f.replace("ı", "i").replace("ş", "s").replace("ğ", "g").replace("ü", "u").replace("ö", "o").replace("ç", "c")
    email = rng.choice([f"{g}.{f}", f"{g}{f[:4]}{dob.year % 100:02d}", f"{f}.{g[0]}{rng.randint(1, 99)}", f"{g}_{dob.year}", f"{g}{rng.randint(100, 999)}"])
    email += "@" + rng.choice(loc.mails)
    w = Person(given, father, grandfather, family, culture, female, dob, loc, "", fill(rng, rng.choice(loc.phones)),
               fill(rng, rng.choice(loc.phones)), email, "", "", "", "", "", "", middle=middle, kunya=kunya)  # fmt: skip
    if home is not None:
        for k in ("region", "line", "locality", "landmark", "town", "district", "postcode", "pobox", "makani", "short", "addl"):
            setattr(w, k, getattr(home, k))
    else:
        w.region = rng.choice(list(loc.regions))
        districts, towns = loc.regions[w.region]
        w.district, w.town = _pick(rng, districts, used), _pick(rng, towns, used)
        w.locality = _pick(rng, loc.localities, used) if loc.localities else ""
        w.landmark = rng.choice(loc.landmarks)
        street = fill(rng, rng.choice(loc.streets))
        floor = rng.choice(["1st", "2nd", "3rd", "4th", "ground"])
        w.line = {
            "AE": rng.choice([f"Villa {fill(rng, '%#')}, {street}", f"Villa {fill(rng, '%#')}, {street}", f"Flat {fill(rng, '%#0%')}, {w.locality}"]),
            "SA": f"{fill(rng, '%###')} {street}",
            "QA": f"Building {fill(rng, '%#')}, {street}, Zone {fill(rng, '%#')}",
            "KW": rng.choice([f"Block {fill(rng, '%')}, {street}, Avenue {fill(rng, '%')}, House {fill(rng, '%#')}",
                              f"Block {fill(rng, '%')}, {street}, Jadda {fill(rng, '%#')}, Building {fill(rng, '%#')}, Flat {fill(rng, '%')}"]),
            "OM": f"House {fill(rng, '%###')}, {street}",
            "BH": f"Flat {fill(rng, '%#')}, Building {fill(rng, '%###')}, {street}, Block {fill(rng, '%##')}",
            "JO": f"Building {fill(rng, '%#')}, {street}",
            "LB": f"{w.locality}, {floor} floor, {street}",
            "EG": street,
            "MA": rng.choice([f"N° {fill(rng, '%#')}, {street}", f"Imm {fill(rng, '%#')}, Apt {fill(rng, '%')}, {street}"]),
            "TN": f"{fill(rng, '%#')} {street}",
            "TR": f"{street} No: {fill(rng, '%#')} D: {fill(rng, '%')}",
            "IR": f"No. {fill(rng, '%#')}, {w.locality if loc.localities else ''} Alley, {street}",
        }[loc.code]  # fmt: skip
        w.postcode = fill(rng, loc.postcode) if loc.postcode else ""
        if loc.code == "TR":
            w.postcode = f"{rng.randint(10, 81):02d}{fill(rng, '###')}"
        w.pobox = fill(rng, rng.choice(["%####", "%#####", "%###"]))
        w.makani = ids.makani(rng)
        w.short, w.addl = ids.short_address(rng), fill(rng, "%###")
        used |= {w.town, w.district, w.locality} | _words(w.town) - {"Al", "El"}
    w.nid = national_id(rng, w)
    w.passport = ids.passport(rng, culture)
    w.addr = address(w)
    return w


def national_id(rng: random.Random, w: Person) -> str:
    return {
        "AE": lambda: ids.emirates_id(rng, w.dob),
        "SA": lambda: ids.saudi_id(rng, w.citizen),
        "QA": lambda: ids.qid(rng, w.dob, w.culture),
        "KW": lambda: ids.kw_civil_id(rng, w.dob),
        "OM": lambda: ids.om_civil(rng),
        "BH": lambda: ids.bh_cpr(rng, w.dob),
        "JO": lambda: ids.jo_national(rng, w.dob, w.female),
        "LB": lambda: fill(rng, "%###########"),
        "EG": lambda: ids.eg_nid(rng, w.dob, w.female, w.region),
        "MA": lambda: ids.ma_cin(rng),
        "TN": lambda: ids.tn_cin(rng),
        "TR": lambda: ids.tc_kimlik(rng),
        "IR": lambda: rng.choice([lambda c: c, lambda c: f"{c[:3]}-{c[3:9]}-{c[9]}"])(ids.ir_melli(rng)),
    }[w.loc.code]()


def address(w: Person) -> tuple:
    """The whole address as the country writes it: PHI pieces, the first-level region plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c, r = w.loc.code, w.region
    short = r.replace(" Governorate", "").replace(" Province", "").replace(" Region", "")
    if c == "AE":
        return (A(w.line), ", ", A(w.town), f", {r}")
    if c == "SA":
        return (A(w.line), ", ", A(w.town), " Dist., ", A(w.district), " ", Z(w.postcode), "-", A(w.addl), f", {r}")
    if c == "QA":
        return (A(w.line), ", ", A(w.town), f", {r}")
    if c == "KW":
        return (A(w.town), ", ", A(w.line), f", {short}")
    if c == "OM":
        return (A(w.line), ", ", A(w.town), ", Wilayat ", A(w.district), f", {r}, PC ", Z(w.postcode))
    if c == "BH":
        return (A(w.line), ", ", A(w.town), f", {r}")
    if c == "JO":
        return (A(w.line), ", ", A(w.town), ", ", A(w.district), f", {short} ", Z(w.postcode))
    if c == "LB":
        return (A(w.line), ", ", A(w.town), ", ", A(w.district), f", {r}")
    if c == "EG":
        return (A(w.line), ", ", A(w.town), ", Markaz ", A(w.district), f", {r}")
    if c == "MA":
        return (A(w.line), ", ", A(w.locality), ", ", Z(w.postcode), " ", A(w.town))
    if c == "TN":
        return (A(w.line), ", ", A(w.locality), ", ", Z(w.postcode), " ", A(w.town), f", {r}")
    if c == "TR":
        return (A(w.town), " ", A(w.line), ", ", Z(w.postcode), " ", A(w.district), f"/{r}")
    return (A(w.line), ", ", A(w.town), ", ", A(w.district), f", {r}, postal code ", Z(w.postcode))
