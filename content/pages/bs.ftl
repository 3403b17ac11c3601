# Page texts for learners (Bosnian), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Obuka prema § 43 Infektionsschutzgesetz (Zakon o zaštiti od infekcija)
machine-translation-notice = Ovaj prijevod je napravljen mašinski i nije provjeren. Obavezujući je tekst na njemačkom jeziku.
machine-translation-link = Čitaj na njemačkom
skip-to-content = Pređi na sadržaj
language-label = Jezik
language-submit = Promijeni jezik
footer-accessibility = Pristupačnost
footer-privacy = Zaštita podataka
footer-imprint = Impresum
footer-verify = Provjera potvrde

## Početna stranica

start-heading = Online obuka za rad s hranom
start-intro = Ko profesionalno proizvodi, obrađuje ili stavlja u promet određene namirnice ili radi u kuhinjama restorana, menzi i sličnih ustanova (§ 42. st. 1. i 2. IfSG-a), prije prvog radnog dana mora imati potvrdu zavoda za javno zdravstvo. Ovdje obuku prolazite online i odmah dobijate potvrdu.
start-how-heading = Kako to ide
start-step-videos = Gledate { $chapters } kratkih video snimaka s titlovima, ukupno oko { $minutes } minuta.
start-step-quiz = Odgovarate na nekoliko pitanja o video snimcima.
start-step-declaration = Izjavljujete da ne znate ni za jedan razlog za zabranu rada.
start-step-certificate = Dobijate potvrdu kao PDF datoteku.
start-bring-heading = Ovo vam je potrebno
start-bring = Lična karta ili pasoš (da tačno napišete svoje ime), oko { $total } minuta vremena i zvuk ili slušalice.
start-cost-heading = Troškovi
start-cost = Troškove određuje vaš zavod za javno zdravstvo. Vidjet ćete ih kada odaberete svoj zavod za javno zdravstvo.
start-find-office = Pronađite svoj zavod za javno zdravstvo
postcode-label = Poštanski broj mjesta gdje živite
postcode-hint = 5 cifara, na primjer 99999
postcode-search = Traži zavod za javno zdravstvo
postcode-invalid = Unesite poštanski broj od 5 cifara.
postcode-none = Za ovaj poštanski broj ovdje nijedan zavod za javno zdravstvo ne nudi obuku. Odaberite zavod za javno zdravstvo s liste ili pitajte svoj zavod za javno zdravstvo.
office-list-heading = Svi zavodi za javno zdravstvo
office-choose = Počni obuku kod ovog zavoda za javno zdravstvo
office-not-in-language = Ovaj zavod za javno zdravstvo ne nudi obuku na vašem jeziku.
resume-heading = Nastavite
resume-text = Već ste počeli. Nastavite tamo gdje ste stali.
resume-button = Nastavi

## Lični podaci

enrol-heading = Vaši podaci
enrol-intro = Napišite svoje ime kao u ličnoj karti ili pasošu. Ovi podaci stoje na potvrdi.
enrol-office = Zavod za javno zdravstvo
given-name-label = Ime (imena)
family-name-label = Prezime
latin-intro = Samo ako je vaše ime napisano drugim pismom: vaše ime latiničnim slovima, kao u pasošu.
given-name-latin-label = Ime (imena) latiničnim slovima
family-name-latin-label = Prezime latiničnim slovima
birth-date-label = Datum rođenja
birth-date-hint = Dan.Mjesec.Godina, na primjer 31.12.1990 ili bez tačaka 31121990
email-label = E-mail adresa (nije obavezno)
email-hint = Tada ćemo vam potvrdu poslati i e-mailom.
enrol-privacy = Zavod za javno zdravstvo koristi vaše podatke samo za obuku i potvrdu.
enrol-submit = Dalje na video snimke
form-errors-heading = Provjerite svoje podatke:
error-given-name = Unesite svoje ime, kao u ličnoj karti.
error-family-name = Unesite svoje prezime, kao u ličnoj karti.
error-latin = Vaše ime na potvrdi može se odštampati samo latiničnim slovima. Napišite ga i latiničnim slovima, onako kako stoji u pasošu.
error-birth-date = Unesite datum rođenja ovako: Dan.Mjesec.Godina, na primjer 31.12.1990 ili 31121990.
error-birth-date-no-such-day = Taj dan ne postoji. Provjerite dan i mjesec.
error-birth-date-two-digit-year = Napišite godinu sa četiri cifre, na primjer 1990 umjesto 90.
error-birth-date-future = Ovaj datum je u budućnosti. Provjerite godinu.
error-birth-date-too-young = Obuka je moguća tek sa navršenih { $min } godina.
error-birth-date-implausible = Provjerite godinu: datum je predaleko u prošlosti.
error-name-character = Znak „{ $character }“ nije dozvoljen u imenu. Dozvoljena su slova, razmaci, apostrof, crtica i tačka.
error-name-too-long = Ime je predugo: najviše { $max } znakova.
error-name-no-letter = Ime mora imati barem jedno slovo.
error-title-prefix = Greška:
error-email = Provjerite e-mail adresu ili ostavite polje prazno.
error-name-invisible = Ime sadrži nevidljiv znak ili prelom reda (na primjer znak za popunu). Molimo vas da ime ponovo ukucate umjesto da ga zalijepite.
error-name-direction = Ime sadrži kontrolni znak za smjer pisanja koji mijenja način na koji se ime prikazuje. Molimo vas da ime ponovo ukucate.
error-name-joiner = Ime sadrži nevidljiv znak za spajanje na pogrešnom mjestu. Dozvoljen je samo između dva slova pisma kao što su arapsko, perzijsko ili hindi.
error-name-mixed-script = Jedna riječ imena miješa latinična slova s ćiriličnim ili grčkim slovima koja izgledaju isto (na primjer М i M). Molimo vas da svaku riječ pišete jednim pismom, kao u pasošu.
error-email-plain = Molimo vas da unesete samo adresu e-pošte, na primjer ime@primjer.ba: bez imena ispred nje, bez znakova < i > i s imenom domene umjesto IP adrese.

## Pregled

course-heading = Vaša obuka
course-progress = Pogledano: { $done } od { $total } video snimaka
chapter-done = pogledano
chapter-open = još nije pogledano
resume-link-heading = Nastavite kasnije
resume-link-text = S ovim linkom kasnije možete nastaviti, i na drugom uređaju. Ne dajte ga nikome.
next-quiz = Dalje na pitanja
quiz-locked = Pitanja se otvaraju kada pogledate sve video snimke.

## Poglavlje

chapter-of = Poglavlje { $number } od { $total }
video-noscript = Da bi se gledanje računalo, ovoj stranici je potreban JavaScript. Uključite JavaScript. Sve ostalo radi i bez njega.
video-status = Pogledano: { $percent } %
video-status-done = Ovaj video snimak ste pogledali do kraja.
video-status-offline = Nema veze. Vaš napredak bit će poslan čim veza ponovo bude tu.
video-hint = Pogledajte svaki video snimak do kraja. Premotavanje unaprijed se ne računa.
video-narrated-in = Jezik video snimka: { $narration }. Jezik titlova: { $captions }.
video-sign-language = Znakovni jezik (DGS)
chapter-text-heading = Tekst uz video snimak
chapter-next = Sljedeće poglavlje
chapter-overview = Na pregled

## Pitanja

quiz-heading = Pitanja o obuci
quiz-intro = Odgovorite na { $count } pitanja. Kod nekih pitanja tačno je više odgovora: odaberite sve tačne odgovore. Za prolaz vam treba { $percent } % tačnih odgovora.
quiz-start = Počni pitanja
quiz-question = Pitanje { $number } od { $count }
quiz-submit = Pošalji odgovore
quiz-passed = Položeno: tačno { $score } od { $count } odgovora.
quiz-failed = Nažalost, nije položeno: tačno { $score } od { $count } odgovora.
quiz-retry = Pokušaj ponovo
quiz-attempts-left = Preostali pokušaji: { $left }.
quiz-rewatch = Iskoristili ste sve pokušaje. Pogledajte ponovo video snimke. Onda ponovo možete odgovoriti na pitanja.
quiz-correct = Tačno
quiz-wrong = Netačno
quiz-next = Dalje na izjavu
quiz-choose-all = Odaberite sve tačne odgovore.
quiz-your-answer = Vaš odgovor
quiz-right-answer = Tačan odgovor
quiz-no-answer = nema odgovora
quiz-next-question = Dalje
quiz-previous = Nazad na prethodno pitanje
quiz-to-review = Dalje na vaše odgovore
quiz-review-heading = Vaši odgovori
quiz-review-intro = Provjerite svoje odgovore. Link „Promijeni“ vas vraća na pitanje. Onda pošaljite odgovore.
quiz-change = Promijeni

## Izjava

declaration-heading = Vaša izjava
declaration-confirm = Da, to izjavljujem.
declaration-handover-heading = Molimo vas da sada predate uređaj
declaration-handover = Mlađi ste od 18 godina. Zato izjavu za vas daje vaša majka, vaš otac ili vaš staratelj (§ 43. st. 6. IfSG-a). Molimo vas da sada date uređaj toj osobi.
declaration-handover-continue = Ja sam majka, otac ili staratelj – dalje
declaration-carer-link = Izjavu za mene daje moj staratelj (Betreuer)
declaration-representative-heading = Izjava za drugu osobu
declaration-representative-intro = Dajete izjavu za osobu { $name }. Upišite svoje ime onako kako piše u vašoj ličnoj karti.
declaration-representative-facts = Činjenice koje opravdavaju zabranu rada su, na primjer: proljev s više od dvije rijetke stolice na dan; povraćanje; visoka temperatura s jakom glavoboljom, bolovima u stomaku ili u zglobovima; žuta koža ili žute oči; gnojne ili vlažne rane ili mjesta na koži; ili nalaz ljekara ili laboratorije: salmonele, šigele, EHEC, uzročnici trbušnog tifusa ili kolere ili hepatitis A ili E. Ako znate za takve činjenice kod osobe { $name }, nemojte dati izjavu i obratite se zavodu za javno zdravstvo.
declaration-role-legend = Izjavu dajete kao
declaration-role-parent = Majka ili otac s roditeljskim staranjem
declaration-role-guardian = Staratelj (postavio ga je porodični sud)
declaration-role-carer = Staratelj punoljetne osobe (Betreuer); vaš djelokrug obuhvata ovu izjavu
representative-given-name-label = Vaše ime
representative-family-name-label = Vaše prezime
declaration-representative-next = Dalje na izjavu
declaration-german-heading = Obavezujući njemački tekst
declaration-translation-heading = Prijevod
error-role = Molimo odaberite u kojem svojstvu dajete izjavu.
error-representative-is-holder = Molimo upišite svoje ime: izjavu daje osoba koja je daje za drugu osobu, a ne sama osoba koja je prošla obuku.
declaration-submit = Daj izjavu i dobij potvrdu
declaration-required = Potvrdite izjavu. Ako znate za razloge za zabranu rada, ne smijete početi raditi: obratite se svom zavodu za javno zdravstvo.

## Gotovo

done-heading = Uspjeli ste! Ovo je vaša potvrda.
done-code = Kod potvrde
done-download = Preuzmi potvrdu (PDF)
done-view = Pogledaj potvrdu kao web-stranicu: za čitanje naglas i za štampanje
certificate-view-heading = Vaša potvrda
certificate-view-intro = Ovo je ista potvrda kao PDF datoteka, ali kao web-stranica za čitanje naglas i za štampanje. Svaka verzija se može provjeriti pomoću koda.
done-mailed = Potvrdu šaljemo i na { $email }.
done-employer = Dajte potvrdu svom poslodavcu. Prvog radnog dana ona ne smije biti starija od tri mjeseca.
done-verify = Svako može provjeriti potvrdu pomoću QR koda.

## Greške

error-heading = To nije uspjelo
error-not-found = Ova stranica ne postoji.
error-session = Ova obuka je započeta na drugom uređaju ili link nije potpun. Otvorite link koji ste sačuvali.
error-expired = Obrazac je bio predugo otvoren. Pokušajte ponovo.
error-unavailable = Usluga trenutno nije dostupna. Vaši podaci su sačuvani. Pokušajte ponovo za nekoliko minuta.
error-too-many = Sa vaše internetske veze upravo je pokrenuto previše prijava. Molimo pokušajte ponovo za nekoliko minuta.
error-back = Nazad na početak

## Stranice zavoda za javno zdravstvo

accessibility-heading = Izjava o pristupačnosti
privacy-heading = Obavještenje o zaštiti podataka
imprint-heading = Impresum
accessibility-sign-language = Poglavlja s video snimkom na njemačkom znakovnom jeziku (DGS): { $chapters }.
accessibility-sign-language-none = Još nijedno poglavlje nema video snimak na njemačkom znakovnom jeziku (DGS).
imprint-pictures = Slike u video snimcima potiču iz projekta OpenMoji (openmoji.org), pod licencom CC BY-SA 4.0.
privacy-short-heading = Najvažnije ukratko
privacy-short = { $office } obrađuje vaše ime, datum rođenja, vaše odgovore i vašu izjavu kako bi vam održao obuku prema § 43 Infektionsschutzgesetz i izdao vam potvrdu. Potvrda se izdaje automatski kada pogledate sve videozapise, položite pitanja i date izjavu. Ko zna kod potvrde, može je provjeriti i vidi vaše ime, datum rođenja, datum obuke i da li potvrda važi. Nedovršena obuka briše se nakon { $days } dana, potvrda nakon { $years } godina. Imate pravo na pristup, ispravku i žalbu. Pitanja na: { $email }.
privacy-full-german = U nastavku slijedi potpuno obavještenje o zaštiti podataka na njemačkom jeziku; ono je obavezujuće.
office-text-german = Zavod za javno zdravstvo izdaje ovaj tekst samo na njemačkom jeziku.
privacy-sections-heading = Potpuno obavještenje o zaštiti podataka
privacy-section-previous = Prethodni odjeljak
privacy-section-next = Sljedeći odjeljak
privacy-section-overview = Svi odjeljci obavještenja o zaštiti podataka

## Links, access and the certificate by one-time code

resume-link-create = Napravi link
resume-link-once = Link važi samo jednom i { $days } dana.
resume-link-copy = Kopiraj link
resume-link-copied = Kopirano
resume-link-mail = Pošalji link na moju e-mail adresu
resume-link-mailed = Poslali smo novi link na vašu e-mail adresu. Važi samo jednom.
resume-link-no-address = Niste naveli e-mail adresu. Napravite link ovdje i zapišite ga.
resume-spent-heading = Ovaj link više ne važi
resume-spent-text = Link je već korišten ili je istekao. Svaki link važi samo jednom.
resume-spent-mail = Možemo vam poslati novi link na vašu e-mail adresu.
resume-spent-mail-button = Pošalji novi link e-mailom
resume-spent-no-mail = Za ovu pouku nije sačuvana e-mail adresa. Otvorite pouku u pregledniku u kojem ste je započeli ili se obratite zdravstvenom uredu.
resume-mailed = Poslali smo novi link na vašu e-mail adresu. Važi samo jednom.
error-access-ended = Vaša potvrda je već izdata. Radi vaše zaštite ovaj pristup je više ne otvara. PDF dobijate pomoću koda potvrde, datuma rođenja i jednokratnog koda poslanog e-mailom.
pdf-heading = Preuzmi potvrdu
pdf-intro = Unesite kod potvrde i datum rođenja. Šaljemo jednokratni kod na e-mail adresu koju ste naveli pri prijavi.
pdf-send = Pošalji jednokratni kod
pdf-sent = Ako podaci odgovaraju potvrdi s e-mail adresom, tamo smo poslali jednokratni kod. Važi { $minutes } minuta.
pdf-one-time-label = Jednokratni kod iz e-maila
pdf-download = Preuzmi PDF
pdf-view = Pogledaj kao web-stranicu: za čitanje naglas ili za štampanje
pdf-code-wrong = Jednokratni kod je pogrešan ili više ne važi. Nakon 5 pokušaja više ne važi: tada zatražite novi.
pdf-code-malformed = Provjerite kod potvrde: 16 znakova, na primjer ABCD-EFGH-JKMN-PQRS.
pdf-office = Niste naveli e-mail adresu? Zdravstveni ured će vam izdati novi primjerak.

## Verify page (/pruefen)

verify-title = Provjera potvrde
verify-intro = Ovdje zavod za javno zdravstvo, poslodavci i inspekcija za hranu provjeravaju potvrdu prema § 43. st. 1. IfSG-a.
verify-enter-code = Kod potvrde
verify-code-hint = 16 znakova, na primjer ABCD-EFGH-JKMN-PQRS
verify-check = Provjeri
verify-valid = Važeća: ova potvrda je izdata i nije proglašena nevažećom.
verify-revoked = Proglašena nevažećom: ova potvrda više ne važi.
verify-unknown = Nepoznato: za ovaj kod ne postoji potvrda.
verify-deleted = Izbrisana nakon isteka roka čuvanja: zavod za javno zdravstvo izdao je potvrdu s ovim kodom i nakon roka čuvanja izbrisao njene podatke. Potvrda i dalje važi; duplikat više nije moguć.
verify-deleted-revoked = Izbrisana nakon isteka roka čuvanja: ova potvrda je bila proglašena nevažećom. Njeni podaci su izbrisani nakon roka čuvanja.
verify-deleted-check = Ime i datum rođenja više nisu pohranjeni. Provjerite osobu pomoću digitalnog potpisa iz QR koda (dolje) i ličnog dokumenta.
verify-issued-at = Izdata dana
verify-deleted-at = Izbrisana dana
verify-typo = Greška pri kucanju: takav kod nije moguć. Uporedite ga znak po znak.
verify-malformed = Ovo nije kod potvrde (16 znakova od cifara i slova).
verify-holder = Vlasnik/vlasnica
verify-latin-spelling = Pisanje u pasošu (latinicom)
verify-birth-date = Datum rođenja
verify-instructed-at = Datum obuke
verify-issuer = Izdavalac
verify-guardian = Izjavu je dao/dala (§ 43. st. 6. IfSG-a)
verify-revoked-at = Proglašena nevažećom dana
verify-reason = Razlog
verify-valid-until = Važi za prvo započinjanje rada do { $date }, nakon toga važi bez vremenskog ograničenja.
verify-signature-heading = Digitalni potpis iz QR koda
verify-signature-noscript = Bez JavaScripta ova stranica provjerava zapis u zavodu za javno zdravstvo (gore). S JavaScriptom dodatno provjerava i potpis iz QR koda.
verify-signature-none = Ova stranica je otvorena bez QR koda; nema potpisa za provjeru.
verify-signature-checking = Potpis se provjerava …
verify-signature-valid = Potpis je pravi i odgovara ovoj potvrdi.
verify-signature-invalid = Potpis NIJE važeći: podaci su promijenjeni ili ne potiču od zavoda za javno zdravstvo.
verify-upload-heading = Provjera PDF datoteke
verify-upload-hint = Provjerava da li je zavod za javno zdravstvo izdao PDF datoteku tačno ovakvu.
verify-upload = Provjeri datoteku
verify-upload-exact = Ova datoteka je izdata tačno ovakva.
verify-upload-not-exact = Ova datoteka NIJE izdata ovakva (promijenjena je ili pripada drugoj potvrdi).
verify-upload-missing = Odaberite PDF datoteku.
verify-language = Jezik
verify-development-key = Razvojni ključ — nije važeća: ova potvrda je potpisana razvojnim ključem (test ili demonstracija) i nije važeća potvrda zavoda za javno zdravstvo.
verify-signature-development = Potpis potiče od razvojnog ključa — nije važeći. Takva potvrda je samo test.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Izdata greškom
verify-revocation-replaced = Zamijenjena novom potvrdom
verify-revocation-obtained-by-deception = Pribavljena prevarom
verify-revocation-other = Drugi razlog

## Kako se provjerava identitet

identity-heading = Kako provjeravamo ko ste
identity-intro = Na potvrdi je vaše ime. Zato zavod za javno zdravstvo provjerava da ste to zaista vi. Odaberite kako:
identity-choose = Odaberite kako ćete dokazati svoj identitet.
identity-staff = Pokazivanje ličnog dokumenta u zavodu za javno zdravstvo
identity-staff-needs = Sada obuku radite online. Nakon toga pokažete ličnu kartu, pasoš ili dozvolu boravka u zavodu za javno zdravstvo: lično ili u video pozivu. Tek tada dobijate potvrdu.
identity-bundid = Pomoću online lične karte (BundID)
identity-bundid-needs = Potrebni su vam: lična karta s online funkcijom, pametni telefon s NFC-om i vaš šestocifreni PIN. Potvrdu dobijate odmah.
identity-none = Ovaj zavod za javno zdravstvo ne provjerava vaš lični dokument. Potvrda vrijedi samo uz službeni lični dokument s fotografijom.
identity-bundid-login = Prijava pomoću online lične karte
identity-or-typed = Ili sami unesite svoje podatke
identity-bundid-fixed = Ime i datum rođenja dolaze iz vaše online lične karte. Ovdje ih ne možete mijenjati.
bundid-refused-title = Prijava pomoću online lične karte nije uspjela
bundid-refused = Ništa nije sačuvano. Prijavite se ponovo.
bundid-too-low = Ovaj zavod za javno zdravstvo traži online ličnu kartu. Vaša prijava je imala niži nivo sigurnosti. Prijavite se ličnom kartom i njenim PIN-om.
bundid-expired = Vaša prijava je istekla. Prijavite se ponovo.
bundid-again = Prijavite se ponovo
pending-heading = Skoro gotovo: pokažite lični dokument
pending-intro = Vaša izjava je sačuvana. Zavod za javno zdravstvo izdaje potvrdu čim provjeri vaš lični dokument. Tada navedite broj svog predmeta.
pending-case = Broj vašeg predmeta
pending-office = Kako dalje sa zavodom za javno zdravstvo:
pending-booking = Zakaži video poziv
pending-rejected = Zavod za javno zdravstvo nije mogao potvrditi vaš identitet. Obratite se zavodu za javno zdravstvo.

## Fees
fee-free = Obuka je besplatna.
fee-before-course = Obuka košta { $amount }. Plaćate prije kursa.
fee-before-certificate = Obuka košta { $amount }. Plaćate nakon obuke, prije nego što dobijete potvrdu.
fee-heading = Plaćanje takse
fee-intro-course = Obuka košta { $amount }. Molimo vas da prvo platite. Nakon toga počinje kurs.
fee-intro-certificate = Vaša izjava je sačuvana. Obuka košta { $amount }. Čim platite, dobit ćete svoju potvrdu.
fee-online-heading = Plaćanje online
fee-online-text = Plaćate preko servisa za plaćanje savezne pokrajine, na primjer kreditnom karticom, PayPalom ili preko svoje banke. Nakon toga se vraćate ovdje.
fee-online-button = Platite { $amount } sada
fee-online-missing = Kod ovog zavoda za javno zdravstvo još se ne može platiti online. Platite vaučerom ili u zavodu za javno zdravstvo.
fee-payment-open = Vaše plaćanje još nije završeno. Ako ste već platili, sačekajte malo i ponovo učitajte ovu stranicu.
fee-payment-cancelled = Plaćanje je prekinuto. Možete pokušati ponovo.
fee-payment-failed = Plaćanje nije uspjelo. Možete pokušati ponovo ili platiti na drugi način.
fee-unavailable = Servis za plaćanje trenutno nije dostupan. Pokušajte ponovo za nekoliko minuta. Vaši podaci ostaju sačuvani.
fee-not-offered = Ovaj zavod za javno zdravstvo to ne nudi.
fee-voucher-heading = Plaćanje vaučerom
fee-voucher-label = Kod vaučera (na primjer ABCD-EFGH-JKMN)
fee-voucher-button = Iskoristi vaučer
fee-voucher-invalid = Ovaj vaučer ne važi. Nepoznat je, već iskorišten ili je istekao.
fee-voucher-typo = U kodu je greška pri kucanju. Provjerite svaki znak.
fee-waiver-heading = Oslobađanje od takse
fee-waiver-text = Zavod za javno zdravstvo oslobađa od takse za:
fee-waiver-volunteer = volonterski rad, na primjer u udruženju ili u Tafel (banka hrane)
fee-waiver-internship = školsku praksu
fee-waiver-benefits = osobe koje primaju Bürgergeld (osnovna socijalna pomoć), Sozialhilfe (socijalna pomoć) ili Asylbewerberleistungen (davanja za tražioce azila)
fee-waiver-reason = Kratko obrazloženje, na primjer naziv udruženja ili škole
fee-waiver-button = Podnesi zahtjev za oslobađanje
fee-waiver-staff-note = Zavod za javno zdravstvo provjerava vaš zahtjev. Može tražiti dokaz.
fee-waiver-choose = Odaberite po kojem osnovu tražite oslobađanje.
fee-waiver-reason-missing = Napišite kratko obrazloženje (najviše { $max } znakova).
fee-waiver-pending = Vaš zahtjev za oslobađanje je sačuvan. Zavod za javno zdravstvo ga provjerava. Pogledajte ovu stranicu ponovo kasnije.
fee-waiver-refused = Zavod za javno zdravstvo nije odobrio oslobađanje. Platite taksu.
fee-desk = Taksu možete platiti i u zavodu za javno zdravstvo.
done-fee-online = Plaćeno: { $amount } dana { $date }, referentni broj uplate { $reference }.
done-fee-voucher = Plaćeno vaučerom { $reference } dana { $date }.
done-fee-waiver = Oslobađanje od takse odobreno dana { $date }.
done-fee-desk = Plaćeno u zavodu za javno zdravstvo: { $amount } dana { $date }.

## Wallet
wallet-credential-name = Potvrda prema § 43 Infektionsschutzgesetz (Zakon o zaštiti od infekcija)
wallet-claim-given_name = Ime
wallet-claim-family_name = Prezime
wallet-claim-birthdate = Datum rođenja
wallet-claim-instructed_on = Datum obuke
wallet-claim-issuing_authority = Zavod za javno zdravstvo
wallet-claim-certificate_code = Kod potvrde
wallet-claim-identity_check = Provjera identiteta
wallet-claim-given_name_latin = Ime latiničnim slovima
wallet-claim-family_name_latin = Prezime latiničnim slovima
wallet-heading = Potvrda u vašem digitalnom novčaniku
wallet-what = Digitalni novčanik (wallet) je aplikacija na mobitelu za dokumente, na primjer EUDI-Wallet. U njega možete spremiti potvrdu i pokazati je svom poslodavcu ili inspekciji za hranu.
wallet-pdf-stays = Ne trebate digitalni novčanik: potvrda kao PDF važi i bez njega.
wallet-button = Dodajte potvrdu u digitalni novčanik
wallet-offer-heading = Dodavanje u digitalni novčanik
wallet-offer-scan = Skenirajte ovaj kod aplikacijom novčanika. Ako je novčanik na ovom mobitelu, dodirnite dugme.
wallet-offer-qr = QR kod za digitalni novčanik
wallet-offer-open = Otvorite novčanik na ovom mobitelu
wallet-offer-pin = Novčanik traži PIN. Vaš PIN:
wallet-offer-pin-mailed = Novčanik traži PIN. Poslali smo vam ga e-mailom na { $email }.
wallet-offer-expiry = Kod i PIN važe 15 minuta i samo jednom. Nakon toga ovdje dobijate nove.
wallet-offer-back = Nazad na potvrdu
wallet-check-heading = Provjera potvrde iz digitalnog novčanika
wallet-check-intro = Za poslodavce i inspekciju za hranu: osoba pokazuje potvrdu iz svog digitalnog novčanika. Za to novčaniku trebaju ovaj primalac i ova jednokratna vrijednost.
wallet-check-audience = Primalac
wallet-check-nonce = Jednokratna vrijednost
wallet-check-label = Dokaz iz novčanika (SD-JWT s Key-Binding-JWT)
wallet-check-button = Provjeri
wallet-check-valid = Važeći: potpisao ga je zavod za javno zdravstvo, nije opozvan i pokazan je novčanikom te osobe.
wallet-check-revoked = Opozvana: ova potvrda više ne važi.
wallet-check-development = Potpisan testnim ključem: ovo nije važeći dokaz.
wallet-check-claims = Pokazani podaci
wallet-check-office = Izdavalac
wallet-check-again = Provjerite drugi dokaz
wallet-check-invalid-form = Nije važeći: ovo nije potpun dokaz iz digitalnog novčanika.
wallet-check-invalid-signature = Nije važeći: potpis nije ispravan ili izdavalac nije zavod za javno zdravstvo ove usluge.
wallet-check-invalid-disclosure = Nije važeći: jedan podatak je promijenjen.
wallet-check-invalid-binding = Nije važeći: dokaz nije pokazan novčanikom te osobe.
wallet-check-invalid-audience = Nije važeći: jednokratna vrijednost je nepoznata, istekla ili već korištena. Ponovo učitajte stranicu i još jednom pokažite dokaz.
wallet-check-invalid-time = Nije važeći: dokaz je prestar. Pokažite ga još jednom.
