# Page texts for learners (Albanian), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Udhëzim sipas § 43 Infektionsschutzgesetz (Ligji për Mbrojtjen nga Infeksionet)
machine-translation-notice = Ky përkthim është bërë me makinë dhe nuk është kontrolluar. I detyrueshëm është teksti në gjermanisht.
machine-translation-link = Lexo në gjermanisht
skip-to-content = Kalo te përmbajtja
language-label = Gjuha
language-submit = Ndrysho gjuhën
footer-accessibility = Aksesueshmëria
footer-privacy = Mbrojtja e të dhënave
footer-imprint = Impressum
footer-verify = Kontrolli i vërtetimit

## Faqja kryesore

start-heading = Udhëzim online për punën me ushqime
start-intro = Kush profesionalisht prodhon, përpunon ose tregton ushqime të caktuara, ose punon në kuzhinat e restoranteve, mensave dhe institucioneve të ngjashme (§ 42 par. 1 dhe 2 IfSG), ka nevojë për një vërtetim të zyrës shëndetësore para ditës së parë të punës. Këtu e bëni udhëzimin online dhe e merrni vërtetimin menjëherë.
start-how-heading = Si funksionon
start-step-videos = Shikoni { $chapters } video të shkurtra me titra, gjithsej rreth { $minutes } minuta.
start-step-quiz = U përgjigjeni disa pyetjeve për videot.
start-step-declaration = Deklaroni se nuk dini asnjë arsye për një ndalim pune.
start-step-certificate = E merrni vërtetimin si skedar PDF.
start-bring-heading = Çfarë ju duhet
start-bring = Letërnjoftimi ose pasaporta juaj (për ta shkruar saktë emrin tuaj), rreth { $total } minuta kohë dhe zë ose kufje.
start-cost-heading = Kostoja
start-cost = Koston e përcakton zyra juaj shëndetësore. E shihni kur të keni zgjedhur zyrën tuaj shëndetësore.
start-find-office = Gjeni zyrën tuaj shëndetësore
postcode-label = Kodi postar i vendit ku banoni
postcode-hint = 5 shifra, për shembull 99999
postcode-search = Kërko zyrën shëndetësore
postcode-invalid = Ju lutemi shkruani një kod postar me 5 shifra.
postcode-none = Për këtë kod postar asnjë zyrë shëndetësore nuk e ofron udhëzimin këtu. Zgjidhni një zyrë shëndetësore nga lista ose pyesni zyrën tuaj shëndetësore.
office-list-heading = Të gjitha zyrat shëndetësore
office-choose = Fillo udhëzimin te kjo zyrë shëndetësore
office-not-in-language = Kjo zyrë shëndetësore nuk e ofron udhëzimin në gjuhën tuaj.
resume-heading = Vazhdoni
resume-text = Ju keni filluar tashmë. Vazhdoni aty ku e latë.
resume-button = Vazhdo

## Të dhënat personale

enrol-heading = Të dhënat tuaja
enrol-intro = Shkruajeni emrin tuaj si në letërnjoftim ose në pasaportë. Këto të dhëna shkruhen në vërtetim.
enrol-office = Zyra shëndetësore
given-name-label = Emri (emrat)
family-name-label = Mbiemri
latin-intro = Vetëm nëse emri juaj është shkruar me një alfabet tjetër: emri juaj me shkronja latine, si në pasaportë.
given-name-latin-label = Emri (emrat) me shkronja latine
family-name-latin-label = Mbiemri me shkronja latine
birth-date-label = Data e lindjes
birth-date-hint = Dita.Muaji.Viti, për shembull 31.12.1990 ose pa pika 31121990
email-label = Adresa e emailit (nuk është e detyrueshme)
email-hint = Atëherë jua dërgojmë vërtetimin edhe me email.
enrol-privacy = Zyra shëndetësore i përdor të dhënat tuaja vetëm për udhëzimin dhe vërtetimin.
enrol-submit = Vazhdo te videot
form-errors-heading = Ju lutemi kontrolloni të dhënat tuaja:
error-given-name = Ju lutemi shkruani emrin tuaj, si në letërnjoftim.
error-family-name = Ju lutemi shkruani mbiemrin tuaj, si në letërnjoftim.
error-latin = Emri juaj mund të shtypet në vërtetim vetëm me shkronja latine. Ju lutemi shkruajeni edhe me shkronja latine, ashtu si është në pasaportë.
error-birth-date = Ju lutemi shkruani datën e lindjes kështu: Dita.Muaji.Viti, për shembull 31.12.1990 ose 31121990.
error-birth-date-no-such-day = Kjo ditë nuk ekziston. Ju lutemi kontrolloni ditën dhe muajin.
error-birth-date-two-digit-year = Ju lutemi shkruani vitin me katër shifra, për shembull 1990 në vend të 90.
error-birth-date-future = Kjo datë është në të ardhmen. Ju lutemi kontrolloni vitin.
error-birth-date-too-young = Udhëzimi është i mundur vetëm nga mosha { $min } vjeç e lart.
error-birth-date-implausible = Ju lutemi kontrolloni vitin: data është shumë larg në të kaluarën.
error-name-character = Shenja „{ $character }“ nuk lejohet në një emër. Lejohen shkronjat, hapësirat, apostrofi, viza lidhëse dhe pika.
error-name-too-long = Emri është shumë i gjatë: më së shumti { $max } shenja.
error-name-no-letter = Një emër duhet të ketë të paktën një shkronjë.
error-title-prefix = Gabim:
error-email = Ju lutemi kontrolloni adresën e emailit ose lëreni fushën bosh.
error-name-invisible = Emri përmban një shenjë të padukshme ose një kalim rreshti (për shembull një shenjë mbushëse). Ju lutemi shkruajeni emrin përsëri në vend që ta ngjitni.
error-name-direction = Emri përmban një shenjë kontrolli për drejtimin e shkrimit, e cila ndryshon mënyrën si shfaqet emri. Ju lutemi shkruajeni emrin përsëri.
error-name-joiner = Emri përmban një shenjë të padukshme lidhëse në vend të gabuar. Ajo lejohet vetëm midis dy shkronjave të një shkrimi si arabishtja, persishtja ose hindishtja.
error-name-mixed-script = Një fjalë e emrit përzien shkronja latine me shkronja cirilike ose greke që duken njësoj (për shembull М dhe M). Ju lutemi shkruajeni çdo fjalë me një alfabet të vetëm, si në pasaportë.
error-email-plain = Ju lutemi shkruani vetëm adresën e email-it, për shembull emri@shembull.al: pa emër para saj, pa shenjat < dhe >, dhe me emër domeni në vend të një adrese IP.

## Përmbledhja

course-heading = Udhëzimi juaj
course-progress = Keni parë { $done } nga { $total } video
chapter-done = e parë
chapter-open = ende e pashikuar
resume-link-heading = Vazhdoni më vonë
resume-link-text = Me këtë lidhje mund të vazhdoni më vonë, edhe në një pajisje tjetër. Mos ia jepni askujt.
next-quiz = Vazhdo te pyetjet
quiz-locked = Pyetjet hapen kur të keni parë të gjitha videot.

## Kapitulli

chapter-of = Kapitulli { $number } nga { $total }
video-noscript = Që shikimi të numërohet, kjo faqe ka nevojë për JavaScript. Ju lutemi aktivizoni JavaScript. Gjithçka tjetër funksionon edhe pa të.
video-status = E parë: { $percent } %
video-status-done = Këtë video e keni parë deri në fund.
video-status-offline = Nuk ka lidhje. Përparimi juaj do të dërgohet sapo të kthehet lidhja.
video-hint = Shikojeni çdo video deri në fund. Kalimi përpara nuk numërohet.
video-narrated-in = Gjuha e videos: { $narration }. Gjuha e titrave: { $captions }.
video-sign-language = Gjuha e shenjave (DGS)
chapter-text-heading = Teksti i videos
chapter-next = Kapitulli tjetër
chapter-overview = Te përmbledhja

## Pyetjet

quiz-heading = Pyetje për udhëzimin
quiz-intro = Përgjigjuni { $count } pyetjeve. Te disa pyetje janë të sakta disa përgjigje: zgjidhni të gjitha përgjigjet e sakta. Kaloni me { $percent } % përgjigje të sakta.
quiz-start = Fillo pyetjet
quiz-question = Pyetja { $number } nga { $count }
quiz-submit = Dërgo përgjigjet
quiz-passed = Kaluat: { $score } nga { $count } përgjigje të sakta.
quiz-failed = Fatkeqësisht nuk kaluat: { $score } nga { $count } përgjigje të sakta.
quiz-retry = Provo përsëri
quiz-attempts-left = Përpjekje të mbetura: { $left }.
quiz-rewatch = Keni përdorur të gjitha përpjekjet. Ju lutemi shikoni përsëri videot. Pastaj mund t'u përgjigjeni përsëri pyetjeve.
quiz-correct = E saktë
quiz-wrong = E gabuar
quiz-next = Vazhdo te deklarata
quiz-choose-all = Zgjidhni të gjitha përgjigjet e sakta.
quiz-your-answer = Përgjigjja juaj
quiz-right-answer = Përgjigjja e saktë
quiz-no-answer = pa përgjigje
quiz-next-question = Tjetra
quiz-previous = Kthehu te pyetja e mëparshme
quiz-to-review = Vazhdo te përgjigjet tuaja
quiz-review-heading = Përgjigjet tuaja
quiz-review-intro = Kontrolloni përgjigjet tuaja. Me „Ndrysho“ ktheheni te pyetja. Pastaj dërgoni përgjigjet.
quiz-change = Ndrysho

## Deklarata

declaration-heading = Deklarata juaj
declaration-confirm = Po, këtë e deklaroj.
declaration-handover-heading = Ju lutemi jepjani tani pajisjen personit tjetër
declaration-handover = Jeni nën 18 vjeç. Prandaj deklaratën për ju e jep nëna juaj, babai juaj ose kujdestari juaj (§ 43 par. 6 IfSG). Ju lutemi jepjani tani pajisjen këtij personi.
declaration-handover-continue = Jam nëna, babai ose kujdestari – vazhdo
declaration-carer-link = Deklaratën për mua e jep kujdestari im ligjor (Betreuer)
declaration-representative-heading = Deklaratë për një person tjetër
declaration-representative-intro = Ju e jepni deklaratën për { $name }. Shkruani emrin tuaj, ashtu si në letërnjoftimin tuaj.
declaration-representative-facts = Fakte që justifikojnë një ndalim pune janë për shembull: diarre me më shumë se dy jashtëqitje të holla në ditë; të vjella; temperaturë e lartë me dhimbje të forta koke, barku ose kyçesh; lëkurë e verdhë ose sy të verdhë; plagë ose vende të lëkurës me qelb ose me lëng; ose një mjek ose laborator ka gjetur Salmonella, Shigella, EHEC, mikrobe të tifos ose të kolerës ose hepatit A ose E. Nëse dini fakte të tilla për { $name }, mos e jepni deklaratën dhe drejtohuni zyrës shëndetësore.
declaration-role-legend = Ju e jepni deklaratën si
declaration-role-parent = Nëna ose babai me përgjegjësi prindërore
declaration-role-guardian = Kujdestar (i caktuar nga gjykata e familjes)
declaration-role-carer = Kujdestar ligjor i një të rrituri (Betreuer); detyrat tuaja e përfshijnë këtë deklaratë
representative-given-name-label = Emri juaj
representative-family-name-label = Mbiemri juaj
declaration-representative-next = Vazhdo te deklarata
declaration-german-heading = Teksti gjerman i detyrueshëm
declaration-translation-heading = Përkthimi
error-role = Ju lutemi zgjidhni në çfarë cilësie e jepni deklaratën.
error-representative-is-holder = Ju lutemi shkruani emrin tuaj: deklaratën e jep personi që e jep për një person tjetër, jo vetë personi që ka marrë udhëzimin.
declaration-submit = Jep deklaratën dhe merr vërtetimin
declaration-required = Ju lutemi konfirmoni deklaratën. Nëse dini arsye për një ndalim pune, nuk duhet ta filloni punën: drejtohuni zyrës suaj shëndetësore.

## Përfundimi

done-heading = Ia dolët! Ja vërtetimi juaj.
done-code = Kodi i vërtetimit
done-download = Shkarko vërtetimin (PDF)
done-view = Shiko vërtetimin si faqe interneti: për lexim me zë dhe për shtypje
certificate-view-heading = Vërtetimi juaj
certificate-view-intro = Ky është i njëjti vërtetim si skedari PDF, por si faqe interneti për lexim me zë dhe për shtypje. Çdo version mund të kontrollohet me kodin.
done-mailed = Vërtetimin e dërgojmë edhe në { $email }.
done-employer = Jepjani vërtetimin punëdhënësit tuaj. Në ditën e parë të punës ai nuk duhet të jetë më i vjetër se tre muaj.
done-verify = Çdokush mund ta kontrollojë vërtetimin me kodin QR.

## Gabimet

error-heading = Kjo nuk funksionoi
error-not-found = Kjo faqe nuk ekziston.
error-session = Ky udhëzim është filluar në një pajisje tjetër, ose lidhja nuk është e plotë. Hapni lidhjen që keni ruajtur.
error-expired = Formulari ishte i hapur shumë gjatë. Ju lutemi provoni përsëri.
error-unavailable = Shërbimi nuk është i arritshëm tani. Të dhënat tuaja janë ruajtur. Ju lutemi provoni përsëri pas disa minutash.
error-too-many = Nga lidhja juaj e internetit sapo u nisën shumë regjistrime. Ju lutemi provoni përsëri pas disa minutash.
error-back = Kthehu në fillim

## Faqet e zyrës shëndetësore

accessibility-heading = Deklarata për aksesueshmërinë
privacy-heading = Njoftimi për mbrojtjen e të dhënave
imprint-heading = Impressum
accessibility-sign-language = Kapitujt me video në gjuhën gjermane të shenjave (DGS): { $chapters }.
accessibility-sign-language-none = Ende asnjë kapitull nuk ka video në gjuhën gjermane të shenjave (DGS).
imprint-pictures = Figurat në video janë nga OpenMoji (openmoji.org), me licencën CC BY-SA 4.0.
privacy-short-heading = Më e rëndësishmja shkurt
privacy-short = { $office } përpunon emrin tuaj, datën e lindjes, përgjigjet dhe deklaratën tuaj, për t'ju udhëzuar sipas § 43 Infektionsschutzgesetz dhe për t'ju lëshuar vërtetimin. Vërtetimi lëshohet automatikisht kur keni parë të gjitha videot, keni kaluar pyetjet dhe keni dhënë deklaratën. Kushdo që e di kodin e vërtetimit mund ta kontrollojë atë dhe sheh emrin tuaj, datën e lindjes, datën e udhëzimit dhe nëse vërtetimi është i vlefshëm. Një udhëzim i papërfunduar fshihet pas { $days } ditësh, një vërtetim pas { $years } vjetësh. Keni të drejtë për informim, korrigjim dhe ankesë. Pyetje në: { $email }.
privacy-full-german = Më poshtë vijon njoftimi i plotë për mbrojtjen e të dhënave në gjermanisht; ai është i detyrueshëm.
office-text-german = Zyra shëndetësore e jep këtë tekst vetëm në gjermanisht.
privacy-sections-heading = Njoftimi i plotë për mbrojtjen e të dhënave
privacy-section-previous = Seksioni i mëparshëm
privacy-section-next = Seksioni tjetër
privacy-section-overview = Të gjitha seksionet e njoftimit për mbrojtjen e të dhënave

## Links, access and the certificate by one-time code

resume-link-create = Krijo një lidhje
resume-link-once = Lidhja funksionon vetëm një herë dhe për { $days } ditë.
resume-link-copy = Kopjo lidhjen
resume-link-copied = U kopjua
resume-link-mail = Dërgo një lidhje në adresën time të emailit
resume-link-mailed = Ju dërguam një lidhje të re në adresën tuaj të emailit. Funksionon vetëm një herë.
resume-link-no-address = Nuk keni dhënë adresë emaili. Krijoni lidhjen këtu dhe shënojeni.
resume-spent-heading = Kjo lidhje nuk vlen më
resume-spent-text = Lidhja është përdorur tashmë ose ka skaduar. Çdo lidhje funksionon vetëm një herë.
resume-spent-mail = Mund t'ju dërgojmë një lidhje të re në adresën tuaj të e-mailit.
resume-spent-mail-button = Dërgo një lidhje të re me e-mail
resume-spent-no-mail = Për këtë udhëzim nuk është ruajtur asnjë adresë e-maili. Hapeni udhëzimin në shfletuesin ku e filluat ose drejtohuni zyrës shëndetësore.
resume-mailed = Ju dërguam një lidhje të re në adresën tuaj të e-mailit. Funksionon vetëm një herë.
error-access-ended = Vërtetimi juaj është lëshuar tashmë. Për mbrojtjen tuaj, kjo qasje nuk e hap më. PDF-në e merrni me kodin e vërtetimit, datëlindjen tuaj dhe një kod njëpërdorimësh me e-mail.
pdf-heading = Shkarko vërtetimin
pdf-intro = Shkruani kodin e vërtetimit dhe datëlindjen tuaj. Dërgojmë një kod njëpërdorimësh në adresën e e-mailit që dhatë gjatë regjistrimit.
pdf-send = Dërgo kodin njëpërdorimësh
pdf-sent = Nëse të dhënat përputhen me një vërtetim me adresë e-maili, atje kemi dërguar një kod njëpërdorimësh. Vlen { $minutes } minuta.
pdf-one-time-label = Kodi njëpërdorimësh nga e-maili
pdf-download = Shkarko PDF
pdf-view = Shiko si faqe interneti: për lexim me zë ose për shtypje
pdf-code-wrong = Kodi njëpërdorimësh është i gabuar ose nuk vlen më. Pas 5 përpjekjesh nuk vlen më: atëherë kërkoni një të ri.
pdf-code-malformed = Ju lutemi kontrolloni kodin e vërtetimit: 16 shenja, për shembull ABCD-EFGH-JKMN-PQRS.
pdf-office = Nuk keni dhënë adresë e-maili? Zyra shëndetësore ju lëshon një kopje të re.

## Verify page (/pruefen)

verify-title = Kontrolli i vërtetimit
verify-intro = Këtu zyra shëndetësore, punëdhënësit dhe inspektimi i ushqimit kontrollojnë një vërtetim sipas § 43 par. 1 IfSG.
verify-enter-code = Kodi i vërtetimit
verify-code-hint = 16 shenja, për shembull ABCD-EFGH-JKMN-PQRS
verify-check = Kontrollo
verify-valid = I vlefshëm: ky vërtetim është lëshuar dhe nuk është shpallur i pavlefshëm.
verify-revoked = I shpallur i pavlefshëm: ky vërtetim nuk vlen më.
verify-unknown = I panjohur: për këtë kod nuk ka vërtetim.
verify-deleted = I fshirë pas mbarimit të afatit të ruajtjes: zyra shëndetësore ka lëshuar një vërtetim me këtë kod dhe i ka fshirë të dhënat e tij pas afatit të ruajtjes. Vërtetimi mbetet i vlefshëm; një dublikatë nuk është më e mundur.
verify-deleted-revoked = I fshirë pas mbarimit të afatit të ruajtjes: ky vërtetim ishte shpallur i pavlefshëm. Të dhënat e tij u fshinë pas afatit të ruajtjes.
verify-deleted-check = Emri dhe data e lindjes nuk ruhen më. Kontrolloni personin me nënshkrimin dixhital nga kodi QR (më poshtë) dhe me një dokument identifikimi.
verify-issued-at = Lëshuar më
verify-deleted-at = Fshirë më
verify-typo = Gabim shtypi: ky kod nuk është i mundur. Ju lutemi krahasojeni shenjë për shenjë.
verify-malformed = Ky nuk është kod vërtetimi (16 shenja me shifra dhe shkronja).
verify-holder = Mbajtësi/mbajtësja
verify-latin-spelling = Shkrimi në pasaportë (me shkronja latine)
verify-birth-date = Data e lindjes
verify-instructed-at = Data e udhëzimit
verify-issuer = Lëshuar nga
verify-guardian = Deklaratën e dha (§ 43 par. 6 IfSG)
verify-revoked-at = Shpallur i pavlefshëm më
verify-reason = Arsyeja
verify-valid-until = I vlefshëm për fillimin e punës për herë të parë deri më { $date }; pas kësaj i vlefshëm pa afat kohor.
verify-signature-heading = Nënshkrimi dixhital nga kodi QR
verify-signature-noscript = Pa JavaScript kjo faqe kontrollon regjistrimin te zyra shëndetësore (lart). Me JavaScript ajo kontrollon edhe nënshkrimin nga kodi QR.
verify-signature-none = Kjo faqe u hap pa kod QR; nuk ka nënshkrim për të kontrolluar.
verify-signature-checking = Nënshkrimi po kontrollohet …
verify-signature-valid = Nënshkrimi është i vërtetë dhe përputhet me këtë vërtetim.
verify-signature-invalid = Nënshkrimi NUK është i vlefshëm: të dhënat janë ndryshuar ose nuk vijnë nga zyra shëndetësore.
verify-upload-heading = Kontrolli i skedarit PDF
verify-upload-hint = Kontrollon nëse një skedar PDF është lëshuar nga zyra shëndetësore pikërisht kështu.
verify-upload = Kontrollo skedarin
verify-upload-exact = Ky skedar është lëshuar pikërisht kështu.
verify-upload-not-exact = Ky skedar NUK është lëshuar kështu (është ndryshuar ose i përket një vërtetimi tjetër).
verify-upload-missing = Ju lutemi zgjidhni një skedar PDF.
verify-language = Gjuha
verify-development-key = Çelës zhvillimi — i pavlefshëm: ky vërtetim është nënshkruar me një çelës zhvillimi (provë ose demonstrim) dhe nuk është vërtetim i vlefshëm i zyrës shëndetësore.
verify-signature-development = Nënshkrimi vjen nga një çelës zhvillimi — i pavlefshëm. Një vërtetim i tillë është vetëm provë.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Lëshuar gabimisht
verify-revocation-replaced = Zëvendësuar me një vërtetim të ri
verify-revocation-obtained-by-deception = Marrë me mashtrim
verify-revocation-other = Arsye tjetër

## Si kontrollohet identiteti

identity-heading = Si e kontrollojmë kush jeni
identity-intro = Në vërtetim shkruhet emri juaj. Prandaj zyra shëndetësore kontrollon që jeni vërtet ju. Zgjidhni si:
identity-choose = Ju lutemi zgjidhni si do ta vërtetoni identitetin tuaj.
identity-staff = Trego dokumentin e identifikimit në zyrën shëndetësore
identity-staff-needs = Tani e bëni udhëzimin online. Pastaj e tregoni letërnjoftimin, pasaportën ose lejen e qëndrimit në zyrën shëndetësore: personalisht ose në një telefonatë me video. Vetëm atëherë e merrni vërtetimin.
identity-bundid = Me letërnjoftimin online (BundID)
identity-bundid-needs = Ju nevojiten: letërnjoftimi me funksionin online, një telefon inteligjent me NFC dhe PIN-i juaj me gjashtë shifra. Vërtetimin e merrni menjëherë.
identity-none = Kjo zyrë shëndetësore nuk e kontrollon dokumentin tuaj të identifikimit. Vërtetimi është i vlefshëm vetëm së bashku me një dokument zyrtar identifikimi me fotografi.
identity-bundid-login = Hyr me letërnjoftimin online
identity-or-typed = Ose shkruani vetë të dhënat tuaja
identity-bundid-fixed = Emri dhe data e lindjes vijnë nga letërnjoftimi juaj online. Nuk mund t'i ndryshoni këtu.
bundid-refused-title = Hyrja me letërnjoftimin online nuk funksionoi
bundid-refused = Nuk u ruajt asgjë. Ju lutemi hyni përsëri.
bundid-too-low = Kjo zyrë shëndetësore kërkon letërnjoftimin online. Hyrja juaj kishte një nivel më të ulët sigurie. Ju lutemi hyni me letërnjoftimin tuaj dhe PIN-in e tij.
bundid-expired = Hyrja juaj ka skaduar. Ju lutemi hyni përsëri.
bundid-again = Hyr përsëri
pending-heading = Pothuajse gati: tregoni dokumentin e identifikimit
pending-intro = Deklarata juaj është ruajtur. Zyra shëndetësore e lëshon vërtetimin sapo të ketë kontrolluar dokumentin tuaj të identifikimit. Atëherë jepni numrin e dosjes suaj.
pending-case = Numri i dosjes suaj
pending-office = Si të vazhdoni me zyrën shëndetësore:
pending-booking = Rezervo një telefonatë me video
pending-rejected = Zyra shëndetësore nuk mundi ta konfirmojë identitetin tuaj. Ju lutemi drejtohuni zyrës shëndetësore.

## Fees
fee-free = Udhëzimi është falas.
fee-before-course = Udhëzimi kushton { $amount }. Paguani para kursit.
fee-before-certificate = Udhëzimi kushton { $amount }. Paguani pas udhëzimit, para se të merrni vërtetimin.
fee-heading = Pagesa e tarifës
fee-intro-course = Udhëzimi kushton { $amount }. Ju lutemi paguani së pari. Pastaj fillon kursi.
fee-intro-certificate = Deklarata juaj është ruajtur. Udhëzimi kushton { $amount }. Sapo të paguani, e merrni vërtetimin tuaj.
fee-online-heading = Pagesa online
fee-online-text = Paguani te shërbimi i pagesave i landit (shtetit federal), për shembull me kartë krediti, PayPal ose përmes bankës suaj. Pastaj ktheheni këtu.
fee-online-button = Paguaj tani { $amount }
fee-online-missing = Te kjo zyrë shëndetësore ende nuk mund të paguhet online. Paguani me kupon ose në zyrën shëndetësore.
fee-payment-open = Pagesa juaj nuk ka përfunduar ende. Nëse keni paguar tashmë, ju lutemi prisni pak dhe ringarkojeni këtë faqe.
fee-payment-cancelled = Pagesa u anulua. Mund të provoni përsëri.
fee-payment-failed = Pagesa nuk funksionoi. Mund të provoni përsëri ose të paguani ndryshe.
fee-unavailable = Shërbimi i pagesave nuk është i arritshëm tani. Ju lutemi provoni përsëri pas disa minutash. Të dhënat tuaja mbeten të ruajtura.
fee-not-offered = Kjo zyrë shëndetësore nuk e ofron këtë.
fee-voucher-heading = Pagesa me kupon
fee-voucher-label = Kodi i kuponit (për shembull ABCD-EFGH-JKMN)
fee-voucher-button = Përdor kuponin
fee-voucher-invalid = Ky kupon nuk është i vlefshëm. Është i panjohur, është përdorur tashmë ose ka skaduar.
fee-voucher-typo = Kodi ka një gabim shtypi. Ju lutemi kontrolloni çdo shenjë.
fee-waiver-heading = Përjashtim nga tarifa
fee-waiver-text = Zyra shëndetësore e fal tarifën për:
fee-waiver-volunteer = punë vullnetare, për shembull në një shoqatë ose te Tafel (bankë ushqimore)
fee-waiver-internship = një praktikë shkollore
fee-waiver-benefits = njerëz që marrin Bürgergeld (ndihmë bazë), Sozialhilfe (ndihmë sociale) ose Asylbewerberleistungen (përfitime për azilkërkuesit)
fee-waiver-reason = Arsyetim i shkurtër, për shembull emri i shoqatës ose i shkollës
fee-waiver-button = Kërko përjashtimin
fee-waiver-staff-note = Zyra shëndetësore e shqyrton kërkesën tuaj. Mund të kërkojë një dëshmi.
fee-waiver-choose = Ju lutemi zgjidhni për çfarë arsye kërkoni përjashtim.
fee-waiver-reason-missing = Ju lutemi shkruani një arsyetim të shkurtër (më së shumti { $max } shenja).
fee-waiver-pending = Kërkesa juaj për përjashtim është ruajtur. Zyra shëndetësore po e shqyrton. Shikojeni përsëri këtë faqe më vonë.
fee-waiver-refused = Zyra shëndetësore nuk e miratoi përjashtimin. Ju lutemi paguani tarifën.
fee-desk = Tarifën mund ta paguani edhe në zyrën shëndetësore.
done-fee-online = Paguar: { $amount } më { $date }, referenca e pagesës { $reference }.
done-fee-voucher = Paguar me kuponin { $reference } më { $date }.
done-fee-waiver = Përjashtuar nga tarifa më { $date }.
done-fee-desk = Paguar në zyrën shëndetësore: { $amount } më { $date }.

## Wallet
wallet-credential-name = Vërtetim sipas § 43 Infektionsschutzgesetz (Ligji për Mbrojtjen nga Infeksionet)
wallet-claim-given_name = Emri
wallet-claim-family_name = Mbiemri
wallet-claim-birthdate = Data e lindjes
wallet-claim-instructed_on = Data e udhëzimit
wallet-claim-issuing_authority = Zyra shëndetësore
wallet-claim-certificate_code = Kodi i vërtetimit
wallet-claim-identity_check = Kontrolli i identitetit
wallet-claim-given_name_latin = Emri me shkronja latine
wallet-claim-family_name_latin = Mbiemri me shkronja latine
wallet-heading = Vërtetimi në portofolin tuaj digjital
wallet-what = Portofoli digjital (wallet) është një aplikacion në telefon për dokumente, për shembull EUDI-Wallet. Aty mund ta ruani vërtetimin dhe t'ia tregoni punëdhënësit tuaj ose inspektimit të ushqimit.
wallet-pdf-stays = Nuk ju duhet portofol digjital: vërtetimi si PDF vlen edhe pa të.
wallet-button = Shtojeni vërtetimin në portofolin digjital
wallet-offer-heading = Shtimi në portofolin digjital
wallet-offer-scan = Skanojeni këtë kod me aplikacionin e portofolit. Nëse portofoli është në këtë telefon, prekni butonin.
wallet-offer-qr = Kodi QR për portofolin digjital
wallet-offer-open = Hapeni portofolin në këtë telefon
wallet-offer-pin = Portofoli kërkon një PIN. PIN-i juaj:
wallet-offer-pin-mailed = Portofoli kërkon një PIN. Jua kemi dërguar me email në { $email }.
wallet-offer-expiry = Kodi dhe PIN-i vlejnë 15 minuta dhe vetëm një herë. Pastaj këtu merrni të rinj.
wallet-offer-back = Kthehu te vërtetimi
wallet-check-heading = Kontrolli i një vërtetimi nga portofoli digjital
wallet-check-intro = Për punëdhënësit dhe inspektimin e ushqimit: personi tregon vërtetimin nga portofoli i vet digjital. Për këtë, portofoli ka nevojë për këtë marrës dhe për këtë vlerë njëpërdorimëshe.
wallet-check-audience = Marrësi
wallet-check-nonce = Vlera njëpërdorimëshe
wallet-check-label = Dëshmia nga portofoli (SD-JWT me Key-Binding-JWT)
wallet-check-button = Kontrollo
wallet-check-valid = E vlefshme: e nënshkruar nga zyra shëndetësore, nuk është anuluar dhe u tregua me portofolin e personit.
wallet-check-revoked = I anuluar: ky vërtetim nuk vlen më.
wallet-check-development = E nënshkruar me një çelës prove: kjo nuk është dëshmi e vlefshme.
wallet-check-claims = Të dhënat e treguara
wallet-check-office = Lëshuar nga
wallet-check-again = Kontrolloni një dëshmi tjetër
wallet-check-invalid-form = E pavlefshme: kjo nuk është dëshmi e plotë nga një portofol digjital.
wallet-check-invalid-signature = E pavlefshme: nënshkrimi nuk përputhet, ose lëshuesi nuk është zyrë shëndetësore e këtij shërbimi.
wallet-check-invalid-disclosure = E pavlefshme: një e dhënë është ndryshuar.
wallet-check-invalid-binding = E pavlefshme: dëshmia nuk u tregua me portofolin e personit.
wallet-check-invalid-audience = E pavlefshme: vlera njëpërdorimëshe është e panjohur, ka skaduar ose është përdorur tashmë. Ringarkojeni faqen dhe tregojeni dëshminë përsëri.
wallet-check-invalid-time = E pavlefshme: dëshmia është shumë e vjetër. Tregojeni përsëri.
