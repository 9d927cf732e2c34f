"""Whether the makes a reply names in use are all of them: a list of makes leaves out a vendor only where it
is the whole list ("The cameras are Axis and Bosch"), not where some makes are refused, not held or named
as one of several ("including", "mainly")."""

from __future__ import annotations

import functools
import re

from camcensus.enums import EvidenceKind
from camcensus.evidence.cues import non_exhaustive
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.maker_counts import whole_count_of
from camcensus.evidence.manufacturers import IN_USE
from camcensus.evidence.phrases import first_match, joined, kinds_in
from camcensus.evidence.reader import SentenceReader
from camcensus.knowledge.vendors import STATUS_THRESHOLD, concern_vendors, find_vendor_mentions, vendor

K = EvidenceKind
DECIDING = (K.MANUFACTURER, K.MODEL)


def in_use(item: EvidenceItem) -> bool:
    """Read as in use, with both the reading and the brand's tie to its vendor above the bar.

    A brand's confidence (an OEM at 0.6) and the reading's (a bare listing at 0.65) are judged apart: their
    product would put every OEM named in a plain list below the bar.
    """
    if item.kind not in DECIDING or item.detail.get("status") != IN_USE:
        return False
    brand = float(item.detail.get("brand_confidence") or 1.0)  # a coin-flip tie (0.5) is not enough
    return brand > STATUS_THRESHOLD and item.confidence / brand >= STATUS_THRESHOLD * 0.999


def weakly_in_use(item: EvidenceItem) -> bool:
    """A camera brand or camera model named as in use, too loosely tied to its vendor to say 'yes'."""
    if item.kind == K.MODEL and item.detail.get("device_type") != "camera":
        return False
    return item.kind in DECIDING and item.detail.get("status") == IN_USE and not in_use(item)


def vendor_of(item: EvidenceItem) -> str:
    return str(item.detail.get("vendor") if item.kind == K.MODEL else item.value)


_MAKES = re.compile(
    r"manufactur|\bmakes?\b|\bwho made\b|\bmade by\b|brand|model|supplier|vendor|equipment|"
    r"confirm (?:n)?or deny|" + "|".join(re.escape(name) for name in concern_vendors()),
    re.IGNORECASE,
)


def one_of_in_use(reader: SentenceReader, name: str) -> bool:
    """A "Yes" to a question naming ``name`` with others says one of them is in use: a list of other makes
    cannot leave ``name`` out unless another of them is named in use."""
    named = {vendor_of(i) for i in reader.items if in_use(i)}
    return any(name in group and not (group - {name}) & named for group, _ in reader.cues.one_of)


def makes_refused(reader: SentenceReader) -> bool:
    """A refusal that covers the makes (not only, say, the locations): their absence then means nothing."""
    return any(
        _MAKES.search(item.quote) and not item.detail.get("off_makes") for item in reader.cues.refusals
    )


def makes_not_held(reader: SentenceReader, apart_from: str = "") -> bool:
    """A sentence other than ``apart_from`` says the makes of some of the cameras are not held ("we hold no
    record of their manufacturer"), naming no make."""
    return any(
        _MAKES.search(item.quote)
        and item.quote != apart_from
        and not item.detail.get("caveat")
        and not find_vendor_mentions(item.quote)
        for item in reader.cues.not_held
    )


_GAP = re.compile(joined("cues", "makes_gap"), re.IGNORECASE)


def makes_gap(reader: SentenceReader) -> bool:
    """The makes of the rest of the estate are not held ("For the other three academies, the Trust does not
    hold a record of the camera manufacturer"): the makes named are those of part of it, not a whole list."""
    return any(
        (_MAKES.search(item.quote) or item.detail.get("of_makes"))  # ("What make?" "... not hold this ...")
        and _GAP.search(item.quote)
        and not find_vendor_mentions(item.quote)
        for item in reader.cues.not_held
    )


def vendor_not_held(reader: SentenceReader, name: str) -> bool:
    """The reply says it does not hold whether ``name`` is used ("do not hold records showing whether any
    ... are manufactured by Dahua"): a list of other makes then says nothing of it."""
    return any(
        any(m.match.vendor == name for m in find_vendor_mentions(item.quote)) for item in reader.cues.not_held
    )


def exhaustive_listing(reader: SentenceReader, name: str) -> EvidenceItem | None:
    """Another camera make (or a camera model of it) in use, named where the reply lists the makes without
    'including', 'mainly', 'some' ...: the makes in use are listed, and ``name`` is not among them."""
    counted = [(c.value, i.quote) for c, i in reader.counts if i.detail.get("counted")]
    for item in reader.items:
        if not (in_use(item) or weakly_in_use(item)) or vendor_of(item) == name:
            continue  # a loosely tied brand (Lorex) is still a make in use that is not ``name``
        if item.kind == K.MODEL and item.detail.get("device_type") != "camera":
            continue
        sure = item.confidence / float(item.detail.get("brand_confidence") or 1.0) >= STATUS_THRESHOLD
        if not sure and not reader.cues.makes_complete:
            continue  # (a model number's make, unless the reply says its list of them is whole)
        if (v := vendor(vendor_of(item))) is None or not _equipment_make(v.kind, reader.subject):
            continue
        if item.detail.get("reason") == "answer to the question":
            continue
        if reader.asked and _of_recorders(item) and not _makes_of_recorders_asked(reader):
            continue  # "Recording is on two Dahua NVRs": no make of cameras, unless recorders were asked of
        if reader.cues.makes_complete and (not item.detail.get("partial_table") or item.kind == K.MODEL):
            return item  # "HiLook (the large majority) and Bosch ... No other makes are in use."; "The table
            # above lists all camera models in use" (a model not known here is no make left unknown)
        total = sum(v for v, quote in counted if item.quote not in quote)  # the count given apart from it
        these = _these_are(item)
        listed = item.detail.get("listing", True) or whole_count_of(item.quote, item.value, total)
        if not listed and not these:
            continue  # "we use Hikvision": one vendor named, not the makes listed
        whole = (
            not non_exhaustive(item.quote) or bool(kinds_in(item.quote, "request", "all_one_make")) or these
        )
        if whole and not item.detail.get("partial_table"):
            return item
    return None


def _these_are(item: EvidenceItem) -> bool:
    """The make is what the sentence opens by saying the cameras just counted are ("They are EZVIZ cameras,
    bought in 2021"): the make of them all."""
    found = first_match(item.quote, "request", "these_are_make")
    name = str(item.detail.get("name") or "")
    return found is not None and bool(name) and item.quote[found[1].end() :].lower().startswith(name.lower())


RECORDERS = re.compile(r"\b(?:" + joined("cues", "recorder_equipment") + r")\b", re.IGNORECASE)


def _makes_of_recorders_asked(reader: SentenceReader) -> bool:
    """A question of the request asks whether recorders are of the makes it names ("Are any recorders / NVRs
    made by Hikvision or Dahua?")."""
    return any(RECORDERS.search(q) and find_vendor_mentions(q) for q in reader.asked.values())


# recorders within a few words after a make, no cameras or comma between ("Dahua 16-channel NVRs")
_RECORDER_AFTER = re.compile(
    r"\s+(?:(?!cameras?\b)[\w()/-]+\s+){0,4}?(?:" + joined("cues", "recorder_equipment") + r")\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=256)
def _recorder_patterns(name: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A make's name as a word, and recorders before it in its clause ("The recorder ... has HIKVISION")."""
    rec, word = joined("cues", "recorder_equipment"), re.escape(name)
    return (
        re.compile(rf"\b{word}\b", re.IGNORECASE),
        re.compile(rf"\b(?:{rec})\b[^,;.]{{0,60}}?\b{word}\b", re.IGNORECASE),
    )


def _of_recorders(item: EvidenceItem) -> bool:
    """The make is said only of recorders: each time it is named, recorders follow within a few words with no
    cameras between ("two Dahua 16-channel NVRs"), or recorders come before it in its clause in a sentence
    naming no cameras ("The recorder ... has HIKVISION written across the front")."""
    if item.detail.get("reason") == "table row":
        return False  # the cameras' column of a table: its recorders' column is read apart
    named, before = _recorder_patterns(str(item.detail.get("name") or item.value))
    names = list(named.finditer(item.quote))
    if names and all(_RECORDER_AFTER.match(item.quote, m.end()) for m in names):
        return True
    return before.search(item.quote) is not None and not re.search(r"\bcameras?\b", item.quote, re.IGNORECASE)


def _equipment_make(kind: str, subject: tuple[str, ...]) -> bool:
    """A maker of the equipment asked about: of cameras, or of drones when the request is about drones."""
    return kind == "camera" or (kind == "drone" and "drones" in subject)
