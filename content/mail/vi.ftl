# E-mail texts (Vietnamese). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Giấy chứng nhận của bạn theo § 43 IfSG
certificate-body =
    Xin chào { $name },

    Bạn đã hoàn thành buổi hướng dẫn theo § 43 Abs. 1 Luật Phòng chống bệnh truyền nhiễm (Infektionsschutzgesetz). Giấy chứng nhận của bạn được gửi kèm thư này dưới dạng tệp PDF.

    Cơ quan cấp: { $office }

    Mã giấy chứng nhận: { $code }
    Bất kỳ ai cũng có thể kiểm tra giấy chứng nhận tại đây: { $verify_url }

    Giấy chứng nhận của bạn dưới dạng trang web để đọc, đọc to và in (có mã dùng một lần): { $view_url }

    Hãy đưa giấy chứng nhận cho chủ lao động của bạn. Vào ngày làm việc đầu tiên, giấy chứng nhận không được cũ quá ba tháng. Hãy giữ tệp này cẩn thận.

reissue-subject = Bản mới của giấy chứng nhận của bạn theo § 43 IfSG
reissue-body =
    Xin chào { $name },

    Bạn nhận được một bản mới của giấy chứng nhận dưới dạng tệp PDF gửi kèm thư này. Bản thân giấy chứng nhận không thay đổi.

    Cơ quan cấp: { $office }

    Mã giấy chứng nhận: { $code }
    Bất kỳ ai cũng có thể kiểm tra giấy chứng nhận tại đây: { $verify_url }

    Giấy chứng nhận của bạn dưới dạng trang web để đọc, đọc to và in (có mã dùng một lần): { $view_url }

resume-subject = Liên kết đến buổi hướng dẫn của bạn
resume-body =
    Xin chào { $name },

    với liên kết này bạn tiếp tục buổi hướng dẫn:
    { $link }

    Liên kết chỉ dùng được một lần. Đừng đưa cho ai.

pdf-code-subject = Mã dùng một lần cho giấy chứng nhận
pdf-code-body =
    Xin chào { $name },

    mã dùng một lần của bạn: { $one_time_code }

    Nhập mã tại { $link } để tải giấy chứng nhận { $code }. Mã chỉ có hiệu lực trong thời gian ngắn và chỉ một lần.

    Bạn không yêu cầu mã? Hãy xóa tin nhắn này.

footer = Thư này được gửi tự động. Nếu có câu hỏi, xin liên hệ: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Đã trả lệ phí: { $amount } ngày { $date }, mã thanh toán { $reference }.
fee-voucher = Lệ phí đã được thanh toán bằng voucher { $reference }.
fee-waiver = Bạn được miễn lệ phí.
fee-desk = Đã trả lệ phí tại cơ quan y tế: { $amount } ngày { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Mã PIN của bạn cho ví điện tử
wallet-pin-body =
    Xin chào { $name },

    mã PIN của bạn cho giấy chứng nhận trong ví điện tử: { $one_time_code }

    Ứng dụng ví sẽ hỏi mã PIN này khi bạn quét mã QR. Mã PIN có hiệu lực trong 15 phút và chỉ một lần.

    Bạn không yêu cầu việc này? Hãy xóa tin nhắn này.
