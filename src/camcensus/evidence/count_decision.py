"""Which of a reply's camera counts make up the body's count: the answer to the request's "how many" with what
later sentences add, the latest year's, a count read once, and never the breakdowns of a total (by sentence
or by make)."""

from __future__ import annotations

import re
from dataclasses import replace

from camcensus.enums import EvidenceKind
from camcensus.evidence import cues
from camcensus.evidence.answer_counts import NOW_BEFORE, planned_after, resolve_count
from camcensus.evidence.count_inside import at_listed_places, total_less_inside
from camcensus.evidence.count_makes import by_make
from camcensus.evidence.count_sheets import sheet_totals
from camcensus.evidence.counts import CountMention
from camcensus.evidence.drone_counts import of_drones
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.phrases import joined, kinds_in
from camcensus.evidence.questions import lettered_texts
from camcensus.evidence.reader import SentenceReader
from camcensus.evidence.request import ask_of, asks_total, pointed_to
from camcensus.knowledge.vendors import find_vendor_mentions, vendor

Mentioned = tuple[CountMention, EvidenceItem]


def decide_counts(reader: SentenceReader) -> None:
    mentions = reader.counts
    english = any(not item.detail.get("welsh") for _, item in mentions)
    usable = [(c, item) for c, item in mentions if not (english and item.detail.get("welsh"))]
    now_said = any(_said_now(reader, c, item) for c, item in usable)
    usable = [(_past_figure(reader, c, item, now_said), item) for c, item in usable]
    answers = [(c, item) for c, item in usable if item.detail.get("source") == "answer"]
    if reader.subject and not answers:  # a request about body-worn cameras (say): their counts, not CCTV's
        excluded = [  # not those of equipment gone or only trialled ("during the 2022 trial 50 were issued")
            (replace(c, role="part"), item)
            for c, item in usable
            if c.role == "excluded"
            and c.value > 0  # (not "Reveal Media | RS2-X2L | 0 | Withdrawn": none of it)
            and not c.ranged  # "between 2,900 and 3,100 devices": no figure
            and not cues.past_now(item.quote)
            and not planned_after(_sentence_of(reader, item), c.end, c.start)  # "a business case for ... two"
            and of_drones(c) == ("drones" in reader.subject)  # drones, or the cameras asked of
        ]
        usable = _restated(excluded) or [
            (c, i) for c, i in usable if not kinds_in(i.quote, "request", "general")
        ]
    elif reader.asked and not reader.subject:  # a request about CCTV: "38 ANPR cameras" are other equipment
        totals = [q for q in reader.asked.values() if asks_total(q, ())]
        asked_in = {k for q in totals for k in kinds_in(q, "request", "scope")}
        usable = [(_outside_estate(c, item, asked_in), item) for c, item in usable]
    usable = [(_of_asked_make(reader, c, item), item) for c, item in usable]
    # the answer to the request's "how many" is the count it asked for, with what its later sentences add
    corrected = [(c, item) for c, item in usable if c.qualifier == "corrected"]
    usable = reader.with_more(answers, usable) or usable
    usable += [m for m in corrected if m not in usable]  # "The correct current figure is 198", in the answer
    usable = _pointed_parts(reader, usable)
    usable = _estate_parts(reader, usable) or sheet_totals(_sections(usable))
    usable = by_make(_breakdowns(at_listed_places(reader.latest_year(_once(usable)))))
    if any(c.qualifier == "corrected" for c, _ in usable):  # "The correct figure is 152": the others replaced
        usable = [(c if c.qualifier == "corrected" else replace(c, role="sub"), i) for c, i in usable]
    flags = resolve_count([(c, item.detail.get("source") == "table") for c, item in usable])
    chosen = [(c, item) for (c, item), f in zip(usable, flags, strict=True) if f]
    if chosen and _one_make_of_several(reader, chosen):
        flags = [False] * len(flags)
    # "Forty cameras were loaned ... all returned. The Service does not currently use body worn cameras"
    if any(flags) and _none_now_after(reader, [item for _, item in chosen]):
        flags = [False] * len(flags)
    flags = _site_totals(usable, flags)
    for (_, item), counted in zip(usable, flags, strict=True):
        item.detail["counted"] = counted
    if len(chosen) == 1 and sum(flags) == 1:  # "326 devices. This figure includes the 14 monitors ..."
        total = chosen[0][1]
        net = total_less_inside(total, reader.segment_texts.get(total.segment_seq, ""), reader.subject)
        if net is not None:
            total.detail["counted"] = False
            reader.items.append(net)
    ranged = any(c.ranged and c.value > 0 for c, _ in reader.counts)  # "between 400 and 450": it has some
    if not any(flags) and reader.cues.no_cameras and not ranged:
        reader.cues.no_cameras[0].detail["counted"] = True


_SITE_TOTAL = re.compile(r"\b(?:" + joined("counts", "site_total") + r")\b", re.IGNORECASE)


def _site_totals(usable: list[Mentioned], flags: list[bool]) -> list[bool]:
    """A table per site, each with its own total ("Site total 154", "Site total 48", "Site total 23") and no
    total of them all: the count is their sum, not the first site's."""
    totals = [
        k
        for k, (c, item) in enumerate(usable)
        if c.role == "total" and c.qualifier == "table total" and _SITE_TOTAL.search(item.quote)
    ]
    tables = {usable[k][1].detail.get("table") for k in totals}
    if len(totals) < 2 or len(tables) < len(totals) or sum(flags) != 1 or not any(flags[k] for k in totals):
        return flags
    whole = sum(usable[k][0].value for k in totals)
    if any(c.value >= whole for c, _ in usable):
        return flags  # a figure for them all is given
    return [f or k in totals for k, f in enumerate(flags)]


def _of_asked_make(reader: SentenceReader, c: CountMention, item: EvidenceItem) -> CountMention:
    """A count in the answer to "Are any of your cameras Dahua?" that names the make ("Yes - the 7 cameras
    at the depot are Dahua") counts that make's cameras, a part of the estate already counted; so does one
    answering "How many of these are out of service?"."""
    question, sentence = reader.count_context.get(id(item), (None, ""))
    if question is None or c.role not in ("part", "total") or cues.denies(sentence):
        return c
    ask = ask_of(question.text)
    some = "in_a_state" in kinds_in(
        question.text, "request", "count_of_some"
    )  # "How many of these are broken?"
    if question.asked and len(question.parts) == 1 and "count" not in ask.kinds and some:
        return replace(c, role="sub")
    named = {m.match.vendor for m in find_vendor_mentions(sentence)}
    asked = "count" not in ask.kinds and bool(set(ask.vendors) & named)
    # (not "The majority of our approximately 120 cameras are Hikvision": the whole a part is taken of)
    whole = bool(_OF_ALL.search(sentence[max(0, c.start - 40) : c.start]))
    return replace(c, role="sub") if asked and not whole else c


_OF_ALL = re.compile(r"\b(?:" + joined("counts", "some_of") + r")\W+(?:\w+\W+){0,2}$", re.IGNORECASE)


def _restated(mentions: list[Mentioned]) -> list[Mentioned]:
    """The equipment asked about counted again in a later sentence ("Police Scotland currently has 24 RPAS
    ...", then "All 24 aircraft have thermal imaging"): one fleet, read once."""
    out: list[Mentioned] = []
    for c, item in mentions:
        if not any(o.value == c.value and other.quote != item.quote for o, other in out):
            out.append((c, item))
    return out


def _one_make_of_several(reader: SentenceReader, counted: list[Mentioned]) -> bool:
    """The counts are all of one make's cameras ("there are currently 23 Hikvision cameras") where the reply
    names other makes in use too ("Bosch and Axis cameras, together with a number of legacy Hikvision
    units"): that make's cameras, not the body's."""
    makes = {made.name if (made := vendor(c.qualifier)) else "" for c, _ in counted}
    if len(makes) != 1 or "" in makes or any(item.detail.get("source") == "table" for _, item in counted):
        return False
    others = {
        item.value
        for item in reader.items
        if item.kind == EvidenceKind.MANUFACTURER and item.detail.get("status") == "in_use"
    }
    return bool(others - makes)


def _none_now_after(reader: SentenceReader, counted: list[EvidenceItem]) -> bool:
    """The figures counted are all read from sentences of one paragraph that then says the body has none
    now: they were of equipment since gone."""
    none_now = [i for i in reader.cues.no_cameras if _NOW_WORD.search(i.quote)]
    if not none_now or any(item.detail.get("source") != "text" for item in counted):
        return False
    last = none_now[-1]
    if kinds_in(last.quote, "counts", "none_of_part"):
        return False  # "Our other on-call station, Pellow Cove, does not currently have CCTV"
    return all(
        item.segment_seq == last.segment_seq
        and item.char_start < last.char_start
        and "\n" not in reader.segment_texts.get(item.segment_seq, "")[item.char_start : last.char_start]
        for item in counted
    )


_NOW_WORD = re.compile(
    r"\b(?:" + joined("counts", "now") + "|" + joined("counts", "none_now") + r")\b", re.IGNORECASE
)
_PAST_FIGURE = re.compile(r"(?:" + joined("counts", "past_figure") + r")[^.;]{0,40}$", re.IGNORECASE)


_THEN_FIGURE = re.compile(r"(?:" + joined("counts", "then_figure") + r")[^.;]{0,40}$", re.IGNORECASE)


def _sentence_of(reader: SentenceReader, item: EvidenceItem) -> str:
    context = reader.count_context.get(id(item))
    return context[1] if context else ""


def _said_now(reader: SentenceReader, c: CountMention, item: EvidenceItem) -> bool:
    return c.role in ("part", "total") and bool(NOW_BEFORE.search(_sentence_of(reader, item)[: c.start]))


def _past_figure(reader: SentenceReader, c: CountMention, item: EvidenceItem, now_said: bool) -> CountMention:
    """A figure said to be what the body had before ("previously had 1,450 cameras", or "had 1,450" where
    another figure is what it has now): no count now."""
    before = _sentence_of(reader, item)[: c.start]
    then = now_said and _THEN_FIGURE.search(before) and not NOW_BEFORE.search(before)
    if c.role in ("part", "total") and (_PAST_FIGURE.search(before) or then):
        item.detail["history"] = True  # (given as background, it discloses nothing asked for now)
        return replace(c, role="excluded")
    return c


def _outside_estate(c: CountMention, item: EvidenceItem, asked_in: set[str]) -> CountMention:
    """A part counted as equipment the request's count of CCTV does not ask to include ("38 ANPR cameras",
    a table's row "Traffic enforcement (bus lanes/ANPR) | 12", not "Please include cameras fitted to
    vehicles"): left out."""
    said = c.qualifier + (" " + item.quote if item.detail.get("source") == "table" else "")
    if c.role == "part" and set(kinds_in(said, "request", "scope")) - asked_in:
        return replace(c, role="excluded")
    return c


def _breakdowns(
    mentions: list[tuple[CountMention, EvidenceItem]],
) -> list[tuple[CountMention, EvidenceItem]]:
    """In one sentence, a count that the next (or the previous) few add up to is their total ("286 cameras -
    174 public space cameras and 112 at Council buildings"): they break it down, they are no more cameras."""
    out = list(mentions)
    parts = [i for i, (c, _) in enumerate(out) if c.role == "part" and c.value > 0]
    for i in parts:
        c, item = out[i]
        same = [j for j in parts if j != i and out[j][1].quote == item.quote and out[j][0].role == "part"]
        for run in ([j for j in same if j > i], [j for j in same if j < i]):
            if len(run) >= 2 and sum(out[j][0].value for j in run) == c.value:
                for j in run:
                    out[j] = (replace(out[j][0], role="sub"), out[j][1])
    return out


def _once(mentions: list[tuple[CountMention, EvidenceItem]]) -> list[tuple[CountMention, EvidenceItem]]:
    """One number read twice (as a make's row "Dahua - 41 (PTZ domes ...)" and as a count in its words) is
    one mention: the first."""
    out: list[tuple[CountMention, EvidenceItem]] = []
    for c, item in mentions:
        inside = any(
            o.segment_seq == item.segment_seq
            and oc.value == c.value
            and (o.char_start <= item.char_start and item.char_end <= o.char_end)
            for oc, o in out
        )
        if not inside:
            out.append((c, item))
    return out


def _count_questions(reader: SentenceReader) -> list[str]:
    """The request's questions (each lettered part apart, under its question's heading) that ask the count."""
    out: list[str] = []
    for text in reader.asked.values():
        out.extend(t for t in lettered_texts(text) or [text] if asks_total(t, reader.subject))
    return out


def _totals_the_parts(usable: list[Mentioned], parts: list[int]) -> int | None:
    """The part whose total row is the sum of every part's own figures (its rows, the others' answers)."""
    for i in parts:
        c, item = usable[i]
        own = item.detail.get("rows_sum")
        others = sum(usable[j][0].value for j in parts if j != i)
        if own is not None and own != c.value and own + others == c.value:
            return i
    return None


def _estate_parts(reader: SentenceReader, usable: list[Mentioned]) -> list[Mentioned] | None:
    """Answers to two or more questions that each ask the count of one part of the estate ("How many public
    space cameras ...", "How many at council buildings ..."), where no question asks for the whole: the
    parts of the count, to be added up."""
    asked = _count_questions(reader)
    lettered = [t for q in reader.asked.values() if len(parts := lettered_texts(q)) >= 2 for t in parts]
    if (
        len(asked) < 2
        or any(kinds_in(t, "request", "per_make") for t in asked)  # not "which makes, and how many from each"
        or not (  # "the number of cameras for (a) town centres, (b) car parks, (c) libraries"
            all(kinds_in(t, "request", "estate_part") for t in asked)
            or set(asked) <= set(lettered)
            and not any("vendors" in ask_of(t).kinds for t in asked)
        )
    ):  # (not "(i) how many cameras; (ii) the manufacturer of each, with the number of each")
        return None
    first: dict[int, int] = {}  # a question -> the index of its answer's count
    for index, (c, item) in enumerate(usable):
        question = reader.count_context.get(id(item), (None, ""))[0]
        if item.detail.get("source") == "answer" and c.role == "total" and question is not None:
            first.setdefault(id(question), index)
    if len(first) < 2:
        return None
    whole = _totals_the_parts(usable, list(first.values()))
    if whole is not None:  # "(c) Council buildings 112 / Total 252": the last part's total row is the whole
        return [
            (c, item) if i == whole else (replace(c, role="sub"), item) for i, (c, item) in enumerate(usable)
        ]
    keep = {index: n for n, index in enumerate(first.values())}
    return [
        (replace(c, role="part", qualifier=f"part {keep[i]}"), item)
        if i in keep
        else (replace(c, role="sub"), item)
        for i, (c, item) in enumerate(usable)
    ]


_LABELLED = re.compile(r"\s*(?P<label>[^\d:\n]{3,40}):\s*\d[\d,]*\s*")  # "Number of cameras: 214"


def _sections(usable: list[Mentioned]) -> list[Mentioned]:
    """The same labelled line in each section of a reply ("Site A ... Number of cameras: 214", "Site B ...
    Number of cameras: 37"), none the others' sum: each site's part of the count."""
    by_label: dict[str, list[int]] = {}
    for index, (c, item) in enumerate(usable):
        text = c.role == "total" and item.detail.get("source") == "text"
        m = _LABELLED.fullmatch(item.quote) if text else None
        if m is not None:
            by_label.setdefault(m.group("label").strip().lower(), []).append(index)
    out = list(usable)
    for indexes in by_label.values():
        values = [usable[i][0].value for i in indexes]
        if len(set(values)) < 2 or any(2 * v == sum(values) for v in values):
            continue  # the same figure twice, or one the others' total
        for n, i in enumerate(indexes):
            out[i] = (replace(usable[i][0], role="part", qualifier=f"section {n}"), usable[i][1])
    return out


def _pointed_parts(reader: SentenceReader, usable: list[Mentioned]) -> list[Mentioned]:
    """An answer to the count that gives one part and points to another answer for the rest ("please see
    the answer to question 2 for vehicle-mounted CCTV. In respect of buildings, there are 186 cameras"):
    the two answers' counts are the parts of the count."""
    answers = {
        n: index
        for index, (c, item) in enumerate(usable)
        if item.detail.get("source") == "answer"
        and c.role == "total"
        and (question := reader.count_context.get(id(item), (None, ""))[0]) is not None
        for n in question.numbers
    }
    out = list(usable)
    for index, (c, item) in enumerate(usable):
        quote = item.quote.partition(" A: ")[2] if item.detail.get("source") == "answer" else ""
        n = pointed_to(quote) if " to " in quote or "see" in quote.lower() else None
        if not n or answers.get(n, index) == index or usable[answers[n]][0].role != "total":
            continue
        at = _POINTER_PART.search(quote)
        if at is None or not kinds_in(quote[at.end() : at.end() + 60], "request", "estate_part"):
            continue  # "see question 3 for the locations": no part of the cameras
        other = answers[n]
        out[index] = (replace(c, role="part", qualifier="part pointed"), item)
        out[other] = (replace(usable[other][0], role="part", qualifier="part pointed to"), usable[other][1])
    return out


_POINTER_PART = re.compile(joined("request", "pointer_part"), re.IGNORECASE)
