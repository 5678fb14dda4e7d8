"""Fourteenth independent probe corpus: 56 labelled documents in 28 kinds, in the most spoken languages.

Clinical and everyday health text written the way native speakers write it, in their own script: a
Mexican nota de urgencias, an Argentine WhatsApp thread with a clinic, a Spanish informe de alta, a
Portuguese carta de referenciação, a Quebec note d'évolution (CLSC home visit), a Senegalese
ordonnance, an Austrian Laborbefund, an Italian verbale di pronto soccorso, a mainland Chinese 出院小结
and a WeChat follow-up group, a Taiwanese 門診病歷 (Minguo dates), a Japanese 診療情報提供書 (era dates,
full-width digits, a katakana reading), a Korean 진료의뢰서 and a KakaoTalk thread, an Egyptian-Arabic
WhatsApp message (Arabic-Indic digits), an Emirati sick-leave certificate, a Hindi OPD पर्ची, a Bengali
ব্যবস্থাপত্র (Bengali digits), an Urdu Sehat Sahulat admission form, a Russian выписка, a Turkish epikriz,
a Vietnamese giấy ra viện, an Indonesian surat rujukan and a Thai ใบส่งตัว (Buddhist-era dates).
Developers in those countries: a Chinese HIS JSON response with pinyin-initial keys, a Japanese Spring
log carrying a My Number, an Indonesian Laravel log of a BPJS VClaim call, a Turkish e-Nabız NDJSON
export.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Conventions (as probes 4-12): clinicians' names are unlabelled (templates avoid them); a year alone, a
weekday, an age under 90, a log line's or chat line's own time, a country and a first-level division
(state, province, prefecture, governorate) are not PHI; national ID numbers (CURP, CUIL, DNI/NIE, NIF,
SVNR, codice fiscale, 身份证, 身分證, My Number, 주민등록번호, Emirates ID, Aadhaar, NID, CNIC, SNILS, TC
Kimlik, CCCD, NIK, Thai ID) are ID; insurance numbers (NSS, PAMI, CIP, utente SNS, RAMQ, IPM, tessera
sanitaria, 医保, 健保卡, 被保険者番号, 건강보험증, Thiqa, ABHA, ОМС, BHYT, BPJS) are HEALTH_PLAN.
Every PHI value is written with a non-letter on both sides (a full-width colon, a space, a bracket), as
the scoring kit requires: text where a name is glued to the next Han, kana, Hangul or Thai character is
not scorable and left out.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, Slot
from tests.engine.probe14.people import NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

# culture: hospitals, departments, drugs, labs, weekdays (all harmless: must survive)
LOCAL: dict[str, tuple[list[str], list[str], list[str], list[str], list[str]]] = {
    "mx": (
        ["Hospital General Dr. Manuel Gea González", "Hospital Regional de Alta Especialidad del Bajío"],
        ["Cardiología", "Hemodinamia"],
        ["Clopidogrel 300 mg VO", "Enoxaparina 60 mg SC", "Isosorbida 5 mg SL", "Atorvastatina 80 mg"],
        ["Troponina I 0.84 ng/mL", "Glucosa 312 mg/dL", "CK-MB 48 U/L"],
        ["martes", "viernes"],
    ),
    "ar": (
        ["Hospital Italiano de Buenos Aires", "Sanatorio Güemes"],
        ["cardiología", "clínica médica", "traumatología"],
        ["Amoxidal 500", "Ibupirac 600", "Enalapril 10 mg"],
        ["glucemia 240"],
        ["jueves", "domingo"],
    ),
    "es": (
        ["Hospital Universitario de Salamanca", "Complejo Asistencial de Ávila"],
        ["Medicina Interna", "Neumología"],
        ["Adiro 100 mg", "Seguril 40 mg", "Sintrom 4 mg", "Spiriva 18 mcg"],
        ["NT-proBNP 3.120 pg/ml", "Creatinina 1,6 mg/dl", "pCO2 58 mmHg"],
        ["martes", "jueves"],
    ),
    "pt": (
        ["Hospital do Espírito Santo de Évora", "Hospital de Faro"],
        ["Cardiologia", "Neurologia"],
        ["Varfine 5 mg", "Risidon 1000 mg", "Lasix 40 mg", "Bisoprolol 5 mg"],
        ["HbA1c 9,2%", "INR 3,8", "TSH 6,1 mUI/L"],
        ["quarta-feira", "quinta-feira"],
    ),
    "qc": (
        ["CHU de Québec", "Hôpital de Chicoutimi"],
        ["Soutien à domicile", "Services gériatriques"],
        ["Coversyl 4 mg", "Xarelto 15 mg", "Lasix 20 mg"],
        ["glycémie capillaire 14,2 mmol/L", "SpO2 91 %"],
        ["lundi", "jeudi"],
    ),
    "sn": (
        ["Hôpital Principal de Dakar", "Centre Hospitalier National de Pikine"],
        ["Médecine interne", "Cardiologie"],
        ["Amlodipine 10 mg", "Coartem 80/480", "Paracétamol 1 g", "Hydrochlorothiazide 25 mg"],
        ["TDR paludisme positif", "glycémie à jeun 2,4 g/l", "créatininémie 14 mg/l"],
        ["mardi", "samedi"],
    ),
    "at": (
        ["Klinikum Wels-Grieskirchen", "LKH Hochsteiermark"],
        ["Zentrallabor", "Innere Medizin"],
        ["Thrombo ASS 100 mg", "Euthyrox 50 µg", "Atorvastatin 20 mg"],
        ["TSH 8,9 mU/l", "HbA1c 8,4 %", "LDL-Cholesterin 182 mg/dl", "Ferritin 11 ng/ml"],
        ["Mittwoch", "Freitag"],
    ),
    "it": (
        ["Ospedale del Mare", "AORN Moscati"],
        ["Ortopedia", "Medicina d'Urgenza"],
        ["Toradol 30 mg", "Perfalgan 1 g", "Clexane 4000 UI"],
        ["Hb 10,9 g/dl", "PCR 3,1 mg/dl", "INR 1,1"],
        ["lunedì", "sabato"],
    ),
    "cn": (
        ["北京协和医院", "四川大学华西医院"],
        ["内分泌科", "心内科"],
        ["阿司匹林肠溶片 100mg", "阿托伐他汀钙片 20mg", "二甲双胍缓释片 0.5g", "门冬胰岛素注射液 8U"],
        ["空腹血糖 8.6mmol/L", "糖化血红蛋白 9.4%", "肌酐 132μmol/L"],
        ["周三", "周五"],
    ),
    "tw": (
        ["臺大醫院", "高雄長庚紀念醫院"],
        ["家庭醫學科", "胸腔內科"],
        ["Augmentin 1g", "Acetaminophen 500mg", "Medicon-A 20mg"],
        ["WBC 12800/uL", "CRP 5.6 mg/dL"],
        ["星期四", "星期一"],
    ),
    "jp": (
        ["東京大学医学部附属病院", "静岡県立総合病院"],
        ["循環器内科", "脳神経内科"],
        ["アムロジピン錠5mg", "バイアスピリン錠100mg", "ランソプラゾールOD錠15mg", "エリキュース錠2.5mg"],
        ["HbA1c 8.1%", "BNP 420pg/mL", "eGFR 38"],
        ["水曜日", "金曜日"],
    ),
    "kr": (
        ["서울대학교병원", "세브란스병원"],
        ["내분비내과", "신장내과"],
        ["메트포르민 500mg", "아토르바스타틴 20mg", "아모잘탄정 5/50mg"],
        ["당화혈색소 9.1%", "공복혈당 212mg/dL", "크레아티닌 1.4mg/dL"],
        ["화요일", "목요일"],
    ),
    "eg": (
        ["مستشفى القصر العيني", "مستشفى عين شمس التخصصي"],
        ["الباطنة", "السكر والغدد"],
        ["جلوكوفاج ١٠٠٠", "كونكور ٥ مجم", "أماريل ٢ مجم"],
        ["السكر الصايم ٢١٠", "السكر التراكمي ٩٫٢"],
        ["الخميس", "السبت"],
    ),
    "ae": (
        ["مستشفى توام", "مستشفى القاسمي"],
        ["الأنف والأذن والحنجرة", "طب الأسرة"],
        ["Augmentin 625 mg", "Panadol 500 mg", "Otrivin 0.1%"],
        ["CRP 24 mg/L"],
        ["الأحد", "الثلاثاء"],
    ),
    "hi": (
        ["जिला चिकित्सालय", "बाबा राघव दास मेडिकल कॉलेज"],
        ["मेडिसिन विभाग", "बाल रोग विभाग"],
        ["टैब. पैरासिटामोल 500 mg", "टैब. एम्लोडिपिन 5 mg", "सिरप ओआरएस"],
        ["Hb 8.2 g/dl", "शुगर (F) 186 mg/dl", "टाइफाइड टेस्ट पॉज़िटिव"],
        ["सोमवार", "गुरुवार"],
    ),
    "bn": (
        ["ঢাকা মেডিকেল কলেজ হাসপাতাল", "রাজশাহী মেডিকেল কলেজ হাসপাতাল"],
        ["মেডিসিন বহির্বিভাগ", "হৃদরোগ বিভাগ"],
        ["ট্যাব. নাপা ৫০০ মি.গ্রা.", "ক্যাপ. সেকলো ২০", "ট্যাব. অ্যামলোডিপিন ৫ মি.গ্রা."],
        ["রক্তচাপ ১৬০/১০০", "RBS 14.2 mmol/L"],
        ["শনিবার", "মঙ্গলবার"],
    ),
    "ur": (
        ["میو ہسپتال لاہور", "الائیڈ ہسپتال"],
        ["جنرل سرجری", "میڈیکل وارڈ"],
        ["انجکشن سیفٹریاکسون 1 گرام", "گولی پیناڈول 500"],
        ["ہیموگلوبن 10.1", "الٹراساؤنڈ: پتے میں پتھری"],
        ["پیر", "جمعرات"],
    ),
    "ru": (
        ["ГБУЗ «Городская клиническая больница № 4»", "НМИЦ кардиологии"],
        ["кардиологическом отделении", "неврологическом отделении"],
        ["Бисопролол 5 мг", "Аторвастатин 40 мг", "Клопидогрел 75 мг", "Эналаприл 10 мг"],
        ["Гемоглобин 102 г/л", "Креатинин 134 мкмоль/л", "Глюкоза 9,8 ммоль/л"],
        ["среда", "пятница"],
    ),
    "tr": (
        ["Necmettin Erbakan Üniversitesi Meram Tıp Fakültesi Hastanesi", "Ankara Şehir Hastanesi"],
        ["Kardiyoloji", "Koroner Yoğun Bakım"],
        ["Coraspin 100 mg", "Beloc Zok 50 mg", "Brilinta 90 mg", "Lipitor 40 mg"],
        ["Troponin I 2,4 ng/ml", "Kreatinin 1,7 mg/dl"],
        ["Çarşamba", "Cuma"],
    ),
    "vn": (
        ["Bệnh viện Hữu nghị Đa khoa Nghệ An", "Bệnh viện Chợ Rẫy"],
        ["Khoa Nội tổng hợp", "Khoa Hô hấp"],
        ["Ceftriaxon 1g", "Amlodipin 5mg", "Paracetamol 500mg"],
        ["Bạch cầu 14,2 G/l", "CRP 86 mg/l"],
        ["thứ Hai", "thứ Sáu"],
    ),
    "id": (
        ["RSUP Dr. Sardjito", "RSUD Dr. Soetomo"],
        ["Penyakit Dalam", "Jantung dan Pembuluh Darah"],
        ["Furosemid 40 mg", "Captopril 25 mg", "Spironolakton 25 mg"],
        ["GDS 287 mg/dL", "Tensi 180/100 mmHg"],
        ["Senin", "Kamis"],
    ),
    "th": (
        ["โรงพยาบาลมหาราชนครเชียงใหม่", "โรงพยาบาลสรรพสิทธิประสงค์"],
        ["อายุรกรรม", "หัวใจ"],
        ["Aspirin 300 mg", "Clopidogrel 300 mg", "Isosorbide dinitrate 5 mg"],
        ["Troponin T 1,240 ng/L", "BP 178/96 mmHg"],
        ["วันจันทร์", "วันพฤหัสบดี"],
    ),
}
ICD = ["I21.9", "E11.65", "J18.9", "I48.91", "N18.3", "K80.20", "S72.10", "I50.9", "J01.90", "A01.0", "I10"]
# patient-gendered (female, male) and relative-gendered wording
WORDS: dict[str, dict[str, tuple[str, str]]] = {
    "mx": {"sex": ("Femenino", "Masculino")},
    "ar": {"vieja": ("mi vieja", "mi viejo"), "afiliada": ("afiliada", "afiliado")},
    "es": {"sex": ("Mujer", "Varón")},
    "pt": {"nascida": ("nascida", "nascido")},
    "qc": {"usager": ("L'usagère", "L'usager"), "usager_t": ("Usagère", "Usager")},
    "sn": {},
    "at": {"patientin": ("der Patientin", "dem Patienten")},
    "it": {"sex": ("F", "M"), "nato": ("Nata", "Nato"), "accomp": ("Accompagnata", "Accompagnato")},
    "cn": {"sex": ("女", "男"), "mom": ("我妈", "我爸"), "ayi": ("阿姨", "叔叔")},
    "tw": {"sex": ("女", "男")},
    "jp": {"sex": ("女性", "男性")},
    "kr": {"sex": ("여", "남"), "eomeoni": ("어머니", "아버지")},
    "eg": {
        "hagga": ("الحاجة", "الحاج"),
        "ha": ("ماما عندها", "بابا عنده"),
        "laha": ("لها", "له"),
        "bayanat": ("بياناتها", "بياناته"),
        "mob": ("موبايلها", "موبايله"),
    },
    "ae": {"sex": ("أنثى", "ذكر"), "nat": ("إماراتية", "إماراتي")},
    "hi": {"sex": ("महिला", "पुरुष")},
    "bn": {"sex": ("মহিলা", "পুরুষ")},
    "ur": {"sex": ("خاتون", "مرد")},
    "ru": {"nahod": ("Находилась", "Находился"), "poluchil": ("получила", "получил")},
    "tr": {"sex": ("Kadın", "Erkek")},
    "vn": {"sex": ("Nữ", "Nam")},
    "id": {"sex": ("Perempuan", "Laki-laki")},
    "th": {"sex": ("หญิง", "ชาย")},
}
RELATION: dict[str, tuple[str, str]] = {  # the relative as the patient's daughter / son
    "mx": ("hija", "hijo"),
    "ar": ("hija", "hijo"),
    "es": ("hija", "hijo"),
    "pt": ("filha", "filho"),
    "qc": ("sa fille", "son fils"),
    "sn": ("fille", "fils"),
    "at": ("Tochter", "Sohn"),
    "it": ("figlia", "figlio"),
    "cn": ("女儿", "儿子"),
    "tw": ("女兒", "兒子"),
    "jp": ("長女", "長男"),
    "kr": ("딸", "아들"),
    "eg": ("بنت", "ابن"),
    "ae": ("ابنة", "ابن"),
    "hi": ("पुत्री", "पुत्र"),
    "bn": ("মেয়ে", "ছেলে"),
    "ur": ("بیٹی", "بیٹا"),
    "ru": ("дочь", "сын"),
    "tr": ("Kızı", "Oğlu"),
    "vn": ("con gái", "con trai"),
    "id": ("anak perempuan", "anak laki-laki"),
    "th": ("ลูกสาว", "ลูกชาย"),
}


def extras(rng: random.Random, culture: str, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, labs, hospital, codes, versions) and the wording that depends on gender."""
    hospitals, depts, drugs, labs, days = LOCAL[culture]
    d = rng.sample(drugs, 2)
    lab = rng.sample(labs, min(2, len(labs)))
    female, rel_f = bool(p["female"]), bool(p["rel_female"])
    out: dict[str, Slot] = {
        "hospital": K(rng.choice(hospitals)),
        "dept": K(rng.choice(depts)),
        "drug1": K(d[0]),
        "drug2": K(d[1]),
        "lab1": K(lab[0]),
        "lab2": K(lab[-1]),
        "weekday": K(rng.choice(days)),
        "icd": K(rng.choice(ICD)),
        "n": str(rng.randrange(100, 999)),
        "uuid": "".join(rng.choice("0123456789abcdef") for _ in range(16)),
        "relation": RELATION[culture][0 if rel_f else 1],
    }
    for slot, (f, m) in WORDS[culture].items():
        out[slot] = f if female else m
    return out


# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "mx_nota_ingreso_urgencias",
        ["mx"],
        "text",
        2,
        "NOTA DE INGRESO - SERVICIO DE URGENCIAS ADULTOS\n«hospital»\n"
        "Fecha: «visit»   Hora: 03:40 h   Triage: ‹amarillo›\n"
        "Nombre: «name_up»   Sexo: «sex»   Edad: «age» años\n"
        "CURP: «natid»   NSS: «hplan»   No. de expediente: «mrn»\n"
        "Domicilio: «street», C.P. «zip», «town», «province»\n"
        "Tel.: «mobile»   Familiar responsable: «rel» («relation»), cel. «rel_phone»\n"
        "Padecimiento actual: inicia hace 6 horas con dolor torácico opresivo irradiado a brazo izquierdo, "
        "diaforesis y náusea. DM2 de 12 años de evolución.\n"
        "EF: TA 168/94 mmHg, FC 108 lpm, SatO2 90 %. «lab1».\n"
        "IDx: síndrome coronario agudo (‹I21.9›).\n"
        "Plan: «drug1», «drug2». Se interconsulta a «dept». Se informa a familiar.\n",
    ),
    (
        "ar_whatsapp_turno_consultorio",
        ["ar"],
        "text",
        2,
        "[21:14] «rel»: Hola buenas noches!! Les escribo por «vieja», «name», CUIL «natid» 🙏\n"
        "[21:15] «rel»: Tenía turno con «dept» el «visit_short» pero está con fiebre desde el «weekday» "
        "y no la puedo llevar\n"
        "[21:15] «rel»: Se lo podemos pasar para el «visit2_short»?? Es de PAMI, «afiliada» «hplan»\n"
        "[21:31] Consultorio Médico: Hola! Sí, te lo paso al «visit2_short» a las 10:30 hs 👍 "
        "Me confirmás un teléfono?\n"
        "[21:33] «rel»: El mío «intl» o el fijo de casa «phone»\n"
        "[21:33] «rel»: Ah y la receta del «drug1» mandala a «email» porfa\n"
        "[21:34] Consultorio Médico: Dale. Sigue viviendo en «street», «town»?\n"
        "[21:36] «rel»: Sí sí, ahí mismo. Mil gracias!!! 😘\n",
    ),
    (
        "es_informe_alta_hospitalaria",
        ["es"],
        "text",
        2,
        "INFORME DE ALTA HOSPITALARIA\nServicio de «dept» - «hospital»\n\n"
        "Paciente: «name»   NHC: «mrn»   DNI/NIE: «natid»\nTarjeta sanitaria (CIP): «hplan»\n"
        "Fecha de nacimiento: «dob» («age» años)   Sexo: «sex»\n"
        "Domicilio: «street», «zip» «town»   Teléfono: «mobile»\n"
        "Fecha de ingreso: «visit»   Fecha de alta: «visit2»\n\n"
        "Motivo de ingreso: disnea de moderados esfuerzos y edemas en miembros inferiores de una semana "
        "de evolución.\nAntecedentes: HTA, DM tipo 2, EPOC GOLD 3. No alergias medicamentosas conocidas.\n"
        "Pruebas: «lab1»; «lab2». Rx de tórax: derrame pleural bilateral.\n"
        "Juicio clínico: insuficiencia cardiaca descompensada (‹I50.9›).\n"
        "Tratamiento al alta: «drug1» (1-0-0), «drug2» (0-0-1).\n"
        "Revisión en consultas externas el «visit3». Se entrega copia del informe a su «relation», «rel» "
        "(tel. «rel_phone»).\n",
    ),
    (
        "pt_carta_referenciacao_usf",
        ["pt"],
        "text",
        2,
        "CARTA DE REFERENCIAÇÃO - Consulta Externa de «dept»\nPara: «hospital»\nData: «visit2»\n\n"
        "Exmo.(a) Colega,\n\nSolicito a observação de «name», de «age» anos, utente n.º «hplan», NIF "
        "«natid», «nascida» a «dob_long», residente em «street», «zip» «town», contacto «mobile».\n"
        "Observado(a) nesta USF a «visit_long» por episódios de disartria transitória; fibrilhação "
        "auricular de novo (‹I48.91›).\nMedicação habitual: «drug1», «drug2». Análises: «lab1».\n"
        "Cuidador(a) principal: «rel» («relation»), telemóvel «rel_phone».\n\n"
        "Com os melhores cumprimentos,\nO Médico de Família\n",
    ),
    (
        "qc_note_evolution_clsc",
        ["qc"],
        "text",
        2,
        "NOTE D'ÉVOLUTION - «dept», CLSC secteur Nord\n"
        "Date : «visit» 14 h 10   «usager_t» : «name»   No de dossier : «mrn»\n"
        "RAMQ : «hplan»   Date de naissance : «dob»\n\n"
        "Visite à domicile au «street», «town» (QC) «zip», en présence de «relation», «rel».\n"
        "S : «usager» se dit plus essoufflé(e) depuis «weekday», dort assis(e) au fauteuil.\n"
        "O : TA 152/88, «lab1», «lab2». Œdème à godet 2+ aux chevilles.\n"
        "A : IC probablement décompensée (‹I50.9›).\n"
        "P : ajusté «drug1» selon l'ordonnance collective; «drug2» inchangé. Rappel prévu le «visit2_long». "
        "Famille à joindre au «rel_phone» ou au domicile, «phone».\n",
    ),
    (
        "sn_ordonnance_centre_sante",
        ["sn"],
        "text",
        2,
        "RÉPUBLIQUE DU SÉNÉGAL\nUn Peuple - Un But - Une Foi\n"
        "Ministère de la Santé et de l'Action sociale\n«hospital» - «dept»\n\n"
        "ORDONNANCE MÉDICALE                 Fait le «visit_long»\n\n"
        "Prénom et Nom : «name»      Âge : «age» ans      Poids : 64 kg\n"
        "Adresse : «street», «town»      Tél. : «mobile»\n"
        "N° CNI : «natid»      Prise en charge IPM n° «hplan»\n\n"
        "1) «drug1» - 1 cp le matin pendant 30 jours\n2) «drug2» - 1 cp matin et soir\n"
        "Résultats : «lab1», «lab2».\nProchain RDV : «visit2» («weekday»)\n"
        "Personne à prévenir : «rel» («relation»), «rel_phone»\n",
    ),
    (
        "at_laborbefund_zuweisung",
        ["at"],
        "text",
        2,
        "«hospital» - «dept»\nLABORBEFUND                              Befunddatum: «visit2»\n"
        "Patient/in: «family_up» «given»    geb. «dob»    SVNR: «natid»\n"
        "Adresse: «street», «zip» «town»\nZuweisung: Hausarzt, Auftrag vom «visit»   Probe-Nr.: «mrn»\n\n"
        "Parameter                      Ergebnis\n«lab1»                          H\n«lab2»\n\n"
        "Kommentar: Befund am «visit_long» telefonisch mit «patientin» besprochen (Tel. «mobile»). "
        "Kontrolle in 6 Wochen, «drug1» weiter wie bisher.\n",
    ),
    (
        "it_verbale_pronto_soccorso",
        ["it"],
        "text",
        2,
        "VERBALE DI PRONTO SOCCORSO - «hospital»\n"
        "N. accesso: «mrn»   Ingresso: «visit» ore 22:47   Codice colore: ‹arancione›\n"
        "Paziente: «family_up» «given»   Sesso: «sex»   «nato» il «dob» a «town»\n"
        "C.F.: «natid»   Tessera sanitaria: «hplan»\n"
        "Residenza: «street», «zip» «town»   Recapito: «mobile»\n"
        "«accomp» da «rel» («relation»), tel. «rel_phone»\n\n"
        "Anamnesi: caduta accidentale in casa, impotenza funzionale arto inferiore destro.\n"
        "Esami: «lab1», «lab2». Rx bacino: frattura pertrocanterica dx (‹S72.10›).\n"
        "Terapia in PS: «drug1» ev; «drug2» sc.\nEsito: ricovero in «dept».\n",
    ),
    (
        "cn_chuyuan_xiaojie",
        ["cn"],
        "text",
        2,
        "«hospital»\n出院小结\n科室：«dept»　住院号：«mrn»　床号：17床\n"
        "姓名：«name»　性别：«sex»　年龄：«age»岁\n身份证号：«natid»\n医保个人编号：«hplan»\n"
        "现住址：«addr»　邮编：«zip»\n联系人：«rel»（«relation»）　电话：«rel_phone»\n"
        "入院日期：«visit»　出院日期：«visit2»\n"
        "入院诊断：2型糖尿病伴血糖控制不佳（‹E11.65›）\n"
        "诊疗经过：入院后完善相关检查，«lab1»，«lab2»。予胰岛素强化降糖等治疗，病情好转。\n"
        "出院医嘱：\n1. «drug1»，每日一次；«drug2»，每日两次。\n2. 低盐低脂糖尿病饮食，监测血糖。\n"
        "3. 复查时间：«visit3»，内分泌科门诊。\n",
    ),
    (
        "cn_wechat_suifang_qun",
        ["cn"],
        "text",
        2,
        "「«hospital» · «dept» 随访群」\n患者家属 21:03\n"
        "@随访护士 您好！打扰了🙏 «mom»上周五出院，出院小结上的信息：\n"
        "姓名：«name»\n身份证：«natid»\n住院号：«mrn»\n患者家属 21:04\n"
        "现在脚有点肿。«drug1»，还要接着吃吗？\n随访护士 21:10\n"
        "«ayi»出院时医生交代的是继续服用，先别自己停药。复诊约的是 «visit_short» 吧？\n患者家属 21:12\n"
        "对，«visit_short» 上午。我电话 «rel_phone»，家里座机 «phone»，有事直接打。\n患者家属 21:12\n"
        "还有住址变了，现在住 «addr»，社区医生上门能改一下吗\n随访护士 21:15\n"
        "好的，已登记。来的时候带上医保卡（«hplan»）。\n",
    ),
    (
        "tw_menzhen_bingli",
        ["tw"],
        "text",
        2,
        "«hospital»　門診病歷\n科別：«dept»　病歷號：«mrn»　就診日期：«visit»\n"
        "姓名：«name»　性別：«sex»　出生日期：«dob_long»　年齡：«age»歲\n"
        "身分證字號：«natid»　健保卡號：«hplan»\n地址：«addr»\n"
        "電話：«mobile»　緊急聯絡人：«rel»（«relation»）«rel_phone»\n"
        "S：咳嗽有痰三天，夜間喘，發燒 38.5℃。過去病史：高血壓、糖尿病。\n"
        "O：BT 38.3℃，BP 146/88 mmHg，SpO2 94%。«lab1»，«lab2»。\n"
        "A：社區型肺炎（‹J18.9›）\n"
        "P：«drug1» TID×7天；«drug2» PRN。三天後回診（«visit2»），若喘加劇請掛急診。\n",
    ),
    (
        "jp_shinryo_joho_teikyosho",
        ["jp"],
        "text",
        2,
        "診療情報提供書（紹介状）\n«visit2»\n«hospital»　«dept»\n　ご担当先生　御侍史\n\n"
        "患者氏名：«name»　様（«kana»）　«sex»\n生年月日：«dob»（«age»歳）\n"
        "住所：〒«zip_fw»　«addr»\n電話：«phone»　携帯：«mobile»\n後期高齢者医療 被保険者番号：«hplan»\n\n"
        "傷病名：心房細動（‹I48.91›）、高血圧症\n紹介目的：精査・加療のお願い\n"
        "症状経過：«visit_long»、動悸と息切れを主訴に当院を受診されました。"
        "心電図で心房細動を認め、抗凝固療法を開始しております。\n"
        "検査結果：«lab1»、«lab2»\n現在の処方：«drug1»、«drug2»\n"
        "キーパーソン：«relation»　«rel»　様（«rel_phone»）\n\nご高診のほど、よろしくお願い申し上げます。\n",
    ),
    (
        "kr_jinryo_uiroeseo",
        ["kr"],
        "text",
        2,
        "진료의뢰서\n수신: «hospital» «dept» 담당 선생님\n\n"
        "환자 성명: «name» (성별: «sex», 만 «age»세)\n주민등록번호: «natid»\n건강보험증 번호: «hplan»\n"
        "주소: «province» «addr» (우 «zip»)\n연락처: «mobile» / 보호자 «rel»(«relation») «rel_phone»\n"
        "상병명: 제2형 당뇨병(‹E11.65›), 고혈압\n"
        "의뢰 내용: «visit» 본원 내원 시 «lab1», «lab2» 확인되어 인슐린 치료 여부 및 합병증 평가를 "
        "위해 의뢰드립니다.\n현재 투약: «drug1», «drug2»\n의뢰일: «visit2»\n",
    ),
    (
        "kr_kakaotalk_bohoja",
        ["kr"],
        "text",
        2,
        "«hospital» 외래 님과 카카오톡 대화\n\n"
        "[«rel»] [오후 9:14] 안녕하세요 간호사님 «name» 환자 보호자입니다\n"
        "[«rel»] [오후 9:14] «eomeoni»가 어제부터 열이 38.5도까지 올라서요 ㅠㅠ\n"
        "[«hospital» 외래] [오후 9:20] 네 보호자님~ 본인 확인 위해 환자분 생년월일 알려주세요\n"
        "[«rel»] [오후 9:21] «dob» 입니다\n"
        "[«hospital» 외래] [오후 9:22] 확인됐습니다. «visit_short» 예약은 그대로 유지하시고 해열제는 "
        "‹타이레놀 500mg› 드셔도 됩니다\n"
        "[«rel»] [오후 9:25] 그리고 주소가 바뀌었는데 «province» «addr» 로 수정 부탁드려요\n"
        "[«rel»] [오후 9:25] 제 번호는 «rel_phone» 이고 «eomeoni» 폰은 «mobile» 이에요\n"
        "[«hospital» 외래] [오후 9:27] 네 수정했습니다 😊\n",
    ),
    (
        "eg_whatsapp_hagz_kashf",
        ["eg"],
        "text",
        2,
        "السلام عليكم يا دكتور 🌹\nأنا «rel»، «relation» «hagga» «name»\n"
        "«ha» سكر وضغط من سنين، وآخر تحليل «lab1».\n"
        "الدكتور في «hospital» كتب «laha» «drug1» بس السكر لسه عالي.\n«bayanat» للحجز:\n"
        "الاسم: «name»\nالرقم القومي: «natid_nd»\nتاريخ الميلاد: «dob_nd»\n"
        "العنوان: «addr»، محافظة «province»\n«mob»: «mobile_nd»\n"
        "ممكن نحجز كشف يوم «weekday» الجاي؟ ودا رقمي للتواصل «rel_phone»\n",
    ),
    (
        "ae_shahadat_ijaza_maradiya",
        ["ae"],
        "text",
        2,
        "شهادة إجازة مرضية / SICK LEAVE CERTIFICATE\n«hospital» - قسم «dept»\n\n"
        "اسم المريض: «name»\nرقم الهوية الإماراتية: «natid»\n"
        "رقم الملف الطبي: «mrn»      الجنسية: «nat»\nتاريخ الميلاد: «dob»      الجنس: «sex»\n"
        "رقم الهاتف المتحرك: «mobile»\nالعنوان: «addr»، إمارة «province»\n"
        "رقم بطاقة التأمين (ثقة): «hplan»\nتاريخ المراجعة: «visit»\n"
        "التشخيص: التهاب الجيوب الأنفية الحاد (‹J01.90›)\nالعلاج: «drug1»، «drug2»\n"
        "يُمنح المريض إجازة مرضية من «visit» إلى «visit2» (شاملة).\n"
        "ملاحظة: المراجع طلب نسخة لجهة العمل. المرافق: «rel» («relation»)، هاتف «rel_phone».\n",
    ),
    (
        "hi_opd_parchi",
        ["hi"],
        "text",
        2,
        "«hospital»\nबाह्य रोगी विभाग - ओ.पी.डी. पर्ची\n"
        "पंजीकरण सं.: «mrn»        दिनांक: «visit_nd»\nरोगी का नाम: «name»\nपिता/पति का नाम: «rel_m»\n"
        "आयु: «age» वर्ष        लिंग: «sex»\nपता: «addr», «province» - «zip»\n"
        "मोबाइल: «mobile»        आधार सं.: «natid»\nआभा (ABHA) सं.: «hplan»\nविभाग: «dept»\n"
        "शिकायत: 4 दिन से बुखार, सिर दर्द, उल्टी।\nजाँच: «lab1»\n"
        "सलाह: «drug1» दिन में तीन बार, «drug2»\nअगली बार दिखाएँ: «visit2_nd» («weekday»)\n"
        "साथ में: «rel» («relation»), मो. «rel_phone»\n",
    ),
    (
        "bn_byabosthapotro",
        ["bn"],
        "text",
        2,
        "«hospital»\n«dept»\nব্যবস্থাপত্র\n\n"
        "রোগীর নাম: «name»      বয়স: «age_nd» বছর      লিঙ্গ: «sex»\nতারিখ: «visit_nd»\n"
        "ঠিকানা: «addr»\nমোবাইল: «mobile_nd»\nজাতীয় পরিচয়পত্র নং: «natid»\n\n"
        "অভিযোগ: বুকে ব্যথা, মাথা ঘোরা\nপরীক্ষা: «lab1», «lab2»\n\nRx\n"
        "১. «drug1» - ১+০+১, খাবারের পরে, ৩০ দিন\n২. «drug2» - ০+০+১\n\n"
        "পরামর্শ: লবণ কম খাবেন। পরবর্তী সাক্ষাৎ: «visit2_nd»\n"
        "অভিভাবক: «rel» («relation»), ফোন «rel_phone_nd»\n",
    ),
    (
        "ur_sehat_card_dakhla_form",
        ["ur"],
        "text",
        2,
        "صحت سہولت پروگرام - داخلہ فارم\nہسپتال: «hospital» («dept»)\n\n"
        "مریض کا نام: «name»\nولدیت / زوجیت: «rel_m»\nشناختی کارڈ نمبر: «natid»\n"
        "تاریخ پیدائش: «dob»      عمر: «age» سال      جنس: «sex»\n"
        "پتہ: «addr»، صوبہ «province»\nموبائل نمبر: «mobile»\n"
        "تاریخ داخلہ: «visit»      متوقع تاریخ اخراج: «visit2»\n"
        "تشخیص: پتے کی پتھری (‹K80.20›)، آپریشن درکار\nلیبارٹری: «lab1»، «lab2»\n"
        "ادویات: «drug1»، «drug2»\nہنگامی رابطہ: «rel» («relation») «rel_phone»\n",
    ),
    (
        "ru_vypiska_statsionar",
        ["ru"],
        "text",
        2,
        "«hospital»\nВЫПИСКА ИЗ МЕДИЦИНСКОЙ КАРТЫ СТАЦИОНАРНОГО БОЛЬНОГО № «mrn»\n\n"
        "ФИО: «name»\nДата рождения: «dob» (полных лет: «age90»)\n"
        "Адрес регистрации: «zip», «province», «addr»\nСНИЛС: «natid»   Полис ОМС: «hplan»\n\n"
        "«nahod» на стационарном лечении в «dept» с «visit» по «visit2».\n"
        "Диагноз основной: ИБС. Постинфарктный кардиосклероз (‹I25.2›).\n"
        "Обследование: «lab1», «lab2».\n"
        "Рекомендовано: «drug1» - 1 т. утром, «drug2» - 1 т. вечером. Явка к участковому терапевту "
        "«visit3».\nКонтактное лицо: «relation» - «rel», тел. «rel_phone»\n"
        "Выписку на руки «poluchil»: «name_short» ____________\n",
    ),
    (
        "tr_epikriz_servis",
        ["tr"],
        "text",
        2,
        "T.C. SAĞLIK BAKANLIĞI\n«hospital»\nEPİKRİZ\n\n"
        "Hasta Adı Soyadı: «name_up»\nT.C. Kimlik No: «natid»     Protokol No: «mrn»\n"
        "Doğum Tarihi: «dob»     Cinsiyet: «sex»\nAdres: «addr» / «province»\nTelefon: «mobile»\n"
        "Yatış Tarihi: «visit»     Çıkış Tarihi: «visit2»     Servis: «dept»\n\n"
        "Tanı: Akut inferior miyokard enfarktüsü (‹I21.9›)\n"
        "Şikayet ve Öyküsü: 3 saattir devam eden göğüs ağrısı ile acil servise başvurdu.\n"
        "Laboratuvar: «lab1», «lab2»\nYapılan İşlemler: Koroner anjiyografi, RCA'ya stent.\n"
        "Çıkış Önerileri: «drug1» 1x1, «drug2» 1x1. «visit3» tarihinde kardiyoloji polikliniğine "
        "kontrole gelmesi.\nHasta yakını: «rel» («relation»), Tel: «rel_phone»\n",
    ),
    (
        "vn_giay_ra_vien",
        ["vn"],
        "text",
        2,
        "SỞ Y TẾ «province»\n«hospital»\n\nGIẤY RA VIỆN\n\n"
        "- Họ tên người bệnh: «name_up»      Tuổi: «age»      Giới tính: «sex»\n"
        "- Dân tộc: Kinh      Nghề nghiệp: Làm ruộng\n- Mã thẻ BHYT: «hplan»\n- Số CCCD: «natid»\n"
        "- Địa chỉ: «addr», tỉnh «province»\n- Vào viện lúc: 08 giờ 30 phút, ngày «visit_long»\n"
        "- Ra viện lúc: 09 giờ 00 phút, ngày «visit2_long»\n"
        "- Chẩn đoán: Viêm phổi cộng đồng (‹J18.9›)\n"
        "- Phương pháp điều trị: «drug1», «drug2». «lab1».\n"
        "- Ghi chú: Tái khám ngày «visit3» tại «dept». Người nhà: «rel» («relation»), SĐT «rel_phone».\n",
    ),
    (
        "id_surat_rujukan_puskesmas",
        ["id"],
        "text",
        2,
        "SURAT RUJUKAN PASIEN\nNomor: 445/«n»/PKM/2025\n\n"
        "Kepada Yth.\nDokter Spesialis «dept»\ndi «hospital»\n\nDengan hormat,\n"
        "Mohon pemeriksaan dan penanganan lebih lanjut terhadap pasien:\n"
        "Nama          : «name»\nUmur          : «age» tahun\nJenis Kelamin : «sex»\n"
        "NIK           : «natid»\nNo. BPJS      : «hplan»\nAlamat        : «addr», «province»\n"
        "No. HP        : «mobile»\nAnamnesa      : sesak napas sejak 3 hari, kaki bengkak\n"
        "Pemeriksaan   : «lab1», «lab2»\nDiagnosa sementara: CHF (‹I50.9›)\n"
        "Terapi yang sudah diberikan: «drug1», «drug2»\nPendamping: «rel» («relation»), HP «rel_phone»\n\n"
        "Demikian atas bantuan dan kerja samanya kami ucapkan terima kasih.\nTanggal: «visit_long»\n",
    ),
    (
        "th_bai_song_tua",
        ["th"],
        "text",
        2,
        "แบบส่งต่อผู้ป่วย (ใบส่งตัว)\nเรียน ผู้อำนวยการ «hospital»\nวันที่ «visit_long_nd»\n\n"
        "ชื่อ-สกุล «name»   อายุ «age» ปี   เพศ «sex»\nเลขประจำตัวประชาชน «natid»\n"
        "สิทธิการรักษา ‹บัตรทอง (UC)›\nที่อยู่ «addr» จังหวัด«province»\nโทรศัพท์ «mobile»\n"
        "อาการสำคัญ เจ็บหน้าอกร้าวไปแขนซ้าย 2 ชั่วโมงก่อนมา\n"
        "การวินิจฉัยเบื้องต้น Acute STEMI (‹I21.9›)\nการรักษาที่ให้ «drug1», «drug2»\nผลตรวจ «lab1»\n"
        "ญาติ «rel» («relation») โทร «rel_phone»\nส่งต่อเพื่อ ทำ PCI ที่แผนก «dept»\n",
    ),
    (
        "cn_his_api_json_response",
        ["cn"],
        "json",
        2,
        '{"code":0,"msg":"成功","data":{"patientId":"«mrn»","xm":"«name»","xb":"«sex»","csrq":"«dob_iso»",'
        '"sfzh":"«natid»","lxdh":"«mobile»","jtzz":"«addr»","yzbm":"«zip»",'
        '"lxr":{"xm":"«rel»","gx":"«relation»","dh":"«rel_phone»"},'
        '"zd":[{"icd10":"‹E11.65›","mc":"‹2型糖尿病›"}],"yz":["«drug1»","«drug2»"],"ryrq":"«visit_ts»"},'
        '"traceId":"«uuid»","version":"‹his-gateway 2.3.1›"}',
    ),
    (
        "jp_spring_boot_error_log",
        ["jp"],
        "text",
        2,
        "2025-06-03 09:41:07.512 ERROR 2381 --- [nio-8080-exec-4] j.c.m.receipt.PatientRegisterService : "
        "患者登録に失敗しました patientNo=«mrn», 氏名=«name», カナ=«kana», 生年月日=«dob_iso», "
        "個人番号=«natid», 郵便番号=«zip», 住所=«addr», 電話=«mobile»\n"
        "jp.co.medisys.receipt.ValidationException: 郵便番号の形式が不正です: «zip_fw»\n"
        "\tat jp.co.medisys.receipt.AddressValidator.check(AddressValidator.java:57)\n"
        "\tat jp.co.medisys.receipt.PatientRegisterService.register(PatientRegisterService.java:132)\n"
        "2025-06-03 09:41:07.530  WARN 2381 --- [nio-8080-exec-4] j.c.m.receipt.RetryPolicy : "
        "リトライ対象外 (‹receipt-api 4.1.0›), 被保険者番号=«hplan»\n",
    ),
    (
        "id_laravel_vclaim_log",
        ["id"],
        "text",
        2,
        "[2025-06-03 10:22:01] production.ERROR: Gagal kirim SEP ke VClaim "
        '{"nik":"«natid»","nama":"«name»","no_kartu":"«hplan»","tgl_lahir":"«dob_iso»",'
        '"alamat":"«addr»","no_hp":"«mobile»","tgl_sep":"«visit_iso»","diagnosa":"«icd»",'
        '"exception":"[object] (GuzzleHttp\\\\Exception\\\\ClientException(code: 422): Client error: '
        '`POST https://apijkn.example/vclaim-rest/SEP/2.0/insert` resulted in a `422` response)"}\n'
        "[stacktrace]\n"
        "#0 /var/www/simrs/vendor/guzzlehttp/guzzle/src/Middleware.php(69): "
        "GuzzleHttp\\Exception\\RequestException::create()\n"
        "#1 /var/www/simrs/app/Services/BpjsVclaimService.php(88): GuzzleHttp\\Client->post()\n"
        "#2 /var/www/simrs/app/Http/Controllers/SepController.php(41): "
        "App\\Services\\BpjsVclaimService->insertSep() (‹Laravel 10.48.4›)\n",
    ),
    (
        "tr_enabiz_ndjson_export",
        ["tr"],
        "ndjson",
        2,
        '{"tckn":"«natid»","ad":"«given»","soyad":"«family»","dogum_tarihi":"«dob_iso»","il":"«province»",'
        '"ilce":"«town»","adres":"«street»","gsm":"«mobile»","tani_kodu":"«icd»","recete":["«drug1»"]}\n'
        '{"tckn":"«p2_natid»","ad":"«p2_given»","soyad":"«p2_family»","dogum_tarihi":"«p2_dob_iso»",'
        '"il":"«p2_province»","ilce":"«p2_town»","adres":"«p2_street»","gsm":"«p2_mobile»",'
        '"tani_kodu":"‹I10›","recete":["«drug2»"]}\n',
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    for attempt in range(30):
        rng = random.Random(f"phigate-probe14:{seed}:{kind}:{index}:{attempt}")
        elderly = "後期高齢者" in template or "«hagga»" in template
        p = person(rng, culture, old="«age90" in template, elderly=elderly)
        slots: dict[str, Slot] = {**p, **extras(rng, culture, p)}
        if "«p2_" in template:
            q = person(rng, culture)
            slots.update({f"p2_{k}": v for k, v in q.items()})
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        elif fmt == "ndjson":
            for line in content.splitlines():
                json.loads(line)
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe14 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed) % len(cultures)], fmt, t)
        for kind, cultures, fmt, n, t in TEMPLATES
        for i in range(n)
    ]
