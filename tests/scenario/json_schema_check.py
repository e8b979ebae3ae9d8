"""Checks scenario files, converted to JSON, against wfsim's JSON Schema with python3-jsonschema
(the Debian package), as an editor's YAML language server would.

Usage: json_schema_check.py SCHEMA.json [--valid FILE.json ...] [--invalid FILE.json ...]

Exit status: 0 when the schema is a valid draft-07 schema, every --valid file passes and every
--invalid file fails; 3 when jsonschema is not installed (the caller skips); 1 otherwise, after
printing why."""
import json
import sys


def main(argv):
    try:
        import jsonschema
    except ImportError:
        print("python3-jsonschema is not installed")
        return 3
    schema_path, valid, invalid = argv[0], [], []
    target = None
    for arg in argv[1:]:
        if arg in ("--valid", "--invalid"):
            target = valid if arg == "--valid" else invalid
        else:
            target.append(arg)
    with open(schema_path, encoding="utf-8") as f:
        schema = json.load(f)
    jsonschema.Draft7Validator.check_schema(schema)
    validator = jsonschema.Draft7Validator(schema)
    failures = []
    for path in valid:
        with open(path, encoding="utf-8") as f:
            errors = list(validator.iter_errors(json.load(f)))
        for error in errors:
            where = "/".join(str(p) for p in error.absolute_path)
            failures.append(f"{path}: rejected at '{where}': {error.message}")
    for path in invalid:
        with open(path, encoding="utf-8") as f:
            if validator.is_valid(json.load(f)):
                failures.append(f"{path}: accepted, but it is not a valid scenario")
    for failure in failures:
        print(failure)
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
