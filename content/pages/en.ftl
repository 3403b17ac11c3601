# Page texts for learners (English), in Project Fluent syntax. Every course language has such a file with the same messages.
# review = machine translation, to be reviewed by a native speaker.

site-title = Instruction under § 43 Infektionsschutzgesetz (Infection Protection Act)
skip-to-content = Skip to content
language-label = Language
language-submit = Change language
footer-accessibility = Accessibility
footer-privacy = Privacy
footer-imprint = Legal notice
footer-verify = Verify a certificate

## Start page

start-heading = Online instruction for working with food
start-intro = If you work with food in your job, you need a certificate from the health office before your first working day. Here you do the instruction online and get the certificate right away.
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
birth-date-hint = Day.Month.Year, for example 31.12.1990
email-label = Email address (optional)
email-hint = Then we also send you the certificate by email.
enrol-privacy = The health office uses your details only for the instruction and the certificate.
enrol-submit = Continue to the videos
form-errors-heading = Please check your details:
error-given-name = Please enter your first name as it is in your ID card.
error-family-name = Please enter your family name as it is in your ID card.
error-latin = Your name can only be printed on the certificate in Latin letters. Please also write it as it is in your passport.
error-birth-date = Please enter your date of birth like this: Day.Month.Year, for example 31.12.1990.
error-email = Please check the email address, or leave the field empty.

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

## Declaration

declaration-heading = Your declaration
declaration-confirm = Yes, I declare this.
declaration-guardian-intro = You are under 18 years old. So the person with custody of you makes the declaration, for example your mother or your father.
guardian-given-name-label = First name of the person with custody
guardian-family-name-label = Family name of the person with custody
declaration-submit = Make the declaration and get the certificate
declaration-required = Please confirm the declaration. If you know of reasons for a work ban, you must not start the work: contact your health office.

## Done

done-heading = Done! Here is your certificate.
done-code = Certificate code
done-download = Download the certificate (PDF)
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
