"""The header of a table in a reply: which of its rows heads the columns, and what each column holds (a make,
a model, a quantity, the cameras of one kind, a status)."""

from __future__ import annotations

import re

from camcensus.evidence.count_each import FLEET_TIMES
from camcensus.evidence.count_rows import is_total_row
from camcensus.evidence.phrases import joined
from camcensus.evidence.table_cells import (
    ABOUT_CAMERAS,
    RULE,
    Table,
    cells,
    header_shift,
    numbers_in,
    under_cameras,
)
from camcensus.evidence.zones import Line
from camcensus.knowledge.vendors import find_vendor_mentions


def _list(section: str) -> str:
    return joined("tables", section)


def _bounded(section: str) -> str:
    return r"\b(?:" + _list(section) + r")\b"


_ROLES = {
    # a camera's own number or reference in a register ("Cam no.", "Camera ID", "Asset ref"): not a quantity
    "ident": re.compile(_list("column_ident"), re.IGNORECASE),
    "maker": re.compile(_bounded("column_maker"), re.IGNORECASE),
    "model": re.compile(_bounded("column_model"), re.IGNORECASE),
    "qty": re.compile(_bounded("column_qty"), re.IGNORECASE),
    "type": re.compile(_bounded("column_type"), re.IGNORECASE),
    "status": re.compile(_bounded("column_status"), re.IGNORECASE),
}
_OTHER_CAMERAS_COLUMN = re.compile(_bounded("other_cameras_column"), re.IGNORECASE)
_PART_QTY = re.compile(
    r"^\W*(?:" + _list("column_part_qty") + r")(?:\s+(?:cctv|ip))?(?:\s+cameras?)?\W*$", re.IGNORECASE
)
_TYPE_LAST = re.compile(joined("tables", "column_type_last"), re.IGNORECASE)
_RECORDER_COLUMN = re.compile(_bounded("recorder_column"), re.IGNORECASE)


# the role of one of several columns that each hold some of a row's cameras
PART = "qty part "


def header(table: Table) -> tuple[int, dict[str, int]] | None:
    """The table's header row and the role of each column; of a header on several rows ("Cameras |
    Manufacturer" over "Internal | External | Axis | ..."), its last row, its columns counted from the right
    where it leaves out the rows' first (the label's) column."""
    found = None
    for index, line in enumerate(table.rows[:5]):
        texts = [line.segment.text[a:b] for a, b in cells(line)]
        if any(re.fullmatch(r"[\d,.\s]+", t) or FLEET_TIMES.search(t) for t in texts):
            if found is not None:
                break  # the data rows have started
            continue
        maker = found[1].get("maker") if found is not None else None
        if maker is not None and maker < len(texts) and find_vendor_mentions(texts[maker]):
            break  # a register's row, a make under the header's make ("... | No. 44 | DAHUA | ...")
        roles = _roles(texts)
        above = len(cells(table.rows[found[0]])) if found is not None else 0
        wrapped = " | " not in line.text and len(texts) < above  # "cameras    cameras": the cells above
        if roles is not None and not wrapped:
            if found is not None and index == found[0] + 1 and any(r.startswith(PART) for r in roles):
                # "Building | Cameras | | Camera make" over " | Internal | External": the make's column above
                kept = {r: c for r, c in found[1].items() if r in ("maker", "model", "recorder")}
                roles = {**{r: c for r, c in kept.items() if c not in roles.values()}, **roles}
            found = index, roles
    if found is None:
        return None
    index, roles = found
    below = table.rows[index + 1] if index + 1 < len(table.rows) else None
    if below is not None and not re.search(r"\d", below.text) and under_cameras(table.rows[index], below):
        index += 1  # "| Cameras | | Ancillary" over "| Personal issue | Pool | ...": the lower row
    span = under_cameras(table.rows[index - 1], table.rows[index]) if index else []
    lower = [table.rows[index].segment.text[a:b] for a, b in cells(table.rows[index])]
    totals = [col for col in span if col < len(lower) and is_total_row(lower[col])]
    if len(span) >= 2:  # "| Cameras | | Ancillary" over "| Personal | Pool |": the cameras, in two columns
        roles = {r: c for r, c in roles.items() if r != "qty" and not r.startswith(PART)}
        roles.update({"qty": totals[0]} if totals else {f"{PART}{n}": col for n, col in enumerate(span)})
    shift = header_shift(table.rows[index], table.rows[index + 1 : index + 6])
    roles = {role: col + shift for role, col in roles.items()}
    heads = [table.rows[index].segment.text[a:b] for a, b in cells(table.rows[index])]
    now = [c + shift for c, t in enumerate(heads) if _NOW_COLUMN.search(t) and not _LATER_COLUMN.search(t)]
    if "qty" not in roles and now and _counts_in(table.rows[index + 1 : index + 6], now[0]):
        roles["qty"] = now[0]  # "Manufacturer | Product | Installed | Spare (stock) | Removed 2023-24"
        roles = {r: c for r, c in roles.items() if r != "status" or c != now[0]}
    if (
        "qty" not in roles
        and "status" in roles
        and numbers_in(table.rows[index + 1 : index + 6], roles["status"])
    ):
        roles["qty"] = roles.pop("status")  # "Building | Current | Make": the cameras there now, a number
    if "qty" in roles:
        roles["qty"] = _latest(table, index, roles["qty"])
    return index, roles


_DATED = re.compile(r"\b(?:19|20)\d\d\b")


def _latest(table: Table, index: int, qty: int) -> int:
    """Of several columns headed alike ("Cameras | Cameras" over "(Apr 2023) | (Apr 2024)", "Cameras 2023 |
    Cameras 2024"), the one of the latest year: the figure for now, the others an earlier one's. Each
    column's year is in its own head or in the lines under it before the rows start, where they sit."""
    head = table.rows[index]
    spans = cells(head)
    if qty >= len(spans):
        return qty
    heads = [_DATED.sub("", head.segment.text[a:b]).strip().lower() for a, b in spans]
    alike = [c for c, word in enumerate(heads) if word == heads[qty]]
    if len(alike) < 2:
        return qty
    years: dict[int, int] = {}
    for c in alike:
        a, b = spans[c]
        found = [int(y) for y in _DATED.findall(head.segment.text[a:b])]
        left, right = _column(head.segment.text, a), _column(head.segment.text, b)  # where it sits
        for under in table.rows[index + 1 : index + 3]:
            if re.search(r"\d", RULE.sub("", under.text)) and not _DATED.search(under.text):
                break  # the rows have started
            for m in _DATED.finditer(under.text):
                at = _column(under.segment.text, under.start + m.start())
                if left - 4 <= at and at + 4 <= right + 8:
                    found.append(int(m.group(0)))
        if found:
            years[c] = max(found)
    if len(years) < 2:
        return qty
    return max(years, key=lambda c: (years[c], c))


def _column(text: str, pos: int) -> int:
    """How far ``pos`` sits from the start of its line."""
    return pos - text.rfind("\n", 0, pos) - 1


def _roles(texts: list[str]) -> dict[str, int] | None:
    """The roles of a header row's columns, or None if the row is no header ("No_Cameras", an export's
    header, read as "No Cameras")."""
    texts = [t.replace("_", " ") for t in texts]
    if any(len(t) >= 50 and re.search(r"[a-z]\.\s+[A-Z]", t) for t in texts):
        return None  # "Manufacturer(s) of the cameras | Mostly Avigilon. The remaining ...": an answer
    roles: dict[str, int] = {}
    for col, t in enumerate(texts):
        if _RECORDER_COLUMN.search(t) and not ABOUT_CAMERAS.search(t):
            roles.setdefault("recorder", col)  # "Recorder make": the recorders beside the cameras
            if _ROLES["maker"].search(t) or _ROLES["model"].search(t):
                roles["recorder"] = col  # "Recorders (NVR) | ... | Recorder manufacturer": the makes' column
            continue
        if t.rstrip().endswith("?") or _OTHER_CAMERAS_COLUMN.search(t):
            continue  # "Cameras in toilets?" (a yes or no), "Door-entry cameras": no role of its cameras
        for role, rx in _ROLES.items():
            finer = role == "type" and re.match(r"sub[\s-]?", t, re.IGNORECASE)  # "Category | Sub Category"
            if role == "type" and _PLACES.search(t):
                continue  # "Location description": where the camera is, not what kind
            if (role not in roles or finer) and rx.search(t) and len(BRACKETS.sub("", t)) < 40:
                roles[role] = col
                break
    last = [c for c, t in enumerate(texts) if c not in roles.values() and _TYPE_LAST.fullmatch(t.strip())]
    if "type" not in roles and last:
        roles["type"] = last[0]  # "Item | Manufacturer | Model | Quantity"
    about_cameras = any(ABOUT_CAMERAS.search(t) for t in texts)
    if (
        "qty" in roles
        and _PLACES.search(texts[roles["qty"]])
        and not ABOUT_CAMERAS.search(_PLACES_WITH.sub("", texts[roles["qty"]]))
    ):
        cameras = [c for c, t in enumerate(texts) if c > roles["qty"] and ABOUT_CAMERAS.search(t)]
        if cameras:  # "Location type | No. of sites | Cameras": the cameras' column
            roles["qty"] = cameras[0]
    now = [col for col, t in enumerate(texts) if _NOW_COLUMN.search(t) and not _LATER_COLUMN.search(t)]
    if "qty" in roles and _LATER_COLUMN.search(texts[roles["qty"]]) and now:
        roles["qty"] = now[0]  # "Installed now | Planned 2025 | Total on completion": the cameras now
    parts = [col for col, t in enumerate(texts) if _part_column(t)]
    if len(parts) >= 2 and "qty" in roles and (_DEVICES.search(texts[roles["qty"]]) or roles["qty"] in parts):
        del roles["qty"]  # "Fixed | PTZ | Recorders | Total devices": the cameras are the kinds' columns
    kinds, parts = len(parts), parts if "qty" not in roles else []
    if len(parts) >= 2:  # "Site | Internal | External": each row's cameras, in two columns
        roles.update({f"{PART}{n}": col for n, col in enumerate(parts)})
    made = [col for col, t in enumerate(texts) if len(t) < 40 and find_vendor_mentions(t)]
    makes = len(made)  # "Site | Axis | Hanwha | Total"
    bare = [col for col in made if _bare_make(texts[col])]  # "Axis", not "Avigilon H5A" (a row's cell)
    if len(bare) >= 2:  # "Axis | Bosch | Hikvision | Other": the cameras of makes not named are cameras too
        bare += [col for col, t in enumerate(texts) if t.strip() and _OTHER_MAKES.match(t) and col > bare[0]]
    if len(bare) >= 2 and not roles.keys() & {"qty", "maker", "model"} and not parts:
        roles.update({f"{PART}{n}": col for n, col in enumerate(bare)})  # "Location | Axis | Hanwha | Notes"
        return roles
    if (
        "maker" in roles
        or "qty" in roles
        and ("model" in roles or about_cameras or makes >= 2)
        or kinds >= 2  # "Academy | Internal | External | Total"
        or "model" in roles
        and ("ident" in roles or "status" in roles)  # "Asset ID | Location | Model | Status": a register
    ):
        return roles
    return None


# a header's own words, without what it says in brackets ("Cameras (cells, corridors, booking-in, yard)")
BRACKETS = re.compile(r"\s*\([^()]*\)")  # an aside in a cell


def _bare_make(text: str) -> bool:
    """The cell names a make and nothing else ("Axis", "Hanwha Vision")."""
    found = find_vendor_mentions(text)
    return len(found) == 1 and re.sub(r"\W", "", text) == re.sub(r"\W", "", found[0].text)


_OTHER_MAKES = re.compile(
    r"^\W*(?:" + _list("unknown_maker") + r")(?:\s+(?:makes?|manufacturers?|brands?))?\W*$", re.IGNORECASE
)
_NOW_COLUMN = re.compile(_list("column_now"), re.IGNORECASE)
_LATER_COLUMN = re.compile(_list("column_later"), re.IGNORECASE)
_DEVICES = re.compile(_bounded("column_devices"), re.IGNORECASE)
_PLACES = re.compile(_list("column_places"), re.IGNORECASE)
_PLACES_WITH = re.compile(_list("column_places_with"), re.IGNORECASE)  # ("stations with CCTV": stations)


def _part_column(header: str) -> bool:
    """A column of the cameras of one kind, its header in one language or two ("Allanol / External")."""
    return any(_PART_QTY.match(part) for part in header.split("/"))


def _counts_in(rows: list[Line], col: int) -> bool:
    """Most of the rows hold a number in column ``col``, and not a year ("Installed | 2019")."""
    texts = [[line.segment.text[a:b].strip() for a, b in cells(line)] for line in rows]
    years = [len(t) > col and bool(re.fullmatch(r"(?:19|20)\d\d", t[col])) for t in texts]
    return numbers_in(rows, col) and not any(years)
