"""The headline's promise on headlines nobody here has seen (round 15): an eighth set, written
from each language's newsroom and magazine habits (not from any page or fixture set), in thirty
languages: lists, and news that carries a number (casualties, arrests, votes, scores, money,
dates, ages, times, ordinals, ranges, "N of every 10"), and the shapes earlier sets left read
wrong. Then each new cue both ways: the list it makes firm beside the news it must leave open.

Each language block is one headline a line; a list's line is "count | headline".
``headline_promise`` gives (count, "at least", firm)."""

from __future__ import annotations

import pytest

from test_listicle_promise4 import (  # the same "count|headline" blocks and assertions
    _lists, _news, assert_firm_promise, assert_new_set, assert_no_firm_promise, firm as _firm)

_LISTS = {
    "es": """
        9 | 9 trucos para que tus plantas crezcan más rápido
        6 | 6 errores que cometes al lavar los platos
        12 | Los 12 mejores destinos para viajar en 2025
        5 | 5 libros que todo emprendedor debería leer
        7 | 7 señales de que necesitas unas vacaciones
        10 | 10 cosas que no sabías de Frida Kahlo
        4 | 4 recetas con avena para el desayuno
        15 | 15 frases célebres de Gabriel García Márquez
        3 | Tres formas de ahorrar en la factura de la luz
        """,
    "pt": """
        7 | 7 dicas para dormir melhor no calor
        10 | 10 filmes brasileiros que você precisa ver
        5 | 5 erros que você comete ao lavar o cabelo
        8 | 8 praias paradisíacas no Nordeste
        6 | Os 6 melhores aplicativos para aprender inglês
        12 | 12 receitas fáceis com frango
        4 | Quatro sinais de que seu carro precisa de revisão
        """,
    "fr": """
        10 | 10 choses à faire à Lyon ce week-end
        7 | 7 astuces pour garder ses légumes frais plus longtemps
        5 | Les 5 meilleurs croissants de Paris
        8 | 8 séries à regarder absolument sur Netflix
        6 | 6 erreurs à éviter quand on repeint un mur
        12 | 12 idées de cadeaux pour la fête des grands-mères
        3 | Trois raisons de visiter la Bretagne en hiver
        """,
    "de": """
        10 | 10 Tipps für einen erholsamen Schlaf
        7 | 7 Fehler, die fast jeder beim Kochen macht
        5 | Die 5 schönsten Weihnachtsmärkte in Bayern
        8 | 8 Serien, die man gesehen haben muss
        6 | 6 Gründe, warum Sie mehr Wasser trinken sollten
        12 | 12 Ausflugsziele für Familien in NRW
        4 | Vier Rezepte mit Kürbis
        """,
    "it": """
        10 | 10 cose da fare a Roma in primavera
        7 | 7 consigli per risparmiare sulla bolletta
        5 | I 5 migliori gelati di Firenze
        8 | 8 libri da leggere sotto l'ombrellone
        6 | 6 errori da evitare in cucina
        9 | 9 borghi da visitare in Toscana
        3 | Tre motivi per scegliere il treno
        """,
    "nl": """
        10 | 10 tips voor een goede nachtrust
        7 | 7 fouten die je maakt bij het koken
        5 | De 5 beste fietsroutes van Nederland
        8 | 8 series die je moet zien op Netflix
        6 | 6 redenen om vaker te wandelen
        4 | Vier recepten met pompoen
        """,
    "pl": """
        10 | 10 miejsc, które warto zobaczyć w Krakowie
        7 | 7 sposobów na lepszy sen
        5 | 5 najlepszych seriali tego roku
        8 | 8 błędów, które popełniasz w kuchni
        6 | 6 przepisów na szybki obiad
        9 | 9 rzeczy, których nie wiesz o Chopinie
        """,
    "ru": """
        10 | 10 мест, которые стоит посетить в Казани
        7 | 7 способов быстро уснуть
        5 | 5 лучших фильмов этого года
        8 | 8 ошибок, которые мы совершаем каждый день
        6 | 6 рецептов для быстрого ужина
        9 | 9 признаков того, что вам пора в отпуск
        """,
    "uk": """
        10 | 10 місць, які варто побачити у Львові
        7 | 7 способів зекономити на комуналці
        5 | 5 найкращих українських фільмів
        6 | 6 рецептів з гарбуза
        9 | 9 фактів про Тараса Шевченка
        """,
    "bg": """
        10 | 10 неща, които не знаете за София
        7 | 7 начина да спестите пари
        5 | 5-те най-красиви плажа по Черноморието
        6 | 6 рецепти за бърза вечеря
        """,
    "tr": """
        10 | Kapadokya'da yapılacak 10 şey
        7 | Daha iyi uyumak için 7 ipucu
        5 | Mutlaka okumanız gereken 5 kitap
        8 | Kilo verdiren 8 besin
        6 | Evde yapabileceğiniz 6 egzersiz
        """,
    "ar": """
        10 | 10 نصائح لنوم هادئ
        7 | 7 أماكن يجب زيارتها في القاهرة
        5 | أفضل 5 كتب لتطوير الذات
        8 | 8 أخطاء يرتكبها الآباء
        6 | 6 فوائد لشرب الماء صباحا
        """,
    "fa": """
        10 | ۱۰ نکته برای خواب بهتر
        7 | ۷ جای دیدنی اصفهان
        5 | ۵ فیلم برتر سال
        8 | ۸ اشتباه رایج در رژیم غذایی
        """,
    "ur": """
        10 | لاہور کے 10 بہترین ریسٹورنٹ
        7 | صحت مند رہنے کے 7 طریقے
        5 | 5 کتابیں جو ہر طالب علم کو پڑھنی چاہئیں
        6 | گرمی سے بچنے کے 6 نسخے
        """,
    "hi": """
        10 | 10 तरीके जिनसे आप पैसे बचा सकते हैं
        7 | अच्छी नींद के लिए 7 टिप्स
        5 | भारत के 5 सबसे खूबसूरत हिल स्टेशन
        8 | 8 गलतियां जो हम रोज करते हैं
        6 | पेट की चर्बी घटाने के 6 आसान उपाय
        """,
    "bn": """
        7 | ভালো ঘুমের ৭টি উপায়
        10 | কলকাতার ১০টি দর্শনীয় স্থান
        5 | ৫টি অভ্যাস যা আপনার জীবন বদলে দেবে
        6 | ওজন কমানোর ৬টি সহজ উপায়
        """,
    "id": """
        10 | 10 Tempat Makan Enak di Bandung
        7 | 7 Cara Merawat Kulit Wajah Secara Alami
        5 | 5 Film Indonesia Terbaik Tahun Ini
        8 | 8 Tips Hemat Saat Liburan ke Bali
        6 | 6 Kebiasaan yang Membuat Anda Cepat Lelah
        """,
    "vi": """
        10 | 10 món ngon nên thử khi đến Hội An
        7 | 7 bí quyết giữ dáng sau Tết
        5 | 5 cuốn sách hay cho người mới đi làm
        8 | 8 thói quen xấu làm hại dạ dày
        """,
    "ja": """
        5 | 冬に食べたい5つの鍋料理
        10 | 東京のおすすめ温泉10選
        7 | 仕事が速い人の7つの習慣
        3 | 3つのコツで部屋が片付く
        """,
    "zh": """
        10 | 上海必吃的10家小吃店
        7 | 7个让你更自律的习惯
        5 | 5部值得一看的国产电影
        8 | 8个缓解焦虑的小方法
        """,
    "ko": """
        10 | 제주도 가볼 만한 곳 10곳
        7 | 피부를 지키는 7가지 방법
        5 | 올해 꼭 봐야 할 드라마 5편
        8 | 부산 맛집 추천 8곳
        """,
    "sv": """
        10 | 10 tips för bättre sömn
        7 | 7 misstag du gör i köket
        5 | De 5 bästa badplatserna i Stockholm
        8 | 8 böcker att läsa i sommar
        6 | Sex sätt att spara pengar
        """,
    "da": """
        10 | 10 gode råd til en bedre søvn
        7 | 7 fejl du begår i køkkenet
        5 | De 5 bedste strande i Danmark
        8 | 8 bøger du skal læse i sommer
        """,
    "no": """
        10 | 10 tips for bedre søvn
        7 | 7 feil du gjør på kjøkkenet
        5 | De 5 beste turstiene i Bergen
        8 | 8 bøker du må lese i sommer
        """,
    "fi": """
        10 | 10 vinkkiä parempaan uneen
        7 | 7 virhettä, joita teet keittiössä
        5 | 5 parasta kahvilaa Helsingissä
        8 | 8 kirjaa, jotka kannattaa lukea kesällä
        """,
    "el": """
        10 | 10 μέρη που πρέπει να επισκεφθείτε στην Κρήτη
        7 | 7 τρόποι για ήσυχο ύπνο
        5 | Τα 5 καλύτερα νησιά για διακοπές
        8 | 8 λάθη που κάνετε στην κουζίνα
        """,
    "ro": """
        10 | 10 lucruri de făcut în Cluj
        7 | 7 trucuri pentru o casă curată
        5 | Cele mai bune 5 cărți ale anului
        8 | 8 obiceiuri care îți distrug somnul
        """,
    "hu": """
        10 | 10 tipp a jobb alváshoz
        7 | 7 hiba, amit a konyhában elkövetsz
        5 | Az 5 legszebb magyar tó
        8 | 8 könyv, amit nyáron érdemes elolvasni
        """,
    "cs": """
        10 | 10 míst, která musíte vidět v Praze
        7 | 7 způsobů, jak lépe spát
        5 | 5 nejlepších českých filmů
        8 | 8 receptů z dýně
        """,
    "ca": """
        10 | 10 coses que no sabies de Barcelona
        7 | 7 trucs per estalviar a la compra
        5 | Els 5 millors pobles del Pirineu
        8 | 8 llibres per llegir aquest estiu
        """,
}

_NEWS = {
    "es": """
        3 detenidos por el asalto a una joyería en Madrid
        Muere a los 92 años el actor Julio Robles
        El Real Madrid gana 3-1 al Barcelona
        5 heridos en un choque múltiple en la A-4
        Un sismo de 6,2 grados sacude el sur de México
        El Gobierno aprueba 12 medidas contra la sequía
        2 muertos y 10 heridos tras el derrumbe de un edificio
        4 de cada 10 españoles no llegan a fin de mes
        Detenidos 7 jóvenes por una pelea en Benidorm
        """,
    "pt": """
        3 mortos em acidente na Via Dutra
        Polícia prende 6 suspeitos de assalto a banco
        Grêmio vence o Inter por 2 a 1 no Gre-Nal
        Incêndio destrói 4 casas em Manaus
        2 presos por tráfico em Belo Horizonte
        Dólar fecha a R$ 5,20
        Morre aos 87 anos o cantor Zé Ramos
        5 feridos após explosão em fábrica
        """,
    "fr": """
        3 morts dans un accident de car en Isère
        Le PSG s'impose 4-1 face à Lens
        5 blessés dans une fusillade à Marseille
        Deux suspects interpellés après un braquage
        Incendie : 12 hectares partis en fumée
        Le Sénat adopte la loi par 210 voix contre 115
        Grève : 4 lignes de métro fermées lundi
        """,
    "de": """
        3 Tote bei Unfall auf der A7
        Bayern siegt 4:0 gegen Bochum
        Polizei nimmt 6 Verdächtige in Köln fest
        2 Verletzte nach Explosion in Wohnhaus
        Unwetter: 40 Keller überflutet
        Bundestag beschließt Gesetz mit 380 Stimmen
        Rentnerin (84) stirbt bei Wohnungsbrand
        """,
    "it": """
        3 morti in un incidente sull'A1
        La Juve batte il Milan 2-0
        5 feriti in un'esplosione a Napoli
        Arrestati 4 giovani per una rapina a Bari
        Maltempo, 10 comuni senza luce
        Muore a 95 anni lo scrittore Carlo Neri
        """,
    "nl": """
        3 doden bij ongeluk op de A2
        Ajax wint met 3-0 van PSV
        5 gewonden bij explosie in Rotterdam
        Politie pakt 4 verdachten op
        2 mannen aangehouden na overval
        """,
    "pl": """
        3 osoby zginęły w wypadku na A4
        Policja zatrzymała 6 podejrzanych o kradzież
        Legia wygrała 3:1 z Wisłą
        4 domy spłonęły w pożarze
        2 osoby ranne po wybuchu gazu
        """,
    "ru": """
        3 человека погибли в ДТП под Москвой
        Полиция задержала 5 подозреваемых в мошенничестве
        Зенит обыграл Спартак 2:1
        4 дома сгорели в Подмосковье
        2 школы закрыли на карантин
        """,
    "uk": """
        3 людини загинули внаслідок ДТП на Житомирщині
        Поліція затримала 4 підозрюваних у крадіжці
        5 будинків зруйновано після удару
        2 області залишилися без світла
        """,
    "bg": """
        3 души загинаха при катастрофа на Тракия
        Полицията задържа 5 души
        Лудогорец би ЦСКА с 2:0
        4 къщи изгоряха в пожар
        10-те най-големи банки вдигнаха лихвите
        """,
    "tr": """
        Trafik kazasında 3 kişi öldü
        Polis Ankara'da 5 şüpheliyi gözaltına aldı
        Beşiktaş, Trabzonspor'u 2-1 mağlup etti
        Selde 4 ev yıkıldı
        Yangında 2 itfaiyeci yaralandı
        """,
    "ar": """
        مقتل 4 أشخاص في حادث سير بالرياض
        إصابة 3 جنود في هجوم مسلح
        الأهلي يتغلب على الزمالك 2-0
        اعتقال 5 متهمين بتهريب المخدرات
        """,
    "fa": """
        ۳ نفر در تصادف جاده چالوس کشته شدند
        ۵ متهم به سرقت دستگیر شدند
        پرسپولیس ۲ بر یک استقلال را برد
        """,
    "ur": """
        لاہور میں حادثے سے 4 افراد جاں بحق
        پولیس نے 3 ڈاکو گرفتار کر لیے
        5 مزدور زخمی ہو گئے
        """,
    "hi": """
        जयपुर में सड़क हादसे में 3 लोगों की मौत
        पुलिस ने लूट के 5 आरोपियों को गिरफ्तार किया
        भारत ने पाकिस्तान को 6 विकेट से हराया
        आग में 4 दुकानें जलकर खाक
        """,
    "bn": """
        খুলনায় সড়ক দুর্ঘটনায় ৩ জন নিহত
        চট্টগ্রামে পুলিশের হাতে ৫ জন গ্রেপ্তার
        আগুনে ৪টি দোকান পুড়ে ছাই
        """,
    "id": """
        3 Orang Tewas Tertimbun Longsor di Garut
        Polisi Tangkap 5 Pengedar Narkoba
        Persebaya Menang 2-0 atas Arema
        4 Rumah Rusak Diterjang Angin Puting Beliung
        """,
    "vi": """
        3 người tử vong trong vụ tai nạn trên quốc lộ 1
        Công an bắt 5 đối tượng đánh bạc
        Hà Nội FC thắng 2-1
        4 căn nhà bị cháy rụi
        """,
    "ja": """
        交通事故で2人けが
        台風で3つの空港が閉鎖
        巨人が4対2で阪神に勝利
        """,
    "zh": """
        河南一居民楼起火 3人受伤
        警方破获5起盗窃案
        国足1比2不敌日本
        """,
    "ko": """
        음주운전 사고로 2명 사망
        경찰, 마약 사범 5명 체포
        울산 3-1 승리
        """,
    "sv": """
        3 döda i trafikolycka på E6 vid Uddevalla
        Polisen grep 5 personer efter skottlossning
        AIK vann med 2-0 mot Hammarby
        4 skadade i brand i Malmö
        """,
    "da": """
        3 dræbt i trafikulykke på Fyn
        Politiet anholdt 5 personer
        FCK vandt 2-1 over Brøndby
        """,
    "no": """
        3 døde i trafikkulykke på E18
        Politiet pågrep 4 personer
        Rosenborg vant 3-0 over Molde
        """,
    "fi": """
        3 kuoli liikenneonnettomuudessa Kehä I:llä
        Poliisi pidätti 5 epäiltyä
        HJK voitti KuPSin 2-1
        """,
    "el": """
        3 νεκροί σε τροχαίο στην Εγνατία
        Συνελήφθησαν 5 άτομα για ληστεία
        Ο Ολυμπιακός νίκησε 2-0 τον ΠΑΟΚ
        4 τραυματίες από έκρηξη σε σπίτι
        """,
    "ro": """
        3 morți într-un accident pe A1
        Poliția a reținut 5 suspecți
        CFR Cluj a câștigat cu 2-0
        4 case distruse de inundații
        """,
    "hu": """
        3 halott egy balesetben az M7-esen
        A rendőrség 5 gyanúsítottat fogott el
        A Fradi 2-0-ra nyert
        4 ház leégett Szegeden
        """,
    "cs": """
        3 mrtví při nehodě na D5
        Policie zatkla 5 lidí
        Plzeň vyhrála 2:0
        4 domy zničil požár
        """,
    "ca": """
        3 ferits en un xoc a la C-32
        Els Mossos detenen 5 lladres
        El Barça guanya 3-0 al Girona
        4 escoles tancades per la nevada
        """,
}

# The shapes this round reads (each failed on bced4b8): a second block of lists by their
# nouns, and news with a count its first reading took for a list's.
_MORE_LISTS = {
    # (the nine lists of the first block that failed there are read by the same causes)
    "fr": """
        10 | 10 plats typiques à goûter à Marseille
        5 | 5 des plus beaux villages de France
        """,
    "ca": """
        10 | 10 pel·lícules per veure en família
        """,
    "ro": """
        5 | 5 exerciții pentru spate
        """,
    "cs": """
        10 | 10 filmů na rodinný večer
        7 | 7 aplikací pro výuku jazyků
        """,
    "fi": """
        10 | 10 elokuvaa perheen kanssa katsottavaksi
        7 | 7 sovellusta kielten opiskeluun
        """,
    "zh": """
        10 | 10部适合全家看的电影
        """,
    "nl": """
        12 | 12 verrassende feiten over kaas
        """,
    "it": """
        7 | 7 fatti curiosi sul Colosseo
        5 | 5 dei borghi più belli d'Italia
        """,
    "es": """
        7 | 7 de los restaurantes más bonitos de Madrid
        """,
    "pt": """
        5 | 5 dos lugares mais bonitos do Brasil
        """,
    "tr": """
        20+ | 20'den fazla hediye fikri
        7 | Dil öğrenmek için 7 uygulama
        """,
    "vi": """
        7 | 7 ứng dụng học ngoại ngữ miễn phí
        """,
}

_MORE_NEWS = {
    "es": """
        Estos 3 países prohíben TikTok
        Estas 4 aerolíneas suben sus tarifas
        Estos 4 municipios suben el IBI
        Los 3 sospechosos, detenidos en Valencia
        Las 5 mejores playas, cerradas por la marea roja
        Los 4 acusados, absueltos por falta de pruebas
        Estos 3 hospitales suspenden las operaciones
        """,
    "pt": """
        Estes 3 países proíbem o TikTok
        Os 3 suspeitos, presos em flagrante
        Esses 3 bancos aumentam as tarifas
        3 em cada 10 brasileiros não leem livros
        """,
    "fr": """
        Ces 4 villes interdisent les trottinettes
        Les 3 suspects, interpellés à Lyon
        Les 3 suspects mis en examen
        """,
    "it": """
        Queste 3 banche alzano i tassi
        I 3 ladri, arrestati a Napoli
        """,
    "de": """
        Diese 3 Länder verbieten TikTok
        Diese 4 Krankenkassen erhöhen den Zusatzbeitrag
        10 Millionen Euro für Schulen
        """,
    "nl": """
        Deze 5 gemeenten verhogen de afvalstoffenheffing
        Deze 3 landen verbieden TikTok
        3 ministers stappen op
        """,
    "ca": """
        Aquests 3 ajuntaments apugen l'IBI
        Els 5 millors restaurants, tancats per vacances
        Les 3 escoles afectades per l'incendi
        Les 4 carreteres tallades per la nevada
        """,
    "ru": """
        Эти 3 страны запретили TikTok
        Эти 5 банков повышают ставки
        """,
    "uk": """
        Ці 3 країни заборонили TikTok
        """,
    "pl": """
        Te 3 kraje zakazały TikToka
        Te 5 banków podnosi opłaty
        """,
    "cs": """
        Těchto 5 bank zvyšuje poplatky
        """,
    "bg": """
        10-те банки вдигнаха лихвите
        """,
    "ar": """
        أفضل 5 لاعبين يغادرون النادي
        أفضل 3 لاعبين عرب يتأهلون للنهائي
        """,
    "tr": """
        10 Kasım'da 9.05'te hayat duracak
        """,
    "id": """
        5 Bank Ini Naikkan Suku Bunga
        """,
    "hi": """
        ये 5 बैंक बढ़ा रहे हैं ब्याज दरें
        """,
    "ur": """
        یہ 5 بینک شرح سود بڑھا رہے ہیں
        """,
    "el": """
        Τα 4 νησιά χωρίς νερό
        """,
    "da": """
        De 3 største banker hæver renten
        """,
    "no": """
        De 3 største banker øker renten
        """,
}

LISTS = _lists(_LISTS) + _lists(_MORE_LISTS)
NEWS = _news(_NEWS) + _news(_MORE_NEWS)


@pytest.mark.parametrize(("lang", "headline", "count"), LISTS)
def test_a_list_headline_is_a_firm_promise_of_its_count(lang: str, headline: str, count: str) -> None:
    assert_firm_promise(lang, headline, count)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_a_news_headline_promises_no_firm_list(lang: str, headline: str) -> None:
    assert_no_firm_promise(lang, headline)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_no_news_story_is_told_its_list_is_missing(lang: str, headline: str) -> None:
    from test_listicle_languages import assert_no_list_told_missing, story

    assert_no_list_told_missing(headline, story(), lang)


def test_the_set_is_new_and_covers_the_languages() -> None:
    assert_new_set(8, LISTS, NEWS, 300)
    langs = set("es pt fr de it nl pl ru uk bg tr ar fa ur hi bn id vi ja zh ko sv da no fi el ro hu cs ca".split())
    assert langs <= {lang for lang, _h, _c in LISTS} & {lang for lang, _h in NEWS}


# ---------------------------------------------------------------- each round-15 rule, both ways

@pytest.mark.parametrize(("lang", "headline", "firm"), [
    # institutions named by a demonstrative, with a verb of their own: what they did
    ("es", "Estos 3 países prohíben TikTok", False),
    ("es", "Estos 5 bancos cobran comisiones", False),
    ("de", "Diese 5 Banken erhöhen die Zinsen", False),
    ("fr", "Ces 3 pays interdisent TikTok", False),
    ("it", "Questi 3 paesi vietano TikTok", False),
    ("ca", "Aquests 3 països prohibeixen TikTok", False),
    ("ru", "Эти 5 банков повышают ставки", False),
    ("pl", "Te 3 kraje zakazały TikToka", False),
    ("hi", "ये 5 बैंक बढ़ा रहे हैं ब्याज दरें", False),
    # a claim of state or possession ranks them; what a list's teaser says of foods and signs
    ("es", "Estos 10 países tienen el mejor pasaporte", True),
    ("de", "Diese 5 Länder haben die meisten Milliardäre", True),
    ("de", "Diese 10 Städte sind die schönsten Europas", True),
    ("es", "Estas 5 ciudades son las más caras del mundo", True),
    ("pl", "Te 5 miast ma najlepsze powietrze w Polsce", True),
    ("cs", "Těchto 10 měst patří k nejkrásnějším v Evropě", True),
    ("id", "5 Negara Ini Punya Paspor Terkuat", True),
    ("de", "Diese 4 Sternzeichen haben Glück", True),
    ("es", "Estos 5 alimentos te ayudan a dormir", True),
    ("es", "Estos 4 signos tendrán suerte en el amor", True),
    ("de", "Diese 5 Lebensmittel machen glücklich", True),
    ("id", "7 Makanan Ini Bikin Gemuk", True),
    ("ca", "Aquests 5 llibres et faran riure", True),  # Catalan's "these" names a list too
    ("pt", "Esses 5 alimentos ajudam a dormir melhor", True),
    ("de", "Diese 5 Städte lohnen sich im Winter", True),  # worth: a ranking's claim
    ("de", "Diese 10 Städte gehören zu den teuersten der Welt", True),
])
def test_institutions_that_act_are_news_and_teasers_stay_lists(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("es", "Los 3 sospechosos, detenidos en Valencia", False),  # a comma, then what happened
    ("es", "Las 5 mejores playas, cerradas por la marea roja", False),
    ("pt", "Os 3 suspeitos, presos em flagrante", False),  # an irregular participle
    ("it", "I 3 ladri, arrestati a Napoli", False),
    ("ca", "Els 5 millors restaurants, tancats per vacances", False),
    ("es", "Los 10 mejores libros del año, elegidos por los lectores", True),  # a title's participle
    ("es", "Las 20 mejores películas, ordenadas de peor a mejor", True),
    ("es", "10 consejos, explicados por un experto", True),  # a list noun before the comma
    ("es", "Los 10 mejores restaurantes de Madrid, según la guía Michelin", True),
    ("ca", "Les 3 escoles afectades per l'incendi", False),  # Catalan participles after the noun
    ("ca", "Les 4 carreteres tallades per la nevada", False),
    ("ca", "Els 10 millors plats de la cuina catalana", True),  # the superlative's noun in "-ats"
    ("ca", "Les 10 millors escapades de cap de setmana", True),
    ("fr", "Les 3 suspects mis en examen", False),
    ("ca", "Viatges: 5 mercats de Nadal", True),  # "-ats" ends a noun under a section's label
    ("ca", "10 receptes per a dinars improvisats", True),
])
def test_participles_after_a_comma_or_the_noun_are_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("it", "I 5 migliori gelati di Firenze", True),  # "gelati" ends as a participle does
    ("pl", "5 najlepszych seriali tego roku", True),  # "seriali" as a past does
    ("es", "Los 3 mejores hospitales cierran sus urgencias", False),  # the verb after the noun
    ("it", "I 3 migliori ristoranti chiudono", False),
    ("pl", "3 najlepsze kluby spadły z ligi", False),
    ("bg", "5-те най-красиви плажа по Черноморието", True),  # the definite article on the count
    ("bg", "10-те най-големи банки вдигнаха лихвите", False),  # the aorist plural
    ("bg", "5 села останаха без ток", False),
    ("ar", "أفضل 5 لاعبين يغادرون النادي", False),  # "best" and a present plural verb
    ("ar", "أفضل 10 لاعبين يستحقون الكرة الذهبية", True),  # deserve: a claim
    ("ar", "أفضل 5 أطعمة تساعد على النوم", True),
    ("ar", "أفضل 5 كتب لتطوير الذات", True),
])
def test_a_superlative_grades_its_noun_and_a_verb_after_it_is_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "count"), [
    # dates: a month after the day, "de" between or a Turkish case ending on it
    ("es", "8 de marzo: miles marchan en Madrid", None),
    ("pt", "7 de setembro: desfile reúne milhares", None),
    ("ru", "9 мая: парад на Красной площади", None),
    ("pl", "11 listopada: marsz w Warszawie", None),
    ("uk", "24 серпня: День Незалежності", None),
    ("tr", "15 Ocak'ta okullar tatile giriyor", None),
    ("tr", "10 Kasım'da 9.05'te hayat duracak", None),
    ("fa", "۱۵ خرداد: ۳ کشته در تصادف", None),
    ("hi", "15 अगस्त: लाल किले पर 5 हजार जवान तैनात", None),
    ("tr", "10 Mart'ta en iyi 5 film", 5),  # the count after the date still reads
    # ages and money
    ("ur", "5 سالہ بچی زیادتی کے بعد قتل", None),
    ("tr", "12 yaşındaki çocuk kayboldu", None),
    ("de", "10 Millionen Euro für Schulen", None),
    ("ar", "3 مليارات دولار لإعادة الإعمار", None),
    # shares: neither the part nor the whole
    ("pt", "3 em cada 10 brasileiros não leem livros", None),
    ("fr", "1 Français sur 3 renonce aux soins", None),
    ("en", "7 out of 10 Americans support the bill", None),
    ("en", "The 5 best phones in 10 categories", 5),
    # lengths of time, as nouns after a count or adjectives of length
    ("uk", "3 дні жалоби", None),
    ("cs", "3 dny státního smutku", None),
    ("ur", "3 روزہ دورہ مکمل", None),
    ("hi", "2 दिवसीय सम्मेलन शुरू", None),
    ("tr", "2 günlük ziyaret sona erdi", None),
    ("sv", "3 dagars landssorg", None),
    ("es", "5 minutos que cambiaron la historia", None),
    ("it", "48 ore per salvare il governo", None),
    # thousands grouped with a space, lengths, Italian's ordinal "°"
    ("fr", "3 000 manifestants à Paris", None),
    ("ru", "10 000 человек вышли на митинг", None),
    ("es", "De 10 a 15 centímetros de nieve en Madrid", None),
    ("it", "3° giorno di sciopero", None),
    ("fr", "5 idées 100 % naturelles", 5),
])
def test_dates_ages_money_and_shares_are_no_count(lang: str, headline: str, count: int | None) -> None:
    from auditor.structure.numbers import headline_promise

    assert headline_promise(headline, lang)[0] == count


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("el", "Τα 4 νησιά χωρίς νερό", False),  # left without water: Greek's article names no list there
    ("pt", "Os 3 bairros sem água", False),
    ("de", "Die 4 Dörfer ohne Strom", False),
    ("es", "10 recetas sin gluten", True),  # what a recipe goes without
    ("de", "10 Rezepte ohne Zucker", True),
    ("es", "7 destinos sin turistas", True),
    ("el", "Οι 5 καλύτερες παραλίες χωρίς κόσμο", True),
    # Danish and Norwegian keep the superlative's noun indefinite; its verb follows it
    ("da", "De 5 bedste strande i Danmark", True),
    ("da", "De 10 bedste bøger over alle tider", True),
    ("da", "De 10 bedste film der skal ses", True),
    ("no", "De 3 største bankene øker renten", False),
    ("no", "De 10 vakreste byene i Norge", True),
])
def test_left_without_and_the_nordic_ranked_clause(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("ca", "5 dels pobles més bonics del Pirineu", True),  # "of the" and "most": a pick from a ranking
    ("es", "3 de las mejores playas de España", True),
    ("fr", "3 des suspects remis en liberté", False),  # "of the" with no "most": news of some of them
    ("es", "3 de los 5 hospitales más grandes cierran", False),
])
def test_a_pick_of_the_most(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("headline", "firm"), [
    ("These 3 Countries Ban TikTok", False),  # institutions and their verb
    ("These 4 airlines cut flights to China", False),
    ("These 5 banks are raising rates", False),  # "are" and a participle
    ("These 3 states will raise the minimum wage in 2025", False),
    ("The 3 suspects, arrested in Texas", False),  # a comma, then what happened
    ("These 10 cities have the worst traffic", True),  # a claim ranks them
    ("These 10 Countries Are the Happiest in the World", True),
    ("These 10 Cities Where Rent Is Cheapest", True),
    ("These 10 States With the Lowest Taxes", True),
    ("These 6 celebrities started out as waiters", True),  # no institutions
    ("The 10 Best Albums of 2024, Ranked", True),  # a title's participle after the comma
    ("The 5 Best Hotels, Reviewed", True),
    ("Our 10 favorite books, reviewed by staff", True),
])
def test_english_institutions_and_comma_participles(headline: str, firm: bool) -> None:
    assert _firm("en", headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("id", "3 Aplikasi Pinjol Ilegal Diblokir", False),  # a passive after the counted noun, list noun or not
    ("id", "3 Buku Ditarik dari Peredaran", False),
    ("id", "5 Film Horor Dilarang Tayang", False),
    ("id", "10 Tempat Wisata di Yogyakarta yang Wajib Dikunjungi", True),  # in a relative's clause
    ("id", "5 Film untuk Ditonton Bersama Keluarga", True),  # after "for"
    ("id", "7 Aplikasi Belajar Bahasa Asing", True),
    ("sv", "3 appar stoppas av Apple", False),  # Swedish's present passive
    ("sv", "5 filmer stoppas i Kina", False),
    ("sv", "7 appar för att lära sig språk", True),
    ("sv", "10 tips: Så lyckas du med surdegen", True),
])
def test_a_passive_after_the_counted_noun_is_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    # what happened to the counted things, a list noun or not: a participle or past verb, then
    # a preposition of source, cause or place
    ("es", "5 libros retirados de las bibliotecas", False),
    ("es", "3 apps eliminadas de Google Play", False),
    ("pt", "5 livros retirados das escolas", False),
    ("fr", "5 livres retirés des bibliothèques", False),
    ("it", "5 libri ritirati dalle scuole", False),
    ("ca", "5 llibres retirats de les biblioteques", False),
    ("ro", "5 cărți retrase din biblioteci", False),
    ("ru", "5 книг изъяли из библиотек", False),
    ("bg", "5 книги изтеглени от библиотеките", False),
    ("el", "5 βιβλία αποσύρθηκαν από τις βιβλιοθήκες", False),
    ("vi", "5 cuốn sách bị thu hồi", False),  # the adversative passive
    # a title's participle, an agent's "by", or "bị" befalling the reader: still lists
    ("es", "10 películas basadas en hechos reales", True),
    ("pt", "10 filmes baseados em fatos reais", True),
    ("fr", "10 films inspirés de faits réels", True),
    ("es", "7 errores cometidos por los padres", True),
    ("es", "5 libros recomendados por Bill Gates", True),
    ("it", "10 libri consigliati dai librai", True),
    ("el", "10 ταινίες βασισμένες σε αληθινά γεγονότα", True),
    ("vi", "7 sai lầm khiến bạn bị béo", True),
    ("it", "5 libri premiati dal Premio Strega", True),  # awarded: a title's participle
])
def test_what_happened_to_counted_things_is_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("de", "5 Bücher aus Bibliotheken entfernt", False),  # a participle closing the clause
    ("de", "3 Apps aus dem Play Store gelöscht", False),
    ("nl", "5 boeken uit bibliotheken gehaald", False),
    ("nl", "3 apps verwijderd uit de Play Store", False),  # right after the noun, then "uit"
    ("de", "10 Tipps einfach erklärt", True),  # a title's participle
    ("de", "5 Rezepte für den Grill schnell gemacht", True),
    ("de", "10 Apps für unterwegs", True),
    ("nl", "5 fouten bij het gebruiken", True),  # an infinitive after "het"
    ("nl", "10 tips om te genieten", True),
    ("nl", "5 gerechten uit de Italiaanse keuken", True),
])
def test_german_and_dutch_participles_close_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("headline", "firm"), [
    ("5 کتابیں لائبریریوں سے ہٹا دی گئیں", False),  # Urdu's passive auxiliaries close news
    ("3 فلمیں سینما گھروں سے ہٹا دی گئیں", False),
    ("5 کتابیں جو ہر طالب علم کو پڑھنی چاہئیں", True),  # after the relative "جو": a title
    ("8 غلطیاں جو ہم روزانہ کرتے ہیں", True),
    ("صحت مند رہنے کے 7 طریقے", True),
])
def test_urdu_auxiliaries_after_the_counted_noun(headline: str, firm: bool) -> None:
    assert _firm("ur", headline) is firm


@pytest.mark.parametrize(("lang", "headline", "count"), [
    # counts above ten in two words, and the teens and tens the number words lacked
    ("tr", "On iki öneri", 12),
    ("tr", "On İki Öneri", 12),
    ("tr", "Yirmi beş hediye fikri", 25),
    ("id", "Dua belas tips tidur nyenyak", 12),
    ("id", "Dua Puluh Lima Tempat Wisata di Bali", 25),
    ("vi", "Mười hai mẹo ngủ ngon", 12),
    ("vi", "Hai mươi món ăn ngon", 20),
    ("vi", "Mười mẹo ngủ ngon", 10),
    ("fi", "Kaksitoista vinkkiä parempaan uneen", 12),
    ("fi", "Kuusi vinkkiä parempaan uneen", 6),  # "kuusi" before a list noun
    ("fi", "Kuusi kaatui myrskyssä", None),  # the spruce fell in the storm
    ("ro", "Douăsprezece sfaturi pentru somn", 12),
    ("ru", "Тринадцать фильмов для отпуска", 13),
    ("tr", "On yıl önce bugün", None),  # ten years
])
def test_counts_spelled_in_two_words_or_the_teens(lang: str, headline: str, count: int | None) -> None:
    from auditor.structure.numbers import headline_promise

    assert headline_promise(headline, lang)[0] == count


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("el", "Τα 5 νοσοκομεία σε επιφυλακή", False),  # on alert
    ("es", "Los 3 hospitales en alerta", False),
    ("pt", "Os 5 estados em alerta para chuvas", False),
    ("el", "Τα 3 σχολεία κλειστά λόγω χιονιού", False),  # Greek "closed due to"
    ("es", "Las 10 mejores playas en Galicia", True),
    ("el", "Τα 10 καλύτερα εστιατόρια της Αθήνας", True),
    ("el", "Τα 7 νησιά που πρέπει να δείτε", True),
    ("ro", "Cele 5 spitale, în alertă", False),  # the state after a comma
    ("es", "Los 5 pueblos, sin luz", False),
    ("ro", "Cele 3 școli, închise din cauza gripei", False),  # Romanian's participle after a comma
    ("es", "10 recetas, sin gluten", True),
])
def test_on_alert_and_greek_closures(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("headline", "count", "firm"), [
    ("值得一去的10座城市", 10, True),  # 座 (cities, mountains) with a roundup word
    ("3座城市发布暴雨预警", 3, False),  # …without one: the body decides
    ("3座桥梁坍塌 5人死亡", None, True),  # news words
])
def test_chinese_counter_for_cities(headline: str, count: int | None, firm: bool) -> None:
    from auditor.structure.numbers import headline_promise

    number, _at_least, is_firm = headline_promise(headline, "zh")
    assert (number, is_firm) == (count, firm)
