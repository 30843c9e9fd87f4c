"""Revisions: a school copies a pack, edits it, validates it and adopts it.

Every adopted change is a new revision of the same pack id: `revision` goes up by exactly one and
`derived_from` names the revision it was made from as "<pack id>@<content hash>". The content hash
identifies a revision, so a stored decision that records `revision_label` can always be traced to the exact
text it was made under.

The workflow, for the web app or a script:

    current = load_bundled("bwmat")               # or the school's adopted revision
    text = fork_pack(current)                      # YAML to edit: revision + 1, derived_from filled in
    ...the school edits `text`...
    adopted = next_revision(current, text)         # validates, and refuses a stale or unbumped copy

`fork_pack(current, new_id="hollybank")` starts a new pack of the school's own instead (revision 1,
derived_from still naming what it was copied from); adopt that with `first_revision(text)`.
"""

from __future__ import annotations

import re

from safesocial.policy.loader import (
    LoadedPack,
    PackError,
    Problem,
    dump_pack_yaml,
    parse_pack,
    parse_pack_text,
)

_DERIVED_FROM = re.compile(r"^[a-z0-9][a-z0-9\-]{1,60}@[0-9a-f]{64}$")


class RevisionError(PackError):
    """A valid pack that cannot be adopted as the next revision (stale, revision not bumped, id changed)."""


def parent_ref(loaded: LoadedPack) -> str:
    """What a revision made from `loaded` puts in `derived_from`."""
    return f"{loaded.id}@{loaded.content_hash}"


def revision_label(loaded: LoadedPack) -> str:
    """Stable, short label for a revision, e.g. ``bwmat@r2:1a2b3c4d5e6f``: same content, same label."""
    return loaded.revision_label


def fork_pack(loaded: LoadedPack, *, new_id: str | None = None) -> str:
    """YAML text of a copy of `loaded` for a school to edit.

    With the same id, the copy is the next revision of that pack; with `new_id`, it is revision 1 of a new
    pack. Either way `derived_from` records the revision it was copied from.
    """
    pack = loaded.pack
    target = new_id or pack.id
    revision = pack.revision + 1 if target == pack.id else 1
    data = pack.model_dump(mode="json", exclude_defaults=True)
    data.update(id=target, revision=revision, derived_from=parent_ref(loaded))
    forked = parse_pack(data, source=f"copy of {loaded.revision_label}").pack  # checks new_id is usable
    title = pack.metadata.title.replace("\n", " ")
    header = (
        f"# {title}, {pack.metadata.organisation.name}: a copy of {loaded.revision_label} to edit.\n"
        "# Keep every quote in the policy's exact words. Check it with: safesocial policy validate FILE\n"
        "# Leave `revision` and `derived_from` as they are; they record what this copy was made from.\n"
    )
    return header + dump_pack_yaml(forked)


def next_revision(old: LoadedPack, new_text: str, *, source: str = "edited pack") -> LoadedPack:
    """Validate `new_text` as the revision after `old`.

    Unchanged content gives `old` back. A changed pack must keep the id, have revision `old.revision + 1`
    and be derived from `old`; otherwise RevisionError says what to change.
    """
    new = parse_pack_text(new_text, source=source)
    if new.id != old.id:
        raise RevisionError(
            [
                Problem(
                    source,
                    None,
                    "id",
                    f"the id changed from '{old.id}' to '{new.id}'; a revision keeps its pack's id "
                    "(to start a pack of your own, copy it with a new id instead)",
                )
            ]
        )
    if new.content_hash == old.content_hash:
        return old
    problems: list[Problem] = []
    expected = old.pack.revision + 1
    if new.pack.revision != expected:
        problems.append(
            Problem(
                source,
                None,
                "revision",
                f"the current revision is {old.pack.revision}, so a changed pack needs revision: {expected} "
                f"(it has {new.pack.revision})",
            )
        )
    parent = parent_ref(old)
    if new.pack.derived_from != parent:
        stale = new.pack.derived_from is not None and new.pack.derived_from.startswith(f"{old.id}@")
        reason = (
            "this copy was made from an earlier revision; copy the current one and make your changes there"
            if stale
            else f'set derived_from: "{parent}"'
        )
        problems.append(Problem(source, None, "derived_from", f"must name the current revision: {reason}"))
    if problems:
        raise RevisionError(problems)
    return new


def first_revision(text: str, *, source: str = "new pack") -> LoadedPack:
    """Validate `text` as the first revision of a school's own pack (for example a copy under a new id)."""
    new = parse_pack_text(text, source=source)
    problems: list[Problem] = []
    if new.pack.revision != 1:
        problems.append(
            Problem(
                source, None, "revision", f"a new pack starts at revision: 1 (it has {new.pack.revision})"
            )
        )
    derived = new.pack.derived_from
    if derived is not None and not _DERIVED_FROM.match(derived):
        problems.append(
            Problem(source, None, "derived_from", "should be '<pack id>@<content hash>', as a copy writes it")
        )
    if problems:
        raise RevisionError(problems)
    return new


def adopt_pack(text: str, *, current: LoadedPack | None = None, source: str = "edited pack") -> LoadedPack:
    """The one call for adopting an edited pack: the next revision of `current`, or a first revision."""
    return next_revision(current, text, source=source) if current else first_revision(text, source=source)
