"""bench/eval/redress.py with dresses of page builders' and block plugins' one-entry-at-a-time
widgets (round 14): each tuning listicle's entries re-dressed as an accordion's panes, a FAQ
block's sections or a toggle widget's items, the entry's heading in the widget's header, its
text in the panel. Kept apart from redress.py's own table of dresses; run the same way:

    PYTHONPATH=TREE /work/main/.venv/bin/python bench/eval/redress_widgets.py [--shapes kadence,…]

Each widget's markup is its plugin's default output (see tests/test_listicle_unseen9.py).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import redress  # noqa: E402  (the harness, beside this file)

WIDGETS: dict[str, tuple[str, tuple[int, ...], tuple[int, ...]]] = {
    # Kadence Blocks' accordion pane: the title in the header button's span, the text in the panel.
    "kadence-pane": (
        '<div class="wp-block-kadence-pane kt-accordion-pane kt-accordion-pane-{n} kt-pane_7c{n}"><div '
        'class="kt-accordion-header-wrap"><button class="kt-blocks-accordion-header kt-acccordion-button-label-show" '
        'type="button"><span class="kt-blocks-accordion-title-wrap"><span class="kt-blocks-accordion-title"></span>'
        '</span><span class="kt-blocks-accordion-icon-trigger"></span></button></div><div class="kt-accordion-panel '
        'kt-accordion-panel-hidden"><div class="kt-accordion-panel-inner"></div></div></div>', (0, 0, 0, 0), (1, 0)),
    # Yoast's FAQ block's section: the question in `<strong class="schema-faq-question">`.
    "yoast-faq": (
        '<div class="schema-faq-section" id="faq-question-16{n}"><strong class="schema-faq-question"></strong> '
        '<div class="schema-faq-answer"></div></div>', (0,), (1,)),
    # Spectra's FAQ child: the question in `<span class="uagb-question">` beside its icon.
    "spectra-faq": (
        '<div class="wp-block-uagb-faq-child uagb-faq-child__outer-wrap uagb-faq-item uagb-block-9f{n}" role="tab" '
        'tabindex="0"><div class="uagb-faq-questions-button uagb-faq-questions"><span class="uagb-icon '
        'uagb-faq-icon-wrap"><svg viewBox="0 0 1 1"></svg></span><span class="uagb-question"></span></div><div '
        'class="uagb-faq-content"></div></div>', (0, 1), (1,)),
    # GenerateBlocks' accordion item: `<button class="gb-accordion__toggle" aria-controls>`.
    "gb-accordion": (
        '<div class="gb-accordion__item"><button class="gb-accordion__toggle gb-button" aria-expanded="false" '
        'aria-controls="gb-acc-{n}"><span class="gb-button-text"></span><span class="gb-accordion__toggle-icon">'
        '<svg viewBox="0 0 1 1"></svg></span></button><div class="gb-accordion__content gb-container" '
        'id="gb-acc-{n}"></div></div>', (0, 0), (1,)),
    # Elementor's accordion widget's item: `div.elementor-tab-title[role=tab]` > `a`, then the panel.
    "elementor-accordion": (
        '<div class="elementor-accordion-item"><div id="elementor-tab-title-18{n}" class="elementor-tab-title" '
        'data-tab="{n}" role="tab" aria-controls="elementor-tab-content-18{n}" aria-expanded="false"><span '
        'class="elementor-accordion-icon elementor-accordion-icon-left" aria-hidden="true"><i class="fas fa-plus"></i>'
        '</span><a class="elementor-accordion-title" tabindex="0"></a></div><div id="elementor-tab-content-18{n}" '
        'class="elementor-tab-content elementor-clearfix" data-tab="{n}" role="tabpanel" '
        'aria-labelledby="elementor-tab-title-18{n}"></div></div>', (0, 1), (1,)),
}


def main() -> None:
    redress._CARDS.update(WIDGETS)
    redress.REBUILT = (*redress.REBUILT, *WIDGETS)
    if "--shapes" not in sys.argv:
        sys.argv += ["--shapes", ",".join(WIDGETS)]
    redress.main()


if __name__ == "__main__":
    main()
