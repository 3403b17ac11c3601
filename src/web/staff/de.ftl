# Die Texte der Seiten des Gesundheitsamts (/staff), im Format Fluent.

## Navigation (base.html); the same words are the titles of their pages.

staff-nav-label = Bereiche
staff-nav-search = Suche
staff-nav-identity = Identitätsprüfungen
# Also the title and heading of fees.html.
staff-nav-fees = Gebühren
# Also the title and heading of vouchers.html.
staff-nav-vouchers = Gutscheine
staff-figures-identity-none = davon ohne Identitätsprüfung
staff-figures-identity-staff = davon Ausweis vom Amt geprüft
staff-figures-identity-bundid = davon mit Online-Ausweis angemeldet
# Also the title and heading of figures.html.
staff-nav-figures = Zahlen
# Also the title and heading of audit.html.
staff-nav-audit = Protokoll
# Also the title of accounts.html.
staff-nav-accounts = Konten
# Also the title and heading of account.html.
staff-nav-account = Mein Konto
staff-nav-logout = Abmelden ({ $name })

## Layout (base.html)

# After the page's own title: "Suche – Belehrung nach § 43 IfSG".
staff-base-title-suffix = Belehrung nach § 43 IfSG
staff-base-skip = Zum Inhalt

## Login (login.html, login.rs)

staff-login-title = Anmeldung
staff-login-heading = Anmeldung für das Gesundheitsamt
# Also a column of accounts.html.
staff-login-username = Benutzername
staff-login-password = Passwort
staff-login-code = Code aus der Authenticator-App
staff-login-code-hint = (nur wenn eingerichtet)
staff-login-submit = Anmelden
staff-login-rejected = Benutzername, Passwort oder Code stimmen nicht, oder das Konto ist gesperrt.
# $wait is staff-login-wait-one-minute or staff-login-wait-minutes.
staff-login-throttled = Zu viele fehlgeschlagene Anmeldungen. Bitte versuchen Sie es in { $wait } noch einmal.
staff-login-wait-one-minute = einer Minute
staff-login-wait-minutes = { $minutes } Minuten

## Search (search.html, search.rs)

staff-search-title = Bescheinigung suchen
staff-search-code = Code
staff-search-by-code = Nach Code suchen
staff-search-by-person = Nach Person suchen
staff-search-family-name = Familienname
staff-search-given-name = Vorname
staff-search-optional = (optional)
# Also on certificate.html.
staff-search-birth-date = Geburtsdatum
staff-search-found = Treffer: { $count }
staff-search-none-found = Keine Bescheinigung dieses Gesundheitsamts passt zu den Angaben.
# Also a column of accounts.html.
staff-search-name = Name
# Also on certificate.html.
staff-search-instructed-at = Belehrt am
# Also a column of accounts.html.
staff-search-status = Status
staff-search-valid = gültig
staff-search-revoked = für ungültig erklärt
# $error: why the code cannot be one (the domain's words).
staff-search-code-impossible = Der Code ist so nicht möglich: { $error }
staff-search-person-missing = Bitte geben Sie Familienname und Geburtsdatum an.

## Certificate (certificate.html, certificates.rs)

staff-certificate-title = Bescheinigung { $code }
staff-certificate-valid = Gültig
# Also an event of the history.
staff-certificate-revoked = Für ungültig erklärt
staff-certificate-holder = Inhaber/in
staff-certificate-latin = Schreibweise im Pass (lateinisch, so auf der Bescheinigung)
staff-certificate-guardian = Erklärung abgegeben von (§ 43 Abs. 6 IfSG)
# Also an event of the history and a column of figures.html.
staff-certificate-enrolled = Angemeldet
staff-certificate-course = Sprache, Kursversion
staff-certificate-course-value = { $language }, { $version } (Erklärung { $declaration })
staff-certificate-quiz-attempts = Quiz-Versuche
staff-certificate-email = E-Mail
staff-certificate-no-email = keine angegeben
staff-certificate-revoked-at = Für ungültig erklärt am
staff-certificate-reason = Grund (öffentlich)
staff-certificate-note-shown = Notiz (nur für das Amt)
staff-certificate-history = Verlauf
staff-certificate-revoke-heading = Für ungültig erklären
staff-certificate-category = Grund (wird bei der Prüfung angezeigt)
staff-certificate-choose = Bitte wählen
staff-certificate-note = Notiz
staff-certificate-note-hint = (nur für das Amt, nie öffentlich; keine Gesundheitsdaten, wenn es sich vermeiden lässt)
staff-certificate-revoke = Bescheinigung für ungültig erklären
# The heading and the button.
staff-certificate-reissue = Neu ausstellen
staff-certificate-reissue-hint = Für eine verlorene Bescheinigung: derselbe Eintrag, eine neue PDF-Datei.
staff-certificate-reissue-email = Per E-Mail senden an
staff-certificate-reissue-email-hint = (leer lassen zum Herunterladen)
staff-certificate-revoke-invalid = Bitte wählen Sie einen Grund, aus dem die Bescheinigung für ungültig erklärt wird; eine Notiz hat höchstens 500 Zeichen.
staff-certificate-revoked-done = Die Bescheinigung ist für ungültig erklärt.
# $error: what is wrong with the address (the domain's words).
staff-certificate-email-invalid = Die E-Mail-Adresse wurde nicht angenommen ({ $error }). Bitte geben Sie nur die Adresse selbst an, zum Beispiel name@beispiel.de.
staff-certificate-reissue-mailed = Die neue Ausfertigung wird per E-Mail versandt.
# The history: each event follows its time ("01.02.2025 10:00: …").
staff-certificate-event-declared = Erklärung abgegeben, Bescheinigung ausgestellt
staff-certificate-event-pdf = PDF-Datei erzeugt
# $what: one of the staff-certificate-mail-… kinds; $outcome: one of the mail states.
staff-certificate-event-mail = E-Mail ({ $what }) an { $recipient }: { $outcome }
staff-certificate-mail-reissue = Neue Ausfertigung
staff-certificate-mail-pdf-code = Einmalcode für das PDF
staff-certificate-mail-certificate = Bescheinigung
staff-certificate-mail-sent = versandt { $at }
staff-certificate-mail-failed = NICHT zustellbar nach { $attempts } Versuchen
staff-certificate-mail-waiting = wartet auf Versand ({ $attempts } Versuche)
staff-certificate-confirm = Ich habe Code und Person geprüft: Diese Bescheinigung gilt danach nicht mehr, auch nicht auf Papier.
staff-certificate-confirm-missing = Bitte bestätigen Sie, dass die Bescheinigung für ungültig erklärt werden soll: Das lässt sich nicht rückgängig machen.
staff-certificate-event-audit = Protokoll Nr. { $seq }: { $action } durch { $actor }

## Own account (account.html, account.rs)

staff-account-must-change-password = Sie haben sich mit einem Einmalpasswort angemeldet. Bitte wählen Sie jetzt Ihr eigenes Passwort; erst dann öffnen sich die anderen Seiten.
staff-account-must-enrol = Ihr Konto verlangt einen zweiten Faktor. Bitte richten Sie jetzt Ihre Authenticator-App ein; erst dann öffnen sich die anderen Seiten.
staff-account-enrol-heading = Zweiten Faktor einrichten
staff-account-enrol-intro = Scannen Sie den QR-Code mit Ihrer Authenticator-App, oder geben Sie den Schlüssel von Hand ein. Nur Sie sehen ihn, und nur jetzt.
staff-account-qr-label = QR-Code für die Authenticator-App
staff-account-secret = Schlüssel
staff-account-uri = Adresse für die App
staff-account-confirm-code = Code, den die App jetzt anzeigt
staff-account-confirm = Bestätigen und einschalten
# The heading and the button.
staff-account-change-password = Passwort ändern
staff-account-current-password = Bisheriges Passwort
staff-account-current-one-time-password = Bisheriges Passwort (das Einmalpasswort)
staff-account-new-password = Neues Passwort
staff-account-new-password-hint = Mindestens { $min } Zeichen und 6 verschiedene, nicht Ihr Benutzername und keine Folge wie 123456. Ein Satz aus mehreren Wörtern ist gut zu merken.
staff-account-repeat-password = Neues Passwort wiederholen
# Also a column of accounts.html.
staff-account-second-factor = Zweiter Faktor
staff-account-second-factor-enrolled = Eingerichtet: Die Anmeldung fragt nach dem Code aus Ihrer Authenticator-App. Für ein neues Gerät richten Sie ihn neu ein; der bisherige gilt dann nicht mehr.
staff-account-second-factor-required = Ihr Konto verlangt einen zweiten Faktor: einen Code aus einer Authenticator-App bei jeder Anmeldung.
staff-account-second-factor-not-enrolled = Nicht eingerichtet. Mit einem zweiten Faktor fragt die Anmeldung zusätzlich nach einem Code aus einer Authenticator-App.
staff-account-enrol-again = Neu einrichten
staff-account-enrol-now = Jetzt einrichten
staff-account-password-changed = Ihr Passwort ist geändert.
staff-account-second-factor-done = Der zweite Faktor ist eingerichtet. Ab jetzt fragt die Anmeldung nach dem Code aus Ihrer App.
staff-account-wrong-password = Das bisherige Passwort stimmt nicht.
staff-account-password-mismatch = Das neue Passwort und seine Wiederholung sind nicht gleich.
staff-account-password-unchanged = Das neue Passwort muss sich vom bisherigen unterscheiden.
staff-account-password-too-short = Das neue Passwort braucht mindestens { $min } Zeichen.
staff-account-password-too-long = Das neue Passwort ist zu lang (höchstens 256 Zeichen).
staff-account-password-too-few-distinct = Das neue Passwort braucht mindestens 6 verschiedene Zeichen.
staff-account-password-contains-login = Das neue Passwort darf den Benutzernamen nicht enthalten.
staff-account-password-common = Das neue Passwort enthält eine Folge, die jeder Rateversuch zuerst probiert (wie 123456, qwertz oder passwort).
staff-account-wrong-code = Der Code passt nicht. Geben Sie den Code ein, den die App gerade anzeigt (6 Ziffern).
staff-account-no-pending-factor = Die Einrichtung wurde inzwischen neu begonnen oder ist abgelaufen. Bitte beginnen Sie sie noch einmal.

## Accounts of the office (accounts.html, admin.rs)

staff-accounts-heading = Konten der Mitarbeitenden
# The introduction is one paragraph around two commands:
# "{ -commands } <code>belehrung staff add</code> { -and } <code>belehrung staff reset</code>. { -duties }"
staff-accounts-intro-commands = Neue Konten und neue Einmalpasswörter vergibt der Betrieb mit
staff-accounts-intro-and = und
staff-accounts-intro-duties = Das Einmalpasswort muss bei der nächsten Anmeldung durch ein eigenes ersetzt werden; den zweiten Faktor richtet jede Person selbst ein.
staff-accounts-role = Rolle
staff-accounts-action = Aktion
staff-accounts-second-factor-yes = ja
staff-accounts-second-factor-required = verlangt, noch nicht eingerichtet
staff-accounts-second-factor-no = nein
staff-accounts-disabled = gesperrt
staff-accounts-active-one-time-password = aktiv, Einmalpasswort noch nicht geändert
staff-accounts-active = aktiv
staff-accounts-disable = Sperren
staff-accounts-disabled-done = Das Konto { $login } ist gesperrt.

## Audit log (audit.html)

staff-audit-intro = Die letzten { $count } Einträge dieses Gesundheitsamts, neueste zuerst.
staff-audit-seq = Nr.
staff-audit-time = Zeit
staff-audit-actor = Wer
staff-audit-action = Was
staff-audit-detail = Details

## Figures (figures.html, figures.rs)

staff-figures-from = Von
staff-figures-to = Bis
staff-figures-show = Anzeigen
staff-figures-csv = Als CSV herunterladen
staff-figures-day = Tag
staff-figures-language = Sprache
staff-figures-watched = Videos gesehen
staff-figures-passed = Quiz bestanden
staff-figures-certified = Bescheinigt
staff-figures-median = Median Minuten
staff-figures-none = Keine Anmeldungen in diesem Zeitraum.
# The fees count on the day they were settled.
staff-figures-paid-online = Gebühr online bezahlt
staff-figures-paid-desk = Gebühr am Schalter bezahlt
staff-figures-vouchers = Gutscheine eingelöst
staff-figures-waivers = Befreiungen
# $value: what was typed, in quotation marks.
staff-figures-not-a-date = { $value } ist kein Datum (JJJJ-MM-TT).
staff-figures-period-invalid = Der Zeitraum muss mit dem Anfang beginnen und darf höchstens drei Jahre lang sein.

## Errors (error.html, page.rs)

staff-error-back = Zurück
staff-error-csrf-heading = Formular abgelaufen
staff-error-csrf-message = Das Formular war nicht mehr gültig. Bitte laden Sie die Seite neu und versuchen Sie es noch einmal.
staff-error-admin-only-heading = Keine Berechtigung
staff-error-admin-only-message = Diese Seite sehen nur Administratorinnen und Administratoren des Gesundheitsamts.
staff-error-not-found-heading = Nicht gefunden
staff-error-not-found-message = Das gibt es bei diesem Gesundheitsamt nicht: keine Bescheinigung, keinen Fall, keinen Antrag und keine Gutscheinserie mit dieser Angabe.
# The heading above a message that says what in the input was refused.
staff-error-invalid-heading = Eingabe prüfen
staff-error-unavailable-heading = Vorübergehend nicht erreichbar
staff-error-unavailable-message = Die Datenbank antwortet gerade nicht. Bitte versuchen Sie es in einigen Minuten noch einmal.
staff-error-internal-heading = Fehler
staff-error-internal-message = Etwas ist schiefgegangen. Bitte versuchen Sie es noch einmal.

## What the rules refuse (page.rs)

staff-error-already-revoked = Diese Bescheinigung ist bereits für ungültig erklärt.
staff-error-development-certificate = Diese Bescheinigung wurde mit einem Entwicklungsschlüssel ausgestellt und ist nicht gültig; sie wird nicht neu ausgestellt.
staff-error-refused = Das ist für diese Bescheinigung jetzt nicht möglich.
staff-error-note-too-long = Die Notiz hat höchstens { $max } Zeichen.
staff-error-unknown-category = Bitte wählen Sie einen der Gründe aus der Liste.
staff-error-field = Bitte prüfen Sie die Angabe „{ $field }“.

## The audit log in words (audit_words.rs)

staff-audit-certificate-viewed = Bescheinigung { $subject } angesehen
staff-audit-certificate-revoked = Bescheinigung { $subject } für ungültig erklärt
staff-audit-identity-listed = Offene Identitätsprüfungen angesehen
staff-audit-identity-proposed = Identität im Fall { $subject } als Erste Person bestätigt
staff-audit-identity-confirmed = Identität bestätigt, Bescheinigung { $subject } ausgestellt
staff-audit-identity-rejected = Identität im Fall { $subject } nicht bestätigt
staff-audit-certificate-reissued = Bescheinigung { $subject } neu ausgestellt
staff-audit-certificate-refused = Zugriff auf { $subject } abgelehnt: keine Bescheinigung dieses Gesundheitsamts
staff-audit-certificate-searched = Nach einer Person gesucht
staff-audit-figures-exported = Zahlen als CSV heruntergeladen
staff-audit-retention-deleted = Daten nach Ablauf der Aufbewahrungsfrist gelöscht
staff-audit-staff-added = Konto { $subject } angelegt
staff-audit-staff-disabled = Konto { $subject } gesperrt
staff-audit-staff-reset = Konto { $subject } zurückgesetzt (neues Einmalpasswort)
staff-audit-staff-login = Angemeldet
staff-audit-staff-logout = Abgemeldet
staff-audit-staff-password-changed = Passwort geändert
staff-audit-staff-second-factor-enrolled = Zweiten Faktor eingerichtet


## Identitätsprüfungen

staff-identity-title = Offene Identitätsprüfungen
staff-identity-intro = Diese Personen haben die Belehrung abgeschlossen und die Erklärung abgegeben. Die Bescheinigung wird ausgestellt, sobald Sie den Ausweis geprüft haben. Die Nummer des Ausweises wird nicht gespeichert.
staff-identity-search = Fallnummer oder Name
staff-identity-search-button = Suchen
staff-identity-none = Keine offenen Prüfungen.
staff-identity-case = Fallnummer
staff-identity-birth-date = Geburtsdatum
staff-identity-requested = Erklärung abgegeben am
staff-identity-document = Geprüftes Dokument
staff-identity-confirm = Identität bestätigen
staff-identity-reject-reason = Grund
staff-identity-reject = Nicht bestätigen
staff-identity-proposed = Von { $login } bestätigt. Eine zweite Person prüft den Ausweis selbst und schließt ab.
staff-identity-confirmed-done = Identität bestätigt. Bescheinigung { $code } ist ausgestellt.
staff-identity-proposed-done = Bestätigung gespeichert. Eine zweite Person muss sie abschließen (Vier-Augen-Prinzip).
staff-identity-rejected-done = Die Identität wurde nicht bestätigt. Es wird keine Bescheinigung ausgestellt.
staff-identity-invalid = Bitte wählen Sie das geprüfte Dokument oder einen Grund.
staff-document-id-card = Personalausweis
staff-document-passport = Reisepass
staff-document-residence-permit = Aufenthaltstitel
staff-document-other = Anderes amtliches Ausweisdokument mit Lichtbild
staff-rejection-does-not-match = Person oder Angaben passen nicht zum Dokument
staff-rejection-no-valid-document = Kein gültiges Ausweisdokument vorgelegt
staff-rejection-did-not-appear = Nicht erschienen
staff-rejection-other = Sonstiger Grund
staff-error-identity-decided = Diese Prüfung ist bereits abgeschlossen.
staff-error-second-person = Nach dem Vier-Augen-Prinzip muss eine zweite Person die Bestätigung abschließen.
staff-error-document-differs = Die erste Person hat ein anderes Dokument angegeben. Die erste Bestätigung ist zurückgenommen: Der Ausweis wird neu geprüft und von zwei Personen bestätigt.
staff-identity-document-choose = Bitte wählen
staff-audit-identity-refused = Entscheidung im Fall { $subject } abgelehnt


## Gebühren (fees.html, fees.rs, fee_words.rs)

# $amount: the office's fee, "20,00 €".
staff-fees-intro = Dieses Gesundheitsamt erhebt eine Gebühr von { $amount }.
staff-fees-office-free = Dieses Gesundheitsamt erhebt keine Gebühr.
staff-fees-waivers-heading = Anträge auf Befreiung
staff-fees-waivers-intro = Diese Personen haben eine Befreiung von der Gebühr beantragt. Mit der Bewilligung ist die Gebühr beglichen; nach einer Ablehnung bleibt sie offen, und die Person kann bezahlen oder mit einer anderen Begründung neu beantragen.
staff-fees-waivers-none = Keine offenen Anträge.
staff-fees-category = Grund der Befreiung
staff-fees-reason = Begründung der Person
staff-fees-requested = Beantragt am
staff-fees-grant = Befreiung bewilligen
staff-fees-refuse = Ablehnen
staff-fees-decision-invalid = Bitte bewilligen Sie die Befreiung oder lehnen Sie sie ab.
staff-fees-person-heading = Gebühr einer Person
staff-fees-person-search = Gebühr suchen
staff-fees-none-found = Keine Anmeldung bei diesem Gesundheitsamt passt zu den Angaben.
staff-fees-progress = Stand
staff-fees-progress-learning = Belehrung begonnen, noch keine Erklärung
staff-fees-progress-declared = Erklärung abgegeben, noch keine Bescheinigung
staff-fees-progress-certified = Bescheinigung ausgestellt:
# Also on certificate.html and a column of the latest settlements.
staff-fees-fee = Gebühr
# $amount: "20,00 €".
staff-fees-due = offen: { $amount }
staff-fees-free = keine Gebühr
staff-fees-payment = Online-Zahlung
staff-fees-waiver = Befreiung
# $category: one of staff-waiver-…; $decision: one of staff-waiver-decision-…
staff-fees-waiver-state = { $category }, { $decision } („{ $reason }“)
staff-fees-desk = Zahlung am Schalter erhalten
staff-fees-latest-heading = Zuletzt beglichen
staff-fees-latest-none = Noch keine Gebühr beglichen.
staff-fees-waiver-granted-done = Die Befreiung ist bewilligt.
staff-fees-waiver-refused-done = Die Befreiung ist abgelehnt.
staff-fees-desk-done = Die Zahlung am Schalter ist eingetragen.
# After a settlement: what follows for the person.
staff-fees-then-open = Die Person kann mit der Belehrung weitermachen.
staff-fees-then-check = Als Nächstes prüft das Amt den Ausweis: Fallnummer { $case }.
staff-fees-then-issued = Bescheinigung { $code } ist ausgestellt.
staff-fees-then-due = Die Gebühr bleibt offen.
# How the fee was settled: $kind is one of staff-fee-kind-…, $amount "20,00 €",
# $day "23.11.2026".
staff-fee-settled = { $kind }, { $amount }, am { $day }
# $reference: the payment platform's reference, the voucher's code or the waiver's category.
staff-fee-settled-reference = { $kind }, { $amount }, am { $day } ({ $reference })
staff-fee-kind-online = online bezahlt
staff-fee-kind-voucher = mit Gutschein
staff-fee-kind-waiver = befreit
staff-fee-kind-desk = am Schalter bezahlt
staff-waiver-volunteer = Ehrenamt
staff-waiver-internship = Schülerpraktikum
staff-waiver-benefits = Bezug von Sozialleistungen
staff-waiver-unknown = ein Grund, den das Amt nicht mehr anbietet
staff-waiver-decision-open = offen
staff-waiver-decision-granted = bewilligt
staff-waiver-decision-refused = abgelehnt
# $state: one of staff-payment-…; $attempts: how many attempts were made.
staff-payment-state = { $state } (Versuch { $attempts })
staff-payment-requested = angefordert
staff-payment-open = offen, die Bezahlseite ist geöffnet
staff-payment-paid = bezahlt
staff-payment-cancelled = abgebrochen
staff-payment-failed = fehlgeschlagen
staff-error-waiver-decided = Über diesen Antrag ist bereits entschieden.
staff-error-fee-not-due = Für diese Anmeldung ist keine Gebühr offen: Das Amt erhebt keine, sie ist beglichen, oder die Bescheinigung ist schon ausgestellt.
staff-error-payment-open = Eine Online-Zahlung dieser Person ist gerade offen. Sie schließt sie zuerst ab oder bricht sie ab, damit nicht doppelt bezahlt wird.
staff-audit-fee-listed = Gebühren und Anträge auf Befreiung angesehen
staff-audit-fee-searched = Nach der Gebühr einer Person gesucht
staff-audit-fee-waiver-granted = Befreiung von der Gebühr bewilligt
staff-audit-fee-waiver-refused = Befreiung von der Gebühr abgelehnt
staff-audit-fee-desk-payment = Zahlung am Schalter eingetragen
staff-audit-fee-refused = Gebühr: Schritt abgelehnt (keine Anmeldung dieses Gesundheitsamts, schon entschieden oder nichts offen)

## Gutscheine (vouchers.html, vouchers.rs)

staff-vouchers-intro = Gutscheine gibt das Gesundheitsamt an Arbeitgeber oder Vereine aus. Jeder Code begleicht die Gebühr einer Person, einmal, bis zum Ende des angegebenen Tages.
staff-vouchers-not-offered = Dieses Gesundheitsamt nimmt keine Gutscheine an.
staff-vouchers-create-heading = Neue Gutscheinserie
# Also a column of the list.
staff-vouchers-label = Bezeichnung (z. B. Arbeitgeber oder Verein)
staff-vouchers-count = Anzahl der Codes (1 bis { $max })
# Also a column of the list.
staff-vouchers-expires-on = Gültig bis
staff-vouchers-create = Gutscheine erzeugen
staff-vouchers-created-done = { $count } Gutscheine für „{ $label }“ sind erzeugt.
staff-vouchers-label-invalid = Die Bezeichnung braucht 1 bis { $max } Zeichen in einer Zeile.
staff-vouchers-count-invalid = Die Anzahl muss eine Zahl von 1 bis { $max } sein.
# $latest: the last day allowed, "23.11.2029".
staff-vouchers-expires-invalid = Das Datum muss zwischen heute und dem { $latest } liegen.
staff-vouchers-batches-heading = Gutscheinserien
staff-vouchers-none = Noch keine Gutscheinserien.
staff-vouchers-created = Erzeugt
# $at: when; $login: by whom.
staff-vouchers-created-by = { $at } von { $login }
staff-vouchers-used = Eingelöst
staff-vouchers-used-of = { $used } von { $total }
staff-vouchers-download = Herunterladen
staff-vouchers-csv = Liste (CSV)
staff-vouchers-pdf = Karten zum Ausdrucken (PDF)
staff-audit-voucher-batch-created = Gutscheinserie erzeugt
staff-audit-voucher-exported = Gutscheinserie heruntergeladen
staff-audit-voucher-refused = Zugriff auf eine Gutscheinserie abgelehnt: keine Serie dieses Gesundheitsamts

## The sheet of vouchers (vouchers.rs, the PDF)

staff-voucher-sheet-title = Gutscheine: { $label }
staff-voucher-sheet-label = Gutscheinserie: { $label }
# $day: "31.12.2027"; $count: how many codes.
staff-voucher-sheet-expires = { $count } Gutscheine, gültig bis { $day }
staff-voucher-card-title = Gutschein für die Belehrung nach § 43 IfSG
staff-voucher-card-valid = gültig bis { $day }
staff-voucher-card-redeem = Einzulösen bei der Anmeldung unter { $url }

# The certificate in a wallet, offered at the desk.
staff-wallet-offer-heading = Bescheinigung für die Wallet
staff-wallet-offer-hint = Für eine Wallet-App auf dem Handy der Person (zum Beispiel ein neues Handy): ein QR-Code und eine PIN, 15 Minuten gültig und nur einmal.
staff-wallet-offer-button = QR-Code und PIN für die Wallet erzeugen
staff-wallet-offer-scan = Die Person scannt diesen Code mit ihrer Wallet-App.
staff-wallet-offer-qr = QR-Code für die Wallet
staff-wallet-offer-pin = Die Wallet fragt nach dieser PIN:
staff-wallet-offer-expiry = Code und PIN gelten 15 Minuten und nur einmal.
staff-wallet-offer-link = Link für eine Wallet auf diesem Gerät
staff-wallet-offer-back = Zurück zur Bescheinigung
staff-audit-wallet-offer-made = QR-Code und PIN für die Wallet erzeugt
staff-audit-fee-refund-due = Gebühr doppelt beglichen: online bezahlt, nachdem sie anders beglichen war (zu erstatten)
