"""Packaging glue: ship the top-level resources/ and forms/ folders inside the package.

Everything else is declared in pyproject.toml.  resources/ and forms/ are mapped to the
data-only packages ``hrdesk.resources`` and ``hrdesk.forms`` so that an installed wheel
carries them; ``hrdesk.paths`` finds them there, in a checkout, or in a frozen bundle.
"""

from setuptools import find_packages, setup

packages = [*find_packages(include=["hrdesk", "hrdesk.*"]), "hrdesk.resources", "hrdesk.forms"]

setup(
    packages=packages,
    package_dir={"hrdesk.resources": "resources", "hrdesk.forms": "forms"},
    package_data={
        "hrdesk.resources": ["**/*"],
        "hrdesk.forms": ["*.ui"],
        "hrdesk.storage.migrations": ["*.mako"],
    },
    include_package_data=False,
)
