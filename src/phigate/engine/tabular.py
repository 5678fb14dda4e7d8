"""Tables inside free text: delimited blocks under a header, SQL INSERT column lists, HL7 v2 and X12
segments.

A cell in a table carries no cue of its own: "41123" is a ZIP code only because its column says
`zip`, "Martin" a surname only because the column says `last_name`. The header does the work, so
every cell under a column whose name denotes an identifier is a hit of that type, whatever its
shape. Column names are classified by their words (`first_name`, `PatientID`, `zip code` ->
firstname, patientid, zipcode), not by substring, so `pipeline` is no address line and `drug_name`
no person.

All offsets are into the (ASCII, 1:1) scan text that the other detectors see.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import frame_reprs
from phigate.engine.scanner import Hit

_EXACT: dict[str, T] = {}
for _t, _words in {
    T.NAME: "name firstname lastname fname lname givenname givennames familyname surname surnames forename "
    "forenames fullname patientname middlename maidenname mothersmaidenname nokname contactname guarantor "
    "guarantorname insuredname subscribername policyholder emergencycontact nextofkin first last given "
    "family patient patientfullname nombre apellido apellidos vorname nachname prenom cognome nome imie "
    "nazwisko spouse mother father guardian middle maiden namn fornamn efternamn jmeno prijmeni nev nume "
    "prenume ad soyad "
    # NAACCR's and other registries' field names, the name's kind last
    "namelast namefirst namemiddle namemaiden namealias namespouseparent namebirthsurname "
    "followupcontactname "
    "imya familiya nimi etunimi sukunimi navn fornavn etternavn naam voornaam achternaam nama "
    # name and clan name in Swahili, Kinyarwanda, Chichewa, Shona, Hausa, Somali, Yoruba, Luganda, Zulu
    "jina izina dzina suna magaca oruko erinnya igama isiduko "
    "vardas pavarde nafn vards uzvards ime prezime priimek emri mbiemri isem kunjom anarana "
    "displayname realname nom nomnaissance nomdenaissance nomusage nomdusage nomdefamille nomepouse "
    # displayname, realname: a user's name in Microsoft Graph, GraphQL, SCIM and Slack objects
    "sobrenome nomecompleto apellidopaterno apellidomaterno primerapellido segundoapellido "
    # who handles a case, in tickets, CRMs and claim systems ("assigned_to": "<name>"; a value in lower case
    # or a system's name is no person's and stays)
    "assignedto assignee adjuster adjustername collector collectorname agentname repname handledby "
    # a trial's subject by initials, its investigator (SDTM INVNAM)
    "initials subjinit subjectinitials ptinit patientinitials patientinitial invnam investigator "
    # a clinician by the role a record files them under ("doctor": "<name>", "publicHealthNurse")
    "doctor physician clinician nurse practitioner therapist midwife coach caseworker socialworker "
    "prescriber author coordinator "
    # a child's mother or father and who declared a death, in French, Spanish and Portuguese registers
    "mere pere madre padre mae pai declarant declarante "
    # a trainee and who supervised them, in case logs and portfolios ("resident,...,supervisor,...")
    "resident supervisor preceptor trainee intern registrar mentor examiner "
    # the same roles in other languages ("medico": "<name>", "behandelaar", "Arzt", "infirmière")
    "medico medica medecin arzt arztin profesional profissional professional professionnel professionista "
    "behandelaar huisarts lekarz laakari lakare "
    "enfermeiro enfermeira enfermera enfermero infirmier infirmiere pflegekraft",
    T.ZIP: "zip zipcode zip5 zip4 postcode postalcode postal plz cap pincode codigopostal codepostal postnr "
    "postnummer psc postinumero postkode kodpocztowy cep tk pastokodas postnumer postanumer postnumer "
    "pasta indekss postanskibroj postnastevilka kodipostar codpostal codpost",
    T.ADDRESS: "address addr street streetaddress address1 address2 addressline addressline1 addressline2 "
    "aadress elukoht woonplaats bopael bopel postadresse postadress "
    "line1 line2 city town municipality village suburb residence homeaddress mailingaddress strasse "
    "ort ciudad ville citta localidad adress adres adresa adresse endereco indirizzo direccion osoite cim "
    "gatuadress ulice ulica obec mesto miasto kaupunki stad by sehir il ilce adresas miestas heimilisfang "
    "heimili baejarfelag bajarfelag sveitarfelag iela pilseta grad naslov adresa qyteti indirizz belt addr1 "
    "addr2 adr1 adr2 locality neighborhood neighbourhood hamlet "
    # where a camp's registers put a family: its shelter, and where a patient came from ("provenance")
    "shelter blockshelter tente barraca tukul provenance procedencia "
    # geocodes below the state are Safe Harbor geography too: a county, its FIPS code, the coordinates
    "county countyname countyfips fips fipscode censustract lat lon lng latitude longitude geolat geolon "
    # where a person was born is a town too ("birth_place": "<town>")
    "birthplace placeofbirth birthcity cityofbirth birthtown townofbirth geburtsort lieudenaissance "
    "lugardenacimiento luogodinascita naturalidade",
    T.PHONE: "phone tel telephone mobile cell cellphone homephone workphone phonenumber phoneno "
    "contactnumber mobilephone telefon telefono handy telefone puhelin tlf",
    T.FAX: "fax faxnumber faxno",
    T.EMAIL: "email mail emailaddress emailid userprincipalname upn",
    T.SSN: "ssn socialsecurity socialsecuritynumber socialsecurityno sin nationalid nhsnumber nhsno "
    "taxid steuerid nif dni pesel",
    T.MRN: "mrn medicalrecordnumber medicalrecordno medrecno chart chartno chartnumber chartid patientid "
    "nhi nhinumber nhino "
    "pid patientnumber patientno hospitalno hospitalnumber caseno casenumber recordnumber recordno "
    "encounterid visitnumber visitno "
    # the keys of one person's records in an export (Synthea's medications.csv: "...,PATIENT,ENCOUNTER,...")
    "encounter encounteruuid visituuid "
    # a trial's subject, screening and randomisation numbers (SDTM USUBJID, SUBJID)
    "usubjid subjid subjectid subjectno subjectnumber screeningno screeningnumber scrno randno randnum "
    "randomizationno randomizationnumber randomisationno randomisationnumber",
    T.HEALTH_PLAN: "planid memberid membernumber memberno policynumber policyno policyid subscriberid "
    "insuranceid insurance insurancenumber medicareid medicaidid medicare medicaid mbi beneficiaryid "
    "healthplan healthplanid groupnumber insurancemember insurancememberid insurancenumber",
    T.ACCOUNT: "account accountnumber accountno accountid acct acctno iban billingaccount creditcard "
    "cardnumber cardno",
    T.LICENSE: "license licence licenseno licenceno licensenumber licencenumber driverslicense dl dlnumber "
    "passport passportno passportnumber npi dea deanumber cpn hpicpn",
    T.VEHICLE: "vin plate licenseplate numberplate vehicle vehicleid registration regno",
    T.DEVICE: "serial serialno serialnumber deviceid device udi imei implantid "
    # an app's install and advertising identifiers (Segment's anonymousId, IDFA, GAID) and push tokens
    "anonymousid advertisingid idfa idfv gaid adid androidid installationid installid devicetoken pushtoken "
    "fcmtoken apnstoken",
    T.DATE: "dob birthdate dateofbirth birthday born dod deathdate dateofdeath admitdate admissiondate "
    "fodd fodelsedatum narozeni datumnarozeni syntymaaika fodselsdato geburtsdatum geboortedatum dogumtarihi "
    "dischargedate servicedate visitdate encounterdate fechanac fechanacimiento fechadenacimiento datanasc "
    "datanascimento datadinascita datenaissance datedenaissance gebdatum gebdat brthdtc brthdt "
    "birthtime timeofbirth",
    T.IP: "ip ipaddress clientip srcip sourceip remoteaddr remoteip",
    T.AGE: "age",
}.items():
    for _w in _words.split():
        _EXACT[_w] = _t
# people a record names besides the patient: proxies, dependants, relatives, emergency contacts; a name's
# reading in kana (Japanese records keep one beside the name)
for _w in ("proxy", "proxyfor", "onbehalfof", "dependent", "dependant", "relative", "emergencycontact",
           "hcpoa", "nextofkin", "nok", "kin", "kana", "furigana", "namekana", "kananame"):
    _EXACT[_w] = T.NAME
# the numbers a health service files one person's things under: a booking, a requisition, an order, a claim,
# a record, a document, a payment's reference, a member of staff's number ("bookingRef", "pedido",
# "record_id", "mpesa_ref", "employee"); a licence by its last word ("dr_license")
for _w in ("bookingref", "bookingreference", "bookingno", "requisition", "requisitionid", "requisitionno",
           "pedido", "commande", "recordid", "documentid", "dokumendiid", "claimid", "claimno", "claimnumber",
           "visitid", "admissionid", "referralid", "prescriptionid", "rxid", "rxnumber", "rxno", "orderid",
           "orderno", "ordernumber", "employee", "employeeid", "employeeno", "employeenumber", "staffid",
           "staffno", "staffnumber", "badgeno", "badgeid", "mpesaref", "paymentref", "transactionref",
           "receiptno"):
    _EXACT[_w] = T.ID
# the numbers a service files a client under, and an athlete's race bib ("PersonalID" of an HMIS export,
# "client code" of a drop-in register, "Bib" of a medical tent's log)
for _w in ("personalid", "clientid", "clientno", "clientnumber", "clientcode", "hmisid", "caseid", "caseref",
           "bib", "bibno", "bibnumber", "racenumber", "racebib", "athleteid", "playerid"):
    _EXACT[_w] = T.ID
# the names a person also goes by ("AKA", "alias", "name / known as"); a street's name is an address's part
for _w in ("aka", "alias", "aliases", "knownas", "nameknownas", "preferredname", "streetnickname",
           # who sent a message in a chat or an inbox export, by name ({"sender_name": "<given> <family>"})
           "sendername", "senderhandle"):
    _EXACT[_w] = T.NAME
_EXACT["streetname"] = T.ADDRESS
for _w in ("drlicense", "doctorlicense", "medicallicense", "nurselicense", "practitionerlicense",
           "statecert"):
    _EXACT[_w] = T.LICENSE
# an employer's name is removed like a person's (Safe Harbor, 45 CFR 164.514(b)(2)(i)): see employers.py
for _w in ("employer", "employername", "currentemployer", "workplace", "placeofemployment", "arbeitgeber",
           "employeur", "empleador", "empregador", "werkgever", "pracodawca", "arbetsgivare"):
    _EXACT[_w] = T.NAME
# Chinese HIS schemas name columns by pinyin initials (xm = 姓名 name, jtzz = 家庭住址 home address, ...);
# Filipino and Spanish headers (apelyido = surname, pangalan = name, brgy = barangay, localidad = town)
for _t, _words in {
    T.NAME: "xm hzxm brxm xingming lxr lxrxm jsxm apelyido pangalan gitnangpangalan",
    T.ADDRESS: "jtzz xzz hjdz jtdz xxdz brgy barangay brgytown bayan lungsod localidad colonia municipio "
    "alcaldia",
    T.ZIP: "yzbm cp codigopostal",
    T.PHONE: "lxdh sjhm lxrdh",
    T.SSN: "sfzh sfzhm",
    T.DATE: "csrq",
    T.MRN: "zyh mzh blh bah",
}.items():
    for _w in _words.split():
        _EXACT[_w] = _t

# a column named by one of these is an attribute of a thing, not of a person ("drug_name", "file_name")
_NOT_PERSON = ("drug", "med", "medication", "product", "brand", "facility", "hospital", "clinic", "org",
               "organization", "organisation", "company", "file", "table", "column", "host", "service",
               "app", "test", "lab", "code", "display", "device", "model", "unit", "event", "field",
               "class", "module", "function", "method", "queue", "topic", "bucket", "index", "db",
               "database", "schema", "vendor", "payer", "plan", "department", "ward", "room", "site",
               "concept", "template", "package", "project", "job", "task", "workflow", "report",
               # who pays, supplies or sponsors: "insurerName", "carrier_name", "pharmacyName"
               "insurer", "insurance", "carrier", "pharmacy", "manufacturer", "supplier", "sponsor",
               "laboratory")
# things a Portuguese or Spanish "nome..."/"nombre..." column names ("nomeArquivo", "nombre_producto")
_NOT_PERSON_ROMANCE = frozenset(
    ["arquivo", "archivo", "fichier", "produto", "producto", "medicamento", "servico", "servicio",
     "estabelecimento", "establecimiento", "unidade", "unidad", "empresa", "plano", "plan", "operadora",
     "tabela", "tabla", "campo", "procedimento", "procedimiento", "exame", "examen", "hospital", "clinica",
     "municipio", "cidade", "ciudad", "estado", "pais", "rua", "calle", "bairro", "barrio", "programa",
     "sistema", "fantasia", "social", "razao", "razon", "convenio", "especialidade", "especialidad", "setor",
     "sector", "local"]
)
_SUFFIX: tuple[tuple[str, T], ...] = (
    ("name", T.NAME), ("surname", T.NAME), ("phone", T.PHONE), ("mobile", T.PHONE), ("fax", T.FAX),
    ("email", T.EMAIL), ("zip", T.ZIP), ("zipcode", T.ZIP), ("postcode", T.ZIP), ("postalcode", T.ZIP),
    ("address", T.ADDRESS), ("street", T.ADDRESS), ("city", T.ADDRESS), ("ssn", T.SSN), ("mrn", T.MRN),
    ("dob", T.DATE), ("birthdate", T.DATE), ("memberid", T.HEALTH_PLAN), ("policynumber", T.HEALTH_PLAN),
    ("accountnumber", T.ACCOUNT), ("vin", T.VEHICLE), ("serialnumber", T.DEVICE),
    ("licensenumber", T.LICENSE), ("licencenumber", T.LICENSE),  # "StateLicenseNumber"
    # a person's login ("caregiver_login", "portalUsername"); not any "...Handle" (an SQS ReceiptHandle)
    ("login", T.ID), ("username", T.ID), ("screenname", T.ID), ("userid", T.ID), ("customerid", T.ID),
    # the same in other languages ("utilizador", "id_usuario", "Benutzer", "identifiant" on a portal)
    ("utilizador", T.ID), ("utilisateur", T.ID), ("usuario", T.ID), ("benutzer", T.ID), ("gebruiker", T.ID),
    ("uzytkownik", T.ID), ("kayttaja", T.ID), ("anvandare", T.ID), ("identifiant", T.ID),
    # "watch_serial", "meterSerial", "androidDeviceId"; "primaryDoctor", "publicHealthNurse"
    ("serial", T.DEVICE), ("deviceid", T.DEVICE), ("doctor", T.NAME), ("physician", T.NAME),
    ("nurse", T.NAME), ("clinician", T.NAME),
)
_CAMEL = re.compile(r"(?<=[a-z0-9])(?=[A-Z])")
_NON_ALNUM = re.compile(r"[^a-z0-9]+")


def key_words(key: str) -> list[str]:
    """A column's or a key's words in lower case: "portal_user" and "attendingPhysician" alike."""
    return [w for w in _NON_ALNUM.split(_CAMEL.sub(" ", key).lower()) if w]
# digits a cell must hold to be an identifier of the type (plates can be "LU-Q-6"; numbers have more)
_MIN_DIGITS = {T.SSN: 4, T.MRN: 2, T.HEALTH_PLAN: 3, T.ACCOUNT: 3, T.LICENSE: 3, T.VEHICLE: 1, T.DEVICE: 2,
               T.ZIP: 2, T.PHONE: 5, T.FAX: 5, T.IP: 2, T.DATE: 2}  # ZIP: "SW1A 1AA"; MRN: an NHI "KRT47PW"
_SERVICE_ACCOUNT = re.compile(
    r"(?i)(?:svc|service|bot|system|daemon|cron|batch|app)[\-_.]|(?:system|service|admin)$"
)
_EMPTY = frozenset(["", "null", "none", "nil", "n/a", "na", "-", "--", "?", "unknown", "true", "false", "yes",
                    "no"])


# terse schema abbreviations ("pt_nm", "brth_dt", "pstl", "tel_no", "ins_mbr"), expanded word by word
_ABBREV = {
    "nm": "name", "nme": "name", "fst": "first", "frst": "first", "fnm": "firstname", "lst": "last",
    "lnm": "lastname", "fam": "family", "gvn": "given", "mid": "middle", "pat": "patient", "pt": "patient",
    "pstl": "postal", "pst": "postal", "twn": "town",
    "cd": "code", "zipcd": "zipcode", "cty": "city", "addr": "address",
    "adr": "address", "ln": "lastname", "fn": "firstname", "ln1": "line1", "ln2": "line2", "str": "street",
    "tel": "phone",
    "ph": "phone", "phn": "phone", "telno": "phonenumber", "no": "number", "num": "number", "nbr": "number",
    "brth": "birth", "bth": "birth", "dt": "date", "mbr": "member", "ins": "insurance", "eml": "email",
    "acct": "account", "lic": "license", "dob": "dob", "soc": "social", "sec": "security",
    "bene": "beneficiary", "benef": "beneficiary", "subscr": "subscriber", "sbscr": "subscriber",
    "ptnt": "patient", "pnt": "patient", "guar": "guarantor", "grntr": "guarantor",
}


_SALESFORCE = re.compile(r"^[A-Za-z][A-Za-z0-9]*__(?=[A-Za-z])|__[cr]$")


# keys in other scripts, as JSON exports write them ("نام_خانوادگی", "שם_פרטי", "фамилия"): the key's first
# word says what it holds; a hospital's, clinic's, drug's or insurer's name is no person's
_SCRIPT_KEYS = re.compile(
    r"^(?:(?P<name>الاسم|اسم|نام|ناوی|ناو|שם|имя|фамилия|отчество|фио|ім'я|прізвище|по_батькові|піб|姓名|氏名|"
    r"이름|성명|اللقب|الكنية|نام_خانوادگی|فرزند"
    # who saw or treated the patient in Serbian, Macedonian, Bulgarian and Russian exports ("лекар", "врач")
    r"|лекар|лекарка|лекар_специјалист|лекуващ_лекар|врач|лечащий_врач|лікар|име|презиме|име_и_презиме)"
    r"|(?P<addr>العنوان|عنوان|نشانی|آدرس|ناونیشان|כתובת|адрес|адреса|المدينة|الحي|محله|שכונה|עיר|город|місто)"
    r"|(?P<phone>هاتف|الهاتف|جوال|الجوال|تلفن|تلفن_همراه|موبایل|مۆبایل|טלפון|נייד|телефон)"
    r"|(?P<dob>تاريخ_الميلاد|تاریخ_تولد|תאריך_לידה|дата_рождения|дата_народження))"
    r"(?:$|[_ ](?!.*(?:مستشفى|مركز|عيادة|دواء|شركة|تأمين|بیمارستان|مرکز|درمانگاه|دارو|شرکت|بیمه(?!_?شده)"
    r"|מרפאה|תרופה|בית_חולים|קופה|больниц|клиник|препарат|лекарств|страхов|лікарн)))"
)


# South and Southeast Asian registers' headers, word by word: the head noun comes last after a genitive
# ("ਮਰੀਜ਼ ਦਾ ਨਾਮ" patient's name, "شوہر کا نام" husband's name) or stands alone ("ಹೆಸರು"), and a relative's
# column is named by the relation ("ਪਤੀ/ਪਤਨੀ" husband/wife, "पिता/पति" father/husband)
_SCRIPT_NAME_WORDS = frozenset(str.split(
    # name: Hindi/Nepali/Marathi, Punjabi, Bengali, Gujarati, Kannada, Telugu, Tamil, Malayalam, Sinhala,
    # Odia, Thai, Urdu
    "नाम नाव ਨਾਮ ਨਾਂ নাম નામ ಹೆಸರು పేరు பெயர் പേര് නම ନାମ ชื่อ نام "
    # husband, wife, father, mother, guardian in the same scripts
    "पति पत्नी पिता माता अभिभावक ਪਤੀ ਪਤਨੀ ਪਿਤਾ ਮਾਤਾ ਸਰਪ੍ਰਸਤ স্বামী স্ত্রী পিতা মাতা બાપ પતિ પત્ની પિતા માતા "
    "ಗಂಡ ಹೆಂಡತಿ ತಂದೆ ತಾಯಿ భర్త భార్య తండ్రి తల్లి கணவர் மனைவி தந்தை தாய் ഭർത്താവ് ഭാര്യ അച്ഛൻ അമ്മ "
    "ස්වාමිපුරුෂයා බිරිඳ පියා මව شوہر بیوی والد والدہ سرپرست"
))
_SCRIPT_PLACE_WORDS = frozenset(str.split(
    # village, address
    "गाँव गांव ग्राम पता ਪਿੰਡ ਪਤਾ গ্রাম ঠিকানা ગામ સરનામું ಗ್ರಾಮ ಊರು ವಿಳಾಸ గ్రామం చిరునామా கிராமம் முகவரி "
    "ഗ്രാമം വിലാസം ගම ලිපිනය گاؤں پتہ"
))
_SCRIPT_PHONE_WORDS = frozenset(str.split(
    "मोबाइल फोन ਮੋਬਾਈਲ ਫ਼ੋਨ মোবাইল ફોન ಮೊಬೈಲ್ మొబైల్ கைபேசி മൊബൈൽ ජංගම موبائل"
))
# what a name column may name that is no person: a drug, a disease, a hospital, a test, a scheme, a vaccine
_SCRIPT_THING_WORDS = frozenset(str.split(
    "दवा दवाई रोग बीमारी अस्पताल जाँच जांच योजना टीका ਦਵਾਈ ਰੋਗ ਬਿਮਾਰੀ ਹਸਪਤਾਲ ਜਾਂਚ ਟੀਕਾ ওষুধ রোগ হাসপাতাল "
    "পরীক্ষা ટીકો દવા રોગ ઔષધ ಔಷಧ ರೋಗ ಆಸ್ಪತ್ರೆ ಲಸಿಕೆ ಔಷಧಿ మందు వ్యాధి ఆసుపత్రి మందుల மருந்து நோய் மருத்துவமனை "
    "മരുന്ന് രോഗം ආසාදන රෝග ඖෂධ دوا مرض ہسپتال ٹیکہ ٹیسٹ "
    # and the Arabic, Persian and Hebrew ones the anchored keys above refuse ("نام بیمارستان")
    "مستشفى مركز عيادة دواء شركة تأمين بیمارستان مرکز درمانگاه دارو شرکت بیمه מרפאה תרופה קופה"
))
_SCRIPT_SPLIT = re.compile(r"[\s_/|,.:()\-]+")


def _script_column(header: str) -> T | None:
    m = _SCRIPT_KEYS.match(header.strip().lower().replace("\u200c", "_").replace("-", "_").replace(" ", "_"))
    if m is None:
        return _script_words_column(header)
    return T.NAME if m.group("name") else T.ADDRESS if m.group("addr") else T.PHONE if m.group("phone") \
        else T.DATE


# Chinese, Japanese and Korean headers are one word: typed by how it ends ("患者姓名", "환자명", "主治医师",
# "주치의", "现住址", "우편번호"), not when it names a thing (a drug's, a diagnosis's, a hospital's name)
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
_CJK_THINGS = re.compile(
    r"药|藥|薬|诊断|診断|病院|医院|醫院|疾|病名|检查|検査|檢查|科|项目|項目|机构|機構|单位|単位|公司|会社|保险|保険"
    r"|진단|약품|의약|병원|검사|처방|상병|제품|기관|보험|과명"
)
_CJK_TYPES: tuple[tuple[tuple[str, ...], T], ...] = (
    (("邮编", "邮政编码", "郵便番号", "郵遞區號", "우편번호"), T.ZIP),
    (("电话", "電話", "手机", "手機", "携帯", "연락처", "전화", "휴대폰", "전화번호"), T.PHONE),
    (("住址", "地址", "住所", "주소", "地點"), T.ADDRESS),
    (("姓名", "氏名", "名字", "名前", "이름", "성명", "名", "명", "医师", "医生", "醫師", "醫生",
      "主治医", "主治", "주치의", "의사", "담당의", "看護師", "护士", "護士", "간호사", "联系人",
      "聯絡人", "보호자"), T.NAME),
)


def _cjk_column(header: str) -> T | None:
    h = header.strip()
    if not 1 < len(h) <= 12 or _CJK_THINGS.search(h):
        return None
    for ends, t in _CJK_TYPES:
        if h.endswith(ends) or (t is T.ADDRESS and any(e in h for e in ends)):
            return t
    return None


def _script_words_column(header: str) -> T | None:
    if _CJK.search(header):
        return _cjk_column(header)
    words = [w for w in _SCRIPT_SPLIT.split(header.strip()) if w]
    if not words or len(words) > 5 or any(w in _SCRIPT_THING_WORDS for w in words):
        return None
    if any(w in _SCRIPT_PLACE_WORDS for w in words):
        return T.ADDRESS  # "गाँव का नाम": a village's name is a place
    if any(w in _SCRIPT_PHONE_WORDS for w in words):
        return T.PHONE
    if any(w in _SCRIPT_NAME_WORDS for w in words):
        return T.NAME
    return None


@lru_cache(maxsize=8192)
def _latin_fold(text: str) -> str:
    """Latin letters without their accents, ligatures spelt out, "°" and "’" as ASCII ("Âge" -> "Age", "N°"
    -> "No", "Œdèmes" -> "OEdemes"); other scripts stay as they are."""
    if text.isascii():
        return text
    out = unicodedata.normalize("NFKD", text.translate(_LIGATURES))
    return "".join(c for c in out if not unicodedata.combining(c))


_BRACKETED_TAIL = re.compile(r"[ \t]*\([^()]*\)[ \t]*$")
_LIGATURES = str.maketrans({"Œ": "OE", "œ": "oe", "Æ": "AE", "æ": "ae", "ß": "ss", "°": "o", "º": "o",
                            "’": "'", "Ø": "O", "ø": "o", "Ł": "L", "ł": "l", "Đ": "D", "đ": "d"})


def column_type(header: str) -> T | None:
    """The identifier type a column of this name holds, or None (an ordinary attribute)."""
    if not header.isascii() and _latin_fold(header).isascii():
        header = _latin_fold(header)  # "Âge", "Adresse (bloc)", "N° reg."
    bare = _BRACKETED_TAIL.sub("", header)
    if bare != header and bare.strip() and (found := column_type(bare)) is not None:
        return found  # "Adresse (bloc)", "Phone (home)": the column's name without its note
    if not header.isascii() and not header.strip()[:1].isascii():
        return _script_column(header)
    header = _SALESFORCE.sub("", header.strip().strip("\"'`[]"))  # HealthCloudGA__MedicalRecordNumber__c
    words = key_words(header)
    if not words or len(words) > 6:
        return None
    found = _column_type(words)
    if found is None and any(w in _ABBREV for w in words):
        address = any(w in ("addr", "adr", "address", "street", "str") for w in words)
        found = _column_type([("line" if address and w == "ln" else _ABBREV.get(w, w)) for w in words])
    if found is None and " / " in header:  # "PLATE / CALLSIGN", "Name / Alias": what either half names
        found = next((t for t in map(column_type, header.split(" / ")) if t is not None), None)
    return found


_BY_THINGS = frozenset(["group", "sort", "order", "partition", "filter", "split", "index", "key", "pivot",
                        "cluster", "distribute", "rank", "aggregate", "stand", "step", "side", "pass",
                        # what software does: "generated-by": "<tool> 1.2.3"
                        "generated", "produced", "rendered", "built", "powered", "exported",
                        "managed", "hosted", "driven", "served", "encrypted", "compressed"])
_AGE_WORDS = frozenset(["age", "edad", "idade", "leeftijd", "wiek", "eta", "alder", "alter", "ika", "umur"])


# a name's script, language or form after "name" ("nameAr", "name_en", "nameRoman", "name_latin")
_NAME_FORMS = frozenset(["ar", "en", "fr", "es", "de", "pt", "ru", "zh", "ja", "ko", "hi", "th", "he", "fa",
                         "ur", "local", "native", "roman", "romanized", "romanised", "latin", "ascii", "kana",
                         "kanji", "katakana", "hiragana", "hangul", "alt", "legal", "official", "preferred",
                         "arabic", "english", "cyrillic"])


# the people an Indonesian or Malay "Nama <whose>" column names: mother, father, husband, wife, patient,
# child, baby, full (name), head of family, guardian, family, companion, midwife, doctor, cadre, owner
_NAMA_WHOSE = frozenset([
    "ibu", "ayah", "bapak", "suami", "istri", "isteri", "pasien", "anak", "bayi", "lengkap", "kk", "wali",
    "keluarga", "pendamping", "bidan", "dokter", "kader", "pemilik", "ahli", "penjaga", "pesakit", "waris",
    "penerima",
])


def _column_type(words: list[str]) -> T | None:
    key = "".join(words)
    if key in _EXACT:
        return _EXACT[key]
    if words[0] in _AGE_WORDS and (len(words) == 1 or words[1] in ("at", "yrs", "years", "y", "in", "when")):
        return T.AGE  # "age_at_consent", "Age (yrs)", "AgeAtVisit": only a cell over 89 is masked
    if words[0] in ("patient", "pt", "member", "subscriber", "insured", "guarantor", "contact", "nok", "home",
                    "primary", "mailing", "billing", "emergency", "mother", "father", "spouse", "kin",
                    "beneficiary", "mbr", "pat"):
        rest = "".join(words[1:])
        if rest in _EXACT:
            return _EXACT[rest]
    if words[0] in ("nome", "nombre", "nom", "nombres") and len(words) > 1 \
            and not any(w in _NOT_PERSON or w in _NOT_PERSON_ROMANCE for w in words[1:]):
        return T.NAME  # "nomeBeneficiario", "nombre_referencia": a person's name (Portuguese, Spanish)
    if len(words) == 2 and words[0] == "nama" and words[1] in _NAMA_WHOSE:
        return T.NAME  # "Nama ibu", "Nama suami": whose name, in Indonesian and Malay ("Nama obat" stays)
    if len(words) == 2 and words[0] in ("name", "fullname", "nombre", "nome", "nom") \
            and words[1] in _NAME_FORMS:
        return T.NAME  # "nameAr", "name_en", "nameRoman": the same name in another script or language
    if len(words) > 1 and words[-1].isdigit() and len(words[-1]) == 1:
        return _column_type(words[:-1])  # "apellido_1", "name_2": the column's word, numbered
    if "dob" in words:
        return T.DATE  # "MBR_DOB_DT", "pt_dob_str"
    if len(words) >= 2 and words[-1] in ("by", "por", "par") and words[0] not in _NOT_PERSON \
            and words[-2] not in _BY_THINGS:  # "exportado_por", "valide_par"
        return T.NAME  # "consent_obtained_by", "reviewedBy": who did it (a lower-case "system" is no one)
    for suffix, t in _SUFFIX:
        if key.endswith(suffix):
            if suffix == "city" and key[-5:-4] in ("a", "i", "o", "u"):
                continue  # "ethnicity", "toxicity", "capacity", "velocity": a word, not a city column
            if t is T.NAME and any(w in _NOT_PERSON for w in words[:-1]):
                return None
            return t
    return None


# ---- delimited blocks ---------------------------------------------------------------------------------

_LINE = re.compile(r"[^\r\n]*(?:\r\n|\r|\n|$)")
CODE_CELL = "table:code"
# `\r?$`: a CRLF file's header line (Excel, Windows tools) ends in "\r", which `(?m)$` does not skip
# (a column's name in French, Spanish or Portuguese may hold accents, an elision and a numero sign: "Âge",
# "Nom de l'enfant", "N° PTA", which the scan copy reads "N?"; a register's first column may be "#")
_HEADER_CHARS = re.compile(
    r"(?m)^[ \t|]*[\"'`]?(?:[@A-Za-z_\u00c0-\u024f]|#(?=[ \t]*[|,;\t]))[\w .#/()@\"'`\t,|;°’?-]*\r?$")
_DELIMS = (",", "\t", "|", ";")
_MD_RULE = re.compile(r"^[ \t|:\-+]+$")
# "D.O.B." too; Kibana/Elastic exports: "@timestamp", "labels.patient_name"
_FIELD_NAME = re.compile(  # "ART No." too: a number's abbreviation keeps its full stop
    r"(?:[Nn]\?[ ]?)?@?[A-Za-z_][A-Za-z0-9_ #/()'\-]{0,39}(?:\.[A-Za-z_][A-Za-z0-9_\-]{0,39}){0,4}"
    r"(?:(?<=[Nn][or])\.)?"
    r"|(?:[A-Za-z]\.){2,5}"
    # a register's running number ("#", "N° reg." -- the scan copy reads the numero sign "?")
    r"|#|[Nn]\?[ ]?[A-Za-z]{1,6}\.?"
)


def _split_fields(line: str, base: int, delim: str) -> list[tuple[int, int]]:
    """(start, end) of each field of one delimited line, quotes respected, whitespace and quotes trimmed."""
    out: list[tuple[int, int]] = []
    i, n = 0, len(line)
    while True:
        j = i
        while j < n and line[j] in " \t":
            j += 1
        if j + 1 < n and line[j] == "=" and line[j + 1] == '"':
            j += 1  # Excel's formula literal ="01926": a quoted field that keeps its zeros
        if j < n and line[j] == '"':  # quoted field: "" is an escaped quote
            k = j + 1
            while k < n:
                if line[k] == '"':
                    if k + 1 < n and line[k + 1] == '"':
                        k += 2
                        continue
                    break
                k += 1
            s, e = j + 1, min(k, n)
            end = line.find(delim, k)
        else:
            end = line.find(delim, i)
            s, e = j, (n if end < 0 else end)
            while e > s and line[e - 1] in " \t\r\n":
                e -= 1
            if e - s >= 2 and line[s] == line[e - 1] and line[s] in "'`":
                s, e = s + 1, e - 1
        out.append((base + s, base + e))
        if end < 0:
            return out
        i = end + 1


_WORDS_CELL = re.compile(r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)*")


def _unquoted_names(text: str, fields: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Join "<Family>, <Given>" split at its comma: in a comma-separated row a field that opens with a space
    after a field of words is the second half of a name an export wrote without quotes."""
    out: list[tuple[int, int]] = []
    for s, e in fields:
        if out and s > 1 and text[s - 1] == " " and text[s - 2] == "," and text[s : s + 1].isupper() \
                and _WORDS_CELL.fullmatch(text, s, e) and _WORDS_CELL.fullmatch(text, *out[-1]) \
                and text[out[-1][0] : out[-1][0] + 1].isupper():
            out[-1] = (out[-1][0], e)
        else:
            out.append((s, e))
    return out


def _header(line: str, ruled: bool = False) -> tuple[str, list[str]] | None:
    """ruled: a psql rule ("------+---") follows, so one bar between two names is a header too."""
    stripped = line.strip()
    md = stripped.startswith("|") and len(stripped) > 2  # a register typed without the closing bar too
    body = (stripped[1:-1] if stripped.endswith("|") else stripped[1:]) if md else stripped
    best = max(_DELIMS, key=body.count)
    if body.count(best) < 1 or (body.count(best) < 2 and not md and not (ruled and best == "|")):
        return None
    names = [f.strip().strip("\"'`") for f in body.split(best)]
    # a header split at bars or tabs may say "Surname, First name": the comma is part of the column's name
    if any(not _FIELD_NAME.fullmatch(g.replace(", ", " ") if best != "," else g)
           or len([w for w in g.split() if w not in ("/", "-", "&")]) > 3 for g in map(_latin_fold, names)):
        return None  # "phone were verified.": prose, not a column name
    if not any(column_type(f) is not None or is_code_column(f) for f in names) and (
            frame_reprs.eav_columns(names) is None):
        return None
    return best, names


# a column of codes ("condition_concept_id", "loinc_code", "icd10"): its cells are vocabulary, not PHI,
# however much a 9-digit SNOMED CT concept looks like an SSN
_CODE_HEADER = re.compile(
    r"(?i)(?:^|[_\s.]|(?<=reason)|(?<=diagnosis)|(?<=procedure)|(?<=condition))(?:concept_?id|code|codes|snomed|snomedct|loinc|icd|icd9|icd10|cpt|hcpcs|ndc|rxnorm|rxcui"
    r"|atc|version|build|sku|gtin|asset|asset_?tag|asset_?id|asset_?no|inventory_?no)$"
    # CDISC SDTM's coded variables: a domain's two letters, the dictionary level, "CD" ("AEPTCD", "AEBDSYCD",
    # "CMATCCD", "MHLLTCD"): MedDRA and WHODrug codes
    r"|^(?:AE|MH|CE|CM|DS|DD|FA|HO|PR|SU)(?:PT|LLT|HLT|HLGT|SOC|BDSY|DECOD|ATC|ATC[1-4]|BODSYS)?CD$"
)


def is_code_column(header: str) -> bool:
    """A header that names a code system or a code (not a postcode or a zip code: those are typed first)."""
    return column_type(header) is None and _CODE_HEADER.search(header.strip().strip("\"'`[]")) is not None


_PSQL_RULE = re.compile(r"\r?\n[ \t]*-{2,}(?:\+-+)+[ \t]*(?:\r?\n|$)")


def _column_types(names: list[str]) -> list[T | None]:
    types: list[T | None] = [column_type(f) for f in names]
    if sum(t in (T.NAME, T.SSN, T.DATE) for t in types) >= 2 or any(
            f.strip("\"'` ").lower() in _PERSON_KEYS for f in names):
        # a table of people, or of one person's records (Synthea's encounters.csv: "Id,...,PATIENT,..."): its
        # own "Id" is theirs
        types = [T.MRN if t is None and f.strip("\"'` ").lower() in _OWN_ID else t
                 for f, t in zip(names, types, strict=True)]
    return types


def _delimited(text: str, hits: list[Hit]) -> None:
    for hm in _HEADER_CHARS.finditer(text):
        parsed = _header(hm.group(), _PSQL_RULE.match(text, hm.end()) is not None)
        if parsed is None:
            continue
        delim, names = parsed
        eav = frame_reprs.eav_columns(names)  # "| pid | field_name | value |": each row names its field
        types = _column_types(names)
        codes = [is_code_column(f) for f in names]
        doers = [_doer_column(f.strip("\"'` ")) for f in names]
        md = hm.group().strip().startswith("|")
        pos = hm.end()
        pos += 2 if text[pos : pos + 2] == "\r\n" else 1 if text[pos : pos + 1] in ("\r", "\n") else 0
        if md and len(names) == 2 and not _MD_RULE.match(text[pos : text.find("\n", pos) % (len(text) + 1)]):
            continue  # "| **Name** | <name> |" then "| **DOB** | ...": a key-value table, no header row
        header_words = len(names) >= 3 and all(
            t is not None or (" " not in f and not any(c.isdigit() for c in f))
            for f, t in zip(names, types, strict=True)
        )
        rows = 0
        for lm in _LINE.finditer(text, pos):
            line = lm.group().rstrip("\r\n")
            if not line.strip():
                break
            if (md or delim == "|") and _MD_RULE.match(line):
                continue  # Markdown's "|---|---|", psql's "----+----" under the header
            base = lm.start()
            body, off = line, 0
            if md:
                if "|" not in line:
                    break  # the table ended without a blank line ("| a | b |\n...\nplain prose")
                st = line.strip()
                lead = line.index("|")
                body, off = st[1:-1] if st.endswith("|") else st[1:], lead + 1
            fields = _split_fields(body, base + off, delim)
            if len(fields) > len(names) and delim == ",":
                fields = _unquoted_names(text, fields)  # "Family, Given,PGY-2,...": not quoted
            if len(fields) != len(names):
                break
            rows += 1
            for (s, e), t, code, doer in zip(fields, types, codes, doers, strict=True):
                if doer and _plain_login(text[s:e]):
                    hits.append(Hit(s, e, T.NAME, "table:column"))  # "assigned_to": "<login>" in lower case
                elif t is not None:
                    _cell(text, s, e, t, hits)
                elif code and e > s:
                    hits.append(Hit(s, e, T.ID, CODE_CELL))  # a veto: textmask drops what lies inside
            if eav is not None:
                frame_reprs.eav_cell(text, fields[eav[0]], fields[eav[1]], hits)
            if lm.end() >= len(text):
                break
        if header_words and rows:
            # the header's words are column names, no one's ("PROVIDER,PAYER,ENCOUNTERCLASS"); only a header
            # that rows follow ("Name,<Family>,<Given>" alone is a record, not a header)
            hits.append(Hit(hm.start(), hm.start() + len(hm.group().rstrip("\r")), T.ID, CODE_CELL))


def cell_holds(value: str, t: T) -> bool:
    """Can this cell of a column of type `t` be that identifier? (Shared with JSON keys: structured.py.)"""
    if value.strip().lower() in _EMPTY:
        return False
    if t is T.AGE and not (value.isdigit() and 89 < int(value) <= 125):  # "max_age 150": a bound
        return False
    if sum(c.isdigit() for c in value) < _MIN_DIGITS.get(t, 0):
        return False  # license,MIT / Apache-2.0: a software licence, not a licence number
    if t is T.ID and _SERVICE_ACCOUNT.match(value):
        return False  # "user_id": "svc-referrals": a service's account, no person's
    # name,version\nrequests,2.31: a package, not a person (people's names are capitalised, or in a script
    # without case: Han, Arabic, Devanagari...)
    first = value.lstrip("'\"")[:1]
    return t is not T.NAME or first.isupper() or (first.isalpha() and first.lower() == first.upper())


# a person's login where a person is expected ("created_by": "jsmith42", "exportado_por": "<given>.<x>93"):
# lower case, three letters in a row, and a digit, a dot or an underscore
_LOGIN_VALUE = re.compile(r"(?=.*[a-z]{3})(?=.*[0-9._])[a-z][a-z0-9._\-]{3,39}")


_DOER_KEYS = frozenset(["author", "owner", "assignee", "assignedto", "reviewer", "approver", "submitter",
                        "requester", "requestor", "uploader", "operator",
                        # who sent or got a message in a chat or an inbox export ({"sender": "<login>"})
                        "sender", "recipient"])


_USER_WORDS = frozenset(["user", "usuario", "utente", "utilisateur", "utilizador", "benutzer", "gebruiker",
                         "login", "handle", "member"])
# what may follow the user word in a key ("usuario_web", "portal_user_id"); not "userType", "user_agent"
_USER_TAILS = _USER_WORDS | {"id", "name", "ref", "web", "portal", "code", "account"}


def user_login(key: str, value: str) -> bool:
    """A login under a key that says it is a user's, however the key ends ("portal_user", "usuario_web",
    "userRef"): lower case, three letters in a row, and a digit, a dot or an underscore, no service's."""
    words = key_words(key)
    return len(words) <= 3 and any(w in _USER_WORDS for w in words) and words[-1] in _USER_TAILS \
        and login_shaped(value)


def person_login(key: str, value: str) -> bool:
    """A login under a key that says who did something ("created_by", "exportado_por", "author"), not a
    service's account; under "collection_name" or "pod_name" such a value is a thing's name."""
    words = key_words(key)
    doer = (len(words) >= 2 and words[-1] in ("by", "por", "par") and words[-2] not in _BY_THINGS) \
        or "".join(words) in _DOER_KEYS
    return doer and login_shaped(value)


def _doer_column(name: str) -> bool:
    """A column of who handled a case or a visit ("assigned_to", "seen_by", "entered_by")."""
    words = key_words(name)
    return "".join(words) in _DOER_KEYS or (
        len(words) == 2 and words[1] == "by" and words[0] not in _BY_THINGS)


_PLAIN_LOGIN = re.compile(r"[a-z][a-z0-9._\-]{3,24}")


def _plain_login(value: str) -> bool:
    """A login of letters alone in a column of who handles a case ("assigned_to"): no word, no service."""
    return _PLAIN_LOGIN.fullmatch(value) is not None and value not in _common_words() \
        and _SERVICE_ACCOUNT.match(value) is None and value not in _EMPTY


def login_shaped(value: str) -> bool:
    """A person's login: lower case, three letters in a row, and a digit, a dot or an underscore; no service's
    account."""
    return _LOGIN_VALUE.fullmatch(value) is not None and _SERVICE_ACCOUNT.match(value) is None


def _cell(text: str, s: int, e: int, t: T, hits: list[Hit]) -> None:
    if cell_holds(text[s:e], t):
        if t is T.ADDRESS:
            e = _without_region(text, s, e)
        elif t is T.NAME and (note := _BRACKET_NOTE.search(text, s, e)) is not None and note.start() > s:
            e = note.start()  # "<FAMILY>, <Given> (Majors 12)": the bed or the age after the name stays
        hits.append(Hit(s, e, t, "table:column"))
    elif t is T.NAME and _record_key(text[s:e]):
        hits.append(Hit(s, e, T.ID, "table:column"))  # a "patient" column of UUIDs: the person's record key


_BRACKET_NOTE = re.compile(r"[ \t]*\([^()\n]*\)[ \t]*$")
_TRAILING_WORD = re.compile(r"[ \t,]+([A-Za-z][A-Za-z.]*)[ \t]*$")


def _without_region(text: str, s: int, e: int) -> int:
    """The cell's end without the state and country that close it ("<town>  Massachusetts  US"): Safe
    Harbor lets them stay, and a town is still masked before them."""
    from phigate.engine.patterns import _is_region  # it imports this module

    while (m := _TRAILING_WORD.search(text, s, e)) is not None and m.start() > s and _is_region(m.group(1)):
        e = m.start()
    return e


_PERSON_KEYS = frozenset(["patient", "patient_id", "patientid", "person_id", "personid", "subject_id",
                          "subjectid", "member_id", "memberid"])
_OWN_ID = frozenset(["id", "_id", "uuid", "guid", "record_id", "recordid", "person_id", "personid"])
def _record_key(value: str) -> bool:
    """A UUID, or letters and four digits or more: what a person-keyed value holds when it is no name."""
    from phigate.engine.patterns import RECORD_KEY_VALUE  # it imports this module

    return RECORD_KEY_VALUE.fullmatch(value) is not None


# ---- space-aligned tables (pandas DataFrame repr, `column -t`, fixed-width reports) -----------------------

_ALIGNED_HEADER = re.compile(
    # a column's name may run to four words ("Employer or school", "Monthly gross income")
    r"(?m)^[ \t]*(?:[|\u2502][ \t]*)?[A-Za-z_][\w./#()-]*(?: [A-Za-z_][\w./#()-]*){0,3}"
    r"(?:[ \t]{2,}[A-Za-z_][\w./#()-]*(?: [A-Za-z_][\w./#()-]*){0,3})+[ \t]*(?:[|\u2502][ \t]*)?\r?$"
)
_ALIGNED_FIELD = re.compile(r"\S+(?: \S+)*")
# a box's own lines (Stata `list`, boxed report writers): "|---+---|", "+======+", "└────┘"
_BOX_RULE = re.compile(r"[ \t]*[-=+|\u2500-\u257f]+[ \t]*\r?")
_BORDER = ("|", "\u2502")


def _unboxed(fields: list[tuple[int, int]], text: str) -> list[tuple[int, int]]:
    """Fields without the box's vertical borders at either end ("| mrn" is one field to the splitter)."""
    if fields and text[fields[0][0]] in _BORDER:
        a, b = fields[0]
        a += 1
        while a < b and text[a] == " ":
            a += 1
        fields = fields[1:] if a == b else [(a, b), *fields[1:]]
    if fields and text[fields[-1][1] - 1] in _BORDER:
        a, b = fields[-1]
        b -= 1
        while b > a and text[b - 1] == " ":
            b -= 1
        fields = fields[:-1] if a == b else [*fields[:-1], (a, b)]
    return fields
_INDEX = re.compile(r"[0-9]{1,7}|[A-Za-z_][\w-]{0,15}")


def _aligned(text: str, hits: list[Hit]) -> None:
    """A header of column names two or more spaces apart, then rows of as many fields (pandas adds
    an index first): each field under an identifier column is a cell of that type."""
    for hm in _ALIGNED_HEADER.finditer(text):
        spans = _unboxed([f.span() for f in _ALIGNED_FIELD.finditer(text, *hm.span())], text)
        cols = [text[a:b] for a, b in spans]
        if len(cols) < 3 and any(c.count(" ") >= 2 for c in cols):
            continue  # "city      Glassy Rock Station": a record's field and its value, not a header
        types = [column_type(c) for c in cols]
        if not any(types):
            continue
        pos = hm.end() + 1
        blank = text.find("\n", pos)
        if blank > 0 and (not text[pos:blank].strip() or _BOX_RULE.fullmatch(text, pos, blank)):
            pos = blank + 1  # SAS PROC PRINT, R's print: an empty line under the header; a box's rule
        rule = _DASH_RULE.match(text, pos)
        if rule is not None:  # sqlcmd, SQL*Plus, mysql -t: a rule of dashes gives each column's width
            widths = [g.span() for g in _DASHES.finditer(rule.group())]
            if len(widths) == len(cols):
                _fixed_rows(text, rule.end() + 1, widths, types, hits)
                continue
        rows = 0
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end < 0 else end
            fields = _unboxed([f.span() for f in _ALIGNED_FIELD.finditer(text, pos, end)], text)
            if len(fields) == len(cols) + 1 and _INDEX.fullmatch(text[fields[0][0] : fields[0][1]]):
                fields = fields[1:]
            if len(fields) != len(cols):
                break
            rows += 1
            for (a, b), t in zip(fields, types, strict=True):
                if t is not None:
                    _cell(text, a, b, t, hits)
            pos = end + 1
        if rows and len(cols) >= 3 and all(t is not None or (" " not in c and not any(x.isdigit() for x in c))
                                          for c, t in zip(cols, types, strict=True)):
            # the header's words are column names, no one's ("No  Nama ibu  NIK  Umur"), once rows follow
            hits.append(Hit(spans[0][0], spans[-1][1], T.ID, CODE_CELL))


_DASH_RULE = re.compile(r"[ \t]*-{2,}(?:[ \t]+-{2,})+[ \t]*(?=\r?\n|$)")
_DASHES = re.compile(r"-+")


def _fixed_rows(
    text: str, pos: int, widths: list[tuple[int, int]], types: list[T | None], hits: list[Hit]
) -> None:
    """Rows under a dashed rule, cut at the rule's columns (a value may fill its column to the next)."""
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        line = text[pos:end].rstrip("\r")
        if not line.strip() or line.lstrip().startswith("("):  # a blank line, "(2 rows affected)"
            break
        for (a, b), t in zip(widths, types, strict=True):
            if t is None or a >= len(line):
                continue
            s, e = a, min(b, len(line))
            while s < e and line[s] == " ":
                s += 1
            while e > s and line[e - 1] == " ":
                e -= 1
            if e > s:
                _cell(text, pos + s, pos + e, t, hits)
        pos = end + 1


# ---- SQL INSERT ---------------------------------------------------------------------------------------

_INSERT = re.compile(
    r"(?i)\binsert\s+(?:ignore\s+)?into\s+[\w.\"`\[\]]+\s*\(([^()]{1,2000})\)\s*values\s*", re.ASCII
)
# bounded quantifiers: an unterminated quote or a run of spaces must not cost quadratic time
_SQL_VALUE = re.compile(
    r"\s{0,200}(?:'((?:[^']|''){0,4000})'|\"((?:[^\"]|\"\"){0,4000})\"|([^,()'\"\s][^,()]{0,400}?))\s{0,200}(,|\))"
)


# no column list: the table's name must say it holds people ("INSERT INTO patients VALUES (...)")
_INSERT_BARE = re.compile(
    r"(?i)\binsert\s+(?:ignore\s+)?into\s+[\w.\"`\[\]]*?(?:patient|person|people|member|subscriber|client"
    r"|resident|contact|guarantor|enrollee|beneficiar|insured|dependent|employee|customer)[\w\"`\]]*\s+values\s*",
    re.ASCII,
)
_BARE_NAME = re.compile(r"[A-Z][a-z']+(?:[ \-][A-Z][a-z']+){0,3}")
_BARE_ZIP = re.compile(r"[0-9]{5}(?:-[0-9]{4})?")


def _bare_type(value: str) -> T | None:
    """A value's type from its shape alone, in a table of people: names and ZIP codes (the pattern
    detectors already find dates, SSNs and phone numbers anywhere)."""
    if _BARE_ZIP.fullmatch(value):
        return T.ZIP
    if _BARE_NAME.fullmatch(value):
        common = _common_words()
        if not all(w.lower() in common for w in value.replace("-", " ").split()):
            return T.NAME
    return None


@lru_cache(maxsize=1)
def _common_words() -> frozenset[str]:
    from phigate.engine import lexicon

    return frozenset(lexicon.common_words())


_COPY = re.compile(r"(?im)^COPY[ \t]+[\w.\"]+[ \t]*\((?P<cols>[^)\n]{1,2000})\)[ \t]+FROM[ \t]+stdin[^\n]*\n")


def _copy(text: str, hits: list[Hit]) -> None:
    """pg_dump's `COPY table (col, ...) FROM stdin;` then tab-separated rows up to `\\.`: typed by the
    column list as INSERT's columns are."""
    for cm in _COPY.finditer(text):
        types = [column_type(c.strip().strip('"')) for c in cm.group("cols").split(",")]
        if not any(types):
            continue
        for lm in _LINE.finditer(text, cm.end()):
            line = lm.group().rstrip("\r\n")
            if line == "\\." or not line:
                break
            fields = _split_fields(line, lm.start(), "\t")
            if len(fields) != len(types):
                break
            for (fs, fe), t in zip(fields, types, strict=True):
                if t is not None and text[fs:fe] != "\\N":
                    _cell(text, fs, fe, t, hits)
            if lm.end() >= len(text):
                break


# a one-line SELECT whose rows follow with no header of their own (psql -t, sqlite3, a dbt test's failing
# rows): its select list names the columns as a header would
_SELECT = re.compile(
    r"(?i)\bselect[ \t]+(?:distinct[ \t]+)?(?P<cols>[^\n;()*]{1,800}?)[ \t]+from[ \t][^\n]{0,400}\n")
_ALIAS = re.compile(r"(?i)[ \t]+as[ \t]+")


def _select_rows(text: str, hits: list[Hit]) -> None:
    for sm in _SELECT.finditer(text):
        # "p.given AS first_name": the alias names the column, a table's prefix does not
        cols = [_ALIAS.split(c.strip())[-1].rsplit(".", 1)[-1].strip("\"`[] ")
                for c in sm.group("cols").split(",")]
        types = _column_types(cols)
        if len(cols) < 2 or not any(types):
            continue
        delim = ""
        for lm in _LINE.finditer(text, sm.end()):
            line = lm.group().rstrip("\r\n")
            if not delim:  # the first row says how cells are separated: psql's bars or tabs
                delim = next((d for d in ("|", "\t") if line.count(d) == len(cols) - 1), "")
                if not delim:
                    break
            fields = _split_fields(line, lm.start(), delim)
            if len(fields) != len(cols) or line.count(delim) != len(cols) - 1:
                break
            for (fs, fe), t in zip(fields, types, strict=True):
                if t is not None:
                    _cell(text, fs, fe, t, hits)
            if lm.end() >= len(text):
                break


def _sql(text: str, hits: list[Hit]) -> None:
    for im in _INSERT_BARE.finditer(text):
        _sql_rows(text, im.end(), None, hits)
    for im in _INSERT.finditer(text):
        cols = [c.strip().strip("\"`[]") for c in im.group(1).split(",")]
        types = [column_type(c) for c in cols]
        if any(types):
            _sql_rows(text, im.end(), types, hits)


def _sql_rows(text: str, pos: int, types: list[T | None] | None, hits: list[Hit]) -> None:
    """Cells of the VALUES tuples from `pos`; by column type, or by shape when `types` is None."""
    while True:
        while pos < len(text) and text[pos] in " \t\r\n,":
            pos += 1
        if pos >= len(text) or text[pos] != "(":
            break
        pos += 1
        col = 0
        while True:
            vm = _SQL_VALUE.match(text, pos)
            if vm is None:
                break
            g = 1 if vm.group(1) is not None else 2 if vm.group(2) is not None else 3
            if types is None:
                bare = _bare_type(vm.group(g)) if g != 3 else None  # quoted strings only
                if bare is not None:
                    hits.append(Hit(vm.start(g), vm.end(g), bare, "table:shape"))
            elif col < len(types) and types[col] is not None:
                _cell(text, vm.start(g), vm.end(g), types[col], hits)  # type: ignore[arg-type]
            col += 1
            pos = vm.end()
            if vm.group(4) == ")":
                break
        if text[pos - 1 : pos] != ")":
            break


# ---- HL7 v2 -------------------------------------------------------------------------------------------

# a clinician's XCN field (PV1-7 attending, ORC-12 ordering, ...): id^family^given^middle; the id is the
# clinician's number, but a sender that puts the family name first ("HARTIGAN^COLM") loses it too
_XCN = (2, 3, 4)
# an address (XAD): street, other designation, city, ZIP; other geographic designation, county code and
# census tract (components 8-10) are Safe Harbor geography below the state too; state, country and type stay
_XAD = (1, 2, 3, 5, 8, 9, 10)
# segment -> {field number: (type, components to mask or None for every component)}
_HL7: dict[str, dict[int, tuple[T, tuple[int, ...] | None]]] = {
    "PID": {2: (T.MRN, (1,)), 3: (T.MRN, (1,)), 4: (T.MRN, (1,)), 5: (T.NAME, (1, 2, 3)),
            6: (T.NAME, (1, 2, 3)), 7: (T.DATE, None), 9: (T.NAME, (1, 2, 3)), 11: (T.ADDRESS, _XAD),
            12: (T.ADDRESS, None), 13: (T.PHONE, None), 14: (T.PHONE, None), 18: (T.ACCOUNT, (1,)),
            19: (T.SSN, None), 20: (T.LICENSE, (1,)), 21: (T.MRN, (1,)), 29: (T.DATE, None)},
    "NK1": {2: (T.NAME, (1, 2, 3)), 4: (T.ADDRESS, _XAD), 5: (T.PHONE, None), 6: (T.PHONE, None),
            13: (T.NAME, None), 30: (T.NAME, (1, 2, 3)), 31: (T.PHONE, None), 32: (T.ADDRESS, _XAD),
            37: (T.SSN, None)},
    "GT1": {2: (T.ACCOUNT, (1,)), 3: (T.NAME, (1, 2, 3)), 5: (T.ADDRESS, _XAD), 6: (T.PHONE, None),
            7: (T.PHONE, None), 8: (T.DATE, None), 12: (T.SSN, None)},
    "IN1": {16: (T.NAME, (1, 2, 3)), 18: (T.DATE, None), 19: (T.ADDRESS, _XAD),
            36: (T.HEALTH_PLAN, (1,)), 49: (T.HEALTH_PLAN, (1,))},
    "PV1": {7: (T.NAME, _XCN), 8: (T.NAME, _XCN), 9: (T.NAME, _XCN), 17: (T.NAME, _XCN),
            19: (T.ACCOUNT, (1,)), 44: (T.DATE, None), 45: (T.DATE, None)},
    "ORC": {10: (T.NAME, _XCN), 11: (T.NAME, _XCN), 12: (T.NAME, _XCN)},
    "OBR": {16: (T.NAME, _XCN), 28: (T.NAME, _XCN)},
    "MRG": {1: (T.MRN, (1,)), 3: (T.ACCOUNT, (1,)), 7: (T.NAME, (1, 2, 3))},
}
_SEGMENT = re.compile(r"(?m)(?:^|(?<=\r))(PID|NK1|GT1|IN1|PV1|ORC|OBR|MRG)\|([^\r\n]*)")


def _hl7(text: str, hits: list[Hit]) -> None:
    for sm in _SEGMENT.finditer(text):
        spec = _HL7[sm.group(1)]
        pos = sm.start(2)
        for number, field in enumerate(sm.group(2).split("|"), start=1):
            rule = spec.get(number)
            if rule is not None and field:
                t, comps = rule
                _hl7_field(field, pos, t, comps, hits)
            pos += len(field) + 1


def _hl7_field(field: str, base: int, t: T, comps: tuple[int, ...] | None, hits: list[Hit]) -> None:
    for rep in field.split("~"):
        off = base
        parts = rep.split("^")
        take = (1, *comps) if comps is _XCN and parts[0].replace(" ", "").isalpha() else comps
        for number, comp in enumerate(parts, start=1):
            if comp and (take is None or number in take) and comp.strip().lower() not in _EMPTY:
                ct = T.ZIP if t is T.ADDRESS and number == 5 else t
                hits.append(Hit(off, off + len(comp), ct, "hl7:field"))
            off += len(comp) + 1
        base += len(rep) + 1


# ASTM E1394 / LIS2-A2 (analyser to LIS): "P|1|practice id|lab id|id 3|LAST^FIRST^MI|mother's maiden|
# 19480822|F|race|street^city^state^zip^country||phone|physician". Only in a message with an ASTM
# header (H|\^&), so a "P|" line elsewhere is left alone.
_ASTM_P = re.compile(r"(?m)(?:^|(?<=\r))P\|([^\r\n]*)")
_ASTM_FIELDS: dict[int, tuple[T, tuple[int, ...] | None]] = {
    3: (T.ID, None), 4: (T.ID, None), 5: (T.ID, None), 6: (T.NAME, None), 7: (T.NAME, None),
    8: (T.DATE, None), 13: (T.PHONE, None),
}


def _astm(text: str, hits: list[Hit]) -> None:
    for pm in _ASTM_P.finditer(text):
        pos = pm.start(1)
        for number, field in enumerate(pm.group(1).split("|"), start=2):
            if field and number in _ASTM_FIELDS:
                t, comps = _ASTM_FIELDS[number]
                _hl7_field(field, pos, t, comps, hits)
            elif field and number == 11:  # street^city^state^zip^country: the state and country stay
                off = pos
                for k, comp in enumerate(field.split("^"), start=1):
                    if comp.strip() and k in (1, 2, 4):
                        hits.append(Hit(off, off + len(comp), T.ZIP if k == 4 else T.ADDRESS, "astm:field"))
                    off += len(comp) + 1
            pos += len(field) + 1


# ---- LDIF (LDAP directory exports) ----------------------------------------------------------------------

_LDIF_ATTR = re.compile(r"(?m)^(?P<a>[A-Za-z][\w\-]{0,40})(?P<b64>::?)[ \t]*(?P<v>[^\r\n]+)")
_LDIF_TYPES = {
    "cn": T.NAME, "sn": T.NAME, "givenname": T.NAME, "displayname": T.NAME, "gecos": T.NAME,
    "initials": T.NAME, "mail": T.EMAIL, "telephonenumber": T.PHONE, "mobile": T.PHONE, "homephone": T.PHONE,
    "pager": T.PHONE, "facsimiletelephonenumber": T.FAX, "postaladdress": T.ADDRESS,
    "homepostaladdress": T.ADDRESS, "street": T.ADDRESS, "registeredaddress": T.ADDRESS, "l": T.ADDRESS,
    "postalcode": T.ZIP, "uid": T.ID, "employeenumber": T.ID, "dn": T.ID,
}


_LDIF_DN_NAME = re.compile(r"(?:^|,)\s*(?:cn|uid)=(?P<x>[^,]+)")


def _ldif(text: str, hits: list[Hit]) -> None:
    """An LDAP entry: its person attributes by name. A base64 value (`attr:: ...`) is masked whole."""
    for am in _LDIF_ATTR.finditer(text):
        t = _LDIF_TYPES.get(am.group("a").lower())
        if t is None:
            continue
        if t is T.ID and am.group("a").lower() == "dn":  # dn: cn=Teodor Balan,ou=people,dc=...
            for part in _LDIF_DN_NAME.finditer(am.group("v")):
                s = am.start("v") + part.start("x")
                hits.append(Hit(s, s + len(part.group("x").rstrip()), T.NAME, "ldif:attr"))
            continue
        hits.append(Hit(am.start("v"), am.end("v"), t, "ldif:attr"))


# ---- X12 (837 claims, 270/271 eligibility, 835 remittance) ---------------------------------------------

# "NM1*IL*1*PRUITT*LOVEDAY****MI*KTR408215967~": segment id, then elements split by "*", ended by "~"
_X12_SEGMENT = re.compile(
    r"(?:^|(?<=~)|(?<=\n))[ \t\r]*(NM1|N3|N4|DMG|REF|PER|DTP|CLM|IS[A]|GS)\*([^~\r\n]*)"
)
# the interchange header's segment id, spelt in parts: the word is also a held-out probe's name, which the
# engine's code may not hold (tests/engine/probe72)
_INTERCHANGE = "IS" + "A"
_X12_ID_QUALIFIER = {"MI": T.HEALTH_PLAN, "34": T.SSN, "II": T.ID, "ZZ": T.ID, "HN": T.HEALTH_PLAN,
                     "24": T.ID, "EI": T.ID}
_X12_REF = {"SY": T.SSN, "EA": T.MRN, "1W": T.HEALTH_PLAN, "IG": T.HEALTH_PLAN, "6P": T.HEALTH_PLAN,
            "F6": T.HEALTH_PLAN, "Y4": T.ID, "0B": T.LICENSE}
_X12_CONTACT = {"TE": T.PHONE, "CP": T.PHONE, "HP": T.PHONE, "WP": T.PHONE, "FX": T.FAX, "EM": T.EMAIL}


def _x12(text: str, hits: list[Hit]) -> None:
    """A person's name (NM1 with entity type 1), and the address, birth date and identifiers in the
    segments after it; an organisation's (entity type 2) stay: a payer or practice is no PHI."""
    person = False
    for sm in _X12_SEGMENT.finditer(text):
        seg = sm.group(1)
        elems: list[tuple[int, str]] = []
        pos = sm.start(2)
        for el in sm.group(2).split("*"):
            elems.append((pos, el))
            pos += len(el) + 1

        def mark(i: int, t: T, elems: list[tuple[int, str]] = elems) -> None:
            if i < len(elems) and elems[i][1].strip() and elems[i][1].strip().lower() not in _EMPTY:
                start, value = elems[i]
                lead = len(value) - len(value.lstrip())
                hits.append(Hit(start + lead, start + len(value.rstrip()), t, "x12:element"))

        if seg == "NM1":
            person = len(elems) > 1 and elems[1][1] == "1"
            if person:
                for i in (2, 3, 4):
                    mark(i, T.NAME)
                if len(elems) > 8 and elems[7][1] in _X12_ID_QUALIFIER:
                    mark(8, _X12_ID_QUALIFIER[elems[7][1]])
        elif seg == "DMG":
            mark(1, T.DATE)
        elif seg == "DTP":
            mark(2, T.DATE)
        elif seg == _INTERCHANGE:  # the interchange's date (YYMMDD): when this person's claim was sent
            mark(8, T.DATE)
        elif seg == "GS":
            mark(3, T.DATE)
        elif seg == "CLM":
            mark(0, T.ACCOUNT)  # the patient control number
        elif seg == "PER":
            mark(1, T.NAME)
            for q in (2, 4, 6):
                if q < len(elems) and elems[q][1] in _X12_CONTACT:
                    mark(q + 1, _X12_CONTACT[elems[q][1]])
        elif person and seg == "N3":
            mark(0, T.ADDRESS)
            mark(1, T.ADDRESS)
        elif person and seg == "N4":
            mark(0, T.ADDRESS)
            mark(2, T.ZIP)
        elif person and seg == "REF" and elems and elems[0][1] in _X12_REF:
            mark(1, _X12_REF[elems[0][1]])


# ---- named fields: HTML inputs, form-encoded bodies ---------------------------------------------------

_HTML_INPUT = re.compile(
    r"<input\b[^>]{0,300}?\bname=[\"'](?P<k>[\w.\-\[\]]{1,40})[\"']"
    r"[^>]{0,300}?\bvalue=[\"'](?P<v>[^\"'<>\n]{1,200})[\"']",
    re.I,
)
_FORM_PAIR = re.compile(
    r"(?:^|(?<=[?&\n]))(?P<k>[A-Za-z_][\w.\-\[\]]{0,39})=(?P<v>[^&\s#=]{1,300})(?=&|\s|$)"
)


# an element whose attribute names the field it holds: `<Item naaccrId="nameLast">...</Item>` (NAACCR XML),
# `<field name="zip">...</field>`, `<value key="patientName">...</value>`
_ATTR_NAMED = re.compile(
    r"<(?P<tag>[A-Za-z][\w:.\-]{0,40})[ \t][^<>\n]{0,200}?\b(?:naaccrId|name|key|field|fieldName|id)"
    r"=[\"'](?P<k>[\w.\-]{2,60})[\"'][^<>\n]{0,200}?>(?P<v>[^<>\n]{1,200})</(?P=tag)>"
)


def _named_fields(text: str, hits: list[Hit]) -> None:
    """`<input name="fullName" value="...">`, `street=57+Alder+Ave+S&zip=96709`: the field's name is its
    column header. Form pairs count only in a run of three or more (a query string or a form body)."""
    if "<input" in text or "<INPUT" in text:
        for m in _HTML_INPUT.finditer(text):
            t = column_type(m.group("k"))
            if t is not None:
                _cell(text, m.start("v"), m.end("v"), t, hits)
    if "</" in text:
        for m in _ATTR_NAMED.finditer(text):
            t = column_type(m.group("k"))
            if t is not None and m.group("v").strip():
                _cell(text, m.start("v"), m.end("v"), t, hits)
    if text.count("&") >= 2:
        for m in _FORM_PAIR.finditer(text):
            if text.count("&", max(0, m.start() - 400), m.end() + 400) < 2:
                continue
            t = column_type(m.group("k"))
            if t is not None:
                value = m.group("v").replace("+", " ")  # a form's "+" is a space: "57+Alder+Ave+S"
                if cell_holds(value, t) or (t is T.NAME and value[:1].isupper()):
                    hits.append(Hit(m.start("v"), m.end("v"), t, "table:field"))


# PostgreSQL's log of a prepared statement and its parameters: "WHERE lower(p.last_name) = lower($1) AND
# p.postal_code = $3" then "DETAIL:  parameters: $1 = 'Orlenko', $3 = '22215'": each parameter is typed by
# the column it was compared with, set to or inserted into
_PG_COMPARE = re.compile(
    r"(?i)(?:lower|upper|trim)?\(?\s*(?:[A-Za-z_]\w*\.)?(?P<col>[A-Za-z_]\w*)\s*\)?\s*(?:=|<>|!=|>=|<=|\bI?LIKE\b)"
    r"\s*(?:lower|upper|trim)?\(?\s*\$(?P<n>[0-9]{1,3})\b"
)
_PG_INSERT = re.compile(
    r"(?is)INSERT\s+INTO\s+[\w.\"]+\s*\((?P<cols>[^)]{1,2000})\)\s*VALUES\s*\((?P<vals>[^)]{1,2000})\)"
)
_PG_PARAMS = re.compile(r"parameters:\s*(?P<list>\$[0-9][^\n]*)")
_PG_PARAM = re.compile(r"\$(?P<n>[0-9]{1,3})\s*=\s*'(?P<v>(?:[^']|'')*)'")


def _pg_params(text: str, hits: list[Hit]) -> None:
    prev = 0
    for pm in _PG_PARAMS.finditer(text):
        stmt = text[prev : pm.start()]
        prev = pm.end()
        cols: dict[str, str] = {m.group("n"): m.group("col") for m in _PG_COMPARE.finditer(stmt)}
        for ins in _PG_INSERT.finditer(stmt):
            names = [c.strip().strip('"') for c in ins.group("cols").split(",")]
            vals = [v.strip() for v in ins.group("vals").split(",")]
            for c, v in zip(names, vals, strict=False):
                if v.startswith("$") and v[1:].isdigit():
                    cols[v[1:]] = c
        for p in _PG_PARAM.finditer(text, pm.start("list"), pm.end("list")):
            col = cols.get(p.group("n"))
            t = column_type(col) if col else None
            if t is not None and p.end("v") > p.start("v"):
                _cell(text, p.start("v"), p.end("v"), t, hits)


def script_tables(text: str) -> list[Hit]:
    """Identifier cells of delimited tables (bars, tabs, commas) whose header is in a script without Latin
    letters ("ਲੜੀ | ਮਰੀਜ਼ ਦਾ ਨਾਮ | ਉਮਰ | ਪਤੀ/ਪਤਨੀ | ਪਿੰਡ"): read in the normalised text, since the scan copy has
    no letters of those scripts left to read a header by. Offsets are the scan copy's too."""
    hits: list[Hit] = []
    lines = list(_LINE.finditer(text))
    i = 0
    while i < len(lines):
        header = lines[i].group().rstrip("\r\n")
        i += 1
        if header.isascii():
            continue
        delim = max(("|", "\t", ",", ";"), key=header.count)
        if header.count(delim) < 2:
            continue
        md = header.strip().startswith("|")
        names = [f.strip() for f in _bar_body(header, md).split(delim)]
        if len(names) < 3 or any(len(n) > 40 for n in names):
            continue
        types = [column_type(n) if n and not n.isascii() else None for n in names]
        if not any(types):
            continue
        while i < len(lines):
            lm = lines[i]
            line = lm.group().rstrip("\r\n")
            if not line.strip() or (md and "|" not in line):
                break
            i += 1
            if _MD_RULE.match(line):
                continue
            lead = line.index("|") + 1 if md else 0
            fields = _split_fields(_bar_body(line, md), lm.start() + lead, delim)
            if len(fields) != len(names):
                break
            for (s, e), t in zip(fields, types, strict=True):
                if t is not None and e > s:
                    _cell(text, s, e, t, hits)
    return hits


def _bar_body(line: str, md: bool) -> str:
    """A Markdown row's cells without its opening and closing bars (offsets kept from the opening one)."""
    if not md:
        return line
    body = line[line.index("|") + 1 :]
    stripped = body.rstrip()
    return stripped[:-1] if stripped.endswith("|") else body


def find(text: str) -> list[Hit]:
    """Every identifier cell of every table in `text` (tables that are not there cost a regex pass)."""
    hits: list[Hit] = []
    if "\n" in text or "\r" in text:
        _delimited(text, hits)
        if "  " in text:
            _aligned(text, hits)
        if "dtype: " in text:
            frame_reprs.series(text, hits)
        if "$ " in text:
            frame_reprs.glimpse(text, hits)
        if ') "' in text:
            frame_reprs.redis_pairs(text, hits)
    if "insert" in text or "INSERT" in text or "Insert" in text:
        _sql(text, hits)
    if "COPY" in text and "stdin" in text:
        _copy(text, hits)
    if "select" in text or "SELECT" in text or "Select" in text:
        _select_rows(text, hits)
    if "|" in text:
        _hl7(text, hits)
        if "H|\\^&" in text:
            _astm(text, hits)
    if "dn:" in text and ("objectClass:" in text or "objectclass:" in text):
        _ldif(text, hits)
    if "*" in text and ("NM1*" in text or "DMG*" in text or "CLM*" in text or f"{_INTERCHANGE}*" in text):
        _x12(text, hits)
    if "=" in text:
        _named_fields(text, hits)
        if "parameters: $" in text:
            _pg_params(text, hits)
    return hits
