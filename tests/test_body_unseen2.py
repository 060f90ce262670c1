"""Text furniture inside the article body, second set (round 15, body27): lines an editor does
not read as the story's prose, set into the clean story of tests/test_body_unseen.py and
compared with it (the body's words, the sentences readability reads, ``--explain-body``
naming the line), with look-alikes that stay the story's.

Where the shapes come from (markup and habit, not copied pages):
- A picture's credit as a paragraph of its own: WordPress's block editor gives an Image block
  a caption only when the theme shows one, so writers set "Photo: …" as a Paragraph block under
  the Image block ("<figure class='wp-block-image'><img></figure><p><em>Photo: …</em></p>");
  newsrooms' templates put a credit ``<p>`` in the picture's box ("<div class='image'><img><p
  class='credit'>…"); the wire style of each language: "Photo: Jane Doe/Reuters" (AP Stylebook's
  credit line), "Foto: dpa" (German), "Crédit photo : AFP" (French), "Bild: Keystone" (Swiss
  German), "Crédito de la foto: EFE", "圖片來源：中央社" (Taiwanese newsrooms), "写真：共同通信"
  (Japanese), "사진: 연합뉴스" (Korean). The image rules read it as the picture's credit (IM009,
  the score's "pictures with no caption or credit").
- A glyph and a link set alone between paragraphs: newsrooms' "► <a>headline</a>" teasers,
  German "» <a>Mehr zum Thema</a>", blogs' "→ <a>Read more</a>", affiliate posts' "► <a>Buy
  it at Amazon</a>" shop lines, "👉 <a>…</a>" in social-first newsrooms: the link is checked by
  the link rules (an affiliate link without rel=sponsored stays reported), the line is no sentence.
- Transcripts behind a toggle: the HTML ``<details><summary>Transcript</summary>…`` disclosure
  widget (WordPress's core Details block writes exactly that), and a "Show transcript" button
  whose ``aria-controls`` names a hidden panel (WAI-ARIA Authoring Practices' disclosure
  pattern). A FAQ written as ``<details>`` (the same Details block, a question as its summary)
  keeps its answers as text.
"""

from __future__ import annotations

import pytest

from auditor.engine.scoring import uncaptioned_pictures
from auditor.sources.explain import explain_body
from test_body_unseen import NEWS, SITE, STORY, assert_kept, assert_only_the_story, page, read

PICTURE = f'<figure class="x6"><img src="{SITE}/img/2024/03/main-street-lanes.jpg" alt="Riders on Main Street" ' \
          'width="1200" height="800"></figure>'


# --- a picture's credit set as its own paragraph ------------------------------------------------
CREDITS = [("Photo: Jane Doe/Reuters", "Jane Doe/Reuters"), ("Foto: Jane Doe/dpa", "Jane Doe/dpa"),
           ("Crédit photo : AFP", "AFP"), ("Bild: Keystone", "Keystone"), ("Crédito de la foto: EFE", "EFE"),
           ("Photo by Jane Doe/Getty Images", "Jane Doe/Getty Images"), ("圖片來源：中央社", "中央社"),
           ("写真：共同通信", "共同通信"), ("사진: 연합뉴스", "연합뉴스"), ("Fotos: Jane Doe", "Jane Doe")]


@pytest.mark.parametrize("line,credit", CREDITS)
@pytest.mark.parametrize("wrap", ["<p>{}</p>", "<p><em>{}</em></p>", '<p class="x7"><small>{}</small></p>'])
def test_a_credit_line_under_a_picture_is_the_pictures_credit(line, credit, wrap):
    html = page(PICTURE + wrap.format(line))
    assert_only_the_story(html, "credit")
    doc = read(html).document
    assert [i.credit for i in doc.images] == [credit]
    assert not uncaptioned_pictures(doc)  # the score sees a credited picture


def test_a_credit_line_in_the_pictures_box_is_not_the_story():
    # A template's box: the picture, then its credit in a <p> of the same box.
    html = page(f'<div class="x8"><img src="{SITE}/img/lanes.jpg" alt="Riders on Main Street" width="1200" '
                'height="800"><p class="x9">Foto: Jane Doe/dpa</p></div>')
    assert_only_the_story(html, "credit")
    assert [i.credit for i in read(html).document.images] == ["Jane Doe/dpa"]


def test_a_caption_and_credit_paragraph_under_a_picture_is_the_pictures():
    html = page(PICTURE + "<p><em>Riders try the first protected segment on Tuesday. Photo: Jane Doe/Reuters</em></p>")
    assert_only_the_story(html, "credit")
    image = read(html).document.images[0]
    assert (image.caption, image.credit) == ("Riders try the first protected segment on Tuesday.", "Jane Doe/Reuters")


def test_a_credit_the_figure_gives_is_kept_and_the_line_under_it_is_not_read_again():
    # figcaption credit (pinned: read right before) and a repeated credit line under it
    html = page(f'<figure><img src="{SITE}/img/lanes.jpg" alt="Riders on Main Street" width="1200" height="800">'
                "<figcaption>Riders on Main Street. Photo: Ann Lee/AP</figcaption></figure><p>Photo: Ann Lee/AP</p>")
    assert_only_the_story(html, "credit")
    assert [i.credit for i in read(html).document.images] == ["Ann Lee/AP"]


def test_a_lone_credit_line_with_no_picture_beside_it_is_no_sentence():
    # The lead picture's credit, set in the body while the picture sits in the header.
    assert_only_the_story(page("<p>Photo: Jane Doe/Reuters</p>", at=0), "credit")


@pytest.mark.parametrize("para", [
    "Photographs of the crash were shown to the council on Tuesday, and members asked for more curbs.",
    "Source: the mayor's office said on Tuesday that the first lanes would open in May after the works.",
    "Images from the traffic cameras show cars parked in the painted lanes on most weekday mornings.",
    "Bilder der Verkehrskameras zeigen, dass Autos fast jeden Morgen auf den Radwegen parken.",
])
def test_a_sentence_that_opens_like_a_credit_stays_the_storys(para):
    assert_kept(page(PICTURE + f"<p>{para}</p>"), para)


def test_an_entrys_prose_under_its_picture_with_a_credit_inside_stays():
    # A roundup's entry: its picture, then its prose, which names a source mid-way.
    para = ("Our favourite segment. Credit: the city's own map, which shows it runs from Main Street to the bridge and "
            "opens next May.")
    assert_kept(page(PICTURE + f"<p>{para}</p>"), para)


def test_a_paragraph_under_a_picture_that_only_ends_with_a_credit_word_stays():
    para = ("Riders tried the first segment on Tuesday morning, and most said the curbs made them feel safer than the "
            "painted lanes on Fifth Avenue, where cars still park every day and delivery trucks stop at will. Photo "
            "opportunities abounded, and the mayor, who rode the whole segment with her staff, posed for several: she "
            "told reporters the city would finish the network before the next election, whatever the cost.")
    assert_kept(page(PICTURE + f"<p>{para}</p>"), para)


# --- a glyph and a link, alone on a line --------------------------------------------------------
@pytest.mark.parametrize("shape", [
    f'<p>► <a href="{NEWS}/fifth-avenue-closes/">Fifth Avenue closes for works this summer</a></p>',
    f'<p>→ <a href="{NEWS}/more/">Read more</a></p>',
    f'<p>» <a href="{NEWS}/thema/">Mehr zum Thema</a></p>',
    f'<p><a href="{NEWS}/suite/">Lire la suite</a> »</p>',
    f'<p><strong>▶</strong> <a href="{SITE}/video/lanes/">Así son los nuevos carriles bici</a></p>',
    f'<p>👉 <a href="{NEWS}/bus-routes/">Bus routes change as the bridge repairs begin</a></p>',
    f'<p>« <a href="{NEWS}/prev/">Vorige</a> | <a href="{NEWS}/next/">Nächste</a> »</p>',
])
def test_a_glyph_and_a_link_alone_on_a_line_is_no_sentence(shape):
    shown = assert_only_the_story(page(shape), "related")
    assert "a glyph and a link" in shown


def test_a_glyph_lines_affiliate_link_is_still_checked():
    html = page('<p>► <a href="https://www.amazon.com/dp/B07XJ8C8F5?tag=ledger-20">Buy the Brompton folding bike at '
                "Amazon</a></p>")
    assert_only_the_story(html, "related")
    result = read(html)
    assert any(link.href and "amazon.com" in link.href for link in result.document.links)
    assert "LK011" in {f.rule for f in result.findings}


@pytest.mark.parametrize("para,text", [
    (f'<p>→ The council votes again in May, <a href="{NEWS}/agenda/">the agenda</a> says.</p>',
     "→ The council votes again in May, the agenda says."),
    ("<p>• Riders must yield to buses at every stop along the new protected lanes.</p>",
     "• Riders must yield to buses at every stop along the new protected lanes."),
    (f'<p>» Wer mehr wissen will, findet <a href="{NEWS}/plan/">den Plan</a> im Rathaus.</p>',
     "» Wer mehr wissen will, findet den Plan im Rathaus."),
])
def test_a_glyph_before_a_sentence_stays_the_storys(para, text):
    assert_kept(page(para), text)


# --- transcripts behind a toggle ----------------------------------------------------------------
SPOKEN = ("<p>Speaker 1: So we are here today on Main Street and the lanes are finally going in, after years of "
          "meetings and petitions and a lot of public comment from everybody in this neighbourhood and beyond it.</p>"
          "<p>Speaker 2: Yes, and honestly I never thought I would see the day when the city would actually pour "
          "concrete curbs on this street, because every plan before this one was dropped at the last minute.</p>")


@pytest.mark.parametrize("label", ["Transcript", "Show transcript", "Read the full transcript", "Video transcript",
                                   "Transkript anzeigen", "Transcription de la vidéo", "Ver transcripción",
                                   "Mostrar transcrição", "Trascrizione", "Transkrypcja", "Расшифровка", "文字起こし",
                                   "逐字稿"])
def test_a_transcript_in_details_is_not_the_story(label):
    shown = assert_only_the_story(page(f"<details><summary>{label}</summary>{SPOKEN}</details>"), "transcript")
    assert "transcript behind a toggle" in shown


def test_a_transcript_panel_a_button_shows_is_not_the_story():
    html = page('<div class="x10"><button type="button" aria-expanded="false" aria-controls="tr-1">Show transcript'
                f'</button><div id="tr-1" hidden>{SPOKEN}</div></div>')
    assert_only_the_story(html, "transcript")


def test_a_long_transcript_does_not_make_a_story_long():
    # A 2,000-word transcript under a story of twelve paragraphs: not a wall of text, not a long read.
    spoken, story = SPOKEN * 20, STORY + STORY
    result = read(page(f"<details><summary>Transcript</summary>{spoken}</details>", at=12, paragraphs=story))
    assert result.metrics["words"] == read(page(paragraphs=story)).metrics["words"]
    assert not {"HD008", "RD004", "RD005", "RD011"} & {f.rule for f in result.findings}


@pytest.mark.parametrize("question,answer", [
    ("How much does the project cost?", "About half of the cost comes from a federal grant awarded in January."),
    ("Wann beginnen die Bauarbeiten?", "Die Arbeiten an der Hauptstraße beginnen im nächsten Frühjahr."),
    ("Where can I read the transcript of the vote?", "The council publishes every vote's minutes on its website."),
])
def test_a_faq_written_as_details_keeps_its_answers(question, answer):
    html = page(f"<details><summary>{question}</summary><p>{answer}</p></details>")
    assert_kept(html, answer)


def test_a_page_that_is_the_transcript_keeps_it():
    # A podcast episode's page: a line of show notes, then the transcript, which is the page's text.
    spoken = SPOKEN * 6
    result = read(page(f"<details open><summary>Transcript</summary>{spoken}</details>",
                       paragraphs=("In this episode we ride the new lanes with two neighbours.",)))
    assert result.metrics["words"] > 300
    assert "transcript" not in {d.kind for d in result.document.body_drops}


def test_the_explain_body_lists_the_lines_read_as_furniture():
    html = page(PICTURE + "<p>Photo: Jane Doe/Reuters</p>" + f'<p>► <a href="{NEWS}/x/">Fifth Avenue closes</a></p>')
    shown = explain_body(read(html).document)
    assert "<p> credit: a picture's credit line" in shown
    assert "<p> related: a glyph and a link" in shown
    assert f"{len(STORY)} paragraphs" in shown


# --- the publisher's notes, a page's tools and jumps ---------------------------------------------
# The Conversation's republishing terms ask for "This article is republished from The Conversation
# under a Creative Commons license. Read the original article."; wire partners' "This article
# originally appeared on …"; the FTC's endorsement guides ask for the affiliate disclosure above
# the links ("We may earn a commission…"), German law for "Werbung/Affiliate-Links" notes.
NOTES = [
    ("republished", '<p><em>This article is republished from <a href="https://theconversation.com/x">The Conversation'
                    '</a> under a Creative Commons license. Read the <a href="https://theconversation.com/x">original '
                    "article</a>.</em></p>"),
    ("republished", "<p><em>This story originally appeared on Grist.</em></p>"),
    ("republished", "<p>Originally published on Live Science.</p>"),
    ("republished", '<p><em>Dieser Artikel erschien zuerst bei <a href="https://example.org/x">Zeit Online</a>.</em></p>'),
    ("republished", "<p><em>Cet article a été initialement publié sur The Conversation.</em></p>"),
    ("republished", "<p><em>Este artículo fue publicado originalmente en The Conversation.</em></p>"),
    ("republished", "<p><em>Questo articolo è stato pubblicato originariamente su The Conversation.</em></p>"),
    ("disclosure", "<p><em>We may earn a commission when you buy through links on our site.</em></p>"),
    ("disclosure", "<p><em>Disclosure: Some links in this article are affiliate links. If you buy something, we may "
                   "earn a commission at no extra cost to you.</em></p>"),
    ("disclosure", "<p>Dieser Artikel enthält Affiliate-Links. Wenn Sie darüber einkaufen, erhalten wir eine kleine "
                   "Provision.</p>"),
    ("disclosure", "<p>Cet article contient des liens affiliés : nous percevons une commission sur vos achats.</p>"),
    ("newsletter", "<p><em>Sign up for our free morning newsletter and get the day's top stories in your inbox.</em></p>"),
    ("newsletter", "<p>Subscribe to our show on Apple Podcasts, Pocket Casts and NPR One.</p>"),
    ("newsletter", "<p>Abonnieren Sie unseren Newsletter und erhalten Sie jeden Morgen die wichtigsten Nachrichten.</p>"),
    ("newsletter", "<p>Inscrivez-vous à notre newsletter pour recevoir l'essentiel de l'actualité.</p>"),
    ("newsletter", "<p>Suscríbete a nuestro boletín y recibe las noticias de la ciudad.</p>"),
]


@pytest.mark.parametrize("kind,note", NOTES)
@pytest.mark.parametrize("at", [0, 6])
def test_the_publishers_note_is_not_the_story(kind, note, at):
    html = page(note, at=at)
    shown = assert_only_the_story(html, kind)
    assert "the publisher's note" in shown
    # its links are still links (a closing note's own-site http link stays a template's: quiet)
    assert len(read(html).document.links) == note.count("<a ")


@pytest.mark.parametrize("para", [
    "Originally, the council planned to publish the map in May, but the survey took longer than expected.",
    "The FTC said influencers must disclose affiliate links when they earn a commission on what they sell.",
    "As a recurring feature, our team combs the city for the best new rides. The shop has affiliate relationships with "
    "two bike makers and may receive a small commission.",
    "Dealing with ideas is as much an act of omission as it is an act of commission, I learned as a student.",
    "Subscribers to the city's alerts were told on Monday that the lanes would close for a week.",
    "Dieser Artikel der Verkehrsordnung gilt zuerst für Radfahrer, sagte die Direktorin.",
    "First published in 1851, the city's cycling guide sold poorly until the council reprinted it.",
    "Join the protest at City Hall on Friday, the organisers told the riders on Main Street.",
    "Sign up for the city's free bike training at the library, the council said on Tuesday.",
])
def test_a_story_sentence_about_publishing_commissions_or_subscribers_stays(para):
    assert_kept(page(f"<p>{para}</p>"), para)


@pytest.mark.parametrize("line", ["Share this article", "Share this story", "Listen to this article", "Diesen Artikel "
                                  "teilen", "Partager cet article", "Compartir este artículo", "Jump to Recipe",
                                  "Print Recipe", "Zum Rezept springen", "Aller à la recette"])
def test_a_line_naming_a_page_tool_is_not_the_story(line):
    assert_only_the_story(page(f'<p class="x11">{line}</p>'), "control")


@pytest.mark.parametrize("line", ["Listen to this article <span>5 min</span>", "Artikel anhören <span>(3:12)</span>",
                                  "Escuchar este artículo <span>4 minutos</span>"])
def test_a_listen_line_with_its_running_time_is_not_the_story(line):
    assert_only_the_story(page(f'<div class="x12">{line}</div>', at=0), "control")


def test_a_sentence_opening_with_a_tools_words_stays():
    para = "Share this article with a friend who rides, the mayor urged the crowd at the end of the vote."
    assert_kept(page(f"<p>{para}</p>"), para)


@pytest.mark.parametrize("link", ['<a href="#recipe">Jump to Recipe</a>', '<a href="#the-list">Skip to the list</a>',
                                  '<a href="#wprm-recipe-container-42">Zum Rezept</a>'])
def test_a_lone_jump_within_the_page_is_no_sentence_and_stays_a_link(link):
    html = page(f"<p>{link}</p>", at=0)
    assert_only_the_story(html, "control")
    assert [lk.href for lk in read(html).document.links if lk.href and lk.href.startswith("#")]


def test_a_link_within_the_page_inside_a_sentence_stays():
    para = "The full list of streets is in the table below, which the council updates every month."
    assert_kept(page('<p>The full list of streets is in <a href="#table">the table below</a>, which the council '
                     "updates every month.</p>"), para)


# --- tables of contents -----------------------------------------------------------------------------
# Yoast's Table of Contents block ("<div class='wp-block-yoast-seo-table-of-contents'><h2>Table of
# contents</h2><ul><li><a href='#h-…'>…</a></li>…"), Rank Math's (a <nav> in a box under its own
# heading), Easy Table of Contents', and the hand-made "<p><strong>Inhaltsverzeichnis</strong></p><ol>"
# of editors: its words are the headings' again, not the story's.
def _toc(label: str, box: str = '<div class="x13">{}</div>', inside: bool = True) -> str:
    entries = "".join(f'<li><a href="#s{i}">{t}</a></li>' for i, t in enumerate(("The vote", "The money",
                                                                                "What comes next", "Your questions")))
    heading = f"<h2>{label}</h2>" if inside else f"<p><strong>{label}</strong></p>"
    return box.format(f"{heading}<ul>{entries}</ul>") if inside else heading + f"<ol>{entries}</ol>"


@pytest.mark.parametrize("label", ["Table of contents", "Contents", "In this article", "Inhaltsverzeichnis", "Sommaire",
                                   "Índice", "Spis treści", "Содержание", "目次", "Whatever the theme calls it"])
def test_a_table_of_contents_box_is_not_the_story(label):
    assert_only_the_story(page(_toc(label), at=1), "nav")


@pytest.mark.parametrize("label", ["Table of contents", "Inhaltsverzeichnis", "Sommaire", "Índice", "Содержание"])
def test_a_table_of_contents_under_its_own_label_line_is_not_the_story(label):
    html = page(_toc(label, inside=False), at=1)
    assert_only_the_story(html, "nav")
    assert not read(html).document.list_items


def test_a_list_of_links_to_other_pages_or_of_a_few_anchors_stays():
    # the story's list of sources links to other pages; a list with one footnote anchor is the story's
    sources = "".join(f'<li><a href="{NEWS}/s{i}/">Council minutes, session {i}</a></li>' for i in range(4))
    result = read(page(f"<p>The council's record:</p><ul>{sources}</ul>"))
    assert len(result.document.list_items) == 4
    notes = ('<ol><li>The grant was awarded in January <a href="#fn1">[1]</a>, the council said.</li><li>Design work '
             "begins this summer.</li><li>Construction starts next spring.</li></ol>")
    assert len(read(page(notes)).document.list_items) == 3


def test_a_contents_label_over_the_storys_list_stays():
    html = page("<p><strong>Contents</strong></p><ul><li>Two hundred crashes in four years</li><li>Fourteen miles of "
                "lanes</li><li>One federal grant</li></ul>")
    assert "Contents" in [p.text for p in read(html).document.paragraphs]


# --- judged the story's: the newsroom's notes on the story, a recipe's card -------------------------
@pytest.mark.parametrize("para,text", [
    ("<p><em>Editor's note: This story has been updated to include comments from the mayor.</em></p>",
     "Editor's note: This story has been updated to include comments from the mayor."),
    ("<p><strong>Correction:</strong> An earlier version of this story misstated the length of the lanes. It is "
     "fourteen miles, not forty.</p>",
     "Correction: An earlier version of this story misstated the length of the lanes. It is fourteen miles, not forty."),
    ("<p><em>Anmerkung der Redaktion: Dieser Artikel wurde um eine Stellungnahme der Bürgermeisterin ergänzt.</em></p>",
     "Anmerkung der Redaktion: Dieser Artikel wurde um eine Stellungnahme der Bürgermeisterin ergänzt."),
])
def test_an_editors_note_or_a_correction_on_the_story_stays_the_storys(para, text):
    # The newsroom's words about this story (what changed, what was wrong): part of its record.
    assert_kept(page(para, at=6), text)


def test_a_recipe_cards_ingredients_and_steps_stay_the_storys():
    # WP Recipe Maker's card: its ingredients and instructions are the recipe the page is for.
    card = ('<div class="x14" id="recipe"><h2>Easy Banana Bread</h2><a href="https://www.ledger.example/print/42">Print '
            'Recipe</a><h3>Ingredients</h3><ul><li>3 ripe bananas</li><li>1/3 cup melted butter</li><li>1 teaspoon '
            "baking soda</li></ul><h3>Instructions</h3><ol><li>Preheat the oven to 350°F and butter a loaf pan.</li>"
            "<li>Mash the bananas in a bowl and stir in the butter.</li></ol></div>")
    doc = read(page(card, at=6)).document
    assert [i.text for i in doc.list_items] == ["3 ripe bananas", "1/3 cup melted butter", "1 teaspoon baking soda",
                                                "Preheat the oven to 350°F and butter a loaf pan.",
                                                "Mash the bananas in a bowl and stir in the butter."]


# --- item lengths: furniture inside an item is not its words ------------------------------------------
def _five(extra: dict[int, str]) -> str:
    items = [f"<h2>{n}. Stop number {n}</h2><p>{STORY[n]}</p>{extra.get(n, '')}" for n in range(1, 6)]
    return (f'<html lang="en"><head><title>5 stops</title><link rel="canonical" href="{NEWS}/5-stops/"></head><body>'
            f'<article><h1>5 stops on the new bike lanes</h1><p>{STORY[0]}</p>{"".join(items)}</article></body></html>')


def test_furniture_inside_items_is_not_their_words():
    clean = read(_five({}))
    dressed = read(_five({
        1: PICTURE + "<p><em>Photo: Jane Doe/Reuters</em></p>",
        2: f'<p>► <a href="https://www.amazon.com/dp/B07XJ8C8F5?tag=ledger-20">Buy the lock at Amazon</a></p>',
        3: "<details><summary>Transcript</summary>" + SPOKEN + "</details>",
        5: "<p><em>This article originally appeared on Grist.</em></p>",
    }))
    assert [i.words for i in dressed.document.items] == [i.words for i in clean.document.items]
    assert len(dressed.document.items) == 5


# --- a template's lines of one kind are its list's, not lone pointers ----------------------------------
# Affiliate roundups title each product with a glyph and its shop link ("<p><strong>► <a href='amazon…'>
# Brompton C Line</a></strong></p>" over the product's prose), or close each with "► <a>Buy at Amazon</a>":
# three or more alike lines are the list's own.
_DESC = ("<p>This folding bike packs down small enough for the train and rides well on the new protected lanes "
         "every day.</p>")


@pytest.mark.parametrize("title", ['<p><strong>► <a href="https://www.amazon.com/dp/B0{i}?tag=x-20">Folding bike model '
                                   '{i}</a></strong></p>',
                                   '<p>► <a href="https://www.amazon.com/dp/B0{i}?tag=x-20">Folding bike model {i}</a></p>',
                                   '<p><a href="#bike-{i}">Folding bike model {i}</a></p>'])
def test_glyph_lines_titling_every_entry_stay_the_lists_titles(title):
    head = "5 folding bikes for the new lanes"
    body = "".join(title.format(i=i) + _DESC for i in range(1, 6))
    result = read(f'<html lang="en"><head><title>{head}</title><link rel="canonical" href="{NEWS}/bikes/"></head><body>'
                  f"<article><h1>{head}</h1><p>{STORY[0]}</p>{body}</article></body></html>")
    assert [i.title for i in result.document.items] == [f"Folding bike model {i}" for i in range(1, 6)]
    assert result.document.listicle is not None and result.document.listicle.verdict == "kept"
