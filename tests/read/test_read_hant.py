"""A passage reads the same in simplified and in traditional script.

Each case is a passage of a reading set's simplified text and the same passage converted once to
traditional script with OpenCC (Taiwan or Hong Kong variants, place converted too), written here
as literal text: the reader must give each figure the same measure, role, basis, scope, period,
accumulation, holder and span in both.
"""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import licheng
from licheng._read._hant import SIMPLIFIED, TRADITIONAL
from licheng._read._vocab import simplify

# (published, place, place in traditional, simplified passage, traditional passage)
CASES: tuple[tuple[str, str | None, str | None, str, str], ...] = (
    (
        "2025-11-03",
        None,
        None,
        (
            "根据地区生产总值统一核算结果,前三季度,全区实现地区生产总值1291.92亿元,"
            "按不变价格计算(下同),同比增长6.2%。其中,第一产业实现增加值72.61亿元"
            ",同比增长3.8%;第二产业实现增加值730.64亿元,同比增长7.2%;第三产"
            "业实现增加值488.68亿元,同比增长4.8%。三次产业结构为5.6:56.6:"
            "37.8。\n一、农业\n前三季度全区实现第一产业增加值72.61亿元,同比增长3."
            "8%;蔬菜产量238.6万吨,增长2.6%;水果产量14.6万吨,增长4.7%。"
        ),
        (
            "根據地區生產總值統一核算結果,前三季度,全區實現地區生產總值1291.92億元,"
            "按不變價格計算(下同),同比增長6.2%。其中,第一產業實現增加值72.61億元"
            ",同比增長3.8%;第二產業實現增加值730.64億元,同比增長7.2%;第三產"
            "業實現增加值488.68億元,同比增長4.8%。三次產業結構為5.6:56.6:"
            "37.8。\n一、農業\n前三季度全區實現第一產業增加值72.61億元,同比增長3."
            "8%;蔬菜產量238.6萬噸,增長2.6%;水果產量14.6萬噸,增長4.7%。"
        ),
    ),
    (
        "2025-10-08",
        "华龙区 / 濮阳市 / 河南省",
        "華龍區 / 濮陽市 / 河南省",
        (
            "前三季度,全区规模以上工业增加值同比下降0.3%,增速比全市平均增速(8.1%)"
            "低8.4个百分点,比全省平均增速(8.4%)低8.7个百分点,增速居全市五县三区"
            "第8位。\n\n分三大门类看,前三季度,制造业、电热气水的供应业、采矿业增加值总量在"
            "全区规上工业增加值的占比为:6.4:5.8:87.8。"
        ),
        (
            "前三季度,全區規模以上工業增加值同比下降0.3%,增速比全市平均增速(8.1%)"
            "低8.4個百分點,比全省平均增速(8.4%)低8.7個百分點,增速居全市五縣三區"
            "第8位。\n\n分三大門類看,前三季度,製造業、電熱氣水的供應業、採礦業增加值總量在"
            "全區規上工業增加值的佔比為:6.4:5.8:87.8。"
        ),
    ),
    (
        "2022-09-01",
        "历城区 / 济南市 / 山东省",
        "歷城區 / 濟南市 / 山東省",
        (
            "历城区坚持发展第一要务,综合实力持续跃升。地区生产总值从634亿元增加到1166"
            "亿元,连续跨越五个百亿大关,在全省县域经济排名由第30位跻身前10名;地方公共预"
            "算收入从28亿元增加到124亿元,十年间翻了两番,连续3年突破百亿大关,总量跃至"
            "全省第5位;固定资产投资年均增速超过20%,累计完成6370亿元,总量稳居全市首"
            "位;常住人口增长41%、达到113万,综合实力站稳全市第一方阵。"
        ),
        (
            "歷城區堅持發展第一要務,綜合實力持續躍升。地區生產總值從634億元增加到1166"
            "億元,連續跨越五個百億大關,在全省縣域經濟排名由第30位躋身前10名;地方公共預"
            "算收入從28億元增加到124億元,十年間翻了兩番,連續3年突破百億大關,總量躍至"
            "全省第5位;固定資產投資年均增速超過20%,累計完成6370億元,總量穩居全市首"
            "位;常住人口增長41%、達到113萬,綜合實力站穩全市第一方陣。"
        ),
    ),
    (
        "2023-11-13",
        "滨海新区 / 绍兴市 / 浙江省",
        "濱海新區 / 紹興市 / 浙江省",
        (
            "前三季度,滨海新区实现地区生产总值662.29亿元,按不变价格计算,同比增长8."
            "2%,增速与半年度持平,位于全省七大新区首位,高于全国、全省、全市增速。\n工业经"
            "济稳进提质\n规模以上工业增加值同比增长10.3%。其中,制造业增加值增长10.9"
            "%,占GDP比重的34.3%。\n服务业支撑有力\n服务业增加值同比增长8.5%。其"
            "中,批发和零售业增加值增长9.7%,住宿和餐饮业增加值增长13.6%,交通运输、"
            "仓储和邮政业增加值增长8.8%,金融业增加值增长12.3%,房地产业增加值增长1"
            ".9%,其他服务业增加值增长6.1%。"
        ),
        (
            "前三季度,濱海新區實現地區生產總值662.29億元,按不變價格計算,同比增長8."
            "2%,增速與半年度持平,位於全省七大新區首位,高於全國、全省、全市增速。\n工業經"
            "濟穩進提質\n規模以上工業增加值同比增長10.3%。其中,製造業增加值增長10.9"
            "%,佔GDP比重的34.3%。\n服務業支撐有力\n服務業增加值同比增長8.5%。其"
            "中,批發和零售業增加值增長9.7%,住宿和餐飲業增加值增長13.6%,交通運輸、"
            "倉儲和郵政業增加值增長8.8%,金融業增加值增長12.3%,房地產業增加值增長1"
            ".9%,其他服務業增加值增長6.1%。"
        ),
    ),
    (
        "2017-07-05",
        "闽清县 / 福州市 / 福建省",
        "閩清縣 / 福州市 / 福建省",
        (
            "(三)建筑行业保持稳定增长。上半年,我县资质内建筑企业93家,完成建筑业总产值1"
            "80.8亿元,增长13%。建筑业增加值完成2.8亿元,增长9.5%,位列全市第1"
            "位。\n(四)第三产业涨幅收窄。上半年,全县第三产业增加值完成19.6亿元,增长6"
            ".3%,较去年同期下降6.8个百分点,位列全市第10位。"
        ),
        (
            "(三)建築行業保持穩定增長。上半年,我縣資質內建築企業93家,完成建築業總產值1"
            "80.8億元,增長13%。建築業增加值完成2.8億元,增長9.5%,位列全市第1"
            "位。\n(四)第三產業漲幅收窄。上半年,全縣第三產業增加值完成19.6億元,增長6"
            ".3%,較去年同期下降6.8個百分點,位列全市第10位。"
        ),
    ),
    (
        "2021-09-20",
        None,
        None,
        (
            "8月规模以上工业增加值同比增5.3% 汽车制造业降12.6%\n本报讯9月15日,"
            "据国家统计局网站显示,8月份,规模以上工业增加值同比实际增长5.3%(以下增加值"
            "增速均为扣除价格因素的实际增长率),比2019年同期增长11.2%,两年平均增长"
            "5.4%。从环比看,8月份,规模以上工业增加值比上月增长0.31%。1~8月份,"
            "规模以上工业增加值同比增长13.1%,两年平均增长6.6%。 分三大门类看,8月"
            "份,采矿业增加值同比增长2.5%,制造业增长5.5%,电力、热力、燃气及水生产和"
            "供应业增长6.3%。"
        ),
        (
            "8月規模以上工業增加值同比增5.3% 汽車製造業降12.6%\n本報訊9月15日,"
            "據國家統計局網站顯示,8月份,規模以上工業增加值同比實際增長5.3%(以下增加值"
            "增速均為扣除價格因素的實際增長率),比2019年同期增長11.2%,兩年平均增長"
            "5.4%。從環比看,8月份,規模以上工業增加值比上月增長0.31%。1~8月份,"
            "規模以上工業增加值同比增長13.1%,兩年平均增長6.6%。 分三大門類看,8月"
            "份,採礦業增加值同比增長2.5%,製造業增長5.5%,電力、熱力、燃氣及水生產和"
            "供應業增長6.3%。"
        ),
    ),
)


def _readings(text: str, published: str, place: str | None) -> list[tuple[object, ...]]:
    reading = licheng.read(text, published=published, place=place)
    return [
        (
            i.measure,
            i.role,
            i.basis,
            i.scope,
            str(i.period),
            i.accumulation,
            simplify(i.subject),
            i.subject_kind,
            i.span,
            i.figure,
        )
        for i in reading.indicators
    ]


@pytest.mark.parametrize(("published", "place", "place_hant", "hans", "hant"), CASES)
def test_a_passage_reads_the_same_in_traditional_script(
    published: str, place: str | None, place_hant: str | None, hans: str, hant: str
) -> None:
    assert len(hans) == len(hant)  # converted one for one: the spans are comparable
    simplified = _readings(hans, published, place)
    assert len(simplified) >= len("1234567")
    assert _readings(hant, published, place_hant) == simplified


def test_taiwan_and_hong_kong_variants_are_read_as_their_simplified_characters() -> None:
    # 綫 (Hong Kong's 線), 説 (說), 衞 (衛), 麵 and 臺 as the simplified words of the tables
    assert simplify("綫上銷售額,説明,衞生,麵粉,臺灣") == "线上销售额,说明,卫生,面粉,台湾"
    # characters that simplified text writes too are left as they are
    assert simplify("乾坤,覆盖,藉口") == "乾坤,覆盖,藉口"


def test_a_place_in_traditional_script_is_the_holder_as_it_was_given() -> None:
    text = "上半年,實現地區生產總值120.5億元,同比增長5.1%。"
    reading = licheng.read(text, published="2024-07-20", place="閩清縣 / 福州市 / 福建省")
    assert [i.subject for i in reading.indicators] == ["閩清縣", "閩清縣"]
    simplified = licheng.read(
        simplify(text), published="2024-07-20", place="闽清县 / 福州市 / 福建省"
    )
    assert [i.subject for i in simplified.indicators] == ["闽清县", "闽清县"]


def test_the_table_maps_each_traditional_character_to_one_simplified_character() -> None:
    assert len(TRADITIONAL) == len(SIMPLIFIED) == len(set(TRADITIONAL))
    assert not set(TRADITIONAL) & set(SIMPLIFIED)  # so simplifying twice changes nothing more


@given(st.text())
def test_simplify_keeps_every_offset(text: str) -> None:
    simple = simplify(text)
    assert len(simple) == len(text)
    assert simplify(simple) == simple
    changed = {a for a, b in zip(text, simple, strict=True) if a != b}
    assert changed <= set(TRADITIONAL + "著矽於徵釐昇叁")  # the table's and the reader's own


@given(st.text(alphabet=st.sampled_from(TRADITIONAL + "，。%0123456789億")))
def test_simplify_leaves_no_character_of_the_table(text: str) -> None:
    assert not set(simplify(text)) & set(TRADITIONAL)


@pytest.mark.parametrize(
    ("text", "place", "expected"),
    [
        # Hong Kong: 按年 and 按月, 對上一季 after a seasonal adjustment
        (
            "2024年5月零售業總銷貨價值為300億元，按年上升5.2%，按月下跌1.1%。",
            "香港",
            [("value", None), ("growth", "yoy"), ("growth", "mom")],
        ),
        (
            "2024年第二季本地生產總值經季節性調整後與對上一季比較上升0.4%，按年實質增長3.3%。",
            "香港",
            [("growth", "mom"), ("growth", "yoy")],
        ),
        # Taiwan: 年增 and 月減, 較上年同月 and 較上月, 個百分點
        (
            "114年10月外銷訂單金額為500億美元，年增12.3%，月減3.4%。",
            "臺灣",
            [("value", None), ("growth", "yoy"), ("growth", "mom")],
        ),
        (
            "114年10月工業生產指數為105.2，較上年同月增加8.1%；經季節調整後較上月減少0.6%。",
            "臺灣",
            [("value", None), ("growth", "yoy"), ("growth", "mom")],
        ),
        (
            "2024年第三季失業率為3.0%，較上季上升0.2個百分點。",
            "香港",
            [("share", None), ("change_pp", "mom")],
        ),
    ],
)
def test_the_bases_taiwan_and_hong_kong_write(
    text: str, place: str, expected: list[tuple[str, str | None]]
) -> None:
    reading = licheng.read(text, published="2025-11-20", place=place)
    assert [
        (str(i.role), None if i.basis is None else str(i.basis)) for i in reading.indicators
    ] == (expected)
    assert not reading.unread
