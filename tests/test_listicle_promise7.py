"""The headline's promise on headlines nobody here has seen (round 14): a seventh set, written
from each language's newsroom and magazine habits (not from any page or fixture set), in the
languages the earlier sets cover least (Vietnamese, Thai, Indonesian and Malay, Tagalog,
Swahili, Turkish, Urdu, Persian, Korean, Japanese, Chinese, Arabic, Hebrew, Romanian, Czech,
Slovak, Croatian, Serbian, Bulgarian, Ukrainian, Catalan, Brazilian Portuguese and Latin
American Spanish): lists, and news with a count (casualties, arrests, votes, scores, money,
"2 more die"), and the shapes the sixth set left read wrong.

Each language block is one headline a line; a list's line is "count | headline".
``headline_promise`` gives (count, "at least", firm)."""

from __future__ import annotations

import pytest

from auditor.structure.numbers import headline_promise
from test_listicle_promise4 import _lists, _news  # the same "count|headline" blocks

_LISTS = {
    "vi": """
        7 | 7 cách giảm căng thẳng sau giờ làm việc
        10 | 10 món ăn đường phố nổi tiếng ở Hà Nội
        5 | 5 thói quen buổi sáng giúp bạn khỏe mạnh hơn
        8 | Top 8 bãi biển đẹp nhất Việt Nam
        6 | 6 sai lầm khi giặt quần áo
        9 | 9 địa điểm check-in đẹp ở Đà Lạt
        7 | Du lịch: 7 điểm đến lý tưởng cho mùa hè
        5 | Ẩm thực: 5 món ngon phải thử ở Huế
        6 | Làm đẹp: 6 bí quyết chăm sóc da mùa đông
        10 | 10 cuốn sách nên đọc một lần trong đời
        4 | 4 lợi ích bất ngờ của trà xanh
        12 | 12 quán cà phê view đẹp ở Sài Gòn
        """,
    "th": """
        10 | 10 ที่เที่ยวเชียงใหม่ หน้าฝน
        7 | 7 วิธีลดความเครียดหลังเลิกงาน
        5 | 5 เมนูอาหารเช้าทำง่าย
        8 | 8 ร้านกาแฟน่านั่งในกรุงเทพ
        6 | 6 เคล็ดลับดูแลผิวหน้าหนาว
        9 | 9 หนังน่าดูประจำเดือนนี้
        5 | 5 นิสัยของคนประสบความสำเร็จ
        """,
    "id": """
        7 | 7 Cara Menghemat Uang Belanja Bulanan
        10 | 10 Tempat Wisata di Yogyakarta yang Wajib Dikunjungi
        5 | 5 Manfaat Minum Air Putih di Pagi Hari
        8 | 8 Rekomendasi Film Horor Terbaru
        6 | 6 Makanan yang Baik untuk Penderita Diabetes
        9 | 9 Tanda Kamu Kurang Tidur
        12 | 12 Kuliner Khas Medan yang Bikin Nagih
        4 | Inilah 4 Kebiasaan Orang Jepang yang Bikin Panjang Umur
        """,
    "ms": """
        7 | 7 Cara Jimat Duit Setiap Bulan
        10 | 10 Tempat Menarik di Pulau Pinang
        5 | 5 Tips Kekal Sihat Semasa Berpuasa
        8 | 8 Makanan Sedap di Kuala Lumpur
        """,
    "tl": """
        10 | 10 paraan para makatipid sa kuryente
        5 | 5 bagay na dapat mong malaman bago mag-abroad
        7 | 7 pagkaing Pinoy na dapat subukan ng mga turista
        8 | 8 tips para sa malusog na pamumuhay
        6 | 6 dahilan kung bakit dapat kang mag-ehersisyo
        """,
    "sw": """
        5 | Njia 5 za kupunguza uzito haraka
        10 | Mambo 10 ya kufahamu kabla ya kusafiri
        7 | Sababu 7 kwa nini unapaswa kunywa maji mengi
        6 | Vidokezo 6 vya kulala vizuri
        8 | Vyakula 8 vinavyoongeza kinga ya mwili
        """,
    "tr": """
        10 | İstanbul'da mutlaka görmeniz gereken 10 yer
        7 | Daha iyi uyumak için 7 öneri
        5 | Cildinizi koruyacak 5 doğal maske
        8 | En güzel 8 sahil kasabası
        6 | Evde kolayca yapabileceğiniz 6 tatlı tarifi
        10 | 2024'ün en iyi 10 dizisi
        9 | Kış aylarında bağışıklığı güçlendiren 9 besin
        5 | Kahve içmenin 5 faydası
        """,
    "ur": """
        7 | وزن کم کرنے کے 7 آسان طریقے
        10 | پاکستان کے 10 خوبصورت سیاحتی مقامات
        5 | 5 عادتیں جو آپ کی زندگی بدل دیں گی
        6 | اچھی نیند کے لیے 6 مشورے
        8 | 8 غلطیاں جو ہم روزانہ کرتے ہیں
        """,
    "fa": """
        10 | ۱۰ غذای مفید برای سلامت قلب
        7 | ۷ راه برای افزایش تمرکز
        5 | ۵ کتابی که باید قبل از سی سالگی بخوانید
        8 | ۸ جاذبه دیدنی شیراز
        6 | ۶ اشتباه رایج در تربیت کودک
        """,
    "ko": """
        10 | 가을에 가볼 만한 여행지 10곳
        7 | 숙면을 위한 7가지 습관
        5 | 5가지 다이어트 실수
        8 | 서울 데이트 코스 추천 8곳
        6 | 꼭 읽어야 할 책 6권
        """,
    "ja": """
        7 | 朝の習慣を変える7つの方法
        10 | 京都で行きたいカフェ10選
        5 | 知っておきたい5つのマナー
        6 | 失敗しない6つのコツ
        """,
    "zh": """
        10 | 10个提高效率的方法
        7 | 北京必去的7个景点
        5 | 5种让你睡得更好的食物
        8 | 8款值得入手的蓝牙耳机
        6 | 减肥期间要避免的6个错误
        """,
    "ar": """
        10 | 10 أماكن سياحية في إسطنبول يجب زيارتها
        7 | 7 عادات صباحية للنجاح
        5 | 5 أطعمة تساعد على النوم
        8 | أفضل 8 هواتف ذكية لعام 2024
        6 | 6 أخطاء شائعة في تربية الأطفال
        9 | 9 نصائح للحفاظ على صحة القلب
        """,
    "he": """
        7 | 7 דרכים לחסוך בחשבון החשמל
        10 | 10 המקומות הכי יפים בגליל
        5 | 5 ספרים שכדאי לקרוא בקיץ
        8 | 8 טעויות נפוצות בהורות
        6 | 6 טיפים לשינה טובה יותר
        9 | 9 מסעדות מומלצות בתל אביב
        """,
    "ro": """
        10 | 10 locuri de vizitat în Transilvania
        7 | 7 sfaturi pentru un somn mai bun
        8 | 8 greșeli pe care le faci la dietă
        6 | 6 rețete rapide pentru cină
        9 | 9 lucruri pe care nu le știai despre cafea
        """,
    "cs": """
        7 | 7 tipů, jak lépe spát
        10 | 10 nejkrásnějších hradů v Česku
        5 | 5 důvodů, proč navštívit Brno
        8 | 8 chyb, které děláte při vaření
        6 | 6 receptů na rychlou večeři
        """,
    "sk": """
        10 | 10 najkrajších miest na Slovensku
        7 | 7 tipov, ako ušetriť na energiách
        5 | 5 dôvodov, prečo cestovať vlakom
        8 | 8 chýb, ktoré robíte pri chudnutí
        """,
    "hr": """
        10 | 10 najljepših plaža u Dalmaciji
        7 | 7 savjeta za bolji san
        5 | 5 razloga zašto posjetiti Zagreb
        8 | 8 grešaka koje radite u kuhinji
        6 | 6 recepata za brzu večeru
        """,
    "sr": """
        10 | 10 најлепших места у Србији
        7 | 7 савета за бољи сан
        5 | 5 разлога зашто треба да посетите Нови Сад
        """,
    "bg": """
        10 | 10 места, които трябва да посетите в България
        7 | 7 съвета за по-добър сън
        5 | 5 причини да пиете зелен чай
        8 | 8 грешки, които правим всеки ден
        """,
    "uk": """
        10 | 10 найкрасивіших місць Карпат
        7 | 7 порад, як краще спати
        5 | 5 книжок, які варто прочитати цього літа
        8 | 8 помилок, яких припускаються батьки
        """,
    "ca": """
        10 | 10 llocs per visitar a Girona
        7 | 7 consells per dormir millor
        5 | Els 5 millors restaurants de Barcelona
        8 | 8 coses que no sabies sobre Gaudí
        6 | 6 receptes fàcils per a l'estiu
        """,
    "pt": """
        10 | 10 lugares imperdíveis em Salvador
        7 | 7 receitas de bolo para o café da tarde
        5 | 5 séries brasileiras para maratonar
        8 | 8 dicas para economizar no supermercado
        6 | Confira 6 filmes que estreiam nesta semana
        9 | 9 hábitos que ajudam a viver mais
        """,
    "es": """
        10 | 10 lugares para visitar en Oaxaca
        7 | 7 platillos típicos de Perú que debes probar
        5 | 5 consejos para ahorrar en la quincena
        8 | Las 8 mejores playas de Colombia
        6 | 6 series mexicanas para ver en Netflix
        """,
    "nl": """
        5 | Deze 5 boeken moet je deze zomer lezen
        4 | Deze 4 musea in Amsterdam zijn een bezoek waard
        """,
    "hu": """
        5 | 5 budapesti étterem, ahol érdemes enni
        """,
    "de": """
        3 | Die 3 größten Fehler beim Grillen
        """,
    "hi": """
        5 | देश के 5 सबसे बड़े मॉल
        """,
    "bn": """
        5 | ঢাকার ৫টি সেরা রেস্তোরাঁ
        """,
}

_NEWS = {
    "vi": """
        3 người chết trong vụ cháy nhà ở Hà Nội
        2 học sinh đuối nước khi tắm sông
        5 người bị bắt vì buôn lậu gỗ
        4 ô tô đâm liên hoàn trên cao tốc
        Việt Nam thắng Thái Lan 3-0
        7 tỉnh miền Trung bị ảnh hưởng bởi bão số 5
        2 tàu cá mất liên lạc trên biển
        6 bệnh viện quá tải vì sốt xuất huyết
        Thêm 2 người tử vong do sốt xuất huyết
        Giao thông: 3 xe tải lật trên đèo
        """,
    "th": """
        3 คน เสียชีวิต เหตุไฟไหม้โรงงาน
        ตำรวจจับ 4 ผู้ต้องหา ค้ายาเสพติด
        ไทยชนะเวียดนาม 2-1
        7 โรงเรียน ปิดชั่วคราว หลังพายุ
        """,
    "id": """
        3 Orang Tewas dalam Kecelakaan Bus di Tol Cipali
        2 Pelaku Begal Ditangkap Polisi
        5 Rumah Hanyut Diterjang Banjir Bandang
        Persib Kalahkan Persija 2-1
        4 Kecamatan di Bekasi Terendam Banjir
        6 Pendaki Hilang di Gunung Semeru
        7 Kapal Nelayan Tenggelam di Perairan Natuna
        2 Pesawat Batal Mendarat karena Cuaca Buruk
        """,
    "ms": """
        3 Maut Dalam Kemalangan di Lebuhraya PLUS
        5 Individu Ditahan Bantu Siasatan
        2 Lagi Maut Akibat Denggi
        4 Rumah Musnah Dalam Kebakaran
        """,
    "tl": """
        3 patay sa sunog sa Tondo
        5 sugatan sa banggaan ng jeep at bus
        2 arestado sa buy-bust operation
        4 na bayan sa Cagayan, lubog sa baha
        Ginebra, wagi kontra Magnolia 98-95
        7 estudyante, nalason sa kinaing pagkain
        """,
    "sw": """
        Watu 5 wafariki dunia katika ajali ya barabarani
        Wanafunzi 3 wakamatwa kwa wizi wa mitihani
        Simba yaichapa Yanga 2-0
        Nyumba 20 zaharibiwa na mafuriko Kilosa
        """,
    "tr": """
        Kazada 3 kişi hayatını kaybetti
        5 şüpheli gözaltına alındı
        Fenerbahçe, Galatasaray'ı 3-1 yendi
        Depremde 2 bina çöktü
        İzmir'de 4 ev yandı
        2 işçi iskeleden düşerek yaralandı
        Kar nedeniyle 12 köy yolu ulaşıma kapandı
        7 ilde okullar tatil edildi
        """,
    "ur": """
        کراچی میں فائرنگ سے 3 افراد جاں بحق
        ٹریفک حادثے میں 5 افراد زخمی
        پولیس نے 4 ملزمان کو گرفتار کر لیا
        پاکستان نے بھارت کو 5 وکٹوں سے شکست دے دی
        6 اضلاع میں سیلاب کا خطرہ
        """,
    "fa": """
        ۳ کشته در تصادف جاده‌ای
        ۵ نفر در آتش‌سوزی مصدوم شدند
        ۴ متهم دستگیر شدند
        ۲ کارگر در ریزش معدن جان باختند
        """,
    "ko": """
        화재로 3명 사망
        교통사고로 5명 부상
        손흥민 2골…토트넘 3-1 승리
        태풍으로 7개 학교 휴교
        """,
    "ja": """
        住宅火災で3人死亡
        高速道路で5台が絡む事故
        大谷が2本塁打 ドジャース5連勝
        3つの台風が同時に発生
        """,
    "zh": """
        广东一工厂起火 3人死亡
        高速公路连环相撞 5人受伤
        警方抓获4名犯罪嫌疑人
        国足2比0战胜泰国
        暴雨致6个乡镇停电
        """,
    "ar": """
        مقتل 3 أشخاص في انفجار ببغداد
        إصابة 5 أشخاص في حادث سير
        الهلال يفوز على النصر 3-1
        7 قتلى في قصف على غزة
        اعتقال 4 مشتبه بهم في عملية سطو
        """,
    "he": """
        3 הרוגים בתאונת דרכים בכביש 6
        2 פצועים בפיגוע דקירה בירושלים
        5 חשודים נעצרו בחשד לשוחד
        4 בתים נשרפו בשריפה בכרמל
        """,
    "ro": """
        3 morți într-un accident pe DN1
        5 persoane rănite în urma unei explozii
        2 suspecți reținuți de poliție
        FCSB a învins CFR Cluj cu 2-1
        4 școli închise din cauza gripei
        """,
    "cs": """
        3 mrtví po nehodě autobusu na D1
        Policie zadržela 4 podezřelé
        Sparta porazila Slavii 2:1
        5 lidí zraněno při výbuchu plynu
        2 nemocnice omezily provoz
        """,
    "sk": """
        3 mŕtvi po zrážke vlaku s autom
        Polícia zadržala 5 podozrivých
        2 ľudia zranení pri požiari bytu
        Slovan zdolal Trnavu 3:0
        """,
    "hr": """
        3 mrtva u prometnoj nesreći kod Splita
        5 ozlijeđenih u eksploziji plina
        Dinamo pobijedio Hajduk 2:1
        4 kuće izgorjele u požaru
        """,
    "sr": """
        3 погинула у саобраћајној несрећи
        Ухапшено 5 особа због шверца
        2 особе повређене у пожару
        """,
    "bg": """
        3 загинали при катастрофа край Пловдив
        5 души пострадаха при пожар
        Задържаха 4 души за кражба
        2 села без ток след бурята
        """,
    "uk": """
        Внаслідок обстрілу загинули 3 людини
        5 людей поранено під час атаки дронів
        Шахтар переміг Динамо 2:1
        4 будинки пошкоджено через вибух
        """,
    "ca": """
        3 morts en un accident a l'AP-7
        5 ferits en un incendi a Badalona
        Els Mossos detenen 4 persones per robatori
        2 escoles tancades per la calor
        """,
    "pt": """
        3 pessoas morrem em acidente na BR-116
        Operação prende 5 suspeitos de tráfico
        Flamengo vence o Palmeiras por 2 a 1
        4 escolas ficam sem aula após temporal
        """,
    "es": """
        3 muertos en balacera en Culiacán
        Detienen a 5 presuntos integrantes de una banda
        América vence 2-1 a Chivas en el Clásico
        4 estados en alerta por lluvias intensas
        6 escuelas sin clases por el paro magisterial
        """,
    "nl": """
        Deze 4 musea gaan dicht
        Deze 3 supermarkten sluiten hun deuren
        """,
    "hu": """
        5 budapesti étterem bezár
        A 3 legnagyobb áruház bezár
        """,
    "de": """
        Die 3 größten Flughäfen dicht
        """,
    "hi": """
        देश के 5 सबसे बड़े मॉल बंद
        """,
    "bn": """
        ঢাকায় ৫টি বাস পুড়ল
        """,
}

LISTS = _lists(_LISTS)
NEWS = _news(_NEWS)


@pytest.mark.parametrize(("lang", "headline", "count"), LISTS)
def test_a_list_headline_is_a_firm_promise_of_its_count(lang: str, headline: str, count: str) -> None:
    assert headline_promise(headline, lang) == (int(count.rstrip("+")), count.endswith("+"), True)


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_a_news_headline_promises_no_firm_list(lang: str, headline: str) -> None:
    number, _at_least, firm = headline_promise(headline, lang)
    assert number is None or not firm


@pytest.mark.parametrize(("lang", "headline"), NEWS)
def test_no_news_story_is_told_its_list_is_missing(lang: str, headline: str) -> None:
    from test_listicle_languages import assert_no_list_told_missing, story

    assert_no_list_told_missing(headline, story(), lang)
