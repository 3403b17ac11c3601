# Page texts for learners (English), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Instruction under § 43 Infektionsschutzgesetz (Infection Protection Act)
machine-translation-notice = This translation was made by machine and has not been checked. The German text is binding.
machine-translation-link = Read in German
skip-to-content = Skip to content
language-label = Language
language-submit = Change language
footer-accessibility = Accessibility
footer-privacy = Privacy
footer-imprint = Legal notice
footer-verify = Verify a certificate

## Start page

start-heading = Online instruction for working with food
start-intro = If your job is to make, handle or sell certain foods, or if you work in the kitchen of a restaurant, canteen or similar facility (§ 42 (1) and (2) IfSG), you need a certificate from the health office before your first working day. Here you do the instruction online and get the certificate right away.
start-how-heading = How it works
start-step-videos = You watch { $chapters } short videos with subtitles, about { $minutes } minutes in total.
start-step-quiz = You answer some questions about the videos.
start-step-declaration = You declare that you know of no reasons for a work ban.
start-step-certificate = You get the certificate as a PDF file.
start-bring-heading = What you need
start-bring = Your ID card or passport (for the exact spelling of your name), about { $total } minutes of time, and sound or headphones.
start-cost-heading = Cost
start-cost = Your health office sets the cost. You will see it when you have chosen your health office.
start-find-office = Find your health office
postcode-label = Postcode of the place where you live
postcode-hint = 5 digits, for example 99999
postcode-search = Find health office
postcode-invalid = Please enter a postcode with 5 digits.
postcode-none = For this postcode, no health office offers the instruction here. Choose a health office from the list, or ask your health office.
office-list-heading = All health offices
office-choose = Start the instruction with this health office
office-not-in-language = This health office does not offer the instruction in your language.
resume-heading = Continue
resume-text = You have already started. Continue where you stopped.
resume-button = Continue

## Your details

enrol-heading = Your details
enrol-intro = Write your name exactly as in your ID card or passport. These details will be on the certificate.
enrol-office = Health office
given-name-label = First name(s)
family-name-label = Family name
latin-intro = Only if your name is written in another script: your name in Latin letters, as in your passport.
given-name-latin-label = First name(s) in Latin letters
family-name-latin-label = Family name in Latin letters
birth-date-label = Date of birth
birth-date-hint = Day.Month.Year, for example 31.12.1990 or without dots 31121990
email-label = Email address (optional)
email-hint = Then we also send you the certificate by email.
enrol-privacy = The health office uses your details only for the instruction and the certificate.
enrol-submit = Continue to the videos
form-errors-heading = Please check your details:
error-given-name = Please enter your first name as it is in your ID card.
error-family-name = Please enter your family name as it is in your ID card.
error-latin = Your name can only be printed on the certificate in Latin letters. Please also write it as it is in your passport.
error-birth-date = Please enter your date of birth like this: Day.Month.Year, for example 31.12.1990 or 31121990.
error-birth-date-no-such-day = This day does not exist. Please check the day and month.
error-birth-date-two-digit-year = Please write the year with four digits, for example 1990 instead of 90.
error-birth-date-future = This date is in the future. Please check the year.
error-birth-date-too-young = The instruction is only possible from the age of { $min }.
error-birth-date-implausible = Please check the year: the date is too far in the past.
error-name-character = The character “{ $character }” is not allowed in a name. Only letters, spaces, apostrophes, hyphens and dots are allowed.
error-name-too-long = The name is too long: at most { $max } characters.
error-name-no-letter = A name needs at least one letter.
error-title-prefix = Error:
error-email = Please check the email address, or leave the field empty.
error-name-invisible = The name contains an invisible character or a line break (for example a filler character). Please type the name again instead of pasting it.
error-name-direction = The name contains a text-direction control character that changes how the name is displayed. Please type the name again.
error-name-joiner = The name contains an invisible joining character in the wrong place. It is only allowed between two letters of a script such as Arabic, Persian or Hindi.
error-name-mixed-script = One word of the name mixes Latin letters with Cyrillic or Greek letters that look the same (for example М and M). Please write each word in one script, as in your passport.
error-email-plain = Please enter only the email address itself, for example name@example.org: no name before it, no angle brackets, and a domain name instead of an IP address.

## Overview

course-heading = Your instruction
course-progress = { $done } of { $total } videos watched
chapter-done = watched
chapter-open = not watched yet
resume-link-heading = Continue later
resume-link-text = With this link you can continue later, also on another device. Do not give it to anyone.
next-quiz = Continue to the questions
quiz-locked = The questions open when you have watched all videos.

## Lesson

chapter-of = Lesson { $number } of { $total }
video-noscript = This page needs JavaScript to count your watching. Please turn on JavaScript. Everything else also works without it.
video-status = Watched: { $percent }%
video-status-done = You have watched all of this video.
video-status-offline = No connection. Your progress will be sent as soon as the connection is back.
video-hint = Watch each video to the end. Skipping forward does not count.
video-narrated-in = The video is spoken in { $narration }. The captions are in { $captions }.
video-sign-language = Sign language (DGS)
chapter-text-heading = The text of the video
chapter-next = Next lesson
chapter-overview = Back to the overview

## Questions

quiz-heading = Questions about the instruction
quiz-intro = Answer { $count } questions. Some questions have more than one correct answer: choose all the correct answers. You pass with { $percent }% correct answers.
quiz-start = Start the questions
quiz-question = Question { $number } of { $count }
quiz-submit = Submit answers
quiz-passed = Passed: { $score } of { $count } answers correct.
quiz-failed = Sorry, not passed: { $score } of { $count } answers correct.
quiz-retry = Try again
quiz-attempts-left = Attempts left: { $left }
quiz-rewatch = You have used all attempts. Please watch the videos again. Then you can answer the questions again.
quiz-correct = Correct
quiz-wrong = Wrong
quiz-next = Continue to the declaration
quiz-choose-all = Choose all the right answers.
quiz-your-answer = Your answer
quiz-right-answer = The right answer
quiz-no-answer = no answer
quiz-next-question = Next
quiz-previous = Back to the previous question
quiz-to-review = On to your answers
quiz-review-heading = Your answers
quiz-review-intro = Check your answers. "Change" takes you back to the question. Then hand in your answers.
quiz-change = Change

## Declaration

declaration-heading = Your declaration
declaration-confirm = Yes, I declare this.
declaration-handover-heading = Please pass on the device now
declaration-handover = You are under 18 years old. So your mother, your father or your guardian makes the declaration for you (§ 43 (6) IfSG). Please give the device to this person now.
declaration-handover-continue = I am the mother, father or guardian – continue
declaration-carer-link = A legal carer makes the declaration for me
declaration-representative-heading = Declaration for another person
declaration-representative-intro = You are making the declaration for { $name }. Enter your own name as it is in your ID card.
declaration-representative-facts = Facts that justify a work ban are, for example: diarrhoea with more than two loose stools a day; vomiting; high fever with a severe headache, stomach ache or joint pain; yellow skin or yellow eyes; wounds or areas of skin with pus or that are weeping; or a doctor or laboratory has found Salmonella, Shigella, EHEC, typhoid or cholera pathogens, or hepatitis A or E. If you know of such facts about { $name }, do not make the declaration and contact the health office.
declaration-role-legend = You are making the declaration as
declaration-role-parent = Mother or father with custody
declaration-role-guardian = Guardian (appointed by the family court)
declaration-role-carer = Legal carer whose area of responsibility includes this declaration
representative-given-name-label = Your first name
representative-family-name-label = Your family name
declaration-representative-next = Continue to the declaration
declaration-german-heading = Binding German text
declaration-translation-heading = Translation
error-role = Please choose in which role you are making the declaration.
error-representative-is-holder = Please enter your own name: the declaration is made by the person who makes it for another person, not by the person who received the instruction.
declaration-submit = Make the declaration and get the certificate
declaration-required = Please confirm the declaration. If you know of reasons for a work ban, you must not start the work: contact your health office.

## Done

done-heading = Done! Here is your certificate.
done-code = Certificate code
done-download = Download the certificate (PDF)
done-view = View the certificate as a web page: to have it read aloud and to print it
certificate-view-heading = Your certificate
certificate-view-intro = This is the same certificate as the PDF file, as a web page to have read aloud and to print. Every version can be checked with the code.
done-mailed = We are also sending the certificate to { $email }.
done-employer = Give the certificate to your employer. On your first working day, it must not be older than three months.
done-verify = Anyone can check the certificate with the QR code.

## Errors

error-heading = Something went wrong
error-not-found = This page does not exist.
error-session = This instruction was started on another device, or the link is incomplete. Open the link that you saved.
error-expired = The form was open for too long. Please try again.
error-unavailable = The service cannot be reached right now. Your details are saved. Please try again in a few minutes.
error-too-many = Very many enrolments were just started from your internet connection. Please try again in a few minutes.
error-back = Back to the start

## Pages of the health office

accessibility-heading = Accessibility statement
privacy-heading = Privacy notice
imprint-heading = Legal notice
accessibility-sign-language = Lessons with a video in German Sign Language (DGS): { $chapters }.
accessibility-sign-language-none = No lesson has a video in German Sign Language (DGS) yet.
imprint-pictures = The pictures in the videos are from OpenMoji (openmoji.org), under the licence CC BY-SA 4.0.
privacy-short-heading = The key points in brief
privacy-short = { $office } processes your name, your date of birth, your answers and your declaration in order to instruct you under § 43 Infektionsschutzgesetz (Infection Protection Act) and to issue your certificate. The certificate is issued automatically when you have watched all videos, passed the questions and made the declaration. Anyone who knows the certificate code can check the certificate and sees your name, your date of birth, the date of the instruction and whether the certificate is valid. An instruction that is not completed is deleted after { $days } days, a certificate after { $years } years. You have the right of access, the right to rectification and the right to lodge a complaint. Questions to: { $email }.
privacy-full-german = The full privacy notice follows in German; it is binding.
office-text-german = The health office gives this text in German only.
privacy-sections-heading = The full privacy notice
privacy-section-previous = Previous section
privacy-section-next = Next section
privacy-section-overview = All sections of the privacy notice

## Links, access and the certificate by one-time code

resume-link-create = Create a link
resume-link-once = The link works only once and for { $days } days.
resume-link-copy = Copy the link
resume-link-copied = Copied
resume-link-mail = Send a link to my e-mail address
resume-link-mailed = We have sent a new link to your e-mail address. It works only once.
resume-link-no-address = You did not give an e-mail address. Create the link here and write it down.
resume-spent-heading = This link no longer works
resume-spent-text = The link was already used or has expired. Each link works only once.
resume-spent-mail = We can send you a new link to your email address.
resume-spent-mail-button = Send a new link by email
resume-spent-no-mail = No email address is saved for this instruction. Open the instruction in the browser where you started it, or contact the health office.
resume-mailed = We have sent a new link to your email address. It works only once.
error-access-ended = Your certificate has already been issued. To protect you, this access no longer opens it. You get the PDF with the certificate code, your date of birth and a one-time code by email.
pdf-heading = Download the certificate
pdf-intro = Enter the certificate code and your date of birth. We send a one-time code to the email address you gave when you registered.
pdf-send = Send one-time code
pdf-sent = If the details match a certificate with an email address, we have sent a one-time code there. It is valid for { $minutes } minutes.
pdf-one-time-label = One-time code from the email
pdf-download = Download PDF
pdf-view = View as a page, to read aloud or print
pdf-code-wrong = The one-time code is wrong or no longer valid. After 5 attempts it stops working: then ask for a new one.
pdf-code-malformed = Please check the certificate code: 16 characters, for example ABCD-EFGH-JKMN-PQRS.
pdf-office = No email address given? The health office will issue a new copy for you.

## Verify page (/pruefen)

verify-title = Verify a certificate
verify-intro = Health offices, employers and the food inspection authority verify a certificate under § 43 (1) IfSG here.
verify-enter-code = Certificate code
verify-code-hint = 16 characters, e.g. ABCD-EFGH-JKMN-PQRS
verify-check = Verify
verify-valid = Valid: this certificate was issued and has not been declared invalid.
verify-revoked = Declared invalid: this certificate is no longer valid.
verify-unknown = Unknown: there is no certificate with this code.
verify-deleted = Deleted after the retention period: the health office issued a certificate with this code and deleted its data after the retention period. The certificate remains valid; a duplicate can no longer be issued.
verify-deleted-revoked = Deleted after the retention period: this certificate had been declared invalid. Its data was deleted after the retention period.
verify-deleted-check = Name and date of birth are no longer stored. Check the person with the digital signature from the QR code (below) and with an ID document.
verify-issued-at = Issued on
verify-deleted-at = Deleted on
verify-typo = Typo: this code cannot exist. Please compare it character by character.
verify-malformed = This is not a certificate code (16 characters of digits and letters).
verify-holder = Holder
verify-latin-spelling = Spelling in the passport (Latin letters)
verify-birth-date = Date of birth
verify-instructed-at = Instructed on
verify-issuer = Issued by
verify-guardian = Declaration made by (§ 43 (6) IfSG)
verify-revoked-at = Declared invalid on
verify-reason = Reason
verify-valid-until = Valid for taking up the work for the first time until { $date }; after that valid without a time limit.
verify-signature-heading = Digital signature from the QR code
verify-signature-noscript = Without JavaScript this page checks the health office's record (above). With JavaScript it also checks the signature from the QR code.
verify-signature-none = This page was opened without a QR code; there is no signature to check.
verify-signature-checking = Checking the signature …
verify-signature-valid = The signature is genuine and matches this certificate.
verify-signature-invalid = The signature is NOT valid: the data was changed or does not come from the health office.
verify-upload-heading = Check a PDF file
verify-upload-hint = Checks whether a PDF file is exactly as the health office issued it.
verify-upload = Check file
verify-upload-exact = This file was issued exactly like this.
verify-upload-not-exact = This file was NOT issued like this (changed, or for another certificate).
verify-upload-missing = Please choose a PDF file.
verify-language = Language
verify-development-key = Development key — not valid: this certificate was signed with a development key (testing or demonstration) and is not a valid certificate of the health office.
verify-signature-development = The signature comes from a development key — not valid. Such a certificate is only a test.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Issued in error
verify-revocation-replaced = Replaced by a new certificate
verify-revocation-obtained-by-deception = Obtained by deception
verify-revocation-other = Other reason

## How the identity is checked

identity-heading = How we check who you are
identity-intro = The certificate shows your name. That is why the health office checks that it is you. Choose how:
identity-choose = Please choose how you prove your identity.
identity-staff = Show your ID at the health office
identity-staff-needs = You take the instruction online now. Afterwards you show your identity card, passport or residence permit at the health office: in person or in a video call. Only then do you receive the certificate.
identity-bundid = With the online ID card (BundID)
identity-bundid-needs = You need: your identity card with the online function, a smartphone with NFC and your six-digit PIN. You receive the certificate at once.
identity-none = This health office does not check your ID. The certificate is valid only together with an official photo ID.
identity-bundid-login = Log in with the online ID card
identity-or-typed = Or enter your details yourself
identity-bundid-fixed = Your name and date of birth come from your online ID card. You cannot change them here.
bundid-refused-title = Logging in with the online ID card did not work
bundid-refused = Nothing was stored. Please log in again.
bundid-too-low = This health office requires the online ID card. Your login had a lower level of assurance. Please log in with your ID card and its PIN.
bundid-expired = Your login has expired. Please log in again.
bundid-again = Log in again
pending-heading = Almost done: show your ID
pending-intro = Your declaration is saved. The health office issues the certificate as soon as it has checked your ID. Give your case number when you do.
pending-case = Your case number
pending-office = How to continue with the health office:
pending-booking = Book a video call
pending-rejected = The health office could not confirm your identity. Please contact the health office.

## Fees
fee-free = The instruction is free of charge.
fee-before-course = The instruction costs { $amount }. You pay before the course.
fee-before-certificate = The instruction costs { $amount }. You pay after the instruction, before you get the certificate.
fee-heading = Pay the fee
fee-intro-course = The instruction costs { $amount }. Please pay first. Then the course starts.
fee-intro-certificate = Your declaration is saved. The instruction costs { $amount }. As soon as you have paid, you get your certificate.
fee-online-heading = Pay online
fee-online-text = You pay with the payment service of the federal state, for example by credit card, PayPal or through your bank. Then you come back here.
fee-online-button = Pay { $amount } now
fee-online-missing = You cannot pay online at this health office yet. Pay with a voucher or at the health office.
fee-payment-open = Your payment is still open. If you have already paid, please wait a moment and reload this page.
fee-payment-cancelled = The payment was cancelled. You can try again.
fee-payment-failed = The payment did not work. You can try again or pay another way.
fee-unavailable = The payment service cannot be reached right now. Please try again in a few minutes. Your details stay saved.
fee-not-offered = This health office does not offer this.
fee-voucher-heading = Pay with a voucher
fee-voucher-label = Voucher code (for example ABCD-EFGH-JKMN)
fee-voucher-button = Redeem the voucher
fee-voucher-invalid = This voucher is not valid. It is unknown, already used or expired.
fee-voucher-typo = The code has a typo. Please check every character.
fee-waiver-heading = Exemption from the fee
fee-waiver-text = The health office waives the fee for:
fee-waiver-volunteer = voluntary work, for example in a club or at the Tafel (food bank)
fee-waiver-internship = a school work placement
fee-waiver-benefits = people who receive Bürgergeld (citizen's income), Sozialhilfe (social assistance) or Asylbewerberleistungen (benefits for asylum seekers)
fee-waiver-reason = Short reason, for example the name of the club or the school
fee-waiver-button = Apply for exemption
fee-waiver-staff-note = The health office checks your application. It may ask for proof.
fee-waiver-choose = Please choose on what grounds you want to be exempted.
fee-waiver-reason-missing = Please write a short reason (at most { $max } characters).
fee-waiver-pending = Your application for exemption is saved. The health office is checking it. Come back to this page later.
fee-waiver-refused = The health office did not grant the exemption. Please pay the fee.
fee-desk = You can also pay the fee at the health office.
done-fee-online = Paid: { $amount } on { $date }, payment reference { $reference }.
done-fee-voucher = Paid with the voucher { $reference } on { $date }.
done-fee-waiver = Exempted from the fee on { $date }.
done-fee-desk = Paid at the health office: { $amount } on { $date }.

## Wallet
wallet-credential-name = Certificate under § 43 Infektionsschutzgesetz (Infection Protection Act)
wallet-claim-given_name = First name
wallet-claim-family_name = Family name
wallet-claim-birthdate = Date of birth
wallet-claim-instructed_on = Date of instruction
wallet-claim-issuing_authority = Health office
wallet-claim-certificate_code = Certificate code
wallet-claim-identity_check = Identity check
wallet-claim-given_name_latin = First name in Latin letters
wallet-claim-family_name_latin = Family name in Latin letters
wallet-heading = The certificate in your wallet
wallet-what = A wallet is a phone app for storing proofs, for example the EUDI-Wallet. You can save the certificate there and show it to your employer or the food inspection authority.
wallet-pdf-stays = You do not need a wallet: the certificate as a PDF is valid without one.
wallet-button = Add the certificate to your wallet
wallet-offer-heading = Add to your wallet
wallet-offer-scan = Scan this code with your wallet app. If the wallet is on this phone, tap the button.
wallet-offer-qr = QR code for the wallet
wallet-offer-open = Open the wallet on this phone
wallet-offer-pin = The wallet asks for a PIN. Your PIN:
wallet-offer-pin-mailed = The wallet asks for a PIN. We have sent it to you by email to { $email }.
wallet-offer-expiry = The code and the PIN work for 15 minutes and only once. After that, you get new ones here.
wallet-offer-back = Back to the certificate
wallet-check-heading = Verify a certificate from a wallet
wallet-check-intro = For employers and the food inspection authority: the person shows the certificate from their wallet. For this, the wallet needs this recipient and this one-time value.
wallet-check-audience = Recipient
wallet-check-nonce = One-time value
wallet-check-label = Proof from the wallet (SD-JWT with Key-Binding-JWT)
wallet-check-button = Verify
wallet-check-valid = Valid: signed by the health office, not revoked and shown from the person's own wallet.
wallet-check-revoked = Revoked: this certificate is no longer valid.
wallet-check-development = Signed with a test key: this is not a valid proof.
wallet-check-claims = Details shown
wallet-check-office = Issued by
wallet-check-again = Verify another proof
wallet-check-invalid-form = Not valid: this is not a complete proof from a wallet.
wallet-check-invalid-signature = Not valid: the signature does not match, or the issuer is not a health office of this service.
wallet-check-invalid-disclosure = Not valid: a detail was changed.
wallet-check-invalid-binding = Not valid: the proof was not shown with the person's own wallet.
wallet-check-invalid-audience = Not valid: the one-time value is unknown, expired or already used. Reload the page and show the proof again.
wallet-check-invalid-time = Not valid: the proof is too old. Show it again.
