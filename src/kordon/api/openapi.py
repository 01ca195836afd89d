"""The API description at /openapi.json, with the schemas that only a request body refers to."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from fastapi import FastAPI
from pydantic import BaseModel

from kordon.api.schemas import DeclarationIn

# Lodging reads its body itself (one declaration or a list, each checked like a file line), so
# FastAPI never sees DeclarationIn as a parameter and would leave the body's $ref dangling.
BODY_ONLY: tuple[type[BaseModel], ...] = (DeclarationIn,)
REF_TEMPLATE = "#/components/schemas/{model}"


def with_body_schemas(app: FastAPI) -> Callable[[], dict[str, Any]]:
    """An `openapi()` for the app that adds the body-only schemas to the components."""
    generate = app.openapi

    def openapi() -> dict[str, Any]:
        schema = generate()
        components = schema.setdefault("components", {}).setdefault("schemas", {})
        for model in BODY_ONLY:
            if model.__name__ in components:
                continue
            definition = model.model_json_schema(ref_template=REF_TEMPLATE)
            for name, nested in definition.pop("$defs", {}).items():
                components.setdefault(name, nested)
            components[model.__name__] = definition
        return schema

    return openapi
