# Page texts for learners (Serbian, Cyrillic), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Обука према § 43 Infektionsschutzgesetz (Закон о заштити од инфекција)
machine-translation-notice = Овај превод је направљен машински и није проверен. Обавезујући је текст на немачком језику.
machine-translation-link = Читај на немачком
skip-to-content = Пређи на садржај
language-label = Језик
language-submit = Промени језик
footer-accessibility = Приступачност
footer-privacy = Заштита података
footer-imprint = Импресум
footer-verify = Провера потврде

## Почетна страна

start-heading = Онлајн обука за рад са храном
start-intro = Ко професионално производи, обрађује или ставља у промет одређене намирнице или ради у кухињама ресторана, мензи и сличних установа (§ 42 ст. 1 и 2 IfSG), пре првог радног дана мора да има потврду завода за јавно здравље. Овде обуку пролазите онлајн и одмах добијате потврду.
start-how-heading = Како то иде
start-step-videos = Гледате { $chapters } кратких видео снимака са титловима, укупно око { $minutes } минута.
start-step-quiz = Одговарате на неколико питања о видео снимцима.
start-step-declaration = Изјављујете да не знате ни за један разлог за забрану рада.
start-step-certificate = Добијате потврду као PDF датотеку.
start-bring-heading = Ово вам је потребно
start-bring = Лична карта или пасош (да тачно напишете своје име), око { $total } минута времена и звук или слушалице.
start-cost-heading = Трошкови
start-cost = Трошкове одређује ваш завод за јавно здравље. Видећете их када изаберете свој завод за јавно здравље.
start-find-office = Пронађите свој завод за јавно здравље
postcode-label = Поштански број места где живите
postcode-hint = 5 цифара, на пример 99999
postcode-search = Тражи завод за јавно здравље
postcode-invalid = Унесите поштански број од 5 цифара.
postcode-none = За овај поштански број овде ниједан завод за јавно здравље не нуди обуку. Изаберите завод за јавно здравље са листе или питајте свој завод за јавно здравље.
office-list-heading = Сви заводи за јавно здравље
office-choose = Почни обуку код овог завода за јавно здравље
office-not-in-language = Овај завод за јавно здравље не нуди обуку на вашем језику.
resume-heading = Наставите
resume-text = Већ сте почели. Наставите тамо где сте стали.
resume-button = Настави

## Лични подаци

enrol-heading = Ваши подаци
enrol-intro = Напишите своје име као у личној карти или пасошу. Ови подаци стоје на потврди.
enrol-office = Завод за јавно здравље
given-name-label = Име (имена)
family-name-label = Презиме
latin-intro = Само ако је ваше име написано другим писмом: ваше име латиничним словима, као у пасошу.
given-name-latin-label = Име (имена) латиничним словима
family-name-latin-label = Презиме латиничним словима
birth-date-label = Датум рођења
birth-date-hint = Дан.Месец.Година, на пример 31.12.1990 или без тачака 31121990
email-label = Имејл адреса (није обавезно)
email-hint = Тада ћемо вам потврду послати и имејлом.
enrol-privacy = Завод за јавно здравље користи ваше податке само за обуку и потврду.
enrol-submit = Даље на видео снимке
form-errors-heading = Проверите своје податке:
error-given-name = Унесите своје име, као у личној карти.
error-family-name = Унесите своје презиме, као у личној карти.
error-latin = Ваше име на потврди може да се одштампа само латиничним словима. Напишите га и латиничним словима, онако како стоји у пасошу.
error-birth-date = Унесите датум рођења овако: Дан.Месец.Година, на пример 31.12.1990 или 31121990.
error-birth-date-no-such-day = Тај дан не постоји. Проверите дан и месец.
error-birth-date-two-digit-year = Напишите годину са четири цифре, на пример 1990 уместо 90.
error-birth-date-future = Овај датум је у будућности. Проверите годину.
error-birth-date-too-young = Обука је могућа тек са навршених { $min } година.
error-birth-date-implausible = Проверите годину: датум је предалеко у прошлости.
error-name-character = Знак „{ $character }“ није дозвољен у имену. Дозвољена су слова, размаци, апостроф, цртица и тачка.
error-name-too-long = Име је предугачко: највише { $max } знакова.
error-name-no-letter = Име мора да има бар једно слово.
error-title-prefix = Грешка:
error-email = Проверите имејл адресу или оставите поље празно.
error-name-invisible = Име садржи невидљив знак или прелом реда (на пример знак за попуну). Молимо вас да име поново укуцате уместо да га налепите.
error-name-direction = Име садржи контролни знак за смер писања који мења начин на који се име приказује. Молимо вас да име поново укуцате.
error-name-joiner = Име садржи невидљив знак за спајање на погрешном месту. Дозвољен је само између два слова писма као што су арапско, персијско или хинди.
error-name-mixed-script = Једна реч имена меша латинична слова са ћириличним или грчким словима која изгледају исто (на пример М и M). Молимо вас да сваку реч пишете једним писмом, као у пасошу.
error-email-plain = Молимо вас да унесете само адресу е-поште, на пример ime@primer.rs: без имена испред ње, без знакова < и > и са именом домена уместо IP адресе.

## Преглед

course-heading = Ваша обука
course-progress = Погледано: { $done } од { $total } видео снимака
chapter-done = погледано
chapter-open = још није погледано
resume-link-heading = Наставите касније
resume-link-text = Са овим линком касније можете да наставите, и на другом уређају. Не дајте га никоме.
next-quiz = Даље на питања
quiz-locked = Питања се отварају када погледате све видео снимке.

## Поглавље

chapter-of = Поглавље { $number } од { $total }
video-noscript = Да би се гледање рачунало, овој страници је потребан JavaScript. Укључите JavaScript. Све остало ради и без њега.
video-status = Погледано: { $percent } %
video-status-done = Овај видео снимак сте погледали до краја.
video-status-offline = Нема везе. Ваш напредак ће бити послат чим веза поново буде ту.
video-hint = Погледајте сваки видео снимак до краја. Премотавање унапред се не рачуна.
video-narrated-in = Језик видео снимка: { $narration }. Језик титлова: { $captions }.
chapter-text-heading = Текст уз видео снимак
chapter-next = Следеће поглавље
chapter-overview = На преглед

## Питања

quiz-heading = Питања о обуци
quiz-intro = Одговорите на { $count } питања. Код неких питања тачно је више одговора: изаберите све тачне одговоре. За пролаз вам треба { $percent } % тачних одговора.
quiz-start = Почни питања
quiz-question = Питање { $number } од { $count }
quiz-submit = Пошаљи одговоре
quiz-passed = Положено: тачно { $score } од { $count } одговора.
quiz-failed = Нажалост, није положено: тачно { $score } од { $count } одговора.
quiz-retry = Покушај поново
quiz-attempts-left = Преостали покушаји: { $left }.
quiz-rewatch = Искористили сте све покушаје. Погледајте поново видео снимке. Онда поново можете да одговорите на питања.
quiz-correct = Тачно
quiz-wrong = Нетачно
quiz-next = Даље на изјаву

## Изјава

declaration-heading = Ваша изјава
declaration-confirm = Да, то изјављујем.
declaration-handover-heading = Молимо вас да сада предате уређај
declaration-handover = Млађи сте од 18 година. Зато изјаву за вас даје ваша мајка, ваш отац или ваш старатељ (§ 43 ст. 6 IfSG). Молимо вас да сада дате уређај тој особи.
declaration-handover-continue = Ја сам мајка, отац или старатељ – даље
declaration-carer-link = Изјаву за мене даје мој старатељ (Betreuer)
declaration-representative-heading = Изјава за другу особу
declaration-representative-intro = Дајете изјаву за особу { $name }. Упишите своје име онако како пише у вашој личној карти.
declaration-representative-facts = Чињенице које оправдавају забрану рада су, на пример: пролив са више од две ретке столице дневно; повраћање; висока температура са јаком главобољом, боловима у стомаку или у зглобовима; жута кожа или жуте очи; гнојне или влажне ране или места на кожи; или налаз лекара или лабораторије: салмонеле, шигеле, EHEC, узрочници трбушног тифуса или колере или хепатитис А или Е. Ако знате за такве чињенице код особе { $name }, немојте да дате изјаву и обратите се заводу за јавно здравље.
declaration-role-legend = Изјаву дајете као
declaration-role-parent = Мајка или отац са родитељским правом
declaration-role-guardian = Старатељ (поставио га је породични суд)
declaration-role-carer = Старатељ пунолетне особе (Betreuer); ваш делокруг обухвата ову изјаву
representative-given-name-label = Ваше име
representative-family-name-label = Ваше презиме
declaration-representative-next = Даље на изјаву
declaration-german-heading = Обавезујући немачки текст
declaration-translation-heading = Превод
error-role = Молимо изаберите у ком својству дајете изјаву.
error-representative-is-holder = Молимо упишите своје име: изјаву даје особа која је даје за другу особу, а не сама особа која је прошла обуку.
declaration-submit = Дај изјаву и добиј потврду
declaration-required = Потврдите изјаву. Ако знате за разлоге за забрану рада, не смете да почнете да радите: обратите се свом заводу за јавно здравље.

## Готово

done-heading = Успели сте! Ово је ваша потврда.
done-code = Код потврде
done-download = Преузми потврду (PDF)
done-mailed = Потврду шаљемо и на { $email }.
done-employer = Дајте потврду свом послодавцу. Првог радног дана она не сме бити старија од три месеца.
done-verify = Свако може да провери потврду помоћу QR кода.

## Грешке

error-heading = То није успело
error-not-found = Ова страница не постоји.
error-session = Ова обука је започета на другом уређају или линк није потпун. Отворите линк који сте сачували.
error-expired = Образац је био предуго отворен. Покушајте поново.
error-unavailable = Услуга тренутно није доступна. Ваши подаци су сачувани. Покушајте поново за неколико минута.
error-too-many = Са ваше интернет везе управо је покренуто превише пријава. Покушајте поново за неколико минута.
error-back = Назад на почетак

## Странице завода за јавно здравље

accessibility-heading = Изјава о приступачности
privacy-heading = Обавештење о заштити података
imprint-heading = Импресум
privacy-short-heading = Најважније укратко
privacy-short = { $office } обрађује ваше име, датум рођења, ваше одговоре и вашу изјаву да би вам одржао обуку према § 43 Infektionsschutzgesetz и издао вам потврду. Потврда се издаје аутоматски када погледате све видео-снимке, положите питања и дате изјаву. Ко зна код потврде, може да је провери и види ваше име, датум рођења, датум обуке и да ли потврда важи. Недовршена обука брише се после { $days } дана, потврда после { $years } година. Имате право на приступ, исправку и притужбу. Питања на: { $email }.
privacy-full-german = У наставку следи потпуно обавештење о заштити података на немачком језику; оно је обавезујуће.
office-text-german = Завод за јавно здравље издаје овај текст само на немачком језику.

## Links, access and the certificate by one-time code

resume-link-create = Napravi link
resume-link-once = Link važi samo jednom i { $days } dana.
resume-spent-heading = Ovaj link više ne važi
resume-spent-text = Link je već korišćen ili je istekao. Svaki link važi samo jednom.
resume-spent-mail = Možemo da vam pošaljemo novi link na vašu imejl adresu.
resume-spent-mail-button = Pošalji novi link imejlom
resume-spent-no-mail = Za ovu obuku nije sačuvana imejl adresa. Otvorite obuku u pregledaču u kojem ste je započeli ili se obratite zdravstvenoj službi.
resume-mailed = Poslali smo novi link na vašu imejl adresu. Važi samo jednom.
error-access-ended = Vaša potvrda je već izdata. Radi vaše zaštite ovaj pristup je više ne otvara. PDF dobijate pomoću koda potvrde, datuma rođenja i jednokratnog koda poslatog imejlom.
pdf-heading = Preuzmi potvrdu
pdf-intro = Unesite kod potvrde i datum rođenja. Šaljemo jednokratni kod na imejl adresu koju ste naveli pri prijavi.
pdf-send = Pošalji jednokratni kod
pdf-sent = Ako se podaci poklapaju sa potvrdom sa imejl adresom, tamo smo poslali jednokratni kod. Važi { $minutes } minuta.
pdf-one-time-label = Jednokratni kod iz imejla
pdf-download = Preuzmi PDF
pdf-code-wrong = Jednokratni kod je pogrešan ili više ne važi. Posle 5 pokušaja više ne važi: tada zatražite novi.
pdf-code-malformed = Proverite kod potvrde: 16 znakova, na primer ABCD-EFGH-JKMN-PQRS.
pdf-office = Niste naveli imejl adresu? Zdravstvena služba će vam izdati novi primerak.

## Verify page (/pruefen)

verify-title = Провера потврде
verify-intro = Овде завод за јавно здравље, послодавци и инспекција за храну проверавају потврду према § 43 ст. 1 IfSG.
verify-enter-code = Код потврде
verify-code-hint = 16 знакова, на пример ABCD-EFGH-JKMN-PQRS
verify-check = Провери
verify-valid = Важећа: ова потврда је издата и није проглашена неважећом.
verify-revoked = Проглашена неважећом: ова потврда више не важи.
verify-unknown = Непознато: за овај код не постоји потврда.
verify-deleted = Избрисана након истека рока чувања: завод за јавно здравље издао је потврду са овим кодом и после рока чувања избрисао њене податке. Потврда и даље важи; дупликат више није могућ.
verify-deleted-revoked = Избрисана након истека рока чувања: ова потврда је била проглашена неважећом. Њени подаци су избрисани после рока чувања.
verify-deleted-check = Име и датум рођења више нису сачувани. Проверите особу помоћу дигиталног потписа из QR кода (доле) и личног документа.
verify-issued-at = Издата дана
verify-deleted-at = Избрисана дана
verify-typo = Грешка у куцању: такав код није могућ. Упоредите га знак по знак.
verify-malformed = Ово није код потврде (16 знакова од цифара и слова).
verify-holder = Власник/власница
verify-latin-spelling = Писање у пасошу (латиницом)
verify-birth-date = Датум рођења
verify-instructed-at = Датум обуке
verify-issuer = Издавалац
verify-guardian = Изјаву је дао/дала (§ 43 ст. 6 IfSG)
verify-revoked-at = Проглашена неважећом дана
verify-reason = Разлог
verify-valid-until = Важи за прво започињање рада до { $date }, након тога важи без временског ограничења.
verify-signature-heading = Дигитални потпис из QR кода
verify-signature-noscript = Без JavaScript-а ова страница проверава запис у заводу за јавно здравље (горе). Са JavaScript-ом додатно проверава и потпис из QR кода.
verify-signature-none = Ова страница је отворена без QR кода; нема потписа за проверу.
verify-signature-checking = Потпис се проверава …
verify-signature-valid = Потпис је прави и одговара овој потврди.
verify-signature-invalid = Потпис НИЈЕ важећи: подаци су промењени или не потичу од завода за јавно здравље.
verify-upload-heading = Провера PDF датотеке
verify-upload-hint = Проверава да ли је завод за јавно здравље издао PDF датотеку тачно овакву.
verify-upload = Провери датотеку
verify-upload-exact = Ова датотека је издата тачно оваква.
verify-upload-not-exact = Ова датотека НИЈЕ издата оваква (промењена је или припада другој потврди).
verify-upload-missing = Изаберите PDF датотеку.
verify-language = Језик
verify-development-key = Развојни кључ — није важећа: ова потврда је потписана развојним кључем (тест или демонстрација) и није важећа потврда завода за јавно здравље.
verify-signature-development = Потпис потиче од развојног кључа — није важећи. Таква потврда је само тест.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Издата грешком
verify-revocation-replaced = Замењена новом потврдом
verify-revocation-obtained-by-deception = Прибављена преваром
verify-revocation-other = Други разлог
