"""The pages' template environment looks dict keys up directly, with the same answers as Jinja's own."""

from __future__ import annotations

import jinja2
import pytest

from camcensus.web.app import templates


def test_dict_lookups_give_what_jinja_gives() -> None:
    env, plain = templates(), jinja2.Environment(undefined=jinja2.StrictUndefined)
    source = "{{ d.name }} {{ d.get('x') }} {{ d.items() | list | length }} {{ o.real }}"
    data = {"d": {"name": "Vale School", "x": 1, "get": "a fact named get"}, "o": 3}
    expected = "Vale School 1 3 3"
    assert env.from_string(source).render(data) == plain.from_string(source).render(data) == expected
    for e in (env, plain):
        with pytest.raises(jinja2.UndefinedError):
            e.from_string("{{ d.missing }}").render(d={})
