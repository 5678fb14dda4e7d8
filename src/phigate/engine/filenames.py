"""Names and record numbers inside the names of filed documents and their object keys.

Scanned records are filed under the patient: "<surname>_<given>_consent.pdf", "<given>.<surname>_card.jpg",
"intake/2025/<surname>_<given>/<record number>/scan-001.pdf", in any case, split by `_ . - /` or spaces,
with no capital or label to mark the name. Only paths that end in a document, image or audio file are read
(source code paths are not: `engine/scanner.py` stays), and in them only words no dictionary holds, listed
names that are not ordinary words, and name words this document has already shown are masked, with digit
runs of record-number length. Upper-case words of up to five letters ("DNR", "POA") are abbreviations.
"""

from __future__ import annotations

import re
from collections.abc import Set

from phigate.api.identifiers import IdentifierType as T
from phigate.engine import lexicon
from phigate.engine.normalize import fold_token
from phigate.engine.scanner import Hit

_EXT = re.compile(
    r"\.(?i:pdf|tiff?|jpe?g|png|gif|bmp|heic|webp|docx?|odt|rtf|pages|wav|mp3|m4a|ogg|amr|mp4|mov|dcm|eml|msg"
    r"|xlsx?|ods|csv|tsv|txt|zip"
    # a sequencing run's files, filed per patient as scans are: "<FAMILY>_<GIVEN>.cram", "<given>_<family>.fq"
    # (their names are read alone, never with the command words before them: "tabix <file>.vcf.gz")
    r"|(?P<seq>ba[mi]|cram|crai|idat|tbi|csi|(?:g\.)?(?:vcf|bcf|gvcf|fastq|fq|sam|maf)(?:\.b?gz)?))(?![\w.])"
)
# what a filed name may hold: letters, digits, _ . - / , ' ( ) & +, and a Windows path's backslashes
_PATH_CHAR = re.compile(r"[\w.\-/\\,'’()&+]")
_FOLDER_CAMEL = re.compile(r"(?!Mc|Mac|O'|De|Di|La|Le)[A-Z][a-z]+[A-Z][a-z]").match
_TOKEN = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?|[0-9]+")
# filing words no English dictionary holds
_FILING = frozenset(
    ["callback", "medrec", "medrecs", "hipaa", "molst", "polst", "thumbnail", "thumb", "xray", "xrays",
     "scanned", "scans", "img", "image", "images", "redacted", "unsigned", "orig", "final", "draft", "rev",
     "copy", "page", "pages", "tmp", "temp", "backup", "export", "exports", "upload", "uploads", "inbox",
     "outbox", "fax", "faxes", "efax", "intake", "ehr", "emr", "ccda", "fhir", "dicom", "covid", "ekg", "ecg",
     # and a sequencing pipeline's: reference builds, tools, steps, file kinds
     "grch", "grc", "hg", "dedup", "dedupped", "markdup", "markdups", "recal", "bqsr", "realigned", "vep",
     "snpeff", "haplotypecaller", "mutect", "strelka", "manta", "deepvariant", "gatk", "bwa", "bowtie",
     "minimap", "samtools", "bcftools", "fastq", "fastqc", "multiqc", "bam", "cram", "vcf", "gvcf", "bcf",
     "tbi", "crai", "idat", "wgs", "wes", "exome", "ffpe", "cnv", "cnvs", "indel", "indels", "snv",
     "snvs", "chr", "chrx", "chry", "chrm", "umi", "umis", "trimmed", "genotyped", "phased", "hardfiltered",
     "filtered", "annotated", "germline", "somatic", "tumour", "undetermined", "lane", "flowcell", "demux",
     "demultiplexed", "rnaseq", "scrnaseq", "atac", "chip", "methyl", "bisulfite", "ont", "pacbio", "hifi",
     "nanopore", "pod", "basecalled", "nas", "mnt", "scratch", "tabix", "bgzip"]
)
_MAX_BACK = 120


class FileNames:
    """Built once per plan (holds the word lists it consults)."""

    def __init__(self, first: Set[str], last: Set[str]) -> None:
        self.first, self.last = first, last
        self.common = lexicon.common_words()
        self.proper = lexicon.proper_nouns()
        self.excluded = lexicon.excluded()

    def find(self, text: str, learned: Set[str] = frozenset()) -> list[Hit]:
        """NAME / MRN hits inside filed document names in `text` (offsets into it)."""
        out: list[Hit] = []
        last_end = -1
        for m in _EXT.finditer(text):
            floor = max(last_end, m.start() - _MAX_BACK)
            start = self._start(text, m.start(), floor, words=not m.group("seq"))
            last_end = m.end()
            prev: Hit | None = None
            for t in _TOKEN.finditer(text, start, m.start()):
                tok = t.group()
                hit = self._judge(tok, learned)
                if hit is None and prev is not None and tok.isupper() and tok.isalpha() and len(tok) > 1 \
                        and text[prev.end : t.start()] in (", ", ",", "_", " ", "-"):
                    hit = T.NAME  # "ORLENKO, TAVI": the given name after a filed surname, however short
                prev = Hit(t.start(), t.end(), hit, "names:filename") if hit is T.NAME else None
                if hit is not None:
                    out.append(Hit(t.start(), t.end(), hit, "names:filename"))
        return out

    @staticmethod
    def _start(text: str, end: int, floor: int, *, words: bool = True) -> int:
        """Where the filed name ending at `end` starts: back over path characters, and over single
        spaces between plain words ("Advance Directive - <given> <surname>.pdf"), never into another
        path or file name ("see src/app/main.py and <name>.csv"), a double space (ls columns) or the
        line before."""
        floor = max(floor, text.rfind("\n", 0, end) + 1)
        start = end
        while start > floor and _PATH_CHAR.match(text, start - 1):
            start -= 1
        while words and start - 1 > floor and text[start - 1] == " " and text[start - 2] != " ":
            k = start - 1
            while k > floor and _PATH_CHAR.match(text, k - 1):
                k -= 1
            word = text[k : start - 1]
            if not word or "/" in word or "." in word.rstrip(".,") or ":" in word:
                break
            start = k
        return start

    def _judge(self, tok: str, learned: Set[str]) -> T | None:
        if tok.isdigit():  # a record number filed as a folder or a part: 6-12 digits, not a compact date
            if 6 <= len(tok) <= 12 and not (len(tok) == 8 and tok[:2] in ("19", "20")):
                return T.MRN
            return None
        key = fold_token(tok)
        if key in learned:
            return T.NAME
        if len(key) < 3 or (tok.isupper() and len(tok) <= 5) or key in _FILING or key in self.common:
            return None
        if _FOLDER_CAMEL(tok):
            return None  # "WoundImages", "ScanInbox": a folder's name in CamelCase, not a person's
        if key in self.first or key in self.last:
            return T.NAME
        if len(key) < 4 or key in self.proper or key in self.excluded:
            return None
        return T.NAME
