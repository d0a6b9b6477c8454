"""Launches Debian's Chromium through Playwright and records what a page requests."""

from __future__ import annotations

from dataclasses import dataclass, field
from urllib.parse import urlsplit

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]
PHONE = {"width": 375, "height": 740}
DESKTOP = {"width": 1280, "height": 800}
SCREENS = {
    "phone-light": (PHONE, "light"),
    "phone-dark": (PHONE, "dark"),
    "desktop-light": (DESKTOP, "light"),
    "desktop-dark": (DESKTOP, "dark"),
}
"""The four screens every page is looked at on (for parametrize: ids are the keys)."""


@dataclass
class PageWatch:
    """Everything a page did that a test may want to forbid: requests, errors, dialogs."""

    requests: list[str] = field(default_factory=list)
    console_errors: list[str] = field(default_factory=list)
    page_errors: list[str] = field(default_factory=list)
    dialogs: list[str] = field(default_factory=list)
    accept_dialogs: bool = False
    """Tests that expect a confirm() set this; otherwise every dialog is recorded and dismissed."""

    def foreign_requests(self, allowed_host: str = "127.0.0.1") -> list[str]:
        """Requests to any host but the site's own (data: and blob: URLs are local)."""
        foreign = []
        for url in self.requests:
            parts = urlsplit(url)
            if parts.scheme in ("data", "blob", "about"):
                continue
            if parts.hostname != allowed_host:
                foreign.append(url)
        return foreign


def watch_page(page) -> PageWatch:
    """Attach listeners that record requests, console errors, page errors and dialogs."""
    watch = PageWatch()
    page.on("request", lambda request: watch.requests.append(request.url))
    page.on(
        "console",
        lambda message: watch.console_errors.append(message.text) if message.type == "error" else None,
    )
    page.on("pageerror", lambda error: watch.page_errors.append(str(error)))

    def answer(dialog) -> None:
        watch.dialogs.append(dialog.message)
        dialog.accept() if watch.accept_dialogs else dialog.dismiss()

    page.on("dialog", answer)
    return watch
