"""Names in Chinese characters read as their Hanyu Pinyin, word by word.

Chinese writes a name as one unbroken run of characters, one syllable each. Lists write the
same names in Pinyin with the words apart: a person's family name, then the given name joined
(张方俊 = ZHANG FANGJUN, FANGJUN ZHANG); a company's place, its distinctive name joined, its
trade and its legal form in English (新疆交建物流有限公司 = XINJIANG JIAOJIAN LOGISTICS CO., LTD.).
A run read as one long word shares its first syllables with every sister company and meets
none of its English words, so a run is read here as the lists write it.
"""

from __future__ import annotations

import re
from functools import lru_cache
from importlib import resources

from anyascii import anyascii

from kordon.risk.screening.transcription import reading as transcription_reading
from kordon.risk.screening.transcription import transcribed
from kordon.risk.screening.wade_giles import family_spellings, wade_giles

# The Chinese characters (the unified ideographs, their first extension and the compatibility
# ones), as ranges to build patterns from.
HAN_RANGES = r"\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
HAN = re.compile(f"[{HAN_RANGES}]")
_HAN_RUN = re.compile(f"[{HAN_RANGES}]+")

# Legal forms of Chinese companies (simplified and traditional), by rigour's generic code, and
# the forms Japanese companies named in characters carry: 株式会社 (kabushiki kaisha) is a
# joint-stock company, 有限会社 (yugen kaisha) and 合同会社 (godo kaisha) limited companies.
LEGAL_FORMS: dict[str, tuple[str, ...]] = {
    "llc": (
        "有限公司", "有限责任公司", "有限責任公司", "责任有限公司", "責任有限公司",
        "有限会社", "有限會社", "合同会社", "合同會社",
    ),
    "jsc": ("股份有限公司", "股份公司", "股份有限責任公司", "株式会社", "株式會社"),
}  # fmt: skip
# The organisation vocabulary, whose Chinese column is read here (its other columns are read by
# `org_words`, which reads a name's parts once its characters are cut into words).
VOCABULARY_FILE = "org_words.tsv"

# Generic words of Chinese company names, as the lists write them in English. The distinctive
# words between them (威海, 交建) are what say which company it is. Words whose English has
# synonyms to merge (航空 aviation, aeronautics, aero) and kinds of body (大学 university) are in
# the Chinese column of the organisation vocabulary (`org_words.tsv`, `vocabulary_words`); the
# words here read one way in English, and as vocabulary words would give every English name
# with them (Service, Marine) a gloss of its own to post and look up.
WORDS: dict[str, tuple[str, ...]] = {
    "总公司": ("general", "corporation"), "總公司": ("general", "corporation"),
    "分公司": ("branch",), "子公司": ("subsidiary",), "公司": ("company",), "控股": ("holding",),
    "建设": ("construction",), "建設": ("construction",), "建筑": ("construction",),
    "建築": ("construction",), "建工": ("construction", "engineering"),
    "工程局": ("engineering", "bureau"), "贸易": ("trading",), "貿易": ("trading",),
    "商贸": ("trading",), "商貿": ("trading",), "进出口": ("import", "export"),
    "進出口": ("import", "export"), "物流": ("logistics",), "投资": ("investment",),
    "投資": ("investment",), "能源": ("energy",), "石油": ("oil",), "天然气": ("gas",),
    "天然氣": ("gas",), "化工": ("chemical",), "租赁": ("leasing",), "租賃": ("leasing",),
    "银行": ("bank",), "銀行": ("bank",), "保险": ("insurance",), "保險": ("insurance",),
    "航运": ("shipping",), "航運": ("shipping",), "海运": ("shipping",), "海運": ("shipping",),
    "船务": ("shipping",), "船務": ("shipping",), "运输": ("transport",), "運輸": ("transport",),
    "管理": ("management",), "咨询": ("consulting",), "諮詢": ("consulting",), "设计": ("design",),
    "設計": ("design",), "研究院": ("research", "institute"), "研究所": ("research", "institute"),
    "市政": ("municipal",), "路桥": ("road", "and", "bridge"), "路橋": ("road", "and", "bridge"),
    "桥梁": ("bridge",), "橋樑": ("bridge",), "公路": ("highway",), "项目": ("project",),
    "項目": ("project",), "地矿": ("geology", "and", "mineral"),
    "地礦": ("geology", "and", "mineral"), "矿业": ("mining",), "礦業": ("mining",),
    "物业": ("property",), "物業": ("property",), "房地产": ("real", "estate"),
    "房地產": ("real", "estate"), "软件": ("software",), "軟件": ("software",),
    "医药": ("pharmaceutical",), "醫藥": ("pharmaceutical",), "电力": ("power",),
    "電力": ("power",), "金融": ("financial",), "商业": ("commercial",), "商業": ("commercial",),
    "置业": ("real", "estate"), "置業": ("real", "estate"), "建材": ("building", "materials"),
    "汽车": ("automobile",), "汽車": ("automobile",), "高速公路": ("highway",),
    "水电": ("hydropower",), "水電": ("hydropower",), "研发": ("research", "and", "development"),
    "研發": ("research", "and", "development"), "科学院": ("academy", "sciences"),
    "科學院": ("academy", "sciences"), "商行": ("trading",), "车行": ("motors",),
    "車行": ("motors",), "乐器": ("musical", "instruments"), "樂器": ("musical", "instruments"),
    "系统": ("systems",), "系統": ("systems",), "发动机": ("engines",), "發動機": ("engines",),
    "海洋": ("marine",), "海事": ("maritime",), "机械": ("machinery",), "機械": ("machinery",),
    "电子": ("electronics",), "電子": ("electronics",), "重工": ("heavy", "industry"),
    "重工业": ("heavy", "industry"), "重工業": ("heavy", "industry"), "精密": ("precision",),
    "材料": ("materials",), "装备": ("equipment",), "裝備": ("equipment",), "设备": ("equipment",),
    "設備": ("equipment",), "服务": ("services",), "服務": ("services",), "工程": ("engineering",),
    "稀土": ("rare", "earth"), "车辆": ("vehicles",), "車輛": ("vehicles",), "特殊": ("special",),
    "特种": ("special",), "特種": ("special",),
}  # fmt: skip

# Places a company's name carries, as the lists write them in English, simplified and
# traditional. The table takes a place apart from the distinctive name it stands before (新疆交建
# = Xinjiang Jiaojian) and spells it as English does: not always its Pinyin (香港 Hong Kong, 西藏
# Tibet, 陕西 Shaanxi, 喀什 Kashgar), and never as anyascii reads each character alone, by its
# commonest reading (厦门 is Xiamen, not Shamen; 重庆 Chongqing; 长春 Changchun).
PLACES: dict[str, str] = {
    "中国": "China", "中國": "China", "中华": "China", "中華": "China",
    "香港": "Hong Kong", "九龙": "Kowloon", "九龍": "Kowloon", "澳门": "Macau", "澳門": "Macau",
    "台湾": "Taiwan", "台灣": "Taiwan", "臺灣": "Taiwan",
    # Provinces, regions and the cities governed as provinces.
    "北京": "Beijing", "天津": "Tianjin", "上海": "Shanghai", "重庆": "Chongqing",
    "重慶": "Chongqing", "河北": "Hebei", "山西": "Shanxi", "陕西": "Shaanxi", "陝西": "Shaanxi",
    "辽宁": "Liaoning", "遼寧": "Liaoning", "吉林": "Jilin", "黑龙江": "Heilongjiang",
    "黑龍江": "Heilongjiang", "江苏": "Jiangsu", "江蘇": "Jiangsu", "浙江": "Zhejiang",
    "安徽": "Anhui", "福建": "Fujian", "江西": "Jiangxi", "山东": "Shandong", "山東": "Shandong",
    "河南": "Henan", "湖北": "Hubei", "湖南": "Hunan", "广东": "Guangdong", "廣東": "Guangdong",
    "海南": "Hainan", "四川": "Sichuan", "贵州": "Guizhou", "貴州": "Guizhou", "云南": "Yunnan",
    "雲南": "Yunnan", "甘肃": "Gansu", "甘肅": "Gansu", "青海": "Qinghai", "广西": "Guangxi",
    "廣西": "Guangxi", "宁夏": "Ningxia", "寧夏": "Ningxia", "新疆": "Xinjiang", "西藏": "Tibet",
    "内蒙古": "Inner Mongolia", "內蒙古": "Inner Mongolia",
    # Their capitals.
    "石家庄": "Shijiazhuang", "石家莊": "Shijiazhuang", "太原": "Taiyuan", "沈阳": "Shenyang",
    "瀋陽": "Shenyang", "长春": "Changchun", "長春": "Changchun", "哈尔滨": "Harbin",
    "哈爾濱": "Harbin", "南京": "Nanjing", "杭州": "Hangzhou", "合肥": "Hefei", "福州": "Fuzhou",
    "南昌": "Nanchang", "济南": "Jinan", "濟南": "Jinan", "郑州": "Zhengzhou", "鄭州": "Zhengzhou",
    "武汉": "Wuhan", "武漢": "Wuhan", "长沙": "Changsha", "長沙": "Changsha",
    "广州": "Guangzhou", "廣州": "Guangzhou", "南宁": "Nanning", "南寧": "Nanning",
    "海口": "Haikou", "成都": "Chengdu", "贵阳": "Guiyang", "貴陽": "Guiyang", "昆明": "Kunming",
    "拉萨": "Lhasa", "拉薩": "Lhasa", "西安": "Xian", "兰州": "Lanzhou", "蘭州": "Lanzhou",
    "西宁": "Xining", "西寧": "Xining", "银川": "Yinchuan", "銀川": "Yinchuan",
    "乌鲁木齐": "Urumqi", "烏魯木齊": "Urumqi", "呼和浩特": "Hohhot", "台北": "Taipei",
    "臺北": "Taipei",
    # The largest cities and ports, and the places of the trade with Central Asia and the
    # Caucasus (Xinjiang's cities, the crossings to Kazakhstan and Mongolia).
    "深圳": "Shenzhen", "大连": "Dalian", "大連": "Dalian", "青岛": "Qingdao", "青島": "Qingdao",
    "厦门": "Xiamen", "廈門": "Xiamen", "宁波": "Ningbo", "寧波": "Ningbo", "苏州": "Suzhou",
    "蘇州": "Suzhou", "无锡": "Wuxi", "無錫": "Wuxi", "珠海": "Zhuhai", "东莞": "Dongguan",
    "東莞": "Dongguan", "佛山": "Foshan", "温州": "Wenzhou", "溫州": "Wenzhou", "烟台": "Yantai",
    "煙台": "Yantai", "威海": "Weihai", "潍坊": "Weifang", "濰坊": "Weifang", "唐山": "Tangshan",
    "徐州": "Xuzhou", "洛阳": "Luoyang", "洛陽": "Luoyang", "丹东": "Dandong", "丹東": "Dandong",
    "大庆": "Daqing", "大慶": "Daqing", "义乌": "Yiwu", "義烏": "Yiwu", "泉州": "Quanzhou",
    "连云港": "Lianyungang", "連雲港": "Lianyungang", "营口": "Yingkou", "營口": "Yingkou",
    "日照": "Rizhao", "包头": "Baotou", "包頭": "Baotou", "高雄": "Kaohsiung",
    "喀什": "Kashgar", "伊犁": "Yili", "伊宁": "Yining", "伊寧": "Yining", "和田": "Hetian",
    "阿克苏": "Aksu", "阿克蘇": "Aksu", "克拉玛依": "Karamay", "克拉瑪依": "Karamay",
    "库尔勒": "Korla", "庫爾勒": "Korla", "吐鲁番": "Turpan", "吐魯番": "Turpan",
    "哈密": "Hami", "石河子": "Shihezi", "霍尔果斯": "Horgos", "霍爾果斯": "Horgos",
    "阿拉山口": "Alashankou", "满洲里": "Manzhouli", "滿洲里": "Manzhouli",
    "二连浩特": "Erenhot", "二連浩特": "Erenhot",
}  # fmt: skip
# What follows a place to say what kind it is (山东省 Shandong Province, 青岛市 Qingdao City);
# lists mostly leave it out.
_PLACE_KINDS = ("省", "市", "自治区", "自治區", "区", "區", "县", "縣")

# Words of company and given names with a character read otherwise than its commonest
# reading, which anyascii gives each character alone: 长 chang (long), not zhang (grow); 重
# chong (again), not zhong (heavy); 行 hang (firm, row), not xing (go); 乐 yue (music), not le.
READINGS: dict[str, str] = {
    "长江": "changjiang", "長江": "changjiang", "长城": "changcheng", "長城": "changcheng",
    "长安": "changan", "長安": "changan", "长虹": "changhong", "長虹": "changhong",
    "长征": "changzheng", "長征": "changzheng", "长青": "changqing", "長青": "changqing",
    "长兴": "changxing", "長興": "changxing", "长丰": "changfeng", "長豐": "changfeng",
    "长荣": "changrong", "長榮": "changrong", "长久": "changjiu", "長久": "changjiu",
    "长河": "changhe", "長河": "changhe", "延长": "yanchang", "延長": "yanchang",
    "重阳": "chongyang", "重陽": "chongyang", "重生": "chongsheng", "重建": "chongjian",
    "银行": "yinhang", "銀行": "yinhang", "商行": "shanghang", "车行": "chehang",
    "車行": "chehang", "行业": "hangye", "行業": "hangye", "同行": "tonghang",
    "音乐": "yinyue", "音樂": "yinyue", "乐器": "yueqi", "樂器": "yueqi",
    "乐府": "yuefu", "樂府": "yuefu",
}  # fmt: skip
_READING = re.compile("|".join(sorted(READINGS, key=len, reverse=True)))

# Family names of two characters: the given name follows them (欧阳修 = Ouyang Xiu).
COMPOUND_SURNAMES = frozenset(
    {"欧阳", "歐陽", "司马", "司馬", "诸葛", "諸葛", "上官", "司徒", "东方", "東方", "皇甫"}
    | {"尉迟", "尉遲", "公孙", "公孫", "慕容", "夏侯", "令狐", "长孙", "長孫", "宇文", "端木"}
    # Taiwan's double family names, two families' names joined (張廖 Chang-Liao).
    | {"張簡", "张简", "張廖", "张廖", "范姜"}
)
# Family names a character reads otherwise than in a word (单 Shan, not Dan; 曾 Zeng, not
# Ceng): anyascii gives each character its commonest reading.
SURNAME_READINGS: dict[str, str] = {
    "单": "shan", "單": "shan", "曾": "zeng", "解": "xie", "区": "ou", "區": "ou", "仇": "qiu",
    "朴": "piao", "查": "zha", "盖": "ge", "蓋": "ge", "缪": "miao", "繆": "miao", "覃": "qin",
    "翟": "zhai", "乐": "yue", "樂": "yue", "尉迟": "yuchi", "尉遲": "yuchi",
    "长孙": "zhangsun", "長孫": "zhangsun", "重": "chong", "沈": "shen", "秘": "bi",
    "折": "she", "召": "shao", "员": "yun", "員": "yun", "长": "chang", "長": "chang",
}  # fmt: skip
_MAX_GIVEN = 2
# The dots that part the words of a foreign name written in characters.
NAME_DOTS = re.compile("[\u00b7\u2022\u30fb\u2027\uff65]")


def pinyin(run: str) -> str:
    """A run of characters as one Pinyin word, lower case, without tones; the words of
    `READINGS` as they read there."""
    return anyascii(_READING.sub(lambda found: READINGS[found.group()], run)).lower()


def person_reading(word: str, every: bool = False) -> str:
    """A word with a Chinese name in it, as the lists spell the name: the family name, then
    the given name joined (张方俊 = zhang fangjun); other runs syllable by syllable. A foreign
    name written in characters has its parts apart by a dot (阿不都·哈克 = abudou hake).

    With `every`, each word of a name is its Pinyin, then its Wade-Giles and the family name's
    spellings in Taiwan, each after an H (许智杰 = xuHhsu zhijieHchihchieh): one part that the
    tokens read every way.
    """
    if NAME_DOTS.search(word):
        # A foreign name: each part read by its sound where its characters transcribe one.
        return " ".join(_dotted(part) for part in NAME_DOTS.split(word) if part)
    return _HAN_RUN.sub(lambda found: " " + _person(found.group(), every) + " ", word).strip()


def _dotted(part: str) -> str:
    """One part of a name parted by dots: by its sound where it is a transcription, else in
    Pinyin, as v25 read every such part."""
    if _HAN_RUN.fullmatch(part) and transcribed(part, dotted=True):
        return transcription_reading(part)
    return pinyin(part)


def _person(run: str, every: bool) -> str:
    """One run of characters read as a person's name, family name first."""
    family = run[:2] if run[:2] in COMPOUND_SURNAMES and len(run) > 2 else run[:1]
    given = run[len(family) :]
    if not given or len(given) > _MAX_GIVEN:
        if transcribed(run) and not _two_family_names(run):
            # A foreign name in characters chosen for their sound (普拉昌达, Prachanda).
            return transcription_reading(run)
        # Not a name of one family name and one given name: each syllable a word.
        return " ".join(_both(pinyin(char), [pinyin(char)], every) for char in run)
    syllables = [SURNAME_READINGS.get(c, pinyin(c)) for c in family]
    family_word = _both(
        SURNAME_READINGS.get(family, pinyin(family)), syllables, every, family_spellings(family)
    )
    given_word = _both(pinyin(given), [pinyin(char) for char in given], every)
    return f"{family_word} {given_word}"


def _two_family_names(run: str) -> bool:
    """Whether a run opens with two family names: a married woman's name in Hong Kong and
    Taiwan, her husband's family name before her own (范徐丽泰 Fan Xu Litai), not a foreign name."""
    return all(family_spellings(char) for char in run[:2])


def _both(word: str, syllables: list[str], every: bool, more: tuple[str, ...] = ()) -> str:
    """A word in Pinyin; with `every`, then in Wade-Giles and any other spelling, each after
    an H."""
    if not every:
        return word
    return "H".join(dict.fromkeys((word, wade_giles(syllables), *more)))


@lru_cache(maxsize=1)
def _lexicon() -> dict[str, tuple[str, ...]]:
    """Every word the company reading knows, to the Latin words it is read as."""
    table: dict[str, tuple[str, ...]] = {}
    for han, english in WORDS.items():
        table[han] = english
    for han, place in PLACES.items():
        words = tuple(place.lower().split())
        table[han] = words
        for kind in _PLACE_KINDS:
            table[han + kind] = words
    table.update(vocabulary_words())
    for forms in LEGAL_FORMS.values():
        for form in forms:
            # Read as its Pinyin in one word, which legal_forms knows as a form.
            table[form] = (pinyin(form),)
    return table


@lru_cache(maxsize=1)
def vocabulary_words() -> dict[str, tuple[str, ...]]:
    """The Chinese forms of the organisation vocabulary (its last column), each to the English
    words of its gloss."""
    text = resources.files("kordon.risk.screening").joinpath(VOCABULARY_FILE).read_text("utf-8")
    found: dict[str, tuple[str, ...]] = {}
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        for form in cells[-1].split(";"):
            if form.strip() not in ("", "-"):
                found[form.strip()] = tuple(cells[0].split())
    return found


@lru_cache(maxsize=1)
def lexicon_words() -> frozenset[str]:
    """Every Latin word the company reading reads a known word as (a word it reads otherwise
    is the Pinyin of characters it does not know: a distinctive name)."""
    return frozenset(word for words in _lexicon().values() for word in words)


@lru_cache(maxsize=1)
def _longest() -> int:
    """The length of the longest word the lexicon knows."""
    return max(len(han) for han in _lexicon())


def company_reading(run: str, dotted: bool = False) -> list[str]:
    """A run of characters in a company's name as Latin words: known words in English (legal
    forms as their Pinyin), the characters between them joined, as a distinctive name.

    The run is cut where the fewest characters are left unknown, then into the fewest words:
    大连市政工程 is Dalian, municipal, engineering, not Dalian City and a stray syllable.
    With `dotted`, the run is a part of a name parted by dots, a foreign one's
    (`_distinctive`).
    """
    table = _lexicon()
    longest = _longest()
    # best[j]: (unknown characters, words, where the last piece starts, whether it is known)
    # for the run's first j characters.
    best: list[tuple[int, int, int, bool]] = [(0, 0, 0, True)]
    for j in range(1, len(run) + 1):
        unknown, words, _, _ = best[j - 1]
        choice = (unknown + 1, words, j - 1, False)
        for size in range(2, min(longest, j) + 1):
            if run[j - size : j] in table:
                before = best[j - size]
                choice = min(choice, (before[0], before[1] + 1, j - size, True))
        best.append(choice)
    pieces: list[tuple[str, bool]] = []
    j = len(run)
    while j > 0:
        start, known = best[j][2], best[j][3]
        pieces.append((run[start:j], known))
        j = start
    out: list[str] = []
    pending = ""
    for piece, known in reversed(pieces):
        if not known:
            pending += piece
            continue
        if pending:
            out.append(_distinctive(pending, dotted))
            pending = ""
        out.extend(table[piece])
    if pending:
        out.append(_distinctive(pending, dotted))
    return out


def _distinctive(run: str, dotted: bool) -> str:
    """The characters between a company name's known words, one word: its Pinyin, read by its
    sound as well where its characters transcribe a foreign name (爱尔康, Aerkomm)."""
    if transcribed(run, dotted=dotted, short=True):
        return transcription_reading(run, pinyin(run))
    return pinyin(run)


def legal_form_spellings() -> dict[str, tuple[str, ...]]:
    """Each Chinese legal form as the company reading writes it, by code."""
    return {code: tuple(pinyin(form) for form in forms) for code, forms in LEGAL_FORMS.items()}
