# E-mail texts (Hungarian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Az Ön igazolása (§ 43 IfSG)
certificate-body =
    Tisztelt { $name }!

    Ön elvégezte az oktatást a fertőzésvédelmi törvény (Infektionsschutzgesetz) § 43 Abs. 1 szerint. Igazolását PDF-fájlként csatoltuk ehhez a levélhez.

    Kiállította: { $office }

    Az igazolás kódja: { $code }
    Bárki ellenőrizheti az igazolást itt: { $verify_url }

    Az Ön igazolása weboldalként olvasáshoz, felolvasáshoz és nyomtatáshoz (egyszer használatos kóddal): { $view_url }

    Kérjük, adja oda az igazolást a munkáltatójának. Az első munkanapon az igazolás nem lehet három hónapnál régebbi. Gondosan őrizze meg a fájlt.

reissue-subject = Az Ön igazolásának új példánya (§ 43 IfSG)
reissue-body =
    Tisztelt { $name }!

    Igazolásának új példányát PDF-fájlként csatoltuk ehhez a levélhez. Maga az igazolás nem változott.

    Kiállította: { $office }

    Az igazolás kódja: { $code }
    Bárki ellenőrizheti az igazolást itt: { $verify_url }

    Az Ön igazolása weboldalként olvasáshoz, felolvasáshoz és nyomtatáshoz (egyszer használatos kóddal): { $view_url }

resume-subject = Az oktatáshoz tartozó linkje
resume-body =
    Jó napot, { $name }!

    Ezzel a linkkel folytatja az oktatást:
    { $link }

    A link csak egyszer használható. Ne adja oda senkinek.

pdf-code-subject = Egyszer használatos kód az igazoláshoz
pdf-code-body =
    Jó napot, { $name }!

    Az egyszer használatos kódja: { $one_time_code }

    Adja meg itt: { $link }, hogy letöltse a(z) { $code } igazolást. A kód csak rövid ideig és csak egyszer érvényes.

    Nem kért kódot? Akkor törölje ezt az üzenetet.

footer = Ezt az üzenetet automatikusan küldtük. Kérdés esetén forduljon ide: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Díj befizetve: { $amount }, { $date }, fizetési azonosító: { $reference }.
fee-voucher = A díjat utalvánnyal rendezte ({ $reference }).
fee-waiver = Ön mentesül a díj alól.
fee-desk = Díj befizetve az egészségügyi hivatalban: { $amount }, { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = PIN-kód a digitális tárcához
wallet-pin-body =
    Jó napot, { $name }!

    A PIN-kódja az igazolás digitális tárcába mentéséhez: { $one_time_code }

    A tárca alkalmazása ezt a PIN-kódot kéri, amikor beolvassa a QR-kódot. A PIN-kód 15 percig és csak egyszer érvényes.

    Nem kért ilyet? Akkor törölje ezt az üzenetet.
