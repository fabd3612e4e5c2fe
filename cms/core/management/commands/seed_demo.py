"""Fill the museum with demo content in French, Arabic, English and Tamazight.

Idempotent: a second run finds everything in place and writes nothing. Content
apps add their own step to ``CONTENT_STEPS``; each step reports what it did.
"""

import os
from importlib import import_module
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Site

from cms.core.demo import site as site_texts
from cms.core.demo.texts import catalogue, paragraphs
from cms.core.languages import CODES, SOURCE_LANGUAGE
from cms.translation.operations import (
    MissingCatalogueEntries,
    refresh_source,
    translate_from_catalogue,
)

DEFAULT_ADMIN_USERNAME = "admin"
DEFAULT_ADMIN_PASSWORD = "museum-admin"  # noqa: S105 - development demo only
TARGET_LANGUAGES = [code for code in CODES if code != SOURCE_LANGUAGE]
# Run in order after the site and its sections exist; each is ``seed(report)``.
CONTENT_STEPS = [
    "cms.core.demo.vocabularies",
    "cms.exhibits.demo",
    "cms.stories.demo",
    "cms.knowledge.demo",
    "cms.core.demo.featured",
]


def upsert_child_page(parent, model, slug, **fields):
    """The only child of ``parent`` of type ``model``, created or brought up to
    date with ``fields`` and published. Returns (page, changed)."""
    page = model.objects.child_of(parent).first()
    if page is None:
        page = model(slug=slug, **fields)
        parent.add_child(instance=page)
        page.save_revision().publish()
        return page, True
    return page, update_page(page, slug=slug, **fields)


def update_page(page, **fields):
    changed = [name for name, value in fields.items() if getattr(page, name) != value]
    if not changed and page.live and not page.has_unpublished_changes:
        return False
    for name, value in fields.items():
        setattr(page, name, value)
    page.save_revision().publish()
    return True


class Command(BaseCommand):
    help = "Create or update the demo museum content in all four languages."

    def add_arguments(self, parser):
        parser.add_argument(
            "--admin-password",
            default=os.environ.get("MUSEUM_ADMIN_PASSWORD", DEFAULT_ADMIN_PASSWORD),
            help="Password for the demo admin account, when it is created.",
        )

    def report(self, message):
        if self.verbosity:
            self.stdout.write(message)

    def handle(self, *args, admin_password, verbosity=1, **options):
        self.verbosity = verbosity
        # No transaction around the whole run: wagtail-localize publishes a
        # translation when its own transaction commits, and a publish deferred
        # to the end of an outer one would write stale tree data. Each step is
        # atomic and the command is idempotent, so a failed run is simply rerun.
        try:
            self.seed_admin(admin_password)
            home = self.seed_site()
            self.translate_site(home)
            for step in CONTENT_STEPS:
                import_module(step).seed(self.report)
            import_module("cms.search.indexing").rebuild(self.report)
        except MissingCatalogueEntries as error:
            raise CommandError(str(error)) from error
        self.report(self.style.SUCCESS("Demo content is in place."))

    def seed_admin(self, password):
        user_model = get_user_model()
        if user_model.objects.filter(username=DEFAULT_ADMIN_USERNAME).exists():
            self.report(f"admin account '{DEFAULT_ADMIN_USERNAME}': already there")
            return
        user_model.objects.create_superuser(
            DEFAULT_ADMIN_USERNAME, "admin@museum.invalid", password
        )
        self.report(f"admin account '{DEFAULT_ADMIN_USERNAME}': created")

    def seed_site(self):
        site = Site.objects.get(is_default_site=True)
        # Full URLs (API meta.url, sitemaps) use the site's host: match the
        # address the demo is served at.
        base = urlsplit(settings.WAGTAILADMIN_BASE_URL)
        hostname = base.hostname or "localhost"
        port = base.port or (443 if base.scheme == "https" else 80)
        if (site.hostname, site.port) != (hostname, port):
            site.hostname, site.port = hostname, port
            site.save()
            self.report(f"site address: {hostname}:{port}")
        home = site.root_page.specific
        changed = update_page(
            home,
            title=site_texts.HOME_TITLE.fr,
            slug=site_texts.HOME_SLUG.fr,
            introduction=paragraphs(site_texts.HOME_INTRODUCTION),
        )
        self.report(f"[fr] home page: {'updated' if changed else 'unchanged'}")
        self.sections = []
        for label, slug, title, introduction in site_texts.SECTIONS:
            model = apps.get_model(label)
            section, changed = upsert_child_page(
                home,
                model,
                slug.fr,
                title=title.fr,
                introduction=paragraphs(introduction),
            )
            self.sections.append((section, (slug, title, *introduction)))
            self.report(f"[fr] {title.fr}: {'updated' if changed else 'unchanged'}")
        return home

    def translate_site(self, home):
        home_texts = (
            site_texts.HOME_TITLE,
            site_texts.HOME_SLUG,
            *site_texts.HOME_INTRODUCTION,
        )
        work = [(home, home_texts), *self.sections]
        total = len(work) * len(TARGET_LANGUAGES)
        done = 0
        for page, texts in work:
            _source, changed = refresh_source(
                page.specific_class.objects.get(pk=page.pk)
            )
            for code in TARGET_LANGUAGES:
                result = translate_from_catalogue(
                    page, code, catalogue(texts, code), source_is_newer=changed
                )
                done += 1
                state = "translated" if result.changed else "unchanged"
                self.report(
                    f"[{code}] {result.instance.title}: {state} ({done}/{total})"
                )
