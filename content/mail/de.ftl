# Texte der E-Mails (Deutsch), im Format Fluent (https://projectfluent.org). Jede
# Kurssprache hat eine solche Datei mit denselben Nachrichten. Variablen: { $name } (Vor-
# und Nachname), { $office } (Name des Gesundheitsamts), { $code } (Code der
# Bescheinigung), { $verify_url } (Link zur Prüfung), { $view_url } (Link zur
# Bescheinigung als Internetseite), { $contact } (E-Mail-Adresse des
# Gesundheitsamts), { $link } (ein Link zum Weitermachen oder die Seite für den
# Einmalcode), { $one_time_code } (Einmalcode für das PDF). Absätze trennt eine Leerzeile.
# Review status, as the course language's (content/README.md).
-review = original

certificate-subject = Ihre Bescheinigung nach § 43 IfSG
certificate-body =
    Guten Tag { $name },

    Sie haben die Belehrung nach § 43 Abs. 1 Infektionsschutzgesetz abgeschlossen. Ihre Bescheinigung ist als PDF-Datei angehängt.

    Ausgestellt von: { $office }

    Code der Bescheinigung: { $code }
    Jeder kann die Bescheinigung hier prüfen: { $verify_url }

    Die Bescheinigung als Internetseite zum Lesen, Vorlesen und Drucken (mit Einmalcode): { $view_url }

    Geben Sie die Bescheinigung Ihrem Arbeitgeber. Am ersten Arbeitstag darf sie nicht älter als drei Monate sein. Bewahren Sie die Datei gut auf.

reissue-subject = Neue Ausfertigung Ihrer Bescheinigung nach § 43 IfSG
reissue-body =
    Guten Tag { $name },

    Sie erhalten eine neue Ausfertigung Ihrer Bescheinigung als PDF-Datei im Anhang. Die Bescheinigung selbst ist unverändert.

    Ausgestellt von: { $office }

    Code der Bescheinigung: { $code }
    Jeder kann die Bescheinigung hier prüfen: { $verify_url }

    Die Bescheinigung als Internetseite zum Lesen, Vorlesen und Drucken (mit Einmalcode): { $view_url }

resume-subject = Ihr Link zur Belehrung nach § 43 IfSG
resume-body =
    Guten Tag { $name },

    mit diesem Link machen Sie mit Ihrer Belehrung weiter:
    { $link }

    Der Link gilt nur einmal. Geben Sie ihn niemandem weiter.

pdf-code-subject = Ihr Einmalcode für die Bescheinigung
pdf-code-body =
    Guten Tag { $name },

    Ihr Einmalcode: { $one_time_code }

    Geben Sie ihn auf { $link } ein, um die Bescheinigung { $code } herunterzuladen. Der Code gilt nur kurz und nur einmal.

    Sie haben keinen Code angefordert? Dann löschen Sie diese Nachricht.

footer = Diese Nachricht wurde automatisch versandt. Fragen beantwortet: { $office }, { $contact }

# Die Zeile zur Gebühr in der Mail mit der Bescheinigung, je nachdem, wie sie beglichen
# wurde. Variablen: { $amount } (Betrag), { $date } (Tag), { $reference } (Buchungszeichen
# des Bezahldienstes oder Gutscheincode).
fee-online = Gebühr bezahlt: { $amount } am { $date }, Buchungszeichen { $reference }.
fee-voucher = Gebühr beglichen mit dem Gutschein { $reference }.
fee-waiver = Sie sind von der Gebühr befreit.
fee-desk = Gebühr beim Gesundheitsamt bezahlt: { $amount } am { $date }.

# Die PIN für die Wallet, getrennt vom QR-Code. Variablen: { $name }, { $one_time_code }
# (die PIN), { $office }.
wallet-pin-subject = Ihre PIN für die Wallet
wallet-pin-body =
    Guten Tag { $name },

    Ihre PIN für die Bescheinigung in der Wallet: { $one_time_code }

    Die Wallet-App fragt nach dieser PIN, wenn Sie den QR-Code scannen. Die PIN gilt 15 Minuten und nur einmal.

    Sie haben das nicht angefordert? Dann löschen Sie diese Nachricht.
