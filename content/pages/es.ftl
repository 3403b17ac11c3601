# Page texts for learners (Spanish), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Instrucción según el § 43 Infektionsschutzgesetz (Ley de Protección contra Infecciones)
machine-translation-notice = Esta traducción se ha hecho de forma automática y no ha sido revisada. El texto vinculante es el alemán.
machine-translation-link = Leer en alemán
skip-to-content = Ir al contenido
language-label = Idioma
language-submit = Cambiar idioma
footer-accessibility = Accesibilidad
footer-privacy = Protección de datos
footer-imprint = Aviso legal
footer-verify = Comprobar un certificado

## Página de inicio

start-heading = Instrucción en línea para trabajar con alimentos
start-intro = Si en su profesión elabora, manipula o comercializa determinados alimentos, o trabaja en cocinas de restaurantes, comedores colectivos o establecimientos similares (§ 42, apartados 1 y 2, de la IfSG), necesita un certificado de la oficina de salud antes del primer día de trabajo. Aquí hace la instrucción en línea y recibe el certificado enseguida.
start-how-heading = Así funciona
start-step-videos = Verá { $chapters } vídeos cortos con subtítulos, en total unos { $minutes } minutos.
start-step-quiz = Responderá algunas preguntas sobre los vídeos.
start-step-declaration = Declarará que no conoce ningún motivo para una prohibición de trabajar.
start-step-certificate = Recibirá el certificado como archivo PDF.
start-bring-heading = Qué necesita
start-bring = Su documento de identidad o pasaporte (para escribir bien su nombre), unos { $total } minutos de tiempo y sonido o auriculares.
start-cost-heading = Precio
start-cost = El precio lo fija su oficina de salud. Lo verá cuando haya elegido su oficina de salud.
start-find-office = Buscar su oficina de salud
postcode-label = Código postal de su lugar de residencia
postcode-hint = 5 cifras, por ejemplo 99999
postcode-search = Buscar oficina de salud
postcode-invalid = Escriba un código postal de 5 cifras.
postcode-none = Para este código postal, ninguna oficina de salud ofrece aquí la instrucción. Elija una oficina de salud de la lista o pregunte a su oficina de salud.
office-list-heading = Todas las oficinas de salud
office-choose = Empezar la instrucción con esta oficina de salud
office-not-in-language = Esta oficina de salud no ofrece la instrucción en su idioma.
resume-heading = Continuar
resume-text = Ya ha empezado. Continúe donde lo dejó.
resume-button = Continuar

## Datos personales

enrol-heading = Sus datos
enrol-intro = Escriba su nombre como en su documento de identidad o pasaporte. Estos datos aparecen en el certificado.
enrol-office = Oficina de salud
given-name-label = Nombre(s)
family-name-label = Apellido(s)
latin-intro = Solo si su nombre está escrito en otro alfabeto: su nombre en letras latinas, como en el pasaporte.
given-name-latin-label = Nombre(s) en letras latinas
family-name-latin-label = Apellido(s) en letras latinas
birth-date-label = Fecha de nacimiento
birth-date-hint = Día.Mes.Año, por ejemplo 31.12.1990 o sin puntos 31121990
email-label = Correo electrónico (opcional)
email-hint = Así le enviamos el certificado también por correo electrónico.
enrol-privacy = La oficina de salud usa sus datos solo para la instrucción y el certificado.
enrol-submit = Continuar a los vídeos
form-errors-heading = Revise sus datos:
error-given-name = Escriba su nombre como en su documento de identidad.
error-family-name = Escriba sus apellidos como en su documento de identidad.
error-latin = En el certificado, su nombre solo se puede imprimir en letras latinas. Escríbalo también en letras latinas, como aparece en el pasaporte.
error-birth-date = Escriba su fecha de nacimiento así: Día.Mes.Año, por ejemplo 31.12.1990 o 31121990.
error-birth-date-no-such-day = Este día no existe. Revise el día y el mes.
error-birth-date-two-digit-year = Escriba el año con cuatro cifras, por ejemplo 1990 en lugar de 90.
error-birth-date-future = Esta fecha está en el futuro. Revise el año.
error-birth-date-too-young = La instrucción solo es posible a partir de los { $min } años.
error-birth-date-implausible = Revise el año: la fecha está demasiado lejos en el pasado.
error-name-character = El carácter «{ $character }» no está permitido en un nombre. Se permiten letras, espacios, apóstrofo, guion y punto.
error-name-too-long = El nombre es demasiado largo: como máximo { $max } caracteres.
error-name-no-letter = Un nombre necesita al menos una letra.
error-title-prefix = Error:
error-email = Revise la dirección de correo electrónico o deje el campo vacío.
error-name-invisible = El nombre contiene un carácter invisible o un salto de línea (por ejemplo, un carácter de relleno). Vuelva a escribir el nombre en lugar de pegarlo.
error-name-direction = El nombre contiene un carácter de control de la dirección del texto que cambia cómo se muestra el nombre. Vuelva a escribir el nombre.
error-name-joiner = El nombre contiene un carácter de unión invisible en un lugar incorrecto. Solo se permite entre dos letras de una escritura como el árabe, el persa o el hindi.
error-name-mixed-script = Una palabra del nombre mezcla letras latinas con letras cirílicas o griegas que se ven iguales (por ejemplo, М y M). Escriba cada palabra en una sola escritura, como en su pasaporte.
error-email-plain = Indique solo la dirección de correo electrónico, por ejemplo nombre@ejemplo.es: sin un nombre delante, sin los signos < y >, y con un nombre de dominio en lugar de una dirección IP.

## Resumen

course-heading = Su instrucción
course-progress = Vídeos vistos: { $done } de { $total }
chapter-done = visto
chapter-open = aún no visto
resume-link-heading = Continuar más tarde
resume-link-text = Con este enlace puede continuar más tarde, también en otro dispositivo. No se lo dé a nadie.
next-quiz = Continuar a las preguntas
quiz-locked = Las preguntas se abren cuando haya visto todos los vídeos.

## Capítulo

chapter-of = Capítulo { $number } de { $total }
video-noscript = Para contar lo que ha visto, esta página necesita JavaScript. Active JavaScript. Todo lo demás funciona también sin él.
video-status = Visto: { $percent } %
video-status-done = Ha visto este vídeo completo.
video-status-offline = No hay conexión. Su progreso se enviará cuando vuelva la conexión.
video-hint = Vea cada vídeo completo. Si adelanta el vídeo, esa parte no cuenta.
video-narrated-in = El vídeo está narrado en { $narration }. Los subtítulos están en { $captions }.
video-sign-language = Lengua de signos (DGS)
chapter-text-heading = El texto del vídeo
chapter-next = Capítulo siguiente
chapter-overview = Ir al resumen

## Preguntas

quiz-heading = Preguntas sobre la instrucción
quiz-intro = Responda { $count } preguntas. En algunas preguntas hay varias respuestas correctas: elija todas las correctas. Aprueba con un { $percent } % de respuestas correctas.
quiz-start = Empezar las preguntas
quiz-question = Pregunta { $number } de { $count }
quiz-submit = Enviar respuestas
quiz-passed = Aprobado: { $score } de { $count } respuestas correctas.
quiz-failed = No ha aprobado: { $score } de { $count } respuestas correctas.
quiz-retry = Intentarlo otra vez
quiz-attempts-left = Intentos que le quedan: { $left }.
quiz-rewatch = Ha usado todos los intentos. Vea otra vez los vídeos. Después podrá responder otra vez a las preguntas.
quiz-correct = Correcto
quiz-wrong = Incorrecto
quiz-next = Continuar a la declaración
quiz-choose-all = Elija todas las respuestas correctas.
quiz-your-answer = Su respuesta
quiz-right-answer = La respuesta correcta
quiz-no-answer = sin respuesta
quiz-next-question = Siguiente
quiz-previous = Volver a la pregunta anterior
quiz-to-review = Continuar a sus respuestas
quiz-review-heading = Sus respuestas
quiz-review-intro = Revise sus respuestas. Con «Cambiar» vuelve a la pregunta. Después envíe las respuestas.
quiz-change = Cambiar

## Declaración

declaration-heading = Su declaración
declaration-confirm = Sí, lo declaro.
declaration-handover-heading = Por favor, entregue ahora el dispositivo
declaration-handover = Usted tiene menos de 18 años. Por eso, la declaración la hace por usted su madre, su padre o su tutor (§ 43, apartado 6, de la IfSG). Por favor, entregue ahora el dispositivo a esa persona.
declaration-handover-continue = Soy la madre, el padre o el tutor – continuar
declaration-carer-link = Una curadora o un curador (Betreuer) hace la declaración por mí
declaration-representative-heading = Declaración por otra persona
declaration-representative-intro = Usted hace la declaración por { $name }. Escriba su propio nombre como figura en su documento de identidad.
declaration-representative-facts = Son hechos que justifican una prohibición de trabajar, por ejemplo: diarrea con más de dos deposiciones líquidas al día; vómitos; fiebre alta con fuerte dolor de cabeza, de barriga o de las articulaciones; piel amarilla u ojos amarillos; heridas o zonas de la piel con pus o que rezuman líquido; o que un médico o un laboratorio haya detectado Salmonella, Shigella, EHEC, gérmenes de la fiebre tifoidea o del cólera, o hepatitis A o E. Si conoce hechos así respecto de { $name }, no haga la declaración y diríjase a la oficina de salud.
declaration-role-legend = Usted hace la declaración como
declaration-role-parent = Madre o padre con la patria potestad
declaration-role-guardian = Tutor (nombrado por el tribunal de familia)
declaration-role-carer = Curadora o curador (Betreuer); sus funciones incluyen esta declaración
representative-given-name-label = Su nombre
representative-family-name-label = Sus apellidos
declaration-representative-next = Continuar a la declaración
declaration-german-heading = Texto alemán vinculante
declaration-translation-heading = Traducción
error-role = Por favor, elija en calidad de qué hace la declaración.
error-representative-is-holder = Por favor, escriba su propio nombre: la declaración la hace la persona que actúa por otra persona, no la propia persona que recibió la instrucción.
declaration-submit = Hacer la declaración y recibir el certificado
declaration-required = Confirme la declaración. Si conoce motivos para una prohibición de trabajar, no puede empezar a trabajar: diríjase a su oficina de salud.

## Terminado

done-heading = ¡Lo ha conseguido! Aquí tiene su certificado.
done-code = Código del certificado
done-download = Descargar el certificado (PDF)
done-view = Ver el certificado como página web: para la lectura en voz alta y para imprimir
certificate-view-heading = Su certificado
certificate-view-intro = Es el mismo certificado que el archivo PDF, como página web para la lectura en voz alta y para imprimir. Cada versión se puede comprobar con el código.
done-mailed = También enviamos el certificado a { $email }.
done-employer = Entregue el certificado a su empleador. El primer día de trabajo, el certificado no puede tener más de tres meses.
done-verify = Cualquier persona puede comprobar el certificado con el código QR.

## Errores

error-heading = No ha funcionado
error-not-found = Esta página no existe.
error-session = Esta instrucción se empezó en otro dispositivo, o el enlace está incompleto. Abra el enlace que guardó.
error-expired = El formulario estuvo abierto demasiado tiempo. Inténtelo otra vez.
error-unavailable = El servicio no está disponible en este momento. Sus datos están guardados. Inténtelo otra vez dentro de unos minutos.
error-too-many = Se acaban de iniciar demasiadas inscripciones desde su conexión a internet. Por favor, inténtelo de nuevo dentro de unos minutos.
error-back = Volver al inicio

## Páginas de la oficina de salud

accessibility-heading = Declaración de accesibilidad
privacy-heading = Aviso de protección de datos
imprint-heading = Aviso legal
accessibility-sign-language = Capítulos con un vídeo en lengua de signos alemana (DGS): { $chapters }.
accessibility-sign-language-none = Todavía ningún capítulo tiene un vídeo en lengua de signos alemana (DGS).
imprint-pictures = Las imágenes de los vídeos son de OpenMoji (openmoji.org), con la licencia CC BY-SA 4.0.
privacy-short-heading = Lo más importante en resumen
privacy-short = { $office } trata su nombre, su fecha de nacimiento, sus respuestas y su declaración para darle la instrucción según el § 43 de la Infektionsschutzgesetz y emitirle el certificado. El certificado se emite automáticamente cuando usted ha visto todos los vídeos, ha superado las preguntas y ha hecho la declaración. Quien conoce el código del certificado puede comprobarlo y ve su nombre, su fecha de nacimiento, la fecha de la instrucción y si el certificado es válido. Una instrucción no terminada se borra a los { $days } días; un certificado, a los { $years } años. Usted tiene derecho de acceso, de rectificación y a presentar una reclamación. Preguntas a: { $email }.
privacy-full-german = A continuación sigue el aviso completo de protección de datos en alemán; ese texto es el vinculante.
office-text-german = La oficina de salud publica este texto solo en alemán.
privacy-sections-heading = El aviso completo de protección de datos
privacy-section-previous = Sección anterior
privacy-section-next = Sección siguiente
privacy-section-overview = Todas las secciones del aviso de protección de datos

## Links, access and the certificate by one-time code

resume-link-create = Crear un enlace
resume-link-once = El enlace solo funciona una vez y durante { $days } días.
resume-link-copy = Copiar el enlace
resume-link-copied = Copiado
resume-link-mail = Enviar un enlace a mi dirección de correo electrónico
resume-link-mailed = Hemos enviado un nuevo enlace a su dirección de correo electrónico. Solo funciona una vez.
resume-link-no-address = No ha indicado ninguna dirección de correo electrónico. Cree el enlace aquí y anótelo.
resume-spent-heading = Este enlace ya no es válido
resume-spent-text = El enlace ya se ha usado o ha caducado. Cada enlace solo funciona una vez.
resume-spent-mail = Podemos enviarle un nuevo enlace a su dirección de correo electrónico.
resume-spent-mail-button = Enviar un nuevo enlace por correo electrónico
resume-spent-no-mail = No hay ninguna dirección de correo electrónico guardada para esta instrucción. Abra la instrucción en el navegador donde la empezó o diríjase a la oficina de salud.
resume-mailed = Hemos enviado un nuevo enlace a su dirección de correo electrónico. Solo funciona una vez.
error-access-ended = Su certificado ya se ha emitido. Para protegerle, este acceso ya no lo abre. Obtiene el PDF con el código del certificado, su fecha de nacimiento y un código de un solo uso por correo electrónico.
pdf-heading = Descargar el certificado
pdf-intro = Introduzca el código del certificado y su fecha de nacimiento. Enviamos un código de un solo uso a la dirección de correo electrónico que indicó al inscribirse.
pdf-send = Enviar código de un solo uso
pdf-sent = Si los datos coinciden con un certificado con dirección de correo electrónico, hemos enviado allí un código de un solo uso. Es válido durante { $minutes } minutos.
pdf-one-time-label = Código de un solo uso del correo electrónico
pdf-download = Descargar PDF
pdf-view = Ver como página web: para la lectura en voz alta o para imprimir
pdf-code-wrong = El código de un solo uso es incorrecto o ya no es válido. Tras 5 intentos deja de ser válido: pida entonces uno nuevo.
pdf-code-malformed = Compruebe el código del certificado: 16 caracteres, por ejemplo ABCD-EFGH-JKMN-PQRS.
pdf-office = ¿No indicó ninguna dirección de correo electrónico? La oficina de salud le emite una nueva copia.

## Verify page (/pruefen)

verify-title = Comprobar un certificado
verify-intro = Aquí la oficina de salud, los empleadores y el control de alimentos comprueban un certificado según el § 43, apartado 1, de la IfSG.
verify-enter-code = Código del certificado
verify-code-hint = 16 caracteres, por ejemplo ABCD-EFGH-JKMN-PQRS
verify-check = Comprobar
verify-valid = Válido: este certificado fue emitido y no ha sido declarado no válido.
verify-revoked = Declarado no válido: este certificado ya no es válido.
verify-unknown = Desconocido: no hay ningún certificado con este código.
verify-deleted = Borrado al terminar el plazo de conservación: la oficina de salud emitió un certificado con este código y borró sus datos tras el plazo de conservación. El certificado sigue siendo válido; ya no es posible emitir un duplicado.
verify-deleted-revoked = Borrado al terminar el plazo de conservación: este certificado había sido declarado no válido. Sus datos se borraron tras el plazo de conservación.
verify-deleted-check = El nombre y la fecha de nacimiento ya no están guardados. Compruebe la identidad de la persona con la firma digital del código QR (abajo) y con un documento de identidad.
verify-issued-at = Emitido el
verify-deleted-at = Borrado el
verify-typo = Error de escritura: este código no puede existir. Compárelo carácter por carácter.
verify-malformed = Esto no es un código de certificado (16 caracteres de cifras y letras).
verify-holder = Titular
verify-latin-spelling = Grafía del pasaporte (letras latinas)
verify-birth-date = Fecha de nacimiento
verify-instructed-at = Instrucción el
verify-issuer = Emitido por
verify-guardian = Declaración hecha por (§ 43, apartado 6, de la IfSG)
verify-revoked-at = Declarado no válido el
verify-reason = Motivo
verify-valid-until = Válido para empezar el trabajo por primera vez hasta el { $date }; después, válido sin límite de tiempo.
verify-signature-heading = Firma digital del código QR
verify-signature-noscript = Sin JavaScript, esta página comprueba el registro de la oficina de salud (arriba). Con JavaScript, comprueba además la firma del código QR.
verify-signature-none = Esta página se abrió sin código QR; no hay ninguna firma que comprobar.
verify-signature-checking = Comprobando la firma …
verify-signature-valid = La firma es auténtica y corresponde a este certificado.
verify-signature-invalid = La firma NO es válida: los datos se han modificado o no proceden de la oficina de salud.
verify-upload-heading = Comprobar un archivo PDF
verify-upload-hint = Comprueba si un archivo PDF es exactamente como lo emitió la oficina de salud.
verify-upload = Comprobar archivo
verify-upload-exact = Este archivo se emitió exactamente así.
verify-upload-not-exact = Este archivo NO se emitió así (modificado o de otro certificado).
verify-upload-missing = Elija un archivo PDF.
verify-language = Idioma
verify-development-key = Clave de desarrollo — no válido: este certificado se firmó con una clave de desarrollo (prueba o demostración) y no es un certificado válido de la oficina de salud.
verify-signature-development = La firma procede de una clave de desarrollo — no válida. Un certificado así es solo una prueba.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Emitido por error
verify-revocation-replaced = Sustituido por un nuevo certificado
verify-revocation-obtained-by-deception = Obtenido mediante engaño
verify-revocation-other = Otro motivo

## Cómo se comprueba la identidad

identity-heading = Cómo comprobamos quién es usted
identity-intro = El certificado lleva su nombre. Por eso la oficina de salud comprueba que es usted de verdad. Elija cómo:
identity-choose = Elija cómo quiere demostrar su identidad.
identity-staff = Mostrar el documento de identidad en la oficina de salud
identity-staff-needs = Ahora hace la instrucción en línea. Después muestra su documento de identidad, su pasaporte o su permiso de residencia en la oficina de salud: en persona o en una videollamada. Solo entonces recibe el certificado.
identity-bundid = Con el documento de identidad en línea (BundID)
identity-bundid-needs = Necesita: su documento de identidad con la función en línea, un smartphone con NFC y su PIN de seis cifras. Recibe el certificado enseguida.
identity-none = Esta oficina de salud no comprueba su documento de identidad. El certificado solo es válido junto con un documento oficial de identidad con fotografía.
identity-bundid-login = Iniciar sesión con el documento de identidad en línea
identity-or-typed = O escriba sus datos usted mismo
identity-bundid-fixed = Su nombre y su fecha de nacimiento vienen de su documento de identidad en línea. Aquí no puede cambiarlos.
bundid-refused-title = No se pudo iniciar sesión con el documento de identidad en línea
bundid-refused = No se ha guardado nada. Inicie sesión otra vez.
bundid-too-low = Esta oficina de salud exige el documento de identidad en línea. Su inicio de sesión tenía un nivel de seguridad más bajo. Inicie sesión con su documento de identidad y su PIN.
bundid-expired = Su sesión ha caducado. Inicie sesión otra vez.
bundid-again = Iniciar sesión otra vez
pending-heading = Casi listo: muestre su documento de identidad
pending-intro = Su declaración está guardada. La oficina de salud emite el certificado en cuanto haya comprobado su documento de identidad. Indique entonces su número de expediente.
pending-case = Su número de expediente
pending-office = Cómo seguir con la oficina de salud:
pending-booking = Reservar una videollamada
pending-rejected = La oficina de salud no ha podido confirmar su identidad. Diríjase a la oficina de salud.

## Fees
fee-free = La instrucción es gratuita.
fee-before-course = La instrucción cuesta { $amount }. Usted paga antes del curso.
fee-before-certificate = La instrucción cuesta { $amount }. Usted paga después de la instrucción, antes de recibir el certificado.
fee-heading = Pagar la tasa
fee-intro-course = La instrucción cuesta { $amount }. Pague primero, por favor. Después empieza el curso.
fee-intro-certificate = Su declaración está guardada. La instrucción cuesta { $amount }. En cuanto haya pagado, recibirá su certificado.
fee-online-heading = Pagar en línea
fee-online-text = Usted paga en el servicio de pago del estado federado, por ejemplo con tarjeta de crédito, PayPal o a través de su banco. Después vuelve aquí.
fee-online-button = Pagar { $amount } ahora
fee-online-missing = En esta oficina de salud todavía no se puede pagar en línea. Pague con un vale o en la oficina de salud.
fee-payment-open = Su pago todavía está pendiente. Si ya ha pagado, espere un momento y vuelva a cargar esta página.
fee-payment-cancelled = El pago se ha cancelado. Puede intentarlo otra vez.
fee-payment-failed = El pago no ha funcionado. Puede intentarlo otra vez o pagar de otra forma.
fee-unavailable = El servicio de pago no está disponible en este momento. Inténtelo otra vez dentro de unos minutos. Sus datos siguen guardados.
fee-not-offered = Esta oficina de salud no ofrece esta opción.
fee-voucher-heading = Pagar con un vale
fee-voucher-label = Código del vale (por ejemplo ABCD-EFGH-JKMN)
fee-voucher-button = Canjear el vale
fee-voucher-invalid = Este vale no es válido. Es desconocido, ya se ha usado o ha caducado.
fee-voucher-typo = El código tiene un error de escritura. Compruebe cada carácter.
fee-waiver-heading = Exención de la tasa
fee-waiver-text = La oficina de salud exime de la tasa para:
fee-waiver-volunteer = trabajo voluntario, por ejemplo en una asociación o en la Tafel (banco de alimentos)
fee-waiver-internship = unas prácticas escolares
fee-waiver-benefits = personas que reciben Bürgergeld (ingreso ciudadano), Sozialhilfe (ayuda social) o Asylbewerberleistungen (prestaciones para solicitantes de asilo)
fee-waiver-reason = Motivo breve, por ejemplo el nombre de la asociación o del colegio
fee-waiver-button = Solicitar la exención
fee-waiver-staff-note = La oficina de salud revisa su solicitud. Puede pedirle un justificante.
fee-waiver-choose = Elija por qué motivo solicita la exención.
fee-waiver-reason-missing = Escriba un motivo breve (como máximo { $max } caracteres).
fee-waiver-pending = Su solicitud de exención está guardada. La oficina de salud la está revisando. Vuelva a mirar esta página más tarde.
fee-waiver-refused = La oficina de salud no ha concedido la exención. Pague la tasa, por favor.
fee-desk = También puede pagar la tasa en la oficina de salud.
done-fee-online = Pagado: { $amount } el { $date }, referencia de pago { $reference }.
done-fee-voucher = Pagado con el vale { $reference } el { $date }.
done-fee-waiver = Exención de la tasa concedida el { $date }.
done-fee-desk = Pagado en la oficina de salud: { $amount } el { $date }.

## Wallet
wallet-credential-name = Certificado según el § 43 Infektionsschutzgesetz (Ley de Protección contra Infecciones)
wallet-claim-given_name = Nombre
wallet-claim-family_name = Apellido(s)
wallet-claim-birthdate = Fecha de nacimiento
wallet-claim-instructed_on = Fecha de la instrucción
wallet-claim-issuing_authority = Oficina de salud
wallet-claim-certificate_code = Código del certificado
wallet-claim-identity_check = Comprobación de la identidad
wallet-claim-given_name_latin = Nombre en letras latinas
wallet-claim-family_name_latin = Apellido(s) en letras latinas
wallet-heading = El certificado en su cartera digital
wallet-what = Una cartera digital (wallet) es una aplicación del móvil para guardar justificantes, por ejemplo la EUDI-Wallet. Puede guardar allí el certificado y mostrarlo a su empleador o al control de alimentos.
wallet-pdf-stays = No necesita una cartera digital: el certificado en PDF también es válido sin ella.
wallet-button = Añadir el certificado a la cartera digital
wallet-offer-heading = Añadir a la cartera digital
wallet-offer-scan = Escanee este código con la aplicación de su cartera. Si la cartera está en este móvil, toque el botón.
wallet-offer-qr = Código QR para la cartera digital
wallet-offer-open = Abrir la cartera en este móvil
wallet-offer-pin = La cartera le pide un PIN. Su PIN:
wallet-offer-pin-mailed = La cartera le pide un PIN. Se lo hemos enviado por correo electrónico a { $email }.
wallet-offer-expiry = El código y el PIN valen 15 minutos y solo una vez. Después recibirá aquí otros nuevos.
wallet-offer-back = Volver al certificado
wallet-check-heading = Comprobar un certificado de una cartera digital
wallet-check-intro = Para empleadores y control de alimentos: la persona muestra el certificado desde su cartera digital. Para ello, la cartera necesita este destinatario y este valor de un solo uso.
wallet-check-audience = Destinatario
wallet-check-nonce = Valor de un solo uso
wallet-check-label = Justificante de la cartera (SD-JWT con Key-Binding-JWT)
wallet-check-button = Comprobar
wallet-check-valid = Válido: firmado por la oficina de salud, no revocado y mostrado con la cartera de la persona.
wallet-check-revoked = Revocado: este certificado ya no es válido.
wallet-check-development = Firmado con una clave de prueba: no es un justificante válido.
wallet-check-claims = Datos mostrados
wallet-check-office = Emitido por
wallet-check-again = Comprobar otro justificante
wallet-check-invalid-form = No válido: no es un justificante completo de una cartera digital.
wallet-check-invalid-signature = No válido: la firma no coincide, o el emisor no es una oficina de salud de este servicio.
wallet-check-invalid-disclosure = No válido: se ha modificado un dato.
wallet-check-invalid-binding = No válido: el justificante no se mostró con la cartera de la persona.
wallet-check-invalid-audience = No válido: el valor de un solo uso es desconocido, ha caducado o ya se ha usado. Vuelva a cargar la página y muestre el justificante otra vez.
wallet-check-invalid-time = No válido: el justificante es demasiado antiguo. Muéstrelo otra vez.
