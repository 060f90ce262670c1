"""The headline's promise on headlines nobody here has seen (round 14): a seventh set, written
from each language's newsroom and magazine habits (not from any page or fixture set), in the
languages the earlier sets cover least (Vietnamese, Thai, Indonesian and Malay, Tagalog,
Swahili, Turkish, Urdu, Persian, Korean, Japanese, Chinese, Arabic, Hebrew, Romanian, Czech,
Slovak, Croatian, Serbian, Bulgarian, Ukrainian, Catalan, Brazilian Portuguese and Latin
American Spanish): lists, and news with a count (casualties, arrests, votes, scores, money,
ages, "2 more die"), and the shapes the sixth set left read wrong: places counted as they
close after a determiner or a superlative (Dutch "Deze 4 musea gaan dicht", Hungarian "…
áruház bezár", German "Die 3 größten Flughäfen dicht", Hindi bare "बंद"), Bengali's plain
past, Vietnamese section labels of two syllables ("Du lịch: 7 điểm đến…"). Then each new
cue both ways: the list it makes firm beside the news it must leave open.

Each language block is one headline a line; a list's line is "count | headline".
``headline_promise`` gives (count, "at least", firm)."""

from __future__ import annotations

import pytest

from auditor.structure.numbers import headline_promise
from test_listicle_promise4 import (  # the same "count|headline" blocks and assertions
    _lists, _news, assert_firm_promise, assert_new_set, assert_no_firm_promise, firm as _firm)

_LISTS = {
    "vi": """
        7 | 7 cách giảm căng thẳng sau giờ làm việc
        10 | 10 món ăn đường phố nổi tiếng ở Hà Nội
        5 | 5 thói quen buổi sáng giúp bạn khỏe mạnh hơn
        8 | Top 8 bãi biển đẹp nhất Việt Nam
        6 | 6 sai lầm khi nấu cơm bằng nồi điện
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
        9 | 9 หนังสือน่าอ่านช่วงปีใหม่
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
        7 | Stresle başa çıkmak için 7 öneri
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
        6 | 6 أخطاء شائعة عند غسل الملابس
        9 | 9 نصائح للحفاظ على صحة القلب
        """,
    "he": """
        7 | 7 דרכים לחסוך בקניות בסופר
        10 | 10 המקומות הכי יפים בגליל
        5 | 5 ספרים שכדאי לקרוא בקיץ
        8 | 8 טעויות נפוצות בהורות
        6 | 6 טיפים לשינה טובה יותר
        9 | 9 מסעדות מומלצות בתל אביב
        """,
    "ro": """
        10 | 10 locuri de vizitat în Transilvania
        7 | 7 sfaturi pentru o vacanță ieftină la munte
        8 | 8 greșeli pe care le faci la dietă
        6 | 6 rețete rapide pentru cină
        9 | 9 lucruri pe care nu le știai despre cafea
        """,
    "cs": """
        7 | 7 tipů, jak ušetřit za energie
        10 | 10 nejkrásnějších rozhleden v Česku
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
        Otobüs kazasında 3 yolcu hayatını kaybetti
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
        ۳ کشته در واژگونی اتوبوس
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
        2 פצועים קשה בתאונה בצפון
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
        Corinthians vence o Santos por 3 a 0 no Itaquerão
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

_MORE_LISTS = {
    "vi": """
        7 | Du lịch: 7 hòn đảo hoang sơ ở Kiên Giang
        6 | Ẩm thực: 6 đặc sản Tây Bắc nên thử
        8 | Thời trang: 8 xu hướng hè 2024
        7 | 7 địa điểm du lịch hấp dẫn ở Đà Nẵng
        """,
    "ca": """
        10 | Els 10 millors plats de la cuina catalana
        10 | Les 10 millors escapades de cap de setmana
        10 | 10 receptes de tardor per a tota la família
        """,
    "sw": """
        5 | Vitabu 5 vya kusoma likizo hii
        7 | Maeneo 7 ya kutembelea Zanzibar
        """,
    "hr": """
        10 | 10 najboljih filmova ove godine
        """,
    "sr": """
        5 | 5 najboljih restorana u Beogradu
        """,
    "bg": """
        10 | Най-добрите 10 филма за 2024
        """,
    "he": """
        7 | 7 מקומות יפים לטיול בצפון
        """,
    "tr": """
        6 | Sağlığınıza iyi gelecek 6 alışkanlık
        """,
    "bn": """
        7 | ৭টি সেরা ফল যা ওজন কমায়
        """,
    "hi": """
        5 | ये 5 चीजें खाना बंद करें
        """,
    "nl": """
        10 | De 10 mooiste stranden dicht bij Amsterdam
        10 | De 10 leukste uitjes met kinderen
        """,
    "de": """
        10 | Die 10 besten Burger der Stadt
        5 | Die 5 besten Hotels weltweit
        """,
    "hu": """
        7 | A 7 legjobb budapesti bevásárlóközpont
        """,
    "es": """
        5 | Estos 5 alimentos ayudan a dormir mejor
        """,
}

_MORE_NEWS = {
    "ca": """
        Els 4 candidats debaten aquesta nit
        Els 3 detinguts passen a disposició judicial
        Els 5 hospitals tancats per la vaga
        """,
    "sw": """
        Sababu 3 za ajali ya basi zatajwa
        Watu 5 wafariki dunia
        Timu 3 bora za Afrika zafuzu
        """,
    "vi": """
        Du lịch: 3 tàu cá bị chìm
        3 tàu du lịch bị chìm ở Hạ Long
        3 du khách mất tích ở Hà Giang
        """,
    "nl": """
        De 3 grootste banken verhogen de rente
        Deze 6 zwembaden gaan dicht wegens personeelstekort
        De 4 grootste musea dicht
        """,
    "de": """
        Die 3 größten Banken erhöhen die Zinsen
        Diese 5 Filialen schließen im Januar
        """,
    "hu": """
        A 3 legjobb étterem bezárt a járvány miatt
        A 2 legnagyobb bolt zár be a belvárosban
        """,
    "hi": """
        देश के 3 सबसे बड़े बैंक बंद
        """,
    "ur": """
        ملک کے 5 بڑے شاپنگ مال بند
        """,
    "bn": """
        ৩টি কারণ জানাল পুলিশ
        ৩টি সেরা দল সেমিফাইনালে উঠল
        সেরা ৫টি দল হারল
        ৫টি সেরা রেস্তোরাঁ বন্ধ হলো
        """,
    "es": """
        Los 3 hospitales más grandes cierran sus urgencias
        Otros 2 policías asesinados en Guanajuato
        Hombre de 32 años muere atropellado en Monterrey
        """,
    "pt": """
        Estes 4 shoppings fecham no feriado
        Câmara aprova projeto por 312 votos a 140
        Mais 2 mortes por dengue são confirmadas em SP
        """,
    "it": """
        Questi 5 musei chiudono ad agosto
        """,
    "fr": """
        Ces 3 magasins ferment définitivement
        """,
    "id": """
        Harga Cabai Naik Rp 5.000 per Kilo
        2 Korban Lagi Ditemukan Meninggal
        """,
    "ar": """
        وفاة 2 آخرين بفيروس كورونا
        البرلمان يقر القانون بأغلبية 120 صوتا
        """,
    "he": """
        עוד 2 מתו מקורונה
        """,
    "ro": """
        Încă 2 decese din cauza gripei
        Legea a trecut cu 180 de voturi
        """,
    "cs": """
        Sněmovna schválila zákon 120 hlasy
        """,
    "uk": """
        Ще 2 людини померли від кору
        """,
    "ko": """
        국회, 법안 찬성 180표로 가결
        """,
    "ja": """
        新たに2人死亡 県内の感染者
        """,
    "zh": """
        又有2人死亡
        """,
    "th": """
        ไฟไหม้ตลาด เสียหาย 10 ล้านบาท
        """,
    "tl": """
        2 pang nasawi sa dengue sa Iloilo
        """,
    "bg": """
        Още 2 жертви на грипа
        """,
    "hr": """
        Još 2 osobe preminule od gripe
        """,
    "sk": """
        Ďalší 2 ľudia zomreli na chrípku
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
    assert_new_set(7, LISTS, NEWS, 300)
    thin = {"vi", "th", "id", "ms", "tl", "sw", "tr", "ur", "fa", "ko", "ja", "zh", "ar", "he", "ro", "cs", "sk",
            "hr", "sr", "bg", "uk", "ca", "pt", "es"}
    assert thin <= {lang for lang, _h, _c in LISTS} & {lang for lang, _h in NEWS}


# ---------------------------------------------------------------- each round-14 rule, both ways

@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("nl", "Deze 4 musea gaan dicht", False),  # a determiner names them; closing is news of them
    ("nl", "De 4 grootste musea dicht", False),  # a state closing the headline
    ("nl", "Deze 6 zwembaden gaan dicht wegens personeelstekort", False),  # before its cause
    ("nl", "De 10 mooiste stranden dicht bij Amsterdam", True),  # "dicht bij": close to
    ("nl", "Deze 4 sterrenbeelden hebben geluk in 2024", True),  # a claim, no closing
    ("de", "Die 3 größten Flughäfen dicht", False),
    ("de", "Diese 5 Filialen schließen im Januar", False),
    ("de", "Diese 5 Lebensmittel machen glücklich", True),
    ("hu", "A 3 legnagyobb áruház bezár", False),  # a bare verb closing the headline
    ("hu", "A 2 legnagyobb bolt zár be a belvárosban", False),  # the verb before its preverb
    ("hu", "A 10 legszebb magyar vár", True),  # "vár" is a castle here
    ("hi", "देश के 5 सबसे बड़े मॉल बंद", False),  # bare "बंद" after a superlative
    ("hi", "ये 5 चीजें खाना बंद करें", True),  # "बंद करें": stop (eating), said to the reader
    ("ur", "ملک کے 5 بڑے شاپنگ مال بند", False),
    ("es", "Los 3 hospitales más grandes cierran sus urgencias", False),
    ("pt", "Estes 4 shoppings fecham no feriado", False),
    ("it", "Questi 5 musei chiudono ad agosto", False),
    ("fr", "Ces 3 magasins ferment définitivement", False),
    ("fr", "Ces 8 aliments qui boostent votre immunité", True),
    ("id", "7 Tempat Wisata di Bogor Ditutup Sementara", False),  # a list noun, then closed
    ("id", "5 Sekolah Terbaik di Jakarta Tutup karena Banjir", False),
    ("id", "7 Tips Membuka Tutup Botol yang Macet", True),  # "tutup botol": a bottle's lid
    ("ms", "5 Sekolah Terbaik Ditutup Akibat Banjir", False),
    ("ro", "Cele mai bune 5 restaurante din București se închid", False),
    ("ar", "أفضل 5 مطاعم في دبي تغلق أبوابها", False),
    ("he", "5 המסעדות הטובות ביותר בתל אביב נסגרות", False),
])
def test_places_counted_as_they_close_are_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("de", "Die 3 größten Banken erhöhen die Zinsen", False),  # a verb after the superlative's noun
    ("de", "Die 15 besten Netflix-Serien fürs Wochenende", True),  # a contracted preposition is no verb
    ("de", "Die 5 besten Hotels weltweit", True),
    ("it", "I 10 migliori libri sul mondo romano", True),  # "-ano" ends adjectives too: no verb read
    ("es", "Las 10 mejores playas de Acapulco según los viajeros", True),
    ("nl", "De 3 grootste banken verhogen de rente", False),
    ("nl", "De 7 meest gemaakte fouten bij het sparen", True),  # "meest" grades "gemaakte"
    ("nl", "De 10 leukste uitjes met kinderen", True),  # Dutch "-ste" superlatives
    ("nl", "De 3 laatste overlevenden vertellen", False),  # "laatste" (last) ranks nothing
])
def test_a_superlative_grades_the_word_after_it_not_the_clause(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("headline", "count", "firm"), [
    ("Njia 5 za kupunguza uzito haraka", 5, True),  # the count after its list noun
    ("Mambo 10 ya kufahamu kabla ya kusafiri", 10, True),
    ("Sababu 3 za ajali ya basi zatajwa", 3, False),  # a passive verb: reasons given, news
    ("Watu 5 wafariki dunia", None, True),  # people, no list noun: no count
    ("Timu 3 bora za Afrika zafuzu", None, True),
])
def test_swahili_counts_after_its_noun(headline: str, count: int | None, firm: bool) -> None:
    number, _at_least, is_firm = headline_promise(headline, "sw")
    assert (number, is_firm if number is not None else True) == (count, firm)


@pytest.mark.parametrize(("headline", "firm"), [
    ("Du lịch: 7 hòn đảo hoang sơ ở Kiên Giang", True),  # a two-syllable section label
    ("Thời trang: 8 xu hướng hè 2024", True),
    ("Du lịch: 3 tàu cá bị chìm", False),  # a passive after the label: news
    ("Giao thông: 3 xe tải lật trên đèo", False),  # traffic is no soft section
    ("3 tàu du lịch bị chìm ở Hạ Long", False),  # "du" is no German "you"
    ("7 địa điểm du lịch hấp dẫn ở Đà Nẵng", True),
])
def test_vietnamese_labels_in_two_syllables_and_du(headline: str, firm: bool) -> None:
    assert _firm("vi", headline) is firm


@pytest.mark.parametrize(("headline", "firm"), [
    ("৩টি কারণ জানাল পুলিশ", False),  # plain past "told"
    ("৫টি ভুল করল সরকার", False),  # a light verb's plain past
    ("সেরা ৫টি দল হারল", False),
    ("৭টি সেরা ফল যা ওজন কমায়", True),  # after a relative: a title
    ("৭টি উপায়ে ভালো ঘুমান", True),  # "ভালো" (good) ends as a plain past does
])
def test_bengali_plain_past_by_its_verbs(headline: str, firm: bool) -> None:
    assert _firm("bn", headline) is firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("ca", "Els 5 millors restaurants de Barcelona", True),  # "els" and "millors"
    ("ca", "Els 10 millors plats de la cuina catalana", True),  # "-ats" ends nouns too
    ("ca", "Els 4 candidats debaten aquesta nit", False),  # a verb in "-en" after the noun
    ("hr", "10 najljepših plaža u Dalmaciji", True),  # "naj-" superlatives
    ("hr", "7 savjeta za bolji san", True),
    ("sr", "10 најлепших места у Србији", True),
    ("bg", "Най-добрите 10 филма за 2024", True),  # "най-" before the count
    ("sk", "8 chýb, ktoré robíte pri chudnutí", True),
    ("tl", "7 pagkaing Pinoy na dapat subukan ng mga turista", True),  # the linker "-ng"
    ("tr", "Cildinizi koruyacak 5 doğal maske", True),  # "your" in the accusative
    ("fa", "۱۰ غذای مفید برای سلامت قلب", True),  # the ezafe's "ی" on a list noun
    ("he", "9 מסעדות מומלצות בתל אביב", True),  # "recommended"
    ("hu", "5 budapesti étterem, ahol érdemes enni", True),  # "worth it"
])
def test_list_cues_of_the_thin_languages(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "promised", "body", "verdict"), [
    ("sw", "Njia 5 za kupunguza uzito haraka", 5, 4, "mismatch"),
    ("hr", "7 savjeta za bolji san", 7, 6, "mismatch"),
    ("ca", "Els 5 millors restaurants de Barcelona", 5, 5, "kept"),
])
def test_a_firm_promise_of_a_thin_language_is_held_to_its_count(lang: str, headline: str, promised: int, body: int,
                                                                 verdict: str) -> None:
    from test_listicle_languages import listicle_facts, numbered

    got, found, told, rules = listicle_facts(headline, numbered(body), lang)
    assert (got, found, told) == (promised, body, verdict)
    assert ("LS001" in rules) is (verdict == "mismatch")


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    # a superlative, its noun, then the verb of an event: news of the ranked, the body decides
    ("cs", "3 největší banky zvyšují úroky", False),
    ("sk", "3 najväčšie banky zvyšujú úroky", False),
    ("pl", "3 największe banki podnoszą stopy", False),
    ("uk", "3 найбільші банки підвищили ставки", False),
    ("bg", "Най-големите 3 банки вдигат лихвите", False),  # the superlative before the count
    ("sr", "3 највеће банке подижу камате", False),
    ("vi", "3 ngân hàng lớn nhất giảm lãi suất", False),  # a verb after "nhất"
    ("hu", "A 4 legjobb magyar csapat kiesett", False),  # the past closing the headline
    ("he", "5 המסעדות הכי טובות בעיר נסגרו", False),
    ("cs", "5 nejoblíbenějších restaurací v Praze zavírá", False),
    ("hr", "5 najpoznatijih restorana u Zagrebu zatvara vrata", False),
    # the lists beside them stay firm: a preposition's case ending, a relative, a postposition
    ("pl", "10 najlepszych przepisów z kawą", True),
    ("pl", "5 najpiękniejszych plaż nad Bałtykiem", True),
    ("uk", "10 найкращих книг, які варто прочитати", True),
    ("cs", "10 nejlepších restaurací v Brně", True),
    ("sk", "10 najkrajších hradov Slovenska", True),
    ("sk", "10 najlepších filmov desaťročia", True),  # a genitive's "-ia", no verb
    ("sr", "10 најбољих ресторана у Новом Саду", True),
    ("vi", "10 món ăn được yêu thích nhất", True),
    ("vi", "Top 8 bãi biển đẹp nhất Việt Nam", True),
    ("hu", "A 10 legjobb étterem a Balaton mellett", True),
    ("hu", "A 3 legjobb film, amit láttam", True),
])
def test_the_ranked_with_a_verb_of_their_own_are_news(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm


@pytest.mark.parametrize(("lang", "headline", "count"), [
    ("zh", "中国最大的3家银行下调利率", None),  # cut rates: the general classifier's news
    ("zh", "北京最受欢迎的3家餐厅停业", None),  # closed for business
    ("ja", "県内最大の3つの病院が休診", None),  # clinics suspended
    ("ja", "東京の最も人気の3つの美術館が休館", None),
    ("ko", "서울 인기 맛집 5곳 폐업", None),  # closed down
    ("ko", "전국 최대 공항 3곳 결항", None),  # flights cancelled
    ("ko", "가장 큰 은행 3곳 금리 인상", None),  # a rate rise
    ("ko", "가장 인상적인 영화 10편", 10),  # "인상적인": impressive, no rise
    ("zh", "北京必去的7个景点", 7),
    ("ja", "知っておきたい5つのマナー", 5),
    ("ko", "서울 데이트 코스 추천 8곳", 8),
])
def test_cjk_closures_and_rate_cuts_are_news(lang: str, headline: str, count: int | None) -> None:
    number, _at_least, firm = headline_promise(headline, lang)
    assert number == count and (count is None or firm)


@pytest.mark.parametrize(("lang", "headline", "count"), [
    ("hr", "Pet savjeta za uštedu novca", 5),
    ("sr", "Tri najlepša mesta u Srbiji", 3),
    ("sk", "Päť dôvodov, prečo navštíviť Tatry", 5),
    ("bg", "Пет причини да посетите Родопите", 5),
    ("ca", "Cinc consells per estalviar", 5),
    ("ca", "Set consells per dormir millor", 7),  # "set" (also thirst) before a list noun
    ("tl", "Limang paraan para makatipid", 5),  # with the linker "-ng"
    ("sw", "Njia tano za kupunguza uzito", 5),  # after the noun
    ("sw", "Mambo matano ya kufahamu kuhusu chanjo", 5),  # with its class prefix
])
def test_counts_spelled_in_the_thin_languages(lang: str, headline: str, count: int) -> None:
    assert headline_promise(headline, lang) == (count, False, True)


@pytest.mark.parametrize(("lang", "headline"), [
    ("ca", "Tres morts en un accident a l'AP-7"),
    ("ca", "Nou restaurants nous a Girona"),  # "nou": new, before no list noun
    ("tl", "Tatlong patay sa sunog sa Tondo"),
    ("tl", "Dalawang pulis, sugatan sa engkwentro"),
    ("hr", "Tri osobe poginule u sudaru"),
    ("bg", "Пет загинали при пожар"),
    ("sr", "Пет особа повређено у удесу"),
    ("sw", "Watu watano wafariki katika ajali"),
])
def test_news_counts_spelled_in_the_thin_languages_promise_no_firm_list(lang: str, headline: str) -> None:
    number, _at_least, firm = headline_promise(headline, lang)
    assert number is None or not firm


@pytest.mark.parametrize(("lang", "headline", "firm"), [
    ("id", "Simak 10 Pantai di Lombok Ini", True),  # "ini" (these) after its noun
    ("id", "5 Rumah Ini Terbakar", False),  # …before an accident's "ter-"
    ("id", "Berikut 5 Mobil Listrik Termurah di Indonesia", True),  # "ter-" on "murah" (cheap)
    ("ms", "5 Kereta Termurah di Malaysia", True),
    ("id", "3 Gudang Terbakar di Cakung", False),  # "ter-" on a verb: burned
    ("th", "แนะนำ 5 คาเฟ่เปิดใหม่ในเชียงใหม่", True),  # "recommended" before the count
    ("th", "5 คาเฟ่เปิดใหม่ในเชียงใหม่", False),  # cafés alone: the body decides
    ("es", "Conoce 10 pueblos mágicos de México", True),  # an imperative to the reader before it
    ("es", "3 pueblos mágicos sin agua por la sequía", False),  # "Pueblos Mágicos": a programme's name
    ("es", "Conoce a los 5 detenidos por el robo", False),
    ("es", "Descubren 3 cuerpos en fosa clandestina", False),  # a verb's plural, no imperative
    ("es", "6 playas hermosas de Oaxaca", True),  # Latin American praise
])
def test_roundup_habits_of_indonesian_thai_and_latin_american_spanish(lang: str, headline: str, firm: bool) -> None:
    assert _firm(lang, headline) is firm
