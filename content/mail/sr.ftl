# E-mail texts (Serbian, Cyrillic). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Ваша потврда према § 43 IfSG
certificate-body =
    Добар дан, { $name },

    завршили сте обуку према § 43 Abs. 1 Закона о заштити од инфекција (Infektionsschutzgesetz). Ваша потврда се налази у прилогу ове поруке као PDF датотека.

    Издавалац: { $office }

    Код потврде: { $code }
    Свако може да провери потврду овде: { $verify_url }

    Молимо вас да потврду дате свом послодавцу. Првог радног дана потврда не сме бити старија од три месеца. Добро чувајте датотеку.

reissue-subject = Нови примерак ваше потврде према § 43 IfSG
reissue-body =
    Добар дан, { $name },

    у прилогу добијате нови примерак своје потврде као PDF датотеку. Сама потврда није промењена.

    Издавалац: { $office }

    Код потврде: { $code }
    Свако може да провери потврду овде: { $verify_url }

resume-subject = Vaš link za obuku
resume-body =
    Dobar dan { $name },

    ovim linkom nastavljate obuku:
    { $link }

    Link važi samo jednom. Ne dajte ga nikome.

pdf-code-subject = Vaš jednokratni kod za potvrdu
pdf-code-body =
    Dobar dan { $name },

    vaš jednokratni kod: { $one_time_code }

    Unesite ga na { $link } da preuzmete potvrdu { $code }. Kod važi kratko i samo jednom.

    Niste tražili kod? Onda obrišite ovu poruku.

footer = Ова порука је послата аутоматски. На питања одговара: { $office }, { $contact }
