"""In-cluster synthetic FHIR API for the kind suite (stdlib only: it runs in the sidecar image).

Every value is invented for tests. GET /Patient returns a searchset Bundle; POST is accepted so the
suite can show that the sidecar blocks writes before they arrive.
"""

import json
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PATIENTS = [
    {
        "id": "p1",
        "given": "Orlaith",
        "family": "Quennell",
        "birth": "1961-04-17",
        "phone": "555-014-2231",
        "ssn": "900-55-1234",
        "mrn": "MRN-88213",
        "line": "42 Wrenfield Lane",
        "city": "Ashbourne",
        "zip": "02138",
    },
    {
        "id": "p2",
        "given": "Teodor",
        "family": "Vaszary",
        "birth": "1933-11-02",
        "phone": "555-019-7710",
        "ssn": "900-66-4321",
        "mrn": "MRN-11872",
        "line": "7 Kestrel Court",
        "city": "Millbrook",
        "zip": "03601",
    },
]


def patient(p: dict) -> dict:
    return {
        "resourceType": "Patient",
        "id": p["id"],
        "identifier": [
            {"system": "urn:mrn", "value": p["mrn"]},
            {"system": "http://hl7.org/fhir/sid/us-ssn", "value": p["ssn"]},
        ],
        "name": [{"family": p["family"], "given": [p["given"]]}],
        "telecom": [{"system": "phone", "value": p["phone"]}],
        "birthDate": p["birth"],
        "address": [{"line": [p["line"]], "city": p["city"], "state": "MA", "postalCode": p["zip"]}],
        "text": {
            "status": "generated",
            "div": f"<div>{p['given']} {p['family']}, born {p['birth']}, lives at {p['line']}</div>",
        },
    }


class Handler(BaseHTTPRequestHandler):
    def _send(self, status: int, body: dict) -> None:
        data = json.dumps(body).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/fhir+json")
        self.send_header("Content-Length", str(len(data)))
        self.end_headers()
        self.wfile.write(data)

    def do_GET(self) -> None:
        if self.path.startswith("/healthz"):
            return self._send(200, {"ok": True})
        entries = [{"resource": patient(p)} for p in PATIENTS]
        self._send(
            200, {"resourceType": "Bundle", "type": "searchset", "total": len(entries), "entry": entries}
        )

    def do_POST(self) -> None:
        self._send(201, {"resourceType": "OperationOutcome", "issue": [{"severity": "information"}]})


if __name__ == "__main__":
    ThreadingHTTPServer(("0.0.0.0", 8080), Handler).serve_forever()
