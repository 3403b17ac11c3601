# Page texts for learners (Hindi), in Project Fluent syntax. Every course language has such a file with the same messages.
# review = machine translation, to be reviewed by a native speaker.

site-title = § 43 Infektionsschutzgesetz (संक्रमण सुरक्षा कानून) के अनुसार प्रशिक्षण
skip-to-content = मुख्य सामग्री पर जाएँ
language-label = भाषा
language-submit = भाषा बदलें
footer-accessibility = सुगम्यता
footer-privacy = डेटा सुरक्षा
footer-imprint = कानूनी जानकारी
footer-verify = प्रमाणपत्र जाँचें

## Start page

start-heading = खाद्य पदार्थों के साथ काम के लिए ऑनलाइन प्रशिक्षण
start-intro = जो लोग नौकरी में खाद्य पदार्थों के साथ काम करते हैं, उन्हें काम के पहले दिन से पहले स्वास्थ्य कार्यालय का प्रमाणपत्र चाहिए। यहाँ आप प्रशिक्षण ऑनलाइन करते हैं और प्रमाणपत्र तुरंत पाते हैं।
start-how-heading = ऐसे होता है
start-step-videos = आप उपशीर्षक वाले { $chapters } छोटे वीडियो देखते हैं, कुल मिलाकर लगभग { $minutes } मिनट।
start-step-quiz = आप वीडियो के बारे में कुछ सवालों के जवाब देते हैं।
start-step-declaration = आप घोषणा करते हैं कि आपको काम पर रोक का कोई कारण मालूम नहीं है।
start-step-certificate = आपको प्रमाणपत्र PDF फ़ाइल के रूप में मिलता है।
start-bring-heading = आपको यह चाहिए
start-bring = आपका पहचान पत्र या पासपोर्ट (ताकि आपका नाम बिल्कुल सही लिखा जाए), लगभग { $total } मिनट का समय, और आवाज़ या हेडफ़ोन।
start-cost-heading = शुल्क
start-cost = शुल्क आपका स्वास्थ्य कार्यालय तय करता है। अपना स्वास्थ्य कार्यालय चुनने के बाद आप इसे देख सकते हैं।
start-find-office = अपना स्वास्थ्य कार्यालय ढूँढें
postcode-label = आपके रहने की जगह का पोस्टकोड
postcode-hint = 5 अंक, जैसे 99999
postcode-search = स्वास्थ्य कार्यालय खोजें
postcode-invalid = कृपया 5 अंकों का पोस्टकोड डालें।
postcode-none = इस पोस्टकोड के लिए यहाँ कोई स्वास्थ्य कार्यालय प्रशिक्षण नहीं देता। सूची से कोई स्वास्थ्य कार्यालय चुनें या अपने स्वास्थ्य कार्यालय से पूछें।
office-list-heading = सभी स्वास्थ्य कार्यालय
office-choose = इस स्वास्थ्य कार्यालय में प्रशिक्षण शुरू करें
office-not-in-language = यह स्वास्थ्य कार्यालय आपकी भाषा में प्रशिक्षण नहीं देता।
resume-heading = आगे जारी रखें
resume-text = आप पहले ही शुरू कर चुके हैं। जहाँ आपने छोड़ा था, वहीं से आगे बढ़ें।
resume-button = जारी रखें

## Personal details

enrol-heading = आपकी जानकारी
enrol-intro = अपना नाम वैसे ही लिखें, जैसे आपके पहचान पत्र या पासपोर्ट में है। यह जानकारी प्रमाणपत्र पर लिखी जाएगी।
enrol-office = स्वास्थ्य कार्यालय
given-name-label = पहला नाम (एक या अधिक)
family-name-label = परिवार का नाम
latin-intro = सिर्फ़ तब, जब आपका नाम किसी दूसरी लिपि में लिखा है: आपका नाम लैटिन (अंग्रेज़ी) अक्षरों में, जैसे पासपोर्ट में है।
given-name-latin-label = पहला नाम (एक या अधिक) लैटिन अक्षरों में
family-name-latin-label = परिवार का नाम लैटिन अक्षरों में
birth-date-label = जन्म तिथि
birth-date-hint = दिन.महीना.साल, जैसे 31.12.1990
email-label = ईमेल पता (वैकल्पिक)
email-hint = तब हम आपको प्रमाणपत्र ईमेल से भी भेजेंगे।
enrol-privacy = स्वास्थ्य कार्यालय आपकी जानकारी का उपयोग सिर्फ़ प्रशिक्षण और प्रमाणपत्र के लिए करता है।
enrol-submit = वीडियो पर आगे बढ़ें
form-errors-heading = कृपया अपनी जानकारी जाँचें:
error-given-name = कृपया अपना पहला नाम वैसे ही लिखें, जैसे पहचान पत्र में है।
error-family-name = कृपया अपना परिवार का नाम वैसे ही लिखें, जैसे पहचान पत्र में है।
error-latin = प्रमाणपत्र पर आपका नाम सिर्फ़ लैटिन अक्षरों में छप सकता है। कृपया इसे वैसे भी लिखें, जैसे यह पासपोर्ट में लिखा है।
error-birth-date = कृपया अपनी जन्म तिथि ऐसे लिखें: दिन.महीना.साल, जैसे 31.12.1990।
error-email = कृपया ईमेल पता जाँचें, या यह खाना खाली छोड़ दें।

## Overview

course-heading = आपका प्रशिक्षण
course-progress = { $total } में से { $done } वीडियो देखे गए
chapter-done = देखा गया
chapter-open = अभी नहीं देखा
resume-link-heading = बाद में जारी रखें
resume-link-text = इस लिंक से आप बाद में आगे जारी रख सकते हैं, किसी दूसरे डिवाइस पर भी। यह लिंक किसी को न दें।
next-quiz = सवालों पर आगे बढ़ें
quiz-locked = सारे वीडियो देखने के बाद सवाल खुलेंगे।

## Chapter

chapter-of = { $total } में से अध्याय { $number }
video-noscript = वीडियो देखना गिना जाए, इसके लिए इस पेज को JavaScript चाहिए। कृपया JavaScript चालू करें। बाकी सब कुछ इसके बिना भी चलता है।
video-status = देखा गया: { $percent } %
video-status-done = यह वीडियो पूरा देखा जा चुका है।
video-status-offline = कनेक्शन नहीं है। कनेक्शन वापस आते ही आपकी प्रगति भेज दी जाएगी।
video-hint = हर वीडियो पूरा देखें। आगे बढ़ाया गया हिस्सा नहीं गिना जाता।
chapter-text-heading = वीडियो का पाठ
chapter-next = अगला अध्याय
chapter-overview = अवलोकन पर वापस

## Questions

quiz-heading = प्रशिक्षण पर सवाल
quiz-intro = { $count } सवालों के जवाब दें। कुछ सवालों में एक से ज़्यादा जवाब सही हैं: सभी सही जवाब चुनें। { $percent } % सही जवाबों पर आप पास हो जाते हैं।
quiz-start = सवाल शुरू करें
quiz-question = { $count } में से सवाल { $number }
quiz-submit = जवाब जमा करें
quiz-passed = पास: { $count } में से { $score } जवाब सही।
quiz-failed = अफ़सोस, पास नहीं हुए: { $count } में से { $score } जवाब सही।
quiz-retry = फिर से कोशिश करें
quiz-attempts-left = आपके पास अभी { $left } कोशिशें बाकी हैं।
quiz-rewatch = आपने सारी कोशिशें इस्तेमाल कर ली हैं। कृपया वीडियो फिर से देखें। उसके बाद आप सवालों के जवाब फिर से दे सकते हैं।
quiz-correct = सही
quiz-wrong = गलत
quiz-next = घोषणा पर आगे बढ़ें

## Declaration

declaration-heading = आपकी घोषणा
declaration-confirm = हाँ, यह मेरी घोषणा है।
declaration-guardian-intro = आपकी उम्र 18 साल से कम है। इसलिए घोषणा आपके कानूनी अभिभावक करेंगे, जैसे आपकी माँ या आपके पिता।
guardian-given-name-label = कानूनी अभिभावक का पहला नाम
guardian-family-name-label = कानूनी अभिभावक का परिवार का नाम
declaration-submit = घोषणा जमा करें और प्रमाणपत्र पाएँ
declaration-required = कृपया घोषणा की पुष्टि करें। अगर आपको काम पर रोक का कोई कारण मालूम है, तो आप काम शुरू नहीं कर सकते: अपने स्वास्थ्य कार्यालय से संपर्क करें।

## Done

done-heading = हो गया! यह रहा आपका प्रमाणपत्र।
done-code = प्रमाणपत्र का कोड
done-download = प्रमाणपत्र डाउनलोड करें (PDF)
done-mailed = हम प्रमाणपत्र { $email } पर भी भेज रहे हैं।
done-employer = प्रमाणपत्र अपने नियोक्ता को दें। काम के पहले दिन यह तीन महीने से ज़्यादा पुराना नहीं होना चाहिए।
done-verify = कोई भी QR कोड से प्रमाणपत्र की जाँच कर सकता है।

## Errors

error-heading = कुछ गड़बड़ हो गई
error-not-found = यह पेज मौजूद नहीं है।
error-session = यह प्रशिक्षण किसी दूसरे डिवाइस पर शुरू किया गया था, या लिंक अधूरा है। वह लिंक खोलें, जो आपने सेव किया था।
error-expired = फ़ॉर्म बहुत देर तक खुला रहा। कृपया फिर से कोशिश करें।
error-unavailable = यह सेवा अभी उपलब्ध नहीं है। आपकी जानकारी सेव हो गई है। कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-too-many = आपके इंटरनेट कनेक्शन से अभी बहुत अधिक पंजीकरण शुरू किए गए हैं। कृपया कुछ मिनट बाद फिर से कोशिश करें।
error-back = शुरुआत पर वापस

## Pages of the health office

accessibility-heading = सुगम्यता विवरण
privacy-heading = डेटा सुरक्षा सूचना
imprint-heading = कानूनी जानकारी
