from __future__ import annotations

import pytest
from tests.factories import PASSWORD, make_school, make_user

pytestmark = pytest.mark.django_db(transaction=True)


def test_when_a_head_signs_in_then_the_home_page_names_their_school(page, sign_in):
    school = make_school("Ysgol Llanbedrog", pack="ysgol-llanbedrog", language="cy")
    make_user(
        school, "head_teacher", username="head.ysgol-llanbedrog", first_name="Eleri", last_name="Davies"
    )
    sign_in("head.ysgol-llanbedrog", PASSWORD)
    page.wait_for_url("**/")
    assert "Ysgol Llanbedrog" in page.inner_text("main")
    assert page.get_attribute("html", "lang") in {"en", "cy"}
