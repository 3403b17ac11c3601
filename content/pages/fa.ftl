# Page texts for learners (Persian), in Project Fluent syntax. Every course language has such a file with the same messages.
# review = machine translation, to be reviewed by a native speaker.

site-title = آموزش طبق § 43 Infektionsschutzgesetz (قانون حفاظت در برابر عفونت)
skip-to-content = رفتن به محتوای اصلی
language-label = زبان
language-submit = تغییر زبان
footer-accessibility = دسترس‌پذیری
footer-privacy = حفاظت از داده‌ها
footer-imprint = اطلاعات حقوقی
footer-verify = بررسی گواهی

## Start page

start-heading = آموزش آنلاین برای کار با مواد غذایی
start-intro = هر کسی که به‌صورت شغلی با مواد غذایی کار می‌کند، پیش از اولین روز کار به گواهی اداره بهداشت نیاز دارد. این‌جا آموزش را آنلاین می‌گذرانید و گواهی را فوراً دریافت می‌کنید.
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
birth-date-hint = روز.ماه.سال (میلادی)، مثلاً 31.12.1990
email-label = نشانی ایمیل (اختیاری)
email-hint = در این صورت گواهی را با ایمیل هم برایتان می‌فرستیم.
enrol-privacy = اداره بهداشت اطلاعات شما را فقط برای آموزش و گواهی به کار می‌برد.
enrol-submit = ادامه به ویدیوها
form-errors-heading = لطفاً اطلاعات خود را بررسی کنید:
error-given-name = لطفاً نام خود را مثل کارت شناسایی بنویسید.
error-family-name = لطفاً نام خانوادگی خود را مثل کارت شناسایی بنویسید.
error-latin = نام شما روی گواهی فقط با حروف لاتین چاپ می‌شود. لطفاً آن را به همان شکلی هم بنویسید که در گذرنامه آمده است.
error-birth-date = لطفاً تاریخ تولد خود را این‌طور بنویسید: روز.ماه.سال (میلادی)، مثلاً 31.12.1990.
error-email = لطفاً نشانی ایمیل را بررسی کنید، یا این خانه را خالی بگذارید.

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

## Declaration

declaration-heading = اظهارنامه شما
declaration-confirm = بله، این را اعلام می‌کنم.
declaration-guardian-intro = شما کمتر از 18 سال دارید. برای همین سرپرست قانونی شما اظهارنامه را می‌دهد، مثلاً مادر یا پدر شما.
guardian-given-name-label = نام سرپرست قانونی
guardian-family-name-label = نام خانوادگی سرپرست قانونی
declaration-submit = ثبت اظهارنامه و دریافت گواهی
declaration-required = لطفاً اظهارنامه را تأیید کنید. اگر از دلیلی برای ممنوعیت کار اطلاع دارید، نباید کار را شروع کنید: به اداره بهداشت خود مراجعه کنید.

## Done

done-heading = تمام شد! این گواهی شماست.
done-code = کد گواهی
done-download = دانلود گواهی (PDF)
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
