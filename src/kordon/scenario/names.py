"""Name pools for people and companies, each in the script its nationality writes it in."""

from __future__ import annotations

import random


def _words(text: str, sep: str | None = None) -> tuple[str, ...]:
    return tuple(text.split(sep))


AZ_FIRST = _words(
    "Əli Məhəmməd Elçin Rəşad Vüqar Elnur Orxan Tural Ramil Kamran Samir Nicat Anar Fərid Rövşən "
    "Elşən İlham Mübariz Zaur Şahin Cavid Namiq Həsən Hüseyn Müşfiq Aqil Ceyhun Yaşar Əkbər "
    "Səbuhi Fuad Emin Rauf Rüstəm Vüsal Ülvi Ələkbər Taleh Azər Pərviz Sənan Elvin Coşqun Qabil"
)
AZ_LAST = _words(
    "Məmmədov Əliyev Həsənov Hüseynov Quliyev İsmayılov Abbasov Rzayev Babayev Cəfərov Nəsirov "
    "Süleymanov Kərimov Əhmədov Sadıqov Musayev Qasımov Bağırov Əsgərov Vəliyev Zeynalov Orucov "
    "Nağıyev Novruzov Hacıyev Mirzəyev Əlizadə Hüseynli Rəhimli Şükürov Talıbov Qədirov Səfərov "
    "Məlikov Paşayev Axundov Tağıyev Eyvazov Nəbiyev"
)

# Iranian names: the Latin transliteration of the passport, then the Persian spelling.
IR_FIRST = (
    ("Mohammad", "محمد"), ("Ali", "علی"), ("Reza", "رضا"), ("Hossein", "حسین"),
    ("Mehdi", "مهدی"), ("Hamid", "حمید"), ("Majid", "مجید"), ("Saeed", "سعید"),
    ("Javad", "جواد"), ("Ahmad", "احمد"), ("Davood", "داوود"), ("Morteza", "مرتضی"),
    ("Abbas", "عباس"), ("Hassan", "حسن"), ("Mostafa", "مصطفی"), ("Behrouz", "بهروز"),
    ("Farhad", "فرهاد"), ("Karim", "کریم"), ("Rasoul", "رسول"), ("Yousef", "یوسف"),
    ("Akbar", "اکبر"), ("Jafar", "جعفر"), ("Masoud", "مسعود"), ("Nader", "نادر"),
    ("Vahid", "وحید"), ("Ramin", "رامین"), ("Yaghoub", "یعقوب"), ("Bahman", "بهمن"),
)  # fmt: skip
IR_LAST = (
    ("Hosseini", "حسینی"), ("Mohammadi", "محمدی"), ("Rezaei", "رضایی"), ("Ahmadi", "احمدی"),
    ("Karimi", "کریمی"), ("Moradi", "مرادی"), ("Jafari", "جعفری"), ("Rahimi", "رحیمی"),
    ("Ghasemi", "قاسمی"), ("Hashemi", "هاشمی"), ("Sadeghi", "صادقی"), ("Mousavi", "موسوی"),
    ("Azizi", "عزیزی"), ("Nazari", "نظری"), ("Asadi", "اسدی"), ("Talebi", "طالبی"),
    ("Abbasi", "عباسی"), ("Ebrahimi", "ابراهیمی"), ("Ghorbani", "قربانی"), ("Heidari", "حیدری"),
    ("Rostami", "رستمی"), ("Bagheri", "باقری"), ("Najafi", "نجفی"), ("Tabrizi", "تبریزی"),
    ("Ardabili", "اردبیلی"), ("Mahmoudi", "محمودی"), ("Salehi", "صالحی"), ("Yazdani", "یزدانی"),
    ("Pourmand", "پورمند"), ("Faraji", "فرجی"),
)  # fmt: skip

RU_FIRST = _words(
    "Магомед Рамазан Шамиль Руслан Мурад Арсен Гаджи Ислам Тимур Сергей Алексей Дмитрий Андрей "
    "Николай Владимир Игорь Михаил Евгений Александр Артём Олег Виктор Юрий Павел"
)
RU_LAST = _words(
    "Магомедов Гаджиев Алиев Абдуллаев Исмаилов Курбанов Рамазанов Омаров Гасанов Иванов "
    "Смирнов Кузнецов Попов Васильев Петров Соколов Морозов Волков Лебедев Козлов Новиков "
    "Фёдоров Егоров Павлов"
)

GE_FIRST = (
    ("Giorgi", "გიორგი"), ("Davit", "დავით"), ("Levan", "ლევან"), ("Zurab", "ზურაბ"),
    ("Irakli", "ირაკლი"), ("Nika", "ნიკა"), ("Gela", "გელა"), ("Tamaz", "თამაზ"),
    ("Mamuka", "მამუკა"), ("Revaz", "რევაზ"), ("Lasha", "ლაშა"), ("Shota", "შოთა"),
)  # fmt: skip
GE_LAST = (
    ("Beridze", "ბერიძე"), ("Kapanadze", "კაპანაძე"), ("Gelashvili", "გელაშვილი"),
    ("Lomidze", "ლომიძე"), ("Tsiklauri", "წიკლაური"), ("Maisuradze", "მაისურაძე"),
    ("Kvaratskhelia", "კვარაცხელია"), ("Abashidze", "აბაშიძე"), ("Jgharkava", "ჯღარკავა"),
    ("Mamedov", "მამედოვი"), ("Natsvlishvili", "ნაცვლიშვილი"), ("Chkheidze", "ჩხეიძე"),
)  # fmt: skip

TR_FIRST = _words(
    "Mehmet Ahmet Mustafa Hüseyin Ali Hasan İbrahim Murat Osman Emre Kemal Recep Yusuf Ömer "
    "Serkan Ramazan Halil Süleyman Erkan Cengiz"
)
TR_LAST = _words(
    "Yılmaz Kaya Demir Şahin Çelik Yıldız Aydın Öztürk Arslan Doğan Kılıç Aslan Çetin Kara Koç "
    "Kurt Özdemir Polat Erdoğan Güneş"
)

MD_FIRST = _words("Ion Vasile Andrei Sergiu Igor Victor Mihai Nicolae Dumitru Alexandru Pavel")
MD_LAST = _words("Popescu Rusu Ceban Munteanu Ciobanu Lungu Cojocaru Rotaru Balan Sârbu Țurcan")

KZ_FIRST = _words("Ерлан Нурлан Асхат Бауыржан Серик Данияр Марат Ержан Талгат Арман")
KZ_LAST = _words("Сапаров Жумабаев Оспанов Ахметов Нурпеисов Касымов Сейткали Тулегенов Ибраев")

TM_FIRST = _words("Merdan Serdar Batyr Myrat Döwlet Aşyr Rustam Begenç Kakajan Maksat")
TM_LAST = _words("Annaýew Orazow Berdiýew Gurbanow Hojaýew Nurmuhammedow Ataýew Saparow Öwezow")


def person_name(rng: random.Random, nationality: str) -> tuple[str, tuple[str, ...]]:
    """A plausible full name for a nationality, and the same name in its other usual scripts."""
    if nationality == "AZ":
        return f"{rng.choice(AZ_FIRST)} {rng.choice(AZ_LAST)}", ()
    if nationality == "IR":
        (first, first_fa), (last, last_fa) = rng.choice(IR_FIRST), rng.choice(IR_LAST)
        latin, persian = f"{first} {last}", f"{first_fa} {last_fa}"
        # Declarants at Astara type most Iranian names from the Latin passport page.
        return (persian, (latin,)) if rng.random() < 0.15 else (latin, (persian,))
    if nationality == "RU":
        return f"{rng.choice(RU_FIRST)} {rng.choice(RU_LAST)}", ()
    if nationality == "GE":
        (first, first_ka), (last, last_ka) = rng.choice(GE_FIRST), rng.choice(GE_LAST)
        latin, georgian = f"{first} {last}", f"{first_ka} {last_ka}"
        return (georgian, (latin,)) if rng.random() < 0.3 else (latin, (georgian,))
    if nationality == "TR":
        return f"{rng.choice(TR_FIRST)} {rng.choice(TR_LAST)}", ()
    if nationality == "MD":
        return f"{rng.choice(MD_FIRST)} {rng.choice(MD_LAST)}", ()
    if nationality == "KZ":
        return f"{rng.choice(KZ_FIRST)} {rng.choice(KZ_LAST)}", ()
    if nationality == "TM":
        return f"{rng.choice(TM_FIRST)} {rng.choice(TM_LAST)}", ()
    raise ValueError(f"no name pool for nationality {nationality!r}")


AZ_PLACES = _words(
    "Xəzər Abşeron Lənkəran Astara Şirvan Qafqaz Gəncə Quba Şəki Kür Araz Günəş Bərəkət Sahil "
    "Ulduz Zirvə Muğan Qəbələ Naxçıvan Xaçmaz Göygöl Yaşıl Vadi Dan Ulduzu Nur Səma Ay Körpü"
)
AZ_TRADES = _words(
    "Logistika Ticarət Aqro Ərzaq Tikinti İnşaat Trans Group İnvest Export-Import Tekstil Meyvə "
    "Distribusiya Servis Holdinq Market Sənaye"
)
AZ_HAULIERS = ("Trans", "Logistika", "Yük Daşıma", "Avto Nəqliyyat", "Ekspress")
IR_CITIES = (
    ("Tabriz", "تبریز"), ("Ardabil", "اردبیل"), ("Tehran", "تهران"), ("Rasht", "رشت"),
    ("Kerman", "کرمان"), ("Mashhad", "مشهد"), ("Urmia", "ارومیه"), ("Jolfa", "جلفا"),
    ("Astara", "آستارا"), ("Anzali", "انزلی"), ("Rafsanjan", "رفسنجان"), ("Bam", "بم"),
    ("Qazvin", "قزوین"), ("Isfahan", "اصفهان"), ("Yazd", "یزد"), ("Shiraz", "شیراز"),
)  # fmt: skip
IR_BRANDS = (
    ("Araz", "آراز"), ("Sahand", "سهند"), ("Kimia", "کیمیا"), ("Pars", "پارس"), ("Nour", "نور"),
    ("Setareh", "ستاره"), ("Golestan", "گلستان"), ("Arman", "آرمان"), ("Sepehr", "سپهر"),
    ("Omid", "امید"), ("Baran", "باران"), ("Alborz", "البرز"), ("Zagros", "زاگرس"),
    ("Derakhshan", "درخشان"), ("Farda", "فردا"), ("Rahavard", "رهاورد"), ("Sina", "سینا"),
    ("Aria", "آریا"), ("Pishgam", "پیشگام"), ("Tolou", "طلوع"), ("Mehr", "مهر"), ("Nikan", "نیکان"),
    ("Shahab", "شهاب"), ("Kowsar", "کوثر"), ("Behin", "بهین"), ("Rayan", "رایان"),
    ("Atlas", "اطلس"), ("Parsian", "پارسیان"), ("Vahdat", "وحدت"), ("Sabalan", "سبلان"),
)  # fmt: skip
IR_TRADES = {
    "trading": ("Trading Co.", "شرکت بازرگانی"),
    "food": ("Dried Fruit Co.", "شرکت خشکبار"),
    "agro": ("Agro Industry Co.", "شرکت کشت و صنعت"),
    "building": ("Cement & Tile Co.", "شرکت سیمان و کاشی"),
    "transport": ("Transport Co.", "شرکت حمل و نقل"),
}
RU_BRANDS = _words(
    "Каспий Дербент-Агро ЮгТранс Волга СеверТорг Дагтранзит Махачкала-Логистик Лесэкспорт "
    "ЗерноПродукт СтальИнвест Астрахань-Фрукт Ростов-Агро Кубань-Экспорт ТрансКавказ Меридиан "
    "Альфа-Трейд ЮгСнаб Терек Сулак Эльбрус"
)
RU_PREFIXES = _words(
    "Юг Даг Касп Транс Агро Вост Рус Мега Гранд Профи Кавказ Дон Нева Урал Вектор Сфера Азимут "
    "Орион Пульс Темп Баррель Самур Дельта Гарант"
)
RU_ROOTS = _words("Снаб Транс Логистик Импорт Экспорт Трейд Пром Фрукт Лес Металл Сервис Маркет")
GE_PLACES = (
    ("Kavkasia", "კავკასია"), ("Rustavi", "რუსთავი"), ("Poti", "ფოთი"), ("Kolkheti", "კოლხეთი"),
    ("Imereti", "იმერეთი"), ("Batumi", "ბათუმი"), ("Mtkvari", "მტკვარი"), ("Iveria", "ივერია"),
    ("Kakheti", "კახეთი"), ("Gori", "გორი"), ("Kutaisi", "ქუთაისი"), ("Zestaponi", "ზესტაფონი"),
    ("Samegrelo", "სამეგრელო"), ("Marneuli", "მარნეული"), ("Tbilisi", "თბილისი"),
    ("Telavi", "თელავი"), ("Lagodekhi", "ლაგოდეხი"), ("Mtskheta", "მცხეთა"),
)  # fmt: skip
GE_TRADES = (
    ("Trade", "ტრეიდი"), ("Logistics", "ლოჯისტიკი"), ("Trans", "ტრანსი"), ("Group", "ჯგუფი"),
    ("Agro", "აგრო"), ("Export", "ექსპორტი"), ("Terminal", "ტერმინალი"), ("Wine", "ღვინო"),
)  # fmt: skip
TR_BRANDS = _words(
    "Yıldız Anadolu Ege Karadeniz Bursa Öztürk Marmara Kayseri Gaziantep Denizli Akdeniz Toros "
    "Erciyes Başkent Trakya Ufuk Kuzey Doğu Güney Kardelen Sedef Zirve Çınar Akın Mavi Beyaz "
    "Altın Gümüş Inci Deniz Kartal Aslan Ilgaz Palandöken Ağrı Iğdır"
)
TR_TRADES = _words(
    "Tekstil Gıda Lojistik Nakliyat Örme Dış Ticaret İnşaat Mobilya Plastik Otomotiv Kimya"
)
MD_BRANDS = _words(
    "Agro-Nord|Fructus Trans|Nistru Logistic|Codru Impex|Basarabia Trade|Dacia Fruct|Orhei Impex|"
    "Cahul Trade|Prut Agro|Moldfruct Export|Bălți Comert|Soroca Trans",
    "|",
)
KZ_PLACES = (
    ("Актау", "Aktau"), ("Мангистау", "Mangystau"), ("Астана", "Astana"), ("Атырау", "Atyrau"),
    ("Шымкент", "Shymkent"), ("Алматы", "Almaty"), ("Жетысу", "Zhetysu"), ("Сарыарка", "Saryarka"),
    ("Тараз", "Taraz"), ("Костанай", "Kostanay"), ("Курык", "Kuryk"),
)  # fmt: skip
KZ_TRADES = (
    ("Логистик", "Logistik"), ("Трейд", "Treid"), ("Агро", "Agro"), ("Астык", "Astyk"),
    ("Металл", "Metall"), ("Снаб", "Snab"), ("Транс", "Trans"), ("Текстиль", "Tekstil"),
)  # fmt: skip
TM_PLACES = _words(
    "Balkan Türkmenbaşy Ahal Lebap Mary Daşoguz Ak Altyn Watan Berkarar Nusaý Garagum Köpetdag"
)
TM_TRADES = _words("Ulag Söwda Dokma Haryt Gurluşyk Logistika")
FOREIGN_FORMS = {
    "CN": (
        "Co., Ltd.",
        (
            "Ningbo Haitong Trading",
            "Yiwu Jinhua Commodities",
            "Shenzhen Xinda Tech",
            "Urumqi Silk Road Logistics",
            "Xi'an Changan Import Export",
            "Guangzhou Huamei Electronics",
            "Lianyungang Eastport Supply",
            "Chongqing Yuxin Auto Parts",
            "Hefei Sunpower Energy",
        ),
    ),
    "AE": (
        "Trading LLC",
        (
            "Al Noor",
            "Gulf Star",
            "Jebel Ali Link",
            "Desert Rose",
            "Al Waha",
            "Emirates Link",
            "Deira Phones",
            "Al Safa",
            "Golden Falcon",
            "Creek Side",
        ),
    ),
    "DE": (
        "GmbH",
        (
            "Rheinland Pharma",
            "Nordhandel",
            "Bayern Technik",
            "Elbe Export",
            "Westfalen Medizin",
            "Hanse Logistik",
            "Schwaben Autoteile",
            "Main Pharma",
            "Saar Technik",
            "Weser Medical",
            "Isar Handel",
            "Harz Export",
        ),
    ),
    "UA": ("ТОВ", ("Дніпро", "Чорноморськ", "Поділля")),
    "BY": ("ООО", ("Белтранс", "Минск-Агро", "Гомель-Снаб", "Брест-Логистик", "Витебск-Торг")),
}


def company_name(rng: random.Random, country: str, trade: str = "trading") -> str:
    """A plausible company name for a country, in the form and script it registers in."""
    transport = trade == "transport"
    if country == "AZ":
        form = rng.choice(("MMC", "MMC", "MMC", "QSC", "ASC"))
        activity = rng.choice(AZ_HAULIERS if transport else AZ_TRADES)
        return f"{rng.choice(AZ_PLACES)} {activity} {form}"
    if country == "IR":
        (brand, brand_fa), (city, city_fa) = rng.choice(IR_BRANDS), rng.choice(IR_CITIES)
        latin, persian = IR_TRADES.get(trade, IR_TRADES["trading"])
        if rng.random() < 0.25:
            return f"{persian} {brand_fa} {city_fa}"
        return f"{brand} {city} {latin}"
    if country == "RU":
        form = rng.choice(("ООО", "ООО", "ООО", "АО"))
        if rng.random() < 0.3:
            return f"{form} «{rng.choice(RU_BRANDS)}»"
        root = rng.choice(("Транс", "Логистик", "Авто")) if transport else rng.choice(RU_ROOTS)
        return f"{form} «{rng.choice(RU_PREFIXES)}{root.lower()}»"
    if country == "GE":
        (place, place_ka), (trade_en, trade_ka) = rng.choice(GE_PLACES), rng.choice(GE_TRADES)
        if rng.random() < 0.3:
            return f"შპს «{place_ka} {trade_ka}»"
        return f"{place} {trade_en} LLC"
    if country == "TR":
        haul = rng.choice(("Nakliyat", "Lojistik", "Taşımacılık")) if transport else None
        return f"{rng.choice(TR_BRANDS)} {haul or rng.choice(TR_TRADES)} San. ve Tic. Ltd. Şti."
    if country == "MD":
        return f"{rng.choice(MD_BRANDS)} SRL"
    if country == "KZ":
        (place, place_lat), (trade_ru, trade_lat) = rng.choice(KZ_PLACES), rng.choice(KZ_TRADES)
        if rng.random() < 0.5:
            return f"ТОО «{place} {trade_ru}»"
        return f"{place_lat} {trade_lat} TOO"
    if country == "TM":
        return f"«{rng.choice(TM_PLACES)} {rng.choice(TM_TRADES)}» HJ"
    form, brands = FOREIGN_FORMS.get(country, ("Ltd", ("Global", "Trans", "Union")))
    if country in ("UA", "BY"):
        return f"{form} «{rng.choice(brands)}»"
    return f"{rng.choice(brands)} {form}"
