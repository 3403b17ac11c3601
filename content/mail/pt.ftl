# E-mail texts (Portuguese). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = O seu certificado nos termos do § 43 IfSG
certificate-body =
    Olá, { $name },

    Concluiu a instrução nos termos do § 43 Abs. 1 da Lei de Proteção contra Infeções (Infektionsschutzgesetz). O seu certificado segue em anexo como ficheiro PDF.

    Emitido por: { $office }

    Código do certificado: { $code }
    Qualquer pessoa pode verificar o certificado aqui: { $verify_url }

    O seu certificado como página web para leitura, leitura em voz alta e impressão (com código de utilização única): { $view_url }

    Entregue o certificado ao seu empregador. No primeiro dia de trabalho, o certificado não pode ter mais de três meses. Guarde bem o ficheiro.

reissue-subject = Nova via do seu certificado nos termos do § 43 IfSG
reissue-body =
    Olá, { $name },

    Recebe em anexo uma nova via do seu certificado como ficheiro PDF. O próprio certificado não foi alterado.

    Emitido por: { $office }

    Código do certificado: { $code }
    Qualquer pessoa pode verificar o certificado aqui: { $verify_url }

    O seu certificado como página web para leitura, leitura em voz alta e impressão (com código de utilização única): { $view_url }

resume-subject = O seu link para a instrução
resume-body =
    Olá { $name },

    com este link continua a sua instrução:
    { $link }

    O link só funciona uma vez. Não o dê a ninguém.

pdf-code-subject = O seu código de utilização única para o certificado
pdf-code-body =
    Olá { $name },

    o seu código de utilização única: { $one_time_code }

    Introduza-o em { $link } para descarregar o certificado { $code }. O código só é válido por pouco tempo e uma única vez.

    Não pediu nenhum código? Então apague esta mensagem.

footer = Esta mensagem foi enviada automaticamente. Para perguntas: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Taxa paga: { $amount } em { $date }, referência de pagamento { $reference }.
fee-voucher = Taxa paga com o vale { $reference }.
fee-waiver = Tem isenção da taxa.
fee-desk = Taxa paga na autoridade de saúde: { $amount } em { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = O seu PIN para a carteira digital
wallet-pin-body =
    Olá { $name },

    o seu PIN para o certificado na carteira digital: { $one_time_code }

    A aplicação da carteira pede este PIN quando digitalizar o código QR. O PIN só é válido durante 15 minutos e uma única vez.

    Não fez este pedido? Então apague esta mensagem.
