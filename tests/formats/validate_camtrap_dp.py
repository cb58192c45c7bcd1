"""Validates a Camtrap DP 1.0.2 data package with independent tools, against the official schemas kept beside this
script (camtrap-dp-1.0.2/, copied unchanged from tdwg/camtrap-dp at tag 1.0.2; see SOURCE.txt there):

1. datapackage.json against the official profile (camtrap-dp-profile.json), with jsonschema. The profile's reference to
   the Frictionless Data Package profile is served from the copy beside it, and the one to GeoJSON from the copy that
   frictionless ships, since tests run offline.
2. deployments.csv, media.csv and observations.csv against the official table schemas, with frictionless: types,
   formats, patterns, enumerations, ranges, required and unique fields, primary and foreign keys.

Usage: python validate_camtrap_dp.py PACKAGE_FOLDER
Prints each problem on its own line and exits 1 when the package is invalid, 0 when it is valid, 2 when it cannot run.
"""

import json
import sys
from pathlib import Path

SCHEMAS = Path(__file__).resolve().parent / "camtrap-dp-1.0.2"
OFFICIAL_BASE = "https://raw.githubusercontent.com/tdwg/camtrap-dp/1.0.2/"
DATA_PACKAGE_PROFILE = "https://specs.frictionlessdata.io/schemas/data-package.json"
GEOJSON_PROFILE = "http://json.schemastore.org/geojson.json"


def load(name):
    return json.loads((SCHEMAS / name).read_text(encoding="utf-8"))


def profile_problems(descriptor):
    import jsonschema
    from referencing import Registry, Resource
    from referencing.jsonschema import DRAFT4

    import frictionless

    profile = load("camtrap-dp-profile.json")
    # The GeoJSON schema of the package's "spatial" is the one frictionless ships for its geojson fields.
    geojson = json.loads(
        (Path(frictionless.__file__).parent / "assets" / "profiles" / "geojson.json").read_text(encoding="utf-8")
    )
    geojson_resource = Resource.from_contents(geojson, default_specification=DRAFT4)
    registry = Registry().with_resources(
        [
            (DATA_PACKAGE_PROFILE, Resource.from_contents(load("data-package.json"), default_specification=DRAFT4)),
            (GEOJSON_PROFILE, geojson_resource),
            (geojson["id"].rstrip("#"), geojson_resource),
        ]
    )
    validator = jsonschema.Draft4Validator(
        profile, registry=registry, format_checker=jsonschema.Draft4Validator.FORMAT_CHECKER
    )
    return [
        f"datapackage.json {'/'.join(str(p) for p in error.absolute_path) or '(top)'}: {error.message}"
        for error in sorted(validator.iter_errors(descriptor), key=lambda e: list(map(str, e.absolute_path)))
    ]


def table_problems(folder, descriptor):
    from frictionless import Package, system

    problems = []
    local = json.loads(json.dumps(descriptor))
    # The official schemas are read from the copies here; the profile was checked above, and frictionless would
    # otherwise try to download it.
    local.pop("profile", None)
    for resource in local.get("resources", []):
        schema = resource.get("schema")
        if isinstance(schema, str) and schema.startswith(OFFICIAL_BASE):
            name = schema[len(OFFICIAL_BASE):]
            if not (SCHEMAS / name).is_file():
                problems.append(f"resource {resource.get('name')}: no official schema {name} beside the validator")
                continue
            resource["schema"] = load(name)
        elif resource.get("name") in ("deployments", "media", "observations"):
            problems.append(f"resource {resource.get('name')}: schema {schema!r} is not the official {OFFICIAL_BASE} one")
    with system.use_context(trusted=False):
        package = Package(local, basepath=str(folder))
        report = package.validate()
    for task in report.tasks:
        for error in task.errors:
            where = f"row {error.row_number}" if getattr(error, "row_number", None) else ""
            field = getattr(error, "field_name", "") or ""
            problems.append(f"{task.name} {where} {field}: {error.type}: {error.message}".replace("  ", " "))
    for error in report.errors:
        problems.append(f"package: {error.type}: {error.message}")
    return problems


def main():
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        return 2
    folder = Path(sys.argv[1]).resolve()
    try:
        descriptor = json.loads((folder / "datapackage.json").read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        print(f"datapackage.json: {e}")
        return 1
    problems = profile_problems(descriptor) + table_problems(folder, descriptor)
    for p in problems:
        print(p)
    if not problems:
        print("valid Camtrap DP 1.0.2 package")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
