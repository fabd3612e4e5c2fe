"""Month names for languages Django has no catalogue for (zgh).

Django formats dates with ``gettext("January")`` and friends from its own
catalogue; for Tamazight that catalogue does not exist, so ours provides these
messages. Marking them here keeps ``makemessages`` from dropping them.
"""

from django.utils.translation import gettext_noop

MONTHS = (
    gettext_noop("January"),
    gettext_noop("February"),
    gettext_noop("March"),
    gettext_noop("April"),
    gettext_noop("May"),
    gettext_noop("June"),
    gettext_noop("July"),
    gettext_noop("August"),
    gettext_noop("September"),
    gettext_noop("October"),
    gettext_noop("November"),
    gettext_noop("December"),
)
