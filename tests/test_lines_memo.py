"""lines.lone_returns: the answer for the page asked, whatever page was asked before."""

from __future__ import annotations

from auditor.sources.lines import lone_returns


def test_a_lone_cr_is_told_from_crlf_and_lf_only() -> None:
    assert lone_returns("a\rb") is True
    assert lone_returns("a\r\nb\r\n") is False
    assert lone_returns("a\nb") is False
    assert lone_returns("a\r\nb\rc") is True
    assert lone_returns("") is False
    assert lone_returns("end\r") is True


def test_the_memo_answers_for_the_text_asked_not_the_last_one() -> None:
    crlf, mac = "<p>x</p>\r\n" * 50, "<p>x</p>\r" * 50
    assert [lone_returns(t) for t in (crlf, mac, mac, crlf, crlf)] == [False, True, True, False, False]
    equal = "".join(["<p>x</p>\r"] * 50)  # equal to ``mac``, another object
    assert equal is not mac and lone_returns(equal) is True
    same_length = mac[:-1] + "\n"  # as long as ``mac``, one CR less alone
    assert lone_returns(same_length) is True and lone_returns(crlf[:-2] + "\n") is False
