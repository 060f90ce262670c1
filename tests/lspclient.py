"""A small LSP client for the tests: starts ``auditor lsp`` as a subprocess and
speaks JSON-RPC over its stdin/stdout, as an editor does."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


class LspClient:
    def __init__(self, *args: str, cwd: Path | None = None) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "auditor.cli", "lsp", *args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=cwd or ROOT,
        )
        self.messages: queue.Queue[dict[str, Any]] = queue.Queue()
        self.notifications: list[dict[str, Any]] = []
        self.next_id = 0
        threading.Thread(target=self._read, daemon=True).start()

    def _read(self) -> None:
        stream = self.proc.stdout
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
                if name.lower() == "content-length":
                    length = int(value.strip())
            assert length is not None
            self.messages.put(json.loads(stream.read(length)))

    def send(self, payload: dict[str, Any]) -> None:
        body = json.dumps({"jsonrpc": "2.0", **payload}).encode("utf-8")
        assert self.proc.stdin is not None
        self.proc.stdin.write(b"Content-Length: %d\r\n\r\n" % len(body) + body)
        self.proc.stdin.flush()

    def notify(self, method: str, params: dict[str, Any] | None = None) -> None:
        self.send({"method": method, "params": params or {}})

    def request(self, method: str, params: dict[str, Any] | None = None, timeout: float = 30) -> Any:
        self.next_id += 1
        wanted = self.next_id
        self.send({"id": wanted, "method": method, "params": params or {}})
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline, method)
            if message.get("id") == wanted and "method" not in message:
                if "error" in message:
                    raise AssertionError(f"{method} failed: {message['error']}")
                return message.get("result")
            self._other(message)

    def _next(self, deadline: float, what: str) -> dict[str, Any]:
        left = deadline - time.monotonic()
        if left <= 0:
            raise AssertionError(f"timed out waiting for {what}")
        try:
            return self.messages.get(timeout=left)
        except queue.Empty:
            raise AssertionError(f"timed out waiting for {what}") from None

    def _other(self, message: dict[str, Any]) -> None:
        if "method" in message and "id" in message:  # a request from the server
            self.send({"id": message["id"], "result": None})
        elif "method" in message:
            self.notifications.append(message)

    def diagnostics(self, uri: str, version: int | None = None, timeout: float = 30) -> list[dict[str, Any]]:
        """The next publishDiagnostics for ``uri`` (of ``version`` when given)."""
        deadline = time.monotonic() + timeout
        while True:
            message = self._next(deadline, f"diagnostics of {uri}")
            params = message.get("params") or {}
            if (message.get("method") == "textDocument/publishDiagnostics" and params.get("uri") == uri
                    and (version is None or params.get("version") == version)):
                return params["diagnostics"]
            self._other(message)

    def initialize(self, root: Path) -> dict[str, Any]:
        result = self.request("initialize", {
            "processId": None, "rootUri": root.as_uri(),
            "capabilities": {"textDocument": {"codeAction": {"codeActionLiteralSupport": {
                "codeActionKind": {"valueSet": ["quickfix", "source"]}}}}},
        })
        self.notify("initialized")
        return result

    def close(self) -> int:
        try:
            self.request("shutdown", timeout=10)
            self.notify("exit")
            return self.proc.wait(timeout=10)
        finally:
            if self.proc.poll() is None:
                self.proc.kill()
                self.proc.wait()
