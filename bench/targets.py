"""The fixed list of URLs a run loads, found on the running server.

Keys and paths are read from the API itself (the first generated item of
each kind), so the list works on any dataset without knowing its ids.
Each target says which status it must answer: a run fails loudly otherwise.
"""

from dataclasses import dataclass, field
from urllib.parse import quote, urlsplit

from bench.server import get, get_json

KINDS = ("exhibits", "objects", "stories", "knowledge")


@dataclass
class Target:
    label: str
    path: str
    group: str  # "detail", "list", "304", "page", "search", "resolve", "baseline"
    expect: int = 200
    headers: dict = field(default_factory=dict)


BASELINE = Target("baseline", "/bench/baseline/", "baseline")


def _first_result(base, kind):
    data = get_json(f"{base}/api/v1/{kind}/?locale=fr&limit=20")
    if not data.get("results"):
        raise RuntimeError(f"/api/v1/{kind}/ lists nothing: the dataset is not public")
    generated = [item for item in data["results"] if "bench" in str(item).lower()]
    return (generated or data["results"])[0]


def _page_path(url):
    return urlsplit(url).path if url else None


def discover(base):
    targets = []
    details = {}
    for kind in KINDS:
        item = _first_result(base, kind)
        key = item["key"]
        targets.append(
            Target(f"api list {kind}", f"/api/v1/{kind}/?locale=fr&limit=20", "list")
        )
        detail = f"/api/v1/{kind}/{key}/?locale=fr"
        targets.append(Target(f"api detail {kind}", detail, "detail"))
        details[kind] = get_json(base + detail)
    targets.append(
        Target("api list exhibits ar", "/api/v1/exhibits/?locale=ar&limit=20", "list")
    )
    targets.append(Target("api search", "/api/v1/search/?q=valise&locale=fr", "search"))
    exhibit_url = _public_url(details["exhibits"], "fr")
    targets.append(
        Target(
            "api resolve",
            f"/api/v1/resolve/?path={quote(_page_path(exhibit_url))}",
            "resolve",
        )
    )
    detail_path = targets[1].path
    _status, headers, _body = get(base + detail_path)
    etag = headers.get("ETag")
    if not etag:
        raise RuntimeError(f"{detail_path} sends no ETag: the 304 row cannot run")
    targets.append(
        Target(
            "api detail 304",
            detail_path,
            "304",
            expect=304,
            headers={"If-None-Match": etag},
        )
    )
    for code in ("fr", "ar"):
        for kind, label in (("exhibits", "exhibit"), ("stories", "story")):
            path = _page_path(_public_url(details[kind], code))
            targets.append(Target(f"page {label} {code}", path, "page"))
        index = (
            _page_path(_public_url(details["exhibits"], code))
            .rstrip("/")
            .rsplit("/", 1)[0]
        )
        targets.append(Target(f"page exhibit index {code}", index + "/", "page"))
    return targets


def _public_url(detail, code):
    for entry in detail.get("translations", []):
        if entry["locale"] == code and entry.get("url"):
            return entry["url"]
    raise RuntimeError(f"{detail.get('key')} has no public {code} page")
