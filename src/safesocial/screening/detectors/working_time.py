"""Personal social-media use in working time (outside breaks) or on school equipment (working-time)."""

from __future__ import annotations

import datetime as dt

from safesocial.screening.analysis import Context
from safesocial.screening.detectors import register
from safesocial.screening.detectors.base import Detector
from safesocial.screening.types import Finding, Post


@register
class WorkingTime(Detector):
    id = "working-time"
    categories = frozenset({"working-time"})
    authors = frozenset({"staff"})

    def detect(self, post: Post, context: Context) -> list[Finding]:
        if post.account != "personal":
            return []
        if post.device == "school" and self.setup.options.get("equipment_rule", True):
            return [
                self.finding(
                    "working-time",
                    context,
                    None,
                    "Uses school equipment for personal social media.",
                    0.9,
                    evidence="device: school",
                )
            ]
        hours = context.profile.profile.working_hours
        if hours is None or post.posted_at is None:
            return []
        local = self.local_time(post.posted_at, context)
        if not hours.is_working(local):
            return []
        return [
            self.finding(
                "working-time",
                context,
                None,
                f"Posted during working time ({local:%a %H:%M}), outside the breaks.",
                0.9,
                evidence=post.posted_at.isoformat(),
            )
        ]

    @staticmethod
    def local_time(when: dt.datetime, context: Context) -> dt.datetime:
        tz = context.profile.profile.timezone
        return when.replace(tzinfo=tz) if when.tzinfo is None else when.astimezone(tz)
