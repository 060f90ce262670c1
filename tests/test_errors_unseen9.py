"""Errors on site furniture of templates no tuning page has (round 15, trust23). Each shape is set
into the clean story of tests/widgetkit.py (whose own IM001 and LK016 must stay found) and says
where its markup comes from, with neutral class names where real sites use hashed or house ones;
each look-alike (the story's own picture, link or heading in a like shape) keeps its error.

- A lone "related story" card without a heading between the story's paragraphs: a picture link
  beside its title's link to another page of the site (Brightspot's Enhancement promo, an inline
  related-posts plugin, a figure whose caption is the link), one or two in a story.
- A numbered "most read" rail between the story's paragraphs without its heading.
- People carousels: faces and names linking the newsroom's people pages ("/people/jane-doe/").
- Review badges named for their award ("editors-choice.png", "testsieger.png").
- Empty title slots over a poll's results, a countdown, a quiz's step, a review's score.
- The tools of recipe and article templates: a print endpoint, a "Jump to Recipe" icon, script
  links unfolding the article in more languages.
- Pictures faded in by lazy loaders (opacity:0) are the story's: their missing alt stays an error.
"""

from __future__ import annotations

import pytest

import widgetkit as kit
from auditor.api import audit

M = "https://media.dailyledger.example"
H = "https://www.dailyledger.example"
S = f"{H}/news/2024/03/bike-lanes-approved/"


def _keeps(html: str, *files: str) -> None:
    """The pictures ``files`` keep IM001 in ``html``: a whole page, or a block set in the story's middle."""
    found = set(kit.im001_files(html if html.startswith("<!doctype") else kit.page(html)))
    assert set(files) <= found, (files, found)


def _rules(html: str) -> list[tuple[str, str]]:
    result = audit(html.encode(), "page.html")
    assert result.error is None
    return [(f.rule, f.excerpt or "") for f in result.findings if f.level == "error"]


def _story_with(blocks: dict[int, str]) -> str:
    """The story with each block set after its paragraph or figure number ``n`` (0-based)."""
    parts = kit.story_parts()
    for at in sorted(blocks, reverse=True):
        parts.insert(at + 1, blocks[at])
    return kit.page("").replace("".join(kit.story_parts()), "".join(parts))


# --- a lone "related story" card without a heading ------------------------------------------
# Brightspot's Enhancement (a promo set into the rich text: "<div class='Enhancement'><ps-promo>
# <div class='PromoB-media'><a class='Link'><picture><img>…</a></div><div class='PromoB-title'>
# <a class='Link'>…</a></div></ps-promo></div>"); inline related-posts plugins for WordPress (a
# thumbnail link and a title link in one box, or one link around both: "<a class='irp-link'><img>
# <span class='irp-title'>…</span></a>"); a figure whose caption is the link (Gutenberg's image
# block linked, its caption the other story's title); Newspaper/tagDiv's CSS thumbnail, an empty
# link beside the title's link in its <h3>. Classes neutral.
F = f"{H}/news/2024/03/fire-closes-street/"
LONE_CARDS = [
    ("twin-links", f'<div class="c"><a href="{F}"><img src="{M}/2024/03/fire-300x200.jpg"></a><a href="{F}">Fire closes '
                   'downtown street for a week</a></div>'),
    ("brightspot-promo", f'<div class="e"><div class="e1"><ps-promo class="p"><div class="p1"><div class="p2"><a href="{F}">'
                         f'<picture><img src="{M}/2024/03/fire.jpg"></picture></a></div><div class="p3"><a href="{F}">Fire '
                         'closes downtown street for a week</a></div></div></ps-promo></div></div>'),
    ("one-link-block", f'<a class="c" href="{F}"><img src="{M}/2024/03/fire.jpg"><span>Fire closes downtown street for a '
                       'week</span></a>'),
    ("one-link-in-a-box", f'<div class="c"><a href="{F}"><img src="{M}/2024/03/fire.jpg"><div>Fire closes downtown street'
                          '</div></a></div>'),
    ("figure-caption-link", f'<figure class="c"><a href="{F}"><img src="{M}/2024/03/fire.jpg"></a><figcaption>'
                            f'<a href="{F}">Fire closes downtown street for a week</a></figcaption></figure>'),
    ("date-in-figures", f'<div class="c"><a href="{F}"><img src="{M}/2024/03/fire.jpg"></a><span>13.03.2024</span>'
                        f'<a href="{F}">Fire closes downtown street for a week</a></div>'),
    ("css-thumb-and-title", f'<div class="c"><a href="{F}" style="background-image:url({M}/f.jpg)"></a><h3><a href="{F}">'
                            'Fire closes downtown street</a></h3></div>'),
    ("css-thumb-and-paragraph", f'<div class="c"><a href="{F}" style="background-image:url({M}/f.jpg)"></a><p><a href="{F}">'
                                'Fire closes downtown street</a></p></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", LONE_CARDS, ids=[c[0] for c in LONE_CARDS])
def test_a_lone_related_card_without_a_heading_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


def test_two_related_cards_in_a_story_are_the_templates():
    cards = {i: f'<div class="c"><a href="{H}/news/2024/03/s{i}/"><img src="{M}/2024/03/s{i}.jpg"></a>'
                f'<a href="{H}/news/2024/03/s{i}/">Story number {i} about the town</a></div>' for i in (1, 5)}
    kit.assert_only_storys_errors(_story_with(cards), "two-cards.html")


# Three such cards through a story are a roundup whose items link their own pages (a food site's
# "Sheet pan dinners": a photo and its recipe's title each): the photos are the story's.
def test_a_roundup_of_linked_pictures_and_titles_keeps_its_errors():
    cards = {at: f'<div class="c"><a href="{H}/recipes/r{i}/"><img src="{M}/2024/03/r{i}.jpg"></a><a href="{H}/recipes/r{i}/">'
                 f'Sheet pan dinner number {i}</a></div>' for i, at in enumerate((1, 4, 6))}
    _keeps(_story_with(cards), "r0.jpg", "r1.jpg", "r2.jpg")


# The story's photo linking another story without a title beside it, beside a title leading to
# another page than the photo's, beside two words (no title), under a label of its own (a section's
# name), in a paragraph with its words, or to another site keeps its error.
def test_the_storys_linked_photos_keep_their_errors():
    _keeps(f'<div class="c"><a href="{F}"><img src="{M}/2024/03/alone-link.jpg"></a></div>', "alone-link.jpg")
    _keeps(f'<div class="c"><a href="{F}"><img src="{M}/2024/03/other-title.jpg"></a><a href="{H}/news/2024/03/other/">'
           'The council approves the budget</a></div>', "other-title.jpg")
    _keeps(f'<div class="c"><a href="{F}"><img src="{M}/2024/03/two-words.jpg"></a><a href="{F}">Main Street</a></div>',
           "two-words.jpg")
    _keeps(f'<div class="c"><span>Transport</span><a href="{F}"><img src="{M}/2024/03/labelled.jpg"></a><a href="{F}">'
           'Fire closes downtown street for a week</a></div>', "labelled.jpg")
    _keeps(f'<p><a href="{F}"><img src="{M}/2024/03/in-words.jpg"> Fire closes downtown street</a></p>', "in-words.jpg")
    _keeps('<div class="c"><a href="https://council.example.gov/plan"><img src="/img/plan-cover.jpg"></a>'
           '<a href="https://council.example.gov/plan">The full plan for the lanes</a></div>', "plan-cover.jpg")


# A picture of the story linked to its full view keeps its error however card-like its box: a
# caption with its credit inside the link (a gallery's lightbox link, "data-img" naming the
# original file, as Czech and German newsrooms' templates write it), a graphic or map whose title
# names it ("Map: …", "Grafik: …") or asks to view it ("View graphic").
def test_the_storys_pictures_linked_to_their_full_view_keep_their_errors():
    _keeps(f'<div class="ph"><a href="{H}/gallery/2024/03/lanes/" data-img="{M}/original/lanes.jpg"><div><img '
           f'src="{M}/2024/03/lanes-560.jpg"></div><div>Cyclists on Main Street on Tuesday</div></a></div>', "lanes-560.jpg")
    _keeps(f'<div class="ph"><a href="{H}/gallery/2024/03/lanes/"><img src="{M}/2024/03/credit.jpg"><span>Cyclists on '
           "Main Street. Photo: Reuters</span></a></div>", "credit.jpg")
    _keeps(f'<div class="g"><div class="w"><a href="{H}/graphics/2024/03/crash-map/"><img src="{M}/2024/03/crash-map.jpg">'
           f'</a> <a href="{H}/graphics/2024/03/crash-map/"><span>Where cyclists were hit, 2019–2023</span> <span>View '
           "graphic</span></a></div></div>", "crash-map.jpg")
    _keeps(f'<div class="g"><a href="{H}/grafik/2024/03/unfaelle/"><img src="{M}/2024/03/grafik.png"></a><a '
           f'href="{H}/grafik/2024/03/unfaelle/">Grafik: Unfälle mit Radfahrern seit 2019</a></div>', "grafik.png")
    # A German newsroom's lead photo opening its gallery, the label under it naming the gallery
    # and its size ("Fotostrecke: 9 Bilder", Spiegel Online's template of the 2010s).
    _keeps(f'<div class="gb"><div class="gp"><a href="{H}/fotostrecke/fotostrecke-123.html"><img src="{M}/2024/03/'
           f'lead-520.jpg" width="520" height="250"></a><div class="l"><a href="{H}/fotostrecke/fotostrecke-123.html">'
           '<strong>Fotostrecke:</strong> 9 Bilder</a></div></div></div>', "lead-520.jpg")


# A people site's hover card set inside the sentence after the name it explains (Drupal themes'
# "rollover" blocks: the face, the full name linking the person's page, their latest stories and
# "MORE"): the card is the template's, the face no error.
def test_a_hover_card_in_a_sentence_is_the_templates():
    card = (f'<p>Transportation director <span class="rp"><a href="{H}/people/alicia-gomez">Alicia Gomez</a><span class="rb">'
            f'<span><img src="{M}/people/gomez-100.jpg" width="100" height="100"><a href="{H}/people/alicia-gomez">Alicia '
            f'Maria Gomez</a><a href="{H}/news/2024/02/curbs/">Curbs planned for Main Street</a> <a href="{H}/people/'
            'alicia-gomez">MORE</a></span></span></span> said the curbs would keep cars out of the lanes on both avenues '
            "from next spring.</p>")
    kit.assert_only_storys_errors(kit.page(card), "hover.html")


# --- a numbered "most read" rail without its heading ----------------------------------------
# Newsrooms' popular-stories blocks and WordPress's Top Posts widget set between paragraphs (by
# an ad-and-widget inserter), their label left out or drawn by CSS: an <ol>, or rows each opening
# with the rank ("01", "2"), each a thumbnail and a title linking one story of the site.
def _rail_cells(rank: bool) -> list[str]:
    return [(f"<span>{i}</span>" if rank else "")
            + f'<a href="{H}/news/2024/03/s{i}/"><img src="{M}/2024/03/s{i}.jpg"></a><a href="{H}/news/2024/03/s{i}/">'
              f"Story number {i} about the town</a>" for i in range(1, 6)]


MOST_READ = [
    ("ol", '<ol class="m">' + "".join(f"<li>{c}</li>" for c in _rail_cells(False)) + "</ol>"),
    ("ol-in-a-box", '<div class="m"><ol>' + "".join(f"<li>{c}</li>" for c in _rail_cells(False)) + "</ol></div>"),
    ("ranked-rows", '<div class="m">' + "".join(f"<div>{c}</div>" for c in _rail_cells(True)) + "</div>"),
    ("one-link-each", '<ol class="m">' + "".join(
        f'<li><a href="{H}/news/2024/03/s{i}/"><img src="{M}/2024/03/s{i}.jpg"><span>Story number {i} about the town</span>'
        "</a></li>" for i in range(1, 6)) + "</ol>"),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", MOST_READ, ids=[m[0] for m in MOST_READ])
def test_a_numbered_most_read_rail_without_its_heading_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# Between the story's paragraphs, the same list is the story's when the headline counts its items
# ("The 5 Most Read Stories of the Week"), when its items say something of their own, when it is
# not numbered (a run of linked cards is the list itself), or when it links other sites (a shop).
def test_the_storys_lists_of_linked_pictures_keep_their_errors():
    rail = '<ol class="m">' + "".join(f"<li>{c}</li>" for c in _rail_cells(False)) + "</ol>"
    counted = kit.page(rail).replace(kit.HEADLINE, "The 5 Most Read Stories of the Week")
    _keeps(counted, "s1.jpg", "s5.jpg")
    described = '<ol class="m">' + "".join(
        f"<li>{c}<span>Why it mattered: the vote moved the budget</span></li>" for c in _rail_cells(False)) + "</ol>"
    _keeps(kit.page(described), "s1.jpg", "s5.jpg")
    _keeps(kit.page('<div class="m">' + "".join(f"<div>{c}</div>" for c in _rail_cells(False)) + "</div>"),
           "s1.jpg", "s5.jpg")
    shops = '<ol class="m">' + "".join(
        f'<li><a href="https://www.shop.example/dp/{i}"><img src="{M}/2024/03/lock{i}.jpg"></a>'
        f'<a href="https://www.shop.example/dp/{i}">Folding lock number {i}</a></li>' for i in range(1, 4)) + "</ol>"
    _keeps(kit.page(shops), "lock1.jpg", "lock3.jpg")


# --- people carousels -------------------------------------------------------------------------
# Newsrooms' own templates list their people in folders of the site ("/people/jane-doe/", Spanish
# "/equipo/", "/redaccion/", Portuguese "/jornalistas/", German "/redaktion/"): a carousel of
# faces under a story (no declared size, the face in the link with the name, or beside it).
PEOPLE = [
    ("carousel", '<div class="pc">' + "".join(
        f'<a href="{H}/people/{n}/"><img src="{M}/people/{n}.jpg"><span>{t}</span></a>'
        for n, t in (("jane-doe", "Jane Doe"), ("tom-lee", "Tom Lee"), ("ana-ruiz", "Ana Ruiz"))) + "</div>"),
    ("one-face-beside", f'<div class="pc"><a href="{H}/people/jane-doe/"><img src="{M}/people/jane-doe.jpg"></a>'
                        f'<a href="{H}/people/jane-doe/">Jane Doe</a></div>'),
    ("equipo", f'<div class="pc"><a href="{H}/equipo/maria-lopez/"><img src="{M}/equipo/maria.jpg"><span>María López'
               "</span></a></div>"),
    ("redaktion", f'<div class="pc"><a href="{H}/redaktion/jana-schmidt/"><img src="{M}/r/jana.jpg"></a>'
                  f'<a href="{H}/redaktion/jana-schmidt/">Jana Schmidt</a></div>'),
    ("contributors-face-in-link", f'<div class="pc"><a href="{H}/contributors/jane-doe/"><img src="{M}/c/jane.jpg">'
                                  "<span>Jane Doe</span></a></div>"),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", PEOPLE, ids=[p[0] for p in PEOPLE])
def test_a_people_carousels_faces_are_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# The story's photo of a person declared larger than a face, captioned, or linking the people
# folder beside the story's words (no name) keeps its error.
def test_the_storys_people_keep_their_errors():
    _keeps(f'<div class="pc"><a href="{H}/people/jane-doe/"><img src="{M}/2024/03/mayor-large.jpg" width="1200" '
           f'height="800"></a><a href="{H}/people/jane-doe/">Jane Doe</a></div>', "mayor-large.jpg")
    _keeps(f'<figure><a href="{H}/people/jane-doe/"><img src="{M}/2024/03/mayor-fig.jpg"><span>Jane Doe</span></a>'
           "<figcaption>Mayor Jane Doe at the vote</figcaption></figure>", "mayor-fig.jpg")
    _keeps(f'<div class="pc"><a href="{H}/people/lanes-team/"><img src="{M}/2024/03/team.jpg"></a><p>Meet the team behind '
           "the lanes, who spent two years drawing every junction on the route.</p></div>", "team.jpg")


# --- review badges ----------------------------------------------------------------------------
# Review themes and plugins stamp the verdict's award as a picture (WP Review's and review
# newsrooms' "Editors' Choice", "Best pick"; German test magazines' "Testsieger", "Kauftipp";
# French "Choix de la rédaction"), often without alt, beside the product's box.
BADGES = ["editors-choice.png", "editor-s-choice-badge-2024.png", "best-pick.svg", "top-pick-badge.png", "award-2023.png",
          "testsieger.png", "kauftipp-gold.png", "preis-leistungs-sieger.png", "choix-de-la-redaction.png",
          "coup-de-coeur.png", "eleccion-del-editor.png", "scelta-della-redazione.png", "badge_recommended.webp"]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("file", BADGES)
def test_a_review_badge_is_the_templates(file, where):
    box = f'<div class="b"><img src="{M}/2023/01/{file}" width="120" height="120"></div>'
    kit.assert_only_storys_errors(kit.page(box, where), f"{file}.html")


# Buying guides' product cards set the award as a small icon (an SVG trophy, a ribbon declared
# 16 to 80 px) beside its name alone ("Best overall", "Editors' Choice", "Best Buy Award 2024",
# "Empfehlung der Redaktion", "Choix de la rédaction"): the badge, its name said beside it.
LABELLED_AWARDS = [
    ("best-overall", '<div class="pc"><span class="b"><img src="/img/trophy.svg">Best overall</span></div>'),
    ("editors-choice", '<div class="pc"><img src="/img/ribbon.png" width="24" height="24"><span>Editors\' Choice</span></div>'),
    ("award-year", '<div class="pc"><img src="/img/x3.png" width="80" height="80"><span>Best Buy Award 2024</span></div>'),
    ("redaktion", '<div class="pc"><img src="/img/r.svg"><span>Empfehlung der Redaktion</span></div>'),
    ("redaction", '<div class="pc"><img src="/img/r.svg"><span>Choix de la rédaction</span></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", LABELLED_AWARDS, ids=[a[0] for a in LABELLED_AWARDS])
def test_a_small_badge_beside_its_awards_name_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# The product's photo beside the same words (a photo's file, or declared large) is the story's.
def test_a_products_photo_beside_an_awards_name_keeps_its_error():
    _keeps(kit.page(f'<div class="pc"><img src="{M}/2024/03/acme-lock.jpg"><span>Best overall</span></div>'), "acme-lock.jpg")
    _keeps(kit.page(f'<div class="pc"><img src="{M}/2024/03/u-lock.png" width="600" height="400"><span>Editors\' Choice'
                    "</span></div>"), "u-lock.png")


# A photo named for its subject (an award ceremony, a shop), a badge the story captions, and a
# badge that is all its link holds (its link would be left empty) keep their errors.
def test_the_storys_award_pictures_keep_their_errors():
    _keeps(f'<p><img src="{M}/2024/03/award-ceremony.jpg"></p>', "award-ceremony.jpg")
    _keeps(f'<p><img src="{M}/2024/03/best-buy-store.png"></p>', "best-buy-store.png")
    _keeps(f'<figure><img src="{M}/2024/03/testsieger.png"><figcaption>The seal the lock won in 2023</figcaption></figure>',
           "testsieger.png")
    _keeps(f'<p><a href="{H}/awards/"><img src="{M}/2024/03/award.png"></a></p>', "award.png")


# --- empty title slots over a widget's tally ---------------------------------------------------
# Poll plugins (WP-Polls, Crowdsignal) print their results under the poll's title ("Yes 62%",
# "1,204 votes"); countdown plugins "12 days 04 hours 33 minutes" or a running "12 : 04 : 33";
# quiz and form plugins their step ("Question 1 of 5", "Step 2/6"); review boxes their score
# ("8.5/10", "4,5 von 5"). The title comes from the widget's settings, an <h3> left empty when
# none was set.
TALLY_WIDGETS = [
    ("poll-results", '<div class="p"><h4></h4><ul><li>Yes 62%</li><li>No 38%</li></ul><p>1,204 votes</p></div>'),
    ("poll-votes-de", '<div class="p"><h3></h3><p>Ja</p><p>Nein</p><p>312 Stimmen</p></div>'),
    ("countdown-en", '<div class="cd"><h3></h3><div><span>12</span> days <span>04</span> hours <span>33</span> min</div></div>'),
    ("countdown-de", '<div class="cd"><h3></h3><div>12 Tage 4 Stunden 33 Minuten</div></div>'),
    ("countdown-es", '<div class="cd"><h2></h2><div>12 días 4 horas 33 minutos</div></div>'),
    ("countdown-clock", '<div class="cd"><h3></h3><div>12 : 04 : 33</div></div>'),
    ("quiz-step", '<div class="q"><h2></h2><p>Question 1 of 5</p></div>'),
    ("quiz-step-de", '<div class="q"><h2></h2><p>Frage 2 von 10</p></div>'),
    ("form-step", '<div class="q"><h5></h5><div>Step 2/6</div></div>'),
    ("review-score", '<div class="v"><h3></h3><span>8.5</span><span>/10</span></div>'),
    ("review-score-words", '<div class="v"><h4></h4><div>4.5 out of 5</div></div>'),
    ("review-score-de", '<div class="v"><h4></h4><div>4,5 von 5</div></div>'),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", TALLY_WIDGETS, ids=[t[0] for t in TALLY_WIDGETS])
def test_an_empty_title_slot_over_a_tally_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# The editor's empty heading over the story's own words with figures (a paragraph of prose about
# the poll, a heading with only an icon's glyph) stays HD003.
@pytest.mark.parametrize("html", [
    '<div class="g"><h3></h3><p>In the city\'s survey, 62% of residents backed the lanes and 38% opposed them, a wider '
    "margin than in 2019.</p></div>",
    '<h3><i class="icon-mail"></i></h3>',
], ids=["over-prose-with-shares", "icon-only-heading"])
def test_an_editors_empty_heading_over_figures_keeps_its_error(html):
    assert any(rule == "HD003" for rule, _ in _rules(kit.page(html))), html


# --- the tools of recipe and article templates -----------------------------------------------
# Recipe plugins' print button (WP Recipe Maker's "/wprm_print/123", Tasty Recipes'
# "/tasty-recipes-print/123") and Drupal's print module ("/print/123") as an icon link; a "Jump to
# Recipe" icon beside its text link to the recipe card's anchor.
TOOLS = [
    ("wprm-print", f'<div class="t"><a href="{H}/wprm_print/123"><img src="/img/printer-icon.svg"></a></div>'),
    ("tasty-print", f'<div class="t"><a href="{H}/tasty-recipes-print/123/"><img src="/img/p.svg"></a></div>'),
    ("drupal-print", f'<div class="t"><a href="{H}/print/123"><img src="/img/p.png"></a></div>'),
    ("jump-to-recipe", '<div class="t"><a href="#recipe"><img src="/img/jump-arrow.svg"></a><a href="#recipe">Jump to '
                       "Recipe</a></div>"),
]


@pytest.mark.parametrize("where", ["middle", "end"])
@pytest.mark.parametrize("name,html", TOOLS, ids=[t[0] for t in TOOLS])
def test_a_recipe_templates_tool_is_the_templates(name, html, where):
    kit.assert_only_storys_errors(kit.page(html, where), f"{name}.html")


# A photo linking a story whose slug ends in "-print", or a page numbered under a story's folder,
# and a photo beside a text link to a part of the page that is not its own keep their errors.
def test_the_storys_photos_linking_print_like_pages_keep_their_errors():
    _keeps(f'<p><a href="{H}/guides/how-to-print/"><img src="{M}/2024/03/printer.jpg"></a></p>', "printer.jpg")
    _keeps(f'<p><a href="{H}/news/2024/03/123"><img src="{M}/2024/03/numbered.jpg"></a></p>', "numbered.jpg")
    _keeps('<div class="t"><a href="#map"><img src="/img/lanes-map.jpg"></a><a href="#budget">The budget</a></div>',
           "lanes-map.jpg")


# Script links unfolding the rest of the article with the article named (German newsrooms'
# "Artikel weiterlesen" expanders), or in the Dutch word order the vocabulary lacked.
UNFOLDS = ["Artikel weiterlesen", "Den ganzen Artikel lesen", "Verder lezen"]


@pytest.mark.parametrize("name", UNFOLDS)
def test_a_script_link_unfolding_the_article_is_the_templates(name):
    kit.assert_only_storys_errors(kit.page(f'<div class="x"><a href="javascript:void(0)">{name}</a></div>'), "unfold.html")


def test_a_script_link_naming_the_storys_document_keeps_its_error():
    errors = _rules(kit.page('<div class="x"><a href="javascript:openDoc(4)">Artikelplan der Stadt</a></div>'))
    assert ("LK004", "javascript:openDoc(4)") in errors, errors


# --- pictures faded in: the story's -------------------------------------------------------------
# Lazy loaders fade pictures in from opacity:0 (lazysizes' recommended ".lazyload{opacity:0}",
# a3 Lazy Load's and themes' inline "opacity:0;transition:opacity .3s"): the reader sees them,
# so their missing alt stays an error. A picture hidden by visibility:hidden (a tracking pixel,
# a copy for another screen) is seen by no one.
@pytest.mark.parametrize("html", [
    f'<p><img src="{M}/2024/03/fade-a.jpg" style="opacity:0" width="1200" height="800"></p>',
    f'<p><img class="lazyload" src="{M}/2024/03/fade-b.jpg" data-src="{M}/2024/03/fade-b.jpg" '
    'style="opacity: 0; transition: opacity .3s"></p>',
    f'<div style="opacity:0"><img src="{M}/2024/03/fade-c.jpg"></div>',
    f'<style>.fade{{opacity:0}}</style><p><img class="fade" src="{M}/2024/03/fade-d.jpg"></p>',
], ids=["inline", "lazyload", "wrapper", "page-css"])
def test_a_faded_in_picture_keeps_its_error(html):
    name = html.split("/2024/03/", 1)[1].split('"', 1)[0]
    _keeps(kit.page(html), name)


def test_a_picture_hidden_by_visibility_is_no_error():
    kit.assert_only_storys_errors(kit.page(f'<p><img src="{M}/2024/03/pixel.gif" style="visibility:hidden"></p>'),
                                  "visibility.html")
