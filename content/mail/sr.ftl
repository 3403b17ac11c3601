# E-mail texts (Serbian, Cyrillic). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Ваша потврда према § 43 IfSG
certificate-body =
    Добар дан, { $name },

    завршили сте обуку према § 43 Abs. 1 Закона о заштити од инфекција (Infektionsschutzgesetz). Ваша потврда се налази у прилогу ове поруке као PDF датотека.

    Издавалац: { $office }

    Код потврде: { $code }
    Свако може да провери потврду овде: { $verify_url }

    Ваша потврда као веб-страница за читање, читање наглас и штампање (са једнократним кодом): { $view_url }

    Молимо вас да потврду дате свом послодавцу. Првог радног дана потврда не сме бити старија од три месеца. Добро чувајте датотеку.

reissue-subject = Нови примерак ваше потврде према § 43 IfSG
reissue-body =
    Добар дан, { $name },

    у прилогу добијате нови примерак своје потврде као PDF датотеку. Сама потврда није промењена.

    Издавалац: { $office }

    Код потврде: { $code }
    Свако може да провери потврду овде: { $verify_url }

    Ваша потврда као веб-страница за читање, читање наглас и штампање (са једнократним кодом): { $view_url }

resume-subject = Ваш линк за обуку
resume-body =
    Добар дан { $name },

    овим линком настављате обуку:
    { $link }

    Линк важи само једном. Не дајте га никоме.

pdf-code-subject = Ваш једнократни код за потврду
pdf-code-body =
    Добар дан { $name },

    ваш једнократни код: { $one_time_code }

    Унесите га на { $link } да преузмете потврду { $code }. Код важи кратко и само једном.

    Нисте тражили код? Онда обришите ову поруку.

footer = Ова порука је послата аутоматски. На питања одговара: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Такса плаћена: { $amount } дана { $date }, референтни број уплате { $reference }.
fee-voucher = Такса плаћена ваучером { $reference }.
fee-waiver = Ослобођени сте од таксе.
fee-desk = Такса плаћена у заводу за јавно здравље: { $amount } дана { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Ваш PIN за дигитални новчаник
wallet-pin-body =
    Добар дан { $name },

    ваш PIN за потврду у дигиталном новчанику: { $one_time_code }

    Апликација новчаника тражи овај PIN када скенирате QR код. PIN важи 15 минута и само једном.

    Нисте ово тражили? Онда обришите ову поруку.
