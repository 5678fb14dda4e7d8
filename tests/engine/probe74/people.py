# ruff: noqa: E501  (hand-aligned tables)
"""Synthetic people and places for the seventy-fourth probe: health text from South Asia written in the
region's own scripts (synthetic only; no real patient, relative, ASHA, nurse or doctor). Name words are
written in the locale's script -- Hindi (Awadh and Bhojpur), Marathi, Bengali (West Bengal Hindu names and
Bangladeshi Muslim names), Tamil, Telugu, Kannada, Malayalam (Kerala house names), Gujarati (-ben / -bhai),
Punjabi (Sikh given names with Singh / Kaur and a got), Urdu (Punjabi Pakistani names in Nastaliq), Sinhala
and Nepali -- from my own knowledge of the naming traditions, combined at random: never a real person. Each
name carries the romanisation its owner would type into an e-mail address (only e-mail values use it).

How a locale writes a full name: given + family (most); Marathi and Gujarati given + father's / husband's
given + family; Tamil the father's initial before the given name (மு. செல்வி), no family name; Telugu the
family (house) name first; Sikhs given + ਸਿੰਘ / ਕੌਰ + got.

Villages, mohallas, wards and streets are invented; districts, tehsils, states, provinces and countries are
real and are plain text inside an address (keep when written alone). Numbers are random; Aadhaar numbers carry
a valid Verhoeff check digit, Pakistani CNICs the sex digit, Sri Lankan NICs the birth year and day of the year
(ids.py).
"""

from __future__ import annotations

import random
import unicodedata
from dataclasses import dataclass, field
from datetime import date, timedelta

from tests.engine.probe.people import K, P, Slot
from tests.engine.probe74 import ids
from tests.engine.probe74.ids import fill, native

__all__ = ["LOCS", "NAMES", "K", "Loc", "P", "Person", "Slot", "draw_person", "fill", "phone"]


def _t(s: str) -> list[tuple[str, str]]:
    return [tuple(w.split(":")) for w in s.split()]  # type: ignore[misc]


# locale: (female given, male given, family) as (native, romanised) pairs; Tamil "family" = father's name
NAMES: dict[str, tuple[list[tuple[str, str]], list[tuple[str, str]], list[tuple[str, str]]]] = {
    "HI": (_t("बतसिया:batasiya रामरती:ramrati बिंदेश्वरी:bindeshwari सुगनी:sugni मनोरमा:manorama सुखराजी:sukhraji चमेली:chameli रजवंती:rajwanti धनपती:dhanpati"),
           _t("भोलानाथ:bholanath रामसुमेर:ramsumer बैजनाथ:baijnath छेदीलाल:chhedilal ललई:lalai त्रिलोकी:triloki दीनदयाल:deendayal शिवपूजन:shivpujan जगरनाथ:jagarnath"),
           _t("कहार:kahar गड़ेरिया:gaderiya मल्लाह:mallah पासवान:paswan खरवार:kharwar सोनकर:sonkar कनौजिया:kanaujia लोधी:lodhi बिंद:bind भारती:bharti")),
    "MR": (_t("रखमाबाई:rakhmabai चंद्रभागा:chandrabhaga इंदुमती:indumati सुलोचना:sulochana कौसल्या:kausalya हिराबाई:hirabai मंदाकिनी:mandakini जनाबाई:janabai वत्सला:vatsala"),
           _t("विठ्ठल:vitthal पांडुरंग:pandurang ज्ञानेश्वर:dnyaneshwar तुकाराम:tukaram बाळासाहेब:balasaheb दत्तात्रय:dattatray नामदेव:namdev शंकरराव:shankarrao रावसाहेब:raosaheb"),
           _t("कांबळे:kamble जाधव:jadhav शिंदे:shinde गायकवाड:gaikwad भोसले:bhosale वाघमारे:waghmare देशमुख:deshmukh साळुंखे:salunkhe घुले:ghule लोखंडे:lokhande")),
    "BN": (_t("শেফালি:shefali মলিনা:malina পারুল:parul ঝর্ণা:jharna কাজল:kajal লক্ষ্মীরানী:laxmirani অপর্ণা:aparna বাসন্তী:basanti"),
           _t("নিমাই:nimai গৌরাঙ্গ:gouranga হারাধন:haradhan বিশ্বনাথ:biswanath পঞ্চানন:panchanan নিত্যানন্দ:nityananda অমলেন্দু:amalendu কার্তিক:kartik"),
           _t("মণ্ডল:mondal হালদার:haldar সাঁতরা:santra মাইতি:maity প্রামাণিক:pramanik জানা:jana দলুই:duloi পাত্র:patra ঘোষাল:ghoshal")),
    "BD": (_t("রোকেয়া:rokeya মর্জিনা:morjina শাহনাজ:shahnaz আছিয়া:asiya নুরজাহান:nurjahan ফিরোজা:firoza মমতাজ:momtaz সালেহা:saleha"),
           _t("আতাউর:ataur নজরুল:nazrul মোস্তফা:mostofa জয়নাল:joynal আনোয়ার:anwar হাবিবুর:habibur শামসুল:shamsul মকবুল:makbul"),
           _t("গাজী:gazi মিয়া:mia মাতব্বর:matabbar বেপারী:bepari ফকির:fakir প্রধান:prodhan শিকদার:sikder দেওয়ান:dewan")),
    "TA": (_t("செல்வி:selvi முத்துலட்சுமி:muthulakshmi பாப்பாத்தி:pappathi வள்ளியம்மை:valliammai தமிழரசி:tamilarasi கண்ணகி:kannagi பஞ்சவர்ணம்:panchavarnam அமுதா:amudha"),
           _t("சங்கிலிமுத்து:sangilimuthu சின்னசாமி:chinnasamy பழனிசாமி:palanisamy அய்யனார்:ayyanar கருப்பசாமி:karuppasamy பெரியகருப்பன்:periyakaruppan மூக்கையா:mookkaiah மாரிமுத்து:marimuthu"),
           _t("ஆறுமுகம்:arumugam பெருமாள்:perumal கந்தசாமி:kandasamy சண்முகம்:shanmugam மாடசாமி:madasamy சுடலைமணி:sudalaimani பொன்னுசாமி:ponnusamy முனியாண்டி:muniyandi")),
    "TE": (_t("లక్ష్మమ్మ:lakshmamma వెంకటమ్మ:venkatamma రమాదేవి:ramadevi పద్మావతి:padmavathi సరోజిని:sarojini అనసూయ:anasuya భాగ్యలక్ష్మి:bhagyalakshmi కృష్ణవేణి:krishnaveni"),
           _t("ఆదినారాయణ:adinarayana సాంబశివరావు:sambasivarao నాగేశ్వరరావు:nageswararao కోటయ్య:kotaiah పుల్లయ్య:pullaiah శ్రీనివాసులు:srinivasulu యాదగిరి:yadagiri మల్లేశం:mallesham"),
           _t("పొట్లూరి:potluri గుంటుపల్లి:guntupalli కొమ్మినేని:komminen వేములపాటి:vemulapati బొడ్డు:boddu చింతకాయల:chintakayala దాసరి:dasari మేకల:mekala పసుపులేటి:pasupuleti")),
    "KN": (_t("ದ್ಯಾಮವ್ವ:dyamavva ಸಾವಿತ್ರಮ್ಮ:savitramma ಮರೆಮ್ಮ:maremma ಹೊನ್ನಮ್ಮ:honnamma ಶಾರದಮ್ಮ:sharadamma ಯಲ್ಲಮ್ಮ:yallamma ಚನ್ನಮ್ಮ:channamma ಭಾಗೀರಥಿ:bhagirathi"),
           _t("ಬೀರಪ್ಪ:beerappa ಮಲ್ಲಿಕಾರ್ಜುನ:mallikarjun ಶಿವಣ್ಣ:shivanna ತಿಮ್ಮಯ್ಯ:thimmaiah ಹನುಮಂತಪ್ಪ:hanumanthappa ಸಿದ್ದಲಿಂಗಪ್ಪ:siddalingappa ನಂಜುಂಡಪ್ಪ:nanjundappa ಈರಣ್ಣ:iranna"),
           _t("ಕುರುಬರ:kurubar ಲಮಾಣಿ:lamani ಹಿರೇಮಠ:hiremath ನಾಯಕ:nayak ಬಿರಾದಾರ:biradar ಹೊಸಮನಿ:hosamani ಕಂಬಾರ:kambar ಪೂಜಾರಿ:poojari ತಳವಾರ:talawar")),
    "ML": (_t("കാർത്യായനി:karthyayani ദേവകി:devaki ലീലാമ്മ:leelamma ഏലിയാമ്മ:eliyamma മറിയാമ്മ:mariyamma ആയിഷുമ്മ:ayishumma സൗദാമിനി:saudamini കുഞ്ഞിലക്ഷ്മി:kunjilakshmi തങ്കമ്മ:thankamma"),
           _t("കുഞ്ഞിക്കണ്ണൻ:kunhikannan ഗോപാലകൃഷ്ണൻ:gopalakrishnan വർക്കി:varkey ഔസേപ്പ്:ouseph മമ്മദ്കുട്ടി:mammadkutty കുട്ടികൃഷ്ണൻ:kuttikrishnan ചാക്കോ:chacko ദിവാകരൻ:divakaran ശങ്കരൻകുട്ടി:sankarankutty"),
           _t("പുത്തൻപുരയിൽ:puthenpurayil കിഴക്കേടത്ത്:kizhakkedath മാളിയേക്കൽ:maliyekkal തെക്കേമഠത്തിൽ:thekkemadathil വടക്കേതിൽ:vadakkethil പാലമറ്റം:palamattam കല്ലുങ്കൽ:kallunkal ഓലിക്കൽ:olikkal മണ്ണാറത്ത്:mannarath")),
    "GU": (_t("હંસાબેન:hansaben રમીલાબેન:ramilaben જશોદાબેન:jashodaben ભાનુબેન:bhanuben કાશીબેન:kashiben મંજુલાબેન:manjulaben સવિતાબેન:savitaben દિવાળીબેન:diwaliben"),
           _t("નટવરલાલ:natwarlal જયંતીલાલ:jayantilal ભીખાભાઈ:bhikhabhai રણછોડભાઈ:ranchhodbhai મગનલાલ:maganlal કાંતિલાલ:kantilal ઈશ્વરભાઈ:ishwarbhai હરગોવિંદ:hargovind"),
           _t("ઠાકોર:thakor રબારી:rabari વાઘેલા:vaghela ચૌધરી:chaudhari પરમાર:parmar સોલંકી:solanki મકવાણા:makwana ડાભી:dabhi ભરવાડ:bharwad ગોહિલ:gohil")),
    "PA": (_t("ਜਸਮੇਲ:jasmel ਸੁਖਜੀਤ:sukhjeet ਸਰਬਜੀਤ:sarabjit ਮਨਜੀਤ:manjit ਰਾਜਵਿੰਦਰ:rajwinder ਚਰਨਜੀਤ:charanjit ਦਲਜੀਤ:daljit ਕੁਲਵੰਤ:kulwant"),
           _t("ਗੁਰਚਰਨ:gurcharan ਹਰਭਜਨ:harbhajan ਜੋਗਿੰਦਰ:joginder ਕਰਤਾਰ:kartar ਬਲਕਾਰ:balkar ਸੁਰਜੀਤ:surjit ਲਖਵਿੰਦਰ:lakhwinder ਨਛੱਤਰ:nachhattar ਗੁਰਨਾਮ:gurnam"),
           _t("ਖੋਸਾ:khosa ਭੁੱਲਰ:bhullar ਮਾਂਗਟ:mangat ਵੜੈਚ:waraich ਬੈਂਸ:bains ਚਾਹਲ:chahal ਰੰਧਾਵਾ:randhawa ਔਲਖ:aulakh ਧਾਲੀਵਾਲ:dhaliwal ਸੇਖੋਂ:sekhon")),
    "UR": (_t("زبیدہ:zubaida حمیدہ:hameeda سکینہ:sakina صغریٰ:sughra کنیز:kaneez بشریٰ:bushra عذرا:azra ثریا:suraiya رقیہ:ruqayya"),
           _t("مختار:mukhtar بشیر:basheer ریاض:riaz صادق:sadiq شفیق:shafiq ارشد:arshad طفیل:tufail خدا_بخش:khudabakhsh غلام_رسول:ghulamrasool"),
           _t("اعوان:awan جوئیہ:joiya وٹو:wattoo راجپوت:rajput کاٹھیا:kathia لنگڑیال:langrial سیال:sial ماچھی:machhi ہرل:harral")),
    "SI": (_t("කුසුම්:kusum සෝමාවතී:somawathi ලීලාවතී:leelawathi අනුලා:anula සුමනා:sumana පද්මිනී:padmini කරුණාවතී:karunawathi දයාවතී:dayawathi රංජනී:ranjani"),
           _t("පියදාස:piyadasa ගුණපාල:gunapala ජයසේන:jayasena කරුණාරත්න:karunaratne හේමපාල:hemapala අප්පුහාමි:appuhami සෝමපාල:somapala විමලසිරි:wimalasiri ධර්මදාස:dharmadasa"),
           _t("හේරත්:herath දිසානායක:dissanayake වීරසිංහ:weerasinghe ගමගේ:gamage අබේසේකර:abeysekera කුමාරසිංහ:kumarasinghe රත්නායක:rathnayake ඒකනායක:ekanayake පතිරණ:pathirana ගුණතිලක:gunathilaka")),
    "NE": (_t("सानुमाया:sanumaya हिमकला:himkala पवित्रा:pabitra गोमा:goma तुलसा:tulsa चन्द्रकला:chandrakala बिष्णुमाया:bishnumaya मनकुमारी:mankumari"),
           _t("दलबहादुर:dalbahadur हर्कबहादुर:harkabahadur टंकप्रसाद:tankaprasad खड्गबहादुर:khadgabahadur चक्रपाणि:chakrapani पूर्णप्रसाद:purnaprasad भीमलाल:bhimlal केशवराज:keshavraj"),
           _t("न्यौपाने:nyaupane खनाल:khanal भट्टराई:bhattarai थोकर:thokar ढुंगाना:dhungana मगर:magar दाहाल:dahal लामिछाने:lamichhane सुवेदी:subedi घिमिरे:ghimire")),
}  # fmt: skip
for _loc, (_f, _m, _fam) in NAMES.items():  # two-word Urdu given names are written with "_" in the table
    NAMES[_loc] = tuple([(n.replace("_", " "), r) for n, r in lst] for lst in (_f, _m, _fam))  # type: ignore[assignment]

SINGH, KAUR = "ਸਿੰਘ", "ਕੌਰ"


@dataclass(frozen=True, slots=True)
class Loc:
    code: str
    lang: str
    script: str  # native digits (ids.NATIVE key; "" for none)
    country: str
    districts: dict[
        str, tuple[str, str, tuple[str, ...]]
    ]  # district (plain) -> (tehsil / block, state, invented villages)
    lines: tuple[str, ...]  # fill patterns of a house / ward / mohalla line (native script)
    phones: tuple[str, ...]
    pin: str  # fill pattern of the postal code
    mails: tuple[str, ...]


_IN_MAIL = ("gmail.com", "gmail.com", "yahoo.co.in", "rediffmail.com", "outlook.com")
LOCS: dict[str, Loc] = {lc.code: lc for lc in [
    Loc("HI", "hi", "deva", "भारत", {
        "बहराइच": ("तहसील महसी", "उत्तर प्रदेश", ("पिपरहिया खुर्द", "रमवापुर कलां", "बनकटवा")),
        "गोरखपुर": ("तहसील चौरी चौरा", "उत्तर प्रदेश", ("सोनबरसा टोला", "करमहिया बुजुर्ग", "भटहट खास")),
        "सीवान": ("प्रखंड दरौली", "बिहार", ("गौरियाकोठी पूरब", "मझवलिया टोला")),
    }, ("मकान नं. %#, मोहल्ला कटरा", "ग्राम पोस्ट %# वार्ड नं. %", "म.नं. %##/%, गली नं. %", "वार्ड नं. %#, कहार टोली"),
        ("+91 !#### #####", "!#########", "+91-!#########"), "2#####", _IN_MAIL),
    Loc("MR", "mr", "deva", "भारत", {
        "पुणे": ("ता. शिरूर", "महाराष्ट्र", ("कवठे येमाई", "पिंपळसुटी", "आंबळे")),
        "नाशिक": ("ता. सिन्नर", "महाराष्ट्र", ("वडांगळी", "पांढुर्ली बुद्रुक")),
        "सोलापूर": ("ता. मोहोळ", "महाराष्ट्र", ("कुरुलकरवाडी", "पेनूर खुर्द", "शेटफळे")),
    }, ("घर नं. %##, भीमनगर", "मु. पो. %# गल्ली, मारुती मंदिराजवळ", "फ्लॅट नं. %#, साईकृपा अपार्टमेंट", "सर्व्हे नं. %#/%, वस्ती"),
        ("+91 !#### #####", "!#########", "+91-!#########"), "4#####", _IN_MAIL),
    Loc("BN", "bn", "beng", "ভারত", {
        "পূর্ব মেদিনীপুর": ("ব্লক খেজুরি-২", "পশ্চিমবঙ্গ", ("বাঁশগোড়া পূর্বপাড়া", "হিজলবেড়িয়া", "চড়াখালি")),
        "বাঁকুড়া": ("ব্লক ইন্দপুর", "পশ্চিমবঙ্গ", ("শালবনি মাঝপাড়া", "কুসুমডিহা")),
    }, ("বাড়ি নং %#, দক্ষিণপাড়া", "গ্রাম ও ডাকঘর, ওয়ার্ড %", "%#/% নেতাজি পল্লী"),
        ("+91 !#### #####", "!#########"), "7#####", _IN_MAIL),
    Loc("BD", "bn", "beng", "বাংলাদেশ", {
        "ময়মনসিংহ": ("উপজেলা গৌরীপুর", "ময়মনসিংহ বিভাগ", ("চরপলাশিয়া", "দাপুনিয়া উত্তরপাড়া", "বোকাইনগর চর")),
        "সিরাজগঞ্জ": ("উপজেলা কাজিপুর", "রাজশাহী বিভাগ", ("চরগিরিশ মধ্যপাড়া", "নাটুয়ারপাড়া")),
    }, ("বাড়ি #%, মুন্সিবাড়ি", "হোল্ডিং নং %##, ওয়ার্ড %", "গ্রাম: মাঝিপাড়া, বাড়ি %#"),
        ("017##-######", "+880 1%## ######", "01^##-######"), "2###", ("gmail.com", "yahoo.com")),
    Loc("TA", "ta", "taml", "இந்தியா", {
        "விருதுநகர்": ("அருப்புக்கோட்டை வட்டம்", "தமிழ்நாடு", ("பாலவநத்தம் புதூர்", "கல்லூரணி கிழக்கு", "செம்பட்டிக்குளம்")),
        "தேனி": ("ஆண்டிபட்டி வட்டம்", "தமிழ்நாடு", ("வருசநாடு மேலத்தெரு", "கண்டமனூர் காலனி")),
    }, ("கதவு எண் %#, கீழத்தெரு", "%#/%, மாரியம்மன் கோவில் தெரு", "எண் %##, காமராஜர் நகர்"),
        ("+91 !#### #####", "!#########"), "62####", _IN_MAIL),
    Loc("TE", "te", "telu", "భారతదేశం", {
        "గుంటూరు": ("మండలం పొన్నూరు", "ఆంధ్రప్రదేశ్", ("చింతలపూడి పాలెం", "మునిపల్లె కొత్తూరు", "వెల్లటూరు")),
        "నల్గొండ": ("మండలం చండూరు", "తెలంగాణ", ("బొడంగిపర్తి", "గట్టుప్పల తండా")),
    }, ("ఇంటి నం. %-%#/%, రామాలయం వీధి", "డోర్ నం. %#-%##, గాంధీ నగర్", "H.No. %-%#, ఎస్సీ కాలనీ"),
        ("+91 !#### #####", "!#########"), "5#####", _IN_MAIL),
    Loc("KN", "kn", "knda", "ಭಾರತ", {
        "ಬಾಗಲಕೋಟೆ": ("ಹುನಗುಂದ ತಾಲೂಕು", "ಕರ್ನಾಟಕ", ("ಕಮತಗಿ ಹೊಸೂರು", "ಬೇವೂರು ತಾಂಡಾ", "ಚಿಕ್ಕಸಂಶಿ")),
        "ಚಿತ್ರದುರ್ಗ": ("ಮೊಳಕಾಲ್ಮೂರು ತಾಲೂಕು", "ಕರ್ನಾಟಕ", ("ರಾಂಪುರ ಗೊಲ್ಲರಹಟ್ಟಿ", "ಕೋನಸಾಗರ")),
    }, ("ಮನೆ ನಂ. %#, ಹನುಮಪ್ಪ ಗುಡಿ ಓಣಿ", "ವಾರ್ಡ್ ನಂ. %, ಮನೆ ನಂ. %##", "#%ನೇ ಕ್ರಾಸ್, ಅಂಬೇಡ್ಕರ್ ನಗರ"),
        ("+91 !#### #####", "!#########"), "58####", _IN_MAIL),
    Loc("ML", "ml", "mlym", "ഇന്ത്യ", {
        "കോഴിക്കോട്": ("കൊയിലാണ്ടി താലൂക്ക്", "കേരളം", ("ചേമഞ്ചേരി കിഴക്ക്", "കാപ്പാട് തീരം", "അരിക്കുളം")),
        "കോട്ടയം": ("മീനച്ചിൽ താലൂക്ക്", "കേരളം", ("ഇടമറുക് പടി", "കൊഴുവനാൽ", "മേലുകാവുമറ്റം")),
    }, ("വീട്ടുനമ്പർ %#/%##, വാർഡ് %", "ഹൗസ് നമ്പർ %##, പള്ളിപ്പടി", "%/%## പഞ്ചായത്ത് റോഡ്"),
        ("+91 !#### #####", "!#########", "0495 2######"), "67####", _IN_MAIL),
    Loc("GU", "gu", "gujr", "ભારત", {
        "બનાસકાંઠા": ("તા. થરાદ", "ગુજરાત", ("ડોડગામ વાસ", "ભાપી પાદર", "રામપુરા મોટા")),
        "અમરેલી": ("તા. કુંકાવાવ", "ગુજરાત", ("નાની કુંકાવાવ પરા", "તોરી ખાંભા")),
    }, ("મકાન નં. %#, ઠાકોરવાસ", "%#, રામજી મંદિર પાસે, ખડકી", "બ્લોક નં. %#, ગોકુળ સોસાયટી"),
        ("+91 !#### #####", "!#########"), "3#####", _IN_MAIL),
    Loc("PA", "pa", "guru", "ਭਾਰਤ", {
        "ਮੋਗਾ": ("ਤਹਿਸੀਲ ਬਾਘਾਪੁਰਾਣਾ", "ਪੰਜਾਬ", ("ਰੋਡੇ ਖੁਰਦ ਪੱਤੀ", "ਘੋਲੀਆ ਕਲਾਂ", "ਨੱਥੂਵਾਲਾ ਜਦੀਦ")),
        "ਫ਼ਿਰੋਜ਼ਪੁਰ": ("ਤਹਿਸੀਲ ਜ਼ੀਰਾ", "ਪੰਜਾਬ", ("ਮੱਲਾਂਵਾਲਾ ਢਾਣੀ", "ਸ਼ਾਹਵਾਲਾ ਪੱਤੀ")),
    }, ("ਮਕਾਨ ਨੰ. %#, ਗੁਰਦੁਆਰਾ ਵਾਲੀ ਗਲੀ", "ਵਾਰਡ ਨੰ. %, ਮਕਾਨ %##", "ਪੱਤੀ ਬਾਹਮਣਾਂ, ਘਰ ਨੰ. %#"),
        ("+91 !#### #####", "!#########", "+91-!#########"), "14####", _IN_MAIL),
    Loc("UR", "ur", "urdu", "پاکستان", {
        "ساہیوال": ("تحصیل چیچہ وطنی", "پنجاب", ("چک نمبر ۱۱۲ نو ایل", "کوٹ شاہ محمد", "ڈھکی بستی")),
        "جھنگ": ("تحصیل شورکوٹ", "پنجاب", ("بستی سیال والی", "موضع کھیوہ")),
    }, ("مکان نمبر %#، محلہ قاضیاں والا", "گلی نمبر %، مکان %##، محلہ اسلام پورہ", "ڈاک خانہ خاص، مکان %#"),
        ("03##-#######", "+92 3## #######", "03## #######"), "5####", ("gmail.com", "yahoo.com", "hotmail.com")),
    Loc("SI", "si", "", "ශ්‍රී ලංකාව", {
        "කුරුණෑගල": ("ගිරිබාව ප්‍රාදේශීය ලේකම් කොට්ඨාසය", "වයඹ පළාත", ("කඹුරාවල පහළගම", "දිවුල්ලෑවේ", "මහවැව ඉහළ")),
        "මාතර": ("අකුරැස්ස ප්‍රා.ලේ.", "දකුණු පළාත", ("කොටවිල උඩුගම", "පල්ලෙගම නැගෙනහිර")),
    }, ("අංක %#/%, පන්සල පාර", "නො. %##, ගම්මානය", "%#, වෙල්ලවත්ත හන්දිය"),
        ("07# ### ####", "+94 7# ### ####", "07#-#######"), "6####", ("gmail.com", "yahoo.com", "sltnet.lk")),
    Loc("NE", "ne", "deva", "नेपाल", {
        "सिन्धुपाल्चोक": ("मेलम्ची नगरपालिका", "बागमती प्रदेश", ("भोटेचौर डाँडा", "घुम्थाङ टोल", "ठूलोपाखर")),
        "स्याङ्जा": ("गल्याङ नगरपालिका", "गण्डकी प्रदेश", ("चिलाउनेबास", "बाङ्सिङ देउराली")),
    }, ("वडा नं. %, घर नं. %#", "वडा नं. %#, टोल", "घर नं. %##, वडा नं. %"),
        ("98########", "+977-98########", "98########"), "4####", ("gmail.com", "yahoo.com")),
]}  # fmt: skip


@dataclass(slots=True)
class Person:
    given: str
    family: str
    roman: str  # romanised "given family" for the e-mail address
    female: bool
    dob: date
    loc: Loc
    district: str
    phone: str
    phone2: str
    email: str
    line: str
    village: str
    pin: str
    middle: str = ""  # Marathi / Gujarati father's or husband's given name
    nid: str = ""  # Aadhaar, CNIC, Bangladeshi NID, Sri Lankan NIC, Nepali citizenship number
    addr: tuple = field(default_factory=tuple)

    @property
    def full(self) -> str:
        c = self.loc.code
        if c == "TA":
            return f"{initial(self.family)}. {self.given}"
        if c == "TE":
            return f"{self.family} {self.given}"
        if c == "PA":
            return f"{self.given} {KAUR if self.female else SINGH} {self.family}"
        if c in ("MR", "GU") and self.middle:
            return f"{self.given} {self.middle} {self.family}"
        return f"{self.given} {self.family}"

    @property
    def short(self) -> str:
        """Given + family without the middle name (Marathi, Gujarati), as a doctor or a form writes it."""
        if self.loc.code in ("MR", "GU"):
            return f"{self.given} {self.family}"
        return self.full

    @property
    def state(self) -> str:
        return self.loc.districts[self.district][1]

    @property
    def tehsil(self) -> str:
        return self.loc.districts[self.district][0]


def initial(name: str) -> str:
    """The first letter of a name with its vowel sign (Tamil initials: பெருமாள் -> பெ)."""
    out = name[0]
    for c in name[1:]:
        if unicodedata.category(c) in ("Mn", "Mc"):
            out += c
        else:
            break
    return out


def _words(name: str) -> set[str]:
    return {w for w in name.split() if len(w) >= 2}


def draw_person(rng: random.Random, loc: Loc, used: set[str], ref: date, *, female: bool | None = None,
                age_days: tuple[int, int] = (22 * 365, 80 * 365), family: str | None = None,
                home: Person | None = None, district: str | None = None, middle: str | None = None) -> Person:  # fmt: skip
    """One synthetic person of `loc` (`family` a household's family name, `home` a household's address);
    no name word is shared with anyone already drawn for the document (`used`)."""
    female = rng.random() < 0.5 if female is None else female
    fs, ms, fams = NAMES[loc.code]
    pool = fs if female else ms
    free = [g for g in pool if not (_words(g[0]) & used)] or pool
    given, groman = rng.choice(free)
    used |= _words(given)
    if family is None:
        family, froman = rng.choice([f for f in fams if not (_words(f[0]) & used)] or fams)
    else:
        froman = dict(fams)[family]
    used |= _words(family)
    if middle is None and loc.code in ("MR", "GU"):
        m = [g for g in ms if not (_words(g[0]) & used)] or [g for g in ms if g[0] != given]
        middle = rng.choice(m)[0]
    used |= _words(middle or "")
    dob = ref - timedelta(days=rng.randint(*age_days))
    roman = f"{groman} {froman}"
    sep = rng.choice([".", "", "_"])
    email = rng.choice([f"{groman}{sep}{froman}", f"{groman}{dob.year % 100:02d}", f"{froman}{sep}{groman}{rng.randint(1, 99)}",
                        f"{groman}{froman[:3]}{rng.randint(100, 999)}", f"{groman}{dob.year}"]) + "@" + rng.choice(loc.mails)  # fmt: skip
    if home is not None:
        district, line, village, pin = home.district, home.line, home.village, home.pin
    else:
        district = district or rng.choice(list(loc.districts))
        villages = loc.districts[district][2]
        village = rng.choice([v for v in villages if v not in used] or list(villages))
        used.add(village)
        line = fill(rng, rng.choice(loc.lines))
        if loc.script and rng.random() < 0.5:
            line = native(line, loc.script)
        pin = fill(rng, loc.pin)
    p = Person(given, family, roman, female, dob, loc, district, phone(rng, loc), phone(rng, loc), email, line, village, pin,
               middle or "")  # fmt: skip
    p.nid = national_id(rng, p)
    p.addr = address(p)
    return p


def national_id(rng: random.Random, p: Person) -> str:
    c = p.loc.code
    if c == "UR":
        return ids.cnic(rng, p.female, rng.choice(["36502", "33202", "36501"]))
    if c == "BD":
        return ids.nid_bd(rng, p.dob)
    if c == "SI":
        return ids.nic_lk(rng, p.dob, p.female)
    if c == "NE":
        return ids.citizenship_np(rng, rng.choice([23, 39, 26, 41]))
    return ids.aadhaar(rng)


def address(p: Person) -> tuple:
    """The whole address as the locale writes it: house line and village PHI, the PIN a ZIP, tehsil /
    district / state plain text."""
    A = lambda v: P("ADDRESS", v)  # noqa: E731
    Z = lambda v: P("ZIP", v)  # noqa: E731
    c = p.loc.code
    if c == "UR":
        return (A(p.line), "، ", A(p.village), f"، {p.tehsil}، ضلع {p.district}")
    if c == "SI":
        return (A(p.line), ", ", A(p.village), f", {p.district} ", Z(p.pin))
    if c == "NE":
        return (A(p.village), ", ", A(p.line), f", {p.tehsil}, जिल्ला {p.district}")
    if c == "BD":
        return (A(p.line), ", ", A(p.village), f", {p.tehsil}, জেলা {p.district} - ", Z(p.pin))
    dist = {
        "HI": "जिला",
        "MR": "जि.",
        "BN": "জেলা",
        "TA": "மாவட்டம்",
        "TE": "జిల్లా",
        "KN": "ಜಿಲ್ಲೆ",
        "ML": "ജില്ല",
        "GU": "જિ.",
        "PA": "ਜ਼ਿਲ੍ਹਾ",
    }[c]
    if c in ("TA", "ML"):
        return (A(p.line), ", ", A(p.village), f", {p.tehsil}, {p.district} {dist} - ", Z(p.pin))
    return (A(p.line), ", ", A(p.village), f", {p.tehsil}, {dist} {p.district} - ", Z(p.pin))


def phone(rng: random.Random, loc: Loc) -> str:
    v = fill(rng, rng.choice(loc.phones))
    # some numbers are typed in the script's own digits (Nepali, Bangladeshi and Marathi forms)
    if rng.random() < {"NE": 0.4, "BD": 0.3, "MR": 0.15}.get(loc.code, 0):
        return native(v, loc.script)
    return v
