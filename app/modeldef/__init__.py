"""The community-learning model as versioned data."""

from app.modeldef.definition import KeyMap, Lineage, ModelDefinition, Text  # noqa: F401
from app.modeldef.loader import (  # noqa: F401
    ModelDefinitionError,
    load_definition,
    parse_definition,
)
from app.modeldef.registry import UnknownModel, current_definition, definition_for  # noqa: F401
