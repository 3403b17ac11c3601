# Page texts for learners (Easy-read German, Leichte Sprache), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Belehrung nach § 43 Infektionsschutzgesetz
machine-translation-notice = Diesen Text in Leichter Sprache hat ein Computer gemacht. Kein Mensch hat ihn geprüft. Es gilt der Text in schwerer Sprache.
machine-translation-link = Text in schwerer Sprache lesen
skip-to-content = Direkt zum Inhalt
language-label = Sprache
language-submit = Sprache ändern
footer-accessibility = Barriere-Freiheit
footer-privacy = Daten-Schutz
footer-imprint = Impressum
footer-verify = Bescheinigung prüfen

## Start-Seite

start-heading = Belehrung im Internet für die Arbeit mit Lebensmitteln
start-intro = Arbeiten Sie in Ihrem Beruf mit bestimmten Lebensmitteln? Zum Beispiel mit Fleisch, Milch, Eis, Back-Waren mit Creme oder Salat? Oder arbeiten Sie in einer Küche von einem Restaurant, einer Kantine oder einem Kranken-Haus? Dann brauchen Sie eine Bescheinigung vom Gesundheits-Amt. Sie brauchen die Bescheinigung vor Ihrem 1. Arbeits-Tag. Hier machen Sie die Belehrung im Internet. Danach bekommen Sie die Bescheinigung sofort.
start-how-heading = So geht es
start-step-videos = Sie sehen { $chapters } kurze Videos. Die Videos haben Unter-Titel. Alle Videos zusammen dauern etwa { $minutes } Minuten.
start-step-quiz = Dann beantworten Sie Fragen zu den Videos.
start-step-declaration = Dann geben Sie eine Erklärung ab. Die Erklärung ist: Ich kenne keine Gründe für ein Tätigkeits-Verbot bei mir.
start-step-certificate = Dann bekommen Sie die Bescheinigung. Die Bescheinigung ist eine PDF-Datei.
start-bring-heading = Das brauchen Sie
start-bring = Sie brauchen Ihren Ausweis oder Ihren Pass. Dort steht Ihr Name genau richtig. Sie brauchen etwa { $total } Minuten Zeit. Und Sie brauchen Ton oder Kopf-Hörer.
start-cost-heading = Kosten
start-cost = Ihr Gesundheits-Amt bestimmt die Kosten. Wählen Sie zuerst Ihr Gesundheits-Amt. Dann sehen Sie die Kosten.
start-find-office = Ihr Gesundheits-Amt finden
postcode-label = Post-Leit-Zahl von Ihrem Wohn-Ort
postcode-hint = 5 Ziffern. Zum Beispiel: 99999
postcode-search = Gesundheits-Amt suchen
postcode-invalid = Bitte schreiben Sie eine Post-Leit-Zahl mit 5 Ziffern.
postcode-none = Zu dieser Post-Leit-Zahl gibt es hier keine Belehrung. Wählen Sie ein Gesundheits-Amt aus der Liste. Oder fragen Sie Ihr Gesundheits-Amt.
office-list-heading = Alle Gesundheits-Ämter
office-choose = Belehrung bei diesem Gesundheits-Amt anfangen
office-not-in-language = Dieses Gesundheits-Amt hat die Belehrung nicht in Ihrer Sprache.
resume-heading = Weiter-machen
resume-text = Sie haben schon angefangen. Machen Sie da weiter, wo Sie aufgehört haben.
resume-button = Weiter-machen

## Ihre Angaben

enrol-heading = Ihre Angaben
enrol-intro = Schreiben Sie Ihren Namen genau so wie in Ihrem Ausweis oder Pass. Diese Angaben stehen später auf der Bescheinigung.
enrol-office = Gesundheits-Amt
given-name-label = Vor-Name oder Vor-Namen
family-name-label = Familien-Name
latin-intro = Ist Ihr Name in einer anderen Schrift geschrieben? Dann schreiben Sie Ihren Namen hier auch mit lateinischen Buchstaben. Das sind die Buchstaben A, B, C und so weiter. Schreiben Sie den Namen so wie in Ihrem Pass.
given-name-latin-label = Vor-Name oder Vor-Namen mit lateinischen Buchstaben
family-name-latin-label = Familien-Name mit lateinischen Buchstaben
birth-date-label = Geburts-Datum
birth-date-hint = Tag.Monat.Jahr. Zum Beispiel: 31.12.1990 oder ohne Punkte: 31121990
email-label = E-Mail-Adresse (nur wenn Sie wollen)
email-hint = Dann schicken wir Ihnen die Bescheinigung auch per E-Mail.
enrol-privacy = Das Gesundheits-Amt braucht Ihre Angaben nur für die Belehrung und für die Bescheinigung.
enrol-submit = Weiter zu den Videos
form-errors-heading = Bitte prüfen Sie Ihre Angaben:
error-given-name = Bitte schreiben Sie Ihren Vor-Namen. Schreiben Sie ihn so wie in Ihrem Ausweis.
error-family-name = Bitte schreiben Sie Ihren Familien-Namen. Schreiben Sie ihn so wie in Ihrem Ausweis.
error-latin = Auf der Bescheinigung kann Ihr Name nur mit lateinischen Buchstaben stehen. Bitte schreiben Sie Ihren Namen auch mit lateinischen Buchstaben. Schreiben Sie ihn so wie in Ihrem Pass.
error-birth-date = Bitte schreiben Sie Ihr Geburts-Datum so: Tag.Monat.Jahr. Zum Beispiel: 31.12.1990 oder 31121990
error-birth-date-no-such-day = Diesen Tag gibt es nicht. Bitte prüfen Sie den Tag und den Monat.
error-birth-date-two-digit-year = Bitte schreiben Sie das Jahr mit 4 Zahlen. Zum Beispiel: 1990 und nicht nur 90
error-birth-date-future = Dieses Datum ist in der Zukunft. Bitte prüfen Sie das Jahr.
error-birth-date-too-young = Sie müssen für die Belehrung mindestens { $min } Jahre alt sein.
error-birth-date-implausible = Bitte prüfen Sie das Jahr. Das Datum ist zu lange her.
error-name-character = Das Zeichen „{ $character }“ darf nicht in einem Namen sein. Diese Zeichen dürfen in einem Namen sein: Buchstaben, Punkt (.), Binde-Strich (-), Apostroph (') und Leer-Zeichen.
error-name-too-long = Der Name ist zu lang. Der Name darf höchstens { $max } Zeichen haben.
error-name-no-letter = In einem Namen muss mindestens 1 Buchstabe sein.
error-title-prefix = Fehler:
error-email = Bitte prüfen Sie die E-Mail-Adresse. Oder lassen Sie das Feld leer.
error-name-invisible = In Ihrem Namen ist ein unsichtbares Zeichen. Bitte tippen Sie den Namen neu. Kopieren Sie den Namen nicht.
error-name-direction = In Ihrem Namen ist ein Zeichen für die Schreib-Richtung. Das Zeichen verändert den Namen. Bitte tippen Sie den Namen neu.
error-name-joiner = In Ihrem Namen ist ein unsichtbares Verbindungs-Zeichen an der falschen Stelle. Bitte tippen Sie den Namen neu.
error-name-mixed-script = In einem Wort von Ihrem Namen sind Buchstaben aus verschiedenen Schriften. Zum Beispiel ein russisches М und ein deutsches M. Bitte schreiben Sie jedes Wort nur mit einer Schrift. Schreiben Sie es so wie in Ihrem Pass.
error-email-plain = Bitte schreiben Sie nur die E-Mail-Adresse. Zum Beispiel: name@beispiel.de. Schreiben Sie keinen Namen davor. Schreiben Sie keine Klammern.

## Übersicht

course-heading = Ihre Belehrung
course-progress = Sie haben { $done } von { $total } Videos gesehen.
chapter-done = gesehen
chapter-open = noch nicht gesehen
resume-link-heading = Später weiter-machen
resume-link-text = Mit diesem Link können Sie später weiter-machen. Das geht auch an einem anderen Gerät. Der Link ist nur für Sie. Geben Sie den Link niemandem.
next-quiz = Weiter zu den Fragen
quiz-locked = Sehen Sie zuerst alle Videos an. Dann können Sie die Fragen beantworten.

## Kapitel

chapter-of = Kapitel { $number } von { $total }
video-noscript = Diese Seite braucht JavaScript. Nur mit JavaScript zählt die Seite: Sie haben das Video gesehen. Bitte schalten Sie JavaScript ein. Alles andere geht auch ohne JavaScript.
video-status = Gesehen: { $percent } %
video-status-done = Sie haben dieses Video ganz gesehen.
video-status-offline = Keine Verbindung zum Internet. Die Seite merkt sich: So viel haben Sie schon gesehen. Die Seite schickt das, wenn das Internet wieder da ist.
video-hint = Sehen Sie jedes Video bis zum Ende an. Spulen Sie nicht vor. Vorspulen zählt nicht.
video-narrated-in = Das Video ist in dieser Sprache: { $narration }. Die Unter-Titel sind in dieser Sprache: { $captions }.
video-sign-language = Film in Gebärden-Sprache (DGS)
chapter-text-heading = Der Text zum Video
chapter-next = Nächstes Kapitel
chapter-overview = Zur Übersicht

## Fragen

quiz-heading = Fragen zur Belehrung
quiz-intro = Beantworten Sie { $count } Fragen. Bei manchen Fragen sind mehrere Antworten richtig. Wählen Sie dann alle richtigen Antworten. Sie brauchen { $percent } % richtige Antworten. Dann haben Sie bestanden.
quiz-start = Fragen anfangen
quiz-question = Frage { $number } von { $count }
quiz-submit = Antworten abschicken
quiz-passed = Bestanden! { $score } von { $count } Antworten sind richtig.
quiz-failed = Leider nicht bestanden. { $score } von { $count } Antworten sind richtig.
quiz-retry = Noch einmal versuchen
quiz-attempts-left = So oft können Sie es noch versuchen: { $left }-mal.
quiz-rewatch = Sie haben alle Versuche gebraucht. Bitte sehen Sie die Videos noch einmal an. Dann können Sie die Fragen wieder beantworten.
quiz-correct = Richtig
quiz-wrong = Falsch
quiz-next = Weiter zur Erklärung
quiz-choose-all = Wählen Sie alle richtigen Antworten.
quiz-your-answer = Ihre Antwort
quiz-right-answer = Richtig ist
quiz-no-answer = keine Antwort
quiz-next-question = Weiter
quiz-previous = Zurück zur Frage davor
quiz-to-review = Weiter zu Ihren Antworten
quiz-review-heading = Ihre Antworten
quiz-review-intro = Prüfen Sie Ihre Antworten. Mit „Ändern“ kommen Sie zurück zur Frage. Dann schicken Sie die Antworten ab.
quiz-change = Ändern

## Erklärung

declaration-heading = Ihre Erklärung
declaration-confirm = Ja. Das erkläre ich.
declaration-handover-heading = Bitte geben Sie das Gerät jetzt weiter
declaration-handover = Sie sind jünger als 18 Jahre. Deshalb macht Ihre Mutter, Ihr Vater oder Ihr Vormund die Erklärung für Sie. Ein Vormund hat das Sorge-Recht für ein Kind. Das steht im Gesetz in Paragraf 43 Absatz 6. Bitte geben Sie das Gerät jetzt dieser Person.
declaration-handover-continue = Ich bin Mutter, Vater oder Vormund. Weiter.
declaration-carer-link = Ich habe eine rechtliche Betreuung. Mein Betreuer oder meine Betreuerin macht die Erklärung für mich.
declaration-representative-heading = Erklärung für eine andere Person
declaration-representative-intro = Sie machen die Erklärung für { $name }. Schreiben Sie Ihren eigenen Namen. So wie im Ausweis.
declaration-representative-facts = Ein Grund für ein Tätigkeits-Verbot ist zum Beispiel: Durchfall. Erbrechen. Hohes Fieber mit starken Schmerzen im Kopf, im Bauch oder in den Gelenken. Gelbe Haut oder gelbe Augen. Eine Wunde mit Eiter. Oder ein Arzt hat bestimmte Krank-Macher gefunden. Zum Beispiel Salmonellen. Kennen Sie so einen Grund bei { $name }? Dann machen Sie die Erklärung nicht. Fragen Sie dann das Gesundheits-Amt.
declaration-role-legend = Wer sind Sie?
declaration-role-parent = Mutter oder Vater mit Sorge-Recht
declaration-role-guardian = Vormund. Das Familien-Gericht hat Sie bestimmt.
declaration-role-carer = Rechtliche Betreuerin oder rechtlicher Betreuer. Das Betreuungs-Gericht hat Sie bestimmt. Ihre Aufgaben umfassen diese Erklärung.
representative-given-name-label = Ihr Vorname
representative-family-name-label = Ihr Familien-Name
declaration-representative-next = Weiter zur Erklärung
declaration-german-heading = Deutscher Text. Dieser Text gilt.
declaration-translation-heading = Übersetzung
error-role = Bitte wählen Sie: Wer sind Sie?
error-representative-is-holder = Bitte schreiben Sie Ihren eigenen Namen. Sie machen die Erklärung für eine andere Person. Die andere Person darf die Erklärung nicht selbst machen.
declaration-submit = Erklärung abgeben und Bescheinigung bekommen
declaration-required = Bitte bestätigen Sie die Erklärung. Kennen Sie Gründe für ein Tätigkeits-Verbot bei sich? Dann dürfen Sie die Arbeit nicht anfangen. Fragen Sie dann Ihr Gesundheits-Amt.

## Fertig

done-heading = Geschafft! Hier ist Ihre Bescheinigung.
done-code = Code von der Bescheinigung
done-download = Bescheinigung herunter-laden (PDF-Datei)
done-view = Bescheinigung als Web-Seite ansehen: zum Vor-Lesen und zum Drucken
certificate-view-heading = Ihre Bescheinigung
certificate-view-intro = Das ist Ihre Bescheinigung als Web-Seite. Es ist die gleiche Bescheinigung wie die PDF-Datei. Sie können sich die Web-Seite vor-lesen lassen. Und Sie können die Web-Seite drucken. Man kann die Bescheinigung immer mit dem Code prüfen. Egal ob PDF-Datei, Web-Seite oder gedruckt.
done-mailed = Wir schicken die Bescheinigung auch an diese E-Mail-Adresse: { $email }
done-employer = Geben Sie die Bescheinigung Ihrem Arbeit-Geber. Am 1. Arbeits-Tag darf die Bescheinigung höchstens 3 Monate alt sein.
done-verify = Jeder kann die Bescheinigung prüfen. Dafür gibt es den QR-Code.

## Fehler

error-heading = Das hat nicht geklappt
error-not-found = Diese Seite gibt es nicht.
error-session = Sie haben diese Belehrung an einem anderen Gerät angefangen. Oder der Link ist nicht vollständig. Öffnen Sie Ihren Link zum Weiter-machen.
error-expired = Das Formular war zu lange offen. Bitte versuchen Sie es noch einmal.
error-unavailable = Die Seite geht gerade nicht. Ihre Angaben sind gespeichert. Bitte versuchen Sie es in ein paar Minuten noch einmal.
error-too-many = Von Ihrem Internet-Anschluss kamen gerade sehr viele Anmeldungen. Bitte warten Sie ein paar Minuten. Dann versuchen Sie es noch einmal.
error-back = Zurück zum Start

## Seiten vom Gesundheits-Amt

accessibility-heading = Erklärung zur Barriere-Freiheit
privacy-heading = Hinweise zum Daten-Schutz
imprint-heading = Impressum
accessibility-sign-language = Diese Kapitel haben einen Film in Deutscher Gebärden-Sprache (DGS): { $chapters }.
accessibility-sign-language-none = Noch hat kein Kapitel einen Film in Deutscher Gebärden-Sprache (DGS).
imprint-pictures = Die Bilder in den Filmen sind von OpenMoji. Die Internet-Seite ist: openmoji.org. Die Bilder haben diese Lizenz: CC BY-SA 4.0.
privacy-short-heading = Das Wichtigste kurz
privacy-short = Das Gesundheits-Amt ist: { $office }. Das Gesundheits-Amt speichert Ihren Namen und Ihr Geburts-Datum. Und Ihre Antworten und Ihre Erklärung. Das braucht das Gesundheits-Amt für die Belehrung und für die Bescheinigung. Ein Computer macht die Bescheinigung. Dafür müssen Sie: alle Videos sehen, die Fragen richtig beantworten und die Erklärung machen. Wer den Code von der Bescheinigung kennt, kann die Bescheinigung prüfen. Er sieht dann: Ihren Namen, Ihr Geburts-Datum, den Tag von der Belehrung und ob die Bescheinigung gilt. Machen Sie die Belehrung nicht fertig? Dann löscht das Gesundheits-Amt Ihre Daten nach { $days } Tagen. Die Daten zu einer Bescheinigung löscht es nach { $years } Jahren. Sie dürfen fragen, welche Daten das Gesundheits-Amt hat. Sie dürfen falsche Daten ändern lassen. Sie dürfen sich beschweren. Fragen schicken Sie an: { $email }.
privacy-full-german = Jetzt kommt der ganze Text in schwerer Sprache. Dieser Text gilt.
office-text-german = Diesen Text gibt es nur in schwerer Sprache.
privacy-sections-heading = Der ganze Text zum Daten-Schutz
privacy-section-previous = Teil davor
privacy-section-next = Nächster Teil
privacy-section-overview = Alle Teile vom Text zum Daten-Schutz

## Links, Zugang und Bescheinigung per Einmalcode

resume-link-create = Link machen
resume-link-once = Der Link geht nur 1 Mal. Er geht { $days } Tage lang.
resume-link-copy = Link kopieren
resume-link-copied = Kopiert
resume-link-mail = Link an meine E-Mail-Adresse schicken
resume-link-mailed = Wir haben Ihnen einen neuen Link geschickt. Per E-Mail. Der Link geht nur 1 Mal.
resume-link-no-address = Wir haben keine E-Mail-Adresse von Ihnen. Machen Sie den Link hier. Schreiben Sie den Link auf.
resume-spent-heading = Dieser Link geht nicht mehr
resume-spent-text = Jemand hat den Link schon benutzt. Oder die Zeit für den Link ist vorbei. Jeder Link geht nur 1 Mal.
resume-spent-mail = Wir können Ihnen einen neuen Link schicken. Per E-Mail.
resume-spent-mail-button = Neuen Link per E-Mail schicken
resume-spent-no-mail = Wir haben keine E-Mail-Adresse von Ihnen. Öffnen Sie die Belehrung in dem Browser vom Anfang. Oder fragen Sie das Gesundheits-Amt.
resume-mailed = Wir haben Ihnen einen neuen Link geschickt. Per E-Mail. Der Link geht nur 1 Mal.
error-access-ended = Ihre Bescheinigung ist schon fertig. Zu Ihrem Schutz geht dieser Zugang nicht mehr. So bekommen Sie das PDF: mit dem Code von der Bescheinigung, mit Ihrem Geburts-Datum und mit einem Einmal-Code per E-Mail.
pdf-heading = Bescheinigung herunterladen
pdf-intro = Schreiben Sie den Code von der Bescheinigung. Und Ihr Geburts-Datum. Dann schicken wir einen Einmal-Code an Ihre E-Mail-Adresse von der Anmeldung.
pdf-send = Einmal-Code schicken
pdf-sent = Wenn die Angaben passen: Wir haben einen Einmal-Code an Ihre E-Mail-Adresse geschickt. Er geht { $minutes } Minuten lang.
pdf-one-time-label = Einmal-Code aus der E-Mail
pdf-download = PDF herunterladen
pdf-view = Als Web-Seite ansehen: zum Vor-Lesen oder zum Drucken
pdf-code-wrong = Der Einmal-Code ist falsch. Oder er geht nicht mehr. Nach 5 Versuchen geht er nicht mehr. Dann holen Sie einen neuen Code.
pdf-code-malformed = Bitte prüfen Sie den Code von der Bescheinigung. Er hat 16 Zeichen. Zum Beispiel: ABCD-EFGH-JKMN-PQRS.
pdf-office = Sie haben keine E-Mail-Adresse angegeben? Dann fragen Sie das Gesundheits-Amt. Es macht Ihnen eine neue Bescheinigung.

## Verify page (/pruefen)

verify-title = Bescheinigung prüfen
verify-intro = Hier prüfen Gesundheits-Amt, Arbeit-Geber und Lebensmittel-Überwachung eine Bescheinigung. Es geht um die Bescheinigung nach Paragraf 43 Absatz 1 Infektions-Schutz-Gesetz.
verify-enter-code = Code von der Bescheinigung
verify-code-hint = 16 Zeichen. Zum Beispiel: ABCD-EFGH-JKMN-PQRS
verify-check = Prüfen
verify-valid = Gültig: Das Gesundheits-Amt hat diese Bescheinigung gemacht. Es hat sie nicht für ungültig erklärt.
verify-revoked = Für ungültig erklärt: Diese Bescheinigung gilt nicht mehr.
verify-unknown = Unbekannt: Zu diesem Code gibt es keine Bescheinigung.
verify-deleted = Gelöscht: Das Gesundheits-Amt hat zu diesem Code eine Bescheinigung gemacht. Das Gesundheits-Amt hebt die Daten nur eine bestimmte Zeit auf. Diese Zeit ist vorbei. Deshalb sind die Daten jetzt gelöscht. Die Bescheinigung gilt trotzdem weiter. Eine neue Bescheinigung mit diesem Code ist nicht mehr möglich.
verify-deleted-revoked = Gelöscht: Diese Bescheinigung war für ungültig erklärt. Das Gesundheits-Amt hebt die Daten nur eine bestimmte Zeit auf. Diese Zeit ist vorbei. Deshalb sind die Daten jetzt gelöscht.
verify-deleted-check = Der Name und das Geburts-Datum sind nicht mehr gespeichert. Prüfen Sie deshalb die digitale Unterschrift aus dem QR-Code. Das steht unten. Und lassen Sie sich einen Ausweis zeigen.
verify-issued-at = Gemacht am
verify-deleted-at = Gelöscht am
verify-typo = Tipp-Fehler: Diesen Code kann es nicht geben. Bitte vergleichen Sie jedes Zeichen genau.
verify-malformed = Das ist kein Code von einer Bescheinigung. Ein Code hat 16 Zeichen aus Zahlen und Buchstaben.
verify-holder = Name
verify-latin-spelling = Name mit lateinischen Buchstaben (wie im Pass)
verify-birth-date = Geburts-Datum
verify-instructed-at = Belehrung am
verify-issuer = Gemacht von
verify-guardian = Die Erklärung hat abgegeben
verify-revoked-at = Für ungültig erklärt am
verify-reason = Grund
verify-valid-until = Gültig bis { $date }: für den ersten Arbeits-Tag. Danach gilt die Bescheinigung immer.
verify-signature-heading = Digitale Unterschrift aus dem QR-Code
verify-signature-noscript = Ohne JavaScript prüft diese Seite nur den Eintrag beim Gesundheits-Amt. Das steht oben. Mit JavaScript prüft die Seite auch die digitale Unterschrift aus dem QR-Code.
verify-signature-none = Sie haben diese Seite ohne QR-Code geöffnet. Es gibt keine digitale Unterschrift zum Prüfen.
verify-signature-checking = Die digitale Unterschrift wird geprüft …
verify-signature-valid = Die digitale Unterschrift ist echt. Sie passt zu dieser Bescheinigung.
verify-signature-invalid = Die digitale Unterschrift ist NICHT gültig. Jemand hat die Daten verändert. Oder die Daten sind nicht vom Gesundheits-Amt.
verify-upload-heading = PDF-Datei prüfen
verify-upload-hint = Hier prüfen Sie: Hat das Gesundheits-Amt diese PDF-Datei genau so gemacht?
verify-upload = Datei prüfen
verify-upload-exact = Das Gesundheits-Amt hat diese Datei genau so gemacht.
verify-upload-not-exact = Das Gesundheits-Amt hat diese Datei NICHT so gemacht. Die Datei ist verändert. Oder sie gehört zu einer anderen Bescheinigung.
verify-upload-missing = Bitte wählen Sie eine PDF-Datei aus.
verify-language = Sprache
verify-development-key = Entwicklungsschlüssel — nicht gültig: Diese Bescheinigung ist nur ein Test. Sie ist nicht gültig.
verify-signature-development = Die digitale Unterschrift ist von einem Entwicklungsschlüssel — nicht gültig. Die Bescheinigung ist nur ein Test.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Aus Versehen ausgestellt
verify-revocation-replaced = Es gibt eine neue Bescheinigung
verify-revocation-obtained-by-deception = Mit Betrug bekommen
verify-revocation-other = Anderer Grund

## Wie die Identität geprüft wird

identity-heading = So prüfen wir: Sind Sie das wirklich?
identity-intro = Auf der Bescheinigung steht Ihr Name. Deshalb prüft das Gesundheits-Amt: Sind Sie das wirklich? Wählen Sie, wie das Gesundheits-Amt das prüfen soll:
identity-choose = Bitte wählen Sie: Wie zeigen Sie, wer Sie sind?
identity-staff = Ausweis beim Gesundheits-Amt zeigen
identity-staff-needs = Sie machen die Belehrung jetzt im Internet. Danach zeigen Sie dem Gesundheits-Amt Ihren Ausweis. Das kann ein Personal-Ausweis sein. Oder ein Pass. Oder ein Aufenthalts-Titel. Sie gehen zum Gesundheits-Amt. Oder Sie machen einen Video-Anruf. Erst dann bekommen Sie die Bescheinigung.
identity-bundid = Mit dem Online-Ausweis (BundID)
identity-bundid-needs = Das brauchen Sie: Ihren Personal-Ausweis mit Online-Funktion. Ein Handy mit NFC. Und Ihre PIN. Die PIN hat 6 Ziffern. Dann bekommen Sie die Bescheinigung sofort.
identity-none = Dieses Gesundheits-Amt prüft Ihren Ausweis nicht. Deshalb gilt die Bescheinigung nur zusammen mit einem Ausweis mit Foto. Zum Beispiel mit Ihrem Personal-Ausweis oder Ihrem Pass.
identity-bundid-login = Mit dem Online-Ausweis anmelden
identity-or-typed = Oder: Schreiben Sie Ihre Angaben selbst.
identity-bundid-fixed = Name und Geburts-Datum kommen aus Ihrem Online-Ausweis. Sie können das hier nicht ändern.
bundid-refused-title = Die Anmeldung mit dem Online-Ausweis hat nicht geklappt
bundid-refused = Wir haben nichts gespeichert. Bitte melden Sie sich noch einmal an.
bundid-too-low = Dieses Gesundheits-Amt will den Online-Ausweis. Ihre Anmeldung war nicht sicher genug. Bitte melden Sie sich mit Ihrem Personal-Ausweis an. Dafür brauchen Sie auch Ihre PIN.
bundid-expired = Die Zeit für Ihre Anmeldung ist vorbei. Bitte melden Sie sich noch einmal an.
bundid-again = Noch einmal anmelden
pending-heading = Fast fertig: Zeigen Sie Ihren Ausweis
pending-intro = Ihre Erklärung ist gespeichert. Jetzt prüft das Gesundheits-Amt Ihren Ausweis. Danach bekommen Sie die Bescheinigung. Sagen Sie dem Gesundheits-Amt dabei Ihre Fall-Nummer.
pending-case = Ihre Fall-Nummer
pending-office = So geht es beim Gesundheits-Amt weiter:
pending-booking = Termin für einen Video-Anruf machen
pending-rejected = Das Gesundheits-Amt konnte nicht bestätigen: Sie sind das wirklich. Bitte fragen Sie das Gesundheits-Amt.

## Fees
fee-free = Die Belehrung kostet nichts.
fee-before-course = Die Belehrung kostet { $amount }. Sie bezahlen vor dem Kurs.
fee-before-certificate = Die Belehrung kostet { $amount }. Sie bezahlen nach der Belehrung. Danach bekommen Sie die Bescheinigung.
fee-heading = Gebühr bezahlen
fee-intro-course = Die Belehrung kostet { $amount }. Das ist die Gebühr. Bitte bezahlen Sie zuerst. Danach fängt der Kurs an.
fee-intro-certificate = Ihre Erklärung ist gespeichert. Die Belehrung kostet { $amount }. Das ist die Gebühr. Bitte bezahlen Sie die Gebühr. Dann bekommen Sie Ihre Bescheinigung.
fee-online-heading = Im Internet bezahlen
fee-online-text = Sie bezahlen bei einem Bezahl-Dienst vom Bundes-Land. Zum Beispiel: mit Kredit-Karte, mit PayPal oder mit Ihrer Bank. Danach kommen Sie wieder auf diese Seite.
fee-online-button = Jetzt { $amount } bezahlen
fee-online-missing = Bei diesem Gesundheits-Amt können Sie noch nicht im Internet bezahlen. Bezahlen Sie mit einem Gutschein. Oder bezahlen Sie beim Gesundheits-Amt.
fee-payment-open = Ihre Zahlung ist noch nicht fertig. Haben Sie schon bezahlt? Dann warten Sie bitte kurz. Dann laden Sie diese Seite neu.
fee-payment-cancelled = Die Zahlung ist abgebrochen. Sie können es noch einmal versuchen.
fee-payment-failed = Die Zahlung hat nicht geklappt. Sie können es noch einmal versuchen. Oder Sie bezahlen anders.
fee-unavailable = Der Bezahl-Dienst geht gerade nicht. Bitte versuchen Sie es in ein paar Minuten noch einmal. Ihre Angaben bleiben gespeichert.
fee-not-offered = Das gibt es bei diesem Gesundheits-Amt nicht.
fee-voucher-heading = Mit Gutschein bezahlen
fee-voucher-label = Gutschein-Code. Zum Beispiel: ABCD-EFGH-JKMN
fee-voucher-button = Gutschein benutzen
fee-voucher-invalid = Dieser Gutschein gilt nicht. Vielleicht kennen wir den Gutschein nicht. Oder jemand hat ihn schon benutzt. Oder die Zeit für den Gutschein ist vorbei.
fee-voucher-typo = Im Code ist ein Tipp-Fehler. Bitte prüfen Sie jedes Zeichen.
fee-waiver-heading = Befreiung von der Gebühr
fee-waiver-text = Manchmal müssen Sie keine Gebühr bezahlen. Das Gesundheits-Amt erlässt die Gebühr für:
fee-waiver-volunteer = ehren-amtliche Arbeit. Das heißt: Sie arbeiten ohne Geld. Zum Beispiel in einem Verein oder bei der Tafel.
fee-waiver-internship = ein Praktikum für die Schule
fee-waiver-benefits = Menschen mit Bürger-Geld, Sozial-Hilfe oder Leistungen für Asyl-Bewerber
fee-waiver-reason = Schreiben Sie kurz den Grund. Zum Beispiel: den Namen vom Verein oder von der Schule.
fee-waiver-button = Befreiung beantragen
fee-waiver-staff-note = Das Gesundheits-Amt prüft Ihren Antrag. Vielleicht will das Gesundheits-Amt einen Nachweis sehen. Ein Nachweis ist ein Papier. Das Papier zeigt: Das stimmt.
fee-waiver-choose = Bitte wählen Sie einen Grund für die Befreiung.
fee-waiver-reason-missing = Bitte schreiben Sie kurz den Grund. Sie dürfen höchstens { $max } Zeichen schreiben.
fee-waiver-pending = Ihr Antrag auf Befreiung ist gespeichert. Das Gesundheits-Amt prüft Ihren Antrag. Schauen Sie später wieder auf diese Seite.
fee-waiver-refused = Das Gesundheits-Amt hat die Befreiung abgelehnt. Bitte bezahlen Sie die Gebühr.
fee-desk = Sie können die Gebühr auch beim Gesundheits-Amt bezahlen.
done-fee-online = Bezahlt: { $amount } am { $date }. Buchungs-Zeichen: { $reference }
done-fee-voucher = Bezahlt mit dem Gutschein { $reference } am { $date }.
done-fee-waiver = Befreit von der Gebühr am { $date }.
done-fee-desk = Beim Gesundheits-Amt bezahlt: { $amount } am { $date }.

## Wallet
wallet-credential-name = Bescheinigung nach § 43 Infektions-Schutz-Gesetz
wallet-claim-given_name = Vor-Name
wallet-claim-family_name = Familien-Name
wallet-claim-birthdate = Geburts-Datum
wallet-claim-instructed_on = Tag von der Belehrung
wallet-claim-issuing_authority = Gesundheits-Amt
wallet-claim-certificate_code = Code von der Bescheinigung
wallet-claim-identity_check = Prüfung: Wer ist die Person?
wallet-claim-given_name_latin = Vor-Name mit lateinischen Buchstaben
wallet-claim-family_name_latin = Familien-Name mit lateinischen Buchstaben
wallet-heading = Die Bescheinigung in Ihrer Wallet
wallet-what = Eine Wallet ist eine App auf dem Handy. Zum Beispiel die EUDI-Wallet. In der Wallet können Sie Nachweise speichern. Auch Ihre Bescheinigung. Dann können Sie die Bescheinigung zeigen: Ihrem Arbeit-Geber oder der Lebensmittel-Kontrolle.
wallet-pdf-stays = Sie brauchen keine Wallet. Die Bescheinigung als PDF-Datei gilt auch ohne Wallet.
wallet-button = Bescheinigung in der Wallet speichern
wallet-offer-heading = In der Wallet speichern
wallet-offer-scan = Scannen Sie diesen Code mit Ihrer Wallet-App. Ist die Wallet auf diesem Handy? Dann tippen Sie auf den Knopf.
wallet-offer-qr = QR-Code für die Wallet
wallet-offer-open = Wallet auf diesem Handy öffnen
wallet-offer-pin = Die Wallet fragt nach einer PIN. Das ist Ihre PIN:
wallet-offer-pin-mailed = Die Wallet fragt nach einer PIN. Wir haben Ihnen die PIN per E-Mail geschickt. An diese E-Mail-Adresse: { $email }
wallet-offer-expiry = Der Code und die PIN gehen nur 1 Mal. Sie gehen 15 Minuten lang. Danach bekommen Sie hier einen neuen Code und eine neue PIN.
wallet-offer-back = Zurück zur Bescheinigung
wallet-check-heading = Bescheinigung aus einer Wallet prüfen
wallet-check-intro = Diese Seite ist für Arbeit-Geber und für die Lebensmittel-Kontrolle. Die Person zeigt die Bescheinigung aus ihrer Wallet. Dafür braucht die Wallet diesen Empfänger und diesen Einmal-Wert.
wallet-check-audience = Empfänger
wallet-check-nonce = Einmal-Wert
wallet-check-label = Nachweis aus der Wallet (SD-JWT mit Key-Binding-JWT)
wallet-check-button = Prüfen
wallet-check-valid = Gültig: Das Gesundheits-Amt hat den Nachweis digital unterschrieben. Niemand hat ihn für ungültig erklärt. Die Person hat ihn mit ihrer eigenen Wallet gezeigt.
wallet-check-revoked = Für ungültig erklärt: Diese Bescheinigung gilt nicht mehr.
wallet-check-development = Nur ein Test: Der Nachweis ist mit einem Test-Schlüssel unterschrieben. Er ist nicht gültig.
wallet-check-claims = Gezeigte Angaben
wallet-check-office = Gemacht von
wallet-check-again = Noch einen Nachweis prüfen
wallet-check-invalid-form = Nicht gültig: Das ist kein ganzer Nachweis aus einer Wallet.
wallet-check-invalid-signature = Nicht gültig: Die digitale Unterschrift stimmt nicht. Oder der Nachweis ist nicht von einem Gesundheits-Amt von diesem Dienst.
wallet-check-invalid-disclosure = Nicht gültig: Jemand hat eine Angabe verändert.
wallet-check-invalid-binding = Nicht gültig: Die Person hat den Nachweis nicht mit ihrer eigenen Wallet gezeigt.
wallet-check-invalid-audience = Nicht gültig: Den Einmal-Wert kennen wir nicht. Oder die Zeit für den Einmal-Wert ist vorbei. Oder jemand hat ihn schon benutzt. Laden Sie die Seite neu. Dann lassen Sie sich den Nachweis noch einmal zeigen.
wallet-check-invalid-time = Nicht gültig: Der Nachweis ist zu alt. Lassen Sie sich den Nachweis noch einmal zeigen.
