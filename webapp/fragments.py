"""Links that many pages repeat many times, written once in Python.

A results page links each hit's people and its PDF; as Jinja macros these were about half
the time of rendering the page (a macro call costs Jinja far more than a function call),
so the macros in templates/_macros.html hand over to these functions and every page
prints the same HTML. Every value is escaped here exactly as autoescaping would.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from flask import Flask, current_app, request, url_for
from markupsafe import Markup, escape

from webapp.display import person_slug

# Person links kept per catalogue: about as many as the index has people.
KEPT_PERSON_LINKS = 20_000


def person_link(name: str) -> Markup:
    """A person's name, linked to their page when they have one."""
    return _person_links()(name)


def people_list(names: Iterable[str] | None, label: str) -> Markup:
    """ "People: A, B" with each name linked as ``person_link`` links it; nothing for no names."""
    names = list(names or ())
    if not names:
        return Markup("")
    link = _person_links()
    linked = ", ".join(link(name) for name in names)
    return Markup(
        f'<p class="people"><span class="people-label">{escape(label)}:</span>\n'
        f'<span class="people-names">{linked}</span></p>'
    )


def pdf_link(doc: str, page: int | None) -> Markup:
    """The original PDF, opened at ``page`` (the first when unknown)."""
    href = url_for("documents.original", doc=doc)
    return Markup(
        f'<a class="pdf-link" href="{escape(href)}#page={escape(page or 1)}">Open PDF at page {escape(page or 1)}</a>'
    )


def _person_links() -> Callable[[str], Markup]:
    """``person_link`` for this request: a link once built is kept with the catalogue (which
    decides who has a page, and is replaced when the index changes)."""
    from webapp import get_catalogue

    catalogue = get_catalogue(current_app)
    policy = current_app.config["PERSON_PAGES"]
    root = request.script_root
    kept = catalogue.links

    def link(name: str) -> Markup:
        key = (root, policy, name)
        html = kept.get(key)
        if html is None:
            if catalogue.has_page(name, policy):
                href = url_for("people.person", slug=person_slug(name))
                html = Markup(f'<a class="person-link" href="{escape(href)}">{escape(name)}</a>')
            else:
                html = Markup(f'<span class="person-name">{escape(name)}</span>')
            if len(kept) < KEPT_PERSON_LINKS:
                kept[key] = html
        return html

    return link


def register(app: Flask) -> None:
    """Make the functions callable from every template."""
    app.jinja_env.globals.update(person_link_html=person_link, people_list_html=people_list, pdf_link_html=pdf_link)
