from dataclasses import dataclass


@dataclass(frozen=True)
class Text:
    """One piece of demo text: French source and its translations."""

    fr: str
    ar: str
    en: str
    zgh: str

    def get(self, code: str) -> str:
        return getattr(self, code)


def catalogue(texts, code: str) -> dict[str, str]:
    """Source → translation for ``code``, as wagtail-localize's PO needs it."""
    return {text.fr: text.get(code) for text in texts}


def paragraphs(texts, code: str = "fr") -> str:
    return "".join(f"<p>{text.get(code)}</p>" for text in texts)
