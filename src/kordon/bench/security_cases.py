"""The hostile cases the security replay sends, grouped by what they attack."""

from __future__ import annotations

import csv
import io
from datetime import date

import httpx

from kordon.bench.security import (
    DECLARATION,
    Outcome,
    Target,
    audit_cases,
    csrf_of,
    expect,
    headers_ok,
    raw_post,
)

NINETY_NINE_MB = str(99 * 1_048_576)
DEEP_NOT = (
    "id: DEEP\ndescription: d\nowner: o\nweight: 5\nwhen: "
    + "{not: " * 5000
    + "{field: route.origin, eq: IR}"
    + "}" * 5000
)
LAUGHS = "id: LOL\ndescription: d\nowner: o\nweight: 5\nwhen:\n  all:\n" + "".join(
    f"    - &l{n} {{any: [*l{n - 1}, *l{n - 1}]}}\n"
    if n
    else "    - &l0 {field: route.origin, eq: IR}\n"
    for n in range(30)
)


def rejected(name: str, response: httpx.Response, field: str) -> Outcome:
    """A lodged batch whose rows were all refused: 422, with the field named per row."""
    passed = response.status_code == 422 and field in response.text and headers_ok(response)
    return Outcome(name, passed, f"answered {response.status_code}, naming {field!r}")


def body_cases(target: Target) -> list[Outcome]:
    """Bodies before authentication, and size limits while streaming."""
    results = []
    json_type = {"Content-Type": "application/json"}
    for name, headers, expected in (
        ("anonymous 99 MB POST, length declared", {**json_type, "Content-Length": NINETY_NINE_MB},
         " 401 "),
        ("anonymous 99 MB POST, chunked", {**json_type, "Transfer-Encoding": "chunked"}, " 401 "),
        ("forged token, 99 MB POST", {**json_type, "Content-Length": NINETY_NINE_MB,
                                     "Authorization": "Bearer kdn_forged"}, " 401 "),
        ("valid token, 40 MB batch over the 32 MB limit",
         {**json_type, "Content-Length": str(40 * 1_048_576),
          "Authorization": f"Bearer {target.tokens['boss']}"}, " 413 "),
        ("valid token, chunked profile past 1 MB",
         {**json_type, "Transfer-Encoding": "chunked",
          "Authorization": f"Bearer {target.tokens['ana']}"}, " 413 "),
    ):  # fmt: skip
        profile = "profile" in name
        path = "/api/profiles/BIG" if profile else "/api/declarations"
        status = raw_post(target, path, headers, pieces=24, method="PUT" if profile else "POST")
        results.append(Outcome(name, expected in status, f"answered {status!r} before the body"))
    return results


def input_cases(target: Target) -> list[Outcome]:
    """Bad characters, huge numbers and hostile profiles: clear errors, never a 500."""
    api, analyst, intel = target.client(), target.client("ana"), target.client("intel")
    bad_name = '{"id": "AZ-AST-0666", "checkpoint": "AZ-AST", "consignor": {"name": "A\\ud800"}}'
    return [
        expect("NUL in an id in the path", api.get("/api/declarations/AZ%00AST"), 400),
        expect("NUL in the query", api.get("/api/declarations?checkpoint=AZ%00"), 400),
        rejected("lone surrogate in a lodged name", api.post(
            "/api/declarations", content=bad_name.encode(),
            headers={"Content-Type": "application/json"}), "consignor"),
        expect("NUL in a watchlist name", intel.put(
            "/api/watchlist/WL-X", json={"kind": "person", "names": ["A\u0000B"]}), 422),
        expect("assessment id beyond 64 bits", api.get("/api/assessments/" + "9" * 30), 422),
        expect("page number beyond 64 bits", api.get("/api/declarations?page=" + "9" * 30), 422),
        expect("profile with 5,000 nested 'not'", analyst.put(
            "/api/profiles/DEEP", json={"definition": DEEP_NOT}), 422),
        expect("profile with YAML aliases (billion laughs)", analyst.put(
            "/api/profiles/LOL", json={"definition": LAUGHS}), 422),
    ]  # fmt: skip


# Wrong passwords a guesser sends before it must have been made to wait.
GUESSES = 8


def account_cases(target: Target) -> list[Outcome]:
    """Deployment defaults, sign-in throttling, password rules, the sign-in redirect."""
    anonymous = target.client("")
    form = anonymous.get("/sign-in")
    cookie = " ".join(form.headers.get_list("set-cookie")).lower()
    secure = "secure" in cookie and "strict-transport-security" in form.headers
    results = [Outcome("production: Secure cookies and HSTS", secure, "on" if secure else "off")]
    pre = {"Cookie": form.headers.get("set-cookie", "").split(";")[0]}
    # The wait doubles from the fourth wrong try (1 s, 2 s, 4 s ...) counted from the one
    # before: on a loaded machine a try can take longer than the first waits, so the guesser
    # keeps going until the wait outlasts a try, as a real one would.
    for attempt in range(1, GUESSES + 1):
        wrong = {
            "username": "guessed",
            "password": f"guess {attempt}",
            "csrf_token": csrf_of(form.text),
        }
        guess = anonymous.post("/sign-in", data=wrong, headers=pre)
        if guess.status_code == 429:
            break
    slowed = guess.status_code == 429
    results.append(
        Outcome(
            f"wrong passwords in a row: slowed down within {GUESSES}",
            slowed,
            f"answer {guess.status_code} at try {attempt}",
        )
    )
    boss = target.page("boss")
    change = {
        "current": "astara samur border post",
        "new": "aaaaaaaaaaaa",
        "repeated": "aaaaaaaaaaaa",
    }
    weak = boss.post(
        "/account/password", data={**change, "csrf_token": csrf_of(boss.get("/account").text)}
    )
    results.append(
        Outcome(
            "new password 'aaaaaaaaaaaa' refused",
            weak.status_code == 422,
            f"answered {weak.status_code}",
        )
    )
    asked = anonymous.get("/seizures?commodity=heroin&q=fuel")
    kept = "commodity%3Dheroin%26q%3Dfuel" in asked.headers.get("location", "")
    results.append(Outcome("sign-in redirect keeps the whole query", kept,
                           asked.headers.get("location", "")))  # fmt: skip
    return results


def record_cases(target: Target) -> list[Outcome]:
    """Photos, one inspection per declaration, CSV downloads, need-to-know in the audit trail."""
    boss = target.page("boss")
    form = boss.get(f"/declarations/{DECLARATION}/inspection")
    fields = {
        "outcome": "nothing_found",
        "detection_method": "xray",
        "csrf_token": csrf_of(form.text),
    }
    disguised = ("tank.jpg", b"<html><script>alert(1)</script></html>", "image/jpeg")
    html_photo = boss.post(
        f"/declarations/{DECLARATION}/inspection", data=fields, files={"photos": disguised}
    )
    refused = html_photo.status_code == 422 and "JPEG, PNG or WebP" in html_photo.text
    results = [
        Outcome(
            "HTML uploaded as a .jpg photo refused", refused, f"answered {html_photo.status_code}"
        )
    ]
    api = target.client()
    body = {"outcome": "nothing_found", "detection_method": "random_control"}
    path = f"/api/declarations/{DECLARATION}/inspections"
    first, second = api.post(path, json=body), api.post(path, json=body)
    again = api.post(
        path, json={**body, "reinspection_reason": "Scanner image shows a false floor."}
    )
    codes = (first.status_code, second.status_code, again.status_code)
    results.append(
        Outcome(
            "second inspection needs a supervisor's reason",
            codes == (201, 409, 201),
            f"answered {codes}",
        )
    )
    report = boss.get(f"/reports/monthly?month={date.today():%Y-%m}&format=csv")
    cells = [cell for row in csv.reader(io.StringIO(report.text)) for cell in row]
    formulas = [c for c in cells if c[:1] in ("=", "+", "@", "\t", "\r")]
    neutral = report.status_code == 200 and not formulas and any("HYPERLINK" in c for c in cells)
    results.append(
        Outcome(
            "CSV cell written as a formula neutralised",
            neutral,
            f"{len(formulas)} cells start a formula",
        )
    )
    entry = {
        "kind": "person",
        "names": ["Rustam Karimov"],
        "source": "Liaison LR-5521",
        "handling_code": "H3-NOFORN",
    }
    target.client("intel").put("/api/watchlist/WL-7", json=entry)
    trail = target.page("root").get("/audit").text
    hidden = "H3-NOFORN" not in trail and "LR-5521" not in trail and "WL-7" in trail
    results.append(
        Outcome(
            "administrator's audit view hides watchlist sources",
            hidden,
            "hidden" if hidden else "shown",
        )
    )
    headed = all(headers_ok(r) for r in (second, html_photo))
    results.append(Outcome("every error answer carries the security headers", headed, ""))
    return results


def all_cases(target: Target) -> list[Outcome]:
    """Every case, in the order of the penetration test's findings."""
    return [
        *body_cases(target),
        *input_cases(target),
        *account_cases(target),
        *record_cases(target),
        *audit_cases(target),
    ]
