# Page texts for learners (Portuguese), in Project Fluent syntax. Every course language has such a file with the same messages.
# Review status, as the course language's (content/README.md).
-review = machine

site-title = Instrução nos termos do § 43 Infektionsschutzgesetz (Lei de Proteção contra Infeções)
machine-translation-notice = Esta tradução foi feita automaticamente e não foi revista. O texto vinculativo é o alemão.
machine-translation-link = Ler em alemão
skip-to-content = Ir para o conteúdo
language-label = Língua
language-submit = Mudar de língua
footer-accessibility = Acessibilidade
footer-privacy = Proteção de dados
footer-imprint = Informação legal
footer-verify = Verificar um certificado

## Página inicial

start-heading = Instrução online para trabalhar com alimentos
start-intro = Quem, na sua profissão, fabrica, manipula ou coloca no mercado determinados alimentos, ou trabalha em cozinhas de restaurantes, cantinas e estabelecimentos semelhantes (§ 42, números 1 e 2, da IfSG), precisa de um certificado da autoridade de saúde antes do primeiro dia de trabalho. Aqui faz a instrução online e recebe logo o certificado.
start-how-heading = Como funciona
start-step-videos = Vê { $chapters } vídeos curtos com legendas, ao todo cerca de { $minutes } minutos.
start-step-quiz = Responde a algumas perguntas sobre os vídeos.
start-step-declaration = Declara que não conhece nenhum motivo para uma proibição de trabalhar.
start-step-certificate = Recebe o certificado num ficheiro PDF.
start-bring-heading = O que precisa
start-bring = O seu documento de identificação ou passaporte (para escrever o seu nome corretamente), cerca de { $total } minutos de tempo e som ou auscultadores.
start-cost-heading = Custos
start-cost = Os custos são definidos pela sua autoridade de saúde. Vai vê-los depois de escolher a sua autoridade de saúde.
start-find-office = Encontrar a sua autoridade de saúde
postcode-label = Código postal do local onde mora
postcode-hint = 5 algarismos, por exemplo 99999
postcode-search = Procurar autoridade de saúde
postcode-invalid = Escreva um código postal com 5 algarismos.
postcode-none = Para este código postal, nenhuma autoridade de saúde oferece aqui a instrução. Escolha uma autoridade de saúde da lista ou pergunte à sua autoridade de saúde.
office-list-heading = Todas as autoridades de saúde
office-choose = Começar a instrução com esta autoridade de saúde
office-not-in-language = Esta autoridade de saúde não oferece a instrução na sua língua.
resume-heading = Continuar
resume-text = Já começou. Continue onde parou.
resume-button = Continuar

## Dados pessoais

enrol-heading = Os seus dados
enrol-intro = Escreva o seu nome como está no seu documento de identificação ou passaporte. Estes dados aparecem no certificado.
enrol-office = Autoridade de saúde
given-name-label = Nome(s) próprio(s)
family-name-label = Apelido(s)
latin-intro = Só se o seu nome estiver escrito noutro alfabeto: o seu nome em letras latinas, como no passaporte.
given-name-latin-label = Nome(s) próprio(s) em letras latinas
family-name-latin-label = Apelido(s) em letras latinas
birth-date-label = Data de nascimento
birth-date-hint = Dia.Mês.Ano, por exemplo 31.12.1990 ou sem pontos 31121990
email-label = Endereço de e-mail (opcional)
email-hint = Assim, também lhe enviamos o certificado por e-mail.
enrol-privacy = A autoridade de saúde usa os seus dados apenas para a instrução e para o certificado.
enrol-submit = Continuar para os vídeos
form-errors-heading = Verifique os seus dados:
error-given-name = Escreva o seu nome próprio, como está no documento de identificação.
error-family-name = Escreva o seu apelido, como está no documento de identificação.
error-latin = No certificado, o seu nome só pode ser impresso em letras latinas. Escreva-o também em letras latinas, como está no passaporte.
error-birth-date = Escreva a sua data de nascimento assim: Dia.Mês.Ano, por exemplo 31.12.1990 ou 31121990.
error-birth-date-no-such-day = Este dia não existe. Verifique o dia e o mês.
error-birth-date-two-digit-year = Escreva o ano com quatro algarismos, por exemplo 1990 em vez de 90.
error-birth-date-future = Esta data está no futuro. Verifique o ano.
error-birth-date-too-young = A instrução só é possível a partir dos { $min } anos.
error-birth-date-implausible = Verifique o ano: a data está demasiado longe no passado.
error-name-character = O caráter «{ $character }» não é permitido num nome. São permitidos letras, espaços, apóstrofo, hífen e ponto.
error-name-too-long = O nome é demasiado longo: no máximo { $max } caracteres.
error-name-no-letter = Um nome tem de ter pelo menos uma letra.
error-title-prefix = Erro:
error-email = Verifique o endereço de e-mail ou deixe o campo vazio.
error-name-invisible = O nome contém um caráter invisível ou uma quebra de linha (por exemplo, um caráter de preenchimento). Escreva o nome novamente em vez de o colar.
error-name-direction = O nome contém um caráter de controlo da direção do texto que altera a forma como o nome é apresentado. Escreva o nome novamente.
error-name-joiner = O nome contém um caráter de ligação invisível no sítio errado. Só é permitido entre duas letras de uma escrita como o árabe, o persa ou o hindi.
error-name-mixed-script = Uma palavra do nome mistura letras latinas com letras cirílicas ou gregas que parecem iguais (por exemplo, М e M). Escreva cada palavra numa só escrita, como no passaporte.
error-email-plain = Indique apenas o endereço de e-mail, por exemplo nome@exemplo.pt: sem um nome antes, sem os sinais < e >, e com um nome de domínio em vez de um endereço IP.

## Resumo

course-heading = A sua instrução
course-progress = Vídeos vistos: { $done } de { $total }
chapter-done = visto
chapter-open = ainda não visto
resume-link-heading = Continuar mais tarde
resume-link-text = Com este link pode continuar mais tarde, também noutro aparelho. Não o dê a ninguém.
next-quiz = Continuar para as perguntas
quiz-locked = As perguntas abrem quando tiver visto todos os vídeos.

## Capítulo

chapter-of = Capítulo { $number } de { $total }
video-noscript = Para contar o que viu, esta página precisa de JavaScript. Ative o JavaScript. Tudo o resto funciona também sem ele.
video-status = Visto: { $percent } %
video-status-done = Viu este vídeo até ao fim.
video-status-offline = Sem ligação. O seu progresso é enviado logo que a ligação voltar.
video-hint = Veja cada vídeo até ao fim. Se avançar o vídeo, essa parte não conta.
video-narrated-in = O vídeo é falado em { $narration }. As legendas estão em { $captions }.
video-sign-language = Língua gestual (DGS)
chapter-text-heading = O texto do vídeo
chapter-next = Capítulo seguinte
chapter-overview = Ir para o resumo

## Perguntas

quiz-heading = Perguntas sobre a instrução
quiz-intro = Responda a { $count } perguntas. Em algumas perguntas há várias respostas certas: escolha todas as respostas certas. Passa com { $percent } % de respostas certas.
quiz-start = Começar as perguntas
quiz-question = Pergunta { $number } de { $count }
quiz-submit = Enviar respostas
quiz-passed = Passou: { $score } de { $count } respostas certas.
quiz-failed = Infelizmente não passou: { $score } de { $count } respostas certas.
quiz-retry = Tentar outra vez
quiz-attempts-left = Tentativas restantes: { $left }.
quiz-rewatch = Já usou todas as tentativas. Veja outra vez os vídeos. Depois pode voltar a responder às perguntas.
quiz-correct = Certo
quiz-wrong = Errado
quiz-next = Continuar para a declaração
quiz-choose-all = Escolha todas as respostas certas.
quiz-your-answer = A sua resposta
quiz-right-answer = A resposta certa
quiz-no-answer = sem resposta
quiz-next-question = Seguinte
quiz-previous = Voltar à pergunta anterior
quiz-to-review = Continuar para as suas respostas
quiz-review-heading = As suas respostas
quiz-review-intro = Verifique as suas respostas. Com «Alterar» volta à pergunta. Depois envie as respostas.
quiz-change = Alterar

## Declaração

declaration-heading = A sua declaração
declaration-confirm = Sim, declaro isto.
declaration-handover-heading = Passe agora o aparelho, por favor
declaration-handover = Tem menos de 18 anos. Por isso, a declaração é feita em seu nome pela sua mãe, pelo seu pai ou pelo seu tutor (§ 43, número 6, da IfSG). Entregue agora o aparelho a essa pessoa, por favor.
declaration-handover-continue = Sou a mãe, o pai ou o tutor – continuar
declaration-carer-link = O meu acompanhante (Betreuer) faz a declaração em meu nome
declaration-representative-heading = Declaração em nome de outra pessoa
declaration-representative-intro = Está a fazer a declaração em nome de { $name }. Escreva o seu próprio nome como está no seu documento de identificação.
declaration-representative-facts = São factos que justificam uma proibição de trabalhar, por exemplo: diarreia com fezes moles mais de duas vezes por dia; vómitos; febre alta com fortes dores de cabeça, de barriga ou nas articulações; pele amarela ou olhos amarelos; feridas ou zonas da pele com pus ou que soltam líquido; ou a deteção, por um médico ou laboratório, de Salmonella, Shigella, EHEC, germes da febre tifoide ou da cólera, ou de hepatite A ou E. Se conhece factos destes relativamente a { $name }, não faça a declaração e contacte a autoridade de saúde.
declaration-role-legend = Faz a declaração na qualidade de
declaration-role-parent = Mãe ou pai com responsabilidades parentais
declaration-role-guardian = Tutor (nomeado pelo tribunal de família)
declaration-role-carer = Acompanhante nomeado pelo tribunal (Betreuer); as suas funções incluem esta declaração
representative-given-name-label = O seu nome próprio
representative-family-name-label = O seu apelido
declaration-representative-next = Continuar para a declaração
declaration-german-heading = Texto alemão vinculativo
declaration-translation-heading = Tradução
error-role = Escolha em que qualidade faz a declaração, por favor.
error-representative-is-holder = Escreva o seu próprio nome, por favor: a declaração é feita pela pessoa que a faz em nome de outra pessoa, e não pela própria pessoa que recebeu a instrução.
declaration-submit = Fazer a declaração e receber o certificado
declaration-required = Confirme a declaração. Se conhece motivos para uma proibição de trabalhar, não pode começar a trabalhar: contacte a sua autoridade de saúde.

## Concluído

done-heading = Conseguiu! Aqui está o seu certificado.
done-code = Código do certificado
done-download = Descarregar o certificado (PDF)
done-view = Ver o certificado como página web: para leitura em voz alta e para impressão
certificate-view-heading = O seu certificado
certificate-view-intro = É o mesmo certificado que o ficheiro PDF, como página web para leitura em voz alta e para impressão. Cada versão pode ser verificada com o código.
done-mailed = Também enviamos o certificado para { $email }.
done-employer = Entregue o certificado ao seu empregador. No primeiro dia de trabalho, o certificado não pode ter mais de três meses.
done-verify = Qualquer pessoa pode verificar o certificado com o código QR.

## Erros

error-heading = Não funcionou
error-not-found = Esta página não existe.
error-session = Esta instrução foi começada noutro aparelho, ou o link está incompleto. Abra o link que guardou.
error-expired = O formulário esteve aberto demasiado tempo. Tente outra vez.
error-unavailable = O serviço não está disponível neste momento. Os seus dados estão guardados. Tente outra vez daqui a alguns minutos.
error-too-many = Acabaram de ser iniciadas demasiadas inscrições a partir da sua ligação à internet. Tente outra vez daqui a alguns minutos.
error-back = Voltar ao início

## Páginas da autoridade de saúde

accessibility-heading = Declaração de acessibilidade
privacy-heading = Informação sobre proteção de dados
imprint-heading = Informação legal
accessibility-sign-language = Capítulos com um vídeo em língua gestual alemã (DGS): { $chapters }.
accessibility-sign-language-none = Ainda nenhum capítulo tem um vídeo em língua gestual alemã (DGS).
imprint-pictures = As imagens dos vídeos são do OpenMoji (openmoji.org), com a licença CC BY-SA 4.0.
privacy-short-heading = O essencial em resumo
privacy-short = { $office } trata o seu nome, a sua data de nascimento, as suas respostas e a sua declaração para lhe dar a instrução nos termos do § 43 Infektionsschutzgesetz e lhe emitir o certificado. O certificado é emitido automaticamente quando tiver visto todos os vídeos, passado nas perguntas e feito a declaração. Quem conhece o código do certificado pode verificá-lo e vê o seu nome, a sua data de nascimento, a data da instrução e se o certificado é válido. Uma instrução não concluída é apagada ao fim de { $days } dias, um certificado ao fim de { $years } anos. Tem direito de acesso, de retificação e de apresentar reclamação. Perguntas para: { $email }.
privacy-full-german = Segue-se a informação completa sobre proteção de dados em alemão; essa é a versão vinculativa.
office-text-german = A autoridade de saúde disponibiliza este texto apenas em alemão.
privacy-sections-heading = A informação completa sobre proteção de dados
privacy-section-previous = Secção anterior
privacy-section-next = Secção seguinte
privacy-section-overview = Todas as secções da informação sobre proteção de dados

## Links, access and the certificate by one-time code

resume-link-create = Criar um link
resume-link-once = O link só funciona uma vez e durante { $days } dias.
resume-link-copy = Copiar o link
resume-link-copied = Copiado
resume-link-mail = Enviar um link para o meu endereço de e-mail
resume-link-mailed = Enviámos um novo link para o seu endereço de e-mail. Só funciona uma vez.
resume-link-no-address = Não indicou nenhum endereço de e-mail. Crie o link aqui e anote-o.
resume-spent-heading = Este link já não é válido
resume-spent-text = O link já foi usado ou expirou. Cada link só funciona uma vez.
resume-spent-mail = Podemos enviar-lhe um novo link para o seu endereço de e-mail.
resume-spent-mail-button = Enviar um novo link por e-mail
resume-spent-no-mail = Não há nenhum endereço de e-mail guardado para esta instrução. Abra a instrução no navegador onde a começou ou contacte o serviço de saúde.
resume-mailed = Enviámos um novo link para o seu endereço de e-mail. Só funciona uma vez.
error-access-ended = O seu certificado já foi emitido. Para sua proteção, este acesso já não o abre. Recebe o PDF com o código do certificado, a sua data de nascimento e um código de utilização única por e-mail.
pdf-heading = Descarregar o certificado
pdf-intro = Introduza o código do certificado e a sua data de nascimento. Enviamos um código de utilização única para o endereço de e-mail indicado na inscrição.
pdf-send = Enviar código de utilização única
pdf-sent = Se os dados corresponderem a um certificado com endereço de e-mail, enviámos para lá um código de utilização única. É válido durante { $minutes } minutos.
pdf-one-time-label = Código de utilização única do e-mail
pdf-download = Descarregar PDF
pdf-view = Ver como página web: para leitura em voz alta ou para impressão
pdf-code-wrong = O código de utilização única está errado ou já não é válido. Após 5 tentativas deixa de ser válido: peça então um novo.
pdf-code-malformed = Verifique o código do certificado: 16 caracteres, por exemplo ABCD-EFGH-JKMN-PQRS.
pdf-office = Não indicou nenhum endereço de e-mail? O serviço de saúde emite-lhe uma nova cópia.

## Verify page (/pruefen)

verify-title = Verificar um certificado
verify-intro = Aqui, a autoridade de saúde, os empregadores e a inspeção alimentar verificam um certificado nos termos do § 43, número 1, da IfSG.
verify-enter-code = Código do certificado
verify-code-hint = 16 caracteres, por exemplo ABCD-EFGH-JKMN-PQRS
verify-check = Verificar
verify-valid = Válido: este certificado foi emitido e não foi declarado inválido.
verify-revoked = Declarado inválido: este certificado já não é válido.
verify-unknown = Desconhecido: não existe nenhum certificado com este código.
verify-deleted = Apagado após o fim do prazo de conservação: a autoridade de saúde emitiu um certificado com este código e apagou os seus dados após o prazo de conservação. O certificado continua válido; já não é possível emitir uma segunda via.
verify-deleted-revoked = Apagado após o fim do prazo de conservação: este certificado tinha sido declarado inválido. Os seus dados foram apagados após o prazo de conservação.
verify-deleted-check = O nome e a data de nascimento já não estão guardados. Verifique a pessoa com a assinatura digital do código QR (abaixo) e com um documento de identificação.
verify-issued-at = Emitido em
verify-deleted-at = Apagado em
verify-typo = Erro de escrita: este código não pode existir. Compare-o carácter a carácter.
verify-malformed = Isto não é um código de certificado (16 caracteres de algarismos e letras).
verify-holder = Titular
verify-latin-spelling = Grafia do passaporte (letras latinas)
verify-birth-date = Data de nascimento
verify-instructed-at = Instrução em
verify-issuer = Emitido por
verify-guardian = Declaração feita por (§ 43, número 6, da IfSG)
verify-revoked-at = Declarado inválido em
verify-reason = Motivo
verify-valid-until = Válido para começar o trabalho pela primeira vez até { $date }; depois, válido sem limite de tempo.
verify-signature-heading = Assinatura digital do código QR
verify-signature-noscript = Sem JavaScript, esta página verifica o registo da autoridade de saúde (acima). Com JavaScript, verifica também a assinatura do código QR.
verify-signature-none = Esta página foi aberta sem código QR; não há nenhuma assinatura para verificar.
verify-signature-checking = A verificar a assinatura …
verify-signature-valid = A assinatura é autêntica e corresponde a este certificado.
verify-signature-invalid = A assinatura NÃO é válida: os dados foram alterados ou não vêm da autoridade de saúde.
verify-upload-heading = Verificar um ficheiro PDF
verify-upload-hint = Verifica se um ficheiro PDF é exatamente como a autoridade de saúde o emitiu.
verify-upload = Verificar ficheiro
verify-upload-exact = Este ficheiro foi emitido exatamente assim.
verify-upload-not-exact = Este ficheiro NÃO foi emitido assim (alterado ou de outro certificado).
verify-upload-missing = Escolha um ficheiro PDF.
verify-language = Língua
verify-development-key = Chave de desenvolvimento — não válido: este certificado foi assinado com uma chave de desenvolvimento (teste ou demonstração) e não é um certificado válido da autoridade de saúde.
verify-signature-development = A assinatura provém de uma chave de desenvolvimento — não válida. Um certificado assim é apenas um teste.

# The public names of the revocation categories.
verify-revocation-issued-in-error = Emitido por engano
verify-revocation-replaced = Substituído por um novo certificado
verify-revocation-obtained-by-deception = Obtido por fraude
verify-revocation-other = Outro motivo

## Como é verificada a identidade

identity-heading = Como verificamos quem é
identity-intro = O certificado tem o seu nome. Por isso, a autoridade de saúde verifica que se trata mesmo de si. Escolha como:
identity-choose = Escolha como quer comprovar a sua identidade.
identity-staff = Mostrar o documento de identificação na autoridade de saúde
identity-staff-needs = Agora faz a instrução online. Depois, mostra o seu cartão de identidade, passaporte ou autorização de residência na autoridade de saúde: presencialmente ou numa videochamada. Só então recebe o certificado.
identity-bundid = Com o cartão de identidade online (BundID)
identity-bundid-needs = Precisa do seguinte: o seu cartão de identidade com a função online, um smartphone com NFC e o seu PIN de seis dígitos. Recebe o certificado de imediato.
identity-none = Esta autoridade de saúde não verifica o seu documento de identificação. O certificado só é válido em conjunto com um documento de identificação oficial com fotografia.
identity-bundid-login = Iniciar sessão com o cartão de identidade online
identity-or-typed = Ou introduza os seus dados manualmente
identity-bundid-fixed = O seu nome e a sua data de nascimento vêm do seu cartão de identidade online. Não os pode alterar aqui.
bundid-refused-title = Não foi possível iniciar sessão com o cartão de identidade online
bundid-refused = Não foi guardado nada. Inicie sessão outra vez.
bundid-too-low = Esta autoridade de saúde exige o cartão de identidade online. O seu início de sessão tinha um nível de segurança mais baixo. Inicie sessão com o seu cartão de identidade e o respetivo PIN.
bundid-expired = A sua sessão expirou. Inicie sessão outra vez.
bundid-again = Iniciar sessão outra vez
pending-heading = Quase concluído: mostre o seu documento de identificação
pending-intro = A sua declaração foi guardada. A autoridade de saúde emite o certificado assim que tiver verificado o seu documento de identificação. Nessa altura, indique o seu número de processo.
pending-case = O seu número de processo
pending-office = Como continuar com a autoridade de saúde:
pending-booking = Marcar uma videochamada
pending-rejected = A autoridade de saúde não conseguiu confirmar a sua identidade. Contacte a autoridade de saúde.

## Fees
fee-free = A instrução é gratuita.
fee-before-course = A instrução custa { $amount }. Paga antes do curso.
fee-before-certificate = A instrução custa { $amount }. Paga depois da instrução, antes de receber o certificado.
fee-heading = Pagar a taxa
fee-intro-course = A instrução custa { $amount }. Pague primeiro, por favor. Depois começa o curso.
fee-intro-certificate = A sua declaração foi guardada. A instrução custa { $amount }. Assim que pagar, recebe o seu certificado.
fee-online-heading = Pagar online
fee-online-text = Paga no serviço de pagamento do estado federado, por exemplo com cartão de crédito, PayPal ou através do seu banco. Depois volta aqui.
fee-online-button = Pagar { $amount } agora
fee-online-missing = Nesta autoridade de saúde ainda não é possível pagar online. Pague com um vale ou na autoridade de saúde.
fee-payment-open = O seu pagamento ainda está pendente. Se já pagou, espere um momento e volte a carregar esta página.
fee-payment-cancelled = O pagamento foi cancelado. Pode tentar outra vez.
fee-payment-failed = O pagamento não funcionou. Pode tentar outra vez ou pagar de outra forma.
fee-unavailable = O serviço de pagamento não está disponível neste momento. Tente outra vez daqui a alguns minutos. Os seus dados continuam guardados.
fee-not-offered = Esta autoridade de saúde não oferece esta opção.
fee-voucher-heading = Pagar com um vale
fee-voucher-label = Código do vale (por exemplo ABCD-EFGH-JKMN)
fee-voucher-button = Usar o vale
fee-voucher-invalid = Este vale não é válido. É desconhecido, já foi usado ou expirou.
fee-voucher-typo = O código tem um erro de escrita. Verifique cada carácter.
fee-waiver-heading = Isenção da taxa
fee-waiver-text = A autoridade de saúde concede isenção da taxa para:
fee-waiver-volunteer = trabalho voluntário, por exemplo numa associação ou na Tafel (banco alimentar)
fee-waiver-internship = um estágio escolar
fee-waiver-benefits = pessoas que recebem Bürgergeld (rendimento mínimo), Sozialhilfe (apoio social) ou Asylbewerberleistungen (prestações para requerentes de asilo)
fee-waiver-reason = Motivo curto, por exemplo o nome da associação ou da escola
fee-waiver-button = Pedir a isenção
fee-waiver-staff-note = A autoridade de saúde analisa o seu pedido. Pode pedir um comprovativo.
fee-waiver-choose = Escolha o motivo da isenção.
fee-waiver-reason-missing = Escreva um motivo curto (no máximo { $max } caracteres).
fee-waiver-pending = O seu pedido de isenção foi guardado. A autoridade de saúde está a analisá-lo. Volte a esta página mais tarde.
fee-waiver-refused = A autoridade de saúde não concedeu a isenção. Pague a taxa, por favor.
fee-desk = Também pode pagar a taxa na autoridade de saúde.
done-fee-online = Pago: { $amount } em { $date }, referência de pagamento { $reference }.
done-fee-voucher = Pago com o vale { $reference } em { $date }.
done-fee-waiver = Isenção da taxa concedida em { $date }.
done-fee-desk = Pago na autoridade de saúde: { $amount } em { $date }.

## Wallet
wallet-credential-name = Certificado nos termos do § 43 Infektionsschutzgesetz (Lei de Proteção contra Infeções)
wallet-claim-given_name = Nome próprio
wallet-claim-family_name = Apelido(s)
wallet-claim-birthdate = Data de nascimento
wallet-claim-instructed_on = Data da instrução
wallet-claim-issuing_authority = Autoridade de saúde
wallet-claim-certificate_code = Código do certificado
wallet-claim-identity_check = Verificação da identidade
wallet-claim-given_name_latin = Nome próprio em letras latinas
wallet-claim-family_name_latin = Apelido(s) em letras latinas
wallet-heading = O certificado na sua carteira digital
wallet-what = Uma carteira digital (wallet) é uma aplicação no telemóvel para guardar comprovativos, por exemplo a EUDI-Wallet. Pode guardar lá o certificado e mostrá-lo ao seu empregador ou à inspeção alimentar.
wallet-pdf-stays = Não precisa de carteira digital: o certificado em PDF também é válido sem ela.
wallet-button = Adicionar o certificado à carteira digital
wallet-offer-heading = Adicionar à carteira digital
wallet-offer-scan = Digitalize este código com a aplicação da sua carteira. Se a carteira estiver neste telemóvel, toque no botão.
wallet-offer-qr = Código QR para a carteira digital
wallet-offer-open = Abrir a carteira neste telemóvel
wallet-offer-pin = A carteira pede um PIN. O seu PIN:
wallet-offer-pin-mailed = A carteira pede um PIN. Enviámos-lho por e-mail para { $email }.
wallet-offer-expiry = O código e o PIN valem 15 minutos e só uma vez. Depois, recebe aqui novos.
wallet-offer-back = Voltar ao certificado
wallet-check-heading = Verificar um certificado de uma carteira digital
wallet-check-intro = Para empregadores e inspeção alimentar: a pessoa mostra o certificado da sua carteira digital. Para isso, a carteira precisa deste destinatário e deste valor de utilização única.
wallet-check-audience = Destinatário
wallet-check-nonce = Valor de utilização única
wallet-check-label = Comprovativo da carteira (SD-JWT com Key-Binding-JWT)
wallet-check-button = Verificar
wallet-check-valid = Válido: assinado pela autoridade de saúde, não revogado e mostrado com a carteira da pessoa.
wallet-check-revoked = Revogado: este certificado já não é válido.
wallet-check-development = Assinado com uma chave de teste: não é um comprovativo válido.
wallet-check-claims = Dados mostrados
wallet-check-office = Emitido por
wallet-check-again = Verificar outro comprovativo
wallet-check-invalid-form = Não válido: não é um comprovativo completo de uma carteira digital.
wallet-check-invalid-signature = Não válido: a assinatura não está correta, ou o emissor não é uma autoridade de saúde deste serviço.
wallet-check-invalid-disclosure = Não válido: um dado foi alterado.
wallet-check-invalid-binding = Não válido: o comprovativo não foi mostrado com a carteira da pessoa.
wallet-check-invalid-audience = Não válido: o valor de utilização única é desconhecido, expirou ou já foi usado. Volte a carregar a página e mostre o comprovativo outra vez.
wallet-check-invalid-time = Não válido: o comprovativo é demasiado antigo. Mostre-o outra vez.
