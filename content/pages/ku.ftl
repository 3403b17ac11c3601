# Page texts for learners (Kurmanji Kurdish), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Agahdarkirin li gorî § 43 Infektionsschutzgesetz (Qanûna Parastina ji Enfeksiyonan)
machine-translation-notice = Ev werger bi makîneyê hatiye çêkirin û nehatiye kontrolkirin. Metna almanî ya diyarker e.
machine-translation-link = Bi almanî bixwîne
skip-to-content = Here naverokê
language-label = Ziman
language-submit = Ziman biguherîne
footer-accessibility = Gihîştinbarî
footer-privacy = Parastina daneyan
footer-imprint = Agahiyên qanûnî
footer-verify = Belgeyê kontrol bike

## Start page

start-heading = Agahdarkirina online ji bo karê bi xwarinê re
start-intro = Kesê ku bi awayekî pîşeyî hin xwarinên diyar çêdike, amade dike an difiroşe, an jî di metbexên xwaringeh, kantîn û saziyên wekhev de dixebite (§ 42 bend 1 û 2 IfSG), berî roja yekem a kar hewceyî belgeya Daîreya Tenduristiyê ye. Li vir hûn agahdarkirinê online dikin û belgeyê tavilê distînin.
start-how-heading = Wiha dibe
start-step-videos = Hûn { $chapters } vîdyoyên kurt bi jêrnivîsan temaşe dikin, bi hev re nêzîkî { $minutes } deqîqe.
start-step-quiz = Hûn bersiva çend pirsan li ser vîdyoyan didin.
start-step-declaration = Hûn daxuyanî didin ku hûn ti sedemên qedexeya kar nizanin.
start-step-certificate = Hûn belgeyê wek pelê PDF distînin.
start-bring-heading = Ev ji we re lazim e
start-bring = Nasname an pasaporta we (ji bo nivîsîna rast a navê we), nêzîkî { $total } deqîqe wext û deng an guhlêk.
start-cost-heading = Lêçûn
start-cost = Daîreya Tenduristiyê ya we lêçûnan diyar dike. Dema ku we Daîreya Tenduristiyê ya xwe hilbijart, hûn wan dibînin.
start-find-office = Daîreya Tenduristiyê ya xwe bibînin
postcode-label = Koda postayê ya cihê ku hûn lê dijîn
postcode-hint = 5 reqem, bo nimûne 99999
postcode-search = Li Daîreya Tenduristiyê bigere
postcode-invalid = Ji kerema xwe koda postayê bi 5 reqeman binivîsin.
postcode-none = Ji bo vê koda postayê li vir ti Daîreya Tenduristiyê agahdarkirinê pêşkêş nake. Daîreyeke Tenduristiyê ji lîsteyê hilbijêrin an ji Daîreya Tenduristiyê ya xwe bipirsin.
office-list-heading = Hemû Daîreyên Tenduristiyê
office-choose = Agahdarkirinê li vê Daîreya Tenduristiyê dest pê bike
office-not-in-language = Ev Daîreya Tenduristiyê agahdarkirinê bi zimanê we pêşkêş nake.
resume-heading = Berdewam bikin
resume-text = We berê dest pê kiriye. Li cihê ku hûn lê sekinîn berdewam bikin.
resume-button = Berdewam bike

## Personal details

enrol-heading = Agahiyên we
enrol-intro = Navê xwe wek di nasname an pasaporta xwe de binivîsin. Ev agahî li ser belgeyê tên nivîsîn.
enrol-office = Daîreya Tenduristiyê
given-name-label = Navê pêşîn (an navên pêşîn)
family-name-label = Paşnav
latin-intro = Tenê heke navê we bi alfabeyeke din hatibe nivîsîn: navê we bi tîpên latînî, wek di pasaportê de.
given-name-latin-label = Navê pêşîn (an navên pêşîn) bi tîpên latînî
family-name-latin-label = Paşnav bi tîpên latînî
birth-date-label = Dîroka jidayikbûnê
birth-date-hint = Roj.Meh.Sal, bo nimûne 31.12.1990 an bê xal 31121990
email-label = Navnîşana e-nameyê (ne mecbûrî)
email-hint = Wê demê em belgeyê bi e-nameyê jî ji we re dişînin.
enrol-privacy = Daîreya Tenduristiyê agahiyên we tenê ji bo agahdarkirinê û belgeyê bi kar tîne.
enrol-submit = Berdewam bike bo vîdyoyan
form-errors-heading = Ji kerema xwe agahiyên xwe kontrol bikin:
error-given-name = Ji kerema xwe navê xwe yê pêşîn binivîsin, wek di nasnameyê de.
error-family-name = Ji kerema xwe paşnavê xwe binivîsin, wek di nasnameyê de.
error-latin = Navê we li ser belgeyê tenê bi tîpên latînî dikare were çapkirin. Ji kerema xwe wî wek di pasaportê de jî binivîsin.
error-birth-date = Ji kerema xwe dîroka jidayikbûnê wiha binivîsin: Roj.Meh.Sal, bo nimûne 31.12.1990 an 31121990.
error-birth-date-no-such-day = Ev roj tune ye. Ji kerema xwe roj û mehê kontrol bikin.
error-birth-date-two-digit-year = Ji kerema xwe salê bi çar hejmaran binivîsin, bo nimûne 1990 li şûna 90.
error-birth-date-future = Ev dîrok di pêşerojê de ye. Ji kerema xwe salê kontrol bikin.
error-birth-date-too-young = Agahdarkirin tenê ji { $min } saliyê û pê ve gengaz e.
error-birth-date-implausible = Ji kerema xwe salê kontrol bikin: Ev dîrok pir kevn e.
error-name-character = Nîşana “{ $character }” di navekî de nayê qebûlkirin. Tenê tîp, valahî, apostrof, xêzik û xal tên qebûlkirin.
error-name-too-long = Nav pir dirêj e: herî zêde { $max } tîp.
error-name-no-letter = Divê di navekî de herî kêm tîpek hebe.
error-title-prefix = Çewtî:
error-email = Ji kerema xwe navnîşana e-nameyê kontrol bikin, an qadê vala bihêlin.
error-name-invisible = Di navê de tîpeke nexuya an rêzeke nû heye (mînak tîpeke dagirtinê). Ji kerema xwe navê ji nû ve binivîsin, li şûna ku wî kopî bikin.
error-name-direction = Di navê de tîpeke kontrolê ya aliyê nivîsînê heye ku awayê nîşandana navê diguherîne. Ji kerema xwe navê ji nû ve binivîsin.
error-name-joiner = Di navê de tîpeke girêdanê ya nexuya li cihekî şaş heye. Ew tenê di navbera du tîpên nivîsekê wek erebî, farisî an hindî de tê qebûlkirin.
error-name-mixed-script = Peyveke navê tîpên latînî bi tîpên kirîlî an yewnanî yên wek hev xuya dikin re tevlihev dike (mînak М û M). Ji kerema xwe her peyvê tenê bi alfabeyekê binivîsin, wek di pasaportê de.
error-email-plain = Ji kerema xwe tenê navnîşana e-nameyê binivîsin, mînak nav@example.org: bê nav li pêşiyê, bê nîşanên < û >, û bi navê domainê li şûna navnîşana IP.

## Overview

course-heading = Agahdarkirina we
course-progress = { $done } ji { $total } vîdyoyan hatin temaşekirin
chapter-done = hat temaşekirin
chapter-open = hêj nehatiye temaşekirin
resume-link-heading = Paşê berdewam bikin
resume-link-text = Bi vê girêdanê hûn dikarin paşê berdewam bikin, li ser amûreke din jî. Vê girêdanê nedin ti kesî.
next-quiz = Berdewam bike bo pirsan
quiz-locked = Dema ku we hemû vîdyo temaşe kirin, pirs vedibin.

## Chapter

chapter-of = Beş { $number } ji { $total }
video-noscript = Ji bo ku temaşekirin were hejmartin, ev rûpel hewceyî JavaScript e. Ji kerema xwe JavaScript vekin. Tiştên din bêyî wê jî dixebitin.
video-status = Hat temaşekirin: { $percent } %
video-status-done = Ev vîdyo bi temamî hat temaşekirin.
video-status-offline = Girêdan tune. Dema ku girêdan dîsa hebe, pêşveçûna we tê şandin.
video-hint = Her vîdyoyê heta dawiyê temaşe bikin. Beşa ku hûn derbas dikin nayê hejmartin.
video-narrated-in = Zimanê vîdyoyê: { $narration }. Zimanê jêrnivîsan: { $captions }.
video-sign-language = Zimanê îşaretan (DGS)
chapter-text-heading = Nivîsa vîdyoyê
chapter-next = Beşa din
chapter-overview = Vegere nêrîna giştî

## Questions

quiz-heading = Pirsên li ser agahdarkirinê
quiz-intro = Bersiva { $count } pirsan bidin. Di hin pirsan de çend bersiv rast in: Hemû bersivên rast hilbijêrin. Bi { $percent } % bersivên rast hûn derbas dibin.
quiz-start = Dest bi pirsan bike
quiz-question = Pirs { $number } ji { $count }
quiz-submit = Bersivan bişîne
quiz-passed = Hûn derbas bûn: { $score } ji { $count } bersivan rast in.
quiz-failed = Mixabin hûn derbas nebûn: { $score } ji { $count } bersivan rast in.
quiz-retry = Dîsa biceribîne
quiz-attempts-left = Hêj { $left } derfetên we hene.
quiz-rewatch = We hemû derfet bi kar anîn. Ji kerema xwe vîdyoyan dîsa temaşe bikin. Paşê hûn dikarin dîsa bersiva pirsan bidin.
quiz-correct = Rast
quiz-wrong = Çewt
quiz-next = Berdewam bike bo daxuyaniyê
quiz-choose-all = Hemû bersivên rast hilbijêrin.
quiz-your-answer = Bersiva we
quiz-right-answer = Bersiva rast
quiz-no-answer = bersiv tune
quiz-next-question = Pirsa din
quiz-previous = Vegere pirsa berê
quiz-to-review = Berdewam bike bo bersivên we
quiz-review-heading = Bersivên we
quiz-review-intro = Bersivên xwe kontrol bikin. Bi “Biguherîne” hûn vedigerin pirsê. Paşê bersivan bişînin.
quiz-change = Biguherîne

## Declaration

declaration-heading = Daxuyaniya we
declaration-confirm = Erê, ez vê daxuyaniyê didim.
declaration-handover-heading = Ji kerema xwe amûrê niha bidin kesê din
declaration-handover = Hûn ji 18 salî biçûktir in. Loma diya we, bavê we an wesiyê we daxuyaniyê li şûna we dide (§ 43 bend 6 IfSG). Ji kerema xwe amûrê niha bidin vî kesî.
declaration-handover-continue = Ez dê, bav an wesî me – berdewam
declaration-carer-link = Alîkarê min ê qanûnî (Betreuer) daxuyaniyê li şûna min dide
declaration-representative-heading = Daxuyanî ji bo kesekî din
declaration-representative-intro = Hûn daxuyaniyê ji bo { $name } didin. Navê xwe binivîsin, wek ku di nasnameya we de ye.
declaration-representative-facts = Rastiyên ku qedexeya kar pêwîst dikin bo nimûne ev in: zikçûn bi zêdetirî du caran pîsiya şil di rojê de; vereşîn; taya bilind bi serêşa xurt, zikêş an êşa movikan; çermê zer an çavên zer; birîn an cihên çerm ên ku kêm tê de heye an av jê tê; an jî bijîşkekî an laboratuwarekê Salmonella, Shigella, EHEC, mîkrobên tîfo an kolerayê an hepatît A an E dîtiye. Heke hûn rastiyên wisa derbarê { $name } de dizanin, daxuyaniyê nedin û serî li Daîreya Tenduristiyê bidin.
declaration-role-legend = Hûn daxuyaniyê bi vê sifetê didin
declaration-role-parent = Dê an bavê xwedî mafê lênêrînê
declaration-role-guardian = Wesî (ji aliyê dadgeha malbatê ve hatiye tayînkirin)
declaration-role-carer = Alîkarê qanûnî yê kesê mezin (Betreuer); qada erkên we vê daxuyaniyê dihewîne
representative-given-name-label = Navê we yê pêşîn
representative-family-name-label = Paşnavê we
declaration-representative-next = Berdewam bike bo daxuyaniyê
declaration-german-heading = Metna almanî ya diyarker
declaration-translation-heading = Werger
error-role = Ji kerema xwe hilbijêrin ku hûn bi kîjan sifetê daxuyaniyê didin.
error-representative-is-holder = Ji kerema xwe navê xwe binivîsin: Daxuyaniyê ew kes dide ku li şûna kesekî din tevdigere, ne kesê ku agahdarkirin wergirtiye bi xwe.
declaration-submit = Daxuyaniyê bide û belgeyê bistîne
declaration-required = Ji kerema xwe daxuyaniyê bipejirînin. Heke hûn sedemên qedexeya kar dizanin, hûn nikarin dest bi kar bikin: Serî li Daîreya Tenduristiyê ya xwe bidin.

## Done

done-heading = Qediya! Belgeya we li vir e.
done-code = Koda belgeyê
done-download = Belgeyê daxe (PDF)
done-view = Belgeyê wek rûpela webê bibîne: ji bo xwendina bi deng û ji bo çapkirinê
certificate-view-heading = Belgeya we
certificate-view-intro = Ev heman belge ye ku di pelê PDF de ye, lê wek rûpela webê ji bo xwendina bi deng û ji bo çapkirinê. Her guhertoyek dikare bi kodê were kontrolkirin.
done-mailed = Em belgeyê her wiha ji { $email } re dişînin.
done-employer = Belgeyê bidin kardêrê xwe. Di roja yekem a kar de, divê belge ji sê mehan kevintir nebe.
done-verify = Her kes dikare belgeyê bi koda QR kontrol bike.

## Errors

error-heading = Ev bi ser neket
error-not-found = Ev rûpel tune.
error-session = Ev agahdarkirin li ser amûreke din dest pê kir, an jî girêdan ne temam e. Girêdana ku we tomar kiriye vekin.
error-expired = Form pir dirêj vekirî ma. Ji kerema xwe dîsa biceribînin.
error-unavailable = Xizmet niha ne berdest e. Agahiyên we hatine tomarkirin. Ji kerema xwe piştî çend deqîqeyan dîsa biceribînin.
error-too-many = Ji girêdana înternetê ya we niha gelek zêde qeyd hatin destpêkirin. Ji kerema xwe piştî çend deqîqeyan dîsa biceribînin.
error-back = Vegere destpêkê

## Pages of the health office

accessibility-heading = Daxuyaniya gihîştinbariyê
privacy-heading = Agahiya parastina daneyan
imprint-heading = Agahiyên qanûnî
accessibility-sign-language = Beşên ku vîdyoyeke wan bi zimanê îşaretan ê almanî (DGS) heye: { $chapters }.
accessibility-sign-language-none = Hîn di tu beşê de vîdyoyeke bi zimanê îşaretan ê almanî (DGS) tune ye.
imprint-pictures = Wêneyên di vîdyoyan de ji OpenMoji (openmoji.org) ne, di bin lîsansa CC BY-SA 4.0 de.
privacy-short-heading = Ya herî girîng bi kurtî
privacy-short = { $office } navê we, dîroka jidayikbûna we, bersivên we û daxuyaniya we bi kar tîne, da ku we li gorî § 43 Infektionsschutzgesetz agahdar bike û belgeyê ji we re bide. Dema ku we hemû vîdyo dîtin, pirs derbas kirin û daxuyanî da, belge bi xweber tê dayîn. Kesê ku koda belgeyê dizane dikare belgeyê kontrol bike û navê we, dîroka jidayikbûna we, dîroka agahdarkirinê û ka belge derbasdar e an na dibîne. Agahdarkirineke ku neqediyaye piştî { $days } rojan tê jêbirin, belgeyek jî piştî { $years } salan. Mafê we heye ku agahiyan bixwazin, wan rast bikin û gilî bikin. Pirs ji bo: { $email }.
privacy-full-german = Agahiya tevahî ya parastina daneyan li jêr bi almanî tê; ew diyarker e.
office-text-german = Daîreya Tenduristiyê vê nivîsê tenê bi almanî dide.
privacy-sections-heading = Agahiya tevahî ya parastina daneyan
privacy-section-previous = Beşa berê
privacy-section-next = Beşa din
privacy-section-overview = Hemû beşên agahiya parastina daneyan

## Links, access and the certificate by one-time code

resume-link-create = Girêdanekê çêke
resume-link-once = Girêdan tenê carekê û { $days } rojan dixebite.
resume-link-copy = Girêdanê kopî bike
resume-link-copied = Hat kopîkirin
resume-link-mail = Girêdanekê ji navnîşana e-nameya min re bişîne
resume-link-mailed = Me girêdaneke nû ji navnîşana e-nameya we re şand. Ew tenê carekê dixebite.
resume-link-no-address = We navnîşana e-nameyê nedaye. Girêdanê li vir çêkin û ji xwe re binivîsin.
resume-spent-heading = Ev girêdan êdî derbasdar nîne
resume-spent-text = Girêdan berê hatiye bikaranîn an dema wê qediyaye. Her girêdan tenê carekê dixebite.
resume-spent-mail = Em dikarin girêdaneke nû ji navnîşana e-nameya we re bişînin.
resume-spent-mail-button = Girêdaneke nû bi e-nameyê bişîne
resume-spent-no-mail = Ji bo vê hînkirinê tu navnîşana e-nameyê nehatiye tomarkirin. Hînkirinê di geroka ku we tê de dest pê kiribû de veke, an serî li ofîsa tenduristiyê bide.
resume-mailed = Me girêdaneke nû ji navnîşana e-nameya we re şand. Ew tenê carekê dixebite.
error-access-ended = Belgeya we berê hatiye derxistin. Ji bo parastina we ev gihîştin êdî wê venake. PDF-ê bi koda belgeyê, roja jidayikbûna xwe û kodeke yekcarî ya bi e-nameyê distînin.
pdf-heading = Belgeyê daxe
pdf-intro = Koda belgeyê û roja jidayikbûna xwe binivîsin. Em kodeke yekcarî ji navnîşana e-nameyê ya ku we di tomarkirinê de daye re dişînin.
pdf-send = Koda yekcarî bişîne
pdf-sent = Heke agahî bi belgeyeke bi navnîşana e-nameyê re li hev bikin, me kodeke yekcarî li wir şand. Ew { $minutes } deqeyan derbasdar e.
pdf-one-time-label = Koda yekcarî ya ji e-nameyê
pdf-download = PDF daxe
pdf-view = Wek rûpela webê bibîne: ji bo xwendina bi deng an ji bo çapkirinê
pdf-code-wrong = Koda yekcarî şaş e an êdî derbasdar nîne. Piştî 5 ceribandinan êdî derbasdar nabe: wê demê kodeke nû bixwazin.
pdf-code-malformed = Ji kerema xwe koda belgeyê kontrol bikin: 16 tîp, wek mînak ABCD-EFGH-JKMN-PQRS.
pdf-office = We navnîşana e-nameyê nedaye? Ofîsa tenduristiyê ji we re nusxeyeke nû derdixe.

## Verify page (/pruefen)

verify-title = Belgeyê kontrol bike
verify-intro = Li vir Daîreya Tenduristiyê, kardêr û kontrola xwarinê belgeyeke li gorî § 43 bend 1 IfSG kontrol dikin.
verify-enter-code = Koda belgeyê
verify-code-hint = 16 nîşan, bo nimûne ABCD-EFGH-JKMN-PQRS
verify-check = Kontrol bike
verify-valid = Derbasdar: Ev belge hatiye dayîn û nederbasdar nehatiye îlankirin.
verify-revoked = Nederbasdar hatiye îlankirin: Ev belge êdî ne derbasdar e.
verify-unknown = Nenas: Ji bo vê kodê ti belge tune.
verify-deleted = Piştî dawiya dema hilanînê hatiye jêbirin: Daîreya Tenduristiyê bi vê kodê belgeyek daye û piştî dema hilanînê daneyên wê jê birine. Belge derbasdar dimîne; nusxeyeke duyem êdî ne gengaz e.
verify-deleted-revoked = Piştî dawiya dema hilanînê hatiye jêbirin: Ev belge berê nederbasdar hatibû îlankirin. Daneyên wê piştî dema hilanînê hatine jêbirin.
verify-deleted-check = Nav û dîroka jidayikbûnê êdî nayên hilanîn. Vî kesî bi îmzeya dîjîtal ji koda QR (li jêr) û bi belgeyeke nasnameyê kontrol bikin.
verify-issued-at = Dîroka dayînê
verify-deleted-at = Dîroka jêbirinê
verify-typo = Xeletiya nivîsînê: Kodeke wisa ne gengaz e. Ji kerema xwe wê nîşan bi nîşan berhev bikin.
verify-malformed = Ev ne koda belgeyekê ye (16 nîşan ji hejmar û tîpan).
verify-holder = Xwediyê belgeyê
verify-latin-spelling = Nivîsîna di pasaportê de (bi tîpên latînî)
verify-birth-date = Dîroka jidayikbûnê
verify-instructed-at = Dîroka agahdarkirinê
verify-issuer = Saziya ku daye
verify-guardian = Kesê ku daxuyanî daye (§ 43 bend 6 IfSG)
verify-revoked-at = Dîroka nederbasdar îlankirinê
verify-reason = Sedem
verify-valid-until = Ji bo destpêkirina karê cara yekem heta { $date } derbasdar e; piştî wê bê sînorê demê derbasdar e.
verify-signature-heading = Îmzeya dîjîtal ji koda QR
verify-signature-noscript = Bêyî JavaScript ev rûpel tomara li Daîreya Tenduristiyê kontrol dike (li jor). Bi JavaScript ew her wiha îmzeya ji koda QR jî kontrol dike.
verify-signature-none = Ev rûpel bêyî koda QR hat vekirin; ti îmze tune ku were kontrolkirin.
verify-signature-checking = Îmze tê kontrolkirin …
verify-signature-valid = Îmze rast e û bi vê belgeyê re li hev tê.
verify-signature-invalid = Îmze NE derbasdar e: Dane hatine guhertin an ne ji Daîreya Tenduristiyê ne.
verify-upload-heading = Pelê PDF kontrol bike
verify-upload-hint = Kontrol dike ka pelekî PDF tam wisa ji aliyê Daîreya Tenduristiyê ve hatiye dayîn.
verify-upload = Pelê kontrol bike
verify-upload-exact = Ev pel tam wisa hatiye dayîn.
verify-upload-not-exact = Ev pel NE wisa hatiye dayîn (hatiye guhertin an ya belgeyeke din e).
verify-upload-missing = Ji kerema xwe pelekî PDF hilbijêrin.
verify-language = Ziman
verify-development-key = Mifteya pêşxistinê — ne derbasdar: Ev belge bi mifteya pêşxistinê (ceribandin an nîşandan) hatiye îmzekirin û ne belgeyeke derbasdar a Daîreya Tenduristiyê ye.
verify-signature-development = Îmze ji mifteya pêşxistinê ye — ne derbasdar. Belgeyeke wiha tenê ceribandinek e.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Bi şaşî hatiye dayîn
verify-revocation-replaced = Bi belgeyeke nû hatiye guhertin
verify-revocation-obtained-by-deception = Bi xapandinê hatiye bidestxistin
verify-revocation-other = Sedemeke din

## How the identity is checked

identity-heading = Em çawa kontrol dikin ku hûn kî ne
identity-intro = Navê we li ser belgeyê ye. Ji ber vê yekê Daîreya Tenduristiyê kontrol dike ku ew bi rastî hûn in. Hilbijêrin bi çi awayî:
identity-choose = Ji kerema xwe hilbijêrin ka hûn ê nasnameya xwe çawa îspat bikin.
identity-staff = Nasnameyê li Daîreya Tenduristiyê nîşan bide
identity-staff-needs = Hûn niha agahdarkirinê online dikin. Piştre hûn nasname, pasaport an destûra rûniştinê ya xwe li Daîreya Tenduristiyê nîşan didin: bi xwe li wir an di banga vîdyoyî de. Tenê wê demê hûn belgeyê distînin.
identity-bundid = Bi nasnameya online (BundID)
identity-bundid-needs = Ji we re lazim e: nasnameya we ya bi fonksiyona online, telefoneke zîrek a bi NFC û PIN-a we ya şeş reqemî. Hûn belgeyê yekser distînin.
identity-none = Ev Daîreya Tenduristiyê nasnameya we kontrol nake. Belge tenê bi belgeyeke nasnameyê ya fermî ya bi wêne re derbasdar e.
identity-bundid-login = Bi nasnameya online têkevin
identity-or-typed = An jî agahiyên xwe bi xwe binivîsin
identity-bundid-fixed = Nav û dîroka jidayikbûna we ji nasnameya we ya online tên. Hûn nikarin wan li vir biguherînin.
bundid-refused-title = Têketina bi nasnameya online bi ser neket
bundid-refused = Tiştek nehat tomarkirin. Ji kerema xwe dîsa têkevin.
bundid-too-low = Ev Daîreya Tenduristiyê nasnameya online dixwaze. Asta ewlehiyê ya têketina we kêmtir bû. Ji kerema xwe bi nasnameya xwe û PIN-a wê têkevin.
bundid-expired = Dema têketina we qediyaye. Ji kerema xwe dîsa têkevin.
bundid-again = Dîsa têkevin
pending-heading = Hema qediya: nasnameya xwe nîşan bidin
pending-intro = Daxuyaniya we hat tomarkirin. Gava ku Daîreya Tenduristiyê nasnameya we kontrol bike, belgeyê derdixe. Wê demê hejmara dosyaya xwe bibêjin.
pending-case = Hejmara dosyaya we
pending-office = Bi Daîreya Tenduristiyê re bi vî awayî berdewam bikin:
pending-booking = Ji bo banga vîdyoyî randevûyê bigire
pending-rejected = Daîreya Tenduristiyê nikarî nasnameya we piştrast bike. Ji kerema xwe serî li Daîreya Tenduristiyê bidin.

## Fees
fee-free = Agahdarkirin belaş e.
fee-before-course = Bihayê agahdarkirinê { $amount } e. Hûn berî kursê pere didin.
fee-before-certificate = Bihayê agahdarkirinê { $amount } e. Hûn piştî agahdarkirinê pere didin, berî ku hûn belgeyê bistînin.
fee-heading = Dayîna xercê
fee-intro-course = Bihayê agahdarkirinê { $amount } e. Ji kerema xwe pêşî pere bidin. Piştre kurs dest pê dike.
fee-intro-certificate = Daxuyaniya we hat tomarkirin. Bihayê agahdarkirinê { $amount } e. Gava ku we pere da, hûn belgeya xwe distînin.
fee-online-heading = Dayîna online
fee-online-text = Hûn bi xizmeta dayînê ya eyaletê (Bundesland) pere didin, wek mînak bi karta krediyê, PayPal an bi banka xwe. Piştre hûn vedigerin vir.
fee-online-button = Niha { $amount } bide
fee-online-missing = Li vê Daîreya Tenduristiyê hîn nabe ku mirov online pere bide. Bi kûponê an li Daîreya Tenduristiyê pere bidin.
fee-payment-open = Dayîna we hîn neqediyaye. Heke we berê pere daye, ji kerema xwe hinekî bisekinin û vê rûpelê ji nû ve bar bikin.
fee-payment-cancelled = Dayîn hat betalkirin. Hûn dikarin dîsa biceribînin.
fee-payment-failed = Dayîn bi ser neket. Hûn dikarin dîsa biceribînin an bi awayekî din pere bidin.
fee-unavailable = Xizmeta dayînê niha ne berdest e. Ji kerema xwe piştî çend deqîqeyan dîsa biceribînin. Agahiyên we tomarkirî dimînin.
fee-not-offered = Ev Daîreya Tenduristiyê vê pêşkêş nake.
fee-voucher-heading = Dayîn bi kûponê
fee-voucher-label = Koda kûponê (wek mînak ABCD-EFGH-JKMN)
fee-voucher-button = Kûponê bi kar bîne
fee-voucher-invalid = Ev kûpon ne derbasdar e. Nenas e, berê hatiye bikaranîn an dema wê qediyaye.
fee-voucher-typo = Di kodê de xeletiyeke nivîsînê heye. Ji kerema xwe her nîşanê kontrol bikin.
fee-waiver-heading = Azadkirin ji xercê
fee-waiver-text = Daîreya Tenduristiyê di van rewşan de xercê nagire:
fee-waiver-volunteer = karê dilxwazî, wek mînak di komeleyekê de an li Tafel (banka xwarinê)
fee-waiver-internship = stajeke dibistanê
fee-waiver-benefits = kesên ku Bürgergeld (alîkariya bingehîn), Sozialhilfe (alîkariya civakî) an Asylbewerberleistungen (alîkariya ji bo penaberan) distînin
fee-waiver-reason = Sedemeke kurt, wek mînak navê komeleyê an dibistanê
fee-waiver-button = Ji bo azadkirinê serlêdan bike
fee-waiver-staff-note = Daîreya Tenduristiyê serlêdana we kontrol dike. Dibe ku ew delîlekê bixwaze.
fee-waiver-choose = Ji kerema xwe hilbijêrin ku hûn ji ber çi dixwazin ji xercê azad bibin.
fee-waiver-reason-missing = Ji kerema xwe sedemeke kurt binivîsin (herî zêde { $max } tîp).
fee-waiver-pending = Serlêdana we ya azadkirinê hat tomarkirin. Daîreya Tenduristiyê wê kontrol dike. Paşê dîsa li vê rûpelê binêrin.
fee-waiver-refused = Daîreya Tenduristiyê azadkirin nepejirand. Ji kerema xwe xercê bidin.
fee-desk = Hûn dikarin xercê li Daîreya Tenduristiyê jî bidin.
done-fee-online = Hat dayîn: { $amount } di { $date } de, jimareya dayînê { $reference }.
done-fee-voucher = Bi kûpona { $reference } hat dayîn, di { $date } de.
done-fee-waiver = Ji xercê hat azadkirin, di { $date } de.
done-fee-desk = Li Daîreya Tenduristiyê hat dayîn: { $amount } di { $date } de.

## Wallet
wallet-credential-name = Belge li gorî § 43 Infektionsschutzgesetz (Qanûna Parastina ji Enfeksiyonan)
wallet-claim-given_name = Navê pêşîn
wallet-claim-family_name = Paşnav
wallet-claim-birthdate = Dîroka jidayikbûnê
wallet-claim-instructed_on = Dîroka agahdarkirinê
wallet-claim-issuing_authority = Daîreya Tenduristiyê
wallet-claim-certificate_code = Koda belgeyê
wallet-claim-identity_check = Kontrola nasnameyê
wallet-claim-given_name_latin = Navê pêşîn bi tîpên latînî
wallet-claim-family_name_latin = Paşnav bi tîpên latînî
wallet-heading = Belge di cizdana we ya dîjîtal de
wallet-what = Cizdana dîjîtal (wallet) aplîkasyoneke li ser telefonê ye ji bo belgeyan, wek mînak EUDI-Wallet. Hûn dikarin belgeyê li wir tomar bikin û nîşanî kardêrê xwe an kontrola xwarinê bidin.
wallet-pdf-stays = Cizdana dîjîtal ji we re ne lazim e: Belge wek PDF bê wê jî derbasdar e.
wallet-button = Belgeyê li cizdana dîjîtal zêde bike
wallet-offer-heading = Li cizdana dîjîtal zêde bike
wallet-offer-scan = Vê kodê bi aplîkasyona cizdana xwe skan bikin. Heke cizdan li ser vê telefonê be, li bişkokê bixin.
wallet-offer-qr = Koda QR ji bo cizdana dîjîtal
wallet-offer-open = Cizdanê li ser vê telefonê veke
wallet-offer-pin = Cizdan PIN-ekê dixwaze. PIN-a we:
wallet-offer-pin-mailed = Cizdan PIN-ekê dixwaze. Me PIN bi e-nameyê ji { $email } re şandiye.
wallet-offer-expiry = Kod û PIN 15 deqeyan û tenê carekê derbasdar in. Piştre hûn li vir yên nû distînin.
wallet-offer-back = Vegere belgeyê
wallet-check-heading = Belgeyeke ji cizdana dîjîtal kontrol bike
wallet-check-intro = Ji bo kardêran û kontrola xwarinê: Kes belgeyê ji cizdana xwe ya dîjîtal nîşan dide. Ji bo vê yekê, cizdan pêdivî bi vî wergirî û vê nirxa yekcarî heye.
wallet-check-audience = Wergir
wallet-check-nonce = Nirxa yekcarî
wallet-check-label = Delîl ji cizdanê (SD-JWT bi Key-Binding-JWT)
wallet-check-button = Kontrol bike
wallet-check-valid = Derbasdar: Ji aliyê Daîreya Tenduristiyê ve hatiye îmzekirin, nehatiye betalkirin û bi cizdana wî kesî hatiye nîşandan.
wallet-check-revoked = Hatiye betalkirin: Ev belge êdî ne derbasdar e.
wallet-check-development = Bi mifteya ceribandinê hatiye îmzekirin: Ev ne delîleke derbasdar e.
wallet-check-claims = Agahiyên ku hatine nîşandan
wallet-check-office = Saziya ku daye
wallet-check-again = Delîleke din kontrol bike
wallet-check-invalid-form = Ne derbasdar: Ev ne delîleke temam a ji cizdanekê ye.
wallet-check-invalid-signature = Ne derbasdar: Îmze li hev nayê, an saziya ku daye ne Daîreyeke Tenduristiyê ya vê xizmetê ye.
wallet-check-invalid-disclosure = Ne derbasdar: Agahiyek hatiye guhertin.
wallet-check-invalid-binding = Ne derbasdar: Delîl bi cizdana wî kesî nehatiye nîşandan.
wallet-check-invalid-audience = Ne derbasdar: Nirxa yekcarî nenas e, dema wê qediyaye an berê hatiye bikaranîn. Rûpelê ji nû ve bar bikin û delîlê dîsa nîşan bidin.
wallet-check-invalid-time = Ne derbasdar: Delîl pir kevn e. Wê dîsa nîşan bidin.
