# Page texts for learners (Arabic), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = الإرشاد وفق § 43 Infektionsschutzgesetz (قانون الحماية من العدوى)
machine-translation-notice = تمّت هذه الترجمة آليًا ولم تُراجَع. النص الألماني هو النص المُلزِم.
machine-translation-link = اقرأ بالألمانية
skip-to-content = انتقل إلى المحتوى
language-label = اللغة
language-submit = تغيير اللغة
footer-accessibility = إمكانية الوصول
footer-privacy = حماية البيانات
footer-imprint = بيانات الناشر
footer-verify = التحقق من الشهادة

## الصفحة الرئيسية

start-heading = إرشاد عبر الإنترنت للعمل مع الأغذية
start-intro = من يعمل مهنيًا في إنتاج أغذية معيّنة أو معالجتها أو تداولها، أو يعمل في مطابخ المطاعم والمقاصف والمنشآت المشابهة (المادة 42 الفقرتان 1 و2 من IfSG)، يحتاج قبل أول يوم عمل إلى شهادة من مكتب الصحة. هنا تتلقّى الإرشاد عبر الإنترنت وتحصل على الشهادة فورًا.
start-how-heading = كيف يتم ذلك
start-step-videos = تشاهد مقاطع فيديو قصيرة مع ترجمة مكتوبة. عدد المقاطع: { $chapters }. المدة كلها حوالي { $minutes } دقيقة.
start-step-quiz = تجيب عن بعض الأسئلة حول مقاطع الفيديو.
start-step-declaration = تُقرّ بأنك لا تعرف أي أسباب لحظر العمل.
start-step-certificate = تحصل على الشهادة كملف PDF.
start-bring-heading = ما تحتاج إليه
start-bring = بطاقة الهوية أو جواز السفر (لكتابة اسمك بشكل صحيح تمامًا)، ووقت حوالي { $total } دقيقة، وصوت أو سماعات.
start-cost-heading = التكلفة
start-cost = يحدّد مكتب الصحة التكلفة. تراها بعد أن تختار مكتب الصحة.
start-find-office = ابحث عن مكتب الصحة الخاص بك
postcode-label = الرمز البريدي لمكان سكنك
postcode-hint = 5 أرقام، مثلًا 99999
postcode-search = ابحث عن مكتب الصحة
postcode-invalid = يُرجى إدخال رمز بريدي من 5 أرقام.
postcode-none = لا يقدّم أي مكتب صحة هنا الإرشاد لهذا الرمز البريدي. اختر مكتب صحة من القائمة أو اسأل مكتب الصحة الخاص بك.
office-list-heading = كل مكاتب الصحة
office-choose = ابدأ الإرشاد لدى مكتب الصحة هذا
office-not-in-language = مكتب الصحة هذا لا يقدّم الإرشاد بلغتك.
resume-heading = تابع
resume-text = لقد بدأت من قبل. تابع من حيث توقفت.
resume-button = تابع

## البيانات الشخصية

enrol-heading = بياناتك
enrol-intro = اكتب اسمك تمامًا كما في بطاقة الهوية أو جواز السفر. هذه البيانات تُكتب على الشهادة.
enrol-office = مكتب الصحة
given-name-label = الاسم الأول (أو الأسماء الأولى)
family-name-label = اسم العائلة
latin-intro = فقط إذا كان اسمك مكتوبًا بحروف أخرى: اكتب اسمك بالحروف اللاتينية كما في جواز السفر.
given-name-latin-label = الاسم الأول بالحروف اللاتينية
family-name-latin-label = اسم العائلة بالحروف اللاتينية
birth-date-label = تاريخ الميلاد
birth-date-hint = اليوم.الشهر.السنة، مثلًا 31.12.1990 أو بدون نقاط 31121990
email-label = البريد الإلكتروني (اختياري)
email-hint = عندها نرسل لك الشهادة أيضًا بالبريد الإلكتروني.
enrol-privacy = يستخدم مكتب الصحة بياناتك فقط للإرشاد وللشهادة.
enrol-submit = التالي: مقاطع الفيديو
form-errors-heading = يُرجى التحقق من بياناتك:
error-given-name = يُرجى كتابة اسمك الأول كما في بطاقة الهوية.
error-family-name = يُرجى كتابة اسم العائلة كما في بطاقة الهوية.
error-latin = لا يمكن طباعة اسمك على الشهادة إلا بالحروف اللاتينية. يُرجى كتابته أيضًا كما هو في جواز السفر.
error-birth-date = يُرجى كتابة تاريخ ميلادك هكذا: اليوم.الشهر.السنة، مثلًا 31.12.1990 أو 31121990.
error-birth-date-no-such-day = هذا اليوم غير موجود. يُرجى التحقق من اليوم والشهر.
error-birth-date-two-digit-year = يُرجى كتابة السنة بأربعة أرقام، مثلًا 1990 بدلًا من 90.
error-birth-date-future = هذا التاريخ في المستقبل. يُرجى التحقق من السنة.
error-birth-date-too-young = الإرشاد ممكن فقط ابتداءً من سن { $min } سنة.
error-birth-date-implausible = يُرجى التحقق من السنة: هذا التاريخ قديم جدًا.
error-name-character = الحرف «{ $character }» غير مسموح به في الاسم. المسموح به هو: الحروف والمسافات والفاصلة العليا والشرطة والنقطة.
error-name-too-long = الاسم طويل جدًا: الحد الأقصى { $max } حرف.
error-name-no-letter = يجب أن يحتوي الاسم على حرف واحد على الأقل.
error-title-prefix = خطأ:
error-email = يُرجى التحقق من عنوان البريد الإلكتروني، أو اترك الحقل فارغًا.
error-name-invisible = يحتوي الاسم على حرف غير مرئي أو على فاصل أسطر (مثل حرف حشو). يُرجى كتابة الاسم من جديد بدلًا من لصقه.
error-name-direction = يحتوي الاسم على حرف تحكم في اتجاه الكتابة يغيّر طريقة عرض الاسم. يُرجى كتابة الاسم من جديد.
error-name-joiner = يحتوي الاسم على حرف وصل غير مرئي في مكان خاطئ. لا يُسمح به إلا بين حرفين من كتابة مثل العربية أو الفارسية أو الهندية.
error-name-mixed-script = تخلط كلمة من الاسم بين حروف لاتينية وحروف كيريلية أو يونانية متشابهة في الشكل (مثل М و M). يُرجى كتابة كل كلمة بأبجدية واحدة، كما في جواز السفر.
error-email-plain = يُرجى إدخال عنوان البريد الإلكتروني وحده، مثل name@example.org: بدون اسم قبله، وبدون العلامتين < و >، وباسم نطاق بدلًا من عنوان IP.

## نظرة عامة

course-heading = إرشادك
course-progress = المقاطع التي شاهدتها: { $done } من { $total }
chapter-done = تمت المشاهدة
chapter-open = لم تتم المشاهدة بعد
resume-link-heading = المتابعة لاحقًا
resume-link-text = بهذا الرابط تتابع لاحقًا، حتى على جهاز آخر. لا تعطِ هذا الرابط لأي شخص.
next-quiz = التالي: الأسئلة
quiz-locked = تُفتح الأسئلة عندما تشاهد كل مقاطع الفيديو.

## الفصل

chapter-of = الفصل { $number } من { $total }
video-noscript = تحتاج هذه الصفحة إلى JavaScript لكي تُحسب مشاهدتك. يُرجى تشغيل JavaScript. كل شيء آخر يعمل بدونه أيضًا.
video-status = نسبة المشاهدة: { $percent }%
video-status-done = شاهدت هذا الفيديو كاملًا.
video-status-offline = لا يوجد اتصال. سيُرسَل تقدّمك عندما يعود الاتصال.
video-hint = شاهد كل فيديو حتى النهاية. التقديم السريع لا يُحسب.
video-narrated-in = لغة الكلام في الفيديو: { $narration }. لغة الترجمة المكتوبة: { $captions }.
video-sign-language = لغة الإشارة (DGS)
chapter-text-heading = نص الفيديو
chapter-next = الفصل التالي
chapter-overview = إلى النظرة العامة

## الأسئلة

quiz-heading = أسئلة عن الإرشاد
quiz-intro = أجب عن الأسئلة. عدد الأسئلة: { $count }. في بعض الأسئلة أكثر من إجابة صحيحة: اختر كل الإجابات الصحيحة. تنجح إذا كانت { $percent }% من إجاباتك صحيحة.
quiz-start = ابدأ الأسئلة
quiz-question = السؤال { $number } من { $count }
quiz-submit = أرسل الإجابات
quiz-passed = نجحت. الإجابات الصحيحة: { $score } من { $count }.
quiz-failed = للأسف لم تنجح. الإجابات الصحيحة: { $score } من { $count }.
quiz-retry = حاول مرة أخرى
quiz-attempts-left = المحاولات المتبقية: { $left }
quiz-rewatch = لقد استخدمت كل المحاولات. يُرجى مشاهدة مقاطع الفيديو مرة أخرى. بعدها يمكنك الإجابة عن الأسئلة من جديد.
quiz-correct = صحيح
quiz-wrong = خطأ
quiz-next = التالي: الإقرار
quiz-choose-all = اختر كل الإجابات الصحيحة.
quiz-your-answer = إجابتك
quiz-right-answer = الإجابة الصحيحة
quiz-no-answer = لا توجد إجابة
quiz-next-question = التالي
quiz-previous = العودة إلى السؤال السابق
quiz-to-review = التالي: إجاباتك
quiz-review-heading = إجاباتك
quiz-review-intro = راجع إجاباتك. بالضغط على «تغيير» تعود إلى السؤال. ثم أرسل الإجابات.
quiz-change = تغيير

## الإقرار

declaration-heading = إقرارك
declaration-confirm = نعم، أُقرّ بذلك.
declaration-handover-heading = من فضلك سلّم الجهاز الآن
declaration-handover = عمرك أقل من 18 سنة. لذلك تقدّم أمك أو أبوك أو الوصي عليك الإقرارَ نيابةً عنك (المادة 43 الفقرة 6 من IfSG). من فضلك أعطِ الجهاز الآن لهذا الشخص.
declaration-handover-continue = أنا الأم أو الأب أو الوصي – متابعة
declaration-carer-link = يقدّم القيّم القانوني عليّ (Betreuer) الإقرارَ نيابةً عني
declaration-representative-heading = إقرار نيابةً عن شخص آخر
declaration-representative-intro = أنت تقدّم الإقرار نيابةً عن { $name }. اكتب اسمك أنت كما هو في بطاقة هويتك.
declaration-representative-facts = من الوقائع التي تستوجب حظر العمل مثلًا: إسهال يكون فيه البراز ليّنًا أكثر من مرتين في اليوم، أو قيء، أو حمّى شديدة مع صداع قوي أو ألم قوي في البطن أو في المفاصل، أو اصفرار الجلد أو العينين، أو جروح أو مواضع في الجلد فيها قيح أو ترشح سائلًا، أو أن يكون طبيب أو مختبر قد اكتشف السالمونيلا أو الشيغيلا أو EHEC أو جراثيم التيفوئيد أو الكوليرا أو التهاب الكبد A أو E. إذا كنت تعرف مثل هذه الوقائع لدى { $name }، فلا تقدّم الإقرار وتواصل مع مكتب الصحة.
declaration-role-legend = تقدّم الإقرار بصفتك
declaration-role-parent = الأم أو الأب صاحب حق الحضانة
declaration-role-guardian = الوصي (الذي عيّنته محكمة الأسرة)
declaration-role-carer = القيّم القانوني على شخص بالغ (Betreuer)، وتشمل مهامك هذا الإقرار
representative-given-name-label = اسمك الأول
representative-family-name-label = اسم عائلتك
declaration-representative-next = التالي: الإقرار
declaration-german-heading = النص الألماني المُلزِم
declaration-translation-heading = الترجمة
error-role = من فضلك اختر بأي صفة تقدّم الإقرار.
error-representative-is-holder = من فضلك اكتب اسمك أنت: يقدّم الإقرارَ الشخصُ الذي يقدّمه نيابةً عن شخص آخر، وليس الشخص الذي تلقّى الإرشاد نفسه.
declaration-submit = قدّم الإقرار واحصل على الشهادة
declaration-required = يُرجى تأكيد الإقرار. إذا كنت تعرف أسبابًا لحظر العمل عليك، فلا يجوز لك أن تبدأ العمل: تواصل مع مكتب الصحة الخاص بك.

## تم

done-heading = أحسنت! هذه شهادتك.
done-code = رمز الشهادة
done-download = تنزيل الشهادة (PDF)
done-view = عرض الشهادة كصفحة ويب: للقراءة بصوت عالٍ وللطباعة
certificate-view-heading = شهادتك
certificate-view-intro = هذه هي الشهادة نفسها الموجودة في ملف PDF، ولكن كصفحة ويب للقراءة بصوت عالٍ وللطباعة. يمكن التحقق من كل نسخة بالرمز.
done-mailed = نرسل الشهادة أيضًا إلى { $email }.
done-employer = أعطِ الشهادة لصاحب العمل. في أول يوم عمل يجب ألّا يكون عمر الشهادة أكثر من ثلاثة أشهر.
done-verify = يمكن لأي شخص التحقق من الشهادة برمز QR.

## الأخطاء

error-heading = حدث خطأ
error-not-found = هذه الصفحة غير موجودة.
error-session = بدأ هذا الإرشاد على جهاز آخر، أو الرابط غير كامل. افتح الرابط الذي حفظته.
error-expired = بقي النموذج مفتوحًا مدة طويلة جدًا. يُرجى المحاولة مرة أخرى.
error-unavailable = الخدمة غير متاحة الآن. بياناتك محفوظة. يُرجى المحاولة مرة أخرى بعد بضع دقائق.
error-too-many = تم للتو بدء عدد كبير جدًا من التسجيلات من اتصال الإنترنت الخاص بك. يرجى المحاولة مرة أخرى بعد بضع دقائق.
error-back = العودة إلى البداية

## صفحات مكتب الصحة

accessibility-heading = بيان إمكانية الوصول
privacy-heading = معلومات حماية البيانات
imprint-heading = بيانات الناشر
accessibility-sign-language = الفصول التي فيها فيديو بلغة الإشارة الألمانية (DGS): { $chapters }.
accessibility-sign-language-none = لا يوجد حتى الآن أي فصل فيه فيديو بلغة الإشارة الألمانية (DGS).
imprint-pictures = الصور في مقاطع الفيديو من OpenMoji (openmoji.org)، بموجب الترخيص CC BY-SA 4.0.
privacy-short-heading = أهم المعلومات باختصار
privacy-short = يعالج { $office } اسمك وتاريخ ميلادك وإجاباتك وإقرارك، من أجل إرشادك وفق المادة 43 من Infektionsschutzgesetz (قانون الحماية من العدوى) وإصدار الشهادة لك. تصدر الشهادة تلقائيًا عندما تشاهد جميع مقاطع الفيديو وتنجح في الأسئلة وتقدّم الإقرار. من يعرف رمز الشهادة يمكنه التحقق منها، ويرى اسمك وتاريخ ميلادك وتاريخ الإرشاد وهل الشهادة سارية. يُحذف الإرشاد غير المكتمل بعد { $days } يومًا، وتُحذف الشهادة بعد { $years } سنوات. لك الحق في الاطلاع والتصحيح وتقديم شكوى. للأسئلة: { $email }.
privacy-full-german = يلي ذلك بيان حماية البيانات كاملًا باللغة الألمانية، وهو النص المُلزِم.
office-text-german = يصدر مكتب الصحة هذا النص باللغة الألمانية فقط.
privacy-sections-heading = بيان حماية البيانات كاملًا
privacy-section-previous = القسم السابق
privacy-section-next = القسم التالي
privacy-section-overview = جميع أقسام بيان حماية البيانات

## Links, access and the certificate by one-time code

resume-link-create = إنشاء رابط
resume-link-once = يعمل الرابط مرة واحدة فقط ولمدة { $days } أيام.
resume-link-copy = نسخ الرابط
resume-link-copied = تم النسخ
resume-link-mail = إرسال رابط إلى عنوان بريدي الإلكتروني
resume-link-mailed = أرسلنا رابطًا جديدًا إلى عنوان بريدك الإلكتروني. يعمل مرة واحدة فقط.
resume-link-no-address = لم تُدخل عنوان بريد إلكتروني. أنشئ الرابط هنا ودوّنه عندك.
resume-spent-heading = هذا الرابط لم يعد صالحًا
resume-spent-text = تم استخدام الرابط من قبل أو انتهت صلاحيته. كل رابط يعمل مرة واحدة فقط.
resume-spent-mail = يمكننا إرسال رابط جديد إلى عنوان بريدك الإلكتروني.
resume-spent-mail-button = إرسال رابط جديد بالبريد الإلكتروني
resume-spent-no-mail = لا يوجد عنوان بريد إلكتروني محفوظ لهذا التثقيف. افتح التثقيف في المتصفح الذي بدأته فيه، أو تواصل مع مكتب الصحة.
resume-mailed = أرسلنا رابطًا جديدًا إلى عنوان بريدك الإلكتروني. يعمل مرة واحدة فقط.
error-access-ended = تم إصدار شهادتك بالفعل. لحمايتك لم يعد هذا الوصول يفتحها. تحصل على ملف PDF برمز الشهادة وتاريخ ميلادك ورمز لمرة واحدة عبر البريد الإلكتروني.
pdf-heading = تنزيل الشهادة
pdf-intro = أدخل رمز الشهادة وتاريخ ميلادك. نرسل رمزًا لمرة واحدة إلى عنوان البريد الإلكتروني الذي أدخلته عند التسجيل.
pdf-send = إرسال الرمز لمرة واحدة
pdf-sent = إذا تطابقت البيانات مع شهادة لها عنوان بريد إلكتروني، فقد أرسلنا إليه رمزًا لمرة واحدة. وهو صالح لمدة { $minutes } دقيقة.
pdf-one-time-label = الرمز لمرة واحدة من البريد الإلكتروني
pdf-download = تنزيل PDF
pdf-view = عرض كصفحة ويب: للقراءة بصوت عالٍ أو للطباعة
pdf-code-wrong = الرمز لمرة واحدة خاطئ أو لم يعد صالحًا. بعد 5 محاولات يصبح غير صالح: اطلب عندها رمزًا جديدًا.
pdf-code-malformed = يرجى التحقق من رمز الشهادة: 16 حرفًا، مثل ABCD-EFGH-JKMN-PQRS.
pdf-office = لم تدخل عنوان بريد إلكتروني؟ يصدر لك مكتب الصحة نسخة جديدة.

## Verify page (/pruefen)

verify-title = التحقق من الشهادة
verify-intro = هنا يتحقق مكتب الصحة وأصحاب العمل والرقابة الغذائية من شهادة صادرة وفق المادة 43 الفقرة 1 من IfSG.
verify-enter-code = رمز الشهادة
verify-code-hint = 16 خانة، مثلًا ABCD-EFGH-JKMN-PQRS
verify-check = تحقّق
verify-valid = سارية: صدرت هذه الشهادة ولم يُعلَن بطلانها.
verify-revoked = أُعلِن بطلانها: هذه الشهادة لم تعد سارية.
verify-unknown = غير معروفة: لا توجد شهادة بهذا الرمز.
verify-deleted = حُذفت بعد انتهاء مدة الحفظ: أصدر مكتب الصحة شهادة بهذا الرمز، ثم حذف بياناتها بعد انتهاء مدة الحفظ. تبقى الشهادة سارية، ولم يعد ممكنًا إصدار نسخة ثانية منها.
verify-deleted-revoked = حُذفت بعد انتهاء مدة الحفظ: كان قد أُعلِن بطلان هذه الشهادة. وحُذفت بياناتها بعد انتهاء مدة الحفظ.
verify-deleted-check = لم يعد الاسم وتاريخ الميلاد محفوظَين. تحقّق من الشخص بالتوقيع الرقمي من رمز QR (أدناه) وبوثيقة هوية.
verify-issued-at = تاريخ الإصدار
verify-deleted-at = تاريخ الحذف
verify-typo = خطأ في الكتابة: هذا الرمز غير ممكن. يُرجى مقارنته خانةً خانة.
verify-malformed = هذا ليس رمز شهادة (16 خانة من أرقام وحروف).
verify-holder = صاحب/صاحبة الشهادة
verify-latin-spelling = الكتابة في جواز السفر (بالحروف اللاتينية)
verify-birth-date = تاريخ الميلاد
verify-instructed-at = تاريخ الإرشاد
verify-issuer = صادرة عن
verify-guardian = قدّم الإقرارَ (المادة 43 الفقرة 6 من IfSG)
verify-revoked-at = تاريخ إعلان البطلان
verify-reason = السبب
verify-valid-until = صالحة لبدء العمل لأول مرة حتى { $date }، وبعد ذلك صالحة دون حدّ زمني.
verify-signature-heading = التوقيع الرقمي من رمز QR
verify-signature-noscript = بدون JavaScript تتحقق هذه الصفحة من القيد لدى مكتب الصحة (في الأعلى). ومع JavaScript تتحقق أيضًا من التوقيع الموجود في رمز QR.
verify-signature-none = فُتحت هذه الصفحة بدون رمز QR؛ لا يوجد توقيع للتحقق منه.
verify-signature-checking = جارٍ التحقق من التوقيع …
verify-signature-valid = التوقيع حقيقي ويطابق هذه الشهادة.
verify-signature-invalid = التوقيع غير صالح: البيانات مُعدَّلة أو ليست صادرة عن مكتب الصحة.
verify-upload-heading = التحقق من ملف PDF
verify-upload-hint = يتحقق مما إذا كان ملف PDF قد صدر عن مكتب الصحة بهذا الشكل تمامًا.
verify-upload = تحقّق من الملف
verify-upload-exact = صدر هذا الملف بهذا الشكل تمامًا.
verify-upload-not-exact = لم يصدر هذا الملف بهذا الشكل (مُعدَّل أو يخص شهادة أخرى).
verify-upload-missing = يُرجى اختيار ملف PDF.
verify-language = اللغة
verify-development-key = مفتاح تطوير — غير صالحة: وُقّعت هذه الشهادة بمفتاح تطوير (تجربة أو عرض) وليست شهادة صالحة من مكتب الصحة.
verify-signature-development = التوقيع من مفتاح تطوير — غير صالح. مثل هذه الشهادة مجرد تجربة.

# The public names of the revocation categories.
verify-revocation-issued-in-error = صدرت عن طريق الخطأ
verify-revocation-replaced = استُبدلت بشهادة جديدة
verify-revocation-obtained-by-deception = حُصل عليها بالخداع
verify-revocation-other = سبب آخر

## كيف يتم التحقق من الهوية

identity-heading = كيف نتحقق من هويتك
identity-intro = الشهادة تحمل اسمك. لذلك يتحقق مكتب الصحة من أنك أنت فعلًا. اختر الطريقة:
identity-choose = يُرجى اختيار طريقة إثبات هويتك.
identity-staff = إظهار وثيقة الهوية في مكتب الصحة
identity-staff-needs = تقوم بالإرشاد الآن عبر الإنترنت. بعد ذلك تُظهر بطاقة الهوية أو جواز السفر أو تصريح الإقامة في مكتب الصحة: بالحضور شخصيًا أو في مكالمة فيديو. بعد ذلك فقط تحصل على الشهادة.
identity-bundid = باستخدام بطاقة الهوية الإلكترونية (BundID)
identity-bundid-needs = تحتاج إلى: بطاقة هويتك مع وظيفة الاستخدام عبر الإنترنت، وهاتف ذكي يدعم NFC، ورمز PIN المكوّن من ستة أرقام. تحصل على الشهادة فورًا.
identity-none = مكتب الصحة هذا لا يتحقق من وثيقة هويتك. الشهادة صالحة فقط مع وثيقة هوية رسمية تحمل صورة.
identity-bundid-login = تسجيل الدخول باستخدام بطاقة الهوية الإلكترونية
identity-or-typed = أو أدخل بياناتك بنفسك
identity-bundid-fixed = اسمك وتاريخ ميلادك مأخوذان من بطاقة هويتك الإلكترونية. لا يمكنك تغييرهما هنا.
bundid-refused-title = لم ينجح تسجيل الدخول باستخدام بطاقة الهوية الإلكترونية
bundid-refused = لم يُحفظ أي شيء. يُرجى تسجيل الدخول مرة أخرى.
bundid-too-low = مكتب الصحة هذا يطلب بطاقة الهوية الإلكترونية. كان تسجيل دخولك بمستوى أمان أقل. يُرجى تسجيل الدخول باستخدام بطاقة هويتك ورمز PIN الخاص بها.
bundid-expired = انتهت صلاحية تسجيل دخولك. يُرجى تسجيل الدخول مرة أخرى.
bundid-again = تسجيل الدخول مرة أخرى
pending-heading = أوشكت على الانتهاء: أظهر وثيقة هويتك
pending-intro = تم حفظ إقرارك. يُصدر مكتب الصحة الشهادة بعد أن يتحقق من وثيقة هويتك. اذكر عندها رقم ملفك.
pending-case = رقم ملفك
pending-office = هكذا تتابع مع مكتب الصحة:
pending-booking = حجز موعد لمكالمة فيديو
pending-rejected = لم يتمكن مكتب الصحة من تأكيد هويتك. يُرجى التواصل مع مكتب الصحة.

## Fees
fee-free = الإرشاد مجاني.
fee-before-course = يكلّف الإرشاد { $amount }. تدفع قبل الدورة.
fee-before-certificate = يكلّف الإرشاد { $amount }. تدفع بعد الإرشاد، قبل أن تحصل على الشهادة.
fee-heading = دفع الرسوم
fee-intro-course = يكلّف الإرشاد { $amount }. يُرجى الدفع أولًا. بعد ذلك تبدأ الدورة.
fee-intro-certificate = تم حفظ إقرارك. يكلّف الإرشاد { $amount }. بعد أن تدفع، تحصل على شهادتك.
fee-online-heading = الدفع عبر الإنترنت
fee-online-text = تدفع عبر خدمة الدفع التابعة للولاية، مثلًا ببطاقة ائتمان أو PayPal أو عن طريق مصرفك. بعد ذلك تعود إلى هنا.
fee-online-button = ادفع { $amount } الآن
fee-online-missing = لا يمكن بعدُ الدفع عبر الإنترنت لدى مكتب الصحة هذا. ادفع بقسيمة أو في مكتب الصحة.
fee-payment-open = لم يكتمل دفعك بعد. إذا كنت قد دفعت، يُرجى الانتظار قليلًا ثم إعادة تحميل هذه الصفحة.
fee-payment-cancelled = تم إلغاء الدفع. يمكنك المحاولة مرة أخرى.
fee-payment-failed = لم ينجح الدفع. يمكنك المحاولة مرة أخرى أو الدفع بطريقة أخرى.
fee-unavailable = خدمة الدفع غير متاحة الآن. يُرجى المحاولة مرة أخرى بعد بضع دقائق. تبقى بياناتك محفوظة.
fee-not-offered = مكتب الصحة هذا لا يقدّم ذلك.
fee-voucher-heading = الدفع بقسيمة
fee-voucher-label = رمز القسيمة (مثلًا ABCD-EFGH-JKMN)
fee-voucher-button = استخدم القسيمة
fee-voucher-invalid = هذه القسيمة غير صالحة. إنها غير معروفة أو مستخدمة من قبل أو انتهت صلاحيتها.
fee-voucher-typo = في الرمز خطأ في الكتابة. يُرجى التحقق من كل خانة.
fee-waiver-heading = الإعفاء من الرسوم
fee-waiver-text = يُعفي مكتب الصحة من الرسوم في هذه الحالات:
fee-waiver-volunteer = العمل التطوعي، مثلًا في جمعية أو في Tafel (بنك الطعام)
fee-waiver-internship = تدريب عملي مدرسي
fee-waiver-benefits = الأشخاص الذين يحصلون على Bürgergeld (إعانة المواطن) أو Sozialhilfe (المساعدة الاجتماعية) أو Asylbewerberleistungen (إعانات طالبي اللجوء)
fee-waiver-reason = سبب قصير، مثلًا اسم الجمعية أو المدرسة
fee-waiver-button = اطلب الإعفاء
fee-waiver-staff-note = يراجع مكتب الصحة طلبك. وقد يطلب منك إثباتًا.
fee-waiver-choose = يُرجى اختيار سبب طلب الإعفاء.
fee-waiver-reason-missing = يُرجى كتابة سبب قصير (الحد الأقصى { $max } حرف).
fee-waiver-pending = تم حفظ طلب الإعفاء. يراجعه مكتب الصحة الآن. عُد إلى هذه الصفحة لاحقًا.
fee-waiver-refused = لم يوافق مكتب الصحة على الإعفاء. يُرجى دفع الرسوم.
fee-desk = يمكنك أيضًا دفع الرسوم في مكتب الصحة.
done-fee-online = تم الدفع: { $amount } بتاريخ { $date }، رقم مرجع الدفع { $reference }.
done-fee-voucher = تم الدفع بالقسيمة { $reference } بتاريخ { $date }.
done-fee-waiver = تم الإعفاء من الرسوم بتاريخ { $date }.
done-fee-desk = تم الدفع في مكتب الصحة: { $amount } بتاريخ { $date }.

## Wallet
wallet-credential-name = شهادة وفق § 43 Infektionsschutzgesetz (قانون الحماية من العدوى)
wallet-claim-given_name = الاسم الأول
wallet-claim-family_name = اسم العائلة
wallet-claim-birthdate = تاريخ الميلاد
wallet-claim-instructed_on = تاريخ الإرشاد
wallet-claim-issuing_authority = مكتب الصحة
wallet-claim-certificate_code = رمز الشهادة
wallet-claim-identity_check = التحقق من الهوية
wallet-claim-given_name_latin = الاسم الأول بالحروف اللاتينية
wallet-claim-family_name_latin = اسم العائلة بالحروف اللاتينية
wallet-heading = الشهادة في محفظتك الرقمية
wallet-what = المحفظة الرقمية (Wallet) تطبيق على الهاتف لحفظ الوثائق، مثل EUDI-Wallet. يمكنك حفظ الشهادة فيها وإظهارها لصاحب العمل أو للرقابة الغذائية.
wallet-pdf-stays = لا تحتاج إلى محفظة رقمية: الشهادة بصيغة PDF سارية أيضًا بدونها.
wallet-button = إضافة الشهادة إلى المحفظة الرقمية
wallet-offer-heading = الإضافة إلى المحفظة الرقمية
wallet-offer-scan = امسح هذا الرمز بتطبيق محفظتك. إذا كانت المحفظة على هذا الهاتف، فاضغط على الزر.
wallet-offer-qr = رمز QR للمحفظة الرقمية
wallet-offer-open = افتح المحفظة على هذا الهاتف
wallet-offer-pin = تطلب المحفظة رمز PIN. رمز PIN الخاص بك:
wallet-offer-pin-mailed = تطلب المحفظة رمز PIN. أرسلناه إليك بالبريد الإلكتروني إلى { $email }.
wallet-offer-expiry = الرمز ورمز PIN صالحان لمدة 15 دقيقة ولمرة واحدة فقط. بعد ذلك تحصل هنا على رمزين جديدين.
wallet-offer-back = العودة إلى الشهادة
wallet-check-heading = التحقق من شهادة من محفظة رقمية
wallet-check-intro = لأصحاب العمل والرقابة الغذائية: يُظهر الشخص الشهادة من محفظته الرقمية. ولذلك تحتاج المحفظة إلى هذا المستلِم وهذه القيمة لمرة واحدة.
wallet-check-audience = المستلِم
wallet-check-nonce = القيمة لمرة واحدة
wallet-check-label = الإثبات من المحفظة (SD-JWT مع Key-Binding-JWT)
wallet-check-button = تحقّق
wallet-check-valid = صالح: موقَّع من مكتب الصحة، ولم يُلغَ، وعُرض بمحفظة الشخص نفسه.
wallet-check-revoked = مُلغاة: هذه الشهادة لم تعد سارية.
wallet-check-development = موقَّع بمفتاح تجريبي: هذا ليس إثباتًا صالحًا.
wallet-check-claims = البيانات المعروضة
wallet-check-office = صادرة عن
wallet-check-again = تحقّق من إثبات آخر
wallet-check-invalid-form = غير صالح: هذا ليس إثباتًا كاملًا من محفظة رقمية.
wallet-check-invalid-signature = غير صالح: التوقيع غير مطابق، أو الجهة المُصدِرة ليست مكتب صحة في هذه الخدمة.
wallet-check-invalid-disclosure = غير صالح: تم تغيير إحدى البيانات.
wallet-check-invalid-binding = غير صالح: لم يُعرَض الإثبات بمحفظة الشخص نفسه.
wallet-check-invalid-audience = غير صالح: القيمة لمرة واحدة غير معروفة أو انتهت صلاحيتها أو استُخدمت من قبل. أعد تحميل الصفحة واعرض الإثبات مرة أخرى.
wallet-check-invalid-time = غير صالح: الإثبات قديم جدًا. اعرضه مرة أخرى.
