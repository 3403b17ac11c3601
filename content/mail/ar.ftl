# E-mail texts (Arabic). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = شهادتك وفق § 43 IfSG
certificate-body =
    مرحبًا { $name }،

    لقد أتممت الإرشاد وفق § 43 Abs. 1 من قانون الحماية من العدوى (Infektionsschutzgesetz). شهادتك مرفقة بهذه الرسالة بصيغة ملف PDF.

    صادرة عن: { $office }

    رمز الشهادة: { $code }
    يمكن لأي شخص التحقق من الشهادة هنا: { $verify_url }

    شهادتك كصفحة ويب للقراءة وللقراءة بصوت عالٍ وللطباعة (برمز لمرة واحدة): { $view_url }

    يُرجى تسليم الشهادة إلى صاحب العمل. في أول يوم عمل يجب ألّا يكون عمر الشهادة أكثر من ثلاثة أشهر. يُرجى الاحتفاظ بالملف في مكان آمن.

reissue-subject = نسخة جديدة من شهادتك وفق § 43 IfSG
reissue-body =
    مرحبًا { $name }،

    مرفقة بهذه الرسالة نسخة جديدة من شهادتك بصيغة ملف PDF. الشهادة نفسها لم تتغيّر.

    صادرة عن: { $office }

    رمز الشهادة: { $code }
    يمكن لأي شخص التحقق من الشهادة هنا: { $verify_url }

    شهادتك كصفحة ويب للقراءة وللقراءة بصوت عالٍ وللطباعة (برمز لمرة واحدة): { $view_url }

resume-subject = رابطك إلى التثقيف
resume-body =
    مرحبًا { $name }،

    بهذا الرابط تتابع التثقيف:
    { $link }

    يعمل الرابط مرة واحدة فقط. لا تعطه لأحد.

pdf-code-subject = رمزك لمرة واحدة للشهادة
pdf-code-body =
    مرحبًا { $name }،

    رمزك لمرة واحدة: { $one_time_code }

    أدخله في { $link } لتنزيل الشهادة { $code }. الرمز صالح لفترة قصيرة ومرة واحدة فقط.

    لم تطلب رمزًا؟ احذف هذه الرسالة إذن.

footer = أُرسلت هذه الرسالة تلقائيًا. للأسئلة يُرجى التواصل مع: { $office }، { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = تم دفع الرسوم: { $amount } بتاريخ { $date }، رقم مرجع الدفع { $reference }.
fee-voucher = تمت تسوية الرسوم بالقسيمة { $reference }.
fee-waiver = أنت معفى من الرسوم.
fee-desk = تم دفع الرسوم في مكتب الصحة: { $amount } بتاريخ { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = رمز PIN الخاص بك للمحفظة الرقمية
wallet-pin-body =
    مرحبًا { $name }،

    رمز PIN الخاص بك للشهادة في المحفظة الرقمية: { $one_time_code }

    يطلب تطبيق المحفظة رمز PIN هذا عندما تمسح رمز QR. رمز PIN صالح لمدة 15 دقيقة ولمرة واحدة فقط.

    لم تطلب ذلك؟ احذف هذه الرسالة إذن.
