# Page texts for learners (Vietnamese), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Buổi hướng dẫn theo § 43 Infektionsschutzgesetz (Luật Phòng chống bệnh truyền nhiễm)
machine-translation-notice = Bản dịch này được thực hiện bằng máy và chưa được kiểm tra. Văn bản tiếng Đức là văn bản có giá trị ràng buộc.
machine-translation-link = Đọc bằng tiếng Đức
skip-to-content = Chuyển đến nội dung chính
language-label = Ngôn ngữ
language-submit = Đổi ngôn ngữ
footer-accessibility = Khả năng tiếp cận
footer-privacy = Bảo vệ dữ liệu
footer-imprint = Thông tin pháp lý
footer-verify = Kiểm tra giấy chứng nhận

## Start page

start-heading = Hướng dẫn trực tuyến cho công việc với thực phẩm
start-intro = Ai trong công việc sản xuất, chế biến hoặc kinh doanh một số loại thực phẩm nhất định, hoặc làm việc trong bếp của nhà hàng, căng tin và các cơ sở tương tự (Điều 42 khoản 1 và 2 IfSG), thì cần giấy chứng nhận của cơ quan y tế trước ngày làm việc đầu tiên. Tại đây bạn tham gia buổi hướng dẫn trực tuyến và nhận giấy chứng nhận ngay.
start-how-heading = Cách thực hiện
start-step-videos = Bạn xem { $chapters } video ngắn có phụ đề, tổng cộng khoảng { $minutes } phút.
start-step-quiz = Bạn trả lời một số câu hỏi về các video.
start-step-declaration = Bạn tuyên bố rằng bạn không biết lý do nào cho lệnh cấm làm việc.
start-step-certificate = Bạn nhận giấy chứng nhận dưới dạng tệp PDF.
start-bring-heading = Bạn cần những gì
start-bring = Giấy tờ tùy thân hoặc hộ chiếu của bạn (để viết đúng tên của bạn), khoảng { $total } phút và âm thanh hoặc tai nghe.
start-cost-heading = Chi phí
start-cost = Cơ quan y tế của bạn quy định chi phí. Bạn sẽ thấy chi phí khi đã chọn cơ quan y tế của mình.
start-find-office = Tìm cơ quan y tế của bạn
postcode-label = Mã bưu chính nơi bạn ở
postcode-hint = 5 chữ số, ví dụ 99999
postcode-search = Tìm cơ quan y tế
postcode-invalid = Vui lòng nhập mã bưu chính có 5 chữ số.
postcode-none = Với mã bưu chính này, không có cơ quan y tế nào cung cấp buổi hướng dẫn ở đây. Hãy chọn một cơ quan y tế trong danh sách hoặc hỏi cơ quan y tế của bạn.
office-list-heading = Tất cả cơ quan y tế
office-choose = Bắt đầu buổi hướng dẫn tại cơ quan y tế này
office-not-in-language = Cơ quan y tế này không cung cấp buổi hướng dẫn bằng ngôn ngữ của bạn.
resume-heading = Tiếp tục
resume-text = Bạn đã bắt đầu rồi. Hãy tiếp tục từ chỗ bạn đã dừng lại.
resume-button = Tiếp tục

## Personal details

enrol-heading = Thông tin của bạn
enrol-intro = Hãy viết tên của bạn giống như trong giấy tờ tùy thân hoặc hộ chiếu. Những thông tin này sẽ có trên giấy chứng nhận.
enrol-office = Cơ quan y tế
given-name-label = Tên (gồm cả tên đệm)
family-name-label = Họ
latin-intro = Chỉ khi tên của bạn được viết bằng chữ viết khác: tên của bạn bằng chữ cái Latinh, giống như trong hộ chiếu.
given-name-latin-label = Tên (gồm cả tên đệm) bằng chữ cái Latinh
family-name-latin-label = Họ bằng chữ cái Latinh
birth-date-label = Ngày sinh
birth-date-hint = Ngày.Tháng.Năm, ví dụ 31.12.1990 hoặc không có dấu chấm 31121990
email-label = Địa chỉ email (không bắt buộc)
email-hint = Khi đó chúng tôi cũng gửi giấy chứng nhận cho bạn qua email.
enrol-privacy = Cơ quan y tế chỉ dùng thông tin của bạn cho buổi hướng dẫn và giấy chứng nhận.
enrol-submit = Tiếp tục đến các video
form-errors-heading = Vui lòng kiểm tra thông tin của bạn:
error-given-name = Vui lòng nhập tên của bạn, giống như trong giấy tờ tùy thân.
error-family-name = Vui lòng nhập họ của bạn, giống như trong giấy tờ tùy thân.
error-latin = Tên của bạn chỉ có thể được in trên giấy chứng nhận bằng chữ cái Latinh. Vui lòng viết thêm tên đúng như trong hộ chiếu.
error-birth-date = Vui lòng nhập ngày sinh như sau: Ngày.Tháng.Năm, ví dụ 31.12.1990 hoặc 31121990.
error-birth-date-no-such-day = Ngày này không tồn tại. Vui lòng kiểm tra ngày và tháng.
error-birth-date-two-digit-year = Vui lòng viết năm bằng bốn chữ số, ví dụ 1990 thay vì 90.
error-birth-date-future = Ngày này ở trong tương lai. Vui lòng kiểm tra năm.
error-birth-date-too-young = Chỉ có thể tham gia buổi hướng dẫn từ { $min } tuổi trở lên.
error-birth-date-implausible = Vui lòng kiểm tra năm: ngày này đã quá xa trong quá khứ.
error-name-character = Ký tự “{ $character }” không được dùng trong tên. Chỉ được dùng chữ cái, dấu cách, dấu nháy đơn, dấu gạch nối và dấu chấm.
error-name-too-long = Tên quá dài: tối đa { $max } ký tự.
error-name-no-letter = Tên phải có ít nhất một chữ cái.
error-title-prefix = Lỗi:
error-email = Vui lòng kiểm tra địa chỉ email, hoặc để trống ô này.
error-name-invisible = Tên có một ký tự vô hình hoặc dấu xuống dòng (ví dụ một ký tự lấp chỗ trống). Vui lòng gõ lại tên thay vì dán vào.
error-name-direction = Tên có một ký tự điều khiển hướng viết làm thay đổi cách hiển thị tên. Vui lòng gõ lại tên.
error-name-joiner = Tên có một ký tự nối vô hình ở sai vị trí. Ký tự này chỉ được phép giữa hai chữ cái của một hệ chữ như tiếng Ả Rập, tiếng Ba Tư hoặc tiếng Hindi.
error-name-mixed-script = Một từ trong tên trộn chữ cái La-tinh với chữ cái Kirin hoặc Hy Lạp trông giống nhau (ví dụ М và M). Vui lòng viết mỗi từ bằng một bảng chữ cái, như trong hộ chiếu.
error-email-plain = Vui lòng chỉ nhập chính địa chỉ email, ví dụ ten@vidu.vn: không có tên phía trước, không có dấu < và >, và dùng tên miền thay cho địa chỉ IP.

## Overview

course-heading = Buổi hướng dẫn của bạn
course-progress = Đã xem { $done } trên { $total } video
chapter-done = đã xem
chapter-open = chưa xem
resume-link-heading = Tiếp tục sau
resume-link-text = Với đường link này, bạn có thể tiếp tục sau, kể cả trên thiết bị khác. Đừng đưa link này cho ai.
next-quiz = Tiếp tục đến phần câu hỏi
quiz-locked = Phần câu hỏi sẽ mở khi bạn đã xem hết các video.

## Chapter

chapter-of = Chương { $number } trên { $total }
video-noscript = Để việc xem video được tính, trang này cần JavaScript. Vui lòng bật JavaScript. Mọi phần khác đều dùng được mà không cần JavaScript.
video-status = Đã xem: { $percent } %
video-status-done = Bạn đã xem hết video này.
video-status-offline = Không có kết nối. Tiến độ của bạn sẽ được gửi ngay khi có kết nối lại.
video-hint = Hãy xem hết từng video. Phần tua nhanh sẽ không được tính.
video-narrated-in = Ngôn ngữ của video: { $narration }. Ngôn ngữ phụ đề: { $captions }.
video-sign-language = Ngôn ngữ ký hiệu (DGS)
chapter-text-heading = Văn bản của video
chapter-next = Chương tiếp theo
chapter-overview = Về trang tổng quan

## Questions

quiz-heading = Câu hỏi về buổi hướng dẫn
quiz-intro = Hãy trả lời { $count } câu hỏi. Một số câu hỏi có nhiều câu trả lời đúng: hãy chọn tất cả các câu trả lời đúng. Bạn đạt khi có { $percent } % câu trả lời đúng.
quiz-start = Bắt đầu trả lời câu hỏi
quiz-question = Câu hỏi { $number } trên { $count }
quiz-submit = Gửi câu trả lời
quiz-passed = Đạt: { $score } trên { $count } câu trả lời đúng.
quiz-failed = Rất tiếc, chưa đạt: { $score } trên { $count } câu trả lời đúng.
quiz-retry = Thử lại
quiz-attempts-left = Bạn còn { $left } lần thử.
quiz-rewatch = Bạn đã dùng hết các lần thử. Vui lòng xem lại các video. Sau đó bạn có thể trả lời câu hỏi lại.
quiz-correct = Đúng
quiz-wrong = Sai
quiz-next = Tiếp tục đến lời tuyên bố
quiz-choose-all = Hãy chọn tất cả các câu trả lời đúng.
quiz-your-answer = Câu trả lời của bạn
quiz-right-answer = Câu trả lời đúng
quiz-no-answer = không có câu trả lời
quiz-next-question = Tiếp theo
quiz-previous = Quay lại câu hỏi trước
quiz-to-review = Tiếp tục đến câu trả lời của bạn
quiz-review-heading = Câu trả lời của bạn
quiz-review-intro = Hãy kiểm tra câu trả lời của bạn. Nhấn “Sửa” để quay lại câu hỏi. Sau đó hãy gửi câu trả lời.
quiz-change = Sửa

## Declaration

declaration-heading = Lời tuyên bố của bạn
declaration-confirm = Vâng, tôi xin tuyên bố như vậy.
declaration-handover-heading = Vui lòng chuyển thiết bị cho người khác ngay bây giờ
declaration-handover = Bạn chưa đủ 18 tuổi. Vì vậy mẹ, cha hoặc người giám hộ của bạn sẽ đưa ra lời tuyên bố thay cho bạn (Điều 43 khoản 6 IfSG). Vui lòng đưa thiết bị cho người đó ngay bây giờ.
declaration-handover-continue = Tôi là mẹ, cha hoặc người giám hộ – tiếp tục
declaration-carer-link = Người đại diện pháp lý (Betreuer) của tôi đưa ra lời tuyên bố thay cho tôi
declaration-representative-heading = Lời tuyên bố thay cho người khác
declaration-representative-intro = Bạn đưa ra lời tuyên bố thay cho { $name }. Hãy nhập tên của chính bạn, giống như trong giấy tờ tùy thân của bạn.
declaration-representative-facts = Ví dụ về những sự việc là lý do cho lệnh cấm làm việc: tiêu chảy, đi ngoài phân lỏng hơn hai lần một ngày; nôn; sốt cao kèm đau đầu dữ dội, đau bụng hoặc đau khớp; da vàng hoặc mắt vàng; vết thương hoặc chỗ da có mủ hoặc rỉ dịch; hoặc bác sĩ hay phòng xét nghiệm đã phát hiện Salmonella, Shigella, EHEC, vi khuẩn thương hàn hoặc vi khuẩn tả, hoặc viêm gan A hay E. Nếu bạn biết có những sự việc như vậy ở { $name }, đừng đưa ra lời tuyên bố và hãy liên hệ với cơ quan y tế.
declaration-role-legend = Bạn đưa ra lời tuyên bố với tư cách là
declaration-role-parent = Mẹ hoặc cha có quyền nuôi dưỡng
declaration-role-guardian = Người giám hộ (do tòa án gia đình chỉ định)
declaration-role-carer = Người đại diện pháp lý do tòa án chỉ định (Betreuer); phạm vi nhiệm vụ của bạn bao gồm lời tuyên bố này
representative-given-name-label = Tên của bạn
representative-family-name-label = Họ của bạn
declaration-representative-next = Tiếp tục đến lời tuyên bố
declaration-german-heading = Văn bản tiếng Đức có giá trị ràng buộc
declaration-translation-heading = Bản dịch
error-role = Vui lòng chọn tư cách mà bạn đưa ra lời tuyên bố.
error-representative-is-holder = Vui lòng nhập tên của chính bạn: người đưa ra lời tuyên bố là người làm việc này thay cho người khác, không phải chính người đã tham gia buổi hướng dẫn.
declaration-submit = Gửi lời tuyên bố và nhận giấy chứng nhận
declaration-required = Vui lòng xác nhận lời tuyên bố. Nếu bạn biết có lý do cho lệnh cấm làm việc, bạn không được bắt đầu công việc: hãy liên hệ với cơ quan y tế của bạn.

## Done

done-heading = Xong rồi! Đây là giấy chứng nhận của bạn.
done-code = Mã giấy chứng nhận
done-download = Tải giấy chứng nhận (PDF)
done-view = Xem giấy chứng nhận dưới dạng trang web: để đọc to và để in
certificate-view-heading = Giấy chứng nhận của bạn
certificate-view-intro = Đây là cùng một giấy chứng nhận như tệp PDF, dưới dạng trang web để đọc to và để in. Mọi phiên bản đều có thể được kiểm tra bằng mã.
done-mailed = Chúng tôi cũng gửi giấy chứng nhận đến { $email }.
done-employer = Hãy đưa giấy chứng nhận cho chủ lao động của bạn. Vào ngày làm việc đầu tiên, giấy chứng nhận không được cũ quá ba tháng.
done-verify = Ai cũng có thể kiểm tra giấy chứng nhận bằng mã QR.

## Errors

error-heading = Đã có lỗi xảy ra
error-not-found = Trang này không tồn tại.
error-session = Buổi hướng dẫn này đã được bắt đầu trên một thiết bị khác, hoặc đường link không đầy đủ. Hãy mở đường link mà bạn đã lưu.
error-expired = Biểu mẫu đã mở quá lâu. Vui lòng thử lại.
error-unavailable = Dịch vụ hiện không truy cập được. Thông tin của bạn đã được lưu. Vui lòng thử lại sau vài phút.
error-too-many = Vừa có quá nhiều lượt đăng ký được bắt đầu từ kết nối internet của bạn. Vui lòng thử lại sau vài phút.
error-back = Về trang đầu

## Pages of the health office

accessibility-heading = Tuyên bố về khả năng tiếp cận
privacy-heading = Thông báo về bảo vệ dữ liệu
imprint-heading = Thông tin pháp lý
accessibility-sign-language = Các chương có video bằng Ngôn ngữ ký hiệu Đức (DGS): { $chapters }.
accessibility-sign-language-none = Hiện chưa có chương nào có video bằng Ngôn ngữ ký hiệu Đức (DGS).
imprint-pictures = Hình ảnh trong các video là của OpenMoji (openmoji.org), theo giấy phép CC BY-SA 4.0.
privacy-short-heading = Tóm tắt những điều quan trọng nhất
privacy-short = { $office } xử lý họ tên, ngày sinh, câu trả lời và lời tuyên bố của bạn để hướng dẫn bạn theo Điều 43 Infektionsschutzgesetz và cấp giấy chứng nhận cho bạn. Giấy chứng nhận được cấp tự động khi bạn đã xem hết các video, vượt qua phần câu hỏi và đưa ra lời tuyên bố. Ai biết mã giấy chứng nhận đều có thể kiểm tra và thấy họ tên, ngày sinh của bạn, ngày hướng dẫn và giấy chứng nhận có hợp lệ hay không. Buổi hướng dẫn chưa hoàn thành sẽ bị xóa sau { $days } ngày, giấy chứng nhận sau { $years } năm. Bạn có quyền được biết thông tin, yêu cầu sửa và khiếu nại. Câu hỏi xin gửi đến: { $email }.
privacy-full-german = Tiếp theo là toàn văn thông báo về bảo vệ dữ liệu bằng tiếng Đức; văn bản này có giá trị ràng buộc.
office-text-german = Cơ quan y tế chỉ ban hành văn bản này bằng tiếng Đức.
privacy-sections-heading = Toàn văn thông báo về bảo vệ dữ liệu
privacy-section-previous = Phần trước
privacy-section-next = Phần tiếp theo
privacy-section-overview = Tất cả các phần của thông báo về bảo vệ dữ liệu

## Links, access and the certificate by one-time code

resume-link-create = Tạo liên kết
resume-link-once = Liên kết chỉ dùng được một lần và trong { $days } ngày.
resume-link-copy = Sao chép link
resume-link-copied = Đã sao chép
resume-link-mail = Gửi link đến địa chỉ email của tôi
resume-link-mailed = Chúng tôi đã gửi một link mới đến địa chỉ email của bạn. Link chỉ dùng được một lần.
resume-link-no-address = Bạn chưa cung cấp địa chỉ email. Hãy tạo link ở đây và ghi lại.
resume-spent-heading = Liên kết này không còn hiệu lực
resume-spent-text = Liên kết đã được dùng hoặc đã hết hạn. Mỗi liên kết chỉ dùng được một lần.
resume-spent-mail = Chúng tôi có thể gửi một liên kết mới đến địa chỉ email của bạn.
resume-spent-mail-button = Gửi liên kết mới qua email
resume-spent-no-mail = Không có địa chỉ email nào được lưu cho buổi hướng dẫn này. Hãy mở buổi hướng dẫn trong trình duyệt mà bạn đã bắt đầu, hoặc liên hệ văn phòng y tế.
resume-mailed = Chúng tôi đã gửi một liên kết mới đến địa chỉ email của bạn. Liên kết chỉ dùng được một lần.
error-access-ended = Giấy chứng nhận của bạn đã được cấp. Để bảo vệ bạn, quyền truy cập này không còn mở được nữa. Bạn nhận tệp PDF bằng mã giấy chứng nhận, ngày sinh và một mã dùng một lần gửi qua email.
pdf-heading = Tải giấy chứng nhận
pdf-intro = Nhập mã giấy chứng nhận và ngày sinh của bạn. Chúng tôi gửi một mã dùng một lần đến địa chỉ email bạn đã cung cấp khi đăng ký.
pdf-send = Gửi mã dùng một lần
pdf-sent = Nếu thông tin khớp với một giấy chứng nhận có địa chỉ email, chúng tôi đã gửi mã dùng một lần đến đó. Mã có hiệu lực { $minutes } phút.
pdf-one-time-label = Mã dùng một lần trong email
pdf-download = Tải PDF
pdf-view = Xem dưới dạng trang web: để đọc to hoặc để in
pdf-code-wrong = Mã dùng một lần sai hoặc không còn hiệu lực. Sau 5 lần thử, mã hết hiệu lực: khi đó hãy yêu cầu mã mới.
pdf-code-malformed = Vui lòng kiểm tra mã giấy chứng nhận: 16 ký tự, ví dụ ABCD-EFGH-JKMN-PQRS.
pdf-office = Bạn không cung cấp địa chỉ email? Văn phòng y tế sẽ cấp cho bạn một bản mới.

## Verify page (/pruefen)

verify-title = Kiểm tra giấy chứng nhận
verify-intro = Tại đây cơ quan y tế, chủ lao động và cơ quan giám sát thực phẩm kiểm tra giấy chứng nhận theo Điều 43 khoản 1 IfSG.
verify-enter-code = Mã giấy chứng nhận
verify-code-hint = 16 ký tự, ví dụ ABCD-EFGH-JKMN-PQRS
verify-check = Kiểm tra
verify-valid = Hợp lệ: Giấy chứng nhận này đã được cấp và chưa bị tuyên bố không hợp lệ.
verify-revoked = Đã bị tuyên bố không hợp lệ: Giấy chứng nhận này không còn giá trị.
verify-unknown = Không xác định: Không có giấy chứng nhận nào với mã này.
verify-deleted = Đã xóa sau khi hết thời hạn lưu trữ: Cơ quan y tế đã cấp một giấy chứng nhận với mã này và đã xóa dữ liệu của giấy chứng nhận sau thời hạn lưu trữ. Giấy chứng nhận vẫn có giá trị; không thể cấp bản sao nữa.
verify-deleted-revoked = Đã xóa sau khi hết thời hạn lưu trữ: Giấy chứng nhận này đã bị tuyên bố không hợp lệ. Dữ liệu của giấy chứng nhận đã được xóa sau thời hạn lưu trữ.
verify-deleted-check = Họ tên và ngày sinh không còn được lưu trữ. Vui lòng kiểm tra người này bằng chữ ký số từ mã QR (bên dưới) và bằng giấy tờ tùy thân.
verify-issued-at = Ngày cấp
verify-deleted-at = Ngày xóa
verify-typo = Lỗi đánh máy: Mã này không thể tồn tại. Vui lòng so sánh từng ký tự.
verify-malformed = Đây không phải là mã giấy chứng nhận (16 ký tự gồm chữ số và chữ cái).
verify-holder = Người được cấp
verify-latin-spelling = Cách viết trong hộ chiếu (chữ La-tinh)
verify-birth-date = Ngày sinh
verify-instructed-at = Ngày hướng dẫn
verify-issuer = Cơ quan cấp
verify-guardian = Người đưa ra lời tuyên bố (Điều 43 khoản 6 IfSG)
verify-revoked-at = Ngày bị tuyên bố không hợp lệ
verify-reason = Lý do
verify-valid-until = Có hiệu lực cho lần đầu bắt đầu công việc đến ngày { $date }; sau đó có hiệu lực không thời hạn.
verify-signature-heading = Chữ ký số từ mã QR
verify-signature-noscript = Khi không có JavaScript, trang này kiểm tra dữ liệu lưu tại cơ quan y tế (ở trên). Khi có JavaScript, trang còn kiểm tra thêm chữ ký từ mã QR.
verify-signature-none = Trang này được mở mà không có mã QR; không có chữ ký nào để kiểm tra.
verify-signature-checking = Đang kiểm tra chữ ký …
verify-signature-valid = Chữ ký là thật và khớp với giấy chứng nhận này.
verify-signature-invalid = Chữ ký KHÔNG hợp lệ: Dữ liệu đã bị thay đổi hoặc không phải do cơ quan y tế cấp.
verify-upload-heading = Kiểm tra tệp PDF
verify-upload-hint = Kiểm tra xem một tệp PDF có đúng y như cơ quan y tế đã cấp hay không.
verify-upload = Kiểm tra tệp
verify-upload-exact = Tệp này đã được cấp đúng y như vậy.
verify-upload-not-exact = Tệp này KHÔNG được cấp như vậy (đã bị thay đổi, hoặc thuộc một giấy chứng nhận khác).
verify-upload-missing = Vui lòng chọn một tệp PDF.
verify-language = Ngôn ngữ
verify-development-key = Khóa phát triển — không hợp lệ: Giấy chứng nhận này được ký bằng khóa phát triển (thử nghiệm hoặc trình diễn) và không phải là giấy chứng nhận hợp lệ của cơ quan y tế.
verify-signature-development = Chữ ký đến từ một khóa phát triển — không hợp lệ. Giấy chứng nhận như vậy chỉ là thử nghiệm.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Cấp nhầm
verify-revocation-replaced = Đã được thay bằng giấy chứng nhận mới
verify-revocation-obtained-by-deception = Có được bằng gian lận
verify-revocation-other = Lý do khác

## How the identity is checked

identity-heading = Cách chúng tôi kiểm tra danh tính của bạn
identity-intro = Giấy chứng nhận ghi tên của bạn. Vì vậy cơ quan y tế kiểm tra xem đó có đúng là bạn không. Hãy chọn cách:
identity-choose = Vui lòng chọn cách bạn chứng minh danh tính của mình.
identity-staff = Xuất trình giấy tờ tùy thân tại cơ quan y tế
identity-staff-needs = Bây giờ bạn làm buổi hướng dẫn trực tuyến. Sau đó bạn xuất trình thẻ căn cước, hộ chiếu hoặc giấy phép cư trú tại cơ quan y tế: trực tiếp hoặc qua cuộc gọi video. Chỉ khi đó bạn mới nhận được giấy chứng nhận.
identity-bundid = Bằng thẻ căn cước trực tuyến (BundID)
identity-bundid-needs = Bạn cần: thẻ căn cước có chức năng trực tuyến, một điện thoại thông minh có NFC và mã PIN sáu chữ số của bạn. Bạn nhận được giấy chứng nhận ngay.
identity-none = Cơ quan y tế này không kiểm tra giấy tờ tùy thân của bạn. Giấy chứng nhận chỉ có giá trị khi kèm theo giấy tờ tùy thân chính thức có ảnh.
identity-bundid-login = Đăng nhập bằng thẻ căn cước trực tuyến
identity-or-typed = Hoặc tự nhập thông tin của bạn
identity-bundid-fixed = Họ tên và ngày sinh được lấy từ thẻ căn cước trực tuyến của bạn. Bạn không thể thay đổi ở đây.
bundid-refused-title = Đăng nhập bằng thẻ căn cước trực tuyến không thành công
bundid-refused = Không có gì được lưu. Vui lòng đăng nhập lại.
bundid-too-low = Cơ quan y tế này yêu cầu thẻ căn cước trực tuyến. Lần đăng nhập của bạn có mức độ bảo mật thấp hơn. Vui lòng đăng nhập bằng thẻ căn cước và mã PIN của thẻ.
bundid-expired = Phiên đăng nhập của bạn đã hết hạn. Vui lòng đăng nhập lại.
bundid-again = Đăng nhập lại
pending-heading = Sắp xong: hãy xuất trình giấy tờ tùy thân
pending-intro = Lời tuyên bố của bạn đã được lưu. Cơ quan y tế sẽ cấp giấy chứng nhận ngay khi đã kiểm tra giấy tờ tùy thân của bạn. Khi đó, hãy cho biết mã số hồ sơ của bạn.
pending-case = Mã số hồ sơ của bạn
pending-office = Cách tiếp tục với cơ quan y tế:
pending-booking = Đặt lịch cuộc gọi video
pending-rejected = Cơ quan y tế không thể xác nhận danh tính của bạn. Vui lòng liên hệ cơ quan y tế.

## Fees
fee-free = Buổi hướng dẫn miễn phí.
fee-before-course = Buổi hướng dẫn có giá { $amount }. Bạn trả tiền trước khóa học.
fee-before-certificate = Buổi hướng dẫn có giá { $amount }. Bạn trả tiền sau buổi hướng dẫn, trước khi nhận giấy chứng nhận.
fee-heading = Trả lệ phí
fee-intro-course = Buổi hướng dẫn có giá { $amount }. Vui lòng trả tiền trước. Sau đó khóa học bắt đầu.
fee-intro-certificate = Lời tuyên bố của bạn đã được lưu. Buổi hướng dẫn có giá { $amount }. Ngay khi bạn trả tiền xong, bạn sẽ nhận được giấy chứng nhận.
fee-online-heading = Trả tiền trực tuyến
fee-online-text = Bạn trả tiền qua dịch vụ thanh toán của tiểu bang, ví dụ bằng thẻ tín dụng, PayPal hoặc qua ngân hàng của bạn. Sau đó bạn quay lại đây.
fee-online-button = Trả { $amount } ngay
fee-online-missing = Tại cơ quan y tế này chưa thể trả tiền trực tuyến. Hãy trả bằng voucher hoặc tại cơ quan y tế.
fee-payment-open = Khoản thanh toán của bạn vẫn chưa xong. Nếu bạn đã trả tiền, vui lòng đợi một chút rồi tải lại trang này.
fee-payment-cancelled = Việc thanh toán đã bị hủy. Bạn có thể thử lại.
fee-payment-failed = Thanh toán không thành công. Bạn có thể thử lại hoặc trả tiền bằng cách khác.
fee-unavailable = Dịch vụ thanh toán hiện không truy cập được. Vui lòng thử lại sau vài phút. Thông tin của bạn vẫn được lưu.
fee-not-offered = Cơ quan y tế này không cung cấp hình thức này.
fee-voucher-heading = Trả bằng voucher
fee-voucher-label = Mã voucher (ví dụ ABCD-EFGH-JKMN)
fee-voucher-button = Dùng voucher
fee-voucher-invalid = Voucher này không có giá trị. Voucher không có trong hệ thống, đã được dùng hoặc đã hết hạn.
fee-voucher-typo = Mã có lỗi đánh máy. Vui lòng kiểm tra từng ký tự.
fee-waiver-heading = Miễn lệ phí
fee-waiver-text = Cơ quan y tế miễn lệ phí cho:
fee-waiver-volunteer = công việc tình nguyện, ví dụ trong một hội hoặc ở Tafel (ngân hàng thực phẩm)
fee-waiver-internship = thực tập của học sinh
fee-waiver-benefits = những người nhận Bürgergeld (trợ cấp công dân), Sozialhilfe (trợ cấp xã hội) hoặc Asylbewerberleistungen (trợ cấp cho người xin tị nạn)
fee-waiver-reason = Lý do ngắn, ví dụ tên của hội hoặc của trường
fee-waiver-button = Xin miễn lệ phí
fee-waiver-staff-note = Cơ quan y tế kiểm tra đơn của bạn. Cơ quan có thể yêu cầu giấy tờ chứng minh.
fee-waiver-choose = Vui lòng chọn lý do bạn muốn được miễn lệ phí.
fee-waiver-reason-missing = Vui lòng viết một lý do ngắn (tối đa { $max } ký tự).
fee-waiver-pending = Đơn xin miễn lệ phí của bạn đã được lưu. Cơ quan y tế đang kiểm tra. Hãy xem lại trang này sau.
fee-waiver-refused = Cơ quan y tế không chấp thuận việc miễn lệ phí. Vui lòng trả lệ phí.
fee-desk = Bạn cũng có thể trả lệ phí tại cơ quan y tế.
done-fee-online = Đã trả: { $amount } ngày { $date }, mã thanh toán { $reference }.
done-fee-voucher = Đã trả bằng voucher { $reference } ngày { $date }.
done-fee-waiver = Được miễn lệ phí ngày { $date }.
done-fee-desk = Đã trả tại cơ quan y tế: { $amount } ngày { $date }.

## Wallet
wallet-credential-name = Giấy chứng nhận theo § 43 Infektionsschutzgesetz (Luật Phòng chống bệnh truyền nhiễm)
wallet-claim-given_name = Tên
wallet-claim-family_name = Họ
wallet-claim-birthdate = Ngày sinh
wallet-claim-instructed_on = Ngày hướng dẫn
wallet-claim-issuing_authority = Cơ quan y tế
wallet-claim-certificate_code = Mã giấy chứng nhận
wallet-claim-identity_check = Kiểm tra danh tính
wallet-claim-given_name_latin = Tên bằng chữ cái Latinh
wallet-claim-family_name_latin = Họ bằng chữ cái Latinh
wallet-heading = Giấy chứng nhận trong ví điện tử của bạn
wallet-what = Ví điện tử (wallet) là một ứng dụng trên điện thoại để lưu giấy tờ, ví dụ EUDI-Wallet. Bạn có thể lưu giấy chứng nhận vào đó và cho chủ lao động hoặc cơ quan giám sát thực phẩm xem.
wallet-pdf-stays = Bạn không cần ví điện tử: giấy chứng nhận dạng PDF vẫn có giá trị khi không có ví.
wallet-button = Thêm giấy chứng nhận vào ví điện tử
wallet-offer-heading = Thêm vào ví điện tử
wallet-offer-scan = Hãy quét mã này bằng ứng dụng ví của bạn. Nếu ví nằm trên điện thoại này, hãy chạm vào nút.
wallet-offer-qr = Mã QR cho ví điện tử
wallet-offer-open = Mở ví trên điện thoại này
wallet-offer-pin = Ví sẽ hỏi mã PIN. Mã PIN của bạn:
wallet-offer-pin-mailed = Ví sẽ hỏi mã PIN. Chúng tôi đã gửi mã PIN cho bạn qua email đến { $email }.
wallet-offer-expiry = Mã và mã PIN có hiệu lực trong 15 phút và chỉ dùng được một lần. Sau đó bạn nhận mã mới tại đây.
wallet-offer-back = Quay lại giấy chứng nhận
wallet-check-heading = Kiểm tra giấy chứng nhận từ ví điện tử
wallet-check-intro = Dành cho chủ lao động và cơ quan giám sát thực phẩm: Người đó cho xem giấy chứng nhận từ ví điện tử của mình. Để làm việc này, ví cần bên nhận này và giá trị dùng một lần này.
wallet-check-audience = Bên nhận
wallet-check-nonce = Giá trị dùng một lần
wallet-check-label = Bằng chứng từ ví (SD-JWT kèm Key-Binding-JWT)
wallet-check-button = Kiểm tra
wallet-check-valid = Hợp lệ: được cơ quan y tế ký, chưa bị thu hồi và được xuất trình bằng ví của chính người đó.
wallet-check-revoked = Đã bị thu hồi: Giấy chứng nhận này không còn giá trị.
wallet-check-development = Được ký bằng khóa thử nghiệm: Đây không phải là bằng chứng hợp lệ.
wallet-check-claims = Thông tin được xuất trình
wallet-check-office = Cơ quan cấp
wallet-check-again = Kiểm tra bằng chứng khác
wallet-check-invalid-form = Không hợp lệ: Đây không phải là bằng chứng đầy đủ từ ví điện tử.
wallet-check-invalid-signature = Không hợp lệ: Chữ ký không khớp, hoặc bên cấp không phải là cơ quan y tế của dịch vụ này.
wallet-check-invalid-disclosure = Không hợp lệ: Một thông tin đã bị thay đổi.
wallet-check-invalid-binding = Không hợp lệ: Bằng chứng không được xuất trình bằng ví của chính người đó.
wallet-check-invalid-audience = Không hợp lệ: Giá trị dùng một lần không rõ, đã hết hạn hoặc đã được dùng. Hãy tải lại trang và xuất trình lại bằng chứng.
wallet-check-invalid-time = Không hợp lệ: Bằng chứng đã quá cũ. Hãy xuất trình lại.
