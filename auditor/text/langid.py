"""Which language an article is written in, from its most frequent function words.

Pages often declare the wrong language (a template's ``lang="de"`` on an English
article) or none at all, and every per-language formula and word list then measures
the text with the wrong yardstick. Function words ("the", "und", "que", "het") make up
a third to a half of running prose in every language we have formulas for, and each
language's most frequent ones are nearly disjoint, so counting them over the first
~1,500 words tells the languages apart reliably: offline, no dependencies, well under a
millisecond per article.

A word listed for several languages ("de", "en", "a") counts ``1/n`` to each of the
``n`` languages that list it, so shared words neither help nor hurt.

Arabic, Persian, Urdu and Bengali are told by their letters instead: most of the text in
one script, and letters only one language of it writes (:func:`_by_letters`); so are the
languages a script of their own names (Thai, Greek, Hangul, kana, Tamil…, :data:`_OWN_SCRIPT`),
Russian, Ukrainian and Bulgarian among the Cyrillic ones, Vietnamese among the Latin ones
and Polish, Turkish, Czech, Hungarian, Romanian, Latvian, Lithuanian, Icelandic, Maltese,
Albanian and Azerbaijani, whose own letters on a few per cent of the text name them before
any function words.

Close languages share most of their function words: one of each group runs in the race
(Swedish for Danish and Norwegian, Dutch for Afrikaans, Indonesian for Malay, Spanish for
Catalan and Galician, Portuguese for Galician, Finnish for Estonian, Czech's and Slovak's
words together, Croatian's for Bosnian, Serbian and, with its words, Slovenian), then the
words or letters only one of them writes name it (:data:`GROUPS`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from auditor.text.lazyre import lazy_pattern

# These are told by their script or letters (:func:`_by_letters`, :func:`_latin_letters`,
# :func:`_west_slavic`), the others of CANDIDATES by function words.
BY_LETTERS: tuple[str, ...] = (
    "ar", "fa", "ur", "bn", "th", "lo", "km", "my", "ka", "hy", "el", "he", "ko", "ja", "zh",
    "hi", "mr", "ne", "ta", "te", "kn", "ml", "gu", "pa", "or", "si", "ru", "uk", "bg", "sr", "mk", "be", "kk",
    "vi", "pl", "tr", "cs", "sk", "hu", "ro", "lv", "lt", "is", "mt", "sq", "az",
)
# Told within their group by words only one variant writes, with no profile of their own
# (Bosnian among Croatian and Serbian, :func:`_south_slavic`).
BY_VARIANT: tuple[str, ...] = ("bs",)
CANDIDATES: tuple[str, ...] = (
    "en", "de", "es", "fr", "it", "nl", "pt", "sv", "da", "nb", "nn", "id", "ca", "fi", "et", "af", "ms", "gl", "sw", "tl",
    "hr", "bs", "sl", "eu", *BY_LETTERS,
)

NAMES: dict[str, str] = {
    "en": "English",
    "de": "German",
    "es": "Spanish",
    "fr": "French",
    "it": "Italian",
    "nl": "Dutch",
    "pt": "Portuguese",
    "sv": "Swedish",
    "da": "Danish",
    "nb": "Norwegian (Bokmål)",
    "nn": "Norwegian (Nynorsk)",
    "id": "Indonesian",
    "ca": "Catalan",
    "fi": "Finnish",
    "et": "Estonian",
    "af": "Afrikaans",
    "ms": "Malay",
    "gl": "Galician",
    "sk": "Slovak",
    "sw": "Swahili",
    "tl": "Tagalog",
    "ar": "Arabic",
    "fa": "Persian",
    "ur": "Urdu",
    "bn": "Bengali",
    "th": "Thai",
    "lo": "Lao",
    "km": "Khmer",
    "my": "Burmese",
    "ka": "Georgian",
    "hy": "Armenian",
    "el": "Greek",
    "he": "Hebrew",
    "ko": "Korean",
    "ja": "Japanese",
    "zh": "Chinese",
    "hi": "Hindi",
    "mr": "Marathi",
    "ne": "Nepali",
    "ta": "Tamil",
    "te": "Telugu",
    "kn": "Kannada",
    "ml": "Malayalam",
    "gu": "Gujarati",
    "pa": "Punjabi",
    "or": "Odia",
    "si": "Sinhala",
    "ru": "Russian",
    "uk": "Ukrainian",
    "bg": "Bulgarian",
    "sr": "Serbian",
    "mk": "Macedonian",
    "be": "Belarusian",
    "kk": "Kazakh",
    "vi": "Vietnamese",
    "pl": "Polish",
    "tr": "Turkish",
    "cs": "Czech",
    "hu": "Hungarian",
    "ro": "Romanian",
    "hr": "Croatian",
    "bs": "Bosnian",
    "sl": "Slovenian",
    "eu": "Basque",
    "lv": "Latvian",
    "lt": "Lithuanian",
    "is": "Icelandic",
    "mt": "Maltese",
    "sq": "Albanian",
    "az": "Azerbaijani",
}

# The most frequent function words of each language (articles, prepositions,
# pronouns, conjunctions, auxiliaries), lower case. Elided French/Italian articles
# ("l’", "d’", "qu’") appear as the bare letters the tokenizer leaves.
PROFILES: dict[str, frozenset[str]] = {
    lang: frozenset(words.split())
    for lang, words in {
        "en": """
            the of and to a in is that for it as was with be by on not he i this are
            or his from at which but have an they you were her she there would their
            we him been has when who will more no if out so said what up its about into
            than them can only other some could these may then do any my now such our
            over me even most after also did many before must through how where your
            just should because those very while why all one had does being both
            """,
        "de": """
            der die und in den von zu das mit sich des auf für ist im dem nicht ein eine
            als auch es an werden aus er hat dass sie nach wird bei einer um am sind
            noch wie einem über einen so zum war haben nur oder aber vor zur bis mehr
            durch man sein wurde sei kann ich wir ihr ihre diese dieser schon wenn sehr
            doch immer gibt mich mir uns was können jetzt hier dann also kein keine weil
            ob zwischen damit dieses unter wieder seine seiner ihren gegen beim ins
            """,
        "es": """
            de la que el en y a los del se las por un para con no una su al lo como más
            pero sus le ya o este sí porque esta entre cuando muy sin sobre también me
            hasta hay donde quien desde todo nos durante todos uno les ni contra otros
            ese eso ante ellos esto mí antes algunos qué unos yo otro otras otra él
            tanto esa estos mucho quienes nada muchos cual poco ella estas es son fue
            ha han era está ser tiene si va
            """,
        "fr": """
            de la le et les des en du un une à il est que qui dans pour pas au sur se
            par ne plus ce sont avec son sa ses mais on ou aux été a comme elle nous
            vous ils leur cette y être tout fait aussi bien sans ont peut entre même
            deux lui dont si où après avait était ces très encore chez quand je notre
            votre selon leurs elles l d qu n c s j
            """,
        "it": """
            di e il la che a in per un è del non i le si da con della una al dei alla
            sono come anche più ha nel ma lo gli delle nella se questo dalla ci o ad
            degli ai dal sua suo loro essere stato questa tra fra quando molto cui
            dello nei sul già hanno perché solo ancora mi ne tutti tutto quello dopo
            dove era poi sia ogni senza io noi lei lui quale qui proprio sempre aveva
            fatto può così cosa l dell nell sull
            """,
        "nl": """
            de van het een en in is dat op te zijn voor met die niet aan er om ook als
            maar bij of door hij naar worden dan nog wordt uit werd tot was ze heeft je
            wel over dit hebben kan al meer zo geen wat deze wij we ik u hun zich omdat
            na onder tegen wanneer waar veel haar had mijn moet nu toch hier alleen zou
            zal ons hoe andere kunnen
            """,
        "pt": """
            de a o que e do da em um para é com não uma os no se na por mais as dos
            como mas foi ao ele das tem à seu sua ou ser quando muito há nos já está
            eu também só pelo pela até isso ela entre era depois sem mesmo aos ter
            seus quem nas me esse eles estão você tinha foram essa num nem suas meu às
            minha têm numa pelos elas havia seja qual será nós tenho lhe deles essas
            esses pelas este fosse dele sobre ainda são pode
            """,
        # Swedish, Danish and Norwegian (Bokmål, Nynorsk) share most of their function words
        # ("i", "det", "som", "på", "har", "men"): Swedish's stand for the three against the
        # other languages, then the words only one of them writes name it (:func:`_nordic`):
        # Swedish "och", "att", "inte", "är", "jag"; Danish "af", "hvad", "noget", "meget",
        # "blev"; Bokmål "hva", "nå", "noe", "ble", "mye"; Nynorsk "ikkje", "eg", "ein", "eit",
        # "dei", "kva", "frå". Lists from Snowball's Swedish, Danish and Norwegian stop words,
        # the Norwegian one split into its Bokmål and Nynorsk forms.
        "sv": """
            och i att det som en på är av för med till den har de inte om ett han men
            var jag sig från vi så kan man när år sin där hon skulle efter eller nu
            detta också under sina hade alla andra mycket dem då vid över än denna vara
            blev bara här ut upp hur vad hans sedan mot utan kommer finns måste går
            """,
        "da": """
            og i jeg det at en den til er som på de med han af for ikke der var mig sig
            men et har om vi min havde ham hun nu over da fra du ud sin dem os op man
            hans hvor eller hvad skal selv her alle vil blev kunne ind når være dog
            noget ville jo deres efter ned skulle denne end dette mit også under have
            dig hende mine alt meget sit sine mod disse hvis din nogle hos blive mange
            bliver hendes været jer sådan uden mellem gennem hvordan hvorfor siden bare år
            ved går kommer
            """,
        "nb": """
            og i jeg det at en et den til er som på de med han av ikke der så var meg
            seg men har om vi min mitt hadde hun nå over da ved fra du ut sin dem oss
            opp man kan hans hvor eller hva skal selv her alle vil bli ble blitt kunne
            inn når være noen noe ville dere deres etter ned skulle denne for deg sine
            sitt mot å dette disse uten hvordan ingen blir mellom hvis bare enn fordi
            før mange også slik vært siden mye gjennom hvorfor alt din jo mine ham dog hos år
            går kommer
            """,
        "nn": """
            og i eg det at ein eit den til er som på dei med han av ikkje der så var meg
            seg men har om vi min mitt hadde ho no over då ved frå du ut sin oss opp
            kan hans kvar eller kva skal sjølv her alle vil bli vart blitt kunne inn
            når vere noko nokon ville etter ned skulle denne for deg sine sitt mot å
            dette desse utan korleis ingen blir mellom viss berre enn fordi før mange
            også slik vore sidan mykje gjennom hjå kvifor år går
            """,
        # Indonesian (and Malay, which shares these words: a page declaring "ms" keeps it).
        "id": """
            yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke karena
            ada bisa oleh saya kami kita mereka sudah atau seperti lebih telah harus
            namun tersebut bahwa para hanya masih baru agar saat setelah bagi sebagai
            adalah menjadi kepada tetapi sangat jika ia dia anda apa bukan belum pun
            lagi antara hingga sejak maka sehingga secara yaitu tentang daripada
            """,
        # Malay writes most of Indonesian's words; those it spells or says its own way
        # ("bahawa" for "bahwa", "kerana" for "karena", "boleh" for "bisa", "selepas" for
        # "setelah", "iaitu" for "yaitu", "tiada", "sahaja", "ramai") tell it (:func:`_told_apart`);
        # "daripada" (than, rather than) is KBBI's too: as Malay's own it made a short
        # Indonesian text ("daripada membeli air kemasan") no language.
        # Dewan Bahasa dan Pustaka's spelling against KBBI's.
        "ms": """
            yang dan di ini itu dengan untuk dari dalam tidak akan pada juga ke kerana
            ada boleh oleh saya kami kita mereka sudah atau seperti lebih telah harus
            namun tersebut bahawa para hanya masih baru agar semasa selepas bagi sebagai
            adalah menjadi kepada tetapi sangat jika ia dia anda apa bukan belum pun
            lagi antara hingga sejak maka sehingga secara iaitu tentang tiada sahaja ramai
            beliau mahu daripada
            """,
        # Catalan (Snowball's Catalan stop words, the most frequent): "els", "amb", "va"
        # (its past auxiliary), "més", "però", "també", "aquest" are no other profile's;
        # Spanish's profile runs with these words for both (:data:`_RACE_WITH`). Its elided
        # "l'", "d'", its "on" (where) and "i" (and) are left out: French's, Swedish's and
        # Italian's words too, they only blurred those (Danish read as English).
        "ca": """
            de la el que a en els les per amb no es del un una va és al dels ha més com
            però també són seu seva seus seves aquest aquesta aquests aquestes hi ho li pel
            pels perquè molt molts ja si quan fins sobre entre tot tots tota totes han
            sense després ara pot cal ser fer eren era fou sigui doncs encara dins des cap
            altres altre nosaltres jo ell ella ells elles meu meva nostre nostra hem heu
            """,
        # Finnish and Estonian share "ja", "ei", "on", "oli", "ole"; Estonian's "et" (that)
        # and "on" (is) are French's too, so Finnish's entry in the race stands for both
        # (their words together, :data:`_RACE_WITH`) and the words and letters only one of
        # them writes decide (:func:`_finnic`). Snowball's Finnish stop words; Estonian's
        # from the Estonian Reference Corpus's most frequent words.
        "fi": """
            ja on ei se että oli hän mutta kun ovat myös tai kuin niin jo vain sen ole
            mukaan joka jotka mitä kanssa sekä jos nyt vielä tämä tämän nämä siitä sitä
            siinä hänen he me te minä sinä olla olen olet olemme olisi olivat ollut eikä
            enää sitten kuitenkin koska jälkeen aikana noin yli ennen vaan ne niitä niiden
            joten kaikki mikä miten miksi missä vai
            """,
        "et": """
            ja on ei et see oli ta ka kui aga või mis nii ning oma veel kes seda siis nad
            ole mida kuid juba üle pärast ainult sest kuna nagu ma mina sa sina me meie te
            teie tema nemad olema olen oled oleme olid oleks pole ega selle sellest seal
            siin kus kuidas miks midagi kõik kõige rohkem alla peale enne ilma koos vastu
            kuigi samuti siiski
            """,
        # Afrikaans writes many of Dutch's words ("die", "van", "het", "is", "om"): Dutch's
        # profile stands for both, then "nie", "vir", "hulle", "ek", "sal", "word", "baie"
        # against Dutch's "de", "een", "niet", "zijn", "hij" decide (:func:`_told_apart`).
        "af": """
            die van en is het in te nie om vir wat op dat n sy hy ek hulle ons jy julle was
            word sal kan moet met aan as by ook maar of uit tot na oor so daar hier nog baie
            meer dit haar hom my jou hul deur sodat omdat wanneer toe reeds egter kon sou
            wees geen nou net wie waar hoe al
            """,
        # Czech and Slovak together (their most frequent words, Czech National Corpus' and
        # Slovak National Corpus' lists): "a", "to", "by", "do" made a short Czech or Slovak
        # text English. Letters then tell them apart (:func:`_west_slavic`): Czech's ě ř ů,
        # Slovak's ľ ĺ ŕ ô ä; a Polish text their words read is told by its own letters.
        "cs": """
            a v je se na že s z o to do k i jako pro ale by si po jsou jak tak který které
            která podle už jen od za při když než aby byl bylo byla jsem jeho jejich také
            ještě bude může mezi před proti bez nebo sa aj ako pre sú ktorý ktoré ktorá
            podľa len pri keď bol bolo bola som ich tiež ešte môže medzi pred alebo ani ho
            mu jej tento táto toto však až iba
            """,
        # Swahili (its most frequent words in the Helsinki Corpus of Swahili): "la", "ya",
        # "na" made a short Swahili text Spanish.
        "sw": """
            na ya wa la kwa za katika ni kuwa hiyo huo hilo hii huu hili ili lakini pia kama
            au tu sana zaidi hadi baada kabla kwamba alisema amesema yake wake zake lake yao
            wao wetu yetu hapa huko pale kutoka ndani juu chini bila kila wote yote sasa tena
            hata ambao ambayo ambaye ambapo ingawa mimi wewe yeye sisi ninyi hakuna kuna
            walikuwa alikuwa ana wana ndiyo
            """,
        # Tagalog: "ang", "ng", "mga", "ay", "sa" open or join most of its phrases.
        "tl": """
            ang ng sa na mga ay at ni si ko ito niya hindi para kung din rin lamang lang pa
            siya nila noong nang kanyang kanilang kay sila kami tayo namin natin ako ikaw ka
            iyon iyan dito doon may mayroon wala ba po naman kasi dahil pero upang kaya tulad
            bilang habang mula hanggang bago pagkatapos ayon sinabi
            """,
        # Galician writes "non", "unha", "xa", "polo", "coa", "máis", "tamén", "aínda" where
        # Portuguese writes "não", "uma", "já", "pelo", "com a", "mais", "também", "ainda"
        # and Spanish "no", "una", "ya", "por el", "con la", "más", "también", "todavía". It
        # does not run (its words are half Spanish's, half Portuguese's: either lost its lead
        # on its own texts): a text read as Spanish or Portuguese is Galician when its own words say so.
        "gl": """
            o a os as de do da dos das e que non un unha en no na nos nas se por para con coa
            co ao á aos ás xa máis tamén pero como moi moito moitos ten foi é son está este
            esta iso isto el ela eles elas nós seu súa seus súas polo pola polos polas dun
            dunha nun nunha cun cunha aínda ata cando onde porque sen entre sobre despois
            lle lles eu ti hai era sería
            """,
        # Croatian, Bosnian and Serbian (in Latin letters) share their function words: these
        # (the most frequent words of the Croatian Language Corpus and of srWaC, the
        # variants' spellings left out) run for the three, and Slovenian's with them
        # (:data:`_RACE_WITH`); then Slovenian's own words ("in", "ki", "tudi", "bo") or
        # the variants' (:func:`_south_slavic`) decide. Before, "je", "a", "i", "to" read a
        # Croatian text as Czech's and Slovak's, and no language won.
        "hr": """
            je i u da se na za su od sa s iz to ne kao ali koji koja koje kojeg kojoj kojem
            kojih će ćemo ćete bi biti bio bila bilo bili nije nisu samo već kako još ima
            ili ga mu joj ih nakon prema pri o do po sve svi te jer kad kada ako može mogu
            treba tako ovaj ova ovo ove taj ta tog toga ovog njegov njegova njihov njihova
            među između bez protiv zbog oko ovdje sada kroz bih smo ste sam si jesu
            """,
        # Slovenian (the Gigafida corpus's most frequent words): "in", "ki", "tudi", "bo",
        # "so", "pa", "lahko", "že", "ter" are none of Croatian's.
        "sl": """
            je in v na da se za so z s iz ki tudi pa bo ne po pri od do o k kot še ali jih
            ga mu jo kar saj zato vendar med zelo bil bila bilo bili bodo lahko že smo sem
            ter oziroma kjer sta ta to te tega tem teh ker če kako njegov njihov preko
            brez proti danes zdaj
            """,
        # Basque (Euskaltzaindia's corpus, its most frequent words): no other profile's but
        # "da", "ez" (Hungarian's "this", whose letters name it first) and "bi".
        "eu": """
            eta da du ez bat ere zen dira baina hori bere edo izan egin behar beste dute zuen
            dela duela dago daude oso gehiago hau honek hala baita arte ondoren gabe bezala
            zuten ziren nahiz baino horrek horiek gaur orain bi hiru lehen azken guztiak
            dituzte ditu zituen zion diote esan zuela dutela izango egingo dugu dut den
            """,
    }.items()
}

NORDIC = ("sv", "da", "nb", "nn")
SOUTH_SLAVIC = ("hr", "bs", "sr", "sl")
# Danish and Norwegian share most of Swedish's function words: Swedish's profile stands for
# the three in the race with the other languages (which their own words would only blur:
# "for", "at", "der", "er" are English's and German's too), then :func:`_nordic` tells them apart.
# So do Dutch's for Afrikaans, Indonesian's for Malay and Finnish's (with Estonian's words,
# :data:`_RACE_WITH`) for Estonian: one language of each group runs, its own words decide after.
# Spanish's runs for Catalan, with Catalan's words: as a rival of its own, Catalan took half
# of Spanish's "el", "de", "que", "en" and brought Spanish articles close to no lead at all.
GROUPS: dict[str, tuple[str, ...]] = {
    "sv": NORDIC, "nl": ("nl", "af"), "id": ("id", "ms"), "fi": ("fi", "et"), "es": ("es", "ca", "gl"),
    "pt": ("pt", "gl"), "cs": ("cs", "sk"), "hr": SOUTH_SLAVIC,
}
_TOLD_AFTER = frozenset({"da", "nb", "nn", "af", "ms", "et", "ca", "gl", "sl"})
# Words a group's runner carries into the race besides its own: Estonian's, whose "et" and
# "on" would otherwise count only for French (an Estonian article read as French), and
# Catalan's ("els", "amb", "més"), without which Catalan read as no language.
_RACE_WITH = {"fi": ("et",), "es": ("ca",), "hr": ("sl",)}


def _group_only_words(runner: str) -> frozenset[str]:
    """The function words of ``runner``'s group that no profile outside the group lists
    ("og", "ikke", "jeg", "hvad", "noen"): Swedish's profile carries them into the race
    for Danish and Norwegian, whose shared "for", "at", "der", "er" stay out (English's and
    German's too, they would only blur). A short Danish draft read 0.12 on Swedish's words
    against English's 0.07 ("at", "for", "er", "in") and no language won."""
    group = GROUPS[runner]
    outside = frozenset().union(*(words for lang, words in PROFILES.items() if lang not in group))
    return frozenset().union(*(PROFILES[lang] for lang in group)) - outside


_RACE_WITH_WORDS = {"sv": _group_only_words("sv")}

MAX_WORDS = 1500  # enough for a stable profile; more only costs time
MIN_WORDS = 40  # below this a few quoted words could swing the result
MIN_LETTERS = 200  # the same for text told by its letters (~100 words of Chinese or Thai)
MIN_SHARE = 0.08  # function words of the best language per word; prose is ~0.25–0.45
MIN_MARGIN = 0.5  # (best − second) / best: listed languages ≥ 0.65, others ≤ 0.35

# Letters only: "l’homme" → "l", "homme"; digits and punctuation never count.
_WORD = re.compile(r"[^\W\d_]+")
# The same on lower-cased ASCII text, where the letters are a-z: every other character
# becomes a space (str.translate's ASCII fast path) and str.split cuts the runs out,
# both in C and faster than the pattern's Unicode classes.
_ASCII_TO_SPACES = str.maketrans({chr(c): " " for c in range(128) if not "a" <= chr(c) <= "z"})


def _build_weights() -> dict[str, tuple[tuple[str, float], ...]]:
    """word → ((language, weight), …); weight is 1/(languages listing the word)."""
    owners: dict[str, list[str]] = {}
    for lang, words in PROFILES.items():
        if lang in _TOLD_AFTER:
            continue
        carried = (PROFILES[other] for other in _RACE_WITH.get(lang, ()))
        for word in words.union(*carried, _RACE_WITH_WORDS.get(lang, frozenset())):
            owners.setdefault(word, []).append(lang)
    return {w: tuple((lang, 1.0 / len(langs)) for lang in langs) for w, langs in owners.items()}


_WEIGHTS = _build_weights()


def _words(texts: Iterable[str], limit: int, read: list[str] | None = None) -> list[str]:
    """The first ``limit`` words of ``texts``, lower case; the texts read are added to ``read``."""
    out: list[str] = []
    for text in texts:
        if read is not None:
            read.append(text)
        low = text.lower()
        out += low.translate(_ASCII_TO_SPACES).split() if low.isascii() else _WORD.findall(low)
        if len(out) >= limit:
            return out[:limit]
    return out


def scores(texts: Iterable[str]) -> tuple[int, dict[str, float]]:
    """Words read and, per profiled language, the share of them that are its function words."""
    return _shares(_words(texts, MAX_WORDS))


def _shares(words: list[str]) -> tuple[int, dict[str, float]]:
    totals = {lang: 0.0 for lang in PROFILES if lang not in _TOLD_AFTER}
    # Only function words weigh anything: filter() drops the others in C (the sums
    # add the same weights in the same order).
    for word in filter(_WEIGHTS.__contains__, words):
        for lang, weight in _WEIGHTS[word]:
            totals[lang] += weight
    n = len(words)
    return n, {lang: (total / n if n else 0.0) for lang, total in totals.items()}


# Languages told by their letters, not by function words: Arabic, Persian and Urdu share
# one script and differ in letters only one of them writes; Bengali has a script of its
# own. Sources: the Unicode Standard's Arabic (U+0600–U+06FF, Arabic Supplement
# U+0750–U+077F) and Bengali (U+0980–U+09FF) blocks, and CLDR's exemplar characters
# (common/main/{ar,fa,ur,bn,as,ps,sd,ckb,ks,ug}.xml). Rates are per letter of the script.
_ARABIC_SCRIPT = lazy_pattern(r"[\u0600-\u06ff\u0750-\u077f]")
_BENGALI_SCRIPT = lazy_pattern(r"[\u0980-\u09ff]")
# Urdu's retroflexes, noon ghunna, do-chashmi he, gol he and bari ye (ٹ ڈ ڑ ں ھ ہ ے):
# none is Persian's or Arabic's; "کے", "ہے", "سے" put ے in most Urdu sentences. Punjabi's
# Shahmukhi writes them too: a page declared "pa" keeps it (not a candidate).
_URDU = lazy_pattern("[\u0679\u0688\u0691\u06ba\u06be\u06c1\u06d2]")
# Persian's letters Arabic does not write (پ چ ژ گ); Arabic lists them only as auxiliary
# letters (foreign names), so a page writes them rarely.
_PERSIAN = lazy_pattern("[\u067e\u0686\u0698\u06af]")
# Persian's (and Urdu's) own kaf and yeh (ک ی) against Arabic's (ك ي ى) and teh marbuta
# (ة), which Persian writes only in a few loanwords. Keyboards often give Persian
# Arabic's kaf and yeh: پ چ ژ گ then tell it.
_PERSIAN_FORMS = lazy_pattern("[\u06a9\u06cc]")
_ARABIC_FORMS = lazy_pattern("[\u0643\u064a\u0649\u0629]")
_TEH_MARBUTA = lazy_pattern("\u0629")
# Letters of other languages written in the script (Pashto ټ ځ څ ډ ړ ږ ښ ګ ڼ ۍ ې,
# Sindhi ٺ ٻ ٽ ٿ ڀ ڄ ڃ ڇ ڊ ڌ ڍ ڎ ڏ ڙ ڦ ڪ ڱ ڳ, Kurdish ڕ ڵ ۆ ێ ە, Kashmiri ٲ ۄ ؠ,
# Uyghur ۇ ۈ ۋ) and, for Bengali's script, Assamese's ra and wa (ৰ ৱ): that language
# or another; the declared language is kept.
_OTHER_ARABIC = lazy_pattern(
    "[\u067c\u0681\u0685\u0689\u0693\u0696\u069a\u06ab\u06bc\u06cd\u06d0"
    "\u067a\u067b\u067d\u067f\u0680\u0684\u0683\u0687\u068a\u068c\u068d\u068e\u068f\u0699"
    "\u06a6\u06aa\u06b1\u06b3\u0695\u06b5\u06c6\u06ce\u06d5\u0672\u06c4\u0620\u06c7\u06c8\u06cb]"
)
_ASSAMESE = lazy_pattern("[\u09f0\u09f1]")
MIN_SCRIPT = 0.5  # the script's share of the letters: less is a quotation or a name
MIN_MARK = 0.005  # a language's own letters per letter of the script; prose holds 1–8 %


# Scripts only one language (of those a page is likely in) writes, from the Unicode
# Standard's blocks: the script then names the language. Burmese's script also writes Shan
# and Mon, Gurmukhi is Punjabi's, Devanagari is told apart below, Ethiopic (Amharic,
# Tigrinya) is not told; a page declaring another language of the script keeps it.
_OWN_SCRIPT: tuple[tuple[str, str], ...] = (
    ("th", "\u0e00-\u0e7f"),
    ("lo", "\u0e80-\u0eff"),
    ("km", "\u1780-\u17ff\u19e0-\u19ff"),
    ("my", "\u1000-\u109f"),
    ("ka", "\u10a0-\u10ff\u1c90-\u1cbf"),
    ("hy", "\u0531-\u058f"),
    ("el", "\u0370-\u03ff\u1f00-\u1fff"),
    ("he", "\u0590-\u05ff"),
    ("ta", "\u0b80-\u0bff"),
    ("te", "\u0c00-\u0c7f"),
    ("kn", "\u0c80-\u0cff"),
    ("ml", "\u0d00-\u0d7f"),
    ("gu", "\u0a80-\u0aff"),
    ("pa", "\u0a00-\u0a7f"),
    ("or", "\u0b00-\u0b7f"),
    ("si", "\u0d80-\u0dff"),
)
_KANA = "\u3040-\u30ff\u31f0-\u31ff"
# Letters are first sorted by their 256-code-point block, read off the high byte of each
# UTF-16 code unit (in C): Han (U+3400–U+9FFF, U+F900–U+FAFF) and Hangul's syllables
# (U+AC00–U+D7FF) span tens of thousands of code points, whose pattern classes take 1–12 ms
# to compile; the other scripts' blocks (U+0300–U+1CFF, Greek Extended, kana) say whether
# a script needs telling at all, Latin Extended Additional whether Vietnamese may be
# written. Hangul's jamo blocks count as other scripts: prose writes syllables.
_HAN, _HANGUL, _OTHER, _LATIN_ADDITIONAL = 1, 2, 3, 4
_BLOCK_SCRIPT = bytes(
    _HAN if 0x34 <= b <= 0x9F or 0xF9 <= b <= 0xFA
    else _HANGUL if 0xAC <= b <= 0xD7
    else _OTHER if 0x03 <= b <= 0x1C or b in (0x1F, 0x30, 0x31)
    else _LATIN_ADDITIONAL if b == 0x1E
    else 0
    for b in range(256)
)


def _blocks(text: str) -> bytes:
    """One byte a UTF-16 code unit of ``text``: the script of its block (``_BLOCK_SCRIPT``)."""
    return text.encode("utf-16-be")[::2].translate(_BLOCK_SCRIPT)


_DEVANAGARI = "\u0900-\u097f"
_CYRILLIC = "\u0400-\u04ff"
_SCRIPT_PATTERNS = [(lang, lazy_pattern(f"[{r}]")) for lang, r in _OWN_SCRIPT]
_KANA_RE = lazy_pattern(f"[{_KANA}]")
_DEVANAGARI_RE, _CYRILLIC_RE = lazy_pattern(f"[{_DEVANAGARI}]"), lazy_pattern(f"[{_CYRILLIC}]")
# Hebrew's script also writes Yiddish, whose ligatures (װ ױ ײ) Hebrew never writes.
_YIDDISH = lazy_pattern("[\u05f0-\u05f2]")
# Cyrillic: Russian writes ы and э and none of Ukrainian's і ї є ґ, Belarusian's ў,
# Serbian's and Macedonian's ђ ј љ њ ћ џ ѓ ќ ѕ or the Turkic and Tajik letters
# (ә ө ү ұ қ ң ғ һ җ ҳ ҷ ӣ ӯ ҡ ҙ ҫ ӑ ӗ); Ukrainian writes ї or є and not ы, э, ў;
# Bulgarian writes ъ as a vowel (~2 % of letters) and none of ы э ё і ј.
_RU_OWN = lazy_pattern("[\u044b\u044d]")
_UK_OWN = lazy_pattern("[\u0457\u0454]")
_BG_OWN = lazy_pattern("\u044a")
_NOT_RU = lazy_pattern(
    "[\u0456\u0457\u0454\u0491\u045e\u0452\u0458\u0459\u045a\u045b\u045f\u0453\u045c\u0455"
    "\u04d9\u04e9\u04af\u04b1\u049b\u04a3\u0493\u04bb\u0497\u04b3\u04b7\u04e3\u04ef\u04a1"
    "\u0499\u04ab\u04d1\u04d7]"
)
# Serbian writes ђ ћ (and ј љ њ џ with Macedonian), Macedonian ѓ ќ ѕ; Belarusian ў (and
# і, ы, э); Kazakh ә ұ қ ғ ң ө ү і: each a few per cent of letters, none Russian's.
_SR_OWN = lazy_pattern("[\u0452\u045b]")
_MK_OWN = lazy_pattern("[\u0453\u045c\u0455]")
_SR_MK = lazy_pattern("[\u0458\u0459\u045a\u045f]")
_BE_OWN = lazy_pattern("\u045e")
_KK_OWN = lazy_pattern("[\u04d9\u04b1\u049b\u0493]")
_NOT_UK = lazy_pattern("[\u044b\u044d\u045e\u0451\u0452\u0458\u0459\u045a\u045b\u045f]")
_NOT_BG = lazy_pattern("[\u044b\u044d\u0451\u0456\u0457\u0454\u0458\u0459\u045a\u0453\u045c]")
# Vietnamese: letters with stacked or hooked marks (Latin Extended Additional, U+1EA0–
# U+1EF9) on ~10–20 % of its letters, and horned ơ ư that only it writes; Yoruba's ẹ ọ
# are in that block too, hence the horns.
_VI_MARKED = lazy_pattern("[\u1ea0-\u1ef9\u01a1\u01b0\u0111]")
_VI_HORNS = lazy_pattern("[\u01a1\u01b0]")
MIN_VI = 0.03  # marked letters per letter; an English page naming "Nguyễn" stays ≪ 1 %
SAMPLE = 6000  # letters scanned: enough for every rate above


# Latin-script languages by letters only they write, as a share of all letters (CLDR's
# exemplar characters; frequencies from their Wikipedias): Polish ą ę ł ś ź ż ć ń (~5 %)
# with its most frequent ł ą ę (~4 %; ł alone, ~2 %, is absent from many a short
# paragraph: "Nie muszą być drogie…"), not Lithuanian's ė į ų ū č š ž; Turkish dotless ı (~5 %) with its other marked letters
# ğ ş ç ö ü (~6 %; ğ and ş alone, ~3 %, fell under 1 % in a short draft's paragraph that
# writes "kaybettiği" once and no ş), not Azerbaijani's ə or Turkmen's ä ň ý; Czech ě ř ů (~2 %); Hungarian ő ű (~1 %); Romanian ă (~4 %) with
# ș ț (or their cedilla forms); Latvian's long vowels ā ē ī ū (~8 %) with its ļ ņ ķ ģ, not
# Lithuanian's ą ę ė į ų; Lithuanian's ė į ų ą (~3 %) with š ž, not Polish's ł ś ź ć or
# Latvian's ā ē ī; Icelandic þ (~1 %) with ð (~4 %), not Faroese's ø; Maltese ħ with ċ ġ;
# Albanian ë (~8 %: "të", "në", "është"; Dutch and Afrikaans write it in a few words);
# Azerbaijani's schwa ə (~9 %), no other Latin alphabet's letter in prose.
_LATIN_RULES: tuple[tuple[str, tuple[tuple[str, float], ...], str], ...] = (
    ("pl", (("ąęłśźżćń", 0.03), ("łąę", 0.01)), "ėįųūčšž"),
    ("tr", (("ı", 0.02), ("ğşçöü", 0.02)), "əäňý"),
    ("cs", (("ěřů", 0.015),), ""),
    ("hu", (("őű", 0.006),), ""),
    ("ro", (("ă", 0.02), ("șțşţ", 0.01)), ""),
    ("lv", (("āēīū", 0.03), ("ļņķģ", 0.003)), "ąęėįų"),
    ("lt", (("ėįųą", 0.015), ("šž", 0.005)), "łśźćāēī"),
    ("is", (("þ", 0.002), ("ð", 0.008)), "ø"),
    ("mt", (("ħ", 0.004), ("ċġ", 0.002)), ""),
    ("sq", (("ë", 0.03),), ""),
    ("az", (("ə", 0.02),), ""),
)


def _latin_letters(text: str) -> str | None:
    """The Latin-script language whose own letters ``text`` writes throughout, if any."""
    if text.isascii() or not text:
        return None
    n = len(text)
    for lang, needs, excluded in _LATIN_RULES:
        if all(sum(map(text.count, letters)) >= share * n for letters, share in needs) and not (
            excluded and sum(map(text.count, excluded)) >= 0.002 * n
        ):
            return lang
    return None


def _by_script(text: str, read: list[str]) -> tuple[str | None, float] | None:
    """The language a script of its own, kana or Han, Devanagari's "है" or Cyrillic's
    letters name, with the script's share of letters as confidence; ``(None, share)``
    for a script whose language we cannot tell; else Vietnamese if its marks say so, or
    None (Arabic's and Bengali's letters are told by :func:`_by_letters`)."""
    total = len(text)
    blocks = _blocks(text)
    han, hangul = blocks.count(_HAN), blocks.count(_HANGUL)
    if blocks.count(_OTHER) + han + hangul < MIN_SCRIPT * total:
        return ("vi", 1.0) if _vietnamese(text, blocks) else None
    if hangul >= MIN_SCRIPT * total:
        return "ko", round(hangul / total, 3)
    for lang, pattern in _SCRIPT_PATTERNS:
        n = len(pattern().findall(text))
        if n >= MIN_SCRIPT * total:
            if lang == "he" and len(_YIDDISH().findall(text)) >= MIN_MARK * n:
                return None, round(n / total, 3)
            return lang, round(n / total, 3)
    kana = len(_KANA_RE().findall(text))
    if kana + han >= MIN_SCRIPT * total:
        # Japanese prose is a third or more kana (particles, endings; a kanji-dense
        # news text still a quarter); Chinese writes none but a quoted Japanese name.
        # Between the two (a Japanese list of kanji names, Chinese quoting Japanese) the
        # declaration decides.
        share = kana / (kana + han)
        return ("ja" if share >= 0.15 else "zh" if share < 0.02 else None), round((kana + han) / total, 3)
    deva = len(_DEVANAGARI_RE().findall(text))
    if deva >= MIN_SCRIPT * total:
        # Hindi's copula "है"/"हैं" ends most of its sentences (~1 % of the script's
        # characters); Marathi ("आहे") and Nepali ("छ") write it only in names
        # ("हैदराबाद"): without it the declaration stands. Words keep letters only, so
        # the copula's vowel sign is looked for in the texts read.
        raw = "".join(read)[: 2 * SAMPLE]
        return _devanagari(raw, len(_DEVANAGARI_RE().findall(raw))), round(deva / total, 3)
    cyr = len(_CYRILLIC_RE().findall(text))
    if cyr >= MIN_SCRIPT * total:
        return _cyrillic(text, cyr), round(cyr / total, 3)
    return None


# Marathi's copula "आहे"/"आहेत" and genitive "च्या"; Nepali's copula "छ"/"छन्" ending a
# word ("गर्छ", "भएको छ।"): each in most sentences, and in none of the others' prose
# (Hindi writes "छ" inside words, "अच्छा", "इच्छा", and ending only "कुछ", some).
_MARATHI = lazy_pattern("\u0906\u0939\u0947|\u091a\u094d\u092f\u093e")
_NEPALI = lazy_pattern("(?<!\u0915\u0941)\u091b(?:\u0928\u094d)?(?![\u0900-\u0963])")


def _devanagari(raw: str, deva: int) -> str | None:
    """Hindi, Marathi or Nepali by their copulas in ``raw`` (the texts with their vowel
    signs), ``deva`` its Devanagari letters; None when none is frequent (the declaration stands)."""
    need = MIN_MARK / 2 * deva
    found = {"hi": raw.count("\u0939\u0948"), "mr": len(_MARATHI().findall(raw)), "ne": len(_NEPALI().findall(raw))}
    best = max(found, key=lambda k: found[k])
    others = sum(found.values()) - found[best]
    return best if found[best] >= need and others < found[best] / 2 else None


def _cyrillic(text: str, cyr: int) -> str | None:
    def rate(pattern: re.Pattern[str]) -> float:
        return len(pattern.findall(text)) / cyr

    if rate(_RU_OWN()) >= MIN_MARK and rate(_NOT_RU()) < MIN_MARK / 5:
        return "ru"
    if rate(_UK_OWN()) >= MIN_MARK and rate(_NOT_UK()) < MIN_MARK / 5:
        return "uk"
    if rate(_BG_OWN()) >= 2 * MIN_MARK and rate(_NOT_BG()) < MIN_MARK / 5:
        return "bg"
    sr, mk = rate(_SR_OWN()), rate(_MK_OWN())
    if rate(_SR_MK()) >= 2 * MIN_MARK and rate(_RU_OWN()) < MIN_MARK / 5:
        # ђ ћ against ѓ ќ ѕ: one of the pair, next to none of the other
        if sr >= MIN_MARK and mk < MIN_MARK / 5:
            return "sr"
        if mk >= MIN_MARK and sr < MIN_MARK / 5:
            return "mk"
    if rate(_BE_OWN()) >= MIN_MARK and rate(_UK_OWN()) < MIN_MARK / 5:
        return "be"
    if rate(_KK_OWN()) >= 2 * MIN_MARK:
        return "kk"
    return None


def _vietnamese(text: str, blocks: bytes) -> bool:
    """Latin text whose letters carry Vietnamese's stacked marks and horns throughout."""
    if blocks.count(_LATIN_ADDITIONAL) < MIN_VI / 2 * len(text):
        return False
    marked = len(_VI_MARKED().findall(text))
    return marked >= MIN_VI * len(text) and len(_VI_HORNS().findall(text)) >= MIN_MARK * len(text)


def _by_letters(words: list[str], read: list[str]) -> tuple[str | None, float] | None:
    """The language the letters of ``words`` name (``read``: the texts they came from,
    with the vowel signs words leave out), with the script's share of letters as
    confidence; ``(None, share)`` for a script we know whose language we cannot tell;
    None when most letters are of no such script (function words decide)."""
    text = "".join(words)
    if text.isascii() or not text:
        return None
    arabic, bengali = len(_ARABIC_SCRIPT().findall(text)), len(_BENGALI_SCRIPT().findall(text))
    if bengali >= MIN_SCRIPT * len(text):
        share = round(bengali / len(text), 3)
        return (None if len(_ASSAMESE().findall(text)) >= MIN_MARK * bengali else "bn"), share
    if arabic < MIN_SCRIPT * len(text):
        return _by_script(text[:SAMPLE], read)
    share = round(arabic / len(text), 3)

    def rate(pattern: re.Pattern[str]) -> float:
        return len(pattern.findall(text)) / arabic

    if rate(_OTHER_ARABIC()) >= MIN_MARK:
        return None, share
    if rate(_URDU()) >= 2 * MIN_MARK:
        return "ur", share
    persian, arabic_forms, marbuta = rate(_PERSIAN()), rate(_ARABIC_FORMS()), rate(_TEH_MARBUTA())
    own_forms = rate(_PERSIAN_FORMS()) >= 4 * MIN_MARK and arabic_forms < MIN_MARK
    if (persian >= MIN_MARK and marbuta < MIN_MARK) or own_forms:
        return "fa", share
    if arabic_forms >= 4 * MIN_MARK and persian < marbuta:  # a foreign name's گ or چ
        return "ar", share
    return None, share


def identify(
    texts: Iterable[str], candidates: Iterable[str] = CANDIDATES
) -> tuple[str | None, float]:
    """The language of ``texts`` if it is one of ``candidates``, and a confidence in [0, 1].

    Reads at most the first 1,500 words. Confidence is the best language's lead over
    the runner-up, relative to its own share; every profiled language competes, so
    Portuguese text with ``candidates=("en", "de")`` is None rather than English.
    Returns ``(None, confidence)`` when there are fewer than 40 words, when too few of
    them are function words of any language (another language, or lists of names and
    numbers), when the lead is too small to trust, or when the winner is not a
    candidate. Text mostly in another script than Latin (or in Vietnamese's marks) is
    told by its script and letters instead, the script's share of the letters then being
    the confidence; Latin text no function words read may be told by its own letters.
    Scripts written without spaces need 200 letters rather than 40 words.
    """
    read: list[str] = []
    words = _words(texts, MAX_WORDS, read)
    # Scripts written without spaces give few, long "words": their letters count instead.
    if len(words) < MIN_WORDS and sum(map(len, words)) < MIN_LETTERS:
        return None, 0.0
    by_letters = _by_letters(words, read)
    if by_letters is not None:
        lang, share = by_letters
        return (lang if lang in tuple(candidates) else None), share
    if len(words) < MIN_WORDS:
        return None, 0.0
    n, shares = _shares(words)
    ranked = sorted(shares.items(), key=lambda kv: kv[1], reverse=True)
    best, top = ranked[0]
    second = ranked[1][1]
    confidence = round((top - second) / top, 3) if top > 0 else 0.0
    # Letters only one Latin-script language writes, on a few per cent of the letters, name
    # it whatever function words a short text shares ("to", "a", "do" made a Polish text
    # English once Croatian's "do", "to", "na" took Czech's lead): an English page naming
    # "Łódź" stays far below those shares.
    latin = _latin_letters("".join(words)[:SAMPLE])
    if latin is not None or top < MIN_SHARE or confidence < MIN_MARGIN:
        return (latin if latin in tuple(candidates) else None), confidence
    if best in GROUPS:
        best = _in_group(words, best) or ""
    if best not in tuple(candidates):
        return None, confidence
    return best, confidence


# The function words only one Nordic language lists (Danish "af", Nynorsk "ikkje").
_NORDIC_OWN = {
    lang: PROFILES[lang].difference(*(PROFILES[other] for other in NORDIC if other != lang)) for lang in NORDIC
}
MIN_OWN = 3  # different own words of the winner: fewer is a quotation, a name or Latin ("sit")
MIN_OWN_LEAD = 2.0  # the winner's own words against the runner-up's


# Norwegian's words against Danish's and Swedish's, Bokmål's and Nynorsk's together ("å",
# "noen", "etter", "før", "mellom"): a short draft holds a handful of them, rarely three of
# only one written form.
_NORWEGIAN_OWN = {
    "sv": _NORDIC_OWN["sv"],
    "da": PROFILES["da"] - PROFILES["nb"] - PROFILES["nn"] - PROFILES["sv"],
    "nb": (PROFILES["nb"] | PROFILES["nn"]) - PROFILES["da"] - PROFILES["sv"],
}


def _nordic(words: list[str]) -> str | None:
    """Swedish, Danish, Bokmål or Nynorsk by the function words only it writes; None when
    none leads clearly (the declaration stands). Where none does, Norwegian's words
    (Bokmål's and Nynorsk's together) may lead Danish's and Swedish's: Bokmål then, unless
    the text writes any of Nynorsk's own ("ikkje", "eg", "kva"), the form most Norwegian
    prose is written in."""
    found = _lead(words, _NORDIC_OWN)
    if found is None and _lead(words, _NORWEGIAN_OWN) == "nb":
        return None if any(w in _NORDIC_OWN["nn"] for w in words) else "nb"
    return found


def _lead(words: list[str], owns: dict[str, frozenset[str]]) -> str | None:
    """The language of ``owns`` (language → words only it writes) whose own words ``words``
    hold clearly the most of; None when none leads clearly."""
    found = {lang: [w for w in words if w in own] for lang, own in owns.items()}
    ranked = sorted(found.items(), key=lambda kv: len(kv[1]), reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    return best if len(set(top)) >= MIN_OWN and len(top) >= MIN_OWN_LEAD * len(second) else None


def _own_words(group: tuple[str, ...]) -> dict[str, frozenset[str]]:
    return {lang: PROFILES[lang].difference(*(PROFILES[o] for o in group if o != lang)) for lang in group}


# Swedish's group is told by _nordic, Czech's by letters.
_GROUP_OWN = {runner: _own_words(group) for runner, group in GROUPS.items() if runner not in ("sv", "cs", "hr")}


def _in_group(words: list[str], runner: str) -> str | None:
    """Which language of ``runner``'s group the text is in (None: none clearly). Where
    none is, or one the runner stands for, letters only a Latin-script language writes
    decide first: a Hungarian text's "és" (and) is Catalan's "és" (is), its "a" and "az"
    other languages' words."""
    if runner == "sv":  # Swedish, Danish or Norwegian: the words only one of them writes decide
        found = _nordic(words)
    elif runner == "fi":  # Finnish or Estonian: their own words and Estonian's õ and ü
        found = _finnic(words)
    elif runner == "cs":  # Czech or Slovak: their letters
        found = _west_slavic("".join(words)[:SAMPLE])
    elif runner == "hr":  # Slovenian, or Croatian, Bosnian or Serbian: their own words
        found = _south_slavic(words)
    else:  # Dutch or Afrikaans, Indonesian or Malay, Spanish or Catalan
        found = _told_apart(words, runner)
    if found is None or found in _TOLD_AFTER:
        return _latin_letters("".join(words)[:SAMPLE]) or found
    return found


def _told_apart(words: list[str], runner: str) -> str | None:
    """Dutch or Afrikaans, Indonesian or Malay, Spanish or Catalan by the words only one of
    them writes; None when neither leads clearly. The runner keeps a text that writes none
    of the other's own words (a short Indonesian text without "bahwa" or "karena" was
    Indonesian before, a Spanish one Spanish)."""
    owns = _GROUP_OWN[runner]
    found = _lead(words, owns)
    if found is None and not any(w in own for lang, own in owns.items() if lang != runner for w in words):
        return runner
    return found


# Slovenian's function words against Croatian's, Bosnian's and Serbian's shared ones.
_SLOVENIAN_OWN = {"sl": PROFILES["sl"] - PROFILES["hr"], "hr": PROFILES["hr"] - PROFILES["sl"]}
# Croatian, Bosnian and Serbian differ in the reflex of old "ě" and in a few hundred words
# (Hrvatski jezični portal; Pravopis srpskoga jezika; Halilović's Pravopis bosanskoga
# jezika). Serbian writes ekavian "pre", "posle", "gde", "vreme", "dve" where Croatian and
# Bosnian write ijekavian "prije", "poslije", "gdje", "vrijeme", "dvije"; Croatian writes
# "također", "tijekom", "tko", "tisuća", "tjedan" and its own month names where Bosnian
# (and Serbian) write "takođe", "tokom", "ko", "hiljada", "sedmica" and "januar"…; Bosnian
# alone writes "historija", "sedmica", "općina" together with those. Each is common in
# news prose: a few hundred words hold several. The reflex lists hold only words whose
# other variant differs in it ("svet", holy in Croatian, and "decenija", Bosnian's too, are not).
_EKAVIAN = frozenset("""
    pre posle gde uvek vreme mesto deo dece deca reč reči rečima sledeći sledeće sledećih lepo ceo cela celo
    primer primera pesma pesme nedelje nedelju mleko dve ovde telo levo beli mesec meseca meseci mesta mestu
    deteta dete verovatno razume mera mere
    """.split())
_IJEKAVIAN = frozenset("""
    prije poslije gdje uvijek vrijeme mjesto dio djece djeca riječ riječi riječima sljedeći sljedeće sljedećih
    lijepo cijeli cijela cijelo primjer primjera pjesma pjesme nedjelje nedjelju mlijeko svijet svijeta svijetu
    dvije ovdje tijelo lijevo bijeli mjesec mjeseca mjeseci mjesta mjestu djeteta dijete vjerovatno vijeće
    vijeća razumije mjera mjere
    """.split())
_CROATIAN_WORDS = frozenset("""
    također tijekom tko tisuća tisuće tisuću tjedan tjedna tjedno tjedana siječnja veljače ožujka travnja
    svibnja lipnja srpnja kolovoza rujna listopada studenoga studenog prosinca sveučilište sveučilišta
    izvješće izvješća vlak vlaka kruh zrakoplov nogomet nogometa obitelj obitelji glazba glazbe priopćenje
    gospodarstvo gospodarstva ravnatelj ravnatelja povijest povijesti znanost znanosti europske europski
    europska europskoj vjerojatno desetljeća desetljeće desetljećima pročelnik pročelnika
    """.split())
_SERBIAN_BOSNIAN_WORDS = frozenset("""
    takođe tokom ko šta hiljada hiljade hiljadu istorija istorije istoriji historija historije historiji
    evropske evropski evropska evropskoj fudbal fudbala opština opštine opštini nauka nauke sedmica sedmice
    sedmici voz hleb hljeb porodica porodice porodici muzika muzike univerzitet univerziteta decenija
    decenije decenijama januara februara marta aprila maja juna jula avgusta augusta septembra oktobra
    novembra decembra
    """.split())
_BOSNIAN_WORDS = frozenset("historija historije historiji sedmica sedmice sedmici općina općine općini hljeb lahko".split())
MIN_VARIANT = 3  # markers of a variant: fewer is a quoted word or a name


def _south_slavic(words: list[str]) -> str | None:
    """Slovenian by its own function words; else Serbian by its ekavian words, Croatian
    or Bosnian by their ijekavian ones and the words only Croatian, or only Bosnian and
    Serbian, write; None when the words do not agree (an ijekavian Serbian or a
    Montenegrin text, a short one)."""
    lead = _lead(words, _SLOVENIAN_OWN)
    if lead != "hr":
        return lead
    ek, ij = sum(w in _EKAVIAN for w in words), sum(w in _IJEKAVIAN for w in words)
    if ek >= MIN_VARIANT and 3 * ij <= ek:
        return "sr"
    if ij < MIN_VARIANT or 3 * ek > ij:
        return None
    hr, srbs = sum(w in _CROATIAN_WORDS for w in words), sum(w in _SERBIAN_BOSNIAN_WORDS for w in words)
    if hr >= MIN_VARIANT - 1 and 3 * srbs <= hr:
        return "hr"
    if srbs >= MIN_VARIANT - 1 and 3 * hr <= srbs and any(w in _BOSNIAN_WORDS for w in words):
        return "bs"
    return None


# Slovak's ľ ĺ ŕ ô ä (~0.8 % of its letters together; "podľa", "môže", "päť"), none of them
# Czech's; Czech's ě ř ů (~3.5 %), none of them Slovak's.
_SLOVAK_LETTERS = "ľĺŕôä"
_CZECH_LETTERS = "ěřů"
MIN_SLOVAK = 0.003


def _west_slavic(text: str) -> str | None:
    """Czech or Slovak by the letters only one of them writes; None when neither's are
    frequent (a Polish, Slovenian or Croatian text their shared words read)."""
    n = max(1, len(text))
    czech, slovak = sum(map(text.count, _CZECH_LETTERS)) / n, sum(map(text.count, _SLOVAK_LETTERS)) / n
    if czech >= 0.015 and slovak < MIN_SLOVAK / 3:
        return "cs"
    if slovak >= MIN_SLOVAK and czech < 0.002:
        return "sk"
    return None


# Estonian writes õ in "või", "kõik", "sõnul", "võib" and ü in "üle", "ütles", "üks"
# (together ~1.5 % of its letters); Finnish writes neither but in a foreign name.
_ESTONIAN_LETTERS = "õü"
MIN_ESTONIAN = 0.004  # õ and ü per letter: Estonian prose ≥ 0.8 %
MAX_FINNISH = 0.001  # a name or two in a Finnish text stays below


def _finnic(words: list[str]) -> str | None:
    """Finnish or Estonian: the function words only one of them writes, and Estonian's õ
    and ü, which Finnish never writes, must agree; None when they do not."""
    lead = _lead(words, _GROUP_OWN["fi"])
    text = "".join(words[:SAMPLE])
    rate = sum(map(text.count, _ESTONIAN_LETTERS)) / max(1, len(text))
    if lead == "et" and rate >= MIN_ESTONIAN:
        return "et"
    if lead == "fi" and rate < MAX_FINNISH:
        return "fi"
    return None


# Declared languages the text can overrule. Punjabi is told by Gurmukhi, but a page
# declaring it may be written in Shahmukhi, which reads as Urdu: it keeps its declaration.
_OVERRULED = frozenset(CANDIDATES) - {"pa"}

# BCP 47 codes that declare no particular language: undetermined, multiple, none.
_UNDETERMINED = frozenset({"und", "mul", "zxx", "mis"})


def effective_language(declared: str | None, detected: str | None, forced: str | None, default: str) -> str:
    """``--lang``/config wins; else the declared language unless the text confidently
    reads as another language we know; else what the text reads as; else ``default``.

    A declared language we have no profile for (``cy``, ``ga``) is kept: the
    identifier cannot tell it from its neighbours, so it cannot overrule it; nor does
    one Scandinavian language overrule another (nor Malay Indonesian, Afrikaans Dutch,
    Estonian Finnish, Catalan or Galician Spanish, Galician Portuguese, Slovak Czech,
    Serbian or Bosnian Croatian, or the other way round)."""
    from auditor.text.languages import lang_root

    if forced:
        return lang_root(forced)
    root = lang_root(declared) if declared and declared.strip() else None
    if root is not None and root not in _UNDETERMINED:
        if detected is None or root == detected or root not in _OVERRULED:
            return root
        if any(root in group and detected in group for group in GROUPS.values()):
            # A handful of words tells Danish from Bokmål (or Malay from Indonesian), a
            # riksmål "meget" or a quoted line can tip it: a page's own language of the group stands.
            return root
    fallback = lang_root(default)
    return detected or ("en" if fallback in _UNDETERMINED else fallback)
