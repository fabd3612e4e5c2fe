"""Which machine translation service wagtail-localize uses, read from the
environment.

``MACHINE_TRANSLATION`` picks the service:

- ``dummy`` (default): wagtail-localize's offline stand-in, which reverses word
  order; for development, demos and tests.
- ``deepl``: needs ``DEEPL_API_KEY``; ``DEEPL_API_URL`` optionally names the
  translate endpoint (e.g. ``https://api-free.deepl.com/v2/translate``; without
  it, wagtail-localize picks the free endpoint for a key ending in ``:fx``).
- ``google``: needs ``GOOGLE_CLOUD_PROJECT_ID`` (``GOOGLE_CLOUD_LOCATION``
  optional, default ``global``) and the ``google-cloud-translate`` package;
  credentials come the usual Google way (``GOOGLE_APPLICATION_CREDENTIALS``
  or the machine's service account).
- ``libretranslate``: needs ``LIBRETRANSLATE_URL``; ``LIBRETRANSLATE_API_KEY``
  if the server asks for one.
- ``none``: no machine translation (the editor offers no button).

Whatever the service, the museum glossary applies first: the setting names
``GlossaryTranslator`` and passes the real service in its OPTIONS.

Nothing here imports Django: settings import it and turn
``MachineTranslationConfigError`` into ``ImproperlyConfigured``.
"""

from collections.abc import Callable, Mapping
from importlib.util import find_spec

GLOSSARY_TRANSLATOR = "cms.translation.machine.GlossaryTranslator"

BACKENDS = {
    "dummy": "wagtail_localize.machine_translators.dummy.DummyTranslator",
    # Our subclass only adds DEEPL_API_URL to wagtail-localize's DeepLTranslator.
    "deepl": "cms.translation.machine.DeepLTranslator",
    "google": "wagtail_localize.machine_translators.google.GoogleCloudTranslator",
    "libretranslate": "wagtail_localize.machine_translators.libretranslate.LibreTranslator",
}
CHOICES = (*BACKENDS, "none")
# Languages translated into (the museum's, but French, its source).
TARGET_CODES = ("ar", "en", "zgh")


class MachineTranslationConfigError(ValueError):
    """The environment asks for a machine translation service it does not
    configure; the message is one line naming what to set."""


def _module_available(name: str) -> bool:
    try:
        return find_spec(name) is not None
    except ModuleNotFoundError:  # a parent package is missing
        return False


def _required(environ: Mapping[str, str], provider: str, name: str) -> str:
    value = environ.get(name, "").strip()
    if not value:
        raise MachineTranslationConfigError(
            f"MACHINE_TRANSLATION={provider} needs {name} to be set."
        )
    return value


def _url(provider: str, name: str, value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise MachineTranslationConfigError(
            f"{name} must be an http(s) URL for MACHINE_TRANSLATION={provider}, "
            f"not {value!r}."
        )
    return value.rstrip("/")


def machine_translator_setting(
    environ: Mapping[str, str],
    module_available: Callable[[str], bool] = _module_available,
) -> dict | None:
    """The value of ``WAGTAILLOCALIZE_MACHINE_TRANSLATOR`` for ``environ``
    (``None`` turns machine translation off).

    Raises ``MachineTranslationConfigError`` for an unknown service or one
    whose key or URL is missing.
    """
    provider = environ.get("MACHINE_TRANSLATION", "").strip().lower() or "dummy"
    if provider not in CHOICES:
        raise MachineTranslationConfigError(
            f"MACHINE_TRANSLATION must be one of {', '.join(CHOICES)}, "
            f"not {environ['MACHINE_TRANSLATION']!r}."
        )
    if provider == "none":
        return None

    options: dict = {}
    if provider == "deepl":
        options["AUTH_KEY"] = _required(environ, provider, "DEEPL_API_KEY")
        if url := environ.get("DEEPL_API_URL", "").strip():
            options["API_URL"] = _url(provider, "DEEPL_API_URL", url)
    elif provider == "google":
        options["PROJECT_ID"] = _required(environ, provider, "GOOGLE_CLOUD_PROJECT_ID")
        if location := environ.get("GOOGLE_CLOUD_LOCATION", "").strip():
            options["LOCATION"] = location
        if not module_available("google.cloud.translate"):
            raise MachineTranslationConfigError(
                "MACHINE_TRANSLATION=google needs the google-cloud-translate "
                "package (pip install google-cloud-translate)."
            )
    elif provider == "libretranslate":
        options["LIBRETRANSLATE_URL"] = _url(
            provider,
            "LIBRETRANSLATE_URL",
            _required(environ, provider, "LIBRETRANSLATE_URL"),
        )
        # wagtail-localize always sends a key; an empty one suits servers
        # that do not ask for any.
        options["API_KEY"] = environ.get("LIBRETRANSLATE_API_KEY", "").strip()

    # The target languages the service is asked for. No public service knows
    # Tamazight in Tifinagh (zgh), so a real service offers only ar and en
    # unless MACHINE_TRANSLATION_LANGUAGES says otherwise; the button is then
    # absent rather than failing.
    default_targets = "ar,en,zgh" if provider == "dummy" else "ar,en"
    raw_targets = environ.get("MACHINE_TRANSLATION_LANGUAGES", "").strip()
    targets = [
        code.strip()
        for code in (raw_targets or default_targets).split(",")
        if code.strip()
    ]
    unknown = [code for code in targets if code not in TARGET_CODES]
    if unknown:
        raise MachineTranslationConfigError(
            f"MACHINE_TRANSLATION_LANGUAGES may list {', '.join(TARGET_CODES)}, "
            f"not {', '.join(unknown)}."
        )
    return {
        "CLASS": GLOSSARY_TRANSLATOR,
        "OPTIONS": {
            "BACKEND": BACKENDS[provider],
            "BACKEND_OPTIONS": options,
            "TARGET_LANGUAGES": targets,
        },
    }
