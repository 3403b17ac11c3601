# E-mail texts (Leichte Sprache, easy-read German). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Ihre Bescheinigung nach § 43 IfSG
certificate-body =
    Guten Tag { $name },

    Sie haben die ganze Belehrung gemacht.
    Die Belehrung ist nach § 43 Absatz 1 Infektions-Schutz-Gesetz.
    Die Abkürzung für dieses Gesetz ist: IfSG.
    Sie bekommen jetzt Ihre Bescheinigung.
    Die Bescheinigung ist eine PDF-Datei.
    Die PDF-Datei ist im Anhang von dieser E-Mail.

    Gemacht von: { $office }

    Code von der Bescheinigung: { $code }
    Jeder kann die Bescheinigung hier prüfen: { $verify_url }

    Ihre Bescheinigung als Web-Seite: zum Lesen, zum Vor-Lesen und zum Drucken. Dafür brauchen Sie einen Einmal-Code. Hier ist der Link: { $view_url }

    Geben Sie die Bescheinigung Ihrem Arbeit-Geber.
    Wichtig: Am 1. Arbeits-Tag darf die Bescheinigung höchstens 3 Monate alt sein.
    Heben Sie die Datei gut auf.

reissue-subject = Noch einmal: Ihre Bescheinigung nach § 43 IfSG
reissue-body =
    Guten Tag { $name },

    Sie bekommen Ihre Bescheinigung noch einmal.
    Die Bescheinigung ist eine PDF-Datei.
    Die PDF-Datei ist im Anhang von dieser E-Mail.
    Es ist die gleiche Bescheinigung wie vorher.
    Sie bekommen nur eine neue Datei.

    Gemacht von: { $office }

    Code von der Bescheinigung: { $code }
    Jeder kann die Bescheinigung hier prüfen: { $verify_url }

    Ihre Bescheinigung als Web-Seite: zum Lesen, zum Vor-Lesen und zum Drucken. Dafür brauchen Sie einen Einmal-Code. Hier ist der Link: { $view_url }

resume-subject = Ihr Link zur Belehrung
resume-body =
    Guten Tag { $name },

    mit diesem Link machen Sie weiter:
    { $link }

    Der Link geht nur 1 Mal. Geben Sie den Link niemandem.

pdf-code-subject = Ihr Einmal-Code für die Bescheinigung
pdf-code-body =
    Guten Tag { $name },

    Ihr Einmal-Code: { $one_time_code }

    Schreiben Sie den Code hier: { $link }
    Dann bekommen Sie die Bescheinigung { $code }. Der Code geht nur kurz und nur 1 Mal.

    Sie wollten keinen Code? Dann löschen Sie diese E-Mail.

footer = Ein Computer hat diese E-Mail automatisch geschickt. Haben Sie Fragen? Dann schreiben Sie an: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Gebühr bezahlt: { $amount } am { $date }. Buchungs-Zeichen: { $reference }
fee-voucher = Gebühr bezahlt mit dem Gutschein { $reference }.
fee-waiver = Sie sind von der Gebühr befreit. Sie müssen nichts bezahlen.
fee-desk = Gebühr beim Gesundheits-Amt bezahlt: { $amount } am { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Ihre PIN für die Wallet
wallet-pin-body =
    Guten Tag { $name },

    Ihre PIN für die Bescheinigung in der Wallet: { $one_time_code }

    Sie scannen den QR-Code mit Ihrer Wallet-App.
    Dann fragt die App nach dieser PIN.
    Die PIN geht nur 1 Mal. Sie geht 15 Minuten lang.

    Sie wollten keine PIN? Dann löschen Sie diese E-Mail.
