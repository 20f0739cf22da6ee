"""The Minuted web app: search board papers in a browser.

``create_app`` is the one place configuration meets the app (environment variables are
read here and nowhere else in webapp/). The index and the catalogue of people and
meetings are opened once per process and shared by every request.
"""

from __future__ import annotations

import os
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

from flask import Flask, Response, g, has_app_context, jsonify, render_template, request
from werkzeug.exceptions import HTTPException

from webapp import display, fragments
from webapp.links import LinkingFlask

if TYPE_CHECKING:
    from indexer.index.search import SearchIndex
    from webapp.catalogue import Catalogue

# No script runs on any page, and styles come only from our own stylesheet, so a
# string that slipped past escaping still could not run in a reader's browser.
CONTENT_SECURITY_POLICY = (
    "default-src 'self'; script-src 'none'; style-src 'self'; img-src 'self' data:; "
    "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'"
)

_open_lock = threading.Lock()


class IndexUnavailable(Exception):
    """The configured index folder holds no index yet (``make index`` has not run)."""

    def __init__(self, index_dir: Path) -> None:
        super().__init__(f"no index in {index_dir}")
        self.index_dir = index_dir


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Application factory, as in Flask's tutorial: config, blueprints, error pages."""
    from indexer.index.result_cache import DEFAULT_SIZE, ResultCache
    from indexer.index.search import SEARCH_BUDGET_S

    app = LinkingFlask(__name__)
    # "//" in a path is not merged by a redirect: werkzeug builds that redirect from the
    # request's Host header, so a forged Host would send the reader to another site.
    app.url_map.merge_slashes = False
    # Flask would take DEBUG from FLASK_DEBUG in the environment; a served app never
    # shows tracebacks, so only an explicit test_config can switch it on.
    app.config.from_mapping(
        INDEX_DIR=os.environ.get("MINUTED_INDEX", "var/index"),
        # "listed": person pages for the members and officers papers list; "everyone": for
        # every named person (public speakers, first-name-only young people among them).
        PERSON_PAGES=os.environ.get("MINUTED_PERSON_PAGES", "listed"),
        TODAY=None,  # the day that decides what is overdue; tests set it, else the real today
        # Seconds a search may spend matching before it answers with what it has found.
        SEARCH_BUDGET_S=float(os.environ.get("MINUTED_SEARCH_BUDGET", SEARCH_BUDGET_S)),
        # Results kept for searches asked again (0: every search runs afresh).
        SEARCH_CACHE=int(os.environ.get("MINUTED_SEARCH_CACHE", DEFAULT_SIZE)),
        DEBUG=False,
    )
    if test_config:
        app.config.update(test_config)
    app.extensions["minuted_index"] = None
    app.extensions["minuted_catalogue"] = None
    app.extensions["minuted_pages"] = ResultCache(app.config["SEARCH_CACHE"], copy=lambda page: page)

    from webapp.views import api, commitments, documents, meetings, people, search

    for module in (search, api, people, meetings, commitments, documents):
        app.register_blueprint(module.bp)
    display.register(app)
    fragments.register(app)
    _register_error_pages(app)

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        # Static files change only with a release; pages and API answers change with every
        # re-index, so a browser or proxy must ask again before reusing one.
        if request.path.startswith(f"{app.static_url_path}/"):
            response.headers["Cache-Control"] = "public, max-age=3600"
        else:
            response.headers.setdefault("Cache-Control", "no-cache")
        return response

    return app


def _register_error_pages(app: Flask) -> None:
    """Every failure gets a page in the site's layout, never a traceback; under /api/ the
    same failure is JSON, since a script reads it."""

    def failure(status: int, title: str, message: str) -> tuple[Response | str, int]:
        if request.path.startswith("/api/"):
            return jsonify({"error": message, "status": status}), status
        return render_template("error.html", title=title, message=message), status

    @app.errorhandler(HTTPException)
    def http_error(error: HTTPException) -> tuple[Response | str, int]:
        if error.code == 404:
            return failure(404, "Not found", "There is no such page.")
        return failure(error.code or 500, error.name, error.description or error.name)

    @app.errorhandler(IndexUnavailable)
    def no_index(_error: IndexUnavailable) -> tuple[Response | str, int]:
        message = "The papers have not been indexed yet. Run “make index” (or “make run”) and reload this page."
        return failure(503, "No index yet", message)

    @app.errorhandler(500)
    def server_error(_error: Exception) -> tuple[Response | str, int]:
        return failure(500, "Something went wrong", "Something went wrong on our side while building this page.")


def index_dir(app: Flask) -> Path:
    """The folder the app reads: Whoosh segments, manifest and records."""
    return Path(app.config["INDEX_DIR"])


def get_index(app: Flask) -> SearchIndex:
    """The opened index, created once per process and refreshed by its searcher."""
    from indexer.index.search import SearchIndex

    with _open_lock:
        if app.extensions.get("minuted_index") is None:
            try:
                app.extensions["minuted_index"] = SearchIndex(index_dir(app), app.config["SEARCH_CACHE"])
            except FileNotFoundError:
                raise IndexUnavailable(index_dir(app)) from None
        return app.extensions["minuted_index"]


def get_catalogue(app: Flask) -> Catalogue:
    """People and meetings read from the stored records, rebuilt when the manifest changes."""
    from webapp.catalogue import Catalogue

    # Looked at once a request: a results page asks for it for every name it links
    # (webapp/fragments.py), and each look stats the index's files.
    if has_app_context() and g.get("minuted_catalogue") is not None:
        return g.minuted_catalogue
    index = get_index(app)  # the same friendly 503 when nothing is indexed yet
    with _open_lock:
        current = app.extensions.get("minuted_catalogue")
        if current is None or current.is_stale():
            app.extensions["minuted_catalogue"] = current = Catalogue.load(
                index_dir(app), index.aliases(), today=app.config.get("TODAY")
            )
    if has_app_context():
        g.minuted_catalogue = current
    return current
