"""How search engines, social sites and feed readers find the museum.

- ``alternates``: canonical URL and hreflang alternates of a page or object.
- ``jsonld``: schema.org descriptions, safely escaped for a ``<script>``.
- ``sitemaps``: ``/sitemap.xml`` (index), ``/sitemap-<lang>.xml``, ``/robots.txt``.
- ``feeds``: RSS 2.0 and Atom per language for stories and knowledge.

Everything listed or described asks ``cms.core.visibility`` first.

Alias pages (wagtail-localize's untranslated French copies in another
language's tree) are never announced as that language: no hreflang, no
sitemap entry, no feed item, and their canonical URL is the French page. They
show French content, so announcing them as Arabic or English would tell search
engines that a duplicate of the French page is a translation.
"""
