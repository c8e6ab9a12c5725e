"""The package list for setuptools (everything else is in pyproject.toml).

Every package under app/ is found, so a new sub-package can never be missing from the wheel.
resources/ and db/migrations/ stay at the top of the repository (the design card) and travel inside
the wheel as app._resources and app._migrations; `[tool.setuptools.packages.find]` cannot express
that (it never finds a package mapped from another folder), hence these few lines.
"""

from setuptools import find_namespace_packages, find_packages, setup

MAPPED = {"app._resources": "resources", "app._migrations": "db/migrations"}

packages = find_packages(include=["app", "app.*"])
for name, folder in MAPPED.items():
    # the data folders (resources/model, resources/i18n …) have no __init__.py: namespace packages
    subs = find_namespace_packages(folder, exclude=["*__pycache__*"])
    packages += [name] + [f"{name}.{sub}" for sub in subs]

setup(packages=packages, package_dir=MAPPED)
