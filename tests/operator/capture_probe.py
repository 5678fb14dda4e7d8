"""Helper run inside a network namespace by test_capture_netns.py (server and client roles)."""

from __future__ import annotations

import socket
import struct
import sys
import threading

SO_ORIGINAL_DST = 80


def serve(host: str, port: int, banner: str) -> None:
    srv = socket.socket()
    srv.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    srv.bind((host, port))
    srv.listen()

    def loop() -> None:
        while True:
            conn, _ = srv.accept()
            reply = banner
            if banner == "SIDECAR":  # what a transparent proxy reads to learn the real destination
                raw = conn.getsockopt(socket.SOL_IP, SO_ORIGINAL_DST, 16)
                port_, ip = struct.unpack("!2xH4s8x", raw)
                reply += f" original={socket.inet_ntoa(ip)}:{port_}"
            conn.sendall(reply.encode())
            conn.close()

    threading.Thread(target=loop, daemon=True).start()


def main() -> int:
    role = sys.argv[1]
    if role == "server":
        serve("127.0.0.1", int(sys.argv[2]), "SIDECAR")
        serve(sys.argv[3], int(sys.argv[4]), "UPSTREAM")
        print("ready", flush=True)
        sys.stdin.read()  # until the test closes stdin
        return 0
    if role == "tcp":
        with socket.create_connection((sys.argv[2], int(sys.argv[3])), timeout=5) as s:
            print(s.recv(200).decode())
        return 0
    if role == "udp":
        s = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        try:
            s.sendto(b"x", (sys.argv[2], int(sys.argv[3])))
        except OSError as exc:
            print(f"refused {exc.errno}")
            return 0
        print("sent")
        return 0
    return 2


if __name__ == "__main__":
    sys.exit(main())
