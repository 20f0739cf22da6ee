"""A live server over the indexed sample corpus and one Chromium for the whole session.

Playwright drives Debian's Chromium (``playwright install`` cannot download browsers
here). The server is werkzeug's, in a thread on a free port; starting both once keeps
the browser tests to a few seconds.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]
DESKTOP = {"width": 1280, "height": 900}
PHONE = {"width": 375, "height": 800}


@pytest.fixture(scope="session")
def live_server(indexed_corpus: Path) -> Iterator[str]:
    """The web app over the sample corpus at http://127.0.0.1:<free port>."""
    from werkzeug.serving import make_server

    from webapp import create_app

    app = create_app({"INDEX_DIR": str(indexed_corpus)})
    server = make_server("127.0.0.1", 0, app, threaded=True)
    thread = threading.Thread(target=server.serve_forever, name="minuted-live-server", daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_port}"
    finally:
        server.shutdown()
        thread.join(timeout=10)
        server.server_close()


@pytest.fixture(scope="session")
def chromium():  # noqa: ANN201 - playwright Browser
    if not CHROMIUM.exists():
        pytest.skip("Debian's chromium is not installed (make system-deps)")
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture(scope="session")
def desktop(chromium, live_server: str):  # noqa: ANN001, ANN201 - playwright BrowserContext
    """One desktop-sized browser context for the session; each test opens its own tab."""
    context = chromium.new_context(base_url=live_server, viewport=DESKTOP)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture(scope="session")
def phone(chromium, live_server: str):  # noqa: ANN001, ANN201 - playwright BrowserContext
    """A 375-pixel-wide touch browser, the width of a small phone."""
    context = chromium.new_context(base_url=live_server, viewport=PHONE, is_mobile=True, has_touch=True)
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.fixture()
def tab(desktop):  # noqa: ANN001, ANN201 - playwright Page
    page = desktop.new_page()
    yield page
    page.close()


@pytest.fixture()
def phone_tab(phone):  # noqa: ANN001, ANN201 - playwright Page
    page = phone.new_page()
    yield page
    page.close()


@pytest.fixture()
def no_script_tab(chromium, live_server: str):  # noqa: ANN001, ANN201 - playwright Page
    """A tab with JavaScript switched off, as some readers browse."""
    context = chromium.new_context(base_url=live_server, viewport=DESKTOP, java_script_enabled=False)
    context.set_default_timeout(10_000)
    yield context.new_page()
    context.close()
