"""The JSON API: token auth, OpenAPI schema at /api/openapi.json. Each app adds its router in `routers()`."""

from __future__ import annotations

from ninja import NinjaAPI

from safesocial.api.auth import TokenAuth

api = NinjaAPI(
    title="SafeSocial API",
    version="1",
    description=(
        "Reports, cases, evidence, protocol steps and letters, for monitoring tools and safeguarding systems."
    ),
    auth=TokenAuth(),
    openapi_url="/openapi.json",
    docs_url="/docs",
    urls_namespace="api",
)


def _mount() -> None:
    from importlib import import_module

    for module_name, prefix in (
        ("safesocial.cases.api", "/"),
        ("safesocial.registers.api", "/registers/"),
        ("safesocial.monitoring.api", "/monitoring/"),
    ):
        try:
            module = import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name != module_name:
                raise
            continue
        api.add_router(prefix, module.router)


_mount()
