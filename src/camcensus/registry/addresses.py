"""E-mail addresses and the domains a body owns: one rule for the register, the outbox and the inbox.

An address is one mailbox, checked by ``email-validator`` (syntax and IDNA, no DNS look-up): a list
("foi@a.example, victim@b.example"), a display name or a line break is refused, so a letter goes to one
recipient and no header can be injected through the register.

A body's own domains are those of its FOI address and its website, and any declared in the register
(``Body.domains``). Shared mail services (``data/shared_mail_domains.txt``: gmail.com, nhs.net, gov.uk ...)
and public suffixes (the Public Suffix List: police.uk, sch.uk ...) are nobody's own; a subdomain of an own
domain is the body's too (mail.council.gov.uk for council.gov.uk), a look-alike (council-foi.example,
council.example.evil.example) is not.
"""

from __future__ import annotations

from collections.abc import Iterable
from functools import cache
from importlib import resources
from typing import Any
from urllib.parse import urlsplit

from email_validator import EmailNotValidError, validate_email


class AddressError(ValueError):
    """Not exactly one valid e-mail address."""


def check_mailbox(text: str | None) -> str:
    """The address, normalised (domain lower-cased and in IDNA form kept readable), when ``text`` is exactly
    one valid mailbox with no display name; AddressError saying why otherwise."""
    raw = text or ""
    if not raw.strip():
        raise AddressError("no e-mail address")
    if raw != raw.strip() or any(c in raw for c in '\r\n\t,;<>"'):
        raise AddressError(f"not one e-mail address: {raw!r} (a list, a name or a line break?)")
    try:
        found = validate_email(raw, check_deliverability=False, allow_display_name=False)
    except EmailNotValidError as exc:
        raise AddressError(f"not a valid e-mail address: {raw!r} ({exc})") from None
    return f"{found.local_part}@{found.ascii_domain.lower()}"


def valid_mailbox(text: str | None) -> str | None:
    """``check_mailbox`` or None."""
    try:
        return check_mailbox(text)
    except AddressError:
        return None


def domain_of(address: str | None) -> str:
    """The ASCII domain of a valid address, lower-case; "" for anything else."""
    mailbox = valid_mailbox(address)
    return mailbox.rsplit("@", 1)[1] if mailbox else ""


def normal_domain(text: str | None) -> str | None:
    """A host name lower-cased in its ASCII (IDNA) form, without a trailing dot; None when it is not one."""
    host = (text or "").strip().rstrip(".").lower()
    if not host or any(c in host for c in "@/:\\ \r\n\t"):
        return None
    mailbox = valid_mailbox(f"postmaster@{host}")
    return mailbox.rsplit("@", 1)[1] if mailbox else None


@cache
def shared_domains() -> frozenset[str]:
    """Mail services many people or organisations share (the data file)."""
    text = resources.files("camcensus.registry").joinpath("data", "shared_mail_domains.txt").read_text()
    lines = (line.split("#", 1)[0].strip().lower() for line in text.splitlines())
    return frozenset(line for line in lines if line)


@cache
def _suffixes() -> Any:
    from publicsuffixlist import PublicSuffixList

    return PublicSuffixList()


def is_shared(domain: str) -> bool:
    """A shared mail service or a public suffix: an address there names no one organisation."""
    return domain in shared_domains() or bool(_suffixes().is_public(domain))


def own_domain(text: str | None) -> str | None:
    """``text`` as a domain one body may own, or None (not a domain, shared, or a public suffix)."""
    domain = normal_domain(text)
    return domain if domain and not is_shared(domain) else None


def website_domain(url: str | None) -> str | None:
    """The domain of a website address (``https://www.council.gov.uk/foi`` -> council.gov.uk)."""
    text = (url or "").strip()
    if not text:
        return None
    host = urlsplit(text if "//" in text else f"//{text}").hostname or ""
    return own_domain(host.removeprefix("www."))


def body_domains(email: str | None, website: str | None = None, declared: Iterable[str] = ()) -> list[str]:
    """A body's own domains: its FOI address's, its website's and those declared in the register."""
    found = {own_domain(domain_of(email)), website_domain(website)}
    found |= {own_domain(d) for d in declared}
    return sorted(d for d in found if d)


def parse_domains(text: str | None) -> list[str]:
    """A register's ``domains`` cell: domains separated by spaces, commas or semicolons; AddressError for one
    that no single body can own."""
    out = []
    for item in (text or "").replace(",", " ").replace(";", " ").split():
        domain = own_domain(item)
        if domain is None:
            raise AddressError(f"not a domain one body owns: {item!r} (shared, a public suffix or invalid)")
        out.append(domain)
    return sorted(set(out))


def within(domain: str, owned: Iterable[str]) -> bool:
    """``domain`` is one of ``owned`` or a subdomain of one (never merely ending with the same letters)."""
    return bool(domain) and any(domain == d or domain.endswith("." + d) for d in owned)
