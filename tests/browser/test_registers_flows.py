"""What people do on the registers pages, in a real browser: confirm the policy after a reminder, review a
declaration, approve a business case and reveal credentials, block a no-publish pupil, and check a post."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.management import call_command
from tests.factories import PASSWORD
from tests.registers.conftest import build_cast
from tests.registers.helpers import adopt, approved_account, make_ready

from safesocial.audit.models import AuditEntry
from safesocial.registers import services
from safesocial.registers.models import Declaration

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def open_as(browser, live_server):
    """A fresh signed-in browser page for each person, as if on their own computer."""
    contexts = []

    def _open(user):
        context = browser.new_context(base_url=live_server.url, locale="en-GB")
        context.set_default_timeout(15000)
        contexts.append(context)
        page = context.new_page()
        page.goto("/accounts/login/")
        page.get_by_label("Username").fill(user.username)
        page.get_by_label("Password").fill(PASSWORD)
        page.get_by_role("button", name="Sign in").click()
        page.wait_for_load_state()
        return page

    yield _open
    for context in contexts:
        context.close()


def _worker() -> None:
    call_command("db_worker", batch=True, no_startup_delay=True, verbosity=0)


def test_a_head_adopts_the_policy_a_reminder_is_sent_and_a_teacher_confirms(open_as):
    cast = build_cast(pack="bwmat", name="Hillside Primary")
    head = open_as(cast.head)
    head.goto(f"/registers/{cast.school.slug}/policy/")
    head.get_by_role("button", name="Adopt and publish").click()
    assert "The policy is adopted" in head.inner_text("main")
    _worker()
    mail.outbox.clear()
    head.get_by_role("link", name="Who has confirmed the policy").click()
    head.get_by_role("button", name="Send reminders now").click()
    assert "Reminders are being sent" in head.inner_text("main")
    _worker()
    assert cast.teacher.email in {m.to[0] for m in mail.outbox}

    teacher = open_as(cast.teacher)
    assert "Read and confirm the school's social media policy" in teacher.inner_text("main")
    teacher.get_by_role("link", name="Read and confirm the school's social media policy").first.click()
    assert "Colleagues must not accept pupils as friends" in teacher.inner_text("main")
    teacher.get_by_label("I have read the policy and I understand what it asks of me.").check()
    teacher.get_by_role("button", name="Confirm").click()
    assert "Your confirmation has been recorded" in teacher.inner_text("main")

    head.reload()
    row = head.get_by_role("row", name="Dafydd Jones")
    assert "Not yet" not in row.inner_text()
    assert "Not yet" in head.get_by_role("row", name="Nia Lewis").inner_text()


def test_a_teacher_declares_a_relationship_and_the_dsl_reviews_it(open_as):
    cast = build_cast(pack="archbishop-hutton", name="Archbishop Hutton's")
    teacher = open_as(cast.teacher)
    teacher.goto(f"/registers/{cast.school.slug}/declarations/")
    teacher.get_by_role("link", name="Make a declaration").click()
    teacher.get_by_label("I have social contact with a pupil's family").check()
    teacher.get_by_label("Pupils this is about (if any)").select_option(label="Osian Parry (Year 4)")
    teacher.get_by_label("Details").fill("Osian's parents and I sing in the same parish choir.")
    teacher.get_by_role("button", name="Send for review").click()
    assert "Your declaration has been sent for review" in teacher.inner_text("main")

    dsl = open_as(cast.dsl)
    dsl.goto(f"/registers/{cast.school.slug}/declarations/")
    dsl.get_by_role("link", name="I have social contact with a pupil's family").click()
    assert "parish choir" in dsl.inner_text("main")
    dsl.get_by_role("button", name="Record the review").click()  # nothing chosen: errors at the top
    assert "There is a problem" in dsl.inner_text("main")
    dsl.get_by_label("Noted: arrangements agreed (say what)").check()
    dsl.get_by_label("Note for the record").fill("No contact through personal social media; choir only.")
    dsl.get_by_role("button", name="Record the review").click()
    assert "Your review has been recorded" in dsl.inner_text("main")
    declaration = Declaration.objects.get()
    assert declaration.status == "arrangements" and declaration.reviewed_by == cast.dsl
    assert AuditEntry.objects.filter(action="declaration.viewed", actor=cast.dsl).exists()


def test_a_business_case_is_approved_and_only_a_named_runner_sees_the_credentials(open_as):
    cast = build_cast()
    adopt(cast.school, cast.head)
    make_ready(cast.school, cast.head, cast.teacher, cast.teacher2)

    proposer = open_as(cast.teacher)
    proposer.goto(f"/registers/{cast.school.slug}/accounts/")
    proposer.get_by_role("link", name="Propose an account").click()
    proposer.get_by_label("Account name").fill("Llanbedrog Local History")
    proposer.get_by_label("Platform").select_option("x")
    proposer.get_by_label("The aim of the account").fill("Share the village's history project")
    proposer.get_by_label("The intended audience").fill("Families and the village")
    proposer.get_by_label("How the account will be promoted").fill("Newsletter and the school website")
    proposer.get_by_label("Open (anyone can see it)").check()
    proposer.get_by_label("Who will run the account").select_option(label="Dafydd Jones")
    proposer.get_by_role("button", name="Send the business case").click()
    assert "Name at least 2 members of staff" in proposer.inner_text("main")
    proposer.get_by_label("Who will run the account").select_option(label=["Dafydd Jones", "Nia Lewis"])
    proposer.get_by_role("button", name="Send the business case").click()
    assert "sent to the senior leadership team" in proposer.inner_text("main")
    case_url = proposer.url

    slt = open_as(cast.slt)
    slt.goto(case_url)
    slt.get_by_label("Approve").check()
    slt.get_by_label("Reasons").fill("A clear aim, two trained runners.")
    slt.get_by_role("button", name="Record the decision").click()
    assert "Approved" in slt.inner_text("main")

    admin = open_as(cast.admin)
    admin.goto(case_url)
    admin.get_by_label("Handle or address of the account").fill("@LlanbedrogHanes")
    admin.get_by_label("Sign-in details").fill("user: llanbedroghanes\npassword: Gw1nt-ar-y-Bryn")
    admin.get_by_role("button", name="Record the account").click()
    assert "The account has been recorded" in admin.inner_text("main")
    account_url = admin.url
    assert "Gw1nt-ar-y-Bryn" not in admin.content()
    assert admin.get_by_role("link", name="Show the sign-in details").count() == 0

    runner = open_as(cast.teacher2)
    runner.goto(account_url)
    runner.get_by_role("link", name="Show the sign-in details").click()
    runner.get_by_label("Your SafeSocial password").fill("not my password")
    runner.get_by_role("button", name="Show the sign-in details").click()
    assert "That is not your password" in runner.inner_text("main")
    runner.get_by_label("Your SafeSocial password").fill(PASSWORD)
    runner.get_by_role("button", name="Show the sign-in details").click()
    assert "Gw1nt-ar-y-Bryn" in runner.inner_text("#credentials")

    head = open_as(cast.head)
    response = head.goto(account_url + "sign-in-details/")
    assert response.status == 404 and "Gw1nt-ar-y-Bryn" not in head.content()
    revealed = AuditEntry.objects.filter(action="account.credentials_revealed")
    assert [e.actor for e in revealed] == [cast.teacher2]
    assert AuditEntry.objects.filter(action="account.credentials_refused", actor=cast.teacher2).count() == 1


def test_the_pre_publication_check_blocks_a_pupil_on_the_no_publish_list(open_as):
    cast = build_cast()
    account = approved_account(cast)
    runner = open_as(cast.teacher)
    runner.goto(f"/registers/{cast.school.slug}/accounts/{account.pk}/")
    runner.get_by_role("link", name="Check a post before publishing").click()
    runner.get_by_label("The post, as it will appear").fill("Year 4 had a wonderful day at the beach!")
    runner.get_by_label("Pupils shown in the photo or video").select_option(
        label=["Osian Parry (Year 4)", "Ffion Hughes (Year 4)"]
    )
    runner.get_by_role("button", name="Check the post").click()
    main = runner.inner_text("main")
    assert "Do not publish this post" in main
    assert "Ffion Hughes is on the no-publish list" in main
    assert runner.get_by_role("button", name="Approve for publishing").count() == 0

    second = open_as(cast.teacher2)
    second.goto(runner.url)
    assert second.get_by_role("button", name="Approve for publishing").count() == 0


@pytest.mark.parametrize(
    ("pack", "clause", "quote"),
    [
        ("bwmat", "4.3.1", "Colleagues must not accept pupils as friends"),
        ("ysgol-llanbedrog", "10.2", "Staff are not permitted to follow or engage with current pupils"),
    ],
)
def test_check_my_post_cites_the_clause_of_the_schools_own_policy(open_as, pack, clause, quote):
    cast = build_cast(pack=pack, name=f"School on {pack}")
    teacher = open_as(cast.teacher)
    teacher.goto(f"/registers/{cast.school.slug}/check-my-post/")
    teacher.get_by_label("Your draft post or message").fill(
        "Just accepted a friend request from Osian Parry in my class, lovely lad"
    )
    teacher.get_by_label("Platform").select_option("facebook")
    teacher.get_by_label("Who will see it?").select_option("friends")
    teacher.get_by_role("button", name="Check", exact=True).click()
    result = teacher.locator("#check-result")
    result.get_by_text(f"clause {clause}").first.wait_for()
    text = result.inner_text()
    assert quote in text and "Contact with a pupil" in text
    assert "Nothing about this check has been kept." in text
    assert teacher.url.endswith("/check-my-post/")  # the result came back as a partial, no reload


def test_a_welsh_school_shows_welsh_with_english_one_click_away(open_as):
    cast = build_cast(pack="ysgol-llanbedrog", language="cy", name="Ysgol Llanbedrog")
    services.policy_adopt(school=cast.school, actor=cast.head)
    teacher = open_as(cast.teacher)
    teacher.goto(f"/registers/{cast.school.slug}/policy/")
    assert teacher.get_attribute("html", "lang") == "cy"
    assert "Darllen a chadarnhau" in teacher.inner_text("main")
    teacher.get_by_role("button", name="English").click()
    teacher.wait_for_load_state()
    assert teacher.get_attribute("html", "lang") == "en"
    assert "Read and confirm" in teacher.inner_text("main")
