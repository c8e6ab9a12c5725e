"""HTTPS for the room with a certificate this laptop makes itself (no authority, no internet).

Why: on plain HTTP anyone on the same network can read what the phones send (ratings, dots,
proposals) and the address's token and the cookie. With HTTPS they see only that a phone talks
to the laptop. The certificate is self-signed, so each phone's browser warns once: the
facilitator reads the fingerprint aloud (or shows it) and a participant can compare it.
A fresh key per room, written to a private folder and deleted when the room closes.
"""

from __future__ import annotations

import contextlib
import datetime
import ipaddress
import os
import tempfile
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID


class Certificate:
    def __init__(self, host: str, days: int = 1):
        key = ec.generate_private_key(ec.SECP256R1())
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, f"Intervisie room {host}")])
        alt: x509.GeneralName
        try:
            alt = x509.IPAddress(ipaddress.ip_address(host))
        except ValueError:
            alt = x509.DNSName(host)
        now = datetime.datetime.now(datetime.UTC)
        cert = (
            x509.CertificateBuilder()
            .subject_name(name)
            .issuer_name(name)
            .public_key(key.public_key())
            .serial_number(x509.random_serial_number())
            .not_valid_before(now - datetime.timedelta(minutes=5))
            .not_valid_after(now + datetime.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName([alt]), critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256())
        )
        self.folder = Path(tempfile.mkdtemp(prefix="intervisie-room-"))  # mode 0700
        self.certfile = self.folder / "room.pem"
        self.keyfile = self.folder / "room.key"
        self.certfile.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
        fd = os.open(self.keyfile, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(fd, "wb") as fh:
            fh.write(
                key.private_bytes(
                    serialization.Encoding.PEM,
                    serialization.PrivateFormat.PKCS8,
                    serialization.NoEncryption(),
                )
            )
        digest = cert.fingerprint(hashes.SHA256()).hex().upper()
        self.fingerprint = ":".join(digest[i : i + 2] for i in range(0, len(digest), 2))

    def files(self) -> tuple[str, str]:
        return str(self.certfile), str(self.keyfile)

    def remove(self) -> None:
        for f in (self.keyfile, self.certfile):
            f.unlink(missing_ok=True)
        with contextlib.suppress(OSError):
            self.folder.rmdir()
