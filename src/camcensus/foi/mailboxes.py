"""Where replies come from: e-mail files, mbox files and Maildir folders under a path, and new messages in
an IMAP mailbox (read-only, from the last UID seen), spooled to files for ingest.

``camcensus.foi.inbox.import_inbox`` ingests what these find and matches it to requests.
"""

from __future__ import annotations

import contextlib
import hashlib
import imaplib
import os
import re
import stat
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import update

from camcensus.foi.tls import client_context
from camcensus.store import Store
from camcensus.store.models import Document, Setting

MAIL_SUFFIXES = (".eml", ".msg", ".mbox", ".mbx")
IMAP_USER_ENV = "CAMCENSUS_IMAP_USER"
IMAP_PASSWORD_ENV = "CAMCENSUS_IMAP_PASSWORD"  # noqa: S105 - the name of a variable, not a password


class InboxError(ValueError):
    """An inbox path or mailbox that cannot be read."""


# --- finding the mail -------------------------------------------------------------------------------------


def _is_maildir(path: Path) -> bool:
    return (path / "cur").is_dir() and (path / "new").is_dir()


def _looks_like_mbox(path: Path) -> bool:
    try:
        with path.open("rb") as fh:
            head = fh.read(5)
    except OSError:
        return False
    return head == b"From "


def mail_paths(paths: Sequence[str | Path]) -> list[Path]:
    """The e-mail under the paths: .eml/.msg files, mbox files and Maildir folders (passed whole); other
    files in a folder (notes, label files) are left alone. A path named directly is always taken."""
    found: list[Path] = []
    for raw in paths:
        path = Path(raw)
        if not path.exists():
            raise InboxError(f"{path}: no such file or folder")
        if path.is_file() or _is_maildir(path):
            found.append(path)
            continue
        for root, dirs, files in os.walk(path):
            here = Path(root)
            dirs[:] = sorted(d for d in dirs if not d.startswith("."))
            for d in list(dirs):
                if _is_maildir(here / d):
                    found.append(here / d)
                    dirs.remove(d)
            for name in sorted(files):
                file = here / name
                if name.startswith("."):
                    continue
                if not _regular(file) or file.suffix.lower() in MAIL_SUFFIXES or _looks_like_mbox(file):
                    found.append(file)  # a link, a FIFO or a device is never opened here: ingest records it
    return found


def _regular(path: Path) -> bool:
    """A regular file, not followed through a link (a FIFO would hang a read, a link leave the folder)."""
    try:
        return stat.S_ISREG(os.lstat(path).st_mode)
    except OSError:
        return False


# --- IMAP ------------------------------------------------------------------------------------------------


@dataclass(frozen=True)
class ImapSource:
    host: str
    port: int = 993
    mailbox: str = "INBOX"
    ssl: bool = True
    starttls: bool = False
    allow_plaintext: bool = False  # log in over a connection without TLS (a server on loopback, say)

    @classmethod
    def parse(
        cls,
        text: str,
        mailbox: str = "INBOX",
        ssl: bool = True,
        starttls: bool = False,
        allow_plaintext: bool = False,
    ) -> ImapSource:
        host, sep, port = text.rpartition(":")
        if not sep:
            host, port = text, "993" if ssl else "143"
        if not host or not port.isdigit():
            raise InboxError(f"--imap must be HOST[:PORT], not {text!r}")
        return cls(host.strip("[]"), int(port), mailbox, ssl, starttls, allow_plaintext)

    @property
    def key(self) -> str:
        return f"foi.imap.{self.host}:{self.port}/{self.mailbox}"


def fetch_imap(
    source: ImapSource, after_uid: int = 0, uidvalidity: str | None = None, timeout: float = 60
) -> tuple[list[tuple[int, bytes]], str]:
    """New messages (UID above ``after_uid``; all when the mailbox's UIDVALIDITY changed), read-only.
    Credentials from CAMCENSUS_IMAP_USER / CAMCENSUS_IMAP_PASSWORD."""
    user, password = os.environ.get(IMAP_USER_ENV), os.environ.get(IMAP_PASSWORD_ENV)
    if not user:
        raise InboxError(f"set {IMAP_USER_ENV} and {IMAP_PASSWORD_ENV} to read {source.host}")
    if not (source.ssl or source.starttls or source.allow_plaintext):
        raise InboxError(
            f"the IMAP login to {source.host}:{source.port} would go without TLS: use SSL (the default), "
            "--starttls, or --allow-plaintext-login to send the password in clear text"
        )
    try:
        context = client_context() if source.ssl or source.starttls else None
        client = (
            imaplib.IMAP4_SSL(source.host, source.port, ssl_context=context, timeout=timeout)
            if source.ssl
            else imaplib.IMAP4(source.host, source.port, timeout=timeout)
        )
    except (OSError, ValueError) as exc:
        raise InboxError(f"IMAP server {source.host}:{source.port}: {exc}") from None
    try:
        if source.starttls and not source.ssl:
            client.starttls(ssl_context=context)
        client.login(user, password or "")
        status, _ = client.select(_quote(source.mailbox), readonly=True)
        if status != "OK":
            raise InboxError(f"IMAP mailbox {source.mailbox!r} cannot be opened")
        current = _uidvalidity(client)
        start = after_uid + 1 if uidvalidity is not None and current == uidvalidity else 1
        status, data = client.uid("SEARCH", f"UID {start}:*")
        uids = sorted(int(u) for u in (data[0] or b"").split() if int(u) >= start) if status == "OK" else []
        messages = []
        for uid in uids:
            status, parts = client.uid("FETCH", str(uid), "(BODY.PEEK[])")
            raw = next((p[1] for p in parts if isinstance(p, tuple)), None)
            if status == "OK" and isinstance(raw, bytes):
                messages.append((uid, raw))
        return messages, current
    except (imaplib.IMAP4.error, OSError) as exc:  # OSError: a certificate refused on STARTTLS, a reset
        raise InboxError(f"IMAP server {source.host}:{source.port}: {exc}") from None
    finally:
        with contextlib.suppress(OSError, imaplib.IMAP4.error):
            client.logout()


def _quote(mailbox: str) -> str:
    return mailbox if re.fullmatch(r"[A-Za-z0-9._/-]+", mailbox) else '"' + mailbox.replace('"', '\\"') + '"'


def _uidvalidity(client: imaplib.IMAP4) -> str:
    _typ, data = client.response("UIDVALIDITY")
    return (data[0] or b"").decode() if data and isinstance(data[0], bytes) else ""


@dataclass
class Spool:
    """New IMAP messages written to files for ingest, and the mailbox state to keep once they are in."""

    paths: list[Path]
    origins: dict[str, str]  # sha256 -> where the message came from (imap://host:port/mailbox;UID=n)
    state: dict[str, Any]


def imap_spool(store: Store, source: ImapSource, spool: Path) -> Spool:
    """The mailbox's new messages written as files under ``spool``, with where each came from."""
    with store.session() as session:
        row = session.get(Setting, source.key)
        state = dict(row.value) if row and row.value else {}
    messages, validity = fetch_imap(source, int(state.get("last_uid", 0)), state.get("uidvalidity"))
    paths, origins = [], {}
    for uid, raw in messages:
        path = spool / f"imap-{uid}.eml"
        path.write_bytes(raw)
        paths.append(path)
        origins[hashlib.sha256(raw).hexdigest()] = (
            f"imap://{source.host}:{source.port}/{source.mailbox};UID={uid}"
        )
    last = max([uid for uid, _ in messages], default=int(state.get("last_uid", 0)))
    return Spool(paths, origins, {"last_uid": last, "uidvalidity": validity})


def save_imap_state(store: Store, source: ImapSource, spool: Spool) -> None:
    """Remember the last UID read, and point the stored documents at the mailbox instead of the spool."""
    with store.session() as session:
        row = session.get(Setting, source.key)
        if row is None:
            session.add(Setting(key=source.key, value=spool.state))
        else:
            row.value = spool.state
        for digest, origin in spool.origins.items():
            session.execute(
                update(Document)
                .where(Document.sha256 == digest, Document.parent_id.is_(None))
                .values(source_path=origin)
                .execution_options(synchronize_session=False)
            )
