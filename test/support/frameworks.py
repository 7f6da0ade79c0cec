# The frameworks oracle: run by test/support/frameworks.ts with Debian's /usr/bin/python3, which
# has Django, Flask, FastAPI, requests, httpx and nbformat installed from Debian's packages.
#
# stdin: a JSON array of cases {"p": profile, "v": tagged value, "o": options (json mode)}.
# stdout: a JSON array of results {"d": outcome of dumps, "b": outcome of body}, where an outcome
# is ["ok", hex, "t"] (text as UTF-16LE hex), ["ok", hex, "b"] (bytes as hex) or ["err", class name, str(e)].
import io
import json
import logging
import os
import sys
import tempfile
import warnings

# requests prefers simplejson when importable; the profile is plain requests over the stdlib json.
sys.modules["simplejson"] = None

import datetime
import decimal
import uuid

warnings.simplefilter("ignore")
logging.disable(logging.CRITICAL)

MODULES = {}
DEFAULT_DIGITS = sys.get_int_max_str_digits()


def load(name):
    """Imports what a profile needs, once; an ImportError names the missing framework."""
    if name in MODULES:
        return MODULES[name]
    if name == "django":
        from django.conf import settings

        settings.configure()
        from django.core.serializers.json import DjangoJSONEncoder
        from django.http import JsonResponse

        MODULES[name] = (DjangoJSONEncoder, JsonResponse)
    elif name == "flask":
        import flask

        app = flask.Flask("oracle")
        MODULES[name] = (app, flask.jsonify)
    elif name == "fastapi":
        import fastapi.encoders as enc
        from fastapi.responses import JSONResponse

        # FastAPI 0.100+ (pydantic 2) encodes a non-finite Decimal as float(d); Debian's 0.92
        # (pydantic 1.10) compares the exponent 'n'/'F' with 0 and raises TypeError. Every other
        # rule is the installed code's own. The current function, from fastapi/encoders.py:
        def decimal_encoder(dec_value):
            exponent = dec_value.as_tuple().exponent
            if isinstance(exponent, int) and exponent >= 0:
                return int(dec_value)
            return float(dec_value)

        enc.ENCODERS_BY_TYPE = dict(enc.ENCODERS_BY_TYPE)
        enc.ENCODERS_BY_TYPE[decimal.Decimal] = decimal_encoder
        enc.encoders_by_class_tuples = enc.generate_encoders_by_class_tuples(enc.ENCODERS_BY_TYPE)
        MODULES[name] = (enc.jsonable_encoder, JSONResponse)
    elif name == "requests":
        import requests

        MODULES[name] = requests
    elif name == "httpx":
        import httpx

        MODULES[name] = httpx
    elif name == "nbformat":
        import nbformat

        MODULES[name] = nbformat
    return MODULES[name]


def text_of(h):
    return bytes.fromhex(h).decode("utf-16-le", "surrogatepass")


def hex_of(s):
    return s.encode("utf-16-le", "surrogatepass").hex()


def tz_of(t):
    if t is None:
        return None
    if t == "utc":
        return datetime.timezone.utc
    return datetime.timezone(datetime.timedelta(microseconds=t))


CLASSES = {}


def opaque(name):
    if name not in CLASSES:
        CLASSES[name] = type(name, (), {})
    return CLASSES[name]()


def build(t):
    k = t["t"]
    if k == "none":
        return None
    if k == "bool":
        return t["v"]
    if k == "int":
        return int(t["v"])
    if k == "float":
        return float(t["v"])
    if k == "str":
        return text_of(t["v"])
    if k == "list":
        return [build(x) for x in t["v"]]
    if k == "dict":
        return {build(a): build(b) for a, b in t["v"]}
    if k == "decimal":
        return decimal.Decimal(t["v"])
    if k == "datetime":
        return datetime.datetime(*t["v"], tzinfo=tz_of(t.get("tz")))
    if k == "date":
        return datetime.date(*t["v"])
    if k == "time":
        return datetime.time(*t["v"], tzinfo=tz_of(t.get("tz")))
    if k == "timedelta":
        d, s, us = t["v"]
        return datetime.timedelta(days=d, seconds=s, microseconds=us)
    if k == "uuid":
        return uuid.UUID(hex=t["v"])
    if k == "bytes":
        return bytes.fromhex(t["v"])
    if k == "opaque":
        return opaque(t["name"])
    raise ValueError("unknown tag " + k)


def outcome(f):
    try:
        r = f()
    except Exception as e:  # the framework's own error is the answer
        return ["err", type(e).__name__, str(e)]
    if isinstance(r, bytes):
        return ["ok", r.hex(), "b"]
    return ["ok", hex_of(r), "t"]


NB_PATH = os.path.join(tempfile.mkdtemp(prefix="pyjson-nb-"), "nb.ipynb")


def nb_write(nbformat, v):
    nbformat.write(nbformat.from_dict(v), NB_PATH)
    with open(NB_PATH, "rb") as f:
        return f.read()


def json_opts(o):
    opts = {}
    if "separators" in o:
        opts["separators"] = tuple(o["separators"])
    for camel, snake in (("sortKeys", "sort_keys"), ("ensureAscii", "ensure_ascii"), ("allowNan", "allow_nan")):
        if camel in o:
            opts[snake] = o[camel]
    if "indent" in o:
        opts["indent"] = o["indent"]
    if o.get("default") == "str":
        opts["default"] = str
    return opts


def run(case):
    p = case["p"]
    # Ints of any size are built; json.dumps then applies the usual 4,300-digit limit.
    sys.set_int_max_str_digits(0)
    v = build(case["v"])
    sys.set_int_max_str_digits(DEFAULT_DIGITS)
    if p == "django":
        enc, JsonResponse = load(p)
        return outcome(lambda: json.dumps(v, cls=enc)), outcome(lambda: JsonResponse(v, safe=False).content)
    if p == "flask":
        app, jsonify = load(p)
        with app.app_context():
            return outcome(lambda: app.json.dumps(v)), outcome(lambda: jsonify(v).get_data())
    if p == "fastapi":
        jsonable_encoder, JSONResponse = load(p)
        # The text: what JSONResponse.render encodes (starlette: compact, ensure_ascii=False, allow_nan=False).
        text = lambda: json.dumps(jsonable_encoder(v), ensure_ascii=False, allow_nan=False, indent=None, separators=(",", ":"))
        return outcome(text), outcome(lambda: JSONResponse(jsonable_encoder(v)).body)
    if p == "requests":
        requests = load(p)
        # json=None sends no body (body None): the empty bytes.
        body = lambda: requests.Request("POST", "http://example.invalid/", json=v).prepare().body or b""
        return outcome(lambda: body().decode("utf-8")), outcome(body)
    if p == "httpx-installed":
        # What Debian's httpx itself sends, and the json.dumps call its version makes.
        httpx = load("httpx")
        return outcome(lambda: httpx.Request("POST", "http://example.invalid/", json=v).content), outcome(
            lambda: b"" if v is None else json.dumps(v, **httpx_settings(httpx)).encode("utf-8")
        )
    if p == "httpx":
        # httpx 0.28+'s encode_json (httpx/_content.py); Debian's 0.23 is older (see httpx-installed).
        # json=None sends no body (encode_request skips it): the empty bytes.
        text = lambda: "" if v is None else json.dumps(v, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
        return outcome(text), outcome(lambda: text().encode("utf-8"))
    if p == "nbformat":
        nbformat = load(p)
        return outcome(lambda: nbformat.writes(nbformat.from_dict(v))), outcome(lambda: nb_write(nbformat, v))
    if p == "defaultStr":
        return outcome(lambda: json.dumps(v, default=str)), outcome(lambda: json.dumps(v, default=str).encode("utf-8"))
    if p == "json":
        opts = json_opts(case.get("o", {}))
        return outcome(lambda: json.dumps(v, **opts)), ["ok", "", "b"]
    raise ValueError("unknown profile " + p)


def httpx_settings(httpx):
    major, minor = (int(x) for x in httpx.__version__.split(".")[:2])
    if (major, minor) >= (0, 28):
        return {"ensure_ascii": False, "separators": (",", ":"), "allow_nan": False}
    return {}


def main():
    if len(sys.argv) > 1 and sys.argv[1] == "--versions":
        out = {}
        for name in ("django", "flask", "fastapi", "requests", "httpx", "nbformat"):
            try:
                mod = __import__(name)
                out[name] = getattr(mod, "__version__", None) or getattr(mod, "VERSION", "?")
                if name == "django":
                    out[name] = mod.get_version()
            except Exception:
                out[name] = None
        print(json.dumps(out))
        return
    cases = json.load(sys.stdin)
    results = []
    for case in cases:
        d, b = run(case)
        results.append({"d": d, "b": b})
    sys.stdout.write(json.dumps(results))


main()
