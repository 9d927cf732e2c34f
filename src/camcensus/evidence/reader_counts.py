"""The camera count an answer to "How many cameras?" gives: its first line that gives one, its rows summed or
its total row taken, a make's row ("Axis (210)"), or without the request a bare number answering item 1.
"""

from __future__ import annotations

import re
from dataclasses import replace

from camcensus.evidence import cues, outcome
from camcensus.evidence.answer_counts import TOTAL_WORD, answer_count, next_kind, planned_after, year_figures
from camcensus.evidence.count_each import fleet_before
from camcensus.evidence.count_rows import labelled_figure, labelled_row, row_count
from camcensus.evidence.counts import (
    NOUN,
    CountMention,
    adds_more,
    bare_count_answer,
    camera_number,
    find_counts,
)
from camcensus.evidence.drone_counts import find_drone_counts
from camcensus.evidence.items import EvidenceItem
from camcensus.evidence.phrases import first_match, joined, kinds_in
from camcensus.evidence.reader_state import ReaderState
from camcensus.evidence.request import pointed_to
from camcensus.evidence.table_bodies import other_bodies
from camcensus.evidence.text import FOOTNOTE, YEAR, sentence_start, sentences
from camcensus.evidence.zones import ANSWER, Line

Mentioned = tuple[CountMention, EvidenceItem]
_LABEL_ONLY = re.compile(r"\W*(?:q|question\s*)?\d{1,2}\s*[.):]?\s*", re.IGNORECASE)
_ROWS_HEADING = re.compile(r"^\W*(?:" + joined("counts", "rows_heading") + r")\s*:?\s*$", re.IGNORECASE)


class CountReading(ReaderState):
    """The count answers of a reply, as a ``SentenceReader`` meets its lines."""

    def _count_row(self, line: Line, table: bool = False, given: tuple[int, bool] | None = None) -> bool:
        """A row of a table (or a "label - number" line) answering "How many cameras?": its numbers (or, where
        a document's ``table`` read it, its cameras and whether it is the total row) are summed with the
        answer's other rows (those of its tables) or its total row taken, when the answers are read."""
        if line.question is None and line.zone == ANSWER:
            return self._headed_row(line)
        question = line.question
        if (
            line.zone != ANSWER
            or question is None
            or id(question) in self._counted
            or not self._count_asked(question)
        ):
            return False
        listing, self._listing = self._listing, None  # (under "... at each of our sites is:", "Name 212")
        row = given or row_count(line.text, loose=id(question) in self._rows or listing == id(question))
        if row is None and listing == id(question) and id(question) not in self._counted:
            row = _listed_count(line.text)  # "Oakfield Academy - 48 cameras, 2 NVRs, 2 monitors"
        if row is None:
            if _YEARS_HEAD.match(line.text):  # "      2022/23      2023/24": each row's figures are by year
                self._by_year.add(id(question))
            spans = sentences(line.text)
            last = line.text[spans[-1][0] :] if spans else line.text
            if last.rstrip().endswith(":") and not re.search(r"\d", last):  # ("... The cameras comprise:")
                self._listing = id(question)  # "this is the equipment at each academy:"
            return False
        self._listing = id(question) if listing == id(question) else None
        self._rows.setdefault((id(question), 0) if table else id(question), []).append((line, *row))
        return True

    def _headed_row(self, line: Line) -> bool:
        """A row under a line that heads rows of camera counts ("Cameras per hospital:"), where no question
        of the request was aligned: a part of the count, summed with the others."""
        if _ROWS_HEADING.match(line.text):
            self._rows_head = line
            return False
        row = row_count(line.text, loose=True) if self._rows_head is not None else None
        if row is None:
            self._rows_head = None
            return False
        self._rows.setdefault(id(self._rows_head), []).append((line, *row))
        return True

    def _first_bare_number(self, line: Line) -> None:
        """Without the request, a bare number answering a reply's first numbered item ("1. 38") is read as
        the count of cameras, the first question of almost every request about CCTV; its basis says so, so
        its confidence is what that guess earned on labelled replies."""
        if self.asked or line.question is not None or line.number not in (1, 100) or self._first_tried:
            return
        whole = line.segment.text[line.segment.text.rfind("\n", 0, line.start) + 1 : line.end]
        if _LABEL_ONLY.fullmatch(whole):
            return  # "1." on a line of its own, its answer below: the label is no count
        self._first_tried = True
        bare = bare_count_answer(line.text) if not find_counts(line.text) else None  # not "1. 96 cameras"
        if bare is not None:
            self._sentence = (line, line.start, line.end)
            self._count(replace(bare, qualifier="first answer"), line.start, "first answer", None)

    def _make_row(self, line: Line) -> None:
        """A line giving one make's or one kind's number of cameras ("Axis (210)", "Hik Vision - 15", "PTZ
        cameras      48"): a part of the count, even where no question about the count was aligned."""
        part = labelled_row(line.text)
        if part is not None:
            self._sentence = (line, line.start, line.end)
            self._count(
                CountMention(0, len(line.text), part[0], "part", False, part[1]), line.start, "text", None
            )

    def with_more(self, answers: list[Mentioned], usable: list[Mentioned]) -> list[Mentioned]:
        """Each answer's count with the cameras later sentences of the same answer add to it ("The system
        comprises 64 cameras. In addition to this, the Council operates 37 cameras at its own buildings",
        "a further 31 cameras"): the answer is their sum."""
        out = []
        for c, item in answers:
            question = self.count_context.get(id(item), (None, ""))[0]
            if question is None or c.role != "total" or item.detail.get("qualifier"):
                out.append((c, item))
                continue
            later = [  # the text's counts in later sentences of the same answer, each with its sentence
                (m, self.count_context[id(other)][1])
                for m, other in usable
                if other.detail.get("source") == "text"
                and m.value > 0
                and (other.segment_seq, other.char_start) > (item.segment_seq, item.char_end)
                and self.count_context.get(id(other), (None, ""))[0] is question
            ]
            # "... This gives a grand total of 320 cameras.": the total of the parts the answer set out
            grand = [m for m, said in later if m.role == "total" and m.value > c.value and _grand(said)]
            more = [
                m
                for k, (m, said) in enumerate(later)
                if m.role == "part"
                and all(x.value != c.value for x, _ in later[k + 1 :])  # (then "... is therefore 212")
                and (
                    _adds_now(said, m.start)
                    or (c.fleet and m.fleet and m.fleet != c.fleet)  # another fleet's, not this one's parts
                    or _next_site(question.text, said, item.quote, c.value)
                    or next_kind(question.text, m.qualifier, item.quote)
                    or (labelled_figure(said) and labelled_figure(item.quote.partition(" A: ")[2]) == c.value)
                )
                and not _sums_to(said, m.end, c.value)
            ]
            if grand:
                c = replace(c, value=grand[-1].value, qualifier="grand total")
            elif more:
                c = replace(c, value=c.value + sum(m.value for m in more), qualifier="with more")
            if grand or more:
                item.value, item.detail["qualifier"] = str(c.value), c.qualifier
            out.append((c, item))
        return out

    @staticmethod
    def latest_year(usable: list[Mentioned]) -> list[Mentioned]:
        """Rows of a table by year ("| 2024 | 118 |", "| 2025 | 140 |", "| 2026 | 146 |"), or sentences that
        open with their year ("In 2016 the council maintained 121 cameras", "In 2013 ... a total of 99"):
        the cameras now are the latest year's, the earlier ones are history, not parts to add."""
        years = {
            id(item): int(m.group(1))
            for c, item in usable
            if (
                m := _YEAR_ROW.match(item.quote)
                if item.detail.get("source") == "table"
                else _dated(item.quote, c)
            )
            and not adds_more(item.quote, c.start)  # "In 2019 a further 12 were added": more, not history
        }
        if len(years) < 2:
            return usable
        latest = max(years.values())
        return [
            (replace(c, role="sub"), item) if years.get(id(item), latest) != latest else (c, item)
            for c, item in usable
        ]

    def counted_rows(self, lines: list[Line]) -> None:
        """The count of each answer given as rows: its total row, else the sum of its rows; not the rows of
        bodies the request was not sent to, where the reply sets several side by side (``lines``: all)."""
        for key, rows in self._rows.items():
            rows = _latest_year(rows) if key in self._by_year else rows
            others = other_bodies(lines, [r[0] for r in rows], 0, self.request_text)
            rows = [r for r in rows if id(r[0]) not in others and not self._other_kind_row(r[0])]
            if not rows:
                continue
            totals = [r for r in rows if r[2]]
            value = totals[-1][1] if totals else sum(r[1] for r in rows)
            first, last = rows[0][0], rows[-1][0]
            self._sentence = (first, first.start, first.end)
            quote = " / ".join(r[0].text.strip() for r in rows)[:300]
            mention = CountMention(
                0, last.end - first.start, value, "total", False, "rows" if totals else "sum"
            )
            self._count(mention, first.start, "answer", quote)
            if totals:  # what its own rows add up to: a total row may total other parts' answers too
                self.counts[-1][1].detail["rows_sum"] = sum(r[1] for r in rows if not r[2])

    def text_counts(
        self, line: Line, text: str, a: int, counts: tuple[CountMention, ...], welsh: bool
    ) -> None:
        """The counts a sentence states, at ``a`` in its line's segment."""
        if first_match(text, "counts", "cost_sample"):  # "A sample exercise ... for 23 cameras": no count
            return
        past = cues.past(text) and not cues.still(text)  # "In 2022 we trialled two Dahua cameras"
        past = past and not first_match(text, "counts", "still_holds")  # "given in May (212) is correct"
        fixed = first_match(text, "counts", "corrected_figure")  # "The correct figure is 152."
        value = camera_number(fixed[1].group("num")) if fixed else None
        if fixed and value is not None:
            at = fixed[1].span("num")
            self._count(
                CountMention(at[0], at[1], value, "total", False, "corrected"), a, "text", None, welsh
            )
        for c in counts:
            gone = past or planned_after(text, c.end, c.start)  # "4 x Axis cameras are planned for ..."
            fleet = fleet_before(line.segment.text, a + c.start, line.start, a) if "ach" in text else None
            c = replace(c, value=c.value * fleet, fleet=fleet) if fleet else c  # "46 vans. Each van has 3"
            self._count(
                replace(c, role="excluded") if gone and c.role == "part" else c, a, "text", None, welsh
            )

    def _answer_count(self, line: Line, text: str, a: int) -> None:
        """The count an answer to "How many cameras?" gives, read from the first of its lines that gives one
        ("212 (of which 31 are redeployable)", "12 fixed and 2 PTZ", "Public space - 141")."""
        question = line.question
        if question is None or id(question) in self._counted or id(question) in self._rows:
            return
        if not self._count_asked(question, any_part=line.first_answer):
            return
        whole = line.text
        if whole.count(")") > whole.count("("):
            return  # "Estates Project 7)": the end of a table's cell wrapped onto a line of its own
        if outcome.refuses(whole) or outcome.find_exemptions(whole, self.law) or FOOTNOTE.match(whole):
            return  # "The number ... is withheld under section 31", a note on a cell above: not the count
        label = _ANSWER_LABEL.match(whole)
        if label is not None and not whole[label.end() :].strip():
            label = None  # "86." alone is the answer, not a label with nothing after it
        number = re.search(r"\d+", label.group(0)) if label is not None else None
        if number is not None and self.asked and int(number.group(0)) not in self.asked:
            label = None  # "22. These are Hanwha cameras." under question 2: the figure, no question's label
        if self._has_none(re.split(r"(?<=[.;])\s", whole[label.end() :] if label else whole, maxsplit=1)[0]):
            return  # "CFRS does not currently have any drones of its own. ... a neighbouring service has one"
        body = whole[label.end() :] if label else whole
        if len(body.strip()) < 40 and (pointed := pointed_to(body)):
            if pointed not in question.numbers and not self._counted:
                self._count_from.add(pointed)  # "See answer to question 2": that answer gives the count
            return  # "Gweler ateb 2." / "See answer to question 2": the number is the other question's
        if "drones" in self.subject and find_drone_counts(body):
            return  # "seven DJI Matrice 30T and two ... aircraft": the drones, not the models' numbers
        found = year_figures(line.segment.text, line.start) or answer_count(
            _other_estate_blanked(body, kinds_in(question.text, "request", "scope"))
        )  # ("2023: 512" over "2024: 538": the latest year's)
        if found is None or cues.past_now(_sentence_at(body, found.start)):
            return  # "During the 2022 trial 50 cameras were issued": no count of cameras now
        if self._other_kind(body[found.end : found.end + 40], question.text):
            return  # "There is one ANPR camera at the entrance": asked the CCTV, not its ANPR
        self._counted.add(id(question))
        shift = label.end() if label else 0
        # the count's place within this sentence, for the quote's span
        found = replace(
            found, start=min(found.start + shift, len(text)), end=min(found.end + shift, len(text))
        )
        self._count(found, a, "answer", f"Q: {question.text} A: {whole.strip()}")
        self.cues.qa_answered = True

    def _other_kind_row(self, row: Line) -> bool:
        """A row of one answer to several questions ("Questions 1 to 3") that counts the equipment another of
        them asks about ("ANPR cameras   19" where question 3 asks about ANPR): that question's, not the
        count of CCTV asked by the first."""
        question = row.question
        if question is None or not question.asked or not question.also:
            return False
        mine = set(kinds_in(question.parts[0], "request", "scope")) | set(self.subject)
        others = {k for n in question.also for k in kinds_in(self.asked.get(n, ""), "request", "scope")}
        return bool(set(kinds_in(row.text, "request", "scope")) & (others - mine))

    def _other_kind(self, after: str, question: str) -> bool:
        """The noun after an answer's count names equipment the question does not ask the count of."""
        named = _NAMED_KIND.match(after)
        asked = set(kinds_in(question, "request", "scope")) | set(self.subject)
        return named is not None and bool(set(kinds_in(named.group(1), "request", "scope")) - asked)

    def _has_none(self, sentence: str) -> bool:
        """The answer opens saying the body has none of what is counted: its later numbers are others'."""
        if cues.no_cameras(sentence):
            return True
        named = cues.no_equipment(sentence) if self.subject else None
        return named is not None and bool(set(kinds_in(named, "request", "scope")) & set(self.subject))


_NAMED = re.compile(r"\s*" + NOUN, re.IGNORECASE)
_NAMED_KIND = re.compile(r"\s*((?:[\w-]+\s+){1,2}?)" + NOUN, re.IGNORECASE)  # " ANPR camera"
_LISTED_END = re.compile(
    r"^\s*[-\u2022*]\s+(?P<label>[^\n]{2,160}?):\s*(?P<num>\d{1,3}(?:,\d{3})+|\d+)\s*\.?\s*$"
)
_LISTED = re.compile(r"^\W*(?P<label>[^\d\n]{2,60}?)\s+[-\u2013:]\s+(?P<rest>\S.*)$")
_BULLET_NUMBER = re.compile(r"^\s*[-\u2022*]\s+\d")


# a line heading a table's columns by year: "        2022/23      2023/24", "Year  2023  2024"
_YEARS_HEAD = re.compile(rf"^[^\d|]{{0,40}}(?:{YEAR}[\s|]*){{2,}}$")
_CAMERA_NOUN = re.compile(rf"\b{NOUN}", re.IGNORECASE)


def _latest_year(rows: list[tuple[Line, int, bool]]) -> list[tuple[Line, int, bool]]:
    """Rows under columns of years are measures over time: each row's latest figure, and of rows naming
    different measures ("Hospital sites covered  4  4", "CCTV cameras in operation  318  341") the
    cameras'."""
    out = []
    for line, value, total in rows:
        latest = row_count(line.text, latest=True)
        out.append((line, latest[0] if latest else value, total))
    cameras = [r for r in out if _CAMERA_NOUN.search(r[0].text)]
    return cameras or out


def _grand(sentence: str) -> bool:
    return first_match(sentence, "counts", "grand_total") is not None


def _sums_to(sentence: str, after: int, total: int) -> bool:
    """The sentence adding cameras goes on to the total they make ("A further 15 cameras have been
    installed ..., giving a current total of 451"): they are in it already."""
    return bool(re.search(rf"(?<![\d,]){total:,}(?![\d,])|(?<![\d,]){total}(?![\d,])", sentence[after:]))


def _listed_count(line: str) -> tuple[int, bool] | None:
    """A line of a list of places with their equipment ("Hill Top Academy - 36 cameras, 2 NVRs"): its
    cameras, where the number is named as cameras (a wrapped line may hold several such lines)."""
    total = 0
    for each in line.split("\n"):
        end = _LISTED_END.match(each)  # "- Council buildings, including offices and schools: 233"
        if end is not None:
            total += int(end.group("num").replace(",", ""))
            continue
        counted = find_counts(each) if _BULLET_NUMBER.match(each) else ()  # "- 241 fixed cameras"
        if len(counted) == 1 and counted[0].role in ("part", "total") and counted[0].start <= 6:
            total += counted[0].value
            continue
        m = _LISTED.match(each)
        found = answer_count(m.group("rest")) if m else None
        if m is None or found is None or found.qualifier or not _NAMED.match(m.group("rest"), found.end):
            return None
        total += found.value
    return total, False


def _other_estate_blanked(body: str, asked: tuple[str, ...]) -> str:
    """An answer about body-worn cameras (say) with its later sentences about the CCTV estate blanked out
    ("For context, the fixed CCTV system has approximately 400 cameras"): their numbers are not the count
    asked for. Offsets hold."""
    if not asked or "cctv" not in body.lower():
        return body
    spans = sentences(body)[1:]
    for a, b in spans:
        number = re.search(r"\d", body[a:b])
        head = body[a : a + number.start()] if number else ""  # what the sentence's figure is of
        if kinds_in(head, "request", "general") and not set(kinds_in(head, "request", "scope")) & set(asked):
            body = body[:a] + " " * (b - a) + body[b:]
    return body


def _sentence_at(text: str, at: int) -> str:
    start = sentence_start(text, at)
    stops = [i for i in (text.find(". ", at), text.find("; ", at)) if i >= 0]
    return re.sub(r"\([^()]*\)", " ", text[start : min(stops) if stops else len(text)])  # asides apart


# the year a sentence's count is of, said before it: "In 2016 the council maintained 121 cameras", "We do not
# hold figures for 2006 but estimate ... at 51" (not "In 2006 / 7 £30,426 was spent")
_YEAR_OF = re.compile(
    r"(?:^\W*(?:in|during|as (?:at|of))|\bfor)\s+((?:19|20)\d\d)\b(?!\s*[/-]\s*\d)", re.IGNORECASE
)


def _dated(sentence: str, c: CountMention) -> re.Match[str] | None:
    return _YEAR_OF.search(sentence[: c.start])


# "2024 | 137", and "2024 137" as a quote has it
_YEAR_ROW = re.compile(r"^\W*((?:19|20)\d\d)\s*(?:\||\t|\s{2,}|:\s*|\s(?=[\d,]+\W*$))")


def _next_site(question: str, sentence: str, answer: str, first: int) -> bool:
    """Asked site by site ("For each school, how many cameras?"), a later sentence of the answer gives the
    next site's cameras ("Brierley Park School has 31 cameras"), not a breakdown of the first site's, nor a
    figure of another time, nor the first figure again (a translation); and not where the answer gave one
    figure for the whole."""
    if first_match(question, "request", "per_site") is None or cues.still(sentence) or cues.past(sentence):
        return False
    if _sums_to(sentence, 0, first):
        return False
    return TOTAL_WORD.search(answer.partition(" A: ")[2]) is None


def _adds_now(sentence: str, number_start: int) -> bool:
    """More cameras in use now: not "a further thirty cameras are planned", not "a further 8 were removed"."""
    return adds_more(sentence, number_start) and not cues.still(sentence) and not cues.past(sentence)


_ANSWER_LABEL = re.compile(
    r"^\s*(?:(?:q(?:uestion)?\s*)?\(?\d{1,2}(?:[.):](?!\d)|\s*\|)|\(?[a-h][.)])?\s*"
    r"(?:(?:a|answer|response|reply|ateb|ymateb)\s*[:\-\u2013]\s*)?",
    re.IGNORECASE,
)
