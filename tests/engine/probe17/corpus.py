"""Seventeenth independent probe corpus: 36 labelled documents in 18 kinds, PHI where no label points at it.

Names, places, dates and ages written in running prose and conversation, mid-sentence, the way people
really write them, with no "Name:" or "DOB:" in front: possessives ("Peran Polglase's GP", "the
Fontenots' main worry"), vocatives and greetings ("Thanks Zémé!", "Hi Tamsy and Jowie,"), sign-offs by
relatives, cc lists of family members, nicknames beside full names, names with initials, hyphens,
apostrophes and particles, lower-case names in chat, ALL-CAPS names from legacy exports, names inside
file paths, S3 keys, scanned-document filenames, usernames and e-mail local parts, git branch names and
commit messages, addresses told in prose ("moved in with her son at 41 Fuggoe Terrace, near the Co-op"),
towns named in passing ("drives down from Pont Mouchoir on weekends"), dates in words ("born on the
fourth of July 1941", "on the 3rd of June") and ages in words over 89 ("aged ninety-three").

English (US Cajun, Cornish, Tiwi/Australian, Khasi/Indian, Jamaican, Sierra Leonean): a family-meeting
note, a social-work narrative, a chaplain's visit note, a patient's family e-mail thread to an OPD, an
SMS thread with a caregiver, a voicemail transcription, a bed-board handoff chat, a death notification
to a registry, a scanned-documents index, a git branch list and log of an intake app, an `aws s3api
list-objects-v2` response of a records bucket and a Zendesk ticket's comments (JSON). Other languages,
written natively: a community-health-worker visit diary in Papiamentu, a school absence note in
Chichewa, a pharmacy counselling note in Cebuano, an interpreter-mediated visit transcript in Bislama
(with the interpreter's English), a genetic-clinic family history in Basque and a family's letter to a
clinic in Samoan.

Same `«slot»`/`‹keep›` template language and label classes as tests/engine/probe (its `render`, `Doc`,
`bounded`, `name_parts` and `problems` are reused); every list, template and generator here is new.
Conventions (as probes 12-16): clinicians', chaplains', social workers', developers' and support
agents' names are unlabelled (templates avoid them: roles and handles only); a year alone, a weekday, a
month alone, an age under 90, a chat line's or log's own time, a country, US state, parish, district or
province are not PHI; a name is labelled as it is written (lower case, upper case, ASCII-folded in a
path, with a plural "s"); a login name is ID; an MBI and insurer member numbers are HEALTH_PLAN.
"""

from __future__ import annotations

import json
import random

from tests.engine.probe.corpus import Doc, bounded, name_parts, render
from tests.engine.probe.corpus import problems as _base_problems
from tests.engine.probe.people import K, Slot
from tests.engine.probe17.people import NAMES, person

__all__ = ["TEMPLATES", "Doc", "bounded", "make_corpus", "name_parts", "problems"]

DRUGS = [
    "amlodipine 10 mg",
    "furosemide 40 mg",
    "apixaban 5 mg",
    "metformin 500 mg",
    "insulin glargine 100 units/mL",
    "morphine sulfate 2.5 mg",
    "sertraline 50 mg",
    "co-amoxiclav 625 mg",
    "artemether-lumefantrine",
    "salbutamol inhaler",
    "losartan 50 mg",
]
HOSPITALS = {
    "us": ["Our Lady of Lourdes Regional Medical Center", "Opelousas General Health System"],
    "gb": ["Royal Cornwall Hospital", "West Cornwall Hospital"],
    "au": ["Royal Darwin Hospital", "Darwin Private Hospital"],
    "in": ["Nazareth Hospital", "Woodland Hospital"],
    "jm": ["Spanish Town Hospital", "St. Ann's Bay Regional Hospital"],
    "sl": ["Connaught Hospital", "Ola During Children's Hospital"],
    "cw": ["Curaçao Medical Center"],
    "mw": ["Zomba Central Hospital", "Kamuzu Central Hospital"],
    "ph": ["Vicente Sotto Memorial Medical Center"],
    "vu": ["Vila Central Hospital"],
    "eus": ["Gurutzetako Unibertsitate Ospitalea", "Donostia Unibertsitate Ospitalea"],
    "ws": ["TTM Hospital"],
}
CODE = ["intake-app", "chart-merge", "scan-indexer", "portal-auth", "adt-bridge"]
BUCKETS = ["stlandry-records-prod", "kernow-scans-archive", "records-intake-prod"]


def extras(rng: random.Random, p: dict[str, Slot]) -> dict[str, Slot]:
    """Keep slots (drugs, hospital, code names) for one document."""
    drugs = rng.sample(DRUGS, 2)
    return {
        "drug1": K(drugs[0]),
        "drug2": K(drugs[1]),
        "hospital": K(rng.choice(HOSPITALS[str(p["region"])])),
        "code": K(rng.choice(CODE)),
        "bucket": K(rng.choice(BUCKETS)),
        "n": str(rng.randrange(10000, 99999)),
        "sha1": "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "sha2": "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "sha3": "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "sha4": "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "sha5": "".join(rng.choice("0123456789abcdef") for _ in range(7)),
        "etag": "".join(rng.choice("0123456789abcdef") for _ in range(32)),
    }


ALL = list(NAMES)

# (kind, name cultures cycled over renders, format, renders, template)
TEMPLATES: list[tuple[str, list[str], str, int, str]] = [
    (
        "family_meeting_note_cajun",
        ["cajun"],
        "text",
        2,
        "FAMILY MEETING - ‹4 West›, «hospital»\nMeeting held «visit_iso», conference room B.\n\n"
        'Present: the patient; «his» «relword» «rel» ("«rel_nick»"); «rel2_given», «his» «rel2word», on '
        "speaker phone from «town2»; palliative care NP; social work.\n\n"
        "«name_init» is «age_words» and has lived on «street» in «town» since «he» married. Everyone in "
        "the room calls «him» «nick», and «rel_nick» asked that staff do the same. «He» was born on "
        "«dob_words», the youngest of eleven, and still says the rosary in French every evening.\n"
        "The «family_pl»' main worry is the stairs at home. «rel_given» will move back in with «him» after "
        "discharge; «rel2_given» drives down from «town2» on weekends.\n"
        "Goals: comfort first, no intubation. ‹LaPOST› completed and signed by «rel». ‹Will› revisit on "
        "«visit2_mthe» once «rel2_given» can attend in person.\n"
        "Callback: «rel_phone» («rel_nick»), «rel2_phone» («rel2_given»).\n",
    ),
    (
        "social_work_narrative_cornwall",
        ["cornish"],
        "text",
        2,
        "SOCIAL WORK ASSESSMENT - «hospital», ‹Wheal Rose Ward›\n\n"
        "Met «given» («nick» to «his» friends) on the ward this morning. «He» lost the tenancy at "
        "«street», «town» «zip» in ‹March› after the landlord sold up, and since then has been "
        "sofa-surfing; for the last fortnight «he» has been living with «his» «relword» «rel» at "
        "«street2», near the ‹Co-op› in «town2». «rel_given» works nights and cannot provide personal "
        'care.\n«name»\'s GP is aware. An old friend, «rel2» ("«rel2_nick»"), visits most days and '
        "«given» wants «rel2_nick» told about any move.\n\n"
        "Plan: ‹Adult Social Care› referral; housing options via ‹Cornwall Housing›; «rel_given» to bring "
        "the post from «street» on the «visit2_dm». Contact «rel_given» on «rel_phone».\n"
        "Duty social worker, «visit_long».\n",
    ),
    (
        "chaplain_visit_note_tiwi",
        ["tiwi"],
        "text",
        2,
        "PASTORAL CARE VISIT - «hospital», ‹Ward 5B›\n\n"
        "Visited «given» «family» (prefers «nick») at the request of «rel», who rang from «town». «nick» "
        "was flown in from «town» on «visit_mthe» and is missing Country and family. We sat together and "
        "talked about fishing and about «his» grandmother, the late «rel2», who raised «him» in a house on "
        "«street». «He» told me «his» birthday is «dob_dm» and «he» wants to be home for it.\n"
        "Prayer said with «rel_given» present on the phone (speaker). ‹Holy Communion› offered and "
        "received. «nick» asked for a ‹Tiwi› hymn book.\n"
        "Follow-up: «rel_given» asked chaplaincy to ring «rel_phone» before ‹Sunday›; «he» would also "
        "like «rel_nick» to bring «his» clothes from «street2», «town2».\nChaplain on call.\n",
    ),
    (
        "opd_email_thread_khasi",
        ["khasi"],
        "text",
        2,
        "From: «rel» <«rel_email»>\nTo: OPD Appointments <opd.appointments@hospital.example>\n"
        "Subject: Re: Re: Appointment for my «parent»\n\nRespected Sir/Madam,\n\n"
        "This is to inform you that my «parent» «name_mid» (UHID «mrn») will not be able to come on the "
        "«visit_dm» as «he» is down with fever since ‹Monday›. Kindly give another date after the "
        "«visit2_dm». «He» was born on «dob_long», so «he» is «age» now and cannot travel alone from "
        "«town». Please do the needful.\n\nAlso, the lab report from last month was printed in the name of "
        '"«family_up» «given_up»"; kindly correct it.\n\nThanking you,\n«rel_given» («rel_nick»)\n'
        "«street», «town» - «zip», Meghalaya\nMob: «rel_phone»\n\n> OPD Appointments wrote:\n"
        "> Dear «rel_given», the appointment for «name» is confirmed. Please bring the ‹Aadhaar› card and "
        "the ‹paracetamol 650 mg› strip. Regards, OPD Desk, «hospital»\n",
    ),
    (
        "caregiver_sms_thread_jamaica",
        ["caribbean"],
        "text",
        2,
        "SMS thread - ‹Home Care Team› / caregiver (exported from the care-team app)\n"
        "[08:12] HCT: Good morning! Is this «rel_given», caregiver for «name»?\n"
        "[08:15] caregiver: yes dis is «rel_given_lc». «given_lc» had a rough night, «he» keep asking "
        "for «rel2_nick_lc»\n"
        "[08:16] HCT: Sorry to hear. Did «he» take the ‹amlodipine 10 mg› last night?\n"
        "[08:19] caregiver: yes. «rel2_given_lc» come from «town2» yesterday evening to help. we still at "
        "«street», «town» - the gate with the ackee tree, nurse cyaan miss it\n"
        "[08:20] HCT: Thanks «rel_nick»! The nurse will visit on the «visit2_dm» between 10 and 12.\n"
        "[08:24] caregiver: ok tanks. «nick_lc» seh fi tell unu «he» birthday a «dob_dm», «he» want "
        "to be home\n[08:30] caregiver: also «rel2_given_lc» number is «rel2_phone» if mi nuh answer\n"
        "[08:31] HCT: Noted. ‹Hope› «he» feels better soon, and thank you «rel_given_lc»!\n",
    ),
    (
        "voicemail_transcription_freetown",
        ["krio"],
        "text",
        2,
        "VOICEMAIL TRANSCRIPTION (automatic, confidence 0.81) - outpatient line, «hospital»\n"
        "Duration 1:52\n\n"
        '"Hello, good morning o. My name na «rel», I am calling for my «parent», «name», the one '
        "everybody call «nick». They discharge «him» on the «visit_dm» with ‹artemether-lumefantrine›, but "
        "since «he» reach home at «street», «town», the fever has come back again since ‹Thursday›. "
        "«His» date of birth is «dob_words». The number on the card is «mrn». "
        "Please call me back on «rel_phone», or my «rel2_sib» "
        "«rel2» on «rel2_phone». Tell the doctor «nick» cannot walk to the junction. Thank you, God "
        'bless. Na «rel_given» again."\n',
    ),
    (
        "death_notification_to_registry",
        ["cornish", "cajun", "tiwi"],
        "text",
        2,
        "NOTIFICATION OF DEATH - to the ‹Regional Death Registry›\n\n"
        "With deep sadness the family of «name_mid» report that «he» died peacefully at «hospital» on "
        "«died_words», aged «age_words». Born on «dob_words» in «town2», «nick» (as everyone knew «him») "
        "lived for sixty years at «street», «town». «He» is survived by «his» «relword» «rel» and by "
        "«rel2», «his» «rel2word». The «family_pl» thank the staff of ‹Ward 7› for their kindness.\n\n"
        "Informant: «rel» («relword»), «rel_phone», «rel_email»\nHospital number: «mrn»\n"
        "Funeral arrangements: ‹Saint Piran's Church›, to be confirmed.\n",
    ),
    (
        "bedboard_handoff_chat",
        ALL,
        "text",
        2,
        "#4west-bedboard - handoff\n"
        "07:01 rn-nights-4w: bed 12 = «given_lc» «family_lc» (pt says call «him» «nick_lc»), up from ED "
        "about 3, fall risk\n"
        "07:02 rn-days-4w: ok. is 12 the one whose «relword» «rel» keeps calling?\n"
        "07:03 rn-nights-4w: yes. «rel_given_lc» wants a call before rounds: «rel_phone»\n"
        "07:04 charge-4w: 14 is «p2_family_up», «p2_given_up» in the old ADT export, DOB «p2_dob_us», "
        "came in from «p2_town» overnight\n"
        "07:05 rn-nights-4w: «p2_nick» in 14 refused ‹heparin 5000 units› again, «p2_relword» «p2_rel» "
        "is bringing «p2_his» own pillows lol\n"
        "07:06 rn-days-4w: 16 = «p3_name_init», dc today to «p3_street», «p3_town»; ride is «p3_rel_given» "
        "(«p3_rel_phone»)\n07:07 charge-4w: ‹Will› page ‹PT› for 16, and 16 still needs «drug1» at 10. "
        "thanks all\n",
    ),
    (
        "scanned_documents_index",
        ALL,
        "text",
        2,
        "Index of /mnt/scans/medrec/2025-10 (ScanStation export, sorted by name)\n"
        "  2025-10-06 14:02   412K  «family_up»_«given_up»_«dob_compact»_consent.pdf\n"
        "  2025-10-06 14:05   1.2M  «family_ascii»-«given_ascii»-«mrn»-referral.tiff\n"
        "  2025-10-07 09:41    88K  «p2_family_up», «p2_given_up» DOB «p2_dob_iso» labs.pdf\n"
        "  2025-10-07 09:44   301K  «p2_given_ascii».«p2_family_ascii»_insurance_card_front.jpg\n"
        "  2025-10-08 11:12    97K  POA - «p3_name» (signed by «p3_rel»).pdf\n"
        "  2025-10-08 11:13   2.0M  «p3_family_ascii»_«p3_given_ascii»_DNR_«p3_visit_compact».pdf\n"
        "  2025-10-08 11:20    64K  letter to «p3_rel_given» re «p3_nick» - ‹Medicaid› renewal.docx\n"
        "  2025-10-08 11:25   120K  ‹Advance Directive› - «p2_nick» «p2_family».pdf\n"
        "8 files, 4.2M total\n",
    ),
    (
        "git_log_branches_intake_app",
        ALL,
        "text",
        2,
        "$ git branch -a\n* main\n  fix/intake-for-«family_ascii»\n"
        "  feature/«given_ascii»-«family_ascii»-dup-merge\n"
        "  remotes/origin/hotfix/«p2_family_ascii»-dob-swap\n"
        "$ git log --oneline -6\n"
        "«sha1» Handle hyphens and apostrophes in surnames (repro: «p3_name»)\n"
        "«sha2» Merge duplicate charts for «name» (MRN «mrn» and «mrn2»)\n"
        "«sha3» Fix DOB parsing: «p2_given» showed as «p2_dob_us» instead of «p2_dob_iso»\n"
        '«sha4» Revert "temp: hardcode «p2_email» for SMS test"\n'
        "«sha5» «code»: address normaliser: keep «p3_street» as typed (reported by «p3_rel_given»)\n"
        "$ git log -1 --format=%b «sha2»\nCo-authored-by: dev-bot <dev-bot@users.noreply.example>\n"
        "Ticket: «nick» (pt's nickname) was registered twice from «town». ‹Will› need a backfill.\n",
    ),
    (
        "s3api_list_objects_records",
        ALL,
        "json",
        2,
        '{"Contents": [{"Key": "intake/2025/«family_ascii»_«given_ascii»/«mrn»/scan-001.pdf", '
        '"LastModified": "2025-10-02T08:14:51+00:00", "ETag": "\\"«etag»\\"", "Size": 217498, '
        '"StorageClass": "STANDARD"}, {"Key": "intake/2025/«p2_given_ascii».«p2_family_ascii»/'
        'consent-«p2_dob_compact».pdf", "LastModified": "2025-10-02T08:15:03+00:00", "Size": 90211, '
        '"StorageClass": "STANDARD"}, {"Key": "exports/«p3_username»/chart-«p3_visit_iso».csv", '
        '"LastModified": "2025-10-03T11:40:20+00:00", "Size": 4412, "StorageClass": "‹STANDARD_IA›"}, '
        '{"Key": "voicemail/«p3_mobile_digits»/«p3_family_up»-callback.wav", "LastModified": '
        '"2025-10-03T11:41:07+00:00", "Size": 1822044, "StorageClass": "STANDARD"}, {"Key": '
        '"letters/«p2_family_ascii»/to-«p2_rel_given_lc»-about-«p2_nick_lc».pdf", "LastModified": '
        '"2025-10-04T09:02:11+00:00", "Size": 55123, "StorageClass": "STANDARD"}], "Name": "«bucket»", '
        '"Prefix": "", "KeyCount": 5, "MaxKeys": 1000, "IsTruncated": false}',
    ),
    (
        "zendesk_ticket_comments",
        ALL,
        "json",
        2,
        '{"comments": [{"id": 3012«n»1, "type": "Comment", "author_id": 3801, "public": true, "body": '
        "\"Hi there,\\n\\nI manage my «parent»'s portal account - «he» is «name», born «dob_long». Since "
        "the update «he» gets a login loop. «His» username is «username». ‹Will› you reset it? You can "
        'reach me on «rel_phone».\\n\\nCheers,\\n«rel_nick» («rel»)", "created_at": '
        '"2025-10-06T19:02:44Z"}, {"id": 3012«n»2, "type": "Comment", "author_id": 412, "public": true, '
        '"body": "Hi «rel_given», thanks for reaching out! I have unlocked «given»\'s account; the proxy '
        "link to «rel_email» is active again. Could you confirm «his» address is still «street», «town»?"
        '\\n\\n-- ‹Portal Support (Tier 1)›, «hospital»", "created_at": "2025-10-07T08:11:09Z"}, '
        '{"id": 3012«n»3, "type": '
        '"Comment", "author_id": 3801, "public": true, "body": "Yes, still «street». Thanks so much, '
        'you are a star! cc «rel2_given» («rel2_email»)", "created_at": "2025-10-07T09:30:51Z"}], '
        '"count": 3}',
    ),
    (
        "chw_visit_diary_papiamentu",
        ["papiamentu"],
        "text",
        2,
        "DIARIO DI BISITA - trahadó di salú komunitario, ‹Wit-Gele Kruis›\n\n"
        "«visit_pap»: Mi a bishitá sra./sr. «name» na «street», «town». E ta biba ku su yu «rel» (ku "
        "tur hende ta yama «rel_nick»). «given» a nase «dob_pap» i awor e tin «age90» aña; e ta tuma "
        "‹metformin 500 mg› i ‹amlodipine 5 mg›. Su preshon tabata 152/90.\n"
        "«rel_nick» a yama mi despues di e bishita for di su telefon «rel_phone»: e ke pa dòkter bishitá "
        "su mayor promé ku «visit2_pap». Su ruman «rel2» ta biba na «town2» i ta bin tur ‹djasabra›.\n"
        "Próximo bishita: «visit2_pap». Danki, «nick», pa e kafe!\n",
    ),
    (
        "school_absence_note_chichewa",
        ["chewa"],
        "text",
        2,
        "«street», «town»\n«visit2_ny»\n\nKwa Aphunzitsi a Kalasi 5, ‹Chikuli Primary School›\n\n"
        "Wokondedwa Aphunzitsi,\n\nNdikupemphani kuti mukhululukire mwana wanga «name» (timamutchula "
        "«nick») pokhala kuti sanabwere ku sukulu kuyambira «visit_ny». Anali m'chipatala cha ‹Zomba "
        "Central Hospital› chifukwa cha ‹malungo›. Dokotala anati apumule masiku asanu ndi awiri. Nambala "
        "yake ya chipatala ndi «mrn». «given» anabadwa pa «dob_ny».\n\n"
        "Ngati muli ndi mafunso, imbani «rel_phone» kapena wachibale wake, «rel2», pa «rel2_phone».\n\n"
        "Zikomo kwambiri,\n«rel»\n",
    ),
    (
        "pharmacy_counselling_note_cebuano",
        ["cebuano"],
        "text",
        2,
        "PHARMACY COUNSELLING NOTE - «hospital», outpatient pharmacy\n\n"
        "Niadto si «rel» (anak ni «name») niadtong «visit_ceb» aron kuhaon ang ‹insulin glargine› ug "
        "‹metformin 500 mg›. Gitudloan nako si «rel_given» unsaon pag-inject; siya ra ang nag-atiman kang "
        "Lola/Lolo «nick» kay «age90» anyos na. Natawo si «given» niadtong «dob_ceb».\n"
        "Nagpuyo sila sa «street», «town» «zip». Kung adunay pangutana, tawagi si «rel_given» sa "
        "«rel_phone» o ang iyang ig-agaw nga si «rel2» («rel2_phone»).\n"
        "Balik sa «visit2_ceb». Salamat, «rel_nick»!\n",
    ),
    (
        "interpreter_visit_transcript_bislama",
        ["nivan"],
        "text",
        2,
        "TRANSCRIPT - interpreter-mediated visit (Bislama), «hospital» outpatients\n"
        "Interpreter: INT-07 (staff)\n\n"
        "CLINICIAN: Good morning. Can you tell me your full name?\n"
        "INTERPRETER: Gud moning. Yu save talem fulnem blong yu?\n"
        "PATIENT: Nem blong mi «name». Olgeta oli singaot mi «nick».\n"
        "INTERPRETER: My name is «name». Everyone calls me «nick».\n"
        "CLINICIAN: And when were you born?\nPATIENT: Mi bon long «dob_bi».\n"
        "INTERPRETER: I was born on «dob_long».\n"
        "PATIENT: Mi stap long «street», «town». Woman/man blong mi, «rel», i stap wetem mi tede. Hem i "
        "save ansarem fon long «rel_phone».\n"
        "INTERPRETER: I live at «street», «town». My spouse «rel» is with me today; you can call on "
        "«rel_phone».\nCLINICIAN: Thank you, «rel_given». We will see «nick» again on «visit2_bi» and "
        "start ‹losartan 50 mg› for the ‹blad presa›.\n",
    ),
    (
        "genetic_family_history_basque",
        ["basque"],
        "text",
        2,
        "FAMILIA-HISTORIA - Genetika kontsulta, «hospital»\n\n"
        "Probandoa: «name» («nick» etxean), «dob_eu» jaioa, «town» herrian bizi da («street», «zip»).\n"
        "Gurasoa, «rel» («rel_nick»), ‹BRCA2› aldaera eramailea da; «town2» herrian bizi da eta "
        "«rel_phone» zenbakian dago eskuragarri. Aiton-amonetako bat, «rel2», 71 urterekin hil zen "
        "minbiziaz.\n«given» eta «rel_given» batera etorriko dira «visit2_eu».\n"
        "Plana: ‹BRCA1›/‹BRCA2› azterketa; aholkularitza ‹ekaina› amaieran.\n",
    ),
    (
        "family_letter_to_clinic_samoan",
        ["samoan"],
        "text",
        2,
        "«town», «visit_sm»\n\nTalofa lava i le foma'i ma le aufaigaluega a le ‹TTM Hospital›,\n\n"
        "O a'u o «rel», o le tama/afafine o «name» (matou te ta'ua o «nick»). O lo'o nofo lo matou "
        "matua i «street», «town». Na fanau o ia i le «dob_sm», ma ua «age90» nei ona tausaga.\n"
        "Matou te talosaga ia toe iloilo lana ‹furosemide 40 mg› a'o le'i o'o i le «visit2_sm». Afai e "
        "iai ni fesili, fa'amolemole telefoni mai i le «rel_phone» po'o lo'u uso o «rel2» "
        "(«rel2_phone») i le ‹Aso Gafua›.\n\n"
        "Fa'afetai tele lava,\n«rel_given»\ncc: «rel2_given», «rel2_email»\n",
    ),
]


def problems(doc: Doc) -> list[str]:
    """The first probe's label checks plus: no empty PHI value, no unfilled slot."""
    out = _base_problems(doc) + [f"{doc.id}: empty {t} value" for t, v in doc.phi if not v.strip()]
    return out + ([f"{doc.id}: unfilled slot"] if "«" in doc.content or "‹" in doc.content else [])


def make_doc(seed: int, index: int, kind: str, culture: str, fmt: str, template: str) -> Doc:
    """Render one document; a random collision that makes a label ambiguous re-draws (deterministically)."""
    doc: Doc | None = None
    old = "«age_words»" in template or "«age90»" in template
    child = "school_absence" in kind
    for attempt in range(30):
        rng = random.Random(f"phigate-probe17:{seed}:{kind}:{index}:{attempt}")
        p = person(rng, culture, old=old, child=child)
        slots: dict[str, Slot] = {**p, **extras(rng, p)}
        for tag in ("p2", "p3"):
            if f"«{tag}_" in template:
                q = person(rng, rng.choice(ALL))
                slots.update({f"{tag}_{k}": v for k, v in q.items()})
        content, phi, keep, spans = render(template, slots, fmt)
        if fmt == "json":
            json.loads(content)  # a template typo must fail here, not in the engine
        doc = Doc(f"{kind}-{index}", kind, culture, fmt, content, phi, keep, spans)
        if not problems(doc):
            return doc
    assert doc is not None
    return doc  # still ambiguous after 30 draws: problems() reports it (test_probe17 fails)


def make_corpus(seed: int = 1) -> list[Doc]:
    """Every template rendered its number of times, cycling through its name cultures (shifted by seed and
    template, so the kinds open to every culture do not all draw the same two)."""
    assert all(c in NAMES for _, cultures, _, _, _ in TEMPLATES for c in cultures)
    return [
        make_doc(seed, i, kind, cultures[(i + seed + 3 * k) % len(cultures)], fmt, t)
        for k, (kind, cultures, fmt, n, t) in enumerate(TEMPLATES)
        for i in range(n)
    ]
