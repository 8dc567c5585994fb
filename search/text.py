"""Plain-text extracts of pages for search-result snippets."""

import re
from html import unescape

from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe

SNIPPET_LENGTH = 240
TAG = re.compile(r"<[^>]+>")
SUMMARY_FIELDS = ["summary", "introduction", "hero_text", "search_description"]
STREAM_FIELDS = ["body", "description"]


def strings_in(data):
    """Every string in StreamField raw data, in order (ids and flags skipped)."""
    if isinstance(data, str):
        yield data
    elif isinstance(data, dict):
        for key, value in data.items():
            if key not in {"id", "type", "kind", "level", "correct", "multiple"}:
                yield from strings_in(value)
    elif isinstance(data, list):
        for item in data:
            yield from strings_in(item)


def page_text(page):
    parts = [getattr(page, name, "") or "" for name in SUMMARY_FIELDS]
    for name in STREAM_FIELDS:
        stream = getattr(page, name, None)
        if stream is not None and hasattr(stream, "raw_data"):
            parts.extend(strings_in(list(stream.raw_data)))
    # Tags become spaces so that "<td>a</td><td>b</td>" reads "a b".
    text = " ".join(TAG.sub(" ", part) for part in parts if isinstance(part, str))
    return re.sub(r"\s+", " ", unescape(strip_tags(text))).strip()


def highlighted_snippet(page, query):
    """A short extract around the first match, with the query's words in <mark>."""
    text = page_text(page)
    words = [re.escape(word) for word in query.split() if len(word) > 1]
    start = 0
    if words:
        match = re.search("|".join(words), text, flags=re.IGNORECASE)
        if match:
            start = max(0, match.start() - SNIPPET_LENGTH // 3)
            # Start at a word boundary rather than mid-word.
            if start:
                space = text.find(" ", start)
                start = space + 1 if 0 <= space < match.start() else start
    extract = text[start : start + SNIPPET_LENGTH]
    prefix = "… " if start else ""
    suffix = " …" if start + SNIPPET_LENGTH < len(text) else ""
    html = escape(extract)
    if words:
        pattern = re.compile(
            "("
            + "|".join(re.escape(escape(w)) for w in query.split() if len(w) > 1)
            + ")",
            re.IGNORECASE,
        )
        html = pattern.sub(r"<mark>\1</mark>", html)
    return mark_safe(prefix + html + suffix)  # noqa: S308 (escaped above)
