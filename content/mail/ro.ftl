# E-mail texts (Romanian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Certificatul dumneavoastră conform § 43 IfSG
certificate-body =
    Bună ziua, { $name },

    Ați finalizat instruirea conform § 43 Abs. 1 din Legea privind protecția împotriva infecțiilor (Infektionsschutzgesetz). Certificatul dumneavoastră este atașat ca fișier PDF.

    Emis de: { $office }

    Codul certificatului: { $code }
    Oricine poate verifica certificatul aici: { $verify_url }

    Certificatul dumneavoastră ca pagină web pentru citire, citire cu voce tare și tipărire (cu cod unic): { $view_url }

    Dați certificatul angajatorului dumneavoastră. În prima zi de lucru, certificatul nu poate fi mai vechi de trei luni. Păstrați bine fișierul.

reissue-subject = Un nou exemplar al certificatului dumneavoastră conform § 43 IfSG
reissue-body =
    Bună ziua, { $name },

    Primiți în atașament un nou exemplar al certificatului dumneavoastră, ca fișier PDF. Certificatul în sine nu s-a schimbat.

    Emis de: { $office }

    Codul certificatului: { $code }
    Oricine poate verifica certificatul aici: { $verify_url }

    Certificatul dumneavoastră ca pagină web pentru citire, citire cu voce tare și tipărire (cu cod unic): { $view_url }

resume-subject = Linkul dumneavoastră către instruire
resume-body =
    Bună ziua { $name },

    cu acest link continuați instruirea:
    { $link }

    Linkul funcționează o singură dată. Nu îl dați nimănui.

pdf-code-subject = Codul dumneavoastră unic pentru certificat
pdf-code-body =
    Bună ziua { $name },

    codul dumneavoastră unic: { $one_time_code }

    Introduceți-l pe { $link } pentru a descărca certificatul { $code }. Codul este valabil doar scurt timp și o singură dată.

    Nu ați cerut un cod? Atunci ștergeți acest mesaj.

footer = Acest mesaj a fost trimis automat. Pentru întrebări: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Taxa plătită: { $amount } la { $date }, referința plății { $reference }.
fee-voucher = Taxa achitată cu voucherul { $reference }.
fee-waiver = Aveți scutire de taxă.
fee-desk = Taxa plătită la oficiul de sănătate: { $amount } la { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Codul dumneavoastră PIN pentru portofelul digital
wallet-pin-body =
    Bună ziua { $name },

    codul dumneavoastră PIN pentru certificatul din portofelul digital: { $one_time_code }

    Aplicația portofelului vă cere acest cod PIN când scanați codul QR. Codul PIN este valabil 15 minute și o singură dată.

    Nu ați cerut acest lucru? Atunci ștergeți acest mesaj.
