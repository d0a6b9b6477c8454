"""A minimal Language Server Protocol client: what an editor does to get a file's diagnostics.

It starts yaml-language-server over stdio, says ``initialize`` / ``initialized``, opens one
document with ``textDocument/didOpen`` and waits for the server's ``textDocument/publishDiagnostics``
for it, exactly as VS Code with the YAML extension does. Messages are JSON-RPC 2.0 framed by a
``Content-Length`` header.
"""

from __future__ import annotations

import json
import queue
import subprocess
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

YAML_LANGUAGE_SERVER = Path("node_modules/yaml-language-server/bin/yaml-language-server")
"""Installed by ``npm ci`` (package.json devDependencies), as esbuild is."""


@dataclass(frozen=True, order=True)
class Diagnostic:
    """One problem the editor underlines: 1-based line and column, and the message it shows."""

    line: int
    column: int
    message: str


class LanguageServer:
    """A running language server, driven like an editor; use it as a context manager."""

    def __init__(self, command: list[str], root: Path) -> None:
        """Start ``command`` (the server, speaking LSP on stdio) for the workspace ``root``."""
        self._process = subprocess.Popen(
            command, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL
        )
        self._messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self._sending = threading.Lock()
        self._next_id = 0
        threading.Thread(target=self._read_messages, args=(self._process.stdout,), daemon=True).start()
        self._request("initialize", {"processId": None, "rootUri": root.as_uri(), "capabilities": {}})
        self._notify("initialized", {})

    def __enter__(self) -> LanguageServer:
        return self

    def __exit__(self, *exc_info: object) -> None:
        self._process.kill()
        self._process.wait(timeout=10)

    def diagnostics(self, path: Path, timeout: float = 30) -> list[Diagnostic]:
        """Open ``path`` as an editor would and return the diagnostics the server publishes for it."""
        uri = path.resolve().as_uri()
        document = {"uri": uri, "languageId": "yaml", "version": 1, "text": path.read_text(encoding="utf-8")}
        self._notify("textDocument/didOpen", {"textDocument": document})
        published = self._published(uri, timeout, path.name)
        # Closed again, as an editor closes a tab: the server clears the file's diagnostics, and
        # that (empty) message is read here, so a later open of the same file gets its own.
        self._notify("textDocument/didClose", {"textDocument": {"uri": uri}})
        self._published(uri, timeout, path.name)
        return sorted(
            Diagnostic(item["range"]["start"]["line"] + 1, item["range"]["start"]["character"] + 1, item["message"])
            for item in published
        )

    def _published(self, uri: str, timeout: float, name: str) -> list[dict[str, Any]]:
        """The next diagnostics the server publishes for ``uri``."""
        while True:
            message = self._wait(timeout, f"textDocument/publishDiagnostics for {name}")
            if message.get("method") == "textDocument/publishDiagnostics" and message["params"]["uri"] == uri:
                return message["params"]["diagnostics"]

    def _request(self, method: str, params: dict[str, Any], timeout: float = 30) -> dict[str, Any]:
        self._next_id += 1
        request_id = self._next_id
        self._send({"jsonrpc": "2.0", "id": request_id, "method": method, "params": params})
        while True:
            message = self._wait(timeout, f"the answer to {method}")
            if message.get("id") == request_id and "method" not in message:
                return message

    def _notify(self, method: str, params: dict[str, Any]) -> None:
        self._send({"jsonrpc": "2.0", "method": method, "params": params})

    def _send(self, message: dict[str, Any]) -> None:
        body = json.dumps(message).encode("utf-8")
        assert self._process.stdin is not None
        with self._sending:  # the reader thread answers the server's requests
            self._process.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
            self._process.stdin.flush()

    def _wait(self, timeout: float, what: str) -> dict[str, Any]:
        try:
            return self._messages.get(timeout=timeout)
        except queue.Empty:
            ended = "" if self._process.poll() is None else f" (it exited with {self._process.returncode})"
            raise AssertionError(f"the language server sent no {what} within {timeout} s{ended}") from None

    def _read_messages(self, stream: IO[bytes] | None) -> None:
        """Read framed messages until the server closes its output (runs on its own thread)."""
        assert stream is not None
        while True:
            length = None
            while True:
                header = stream.readline()
                if not header:
                    return
                if header in (b"\r\n", b"\n"):
                    break
                name, _, value = header.decode("ascii").partition(":")
                if name.strip().lower() == "content-length":
                    length = int(value.strip())
            if length is None:
                continue
            message = json.loads(stream.read(length).decode("utf-8"))
            if "method" in message and "id" in message:
                self._answer(message)
            else:
                self._messages.put(message)

    def _answer(self, request: dict[str, Any]) -> None:
        """A request from the server (settings, capabilities): the answer of an editor left at its defaults."""
        items = request.get("params", {}).get("items", []) if request["method"] == "workspace/configuration" else None
        self._send(
            {"jsonrpc": "2.0", "id": request["id"], "result": [None] * len(items) if items is not None else None}
        )
