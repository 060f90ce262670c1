"""lower_as_re_i: a needle check that skips a re.I search must never skip a match."""

from __future__ import annotations

import re
import sys

from auditor.sources import chrome_vocabulary as vocab
from auditor.sources.chrome import AVATAR_SRC_NEEDLES, PLAYER_MESSAGE_NEEDLES
from auditor.sources.template_pictures import _FACE_PATH, FACE_PATH_NEEDLES
from auditor.sources.widgets import CONSENT_NEEDLES, COOKIE_NEEDLES
from auditor.text.lazyre import lower_as_re_i

NEEDLES = CONSENT_NEEDLES + COOKIE_NEEDLES + PLAYER_MESSAGE_NEEDLES + FACE_PATH_NEEDLES + AVATAR_SRC_NEEDLES


def test_every_character_re_i_takes_for_a_needles_letter_folds_to_that_letter() -> None:
    letters = sorted(set("".join(NEEDLES)))
    assert all(lower_as_re_i(letter) == letter for letter in letters)  # needles are spelled folded
    any_letter = re.compile("[" + "".join(re.escape(letter) for letter in letters) + "]", re.I)
    one = {letter: re.compile(re.escape(letter), re.I) for letter in letters}
    for code in range(sys.maxunicode + 1):
        ch = chr(code)
        if any_letter.fullmatch(ch):
            for letter, pattern in one.items():
                if pattern.fullmatch(ch):
                    assert lower_as_re_i(ch) == letter, (hex(code), letter)


def test_the_fold_keeps_every_character_in_its_place() -> None:
    # One character for one: a needle found in the fold was in the text at the same place.
    for code in range(sys.maxunicode + 1):
        if 0xD800 <= code <= 0xDFFF:
            continue
        assert len(lower_as_re_i(chr(code))) == 1, hex(code)


def test_face_path_needles_are_its_alternatives() -> None:
    # _face_sized asks the pattern only when one of these is in the address: each alternative
    # of the pattern holds one ("gravatar" holds "avatar").
    alternatives = _FACE_PATH.pattern.split("|")
    assert all(any(n in alt for n in FACE_PATH_NEEDLES) for alt in alternatives)
    for address in ("https://x.com/wp-content/uploads/AVATAR-96x96.jpg", "/PROFİLE/me.png", "/ByLine/a.jpg",
                    "/photos/harbour.jpg", "https://secure.gravatar.com/avatar/abc?s=96", "/avtor/ivan.webp"):
        lowered = lower_as_re_i(address)
        assert any(n in lowered for n in FACE_PATH_NEEDLES) == bool(_FACE_PATH.search(address)), address


def test_avatar_src_needles_cover_its_alternatives() -> None:
    # _avatar asks AVATAR_SRC only when one of these is in the address.
    addresses = ["https://secure.gravatar.com/avatar/ab12?s=96", "//0.GRAVATAR.com/x", "/wp-content/avatars/jo.png",
                 "/avatar/jo.png", "/AVATAR_96.jpg", "https://pbs.twimg.com/profile_images/1/x.jpg",
                 "https://c.disquscdn.com/uploads/users/1/2/avatar92.jpg", "/img/avatar2.webp?x=1", "/avatar.png",
                 "/uploads/ſtaff/avatar.jpg", "/photos/harbour.jpg", "/images/avatarless-cat.jpg", ""]
    for address in addresses:
        lowered = lower_as_re_i(address)
        gate = any(n in lowered for n in AVATAR_SRC_NEEDLES)
        assert gate or not vocab.AVATAR_SRC.search(address), address
    assert sum(bool(vocab.AVATAR_SRC.search(a)) for a in addresses) >= 9
