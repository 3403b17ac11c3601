# Page texts for learners (Simplified Chinese), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = 依据 § 43 Infektionsschutzgesetz（《感染防护法》）的培训
machine-translation-notice = 本译文由机器翻译，未经审核。以德文文本为准。
machine-translation-link = 阅读德文版
skip-to-content = 跳到正文
language-label = 语言
language-submit = 切换语言
footer-accessibility = 无障碍
footer-privacy = 数据保护
footer-imprint = 法律信息
footer-verify = 核查证明

## Start page

start-heading = 食品工作在线培训
start-intro = 以职业身份生产、加工或销售特定食品，或在餐馆、食堂及类似机构的厨房工作的人（IfSG 第42条第1款和第2款），在第一个工作日之前需要卫生局的证明。您可以在这里在线完成培训，并立即获得证明。
start-how-heading = 流程
start-step-videos = 您观看 { $chapters } 段带字幕的短视频，总共约 { $minutes } 分钟。
start-step-quiz = 您回答一些关于视频的问题。
start-step-declaration = 您声明：您不知道有任何导致工作禁令的理由。
start-step-certificate = 您会得到 PDF 文件格式的证明。
start-bring-heading = 您需要准备
start-bring = 您的身份证件或护照（用来准确填写您的姓名）、约 { $total } 分钟时间，以及声音或耳机。
start-cost-heading = 费用
start-cost = 费用由您的卫生局规定。选择卫生局后，您就能看到费用。
start-find-office = 查找您的卫生局
postcode-label = 您居住地的邮政编码
postcode-hint = 5位数字，例如 99999
postcode-search = 查找卫生局
postcode-invalid = 请输入5位数字的邮政编码。
postcode-none = 对于这个邮政编码，这里没有卫生局提供培训。请从列表中选择一个卫生局，或询问您的卫生局。
office-list-heading = 所有卫生局
office-choose = 在这个卫生局开始培训
office-not-in-language = 这个卫生局不提供您所用语言的培训。
resume-heading = 继续
resume-text = 您已经开始了。请从上次停下的地方继续。
resume-button = 继续

## Personal details

enrol-heading = 您的信息
enrol-intro = 请按照您的身份证件或护照上的写法填写姓名。这些信息会写在证明上。
enrol-office = 卫生局
given-name-label = 名
family-name-label = 姓
latin-intro = 仅当您的姓名用其他文字书写时填写：按照护照上的写法，用拉丁字母填写您的姓名。
given-name-latin-label = 名（拉丁字母）
family-name-latin-label = 姓（拉丁字母）
birth-date-label = 出生日期
birth-date-hint = 日.月.年，例如 31.12.1990 或不带点 31121990
email-label = 电子邮件地址（自愿填写）
email-hint = 这样我们也会通过电子邮件把证明发给您。
enrol-privacy = 卫生局只将您的信息用于培训和证明。
enrol-submit = 继续观看视频
form-errors-heading = 请检查您的信息：
error-given-name = 请按照身份证件上的写法填写您的名。
error-family-name = 请按照身份证件上的写法填写您的姓。
error-latin = 证明上的姓名只能用拉丁字母打印。请同时按照护照上的写法填写您的姓名。
error-birth-date = 请这样填写出生日期：日.月.年，例如 31.12.1990 或 31121990。
error-birth-date-no-such-day = 这一天不存在。请检查日和月。
error-birth-date-two-digit-year = 请用四位数字填写年份，例如 1990，而不是 90。
error-birth-date-future = 这个日期在将来。请检查年份。
error-birth-date-too-young = 年满 { $min } 岁才能参加培训。
error-birth-date-implausible = 请检查年份：这个日期太久远了。
error-name-character = 姓名中不能使用字符“{ $character }”。只能使用字母或汉字、空格、撇号、连字符和点。
error-name-too-long = 姓名太长：最多 { $max } 个字符。
error-name-no-letter = 姓名中至少要有一个字母或汉字。
error-title-prefix = 错误：
error-email = 请检查电子邮件地址，或者将此栏留空。
error-name-invisible = 姓名中含有不可见字符或换行（例如填充字符）。请重新输入姓名，不要粘贴。
error-name-direction = 姓名中含有改变显示方式的文字方向控制字符。请重新输入姓名。
error-name-joiner = 姓名中的不可见连接字符位置不对。它只允许出现在阿拉伯文、波斯文或印地文等文字的两个字母之间。
error-name-mixed-script = 姓名中的一个词混用了拉丁字母和外形相同的西里尔字母或希腊字母（例如 М 和 M）。请像护照上那样，每个词只用一种文字书写。
error-email-plain = 请只填写电子邮件地址本身，例如 name@example.org：前面不要加姓名，不要用 < 和 >，并使用域名而不是 IP 地址。

## Overview

course-heading = 您的培训
course-progress = 已观看 { $done } / { $total } 个视频
chapter-done = 已观看
chapter-open = 尚未观看
resume-link-heading = 稍后继续
resume-link-text = 使用这个链接，您可以稍后继续，也可以在其他设备上继续。请不要把链接给任何人。
next-quiz = 继续回答问题
quiz-locked = 看完所有视频后，问题才会开放。

## Chapter

chapter-of = 第 { $number } 章，共 { $total } 章
video-noscript = 为了记录观看情况，本页面需要 JavaScript。请开启 JavaScript。其他功能不需要 JavaScript 也能使用。
video-status = 已观看：{ $percent } %
video-status-done = 此视频已完整看完。
video-status-offline = 没有网络连接。连接恢复后，您的进度会立即发送。
video-hint = 请完整观看每个视频。快进的部分不计算在内。
video-narrated-in = 视频语言：{ $narration }。字幕语言：{ $captions }。
video-sign-language = 手语（DGS）
chapter-text-heading = 视频文字内容
chapter-next = 下一章
chapter-overview = 返回概览

## Questions

quiz-heading = 培训问题
quiz-intro = 请回答 { $count } 个问题。有些问题有多个正确答案：请选出所有正确答案。正确率达到 { $percent } % 即为通过。
quiz-start = 开始答题
quiz-question = 第 { $number } 题，共 { $count } 题
quiz-submit = 提交答案
quiz-passed = 通过：{ $count } 个答案中有 { $score } 个正确。
quiz-failed = 很遗憾，未通过：{ $count } 个答案中有 { $score } 个正确。
quiz-retry = 再试一次
quiz-attempts-left = 您还有 { $left } 次机会。
quiz-rewatch = 您已用完所有机会。请重新观看视频。之后您可以再次回答问题。
quiz-correct = 正确
quiz-wrong = 错误
quiz-next = 继续填写声明
quiz-choose-all = 请选出所有正确答案。
quiz-your-answer = 您的答案
quiz-right-answer = 正确答案
quiz-no-answer = 未作答
quiz-next-question = 下一题
quiz-previous = 返回上一题
quiz-to-review = 继续查看您的答案
quiz-review-heading = 您的答案
quiz-review-intro = 请检查您的答案。点击“修改”可返回该题。然后提交答案。
quiz-change = 修改

## Declaration

declaration-heading = 您的声明
declaration-confirm = 是的，我作此声明。
declaration-handover-heading = 请现在把设备交给他人
declaration-handover = 您未满18岁。因此由您的母亲、父亲或监护人代您作出声明（IfSG 第43条第6款）。请现在把设备交给这个人。
declaration-handover-continue = 我是母亲、父亲或监护人——继续
declaration-carer-link = 由我的法定照管人（Betreuer）代我作出声明
declaration-representative-heading = 代他人作出声明
declaration-representative-intro = 您正在代 { $name } 作出声明。请按照您身份证件上的写法填写您本人的姓名。
declaration-representative-facts = 可导致工作禁令的事实例如：每天排稀便超过两次的腹泻；呕吐；高烧伴有剧烈头痛、腹痛或关节痛；皮肤发黄或眼睛发黄；有脓或渗液的伤口或皮肤部位；或者医生或实验室检出沙门氏菌、志贺菌、EHEC、伤寒或霍乱病原体，或甲型或戊型肝炎。如果您知道 { $name } 有此类事实，请不要作出声明，并联系卫生局。
declaration-role-legend = 您作出声明的身份
declaration-role-parent = 享有父母照顾权的母亲或父亲
declaration-role-guardian = 监护人（由家事法院指定）
declaration-role-carer = 法定照管人（Betreuer）；您的职责范围包括此声明
representative-given-name-label = 您的名
representative-family-name-label = 您的姓
declaration-representative-next = 继续填写声明
declaration-german-heading = 具有约束力的德文文本
declaration-translation-heading = 译文
error-role = 请选择您以何种身份作出声明。
error-representative-is-holder = 请填写您本人的姓名：声明由代他人作出声明的人作出，而不是由接受培训的人本人作出。
declaration-submit = 提交声明并获得证明
declaration-required = 请确认声明。如果您知道有导致工作禁令的理由，就不得开始工作：请联系您的卫生局。

## Done

done-heading = 完成了！这是您的证明。
done-code = 证明代码
done-download = 下载证明（PDF）
done-view = 以网页形式查看证明：可朗读，也可打印
certificate-view-heading = 您的证明
certificate-view-intro = 这与 PDF 文件是同一份证明，以网页形式呈现，便于朗读和打印。每种版本都可以用代码核查。
done-mailed = 我们也会把证明发送到 { $email }。
done-employer = 请把证明交给您的雇主。在第一个工作日，证明的日期不得超过三个月。
done-verify = 任何人都可以用二维码核查证明。

## Errors

error-heading = 出错了
error-not-found = 此页面不存在。
error-session = 此培训是在另一台设备上开始的，或者链接不完整。请打开您保存的链接。
error-expired = 表格打开的时间太长了。请再试一次。
error-unavailable = 服务暂时无法访问。您的信息已保存。请过几分钟再试。
error-too-many = 刚才从您的网络连接发起了过多的报名。请几分钟后再试。
error-back = 返回首页

## Pages of the health office

accessibility-heading = 无障碍声明
privacy-heading = 数据保护说明
imprint-heading = 法律信息
accessibility-sign-language = 有德国手语（DGS）视频的章节：{ $chapters }。
accessibility-sign-language-none = 目前还没有章节提供德国手语（DGS）视频。
imprint-pictures = 视频中的图片来自 OpenMoji（openmoji.org），采用 CC BY-SA 4.0 许可协议。
privacy-short-heading = 要点摘要
privacy-short = { $office } 处理您的姓名、出生日期、答案和声明，以便依据 § 43 Infektionsschutzgesetz（《感染防护法》）对您进行培训并为您签发证明。当您看完所有视频、通过问题测试并作出声明后，证明会自动签发。知道证明代码的人都可以核查证明，并看到您的姓名、出生日期、培训日期以及证明是否有效。未完成的培训在 { $days } 天后删除，证明在 { $years } 年后删除。您享有查询、更正和投诉的权利。如有问题，请联系：{ $email }。
privacy-full-german = 以下是完整的德文数据保护说明；以该文本为准。
office-text-german = 卫生局只提供此文本的德文版。
privacy-sections-heading = 完整的数据保护说明
privacy-section-previous = 上一节
privacy-section-next = 下一节
privacy-section-overview = 数据保护说明的所有章节

## Links, access and the certificate by one-time code

resume-link-create = 创建链接
resume-link-once = 该链接只能使用一次，有效期 { $days } 天。
resume-link-copy = 复制链接
resume-link-copied = 已复制
resume-link-mail = 将链接发送到我的电子邮件地址
resume-link-mailed = 我们已向您的电子邮件地址发送了一个新链接。它只能使用一次。
resume-link-no-address = 您没有填写电子邮件地址。请在这里创建链接，并把它记下来。
resume-spent-heading = 此链接已失效
resume-spent-text = 该链接已被使用或已过期。每个链接只能使用一次。
resume-spent-mail = 我们可以向您的电子邮箱发送一个新链接。
resume-spent-mail-button = 通过电子邮件发送新链接
resume-spent-no-mail = 此培训没有保存电子邮箱地址。请在您开始培训的浏览器中打开，或联系卫生局。
resume-mailed = 我们已向您的电子邮箱发送了一个新链接。它只能使用一次。
error-access-ended = 您的证明已经签发。为保护您，此访问方式不再能打开它。您可以凭证明代码、出生日期和通过电子邮件收到的一次性验证码获取 PDF。
pdf-heading = 下载证明
pdf-intro = 请输入证明代码和您的出生日期。我们会向您注册时填写的电子邮箱发送一次性验证码。
pdf-send = 发送一次性验证码
pdf-sent = 如果信息与一份留有电子邮箱的证明相符，我们已向该邮箱发送一次性验证码。有效期 { $minutes } 分钟。
pdf-one-time-label = 邮件中的一次性验证码
pdf-download = 下载 PDF
pdf-view = 以网页形式查看：可朗读，也可打印
pdf-code-wrong = 一次性验证码错误或已失效。尝试 5 次后即失效：届时请重新申请。
pdf-code-malformed = 请检查证明代码：16 个字符，例如 ABCD-EFGH-JKMN-PQRS。
pdf-office = 没有填写电子邮箱？卫生局可以为您补发一份。

## Verify page (/pruefen)

verify-title = 核查证明
verify-intro = 卫生局、雇主和食品监督部门可在此核查依据 IfSG 第43条第1款签发的证明。
verify-enter-code = 证明代码
verify-code-hint = 16位字符，例如 ABCD-EFGH-JKMN-PQRS
verify-check = 核查
verify-valid = 有效：此证明已签发，且未被宣布无效。
verify-revoked = 已被宣布无效：此证明已失效。
verify-unknown = 未知：没有与此代码对应的证明。
verify-deleted = 保存期满后已删除：卫生局曾为此代码签发证明，并在保存期满后删除了其数据。该证明仍然有效；但已无法再开具副本。
verify-deleted-revoked = 保存期满后已删除：此证明曾被宣布无效。其数据已在保存期满后删除。
verify-deleted-check = 姓名和出生日期已不再保存。请通过二维码中的数字签名（见下方）和身份证件核查此人。
verify-issued-at = 签发日期
verify-deleted-at = 删除日期
verify-typo = 输入错误：不可能存在这样的代码。请逐个字符核对。
verify-malformed = 这不是证明代码（应为由数字和字母组成的16位字符）。
verify-holder = 持有人
verify-latin-spelling = 护照上的拼写（拉丁字母）
verify-birth-date = 出生日期
verify-instructed-at = 培训日期
verify-issuer = 签发机构
verify-guardian = 声明作出人（IfSG 第43条第6款）
verify-revoked-at = 宣布无效日期
verify-reason = 原因
verify-valid-until = 首次从事该工作时有效期至 { $date }，此后长期有效。
verify-signature-heading = 二维码中的数字签名
verify-signature-noscript = 未启用 JavaScript 时，本页面核查卫生局的记录（见上文）。启用 JavaScript 后，本页面还会核查二维码中的签名。
verify-signature-none = 本页面打开时没有二维码，因此没有可核查的签名。
verify-signature-checking = 正在核查签名 …
verify-signature-valid = 签名真实，且与此证明相符。
verify-signature-invalid = 签名无效：数据已被更改，或并非来自卫生局。
verify-upload-heading = 核查 PDF 文件
verify-upload-hint = 核查 PDF 文件是否与卫生局签发的完全一致。
verify-upload = 核查文件
verify-upload-exact = 此文件与签发的完全一致。
verify-upload-not-exact = 此文件并非如此签发（已被更改，或属于另一份证明）。
verify-upload-missing = 请选择一个 PDF 文件。
verify-language = 语言
verify-development-key = 开发密钥——无效：此证明使用开发密钥（测试或演示）签名，不是卫生局的有效证明。
verify-signature-development = 签名来自开发密钥——无效。此类证明仅为测试。

# The public names of the revocation categories.
verify-revocation-issued-in-error = 误发
verify-revocation-replaced = 已被新证明取代
verify-revocation-obtained-by-deception = 以欺骗手段取得
verify-revocation-other = 其他原因

## How the identity is checked

identity-heading = 我们如何核实您的身份
identity-intro = 证明上写有您的姓名。因此，卫生局要核实确实是您本人。请选择方式：
identity-choose = 请选择您证明身份的方式。
identity-staff = 在卫生局出示身份证件
identity-staff-needs = 您现在在线完成培训。之后，您在卫生局出示身份证、护照或居留许可：可以到现场，也可以通过视频通话。之后您才会得到证明。
identity-bundid = 使用在线身份证（BundID）
identity-bundid-needs = 您需要：带在线功能的身份证、一部支持 NFC 的智能手机，以及您的六位数 PIN 码。您会立即得到证明。
identity-none = 这个卫生局不核实您的身份证件。证明只有与带照片的官方身份证件一起使用时才有效。
identity-bundid-login = 使用在线身份证登录
identity-or-typed = 或者自己填写您的信息
identity-bundid-fixed = 姓名和出生日期来自您的在线身份证。您不能在这里修改。
bundid-refused-title = 使用在线身份证登录没有成功
bundid-refused = 没有保存任何信息。请重新登录。
bundid-too-low = 这个卫生局要求使用在线身份证。您的登录安全级别较低。请用您的身份证和 PIN 码登录。
bundid-expired = 您的登录已过期。请重新登录。
bundid-again = 重新登录
pending-heading = 快完成了：请出示身份证件
pending-intro = 您的声明已保存。卫生局核实您的身份证件后，就会签发证明。核实时请告知您的受理编号。
pending-case = 您的受理编号
pending-office = 在卫生局这样继续办理：
pending-booking = 预约视频通话
pending-rejected = 卫生局无法确认您的身份。请联系卫生局。

## Fees
fee-free = 本培训免费。
fee-before-course = 培训费用为 { $amount }。您需要在课程开始前付款。
fee-before-certificate = 培训费用为 { $amount }。您在培训结束后、拿到证明之前付款。
fee-heading = 缴纳费用
fee-intro-course = 培训费用为 { $amount }。请先付款。然后课程开始。
fee-intro-certificate = 您的声明已保存。培训费用为 { $amount }。付款后，您就会得到证明。
fee-online-heading = 在线付款
fee-online-text = 您通过联邦州的支付服务付款，例如用信用卡、PayPal 或通过您的银行。付款后请回到这里。
fee-online-button = 现在支付 { $amount }
fee-online-missing = 这个卫生局暂时还不能在线付款。请用代金券付款，或到卫生局付款。
fee-payment-open = 您的付款尚未完成。如果您已经付款，请稍等片刻，然后重新加载本页。
fee-payment-cancelled = 付款已取消。您可以再试一次。
fee-payment-failed = 付款没有成功。您可以再试一次，或换一种方式付款。
fee-unavailable = 支付服务暂时无法访问。请过几分钟再试。您的信息仍然保存着。
fee-not-offered = 这个卫生局不提供此项服务。
fee-voucher-heading = 用代金券付款
fee-voucher-label = 代金券代码（例如 ABCD-EFGH-JKMN）
fee-voucher-button = 使用代金券
fee-voucher-invalid = 此代金券无效。它不存在、已被使用或已过期。
fee-voucher-typo = 代码有输入错误。请逐个字符检查。
fee-waiver-heading = 免除费用
fee-waiver-text = 卫生局在以下情况下免除费用：
fee-waiver-volunteer = 志愿工作，例如在协会或 Tafel（食物银行）
fee-waiver-internship = 学生实习
fee-waiver-benefits = 领取 Bürgergeld（公民津贴）、Sozialhilfe（社会救助）或 Asylbewerberleistungen（寻求庇护者福利）的人
fee-waiver-reason = 简短理由，例如协会或学校的名称
fee-waiver-button = 申请免除费用
fee-waiver-staff-note = 卫生局会审核您的申请。卫生局可能要求您提供相关材料。
fee-waiver-choose = 请选择您申请免除费用的理由。
fee-waiver-reason-missing = 请写一个简短的理由（最多 { $max } 个字符）。
fee-waiver-pending = 您的免除费用申请已保存。卫生局正在审核。请稍后再来看这个页面。
fee-waiver-refused = 卫生局没有批准免除费用。请缴纳费用。
fee-desk = 您也可以在卫生局缴纳费用。
done-fee-online = 已于 { $date } 付款 { $amount }，付款参考号 { $reference }。
done-fee-voucher = 已于 { $date } 用代金券 { $reference } 付款。
done-fee-waiver = 已于 { $date } 免除费用。
done-fee-desk = 已于 { $date } 在卫生局付款 { $amount }。

## Wallet
wallet-credential-name = 依据 § 43 Infektionsschutzgesetz（《感染防护法》）的证明
wallet-claim-given_name = 名
wallet-claim-family_name = 姓
wallet-claim-birthdate = 出生日期
wallet-claim-instructed_on = 培训日期
wallet-claim-issuing_authority = 卫生局
wallet-claim-certificate_code = 证明代码
wallet-claim-identity_check = 身份核实
wallet-claim-given_name_latin = 名（拉丁字母）
wallet-claim-family_name_latin = 姓（拉丁字母）
wallet-heading = 您数字钱包中的证明
wallet-what = 数字钱包（wallet）是手机上用来保存证件的应用，例如 EUDI-Wallet。您可以把证明保存在里面，并出示给雇主或食品监督部门。
wallet-pdf-stays = 您不一定需要数字钱包：PDF 格式的证明没有钱包也有效。
wallet-button = 把证明添加到数字钱包
wallet-offer-heading = 添加到数字钱包
wallet-offer-scan = 请用您的钱包应用扫描此二维码。如果钱包就在这部手机上，请点按按钮。
wallet-offer-qr = 用于数字钱包的二维码
wallet-offer-open = 在这部手机上打开钱包
wallet-offer-pin = 钱包会要求输入 PIN 码。您的 PIN 码：
wallet-offer-pin-mailed = 钱包会要求输入 PIN 码。我们已通过电子邮件将 PIN 码发送到 { $email }。
wallet-offer-expiry = 二维码和 PIN 码有效期为 15 分钟，且只能使用一次。之后您可以在这里获取新的。
wallet-offer-back = 返回证明
wallet-check-heading = 核查数字钱包中的证明
wallet-check-intro = 供雇主和食品监督部门使用：当事人从自己的数字钱包出示证明。为此，钱包需要这个接收方和这个一次性值。
wallet-check-audience = 接收方
wallet-check-nonce = 一次性值
wallet-check-label = 来自钱包的凭证（带 Key-Binding-JWT 的 SD-JWT）
wallet-check-button = 核查
wallet-check-valid = 有效：由卫生局签名，未被撤销，并由本人的钱包出示。
wallet-check-revoked = 已撤销：此证明已失效。
wallet-check-development = 使用测试密钥签名：这不是有效的凭证。
wallet-check-claims = 出示的信息
wallet-check-office = 签发机构
wallet-check-again = 核查另一份凭证
wallet-check-invalid-form = 无效：这不是来自钱包的完整凭证。
wallet-check-invalid-signature = 无效：签名不符，或签发方不是本服务中的卫生局。
wallet-check-invalid-disclosure = 无效：有一项信息被更改。
wallet-check-invalid-binding = 无效：此凭证不是通过本人的钱包出示的。
wallet-check-invalid-audience = 无效：一次性值未知、已过期或已被使用。请重新加载页面，再出示一次凭证。
wallet-check-invalid-time = 无效：凭证太旧。请再出示一次。
