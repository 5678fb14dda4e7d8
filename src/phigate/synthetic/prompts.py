"""LLM prompt bodies an agent would send with code context that happens to carry PHI and secrets.

`dev`: Python tracebacks with request bodies, `.env` files, SQL INSERTs, nginx access logs, JSON logs,
CSV extracts. `heldout`: Java/Node stack traces, Kubernetes Secret YAML, MongoDB inserts, HL7 v2
messages, logfmt lines, TSV exports -- same identifiers, different shapes and phrasings.
"""

from __future__ import annotations

import base64
import json
import random
import string
from collections.abc import Callable
from urllib.parse import quote

from phigate.api.identifiers import IdentifierType as T
from phigate.synthetic import vocab
from phigate.synthetic.identity import Person, Split, make_person
from phigate.synthetic.labels import Keep, Labelled, Phi, render
from phigate.synthetic.slots import person_slots


def _token(rng: random.Random, n: int, alphabet: str = string.ascii_letters + string.digits) -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def secrets(rng: random.Random) -> dict[str, Phi]:
    """Credentials that open PHI systems (labelled CREDENTIAL)."""
    header = base64.urlsafe_b64encode(b'{"alg":"HS256","typ":"JWT"}').decode().rstrip("=")
    body = base64.urlsafe_b64encode(json.dumps({"sub": _token(rng, 10), "scope": "patient/*.read"}).encode())
    jwt = (
        f"{header}.{body.decode().rstrip('=')}.{_token(rng, 43, string.ascii_letters + string.digits + '-_')}"
    )
    password = _token(rng, 6) + rng.choice("!#%&*") + _token(rng, 7)
    return {
        "password": Phi(T.CREDENTIAL, password),
        "openai_key": Phi(T.CREDENTIAL, "sk-proj-" + _token(rng, 48)),
        "anthropic_key": Phi(
            T.CREDENTIAL, "sk-ant-api03-" + _token(rng, 40, string.ascii_letters + string.digits + "-_")
        ),
        "aws_id": Phi(T.CREDENTIAL, "AKIA" + _token(rng, 16, string.ascii_uppercase + string.digits)),
        "aws_secret": Phi(T.CREDENTIAL, _token(rng, 40, string.ascii_letters + string.digits + "/+")),
        "jwt": Phi(T.CREDENTIAL, jwt),
        "gh_token": Phi(T.CREDENTIAL, "ghp_" + _token(rng, 36)),
    }


def _slots(rng: random.Random, person: Person) -> dict:
    slots = person_slots(rng, person)
    slots.update(secrets(rng))
    slots["fn"] = Keep(rng.choice(vocab.CODE_IDENTIFIERS))
    slots["err"] = Keep(rng.choice(["ValidationError", "KeyError", "HTTPError"]))
    slots["version"] = Keep(rng.choice(vocab.VERSIONS))
    slots["dob_iso"] = Phi(T.DATE, person.birth_date.isoformat())
    slots["family_q"] = Phi(T.NAME, quote(person.family))
    slots["given_q"] = Phi(T.NAME, quote(person.given))
    slots["phone_q"] = Phi(T.PHONE, quote(person.phone))
    return slots


# ---- dev shapes -------------------------------------------------------------------------------------------


def _traceback(rng: random.Random, people: list[Person]) -> Labelled:
    s = _slots(rng, people[0])
    return render(
        "Traceback (most recent call last):\n"
        '  File "/srv/app/intake/views.py", line 88, in handle_request\n'
        "    patient = PatientRepository.create(payload)\n"
        '  File "/srv/app/intake/repo.py", line 41, in create\n'
        '    raise {err}(f"invalid payload: {{payload}}")\n'
        "{err}: invalid payload: {{'name': '{name}', 'birthDate': '{dob_iso}', 'ssn': '{ssn}', "
        "'phone': '{phone}', 'email': '{email}', 'mrn': '{mrn}', 'note': 'seen {word1} for {dx}'}}\n"
        "(running {version}, function {fn})\n",
        s,
    )


def _dotenv(rng: random.Random, people: list[Person]) -> Labelled:
    s = _slots(rng, people[0])
    return render(
        "# .env\nDATABASE_URL=postgresql://ehr_app:{password}@db.internal.example:5432/ehr\n"
        "OPENAI_API_KEY={openai_key}\nAWS_ACCESS_KEY_ID={aws_id}\nAWS_SECRET_ACCESS_KEY={aws_secret}\n"
        "FHIR_TOKEN=Bearer {jwt}\nLOG_LEVEL=debug\nTEST_PATIENT_MRN={mrn}\n",
        s,
    )


def _sql(rng: random.Random, people: list[Person]) -> Labelled:
    doc = Labelled(
        "INSERT INTO patients (mrn, first_name, last_name, dob, ssn, phone, zip, dx_code) VALUES\n"
    )
    for i, p in enumerate(people):
        s = _slots(rng, p)
        sep = ",\n" if i < len(people) - 1 else ";\n"
        doc.add(
            render(
                "  ('{mrn}', '{given}', '{family}', '{dob_iso}', '{ssn}', '{phone}', '{zip}', '{icd}')" + sep,
                s,
            )
        )
    return doc


def _nginx(rng: random.Random, people: list[Person]) -> Labelled:
    doc = Labelled()
    for p in people:
        s = _slots(rng, p)
        doc.add(
            render(
                '{ip} - - [14/Mar/2024:10:22:01 +0000] '
                '"GET /api/v1/patients?family={family_q}&given={given_q}'
                '&birthdate={dob_iso} HTTP/1.1" 200 5123 "-" "python-requests/2.31.0"\n',
                s,
            )
        )
        doc.add(
            render(
                '{ip} - - [14/Mar/2024:10:22:03 +0000] "GET /api/v1/lookup?phone={phone_q} HTTP/1.1" 404 '
                '12 "-" "curl/8.5.0"\n',
                s,
            )
        )
    return doc


def _jsonlog(rng: random.Random, people: list[Person]) -> Labelled:
    doc = Labelled()
    for p in people:
        s = _slots(rng, p)
        doc.add(
            render(
                '{{"ts": "2024-03-14T10:22:01Z", "level": "error", "logger": "sync", '
                '"msg": "upsert failed in {fn}", '
                '"patient": {{"mrn": "{mrn}", "name": "{name}", "email": "{email}", '
                '"address": "{address}"}}, '
                '"client_ip": "{ip}"}}\n',
                s,
            )
        )
    return doc


def _csv(rng: random.Random, people: list[Person]) -> Labelled:
    doc = Labelled("mrn,last_name,first_name,dob,zip,phone,plan_id,dx_code\n")
    for p in people:
        doc.add(render("{mrn},{family},{given},{dob_iso},{zip},{phone},{plan},{icd}\n", _slots(rng, p)))
    return doc


# ---- held-out shapes --------------------------------------------------------------------------------------


def _java_trace(rng: random.Random, people: list[Person]) -> Labelled:
    s = _slots(rng, people[0])
    return render(
        'Exception in thread "main" org.example.ehr.PatientNotFoundException: no match for '
        "PatientQuery[family={family}, given={given}, birthDate={dob_iso}, telecom={phone}]\n"
        "\tat org.example.ehr.PatientService.lookup(PatientService.java:212)\n"
        "\tat org.example.ehr.Handler.{fn}(Handler.java:57)\n"
        "Caused by: java.sql.SQLException: Access denied for user 'ehr'@'10.0.0.12' (using password: "
        "{password})\n",
        s,
    )


def _node_error(rng: random.Random, people: list[Person]) -> Labelled:
    s = _slots(rng, people[0])
    return render(
        "UnhandledPromiseRejection: Error: 422 Unprocessable Entity\n"
        "    at FhirClient.post (/app/src/fhir.js:88:13)\n"
        'request body: {{"resourceType":"Patient","name":[{{"text":"{name}"}}],"address":[{{"text":'
        '"{address}"}}],"identifier":[{{"value":"{mrn}"}}],"telecom":[{{"value":"{email}"}}]}}\n'
        "headers: {{ authorization: 'Bearer {jwt}', 'x-api-key': '{anthropic_key}' }}\n",
        s,
    )


def _k8s_secret(rng: random.Random, people: list[Person]) -> Labelled:
    s = _slots(rng, people[0])
    return render(
        "apiVersion: v1\nkind: Secret\nmetadata:\n  name: ehr-connector\nstringData:\n"
        "  MONGO_URI: mongodb://svc-ehr:{password}@mongo-0.mongo:27017/charts\n  GITHUB_TOKEN: {gh_token}\n"
        '  OPENAI_API_KEY: {openai_key}\n  SMOKE_TEST_PATIENT: "{name} / {dob_iso}"\n',
        s,
    )


def _mongo(rng: random.Random, people: list[Person]) -> Labelled:
    doc = Labelled("db.charts.insertMany([\n")
    for p in people:
        doc.add(
            render(
                '  {{ chartNo: "{mrn}", patient: {{ first: "{given}", last: "{family}" }}, '
                'born: ISODate("{dob_iso}"), ssn: "{ssn}", insurance: "{plan}", street: "{street}", '
                'city: "{city}", icd10: "{icd}" }},\n',
                _slots(rng, p),
            )
        )
    return doc.add("])\n")


def _hl7(rng: random.Random, people: list[Person]) -> Labelled:
    p = people[0]
    s = _slots(rng, p)
    s["dob_hl7"] = Phi(T.DATE, p.birth_date.strftime("%Y%m%d"))
    s["sex"] = "F" if p.sex == "female" else "M"
    return render(
        "MSH|^~\\&|ADT|{hospital}|PHIGATE|LAB|202403141022||ADT^A04|MSG00001|P|2.5.1\r\n"
        "PID|1||{mrn}^^^HOSP^MR~{ssn}^^^SSA^SS||{family}^{given}||{dob_hl7}|{sex}|||{street}^^{city}^^{zip}"
        "||{phone}|||||{account}\r\nNK1|1|{rel1}|{rel1_rel}|||{rel1_phone}\r\n",
        s,
    )


def _logfmt(rng: random.Random, people: list[Person]) -> Labelled:
    doc = Labelled()
    for p in people:
        doc.add(
            render(
                'level=warn component={fn} msg="eligibility check failed" member={plan} '
                'patient="{name}" src_ip={ipv6} vehicle={plate}\n',
                _slots(rng, p),
            )
        )
    return doc


def _tsv(rng: random.Random, people: list[Person]) -> Labelled:
    doc = Labelled("chart\tsurname\tforename\tpostcode\tmobile\tlicence\tdevice\n")
    for p in people:
        doc.add(render("{mrn}\t{family}\t{given}\t{zip}\t{mobile}\t{license}\t{device}\n", _slots(rng, p)))
    return doc


Shape = Callable[[random.Random, list[Person]], Labelled]
SHAPES: dict[Split, list[tuple[str, Shape]]] = {
    "dev": [
        ("traceback", _traceback),
        ("dotenv", _dotenv),
        ("sql", _sql),
        ("nginx", _nginx),
        ("jsonlog", _jsonlog),
        ("csv", _csv),
    ],
    "heldout": [
        ("java_trace", _java_trace),
        ("node_error", _node_error),
        ("k8s_secret", _k8s_secret),
        ("mongo", _mongo),
        ("hl7", _hl7),
        ("logfmt", _logfmt),
        ("tsv", _tsv),
    ],
}
ASKS: dict[Split, list[str]] = {
    "dev": [
        "Can you help me fix this bug? Here is the output:\n\n```\n{code}```\n",
        "I'm seeing this in production since {word1}. What's wrong?\n\n```\n{code}```\nWe run {version}.",
        "Please write a unit test that reproduces this:\n```\n{code}```\n",
    ],
    "heldout": [
        "Refactor the code that produced the following so it validates input earlier.\n---\n{code}---\n",
        "Explain, step by step, what these lines tell us ({version}):\n<<<\n{code}>>>\nThanks!",
        "Summarise the failures below for the incident ticket; keep it short.\n~~~\n{code}~~~\n",
    ],
}


def prompt_for(rng: random.Random, split: Split, shape: str | None = None) -> tuple[Labelled, str]:
    """(labelled prompt text, shape name) with 1-3 synthetic people inside a code context."""
    shapes = dict(SHAPES[split])
    name = shape or rng.choice(sorted(shapes))
    if name not in shapes:
        raise ValueError(f"prompt shape {name!r} is not in split {split!r}: {sorted(shapes)}")
    people = [make_person(rng, split) for _ in range(rng.randint(1, 3))]
    code = shapes[name](rng, people)
    words = vocab.pick(rng, vocab.COMMON_WORDS, 1)
    outer = {"code": code, "word1": Keep(words[0]), "version": Keep(rng.choice(vocab.VERSIONS))}
    return render(rng.choice(ASKS[split]), outer), name


def make_prompt(rng: random.Random, split: Split = "dev", shape: str | None = None) -> Labelled:
    """A labelled prompt text; regenerated until its labels are unambiguous."""
    from phigate.synthetic.corpus import sound

    for _ in range(50):
        doc, _name = prompt_for(rng, split, shape)
        if sound(doc):
            return doc
    raise RuntimeError("could not generate an unambiguous prompt in 50 attempts")


def chat_body(rng: random.Random, text: str, split: Split) -> dict:
    """Wrap a prompt as an OpenAI (dev) or Anthropic (held-out) request body."""
    if split == "dev" and rng.random() < 0.7:
        return {
            "model": "gpt-4o-mini",
            "messages": [
                {"role": "system", "content": "You are a careful senior engineer."},
                {"role": "user", "content": text},
            ],
            "temperature": 0.2,
        }
    return {
        "model": "claude-sonnet-5-5",
        "max_tokens": 1024,
        "system": "You help engineers debug.",
        "messages": [{"role": "user", "content": [{"type": "text", "text": text}]}],
    }
