# Page texts for learners (Romanian), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Instruire conform § 43 Infektionsschutzgesetz (Legea privind protecția împotriva infecțiilor)
machine-translation-notice = Această traducere a fost realizată automat și nu a fost verificată. Textul german este cel obligatoriu.
machine-translation-link = Citiți în germană
skip-to-content = Salt la conținut
language-label = Limba
language-submit = Schimbați limba
footer-accessibility = Accesibilitate
footer-privacy = Protecția datelor
footer-imprint = Informații legale
footer-verify = Verificarea certificatului

## Pagina de start

start-heading = Instruire online pentru lucrul cu alimente
start-intro = Dacă, în cadrul profesiei, produceți, prelucrați sau comercializați anumite alimente ori lucrați în bucătăriile restaurantelor, cantinelor sau ale altor unități similare (§ 42 alin. (1) și (2) IfSG), aveți nevoie de un certificat de la oficiul de sănătate înainte de prima zi de lucru. Aici faceți instruirea online și primiți certificatul imediat.
start-how-heading = Cum funcționează
start-step-videos = Vizionați { $chapters } videoclipuri scurte cu subtitrare, în total aproximativ { $minutes } min.
start-step-quiz = Răspundeți la câteva întrebări despre videoclipuri.
start-step-declaration = Declarați că nu cunoașteți motive pentru o interdicție de lucru.
start-step-certificate = Primiți certificatul ca fișier PDF.
start-bring-heading = De ce aveți nevoie
start-bring = Actul de identitate sau pașaportul (ca să scrieți numele exact), sunet sau căști și timp: aproximativ { $total } min.
start-cost-heading = Costuri
start-cost = Costurile le stabilește oficiul de sănătate. Le vedeți după ce ați ales oficiul de sănătate.
start-find-office = Găsiți oficiul de sănătate
postcode-label = Codul poștal al localității în care locuiți
postcode-hint = 5 cifre, de exemplu 99999
postcode-search = Căutați oficiul de sănătate
postcode-invalid = Vă rugăm să introduceți un cod poștal din 5 cifre.
postcode-none = Pentru acest cod poștal, niciun oficiu de sănătate nu oferă aici instruirea. Alegeți un oficiu de sănătate din listă sau întrebați oficiul de sănătate.
office-list-heading = Toate oficiile de sănătate
office-choose = Începeți instruirea la acest oficiu de sănătate
office-not-in-language = Acest oficiu de sănătate nu oferă instruirea în limba dumneavoastră.
resume-heading = Continuați
resume-text = Ați început deja. Continuați de unde ați rămas.
resume-button = Continuați

## Datele personale

enrol-heading = Datele dumneavoastră
enrol-intro = Scrieți numele exact ca în actul de identitate sau în pașaport. Aceste date apar pe certificat.
enrol-office = Oficiul de sănătate
given-name-label = Prenume
family-name-label = Nume de familie
latin-intro = Numai dacă numele dumneavoastră este scris cu alt alfabet: numele cu litere latine, ca în pașaport.
given-name-latin-label = Prenume cu litere latine
family-name-latin-label = Nume de familie cu litere latine
birth-date-label = Data nașterii
birth-date-hint = Zi.Lună.An, de exemplu 31.12.1990 sau fără puncte 31121990
email-label = Adresa de e-mail (opțional)
email-hint = Atunci vă trimitem certificatul și prin e-mail.
enrol-privacy = Oficiul de sănătate folosește datele dumneavoastră numai pentru instruire și pentru certificat.
enrol-submit = Mai departe la videoclipuri
form-errors-heading = Vă rugăm să verificați datele:
error-given-name = Vă rugăm să scrieți prenumele ca în actul de identitate.
error-family-name = Vă rugăm să scrieți numele de familie ca în actul de identitate.
error-latin = Pe certificat, numele poate fi tipărit numai cu litere latine. Vă rugăm să îl scrieți și așa cum este în pașaport.
error-birth-date = Vă rugăm să scrieți data nașterii așa: Zi.Lună.An, de exemplu 31.12.1990 sau 31121990.
error-birth-date-no-such-day = Această zi nu există. Vă rugăm să verificați ziua și luna.
error-birth-date-two-digit-year = Vă rugăm să scrieți anul cu patru cifre, de exemplu 1990 în loc de 90.
error-birth-date-future = Această dată este în viitor. Vă rugăm să verificați anul.
error-birth-date-too-young = Instruirea este posibilă numai de la vârsta de { $min } ani.
error-birth-date-implausible = Vă rugăm să verificați anul: data este prea departe în trecut.
error-name-character = Caracterul „{ $character }” nu este permis într-un nume. Sunt permise litere, spații, apostrof, cratimă și punct.
error-name-too-long = Numele este prea lung: numărul maxim de caractere este { $max }.
error-name-no-letter = Un nume trebuie să conțină cel puțin o literă.
error-title-prefix = Eroare:
error-email = Vă rugăm să verificați adresa de e-mail sau să lăsați câmpul gol.
error-name-invisible = Numele conține un caracter invizibil sau un sfârșit de rând (de exemplu un caracter de umplere). Vă rugăm să tastați numele din nou, în loc să îl lipiți.
error-name-direction = Numele conține un caracter de control al direcției scrisului, care schimbă felul în care este afișat numele. Vă rugăm să tastați numele din nou.
error-name-joiner = Numele conține un caracter de legătură invizibil într-un loc greșit. Este permis doar între două litere ale unei scrieri precum araba, persana sau hindi.
error-name-mixed-script = Un cuvânt al numelui amestecă litere latine cu litere chirilice sau grecești care arată la fel (de exemplu М și M). Vă rugăm să scrieți fiecare cuvânt cu un singur alfabet, ca în pașaport.
error-email-plain = Vă rugăm să introduceți doar adresa de e-mail, de exemplu nume@exemplu.ro: fără un nume înainte, fără semnele < și >, și cu un nume de domeniu în loc de o adresă IP.

## Prezentare generală

course-heading = Instruirea dumneavoastră
course-progress = Videoclipuri vizionate: { $done } din { $total }
chapter-done = vizionat
chapter-open = încă nevizionat
resume-link-heading = Continuați mai târziu
resume-link-text = Cu acest link puteți continua mai târziu, și pe alt dispozitiv. Nu dați linkul nimănui.
next-quiz = Mai departe la întrebări
quiz-locked = Întrebările se deschid după ce ați vizionat toate videoclipurile.

## Capitol

chapter-of = Capitolul { $number } din { $total }
video-noscript = Ca vizionarea să fie numărată, această pagină are nevoie de JavaScript. Vă rugăm să porniți JavaScript. Tot restul funcționează și fără.
video-status = Vizionat: { $percent }%
video-status-done = Ați vizionat acest videoclip complet.
video-status-offline = Nu există conexiune. Progresul dumneavoastră va fi trimis imediat ce revine conexiunea.
video-hint = Vizionați fiecare videoclip până la capăt. Derularea înainte nu se numără.
video-narrated-in = Limba videoclipului: { $narration }. Limba subtitrării: { $captions }.
video-sign-language = Limba semnelor (DGS)
chapter-text-heading = Textul videoclipului
chapter-next = Capitolul următor
chapter-overview = Înapoi la prezentarea generală

## Întrebări

quiz-heading = Întrebări despre instruire
quiz-intro = Răspundeți la întrebări. Numărul de întrebări: { $count }. La unele întrebări sunt corecte mai multe răspunsuri: alegeți toate răspunsurile corecte. Pentru a promova, { $percent }% din răspunsuri trebuie să fie corecte.
quiz-start = Începeți întrebările
quiz-question = Întrebarea { $number } din { $count }
quiz-submit = Trimiteți răspunsurile
quiz-passed = Ați promovat. Răspunsuri corecte: { $score } din { $count }.
quiz-failed = Din păcate, nu ați promovat. Răspunsuri corecte: { $score } din { $count }.
quiz-retry = Încercați din nou
quiz-attempts-left = Încercări rămase: { $left }
quiz-rewatch = Ați folosit toate încercările. Vă rugăm să vizionați din nou videoclipurile. Apoi puteți răspunde din nou la întrebări.
quiz-correct = Corect
quiz-wrong = Greșit
quiz-next = Mai departe la declarație
quiz-choose-all = Alegeți toate răspunsurile corecte.
quiz-your-answer = Răspunsul dumneavoastră
quiz-right-answer = Răspunsul corect
quiz-no-answer = niciun răspuns
quiz-next-question = Mai departe
quiz-previous = Înapoi la întrebarea anterioară
quiz-to-review = Mai departe la răspunsurile dumneavoastră
quiz-review-heading = Răspunsurile dumneavoastră
quiz-review-intro = Verificați răspunsurile dumneavoastră. Cu „Modificați” reveniți la întrebare. Apoi trimiteți răspunsurile.
quiz-change = Modificați

## Declarație

declaration-heading = Declarația dumneavoastră
declaration-confirm = Da, declar acest lucru.
declaration-handover-heading = Vă rugăm să dați acum dispozitivul mai departe
declaration-handover = Aveți mai puțin de 18 ani. De aceea, declarația o dă pentru dumneavoastră mama, tatăl sau tutorele dumneavoastră (§ 43 alin. (6) IfSG). Vă rugăm să dați acum dispozitivul acestei persoane.
declaration-handover-continue = Sunt mama, tatăl sau tutorele – mai departe
declaration-carer-link = Ocrotitorul meu legal (Betreuer) dă declarația pentru mine
declaration-representative-heading = Declarație pentru o altă persoană
declaration-representative-intro = Dați declarația pentru { $name }. Scrieți-vă propriul nume, așa cum apare în actul de identitate.
declaration-representative-facts = Fapte care justifică o interdicție de lucru sunt, de exemplu: diaree cu mai mult de două scaune lichide pe zi; vărsături; febră mare cu dureri puternice de cap, de burtă sau de articulații; piele galbenă sau ochi galbeni; răni sau zone ale pielii cu puroi sau care zemuiesc; ori un medic sau un laborator a depistat Salmonella, Shigella, EHEC, germeni de febră tifoidă sau de holeră ori hepatită A sau E. Dacă știți asemenea fapte în cazul persoanei { $name }, nu dați declarația și adresați-vă oficiului de sănătate.
declaration-role-legend = Dați declarația în calitate de
declaration-role-parent = Mamă sau tată care exercită autoritatea părintească
declaration-role-guardian = Tutore (numit de instanța de familie)
declaration-role-carer = Ocrotitor legal al unei persoane majore (Betreuer); atribuțiile dumneavoastră includ această declarație
representative-given-name-label = Prenumele dumneavoastră
representative-family-name-label = Numele dumneavoastră de familie
declaration-representative-next = Mai departe la declarație
declaration-german-heading = Textul german obligatoriu
declaration-translation-heading = Traducere
error-role = Vă rugăm să alegeți în ce calitate dați declarația.
error-representative-is-holder = Vă rugăm să vă scrieți propriul nume: declarația o dă persoana care acționează pentru o altă persoană, nu persoana instruită însăși.
declaration-submit = Dați declarația și primiți certificatul
declaration-required = Vă rugăm să confirmați declarația. Dacă știți motive pentru o interdicție de lucru, nu aveți voie să începeți lucrul: adresați-vă oficiului de sănătate.

## Gata

done-heading = Gata! Iată certificatul dumneavoastră.
done-code = Codul certificatului
done-download = Descărcați certificatul (PDF)
done-view = Vizualizați certificatul ca pagină web: pentru citire cu voce tare și pentru tipărire
certificate-view-heading = Certificatul dumneavoastră
certificate-view-intro = Este același certificat ca fișierul PDF, ca pagină web pentru citire cu voce tare și pentru tipărire. Fiecare variantă poate fi verificată cu ajutorul codului.
done-mailed = Trimitem certificatul și la adresa { $email }.
done-employer = Dați certificatul angajatorului. În prima zi de lucru, certificatul nu poate fi mai vechi de trei luni.
done-verify = Oricine poate verifica certificatul cu ajutorul codului QR.

## Erori

error-heading = Ceva nu a funcționat
error-not-found = Această pagină nu există.
error-session = Această instruire a fost începută pe alt dispozitiv sau linkul este incomplet. Deschideți linkul pe care l-ați salvat.
error-expired = Formularul a fost deschis prea mult timp. Vă rugăm să încercați din nou.
error-unavailable = Serviciul nu este disponibil acum. Datele dumneavoastră sunt salvate. Vă rugăm să încercați din nou peste câteva minute.
error-too-many = De la conexiunea dumneavoastră la internet au fost începute prea multe înscrieri. Vă rugăm să încercați din nou peste câteva minute.
error-back = Înapoi la început

## Paginile oficiului de sănătate

accessibility-heading = Declarație privind accesibilitatea
privacy-heading = Informații privind protecția datelor
imprint-heading = Informații legale
accessibility-sign-language = Capitole cu un videoclip în limba germană a semnelor (DGS): { $chapters }.
accessibility-sign-language-none = Încă niciun capitol nu are un videoclip în limba germană a semnelor (DGS).
imprint-pictures = Imaginile din videoclipuri sunt de la OpenMoji (openmoji.org), sub licența CC BY-SA 4.0.
privacy-short-heading = Pe scurt, cele mai importante informații
privacy-short = { $office } prelucrează numele, data nașterii, răspunsurile și declarația dumneavoastră pentru a vă instrui conform § 43 Infektionsschutzgesetz și pentru a vă emite certificatul. Certificatul se emite automat după ce ați văzut toate videoclipurile, ați trecut întrebările și ați dat declarația. Oricine cunoaște codul certificatului îl poate verifica și vede numele dumneavoastră, data nașterii, data instruirii și dacă certificatul este valabil. O instruire neterminată se șterge după { $days } zile, un certificat după { $years } ani. Aveți dreptul de acces, dreptul la rectificare și dreptul de a depune o plângere. Întrebări la: { $email }.
privacy-full-german = Informarea completă privind protecția datelor urmează în limba germană; aceasta este cea obligatorie.
office-text-german = Oficiul de sănătate publică acest text numai în limba germană.
privacy-sections-heading = Informarea completă privind protecția datelor
privacy-section-previous = Secțiunea anterioară
privacy-section-next = Secțiunea următoare
privacy-section-overview = Toate secțiunile informării privind protecția datelor

## Links, access and the certificate by one-time code

resume-link-create = Creează un link
resume-link-once = Linkul funcționează o singură dată și timp de { $days } zile.
resume-link-copy = Copiază linkul
resume-link-copied = Copiat
resume-link-mail = Trimite un link la adresa mea de e-mail
resume-link-mailed = V-am trimis un link nou la adresa de e-mail. Funcționează o singură dată.
resume-link-no-address = Nu ați indicat o adresă de e-mail. Creați linkul aici și notați-l.
resume-spent-heading = Acest link nu mai este valabil
resume-spent-text = Linkul a fost deja folosit sau a expirat. Fiecare link funcționează o singură dată.
resume-spent-mail = Vă putem trimite un link nou la adresa de e-mail.
resume-spent-mail-button = Trimite un link nou prin e-mail
resume-spent-no-mail = Pentru această instruire nu este salvată nicio adresă de e-mail. Deschideți instruirea în browserul în care ați început-o sau adresați-vă direcției de sănătate.
resume-mailed = V-am trimis un link nou la adresa de e-mail. Funcționează o singură dată.
error-access-ended = Certificatul dumneavoastră a fost deja emis. Pentru protecția dumneavoastră, acest acces nu îl mai deschide. Primiți PDF-ul cu codul certificatului, data nașterii și un cod unic prin e-mail.
pdf-heading = Descărcați certificatul
pdf-intro = Introduceți codul certificatului și data nașterii. Trimitem un cod unic la adresa de e-mail indicată la înscriere.
pdf-send = Trimite codul unic
pdf-sent = Dacă datele se potrivesc cu un certificat cu adresă de e-mail, am trimis acolo un cod unic. Este valabil { $minutes } minute.
pdf-one-time-label = Codul unic din e-mail
pdf-download = Descarcă PDF
pdf-view = Vizualizează ca pagină web: pentru citire cu voce tare sau pentru tipărire
pdf-code-wrong = Codul unic este greșit sau nu mai este valabil. După 5 încercări nu mai este valabil: cereți atunci unul nou.
pdf-code-malformed = Verificați codul certificatului: 16 caractere, de exemplu ABCD-EFGH-JKMN-PQRS.
pdf-office = Nu ați indicat o adresă de e-mail? Direcția de sănătate vă eliberează un exemplar nou.

## Verify page (/pruefen)

verify-title = Verificarea certificatului
verify-intro = Aici oficiul de sănătate, angajatorii și inspecția alimentelor verifică un certificat conform § 43 alin. (1) IfSG.
verify-enter-code = Codul certificatului
verify-code-hint = 16 caractere, de exemplu ABCD-EFGH-JKMN-PQRS
verify-check = Verificare
verify-valid = Valabil: acest certificat a fost emis și nu a fost declarat nevalabil.
verify-revoked = Declarat nevalabil: acest certificat nu mai este valabil.
verify-unknown = Necunoscut: nu există niciun certificat cu acest cod.
verify-deleted = Șters după expirarea termenului de păstrare: oficiul de sănătate a emis un certificat cu acest cod și i-a șters datele după expirarea termenului de păstrare. Certificatul rămâne valabil; un duplicat nu mai este posibil.
verify-deleted-revoked = Șters după expirarea termenului de păstrare: acest certificat fusese declarat nevalabil. Datele lui au fost șterse după expirarea termenului de păstrare.
verify-deleted-check = Numele și data nașterii nu mai sunt stocate. Verificați persoana cu semnătura digitală din codul QR (mai jos) și cu un act de identitate.
verify-issued-at = Emis la data de
verify-deleted-at = Șters la data de
verify-typo = Greșeală de scriere: acest cod nu este posibil. Vă rugăm să îl comparați caracter cu caracter.
verify-malformed = Acesta nu este un cod de certificat (16 caractere din cifre și litere).
verify-holder = Titular/titulară
verify-latin-spelling = Scrierea din pașaport (litere latine)
verify-birth-date = Data nașterii
verify-instructed-at = Data instruirii
verify-issuer = Emis de
verify-guardian = Declarație dată de (§ 43 alin. (6) IfSG)
verify-revoked-at = Declarat nevalabil la data de
verify-reason = Motiv
verify-valid-until = Valabil pentru prima începere a activității până la { $date }; după aceea, valabil fără limită de timp.
verify-signature-heading = Semnătura digitală din codul QR
verify-signature-noscript = Fără JavaScript, această pagină verifică înregistrarea de la oficiul de sănătate (mai sus). Cu JavaScript, verifică în plus semnătura din codul QR.
verify-signature-none = Această pagină a fost deschisă fără cod QR; nu există nicio semnătură de verificat.
verify-signature-checking = Se verifică semnătura …
verify-signature-valid = Semnătura este autentică și corespunde acestui certificat.
verify-signature-invalid = Semnătura NU este valabilă: datele au fost modificate sau nu provin de la oficiul de sănătate.
verify-upload-heading = Verificarea unui fișier PDF
verify-upload-hint = Verifică dacă un fișier PDF a fost emis de oficiul de sănătate exact în această formă.
verify-upload = Verificare fișier
verify-upload-exact = Acest fișier a fost emis exact în această formă.
verify-upload-not-exact = Acest fișier NU a fost emis în această formă (a fost modificat sau aparține altui certificat).
verify-upload-missing = Vă rugăm să alegeți un fișier PDF.
verify-language = Limba
verify-development-key = Cheie de dezvoltare — nevalabil: acest certificat a fost semnat cu o cheie de dezvoltare (test sau demonstrație) și nu este un certificat valabil al oficiului de sănătate.
verify-signature-development = Semnătura provine de la o cheie de dezvoltare — nevalabilă. Un astfel de certificat este doar un test.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Emis din greșeală
verify-revocation-replaced = Înlocuit cu un certificat nou
verify-revocation-obtained-by-deception = Obținut prin înșelăciune
verify-revocation-other = Alt motiv

## Cum se verifică identitatea

identity-heading = Cum verificăm cine sunteți
identity-intro = Pe certificat apare numele dumneavoastră. De aceea, oficiul de sănătate verifică dacă sunteți într-adevăr dumneavoastră. Alegeți cum:
identity-choose = Vă rugăm să alegeți cum vă dovediți identitatea.
identity-staff = Arătați actul de identitate la oficiul de sănătate
identity-staff-needs = Acum faceți instruirea online. Apoi arătați cartea de identitate, pașaportul sau permisul de ședere la oficiul de sănătate: la sediu sau într-un apel video. Abia atunci primiți certificatul.
identity-bundid = Cu cartea de identitate online (BundID)
identity-bundid-needs = Aveți nevoie de: cartea de identitate cu funcție online, un smartphone cu NFC și codul PIN din șase cifre. Primiți certificatul imediat.
identity-none = Acest oficiu de sănătate nu vă verifică actul de identitate. Certificatul este valabil numai împreună cu un act de identitate oficial cu fotografie.
identity-bundid-login = Autentificare cu cartea de identitate online
identity-or-typed = Sau introduceți datele dumneavoastră manual
identity-bundid-fixed = Numele și data nașterii vin din cartea dumneavoastră de identitate online. Nu le puteți modifica aici.
bundid-refused-title = Autentificarea cu cartea de identitate online nu a reușit
bundid-refused = Nu s-a salvat nimic. Vă rugăm să vă autentificați din nou.
bundid-too-low = Acest oficiu de sănătate cere cartea de identitate online. Autentificarea dumneavoastră a avut un nivel de securitate mai mic. Vă rugăm să vă autentificați cu cartea de identitate și codul PIN al acesteia.
bundid-expired = Autentificarea dumneavoastră a expirat. Vă rugăm să vă autentificați din nou.
bundid-again = Autentificați-vă din nou
pending-heading = Aproape gata: arătați actul de identitate
pending-intro = Declarația dumneavoastră este salvată. Oficiul de sănătate emite certificatul imediat ce v-a verificat actul de identitate. Atunci spuneți numărul dosarului dumneavoastră.
pending-case = Numărul dosarului dumneavoastră
pending-office = Cum continuați cu oficiul de sănătate:
pending-booking = Programați un apel video
pending-rejected = Oficiul de sănătate nu v-a putut confirma identitatea. Vă rugăm să vă adresați oficiului de sănătate.

## Fees
fee-free = Instruirea este gratuită.
fee-before-course = Instruirea costă { $amount }. Plătiți înainte de curs.
fee-before-certificate = Instruirea costă { $amount }. Plătiți după instruire, înainte să primiți certificatul.
fee-heading = Plata taxei
fee-intro-course = Instruirea costă { $amount }. Vă rugăm să plătiți mai întâi. Apoi începe cursul.
fee-intro-certificate = Declarația dumneavoastră este salvată. Instruirea costă { $amount }. Imediat ce ați plătit, primiți certificatul.
fee-online-heading = Plata online
fee-online-text = Plătiți prin serviciul de plată al landului (statul federal), de exemplu cu cardul de credit, cu PayPal sau prin banca dumneavoastră. Apoi reveniți aici.
fee-online-button = Plătiți acum { $amount }
fee-online-missing = La acest oficiu de sănătate nu se poate plăti încă online. Plătiți cu un voucher sau la oficiul de sănătate.
fee-payment-open = Plata dumneavoastră nu este încă finalizată. Dacă ați plătit deja, vă rugăm să așteptați puțin și să reîncărcați această pagină.
fee-payment-cancelled = Plata a fost anulată. Puteți încerca din nou.
fee-payment-failed = Plata nu a reușit. Puteți încerca din nou sau puteți plăti altfel.
fee-unavailable = Serviciul de plată nu este disponibil acum. Vă rugăm să încercați din nou peste câteva minute. Datele dumneavoastră rămân salvate.
fee-not-offered = Acest oficiu de sănătate nu oferă această posibilitate.
fee-voucher-heading = Plata cu voucher
fee-voucher-label = Codul voucherului (de exemplu ABCD-EFGH-JKMN)
fee-voucher-button = Folosiți voucherul
fee-voucher-invalid = Acest voucher nu este valabil. Este necunoscut, deja folosit sau expirat.
fee-voucher-typo = Codul are o greșeală de scriere. Vă rugăm să verificați fiecare caracter.
fee-waiver-heading = Scutire de taxă
fee-waiver-text = Oficiul de sănătate acordă scutire de taxă pentru:
fee-waiver-volunteer = muncă voluntară, de exemplu într-o asociație sau la Tafel (bancă de alimente)
fee-waiver-internship = un stagiu de practică școlar
fee-waiver-benefits = persoane care primesc Bürgergeld (venit minim), Sozialhilfe (ajutor social) sau Asylbewerberleistungen (prestații pentru solicitanții de azil)
fee-waiver-reason = Motiv scurt, de exemplu numele asociației sau al școlii
fee-waiver-button = Cereți scutirea
fee-waiver-staff-note = Oficiul de sănătate vă verifică cererea. Vă poate cere o dovadă.
fee-waiver-choose = Vă rugăm să alegeți motivul pentru scutire.
fee-waiver-reason-missing = Vă rugăm să scrieți un motiv scurt (cel mult { $max } caractere).
fee-waiver-pending = Cererea dumneavoastră de scutire este salvată. Oficiul de sănătate o verifică. Reveniți mai târziu pe această pagină.
fee-waiver-refused = Oficiul de sănătate nu a aprobat scutirea. Vă rugăm să plătiți taxa.
fee-desk = Puteți plăti taxa și la oficiul de sănătate.
done-fee-online = Plătit: { $amount } la { $date }, referința plății { $reference }.
done-fee-voucher = Plătit cu voucherul { $reference } la { $date }.
done-fee-waiver = Scutire de taxă acordată la { $date }.
done-fee-desk = Plătit la oficiul de sănătate: { $amount } la { $date }.

## Wallet
wallet-credential-name = Certificat conform § 43 Infektionsschutzgesetz (Legea privind protecția împotriva infecțiilor)
wallet-claim-given_name = Prenume
wallet-claim-family_name = Nume de familie
wallet-claim-birthdate = Data nașterii
wallet-claim-instructed_on = Data instruirii
wallet-claim-issuing_authority = Oficiul de sănătate
wallet-claim-certificate_code = Codul certificatului
wallet-claim-identity_check = Verificarea identității
wallet-claim-given_name_latin = Prenume cu litere latine
wallet-claim-family_name_latin = Nume de familie cu litere latine
wallet-heading = Certificatul în portofelul dumneavoastră digital
wallet-what = Un portofel digital (wallet) este o aplicație pe telefon pentru documente, de exemplu EUDI-Wallet. Puteți salva acolo certificatul și îl puteți arăta angajatorului sau inspecției alimentelor.
wallet-pdf-stays = Nu aveți nevoie de un portofel digital: certificatul în format PDF este valabil și fără el.
wallet-button = Adăugați certificatul în portofelul digital
wallet-offer-heading = Adăugare în portofelul digital
wallet-offer-scan = Scanați acest cod cu aplicația portofelului. Dacă portofelul este pe acest telefon, atingeți butonul.
wallet-offer-qr = Cod QR pentru portofelul digital
wallet-offer-open = Deschideți portofelul pe acest telefon
wallet-offer-pin = Portofelul vă cere un cod PIN. Codul dumneavoastră PIN:
wallet-offer-pin-mailed = Portofelul vă cere un cod PIN. Vi l-am trimis prin e-mail la adresa { $email }.
wallet-offer-expiry = Codul și codul PIN sunt valabile 15 minute și o singură dată. După aceea primiți aici altele noi.
wallet-offer-back = Înapoi la certificat
wallet-check-heading = Verificarea unui certificat dintr-un portofel digital
wallet-check-intro = Pentru angajatori și inspecția alimentelor: persoana arată certificatul din portofelul său digital. Pentru aceasta, portofelul are nevoie de acest destinatar și de această valoare unică.
wallet-check-audience = Destinatar
wallet-check-nonce = Valoare unică
wallet-check-label = Document din portofel (SD-JWT cu Key-Binding-JWT)
wallet-check-button = Verificare
wallet-check-valid = Valabil: semnat de oficiul de sănătate, nerevocat și arătat cu portofelul persoanei.
wallet-check-revoked = Revocat: acest certificat nu mai este valabil.
wallet-check-development = Semnat cu o cheie de test: acesta nu este un document valabil.
wallet-check-claims = Date arătate
wallet-check-office = Emis de
wallet-check-again = Verificați alt document
wallet-check-invalid-form = Nevalabil: acesta nu este un document complet dintr-un portofel digital.
wallet-check-invalid-signature = Nevalabil: semnătura nu se potrivește sau emitentul nu este un oficiu de sănătate al acestui serviciu.
wallet-check-invalid-disclosure = Nevalabil: o informație a fost modificată.
wallet-check-invalid-binding = Nevalabil: documentul nu a fost arătat cu portofelul persoanei.
wallet-check-invalid-audience = Nevalabil: valoarea unică este necunoscută, a expirat sau a fost deja folosită. Reîncărcați pagina și arătați din nou documentul.
wallet-check-invalid-time = Nevalabil: documentul este prea vechi. Arătați-l din nou.
