# E-mail texts (Somali). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Shahaadadaada sida uu dhigayo § 43 IfSG
certificate-body =
    Salaan { $name },

    Waxaad dhammaysay tababarka sida uu dhigayo § 43 Abs. 1 ee Sharciga Ka-hortagga Cudurrada Faafa (Infektionsschutzgesetz). Shahaadadaada oo ah fayl PDF ah ayaa ku lifaaqan e-maylkan.

    Waxaa bixiyey: { $office }

    Koodka shahaadada: { $code }
    Qof kastaa halkan wuu ka hubin karaa shahaadada: { $verify_url }

    Shahaadadaada oo ah bog internet, si loo akhriyo, kor loogu akhriyo loona daabaco (waxaad u baahan tahay koodka hal mar ah): { $view_url }

    Fadlan shahaadada u dhiib loo-shaqeeyahaaga. Maalinta ugu horreysa ee shaqada, shahaadadu waa inaysan ka da' weynaan saddex bilood. Faylka si wanaagsan u kaydi.

reissue-subject = Nuqul cusub oo shahaadadaada ah sida uu dhigayo § 43 IfSG
reissue-body =
    Salaan { $name },

    Nuqul cusub oo shahaadadaada ah ayaa ku lifaaqan e-maylkan, waana fayl PDF ah. Shahaadada lafteedu isma beddelin.

    Waxaa bixiyey: { $office }

    Koodka shahaadada: { $code }
    Qof kastaa halkan wuu ka hubin karaa shahaadada: { $verify_url }

    Shahaadadaada oo ah bog internet, si loo akhriyo, kor loogu akhriyo loona daabaco (waxaad u baahan tahay koodka hal mar ah): { $view_url }

resume-subject = Xiriirkaaga tababarka
resume-body =
    Salaan { $name },

    xiriirkan ayaad ku sii wadataa tababarkaaga:
    { $link }

    Xiriirku hal mar oo keliya ayuu shaqeeyaa. Cidna ha siin.

pdf-code-subject = Koodkaaga hal mar ah ee shahaadada
pdf-code-body =
    Salaan { $name },

    koodkaaga hal mar ah: { $one_time_code }

    Ku geli { $link } si aad u soo dejiso shahaadada { $code }. Koodku wakhti gaaban iyo hal mar oo keliya ayuu shaqeeyaa.

    Ma aadan codsan kood? Markaas tirtir fariintan.

footer = Fariintan si toos ah ayaa loo soo diray. Haddii aad su'aalo qabtid, la xiriir: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Khidmadda waa la bixiyay: { $amount } taariikhda { $date }, lambarka lacag-bixinta { $reference }.
fee-voucher = Khidmadda waxaa lagu bixiyay kuubonka { $reference }.
fee-waiver = Waa lagaa dhaafay khidmadda.
fee-desk = Khidmadda waxaa laga bixiyay xafiiska caafimaadka: { $amount } taariikhda { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = PIN-kaaga ee wallet-ka
wallet-pin-body =
    Salaan { $name },

    PIN-kaaga ee shahaadada wallet-ka: { $one_time_code }

    App-ka wallet-ku wuxuu ku weydiinayaa PIN-kan marka aad iskaan gareyso koodka QR. PIN-ku wuxuu shaqeeyaa 15 daqiiqo iyo hal mar oo keliya.

    Ma aadan codsan arrintan? Markaas tirtir fariintan.
