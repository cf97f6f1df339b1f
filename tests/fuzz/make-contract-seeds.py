#!/usr/bin/env python3
"""Writes seed inputs for the fuzz targets from the contract's response schemas: one document per
(endpoint, status) built from the schema's `example` values (or a plain value of the declared
type), into tests/fuzz/corpus/<target>/contract-*.json. Run once by hand when the contract
changes: python3 tests/fuzz/make-contract-seeds.py /path/to/proxyshard-user-api.openapi.yaml"""
import json
import os
import sys

import yaml

HERE = os.path.dirname(os.path.abspath(__file__))

# (method, path) -> target for the 200 answer; every other status goes to apibody.
TARGETS = {
    ("get", "/user/api/orders"): "orderspage",
    ("get", "/user/api/orders/{id}"): "orderdetails",
    ("get", "/user/api/proxies/products"): "productcatalog",
    ("get", "/user/api/proxies/available-count"): "stock",
    ("get", "/user/api/me"): "account",
    ("post", "/user/api/orders/purchase"): "purchaseresult",
    ("get", "/user/api/orders/calculate"): "pricequote",
    ("post", "/user/api/orders/change-billing-cycle/{order_id}"): "cyclechange",
    ("post", "/user/api/orders/{id}/renew"): "actionresult",
    ("post", "/user/api/orders/{id}/tag"): "actionresult",
    ("post", "/user/api/orders/edit-auto-renewal/{order_id}"): "actionresult",
    ("get", "/user/api/proxies/active"): "proxylist",
}

PLAIN = {"string": "text", "integer": 1, "number": 1, "boolean": True}


def resolve(spec, schema):
    while "$ref" in schema:
        node = spec
        for part in schema["$ref"].lstrip("#/").split("/"):
            node = node[part]
        schema = node
    return schema


def instance(spec, schema, depth=0):
    schema = resolve(spec, schema)
    if "example" in schema:
        return schema["example"]
    for key in ("oneOf", "anyOf"):
        if key in schema:
            return instance(spec, schema[key][0], depth + 1)
    if "allOf" in schema:
        out = {}
        for part in schema["allOf"]:
            value = instance(spec, part, depth + 1)
            if isinstance(value, dict):
                out.update(value)
        return out
    kind = schema.get("type")
    if kind == "array":
        item = instance(spec, schema.get("items", {}), depth + 1)
        return [item, item] if depth < 4 else []
    if kind == "object" or "properties" in schema:
        return {name: instance(spec, sub, depth + 1)
                for name, sub in schema.get("properties", {}).items()}
    if "enum" in schema:
        return schema["enum"][0]
    if kind == "string" and schema.get("format") == "date-time":
        return "2026-01-02T10:00:00Z"
    return PLAIN.get(kind)


def main():
    spec = yaml.safe_load(open(sys.argv[1], encoding="utf-8"))
    written = 0
    for path, ops in spec["paths"].items():
        for method, op in ops.items():
            target = TARGETS.get((method, path))
            if not isinstance(op, dict) or target is None:
                continue
            for status, response in op.get("responses", {}).items():
                response = resolve(spec, response)
                content = response.get("content", {}).get("application/json")
                if not content:
                    continue
                docs = []
                if "example" in content:
                    docs.append(content["example"])
                for example in content.get("examples", {}).values():
                    if "value" in example:
                        docs.append(example["value"])
                if "schema" in content:
                    docs.append(instance(spec, content["schema"]))
                dest = target if str(status) == "200" else "apibody"
                slug = path.strip("/").replace("/", "-").replace("{", "").replace("}", "")
                for i, doc in enumerate(docs):
                    name = f"contract-{method}-{slug}-{status}-{i}.json"
                    out = os.path.join(HERE, "corpus", dest, name)
                    with open(out, "w", encoding="utf-8") as f:
                        json.dump(doc, f, ensure_ascii=False)
                    written += 1
    print(f"{written} seeds written")


if __name__ == "__main__":
    main()
