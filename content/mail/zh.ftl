# E-mail texts (Chinese, Simplified). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = 您依据 § 43 IfSG 获得的证明
certificate-body =
    { $name }，您好：

    您已完成依据《感染防护法》（Infektionsschutzgesetz）§ 43 Abs. 1 进行的培训。您的证明已作为 PDF 文件附在本邮件中。

    签发机构：{ $office }

    证明代码：{ $code }
    任何人都可以在这里核查该证明：{ $verify_url }

    您的证明的网页版，可阅读、朗读和打印（需使用一次性验证码）：{ $view_url }

    请将证明交给您的雇主。在第一个工作日，证明的日期不得超过三个月。请妥善保存此文件。

reissue-subject = 您依据 § 43 IfSG 获得的证明：新副本
reissue-body =
    { $name }，您好：

    您的证明的新副本已作为 PDF 文件附在本邮件中。证明本身没有改变。

    签发机构：{ $office }

    证明代码：{ $code }
    任何人都可以在这里核查该证明：{ $verify_url }

    您的证明的网页版，可阅读、朗读和打印（需使用一次性验证码）：{ $view_url }

resume-subject = 您的培训链接
resume-body =
    { $name }，您好：

    通过此链接继续您的培训：
    { $link }

    该链接只能使用一次。请勿转交他人。

pdf-code-subject = 您的证明一次性验证码
pdf-code-body =
    { $name }，您好：

    您的一次性验证码：{ $one_time_code }

    请在 { $link } 输入该验证码，下载证明 { $code }。验证码仅在短时间内有效，且只能使用一次。

    您没有申请验证码？请删除此邮件。

footer = 此邮件为自动发送。如有问题，请联系：{ $office }，{ $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = 费用已于 { $date } 支付：{ $amount }，付款参考号 { $reference }。
fee-voucher = 费用已用代金券 { $reference } 结清。
fee-waiver = 您已获免除费用。
fee-desk = 费用已于 { $date } 在卫生局支付：{ $amount }。

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = 您的数字钱包 PIN 码
wallet-pin-body =
    { $name }，您好：

    用于把证明添加到数字钱包的 PIN 码：{ $one_time_code }

    扫描二维码时，钱包应用会要求输入此 PIN 码。PIN 码有效期为 15 分钟，且只能使用一次。

    您没有申请过？请删除此邮件。
