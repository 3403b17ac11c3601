# E-mail texts (Ukrainian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Ваше посвідчення згідно з § 43 IfSG
certificate-body =
    Добрий день, { $name }!

    Ви пройшли інструктаж згідно з § 43 Abs. 1 Закону про захист від інфекцій (Infektionsschutzgesetz). Ваше посвідчення додано до цього листа як PDF-файл.

    Ким видано: { $office }

    Код посвідчення: { $code }
    Будь-хто може перевірити посвідчення тут: { $verify_url }

    Ваше посвідчення у вигляді вебсторінки для читання, читання вголос і друку (з одноразовим кодом): { $view_url }

    Будь ласка, передайте посвідчення вашому роботодавцю. У перший робочий день посвідченню має бути не більше трьох місяців. Збережіть файл у надійному місці.

reissue-subject = Новий примірник вашого посвідчення згідно з § 43 IfSG
reissue-body =
    Добрий день, { $name }!

    До цього листа додано новий примірник вашого посвідчення як PDF-файл. Саме посвідчення не змінилося.

    Ким видано: { $office }

    Код посвідчення: { $code }
    Будь-хто може перевірити посвідчення тут: { $verify_url }

    Ваше посвідчення у вигляді вебсторінки для читання, читання вголос і друку (з одноразовим кодом): { $view_url }

resume-subject = Ваше посилання на інструктаж
resume-body =
    Добрий день, { $name }!

    За цим посиланням ви продовжите інструктаж:
    { $link }

    Посилання діє лише один раз. Нікому його не передавайте.

pdf-code-subject = Ваш одноразовий код для свідоцтва
pdf-code-body =
    Добрий день, { $name }!

    Ваш одноразовий код: { $one_time_code }

    Введіть його на сторінці { $link }, щоб завантажити свідоцтво { $code }. Код діє недовго і лише один раз.

    Ви не запитували код? Тоді видаліть цей лист.

footer = Це повідомлення надіслано автоматично. На запитання відповідає: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Збір оплачено: { $amount }, { $date }, номер платежу { $reference }.
fee-voucher = Збір оплачено ваучером { $reference }.
fee-waiver = Вас звільнено від збору.
fee-desk = Збір оплачено у відомстві охорони здоров'я: { $amount }, { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Ваш PIN-код для цифрового гаманця
wallet-pin-body =
    Добрий день, { $name }!

    Ваш PIN-код для посвідчення в цифровому гаманці: { $one_time_code }

    Застосунок гаманця попросить цей PIN-код, коли ви відскануєте QR-код. PIN-код діє 15 хвилин і лише один раз.

    Ви цього не запитували? Тоді видаліть цей лист.
