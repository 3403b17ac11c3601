# E-mail texts (English). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Your certificate under § 43 IfSG
certificate-body =
    Hello { $name },

    You have completed the instruction under § 43 Abs. 1 of the Infection Protection Act (Infektionsschutzgesetz). Your certificate is attached as a PDF file.

    Issued by: { $office }

    Certificate code: { $code }
    Anyone can check the certificate here: { $verify_url }

    Your certificate as a web page to read, read aloud and print (with a one-time code): { $view_url }

    Please give the certificate to your employer. On your first day of work, it must not be older than three months. Keep the file in a safe place.

reissue-subject = New copy of your certificate under § 43 IfSG
reissue-body =
    Hello { $name },

    A new copy of your certificate is attached as a PDF file. The certificate itself has not changed.

    Issued by: { $office }

    Certificate code: { $code }
    Anyone can check the certificate here: { $verify_url }

    Your certificate as a web page to read, read aloud and print (with a one-time code): { $view_url }

resume-subject = Your link to the instruction under § 43 IfSG
resume-body =
    Hello { $name },

    with this link you continue your instruction:
    { $link }

    The link works only once. Do not give it to anyone.

pdf-code-subject = Your one-time code for the certificate
pdf-code-body =
    Hello { $name },

    your one-time code: { $one_time_code }

    Enter it at { $link } to download the certificate { $code }. The code is valid only for a short time and only once.

    You did not ask for a code? Then delete this message.

footer = This message was sent automatically. If you have questions, please contact: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Fee paid: { $amount } on { $date }, payment reference { $reference }.
fee-voucher = Fee settled with the voucher { $reference }.
fee-waiver = You are exempted from the fee.
fee-desk = Fee paid at the health office: { $amount } on { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Your PIN for the wallet
wallet-pin-body =
    Hello { $name },

    your PIN for the certificate in the wallet: { $one_time_code }

    The wallet app asks for this PIN when you scan the QR code. The PIN is valid for 15 minutes and only once.

    You did not ask for this? Then delete this message.
