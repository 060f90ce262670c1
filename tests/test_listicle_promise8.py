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
    _lists, _news, assert_firm_promise, assert_no_firm_promise, firm as _firm,
)

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
        12 | 12 idées de cadeaux pour la fête des pères
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
        9 | 9 признаков того, что вам нужен отпуск
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
        6 | वजन घटाने के 6 आसान उपाय
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
        7 | 7 τρόποι για καλύτερο ύπνο
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
        Flamengo vence o Palmeiras por 2 a 1
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
        Polizei nimmt 5 Verdächtige fest
        2 Verletzte nach Explosion in Wohnhaus
        Unwetter: 40 Keller überflutet
        Bundestag beschließt Gesetz mit 380 Stimmen
        Rentnerin (84) stirbt bei Wohnungsbrand
        """,
    "it": """
        3 morti in un incidente sull'A1
        La Juve batte il Milan 2-0
        5 feriti in un'esplosione a Napoli
        Arrestati 4 giovani per rapina
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
        Policja zatrzymała 5 podejrzanych
        Legia wygrała 2:0 z Lechem
        4 domy spłonęły w pożarze
        2 osoby ranne po wybuchu gazu
        """,
    "ru": """
        3 человека погибли в ДТП под Москвой
        Полиция задержала 5 подозреваемых
        Зенит обыграл Спартак 2:1
        4 дома сгорели в Подмосковье
        2 школы закрыли на карантин
        """,
    "uk": """
        3 людини загинули внаслідок ДТП на Житомирщині
        Поліція затримала 4 підозрюваних
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
        Polis 5 şüpheliyi gözaltına aldı
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
        सड़क हादसे में 3 लोगों की मौत
        पुलिस ने 5 आरोपियों को गिरफ्तार किया
        भारत ने पाकिस्तान को 6 विकेट से हराया
        आग में 4 दुकानें जलकर खाक
        """,
    "bn": """
        সড়ক দুর্ঘটনায় ৩ জন নিহত
        পুলিশের হাতে ৫ জন গ্রেপ্তার
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
        3 döda i trafikolycka på E4
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
        3 døde i trafikkulykke på E6
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
        3 halott egy balesetben az M1-esen
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

LISTS = _lists(_LISTS)
NEWS = _news(_NEWS)


@pytest.mark.parametrize(("lang", "headline", "count"), LISTS)
def test_a_list_headline_is_a_firm_promise_of_its_count(lang: str, headline: str, count: str) -> None:
    assert_firm_promise(lang, headline, count)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_a_news_headline_promises_no_firm_list(lang: str, headline: str) -> None:
    assert_no_firm_promise(lang, headline)
