"""Players and pop-ups that the widget rules (:mod:`auditor.sources.widgets`) leave in
the story, as publishing stacks write them (tests/test_overlays.py).

- a captioned player: a figure whose picture sits beside a play control or a player's
  frame. The picture is the poster the player replaces, and the player has its own
  label. A captioned still with no control stays the story's: the story shows it.
- an embed block typed as video (WordPress's ``is-type-video``, Drupal's
  ``media--type-remote-video``), a schema.org video item (kept for its description), a
  box holding the player's address until a click loads it (``data-src``, ``data-embed``):
  a picture in it is the poster or the embed's lazy placeholder;
- a box hidden by a pop-up script's class (``mfp-hide``), a box whose class says pop-up
  or modal only in a modifier or a glued word (``CampaignType--popup``, ``simplemodal``)
  (a ``<dialog>`` never reaches here: ``body.drop_invisible`` removes it with scripts);
- a closable box asking for money or support in languages the shared vocabulary lacks
  (Thai, Indonesian, Vietnamese, Korean, Japanese, Chinese, Russian, Turkish…).

The pop-up rules need a picture in a small box with no prose: a story's section is never one.
"""

from __future__ import annotations

import re

from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome import Element, Facts, Verdict, _holds_prose

# A dialog or appeal box says little: a title, a line or two, a button.
_BOX_TEXT = 600
# How far up from a picture its player or embed box is looked for.
_DEPTH = 6

# Classes of a pop-up library that hide its box until a script opens it.
_POPUP_HIDE = re.compile(r"(?:^|\s)(?:mfp|fancybox|lity|featherlight|remodal|pum|popmake|popup|modal|dialog)"
                         r"[-_]hid(?:e|den)(?:\s|$)", re.I)
# "pop-up" or "modal" glued into a word or written as a modifier: "simplemodal",
# "CampaignType--popup", "newsletterPopup", "donate_modal". Not a story picture's
# opener ("modal-trigger", "popup-image", "js-open-modal"), nor "multimodal", "modalità".
_POPUP_WORD = re.compile(r"(?<!multi)(?<!inter)modal(?!it)|pop-?up|popin|interstitial|exit-?intent", re.I)
_OPENER_WORD = re.compile(r"trigger|toggle|open|link|img|image|photo|picture|gallery|zoom|btn|button|launch|show", re.I)
# Embed blocks typed as video or audio by the CMS: WordPress ("is-type-video",
# "is-provider-youtube", "wp-block-embed-vimeo"), Drupal ("media--type-remote-video",
# "media--type-video").
_VIDEO_TYPE = re.compile(r"(?:^|\s)(?:is-type-(?:video|audio)|is-provider-(?:youtube|vimeo|dailymotion|videopress"
                         r"|ted|tiktok|wistia|brightcove|jwplayer|spotify|soundcloud)|wp-block-embed-(?:youtube|vimeo"
                         r"|dailymotion|videopress|ted|tiktok)|media--type-(?:remote-)?(?:video|audio)"
                         r"|media-(?:remote-)?video)(?:\s|$)", re.I)
# Words of an appeal to give or support, in languages the shared vocabulary lacks.
_APPEAL_WORDS = re.compile(
    r"บริจาค|สนับสนุน|ร่วมสมทบ|donasi|dukung kami|sokong kami|ủng hộ|quyên góp|후원|기부|寄付|ご支援|支援する|捐款|捐助|捐赠"
    r"|赞助|贊助|支持我们|支持我們|пожертв|поддержите|поддержать|bağış|destek ol|wesprzyj|darowizn|wpłać|doneer|steun ons"
    r"|lahjoit|stöd oss|donera|støtt oss|δωρε|υποστηρίξ|תרומה|תרמו|تبرع|ادعم")  # read lower-cased: re.I is 8x slower


def judge(el: Element, facts: Facts) -> Verdict | None:
    """A player's poster or a pop-up that the widget rules did not tell (see the module
    docstring), or None."""
    if el.tag in ("img", "amp-img"):
        return _player_still(el, facts)
    names = el.get("class")
    ident = el.get("id")
    if ident:
        names = f"{names or ''} {ident}"
    if not names:
        return None
    hidden = _POPUP_HIDE.search(names)
    hint = hidden.group(0) if hidden is not None else _popup_word(names)
    if hint is not None:
        small = _small_box_with_picture(el, facts)
        return Verdict("dialog", f"class {hint.strip()[:30]!r}: a pop-up") if small else None
    if not 0 < facts.text.get(el, 0) <= _BOX_TEXT:
        return None
    words = _APPEAL_WORDS.search((el.text_content() or "").lower())
    if words is None or "close" not in _close_hint(el) or not _small_box_with_picture(el, facts):
        return None
    return Verdict("dialog", f"a closable box asking {words.group(0)!r}: a pop-up")


def _popup_word(names: str) -> str | None:
    """The class or id token naming a pop-up in a glued word or a modifier, not a
    picture's opener; the plain words ("modal", "popup") the shared vocabulary reads."""
    if not _POPUP_WORD.search(names):
        return None
    for token in names.split():
        if _POPUP_WORD.search(token) and not _OPENER_WORD.search(token) \
                and token.lower() not in ("modal", "popup", "pop-up", "popin", "interstitial"):
            return token
    return None


def _small_box_with_picture(el: Element, facts: Facts) -> bool:
    if facts.text.get(el, 0) > _BOX_TEXT or _holds_prose(el, facts, 2):
        return False
    return next(el.iter("img", "amp-img"), None) is not None


def _close_hint(el: Element) -> set[str]:
    """"close" when ``el`` holds a control that closes it (see widgets._controls_in),
    looked at only in boxes of few elements."""
    from auditor.sources.widgets import _controls_in

    if sum(1 for _ in el.iter()) > 30:
        return set()
    return _controls_in(el)


def _player_still(el: Element, facts: Facts) -> Verdict | None:
    """A picture in an embed block typed as video, in a schema.org video item (not one
    holding the story), in a box holding the player's address until a click loads it (WP
    Rocket's and Perfmatters' data-src, Drupal's lazy embed), or in a captioned figure
    beside a play control or a player's frame: the poster or placeholder the player
    replaces."""
    figure = None
    for depth, box in enumerate(el.iterancestors()):
        if depth >= _DEPTH or box.tag in ("body", "article", "main"):
            break
        cls = box.get("class")
        if cls and _VIDEO_TYPE.search(cls):
            return Verdict("player", f"a picture in an embed typed as video ({cls.strip()[:30]!r}): its placeholder")
        if vocab.PLAYER_ITEMTYPE.search(box.get("itemtype") or "") and not _holds_prose(box, facts, 2):
            # with its description; holding the story (a video page's article), it stays
            return Verdict("player", "a picture in a schema.org video or audio item: its poster")
        if any(name.startswith("data-") and "//" in value and vocab.PLAYER_FRAME_SRC.search(value)
               for name, value in box.attrib.items()):
            return Verdict("player", "a picture in a box that loads a player's frame on click: its placeholder")
        if box.tag == "figure":
            figure = box
            break
    if figure is None or next(figure.iter("figcaption"), None) is None:
        return None
    if "play" in _play_controls(figure):
        return Verdict("player", "a captioned player's poster, beside its play control or frame")
    return None


def _play_controls(figure: Element) -> set[str]:
    """What the figure's controls do, its caption left out: a caption's "Watch the
    video" link points elsewhere and leaves the photo the story's."""
    from auditor.sources.widgets import BUTTON_MARK, _controls_in

    found = {figure.get(BUTTON_MARK) or ""}
    for child in figure:
        if isinstance(child.tag, str) and child.tag != "figcaption":
            found |= _controls_in(child)
    return found
