# E-mail texts (Persian). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = گواهی شما طبق § 43 IfSG
certificate-body =
    سلام { $name } گرامی،

    شما آموزش طبق § 43 Abs. 1 قانون حفاظت در برابر عفونت (Infektionsschutzgesetz) را به پایان رسانده‌اید. گواهی شما به‌صورت فایل PDF به این ایمیل پیوست شده است.

    صادرکننده: { $office }

    کد گواهی: { $code }
    هر کسی می‌تواند گواهی را این‌جا بررسی کند: { $verify_url }

    گواهی شما به‌صورت صفحه وب برای خواندن، خواندن با صدای بلند و چاپ (با کد یک‌بارمصرف): { $view_url }

    لطفاً گواهی را به کارفرمای خود بدهید. در نخستین روز کار نباید بیش از سه ماه از تاریخ گواهی گذشته باشد. فایل را به‌خوبی نگه دارید.

reissue-subject = نسخه جدید گواهی شما طبق § 43 IfSG
reissue-body =
    سلام { $name } گرامی،

    نسخه جدیدی از گواهی شما به‌صورت فایل PDF به این ایمیل پیوست شده است. خود گواهی تغییری نکرده است.

    صادرکننده: { $office }

    کد گواهی: { $code }
    هر کسی می‌تواند گواهی را این‌جا بررسی کند: { $verify_url }

    گواهی شما به‌صورت صفحه وب برای خواندن، خواندن با صدای بلند و چاپ (با کد یک‌بارمصرف): { $view_url }

resume-subject = پیوند شما به آموزش
resume-body =
    سلام { $name }،

    با این پیوند آموزش خود را ادامه می‌دهید:
    { $link }

    این پیوند فقط یک بار کار می‌کند. آن را به کسی ندهید.

pdf-code-subject = کد یک‌بارمصرف شما برای گواهی
pdf-code-body =
    سلام { $name }،

    کد یک‌بارمصرف شما: { $one_time_code }

    آن را در { $link } وارد کنید تا گواهی { $code } را دانلود کنید. این کد فقط مدت کوتاهی و فقط یک بار معتبر است.

    کدی درخواست نکرده‌اید؟ پس این پیام را پاک کنید.

footer = این پیام به‌طور خودکار فرستاده شده است. برای پرسش‌ها لطفاً تماس بگیرید با: { $office }، { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = هزینه پرداخت شد: { $amount } در تاریخ { $date }، شماره پیگیری پرداخت { $reference }.
fee-voucher = هزینه با کوپن { $reference } تسویه شد.
fee-waiver = شما از پرداخت هزینه معاف هستید.
fee-desk = هزینه در اداره بهداشت پرداخت شد: { $amount } در تاریخ { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = پین شما برای کیف پول دیجیتال
wallet-pin-body =
    سلام { $name }،

    پین شما برای گواهی در کیف پول دیجیتال: { $one_time_code }

    وقتی کد QR را اسکن می‌کنید، برنامه کیف پول این پین را می‌خواهد. این پین 15 دقیقه و فقط یک بار معتبر است.

    این را درخواست نکرده‌اید؟ پس این پیام را پاک کنید.
