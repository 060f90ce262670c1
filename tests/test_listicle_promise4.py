"""The headline's promise on headlines nobody here has seen (round 13): a fourth set, written
from each language's newsroom and magazine habits (not from any page or fixture set), in the
~20 languages of the final measurement. A list headline ("7 ways…", "Top 10…", "Las 10
mejores…", "10 dicas…", "5つの方法", "7가지") is a firm promise of its count; news with a
number ("Three Cases of Plague Diagnosed", "31 dead in attack", "10 Downing Street responds")
promises nothing firm: no count, or one only the body's list can confirm.

Each language block is one headline a line; a list's line is "count | headline" ("5+" when a
range promises at least 5). ``headline_promise`` gives (count, "at least", firm)."""

from __future__ import annotations

import pytest

from auditor.structure.numbers import headline_promise

_LISTS = {
    "en": """
        9 | 9 Ways to Make Your Morning Coffee Healthier
        12 | The 12 Best Hiking Boots of 2024, Tested
        17 | 17 Tiny Habits That Add Up to a Big Change
        8 | Eight Podcasts to Listen to on Your Commute
        6 | 6 Signs Your Car Battery Is About to Die
        20 | 20 Gift Ideas for People Who Have Everything
        25 | Top 25 Budget Destinations for 2025
        5 | 5 Things to Know Before the Market Opens
        11 | 11 Questions to Ask at the End of a Job Interview
        7 | These 7 Foods Can Help Lower Your Blood Pressure
        14 | 14 Movies Coming to Netflix in March
        30 | The 30 Best Fantasy Novels Ever Written
        4 | 4 Simple Stretches for Lower Back Pain
        10 | Ten Reasons Why Cats Make Better Pets
        13 | 13 Underrated Cities in Europe You Should Visit
        8 | 8 Common Myths About Vitamin D
        3 | 3 Stocks to Buy Before the End of the Year
        9 | Here Are 9 Easy Weeknight Dinners
        15 | Our 15 Favorite Cookbooks of the Year
        6 | 6 Apps That Will Help You Save Money
        5 | Five Takeaways From Tuesday's Debate
        7 | Seven Lessons I Learned From Running a Marathon
        10 | 10 Must-Read Books for Summer
        12 | 12 Easy Houseplants for Beginners
        21 | 21 Hilarious Tweets About Parenting
        5 | The 5 Worst Passwords of the Year
        """,
    "es": """
        8 | 8 trucos para ahorrar en la factura de la luz
        10 | Las 10 series más vistas de Netflix esta semana
        5 | 5 libros que deberías leer antes de los 30
        7 | Los 7 pueblos más bonitos de Asturias
        12 | 12 planes para hacer con niños en Madrid
        6 | Seis alimentos que te ayudan a dormir mejor
        15 | Las 15 mejores canciones de 2023
        4 | 4 errores que cometes al lavar la ropa
        10 | 10 lugares que ver en Granada
        6 | Estas son las 6 claves para entender la crisis
        9 | 9 señales de que necesitas unas vacaciones
        5 | Top 5: los mejores móviles por menos de 300 euros
        20 | 20 frases de amor para dedicar
        3 | 3 recetas de verano con sandía
        7 | 7 hábitos de las personas exitosas
        10 | Las 10 mejores playas de Andalucía
        8 | Ocho películas para ver en familia
        5 | 5 ejercicios para hacer en casa sin material
        """,
    "pt": """
        10 | 10 dicas para economizar na conta de luz
        7 | Os 7 melhores celulares de 2024
        5 | 5 filmes para assistir na Netflix neste fim de semana
        8 | Veja 8 receitas fáceis com frango
        12 | 12 lugares para conhecer em Minas Gerais
        6 | Seis hábitos que prejudicam seu sono
        9 | 9 sinais de que você precisa de férias
        20 | As 20 praias mais bonitas do Nordeste
        4 | 4 erros que você comete ao lavar o cabelo
        15 | 15 frases de motivação para começar o dia
        6 | Confira 6 livros para ler nas férias
        3 | 3 exercícios para fazer em casa
        10 | Top 10: os jogos mais vendidos do ano
        7 | 7 curiosidades sobre o corpo humano
        5 | Cinco séries para maratonar no feriado
        8 | 8 alimentos que ajudam a emagrecer
        """,
    "fr": """
        7 | 7 astuces pour garder ses plantes en vie
        10 | Les 10 meilleurs romans de la rentrée
        5 | 5 choses à faire à Marseille ce week-end
        12 | 12 idées de cadeaux pour la fête des pères
        8 | Ces 8 aliments qui boostent votre immunité
        6 | Six erreurs à ne pas commettre en entretien
        9 | 9 séries à regarder absolument cet hiver
        5 | Top 5 des smartphones à moins de 300 euros
        4 | 4 exercices pour muscler ses fessiers
        15 | Les 15 plus belles plages de Bretagne
        3 | 3 raisons de ne pas acheter une voiture électrique
        20 | 20 citations pour retrouver la motivation
        7 | Voici 7 signes que vous manquez de magnésium
        10 | Dix films à voir en famille
        8 | 8 recettes de soupe pour l'hiver
        """,
    "de": """
        9 | 9 Tipps, wie Sie im Winter Heizkosten sparen
        10 | Die 10 besten Wanderwege in den Alpen
        5 | 5 Dinge, die Sie über die neue Grundsteuer wissen müssen
        7 | Sieben Bücher, die man gelesen haben sollte
        12 | 12 Ausflugsziele für die ganze Familie
        6 | Diese 6 Lebensmittel sollten Sie nie einfrieren
        20 | Die 20 schönsten Weihnachtsmärkte Deutschlands
        4 | 4 Übungen für einen starken Rücken
        8 | 8 Anzeichen, dass Sie zu wenig trinken
        5 | Top 5: Die besten Smartphones unter 300 Euro
        15 | 15 Geschenkideen für Kollegen
        3 | 3 Fehler beim Lüften, die fast jeder macht
        10 | Zehn Gründe für einen Urlaub an der Ostsee
        6 | 6 Rezepte mit Kürbis
        8 | Acht Serien, die Sie jetzt streamen sollten
        """,
    "it": """
        10 | 10 cose da fare a Milano nel weekend
        7 | I 7 borghi più belli della Liguria
        5 | 5 libri da leggere sotto l'ombrellone
        8 | 8 consigli per risparmiare sulla bolletta
        12 | Le 12 serie tv più attese del 2025
        6 | Sei errori da evitare quando si cucina la pasta
        9 | 9 segnali che il tuo corpo ti manda
        4 | 4 esercizi per la schiena da fare a casa
        10 | Top 10: i film più visti dell'anno
        15 | 15 idee regalo per Natale
        3 | 3 ricette veloci con le zucchine
        6 | Ecco le 6 abitudini che allungano la vita
        8 | Otto posti dove mangiare bene a Napoli
        """,
    "nl": """
        7 | 7 tips om beter te slapen
        10 | De 10 mooiste fietsroutes van Nederland
        5 | 5 dingen die je moet weten over de nieuwe zorgverzekering
        8 | Dit zijn de 8 beste restaurants van Rotterdam
        12 | 12 boeken die je deze zomer moet lezen
        6 | Zes fouten die iedereen maakt bij het koken
        9 | 9 redenen om naar Gent te gaan
        5 | Top 5: de beste series op Netflix
        4 | 4 oefeningen voor een sterke buik
        15 | 15 leuke uitjes met kinderen
        3 | 3x lekker lunchen in Den Haag
        10 | Tien films om dit weekend te kijken
        """,
    "pl": """
        7 | 7 sposobów na oszczędzanie prądu
        10 | 10 najpiękniejszych miejsc w Polsce
        5 | 5 rzeczy, które warto wiedzieć przed wyjazdem
        8 | 8 roślin do cienia
        12 | 12 pomysłów na prezent dla taty
        6 | 6 błędów, które popełniamy podczas prania
        9 | 9 książek do przeczytania w wakacje
        4 | 4 ćwiczenia na płaski brzuch
        5 | Top 5 smartfonów do 1000 zł
        15 | 15 przepisów na szybki obiad
        3 | 3 sposoby na ból głowy
        10 | 10 filmów do obejrzenia w weekend
        7 | 7 miejsc do odwiedzenia w Krakowie
        8 | 8 gier do grania ze znajomymi
        """,
    "ru": """
        7 | 7 способов сэкономить на коммунальных платежах
        10 | 10 лучших фильмов года
        5 | 5 книг, которые стоит прочитать
        8 | 8 рецептов на Новый год
        12 | 12 мест для отдыха в Подмосковье
        6 | Шесть ошибок при выборе квартиры
        9 | 9 признаков того, что вам нужен отпуск
        5 | Топ-5 смартфонов до 20 тысяч рублей
        4 | 4 упражнения для здоровой спины
        10 | 10 идей на выходные
        3 | 3 совета на каждый день
        15 | 15 самых красивых городов России
        7 | 7 сериалов на вечер
        6 | 6 блюд на праздничный стол
        """,
    "uk": """
        7 | 7 способів заощадити на комуналці
        10 | 10 найкращих фільмів року
        5 | 5 книжок, які варто прочитати
        8 | 8 місць для відпочинку в Карпатах
        12 | 12 рецептів на Новий рік
        6 | 6 помилок, які ми робимо щодня
        10 | Топ-10 місць Львова
        4 | 4 вправи для спини
        9 | 9 ознак того, що вам потрібна відпустка
        5 | 5 ідей на вихідні
        """,
    "tr": """
        7 | Daha iyi uyumak için 7 öneri
        10 | En iyi 10 film
        5 | Kışın tüketmeniz gereken 5 besin
        8 | Bilmeniz gereken 8 şey
        4 | Evde yapabileceğiniz 4 egzersiz
        9 | Mutlaka izlemeniz gereken 9 dizi
        15 | Türkiye'nin en güzel 15 plajı
        7 | Başarılı insanların 7 alışkanlığı
        10 | Kilo vermenin 10 yolu
        6 | Sağlıklı yaşam için 6 altın kural
        5 | 5 adımda cilt bakımı rehberi
        """,
    "id": """
        7 | 7 Cara Mudah Menurunkan Berat Badan
        10 | 10 Tempat Wisata di Bandung yang Wajib Dikunjungi
        5 | 5 Film Terbaik Tahun Ini
        8 | Deretan 8 Artis yang Pernah Jadi Model
        12 | 12 Resep Masakan untuk Sahur
        6 | Ini 6 Manfaat Minum Air Putih di Pagi Hari
        9 | 9 Tanda Kamu Butuh Liburan
        4 | 4 Tips Menabung untuk Pemula
        15 | 15 Drama Korea Terbaik Sepanjang Masa
        3 | 3 Kesalahan Saat Mencuci Muka
        10 | Daftar 10 HP Terbaik di Bawah 3 Juta
        """,
    "vi": """
        7 | 7 cách giảm cân hiệu quả
        10 | 10 địa điểm du lịch đẹp nhất Việt Nam
        5 | 5 món ăn sáng tốt cho sức khỏe
        8 | 8 thói quen giúp bạn sống lâu hơn
        12 | 12 bộ phim hay nhất năm
        6 | 6 sai lầm khi giặt quần áo
        9 | 9 dấu hiệu bạn đang thiếu ngủ
        5 | Top 5 điện thoại đáng mua nhất
        4 | 4 bài tập giảm đau lưng
        3 | 3 bí quyết học tiếng Anh nhanh
        """,
    "ja": """
        7 | 睡眠の質を上げる7つの方法
        10 | 東京で行きたいカフェ10選
        5 | 一人暮らしで知っておきたい5つのこと
        10 | ダイエットに効く食べ物ベスト10
        5 | 初心者におすすめの本5冊
        8 | 失敗しない引っ越しの8つのコツ
        15 | 京都の絶景スポット15選
        3 | 朝やるべき3つの習慣
        7 | 冬に読みたい小説7選
        5 | 5つの理由で選ぶ新しいスマホ
        4 | お金が貯まる人の4つの特徴
        """,
    "zh": """
        7 | 提高睡眠质量的7个方法
        10 | 十大必去旅游城市
        5 | 5个让你更健康的习惯
        10 | 北京必吃的10家餐厅
        8 | 学好英语的8个技巧
        3 | 每天必做的3件事
        6 | 夏季养生的6个小窍门
        5 | 减肥期间不能吃的5种食物
        10 | 2024年最值得看的10部电影
        4 | 提高效率的4个习惯
        """,
    "ko": """
        7 | 잠 잘 오는 7가지 방법
        10 | 서울 데이트 코스 추천 10곳
        5 | 이사 전에 꼭 알아야 할 5가지
        8 | 겨울에 가볼 만한 여행지 8곳
        6 | 건강에 좋은 음식 6가지
        10 | 올해 꼭 봐야 할 영화 10편
        4 | 다이어트에 좋은 운동 4가지
        9 | 부자들의 습관 9가지
        3 | 초보자를 위한 주식 투자 팁 3가지
        """,
    "ar": """
        7 | 7 طرق لتحسين النوم
        10 | أفضل 10 أفلام في العام
        5 | 5 نصائح لإنقاص الوزن
        8 | 8 أماكن سياحية في دبي
        6 | 6 أخطاء شائعة في تربية الأطفال
        10 | 10 عادات صحية يجب اتباعها
        4 | 4 فوائد لشرب الماء صباحا
        """,
    "hi": """
        7 | अच्छी नींद के 7 तरीके
        10 | वजन घटाने के 10 आसान उपाय
        5 | 5 चीजें जो आपको पता होनी चाहिए
        6 | सर्दियों में खाएं ये 6 फल
        10 | 10 फिल्में जो आपको जरूर देखनी चाहिए
        9 | सफल लोगों की 9 आदतें
        """,
    "fa": """
        7 | ۷ راه برای خواب بهتر
        10 | ۱۰ فیلم برتر سال
        5 | بهترین ۵ کتاب برای مطالعه
        8 | ۸ نکته برای کاهش وزن
        6 | ۶ اشتباه رایج در آشپزی
        """,
    "el": """
        7 | 7 τρόποι για καλύτερο ύπνο
        10 | Τα 10 καλύτερα εστιατόρια της Αθήνας
        5 | 5 πράγματα που πρέπει να ξέρετε
        8 | 8 συμβουλές για να χάσετε βάρος
        6 | Οι 6 πιο όμορφες παραλίες της Κρήτης
        12 | 12 βιβλία για το καλοκαίρι
        4 | 4 λάθη που κάνουμε στο μαγείρεμα
        """,
    "sv": """
        7 | 7 sätt att sova bättre
        10 | De 10 bästa restaurangerna i Stockholm
        5 | 5 saker du måste veta om den nya lagen
        8 | 8 tips för en lyckad semester
        12 | 12 böcker att läsa i sommar
        5 | Topp 5: årets bästa filmer
        4 | 4 övningar för en stark rygg
        9 | 9 tecken på att du behöver semester
        """,
}

_NEWS = {
    "en": """
        10 Downing Street Responds to Leaked Memo
        4 Companies to Pay $1M Fine Over Price Fixing
        Three Climbers Die on K2 in Avalanche
        12 Arrested After Protest Turns Violent
        Two Dead, Several Injured in Warehouse Fire
        3 Officers Placed on Leave After Arrest Video
        Plane With 6 Aboard Missing Over Alaska
        2 Killed as Tornado Rips Through Town
        Man, 34, Charged With Murder
        Lakers Beat Celtics 112-104
        Four Seasons Opens New Hotel in Tokyo
        5 Dead After Bus Plunges Into Ravine
        Nearly 2,000 Jobs Cut at Carmaker
        Two Suspects Sought in Bank Robbery
        9 Students Suspended Over Hazing
        Seven Wonders of the Modern World
        The Twelve Days of Christmas Cookies
        3 Firefighters Injured Battling Brush Fire
        6 Charged in Fraud Scheme
        Two Brothers Sentenced for Arson
        4 Teens Face Charges in Beating
        """,
    "es": """
        Los 4 candidatos a la alcaldía debaten esta noche en televisión
        Detenidas 5 personas por el robo de una joyería
        Mueren 3 senderistas en los Pirineos
        Tres heridos en un accidente de tráfico en la A-6
        El Real Madrid gana 3-1 al Sevilla
        2 muertos y 10 heridos en un tiroteo en Texas
        Cinco detenidos por tráfico de drogas en Málaga
        Las 3 empresas investigadas por la CNMC recurren la multa
        Evacuadas 200 familias por el incendio de Valencia
        Un terremoto de magnitud 6 sacude Chile
        Seis meses de cárcel para el exalcalde
        Los 2 pilotos españoles abandonan en la primera vuelta
        3 empresas pagarán una multa de un millón
        Los 5 detenidos pasan a disposición judicial
        """,
    "pt": """
        Três mortos em acidente na BR-116
        Polícia prende 4 suspeitos de assalto a banco
        Morrem 5 pessoas em deslizamento de terra em Petrópolis
        Flamengo vence o Palmeiras por 2 a 1
        Dois suspeitos são presos após perseguição
        Incêndio atinge 3 casas em Porto Alegre
        Os 3 deputados investigados pela PF negam acusações
        Quatro candidatos disputam a prefeitura de São Paulo
        Os 4 candidatos debatem na TV nesta quinta
        2 empresas vão pagar multa de R$ 1 milhão
        """,
    "fr": """
        Trois morts dans une collision sur la RN7
        Deux suspects interpellés après le braquage
        Cinq policiers blessés lors d'une manifestation
        Le PSG s'impose 3-0 face à Lyon
        Quatre candidats en lice pour la présidence du parti
        Les 3 otages libérés sont arrivés en France
        2 ans de prison pour le chauffard
        Neuf personnes interpellées à Lyon
        Les 4 candidats débattent ce soir sur TF1
        Deux entreprises condamnées à payer une amende
        """,
    "de": """
        Drei Tote bei Unfall auf der A9
        Polizei nimmt 5 Verdächtige fest
        Zwei Verletzte nach Explosion in Hamburg
        Bayern schlägt Dortmund 4:0
        Vier Kandidaten wollen SPD-Vorsitz übernehmen
        Fünf Festnahmen nach Razzia in Berlin
        Die 3 Angeklagten schweigen vor Gericht
        Sechs Monate Haft für Raser
        Die 4 Kandidaten stellen sich den Fragen der Leser
        Drei Firmen müssen Millionenstrafe zahlen
        """,
    "it": """
        Tre morti in un incidente sulla A1
        Arrestati 4 giovani per rapina
        Due feriti in un'esplosione a Torino
        La Juventus batte il Milan 2-0
        Cinque indagati per la frana di Ischia
        Sciopero: 300 voli cancellati
        Quattro candidati per la segreteria del Pd
        I 4 candidati si sfidano in tv
        Tre aziende dovranno pagare una multa
        """,
    "nl": """
        Drie doden bij frontale botsing op de N34
        Politie houdt 5 verdachten aan na ramkraak
        Twee gewonden bij schietpartij in Amsterdam
        Feyenoord wint met 3-1 van AZ
        Vier kandidaten strijden om het lijsttrekkerschap
        Vijf arrestaties na rellen in Den Haag
        Zes maanden cel voor mishandeling
        Drie mannen opgepakt voor overval
        De 4 kandidaten debatteren vanavond
        """,
    "pl": """
        Trzy osoby nie żyją po wypadku na A4
        Policja zatrzymała 5 podejrzanych o kradzież
        Dwóch rannych w strzelaninie w Warszawie
        Legia wygrała 2:0 z Lechem
        Czterech kandydatów walczy o fotel prezydenta
        Pięć lat więzienia dla byłego posła
        3 osoby do szpitala po zatruciu czadem
        Dwa samochody zderzyły się na S7
        4 zastępy straży do pożaru hali
        """,
    "ru": """
        Три человека погибли в ДТП под Москвой
        Полиция задержала 5 подозреваемых в краже
        Два человека пострадали при пожаре
        5 человек госпитализированы после отравления
        Четыре кандидата вышли во второй тур
        На трассе М-4 столкнулись 10 машин
        Суд приговорил экс-мэра к 8 годам колонии
        3 человека на лодке пропали без вести
        5 пожарных расчётов на месте возгорания
        """,
    "uk": """
        Троє людей загинули внаслідок обстрілу
        Поліція затримала 4 підозрюваних
        5 людей постраждали від вибуху
        Динамо перемогло Шахтар 2:1
        Знищено 12 ворожих дронів
        """,
    "tr": """
        Trafik kazasında 3 kişi hayatını kaybetti
        Polis hırsızlık şüphelisi 5 kişiyi gözaltına aldı
        Galatasaray, Fenerbahçe'yi 2-1 yendi
        Yangında 2 kişi yaralandı
        6 ay hapis cezası verildi
        """,
    "id": """
        3 Orang Tewas dalam Kecelakaan di Tol Cipali
        Polisi Tangkap 5 Pelaku Pencurian
        Persija Menang 2-1 atas Persib
        Gempa Magnitudo 5 Guncang Sulawesi
        """,
    "vi": """
        3 người chết trong vụ tai nạn trên cao tốc
        Bắt 5 đối tượng trộm cắp tài sản
        2 người bị thương do cháy nhà
        Việt Nam thắng Thái Lan 2-1
        Khởi tố 4 bị can trong vụ án tham nhũng
        """,
    "ja": """
        交通事故で3人死亡
        男性2人を逮捕
        東京で5人が感染
        火災で住宅3棟が全焼
        巨人が阪神に5対3で勝利
        """,
    "zh": """
        交通事故造成3人死亡
        警方抓获5名嫌疑人
        台风致2人失踪
        中国队3比1战胜日本
        3家企业宣布破产
        """,
    "ko": """
        교통사고로 3명 사망
        경찰, 용의자 2명 체포
        화재로 5명 부상
        한국, 일본에 2-1 승리
        """,
    "ar": """
        مقتل 3 أشخاص في حادث سير بالرياض
        إصابة 10 أشخاص في انفجار
        الأهلي يفوز على الزمالك 2-1
        """,
    "hi": """
        सड़क हादसे में 3 लोगों की मौत, 2 घायल
        पुलिस ने 5 आरोपियों को गिरफ्तार किया
        आग लगने से 2 लोग घायल
        """,
    "fa": """
        ۳ کشته در تصادف جاده‌ای در فارس
        دستگیری ۵ متهم در تهران
        """,
    "el": """
        Τρεις νεκροί σε τροχαίο στην Εθνική Οδό
        Συνελήφθησαν 5 άτομα για κλοπές
        2 τραυματίες από έκρηξη στον Πειραιά
        Ο Ολυμπιακός νίκησε 2-1 τον ΠΑΟΚ
        """,
    "sv": """
        Tre döda i trafikolycka på E4
        Polisen grep 5 misstänkta
        Två skadade i skottlossning i Malmö
        AIK vann med 3–1 mot Djurgården
        Fyra kandidater vill leda partiet
        """,
}

# A second set: harder shapes in each language (a count after a verb, an article before a
# people noun, "for" as each language writes it, counters, a name holding a number).
_MORE_LISTS = {
    "en": """
        10 | 10 Places to Eat in Brooklyn Right Now
        5 | Five Ways to Keep Your Kids Busy This Summer
        8 | 8 Gadgets to Buy Before Prime Day Ends
        4 | 4 Companies to Watch in 2025
        10 | 10 People to Follow on Instagram
        7 | 7 Startups to Invest In Before They Blow Up
        6 | 6 Players to Watch at the World Cup
        5 | 5 Plants That Purify the Air in Your Home
        9 | Nine Things We Learned From the Apple Event
        3 | The 3 Best Budget Phones Right Now
        15 | 15 of the Best Beaches in the World
        20 | The Top 20 Songs of the Summer
        6 | 6 Books Every Manager Should Read
        7 | 7 Cheap Eats in Chicago
        10 | 10 Stunning National Parks You Need to See
        5 | 5 Small Towns With Big Holiday Spirit
        8 | 8 Easy Swaps for a Healthier Lunch
        4 | Ranked: The 4 Star Wars Trilogies
        11 | 11 Fun Facts About Octopuses
        """,
    "es": """
        10 | 10 cosas que hacer en Barcelona este fin de semana
        6 | Las 6 claves del nuevo decreto de vivienda
        8 | 8 destinos baratos para viajar en 2025
        5 | Cinco preguntas para entender las elecciones
        7 | Los 7 errores que cometemos al hacer la compra
        4 | 4 formas de ahorrar en la cesta de la compra
        12 | 12 restaurantes donde comer bien en Sevilla
        9 | Nueve consejos para cuidar las plantas en invierno
        3 | Los 3 mejores robots aspiradores del mercado
        10 | 10 canciones para empezar el día con energía
        6 | 6 rutas de senderismo por la sierra de Madrid
        """,
    "pt": """
        10 | 10 coisas para fazer em São Paulo no fim de semana
        6 | Os 6 principais pontos da reforma tributária
        8 | 8 destinos baratos para viajar em 2025
        5 | Cinco perguntas para entender as eleições
        7 | Os 7 erros mais comuns na hora de investir
        4 | 4 formas de economizar no supermercado
        12 | 12 restaurantes onde comer bem no Rio
        9 | Nove dicas para cuidar das plantas no inverno
        3 | Os 3 melhores aspiradores robô do mercado
        10 | 10 músicas para começar o dia com energia
        """,
    "fr": """
        10 | 10 choses à faire à Paris ce week-end
        6 | Les 6 points clés de la réforme des retraites
        8 | 8 destinations pas chères pour 2025
        5 | Cinq questions pour comprendre les élections
        7 | Les 7 erreurs que l'on fait tous au supermarché
        4 | 4 façons d'économiser sur les courses
        12 | 12 restaurants où bien manger à Bordeaux
        9 | Neuf conseils pour entretenir ses plantes en hiver
        3 | Les 3 meilleurs aspirateurs robots du moment
        """,
    "de": """
        10 | 10 Dinge, die man in Wien erleben muss
        6 | Die 6 wichtigsten Punkte der Rentenreform
        8 | 8 günstige Reiseziele für 2025
        5 | Fünf Fragen zur Bundestagswahl
        7 | Die 7 häufigsten Fehler beim Einkaufen
        4 | 4 Wege, beim Einkauf zu sparen
        12 | 12 Restaurants in München, die sich lohnen
        9 | Neun Tipps für Zimmerpflanzen im Winter
        3 | Die 3 besten Saugroboter im Test
        10 | 10 Songs für gute Laune am Morgen
        """,
    "it": """
        10 | 10 cose da fare a Roma questo fine settimana
        6 | I 6 punti chiave della riforma delle pensioni
        8 | 8 mete economiche per il 2025
        5 | Cinque domande per capire le elezioni
        7 | I 7 errori più comuni quando si fa la spesa
        4 | 4 modi per risparmiare al supermercato
        12 | 12 ristoranti dove mangiare bene a Bologna
        3 | I 3 migliori robot aspirapolvere
        """,
    "nl": """
        10 | 10 dingen om te doen in Antwerpen
        6 | De 6 belangrijkste punten uit de troonrede
        8 | 8 goedkope bestemmingen voor 2025
        5 | Vijf vragen over de verkiezingen
        7 | De 7 meest gemaakte fouten bij het sparen
        4 | 4 manieren om te besparen op boodschappen
        3 | De 3 beste robotstofzuigers van dit moment
        """,
    "pl": """
        10 | 10 rzeczy do zrobienia w Gdańsku
        6 | 6 najważniejszych zmian w podatkach
        8 | 8 tanich kierunków na wakacje 2025
        5 | Pięć pytań o wybory
        7 | 7 najczęstszych błędów przy oszczędzaniu
        4 | 4 sposoby na tańsze zakupy
        3 | 3 najlepsze odkurzacze automatyczne
        10 | 10 piosenek na dobry początek dnia
        5 | 5 seriali do obejrzenia na Netflixie
        """,
    "ru": """
        10 | 10 вещей, которые нужно сделать в Петербурге
        6 | 6 главных изменений в налогах
        8 | 8 недорогих направлений на 2025 год
        5 | Пять вопросов о выборах
        7 | 7 самых частых ошибок при покупке машины
        4 | 4 способа сэкономить на продуктах
        3 | 3 лучших робота-пылесоса
        10 | 10 песен на каждый день
        5 | 5 упражнений на пресс
        """,
    "uk": """
        10 | 10 речей, які варто зробити у Києві
        6 | 6 головних змін у податках
        5 | П’ять питань про вибори
        7 | 7 найпоширеніших помилок при покупці авто
        4 | 4 способи заощадити на продуктах
        5 | 5 вправ на прес
        """,
    "tr": """
        10 | Kapadokya'da görülmesi gereken 10 yer
        6 | Yeni vergi düzenlemesinin 6 önemli maddesi
        8 | 2025'te gidilecek 8 ucuz rota
        6 | Kışın gidilecek 6 şehir
        7 | Para biriktirirken yapılan 7 hata
        4 | Market alışverişinde tasarruf etmenin 4 yolu
        3 | En iyi 3 robot süpürge
        5 | Hafta sonu izlenecek 5 film
        """,
    "id": """
        10 | 10 Hal yang Wajib Dilakukan di Yogyakarta
        8 | 8 Destinasi Murah untuk Liburan 2025
        7 | 7 Kesalahan yang Sering Dilakukan Saat Menabung
        4 | 4 Cara Hemat Belanja Bulanan
        3 | 3 Robot Vakum Terbaik
        5 | 5 Lagu Penyemangat Pagi
        """,
    "vi": """
        10 | 10 điều nên làm khi đến Đà Lạt
        8 | 8 điểm đến giá rẻ cho năm 2025
        7 | 7 sai lầm thường gặp khi tiết kiệm
        4 | 4 cách tiết kiệm khi đi chợ
        3 | 3 món ngon dễ làm cho bữa tối
        """,
    "ja": """
        10 | 大阪のおすすめラーメン店10軒
        6 | 新しい税制の6つのポイント
        8 | 2025年に行きたい格安旅行先8選
        7 | 貯金できない人の7つの失敗
        4 | 食費を節約する4つのコツ
        3 | 人気のロボット掃除機3選
        5 | 秋に読みたい本5冊
        10 | 一度は行きたい絶景10選
        """,
    "zh": """
        10 | 上海必去的10个景点
        6 | 新税法的6大变化
        8 | 2025年值得去的8个小众旅行地
        7 | 存不下钱的7个原因
        4 | 省钱的4个小技巧
        3 | 3款热门扫地机器人推荐
        5 | 秋天必吃的5道菜
        10 | 盘点十大经典电影
        """,
    "ko": """
        10 | 부산 맛집 베스트 10
        6 | 새 세법 핵심 6가지
        8 | 2025년 가볼 만한 여행지 8곳
        7 | 돈이 안 모이는 7가지 이유
        4 | 식비 아끼는 4가지 방법
        3 | 인기 로봇청소기 3선
        5 | 가을에 읽기 좋은 책 5권
        """,
    "ar": """
        10 | 10 أماكن يجب زيارتها في القاهرة
        7 | 7 أخطاء شائعة عند الادخار
        5 | 5 كتب يجب أن تقرأها هذا العام
        """,
    "hi": """
        10 | गोवा में घूमने की 10 जगहें
        7 | पैसे बचाने के 7 आसान तरीके
        5 | ये 5 गलतियां कभी न करें
        """,
    "fa": """
        10 | ۱۰ جای دیدنی اصفهان
        7 | ۷ اشتباه رایج در پس‌انداز
        5 | ۵ کتاب که باید بخوانید
        """,
    "el": """
        10 | 10 πράγματα να κάνετε στη Θεσσαλονίκη
        6 | Τα 6 βασικά σημεία του νέου νόμου
        7 | 7 συνηθισμένα λάθη στην αποταμίευση
        5 | 5 ταινίες για το Σαββατοκύριακο
        """,
    "sv": """
        10 | 10 saker att göra i Göteborg
        6 | De 6 viktigaste punkterna i budgeten
        7 | 7 vanliga misstag när du sparar
        5 | 5 filmer för helgen
        3 | De 3 bästa robotdammsugarna just nu
        """,
}

_MORE_NEWS = {
    "en": """
        4 Schools to Close Next Year Amid Budget Cuts
        2 Airlines to Cut Flights Over Fuel Costs
        3 Players to Miss World Cup Qualifier
        5 Banks to Pay $2B to Settle Claims
        1600 Pennsylvania Avenue Braces for Transition
        10 Downing Street Denies Party Claims
        Three Mile Island Plant to Restart
        Apollo 11 Astronaut Dies at 93
        Two Men Jailed for Dog Attack
        3 Students Hospitalized After Lab Accident
        Storm Leaves 3 Dead Across Midwest
        Jury Finds 2 Guilty in Bribery Case
        6 Hurt When Bus Hits Tree
        Firm Fined £3M Over Data Breach
        Nearly 40 Flights Delayed at JFK
        Police Seek 2 Men After Robbery
        221 Baker Street Museum Reopens
        """,
    "es": """
        Los 3 detenidos por el crimen de Valencia, en libertad
        Los 3 acusados niegan los hechos ante el juez
        Cuatro empresas deberán pagar una multa millonaria
        Dos hermanos condenados por estafa
        Los 5 ministros de Podemos votan en contra
        Rescatados 12 migrantes frente a Lanzarote
        """,
    "pt": """
        Os 5 ministros votam contra o projeto
        Três empresas são multadas pelo Procon
        Os 3 acusados negam as acusações
        Resgatados 12 migrantes no litoral
        Dois irmãos condenados por golpe
        """,
    "fr": """
        Les 3 accusés nient les faits devant la cour
        Trois entreprises condamnées pour entente
        Les 5 ministres votent contre le texte
        Deux frères condamnés pour escroquerie
        12 migrants secourus au large de Dunkerque
        """,
    "de": """
        Die 5 Minister stimmen gegen das Gesetz
        Drei Unternehmen zu Geldstrafe verurteilt
        Zwei Brüder wegen Betrugs verurteilt
        12 Migranten vor Malta gerettet
        Die 2 Verdächtigen sind wieder frei
        """,
    "it": """
        I 3 imputati negano le accuse
        Tre aziende multate dall'Antitrust
        I 5 ministri votano contro
        Due fratelli condannati per truffa
        12 migranti soccorsi a Lampedusa
        """,
    "nl": """
        De 3 verdachten ontkennen alles
        Drie bedrijven beboet door toezichthouder
        De 5 ministers stemmen tegen
        Twee broers veroordeeld voor fraude
        """,
    "pl": """
        Trzej oskarżeni nie przyznają się do winy
        Trzy firmy z karą od UOKiK
        Pięciu ministrów głosowało przeciw
        2 osoby do szpitala po wypadku na S8
        5 karetek do wypadku na obwodnicy
        Wypadek na A4: 3 auta na pasie awaryjnym
        10 zastępów straży do pożaru lasu
        """,
    "ru": """
        Трое обвиняемых не признали вину
        Три компании оштрафованы ФАС
        Пять министров проголосовали против
        3 человека на трассе пострадали в ДТП
        10 пожарных расчётов на тушении склада
        4 машины на трассе под Тверью
        """,
    "uk": """
        Троє обвинувачених не визнали провину
        Три компанії оштрафували на мільйон
        5 бригад рятувальників на місці пожежі
        """,
    "tr": """
        3 sanık suçlamaları reddetti
        Rekabet Kurulu 3 şirkete ceza verdi
        İstanbul'da 4 büyüklüğünde deprem
        """,
    "id": """
        3 Terdakwa Bantah Dakwaan Jaksa
        KPPU Denda 3 Perusahaan
        2 Rumah Terbakar di Bekasi
        """,
    "vi": """
        3 bị cáo phủ nhận cáo buộc
        Phạt 3 công ty vi phạm môi trường
        """,
    "ja": """
        被告3人が起訴内容を否認
        3社に課徴金命令
        震度5強の地震
        """,
    "zh": """
        3名被告否认指控
        3家公司被罚款
        北京新增10例确诊病例
        """,
    "ko": """
        피고인 3명 혐의 부인
        3개 회사에 과징금
        코로나 신규 확진자 100명
        """,
    "ar": """
        3 متهمين ينفون التهم
        تغريم 3 شركات
        """,
    "hi": """
        3 आरोपियों ने आरोपों से इनकार किया
        भारत ने ऑस्ट्रेलिया को 6 विकेट से हराया
        """,
    "fa": """
        ۳ متهم اتهامات را رد کردند
        زلزله ۵ ریشتری کرمان را لرزاند
        """,
    "el": """
        Οι 3 κατηγορούμενοι αρνούνται τις κατηγορίες
        Πρόστιμο σε 3 εταιρείες
        Σεισμός 5 Ρίχτερ στην Κρήτη
        """,
    "sv": """
        De 3 åtalade nekar till brott
        Tre företag får böter
        200 jobb försvinner på Volvo
        """,
}



# A third set: a section's label before the count ("Salud: 7 alimentos…"), the question a list
# answers ("Quels sont les 10…"), the imperative that opens it ("Poznaj 5 trików…"), and news
# of cases, closures and searches in each language.
_THIRD_LISTS = {
    "en": """
        7 | Retirement: 7 Money Moves to Make Before 60
        10 | Why These 10 Cities Are the Best Places to Raise a Family
        5 | Want to Sleep Better? Start With These 5 Habits
        9 | The 9 Most Anticipated Games of 2025
        12 | 12 Dog Breeds That Are Great With Kids
        6 | Six Expert-Approved Ways to Lower Your Cholesterol
        8 | 8 TV Shows Like 'Succession' to Watch Next
        4 | Four Signs It's Time to Replace Your Running Shoes
        15 | Travel: 15 Hidden Gems in Italy
        3 | 3 Questions Every Investor Should Ask
        """,
    "es": """
        7 | Salud: 7 alimentos que debes evitar por la noche
        10 | ¿Cuáles son los 10 mejores destinos de Europa?
        5 | Descubre 5 trucos para limpiar el horno
        8 | Las 8 claves para entender el conflicto
        4 | Cuatro series españolas que triunfan en Netflix
        """,
    "pt": """
        7 | Saúde: 7 alimentos que você deve evitar à noite
        10 | Quais são os 10 melhores destinos da Europa?
        5 | Descubra 5 truques para limpar o forno
        """,
    "fr": """
        7 | Santé : 7 aliments à éviter le soir
        10 | Quels sont les 10 plus beaux villages d'Europe ?
        5 | Découvrez 5 astuces pour nettoyer le four
        4 | Quatre séries françaises qui cartonnent sur Netflix
        """,
    "de": """
        7 | Gesundheit: 7 Lebensmittel, die Sie abends meiden sollten
        10 | Was sind die 10 schönsten Reiseziele Europas?
        5 | Mit diesen 5 Tricks wird der Backofen sauber
        4 | Vier deutsche Serien, die auf Netflix erfolgreich sind
        """,
    "it": """
        7 | Salute: 7 cibi da evitare la sera
        10 | Quali sono le 10 mete più belle d'Europa?
        5 | Scopri 5 trucchi per pulire il forno
        6 | Viaggi: 6 borghi da scoprire vicino a Roma
        """,
    "nl": """
        7 | Gezondheid: 7 voedingsmiddelen die je 's avonds beter laat staan
        10 | Wat zijn de 10 mooiste bestemmingen van Europa?
        5 | Met deze 5 trucs maak je de oven schoon
        """,
    "pl": """
        7 | Zdrowie: 7 produktów, których lepiej unikać wieczorem
        10 | Jakie są najpiękniejsze miejsca w Europie? Oto 10 propozycji
        5 | Poznaj 5 trików na czysty piekarnik
        """,
    "ru": """
        7 | Здоровье: 7 продуктов, которые лучше не есть вечером
        5 | 5 хитростей для чистой духовки
        10 | Вот 10 лучших сериалов года
        """,
    "uk": """
        7 | Здоров'я: 7 продуктів, які краще не їсти ввечері
        5 | 5 хитрощів для чистої духовки
        10 | Ось 10 найкращих серіалів року
        """,
    "tr": """
        7 | Akşamları uzak durmanız gereken 7 yiyecek
        10 | Avrupa'nın en güzel 10 şehri
        5 | Fırın temizliği için 5 püf noktası
        6 | İstanbul'a yakın 6 sakin kasaba önerisi
        """,
    "id": """
        7 | Kesehatan: 7 Makanan yang Sebaiknya Dihindari Malam Hari
        10 | Inilah 10 Destinasi Terindah di Eropa
        5 | 5 Trik Membersihkan Oven dengan Mudah
        """,
    "vi": """
        7 | 7 thực phẩm nên tránh ăn vào buổi tối
        10 | 10 điểm đến đẹp nhất châu Âu
        5 | 5 mẹo vệ sinh lò nướng đơn giản
        """,
    "ja": """
        7 | 夜に避けたい食べ物7選
        10 | ヨーロッパの美しい街ベスト10
        5 | オーブン掃除の5つのコツ
        6 | 東京近郊の小さな町6選
        """,
    "zh": """
        7 | 晚上最好别吃的7种食物
        10 | 欧洲最美的10个城市
        5 | 清洁烤箱的5个小妙招
        """,
    "ko": """
        7 | 밤에 피해야 할 음식 7가지
        10 | 유럽에서 가장 아름다운 도시 10곳
        5 | 오븐 청소 꿀팁 5가지
        """,
    "ar": """
        7 | 7 أطعمة يجب تجنبها في المساء
        10 | أجمل 10 مدن في أوروبا
        5 | 5 حيل لتنظيف الفرن
        """,
    "hi": """
        7 | रात में इन 7 चीजों को खाने से बचें
        10 | यूरोप के 10 सबसे खूबसूरत शहर
        """,
    "fa": """
        7 | ۷ خوراکی که نباید شب بخورید
        """,
    "el": """
        7 | 7 τροφές που πρέπει να αποφεύγετε το βράδυ
        10 | Οι 10 πιο όμορφες πόλεις της Ευρώπης
        """,
    "sv": """
        7 | 7 livsmedel du bör undvika på kvällen
        10 | Europas 10 vackraste städer
        """,
}

_THIRD_NEWS = {
    "en": """
        Retirement Age Rises to 67 in 5 Countries
        Storm Knocks Out Power to 30,000 Homes
        Police: 3 Teens Stole Car, Crashed Into Store
        2 Bodies Found in River Near Bridge
        Flood Warning Issued for 4 Counties
        Judge Gives 3 Defendants 10 Years Each
        Minister Names 4 New Ambassadors
        """,
    "es": """
        Sanidad confirma 3 nuevos casos de gripe aviar
        La Policía busca a 2 hombres por un atraco en Vigo
        Cortadas 4 carreteras por la nieve en León
        El Gobierno aprueba 7 medidas contra la inflación
        Condenados a 6 años los 3 autores del robo
        """,
    "pt": """
        Ministério confirma 3 novos casos de gripe aviária
        Polícia procura 2 homens por assalto em Recife
        Chuva fecha 4 estradas no Paraná
        Justiça condena 3 réus a 6 anos de prisão
        """,
    "fr": """
        Trois nouveaux cas de grippe aviaire confirmés
        La police recherche 2 hommes après un braquage
        Neige : 4 routes fermées en Savoie
        Trois prévenus condamnés à 6 ans de prison
        """,
    "de": """
        Drei neue Fälle von Vogelgrippe bestätigt
        Polizei sucht 2 Männer nach Überfall
        Schnee: 4 Straßen im Allgäu gesperrt
        Drei Angeklagte zu 6 Jahren Haft verurteilt
        """,
    "it": """
        Confermati 3 nuovi casi di influenza aviaria
        Neve, chiuse 4 strade in Trentino
        Condannati a 6 anni i 3 autori della rapina
        """,
    "nl": """
        Drie nieuwe gevallen van vogelgriep bevestigd
        Politie zoekt 2 mannen na overval
        Sneeuw: 4 wegen afgesloten in Limburg
        """,
    "pl": """
        Trzy nowe przypadki ptasiej grypy
        Policja szuka 2 mężczyzn po napadzie
        Śnieg: 4 drogi zamknięte na Podhalu
        """,
    "ru": """
        Подтверждены 3 новых случая птичьего гриппа
        Полиция ищет 2 мужчин после ограбления
        Из-за снега закрыты 4 дороги
        """,
    "uk": """
        Підтверджено 3 нові випадки пташиного грипу
        Поліція шукає 2 чоловіків після пограбування
        """,
    "tr": """
        Kuş gribinde 3 yeni vaka
        Kar nedeniyle 4 yol kapandı
        """,
    "id": """
        3 Kasus Baru Flu Burung Terkonfirmasi
        Polisi Buru 2 Pria Pelaku Perampokan
        """,
    "vi": """
        Thêm 3 ca cúm gia cầm được xác nhận
        Công an truy tìm 2 đối tượng cướp tiệm vàng
        """,
    "ja": """
        鳥インフルエンザ、新たに3例確認
        大雪で道路4区間が通行止め
        """,
    "zh": """
        新增3例禽流感病例
        大雪致4条道路封闭
        """,
    "ko": """
        조류인플루엔자 3건 추가 확인
        폭설로 도로 4곳 통제
        """,
    "ar": """
        تسجيل 3 إصابات جديدة بإنفلونزا الطيور
        إغلاق 4 طرق بسبب الثلوج
        """,
    "hi": """
        बर्ड फ्लू के 3 नए मामले
        बर्फबारी से 4 सड़कें बंद
        """,
    "fa": """
        ۳ مورد جدید آنفلوانزای مرغی تأیید شد
        """,
    "el": """
        Τρία νέα κρούσματα γρίπης των πτηνών
        Κλειστοί 4 δρόμοι λόγω χιονιού
        """,
    "sv": """
        Tre nya fall av fågelinfluensa
        Fyra vägar stängda på grund av snö
        """,
}


# A fourth set for the languages the sets above hold fewest of: health and gadget lists, a
# collapse and arrests.
_FOURTH_LISTS = {
    "ar": """
        10 | 10 نصائح للحفاظ على صحة القلب
        5 | أفضل 5 هواتف في 2024
        7 | 7 عادات يومية تحسن مزاجك
        8 | 8 أسباب تجعلك تشعر بالتعب دائما
        6 | 6 وجهات سياحية رخيصة في آسيا
        """,
    "hi": """
        10 | दिल को स्वस्थ रखने के 10 टिप्स
        5 | 2024 के 5 सबसे अच्छे स्मार्टफोन
        7 | मूड अच्छा करने की 7 आदतें
        8 | हमेशा थकान रहने के 8 कारण
        """,
    "fa": """
        10 | ۱۰ نکته برای سلامت قلب
        5 | بهترین ۵ گوشی سال ۲۰۲۴
        7 | ۷ عادت روزانه برای حال بهتر
        8 | ۸ دلیل خستگی همیشگی
        """,
    "el": """
        10 | 10 συμβουλές για υγιή καρδιά
        5 | Τα 5 καλύτερα κινητά του 2024
        7 | 7 καθημερινές συνήθειες για καλύτερη διάθεση
        8 | 8 λόγοι που νιώθετε συνέχεια κούραση
        """,
    "sv": """
        10 | 10 tips för ett friskt hjärta
        5 | De 5 bästa mobilerna 2024
        7 | 7 vanor som gör dig gladare
        8 | 8 skäl till att du alltid är trött
        """,
    "vi": """
        10 | 10 mẹo giữ trái tim khỏe mạnh
        5 | 5 điện thoại tốt nhất năm 2024
        7 | 7 thói quen giúp cải thiện tâm trạng
        8 | 8 lý do khiến bạn luôn mệt mỏi
        """,
    "id": """
        10 | 10 Tips Menjaga Kesehatan Jantung
        5 | 5 HP Terbaik 2024
        7 | 7 Kebiasaan yang Bikin Mood Lebih Baik
        8 | 8 Penyebab Tubuh Selalu Lelah
        """,
    "tr": """
        10 | Kalp sağlığı için 10 öneri
        5 | 2024'ün en iyi 5 telefonu
        7 | Ruh halinizi iyileştirecek 7 alışkanlık
        8 | Sürekli yorgun hissetmenizin 8 nedeni
        """,
}

_FOURTH_NEWS = {
    "ar": """
        مصرع 5 أشخاص في انهيار مبنى
        الشرطة تعتقل 3 مشتبه بهم
        ارتفاع حصيلة الزلزال إلى 20 قتيلا
        """,
    "hi": """
        इमारत गिरने से 5 लोगों की मौत
        पुलिस ने 3 संदिग्धों को हिरासत में लिया
        """,
    "fa": """
        ریزش ساختمان ۵ کشته برجا گذاشت
        پلیس ۳ مظنون را بازداشت کرد
        """,
    "el": """
        Πέντε νεκροί από κατάρρευση κτιρίου
        Η αστυνομία συνέλαβε 3 υπόπτους
        """,
    "sv": """
        Fem döda när byggnad rasade
        Polisen har gripit 3 misstänkta
        """,
    "vi": """
        Sập nhà khiến 5 người chết
        Công an bắt 3 nghi phạm
        """,
    "id": """
        Gedung Ambruk, 5 Orang Tewas
        Polisi Tangkap 3 Tersangka
        """,
    "tr": """
        Bina çöktü: 5 kişi hayatını kaybetti
        Polis 3 şüpheliyi yakaladı
        """,
}


def _lists(blocks: dict[str, str]) -> list[tuple[str, str, str]]:
    out = []
    for lang, block in blocks.items():
        for line in block.strip().splitlines():
            count, headline = line.split("|", 1)
            out.append((lang, headline.strip(), count.strip()))
    return out


def _news(blocks: dict[str, str]) -> list[tuple[str, str]]:
    return [(lang, line.strip()) for lang, block in blocks.items() for line in block.strip().splitlines()]


LISTS = _lists(_LISTS) + _lists(_MORE_LISTS) + _lists(_THIRD_LISTS) + _lists(_FOURTH_LISTS)
NEWS = _news(_NEWS) + _news(_MORE_NEWS) + _news(_THIRD_NEWS) + _news(_FOURTH_NEWS)


# What every set (this one and promise5-7) asserts of its rows: a list's headline promises its
# count firmly ("5+" an at-least count), a news headline promises no firm list.
def assert_firm_promise(lang: str, headline: str, count: str) -> None:
    assert headline_promise(headline, lang) == (int(count.rstrip("+")), count.endswith("+"), True)


def assert_no_firm_promise(lang: str, headline: str) -> None:
    assert not firm(lang, headline)


def assert_new_set(number: int, lists: list[tuple[str, str, str]], news: list[tuple[str, str]], at_least: int) -> None:
    """Promise set ``number`` holds at least ``at_least`` headlines, none repeated, none from
    the sets before it (3 … number - 1): each set is written anew."""
    import importlib

    seen: set[str] = set()
    for earlier in range(3, number):
        module = importlib.import_module(f"test_listicle_promise{earlier}")
        for name in ("LISTS", "NEWS", "MORE_LISTS", "MORE_NEWS", "THIRD_LISTS", "THIRD_NEWS", "LEFT"):
            seen |= {h for _lang, h, *_rest in getattr(module, name, [])}
    mine = [h for _lang, h, _c in lists] + [h for _lang, h in news]
    assert len(mine) >= at_least and len(set(mine)) == len(mine) and not seen & set(mine)


def firm(lang: str, headline: str) -> bool:
    number, _at_least, is_firm = headline_promise(headline, lang)
    return number is not None and is_firm


@pytest.mark.parametrize(("lang", "headline", "count"), LISTS)
def test_a_list_headline_is_a_firm_promise_of_its_count(lang: str, headline: str, count: str) -> None:
    assert_firm_promise(lang, headline, count)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_a_news_headline_promises_no_firm_list(lang: str, headline: str) -> None:
    assert_no_firm_promise(lang, headline)


# Lists the wave-1 rules did not read as firm (xfail there), read in wave 2 by general cues:
# a plain noun in lower case after Polish "do" (its purpose, unless vehicles or crews are
# sent to it or it is a court or hospital: see PL_MOVERS); "points" as an explainer's key
# points (a word of importance or novelty by them, or "in N points" after a verb of
# explaining), not a sport tally (no verb of winning or losing them); a soft section's label
# before the count, or adjectives praising what is counted; Persian "شهر" (city, Arabic's
# month) and its ezafe adjective.
LEFT = [
    ("pl", "6 kosmetyków do cery suchej", 6),
    ("id", "6 Poin Penting Revisi UU Pajak", 6),
    ("vi", "6 điểm mới của luật thuế", 6),
    ("ar", "6 نقاط رئيسية في قانون الضرائب الجديد", 6),
    ("pt", "Entenda em 8 pontos a reforma tributária", 8),
    ("es", "Viajes: 6 pueblos con encanto cerca de Madrid", 6),
    ("pt", "Viagem: 6 cidades charmosas perto de São Paulo", 6),
    ("fr", "Voyage : 6 villages de charme près de Paris", 6),
    ("de", "Reise: 6 charmante Dörfer rund um München", 6),
    ("nl", "Reizen: 6 charmante dorpjes in Limburg", 6),
    ("pl", "Podróże: 6 urokliwych miasteczek na Mazurach", 6),
    ("ru", "Путешествия: 6 уютных городков Подмосковья", 6),
    ("id", "6 Desa Wisata Cantik di Dekat Yogyakarta", 6),
    ("fa", "۱۰ شهر زیبای اروپا", 10),
]


@pytest.mark.parametrize(("lang", "headline", "count"), LEFT)
def test_lists_left_in_wave_one_are_read(lang: str, headline: str, count: int) -> None:
    assert headline_promise(headline, lang) == (count, False, True)


def test_the_sets_are_written_for_this_round() -> None:
    # 600 and more headlines in 21 languages, none repeated, none from the earlier sets.
    import test_listicle_promise3 as earlier

    seen = {h for _lang, h, *_rest in earlier.LISTS + earlier.MORE_LISTS + earlier.NEWS + earlier.MORE_NEWS
            + earlier.THIRD_LISTS + earlier.THIRD_NEWS}
    mine = [h for _lang, h, _c in LISTS] + [h for _lang, h in NEWS]
    assert len(mine) + len(LEFT) >= 600 and len(set(mine)) == len(mine) and not seen & set(mine)
    assert len({lang for lang, _h, _c in LISTS}) >= 21


# ---------------------------------------------------------------- each rule, both ways

@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("pl", "9 książek do przeczytania w wakacje", True),  # "do" + a verbal noun: to read
    ("pl", "5 karetek do wypadku na obwodnicy", False),  # "do" + where they were sent
    ("pl", "12 pomysłów na prezent dla taty", True),  # "na" + accusative: for a present
    ("ru", "6 блюд на праздничный стол", True),
    ("ru", "4 машины на трассе под Тверью", False),  # "на" + locative: on the road
    ("uk", "12 рецептів на Новий рік", True),
])
def test_polish_do_and_slavic_na_are_for_only_by_the_case_after_them(lang: str, headline: str, firm: bool) -> None:
    assert headline_promise(headline, lang)[2] is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("es", "Los 4 candidatos a la alcaldía debaten esta noche", False),
    ("es", "Los 7 errores que cometemos al hacer la compra", True),  # the relative comes first
    ("it", "I 4 candidati si sfidano in tv", False),
    ("it", "I 7 borghi più belli della Liguria", True),
    ("de", "Die 3 Angeklagten schweigen vor Gericht", False),
    ("de", "Die 7 wichtigsten Fragen zum neuen Gesetz", True),
    ("de", "Drei Firmen müssen Millionenstrafe zahlen", False),
    ("de", "12 Restaurants in München, die sich lohnen", True),
    ("nl", "De 3 verdachten ontkennen alles", False),
    ("nl", "De 7 meest gemaakte fouten bij het sparen", True),
    ("el", "Οι 3 κατηγορούμενοι αρνούνται τις κατηγορίες", False),
    ("el", "Οι 6 πιο όμορφες παραλίες της Κρήτης", True),
    ("sv", "De 3 åtalade nekar till brott", False),
    ("sv", "De 10 bästa restaurangerna i Stockholm", True),
])
def test_an_article_before_a_count_whose_noun_has_a_verb_is_open(lang: str, headline: str, firm: bool) -> None:
    assert headline_promise(headline, lang)[2] is firm


@pytest.mark.parametrize(("headline", "firm"), [
    ("4 Companies to Pay $1M Fine Over Price Fixing", False),
    ("4 Companies to Watch in 2025", True),
    ("3 Players to Miss World Cup Qualifier", False),
    ("6 Players to Watch at the World Cup", True),
    ("10 People to Follow on Instagram", True),
])
def test_people_or_firms_to_act_are_news_to_watch_a_list(headline: str, firm: bool) -> None:
    assert headline_promise(headline, "en")[2] is firm


@pytest.mark.parametrize(("headline", "promise"), [
    ("10 Downing Street Responds to Leaked Memo", (10, False, False)),  # a house number: the body decides
    ("221 Baker Street Museum Reopens", (221, False, False)),
    ("Seven Wonders of the Modern World", (7, False, False)),  # a series' name: the body decides
    ("7 Street Foods You Have to Try in Bangkok", (7, False, True)),  # a street word right after: a count
    ("7 Amazing Street Foods in Bangkok", (7, False, True)),  # a list's adjective: no street's name
    ("10 Epic Road Trips Across America", (10, False, True)),
])
def test_an_address_and_a_named_set_are_open(headline: str, promise: tuple[int | None, bool, bool]) -> None:
    assert headline_promise(headline, "en") == promise


# Lists the new rules must leave firm: a participle or adverb after the counted noun, a
# stranded preposition after a guide's infinitive, novelties and keys of a speech.
KEPT_LISTS = [
    ("es", "Los 10 jugadores mejor pagados del mundo", 10), ("pt", "Os 10 filmes mais assistidos da semana", 10),
    ("es", "Las 10 series que arrasan en Netflix", 10), ("es", "Los 12 restaurantes de Madrid con estrella Michelin", 12),
    ("it", "I 7 vini italiani più venduti", 7), ("it", "I 10 piatti tipici della cucina romana", 10),
    ("fr", "Les 10 films qui ont marqué l'année", 10), ("fr", "Les 5 séries événement de la rentrée", 5),
    ("de", "Die 10 Hotels direkt am Meer", 10), ("de", "Fünf Serien neu auf Netflix", 5),
    ("de", "Die 10 Länder mit der höchsten Lebenserwartung", 10), ("de", "10 Orte zum Entspannen in Berlin", 10),
    ("nl", "De 10 hotels vlak bij zee", 10), ("en", "5 States to Retire In", 5), ("en", "10 Cities to Live In", 10),
    ("en", "5 Companies to Work For in 2025", 5), ("el", "Τα 5 βιβλία του καλοκαιριού", 5),
    ("el", "Οι 10 ταινίες της χρονιάς", 10), ("sv", "De 10 bästa böckerna just nu", 10),
    ("es", "Las 5 claves del discurso de Sánchez", 5), ("it", "Le 5 novità del nuovo iPhone", 5),
    ("fr", "Les 7 nouveautés de macOS", 7), ("pt", "As 10 novidades do WhatsApp", 10),
    ("de", "Die 5 Neuerungen bei WhatsApp", 5),
]


@pytest.mark.parametrize(("lang", "headline", "count"), KEPT_LISTS)
def test_lists_the_new_news_rules_leave_firm(lang: str, headline: str, count: int) -> None:
    assert headline_promise(headline, lang) == (count, False, True)


def test_dutch_and_is_not_spanish_in() -> None:
    # "en" joined two counts as Dutch "and" ("3 doden en 5 gewonden"); in Spanish it is "in".
    assert headline_promise("8 destinos baratos para viajar en 2025", "es") == (8, False, True)
    assert headline_promise("3 huizen en 2 schuren verwoest door storm", "nl")[2] is False


# ---------------------------------------------------------------- LS006 where words are not spaced

@pytest.mark.parametrize(("lang", "headline", "noun"), [
    ("ja", "睡眠の質を上げる7つの方法", "方法"),
    ("ja", "失敗しない引っ越しの8つのコツ", "コツ"),
    ("ja", "東京で行きたいカフェ10選", "カフェ"),  # the count closes the headline: the noun before it
    ("zh", "提高睡眠质量的7个方法", "方法"),
    ("zh", "5个让你更健康的习惯", "习惯"),  # a Chinese run ends with its noun
    ("zh", "十大必去旅游城市", "城市"),
    ("ko", "잠 잘 오는 7가지 방법", "방법"),
    ("ko", "건강에 좋은 음식 6가지", "음식"),
    ("ko", "서울 데이트 코스 추천 10곳", "코스"),  # "추천" (recommended) is no noun of the list
])
def test_the_noun_an_unspaced_headline_counts(lang: str, headline: str, noun: str) -> None:
    from auditor.structure.facts import unspaced_noun

    assert unspaced_noun(headline, headline_promise(headline, lang)[0], lang) == noun


_FILLER = {"ja": "これは説明の文章です。" * 12, "zh": "这是一段说明文字。" * 12, "ko": "이것은 설명하는 문장입니다. " * 12}


def _cjk_page(lang: str, headline: str, intro: str, items: int = 7) -> list[str]:
    from test_languages_fa_ur_bn import audited

    body = "".join(f"<h2>{n}. 項目{n}</h2><p>{_FILLER[lang]}</p>" for n in range(1, items + 1))
    result = audited(headline, f"<p>{intro}</p>" + body, lang)
    return [f.excerpt for f in result.findings if f.rule == "LS006"]


@pytest.mark.parametrize(("lang", "headline", "intro", "said"), [
    ("ja", "睡眠の質を上げる7つの方法", "この記事では睡眠の質を上げる5つの方法を紹介します。", ["5つの方法"]),
    ("ja", "睡眠の質を上げる7つの方法", "この記事では睡眠の質を上げる五つの簡単な方法を紹介します。", ["五つの簡単な方法"]),
    ("ja", "東京で行きたいカフェ7選", "東京のカフェ5選をまとめました。どれも人気のお店です。", ["カフェ5選"]),
    ("zh", "提高睡眠质量的7个方法", "本文介绍提高睡眠质量的5个简单方法，每天坚持就能看到效果。", ["5个简单方法"]),
    ("ko", "잠 잘 오는 7가지 방법", "이 글에서는 잠이 잘 오는 다섯 가지 방법을 소개합니다.", ["다섯 가지 방법"]),
    ("ko", "잠 잘 오는 7가지 방법", "이 글에서는 잠이 잘 오는 5가지 쉬운 방법을 소개합니다.", ["5가지 쉬운 방법"]),
    # the list's own count, a unit after the counter, another noun: nothing to tell
    ("ja", "睡眠の質を上げる7つの方法", "この記事では睡眠の質を上げる7つの方法を紹介します。", []),
    ("zh", "提高睡眠质量的7个方法", "坚持3个月的方法最有效，下面是具体做法。", []),
    ("ja", "睡眠の質を上げる7つの方法", "3つのポイントを押さえて読んでください。", []),
])
def test_ls006_reads_a_count_glued_to_its_counter(lang: str, headline: str, intro: str, said: list[str]) -> None:
    # No noun was read after an unspaced count (no space after the digits), so LS006 told nothing.
    assert _cjk_page(lang, headline, intro) == said



# News the new "for" and relative readings must leave open: money, months and millions
# before the preposition ("3 mln zł na remont", "5 млн рублей на ремонт", "3 μήνες φυλάκιση
# για κλοπή"), a past verb after it ("3 автобуса на Казань отменили", "…που συγκρούστηκαν").
KEPT_NEWS = [
    ('pl', '2 miliardy na obronność'),
    ('pl', '3 mln zł na remont szkoły'),
    ('pl', '10 milionów złotych na drogi'),
    ('pl', '5 tysięcy złotych na dziecko'),
    ('ru', '5 млн рублей на ремонт школы'),
    ('ru', '3 миллиарда на дороги'),
    ('ru', '5 поездов на Москву отменены'),
    ('ru', '10 заявок на участие в конкурсе'),
    ('uk', '2 мільйони на ремонт доріг'),
    ('el', '3 μήνες φυλάκιση για κλοπή'),
    ('el', 'Δύο αυτοκίνητα που συγκρούστηκαν στην Εθνική'),
    ('el', '2 εκατ. ευρώ για την ανακαίνιση'),
    ('sv', '3 år för mord på granne'),
    ('sv', 'Två bilar som krockade på E4'),
    ('sv', '5 miljoner för ny skola'),
    ('sv', 'Tre veckor att rädda klimatet'),
    ('sv', '2 bussar som brann i natt'),
    ('pl', '3 samochody do kasacji po zderzeniu'),
    ('pl', 'Dwa pociągi do Gdańska odwołane'),
    ('ru', '3 автобуса на Казань отменили'),
    ('de', 'Die 3 Verletzten sind außer Lebensgefahr'),
    ('es', 'Los 33 mineros rescatados celebran en Copiapó'),
    ('it', 'I 5 ragazzi dispersi ritrovati'),
    ('fr', 'Les 2 alpinistes disparus retrouvés sains et saufs'),
]


# The leaders, superlatives and participles added in the third set, against news: crews and
# fines at a place, a question whose noun has its own verb ("Quels 3 candidats restent…"),
# "new" things for someone ("Δύο νέα μέτρα για…"), Swedish "för att" (in order to), the
# hardest-hit areas ("가장 큰 피해…").
KEPT_NEWS += [
    ('pl', '5 wozów strażackich na miejscu pożaru'),
    ('pl', '3 karetki na sygnale jechały do wypadku'),
    ('pl', '12 mandatów na jednej ulicy w ciągu godziny'),
    ('pl', 'Zobacz 5 zdjęć z miejsca wypadku'),
    ('ru', '5 человек на борту разбившегося самолёта'),
    ('ru', '3 машины на обочине сгорели ночью'),
    ('ru', '2 новых кандидата на пост мэра'),
    ('ru', 'Какие 3 закона вступают в силу в январе'),
    ('uk', '3 нові закони на розгляді Ради'),
    ('uk', '5 бригад на місці аварії'),
    ('el', '3 συλλήψεις για διακίνηση ναρκωτικών'),
    ('el', 'Δύο νέα μέτρα για τους συνταξιούχους'),
    ('el', '5 υποψήφιοι για τη θέση του δημάρχου'),
    ('sv', '3 gripna för rån i Göteborg'),
    ('sv', 'Två förslag för att minska köerna'),
    ('sv', 'Sveriges 3 största banker höjer räntan'),
    ('sv', 'Fem nya fall att utreda för polisen'),
    ('tr', 'Yarın açılacak 3 köprü'),
    ('tr', 'İzlenecek 5 maç bu akşam'),
    ('fr', 'Quels 3 candidats restent en lice ?'),
    ('es', '¿Qué 5 equipos jugarán la final?'),
    ('de', 'Welche 3 Parteien regieren künftig?'),
    ('nl', 'Welke 4 partijen gaan samen regeren?'),
    ('en', 'What 3 Teams Must Do to Make the Playoffs'),
    ('en', 'Which 4 Senators Voted Against the Bill?'),
    ('ko', '가장 큰 피해를 입은 지역 3곳'),
]


@pytest.mark.parametrize(("lang", "headline"), KEPT_NEWS)
def test_news_the_new_list_rules_leave_open(lang: str, headline: str) -> None:
    number, _at_least, firm = headline_promise(headline, lang)
    assert number is None or not firm


# ---------------------------------------------------------------- on a page

@pytest.mark.parametrize(("lang", "headline"), NEWS + KEPT_NEWS)
def test_no_news_story_is_told_its_list_is_missing(lang: str, headline: str) -> None:
    # The contract, read end to end: a story of plain paragraphs under each news
    # headline gets no LS001-LS006 finding and no listicle verdict.
    from test_listicle_languages import assert_no_list_told_missing, story

    assert_no_list_told_missing(headline, story(), lang)


@pytest.mark.parametrize(("lang", "headline", "count"), [
    ("es", "Los 4 candidatos a la alcaldía debaten esta noche en televisión", 4),
    ("de", "Die 3 Angeklagten schweigen vor Gericht", 3),
    ("en", "4 Companies to Pay $1M Fine Over Price Fixing", 4),
    ("en", "Seven Wonders of the Modern World", 7),
])
def test_an_open_count_over_a_list_of_as_many_is_still_its_promise(lang: str, headline: str, count: int) -> None:
    # Open, not gone: over a numbered list of as many entries the count still holds.
    from test_listicle_languages import listicle_facts, numbered

    promised, found, verdict, _rules = listicle_facts(headline, numbered(count), lang)
    assert (promised, found, verdict) == (count, count, "kept")


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("fr", "Quels sont les 10 plus beaux villages d'Europe ?", True),  # the question a list answers
    ("en", "Which 5 Players Will Start on Sunday?", False),  # its own verb after the noun
    ("pl", "Poznaj 5 trików na czysty piekarnik", True),  # an imperative opening the list
    ("sv", "Europas 10 vackraste städer", True),  # Swedish "-aste"
    ("tr", "Kar nedeniyle 4 yol kapandı", False),  # "yol" is way and road: the past verb ends news
    ("tr", "Akşamları uzak durmanız gereken 7 yiyecek", True),  # "-ecek" makes nouns: no verb
    ("ar", "إغلاق 4 طرق بسبب الثلوج", False),  # "طرق" is ways and roads: "closure of" opens news
    ("ar", "7 طرق لتحسين النوم", True),
])
def test_questions_imperatives_and_homographs_read_by_the_clause(lang: str, headline: str, firm: bool) -> None:
    assert headline_promise(headline, lang)[2] is firm
