# Page texts for learners (Polish), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Pouczenie zgodnie z § 43 Infektionsschutzgesetz (ustawa o ochronie przed zakażeniami)
machine-translation-notice = To tłumaczenie zostało wykonane maszynowo i nie zostało sprawdzone. Wiążący jest tekst niemiecki.
machine-translation-link = Czytaj po niemiecku
skip-to-content = Przejdź do treści
language-label = Język
language-submit = Zmień język
footer-accessibility = Dostępność
footer-privacy = Ochrona danych
footer-imprint = Nota prawna
footer-verify = Sprawdź zaświadczenie

## Strona startowa

start-heading = Pouczenie online dla osób pracujących z żywnością
start-intro = Jeśli zawodowo wytwarzasz, obrabiasz lub wprowadzasz do obrotu określone rodzaje żywności albo pracujesz w kuchni restauracji, stołówki lub podobnej placówki (§ 42 ust. 1 i 2 IfSG), przed pierwszym dniem pracy potrzebujesz zaświadczenia z urzędu zdrowia. Tutaj przejdziesz pouczenie online i od razu dostaniesz zaświadczenie.
start-how-heading = Jak to działa
start-step-videos = Obejrzysz krótkie filmy z napisami (liczba filmów: { $chapters }), razem około { $minutes } minut.
start-step-quiz = Odpowiesz na kilka pytań do filmów.
start-step-declaration = Oświadczysz, że nie znasz żadnych powodów zakazu wykonywania pracy.
start-step-certificate = Dostaniesz zaświadczenie jako plik PDF.
start-bring-heading = Co jest potrzebne
start-bring = Dowód osobisty lub paszport (żeby dokładnie wpisać imię i nazwisko), około { $total } minut czasu oraz dźwięk lub słuchawki.
start-cost-heading = Koszty
start-cost = Koszty ustala twój urząd zdrowia. Zobaczysz je, gdy wybierzesz swój urząd zdrowia.
start-find-office = Znajdź swój urząd zdrowia
postcode-label = Kod pocztowy miejsca zamieszkania
postcode-hint = 5 cyfr, na przykład 99999
postcode-search = Szukaj urzędu zdrowia
postcode-invalid = Wpisz kod pocztowy z 5 cyfr.
postcode-none = Dla tego kodu pocztowego żaden urząd zdrowia nie prowadzi tutaj pouczenia. Wybierz urząd zdrowia z listy albo zapytaj swój urząd zdrowia.
office-list-heading = Wszystkie urzędy zdrowia
office-choose = Rozpocznij pouczenie w tym urzędzie zdrowia
office-not-in-language = Ten urząd zdrowia nie prowadzi pouczenia w twoim języku.
resume-heading = Kontynuuj
resume-text = Twoje pouczenie jest już rozpoczęte. Możesz kontynuować od miejsca przerwy.
resume-button = Kontynuuj

## Dane osobowe

enrol-heading = Twoje dane
enrol-intro = Wpisz imię i nazwisko dokładnie tak jak w dowodzie osobistym lub paszporcie. Te dane będą na zaświadczeniu.
enrol-office = Urząd zdrowia
given-name-label = Imię (imiona)
family-name-label = Nazwisko
latin-intro = Tylko jeśli twoje imię i nazwisko są zapisane innym alfabetem: wpisz je literami łacińskimi, tak jak w paszporcie.
given-name-latin-label = Imię (imiona) literami łacińskimi
family-name-latin-label = Nazwisko literami łacińskimi
birth-date-label = Data urodzenia
birth-date-hint = Dzień.Miesiąc.Rok, na przykład 31.12.1990 lub bez kropek 31121990
email-label = Adres e-mail (nieobowiązkowo)
email-hint = Wtedy wyślemy ci zaświadczenie także e-mailem.
enrol-privacy = Urząd zdrowia używa twoich danych tylko do pouczenia i do zaświadczenia.
enrol-submit = Dalej do filmów
form-errors-heading = Sprawdź swoje dane:
error-given-name = Wpisz swoje imię tak jak w dowodzie osobistym.
error-family-name = Wpisz swoje nazwisko tak jak w dowodzie osobistym.
error-latin = Na zaświadczeniu imię i nazwisko mogą być wydrukowane tylko literami łacińskimi. Wpisz je także tak, jak są zapisane w paszporcie.
error-birth-date = Wpisz datę urodzenia w ten sposób: Dzień.Miesiąc.Rok, na przykład 31.12.1990 lub 31121990.
error-birth-date-no-such-day = Taki dzień nie istnieje. Sprawdź dzień i miesiąc.
error-birth-date-two-digit-year = Wpisz rok czterema cyframi, na przykład 1990 zamiast 90.
error-birth-date-future = Ta data jest w przyszłości. Sprawdź rok.
error-birth-date-too-young = Pouczenie jest możliwe dopiero po ukończeniu { $min } lat.
error-birth-date-implausible = Sprawdź rok: data jest zbyt odległa w przeszłości.
error-name-character = Znak „{ $character }” nie jest dozwolony w imieniu ani w nazwisku. Dozwolone są litery, spacje, apostrof, łącznik i kropka.
error-name-too-long = Imię lub nazwisko jest za długie: maksymalnie { $max } znaków.
error-name-no-letter = Imię lub nazwisko musi zawierać co najmniej jedną literę.
error-title-prefix = Błąd:
error-email = Sprawdź adres e-mail albo zostaw to pole puste.
error-name-invisible = Imię lub nazwisko zawiera niewidoczny znak albo znak nowej linii (na przykład znak wypełnienia). Proszę wpisać je ponownie zamiast wklejać.
error-name-direction = Imię lub nazwisko zawiera znak sterujący kierunkiem pisma, który zmienia sposób wyświetlania. Proszę wpisać je ponownie.
error-name-joiner = Imię lub nazwisko zawiera niewidoczny znak łączący w niewłaściwym miejscu. Jest on dozwolony tylko między dwiema literami pisma takiego jak arabskie, perskie lub hindi.
error-name-mixed-script = Jedno słowo łączy litery łacińskie z podobnie wyglądającymi literami cyrylicy lub greki (na przykład М i M). Proszę pisać każde słowo jednym pismem, tak jak w paszporcie.
error-email-plain = Proszę podać tylko sam adres e-mail, na przykład imie@przyklad.pl: bez imienia przed nim, bez znaków < i >, z nazwą domeny zamiast adresu IP.

## Przegląd

course-heading = Twoje pouczenie
course-progress = Obejrzane filmy: { $done } z { $total }
chapter-done = obejrzany
chapter-open = jeszcze nieobejrzany
resume-link-heading = Kontynuuj później
resume-link-text = Dzięki temu linkowi możesz kontynuować później, także na innym urządzeniu. Nie dawaj go nikomu.
next-quiz = Dalej do pytań
quiz-locked = Pytania będą dostępne, gdy obejrzysz wszystkie filmy.

## Rozdział

chapter-of = Rozdział { $number } z { $total }
video-noscript = Żeby oglądanie zostało policzone, ta strona potrzebuje JavaScriptu. Włącz JavaScript. Wszystko inne działa także bez niego.
video-status = Obejrzano: { $percent } %
video-status-done = Ten film jest obejrzany w całości.
video-status-offline = Brak połączenia. Twoje postępy zostaną wysłane, gdy połączenie wróci.
video-hint = Obejrzyj każdy film do końca. Przewijanie do przodu się nie liczy.
video-narrated-in = Język filmu: { $narration }. Język napisów: { $captions }.
video-sign-language = Język migowy (DGS)
chapter-text-heading = Tekst do filmu
chapter-next = Następny rozdział
chapter-overview = Wróć do przeglądu

## Pytania

quiz-heading = Pytania do pouczenia
quiz-intro = Odpowiedz na pytania. Liczba pytań: { $count }. W niektórych pytaniach jest kilka dobrych odpowiedzi: wybierz wszystkie dobre odpowiedzi. Żeby zdać, potrzebujesz { $percent } % poprawnych odpowiedzi.
quiz-start = Rozpocznij pytania
quiz-question = Pytanie { $number } z { $count }
quiz-submit = Wyślij odpowiedzi
quiz-passed = Zdane. Poprawne odpowiedzi: { $score } z { $count }.
quiz-failed = Niestety niezdane. Poprawne odpowiedzi: { $score } z { $count }.
quiz-retry = Spróbuj jeszcze raz
quiz-attempts-left = Pozostałe próby: { $left }
quiz-rewatch = Wszystkie próby są wykorzystane. Obejrzyj filmy jeszcze raz. Potem możesz znowu odpowiedzieć na pytania.
quiz-correct = Dobrze
quiz-wrong = Źle
quiz-next = Dalej do oświadczenia
quiz-choose-all = Wybierz wszystkie dobre odpowiedzi.
quiz-your-answer = Twoja odpowiedź
quiz-right-answer = Poprawna odpowiedź
quiz-no-answer = brak odpowiedzi
quiz-next-question = Dalej
quiz-previous = Wróć do poprzedniego pytania
quiz-to-review = Dalej do twoich odpowiedzi
quiz-review-heading = Twoje odpowiedzi
quiz-review-intro = Sprawdź swoje odpowiedzi. Link „Zmień” prowadzi z powrotem do pytania. Potem wyślij odpowiedzi.
quiz-change = Zmień

## Oświadczenie

declaration-heading = Twoje oświadczenie
declaration-confirm = Tak, oświadczam to.
declaration-handover-heading = Przekaż teraz urządzenie
declaration-handover = Masz mniej niż 18 lat. Dlatego oświadczenie składa za ciebie twoja mama, twój tata albo twój opiekun prawny (§ 43 ust. 6 IfSG). Przekaż teraz urządzenie tej osobie.
declaration-handover-continue = Jestem matką, ojcem lub opiekunem prawnym – dalej
declaration-carer-link = Oświadczenie składa za mnie moja kuratorka lub mój kurator (Betreuer)
declaration-representative-heading = Oświadczenie za inną osobę
declaration-representative-intro = Składasz oświadczenie w imieniu osoby: { $name }. Wpisz swoje własne imię i nazwisko tak, jak w dowodzie osobistym.
declaration-representative-facts = Fakty uzasadniające zakaz wykonywania pracy to na przykład: biegunka z więcej niż dwoma luźnymi stolcami dziennie; wymioty; wysoka gorączka z silnym bólem głowy, brzucha lub stawów; żółta skóra lub żółte oczy; ropiejące lub sączące się rany lub miejsca na skórze; albo stwierdzenie przez lekarza lub laboratorium bakterii Salmonella, Shigella, EHEC, zarazków duru brzusznego lub cholery albo zapalenia wątroby typu A lub E. Jeśli znasz takie fakty dotyczące osoby { $name }, nie składaj oświadczenia i zwróć się do urzędu zdrowia.
declaration-role-legend = Składasz oświadczenie jako
declaration-role-parent = Matka lub ojciec z władzą rodzicielską
declaration-role-guardian = Opiekun prawny (ustanowiony przez sąd rodzinny)
declaration-role-carer = Kuratorka lub kurator osoby pełnoletniej (Betreuer); twój zakres zadań obejmuje to oświadczenie
representative-given-name-label = Twoje imię
representative-family-name-label = Twoje nazwisko
declaration-representative-next = Dalej do oświadczenia
declaration-german-heading = Wiążący tekst niemiecki
declaration-translation-heading = Tłumaczenie
error-role = Wybierz, w jakim charakterze składasz oświadczenie.
error-representative-is-holder = Wpisz swoje własne imię i nazwisko: oświadczenie składa osoba, która składa je w imieniu innej osoby, a nie sama osoba, która otrzymała pouczenie.
declaration-submit = Złóż oświadczenie i odbierz zaświadczenie
declaration-required = Potwierdź oświadczenie. Jeśli znasz powody zakazu wykonywania pracy, nie wolno ci rozpocząć pracy: zwróć się do swojego urzędu zdrowia.

## Gotowe

done-heading = Gotowe! Oto twoje zaświadczenie.
done-code = Kod zaświadczenia
done-download = Pobierz zaświadczenie (PDF)
done-view = Zobacz zaświadczenie jako stronę internetową: do odczytania na głos i do wydruku
certificate-view-heading = Twoje zaświadczenie
certificate-view-intro = To jest to samo zaświadczenie co plik PDF, jako strona internetowa do odczytania na głos i do wydruku. Każdą wersję można sprawdzić za pomocą kodu.
done-mailed = Wyślemy zaświadczenie także na adres { $email }.
done-employer = Przekaż zaświadczenie pracodawcy. W pierwszym dniu pracy nie może ono być starsze niż trzy miesiące.
done-verify = Każdy może sprawdzić zaświadczenie za pomocą kodu QR.

## Błędy

error-heading = Coś poszło nie tak
error-not-found = Ta strona nie istnieje.
error-session = To pouczenie zostało rozpoczęte na innym urządzeniu albo link jest niepełny. Otwórz zapisany link.
error-expired = Formularz był otwarty zbyt długo. Spróbuj jeszcze raz.
error-unavailable = Usługa jest teraz niedostępna. Twoje dane są zapisane. Spróbuj ponownie za kilka minut.
error-too-many = Z Twojego połączenia internetowego rozpoczęto właśnie zbyt wiele zapisów. Spróbuj ponownie za kilka minut.
error-back = Wróć do strony startowej

## Strony urzędu zdrowia

accessibility-heading = Deklaracja dostępności
privacy-heading = Informacja o ochronie danych
imprint-heading = Nota prawna
accessibility-sign-language = Rozdziały z filmem w niemieckim języku migowym (DGS): { $chapters }.
accessibility-sign-language-none = Żaden rozdział nie ma jeszcze filmu w niemieckim języku migowym (DGS).
imprint-pictures = Obrazki w filmach pochodzą z OpenMoji (openmoji.org) i są udostępnione na licencji CC BY-SA 4.0.
privacy-short-heading = Najważniejsze w skrócie
privacy-short = { $office } przetwarza twoje imię i nazwisko, datę urodzenia, odpowiedzi i oświadczenie, aby przeprowadzić pouczenie zgodnie z § 43 Infektionsschutzgesetz i wydać ci zaświadczenie. Zaświadczenie zostaje wydane automatycznie, gdy obejrzysz wszystkie filmy, zaliczysz pytania i złożysz oświadczenie. Kto zna kod zaświadczenia, może je sprawdzić i widzi twoje imię i nazwisko, datę urodzenia, datę pouczenia oraz to, czy zaświadczenie jest ważne. Niedokończone pouczenie zostaje usunięte po { $days } dniach, zaświadczenie po { $years } latach. Masz prawo dostępu do danych, ich sprostowania i wniesienia skargi. Pytania: { $email }.
privacy-full-german = Poniżej znajduje się pełna informacja o ochronie danych w języku niemieckim; to ona jest wiążąca.
office-text-german = Urząd zdrowia wydaje ten tekst tylko w języku niemieckim.
privacy-sections-heading = Pełna informacja o ochronie danych
privacy-section-previous = Poprzednia sekcja
privacy-section-next = Następna sekcja
privacy-section-overview = Wszystkie sekcje informacji o ochronie danych

## Links, access and the certificate by one-time code

resume-link-create = Utwórz link
resume-link-once = Link działa tylko raz i przez { $days } dni.
resume-link-copy = Kopiuj link
resume-link-copied = Skopiowano
resume-link-mail = Wyślij link na mój adres e-mail
resume-link-mailed = Wysłaliśmy nowy link na Twój adres e-mail. Działa tylko raz.
resume-link-no-address = Nie podano adresu e-mail. Utwórz link tutaj i zapisz go.
resume-spent-heading = Ten link jest już nieważny
resume-spent-text = Link został już użyty lub wygasł. Każdy link działa tylko raz.
resume-spent-mail = Możemy wysłać nowy link na Twój adres e-mail.
resume-spent-mail-button = Wyślij nowy link e-mailem
resume-spent-no-mail = Dla tego pouczenia nie zapisano adresu e-mail. Otwórz pouczenie w przeglądarce, w której je rozpocząłeś, lub zwróć się do urzędu zdrowia.
resume-mailed = Wysłaliśmy nowy link na Twój adres e-mail. Działa tylko raz.
error-access-ended = Twoje zaświadczenie zostało już wystawione. Dla Twojej ochrony ten dostęp już go nie otwiera. PDF otrzymasz za pomocą kodu zaświadczenia, daty urodzenia i jednorazowego kodu wysłanego e-mailem.
pdf-heading = Pobierz zaświadczenie
pdf-intro = Wpisz kod zaświadczenia i datę urodzenia. Wyślemy jednorazowy kod na adres e-mail podany przy rejestracji.
pdf-send = Wyślij kod jednorazowy
pdf-sent = Jeśli dane pasują do zaświadczenia z adresem e-mail, wysłaliśmy tam kod jednorazowy. Jest ważny { $minutes } minut.
pdf-one-time-label = Kod jednorazowy z e-maila
pdf-download = Pobierz PDF
pdf-view = Zobacz jako stronę internetową: do odczytania na głos lub do wydruku
pdf-code-wrong = Kod jednorazowy jest błędny lub już nieważny. Po 5 próbach traci ważność: poproś wtedy o nowy.
pdf-code-malformed = Sprawdź kod zaświadczenia: 16 znaków, na przykład ABCD-EFGH-JKMN-PQRS.
pdf-office = Nie podano adresu e-mail? Urząd zdrowia wystawi Ci nowy egzemplarz.

## Verify page (/pruefen)

verify-title = Sprawdzenie zaświadczenia
verify-intro = Tutaj urząd zdrowia, pracodawcy i kontrola żywności sprawdzają zaświadczenie zgodnie z § 43 ust. 1 IfSG.
verify-enter-code = Kod zaświadczenia
verify-code-hint = 16 znaków, na przykład ABCD-EFGH-JKMN-PQRS
verify-check = Sprawdź
verify-valid = Ważne: to zaświadczenie zostało wydane i nie zostało uznane za nieważne.
verify-revoked = Uznane za nieważne: to zaświadczenie nie jest już ważne.
verify-unknown = Nieznane: dla tego kodu nie ma zaświadczenia.
verify-deleted = Usunięte po upływie okresu przechowywania: urząd zdrowia wydał zaświadczenie o tym kodzie i po upływie okresu przechowywania usunął jego dane. Zaświadczenie pozostaje ważne; wydanie duplikatu nie jest już możliwe.
verify-deleted-revoked = Usunięte po upływie okresu przechowywania: to zaświadczenie zostało wcześniej uznane za nieważne. Jego dane usunięto po upływie okresu przechowywania.
verify-deleted-check = Imię i nazwisko oraz data urodzenia nie są już przechowywane. Proszę sprawdzić osobę za pomocą podpisu cyfrowego z kodu QR (poniżej) i dokumentu tożsamości.
verify-issued-at = Data wydania
verify-deleted-at = Data usunięcia
verify-typo = Literówka: taki kod nie jest możliwy. Proszę porównać go znak po znaku.
verify-malformed = To nie jest kod zaświadczenia (16 znaków: cyfry i litery).
verify-holder = Posiadacz / posiadaczka
verify-latin-spelling = Pisownia w paszporcie (litery łacińskie)
verify-birth-date = Data urodzenia
verify-instructed-at = Data pouczenia
verify-issuer = Wydane przez
verify-guardian = Oświadczenie złożone przez (§ 43 ust. 6 IfSG)
verify-revoked-at = Data uznania za nieważne
verify-reason = Powód
verify-valid-until = Ważne przy pierwszym podjęciu pracy do { $date }, potem ważne bezterminowo.
verify-signature-heading = Podpis cyfrowy z kodu QR
verify-signature-noscript = Bez JavaScriptu ta strona sprawdza wpis w urzędzie zdrowia (powyżej). Z JavaScriptem sprawdza dodatkowo podpis z kodu QR.
verify-signature-none = Ta strona została otwarta bez kodu QR; nie ma podpisu do sprawdzenia.
verify-signature-checking = Sprawdzanie podpisu …
verify-signature-valid = Podpis jest prawdziwy i pasuje do tego zaświadczenia.
verify-signature-invalid = Podpis NIE jest ważny: dane zostały zmienione lub nie pochodzą z urzędu zdrowia.
verify-upload-heading = Sprawdzenie pliku PDF
verify-upload-hint = Sprawdza, czy plik PDF został wydany przez urząd zdrowia dokładnie w tej postaci.
verify-upload = Sprawdź plik
verify-upload-exact = Ten plik został wydany dokładnie w tej postaci.
verify-upload-not-exact = Ten plik NIE został wydany w tej postaci (jest zmieniony lub należy do innego zaświadczenia).
verify-upload-missing = Proszę wybrać plik PDF.
verify-language = Język
verify-development-key = Klucz deweloperski — nieważne: to zaświadczenie podpisano kluczem deweloperskim (test lub pokaz) i nie jest ważnym zaświadczeniem urzędu zdrowia.
verify-signature-development = Podpis pochodzi z klucza deweloperskiego — nieważny. Takie zaświadczenie jest tylko testem.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Wydane omyłkowo
verify-revocation-replaced = Zastąpione nowym zaświadczeniem
verify-revocation-obtained-by-deception = Uzyskane podstępem
verify-revocation-other = Inny powód

## Jak sprawdzana jest tożsamość

identity-heading = Jak sprawdzamy, kim jesteś
identity-intro = Na zaświadczeniu jest twoje imię i nazwisko. Dlatego urząd zdrowia sprawdza, czy to naprawdę ty. Wybierz sposób:
identity-choose = Wybierz, jak potwierdzisz swoją tożsamość.
identity-staff = Pokaż dokument tożsamości w urzędzie zdrowia
identity-staff-needs = Teraz przechodzisz pouczenie online. Potem pokazujesz w urzędzie zdrowia dowód osobisty, paszport lub dokument pobytowy: na miejscu albo podczas rozmowy wideo. Dopiero wtedy dostajesz zaświadczenie.
identity-bundid = Za pomocą dowodu osobistego online (BundID)
identity-bundid-needs = Potrzebujesz: dowodu osobistego z funkcją online, smartfona z NFC i swojego sześciocyfrowego kodu PIN. Zaświadczenie dostajesz od razu.
identity-none = Ten urząd zdrowia nie sprawdza twojego dokumentu tożsamości. Zaświadczenie jest ważne tylko razem z urzędowym dokumentem tożsamości ze zdjęciem.
identity-bundid-login = Zaloguj się za pomocą dowodu osobistego online
identity-or-typed = Albo wpisz swoje dane samodzielnie
identity-bundid-fixed = Imię i nazwisko oraz data urodzenia pochodzą z twojego dowodu osobistego online. Nie możesz ich tutaj zmienić.
bundid-refused-title = Logowanie za pomocą dowodu osobistego online nie powiodło się
bundid-refused = Nic nie zostało zapisane. Zaloguj się jeszcze raz.
bundid-too-low = Ten urząd zdrowia wymaga dowodu osobistego online. Twoje logowanie miało niższy poziom bezpieczeństwa. Zaloguj się dowodem osobistym i jego kodem PIN.
bundid-expired = Twoje logowanie wygasło. Zaloguj się jeszcze raz.
bundid-again = Zaloguj się jeszcze raz
pending-heading = Prawie gotowe: pokaż dokument tożsamości
pending-intro = Twoje oświadczenie jest zapisane. Urząd zdrowia wystawi zaświadczenie, gdy tylko sprawdzi twój dokument tożsamości. Podaj wtedy swój numer sprawy.
pending-case = Twój numer sprawy
pending-office = Co dalej z urzędem zdrowia:
pending-booking = Zarezerwuj rozmowę wideo
pending-rejected = Urząd zdrowia nie mógł potwierdzić twojej tożsamości. Zwróć się do urzędu zdrowia.

## Fees
fee-free = Pouczenie jest bezpłatne.
fee-before-course = Pouczenie kosztuje { $amount }. Płacisz przed kursem.
fee-before-certificate = Pouczenie kosztuje { $amount }. Płacisz po pouczeniu, zanim dostaniesz zaświadczenie.
fee-heading = Wnieś opłatę
fee-intro-course = Pouczenie kosztuje { $amount }. Najpierw zapłać. Potem zaczyna się kurs.
fee-intro-certificate = Twoje oświadczenie jest zapisane. Pouczenie kosztuje { $amount }. Gdy tylko zapłacisz, dostaniesz zaświadczenie.
fee-online-heading = Zapłać online
fee-online-text = Płacisz w serwisie płatności kraju związkowego, na przykład kartą kredytową, przez PayPal albo przez swój bank. Potem wracasz tutaj.
fee-online-button = Zapłać teraz { $amount }
fee-online-missing = W tym urzędzie zdrowia nie można jeszcze płacić online. Zapłać bonem albo w urzędzie zdrowia.
fee-payment-open = Twoja płatność nie jest jeszcze zakończona. Jeśli płatność jest już wykonana, poczekaj chwilę i odśwież tę stronę.
fee-payment-cancelled = Płatność została przerwana. Możesz spróbować jeszcze raz.
fee-payment-failed = Płatność się nie udała. Możesz spróbować jeszcze raz albo zapłacić w inny sposób.
fee-unavailable = Serwis płatności jest teraz niedostępny. Spróbuj ponownie za kilka minut. Twoje dane pozostają zapisane.
fee-not-offered = Ten urząd zdrowia tego nie oferuje.
fee-voucher-heading = Zapłać bonem
fee-voucher-label = Kod bonu (na przykład ABCD-EFGH-JKMN)
fee-voucher-button = Zrealizuj bon
fee-voucher-invalid = Ten bon jest nieważny. Jest nieznany, już wykorzystany albo wygasł.
fee-voucher-typo = W kodzie jest literówka. Sprawdź każdy znak.
fee-waiver-heading = Zwolnienie z opłaty
fee-waiver-text = Zwolnienie z opłaty jest możliwe w tych przypadkach:
fee-waiver-volunteer = praca wolontariacka, na przykład w stowarzyszeniu lub w Tafel (bank żywności)
fee-waiver-internship = praktyka szkolna
fee-waiver-benefits = osoby, które otrzymują Bürgergeld (zasiłek obywatelski), Sozialhilfe (pomoc społeczna) lub Asylbewerberleistungen (świadczenia dla osób ubiegających się o azyl)
fee-waiver-reason = Krótkie uzasadnienie, na przykład nazwa stowarzyszenia lub szkoły
fee-waiver-button = Złóż wniosek o zwolnienie
fee-waiver-staff-note = Urząd zdrowia sprawdzi twój wniosek. Może poprosić o dowód.
fee-waiver-choose = Wybierz, z jakiego powodu chcesz zwolnienia z opłaty.
fee-waiver-reason-missing = Napisz krótkie uzasadnienie (maksymalnie { $max } znaków).
fee-waiver-pending = Twój wniosek o zwolnienie jest zapisany. Urząd zdrowia go sprawdza. Zajrzyj na tę stronę później.
fee-waiver-refused = Urząd zdrowia nie przyznał zwolnienia. Wnieś opłatę.
fee-desk = Opłatę możesz też wnieść w urzędzie zdrowia.
done-fee-online = Zapłacono: { $amount } dnia { $date }, numer referencyjny płatności { $reference }.
done-fee-voucher = Zapłacono bonem { $reference } dnia { $date }.
done-fee-waiver = Zwolnienie z opłaty dnia { $date }.
done-fee-desk = Zapłacono w urzędzie zdrowia: { $amount } dnia { $date }.

## Wallet
wallet-credential-name = Zaświadczenie zgodnie z § 43 Infektionsschutzgesetz (ustawa o ochronie przed zakażeniami)
wallet-claim-given_name = Imię
wallet-claim-family_name = Nazwisko
wallet-claim-birthdate = Data urodzenia
wallet-claim-instructed_on = Data pouczenia
wallet-claim-issuing_authority = Urząd zdrowia
wallet-claim-certificate_code = Kod zaświadczenia
wallet-claim-identity_check = Sprawdzenie tożsamości
wallet-claim-given_name_latin = Imię literami łacińskimi
wallet-claim-family_name_latin = Nazwisko literami łacińskimi
wallet-heading = Zaświadczenie w twoim portfelu cyfrowym
wallet-what = Portfel cyfrowy (wallet) to aplikacja w telefonie na dokumenty, na przykład EUDI-Wallet. Możesz zapisać w nim zaświadczenie i pokazać je pracodawcy lub kontroli żywności.
wallet-pdf-stays = Nie potrzebujesz portfela cyfrowego: zaświadczenie w PDF jest ważne także bez niego.
wallet-button = Dodaj zaświadczenie do portfela cyfrowego
wallet-offer-heading = Dodaj do portfela cyfrowego
wallet-offer-scan = Zeskanuj ten kod aplikacją portfela. Jeśli portfel jest na tym telefonie, dotknij przycisku.
wallet-offer-qr = Kod QR dla portfela cyfrowego
wallet-offer-open = Otwórz portfel na tym telefonie
wallet-offer-pin = Portfel poprosi o kod PIN. Twój kod PIN:
wallet-offer-pin-mailed = Portfel poprosi o kod PIN. Wysłaliśmy ci go e-mailem na adres { $email }.
wallet-offer-expiry = Kod i kod PIN działają przez 15 minut i tylko raz. Potem dostaniesz tutaj nowe.
wallet-offer-back = Wróć do zaświadczenia
wallet-check-heading = Sprawdź zaświadczenie z portfela cyfrowego
wallet-check-intro = Dla pracodawców i kontroli żywności: osoba pokazuje zaświadczenie ze swojego portfela cyfrowego. Do tego portfel potrzebuje tego odbiorcy i tej wartości jednorazowej.
wallet-check-audience = Odbiorca
wallet-check-nonce = Wartość jednorazowa
wallet-check-label = Dokument z portfela (SD-JWT z Key-Binding-JWT)
wallet-check-button = Sprawdź
wallet-check-valid = Ważny: podpisany przez urząd zdrowia, nieodwołany i pokazany z portfela tej osoby.
wallet-check-revoked = Odwołane: to zaświadczenie nie jest już ważne.
wallet-check-development = Podpisany kluczem testowym: to nie jest ważny dokument.
wallet-check-claims = Pokazane dane
wallet-check-office = Wydane przez
wallet-check-again = Sprawdź kolejny dokument
wallet-check-invalid-form = Nieważny: to nie jest pełny dokument z portfela cyfrowego.
wallet-check-invalid-signature = Nieważny: podpis się nie zgadza albo wystawca nie jest urzędem zdrowia tego serwisu.
wallet-check-invalid-disclosure = Nieważny: zmieniono jedną z informacji.
wallet-check-invalid-binding = Nieważny: dokument nie został pokazany z portfela tej osoby.
wallet-check-invalid-audience = Nieważny: wartość jednorazowa jest nieznana, wygasła lub została już użyta. Odśwież stronę i pokaż dokument jeszcze raz.
wallet-check-invalid-time = Nieważny: dokument jest za stary. Pokaż go jeszcze raz.
