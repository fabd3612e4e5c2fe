"""The rights statements an image or object may carry: RightsStatements.org's
twelve statements and the Creative Commons licences and tools. A fixed list of
URIs, because partners and aggregators (Europeana, DPLA) read the URI, not a label.
"""

from django.utils.translation import gettext_lazy as _

RIGHTS_STATEMENTS = [
    ("http://rightsstatements.org/vocab/InC/1.0/", _("In copyright")),
    (
        "http://rightsstatements.org/vocab/InC-OW-EU/1.0/",
        _("In copyright – EU orphan work"),
    ),
    (
        "http://rightsstatements.org/vocab/InC-EDU/1.0/",
        _("In copyright – educational use permitted"),
    ),
    (
        "http://rightsstatements.org/vocab/InC-NC/1.0/",
        _("In copyright – non-commercial use permitted"),
    ),
    (
        "http://rightsstatements.org/vocab/InC-RUU/1.0/",
        _("In copyright – rights-holder(s) unlocatable"),
    ),
    (
        "http://rightsstatements.org/vocab/NoC-CR/1.0/",
        _("No copyright – contractual restrictions"),
    ),
    (
        "http://rightsstatements.org/vocab/NoC-NC/1.0/",
        _("No copyright – non-commercial use only"),
    ),
    (
        "http://rightsstatements.org/vocab/NoC-OKLR/1.0/",
        _("No copyright – other known legal restrictions"),
    ),
    (
        "http://rightsstatements.org/vocab/NoC-US/1.0/",
        _("No copyright – United States"),
    ),
    ("http://rightsstatements.org/vocab/CNE/1.0/", _("Copyright not evaluated")),
    ("http://rightsstatements.org/vocab/UND/1.0/", _("Copyright undetermined")),
    ("http://rightsstatements.org/vocab/NKC/1.0/", _("No known copyright")),
]

CREATIVE_COMMONS = [
    (
        "https://creativecommons.org/publicdomain/zero/1.0/",
        _("CC0 1.0 – public domain dedication"),
    ),
    ("https://creativecommons.org/publicdomain/mark/1.0/", _("Public Domain Mark 1.0")),
    ("https://creativecommons.org/licenses/by/4.0/", _("CC BY 4.0")),
    ("https://creativecommons.org/licenses/by-sa/4.0/", _("CC BY-SA 4.0")),
    ("https://creativecommons.org/licenses/by-nc/4.0/", _("CC BY-NC 4.0")),
    ("https://creativecommons.org/licenses/by-nc-sa/4.0/", _("CC BY-NC-SA 4.0")),
    ("https://creativecommons.org/licenses/by-nd/4.0/", _("CC BY-ND 4.0")),
    ("https://creativecommons.org/licenses/by-nc-nd/4.0/", _("CC BY-NC-ND 4.0")),
]

RIGHTS_CHOICES = [
    (_("RightsStatements.org"), RIGHTS_STATEMENTS),
    (_("Creative Commons"), CREATIVE_COMMONS),
]

# What an item carries until someone has looked at its rights.
DEFAULT_RIGHTS = "http://rightsstatements.org/vocab/CNE/1.0/"
