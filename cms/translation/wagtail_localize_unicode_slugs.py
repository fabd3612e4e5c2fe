"""Workaround: keep Arabic and Tifinagh slugs that translators write.

wagtail-localize 1.14 runs ``slugify(translated_slug)`` without
``allow_unicode`` when it saves a translated page, so an Arabic or Tifinagh
slug loses every letter: "المعارض" becomes "" (Wagtail then derives a slug from
the title) and "الرحيل الأول، 1963" becomes "1963". This module makes that one
call honour ``WAGTAIL_ALLOW_UNICODE_SLUGS`` like the rest of Wagtail.

Delete this module (and its call in ``apps.py``) once wagtail-localize slugifies
with ``allow_unicode``; ``tests/translation/test_unicode_slugs.py`` will tell.
"""

from django.conf import settings
from django.utils.text import slugify


def unicode_slugify(value):
    return slugify(
        value, allow_unicode=getattr(settings, "WAGTAIL_ALLOW_UNICODE_SLUGS", True)
    )


def apply():
    import wagtail_localize.models

    wagtail_localize.models.slugify = unicode_slugify
