# Page texts for learners (Turkish), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = § 43 Infektionsschutzgesetz (Enfeksiyondan Korunma Yasası) uyarınca bilgilendirme
machine-translation-notice = Bu çeviri makine tarafından yapılmıştır ve kontrol edilmemiştir. Bağlayıcı olan Almanca metindir.
machine-translation-link = Almanca oku
skip-to-content = İçeriğe geç
language-label = Dil
language-submit = Dili değiştir
footer-accessibility = Erişilebilirlik
footer-privacy = Veri koruma
footer-imprint = Künye
footer-verify = Belgeyi kontrol et

## Ana sayfa

start-heading = Gıdalarla çalışanlar için internet üzerinden bilgilendirme
start-intro = İşiniz gereği belirli gıdaları üretiyor, işliyor veya piyasaya sunuyorsanız ya da restoran, kantin ve benzeri kuruluşların mutfaklarında çalışıyorsanız (§ 42 fıkra 1 ve 2 IfSG), ilk iş gününüzden önce Sağlık Dairesinden bir belge almanız gerekir. Burada bilgilendirmeyi internet üzerinden yaparsınız ve belgeyi hemen alırsınız.
start-how-heading = Nasıl yapılır?
start-step-videos = Altyazılı { $chapters } kısa video izlersiniz. Videoların hepsi birlikte yaklaşık { $minutes } dakika sürer.
start-step-quiz = Videolarla ilgili birkaç soruyu yanıtlarsınız.
start-step-declaration = Bir çalışma yasağı için hiçbir neden bilmediğinizi beyan edersiniz.
start-step-certificate = Belgeyi PDF dosyası olarak alırsınız.
start-bring-heading = Neye ihtiyacınız var?
start-bring = Kimlik kartınız veya pasaportunuz (adınızın tam yazılışı için), yaklaşık { $total } dakika zaman ve ses veya kulaklık.
start-cost-heading = Ücret
start-cost = Ücreti Sağlık Daireniz belirler. Sağlık Dairenizi seçtiğinizde ücreti görürsünüz.
start-find-office = Sağlık Dairenizi bulun
postcode-label = Oturduğunuz yerin posta kodu
postcode-hint = 5 rakam, örneğin 99999
postcode-search = Sağlık Dairesi ara
postcode-invalid = Lütfen 5 rakamlı bir posta kodu girin.
postcode-none = Bu posta kodu için burada bilgilendirme sunan bir Sağlık Dairesi yok. Listeden bir Sağlık Dairesi seçin veya Sağlık Dairenize sorun.
office-list-heading = Tüm Sağlık Daireleri
office-choose = Bilgilendirmeye bu Sağlık Dairesinde başla
office-not-in-language = Bu Sağlık Dairesi bilgilendirmeyi sizin dilinizde sunmuyor.
resume-heading = Devam et
resume-text = Daha önce başladınız. Kaldığınız yerden devam edin.
resume-button = Devam et

## Kişisel bilgiler

enrol-heading = Bilgileriniz
enrol-intro = Adınızı, kimlik kartınızda veya pasaportunuzda yazdığı gibi yazın. Bu bilgiler belgede yer alır.
enrol-office = Sağlık Dairesi
given-name-label = Ad(lar)
family-name-label = Soyadı
latin-intro = Sadece adınız başka bir alfabeyle yazılıyorsa: Adınızı pasaporttaki gibi Latin harfleriyle yazın.
given-name-latin-label = Latin harfleriyle ad(lar)
family-name-latin-label = Latin harfleriyle soyadı
birth-date-label = Doğum tarihi
birth-date-hint = Gün.Ay.Yıl, örneğin 31.12.1990 veya noktasız 31121990
email-label = E-posta adresi (isteğe bağlı)
email-hint = O zaman belgeyi size e-postayla da göndeririz.
enrol-privacy = Sağlık Dairesi bilgilerinizi sadece bilgilendirme ve belge için kullanır.
enrol-submit = Videolara geç
form-errors-heading = Lütfen bilgilerinizi kontrol edin:
error-given-name = Lütfen adınızı kimlik kartınızdaki gibi yazın.
error-family-name = Lütfen soyadınızı kimlik kartınızdaki gibi yazın.
error-latin = Adınız belgeye sadece Latin harfleriyle basılabilir. Lütfen adınızı pasaportta yazdığı gibi Latin harfleriyle de yazın.
error-birth-date = Lütfen doğum tarihinizi şöyle yazın: Gün.Ay.Yıl, örneğin 31.12.1990 veya 31121990.
error-birth-date-no-such-day = Böyle bir gün yok. Lütfen günü ve ayı kontrol edin.
error-birth-date-two-digit-year = Lütfen yılı dört rakamla yazın, örneğin 90 yerine 1990.
error-birth-date-future = Bu tarih gelecekte. Lütfen yılı kontrol edin.
error-birth-date-too-young = Bilgilendirme ancak { $min } yaşından itibaren mümkündür.
error-birth-date-implausible = Lütfen yılı kontrol edin: Bu tarih çok eski.
error-name-character = Adda “{ $character }” karakteri kullanılamaz. Harfler, boşluk, kesme işareti, kısa çizgi ve nokta kullanılabilir.
error-name-too-long = Ad çok uzun: en fazla { $max } karakter olabilir.
error-name-no-letter = Ad en az bir harf içermelidir.
error-title-prefix = Hata:
error-email = Lütfen e-posta adresini kontrol edin veya alanı boş bırakın.
error-name-invisible = Ad görünmez bir karakter veya satır sonu içeriyor (örneğin bir dolgu karakteri). Lütfen adı yapıştırmak yerine yeniden yazın.
error-name-direction = Ad, adın nasıl görüntülendiğini değiştiren bir yazı yönü kontrol karakteri içeriyor. Lütfen adı yeniden yazın.
error-name-joiner = Ad yanlış yerde görünmez bir birleştirme karakteri içeriyor. Bu karaktere yalnızca Arapça, Farsça veya Hintçe gibi bir yazının iki harfi arasında izin verilir.
error-name-mixed-script = Adın bir kelimesi Latin harflerini aynı görünen Kiril veya Yunan harfleriyle karıştırıyor (örneğin М ve M). Lütfen her kelimeyi pasaporttaki gibi tek bir alfabeyle yazın.
error-email-plain = Lütfen yalnızca e-posta adresinin kendisini girin, örneğin ad@ornek.com.tr: önünde isim olmadan, < ve > işaretleri olmadan ve IP adresi yerine bir alan adıyla.

## Genel bakış

course-heading = Bilgilendirmeniz
course-progress = İzlenen videolar: { $done } / { $total }
chapter-done = izlendi
chapter-open = henüz izlenmedi
resume-link-heading = Daha sonra devam et
resume-link-text = Bu bağlantıyla daha sonra devam edebilirsiniz, başka bir cihazda da. Bağlantıyı kimseye vermeyin.
next-quiz = Sorulara geç
quiz-locked = Tüm videoları izlediğinizde sorular açılır.

## Bölüm

chapter-of = Bölüm { $number } / { $total }
video-noscript = İzlemenizin sayılması için bu sayfada JavaScript gerekir. Lütfen JavaScript'i açın. Diğer her şey JavaScript olmadan da çalışır.
video-status = İzlenen: %{ $percent }
video-status-done = Bu videoyu sonuna kadar izlediniz.
video-status-offline = Bağlantı yok. Bağlantı geri gelince ilerlemeniz gönderilir.
video-hint = Her videoyu sonuna kadar izleyin. İleri sarılan kısımlar sayılmaz.
video-narrated-in = Videonun dili: { $narration }. Altyazıların dili: { $captions }.
video-sign-language = İşaret dili (DGS)
chapter-text-heading = Videonun metni
chapter-next = Sonraki bölüm
chapter-overview = Genel bakışa dön

## Sorular

quiz-heading = Bilgilendirmeyle ilgili sorular
quiz-intro = { $count } soruyu yanıtlayın. Bazı sorularda birden fazla cevap doğrudur: Doğru cevapların hepsini seçin. Başarılı olmak için cevapların en az %{ $percent } oranında doğru olması gerekir.
quiz-start = Sorulara başla
quiz-question = Soru { $number } / { $count }
quiz-submit = Cevapları gönder
quiz-passed = Başarılı: { $count } cevaptan { $score } tanesi doğru.
quiz-failed = Maalesef başarılı olmadınız: { $count } cevaptan { $score } tanesi doğru.
quiz-retry = Tekrar dene
quiz-attempts-left = Kalan deneme hakkınız: { $left }
quiz-rewatch = Tüm deneme haklarınızı kullandınız. Lütfen videoları tekrar izleyin. Sonra soruları yeniden yanıtlayabilirsiniz.
quiz-correct = Doğru
quiz-wrong = Yanlış
quiz-next = Beyana geç
quiz-choose-all = Doğru cevapların hepsini seçin.
quiz-your-answer = Cevabınız
quiz-right-answer = Doğru cevap
quiz-no-answer = cevap yok
quiz-next-question = İleri
quiz-previous = Önceki soruya dön
quiz-to-review = Cevaplarınıza geç
quiz-review-heading = Cevaplarınız
quiz-review-intro = Cevaplarınızı kontrol edin. “Değiştir” ile soruya geri dönersiniz. Sonra cevapları gönderin.
quiz-change = Değiştir

## Beyan

declaration-heading = Beyanınız
declaration-confirm = Evet, bunu beyan ediyorum.
declaration-handover-heading = Lütfen cihazı şimdi teslim edin
declaration-handover = 18 yaşından küçüksünüz. Bu yüzden beyanı sizin adınıza anneniz, babanız veya vasiniz verir (§ 43 fıkra 6 IfSG). Lütfen cihazı şimdi bu kişiye verin.
declaration-handover-continue = Anne, baba veya vasiyim – devam
declaration-carer-link = Beyanı benim adıma yasal temsilcim (Betreuer) veriyor
declaration-representative-heading = Başka bir kişi adına beyan
declaration-representative-intro = Beyanı { $name } adına veriyorsunuz. Kendi adınızı, kimlik kartınızda yazdığı gibi yazın.
declaration-representative-facts = Çalışma yasağını gerektiren olgular örneğin şunlardır: günde ikiden fazla cıvık dışkı yapılan ishal; kusma; şiddetli baş, karın veya eklem ağrısıyla birlikte yüksek ateş; ciltte veya gözlerde sararma; irinli veya sulanan yaralar ya da deri bölgeleri; ya da bir doktorun veya laboratuvarın Salmonella, Shigella, EHEC, tifo veya kolera mikrobu ya da hepatit A veya E tespit etmiş olması. { $name } ile ilgili böyle olgular biliyorsanız beyanı vermeyin ve Sağlık Dairesine başvurun.
declaration-role-legend = Beyanı hangi sıfatla veriyorsunuz?
declaration-role-parent = Velayet sahibi anne veya baba
declaration-role-guardian = Vasi (aile mahkemesi tarafından atanmış)
declaration-role-carer = Yetişkinin yasal temsilcisi (Betreuer); görev alanınız bu beyanı kapsıyor
representative-given-name-label = Adınız
representative-family-name-label = Soyadınız
declaration-representative-next = Beyana geç
declaration-german-heading = Bağlayıcı Almanca metin
declaration-translation-heading = Çeviri
error-role = Lütfen beyanı hangi sıfatla verdiğinizi seçin.
error-representative-is-holder = Lütfen kendi adınızı yazın: Beyanı, bilgilendirilen kişinin kendisi değil, onun adına beyan veren kişi verir.
declaration-submit = Beyanı ver ve belgeyi al
declaration-required = Lütfen beyanı onaylayın. Bir çalışma yasağı için bir neden biliyorsanız işe başlayamazsınız: Sağlık Dairenize başvurun.

## Tamamlandı

done-heading = Tamamladınız! İşte belgeniz.
done-code = Belge kodu
done-download = Belgeyi indir (PDF)
done-view = Belgeyi web sayfası olarak görüntüle: sesli okutmak ve yazdırmak için
certificate-view-heading = Belgeniz
certificate-view-intro = Bu, PDF dosyasındaki belgenin aynısıdır; sesli okutmak ve yazdırmak için web sayfası olarak. Her sürüm kodla kontrol edilebilir.
done-mailed = Belgeyi ayrıca şu adrese de gönderiyoruz: { $email }
done-employer = Belgeyi işvereninize verin. İlk iş gününüzde belge üç aydan eski olmamalıdır.
done-verify = Herkes belgeyi QR kod ile kontrol edebilir.

## Hatalar

error-heading = Bir sorun oluştu
error-not-found = Bu sayfa yok.
error-session = Bu bilgilendirmeye başka bir cihazda başlandı veya bağlantı eksik. Kaydettiğiniz bağlantıyı açın.
error-expired = Form çok uzun süre açık kaldı. Lütfen tekrar deneyin.
error-unavailable = Hizmete şu anda ulaşılamıyor. Bilgileriniz kaydedildi. Lütfen birkaç dakika sonra tekrar deneyin.
error-too-many = İnternet bağlantınızdan az önce çok sayıda kayıt başlatıldı. Lütfen birkaç dakika sonra tekrar deneyin.
error-back = Başa dön

## Sağlık Dairesinin sayfaları

accessibility-heading = Erişilebilirlik beyanı
privacy-heading = Veri koruma bilgileri
imprint-heading = Künye
accessibility-sign-language = Alman İşaret Dili (DGS) videosu olan bölümler: { $chapters }.
accessibility-sign-language-none = Henüz hiçbir bölümün Alman İşaret Dili (DGS) videosu yok.
imprint-pictures = Videolardaki resimler OpenMoji'den (openmoji.org) alınmıştır ve CC BY-SA 4.0 lisansı altındadır.
privacy-short-heading = En önemli bilgiler kısaca
privacy-short = { $office }, sizi § 43 Infektionsschutzgesetz uyarınca bilgilendirmek ve belgenizi düzenlemek için adınızı, doğum tarihinizi, cevaplarınızı ve beyanınızı işler. Tüm videoları izlediğinizde, soruları geçtiğinizde ve beyanı verdiğinizde belge otomatik olarak düzenlenir. Belge kodunu bilen herkes belgeyi kontrol edebilir ve adınızı, doğum tarihinizi, bilgilendirme tarihini ve belgenin geçerli olup olmadığını görür. Tamamlanmamış bir bilgilendirme { $days } gün sonra, bir belge { $years } yıl sonra silinir. Bilgi alma, düzeltme ve şikâyet hakkınız vardır. Sorular için: { $email }.
privacy-full-german = Veri koruma bilgilerinin tamamı aşağıda Almanca olarak yer alır; bağlayıcı olan bu metindir.
office-text-german = Sağlık Dairesi bu metni sadece Almanca olarak yayımlar.
privacy-sections-heading = Veri koruma bilgilerinin tamamı
privacy-section-previous = Önceki bölüm
privacy-section-next = Sonraki bölüm
privacy-section-overview = Veri koruma bilgilerinin tüm bölümleri

## Links, access and the certificate by one-time code

resume-link-create = Bağlantı oluştur
resume-link-once = Bağlantı yalnızca bir kez ve { $days } gün boyunca geçerlidir.
resume-link-copy = Bağlantıyı kopyala
resume-link-copied = Kopyalandı
resume-link-mail = E-posta adresime bağlantı gönder
resume-link-mailed = E-posta adresinize yeni bir bağlantı gönderdik. Yalnızca bir kez geçerlidir.
resume-link-no-address = E-posta adresi vermediniz. Bağlantıyı burada oluşturun ve not alın.
resume-spent-heading = Bu bağlantı artık geçerli değil
resume-spent-text = Bağlantı zaten kullanıldı veya süresi doldu. Her bağlantı yalnızca bir kez geçerlidir.
resume-spent-mail = E-posta adresinize yeni bir bağlantı gönderebiliriz.
resume-spent-mail-button = E-posta ile yeni bağlantı gönder
resume-spent-no-mail = Bu eğitim için kayıtlı bir e-posta adresi yok. Eğitimi başladığınız tarayıcıda açın veya sağlık dairesine başvurun.
resume-mailed = E-posta adresinize yeni bir bağlantı gönderdik. Yalnızca bir kez geçerlidir.
error-access-ended = Belgeniz zaten düzenlendi. Sizi korumak için bu erişim onu artık açmıyor. PDF'yi belge kodu, doğum tarihiniz ve e-posta ile gelen tek kullanımlık bir kodla alırsınız.
pdf-heading = Belgeyi indir
pdf-intro = Belge kodunu ve doğum tarihinizi girin. Kayıt sırasında verdiğiniz e-posta adresine tek kullanımlık bir kod göndeririz.
pdf-send = Tek kullanımlık kodu gönder
pdf-sent = Bilgiler e-posta adresi olan bir belgeyle eşleşiyorsa, oraya tek kullanımlık bir kod gönderdik. { $minutes } dakika geçerlidir.
pdf-one-time-label = E-postadaki tek kullanımlık kod
pdf-download = PDF'yi indir
pdf-view = Web sayfası olarak görüntüle: sesli okutmak veya yazdırmak için
pdf-code-wrong = Tek kullanımlık kod yanlış veya artık geçerli değil. 5 denemeden sonra geçersiz olur: o zaman yeni bir kod isteyin.
pdf-code-malformed = Lütfen belge kodunu kontrol edin: 16 karakter, örneğin ABCD-EFGH-JKMN-PQRS.
pdf-office = E-posta adresi vermediniz mi? Sağlık dairesi size yeni bir nüsha düzenler.

## Verify page (/pruefen)

verify-title = Belgeyi kontrol et
verify-intro = Sağlık Dairesi, işverenler ve gıda denetimi burada § 43 fıkra 1 IfSG uyarınca verilen bir belgeyi kontrol eder.
verify-enter-code = Belge kodu
verify-code-hint = 16 karakter, örneğin ABCD-EFGH-JKMN-PQRS
verify-check = Kontrol et
verify-valid = Geçerli: Bu belge verilmiştir ve geçersiz ilan edilmemiştir.
verify-revoked = Geçersiz ilan edildi: Bu belge artık geçerli değildir.
verify-unknown = Bilinmiyor: Bu koda ait bir belge yoktur.
verify-deleted = Saklama süresi dolduktan sonra silindi: Sağlık Dairesi bu kodla bir belge düzenlemiş ve saklama süresinden sonra verilerini silmiştir. Belge geçerliliğini korur; yeni bir nüsha artık düzenlenemez.
verify-deleted-revoked = Saklama süresi dolduktan sonra silindi: Bu belge geçersiz ilan edilmişti. Verileri saklama süresinden sonra silinmiştir.
verify-deleted-check = Ad ve doğum tarihi artık kayıtlı değil. Kişiyi QR koddaki dijital imzayla (aşağıda) ve bir kimlik belgesiyle kontrol edin.
verify-issued-at = Düzenlenme tarihi
verify-deleted-at = Silinme tarihi
verify-typo = Yazım hatası: Böyle bir kod olamaz. Lütfen kodu karakter karakter karşılaştırın.
verify-malformed = Bu bir belge kodu değildir (rakam ve harflerden oluşan 16 karakter).
verify-holder = Belge sahibi
verify-latin-spelling = Pasaporttaki yazılış (Latin harfleriyle)
verify-birth-date = Doğum tarihi
verify-instructed-at = Bilgilendirme tarihi
verify-issuer = Düzenleyen
verify-guardian = Beyanı veren (§ 43 fıkra 6 IfSG)
verify-revoked-at = Geçersiz ilan edilme tarihi
verify-reason = Neden
verify-valid-until = İşe ilk kez başlamak için { $date } tarihine kadar geçerlidir; sonrasında süresiz geçerlidir.
verify-signature-heading = QR koddaki dijital imza
verify-signature-noscript = JavaScript olmadan bu sayfa, Sağlık Dairesindeki kaydı kontrol eder (yukarıda). JavaScript ile ayrıca QR koddaki imzayı da kontrol eder.
verify-signature-none = Bu sayfa QR kod olmadan açıldı; kontrol edilecek bir imza yoktur.
verify-signature-checking = İmza kontrol ediliyor …
verify-signature-valid = İmza gerçektir ve bu belgeye aittir.
verify-signature-invalid = İmza geçerli DEĞİLDİR: Veriler değiştirilmiş veya Sağlık Dairesinden gelmemiştir.
verify-upload-heading = PDF dosyasını kontrol et
verify-upload-hint = Bir PDF dosyasının Sağlık Dairesi tarafından tam olarak bu şekilde düzenlenip düzenlenmediğini kontrol eder.
verify-upload = Dosyayı kontrol et
verify-upload-exact = Bu dosya tam olarak bu şekilde düzenlenmiştir.
verify-upload-not-exact = Bu dosya bu şekilde düzenlenmiş DEĞİLDİR (değiştirilmiş veya başka bir belgeye ait).
verify-upload-missing = Lütfen bir PDF dosyası seçin.
verify-language = Dil
verify-development-key = Geliştirme anahtarı — geçerli değil: Bu belge bir geliştirme anahtarıyla (test veya tanıtım) imzalanmıştır ve Sağlık Dairesinin geçerli bir belgesi değildir.
verify-signature-development = İmza bir geliştirme anahtarından geliyor — geçerli değil. Böyle bir belge yalnızca bir testtir.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Yanlışlıkla verildi
verify-revocation-replaced = Yeni bir belgeyle değiştirildi
verify-revocation-obtained-by-deception = Hile ile elde edildi
verify-revocation-other = Başka bir neden

## Kimlik nasıl kontrol edilir

identity-heading = Kim olduğunuzu nasıl kontrol ediyoruz
identity-intro = Belgede adınız yazar. Bu yüzden Sağlık Dairesi gerçekten siz olduğunuzu kontrol eder. Nasıl olacağını seçin:
identity-choose = Lütfen kimliğinizi nasıl kanıtlayacağınızı seçin.
identity-staff = Kimlik belgesini Sağlık Dairesinde göster
identity-staff-needs = Bilgilendirmeyi şimdi internet üzerinden yaparsınız. Ardından kimlik kartınızı, pasaportunuzu veya oturma izninizi Sağlık Dairesinde gösterirsiniz: yerinde ya da görüntülü görüşmede. Belgeyi ancak o zaman alırsınız.
identity-bundid = Çevrim içi kimlik kartıyla (BundID)
identity-bundid-needs = İhtiyacınız olanlar: çevrim içi işlevi olan kimlik kartınız, NFC'li bir akıllı telefon ve altı haneli PIN'iniz. Belgeyi hemen alırsınız.
identity-none = Bu Sağlık Dairesi kimlik belgenizi kontrol etmez. Belge yalnızca resmi, fotoğraflı bir kimlik belgesiyle birlikte geçerlidir.
identity-bundid-login = Çevrim içi kimlik kartıyla giriş yap
identity-or-typed = Ya da bilgilerinizi kendiniz girin
identity-bundid-fixed = Adınız ve doğum tarihiniz çevrim içi kimlik kartınızdan gelir. Bunları burada değiştiremezsiniz.
bundid-refused-title = Çevrim içi kimlik kartıyla giriş yapılamadı
bundid-refused = Hiçbir şey kaydedilmedi. Lütfen tekrar giriş yapın.
bundid-too-low = Bu Sağlık Dairesi çevrim içi kimlik kartını ister. Girişinizin güvenlik seviyesi daha düşüktü. Lütfen kimlik kartınız ve PIN'inizle giriş yapın.
bundid-expired = Girişinizin süresi doldu. Lütfen tekrar giriş yapın.
bundid-again = Tekrar giriş yap
pending-heading = Neredeyse bitti: kimlik belgenizi gösterin
pending-intro = Beyanınız kaydedildi. Sağlık Dairesi kimlik belgenizi kontrol eder etmez belgeyi düzenler. Bu sırada dosya numaranızı söyleyin.
pending-case = Dosya numaranız
pending-office = Sağlık Dairesiyle şöyle devam edersiniz:
pending-booking = Görüntülü görüşme için randevu al
pending-rejected = Sağlık Dairesi kimliğinizi doğrulayamadı. Lütfen Sağlık Dairesine başvurun.

## Fees
fee-free = Bilgilendirme ücretsizdir.
fee-before-course = Bilgilendirmenin ücreti { $amount }. Ödemeyi kurstan önce yaparsınız.
fee-before-certificate = Bilgilendirmenin ücreti { $amount }. Ödemeyi bilgilendirmeden sonra, belgeyi almadan önce yaparsınız.
fee-heading = Ücreti ödeyin
fee-intro-course = Bilgilendirmenin ücreti { $amount }. Lütfen önce ödeme yapın. Ardından kurs başlar.
fee-intro-certificate = Beyanınız kaydedildi. Bilgilendirmenin ücreti { $amount }. Ödeme yapar yapmaz belgenizi alırsınız.
fee-online-heading = İnternet üzerinden ödeme
fee-online-text = Ödemeyi eyaletin ödeme hizmeti üzerinden yaparsınız, örneğin kredi kartı, PayPal veya bankanız ile. Ardından buraya geri dönersiniz.
fee-online-button = Şimdi { $amount } öde
fee-online-missing = Bu Sağlık Dairesinde henüz internet üzerinden ödeme yapılamıyor. Kuponla veya Sağlık Dairesinde ödeyin.
fee-payment-open = Ödemeniz henüz tamamlanmadı. Ödeme yaptıysanız lütfen biraz bekleyin ve bu sayfayı yeniden yükleyin.
fee-payment-cancelled = Ödeme iptal edildi. Tekrar deneyebilirsiniz.
fee-payment-failed = Ödeme gerçekleşmedi. Tekrar deneyebilir veya başka bir yolla ödeyebilirsiniz.
fee-unavailable = Ödeme hizmetine şu anda ulaşılamıyor. Lütfen birkaç dakika sonra tekrar deneyin. Bilgileriniz kayıtlı kalır.
fee-not-offered = Bu Sağlık Dairesi bunu sunmuyor.
fee-voucher-heading = Kuponla ödeme
fee-voucher-label = Kupon kodu (örneğin ABCD-EFGH-JKMN)
fee-voucher-button = Kuponu kullan
fee-voucher-invalid = Bu kupon geçerli değil. Bilinmiyor, daha önce kullanılmış veya süresi dolmuş.
fee-voucher-typo = Kodda bir yazım hatası var. Lütfen her karakteri kontrol edin.
fee-waiver-heading = Ücretten muafiyet
fee-waiver-text = Sağlık Dairesi şu durumlarda ücret almaz:
fee-waiver-volunteer = gönüllü çalışma, örneğin bir dernekte veya Tafel'de (gıda bankası)
fee-waiver-internship = okul stajı
fee-waiver-benefits = Bürgergeld (vatandaşlık parası), Sozialhilfe (sosyal yardım) veya Asylbewerberleistungen (sığınmacı yardımı) alan kişiler
fee-waiver-reason = Kısa gerekçe, örneğin derneğin veya okulun adı
fee-waiver-button = Muafiyet başvurusu yap
fee-waiver-staff-note = Sağlık Dairesi başvurunuzu inceler. Sizden bir kanıt isteyebilir.
fee-waiver-choose = Lütfen hangi nedenle muafiyet istediğinizi seçin.
fee-waiver-reason-missing = Lütfen kısa bir gerekçe yazın (en fazla { $max } karakter).
fee-waiver-pending = Muafiyet başvurunuz kaydedildi. Sağlık Dairesi başvurunuzu inceliyor. Daha sonra bu sayfaya tekrar bakın.
fee-waiver-refused = Sağlık Dairesi muafiyeti onaylamadı. Lütfen ücreti ödeyin.
fee-desk = Ücreti Sağlık Dairesinde de ödeyebilirsiniz.
done-fee-online = Ödendi: { $amount }, { $date }, ödeme referansı { $reference }.
done-fee-voucher = { $reference } kuponuyla ödendi: { $date }.
done-fee-waiver = Ücretten muaf tutuldu: { $date }.
done-fee-desk = Sağlık Dairesinde ödendi: { $amount }, { $date }.

## Wallet
wallet-credential-name = § 43 Infektionsschutzgesetz (Enfeksiyondan Korunma Yasası) uyarınca belge
wallet-claim-given_name = Ad
wallet-claim-family_name = Soyadı
wallet-claim-birthdate = Doğum tarihi
wallet-claim-instructed_on = Bilgilendirme tarihi
wallet-claim-issuing_authority = Sağlık Dairesi
wallet-claim-certificate_code = Belge kodu
wallet-claim-identity_check = Kimlik kontrolü
wallet-claim-given_name_latin = Latin harfleriyle ad
wallet-claim-family_name_latin = Latin harfleriyle soyadı
wallet-heading = Dijital cüzdanınızdaki belge
wallet-what = Dijital cüzdan (wallet), telefonda belgeler için bir uygulamadır, örneğin EUDI-Wallet. Belgeyi oraya kaydedebilir ve işvereninize veya gıda denetimine gösterebilirsiniz.
wallet-pdf-stays = Dijital cüzdana ihtiyacınız yok: PDF olarak belge, cüzdan olmadan da geçerlidir.
wallet-button = Belgeyi dijital cüzdana ekle
wallet-offer-heading = Dijital cüzdana ekle
wallet-offer-scan = Bu kodu cüzdan uygulamanızla tarayın. Cüzdan bu telefondaysa düğmeye dokunun.
wallet-offer-qr = Dijital cüzdan için QR kod
wallet-offer-open = Cüzdanı bu telefonda aç
wallet-offer-pin = Cüzdan bir PIN ister. PIN'iniz:
wallet-offer-pin-mailed = Cüzdan bir PIN ister. PIN'i size e-postayla { $email } adresine gönderdik.
wallet-offer-expiry = Kod ve PIN 15 dakika boyunca ve yalnızca bir kez geçerlidir. Sonra burada yenilerini alırsınız.
wallet-offer-back = Belgeye dön
wallet-check-heading = Dijital cüzdandaki belgeyi kontrol et
wallet-check-intro = İşverenler ve gıda denetimi için: Kişi belgeyi dijital cüzdanından gösterir. Bunun için cüzdanın bu alıcıya ve bu tek kullanımlık değere ihtiyacı vardır.
wallet-check-audience = Alıcı
wallet-check-nonce = Tek kullanımlık değer
wallet-check-label = Cüzdandan gelen kanıt (Key-Binding-JWT ile SD-JWT)
wallet-check-button = Kontrol et
wallet-check-valid = Geçerli: Sağlık Dairesi tarafından imzalanmış, iptal edilmemiş ve kişinin kendi cüzdanıyla gösterilmiştir.
wallet-check-revoked = İptal edildi: Bu belge artık geçerli değildir.
wallet-check-development = Test anahtarıyla imzalanmış: Bu geçerli bir kanıt değildir.
wallet-check-claims = Gösterilen bilgiler
wallet-check-office = Düzenleyen
wallet-check-again = Başka bir kanıtı kontrol et
wallet-check-invalid-form = Geçerli değil: Bu, dijital cüzdandan gelen tam bir kanıt değildir.
wallet-check-invalid-signature = Geçerli değil: İmza uyuşmuyor veya düzenleyen, bu hizmetteki bir Sağlık Dairesi değil.
wallet-check-invalid-disclosure = Geçerli değil: Bir bilgi değiştirilmiş.
wallet-check-invalid-binding = Geçerli değil: Kanıt kişinin kendi cüzdanıyla gösterilmemiş.
wallet-check-invalid-audience = Geçerli değil: Tek kullanımlık değer bilinmiyor, süresi dolmuş veya zaten kullanılmış. Sayfayı yeniden yükleyin ve kanıtı tekrar gösterin.
wallet-check-invalid-time = Geçerli değil: Kanıt çok eski. Tekrar gösterin.
