"""Plain text in any common encoding, CSV, and HTML (tables kept as rows)."""

from __future__ import annotations

import csv
import io
import re
import uuid
from typing import Any

from camcensus.documents.limits import TEXT_CUT, Limits
from camcensus.documents.model import ParsedDocument, TextSegment
from camcensus.documents.office import row_text

_SINGLE_BYTE = ("cp125", "iso8859", "latin", "mac", "windows", "cp437", "cp850")
_BLOCKS = ("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "br", "tr", "blockquote", "pre", "dt", "dd")


def decode_text(data: bytes, declared: str | None = None) -> str:
    """Bytes to text: a declared charset that decodes cleanly, then UTF-8, then charset-normalizer's guess."""
    for encoding in filter(None, (declared, "utf-8")):
        try:
            return data.decode(encoding).lstrip("\ufeff")
        except (UnicodeDecodeError, LookupError):
            continue
    from charset_normalizer import from_bytes

    best = from_bytes(data[: 1024 * 1024]).best()
    encoding = best.encoding if best is not None else "cp1252"
    if encoding.startswith(_SINGLE_BYTE) and encoding != "cp1252":
        try:  # one Latin code page is hard to tell from another; UK replies are almost always Windows-1252
            return data.decode("cp1252")
        except UnicodeDecodeError:
            pass
    return data.decode(encoding, errors="replace").lstrip("\ufeff")


def within(doc: ParsedDocument, data: bytes, limits: Limits) -> bytes:
    """The bytes of ``data`` that can hold the text the file may still keep (saying so when that is less)."""
    if len(data) > limits.max_text_chars:
        doc.warnings.append(TEXT_CUT)
    return data[: limits.max_text_chars]


def read_plain(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    text = decode_text(within(doc, data, limits)).replace("\r\n", "\n").replace("\r", "\n")
    if text.strip():
        doc.segments.append(TextSegment(seq=0, location="text", text=text.strip()))


def read_rtf(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    """Rich Text (a letter saved from Word as .rtf): its text, a table's row as its cells joined by " | "."""
    from striprtf.striprtf import rtf_to_text

    # RTF itself is 7-bit: its \'xx escapes take the code page it names (Windows-1252 when it names none)
    text = rtf_to_text(within(doc, data, limits).decode("latin-1"), errors="replace")
    rows = [
        " | ".join(c.strip() for c in line.rstrip(" |").split("|")) if "|" in line else line
        for line in text.replace("\r\n", "\n").split("\n")
    ]
    body = "\n".join(rows).strip()
    if body:
        doc.segments.append(TextSegment(seq=0, location="text", text=body))


def read_csv(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    text = decode_text(within(doc, data, limits))
    try:
        dialect: type[csv.Dialect] | csv.Dialect = csv.Sniffer().sniff(text[:8192], delimiters=",;\t|")
    except csv.Error:
        dialect = csv.excel
    csv.field_size_limit(max(1, limits.max_text_chars))
    for n, cells in enumerate(csv.reader(io.StringIO(text), dialect), start=1):
        line = row_text(cells)
        if line:
            doc.segments.append(TextSegment(seq=len(doc.segments), location=f"row {n}", text=line, row=n))


def read_html(doc: ParsedDocument, data: bytes, limits: Limits) -> None:
    for location, text, row in html_segments(within(doc, data, limits), limits):
        doc.segments.append(TextSegment(seq=len(doc.segments), location=location, text=text, row=row))


def html_segments(data: bytes, limits: Limits) -> list[tuple[str, str, int | None]]:
    """(location, text, row): the page's text and its tables' rows ("cell | cell") in the order they stand,
    without a site's menus, sidebars, footers and cookie banners around a published reply."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(data[: limits.max_text_chars], "lxml")
    for junk in soup(["script", "style", "noscript", "template", "head"]):
        junk.decompose()
    content = {id(p) for m in soup.find_all(["main", "article", "h1"]) for p in (m, *m.parents)}
    for tag in [t for t in soup.find_all(True) if id(t) not in content and _page_furniture(t)]:
        if not tag.__dict__.get("_decomposed"):  # (one inside another went with it)
            tag.decompose()
    _number_lists(soup)
    rows: dict[str, list[tuple[str, str, int | None]]] = {}
    token = uuid.uuid4().hex  # where each table stood, in a mark no page can hold
    for t, table in enumerate(soup.find_all("table"), start=1):
        if table.find_parent("table") is not None:
            continue  # nested layout tables are read as cells of their parent
        mark = f"{token}{t}{token}"
        rows[mark] = []
        for n, tr in enumerate(table.find_all("tr"), start=1):
            cells = [_cell_lines(cell) for cell in tr.find_all(["td", "th"])]
            if (len(cells) == 1 or len(cells) == 2 and len(cells[0]) <= 40) and "\n" in cells[-1]:
                # a page laid out as "Response | <the reply's paragraphs and lists>": the reply, read as text
                # (not "<the request's questions> | <the reply>", whose questions are no reply)
                text = "\n".join(c for c in cells if c)
                rows[mark].append((f"table {t} row {n}", text, None))
                continue
            line = row_text(cells)
            if line:
                rows[mark].append((f"table {t} row {n}", line, n))
        table.replace_with(soup.new_string(f"\n{mark}\n"))
    for tag in soup.find_all(_BLOCKS):
        tag.insert_before("\n")
        tag.insert_after("\n")
    out: list[tuple[str, str, int | None]] = []
    for part in re.split(f"({token}\\d+{token})", soup.get_text()):
        if part in rows:
            out.extend(rows[part])
            continue
        text = re.sub(r"\n\s*\n+", "\n", re.sub(r"[ \t\xa0]+", " ", part)).strip()
        if text:
            out.append(("text", text, None))
    return out


_ROMAN = ("i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii")


def _number_lists(soup: Any) -> None:
    """Each item of a numbered list (``<ol>``) opens with its number as a browser shows it ("1. ", "b. ",
    "iii. "), from the list's ``start`` and ``type`` and an item's ``value``: a reply's "1. 412" and the
    request's questions keep the numbers they are read by."""
    for ol in soup.find_all("ol"):
        kind = str(ol.get("type") or "1")
        n = _int(ol.get("start"), 1)
        for li in ol.find_all("li", recursive=False):
            n = _int(li.get("value"), n)
            if kind in ("a", "A") and 1 <= n <= 26:
                label = chr(ord(kind) + n - 1)
            elif kind in ("i", "I") and 1 <= n <= len(_ROMAN):
                label = _ROMAN[n - 1] if kind == "i" else _ROMAN[n - 1].upper()
            else:
                label = str(n)
            li.insert(0, soup.new_string(f"{label}. "))
            n += 1


def _int(value: Any, default: int) -> int:
    try:
        return int(str(value))
    except (TypeError, ValueError):
        return default


def _cell_lines(cell: Any) -> str:
    """A table cell's text with its paragraphs, list items and line breaks on lines of their own (a cell of a
    published reply holding "1. ... manufacturers:" over a list of makes and counts), as a Word cell's
    paragraphs are."""
    mark = "\x00"
    for tag in cell.find_all(_BLOCKS):
        tag.insert_before(mark)
        tag.insert_after(mark)
    return re.sub(r"\s*\x00[\s\x00]*", "\n", cell.get_text(" ", strip=True)).strip()


_FURNITURE_TAGS = ("nav", "aside", "footer")
_FURNITURE_ROLES = ("navigation", "banner", "contentinfo", "complementary", "search")
# a word of a class or id naming a page's furniture ("govuk-cookie-banner", "breadcrumbs", "layout-sidebar",
# "field--name-field-tags"), each word split at its hyphens
_LAYOUT = re.compile(r"(?:has|with|no|without|show|hide|layout|page|one|two|three)[-_]", re.IGNORECASE)
_FURNITURE_WORDS = frozenset(
    {"cookie", "cookies", "consent", "breadcrumb", "breadcrumbs", "crumbs", "sidebar", "skip", "tags"}
    | {"taxonomy", "keywords", "share", "social"}
)


def _page_furniture(tag: object) -> bool:
    """A web page's parts around its content: menus, sidebars, footers, the site's header (not an
    article's), a cookie banner, breadcrumbs (the caller keeps a part that holds the page's main content,
    and a class that names a layout, "has-sidebar", "layout-sidebar-right", is no furniture)."""
    from bs4 import Tag

    if not isinstance(tag, Tag) or tag.attrs is None:
        return False
    names = [n for n in (str(tag.get("id") or ""), *(tag.get("class") or [])) if not _LAYOUT.match(n)]
    words = {w.lower() for name in names for w in re.split(r"[-_\s]+", name.replace("side-bar", "sidebar"))}
    return (
        tag.name in _FURNITURE_TAGS
        or tag.get("role") in _FURNITURE_ROLES
        or (tag.name == "header" and tag.find_parent(["main", "article"]) is None)
        or (tag.name in ("ul", "ol") and _links_only(tag))  # "Related responses": links to other pages
        or bool(words & _FURNITURE_WORDS)
        or "site-header" in names
        or "site-footer" in names
    )


def _links_only(tag: Any) -> bool:
    items = tag.find_all("li", recursive=False)
    for li in items:
        text = li.get_text(" ", strip=True)
        linked = " ".join(a.get_text(" ", strip=True) for a in li.find_all("a"))
        if not text or len(linked) < 0.8 * len(text):
            return False
    return bool(items)
