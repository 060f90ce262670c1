"""What a control that unfolds the rest of a page says ("Show more", "Показать полностью",
"Xem thêm", "Devamını oku"), in the languages of LiveJournal, Bitrix, Naver and other CMS
templates: one vocabulary for the chrome judge (a control's name) and LK004 (a script link
that is a control, not a broken link). A regular-expression alternation, matched
case-insensitively by both."""

from __future__ import annotations

UNFOLD_PHRASES = (
    r"показать (?:полностью|ещё|еще|больше|все|всё)|развернуть|свернуть|читать (?:полностью|дальше)"
    r"|показати (?:більше|все|повністю)|читати далі|розгорнути|mostrar (?:mais|todo|tudo)|ver (?:mais|tudo|todo)"
    r"|voir (?:plus|tout|la suite)|afficher (?:plus|tout|la suite)|mehr zeigen|alle anzeigen|mostra (?:tutto|altro)"
    r"|leggi (?:tutto|altro|di più)|toon meer|lees verder|lees meer|pokaż (?:więcej|wszystko|całość)|zobrazit (?:více|vše)"
    r"|číst dál|visa (?:mer|alla)|läs mer|vis (?:mere|mer|alle)|les mer|læs mere|näytä (?:lisää|kaikki)|lue lisää"
    r"|devamını oku|daha fazla göster|tümünü göster|xem thêm|thu gọn|(?:baca )?selengkapnya|lihat (?:semua|selengkapnya)"
    r"|citește mai mult|arată mai mult|διαβάστε περισσότερα|δείτε περισσότερα|קרא עוד|הצג עוד|اقرأ المزيد|عرض المزيد"
    r"|और पढ़ें|और देखें"
)
