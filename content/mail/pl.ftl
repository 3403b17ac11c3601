# E-mail texts (Polish). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Zaświadczenie zgodnie z § 43 IfSG
certificate-body =
    Dzień dobry, { $name },

    pouczenie zgodnie z § 43 Abs. 1 ustawy o ochronie przed zakażeniami (Infektionsschutzgesetz) zostało ukończone. Zaświadczenie jest załączone do tej wiadomości jako plik PDF.

    Wydane przez: { $office }

    Kod zaświadczenia: { $code }
    Każdy może sprawdzić zaświadczenie tutaj: { $verify_url }

    Zaświadczenie jako strona internetowa do czytania, odczytania na głos i wydruku (z kodem jednorazowym): { $view_url }

    Prosimy przekazać zaświadczenie pracodawcy. W pierwszym dniu pracy nie może ono być starsze niż trzy miesiące. Prosimy dobrze przechować plik.

reissue-subject = Nowy egzemplarz zaświadczenia zgodnie z § 43 IfSG
reissue-body =
    Dzień dobry, { $name },

    w załączniku jest nowy egzemplarz zaświadczenia jako plik PDF. Samo zaświadczenie nie zostało zmienione.

    Wydane przez: { $office }

    Kod zaświadczenia: { $code }
    Każdy może sprawdzić zaświadczenie tutaj: { $verify_url }

    Zaświadczenie jako strona internetowa do czytania, odczytania na głos i wydruku (z kodem jednorazowym): { $view_url }

resume-subject = Twój link do pouczenia
resume-body =
    Dzień dobry { $name },

    za pomocą tego linku kontynuujesz pouczenie:
    { $link }

    Link działa tylko raz. Nie przekazuj go nikomu.

pdf-code-subject = Twój kod jednorazowy do zaświadczenia
pdf-code-body =
    Dzień dobry { $name },

    Twój kod jednorazowy: { $one_time_code }

    Wpisz go na stronie { $link }, aby pobrać zaświadczenie { $code }. Kod jest ważny krótko i tylko raz.

    Nie prosiłeś o kod? Usuń tę wiadomość.

footer = Ta wiadomość została wysłana automatycznie. Na pytania odpowiada: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Opłata wniesiona: { $amount } dnia { $date }, numer referencyjny płatności { $reference }.
fee-voucher = Opłata uregulowana bonem { $reference }.
fee-waiver = Zwolnienie z opłaty zostało przyznane.
fee-desk = Opłata wniesiona w urzędzie zdrowia: { $amount } dnia { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Twój kod PIN do portfela cyfrowego
wallet-pin-body =
    Dzień dobry { $name },

    Twój kod PIN do zaświadczenia w portfelu cyfrowym: { $one_time_code }

    Aplikacja portfela poprosi o ten kod PIN, gdy zeskanujesz kod QR. Kod PIN jest ważny 15 minut i tylko raz.

    Nie prosiłeś o to? Usuń tę wiadomość.
