"""Clinical words that name no patient stay (eponyms, organisms, device makers, cited authors, the modal
"Will"); the people beside them are still masked."""

from __future__ import annotations

import pytest

from phigate.api.policy import Masking
from phigate.engine import Masker, TokenVault, compile_plan

CASES = [
    # (text, must be gone, must stay)
    ("Assessment: Parkinson's disease with a positive Romberg; Babinski sign absent. Murphy's sign negative.",
     [], ["Parkinson's disease", "positive Romberg", "Babinski sign", "Murphy's sign"]),
    ("Foley catheter removed, Holter monitor for 48 h. Lachman test positive, McMurray negative.",
     [], ["Foley catheter", "Holter monitor", "Lachman test", "McMurray negative"]),
    ("History of Hodgkin lymphoma, Graves' disease, Bell's palsy, Guillain-Barre syndrome, Crohn's disease.",
     [], ["Hodgkin", "Graves'", "Bell's", "Guillain-Barre", "Crohn's"]),
    ("Whipple procedure, Nissen fundoplication, Roux-en-Y gastric bypass; Child-Pugh class B.",
     [], ["Whipple", "Nissen", "Roux-en-Y", "Child-Pugh"]),
    ("Serology: Epstein-Barr virus IgG positive; West Nile virus negative; Hartnup disease excluded.",
     [], ["Epstein-Barr", "West Nile", "Hartnup"]),
    ("Diagnose: Morbus Bechterew, Lasegue-Zeichen positiv. Maladie de Crohn. Enfermedad de Chagas.",
     [], ["Bechterew", "Lasegue", "Crohn", "Chagas"]),
    ("Device: Boston Scientific ICD; Zimmer Biomet knee; Abbott MitraClip; Edwards Sapien valve.",
     [], ["Boston Scientific", "Zimmer Biomet", "Abbott MitraClip", "Edwards Sapien"]),
    ("Culture grew Candida albicans and Enterococcus faecium; see Nakamura et al., 2021.",
     [], ["Candida albicans", "Nakamura et al."]),
    ("Plan: Will review in clinic.\n- Will recheck K+ tomorrow. Hope Ward bay 4. To the Royal Marsden.",
     [], ["Will review", "Will recheck", "Hope Ward", "Royal Marsden"]),
    ("Discharged from Mercy Ward on 04/06/2017; seen by Anna Ward.", ["Anna Ward", "04/06"], ["Mercy Ward"]),
    ("Catheter: Foley 16 Fr; Blake drain; Kerley B lines; then Rubin II; Osborn J wave; Rome IV criteria",
     [], ["Foley", "Blake", "Kerley B", "Rubin II", "Osborn J", "Rome IV"]),
    ("Fisher's exact test; Leopold manoeuvres; Braxton Hicks contractions; Thayer-Martin agar; "
     "Lown-Ganong-Levine.",
     [], ["Fisher's", "Leopold", "Braxton Hicks", "Thayer-Martin", "Lown-Ganong-Levine"]),
    ("Scores: Killip-Klasse II; Child-Pugh-Stadium B; Z.n. Billroth-II-Resektion; CAM-ICU negative; "
     "Weber central.",
     [], ["Killip-Klasse", "Child-Pugh-Stadium", "Billroth-II", "CAM-ICU", "Weber central"]),
    ("Ward: Tamsin Pavilion; Haus Liebig; l'Istituto Superiore di Sanita. Prismaflex (Baxter); "
     "Eli Lilly letter.",
     [], ["Tamsin Pavilion", "Haus Liebig", "Istituto Superiore di Sanita", "Baxter", "Eli Lilly"]),
    ("Innohep 4500 UI, Kardegic 160 mg; Novalgin Tropfen 4x 30; Seretide Diskus; "
     "per the Declaration of Helsinki.",
     [], ["Kardegic", "Novalgin", "Seretide", "Helsinki"]),
    ("See Okonjo and Rask (Eur J Heart Fail 2018;20:1). ARDS (Berlin definition); "
     "Rocky Mountain spotted fever.",
     [], ["Okonjo and Rask", "Berlin", "Rocky Mountain"]),
    ("Kessel's triangle; a Hobart-Lindqvist lesion; Ashworth Spasticity Rating Scale 9; "
     "Tolman and Vry ADL 80%.",
     [], ["Kessel's triangle", "Hobart-Lindqvist", "Ashworth Spasticity", "Tolman and Vry"]),
    ("Forrest-IIb-Ulkus; Canadian CT Head Rule: indicated. Devices: an insulin pod 5.", [],
     ["Forrest-IIb", "Canadian CT Head Rule", "insulin pod 5"]),
    ("Exported from Cerner PowerChart via Mirth Connect; CPT 99214, RxNorm 860975, SNOMED 84114007.", [],
     ["Cerner PowerChart", "RxNorm 860975"]),
    # the people beside them are masked all the same
    ("Patient: Kelly-Martin. Smith-Jones called back; call Harris-Walker on 555-201-3344.",
     ["Kelly-Martin", "Smith-Jones", "Harris-Walker"], []),
    ("Patient: Foley; Foley, Mary; Anna Martin-Lopez; Mrs Martin-Lopez.",
     ["Foley", "Mary", "Martin-Lopez"], []),
    ("Mrs Abbott Smith and Baxter Mary attended; Edwards Sapien valve in situ.",
     ["Abbott Smith", "Baxter Mary"], ["Edwards Sapien"]),
    ("Mr Foley catheter changed on the ward.", ["Foley"], ["catheter"]),
    ("Patient: Helga Parkinson, 92 y, with Parkinson's disease.", ["Helga"], ["Parkinson's disease"]),
    ("Maladie de Crohn chez Jean Dupont; Morbus Bechterew bei Hans Keller.",
     ["Jean Dupont", "Hans Keller"], ["Crohn", "Bechterew"]),
    ("Contact her son Tom Wilson (555-201-3344) about Wilson disease.", ["Tom Wilson", "555-201-3344"],
     ["Wilson disease"]),
]


@pytest.fixture(scope="module")
def masker() -> Masker:
    return Masker(compile_plan(Masking()), TokenVault())


@pytest.mark.parametrize(("text", "gone", "kept"), CASES, ids=[c[0][:40] for c in CASES])
def test_clinical_terms_stay_and_people_go(
    masker: Masker, text: str, gone: list[str], kept: list[str]
) -> None:
    out = masker.mask_text(text).document
    for value in gone:
        assert value not in out, (value, out)
    for value in kept:
        assert value in out, (value, out)
