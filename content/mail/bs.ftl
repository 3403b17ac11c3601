# E-mail texts (Bosnian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Vaša potvrda prema § 43 IfSG
certificate-body =
    Dobar dan, { $name },

    završili ste obuku prema § 43 Abs. 1 Zakona o zaštiti od infekcija (Infektionsschutzgesetz). Vaša potvrda se nalazi u prilogu ove poruke kao PDF datoteka.

    Izdavalac: { $office }

    Kod potvrde: { $code }
    Svako može provjeriti potvrdu ovdje: { $verify_url }

    Vaša potvrda kao web-stranica za čitanje, čitanje naglas i štampanje (s jednokratnim kodom): { $view_url }

    Molimo vas da potvrdu date svom poslodavcu. Prvog radnog dana potvrda ne smije biti starija od tri mjeseca. Dobro čuvajte datoteku.

reissue-subject = Novi primjerak vaše potvrde prema § 43 IfSG
reissue-body =
    Dobar dan, { $name },

    u prilogu dobijate novi primjerak svoje potvrde kao PDF datoteku. Sama potvrda nije promijenjena.

    Izdavalac: { $office }

    Kod potvrde: { $code }
    Svako može provjeriti potvrdu ovdje: { $verify_url }

    Vaša potvrda kao web-stranica za čitanje, čitanje naglas i štampanje (s jednokratnim kodom): { $view_url }

resume-subject = Vaš link za pouku
resume-body =
    Dobar dan { $name },

    ovim linkom nastavljate pouku:
    { $link }

    Link važi samo jednom. Ne dajte ga nikome.

pdf-code-subject = Vaš jednokratni kod za potvrdu
pdf-code-body =
    Dobar dan { $name },

    vaš jednokratni kod: { $one_time_code }

    Unesite ga na { $link } da preuzmete potvrdu { $code }. Kod važi kratko i samo jednom.

    Niste tražili kod? Onda izbrišite ovu poruku.

footer = Ova poruka je poslana automatski. Na pitanja odgovara: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Taksa plaćena: { $amount } dana { $date }, referentni broj uplate { $reference }.
fee-voucher = Taksa plaćena vaučerom { $reference }.
fee-waiver = Oslobođeni ste od takse.
fee-desk = Taksa plaćena u zavodu za javno zdravstvo: { $amount } dana { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Vaš PIN za digitalni novčanik
wallet-pin-body =
    Dobar dan { $name },

    vaš PIN za potvrdu u digitalnom novčaniku: { $one_time_code }

    Aplikacija novčanika traži ovaj PIN kada skenirate QR kod. PIN važi 15 minuta i samo jednom.

    Niste ovo tražili? Onda izbrišite ovu poruku.
