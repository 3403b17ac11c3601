# Page texts for learners (Hungarian), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Oktatás a § 43 Infektionsschutzgesetz (német fertőzésvédelmi törvény) szerint
machine-translation-notice = Ezt a fordítást gép készítette, és senki nem ellenőrizte. A német szöveg az irányadó.
machine-translation-link = Olvasás németül
skip-to-content = Ugrás a tartalomra
language-label = Nyelv
language-submit = Nyelv váltása
footer-accessibility = Akadálymentesség
footer-privacy = Adatvédelem
footer-imprint = Impresszum
footer-verify = Igazolás ellenőrzése

## Start page

start-heading = Online oktatás élelmiszerekkel végzett munkához
start-intro = Aki munkája során bizonyos élelmiszereket előállít, kezel vagy forgalomba hoz, illetve éttermek, étkezdék és hasonló létesítmények konyháján dolgozik (IfSG 42. § (1) és (2) bekezdés), annak az első munkanap előtt szüksége van az egészségügyi hivatal igazolására. Itt online elvégzi az oktatást, és azonnal megkapja az igazolást.
start-how-heading = Így működik
start-step-videos = Megnéz { $chapters } rövid, feliratos videót. Ezek együtt körülbelül { $minutes } percesek.
start-step-quiz = Válaszol néhány kérdésre a videókról.
start-step-declaration = Kijelenti, hogy nem tud olyan okról, amely munkavégzési tilalmat jelent.
start-step-certificate = Az igazolást PDF-fájlként kapja meg.
start-bring-heading = Erre lesz szüksége
start-bring = Személyi igazolvány vagy útlevél (a neve pontos írásmódjához), körülbelül { $total } perc idő, és hang vagy fejhallgató.
start-cost-heading = Költségek
start-cost = A költségeket az egészségügyi hivatala határozza meg. Akkor látja őket, amikor kiválasztotta az egészségügyi hivatalát.
start-find-office = Keresse meg az egészségügyi hivatalát
postcode-label = A lakóhelye irányítószáma
postcode-hint = 5 számjegy, például 99999
postcode-search = Egészségügyi hivatal keresése
postcode-invalid = Kérjük, adjon meg egy 5 számjegyű irányítószámot.
postcode-none = Ehhez az irányítószámhoz itt egyetlen egészségügyi hivatal sem kínálja az oktatást. Válasszon egy egészségügyi hivatalt a listából, vagy kérdezze meg az egészségügyi hivatalát.
office-list-heading = Az összes egészségügyi hivatal
office-choose = Oktatás megkezdése ennél az egészségügyi hivatalnál
office-not-in-language = Ez az egészségügyi hivatal nem kínálja az oktatást az Ön nyelvén.
resume-heading = Folytatás
resume-text = Ön már elkezdte. Folytassa ott, ahol abbahagyta.
resume-button = Folytatás

## Personal details

enrol-heading = Az Ön adatai
enrol-intro = Írja be a nevét úgy, ahogy a személyi igazolványában vagy az útlevelében szerepel. Ezek az adatok az igazoláson szerepelnek.
enrol-office = Egészségügyi hivatal
given-name-label = Utónév (utónevek)
family-name-label = Családi név
latin-intro = Csak ha a neve más írással van írva: a neve latin betűkkel, ahogy az útlevelében szerepel.
given-name-latin-label = Utónév (utónevek) latin betűkkel
family-name-latin-label = Családi név latin betűkkel
birth-date-label = Születési dátum
birth-date-hint = Nap.Hónap.Év, például 31.12.1990 vagy pontok nélkül 31121990
email-label = E-mail-cím (nem kötelező)
email-hint = Ekkor az igazolást e-mailben is elküldjük Önnek.
enrol-privacy = Az egészségügyi hivatal az Ön adatait csak az oktatáshoz és az igazoláshoz használja.
enrol-submit = Tovább a videókhoz
form-errors-heading = Kérjük, ellenőrizze az adatait:
error-given-name = Kérjük, adja meg az utónevét úgy, ahogy a személyi igazolványában szerepel.
error-family-name = Kérjük, adja meg a családi nevét úgy, ahogy a személyi igazolványában szerepel.
error-latin = A neve az igazoláson csak latin betűkkel nyomtatható. Kérjük, írja be úgy is, ahogy az útlevelében szerepel.
error-birth-date = Kérjük, így adja meg a születési dátumát: Nap.Hónap.Év, például 31.12.1990 vagy 31121990.
error-birth-date-no-such-day = Ilyen nap nem létezik. Kérjük, ellenőrizze a napot és a hónapot.
error-birth-date-two-digit-year = Kérjük, négy számjeggyel írja az évet, például 90 helyett 1990.
error-birth-date-future = Ez a dátum a jövőben van. Kérjük, ellenőrizze az évet.
error-birth-date-too-young = Az oktatás csak { $min } éves kortól lehetséges.
error-birth-date-implausible = Kérjük, ellenőrizze az évet: a dátum túl régi.
error-name-character = Ez a karakter nem megengedett a névben: „{ $character }”. Megengedettek a betűk, a szóköz, az aposztróf, a kötőjel és a pont.
error-name-too-long = A név túl hosszú: legfeljebb { $max } karakter lehet.
error-name-no-letter = A névben legalább egy betűnek kell lennie.
error-title-prefix = Hiba:
error-email = Kérjük, ellenőrizze az e-mail-címet, vagy hagyja üresen a mezőt.
error-name-invisible = A név láthatatlan karaktert vagy sortörést tartalmaz (például kitöltő karaktert). Kérjük, gépelje be újra a nevet, ne illessze be.
error-name-direction = A név írásirány-vezérlő karaktert tartalmaz, amely megváltoztatja a név megjelenítését. Kérjük, gépelje be újra a nevet.
error-name-joiner = A név rossz helyen tartalmaz láthatatlan összekötő karaktert. Ez csak egy olyan írás két betűje között megengedett, mint az arab, a perzsa vagy a hindi.
error-name-mixed-script = A név egyik szava latin betűket kever hasonlóan kinéző cirill vagy görög betűkkel (például М és M). Kérjük, minden szót egyetlen írással írjon, ahogy az útlevelében áll.
error-email-plain = Kérjük, csak magát az e-mail-címet adja meg, például nev@pelda.hu: név nélkül előtte, a < és > jelek nélkül, és IP-cím helyett domainnévvel.

## Overview

course-heading = Az Ön oktatása
course-progress = { $total } videóból { $done } megnézve
chapter-done = megnézve
chapter-open = még nincs megnézve
resume-link-heading = Folytatás később
resume-link-text = Ezzel a linkkel később folytathatja, egy másik eszközön is. Ne adja tovább senkinek.
next-quiz = Tovább a kérdésekhez
quiz-locked = A kérdések akkor nyílnak meg, ha az összes videót megnézte.

## Chapter

chapter-of = { $number }. fejezet, összesen { $total }
video-noscript = Ahhoz, hogy a megnézés beszámítson, ennek az oldalnak JavaScriptre van szüksége. Kérjük, kapcsolja be a JavaScriptet. Minden más enélkül is működik.
video-status = Megnézve: { $percent } %
video-status-done = Ezt a videót teljesen megnézte.
video-status-offline = Nincs kapcsolat. Az előrehaladását elküldjük, amint újra van kapcsolat.
video-hint = Minden videót nézzen meg végig. Az előretekerés nem számít bele.
video-narrated-in = A videó nyelve: { $narration }. A feliratok nyelve: { $captions }.
video-sign-language = Jelnyelv (DGS)
chapter-text-heading = A videó szövege
chapter-next = Következő fejezet
chapter-overview = Vissza az áttekintéshez

## Questions

quiz-heading = Kérdések az oktatásról
quiz-intro = Válaszoljon { $count } kérdésre. Néhány kérdésnél több válasz is helyes: válassza ki az összes helyes választ. { $percent } % helyes válasszal sikeresen teljesít.
quiz-start = Kérdések megkezdése
quiz-question = { $number }. kérdés, összesen { $count }
quiz-submit = Válaszok beküldése
quiz-passed = Sikerült: { $count } válaszból { $score } helyes.
quiz-failed = Sajnos nem sikerült: { $count } válaszból { $score } helyes.
quiz-retry = Próbálja újra
quiz-attempts-left = Még { $left } próbálkozása van.
quiz-rewatch = Az összes próbálkozását felhasználta. Kérjük, nézze meg újra a videókat. Utána újra válaszolhat a kérdésekre.
quiz-correct = Helyes
quiz-wrong = Helytelen
quiz-next = Tovább a nyilatkozathoz
quiz-choose-all = Válassza ki az összes helyes választ.
quiz-your-answer = Az Ön válasza
quiz-right-answer = A helyes válasz
quiz-no-answer = nincs válasz
quiz-next-question = Tovább
quiz-previous = Vissza az előző kérdéshez
quiz-to-review = Tovább a válaszaihoz
quiz-review-heading = Az Ön válaszai
quiz-review-intro = Ellenőrizze a válaszait. A „Módosítás” segítségével visszatér a kérdéshez. Ezután küldje be a válaszokat.
quiz-change = Módosítás

## Declaration

declaration-heading = Az Ön nyilatkozata
declaration-confirm = Igen, ezt kijelentem.
declaration-handover-heading = Kérjük, most adja tovább a készüléket
declaration-handover = Ön még nincs 18 éves. Ezért a nyilatkozatot Ön helyett az édesanyja, az édesapja vagy a gyámja teszi meg (IfSG 43. § (6) bekezdés). Kérjük, most adja át a készüléket ennek a személynek.
declaration-handover-continue = Anya, apa vagy gyám vagyok – tovább
declaration-carer-link = Helyettem a gondnokom (Betreuer) teszi meg a nyilatkozatot
declaration-representative-heading = Nyilatkozat más személy helyett
declaration-representative-intro = Ön { $name } helyett teszi meg a nyilatkozatot. Írja be a saját nevét úgy, ahogy a személyi igazolványában szerepel.
declaration-representative-facts = Munkavégzési tilalmat indokoló tények például: hasmenés naponta kettőnél több híg széklettel; hányás; magas láz erős fejfájással, hasfájással vagy ízületi fájdalommal; sárga bőr vagy sárga szem; gennyes vagy nedvedző sebek vagy bőrfelületek; vagy orvos vagy laboratórium Salmonellát, Shigellát, EHEC-et, hastífusz- vagy kolera-kórokozót vagy hepatitis A-t vagy E-t mutatott ki. Ha Ön ilyen tényekről tud { $name } esetében, ne tegye meg a nyilatkozatot, és forduljon az egészségügyi hivatalhoz.
declaration-role-legend = Milyen minőségben teszi a nyilatkozatot?
declaration-role-parent = Szülői felügyeletet gyakorló anya vagy apa
declaration-role-guardian = Gyám (a családi bíróság rendelte ki)
declaration-role-carer = Nagykorú személy gondnoka (Betreuer); feladatköre kiterjed erre a nyilatkozatra
representative-given-name-label = Az Ön utóneve
representative-family-name-label = Az Ön családi neve
declaration-representative-next = Tovább a nyilatkozathoz
declaration-german-heading = Irányadó német szöveg
declaration-translation-heading = Fordítás
error-role = Kérjük, válassza ki, milyen minőségben teszi a nyilatkozatot.
error-representative-is-holder = Kérjük, a saját nevét írja be: a nyilatkozatot az a személy teszi meg, aki más személy helyett jár el, nem pedig maga az oktatásban részesült személy.
declaration-submit = Nyilatkozat megtétele és az igazolás átvétele
declaration-required = Kérjük, erősítse meg a nyilatkozatot. Ha tud olyan okról, amely munkavégzési tilalmat jelent, nem kezdheti el a munkát: forduljon az egészségügyi hivatalához.

## Done

done-heading = Kész! Itt az igazolása.
done-code = Az igazolás kódja
done-download = Igazolás letöltése (PDF)
done-view = Az igazolás megtekintése weboldalként: felolvasáshoz és nyomtatáshoz
certificate-view-heading = Az Ön igazolása
certificate-view-intro = Ez ugyanaz az igazolás, mint a PDF-fájl, csak weboldalként, felolvasáshoz és nyomtatáshoz. Minden változat ellenőrizhető a kóddal.
done-mailed = Az igazolást elküldjük erre a címre is: { $email }.
done-employer = Adja oda az igazolást a munkáltatójának. Az első munkanapon az igazolás legfeljebb három hónapos lehet.
done-verify = Az igazolást bárki ellenőrizheti a QR-kóddal.

## Errors

error-heading = Ez nem sikerült
error-not-found = Ez az oldal nem létezik.
error-session = Ezt az oktatást egy másik eszközön kezdték el, vagy a link hiányos. Nyissa meg azt a linket, amelyet elmentett.
error-expired = Az űrlap túl sokáig volt nyitva. Kérjük, próbálja újra.
error-unavailable = A szolgáltatás most nem érhető el. Az adatait elmentettük. Kérjük, próbálja újra néhány perc múlva.
error-too-many = Az Ön internetkapcsolatáról az imént túl sok jelentkezést indítottak. Kérjük, próbálja újra néhány perc múlva.
error-back = Vissza a kezdőlapra

## Pages of the health office

accessibility-heading = Akadálymentességi nyilatkozat
privacy-heading = Adatvédelmi tájékoztató
imprint-heading = Impresszum
accessibility-sign-language = Német jelnyelvű (DGS) videóval rendelkező fejezetek: { $chapters }.
accessibility-sign-language-none = Még egyik fejezethez sincs német jelnyelvű (DGS) videó.
imprint-pictures = A videókban látható képek az OpenMoji (openmoji.org) oldalról származnak, CC BY-SA 4.0 licenc alatt.
privacy-short-heading = A legfontosabbak röviden
privacy-short = { $office } kezeli az Ön nevét, születési dátumát, válaszait és nyilatkozatát, hogy Önt a § 43 Infektionsschutzgesetz szerint oktassa, és kiállítsa Önnek az igazolást. Az igazolás automatikusan kiállításra kerül, ha Ön minden videót megnézett, sikeresen megválaszolta a kérdéseket, és megtette a nyilatkozatot. Aki ismeri az igazolás kódját, ellenőrizheti azt, és látja az Ön nevét, születési dátumát, az oktatás dátumát, valamint azt, hogy az igazolás érvényes-e. A be nem fejezett oktatás { $days } nap, az igazolás { $years } év után törlődik. Önnek joga van a hozzáféréshez, a helyesbítéshez és a panasztételhez. Kérdések: { $email }.
privacy-full-german = A teljes adatvédelmi tájékoztató alább németül következik; ez az irányadó.
office-text-german = Ezt a szöveget az egészségügyi hivatal csak németül adja ki.
privacy-sections-heading = A teljes adatvédelmi tájékoztató
privacy-section-previous = Előző szakasz
privacy-section-next = Következő szakasz
privacy-section-overview = Az adatvédelmi tájékoztató összes szakasza

## Links, access and the certificate by one-time code

resume-link-create = Link létrehozása
resume-link-once = A link csak egyszer és { $days } napig érvényes.
resume-link-copy = Link másolása
resume-link-copied = Másolva
resume-link-mail = Link küldése az e-mail-címemre
resume-link-mailed = Új linket küldtünk az e-mail-címére. Csak egyszer használható.
resume-link-no-address = Nem adott meg e-mail-címet. Hozza létre itt a linket, és jegyezze fel.
resume-spent-heading = Ez a link már nem érvényes
resume-spent-text = A linket már használták, vagy lejárt. Minden link csak egyszer használható.
resume-spent-mail = Új linket küldhetünk az e-mail-címére.
resume-spent-mail-button = Új link küldése e-mailben
resume-spent-no-mail = Ehhez az oktatáshoz nincs e-mail-cím mentve. Nyissa meg az oktatást abban a böngészőben, ahol elkezdte, vagy forduljon az egészségügyi hivatalhoz.
resume-mailed = Új linket küldtünk az e-mail-címére. Csak egyszer használható.
error-access-ended = Az igazolását már kiállították. Az Ön védelme érdekében ez a hozzáférés már nem nyitja meg. A PDF-et az igazolás kódjával, a születési dátumával és egy e-mailben kapott egyszer használatos kóddal kapja meg.
pdf-heading = Igazolás letöltése
pdf-intro = Adja meg az igazolás kódját és a születési dátumát. Egyszer használatos kódot küldünk a regisztrációkor megadott e-mail-címre.
pdf-send = Egyszer használatos kód küldése
pdf-sent = Ha az adatok egy e-mail-címmel rendelkező igazoláshoz illenek, oda küldtünk egy egyszer használatos kódot. { $minutes } percig érvényes.
pdf-one-time-label = Egyszer használatos kód az e-mailből
pdf-download = PDF letöltése
pdf-view = Megtekintés weboldalként: felolvasáshoz vagy nyomtatáshoz
pdf-code-wrong = Az egyszer használatos kód hibás vagy már nem érvényes. 5 próbálkozás után érvényét veszti: ekkor kérjen újat.
pdf-code-malformed = Kérjük, ellenőrizze az igazolás kódját: 16 karakter, például ABCD-EFGH-JKMN-PQRS.
pdf-office = Nem adott meg e-mail-címet? Az egészségügyi hivatal új példányt állít ki Önnek.

## Verify page (/pruefen)

verify-title = Igazolás ellenőrzése
verify-intro = Itt ellenőrzi az egészségügyi hivatal, a munkáltató és az élelmiszer-ellenőrzés az IfSG 43. § (1) bekezdése szerinti igazolást.
verify-enter-code = Az igazolás kódja
verify-code-hint = 16 karakter, például ABCD-EFGH-JKMN-PQRS
verify-check = Ellenőrzés
verify-valid = Érvényes: ezt az igazolást kiállították, és nem nyilvánították érvénytelenné.
verify-revoked = Érvénytelenné nyilvánítva: ez az igazolás már nem érvényes.
verify-unknown = Ismeretlen: ehhez a kódhoz nem tartozik igazolás.
verify-deleted = A megőrzési idő lejárta után törölve: az egészségügyi hivatal kiállított egy igazolást ezzel a kóddal, és a megőrzési idő után törölte az adatait. Az igazolás érvényes marad; másodlat kiállítása már nem lehetséges.
verify-deleted-revoked = A megőrzési idő lejárta után törölve: ezt az igazolást korábban érvénytelenné nyilvánították. Adatait a megőrzési idő után törölték.
verify-deleted-check = A név és a születési dátum már nincs tárolva. Ellenőrizze a személyt a QR-kódból származó digitális aláírással (lent) és egy személyazonosító igazolvánnyal.
verify-issued-at = Kiállítás dátuma
verify-deleted-at = Törlés dátuma
verify-typo = Elírás: ilyen kód nem lehetséges. Kérjük, hasonlítsa össze karakterről karakterre.
verify-malformed = Ez nem igazoláskód (16 karakter, számjegyek és betűk).
verify-holder = Tulajdonos
verify-latin-spelling = Írásmód az útlevélben (latin betűkkel)
verify-birth-date = Születési dátum
verify-instructed-at = Az oktatás dátuma
verify-issuer = Kiállította
verify-guardian = A nyilatkozatot tette (IfSG 43. § (6) bekezdés)
verify-revoked-at = Érvénytelenné nyilvánítás dátuma
verify-reason = Indok
verify-valid-until = A munka első megkezdéséhez eddig érvényes: { $date }; utána határidő nélkül érvényes.
verify-signature-heading = Digitális aláírás a QR-kódból
verify-signature-noscript = JavaScript nélkül ez az oldal az egészségügyi hivatal nyilvántartását ellenőrzi (fent). JavaScripttel ezen felül a QR-kódban lévő aláírást is ellenőrzi.
verify-signature-none = Ezt az oldalt QR-kód nélkül nyitották meg; nincs ellenőrizendő aláírás.
verify-signature-checking = Az aláírás ellenőrzése folyamatban …
verify-signature-valid = Az aláírás valódi, és ehhez az igazoláshoz tartozik.
verify-signature-invalid = Az aláírás NEM érvényes: az adatokat megváltoztatták, vagy nem az egészségügyi hivataltól származnak.
verify-upload-heading = PDF-fájl ellenőrzése
verify-upload-hint = Ellenőrzi, hogy egy PDF-fájlt pontosan így állított-e ki az egészségügyi hivatal.
verify-upload = Fájl ellenőrzése
verify-upload-exact = Ezt a fájlt pontosan így állították ki.
verify-upload-not-exact = Ezt a fájlt NEM így állították ki (megváltoztatták, vagy egy másik igazoláshoz tartozik).
verify-upload-missing = Kérjük, válasszon ki egy PDF-fájlt.
verify-language = Nyelv
verify-development-key = Fejlesztői kulcs — nem érvényes: ezt az igazolást fejlesztői kulccsal (teszt vagy bemutató) írták alá, nem az egészségügyi hivatal érvényes igazolása.
verify-signature-development = Az aláírás fejlesztői kulcstól származik — nem érvényes. Az ilyen igazolás csak teszt.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Tévedésből állították ki
verify-revocation-replaced = Új igazolás váltotta fel
verify-revocation-obtained-by-deception = Megtévesztéssel szerezték
verify-revocation-other = Egyéb ok

## How the identity is checked

identity-heading = Hogyan ellenőrizzük a személyazonosságát
identity-intro = Az igazoláson az Ön neve szerepel. Ezért az egészségügyi hivatal ellenőrzi, hogy valóban Ön az. Válassza ki, hogyan:
identity-choose = Kérjük, válassza ki, hogyan igazolja a személyazonosságát.
identity-staff = Igazolvány bemutatása az egészségügyi hivatalban
identity-staff-needs = Az oktatást most online végzi el. Utána bemutatja a személyi igazolványát, az útlevelét vagy a tartózkodási engedélyét az egészségügyi hivatalban: személyesen vagy videohívásban. Csak ezután kapja meg az igazolást.
identity-bundid = Online személyi igazolvánnyal (BundID)
identity-bundid-needs = Ezekre van szüksége: online funkcióval rendelkező személyi igazolványára, egy NFC-képes okostelefonra és a hatjegyű PIN-kódjára. Az igazolást azonnal megkapja.
identity-none = Ez az egészségügyi hivatal nem ellenőrzi az igazolványát. Az igazolás csak hivatalos fényképes igazolvánnyal együtt érvényes.
identity-bundid-login = Bejelentkezés online személyi igazolvánnyal
identity-or-typed = Vagy adja meg saját maga az adatait
identity-bundid-fixed = A neve és a születési dátuma az online személyi igazolványából származik. Itt nem tudja megváltoztatni őket.
bundid-refused-title = A bejelentkezés online személyi igazolvánnyal nem sikerült
bundid-refused = Semmit sem mentettünk el. Kérjük, jelentkezzen be újra.
bundid-too-low = Ez az egészségügyi hivatal online személyi igazolványt kér. A bejelentkezése alacsonyabb biztonsági szintű volt. Kérjük, jelentkezzen be a személyi igazolványával és annak PIN-kódjával.
bundid-expired = A bejelentkezése lejárt. Kérjük, jelentkezzen be újra.
bundid-again = Jelentkezzen be újra
pending-heading = Majdnem kész: mutassa be az igazolványát
pending-intro = A nyilatkozatát elmentettük. Az egészségügyi hivatal kiállítja az igazolást, amint ellenőrizte az igazolványát. Ekkor adja meg az ügyszámát.
pending-case = Az Ön ügyszáma
pending-office = Így folytathatja az egészségügyi hivatalnál:
pending-booking = Videohívás foglalása
pending-rejected = Az egészségügyi hivatal nem tudta megerősíteni a személyazonosságát. Kérjük, forduljon az egészségügyi hivatalhoz.

## Fees
fee-free = Az oktatás ingyenes.
fee-before-course = Az oktatás ára { $amount }. A tanfolyam előtt fizet.
fee-before-certificate = Az oktatás ára { $amount }. Az oktatás után fizet, mielőtt megkapja az igazolást.
fee-heading = A díj befizetése
fee-intro-course = Az oktatás ára { $amount }. Kérjük, először fizessen. Utána kezdődik a tanfolyam.
fee-intro-certificate = A nyilatkozatát elmentettük. Az oktatás ára { $amount }. Amint fizetett, megkapja az igazolását.
fee-online-heading = Online fizetés
fee-online-text = A szövetségi tartomány fizetési szolgáltatásán fizet, például hitelkártyával, PayPallal vagy a bankján keresztül. Utána visszajön ide.
fee-online-button = Fizetés most: { $amount }
fee-online-missing = Ennél az egészségügyi hivatalnál még nem lehet online fizetni. Fizessen utalvánnyal vagy az egészségügyi hivatalban.
fee-payment-open = A fizetése még nincs lezárva. Ha már fizetett, kérjük, várjon egy kicsit, és töltse be újra ezt az oldalt.
fee-payment-cancelled = A fizetés megszakadt. Megpróbálhatja újra.
fee-payment-failed = A fizetés nem sikerült. Megpróbálhatja újra, vagy fizethet másképp.
fee-unavailable = A fizetési szolgáltatás most nem érhető el. Kérjük, próbálja újra néhány perc múlva. Az adatai mentve maradnak.
fee-not-offered = Ez az egészségügyi hivatal ezt nem kínálja.
fee-voucher-heading = Fizetés utalvánnyal
fee-voucher-label = Utalványkód (például ABCD-EFGH-JKMN)
fee-voucher-button = Utalvány beváltása
fee-voucher-invalid = Ez az utalvány nem érvényes. Ismeretlen, már felhasználták, vagy lejárt.
fee-voucher-typo = A kódban elírás van. Kérjük, ellenőrizze minden karakterét.
fee-waiver-heading = Mentesség a díj alól
fee-waiver-text = Az egészségügyi hivatal ezekben az esetekben elengedi a díjat:
fee-waiver-volunteer = önkéntes munka, például egy egyesületben vagy a Tafelnél (élelmiszerbank)
fee-waiver-internship = iskolai szakmai gyakorlat
fee-waiver-benefits = ellátásban részesülők: Bürgergeld (alapellátás), Sozialhilfe (szociális segély) vagy Asylbewerberleistungen (menedékkérők ellátása)
fee-waiver-reason = Rövid indoklás, például az egyesület vagy az iskola neve
fee-waiver-button = Mentesség kérése
fee-waiver-staff-note = Az egészségügyi hivatal megvizsgálja a kérelmét. Kérhet valamilyen bizonyítékot.
fee-waiver-choose = Kérjük, válassza ki, milyen okból kér mentességet.
fee-waiver-reason-missing = Kérjük, írjon rövid indoklást (legfeljebb { $max } karakter).
fee-waiver-pending = A mentesség iránti kérelmét elmentettük. Az egészségügyi hivatal megvizsgálja. Később nézze meg újra ezt az oldalt.
fee-waiver-refused = Az egészségügyi hivatal nem adta meg a mentességet. Kérjük, fizesse be a díjat.
fee-desk = A díjat az egészségügyi hivatalban is befizetheti.
done-fee-online = Fizetve: { $amount }, { $date }, fizetési azonosító: { $reference }.
done-fee-voucher = Fizetve utalvánnyal ({ $reference }), { $date }.
done-fee-waiver = Mentesítve a díj alól: { $date }.
done-fee-desk = Fizetve az egészségügyi hivatalban: { $amount }, { $date }.

## Wallet
wallet-credential-name = Igazolás a § 43 Infektionsschutzgesetz (német fertőzésvédelmi törvény) szerint
wallet-claim-given_name = Utónév
wallet-claim-family_name = Családi név
wallet-claim-birthdate = Születési dátum
wallet-claim-instructed_on = Az oktatás dátuma
wallet-claim-issuing_authority = Egészségügyi hivatal
wallet-claim-certificate_code = Az igazolás kódja
wallet-claim-identity_check = Személyazonosság ellenőrzése
wallet-claim-given_name_latin = Utónév latin betűkkel
wallet-claim-family_name_latin = Családi név latin betűkkel
wallet-heading = Az igazolás az Ön digitális tárcájában
wallet-what = A digitális tárca (wallet) egy alkalmazás a telefonon, amelyben igazolásokat tárolhat, például az EUDI-Wallet. Ott elmentheti az igazolást, és megmutathatja a munkáltatójának vagy az élelmiszer-ellenőrzésnek.
wallet-pdf-stays = Nincs szüksége digitális tárcára: a PDF-igazolás nélküle is érvényes.
wallet-button = Igazolás hozzáadása a digitális tárcához
wallet-offer-heading = Hozzáadás a digitális tárcához
wallet-offer-scan = Olvassa be ezt a kódot a tárca alkalmazásával. Ha a tárca ezen a telefonon van, koppintson a gombra.
wallet-offer-qr = QR-kód a digitális tárcához
wallet-offer-open = A tárca megnyitása ezen a telefonon
wallet-offer-pin = A tárca PIN-kódot kér. Az Ön PIN-kódja:
wallet-offer-pin-mailed = A tárca PIN-kódot kér. E-mailben elküldtük Önnek erre a címre: { $email }.
wallet-offer-expiry = A kód és a PIN-kód 15 percig és csak egyszer érvényes. Utána itt újakat kap.
wallet-offer-back = Vissza az igazoláshoz
wallet-check-heading = Igazolás ellenőrzése digitális tárcából
wallet-check-intro = Munkáltatóknak és az élelmiszer-ellenőrzésnek: a személy a digitális tárcájából mutatja meg az igazolást. Ehhez a tárcának szüksége van erre a címzettre és erre az egyszeri értékre.
wallet-check-audience = Címzett
wallet-check-nonce = Egyszeri érték
wallet-check-label = Igazolás a tárcából (SD-JWT Key-Binding-JWT-vel)
wallet-check-button = Ellenőrzés
wallet-check-valid = Érvényes: az egészségügyi hivatal aláírta, nem vonták vissza, és a személy tárcájával mutatták be.
wallet-check-revoked = Visszavonva: ez az igazolás már nem érvényes.
wallet-check-development = Tesztkulccsal aláírva: ez nem érvényes igazolás.
wallet-check-claims = Bemutatott adatok
wallet-check-office = Kiállította
wallet-check-again = Másik igazolás ellenőrzése
wallet-check-invalid-form = Nem érvényes: ez nem teljes igazolás egy digitális tárcából.
wallet-check-invalid-signature = Nem érvényes: az aláírás nem egyezik, vagy a kiállító nem e szolgáltatás egyik egészségügyi hivatala.
wallet-check-invalid-disclosure = Nem érvényes: egy adatot megváltoztattak.
wallet-check-invalid-binding = Nem érvényes: az igazolást nem a személy tárcájával mutatták be.
wallet-check-invalid-audience = Nem érvényes: az egyszeri érték ismeretlen, lejárt vagy már felhasználták. Töltse be újra az oldalt, és mutassa be újra az igazolást.
wallet-check-invalid-time = Nem érvényes: az igazolás túl régi. Mutassa be újra.
