"""page_css.hidden_names: the rules are read around each "display" or "visibility" word,
so a word in a selector or an at-rule's prelude must not be taken for a rule's."""

from auditor.sources.page_css import hidden_names


def test_one_name_rules_that_hide_on_every_screen() -> None:
    css = ".promo{display:none}#modal{ visibility : hidden }.a,.b{display:none;color:red}"
    assert hidden_names(css) == {".promo", "#modal", ".a", ".b"}


def test_the_word_in_a_selector_or_an_at_rule_prelude_is_no_rule() -> None:
    css = (".display-note{color:red}.visibility-x .y{display:none}"
           "@media (display-mode: standalone){.app{display:none}}.z{display:none}")
    assert hidden_names(css) == {".z"}


def test_rules_in_blocks_and_names_shown_elsewhere_do_not_count() -> None:
    css = ("@supports (display:grid){.grid{display:none}}.menu{display:none}"
           ".open .menu{display:block}.card{display:none}/* .card{display:block} */"
           "@import url(x.css);.tip{display:none}")
    assert hidden_names(css) == {".card", ".tip"}
