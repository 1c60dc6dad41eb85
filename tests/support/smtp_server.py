#!/usr/bin/env python3
"""A local SMTP server for the email tests (Debian's python3-aiosmtpd).

usage: smtp_server.py PORT MODE FOLDER USER PASSWORD
  MODE: starttls (STARTTLS required before login) or tls (TLS from the
  first byte). A self-signed certificate for 127.0.0.1 is written to
  FOLDER/ca.pem; every message received is saved as FOLDER/mail-N.eml.
Prints "READY" once it listens; ends when its standard input closes.
"""
import asyncio, datetime, ipaddress, os, ssl, sys

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword, SMTP
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

port, mode, folder, user, password = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5]

key = ec.generate_private_key(ec.SECP256R1())
name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
now = datetime.datetime.utcnow()
cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
        .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(days=1))
        .not_valid_after(now + datetime.timedelta(days=2))
        .add_extension(x509.SubjectAlternativeName([x509.IPAddress(ipaddress.ip_address("127.0.0.1"))]), False)
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
        .sign(key, hashes.SHA256()))
ca = os.path.join(folder, "ca.pem")
keyfile = os.path.join(folder, "key.pem")
with open(ca, "wb") as f:
    f.write(cert.public_bytes(serialization.Encoding.PEM))
with open(keyfile, "wb") as f:
    f.write(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                              serialization.NoEncryption()))
context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
context.load_cert_chain(ca, keyfile)


def authenticate(server, session, envelope, mechanism, auth_data):
    ok = isinstance(auth_data, LoginPassword) and auth_data.login.decode() == user \
        and auth_data.password.decode() == password
    return AuthResult(success=ok, handled=False)  # refused: the server answers 535


class Saver:
    count = 0

    async def handle_DATA(self, server, session, envelope):
        Saver.count += 1
        with open(os.path.join(folder, "mail-%d.eml" % Saver.count), "wb") as f:
            f.write(("X-Envelope-From: %s\r\nX-Envelope-To: %s\r\n" % (
                envelope.mail_from, ",".join(envelope.rcpt_tos))).encode())
            f.write(envelope.original_content)
        return "250 Message accepted"


if mode == "starttls":
    controller = Controller(Saver(), hostname="127.0.0.1", port=port, tls_context=context,
                            require_starttls=True, authenticator=authenticate, auth_required=True)
else:
    controller = Controller(Saver(), hostname="127.0.0.1", port=port, ssl_context=context,
                            authenticator=authenticate, auth_required=True, auth_require_tls=False)
controller.start()
print("READY", flush=True)
sys.stdin.read()
controller.stop()
