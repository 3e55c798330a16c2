"""Generated benchmark articles: deterministic, unique, in each portal's URL shape, editable."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest

from reformcrawl.crawl.links import is_article_url
from reformcrawl.crawl.urls import Site
from reformcrawl.extract import extract_page
from reformcrawl.mirror.corpus import load_corpus
from reformcrawl.mirror.site import build_site
from reformcrawl.mirror.synthetic import EDIT_SKIP_NEWEST, add_new, edit, generate_articles
from reformcrawl.portals import all_portals, get_portal

PORTALS = ("baohagiang", "angiang", "hochiminhcity", "nbtv", "baokhanhhoa")
START = datetime(2023, 1, 2, 8, 0, tzinfo=timezone(timedelta(hours=7)))
STEP = timedelta(hours=4)
_DIGITS = re.compile(r"\d+(?:[.,]\d+)*")


def _skeleton(text: str) -> str:
    """The text with every number replaced by '#': what survives the generator's variations."""
    return _DIGITS.sub("#", text)


@pytest.fixture(scope="module")
def generated() -> dict[str, list]:
    return {p: generate_articles(p, 200, start=START, step=STEP) for p in PORTALS}


def test_portals_covered():
    assert set(PORTALS) == set(all_portals())


@pytest.mark.parametrize("portal", PORTALS)
def test_deterministic(portal, generated):
    again = generate_articles(portal, 200, start=START, step=STEP)
    assert again == generated[portal]
    assert [a.notes for a in again] == [a.notes for a in generated[portal]]
    other_seed = generate_articles(portal, 200, seed=1, start=START, step=STEP)
    assert [a.path for a in other_seed] != [a.path for a in again]


@pytest.mark.parametrize("portal", PORTALS)
def test_unique_paths_keys_titles(portal, generated):
    articles = add_new(generated[portal], 5)
    for field in ("path", "key", "title"):
        values = [getattr(a, field) for a in articles]
        assert len(set(values)) == len(values), field
    corpus_paths = {a.path for a in load_corpus()}
    assert not corpus_paths & {a.path for a in articles}


@pytest.mark.parametrize("portal", PORTALS)
def test_url_shapes_are_article_urls(portal, generated):
    definition = get_portal(portal)
    plain, mirrored = Site(definition), Site(definition, origin="http://127.0.0.1:8123/")
    for article in add_new(generated[portal], 5):
        url = f"{definition.scheme}://{definition.host}{article.path}"
        assert is_article_url(url, plain), url
        assert is_article_url(f"http://127.0.0.1:8123{article.path}", mirrored), article.path
        assert plain.canonical(url) == url  # stored under the same URL the listings link to


@pytest.mark.parametrize("portal", PORTALS)
def test_article_fields(portal, generated):
    articles = generated[portal]
    sources = [a for a in load_corpus() if a.portal == portal]
    lead_portal = sum(1 for a in sources if a.lead) * 2 >= len(sources)
    by_skeleton = {}
    for source in sources:
        for text in [source.lead or "", *(b.text for b in source.blocks)]:
            by_skeleton.setdefault(_skeleton(text), set()).add(source.is_reform)
    for i, article in enumerate(articles):
        assert article.published_at == START + i * STEP
        assert article.published_at.utcoffset() == timedelta(hours=7)
        assert article.state == "before" and not article.held_out and article.revision is None
        assert article.author in {s.author for s in sources}
        paragraphs = [b for b in article.blocks if b.kind != "figure"]
        captions = [b for b in article.blocks if b.kind == "figure"]
        assert 4 <= len(paragraphs) <= 8 or len(paragraphs) == len(
            {_skeleton(b.text) for s in sources if s.is_reform == article.is_reform for b in s.blocks if b.kind != "figure"}
        )
        assert 1 <= len(captions) <= 2 and all(c.image for c in captions)
        if lead_portal:
            assert article.lead
        # every paragraph but the opening one (re-dated) comes from articles with the same label
        for block in paragraphs[1:]:
            assert by_skeleton.get(_skeleton(block.text)) == {article.is_reform}, block.text[:60]
    assert len({a.is_reform for a in articles}) == 2
    # variations: the same source paragraph does not come back with the same figures every time
    texts = ["\n".join(a.body_paragraphs()) for a in articles]
    assert len(set(texts)) == len(texts)


@pytest.mark.parametrize("portal", PORTALS)
def test_add_new(portal, generated):
    before = generated[portal]
    after = add_new(before, 5)
    assert after[: len(before)] == before
    new = after[len(before):]
    assert len(new) == 5 and all(a.state == "after" for a in new)
    newest = max(a.published_at for a in before)
    assert [a.published_at for a in new] == [newest + (j + 1) * STEP for j in range(5)]
    assert add_new(before, 5) == after


def test_add_new_per_portal(generated):
    mixed = generated["nbtv"][:30] + generated["angiang"][:30]
    out = add_new(mixed, 3)
    assert len(out) == 66
    assert sorted(a.portal for a in out[60:]) == ["angiang"] * 3 + ["nbtv"] * 3


@pytest.mark.parametrize("portal", PORTALS)
def test_edit_changes_one_number_in_an_older_article(portal, generated):
    articles = add_new(generated[portal], 5)
    edited = edit(articles, 2)
    assert edit(articles, 2) == edited
    changed = [a for a in edited if a.revision is not None]
    assert len(changed) == 2
    newest = sorted(edited, key=lambda a: a.published_at, reverse=True)[:EDIT_SKIP_NEWEST]
    for article in changed:
        assert article.state == "before" and article not in newest
        (old, new), = article.revision.replacements
        before, after = article.body_paragraphs("before"), article.body_paragraphs("after")
        assert sum(p.count(old) for p in [article.title, *before]) == 1
        assert article.title_in("after") == article.title
        differing = [(b, a) for b, a in zip(before, after) if b != a]
        assert len(differing) == 1
        b, a = differing[0]
        assert b != article.lead  # a body paragraph, not the lead the listing shows
        assert _skeleton(b) == _skeleton(a)
        assert len([x for x, y in zip(_DIGITS.findall(b), _DIGITS.findall(a)) if x != y]) == 1


def test_mirror_renders_generated_articles_and_their_edits():
    articles = edit(add_new(generate_articles("nbtv", 40, start=START, step=STEP), 3), 1)
    target = next(a for a in articles if a.revision)
    (old, new), = target.revision.replacements
    before = build_site("nbtv", "before", articles=articles)
    after = build_site("nbtv", "after", articles=articles)
    assert len(before.article_paths) == 40 and len(after.article_paths) == 43
    assert old.encode() in before.pages[target.path].body
    assert new.encode() in after.pages[target.path].body
    # the rendered page reads back as the article: title, and every body paragraph in the text
    page = extract_page(after.pages[target.path].body, f"https://nbtv.vn{target.path}", "nbtv")
    assert page.title == target.title
    for paragraph in target.body_paragraphs("after"):
        assert paragraph[:40] in page.text
