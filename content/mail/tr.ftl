# E-mail texts (Turkish). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = § 43 IfSG uyarınca belgeniz
certificate-body =
    Sayın { $name },

    Enfeksiyondan Korunma Yasası (Infektionsschutzgesetz) § 43 Abs. 1 uyarınca bilgilendirmeyi tamamladınız. Belgeniz bu e-postaya PDF dosyası olarak eklenmiştir.

    Düzenleyen: { $office }

    Belge kodu: { $code }
    Herkes belgeyi burada kontrol edebilir: { $verify_url }

    Belgeniz okumak, sesli okutmak ve yazdırmak için web sayfası olarak (tek kullanımlık kodla): { $view_url }

    Lütfen belgeyi işvereninize verin. İlk iş gününüzde belge üç aydan eski olmamalıdır. Dosyayı iyi saklayın.

reissue-subject = § 43 IfSG uyarınca belgenizin yeni bir nüshası
reissue-body =
    Sayın { $name },

    Belgenizin yeni bir nüshası bu e-postaya PDF dosyası olarak eklenmiştir. Belgenin kendisi değişmemiştir.

    Düzenleyen: { $office }

    Belge kodu: { $code }
    Herkes belgeyi burada kontrol edebilir: { $verify_url }

    Belgeniz okumak, sesli okutmak ve yazdırmak için web sayfası olarak (tek kullanımlık kodla): { $view_url }

resume-subject = Eğitime bağlantınız
resume-body =
    Merhaba { $name },

    bu bağlantıyla eğitiminize devam edersiniz:
    { $link }

    Bağlantı yalnızca bir kez geçerlidir. Kimseye vermeyin.

pdf-code-subject = Belge için tek kullanımlık kodunuz
pdf-code-body =
    Merhaba { $name },

    tek kullanımlık kodunuz: { $one_time_code }

    { $code } belgesini indirmek için kodu { $link } adresinde girin. Kod yalnızca kısa bir süre ve bir kez geçerlidir.

    Kod istemediniz mi? O zaman bu mesajı silin.

footer = Bu mesaj otomatik olarak gönderilmiştir. Sorularınız için: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Ücret ödendi: { $amount }, { $date }, ödeme referansı { $reference }.
fee-voucher = Ücret { $reference } kuponuyla ödendi.
fee-waiver = Ücretten muafsınız.
fee-desk = Ücret Sağlık Dairesinde ödendi: { $amount }, { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Dijital cüzdan için PIN'iniz
wallet-pin-body =
    Merhaba { $name },

    dijital cüzdandaki belge için PIN'iniz: { $one_time_code }

    QR kodu taradığınızda cüzdan uygulaması bu PIN'i ister. PIN 15 dakika boyunca ve yalnızca bir kez geçerlidir.

    Bunu istemediniz mi? O zaman bu mesajı silin.
