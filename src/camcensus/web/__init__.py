"""The web app: a second thin shell over the core, server-rendered pages and a JSON API under /api."""

from camcensus.web.app import create_app

__all__ = ["create_app"]
