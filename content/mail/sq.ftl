# E-mail texts (Albanian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Vërtetimi juaj sipas § 43 IfSG
certificate-body =
    Përshëndetje { $name },

    Ju e përfunduat udhëzimin sipas § 43 Abs. 1 të Ligjit për Mbrojtjen nga Infeksionet (Infektionsschutzgesetz). Vërtetimi juaj është bashkëngjitur në këtë mesazh si skedar PDF.

    Lëshuar nga: { $office }

    Kodi i vërtetimit: { $code }
    Çdokush mund ta kontrollojë vërtetimin këtu: { $verify_url }

    Vërtetimi juaj si faqe interneti për lexim, lexim me zë dhe shtypje (me kod njëpërdorimësh): { $view_url }

    Ju lutemi, ia jepni vërtetimin punëdhënësit tuaj. Në ditën e parë të punës vërtetimi nuk duhet të jetë më i vjetër se tre muaj. Ruajeni mirë skedarin.

reissue-subject = Një kopje e re e vërtetimit tuaj sipas § 43 IfSG
reissue-body =
    Përshëndetje { $name },

    Në shtojcë merrni një kopje të re të vërtetimit tuaj si skedar PDF. Vetë vërtetimi nuk ka ndryshuar.

    Lëshuar nga: { $office }

    Kodi i vërtetimit: { $code }
    Çdokush mund ta kontrollojë vërtetimin këtu: { $verify_url }

    Vërtetimi juaj si faqe interneti për lexim, lexim me zë dhe shtypje (me kod njëpërdorimësh): { $view_url }

resume-subject = Lidhja juaj për udhëzimin
resume-body =
    Përshëndetje { $name },

    me këtë lidhje vazhdoni udhëzimin:
    { $link }

    Lidhja funksionon vetëm një herë. Mos ia jepni askujt.

pdf-code-subject = Kodi juaj njëpërdorimësh për vërtetimin
pdf-code-body =
    Përshëndetje { $name },

    kodi juaj njëpërdorimësh: { $one_time_code }

    Shkruajeni te { $link } për të shkarkuar vërtetimin { $code }. Kodi vlen vetëm për pak kohë dhe vetëm një herë.

    Nuk keni kërkuar kod? Atëherë fshijeni këtë mesazh.

footer = Ky mesazh u dërgua automatikisht. Për pyetje: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Tarifa u pagua: { $amount } më { $date }, referenca e pagesës { $reference }.
fee-voucher = Tarifa u pagua me kuponin { $reference }.
fee-waiver = Ju jeni të përjashtuar nga tarifa.
fee-desk = Tarifa u pagua në zyrën shëndetësore: { $amount } më { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = PIN-i juaj për portofolin digjital
wallet-pin-body =
    Përshëndetje { $name },

    PIN-i juaj për vërtetimin në portofolin digjital: { $one_time_code }

    Aplikacioni i portofolit e kërkon këtë PIN kur skanoni kodin QR. PIN-i vlen 15 minuta dhe vetëm një herë.

    Nuk e keni kërkuar këtë? Atëherë fshijeni këtë mesazh.
