"""Reads the mails a test SMTP server stored (a maildir) and prints them as JSON:
subject, recipients, message id, the text and HTML parts and the attachments, which
are written to OUT_DIR. Usage: mail_parts.py MAILDIR OUT_DIR"""
import email
import email.policy
import hashlib
import json
import os
import sys

maildir, out_dir = sys.argv[1], sys.argv[2]
mails = []
for folder in ("new", "cur"):
    path = os.path.join(maildir, folder)
    if not os.path.isdir(path):
        continue
    for name in sorted(os.listdir(path)):
        with open(os.path.join(path, name), "rb") as f:
            message = email.message_from_binary_file(f, policy=email.policy.default)
        mail = {
            "subject": str(message["subject"]),
            "to": str(message["to"]),
            "from": str(message["from"]),
            "reply_to": str(message.get("reply-to", "")),
            "message_id": str(message["message-id"]),
            "text": "",
            "html": "",
            "attachments": [],
        }
        for part in message.walk():
            if part.is_multipart():
                continue
            if part.get_filename():
                data = part.get_payload(decode=True)
                target = os.path.join(out_dir, f"{len(mails)}-{part.get_filename()}")
                with open(target, "wb") as out:
                    out.write(data)
                mail["attachments"].append({
                    "name": part.get_filename(),
                    "content_type": part.get_content_type(),
                    "sha256": hashlib.sha256(data).hexdigest(),
                    "path": target,
                })
            elif part.get_content_type() == "text/plain":
                mail["text"] = part.get_content()
            elif part.get_content_type() == "text/html":
                mail["html"] = part.get_content()
        mails.append(mail)
print(json.dumps(mails))
