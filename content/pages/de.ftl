# Texte der Seiten für Lernende (Deutsch), im Format Fluent (https://projectfluent.org).
# Jede Kurssprache hat eine solche Datei mit denselben Nachrichten. Variablen in
# geschweiften Klammern ({ $minutes }) bleiben unverändert.
# Review status, as the course language's (content/README.md).
-review = original

site-title = Belehrung nach § 43 Infektionsschutzgesetz
machine-translation-notice = Diese Übersetzung wurde maschinell erstellt und nicht geprüft. Verbindlich ist der deutsche Text.
machine-translation-link = Auf Deutsch lesen
skip-to-content = Zum Inhalt springen
language-label = Sprache
language-submit = Sprache wechseln
footer-accessibility = Barrierefreiheit
footer-privacy = Datenschutz
footer-imprint = Impressum
footer-verify = Bescheinigung prüfen

## Startseite

start-heading = Online-Belehrung für die Arbeit mit Lebensmitteln
start-intro = Wer beruflich bestimmte Lebensmittel herstellt, behandelt oder in Verkehr bringt oder in Küchen von Gaststätten, Kantinen und ähnlichen Einrichtungen arbeitet (§ 42 Abs. 1 und 2 IfSG), braucht vor dem ersten Arbeitstag eine Bescheinigung des Gesundheitsamts. Hier machen Sie die Belehrung online und erhalten die Bescheinigung sofort.
start-how-heading = So geht es
start-step-videos = Sie sehen { $chapters } kurze Videos mit Untertiteln, zusammen etwa { $minutes } Minuten.
start-step-quiz = Sie beantworten einige Fragen zu den Videos.
start-step-declaration = Sie erklären, dass Sie keine Gründe für ein Tätigkeitsverbot kennen.
start-step-certificate = Sie erhalten die Bescheinigung als PDF-Datei.
start-bring-heading = Das brauchen Sie
start-bring = Ihren Ausweis oder Pass (für die genaue Schreibweise Ihres Namens), etwa { $total } Minuten Zeit und Ton oder Kopfhörer.
start-cost-heading = Kosten
start-cost = Die Kosten legt Ihr Gesundheitsamt fest. Sie sehen sie, wenn Sie Ihr Gesundheitsamt gewählt haben.
start-find-office = Ihr Gesundheitsamt finden
postcode-label = Postleitzahl Ihres Wohnorts
postcode-hint = 5 Ziffern, zum Beispiel 99999
postcode-search = Gesundheitsamt suchen
postcode-invalid = Bitte geben Sie eine Postleitzahl mit 5 Ziffern ein.
postcode-none = Für diese Postleitzahl bietet hier kein Gesundheitsamt die Belehrung an. Wählen Sie ein Gesundheitsamt aus der Liste oder fragen Sie Ihr Gesundheitsamt.
office-list-heading = Alle Gesundheitsämter
office-choose = Belehrung bei diesem Gesundheitsamt beginnen
office-not-in-language = Dieses Gesundheitsamt bietet die Belehrung nicht in Ihrer Sprache an.
resume-heading = Weitermachen
resume-text = Sie haben schon begonnen. Machen Sie dort weiter, wo Sie aufgehört haben.
resume-button = Weitermachen

## Angaben zur Person

enrol-heading = Ihre Angaben
enrol-intro = Schreiben Sie Ihren Namen so wie in Ihrem Ausweis oder Pass. Diese Angaben stehen auf der Bescheinigung.
enrol-office = Gesundheitsamt
given-name-label = Vorname(n)
family-name-label = Familienname
latin-intro = Nur wenn Ihr Name in einer anderen Schrift geschrieben ist: Ihr Name in lateinischen Buchstaben, so wie im Pass.
given-name-latin-label = Vorname(n) in lateinischen Buchstaben
family-name-latin-label = Familienname in lateinischen Buchstaben
birth-date-label = Geburtsdatum
birth-date-hint = Tag.Monat.Jahr, zum Beispiel 31.12.1990 oder ohne Punkte 31121990
email-label = E-Mail-Adresse (freiwillig)
email-hint = Dann senden wir Ihnen die Bescheinigung auch per E-Mail.
enrol-privacy = Das Gesundheitsamt verwendet Ihre Angaben nur für die Belehrung und die Bescheinigung.
enrol-submit = Weiter zu den Videos
form-errors-heading = Bitte prüfen Sie Ihre Angaben:
error-given-name = Bitte geben Sie Ihren Vornamen an, so wie im Ausweis.
error-family-name = Bitte geben Sie Ihren Familiennamen an, so wie im Ausweis.
error-latin = Ihr Name kann auf der Bescheinigung nur in lateinischen Buchstaben gedruckt werden. Bitte schreiben Sie ihn auch so, wie er im Pass steht.
error-birth-date = Bitte geben Sie Ihr Geburtsdatum so an: Tag.Monat.Jahr, zum Beispiel 31.12.1990 oder 31121990.
error-birth-date-no-such-day = Diesen Tag gibt es nicht. Bitte prüfen Sie Tag und Monat.
error-birth-date-two-digit-year = Bitte schreiben Sie das Jahr mit vier Ziffern, zum Beispiel 1990 statt 90.
error-birth-date-future = Dieses Datum liegt in der Zukunft. Bitte prüfen Sie das Jahr.
error-birth-date-too-young = Die Belehrung ist erst ab { $min } Jahren möglich.
error-birth-date-implausible = Bitte prüfen Sie das Jahr: Das Datum liegt zu weit zurück.
error-name-character = Das Zeichen „{ $character }“ ist in einem Namen nicht erlaubt. Erlaubt sind Buchstaben, Leerzeichen, Apostroph, Bindestrich und Punkt.
error-name-too-long = Der Name ist zu lang: höchstens { $max } Zeichen.
error-name-no-letter = Ein Name braucht mindestens einen Buchstaben.
error-title-prefix = Fehler:
error-email = Bitte prüfen Sie die E-Mail-Adresse, oder lassen Sie das Feld leer.
error-name-invisible = Der Name enthält ein unsichtbares Zeichen oder einen Zeilenumbruch (zum Beispiel ein Füllzeichen). Bitte tippen Sie den Namen neu ein, statt ihn einzufügen.
error-name-direction = Der Name enthält ein Steuerzeichen für die Schreibrichtung, das die Anzeige des Namens verändert. Bitte tippen Sie den Namen neu ein.
error-name-joiner = Der Name enthält ein unsichtbares Verbindungszeichen an einer falschen Stelle. Es ist nur zwischen zwei Buchstaben einer Schrift wie Arabisch, Persisch oder Hindi erlaubt.
error-name-mixed-script = Ein Wort des Namens mischt lateinische mit kyrillischen oder griechischen Buchstaben, die gleich aussehen (zum Beispiel М und M). Bitte schreiben Sie jedes Wort in einer Schrift, so wie im Pass.
error-email-plain = Bitte geben Sie nur die E-Mail-Adresse selbst an, zum Beispiel name@beispiel.de: ohne Namen davor, ohne spitze Klammern und mit einem Domainnamen statt einer IP-Adresse.

## Übersicht

course-heading = Ihre Belehrung
course-progress = { $done } von { $total } Videos gesehen
chapter-done = gesehen
chapter-open = noch nicht gesehen
resume-link-heading = Später weitermachen
resume-link-text = Mit diesem Link machen Sie später weiter, auch auf einem anderen Gerät. Geben Sie ihn niemandem weiter.
next-quiz = Weiter zu den Fragen
quiz-locked = Die Fragen öffnen sich, wenn Sie alle Videos gesehen haben.

## Kapitel

chapter-of = Kapitel { $number } von { $total }
video-noscript = Damit das Ansehen gezählt wird, braucht diese Seite JavaScript. Bitte schalten Sie JavaScript ein. Alles andere geht auch ohne.
video-status = Gesehen: { $percent } %
video-status-done = Dieses Video ist vollständig gesehen.
video-status-offline = Keine Verbindung. Ihr Fortschritt wird gesendet, sobald die Verbindung wieder da ist.
video-hint = Sehen Sie jedes Video ganz an. Vorspulen wird nicht gezählt.
video-narrated-in = Das Video ist auf { $narration } gesprochen. Die Untertitel sind auf { $captions }.
video-sign-language = Gebärdensprache (DGS)
chapter-text-heading = Der Text zum Video
chapter-next = Nächstes Kapitel
chapter-overview = Zur Übersicht

## Fragen

quiz-heading = Fragen zur Belehrung
quiz-intro = Beantworten Sie { $count } Fragen. Bei manchen Fragen sind mehrere Antworten richtig: Wählen Sie alle richtigen aus. Sie bestehen mit { $percent } % richtigen Antworten.
quiz-start = Fragen beginnen
quiz-question = Frage { $number } von { $count }
quiz-submit = Antworten abgeben
quiz-passed = Bestanden: { $score } von { $count } Antworten richtig.
quiz-failed = Leider nicht bestanden: { $score } von { $count } Antworten richtig.
quiz-retry = Noch einmal versuchen
quiz-attempts-left = Sie haben noch { $left } Versuche.
quiz-rewatch = Sie haben alle Versuche gebraucht. Bitte sehen Sie die Videos noch einmal an. Dann können Sie die Fragen wieder beantworten.
quiz-correct = Richtig
quiz-wrong = Falsch
quiz-next = Weiter zur Erklärung
quiz-choose-all = Wählen Sie alle richtigen Antworten.
quiz-your-answer = Ihre Antwort
quiz-right-answer = Richtig wäre
quiz-no-answer = keine Antwort
quiz-next-question = Weiter
quiz-previous = Zurück zur vorigen Frage
quiz-to-review = Weiter zu Ihren Antworten
quiz-review-heading = Ihre Antworten
quiz-review-intro = Prüfen Sie Ihre Antworten. Mit „Ändern“ kommen Sie zur Frage zurück. Dann geben Sie die Antworten ab.
quiz-change = Ändern

## Erklärung

declaration-heading = Ihre Erklärung
declaration-confirm = Ja, das erkläre ich.
declaration-handover-heading = Bitte geben Sie das Gerät jetzt weiter
declaration-handover = Sie sind jünger als 18 Jahre. Deshalb gibt Ihre Mutter, Ihr Vater oder Ihr Vormund die Erklärung für Sie ab (§ 43 Abs. 6 IfSG). Bitte geben Sie das Gerät jetzt dieser Person.
declaration-handover-continue = Ich bin Mutter, Vater oder Vormund – weiter
declaration-carer-link = Eine rechtliche Betreuerin oder ein rechtlicher Betreuer gibt die Erklärung für mich ab
declaration-representative-heading = Erklärung für eine andere Person
declaration-representative-intro = Sie geben die Erklärung für { $name } ab. Tragen Sie Ihren eigenen Namen ein, wie er in Ihrem Ausweis steht.
declaration-representative-facts = Tatsachen für ein Tätigkeitsverbot sind zum Beispiel: Durchfall mit mehr als zwei dünnflüssigen Stühlen am Tag, Erbrechen, hohes Fieber mit starken Kopf-, Bauch- oder Gelenkschmerzen, gelbe Haut oder gelbe Augen, eitrige oder nässende Wunden oder Hautstellen, oder ein Arzt oder Labor hat Salmonellen, Shigellen, EHEC, Typhus- oder Cholera-Erreger oder Hepatitis A oder E festgestellt. Kennen Sie solche Tatsachen bei { $name }, geben Sie die Erklärung nicht ab und wenden Sie sich an das Gesundheitsamt.
declaration-role-legend = Sie geben die Erklärung ab als
declaration-role-parent = Mutter oder Vater mit Sorgerecht
declaration-role-guardian = Vormund (vom Familiengericht bestellt)
declaration-role-carer = Rechtliche Betreuerin oder rechtlicher Betreuer; Ihr Aufgabenbereich umfasst diese Erklärung
representative-given-name-label = Ihr Vorname
representative-family-name-label = Ihr Familienname
declaration-representative-next = Weiter zur Erklärung
declaration-german-heading = Verbindlicher deutscher Text
declaration-translation-heading = Übersetzung
error-role = Bitte wählen Sie, als wer Sie die Erklärung abgeben.
error-representative-is-holder = Bitte tragen Sie Ihren eigenen Namen ein: Die Erklärung gibt die vertretende Person ab, nicht die belehrte Person selbst.
declaration-submit = Erklärung abgeben und Bescheinigung erhalten
declaration-required = Bitte bestätigen Sie die Erklärung. Wenn Sie Gründe für ein Tätigkeitsverbot kennen, dürfen Sie die Tätigkeit nicht aufnehmen: Wenden Sie sich an Ihr Gesundheitsamt.

## Fertig

done-heading = Geschafft! Hier ist Ihre Bescheinigung.
done-code = Code der Bescheinigung
done-download = Bescheinigung herunterladen (PDF)
done-view = Die Bescheinigung als Webseite ansehen: zum Vorlesen und zum Drucken
certificate-view-heading = Ihre Bescheinigung
certificate-view-intro = Das ist dieselbe Bescheinigung wie die PDF-Datei, als Webseite zum Vorlesen und Drucken. Jede Fassung lässt sich mit dem Code prüfen.
done-mailed = Wir senden die Bescheinigung auch an { $email }.
done-employer = Geben Sie die Bescheinigung Ihrem Arbeitgeber. Am ersten Arbeitstag darf sie nicht älter als drei Monate sein.
done-verify = Jeder kann die Bescheinigung mit dem QR-Code prüfen.

## Fehler

error-heading = Das hat nicht geklappt
error-not-found = Diese Seite gibt es nicht.
error-session = Diese Belehrung wurde auf einem anderen Gerät begonnen, oder der Link ist unvollständig. Öffnen Sie den Link, den Sie gespeichert haben.
error-expired = Das Formular war zu lange offen. Bitte versuchen Sie es noch einmal.
error-unavailable = Der Dienst ist gerade nicht erreichbar. Ihre Angaben sind gespeichert. Bitte versuchen Sie es in einigen Minuten noch einmal.
error-too-many = Von Ihrem Internetanschluss wurden gerade sehr viele Anmeldungen gestartet. Bitte versuchen Sie es in einigen Minuten noch einmal.
error-back = Zurück zum Start

## Seiten des Gesundheitsamts

accessibility-heading = Erklärung zur Barrierefreiheit
privacy-heading = Datenschutzhinweis
imprint-heading = Impressum
accessibility-sign-language = Kapitel mit einem Film in Deutscher Gebärdensprache (DGS): { $chapters }.
accessibility-sign-language-none = Noch hat kein Kapitel einen Film in Deutscher Gebärdensprache (DGS).
imprint-pictures = Die Bilder in den Filmen sind von OpenMoji (openmoji.org), unter der Lizenz CC BY-SA 4.0.
privacy-short-heading = Das Wichtigste in Kürze
privacy-short = { $office } verarbeitet Ihren Namen, Ihr Geburtsdatum, Ihre Antworten und Ihre Erklärung, um Sie nach § 43 Infektionsschutzgesetz zu belehren und Ihnen die Bescheinigung auszustellen. Die Bescheinigung wird automatisch ausgestellt, wenn Sie alle Videos gesehen, die Fragen bestanden und die Erklärung abgegeben haben. Wer den Code der Bescheinigung kennt, kann sie prüfen und sieht Ihren Namen, Ihr Geburtsdatum, das Datum der Belehrung und ob sie gültig ist. Eine nicht abgeschlossene Belehrung wird nach { $days } Tagen gelöscht, eine Bescheinigung nach { $years } Jahren. Sie haben das Recht auf Auskunft, Berichtigung und Beschwerde. Fragen an: { $email }.
privacy-full-german = Der vollständige Datenschutzhinweis folgt auf Deutsch; er ist verbindlich.
office-text-german = Diesen Text gibt das Gesundheitsamt nur auf Deutsch heraus.
privacy-sections-heading = Der vollständige Datenschutzhinweis
privacy-section-previous = Vorheriger Abschnitt
privacy-section-next = Nächster Abschnitt
privacy-section-overview = Alle Abschnitte des Datenschutzhinweises

## Links, Zugang und Bescheinigung per Einmalcode

resume-link-create = Link erstellen
resume-link-once = Der Link gilt nur einmal und { $days } Tage lang.
resume-link-copy = Link kopieren
resume-link-copied = Kopiert
resume-link-mail = Link an meine E-Mail-Adresse senden
resume-link-mailed = Wir haben einen neuen Link an Ihre E-Mail-Adresse gesendet. Er gilt nur einmal.
resume-link-no-address = Sie haben keine E-Mail-Adresse angegeben. Erstellen Sie den Link hier und schreiben Sie ihn sich auf.
resume-spent-heading = Dieser Link gilt nicht mehr
resume-spent-text = Der Link wurde schon benutzt oder ist abgelaufen. Jeder Link gilt nur einmal.
resume-spent-mail = Wir können Ihnen einen neuen Link an Ihre E-Mail-Adresse senden.
resume-spent-mail-button = Neuen Link per E-Mail senden
resume-spent-no-mail = Für diese Belehrung ist keine E-Mail-Adresse gespeichert. Öffnen Sie die Belehrung in dem Browser, in dem Sie begonnen haben, oder wenden Sie sich an das Gesundheitsamt.
resume-mailed = Wir haben einen neuen Link an Ihre E-Mail-Adresse gesendet. Er gilt nur einmal.
error-access-ended = Ihre Bescheinigung ist schon ausgestellt. Zu Ihrem Schutz öffnet dieser Zugang sie nicht mehr. Das PDF erhalten Sie mit dem Code der Bescheinigung, Ihrem Geburtsdatum und einem Einmalcode per E-Mail.
pdf-heading = Bescheinigung herunterladen
pdf-intro = Geben Sie den Code der Bescheinigung und Ihr Geburtsdatum ein. Wir senden einen Einmalcode an die E-Mail-Adresse, die Sie bei der Anmeldung angegeben haben.
pdf-send = Einmalcode senden
pdf-sent = Wenn die Angaben zu einer Bescheinigung mit E-Mail-Adresse passen, haben wir einen Einmalcode dorthin gesendet. Er gilt { $minutes } Minuten.
pdf-one-time-label = Einmalcode aus der E-Mail
pdf-download = PDF herunterladen
pdf-view = Als Seite ansehen, vorlesen oder drucken
pdf-code-wrong = Der Einmalcode ist falsch oder gilt nicht mehr. Nach 5 Versuchen gilt er nicht mehr: Fordern Sie dann einen neuen an.
pdf-code-malformed = Bitte prüfen Sie den Code der Bescheinigung: 16 Zeichen, zum Beispiel ABCD-EFGH-JKMN-PQRS.
pdf-office = Keine E-Mail-Adresse angegeben? Das Gesundheitsamt stellt Ihnen eine neue Ausfertigung aus.

## Prüfseite (/pruefen)

verify-title = Bescheinigung prüfen
verify-intro = Hier prüfen Gesundheitsamt, Arbeitgeber und Lebensmittelüberwachung eine Bescheinigung nach § 43 Abs. 1 IfSG.
verify-enter-code = Code der Bescheinigung
verify-code-hint = 16 Zeichen, zum Beispiel ABCD-EFGH-JKMN-PQRS
verify-check = Prüfen
verify-valid = Gültig: Diese Bescheinigung wurde ausgestellt und nicht für ungültig erklärt.
verify-revoked = Für ungültig erklärt: Diese Bescheinigung gilt nicht mehr.
verify-unknown = Unbekannt: Zu diesem Code gibt es keine Bescheinigung.
verify-deleted = Nach Ablauf der Aufbewahrungsfrist gelöscht: Das Gesundheitsamt hat zu diesem Code eine Bescheinigung ausgestellt und ihre Daten nach der Aufbewahrungsfrist gelöscht. Die Bescheinigung bleibt gültig; eine Zweitschrift ist nicht mehr möglich.
verify-deleted-revoked = Nach Ablauf der Aufbewahrungsfrist gelöscht: Diese Bescheinigung war für ungültig erklärt worden. Ihre Daten wurden nach der Aufbewahrungsfrist gelöscht.
verify-deleted-check = Name und Geburtsdatum sind nicht mehr gespeichert. Prüfen Sie die Person mit der digitalen Signatur aus dem QR-Code (unten) und mit einem Ausweis.
verify-issued-at = Ausgestellt am
verify-deleted-at = Gelöscht am
verify-typo = Tippfehler: Der Code ist so nicht möglich. Bitte vergleichen Sie ihn Zeichen für Zeichen.
verify-malformed = Das ist kein Code einer Bescheinigung (16 Zeichen aus Ziffern und Buchstaben).
verify-holder = Inhaber/in
verify-latin-spelling = Schreibweise im Pass (lateinisch)
verify-birth-date = Geburtsdatum
verify-instructed-at = Belehrung am
verify-issuer = Ausgestellt von
verify-guardian = Erklärung abgegeben von (§ 43 Abs. 6 IfSG)
verify-revoked-at = Für ungültig erklärt am
verify-reason = Grund
verify-valid-until = Gültig für die erstmalige Aufnahme einer Tätigkeit bis { $date }, danach unbefristet gültig.
verify-signature-heading = Digitale Signatur aus dem QR-Code
verify-signature-noscript = Ohne JavaScript prüft diese Seite den Eintrag beim Gesundheitsamt (oben). Mit JavaScript prüft sie zusätzlich die Signatur aus dem QR-Code.
verify-signature-none = Diese Seite wurde ohne QR-Code geöffnet; es gibt keine Signatur zu prüfen.
verify-signature-checking = Signatur wird geprüft …
verify-signature-valid = Die Signatur ist echt und passt zu dieser Bescheinigung.
verify-signature-invalid = Die Signatur ist NICHT gültig: Die Daten wurden verändert oder stammen nicht vom Gesundheitsamt.
verify-upload-heading = PDF-Datei prüfen
verify-upload-hint = Prüft, ob eine PDF-Datei genau so vom Gesundheitsamt ausgestellt wurde.
verify-upload = Datei prüfen
verify-upload-exact = Diese Datei wurde genau so ausgestellt.
verify-upload-not-exact = Diese Datei wurde so NICHT ausgestellt (verändert oder zu einer anderen Bescheinigung).
verify-upload-missing = Bitte wählen Sie eine PDF-Datei aus.
verify-language = Sprache
verify-development-key = Entwicklungsschlüssel — nicht gültig: Diese Bescheinigung wurde mit einem Entwicklungsschlüssel signiert (Test- oder Vorführbetrieb) und ist keine gültige Bescheinigung des Gesundheitsamts.
verify-signature-development = Die Signatur stammt von einem Entwicklungsschlüssel — nicht gültig. Eine solche Bescheinigung ist nur ein Test.

# Die öffentlichen Namen der Gründe einer Ungültigerklärung.
verify-revocation-issued-in-error = Irrtümlich ausgestellt
verify-revocation-replaced = Durch eine neue Bescheinigung ersetzt
verify-revocation-obtained-by-deception = Durch Täuschung erlangt
verify-revocation-other = Sonstiger Grund

## Wie die Identität geprüft wird

identity-heading = Wie wir prüfen, wer Sie sind
identity-intro = Die Bescheinigung nennt Ihren Namen. Deshalb prüft das Gesundheitsamt, dass Sie es sind. Wählen Sie, wie:
identity-choose = Bitte wählen Sie, wie Sie Ihre Identität nachweisen.
identity-staff = Ausweis beim Gesundheitsamt zeigen
identity-staff-needs = Sie machen die Belehrung jetzt online. Danach zeigen Sie Ihren Personalausweis, Reisepass oder Aufenthaltstitel beim Gesundheitsamt: vor Ort oder in einem Videoanruf. Erst dann erhalten Sie die Bescheinigung.
identity-bundid = Mit dem Online-Ausweis (BundID)
identity-bundid-needs = Sie brauchen: Ihren Personalausweis mit Online-Funktion, ein Smartphone mit NFC und Ihre sechsstellige PIN. Die Bescheinigung erhalten Sie sofort.
identity-none = Dieses Gesundheitsamt prüft Ihren Ausweis nicht. Die Bescheinigung gilt nur zusammen mit einem amtlichen Lichtbildausweis.
identity-bundid-login = Mit dem Online-Ausweis anmelden
identity-or-typed = Oder geben Sie Ihre Angaben selbst ein
identity-bundid-fixed = Name und Geburtsdatum kommen aus Ihrem Online-Ausweis. Sie können sie hier nicht ändern.
bundid-refused-title = Die Anmeldung mit dem Online-Ausweis hat nicht geklappt
bundid-refused = Es wurde nichts gespeichert. Bitte melden Sie sich noch einmal an.
bundid-too-low = Dieses Gesundheitsamt verlangt den Online-Ausweis. Ihre Anmeldung hatte ein niedrigeres Vertrauensniveau. Bitte melden Sie sich mit dem Personalausweis und der PIN an.
bundid-expired = Ihre Anmeldung ist abgelaufen. Bitte melden Sie sich noch einmal an.
bundid-again = Noch einmal anmelden
pending-heading = Fast geschafft: Zeigen Sie Ihren Ausweis
pending-intro = Ihre Erklärung ist gespeichert. Das Gesundheitsamt stellt die Bescheinigung aus, sobald es Ihren Ausweis geprüft hat. Nennen Sie dabei Ihre Fallnummer.
pending-case = Ihre Fallnummer
pending-office = So geht es beim Gesundheitsamt weiter:
pending-booking = Termin für einen Videoanruf buchen
pending-rejected = Das Gesundheitsamt konnte Ihre Identität nicht bestätigen. Bitte wenden Sie sich an das Gesundheitsamt.

## Fees
fee-free = Die Belehrung ist kostenlos.
fee-before-course = Die Belehrung kostet { $amount }. Sie bezahlen vor dem Kurs.
fee-before-certificate = Die Belehrung kostet { $amount }. Sie bezahlen nach der Belehrung, bevor Sie die Bescheinigung bekommen.
fee-heading = Gebühr bezahlen
fee-intro-course = Die Belehrung kostet { $amount }. Bitte bezahlen Sie zuerst. Danach beginnt der Kurs.
fee-intro-certificate = Ihre Erklärung ist gespeichert. Die Belehrung kostet { $amount }. Sobald Sie bezahlt haben, bekommen Sie Ihre Bescheinigung.
fee-online-heading = Online bezahlen
fee-online-text = Sie bezahlen beim Bezahldienst des Landes, zum Beispiel mit Kreditkarte, PayPal oder Ihrer Bank. Danach kommen Sie hierher zurück.
fee-online-button = Jetzt { $amount } bezahlen
fee-online-missing = Online bezahlen geht bei diesem Gesundheitsamt noch nicht. Bezahlen Sie mit einem Gutschein oder beim Gesundheitsamt.
fee-payment-open = Ihre Zahlung ist noch offen. Wenn Sie schon bezahlt haben, warten Sie bitte einen Moment und laden Sie diese Seite neu.
fee-payment-cancelled = Die Zahlung wurde abgebrochen. Sie können es noch einmal versuchen.
fee-payment-failed = Die Zahlung hat nicht geklappt. Sie können es noch einmal versuchen oder anders bezahlen.
fee-unavailable = Der Bezahldienst ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal. Ihre Angaben bleiben gespeichert.
fee-not-offered = Das bietet dieses Gesundheitsamt nicht an.
fee-voucher-heading = Mit Gutschein bezahlen
fee-voucher-label = Gutscheincode (zum Beispiel ABCD-EFGH-JKMN)
fee-voucher-button = Gutschein einlösen
fee-voucher-invalid = Dieser Gutschein gilt nicht. Er ist unbekannt, schon benutzt oder abgelaufen.
fee-voucher-typo = Der Code hat einen Tippfehler. Bitte prüfen Sie jedes Zeichen.
fee-waiver-heading = Von der Gebühr befreit werden
fee-waiver-text = Das Gesundheitsamt erlässt die Gebühr für:
fee-waiver-volunteer = ehrenamtliche Arbeit, zum Beispiel in einem Verein oder bei der Tafel
fee-waiver-internship = ein Schülerpraktikum
fee-waiver-benefits = Menschen mit Bürgergeld, Sozialhilfe oder Asylbewerberleistungen
fee-waiver-reason = Kurze Begründung, zum Beispiel der Name des Vereins oder der Schule
fee-waiver-button = Befreiung beantragen
fee-waiver-staff-note = Das Gesundheitsamt prüft Ihren Antrag. Es kann einen Nachweis verlangen.
fee-waiver-choose = Bitte wählen Sie aus, wofür Sie befreit werden möchten.
fee-waiver-reason-missing = Bitte schreiben Sie eine kurze Begründung (höchstens { $max } Zeichen).
fee-waiver-pending = Ihr Antrag auf Befreiung ist gespeichert. Das Gesundheitsamt prüft ihn. Schauen Sie später wieder auf diese Seite.
fee-waiver-refused = Das Gesundheitsamt hat die Befreiung nicht bewilligt. Bitte bezahlen Sie die Gebühr.
fee-desk = Sie können die Gebühr auch beim Gesundheitsamt bezahlen.
done-fee-online = Bezahlt: { $amount } am { $date }, Buchungszeichen { $reference }.
done-fee-voucher = Bezahlt mit dem Gutschein { $reference } am { $date }.
done-fee-waiver = Von der Gebühr befreit am { $date }.
done-fee-desk = Beim Gesundheitsamt bezahlt: { $amount } am { $date }.

## Wallet
wallet-credential-name = Bescheinigung nach § 43 Infektionsschutzgesetz
wallet-claim-given_name = Vorname
wallet-claim-family_name = Familienname
wallet-claim-birthdate = Geburtsdatum
wallet-claim-instructed_on = Tag der Belehrung
wallet-claim-issuing_authority = Gesundheitsamt
wallet-claim-certificate_code = Code der Bescheinigung
wallet-claim-identity_check = Prüfung der Identität
wallet-claim-given_name_latin = Vorname in lateinischer Schrift
wallet-claim-family_name_latin = Familienname in lateinischer Schrift
wallet-heading = Die Bescheinigung in Ihrer Wallet
wallet-what = Eine Wallet ist eine App auf dem Handy für Nachweise, zum Beispiel die EUDI-Wallet. Sie können die Bescheinigung dort speichern und Ihrem Arbeitgeber oder der Lebensmittelkontrolle zeigen.
wallet-pdf-stays = Sie brauchen keine Wallet: Die Bescheinigung als PDF gilt auch ohne.
wallet-button = Bescheinigung in die Wallet übernehmen
wallet-offer-heading = In die Wallet übernehmen
wallet-offer-scan = Scannen Sie diesen Code mit Ihrer Wallet-App. Ist die Wallet auf diesem Handy, tippen Sie auf den Knopf.
wallet-offer-qr = QR-Code für die Wallet
wallet-offer-open = Wallet auf diesem Handy öffnen
wallet-offer-pin = Die Wallet fragt nach einer PIN. Ihre PIN:
wallet-offer-pin-mailed = Die Wallet fragt nach einer PIN. Wir haben sie Ihnen per E-Mail an { $email } geschickt.
wallet-offer-expiry = Code und PIN gelten 15 Minuten und nur einmal. Danach bekommen Sie hier neue.
wallet-offer-back = Zurück zur Bescheinigung
wallet-check-heading = Bescheinigung aus einer Wallet prüfen
wallet-check-intro = Für Arbeitgeber und Lebensmittelkontrolle: Die Person zeigt die Bescheinigung aus ihrer Wallet vor. Die Wallet braucht dazu diesen Empfänger und diesen Einmalwert.
wallet-check-audience = Empfänger
wallet-check-nonce = Einmalwert
wallet-check-label = Nachweis aus der Wallet (SD-JWT mit Key-Binding-JWT)
wallet-check-button = Prüfen
wallet-check-valid = Gültig: vom Gesundheitsamt signiert, nicht widerrufen und von der Wallet der Person vorgezeigt.
wallet-check-revoked = Widerrufen: Diese Bescheinigung gilt nicht mehr.
wallet-check-development = Mit einem Testschlüssel signiert: Das ist kein gültiger Nachweis.
wallet-check-claims = Vorgezeigte Angaben
wallet-check-office = Ausgestellt von
wallet-check-again = Weiteren Nachweis prüfen
wallet-check-invalid-form = Nicht gültig: Das ist kein vollständiger Nachweis aus einer Wallet.
wallet-check-invalid-signature = Nicht gültig: Die Signatur stimmt nicht, oder der Aussteller ist kein Gesundheitsamt dieses Dienstes.
wallet-check-invalid-disclosure = Nicht gültig: Eine Angabe wurde verändert.
wallet-check-invalid-binding = Nicht gültig: Der Nachweis wurde nicht mit der Wallet der Person vorgezeigt.
wallet-check-invalid-audience = Nicht gültig: Der Einmalwert ist unbekannt, abgelaufen oder schon benutzt. Laden Sie die Seite neu und zeigen Sie den Nachweis noch einmal vor.
wallet-check-invalid-time = Nicht gültig: Der Nachweis ist zu alt. Zeigen Sie ihn noch einmal vor.
