# Page texts for learners (Persian), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = آموزش طبق § 43 Infektionsschutzgesetz (قانون حفاظت در برابر عفونت)
machine-translation-notice = این ترجمه به‌صورت ماشینی انجام شده و بررسی نشده است. متن آلمانی الزام‌آور است.
machine-translation-link = خواندن به آلمانی
skip-to-content = رفتن به محتوای اصلی
language-label = زبان
language-submit = تغییر زبان
footer-accessibility = دسترس‌پذیری
footer-privacy = حفاظت از داده‌ها
footer-imprint = اطلاعات حقوقی
footer-verify = بررسی گواهی

## Start page

start-heading = آموزش آنلاین برای کار با مواد غذایی
start-intro = هر کسی که به‌صورت شغلی مواد غذایی خاصی را تولید، فرآوری یا عرضه می‌کند، یا در آشپزخانه رستوران‌ها، غذاخوری‌ها و مراکز مشابه کار می‌کند (ماده 42 بند 1 و 2 IfSG)، پیش از اولین روز کار به گواهی اداره بهداشت نیاز دارد. این‌جا آموزش را آنلاین می‌گذرانید و گواهی را فوراً دریافت می‌کنید.
start-how-heading = مراحل کار
start-step-videos = { $chapters } ویدیوی کوتاه با زیرنویس می‌بینید، روی هم حدود { $minutes } دقیقه.
start-step-quiz = به چند سؤال درباره ویدیوها پاسخ می‌دهید.
start-step-declaration = اعلام می‌کنید که از هیچ دلیلی برای ممنوعیت کار اطلاع ندارید.
start-step-certificate = گواهی را به‌صورت فایل PDF دریافت می‌کنید.
start-bring-heading = این‌ها را لازم دارید
start-bring = کارت شناسایی یا گذرنامه (برای نوشتن دقیق نامتان)، حدود { $total } دقیقه وقت، و صدا یا هدفون.
start-cost-heading = هزینه
start-cost = هزینه را اداره بهداشت شما تعیین می‌کند. وقتی اداره بهداشت خود را انتخاب کردید، آن را می‌بینید.
start-find-office = اداره بهداشت خود را پیدا کنید
postcode-label = کد پستی محل سکونت شما
postcode-hint = 5 رقم، مثلاً 99999
postcode-search = جستجوی اداره بهداشت
postcode-invalid = لطفاً یک کد پستی 5 رقمی وارد کنید.
postcode-none = برای این کد پستی، هیچ اداره بهداشتی این‌جا آموزش را ارائه نمی‌دهد. یک اداره بهداشت را از فهرست انتخاب کنید یا از اداره بهداشت خود بپرسید.
office-list-heading = همه اداره‌های بهداشت
office-choose = شروع آموزش نزد این اداره بهداشت
office-not-in-language = این اداره بهداشت آموزش را به زبان شما ارائه نمی‌دهد.
resume-heading = ادامه
resume-text = شما قبلاً شروع کرده‌اید. از همان جایی که متوقف شدید ادامه دهید.
resume-button = ادامه

## Personal details

enrol-heading = اطلاعات شما
enrol-intro = نام خود را دقیقاً مثل کارت شناسایی یا گذرنامه‌تان بنویسید. این اطلاعات روی گواهی نوشته می‌شود.
enrol-office = اداره بهداشت
given-name-label = نام (نام‌ها)
family-name-label = نام خانوادگی
latin-intro = فقط اگر نام شما با خط دیگری نوشته می‌شود: نام شما با حروف لاتین، مثل گذرنامه.
given-name-latin-label = نام (نام‌ها) با حروف لاتین
family-name-latin-label = نام خانوادگی با حروف لاتین
birth-date-label = تاریخ تولد
birth-date-hint = روز.ماه.سال (میلادی)، مثلاً 31.12.1990 یا بدون نقطه 31121990
email-label = نشانی ایمیل (اختیاری)
email-hint = در این صورت گواهی را با ایمیل هم برایتان می‌فرستیم.
enrol-privacy = اداره بهداشت اطلاعات شما را فقط برای آموزش و گواهی به کار می‌برد.
enrol-submit = ادامه به ویدیوها
form-errors-heading = لطفاً اطلاعات خود را بررسی کنید:
error-given-name = لطفاً نام خود را مثل کارت شناسایی بنویسید.
error-family-name = لطفاً نام خانوادگی خود را مثل کارت شناسایی بنویسید.
error-latin = نام شما روی گواهی فقط با حروف لاتین چاپ می‌شود. لطفاً آن را به همان شکلی هم بنویسید که در گذرنامه آمده است.
error-birth-date = لطفاً تاریخ تولد خود را این‌طور بنویسید: روز.ماه.سال (میلادی)، مثلاً 31.12.1990 یا 31121990.
error-birth-date-no-such-day = چنین روزی وجود ندارد. لطفاً روز و ماه را بررسی کنید.
error-birth-date-two-digit-year = لطفاً سال را با چهار رقم بنویسید، مثلاً 1990 به جای 90.
error-birth-date-future = این تاریخ در آینده است. لطفاً سال را بررسی کنید.
error-birth-date-too-young = آموزش فقط از سن { $min } سالگی ممکن است.
error-birth-date-implausible = لطفاً سال را بررسی کنید: این تاریخ خیلی قدیمی است.
error-name-character = نویسهٔ «{ $character }» در نام مجاز نیست. فقط حروف، فاصله، آپاستروف، خط تیره و نقطه مجاز است.
error-name-too-long = نام خیلی طولانی است: حداکثر { $max } نویسه.
error-name-no-letter = نام باید دست‌کم یک حرف داشته باشد.
error-title-prefix = خطا:
error-email = لطفاً نشانی ایمیل را بررسی کنید، یا این خانه را خالی بگذارید.
error-name-invisible = نام یک نویسهٔ نامرئی یا شکست خط دارد (مثلاً یک نویسهٔ پرکننده). لطفاً نام را دوباره تایپ کنید و آن را جای‌گذاری نکنید.
error-name-direction = نام یک نویسهٔ کنترل جهت نوشتار دارد که نمایش نام را تغییر می‌دهد. لطفاً نام را دوباره تایپ کنید.
error-name-joiner = نام یک نویسهٔ اتصال نامرئی در جای نادرست دارد. این نویسه فقط میان دو حرف از خطی مانند عربی، فارسی یا هندی مجاز است.
error-name-mixed-script = یک واژه از نام، حروف لاتین را با حروف سیریلیک یا یونانیِ هم‌شکل درمی‌آمیزد (مثلاً М و M). لطفاً هر واژه را مانند گذرنامه فقط با یک خط بنویسید.
error-email-plain = لطفاً فقط خودِ نشانی ایمیل را وارد کنید، مثلاً name@example.org: بدون نام پیش از آن، بدون نشانه‌های < و > و با نام دامنه به‌جای نشانی IP.

## Overview

course-heading = آموزش شما
course-progress = { $done } از { $total } ویدیو دیده شده
chapter-done = دیده شده
chapter-open = هنوز دیده نشده
resume-link-heading = بعداً ادامه دهید
resume-link-text = با این لینک می‌توانید بعداً ادامه دهید، حتی روی دستگاهی دیگر. این لینک را به هیچ‌کس ندهید.
next-quiz = ادامه به سؤال‌ها
quiz-locked = سؤال‌ها وقتی باز می‌شوند که همه ویدیوها را دیده باشید.

## Chapter

chapter-of = بخش { $number } از { $total }
video-noscript = برای این‌که دیدن ویدیو شمرده شود، این صفحه به JavaScript نیاز دارد. لطفاً JavaScript را روشن کنید. بقیه کارها بدون آن هم انجام می‌شود.
video-status = دیده شده: { $percent } %
video-status-done = این ویدیو کامل دیده شده است.
video-status-offline = اتصال برقرار نیست. پیشرفت شما به‌محض برقراری دوباره اتصال فرستاده می‌شود.
video-hint = هر ویدیو را تا آخر ببینید. بخشی که جلو زده شود، شمرده نمی‌شود.
video-narrated-in = زبان گفتار ویدیو: { $narration }. زبان زیرنویس: { $captions }.
video-sign-language = زبان اشاره (DGS)
chapter-text-heading = متن ویدیو
chapter-next = بخش بعدی
chapter-overview = بازگشت به نمای کلی

## Questions

quiz-heading = سؤال‌های آموزش
quiz-intro = به { $count } سؤال پاسخ دهید. بعضی سؤال‌ها چند پاسخ درست دارند: همه پاسخ‌های درست را انتخاب کنید. با { $percent } % پاسخ درست قبول می‌شوید.
quiz-start = شروع سؤال‌ها
quiz-question = سؤال { $number } از { $count }
quiz-submit = ثبت پاسخ‌ها
quiz-passed = قبول شدید: { $score } از { $count } پاسخ درست است.
quiz-failed = متأسفانه قبول نشدید: { $score } از { $count } پاسخ درست است.
quiz-retry = دوباره امتحان کنید
quiz-attempts-left = { $left } بار دیگر فرصت دارید.
quiz-rewatch = همه فرصت‌های خود را به کار برده‌اید. لطفاً ویدیوها را دوباره ببینید. بعد می‌توانید دوباره به سؤال‌ها پاسخ دهید.
quiz-correct = درست
quiz-wrong = نادرست
quiz-next = ادامه به اظهارنامه
quiz-choose-all = همه پاسخ‌های درست را انتخاب کنید.
quiz-your-answer = پاسخ شما
quiz-right-answer = پاسخ درست
quiz-no-answer = بدون پاسخ
quiz-next-question = بعدی
quiz-previous = بازگشت به سؤال قبلی
quiz-to-review = ادامه به پاسخ‌های شما
quiz-review-heading = پاسخ‌های شما
quiz-review-intro = پاسخ‌های خود را بررسی کنید. با «تغییر» به سؤال برمی‌گردید. سپس پاسخ‌ها را ثبت کنید.
quiz-change = تغییر

## Declaration

declaration-heading = اظهارنامه شما
declaration-confirm = بله، این را اعلام می‌کنم.
declaration-handover-heading = لطفاً اکنون دستگاه را به شخص دیگر بدهید
declaration-handover = شما کمتر از 18 سال دارید. برای همین مادر، پدر یا قیّم شما به جای شما اظهارنامه را می‌دهد (ماده 43 بند 6 IfSG). لطفاً اکنون دستگاه را به این شخص بدهید.
declaration-handover-continue = من مادر، پدر یا قیّم هستم – ادامه
declaration-carer-link = سرپرست قانونی من (Betreuer) به جای من اظهارنامه را می‌دهد
declaration-representative-heading = اظهارنامه برای شخص دیگر
declaration-representative-intro = شما اظهارنامه را برای { $name } می‌دهید. نام خودتان را همان‌طور بنویسید که در کارت شناسایی‌تان آمده است.
declaration-representative-facts = واقعیت‌هایی که دلیل ممنوعیت کار هستند، برای مثال این‌ها هستند: اسهال با بیش از دو بار مدفوع شل در روز؛ استفراغ؛ تب بالا همراه با سردرد شدید، دل‌درد یا درد مفاصل؛ زرد شدن پوست یا چشم‌ها؛ زخم‌ها یا جاهایی از پوست که چرک دارند یا آب‌دار هستند؛ یا پزشک یا آزمایشگاه سالمونلا، شیگلا، EHEC، میکروب حصبه یا وبا یا هپاتیت A یا E را تشخیص داده است. اگر چنین واقعیت‌هایی را درباره { $name } می‌دانید، اظهارنامه را ندهید و به اداره بهداشت مراجعه کنید.
declaration-role-legend = شما اظهارنامه را در این سمت می‌دهید
declaration-role-parent = مادر یا پدر دارای حق حضانت
declaration-role-guardian = قیّم (منصوب دادگاه خانواده)
declaration-role-carer = سرپرست قانونی فرد بزرگسال (Betreuer)؛ حوزه وظایف شما این اظهارنامه را در بر می‌گیرد
representative-given-name-label = نام شما
representative-family-name-label = نام خانوادگی شما
declaration-representative-next = ادامه به اظهارنامه
declaration-german-heading = متن آلمانی الزام‌آور
declaration-translation-heading = ترجمه
error-role = لطفاً انتخاب کنید که اظهارنامه را در چه سمتی می‌دهید.
error-representative-is-holder = لطفاً نام خودتان را بنویسید: اظهارنامه را شخصی می‌دهد که آن را به جای شخص دیگر می‌دهد، نه خودِ شخصی که آموزش دیده است.
declaration-submit = ثبت اظهارنامه و دریافت گواهی
declaration-required = لطفاً اظهارنامه را تأیید کنید. اگر از دلیلی برای ممنوعیت کار اطلاع دارید، نباید کار را شروع کنید: به اداره بهداشت خود مراجعه کنید.

## Done

done-heading = تمام شد! این گواهی شماست.
done-code = کد گواهی
done-download = دانلود گواهی (PDF)
done-view = مشاهده گواهی به‌صورت صفحه وب: برای خواندن با صدای بلند و برای چاپ
certificate-view-heading = گواهی شما
certificate-view-intro = این همان گواهی فایل PDF است، به‌صورت صفحه وب برای خواندن با صدای بلند و برای چاپ. هر نسخه را می‌توان با کد بررسی کرد.
done-mailed = گواهی را به { $email } هم می‌فرستیم.
done-employer = گواهی را به کارفرمای خود بدهید. در اولین روز کار، نباید بیش از سه ماه از تاریخ گواهی گذشته باشد.
done-verify = هر کسی می‌تواند گواهی را با کد QR بررسی کند.

## Errors

error-heading = مشکلی پیش آمد
error-not-found = این صفحه وجود ندارد.
error-session = این آموزش روی دستگاه دیگری شروع شده است، یا لینک کامل نیست. لینکی را که ذخیره کرده‌اید باز کنید.
error-expired = فرم بیش از حد باز مانده بود. لطفاً دوباره امتحان کنید.
error-unavailable = این سرویس در حال حاضر در دسترس نیست. اطلاعات شما ذخیره شده است. لطفاً چند دقیقه دیگر دوباره امتحان کنید.
error-too-many = همین حالا ثبت‌نام‌های بسیار زیادی از اتصال اینترنت شما آغاز شده است. لطفاً چند دقیقه دیگر دوباره امتحان کنید.
error-back = بازگشت به صفحه اول

## Pages of the health office

accessibility-heading = بیانیه دسترس‌پذیری
privacy-heading = اطلاعیه حفاظت از داده‌ها
imprint-heading = اطلاعات حقوقی
accessibility-sign-language = بخش‌هایی که ویدیو به زبان اشاره آلمانی (DGS) دارند: { $chapters }.
accessibility-sign-language-none = هنوز هیچ بخشی ویدیو به زبان اشاره آلمانی (DGS) ندارد.
imprint-pictures = تصویرهای ویدیوها از OpenMoji (openmoji.org) هستند، با مجوز CC BY-SA 4.0.
privacy-short-heading = مهم‌ترین نکات به‌طور خلاصه
privacy-short = { $office } نام، تاریخ تولد، پاسخ‌ها و اظهارنامه شما را پردازش می‌کند تا شما را طبق ماده 43 Infektionsschutzgesetz آموزش دهد و گواهی را برایتان صادر کند. وقتی همه ویدیوها را دیده باشید، در سؤال‌ها قبول شده باشید و اظهارنامه را داده باشید، گواهی به‌طور خودکار صادر می‌شود. هر کسی که کد گواهی را بداند می‌تواند آن را بررسی کند و نام شما، تاریخ تولد شما، تاریخ آموزش و معتبر بودن یا نبودن گواهی را می‌بیند. آموزشی که تمام نشده پس از { $days } روز و گواهی پس از { $years } سال حذف می‌شود. شما حق دسترسی به اطلاعات، حق اصلاح آن‌ها و حق شکایت دارید. پرسش‌ها به: { $email }.
privacy-full-german = متن کامل اطلاعیه حفاظت از داده‌ها در ادامه به زبان آلمانی می‌آید؛ این متن الزام‌آور است.
office-text-german = اداره بهداشت این متن را فقط به زبان آلمانی منتشر می‌کند.
privacy-sections-heading = اطلاعیه کامل حفاظت از داده‌ها
privacy-section-previous = بخش قبلی
privacy-section-next = بخش بعدی
privacy-section-overview = همه بخش‌های اطلاعیه حفاظت از داده‌ها

## Links, access and the certificate by one-time code

resume-link-create = ساختن پیوند
resume-link-once = این پیوند فقط یک بار و به مدت { $days } روز کار می‌کند.
resume-link-copy = کپی کردن لینک
resume-link-copied = کپی شد
resume-link-mail = فرستادن لینک به نشانی ایمیل من
resume-link-mailed = یک لینک جدید به نشانی ایمیل شما فرستادیم. فقط یک بار کار می‌کند.
resume-link-no-address = شما نشانی ایمیل نداده‌اید. لینک را همین‌جا بسازید و آن را یادداشت کنید.
resume-spent-heading = این پیوند دیگر معتبر نیست
resume-spent-text = این پیوند قبلاً استفاده شده یا منقضی شده است. هر پیوند فقط یک بار کار می‌کند.
resume-spent-mail = می‌توانیم یک پیوند جدید به نشانی ایمیل شما بفرستیم.
resume-spent-mail-button = فرستادن پیوند جدید با ایمیل
resume-spent-no-mail = برای این آموزش هیچ نشانی ایمیلی ذخیره نشده است. آموزش را در مرورگری که آن را شروع کردید باز کنید یا به اداره بهداشت مراجعه کنید.
resume-mailed = یک پیوند جدید به نشانی ایمیل شما فرستادیم. فقط یک بار کار می‌کند.
error-access-ended = گواهی شما قبلاً صادر شده است. برای حفاظت از شما، این دسترسی دیگر آن را باز نمی‌کند. فایل PDF را با کد گواهی، تاریخ تولد و یک کد یک‌بارمصرف از طریق ایمیل دریافت می‌کنید.
pdf-heading = دانلود گواهی
pdf-intro = کد گواهی و تاریخ تولد خود را وارد کنید. یک کد یک‌بارمصرف به نشانی ایمیلی که هنگام ثبت‌نام دادید می‌فرستیم.
pdf-send = فرستادن کد یک‌بارمصرف
pdf-sent = اگر اطلاعات با گواهی‌ای که نشانی ایمیل دارد مطابقت داشته باشد، یک کد یک‌بارمصرف به آنجا فرستادیم. این کد { $minutes } دقیقه اعتبار دارد.
pdf-one-time-label = کد یک‌بارمصرف از ایمیل
pdf-download = دانلود PDF
pdf-view = مشاهده به‌صورت صفحه وب: برای خواندن با صدای بلند یا برای چاپ
pdf-code-wrong = کد یک‌بارمصرف اشتباه است یا دیگر معتبر نیست. پس از 5 بار تلاش باطل می‌شود: آنگاه یک کد جدید بخواهید.
pdf-code-malformed = لطفاً کد گواهی را بررسی کنید: 16 نویسه، برای نمونه ABCD-EFGH-JKMN-PQRS.
pdf-office = نشانی ایمیل نداده‌اید؟ اداره بهداشت یک نسخه جدید برای شما صادر می‌کند.

## Verify page (/pruefen)

verify-title = بررسی گواهی
verify-intro = در این‌جا اداره بهداشت، کارفرمایان و بازرسی مواد غذایی یک گواهی طبق ماده 43 بند 1 IfSG را بررسی می‌کنند.
verify-enter-code = کد گواهی
verify-code-hint = 16 نویسه، مثلاً ABCD-EFGH-JKMN-PQRS
verify-check = بررسی
verify-valid = معتبر: این گواهی صادر شده و باطل اعلام نشده است.
verify-revoked = باطل اعلام شده: این گواهی دیگر معتبر نیست.
verify-unknown = ناشناخته: برای این کد گواهی‌ای وجود ندارد.
verify-deleted = پس از پایان مدت نگهداری حذف شده: اداره بهداشت برای این کد گواهی صادر کرده و داده‌های آن را پس از پایان مدت نگهداری حذف کرده است. گواهی همچنان معتبر است؛ صدور نسخه دوم دیگر ممکن نیست.
verify-deleted-revoked = پس از پایان مدت نگهداری حذف شده: این گواهی پیش‌تر باطل اعلام شده بود. داده‌های آن پس از پایان مدت نگهداری حذف شده است.
verify-deleted-check = نام و تاریخ تولد دیگر ذخیره نشده‌اند. فرد را با امضای دیجیتال از کد QR (در پایین) و با یک کارت شناسایی بررسی کنید.
verify-issued-at = تاریخ صدور
verify-deleted-at = تاریخ حذف
verify-typo = اشتباه تایپی: چنین کدی ممکن نیست. لطفاً آن را نویسه به نویسه مقایسه کنید.
verify-malformed = این کد گواهی نیست (16 نویسه از رقم و حرف).
verify-holder = دارنده گواهی
verify-latin-spelling = نگارش در گذرنامه (با حروف لاتین)
verify-birth-date = تاریخ تولد
verify-instructed-at = تاریخ آموزش
verify-issuer = صادرکننده
verify-guardian = دهنده اظهارنامه (ماده 43 بند 6 IfSG)
verify-revoked-at = تاریخ باطل اعلام شدن
verify-reason = دلیل
verify-valid-until = برای شروع کار برای اولین بار تا { $date } معتبر است؛ پس از آن بدون محدودیت زمانی معتبر است.
verify-signature-heading = امضای دیجیتال از کد QR
verify-signature-noscript = بدون JavaScript این صفحه ثبت گواهی نزد اداره بهداشت را بررسی می‌کند (بالا). با JavaScript امضای موجود در کد QR را هم بررسی می‌کند.
verify-signature-none = این صفحه بدون کد QR باز شده است؛ امضایی برای بررسی وجود ندارد.
verify-signature-checking = امضا در حال بررسی است …
verify-signature-valid = امضا اصل است و با این گواهی مطابقت دارد.
verify-signature-invalid = امضا معتبر نیست: داده‌ها تغییر کرده‌اند یا از اداره بهداشت نیستند.
verify-upload-heading = بررسی فایل PDF
verify-upload-hint = بررسی می‌کند که آیا یک فایل PDF دقیقاً به همین شکل توسط اداره بهداشت صادر شده است.
verify-upload = بررسی فایل
verify-upload-exact = این فایل دقیقاً به همین شکل صادر شده است.
verify-upload-not-exact = این فایل به این شکل صادر نشده است (تغییر کرده یا مربوط به گواهی دیگری است).
verify-upload-missing = لطفاً یک فایل PDF انتخاب کنید.
verify-language = زبان
verify-development-key = کلید توسعه — نامعتبر: این گواهی با یک کلید توسعه (آزمایش یا نمایش) امضا شده و گواهی معتبر اداره بهداشت نیست.
verify-signature-development = امضا از یک کلید توسعه است — نامعتبر. چنین گواهی‌ای فقط یک آزمایش است.

# The public names of the revocation categories.
verify-revocation-issued-in-error = به اشتباه صادر شده
verify-revocation-replaced = با گواهی جدید جایگزین شده
verify-revocation-obtained-by-deception = با فریب به دست آمده
verify-revocation-other = دلیل دیگر

## How the identity is checked

identity-heading = چگونه بررسی می‌کنیم که شما چه کسی هستید
identity-intro = نام شما روی گواهی نوشته می‌شود. به همین دلیل اداره بهداشت بررسی می‌کند که واقعاً خود شما هستید. روش را انتخاب کنید:
identity-choose = لطفاً انتخاب کنید که هویت خود را چگونه ثابت می‌کنید.
identity-staff = نشان دادن مدرک شناسایی در اداره بهداشت
identity-staff-needs = شما اکنون آموزش را آنلاین انجام می‌دهید. پس از آن کارت شناسایی، گذرنامه یا اجازه اقامت خود را در اداره بهداشت نشان می‌دهید: حضوری یا در یک تماس تصویری. فقط پس از آن گواهی را دریافت می‌کنید.
identity-bundid = با کارت شناسایی آنلاین (BundID)
identity-bundid-needs = به این‌ها نیاز دارید: کارت شناسایی خود با قابلیت آنلاین، یک گوشی هوشمند با NFC و پین شش‌رقمی خود. گواهی را فوراً دریافت می‌کنید.
identity-none = این اداره بهداشت مدرک شناسایی شما را بررسی نمی‌کند. گواهی فقط همراه با یک کارت شناسایی رسمی عکس‌دار معتبر است.
identity-bundid-login = ورود با کارت شناسایی آنلاین
identity-or-typed = یا اطلاعات خود را خودتان وارد کنید
identity-bundid-fixed = نام و تاریخ تولد شما از کارت شناسایی آنلاین شما گرفته می‌شود. نمی‌توانید آن‌ها را اینجا تغییر دهید.
bundid-refused-title = ورود با کارت شناسایی آنلاین انجام نشد
bundid-refused = چیزی ذخیره نشد. لطفاً دوباره وارد شوید.
bundid-too-low = این اداره بهداشت کارت شناسایی آنلاین را لازم می‌داند. ورود شما سطح امنیت پایین‌تری داشت. لطفاً با کارت شناسایی خود و پین آن وارد شوید.
bundid-expired = ورود شما منقضی شده است. لطفاً دوباره وارد شوید.
bundid-again = ورود دوباره
pending-heading = تقریباً تمام است: مدرک شناسایی خود را نشان دهید
pending-intro = اظهارنامه شما ذخیره شده است. اداره بهداشت به محض اینکه مدرک شناسایی شما را بررسی کند، گواهی را صادر می‌کند. در آن زمان شماره پرونده خود را بگویید.
pending-case = شماره پرونده شما
pending-office = ادامه کار با اداره بهداشت:
pending-booking = رزرو وقت برای تماس تصویری
pending-rejected = اداره بهداشت نتوانست هویت شما را تأیید کند. لطفاً به اداره بهداشت مراجعه کنید.

## Fees
fee-free = آموزش رایگان است.
fee-before-course = هزینه آموزش { $amount } است. شما پیش از دوره پرداخت می‌کنید.
fee-before-certificate = هزینه آموزش { $amount } است. شما پس از آموزش پرداخت می‌کنید، پیش از آنکه گواهی را بگیرید.
fee-heading = پرداخت هزینه
fee-intro-course = هزینه آموزش { $amount } است. لطفاً اول پرداخت کنید. بعد دوره شروع می‌شود.
fee-intro-certificate = اظهارنامه شما ذخیره شده است. هزینه آموزش { $amount } است. به محض اینکه پرداخت کنید، گواهی خود را دریافت می‌کنید.
fee-online-heading = پرداخت آنلاین
fee-online-text = شما از طریق سرویس پرداخت ایالت پرداخت می‌کنید، برای نمونه با کارت اعتباری، PayPal یا از طریق بانک خود. بعد به این‌جا برمی‌گردید.
fee-online-button = همین حالا { $amount } پرداخت کنید
fee-online-missing = در این اداره بهداشت هنوز نمی‌توان آنلاین پرداخت کرد. با کوپن یا در اداره بهداشت پرداخت کنید.
fee-payment-open = پرداخت شما هنوز کامل نشده است. اگر قبلاً پرداخت کرده‌اید، لطفاً کمی صبر کنید و این صفحه را دوباره بارگذاری کنید.
fee-payment-cancelled = پرداخت لغو شد. می‌توانید دوباره امتحان کنید.
fee-payment-failed = پرداخت انجام نشد. می‌توانید دوباره امتحان کنید یا از راه دیگری پرداخت کنید.
fee-unavailable = سرویس پرداخت در حال حاضر در دسترس نیست. لطفاً چند دقیقه دیگر دوباره امتحان کنید. اطلاعات شما ذخیره‌شده باقی می‌ماند.
fee-not-offered = این اداره بهداشت این امکان را ارائه نمی‌دهد.
fee-voucher-heading = پرداخت با کوپن
fee-voucher-label = کد کوپن (برای نمونه ABCD-EFGH-JKMN)
fee-voucher-button = استفاده از کوپن
fee-voucher-invalid = این کوپن معتبر نیست. ناشناخته است، قبلاً استفاده شده یا منقضی شده است.
fee-voucher-typo = در کد یک اشتباه تایپی هست. لطفاً هر نویسه را بررسی کنید.
fee-waiver-heading = معافیت از هزینه
fee-waiver-text = اداره بهداشت در این موارد هزینه را نمی‌گیرد:
fee-waiver-volunteer = کار داوطلبانه، برای نمونه در یک انجمن یا در Tafel (بانک غذا)
fee-waiver-internship = کارآموزی دانش‌آموزی
fee-waiver-benefits = کسانی که Bürgergeld (کمک‌هزینه شهروندی)، Sozialhilfe (کمک اجتماعی) یا Asylbewerberleistungen (کمک‌هزینه پناه‌جویان) می‌گیرند
fee-waiver-reason = دلیل کوتاه، برای نمونه نام انجمن یا مدرسه
fee-waiver-button = درخواست معافیت
fee-waiver-staff-note = اداره بهداشت درخواست شما را بررسی می‌کند. ممکن است مدرکی بخواهد.
fee-waiver-choose = لطفاً انتخاب کنید به چه دلیلی معافیت می‌خواهید.
fee-waiver-reason-missing = لطفاً یک دلیل کوتاه بنویسید (حداکثر { $max } نویسه).
fee-waiver-pending = درخواست معافیت شما ذخیره شده است. اداره بهداشت آن را بررسی می‌کند. بعداً دوباره به این صفحه سر بزنید.
fee-waiver-refused = اداره بهداشت معافیت را تأیید نکرد. لطفاً هزینه را پرداخت کنید.
fee-desk = می‌توانید هزینه را در اداره بهداشت هم پرداخت کنید.
done-fee-online = پرداخت شد: { $amount } در تاریخ { $date }، شماره پیگیری پرداخت { $reference }.
done-fee-voucher = با کوپن { $reference } در تاریخ { $date } پرداخت شد.
done-fee-waiver = معافیت از هزینه در تاریخ { $date }.
done-fee-desk = در اداره بهداشت پرداخت شد: { $amount } در تاریخ { $date }.

## Wallet
wallet-credential-name = گواهی طبق § 43 Infektionsschutzgesetz (قانون حفاظت در برابر عفونت)
wallet-claim-given_name = نام
wallet-claim-family_name = نام خانوادگی
wallet-claim-birthdate = تاریخ تولد
wallet-claim-instructed_on = تاریخ آموزش
wallet-claim-issuing_authority = اداره بهداشت
wallet-claim-certificate_code = کد گواهی
wallet-claim-identity_check = بررسی هویت
wallet-claim-given_name_latin = نام با حروف لاتین
wallet-claim-family_name_latin = نام خانوادگی با حروف لاتین
wallet-heading = گواهی در کیف پول دیجیتال شما
wallet-what = کیف پول دیجیتال (Wallet) یک برنامه روی گوشی برای نگهداری مدارک است، مثلاً EUDI-Wallet. می‌توانید گواهی را در آن ذخیره کنید و به کارفرمای خود یا بازرسی مواد غذایی نشان دهید.
wallet-pdf-stays = به کیف پول دیجیتال نیازی ندارید: گواهی به‌صورت PDF بدون آن هم معتبر است.
wallet-button = افزودن گواهی به کیف پول دیجیتال
wallet-offer-heading = افزودن به کیف پول دیجیتال
wallet-offer-scan = این کد را با برنامه کیف پول خود اسکن کنید. اگر کیف پول روی همین گوشی است، روی دکمه بزنید.
wallet-offer-qr = کد QR برای کیف پول دیجیتال
wallet-offer-open = باز کردن کیف پول روی همین گوشی
wallet-offer-pin = کیف پول یک پین می‌خواهد. پین شما:
wallet-offer-pin-mailed = کیف پول یک پین می‌خواهد. آن را با ایمیل به { $email } برایتان فرستاده‌ایم.
wallet-offer-expiry = کد و پین 15 دقیقه و فقط یک بار معتبرند. بعد از آن، این‌جا کد و پین جدید می‌گیرید.
wallet-offer-back = بازگشت به گواهی
wallet-check-heading = بررسی گواهی از کیف پول دیجیتال
wallet-check-intro = برای کارفرمایان و بازرسی مواد غذایی: فرد گواهی را از کیف پول دیجیتال خود نشان می‌دهد. برای این کار، کیف پول به این گیرنده و این مقدار یک‌بارمصرف نیاز دارد.
wallet-check-audience = گیرنده
wallet-check-nonce = مقدار یک‌بارمصرف
wallet-check-label = مدرک از کیف پول (SD-JWT با Key-Binding-JWT)
wallet-check-button = بررسی
wallet-check-valid = معتبر: اداره بهداشت آن را امضا کرده، باطل نشده و با کیف پول خود فرد نشان داده شده است.
wallet-check-revoked = باطل شده: این گواهی دیگر معتبر نیست.
wallet-check-development = با کلید آزمایشی امضا شده: این مدرک معتبر نیست.
wallet-check-claims = اطلاعات نشان‌داده‌شده
wallet-check-office = صادرکننده
wallet-check-again = بررسی مدرک دیگر
wallet-check-invalid-form = نامعتبر: این یک مدرک کامل از کیف پول دیجیتال نیست.
wallet-check-invalid-signature = نامعتبر: امضا درست نیست، یا صادرکننده یکی از اداره‌های بهداشت این سرویس نیست.
wallet-check-invalid-disclosure = نامعتبر: یکی از اطلاعات تغییر کرده است.
wallet-check-invalid-binding = نامعتبر: مدرک با کیف پول خود فرد نشان داده نشده است.
wallet-check-invalid-audience = نامعتبر: مقدار یک‌بارمصرف ناشناخته است، منقضی شده یا قبلاً استفاده شده است. صفحه را دوباره بارگذاری کنید و مدرک را دوباره نشان دهید.
wallet-check-invalid-time = نامعتبر: مدرک خیلی قدیمی است. آن را دوباره نشان دهید.
