# E-mail texts (Hindi). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = § 43 IfSG के अनुसार आपका प्रमाणपत्र
certificate-body =
    नमस्ते { $name },

    आपने संक्रमण सुरक्षा कानून (Infektionsschutzgesetz) के § 43 Abs. 1 के अनुसार प्रशिक्षण पूरा कर लिया है। आपका प्रमाणपत्र PDF फ़ाइल के रूप में इस ईमेल के साथ लगा है।

    जारी करने वाला: { $office }

    प्रमाणपत्र का कोड: { $code }
    कोई भी व्यक्ति प्रमाणपत्र की जाँच यहाँ कर सकता है: { $verify_url }

    आपका प्रमाणपत्र वेब पेज के रूप में, पढ़ने, पढ़कर सुनाने और प्रिंट करने के लिए (एक बार के कोड के साथ): { $view_url }

    कृपया प्रमाणपत्र अपने नियोक्ता को दें। काम के पहले दिन प्रमाणपत्र तीन महीने से ज़्यादा पुराना नहीं होना चाहिए। फ़ाइल को संभालकर रखें।

reissue-subject = § 43 IfSG के अनुसार आपके प्रमाणपत्र की नई प्रति
reissue-body =
    नमस्ते { $name },

    आपके प्रमाणपत्र की एक नई प्रति PDF फ़ाइल के रूप में इस ईमेल के साथ लगी है। प्रमाणपत्र ख़ुद नहीं बदला है।

    जारी करने वाला: { $office }

    प्रमाणपत्र का कोड: { $code }
    कोई भी व्यक्ति प्रमाणपत्र की जाँच यहाँ कर सकता है: { $verify_url }

    आपका प्रमाणपत्र वेब पेज के रूप में, पढ़ने, पढ़कर सुनाने और प्रिंट करने के लिए (एक बार के कोड के साथ): { $view_url }

resume-subject = प्रशिक्षण के लिए आपका लिंक
resume-body =
    नमस्ते { $name },

    इस लिंक से आप अपना प्रशिक्षण जारी रखें:
    { $link }

    यह लिंक केवल एक बार काम करता है। इसे किसी को न दें।

pdf-code-subject = प्रमाणपत्र के लिए आपका एक बार का कोड
pdf-code-body =
    नमस्ते { $name },

    आपका एक बार का कोड: { $one_time_code }

    प्रमाणपत्र { $code } डाउनलोड करने के लिए इसे { $link } पर दर्ज करें। यह कोड थोड़े समय के लिए और केवल एक बार मान्य है।

    आपने कोड नहीं माँगा? तो यह संदेश हटा दें।

footer = यह संदेश अपने-आप भेजा गया है। सवालों के लिए संपर्क करें: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = शुल्क का भुगतान हुआ: { $amount }, { $date } को, भुगतान संदर्भ संख्या { $reference }।
fee-voucher = शुल्क वाउचर { $reference } से चुकाया गया।
fee-waiver = आपको शुल्क से छूट मिली है।
fee-desk = शुल्क का भुगतान स्वास्थ्य कार्यालय में हुआ: { $amount }, { $date } को।

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = डिजिटल वॉलेट के लिए आपका PIN
wallet-pin-body =
    नमस्ते { $name },

    डिजिटल वॉलेट में प्रमाणपत्र के लिए आपका PIN: { $one_time_code }

    जब आप QR कोड स्कैन करेंगे, तो वॉलेट ऐप यह PIN माँगेगा। यह PIN 15 मिनट तक और केवल एक बार मान्य है।

    आपने यह नहीं माँगा? तो यह संदेश हटा दें।
