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

from flask import Flask, Response, render_template

from webapp import display

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
    app = Flask(__name__)
    # Flask would take DEBUG from FLASK_DEBUG in the environment; a served app never
    # shows tracebacks, so only an explicit test_config can switch it on.
    app.config.from_mapping(INDEX_DIR=os.environ.get("MINUTED_INDEX", "var/index"), DEBUG=False)
    if test_config:
        app.config.update(test_config)
    app.extensions["minuted_index"] = None
    app.extensions["minuted_catalogue"] = None

    from webapp.views import api, commitments, documents, meetings, people, search

    for module in (search, api, people, meetings, commitments, documents):
        app.register_blueprint(module.bp)
    display.register(app)
    _register_error_pages(app)

    @app.after_request
    def security_headers(response: Response) -> Response:
        response.headers.setdefault("X-Content-Type-Options", "nosniff")
        response.headers.setdefault("Referrer-Policy", "same-origin")
        if response.mimetype == "text/html":
            response.headers.setdefault("Content-Security-Policy", CONTENT_SECURITY_POLICY)
        return response

    return app


def _register_error_pages(app: Flask) -> None:
    """Every failure gets a page in the site's layout, never a traceback."""

    @app.errorhandler(404)
    def not_found(_error: Exception) -> tuple[str, int]:
        return render_template("error.html", title="Not found", message="There is no such page."), 404

    @app.errorhandler(IndexUnavailable)
    def no_index(_error: IndexUnavailable) -> tuple[str, int]:
        message = "The papers have not been indexed yet. Run “make index” (or “make run”) and reload this page."
        return render_template("error.html", title="No index yet", message=message), 503

    @app.errorhandler(500)
    def server_error(_error: Exception) -> tuple[str, int]:
        message = "Something went wrong on our side while building this page."
        return render_template("error.html", title="Something went wrong", message=message), 500


def index_dir(app: Flask) -> Path:
    """The folder the app reads: Whoosh segments, manifest and records."""
    return Path(app.config["INDEX_DIR"])


def get_index(app: Flask) -> SearchIndex:
    """The opened index, created once per process and refreshed by its searcher."""
    from indexer.index.search import SearchIndex

    with _open_lock:
        if app.extensions.get("minuted_index") is None:
            try:
                app.extensions["minuted_index"] = SearchIndex(index_dir(app))
            except FileNotFoundError:
                raise IndexUnavailable(index_dir(app)) from None
        return app.extensions["minuted_index"]


def get_catalogue(app: Flask) -> Catalogue:
    """People and meetings read from the stored records, rebuilt when the manifest changes."""
    from webapp.catalogue import Catalogue

    index = get_index(app)  # the same friendly 503 when nothing is indexed yet
    with _open_lock:
        current = app.extensions.get("minuted_catalogue")
        if current is None or current.is_stale():
            app.extensions["minuted_catalogue"] = Catalogue.load(index_dir(app), index.aliases())
        return app.extensions["minuted_catalogue"]
