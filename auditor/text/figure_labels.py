"""Figure and table labels that open a caption written as a paragraph of its own
("Figure 1: …", "Abb. 3", "Tabla 2.", "图1", "Рис. 4 —"): a theme's or an editor's
caption under a picture or a table, not a line of the story."""

from __future__ import annotations

import re

from auditor.text.lazyre import lazy_pattern

# The label words of academic, technical and newspaper captions in the languages the
# auditor reads (each with its usual abbreviation), then a number, then the end of the
# label: a colon, a full stop, a dash or the end of the line. "Figure 1 shows …" (a
# sentence about the figure) has none of those after its number and is prose.
_LABELS = (
    r"fig(?:ure)?s?|table|chart|graph|exhibit|image|photo|plate|diagram|illustration|"  # en
    r"abb(?:ildung)?|bild|grafik|tab(?:elle)?|schaubild|"  # de
    r"figura|fig|tabla|cuadro|gr[aá]fico|imagen|ilustraci[oó]n|imagem|tabela|"  # es, pt
    r"tableau|graphique|illustration|"  # fr
    r"tabella|immagine|"  # it
    r"afbeelding|afb|figuur|tabel|"  # nl
    r"rysunek|rys|tabela|wykres|obr[aá]zek|obr|tabulka|graf|"  # pl, cs
    r"[sş]ekil|tablo|kuva|taulukko|"  # tr, fi
    r"рисунок|рис|таблица|табл|схема|графік|малюнок|"  # ru, uk
    r"gambar|tabel|hình|bảng|"  # id, vi
    r"σχήμα|εικόνα|πίνακας"  # el
)
_FIGURE_LABEL = lazy_pattern(
    r"^\s*(?:" + _LABELS + r")\.?\s*\d+(?:[.\-]\d+)*[a-z]?\s*(?:[:.：]|\s[-–—]\s|$)"
    r"|^\s*[图圖表図그림]\s*\d+(?:[.\-]\d+)*\s*(?:[:：.．、 ]|$)",
    re.IGNORECASE,
)


def is_figure_label(text: str) -> bool:
    """``text`` opens with a figure or table label and its number ("Figure 2: …")."""
    return _FIGURE_LABEL().match(text) is not None
