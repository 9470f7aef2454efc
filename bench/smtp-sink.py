"""A mail server for bench/faults.sh: accepts every message and writes it to a folder, one file each.

Usage: python3 bench/smtp-sink.py PORT FOLDER
"""
import os
import sys
import time
import warnings

warnings.filterwarnings("ignore", category=DeprecationWarning)
import asyncore  # noqa: E402  (Python 3.11 keeps smtpd and asyncore; the faults run needs nothing newer)
import smtpd  # noqa: E402


class Sink(smtpd.SMTPServer):
    def process_message(self, peer, mailfrom, rcpttos, data, **kwargs):
        name = "%d-%d.eml" % (time.time_ns(), os.getpid())
        with open(os.path.join(FOLDER, name + ".part"), "wb") as out:
            out.write(data if isinstance(data, bytes) else data.encode())
        os.rename(os.path.join(FOLDER, name + ".part"), os.path.join(FOLDER, name))


if __name__ == "__main__":
    PORT, FOLDER = int(sys.argv[1]), sys.argv[2]
    os.makedirs(FOLDER, exist_ok=True)
    Sink(("127.0.0.1", PORT), None, decode_data=False)
    asyncore.loop()
