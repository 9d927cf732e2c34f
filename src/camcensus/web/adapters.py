"""Thin adapters to the core functions other stages own, with a minimal stand-in until each one exists.

Every stand-in here is temporary: once the owning module is on main the import succeeds and the stand-in is
not used.
"""

from __future__ import annotations

from typing import Any


def core_function(module: str, name: str) -> Any | None:
    """The named core function when its module is present, else None."""
    import importlib

    try:
        return getattr(importlib.import_module(module), name)
    except (ImportError, AttributeError):
        return None
