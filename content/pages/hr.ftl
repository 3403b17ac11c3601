# Page texts for learners (Croatian), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Poduka prema § 43 Infektionsschutzgesetz (Zakon o zaštiti od infekcija)
machine-translation-notice = Ovaj je prijevod izrađen strojno i nije provjeren. Obvezujući je tekst na njemačkom jeziku.
machine-translation-link = Čitaj na njemačkom
skip-to-content = Preskoči na sadržaj
language-label = Jezik
language-submit = Promijeni jezik
footer-accessibility = Pristupačnost
footer-privacy = Zaštita podataka
footer-imprint = Impresum
footer-verify = Provjera potvrde

## Start page

start-heading = Online poduka za rad s hranom
start-intro = Tko profesionalno proizvodi, obrađuje ili stavlja na tržište određene namirnice ili radi u kuhinjama restorana, menza i sličnih ustanova (§ 42. st. 1. i 2. IfSG-a), prije prvog radnog dana treba potvrdu zdravstvenog ureda. Ovdje poduku prolazite online i odmah dobivate potvrdu.
start-how-heading = Kako to ide
start-step-videos = Gledate kratke videozapise s titlovima (ukupno { $chapters }), zajedno oko { $minutes } min.
start-step-quiz = Odgovarate na nekoliko pitanja o videozapisima.
start-step-declaration = Izjavljujete da ne znate za razloge za zabranu rada.
start-step-certificate = Dobivate potvrdu kao PDF datoteku.
start-bring-heading = To vam treba
start-bring = Vaša osobna iskaznica ili putovnica (da točno napišete svoje ime), oko { $total } min. vremena te zvuk ili slušalice.
start-cost-heading = Troškovi
start-cost = Troškove određuje vaš zdravstveni ured. Vidjet ćete ih kada odaberete svoj zdravstveni ured.
start-find-office = Pronađite svoj zdravstveni ured
postcode-label = Poštanski broj mjesta u kojem živite
postcode-hint = 5 znamenki, na primjer 99999
postcode-search = Traži zdravstveni ured
postcode-invalid = Upišite poštanski broj s 5 znamenki.
postcode-none = Za ovaj poštanski broj ovdje nijedan zdravstveni ured ne nudi poduku. Odaberite zdravstveni ured s popisa ili pitajte svoj zdravstveni ured.
office-list-heading = Svi zdravstveni uredi
office-choose = Započni poduku kod ovog zdravstvenog ureda
office-not-in-language = Ovaj zdravstveni ured ne nudi poduku na vašem jeziku.
resume-heading = Nastavak
resume-text = Već ste počeli. Nastavite ondje gdje ste stali.
resume-button = Nastavi

## Personal details

enrol-heading = Vaši podaci
enrol-intro = Napišite svoje ime kao u osobnoj iskaznici ili putovnici. Ti podaci bit će na potvrdi.
enrol-office = Zdravstveni ured
given-name-label = Ime (imena)
family-name-label = Prezime
latin-intro = Samo ako je vaše ime napisano drugim pismom: vaše ime latiničnim slovima, kao u putovnici.
given-name-latin-label = Ime (imena) latiničnim slovima
family-name-latin-label = Prezime latiničnim slovima
birth-date-label = Datum rođenja
birth-date-hint = Dan.Mjesec.Godina, na primjer 31.12.1990 ili bez točaka 31121990
email-label = Adresa e-pošte (neobavezno)
email-hint = Tada ćemo vam potvrdu poslati i e-poštom.
enrol-privacy = Zdravstveni ured upotrebljava vaše podatke samo za poduku i potvrdu.
enrol-submit = Dalje na videozapise
form-errors-heading = Provjerite svoje podatke:
error-given-name = Upišite svoje ime kao u osobnoj iskaznici.
error-family-name = Upišite svoje prezime kao u osobnoj iskaznici.
error-latin = Vaše ime na potvrdi može biti otisnuto samo latiničnim slovima. Napišite ga i latiničnim slovima, kao u putovnici.
error-birth-date = Upišite datum rođenja ovako: Dan.Mjesec.Godina, na primjer 31.12.1990 ili 31121990.
error-birth-date-no-such-day = Taj dan ne postoji. Provjerite dan i mjesec.
error-birth-date-two-digit-year = Upišite godinu s četiri znamenke, na primjer 1990 umjesto 90.
error-birth-date-future = Taj je datum u budućnosti. Provjerite godinu.
error-birth-date-too-young = Poduka je moguća tek s navršenih { $min } godina.
error-birth-date-implausible = Provjerite godinu: datum je predaleko u prošlosti.
error-name-character = Znak „{ $character }“ nije dopušten u imenu. Dopuštena su slova, razmaci, apostrof, spojnica i točka.
error-name-too-long = Ime je predugo: najviše { $max } znakova.
error-name-no-letter = Ime mora sadržavati barem jedno slovo.
error-title-prefix = Pogreška:
error-email = Provjerite adresu e-pošte ili ostavite polje prazno.
error-name-invisible = Ime sadrži nevidljiv znak ili prijelom retka (na primjer znak za popunjavanje). Molimo upišite ime ponovno umjesto da ga zalijepite.
error-name-direction = Ime sadrži kontrolni znak za smjer pisanja koji mijenja prikaz imena. Molimo upišite ime ponovno.
error-name-joiner = Ime sadrži nevidljiv znak za spajanje na pogrešnom mjestu. Dopušten je samo između dvaju slova pisma kao što su arapsko, perzijsko ili hindsko.
error-name-mixed-script = Jedna riječ imena miješa latinična slova s ćiriličnim ili grčkim slovima koja izgledaju jednako (na primjer М i M). Molimo pišite svaku riječ jednim pismom, kao u putovnici.
error-email-plain = Molimo upišite samo adresu e-pošte, na primjer ime@primjer.hr: bez imena ispred nje, bez znakova < i > i s nazivom domene umjesto IP adrese.

## Overview

course-heading = Vaša poduka
course-progress = Pogledani videozapisi: { $done } od { $total }
chapter-done = pogledano
chapter-open = još nije pogledano
resume-link-heading = Nastavak kasnije
resume-link-text = S ovom poveznicom možete nastaviti kasnije, i na drugom uređaju. Nemojte je nikome davati.
next-quiz = Dalje na pitanja
quiz-locked = Pitanja se otvaraju kada pogledate sve videozapise.

## Chapter

chapter-of = Poglavlje { $number } od { $total }
video-noscript = Da bi se gledanje računalo, ova stranica treba JavaScript. Uključite JavaScript. Sve ostalo radi i bez njega.
video-status = Pogledano: { $percent } %
video-status-done = Ovaj je videozapis pogledan do kraja.
video-status-offline = Nema veze. Vaš napredak bit će poslan čim se veza vrati.
video-hint = Pogledajte svaki videozapis do kraja. Premotavanje unaprijed se ne računa.
video-narrated-in = Jezik videozapisa: { $narration }. Jezik titlova: { $captions }.
video-sign-language = Znakovni jezik (DGS)
chapter-text-heading = Tekst uz videozapis
chapter-next = Sljedeće poglavlje
chapter-overview = Na pregled

## Quiz

quiz-heading = Pitanja o poduci
quiz-intro = Odgovorite na pitanja (ukupno { $count }). Kod nekih pitanja točno je više odgovora: odaberite sve točne. Prolazite s { $percent } % točnih odgovora.
quiz-start = Započni pitanja
quiz-question = Pitanje { $number } od { $count }
quiz-submit = Pošalji odgovore
quiz-passed = Položeno: točnih odgovora { $score } od { $count }.
quiz-failed = Nažalost, nije položeno: točnih odgovora { $score } od { $count }.
quiz-retry = Pokušaj ponovno
quiz-attempts-left = Preostali pokušaji: { $left }.
quiz-rewatch = Iskoristili ste sve pokušaje. Ponovno pogledajte videozapise. Tada možete ponovno odgovoriti na pitanja.
quiz-correct = Točno
quiz-wrong = Netočno
quiz-next = Dalje na izjavu
quiz-choose-all = Odaberite sve točne odgovore.
quiz-your-answer = Vaš odgovor
quiz-right-answer = Točan odgovor
quiz-no-answer = nema odgovora
quiz-next-question = Dalje
quiz-previous = Natrag na prethodno pitanje
quiz-to-review = Dalje na vaše odgovore
quiz-review-heading = Vaši odgovori
quiz-review-intro = Provjerite svoje odgovore. Poveznica „Promijeni“ vraća vas na pitanje. Zatim pošaljite odgovore.
quiz-change = Promijeni

## Declaration

declaration-heading = Vaša izjava
declaration-confirm = Da, to izjavljujem.
declaration-handover-heading = Molimo, sada predajte uređaj
declaration-handover = Mlađi ste od 18 godina. Zato izjavu za vas daje vaša majka, vaš otac ili vaš skrbnik (§ 43. st. 6. IfSG-a). Molimo, sada dajte uređaj toj osobi.
declaration-handover-continue = Ja sam majka, otac ili skrbnik – dalje
declaration-carer-link = Izjavu za mene daje moj skrbnik (Betreuer)
declaration-representative-heading = Izjava za drugu osobu
declaration-representative-intro = Dajete izjavu za osobu { $name }. Upišite svoje ime kako piše u vašoj osobnoj iskaznici.
declaration-representative-facts = Činjenice koje opravdavaju zabranu rada su, na primjer: proljev s više od dvije rijetke stolice na dan; povraćanje; visoka vrućica s jakom glavoboljom, bolovima u trbuhu ili u zglobovima; žuta koža ili žute oči; gnojne ili vlažne rane ili mjesta na koži; ili nalaz liječnika ili laboratorija: salmonele, šigele, EHEC, uzročnici trbušnog tifusa ili kolere ili hepatitis A ili E. Ako znate za takve činjenice kod osobe { $name }, nemojte dati izjavu i obratite se zdravstvenom uredu.
declaration-role-legend = Izjavu dajete kao
declaration-role-parent = Majka ili otac s roditeljskom skrbi
declaration-role-guardian = Skrbnik (imenovao ga je obiteljski sud)
declaration-role-carer = Skrbnik punoljetne osobe (Betreuer); vaše područje zadaća obuhvaća ovu izjavu
representative-given-name-label = Vaše ime
representative-family-name-label = Vaše prezime
declaration-representative-next = Dalje na izjavu
declaration-german-heading = Obvezujući njemački tekst
declaration-translation-heading = Prijevod
error-role = Molimo odaberite u kojem svojstvu dajete izjavu.
error-representative-is-holder = Molimo upišite svoje ime: izjavu daje osoba koja je daje za drugu osobu, a ne sama osoba koja je prošla poduku.
declaration-submit = Daj izjavu i preuzmi potvrdu
declaration-required = Potvrdite izjavu. Ako znate za razloge za zabranu rada, ne smijete početi raditi taj posao: obratite se svom zdravstvenom uredu.

## Done

done-heading = Gotovo! Ovo je vaša potvrda.
done-code = Kôd potvrde
done-download = Preuzmi potvrdu (PDF)
done-view = Pogledaj potvrdu kao web-stranicu: za čitanje naglas i za ispis
certificate-view-heading = Vaša potvrda
certificate-view-intro = Ovo je ista potvrda kao PDF datoteka, ali kao web-stranica za čitanje naglas i za ispis. Svaka se verzija može provjeriti pomoću koda.
done-mailed = Potvrdu šaljemo i na { $email }.
done-employer = Dajte potvrdu svom poslodavcu. Prvog radnog dana ne smije biti starija od tri mjeseca.
done-verify = Svatko može provjeriti potvrdu pomoću QR koda.

## Errors

error-heading = To nije uspjelo
error-not-found = Ova stranica ne postoji.
error-session = Ova je poduka započeta na drugom uređaju ili poveznica nije potpuna. Otvorite poveznicu koju ste spremili.
error-expired = Obrazac je bio predugo otvoren. Pokušajte ponovno.
error-unavailable = Usluga trenutačno nije dostupna. Vaši su podaci spremljeni. Pokušajte ponovno za nekoliko minuta.
error-too-many = S vaše internetske veze upravo je pokrenuto previše prijava. Molimo pokušajte ponovno za nekoliko minuta.
error-back = Natrag na početak

## Pages of the health office

accessibility-heading = Izjava o pristupačnosti
privacy-heading = Obavijest o zaštiti podataka
imprint-heading = Impresum
accessibility-sign-language = Poglavlja s videozapisom na njemačkom znakovnom jeziku (DGS): { $chapters }.
accessibility-sign-language-none = Još nijedno poglavlje nema videozapis na njemačkom znakovnom jeziku (DGS).
imprint-pictures = Slike u videozapisima potječu iz projekta OpenMoji (openmoji.org), pod licencom CC BY-SA 4.0.
privacy-short-heading = Najvažnije ukratko
privacy-short = { $office } obrađuje vaše ime, datum rođenja, vaše odgovore i vašu izjavu kako bi vas podučio prema § 43. Infektionsschutzgesetz i izdao vam potvrdu. Potvrda se izdaje automatski kada pogledate sve videozapise, položite pitanja i date izjavu. Tko zna kôd potvrde, može je provjeriti i vidi vaše ime, datum rođenja, datum poduke i je li potvrda valjana. Nedovršena poduka briše se nakon { $days } dana, potvrda nakon { $years } godina. Imate pravo na pristup, ispravak i pritužbu. Pitanja na: { $email }.
privacy-full-german = U nastavku slijedi potpuna obavijest o zaštiti podataka na njemačkom jeziku; ona je obvezujuća.
office-text-german = Zdravstveni ured izdaje ovaj tekst samo na njemačkom jeziku.
privacy-sections-heading = Potpuna obavijest o zaštiti podataka
privacy-section-previous = Prethodni odjeljak
privacy-section-next = Sljedeći odjeljak
privacy-section-overview = Svi odjeljci obavijesti o zaštiti podataka

## Links, access and the certificate by one-time code

resume-link-create = Izradi poveznicu
resume-link-once = Poveznica vrijedi samo jednom i { $days } dana.
resume-link-copy = Kopiraj poveznicu
resume-link-copied = Kopirano
resume-link-mail = Pošalji poveznicu na moju adresu e-pošte
resume-link-mailed = Poslali smo novu poveznicu na vašu adresu e-pošte. Vrijedi samo jednom.
resume-link-no-address = Niste naveli adresu e-pošte. Izradite poveznicu ovdje i zapišite je.
resume-spent-heading = Ova poveznica više ne vrijedi
resume-spent-text = Poveznica je već korištena ili je istekla. Svaka poveznica vrijedi samo jednom.
resume-spent-mail = Možemo vam poslati novu poveznicu na vašu e-adresu.
resume-spent-mail-button = Pošalji novu poveznicu e-poštom
resume-spent-no-mail = Za ovu poduku nije spremljena e-adresa. Otvorite poduku u pregledniku u kojem ste je započeli ili se obratite zdravstvenom uredu.
resume-mailed = Poslali smo novu poveznicu na vašu e-adresu. Vrijedi samo jednom.
error-access-ended = Vaša potvrda je već izdana. Radi vaše zaštite ovaj je pristup više ne otvara. PDF dobivate pomoću koda potvrde, datuma rođenja i jednokratnog koda poslanog e-poštom.
pdf-heading = Preuzmi potvrdu
pdf-intro = Unesite kod potvrde i datum rođenja. Šaljemo jednokratni kod na e-adresu koju ste naveli pri prijavi.
pdf-send = Pošalji jednokratni kod
pdf-sent = Ako podaci odgovaraju potvrdi s e-adresom, tamo smo poslali jednokratni kod. Vrijedi { $minutes } minuta.
pdf-one-time-label = Jednokratni kod iz e-pošte
pdf-download = Preuzmi PDF
pdf-view = Pogledaj kao web-stranicu: za čitanje naglas ili za ispis
pdf-code-wrong = Jednokratni kod je pogrešan ili više ne vrijedi. Nakon 5 pokušaja više ne vrijedi: tada zatražite novi.
pdf-code-malformed = Provjerite kod potvrde: 16 znakova, na primjer ABCD-EFGH-JKMN-PQRS.
pdf-office = Niste naveli e-adresu? Zdravstveni ured izdat će vam novi primjerak.

## Verify page (/pruefen)

verify-title = Provjera potvrde
verify-intro = Ovdje zdravstveni ured, poslodavci i inspekcija za hranu provjeravaju potvrdu prema § 43. st. 1. IfSG-a.
verify-enter-code = Kôd potvrde
verify-code-hint = 16 znakova, na primjer ABCD-EFGH-JKMN-PQRS
verify-check = Provjeri
verify-valid = Valjana: ova je potvrda izdana i nije proglašena nevažećom.
verify-revoked = Proglašena nevažećom: ova potvrda više ne vrijedi.
verify-unknown = Nepoznato: za ovaj kôd ne postoji potvrda.
verify-deleted = Izbrisana nakon isteka roka čuvanja: zdravstveni ured izdao je potvrdu s ovim kôdom i nakon roka čuvanja izbrisao njezine podatke. Potvrda i dalje vrijedi; duplikat više nije moguć.
verify-deleted-revoked = Izbrisana nakon isteka roka čuvanja: ova je potvrda bila proglašena nevažećom. Njezini su podaci izbrisani nakon roka čuvanja.
verify-deleted-check = Ime i datum rođenja više nisu pohranjeni. Provjerite osobu pomoću digitalnog potpisa iz QR koda (dolje) i osobne isprave.
verify-issued-at = Izdana dana
verify-deleted-at = Izbrisana dana
verify-typo = Pogreška pri upisu: takav kôd nije moguć. Usporedite ga znak po znak.
verify-malformed = Ovo nije kôd potvrde (16 znakova od brojki i slova).
verify-holder = Vlasnik/vlasnica
verify-latin-spelling = Pisanje u putovnici (latinicom)
verify-birth-date = Datum rođenja
verify-instructed-at = Datum poduke
verify-issuer = Izdavatelj
verify-guardian = Izjavu je dao/dala (§ 43. st. 6. IfSG-a)
verify-revoked-at = Proglašena nevažećom dana
verify-reason = Razlog
verify-valid-until = Vrijedi za prvo započinjanje rada do { $date }, nakon toga vrijedi bez vremenskog ograničenja.
verify-signature-heading = Digitalni potpis iz QR koda
verify-signature-noscript = Bez JavaScripta ova stranica provjerava zapis u zdravstvenom uredu (gore). S JavaScriptom dodatno provjerava i potpis iz QR koda.
verify-signature-none = Ova je stranica otvorena bez QR koda; nema potpisa za provjeru.
verify-signature-checking = Potpis se provjerava …
verify-signature-valid = Potpis je pravi i odgovara ovoj potvrdi.
verify-signature-invalid = Potpis NIJE valjan: podaci su promijenjeni ili ne potječu od zdravstvenog ureda.
verify-upload-heading = Provjera PDF datoteke
verify-upload-hint = Provjerava je li zdravstveni ured izdao PDF datoteku točno ovakvu.
verify-upload = Provjeri datoteku
verify-upload-exact = Ova je datoteka izdana točno ovakva.
verify-upload-not-exact = Ova datoteka NIJE izdana ovakva (promijenjena je ili pripada drugoj potvrdi).
verify-upload-missing = Odaberite PDF datoteku.
verify-language = Jezik
verify-development-key = Razvojni ključ — nije valjana: ova je potvrda potpisana razvojnim ključem (test ili demonstracija) i nije valjana potvrda zdravstvenog ureda.
verify-signature-development = Potpis potječe od razvojnog ključa — nije valjan. Takva je potvrda samo test.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Izdana greškom
verify-revocation-replaced = Zamijenjena novom potvrdom
verify-revocation-obtained-by-deception = Pribavljena prijevarom
verify-revocation-other = Drugi razlog

## How the identity is checked

identity-heading = Kako provjeravamo tko ste
identity-intro = Na potvrdi je vaše ime. Zato zdravstveni ured provjerava jeste li to zaista vi. Odaberite kako:
identity-choose = Odaberite kako ćete dokazati svoj identitet.
identity-staff = Pokazivanje osobnog dokumenta u zdravstvenom uredu
identity-staff-needs = Sada poduku radite online. Nakon toga pokažete osobnu iskaznicu, putovnicu ili dozvolu boravka u zdravstvenom uredu: osobno ili u videopozivu. Tek tada dobivate potvrdu.
identity-bundid = S online osobnom iskaznicom (BundID)
identity-bundid-needs = Trebate: osobnu iskaznicu s online funkcijom, pametni telefon s NFC-om i svoj šesteroznamenkasti PIN. Potvrdu dobivate odmah.
identity-none = Ovaj zdravstveni ured ne provjerava vaš osobni dokument. Potvrda vrijedi samo uz službeni osobni dokument s fotografijom.
identity-bundid-login = Prijava s online osobnom iskaznicom
identity-or-typed = Ili sami upišite svoje podatke
identity-bundid-fixed = Ime i datum rođenja dolaze iz vaše online osobne iskaznice. Ovdje ih ne možete promijeniti.
bundid-refused-title = Prijava s online osobnom iskaznicom nije uspjela
bundid-refused = Ništa nije spremljeno. Prijavite se ponovno.
bundid-too-low = Ovaj zdravstveni ured traži online osobnu iskaznicu. Vaša prijava imala je nižu razinu sigurnosti. Prijavite se osobnom iskaznicom i njezinim PIN-om.
bundid-expired = Vaša je prijava istekla. Prijavite se ponovno.
bundid-again = Prijavite se ponovno
pending-heading = Još malo: pokažite osobni dokument
pending-intro = Vaša je izjava spremljena. Zdravstveni ured izdaje potvrdu čim provjeri vaš osobni dokument. Tada navedite broj svojeg predmeta.
pending-case = Broj vašeg predmeta
pending-office = Kako dalje sa zdravstvenim uredom:
pending-booking = Rezerviraj videopoziv
pending-rejected = Zdravstveni ured nije mogao potvrditi vaš identitet. Obratite se zdravstvenom uredu.

## Fees
fee-free = Poduka je besplatna.
fee-before-course = Poduka košta { $amount }. Plaćate prije tečaja.
fee-before-certificate = Poduka košta { $amount }. Plaćate nakon poduke, prije nego što dobijete potvrdu.
fee-heading = Plaćanje pristojbe
fee-intro-course = Poduka košta { $amount }. Molimo vas da najprije platite. Nakon toga počinje tečaj.
fee-intro-certificate = Vaša je izjava spremljena. Poduka košta { $amount }. Čim platite, dobit ćete svoju potvrdu.
fee-online-heading = Plaćanje online
fee-online-text = Plaćate putem usluge plaćanja savezne pokrajine, na primjer kreditnom karticom, PayPalom ili preko svoje banke. Nakon toga se vraćate ovamo.
fee-online-button = Platite { $amount } sada
fee-online-missing = U ovom zdravstvenom uredu još se ne može platiti online. Platite vaučerom ili u zdravstvenom uredu.
fee-payment-open = Vaše plaćanje još nije završeno. Ako ste već platili, pričekajte trenutak i ponovno učitajte ovu stranicu.
fee-payment-cancelled = Plaćanje je prekinuto. Možete pokušati ponovno.
fee-payment-failed = Plaćanje nije uspjelo. Možete pokušati ponovno ili platiti na drugi način.
fee-unavailable = Usluga plaćanja trenutačno nije dostupna. Pokušajte ponovno za nekoliko minuta. Vaši podaci ostaju spremljeni.
fee-not-offered = Ovaj zdravstveni ured to ne nudi.
fee-voucher-heading = Plaćanje vaučerom
fee-voucher-label = Kôd vaučera (na primjer ABCD-EFGH-JKMN)
fee-voucher-button = Iskoristi vaučer
fee-voucher-invalid = Ovaj vaučer ne vrijedi. Nepoznat je, već iskorišten ili je istekao.
fee-voucher-typo = U kôdu je pogreška pri upisu. Provjerite svaki znak.
fee-waiver-heading = Oslobađanje od pristojbe
fee-waiver-text = Zdravstveni ured oslobađa od pristojbe za:
fee-waiver-volunteer = volonterski rad, na primjer u udruzi ili u Tafel (banka hrane)
fee-waiver-internship = školsku praksu
fee-waiver-benefits = osobe koje primaju Bürgergeld (osnovna socijalna pomoć), Sozialhilfe (socijalna pomoć) ili Asylbewerberleistungen (davanja za tražitelje azila)
fee-waiver-reason = Kratko obrazloženje, na primjer naziv udruge ili škole
fee-waiver-button = Podnesi zahtjev za oslobađanje
fee-waiver-staff-note = Zdravstveni ured provjerava vaš zahtjev. Može zatražiti dokaz.
fee-waiver-choose = Odaberite po kojoj osnovi tražite oslobađanje.
fee-waiver-reason-missing = Napišite kratko obrazloženje (najviše { $max } znakova).
fee-waiver-pending = Vaš je zahtjev za oslobađanje spremljen. Zdravstveni ured ga provjerava. Kasnije ponovno pogledajte ovu stranicu.
fee-waiver-refused = Zdravstveni ured nije odobrio oslobađanje. Platite pristojbu.
fee-desk = Pristojbu možete platiti i u zdravstvenom uredu.
done-fee-online = Plaćeno: { $amount } dana { $date }, referentni broj uplate { $reference }.
done-fee-voucher = Plaćeno vaučerom { $reference } dana { $date }.
done-fee-waiver = Oslobađanje od pristojbe odobreno dana { $date }.
done-fee-desk = Plaćeno u zdravstvenom uredu: { $amount } dana { $date }.

## Wallet
wallet-credential-name = Potvrda prema § 43 Infektionsschutzgesetz (Zakon o zaštiti od infekcija)
wallet-claim-given_name = Ime
wallet-claim-family_name = Prezime
wallet-claim-birthdate = Datum rođenja
wallet-claim-instructed_on = Datum poduke
wallet-claim-issuing_authority = Zdravstveni ured
wallet-claim-certificate_code = Kôd potvrde
wallet-claim-identity_check = Provjera identiteta
wallet-claim-given_name_latin = Ime latiničnim slovima
wallet-claim-family_name_latin = Prezime latiničnim slovima
wallet-heading = Potvrda u vašem digitalnom novčaniku
wallet-what = Digitalni novčanik (wallet) je aplikacija na mobitelu za dokumente, na primjer EUDI-Wallet. U njega možete spremiti potvrdu i pokazati je svojem poslodavcu ili inspekciji za hranu.
wallet-pdf-stays = Ne trebate digitalni novčanik: potvrda kao PDF vrijedi i bez njega.
wallet-button = Dodajte potvrdu u digitalni novčanik
wallet-offer-heading = Dodavanje u digitalni novčanik
wallet-offer-scan = Skenirajte ovaj kod aplikacijom novčanika. Ako je novčanik na ovom mobitelu, dodirnite gumb.
wallet-offer-qr = QR kod za digitalni novčanik
wallet-offer-open = Otvorite novčanik na ovom mobitelu
wallet-offer-pin = Novčanik traži PIN. Vaš PIN:
wallet-offer-pin-mailed = Novčanik traži PIN. Poslali smo vam ga e-poštom na { $email }.
wallet-offer-expiry = Kod i PIN vrijede 15 minuta i samo jednom. Nakon toga ovdje dobivate nove.
wallet-offer-back = Natrag na potvrdu
wallet-check-heading = Provjera potvrde iz digitalnog novčanika
wallet-check-intro = Za poslodavce i inspekciju za hranu: osoba pokazuje potvrdu iz svojeg digitalnog novčanika. Za to novčaniku trebaju ovaj primatelj i ova jednokratna vrijednost.
wallet-check-audience = Primatelj
wallet-check-nonce = Jednokratna vrijednost
wallet-check-label = Dokaz iz novčanika (SD-JWT s Key-Binding-JWT)
wallet-check-button = Provjeri
wallet-check-valid = Valjan: potpisao ga je zdravstveni ured, nije opozvan i pokazan je novčanikom te osobe.
wallet-check-revoked = Opozvana: ova potvrda više ne vrijedi.
wallet-check-development = Potpisan testnim ključem: ovo nije valjan dokaz.
wallet-check-claims = Pokazani podaci
wallet-check-office = Izdavatelj
wallet-check-again = Provjerite drugi dokaz
wallet-check-invalid-form = Nije valjan: ovo nije potpun dokaz iz digitalnog novčanika.
wallet-check-invalid-signature = Nije valjan: potpis nije ispravan ili izdavatelj nije zdravstveni ured ove usluge.
wallet-check-invalid-disclosure = Nije valjan: jedan podatak je promijenjen.
wallet-check-invalid-binding = Nije valjan: dokaz nije pokazan novčanikom te osobe.
wallet-check-invalid-audience = Nije valjan: jednokratna vrijednost je nepoznata, istekla ili već korištena. Ponovno učitajte stranicu i još jednom pokažite dokaz.
wallet-check-invalid-time = Nije valjan: dokaz je prestar. Pokažite ga još jednom.
