"""Answering a journalist, or being paid for a story, about school matters without approval (media)."""

from __future__ import annotations

import re

from safesocial.screening.analysis import Context, Span, span_union
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import ADULTS_IN_SCHOOL, Detector
from safesocial.screening.types import Finding, Post

# A local paper's name: a capitalised place and a masthead word ("The Sleaford Standard", "Wells Journal").
_MASTHEAD = re.compile(
    r"\b[A-Z][a-z]{2,20}(?: [A-Z][a-z]{2,20})? (?:Standard|Echo|Gazette|Post|Times|Mail|Herald|Chronicle|"
    r"Advertiser|Mercury|Observer|Argus|Telegraph|Journal|Express|News|Press|Courier|Reporter|Sentinel|"
    r"Guardian|Citizen|Star|Target|Leader|Messenger|Examiner|Recorder|Bulletin)\b"
)
# The masthead word (with the space before it) that every match of _MASTHEAD ends with: a quick first test.
_MASTHEAD_HINT = re.compile(
    r" (?:Standard|Echo|Gazette|Post|Times|Mail|Herald|Chronicle|"
    r"Advertiser|Mercury|Observer|Argus|Telegraph|Journal|Express|News|Press|Courier|Reporter|Sentinel|"
    r"Guardian|Citizen|Star|Target|Leader|Messenger|Examiner|Recorder|Bulletin)\b"
)

# A newsroom's handle: "@BBCNews", "@WellsJournal", "@EchoSophieP".
_NEWS_HANDLE = re.compile(
    r"@(?:bbc|itv|sky|channel4|guardian|telegraph|dailymail|mailonline|mirror|thesun|times|independent|"
    r"walesonline|dailypost|s4c|echo|gazette|journal|chronicle|herald|[a-z0-9_]{0,20}news)[a-z0-9_]{0,20}\b"
    # a place and a masthead word run together: "@FenlandEcho", "@WellsJournal"
    r"|@[a-z0-9_]{2,20}(?:echo|gazette|journal|chronicle|herald|mercury|argus|standard|telegraph|courier|"
    r"advertiser|examiner|sentinel)\b"
)
# What a source says to a reporter, with or without the paper named: asking not to be named, offering to be
# quoted, or telling someone outside the school they "didn't hear it from me". English and Welsh.
_SOURCE = re.compile(
    r"\b(?:you can quote me|quote me on (?:that|this)|(?:don't|do not) quote me|"
    r"(?:keep|leave) my name (?:out|off)|without (?:using )?my name|don't (?:use|print) my name|"
    r"not for attribution|you (?:didn't|did not) hear (?:it|this|that) from me|"
    r"off the record|on background|(?:go|talk|speak|chat|be) on the record|"
    r"(?:happy|glad|willing) to be quoted|for your (?:story|article|piece|paper|column|feature)|"
    r"(?:anonymous|unnamed) source|"
    r"cadwch fy enw allan|gadewch fy enw allan|peidiwch (?:â|a) defnyddio fy enw|heb fy enw|"
    r"chlywsoch chi mohono gen i|chlywsoch chi ddim gen i|oddi ar y record)\b"
)
# An inside story offered to someone outside the school: a source only when it is about the school ("I can
# tell you what really happened with the head's suspension", "happy to give you a quote about the cuts").
_INSIDE = re.compile(
    r"\b(?:give you a quote|tell you what(?:'s| is)? really (?:happened|going on|went on)|"
    r"what really happened|what(?:'s| is) really going on|pay (?:me )?for the story|"
    r"the (?:real|inside) story|dweud (?:be|beth) ddigwyddodd go iawn)\b"
)
_SCHOOL_TOPIC = (
    "school_word",
    "leader_word",
    "staff_word",
    "conf_topic_strong",
    "conf_topic_weak",
    "schoolwork",
)
# How the words reach someone outside the school: a message or comment to them, or a reply to the public.
_OUTWARD_ACTIONS = frozenset({"message", "comment"})
# Leaking for money or for print: "£200 and you can quote me".
_PAID = re.compile(r"(?:£\s?\d|\b\d+\s?(?:quid|pounds)\b)")
# A published piece named as a thing read or copied, not a dealing with the press: "copied the article from
# the Guardian into my slides" (the piece words only; "spoke to", "rang me" stay whatever surrounds them).
_PIECE_WORDS = frozenset({"article", "the story", "quote", "quoted", "a comment", "exclusive"})


def _read_piece(ctx: Context, span: Span) -> bool:
    """ "I read the article in the Guardian": a piece of the press read, copied or shared, in one sentence."""
    if ctx.lower[span[0] : span[1]] not in _PIECE_WORDS or not ctx.has("media_read"):
        return False
    return ctx.near([span], ctx.spans("media_read"), window=40) is not None


@register
class Media(Detector):
    id = "media"
    categories = frozenset({"media"})
    triggers = frozenset({"media_engage", "media_source"})
    authors = ADULTS_IN_SCHOOL

    def detect(self, post: Post, context: Context) -> list[Finding]:
        ctx = context
        engage = [s for s in ctx.spans("media_engage") if not ctx.negated(s) and not _read_piece(ctx, s)]
        if not engage:
            return self._source(post, ctx)
        entities: list[Span] = list(ctx.spans("media_entity"))
        if len(ctx.text) <= 5000 and _MASTHEAD_HINT.search(ctx.text):
            entities.extend(m.span() for m in _MASTHEAD.finditer(ctx.text))
        if (
            len(ctx.text) <= 5000
            and "@" in ctx.text
            and (_INSIDE.search(ctx.lower) or _SOURCE.search(ctx.lower))
        ):
            # a newsroom's handle offered an inside story: "DM me @BBCNews if you want the real story"
            entities.extend(m.span() for m in _NEWS_HANDLE.finditer(ctx.lower))
        if not entities:
            return self._source(post, ctx)
        pair = ctx.near(entities, engage, window=120, sentence=False)
        if pair is None:
            return self._source(post, ctx)
        return [
            self.finding(
                "media",
                ctx,
                span_union(*pair),
                "Deals with a journalist or the press about school matters.",
                0.85,
            )
        ]

    def _source(self, post: Post, ctx: Context) -> list[Finding]:
        """A member of the school talking to someone outside it as a source: "keep my name out of it",
        "you can quote me", "you didn't hear it from me". Only said to one person outside the school (a
        message or comment to a member of the public), never in a post to friends, where the same words are
        gossip (confidential), not the press."""
        outward = post.action in _OUTWARD_ACTIONS and post.recipient_role in (None, "public")
        reply = ctx.text.startswith("@")  # a reply to one account, even in public
        if not outward or (post.audience == "public" and post.action == "comment" and not reply):
            return []
        if len(ctx.text) > 2000 or not ctx.has("media_source"):
            return []
        said = _SOURCE.search(ctx.lower)
        if said is None and (ctx.has(*_SCHOOL_TOPIC) or ctx.orgs):
            said = _INSIDE.search(ctx.lower)
        if said is None or ctx.negated(said.span()):
            return []
        if post.recipient_role is None and _PAID.search(ctx.text) is None and post.audience != "direct":
            return []
        return [
            self.finding(
                "media",
                ctx,
                said.span(),
                "Talks to someone outside the school as a source for a story.",
                0.8,
            )
        ]
