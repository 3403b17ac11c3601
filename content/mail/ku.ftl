# E-mail texts (Kurmanji). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Belgeya we li gorî § 43 IfSG
certificate-body =
    Rojbaş { $name },

    We agahdarkirina li gorî Qanûna Parastina ji Enfeksiyonan (Infektionsschutzgesetz) § 43 Abs. 1 temam kir. Belgeya we wek pelê PDF bi vê e-nameyê ve hatiye girêdan.

    Saziya ku daye: { $office }

    Koda belgeyê: { $code }
    Her kes dikare belgeyê li vir kontrol bike: { $verify_url }

    Belgeya we wek rûpela webê ji bo xwendinê, xwendina bi deng û çapkirinê (bi koda yekcarî): { $view_url }

    Ji kerema xwe belgeyê bidin kardêrê xwe. Di roja yekem a kar de divê belge ji sê mehan kevintir nebe. Pelê baş biparêzin.

reissue-subject = Nusxeyeke nû ya belgeya we li gorî § 43 IfSG
reissue-body =
    Rojbaş { $name },

    Nusxeyeke nû ya belgeya we wek pelê PDF bi vê e-nameyê ve hatiye girêdan. Belge bi xwe nehatiye guhertin.

    Saziya ku daye: { $office }

    Koda belgeyê: { $code }
    Her kes dikare belgeyê li vir kontrol bike: { $verify_url }

    Belgeya we wek rûpela webê ji bo xwendinê, xwendina bi deng û çapkirinê (bi koda yekcarî): { $view_url }

resume-subject = Girêdana we ya hînkirinê
resume-body =
    Rojbaş { $name },

    bi vê girêdanê hûn hînkirina xwe didomînin:
    { $link }

    Girêdan tenê carekê dixebite. Wê nedin kesî.

pdf-code-subject = Koda we ya yekcarî ji bo belgeyê
pdf-code-body =
    Rojbaş { $name },

    koda we ya yekcarî: { $one_time_code }

    Wê li { $link } binivîsin da ku belgeya { $code } daxin. Kod tenê demeke kurt û tenê carekê derbasdar e.

    We kod nexwestiye? Wê demê vê peyamê jê bibin.

footer = Ev peyam bixweber hatiye şandin. Ji bo pirsan: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Xerc hat dayîn: { $amount } di { $date } de, jimareya dayînê { $reference }.
fee-voucher = Xerc bi kûpona { $reference } hat dayîn.
fee-waiver = Hûn ji xercê azad in.
fee-desk = Xerc li Daîreya Tenduristiyê hat dayîn: { $amount } di { $date } de.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = PIN-a we ji bo cizdana dîjîtal
wallet-pin-body =
    Rojbaş { $name },

    PIN-a we ji bo belgeyê di cizdana dîjîtal de: { $one_time_code }

    Dema ku hûn koda QR skan dikin, aplîkasyona cizdanê vê PIN-ê dixwaze. PIN 15 deqeyan û tenê carekê derbasdar e.

    We ev nexwestiye? Wê demê vê peyamê jê bibin.
