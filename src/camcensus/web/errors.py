"""Errors as people and programs want them: an HTML page (404, 422, 500) for a browser, JSON for an API
client, told apart by the path and the Accept header."""

from __future__ import annotations

import logging
from http import HTTPStatus
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import HTMLResponse, JSONResponse, Response
from starlette.exceptions import HTTPException as StarletteHTTPException

from camcensus.web import pages

LOG = logging.getLogger(__name__)


def wants_json(request: Request) -> bool:
    """An API client's request (JSON errors) rather than a browser's (HTML pages): a path under /api, a
    static file or the spec, or an Accept header that asks for JSON and not HTML."""
    path = request.url.path
    if path.startswith(("/api/", "/static/")) or path in ("/api", "/openapi.json"):
        return True
    accept = request.headers.get("accept", "")
    return "application/json" in accept and "text/html" not in accept


def _error_page(request: Request, status: int, detail: Any) -> Response:
    if wants_json(request):
        return JSONResponse({"detail": detail}, status_code=status)
    try:
        return pages.render(request, "error.html", status_code=status, status=status, detail=detail)
    except Exception:  # noqa: BLE001 - the page cannot be drawn (a broken store): a plain one instead
        LOG.exception("could not render the error page")
        return HTMLResponse(FALLBACK_PAGE.format(status=status), status_code=status)


FALLBACK_PAGE = (
    '<!doctype html><html lang="en"><meta charset="utf-8"><meta name="viewport" content="width=device-width">'
    "<title>Error {status} · camcensus</title><h1>{status}</h1><p>Something went wrong on our side. "
    '<a href="/">Back to the dashboard</a></p></html>'
)
ERROR_WORDS = {
    404: "There is no page at this address.",
    500: "Something went wrong on our side; the error is logged. Try again, or go back to the dashboard.",
}


def register(app: FastAPI) -> None:
    """Error answers: HTML pages for browsers, JSON for API clients, for every status and for a crash."""

    @app.exception_handler(StarletteHTTPException)
    async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
        detail = exc.detail if wants_json(request) else _said(exc.status_code, exc.detail)
        response = _error_page(request, exc.status_code, detail)
        response.headers.update(exc.headers or {})
        return response

    @app.exception_handler(RequestValidationError)
    async def invalid(request: Request, exc: RequestValidationError) -> Response:
        detail = [{"loc": e.get("loc"), "msg": e.get("msg")} for e in exc.errors()]
        if wants_json(request):
            return JSONResponse({"detail": detail}, status_code=422)
        text = "; ".join(f"{'.'.join(map(str, d['loc'] or []))}: {d['msg']}" for d in detail)
        return _error_page(request, 422, text)

    @app.exception_handler(Exception)
    async def crashed(request: Request, exc: Exception) -> Response:
        # Starlette logs the exception after this answer; the visitor sees a page, an API client JSON
        detail = "Internal Server Error" if wants_json(request) else ERROR_WORDS[500]
        return _error_page(request, 500, detail)


def _said(status: int, detail: Any) -> Any:
    """Starlette's own words for a status ('Not Found') read better as a sentence on a page."""
    return ERROR_WORDS.get(status, detail) if detail == HTTPStatus(status).phrase else detail
