"""The words a headline's count is read by, in the languages we read: list nouns,
superlatives, determiners, news words and verbs, title participles and the words that end a
count's noun phrase. Data only; the grammar that reads them is
:mod:`auditor.structure.promise`."""

from __future__ import annotations

# Words that name what a list is made of, in the languages we read. A number before one
# of these is a promise wherever it stands ("…: the 5 tips", "…in 3 Schritten"); with
# COUNTED_NOUNS below they make LIST_NOUNS.
_NAMING_NOUNS = frozenset(
    """tips ways things reasons ideas steps secrets mistakes lessons facts signs tricks rules habits
    questions examples tools books films movies places products apps deals picks strategies hacks
    options methods myths benefits moments findings takeaways trends recipes songs albums games
    shows jokes puns quotes items gifts destinations costumes hairstyles photos pictures stories
    questions takeaways observations lessons principles must-haves essentials favorites favourites
    tipps ideen gründe dinge schritte fehler fragen orte regeln wege möglichkeiten rezepte bücher
    filme beispiele maßnahmen fakten
    consejos formas razones cosas pasos errores trucos claves lugares ejemplos recetas libros
    astuces conseils raisons idées choses façons erreurs étapes exemples recettes livres
    consigli modi motivi idee cose errori trucchi passi esempi ricette libri
    dicas maneiras razões ideias coisas erros passos exemplos receitas livros
    manieren redenen ideeën dingen stappen fouten voorbeelden
    способов советов причин идей вещей ошибок правил шагов фактов книг фильмов мест
    sposobów porad powodów pomysłów rzeczy błędów způsobů tipů důvodů nápadů věcí chyb
    cara alasan ide""".split()
)
# The same after a count in more languages. Read only after a number: many are everyday
# words elsewhere ("yol" road, "yer" place, "điều" in "điều tra" inquiry, "कारण" because),
# so none names a list by itself (see promise._GENERIC_NOUNS). Besides tips, ways, reasons and
# things, the kinds of thing health and travel lists count (exercises, symptoms, signs,
# habits, destinations, remedies, benefits, lessons drawn) and English nouns of long
# collections ("150 captions", "101 snacks"). Each language's word as the translation tables
# of Wiktionary's entries for those English nouns give it, in the form a count takes, from
# their declension tables: Slavic genitive plurals after 5 ("10 упражнений", "5 objawów") and
# the forms after 2-4 ("3 способа", "4 porady", "3 tipy"); Turkish and Persian keep the noun
# singular ("7 alışkanlığı", "10 نکته"); Hindi, Urdu and Bengali plural ("10 तरीके", "7 طریقے",
# "৫টি উপায়").
# Swahili sets its count after the noun ("Njia 5 za…", five ways to…; "Mambo 10 ya kufahamu",
# ten things to know; "Watu 5 wafariki", five people die): ways, reasons, things, tips,
# techniques, places, foods, mistakes, symptoms, benefits, habits, steps, secrets, recipes,
# books, films, songs, questions, as Wiktionary's translation tables give them (plural class).
SW_LIST_NOUNS = frozenset(
    """njia sababu mambo vidokezo mbinu vitu maeneo vyakula makosa dalili faida tabia hatua siri mapishi
    vitabu filamu nyimbo maswali""".split()
)
COUNTED_NOUNS = frozenset(
    """hal tempat imprescindibles imperdibles imprescindíveis imperdíveis incontournables imperdibili
    captions snacks sayings riddles prompts affirmations wishes crafts activities phrases
    способа совета причины идеи вещи ошибки правила шага факта книги фильма места привычки
    способи поради причини ідеї речі помилки sposoby porady powody pomysły błędy nawyki
    způsoby tipy důvody nápady chyby
    erkenntnisse lehren enseignements leçons lições lecciones conclusiones lezioni выводов вывода уроков
    vinkkiä syytä tapaa asiaa ideaa paikkaa tipov spôsobov dôvodov vecí nápadov paraan bagay dahilan
    übungen anzeichen symptome gewohnheiten reiseziele urlaubsziele ausflugsziele hausmittel vorteile
    ejercicios síntomas señales hábitos destinos remedios beneficios
    exercices symptômes signes habitudes destinations remèdes bienfaits avantages
    exercícios sintomas sinais remédios benefícios
    esercizi sintomi segnali segni abitudini mete destinazioni rimedi benefici vantaggi
    упражнений симптомов признаков привычек преимуществ ćwiczeń objawów oznak nawyków miejsc korzyści
    oefeningen symptomen signalen gewoontes gewoonten bestemmingen voordelen cviků příznaků návyků
    gejala tanda latihan destinasi egzersiz hareket أعراض علامات تمارين عادات وجهات فوائد
    sätt skäl saker tips måder grunde ting måter grunner způsoby moduri motive lucruri idei sfaturi
    módszer dolog tipp ötlet τρόποι τρόπους λόγοι λόγους πράγματα συμβουλές ιδέες sebab cách lý điều mẹo
    способів порад причин речей помилок ідей книг фільмів
    طرق أسباب أشياء نصائح أفكار خطوات أخطاء معلومات حقائق أماكن
    מקומות
    şey öneri yolu yol neden ipucu tavsiye yer kitap hata adım
    तरीके कारण बातें टिप्स चीजें
    דרכים סיבות דברים טיפים
    alışkanlık alışkanlığı tüyo sırrı sır belirti belirtisi fayda faydası kural özellik tarif sebep
    fakta rekomendasi manfaat kebiasaan kesalahan langkah resep kiat trik ciri penyebab
    उपाय फायदे नुस्खे गलतियां गलतियाँ आदतें जगहें तरीकों चीज़ें
    نکته روش راه راهکار دلیل اشتباه ترفند چیز چیزی عادت توصیه
    طریقے وجوہات باتیں چیزیں ٹپس غلطیاں فوائد نکات مشورے عادتیں
    উপায় উপায়ে কারণ টিপস বিষয় জিনিস ভুল কৌশল অভ্যাস
    рецептов рецепта блюд блюда упражнения лайфхаков przepisów przepisy ćwiczenia książek filmów seriali
    dizi şarkı mekan film besin boeken buku خوراکی جای جاهای فایده فواید উপকারিতা وصفة وصفات مسلسلات أفلام أطباق كتب تمرین سریال فیلم کتاب دستور
    रेसिपी व्यायाम फिल्में किताबें
    मार्ग गोष्टी कारणे ठिकाणे सवयी चुका पद्धती पदार्थ तरिका कुरा कुराहरू ठाउँ बानी फाइदा गल्ती
    রেসিপি ব্যায়াম সিনেমা জায়গা সিরিজ বই খাবার
    curiosidades curiosités curiosità rutas rotas itinerarios uitjes vragen pytań вопросов питань
    zmian изменений змін kierunków направлений напрямків piosenek песен пісень вправ lagu
    βιβλία λάθη ταινίες τραγούδια μέρη böcker övningar filmer misstag låtar ställen
    madde maddesi maddede adımda propozycji propozycje trików püf önerisi tavsiyesi tarifi nedeni حيل vanor
    ספרים טעויות מתכונים סדרות סרטים תרגילים סימנים הרגלים רעיונות טריקים שאלות יעדים
    greșeli cărți exerciții rețete semne metode trucuri obiceiuri locuri destinații filme seriale
    cviky cviků knih receptů
    ok hiba könyv gyakorlat recept hely szokás módszer
    idéer ideer øvelser opskrifter oppskrifter recept bøker bøger
    virhettä kirjaa liikettä reseptiä merkkiä
    σημάδια ایده संकेत योगासन কারণে লক্ষণ
    savjeta saveta razloga načina stvari grešaka pogrešaka recepata mjesta mesta ideja trikova knjiga filmova
    koraka navika savjeti razlozi
    савета разлога начина ствари грешака рецепата идеја књига филмова корака навика
    съвета причини неща грешки рецепти филма стъпки признака навика трика въпроса
    chýb chyby receptov recepty kníh filmov miest krokov príznakov návykov cvikov trikov otázok dôvody spôsoby
    consells coses receptes llocs raons maneres idees trucs llibres pel·lícules sèries motius hàbits exercicis
    filmes películas pagkaing paraang pagkain pelikula sikreto hakbang ideya pagkakamali
    مقامات جگہیں کتابیں فلمیں غذا جاذبه
    frases citas citações citations frasi citazioni zitate sprüche citaten cytatów цитат цитати
    рецептів фактів місць звичок ознак страв серіалів секретів правил кроків
    råd fejl feil steder vaner tegn tecken
    نسخے ٹوٹکے স্থান platos pratos plats piatti gerichte gerechten dań elokuvaa filmů seriálů
    feiten faits fatti fatos fets fapte faktów faktaa faktů γεγονότα plekken lieux endroits luoghi platser míst
    fikir fikri
    приложения uygulama uygulaması تطبيقات اپلیکیشن ایپس ऐप्स অ্যাপ aplikasi appar apper sovellusta
    εφαρμογές aplicații alkalmazás aplikací aplicacions застосунків приложений aplikacji""".split()
) | SW_LIST_NOUNS
# The wave-2 lines (round 13): Hebrew books, mistakes, recipes, series, films, exercises,
# signs, habits, ideas, tricks, questions, destinations; Romanian mistakes, books, exercises,
# recipes, signs, methods, tricks, habits, places, destinations, films, series; Czech
# exercises, books, recipes; Hungarian reasons ("ok"), mistakes, books, exercises, recipes,
# places, habits, methods; Danish, Norwegian and Swedish ideas, exercises, recipes, books;
# Finnish mistakes, books, moves, recipes, signs (partitive after a count); Greek signs,
# Persian ideas, Hindi signs and yoga poses, Bengali reasons (with its case ending) and signs:
# Wiktionary's translation tables, in the form after a count.
# Round 14: Croatian (and Bosnian), Serbian in both scripts, Bulgarian, Slovak and Catalan
# tips, reasons, ways, things, mistakes, recipes, places, ideas, tricks, books, films, steps,
# habits, signs, questions (genitive plural after five, the paucal and count forms after two
# to four), Portuguese's and Spanish's films, Tagalog's foods and ways with the linker "-ng"
# a count's noun takes before its modifier ("7 pagkaing Pinoy na…"), Urdu places, books and
# films, Persian food and attractions: the same translation and declension tables.
# The last lines (round 13): curiosities, routes, outings, questions, changes, destinations,
# songs, exercises (Ukrainian), and Greek's and Swedish's books, mistakes, films, songs,
# places, exercises, as the same translation and declension tables give them after a count;
# Turkish "madde" (item, a law's article: "6 önemli maddesi", "5 maddede") and "adımda" (in
# N steps), "önerisi", "tavsiyesi", "tarifi" (a suggestion, advice, recipe of), "püf"
# (noktası: tips); Polish "propozycji" (suggestions), "trików" (tricks); Arabic "حيل" (tricks).
# Marathi's and Nepali's ways, things, reasons, places, habits, mistakes, methods, dishes,
# benefits (Wiktionary's translation tables; "उपाय", "टिप्स", "कारण" are Hindi's too).
# Round 15: quotes and sayings (Spanish, Portuguese, Catalan, French, Italian, German, Dutch,
# Polish, Russian, Ukrainian); Ukrainian's recipes, facts, places, habits, signs, dishes,
# series, secrets, rules, steps (genitive plural after five, as Russian's above); the Nordic
# advice ("gode råd"), mistakes, places, habits, signs; Urdu remedies and tips ("نسخے",
# "ٹوٹکے"), Bengali places ("স্থান"); dishes ("10 plats typiques à goûter"), Finnish films
# (partitive), Czech films and series; facts and places where the lines above lacked them
# ("12 verrassende feiten over kaas", "8 plekken waar je moet eten"), Turkish ideas ("hediye
# fikri", gift ideas); apps, as English's list names them, in the languages that lacked them
# ("7 aplikací pro výuku jazyků", "Dil öğrenmek için 7 uygulama"): Wiktionary's translation
# tables, in the form after a count.
# The last lines: recipes, dishes, exercises, books, films and series, as the same
# translation tables give them (Slavic paucal and genitive plural; Turkish, Arabic, Persian,
# Hindi and Bengali in the form after a count), which the kinds of list above count too.
LIST_NOUNS = _NAMING_NOUNS | COUNTED_NOUNS
# Superlatives right after the number: "the 21 best films", "Die 8 effektivsten Tipps".
SUPERLATIVES = frozenset(
    """best worst most greatest top biggest essential favorite favourite must-have must-see
    must-read coolest funniest easiest cheapest smartest أجمل أهم أشهر أغرب أسوأ أروع أقوى أخطر besten beliebtesten wichtigsten schönsten
    größten mejores peores meilleurs meilleures pires migliori peggiori melhores piores beste
    bästa bedste najlepszych najlepsze nejlepších nejlepší legjobb καλύτερα καλύτερες καλύτεροι
    найкращих найкращі лучших самых самые главных главные головних головні ключевых ключових meest mest πιο
    terbaik terpopuler terfavorit הטובות הטובים הכי parasta parhaat parhaita सबसे बेहतरीन सर्वश्रेष्ठ
    بهترین برترین برتر بہترین সেরা সবচেয়ে सर्वोत्तम सर्वोत्कृष्ट सबैभन्दा उत्कृष्ट
    millors pitjors""".split()
)
# Catalan "millors", "pitjors" (best, worst: "Els 5 millors restaurants…").
# Finnish "parasta", "parhaat" (best, after a count and as a plural), Hebrew "הכי" (most).
# Russian's "самых", Dutch "meest", Swedish "mest" and Greek "πιο" (most) before an
# adjective, and "main" or "key" in Russian and Ukrainian ("6 главных изменений", the 6 main
# changes), rank as superlatives do.
# Arabic's elatives above (أجمل most beautiful, أهم most important, أشهر most famous, أغرب
# strangest…) stand before the count as "أفضل" does: "أجمل 15 مكانا". Not "أكثر" (more).
# Persian forms any superlative with the suffix "-ترین" ("مهم‌ترین", the most important).
FA_SUPERLATIVE = "ترین"
# A determiner or "top" right before the number makes a list of what follows, mid-headline:
# "Hit Parader's Top 100 Metal Vocalists", "Why You Need These 5 Apps".
DETERMINERS = frozenset(
    """top these those our my your his her their diese unsere meine deine estos estas nuestros
    nuestras ces nos mes questi queste nostri estes estas nossos nossas deze onze
    topp топ टॉप टप טופ أفضل iyi bune τα οι
    эти этих ці te tych tyto těchto bu ini ये इन یہ
    aquests aquestes esses essas""".split()
)
# The last line: "these" in Russian, Ukrainian, Polish, Czech, Turkish, Indonesian, Hindi and Urdu, as
# their grammars decline it ("Почему эти 5 продуктов…", "Dlaczego te 5 produktów…", "Ini 5
# Fakta…": Indonesian opens a list with "ini", this, as English does with "here are");
# Catalan's and Portuguese's other "these" ("Aquests 5 llibres…", "Esses 5 alimentos…").
# Words that, right after the noun phrase, make the headline a news clause about counted
# people or events rather than the title of a list.
NEWS_WORDS = frozenset(
    """dead die dies died dying killed kill kills injured hurt wounded arrested charged detained
    jailed sentenced convicted indicted accused shot gunned stabbed missing rescued evacuated
    confirmed reported diagnosed infected hospitalized hospitalised tested fined fired sacked
    suspended resign resigns resigned quit elected nominated sue sues sued flee fled escape
    escaped trapped stranded murdered drowned crashed deported caught freed released kidnapped
    abducted sickened poisoned recalled banned expelled evacuate perish perished slain
    arrests casualties fatalities
    tot tote toten sterben starben gestorben getötet verletzt verletzte festgenommen verhaftet
    vermisst infiziert erschossen verurteilt evakuiert gerettet angeklagt festnahmen
    arresti detenciones arrestations prisões
    muertos muertas mueren murieron fallecidos heridos detenidos desaparecidos contagiados
    morts meurent tués blessés arrêtés disparus
    morti muoiono uccisi feriti arrestati dispersi
    mortos morrem feridos presos desaparecidos
    doden gewonden gearresteerd vermist
    погибли погиб погибших умерли умер ранены ранен задержаны задержан пострадали заболели
    zginęło zginęli zmarło zmarli rannych zatrzymano zemřelo zemřeli zraněno
    zginęły zatrzymane zatrzymani zatrzymanych ranni ranne żyją żyje aangehouden opgepakt overleden gewond omgekomen
    döda dödade gripna skadade omkomna død døde dræbt dræbte anholdt sårede omkommet drept pågrepet skadd omkom
    mrtví mrtvých zadrženi zadrženo zraněni zraněných morți arestați răniți decedați reținuți murit
    halott halottak sérült sérültek meghalt letartóztattak őrizetbe
    νεκροί νεκρούς τραυματίες συλλήψεις συνελήφθησαν
    tewas ditangkap meninggal terluka maut ditahan cedera chết bắt vong
    गिरफ्तार मौत घायल मारे הרוגים נעצרו פצועים נהרגו
    загиблих загинули затримані затримано поранені померли
    قتلى قتيل جرحى مصابين مصرع
    ölü öldü yaralı yaralandı gözaltına tutuklandı hayatını şehit yakalandı
    diamankan dibekuk diciduk
    interpellés interpellées écroués inculpés condamnés hospitalisés évacués décédés tuées blessées
    arrestados condenados imputados investigados hospitalizados evacuados rescatados asesinados
    secuestrados fallecen detidos baleados resgatados assassinados sequestrados internados
    fermati indagati condannati denunciati evacuati uccise arrestate ricoverati
    detenidas heridas arrestadas fallecidas desaparecidas asesinadas secuestradas rescatadas evacuadas
    hospitalizadas condenadas detidas feridas presas mortas baleadas resgatadas assassinadas
    sequestradas internadas arrêtées disparues mortes décédées hospitalisées évacuées
    fermate indagate ricoverate denunciate
    festgenommene todesopfer schwerverletzte verunglückt veroordeeld zwaargewond
    арестованы осуждены госпитализированы эвакуированы погибшие раненые пострадавших
    aresztowani zabici
    víctimas vítimas victimes vittime opfer slachtoffers ofiar obětí жертв muertes mortes décès смертей zgonów úmrtí
    kuoli kuolleita kuollut loukkaantui loukkaantuneita pidätettiin mŕtvi zranení zadržali
    patay sugatan arestado
    ज़ख्मी जख्मी हिरासत मृत शहीद लापता मृत्यू ठार जखमी अटक बेपत्ता मृत्यु घाइते पक्राउ मारिए
    کشته زخمی مجروح بازداشت دستگیر مصدوم باختند جان‌باخته جانباخته فوتی
    بحق ہلاک گرفتار شہید لاپتہ
    নিহত আহত গ্রেপ্তার গ্রেফতার মৃত্যু নিখোঁজ আটক
    ferits ferides detinguts detingudes desapareguts desaparegudes evacuats evacuades
    mrtvih mrtva poginulih poginula poginuli poginulo ozlijeđenih ozlijeđena ozlijeđeni uhićenih uhićena uhićeni
    nestalih povređenih povređena povređeno uhapšenih uhapšena uhapšeno
    погинула погинуло погинули погинулих мртвих повређених повређена повређено ухапшених ухапшена ухапшено
    загинали загинаха загина ранени пострадали пострадаха задържани арестувани починали жертви
    mŕtvych zranených zadržaných nasawi nasugatan naaresto nalunod nawawala""".split()
)
# Sources of the Turkish, Indonesian, Hindi, Persian, Urdu and Bengali words above, and of the
# Romance, German, Dutch, Russian and Polish participles after them ("Les 3 suspects
# interpellés", "Los 3 arrestados"): the translation tables of Wiktionary's "killed",
# "injured", "arrested", "convicted", "hospitalized", "evacuated", "missing", "victim", and
# the conjugation tables of those verbs (plural participles, masculine and feminine);
# the forms are those wire headlines use ("3 کشته و ۵ زخمی", "3 افراد جاں بحق", "নিহত ৩").
# The last lines (round 14): Catalan, Croatian, Serbian (both scripts), Bulgarian, Slovak and
# Tagalog killed, dead, injured, arrested, missing, drowned, from the same tables.
# English verbs in the present plural (or past) that, right after the counted noun, make the
# headline a clause about those people or things: "Two new restaurants open downtown",
# "Four candidates qualify for debate", "Six teams remain". An adjective before the noun
# ("5 Open Questions") is no verb, so only the word right after the noun is read. Verbs
# that list titles use of people ("10 CEOs Admit…", "12 Twitter-Nutzer verraten…",
# "5 Doctors Warn…") are left out: there the count is a list's.
CLAUSE_VERBS = frozenset(
    """open close remain return merge qualify break fall plead testify strike protest march rally clash
    vote agree reach arrive land report accuse fail sign enter join win lose face
    opened closed remained returned merged qualified broke fell pleaded testified struck protested
    marched rallied clashed voted agreed reached arrived landed reported accused
    appear appeared deny denied await awaited settle settled""".split()
)
# The last line: what the counted do in court reports ("The 5 suspects appear in court",
# "3 officers deny charges", "2 defendants await sentencing").
# Past participles that do not end in "-ed" ("12 cars stolen", "200 homes sold").
IRREGULAR_PARTICIPLES = frozenset("found stolen sold hit shut torn won lost seen taken made built".split())
# Participles a list's title puts after its noun ("5 Myths Debunked", "All 27 Movies Ranked",
# "10 Lessons Learned"): not a clause about the counted things, unlike "50 homes destroyed".
TITLE_PARTICIPLES = frozenset(
    """ranked rated explained revealed debunked reviewed compared answered decoded demystified busted
    solved uncovered learned recommended tested approved needed required inspired based themed
    unboxed featured included curated handpicked hand-picked updated""".split()
)
# After these the noun phrase turns into a title ("…that were said", "…to visit", "…you need").
STOPPERS = frozenset(
    """that who which whom to you we i they your our for how why when where what worth every
    dass um zu für die du ihr wir que para pour qui per che voor om
    जो जिन्हें जहां जहाँ جو جنہیں جہاں که যা যে যেখানে""".split()
)
# The relatives of Hindi, Urdu, Persian and Bengali ("जो", "جو", "که", "যে") as their
# grammars name them: a title's noun phrase ends there ("10 शहर जहां…", ten cities where…).
# "X, and 4 other takeaways": the headline's subject is one more item.
AND_OTHERS = (frozenset("and plus und y et e en".split()), frozenset(
    "other others more weitere andere otros otras más autres altri altre outros outras mais andere".split()
))


# Round 13, wave 2: the cues of lists that news shares words with.
# "Points" as a count's noun: an explainer's key points ("6 Poin Penting Revisi UU Pajak",
# "Entenda em 8 pontos a reforma", "6 điểm mới của luật thuế"), or a tally in sport news
# ("Persib Raih 3 Poin", "3 điểm quý giá"). Wiktionary's translations of "point", in the
# form after a count (Slavic locative after "w"/"в": "w 5 punktach", "в 5 пунктах").
POINT_NOUNS = frozenset(
    """points pontos puntos punti punkte punkten punten punkty punktów punktach пунктов пункта пунктах
    пунктів пункти pontban pontok pont poin điểm نقاط نقطة noktada nokta bodů bodech puncte""".split()
)
# What makes them key points: "main", "key", "important", "essential", "new", "notable"
# after or before the noun (Vietnamese by its first syllable: "quan trọng", "nổi bật",
# "đáng chú ý", "cần biết"), as the same translation tables give them.
KEY_ADJECTIVES = frozenset(
    """key main important essential penting utama kunci krusial mới chính nổi đáng quan cần
    رئيسية مهمة أساسية بارزة جديدة هامة
    principais importantes essenciais chave fundamentais principales clave esenciales fundamentales
    principaux importants essentiels clés principali importanti essenziali fondamentali
    wichtige wichtigsten wesentliche zentrale belangrijke belangrijkste kluczowe kluczowych najważniejsze
    najważniejszych ważne ważnych ключевых ключевые главных основных важных ключових головних основних
    важливих önemli temel hlavní klíčové fő fontos""".split()
)
# How a sport story tells of points: a side wins, takes, steals, secures, drops or loses
# them ("Persija Curi 3 Poin Penting", "Flamengo soma 3 pontos"). Any of these in the
# headline keeps "points" a tally: the body decides.
SPORT_POINT_VERBS = frozenset(
    """win wins won take takes took grab grabs drop drops dropped secure secures secured lose loses lost
    raih meraih curi mencuri ambil bawa kehilangan buang menang rebut amankan
    giành thắng mất đánh
    حصد يحصد خطف يخطف انتزع ينتزع فاز يفوز خسر
    conquista conquistou soma somou perde perdeu garante garantiu vence venceu
    gana ganó suma sumó pierde perdió consigue logra
    gagne perd remporte prend vince perde conquista holt gewinnt verliert""".split()
)
# "In" before an explainer's "N points" ("Entenda em 8 pontos", "En 5 puntos", "W 5 punktach"),
# and the verbs of understanding or explaining before it ("Entenda", "Saiba", "Comprenda",
# "explained"), as the languages' imperatives and participles spell them.
IN_WORDS = frozenset("in em en dans w в у dalam trong في".split())
EXPLAIN_WORDS = frozenset(
    """understand explained entenda entender saiba veja conheça explicada explicado explicados explicadas
    entienda entiende comprende comprenda explicamos resumen resumo
    comprendre comprenez expliquée expliqué erklärt verstehen spiegato spiegata capire zrozum
    разберемся объясняем зрозумійте пояснюємо pahami simak hiểu افهم""".split()
)
# The sections a magazine files its lists under, as a label before the headline
# ("Viajes: 6 pueblos con encanto…", "Reise: 6 charmante Dörfer…"): travel, food, beauty,
# fashion, home and garden, in the languages we read (Wiktionary's translations). Hard news
# sections (politics, crime, economy) are left out: "Política: 3 detenidos…" is news.
SECTION_LABELS = frozenset(
    """travel food beauty style fashion garden
    viajes viaje turismo escapadas gastronomía belleza moda decoración jardín
    viagem viagens passeios gastronomia beleza decoração jardim
    voyage voyages tourisme évasion escapades gastronomie beauté mode déco décoration jardin
    reise reisen urlaub kulinarik genuss wohnen garten
    viaggi viaggio bellezza giardino arredamento
    reizen vakantie wonen tuin
    podróże turystyka uroda ogród kuchnia
    путешествия туризм отдых красота кухня подорожі відпочинок краса
    wisata kuliner kecantikan
    seyahat güzellik
    resor rejser reiser matkailu matkat cestování călătorii utazás
    ταξίδια ταξίδι ομορφιά γεύση
    سفر سياحة گردشگری תיירות טיולים यात्रा ভ্রমণ
    viatges gastronomia bellesa putovanja пътувания""".split()
)
# Labels of two words, as Vietnamese writes a word in syllables spaced apart ("Du lịch: 7
# điểm đến…", travel; "Ẩm thực", cuisine; "Làm đẹp", beauty; "Thời trang", fashion; "Nhà
# đẹp", home): Wiktionary's Vietnamese entries for those English words.
SECTION_LABEL_PHRASES = frozenset({"du lịch", "ẩm thực", "làm đẹp", "thời trang", "nhà đẹp"})
# Adjectives of appeal a list sets by its counted noun ("6 pueblos con encanto", "6 cidades
# charmosas", "6 уютных городков", "6 Desa Wisata Cantik", Persian "۱۰ شهر زیبای اروپا" with
# the ezafe's "ی" joined): beautiful, charming, cosy, picturesque, delicious, dreamy,
# unmissable, in the forms after a count (Wiktionary's translation and declension tables).
# News counts homes, towns and cars without praising them.
APPEAL_ADJECTIVES = frozenset(
    """encanto bonitos bonitas preciosos preciosas encantadores encantadoras deliciosos deliciosas
    hermosos hermosas increíbles espectaculares
    charmosas charmosos charmosa lindas lindos incríveis paradisíacas paradisíacos deliciosas
    charme charmants charmantes magnifiques délicieuses délicieux
    charmante charmanten traumhafte traumhaften leckere köstliche malerische malerischen
    mooie prachtige heerlijke gezellige
    incantevoli bellissimi bellissime deliziosi deliziose pittoreschi
    urokliwych urokliwe pięknych piękne pysznych pyszne malowniczych malownicze
    уютных уютные красивых красивые вкусных вкусные живописных живописные
    затишних красивих смачних мальовничих
    cantik indah menarik unik seru keren lezat enak romantis eksotis
    زیبا زیبای دیدنی جذاب خوشمزه رویایی شگفت‌انگیز
    güzel muhteşem lezzetli
    vakre vackra smukke kauniita krásných krásná frumoase gyönyörű όμορφα όμορφες υπέροχα υπέροχες
    herkullista kaunista upeaa ihanaa
    מומלצות מומלצים יפים יפות מדהימים מדהימות خوبصورت دلچسپ مزیدار""".split()
)
# Finnish in the partitive a count takes; Hebrew "recommended", "beautiful", "amazing" and
# Urdu "beautiful", "interesting", "delicious" in the plural after a count ("9 מסעדות מומלצות").
# Latin American Spanish "beautiful", "incredible", "spectacular" ("6 playas hermosas…").
# Polish "do" before a plain noun is "for" ("6 kosmetyków do cery suchej") unless what is
# counted moves to a place (vehicles and crews: "5 karetek do wypadku", "3 samochody do
# kasacji") or the noun is where news sends people (court, hospital, prison): their
# declension tables' forms after a count, and the genitives after "do".
PL_MOVERS = frozenset(
    """karetek karetki wozów wozy samochodów samochody pociągów pociągi autobusów autobusy samolotów
    samoloty śmigłowców śmigłowce helikopterów zastępów zastępy radiowozów radiowozy statków statki
    ciężarówek ciężarówki tramwajów tramwaje lotów loty patroli patrole""".split()
)
PL_NEWS_DESTINATIONS = frozenset(
    """szpitala sądu więzienia aresztu prokuratury wypadku pożaru akcji kasacji zdarzenia
    przerwy końca jutra rana wieczora północy poniedziałku wtorku środy czwartku piątku soboty niedzieli""".split()
)
# The last line: "do" as "until" before a time ("5 goli do przerwy", five goals by half-time;
# "do końca", "do piątku"), which news counts up to.
# "Na"/"на" with a season, holiday, weekend or meal is an accusative of time, "for" (Ukrainian
# "на вихідні", Russian "на выходные", Polish "na wakacje"), though their endings are those
# of the locative (see promise._PLACE_CASE): the declension tables of those nouns.
TIME_ACCUSATIVES = frozenset(
    """вихідні свята зиму літо осінь весну вечерю сніданок обід відпустку канікули тиждень день
    выходные праздники зиму лето осень весну ужин завтрак обед отпуск каникулы неделю день
    weekend wakacje święta zimę lato jesień wiosnę obiad śniadanie kolację urlop ferie""".split()
)


# Round 14: what news tells of counted shops, museums, schools, airports and services: they
# close, shut, reopen or go bust ("Deze 4 musea gaan dicht", "A 3 legnagyobb áruház bezár",
# "Die 3 größten Flughäfen dicht", "देश के 5 सबसे बड़े मॉल बंद"), after a determiner, an article
# or a superlative as after a bare count. Finite verbs, read anywhere after the counted noun
# (the conjugation tables of Wiktionary's close, shut, reopen, disappear, in the persons a
# counted subject takes), and the states, read only where they close the headline (or come
# before a word of cause or time: CLOSURE_FOLLOWERS): "dicht", "open", "zu", "बंद" are words
# of place and manner too ("dicht bij zee", close to the sea; "बंद करें", stop doing).
CLOSURE_VERBS = frozenset(
    """sluiten sluit heropenen verdwijnen schließen schließt schliessen verschwinden
    bezár bezárnak bezárt bezártak megszűnik megszűnnek leáll leállnak újranyit
    cierran cerrarán reabren desaparecen fecham fecharão reabrem ferment fermeront rouvrent
    chiudono chiuderanno riaprono tanquen tancaran zamykają zavírají zatvárajú zatvaraju
    stänger lukker stenger закрываются закриваються
    zavírá zavírají zavřely zatvára zatvárajú zatvara затварят затвориха נסגרו נסגרים נסגרות
    ditutup închid închide تغلق يغلق أغلقت أغلق κλείνουν έκλεισαν""".split()
)
CLOSURE_STATES = frozenset(
    """dicht gesloten failliet zu geschlossen pleite insolvent cerrados cerradas fechados fechadas
    fermés fermées chiusi chiuse tancats tancades zamknięte zavřené zatvorené zatvoreni stängda lukket stengt
    बंद ठप रद्द بند منسوخ বন্ধ tutup închise مغلقة κλειστά κλειστές κλειστοί""".split()
)
# What may follow such a state at the headline's end: words of cause and time ("dicht wegens
# personeelstekort", "zu bis Montag") and the auxiliaries Hindi, Urdu and Bengali close it with
# ("बंद रहेंगे", will stay shut; "বন্ধ হলো", were shut); Indonesian and Malay "because", "due
# to", "temporarily", "until" ("5 Sekolah Terbaik Tutup karena Banjir"), Romanian "din" (from:
# "închise din cauza…"), Greek "due to", "from", "until" ("κλειστά λόγω χιονιού"). Indonesian
# "tutup" is a lid too ("tutup botol"): a state only there.
CLOSURE_FOLLOWERS = frozenset(
    """na door wegens vanwege tot vanaf nach wegen bis ab seit por até pour jusqu per fino
    रहेंगे रहेगा रहेगी रहे हुए हुई हैं رہیں گے ہیں হলো হল হয়েছে থাকবে
    karena akibat sementara hingga sampai selama din λόγω από μέχρι έως""".split()
)
# Institutions that act in news, in the plural a count takes: countries, states, governments,
# banks, companies, airlines, cities, municipalities, regions, hospitals, schools, universities,
# supermarkets, shops and chains, parties, clubs and teams, insurers and operators (the
# translation tables of Wiktionary's entries for those nouns, in the plural after a count; the
# Slavic genitive plural after five too). Named by a demonstrative and followed by a verb of
# their own, they are news of what those institutions do ("Estos 3 países prohíben TikTok",
# "Diese 5 Banken erhöhen die Zinsen"), which a list's teaser about foods or star signs is not
# ("Estos 5 alimentos te ayudan a dormir", "Diese 4 Sternzeichen haben Glück").
INSTITUTION_NOUNS = frozenset(
    """countries states governments banks companies firms airlines carriers cities towns councils
    regions hospitals schools universities supermarkets shops stores chains retailers parties clubs teams
    insurers operators
    países estados gobiernos bancos empresas compañías aerolíneas ciudades municipios ayuntamientos
    comunidades provincias regiones hospitales escuelas colegios universidades supermercados tiendas
    cadenas partidos clubes equipos aseguradoras operadoras
    governos companhias cidades prefeituras hospitais escolas lojas redes times equipes seguradoras
    pays états gouvernements banques entreprises compagnies villes communes régions départements
    hôpitaux écoles universités supermarchés magasins enseignes partis équipes assureurs opérateurs
    paesi stati governi banche aziende città comuni regioni ospedali scuole università supermercati
    negozi catene partiti squadre assicurazioni operatori
    länder bundesländer staaten regierungen banken sparkassen unternehmen firmen konzerne airlines
    fluggesellschaften städte gemeinden kommunen kliniken krankenhäuser schulen universitäten hochschulen
    supermärkte discounter ketten parteien vereine krankenkassen versicherer anbieter
    landen staten regeringen bedrijven luchtvaartmaatschappijen steden gemeenten provincies ziekenhuizen
    scholen universiteiten supermarkten ketens partijen verzekeraars
    països estats governs bancs empreses companyies ciutats municipis ajuntaments hospitals escoles
    universitats supermercats botigues cadenes partits equips
    страны стран государства банки банков компании компаний авиакомпании авиакомпаний города городов
    регионы регионов больницы больниц школы школ университеты вузы магазины магазинов сети партии
    країни країн держави банки банків компанії компаній авіакомпанії міста міст області областей
    лікарні школи університети магазини партії
    kraje krajów państwa banki banków firmy firm spółki linie miasta miast gminy gmin szpitale szpitali
    szkoły szkół uczelnie sklepy sklepów sieci partie
    země státy banky firmy společnosti aerolinky města obce nemocnice školy univerzity obchody řetězce
    strany bank firem měst obcí škol nemocnic zemí
    negara perusahaan maskapai kota sekolah provinsi kabupaten partai klub
    देश बैंक कंपनियां कंपनियों शहर राज्य स्कूल ممالک بینک کمپنیاں شہر""".split()
)
# The verbs of state, possession and modality such a teaser's claim is made with ("Estos 5
# países tienen el mejor pasaporte", "Diese 5 Länder haben die meisten Milliardäre"): a claim
# of a ranking, which a list tells; in the third person plural, present and future; and the
# verbs of worth and belonging a ranking is told with ("Diese 5 Städte lohnen sich im Winter",
# "Diese 10 Städte gehören zu den teuersten").
STATIVE_VERBS = frozenset(
    """are have can must should
    son están tienen tendrán serán pueden deben merecen valen
    são estão têm terão serão podem devem merecem valem
    sont ont seront auront peuvent doivent méritent valent
    sono hanno saranno avranno possono devono meritano valgono
    sind haben können müssen sollten verdienen
    zijn hebben kunnen moeten verdienen
    són tenen tindran seran poden
    являются имеют есть могут должны мають є можуть повинні mają są mogą muszą mají jsou mohou musí
    يستحقون يملكون يمتلكون يمكنهم يجب يمكن punya memiliki adalah jadi
    lohnen lonen gehören behoren zählen tellen pertenecen pertencem appartiennent appartengono
    figuran figuram""".split()
)
