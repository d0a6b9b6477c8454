"""Serves a built site under a URL subpath, the way GitHub Pages serves a project site."""

from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

SUBPATH = "/kb/"


class _SubpathHandler(http.server.SimpleHTTPRequestHandler):
    """Serves files only below SUBPATH; everything else is a 404, like a project site."""

    def translate_path(self, path: str) -> str:
        if not path.startswith(SUBPATH):
            return str(Path(self.directory) / "__outside_subpath__")
        return super().translate_path("/" + path[len(SUBPATH) :])

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass


class SiteServer:
    """A local HTTP server in a background thread; `url` is the site's base URL."""

    def __init__(self, site_dir: Path) -> None:
        self.site_dir = site_dir
        handler = functools.partial(_SubpathHandler, directory=str(site_dir))
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    @property
    def port(self) -> int:
        return self._httpd.server_address[1]

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.port}{SUBPATH}"

    def start(self) -> SiteServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._httpd.shutdown()
        self._httpd.server_close()

    def __enter__(self) -> SiteServer:
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()


class _SitesHandler(http.server.SimpleHTTPRequestHandler):
    """Serves each site of ``sites`` (subpath → folder) below its own subpath; the rest is a 404."""

    sites: dict[str, Path] = {}

    def translate_path(self, path: str) -> str:
        for subpath, folder in self.sites.items():
            if path.startswith(subpath):
                self.directory = str(folder)
                return super().translate_path("/" + path[len(subpath) :])
        return str(Path(self.directory) / "__outside_every_site__")

    def log_message(self, format: str, *args) -> None:  # noqa: A002 - stdlib signature
        pass


class SitesServer(SiteServer):
    """Several built sites on one origin, each under its own subpath, as GitHub Pages serves the
    project sites of one account (https://ORG.github.io/sales-kb/, …/other-team-kb/)."""

    def __init__(self, sites: dict[str, Path]) -> None:
        handler = type("Handler", (_SitesHandler,), {"sites": dict(sites)})
        first = next(iter(sites.values()))
        self.site_dir = first
        self._httpd = http.server.ThreadingHTTPServer(
            ("127.0.0.1", 0), functools.partial(handler, directory=str(first))
        )
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)

    def url_of(self, subpath: str) -> str:
        return f"http://127.0.0.1:{self.port}{subpath}"


class CuttableSiteServer(SiteServer):
    """A SiteServer whose network can be cut and brought back on the same address: while cut,
    nothing listens, so the browser's connections are refused (a service worker sees a real
    network failure, not a request a test aborted)."""

    def cut(self) -> None:
        """Stop listening; the port stays this server's (nothing else binds it in a test run)."""
        self.stop()

    def restore(self) -> None:
        """Listen again on the same port, serving the same folder (as it is now)."""
        handler = functools.partial(_SubpathHandler, directory=str(self.site_dir))
        self._httpd = http.server.ThreadingHTTPServer(("127.0.0.1", self.port_kept), handler)
        self._thread = threading.Thread(target=self._httpd.serve_forever, daemon=True)
        self._thread.start()

    def start(self) -> CuttableSiteServer:
        self.port_kept = self.port
        super().start()
        return self
