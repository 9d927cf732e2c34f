"""Thin adapters to the core functions other stages own, with a minimal stand-in until each one exists.

Every stand-in here is temporary: once the owning module is on main the import succeeds and the stand-in is
not used.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_PHONE = re.compile(r"(?<!\w)(?:\+44\s?|0)(?:\d[\s-]?){9,10}(?!\w)")


def _fallback_redact(text: str) -> str:
    text = _EMAIL.sub("[email redacted]", text)
    return _PHONE.sub("[phone redacted]", text)


def redactor() -> Callable[[str], str]:
    try:
        from camcensus.reports.redact import redact
    except ImportError:
        return _fallback_redact
    return redact


def core_function(module: str, name: str) -> Any | None:
    """The named core function when its module is present, else None."""
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
