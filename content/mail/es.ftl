# E-mail texts (Spanish). Every course language has such a file with the same messages (Project Fluent).
-review = machine

certificate-subject = Su certificado según el § 43 IfSG
certificate-body =
    Hola, { $name }:

    Ha completado la instrucción según el § 43 Abs. 1 de la Ley de Protección contra Infecciones (Infektionsschutzgesetz). Su certificado va adjunto a este mensaje como archivo PDF.

    Emitido por: { $office }

    Código del certificado: { $code }
    Cualquier persona puede comprobar el certificado aquí: { $verify_url }

    Su certificado como página web para leer, escuchar en voz alta e imprimir (con un código de un solo uso): { $view_url }

    Entregue el certificado a su empleador. El primer día de trabajo, el certificado no puede tener más de tres meses. Guarde bien el archivo.

reissue-subject = Nueva copia de su certificado según el § 43 IfSG
reissue-body =
    Hola, { $name }:

    Recibe adjunta una nueva copia de su certificado como archivo PDF. El certificado en sí no ha cambiado.

    Emitido por: { $office }

    Código del certificado: { $code }
    Cualquier persona puede comprobar el certificado aquí: { $verify_url }

    Su certificado como página web para leer, escuchar en voz alta e imprimir (con un código de un solo uso): { $view_url }

resume-subject = Su enlace a la instrucción
resume-body =
    Hola, { $name }:

    con este enlace continúa su instrucción:
    { $link }

    El enlace solo funciona una vez. No se lo dé a nadie.

pdf-code-subject = Su código de un solo uso para el certificado
pdf-code-body =
    Hola, { $name }:

    su código de un solo uso: { $one_time_code }

    Introdúzcalo en { $link } para descargar el certificado { $code }. El código solo es válido poco tiempo y una sola vez.

    ¿No ha pedido ningún código? Entonces borre este mensaje.

footer = Este mensaje se ha enviado automáticamente. Si tiene preguntas, contacte con: { $office }, { $contact }

# Fee line in the certificate e-mail, by how the fee was settled. Variables: $amount (amount), $date (day), $reference (payment reference or voucher code).
fee-online = Tasa pagada: { $amount } el { $date }, referencia de pago { $reference }.
fee-voucher = Tasa pagada con el vale { $reference }.
fee-waiver = Usted no tiene que pagar la tasa: se le ha concedido la exención.
fee-desk = Tasa pagada en la oficina de salud: { $amount } el { $date }.

# Wallet PIN e-mail, sent separately from the QR code. Variables: $name, $one_time_code (the PIN), $office.
wallet-pin-subject = Su PIN para la cartera digital
wallet-pin-body =
    Hola, { $name }:

    su PIN para el certificado en la cartera digital: { $one_time_code }

    La aplicación de la cartera le pide este PIN cuando escanea el código QR. El PIN solo es válido 15 minutos y una sola vez.

    ¿No lo ha pedido? Entonces borre este mensaje.
