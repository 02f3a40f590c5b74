from __future__ import annotations

import math
import pickle
import subprocess
import sys

import pint
import pytest

from licheng import Q_, ureg, use_as_application_registry
from licheng._units import base_factor, conversion_factor, float_quantity, get_unit, is_count
from licheng.exceptions import LichengError, UndefinedUnitError, UnitError


def test_yuan_and_its_prefixes() -> None:
    assert Q_(52.2, "亿元").to("元").magnitude == pytest.approx(5.22e9)
    assert Q_(3, "万元").to("yuan").magnitude == 30000
    assert Q_(1.2, "万亿元").to("CNY").magnitude == pytest.approx(1.2e12)
    assert Q_(1, "RMB") == Q_(1, "元") == Q_(1, "人民币")


def test_mu_is_the_chinese_mu_not_micro() -> None:
    assert Q_(400, "亩").to("hectare").magnitude == pytest.approx(26.6667, rel=1e-5)
    assert Q_(1, "mu").to("m**2").magnitude == pytest.approx(10000 / 15)
    assert Q_(15, "亩").to("公顷").magnitude == pytest.approx(1)
    assert Q_(1, "万亩").to("亩").magnitude == pytest.approx(1e4)


def test_wan_square_meters_is_1e4_square_meters() -> None:
    assert Q_(40, "万平方米").to("m**2").magnitude == pytest.approx(400_000)
    assert Q_(1, "平方公里").to("公顷").magnitude == pytest.approx(100)
    assert Q_(1, "平米") == Q_(1, "平方米")


def test_computing_power() -> None:
    assert Q_(2300, "PFLOPS").to("EFLOPS").magnitude == pytest.approx(2.3)
    assert Q_(1, "EFLOPS").to("TFLOPS").magnitude == pytest.approx(1e6)
    with pytest.raises(pint.DimensionalityError):
        Q_(1, "PFLOPS").to("W")


@pytest.mark.parametrize(
    ("value", "unit", "target", "expected"),
    [
        (1, "千瓦", "W", 1e3),
        (6, "兆瓦", "kW", 6e3),
        (1, "GW", "MW", 1e3),
        (1, "度", "千瓦时", 1),
        (1, "兆瓦时", "kWh", 1e3),
        (1, "亿千瓦时", "kWh", 1e8),
        (1, "MWh", "Wh", 1e6),
        (3, "万吨", "吨", 3e4),
        (1, "t", "kg", 1e3),
        (1, "公里", "m", 1e3),
        (2, "年", "个月", 24),
    ],
)
def test_power_energy_mass_length_time(
    value: float, unit: str, target: str, expected: float
) -> None:
    assert Q_(value, unit).to(target).magnitude == pytest.approx(expected)


def test_currencies_never_mix() -> None:
    with pytest.raises(pint.DimensionalityError):
        Q_(1, "USD") + Q_(1, "元")
    with pytest.raises(TypeError):
        Q_(1, "欧元").to("元")
    for a, b in [("美元", "港元"), ("日元", "韩元"), ("英镑", "新台币"), ("卢布", "元")]:
        assert Q_(1, a).dimensionality != Q_(1, b).dimensionality


def test_percent_and_percentage_points_are_not_interchangeable() -> None:
    assert Q_(28, "percent").to("").magnitude == pytest.approx(0.28)
    assert Q_(28, "%") == Q_(28, "percent")
    with pytest.raises(pint.DimensionalityError):
        Q_(10, "百分点") + Q_(10, "percent")
    with pytest.raises(pint.DimensionalityError):
        Q_(10, "个百分点").to("percent")


def test_counts_of_different_things_do_not_add() -> None:
    assert (Q_(3, "家") + Q_(4, "家")).magnitude == 7
    with pytest.raises(pint.DimensionalityError):
        Q_(3, "家") + Q_(4, "个")
    assert is_count("家")
    assert is_count("项")
    assert not is_count("亿元")
    assert not is_count("percent")


def test_unknown_units_raise_our_error() -> None:
    # 担 (a picul): no unit of the registry (斤 is one since issue 17)
    with pytest.raises(UndefinedUnitError, match="担") as info:
        Q_(1, "担")
    assert isinstance(info.value, LichengError)
    assert isinstance(info.value, ValueError)
    assert isinstance(info.value, UnitError)


def test_unit_objects_are_parsed_once() -> None:
    assert get_unit("亿元") is get_unit("亿元")
    assert Q_(1, get_unit("亿元")) == Q_(1, "亿元")


def test_factors_are_exact_for_powers_of_ten() -> None:
    assert str(base_factor("亿元")[0]) == "1E+8"
    assert str(conversion_factor("万亿元", "亿元")) == "1E+4"
    assert str(conversion_factor("万平方米", "平方米")) == "1E+4"
    with pytest.raises(UnitError, match="cannot convert"):
        conversion_factor("亿元", "亩")


def test_quantities_pickle_with_their_units() -> None:
    quantity = Q_(52.2, "亿元")
    assert pickle.loads(pickle.dumps(quantity)) == quantity


def test_one_registry() -> None:
    assert Q_(1, "元")._REGISTRY is ureg
    assert math.isclose(ureg.Quantity(1, "mu").to("m**2").magnitude, 666.6666666666666)


@pytest.mark.parametrize("unit", ["亿元", "万平方米", "亩", "家", "percent", "PFLOPS", "kWh", ""])
def test_float_quantity_is_the_quantity_pint_builds(unit: str) -> None:
    fast = float_quantity(52.2, unit)
    slow = Q_(52.2, unit)
    assert type(fast) is type(slow)
    assert vars(fast) == vars(slow)
    assert fast == slow
    assert fast.to_base_units() == slow.to_base_units()
    assert pickle.loads(pickle.dumps(fast)) == slow


def test_float_quantity_is_new_every_call() -> None:
    first = float_quantity(3.0, "亿元")
    first.ito("元")
    second = float_quantity(3.0, "亿元")
    assert first is not second
    assert second.units == get_unit("亿元")
    assert second.magnitude == 3.0


_HOST_APP = """
import pickle, pint
ureg = pint.UnitRegistry()
pint.set_application_registry(ureg)
ureg.define("widget = [widget]")
before = ureg.Quantity(3, "widget")
import licheng
from licheng import Figure, Q_
assert pint.get_application_registry().get() is ureg, "licheng replaced the application registry"
after = ureg.Quantity(2, "widget") + before
assert after.magnitude == 5 and after._REGISTRY is ureg
assert pickle.loads(pickle.dumps(before)) == before  # the host's quantities unpickle as before
quantity = pickle.loads(pickle.dumps(Q_(52.2, "亿元")))
assert quantity._REGISTRY is licheng.ureg and quantity == Q_(52.2, "亿元")
figure = Figure("52.2", "亿元")
assert pickle.loads(pickle.dumps(figure)) == figure
assert pickle.loads(pickle.dumps(figure.value)) == figure.value
print("ok")
"""


def test_import_leaves_the_host_application_registry_alone() -> None:
    result = subprocess.run(
        [sys.executable, "-c", _HOST_APP], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


def test_licheng_quantities_unpickle_without_the_application_registry() -> None:
    assert pint.get_application_registry().get() is not ureg
    unit = pickle.loads(pickle.dumps(get_unit("(亿元) / (家)")))
    assert unit == get_unit("(亿元) / (家)")
    assert unit._REGISTRY is ureg


def test_use_as_application_registry_is_an_explicit_opt_in() -> None:
    registry = pint.get_application_registry()
    before = registry.get()
    try:
        use_as_application_registry()
        assert registry.get() is ureg
        assert pint.Quantity(1, "亿元").to("元").magnitude == 1e8
    finally:
        pint.set_application_registry(before)
