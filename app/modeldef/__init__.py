"""The community-learning model as versioned data."""

from app.modeldef.definition import ModelDefinition, Text  # noqa: F401
from app.modeldef.loader import (  # noqa: F401
    ModelDefinitionError, current_definition, definition_for, load_definition, parse_definition,
)
