"""Foreign names transcribed into Chinese characters by their sound, read back in Latin letters.

Chinese writes a foreign name with a set of characters chosen for their sound (Xinhua's
transcription tables): 克 ke for k, 斯 si for s, 尔 er for r or l, 德 de and 特 te for d and t,
马 ma, 丁 ding, 罗 luo (马丁 Martin, 尼基达斯 Nikitas), its words apart by a middle dot. Read in
Pinyin such a name is far from its Latin spelling (nijidasi); read by sound, syllable by
syllable, it is near: an initial's Pinyin letter becomes the sounds it stands for (x s or h, q
ch or k, j j or g, d d or t, p p or f, l and r either), a vowel Chinese adds to a lone
consonant goes (克 k, 斯 s, 德 d), and ng ends as n.

Whether characters are such a transcription is told by their share of the set: native names use
some of them too (马 Ma, 林 Lin, 安 An), but seldom three or four in a row.
"""

from __future__ import annotations

import re
from itertools import pairwise

from anyascii import anyascii

from kordon.risk.screening.sounds import sound_part

# The characters of the transcription tables in common use, simplified and traditional.
CHARACTERS = frozenset(
    "阿埃艾爱愛安昂奥奧巴拜班邦鲍鮑贝貝本比彼宾賓波伯博布查达達戴黛丹道德迪蒂丁东東杜敦顿頓多"
    "厄恩尔爾法范菲费費芬丰冯馮弗福夫芙伽盖蓋甘冈岡高戈哥格根贡貢古瓜圭哈海汉漢豪赫黑亨洪胡华"
    "華怀懷惠霍基吉加贾賈杰傑捷金卡喀凯凱坎康考柯科克肯孔库庫夸誇奎昆拉莱萊赖賴兰蘭朗劳勞勒雷"
    "蕾里裏裡利莉丽麗列林琳隆卢盧鲁魯路露伦倫罗羅萝蘿洛马馬玛瑪迈邁麦麥曼芒毛梅门門蒙米明摩莫"
    "姆穆纳納娜奈南瑙内內尼妮涅聶宁寧纽紐努诺諾欧歐帕派潘庞龐佩彭皮珀普奇琪齐齊契恰乔喬切钦欽"
    "琼瓊丘萨薩赛賽塞桑瑟森沙莎珊尚绍紹舍申圣聖施什史舒斯松苏蘇索塔泰坦汤湯唐陶特滕提廷汀通图"
    "圖托瓦娃万萬旺威韦韋维維温溫沃乌烏伍西希锡錫席夏谢謝辛休雅亚亞娅婭扬揚耶叶葉伊因英尤约約"
    "于扎泽澤詹兹茲茨祖佐卓瑞嘎昌钱錢"
)
# Characters of the set that native names and words seldom hold: a run of two or three between
# a company's known words is a transcription only with one of them (蒂尔 Teal, not 泰安 Tai'an).
# 伊 and 德 are not among them: 伊 Yi and 德 De begin native names and words (伊利, 德化).
FOREIGN = frozenset("尔爾斯克特姆兹茲茨弗夫普娅婭娜妮尼蒂迪奥奧乌烏埃莱萊罗羅")
# The characters a run of two is read by sound with, after its first (蒂尔 Teal, 鲍尔 Ball):
# one that ends a foreign syllable. A first 尔 or 斯 is no transcription's (尔康, 斯文).
PAIR_ENDS = frozenset("尔爾斯克")
# Characters whose commonest reading is not the one transcription uses (勒 le, not lei).
_READINGS = {"勒": "le", "伽": "ga", "什": "shi", "茜": "xi", "瑟": "se"}
# The least share of a run's characters from the set for it to be read as a transcription.
SHARE = 0.75
# The fewest characters a run not parted by a dot must have: native names have two or three.
UNDOTTED_MIN = 4
# Pinyin initials as the sounds they transcribe, in marked letters (`sounds.READINGS`).
_INITIALS = (
    ("zh", "J"), ("ch", "ch"), ("sh", "sh"), ("x", "X"), ("q", "Q"), ("j", "J"), ("d", "D"),
    ("l", "L"), ("r", "L"), ("z", "Z"), ("c", "ts"), ("p", "P"),
)  # fmt: skip
# A vowel Chinese adds to a consonant alone: 克 ke, 德 de, 斯 si, 兹 zi, 什 shi.
_ADDED = re.compile(r"^(?:[kgdthlbpf]e|(?:zh|ch|sh|[zcs])i)$")


def transcribed(run: str, dotted: bool = False, short: bool = False) -> bool:
    """Whether a run of characters is a foreign name written by its sound: enough of its
    characters from the transcription set, and four or more unless a dot parts the name (or,
    with `short`, one of them is seldom native: a company's run between known words)."""
    if len(run) < (2 if dotted or short else UNDOTTED_MIN):
        return False
    if short and not dotted and len(run) < UNDOTTED_MIN and FOREIGN.isdisjoint(run):
        return False
    if short and not dotted and len(run) == 2 and run[1] not in PAIR_ENDS:
        return False
    return sum(1 for char in run if char in CHARACTERS) >= SHARE * len(run)


def reading(run: str, key: str = "") -> str:
    """A run of characters as a part to read by its sound (`sounds.sound_part`), keeping `key`
    as its key where given."""
    syllables = [_syllable(char) for char in run]
    for n, (this, after) in enumerate(pairwise(syllables)):
        if this in ("t", "D") and after[:1] in ("s", "X", "Z"):
            # 特斯拉 tesla: a t or d alone before an s would read as the affricate ts (c, k).
            syllables[n] = this + "e"
    return sound_part("".join(syllables), key, characters=True)


def _syllable(char: str) -> str:
    """One character's syllable as the sounds it transcribes, in marked letters."""
    pinyin = _READINGS.get(char) or anyascii(char).lower()
    if pinyin == "er":
        return "L"
    if _ADDED.match(pinyin):
        pinyin = pinyin[:-1]
    elif pinyin.startswith("y") and len(pinyin) > 1:
        # 伊 yi, 因 yin, 耶 ye: a vowel; 亚 ya, 尤 you keep their glide.
        pinyin = pinyin[1:] if pinyin[1] in "ie" else pinyin.replace("ou", "u")
    elif pinyin.startswith("w") and pinyin[1:2] in ("u", "o"):
        pinyin = pinyin[1:]  # 乌 wu, 沃 wo: a vowel
    pinyin = pinyin.replace("uo", "o").replace("ng", "n")
    for initial, sound in _INITIALS:
        if pinyin.startswith(initial):
            return sound + pinyin[len(initial) :]
    return pinyin
