# The API's words: problem details (application/problem+json) and the quiz's next step, in English for the developers of
# client software; a few add the German a client may show to the learner. Variables are
# filled from the refused request.

## Why a field is refused (the causes from names, e-mail addresses, birth dates and
## quiz answers describe themselves)

field-not-latin = must be written in Latin letters, as in the passport
field-latin-missing = the certificate is printed in Latin letters: give the name as written in the passport
field-unknown-office = no health office "{ $value }" is served here
field-unknown-course = the only course is "{ $value }"
field-language-not-offered = "{ $value }" is not offered by this health office
field-unknown-lesson = the course has no lesson "{ $value }"
field-span-outside-video = a span needs 0 ≤ from_s < to_s ≤ the video's length ({ $seconds } s)
field-unknown-category = choose one of { $categories }
field-note-too-long = a note has at most { $max } characters
field-unknown-role = must be parent, guardian or carer
field-identity-method-not-offered = choose one of the office's ways of checking identity: { $methods }
field-login-missing = this office checks identity with the online ID card: log in first (GET /anmeldung/bundid?tenant=…&lang=… in a browser), then send the login's token as identity_login
field-login-expired = the login with the online ID card is used up or older than 30 minutes: log in again
field-voucher-typo = Der Gutscheincode enthält einen Tippfehler (das Prüfzeichen passt nicht) oder ist unvollständig. / The voucher code has a typo (its check character does not match) or is incomplete.
field-reason-length = give a short reason of at most { $max } characters
field-waiver-not-offered = this health office grants no such waiver

## After a graded quiz attempt (the `message` of the answer)

quiz-passed = Bestanden. Als Nächstes geben Sie die Erklärung ab. / Passed. Next, make the declaration.
quiz-rewatch = Nicht bestanden, und alle { $max } Versuche sind aufgebraucht. Sehen Sie die Videos bitte noch einmal an; danach können Sie das Quiz erneut machen. / Not passed and all { $max } attempts are used: watch the videos again, then the quiz opens again.
quiz-retry = Nicht bestanden. Sie haben noch { $left } Versuch(e). / Not passed; { $left } attempt(s) left.

## The enrolment's state does not allow the request (409)

conflict-quiz-passed = The quiz is already passed; the declaration is next.
conflict-lessons-not-watched = Watch these lessons to the end first: { $lessons }.
conflict-attempt-graded = This attempt was already graded; start a new one.
conflict-quiz-not-passed = The declaration follows a passed quiz.
conflict-already-revoked = the certificate is already revoked
conflict-identity-check-decided = the identity check was already confirmed or rejected
conflict-second-person-needed = a second member of staff must complete this confirmation
conflict-fee-due = Die Gebühr ist zuerst zu bezahlen. / The fee is to be paid first (see GET /api/v1/enrolments/ID/fee).
conflict-fee-not-due = Es ist keine Gebühr zu bezahlen: Das Gesundheitsamt erhebt keine, oder sie ist bezahlt. / There is no fee to settle: the office charges none, or it is settled.
conflict-payment-open = Eine Online-Zahlung ist offen: Schließen Sie sie auf der Bezahlseite ab oder brechen Sie sie dort ab. / An online payment is open: finish or cancel it on the pay page first.
conflict-waiver-decided = the waiver was claimed already and is open or granted
conflict-waiver-pending = Ihr Antrag auf Befreiung wird noch geprüft. / The waiver claim waits for the office's decision; no payment starts meanwhile.
conflict-document-differs = the second confirmation names another kind of document than the first; the first is withdrawn and two confirmations are needed again

## The rules refuse the request (422)

refused-one-time-code-invalid = Der Code ist falsch oder gilt nicht mehr. Fordern Sie einen neuen an. / The code is wrong or no longer valid: ask for a new one.
refused-too-many-stretches = lesson "{ $lesson }" has { $max } separate watched stretches in this round; report longer spans as they are played
refused-obstacle-known = Wer Tatsachen für ein Tätigkeitsverbot kennt, darf die Tätigkeit nicht aufnehmen: bitte wenden Sie sich an das Gesundheitsamt. / If you know of facts that forbid the work, you may not start it: please contact the health office.
refused-guardian-is-holder = Die Erklärung für eine andere Person gibt die vertretende Person mit ihrem eigenen Namen ab. / The representative declares in their own name, not the holder's.
refused-guardian-required = Für Personen unter 18 Jahren gibt die sorgeberechtigte Person die Erklärung ab (§ 43 Abs. 6 IfSG). / For a holder under 18 the person with custody makes the declaration.
refused-guardian-not-applicable-minor = Für Minderjährige erklärt ein sorgeberechtigter Elternteil oder der Vormund. / For a minor a parent with custody or the guardian declares.
refused-guardian-not-applicable-adult = Volljährige geben die Erklärung selbst ab, außer eine rechtliche Betreuung umfasst dies (Rolle "carer"). / An adult declares personally unless a legal carer does (role "carer").
refused-development-certificate = Diese Bescheinigung wurde mit einem Entwicklungsschlüssel ausgestellt und ist nicht gültig; sie wird nicht neu ausgestellt. / This certificate was issued with a development key and is not valid; it is not issued again.
refused-upload-broken = the upload broke off; send the file again
refused-voucher-invalid = Dieser Gutschein gilt nicht: unbekannt, schon benutzt, abgelaufen oder von einem anderen Gesundheitsamt. / This voucher is not valid: unknown, used, expired or another office's.
refused-not-offered = Das bietet dieses Gesundheitsamt nicht an. / This health office does not offer this.

## Other problems

payment-unavailable = Der Bezahldienst ist gerade nicht erreichbar. Bitte versuchen Sie es in ein paar Minuten noch einmal. / The payment service is not reachable; please try again in a few minutes.

access-ended = Dieser Zugang gilt nicht mehr, weil die Bescheinigung schon ausgestellt ist. Das PDF gibt es mit Code, Geburtsdatum und einem Einmalcode an die hinterlegte E-Mail-Adresse: POST /api/v1/certificate-access oder die Seite /bescheinigung; sonst beim Gesundheitsamt. / This access no longer works because the certificate was issued. Get the PDF with the certificate code, the birth date and a one-time code sent to the e-mail address on record: POST /api/v1/certificate-access or the page /bescheinigung; otherwise from the health office.
code-typo = Der Code enthält einen Tippfehler (das Prüfzeichen passt nicht). / The code contains a typo: its check character does not match.
invalid-postcode = Eine Postleitzahl hat fünf Ziffern. / A German postcode has five digits.
