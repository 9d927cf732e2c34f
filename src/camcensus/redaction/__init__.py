"""Personal data out of everything the public sees: one redaction, used by every public output.

``redact(text)`` is the text with officers' and requesters' personal data replaced by a mark
(``[name redacted]``, ``[email redacted]``, ``[phone redacted]``, ``[address redacted]``,
``[signature redacted]``); ``redaction(text)`` is what was found, for the review screen that shows what will
be published. One module per rule:

- ``emails``: addresses in any script and their spelt-out forms; a role address (``foi@``) stays.
- ``phones``: numbers in any UK or international form, by libphonenumber; extensions.
- ``places``: UK postcodes, house-number street lines, and the address lines before a postcode.
- ``names``: people's names from their context (salutations, titles, "my colleague", sign-offs and the
  signature block after them, names beside a job title) and from the ONS forename list.

The facts stay: vendors and their brands, model numbers, counts, dates, section numbers, role addresses,
job titles, organisations and places in the register. The text is first cleaned of invisible characters
(bidirectional controls, zero-width spaces) and NFKC-normalised, so none of them can split a name or a
number past the rules; the published text is that cleaned text.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from functools import lru_cache

from camcensus.redaction import emails, names, phones, places
from camcensus.redaction.spans import MARKS, Removal, merged
from camcensus.safetext import display_text, invisible

__all__ = ["MARKS", "Redaction", "Removal", "clean", "public_filename", "redact", "redaction"]


@dataclass(frozen=True)
class Redaction:
    """A text as read (cleaned) and the personal data found in it."""

    source: str
    removals: tuple[Removal, ...]

    @property
    def text(self) -> str:
        """The text as published: each removal replaced by its mark."""
        out, cursor = [], 0
        for r in self.removals:
            out += [self.source[cursor : r.start], r.mark]
            cursor = r.end
        return "".join(out) + self.source[cursor:]

    def pieces(self) -> list[tuple[str, str | None]]:
        """The source cut into (text, kind) pieces, kind None where nothing was removed."""
        out: list[tuple[str, str | None]] = []
        cursor = 0
        for r in self.removals:
            if r.start > cursor:
                out.append((self.source[cursor : r.start], None))
            out.append((self.source[r.start : r.end], r.kind))
            cursor = r.end
        if cursor < len(self.source):
            out.append((self.source[cursor:], None))
        return out


def clean(text: str) -> str:
    """NFKC text without invisible characters; line breaks kept (a signature block ends at a blank line)."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    kept = "".join(c for c in text if c in "\n\t" or not invisible(c))
    return unicodedata.normalize("NFKC", kept)


@lru_cache(maxsize=65536)
def redaction(text: str) -> Redaction:
    """What each rule finds in the cleaned text, overlaps merged."""
    source = clean(text)
    found = emails.find(source) + phones.find(source) + places.find(source) + names.find(source)
    return Redaction(source, merged(found))


def redact(text: str | None) -> str:
    """The text with personal data replaced by marks; facts, role addresses and job titles kept."""
    return redaction(text).text if text else ""


def public_filename(filename: str | None) -> str:
    """A file name as the public sees it: on one line, without bidi overrides or other invisible characters,
    and redacted ("Reply to Jane Doe.pdf")."""
    return redact(display_text(filename))
