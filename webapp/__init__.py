"""The Minuted web app: search board papers in a browser."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from flask import Flask, render_template


def create_app(test_config: dict[str, Any] | None = None) -> Flask:
    """Application factory; the index is opened once, on first use, and shared."""
    app = Flask(__name__)
    app.config.from_mapping(INDEX_DIR=os.environ.get("MINUTED_INDEX", "var/index"))
    if test_config:
        app.config.update(test_config)
    app.extensions["minuted_index"] = None

    from webapp.views import api, commitments, documents, meetings, people, search

    for module in (search, api, people, meetings, commitments, documents):
        app.register_blueprint(module.bp)

    @app.errorhandler(404)
    def not_found(_error: Exception):  # noqa: ANN202
        return render_template("404.html"), 404

    return app


def get_index(app: Flask):  # noqa: ANN201 - SearchIndex
    """The opened index, created once per process and refreshed by its searcher."""
    from indexer.search import SearchIndex

    if app.extensions.get("minuted_index") is None:
        app.extensions["minuted_index"] = SearchIndex(Path(app.config["INDEX_DIR"]))
    return app.extensions["minuted_index"]
