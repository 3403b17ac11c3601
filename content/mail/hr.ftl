# E-mail texts (Croatian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Vaša potvrda prema § 43 IfSG
certificate-body =
    Dobar dan, { $name },

    završili ste poduku prema § 43 Abs. 1 Zakona o zaštiti od infekcija (Infektionsschutzgesetz). Vaša potvrda nalazi se u privitku ove poruke kao PDF datoteka.

    Izdavatelj: { $office }

    Kôd potvrde: { $code }
    Svatko može provjeriti potvrdu ovdje: { $verify_url }

    Vaša potvrda kao web-stranica za čitanje, čitanje naglas i ispis (s jednokratnim kodom): { $view_url }

    Molimo dajte potvrdu svojem poslodavcu. Prvog radnog dana potvrda ne smije biti starija od tri mjeseca. Dobro čuvajte datoteku.

reissue-subject = Novi primjerak vaše potvrde prema § 43 IfSG
reissue-body =
    Dobar dan, { $name },

    u privitku dobivate novi primjerak svoje potvrde kao PDF datoteku. Sama potvrda nije promijenjena.

    Izdavatelj: { $office }

    Kôd potvrde: { $code }
    Svatko može provjeriti potvrdu ovdje: { $verify_url }

    Vaša potvrda kao web-stranica za čitanje, čitanje naglas i ispis (s jednokratnim kodom): { $view_url }

resume-subject = Vaša poveznica za poduku
resume-body =
    Dobar dan { $name },

    ovom poveznicom nastavljate poduku:
    { $link }

    Poveznica vrijedi samo jednom. Ne dajte je nikome.

pdf-code-subject = Vaš jednokratni kod za potvrdu
pdf-code-body =
    Dobar dan { $name },

    vaš jednokratni kod: { $one_time_code }

    Unesite ga na { $link } kako biste preuzeli potvrdu { $code }. Kod vrijedi kratko i samo jednom.

    Niste tražili kod? Onda izbrišite ovu poruku.

footer = Ova je poruka poslana automatski. Na pitanja odgovara: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Pristojba plaćena: { $amount } dana { $date }, referentni broj uplate { $reference }.
fee-voucher = Pristojba plaćena vaučerom { $reference }.
fee-waiver = Oslobođeni ste od pristojbe.
fee-desk = Pristojba plaćena u zdravstvenom uredu: { $amount } dana { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Vaš PIN za digitalni novčanik
wallet-pin-body =
    Dobar dan { $name },

    vaš PIN za potvrdu u digitalnom novčaniku: { $one_time_code }

    Aplikacija novčanika traži ovaj PIN kada skenirate QR kod. PIN vrijedi 15 minuta i samo jednom.

    Niste ovo tražili? Onda izbrišite ovu poruku.
