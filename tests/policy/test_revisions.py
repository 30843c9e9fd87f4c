"""Revisions: a school copies a pack, edits it, validates it and adopts it; each change is a new revision that
names the revision it came from, and stale or unbumped copies are refused with a reason."""

from __future__ import annotations

import pytest

from safesocial.policy import (
    LoadedPack,
    PackError,
    RevisionError,
    adopt_pack,
    first_revision,
    fork_pack,
    load_bundled,
    next_revision,
    revision_label,
)

OWNER = "  document_owner: Management Team (SMT)\n"


@pytest.fixture
def current() -> LoadedPack:
    return load_bundled("ysgol-llanbedrog")


def edit(text: str, owner: str) -> str:
    """What a school might change: who owns the document."""
    assert OWNER in text
    return text.replace(OWNER, f"  document_owner: {owner}\n", 1)


def test_when_a_pack_is_forked_then_the_copy_is_the_next_revision_derived_from_it(
    current: LoadedPack,
) -> None:
    text = fork_pack(current)
    assert text.startswith("# ")  # a header telling the school what the file is
    adopted = next_revision(current, edit(text, "Pennaeth"))
    assert adopted.pack.revision == current.pack.revision + 1
    assert adopted.pack.derived_from == f"ysgol-llanbedrog@{current.content_hash}"
    assert adopted.pack.metadata.document_owner == "Pennaeth"
    assert adopted.content_hash != current.content_hash
    assert adopted.pack.clauses == current.pack.clauses


def test_when_each_change_is_adopted_then_revisions_count_up_and_chain(current: LoadedPack) -> None:
    second = next_revision(current, edit(fork_pack(current), "Pennaeth"))
    third = next_revision(second, fork_pack(second).replace("owner: Pennaeth", "owner: Dirprwy"))
    assert (second.pack.revision, third.pack.revision) == (2, 3)
    assert third.pack.derived_from == f"ysgol-llanbedrog@{second.content_hash}"
    assert revision_label(third) == f"ysgol-llanbedrog@r3:{third.content_hash[:12]}"


def test_when_the_same_content_is_labelled_twice_then_the_label_is_the_same(current: LoadedPack) -> None:
    text = edit(fork_pack(current), "Pennaeth")
    assert revision_label(next_revision(current, text)) == revision_label(next_revision(current, text))


def test_when_nothing_changed_then_the_current_revision_is_returned(current: LoadedPack) -> None:
    second = next_revision(current, edit(fork_pack(current), "Pennaeth"))
    assert next_revision(second, edit(fork_pack(current), "Pennaeth")) is second


def test_when_the_revision_number_was_not_bumped_then_the_change_is_refused(current: LoadedPack) -> None:
    text = edit(fork_pack(current), "Pennaeth").replace("\nrevision: 2\n", "\nrevision: 1\n")
    with pytest.raises(RevisionError) as caught:
        next_revision(current, text)
    assert [p.field for p in caught.value.problems] == ["revision"]
    assert "needs revision: 2" in str(caught.value)


def test_when_the_id_changed_then_the_change_is_refused(current: LoadedPack) -> None:
    text = fork_pack(current, new_id="llanbedrog-local")
    with pytest.raises(RevisionError, match="the id changed from 'ysgol-llanbedrog' to 'llanbedrog-local'"):
        next_revision(current, text)


def test_when_an_edit_was_made_from_an_older_revision_then_it_is_refused_as_stale(
    current: LoadedPack,
) -> None:
    second = next_revision(current, edit(fork_pack(current), "Pennaeth"))
    stale = edit(fork_pack(current), "Dirprwy").replace("\nrevision: 2\n", "\nrevision: 3\n")
    with pytest.raises(RevisionError, match="made from an earlier revision"):
        next_revision(second, stale)


def test_when_derived_from_is_missing_then_the_value_to_write_is_given(current: LoadedPack) -> None:
    text = "\n".join(
        line for line in edit(fork_pack(current), "Pennaeth").splitlines() if "derived_from" not in line
    )
    with pytest.raises(RevisionError, match=f'set derived_from: "ysgol-llanbedrog@{current.content_hash}"'):
        next_revision(current, text)


def test_when_an_edit_breaks_the_pack_then_the_validation_problems_come_back(current: LoadedPack) -> None:
    text = fork_pack(current).replace("strength: must-not", "strength: never", 1)
    with pytest.raises(PackError) as caught:
        next_revision(current, text, source="llanbedrog.yaml")
    assert not isinstance(caught.value, RevisionError)
    assert "llanbedrog.yaml: clause" in str(caught.value) and "'never' is not an allowed strength" in str(
        caught.value
    )


def test_when_forked_under_a_new_id_then_it_is_revision_one_of_a_new_pack(current: LoadedPack) -> None:
    own = first_revision(fork_pack(current, new_id="llanbedrog-local"))
    assert (own.id, own.pack.revision) == ("llanbedrog-local", 1)
    assert own.pack.derived_from == f"ysgol-llanbedrog@{current.content_hash}"
    assert adopt_pack(fork_pack(own), current=own).pack.revision == 2


def test_when_a_new_id_is_not_usable_then_the_fork_is_refused(current: LoadedPack) -> None:
    with pytest.raises(PackError, match="'Llanbedrog Local' is not a usable id"):
        fork_pack(current, new_id="Llanbedrog Local")


def test_when_a_first_revision_claims_a_later_number_then_it_is_refused(current: LoadedPack) -> None:
    text = fork_pack(current, new_id="llanbedrog-local").replace("\nrevision: 1\n", "\nrevision: 4\n")
    with pytest.raises(RevisionError, match="starts at revision: 1"):
        adopt_pack(text)
