"""Links within the site, built once and then looked up.

A results page holds about fifty links (each hit's paper, meeting, PDF and people, each
facet value); werkzeug builds every one by walking its URL rules, which was a quarter of
the time of a page whose search was already answered (issue 17). A link within the site
depends only on its endpoint, its values and where the app is mounted, so the built link
is kept, and a facet link is the search page's path with its query string appended.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from typing import Any
from urllib.parse import quote_plus

from flask import Flask, request
from flask.globals import _cv_request

KEPT_LINKS = 8192
# The characters werkzeug leaves unquoted in a query string, so a link reads the same
# whichever way it was built.
_QUERY_SAFE = "!$'()*,/:;?@"


class LinkingFlask(Flask):
    """Flask whose ``url_for`` remembers the links it built for requests."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._links: OrderedDict[tuple, str] = OrderedDict()
        self._links_lock = threading.Lock()

    def url_for(  # noqa: PLR0913 - Flask's own signature
        self,
        /,
        endpoint: str,
        *,
        _anchor: str | None = None,
        _method: str | None = None,
        _scheme: str | None = None,
        _external: bool | None = None,
        **values: Any,
    ) -> str:
        plain = _anchor is None and _method is None and _scheme is None and not _external
        if not plain or _cv_request.get(None) is None:
            return super().url_for(
                endpoint, _anchor=_anchor, _method=_method, _scheme=_scheme, _external=_external, **values
            )
        relative_to = request.blueprint if endpoint[:1] == "." else None
        try:
            key = (request.script_root, relative_to, endpoint, tuple(values.items()))
            link = self._links.get(key)
        except TypeError:  # a value that cannot be a key (a list): built as Flask builds it
            return super().url_for(endpoint, **values)
        if link is None:
            link = super().url_for(endpoint, **values)
            with self._links_lock:
                self._links[key] = link
                while len(self._links) > KEPT_LINKS:
                    self._links.popitem(last=False)
        return link


def query_pair(name: str, value: Any) -> str:
    """One ``name=value`` of a query string, encoded as ``url_for`` (``urlencode``) encodes it."""
    return f"{quote_plus(str(name), safe=_QUERY_SAFE)}={quote_plus(str(value), safe=_QUERY_SAFE)}"
