# Page texts for learners (Somali), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Tababarka sida uu dhigayo § 43 Infektionsschutzgesetz (Sharciga Ka-hortagga Cudurrada Faafa)
machine-translation-notice = Tarjumaddan waxaa sameeyey mashiin, lamana hubin. Qoraalka Jarmalka ah ayaa ah kan sharci ahaan lagu dhaqmo.
machine-translation-link = Ku akhri Jarmal
skip-to-content = U gudub qoraalka bogga
language-label = Luqadda
language-submit = Beddel luqadda
footer-accessibility = Helitaanka
footer-privacy = Ilaalinta xogta
footer-imprint = Macluumaadka sharciga ah
footer-verify = Hubi shahaado

## Start page

start-heading = Tababar online ah oo loogu talagalay shaqada cuntada
start-intro = Qofkii shaqo ahaan sameeya, diyaariya ama iibiya cuntooyin gaar ah, ama ka shaqeeya jikooyinka maqaayadaha, makhaayadaha shaqaalaha iyo goobo la mid ah (Qodobka 42 (1) iyo (2) IfSG), wuxuu u baahan yahay shahaado xafiiska caafimaadka, ka hor maalinta ugu horreysa ee shaqada. Halkan tababarka waxaad ku qaadanaysaa online, shahaadadana isla markiiba ayaad helaysaa.
start-how-heading = Sidan ayay u socotaa
start-step-videos = Waxaad daawanaysaa { $chapters } fiidiyow oo gaagaaban oo qoraal hoosaad leh, wadar ahaan qiyaastii { $minutes } daqiiqo.
start-step-quiz = Waxaad ka jawaabaysaa su'aalo ku saabsan fiidiyowyada.
start-step-declaration = Waxaad caddaynaysaa inaadan aqoon wax sabab ah oo mamnuuc shaqo keenaya.
start-step-certificate = Shahaadada waxaad u helaysaa fayl PDF ah.
start-bring-heading = Waxaad u baahan tahay
start-bring = Kaarkaaga aqoonsiga ama baasaboorkaaga (si magacaaga si sax ah loo qoro), qiyaastii { $total } daqiiqo oo waqti ah, iyo cod ama samaacadaha dhegaha.
start-cost-heading = Kharashka
start-cost = Kharashka waxaa go'aamiya xafiiska caafimaadkaaga. Waad arkaysaa marka aad doorato xafiiska caafimaadkaaga.
start-find-office = Raadi xafiiska caafimaadkaaga
postcode-label = Lambarka boostada ee meesha aad degan tahay
postcode-hint = 5 lambar, tusaale ahaan 99999
postcode-search = Raadi xafiiska caafimaadka
postcode-invalid = Fadlan geli lambar boosto oo ka kooban 5 lambar.
postcode-none = Lambarkan boostada, halkan ma jiro xafiis caafimaad oo bixiya tababarka. Ka dooro xafiis caafimaad liiska, ama weydii xafiiska caafimaadkaaga.
office-list-heading = Dhammaan xafiisyada caafimaadka
office-choose = Ka bilow tababarka xafiiskan caafimaadka
office-not-in-language = Xafiiskan caafimaadku tababarka kuma bixiyo luqaddaada.
resume-heading = Sii wad
resume-text = Horay ayaad u bilowday. Ka sii wad meeshii aad ku joogsatay.
resume-button = Sii wad

## Personal details

enrol-heading = Macluumaadkaaga
enrol-intro = Magacaaga u qor sida uu ugu qoran yahay kaarkaaga aqoonsiga ama baasaboorkaaga. Macluumaadkan waxay ku qornaan doonaan shahaadada.
enrol-office = Xafiiska caafimaadka
given-name-label = Magaca (magacyada) hore
family-name-label = Magaca qoyska
latin-intro = Kaliya haddii magacaaga lagu qoray far kale: magacaaga oo ku qoran xarfaha Laatiinka, sida baasaboorka.
given-name-latin-label = Magaca (magacyada) hore oo xarfaha Laatiinka ah
family-name-latin-label = Magaca qoyska oo xarfaha Laatiinka ah
birth-date-label = Taariikhda dhalashada
birth-date-hint = Maalin.Bil.Sannad, tusaale ahaan 31.12.1990 ama dhibco la'aan 31121990
email-label = Cinwaanka iimaylka (ikhtiyaari)
email-hint = Markaas shahaadada waxaan sidoo kale kuugu soo diraynaa iimayl.
enrol-privacy = Xafiiska caafimaadku macluumaadkaaga wuxuu u isticmaalaa kaliya tababarka iyo shahaadada.
enrol-submit = U gudub fiidiyowyada
form-errors-heading = Fadlan hubi macluumaadkaaga:
error-given-name = Fadlan geli magacaaga hore, sida uu ugu qoran yahay kaarka aqoonsiga.
error-family-name = Fadlan geli magaca qoyskaaga, sida uu ugu qoran yahay kaarka aqoonsiga.
error-latin = Magacaaga shahaadada waxaa lagu daabici karaa kaliya xarfaha Laatiinka. Fadlan sidoo kale u qor sida uu ugu qoran yahay baasaboorka.
error-birth-date = Fadlan taariikhda dhalashada sidan u geli: Maalin.Bil.Sannad, tusaale ahaan 31.12.1990 ama 31121990.
error-birth-date-no-such-day = Maalintan ma jirto. Fadlan hubi maalinta iyo bisha.
error-birth-date-two-digit-year = Fadlan sannadka ku qor afar tiro, tusaale ahaan 1990, ha qorin 90.
error-birth-date-future = Taariikhdani waa mustaqbalka. Fadlan hubi sannadka.
error-birth-date-too-young = Tababarka waxaa la qaadan karaa oo keliya marka da'daadu tahay { $min } sano ama ka badan.
error-birth-date-implausible = Fadlan hubi sannadka: taariikhdani aad bay u fog tahay.
error-name-character = Xarafka “{ $character }” looma oggola magac. Waxaa la oggol yahay xarfaha, meelaha bannaan, apostrophe ('), xarriiqda (-) iyo dhibicda (.).
error-name-too-long = Magacu aad buu u dheer yahay: ugu badnaan { $max } xaraf.
error-name-no-letter = Magacu waa inuu lahaadaa ugu yaraan hal xaraf.
error-title-prefix = Khalad:
error-email = Fadlan hubi cinwaanka iimaylka, ama meesha bannaan u daa.
error-name-invisible = Magacu wuxuu leeyahay xaraf aan muuqan ama xariiq cusub (tusaale ahaan xaraf buuxin). Fadlan magaca mar kale qor halkii aad ku dhejin lahayd.
error-name-direction = Magacu wuxuu leeyahay xaraf xakameeya jihada qoraalka oo beddelaya sida magaca loo muujiyo. Fadlan magaca mar kale qor.
error-name-joiner = Magacu wuxuu leeyahay xaraf isku xire oo aan muuqan oo meel khaldan ku jira. Waxaa kaliya la oggol yahay inta u dhexeysa laba xaraf oo ka mid ah far sida Carabiga, Faarsiga ama Hindiga.
error-name-mixed-script = Eray ka mid ah magaca wuxuu isku daraa xarfaha Laatiinka iyo xarfo Siriilig ama Giriig ah oo u eg (tusaale ahaan М iyo M). Fadlan eray kasta ku qor hal far oo keliya, sida baasaboorka.
error-email-plain = Fadlan qor kaliya cinwaanka iimaylka laftiisa, tusaale ahaan magac@example.org: magac hortiisa ah la'aan, calaamadaha < iyo > la'aan, iyo magac domain halkii cinwaan IP.

## Overview

course-heading = Tababarkaaga
course-progress = Waxaad daawatay { $done } ka mid ah { $total } fiidiyow
chapter-done = la daawaday
chapter-open = weli lama daawan
resume-link-heading = Sii wad goor dambe
resume-link-text = Linkigan waxaad ku sii wadi kartaa goor dambe, xitaa qalab kale. Qofna ha siin linkigan.
next-quiz = U gudub su'aalaha
quiz-locked = Su'aaluhu waxay furmayaan marka aad daawato dhammaan fiidiyowyada.

## Chapter

chapter-of = Cutub { $number } ka mid ah { $total }
video-noscript = Si daawashada loo tiriyo, boggani wuxuu u baahan yahay JavaScript. Fadlan daar JavaScript. Wax kasta oo kale way shaqeeyaan JavaScript la'aan.
video-status = La daawaday: { $percent } %
video-status-done = Fiidiyowgan si buuxda ayaa loo daawaday.
video-status-offline = Xiriir ma jiro. Horumarkaaga waa la dirayaa marka xiriirku soo laabto.
video-hint = Fiidiyow kasta daawo ilaa dhammaadka. Qaybta aad ka booddo lama tiriyo.
video-narrated-in = Luqadda fiidiyowga: { $narration }. Luqadda qoraalka hoosaadka: { $captions }.
video-sign-language = Luqadda calaamadaha (DGS)
chapter-text-heading = Qoraalka fiidiyowga
chapter-next = Cutubka xiga
chapter-overview = Ku noqo guudmarka

## Questions

quiz-heading = Su'aalaha tababarka
quiz-intro = Ka jawaab { $count } su'aalood. Su'aalaha qaarkood waxay leeyihiin jawaabo badan oo sax ah: dooro dhammaan jawaabaha saxda ah. Waad gudbaysaa haddii { $percent } % jawaabaha ay sax yihiin.
quiz-start = Bilow su'aalaha
quiz-question = Su'aal { $number } ka mid ah { $count }
quiz-submit = Dir jawaabaha
quiz-passed = Waad gudubtay: { $score } ka mid ah { $count } jawaabood waa sax.
quiz-failed = Nasiib darro, ma aadan gudbin: { $score } ka mid ah { $count } jawaabood waa sax.
quiz-retry = Isku day mar kale
quiz-attempts-left = Waxaa kuu harsan { $left } isku day.
quiz-rewatch = Waad isticmaashay dhammaan isku dayadii. Fadlan mar kale daawo fiidiyowyada. Kadib waxaad mar kale ka jawaabi kartaa su'aalaha.
quiz-correct = Sax
quiz-wrong = Khalad
quiz-next = U gudub bayaanka
quiz-choose-all = Dooro dhammaan jawaabaha saxda ah.
quiz-your-answer = Jawaabtaada
quiz-right-answer = Jawaabta saxda ah
quiz-no-answer = jawaab ma jirto
quiz-next-question = Xiga
quiz-previous = Ku noqo su'aasha hore
quiz-to-review = U gudub jawaabahaaga
quiz-review-heading = Jawaabahaaga
quiz-review-intro = Hubi jawaabahaaga. “Beddel” ayaa kugu celinaya su'aasha. Kadib dir jawaabaha.
quiz-change = Beddel

## Declaration

declaration-heading = Bayaankaaga
declaration-confirm = Haa, waan caddaynayaa.
declaration-handover-heading = Fadlan hadda qalabka u gudbi qof kale
declaration-handover = Da'daadu waa ka yar tahay 18 sano. Sidaas darteed hooyadaa, aabbahaa ama wasigaaga ayaa bayaanka kuu bixinaya (Qodobka 43 (6) IfSG). Fadlan hadda qalabka sii qofkaas.
declaration-handover-continue = Waxaan ahay hooyada, aabbaha ama wasiga – sii wad
declaration-carer-link = Daryeelahayga sharciga ah (Betreuer) ayaa bayaanka ii bixinaya
declaration-representative-heading = Bayaan loo bixinayo qof kale
declaration-representative-intro = Waxaad bayaanka u bixinaysaa { $name }. Qor magacaaga adiga, sida uu ugu qoran yahay kaarkaaga aqoonsiga.
declaration-representative-facts = Xaqiiqooyinka sababa mamnuuc shaqo waxaa ka mid ah: shuban maalintii ka badan laba jeer oo saxaro dareere ah; matag; qandho sare oo ay la socdaan madax-xanuun daran, calool-xanuun ama xanuun kalagoysyada ah; maqaar huruud ah ama indho huruud ah; nabarro ama meelo maqaarka ah oo malax leh ama biyo ka socdaan; ama dhakhtar ama shaybaar ayaa helay Salmonella, Shigella, EHEC, jeermiska tiifowga ama daacuunka, ama Hepatitis A ama E. Haddii aad taqaan xaqiiqooyin noocaas ah oo ku saabsan { $name }, ha bixin bayaanka oo la xiriir xafiiska caafimaadka.
declaration-role-legend = Waxaad bayaanka u bixinaysaa adigoo ah
declaration-role-parent = Hooyo ama aabbe leh xaqa xannaanada
declaration-role-guardian = Wasi (oo ay magacawday maxkamadda qoyska)
declaration-role-carer = Daryeelaha sharciga ah ee qof weyn (Betreuer); hawlahaagu waxay ka kooban yihiin bayaankan
representative-given-name-label = Magacaaga hore
representative-family-name-label = Magacaaga qoyska
declaration-representative-next = U gudub bayaanka
declaration-german-heading = Qoraalka Jarmalka ah ee sharci ahaan lagu dhaqmo
declaration-translation-heading = Tarjumaad
error-role = Fadlan dooro adigoo ah yaa aad bayaanka bixinaysaa.
error-representative-is-holder = Fadlan qor magacaaga adiga: bayaanka waxaa bixiya qofka u bixinaya qof kale, ma aha qofka tababarka qaatay laftiisa.
declaration-submit = Bixi bayaanka oo hel shahaadada
declaration-required = Fadlan xaqiiji bayaanka. Haddii aad taqaan sabab mamnuuc shaqo keenaysa, ma bilaabi kartid shaqada: la xiriir xafiiska caafimaadkaaga.

## Done

done-heading = Waad dhammaysay! Tani waa shahaadadaada.
done-code = Koodka shahaadada
done-download = Soo deji shahaadada (PDF)
done-view = Ka eeg shahaadada bog internet ahaan: si kor loogu akhriyo iyo si loo daabaco
certificate-view-heading = Shahaadadaada
certificate-view-intro = Tani waa isla shahaadada ku jirta faylka PDF, laakiin waa bog internet si kor loogu akhriyo iyo si loo daabaco. Nooc kasta waxaa lagu hubin karaa koodka.
done-mailed = Shahaadada waxaan sidoo kale u diraynaa { $email }.
done-employer = Shahaadada sii loo-shaqeeyahaaga. Maalinta ugu horreysa ee shaqada, shahaadadu waa inaysan ka da' weynaan saddex bilood.
done-verify = Qof kasta wuxuu shahaadada ku hubin karaa koodka QR.

## Errors

error-heading = Taasi ma shaqayn
error-not-found = Boggan ma jiro.
error-session = Tababarkan waxaa laga bilaabay qalab kale, ama linkigu ma dhammaystirna. Fur linkiga aad kaydisay.
error-expired = Foomku wuxuu furnaa waqti aad u dheer. Fadlan mar kale isku day.
error-unavailable = Adeeggu hadda lama heli karo. Macluumaadkaaga waa la kaydiyey. Fadlan mar kale isku day dhowr daqiiqo kadib.
error-too-many = Isdiiwaangelin aad u badan ayaa hadda laga bilaabay xiriirkaaga internetka. Fadlan mar kale isku day dhowr daqiiqo kadib.
error-back = Ku noqo bogga hore

## Pages of the health office

accessibility-heading = Bayaanka helitaanka
privacy-heading = Ogeysiiska ilaalinta xogta
imprint-heading = Macluumaadka sharciga ah
accessibility-sign-language = Cutubyada leh fiidiyow ku jira Luqadda Calaamadaha Jarmalka (DGS): { $chapters }.
accessibility-sign-language-none = Weli ma jiro cutub leh fiidiyow ku jira Luqadda Calaamadaha Jarmalka (DGS).
imprint-pictures = Sawirrada ku jira fiidiyowyada waxay ka yimaadeen OpenMoji (openmoji.org), iyadoo la raacayo shatiga CC BY-SA 4.0.
privacy-short-heading = Waxa ugu muhiimsan oo kooban
privacy-short = { $office } wuxuu isticmaalaa magacaaga, taariikhda dhalashadaada, jawaabahaaga iyo bayaankaaga si uu kuugu tababaro sida uu dhigayo Qodobka 43 Infektionsschutzgesetz, shahaadadana kuu siiyo. Shahaadada si toos ah ayaa loo bixiyaa marka aad daawato dhammaan fiidiyowyada, aad ku gudubto su'aalaha oo aad bixiso bayaanka. Qof kasta oo yaqaan koodka shahaadada wuu hubin karaa, wuxuuna arkaa magacaaga, taariikhda dhalashadaada, taariikhda tababarka iyo in shahaadadu ansax tahay iyo in kale. Tababar aan la dhammaystirin waxaa la tirtiraa { $days } maalmood kadib, shahaadana { $years } sano kadib. Waxaad xaq u leedahay inaad ogaato xogtaada, inaad saxsiiso oo aad cabasho gudbiso. Su'aalaha u dir: { $email }.
privacy-full-german = Ogeysiiska dhammaystiran ee ilaalinta xogta wuxuu ku xigaa af Jarmal; isaga ayaa sharci ahaan lagu dhaqmaa.
office-text-german = Xafiiska caafimaadku qoraalkan wuxuu ku bixiyaa af Jarmal kaliya.
privacy-sections-heading = Ogeysiiska dhammaystiran ee ilaalinta xogta
privacy-section-previous = Qaybta hore
privacy-section-next = Qaybta xigta
privacy-section-overview = Dhammaan qaybaha ogeysiiska ilaalinta xogta

## Links, access and the certificate by one-time code

resume-link-create = Samee xiriir
resume-link-once = Xiriirku hal mar oo keliya ayuu shaqeeyaa, muddo { $days } maalmood ah.
resume-link-copy = Koobiyee linkiga
resume-link-copied = Waa la koobiyeeyay
resume-link-mail = Link u dir cinwaankayga iimaylka
resume-link-mailed = Waxaan link cusub u dirnay cinwaankaaga iimaylka. Hal mar oo keliya ayuu shaqeeyaa.
resume-link-no-address = Ma aadan bixin cinwaan iimayl. Linkiga halkan ku samee oo qoro.
resume-spent-heading = Xiriirkan ma shaqeynayo mar dambe
resume-spent-text = Xiriirka hore ayaa loo isticmaalay ama wakhtigiisii wuu dhammaaday. Xiriir kastaa hal mar oo keliya ayuu shaqeeyaa.
resume-spent-mail = Waxaan kuu diri karnaa xiriir cusub cinwaankaaga iimaylka.
resume-spent-mail-button = Ku dir xiriir cusub iimayl
resume-spent-no-mail = Tababarkan ma laha cinwaan iimayl oo la kaydiyay. Ku fur tababarka biraawsarka aad ku bilowday, ama la xiriir xafiiska caafimaadka.
resume-mailed = Waxaan xiriir cusub u dirnay cinwaankaaga iimaylka. Hal mar oo keliya ayuu shaqeeyaa.
error-access-ended = Shahaadadaada horay ayaa loo bixiyay. Si aad u ilaalsanaato, gelitaankan mar dambe ma furo. PDF-ka waxaad ku helaysaa koodka shahaadada, taariikhda dhalashadaada iyo kood hal mar ah oo iimayl laguugu soo diro.
pdf-heading = Soo deji shahaadada
pdf-intro = Geli koodka shahaadada iyo taariikhda dhalashadaada. Waxaan kood hal mar ah u diraynaa cinwaanka iimaylka aad bixisay markii aad is diiwaangelisay.
pdf-send = Dir koodka hal mar ah
pdf-sent = Haddii xogtu ay la mid tahay shahaado leh cinwaan iimayl, halkaas ayaan kood hal mar ah u dirnay. Wuxuu shaqeynayaa { $minutes } daqiiqo.
pdf-one-time-label = Koodka hal mar ah ee iimaylka
pdf-download = Soo deji PDF
pdf-view = Ka eeg bog internet ahaan: si kor loogu akhriyo ama si loo daabaco
pdf-code-wrong = Koodka hal mar ah waa khalad ama ma shaqeynayo mar dambe. 5 isku day kadib wuu joogsanayaa: markaas codso mid cusub.
pdf-code-malformed = Fadlan hubi koodka shahaadada: 16 xaraf, tusaale ABCD-EFGH-JKMN-PQRS.
pdf-office = Ma bixin cinwaan iimayl? Xafiiska caafimaadka ayaa kuu bixinaya nuqul cusub.

## Verify page (/pruefen)

verify-title = Hubi shahaado
verify-intro = Halkan xafiiska caafimaadka, loo-shaqeeyayaasha iyo kormeerka cuntadu waxay ku hubiyaan shahaado sida uu dhigayo Qodobka 43 (1) IfSG.
verify-enter-code = Koodka shahaadada
verify-code-hint = 16 xaraf, tusaale ahaan ABCD-EFGH-JKMN-PQRS
verify-check = Hubi
verify-valid = Ansax: Shahaadadan waa la bixiyey, lagumana dhawaaqin inaysan ansax ahayn.
verify-revoked = Lagu dhawaaqay inaysan ansax ahayn: Shahaadadani ansax ma aha mar dambe.
verify-unknown = Lama yaqaan: Koodkan shahaado uma jirto.
verify-deleted = Waa la tirtiray kadib markii ay dhammaatay muddada kaydintu: Xafiiska caafimaadku wuxuu koodkan ku bixiyey shahaado, xogteedana wuu tirtiray kadib muddada kaydinta. Shahaadadu weli waa ansax; nuqul labaad lama bixin karo mar dambe.
verify-deleted-revoked = Waa la tirtiray kadib markii ay dhammaatay muddada kaydintu: Shahaadadan waxaa hore loogu dhawaaqay inaysan ansax ahayn. Xogteeda waa la tirtiray kadib muddada kaydinta.
verify-deleted-check = Magaca iyo taariikhda dhalashada mar dambe lama kaydiyo. Fadlan qofka ku hubi saxiixa dijitaalka ah ee koodka QR (hoos) iyo kaar aqoonsi.
verify-issued-at = Taariikhda la bixiyey
verify-deleted-at = Taariikhda la tirtiray
verify-typo = Qalad qoraal: Koodkan sidan uma jiri karo. Fadlan xaraf xaraf u barbar dhig.
verify-malformed = Kani ma aha koodka shahaado (16 xaraf oo ka kooban lambarro iyo xarfo).
verify-holder = Milkiilaha
verify-latin-spelling = Qoraalka baasaboorka (xarfaha Laatiinka)
verify-birth-date = Taariikhda dhalashada
verify-instructed-at = Taariikhda tababarka
verify-issuer = Waxaa bixiyey
verify-guardian = Bayaanka waxaa bixiyey (Qodobka 43 (6) IfSG)
verify-revoked-at = Taariikhda lagu dhawaaqay inaysan ansax ahayn
verify-reason = Sababta
verify-valid-until = Waxay ansax u tahay bilaabidda shaqada markii ugu horreysay ilaa { $date }; intaas kadib waxay ansax tahay iyada oo aan xad waqti lahayn.
verify-signature-heading = Saxiixa dijitaalka ah ee koodka QR
verify-signature-noscript = JavaScript la'aan boggani wuxuu hubiyaa diiwaanka xafiiska caafimaadka (kor). JavaScript leh wuxuu sidoo kale hubiyaa saxiixa koodka QR.
verify-signature-none = Boggan waxaa la furay kood QR la'aan; saxiix la hubiyo ma jiro.
verify-signature-checking = Saxiixa waa la hubinayaa …
verify-signature-valid = Saxiixu waa run, wuxuuna ku habboon yahay shahaadadan.
verify-signature-invalid = Saxiixu ANSAX MA AHA: xogta waa la beddelay ama kama iman xafiiska caafimaadka.
verify-upload-heading = Hubi fayl PDF ah
verify-upload-hint = Wuxuu hubiyaa in fayl PDF ah uu xafiiska caafimaadku u bixiyey si sax ah sidan oo kale.
verify-upload = Hubi faylka
verify-upload-exact = Faylkan si sax ah ayaa sidan loo bixiyey.
verify-upload-not-exact = Faylkan sidan LOOMA bixin (waa la beddelay, ama waa shahaado kale).
verify-upload-missing = Fadlan dooro fayl PDF ah.
verify-language = Luqadda
verify-development-key = Fure horumarin — ansax ma aha: Shahaadadan waxaa lagu saxiixay fure horumarin (tijaabo ama bandhig), mana aha shahaado ansax ah oo xafiiska caafimaadka.
verify-signature-development = Saxiixu wuxuu ka yimid fure horumarin — ansax ma aha. Shahaadadan oo kale waa tijaabo keliya.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Si khalad ah ayaa loo bixiyey
verify-revocation-replaced = Waxaa lagu beddelay shahaado cusub
verify-revocation-obtained-by-deception = Khiyaano ayaa lagu helay
verify-revocation-other = Sabab kale

## How the identity is checked

identity-heading = Sida aan u hubinno cidda aad tahay
identity-intro = Shahaadada waxaa ku qoran magacaaga. Sidaas darteed xafiiska caafimaadku wuxuu hubiyaa inay run ahaantii adiga tahay. Dooro sida:
identity-choose = Fadlan dooro sida aad u caddaynayso aqoonsigaaga.
identity-staff = Ku tus kaarka aqoonsiga xafiiska caafimaadka
identity-staff-needs = Hadda tababarka online ayaad ku qaadanaysaa. Kadib waxaad xafiiska caafimaadka tusaysaa kaarkaaga aqoonsiga, baasaboorkaaga ama ruqsaddaada deganaanshaha: adigoo jooga xafiiska ama wicitaan fiidiyow ah. Markaas oo keliya ayaad helaysaa shahaadada.
identity-bundid = Adigoo isticmaalaya kaarka aqoonsiga online-ka (BundID)
identity-bundid-needs = Waxaad u baahan tahay: kaarkaaga aqoonsiga oo leh shaqada online-ka, taleefan casri ah oo leh NFC iyo PIN-kaaga lix lambar ka kooban. Shahaadada isla markiiba ayaad helaysaa.
identity-none = Xafiiskan caafimaadku ma hubiyo kaarkaaga aqoonsiga. Shahaadadu waxay ansax tahay oo keliya iyadoo la socota kaar aqoonsi rasmi ah oo sawir leh.
identity-bundid-login = Ku soo gal kaarka aqoonsiga online-ka
identity-or-typed = Ama adigu qor macluumaadkaaga
identity-bundid-fixed = Magacaaga iyo taariikhda dhalashadaada waxay ka yimaadeen kaarkaaga aqoonsiga online-ka. Halkan kama beddeli kartid.
bundid-refused-title = Ku soo galidda kaarka aqoonsiga online-ka ma shaqayn
bundid-refused = Waxba lama kaydin. Fadlan mar kale soo gal.
bundid-too-low = Xafiiskan caafimaadku wuxuu u baahan yahay kaarka aqoonsiga online-ka. Soo galiddaadu waxay lahayd heer ammaan oo hoose. Fadlan ku soo gal kaarkaaga aqoonsiga iyo PIN-kiisa.
bundid-expired = Wakhtigii soo galiddaadu wuu dhammaaday. Fadlan mar kale soo gal.
bundid-again = Mar kale soo gal
pending-heading = Waad ku dhowdahay: tus kaarkaaga aqoonsiga
pending-intro = Bayaankaaga waa la kaydiyay. Xafiiska caafimaadku wuxuu bixinayaa shahaadada marka uu hubiyo kaarkaaga aqoonsiga. Markaas sheeg lambarka kiiskaaga.
pending-case = Lambarka kiiskaaga
pending-office = Sida loola sii socdo xafiiska caafimaadka:
pending-booking = Ballan u qabso wicitaan fiidiyow
pending-rejected = Xafiiska caafimaadku ma xaqiijin karin aqoonsigaaga. Fadlan la xiriir xafiiska caafimaadka.

## Fees
fee-free = Tababarku waa bilaash.
fee-before-course = Tababarku wuxuu ku kacayaa { $amount }. Lacagta waxaad bixinaysaa ka hor koorsada.
fee-before-certificate = Tababarku wuxuu ku kacayaa { $amount }. Lacagta waxaad bixinaysaa tababarka kadib, ka hor intaadan helin shahaadada.
fee-heading = Bixi khidmadda
fee-intro-course = Tababarku wuxuu ku kacayaa { $amount }. Fadlan marka hore bixi lacagta. Kadib koorsadu way bilaabanaysaa.
fee-intro-certificate = Bayaankaaga waa la kaydiyay. Tababarku wuxuu ku kacayaa { $amount }. Marka aad lacagta bixiso, waxaad helaysaa shahaadadaada.
fee-online-heading = Online ku bixi
fee-online-text = Lacagta waxaad ku bixinaysaa adeegga lacag-bixinta ee gobolka (Bundesland), tusaale ahaan kaarka deynta (credit card), PayPal ama bangigaaga. Kadib halkan ayaad ku soo noqonaysaa.
fee-online-button = Hadda bixi { $amount }
fee-online-missing = Xafiiskan caafimaadka weli lacagta online laguma bixin karo. Ku bixi kuubon (voucher) ama xafiiska caafimaadka.
fee-payment-open = Lacag-bixintaadu weli ma dhammaan. Haddii aad horey u bixisay, fadlan wax yar sug, kadibna boggan dib u cusboonaysii.
fee-payment-cancelled = Lacag-bixinta waa la joojiyay. Mar kale ayaad isku dayi kartaa.
fee-payment-failed = Lacag-bixintu ma shaqayn. Mar kale ayaad isku dayi kartaa ama si kale ayaad u bixin kartaa.
fee-unavailable = Adeegga lacag-bixinta hadda lama heli karo. Fadlan mar kale isku day dhowr daqiiqo kadib. Macluumaadkaagu way sii kaydsan yihiin.
fee-not-offered = Xafiiskan caafimaadku tan ma bixiyo.
fee-voucher-heading = Ku bixi kuubon
fee-voucher-label = Koodka kuubonka (tusaale ABCD-EFGH-JKMN)
fee-voucher-button = Isticmaal kuubonka
fee-voucher-invalid = Kuubonkan ma shaqeynayo. Lama yaqaan, hore ayaa loo isticmaalay, ama wakhtigiisii wuu dhammaaday.
fee-voucher-typo = Koodka waxaa ku jira qalad qoraal. Fadlan hubi xaraf kasta.
fee-waiver-heading = Ka dhaafidda khidmadda
fee-waiver-text = Xafiiska caafimaadku khidmadda wuu ka dhaafaa xaaladahan:
fee-waiver-volunteer = shaqo tabarruc ah, tusaale ahaan urur ama Tafel (bangiga cuntada)
fee-waiver-internship = tababar shaqo oo ardayda dugsiga
fee-waiver-benefits = dadka hela Bürgergeld (gargaarka aasaasiga ah), Sozialhilfe (gargaarka bulshada) ama Asylbewerberleistungen (gargaarka magangalyo-doonka)
fee-waiver-reason = Sabab gaaban, tusaale ahaan magaca ururka ama dugsiga
fee-waiver-button = Codso ka dhaafid
fee-waiver-staff-note = Xafiiska caafimaadku wuu hubinayaa codsigaaga. Wuxuu kaa codsan karaa caddayn.
fee-waiver-choose = Fadlan dooro sababta aad u rabto in lagaa dhaafo khidmadda.
fee-waiver-reason-missing = Fadlan qor sabab gaaban (ugu badnaan { $max } xaraf).
fee-waiver-pending = Codsigaaga ka dhaafidda waa la kaydiyay. Xafiiska caafimaadku wuu hubinayaa. Goor dambe dib u eeg boggan.
fee-waiver-refused = Xafiiska caafimaadku ma oggolaan ka dhaafidda. Fadlan bixi khidmadda.
fee-desk = Khidmadda waxaad sidoo kale ka bixin kartaa xafiiska caafimaadka.
done-fee-online = La bixiyay: { $amount } taariikhda { $date }, lambarka lacag-bixinta { $reference }.
done-fee-voucher = Lagu bixiyay kuubonka { $reference } taariikhda { $date }.
done-fee-waiver = Laga dhaafay khidmadda taariikhda { $date }.
done-fee-desk = Xafiiska caafimaadka laga bixiyay: { $amount } taariikhda { $date }.

## Wallet
wallet-credential-name = Shahaado sida uu dhigayo § 43 Infektionsschutzgesetz (Sharciga Ka-hortagga Cudurrada Faafa)
wallet-claim-given_name = Magaca hore
wallet-claim-family_name = Magaca qoyska
wallet-claim-birthdate = Taariikhda dhalashada
wallet-claim-instructed_on = Taariikhda tababarka
wallet-claim-issuing_authority = Xafiiska caafimaadka
wallet-claim-certificate_code = Koodka shahaadada
wallet-claim-identity_check = Hubinta aqoonsiga
wallet-claim-given_name_latin = Magaca hore oo xarfaha Laatiinka ah
wallet-claim-family_name_latin = Magaca qoyska oo xarfaha Laatiinka ah
wallet-heading = Shahaadada ku jirta wallet-kaaga
wallet-what = Wallet-ku waa app taleefanka ku jira oo lagu kaydiyo caddaymaha, tusaale ahaan EUDI-Wallet. Shahaadada halkaas ayaad ku kaydsan kartaa, kadibna waad tusi kartaa loo-shaqeeyahaaga ama kormeerka cuntada.
wallet-pdf-stays = Wallet uma baahnid: shahaadada PDF-ka ah way ansax tahay xitaa haddii aanad wallet lahayn.
wallet-button = Shahaadada ku dar wallet-ka
wallet-offer-heading = Ku dar wallet-ka
wallet-offer-scan = Koodkan ku iskaan garee app-ka wallet-kaaga. Haddii wallet-ku ku jiro taleefankan, taabo badhanka.
wallet-offer-qr = Koodka QR ee wallet-ka
wallet-offer-open = Ka fur wallet-ka taleefankan
wallet-offer-pin = Wallet-ku wuxuu ku weydiinayaa PIN. PIN-kaagu waa:
wallet-offer-pin-mailed = Wallet-ku wuxuu ku weydiinayaa PIN. PIN-ka waxaan iimayl ahaan kuugu soo dirnay { $email }.
wallet-offer-expiry = Koodka iyo PIN-ku waxay shaqeeyaan 15 daqiiqo iyo hal mar oo keliya. Kadib halkan ayaad ka helaysaa kuwo cusub.
wallet-offer-back = Ku noqo shahaadada
wallet-check-heading = Hubi shahaado ka timid wallet
wallet-check-intro = Waxaa loogu talagalay loo-shaqeeyayaasha iyo kormeerka cuntada: Qofku wuxuu shahaadada ka tusayaa wallet-kiisa. Taas awgeed wallet-ku wuxuu u baahan yahay qaatahan iyo qiimahan hal mar ah.
wallet-check-audience = Qaataha
wallet-check-nonce = Qiimaha hal mar ah
wallet-check-label = Caddaynta wallet-ka (SD-JWT oo leh Key-Binding-JWT)
wallet-check-button = Hubi
wallet-check-valid = Ansax: waxaa saxiixay xafiiska caafimaadka, lama joojin, waxaana lagu soo bandhigay wallet-ka qofka.
wallet-check-revoked = Waa la joojiyey: Shahaadadani ansax ma aha mar dambe.
wallet-check-development = Waxaa lagu saxiixay fure tijaabo ah: Tani ma aha caddayn ansax ah.
wallet-check-claims = Macluumaadka la soo bandhigay
wallet-check-office = Waxaa bixiyey
wallet-check-again = Hubi caddayn kale
wallet-check-invalid-form = Ansax ma aha: Tani ma aha caddayn dhammaystiran oo ka timid wallet.
wallet-check-invalid-signature = Ansax ma aha: Saxiixu ma saxna, ama bixiyuhu ma aha xafiis caafimaad oo ka tirsan adeeggan.
wallet-check-invalid-disclosure = Ansax ma aha: Macluumaad ka mid ah waa la beddelay.
wallet-check-invalid-binding = Ansax ma aha: Caddaynta laguma soo bandhigin wallet-ka qofka.
wallet-check-invalid-audience = Ansax ma aha: Qiimaha hal mar ah lama yaqaan, wakhtigiisii wuu dhammaaday, ama hore ayaa loo isticmaalay. Boggan dib u cusboonaysii, kadibna caddaynta mar kale soo bandhig.
wallet-check-invalid-time = Ansax ma aha: Caddayntu aad bay u duug tahay. Mar kale soo bandhig.
